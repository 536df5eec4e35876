#pragma once
// The twenty-first family: a twenty-first set of templates, look-alike sentences and name pools,
// used only by the twenty-first seed (kTwentyFirstSeed, see corpus.h): community and outpatient
// specialty care outside the big hospital (dental, optometry and ophthalmology, audiology,
// dermatology photography, physiotherapy and chiropractic, midwifery, well-child and school or
// sports forms, travel clinics, community pharmacy and telepharmacy, podiatry, talking therapies,
// opioid treatment dosing, sexual health, fertility, care homes), written in the UK, Ireland,
// Australia, New Zealand, Canada, South Africa and the US with their own date, phone, postcode and
// health-number formats. Written without reading the detector's rules and without running the
// detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-first family.
std::size_t twentyFirstTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-first family into `builder`. The
/// people in it (patient, relatives, a young adult, a child and a teenager of the family, staff),
/// the home addresses in every country, phones and the family's own identifiers come from the
/// family's pools and are the same for every note of patient `patientIndex`; the patient's date of
/// birth and age, SSN, record, account, plan, licence, device and vehicle numbers come from
/// `builder`'s patient. Returns the template's name.
std::string_view writeTwentyFirstNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the twenty-first family without PHI, full of look-alikes.
std::string twentyFirstSentence(Random& r);

}  // namespace concord::phi::corpus
