#include "scan.h"

#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace concord::phi::detail {

// Whether the UTF-8 letter at `pos` is an upper-case Latin letter beyond ASCII, so that "Łukasz",
// "Şükrü", "Żaneta", "ÖZTÜRK" and "Ứng" are capitalised words like "Lukasz":
//  - Latin-1 (À..Þ except ×): C3 80..C3 9E;
//  - Latin Extended-A (U+0100..U+017F): pairs of upper and lower case, the upper one even below
//    U+0138 and from U+014A to U+0177, odd from U+0139 to U+0148 and from U+0179 to U+017E,
//    plus Ÿ (U+0178);
//  - Latin Extended Additional (U+1E00..U+1EFF, Vietnamese): even code points are upper case,
//    except the lower-case run U+1E96..U+1E9D (ẞ, U+1E9E, is upper case).
bool startsWithUpperLatin(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[pos]);
  const auto next = static_cast<unsigned char>(text[pos + 1]);
  if (lead == 0xC3) return next >= 0x80 && next <= 0x9E && next != 0x97;
  if (lead == 0xC4 || lead == 0xC5) {
    const unsigned cp = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
    if (cp <= 0x137) return cp % 2 == 0;
    if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
    if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
    if (cp == 0x178) return true;
    if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
    return false;
  }
  // Latin Extended-B: Vietnamese horn letters ("Ơ", "Ư"), the caron vowels of pinyin ("Ǎ", "Ǚ")
  // and the Romanian comma letters ("Ș", "Ț": "Țurcanu", "ȘTEFĂNESCU").
  if (lead == 0xC6) return next == 0xA0 || next == 0xAF;
  if (lead == 0xC7) {
    const unsigned cp = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
    return cp >= 0x1CD && cp <= 0x1DC && cp % 2 == 1;
  }
  if (lead == 0xC8 && next >= 0x80 && next <= 0xB3) {
    const unsigned cp = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
    return cp != 0x220 && cp != 0x221 && cp % 2 == 0;
  }
  if (lead == 0xE1 && next >= 0xB8 && next <= 0xBB && pos + 2 < text.size()) {
    const unsigned cp = 0x1000u | ((next & 0x3Fu) << 6) | (static_cast<unsigned char>(text[pos + 2]) & 0x3Fu);
    if (cp >= 0x1E96 && cp <= 0x1E9D) return false;
    return cp % 2 == 0;
  }
  return false;
}


std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    if (!isWordByte(text[i])) {
      ++i;
      continue;
    }
    Token t;
    t.start = i;
    bool anyLower = false;  // a lower-case letter after the first byte
    bool anyUpper = false;  // an upper-case letter anywhere
    while (i < n && isWordByte(text[i])) {
      const char c = text[i];
      if (isDigit(c)) {
        t.hasDigit = true;
      } else {
        t.hasLetter = true;
        if (isUpper(c) || (isNonAscii(c) && startsWithUpperLatin(text, i))) {
          anyUpper = true;
        } else if (isLower(c) || (isNonAscii(c) && static_cast<unsigned char>(c) >= 0xC0)) {
          // ASCII lower case, or the lead byte of a non-ASCII letter that is not upper case.
          if (i > t.start) anyLower = true;
        }
      }
      t.lower.push_back(lowerAscii(c));
      ++i;
    }
    t.end = i;
    t.allDigits = t.hasDigit && !t.hasLetter;
    const bool firstUpper = isUpper(text[t.start]) || (isNonAscii(text[t.start]) && startsWithUpperLatin(text, t.start));
    t.capitalised = firstUpper && anyLower && !t.hasDigit;
    t.allCaps = t.hasLetter && anyUpper && !anyLower && !isLower(text[t.start]);
    // (Up to 24 letters, not bytes: a Greek or Cyrillic label of 13 letters takes 26 bytes,
    // "Ονοματεπώνυμο", seed 3838.)
    std::size_t letters = 0;
    for (std::size_t b = t.start; b < t.end; ++b) letters += (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
    if (t.hasLetter && !t.hasDigit && letters <= 24) {
      t.classes = wordClasses(t.lower);
      // A short word in capitals known only from the wide lexicon is far more often an
      // abbreviation ("ORIF", "MICU") than a name.
      if (t.allCaps && t.length() <= 4 && (t.classes & WordClass::kLexicon)) {
        t.classes &= ~(WordClass::kGiven | WordClass::kFamily | WordClass::kLexicon);
      }
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

bool isInlineSpace(std::string_view gap, std::size_t maxLength) {
  if (gap.empty() || gap.size() > maxLength) return false;
  for (char c : gap) {
    if (!isSpaceOrTab(c)) return false;
  }
  return true;
}

bool gapOnly(std::string_view gap, std::string_view allowed, std::size_t maxLength) {
  if (gap.size() > maxLength) return false;
  for (char c : gap) {
    if (allowed.find(c) == std::string_view::npos) return false;
  }
  return true;
}

std::string_view sameLineBefore(std::string_view text, std::size_t pos, std::size_t maxBytes) {
  const std::size_t from = pos > maxBytes ? pos - maxBytes : 0;
  std::string_view window = text.substr(from, pos - from);
  // The last line break, sixteen bytes at a time from the end (the phone and table cues ask this
  // of every number), where the library's rfind tests byte by byte.
  std::size_t i = window.size();
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n');
  for (; i >= 16; i -= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(window.data() + i - 16));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)));
    if (mask != 0) return window.substr(i - 16 + static_cast<std::size_t>(std::bit_width(mask)));
  }
#endif
  while (i-- > 0) {
    if (window[i] == '\n') return window.substr(i + 1);
  }
  return window;
}

std::string_view previousLine(std::string_view text, std::size_t& lineStart) {
  const std::size_t end = lineStart - 1;
  std::size_t start = end;
  while (start > 0 && text[start - 1] != '\n') --start;
  lineStart = start;
  return text.substr(start, end - start);
}

std::size_t rfindWordCaseless(std::string_view hay, std::string_view needle) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  // The first byte is tested before anything else, in both cases, so that most positions cost
  // little (every unlabelled line is searched for several cues). A needle is lower case: one
  // starting with a capital can match nothing, as before. A lower-case letter's bit 0x20 set on a
  // byte matches it in both cases and nothing else; any other first byte matches only itself.
  const char first = needle[0];
  if (isUpper(first)) return std::string_view::npos;
  const char fold = isLower(first) ? 0x20 : 0;
  const auto matchesAt = [&](std::size_t i) {
    if (i > 0 && isWordByte(hay[i - 1])) return false;
    for (std::size_t k = 1; k < needle.size(); ++k) {
      if (lowerAscii(hay[i + k]) != needle[k]) return false;
    }
    return true;
  };
  std::size_t i = hay.size() - needle.size() + 1;  // the positions left to try are [0, i)
#if defined(__SSE2__)
  // Sixteen positions at a time, from the end: a mask of those whose byte is the first one, tried
  // from its highest bit down, so the last match is still the one found.
  const __m128i want = _mm_set1_epi8(first);
  const __m128i foldBits = _mm_set1_epi8(fold);
  for (; i >= 16; i -= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hay.data() + i - 16));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(bytes, foldBits), want)));
    while (mask != 0) {
      const unsigned bit = static_cast<unsigned>(std::bit_width(mask)) - 1;
      if (matchesAt(i - 16 + bit)) return i - 16 + bit;
      mask &= ~(1u << bit);
    }
  }
#endif
  while (i-- > 0) {
    if (static_cast<char>(hay[i] | fold) == first && matchesAt(i)) return i;
  }
  return std::string_view::npos;
}

int parseDigits(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t k = 0; k < count; ++k) value = value * 10 + (text[pos + k] - '0');
  return value;
}

std::size_t firstTokenFrom(const std::vector<Token>& tokens, std::size_t pos) {
  const auto it =
      std::lower_bound(tokens.begin(), tokens.end(), pos, [](const Token& t, std::size_t p) { return t.start < p; });
  return static_cast<std::size_t>(it - tokens.begin());
}

std::size_t digitRun(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  while (k < text.size() && isDigit(text[k])) ++k;
  return k - pos;
}

std::size_t upperRun(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  while (k < text.size() && isUpper(text[k])) ++k;
  return k - pos;
}

namespace {

// Whether byte k of the word sits between letters (ASCII or of a two-byte script).
bool betweenLetters(std::string_view word, std::size_t k) {
  if (k == 0 || k + 1 >= word.size()) return false;
  const auto before = static_cast<unsigned char>(word[k - 1]);
  const auto after = static_cast<unsigned char>(word[k + 1]);
  const bool letterBefore = isAsciiAlpha(word[k - 1]) || (before & 0xC0) == 0x80;  // a continuation byte ends a letter
  const bool letterAfter = isAsciiAlpha(word[k + 1]) || (after & 0xE0) == 0xC0;    // a two-byte lead starts one
  return letterBefore && letterAfter;
}

}  // namespace

std::size_t readOcrMisreadWord(std::string_view word, std::string& read, std::string_view zero, std::string_view one) {
  read.clear();
  std::size_t digits = 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    if (!isDigit(c)) {
      read.push_back(c);
      continue;
    }
    const std::string_view letter = c == '0' ? zero : c == '1' ? one : std::string_view();
    if (letter.empty() || !betweenLetters(word, k)) return 0;
    read.append(letter);
    ++digits;
  }
  return digits;
}

std::size_t scriptDigitAt(std::string_view text, std::size_t pos, int& value) {
  if (pos >= text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    if (!isDigit(text[pos])) return 0;
    value = b0 - '0';
    return 1;
  }
  if (pos + 1 >= text.size()) return 0;
  const auto b1 = static_cast<unsigned char>(text[pos + 1]);
  if (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) {  // U+0660..0669
    value = b1 - 0xA0;
    return 2;
  }
  if (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9) {  // U+06F0..06F9
    value = b1 - 0xB0;
    return 2;
  }
  if (pos + 2 >= text.size()) return 0;
  const auto b2 = static_cast<unsigned char>(text[pos + 2]);
  // Three-byte digits: lead bytes, second byte, and the third byte of the zero.
  static constexpr unsigned char kThree[][3] = {
      {0xE0, 0xA5, 0xA6},  // Devanagari U+0966
      {0xE0, 0xA7, 0xA6},  // Bengali U+09E6
      {0xE0, 0xB9, 0x90},  // Thai U+0E50
      {0xE0, 0xBB, 0x90},  // Lao U+0ED0
      {0xE1, 0x81, 0x80},  // Burmese U+1040
      {0xE1, 0x9F, 0xA0},  // Khmer U+17E0
      {0xE0, 0xBC, 0xA0},  // Tibetan U+0F20 (Dzongkha of Bhutan)
  };
  for (const auto& d : kThree) {
    if (b0 == d[0] && b1 == d[1] && b2 >= d[2] && b2 <= d[2] + 9) {
      value = b2 - d[2];
      return 3;
    }
  }
  return 0;
}

int scriptNumber(std::string_view word, std::size_t maxDigits, std::size_t& digits) {
  digits = 0;
  int number = 0;
  std::size_t width = 0;  // every digit of one number has the same byte length (one script)
  for (std::size_t k = 0; k < word.size();) {
    int v = 0;
    const std::size_t len = scriptDigitAt(word, k, v);
    if (len == 0 || (width != 0 && len != width) || ++digits > maxDigits) return -1;
    width = len;
    number = number * 10 + v;
    k += len;
  }
  return digits == 0 ? -1 : number;
}

bool pipeColumnHeadedBy(std::string_view text, std::size_t pos, std::size_t end,
                        std::initializer_list<std::string_view> heads, bool lastCell) {
  const std::string_view before = sameLineBefore(text, pos, 400);
  // The first column has no bar before it: "2/16 | sacrum | ..." under "Date | Site | ...".
  const bool firstColumn = before.find_first_not_of(" \t") == std::string_view::npos;
  // The cell may be padded to the column's width: "| 856-4475         |".
  std::size_t bar = end;
  while (bar < text.size() && bar - end < 40 && text[bar] == ' ') ++bar;
  const bool closesLine = lastCell && before.ends_with("| ") && (bar >= text.size() || text[bar] == '\n' || text[bar] == '\r');
  if (!closesLine &&
      (!(before.ends_with("| ") || firstColumn) || bar == end || bar >= text.size() || text[bar] != '|')) {
    return false;
  }
  std::size_t column = 0;
  for (char c : before) column += c == '|' ? 1 : 0;
  std::size_t lineStart = pos - before.size();
  for (int up = 0; up < 8 && lineStart > 0; ++up) {
    const std::string_view line = previousLine(text, lineStart);
    if (line.find('|') == std::string_view::npos) return false;
    // The cell of the same column on the line above; a row of data sends the look further up.
    std::size_t bars = 0;
    std::size_t cellStart = 0;
    for (std::size_t j = 0; j <= line.size(); ++j) {
      if (j < line.size() && line[j] != '|') continue;
      if (bars == column) {
        const std::string_view cell = line.substr(cellStart, j - cellStart);
        for (std::string_view head : heads) {
          if (rfindWordCaseless(cell, head) != std::string_view::npos) return true;
        }
        break;
      }
      ++bars;
      cellStart = j + 1;
    }
  }
  return false;
}

}  // namespace concord::phi::detail
