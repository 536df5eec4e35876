#pragma once
// The seventeenth family: a seventeenth set of templates, look-alike sentences and name pools,
// used only by the seventeenth seed (kSeventeenthSeed, see corpus.h). Written without reading the
// detector's rules and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the seventeenth family.
std::size_t seventeenthTemplateCount();

/// Writes template `choice` (modulo the count) of the seventeenth family into `builder`. The
/// people in it (patient, relatives, staff), their home address and most identifiers come from
/// the family's own pools and are the same for every note of patient `patientIndex`; dates of
/// birth, ages, phones and SSNs come from `builder`'s patient. Returns the template's name.
std::string_view writeSeventeenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A clinical sentence of the seventeenth family without PHI, full of look-alikes.
std::string seventeenthSentence(Random& r);

}  // namespace concord::phi::corpus
