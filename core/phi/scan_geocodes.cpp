// Geocodes of where a person lives, as home-visit, community-health and ambulance records write
// them where there is no street to name: an Open Location Code ("plus code", "7FG8+QF",
// "6GCRMQRG+59", the short "QF2X+8R Kigali"), a what3words address ("///index.home.raft") and GPS
// coordinates ("-1.2921, 36.8219", "6.5244° N, 3.3792° E", "lat -13.9626, long 33.7741"). HIPAA
// counts geocodes among the geographic subdivisions smaller than a state.
// A plus code or a what3words address names a spot of a few metres and is read wherever it stands,
// unless the words before it on its line place a facility there (a clinic, a sample site, an
// outbreak's centroid); bare coordinates are numbers of many kinds and are read only after a cue
// of the home ("Home GPS:", "household coordinates", "pick-up location", "lives at"), and never
// after a facility's word.
// Look-alikes kept out by the forms themselves: lab values and doses with "+" ("Na+ 140", "5+5+5
// units", "CD4+ 350", "HER2+"), the letters of a plus code excluding vowels and most others; "///"
// inside a URL ("https:///"); decimals that are no pair of coordinates.
#include <array>
#include <initializer_list>

#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

// The twenty letters and digits of an Open Location Code.
bool isPlusCodeChar(char c) {
  switch (c) {
    case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
    case 'C': case 'F': case 'G': case 'H': case 'J': case 'M': case 'P': case 'Q':
    case 'R': case 'V': case 'W': case 'X':
      return true;
    default:
      return false;
  }
}

// Words of a person's home before a geocode: English, and the languages of the countries whose
// community-health and home-visit forms record one (Spanish, Portuguese, French, Swahili,
// Indonesian and Malay, Filipino, Hausa, Amharic in Latin letters).
constexpr auto kHomeCues = std::to_array<std::string_view>({
    "home", "house", "household", "hh gps", "residence", "residential", "domicile", "dwelling", "homestead",
    "compound", "lives", "living", "resides", "pick-up", "pickup", "pick up", "patient's location",
    "patient location", "where the patient",
    "domicilio", "vivienda", "hogar", "casa", "residencia", "resid\u00eancia", "morada", "moradia",
    "maison", "m\u00e9nage", "logement", "habitation", "habite", "nyumbani", "kaya", "boma", "rumah",
    "tempat tinggal", "bahay", "tahanan", "gida", "bet"});

// The geocode's own names, which place nothing by themselves: "Plus code: 7FG8+QF" reads as a home
// unless a facility's word comes first ("Clinic plus code: ...").
constexpr auto kCodeNames = std::to_array<std::string_view>({"plus code", "pluscode", "what3words", "w3w"});

// Words of a position, one of which bare coordinates need besides the home's cue ("Home GPS:",
// "household coordinates", "pick-up location"), so that "Home BP readings: 12.50, 13.25" is none.
constexpr auto kPositionWords = std::to_array<std::string_view>({
    "gps", "coordinates", "coordinate", "coords", "location", "lat", "latitude", "position", "geolocation",
    "geo", "waypoint", "pin", "coordonn\u00e9es", "coordenadas", "ubicaci\u00f3n", "ubicacion",
    "localiza\u00e7\u00e3o", "localizacao", "localisation", "lokasi", "koordinat", "kuratibu", "eneo"});

// Words of a place that is no one's home: a facility, a sample or trap site, an outbreak's centre.
constexpr auto kFacilityCues = std::to_array<std::string_view>({
    "clinic", "hospital", "facility", "health cent", "health post", "dispensary", "pharmacy", "site",
    "sample", "specimen", "outbreak", "centroid", "cluster", "lab", "school", "office", "station", "trap",
    "borehole", "water point", "well", "market", "mosque", "church", "depot", "warehouse", "cl\u00ednica",
    "centro de salud", "puesto de salud", "posto de sa\u00fade", "centre de sant\u00e9", "poste de sant\u00e9",
    "puskesmas", "posyandu", "kituo", "zahanati"});

// The words before `pos` on its line, or on the line before when the geocode opens its line
// ("Home GPS:\n-1.2921, 36.8219").
std::string_view wordsBefore(std::string_view text, std::size_t pos) {
  std::string_view before = sameLineBefore(text, pos, 90);
  bool blank = true;
  for (char c : before) blank = blank && (c == ' ' || c == '\t' || c == '-' || c == '*');
  const std::size_t lineStart = pos - before.size();
  if (blank && lineStart > 0) before = sameLineBefore(text, lineStart - 1, 90);
  return before;
}

// +1 when the words before a geocode name a home, -1 when they name a facility last, 0 otherwise.
int homeOrFacility(std::string_view text, std::size_t pos) {
  const std::string_view before = wordsBefore(text, pos);
  const std::size_t home = rfindAnyWordCaseless(before, kHomeCues);
  const std::size_t facility = rfindAnyWordCaseless(before, kFacilityCues);
  if (facility != std::string_view::npos && (home == std::string_view::npos || home < facility)) return -1;
  if (home != std::string_view::npos) return 1;
  if (rfindAnyWordCaseless(before, kCodeNames) != std::string_view::npos) return 1;
  // An address label names a home too ("Address: 7FG8+QF", "Dirección: ...").
  const std::size_t colon = before.find_last_of(':');
  if (colon != std::string_view::npos && endsWithAddressLabel(before.substr(0, colon))) return 1;
  return 0;
}

// The end of one or two capitalised words of a locality after a short plus code ("QF2X+8R
// Kigali", "CRMQ+RG, Nairobi"), or `end` when none follows.
std::size_t localityEnd(const ScanInput& in, std::size_t end) {
  const std::size_t k = firstTokenFrom(in.tokens, end);
  if (k >= in.tokens.size()) return end;
  const std::string_view gap = in.text.substr(end, in.tokens[k].start - end);
  if (gap != " " && gap != ", ") return end;
  const Token& t = in.tokens[k];
  if (!t.capitalised || t.hasDigit || t.length() < 3) return end;
  std::size_t last = k;
  if (k + 1 < in.tokens.size() && gapBetween(in, k, k + 1) == " " && in.tokens[k + 1].capitalised &&
      !in.tokens[k + 1].hasDigit) {
    last = k + 1;
  }
  return in.tokens[last].end;
}

// A plus code whose "+" is at `plus`: 8, 6, 4 or 2 code characters before it, 2 or 3 after.
// Returns the span's end (with a short code's locality), or 0; `start` receives its start.
std::size_t plusCodeAt(const ScanInput& in, std::size_t plus, std::size_t& start) {
  const std::string_view text = in.text;
  std::size_t before = 0;
  while (before < plus && before <= 8 && isPlusCodeChar(text[plus - 1 - before])) ++before;
  if (before != 8 && before != 6 && before != 4) return 0;
  start = plus - before;
  if (start > 0 && (isWordByte(text[start - 1]) || text[start - 1] == '+' || text[start - 1] == '/' ||
                    text[start - 1] == '-' || text[start - 1] == '.')) {
    return 0;
  }
  std::size_t after = 0;
  while (plus + 1 + after < text.size() && after <= 3 && isPlusCodeChar(text[plus + 1 + after])) ++after;
  if (after < 2 || after > 3) return 0;
  std::size_t end = plus + 1 + after;
  if (end < text.size() && (isWordByte(text[end]) || text[end] == '+' || text[end] == '/')) return 0;
  // A full code's first two characters hold the latitude's and longitude's first digits: the
  // latitude's is 2 to C, the longitude's 2 to V.
  if (before == 8) {
    const char lat = text[start];
    const char lng = text[start + 1];
    if (!(isDigit(lat) || lat == 'C') || lng == 'W' || lng == 'X') return 0;
  }
  bool digit = false;
  bool letter = false;
  for (std::size_t i = start; i < end; ++i) {
    digit = digit || isDigit(text[i]);
    letter = letter || isUpper(text[i]);
  }
  const int cue = homeOrFacility(text, start);
  if (cue < 0) return 0;
  // A full code with digits and letters is read wherever it stands; a short code wants its
  // locality after it or a home before it.
  const std::size_t withLocality = before < 8 ? localityEnd(in, end) : end;
  if (cue > 0) return withLocality;
  if (!digit || !letter) return 0;
  if (before == 8) return end;
  return withLocality > end ? withLocality : 0;
}

// A what3words address from `pos`: three words of letters joined by dots ("index.home.raft").
// Returns its end, or 0.
std::size_t threeWordsEnd(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  for (int word = 0; word < 3; ++word) {
    const std::size_t from = i;
    while (i < text.size() && (isLower(text[i]) || isNonAscii(text[i]))) ++i;
    if (i - from < 2) return 0;
    if (word < 2) {
      if (i >= text.size() || text[i] != '.') return 0;
      ++i;
    }
  }
  if (i < text.size() && (isWordByte(text[i]) || text[i] == '/' || text[i] == '@' ||
                          (text[i] == '.' && i + 1 < text.size() && isWordByte(text[i + 1])))) {
    return 0;
  }
  return i;
}

// A decimal degree from `pos`: an optional sign or hemisphere letter, 1 to 3 digits, a point and
// 2 to 8 digits, an optional degree sign and hemisphere letter, and no greater whole degrees than
// `maxWhole`. Returns its end, or 0.
std::size_t degreeEnd(std::string_view text, std::size_t pos, int maxWhole) {
  std::size_t i = pos;
  if (i < text.size() && (text[i] == '-' || text[i] == '+' || text[i] == '\xE2')) {
    // (The minus sign U+2212 as typeset.)
    if (text[i] == '\xE2') {
      if (text.substr(i, 3) != "\u2212") return 0;
      i += 2;
    }
    ++i;
  } else if (i < text.size() && (text[i] == 'N' || text[i] == 'S' || text[i] == 'E' || text[i] == 'W')) {
    ++i;
    if (i < text.size() && text[i] == ' ') ++i;
  }
  const std::size_t whole = digitRun(text, i);
  if (whole == 0 || whole > 3 || parseDigits(text, i, whole) > maxWhole) return 0;
  i += whole;
  if (i >= text.size() || text[i] != '.') return 0;
  const std::size_t fraction = digitRun(text, i + 1);
  if (fraction < 2 || fraction > 8) return 0;
  i += 1 + fraction;
  // (The degree sign, or the ordinal sign keyboards give for it: "9.0320º".)
  if (text.substr(i, 2) == "\u00b0" || text.substr(i, 2) == "\u00ba") i += 2;
  std::size_t j = i;
  if (j < text.size() && text[j] == ' ') ++j;
  if (j < text.size() && (text[j] == 'N' || text[j] == 'S' || text[j] == 'E' || text[j] == 'W') &&
      (j + 1 >= text.size() || !isWordByte(text[j + 1]))) {
    i = j + 1;
  }
  if (i < text.size() && (isAsciiAlpha(text[i]) || isDigit(text[i]))) return 0;
  return i;
}

// The gap between a latitude and its longitude: a comma, a semicolon, a slash or spaces, and
// the longitude's own label ("lat -13.9626, long 33.7741", "Lat: 9.03 Lon: 38.74").
std::size_t longitudeStart(std::string_view text, std::size_t end) {
  std::size_t i = end;
  std::size_t spent = 0;
  while (i < text.size() && spent < 4 && (text[i] == ',' || text[i] == ';' || text[i] == '/' || text[i] == ' ')) {
    ++i;
    ++spent;
  }
  if (spent == 0) return 0;
  for (std::string_view word : {"longitude", "long", "lng", "lon"}) {
    if (startsCaselessAt(text, i, word)) {
      i += word.size();
      while (i < text.size() && (text[i] == ':' || text[i] == '=' || text[i] == ' ')) ++i;
      break;
    }
  }
  return i;
}

// A degree in degrees, minutes and seconds from `pos`: "3°37'49.8\"S", "39°50′59.6″E", the
// hemisphere's letter closing it. Returns its end, or 0.
std::size_t dmsEnd(std::string_view text, std::size_t pos, int maxWhole) {
  std::size_t i = pos;
  const std::size_t whole = digitRun(text, i);
  if (whole == 0 || whole > 3 || parseDigits(text, i, whole) > maxWhole) return 0;
  i += whole;
  if (text.substr(i, 2) != "\u00b0") return 0;
  i += 2;
  auto mark = [&](std::initializer_list<std::string_view> marks) {
    for (std::string_view m : marks) {
      if (text.substr(i, m.size()) == m) {
        i += m.size();
        return true;
      }
    }
    return false;
  };
  const std::size_t minutes = digitRun(text, i);
  if (minutes == 0 || minutes > 2) return 0;
  i += minutes;
  if (!mark({"'", "\u2032", "\u2019"})) return 0;
  const std::size_t seconds = digitRun(text, i);
  if (seconds == 0 || seconds > 2) return 0;
  i += seconds;
  if (i < text.size() && text[i] == '.') i += 1 + digitRun(text, i + 1);
  if (!mark({"\"", "\u2033", "''", "\u201d"})) return 0;
  if (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || !(text[i] == 'N' || text[i] == 'S' || text[i] == 'E' || text[i] == 'W')) return 0;
  ++i;
  if (i < text.size() && isWordByte(text[i])) return 0;
  return i;
}

}  // namespace

void scanGeocodes(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  constexpr std::size_t npos = std::string_view::npos;
  // (Each form is found from its own byte by memchr, not by a test of every byte of the note.)
  // A plus code from its "+".
  for (std::size_t i = text.find('+', 4); i != npos && i + 2 < text.size(); i = text.find('+', i + 1)) {
    std::size_t start = 0;
    if (const std::size_t end = plusCodeAt(in, i, start)) {
      out.push_back({start, end, PhiCategory::Address, priority::kAddress});
      i = end - 1;
    }
  }
  // A what3words address from its "///", after a space, a bracket, a quote or the line's start.
  for (std::size_t i = text.find("///"); i != npos && i + 3 < text.size(); i = text.find("///", i + 3)) {
    if (i > 0 && !(text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '(' ||
                   text[i - 1] == '"')) {
      continue;
    }
    const std::size_t end = threeWordsEnd(text, i + 3);
    if (end != 0 && homeOrFacility(text, i) >= 0) {
      out.push_back({i, end, PhiCategory::Address, priority::kAddress});
      i = end - 3;
    }
  }
  // A what3words address after its name, without its slashes ("w3w: index.home.raft").
  for (std::size_t t = 0; t + 1 < in.tokens.size(); ++t) {
    const Token& name = in.tokens[t];
    // (Its first byte and length first: this is asked of every word.)
    const std::string_view word = name.lower;
    if (word.empty() || word[0] != 'w' || !(word == "w3w" || word == "what3words")) continue;
    std::size_t k = name.end;
    while (k < text.size() && k < name.end + 6 && (text[k] == ':' || text[k] == ' ' || text[k] == '-')) ++k;
    if (k >= text.size() || text[k] == '/') continue;
    const std::size_t end = threeWordsEnd(text, k);
    if (end != 0 && homeOrFacility(text, name.start) >= 0) out.push_back({k, end, PhiCategory::Address, priority::kAddress});
  }
  // Coordinates in degrees, minutes and seconds from the latitude's degree sign, after a home's cue
  // ("Home GPS: 3°37'49.8\"S 39°50'59.6\"E"); their hemisphere letters mark them as a position.
  for (std::size_t i = text.find("\u00b0"); i != npos; i = text.find("\u00b0", i + 2)) {
    std::size_t start = i;
    while (start > 0 && i - start < 3 && isDigit(text[start - 1])) --start;
    if (start == i || (start > 0 && (isWordByte(text[start - 1]) || text[start - 1] == '.'))) continue;
    const std::size_t latEnd = dmsEnd(text, start, 90);
    if (latEnd == 0) continue;
    std::size_t lng = latEnd;
    while (lng < text.size() && lng < latEnd + 3 && (text[lng] == ' ' || text[lng] == ',' || text[lng] == ';')) ++lng;
    const std::size_t lngEnd = lng > latEnd ? dmsEnd(text, lng, 180) : 0;
    if (lngEnd == 0) continue;
    if (homeOrFacility(text, start) > 0) out.push_back({start, lngEnd, PhiCategory::Address, priority::kAddress});
    i = lngEnd - 2;
  }
  // Coordinates from a decimal point with a digit before it and two after it.
  for (std::size_t i = text.find('.', 1); i != npos && i + 2 < text.size(); i = text.find('.', i + 1)) {
    if (!isDigit(text[i - 1]) || !isDigit(text[i + 1]) || !isDigit(text[i + 2])) continue;
    std::size_t start = i;
    while (start > 0 && isDigit(text[start - 1])) --start;
    if (start > 0 && (text[start - 1] == '-' || text[start - 1] == '+')) --start;
    else if (start >= 3 && text.substr(start - 3, 3) == "\u2212") start -= 3;
    else if (start >= 2 && text[start - 1] == ' ' &&
             (text[start - 2] == 'N' || text[start - 2] == 'S') && (start < 3 || !isWordByte(text[start - 3]))) {
      start -= 2;
    } else if (start >= 1 && (text[start - 1] == 'N' || text[start - 1] == 'S') &&
               (start < 2 || !isWordByte(text[start - 2]))) {
      start -= 1;
    }
    if (start > 0 && (isWordByte(text[start - 1]) || text[start - 1] == '.')) continue;
    const std::size_t latEnd = degreeEnd(text, start, 90);
    if (latEnd == 0) continue;
    const std::size_t lngStart = longitudeStart(text, latEnd);
    const std::size_t lngEnd = lngStart ? degreeEnd(text, lngStart, 180) : 0;
    if (lngEnd == 0 || (lngEnd < text.size() && text[lngEnd] == '.' && lngEnd + 1 < text.size() &&
                        isDigit(text[lngEnd + 1]))) {
      i = latEnd - 1;
      continue;
    }
    // (A pair of coordinates wants a word of a position before it, or marks of its own: a degree
    // sign, a hemisphere's letter, the longitude's label.)
    const std::string_view pair = text.substr(start, lngEnd - start);
    const bool marked = pair.find("\u00b0") != npos || pair.find("\u00ba") != npos || isAsciiAlpha(pair.back()) ||
                        isAsciiAlpha(pair.front()) || pair.find('l') != npos || pair.find('L') != npos;
    // (The position's word first: most pairs of decimals are lab values with none, and asking one
    // list keeps rfindAnyWordCaseless's index of it.)
    if ((marked || rfindAnyWordCaseless(wordsBefore(text, start), kPositionWords) != npos) &&
        homeOrFacility(text, start) > 0) {
      out.push_back({start, lngEnd, PhiCategory::Address, priority::kAddress});
    }
    i = lngEnd - 1;
  }
}

}  // namespace concord::phi::detail
