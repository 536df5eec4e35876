// Addresses that open with the house's own number word rather than a number before the street:
// the West and East African "House No. 188, Asafo Market Road, Abrepo, Accra" and "House 2,
// Ngong Road, Langas, Nairobi", the Philippine "Blk 3 Lot 9 Ilang-Ilang St., Brgy. Bagong
// Silang, Davao City", the Indian "H.No. 15-125, Gandhi Nagar, Ward 13, Warangal 506002" and
// the Vietnamese "số 32 hẻm 12 đường Nguyễn Trãi, phường Bến Thành, Huế".
// The street and the localities after it are read as one span, up to the end of the clause: a
// line break, a column gap, a word in lower case or the next field's label.
#include <array>

#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

bool isWord(const Token& t, std::string_view lower) { return t.lower == lower; }

// A word of a street's or a locality's name: capitalised (or in capitals), with no digit, not the
// next field's label ("Nairobi Phone:"), or a short number closing the name ("Githurai 45").
bool placeWord(const ScanInput& in, std::size_t k) {
  const Token& t = in.tokens[k];
  if (t.end < in.text.size() && in.text[t.end] == ':') return false;
  if (t.allDigits) return t.length() <= 3;
  return !t.hasDigit && t.properShape() && t.length() <= 24;
}

// Extends from token k over words of names joined by spaces, hyphens or ". " after an
// abbreviation ("Brgy. Bagong Silang", "St."), and over ", " between localities, up to
// `maxParts` comma-separated parts. Returns the last token.
std::size_t localitiesEnd(const ScanInput& in, std::size_t k, std::size_t maxParts) {
  const auto& tokens = in.tokens;
  std::size_t last = k;
  std::size_t parts = 1;
  for (std::size_t m = k + 1; m < tokens.size() && m < k + 16; ++m) {
    const std::string_view gap = gapBetween(in, m - 1, m);
    const bool abbreviation = gap == ". " && tokens[m - 1].length() <= 4;
    if (gap == ", " || gap == "., ") {
      if (parts == maxParts) break;
      ++parts;
    } else if (!(gap == " " || gap == "-" || abbreviation)) {
      break;
    }
    if (!placeWord(in, m) || (tokens[m].allDigits && gap != " ")) break;
    // An English word after the town opens the next phrase: "Nairobi VISIT 5TH", "Davao City
    // Contact no.:" (but "Davao City", "Market Road" keep their words of a place).
    if (gap == " " && isNeverNameWord(tokens[m]) && !isStreetSuffix(tokens[m]) && !isWord(tokens[m], "city")) break;
    last = m;
  }
  return last;
}

// "House No. 188, ", "House 2, ", "HOUSE 2, ": the token after the comma, or npos.
std::size_t afterHouseNumber(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  std::size_t k = i + 1;
  if (k + 1 < tokens.size() && isWord(tokens[k], "no") && gapBetween(in, i, k) == " " &&
      gapBetween(in, k, k + 1) == ". ") {
    ++k;
  } else if (gapBetween(in, i, k) != " ") {
    return std::string_view::npos;
  }
  if (k + 1 >= tokens.size() || !tokens[k].allDigits || tokens[k].length() > 4 || gapBetween(in, k, k + 1) != ", ") {
    return std::string_view::npos;
  }
  return k + 1;
}

// The street after the house: name words ending in a street type ("Asafo Market Road",
// "Bantama High Street", "Oginga Odinga Street"). Returns its last token or npos.
std::size_t streetWithTypeEnd(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  for (std::size_t m = k; m < tokens.size() && m < k + 5; ++m) {
    if (m > k && gapBetween(in, m - 1, m) != " ") return std::string_view::npos;
    if (!placeWord(in, m) || tokens[m].allDigits) return std::string_view::npos;
    if (m > k && isStreetSuffix(tokens[m])) return m;
  }
  return std::string_view::npos;
}

// Where streets have no names (Monrovia, much of West Africa) the house is placed by a landmark
// instead: "House 146, ELWA Junction, Paynesville", "House 4, behind Total gas station, Duala".
// A landmark is name words ending in a junction's or a market's word, or a preposition of place
// ("behind", "near", "opposite", "beside") and up to five words without digits, up to the comma.
// Returns its last token or npos; the caller asks for a locality after it.
std::size_t landmarkEnd(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  static constexpr std::array<std::string_view, 6> kJunctions = {"junction", "roundabout", "market",
                                                                 "crossing", "crossroads", "intersection"};
  static constexpr std::array<std::string_view, 5> kPrepositions = {"behind", "near", "opposite", "beside",
                                                                    "after"};
  const bool preposition = isLower(in.text[tokens[k].start]) && listHas(kPrepositions, tokens[k].lower);
  for (std::size_t m = k; m < tokens.size() && m < k + 6; ++m) {
    if (m > k && gapBetween(in, m - 1, m) != " ") return std::string_view::npos;
    if (tokens[m].hasDigit || !tokens[m].hasLetter) return std::string_view::npos;
    if (tokens[m].end < in.text.size() && in.text[tokens[m].end] == ':') return std::string_view::npos;
    const bool closes = m + 1 < tokens.size() && gapBetween(in, m, m + 1) == ", ";
    if (preposition) {
      if (m > k && closes) return m;
    } else {
      if (!tokens[m].properShape()) return std::string_view::npos;
      if (m > k && listHas(kJunctions, tokens[m].lower)) return m;
    }
  }
  return std::string_view::npos;
}

// "Blk 3 Lot 9 <street>": the token after the lot's number, or npos.
std::size_t afterBlockAndLot(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 4 >= tokens.size() || !tokens[i + 1].allDigits || !isWord(tokens[i + 2], "lot") ||
      !tokens[i + 3].allDigits || gapBetween(in, i, i + 1) != " " || gapBetween(in, i + 1, i + 2) != " " ||
      gapBetween(in, i + 2, i + 3) != " " || gapBetween(in, i + 3, i + 4) != " ") {
    return std::string_view::npos;
  }
  return i + 4;
}

// Vietnamese parts of an address (lower-cased: "đườNG" of a line in capitals is "đường" too): "số" (number), "hẻm",
// "ngõ", "ngách", "kiệt" (alleys), "đường", "phố" (street).
bool vietnameseAlley(std::string_view lower) {
  return lower == "hẻm" || lower == "ngõ" || lower == "ngách" || lower == "kiệt";
}
bool vietnameseStreet(std::string_view lower) { return lower == "đường" || lower == "phố"; }
bool vietnameseDistrict(std::string_view lower) {
  static constexpr std::array<std::string_view, 7> kWords = {"phường", "quận", "xã", "huyện", "thị", "tp", "thành"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// A Vietnamese word of a name: capitalised, or with the capitals of an all-caps line
// ("LợI", "HưNG"): its first byte an upper-case ASCII letter or a non-ASCII letter.
bool vietnameseNameWord(const ScanInput& in, std::size_t k) {
  const Token& t = in.tokens[k];
  if (t.hasDigit || (t.end < in.text.size() && in.text[t.end] == ':')) return false;
  return isUpper(in.text[t.start]) || startsWithUpperLatin(in.text, t.start);
}

// "số 32 hẻm 12 đường Nguyễn Trãi, phường Bến Thành, Huế": returns the last token, or npos.
std::size_t vietnameseAddressEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  std::size_t k = i + 1;
  if (k >= tokens.size() || !tokens[k].allDigits || gapBetween(in, i, k) != " ") return std::string_view::npos;
  ++k;
  while (k + 1 < tokens.size() && vietnameseAlley(tokens[k].lower) && tokens[k + 1].allDigits) k += 2;
  if (k + 1 >= tokens.size() || !vietnameseStreet(tokens[k].lower) || gapBetween(in, k, k + 1) != " ") {
    return std::string_view::npos;
  }
  std::size_t last = k;
  for (std::size_t m = k + 1; m < tokens.size() && m < k + 6 && gapBetween(in, m - 1, m) == " " &&
                              (vietnameseNameWord(in, m) || tokens[m].allDigits);
       ++m) {
    last = m;
  }
  if (last == k) return std::string_view::npos;
  // The ward, the district and the city after commas.
  for (std::size_t parts = 0; parts < 4 && last + 1 < tokens.size() && gapBetween(in, last, last + 1) == ", ";
       ++parts) {
    std::size_t m = last + 1;
    if (vietnameseDistrict(tokens[m].lower)) ++m;
    if (m >= tokens.size() || !(vietnameseNameWord(in, m) || tokens[m].allDigits) ||
        (m > last + 1 && gapBetween(in, m - 1, m) != " ")) {
      break;
    }
    std::size_t end = m;
    while (end + 1 < tokens.size() && end < m + 3 && gapBetween(in, end, end + 1) == " " &&
           (vietnameseNameWord(in, end + 1) || tokens[end + 1].allDigits) &&
           !isWord(tokens[end + 1], "điện") && !(tokens[end + 1].lower.starts_with("\xc4\x90"))) {
      ++end;
    }
    last = end;
  }
  return last;
}

// The Indian "H.No. 15-125, Gandhi Nagar, Ward 13, Warangal 506002" and "D.No. 8-2-293/82, ...":
// the house (or door) number abbreviated before a number of parts joined by hyphens or slashes,
// the localities after a comma, and the six-digit PIN closing the town. Token i is "h" or "d".
// Returns the last token, or npos.
std::size_t indianHouseNumberEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  std::size_t k = i + 2;
  if (k + 2 >= tokens.size() || gapBetween(in, i, i + 1) != "." || !isWord(tokens[i + 1], "no") ||
      !(gapBetween(in, i + 1, k) == ". " || gapBetween(in, i + 1, k) == ".")) {
    return std::string_view::npos;
  }
  for (std::size_t parts = 0; k < tokens.size() && parts < 4; ++parts) {
    if (!tokens[k].allDigits || tokens[k].length() > 4) return std::string_view::npos;
    if (k + 1 < tokens.size() && (gapBetween(in, k, k + 1) == "-" || gapBetween(in, k, k + 1) == "/")) {
      ++k;
      continue;
    }
    break;
  }
  if (k + 1 >= tokens.size() || gapBetween(in, k, k + 1) != ", " || !placeWord(in, k + 1) || tokens[k + 1].allDigits) {
    return std::string_view::npos;
  }
  std::size_t last = localitiesEnd(in, k + 1, 4);
  if (last + 1 < tokens.size() && tokens[last + 1].allDigits && tokens[last + 1].length() == 6) {
    const std::string_view gap = gapBetween(in, last, last + 1);
    if (gap == " " || gap == ", " || gap == " - ") ++last;
  }
  return last;
}

}  // namespace

void scanNumberedHouses(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if ((t.lower == "h" || t.lower == "d") && isUpper(in.text[t.start])) {
      if (const std::size_t last = indianHouseNumberEnd(in, i); last != std::string_view::npos) {
        out.push_back({t.start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
      }
      continue;
    }
    if (t.length() < 3 || t.length() > 5 || t.hasDigit) continue;
    std::size_t last = std::string_view::npos;
    if (isWord(t, "house") && t.properShape()) {
      const std::size_t street = afterHouseNumber(in, i);
      if (street == std::string_view::npos) continue;
      std::size_t streetEnd = streetWithTypeEnd(in, street);
      if (streetEnd == std::string_view::npos) {
        // A landmark stands for the street only with a locality after it.
        streetEnd = landmarkEnd(in, street);
        if (streetEnd == std::string_view::npos || streetEnd + 1 >= tokens.size() ||
            gapBetween(in, streetEnd, streetEnd + 1) != ", " || !placeWord(in, streetEnd + 1) ||
            tokens[streetEnd + 1].allDigits) {
          continue;
        }
      }
      last = streetEnd;
      if (streetEnd + 1 < tokens.size() && gapBetween(in, streetEnd, streetEnd + 1) == ", " &&
          placeWord(in, streetEnd + 1) && !tokens[streetEnd + 1].allDigits) {
        last = localitiesEnd(in, streetEnd + 1, 3);
      }
    } else if ((isWord(t, "blk") || isWord(t, "block")) && t.properShape()) {
      const std::size_t street = afterBlockAndLot(in, i);
      if (street == std::string_view::npos) continue;
      if (!placeWord(in, street) || tokens[street].allDigits) continue;
      last = localitiesEnd(in, street, 4);
      if (last == street) continue;
    } else if (t.lower == "số") {
      last = vietnameseAddressEnd(in, i);
    }
    if (last == std::string_view::npos) continue;
    std::size_t end = tokens[last].end;
    // "Ilang-Ilang St." keeps the dot of its abbreviated type.
    if (end < in.text.size() && in.text[end] == '.' && isStreetSuffix(tokens[last]) && tokens[last].length() <= 4) ++end;
    out.push_back({t.start, end, PhiCategory::Address, priority::kAddress});
    i = last;
  }
}

}  // namespace concord::phi::detail
