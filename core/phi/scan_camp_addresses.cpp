// Addresses inside refugee and displacement camps, as camp clinics and registration records write
// them: there are no streets, a shelter is placed by the camp's own grid, from the camp down to
// the shelter: "Kakuma 3, Zone 2, Block 7", "Camp 15, Block C-4, Shed 12", "District 8, Street
// 12, Caravan 4". Three or more parts "<Word> <number>" joined by commas, the last naming where a
// family lives (block, shed, caravan, tent, shelter, plot) and none a part of a hospital or jail
// ("Ward 3, Bed 4", "Pod 2, Cell 12, Block B" are not addresses).
#include <array>

#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

constexpr std::array<std::string_view, 6> kDwellings = {"block", "shed", "caravan", "tent", "shelter", "plot"};

// Parts of buildings, custody and schedules: counted, never lived at.
constexpr std::array<std::string_view, 18> kNotPlaces = {"bed",  "room", "cell",  "pod",   "ward",  "level",
                                                        "floor", "unit", "dose", "day",   "week",  "cycle",
                                                        "step",  "grade", "stage", "table", "figure", "bay"};

// The number of a part from token k: "7", "C-4", "C4". Returns its last token or npos.
std::size_t partNumberEnd(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  if (k >= tokens.size()) return std::string_view::npos;
  const Token& t = tokens[k];
  if (t.allDigits && t.length() <= 4) return k;
  if (t.hasDigit && t.hasLetter && t.length() <= 4 && t.allCaps) return k;
  if (t.hasLetter && !t.hasDigit && t.length() == 1 && t.allCaps && k + 1 < tokens.size() &&
      gapBetween(in, k, k + 1) == "-" && tokens[k + 1].allDigits && tokens[k + 1].length() <= 3) {
    return k + 1;
  }
  return std::string_view::npos;
}

// The other order, from the shelter up to the camp and its district, as registration cards write
// it: "Block 35, Zone 8, Kawale, Dzaleka", "Bloc 60, abri 616, camp de Musasa, Ngozi" (French
// "bloc", "abri"). From token i: a dwelling's part first, a second "<word> <number>" part, then one
// to three parts of names (the camp, its district) that are no English words, "camp de" allowed
// before a name. Returns the last token, or npos.
[[gnu::noinline]] std::size_t doorUpEnd(const ScanInput& in, std::size_t i) {
  static constexpr std::array<std::string_view, 5> kFirst = {"block", "bloc", "shelter", "abri", "tent"};
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  if (!tokens[i].properShape() || !listHas(kFirst, tokens[i].lower) || gapBetween(in, i, i + 1) != " ") {
    return std::string_view::npos;
  }
  std::size_t end = partNumberEnd(in, i + 1);
  if (end == std::string_view::npos || end + 3 >= n || gapBetween(in, end, end + 1) != ", ") return std::string_view::npos;
  // The second part, its word capitalised or not ("abri 616").
  const Token& second = tokens[end + 1];
  if (!second.hasLetter || second.hasDigit || second.length() < 3 || listHas(kNotPlaces, second.lower) ||
      gapBetween(in, end + 1, end + 2) != " ") {
    return std::string_view::npos;
  }
  end = partNumberEnd(in, end + 2);
  if (end == std::string_view::npos) return std::string_view::npos;
  std::size_t last = std::string_view::npos;
  for (int names = 0; names < 3 && end + 1 < n && gapBetween(in, end, end + 1) == ", "; ++names) {
    std::size_t k = end + 1;
    if (k + 2 < n && tokens[k].lower == "camp" && gapBetween(in, k, k + 1) == " " &&
        listHas({"de", "du", "of", "d"}, tokens[k + 1].lower) && gapBetween(in, k + 1, k + 2) == " ") {
      k += 2;
    }
    std::size_t w = k;
    while (w < n && w < k + 3 && tokens[w].properShape() && !tokens[w].hasDigit &&
           !(tokens[w].classes & WordClass::kEnglish) && (w == k || gapBetween(in, w - 1, w) == " ")) {
      ++w;
    }
    if (w == k) break;
    end = w - 1;
    last = end;
  }
  return last;
}

}  // namespace

void scanCampAddresses(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    std::size_t k = i;
    std::size_t parts = 0;
    std::size_t last = std::string_view::npos;
    bool dwellingLast = false;
    bool vetoed = false;
    while (k + 1 < n) {
      const Token& w = tokens[k];
      if (!w.properShape() || w.hasDigit || w.length() < 3 || gapBetween(in, k, k + 1) != " ") break;
      const std::size_t end = partNumberEnd(in, k + 1);
      if (end == std::string_view::npos) break;
      if (listHas(kNotPlaces, w.lower)) vetoed = true;
      ++parts;
      last = end;
      dwellingLast = listHas(kDwellings, w.lower);
      if (end + 1 >= n || gapBetween(in, end, end + 1) != ", ") break;
      k = end + 1;
    }
    if (parts >= 3 && dwellingLast && !vetoed) {
      out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
      i = last;
      continue;
    }
    // (The cheap tests first, the first letter and the length: every word comes here.)
    const std::string_view w0 = tokens[i].lower;
    if (w0.size() < 4 || w0.size() > 7 || (w0[0] != 'b' && w0[0] != 's' && w0[0] != 'a' && w0[0] != 't')) continue;
    if (const std::size_t end = doorUpEnd(in, i); end != std::string_view::npos) {
      out.push_back({tokens[i].start, tokens[end].end, PhiCategory::Address, priority::kAddress});
      i = end;
    }
  }
}

}  // namespace concord::phi::detail
