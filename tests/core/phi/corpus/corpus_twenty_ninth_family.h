#pragma once
// The twenty-ninth family: a twenty-ninth set of templates, look-alike sentences and name pools,
// used only by the twenty-ninth seed (kTwentyNinthSeed, see corpus.h): travel, cross-border,
// occupational and expedition care (medical-tourism quotes and pre-travel work-ups, cross-border
// referral letters, repatriation and travel-insurance assistance logs, airline medical clearance
// (MEDIF), cruise-ship and maritime medicine, offshore and mining-camp clinics, mountain and
// expedition medicine, visa and immigration medicals, migrant-worker fitness certificates,
// international-student forms, consular letters, sports-event medical teams, occupational health
// surveillance, certificates for carrying controlled medicines, yellow fever certificates,
// telehealth across time zones, chats with travelling patients, assistance-system exports, OCR'd
// passport scans) from Argentina, Colombia, Peru, Morocco, Malaysia, mainland China, Switzerland,
// Austria, Finland, Serbia, Sri Lanka, Nepal, Tanzania, Jamaica and the US. Written without reading
// the detector's rules and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-ninth family.
std::size_t twentyNinthTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-ninth family into `builder`. The
/// people in it (patient, a relative or companion, staff) come from the pools of the template's
/// country, and with the patient's date of birth, age and home address are the same for every note
/// of patient `patientIndex` written from that country; staff abroad (the other side of a
/// cross-border document) and other identifiers are drawn per note. Returns the template's name.
std::string_view writeTwentyNinthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the twenty-ninth family without PHI, full of look-alikes.
std::string twentyNinthSentence(Random& r);

}  // namespace concord::phi::corpus
