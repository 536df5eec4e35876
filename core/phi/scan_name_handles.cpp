// Login handles of staff and patients. Systems name their users by handles built from the
// person's name: an initial run together with the family name ("dhutapea", "kmwangiotieno",
// "ldelagarzaybarra") or the given and family names joined by a dot ("sitihajar.londono"). Audit
// trails, exports and portal logs write them where a name would stand ("processed by dhutapea",
// "Username on the account: mahtab.nkosidlamini", "user=wreed"). A handle is no English or
// clinical word. It is taken after "by" (when a participle or a date stands before it), "by user"
// or "user=" when it could be a lower-case name; after a label's colon only when the letters after
// the initial split wholly into listed names and particles. A dotted pair of names is its own
// evidence and needs no cue.
#include <algorithm>
#include <array>

#include "name_cues.h"
#include "name_scanner.h"

namespace concord::phi::detail {
namespace {

constexpr WordClassBits kNameBits = WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous | WordClass::kLexicon;

// Whether `letters` splits wholly into listed names (three letters or more), particles ("van",
// "de", "la") and English words of four letters or more (family names that are words: "bright"),
// with at least one name: "delagarzaybarra" is de + la + garza + ybarra, "okaforbright" okafor + bright.
bool splitsIntoNames(std::string_view letters) {
  constexpr std::size_t kMax = 40;
  const std::size_t n = letters.size();
  if (n < 3 || n > kMax) return false;
  // reach[p]: 0 unreachable, 1 reached by particles only, 2 reached with a name among the pieces.
  std::array<unsigned char, kMax + 1> reach{};
  reach[0] = 1;
  for (std::size_t from = 0; from < n; ++from) {
    if (reach[from] == 0) continue;
    for (std::size_t to = from + 2; to <= n; ++to) {
      const WordClassBits classes = wordClasses(letters.substr(from, to - from));
      const bool name = to - from >= 3 && (classes & kNameBits) && !(classes & WordClass::kNever);
      const bool particle = (classes & WordClass::kParticle) || (to - from >= 4 && (classes & WordClass::kEnglish));
      if (name) reach[to] = 2;
      else if (particle) reach[to] = std::max(reach[to], reach[from]);
    }
  }
  return reach[n] == 2;
}

bool lettersOfOneCase(std::string_view text, const Token& t) {
  if (t.hasDigit || !t.hasLetter) return false;
  bool lower = false, upper = false;
  for (std::size_t p = t.start; p < t.end; ++p) {
    const char c = text[p];
    if (isLower(c)) lower = true;
    else if (isUpper(c)) upper = true;
    else return false;  // ASCII letters only: handles are typed from a keyboard's letters
  }
  return lower != upper;
}

}  // namespace

bool NameScanner::handleWord(std::size_t k) const {
  const Token& t = tokens_[k];
  if (claimed_[k] || marked_[k] || !lettersOfOneCase(in_.text, t)) return false;
  if (t.classes & (WordClass::kEnglish | WordClass::kNever | WordClass::kTitle | WordClass::kCredential)) return false;
  if (isKinNoun(t) || isRoleNoun(t)) return false;  // "Relationship: grandniece"
  // ("dosed by calvert": a formula's or a sign's author is no user.)
  return !hasClinicalEnding(t.lower) && !isEponymTrigger(t) && !isEponymName(t);
}

std::size_t NameScanner::dottedHandle(std::size_t k) const {
  const std::size_t n = tokens_.size();
  if (k + 1 >= n || gap(k, k + 1) != "." || !handleWord(k) || !handleWord(k + 1)) return k;
  // ("larkmoor.example.org", "sitihajar.londono@...": a host or an address is no handle.)
  if (k + 2 < n && (gap(k + 1, k + 2).starts_with(".") || gap(k + 1, k + 2).starts_with("@"))) return k;
  if (k > 0 && (gap(k - 1, k).ends_with(".") || gap(k - 1, k).ends_with("@") || gap(k - 1, k).ends_with("/"))) return k;
  // Both sides read as names, one at least made of listed names ("mahtab" may be on no list).
  const bool givenSplits = splitsIntoNames(tokens_[k].lower);
  const bool familySplits = splitsIntoNames(tokens_[k + 1].lower);
  if (!(givenSplits || lowerNameWord(k)) || !(familySplits || lowerNameWord(k + 1))) return k;
  return givenSplits || familySplits ? k + 2 : k;
}

bool NameScanner::handleCueBefore(std::size_t k) const {
  if (k == 0) return false;
  const std::string_view before = gap(k - 1, k);
  const std::string_view word = tokens_[k - 1].lower;
  if (before == " " || before == ": ") return word == "by" || word == "user" || word == "username" || before == ": ";
  if (before == "=") return word.find("user") != std::string_view::npos || word == "by" || word == "owner";
  return before.ends_with(":  ") || before == ":\t";
}

bool NameScanner::tryHandle(std::size_t i) {
  const Token& t = tokens_[i];
  if (t.length() < 5 || t.capitalised) return false;
  const std::size_t dotted = dottedHandle(i);
  if (dotted > i) {
    mark(i, dotted);
    return true;
  }
  // "Lead: Madhumita (mlehoang)": a staff member's handle in brackets right after the given name,
  // opening with that name's initial and followed by the family name's letters (seven letters or
  // more, and not after a title's family name: "Dr. Gomez (gastro)", "Dr. Ortiz (orthopedics)").
  if (i > 1 && marked_[i - 1] && gap(i - 1, i) == " (" && t.length() >= 7 && !isTitleWord(tokens_[i - 2]) &&
      isLower(in_.text[t.start]) &&
      !t.hasDigit && in_.text[t.start] == tokens_[i - 1].lower.front() && lowerNameWord(i) &&
      (i + 1 == tokens_.size() || gap(i, i + 1).starts_with(")")) &&
      (i + 1 < tokens_.size() || in_.text.substr(t.end).starts_with(")"))) {
    mark(i, i + 1);
    return true;
  }
  if (!handleWord(i) || !handleCueBefore(i)) return false;
  // After "by" or "user" a lower-case word that can be no English or clinical word is a handle
  // ("processed by cjegal"); after a label's colon a short word is mostly a value ("Allergy: sulfa",
  // "COUNTRY: FRANCE"), so a handle there is an initial and a whole family name.
  // ("Haiyan by speakerphone": "by" after a name or a noun tells a means, so there it takes an
  // unknown word only when a participle or a date stands before it: "Verified 8/15 by zshields".)
  const bool agent = tokens_[i - 1].lower == "by" || tokens_[i - 1].lower.find("user") != std::string::npos;
  const bool doneBy = tokens_[i - 1].lower != "by" ||
                      (i >= 2 && (isAgentParticiple(tokens_[i - 2].lower) || tokens_[i - 2].hasDigit));
  if (agent && doneBy && isLower(in_.text[t.start]) && lowerNameWord(i)) {
    mark(i, i + 1);
    return true;
  }
  // (Capitals after a colon are mostly a place's or a firm's word: "FACILITY: MAPLEWOOD CARE".)
  if (!agent && (t.length() < 7 || !isLower(in_.text[t.start]))) return false;
  // ("MALLORY-WEISS TEAR": a handle stands alone, never joined by a hyphen or owning something.)
  if (i + 1 < tokens_.size() && (gap(i, i + 1).starts_with("-") || gap(i, i + 1).starts_with("'"))) return false;
  if (eponymContext(i, 1)) return false;
  // ("First dose: methadone 30 mg": a dose or a count after the word makes it a drug or a thing.)
  if (i + 1 < tokens_.size() && tokens_[i + 1].hasDigit && isInlineSpace(gap(i, i + 1), 1)) return false;
  // The initial and then the family name, maybe several run together: "kmwangiotieno".
  if (!splitsIntoNames(std::string_view(t.lower).substr(1))) return false;
  mark(i, i + 1);
  return true;
}

}  // namespace concord::phi::detail
