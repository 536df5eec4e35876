// Person names in X12 claims and remittances (837, 835, 270/271, 278): the NM1 segment names an
// entity, and when its type qualifier (the second element) is "1", a person, the third, fourth and
// fifth elements are the last, first and middle name: "NM1*IL*1*SMITH*JOHN*Q***MI*W123~" (the
// subscriber), "NM1*QC*1*..." (the patient), "NM1*82*1*..." (the rendering provider). Type "2" is an
// organisation (payer, billing practice, clearinghouse), never taken. The word rules miss these:
// the fields are glued to separators and qualifiers, and a last name alone has no cue.
#include "scan.h"

namespace concord::phi::detail {

namespace {

// A name element: letters (any script), with the hyphens, apostrophes, spaces and full stops of
// compound names ("TRAN-NGUYEN", "O'NEIL", "DE LA CRUZ", "ST. JOHN"); no digit.
bool nameElement(std::string_view v) {
  if (v.empty() || v.size() > 60) return false;
  bool letter = false;
  for (char c : v) {
    if (isAsciiAlpha(c) || isNonAscii(c)) {
      letter = true;
    } else if (c != '-' && c != '\'' && c != ' ' && c != '.') {
      return false;
    }
  }
  return letter;
}

}  // namespace

void scanX12Names(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t at = text.find("NM1"); at != std::string_view::npos; at = text.find("NM1", at + 3)) {
    // The segment id is its own word: it starts the text, a line or follows the segment
    // terminator ("~NM1", "~ NM1"); not "XNM1" or "NM12".
    if (at > 0 && isWordByte(text[at - 1])) continue;
    if (at + 4 >= text.size()) break;
    // The element separator is the byte after the segment id ("*" by convention, "|" or "^" too).
    const char sep = text[at + 3];
    if (sep != '*' && sep != '|' && sep != '^') continue;
    // Elements up to the segment terminator or the end of the line.
    std::size_t end = at + 4;
    while (end < text.size() && text[end] != '~' && text[end] != '\n') ++end;
    std::size_t fields[6][2] = {};
    std::size_t n = 0;
    for (std::size_t s = at + 4; n < 6;) {
      std::size_t e = s;
      while (e < end && text[e] != sep) ++e;
      fields[n][0] = s;
      fields[n][1] = e;
      ++n;
      if (e >= end) break;
      s = e + 1;
    }
    // Elements 1 (entity id), 2 (type), 3-5 (last, first, middle): a person only.
    if (n < 3 || text.substr(fields[1][0], fields[1][1] - fields[1][0]) != "1") continue;
    const std::size_t idLength = fields[0][1] - fields[0][0];
    if (idLength < 2 || idLength > 3) continue;
    for (std::size_t k = 2; k < n && k < 5; ++k) {
      const std::string_view v = text.substr(fields[k][0], fields[k][1] - fields[k][0]);
      if (nameElement(v)) out.push_back({fields[k][0], fields[k][1], PhiCategory::Name, priority::kName});
    }
  }
}

}  // namespace concord::phi::detail
