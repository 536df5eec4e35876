#pragma once
// The thirty-eighth family: a thirty-eighth set of templates, look-alike sentences and name pools,
// used only by the thirty-eighth seed (kThirtyEighthSeed, see corpus.h): legacy, scanned and
// migrated records, what reaches a modern system from paper and old machines with the noise they
// carry (OCR of typed letters, handwritten notes and faxed referrals with OCR errors inside and
// around PHI, microfilm and microfiche conversions, carbon copies, index cards, stamps, page
// headers and footers; fixed-width mainframe listings, HL7 v2.2 and v2.3, DOS reports, dBase and
// CSV dumps with truncated fields, half-width katakana and GB2312 exports; MPI merge logs,
// retention and destruction lists, release-of-information and archive requests) from 34 countries
// in 9 scripts. Written without reading the detector's rules and without running the detector on
// it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-eighth family.
std::size_t thirtyEighthTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-eighth family into `builder`. The
/// people in it (patient, a relative, four staff, three more people drawn per note) come from the
/// pools of the template's country; the patient's name, date of birth, age and home address are
/// the same in every note of patient `patientIndex` written from that country. Returns the
/// template's name.
std::string_view writeThirtyEighthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice);

/// A sentence of the thirty-eighth family without PHI, full of look-alikes.
std::string thirtyEighthSentence(Random& r);

}  // namespace concord::phi::corpus
