// A phone number on a scanned form whose OCR read a digit as a letter: "Teléf0no: 097 L76 9228",
// "Tel.: (02) 882-6l46", "09O 050 0334" (l, L and I for 1, O and o for 0). The phone scanner reads
// digits only; here the value after a phone label and its colon is read as groups of digits with
// such letters, each group holding more digits than letters, seven to twelve digits in all once
// the letters are read, at least one letter and two groups (a word after the label, "Tel: Lola",
// is no number).
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

}  // namespace

void scanOcrPhones(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    if (colon == 0 || !phoneLabelBefore(text, colon)) continue;
    std::size_t k = colon + 1;
    while (k < text.size() && text[k] == ' ') ++k;
    const std::size_t start = k;
    std::size_t digits = 0, letters = 0, groups = 0, end = start;
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
      // The joint to the next group: one space or dash, or a bracket's space.
      if (g + 1 < text.size() && (text[g] == ' ' || text[g] == '-') &&
          (isDigit(text[g + 1]) || ocrDigit(text[g + 1]) || text[g + 1] == '(')) {
        k = g + 1;
      } else {
        break;
      }
    }
    if (letters >= 1 && letters <= 2 && groups >= 2 && digits + letters >= 7 && digits + letters <= 12) {
      out.push_back({start, end, PhiCategory::Phone, priority::kPhone});
    }
  }
}

}  // namespace concord::phi::detail
