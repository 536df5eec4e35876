#pragma once
// The thirtieth family: a thirtieth set of templates, look-alike sentences and name pools, used
// only by the thirtieth seed (kThirtiethSeed, see corpus.h): pharmacy, dental, eye, mental-health
// and addiction, sexual- and reproductive-health, fertility, transfusion, dialysis and transplant
// services (dispensing labels, controlled-drug registers, opioid-substitution dosing logs, refill
// requests, dental charts, lab slips and implant passports, spectacle and contact-lens
// prescriptions, intraocular-lens cards, involuntary-admission forms, crisis and safety plans,
// tribunal letters, partner notification, PrEP, donor codes, embryo-lab and consent forms, blood
// donor cards, crossmatch slips, dialysis schedules, organ offer logs and HLA reports, and the
// chats, voicemails and e-mails of patients, families and staff) from Iraq (Arabic and Kurdish),
// Kazakhstan, Uzbekistan, Myanmar, Cambodia, DR Congo, Senegal, Côte d'Ivoire, Angola, Uganda,
// Venezuela, Ecuador, Cuba, the Dominican Republic, Belgium, Lithuania, Slovakia, Bulgaria, Croatia,
// Tunisia and the US. Written without reading the detector's rules and without running the
// detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirtieth family.
std::size_t thirtiethTemplateCount();

/// Writes template `choice` (modulo the count) of the thirtieth family into `builder`. The people
/// in it (patient, a relative or partner, staff) come from the pools of the template's country, and
/// with the patient's date of birth, age and home address are the same for every note of patient
/// `patientIndex` written from that country; staff on the other side of a cross-border document and
/// other identifiers are drawn per note. Returns the template's name.
std::string_view writeThirtiethNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                    std::size_t choice);

/// A sentence of the thirtieth family without PHI, full of look-alikes.
std::string thirtiethSentence(Random& r);

}  // namespace concord::phi::corpus
