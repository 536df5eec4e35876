#pragma once
// The fourteenth family: a fourteenth set of templates, look-alike sentences and name pools, used only
// by the fourteenth seed (kFourteenthSeed, see corpus.h). Written without reading the detector's rules
// and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the fourteenth family.
std::size_t fourteenthTemplateCount();

/// Writes template `choice` (modulo the count) of the fourteenth family into `builder`. The people
/// in it (patient, relatives, staff) come from the family's own name pools and are the same for
/// every note of patient `patientIndex`; dates of birth, ages, phones, street addresses and most
/// identifiers come from `builder`'s patient. Returns the template's name.
std::string_view writeFourteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                  std::size_t choice);

/// A clinical sentence of the fourteenth family without PHI, full of look-alikes.
std::string fourteenthSentence(Random& r);

}  // namespace concord::phi::corpus
