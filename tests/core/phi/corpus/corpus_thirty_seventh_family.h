#pragma once
// The thirty-seventh family: a thirty-seventh set of templates, look-alike sentences and name
// pools, used only by the thirty-seventh seed (kThirtySeventhSeed, see corpus.h): telehealth,
// remote monitoring and consumer digital health, the records that apps, devices, messaging and
// video platforms push into the chart (teleconsultation notes with meeting IDs and visit links,
// e-prescriptions with QR payloads, pharmacy home deliveries with courier tracking, in-app chats,
// WhatsApp, LINE, KakaoTalk, WeChat, Telegram and imo exports, SMS gateway logs, voicemail
// transcripts, chatbot triage, e-signature audit trails, password-reset e-mails, push logs; CGM
// and insulin-pump uploads, home BP and oximetry dashboards, remote pacemaker and ICD checks, CPAP
// compliance, ECG patches and smartwatch exports, home dialysis telemetry, telestroke and
// hospital-at-home dashboards, RPM billing), in their machine shapes (JSON, Apple Health XML,
// CSV, key=value logs, HTTP access logs, iCalendar, vCard, e-mail headers, QR payloads) from 38
// countries and languages in their own scripts. Written without reading the detector's rules and
// without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-seventh family.
std::size_t thirtySeventhTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-seventh family into `builder`. The
/// people in it (patient, a relative, four staff, three more people drawn per note) come from the
/// pools of the template's country; the patient's name, date of birth, age and home address are
/// the same in every note of patient `patientIndex` written from that country. Returns the
/// template's name.
std::string_view writeThirtySeventhNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                        std::size_t choice);

/// A sentence of the thirty-seventh family without PHI, full of look-alikes.
std::string thirtySeventhSentence(Random& r);

}  // namespace concord::phi::corpus
