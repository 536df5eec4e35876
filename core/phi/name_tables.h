#pragma once
// Word lists for name detection. All entries are ASCII lower case; look-ups take lower case.
#include <cstdint>
#include <span>
#include <string_view>

namespace concord::phi::detail {

/// Bits of wordClasses(): which lists a word is on.
using WordClassBits = std::uint32_t;
namespace WordClass {
inline constexpr WordClassBits kGiven = 1 << 0;
inline constexpr WordClassBits kFamily = 1 << 1;
inline constexpr WordClassBits kAmbiguous = 1 << 2;
inline constexpr WordClassBits kNever = 1 << 3;
inline constexpr WordClassBits kEponymTrigger = 1 << 4;
inline constexpr WordClassBits kTitle = 1 << 5;
inline constexpr WordClassBits kCredential = 1 << 6;
inline constexpr WordClassBits kStateCode = 1 << 7;
inline constexpr WordClassBits kStateName = 1 << 8;
inline constexpr WordClassBits kStreetSuffix = 1 << 9;
/// An ordinary English word (english_words.cpp); names that are words are on the name lists too.
inline constexpr WordClassBits kEnglish = 1 << 10;
/// The first word of a name cue (name_cues.h), so that most tokens skip the cue look-up.
inline constexpr WordClassBits kCueStart = 1 << 11;
/// A surname that also names a sign or a disease: "Graves", "Parkinson" (kEponymNames).
inline constexpr WordClassBits kEponymName = 1 << 12;
/// Role nouns, kin nouns and name particles of the cue inventory (scan_name_cues.cpp), so that the
/// name rules ask about a token's role with a bit test, not a list look-up.
inline constexpr WordClassBits kRoleNoun = 1 << 13;
inline constexpr WordClassBits kKinNoun = 1 << 14;
inline constexpr WordClassBits kParticle = 1 << 15;
/// A name known only from the wide lexicon (name_lexicon.cpp), on no curated list.
inline constexpr WordClassBits kLexicon = 1 << 16;
}  // namespace WordClass

/// Every list `lower` is on, as WordClass bits (one hash look-up).
WordClassBits wordClasses(std::string_view lower);

/// Form words of hospital administration that are never names, with the spellings the tokenizer
/// gives them in capitals and Title case (name_admin_words.cpp; folded into the never-name class).
std::span<const std::string_view> adminFormWordTable();
/// Common given names (a generic list of frequent names, not drawn from any patient data).
bool isCommonGivenName(std::string_view lower);
/// Common family names.
bool isCommonFamilyName(std::string_view lower);
/// Names that are also ordinary words ("Will", "Grace", "Brown", "May"): a name only with a cue.
bool isAmbiguousNameWord(std::string_view lower);
/// Capitalised words of clinical prose and note layout that are never part of a person's name:
/// headings, departments, specialties, eponyms used as disease names, credentials, months.
bool isNeverNameWord(std::string_view lower);
/// Words after a capitalised word that make it an eponym, not a person ("Bell palsy").
bool isEponymTrigger(std::string_view lower);
/// Surnames that also name a sign or a disease ("graves", "kernig"): a family name only after a
/// given name or a cue, and with no trigger word after it.
bool isEponymName(std::string_view lower);
/// Honorifics before a name: "mr", "dr", ...
bool isTitleWord(std::string_view lower);
/// Professional credentials after a name: "md", "rn", ...
bool isCredentialWord(std::string_view lower);
/// Two-letter US state or territory codes, upper case expected in the text ("il").
bool isStateCode(std::string_view lower);
/// Full state names, one word or the last word of two ("york" in "New York" needs the first).
bool isStateName(std::string_view lower);
/// Street-type words: "street", "st", "avenue", ...
bool isStreetSuffix(std::string_view lower);

}  // namespace concord::phi::detail

namespace concord::phi::detail {

/// The whole tables, for drawing surrogate names.
std::span<const std::string_view> givenNameTable();
std::span<const std::string_view> familyNameTable();
/// Given and family names of many countries (name_lexicon.cpp), generated; ASCII-lowered.
std::span<const std::string_view> lexiconGivenNameTable();
std::span<const std::string_view> lexiconFamilyNameTable();
/// Lower-case common English words (english_words.cpp).
std::span<const std::string_view> englishWordTable();

}  // namespace concord::phi::detail
