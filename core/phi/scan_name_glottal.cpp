// Polynesian names written with the glottal stop (Samoan, Tongan, Hawaiian, Tahitian, Cook Islands
// Maori): the ʻokina (U+02BB), a turned comma (U+2018) or an ASCII apostrophe inside or before a
// word ("Fa'asalele", "Tu'ilagi", "Sione ʻAhoafi Fifita"). The tokens part such a word at the mark,
// and the word rules find only its first half, or the names on each side of it; this widens a
// name they found over the rest of the word, and over a marked word to a found name after it.
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool lowerAt(std::string_view t, std::size_t b) { return b < t.size() && t[b] >= 'a' && t[b] <= 'z'; }
bool upperAt(std::string_view t, std::size_t b) { return b < t.size() && t[b] >= 'A' && t[b] <= 'Z'; }
bool letterAt(std::string_view t, std::size_t b) { return lowerAt(t, b) || upperAt(t, b); }

// The length of the glottal mark at b: 1 for "'", 2 for "ʻ" (CA BB), 3 for "‘" (E2 80 98); else 0.
std::size_t markAt(std::string_view t, std::size_t b) {
  if (b < t.size() && t[b] == '\'') return 1;
  if (t.substr(b, 2) == "\u02bb") return 2;
  if (t.substr(b, 3) == "\u2018") return 3;
  return 0;
}

}  // namespace

void widenGlottalNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const std::size_t found = out.size();
  for (std::size_t n = 0; n < found; ++n) {
    const Candidate c = out[n];
    if (c.category != PhiCategory::Name || c.veto || c.end >= text.size()) continue;
    std::size_t end = c.end;
    // "Fa" + "'asalele": three lower-case letters or more after the mark ("Sione's", "Mele'll" stay).
    for (int hops = 0; hops < 3; ++hops) {
      const std::size_t m = markAt(text, end);
      if (m == 0 || !letterAt(text, end - 1)) break;
      std::size_t e = end + m;
      while (lowerAt(text, e)) ++e;
      if (e - end - m < 3 || letterAt(text, e)) break;
      end = e;
    }
    // "Sione" + " ʻAhoafi" + " Fifita": a marked capitalised word between two found names (or closing one).
    if (end + 3 < text.size() && text[end] == ' ') {
      const std::size_t m = markAt(text, end + 1);
      if (m > 0 && m != 1 && upperAt(text, end + 1 + m)) {
        std::size_t e = end + 1 + m;
        while (letterAt(text, e)) ++e;
        if (e - end - 1 - m >= 3) {
          std::size_t joined = e;
          for (std::size_t k = 0; k < found; ++k) {
            if (out[k].category == PhiCategory::Name && !out[k].veto && out[k].start == e + 1 && e < text.size() &&
                text[e] == ' ') {
              joined = out[k].end;
            }
          }
          end = joined;
        }
      }
    }
    if (end != c.end) out.push_back({c.start, end, PhiCategory::Name, c.priority});
  }
}

}  // namespace concord::phi::detail
