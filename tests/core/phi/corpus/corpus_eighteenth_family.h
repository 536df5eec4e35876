#pragma once
// The eighteenth family: an eighteenth set of templates, look-alike sentences and name pools, used
// only by the eighteenth seed (kEighteenthSeed, see corpus.h): text written by patients, families and
// non-clinical staff that ends up in the record. Written without reading the detector's rules and
// without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the eighteenth family.
std::size_t eighteenthTemplateCount();

/// Writes template `choice` (modulo the count) of the eighteenth family into `builder`. The people
/// in it (patient, relatives, neighbours, staff) and the home address come from the family's own
/// pools and are the same for every note of patient `patientIndex`; dates of birth, ages, phones,
/// SSNs and most identifiers come from `builder`'s patient. Returns the template's name.
std::string_view writeEighteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                     std::size_t choice);

/// A sentence of the eighteenth family without PHI, full of look-alikes.
std::string eighteenthSentence(Random& r);

}  // namespace concord::phi::corpus
