// Names in Armenian and Georgian letters (records of Armenia and Georgia, and of their diasporas),
// and after labels and titles also in Ge'ez (Tigrinya, Amharic) and Thaana (Dhivehi) letters,
// which the word rules cannot read: they know Latin letters only. As for Cyrillic and Arabic names
// (scan_name_mrz.cpp, scan_name_arabic.cpp), a cue before the name vouches for it:
//  - a label that asks for a person, with its colon (Armenian "Անուն, ազգանուն:", "Հիվանդ:",
//    "Բժիշկ:"; Georgian "სახელი, გვარი:", "პაციენტი:", "ექიმი:"): one to three words;
//  - a form of address or a doctor's title (Armenian "պարոն", "տիկին", "բժիշկ"; Georgian "ბატონი",
//    "ქალბატონი", "ექიმი"): one to three words. Armenian has capitals, and each word of the name must
//    open with one; Georgian has none, so after a Georgian title a second word is taken only when it
//    ends as Georgian family names do, and after "ექიმი" (also the plain noun "doctor") only then.
// Without a cue, the family name's ending is the evidence: Armenian "-յան"/"-յանց" (-yan, -yants)
// in a run of two or three capitalised words ("Արամ Պետրոսյան"), Georgian "-შვილი" (-shvili) and
// "-ძე" (-dze) after one other word ("გიორგი ბერიძე"); the word "შვილი" (child) alone is no name.
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "scan.h"

namespace concord::phi::detail {

namespace {

enum class Script { kArmenian, kGeorgian, kGeez, kThaana };

bool letter(Script s, unsigned cp) {
  switch (s) {
    case Script::kArmenian: return (cp >= 0x531 && cp <= 0x556) || (cp >= 0x561 && cp <= 0x587);
    case Script::kGeorgian: return cp >= 0x10D0 && cp <= 0x10FA;  // Mkhedruli
    case Script::kGeez: return cp >= 0x1200 && cp <= 0x135A;      // syllables, not the punctuation
    case Script::kThaana: return cp >= 0x780 && cp <= 0x7B1;      // letters and vowel signs
  }
  return false;
}
// Only Armenian has capitals.
bool capital(Script s, unsigned cp) { return s != Script::kArmenian ? letter(s, cp) : cp >= 0x531 && cp <= 0x556; }

// The end of the word of script `s` at b (b itself when no letter is there).
std::size_t wordEnd(Script s, std::string_view text, std::size_t b) {
  std::size_t len = 0;
  while (letter(s, codePointAt(text, b, len))) b += len;
  return b;
}

// Whether a letter of script `s` ends right before b.
bool letterBefore(Script s, std::string_view text, std::size_t b) {
  for (std::size_t back = 2; back <= 3 && back <= b; ++back) {
    std::size_t len = 0;
    if (letter(s, codePointAt(text, b - back, len)) && len == back) return true;
  }
  return false;
}

// Whether the word ends in one of `endings` with at least two more letters before it.
bool endsInSurname(std::string_view word, std::span<const std::string_view> endings, std::size_t letterBytes) {
  for (std::string_view e : endings) {
    if (word.size() >= e.size() + 2 * letterBytes && word.ends_with(e)) return true;
  }
  return false;
}

// Armenian "-յան", "-յանց", "-ունց" (-yan, -yants, -unts).
constexpr std::string_view kArmenianEndings[] = {"\u0575\u0561\u0576", "\u0575\u0561\u0576\u0581",
                                                 "\u0578\u0582\u0576\u0581"};
// Georgian "-შვილი", "-ძე" (the shape alone), and after a cue also "-ია", "-ავა", "-უა", "-ური", "-ელი",
// "-ანი", "-ძე" (Mingrelian, Svan and Western endings: "Gamsakhurdia", "Chikovani", "Tsereteli").
constexpr std::string_view kGeorgianShapeEndings[] = {"\u10e8\u10d5\u10d8\u10da\u10d8", "\u10eb\u10d4"};
constexpr std::string_view kGeorgianEndings[] = {
    "\u10e8\u10d5\u10d8\u10da\u10d8", "\u10eb\u10d4", "\u10d8\u10d0", "\u10d0\u10d5\u10d0", "\u10e3\u10d0",
    "\u10e3\u10e0\u10d8", "\u10d4\u10da\u10d8", "\u10d0\u10dc\u10d8"};

// Words that make a shaped run no person: Armenian bodies and places written with capitals
// ("Մաշտոցյան Մատենադարան", "… Համալսարան", "… Հիվանդանոց", "… Բժշկական Կենտրոն", "… Պողոտա",
// an adjective in -յան before them), and the Georgian kin words built on "შვილი" (child): nephew
// or niece ("ძმისშვილი", "დისშვილი"), grandchild ("შვილიშვილი"). Inflected forms by their stems.
bool noNameWord(std::string_view word) {
  static constexpr std::string_view kStems[] = {
      "\u0544\u0561\u057f\u0565\u0576\u0561\u0564\u0561\u0580\u0561\u0576", "\u0540\u0561\u0574\u0561\u056c\u057d\u0561\u0580\u0561\u0576",
      "\u0540\u056b\u057e\u0561\u0576\u0564\u0561\u0576\u0578\u0581", "\u0532\u056a\u0577\u056f\u0561\u056f\u0561\u0576",
      "\u053f\u0565\u0576\u057f\u0580\u0578\u0576", "\u054a\u0578\u0572\u0578\u057f\u0561", "\u0553\u0578\u0572\u0578\u0581",
      "\u054a\u0565\u057f\u0561\u056f\u0561\u0576", "\u053b\u0576\u057d\u057f\u056b\u057f\u0578\u0582\u057f",
      "\u053f\u056c\u056b\u0576\u056b\u056f\u0561", "\u054a\u0578\u056c\u056b\u056f\u056c\u056b\u0576\u056b\u056f\u0561",
      "\u10eb\u10db\u10d8\u10e1\u10e8\u10d5\u10d8\u10da", "\u10d3\u10d8\u10e1\u10e8\u10d5\u10d8\u10da",
      "\u10e8\u10d5\u10d8\u10da\u10d8\u10e8\u10d5\u10d8\u10da"};
  for (std::string_view stem : kStems) {
    if (word.starts_with(stem)) return true;
  }
  return false;
}

struct ScriptCue {
  std::string_view text;
  Script script;
  bool label;      // a label with its colon: any word of the script after it
  bool needsTwo;   // a Georgian noun that is a title only before a family name ("ექიმი")
  int maxWords = 3;
};

constexpr ScriptCue kCues[] = {
    // Armenian labels: name and surname (both orders), name, surname, the full name's initials
    // ("ԱԱՀ", surname-name-patronymic), the patient, the doctor, the nurse.
    {"\u0531\u0576\u0578\u0582\u0576, \u0561\u0566\u0563\u0561\u0576\u0578\u0582\u0576: ", Script::kArmenian, true, false},
    {"\u0531\u0566\u0563\u0561\u0576\u0578\u0582\u0576, \u0561\u0576\u0578\u0582\u0576: ", Script::kArmenian, true, false},
    {"\u0531\u0576\u0578\u0582\u0576: ", Script::kArmenian, true, false},
    {"\u0531\u0566\u0563\u0561\u0576\u0578\u0582\u0576: ", Script::kArmenian, true, false},
    {"\u0531\u0531\u0540: ", Script::kArmenian, true, false},
    {"\u0540\u056b\u057e\u0561\u0576\u0564: ", Script::kArmenian, true, false},
    {"\u0532\u056a\u056b\u0577\u056f: ", Script::kArmenian, true, false},
    {"\u0532\u0578\u0582\u056a\u0584\u0578\u0582\u0575\u0580: ", Script::kArmenian, true, false},
    // Armenian forms of address and titles: Mr, Mrs, Miss, doctor (both cases), Dr, professor.
    {"\u057a\u0561\u0580\u0578\u0576 ", Script::kArmenian, false, false},
    {"\u054a\u0561\u0580\u0578\u0576 ", Script::kArmenian, false, false},
    {"\u057f\u056b\u056f\u056b\u0576 ", Script::kArmenian, false, false},
    {"\u054f\u056b\u056f\u056b\u0576 ", Script::kArmenian, false, false},
    {"\u0585\u0580\u056b\u0578\u0580\u0564 ", Script::kArmenian, false, false},
    {"\u0562\u056a\u056b\u0577\u056f ", Script::kArmenian, false, false},
    {"\u0532\u056a\u056b\u0577\u056f ", Script::kArmenian, false, false},
    {"\u0564\u0578\u056f\u057f\u0578\u0580 ", Script::kArmenian, false, false},
    {"\u057a\u0580\u0578\u0586\u0565\u057d\u0578\u0580 ", Script::kArmenian, false, false},
    // Georgian labels: name and surname, name, surname, the patient, the patient's name, the doctor,
    // the nurse.
    {"\u10e1\u10d0\u10ee\u10d4\u10da\u10d8, \u10d2\u10d5\u10d0\u10e0\u10d8: ", Script::kGeorgian, true, false},
    {"\u10e1\u10d0\u10ee\u10d4\u10da\u10d8 \u10d3\u10d0 \u10d2\u10d5\u10d0\u10e0\u10d8: ", Script::kGeorgian, true, false},
    {"\u10e1\u10d0\u10ee\u10d4\u10da\u10d8: ", Script::kGeorgian, true, false},
    {"\u10d2\u10d5\u10d0\u10e0\u10d8: ", Script::kGeorgian, true, false},
    {"\u10de\u10d0\u10ea\u10d8\u10d4\u10dc\u10e2\u10d8: ", Script::kGeorgian, true, false},
    {"\u10de\u10d0\u10ea\u10d8\u10d4\u10dc\u10e2\u10d8\u10e1 \u10e1\u10d0\u10ee\u10d4\u10da\u10d8: ", Script::kGeorgian, true, false},
    {"\u10d4\u10e5\u10d8\u10db\u10d8: ", Script::kGeorgian, true, false},
    {"\u10d4\u10e5\u10d7\u10d0\u10dc\u10d8: ", Script::kGeorgian, true, false},
    // The caregiver, the child, the parent, the mother and the father of Georgian programme cards, seed 3131.
    {"\u10db\u10dd\u10db\u10d5\u10da\u10d4\u10da\u10d8: ", Script::kGeorgian, true, false},
    {"\u10d1\u10d0\u10d5\u10e8\u10d5\u10d8: ", Script::kGeorgian, true, false},
    {"\u10db\u10e8\u10dd\u10d1\u10d4\u10da\u10d8: ", Script::kGeorgian, true, false},
    {"\u10d3\u10d4\u10d3\u10d0: ", Script::kGeorgian, true, false},
    {"\u10db\u10d0\u10db\u10d0: ", Script::kGeorgian, true, false},
    // Georgian forms of address: Mr, Mrs (written out and abbreviated "ბ-ნი", "ქ-ნი"), doctor
    // (the noun too: a title only before a family name), professor.
    {"\u10d1\u10d0\u10e2\u10dd\u10dc\u10d8 ", Script::kGeorgian, false, false},
    {"\u10e5\u10d0\u10da\u10d1\u10d0\u10e2\u10dd\u10dc\u10d8 ", Script::kGeorgian, false, false},
    {"\u10d1-\u10dc\u10d8 ", Script::kGeorgian, false, false},
    {"\u10e5-\u10dc\u10d8 ", Script::kGeorgian, false, false},
    {"\u10d4\u10e5\u10d8\u10db\u10d8 ", Script::kGeorgian, false, true},
    {"\u10de\u10e0\u10dd\u10e4\u10d4\u10e1\u10dd\u10e0\u10d8 ", Script::kGeorgian, false, true},
    // Tigrinya (Eritrea) and Amharic labels in Ge'ez letters: name ("ሽም:", "ስም:"), the patient's name
    // ("ሽም ሕሙም:", "የታካሚው ስም:"), the doctor ("ሓኪም:", "ሐኪም:"); forms of address: Mr ("ኣቶ", "አቶ"),
    // Mrs ("ወ/ሮ", "ወይዘሮ"), Miss ("ወ/ሪት"), Dr ("ዶ/ር"), two words after them (given and father's name).
    {"\u123d\u121d: ", Script::kGeez, true, false},
    {"\u1235\u121d: ", Script::kGeez, true, false},
    {"\u123d\u121d \u1215\u1219\u121d: ", Script::kGeez, true, false},
    {"\u12e8\u1273\u12ab\u121a\u12cd \u1235\u121d: ", Script::kGeez, true, false},
    {"\u1213\u12aa\u121d: ", Script::kGeez, true, false},
    {"\u1210\u12aa\u121d: ", Script::kGeez, true, false},
    // The nurse ("ነርስ:"), seed 3131.
    {"\u1290\u122d\u1235: ", Script::kGeez, true, false},
    {"\u12a3\u1276 ", Script::kGeez, false, false, 2},
    {"\u12a0\u1276 ", Script::kGeez, false, false, 2},
    {"\u12c8/\u122e ", Script::kGeez, false, false, 2},
    {"\u12c8\u12ed\u12d8\u122e ", Script::kGeez, false, false, 2},
    {"\u12c8/\u122a\u1275 ", Script::kGeez, false, false, 2},
    {"\u12f6/\u122d ", Script::kGeez, false, false, 2},
    // Dhivehi labels in Thaana letters (the Maldives): name ("ނަން:"), the patient's name ("ބަލިމީހާގެ
    // ނަން:"), the doctor ("ޑޮކްޓަރު:").
    {"\u0782\u07a6\u0782\u07b0: ", Script::kThaana, true, false},
    {"\u0784\u07a6\u078d\u07a8\u0789\u07a9\u0780\u07a7\u078e\u07ac \u0782\u07a6\u0782\u07b0: ", Script::kThaana, true, false},
    {"\u0791\u07ae\u0786\u07b0\u0793\u07a6\u0783\u07aa: ", Script::kThaana, true, false},
};

// Whether one to four capitalised words of Latin letters end at `end`, after a label's ": " on the
// same line ("Mother: Hawwa Naseem", "NAME: SENAIT TEKLE GEBREMEDHIN").
bool labelledLatinNameBefore(std::string_view text, std::size_t end) {
  std::size_t pos = end;
  for (int words = 0; words < 4; ++words) {
    std::size_t b = pos;
    while (b > 0 && (isAsciiAlpha(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '\'')) --b;
    if (b == pos || !isUpper(text[b])) return false;
    if (b >= 2 && text[b - 1] == ' ' && text[b - 2] == ':') {
      // ("Island: Malé (މާލެ)", "Facility: Orotta Hospital (ሆስፒታል ኦሮታ)": a place's label.)
      std::size_t l = b - 2;
      while (l > 0 && isAsciiAlpha(text[l - 1])) --l;
      std::string label(text.substr(l, b - 2 - l));
      for (char& c : label) c = lowerAscii(c);
      return !listHas({"address", "island", "atoll", "place", "town", "city", "village", "district", "region", "zoba",
                       "hospital", "facility", "clinic", "centre", "center", "site", "school", "residence"},
                      label);
    }
    if (b == 0 || text[b - 1] != ' ') return false;
    pos = b - 1;
  }
  return false;
}

// Up to `maxWords` words of script `s` from `start`, joined by one space (a hyphen inside a word:
// "Տեր-Պետրոսյան"); Armenian words must open with a capital. Returns the end, `start` when none.
std::size_t takeWords(Script s, std::string_view text, std::size_t start, int maxWords, int& words) {
  std::size_t end = start;
  words = 0;
  for (std::size_t pos = start; words < maxWords;) {
    std::size_t len = 0;
    if (!capital(s, codePointAt(text, pos, len))) break;
    std::size_t e = wordEnd(s, text, pos);
    while (e + 1 < text.size() && text[e] == '-' && capital(s, codePointAt(text, e + 1, len))) e = wordEnd(s, text, e + 1);
    end = e;
    ++words;
    if (e + 1 < text.size() && text[e] == ' ') {
      pos = e + 1;
    } else {
      break;
    }
  }
  return end;
}

void scanScript(Script s, const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  std::vector<std::pair<std::size_t, std::size_t>> taken;
  for (const ScriptCue& cue : kCues) {
    if (cue.script != s) continue;
    for (std::size_t at = text.find(cue.text); at != std::string_view::npos; at = text.find(cue.text, at + 1)) {
      if (letterBefore(s, text, at)) continue;  // the cue starts its word
      const std::size_t start = at + cue.text.size();
      int words = 0;
      std::size_t end = takeWords(s, text, start, cue.maxWords, words);
      if (words == 0) continue;
      if (s == Script::kGeorgian && !cue.label) {
        // No capitals: one word after "ბატონი", a second only with a family name's ending.
        const std::size_t first = wordEnd(s, text, start);
        const bool family2 = words >= 2 && endsInSurname(text.substr(first + 1, wordEnd(s, text, first + 1) - first - 1),
                                                         kGeorgianEndings, 3);
        end = family2 ? wordEnd(s, text, first + 1) : first;
        if (cue.needsTwo && !family2) continue;
      }
      out.push_back({start, end, PhiCategory::Name, priority::kName});
      taken.emplace_back(start, end);
    }
  }
  // "Name: Aminath Rasheed (އާމިނަތު ރަޝީދު)", "Deceased: Yonas Berhane (ዮናስ በርሃነ)": the same name in
  // the country's letters, in brackets right after a labelled name in Latin letters.
  for (std::size_t at = text.find(" ("); at != std::string_view::npos; at = text.find(" (", at + 1)) {
    int words = 0;
    const std::size_t end = takeWords(s, text, at + 2, 3, words);
    if (words == 0 || end >= text.size() || text[end] != ')' || !labelledLatinNameBefore(text, at)) continue;
    out.push_back({at + 2, end, PhiCategory::Name, priority::kName});
    taken.emplace_back(at + 2, end);
  }
  // The shape alone: a family name's ending (Armenian and Georgian; Tigrinya and Dhivehi names
  // have no family name).
  if (s != Script::kArmenian && s != Script::kGeorgian) return;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    std::size_t len = 0;
    if (!capital(s, codePointAt(text, pos, len)) || letterBefore(s, text, pos)) continue;
    bool inside = false;
    for (const auto& [a, b] : taken) inside = inside || (pos >= a && pos < b);
    int words = 0;
    const std::size_t end = takeWords(s, text, pos, s == Script::kArmenian ? 3 : 2, words);
    bool shaped = false;
    bool vetoed = false;
    if (!inside && words >= 2) {
      for (std::size_t w = pos; w < end;) {
        const std::size_t e = wordEnd(s, text, w);
        const std::string_view word = text.substr(w, e - w);
        shaped = shaped || (s == Script::kArmenian ? endsInSurname(word, kArmenianEndings, 2)
                                                   : endsInSurname(word, kGeorgianShapeEndings, 3));
        vetoed = vetoed || noNameWord(word);
        w = e < end ? e + 1 : end;
      }
    }
    shaped = shaped && !vetoed;
    if (shaped) out.push_back({pos, end, PhiCategory::Name, priority::kName});
    // (Not shaped: the next word may open the name, "ექიმმა გიორგი ბერიძე".)
    pos = shaped ? end : wordEnd(s, text, pos);
  }
}

}  // namespace

void scanCaucasianNames(const ScanInput& in, Candidates& out) {
  // Most notes hold neither script: Armenian letters have lead bytes D4–D6, Georgian ones E1 83.
  // (Ge'ez letters: lead bytes E1 88–8D; Thaana: DE.)
  bool armenian = false, georgian = false, geez = false, thaana = false;
  const std::string_view text = in.text;
  for (std::size_t b = 0; b + 1 < text.size(); ++b) {
    const auto c = static_cast<unsigned char>(text[b]);
    if (c < 0xD4) continue;  // ASCII and the other two-byte scripts: one compare per byte
    const auto n = static_cast<unsigned char>(text[b + 1]);
    armenian = armenian || ((c == 0xD4 && n >= 0xB1) || c == 0xD5 || (c == 0xD6 && n <= 0x87));
    georgian = georgian || (c == 0xE1 && n == 0x83);
    geez = geez || (c == 0xE1 && n >= 0x88 && n <= 0x8D);
    thaana = thaana || c == 0xDE;
  }
  if (armenian) scanScript(Script::kArmenian, in, out);
  if (georgian) scanScript(Script::kGeorgian, in, out);
  if (geez) scanScript(Script::kGeez, in, out);
  if (thaana) scanScript(Script::kThaana, in, out);
}

}  // namespace concord::phi::detail
