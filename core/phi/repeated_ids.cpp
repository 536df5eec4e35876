// Research and registry paperwork names its participant by number: once after a label ("Subject
// 104-017", "NHC 4471234") and then bare ("Paid to 104-017", "query for 104-017", the first
// column of an export). Only values found by a label or a record field are repeated, and only
// where the same characters stand alone, not inside a longer number.
#include "repeated_ids.h"

#include <algorithm>
#include <string>
#include <vector>

namespace concord::phi::detail {

namespace {

bool repeatable(const Candidate& c, std::string_view text) {
  // A phone said again in a message is the same line: "call us back at 555-0142, extension 4410
  // ... Again, that's 555-0142" (seven digits or more).
  if (!c.veto && c.category == PhiCategory::Phone && c.priority == priority::kPhone) {
    const std::string_view value = text.substr(c.start, c.end - c.start);
    return value.find('\n') == std::string_view::npos &&
           std::count_if(value.begin(), value.end(), [](char ch) { return isDigit(ch); }) >= 7;
  }
  if (c.veto || !(c.priority == priority::kKeywordId || c.priority == priority::kField)) return false;
  if (!(c.category == PhiCategory::Mrn || c.category == PhiCategory::HealthPlan || c.category == PhiCategory::Ssn ||
        c.category == PhiCategory::License || c.category == PhiCategory::Account)) {
    return false;
  }
  // Long and specific enough that another occurrence is the same number: six characters and five
  // digits or more ("104-017", "4471234"), on one line.
  const std::string_view value = text.substr(c.start, c.end - c.start);
  if (value.size() < 6 || value.find('\n') != std::string_view::npos) return false;
  return std::count_if(value.begin(), value.end(), [](char ch) { return isDigit(ch); }) >= 5;
}

// The occurrence at [pos, pos + size) stands alone: no word byte, and no "-", "/" or "." joining
// it to more of a number, on either side (nor a "+" before it).
bool standsAlone(std::string_view text, std::size_t pos, std::size_t size) {
  static constexpr Joins kBefore{Joins::kWordByte, "-/.+", Joins::kWordByte};
  static constexpr Joins kAfter{Joins::kWordByte, "-/.", Joins::kWordByte};
  return !joinedBefore(text, pos, kBefore) && !joinedAfter(text, pos + size, kAfter);
}

}  // namespace

void repeatLabelledIdentifiers(const ScanInput& in, Candidates& candidates) {
  const std::string_view text = in.text;
  std::vector<Candidate> repeats;
  std::vector<std::string_view> done;
  const std::size_t found = candidates.size();
  for (std::size_t c = 0; c < found; ++c) {
    const Candidate source = candidates[c];
    if (!repeatable(source, text)) continue;
    const std::string_view value = text.substr(source.start, source.end - source.start);
    if (std::find(done.begin(), done.end(), value) != done.end()) continue;
    done.push_back(value);
    for (std::size_t at = text.find(value); at != std::string_view::npos; at = text.find(value, at + 1)) {
      if (at == source.start || !standsAlone(text, at, value.size())) continue;
      // (A phone again at a phone's priority: a longer number holding it, "(555) 555-0142", wins.)
      repeats.push_back({at, at + value.size(), source.category,
                         source.category == PhiCategory::Phone ? priority::kPhone : priority::kShapeId});
    }
  }
  candidates.insert(candidates.end(), repeats.begin(), repeats.end());
}

}  // namespace concord::phi::detail
