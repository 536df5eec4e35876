#pragma once
// The twenty-sixth family: a twenty-sixth set of templates, look-alike sentences and name pools,
// used only by the twenty-sixth seed (kTwentySixthSeed, see corpus.h): acute, rural and community
// care (EMS run sheets, radio patches, CAD logs and air-ambulance transfers; village, reservation,
// hollow, outback, northern and island clinics; crisis lines, opioid-treatment programmes and
// involuntary holds; street medicine and shelters; jail, prison and immigration-detention health;
// disaster triage, field hospitals and refugee-camp health posts; home hospice; nursing homes and
// MDS assessments; school-based clinics) from the US (Alaska, the Navajo Nation, Appalachia),
// Canada, Australia, Scotland, Wales, New Zealand, Mexico, Puerto Rico, Guam and camps in Kenya,
// Bangladesh and Jordan. Written without reading the detector's rules and without running the
// detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-sixth family.
std::size_t twentySixthTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-sixth family into `builder`. The
/// people in it (patient, next of kin, an elderly spouse or parent, a sibling, staff), the
/// patient's date of birth and age and the US home address come from the family's own pools and
/// are the same for every note of patient `patientIndex`; phones, SSNs and most other identifiers
/// come from `builder`'s patient or are drawn per note. Returns the template's name.
std::string_view writeTwentySixthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the twenty-sixth family without PHI, full of look-alikes.
std::string twentySixthSentence(Random& r);

}  // namespace concord::phi::corpus
