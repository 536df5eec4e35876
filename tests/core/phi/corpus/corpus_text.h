#pragma once
// Text helpers the families of other countries share (the twenty-eighth and twenty-ninth; older
// families keep their own copies, so that their notes and recorded blind figures do not move).
#include "corpus_random.h"

#include <string>

namespace concord::phi::corpus {

/// Upper- or lower-case `s` for the letters the families write: ASCII, Latin-1 (led by 0xC3),
/// Latin Extended-A (0xC4, 0xC5), the Vietnamese horned o and u and the Romanian comma s and t
/// (0xC6, 0xC8), Vietnamese letters with two marks (U+1EA0 to U+1EF9) and Cyrillic (0xD0, 0xD1);
/// other letters (Chinese characters, Thai) are kept whole.
std::string recaseUtf8(std::string s, bool toUpper);

/// The letters of a name for an e-mail address or a passport's machine-readable zone, in lower
/// case: accented Latin letters become their base letter, other letters are dropped; a result
/// shorter than two letters gets a "k".
std::string asciiLetters(const std::string& s);

/// `n` (0 to 199) in English words, as dictation and chats write an age: "ninety-eight", "one
/// hundred and one"; 10 to 19 stay digits.
std::string spelledNumber(int n);

/// Two digits, zero first below ten: "07".
std::string twoDigits(int v);

/// A public-looking IPv4 address (first octet 11 to 223, last 1 to 254), as access logs print it.
std::string ipv4Value(Random& r);

/// An IPv6 address in the documentation prefix, compressed after three groups: "2001:db8:1a2b:…::42".
std::string ipv6Value(Random& r);

}  // namespace concord::phi::corpus
