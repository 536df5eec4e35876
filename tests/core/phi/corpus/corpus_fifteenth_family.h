#pragma once
// The fifteenth family: a fifteenth set of templates, look-alike sentences and name pools, used only
// by the fifteenth seed (kFifteenthSeed, see corpus.h). Written without reading the detector's rules
// and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the fifteenth family.
std::size_t fifteenthTemplateCount();

/// Writes template `choice` (modulo the count) of the fifteenth family into `builder`. The people
/// in it (patient, relatives, other patients, staff) come from the family's own name pools and are
/// the same for every note of patient `patientIndex`, and so are the town, street, language and
/// ZIP+4; dates of birth, ages, phones and most identifiers come from `builder`'s patient. Returns
/// the template's name.
std::string_view writeFifteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                    std::size_t choice);

/// A clinical sentence of the fifteenth family without PHI, full of look-alikes.
std::string fifteenthSentence(Random& r);

}  // namespace concord::phi::corpus
