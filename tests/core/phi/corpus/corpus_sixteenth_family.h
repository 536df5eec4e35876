#pragma once
// The sixteenth family: a sixteenth set of templates, look-alike sentences and name pools, used only
// by the sixteenth seed (kSixteenthSeed, see corpus.h). Written without reading the detector's rules
// and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the sixteenth family.
std::size_t sixteenthTemplateCount();

/// Writes template `choice` (modulo the count) of the sixteenth family into `builder`. The people
/// in it (patient, relatives, staff) come from the family's own name pools and are the same for
/// every note of patient `patientIndex`; dates of birth, ages, phones, street addresses and most
/// identifiers come from `builder`'s patient. Returns the template's name.
std::string_view writeSixteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                   std::size_t choice);

/// A clinical sentence of the sixteenth family without PHI, full of look-alikes.
std::string sixteenthSentence(Random& r);

}  // namespace concord::phi::corpus
