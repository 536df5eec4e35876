// A record number printed after the patient's name on the form's "Patient:" line, without a label
// of its own: "Patient: Ladonna Nkosi-Dube    00215452", "PATIENT: DOE, JANE    725-52-553". A
// delivery slip or a label printer puts the hospital number there; nothing else on that line is a
// number of six to nine digits after the name and a column's spaces.
#include "identifier_forms.h"
#include "structured_fields.h"

namespace concord::phi::detail {

namespace {

// The value's shape: six to nine digits, alone or in dashed groups with a first group of three or
// more and no last group of four (a date's year, an SSN's or a phone's last group), not a year first. A plain eight
// digits that read as a date (19xx/20xx, month 01-12) are a date.
bool recordNumberShape(std::string_view v) {
  std::size_t digits = 0, groups = 0, run = 0, first = 0;
  for (char c : v) {
    if (isDigit(c)) {
      ++digits;
      ++run;
    } else if (c == '-' && run > 0) {
      if (groups++ == 0) first = run;
      run = 0;
    } else {
      return false;
    }
  }
  if (run == 0 || digits < 6 || digits > 9) return false;
  if (groups == 0) {
    if (digits == 8 && (v.starts_with("19") || v.starts_with("20"))) {
      const int month = parseDigits(v, 4, 2);
      if (month >= 1 && month <= 12) return false;
    }
    return true;
  }
  // A year and month ("2024-03") are no record number either.
  const bool yearFirst = first == 4 && (v.starts_with("19") || v.starts_with("20"));
  return first >= 3 && run != 4 && !yearFirst;
}

bool nameByte(char c) { return isAsciiAlpha(c) || isNonAscii(c) || c == '-' || c == '\'' || c == '.' || c == ','; }

}  // namespace

void scanPatientLineNumbers(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  static constexpr std::string_view kLabel = "patient:";
  std::size_t lineStart = 0;
  while (lineStart < text.size()) {
    std::size_t eol = text.find('\n', lineStart);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(lineStart, eol - lineStart);
    if (line.size() > kLabel.size() + 8 && structured::equalsCaseless(line.substr(0, kLabel.size()), kLabel)) {
      std::size_t k = kLabel.size();
      while (k < line.size() && line[k] == ' ') ++k;
      // The name: letters, single spaces and a name's punctuation, one to six words.
      const std::size_t nameStart = k;
      std::size_t words = 0;
      while (k < line.size() && nameByte(line[k])) {
        while (k < line.size() && nameByte(line[k])) ++k;
        ++words;
        if (k + 1 < line.size() && line[k] == ' ' && nameByte(line[k + 1])) ++k;
      }
      std::size_t pad = k;
      while (pad < line.size() && line[pad] == ' ') ++pad;
      if (k > nameStart && words <= 6 && pad - k >= 2 && pad < line.size() && isDigit(line[pad])) {
        std::size_t end = pad;
        while (end < line.size() && (isDigit(line[end]) || line[end] == '-')) ++end;
        const bool columnEnds = end == line.size() || line[end] == '\r' ||
                                (end + 1 < line.size() && line[end] == ' ' && line[end + 1] == ' ');
        if (columnEnds && recordNumberShape(line.substr(pad, end - pad))) {
          out.push_back({lineStart + pad, lineStart + end, PhiCategory::Mrn, priority::kKeywordId});
        }
      }
    }
    lineStart = eol + 1;
  }
}

}  // namespace concord::phi::detail
