// Postcodes of the UK, Ireland, Canada, Australia, New Zealand and South Africa. Each is an
// address span (the evaluation scores a postcode inside a town line's span as that span). The
// alphanumeric ones have shapes no other number in a note has, so they count wherever they are:
//  - UK: outward code A9, A99, AA9, AA99, A9A or AA9A, a space, inward code 9AA ("SW1A 1AA",
//    "G12 8QQ"); the inward letters never include C, I, K, M, O or V;
//  - Irish Eircode: routing key A99 (or D6W), a space, four characters of the Eircode alphabet
//    with at least one letter ("D02 X285", "T12 K2YF");
//  - Canadian: A9A 9A9 with the letters Canada Post uses ("K1A 0B1"); never run together, as a
//    Glasgow Coma Scale "E4V5M6" is.
// The four-digit ones look like any number, so they need an address around them:
//  - Australian: after a state's code that agrees with the first digit ("Dubbo NSW 2830"), with
//    the town before it on the line;
//  - New Zealand and South African: last on a line after "Town " or "Town, ", on a line that holds
//    a street found already or right under one ("Rimu Street, Kelburn, Wellington 6012").
#include <array>
#include <span>

#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

bool oneOf(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

// "SW1A": one or two letters, one or two digits, or one or two letters, a digit and a letter.
bool ukOutwardCode(std::string_view v) {
  if (v.size() < 2 || v.size() > 4 || !isUpper(v[0]) || oneOf(v[0], "QVX")) return false;
  std::size_t k = 1;
  if (isUpper(v[k])) {
    if (oneOf(v[k], "IJZ")) return false;
    ++k;
  }
  if (k >= v.size() || !isDigit(v[k])) return false;
  ++k;
  if (k == v.size()) return true;
  if (k + 1 != v.size()) return false;
  return isDigit(v[k]) || isUpper(v[k]);
}

// "1AA": a digit and two letters of the inward alphabet.
bool ukInwardCode(std::string_view v) {
  static constexpr std::string_view kInward = "ABDEFGHJLNPQRSTUWXYZ";
  return v.size() == 3 && isDigit(v[0]) && oneOf(v[1], kInward) && oneOf(v[2], kInward);
}

// The UK's shape with any capitals: one or two letters, one or two digits or a digit and a
// letter; then a digit and two letters.
bool looseUkShape(std::string_view outward, std::string_view inward) {
  if (outward.size() < 2 || outward.size() > 4 || !isUpper(outward[0])) return false;
  std::size_t k = 1;
  if (isUpper(outward[k])) ++k;
  if (k >= outward.size() || !isDigit(outward[k])) return false;
  ++k;
  if (k < outward.size() && !(isDigit(outward[k]) || isUpper(outward[k]))) return false;
  if (k + 1 < outward.size()) return false;
  return inward.size() == 3 && isDigit(inward[0]) && isUpper(inward[1]) && isUpper(inward[2]);
}

constexpr std::string_view kEircodeLetters = "ACDEFHKNPRTVWXY";

bool eircodeRoutingKey(std::string_view v) {
  return v.size() == 3 && ((oneOf(v[0], kEircodeLetters) && isDigit(v[1]) && isDigit(v[2])) || v == "D6W");
}

bool eircodeUnique(std::string_view v) {
  if (v.size() != 4) return false;
  bool letter = false;
  for (char c : v) {
    if (!isDigit(c) && !oneOf(c, kEircodeLetters)) return false;
    letter = letter || !isDigit(c);
  }
  return letter;
}

// "K1A" and "0B1": letters of Canada Post's alphabet (never D, F, I, O, Q, U; W and Z not first).
bool canadianLetter(char c) { return isUpper(c) && !oneOf(c, "DFIOQU"); }
bool canadianForward(std::string_view v) {
  return v.size() == 3 && canadianLetter(v[0]) && !oneOf(v[0], "WZ") && isDigit(v[1]) && canadianLetter(v[2]);
}
bool canadianLocal(std::string_view v) {
  return v.size() == 3 && isDigit(v[0]) && canadianLetter(v[1]) && isDigit(v[2]);
}

// The Australian state or territory whose postcodes start with `digit` (Canberra's 2600-2620 and
// 2900-2920 are under ACT, Darwin's 08xx under NT).
bool australianStateFits(std::string_view state, std::string_view code) {
  const char d = code[0];
  if (state == "NSW") return d == '1' || d == '2';
  if (state == "ACT") return code.starts_with("02") || code.starts_with("26") || code.starts_with("29");
  if (state == "VIC") return d == '3' || d == '8';
  if (state == "QLD") return d == '4' || d == '9';
  if (state == "SA") return d == '5';
  if (state == "WA") return d == '6';
  if (state == "TAS") return d == '7';
  if (state == "NT") return code.starts_with("08");
  return false;
}

bool lineEndsAt(std::string_view text, std::size_t end) {
  std::size_t k = end;
  if (k < text.size() && (text[k] == '.' || text[k] == ';' || text[k] == ',')) ++k;
  while (k < text.size() && isSpaceOrTab(text[k])) ++k;
  return k == text.size() || text[k] == '\n' || text[k] == '\r';
}

std::size_t lineStartOf(std::string_view text, std::size_t pos) {
  const std::size_t newline = text.substr(0, pos).find_last_of('\n');
  return newline == std::string_view::npos ? 0 : newline + 1;
}

// An address found already on the line of `pos` before it, or on one of the three lines above
// (an address block: street, suburb, city, "6012").
bool addressAbove(std::string_view text, std::size_t pos, std::span<const Candidate> found) {
  std::size_t from = lineStartOf(text, pos);
  for (int up = 0; up < 3 && from > 0; ++up) from = lineStartOf(text, from - 1);
  for (const Candidate& c : found) {
    if (c.category == PhiCategory::Address && !c.veto && c.start >= from && c.start < pos) return true;
  }
  return false;
}

bool insideAddress(std::size_t pos, std::span<const Candidate> found) {
  for (const Candidate& c : found) {
    if (c.category == PhiCategory::Address && !c.veto && c.start <= pos && pos < c.end) return true;
  }
  return false;
}

// A word that can be part of a town's or suburb's name: shaped as a proper noun, no digit, not a
// month ("March 2024") and not a word that never names anything ("Room 1234").
bool townWord(const Token& t) {
  return t.properShape() && !t.hasDigit && monthNumber(t) == 0 && !(t.classes & WordClass::kNever);
}

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// The town words before a postcode at token i: going back over up to four town words (spaces or
// ", " between them) to the line's start or to a street found already on the line. Returns the
// first town word's token (i when the code is alone on its line), and whether the line's start
// was reached; kNone when something else comes first ("Warfarin dose, Weekly 1250").
std::size_t townLineStart(const ScanInput& in, std::size_t i, std::span<const Candidate> found, bool& lineStart,
                          std::size_t* streetStart = nullptr, int* streetPriority = nullptr) {
  std::size_t k = i;
  lineStart = true;
  while (k > 0) {
    const std::string_view gap = gapBetween(in, k - 1, k);
    if (gap.find('\n') != std::string_view::npos) return k;
    // A record's separators part fields read in their own places: the postcode of an HL7 address
    // "...^Port Elgin^^PE3 9QT^GBR" or of a pipe row is a value of its own, not the town's end.
    if (gap.find_first_of("^|") != std::string_view::npos) return kNone;
    const Token& w = in.tokens[k - 1];
    if (insideAddress(w.start, found)) {
      lineStart = false;
      if (streetStart != nullptr) {
        for (const Candidate& c : found) {
          if (c.category == PhiCategory::Address && !c.veto && c.start <= w.start && w.start < c.end) {
            *streetStart = c.start;
            if (streetPriority != nullptr) *streetPriority = c.priority;
          }
        }
      }
      return k;
    }
    if (!(gap == " " || gap == "  " || gap == ", ") || i - k >= 4 || !townWord(w)) return kNone;
    --k;
  }
  return k;
}

// The lines of an address block between a street found already and the postcode's line, each
// only town words ("Kelburn" / "WELLINGTON" / "6012"): each is an address span of its own.
void townLinesAbove(std::string_view text, std::size_t codeLine, std::span<const Candidate> found, Candidates& out) {
  std::size_t lineEnd = codeLine;
  std::size_t spans[2][2] = {};
  int count = 0;
  while (lineEnd > 0 && count <= 2) {
    const std::size_t from = lineStartOf(text, lineEnd - 1);
    const std::string_view line = text.substr(from, lineEnd - 1 - from);
    bool street = false;
    for (const Candidate& c : found) street = street || (c.category == PhiCategory::Address && c.start < lineEnd && c.end > from);
    if (street) {
      // (`found` may point into `out`: nothing of it is read after the first push.)
      for (int k = 0; k < count; ++k) out.push_back({spans[k][0], spans[k][1], PhiCategory::Address, priority::kAddress});
      return;
    }
    // Words shaped as proper nouns, with spaces, commas, hyphens and apostrophes between.
    const std::size_t first = line.find_first_not_of(" \t");
    const std::size_t last = line.find_last_not_of(" \t\r,");
    if (first == std::string_view::npos || line.size() > 60 || count == 2) return;
    bool wordStart = true;
    for (std::size_t k = first; k <= last; ++k) {
      const char c = line[k];
      if (c == ' ' || c == ',' || c == '-') {
        wordStart = true;
        continue;
      }
      if (isDigit(c) || c == ':' || c == '|' || c == '.' || (wordStart && isLower(c))) return;
      wordStart = false;
    }
    spans[count][0] = from + first;
    spans[count][1] = from + last + 1;
    ++count;
    lineEnd = from;
  }
}

// The first token of the town words right before token i on the same line: up to three words
// shaped as proper nouns, spaces only between them. Returns i when there are none.
std::size_t townWordsBefore(const ScanInput& in, std::size_t i, std::string_view lastGap) {
  if (i == 0) return i;
  const std::string_view gap = gapBetween(in, i - 1, i);
  if (gap != lastGap && !(lastGap == " " && gap == "  ")) return i;
  std::size_t first = i;
  while (first > 0 && i - first < 3) {
    const Token& t = in.tokens[first - 1];
    if (!t.properShape() || t.hasDigit) break;
    const std::string_view between = gapBetween(in, first - 1, first);
    if (first != i && !isInlineSpace(between, 1)) break;
    --first;
  }
  return first;
}

// A postcode after its label: "Postcode: 6012", "Post code 0181", "Postal code: 8001".
bool postcodeLabelBefore(const ScanInput& in, std::size_t i) {
  if (i == 0) return false;
  const std::string_view gap = gapBetween(in, i - 1, i);
  if (gap != " " && gap != ": " && gap != ":" && gap != "  ") return false;
  const Token& w = in.tokens[i - 1];
  if (w.lower == "postcode" || w.lower == "eircode") return true;
  return w.lower == "code" && i >= 2 && gapBetween(in, i - 2, i - 1) == " " &&
         (in.tokens[i - 2].lower == "post" || in.tokens[i - 2].lower == "postal");
}

}  // namespace

void scanCommonwealthPostcodes(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t n = tokens.size();
  const std::size_t before = out.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    // Cheap tests first: every form has a digit and is short.
    if (!t.hasDigit || t.length() > 6) continue;
    const std::string_view v = text.substr(t.start, t.length());
    if (i + 1 < n && t.hasLetter && gapBetween(in, i, i + 1) == " ") {
      const std::string_view w = text.substr(tokens[i + 1].start, tokens[i + 1].length());
      const bool ends = tokens[i + 1].end == text.size() || !isWordByte(text[tokens[i + 1].end]);
      if (ends && ((ukOutwardCode(v) && ukInwardCode(w)) || (eircodeRoutingKey(v) && eircodeUnique(w)) ||
                   (canadianForward(v) && canadianLocal(w)))) {
        // In a block the town may share the code's line ("HOLLINSGATE CF17 2GQ") or have lines
        // of its own between the street and the code.
        const std::span<const Candidate> found(out.data(), before);
        bool lineStart = false;
        std::size_t street = kNone;
        int strength = priority::kAddress;
        const std::size_t first = townLineStart(in, i, found, lineStart, &street, &strength);
        const bool block = first != kNone && lineStart && addressAbove(text, t.start, found);
        // After a street on the same line the town and the code close the street's span: "99
        // Marshmallow Close, Birchcroft BL14 6SL" is one address line, as strong as the street
        // (which an address label may have raised).
        const std::size_t start = block ? tokens[first].start : (first != kNone && street != kNone ? street : t.start);
        out.push_back({start, tokens[i + 1].end, PhiCategory::Address, start == street ? strength : priority::kAddress});
        // (The code alone too, kept should something stronger between them take the long span.)
        if (start != t.start && !block) out.push_back({t.start, tokens[i + 1].end, PhiCategory::Address, priority::kAddress});
        if (block) townLinesAbove(text, lineStartOf(text, t.start), std::span<const Candidate>(out.data(), before), out);
        ++i;
        continue;
      }
      // Right after a street and its town on the same line, a code of the UK's shape with letters
      // the Royal Mail does not issue is still the line's postcode (a typing slip or a made-up
      // test address, but no other number ends a street's line so): "7 Chickadee Close,
      // Otterbourne Mills VY2 8VC".
      if (ends && looseUkShape(v, w)) {
        const std::span<const Candidate> found(out.data(), before);
        bool lineStart = false;
        std::size_t street = kNone;
        int strength = priority::kAddress;
        const std::size_t first = townLineStart(in, i, found, lineStart, &street, &strength);
        if (first != kNone && !lineStart && street != kNone && first < i) {
          out.push_back({street, tokens[i + 1].end, PhiCategory::Address, strength});
          out.push_back({tokens[first].start, tokens[i + 1].end, PhiCategory::Address, priority::kAddress});
          ++i;
          continue;
        }
      }
    }
    if (!t.allDigits || t.length() != 4 || i == 0) continue;
    if (i + 1 < n && tokens[i + 1].start == t.end + 1 && (text[t.end] == '-' || text[t.end] == '/')) continue;
    if (t.start > 0 && (text[t.start - 1] == '-' || text[t.start - 1] == '/' || text[t.start - 1] == '.')) continue;
    const std::span<const Candidate> found(out.data(), before);
    if (postcodeLabelBefore(in, i)) {
      out.push_back({t.start, t.end, PhiCategory::Address, priority::kAddress});
      continue;
    }
    // Australian: "Town NSW 2830", "TOWN  VIC  3550".
    const Token& prev = tokens[i - 1];
    if (prev.allCaps && prev.length() <= 3 && isInlineSpace(gapBetween(in, i - 1, i), 2) &&
        australianStateFits(text.substr(prev.start, prev.length()), v)) {
      const std::size_t first = townWordsBefore(in, i - 1, " ");
      if (first < i - 1) {
        out.push_back({tokens[first].start, t.end, PhiCategory::Address, priority::kAddress});
        continue;
      }
    }
    // New Zealand and South African: "Kelburn, Wellington 6012", "Sea Point, Cape Town, 8005"
    // ending the line, after a street on the line or under one in a block.
    if (!lineEndsAt(text, t.end)) continue;
    bool lineStart = false;
    const std::size_t first = townLineStart(in, i, found, lineStart);
    if (first == kNone) continue;
    if (!lineStart) {
      out.push_back({t.start, t.end, PhiCategory::Address, priority::kAddress});
      continue;
    }
    if (!addressAbove(text, t.start, found)) continue;
    out.push_back({tokens[first].start, t.end, PhiCategory::Address, priority::kAddress});
    townLinesAbove(text, lineStartOf(text, t.start), std::span<const Candidate>(out.data(), before), out);
  }
}

}  // namespace concord::phi::detail
