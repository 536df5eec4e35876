// Russian and Belarusian names written in lower case, as chats and hurried bills write them
// ("гапаненка андрэй уладзіміравіч, добры дзень", "рахунак за лячэнне рамановіч алена мікалаеўна"):
// the cued Cyrillic rules (scan_name_mrz.cpp) need capitals. The shape is the family, given and
// father's name, three words, the third a patronymic of eight letters or more ending in "-вич"/
// "-віч" or "-вна"/"-ўна"/"-ична"/"-ічна"; so "тест на вич" (HIV) or a sentence is no name.
#include "scan.h"

namespace concord::phi::detail {

namespace {

// A lower-case Cyrillic letter: а-я (U+0430..U+044F), ѐ-џ with і and ў (U+0450..U+045F).
bool lowerCyrillicAt(std::string_view text, std::size_t b) {
  const unsigned cp = twoByteCodePointAt(text, b);
  return cp >= 0x430 && cp <= 0x45F;
}

// Any Cyrillic letter, either case (to see that a run starts its word).
bool anyCyrillicAt(std::string_view text, std::size_t b) {
  const unsigned cp = twoByteCodePointAt(text, b);
  return cp >= 0x400 && cp <= 0x45F;
}

std::size_t lowerWordEnd(std::string_view text, std::size_t b) {
  while (lowerCyrillicAt(text, b) || (b + 2 < text.size() && text[b] == '-' && lowerCyrillicAt(text, b + 1))) {
    b += text[b] == '-' ? 1 : 2;
  }
  return b;
}

bool patronymicEnding(std::string_view word) {
  static constexpr std::string_view kEndings[] = {"\u0432\u0456\u0447", "\u0432\u0438\u0447", "\u045e\u043d\u0430",
                                                  "\u0432\u043d\u0430", "\u0456\u0447\u043d\u0430", "\u0438\u0447\u043d\u0430"};
  for (std::string_view e : kEndings) {
    if (word.ends_with(e)) return true;
  }
  return false;
}

}  // namespace

void scanLowerCyrillicNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t pos = 0; pos + 1 < text.size();) {
    if (!lowerCyrillicAt(text, pos) || (pos >= 2 && anyCyrillicAt(text, pos - 2)) || (pos >= 1 && text[pos - 1] == '-')) {
      ++pos;
      continue;
    }
    std::size_t starts[3] = {};
    std::size_t ends[3] = {};
    std::size_t w = pos;
    int words = 0;
    while (words < 3) {
      const std::size_t e = lowerWordEnd(text, w);
      if (e - w < 6) break;  // three letters at least
      starts[words] = w;
      ends[words] = e;
      ++words;
      if (words == 3 || !(e + 2 < text.size() && text[e] == ' ' && lowerCyrillicAt(text, e + 1))) break;
      w = e + 1;
    }
    if (words == 3 && ends[2] - starts[2] >= 16 && patronymicEnding(text.substr(starts[2], ends[2] - starts[2])) &&
        !anyCyrillicAt(text, ends[2])) {
      out.push_back({pos, ends[2], PhiCategory::Name, priority::kName});
      pos = ends[2];
      continue;
    }
    // On to the next word.
    pos = words > 0 ? ends[0] : pos + 2;
  }
}

}  // namespace concord::phi::detail
