// A place given by a distance and a direction from a town, as run sheets and dispatch notes place a
// scene off the road grid: "1328 Salmonberry Spur, 2 mi S of Kinlichee Flats", "3 miles NE of
// Walrus Point." The town is an address span; the distance and direction stay outside. The town is
// one to three capitalised words closing its clause (the line's end, a stop, a comma, a
// semicolon), so "2 mi S of Route 9 Junction and" and "5 km N of the river" give nothing.
#include <array>

#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

bool distanceUnit(const Token& t) {
  static constexpr std::array<std::string_view, 6> kUnits = {"mi", "mile", "miles", "km", "kms", "kilometres"};
  for (std::string_view u : kUnits) {
    if (t.lower == u) return true;
  }
  return false;
}

bool compassPoint(const Token& t) {
  static constexpr std::array<std::string_view, 8> kPoints = {"n", "s", "e", "w", "ne", "nw", "se", "sw"};
  if (!t.allCaps) return false;
  for (std::string_view p : kPoints) {
    if (t.lower == p) return true;
  }
  return false;
}

}  // namespace

void scanDistancePlaces(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 4 < n; ++i) {
    if (!tokens[i].allDigits || tokens[i].length() > 3 || !distanceUnit(tokens[i + 1]) || !compassPoint(tokens[i + 2]) ||
        tokens[i + 3].lower != "of" || gapBetween(in, i, i + 1) != " " || gapBetween(in, i + 1, i + 2) != " " ||
        gapBetween(in, i + 2, i + 3) != " " || gapBetween(in, i + 3, i + 4) != " ") {
      continue;
    }
    const bool caps = tokens[i + 4].allCaps;
    std::size_t last = std::string_view::npos;
    for (std::size_t k = i + 4; k < n && k < i + 7; ++k) {
      const Token& w = tokens[k];
      if (k > i + 4 && gapBetween(in, k - 1, k) != " ") break;
      if (w.hasDigit || !w.properShape() || w.allCaps != caps || w.length() < 2) break;
      const std::size_t end = w.end;
      if (end >= in.text.size() || in.text[end] == '\n' || in.text[end] == '\r' || in.text[end] == ',' ||
          in.text[end] == ';' || (in.text[end] == '.' && (end + 1 >= in.text.size() || !isWordByte(in.text[end + 1])))) {
        last = k;
        break;
      }
    }
    if (last == std::string_view::npos) continue;
    out.push_back({tokens[i + 4].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
    i = last;
  }
}

}  // namespace concord::phi::detail
