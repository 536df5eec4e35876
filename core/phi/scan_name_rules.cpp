// Name scanner, part two: the evidence rules — titles, labels and role nouns, agents,
// credentials, person verbs and the name tables (see name_scanner.h). Names found by their shape
// and the words right around them are in scan_name_shapes.cpp; the rules that follow from names
// already found are in scan_name_links.cpp.
#include <algorithm>
#include <array>
#include <string>

#include "name_scanner.h"

namespace concord::phi::detail {

// Burmese "U" (Mr) before a Title-case name ("U Kyaw Min Htut"). It is no entry of the title table,
// where it would take every middle initial "U." for a title; and a lone capital U is also a unit
// ("10 U Humalog", "U/S"), a wave ("U Waves"), a letter of a list or an initial ("John U Smith"), so
// only after no number, slash, hyphen or capitalised word, before a Title-case word after one space
// that is no English word unless it is a listed name ("U Win Myint").
static bool burmeseU(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  const Token& t = tokens[i];
  if (t.length() != 1 || in.text[t.start] != 'U' || i + 1 >= tokens.size() || gapBetween(in, i, i + 1) != " ") return false;
  const Token& next = tokens[i + 1];
  if (!next.capitalised || ((next.classes & WordClass::kEnglish) && !(next.classes & (WordClass::kGiven | WordClass::kFamily)))) {
    return false;
  }
  if (i == 0) return true;
  const std::string_view before = gapBetween(in, i - 1, i);
  return !tokens[i - 1].hasDigit && before.find_first_of("/-") == std::string_view::npos &&
         !(tokens[i - 1].properShape() && isInlineSpace(before, 1));
}

namespace {

// A capital of the Greek alphabet, with or without its tonos, at `pos` (UTF-8: CE 86..CE A9).
bool greekCapitalAt(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size() || static_cast<unsigned char>(text[pos]) != 0xCE) return false;
  const unsigned char c = static_cast<unsigned char>(text[pos + 1]);
  return c >= 0x86 && c <= 0xA9 && c != 0x87 && c != 0x8B && c != 0x8D && c != 0xA2;
}

}  // namespace

bool NameScanner::tryTitle(std::size_t i) {
  const Token& t = tokens_[i];
  if (!(isTitleWord(t) || burmeseU(in_, i)) || i + 1 >= tokens_.size()) return false;
  // "pcp is doctor quisenberry.", "seen by doctor nighswander, who": speech recognition writes the
  // title in lower case; one lower-case word after it that is no English, clinical or never-name word
  // and ends at a full stop or a comma is the doctor's family name ("the doctor said" stays prose).
  if (t.lower == "doctor" && isLower(in_.text[t.start])) {
    const std::size_t j = i + 1;
    const Token& w = tokens_[j];
    if (gap(i, j) != " " || !isLower(in_.text[w.start]) || w.length() < 3 || w.hasDigit || claimed_[j] ||
        (w.classes & (WordClass::kEnglish | WordClass::kNever | WordClass::kTitle | WordClass::kRoleNoun)) ||
        hasClinicalEnding(w.lower)) {
      return false;
    }
    const std::string_view after = j + 1 < tokens_.size() ? gap(j, j + 1) : std::string_view(".");
    if (!(after.starts_with(". ") || after == "." || after.starts_with(", "))) return false;
    mark(j, j + 1);
    return true;
  }
  // A Greek title before a name in Greek script, which the Latin shape tests do not see: "Δρ Ελένη
  // Ιωάννου", "Κα Μαρία Χαραλάμπους" (one to three words, each with a Greek capital first).
  if (greekCapitalAt(in_.text, t.start)) {
    std::size_t j = i + 1;
    while (j < tokens_.size() && j < i + 4 && !claimed_[j] && !tokens_[j].hasDigit && tokens_[j].length() >= 4 &&
           greekCapitalAt(in_.text, tokens_[j].start) &&
           (j == i + 1 ? (gap(i, j) == " " || gap(i, j) == ". ") : gap(j - 1, j) == " ")) {
      ++j;
    }
    if (j == i + 1) return false;
    mark(i + 1, j);
    return true;
  }
  if (!(t.properShape() || t.lower == "dr")) return false;
  // "QTC 479 MS. SEASONAL ALLERGIES": after a number "MS" is milliseconds, not a title.
  // ("1400 Mr. Head" keeps its title: only capital "MS" is a unit there.)
  if (t.allCaps && t.lower == "ms" && i > 0 && tokens_[i - 1].allDigits && isInlineSpace(gap(i - 1, i), 1)) return false;
  const std::string_view g = gap(i, i + 1);
  if (!(g == " " || g == ". " || g == "." || g == "  ")) return false;
  // "Sister", "Father", "Nurse" are titles only when capitalised and directly before a name,
  // and only a weak cue: "Father Time" is no person. No title makes an eponym a person
  // ("Sister Mary Joseph nodule").
  const Cue cue = isSoftTitle(t.lower) ? Cue::kWeak : Cue::kStrong;
  // "SM: SGT BRISTOW, BRIAR": in capitals a title may head an inverted name too.
  std::size_t end = cueRun(i + 1, cue, t.allCaps && tokens_[i + 1].allCaps && !isSoftTitle(t.lower));
  if (end == i + 1 && cue == Cue::kStrong) end = lowerRun(i + 1, true, true);  // "w/ dr okonkwo"
  // "hi dr carpenter, my wife ...", "plan per dr field (sounds like)": in lower-case notes a word
  // after "dr" that ends at a comma or parenthesis is a family name even when it is English.
  if (end == i + 1 && t.lower == "dr" && g == " " && isLower(in_.text[tokens_[i + 1].start]) &&
      tokens_[i + 1].length() >= 2 && !tokens_[i + 1].hasDigit && !claimed_[i + 1] && !isNeverNameWord(tokens_[i + 1]) &&
      i + 2 < tokens_.size() &&
      (gap(i + 1, i + 2) == ", " || gap(i + 1, i + 2) == " (" || (gap(i + 1, i + 2) == " " && isPersonVerb(tokens_[i + 2].lower)))) {
    end = i + 2;  // ("dr cobble says hip is fine": before a verb only people do, too)
  }
  // "seen w/ dr young this am", "f/u w dr power in oct": a name that is also a word, after "dr"
  // (but "dr will call", "dr may adjust": modal verbs).
  if (end == i + 1 && t.lower == "dr" && g == " " && isLower(in_.text[tokens_[i + 1].start]) &&
      isAmbiguousNameWord(tokens_[i + 1]) && !isNeverNameWord(tokens_[i + 1]) && !claimed_[i + 1] &&
      tokens_[i + 1].lower != "will" && tokens_[i + 1].lower != "may") {
    end = i + 2;
  }
  // "Mr. Head", "Mrs. Bone": after a courtesy title in Title case a capitalised word is a family
  // name even when it is clinical vocabulary (no eponym or place follows a courtesy title).
  const bool courtesy = t.capitalised && (t.lower == "mr" || t.lower == "mrs" || t.lower == "ms" || t.lower == "miss");
  if (end == i + 1 && courtesy && g == ". " && tokens_[i + 1].capitalised && !tokens_[i + 1].hasDigit && !claimed_[i + 1] &&
      tokens_[i + 1].length() >= 2) {
    end = i + 2;
  }
  // "Referred by Dr Swan for ...", "To: Dr Pain, Cardiology": a Title-case word after "Dr" or
  // "Prof" (period or not) is a family name even when it is an English word, if the name ends
  // there (punctuation or a lower-case word follows), so "Dr Office Visit" stays prose.
  const bool doctor = t.capitalised && (t.lower == "dr" || t.lower == "prof");
  // ("Prof. Dr. Zehra Yazıcıoğlu": a second title is no family name; "Dr Nurse" is one.)
  if (end == i + 1 && doctor && (g == " " || g == ". ") && tokens_[i + 1].capitalised && !tokens_[i + 1].hasDigit &&
      !(isTitleWord(tokens_[i + 1]) && !isSoftTitle(tokens_[i + 1].lower)) && !claimed_[i + 1] && tokens_[i + 1].length() >= 2 && nameEndsAfter(i + 1)) {
    end = i + 2;
  }
  // "Father Nickel from their parish", "Rev. Pond was called": a clergy title vouches for a
  // family name that is an ordinary word when a word that follows people comes next.
  const bool clergy = t.capitalised && (t.lower == "father" || t.lower == "fr" || t.lower == "rev");
  if (end == i + 1 && clergy && (g == " " || g == ". ") && tokens_[i + 1].capitalised && !tokens_[i + 1].allCaps &&
      !tokens_[i + 1].hasDigit && !claimed_[i + 1] && tokens_[i + 1].length() >= 3 && nameWord(i + 1, Cue::kStrong) &&
      !adjectiveLike(tokens_[i + 1]) && i + 2 < tokens_.size() && gap(i + 1, i + 2) == " " &&
      isPersonFollower(tokens_[i + 2].lower)) {  // ("Father Time jokes aside" is no priest)
    end = i + 2;
  }
  if (end == i + 1 || runIsEponym(i + 1, end) || institutionContext(end - 1)) return false;
  mark(i + 1, end);
  return true;
}

bool NameScanner::nameEndsAfter(std::size_t k) const {
  if (k + 1 >= tokens_.size()) return true;
  const std::string_view g = gap(k, k + 1);
  if (g == ", " || g == ". " || g == "; " || g == ": " || g == " (" || g == "." || g == "," || g == "\\, " ||
      g.find('\n') != std::string_view::npos) {
    return true;
  }
  // A column gap ends a name too: "Chair 7 Taisiya Cobble  (95/F)".
  if (g.size() >= 2 && (gapOnly(g, " ", 8) || (g.ends_with(" (") && gapOnly(g.substr(0, g.size() - 1), " ", 8)))) return true;
  return g == " " && isLower(in_.text[tokens_[k + 1].start]);
}

std::size_t NameScanner::skipTitle(std::size_t j, Cue& cue) const {
  // Urdu courtesy titles before a romanised name: "Patient: جناب Bilal Butt", "بیگم Fatima
  // Siddiqui" (Janab, Mr; Begum, Mrs), and "Doctor: ڈاکٹر Saima Butt", seed 3737. Their letters are
  // no capitals, so the shape test below cannot take them.
  if (j + 1 < tokens_.size() &&
      (tokens_[j].lower == "\u062c\u0646\u0627\u0628" || tokens_[j].lower == "\u0628\u06cc\u06af\u0645" ||
       tokens_[j].lower == "\u0688\u0627\u06a9\u0679\u0631") &&
      gap(j, j + 1) == " " && tokens_[j + 1].properShape()) {
    cue = Cue::kStrong;
    return j + 1;
  }
  if (j + 1 < tokens_.size() && ((isTitleWord(tokens_[j]) && tokens_[j].properShape()) || burmeseU(in_, j))) {
    const std::string_view g = gap(j, j + 1);
    if (g == " " || g == ". " || g == ".") {
      if (!isSoftTitle(tokens_[j].lower)) cue = Cue::kStrong;
      return j + 1;
    }
  }
  return j;
}

bool NameScanner::tryVisit(std::size_t i) {
  // "Chaplain visited Loretta at the request of her son", "visited Tõnu at bedside", "Visited
  // Avigail at home": "visited" is no cue on its own ("visited Boston"), but a visit at someone's
  // request, bedside or home is to a person.
  if (tokens_[i].length() != 7 || tokens_[i].lower != "visited" || i + 2 >= tokens_.size() || gap(i, i + 1) != " ") return false;
  if (!tokens_[i + 1].properShape()) return false;
  const std::size_t j = i + 1;
  const std::size_t end = cueRun(j, Cue::kStrong, false);
  if (end == j || end + 2 >= tokens_.size() || gap(end - 1, end) != " " || tokens_[end].lower != "at") return false;
  std::size_t w = end + 1;
  if (tokens_[w].lower == "the" && w + 1 < tokens_.size()) ++w;
  if (tokens_[w].lower != "request" && tokens_[w].lower != "bedside" && tokens_[w].lower != "home") return false;
  if (runIsEponym(j, end) || institutionContext(end - 1)) return false;
  mark(j, end);
  return true;
}

bool NameScanner::tryAgent(std::size_t i) {
  if (i == 0 || i + 1 >= tokens_.size() || tokens_[i].lower != "by") return false;
  // ("Logged by: K. Gumbo": a colon may follow "by".)
  if (!isInlineSpace(gap(i - 1, i), 1) || !(isInlineSpace(gap(i, i + 1), 2) || gap(i, i + 1) == ": ")) return false;
  // "Accompanied today by Ranjit": an adverb may stand between the participle and "by".
  std::size_t participle = i - 1;
  const std::string_view adverb = tokens_[participle].lower;
  if (participle > 0 && (adverb == "today" || adverb == "again" || adverb == "also" || adverb == "now") &&
      isInlineSpace(gap(participle - 1, participle), 1)) {
    --participle;
  }
  if (!isAgentParticiple(tokens_[participle].lower)) {
    // "dilated exam by L. Nwachukwu", "Transport by J. Ruiz": after any word, "by" and an
    // initial with its period before a Title-case word is a person.
    const std::size_t j = i + 1;
    if (!(j + 1 < tokens_.size() && isInitial(j) && gap(j, j + 1) == ". " && tokens_[j + 1].properShape())) return false;
    const std::size_t end = cueRun(j, Cue::kStrong, false);
    if (end <= j + 1 || runIsEponym(j, end) || institutionContext(end - 1)) return false;
    mark(j, end);
    return true;
  }
  Cue cue = Cue::kWeak;
  // ("Referred by OT B. Ap Rhys": a discipline's abbreviation may stand before the agent.)
  std::size_t agent = i + 1;
  if (agent + 2 < tokens_.size() && credentialToken(agent) && tokens_[agent].allCaps && gap(agent, agent + 1) == " " &&
      isInitial(agent + 1)) {
    ++agent;
  }
  const std::size_t j = skipTitle(agent, cue);
  // "Logged by K. Monk": an initial with its period before a Title-case word is a person's.
  if (j + 1 < tokens_.size() && isInitial(j) && gap(j, j + 1) == ". " && tokens_[j + 1].properShape()) cue = Cue::kStrong;
  std::size_t end = cueRun(j, cue, false);
  // ("Submitted by: carmour": a user name in lower case after "by" and a colon.)
  if (end == j && gap(i, i + 1) == ": ") end = lowerRun(j, true, true);
  // ("Printed by DSS at the 5 North desk", "Recorded by RTH": staff sign with three initials; not a
  // department or a discipline, "Reviewed by ENT", "Seen by PT".)
  if (end == j && j < tokens_.size() && initialsToken(j)) end = j + 1;
  if (end == j || runIsEponym(j, end) || institutionContext(end - 1)) return false;
  // ("resolved by August": a month after "by" is a time, not an agent.)
  static constexpr std::array<std::string_view, 6> kMonths = {"april", "may", "june", "july", "august", "september"};
  if (end == j + 1 && std::find(kMonths.begin(), kMonths.end(), tokens_[j].lower) != kMonths.end()) return false;
  mark(j, end);
  return true;
}

// "Present:\nGill, Youssef (Surg Onc, chair)\nMyrtle Silver (Med Onc)\nProf. Ito (Pathology)":
// a list label alone on its line heads one person per line, each line starting with the name
// (a title may lead, an inverted "Last, First" is one person) and the name ending the line or
// followed by a comma or a parenthesised role. The list ends at the first line that does not
// start so, or at a blank line.
bool NameScanner::tryLineList(std::size_t first) {
  bool any = false;
  std::size_t j = first;
  while (j < tokens_.size()) {
    Cue cue = Cue::kStrong;
    const std::size_t start = skipTitle(j, cue);
    const std::size_t end = cueRun(start, Cue::kStrong, true);
    if (end == start || runIsEponym(start, end) || institutionContext(end - 1)) break;
    const std::string_view after = end < tokens_.size() ? gap(end - 1, end) : std::string_view("\n");
    if (!(after.starts_with(" (") || after.starts_with(",") || after.starts_with("\n") || after.starts_with("\r"))) break;
    mark(start, end);
    any = true;
    // Next line: skip to the first token after a single line break.
    std::size_t k = end;
    while (k < tokens_.size() && gap(k - 1, k).find('\n') == std::string_view::npos) ++k;
    if (k >= tokens_.size() || gap(k - 1, k).find("\n\n") != std::string_view::npos ||
        gap(k - 1, k).find("\n\r\n") != std::string_view::npos) {
      break;
    }
    j = k;
  }
  return any;
}

// "I, Tabitha Honey, agree that photographs ...", "I, Horace El Fassi, consent to ...": the person
// who signs a form names themself between commas after "I", before the verb of the form.
bool NameScanner::trySignatory(std::size_t i) {
  if (i + 2 >= tokens_.size() || tokens_[i].length() != 1 || in_.text[tokens_[i].start] != 'I' || gap(i, i + 1) != ", ") {
    return false;
  }
  const std::size_t end = cueRun(i + 1, Cue::kStrong, false);
  if (end == i + 1 || end >= tokens_.size() || gap(end - 1, end) != ", ") return false;
  static constexpr std::array<std::string_view, 12> kFormVerbs = {
      "agree", "consent", "authorize", "authorise", "understand", "hereby", "give", "acknowledge", "certify",
      "request", "am", "voluntarily"};
  if (std::find(kFormVerbs.begin(), kFormVerbs.end(), tokens_[end].lower) == kFormVerbs.end()) return false;
  if (runIsEponym(i + 1, end) || institutionContext(end - 1)) return false;
  mark(i + 1, end);
  return true;
}

namespace {

// Whether the "w" at token i is the English shorthand for "with": after an English word, a number,
// a slash's abbreviation or a line's start ("f/u w sandhu", "spoke w dr bass"); the Polish
// "w" (in) follows a Polish word ("badanie w kierunku mutacji", seed 3636).
bool shorthandWith(const ScanInput& in, std::size_t i) {
  if (i == 0) return true;
  const std::string_view before = gapBetween(in, i - 1, i);
  // ("d/w Saint-Fleur": discussed with.)
  if (before.find('\n') != std::string_view::npos || before.find('/') != std::string_view::npos) return true;
  const Token& t = in.tokens[i - 1];
  const std::size_t start = t.start;
  const bool slashed = start > 0 && in.text[start - 1] == '/';
  return slashed || t.hasDigit || (t.classes & WordClass::kEnglish) != 0;
}

}  // namespace

bool NameScanner::tryLabel(std::size_t i) {
  if (!(tokens_[i].classes & WordClass::kCueStart)) return false;  // most words start no cue
  for (const LabelRule& rule : labelRulesStartingWith(tokens_[i].lower)) {
    const std::size_t words = rule.size();
    if (i + words >= tokens_.size()) continue;
    bool match = true;
    for (std::size_t k = 1; k < words && match; ++k) {
      // "sister-in-law": a hyphenated label matches word by word.
      const std::string_view between = gap(i + k - 1, i + k);
      // ("pt_name=" in a log line: an underscore joins too.)
      // ("IT'S RANGIMARIE CHALK": an apostrophe joins a contraction.)
      match = tokens_[i + k].lower == rule.words[k] &&
              (isInlineSpace(between, 2) || between == "-" || between == "_" ||
               ((between == "'" || between == "\u2019") && rule.words[k] == "s"));
    }
    if (!match) continue;
    // "H Bass, NP: Smoked 1 ppd": a credential after a name is no label, colon or not.
    if (i > 0 && tokens_[i].allCaps && credentialToken(i) && gap(i - 1, i) == ", ") continue;
    // "venez avec son carnet", "pour son traitement": after a French preposition "son" is "his" or
    // "her", no son (seed 3434).
    if (words == 1 && tokens_[i].lower == "son" && i > 0 && gap(i - 1, i) == " " &&
        listHas({"avec", "pour", "de", "\u00e0", "par", "dans", "sur", "et", "chez", "selon", "sans"}, tokens_[i - 1].lower)) {
      continue;
    }
    std::size_t after = i + words;
    // "Witness 1: X", "Contact 2: X": a numbered label.
    if (after + 1 < tokens_.size() && tokens_[after].allDigits && tokens_[after].length() <= 2 &&
        gap(after - 1, after) == " " && gap(after, after + 1).starts_with(":")) {
      ++after;
    }
    // "Patient/in: X", "Mitarbeiter/in: X": the German feminine ending after a slash.
    if (after + 1 < tokens_.size() && gap(after - 1, after) == "/" && tokens_[after].lower == "in" &&
        gap(after, after + 1).starts_with(":")) {
      ++after;
    }
    // "Prénom(s) : Awa", "Nom(s) : X": the plural a French form puts in parentheses (seed 3434).
    if (after + 1 < tokens_.size() && gap(after - 1, after) == "(" && tokens_[after].lower == "s" &&
        gap(after, after + 1).starts_with(")") && gap(after, after + 1).find(':') != std::string_view::npos) {
      ++after;
    }
    // "Guardian (grandparent): X", "OPO coordinator on site: X": a role noun with a few lower-case
    // words of qualifier before the colon.
    // ("Patient summary:", "Nurse note:" are headings: without parentheses the qualifier must
    // open with a preposition.)
    // (Both branches string views: a std::string branch would make a temporary the view outlives.)
    const std::string_view opener = after < tokens_.size() ? std::string_view(tokens_[after].lower) : std::string_view();
    // ("Interpreter assigned: X", "Interpreter booked: X": a participle qualifies the role too.)
    const bool prepositional = opener == "on" || opener == "at" || opener == "in" || opener == "of" || opener == "for" ||
                               (opener.size() > 4 && opener.ends_with("ed"));
    if (words == 1 && !rule.needsColon && isRoleNoun(tokens_[i]) && tokens_[i].lower != "patient" &&
        tokens_[i].lower != "pt" && after < tokens_.size() &&
        ((gap(after - 1, after) == " " && prepositional) || gap(after - 1, after) == " (")) {
      for (std::size_t q = after; q < tokens_.size() && q < after + 3; ++q) {
        if (!isLower(in_.text[tokens_[q].start]) || tokens_[q].hasDigit || q + 1 >= tokens_.size()) break;
        const std::string_view next = gap(q, q + 1);
        if (next == ": " || next == "): " || next == ":  " || next == "):  ") {
          after = q + 1;
          break;
        }
        if (next != " " && next != "-") break;
      }
    }
    const std::string_view g = gap(after - 1, after);
    // Staff lists separate role and name with a dash as often as with a colon:
    // "PCP - Love, Ivy C., DO", "Case Manager - Young, Itzel F., RN". Forms lead the eye to
    // the value with dots: "PATIENT NAME.......: X".
    // Logs write key="value": 'user="B. Webster" patient="AL-MASRI, JOHANN"'.
    // ('Preferred name: "Snookie"', "pt_name=CHAHAL, GOLROKH;": a quoted value, or a key=value pair.)
    // ("TECH.......... Z.R. Tamashiro": a leader of dots without the colon.)
    const bool leader = g.size() >= 4 && g.find("...") != std::string_view::npos && gapOnly(g, " .", 48);
    const bool colon = (g.find(':') != std::string_view::npos && gapOnly(g, " .:\t-)", 48)) || g == " - " || leader ||
                       ((g == "=\"" || g == ": \"") && enclosedRun(after, "\"")) || g == "=";
    // "husband (Dariusz)", "Social work (Krüger, Piotr)", "daughter (Esi Lor)": a role may put the
    // name in parentheses; kin put it in quotes too ('her mother "Agus" not be called').
    // ("interpreter (Khadra, ID 40917, by video)": a role's name first in its parenthesis, before a comma.)
    const bool parenthesised = (g == " (" && enclosedRun(after, ")")) || (g == " \"" && enclosedRun(after, "\"")) ||
                               (g == " (" && words == 1 && isRoleNoun(tokens_[i]) && enclosedRun(after, ","));
    if (rule.list && (g == ":\n" || g == ":\r\n") && tryLineList(after)) return true;
    const bool nextLine = rule.nextLine && (g == ",\n" || g == ",\r\n" || g == "\n" || g == ",\n\n");
    // "Thanks, Delali", "SINCERELY, ECHO BARBER 7129 MAPLE RD": a closing may sign on its own line too.
    const bool signedInline = rule.nextLine && g == ", " && tokens_[i].capitalised;
    // ("counsellor (ertie): thank you hūhana. are you safe": in a lower-case chat the thanks names
    // the reader; the greeting's test below asks for a name that is no word, closed by punctuation.)
    // ("or 924-4587. thanks, jemutai littleben": a lower-case thanks signs a message on its line.)
    const bool thanksInline = rule.nextLine && isLower(in_.text[tokens_[i].start]) &&
                              ((g == " " && words == 2 && tokens_[i].lower == "thank") ||
                               ((g == ", " || g == " ") && words == 1 && tokens_[i].lower == "thanks"));
    // ("appt w/ zacarías velásquez at three rivers": "w/" for "with".)
    // ("AMBULATES W/ WALKER": an ordinary word after it is a thing.)
    const bool withSlash = words == 1 && tokens_[i].lower == "w" && g == "/ " && after < tokens_.size() &&
                           !(tokens_[after].classes & (WordClass::kEnglish | WordClass::kNever));
    // ("badanie w kierunku mutacji", "Msza w parafii w Sanok": the Polish "w" (in) after a word of
    // that language is no "with"; the shorthand follows an English word, "f/u w sandhu", seed 3636.)
    if (words == 1 && tokens_[i].lower == "w" && g == " " && !shorthandWith(in_, i)) continue;
    if (rule.nextLine ? !(nextLine || signedInline || thanksInline)
                      : rule.needsColon ? !colon : !(colon || g == " " || g == ", " || parenthesised || withSlash)) {
      continue;
    }
    // A label with a colon vouches for what follows; a phrase or role noun in running text
    // only weakly ("lead placement", "Patient SSN verified").
    // "Re: Appointment question": a subject line vouches for no more than a role noun does.
    Cue cue = colon && !(words == 1 && tokens_[i].lower == "re") ? Cue::kStrong : Cue::kWeak;
    // Kin with their name set off: a capitalised word there is the name, even when it
    // is an English word ('son (Marigold)', 'sister "Lucky"'), unless it is an abbreviation.
    // ("hi dr Aoun its Gwendolyn again": "its" for "it's" in hurried messages.)
    // ("Is this Blathnaid?": the caller asks for the person by name.)
    const bool askedFor = words == 2 && rule.words[0] == "is" && rule.words[1] == "this";
    const bool selfIntroduction = rule.words[words - 1] == "is" || rule.words[words - 1] == "its" ||
                                  (words == 2 && rule.words[0] == "it" && rule.words[1] == "s") || askedFor;
    const std::string_view lastWord = tokens_[i + words - 1].lower;
    // ("to be called Peanut": the "called" phrase after "be".)
    const bool nickname = (lastWord == "by" && tokens_[i].lower == "goes") || lastWord == "as" || lastWord == "nicknamed" ||
                          (words == 1 && lastWord == "called" && i > 0 && tokens_[i - 1].lower == "be" &&
                           gap(i - 1, i) == " ");
    // A nickname is often an ordinary word ("prefers to be called Peanut", "goes by Chief"):
    // any capitalised word will do there, as after "this is", when it ends the clause.
    const bool namesItself = selfIntroduction || (nickname && !colon && g == " " && tokens_[after].capitalised &&
                                                  !tokens_[after].allCaps);
    const bool kinEnclosed = parenthesised && (isKinNoun(lastWord) || lastWord == "proxy" || nickname) && !abbreviation(after) &&
                             !isRoleNoun(tokens_[after]) && !isTitleWord(tokens_[after]);
    if (kinEnclosed || namesItself) {
      cue = Cue::kStrong;
    }
    // "From:" and "To:" also head units: "To: ED" is no person, whatever "Ed" is.
    const bool fromTo = words == 1 && (tokens_[i].lower == "from" || tokens_[i].lower == "to");
    // "per", "page", "call" vouch for a person in running text only: "Reason for call: Schatzki
    // ring", "Page: 2" are fields.
    const bool runningVerb = words == 1 && (tokens_[i].lower == "per" || tokens_[i].lower == "page" ||
                                            tokens_[i].lower == "call");
    if (runningVerb && colon) continue;
    std::size_t j = skipTitle(after, cue);
    // "Infant: Baby Girl Cannon", "Baby Boy Santoso": a newborn is named by the family name.
    if (j + 2 < tokens_.size() && tokens_[j].lower == "baby" && tokens_[j].capitalised &&
        (tokens_[j + 1].lower == "girl" || tokens_[j + 1].lower == "boy") && isInlineSpace(gap(j, j + 1), 1) &&
        isInlineSpace(gap(j + 1, j + 2), 1)) {
      j += 2;
      cue = Cue::kStrong;
    }
    if (words == 2 && tokens_[i].lower == "baby" && tokens_[i].capitalised) cue = Cue::kStrong;
    // ("Twin 2 CPAP weaned": in a note in ordinary case a word in capitals after a twin's or a
    // triplet's label is an abbreviation; on a board in capitals, "TRIPLET 1 WETHERBY-NASH", a name.)
    if ((tokens_[i].lower == "twin" || tokens_[i].lower == "triplet") && j < tokens_.size() && mixedCase_ &&
        tokens_[j].allCaps && !listedName(tokens_[j])) {
      continue;
    }
    // ("TWO CROWS + BABY BOY - BF, OBS 4-HOURLY": on a ward board an abbreviation after the baby
    // is the feeding and the care, not a family name; "BABY BOY - NG" is one, being listed.)
    if (words == 2 && tokens_[i].lower == "baby" && j < tokens_.size() && tokens_[j].allCaps &&
        tokens_[j].length() <= 3 && !isInitial(j) && !listedName(tokens_[j])) {
      continue;
    }
    // "GP S. Fell", "dispatcher K. Monk": an initial with its period before a capitalised word is a person's.
    if (j + 1 < tokens_.size() && isInitial(j) && gap(j, j + 1) == ". " && tokens_[j + 1].properShape()) cue = Cue::kStrong;
    if (fromTo && mixedCase_ && tokens_[j].allCaps && tokens_[j].length() >= 2 && tokens_[j].length() <= 3) continue;  // "To: ED"
    // "Patient: SMITH, JOHN", "Patient WILSON, YEVGENIA connected": an inverted name after a
    // label's colon, or in capitals after any label.
    std::size_t end = cueRun(j, cue, (colon || parenthesised || tokens_[j].allCaps) && !rule.list);
    // In a list "A, B" is two people, unless a parenthesis closes the pair as one:
    // "Present: Gill, Youssef (Surg Onc, chair)".
    if (rule.list && colon && j < tokens_.size()) {
      const std::size_t inverted = cueRun(j, cue, true);
      if (inverted > end && inverted < tokens_.size() && gap(inverted - 1, inverted) == " (") end = inverted;
    }
    // "son yolanda"; after kin, in-laws and carers a lone lower-case word will do ("landlord clodagh at bs").
    const std::string_view lastCue = tokens_[i + words - 1].lower;
    // ("hi its eliseo, ...": a self-introduction too; "agent yarran:" a carer's noun.)
    // ("hi kunaq, whats going on", "thanks, jemutai littleben": a greeting or a thanks in a
    // lower-case message names the reader or the writer when a comma, a "!" or the line closes it.)
    const bool greeting = ((words == 1 && (lastCue == "hi" || lastCue == "hello" || lastCue == "hey" ||
                                           lastCue == "thanks" || lastCue == "dear")) ||
                           thanksInline) &&
                          isLower(in_.text[tokens_[i].start]);
    const bool worldGreeting =
        words == 1 && listHas({"hola", "ciao", "salam", "salaam", "merhaba", "hallo", "hej", "jambo", "habari",
                               "bonjour", "bonsoir", "grazie", "gracias", "obrigada", "obrigado", "halo", "kumusta",
                               "namaste", "mulembe", "sannu", "sawubona"},
                              lastCue);
    // ("hi sweetie, mum here": a word of endearment after the greeting is whom it greets, no name.)
    if ((greeting || worldGreeting) && j < tokens_.size() && isEndearment(tokens_[j].lower)) {
      continue;
    }
    // ("hi nurse tamashiro, sagal left the inhaler": a greeting's soft title in lower case.)
    if (greeting && end == j && j + 1 < tokens_.size() && isSoftTitle(tokens_[j].lower) &&
        isLower(in_.text[tokens_[j].start]) && gap(j, j + 1) == " ") {
      ++j;
      end = j;
    }
    const bool carer = lastCue == "law" || lastCue == "guardian" || lastCue == "landlord" || lastCue == "caregiver" ||
                       isCarerNoun(lastCue) || selfIntroduction || greeting;
    // ("met tjarra at the mcdonalds": an outreach worker met one word that is no English or
    // clinical word, at a place.)
    const bool metAt = words == 1 && lastCue == "met" && j + 1 < tokens_.size() && gap(j, j + 1) == " " &&
                       tokens_[j + 1].lower == "at";
    // ("ok ill call faʻasoa 437-1171": a lower-case word that is no English or clinical word before
    // the number to call.)
    // ("physio tiruwork number 0916 34 78 01", "nurse khadija 0300-1234567": a care-team role's
    // one lower-case word before the number to reach that person, or its "number" word, too.)
    const auto numberAt = [&](std::size_t k) {
      return k < tokens_.size() && gap(k - 1, k) == " " && claimed_[k] && tokens_[k].hasDigit;
    };
    const bool callNumber =
        words == 1 && j + 1 < tokens_.size() && gap(j, j + 1) == " " &&
        ((lastCue == "call" && numberAt(j + 1)) ||
         (isRoleNoun(lastCue) && !isKinNoun(lastCue) && lastCue != "pt" && lastCue != "patient" &&
          (numberAt(j + 1) ||
           (listHas({"number", "phone", "tel", "mobile", "cell"}, tokens_[j + 1].lower) && numberAt(j + 2)))));
    if (end == j && (colon || isLower(in_.text[tokens_[i].start]))) {
      end = lowerRun(j, colon, colon || (words == 1 && isKinNoun(tokens_[i])) || carer || metAt || callNumber);
      // ("mkhulu mandla akasakhoni kuhamba": a grandparent of a Nguni or Sotho chat is called by the
      // given name alone; the unknown words after it are the message's verbs, seed 3434.)
      if (words == 1 && end > j + 1 && listHas({"mkhulu", "nkhono"}, lastCue)) end = j + 1;
      // ("hola, tengo fiebre.", "bonjour, elle tousse.": after a greeting and its comma in lower
      // case the message itself begins; the one greeted is a run the comma, a "!" or the line
      // closes, as after "hi".)
      const bool greetingThenComma = worldGreeting && isLower(in_.text[tokens_[i].start]) &&
                                     gap(i, j).starts_with(",");
      if ((greeting && end > j && end < tokens_.size()) || (greetingThenComma && end > j)) {
        // (The text's end closes a message too; its full stop is what follows the last word.)
        const std::string_view closing =
            end < tokens_.size() ? gap(end - 1, end) : std::string_view(in_.text).substr(tokens_[end - 1].end);
        // (After a greeting's comma the line closes the run only where no full stop ends a sentence
        // first: "hola, maría\n", not "bonjour, elle tousse.\n".)
        const std::size_t visible = closing.find_first_not_of(" \t\r");
        const bool lineCloses = greetingThenComma ? (visible == std::string_view::npos && end == tokens_.size()) ||
                                                        (visible != std::string_view::npos && closing[visible] == '\n')
                                                  : closing.find('\n') != std::string_view::npos;
        if (!(closing.empty() || closing.starts_with(",") || closing.starts_with("!") || lineCloses ||
              (thanksInline && closing.starts_with(". ")))) {
          end = j;
        }
      }
    }
    // ("hi maria, your results are ready", "thanks, grace!": a greeting or a thanks in lower case
    // names its one reader with a listed given name that is also a word, when a comma, a "!" or the
    // line closes it; not "hi all," nor "hi team,", which no list of given names holds.)
    // (A closing signed by a team or an office with its article is no name: "cordialement,\nle
    // secrétariat", "saludos,\nel equipo", "lg\ndie Praxis".)
    if (nextLine && j < tokens_.size() && isLower(in_.text[tokens_[j].start]) &&
        listHas({"le", "la", "el", "les", "los", "las", "l", "o", "a", "os", "as", "die", "der", "das", "het", "de",
                 "the", "your", "votre", "su", "seu", "sua", "ihr", "ihre", "il", "lo", "uw", "tu", "ton", "ta"},
                tokens_[j].lower)) {
      continue;
    }
    // (So does a closing in lower case signed on the next line by the name alone: "cheers,\nmike".)
    const bool signedAlone = nextLine && j < tokens_.size() &&
                             (j + 1 == tokens_.size() || gap(j, j + 1).find('\n') != std::string_view::npos);
    if ((greeting || signedAlone) && end == j && j < tokens_.size() && isCommonGivenName(tokens_[j]) && !claimed_[j] &&
        !tokens_[j].hasDigit && isLower(in_.text[tokens_[j].start]) && !isNeverNameWord(tokens_[j]) &&
        !isRoleNoun(tokens_[j]) && !isTitleWord(tokens_[j]) && !isCredentialWord(tokens_[j]) &&
        !isEndearment(tokens_[j].lower) &&
        (signedAlone || (j + 1 < tokens_.size() && (gap(j, j + 1).starts_with(",") || gap(j, j + 1).starts_with("!") ||
                                                    gap(j, j + 1).find('\n') != std::string_view::npos)))) {
      end = j + 1;
    }
    // Mid-sentence, a capitalised word right after a lower-case kin noun is a proper noun, and
    // kin have names: "lives with his partner Sunny", "father Charity rooming in".
    // So is one after a lower-case carer's noun when the name ends there ("by driver Nova;",
    // "Recovery coach Sunshine will").
    const bool carerRole = isCarerNoun(tokens_[i].lower) && nameEndsAfter(j) &&
                           !(j + 1 < tokens_.size() && gap(j, j + 1).starts_with(":"));
    // ("... call 249 867 9176. - Chaplain Buckle": a signing carer after a dash.)
    const bool signing = i > 0 && (gap(i - 1, i).ends_with(" - ") || gap(i - 1, i).ends_with("\n")) && carerRole;
    if (end == j && words == 1 && (isKinNoun(tokens_[i]) || carerRole) && (isLower(in_.text[tokens_[i].start]) || signing) &&
        (g == " " || g == ", ") && tokens_[j].capitalised && !tokens_[j].hasDigit && !claimed_[j] &&
        !isNeverNameWord(tokens_[j]) && !hasClinicalEnding(tokens_[j].lower) && !isTitleWord(tokens_[j]) &&
        !adjectiveLike(tokens_[j]) &&
        !(j + 1 < tokens_.size() && tokens_[j + 1].hasDigit && isInlineSpace(gap(j, j + 1), 2))) {
      end = j + 1;
    }
    if (end == j || runIsEponym(j, end) || institutionContext(end - 1)) continue;
    // "(EMPLOYER): EMPLOYEE NAME: X": a word before "name:" is the next field's label.
    if (end < tokens_.size() && tokens_[end].lower == "name" && end + 1 < tokens_.size() &&
        gap(end, end + 1).starts_with(":")) {
      continue;
    }
    // After "per" a standard is cited by its authors or its body: "per Rumack-Matthew", "per
    // AASM", "per NSGC nomenclature".
    // (In a note all in capitals, only a listed name that is no word: "CALL BELL OUT OF REACH".)
    if (runningVerb) {
      bool standard = tokens_[j].allCaps && (mixedCase_ ? !listedName(tokens_[j])
                                                         : !listedName(tokens_[j]) || (tokens_[j].classes & WordClass::kEnglish));
      for (std::size_t k = j + 1; k < end && !standard; ++k) standard = gap(k - 1, k) == "-" && tokens_[k].properShape();
      if (standard) continue;
    }
    // "Consultant Rheumatologist", "Consultant Geriatrician": a role after a role is no name.
    bool roles = true;
    for (std::size_t k = j; k < end && roles; ++k) roles = isRoleNoun(tokens_[k]);
    if (roles) continue;
    // "To: Greyfriars Skilled Nursing": a place word inside the run makes it a facility.
    bool placeWord = false;
    // (A building's word names a building only before a lower-case word or a number: "Name:
    // Nicanor Tower" is a person.)
    for (std::size_t k = j + 1; k < end && !placeWord; ++k) {
      placeWord = isPlaceAfter(tokens_[k].lower) && !(isBuildingWord(tokens_[k].lower) && !buildingNamed(k));
    }
    if (placeWord) continue;
    // "This is Medicare calling" is no introduction: the name must end the clause.
    if (namesItself && end < tokens_.size()) {
      const std::string_view next = gap(end - 1, end);
      if (!(next.starts_with(",") || next.starts_with(".") || next.starts_with("'") || next.starts_with("\u2019") ||
            (askedFor && next.starts_with("?")) ||
            next.starts_with(" and ") || next.starts_with(";") || next.starts_with(")") ||
            (next == " " && (tokens_[end].lower == "again" || tokens_[end].lower == "from" || tokens_[end].lower == "i" ||
                             tokens_[end].lower == "calling" || tokens_[end].lower == "speaking")) ||
            (next == " " && isPersonFact(tokens_[end].lower)))) {
        continue;
      }
    }
    // "INTERVIEWER: Am I speaking with", "Cell P-20, bottom bunk", "ANESTHESIA: SPINAL + MAC",
    // "EXAMINER - INVESTIGATIVE REPORT", "Braden 12": after a transcript's speaker or a form's
    // field, one ordinary word with a sentence or a number going on after it is no name.
    if (colon && end == j + 1 && end < tokens_.size() && !isInitial(j) && labelValueGoesOn(j)) continue;
    mark(j, end);
    // "Signed out by Rasha to Kainoa": a handoff names the receiver too.
    if (tokens_[i].lower == "signed" && words == 3 && tokens_[i + 1].lower == "out" && end + 1 < tokens_.size() &&
        gap(end - 1, end) == " " && tokens_[end].lower == "to" && gap(end, end + 1) == " ") {
      Cue toCue = Cue::kStrong;
      const std::size_t k = skipTitle(end + 1, toCue);
      const std::size_t receiverEnd = cueRun(k, toCue, false);
      if (receiverEnd > k && !runIsEponym(k, receiverEnd) && !institutionContext(receiverEnd - 1)) mark(k, receiverEnd);
    }
    // "To: O'Connell, Kavya; Banks, Bill": after a colon, names separated by semicolons are a
    // list of inverted names whatever the label.
    while ((rule.list || (colon && end < tokens_.size() && gap(end - 1, end) == "; ")) && end < tokens_.size()) {
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
      // After a name, "; X" continues a list of names: the first vouches for the next.
      Cue listCue = sep == "; " && colon ? Cue::kStrong : cue;
      next = skipTitle(next, listCue);
      std::size_t listEnd = cueRun(next, listCue, sep == "; " && colon);
      // ("cath lab team: ruthanne, panagiota, gülten. troponin": a list written in lower case goes on
      // in lower case, each item a word that can be a lower-case name, closed by a comma, a full
      // stop or the line.)
      if (listEnd == next && rule.list && colon && next < tokens_.size() && isLower(in_.text[tokens_[j].start]) &&
          (isLower(in_.text[tokens_[next].start]) || isNonAscii(in_.text[tokens_[next].start]))) {
        const std::size_t lowerEnd = lowerRun(next, true, true);
        const std::string_view closing = lowerEnd < tokens_.size() ? gap(lowerEnd - 1, lowerEnd) : std::string_view("\n");
        if (lowerEnd > next && (closing.starts_with(",") || closing.starts_with(". ") || closing.starts_with(".\n") ||
                                closing == "." || closing.find('\n') != std::string_view::npos)) {
          listEnd = lowerEnd;
        }
      }
      if (listEnd == next) break;
      mark(next, listEnd);
      end = listEnd;
    }
    return true;
  }
  return false;
}

bool NameScanner::enclosedRun(std::size_t first, std::string_view close) const {
  // Up to four words joined as a name ("Esi Lor", "T. Okafor") or an inverted pair ("Krüger, Piotr")
  // and then the closing mark.
  for (std::size_t k = first; k < tokens_.size() && k < first + 4; ++k) {
    if (k + 1 >= tokens_.size()) return in_.text.substr(tokens_[k].end).starts_with(close);
    const std::string_view g = gap(k, k + 1);
    if (g.starts_with(close)) return true;
    // "uncle (Lucky Abdi, by phone from abroad)": a comma after the name closes it too.
    if (close == ")" && g == ", " && k > first && !(k + 1 < tokens_.size() && tokens_[k + 1].properShape())) return true;
    if (!(innerGap(k, k + 1) || ((g == ", " || g == ",") && k == first))) return false;
  }
  return false;
}

bool NameScanner::labelValueGoesOn(std::size_t j) const {
  const Token& next = tokens_[j + 1];
  const std::string_view g = gap(j, j + 1);
  if (g == " " && next.hasDigit) return true;  // "Braden 12"
  // "CORONER - INQUEST SUMMARY", "Examiner - Investigative Report": a heading, not a person.
  static constexpr std::array<std::string_view, 10> kDocuments = {"summary", "report", "note", "form", "record",
                                                                  "letter", "request", "referral", "log", "sheet"};
  if (g == " " && std::find(kDocuments.begin(), kDocuments.end(), next.lower) != kDocuments.end()) return true;
  const Token& word = tokens_[j];
  const bool ordinary = !listedName(word) && ((word.classes & (WordClass::kEnglish | WordClass::kNever)) || adjectiveLike(word) ||
                                              hasClinicalEnding(word.lower));
  if (!ordinary) return false;
  if (g == " + ") return true;  // "SPINAL + MAC"
  if (g != " ") return false;
  // A lower-case word that is no particle and no preposition ("Provider notified: Dollar at
  // 04:18" is a person), the pronoun "I", or in capitals an ordinary word.
  if (isLower(in_.text[next.start])) {
    static constexpr std::array<std::string_view, 12> kLinks = {"at", "in", "on", "to", "from", "for",
                                                                "by", "with", "and", "or", "via", "re"};
    return !isNameParticle(next) && std::find(kLinks.begin(), kLinks.end(), next.lower) == kLinks.end();
  }
  if (next.lower == "i") return true;
  // (In capitals only a descriptive first word, and no inverted name: "INVESTIGATIVE REPORT", not
  // "IRON CLOUD, QUOC-BAO" or "SPOTTED ELK, JUHANI".)
  const bool inverted = j + 2 < tokens_.size() && gap(j + 1, j + 2).starts_with(",");
  return word.allCaps && next.allCaps && !inverted &&
         (adjectiveLike(word) || hasClinicalEnding(word.lower) || isPersonVerb(word.lower)) &&
         !listedName(next) && (next.classes & (WordClass::kEnglish | WordClass::kNever));
}

bool NameScanner::initialsToken(std::size_t k) const {
  const Token& t = tokens_[k];
  return mixedCase_ && t.allCaps && t.length() == 3 && !t.hasDigit && !claimed_[k] && !listedName(t) &&
         !(t.classes & (WordClass::kEnglish | WordClass::kNever | WordClass::kCredential | WordClass::kStateCode)) &&
         !isRoleNoun(t) && !isThreeLetterAbbreviation(t.lower) &&
         !(k + 1 < tokens_.size() && (gap(k, k + 1) == "/" || gap(k, k + 1) == "-"));
}

bool NameScanner::adjectiveLike(const Token& t) {
  // An English word with an adjective or participle ending is a description, not a name:
  // "mother Diabetic", "son Unresponsive", "wife Concerned".
  if (listedName(t) || !(t.classes & WordClass::kEnglish)) return false;
  const std::string_view w = t.lower;
  for (std::string_view ending : {"ic", "al", "ous", "ive", "ed", "ing", "ent", "ant", "ful", "less", "ly", "able"}) {
    if (w.size() > ending.size() + 2 && w.ends_with(ending)) return true;
  }
  return false;
}

bool NameScanner::credentialToken(std::size_t k) const {
  const Token& t = tokens_[k];
  // "Esq." and "MDiv" are written in mixed case; the others in capitals ("Md" is no credential).
  if (!isCredentialWord(t)) return false;
  // "PhD", "AuD", "PharmD", "MDiv", "Esq." are written in mixed case; two-letter ones only in capitals
  // ("Pt", "Ma", "Rd" and "Do" are words).
  return t.allCaps || (isUpper(in_.text[t.start]) && t.length() >= 3);
}

bool NameScanner::tryCredential(std::size_t i) {
  const Token& t = tokens_[i];
  if (!credentialToken(i) || i == 0) return false;
  const auto commaGap = [](std::string_view g) { return g == ", " || g == ","; };
  // "T. K. Chaiyaporn, MA, CCC-SLP", "Wiremu Bezerra, BSN, RN, CWOCN": the name ends before the
  // first credential of a chain.
  std::size_t nameEnd = i;
  while (nameEnd >= 2 && commaGap(gap(nameEnd - 1, nameEnd)) && credentialToken(nameEnd - 1)) --nameEnd;
  const bool chained = nameEnd < i;
  const std::string_view g = gap(nameEnd - 1, nameEnd);
  // ("Logan A., RN": a middle initial's period before the comma.)
  const bool comma = commaGap(g) || (g == "., " && isInitial(nameEnd - 1));
  // Credentials that are also common abbreviations ("PTA" prior to admission, "MA", "PA" and "MS"
  // the states) count only after a comma; a state code also needs no number after it
  // ("Springfield, MA 01101") unless another credential follows.
  const bool ambiguous = t.lower == "pta" || t.lower == "ma" || t.lower == "esq" || isStateCode(t);
  const bool strong = !ambiguous && (t.length() >= 3 || t.lower == "md" || t.lower == "rn" || t.lower == "np");
  if (!(comma || chained || (strong && g == " "))) return false;
  if (isStateCode(t) && !chained) {
    const bool chainFollows = i + 1 < tokens_.size() && commaGap(gap(i, i + 1)) && credentialToken(i + 1);
    const bool numberFollows = i + 1 < tokens_.size() && tokens_[i + 1].hasDigit && isInlineSpace(gap(i, i + 1), 2);
    if (numberFollows && !chainFollows) return false;
  }
  // Walk back over the name on the same line.
  std::size_t first = nameEnd;
  std::size_t words = 0;
  while (first > 0 && words < 4) {
    const std::size_t k = first - 1;
    // "Makoa Child, MD": before the credential, a family name that is a clinical word passes when a
    // given name that reads as one on its own stands before it.
    const bool wordFamily = k + 1 == nameEnd && k > 0 && tokens_[k].capitalised && !tokens_[k].allCaps &&
                            !tokens_[k].hasDigit && !claimed_[k] && innerGap(k - 1, k) &&
                            (strongShapeWord(k - 1) || isCommonGivenName(tokens_[k - 1]));
    // "Vladislav de la Tour, MD", "Marivic St. Germain, MD": particles and "St." inside the name.
    if (words > 0 && k > 0 && innerGap(k, k + 1) &&
        ((isNameParticle(tokens_[k]) && isLower(in_.text[tokens_[k].start])) ||
         (tokens_[k].lower == "st" && tokens_[k].capitalised && gap(k, k + 1) == ". "))) {
      first = k;
      continue;
    }
    // "Mi-sook Dekker, MD": the lower-case second part of a given name goes with its first part.
    if (lowerSecondPart(k)) {
      first = k - 1;
      ++words;
      continue;
    }
    if ((!nameWord(k, Cue::kStrong) && !wordFamily) || credentialToken(k)) break;
    if (k + 1 < nameEnd && !innerGap(k, k + 1)) break;
    first = k;
    ++words;
  }
  if (words == 0) return false;
  // "Wound RN", "CHARGE RN", "Float RN": one ordinary word before a credential without a comma is
  // the nurse's role, not a name.
  // ("Giving: Tiger RN": after a label's colon the word is the nurse's name.)
  if (words == 1 && !comma && !chained && (tokens_[first].classes & WordClass::kEnglish) && !listedName(tokens_[first]) &&
      !(first > 0 && gap(first - 1, first).find(':') != std::string_view::npos)) {
    return false;
  }
  // At least one full word, not only initials.
  bool fullWord = false;
  for (std::size_t k = first; k < nameEnd; ++k) fullWord = fullWord || !isInitial(k);
  if (!fullWord) return false;
  // "(Riverton, MA)": one word before a state code is a town; "Jane Doe, MA" has two.
  if (isStateCode(t) && !chained && words < 2) return false;
  // "moved from Worcester, MA": after a locative word a state code follows a city.
  if (isStateCode(t) && !chained && first > 0) {
    const std::string_view before = tokens_[first - 1].lower;
    if (before == "in" || before == "at" || before == "from" || before == "to" || before == "near") return false;
  }
  mark(first, nameEnd);
  return true;
}

void NameScanner::tryVerbCue(std::size_t verb) {
  const std::string_view word = tokens_[verb].lower;
  const bool listedStrong = isPersonVerb(word);
  const bool weak = isWeakPersonVerb(word);
  if (!listedStrong && !weak && word != "passed" && word != "seen" && word != "rings" && word != "took" && word != "here" &&
      word != "at") {
    return;
  }
  if (verb == 0 || !isInlineSpace(gap(verb - 1, verb), 1)) return;
  // Only people live with someone or pass away: "Blažena lives with her son", "X passed away".
  const std::string_view next =
      verb + 1 < tokens_.size() && gap(verb, verb + 1) == " " ? std::string_view(tokens_[verb + 1].lower) : std::string_view();
  // ("Zareh seen at home", "Ansel seen today": a passive that notes use for patients. "Hiyam rings
  // most evenings", but "Kayser-Fleischer rings absent": a finding word after the rings.)
  // ("Kimi-Sky took me to the shops": only people take someone somewhere.)
  const bool tookPerson = word == "took" && (next == "me" || next == "my" || next == "him" || next == "us" || next == "them");
  const bool ringsPerson = word == "rings" && !next.empty() && next != "absent" && next != "present" && next != "noted" &&
                           next != "seen" && next != "visible" && next != "are" && next != "were" && next != "on" &&
                           !(verb >= 2 && gap(verb - 2, verb - 1) == "-");
  const bool strong = listedStrong || ringsPerson || tookPerson || (word == "lives" && (next == "with" || next == "alone")) ||
                      (word == "passed" && next == "away") ||
                      (word == "seen" && (next == "at" || next == "in" || next == "today" || next == "by" || next == "for" ||
                                           next == "bedside")) ||
                      // ("Uyen here with baby Zaid": only people are here with someone; "KETLY AT BEDSIDE".)
                      (word == "here" && next == "with") || (word == "at" && next == "bedside") ||
                      // ("2:15 Bejang called re: meds": a phone message.)
                      (word == "called" && (next == "re" || next == "back" || next == "about" || next == "asking" ||
                                            next == "regarding"));
  if (!strong && !weak) return;
  std::size_t first = verb;
  std::size_t words = 0;
  while (first > 0 && words < 4) {
    const std::size_t k = first - 1;
    // A name that is also a word passes before a verb only people do ("June reports"); so does a
    // lower-case name that cannot be a word ("stop amlodipine. ailsa says his fiancée").
    // (Devices and apps "say" things too, "dexcom says high": a person's own pronoun must follow.)
    const bool ownPronoun = verb + 1 < tokens_.size() && gap(verb, verb + 1) == " " &&
                            (next == "his" || next == "her" || next == "he" || next == "she");
    const bool wordName = strong && ((tokens_[k].capitalised && isAmbiguousNameWord(tokens_[k])) ||
                                     (k + 1 == verb && ownPronoun && lowerNameWord(k) && !determinerBefore(k)));
    // "Ka-ming de las Heras passed away": particles and a given name's lower-case part ride along.
    if (words > 0 && !marked_[k] && isNameParticle(tokens_[k]) && isLower(in_.text[tokens_[k].start]) &&
        innerGap(k, k + 1) && k > 0 && innerGap(k - 1, k)) {
      first = k;
      continue;
    }
    if (lowerSecondPart(k)) {
      first = k - 1;
      ++words;
      continue;
    }
    // ("Kimi-Sky took me": a word joined by a hyphen to a name word is part of the name; "Tuulikki
    // Bellows died peacefully": a family name that is a word after a given name that reads as one.)
    const bool hyphenPart = k > 0 && gap(k - 1, k) == "-" && tokens_[k].capitalised && !marked_[k - 1] &&
                            nameWord(k - 1, Cue::kWeak) && !(tokens_[k - 1].classes & WordClass::kEnglish);
    const bool wordFamily = strong && words == 0 && k > 0 && gap(k - 1, k) == " " && tokens_[k].capitalised &&
                            !tokens_[k].allCaps && (tokens_[k].classes & WordClass::kEnglish) && !isNeverNameWord(tokens_[k]) &&
                            !marked_[k - 1] && strongShapeWord(k - 1);
    // ("THE ADOPTEE ASKS", "Caller reports": a role is no name.)
    if (marked_[k] || !(nameWord(k, Cue::kWeak) || wordName || hyphenPart || wordFamily) || eponymContext(k) ||
        isRoleNoun(tokens_[k])) {
      break;
    }
    if (k + 1 < verb && !innerGap(k, k + 1)) break;
    first = k;
    ++words;
  }
  while (first < verb && isNameParticle(tokens_[first]) && isLower(in_.text[tokens_[first].start])) ++first;
  if (words == 0 || (words == 1 && !strong) || (first < verb && isInitial(first)) || vehicleMakeBefore(first)) return;
  // "He said", "She reports": a pronoun, even one that is also a family name ("He", "Yu").
  if (words == 1) {
    static constexpr std::array<std::string_view, 8> kPronouns = {"he", "she", "they", "we", "you", "it", "i", "who"};
    if (std::find(kPronouns.begin(), kPronouns.end(), tokens_[first].lower) != kPronouns.end()) return;
  }
  if (first > 0 && innerGap(first - 1, first) && (marked_[first - 1] || isTitleWord(tokens_[first - 1]))) {
    return;  // part of a name found by a stronger cue
  }
  // ("Relatives in Jordan asked for updates": after "in" the word is where they are.)
  if (first > 0 && tokens_[first - 1].lower == "in" && gap(first - 1, first) == " ") return;
  mark(first, verb);
}

void NameScanner::tryTables(std::size_t i) {
  const Token& t = tokens_[i];
  if (!t.properShape() || t.length() < 2 || afterSlash(i)) return;
  const bool given = isCommonGivenName(t);
  const bool family = isCommonFamilyName(t);
  if (!given && !family) return;
  if (isNeverNameWord(t) || eponymContext(i) || vehicleMakeBefore(i)) return;
  // "Rumack-Matthew nomogram", "Brown-Sequard": a listed name after a hyphen and a word that is no
  // name is the second half of an eponym.
  if (i > 0 && gap(i - 1, i) == "-" && !listedName(tokens_[i - 1]) && !marked_[i - 1]) return;
  // "ETA BY AIR 55 MIN", "NO HEART SOUNDS X1 MIN": a short capitalised word after a number is its unit.
  if (t.allCaps && t.length() <= 3 && i > 0 && tokens_[i - 1].hasDigit && isInlineSpace(gap(i - 1, i), 1)) return;
  const bool ambiguous = isAmbiguousNameWord(t);
  // A given name followed by a capitalised word: "Maria Gonzalez", "Grace Kim".
  if (given && i + 1 < tokens_.size() && innerGap(i, i + 1)) {
    std::size_t next = i + 1;
    if (isInitial(next) && next + 1 < tokens_.size() && innerGap(next, next + 1)) ++next;
    const std::string_view nextWord = tokens_[next].lower;
    const bool surname = nameWord(next, Cue::kStrong) && !eponymContext(next) &&
                         (isCommonFamilyName(nextWord) || (!ambiguous && !isNeverNameWord(nextWord)));
    // "Ronald McDonald House", "Grace Kelly Foundation": a name that names a place.
    // ("at Dana Farber": after "at" or "in" a pair read from weaker evidence names a place too.)
    const bool weakPair = ambiguous || (tokens_[next].classes & WordClass::kLexicon);
    // ("Lazarus Tower pool": a place word as the second word makes a building.)
    // ("past Sorrel Creek": a word of landscape after the pair names a rural place.)
    const bool landscape = isLandscapeWord(tokens_[next].lower) &&
                           !(next + 1 < tokens_.size() && (gap(next, next + 1) == "-" || gap(next, next + 1) == " "));
    if (surname && !institutionContext(next) && !buildingNamed(next) && !landscape && !(weakPair && locativeBefore(i))) {
      std::size_t end = next + 1;
      // "Smith-Jones", "M. O'Dowd"
      const bool apostrophe = isInitial(end - 1) && end < tokens_.size() && (gap(end - 1, end) == "'" || gap(end - 1, end) == "\u2019");
      if (end < tokens_.size() && (gap(end - 1, end) == "-" || apostrophe) && nameWord(end, Cue::kStrong)) ++end;
      mark(i, end);
      return;
    }
  }
  // ("Seen at Lowe's", "at Dana Farber today": a name known only from the wide lexicon names a
  // shop or a place after "at", alone or after another capitalised word.)
  std::size_t lead = i;
  if (lead > 0 && tokens_[lead - 1].properShape() && innerGap(lead - 1, lead)) --lead;
  // ("asked Agneta about pain": mid-sentence after a lower-case word, a given name that is no
  // word is a person wherever it stands.)
  const bool givenMidSentence = given && t.capitalised && !(t.classes & WordClass::kEnglish) && t.length() >= 4 && i > 0 &&
                                gap(i - 1, i) == " " && isLower(in_.text[tokens_[i - 1].start]) && !locativeBefore(i) &&
                                !isPlaceBefore(tokens_[i - 1].lower) && !eponymContext(i) &&
                                !(i + 1 < tokens_.size() && gap(i, i + 1).find('&') != std::string_view::npos);
  // ("Relatives in Hong Kong", "family in Jordan asked": after "in" a lone name is a place unless it
  // owns something, "in Maria's room".)
  const bool inPlace = i > 0 && tokens_[i - 1].lower == "in" && gap(i - 1, i) == " " && !possessive(i);
  if (!ambiguous && !institutionContext(i) && !((t.classes & WordClass::kLexicon) && locativeBefore(lead)) && !inPlace &&
      (personFollows(i) || givenMidSentence)) {
    mark(i, i + 1);
  }
}

}  // namespace concord::phi::detail
