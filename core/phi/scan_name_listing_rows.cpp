// Names in the rows of fixed-width listings and on index cards, where no label stands before them
// (seed 3838: mainframe extracts, microfiche indexes and typed index cards of migrated records):
//   - a listing row opens with the record number, then the name in capitals, then the birth date
//     ("85175872  PATEL/CLIVE             28/04/86  RECORDS LIBRARY", "RPM-513756 BAKKER
//     PIETER        19-07-1926  DEVENTER", "21036630  BONNET FRANÇOISE          18.03.23",
//     "AB4271170 WASHINGTON, TERRENCE 09/05/38  M   38807");
//   - an index card's first line is the name written "SURNAME, Given" and then a wide gap before
//     the card's next field ("WASHINGTON, Brenda          Chart # RPM-889060", "CHOW, Shirley
//     b. January 24, 1934");
//   - a British envelope's or card's "Forenames:" box beside its "Surname:" ("Surname: CARTWRIGHT
//     Forenames: Lorraine"); the label is read here, with its colon, and not among the name cues,
//     whose label words also end names before them ("SURNAME MOGAPI\nFORENAMES LORATO").
// The word rules see no cue in either. The words must read as a name (nameWords), so that a
// listing's other capitals ("12345678  CHEST XRAY  12/03/20") stay unflagged.
#include <string>
#include <string_view>

#include "name_tables.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

std::size_t skipSpaces(std::string_view line, std::size_t k) {
  while (k < line.size() && isSpace(line[k])) ++k;
  return k;
}

// A record number opening a row: capitals, digits and dashes, five digits at least ("85175872",
// "RPM-513756", "UHID1194655049", "66-3429-35"). Returns its end, or 0.
std::size_t recordNumberEnd(std::string_view line, std::size_t k) {
  std::size_t digits = 0, e = k;
  while (e < line.size() && (isUpper(line[e]) || isDigit(line[e]) || line[e] == '-')) digits += isDigit(line[e++]);
  return digits >= 5 && e - k <= 16 && (e == line.size() || isSpace(line[e])) ? e : 0;
}

// A birth date written in digits: "28/04/86", "19-07-1926", "18.03.23", "1926-07-19".
bool digitDateAt(std::string_view line, std::size_t k) {
  std::size_t groups = 0, e = k;
  char separator = 0;
  while (e < line.size()) {
    std::size_t d = e;
    while (d < line.size() && isDigit(line[d])) ++d;
    if (d == e || d - e > 4) return false;
    ++groups;
    e = d;
    if (e < line.size() && (line[e] == '/' || line[e] == '-' || line[e] == '.') && groups < 3) {
      if (separator != 0 && line[e] != separator) return false;
      separator = line[e++];
      continue;
    }
    break;
  }
  return groups == 3 && (e == line.size() || isSpace(line[e]));
}

// A word of a name in capitals from `k` (non-ASCII letters inside: "FRANÇOISE"). Returns its end.
std::size_t capitalWordEnd(std::string_view line, std::size_t k) {
  if (k >= line.size() || !isUpper(line[k])) return k;
  std::size_t e = k;
  while (e < line.size() && (isUpper(line[e]) || isNonAscii(line[e]) || line[e] == '\'' ||
                             (line[e] == '-' && e + 1 < line.size() && isUpper(line[e + 1])))) {
    ++e;
  }
  return e;
}

// A given name written with its first letter in capitals: "Brenda", "Shirley".
std::size_t titleWordEnd(std::string_view line, std::size_t k) {
  if (k >= line.size() || !isUpper(line[k])) return k;
  std::size_t e = k + 1;
  while (e < line.size() && (isLower(line[e]) || isNonAscii(line[e]))) ++e;
  return e - k >= 2 ? e : k;
}

// Lower case, with the capitals of Latin-1 in UTF-8 too ("FRANÇOISE" -> "françoise").
std::string lowered(std::string_view w) {
  std::string s(w);
  for (std::size_t k = 0; k < s.size(); ++k) {
    s[k] = lowerAscii(s[k]);
    const auto next = k + 1 < s.size() ? static_cast<unsigned char>(s[k + 1]) : 0;
    if (static_cast<unsigned char>(s[k]) == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      s[k + 1] = static_cast<char>(next + 0x20);
      ++k;
    }
  }
  return s;
}

constexpr WordClassBits kNameLists = WordClass::kGiven | WordClass::kFamily | WordClass::kLexicon;
constexpr WordClassBits kNoNameWords = WordClass::kNever | WordClass::kTitle | WordClass::kCredential;

// What the words of a row's name are: how many are on the name lists (given and family names and
// the wide lexicon: "PATEL", "CLIVE"), how many are ordinary words on none ("BONNET", "CHEST"),
// and whether one is a heading, a title or a credential, which no name holds ("RECORDS", "DR").
struct NameWords {
  int listed = 0;
  int ordinary = 0;
  bool given = false;
  bool noName = false;
};

void weigh(std::string_view w, NameWords& words) {
  const WordClassBits classes = wordClasses(lowered(w));
  words.noName = words.noName || (classes & kNoNameWords) != 0;
  if (classes & kNameLists) {
    ++words.listed;
    words.given = words.given || (classes & WordClass::kGiven) != 0;
  } else if (!(classes & WordClass::kParticle) &&
             (classes & (WordClass::kEnglish | WordClass::kStateName | WordClass::kStreetSuffix))) {
    ++words.ordinary;
  }
}

// Whether the words read as a person's name: none a heading; an ordinary word only beside a listed
// given name ("BONNET FRANÇOISE"); words on no list at all only when the row parts the family name
// from the given names ("FARAG, MOSTAFA", "DE VRIES       HENK").
bool nameWords(const NameWords& words, bool parted) {
  if (words.noName) return false;
  if (words.ordinary > 0) return words.given && words.listed > 0;
  return words.listed > 0 || parted;
}

void push(Candidates& out, std::size_t base, std::size_t from, std::size_t to) {
  if (to > from) out.push_back({base + from, base + to, PhiCategory::Name, priority::kName});
}

// The name between a row's record number and its birth date, [from, to) of the line.
void listingRowName(std::string_view line, std::size_t base, std::size_t from, std::size_t to, Candidates& out) {
  std::size_t words = 0, k = from, split = 0;
  NameWords found;
  bool comma = false;
  while (k < to) {
    const std::size_t e = capitalWordEnd(line, k);
    if (e == k || e - k < 2) return;
    ++words;
    weigh(line.substr(k, e - k), found);
    k = e;
    if (k == to) break;
    if (line[k] == '/' || (line[k] == ',' && k + 1 < to && line[k + 1] == ' ')) {
      if (split != 0) return;
      comma = line[k] == ',';
      split = k;
      k += comma ? 2 : 1;
      continue;
    }
    const std::size_t next = skipSpaces(line, k);
    if (next == k) return;
    if (next - k >= 2) {
      if (split != 0) return;
      split = k;
    }
    k = next;
  }
  if (words < 2 || words > 5 || !nameWords(found, split != 0)) return;
  // The family name and the given names are two spans when a column's gap parts them ("PATEL/CLIVE"
  // and "FARAG, MOSTAFA" stay one, so that the name model weighs the two words together).
  if (split != 0 && !comma && line[split] != '/') {
    push(out, base, from, split);
    push(out, base, skipSpaces(line, split), to);
  } else {
    push(out, base, from, to);
  }
}

void listingRow(std::string_view line, std::size_t base, Candidates& out) {
  const std::size_t start = skipSpaces(line, 0);
  const std::size_t numberEnd = recordNumberEnd(line, start);
  if (numberEnd == 0 || numberEnd == line.size()) return;
  const std::size_t nameStart = skipSpaces(line, numberEnd);
  if (nameStart >= line.size() || !isUpper(line[nameStart])) return;
  // The date is the first field that opens with a digit after the name.
  std::size_t k = nameStart;
  while (k < line.size() && !(isDigit(line[k]) && isSpace(line[k - 1]))) ++k;
  if (k == line.size() || !digitDateAt(line, k)) return;
  std::size_t nameEnd = k;
  while (nameEnd > nameStart && isSpace(line[nameEnd - 1])) --nameEnd;
  listingRowName(line, base, nameStart, nameEnd, out);
}

// "WASHINGTON, Brenda          Chart # ...": a card's name line, the given name listed.
void indexCardName(std::string_view line, std::size_t base, Candidates& out) {
  const std::size_t family = capitalWordEnd(line, 0);
  if (family < 2 || family + 2 >= line.size() || line[family] != ',' || line[family + 1] != ' ') return;
  const std::size_t given = titleWordEnd(line, family + 2);
  if (given == family + 2) return;
  if (!(given == line.size() || (given + 1 < line.size() && isSpace(line[given]) && isSpace(line[given + 1])))) return;
  if (!isCommonGivenName(lowered(line.substr(family + 2, given - family - 2)))) return;
  push(out, base, 0, family);
  push(out, base, family + 2, given);
}

// "Forenames: Lorraine", "FORENAMES: MARY ANN": up to three words after the label, to the line's
// end or a gap of two spaces.
void forenamesBox(std::string_view line, std::size_t base, Candidates& out) {
  std::size_t at = 0;
  while ((at = line.find(':', at)) != std::string_view::npos) {
    const std::size_t colon = at++;
    std::size_t head = colon;
    while (head > 0 && isAsciiAlpha(line[head - 1])) --head;
    const std::string label = lowered(line.substr(head, colon - head));
    if (label != "forenames" && label != "forename") continue;
    const std::size_t from = skipSpaces(line, colon + 1);
    std::size_t k = from, end = from;
    for (int words = 0; words < 3; ++words) {
      std::size_t e = titleWordEnd(line, k);
      if (e == k) e = capitalWordEnd(line, k);
      if (e - k < 2) break;
      // (Not the next field's label on the same line: "Forenames: Lorraine Date of birth: ...".)
      NameWords word;
      weigh(line.substr(k, e - k), word);
      if (words > 0 && (word.noName || word.ordinary > 0)) break;
      end = e;
      if (!(e + 1 < line.size() && line[e] == ' ' && isUpper(line[e + 1]))) break;
      k = e + 1;
    }
    if (end > from && (end == line.size() || isSpace(line[end]))) push(out, base, from, end);
  }
}

}  // namespace

void scanListingRowNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t lineStart = 0; lineStart < text.size();) {
    std::size_t lineEnd = text.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    std::string_view line = text.substr(lineStart, lineEnd - lineStart);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && isUpper(line[0])) indexCardName(line, lineStart, out);
    if (line.find(':') != std::string_view::npos) forenamesBox(line, lineStart, out);
    if (!line.empty() && (isDigit(line[0]) || isUpper(line[0]) || isSpace(line[0]))) listingRow(line, lineStart, out);
    lineStart = lineEnd + 1;
  }
}

}  // namespace concord::phi::detail
