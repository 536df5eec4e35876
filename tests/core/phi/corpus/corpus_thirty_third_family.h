#pragma once
// The thirty-third family: a thirty-third set of templates, look-alike sentences and name pools,
// used only by the thirty-third seed (kThirtyThirdSeed, see corpus.h): inpatient and perioperative
// care and care in special settings (surgical safety checklists, theatre lists, anaesthesia records
// and pre-operative assessments, consent forms, implant registers and traceability stickers,
// pathology specimen labels, operation and recovery-room notes, ICU and ward flowsheets and fluid
// balance charts, SBAR handovers, medication administration records, transfusion records and
// blood-bank labels, wristbands and bed labels, infection-control line lists, rapid-response and
// code-blue logs, falls and pressure-ulcer reports, discharge summaries and transfer letters;
// military and veterans' records, prison health records, refugee-camp and humanitarian clinics,
// occupational health at mines, oil rigs and on ships; and the pages, chats, SMS, e-mails and phone
// messages around them) from Kyrgyzstan, Tajikistan, Turkmenistan, Nicaragua, Honduras, Belize,
// Suriname, Malawi, Burundi, Benin, Sierra Leone, Algeria, Yemen, Lebanon, Qatar, Malta,
// Montenegro, Timor-Leste, Brunei, Macau and the US. Written without reading the detector's rules
// and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-third family.
std::size_t thirtyThirdTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-third family into `builder`. The
/// people in it (patient, a relative, four staff) come from the pools of the template's country;
/// the patient's name, date of birth, age and home address are the same in every note of patient
/// `patientIndex` written from that country; other patients on a list are drawn per note. Returns
/// the template's name.
std::string_view writeThirtyThirdNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the thirty-third family without PHI, full of look-alikes.
std::string thirtyThirdSentence(Random& r);

}  // namespace concord::phi::corpus
