// National numbers written in their printed groups right after a bare acronym, which the keyword
// scan treats as weak ("NHS 111" is a phone line, "sin" is Spanish for "without"): the acronym in
// capitals and the exact grouping of that number are together evidence enough.
//  - "NHS 943 476 5919": the NHS number, 3-3-4 digits (mrn);
//  - "CHI 0101501234": the Scottish CHI number, ten digits (mrn);
//  - "SIN 046 454 286" or "SIN 046-454-286": the Canadian social insurance number, 3-3-3 (ssn).
// A "no", "number", "#" or ":" may come between.
#include "identifier_forms.h"

namespace concord::phi::detail {

namespace {

// Groups of digits of the given lengths from `pos`, joined by one space (or by `-` when
// `dashOk`), ending at a word boundary. Returns the end, or 0.
std::size_t groupsAt(std::string_view text, std::size_t pos, std::initializer_list<std::size_t> lengths, bool dashOk) {
  std::size_t k = pos;
  char sep = 0;
  bool firstGroup = true;
  for (std::size_t length : lengths) {
    if (!firstGroup) {
      if (k >= text.size()) return 0;
      const char c = text[k];
      if (!(c == ' ' || (dashOk && c == '-')) || (sep != 0 && c != sep)) return 0;
      sep = c;
      ++k;
    }
    firstGroup = false;
    if (digitRun(text, k) != length) return 0;
    k += length;
  }
  if (k < text.size() && (isWordByte(text[k]) || text[k] == '-' || text[k] == '/')) return 0;
  // A further group of digits makes it some other number ("NHS 111 222 3333 44").
  if (k + 1 < text.size() && text[k] == ' ' && isDigit(text[k + 1])) return 0;
  return k;
}

}  // namespace

void scanSpacedNationalNumbers(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // Cheap test first: a three-letter word in capitals.
    if (t.length() != 3 || !t.allCaps) continue;
    const bool nhs = t.lower == "nhs";
    const bool chi = t.lower == "chi";
    const bool sin = t.lower == "sin";
    if (!nhs && !chi && !sin) continue;
    std::size_t v = i + 1;
    if ((tokens[v].lower == "no" || tokens[v].lower == "number") && v + 1 < tokens.size() &&
        gapOnly(gapBetween(in, i, v), " ", 1)) {
      ++v;
    }
    if (!gapOnly(gapBetween(in, v - 1, v), " .:#", 3) || !tokens[v].allDigits) continue;
    const std::size_t start = tokens[v].start;
    std::size_t end = 0;
    if (nhs) end = groupsAt(text, start, {3, 3, 4}, false);
    if (chi) end = groupsAt(text, start, {10}, false);
    if (sin) end = groupsAt(text, start, {3, 3, 3}, true);
    if (end == 0) continue;
    out.push_back({start, end, sin ? PhiCategory::Ssn : PhiCategory::Mrn, priority::kKeywordId});
  }
}

}  // namespace concord::phi::detail
