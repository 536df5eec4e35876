#pragma once
// The nineteenth family: a nineteenth set of templates, look-alike sentences and name pools, used
// only by the nineteenth seed (kNineteenthSeed, see corpus.h): research, registry and public-health
// paperwork that ends up in clinical records, from sites in many countries. Written without reading
// the detector's rules and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the nineteenth family.
std::size_t nineteenthTemplateCount();

/// Writes a template of the nineteenth family, chosen by `choice`, into `builder`. Each patient
/// belongs to one country (drawn from `seed` and `patientIndex`); `choice` picks among the
/// templates written for any country or, for about two notes in ten, among those written for
/// the patient's own. The people in it
/// (patient, relatives, other people, staff), the home address, the local identifiers and phones
/// come from the family's own pools and are the same for every note of patient `patientIndex`;
/// dates of birth, ages and the US numbers come from `builder`'s patient. Returns the template's
/// name.
std::string_view writeNineteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                     std::size_t choice);

/// A sentence of the nineteenth family without PHI, full of look-alikes.
std::string nineteenthSentence(Random& r);

}  // namespace concord::phi::corpus
