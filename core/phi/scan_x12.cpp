// Identifiers of an ANSI X12 health-care claim (837) or remittance (835) pasted as text, read by
// the segment and the qualifier that the standard gives each element, since an X12 segment has
// no label words: "NM1*IL*1*DOE*JANE****MI*XTF105147309~" (the subscriber's member ID),
// "REF*SY*123456789~" (the patient's SSN), "CLM*CLM210894920*9242.75***11:A:1*Y*A*Y*Y~" and
// "CLP*0593256695703*1*..." (the patient control number, the claim's account).
//  - NM1 (a party's name): element 8 qualifies element 9. "MI" (member ID) and "II" (unique
//    health identifier) of the subscriber (IL) or the patient (QC) are "health_plan", "34" an SSN;
//    "XX" (NPI) of a person (element 2 "1", a named provider) is "license", as the families make a
//    named doctor's registration; an organisation's NPI (element 2 "2"), a payer's ID (PI) and a
//    submitter's or receiver's (46) are no person's and are left.
//  - REF: "SY" (SSN) is "ssn", "EA" (medical record number) "mrn".
//  - CLM and CLP: element 1, the patient control number, is "account".
// The interchange's control numbers (ISA13, GS06, ST02) and group numbers are no person's and are
// not read.
#include <array>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// The elements of the segment whose id starts at `pos`: up to ten, as [start, end) byte ranges,
// ending at "~", a line break or the text's end.
struct Elements {
  std::array<std::size_t, 11> start{};
  std::array<std::size_t, 11> end{};
  std::size_t count = 0;
};

Elements splitSegment(std::string_view text, std::size_t pos) {
  Elements e;
  std::size_t k = pos;
  e.start[0] = pos;
  while (e.count < e.start.size()) {
    while (k < text.size() && text[k] != '*' && text[k] != '~' && text[k] != '\n' && text[k] != '\r') ++k;
    e.end[e.count] = k;
    ++e.count;
    if (k >= text.size() || text[k] != '*' || e.count == e.start.size()) break;
    e.start[e.count] = ++k;
  }
  return e;
}

std::string_view element(std::string_view text, const Elements& e, std::size_t n) {
  return n < e.count ? text.substr(e.start[n], e.end[n] - e.start[n]) : std::string_view();
}

// An element's value is an identifier: letters, digits and dashes, a digit among them.
bool idValue(std::string_view v) {
  if (v.size() < 4 || v.size() > 30) return false;
  bool digit = false;
  for (char c : v) {
    if (!(isDigit(c) || isAsciiAlpha(c) || c == '-')) return false;
    digit = digit || isDigit(c);
  }
  return digit;
}

void push(const Elements& e, std::size_t n, PhiCategory category, Candidates& out) {
  out.push_back({e.start[n], e.end[n], category, priority::kKeywordId});
}

}  // namespace

void scanX12Segments(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (const Token& t : in.tokens) {
    // Reject by the segment id's length and the "*" after it before anything else.
    if (t.length() != 3 || t.end >= text.size() || text[t.end] != '*' || !isUpper(text[t.start])) continue;
    // A segment starts a line or follows the previous one's "~".
    std::size_t b = t.start;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    if (b > 0 && text[b - 1] != '\n' && text[b - 1] != '~') continue;
    const std::string_view id = text.substr(t.start, 3);
    if (id != "NM1" && id != "REF" && id != "CLM" && id != "CLP") continue;
    const Elements e = splitSegment(text, t.start);
    if (id == "CLM" || id == "CLP") {
      if (idValue(element(text, e, 1))) push(e, 1, PhiCategory::Account, out);
    } else if (id == "REF") {
      const std::string_view q = element(text, e, 1);
      const std::string_view v = element(text, e, 2);
      if (q == "SY" && v.size() == 9 && digitRun(v, 0) == 9) push(e, 2, PhiCategory::Ssn, out);
      if (q == "EA" && idValue(v)) push(e, 2, PhiCategory::Mrn, out);
    } else {
      const std::string_view entity = element(text, e, 1);
      const std::string_view q = element(text, e, 8);
      const std::string_view v = element(text, e, 9);
      if (!idValue(v)) continue;
      const bool insured = entity == "IL" || entity == "QC";
      if (insured && (q == "MI" || q == "II")) push(e, 9, PhiCategory::HealthPlan, out);
      if (insured && q == "34" && v.size() == 9 && digitRun(v, 0) == 9) push(e, 9, PhiCategory::Ssn, out);
      if (q == "XX" && element(text, e, 2) == "1") push(e, 9, PhiCategory::License, out);
    }
  }
}

}  // namespace concord::phi::detail
