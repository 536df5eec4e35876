// Record and insurance numbers of legacy listings and migration logs, found by where they stand
// rather than by a label of their own (seed 3838):
//   - the first column of a fixed-width patient listing, before the surname in capitals and a
//     date on the same row ("28-7267-47 PRUITT, CLAYTON     07/07/61  M   38873", "RPM-513756
//     BAKKER           PIETER        19-07-1926  DEVENTER");
//   - the records of a master patient index's merge and unmerge logs ("Action: merged into
//     1957636 by ...", "SOURCE 0064997 -> TARGET 31-2712-70: ...") and a migration exception's
//     record ("Rec 168345: MACDONALD, Marjorie, ...");
//   - an outpatient register's number on its own line below the register's heading ("[OPD
//     register, scanned page]\nReg. No. 27-8665-37"; a clinician's "Reg. No." follows a name);
//   - the number on the line below a scanned Medicare card's caption ("[photocopy of Medicare
//     card, scanned]\n7624 25890 2  4  WAYNE WHITFIELD") and a PhilHealth claim's member PIN
//     ("PHILHEALTH CLAIM FORM 2 ... PIN: 69-994681837-8").
#include <array>

#include "identifier_forms.h"
#include "structured_fields.h"

namespace concord::phi::detail {

namespace {

bool valueByte(char c) { return isAsciiAlpha(c) || isDigit(c) || c == '-'; }

// End of the value at k: letters, digits and dashes.
std::size_t valueEnd(std::string_view text, std::size_t k) {
  while (k < text.size() && valueByte(text[k])) ++k;
  return k;
}

// A record number's shape: six to fourteen digits, alone or in dashed groups whose last group is
// not of four (an SSN's, a phone's or a year's), or one to four capitals, an optional dash and
// five to twelve digits ("RPM-762906", "MRN580314", "UHID6245952271"). Not a date.
bool recordShape(std::string_view v) {
  std::size_t k = 0;
  while (k < v.size() && isAsciiAlpha(v[k])) ++k;
  const std::size_t letters = k;
  if (letters > 4) return false;
  if (letters > 0 && k < v.size() && v[k] == '-') ++k;
  std::size_t digits = 0, run = 0, groups = 0;
  for (; k < v.size(); ++k) {
    if (isDigit(v[k])) {
      ++digits;
      ++run;
    } else if (v[k] == '-' && run > 0 && letters == 0) {
      ++groups;
      run = 0;
    } else {
      return false;
    }
  }
  if (run == 0) return false;
  if (letters > 0) return digits >= 5 && digits <= 12;
  if (digits < 6 || digits > 14) return false;
  return groups == 0 || (run != 4 && groups <= 2);
}

// Where a day, a month and a year (two or four digits) joined by one of "/.-" first stand in the
// line, or npos.
std::size_t dateIn(std::string_view line) {
  for (std::size_t k = 0; k + 8 <= line.size(); ++k) {
    if (k > 0 && (isDigit(line[k - 1]) || isAsciiAlpha(line[k - 1]))) continue;
    const std::size_t a = digitRun(line, k);
    if (a < 1 || a > 2 || k + a >= line.size()) continue;
    const char sep = line[k + a];
    if (sep != '/' && sep != '.' && sep != '-') continue;
    const std::size_t b = digitRun(line, k + a + 1);
    if (b < 1 || b > 2 || k + a + 1 + b >= line.size() || line[k + a + 1 + b] != sep) continue;
    const std::size_t y = digitRun(line, k + a + b + 2);
    const std::size_t after = k + a + b + 2 + y;
    if ((y == 2 || y == 4) && (after == line.size() || !isDigit(line[after]))) return k;
  }
  return std::string_view::npos;
}

// A listing's row: the number at the line's start, spaces, a surname in capitals of two letters
// or more and a given name, nothing but their letters and punctuation before a date further on
// (a ticket queue's "INC0074818  PRIORITY P2  OPENED 12/24/20" has digits before its date).
void listingRow(std::size_t lineStart, std::string_view line, Candidates& out) {
  const std::size_t end = valueEnd(line, 0);
  if (end == 0 || end >= line.size() || line[end] != ' ' || !recordShape(line.substr(0, end))) return;
  std::size_t k = end;
  while (k < line.size() && line[k] == ' ') ++k;
  std::size_t caps = 0;
  while (k + caps < line.size() && (isUpper(line[k + caps]) || static_cast<unsigned char>(line[k + caps]) >= 0xC0)) ++caps;
  if (caps < 2 || (k + caps < line.size() && isLower(line[k + caps]))) return;
  const std::size_t date = dateIn(line.substr(k));
  if (date == std::string_view::npos) return;
  std::size_t words = 0;
  for (std::size_t m = k; m < k + date; ++m) {
    if (isDigit(line[m])) return;
    if (!isAsciiAlpha(line[m]) && static_cast<unsigned char>(line[m]) < 0x80) continue;
    if (m == k || !(isAsciiAlpha(line[m - 1]) || static_cast<unsigned char>(line[m - 1]) >= 0x80)) ++words;
  }
  if (words < 2) return;
  out.push_back({lineStart, lineStart + end, PhiCategory::Mrn, priority::kKeywordId});
}

// The value after `word` and spaces at k of the line, when it has a record number's shape.
void valueAfter(std::string_view line, std::size_t lineStart, std::size_t k, PhiCategory category, Candidates& out) {
  while (k < line.size() && line[k] == ' ') ++k;
  const std::size_t end = valueEnd(line, k);
  if (end > k && recordShape(line.substr(k, end - k)) && (end == line.size() || !isAsciiAlpha(line[end]))) {
    out.push_back({lineStart + k, lineStart + end, category, priority::kKeywordId});
  }
}

// Where the caseless word `w` starts in the line as a whole word, from k on.
std::size_t findWord(std::string_view line, std::string_view w, std::size_t k = 0) {
  for (; k + w.size() <= line.size(); ++k) {
    if (lowerAscii(line[k]) != w[0] || !startsCaselessAt(line, k, w)) continue;
    const bool open = k == 0 || !isAsciiAlpha(line[k - 1]);
    const bool close = k + w.size() == line.size() || !isAsciiAlpha(line[k + w.size()]);
    if (open && close) return k;
  }
  return std::string_view::npos;
}

// The merge log's records: "merged into X", "SOURCE X -> TARGET Y", a line's "Rec X:".
void mergeLogLine(std::size_t lineStart, std::string_view line, Candidates& out) {
  if (const std::size_t at = findWord(line, "merged into"); at != std::string_view::npos) {
    valueAfter(line, lineStart, at + 11, PhiCategory::Mrn, out);
  }
  const std::size_t arrow = line.find("->");
  const std::size_t source = arrow == std::string_view::npos ? arrow : findWord(line, "source");
  if (source != std::string_view::npos && arrow != std::string_view::npos && arrow > source) {
    const std::size_t v = source + 6;
    std::size_t k = v;
    while (k < line.size() && line[k] == ' ') ++k;
    const std::size_t end = valueEnd(line, k);
    std::size_t after = end;
    while (after < line.size() && line[after] == ' ') ++after;
    if (after == arrow) {
      valueAfter(line, lineStart, source + 6, PhiCategory::Mrn, out);
      std::size_t t = arrow + 2;
      while (t < line.size() && line[t] == ' ') ++t;
      if (findWord(line, "target", t) == t) valueAfter(line, lineStart, t + 6, PhiCategory::Mrn, out);
    }
  }
  if (line.size() > 10 && structured::equalsCaseless(line.substr(0, 4), "rec ")) {
    const std::size_t end = valueEnd(line, 4);
    if (end > 4 && end < line.size() && line[end] == ':') valueAfter(line, lineStart, 4, PhiCategory::Mrn, out);
  }
}

// The line before lineStart (empty for the first line).
std::string_view lineBefore(std::string_view text, std::size_t lineStart) {
  if (lineStart == 0) return {};
  const std::size_t end = lineStart - 1;
  const std::size_t nl = text.rfind('\n', end == 0 ? 0 : end - 1);
  const std::size_t from = (nl == std::string_view::npos || end == 0) ? 0 : nl + 1;
  return text.substr(from, end - from);
}

void belowHeading(std::string_view text, std::size_t lineStart, std::string_view line, Candidates& out) {
  const std::string_view before = lineBefore(text, lineStart);
  // "Reg. No." opening the line below a register's heading.
  if (line.size() > 9 && structured::equalsCaseless(line.substr(0, 8), "reg. no.") &&
      findWord(before, "register") != std::string_view::npos) {
    valueAfter(line, lineStart, 8, PhiCategory::Mrn, out);
  }
  // Four, five and one digits at the start of the line below a Medicare card's caption.
  // (The line's shape first: the caption's search reads the whole line before.)
  if (line.size() >= 12 && digitRun(line, 0) == 4 && line[4] == ' ' && digitRun(line, 5) == 5 && line[10] == ' ' &&
      digitRun(line, 11) == 1 && (line.size() == 12 || !isDigit(line[12])) &&
      rfindWordCaseless(before, "medicare card") != std::string_view::npos) {
    out.push_back({lineStart, lineStart + 12, PhiCategory::HealthPlan, priority::kKeywordId});
  }
}

// A PhilHealth PIN (two, nine and one digits) after "PIN:" in a note that names PhilHealth before.
void philHealthPin(std::string_view text, std::size_t lineStart, std::string_view line, Candidates& out) {
  if (line.size() < 18 || !structured::equalsCaseless(line.substr(0, 5), "pin: ")) return;
  const std::size_t from = lineStart > 400 ? lineStart - 400 : 0;
  if (rfindWordCaseless(text.substr(from, lineStart - from), "philhealth") == std::string_view::npos) return;
  const std::string_view v = line.substr(5);
  if (digitRun(v, 0) == 2 && v[2] == '-' && digitRun(v, 3) == 9 && v.size() >= 14 && v[12] == '-' &&
      digitRun(v, 13) == 1 && (v.size() == 14 || !isDigit(v[14]))) {
    out.push_back({lineStart + 5, lineStart + 19, PhiCategory::HealthPlan, priority::kKeywordId});
  }
}

}  // namespace

void scanLegacyRecordNumbers(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  std::size_t lineStart = 0;
  while (lineStart < text.size()) {
    std::size_t eol = text.find('\n', lineStart);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(lineStart, eol - lineStart);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    listingRow(lineStart, line, out);
    mergeLogLine(lineStart, line, out);
    belowHeading(text, lineStart, line, out);
    philHealthPin(text, lineStart, line, out);
    lineStart = eol + 1;
  }
}

}  // namespace concord::phi::detail
