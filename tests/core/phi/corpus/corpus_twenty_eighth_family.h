#pragma once
// The twenty-eighth family: a twenty-eighth set of templates, look-alike sentences and name pools,
// used only by the twenty-eighth seed (kTwentyEighthSeed, see corpus.h): allied health,
// rehabilitation, long-term and home care (physiotherapy, occupational, speech and language
// therapy, dietetics, podiatry, audiology, orthotics and prosthetics, wheelchair seating, cardiac and
// pulmonary rehab, stroke rehab, home-care agencies and carers, equipment loans, disability and
// benefit forms, return-to-work plans, respite, family group messages, rehab app exports,
// telehealth physio, transfers to rehab, interpreter bookings) from Vietnam, Indonesia, Thailand,
// Pakistan, Egypt, Ghana, Ethiopia, Ukraine, Greece, Romania, Hungary, Czechia, the US and Canada.
// Written without reading the detector's rules and without running the detector on it, to be run
// once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-eighth family.
std::size_t twentyEighthTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-eighth family into `builder`. The
/// people in it (patient, a relative or carer, staff) come from the pools of the template's
/// country, and with the patient's date of birth, age and home address are the same for every note
/// of patient `patientIndex` written from that country; other identifiers are drawn per note.
/// Returns the template's name.
std::string_view writeTwentyEighthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice);

/// A sentence of the twenty-eighth family without PHI, full of look-alikes.
std::string twentyEighthSentence(Random& r);

}  // namespace concord::phi::corpus
