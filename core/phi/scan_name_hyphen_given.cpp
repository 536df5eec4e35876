// Hong Kong and Macau write the two syllables of a given name joined by a hyphen after the family
// name in running text ("Chan Wing-sze", "WINNIE HO KA-YAN", "kenneth cheung siu-ming"); the word
// rules stop at the family name or take only a syllable. A found name whose last word is a listed
// family name takes a hyphenated pair of short syllables right after it, in the same case, and a
// found name that stops at the first syllable of such a pair takes the second ("PETER LEE TAI" +
// "-MAN"). Ordinary hyphenated words are no pair ("Chan follow-up", "Lee check-up").
#include <string>
#include <string_view>

#include "name_tables.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool letterAt(std::string_view text, std::size_t b) { return b < text.size() && isAsciiAlpha(text[b]); }

std::size_t asciiWordEnd(std::string_view text, std::size_t b) {
  while (letterAt(text, b)) ++b;
  return b;
}

std::string lowerCopyOf(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = lowerAscii(c);
  return s;
}

// A syllable of two to five letters from `b`: "Ka", "YAN", "sze". Returns its end, or `b`.
std::size_t syllableEnd(std::string_view text, std::size_t b) {
  const std::size_t e = asciiWordEnd(text, b);
  return e - b >= 2 && e - b <= 5 ? e : b;
}

// The same case shape as the name: "Wing-sze" after "Chan", "KA-YAN" in capitals, "siu-ming" in
// lower case.
bool caseFits(std::string_view pair, bool capitals, bool lower) {
  bool upperSeen = false, lowerSeen = false;
  for (char c : pair.substr(1)) {
    upperSeen = upperSeen || isUpper(c);
    lowerSeen = lowerSeen || isLower(c);
  }
  if (capitals) return isUpper(pair[0]) && !lowerSeen;
  if (lower) return isLower(pair[0]) && !upperSeen;
  return isUpper(pair[0]) && !upperSeen;
}

// Family names of Hong Kong and Macau, in their Cantonese spellings; some are English words or too
// short for the family-name tables ("Ho", "Lau", "Law", "So", "Ma").
bool cantoneseFamilyName(std::string_view lower) {
  static constexpr std::string_view kNames[] = {
      "chan", "wong", "lee", "cheung", "lau", "ho", "leung", "lam", "chow", "ng", "tsang", "yip", "tang", "kwok",
      "fung", "mak", "yeung", "law", "lo", "cheng", "siu", "tse", "tam", "chu", "choi", "kwan", "lai", "li",
      "chiu", "ma", "hui", "wu", "au", "yuen", "ko", "lui", "poon", "yau", "mok", "tsui", "fong", "so", "chung",
      "liu", "tai", "tong", "kong", "hung", "ip", "pang", "shek", "sze", "to", "wan", "yim", "tung"};
  return listHas(kNames, lower) || isCommonFamilyName(lower);
}

bool ordinaryHyphenWord(std::string_view lowerPair) {
  return listHas({"follow-up", "x-ray", "check-up", "walk-in", "drop-in", "in-law", "co-op", "re-do", "set-up",
                  "pick-up", "top-up", "log-in", "sign-in", "on-call", "day-care", "post-op", "pre-op", "non-hdl",
                  "see-saw", "so-so", "bye-bye", "ok-ok"},
                 lowerPair);
}

}  // namespace

void widenHyphenatedGivenNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  if (text.find('-') == std::string_view::npos) return;
  const std::size_t found = out.size();
  for (std::size_t n = 0; n < found; ++n) {
    const Candidate c = out[n];
    if (c.category != PhiCategory::Name || c.veto || c.end >= text.size() || c.end <= c.start) continue;
    // The last word of the found name.
    std::size_t lastStart = c.end;
    while (lastStart > c.start && letterAt(text, lastStart - 1)) --lastStart;
    if (lastStart == c.end) continue;
    const std::string_view last = text.substr(lastStart, c.end - lastStart);
    bool capitals = true, lower = true;
    for (std::size_t k = c.start; k < c.end; ++k) {
      capitals = capitals && !isLower(text[k]);
      lower = lower && !isUpper(text[k]);
    }
    std::size_t end = c.end;
    if (text[c.end] == ' ' && cantoneseFamilyName(lowerCopyOf(last))) {
      // "Chan" + " Wing-sze".
      const std::size_t a = c.end + 1;
      const std::size_t ae = syllableEnd(text, a);
      if (ae > a && ae + 1 < text.size() && text[ae] == '-') {
        const std::size_t be = syllableEnd(text, ae + 1);
        const std::string_view pair = text.substr(a, be - a);
        if (be > ae + 1 && !letterAt(text, be) && (be >= text.size() || text[be] != '-') && caseFits(pair, capitals, lower) &&
            !ordinaryHyphenWord(lowerCopyOf(pair))) {
          end = be;
        }
      }
    } else if (text[c.end] == '-' && c.end - lastStart <= 5 && lastStart > c.start + 1 && text[lastStart - 1] == ' ') {
      // "PETER LEE TAI" + "-MAN": the family name before the first syllable.
      std::size_t prevStart = lastStart - 1;
      while (prevStart > c.start && letterAt(text, prevStart - 1)) --prevStart;
      const std::string_view prev = text.substr(prevStart, lastStart - 1 - prevStart);
      const std::size_t be = syllableEnd(text, c.end + 1);
      const std::string_view pair = text.substr(lastStart, be - lastStart);
      if (be > c.end + 1 && !letterAt(text, be) && cantoneseFamilyName(lowerCopyOf(prev)) && caseFits(pair, capitals, lower) &&
          !ordinaryHyphenWord(lowerCopyOf(pair))) {
        end = be;
      }
    }
    if (end != c.end) out.push_back({c.start, end, PhiCategory::Name, c.priority});
  }
}

}  // namespace concord::phi::detail
