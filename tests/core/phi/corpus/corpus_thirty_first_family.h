#pragma once
// The thirty-first family: a thirty-first set of templates, look-alike sentences and name pools,
// used only by the thirty-first seed (kThirtyFirstSeed, see corpus.h): public-health and
// primary-care programmes (immunisation registers, cards and catch-up letters, TB DOTS cards and
// contact screening, HIV ART cards and viral-load slips, antenatal and maternal-and-child health
// booklets, growth monitoring, family planning, malaria, dengue and cholera case investigations,
// contact tracing and outbreak line lists, notifiable-disease reports, birth notifications, death
// certificates and verbal autopsies, community health workers' visit logs and SMS reports, school
// health screening, NCD clinic cards, clinical-trial screening logs and consents, palliative home
// visits, and the chats, voicemails and e-mails around them) from Armenia, Georgia, Mongolia,
// Moldova, Albania, North Macedonia, Bosnia and Herzegovina, Singapore, Hong Kong, Trinidad and
// Tobago, Guyana, Botswana, Namibia, Liberia, Mauritius, Fiji, Papua New Guinea, Bhutan, the
// Maldives, Eritrea and the US. Written without reading the detector's rules and without running
// the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-first family.
std::size_t thirtyFirstTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-first family into `builder`. The
/// people in it (patient, a relative, staff) come from the pools of the template's country, and
/// with the patient's date of birth, age and home address are the same for every note of patient
/// `patientIndex` written from that country; a child in a maternal-and-child template, people
/// abroad and other identifiers are drawn per note. Returns the template's name.
std::string_view writeThirtyFirstNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the thirty-first family without PHI, full of look-alikes.
std::string thirtyFirstSentence(Random& r);

}  // namespace concord::phi::corpus
