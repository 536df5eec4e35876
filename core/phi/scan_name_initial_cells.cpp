// A patient's initials as a cell of a table row: "2024/03/12,H1234567,E.T.,93,中心静脈カテーテル挿入",
// "12/03/2024|X.R.|NP1234567|67|Plastia inguinal" (trainees' logbooks and audit sheets keep the
// initials beside the record number, seed 3535). Two or three capitals, each with its full stop,
// alone between the row's separators, in a row of three separators at least with a number in
// another cell: the word rules see no name in two letters.
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// Whether [from, to) is "A.B." or "A.B.C.".
bool initialsCell(std::string_view text, std::size_t from, std::size_t to) {
  const std::size_t length = to - from;
  if (length != 4 && length != 6) return false;
  for (std::size_t k = from; k < to; k += 2) {
    if (!isUpper(text[k]) || text[k + 1] != '.') return false;
  }
  return true;
}

}  // namespace

void scanInitialsCells(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  // (Only the lines holding "A.B." are read: found by their first stop, most notes have none.)
  for (std::size_t dot = text.find('.', 1); dot != std::string_view::npos;) {
    if (!(dot + 2 < text.size() && isUpper(text[dot - 1]) && isUpper(text[dot + 1]) && text[dot + 2] == '.')) {
      dot = text.find('.', dot + 1);
      continue;
    }
    const std::size_t lineStart = text.rfind('\n', dot) == std::string_view::npos ? 0 : text.rfind('\n', dot) + 1;
    std::size_t lineEnd = text.find('\n', dot);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
    for (const char separator : {',', '|'}) {
      std::size_t separators = 0;
      bool digits = false;
      for (char c : line) {
        separators += c == separator;
        digits = digits || isDigit(c);
      }
      if (separators < 3 || !digits) continue;
      for (std::size_t from = 0; from <= line.size();) {
        std::size_t to = line.find(separator, from);
        if (to == std::string_view::npos) to = line.size();
        if (initialsCell(line, from, to)) out.push_back({lineStart + from, lineStart + to, PhiCategory::Name, priority::kName});
        from = to + 1;
      }
    }
    dot = lineEnd < text.size() ? text.find('.', lineEnd) : std::string_view::npos;
  }
}

}  // namespace concord::phi::detail
