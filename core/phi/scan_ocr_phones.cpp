// A phone number on a scanned form whose OCR read a digit as a letter: "Teléf0no: 097 L76 9228",
// "Tel.: (02) 882-6l46", "09O 050 0334" (l, L and I for 1, O and o for 0). The phone scanner reads
// digits only; here the value after a phone label and its colon is read as groups of digits with
// such letters, each group holding more digits than letters, seven to twelve digits in all once
// the letters are read, at least one letter and two groups (a word after the label, "Tel: Lola",
// is no number).
// A typed or OCR'd number with a stray space beside one of its dashes is read the same way, all
// digits: "My telephone: (284) 870 -0411", "Telefon: 071 -938 80 75", "Tel. (0381) 42 -6131"
// (the thirty-eighth family's scanned letters and index cards, seed 3838); the label may end in
// the abbreviation's dot instead of a colon ("Tel. (01) 456 -6131").
#include "identifier_forms.h"

namespace concord::phi::detail {

namespace {

bool ocrDigit(char c) { return c == 'l' || c == 'L' || c == 'I' || c == 'O' || c == 'o'; }

// Whether the label ending at `colon` (exclusive) names a phone, its letters read through OCR's
// zero and one: "Teléf0no", "TELéF0NO", "Tel.", "Te1éfono", "Phone", "Celular", "Móvil".
bool phoneLabelBefore(std::string_view text, std::size_t colon) {
  std::size_t s = colon;
  while (s > 0 && text[s - 1] == '.') --s;
  const std::size_t end = s;
  while (s > 0 && (isWordByte(text[s - 1]))) --s;
  if (end - s < 3 || end - s > 12 || (s > 0 && text[s - 1] != ' ' && text[s - 1] != '\n' && text[s - 1] != '\t')) {
    return false;
  }
  std::string lower;
  for (std::size_t k = s; k < end; ++k) lower.push_back(lowerAscii(text[k]));
  std::string word;
  if (readOcrMisreadWord(lower, word, "o", "l") == 0) word = lower;
  // (é, É stay as their bytes: "tel\xc3\xa9" starts the Spanish word as "tel" does.)
  // "Cell on file:", "Phone on file:": the phone word before "on file".
  if (word == "file" && s >= 4 && text.substr(s - 4, 4) == " on ") return phoneLabelBefore(text, s - 4);
  return word.starts_with("tel") || word == "phone" || word == "fono" || word == "celular" || word == "cel" ||
         word == "cell" || word == "mobile" ||
         word == "movil" || word == "m\xc3\xb3vil" || word == "m\xc3\x93vil";
}

// The length of a dash joint with one stray space beside it at `g`, " -" or "- " before a digit,
// or 0.
std::size_t strayJoint(std::string_view text, std::size_t g) {
  if (g + 2 >= text.size() || !isDigit(text[g + 2])) return 0;
  const bool spaceDash = text[g] == ' ' && text[g + 1] == '-';
  const bool dashSpace = text[g] == '-' && text[g + 1] == ' ';
  return spaceDash || dashSpace ? 2 : 0;
}

// Whether the dot at `dot` ends the abbreviation "Tel." (any case, "Tél.") before a space: a
// label without a colon ("Santiago del Estero Tel. (01) 456 -6131").
bool telAbbreviationAt(std::string_view text, std::size_t dot) {
  if (dot + 1 >= text.size() || text[dot + 1] != ' ') return false;
  std::size_t s = dot;
  while (s > 0 && isWordByte(text[s - 1])) --s;
  if (s > 0 && text[s - 1] != ' ' && text[s - 1] != '\n' && text[s - 1] != '\t') return false;
  std::string lower;
  for (std::size_t k = s; k < dot; ++k) lower.push_back(lowerAscii(text[k]));
  return lower == "tel" || lower == "t\xc3\xa9l" || lower == "t\xc3\x89l";
}

}  // namespace

void scanOcrPhones(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t colon = text.find_first_of(":."); colon != std::string_view::npos;
       colon = text.find_first_of(":.", colon + 1)) {
    const bool dot = text[colon] == '.';
    if (colon == 0 || (dot && !telAbbreviationAt(text, colon)) || (!dot && !phoneLabelBefore(text, colon))) continue;
    std::size_t k = colon + 1;
    while (k < text.size() && text[k] == ' ') ++k;
    const std::size_t start = k;
    std::size_t digits = 0, letters = 0, groups = 0, strays = 0, end = start;
    while (k < text.size()) {
      // One group: an area code in brackets, or digits and OCR letters.
      const bool bracket = text[k] == '(';
      std::size_t g = bracket ? k + 1 : k;
      std::size_t gd = 0, gl = 0;
      while (g < text.size() && (isDigit(text[g]) || ocrDigit(text[g]))) {
        (isDigit(text[g]) ? gd : gl) += 1;
        ++g;
      }
      if (bracket) {
        if (g >= text.size() || text[g] != ')') break;
        ++g;
      }
      if (gd + gl < 2 || gd <= gl || (g < text.size() && isWordByte(text[g]))) break;
      digits += gd;
      letters += gl;
      ++groups;
      end = g;
      // The joint to the next group: one space or dash, or a bracket's space; or a dash with a
      // stray space before or after it ("870 -0411", "870- 0411").
      const std::size_t joint = strayJoint(text, g);
      if (joint == 0 && g + 1 < text.size() && (text[g] == ' ' || text[g] == '-') &&
          (isDigit(text[g + 1]) || ocrDigit(text[g + 1]) || text[g + 1] == '(')) {
        k = g + 1;
      } else if (joint != 0) {
        ++strays;
        k = g + joint;
      } else {
        break;
      }
    }
    // A letter read as a digit after a colon label; or, all digits, one stray space after either,
    // in three groups or more (a span of years, "Phone: 2010 -2015", has two).
    const bool misread = !dot && letters >= 1 && letters <= 2 && strays <= 1 && groups >= 2;
    const bool stray = letters == 0 && strays == 1 && groups >= 3;
    if ((misread || stray) && digits + letters >= 7 && digits + letters <= 12) {
      out.push_back({start, end, PhiCategory::Phone, priority::kPhone});
    }
  }
}

}  // namespace concord::phi::detail
