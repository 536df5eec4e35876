#pragma once
// The thirty-fifth family: a thirty-fifth set of templates, look-alike sentences and name pools,
// used only by the thirty-fifth seed (kThirtyFifthSeed, see corpus.h): medical education, quality
// and publication, where real patients' details leak into teaching and research material (case
// reports and case-series drafts, journal submission forms and cover letters, consent for
// publication, teaching files and radiology teaching cases, morbidity-and-mortality slides and
// minutes, grand-rounds handouts, clinical audit spreadsheets, root-cause analyses and
// serious-incident reports, peer review and appraisal notes, trainees' logbooks, OSCE stations and
// simulated-patient scripts, long-case write-ups, tumour-board and MDT lists, research e-mails,
// ethics-committee letters, data-request forms, trainees' chat threads), in their machine shapes
// (e-mail threads, Markdown, LaTeX, BibTeX, DOCX and PDF text, slide text, CSV/TSV, REDCap and ODK
// exports, logbook JSON, YAML front matter) from India, Bangladesh, Pakistan, Iran, Japan, South
// Korea, Indonesia, Germany, the Netherlands, Spain, Italy, Sweden, Norway, Brazil, Mexico,
// Nigeria, Kenya, Egypt, Australia, Canada (English and French) and the US. Written without reading
// the detector's rules and without running the detector on it, to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-fifth family.
std::size_t thirtyFifthTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-fifth family into `builder`. The
/// people in it (patient, a relative, four staff) come from the pools of the template's country;
/// the patient's name, date of birth, age and home address are the same in every note of patient
/// `patientIndex` written from that country; other patients on a list are drawn per note. Returns
/// the template's name.
std::string_view writeThirtyFifthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the thirty-fifth family without PHI, full of look-alikes.
std::string thirtyFifthSentence(Random& r);

}  // namespace concord::phi::corpus
