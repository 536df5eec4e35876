// Words of family life, faith, language and daily life in code-switched notes that are read as a
// person's name and are none (seed 3939): kin terms and honorifics standing alone ("Tita and Lola
// came with Ate and Kuya", "Tannie and Oom", "Pt Smt. Sunita Saxena"), the names of languages and
// scripts ("Interpreter required: Sylheti", "English, Tiếng Việt, 中文"), festivals and prayers
// ("Hari Raya, Deepavali and Christmas", "after Jummah", "Bismillah"), chains and apps of daily life
// ("Jollibee, Tim Hortons and Pizza Hut", "Dr. Google"), the lower-case function words of the
// languages mixed into English ("da cho Efferalgan", "call saya 013-...", "Pani mowi ze boli") and
// the word for a person's age before its number ("Umar: 59 saal"). A kin term before a name is
// outside the name's span and a kin term alone is no name. Shared by the rules' vetoes and the
// name model's revision (noPersonByContext).
#include <array>
#include <string_view>

#include "flat_word_table.h"
#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Kin terms and honorifics of address that are never anyone's given or family name: Filipino,
// Afrikaans, Hindi and Urdu, Greek, Amharic, Russian, Turkish, Haitian, Maori, Swahili, Korean and
// Japanese ("Kuya will stay overnight", "Oom came with the dominee", "Bhaiya", "Giagia lives
// alone", "Emama came with ...", "Babushka and Dedushka", "Teyze and Amca", "Manman ak Tonton").
bool isKinTerm(std::string_view lower) {
  static constexpr std::array<std::string_view, 59> kTerms = {
      "ate", "kuya", "tannie", "oom", "ouma", "oupa", "bhaiya", "bhaiyya", "bhaiyaa",
      "bhabhi", "dadi", "nani", "nanu", "ammi", "ammiji", "abbu", "abbaji", "chacha", "chachi", "mausi",
      "mamu", "khala", "khalu", "phupho", "giagia", "yiagia", "papous", "pappous", "papou", "emama", "abbaba",
      "babushka", "dedushka", "dedulya", "teyze", "amca", "manman", "tonton", "matant", "koro", "kuia",
      "mzee", "shangazi", "halmeoni", "harabeoji", "obaachan", "ojiichan", "ojisan", "obasan", "umma",
      "appa", "abba", "smt", "shrimati", "jiddo", "sitti", "ji", "jee", "sahib"};
  static const FlatWordTable& kSet = *new FlatWordTable(kTerms);
  return kSet.contains(lower);
}

// Kin terms that are also given names or nicknames elsewhere ("Lola", "Didi", "Baba" a Nigerian
// family name, "Bibi", "Lolo", "Tita" and "Tito" nicknames: 'Preferred name: Tita'): no name only
// beside another kin word ("Tita and Lola", "Mama and Baba", "Didi and Bhaiya") or after a
// possessive ("my lola").
bool isNameLikeKinTerm(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kTerms = {"tita", "tito", "lola", "lolo", "didi", "baba",
                                                              "bibi", "amma", "dada", "teta", "nana", "mama"};
  return listHas(kTerms, lower);
}

bool kinWord(const Token& t) {
  return isKinTerm(t.lower) || isNameLikeKinTerm(t.lower) || (t.classes & WordClass::kKinNoun);
}

// Languages and scripts that are no one's name (not "English", "French", "German" or "Welsh":
// family or given names too).
bool isLanguageWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 34> kLanguages = {
      "sylheti", "latin", "krey\u00f2l", "kreyol", "tagalog", "taglish", "hokkien", "teochew", "cantonese",
      "mandarin", "gurmukhi", "shahmukhi", "bangla", "banglish", "punjabi", "urdu", "hindi", "hinglish",
      "gujarati", "marathi", "malayalam", "sinhala", "amharic", "tigrinya", "swahili", "kiswahili", "afrikaans",
      "isizulu", "spanglish", "singlish", "arabizi", "greeklish", "espa\u00f1ol", "portugu\u00eas"};
  static const FlatWordTable& kSet = *new FlatWordTable(kLanguages);
  return kSet.contains(lower);
}

// Prayers, pious phrases and festivals ("Bismillah, Mashallah and Inshallah", "after Jummah").
bool isFaithWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "jummah", "jumma", "bismillah", "inshallah", "insha'allah", "mashallah", "wallahi", "alhamdulillah",
      "subhanallah", "deepavali", "diwali", "hajj", "umrah", "zamzam", "karakia", "t\u1ebft"};
  static const FlatWordTable& kSet = *new FlatWordTable(kWords);
  return kSet.contains(lower);
}

// Apps and chains named in diet histories and by families ("Dr. Google", "Jollibee").
bool isBrandWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kBrands = {"google", "jollibee", "whatsapp", "facebook",
                                                              "youtube", "instagram", "tiktok", "kfc"};
  return listHas(kBrands, lower);
}

// Two-word phrases of the same kinds: the festival "Hari Raya", the language "Tiếng Việt", the
// chains "Tim Hortons" and "Pizza Hut" (the first word alone is a given name: "Hari", "Tim").
bool inTwoWordPhrase(const ScanInput& in, std::size_t k) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kPhrases = {
      {{"hari", "raya"}, {"ti\u1ebfng", "vi\u1ec7t"}, {"tieng", "viet"}, {"tim", "hortons"}, {"pizza", "hut"}}};
  const std::vector<Token>& tokens = in.tokens;
  for (const auto& [a, b] : kPhrases) {
    if (tokens[k].lower == a && k + 1 < tokens.size() && tokens[k + 1].lower == b && gapBetween(in, k, k + 1) == " ") {
      return true;
    }
    if (tokens[k].lower == b && k > 0 && tokens[k - 1].lower == a && gapBetween(in, k - 1, k) == " ") return true;
  }
  return false;
}

// Lower-case function words of Hindi-Urdu, Bengali, Filipino, Malay, Vietnamese, Ukrainian and Polish
// written among English ("ne call kiya", "amar buk e betha", "anyos na po siya", "taga
// caloocan po kami", "call saya", "da cho Efferalgan", "vona ... narodzhena", "Pani mowi"): a name
// so written in a chat is asked about only in lower case. (Not "hai", "gao" or "hen":
// Vietnamese and Chinese names written in lower case, "[14:06] hai: fine", "per dr gao".)
bool isLowerFunctionWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 18> kWords = {
      "kiya", "kiye", "hain", "nahi", "amar", "siya", "sila", "kami", "kayo", "niya", "saya",
      "aku", "cho", "vona", "vin", "mowi", "sana", "mera"};
  static const FlatWordTable& kSet = *new FlatWordTable(kWords);
  return kSet.contains(lower);
}

bool possessiveBefore(const ScanInput& in, std::size_t k) {
  if (k == 0 || gapBetween(in, k - 1, k) != " ") return false;
  return listHas({"my", "his", "her", "their", "our", "your", "the", "su", "mi", "la", "el", "ang", "si", "ni"},
                 in.tokens[k - 1].lower);
}

// "Tita and Lola", "Mama and Baba", "Manman ak Tonton", "Bibi wa Mzee": a kin word on the other
// side of a conjunction.
bool kinBeside(const ScanInput& in, std::size_t k) {
  const std::vector<Token>& tokens = in.tokens;
  const auto conj = [](std::string_view w) { return listHas({"and", "&", "y", "ak", "wa", "at", "und", "i", "e"}, w); };
  if (k + 2 < tokens.size() && conj(tokens[k + 1].lower) && gapBetween(in, k, k + 1) == " " &&
      gapBetween(in, k + 1, k + 2) == " " && kinWord(tokens[k + 2])) {
    return true;
  }
  if (k >= 2 && conj(tokens[k - 1].lower) && gapBetween(in, k - 1, k) == " " &&
      (gapBetween(in, k - 2, k - 1) == " " || gapBetween(in, k - 2, k - 1) == ", ") && kinWord(tokens[k - 2])) {
    return true;
  }
  return false;
}

// "Umar: 59 saal", "Edad: 45 años": the word of a form's line before an age's number and its unit
// is the label (a chat's speaker after the stamp stays: "[01/05/25, 23:14] rey: 61 anyos na po").
bool ageLabel(const ScanInput& in, std::size_t k) {
  const std::vector<Token>& tokens = in.tokens;
  if (k + 2 >= tokens.size() || !tokens[k + 1].allDigits || tokens[k + 1].length() > 3) return false;
  if (!tokens[k].capitalised || tokens[k].allCaps || (k > 0 && gapBetween(in, k - 1, k).ends_with("] "))) return false;
  const std::string_view g = gapBetween(in, k, k + 1);
  if (g != ": " && g != ":") return false;
  return gapBetween(in, k + 1, k + 2) == " " &&
         listHas({"saal", "sal", "years", "yrs", "anos", "a\u00f1os", "tahun", "sui", "taon", "anyos", "bochor",
                  "vayasu"},
                 tokens[k + 2].lower);
}

bool cultureWord(const ScanInput& in, std::size_t k, bool alone) {
  const Token& t = in.tokens[k];
  if (t.hasDigit) return false;
  // ("Ji-an", "JI-HO", "JI^GEUM-JA": a part of a hyphenated given name or of a DICOM name, not the
  // honorific "ji".)
  const auto joined = [](std::string_view g) { return g == "-" || g == "^"; };
  if ((k > 0 && joined(gapBetween(in, k - 1, k))) || (k + 1 < in.tokens.size() && joined(gapBetween(in, k, k + 1)))) {
    return false;
  }
  if (isKinTerm(t.lower) || isLanguageWord(t.lower) || isFaithWord(t.lower) || isBrandWord(t.lower)) return true;
  if (inTwoWordPhrase(in, k)) return true;
  if (isNameLikeKinTerm(t.lower) && (kinBeside(in, k) || possessiveBefore(in, k))) return true;
  return alone && isLower(in.text[t.start]) && isLowerFunctionWord(t.lower);
}

}  // namespace

bool cultureWordRun(const ScanInput& in, std::size_t first, std::size_t endToken) {
  if (endToken <= first || endToken > in.tokens.size()) return false;
  if (endToken - first == 1 && ageLabel(in, first)) return true;
  for (std::size_t k = first; k < endToken; ++k) {
    if (!cultureWord(in, k, endToken - first == 1)) return false;
  }
  return true;
}

}  // namespace concord::phi::detail
