// Some national identity cards number the holder by the full birth date and a serial: Trinidad
// and Tobago's national ID is YYYYMMDD and three digits ("19850928005"). A register or a contact
// form writes it bare after the person's name and a comma ("Index case: CHARLES, Candice,
// 19850928005, works as ..."). Eleven digits that open with a valid date from 1900 on, standing
// alone, after a capitalised word and ", ": the identity card's number, "license" (the families'
// convention for identity cards). A batch or accession number of the same digits is written after
// its own word ("Batch 20240312001"), not after a name and a comma, and a timestamp has twelve or
// fourteen digits.
// The Maldivian identity card is numbered by a capital letter and six digits ("A466180"), and an
// immunisation record writes it bare after the mother's name ("Mother: Fathimath Naseem,
// A466180"). That shape is also a vaccine lot or a kit number, so it is read only after a line
// labelled with a person ("Mother:", "Name:", ...), their name in capitalised words and a comma,
// closing the line: a lot follows its vaccine, not a mother's name.
#include "birth_date_ids.h"

#include <array>

namespace concord::phi::detail {

namespace {

// The labels of a line that names a person whose identity number may follow.
bool personLabel(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kLabels = {"mother", "father", "name",      "patient",
                                                               "child",  "parent", "guardian",  "caregiver",
                                                               "husband", "wife",  "informant", "spouse"};
  return listHas(kLabels, lower);
}

// Token i ("A466180") after "<Person label>: <Capitalised words>, " that opens its line, and
// closing the line.
bool letterIdAfterPersonName(const ScanInput& in, std::size_t i) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  const Token& t = tokens[i];
  if (t.length() != 7 || !isUpper(text[t.start]) || digitRun(text, t.start + 1) != 6) return false;
  if (t.end < text.size() && text[t.end] != '\n' && text[t.end] != '\r') return false;
  if (gapBetween(in, i - 1, i) != ", ") return false;
  std::size_t k = i - 1;
  std::size_t words = 0;
  while (words < 5 && !tokens[k].hasDigit && tokens[k].hasLetter && tokens[k].capitalised) {
    ++words;
    if (k == 0) return false;
    const std::string_view gap = gapBetween(in, k - 1, k);
    if (gap == ": ") break;
    if (gap != " ") return false;
    --k;
  }
  if (words < 2 || k == 0 || gapBetween(in, k - 1, k) != ": ") return false;
  const Token& label = tokens[k - 1];
  if (!personLabel(label.lower)) return false;
  return label.start == 0 || text[label.start - 1] == '\n';
}

}  // namespace

void scanBirthDateIds(const ScanInput& in, Candidates& candidates) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.allDigits && letterIdAfterPersonName(in, i)) {
      candidates.push_back({t.start, t.end, PhiCategory::License, priority::kShapeId});
      continue;
    }
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
    if (joinedAfter(text, t.end, {Joins::kNothing, "-/.", Joins::kWordByte})) continue;
    candidates.push_back({t.start, t.end, PhiCategory::License, priority::kShapeId});
  }
}

}  // namespace concord::phi::detail
