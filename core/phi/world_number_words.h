#pragma once
// Numbers from ninety to ninety-nine spelled in the world's main languages, as ages are written
// in letters, dictation and forms: "noventa y tres", "quatre-vingt-treize", "nonante-trois",
// "dreiundneunzig", "девяносто три", "ثلاثة وتسعون", "doksan üç", "九十三", "아흔셋", "sembilan
// puluh tiga", "tisini na tatu", "ოთხმოცდაცამეტი". English has its own words (number_words.h).
#include <cstddef>
#include <cstdint>

#include "scan.h"

namespace concord::phi::detail {

/// A spelled number of the nineties found at a token.
struct SpelledNineties {
  std::size_t first = 0;  // its first and last tokens
  std::size_t last = 0;
  std::size_t start = 0;  // its bytes (a part of a token in scripts written without spaces, or
  std::size_t end = 0;    // before an age's ending joined to it: "dreiundneunzig|jährige")
  /// The age's own word or ending is part of it: "девяносто|летний", "九十三|歳", "구십삼|세".
  bool unitJoined = false;
};

/// The cheap first test of spelledNinetiesAt, inline because every word of a note meets it: a
/// word in ASCII letters must open as one of the tens it knows ("no", "ni", "ne", "do", "de",
/// "dz", "ki", "yh", "ti", "si", "se", "ha", "qu", "ch"), or be long and open as a German, Dutch
/// or Danish unit; a word of another script, have a lead byte of a script it reads.
inline bool maySpellNineties(const Token& t) {
  if (t.hasDigit || t.length() < 3) return false;
  const auto lead = static_cast<unsigned char>(t.lower[0]);
  if (lead >= 'a' && lead <= 'z') {
    // For each first letter, the second letters a ten opens with (bit 26: a letter beyond ASCII).
    static constexpr std::uint32_t kSecond[26] = {
        0, 0, 1u << ('h' - 'a'), (1u << ('o' - 'a')) | (1u << ('z' - 'a')) | (1u << ('e' - 'a')), 0, 0, 0,
        1u << 0, 0, 0, 1u << ('i' - 'a'), 0, 0,
        (1u << ('o' - 'a')) | (1u << ('i' - 'a')) | (1u << ('e' - 'a')) | (1u << 26), 0, 0, 1u << ('u' - 'a'), 0,
        (1u << ('i' - 'a')) | (1u << ('e' - 'a')), 1u << ('i' - 'a'), 0, 0, 0, 0, 1u << ('h' - 'a'), 0};
    const auto second = static_cast<unsigned char>(t.lower[1]);
    const unsigned bit = second >= 'a' && second <= 'z' ? second - 'a' : (second >= 0x80 ? 26u : 27u);
    if ((kSecond[lead - 'a'] >> bit) & 1u) return true;
    // "dreiundneunzig", "drieënnegentig", "treoghalvfems": a unit's first letter, ten bytes or more.
    static constexpr std::uint32_t kUnitFirst = (1u << 0) | (1u << ('d' - 'a')) | (1u << ('e' - 'a')) |
                                                (1u << ('f' - 'a')) | (1u << ('n' - 'a')) | (1u << ('o' - 'a')) |
                                                (1u << ('s' - 'a')) | (1u << ('t' - 'a')) | (1u << ('v' - 'a')) |
                                                (1u << ('z' - 'a'));
    return t.length() >= 10 && ((kUnitFirst >> (lead - 'a')) & 1u);
  }
  // Cyrillic, Greek, Armenian, Hebrew, Arabic and Persian; Indic and Thai; Georgian; kana, CJK
  // and Hangul.
  return (lead >= 0xCE && lead <= 0xDB) || lead == 0xE0 || lead == 0xE1 || (lead >= 0xE3 && lead <= 0xED);
}

/// Whether a spelled number of the nineties (any language but English) ends or starts at token
/// `i`; tokens after `i` may belong to it ("noventa y tres"), and for a unit written before its
/// ten, one token before ("ثلاثة وتسعون"). Cheap to reject: most tokens fail on their first byte.
bool spelledNinetiesAt(const ScanInput& in, std::size_t i, SpelledNineties& out);

}  // namespace concord::phi::detail
