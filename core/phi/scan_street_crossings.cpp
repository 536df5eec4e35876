// Places named by streets without a house: a crossing of two streets ("Mockernut Trail and
// Smelter Pike", "REDBUD HOLLOW RD AT CHOKECHERRY STREET") and a hundred block ("the 5700 block
// of Buckeye Ridge St"), as crash reports, claims and incident forms give where something
// happened. Both are addresses; "the" stays outside the span.
#include <array>

#include "local_addresses.h"
#include "places.h"

namespace concord::phi::detail {

namespace {

// Words that open or join phrases, never part of a street's name.
bool phraseWord(const Token& t) {
  static constexpr std::array<std::string_view, 16> kWords = {"the", "a",    "an",   "and",  "at",   "of",
                                                              "on",  "in",   "to",   "for",  "with", "from",
                                                              "by",  "near", "past", "onto"};
  for (std::string_view w : kWords) {
    if (t.lower == w) return true;
  }
  return false;
}

// Courts of law end in a street type too: "Probate Court and Family Court".
bool courtOfLaw(const Token& name, const Token& type) {
  if (type.lower != "court" && type.lower != "ct") return false;
  static constexpr std::array<std::string_view, 14> kCourts = {
      "supreme", "district", "circuit", "family", "probate", "county", "superior",
      "appeals", "juvenile", "federal", "municipal", "drug", "traffic", "claims"};
  for (std::string_view w : kCourts) {
    if (name.lower == w) return true;
  }
  return false;
}

// A street's name from token k: one to three proper words joined by spaces, then its type
// ("Bur Oak Ln", "Redbud Hollow Pike", where "Hollow" is a type inside the name). Capitals or
// not must match `caps`. Returns the type's token or npos.
std::size_t namedStreetEnd(const ScanInput& in, std::size_t k, bool caps) {
  const auto& tokens = in.tokens;
  std::size_t type = std::string_view::npos;
  for (std::size_t m = k; m < tokens.size() && m < k + 4; ++m) {
    const Token& t = tokens[m];
    if (m > k && gapBetween(in, m - 1, m) != " ") break;
    if (t.hasDigit || !t.properShape() || t.allCaps != caps || phraseWord(t)) break;
    if (m > k && isStreetType(t) && !courtOfLaw(tokens[m - 1], t)) type = m;
  }
  return type;
}

// The span's end after a street type: an abbreviation keeps its period ("Bur Oak Ln.").
std::size_t typeEnd(const ScanInput& in, std::size_t type) {
  const Token& t = in.tokens[type];
  static constexpr std::array<std::string_view, 16> kAbbreviations = {
      "ave", "av", "ln", "st", "rd", "blvd", "ct", "dr", "hwy", "pkwy", "pl", "cir", "ter", "trl", "sq", "expy"};
  if (t.end < in.text.size() && in.text[t.end] == '.') {
    for (std::string_view a : kAbbreviations) {
      if (t.lower == a) return t.end + 1;
    }
  }
  return t.end;
}

// Between the first street and the joining word: a space, or an abbreviation's ". ".
bool joinGap(const ScanInput& in, std::size_t type, std::size_t next) {
  const std::string_view gap = gapBetween(in, type, next);
  return gap == " " || (gap == ". " && typeEnd(in, type) == in.tokens[type].end + 1);
}

// "Mockernut Trail and Smelter Pike", "Ropewalk Hwy at Bobolink Road", starting at token i, the
// first word of the first street's name. Returns the second street's type token or npos.
std::size_t crossingEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const bool caps = tokens[i].allCaps;
  if (i > 0 && gapBetween(in, i - 1, i) == " " && tokens[i - 1].properShape() && !phraseWord(tokens[i - 1])) {
    return std::string_view::npos;  // the name starts earlier
  }
  const std::size_t first = namedStreetEnd(in, i, caps);
  if (first == std::string_view::npos || first + 2 >= tokens.size()) return std::string_view::npos;
  const Token& join = tokens[first + 1];
  const bool joinWord = (join.lower == "and" || join.lower == "at") && join.allCaps == caps;
  if (!joinWord || !joinGap(in, first, first + 1) || gapBetween(in, first + 1, first + 2) != " ") {
    return std::string_view::npos;
  }
  return namedStreetEnd(in, first + 2, caps);
}

// "5700 block of Buckeye Ridge St": the street's type token, or npos.
std::size_t hundredBlockEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const Token& t = tokens[i];
  if (!t.allDigits || t.length() < 3 || t.length() > 5 || !t.lower.ends_with("00")) return std::string_view::npos;
  if (i + 3 >= tokens.size() || tokens[i + 1].lower != "block" || tokens[i + 2].lower != "of") {
    return std::string_view::npos;
  }
  if (gapBetween(in, i, i + 1) != " " || gapBetween(in, i + 1, i + 2) != " " || gapBetween(in, i + 2, i + 3) != " ") {
    return std::string_view::npos;
  }
  return namedStreetEnd(in, i + 3, tokens[i + 3].allCaps);
}

// A numbered street as an ordinal: "17th", "21st", "3RD".
bool ordinalStreet(const Token& t) {
  const std::string_view w = t.lower;
  if (w.size() < 3 || w.size() > 4 || !isDigit(w[0])) return false;
  const std::size_t d = (w.size() >= 2 && isDigit(w[1])) ? 2 : 1;
  const std::string_view suffix = w.substr(d);
  return w[0] != '0' && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

// Words after "and" that make the ordinal a rank or a turn, not a street: "on 2nd and final",
// "at 1st and repeated".
bool notStreetWord(const Token& t) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "final", "last", "first", "second", "third", "next", "other", "then", "again", "both",
      "each",  "later", "every", "only", "more", "long"};
  for (std::string_view w : kWords) {
    if (t.lower == w) return true;
  }
  const std::string_view w = t.lower;
  return w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly");
}

// A crossing of a numbered street, as street medicine and crisis texts place a camp or a meeting:
// "camp at 21st and Salmonberry (under the overpass)", "at the mcdonalds on 17th st and coaltown.",
// "on 2nd and coal tipple.". After "on", "at" or "of" ("corner of 5th and Main"); the numbered
// street may carry its type; the other street is one or two words closing the clause (a stop, a
// comma, a bracket or the line's end), any case. Returns the last token or npos.
std::size_t numberedCrossingEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  if (i == 0 || !ordinalStreet(tokens[i]) || gapBetween(in, i - 1, i) != " ") return std::string_view::npos;
  const std::string_view before = tokens[i - 1].lower;
  if (before != "on" && before != "at" && before != "of") return std::string_view::npos;
  std::size_t k = i + 1;
  if (k < n && gapBetween(in, i, k) == " " &&
      (tokens[k].lower == "st" || tokens[k].lower == "street" || tokens[k].lower == "ave" || tokens[k].lower == "avenue")) {
    ++k;
  }
  if (k + 1 >= n || tokens[k].lower != "and" || gapBetween(in, k - 1, k) != " " || gapBetween(in, k, k + 1) != " ") {
    return std::string_view::npos;
  }
  for (std::size_t m = k + 1; m < n && m < k + 3; ++m) {
    const Token& w = tokens[m];
    if (m > k + 1 && gapBetween(in, m - 1, m) != " ") return std::string_view::npos;
    if (w.hasDigit || !w.hasLetter || w.length() < 3 || phraseWord(w) || notStreetWord(w)) return std::string_view::npos;
    const std::size_t after = w.end;
    if (after >= in.text.size()) return m;
    const char c = in.text[after];
    if (c == '.' || c == ',' || c == ';' || c == '\n' || c == '\r' || (c == ' ' && after + 1 < in.text.size() && in.text[after + 1] == '(')) {
      return m;
    }
    if (c != ' ') return std::string_view::npos;
  }
  return std::string_view::npos;
}

}  // namespace

void scanStreetCrossings(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    std::size_t end = std::string_view::npos;
    if (t.allDigits) {
      end = hundredBlockEnd(in, i);
    } else if (t.hasDigit) {
      end = numberedCrossingEnd(in, i);
    } else if (t.properShape() && !phraseWord(t)) {
      end = crossingEnd(in, i);
    }
    if (end == std::string_view::npos) continue;
    out.push_back({t.start, typeEnd(in, end), PhiCategory::Address, priority::kAddress});
    i = end;
  }
}

}  // namespace concord::phi::detail
