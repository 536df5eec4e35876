// Name scanner, part one: which tokens may be words of a name, how a name run is taken, the
// eponym and place vetoes, and the output (see name_scanner.h).
#include <algorithm>
#include <array>

#include "name_scanner.h"

namespace concord::phi::detail {

bool NameScanner::nameWord(std::size_t k, Cue cue) const {
  const Token& t = tokens_[k];
  if (claimed_[k] || t.hasDigit || afterSlash(k)) return false;
  if (isInitial(k)) return true;
  // "Rojin Popal, EMT-P; D Fifita": a credential in a list of people is no name.
  if (credentialToken(k) && t.length() >= 3 && !listedName(t)) return false;
  // "CC: SOB", "BILL TO: INS ID": a short capitalised abbreviation in ordinary text, even after a
  // label, unless it is part of a longer name ("Surgeon: EWA DIMITROV", "HYUN-WOO").
  // In an ALL-CAPS note case tells nothing ("DELIVERED BY DR. PAN"); a capitalised family name
  // before a given name ("Decedent: BUI, Ren") or a credential ("Y. Bui, RN") passes too.
  if (mixedCase_ && abbreviation(k) && !listedName(t) && !(k > 0 && gap(k - 1, k) == "-")) {
    const std::string_view after = k + 1 < tokens_.size() ? gap(k, k + 1) : std::string_view();
    // ("HOK-LAM GUNNARSDÓTTIR", "LAM-NGUYEN, ANAÏS-ROSE": a short part joined by a hyphen too.)
    const bool nameFollows = k + 1 < tokens_.size() && tokens_[k + 1].properShape() && !tokens_[k + 1].hasDigit &&
                             ((after == " " && tokens_[k + 1].length() >= 3) || after == ", " || after == "," ||
                              (after == "-" && tokens_[k + 1].length() >= 2));
    if (!nameFollows) return false;
  }
  if (!t.properShape() || t.length() < 2) return false;
  if (t.length() >= 6 && !t.allCaps && brandShape(k)) return false;  // "FreeStyle Libre"
  // "St-Arnaud", "St-Pierre": "St" joined by a hyphen to a capitalised word is a family name's part.
  if (t.lower == "st" && k + 1 < tokens_.size() && gap(k, k + 1) == "-" && tokens_[k + 1].properShape() &&
      !tokens_[k + 1].hasDigit) {
    return true;
  }
  // "SUPPORT PERSON: FOSTER MOTHER X", "step father": a word that makes a kin noun of the next.
  if ((t.lower == "foster" || t.lower == "step" || t.lower == "birth") && k + 1 < tokens_.size() &&
      isInlineSpace(gap(k, k + 1), 1) && isKinNoun(tokens_[k + 1])) {
    return false;
  }
  // ("Dr. Lachman", "Patient: Stig Alzheimer": a surname that names a sign is a name after a cue
  // when no trigger word follows it; "Patient: Parkinson disease" is none.)
  // ("this is Crohn's": the possessive of an eponym is the disease.)
  const auto eponymFamily = [&] {
    const bool possessive = k + 1 < tokens_.size() && tokens_[k + 1].lower == "s" &&
                            (gap(k, k + 1) == "'" || gap(k, k + 1) == "\u2019");
    return !possessive && !eponymContext(k);
  };
  const bool known = isCommonGivenName(t) || isCommonFamilyName(t) ||
                     (isEponymName(t) && cue != Cue::kNone && eponymFamily());
  // ("Patient: Jan de Vries", "Contact: Jan van der Berg": a given name that is also a month or a
  // word leads a family name after lower-case particles.)
  const auto particleFollows = [&] {
    if (cue == Cue::kNone || !t.capitalised || k + 2 >= tokens_.size() || gap(k, k + 1) != " ") return false;
    // (Dutch and German particles vouch on their own; "de", "del" only before a listed family name:
    // "Mar del Plata", "Mar de Ajó" are places.)
    std::size_t p = k + 1;
    bool germanic = false;
    while (p + 1 < tokens_.size() && isNameParticle(tokens_[p]) && isLower(in_.text[tokens_[p].start]) &&
           gap(p, p + 1) == " ") {
      germanic = germanic || listHas({"van", "von", "ter", "ten", "der", "den", "vom", "zu", "zur", "zum"}, tokens_[p].lower);
      ++p;
    }
    const Token& family = tokens_[p];
    return p > k + 1 && family.capitalised && !family.hasDigit && !claimed_[p] && !isNameParticle(family) &&
           (germanic || (isCommonFamilyName(family) && !isNeverNameWord(family)));
  };
  if (isNeverNameWord(t) && !(cue != Cue::kNone && known) && !particleFollows()) return false;
  if (cue == Cue::kNone && isAmbiguousNameWord(t)) return false;
  if (cue == Cue::kWeak && !listedName(t) && ((t.classes & WordClass::kEnglish) || abbreviation(k))) return false;
  if (cue != Cue::kStrong && !known && hasClinicalEnding(t.lower)) return false;
  return true;
}

bool NameScanner::brandShape(std::size_t k) const {
  // "FreeStyle", "OmniPod", "QuantiFERON", "CareLink": a capital inside the word after four
  // letters or more is a product's name; names put one after a short prefix only ("McKenzie",
  // "DeShawn", "MacDonald", "LaToya"), or after "Fitz".
  const Token& t = tokens_[k];
  if (t.lower.starts_with("fitz")) return false;
  for (std::size_t b = t.start + 4; b < t.end; ++b) {
    if (isUpper(in_.text[b]) && isLower(in_.text[b - 1])) return true;
  }
  return false;
}

bool NameScanner::unknownProperWord(std::size_t k) const {
  const Token& t = tokens_[k];
  if (claimed_[k] || t.hasDigit || !t.properShape() || t.length() < 2 || afterSlash(k)) return false;
  if (t.length() >= 6 && !t.allCaps && brandShape(k)) return false;
  if (isTitleWord(t) || isCredentialWord(t) || isNameParticle(t) || abbreviation(k)) return false;
  if (listedName(t)) return !isNeverNameWord(t) || isCommonGivenName(t) || isCommonFamilyName(t);
  // Short unlisted words are mostly abbreviations in Title Case ("Med Rec No.").
  if (t.length() <= 3 || isEponymTrigger(t) || hasClinicalEnding(t.lower)) return false;
  return !(t.classes & (WordClass::kEnglish | WordClass::kNever));
}

std::size_t NameScanner::cueRun(std::size_t j, Cue cue, bool allowInversion) const {
  std::size_t end = nameRun(j, cue == Cue::kNone ? cue : Cue::kStrong, allowInversion);
  if (cue != Cue::kWeak) return end;
  while (end > j) {
    std::size_t last = end - 1;
    // "Hyun-woo": judge the word by its capitalised part.
    if (last > j && gap(last - 1, last) == "-" && isLower(in_.text[tokens_[last].start])) --last;
    if (!isInitial(last) && nameWord(last, Cue::kWeak)) break;
    end = last;
  }
  bool evidence = false;
  for (std::size_t k = j; k < end; ++k) evidence = evidence || (!isInitial(k) && nameWord(k, Cue::kWeak));
  if (evidence) return end;
  // "son June", "brother Will": a listed name that is also a word, in Title case (in capitals
  // "SON WILL CALL" is a sentence), not followed by a number ("Patient May 3").
  const Token& t = tokens_[j];
  const bool numberNext = j + 1 < tokens_.size() && tokens_[j + 1].hasDigit && isInlineSpace(gap(j, j + 1), 2);
  if (j < tokens_.size() && t.capitalised && isAmbiguousNameWord(t) && !claimed_[j] && !numberNext) return j + 1;
  return j;
}

// Contact lists set the role off with dashes: "Opal Montoya — foster mother — 555-...",
// "NIGHTINGALE, Rocío — PCP —". An em or en dash is a token of its own (bytes >= 0x80 count as
// letters); a hyphen is a gap.
bool NameScanner::isDashToken(std::size_t k) const {
  if (k >= tokens_.size()) return false;
  const std::string& word = tokens_[k].lower;  // both dashes are three bytes in UTF-8
  return word.size() == 3 && (word == "\u2014" || word == "\u2013");
}

bool NameScanner::dashRole(std::size_t k) const {
  if (k == 0 || k >= tokens_.size()) return false;
  std::size_t r = k;
  if (isDashToken(k) && gap(k - 1, k) == " " && k + 1 < tokens_.size() && gap(k, k + 1) == " ") {
    r = k + 1;
  } else if (gap(k - 1, k) != " - ") {
    return false;
  }
  const std::string_view lead = tokens_[r].lower;
  if ((lead == "foster" || lead == "legal" || lead == "step" || lead == "health") && r + 1 < tokens_.size() &&
      isInlineSpace(gap(r, r + 1), 1)) {
    ++r;
  }
  if (!isRoleNoun(tokens_[r]) && tokens_[r].lower != "poa") return false;
  if (r + 1 >= tokens_.size()) return true;
  // ("Garrett - grandson, 16", "Lupe - sister; lives nearby": a household list sets a relative
  // off with one dash, the age or the next clause after it.)
  const std::string_view after = gap(r, r + 1);
  const bool kinClosed = isKinNoun(tokens_[r]) && (after.starts_with(",") || after.starts_with(";") ||
                                                  after.find('\n') != std::string_view::npos);
  return after == " - " || (after == " " && isDashToken(r + 1)) || kinClosed;
}

bool NameScanner::roleAfter(std::size_t k) const {
  if (k == 0 || k >= tokens_.size()) return false;
  if (dashRole(k)) return true;
  const std::string_view g = gap(k - 1, k);
  const std::string_view word = tokens_[k].lower;
  if (g == " (") {
    // "(son)", "(chaplain)", and up to two words before the role: "(health care proxy)",
    // "(legal guardian)", "(foster mother)".
    std::size_t r = k;
    // ("(ex-husband)", "(step-daughter)": a hyphen joins too.)
    while (r < k + 2 && r + 1 < tokens_.size() && !isRoleNoun(tokens_[r]) && tokens_[r].lower != "proxy" &&
           !tokens_[r].hasDigit && (isInlineSpace(gap(r, r + 1), 1) || gap(r, r + 1) == "-")) {
      ++r;
    }
    // ("T. Beauchemin (SW)", "Aksoy (SLP)": a discipline's abbreviation in capitals is a role too.)
    const bool discipline = tokens_[r].allCaps && (isCredentialWord(tokens_[r]) || tokens_[r].lower == "sw" ||
                                                   tokens_[r].lower == "cm" || tokens_[r].lower == "rt");
    if (!(isRoleNoun(tokens_[r]) || tokens_[r].lower == "proxy" || discipline)) return false;
    return r + 1 >= tokens_.size() || gap(r, r + 1).starts_with(")");
  }
  // ("Harmony-Lee, a grandchild, recalls": an article too.)
  const bool possessive = word == "her" || word == "his" || word == "their" || word == "the" || word == "a" || word == "an";
  // (Or a word describing the role: "Azaria Bellows, bereavement nurse".)
  const bool described = isLower(in_.text[tokens_[k].start]) && !tokens_[k].hasDigit;
  return g == ", " && (possessive || described) && k + 1 < tokens_.size() && isRoleNoun(tokens_[k + 1]) &&
         isInlineSpace(gap(k, k + 1), 1) &&
         (possessive || k + 2 >= tokens_.size() || !isLower(in_.text[tokens_[k + 2].start]) || gap(k + 1, k + 2) != " ");
}

bool NameScanner::ageSexToken(std::size_t k) const {
  // "74F", "102M": an age and a sex letter in one token.
  const std::string_view w = tokens_[k].lower;
  return w.size() >= 2 && w.size() <= 4 && isDigit(w[0]) && (w.back() == 'm' || w.back() == 'f') &&
         isDigit(w[w.size() - 2]);
}

bool NameScanner::personAfter(std::size_t k) const {
  if (k >= tokens_.size()) return false;
  std::string_view g = gap(k - 1, k);
  // After a middle initial its period comes first: "Chanthavong, Panagiota F.   MRN".
  if (g.starts_with(".") && g.size() > 1 && k >= 1 && isInitial(k - 1)) g.remove_prefix(1);
  const Token& t = tokens_[k];
  if ((g == "\n" || g == "\r\n") && isPersonFact(t.lower)) return true;  // "NAME\nDOB: ..."
  if (dashRole(k)) return true;
  // ("MIMS - 74F - bed 429": a sign-out list sets the age and sex off with dashes.)
  if (g == " - " && ageSexToken(k)) return true;
  if (g == " (" && (t.lower == "n\u00e9e" || t.lower == "nee")) return true;  // "Elif Silver (née Jovanović)"
  // ("Gwendolyn Huntington | 97F | ...": a table's cell separator too.)
  // ("Goals of care for Guo-qiang Barley\, MRN ...": a comma escaped in a calendar file.)
  if (g == "\\, ") g = ", ";
  // ("Chair 7 Taisiya Cobble  (95/F)": a parenthesis after a wide gap too.)
  if (g.size() >= 3 && g.ends_with(" (") && gapOnly(g.substr(0, g.size() - 1), " ", 8)) g = " (";
  if (!(g == " " || g == ", " || g == " (" || g == ",  " || g == " - " || g == " | " || g == " / " || g == "\t" ||
        (g.size() >= 2 && gapOnly(g, " ", 8)))) {
    return false;
  }
  if (isPersonFact(t.lower)) return true;
  // A table row or a label-free line: "Lhundup, Arunima   01/05/1921   L deltoid", "X | 555-...":
  // another finding right after a wide gap belongs to the person.
  if (claimed_[k] && (g == " | " || g == " / " || g == "\t" || (g.size() >= 2 && gapOnly(g, " ", 8)))) return true;
  // "Oyewole, Ingeborg   45/M": an age and sex.
  if (t.allDigits && t.length() <= 3 && k + 1 < tokens_.size() && gap(k, k + 1) == "/") {
    const std::string_view sex = tokens_[k + 1].lower;
    if (sex == "m" || sex == "f" || sex == "male" || sex == "female") return true;
  }
  if (g == " (" && claimed_[k]) return true;
  // "Wafiq Kipper (F), travelling": a sex in parentheses.
  if (g == " (" && (t.lower == "f" || t.lower == "m" || t.lower == "male" || t.lower == "female") &&
      k + 1 < tokens_.size() && gap(k, k + 1).starts_with(")")) {
    return true;
  }
  // "Bérénice (18 mo)", "Ilse (93 yrs)": an age in parentheses.
  if (g == " (" && t.allDigits && t.length() <= 3 && k + 1 < tokens_.size() && gap(k, k + 1) == " ") {
    const std::string_view u = tokens_[k + 1].lower;
    // (Only the short forms of an age: "for Ghana (3 weeks)" is a trip's length.)
    if (u == "mo" || u == "mos" || u == "yo" || u == "yrs") {
      return true;
    }
  }
  // "ninety-six-year-old": a spelled age, hyphen-joined up to "year"; "one hundred and one-year-old",
  // "a ninety-seven year old": number words joined by spaces too.
  for (std::size_t h = k; h < tokens_.size() && h < k + 7 && (h == k || gap(h - 1, h) == "-" || gap(h - 1, h) == " ");
       ++h) {
    const std::string_view w = tokens_[h].lower;
    if (h > k && (w == "year" || w == "yr")) return true;
    // (The words of an age of ninety or more: units, "ninety", "hundred", "and" and the article.)
    const bool ageWord = unitWord(w) > 0 || w == "ninety" || w == "hundred" || w == "and" || w == "a" || w == "an";
    if (!ageWord) break;
  }
  // "90yo M", "93yo": an age with its unit in one token.
  if (t.lower.size() >= 4 && t.lower.size() <= 5 && isDigit(t.lower[0]) && (t.lower.ends_with("yo") || t.lower.ends_with("y"))) {
    return true;
  }
  if (!t.hasDigit || !isDigit(in_.text[t.start])) return false;
  if (t.lower.back() == 'm' || t.lower.back() == 'f') return t.lower.size() <= 4;  // "93M"
  if (k + 1 >= tokens_.size()) return false;
  const std::string_view unit = tokens_[k + 1].lower;
  // "A. Stokes, 97 F, MRN ...": an age and a sex letter.
  if (t.allDigits && t.length() <= 3 && gap(k, k + 1) == " " && (unit == "m" || unit == "f") &&
      (k + 2 >= tokens_.size() || !isLower(in_.text[tokens_[k + 2].start]) || gap(k + 1, k + 2) != " ")) {
    return true;
  }
  return unit == "year" || unit == "years" || unit == "yo" || unit == "yr" || unit == "yrs" || unit == "y";
}

bool NameScanner::innerGap(std::size_t a, std::size_t b) const {
  const std::string_view g = gap(a, b);
  if (g == " " || g == "-" || g == "'" || g == "\u2019") return true;
  return (g == ". " || g == ".") && isInitial(a);
}

bool NameScanner::colonAfter(std::size_t k) const {
  if (k + 1 >= tokens_.size()) return false;
  const std::string_view g = gap(k, k + 1);
  return g.starts_with(":") || g.starts_with(" :");
}

bool NameScanner::opensNextField(std::size_t k, std::size_t words) const {
  if (words == 0 || k + 1 >= tokens_.size() || isInitial(k)) return false;
  // (French forms set the colon off by a space, seed 3434.)
  if (gap(k, k + 1).starts_with(" :") && tokens_[k].allCaps && tokens_[k].length() >= 3 && !listedName(tokens_[k])) {
    return true;
  }
  // (Greek "Αρ." for number, seed 3434.)
  return words >= 2 && tokens_[k].length() <= 4 && k + 2 < tokens_.size() && gap(k, k + 1) == ". " && colonAfter(k + 1);
}

std::size_t NameScanner::nameRun(std::size_t j, Cue cue, bool allowInversion) const {
  std::size_t k = j;
  std::size_t words = 0;
  bool inverted = false;
  while (k < tokens_.size() && words < 4) {
    // "van der Berg": particles ride along; after a strong cue they may lead ("Dr. ter Horst").
    if (words > 0 || cue == Cue::kStrong) {
      const std::size_t after = skipParticles(k);
      if (after > k && after < tokens_.size() && nameWord(after, cue)) {
        k = after;
        continue;
      }
    }
    // A strong cue vouches for a name that is also a word when a name word follows:
    // "Surgeon: June K. Price", "Name: Will Esposito" (but not "Re: June 2023").
    // So does it for a given name that is also a clinical word ("Name: Echo Schneider") when a
    // family name that reads as one on its own follows.
    // And, after a label's colon, an inverted family name that is a clinical word ("Patient:
    // GLASGOW, XIAOMING") when the given name after the comma reads as one on its own.
    const bool invertedWord = allowInversion && k + 1 < tokens_.size() && gap(k, k + 1) == ", " && strongShapeWord(k + 1);
    const bool wordLead = isAmbiguousNameWord(tokens_[k]) ||
                          (isNeverNameWord(tokens_[k]) && (tokens_[k].capitalised || (invertedWord && tokens_[k].allCaps)) &&
                           !hasClinicalEnding(tokens_[k].lower) &&
                           k + 1 < tokens_.size() && (strongShapeWord(k + 1) || isCommonFamilyName(tokens_[k + 1]) || invertedWord));
    const bool ambiguousLead = words == 0 && cue == Cue::kStrong && wordLead &&
                               tokens_[k].properShape() && !claimed_[k] && k + 1 < tokens_.size() &&
                               (invertedWord || (innerGap(k, k + 1) && nameWord(k + 1, cue) && !isNeverNameWord(tokens_[k + 1])));
    if (!nameWord(k, cue) && !ambiguousLead) break;
    // In ALL-CAPS text case cannot end a run ("MR. YILMAZ LIVES ALONE", "JOHN SMITH WAS
    // SEEN"): after the first word, an English or clinical word that is no listed name does.
    if (words >= 1 && tokens_[k].allCaps && !isInitial(k) && !listedName(tokens_[k]) && gap(k - 1, k) != "-" &&
        (tokens_[k].classes & (WordClass::kEnglish | WordClass::kNever))) {
      break;
    }
    // "SISTER MARY JOSEPH NODULE" (but "Brigitte-Line Marcotte": the second half of a given name
    // joined to a listed given name by a hyphen, seed 2727).
    if (words >= 1 && isEponymTrigger(tokens_[k]) && !(gap(k - 1, k) == "-" && isCommonGivenName(tokens_[k - 1]))) break;
    // "ATTENDANT: KWOK-WING ESFAHANI IP NO: IP56706679": a number's label opens the next field.
    if (words >= 2 && k + 2 < tokens_.size() && gap(k, k + 1) == " " && gap(k + 1, k + 2).starts_with(":") &&
        (tokens_[k + 1].lower == "no" || tokens_[k + 1].lower == "id" || tokens_[k + 1].lower == "number" ||
         tokens_[k + 1].lower == "num" || tokens_[k + 1].lower == "nr")) {
      break;
    }
    // "CRNA: M. Ouyang Airway: Mallampati II": a word before a colon opens the next field.
    // (French forms set the colon off by a space: "Prénom(s) : Awa CNIB : B12345678", seed 3434.)
    if (words >= 1 && !isInitial(k) && k + 1 < tokens_.size() && colonAfter(k) &&
        (words >= 2 || (!listedName(tokens_[k]) && (tokens_[k].classes & (WordClass::kEnglish | WordClass::kNever))))) {
      break;
    }
    if (opensNextField(k, words)) break;
    // "O'" of "O'Brien" is no word of its own (for "O'BRIEN, SARAH"), nor is the second half of
    // "LAM-NGUYEN" (for "LAM-NGUYEN, ANAÏS-ROSE").
    if (!(isInitial(k) && k + 1 < tokens_.size() && (gap(k, k + 1) == "'" || gap(k, k + 1) == "\u2019")) &&
        !(k > j && gap(k - 1, k) == "-")) {
      ++words;
    }
    ++k;
    if (k >= tokens_.size()) break;
    k = skipLowerHyphenPart(k);
    if (k >= tokens_.size()) break;
    if (innerGap(k - 1, k)) continue;
    // ("BATISTA CASTILLO, Julio César", "RODRÍGUEZ DE LEÓN, Sebastián": Spanish two family names
    // in capitals before the given names in Title case are one inverted name; a list of two-word
    // names in one case, "John Smith, Mary Jones", stays two.)
    const bool twoFamilyNames = words == 2 && gap(k - 1, k) == ", " && tokens_[j].allCaps && tokens_[k - 1].allCaps &&
                                !isInitial(k - 1) && tokens_[k].capitalised && !tokens_[k].allCaps;
    if (allowInversion && !inverted && (words == 1 || twoFamilyNames) &&
        (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") && nameWord(k, cue)) {
      inverted = true;  // "SMITH, JOHN" after a label
      continue;
    }
    break;
  }
  // Do not end on a dangling initial unless it is the whole run ("Dr. K").
  // ("LAM-NGUYEN, ANAÏS-ROSE E   MRN": after an inverted name a middle initial set off by a wide gap
  // or a line end stays.)
  const auto setOff = [&](std::size_t end) {
    if (end >= tokens_.size()) return true;
    const std::string_view g = gap(end - 1, end);
    return g.find('\n') != std::string_view::npos || (g.size() >= 2 && gapOnly(g, " \t", 8));
  };
  while (k > j + 1 && isInitial(k - 1) &&
         !(tokens_[k - 1].end < in_.text.size() && in_.text[tokens_[k - 1].end] == '.') && !(inverted && setOff(k))) {
    --k;
  }
  // A run that ends in a particle is not a name.
  // A capitalised particle alone after a strong cue is a family name: "Dr. Le", "Sending: Dr. Da".
  const bool loneFamily = k == j + 1 && cue == Cue::kStrong && tokens_[j].capitalised;
  while (k > j && isNameParticle(tokens_[k - 1]) && !loneFamily) --k;
  return k;
}

std::size_t NameScanner::skipParticles(std::size_t k) const {
  std::size_t p = k;
  // Irish and Arabic particles are written capitalised: "Mac Giolla", "Ní Bhriain", "Ó Súilleabháin"
  // ("El" before a name is still vetoed as a place prefix, as in "El Paso").
  auto capitalisedParticle = [](std::string_view w) {
    return w == "el" || w == "al" || w == "mac" || w == "n\u00ed" || w == "\u00d3";
  };
  // Malaysian and Indian patronymics: "Muthu a/l Krishnan" (anak lelaki, son of), "Kavitha a/p
  // Subramaniam" (anak perempuan), "Ramesh s/o Suresh", "Lakshmi d/o Raman"; "w/o" is "without".
  auto patronymic = [&](std::size_t q) {
    if (q + 2 >= tokens_.size() || gap(q, q + 1) != "/" || gap(q + 1, q + 2) != " ") return false;
    const std::string_view a = tokens_[q].lower, b = tokens_[q + 1].lower;
    if (!isLower(in_.text[tokens_[q].start]) && !tokens_[q].allCaps) return false;
    return (a == "a" && (b == "l" || b == "p")) || ((a == "s" || a == "d") && b == "o");
  };
  for (;;) {
    if (p + 1 < tokens_.size() && isNameParticle(tokens_[p]) && innerGap(p, p + 1) &&
        (isLower(in_.text[tokens_[p].start]) || tokens_[p].allCaps || capitalisedParticle(tokens_[p].lower))) {
      ++p;
    } else if (patronymic(p)) {
      p += 2;
    } else {
      break;
    }
  }
  return p;
}

std::size_t NameScanner::skipLowerHyphenPart(std::size_t k) const {
  if (gap(k - 1, k) != "-" || !tokens_[k - 1].properShape()) return k;
  const Token& t = tokens_[k];
  if (t.hasDigit || !isLower(in_.text[t.start]) || t.length() > 6 || claimed_[k]) return k;
  return k + 1;
}

void NameScanner::mark(std::size_t first, std::size_t endToken) {
  if (endToken <= first) return;
  first = compoundStart(first);
  // "Mme Rodrigue Marcotte", "Dre Jean-Guy Lapointe", "Sra Ana Lobo": a title that leads a run is
  // outside the name (with or without its full stop; a soft title may be a name: "Sister Mary").
  while (endToken - first >= 2 && isTitleWord(tokens_[first]) && !isSoftTitle(tokens_[first].lower) &&
         (gap(first, first + 1) == " " || gap(first, first + 1) == ". ") && tokens_[first + 1].properShape()) {
    ++first;
  }
  // "Notified by Midwife Thandeka-Lwazi", "or her Nan Tama-Wiremu": a role or kin noun that leads
  // a run is the cue, outside the name (not after a title, nor a listed name: "Dr. Nana Mensah").
  const bool titled = first > 0 && isTitleWord(tokens_[first - 1]);
  // ("Called Odis Spurlock, RN", "Ordering O. Fenstermaker paged": the first word of a cue phrase
  // at a sentence's start, too.)
  while (!titled && endToken - first >= 2 &&
         (isRoleNoun(tokens_[first]) || isKinNoun(tokens_[first]) ||
          ((tokens_[first].classes & WordClass::kCueStart) && tokens_[first].length() >= 3)) &&
         !listedName(tokens_[first]) && gap(first, first + 1) == " ") {
    ++first;
  }
  // "Hollis & Crane Funeral Home", "PRUITT & GALLAGHER, ATTORNEYS": names joined by "&" are a
  // firm's (people are joined by "and"; "Mr & Mrs" is a title's).
  const auto ampersand = [](std::string_view g) { return g == " & " || g == "&" || g == " &amp; "; };
  if ((endToken < tokens_.size() && ampersand(gap(endToken - 1, endToken)) && !isTitleWord(tokens_[endToken])) ||
      (first > 0 && ampersand(gap(first - 1, first)) && !isTitleWord(tokens_[first - 1]))) {
    return;
  }
  // "Xience Skypoint 3.0 x 28 mm": a size after the words makes them a device.
  if (endToken + 2 < tokens_.size() && gap(endToken - 1, endToken) == " " && tokens_[endToken].allDigits) {
    std::size_t x = endToken + 1;
    if (gap(endToken, x) == "." && tokens_[x].allDigits && x + 1 < tokens_.size()) ++x;
    if (tokens_[x].lower == "x" && gap(x - 1, x) == " ") return;
  }
  // "the Dix-Hallpike was positive", "the Atrium Cafe", "the Bethel AME": after an article a
  // capitalised run names a thing or a place ("the X family" is read on its own).
  if (first > 0 && gap(first - 1, first) == " " &&
      (tokens_[first - 1].lower == "the" || tokens_[first - 1].lower == "a" || tokens_[first - 1].lower == "an") &&
      !(endToken < tokens_.size() && tokens_[endToken].lower == "family")) {
    return;
  }
  // "the cat Mister Whiskers", "our dog Biscuit": a pet's name is no person's (a title may stand
  // between).
  std::size_t before = first;
  if (before > 0 && isTitleWord(tokens_[before - 1])) --before;
  if (before > 0 && isInlineSpace(gap(before - 1, before), 1)) {
    static constexpr std::array<std::string_view, 12> kPets = {"cat", "dog", "kitten", "puppy", "pet", "parrot",
                                                               "horse", "pony", "rabbit", "hamster", "cats", "dogs"};
    if (std::find(kPets.begin(), kPets.end(), tokens_[before - 1].lower) != kPets.end()) return;
  }
  if (notAPerson(first, endToken)) return;
  for (std::size_t k = first; k < endToken; ++k) marked_[k] = true;
  runs_.emplace_back(first, endToken - 1);
}

bool NameScanner::lowerSecondPart(std::size_t k) const {
  if (k == 0 || gap(k - 1, k) != "-") return false;
  const Token& part = tokens_[k];
  const Token& lead = tokens_[k - 1];
  if (!isLower(in_.text[part.start]) || part.length() > 5 || part.hasDigit || claimed_[k] || claimed_[k - 1]) return false;
  // ("MI" is an abbreviation, "Mi" of "Mi-sook" is not: the lead is in Title case, and the
  // lower-case part is no English or clinical word, unlike "Follow-up" or "Non-verbal".)
  // ("Kwok-wing", "Sun-mi": the part may be an English word when the lead is no word.)
  const bool leadWord = (lead.classes & WordClass::kEnglish) && !listedName(lead);
  return lead.capitalised && !lead.allCaps && lead.length() <= 4 && lead.length() >= 2 && !lead.hasDigit && !leadWord &&
         !isNeverNameWord(lead) && !(part.classes & WordClass::kNever) &&
         (!(part.classes & WordClass::kEnglish) || !(lead.classes & WordClass::kEnglish));
}

bool NameScanner::lowerSecondPartLower(std::size_t k) const {
  // "stern" of "kaplan-stern": both parts in lower case, the first a name word.
  return k >= 2 && gap(k - 1, k) == "-" && lowerNameWord(k - 1);
}

std::size_t NameScanner::compoundStart(std::size_t first) const {
  if (first == 0 || !(tokens_[first].properShape() || isNameParticle(tokens_[first]))) return first;
  const std::string_view g = gap(first - 1, first);
  const Token& before = tokens_[first - 1];
  // "Mi'Kayla", "D'Andre", "Le'Roy": a short capitalised part glued by an apostrophe.
  if ((g == "'" || g == "\u2019") && tokens_[first].properShape() && before.properShape() && before.length() <= 3 &&
      !before.hasDigit && !claimed_[first - 1]) {
    return first - 1;
  }
  // "Mi-sook Dekker", "Ka-ming de las Heras": a given name whose second part is written in lower
  // case, before the rest of a name a cue found.
  if (g == " " && lowerSecondPart(first - 1)) return first - 2;
  return first;
}

bool eponymFollows(const ScanInput& in, std::size_t i, int maxHops) {
  const std::vector<Token>& tokens = in.tokens;
  const std::string_view text = in.text;
  std::size_t next = i + 1;
  const std::size_t end = tokens[i].end;
  if (end + 1 < text.size() && text[end] == '\'' && next < tokens.size() && tokens[next].lower == "s") ++next;
  if (end + 3 < text.size() && text.substr(end, 3) == "\u2019" && next < tokens.size() && tokens[next].lower == "s") {
    ++next;
  }
  // Look past a hyphenated partner and up to three capitalised words:
  // "Stevens-Johnson syndrome", "Hamilton Depression Rating Scale", "Allen Cognitive Level".
  for (int hops = 0; next < tokens.size() && hops < maxHops; ++hops, ++next) {
    const std::string_view g = gapBetween(in, next - 1, next);
    const bool joined = g == "-" || g == " " || g == "'";
    if (!joined) return false;
    // "Collector: I.J. Sahin Tests: CMP": a trigger word before a colon heads the next field.
    if (isEponymTrigger(tokens[next])) {
      return !(next + 1 < tokens.size() && gapBetween(in, next, next + 1).starts_with(":"));
    }
    // ("Grey Turner and Cullen signs": two eponyms joined share the trigger.)
    // (The joining word and the second eponym do not count as hops.)
    const bool joinedEponym = (tokens[next].lower == "and" || tokens[next].lower == "or") && next + 1 < tokens.size() &&
                              tokens[next + 1].properShape();
    if (joinedEponym) maxHops += 2;
    if (!(tokens[next].properShape() || tokens[next].lower == "s" || joinedEponym)) return false;
  }
  return false;
}

bool NameScanner::personFollows(std::size_t i) const {
  if (i + 1 >= tokens_.size()) return true;
  const std::string_view g = gap(i, i + 1);
  if (g == "-") return isCommonFamilyName(tokens_[i + 1]) && !isNeverNameWord(tokens_[i + 1]);
  if (g != " ") return g.find_first_of(".,;:)!?\n") != std::string_view::npos || g == "'";
  const std::string_view next = tokens_[i + 1].lower;
  return isPersonFollower(next) ||
         (tokens_[i + 1].properShape() && !tokens_[i + 1].allCaps);
}

bool NameScanner::sentenceStart(std::size_t i) const {
  if (i == 0) return true;
  const std::string_view g = gap(i - 1, i);
  return g.find_first_of(".:;!?\n") != std::string_view::npos;
}

void NameScanner::emit() {
  std::size_t k = 0;
  std::size_t prevEnd = 0;  // end of the name emitted last
  while (k < tokens_.size()) {
    if (!marked_[k]) {
      ++k;
      continue;
    }
    std::size_t last = k;
    while (last + 1 < tokens_.size()) {
      if (marked_[last + 1] && (innerGap(last, last + 1) || joinedByInversion(last, last + 1))) {
        // ("hi its manpreet-singh deshpande-wolff, akinyi-rose's mum": in lower case a given and a
        // family name before the comma are a whole name, and what follows it is someone else.)
        if (!innerGap(last, last + 1) && isLower(in_.text[tokens_[k].start]) && spacedWords(k, last)) break;
        ++last;
        continue;
      }
      // The other half of a double-barrelled name no rule took: "Mitsuki-Ai", "ROSTAMI-FENN".
      if (!claimed_[last + 1] && hyphenNamePart(in_, last + 1, last)) {
        ++last;
        continue;
      }
      // Spanish and Portuguese double family names joined by "y" or "e": "María José García y López",
      // "João Pedro da Silva e Santos" (after a given and a family name; "Maria y Juan" are two).
      const std::size_t join = last + 1;
      if (join + 1 < tokens_.size() && last > k && (tokens_[join].lower == "y" || tokens_[join].lower == "e") &&
          isLower(in_.text[tokens_[join].start]) && gap(last, join) == " " && gap(join, join + 1) == " " &&
          tokens_[join + 1].capitalised && !claimed_[join + 1] &&
          (marked_[join + 1] || (isCommonFamilyName(tokens_[join + 1]) && !isNeverNameWord(tokens_[join + 1])))) {
        last = join + 1;
        continue;
      }
      // Afghan names give the father's name after "walad-e" (son of) or "bint-e" (daughter of),
      // as Tazkiras write them: "Ahmad Zia walad-e Abdul Rahim" is one person when the father's
      // name is found too.
      const std::size_t of = last + 1;
      if (of + 2 < tokens_.size() && marked_[of + 2] && gap(last, of) == " " && gap(of + 1, of + 2) == " " &&
          (tokens_[of].lower == "walad" || tokens_[of].lower == "bint") && gap(of, of + 1) == "-" &&
          tokens_[of + 1].lower == "e" && !claimed_[of] && !claimed_[of + 1]) {
        last = of + 2;
        // ("walad-e Sayed Jan": a father's name may end in "Jan", which elsewhere is a month or
        // an honorific; no day or year after it.)
        while (last + 1 < tokens_.size() && marked_[last + 1] && innerGap(last, last + 1)) ++last;
        const std::size_t jan = last + 1;
        if (jan < tokens_.size() && !marked_[jan] && gap(last, jan) == " " && tokens_[jan].properShape() &&
            (tokens_[jan].lower == "jan" || tokens_[jan].lower == "khan") &&
            !(jan + 1 < tokens_.size() && tokens_[jan + 1].hasDigit && isInlineSpace(gap(jan, jan + 1), 1))) {
          last = jan;
        }
        continue;
      }
      // A quoted nickname inside a name: 'Inés "Sissy" Goodman' is one person.
      const std::size_t nick = last + 1;
      if (nick + 1 < tokens_.size() && gap(last, nick) == " \"" && tokens_[nick].capitalised && gap(nick, nick + 1) == "\" " &&
          (marked_[nick + 1] || nameWord(nick + 1, Cue::kStrong))) {
        last = nick + 1;
        continue;
      }
      break;
    }
    std::size_t end = tokens_[last].end;
    // A generational suffix belongs to the name: "Coral Ndlovu IV", "Ezekiel Gokhale, Sr.".
    std::size_t next = last + 1;
    if (next < tokens_.size() && !marked_[next] && isGenerationalSuffix(next) &&
        (gap(last, next) == " " || gap(last, next) == ", ")) {
      end = tokens_[next].end;
      last = next;
    }
    // A Central Asian patronymic's last word belongs to the name: Kyrgyz "Aibek Nurlan uulu",
    // "Aizada Nurlan kyzy", Uzbek "Dilnoza Akmal qizi", "Rustam Akmal o'g'li" (the father's name,
    // then "son of" or "daughter of"), after two words of a name.
    if (last > k && last + 1 < tokens_.size() && !marked_[last + 1] && gap(last, last + 1) == " ") {
      const std::size_t p = last + 1;
      if (isLower(in_.text[tokens_[p].start]) &&
          listHas({"uulu", "kyzy", "qizi", "ogli", "ugli", "o\u2018g\u2018li", "o\u2019g\u2019li", "o\u02bbg\u02bbli",
                   // Azerbaijani "oğlu" and "qızı": "Məmmədova Aynur Rauf qızı".
                   "o\u011flu", "q\u0131z\u0131"},
                  tokens_[p].lower)) {
        last = p;
        end = tokens_[p].end;
      } else if (p + 2 < tokens_.size() && tokens_[p].lower == "o" && tokens_[p + 1].lower == "g" &&
                 tokens_[p + 2].lower == "li" && isLower(in_.text[tokens_[p].start]) &&
                 gap(p, p + 1) == "'" && gap(p + 1, p + 2) == "'") {  // (other apostrophes are letters of one word)
        last = p + 2;
        end = tokens_[p + 2].end;
      }
    }
    // A family name's initial after a given name ends the name: "Checked by Ruchika F.",
    // "\"screener\": \"Hamza-Idris N.\"".
    const bool familyInitial =
        last + 1 < tokens_.size() && !marked_[last + 1] && !isInitial(last) && familyInitialAfter(in_, last + 1);
    if (familyInitial) end = tokens_[++last].end;
    // "Jr." and "Sr." keep their period, also when the run took the word itself; so does a middle
    // initial that ends the name ("Glenn, Ranger E. (DOB").
    const bool abbreviated = ((tokens_[last].lower == "jr" || tokens_[last].lower == "sr") && last > k) ||
                             (isInitial(last) && last > k && !isInitial(last - 1));
    if ((abbreviated || familyInitial) && end < in_.text.size() && in_.text[end] == '.') ++end;
    std::size_t first = k;
    if (k >= 2 && !marked_[k - 2] && gap(k - 2, k - 1) == " \"" && gap(k - 1, k) == "\" " && tokens_[k - 1].capitalised &&
        tokens_[k - 2].capitalised && nameWord(k - 2, Cue::kStrong)) {
      first = k - 2;  // the given name before the nickname
    }
    // ("YUTONG-XUE ONYEKACHI-MARSH": the first half too.)
    while (first > 0 && !claimed_[first - 1] && !marked_[first - 1] && hyphenNamePart(in_, first - 1, first)) --first;
    // Particles and initials the run left out: "Meseret-Hiwot ten Hove", "H. la Fontaine".
    if (!familyInitial) {
      std::size_t wideLast = last;
      widenOverParticles(in_, first, wideLast, prevEnd, in_.text.size(), &claimed_);
      if (wideLast != last) {
        bool clear = true;
        for (std::size_t w = last + 1; w <= wideLast; ++w) clear = clear && !marked_[w];
        if (clear) end = tokens_[last = wideLast].end;
      }
    }
    // ("Patient : M. Jean-Noël Ramsamy", seed 3131): after a label's colon spaced the French way, "M."
    // before a given and a family name is Monsieur, a title outside the name, not an initial.
    if (first > 0 && first + 2 <= last && tokens_[first].lower == "m" && in_.text[tokens_[first].start] == 'M' &&
        gap(first, first + 1) == ". " && gap(first - 1, first).ends_with(" : ") && !isInitial(first + 1)) {
      ++first;
    }
    // ("hija de Lucía Sosa Pereira", "neveu de Fadi Kurdi", "do Celeste Muianga", seed 3232): a
    // lower-case "de", "do" or "da" before a listed given name is the preposition "of", not the
    // particle of a family name ("Dr. de Souza" keeps it).
    if (first < last && gap(first, first + 1) == " " && isLower(in_.text[tokens_[first].start]) &&
        (tokens_[first].lower == "de" || tokens_[first].lower == "do" || tokens_[first].lower == "da") &&
        tokens_[first + 1].capitalised && isCommonGivenName(tokens_[first + 1])) {
      ++first;
    }
    out_.push_back({tokens_[first].start, end, PhiCategory::Name, priority::kName});
    prevEnd = end;
    k = last + 1;
  }
}

bool NameScanner::spacedWords(std::size_t first, std::size_t last) const {
  for (std::size_t w = first; w < last; ++w) {
    if (gap(w, w + 1) == " " && !isNameParticle(tokens_[w])) return true;
  }
  return false;
}

bool NameScanner::isGenerationalSuffix(std::size_t k) const {
  const Token& t = tokens_[k];
  const std::string_view w = t.lower;
  if (w == "jr" || w == "sr") return t.properShape();
  // Roman numerals only in capitals ("II", "III", "IV"), and followed by no other word of the name.
  if (!(w == "ii" || w == "iii" || w == "iv")) return false;
  if (!t.allCaps) return false;
  return k + 1 >= tokens_.size() || !isInlineSpace(gap(k, k + 1), 1) || !tokens_[k + 1].properShape() ||
         isLower(in_.text[tokens_[k + 1].start]);
}

bool NameScanner::joinedByInversion(std::size_t a, std::size_t b) const {
  for (const auto& [first, last] : runs_) {
    if (first <= a && b <= last) return true;
  }
  return false;
}

// The same person's name again in parentheses right after a found name, in another script or as
// the short form the person goes by (scan_name_spellings.cpp).
void widenBracketedSpellings(const ScanInput& in, Candidates& out);

void scanNames(const ScanInput& in, const Candidates& claimed, Candidates& out) {
  NameScanner(in, claimed, out).run();
  scanScriptNames(in, out);
  widenBracketedSpellings(in, out);
}

}  // namespace concord::phi::detail
