// Namibian family names of Khoekhoe (Damara and Nama) origin open with a click letter written "!",
// "|", "||" or "≠" in ASCII records ("Hilma !Naobeb", "!Gawaxab", "||Garoes"): the word rules stop
// at the mark, so a name found before it takes the marked word, and a word found after it takes the
// mark.
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// The length of the click mark at `b` ("!", "|", "||"), 0 if none.
std::size_t clickAt(std::string_view text, std::size_t b) {
  if (b >= text.size()) return 0;
  if (text[b] == '!') return 1;
  if (text[b] == '|') return b + 1 < text.size() && text[b + 1] == '|' ? 2 : 1;
  return 0;
}

}  // namespace

void widenClickNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  if (text.find('!') == std::string_view::npos && text.find('|') == std::string_view::npos) return;
  const std::size_t found = out.size();
  for (std::size_t n = 0; n < found; ++n) {
    const Candidate c = out[n];
    if (c.category != PhiCategory::Name || c.veto || c.end > text.size() || c.end <= c.start) continue;
    std::size_t start = c.start, end = c.end;
    // "Hilma" + " !Naobeb": a capital after the mark, then lower-case letters (or capitals in a name in capitals).
    const std::size_t mark = end < text.size() && text[end] == ' ' ? clickAt(text, end + 1) : 0;
    if (mark > 0 && end + 1 + mark < text.size() && isUpper(text[end + 1 + mark])) {
      std::size_t e = end + 1 + mark + 1;
      while (e < text.size() && isAsciiAlpha(text[e])) ++e;
      if (e - (end + 1 + mark) >= 3) end = e;
    }
    // "!" + "Naobeb": the mark before a found word, after a space, a line's start or a label.
    if (start >= 1 && isUpper(text[start])) {
      const std::size_t b = start >= 2 && text[start - 1] == '|' && text[start - 2] == '|' ? start - 2 : start - 1;
      if (clickAt(text, b) == start - b && (b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n' || text[b - 1] == '\t')) {
        start = b;
      }
    }
    if (start != c.start || end != c.end) out.push_back({start, end, PhiCategory::Name, c.priority});
  }
}

}  // namespace concord::phi::detail
