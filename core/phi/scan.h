#pragma once
// Internal building blocks shared by the PHI scanners: byte classes, tokens, candidates.
// Text is UTF-8; every offset here is a byte offset. Bytes >= 0x80 count as letters, so
// names such as "José" or "Zoë" stay one token.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "concord/phi/category.h"
#include "name_tables.h"

namespace concord::phi::detail {

/// Whether `word` is one of the fixed list's words (exact, already lower-cased comparison).
/// Comparing the length and the first byte inline first keeps most entries from reaching memcmp,
/// which `perf` showed taking an eighth of the rules' time through these look-ups.
inline bool listHas(std::span<const std::string_view> list, std::string_view word) {
  if (word.empty()) return std::find(list.begin(), list.end(), word) != list.end();
  const char first = word.front();
  return std::find_if(list.begin(), list.end(), [&](std::string_view entry) {
           return entry.size() == word.size() && entry.front() == first && entry == word;
         }) != list.end();
}
template <std::size_t N>
bool listHas(const std::array<std::string_view, N>& list, std::string_view word) {
  return listHas(std::span<const std::string_view>(list), word);
}
inline bool listHas(std::initializer_list<std::string_view> list, std::string_view word) {
  return listHas(std::span<const std::string_view>(list.begin(), list.size()), word);
}

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool isLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool isAsciiAlpha(char c) { return isUpper(c) || isLower(c); }
inline bool isNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
inline bool isWordByte(char c) { return isDigit(c) || isAsciiAlpha(c) || isNonAscii(c); }

/// Whether a Hangul syllable (U+AC00..U+D7A3) starts at `pos`: Korean glues its particles to a
/// number ("010-5724-7092입니다", "02-123-4567로").
inline bool hangulSyllableAt(std::string_view text, std::size_t pos) {
  if (pos + 2 >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[pos]);
  const auto next = static_cast<unsigned char>(text[pos + 1]);
  return (lead == 0xEA && next >= 0xB0) || lead == 0xEB || lead == 0xEC || (lead == 0xED && next <= 0x9E);
}
inline bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline char lowerAscii(char c) { return isUpper(c) ? static_cast<char>(c + 32) : c; }
inline bool isSpaceOrTab(char c) { return c == ' ' || c == '\t'; }

/// The code point of the two-byte UTF-8 letter at `pos` (U+0080..U+07FF: Latin beyond ASCII, Greek,
/// Cyrillic, Armenian, Hebrew, Arabic, Thaana), or 0 when none starts there: the scanners of those
/// scripts test a letter's range on it ("а-я" is U+0430..U+044F) instead of its lead and next bytes.
inline unsigned twoByteCodePointAt(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size()) return 0;
  const auto lead = static_cast<unsigned char>(text[pos]);
  const auto next = static_cast<unsigned char>(text[pos + 1]);
  if ((lead & 0xE0u) != 0xC0u || (next & 0xC0u) != 0x80u) return 0;
  return ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
}

/// The code point of the two- or three-byte UTF-8 character at `b`, its length in `len`; 0 (and a
/// length of 0) for ASCII, a stray byte or a four-byte character.
inline unsigned codePointAt(std::string_view text, std::size_t b, std::size_t& len) {
  len = 0;
  if (b >= text.size()) return 0;
  const auto lead = static_cast<unsigned char>(text[b]);
  if (lead >= 0xC0 && lead < 0xE0 && b + 1 < text.size()) {
    len = 2;
    return ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(text[b + 1]) & 0x3Fu);
  }
  if (lead >= 0xE0 && lead < 0xF0 && b + 2 < text.size()) {
    len = 3;
    return ((lead & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[b + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(text[b + 2]) & 0x3Fu);
  }
  return 0;
}

/// Whether a CJK unified ideograph (U+4E00..U+9FFF) starts at byte `b`.
inline bool hanAt(std::string_view text, std::size_t b) {
  std::size_t length = 0;
  const unsigned cp = codePointAt(text, b, length);
  return length == 3 && cp >= 0x4E00 && cp <= 0x9FFF;
}

/// The start of a label's value after the label's last byte `k`: past an ASCII or a full-width colon
/// (or, with `bracket`, a full-width opening bracket, "住所（...）") and the spaces after it, as
/// Chinese, Japanese and Korean forms write both; npos when no such mark follows.
inline std::size_t valueAfterLabelMark(std::string_view text, std::size_t k, bool bracket) {
  if (text.substr(k, 3) == "\uff1a" || (bracket && text.substr(k, 3) == "\uff08")) {
    k += 3;
  } else if (k < text.size() && text[k] == ':') {
    ++k;
  } else {
    return std::string_view::npos;
  }
  while (k < text.size() && text[k] == ' ') ++k;
  return k;
}

/// A maximal run of word bytes (ASCII letters and digits, and any non-ASCII byte).
struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string lower;         // ASCII-lowercased copy, for table and keyword look-ups
  bool allDigits = false;
  bool hasDigit = false;
  bool hasLetter = false;
  bool capitalised = false;  // first letter upper case, at least one lower-case letter after it
  bool allCaps = false;      // has letters and none of them is lower case
  WordClassBits classes = 0;  // WordClass bits of `lower` (name_tables.h), looked up once
  std::size_t length() const { return end - start; }
  /// Starts with an upper-case letter (capitalised or ALL CAPS): the shape of a proper noun.
  bool properShape() const { return capitalised || (allCaps && hasLetter && !hasDigit); }
};

std::vector<Token> tokenize(std::string_view text);

/// Whether the UTF-8 letter at `pos` is an upper-case Latin letter beyond ASCII (Latin-1, Latin
/// Extended-A, Vietnamese): "Łukasz", "Şükrü", "Å." are capitalised words and initials.
bool startsWithUpperLatin(std::string_view text, std::size_t pos);

// Token forms of the word-list questions: they use the classes looked up by tokenize().
inline bool isCommonGivenName(const Token& t) { return t.classes & WordClass::kGiven; }
inline bool isCommonFamilyName(const Token& t) { return t.classes & WordClass::kFamily; }
inline bool isAmbiguousNameWord(const Token& t) { return t.classes & WordClass::kAmbiguous; }
inline bool isNeverNameWord(const Token& t) { return t.classes & WordClass::kNever; }
inline bool isEponymTrigger(const Token& t) { return t.classes & WordClass::kEponymTrigger; }
inline bool isEponymName(const Token& t) { return t.classes & WordClass::kEponymName; }
inline bool isTitleWord(const Token& t) { return t.classes & WordClass::kTitle; }
inline bool isCredentialWord(const Token& t) { return t.classes & WordClass::kCredential; }
inline bool isStateCode(const Token& t) { return t.classes & WordClass::kStateCode; }
inline bool isStateName(const Token& t) { return t.classes & WordClass::kStateName; }
inline bool isStreetSuffix(const Token& t) { return t.classes & WordClass::kStreetSuffix; }

/// A finding before overlaps are resolved: where two overlap, higher priority wins, then length.
struct Candidate {
  std::size_t start = 0;
  std::size_t end = 0;
  PhiCategory category = PhiCategory::Name;
  int priority = 0;
  /// Claims the span as holding no PHI (a field of a structured record known to hold none, such
  /// as an HL7 message control ID): it wins overlaps like any candidate and is then dropped.
  bool veto = false;
};

/// Conflict priorities, strongest evidence first.
namespace priority {
inline constexpr int kEmail = 100;
/// A value whose category is given by its position in a structured record (HL7 field, CSV column).
inline constexpr int kField = 110;
inline constexpr int kUrl = 95;
inline constexpr int kSsn = 90;
inline constexpr int kKeywordId = 85;
inline constexpr int kVin = 84;
inline constexpr int kShapeId = 82;
inline constexpr int kIp = 80;
inline constexpr int kPhone = 70;
inline constexpr int kDate = 60;
inline constexpr int kAge = 55;
inline constexpr int kAddress = 50;
inline constexpr int kZip = 45;
inline constexpr int kName = 10;
}  // namespace priority

/// What every scanner sees: the text and its tokens.
struct ScanInput {
  std::string_view text;
  std::vector<Token> tokens;
};

using Candidates = std::vector<Candidate>;

/// Bytes between the end of token `a` and the start of token `b` (a < b).
// (Asked many times for every token, so kept small enough to inline; empty unless b follows a.)
[[gnu::always_inline]] inline std::string_view gapBetween(const ScanInput& in, std::size_t a, std::size_t b) {
  const std::size_t from = in.tokens[a].end;
  const std::size_t to = in.tokens[b].start;
  return to > from ? std::string_view(in.text.data() + from, to - from) : std::string_view();
}

/// What joins a span to more of a number or a code on one of its sides (joinedBefore, joinedAfter),
/// so that it is not a value of its own: "12/3" in "5/12/3", "4471" in "4471-02".
struct Joins {
  enum Kind : std::uint8_t { kNothing, kDigit, kWordByte, kAnything };
  Kind touching = kNothing;      // a byte of this kind right beside the span,
  std::string_view joiners;      // or one of these bytes beside it ("/", "-", "."),
  Kind beyond = kAnything;       // when the byte beyond that one is of this kind
  static constexpr bool is(char c, Kind kind) {
    return kind == kAnything || (kind == kDigit && isDigit(c)) || (kind == kWordByte && isWordByte(c));
  }
  // (A loop rather than find(): the joiners are constants, and the compiler unrolls it to compares.)
  constexpr bool joiner(char c) const {
    for (char j : joiners) {
      if (c == j) return true;
    }
    return false;
  }
};

/// Whether the byte before `start` (and the one before it) join the span at `start` to more.
inline bool joinedBefore(std::string_view text, std::size_t start, const Joins& joins) {
  if (start == 0) return false;
  const char c = text[start - 1];
  if (Joins::is(c, joins.touching)) return true;
  return joins.joiner(c) &&
         (joins.beyond == Joins::kAnything || (start > 1 && Joins::is(text[start - 2], joins.beyond)));
}

/// Whether the byte at `end` (and the one after it) join the span ending there to more.
inline bool joinedAfter(std::string_view text, std::size_t end, const Joins& joins) {
  if (end >= text.size()) return false;
  const char c = text[end];
  if (Joins::is(c, joins.touching)) return true;
  return joins.joiner(c) &&
         (joins.beyond == Joins::kAnything || (end + 1 < text.size() && Joins::is(text[end + 1], joins.beyond)));
}

/// True if `gap` is only spaces/tabs (at most `maxLength` bytes) — the tokens are on one line.
bool isInlineSpace(std::string_view gap, std::size_t maxLength = 3);

/// True if every byte of `gap` is one of `allowed` and the gap is at most `maxLength` bytes.
bool gapOnly(std::string_view gap, std::string_view allowed, std::size_t maxLength);

/// The up to `maxBytes` bytes before `pos`, stopping at a line break.
std::string_view sameLineBefore(std::string_view text, std::size_t pos, std::size_t maxBytes);

/// The line above the one that starts at `lineStart` (> 0: just after a line break), without its
/// line break; moves `lineStart` to that line's start, so that a loop walks up a table to its header.
std::string_view previousLine(std::string_view text, std::size_t& lineStart);

/// Case-insensitive search for an ASCII-lowercase `needle` that starts at a word boundary.
/// Returns the offset in `hay` of the last such occurrence, or npos.
std::size_t rfindWordCaseless(std::string_view hay, std::string_view needle);

/// Whether an ASCII-lowercase `needle` starts at `hay[i]` (case-insensitive; nothing checked on its right).
inline bool startsCaselessAt(std::string_view hay, std::size_t i, std::string_view needle) {
  if (hay.size() - i < needle.size()) return false;
  for (std::size_t k = 0; k < needle.size(); ++k) {
    if (lowerAscii(hay[i + k]) != needle[k]) return false;
  }
  return true;
}

/// Whether `hay` ends with the ASCII-lowercase `word` as a whole word (case-insensitive, a non-word
/// byte or nothing before it): the label or the cue right before a value.
inline bool endsWithWord(std::string_view hay, std::string_view word) {
  if (hay.size() < word.size()) return false;
  const std::size_t at = hay.size() - word.size();
  return startsCaselessAt(hay, at, word) && (at == 0 || !isWordByte(hay[at - 1]));
}

/// The last offset in `hay` where any of `words` starts as rfindWordCaseless finds it, or npos:
/// the largest of their rfindWordCaseless offsets, found in one pass over the word starts from the
/// end instead of one pass per word (the phone cues ask this of every number in a note).
template <std::size_t N>
std::size_t rfindAnyWordCaseless(std::string_view hay, const std::array<std::string_view, N>& words) {
  // The words grouped by their first byte (a counting sort, kept per thread for the last list
  // asked, since the lists are constants): a word start then costs only the words of its letter.
  static_assert(N < 65536);
  thread_local const std::string_view* indexed = nullptr;
  thread_local std::array<std::uint16_t, 257> begin{};
  thread_local std::array<std::uint16_t, N> order{};
  if (indexed != words.data()) {
    begin.fill(0);
    for (std::string_view word : words) {
      if (!word.empty()) ++begin[static_cast<unsigned char>(word.front()) + 1];
    }
    for (std::size_t c = 0; c < 256; ++c) begin[c + 1] = static_cast<std::uint16_t>(begin[c + 1] + begin[c]);
    std::array<std::uint16_t, 257> next = begin;
    for (std::size_t k = 0; k < N; ++k) {
      if (!words[k].empty()) order[next[static_cast<unsigned char>(words[k].front())]++] = static_cast<std::uint16_t>(k);
    }
    indexed = words.data();
  }
  for (std::size_t i = hay.size(); i-- > 0;) {
    if (i > 0 && isWordByte(hay[i - 1])) continue;
    const auto first = static_cast<unsigned char>(lowerAscii(hay[i]));
    for (std::size_t j = begin[first]; j < begin[first + 1]; ++j) {
      if (startsCaselessAt(hay, i, words[order[j]])) return i;
    }
  }
  return std::string_view::npos;
}

/// In a pipe table, whether the cell of the same column as the cell ending the line before `pos`
/// ("| coworker | 292-4436 |") holds one of `heads` as a word on one of the eight lines above:
/// the column's header ("| contact | relation | phone |"). `end` must be followed by " |"; the
/// first column, with no bar before it, counts too; with `lastCell`, so does the last column, its
/// cell closing the line with no bar after it ("| paper | 12/24\n" under "| Type | Sent").
bool pipeColumnHeadedBy(std::string_view text, std::size_t pos, std::size_t end,
                        std::initializer_list<std::string_view> heads,
                        bool lastCell = false);

/// Parses the unsigned decimal number in text[pos, pos+count); all bytes must be digits.
int parseDigits(std::string_view text, std::size_t pos, std::size_t count);

/// The number (1-12) of a month word, full or abbreviated ("march", "Sept"), or 0.
int monthNumber(const Token& token);

/// Length of the run of ASCII digits starting at `pos`.
std::size_t digitRun(std::string_view text, std::size_t pos);

/// Length of the run of ASCII capitals starting at `pos`.
std::size_t upperRun(std::string_view text, std::size_t pos);

/// A decimal digit of any script the sites write numbers in, at `pos`: ASCII, Arabic-Indic
/// (U+0660), Eastern Arabic/Persian (U+06F0), Devanagari, Bengali, Thai, Lao, Burmese, Khmer and
/// Tibetan.
/// Its byte length (1-3), its value in `value`, or 0 when none is there.
std::size_t scriptDigitAt(std::string_view text, std::size_t pos, int& value);

/// The number a word of digits of any one of those scripts spells ("92", "٩٢", "၉၂"), or -1 when
/// `word` is not wholly such digits or has more than `maxDigits` of them; `digits` gets their count.
int scriptNumber(std::string_view word, std::size_t maxDigits, std::size_t& digits);

/// A word as a scan's OCR may have read it, with a digit for the letter it resembles between two
/// letters ("D0NOR", "Cédu1a", "Teléf0no", "И1Н"): `read` receives the word with each such 0 read
/// as `zero` and each such 1 as `one` (an empty `one` leaves ones unread). Returns how many digits
/// were read, or 0 when none was, or when the word holds any other digit or one at its edge: a code
/// ("H1N1", "V12", "3rd") is no misread word. Letters are ASCII or of a two-byte script.
std::size_t readOcrMisreadWord(std::string_view word, std::string& read, std::string_view zero, std::string_view one);

/// The index of the first token starting at or after byte `pos` (binary search), or the token
/// count.
std::size_t firstTokenFrom(const std::vector<Token>& tokens, std::size_t pos);

// The scanners. Each appends candidates; none needs the others' results.
void scanEmails(const ScanInput& in, Candidates& out);
void scanUrls(const ScanInput& in, Candidates& out);
void scanIpAddresses(const ScanInput& in, Candidates& out);
void scanPhonesAndSsns(const ScanInput& in, Candidates& out);
void scanNumericDates(const ScanInput& in, Candidates& out);
/// Dates (DMG, DTP, DTM, GS, BHT), ZIPs (N4), member IDs, SSNs, named providers' NPIs, record
/// and patient control numbers (NM1, REF, CLM, CLP) of ASC X12 segments pasted into a note, by
/// segment and qualifier (scan_x12.cpp).
void scanX12Segments(const ScanInput& in, Candidates& out);
void scanMonthDates(const ScanInput& in, Candidates& out);

/// The first day of a range of days before a date found: "3–5 March 2024", "du 3 au 5 mars", "vom
/// 3. bis 5. März", "del 3 al 5 de marzo", "10 to 12 March" — the first day ("3") is a date of its
/// own; with the en dash glued ("3–5 March", one token) the second day joins the date found.
void scanDayRanges(const ScanInput& in, Candidates& out);

/// A full date damaged by OCR right after a date's label: "DOB 12/O3/2024", "Date of birth:
/// l2/03/2024", "Fecha: 12,03.2024" (letters read for digits, a comma for a dot).
void scanOcrDates(const ScanInput& in, Candidates& out);
void scanAges(const ScanInput& in, Candidates& out);
void scanKeywordIdentifiers(const ScanInput& in, Candidates& out);
/// Several numbers after one plural label: "Accounts to apply: 44408-03; HB01972266"
/// (scan_identifier_lists.cpp).
void scanIdentifierLists(const ScanInput& in, Candidates& out);
/// End of a plate printed in groups of capitals and digits from `start`, whose first group ends at
/// `end` ("VX 88 322", "W-742 NF"), or `end` (scan_identifiers.cpp).
std::size_t plateGroupsEnd(std::string_view text, std::size_t start, std::size_t end);

/// A plate after a field that names the vehicle (scan_vehicle_lines.cpp).
void scanVehicleLines(const ScanInput& in, Candidates& out);

/// A number a chat gives in answer to a question asking for an identity document
/// (scan_asked_ids.cpp).
void scanAskedIds(const ScanInput& in, Candidates& out);
/// The value's token when the label ending before token j is a chat's question answered on the
/// next line by a speaker, or j (scan_asked_ids.cpp).
std::size_t answeredValueAt(const ScanInput& in, std::size_t j);

/// The document number of a passport's machine-readable zone (scan_mrz_numbers.cpp).
void scanMrzDocumentNumbers(const ScanInput& in, Candidates& out);

/// Whether `value` is a vehicle identification number: 17 capitals and digits, no I, O or Q.
bool vinShape(std::string_view value);
void scanVins(const ScanInput& in, Candidates& out);
/// IBANs and payment-card numbers by their check digits (scan_bank_numbers.cpp).
void scanBankNumbers(const ScanInput& in, Candidates& out);
/// A courier's waybill or tracking number, claimed as holding no PHI (scan_shipping_numbers.cpp).
void scanShippingNumbers(const ScanInput& in, Candidates& out);
/// App and portal user names and user IDs (scan_app_accounts.cpp).
void scanAppAccounts(const ScanInput& in, Candidates& out);
/// Patient IDs and accession numbers of a DICOM header dumped as text, by their tags
/// (scan_dicom_tags.cpp).
void scanDicomTags(const ScanInput& in, Candidates& out);
/// An order's or a ticket's number, claimed as holding no PHI (scan_order_numbers.cpp).
void scanOrderNumbers(const ScanInput& in, Candidates& out);
/// GS1 UDI serials after "(21)" (scan_identifiers.cpp; lists after "Serial numbers:" are read
/// by scanKeywordIdentifiers).
void scanDeviceLists(const ScanInput& in, Candidates& out);
void scanRecordShapes(const ScanInput& in, Candidates& out);
void scanAddresses(const ScanInput& in, Candidates& out);
void scanZipCodes(const ScanInput& in, Candidates& out);
/// HL7 v2 segments and CSV rows under a header line (scan_structured.cpp).
void scanStructuredRecords(const ScanInput& in, Candidates& out);
/// Names come last: they also look at what the other scanners already claimed.
void scanNames(const ScanInput& in, const Candidates& claimed, Candidates& out);
/// Names in a passport's machine-readable zone, and in Chinese characters in brackets next to a
/// name found in `out` (scan_name_mrz.cpp); adds to `out`.
void scanScriptNames(const ScanInput& in, Candidates& out);
/// Names in Japanese, Korean and the Indic scripts by their labels and honorifics
/// (scan_name_east_asian.cpp).
void scanEastAsianAndIndicNames(const ScanInput& in, Candidates& out);
/// A patient's initials alone in a table row's cell ("...,H1234567,E.T.,93,...";
/// scan_name_initial_cells.cpp).
void scanInitialsCells(const ScanInput& in, Candidates& out);
// Names in fixed-width listing rows and on index cards (scan_name_listing_rows.cpp), seed 3838.
void scanListingRowNames(const ScanInput& in, Candidates& out);
/// Names in Arabic script after a name label or a form of address (scan_name_arabic.cpp).
void scanArabicNames(const ScanInput& in, Candidates& out);
/// Names in Armenian and Georgian letters after a label or a title, or by a family name's ending
/// (scan_name_caucasus.cpp).
void scanCaucasianNames(const ScanInput& in, Candidates& out);
/// Names in Lao script after a name label or a form of address (scan_name_lao.cpp).
void scanLaoNames(const ScanInput& in, Candidates& out);
/// Names in Thai, Hebrew and Greek letters after a label, a title or a kin word
/// (scan_name_thai_hebrew.cpp).
void scanThaiHebrewGreekCuedNames(const ScanInput& in, Candidates& out);
/// Russian and Belarusian names in lower case with the father's name (scan_name_cyrillic_lower.cpp).
void scanLowerCyrillicNames(const ScanInput& in, Candidates& out);
/// Person names in the NM1 segments of X12 claims and remittances (scan_name_x12.cpp).
void scanX12Names(const ScanInput& in, Candidates& out);
// Mongolian names in the lower case of chats (scan_name_mongolian_chat.cpp): "доржийн номин (уе62010903)".
void scanMongolianChatNames(const ScanInput& in, Candidates& out);
/// Widens found names over the Chinese order of Hong Kong, Macau and Singapore ("CHAN Tai Man,
/// Peter", "Tan Wei Ming") (scan_name_chinese_order.cpp); adds to `out`.
void widenChineseOrderNames(const ScanInput& in, Candidates& out);
// A Hong Kong given name's hyphenated syllables after a found family name ("Chan Wing-sze";
// scan_name_hyphen_given.cpp).
void widenHyphenatedGivenNames(const ScanInput& in, Candidates& out);
// A Namibian family name's click mark ("Hilma !Naobeb"; scan_name_clicks.cpp).
void widenClickNames(const ScanInput& in, Candidates& out);
/// Widens found names over Polynesian glottal stops ("Fa'asalele", "Sione ʻAhoafi Fifita")
/// (scan_name_glottal.cpp); adds to `out`.
void widenGlottalNames(const ScanInput& in, Candidates& out);

}  // namespace concord::phi::detail
