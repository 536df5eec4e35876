#pragma once
// The thirty-ninth family: a thirty-ninth set of templates, look-alike sentences and name pools,
// used only by the thirty-ninth seed (kThirtyNinthSeed, see corpus.h): code-switched,
// transliterated and interpreted clinical text (Hinglish, Taglish, Singlish, Manglish, Spanglish,
// Sheng, Nigerian Pidgin, Arabizi, Greeklish, Russian and Ukrainian translit, Turkish, Polish,
// Romanian, Czech and German without diacritics, pinyin, romanised Cantonese, romaji, Konglish,
// Vietnamese without diacritics, Kreyol, Patois, joual, Maori- and Samoan-English; the same person
// in two scripts or spellings; interpreter logs, certified and machine translations, language-line
// calls, bilingual consents, WhatsApp and WeChat messages) from 44 countries and communities in 12
// scripts. Written without reading the detector's rules and without running the detector on it,
// to be run once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the thirty-ninth family.
std::size_t thirtyNinthTemplateCount();

/// Writes template `choice` (modulo the count) of the thirty-ninth family into `builder`. The
/// people in it (patient, a relative, four staff, three more people drawn per note) come from the
/// pools of the template's country or community; the patient's name, date of birth, age and home
/// address are the same in every note of patient `patientIndex` written from that country.
/// Returns the template's name.
std::string_view writeThirtyNinthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the thirty-ninth family without PHI, full of look-alikes.
std::string thirtyNinthSentence(Random& r);

}  // namespace concord::phi::corpus
