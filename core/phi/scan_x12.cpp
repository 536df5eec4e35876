// ASC X12 health-care transactions (837 claims, 835 remittances, 270/271 eligibility) pasted into a
// billing note or a ticket: segments end with "~", elements are split by "*", and no label words
// say what an element is: the segment's id and qualifier do. Their dates are CCYYMMDD glued between
// separators, so the numeric date rules (which want an eight-digit date to stand alone) do not see
// them. Read here:
//  * "DMG*D8*19390418*F" — the subscriber's or patient's date of birth;
//  * "DTP*434*RD8*20241109-20241116", "DTP*472*D8*20241109", "DTM*405*20241109" — service,
//    admission and statement dates, a range after "RD8";
//  * "GS*HC*sender*receiver*20241001*1203*..." and "BHT*0019*00*ref*20241001*1203" — the day the
//    claim was made, which dates the patient's encounter;
//  * "N4*Racine*WI*53467" — the ZIP (or ZIP+4) of the subscriber's or patient's address;
//  * NM1 (a party's name): element 8 qualifies element 9. "MI" (member ID) and "II" (unique
//    health identifier) of the subscriber (IL) or the patient (QC) are "health_plan", "34" an SSN;
//    "XX" (NPI) of a person (element 2 "1", a named provider) is "license", as the families make a
//    named doctor's registration; an organisation's NPI (element 2 "2"), a payer's ID (PI) and a
//    submitter's or receiver's (46) are no person's and are left;
//  * REF: "SY" (SSN) is "ssn", "EA" (medical record number) "mrn";
//  * CLM and CLP: element 1, the patient control number, is "account"
//    ("CLM*CLM210894920*9242.75***11:A:1*Y*A*Y*Y~", "CLP*0593256695703*1*...").
// The interchange's control numbers (ISA13, GS06, ST02), group numbers, payer ids, amounts and
// codes are no person's and are not read.
#include "scan.h"

namespace concord::phi::detail {

namespace {

// A valid CCYYMMDD at `at` filling the element [at, end).
bool x12Date(std::string_view text, std::size_t at, std::size_t end) {
  if (end - at != 8 || digitRun(text, at) < 8) return false;
  const int year = parseDigits(text, at, 4);
  const int month = parseDigits(text, at + 4, 2);
  const int day = parseDigits(text, at + 6, 2);
  return year >= 1880 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool x12Zip(std::string_view text, std::size_t at, std::size_t end) {
  const std::size_t len = end - at;
  const std::size_t run = digitRun(text, at);
  if (len == 5 || len == 9) return run == len;
  return len == 10 && run == 5 && text[at + 5] == '-' && digitRun(text, at + 6) == 4;
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

bool nineDigits(std::string_view v) { return v.size() == 9 && digitRun(v, 0) == 9; }

}  // namespace

void scanX12Segments(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  // (Cheap rejection: a note without a segment terminator holds no X12.)
  if (text.find('~') == std::string_view::npos) return;
  std::size_t seg = 0;
  while (seg < text.size()) {
    std::size_t segEnd = seg;
    while (segEnd < text.size() && text[segEnd] != '~' && text[segEnd] != '\n') ++segEnd;
    // The segment's elements: [starts[k], ends[k]).
    std::size_t starts[12];
    std::size_t ends[12];
    std::size_t count = 0;
    std::size_t at = seg;
    while (count < 12) {
      std::size_t e = at;
      while (e < segEnd && text[e] != '*') ++e;
      starts[count] = at;
      ends[count] = e;
      ++count;
      if (e >= segEnd) break;
      at = e + 1;
    }
    // Only a real segment: an upper-case identifier of two or three characters, then elements,
    // ended by "~" (a line that merely has stars in it is not one).
    const std::string_view id = text.substr(starts[0], ends[0] - starts[0]);
    const bool segment = count >= 3 && segEnd < text.size() && text[segEnd] == '~' && id.size() >= 2 &&
                         id.size() <= 3 && isUpper(id[0]);
    if (segment) {
      auto addDate = [&](std::size_t k) {
        if (k < count && x12Date(text, starts[k], ends[k])) {
          out.push_back({starts[k], ends[k], PhiCategory::Date, priority::kDate});
        }
      };
      auto element = [&](std::size_t k) {
        return k < count ? text.substr(starts[k], ends[k] - starts[k]) : std::string_view();
      };
      auto addIdentifier = [&](std::size_t k, bool is, PhiCategory category) {
        if (is) out.push_back({starts[k], ends[k], category, priority::kKeywordId});
      };
      const std::string_view qualifier = element(1);
      if (id == "DMG" && qualifier == "D8") {
        addDate(2);
      } else if (id == "DTP" && count >= 4) {
        const std::string_view format = text.substr(starts[2], ends[2] - starts[2]);
        if (format == "D8") {
          addDate(3);
        } else if (format == "RD8" && ends[3] - starts[3] == 17 && text[starts[3] + 8] == '-') {
          if (x12Date(text, starts[3], starts[3] + 8) && x12Date(text, starts[3] + 9, ends[3])) {
            out.push_back({starts[3], starts[3] + 8, PhiCategory::Date, priority::kDate});
            out.push_back({starts[3] + 9, ends[3], PhiCategory::Date, priority::kDate});
          }
        }
      } else if (id == "DTM") {
        addDate(2);
      } else if (id == "GS" || id == "BHT") {
        addDate(4);
      } else if (id == "N4" && count >= 4) {
        if (x12Zip(text, starts[3], ends[3])) {
          out.push_back({starts[3], ends[3], PhiCategory::Zip, priority::kZip});
        }
      } else if (id == "CLM" || id == "CLP") {
        addIdentifier(1, idValue(element(1)), PhiCategory::Account);
      } else if (id == "REF" && count >= 3) {
        addIdentifier(2, qualifier == "SY" && nineDigits(element(2)), PhiCategory::Ssn);
        addIdentifier(2, qualifier == "EA" && idValue(element(2)), PhiCategory::Mrn);
      } else if (id == "NM1" && count >= 10 && idValue(element(9))) {
        const std::string_view idQualifier = element(8);
        const bool insured = qualifier == "IL" || qualifier == "QC";
        addIdentifier(9, insured && (idQualifier == "MI" || idQualifier == "II"), PhiCategory::HealthPlan);
        addIdentifier(9, insured && idQualifier == "34" && nineDigits(element(9)), PhiCategory::Ssn);
        addIdentifier(9, idQualifier == "XX" && element(2) == "1", PhiCategory::License);
      }
    }
    seg = segEnd + 1;
  }
}

}  // namespace concord::phi::detail
