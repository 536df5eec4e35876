// Names written in lower case. Hurried notes drop capitals everywhere ("pt abena subramaniam
// seen w/ dr okonkwo, son fernando at bs"), so case cannot tell a name from a word there. Such a
// run is taken only right after a cue (a title, a label, a kin or role noun, a phrase such as
// "called"), and only from words that cannot be English or clinical: listed names that are not
// also words, or unknown words of four letters or more outside the lexicon and the clinical
// vocabulary.
#include <algorithm>

#include "name_cues.h"
#include "name_scanner.h"

namespace concord::phi::detail {

bool NameScanner::lowerNameWord(std::size_t k) const { return lowerNameWord(k, false); }

bool NameScanner::lowerNameWord(std::size_t k, bool ingAllowed) const { return lowerNameWord(k, ingAllowed, false); }

bool NameScanner::lowerNameWord(std::size_t k, bool ingAllowed, bool anyEnding) const {
  if (k >= tokens_.size()) return false;
  const Token& t = tokens_[k];
  if (claimed_[k] || t.hasDigit || t.length() < 3 || t.capitalised || t.allCaps) return false;
  const char first = in_.text[t.start];
  if (!(isLower(first) || isNonAscii(first))) return false;
  // (The word-class bits first: most lower-case words are English and need no list scan.)
  if (isAmbiguousNameWord(t) || isNeverNameWord(t) || (t.classes & WordClass::kEnglish)) return false;
  if (isTitleWord(t) || isCredentialWord(t) || isNameParticle(t) || isRoleNoun(t)) return false;
  if (isCommonGivenName(t) || isCommonFamilyName(t)) return true;
  // ("(nurse): burkitt-like morphology excluded", "hodgkin-type": a lower-case eponym before its
  // trigger or a hyphenated description is the disease; "hi dr cowden" is a person.)
  if (isEponymName(t) && (eponymFollows(in_, k, 1) || (k + 1 < tokens_.size() && gap(k, k + 1) == "-" &&
                                                         isLower(in_.text[tokens_[k + 1].start])))) {
    return false;
  }
  if (t.length() < 4 || isEponymTrigger(t)) return false;
  if (anyEnding) return true;
  if (hasClinicalEnding(t.lower)) return false;
  // Lower-case clinical adjectives outside the lexicon ("afebrile", "tachycardic",
  // "hypotensive", "diaphoretic") have these endings; few names written in ASCII do.
  for (std::string_view ending : {"ic", "ile", "ive", "al", "ous", "ent", "ant", "ing", "ed", "oid", "ary",
                                  "emia", "osis", "otic", "nea", "uria", "ase", "ine", "ide", "ol"}) {
    if (ingAllowed && ending == "ing" && t.length() <= 8) continue;
    if (t.lower.size() > ending.size() + 2 && t.lower.ends_with(ending)) return false;
  }
  return true;
}

// Short pronouns, articles and verbs of Spanish, Portuguese and French chats, which no list of
// English words holds, to lead no short family name: "mi hija se cayó", "son fils va mieux".
static bool romanceFunctionWord(std::string_view lower) {
  // (Not "le", "ma", "su", "do", "ha", "lo", "na": Vietnamese and Chinese family names too; nor
  // Maori "te": "my wife te aomihia".)
  static constexpr std::string_view kWords[] = {
      "se", "la", "los", "las", "les", "me", "nos", "una", "uno", "va", "vai", "du", "des", "et", "il",
      "elle", "est", "mon", "ton", "que", "qui", "por", "con", "sin", "muy", "mas", "m\u00e1s", "fue", "era",
      "foi", "n\u00e3o", "ele", "ela", "tem", "com", "sem", "dos", "das", "del", "pas", "h\u00e1", "em"};
  return listHas(kWords, lower);
}

std::size_t NameScanner::lowerRun(std::size_t j, bool strong, bool singleOk) const {
  const std::size_t n = tokens_.size();
  std::size_t k = j;
  std::size_t words = 0;
  if (strong && j + 1 < n && !claimed_[j] && isLower(in_.text[tokens_[j].start]) && listedName(tokens_[j]) &&
      !tokens_[j].hasDigit && gap(j, j + 1) == " " && isLower(in_.text[tokens_[j + 1].start]) &&
      (lowerNameWord(j + 1) || (listedName(tokens_[j + 1]) && !tokens_[j + 1].hasDigit) ||
       isNameParticle(tokens_[j + 1]))) {
    k = j + 1;  // "guy haile", "rose knight", "page de vries"
    words = 1;
  }
  while (k < n && words < 3) {
    // Particles ride along when a name word follows: "dr van den heuvel".
    std::size_t p = k;
    while (p + 1 < n && isNameParticle(tokens_[p]) && isLower(in_.text[tokens_[p].start]) &&
           gap(p, p + 1) == " ") {
      ++p;
    }
    // "jia-hui": a short part joined by a hyphen to a lower-case part.
    // The second part may be short ("kai-uwe", "soo-ah") when it is no English or clinical word.
    const auto tail = [&](std::size_t t) {
      const Token& w = tokens_[t];
      return lowerNameWord(t) || (w.length() >= 2 && w.length() <= 3 && !w.hasDigit && !claimed_[t] &&
                                  isLower(in_.text[w.start]) && !(w.classes & (WordClass::kEnglish | WordClass::kNever)) &&
                                  !isCredentialWord(w) && !isNameParticle(w));
    };
    // ("lily-grace", "mary-kate": two listed names, even ones that are words, make one.)
    const bool hyphenated = p + 1 < n && gap(p, p + 1) == "-" && tokens_[p].length() >= 2 && !tokens_[p].hasDigit &&
                            isLower(in_.text[tokens_[p].start]) &&
                            (tail(p + 1) || (listedName(tokens_[p]) && listedName(tokens_[p + 1]) && !claimed_[p + 1] &&
                                             isLower(in_.text[tokens_[p + 1].start])));
    // After a listed lead, a listed family name that is also a word ends the name: "rose knight".
    const bool listedTail = words == 1 && k == j + 1 && p == k && listedName(tokens_[p]) && !tokens_[p].hasDigit;
    // "tenzing gauvreau", "chhiring rangihuna": a given name ending in "-ing" leads a name when a
    // family name follows ("vomiting blood" is no name: "blood" is a word).
    const bool ingLead = words == 0 && p == k && p + 1 < n && gap(p, p + 1) == " " && lowerNameWord(p, true) &&
                         lowerNameWord(p + 1);
    // ("my partner sok vuthy", "wife ly rithy": after a strong cue a short family name of two or
    // three letters that is no English, clinical or never-name word leads, Khmer, Vietnamese or
    // Chinese style, when a name word of four letters or more follows.)
    const Token& lead = tokens_[p];
    const bool shortLead = words == 0 && p == k && singleOk && p + 1 < n && gap(p, p + 1) == " " &&
                           lead.length() >= 2 && lead.length() <= 3 && !lead.hasDigit && !claimed_[p] &&
                           isLower(in_.text[lead.start]) && !(lead.classes & (WordClass::kEnglish | WordClass::kNever)) &&
                           !isCredentialWord(lead) && !isNameParticle(lead) && !isTitleWord(lead) &&
                           !isRoleNoun(lead) && !isAmbiguousNameWord(lead) && !romanceFunctionWord(lead.lower) &&
                           lowerNameWord(p + 1) && tokens_[p + 1].length() >= 4;
    if (!hyphenated && !lowerNameWord(p) && !listedTail && !ingLead && !shortLead) break;
    if (opensNextField(p, words)) break;
    k = hyphenated ? p + 2 : p + 1;
    ++words;
    if (k < n && gap(k - 1, k) == " ") continue;
    break;
  }
  if (words == 0) return j;
  // "grandmother: ovarian cancer": a lower-case word before a disease noun describes it.
  if (k < n && gap(k - 1, k) == " ") {
    const std::string_view next = tokens_[k].lower;
    if (next == "cancer" || next == "disease" || next == "syndrome" || next == "carcinoma" || next == "tumor" ||
        next == "tumour" || next == "disorder" || next == "failure") {
      return j;
    }
  }
  // After a weak cue ("pt", "called") one unlisted word alone is too little: "pt
  // afebrile", "called pharm". Two name words, or a listed name, are needed.
  // After a kin noun a lone word is a name more often than not ("son ciaran at bs").
  if (!singleOk && words == 1 && k == j + 1 && !listedName(tokens_[j])) return j;
  return k;
}

void NameScanner::tryLowerRole(std::size_t i) {
  const Token& t = tokens_[i];
  // "dr teo aware. rn schalk", "rn nomfundo-grace": a nurse signs in lower case after her
  // credential as a doctor after "dr", when the name ends there ("rn aware", "rn to call" are
  // words and stay prose).
  if (!marked_[i] && t.lower == "rn" && in_.text[t.start] == 'r' && i + 1 < tokens_.size() && gap(i, i + 1) == " ") {
    const std::size_t end = lowerRun(i + 1, true, true);
    if (end > i + 1 && nameEndsAfter(end - 1)) {
      mark(i + 1, end);
      return;
    }
  }
  if (marked_[i] || t.hasDigit || t.length() < 3 || !isLower(in_.text[t.start])) return;
  // "about wubbo erdogan-smith date of birth july 15": two lower-case name words before a date of birth.
  if (t.length() >= 4 && i + 3 < tokens_.size() && gap(i, i + 1) == " " && lowerNameWord(i)) {
    std::size_t end = lowerRun(i, false, false);
    // ("spoke w/ yasuo hearing dob 5/18/2001": a family name that is a word, between a given name
    // that is none and the date of birth.)
    const Token& next = tokens_[i + 1];
    if (end <= i + 1 && !claimed_[i + 1] && !next.hasDigit && next.length() >= 3 && isLower(in_.text[next.start]) &&
        !isNeverNameWord(next) && !hasClinicalEnding(next.lower) && !isRoleNoun(next) && !isKinNoun(next) &&
        gap(i + 1, i + 2) == " " && tokens_[i + 2].lower == "dob") {
      end = i + 2;
    }
    // ("note on orvel bushong period date of birth march ...", "operative report patient ivalene
    // weatherwax medical record 33937237": speech recognition writes the full stop as a word, and the
    // record's number follows a name as its date of birth does, seed 2727.)
    std::size_t f = end;
    if (end >= i + 2 && f + 1 < tokens_.size() && gap(f - 1, f) == " " && (tokens_[f].lower == "period" || tokens_[f].lower == "comma")) ++f;
    if (end >= i + 2 && f + 2 < tokens_.size() && (gap(f - 1, f) == " " || gap(f - 1, f) == ", ") &&
        (tokens_[f].lower == "dob" || (tokens_[f].lower == "date" && tokens_[f + 1].lower == "of" &&
                                       tokens_[f + 2].lower == "birth") ||
         (tokens_[f].lower == "medical" && tokens_[f + 1].lower == "record" && tokens_[f + 2].allDigits))) {
      mark(i, end);
      return;
    }
  }
  // The role test first: it is one gap comparison, and almost every word fails it.
  if (!roleAfter(i + 1)) return;
  // ("f/u w faith (pcp)": before a role a name that is also a word is a name too.)
  if (lowerNameWord(i) || ((listedName(t)) && !isNeverNameWord(t))) mark(i, i + 1);
}

bool NameScanner::tryVietnameseCourtesy(std::size_t i) {
  // ("l\u1ed9c: \u00f4ng to\u1ea3n t\u1eadp \u0111i \u0111\u01b0\u1ee3c 20 m", seed 2828): a Vietnamese chat writes the
  // courtesy titles "b\u00e0" (Mrs, grandmother) and "\u00f4ng" (Mr, grandfather) in lower case before the
  // one given name people are called by. Only where the title opens a message after the speaker's
  // colon, and not before the words that make "b\u00e0"/"\u00f4ng" a pronoun or a kin word ("b\u00e0 b\u1ecb
  // ng\u00e3", "\u00f4ng n\u1ed9i"): the next word must be no English, never-name or such word.
  const Token& t = tokens_[i];
  if (i == 0 || i + 1 >= tokens_.size() || t.capitalised || t.allCaps || t.hasDigit) return false;
  if (t.lower != "b\u00e0" && t.lower != "\u00f4ng") return false;
  if (gap(i - 1, i) != ": " || gap(i, i + 1) != " ") return false;
  const Token& w = tokens_[i + 1];
  if (claimed_[i + 1] || marked_[i + 1] || w.hasDigit || w.capitalised || w.allCaps || w.length() < 2 ||
      (w.classes & (WordClass::kEnglish | WordClass::kNever)) || isTitleWord(w) || isRoleNoun(w) || isKinNoun(w)) {
    return false;
  }
  static constexpr std::string_view kNotNames[] = {"b\u1ecb", "\u0111\u00e3", "c\u00f3", "kh\u00f4ng", "l\u00e0", "\u0111\u01b0\u1ee3c", "c\u1ea7n", "n\u00f3i", "\u1ea5y", "ta", "n\u1ed9i", "ngo\u1ea1i", "c\u1ee5", "v\u00e0", "th\u00ec", "v\u1eabn", "\u0111ang", "s\u1ebd", "n\u00e0y", "\u0111\u00f3", "con", "ch\u00e1u", "gi\u00e0", "nh\u00e0", "b\u00e1c", "anh", "ch\u1ecb", "em", "\u01a1i", "mu\u1ed1n", "h\u1ecfi", "\u0111i", "v\u1ec1", "\u0103n", "u\u1ed1ng", "ng\u1ee7", "\u0111au", "kh\u1ecfe", "kho\u1ebb", "m\u1ec7t", "h\u00f4m", "c\u0169ng", "ch\u01b0a", "r\u1ea5t", "h\u01a1i", "m\u1edbi", "v\u1eeba", "b\u1ea3o", "k\u00eau", "th\u1ea5y", "ho", "s\u1ed1t", "n\u1eb1m", "\u1edf", "t\u00f4i", "m\u00ecnh", "n\u00f3", "h\u1ecd", "c\u00e1c", "nh\u1eefng", "m\u1ed9t", "hai", "ba", "x\u00e3", "tr\u01b0\u1edfng", "gi\u00e1o", "ch\u1ee7"};
  if (listHas(kNotNames, w.lower)) return false;
  mark(i + 1, i + 2);
  return true;
}

bool NameScanner::tryNamedAfterDoctor(std::size_t i) {
  // ("bom dia doutora, ad\u00e3o kiala faltou \u00e0 hemodi\u00e1lise", "mbote docteur, esp\u00e9rance lukusa azali
  // malamu te", "doctor, u aung kyaw moe dialysis day change possible?", seed 3030): a chat message
  // that opens by greeting the doctor names, right after the comma, the patient it is about. Taken
  // only where the doctor word follows the speaker's colon within three lower-case words (a
  // greeting), and only as two or three lower-case name words, none of them unlisted with a Romance
  // verb's ending or a function word, so that "hola doctora, quer\u00eda saber", "bonjour docteur,
  // merci pour tout" or "bom dia doutora, tudo bem" stay prose. Burmese "u" and
  // "daw" (Mr, Mrs) may come first.
  const Token& t = tokens_[i];
  if (t.capitalised || t.allCaps || i + 2 >= tokens_.size() || gap(i, i + 1) != ", ") return false;
  if (!listHas({"doctor", "doctora", "docteur", "doutora", "doutor"}, t.lower)) return false;
  std::size_t b = i;
  while (b > 0 && i - b < 3 && gap(b - 1, b) == " " && isLower(in_.text[tokens_[b - 1].start]) &&
         !tokens_[b - 1].hasDigit) {
    --b;
  }
  if (b == 0 || gap(b - 1, b) != ": ") return false;
  std::size_t j = i + 1;
  if ((tokens_[j].lower == "u" || tokens_[j].lower == "daw") && isLower(in_.text[tokens_[j].start]) &&
      gap(j, j + 1) == " ") {
    ++j;
  }
  const std::size_t end = lowerRun(j, true, false);
  if (end < j + 2) return false;
  if (!romanceNameRun(j, end, false)) return false;
  mark(j, end);
  return true;
}

bool NameScanner::romanceNameRun(std::size_t j, std::size_t end, bool listedNeeded) const {
  // Unlisted words must not read as a Romance verb or function word: "quer\u00eda saber", "merci pour".
  bool listed = false;
  for (std::size_t k = j; k < end; ++k) {
    const Token& w = tokens_[k];
    if (isCommonGivenName(w) || isCommonFamilyName(w)) {
      listed = true;
      continue;
    }
    if (romanceFunctionWord(w.lower)) return false;
    for (std::string_view ending : {"\u00eda", "ar", "er", "ir", "ado", "ada", "ido", "ida", "ando", "endo", "\u00e7\u00e3o",
                                    "mos", "ez", "ons", "ais", "ait", "ant", "\u00e9"}) {
      if (w.lower.size() > ending.size() + 1 && w.lower.ends_with(ending)) return false;
    }
  }
  return listed || !listedNeeded;
}

bool NameScanner::tryForWhomSpanish(std::size_t i) {
  // ("m\u00e1ndame el losart\u00e1n para osmany pupo vald\u00e9s con wendell pruitt", seed 3030): in a lower-case
  // Spanish message "para" (for) before two or three lower-case name words names whom a medicine or
  // a favour is for. "para" mostly leads a verb or a noun ("para tomar", "para la presi\u00f3n arterial"),
  // so one word must be a listed given or family name and no unlisted one may read as a verb or a
  // function word.
  const Token& t = tokens_[i];
  if (t.lower != "para" || t.capitalised || t.allCaps || i + 2 >= tokens_.size() || gap(i, i + 1) != " ") return false;
  const std::size_t end = lowerRun(i + 1, true, false);
  if (end < i + 3 || !romanceNameRun(i + 1, end, true)) return false;
  mark(i + 1, end);
  return true;
}

bool NameScanner::tryBurmeseCourtesy(std::size_t i) {
  // ("doctor, u zaw min htut dialysis day change possible?", "daw su myat noe", seed 3030): Burmese
  // "u" (Mr) and "daw" (Mrs) in lower case before a name of two to four syllables. Burmese names are
  // written syllable by syllable from a small set, some of them English or never-name words ("min",
  // "thin", "aye", "win") or short ("su", "zin"), which the lower-case rules refuse; here every word
  // must be such a syllable, so that texting's "u" (you) before words stays prose ("can u thin it").
  static constexpr std::string_view kSyllables[] = {
      "aung", "kyaw", "moe", "zaw", "min", "htut", "thin", "aye", "khin", "myo", "thant", "win", "myint", "tun",
      "hla", "nyein", "su", "myat", "noe", "mya", "soe", "naing", "thura", "zin", "latt", "maung", "than", "htay",
      "thet", "wai", "phyo", "hein", "lwin", "sandar", "thida", "phyu", "khaing", "hnin", "wint", "shwe", "htet",
      "paing", "pyae", "kyi", "cho", "yin", "htoo", "thaw", "zar", "ni", "yi", "oo", "nwe", "ohn", "sein", "tint"};
  const Token& t = tokens_[i];
  if (t.capitalised || t.allCaps || (t.lower != "u" && t.lower != "daw") || i + 2 >= tokens_.size()) return false;
  if (i > 0 && tokens_[i - 1].hasDigit && isInlineSpace(gap(i - 1, i), 1)) return false;  // "10 u insulin"
  std::size_t k = i + 1;
  while (k < tokens_.size() && k < i + 5 && gap(k - 1, k) == " " && !claimed_[k] && !marked_[k] &&
         !tokens_[k].capitalised && !tokens_[k].allCaps && listHas(kSyllables, tokens_[k].lower)) {
    ++k;
  }
  if (k < i + 3) return false;
  mark(i + 1, k);
  return true;
}

}  // namespace concord::phi::detail
