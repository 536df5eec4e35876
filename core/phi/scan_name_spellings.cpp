// Name scanner, spellings: the same person's name written a second time in its own script, in
// parentheses right after the name found in Latin letters ("WONG CHI KEUNG (黃志強)", "Tigist
// Bekele (ትግስት በቀለ)"; seed 3939). (A Latin word there is too often a kin word, a language or a
// place in another language: "Franz Moser (Vater)", "Nitza Nyuon (Inuktitut)", "(Dingle)".)
#include <algorithm>
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

namespace {

constexpr std::size_t kMaxBracketed = 48;  // bytes: four Ge'ez or Arabic words, five Han characters

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters of another script only, in one to four words split by single spaces, at least two
// letters in all: "黃志強", "山本 美智子", "ትግስት በቀለ", "محمد أمين آيت أحمد".
bool otherScriptWords(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  std::size_t letters = 0;
  std::size_t words = 1;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ') {
      if (s[i - 1] == ' ') return false;
      ++words;
      continue;
    }
    if (b < 0x80) return false;  // digits, ASCII letters and punctuation: no other script
    if ((b & 0xC0) != 0x80) ++letters;  // a lead byte starts a letter
  }
  // (U+3000 to U+303F are CJK punctuation, U+FF00 to U+FF0F full-width punctuation.)
  if (s.starts_with("\xE3\x80") || s.starts_with("\xEF\xBC")) return false;
  return letters >= 2 && words <= 4;
}

}  // namespace

void widenBracketedSpellings(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const std::size_t found = out.size();
  for (std::size_t n = 0; n < found; ++n) {
    const Candidate c = out[n];
    if (c.category != PhiCategory::Name || c.veto) continue;
    std::size_t p = c.end;
    // ("Lee Soon-ja nim (이순자)": the Korean honorific after the name, outside it.)
    if (text.substr(p, 4) == " nim") p += 4;
    if (text.substr(p, 2) != " (") continue;
    const std::size_t open = p + 2;
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close == open || close - open > kMaxBracketed) continue;
    const std::string_view inside = text.substr(open, close - open);
    if (inside.find_first_of("(\n\t,;:/") != std::string_view::npos) continue;
    const std::string_view name = text.substr(c.start, c.end - c.start);
    // (A name in Latin letters before it: "Tigist Bekele (ትግስት በቀለ)"; not a name already in
    // another script, whose parenthesis is often its reading.)
    const bool latinName = std::any_of(name.begin(), name.end(), isAsciiLetter);
    if (latinName && otherScriptWords(inside)) {
      out.push_back({open, close, PhiCategory::Name, priority::kName});
    }
  }
}

}  // namespace concord::phi::detail
