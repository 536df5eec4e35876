// Street addresses ("1420 West Larkin Avenue, Apt 3B, Millbrook, OH") and ZIP codes.
// A street address is a house number, up to five name words and a street-type word, then
// optionally a unit and a "City, ST" tail (same line or the next). ZIP codes count after a
// state or a "ZIP" label, so doses like "10000 units" are never read as ZIP codes. Towns named
// without a street are in scan_towns.cpp; the one pass over the tokens (scanAddresses) is here.
#include <algorithm>
#include <array>

#include "name_tables.h"
#include "places.h"
#include "scan.h"

namespace concord::phi::detail {

// A state code, or a state written out, possibly two words ("New York") (see places.h).
std::size_t stateAt(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const Token& t = tokens[i];
  if (t.allCaps && t.length() == 2 && isStateCode(t)) {
    // A code in a chain of credentials is a degree: "Mistatim, DC, DACBR" (a chiropractor board
    // certified in radiology), "Lee, MD, FACP".
    if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == ", ") {
      const Token& next = tokens[i + 1];
      if (isCredentialWord(next) && next.allCaps) return std::string_view::npos;
      if (next.allCaps && !next.hasDigit && next.length() >= 4 && next.length() <= 6 && !isStateName(next)) {
        return std::string_view::npos;
      }
    }
    // A code after a person in a clinician's field is a credential: "Orthotist: Euna Gaddy, CO"
    // (certified orthotist), "Prosthetist: ..., CP".
    const std::string_view before = sameLineBefore(in.text, t.start, 64);
    if (const std::size_t colon = before.rfind(": "); colon != std::string_view::npos &&
                                                      before.substr(colon).find(',') == before.size() - colon - 2) {
      // (The field's value a person's one to four capitalised words: not "Orthotist: moved to
      // Greeley, CO".)
      bool person = true;
      for (std::size_t j = colon + 2; j + 2 < before.size(); ++j) {
        if ((j == colon + 2 || before[j - 1] == ' ') && !isUpper(before[j])) person = false;
      }
      std::size_t k = colon;
      while (k > 0 && isAsciiAlpha(before[k - 1])) --k;
      std::string role;
      for (std::size_t j = k; j < colon; ++j) role.push_back(lowerAscii(before[j]));
      static constexpr std::array<std::string_view, 6> kRoles = {"orthotist", "prosthetist", "therapist",
                                                                 "physiotherapist", "pedorthist", "audiologist"};
      if (person && std::find(kRoles.begin(), kRoles.end(), role) != kRoles.end()) return std::string_view::npos;
    }
    return i;
  }
  if (!t.properShape()) return std::string_view::npos;
  static constexpr std::array<std::string_view, 6> kFirstWords = {"new", "north", "south", "west", "rhode", "district"};
  for (std::string_view first : kFirstWords) {
    if (t.lower == first && i + 1 < tokens.size() && isInlineSpace(gapBetween(in, i, i + 1), 1) &&
        (isStateName(tokens[i + 1]) || tokens[i + 1].lower == "of")) {
      return tokens[i + 1].lower == "of" && i + 2 < tokens.size() ? i + 2 : i + 1;
    }
  }
  if (isStateName(t) && t.lower != "island" && t.lower != "carolina" && t.lower != "dakota" &&
      t.lower != "jersey" && t.lower != "york" && t.lower != "hampshire" && t.lower != "mexico") {
    return i;
  }
  return std::string_view::npos;
}

// Street types the shared table lacks, as rural and suburban roads are named: "Catawba Bend",
// "Tupelo Hollow", "Old Mill Spur", "Heron Cove", "Ferry Landing", "Natchez Trace"; a
// development's streets after its hill: "4020 Acacia Heights" (after a house number only, so the
// town "Calloway Heights" stays a town); the types of British, Irish, Australian and South
// African streets: "Victoria Mews", "Billabong Parade", "Dyers Yard", "Rose Gardens", "Marine
// Esplanade", "Jakaranda Straat", "Kerk Laan".
bool isStreetType(const Token& t) {
  if (isStreetSuffix(t)) return true;
  static constexpr std::array<std::string_view, 16> kMoreTypes = {
      "bend", "hollow", "spur",    "cove",       "landing", "trace",  "heights", "mews",
      "parade", "yard", "gardens", "esplanade", "quay",    "grove",  "straat",  "laan"};
  return std::find(kMoreTypes.begin(), kMoreTypes.end(), t.lower) != kMoreTypes.end();
}

namespace {

bool isWord(const Token& t, std::string_view lower) { return t.lower == lower; }

bool isHouseNumber(const Token& t) {
  if (!t.hasDigit || t.length() > 8) return false;
  std::size_t digits = 0;
  while (digits < t.lower.size() && isDigit(t.lower[digits])) ++digits;
  if (digits == 0 || digits > 6) return false;
  // A half lot written with the fraction sign: "2112½ Turkey Foot Pike".
  if (std::string_view(t.lower).substr(digits) == "\u00bd") return true;
  return t.lower.size() - digits <= 1 && t.length() <= 7;  // "221b"
}

bool isOrdinal(const Token& t) {
  std::size_t digits = 0;
  while (digits < t.lower.size() && isDigit(t.lower[digits])) ++digits;
  const std::string_view suffix = std::string_view(t.lower).substr(digits);
  return digits > 0 && digits <= 3 && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

bool isDirection(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kDirections = {"n", "s", "e", "w", "ne", "nw", "se", "sw",
                                                                   "north", "south", "east", "west"};
  for (std::string_view d : kDirections) {
    if (lower == d) return true;
  }
  return false;
}

bool isTimeUnit(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> kTimes = {
      "year", "years", "yrs", "month", "months", "mos", "week", "weeks",
      "wks",  "day",   "days", "hour", "hours",  "hrs", "times", "minutes"};
  for (std::string_view u : kTimes) {
    if (lower == u) return true;
  }
  return false;
}

// Units of a building, and the lot, space or trailer of a mobile-home park ("Lot 14", "Space 19",
// "Trlr 9"); British and Irish letters write the flat ("Flat 3").
bool isUnitWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> kUnits = {"apt", "apartment", "suite", "ste",  "unit",
                                                              "room", "rm",       "fl",    "floor", "bldg",
                                                              "building", "lot",  "trlr",  "trailer", "space",
                                                              "flat"};
  for (std::string_view u : kUnits) {
    if (lower == u) return true;
  }
  return false;
}

// Between a street and its unit: ", " or " ", or one line break ("9501 Orchard Rd\nUnit 18").
bool unitGap(std::string_view gap, std::string_view extra = {}) {
  for (char c : gap) {
    if (!(c == ' ' || c == ',' || c == '.' || c == '\r' || c == '\n' || extra.find(c) != std::string_view::npos)) {
      return false;
    }
  }
  if (gap.empty() || gap.size() > 4) return false;
  std::size_t newlines = 0;
  for (char c : gap) newlines += c == '\n';
  return newlines <= 1;
}

// Words of one street name: separated by a space, or ". " after a one- or two-letter
// abbreviation ("N. Main"); a sentence end ("... in 2002. Seen with Dr. X", "from 4 West. Per
// Dr. X") is not a gap.
// A street named after a person keeps the person's dotted initials: "45/5 K.B. Fazlul Haque
// Road, Khulna", "12 M.G. Road" (two initials or more, as South Asian streets are named, seed
// 3535).
bool wordGap(const ScanInput& in, std::size_t a, std::size_t b) {
  const std::string_view gap = gapBetween(in, a, b);
  auto initial = [&](std::size_t k) { return in.tokens[k].length() == 1 && isUpper(in.text[in.tokens[k].start]); };
  if (gap == "." && initial(a) && initial(b) && b + 1 < in.tokens.size()) {
    const std::string_view after = gapBetween(in, b, b + 1);
    return after == "." || after == ". ";
  }
  if (gap == ". " && initial(a) && a > 0 && gapBetween(in, a - 1, a) == "." && initial(a - 1)) return true;
  return gap == " " || (gap == ". " && isDirection(in.tokens[a].lower) && in.tokens[a].length() <= 2);
}

// "City, ST" or "City ST" starting at token i: returns the last token of the state, or npos.
std::size_t cityStateAt(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  for (std::size_t words = 1; words <= 3 && i + words < tokens.size(); ++words) {
    const std::size_t last = i + words - 1;
    if (!tokens[last].properShape() || tokens[last].hasDigit) return std::string_view::npos;
    if (words > 1 && !isInlineSpace(gapBetween(in, last - 1, last), 1)) return std::string_view::npos;
    const std::string_view gap = gapBetween(in, last, last + 1);
    if (gap != ", " && gap != " " && gap != ",") continue;
    const std::size_t state = stateAt(in, last + 1);
    if (state != std::string_view::npos) return state;
  }
  return std::string_view::npos;
}

// A street type written short, whose dot is its own ("St.", "Ave.", "Blvd."), not a full word
// whose dot ends the sentence ("Road.", "Way.").
bool abbreviatedSuffix(const Token& t) {
  if (t.length() > 4 || t.lower == "way" || t.lower == "row" || t.lower == "run" || t.lower == "bay") return false;
  if (t.length() <= 3) return true;
  return t.lower.find_first_of("aeiou") == std::string::npos;  // "Blvd", "Pkwy"
}

// Only the line's end, or a ZIP code and then the line's end, after token k.
bool lineEndsAfter(const ScanInput& in, std::size_t k) {
  const std::string_view text = in.text;
  std::size_t end = in.tokens[k].end;
  if (end + 6 <= text.size() && text[end] == ' ' && digitRun(text, end + 1) == 5) end += 6;
  while (end < text.size() && text[end] == ' ') ++end;
  return end >= text.size() || text[end] == '\n' || text[end] == '\r';
}

// City and state after the street or box ending at token `last`, on the same line after a comma
// or on the next line: returns the last token of the state, or `last` when there is none.
std::size_t cityStateTail(const ScanInput& in, std::size_t last) {
  if (last + 1 >= in.tokens.size()) return last;
  const std::string_view gap = gapBetween(in, last, last + 1);
  if (!gapOnly(gap, " ,.\n\r\t", 6) || gap.empty()) return last;
  const std::size_t state = cityStateAt(in, last + 1);
  // A sentence ends at ". " unless the dot is a street type's and a comma sets the state off or
  // the line (or a ZIP) ends the address: "6894 LARKIN ST. BRISTOL, OR" and "964 EAST MAGNOLIA
  // AVE. NEW CANAAN MN\n" are one address; "7010 21ST WAY UNIT 7. GINTS IN THE HOME" and "6148
  // SPRUCE LN. FIROUZEH IN THE HOME" are no city and state.
  if (gap.find(". ") != std::string_view::npos && state != std::string_view::npos &&
      (in.tokens[last].hasDigit || !abbreviatedSuffix(in.tokens[last]) ||
       (gapBetween(in, state - 1, state).find(',') == std::string_view::npos && !lineEndsAfter(in, state)))) {
    return last;
  }
  return state != std::string_view::npos ? state : last;
}

// An address from token `first` to token `last`, one finding per line: a city line under the
// street is its own span, as is a unit on its own line ("9501 Orchard Rd" / "Unit 18" / "Hollis
// Bay, WA"). `suffixEnd` is the end of the street type at token `suffix`, with its abbreviation's
// dot ("St."); a dot that also ends the sentence, with nothing of the address after it, stays
// outside ("... at 8876 W Cherry Ct. Firouzeh in ..."). A line that starts with "#" keeps it.
void pushAddressLines(const ScanInput& in, std::size_t first, std::size_t last, std::size_t suffix,
                      std::size_t suffixEnd, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  auto lineStartByte = [&](std::size_t k) {
    return k != first && tokens[k].start > 0 && text[tokens[k].start - 1] == '#' ? tokens[k].start - 1
                                                                                 : tokens[k].start;
  };
  auto lineEnd = [&](std::size_t k) { return k == suffix ? suffixEnd : tokens[k].end; };
  std::size_t lineStart = first;
  for (std::size_t k = first; k < last; ++k) {
    if (gapBetween(in, k, k + 1).find('\n') != std::string_view::npos) {
      out.push_back({lineStartByte(lineStart), lineEnd(k), PhiCategory::Address, priority::kAddress});
      lineStart = k + 1;
    }
  }
  std::size_t end = lineEnd(last);
  if (last == suffix && end > tokens[last].end && end < text.size() && text[end] == ' ') end = tokens[last].end;
  out.push_back({lineStartByte(lineStart), end, PhiCategory::Address, priority::kAddress});
}

std::size_t townTail(const ScanInput& in, std::size_t last);
bool clauseGoesOn(const ScanInput& in, std::size_t k);
bool functionWord(std::string_view lower);
std::size_t townInAfterStreet(const ScanInput& in, std::size_t last, bool lowerCase, Candidates& out);
std::size_t lowerTownAfterStreet(const ScanInput& in, std::size_t k);

// A house number with a half after it, as lots split in two are numbered: "1931 1/2 Broad Trail".
// Returns the token of the "2", or i.
std::size_t halfNumberEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 2 < tokens.size() && tokens[i + 1].lower == "1" && tokens[i + 2].lower == "2" &&
      gapBetween(in, i, i + 1) == " " && gapBetween(in, i + 1, i + 2) == "/") {
    return i + 2;
  }
  return i;
}

std::size_t lowerCaseStreetAt(const ScanInput& in, std::size_t i, Candidates& out);

// A town's first word: an ordinary word only when it is a town prefix ("new canaan", "port ellis").
bool isNeverNameWordOrPrefix(const Token& t) {
  static constexpr std::array<std::string_view, 8> kPrefixes = {"new", "port", "fort", "mount",
                                                                "lake", "saint", "east", "west"};
  for (std::string_view p : kPrefixes) {
    if (t.lower == p) return false;
  }
  return isNeverNameWord(t);
}

std::size_t scanStreetAddress(const ScanInput& in, std::size_t i, Candidates& out) {
  const std::size_t lower = lowerCaseStreetAt(in, i, out);
  if (lower != i) return lower;
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const std::string_view text = in.text;
  const Token& number = tokens[i];
  if (!isHouseNumber(number)) return i;
  if (number.start > 0 && (text[number.start - 1] == '/' || text[number.start - 1] == '.' ||
                           text[number.start - 1] == '-' || text[number.start - 1] == ':')) {
    return i;
  }
  std::size_t j = halfNumberEnd(in, i) + 1;
  // A hyphenated house number, as Queens and Hawaii number lots: "186-9 Bluebonnet Boulevard".
  if (j == i + 1 && j + 1 < n && gapBetween(in, i, j) == "-" && tokens[j].allDigits && tokens[j].length() <= 3 &&
      number.allDigits) {
    ++j;
  }
  // A unit and its building's number, as Australian and New Zealand addresses join them: "8/38
  // Kurrajong Street", "14/185 KURRAJONG STREET" (a street type must still follow).
  if (j == i + 1 && j + 1 < n && gapBetween(in, i, j) == "/" && tokens[j].allDigits && tokens[j].length() <= 5 &&
      number.allDigits && number.length() <= 4) {
    ++j;
  }
  // A count of time is no house number: "REPEAT IN 7 YEARS PENDING PATH." in capitals.
  if (j < n && isTimeUnit(tokens[j].lower)) return i;
  const bool direction = j < n && isDirection(tokens[j].lower) && tokens[j].properShape() && wordGap(in, j - 1, j);
  if (direction) ++j;
  // Name words then a suffix; the suffix must follow at least one name word.
  std::size_t suffix = std::string_view::npos;
  bool ordinaryCaps = false;
  for (std::size_t words = 0; j < n && words <= 5; ++words, ++j) {
    if (!wordGap(in, j - 1, j)) break;
    const Token& w = tokens[j];
    if (words > 0 && isStreetType(w) && w.properShape()) {
      suffix = j;
      // A type word may name the street before its real type: "Quail Run Street", "Willow Bend
      // Court", "Hickory Hollow Lane".
      if (j + 1 < n && wordGap(in, j, j + 1) && tokens[j + 1].properShape() && isStreetType(tokens[j + 1]) &&
          (tokens[j + 1].allCaps == w.allCaps)) {
        suffix = j + 1;
      }
      break;
    }
    if (!(w.properShape() || isOrdinal(w))) break;
    // In ALL-CAPS text every word looks like a street name; ordinary note words count only
    // before a street type that is no ordinary word ("3600 PLEASANT VALLEY PKWY", "6599 PLEASANT
    // VALLEY AVENUE"; not "REPEAT IN 7 YEARS PENDING PATH").
    if (w.allCaps && isNeverNameWord(w) && !isDirection(w.lower)) {
      // A word of a sentence is none of a street's: "AGE 73 SHE HAD CT", "GRADE 3 ON THE CT".
      static constexpr std::array<std::string_view, 11> kSentenceWords = {
          "she", "he", "had", "has", "have", "her", "his", "we", "they", "presents", "presented"};
      if (functionWord(w.lower) || std::find(kSentenceWords.begin(), kSentenceWords.end(), w.lower) != kSentenceWords.end()) {
        break;
      }
      ordinaryCaps = true;
    }
  }
  if (suffix == std::string_view::npos) return i;
  // After a direction ("4547 E PLEASANT VALLEY PIKE") the shape is a street's whatever its type.
  if (ordinaryCaps && !direction) {
    // (Long types that no note writes after a count: "9757 BLUE HERON LANE", "5171 BLUE HERON
    // CROSSING", "4641 OLD MILL PIKE".)
    static constexpr std::array<std::string_view, 17> kPlainTypes = {
        "avenue",   "street", "boulevard", "parkway", "highway", "turnpike", "expressway", "freeway", "terrace",
        "lane",     "crossing", "pike",    "hollow",  "bend",    "spur",     "trail",      "circle"};
    const Token& type = tokens[suffix];
    const bool plain = std::find(kPlainTypes.begin(), kPlainTypes.end(), type.lower) != kPlainTypes.end();
    if (!plain && !abbreviatedSuffix(type)) return i;
    // "CT", "ST" and "DR" are also a scan, a saint and a doctor: only with the address going on
    // after a comma ("1155 PLEASANT VALLEY ST, FL 3").
    if ((type.lower == "ct" || type.lower == "st" || type.lower == "dr") &&
        !(type.end < text.size() && text[type.end] == ',')) {
      return i;
    }
  }
  std::size_t last = suffix;
  std::size_t end = tokens[suffix].end;
  // A suffix joined by a hyphen to a word is part of a name: "bed 12 Mr St-Arnaud".
  if (end + 1 < text.size() && text[end] == '-' && isAsciiAlpha(text[end + 1])) return i;
  if (end < text.size() && text[end] == '.' && abbreviatedSuffix(tokens[suffix])) ++end;  // "St."
  const std::size_t suffixEnd = end;
  if (last + 1 < n && isDirection(tokens[last + 1].lower) && tokens[last + 1].allCaps &&
      isInlineSpace(gapBetween(in, last, last + 1), 1)) {
    ++last;
    end = tokens[last].end;
  }
  // Unit: ", Apt 3B", " Suite 200", " #12", or on a line of its own under the street
  // ("9501 Orchard Rd\nUnit 18\nHollis Bay, WA"); a unit on its own line needs the city and
  // state after it, so a list item under an address ("#2 ...") is not taken.
  // A building and a flat in it come one after the other: "Bldg 4 Apt 2". "Space" is a unit only
  // before a number ("Space 19", not "space heater"), and so is "Flat" ("Flat 3", not "flat affect").
  auto unitAt = [&](std::size_t word) {
    return word + 1 < n && isUnitWord(tokens[word].lower) && gapOnly(gapBetween(in, word, word + 1), " .#", 3) &&
           tokens[word + 1].length() <= 6 &&
           ((tokens[word].lower != "space" && tokens[word].lower != "flat") || tokens[word + 1].hasDigit);
  };
  std::size_t unit = last;
  if (last + 2 < n && unitGap(gapBetween(in, last, last + 1)) && unitAt(last + 1)) {
    unit = last + 2;
    if (unit + 2 < n && gapBetween(in, unit, unit + 1) == " " && unitAt(unit + 1)) unit += 2;
  } else if (last + 1 < n && unitGap(gapBetween(in, last, last + 1), "#") &&
             gapBetween(in, last, last + 1).find('#') != std::string_view::npos && tokens[last + 1].hasDigit &&
             tokens[last + 1].length() <= 6) {
    unit = last + 1;
  }
  if (unit != last) {
    const bool ownLine = gapBetween(in, last, last + 1).find('\n') != std::string_view::npos;
    if (!ownLine || cityStateTail(in, unit) != unit) {
      last = unit;
      end = tokens[last].end;
    }
  }
  const std::size_t street = last;
  last = cityStateTail(in, last);
  if (last == street) last = townTail(in, last);
  const std::size_t pushed = out.size();
  pushAddressLines(in, i, last, suffix, suffixEnd, out);
  // Right after an address label the street outranks a reading of its house number as the
  // number of an identifier named on the label: "Address on license: 15391 Dogwood Lane, ...".
  const std::string_view label = sameLineBefore(text, number.start, 40);
  if (label.ends_with(": ")) {
    const std::size_t word = rfindWordCaseless(label, "address");
    if (word != std::string_view::npos && label.find_first_of("0123456789", word) == std::string_view::npos &&
        pushed < out.size()) {
      out[pushed].priority = priority::kKeywordId + 1;
    }
  }
  if (last == street) last = townInAfterStreet(in, last, false, out);
  return last;
}

// Words that never name a street nor a town, though written in lower case like one.
bool functionWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 26> kWords = {
      "the", "a",   "an",   "in",   "on",    "of",    "to",   "and",   "or",    "for",  "with", "at",  "by",
      "from", "is", "was",  "per",  "times", "days",  "pm",   "am",    "mg",    "ml",   "hours", "if", "but"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// Whether the house number at token i opens a speaker's answer to a question for an address on
// the line before: "agent: and your address?" / "caller: 42 baker street, london" (session of
// 2026-11-28, conversations).
bool answersAddressQuestion(const ScanInput& in, std::size_t i) {
  const std::string_view g = gapBetween(in, i - 1, i);
  if (g != ": " && g != " : ") return false;
  const std::string_view text = in.text;
  const std::string_view line = sameLineBefore(text, in.tokens[i].start, 48);
  const std::size_t lineStart = in.tokens[i].start - line.size();
  if (lineStart < 2 || text[lineStart - 1] != '\n' || std::count(line.begin(), line.end(), ' ') > 4) return false;
  std::string_view question = sameLineBefore(text, lineStart - 1, 80);
  while (!question.empty() && (question.back() == ' ' || question.back() == '\r')) question.remove_suffix(1);
  if (question.empty() || question.back() != '?') return false;
  question.remove_suffix(1);
  while (!question.empty() && question.back() == ' ') question.remove_suffix(1);
  if (question.size() < 7 || rfindWordCaseless(question, "address") != question.size() - 7) return false;
  // (The facility's own address is no PHI: "agent: the clinic address?".)
  question.remove_suffix(7);
  while (!question.empty() && question.back() == ' ') question.remove_suffix(1);
  static constexpr std::array<std::string_view, 10> kFacilities = {
      "clinic", "office", "hospital", "pharmacy", "practice", "lab", "surgery", "center", "centre", "clinic's"};
  for (std::string_view f : kFacilities) {
    if (question.size() >= f.size() && rfindWordCaseless(question, f) == question.size() - f.size()) return false;
  }
  return true;
}

// A street written all in lower case, as patients type in e-mails and text messages: "we live at
// 8057 cherry place, ashford if the nurse can come", "under the bridge by 4084 heron street",
// "by 9932 e. juniper place, suite 200". Only after "at", "by", "on" or "to" right before the
// house number, with a lower-case street type after one to four name words; a unit and a town
// in lower case may follow after a comma. Returns the last token, or i.
std::size_t lowerCaseStreetAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const std::string_view text = in.text;
  const Token& number = tokens[i];
  if (i == 0 || !isHouseNumber(number)) return i;
  const bool answered = gapBetween(in, i - 1, i) != " " && answersAddressQuestion(in, i);
  if (gapBetween(in, i - 1, i) != " " && !answered) return i;
  const Token& cue = tokens[i - 1];
  // ("confirmed address 123 elm st, lakeland, fl": the noun itself, in a pharmacy's call note.)
  // ("our address is 4410 turnstone ln., cobble ferry": the noun and its verb, in an e-mail.)
  const bool addressIs = isWord(cue, "is") && i >= 2 && isWord(tokens[i - 2], "address") &&
                         gapBetween(in, i - 2, i - 1) == " ";
  if (!(isWord(cue, "at") || isWord(cue, "by") || isWord(cue, "on") || isWord(cue, "to") || isWord(cue, "address") ||
        addressIs || answered)) {
    return i;
  }
  auto lowerWord = [&](const Token& w) {
    if (!w.hasLetter || w.allCaps) return false;
    for (std::size_t k = w.start; k < w.end; ++k) {
      if (isUpper(text[k])) return false;
    }
    return true;
  };
  std::size_t j = halfNumberEnd(in, i) + 1;
  if (j == i + 1 && j + 1 < n && gapBetween(in, i, j) == "-" && tokens[j].allDigits && tokens[j].length() <= 3 &&
      number.allDigits) {
    ++j;  // "397-5 ridgecrest ln"
  }
  std::size_t suffix = std::string_view::npos;
  for (std::size_t words = 0; j < n && words <= 4; ++words, ++j) {
    if (!wordGap(in, j - 1, j)) break;
    const Token& w = tokens[j];
    if (!lowerWord(w) && !isOrdinal(w)) break;
    if (words > 0 && isStreetType(w)) {
      suffix = j;
      if (j + 1 < n && wordGap(in, j, j + 1) && lowerWord(tokens[j + 1]) && isStreetType(tokens[j + 1])) {
        suffix = j + 1;  // "quail run street"
      }
      break;
    }
    if (functionWord(w.lower) || (w.hasDigit && !isOrdinal(w))) break;
  }
  if (suffix == std::string_view::npos) return i;
  std::size_t last = suffix;
  std::size_t end = tokens[suffix].end;
  if (end + 1 < text.size() && text[end] == '-' && isAsciiAlpha(text[end + 1])) return i;
  // "dr." before a word reads as a title too ("by 12 elm dr. ann ..."): the name scanner keeps
  // the dot's word, and the street ends at its type.
  // The abbreviation's dot stays inside when the address goes on after it (", fairhaven") or a
  // sentence's dot follows ("oak st.."); before a space or a line end it may end the sentence,
  // and "dr." before a word reads as a title too: the street ends at its type.
  if (end + 1 < text.size() && text[end] == '.' && abbreviatedSuffix(tokens[suffix]) &&
      (text[end + 1] == ',' || text[end + 1] == '.')) {
    ++end;
  }
  // A unit: ", suite 200", " apartment 5c", " #14".
  if (last + 2 < n && isUnitWord(tokens[last + 1].lower) && lowerWord(tokens[last + 1]) &&
      unitGap(gapBetween(in, last, last + 1)) && gapOnly(gapBetween(in, last + 1, last + 2), " .#", 3) &&
      (tokens[last + 2].hasDigit ||
       (tokens[last + 2].length() == 1 && (isWord(tokens[last + 1], "apt") || isWord(tokens[last + 1], "unit")))) &&
      tokens[last + 2].length() <= 6) {
    last += 2;
    end = tokens[last].end;
  } else if (last + 1 < n && (gapBetween(in, last, last + 1) == " #" || gapBetween(in, last, last + 1) == ", #") &&
             tokens[last + 1].hasDigit && tokens[last + 1].length() <= 6) {
    last += 1;
    end = tokens[last].end;
  }
  // A town in lower case after a comma, one or two words, the clause ending or going on in lower
  // case: ", ashford if the nurse", ", new canaan.".
  const std::string_view townGap = gapBetween(in, last, last + 1 < n ? last + 1 : last);
  if (last + 1 < n && (townGap == ", " || (townGap == "., " && end > tokens[last].end)) &&
      lowerWord(tokens[last + 1]) &&
      !tokens[last + 1].hasDigit && !functionWord(tokens[last + 1].lower) && !isNeverNameWordOrPrefix(tokens[last + 1])) {
    std::size_t town = last + 1;
    if (town + 1 < n && gapBetween(in, town, town + 1) == " " && lowerWord(tokens[town + 1]) &&
        !tokens[town + 1].hasDigit && !functionWord(tokens[town + 1].lower) && !isNeverNameWord(tokens[town + 1])) {
      ++town;
    }
    const std::size_t townEnd = tokens[town].end;
    const bool ends = townEnd >= text.size() || text[townEnd] == '.' || text[townEnd] == ',' ||
                      text[townEnd] == ';' || text[townEnd] == '\n' ||
                      (text[townEnd] == ' ' && town + 1 < n && functionWord(tokens[town + 1].lower)) ||
                      clauseGoesOn(in, town);  // ", tallis creek last week"
    if (ends) {
      last = town;
      end = townEnd;
      // Its state code in lower case before a ZIP or the clause's end: ", mercer flats, tn 47314".
      if (town + 1 < n && gapBetween(in, town, town + 1) == ", " && tokens[town + 1].length() == 2 &&
          lowerWord(tokens[town + 1]) && isStateCode(tokens[town + 1])) {
        const std::size_t stateEnd = tokens[town + 1].end;
        const bool zipAfter = town + 2 < n && gapBetween(in, town + 1, town + 2) == " " && tokens[town + 2].allDigits &&
                              tokens[town + 2].length() == 5;
        if (zipAfter || stateEnd >= text.size() || text[stateEnd] == '.' || text[stateEnd] == '\n') {
          last = town + 1;
          end = stateEnd;
        }
      }
    }
  }
  out.push_back({number.start, end, PhiCategory::Address, priority::kAddress});
  return townInAfterStreet(in, last, true, out);
}

// A department or company named right before a box, on its line or the line above, makes the
// box the organisation's mailing address, not a person's: "Appeals Unit\nPO Box 3300",
// "Claims Department, PO Box 14079".
bool organisationBefore(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == '\t')) --end;
  if (end > 0 && text[end - 1] == '\n') {
    --end;
    if (end > 0 && text[end - 1] == '\r') --end;
  }
  std::size_t start = end;
  while (start > 0 && isAsciiAlpha(text[start - 1])) --start;
  if (end - start < 3 || end - start > 12) return false;
  std::string word;
  for (std::size_t k = start; k < end; ++k) word.push_back(lowerAscii(text[k]));
  static constexpr std::array<std::string_view, 12> kOrganisations = {
      "unit", "department", "dept", "division", "office", "services", "center", "centre", "inc", "llc", "company",
      "corporation"};
  for (std::string_view o : kOrganisations) {
    if (word == o) return true;
  }
  return false;
}

// "P.O. Box 1234", "PO Box 77".
std::size_t scanPoBox(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  std::size_t j = i;
  // Texts write it in lower case ("im at my sons place on po box 83"): the box and its number
  // follow, so "po" is no route of a drug.
  if (tokens[i].lower == "po" && (tokens[i].allCaps || isLower(in.text[tokens[i].start]))) {
    j = i + 1;
  } else if (tokens[i].lower == "p" && i + 1 < tokens.size() && tokens[i + 1].lower == "o" &&
             gapOnly(gapBetween(in, i, i + 1), ". ", 2)) {
    j = i + 2;
  } else {
    return i;
  }
  // "P.O. Box N-7520, Nassau", "P.O. Box SS-6789", "P.O. Box F-42656, Freeport": a Bahamian box is
  // numbered after its post office's letters and a hyphen.
  if (j + 3 < tokens.size() && tokens[j].lower == "box" && gapOnly(gapBetween(in, j - 1, j), ". ", 3) &&
      tokens[j + 1].allCaps && !tokens[j + 1].hasDigit && tokens[j + 1].length() <= 2 &&
      isInlineSpace(gapBetween(in, j, j + 1), 2) && gapBetween(in, j + 1, j + 2) == "-" && tokens[j + 2].allDigits &&
      tokens[j + 2].length() >= 3 && tokens[j + 2].length() <= 5 && !organisationBefore(in.text, tokens[i].start)) {
    std::size_t last = j + 2;
    if (const std::size_t town = townTail(in, last); town != last) last = town;
    out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Address, priority::kPhone + 1});
    return last;
  }
  if (j + 1 >= tokens.size() || tokens[j].lower != "box" || !gapOnly(gapBetween(in, j - 1, j), ". ", 3) ||
      !tokens[j + 1].allDigits || !isInlineSpace(gapBetween(in, j, j + 1), 2)) {
    return i;
  }
  if (organisationBefore(in.text, tokens[i].start)) return i;
  // "P.O. Box 0546-90358, Kisumu": a Kenyan box is written with its post office's five-digit code
  // after a hyphen, and the town after a comma. The box outranks a phone's reading of its digits.
  if (j + 2 < tokens.size() && tokens[j + 1].length() <= 5 && gapBetween(in, j + 1, j + 2) == "-" &&
      tokens[j + 2].allDigits && tokens[j + 2].length() == 5) {
    std::size_t last = j + 2;
    if (const std::size_t town = townTail(in, last); town != last) last = town;
    out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Address, priority::kPhone + 1});
    return last;
  }
  // "PO Box 9129 Hollis Bay, PA": the town and state belong to the address as after a street.
  const std::size_t last = cityStateTail(in, j + 1);
  pushAddressLines(in, i, last, last, tokens[last].end, out);
  return last;
}

// A military mailing address, as the Postal Service has it for units abroad: the unit's line
// "PSC 12 Box 3456" (also "CMR 402 Box 15", "Unit 2050 Box 4190") and the post office's line "APO
// AE" (Army and Air Force; "FPO" the Navy's, "DPO" the State Department's; "AE", "AP", "AA" the
// region), each an address span of its line; the ZIP after the region is scanZipCodes'. "PSC" and
// "CMR" alone are no address (a practice's initials, a magnetic resonance code), so the box is
// required. Returns the last token, or i.
std::size_t militaryAddressAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& t = tokens[i];
  if ((isWord(t, "psc") || isWord(t, "cmr") || isWord(t, "unit")) && t.properShape() && i + 3 < n &&
      tokens[i + 1].allDigits && tokens[i + 1].length() <= 4 && isInlineSpace(gapBetween(in, i, i + 1), 1) &&
      isWord(tokens[i + 2], "box") && isInlineSpace(gapBetween(in, i + 1, i + 2), 2) && tokens[i + 3].allDigits &&
      tokens[i + 3].length() <= 5 && isInlineSpace(gapBetween(in, i + 2, i + 3), 1)) {
    out.push_back({t.start, tokens[i + 3].end, PhiCategory::Address, priority::kAddress});
    return i + 3;
  }
  if ((isWord(t, "apo") || isWord(t, "fpo") || isWord(t, "dpo")) && t.allCaps && i + 1 < n &&
      (isWord(tokens[i + 1], "ae") || isWord(tokens[i + 1], "ap") || isWord(tokens[i + 1], "aa")) &&
      tokens[i + 1].allCaps && isInlineSpace(gapBetween(in, i, i + 1), 1)) {
    out.push_back({t.start, tokens[i + 1].end, PhiCategory::Address, priority::kAddress});
    return i + 1;
  }
  return i;
}

// A rural address: "Rural Route 2 Box 40", "RR 2 Box 40", "HC 61 Box 214", "HCR 1 Box 5", "Star
// Route 3 Box 12", with its town and state after a comma as after a street. "RR" and "HC" are
// also a respiratory rate and a head circumference, so they need the box. Returns the last
// token, or i.
std::size_t ruralBoxAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  std::size_t number = i + 1;
  bool needsBox = true;
  if ((isWord(tokens[i], "rural") || isWord(tokens[i], "star")) && i + 2 < n && isWord(tokens[i + 1], "route") &&
      gapBetween(in, i, i + 1) == " " && tokens[i + 1].properShape()) {
    number = i + 2;
    needsBox = false;
  } else if (!((isWord(tokens[i], "rr") || isWord(tokens[i], "hc") || isWord(tokens[i], "hcr")) &&
               (tokens[i].allCaps || isLower(in.text[tokens[i].start])))) {
    return i;
  }
  if (number >= n || !tokens[number].allDigits || tokens[number].length() > 4 ||
      !isInlineSpace(gapBetween(in, number - 1, number), 1)) {
    return i;
  }
  std::size_t last = number;
  if (number + 2 < n && isWord(tokens[number + 1], "box") && gapOnly(gapBetween(in, number, number + 1), " ,", 2) &&
      tokens[number + 2].allDigits && tokens[number + 2].length() <= 5 &&
      isInlineSpace(gapBetween(in, number + 1, number + 2), 1)) {
    last = number + 2;
  } else if (needsBox) {
    return i;
  }
  last = cityStateTail(in, last);
  pushAddressLines(in, i, last, last, tokens[last].end, out);
  return last;
}

// A place on a road given by its mile marker, as ambulance and crash reports write it: "Mile 42
// Elliott Hwy", "MP 118 Parks Hwy", "Mile 114 Indian Route 12". Returns the last token, or i.
std::size_t mileMarkerAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& t = tokens[i];
  if (!(isWord(t, "mile") || isWord(t, "milepost") || (isWord(t, "mp") && t.allCaps)) || !t.properShape()) return i;
  if (i + 2 >= n || !tokens[i + 1].allDigits || tokens[i + 1].length() > 4 || gapBetween(in, i, i + 1) != " ") return i;
  std::size_t number = i + 1;
  // A tenth of a mile: "Mile 136.8 Steese Hwy".
  if (number + 2 < n && gapBetween(in, number, number + 1) == "." && tokens[number + 1].allDigits &&
      tokens[number + 1].length() <= 2) {
    ++number;
  }
  auto roadWord = [](const Token& w) {
    static constexpr std::array<std::string_view, 9> kRoads = {"route", "rte", "hwy", "highway", "road",
                                                               "rd",    "interstate", "pike", "freeway"};
    return std::find(kRoads.begin(), kRoads.end(), w.lower) != kRoads.end();
  };
  std::size_t j = number + 1;
  for (std::size_t words = 0; j < n && words <= 3; ++words, ++j) {
    if (gapBetween(in, j - 1, j) != " " || !tokens[j].properShape() || tokens[j].hasDigit) return i;
    if (roadWord(tokens[j])) break;
  }
  if (j >= n || !roadWord(tokens[j])) return i;
  std::size_t last = j;
  if (j + 1 < n && tokens[j + 1].allDigits && tokens[j + 1].length() <= 4 && gapBetween(in, j, j + 1) == " ") {
    last = j + 1;
  }
  out.push_back({t.start, tokens[last].end, PhiCategory::Address, priority::kAddress});
  return last;
}

// A mile marker on a road named by its letter and number, as rural and tribal roads are signed:
// "N-64 mile marker 41" (a Navajo route), "SR-9 mile marker 12.5", "I-80 milepost 210". The road, a
// hyphen, its number, then "mile marker" or "milepost" and the marker's number. Returns the last
// token, or i.
std::size_t roadMileMarkerAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& road = tokens[i];
  // Texts write the road in lower case ("at my mothers place on n-53 mile marker 84").
  const bool lower = road.hasLetter && isLower(in.text[road.start]) && isLower(in.text[road.end - 1]);
  if (road.hasDigit || !(road.allCaps || lower) || road.length() > 3 || i + 4 >= n || gapBetween(in, i, i + 1) != "-" ||
      !tokens[i + 1].allDigits || tokens[i + 1].length() > 3 || gapBetween(in, i + 1, i + 2) != " ") {
    return i;
  }
  std::size_t k = i + 2;
  if (isWord(tokens[k], "mile") && k + 2 < n && gapBetween(in, k, k + 1) == " " && isWord(tokens[k + 1], "marker")) {
    ++k;
  } else if (!isWord(tokens[k], "milepost")) {
    return i;
  }
  if (gapBetween(in, k, k + 1) != " " || !tokens[k + 1].allDigits || tokens[k + 1].length() > 4) return i;
  std::size_t last = k + 1;
  if (last + 1 < n && gapBetween(in, last, last + 1) == "." && tokens[last + 1].allDigits && tokens[last + 1].length() <= 2) {
    ++last;
  }
  out.push_back({road.start, tokens[last].end, PhiCategory::Address, priority::kAddress});
  return last;
}

// A town without its state after the street on the same line, ending the clause: "7448
// Chestnut Drive, Riverton;" is one address span. Returns the town's last token, or `last`.
std::size_t townTail(const ScanInput& in, std::size_t last) {
  if (last + 1 >= in.tokens.size()) return last;
  const std::string_view gap = gapBetween(in, last, last + 1);
  // After a street type's own dot too: "9738 Hawthorne Lincoln St., Dunmore".
  if (gap != ", " && !(gap == "., " && abbreviatedSuffix(in.tokens[last]) && !in.tokens[last].hasDigit)) return last;
  const std::size_t town = townAt(in, last + 1);
  if (town == std::string_view::npos || isUnitWord(in.tokens[last + 1].lower)) return last;
  // (A dash set off by spaces breaks the clause too: "from 873 Wellington Crescent, Yellowknife -
  // admitted 2024-03-27", seed 3535.)
  const std::size_t end = in.tokens[town].end;
  const std::string_view after = in.text.substr(end, std::min<std::size_t>(5, in.text.size() - end));
  const bool dash = after.starts_with(" - ") || after.starts_with(" \u2013 ") || after.starts_with(" \u2014 ");
  return clauseEnds(in, town) || clauseGoesOn(in, town) || dash ? town : last;
}

// A word of the sentence going on after a place, written in the place's case: "from 4519 Oak
// Ct, Lowell after a fall", "... ST, WARREN AFTER A FALL", "... trail in warren. call me".
bool clauseGoesOn(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  if (k + 1 >= tokens.size() || gapBetween(in, k, k + 1) != " ") return false;
  const Token& next = tokens[k + 1];
  static constexpr std::array<std::string_view, 15> kGoesOn = {"after", "before", "where", "when",  "with",
                                                               "for",   "since",  "until", "while", "and",
                                                               "but",   "to",     "on",    "via",   "last"};
  if (std::find(kGoesOn.begin(), kGoesOn.end(), next.lower) == kGoesOn.end()) return false;
  return isLower(in.text[next.start]) || (next.allCaps && tokens[k].allCaps);
}

// A town in lower case after a lower-case street and "in": one or two words, or "st." and a word,
// that are no function words ("in silver spring.", "in st. cloud.", "in paterson."). Returns the
// last token, or npos.
std::size_t lowerTownAfterStreet(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  auto lowerWord = [&](const Token& w) {
    if (!w.hasLetter || w.hasDigit || w.length() < 2 || functionWord(w.lower)) return false;
    for (std::size_t b = w.start; b < w.end; ++b) {
      if (isUpper(text[b])) return false;
    }
    return true;
  };
  if (k >= tokens.size() || !lowerWord(tokens[k])) return std::string_view::npos;
  if (k + 1 < tokens.size() && lowerWord(tokens[k + 1]) &&
      (gapBetween(in, k, k + 1) == " " || (tokens[k].lower == "st" && gapBetween(in, k, k + 1) == ". "))) {
    return k + 1;
  }
  return tokens[k].lower == "st" ? std::string_view::npos : k;
}

// "we live at 1931 1/2 broad trail in warren.", "AT 9544 NICOLLET HWY, APT 6C IN BEAVERTON.":
// the town after the street and "in", its own span, when the clause ends there or its state
// follows. Returns the last token of the town (or state), or `last`.
std::size_t townInAfterStreet(const ScanInput& in, std::size_t last, bool lowerCase, Candidates& out) {
  const auto& tokens = in.tokens;
  if (last + 2 >= tokens.size() || tokens[last + 1].lower != "in" || gapBetween(in, last, last + 1) != " " ||
      gapBetween(in, last + 1, last + 2) != " ") {
    return last;
  }
  std::size_t town = lowerCase ? lowerTownAfterStreet(in, last + 2) : townAt(in, last + 2);
  if (town == std::string_view::npos) return last;
  std::size_t end = town;
  if (const std::size_t state = stateAfterTown(in, town); state != std::string_view::npos && !lowerCase) {
    end = state;
  }
  if (!clauseEnds(in, end)) return last;
  out.push_back({tokens[last + 2].start, tokens[end].end, PhiCategory::Address, priority::kAddress});
  return end;
}

}  // namespace

void scanAddresses(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  // One pass over the tokens: streets, boxes, town phrases and city lines.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // The birth town after a date of birth's year ("b. October 16, 1950 Moose Jaw Tel.").
    if (t.allDigits && (t.length() == 4 || t.length() == 2)) {
      if (const std::size_t last = bornDateTownAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (t.hasDigit) {
      i = scanStreetAddress(in, i, out);
      continue;
    }
    const std::size_t length = t.end - t.start;
    if (const char head = lowerAscii(text[t.start]);
        (head == 'p' || head == 'c' || head == 'u' || head == 'a' || head == 'f' || head == 'd') && length <= 4) {
      if (const std::size_t last = militaryAddressAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    if (const std::size_t last = roadMileMarkerAt(in, i, out); last != i) {
      i = last;
      continue;
    }
    if (i > 2 && t.hasLetter && tokens[i - 1].end + 1 < t.start) {
      if (const std::size_t last = ageThenTownAt(in, i); last != std::string_view::npos) {
        out.push_back({t.start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (length == 2 && t.properShape() && isWord(t, "co")) {
      std::size_t last = i;
      if (const std::size_t first = irishCountyPlaceAt(in, i, last); first != std::string_view::npos) {
        out.push_back({tokens[first].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (t.properShape()) {
      if (const std::size_t last = placeDateTownAt(in, i); last != std::string_view::npos) {
        out.push_back({t.start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if ((length == 4 && isWord(t, "from")) || (length == 3 && isWord(t, "fra"))) {
      if (const std::size_t last = agedPersonOriginTownAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (length == 4 && isWord(t, "from")) {
      if (const std::size_t last = originBeforeAgeTownAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (length == 2 && isWord(t, "to")) {
      if (const std::size_t last = homeToTownWithAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (length == 7 && isWord(t, "unidade")) {
      if (const std::size_t last = healthUnitTownAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 2].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if ((length == 2 && isWord(t, "de")) || (length == 1 && isWord(t, "a"))) {
      if (const std::size_t last = residentOfTownAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if ((length == 2 && isWord(t, "in")) || (length == 1 && isWord(t, "a")) || t.lower == "\xc3\xa0") {
      if (const std::size_t last = birthPlaceTownAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (length == 2 && isWord(t, "de")) {
      if (const std::size_t last = ageOriginTownAt(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    // A rural box in a lower-case text: "same trailer at rr 7 box 474" (the box is required).
    if ((isWord(t, "rr") || isWord(t, "hc") || isWord(t, "hcr")) && isLower(text[t.start])) {
      if (const std::size_t last = ruralBoxAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    if (const char head = lowerAscii(text[t.start]); (head == 'r' || head == 'h' || head == 's' || head == 'm') &&
                                                     t.properShape() && length <= 8) {
      if (const std::size_t last = ruralBoxAt(in, i, out); last != i) {
        i = last;
        continue;
      }
      if (const std::size_t last = mileMarkerAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    // A city line follows a line break and a leader, or a "City:" label: a gap of two bytes or more.
    if (t.start - (i == 0 ? 0 : tokens[i - 1].end) >= 2) {
      if (const std::size_t last = leaderCityAt(in, i, out); last != i) {
        i = last;
        continue;
      }
      if (const std::size_t last = townStateZipAt(in, i, out); last != i) {
        i = last;
        continue;
      }
      if (const std::size_t last = cellTownStateAt(in, i, out); last != i) {
        i = last;
        continue;
      }
      if (const std::size_t last = tableCellTownAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    // A town and its state in parentheses: "Patient joined from home (Kingsport, TX);".
    if (t.start > 0 && text[t.start - 1] == '(') {
      if (const std::size_t last = parenTownAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    // A town and its state after a label of place: "Location confirmed: Westfield, NY"; a town
    // alone after a city or address label: "city=Eastbrook;", "Address: Bristol Mob:".
    // (French typography: "Ville : Rimouski".)
    if (i > 0 && (gapBetween(in, i - 1, i) == ": " || gapBetween(in, i - 1, i) == "=" ||
                  gapBetween(in, i - 1, i) == " : ")) {
      if (const std::size_t last = labelledTownAt(in, i, out); last != i) {
        i = last;
        continue;
      }
      if (const std::size_t last = labelOnlyTownAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    // "..., Oak Ridge, OH" closing an organisation's line.
    if (i > 0 && t.properShape() && gapBetween(in, i - 1, i) == ", ") {
      if (const std::size_t last = trailingTownStateAt(in, i, out); last != i) {
        i = last;
        continue;
      }
      if (const std::size_t last = shopTownAt(in, i, out); last != i) {
        i = last;
        continue;
      }
      if (const std::size_t last = doctorTownAt(in, i); last != std::string_view::npos) {
        out.push_back({t.start, in.tokens[last].end, PhiCategory::Address, priority::kAddress});
        i = last;
        continue;
      }
    }
    if (length <= 4 && (isWord(t, "from") || isWord(t, "to") || isWord(t, "of") || isWord(t, "home") ||
                        t.lower == "\xc3\xa0")) {
      if (const std::size_t last = travelTownAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    if (length == 6 && isWord(t, "police")) townPoliceAt(in, i, out);
    if (length == 4 && (isWord(t, "from") || isWord(t, "near"))) {
      i = townPhraseAt(in, i, out);
      continue;
    }
    // "in Clarkston, GA", "Tuba City, AZ" anywhere in running text.
    if (t.properShape()) {
      if (const std::size_t last = townCommaStateAt(in, i, out); last != i) {
        i = last;
        continue;
      }
    }
    if (length > 2) continue;
    const char first = lowerAscii(text[t.start]);
    if (first == 'p' && (isWord(t, "po") || isWord(t, "p"))) {
      i = scanPoBox(in, i, out);
    } else if (length == 2 && (first == 'i' || first == 'o' || first == 't' || first == 'e')) {
      i = townPhraseAt(in, i, out);
    }
  }
}

void scanZipCodes(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.allDigits || t.length() != 5) continue;
    std::size_t end = t.end;
    if (end + 5 <= text.size() && text[end] == '-' && digitRun(text, end + 1) == 4) end += 5;
    if (end < text.size() && (isWordByte(text[end]) || (text[end] == '-' && end + 1 < text.size() && isDigit(text[end + 1])))) {
      continue;
    }
    const std::string_view gap = gapBetween(in, i - 1, i);
    const Token& before = tokens[i - 1];
    bool cue = false;
    // A column gap too: "Hollis Bay, NC   84723".
    const bool credential = (before.lower == "md" || before.lower == "pa") && !zipEndsField(in, i);
    if (!gap.empty() && gap.size() <= (credential ? 2 : 4) && gapOnly(gap, " ,", 4)) {
      cue = (before.allCaps && before.length() == 2 && isStateCode(before)) ||
            (before.properShape() && isStateName(before));
      // Guam's "GU" is also genitourinary: only after a town and its comma ("Mangilao, GU 96923").
      if (cue && before.lower == "gu") {
        cue = i >= 3 && gapBetween(in, i - 2, i - 1) == ", " && tokens[i - 2].properShape() && !tokens[i - 2].hasDigit;
      }
    }
    int strength = priority::kZip;
    // "Fenmore, ID 70995" on a street's line: the state code "ID" reads as a label of the number
    // too, but a town before it and a house number before that make it Idaho's ZIP.
    // The street may be on the line above, in a letter's address block.
    if (cue && before.lower == "id" && i >= 3 && gapBetween(in, i - 2, i - 1) == ", " && tokens[i - 2].properShape()) {
      const std::size_t townStart = tokens[i - 2].start;
      std::size_t from = townStart;
      int breaks = 0;
      while (from > 0 && townStart - from < 120) {
        if (text[from - 1] == '\n' && ++breaks == 2) break;
        --from;
      }
      // A house number and a street type there ("2800 Tupelo Hollow Varney, ID"), not a name
      // and a badge ("interpreter (Khadra, ID 40917").
      bool number = false;
      bool type = false;
      for (std::size_t k = i - 2; k-- > 0 && tokens[k].start >= from;) {
        number = number || (isHouseNumber(tokens[k]) && tokens[k].allDigits);
        type = type || (isStreetType(tokens[k]) && tokens[k].properShape());
      }
      if (number && type) strength = priority::kKeywordId + 1;
    }
    // A ZIP+4 after a town, its comma and a state code: "Bucksport, ME 04463-0176". A New England
    // ZIP's leading zero makes it read as a national phone number; the town and the state say it
    // is none.
    if (cue && end > t.end && strength == priority::kZip && i >= 3 && before.allCaps && before.length() == 2 &&
        gapBetween(in, i - 2, i - 1) == ", " && tokens[i - 2].properShape() && !tokens[i - 2].hasDigit) {
      strength = priority::kPhone + 1;
    }
    // A state code in lower case, after a town and a comma, in a line typed in lower case: "123
    // elm st, lakeland, fl 31638-7329."
    if (!cue && !gap.empty() && gap == " " && before.length() == 2 && isLower(text[before.start]) &&
        isStateCode(before) && i >= 3 && gapBetween(in, i - 2, i - 1) == ", " && tokens[i - 2].hasLetter &&
        !tokens[i - 2].hasDigit && isLower(text[tokens[i - 2].start])) {
      cue = true;
    }
    // A military post office's ZIP after its region: "APO AE 09021", "FPO AP 96349".
    if (!cue && gap == " " && before.allCaps && (before.lower == "ae" || before.lower == "ap" || before.lower == "aa") &&
        i >= 2 && isInlineSpace(gapBetween(in, i - 2, i - 1), 1) &&
        (tokens[i - 2].lower == "apo" || tokens[i - 2].lower == "fpo" || tokens[i - 2].lower == "dpo")) {
      cue = true;
    }
    // A Mexican postal code after its label, wherever in the address: "Col. Del Valle, C.P. 55070,
    // Mérida" (the colonia may stand between the street and the code).
    if (!cue && i >= 2 && before.lower == "p" && (gap == ". " || gap == ".") && tokens[i - 2].lower == "c" &&
        gapBetween(in, i - 2, i - 1) == ".") {
      cue = true;
    }
    if (!cue) {
      // "ZIP: 60614", "zip code 60614", "postal code 60614".
      const std::string_view line = sameLineBefore(text, t.start, 16);
      cue = rfindWordCaseless(line, "zip") != std::string_view::npos ||
            rfindWordCaseless(line, "postal") != std::string_view::npos || zipTableCellCue(text, t.start, end);
    }
    if (!cue) {
      // The answer to a question for it in a transcript: "And the ZIP code at home? CALLER:
      // 80706." Only a speaker's label lies between the question mark and the number.
      // The question may close the line above: "AGENT: And the ZIP code at home?\nCALLER: 80706."
      std::string_view line = sameLineBefore(text, t.start, 48);
      const std::size_t lineStart = t.start - line.size();
      bool labelOnly = line.ends_with(": ") && line.size() <= 24;
      for (std::size_t k = 0; k + 2 < line.size() && labelOnly; ++k) labelOnly = isAsciiAlpha(line[k]) || line[k] == ' ';
      if (labelOnly && lineStart >= 2 && text[lineStart - 1] == '\n') {
        const std::string_view above = sameLineBefore(text, lineStart - 1, 60);
        cue = above.ends_with("?") && rfindWordCaseless(above, "zip") != std::string_view::npos;
      }
      const std::size_t zip = rfindWordCaseless(line, "zip");
      const std::size_t question = zip == std::string_view::npos ? zip : line.find('?', zip);
      if (!cue && question != std::string_view::npos && line.ends_with(": ")) {
        bool label = true;
        for (std::size_t k = question + 1; k + 2 < line.size() && label; ++k) {
          label = isAsciiAlpha(line[k]) || line[k] == ' ';
        }
        cue = label;
      }
    }
    if (cue) out.push_back({t.start, end, PhiCategory::Zip, strength});
  }
}

}  // namespace concord::phi::detail
