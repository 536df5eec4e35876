#pragma once
// The thirty-second family: a thirty-second set of templates, look-alike sentences and name pools,
// used only by the thirty-second seed (kThirtySecondSeed, see corpus.h): hospital administration,
// the revenue cycle, patient services and governance (patient bills and itemised statements,
// invoices for self-pay and foreign patients, deposit and payment receipts, payment plans and
// debt-collection letters, insurance claims, remittances and EOBs, prior-authorisation requests and
// denials, pre-admission and registration forms, bed boards and patient transport, interpreter,
// chaplaincy and social-work referrals, incident reports, complaints and ombudsman letters,
// subject-access and records-release requests, legal holds, mortuary release, valuables logs,
// car-park permits and security logs, visitor logs, patient-portal tickets, credentialing letters,
// and the e-mails, chats and phone messages around them) from Afghanistan, Syria, Madagascar,
// Mozambique, Zambia, Zimbabwe, Rwanda, Cameroon, Paraguay, Uruguay, Costa Rica, Panama, Belarus,
// Azerbaijan, Estonia, Latvia, Slovenia, Iceland, Luxembourg, Laos and the US. Written without
// reading the detector's rules and without running the detector on it, to be run once for an
// honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-second family.
std::size_t thirtySecondTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-second family into `builder`. The
/// people in it (patient, a relative, staff) come from the pools of the template's country; the
/// patient's name, date of birth, age and home address are the same in every note of patient
/// `patientIndex` written from that country. Returns the template's name.
std::string_view writeThirtySecondNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice);

/// A sentence of the thirty-second family without PHI, full of look-alikes.
std::string thirtySecondSentence(Random& r);

}  // namespace concord::phi::corpus
