// Name scanner, part three: names that follow from names already found (see name_scanner.h) —
// pages between two people, names joined by "and", aliases and nicknames beside a name, and
// propagation of a found name to its other occurrences.
#include <string>
#include <unordered_set>

#include "name_scanner.h"

namespace concord::phi::detail {

void NameScanner::tryPagers() {
  // "02:11  Ohannes -> Pathum  \"bed 9 ...\"": a page or a message from one person to another.
  // Each side is a name found already, or a word that reads as a name on its own.
  for (std::size_t k = 1; k < tokens_.size(); ++k) {
    const std::string_view g = gap(k - 1, k);
    if (g != " -> " && g != "  ->  " && g != " \u2192 ") continue;
    const std::size_t a = k - 1;
    std::size_t end = k + 1;
    while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].properShape()) ++end;
    const auto side = [&](std::size_t t, std::size_t tEnd) {
      return marked_[t] || (!claimed_[t] && (strongShapeWord(t) || (listedName(tokens_[t]) && !isNeverNameWord(tokens_[t]))) &&
                            !runIsEponym(t, tEnd) && !institutionContext(tEnd - 1));
    };
    if ((marked_[a] && marked_[k]) || !side(a, a + 1) || !side(k, end)) continue;
    if (!marked_[a]) mark(a, a + 1);
    if (!marked_[k]) mark(k, end);
  }
}

void NameScanner::tryConjoined() {
  // "His son Kipchoge and Bodil were present", "Omid and Dr. Ruiz": a word that reads as a name
  // on its own, joined by "and" to a name, is one too.
  const auto runs = runs_;
  for (const auto& [first, last] : runs) {
    const std::size_t next = last + 1;
    if (next + 1 < tokens_.size() && gap(last, next) == " " && tokens_[next].lower == "and" && gap(next, next + 1) == " ") {
      const std::size_t k = next + 1;
      // ("Jo-Ellen": a short part joined by a hyphen to a name.)
      const bool shortHyphenated = k + 1 < tokens_.size() && gap(k, k + 1) == "-" && tokens_[k].capitalised &&
                                   tokens_[k + 1].capitalised && (listedName(tokens_[k]) || strongShapeWord(k + 1) ||
                                                                  listedName(tokens_[k + 1]));
      if (!marked_[k] && (strongShapeWord(k) || shortHyphenated) && !runIsEponym(k, k + 1) && !institutionContext(k)) {
        std::size_t end = k + 1;
        // "Thuy-Tien", "Bogumila Nowak": a second part joined by a hyphen or a space.
        if (end < tokens_.size() && (gap(k, end) == " " || gap(k, end) == "-") && !marked_[end] &&
            (strongShapeWord(end) || (gap(k, end) == "-" && tokens_[end].capitalised && !tokens_[end].hasDigit))) {
          ++end;
        }
        mark(k, end);
      }
    }
    if (first >= 2 && gap(first - 1, first) == " " && tokens_[first - 1].lower == "and" && gap(first - 2, first - 1) == " ") {
      const std::size_t k = first - 2;
      if (!marked_[k] && strongShapeWord(k) && !runIsEponym(k, k + 1) && !institutionContext(k)) mark(k, k + 1);
    }
    // Boards and headers set people apart with a spaced slash: "MW: ANEŽKA-EMA / MIN-JUN", "Baby
    // Girl Featherstonehaugh / Sukhmani" (a unit or a specialty after the slash is no name).
    if (next < tokens_.size() && gap(last, next) == " / " && !marked_[next]) {
      const std::size_t end = slashedName(next);
      if (end > next) mark(next, end);
    }
  }
  // ... and the one before the slash: "MW: TEJASWINI / PATIENCE-ABA".
  for (const auto& [first, last] : runs) {
    if (first < 2 || gap(first - 1, first) != " / " || marked_[first - 1]) continue;
    std::size_t start = first - 1;
    while (start > 0 && gap(start - 1, start) == "-" && !marked_[start - 1]) --start;
    if (slashedName(start) == first) mark(start, first);
  }
}

std::size_t NameScanner::slashedName(std::size_t k) const {
  // One word or two hyphen-joined parts, each a proper word of a name, then the line's end, a wide
  // gap, a slash or a bracket: "MIN-JUN", "Sukhmani    MRN".
  std::size_t end = k;
  bool named = false;
  while (end < tokens_.size() && (end == k || gap(end - 1, end) == "-") && end < k + 3) {
    const Token& t = tokens_[end];
    if (claimed_[end] || t.hasDigit || !t.properShape() || t.length() < 2 || isNeverNameWord(t) || isTitleWord(t) ||
        isRoleNoun(t) || isCredentialWord(t) || hasClinicalEnding(t.lower) || (abbreviation(end) && !listedName(t))) {
      return k;
    }
    named = named || strongShapeWord(end) || (listedName(t) && !isAmbiguousNameWord(t));
    ++end;
  }
  if (!named || runIsEponym(k, end) || institutionContext(end - 1)) return k;
  if (end >= tokens_.size()) return end;
  const std::string_view after = gap(end - 1, end);
  const bool closed = after.find('\n') != std::string_view::npos || after.size() >= 2 || after.starts_with(")") ||
                      after.starts_with(",") || after.starts_with(";") || after == " / ";
  return closed ? end : k;
}

void NameScanner::tryMotherAndBaby() {
  // "BAY 1  FEATHERSTONEHAUGH + BABY GIRL", "Bed 4  Okafor-Whitcombe + baby": a postnatal ward
  // board writes the mother and her baby together; the words before " + baby" name the mother.
  for (std::size_t b = 1; b < tokens_.size(); ++b) {
    if (tokens_[b].lower != "baby" || gap(b - 1, b) != " + " || marked_[b - 1]) continue;
    std::size_t start = b - 1;
    while (start > 0 && start + 3 > b && (gap(start - 1, start) == "-" || gap(start - 1, start) == " ") &&
           tokens_[start - 1].properShape() && !tokens_[start - 1].hasDigit && !claimed_[start - 1] &&
           !isNeverNameWord(tokens_[start - 1]) && !(tokens_[start - 1].classes & WordClass::kEnglish)) {
      --start;
    }
    bool named = false;
    for (std::size_t k = start; k < b; ++k) {
      named = named || strongShapeWord(k) || (listedName(tokens_[k]) && !isAmbiguousNameWord(tokens_[k]));
      // ("Bed 3  CPAP + baby": in a note in ordinary case a word in capitals is an abbreviation.)
      if (mixedCase_ && tokens_[k].allCaps && !listedName(tokens_[k])) {
        named = false;
        break;
      }
    }
    // (The line or a wide gap before it: the bed's number and the board's columns.)
    const std::string_view before = start > 0 ? gap(start - 1, start) : std::string_view("\n");
    const bool rowStart = before.find('\n') != std::string_view::npos || before.size() >= 2 || before.ends_with(": ");
    if (named && rowStart && !runIsEponym(start, b) && !institutionContext(b - 1)) {
      mark(start, b);
    }
  }
}

void NameScanner::tryThatIs() {
  // "just letting you know Missy (that's Zareh) had another fall": a nickname and, in
  // parentheses after "that's" or "that is", the name it stands for.
  for (std::size_t t = 1; t + 3 < tokens_.size(); ++t) {
    if (tokens_[t].length() != 4 || tokens_[t].lower != "that" || gap(t - 1, t) != " (") continue;
    std::size_t j = t + 1;
    if (tokens_[j].lower == "s" && (gap(t, j) == "'" || gap(t, j) == "\u2019") && gap(j, j + 1) == " ") {
      ++j;
    } else if (tokens_[j].lower == "is" && gap(t, j) == " " && gap(j, j + 1) == " ") {
      ++j;
    } else {
      continue;
    }
    if (!tokens_[j].capitalised || claimed_[j]) continue;
    const std::size_t end = cueRun(j, Cue::kStrong, false);
    if (end == j || end > tokens_.size() || (end < tokens_.size() && !gap(end - 1, end).starts_with(")"))) continue;
    if (runIsEponym(j, end) || institutionContext(end - 1)) continue;
    mark(j, end);
    const std::size_t a = t - 1;
    const Token& alias = tokens_[a];
    if (!marked_[a] && !claimed_[a] && alias.capitalised && !alias.hasDigit && alias.length() >= 3 && !isNeverNameWord(alias) &&
        !isRoleNoun(alias) && !isTitleWord(alias) && !hasClinicalEnding(alias.lower)) {
      mark(a, a + 1);
    }
  }
}

void NameScanner::tryQuotedNicknames() {
  // 'mercy-ann ("gramps") well known to team': a nickname in quotes and parentheses after a name.
  const auto runs = runs_;
  for (const auto& [first, last] : runs) {
    const std::size_t k = last + 1;
    if (k >= tokens_.size() || marked_[k] || claimed_[k] || gap(last, k) != " (\"") continue;
    std::size_t end = k + 1;
    while (end < tokens_.size() && end < k + 3 && (gap(end - 1, end) == "-" || gap(end - 1, end) == " ")) ++end;
    if (in_.text.substr(tokens_[end - 1].end, 2) != "\")") continue;
    bool words = true;
    for (std::size_t w = k; w < end && words; ++w) words = !tokens_[w].hasDigit && tokens_[w].length() >= 2;
    if (words) mark(k, end);
  }
  // 'and that "Pepe" (the family's name for him)', '"Bud" (his nickname)': a quoted word that a
  // parenthesis after it calls a name.
  for (std::size_t k = 1; k + 2 < tokens_.size(); ++k) {
    if (marked_[k] || claimed_[k] || tokens_[k].hasDigit || tokens_[k].length() < 2 || !gap(k - 1, k).ends_with("\"")) {
      continue;
    }
    if (gap(k, k + 1) != "\" (") continue;
    bool named = false;
    for (std::size_t w = k + 1; w < tokens_.size() && w < k + 8 && !named; ++w) {
      named = tokens_[w].lower == "name" || tokens_[w].lower == "nickname";
      if (gap(w - 1, w).find(')') != std::string_view::npos) break;
    }
    if (named) mark(k, k + 1);
  }
}

void NameScanner::tryAliases() {
  // "Peanut (Tiffani Kamakana) more somnolent": a word right before a name in parentheses is
  // what the person is called, even an ordinary word; a role ("Patient (Ana Ruiz)"), a heading
  // or a clinical word is not.
  const auto runs = runs_;
  for (const auto& [first, last] : runs) {
    if (first == 0 || gap(first - 1, first) != " (" || last + 1 >= tokens_.size() || !gap(last, last + 1).starts_with(")")) {
      continue;
    }
    const std::size_t a = first - 1;
    const Token& t = tokens_[a];
    if (marked_[a] || claimed_[a] || !t.capitalised || t.allCaps || t.hasDigit || t.length() < 3 || afterSlash(a)) continue;
    if (isNeverNameWord(t) || isRoleNoun(t) || isTitleWord(t) || isCredentialWord(t) || isEponymTrigger(t) ||
        hasClinicalEnding(t.lower) || adjectiveLike(t) || isPlaceAfter(t.lower)) {
      continue;
    }
    // The alias opens its clause: "RN visit. Peanut (...)", "Pt: Bud (...)".
    if (a > 0 && !(sentenceStart(a) || gap(a - 1, a).find(':') != std::string_view::npos)) continue;
    mark(a, a + 1);
  }
}

void NameScanner::propagate() {
  std::unordered_set<std::string> known;
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    if (marked_[k] && tokens_[k].length() >= 2 && !isNeverNameWord(tokens_[k]) &&
        !isNameParticle(tokens_[k])) {
      known.insert(tokens_[k].lower);
    }
  }
  if (known.empty()) return;
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    if (!marked_[k] && !claimed_[k] && !tokens_[k].properShape() && tokens_[k].length() >= 4 && lowerNameWord(k) &&
        !isKinNoun(tokens_[k]) && known.count(tokens_[k].lower) != 0) {
      // In a chat or a text written in lower case, a name found once (a speaker, "15:22 amaro:")
      // is a name again where it is written the same way ("am i speaking with amaro?", "yes its
      // me, amaro adesanya"): only a word that can be a lower-case name (no English or clinical
      // word, no word that is also a name and a word, no kin noun: "gramps"; four letters or more:
      // "min" of "Jong-min"), with a listed family name after it.
      std::size_t end = k + 1;
      if (end < tokens_.size() && gap(k, end) == " " && !claimed_[end] && lowerNameWord(end) &&
          (tokens_[end].classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kLexicon))) {
        ++end;
      }
      mark(k, end);
      // ("texter: nitza. ixtepan. im at my sons place": asked for a name, a chat's writer gives the
      // given and the family name as two short sentences; the second is taken when it is no
      // English or clinical word and a full stop closes it too.)
      if (end == k + 1 && k > 0 && gap(k - 1, k).ends_with(": ") && end + 1 < tokens_.size() && gap(k, end) == ". " &&
          !marked_[end] && !claimed_[end] && !tokens_[end].properShape() && lowerNameWord(end) &&
          gap(end, end + 1).starts_with(". ")) {
        mark(end, end + 1);
      }
      continue;
    }
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

}  // namespace concord::phi::detail
