#pragma once
// The twenty-seventh family: a twenty-seventh set of templates, look-alike sentences and name
// pools, used only by the twenty-seventh seed (kTwentySeventhSeed, see corpus.h): diagnostics,
// dictation and machine-made records (speech-recognition drafts and transcribed reports, radiology
// with PACS/RIS headers and DICOM dumps, pathology, cytology and laboratory reports, blood-gas and
// instrument printouts, ECG, Holter, device and sleep-study exports, pump and ventilator logs,
// barcode medication and pharmacy-robot logs, secure chat and pagers, FHIR, HL7 and CSV exports,
// OCR'd faxes) from the US, Quebec, Brazil, Portugal, Poland, Israel, the UAE, Saudi Arabia, South
// Korea and Turkey. Written without reading the detector's rules and without running the detector
// on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-seventh family.
std::size_t twentySeventhTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-seventh family into `builder`. The
/// people in it (patient, next of kin, an elderly spouse or parent, a sibling, staff) come from the
/// pools of the template's country, and with the patient's date of birth, age and US home address
/// are the same for every note of patient `patientIndex` written from that country; phones, SSNs
/// and most other identifiers come from `builder`'s patient or are drawn per note. Returns the
/// template's name.
std::string_view writeTwentySeventhNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                        std::size_t choice);

/// A sentence of the twenty-seventh family without PHI, full of look-alikes.
std::string twentySeventhSentence(Random& r);

}  // namespace concord::phi::corpus
