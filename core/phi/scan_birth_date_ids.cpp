// Some national identity cards number the holder by the full birth date and a serial: Trinidad
// and Tobago's national ID is YYYYMMDD and three digits ("19850928005"). A register or a contact
// form writes it bare after the person's name and a comma ("Index case: CHARLES, Candice,
// 19850928005, works as ..."). Eleven digits that open with a valid date from 1900 on, standing
// alone, after a capitalised word and ", ": the identity card's number, "license" (the families'
// convention for identity cards). A batch or accession number of the same digits is written after
// its own word ("Batch 20240312001"), not after a name and a comma, and a timestamp has twelve or
// fourteen digits.
#include "birth_date_ids.h"

namespace concord::phi::detail {

void scanBirthDateIds(const ScanInput& in, Candidates& candidates) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.allDigits || t.length() != 11) continue;
    const char first = text[t.start];
    if (first != '1' && first != '2') continue;
    const int year = parseDigits(text, t.start, 4);
    const int month = parseDigits(text, t.start + 4, 2);
    const int day = parseDigits(text, t.start + 6, 2);
    if (year < 1900 || year > 2030 || month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (gapBetween(in, i - 1, i) != ", ") continue;
    const Token& before = tokens[i - 1];
    if (before.hasDigit || !before.hasLetter || !(before.capitalised || before.allCaps)) continue;
    if (t.end < text.size() && (text[t.end] == '-' || text[t.end] == '/' || text[t.end] == '.') &&
        t.end + 1 < text.size() && isWordByte(text[t.end + 1])) {
      continue;
    }
    candidates.push_back({t.start, t.end, PhiCategory::License, priority::kShapeId});
  }
}

}  // namespace concord::phi::detail
