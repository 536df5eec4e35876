// Places of a GEDCOM genealogy export (seed 3636): an event's place is a jurisdiction list from the
// town up, "2 PLAC Kraków, Małopolskie, Polska", whose first part is the town where a person was
// born, lived or died (an address; the county, province and country after it are not), and a
// residence's address is written whole, "2 ADDR 78 Bóthar na Trá, Salthill, Galway H91 S5C9".
#include <array>

#include "local_addresses.h"
#include "structured_fields.h"

namespace concord::phi::detail {

namespace {

// Words of a place of care or rest, whose address is no one's home: "2 PLAC St. James's Hospital,
// Dublin" (the families count hospitals, hospices and cemeteries as no PHI).
bool careWord(std::string_view value) {
  static constexpr std::array<std::string_view, 8> kWords = {"hospital", "hospice", "clinic", "cemetery",
                                                            "infirmary", "szpital", "church", "nursing"};
  for (std::string_view w : kWords) {
    if (structured::containsCaseless(value, w)) return true;
  }
  return false;
}

// The end of the part at `from` before `lineEnd`: the first comma, or the line's end; trailing
// spaces dropped.
std::size_t partEnd(std::string_view text, std::size_t from, std::size_t lineEnd, bool wholeLine) {
  std::size_t e = from;
  while (e < lineEnd && (wholeLine || text[e] != ',')) ++e;
  while (e > from && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
  return e;
}

}  // namespace

void scanGenealogyPlaces(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t line = 0; line < text.size();) {
    std::size_t lineEnd = text.find('\n', line);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    // A GEDCOM line is its level's digit, a space, the tag in capitals and a space: "2 PLAC ".
    if (lineEnd >= line + 8 && isDigit(text[line]) && text[line + 1] == ' ' && text[line + 6] == ' ') {
      const std::string_view tag = text.substr(line + 2, 4);
      const bool place = tag == "PLAC";
      const bool address = tag == "ADDR";
      const std::size_t from = line + 7;
      if ((place || address) && from < lineEnd && isWordByte(text[from])) {
        const std::size_t end = partEnd(text, from, lineEnd, address);
        const std::string_view value = text.substr(from, end - from);
        std::size_t words = 1;
        for (char c : value) words += c == ' ';
        bool letters = false;
        for (char c : value) letters = letters || isAsciiAlpha(c) || isNonAscii(c);
        // (A genealogist's "2 PLAC Unknown" names no place.)
        const bool unknown = value.size() == 7 && startsCaselessAt(value, 0, "unknown");
        if (end > from + 1 && letters && !unknown && !careWord(text.substr(from, lineEnd - from)) && (address || words <= 4)) {
          out.push_back({from, end, PhiCategory::Address, priority::kField});
        }
      }
    }
    line = lineEnd + 1;
  }
}

}  // namespace concord::phi::detail
