#pragma once
// The thirty-fourth family: a thirty-fourth set of templates, look-alike sentences and name pools,
// used only by the thirty-fourth seed (kThirtyFourthSeed, see corpus.h): general practice, family
// medicine and chronic care in small and island states, and the machine exchanges between their
// systems (GP consultation notes, home visits, repeat prescriptions, sick and fitness-to-work
// notes, referral letters and replies, result letters, recall and screening letters, chronic
// disease reviews, frailty assessments, advance care plans and DNACPR forms, powers of attorney,
// death certification and coroner referrals, registrations and record transfers, out-of-hours
// handovers, practice messages, SMS, portal messages, phone notes and chats; HL7 v2 messages,
// FHIR JSON, CDA documents, CSV registry uploads, e-prescriptions, vCards, calendar invites and
// key=value logs) from Bahrain, Libya, Sudan, Mauritania, Burkina Faso, the Gambia, Gabon,
// Lesotho, Eswatini, the Comoros, Seychelles, Cabo Verde, São Tomé and Príncipe, Vanuatu, the
// Solomon Islands, Kiribati, Greenland, the Faroe Islands, Andorra, Liechtenstein, San Marino,
// Cyprus (Greek and Turkish Cypriot), Kosovo, Barbados, the Bahamas, Curaçao and Aruba, and the
// US. Written without reading the detector's rules and without running the detector on it, to be
// run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-fourth family.
std::size_t thirtyFourthTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-fourth family into `builder`. The
/// people in it (patient, a relative, four staff) come from the pools of the template's country;
/// the patient's name, date of birth, age and home address are the same in every note of patient
/// `patientIndex` written from that country; other patients on a list are drawn per note. Returns
/// the template's name.
std::string_view writeThirtyFourthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice);

/// A sentence of the thirty-fourth family without PHI, full of look-alikes.
std::string thirtyFourthSentence(Random& r);

}  // namespace concord::phi::corpus
