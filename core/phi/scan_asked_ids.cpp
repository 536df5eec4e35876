// A number given in a chat in answer to a question that asks for an identity document: "nos pasás
// el dni?" / "juan ignacio: 20-20389692-0, mi celular ...", "your passport number?" / "ok:
// AB1234567". The question names the document as its last word before the "?", and the next line
// is a speaker's answer that opens with a number of an identity document's shape (seven to
// thirteen digits, with dots, dashes or one leading letter or two). Without the question a number
// in a chat is left to the other rules.
#include <string>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// Documents a chat asks for by name, in the languages of the families' chats.
bool asksForDocument(std::string_view lower) {
  static constexpr std::string_view kDocuments[] = {"dni",     "cuil",      "cedula",   "c\u00e9dula", "pasaporte",
                                                    "passport", "passeport", "pasport",  "nic",         "trn",
                                                    "cin",      "ic",        "mykad",    "reisepass"};
  return listHas(kDocuments, lower);
}

// End of an identity number at `start`, or start: letters (at most two) first, then digits in
// groups joined by "." or "-", seven to thirteen digits in all.
std::size_t documentNumberEnd(std::string_view text, std::size_t start) {
  std::size_t k = start;
  while (k < text.size() && k - start < 2 && isUpper(text[k])) ++k;
  std::size_t digits = 0;
  while (k < text.size()) {
    if (isDigit(text[k])) {
      ++digits;
    } else if ((text[k] == '.' || text[k] == '-') && k + 1 < text.size() && isDigit(text[k + 1]) && k > start &&
               isDigit(text[k - 1])) {
      // a group's joint
    } else {
      break;
    }
    ++k;
  }
  if (digits < 7 || digits > 13 || (k < text.size() && isWordByte(text[k]))) return start;
  return k;
}

}  // namespace

void scanAskedIds(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t q = text.find('?'); q != std::string_view::npos; q = text.find('?', q + 1)) {
    // The last word before the "?".
    std::size_t b = q;
    while (b > 0 && (isAsciiAlpha(text[b - 1]) || isNonAscii(text[b - 1]))) --b;
    if (b == q || q - b > 12) continue;
    std::string word;
    for (std::size_t k = b; k < q; ++k) word.push_back(lowerAscii(text[k]));
    if (!asksForDocument(word)) continue;
    // The next line: a speaker of at most three words, a colon, the number.
    const std::size_t line = text.find('\n', q);
    if (line == std::string_view::npos || line - q > 3) continue;
    const std::size_t colon = text.find(':', line + 1);
    const std::size_t eol = text.find('\n', line + 1);
    if (colon == std::string_view::npos || (eol != std::string_view::npos && colon > eol) || colon - line > 32) continue;
    std::size_t spaces = 0;
    bool speaker = colon > line + 1;
    for (std::size_t k = line + 1; k < colon && speaker; ++k) {
      spaces += text[k] == ' ';
      speaker = (isAsciiAlpha(text[k]) || isNonAscii(text[k]) || text[k] == ' ') && spaces <= 2;
    }
    if (!speaker || colon + 2 >= text.size() || text[colon + 1] != ' ') continue;
    const std::size_t start = colon + 2;
    const std::size_t end = documentNumberEnd(text, start);
    if (end > start) out.push_back({start, end, PhiCategory::License, priority::kKeywordId});
  }
}

}  // namespace concord::phi::detail
