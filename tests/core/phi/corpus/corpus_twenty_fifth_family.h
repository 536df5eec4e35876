#pragma once
// The twenty-fifth family: a twenty-fifth set of templates, look-alike sentences and name pools,
// used only by the twenty-fifth seed (kTwentyFifthSeed, see corpus.h): specialty and research care
// (oncology tumour boards, chemotherapy orders and radiotherapy plans, clinical-trial screening
// logs, consent pages, adverse-event reports and monitoring letters, pedigrees, genetic counselling
// letters and variant reports, transplant and dialysis records, ophthalmology, audiology and dental
// surgery, community pharmacy labels, prior authorisations and refill calls, telehealth chats and
// portal messages, occupational health, veterans' and military health) from the US, Ireland, South
// Africa, Singapore, the Philippines, Nigeria, the Netherlands, Chile and Japan. Written without
// reading the detector's rules and without running the detector on it, to be run once for an honest
// report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-fifth family.
std::size_t twentyFifthTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-fifth family into `builder`. The
/// people in it (patient, next of kin, an elderly relative of a pedigree, staff), the patient's date
/// of birth and age, the US home address and the trial subject number come from the family's own
/// pools and are the same for every note of patient `patientIndex`; phones, SSNs and most other
/// identifiers come from `builder`'s patient or are drawn per note. Returns the template's name.
std::string_view writeTwentyFifthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the twenty-fifth family without PHI, full of look-alikes.
std::string twentyFifthSentence(Random& r);

}  // namespace concord::phi::corpus
