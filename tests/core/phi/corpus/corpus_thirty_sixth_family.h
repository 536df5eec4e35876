#pragma once
// The thirty-sixth family: a thirty-sixth set of templates, look-alike sentences and name pools,
// used only by the thirty-sixth seed (kThirtySixthSeed, see corpus.h): genetics, end of life and
// after death, where relatives' names, dates of death and very old ages pile up (genetic
// counselling letters and clinic notes with three-generation family histories, pedigree text,
// cascade-testing letters, predictive-testing consent, variant reports, laboratory requisitions and
// LIMS manifests, biobank consent and withdrawal, newborn screening and NIPT, consanguinity notes;
// advance care plans and directives, DNACPR/POLST/MOLST, powers of attorney and health-care
// proxies, hospice admission and syringe-driver charts, last-days-of-life plans, verification of
// death, death certificates, coroner, medical-examiner and procurator-fiscal referrals, post-mortem
// reports, organ and tissue donation, funeral-home release and cremation forms, bereavement
// letters, obituaries and death notices, estate and next-of-kin paperwork), in their machine
// shapes (PED files, VCF headers, GEDCOM exports, HL7 v2 ORU, FHIR JSON, XML death registrations,
// CSV) from thirty-one countries and languages. Written without reading the detector's rules and
// without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-sixth family.
std::size_t thirtySixthTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-sixth family into `builder`. The
/// people in it (patient, a relative, four staff, three more relatives or patients drawn per note)
/// come from the pools of the template's country; the patient's name, date of birth, age and home
/// address are the same in every note of patient `patientIndex` written from that country. Returns
/// the template's name.
std::string_view writeThirtySixthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the thirty-sixth family without PHI, full of look-alikes.
std::string thirtySixthSentence(Random& r);

}  // namespace concord::phi::corpus
