#pragma once
// The twenty-second family: a twenty-second set of templates, look-alike sentences and name pools,
// used only by the twenty-second seed (kTwentySecondSeed, see corpus.h): administrative and digital
// traces of care (portal messages and e-mail threads, scheduling exports, call-centre and voicemail
// transcriptions, SMS reminders, chatbot logs, billing and payment-plan letters, prior-authorisation
// faxes, release-of-information requests, EHR access audits, help-desk tickets, wearable and
// remote-monitoring telemetry, referral queues, interpreter and transport bookings). Written
// without reading the detector's rules and without running the detector on it, to be run once for
// an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-second family.
std::size_t twentySecondTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-second family into `builder`. The
/// people in it (patient, relatives, staff, other patients in a queue), the home address and a
/// second record number come from the family's own pools and are the same for every note of patient
/// `patientIndex`; dates of birth, ages, phones, SSNs and most identifiers come from `builder`'s
/// patient. Returns the template's name.
std::string_view writeTwentySecondNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice);

/// A sentence of the twenty-second family without PHI, full of look-alikes.
std::string twentySecondSentence(Random& r);

}  // namespace concord::phi::corpus
