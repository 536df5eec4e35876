// Person names. Evidence, strongest first:
//  1. a title before the name ("Dr. Okafor", "MRS. LINDQVIST");
//  2. a label or phrase that introduces a person ("Patient:", "Attending:", "signed by",
//     "her daughter"), including "LAST, FIRST" after a label and lists after "cc:";
//  3. a credential after the name ("Jane Q. Doe, MD");
//  4. the common-name tables (a given name followed by a capitalised word, or a frequent
//     given or family name on its own, unless it is also an ordinary word or an eponym);
//  5. propagation: once a word is a name somewhere in the text, every other capitalised or
//     ALL-CAPS occurrence of it is a name too ("Mr. Adeyemi ... ADEYEMI tolerated ...").
#include <algorithm>
#include <array>
#include <unordered_set>

#include "name_cues.h"
#include "name_tables.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

class NameScanner {
 public:
  NameScanner(const ScanInput& in, const Candidates& claimed, Candidates& out)
      : in_(in), tokens_(in.tokens), out_(out), claimed_(tokens_.size(), false), marked_(tokens_.size(), false) {
    markClaimed(claimed);
    // In a note written in ordinary case, a short ALL-CAPS word is an abbreviation ("SSN",
    // "COPD"), not a name; in an ALL-CAPS note nothing can be told from case.
    std::size_t lower = 0, upper = 0;
    for (char c : in.text) {
      lower += isLower(c);
      upper += isUpper(c);
    }
    mixedCase_ = lower > upper;
  }

  void run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (claimed_[i]) continue;
      if (tryTitle(i) || tryLabel(i) || tryAgent(i) || tryCredential(i)) continue;
    }
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!claimed_[i] && !marked_[i]) tryTables(i);
    }
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!claimed_[i] && !marked_[i]) tryShape(i);
    }
    for (std::size_t i = 1; i < tokens_.size(); ++i) {
      if (!claimed_[i] && !tokens_[i].properShape()) tryVerbCue(i);
      if (tokens_[i].allCaps) tryVerbCue(i);
    }
    propagate();
    emit();
  }

 private:
  const ScanInput& in_;
  const std::vector<Token>& tokens_;
  Candidates& out_;
  std::vector<bool> claimed_;  // inside a finding of another category
  std::vector<bool> marked_;   // part of a name
  std::vector<std::pair<std::size_t, std::size_t>> runs_;  // [first, last] token of each name
  bool mixedCase_ = true;  // the text is mostly lower case

  void markClaimed(const Candidates& claimed) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    spans.reserve(claimed.size());
    for (const Candidate& c : claimed) spans.emplace_back(c.start, c.end);
    std::sort(spans.begin(), spans.end());
    std::size_t s = 0;
    std::size_t reach = 0;  // furthest end among spans starting at or before the token
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      while (s < spans.size() && spans[s].first < tokens_[i].end) reach = std::max(reach, spans[s++].second);
      claimed_[i] = reach > tokens_[i].start;
    }
  }

  std::string_view gap(std::size_t a, std::size_t b) const { return gapBetween(in_, a, b); }

  bool isInitial(std::size_t k) const {
    const Token& t = tokens_[k];
    return t.length() == 1 && isUpper(in_.text[t.start]);
  }

  static bool listedName(const Token& t) {
    return (t.classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous)) != 0;
  }

  // "SSN", "ICU", "CBC": an ALL-CAPS word of three letters or fewer that is no listed name;
  // in ordinary text even a listed one ("Sinai ED": "Ed").
  bool abbreviation(std::size_t k) const {
    const Token& t = tokens_[k];
    return t.allCaps && t.length() <= 3 && (mixedCase_ || !listedName(t));
  }

  // "mL/min", "and/or": a word glued to the one before by a slash is a unit or an alternative.
  bool afterSlash(std::size_t k) const {
    const std::size_t start = tokens_[k].start;
    return start > 0 && in_.text[start - 1] == '/';
  }

  // May token k be a word of a name? With a strong cue any capitalised word will do unless it
  // is note vocabulary; a weak cue also refuses ordinary English words and abbreviations that
  // are not on the name lists ("Father Time", "Patient SSN"); without a cue, vocabulary and
  // ambiguous words are refused.
  bool nameWord(std::size_t k, Cue cue) const {
    const Token& t = tokens_[k];
    if (claimed_[k] || t.hasDigit || afterSlash(k)) return false;
    if (isInitial(k)) return true;
    if (!t.properShape() || t.length() < 2) return false;
    const bool known = isCommonGivenName(t) || isCommonFamilyName(t);
    if (isNeverNameWord(t) && !(cue != Cue::kNone && known)) return false;
    if (cue == Cue::kNone && isAmbiguousNameWord(t)) return false;
    if (cue == Cue::kWeak && !listedName(t) && ((t.classes & WordClass::kEnglish) || abbreviation(k))) return false;
    if (cue != Cue::kStrong && !known && hasClinicalEnding(t.lower)) return false;
    return true;
  }

  // A word that reads as a proper noun on its own: capitalised, outside the English and
  // clinical vocabularies (unless it is a listed name), not an abbreviation, title or unit.
  bool unknownProperWord(std::size_t k) const {
    const Token& t = tokens_[k];
    if (claimed_[k] || t.hasDigit || !t.properShape() || t.length() < 2 || afterSlash(k)) return false;
    if (isTitleWord(t) || isCredentialWord(t) || isNameParticle(t.lower) || abbreviation(k)) return false;
    if (listedName(t)) return !isNeverNameWord(t) || isCommonGivenName(t) || isCommonFamilyName(t);
    // Short unlisted words are mostly abbreviations in Title Case ("Med Rec No.").
    if (t.length() <= 3 || isEponymTrigger(t) || hasClinicalEnding(t.lower)) return false;
    return !(t.classes & (WordClass::kEnglish | WordClass::kNever));
  }

  // After a weak cue the run is taken with a strong cue's reach ("changed by Rune Zielinski":
  // "Rune" is an English word) but must contain a word that reads as a name on its own, and
  // ends at the last such word ("daughter Ximena Follow up" is "Ximena"; "Father Time" is none).
  std::size_t cueRun(std::size_t j, Cue cue, bool allowInversion) const {
    std::size_t end = nameRun(j, cue == Cue::kNone ? cue : Cue::kStrong, allowInversion);
    if (cue != Cue::kWeak) return end;
    while (end > j && (isInitial(end - 1) || !nameWord(end - 1, Cue::kWeak))) --end;
    bool evidence = false;
    for (std::size_t k = j; k < end; ++k) evidence = evidence || (!isInitial(k) && nameWord(k, Cue::kWeak));
    return evidence ? end : j;
  }

  // What follows a name in a header or a list of people: "X, DOB ...", "X (DOB", "X, 93-year-old",
  // "X, 93M", "X (2006-01-03)" (a date another scanner claimed), "X, MRN ...".
  bool personAfter(std::size_t k) const {
    if (k >= tokens_.size()) return false;
    const std::string_view g = gap(k - 1, k);
    if (!(g == " " || g == ", " || g == " (" || g == ",  " || g == " - ")) return false;
    const Token& t = tokens_[k];
    if (isPersonFact(t.lower)) return true;
    if (g == " (" && claimed_[k]) return true;
    // "ninety-six-year-old": a spelled age, hyphen-joined up to "year".
    for (std::size_t h = k; h < tokens_.size() && h < k + 5 && (h == k || gap(h - 1, h) == "-"); ++h) {
      if (h > k && (tokens_[h].lower == "year" || tokens_[h].lower == "yr")) return true;
    }
    if (!t.hasDigit || !isDigit(in_.text[t.start])) return false;
    if (t.lower.back() == 'm' || t.lower.back() == 'f') return t.lower.size() <= 4;  // "93M"
    if (k + 1 >= tokens_.size()) return false;
    const std::string_view unit = tokens_[k + 1].lower;
    return unit == "year" || unit == "years" || unit == "yo" || unit == "yr" || unit == "y";
  }

  // Gap inside one name: "Mary Ann", "Q. Smith", "Smith-Jones", "O'Brien".
  bool innerGap(std::size_t a, std::size_t b) const {
    const std::string_view g = gap(a, b);
    if (g == " " || g == "-" || g == "'" || g == "\u2019") return true;
    return (g == ". " || g == ".") && isInitial(a);
  }

  // The longest name run starting at token j; returns one past its last token (j if none).
  std::size_t nameRun(std::size_t j, Cue cue, bool allowInversion) const {
    std::size_t k = j;
    std::size_t words = 0;
    bool inverted = false;
    while (k < tokens_.size() && words < 4) {
      if (words > 0 && isNameParticle(tokens_[k].lower) && k + 1 < tokens_.size() && innerGap(k, k + 1) &&
          nameWord(k + 1, cue)) {
        ++k;  // "van der Berg": particles ride along with the following word
        continue;
      }
      // A strong cue vouches for a name that is also a word when a name word follows:
      // "Surgeon: June K. Price", "Name: Will Esposito" (but not "Re: June 2023").
      const bool ambiguousLead = words == 0 && cue == Cue::kStrong && isAmbiguousNameWord(tokens_[k]) &&
                                 tokens_[k].properShape() && !claimed_[k] && k + 1 < tokens_.size() &&
                                 innerGap(k, k + 1) && nameWord(k + 1, cue) && !isNeverNameWord(tokens_[k + 1]);
      if (!nameWord(k, cue) && !ambiguousLead) break;
      // In ALL-CAPS text case cannot end a run ("MR. YILMAZ LIVES ALONE", "JOHN SMITH WAS
      // SEEN"): after the first word, an English or clinical word that is no listed name does.
      if (words >= 1 && tokens_[k].allCaps && !isInitial(k) && !listedName(tokens_[k]) &&
          (tokens_[k].classes & (WordClass::kEnglish | WordClass::kNever))) {
        break;
      }
      if (words >= 1 && isEponymTrigger(tokens_[k])) break;  // "SISTER MARY JOSEPH NODULE"
      // "O'" of "O'Brien" is no word of its own (for "O'BRIEN, SARAH").
      if (!(isInitial(k) && k + 1 < tokens_.size() && (gap(k, k + 1) == "'" || gap(k, k + 1) == "\u2019"))) ++words;
      ++k;
      if (k >= tokens_.size()) break;
      k = skipLowerHyphenPart(k);
      if (k >= tokens_.size()) break;
      if (innerGap(k - 1, k)) continue;
      if (allowInversion && !inverted && words == 1 && (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") &&
          nameWord(k, cue)) {
        inverted = true;  // "SMITH, JOHN" after a label
        continue;
      }
      break;
    }
    // Do not end on a dangling initial unless it is the whole run ("Dr. K").
    while (k > j + 1 && isInitial(k - 1) &&
           !(tokens_[k - 1].end < in_.text.size() && in_.text[tokens_[k - 1].end] == '.')) {
      --k;
    }
    // A run that ends in a particle is not a name.
    while (k > j && isNameParticle(tokens_[k - 1].lower)) --k;
    return k;
  }

  // "Hyun-woo": a short lower-case part after a hyphen belongs to the word before it. Returns
  // the token after that part, or k unchanged.
  std::size_t skipLowerHyphenPart(std::size_t k) const {
    if (gap(k - 1, k) != "-" || !tokens_[k - 1].properShape()) return k;
    const Token& t = tokens_[k];
    if (t.hasDigit || !isLower(in_.text[t.start]) || t.length() > 6 || claimed_[k]) return k;
    return k + 1;
  }

  void mark(std::size_t first, std::size_t endToken) {
    if (endToken <= first) return;
    for (std::size_t k = first; k < endToken; ++k) marked_[k] = true;
    runs_.emplace_back(first, endToken - 1);
  }

  bool tryTitle(std::size_t i) {
    const Token& t = tokens_[i];
    if (!isTitleWord(t) || i + 1 >= tokens_.size()) return false;
    if (!(t.properShape() || t.lower == "dr")) return false;
    const std::string_view g = gap(i, i + 1);
    if (!(g == " " || g == ". " || g == "." || g == "  ")) return false;
    // "Sister", "Father", "Nurse" are titles only when capitalised and directly before a name,
    // and only a weak cue: "Father Time" is no person. No title makes an eponym a person
    // ("Sister Mary Joseph nodule").
    const Cue cue = isSoftTitle(t.lower) ? Cue::kWeak : Cue::kStrong;
    const std::size_t end = cueRun(i + 1, cue, false);
    if (end == i + 1 || runIsEponym(i + 1, end) || institutionContext(end - 1)) return false;
    mark(i + 1, end);
    return true;
  }

  // Skips an optional title after a label: "Attending: Dr. Smith". A title that is not a
  // soft one makes the cue strong.
  std::size_t skipTitle(std::size_t j, Cue& cue) const {
    if (j + 1 < tokens_.size() && isTitleWord(tokens_[j]) && tokens_[j].properShape()) {
      const std::string_view g = gap(j, j + 1);
      if (g == " " || g == ". " || g == ".") {
        if (!isSoftTitle(tokens_[j].lower)) cue = Cue::kStrong;
        return j + 1;
      }
    }
    return j;
  }

  // "Dressing changed by Saoirse Romanov", "blood drawn by Lee": the agent of a participle.
  bool tryAgent(std::size_t i) {
    if (i == 0 || i + 1 >= tokens_.size() || tokens_[i].lower != "by") return false;
    if (!isInlineSpace(gap(i - 1, i), 1) || !isInlineSpace(gap(i, i + 1), 2)) return false;
    if (!isAgentParticiple(tokens_[i - 1].lower)) return false;
    Cue cue = Cue::kWeak;
    const std::size_t j = skipTitle(i + 1, cue);
    const std::size_t end = cueRun(j, cue, false);
    if (end == j || runIsEponym(j, end) || institutionContext(end - 1)) return false;
    mark(j, end);
    return true;
  }

  bool tryLabel(std::size_t i) {
    if (tokens_[i].hasDigit) return false;
    for (const LabelRule& rule : labelRulesStartingWith(tokens_[i].lower)) {
      const std::size_t words = rule.size();
      if (i + words >= tokens_.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < words && match; ++k) {
        match = tokens_[i + k].lower == rule.words[k] && isInlineSpace(gap(i + k - 1, i + k), 2);
      }
      if (!match) continue;
      const std::size_t after = i + words;
      const std::string_view g = gap(after - 1, after);
      const bool colon = g.find(':') != std::string_view::npos && gapOnly(g, " :\t-", 5);
      // "husband (Dariusz)": a role noun may put the name in parentheses.
      const bool parenthesised = g == " (" && after + 1 < tokens_.size() && gap(after, after + 1).starts_with(")");
      if (rule.needsColon ? !colon : !(colon || g == " " || g == ", " || parenthesised)) continue;
      // A label with a colon vouches for what follows; a phrase or role noun in running text
      // only weakly ("lead placement", "Patient SSN verified").
      Cue cue = colon ? Cue::kStrong : Cue::kWeak;
      std::size_t j = skipTitle(after, cue);
      // "Patient: SMITH, JOHN", "Patient WILSON, YEVGENIA connected": an inverted name after a
      // label's colon, or in capitals after any label.
      std::size_t end = cueRun(j, cue, (colon || tokens_[j].allCaps) && !rule.list);
      if (end == j || runIsEponym(j, end) || institutionContext(end - 1)) continue;
      mark(j, end);
      while (rule.list && end < tokens_.size()) {
        const std::string_view sep = gap(end - 1, end);
        std::size_t next = end;
        if (sep == " & ") {
          // "A & B"
        } else if (sep == ", " || sep == "; " || sep == " ") {
          const bool conjunction = tokens_[next].lower == "and" && next + 1 < tokens_.size() &&
                                   isInlineSpace(gap(next, next + 1), 1);
          if (conjunction) {
            ++next;
          } else if (sep == " ") {
            break;
          }
        } else {
          break;
        }
        next = skipTitle(next, cue);
        const std::size_t listEnd = cueRun(next, cue, false);
        if (listEnd == next) break;
        mark(next, listEnd);
        end = listEnd;
      }
      return true;
    }
    return false;
  }

  bool tryCredential(std::size_t i) {
    const Token& t = tokens_[i];
    if (!isCredentialWord(t) || !t.allCaps || i == 0) return false;
    const std::string_view g = gap(i - 1, i);
    const bool comma = g == ", " || g == ",";
    const bool strong = t.length() >= 3 || t.lower == "md" || t.lower == "rn" || t.lower == "np";
    if (!(comma || (strong && g == " "))) return false;
    // Walk back over the name on the same line.
    std::size_t first = i;
    std::size_t words = 0;
    while (first > 0 && words < 4) {
      const std::size_t k = first - 1;
      if (!nameWord(k, Cue::kStrong)) break;
      if (k + 1 < i && !innerGap(k, k + 1)) break;
      first = k;
      ++words;
    }
    if (words == 0) return false;
    // At least one full word, not only initials.
    bool fullWord = false;
    for (std::size_t k = first; k < i; ++k) fullWord = fullWord || !isInitial(k);
    if (!fullWord) return false;
    mark(first, i);
    return true;
  }

  // "Marisol Okafor reports ...", "Eamon ambulated twice": a capitalised name right before a
  // verb that notes use for people. One word needs a verb only people do; two or more words
  // may also take "is", "was", "has".
  void tryVerbCue(std::size_t verb) {
    const std::string_view word = tokens_[verb].lower;
    const bool strong = isPersonVerb(word);
    const bool weak = isWeakPersonVerb(word);
    if ((!strong && !weak) || verb == 0 || !isInlineSpace(gap(verb - 1, verb), 1)) return;
    std::size_t first = verb;
    std::size_t words = 0;
    while (first > 0 && words < 4) {
      const std::size_t k = first - 1;
      if (marked_[k] || !nameWord(k, Cue::kWeak) || eponymContext(k)) break;
      if (k + 1 < verb && !innerGap(k, k + 1)) break;
      first = k;
      ++words;
    }
    if (words == 0 || (words == 1 && !strong) || (first < verb && isInitial(first))) return;
    if (first > 0 && innerGap(first - 1, first) && (marked_[first - 1] || isTitleWord(tokens_[first - 1]))) {
      return;  // part of a name found by a stronger cue
    }
    mark(first, verb);
  }

  // `hops` is how many capitalised words may stand between the name and the eponym word: a
  // lone word may start a long eponym ("Hamilton Depression Rating Scale"), a whole name run
  // only a direct one ("Sister Mary Joseph nodule"), so that the capitalised start of the next
  // sentence ("Dr. Wilson. Score of 99", "Joseph Yamada Stevens-Johnson syndrome") is no veto.
  bool eponymContext(std::size_t i, int maxHops = 4) const {
    const std::string_view text = in_.text;
    std::size_t next = i + 1;
    const std::size_t end = tokens_[i].end;
    if (end + 1 < text.size() && text[end] == '\'' && next < tokens_.size() && tokens_[next].lower == "s") ++next;
    if (end + 3 < text.size() && text.substr(end, 3) == "\u2019" && next < tokens_.size() && tokens_[next].lower == "s") {
      ++next;
    }
    // Look past a hyphenated partner and up to three capitalised words:
    // "Stevens-Johnson syndrome", "Hamilton Depression Rating Scale", "Allen Cognitive Level".
    for (int hops = 0; next < tokens_.size() && hops < maxHops; ++hops, ++next) {
      const std::string_view g = gapBetween(in_, next - 1, next);
      const bool joined = g == "-" || g == " " || g == "'";
      if (!joined) return false;
      if (isEponymTrigger(tokens_[next])) return true;
      if (!(tokens_[next].properShape() || tokens_[next].lower == "s")) return false;
    }
    return false;
  }

  bool runIsEponym(std::size_t first, std::size_t end) const {
    return eponymContext(end - 1, end - first > 1 ? 1 : 4);
  }

  // A lone table name with no cue must read like a person: followed by the end of the clause,
  // or by a verb or function word ("Garcia was", "Garcia and her son"), not by a noun
  // ("Clark level", "Wright stain", "Grant funding") or a hyphenated eponym ("Jackson-Pratt").
  bool personFollows(std::size_t i) const {
    if (i + 1 >= tokens_.size()) return true;
    const std::string_view g = gap(i, i + 1);
    if (g == "-") return isCommonFamilyName(tokens_[i + 1]) && !isNeverNameWord(tokens_[i + 1]);
    if (g != " ") return g.find_first_of(".,;:)!?\n") != std::string_view::npos || g == "'";
    const std::string_view next = tokens_[i + 1].lower;
    return isPersonFollower(next) ||
           (tokens_[i + 1].properShape() && !tokens_[i + 1].allCaps);
  }

  bool sentenceStart(std::size_t i) const {
    if (i == 0) return true;
    const std::string_view g = gap(i - 1, i);
    return g.find_first_of(".:;!?\n") != std::string_view::npos;
  }

  // "St. Luke Hospital", "Mount Sinai", "Franklin Clinic": a place named after a person.
  bool institutionContext(std::size_t i) const {
    if (i > 0 && isPlaceBefore(tokens_[i - 1].lower)) return true;
    return i + 1 < tokens_.size() && isInlineSpace(gap(i, i + 1), 1) && isPlaceAfter(tokens_[i + 1].lower);
  }

  void tryTables(std::size_t i) {
    const Token& t = tokens_[i];
    if (!t.properShape() || t.length() < 2 || afterSlash(i)) return;
    const bool given = isCommonGivenName(t);
    const bool family = isCommonFamilyName(t);
    if (!given && !family) return;
    if (isNeverNameWord(t) || eponymContext(i)) return;
    const bool ambiguous = isAmbiguousNameWord(t);
    // A given name followed by a capitalised word: "Maria Gonzalez", "Grace Kim".
    if (given && i + 1 < tokens_.size() && innerGap(i, i + 1)) {
      std::size_t next = i + 1;
      if (isInitial(next) && next + 1 < tokens_.size() && innerGap(next, next + 1)) ++next;
      const std::string_view nextWord = tokens_[next].lower;
      const bool surname = nameWord(next, Cue::kStrong) && !eponymContext(next) &&
                           (isCommonFamilyName(nextWord) || (!ambiguous && !isNeverNameWord(nextWord)));
      if (surname) {
        std::size_t end = next + 1;
        if (end < tokens_.size() && gap(end - 1, end) == "-" && nameWord(end, Cue::kStrong)) ++end;  // "Smith-Jones"
        mark(i, end);
        return;
      }
    }
    if (!ambiguous && !institutionContext(i) && personFollows(i)) mark(i, i + 1);
  }

  // Name shape without a cue: two or more capitalised words that are neither English nor
  // clinical vocabulary read as a person ("visit for Xiomara Nakamura on", "reviewed with
  // KALANI DIMITROV and"). At the start of a sentence or line, where any word is capitalised,
  // one of them must be a listed name, or there must be a middle initial ("Grace S.
  // Villanueva"), or what follows must be a fact about a person ("X, DOB ...", "X (1974-06-27)").
  // A double-barrelled word counts once ("Semmes-Weinstein" is one word, and an eponym); words
  // after the run that make it an eponym or a place veto it. After a label's colon, an inverted
  // "Last, First" with a listed name in it is taken too ("Identifying data: Delacroix, Joy").
  void tryShape(std::size_t i) {
    if (i > 0 && marked_[i - 1] && innerGap(i - 1, i)) return;
    const std::string_view before = i > 0 ? gap(i - 1, i) : std::string_view("\n");
    // Mid-sentence after a lower-case word, a capitalised English word may be a first name
    // when an unknown word follows ("authorization for Rune Fitzgerald").
    const bool lowerBefore = i > 0 && before == " " && isLower(in_.text[tokens_[i - 1].start]);
    // So may one before a middle initial at any position ("Rune S. Lombardi was seen").
    const bool initialNext = i + 2 < tokens_.size() && isInitial(i + 1) && gap(i + 1, i + 2) == ". " &&
                             gap(i, i + 1) == " " && strongShapeWord(i + 2);
    const bool englishLead = tokens_[i].capitalised && (tokens_[i].classes & WordClass::kEnglish) &&
                             i + 1 < tokens_.size() && nameWord(i, Cue::kStrong) &&
                             ((lowerBefore && innerGap(i, i + 1) && strongShapeWord(i + 1)) || initialNext);
    if (!shapeWord(i) && !englishLead) return;
    std::size_t k = i;
    std::size_t words = 0;
    bool listed = false;
    bool initial = false;
    bool strong = false;  // a word that is a name on its own, not a name that is also a word
    bool allCaps = true;
    while (k < tokens_.size() && words < 4) {
      if (words > 0 && isInitial(k) && k + 1 < tokens_.size() && gap(k, k + 1) == ". " && shapeWord(k + 1)) {
        initial = true;  // "S." in "Anneliese S. Brown"
        ++k;
        continue;
      }
      if (isInitial(k) && k + 1 < tokens_.size() && (gap(k, k + 1) == "'" || gap(k, k + 1) == "\u2019") &&
          tokens_[k + 1].properShape() && !tokens_[k + 1].hasDigit) {
        ++k;  // "O'" of "O'Brien"
        continue;
      }
      if (!(shapeWord(k) || (k == i && englishLead))) break;
      listed = listed || listedName(tokens_[k]);
      strong = strong || strongShapeWord(k);
      allCaps = allCaps && tokens_[k].allCaps;
      if (k == i || gap(k - 1, k) != "-") ++words;
      ++k;
      if (k < tokens_.size()) k = skipLowerHyphenPart(k);
      if (k < tokens_.size() && innerGap(k - 1, k) && gap(k - 1, k) != "'") continue;
      break;
    }
    // A name that is also a word needs a word that is a name on its own, or a fact about a
    // person after it ("Will Green, 101-yr-old").
    if (!strong && !(listed && words >= 2 && personAfter(k))) return;
    const bool afterColon = before.find(':') != std::string_view::npos && before.find('\n') == std::string_view::npos;
    if (words == 1 && afterColon && k < tokens_.size() && (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") &&
        shapeWord(k) && (listed || listedName(tokens_[k]) || personAfter(k + 1)) &&
        (k + 1 >= tokens_.size() || !tokens_[k + 1].properShape() || gap(k, k + 1) != " ")) {
      mark(i, k + 1);  // "Delacroix, Joy"
      return;
    }
    if (words < 2) return;
    // After "at", "in", "near" capitalised words name a place ("at Dana Farber"), not a person.
    const bool locative = i > 0 && (tokens_[i - 1].lower == "at" || tokens_[i - 1].lower == "in" ||
                                    tokens_[i - 1].lower == "near" || tokens_[i - 1].lower == "into");
    if (locative) return;
    const bool midSentence = i > 0 && before.find_first_of(".!?\n") == std::string_view::npos;
    // In a note written in ordinary case, capitals mark a name even at a sentence start
    // ("plate PTX-0454. ODILE PETROVIC HR 55"): headings are English words.
    const bool capitalsInText = allCaps && mixedCase_;
    if (!(midSentence || listed || initial || capitalsInText || personAfter(k))) return;
    if (runIsEponym(i, k) || institutionContext(i) || institutionContext(k - 1)) return;
    mark(i, k);
  }

  // A word of a name shape: an unknown proper word, or a listed name that is also a word
  // ("June", "Will"), which needs a strongShapeWord beside it.
  bool shapeWord(std::size_t k) const {
    const Token& t = tokens_[k];
    if (unknownProperWord(k)) return true;
    return isAmbiguousNameWord(t) && t.properShape() && !t.hasDigit && !claimed_[k] && !afterSlash(k) && !abbreviation(k);
  }

  bool strongShapeWord(std::size_t k) const { return unknownProperWord(k) && !isAmbiguousNameWord(tokens_[k]); }

  void propagate() {
    std::unordered_set<std::string> known;
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      if (marked_[k] && tokens_[k].length() >= 2 && !isNeverNameWord(tokens_[k]) &&
          !isNameParticle(tokens_[k].lower)) {
        known.insert(tokens_[k].lower);
      }
    }
    if (known.empty()) return;
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      if (marked_[k] || claimed_[k] || !tokens_[k].properShape() || tokens_[k].hasDigit) continue;
      if (known.count(tokens_[k].lower) == 0 || eponymContext(k) || institutionContext(k)) continue;
      // Names that are also words ("Rose from a chair", "Mark the site") and eponym pairs
      // ("Brown-Sequard") need the reading of a person here too.
      const bool word = isAmbiguousNameWord(tokens_[k]) ||
                        ((tokens_[k].classes & WordClass::kEnglish) && !listedName(tokens_[k]));
      if (word && (sentenceStart(k) || !personFollows(k))) continue;
      if (abbreviation(k) || afterSlash(k)) continue;
      if (k + 1 < tokens_.size() && gap(k, k + 1) == "-" && !marked_[k + 1]) continue;
      mark(k, k + 1);
    }
  }

  // Joins neighbouring name tokens into one finding per name.
  void emit() {
    std::size_t k = 0;
    while (k < tokens_.size()) {
      if (!marked_[k]) {
        ++k;
        continue;
      }
      std::size_t last = k;
      while (last + 1 < tokens_.size() && marked_[last + 1] &&
             (innerGap(last, last + 1) || joinedByInversion(last, last + 1))) {
        ++last;
      }
      out_.push_back({tokens_[k].start, tokens_[last].end, PhiCategory::Name, priority::kName});
      k = last + 1;
    }
  }

  // "SMITH, JOHN" was matched as one run; keep it one finding.
  bool joinedByInversion(std::size_t a, std::size_t b) const {
    for (const auto& [first, last] : runs_) {
      if (first <= a && b <= last) return true;
    }
    return false;
  }
};

}  // namespace

void scanNames(const ScanInput& in, const Candidates& claimed, Candidates& out) {
  NameScanner(in, claimed, out).run();
}

}  // namespace concord::phi::detail
