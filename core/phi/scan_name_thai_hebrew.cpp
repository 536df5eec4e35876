// Names in Thai, Hebrew and Greek letters after a label, a title or a kin word of the record's own
// language (seed 3636: Thai death certificates and palliative notes, Israeli genetic-counselling
// letters and burial-society forms, Greek family histories). The word rules read Latin letters only.
//  - Thai and Hebrew write no capitals, so a name is the one or two space-separated runs of letters
//    right after the cue ("ผู้แจ้ง: บุญมี ศรีสุข โทร ...", "שם המטופלת: רבקה בן-דוד ת.ז.: ...");
//    a title after a label stays outside the span ("ผู้ตาย: นางกัญญา รัตนกุล", "איש קשר: גב' רבקה
//    פרידמן"), and a Thai or Hebrew doctor's title is a cue of its own ("นพ. วิชัย", "ד"ר משה כהן").
//  - a kin word of a family history before the relative's name: Thai mother and father ("มารดา
//    รัตนา แซ่ลิ้ม เสียชีวิต"), Hebrew mother, father, uncle, aunt, grandparents ("האם, אורלי פרץ,",
//    "הדוד יצחק שפירא חלה"), Greek ones before capitalised Greek words ("η μητέρα, Ελένη Νικολαΐδου,").
#include <span>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// The byte length of a Thai letter, vowel sign or tone mark at `b` (U+0E01–U+0E4E: bytes E0 B8 81 –
// E0 B9 8E), 0 for anything else (its digits U+0E50–U+0E59 included).
std::size_t thaiLetter(std::string_view text, std::size_t b) {
  if (b + 2 >= text.size() || static_cast<unsigned char>(text[b]) != 0xE0) return 0;
  const auto second = static_cast<unsigned char>(text[b + 1]);
  const auto third = static_cast<unsigned char>(text[b + 2]);
  return (second == 0xB8 && third >= 0x81) || (second == 0xB9 && third <= 0x8E) ? 3 : 0;
}

// The byte length of a Hebrew letter at `b` (U+05D0–U+05EA: bytes D7 90 – D7 AA), 0 otherwise.
std::size_t hebrewLetter(std::string_view text, std::size_t b) {
  if (b + 1 >= text.size() || static_cast<unsigned char>(text[b]) != 0xD7) return 0;
  const auto second = static_cast<unsigned char>(text[b + 1]);
  return second >= 0x90 && second <= 0xAA ? 2 : 0;
}

// The end of one word at `b`: letters, and for Hebrew a geresh or an apostrophe after a letter
// ("ג'ורג'") and a hyphen between letters ("בן-דוד"); `letters` counts its letters.
std::size_t wordEnd(std::string_view text, std::size_t b, bool hebrew, int& letters) {
  letters = 0;
  for (;;) {
    const std::size_t n = hebrew ? hebrewLetter(text, b) : thaiLetter(text, b);
    if (n > 0) {
      b += n;
      ++letters;
    } else if (hebrew && letters > 0 && b < text.size() && text[b] == '\'') {
      ++b;
    } else if (hebrew && letters > 0 && text.substr(b, 2) == "\u05f3") {
      b += 2;
    } else if (hebrew && letters > 0 && b + 1 < text.size() && text[b] == '-' && hebrewLetter(text, b + 1) > 0) {
      ++b;
    } else {
      return b;
    }
  }
}

// Words a kin word of a family history is followed by that are no name: Thai "died", "is", "was
// sick", "has", "age"; Hebrew "fell ill", "ill", "died", "he", "she", "of", "with", "on the side of".
constexpr std::string_view kNotNames[] = {
    "\u0e40\u0e2a\u0e35\u0e22\u0e0a\u0e35\u0e27\u0e34\u0e15", "\u0e40\u0e1b\u0e47\u0e19", "\u0e1b\u0e48\u0e27\u0e22", "\u0e21\u0e35", "\u0e2d\u0e32\u0e22\u0e38",
    "\u05d7\u05dc\u05d4", "\u05d7\u05d5\u05dc\u05d4", "\u05e0\u05e4\u05d8\u05e8", "\u05e0\u05e4\u05d8\u05e8\u05d4", "\u05d4\u05d5\u05d0", "\u05d4\u05d9\u05d0", "\u05e9\u05dc", "\u05e2\u05dd", "\u05de\u05e6\u05d3"};

// The end of a name of one or two words at `start` (each of two letters or more, one space between
// them), or `start` if none; with `kin`, a first word that is no name ends it.
std::size_t nameEnd(std::string_view text, std::size_t start, bool hebrew, bool kin) {
  std::size_t end = start;
  for (int words = 0; words < 2; ++words) {
    const std::size_t from = words == 0 ? end : end + 1;
    int letters = 0;
    const std::size_t e = wordEnd(text, from, hebrew, letters);
    if (letters < 2) break;
    // (The word ends at a space, a punctuation mark or the line's end, not at a digit or a Latin
    // letter glued to it.)
    if (e < text.size() && (isAsciiAlpha(text[e]) || isDigit(text[e]))) break;
    if (words == 0 && kin) {
      const std::string_view word = text.substr(from, e - from);
      for (std::string_view no : kNotNames) {
        if (word == no) return start;
      }
    }
    end = e;
    if (!(end + 1 < text.size() && text[end] == ' ')) break;
  }
  return end;
}

// Thai labels, each followed by a colon: the informant ("ผู้แจ้ง"), the carer ("ผู้ดูแล"), the
// patient ("ผู้ป่วย"), the deceased ("ผู้ตาย", "ผู้เสียชีวิต"), the name and the full name ("ชื่อ",
// "ชื่อ-สกุล", "ชื่อ-นามสกุล"), the doctor, the nurse, the relative, the contact, the guardian, the
// father, the mother, the husband and the wife.
constexpr std::string_view kThaiLabels[] = {
    "\u0e1c\u0e39\u0e49\u0e41\u0e08\u0e49\u0e07:", "\u0e1c\u0e39\u0e49\u0e14\u0e39\u0e41\u0e25:", "\u0e1c\u0e39\u0e49\u0e1b\u0e48\u0e27\u0e22:", "\u0e1c\u0e39\u0e49\u0e15\u0e32\u0e22:", "\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e0a\u0e35\u0e27\u0e34\u0e15:", "\u0e0a\u0e37\u0e48\u0e2d:", "\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25:", "\u0e0a\u0e37\u0e48\u0e2d-\u0e19\u0e32\u0e21\u0e2a\u0e01\u0e38\u0e25:",
    "\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e1b\u0e48\u0e27\u0e22:", "\u0e41\u0e1e\u0e17\u0e22\u0e4c:", "\u0e41\u0e1e\u0e17\u0e22\u0e4c\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e01\u0e29\u0e32:", "\u0e1e\u0e22\u0e32\u0e1a\u0e32\u0e25:", "\u0e0d\u0e32\u0e15\u0e34:", "\u0e1c\u0e39\u0e49\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d:", "\u0e1c\u0e39\u0e49\u0e1b\u0e01\u0e04\u0e23\u0e2d\u0e07:", "\u0e1a\u0e34\u0e14\u0e32:",
    "\u0e21\u0e32\u0e23\u0e14\u0e32:", "\u0e2a\u0e32\u0e21\u0e35:", "\u0e20\u0e23\u0e23\u0e22\u0e32:"};
// Thai kin words a family history writes before the relative's name, with a space: mother, father.
constexpr std::string_view kThaiKin[] = {"\u0e21\u0e32\u0e23\u0e14\u0e32 ", "\u0e1a\u0e34\u0e14\u0e32 "};
// Thai titles, longest first: Miss ("นางสาว", "น.ส."), the doctors ("นพ.", "พญ.", "ทพญ.", "ทพ."),
// boy and girl ("ด.ช.", "ด.ญ."), Mr ("นาย"), Mrs ("นาง"), the courtesy "คุณ".
constexpr std::string_view kThaiTitles[] = {"\u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27", "\u0e17\u0e1e\u0e0d.", "\u0e19.\u0e2a.", "\u0e19\u0e1e.", "\u0e1e\u0e0d.", "\u0e17\u0e1e.", "\u0e14.\u0e0a.", "\u0e14.\u0e0d.",
                                            "\u0e19\u0e32\u0e22", "\u0e19\u0e32\u0e07", "\u0e04\u0e38\u0e13"};
// The titles that are a cue without a label: the dotted ones, which no word of prose contains.
constexpr std::string_view kThaiDottedTitles[] = {"\u0e17\u0e1e\u0e0d.", "\u0e19.\u0e2a.", "\u0e19\u0e1e.", "\u0e1e\u0e0d.", "\u0e17\u0e1e."};

// Hebrew labels, each followed by a colon: the deceased ("הנפטר/ת", "הנפטר", "הנפטרת", "המנוח",
// "המנוחה"), the patient's name ("שם המטופלת", "שם המטופל", "שם החולה"), the name ("שם"), the
// genetic counsellor ("יועצת גנטית", "יועץ גנטי"), the contact ("איש קשר"), the referring and the
// treating doctor ("רופא מפנה", "רופאה מפנה", "רופא מטפל"), the doctor and the nurse.
constexpr std::string_view kHebrewLabels[] = {
    "\u05d4\u05e0\u05e4\u05d8\u05e8/\u05ea:", "\u05d4\u05e0\u05e4\u05d8\u05e8:", "\u05d4\u05e0\u05e4\u05d8\u05e8\u05ea:", "\u05d4\u05de\u05e0\u05d5\u05d7:", "\u05d4\u05de\u05e0\u05d5\u05d7\u05d4:", "\u05e9\u05dd \u05d4\u05de\u05d8\u05d5\u05e4\u05dc\u05ea:", "\u05e9\u05dd \u05d4\u05de\u05d8\u05d5\u05e4\u05dc:", "\u05e9\u05dd \u05d4\u05de\u05d8\u05d5\u05e4\u05dc/\u05ea:",
    "\u05e9\u05dd \u05d4\u05d7\u05d5\u05dc\u05d4:", "\u05e9\u05dd:", "\u05d9\u05d5\u05e2\u05e6\u05ea \u05d2\u05e0\u05d8\u05d9\u05ea:", "\u05d9\u05d5\u05e2\u05e5 \u05d2\u05e0\u05d8\u05d9:", "\u05d0\u05d9\u05e9 \u05e7\u05e9\u05e8:", "\u05e8\u05d5\u05e4\u05d0 \u05de\u05e4\u05e0\u05d4:", "\u05e8\u05d5\u05e4\u05d0\u05d4 \u05de\u05e4\u05e0\u05d4:",
    "\u05e8\u05d5\u05e4\u05d0 \u05de\u05d8\u05e4\u05dc:", "\u05e8\u05d5\u05e4\u05d0:", "\u05e8\u05d5\u05e4\u05d0\u05d4:", "\u05d0\u05d7\u05d5\u05ea:"};
// Hebrew kin words of a family history: the mother and the father set off by a comma ("האם, X,";
// "האם" alone also asks a question), the uncle, the aunt, the grandfather, the grandmother.
constexpr std::string_view kHebrewKin[] = {"\u05d4\u05d0\u05dd, ", "\u05d4\u05d0\u05d1, ", "\u05d4\u05d3\u05d5\u05d3 ", "\u05d4\u05d3\u05d5\u05d3\u05d4 ", "\u05d4\u05e1\u05d1\u05d0 ", "\u05d4\u05e1\u05d1\u05ea\u05d0 "};
// Hebrew titles: Dr (with a straight or a Hebrew gershayim), Prof, Mrs, Mr; "מר" is also a word
// ("bitter"), so only after a label.
constexpr std::string_view kHebrewTitles[] = {"\u05d3\"\u05e8", "\u05d3\u05f4\u05e8", "\u05e4\u05e8\u05d5\u05e4'", "\u05e4\u05e8\u05d5\u05e4\u05f3", "\u05d2\u05d1'", "\u05d2\u05d1\u05f3", "\u05de\u05e8"};
constexpr std::string_view kHebrewCueTitles[] = {"\u05d3\"\u05e8 ", "\u05d3\u05f4\u05e8 ", "\u05e4\u05e8\u05d5\u05e4' ", "\u05e4\u05e8\u05d5\u05e4\u05f3 ", "\u05d2\u05d1' ", "\u05d2\u05d1\u05f3 "};

// Greek kin words before a relative's capitalised name, with or without a comma: the mother, the
// father, the uncle, the aunt, the grandfather, the grandmother, the brother, the sister.
constexpr std::string_view kGreekKin[] = {"\u03b7 \u03bc\u03b7\u03c4\u03ad\u03c1\u03b1", "\u0397 \u03bc\u03b7\u03c4\u03ad\u03c1\u03b1", "\u03bf \u03c0\u03b1\u03c4\u03ad\u03c1\u03b1\u03c2", "\u039f \u03c0\u03b1\u03c4\u03ad\u03c1\u03b1\u03c2", "\u03bf \u03b8\u03b5\u03af\u03bf\u03c2",
                                          "\u039f \u03b8\u03b5\u03af\u03bf\u03c2", "\u03b7 \u03b8\u03b5\u03af\u03b1", "\u0397 \u03b8\u03b5\u03af\u03b1", "\u03bf \u03c0\u03b1\u03c0\u03c0\u03bf\u03cd\u03c2", "\u03b7 \u03b3\u03b9\u03b1\u03b3\u03b9\u03ac",
                                          "\u03bf \u03b1\u03b4\u03b5\u03bb\u03c6\u03cc\u03c2", "\u03b7 \u03b1\u03b4\u03b5\u03bb\u03c6\u03ae"};

bool startsWord(std::string_view text, std::size_t at, bool hebrew) {
  if (at == 0) return true;
  if (hebrew) return !(at >= 2 && hebrewLetter(text, at - 2) > 0);
  return !(at >= 3 && thaiLetter(text, at - 3) > 0);
}

void emit(std::string_view text, std::size_t start, bool hebrew, bool kin, Candidates& out) {
  const std::size_t end = nameEnd(text, start, hebrew, kin);
  if (end > start) out.push_back({start, end, PhiCategory::Name, priority::kName});
}

// After a label: spaces, then a title and a space if any, then the name.
void afterLabel(std::string_view text, std::size_t at, bool hebrew, Candidates& out) {
  while (at < text.size() && text[at] == ' ') ++at;
  const auto titles = hebrew ? std::span<const std::string_view>(kHebrewTitles) : std::span<const std::string_view>(kThaiTitles);
  for (std::string_view title : titles) {
    if (text.substr(at, title.size()) != title) continue;
    std::size_t after = at + title.size();
    // (A Hebrew title is a word of its own; a Thai one may be written joined to the name.)
    if (hebrew && !(after < text.size() && text[after] == ' ')) continue;
    while (after < text.size() && text[after] == ' ') ++after;
    at = after;
    break;
  }
  emit(text, at, hebrew, false, out);
}

void scanCued(std::string_view text, bool hebrew, Candidates& out) {
  const auto labels = hebrew ? std::span<const std::string_view>(kHebrewLabels) : std::span<const std::string_view>(kThaiLabels);
  for (std::string_view label : labels) {
    for (std::size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + 1)) {
      // (Thai joins a label's words without a space, so a Thai label may end a longer one: "ชื่อผู้ตาย:"
      // the deceased's name, "ญาติผู้ดูแล:" the relative who cares.)
      if (!hebrew || startsWord(text, at, hebrew)) afterLabel(text, at + label.size(), hebrew, out);
    }
  }
  const auto kin = hebrew ? std::span<const std::string_view>(kHebrewKin) : std::span<const std::string_view>(kThaiKin);
  for (std::string_view word : kin) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      if (startsWord(text, at, hebrew)) emit(text, at + word.size(), hebrew, true, out);
    }
  }
  const auto titles = hebrew ? std::span<const std::string_view>(kHebrewCueTitles) : std::span<const std::string_view>(kThaiDottedTitles);
  for (std::string_view title : titles) {
    for (std::size_t at = text.find(title); at != std::string_view::npos; at = text.find(title, at + 1)) {
      if (!startsWord(text, at, hebrew)) continue;
      std::size_t start = at + title.size();
      while (start < text.size() && text[start] == ' ') ++start;
      emit(text, start, hebrew, false, out);
    }
  }
}

// A Greek capital at `b` (U+0386–U+03AB: bytes CE 86 – CE AB) or any Greek letter (U+0370–U+03FF).
bool greekCapital(std::string_view text, std::size_t b) {
  return b + 1 < text.size() && static_cast<unsigned char>(text[b]) == 0xCE &&
         static_cast<unsigned char>(text[b + 1]) >= 0x86 && static_cast<unsigned char>(text[b + 1]) <= 0xAB;
}
bool greekLetter(std::string_view text, std::size_t b) {
  if (b + 1 >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[b]);
  const auto second = static_cast<unsigned char>(text[b + 1]);
  return (lead == 0xCD && second >= 0xB0) || lead == 0xCE || lead == 0xCF;
}

void scanGreekKin(std::string_view text, Candidates& out) {
  for (std::string_view word : kGreekKin) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      if (at >= 2 && greekLetter(text, at - 2)) continue;
      std::size_t start = at + word.size();
      if (start < text.size() && text[start] == ',') ++start;
      if (!(start < text.size() && text[start] == ' ')) continue;
      ++start;
      // One to three words, each a Greek capital and Greek letters ("Ελένη Νικολαΐδου").
      std::size_t end = start;
      for (int words = 0; words < 3 && greekCapital(text, end == start ? end : end + 1); ++words) {
        std::size_t e = end == start ? end : end + 1;
        const std::size_t from = e;
        while (greekLetter(text, e)) e += 2;
        if (e - from < 4) break;
        end = e;
        if (!(end < text.size() && text[end] == ' ')) break;
      }
      if (end > start) out.push_back({start, end, PhiCategory::Name, priority::kName});
    }
  }
}

}  // namespace

void scanThaiHebrewGreekCuedNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  // (Most notes hold none of these scripts: one look for each block's lead bytes rules them out.)
  if (text.find("\xe0\xb8") != std::string_view::npos || text.find("\xe0\xb9") != std::string_view::npos) {
    scanCued(text, false, out);
  }
  if (text.find('\xd7') != std::string_view::npos) scanCued(text, true, out);
  if (text.find('\xce') != std::string_view::npos) scanGreekKin(text, out);
}

}  // namespace concord::phi::detail
