#include "corpus_text.h"

#include <cctype>
#include <string_view>

namespace concord::phi::corpus {

std::string recaseUtf8(std::string s, bool toUpper) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      s[i] = static_cast<char>(toUpper ? std::toupper(u) : std::tolower(u));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (toUpper && v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      if (!toUpper && v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      unsigned cp = ((u & 0x1Fu) << 6) | (v & 0x3Fu);
      if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x14A && cp <= 0x177)) {
        cp = toUpper ? (cp & ~1u) : (cp | 1u);
      } else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
        if (toUpper && cp % 2 == 0) --cp;
        if (!toUpper && cp % 2 == 1) ++cp;
      }
      s[i] = static_cast<char>(0xC0u | (cp >> 6));
      s[i + 1] = static_cast<char>(0x80u | (cp & 0x3Fu));
      ++i;
    } else if ((u == 0xC6 || u == 0xC8) && i + 1 < s.size()) {  // Vietnamese horned o and u, Romanian comma s and t
      const auto v = static_cast<unsigned char>(s[i + 1]);
      unsigned cp = ((u & 0x1Fu) << 6) | (v & 0x3Fu);
      if (cp == 0x1A0 || cp == 0x1A1 || (cp >= 0x218 && cp <= 0x21B)) cp = toUpper ? (cp & ~1u) : (cp | 1u);
      else if (cp == 0x1AF && !toUpper) cp = 0x1B0;
      else if (cp == 0x1B0 && toUpper) cp = 0x1AF;
      s[i] = static_cast<char>(0xC0u | (cp >> 6));
      s[i + 1] = static_cast<char>(0x80u | (cp & 0x3Fu));
      ++i;
    } else if (u == 0xE1 && i + 2 < s.size() &&
               (static_cast<unsigned char>(s[i + 1]) == 0xBA || static_cast<unsigned char>(s[i + 1]) == 0xBB)) {
      // Vietnamese letters with two marks (U+1EA0 to U+1EF9): capitals even
      unsigned cp = 0x1000u | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) | (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      if (cp >= 0x1EA0 && cp <= 0x1EF9) cp = toUpper ? (cp & ~1u) : (cp | 1u);
      s[i + 1] = static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
      s[i + 2] = static_cast<char>(0x80u | (cp & 0x3Fu));
      i += 2;
    } else if ((u == 0xD0 || u == 0xD1) && i + 1 < s.size()) {  // Cyrillic
      const auto v = static_cast<unsigned char>(s[i + 1]);
      unsigned cp = ((u & 0x1Fu) << 6) | (v & 0x3Fu);
      if (toUpper && cp >= 0x430 && cp <= 0x44F) cp -= 0x20;
      else if (toUpper && cp >= 0x450 && cp <= 0x45F) cp -= 0x50;
      else if (!toUpper && cp >= 0x410 && cp <= 0x42F) cp += 0x20;
      else if (!toUpper && cp >= 0x400 && cp <= 0x40F) cp += 0x50;
      s[i] = static_cast<char>(0xC0u | (cp >> 6));
      s[i + 1] = static_cast<char>(0x80u | (cp & 0x3Fu));
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return s;
}

std::string asciiLetters(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      if (std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      static constexpr std::string_view kBase = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
      const char base = kBase[((static_cast<unsigned char>(s[i + 1]) | 0x20u) - 0xE0u) & 0x1Fu];
      if (base != '/') out.push_back(base);
      ++i;
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      const unsigned cp = ((u & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp <= 0x105) out.push_back('a');
      else if (cp <= 0x10D) out.push_back('c');
      else if (cp <= 0x111) out.push_back('d');
      else if (cp <= 0x11B) out.push_back('e');
      else if (cp >= 0x147 && cp <= 0x148) out.push_back('n');
      else if (cp >= 0x150 && cp <= 0x151) out.push_back('o');
      else if (cp >= 0x158 && cp <= 0x159) out.push_back('r');
      else if (cp >= 0x15A && cp <= 0x161) out.push_back('s');
      else if (cp >= 0x162 && cp <= 0x165) out.push_back('t');
      else if (cp >= 0x16E && cp <= 0x171) out.push_back('u');
      else if (cp >= 0x179 && cp <= 0x17E) out.push_back('z');
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return out.size() < 2 ? out + "k" : out;
}

std::string spelledNumber(int n) {
  static constexpr std::string_view kOnes[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  static constexpr std::string_view kTens[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + spelledNumber(n - 100);
  if (n < 10) return std::string(kOnes[n]);
  if (n < 20) return std::to_string(n);
  return std::string(kTens[n / 10]) + (n % 10 ? "-" + std::string(kOnes[n % 10]) : "");
}

std::string twoDigits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string ipv4Value(Random& r) {
  return std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(0, 255)) +
         "." + std::to_string(r.between(1, 254));
}

std::string ipv6Value(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v = "2001:db8";
  for (int k = 0; k < 3; ++k) {
    v += ":";
    for (int h = 0; h < 4; ++h) v.push_back(kHex[r.next() % 16]);
  }
  return v + "::" + std::to_string(r.between(1, 99));
}

}  // namespace concord::phi::corpus
