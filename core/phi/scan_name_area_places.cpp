// Places of the public-health programmes' countries that look like a person's name and are none:
// a place right before the word for its kind of area (Bhutanese "Trashigang Dzongkhag", "Yuwakha
// chiwog", Mongolian "Khan-Uul district", a Papua New Guinean "Hanuabada village", a Hong Kong
// "Choi Hung Estate", a Maldivian street "Majeedhee Magu"), an Eritrean region after "Zoba", a
// Maldivian atoll named by its Thaana letters ("Haa Dhaalu"), a Malé house before its street
// ("H. Dhoores, Majeedhee Magu") and a street named after a person or a city after a Balkan or
// Romanian street abbreviation and before its house number ("str. Alba Iulia 44", "bul. Jane
// Sandanski br. 152"). Shared by the rules' vetoes and the name model's revision.
#include <array>
#include <string_view>

#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Nouns written after a place's own name for its kind of area.
bool isAreaNounAfter(std::string_view lower) {
  static constexpr std::array<std::string_view, 13> kAreas = {
      "dzongkhag", "dzongkhags", "gewog", "chiwog", "thromde", "magu", "hingun", "goalhi", "district", "khoroo",
      "village", "settlement", "estate"};
  return listHas(kAreas, lower);
}

// "Karma Choden village health worker", "the Tan estate's executor": words after the area noun
// that make it a role or a possession of the person named before it.
bool roleAfterAreaNoun(const ScanInput& in, std::size_t k) {
  const std::vector<Token>& tokens = in.tokens;
  if (k + 1 >= tokens.size() || gapBetween(in, k, k + 1).find('\n') != std::string_view::npos) return false;
  return listHas({"health", "head", "headman", "chief", "elder", "leader", "court", "of", "executor", "worker",
                  "volunteer"},
                 tokens[k + 1].lower);
}

// The Maldives' atolls are named by letters of the Thaana alphabet ("Haa Dhaalu", "Gaafu Alifu",
// "Seenu"); the shortest of them ("Haa", "Raa", "Baa", "Thaa") only beside another.
bool isAtollLetter(std::string_view lower, bool alone) {
  static constexpr std::array<std::string_view, 14> kLong = {
      "alifu", "dhaalu", "shaviyani", "noonu", "lhaviyani", "kaafu", "vaavu", "meemu", "faafu", "laamu", "gaafu",
      "gnaviyani", "seenu", "dhaal"};
  return listHas(kLong, lower) || (!alone && listHas({"haa", "raa", "baa", "thaa"}, lower));
}

bool isMaldivianStreetWord(std::string_view lower) { return listHas({"magu", "hingun", "goalhi", "koshi"}, lower); }

}  // namespace

bool areaPlaceRun(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken > tokens.size() || endToken <= first) return false;
  // The area's noun inside the run ("SARPANG DZONGKHAG") or right after it.
  // ("Khan-Uul district": the parts of a hyphenated place are passed over.)
  std::size_t end = endToken;
  for (std::size_t k = first + 1; k < tokens.size(); ++k) {
    const std::string_view g = gapBetween(in, k - 1, k);
    if (g == "-") {
      if (k >= end) end = k + 1;
      continue;
    }
    if (k > end || !isInlineSpace(g, 1)) break;
    if (isAreaNounAfter(tokens[k].lower) && !roleAfterAreaNoun(in, k)) return true;
  }
  // "ZOBA MAEKEL", "Zoba Gash-Barka": an Eritrean region (and the second part of its name).
  if (tokens[first].lower == "zoba" || (first > 0 && tokens[first - 1].lower == "zoba") ||
      (first > 1 && tokens[first - 2].lower == "zoba" && gapBetween(in, first - 1, first) == "-")) {
    return true;
  }
  // "Hanimaadhoo, Haa Dhaalu": every word of the run a letter of an atoll's name.
  bool atoll = true;
  for (std::size_t k = first; k < endToken && atoll; ++k) atoll = isAtollLetter(tokens[k].lower, endToken - first == 1);
  if (atoll) return true;
  // "H. Dhoores, Majeedhee Magu": a house of Malé before its street (one or two words and the
  // street's noun after the comma).
  if (endToken + 1 < tokens.size() && gapBetween(in, endToken - 1, endToken) == ", ") {
    for (std::size_t k = endToken + 1; k <= endToken + 2 && k < tokens.size(); ++k) {
      if (!isInlineSpace(gapBetween(in, k - 1, k), 1) || !tokens[k - 1].properShape()) break;
      if (isMaldivianStreetWord(tokens[k].lower)) return true;
    }
  }
  // "str. Alba Iulia 44", "bul. Jane Sandanski br. 152", "Rr. Myslym Shyri 12": a street's
  // abbreviation and its full stop before the run, a house number (or its "br."/"nr.") after it.
  if (first > 0 && gapBetween(in, first - 1, first) == ". " &&
      listHas({"str", "bul", "bd", "ul", "rr", "blv", "bulv"}, tokens[first - 1].lower) && endToken < tokens.size() &&
      isInlineSpace(gapBetween(in, endToken - 1, endToken), 1) &&
      (tokens[endToken].allDigits || listHas({"br", "nr", "no"}, tokens[endToken].lower))) {
    return true;
  }
  return false;
}

}  // namespace concord::phi::detail
