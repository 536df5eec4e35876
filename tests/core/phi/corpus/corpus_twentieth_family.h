#pragma once
// The twentieth family: a twentieth set of templates, look-alike sentences and name pools, used
// only by the twentieth seed (kTwentiethSeed, see corpus.h): acute care operations and
// transitions (EMS, triage, trauma, ICU and ward handoffs, bed boards, transfer centre, codes,
// restraints, OR and anaesthesia, dialysis, discharge, home health, hospice, nursing-home
// transfers, occupational health, VA and correctional health, security, controlled-substance
// counts, interpreters). Written without reading the detector's rules and without running the
// detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twentieth family.
std::size_t twentiethTemplateCount();

/// Writes template `choice` (modulo the count) of the twentieth family into `builder`. The people
/// in it (patient, relatives, staff), the home address and the family's own identifiers come from
/// the family's pools and are the same for every note of patient `patientIndex`; dates of birth,
/// ages, phones, SSNs and most identifiers come from `builder`'s patient. Returns the template's
/// name.
std::string_view writeTwentiethNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                    std::size_t choice);

/// A sentence of the twentieth family without PHI, full of look-alikes.
std::string twentiethSentence(Random& r);

}  // namespace concord::phi::corpus
