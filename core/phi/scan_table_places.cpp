// Places in the cells of a pipe table whose row is labelled by the kind of place, as a
// demographic change request or a registration form lays out old and new values side by side:
// "City/State  | Calloway Heights, WA      | Middlesbrook, NJ", "ZIP  | 59835-0639  | 52553".
// The row's label, not the cell alone, says what the cell holds, so "| Lee, MD |" in a staff
// table stays a name.
#include "name_tables.h"
#include "places.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

// The first cell of the line holding `pos`, when `pos` is in a later cell: the row's label.
std::string_view rowLabel(std::string_view text, std::size_t pos) {
  const std::string_view before = sameLineBefore(text, pos, 200);
  const std::size_t bar = before.find('|');
  if (bar == std::string_view::npos) return {};
  return before.substr(0, bar);
}

// The cell at [start, end) is a whole cell: a bar (and spaces) before it, and spaces then a bar
// or the line's end after it.
bool wholeCell(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t b = start;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b == 0 || text[b - 1] != '|') return false;
  std::size_t a = end;
  while (a < text.size() && text[a] == ' ') ++a;
  return a >= text.size() || text[a] == '|' || text[a] == '\n' || text[a] == '\r';
}

bool labelNamesTown(std::string_view label) {
  return rfindWordCaseless(label, "city") != std::string_view::npos ||
         rfindWordCaseless(label, "town") != std::string_view::npos;
}

}  // namespace

bool rowLabelledByTown(std::string_view text, std::size_t pos) { return labelNamesTown(rowLabel(text, pos)); }

std::size_t tableCellTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  if (!rowLabelledByTown(in.text, tokens[i].start)) return i;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos) return i;
  std::size_t last = town;
  if (const std::size_t state = stateAfterTown(in, town); state != std::string_view::npos) {
    last = state;
  } else if (town == i && (tokens[i].classes & WordClass::kEnglish)) {
    return i;  // a word of the form's own: "City | Unknown | Declined"
  }
  if (!wholeCell(in.text, tokens[i].start, tokens[last].end)) return i;
  out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
  return last;
}

bool zipTableCellCue(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view label = rowLabel(text, pos);
  return (rfindWordCaseless(label, "zip") != std::string_view::npos ||
          rfindWordCaseless(label, "postal") != std::string_view::npos) &&
         wholeCell(text, pos, end);
}

}  // namespace concord::phi::detail
