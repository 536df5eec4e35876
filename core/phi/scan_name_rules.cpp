// Name scanner, part two: the evidence rules — titles, labels and role nouns, agents,
// credentials, person verbs, the name tables, name shapes — and propagation (see name_scanner.h).
#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "name_scanner.h"

namespace concord::phi::detail {

bool NameScanner::tryTitle(std::size_t i) {
  const Token& t = tokens_[i];
  if (!isTitleWord(t) || i + 1 >= tokens_.size()) return false;
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
  if (end == i + 1 && doctor && (g == " " || g == ". ") && tokens_[i + 1].capitalised && !tokens_[i + 1].hasDigit &&
      !claimed_[i + 1] && tokens_[i + 1].length() >= 2 && nameEndsAfter(i + 1)) {
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
  if (j + 1 < tokens_.size() && isTitleWord(tokens_[j]) && tokens_[j].properShape()) {
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
  const std::size_t end = cueRun(j, cue, false);
  if (end == j || runIsEponym(j, end) || institutionContext(end - 1)) return false;
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
      match = tokens_[i + k].lower == rule.words[k] && (isInlineSpace(between, 2) || between == "-" || between == "_");
    }
    if (!match) continue;
    // "H Bass, NP: Smoked 1 ppd": a credential after a name is no label, colon or not.
    if (i > 0 && tokens_[i].allCaps && credentialToken(i) && gap(i - 1, i) == ", ") continue;
    std::size_t after = i + words;
    // "Witness 1: X", "Contact 2: X": a numbered label.
    if (after + 1 < tokens_.size() && tokens_[after].allDigits && tokens_[after].length() <= 2 &&
        gap(after - 1, after) == " " && gap(after, after + 1).starts_with(":")) {
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
    const bool colon = (g.find(':') != std::string_view::npos && gapOnly(g, " .:\t-)", 48)) || g == " - " ||
                       ((g == "=\"" || g == ": \"") && enclosedRun(after, "\"")) || g == "=";
    // "husband (Dariusz)", "Social work (Krüger, Piotr)", "daughter (Esi Lor)": a role may put the
    // name in parentheses; kin put it in quotes too ('her mother "Agus" not be called').
    const bool parenthesised = (g == " (" && enclosedRun(after, ")")) || (g == " \"" && enclosedRun(after, "\""));
    if (rule.list && (g == ":\n" || g == ":\r\n") && tryLineList(after)) return true;
    const bool nextLine = rule.nextLine && (g == ",\n" || g == ",\r\n" || g == "\n" || g == ",\n\n");
    // "Thanks, Delali", "SINCERELY, ECHO BARBER 7129 MAPLE RD": a closing may sign on its own line too.
    const bool signedInline = rule.nextLine && g == ", " && tokens_[i].capitalised;
    if (rule.nextLine ? !(nextLine || signedInline) : rule.needsColon ? !colon : !(colon || g == " " || g == ", " || parenthesised)) {
      continue;
    }
    // A label with a colon vouches for what follows; a phrase or role noun in running text
    // only weakly ("lead placement", "Patient SSN verified").
    // "Re: Appointment question": a subject line vouches for no more than a role noun does.
    Cue cue = colon && !(words == 1 && tokens_[i].lower == "re") ? Cue::kStrong : Cue::kWeak;
    // Kin with their name set off: a capitalised word there is the name, even when it
    // is an English word ('son (Marigold)', 'sister "Lucky"'), unless it is an abbreviation.
    // ("hi dr Aoun its Gwendolyn again": "its" for "it's" in hurried messages.)
    const bool selfIntroduction = rule.words[words - 1] == "is" || rule.words[words - 1] == "its";
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
    std::size_t j = skipTitle(after, cue);
    // "Infant: Baby Girl Cannon", "Baby Boy Santoso": a newborn is named by the family name.
    if (j + 2 < tokens_.size() && tokens_[j].lower == "baby" && tokens_[j].capitalised &&
        (tokens_[j + 1].lower == "girl" || tokens_[j + 1].lower == "boy") && isInlineSpace(gap(j, j + 1), 1) &&
        isInlineSpace(gap(j + 1, j + 2), 1)) {
      j += 2;
      cue = Cue::kStrong;
    }
    if (words == 2 && tokens_[i].lower == "baby" && tokens_[i].capitalised) cue = Cue::kStrong;
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
    const bool carer = lastCue == "law" || lastCue == "guardian" || lastCue == "landlord" || lastCue == "caregiver" ||
                       isCarerNoun(lastCue) || selfIntroduction;
    if (end == j && (colon || isLower(in_.text[tokens_[i].start]))) {
      end = lowerRun(j, colon, colon || (words == 1 && isKinNoun(tokens_[i])) || carer);
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
    // "Consultant Rheumatologist", "Consultant Geriatrician": a role after a role is no name.
    bool roles = true;
    for (std::size_t k = j; k < end && roles; ++k) roles = isRoleNoun(tokens_[k]);
    if (roles) continue;
    // "To: Greyfriars Skilled Nursing": a place word inside the run makes it a facility.
    bool placeWord = false;
    for (std::size_t k = j + 1; k < end && !placeWord; ++k) placeWord = isPlaceAfter(tokens_[k].lower);
    if (placeWord) continue;
    // "This is Medicare calling" is no introduction: the name must end the clause.
    if (namesItself && end < tokens_.size()) {
      const std::string_view next = gap(end - 1, end);
      if (!(next.starts_with(",") || next.starts_with(".") || next.starts_with("'") || next.starts_with("\u2019") ||
            next.starts_with(" and ") || next.starts_with(";") || next.starts_with(")") ||
            (next == " " && (tokens_[end].lower == "again" || tokens_[end].lower == "from" || tokens_[end].lower == "i")) ||
            (next == " " && isPersonFact(tokens_[end].lower)))) {
        continue;
      }
    }
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
      const std::size_t listEnd = cueRun(next, listCue, sep == "; " && colon);
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
  const bool comma = commaGap(g);
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
  if (!listedStrong && !weak && word != "passed" && word != "seen" && word != "rings" && word != "took") return;
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
                      (word == "seen" && (next == "at" || next == "in" || next == "today" || next == "by"));
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
    if (surname && !institutionContext(next)) {
      std::size_t end = next + 1;
      // "Smith-Jones", "M. O'Dowd"
      const bool apostrophe = isInitial(end - 1) && end < tokens_.size() && (gap(end - 1, end) == "'" || gap(end - 1, end) == "\u2019");
      if (end < tokens_.size() && (gap(end - 1, end) == "-" || apostrophe) && nameWord(end, Cue::kStrong)) ++end;
      mark(i, end);
      return;
    }
  }
  if (!ambiguous && !institutionContext(i) && personFollows(i)) mark(i, i + 1);
}

bool NameScanner::fieldStart(std::size_t i) const {
  if (i == 0) return true;
  const std::string_view g = gap(i - 1, i);
  if (g.find(':') != std::string_view::npos) return false;
  // A numbered item: "2. LEUNG-ASHBY, IAIN-RUARIDH - rectal ca".
  if (g == ". " && tokens_[i - 1].allDigits && tokens_[i - 1].length() <= 2 &&
      (i == 1 || gap(i - 2, i - 1).find('\n') != std::string_view::npos || gap(i - 2, i - 1).ends_with(". ") ||
       gap(i - 2, i - 1) == " ")) {
    return true;
  }
  return g.find('\n') != std::string_view::npos || g.find("  ") != std::string_view::npos ||
         g.find_first_of("*|") != std::string_view::npos;
}

bool NameScanner::vehicleMakeBefore(std::size_t i) const {
  // "his 2006 Honda Odyssey", "2020 SUBARU OUTBACK": a make and its model, not a person.
  static constexpr std::array<std::string_view, 24> kMakes = {
      "honda", "toyota", "subaru", "chevrolet", "chevy", "nissan", "hyundai", "kia", "mazda", "volkswagen", "jeep",
      "buick", "cadillac", "lexus", "acura", "tesla", "volvo", "mitsubishi", "infiniti", "lincoln", "chrysler",
      "dodge", "ford", "gmc"};
  if (std::find(kMakes.begin(), kMakes.end(), tokens_[i].lower) == kMakes.end()) return false;
  // The make follows a model year, or is followed by a capitalised model.
  const bool year = i > 0 && tokens_[i - 1].allDigits && tokens_[i - 1].length() == 4 && isInlineSpace(gap(i - 1, i), 1);
  const bool model = i + 1 < tokens_.size() && isInlineSpace(gap(i, i + 1), 1) && tokens_[i + 1].properShape();
  return year || (model && !isCommonFamilyName(tokens_[i]));
}

bool NameScanner::tryChatSpeaker(std::size_t i) {
  // "[secure chat] Guillermo: hey is Ms. del Valle in 220B", "10:32 Rizalino: ya til after EGD": in
  // a chat or log line the speaker's name opens the message, before a colon and lower-case text.
  if (marked_[i]) return false;
  // (Cheap tests first, this runs for every token: a speaker is a capitalised word or a lower-case one.)
  if (!tokens_[i].properShape() && !isLower(in_.text[tokens_[i].start])) return false;
  const std::string_view before = i > 0 ? gap(i - 1, i) : std::string_view("\n");
  // "[09:41] lily-grace mununggurr: hi is this", "[4/17/22 18:02] eliseo: hi": in lower case, a
  // name that cannot be a word before the colon of a bracketed chat line.
  // In a transcript of three or more such lines, a lower-case speaker may open a line without a tag
  // (and a listed name's family name there may be a word: "noor-jahan furrow:").
  if (!tokens_[i].properShape()) {
    if (!isLower(in_.text[tokens_[i].start])) return false;
    const bool tagged = before.ends_with("] ");
    const bool lineStart = !tagged && !before.empty() && (before.back() == '\n' || before.find('\n') != std::string_view::npos) &&
                           chatLines() >= 3;
    if (!tagged && !lineStart) return false;
    std::size_t end = lowerRun(i, true, true);
    if (lineStart && end > i && end + 1 < tokens_.size() && gap(end - 1, end) == " " && gap(end, end + 1) == ": " &&
        !tokens_[end].hasDigit && isLower(in_.text[tokens_[end].start]) && !(tokens_[end].classes & WordClass::kNever)) {
      ++end;
    }
    // (The message may open with a number: "[09:42] eudóxia: 25/01/1976".)
    if (end == i || end >= tokens_.size() || gap(end - 1, end) != ": " || isUpper(in_.text[tokens_[end].start])) return false;
    mark(i, end);
    return true;
  }
  if (i == 0) return false;
  const bool tagged = before.ends_with("] ") ||
                      (before == " " && tokens_[i - 1].allDigits && i >= 2 && gap(i - 2, i - 1) == ":");
  // After a bracketed tag the speaker may be a word-name ("[secure chat] Hawk: k."); not a
  // department or a heading ("[note] Pharmacy: ok").
  const bool bracketed = before.ends_with("] ") && !isRoleNoun(tokens_[i]) && !isPlaceAfter(tokens_[i].lower) &&
                         nameWord(i, Cue::kStrong);
  // ("[26/11/2025, 08:03] K. Nurlanova: thanks": an initial and a family name speak too.)
  const bool initialSpeaker = isInitial(i) && i + 2 < tokens_.size() && gap(i, i + 1) == ". " && nameWord(i + 1, Cue::kWeak) &&
                              !isInitial(i + 1);
  if (!tagged || !(nameWord(i, Cue::kWeak) || bracketed || initialSpeaker) || (isInitial(i) && !initialSpeaker)) return false;
  std::size_t end = initialSpeaker ? i + 2 : i + 1;
  if (end < tokens_.size() && innerGap(i, end) && nameWord(end, Cue::kWeak) && !isInitial(end)) ++end;
  if (end >= tokens_.size() || gap(end - 1, end) != ": " || !isLower(in_.text[tokens_[end].start])) return false;
  if (runIsEponym(i, end) || institutionContext(end - 1)) return false;
  mark(i, end);
  return true;
}

std::size_t NameScanner::chatLines() const {
  if (chatLines_ != kUnknown) return chatLines_;
  // Lines shaped "speaker: message" in lower case: "noor-jahan furrow: mum's been moved", "ilmari: ok".
  std::size_t lines = 0;
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    if (k > 0 && gap(k - 1, k).find('\n') == std::string_view::npos) continue;
    if (!isLower(in_.text[tokens_[k].start])) continue;
    std::size_t e = k + 1;
    while (e < tokens_.size() && e < k + 4 && (gap(e - 1, e) == " " || gap(e - 1, e) == "-")) ++e;
    for (std::size_t c = k + 1; c <= e && c < tokens_.size(); ++c) {
      if (gap(c - 1, c).starts_with(": ") && !isUpper(in_.text[tokens_[c].start])) {
        ++lines;
        break;
      }
    }
  }
  chatLines_ = lines;
  return lines;
}

bool NameScanner::tryCapsInversion(std::size_t i) {
  // "*** MAMANI, FERENC *** DOB", "Pt ID 001 499 47   KEAWE, PRASERT COWS at visit 11": a record
  // field that opens with an inverted name in capitals. Both words must read as names on their own
  // (no English or clinical word, no abbreviation), so "HTN, DM" or "FALLS, SYNCOPE" stay prose.
  // (After a label's colon too when a fact about the person follows: "Subject: BARLEY, SEONAID   DOB".)
  if (i + 1 >= tokens_.size() || !tokens_[i].allCaps) return false;  // (the cheap test first: this runs for every token)
  const bool afterColon = i > 0 && gap(i - 1, i).find(':') != std::string_view::npos &&
                          gap(i - 1, i).find('\n') == std::string_view::npos;
  if (!(fieldStart(i) || afterColon)) return false;
  // "LINDQVIST-ACHEBE, HALLDÓR W": a double-barrelled family name is one.
  std::size_t f = i;
  while (f + 1 < tokens_.size() && f < i + 2 && gap(f, f + 1) == "-" && tokens_[f + 1].allCaps && tokens_[f + 1].length() >= 2) ++f;
  if (f + 1 >= tokens_.size() || gap(f, f + 1) != ", ") return false;
  // (The family name alone may already be marked from the name tables: the pair is still one name.)
  if (marked_[f + 1]) return false;
  const std::size_t k = f + 1;
  const Token& given = tokens_[k];
  if (!given.properShape() || given.length() < 3 || !nameWord(k, Cue::kStrong)) return false;
  const bool givenStrong = strongShapeWord(k) || (isCommonGivenName(given) && !isNeverNameWord(given));
  // The family name reads as one on its own, or is a word ("HEDGE, HARUKO") before a given name that does.
  bool familyStrong = false;
  for (std::size_t p = i; p <= f; ++p) familyStrong = familyStrong || strongShapeWord(p);
  const bool familyWord = f == i && givenStrong && tokens_[i].length() >= 3 && nameWord(i, Cue::kStrong) &&
                          !abbreviation(i) && !isStateName(tokens_[i]);
  if (!familyStrong && !familyWord) return false;
  if (!(strongShapeWord(k) || (listedName(given) && !isNeverNameWord(given)) || !given.allCaps)) return false;
  if ((given.classes & WordClass::kEnglish) && !listedName(given)) return false;
  // "BRISTOL, MASSACHUSETTS": a city and its state.
  if (isStateName(given) || isStateCode(given)) return false;
  std::size_t end = k + 1;
  // A double given name: "LEUNG-ASHBY, IAIN-RUARIDH".
  while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].allCaps && tokens_[end].length() >= 2) ++end;
  // A middle initial at the end of the field: "AL-HAKIM, RODEL C\n".
  const std::size_t givenEnd = end;
  if (end < tokens_.size() && gap(end - 1, end) == " " && isInitial(end) &&
      (end + 1 >= tokens_.size() || gap(end, end + 1).find('\n') != std::string_view::npos ||
       gap(end, end + 1).starts_with(".") || (gapOnly(gap(end, end + 1), " ", 8) && gap(end, end + 1).size() >= 2))) {
    ++end;
  }
  // A family name that is a word needs the whole shape of a record's name field: a middle
  // initial or a fact about the person after it ("HEDGE, HARUKO E"; "FALLS, SYNCOPE" is prose).
  if (!familyStrong && end == givenEnd && !personAfter(end)) return false;
  if (afterColon && !fieldStart(i) && !personAfter(end)) return false;
  mark(i, end);
  return true;
}

void NameScanner::tryShape(std::size_t i) {
  if (i > 0 && marked_[i - 1] && innerGap(i - 1, i)) return;
  if (tryCapsInversion(i) || tryPossessiveKin(i) || tryChatSpeaker(i)) return;
  // "Swallow Evaluation Chiu, D., rm 6118", "your patient Haddad, S.": an inverted family name that
  // reads as one on its own and a given name's initial with its period.
  // (A family name that is a word too, when a fact about the person follows: "WOOL, L. - RM 5114".)
  if (i + 2 < tokens_.size() && !marked_[i + 1] && gap(i, i + 1) == ", " && isInitial(i + 1) &&
      gap(i + 1, i + 2).starts_with(".") &&
      (strongShapeWord(i) || (isCommonFamilyName(tokens_[i]) && !isNeverNameWord(tokens_[i])) ||
       (tokens_[i].properShape() && !abbreviation(i) && nameWord(i, Cue::kStrong) && personAfter(i + 2))) &&
      tokens_[i].length() >= 3 && !runIsEponym(i, i + 1) && !institutionContext(i) && !isStateName(tokens_[i])) {
    mark(i, i + 2);
    return;
  }
  // "Case 3: D. Brook, aged 98", "M. AL-KHATIB, 96-YR": an initial and a capitalised word are
  // a person when a fact about a person (an age, DOB, MRN) follows.
  // ("mg/L. A 63-year-old" is a unit and an article: the surname has two letters or more and
  // a comma comes before the fact.)
  if (!marked_[i] && isInitial(i) && !afterSlash(i) && i + 1 < tokens_.size() && gap(i, i + 1) == ". " &&
      tokens_[i + 1].length() >= 2 && nameWord(i + 1, Cue::kStrong)) {
    std::size_t end = i + 2;
    if (end < tokens_.size()) end = skipLowerHyphenPart(end);
    while (end < tokens_.size() && gap(end - 1, end) == "-" && nameWord(end, Cue::kStrong)) ++end;  // "Fitzpatrick-Hale"
    if (end < tokens_.size() && gap(end - 1, end).starts_with(",") && personAfter(end) && !runIsEponym(i, end) &&
        !institutionContext(end - 1)) {
      mark(i, end);
      return;
    }
  }
  // "Appt made with T. Fenn tomorrow", "Called prescriber M. Aquino at": after a preposition an
  // initial and a family name that reads as one on its own (a listed name, or an unknown word of
  // four letters or more) are a person; "with E. Coli" and "vitamin D. Zyprexa" are not.
  // So are they alone in parentheses: "refer oral surgery (N. Toure)".
  // And so are they before a role in parentheses, after any word: "(SLP), T. Beauchemin (SW)".
  // Handover lists write a patient's initials run together before the family name: "Bed 3   DC
  // Higginbottom   31 yo", "BED 5   EF DRINKWATER   POST-OP DAY 1". Taken after a bed or room
  // number, or before a fact about the person.
  if (!marked_[i] && tokens_[i].allCaps && tokens_[i].length() >= 2 && tokens_[i].length() <= 3 && !tokens_[i].hasDigit &&
      !(tokens_[i].classes & (WordClass::kEnglish | WordClass::kNever | WordClass::kCredential)) &&
      i + 1 < tokens_.size() && gap(i, i + 1) == " " && !listedName(tokens_[i])) {
    const std::size_t f = i + 1;
    std::size_t end = f + 1;
    while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].properShape() && !tokens_[end].hasDigit) ++end;
    const bool bedBefore = i >= 2 && tokens_[i - 1].allDigits && isInlineSpace(gap(i - 2, i - 1), 1) &&
                           (tokens_[i - 2].lower == "bed" || tokens_[i - 2].lower == "room" || tokens_[i - 2].lower == "rm" ||
                            tokens_[i - 2].lower == "bay");
    const bool family = strongShapeWord(f) || (isCommonFamilyName(tokens_[f]) && !isNeverNameWord(tokens_[f]));
    // (Initials that read as a state code, "DC", only after a bed: "Springfield IL 62701" is a place.)
    if (family && tokens_[f].length() >= 3 && (bedBefore || (personAfter(end) && !isStateCode(tokens_[i]))) &&
        !runIsEponym(i, end) &&
        !institutionContext(end - 1)) {
      mark(i, end);
      return;
    }
  }
  // Two initials may be written together: "DISCHARGE CHECKLIST - K.B. Sekhon (231-00-183)".
  std::size_t li = i;  // the last initial
  if (isInitial(i) && i + 2 < tokens_.size() && gap(i, i + 1) == "." && isInitial(i + 1)) li = i + 1;
  if (!marked_[i] && isInitial(i) && i > 0 && li + 1 < tokens_.size() &&
      (gap(i - 1, i) == " " || gap(i - 1, i) == " (" || gap(i - 1, i).ends_with(", ") || gap(i - 1, i).ends_with(" - ") ||
       gap(i - 1, i) == ": " || gap(i - 1, i) == ":  ") &&
      gap(li, li + 1) == ". ") {
    const std::string_view prep = tokens_[i - 1].lower;
    // ("Seen with A. da Costa-Mendes (consultant)": particles before the family name.)
    const std::size_t f = skipParticles(li + 1) < tokens_.size() ? skipParticles(li + 1) : li + 1;
    std::size_t end = f + 1;
    if (end < tokens_.size()) end = skipLowerHyphenPart(end);
    while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].capitalised && !tokens_[end].hasDigit) ++end;
    const bool enclosed = gap(i - 1, i) == " (" && (end >= tokens_.size() || gap(end - 1, end).starts_with(")"));
    // (After a label's colon too: "Patient Financial Services: D. Postlethwaite".)
    const bool afterLabel = gap(i - 1, i) == ": " || gap(i - 1, i) == ":  ";
    const bool preposition = enclosed || afterLabel || (end < tokens_.size() && roleAfter(end)) ||
                             (li > i && end < tokens_.size() && gap(end - 1, end) == " (" && claimed_[end]) ||
                             (gap(i - 1, i) == " " && (prep == "with" || prep == "by" || prep == "to" || prep == "from" ||
                                                       prep == "w" || prep == "per"));
    // (In parentheses alone the family name may be a word: "refer oral surgery (A. Rains)".)
    // (After "to", "with", "by" the family name may be a word when the name ends there: "Issued
    // 03/15/2022 11:52 to A. Rudder  HbA1c".)
    const auto closed = [&](std::size_t t) {  // punctuation, a column gap or the line's end after it
      if (t + 1 >= tokens_.size()) return true;
      const std::string_view after = gap(t, t + 1);
      return after.find('\n') != std::string_view::npos || after.starts_with(".") || after.starts_with(",") ||
             after.starts_with(";") || (after.size() >= 2 && gapOnly(after, " ", 8));
    };
    const bool wordFamily = !enclosed && f == end - 1 && tokens_[f].capitalised && tokens_[f].length() >= 3 &&
                            nameWord(f, Cue::kStrong) && !isEponymTrigger(tokens_[f]) && closed(f) &&
                            (prep == "to" || prep == "with" || prep == "by" || prep == "per");
    const bool family = isCommonFamilyName(tokens_[f]) || (strongShapeWord(f) && tokens_[f].length() >= 4) || wordFamily ||
                        (enclosed && tokens_[f].capitalised && tokens_[f].length() >= 3 && nameWord(f, Cue::kStrong));
    // (A surname that names a sign is a family name here when no trigger follows: "with H. Tourette tomorrow".)
    const bool eponymFamily = isEponymName(tokens_[f]) && !eponymContext(f);
    if (preposition && (family || eponymFamily) && tokens_[f].properShape() && !claimed_[f] &&
        (!isNeverNameWord(tokens_[f]) || eponymFamily) && !hasClinicalEnding(tokens_[f].lower) && !runIsEponym(i, f + 1) &&
        !institutionContext(f)) {
      mark(i, end);
      return;
    }
  }
  // A signature after a dash where a line or the note ends: "... understanding. -M. Wekesa",
  // "— B. Lowenstein, RN".
  if (!marked_[i] && isInitial(i) && i + 1 < tokens_.size() && gap(i, i + 1) == ". " && signatureDash(i)) {
    const std::size_t f = i + 1;
    // The dash, the initial and the line's end vouch for a family name that is also a word ("-I. Gay").
    const bool family = tokens_[f].length() >= 2 && nameWord(f, Cue::kStrong) && !abbreviation(f);
    std::size_t end = f + 1;
    while (end < tokens_.size() && gap(end - 1, end) == "-" && nameWord(end, Cue::kStrong)) ++end;  // "Bouchard-Roy"
    const std::string_view after = end < tokens_.size() ? gap(end - 1, end) : std::string_view("\n");
    const bool lineEnds = after.find('\n') != std::string_view::npos || (after.size() >= 2 && gapOnly(after, " ", 8)) ||
                          ((after == ", " || after == ",") && credentialToken(end));
    if (family && lineEnds && tokens_[f].properShape() && !claimed_[f] && !isNeverNameWord(tokens_[f]) &&
        !hasClinicalEnding(tokens_[f].lower)) {
      mark(i, end);
      return;
    }
  }
  // "... took 2 paracetamol at 3pm. - Sokunthea", "uses library computer. - aroha-lee": a name
  // alone after a sentence and a dash, ending the line or the note.
  if (!marked_[i] && i > 0 && gap(i - 1, i).starts_with(". ") &&
      (gap(i - 1, i) == ". - " || gap(i - 1, i) == ".  - " || gap(i - 1, i) == ". -")) {
    std::size_t end = i + 1;
    while (end < tokens_.size() && gap(end - 1, end) == "-" && !tokens_[end].hasDigit) ++end;
    const bool ends = end >= tokens_.size() || gap(end - 1, end).find('\n') != std::string_view::npos ||
                      (gap(end - 1, end).size() >= 2 && gapOnly(gap(end - 1, end), " ", 8));
    const bool word = tokens_[i].properShape() ? strongShapeWord(i) || (listedName(tokens_[i]) && !isNeverNameWord(tokens_[i]))
                                               : lowerNameWord(i) || (listedName(tokens_[i]) && end > i + 1);
    if (ends && word && !runIsEponym(i, end) && !institutionContext(end - 1)) {
      mark(i, end);
      return;
    }
  }
  const std::string_view before = i > 0 ? gap(i - 1, i) : std::string_view("\n");
  // Mid-sentence after a lower-case word, a capitalised English word may be a first name
  // when an unknown word follows ("authorization for Rune Fitzgerald").
  const bool lowerBefore = i > 0 && before == " " && isLower(in_.text[tokens_[i - 1].start]);
  // So may one before a middle initial at any position ("Rune S. Lombardi was seen").
  const bool initialNext = i + 2 < tokens_.size() && isInitial(i + 1) && gap(i + 1, i + 2) == ". " &&
                           gap(i, i + 1) == " " && strongShapeWord(i + 2);
  // And so may one before a surname and a role set off by dashes ("Honor Okafor — POA —") or
  // a maiden name ("Prince Goodman (née Demir)").
  // (Evaluated only for a capitalised English word: this runs for every token.)
  auto roleNext = [&] {
    return i + 2 < tokens_.size() && gap(i, i + 1) == " " && strongShapeWord(i + 1) &&
           (dashRole(i + 2) ||
            (gap(i + 1, i + 2) == " (" && (tokens_[i + 2].lower == "n\u00e9e" || tokens_[i + 2].lower == "nee")));
  };
  // And so may one before a comma, a given name that reads as one and a fact about a person
  // ("on Fuller, Baila (MRN 00804534)").
  // And so may one at a clause's start before a kin noun in parentheses ("Plum (wife) let me in").
  auto kinNext = [&] {
    return i + 2 < tokens_.size() && gap(i, i + 1) == " (" && isKinNoun(tokens_[i + 1]) && roleAfter(i + 1) &&
           !isRoleNoun(tokens_[i]) && !adjectiveLike(tokens_[i]) && !tokens_[i].allCaps;
  };
  auto invertedNext = [&] {
    return i + 2 < tokens_.size() && gap(i, i + 1) == ", " && strongShapeWord(i + 1) && personAfter(i + 2);
  };
  const bool englishLead = tokens_[i].capitalised && (tokens_[i].classes & WordClass::kEnglish) &&
                           i + 1 < tokens_.size() && nameWord(i, Cue::kStrong) &&
                           ((lowerBefore && innerGap(i, i + 1) && strongShapeWord(i + 1)) || initialNext || roleNext() ||
                            invertedNext() || kinNext());
  // A leading initial ("J. Nwachukwu") is left to the cues: without one it is mostly a unit or
  // a vitamin ("UF goal 3 L. Basal rate", "vitamin D. Zyprexa").
  if (!shapeWord(i) && !englishLead) return;
  if (vehicleMakeBefore(i)) return;
  std::size_t k = i;
  std::size_t words = 0;
  bool listed = false;
  bool initial = false;
  bool strong = false;  // a word that is a name on its own, not a name that is also a word
  while (k < tokens_.size() && words < 4) {
    if (words > 0) {
      const std::size_t after = skipParticles(k);  // "Maria de la Cruz", "Pieter van Wyk"
      if (after > k && after < tokens_.size() && shapeWord(after)) {
        k = after;
        continue;
      }
    }
    // "Sarojini R Shaheen": the middle initial's period is often left out.
    if (words > 0 && isInitial(k) && k + 1 < tokens_.size() && (gap(k, k + 1) == ". " || gap(k, k + 1) == " ") &&
        gap(k - 1, k) == " " && shapeWord(k + 1)) {
      initial = true;  // "S." in "Anneliese S. Brown"
      ++k;
      continue;
    }
    if (isInitial(k) && k + 1 < tokens_.size() && (gap(k, k + 1) == "'" || gap(k, k + 1) == "\u2019") &&
        tokens_[k + 1].properShape() && !tokens_[k + 1].hasDigit) {
      ++k;  // "O'" of "O'Brien"
      continue;
    }
    // "Ognyan Hashimoto.": after a word that is a name on its own, a surname that names a sign
    // is the family name when no trigger word follows ("Hashimoto thyroiditis").
    const bool eponymFamily = k > i && isEponymName(tokens_[k]) && gap(k - 1, k) == " " && strongShapeWord(k - 1) &&
                              tokens_[k].properShape() && !eponymContext(k);
    if (!(shapeWord(k) || (k == i && englishLead) || eponymFamily)) break;
    if (k > i && isNameParticle(tokens_[k - 1]) && !innerGap(k - 1, k)) break;
    listed = listed || listedName(tokens_[k]);
    strong = strong || strongShapeWord(k);
    if (k == i || gap(k - 1, k) != "-") ++words;
    ++k;
    if (k < tokens_.size()) k = skipLowerHyphenPart(k);
    if (k < tokens_.size() && innerGap(k - 1, k) && gap(k - 1, k) != "'") continue;
    break;
  }
  // "Ashkenazi Jewish ancestry", "Hmong descent": an ancestry, not a person.
  if (k < tokens_.size() && isInlineSpace(gap(k - 1, k), 1)) {
    const std::string_view next = tokens_[k].lower;
    if (next == "ancestry" || next == "descent" || next == "heritage" || next == "origin") return;
  }
  // A name that is also a word reads as a person when it owns what only people own, mid-sentence:
  // "transmission from Gene's ICD", "fundraiser for Jordan's medical bills".
  // (So does an unknown one before "rehab" or "medical", words that otherwise make a place.)
  if (words == 1 && k == i + 1 && (strong || isAmbiguousNameWord(tokens_[i])) &&
      tokens_[i].capitalised && !sentenceStart(i) && ownsBelonging(i) && !runIsEponym(i, k) && !institutionContext(i)) {
    mark(i, k);
    return;
  }
  // A name that is also a word needs a word that is a name on its own beside it, a fact about a
  // person after it ("Will Green, 101-yr-old"), a middle initial ("Rose J. King"), a role
  // after it, or, mid-sentence, a family name after it ("visit for Rose King on").
  const bool givenFamily = words == 2 && k - i == 2 && lowerBefore && isAmbiguousNameWord(tokens_[i]) &&
                           isCommonFamilyName(tokens_[k - 1]);
  // A name before its role: "Dariusz (husband)", "Karen, her daughter,"; the family name may then
  // be an English word ("Lyle Gentle (health care proxy)", "Tuan Judge (son)").
  bool role = roleAfter(k);
  if (!role && words == 1 && k + 1 < tokens_.size() && gap(k - 1, k) == " " && tokens_[k].properShape() &&
      (tokens_[k].classes & WordClass::kEnglish) && nameWord(k, Cue::kStrong) && roleAfter(k + 1) &&
      (strong || listed)) {
    ++k;
    role = true;
  }
  const bool afterColon = before.find(':') != std::string_view::npos && before.find('\n') == std::string_view::npos;
  // "Chanthavong, Panagiota F.   MRN ...": the given name may carry a middle initial before the fact.
  if (words == 1 && k + 3 < tokens_.size() && (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") &&
      (strongShapeWord(i) || (tokens_[i].properShape() && !isNeverNameWord(tokens_[i]) && strongShapeWord(k))) &&
      (strongShapeWord(k) || listedName(tokens_[k]) || (strongShapeWord(i) && tokens_[k].capitalised && nameWord(k, Cue::kStrong))) &&
      gap(k, k + 1) == " " && isInitial(k + 1) &&
      gap(k + 1, k + 2).starts_with(".") && personAfter(k + 2) && !runIsEponym(i, k + 2)) {
    mark(i, k + 2);
    return;
  }
  // (The given name may have a lower-case part: "Mukherjee-Lowe, Thanh-huong   03/10/1964".)
  const std::size_t kn = k + 1 < tokens_.size() ? skipLowerHyphenPart(k + 1) : k + 1;
  if (words == 1 && (afterColon || personAfter(kn)) && k < tokens_.size() &&
      (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") &&
      (shapeWord(k) || nameWord(k, Cue::kStrong) || isAmbiguousNameWord(tokens_[k])) &&
      (listed || listedName(tokens_[k]) || personAfter(kn)) && (strong || strongShapeWord(k) || personAfter(kn)) &&
      (kn >= tokens_.size() || !tokens_[kn].properShape() || gap(kn - 1, kn) != " " || personAfter(kn))) {
    // "Mukherjee-Lowe, Thanh-huong": the given name's lower-case part goes with it.
    mark(i, kn);  // "Delacroix, Joy", "GREEN, DAGNY, ninety-seven-year-old"
    return;
  }
  // "Ngoc Bright, restrained driver", "Nokuthula ten Brink,": an unknown given name and a family
  // name that is an English word, where the name ends (punctuation or a lower-case word follows).
  // Brands name their product forms with such words ("Humira Pen", "Tegaderm Foam", "Ensure Plus"):
  // those are no family names.
  static constexpr std::array<std::string_view, 40> kProductForms = {
      "pen", "pens", "spray", "foam", "border", "plus", "patch", "gel", "cream", "ointment", "lotion", "solution",
      "drops", "kit", "pump", "sensor", "monitor", "strips", "flex", "max", "forte", "lite", "starter", "pack",
      "guard", "shield", "dressing", "wrap", "boot", "brace", "clear", "free", "ultra", "classic", "original",
      "mini", "complete", "advance", "extra", "select"};
  // (At a sentence start too when a fact about a person follows: "HOSPICE ADMISSION\nSharmila
  // Fell, 52 years of age".)
  if (words == 1 && k == i + 1 && strong && !listed && tokens_[i].length() >= 4 && !tokens_[i].allCaps &&
      k < tokens_.size() && std::find(kProductForms.begin(), kProductForms.end(), tokens_[k].lower) == kProductForms.end()) {
    std::size_t family = skipParticles(k);
    const bool joined = family == k ? gap(k - 1, k) == " " : true;
    const Token& f = family < tokens_.size() ? tokens_[family] : tokens_[k - 1];
    if (joined && family < tokens_.size() && f.capitalised && !f.allCaps && (f.classes & WordClass::kEnglish) &&
        nameWord(family, Cue::kStrong) && !isEponymTrigger(f) && !hasClinicalEnding(f.lower) && !isPlaceAfter(f.lower) &&
        nameEndsAfter(family) && (!sentenceStart(i) || personAfter(family + 1)) && !runIsEponym(i, family + 1) &&
        !institutionContext(family)) {
      mark(i, family + 1);
      return;
    }
  }
  if (!strong && !(listed && ((words >= 2 && (personAfter(k) || initial || givenFamily)) || role)) && !(role && englishLead)) {
    return;
  }
  if (isPlaceBefore(tokens_[i].lower)) return;  // "San Mateo", "Port Angeles"
  if (role && words >= 1 && !runIsEponym(i, k)) {
    mark(i, k);
    return;
  }
  // A lone unknown name reads as a person when it owns something or has an age:
  // "transmission from Chukwuemeka's ICD", "Ludmila is a 9-month-old here with mom".
  if (words == 1 && k == i + 1 && strong && !listed && !runIsEponym(i, k) && !institutionContext(i) &&
      (possessive(i) || ageFollows(k) || kinFollows(k) || (k < tokens_.size() && gap(k - 1, k) == " (" && !claimed_[k] && personAfter(k)))) {
    // (An age in parentheses, "Bérénice (18 mo)"; a number in them may be anything's: "LANDLINE (439) ...".)
    mark(i, k);
    return;
  }
  if (words < 2) return;
  // After "at", "in", "near" capitalised words name a place ("at Dana Farber"), not a person.
  const bool locative = i > 0 && (tokens_[i - 1].lower == "at" || tokens_[i - 1].lower == "in" ||
                                  tokens_[i - 1].lower == "near" || tokens_[i - 1].lower == "into");
  if (locative) return;
  if (runIsEponym(i, k) || institutionContext(i) || institutionContext(k - 1)) return;
  mark(i, k);
}

bool NameScanner::signatureDash(std::size_t i) const {
  // A hyphen is part of the gap before the token; an em or en dash is a token of its own.
  const std::string_view before = i > 0 ? gap(i - 1, i) : in_.text.substr(0, tokens_[i].start);
  if (before.ends_with("-")) {
    const std::size_t dash = before.size() - 1;
    const std::size_t at = i > 0 ? tokens_[i - 1].end + dash : dash;
    return at == 0 || in_.text[at - 1] == ' ' || in_.text[at - 1] == '\n' || in_.text[at - 1] == '-';
  }
  if (i == 0 || !isDashToken(i - 1) || !(before.empty() || before == " ")) return false;
  const std::string_view lead = i >= 2 ? gap(i - 2, i - 1) : in_.text.substr(0, tokens_[i - 1].start);
  return i < 2 || lead.find_first_of(" \n") != std::string_view::npos;
}

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

bool NameScanner::tryPossessiveKin(std::size_t i) {
  // "Esi's ex-wife", "Dusty's health care proxy", "VASILIKI'S WIFE": only people have kin.
  const Token& t = tokens_[i];
  if (marked_[i] || i + 3 >= tokens_.size() || t.length() < 2 || t.hasDigit) return false;
  if (tokens_[i + 1].lower != "s" || !(gap(i, i + 1) == "'" || gap(i, i + 1) == "\u2019") || gap(i + 1, i + 2) != " ") {
    return false;
  }
  std::size_t r = i + 2;
  if ((tokens_[r].lower == "ex" || tokens_[r].lower == "step") && gap(r, r + 1) == "-") ++r;
  if (tokens_[r].lower == "health" && r + 2 < tokens_.size() && tokens_[r + 1].lower == "care") r += 2;
  const std::string_view role = tokens_[r].lower;
  if (!(isKinNoun(role) || role == "proxy" || role == "caregiver" || role == "guardian")) return false;
  // "can someone ring ibtisam kaplan-stern's son-in-law back": in lower case, up to two words that
  // cannot be English or clinical.
  if (!t.properShape()) {
    if (!(lowerNameWord(i) || lowerSecondPartLower(i)) || isRoleNoun(t)) return false;
    std::size_t first = i;
    if (i >= 2 && lowerSecondPartLower(i)) first = i - 2;  // "kaplan-stern"
    if (first >= 1 && gap(first - 1, first) == " " && lowerNameWord(first - 1)) --first;
    mark(first, i + 1);
    return true;
  }
  if (!nameWord(i, Cue::kStrong) || isRoleNoun(t) || isTitleWord(t)) return false;
  // "Baby's father", "Everyone's friend": an ordinary word opening a sentence owns nothing here.
  if ((t.classes & WordClass::kEnglish) && !listedName(t) && sentenceStart(i)) return false;
  mark(i, i + 1);
  return true;
}

std::string_view NameScanner::ownedWord(std::size_t i) const {
  if (i + 2 >= tokens_.size() || tokens_[i + 1].lower != "s" || gap(i + 1, i + 2) != " ") return {};
  const std::string_view g = gap(i, i + 1);
  if (!(g == "'" || g == "\u2019")) return {};
  // "at Lowe's", "in Macy's": after a locative preposition the owner is a shop or a place.
  const bool locative = i > 0 && (tokens_[i - 1].lower == "at" || tokens_[i - 1].lower == "in" ||
                                  tokens_[i - 1].lower == "near");
  return locative ? std::string_view() : std::string_view(tokens_[i + 2].lower);
}

bool NameScanner::possessive(std::size_t i) const {
  // "Zhou's" before a lower-case word or an abbreviation; a capitalised word after it may make a
  // brand or a place ("Hannaford's Pharmacy" is vetoed by the place words as well).
  const std::string_view owned = ownedWord(i);
  return !owned.empty() && !isPlaceAfter(owned);
}

bool NameScanner::determinerBefore(std::size_t k) const {
  if (k == 0 || !isInlineSpace(gap(k - 1, k), 1)) return false;
  static constexpr std::array<std::string_view, 9> kDeterminers = {"the", "a", "an", "my", "your", "his", "her", "their", "our"};
  return std::find(kDeterminers.begin(), kDeterminers.end(), tokens_[k - 1].lower) != kDeterminers.end();
}

bool NameScanner::ownsBelonging(std::size_t i) const {
  const std::string_view owned = ownedWord(i);
  return !owned.empty() && isPersonalBelonging(owned);
}

bool NameScanner::kinFollows(std::size_t k) const {
  // "Jiho and his roommate Yolanda agree": only people have roommates, wives and daughters.
  if (k + 2 >= tokens_.size() || tokens_[k].lower != "and" || gap(k - 1, k) != " ") return false;
  const std::string_view owner = tokens_[k + 1].lower;
  return (owner == "his" || owner == "her" || owner == "their") && isRoleNoun(tokens_[k + 2]) &&
         tokens_[k + 2].lower != "patient" && tokens_[k + 2].lower != "pt";
}

bool NameScanner::ageFollows(std::size_t k) const {
  // "is a 9-month-old", "is an 18-year-old", "is a forty-five-year-old".
  if (k + 4 >= tokens_.size() || tokens_[k].lower != "is") return false;
  if (tokens_[k + 1].lower != "a" && tokens_[k + 1].lower != "an") return false;
  std::size_t u = k + 2;
  if (tokens_[u].allDigits) {
    ++u;
  } else {
    while (u < tokens_.size() && u < k + 6 && isNumberWord(tokens_[u].lower) && gap(u, u + 1) == "-") ++u;
    if (u == k + 2) return false;
  }
  if (u >= tokens_.size() || gap(u - 1, u) != "-") return false;
  const std::string_view unit = tokens_[u].lower;
  return unit == "year" || unit == "month" || unit == "week" || unit == "day";
}

bool NameScanner::shapeWord(std::size_t k) const {
  const Token& t = tokens_[k];
  if (unknownProperWord(k)) return true;
  if (!t.properShape() || t.hasDigit || claimed_[k] || afterSlash(k) || abbreviation(k)) return false;
  // Short unknown words in Title case ("Ewa") only beside a longer name word: "Med Rec" is none.
  const bool shortUnknown = t.capitalised && t.length() == 3 && !(t.classes & (WordClass::kEnglish | WordClass::kNever));
  return isAmbiguousNameWord(t) || shortUnknown;
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
