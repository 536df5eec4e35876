// A case investigation of a notifiable disease (measles, rubella, AFP, cholera, Lassa...) is
// numbered in the WHO EPID format: country, province and often district codes, the year and the
// case's serial ("MNG-ULN-24-0123", "NIE-KAN-DAL-24-017"). The number names one person's case
// file, so it is an "account" (the thirty-first family's convention), whatever label stands before
// it ("EPID No.", "Case no.", "Linked to case", a line list's "epid_no" column); a case number of
// another shape after "Case ID" ("2024-12345") stays the record number the nineteenth family makes
// it. The shape is specific (capitals in two or three hyphenated groups, then a two-digit year and
// a serial), so a vaccine lot ("A123B45"), an ICD code, a protocol ("ABC-123-2024") or a kit
// number does not have it.
#include "epid_numbers.h"

namespace concord::phi::detail {

namespace {

// The length of an EPID number starting at pos, or 0.
std::size_t epidLength(std::string_view text, std::size_t pos) {
  if (upperRun(text, pos) != 3 || pos + 3 >= text.size() || text[pos + 3] != '-') return 0;
  std::size_t k = pos + 4;
  std::size_t groups = 0;
  while (groups < 3) {
    const std::size_t run = upperRun(text, k);
    if (run == 0) break;
    if (run < 2 || run > 3 || k + run >= text.size() || text[k + run] != '-') return 0;
    k += run + 1;
    ++groups;
  }
  if (groups == 0 || groups > 2) return 0;
  if (digitRun(text, k) != 2 || k + 2 >= text.size() || text[k + 2] != '-') return 0;
  k += 3;
  const std::size_t serial = digitRun(text, k);
  if (serial < 3 || serial > 5) return 0;
  return k + serial - pos;
}

// Whether the note speaks of a case investigation before pos: "EPID", "case", "case_id".
bool caseContext(std::string_view text, std::size_t pos) {
  const std::string_view before = text.substr(0, pos);
  return rfindWordCaseless(before, "epid") != std::string_view::npos ||
         rfindWordCaseless(before, "case") != std::string_view::npos ||
         before.find("epid_") != std::string_view::npos || before.find("case_") != std::string_view::npos ||
         before.find("EPID_") != std::string_view::npos || before.find("CASE_") != std::string_view::npos;
}

}  // namespace

bool epidNumberShape(std::string_view value) { return !value.empty() && epidLength(value, 0) == value.size(); }

void scanEpidNumbers(const ScanInput& in, Candidates& candidates) {
  const std::string_view text = in.text;
  for (Candidate& c : candidates) {
    if (c.veto || c.category != PhiCategory::Mrn) continue;
    if (epidNumberShape(text.substr(c.start, c.end - c.start))) c.category = PhiCategory::Account;
  }
  const std::size_t existing = candidates.size();
  for (std::size_t pos = 0; pos + 12 <= text.size(); ++pos) {
    if (!isUpper(text[pos])) continue;
    if (pos > 0 && (isWordByte(text[pos - 1]) || text[pos - 1] == '-' || text[pos - 1] == '/')) continue;
    const std::size_t length = epidLength(text, pos);
    if (length == 0) continue;
    const std::size_t end = pos + length;
    if (end < text.size() && (isWordByte(text[end]) || text[end] == '-' || text[end] == '/')) continue;
    bool claimed = false;
    for (std::size_t k = 0; k < existing && !claimed; ++k) {
      claimed = candidates[k].start <= pos && candidates[k].end >= end && candidates[k].category == PhiCategory::Account;
    }
    if (!claimed && caseContext(text, pos)) candidates.push_back({pos, end, PhiCategory::Account, priority::kKeywordId});
    pos = end;
  }
}

}  // namespace concord::phi::detail
