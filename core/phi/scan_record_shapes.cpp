// Record numbers found by shape alone, where no label precedes them ("Case 3: D. Brook, 91 y/o,
// UMC7936098X.", "Prelim read RAD-22-926167:"). Two shapes are specific enough for prose:
//   - accession numbers: 1-4 capitals, an optional dash, a two-digit year, a dash and 4-7 digits
//     ("S24-01873", "A-22-945033", "RAD-22-926167");
//   - prefixed record numbers: 1-4 capitals, an optional dash, 7-12 digits and at most one
//     trailing capital ("KH-0048213", "UMC3454857X", "E9923995", "RAD2023798422").
// Gene names, staging, ICD codes and vaccine lots have fewer digits ("BRCA1", "T2N2M0", "UJ472AB")
// and are left alone. A labelled identifier outranks these (priority kShapeId < kKeywordId).
#include <array>

#include "scan.h"

namespace concord::phi::detail {

namespace {

std::size_t upperRun(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  while (k < text.size() && isUpper(text[k])) ++k;
  return k - pos;
}

// Nothing that would continue the value: no word byte, and no '-', '/' or '.' followed by one.
bool endsValue(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  if (isWordByte(text[end])) return false;
  return !((text[end] == '-' || text[end] == '/' || text[end] == '.') && end + 1 < text.size() &&
           isWordByte(text[end + 1]));
}

// "FEB-02-2023" has the accession shape but is a date.
bool isMonthAbbreviation(std::string_view letters) {
  static constexpr std::array<std::string_view, 13> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL",
                                                              "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"};
  for (std::string_view m : kMonths) {
    if (letters == m) return true;
  }
  return false;
}

// Length of a record-number shape starting at `pos`, or 0.
std::size_t recordShapeLength(std::string_view text, std::size_t pos) {
  const std::size_t letters = upperRun(text, pos);
  if (letters == 0 || letters > 4 || isMonthAbbreviation(text.substr(pos, letters))) return 0;
  std::size_t k = pos + letters;
  if (k < text.size() && text[k] == '-') ++k;
  const std::size_t first = digitRun(text, k);
  if (first == 2 && k + 3 < text.size() && text[k + 2] == '-') {
    const std::size_t second = digitRun(text, k + 3);
    const std::size_t end = k + 3 + second;
    return second >= 4 && second <= 7 && endsValue(text, end) ? end - pos : 0;
  }
  if (first < 7 || first > 12) return 0;
  std::size_t end = k + first;
  if (end < text.size() && isUpper(text[end])) ++end;
  return endsValue(text, end) ? end - pos : 0;
}

// Eight digits that read as a date YYYYMMDD are a date, not a record number.
bool compactDateDigits(std::string_view text, std::size_t pos, std::size_t length) {
  if (length != 8) return false;
  const int year = parseDigits(text, pos, 4);
  const int month = parseDigits(text, pos + 4, 2);
  const int day = parseDigits(text, pos + 6, 2);
  return year >= 1850 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A bare record number of seven to nine digits set off where lists print a patient's number:
// in parentheses right after a name ("Person affected: Akiko Kidd (00319198)", "DOE, JANE
// (4471234)"), or at the start of a cell of a pipe table ("| GLASGOW, ABDOULAYE | 46 yo F |
// 49641281 1-liner: ...").
// Ten digits are left to the phone rules, eight that read as a date to the date rules.
// Token i is all digits, seven to nine of them.
void setOffRecordNumberAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const Token& t = tokens[i];
  if (i == 0 || t.start < 2 || compactDateDigits(text, t.start, t.length())) return;
  const char open = text[t.start - 1];
  if (open == '(') {
    if (t.end >= text.size() || text[t.end] != ')' || text[t.start - 2] != ' ') return;
    const Token& before = tokens[i - 1];
    if (before.end != t.start - 2 || !before.properShape() || before.hasDigit || isNeverNameWord(before)) return;
    // The word before is a name's last word: a capitalised word before it on the line as well.
    if (i < 2 || !tokens[i - 2].properShape() || !isInlineSpace(gapBetween(in, i - 2, i - 1), 1)) return;
    out.push_back({t.start, t.end, PhiCategory::Mrn, priority::kShapeId});
  } else if (open == ' ' && text[t.start - 2] == '|') {
    if (t.end < text.size() && !(text[t.end] == ' ' || text[t.end] == '\n' || text[t.end] == '|')) return;
    // A quantity with its unit ("| 1250000 units |") is no record number.
    if (t.end + 1 < text.size() && text[t.end] == ' ' && isAsciiAlpha(text[t.end + 1])) return;
    out.push_back({t.start, t.end, PhiCategory::Mrn, priority::kShapeId});
  }
}

}  // namespace

void scanRecordShapes(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    const Token& t = in.tokens[i];
    if (t.allDigits && t.length() >= 7 && t.length() <= 9) setOffRecordNumberAt(in, i, out);
    if (!isUpper(text[t.start]) || t.length() > 17) continue;
    const std::size_t pos = t.start;
    if (pos > 0 && (text[pos - 1] == '-' || text[pos - 1] == '/' || text[pos - 1] == '.' || text[pos - 1] == '#')) {
      continue;
    }
    if (const std::size_t length = recordShapeLength(text, pos); length > 0) {
      out.push_back({pos, pos + length, PhiCategory::Mrn, priority::kShapeId});
    }
  }
}

}  // namespace concord::phi::detail
