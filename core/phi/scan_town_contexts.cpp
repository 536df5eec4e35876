// Towns known by the sentence around them rather than by a cue right before them, added after
// the twentieth family's run (seed 2020): relatives and their town as a sentence's subject
// ("Family in Hollis Bay were updated"), and a place named by its town and state ("the Kessling,
// OK location"). scan_towns.cpp asks these from its town finders.
#include <algorithm>
#include <array>

#include "name_tables.h"
#include "number_words.h"
#include "name_scanner.h"
#include "places.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isWord(const Token& t, std::string_view lower) { return t.lower == lower; }

}  // namespace

// "Family in Hollis Bay were updated by phone", "her son in Marlow is driving down": relatives
// and where they live as the subject of a sentence that goes on with its verb. Token i is "in"
// after the word for the relatives. Without the verb the relative's town needs its state
// ("possible niece in Marlow, TX", townPhraseAt).
bool relativesInTownGoOn(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i == 0 || i + 1 >= tokens.size() || gapBetween(in, i - 1, i) != " " ||
      !isInlineSpace(gapBetween(in, i, i + 1), 1)) {
    return false;
  }
  const Token& who = tokens[i - 1];
  if (!(kinWord(who) || isWord(who, "family") || isWord(who, "relatives"))) return false;
  const std::size_t town = townAt(in, i + 1);
  if (town == std::string_view::npos || town + 1 >= tokens.size() || gapBetween(in, town, town + 1) != " ") {
    return false;
  }
  // A country that is also a name ("Family in Jordan were told") is no town.
  if (town == i + 1 && (tokens[town].classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous))) {
    return false;
  }
  static constexpr std::array<std::string_view, 8> kVerbs = {"were", "was", "is", "are", "will", "has", "have", "had"};
  const Token& verb = tokens[town + 1];
  return (verb.lower.size() <= 4 && std::find(kVerbs.begin(), kVerbs.end(), verb.lower) != kVerbs.end()) &&
         (isLower(in.text[verb.start]) || (verb.allCaps && tokens[town].allCaps));
}

// A place named by its town and state before "location", "area" or "office": "prefers the
// Kessling, OK location", "the Hilo, HI area", "referral to early intervention, Swanlea, OH office". Not a credential's ("Lee, MD location") nor a word's ("Diet, OK
// location"); a clinic so named is a facility's name ("Boise, ID clinic") and is left alone.
bool placeNamedByTownState(const ScanInput& in, std::size_t i, std::size_t town, std::size_t state) {
  const auto& tokens = in.tokens;
  const Token& st = tokens[state];
  // Pennsylvania's code before "office" when no word of the town is a listed name: "Cradlewell,
  // PA office" is a town's, "Okafor, PA office" may be a physician assistant's.
  bool listed = false;
  for (std::size_t k = i; k <= town; ++k) {
    listed = listed || (tokens[k].classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous));
  }
  const bool townOffice = st.lower == "pa" && st.allCaps && !listed && state + 1 < tokens.size() &&
                          tokens[state + 1].lower == "office";
  if (!townOffice && (isCredentialWord(st) || st.lower == "md" || st.lower == "pa" || st.lower == "do" ||
                      st.lower == "ma" || st.lower == "ms")) {
    return false;
  }
  const Token& first = tokens[i];
  const bool plainWord = town == i && (first.classes & WordClass::kEnglish) &&
                         !(first.classes & (WordClass::kGiven | WordClass::kFamily));
  if (plainWord || state + 1 >= tokens.size() || gapBetween(in, state, state + 1) != " ") return false;
  const std::string_view next = tokens[state + 1].lower;
  return next == "location" || next == "area" || next == "office";
}

bool plainWordTown(const ScanInput& in, std::size_t first, std::size_t last) {
  const Token& t = in.tokens[first];
  return first == last && (t.classes & WordClass::kEnglish) && !(t.classes & (WordClass::kGiven | WordClass::kFamily));
}

std::size_t doctorTownAt(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  constexpr std::size_t npos = std::string_view::npos;
  if (i < 3 || gapBetween(in, i - 1, i) != ", ") return npos;
  // "Dr" and one or two words of the name before the comma, on the line: "Dr Tapsell-Herewini,".
  std::size_t title = npos;
  for (std::size_t k = i - 1, words = 0; k > 0 && words < 4; --k, ++words) {
    if (gapBetween(in, k - 1, k).find('\n') != std::string_view::npos) break;
    const Token& t = tokens[k - 1];
    if (t.lower == "dr" && isUpper(text[t.start])) {
      title = k - 1;
      break;
    }
  }
  if (title == npos || title == i - 1) return npos;
  // The label of a general practitioner's field before it: "GP:", "Family doctor:".
  const std::string_view label = sameLineBefore(text, tokens[title].start, 24);
  if (!(label.ends_with(": ") &&
        (rfindWordCaseless(label, "gp") != npos || rfindWordCaseless(label, "doctor") != npos ||
         rfindWordCaseless(label, "physician") != npos))) {
    return npos;
  }
  const std::size_t town = townAt(in, i);
  if (town == npos || plainWordTown(in, i, town) || isCredentialWord(tokens[i])) return npos;
  // A role after the doctor's name is no town: "Dr Lee, Locum", "Dr Ng, Registrar".
  static constexpr std::array<std::string_view, 9> kRoles = {"locum", "registrar", "consultant", "resident", "fellow",
                                                             "intern", "attending", "trainee",   "retired"};
  if (std::find(kRoles.begin(), kRoles.end(), tokens[i].lower) != kRoles.end()) return npos;
  // The field ends: the line's end, or the next label ("PHN:").
  if (clauseEnds(in, town)) return town;
  if (town + 1 >= tokens.size() || !isInlineSpace(gapBetween(in, town, town + 1), 3)) return npos;
  const Token& next = tokens[town + 1];
  return next.properShape() && next.end < text.size() && text[next.end] == ':' ? town : npos;
}

// Where a person spends the day or stays, then "in" and the town: "back to bowls at the club in
// Hollinsgate by summer", "im at work in sonnedal till 5", "at daughter's house in Brackenford;".
// The clause ends after the town or goes on with a word of time ("till", "until", "by", "for").
std::size_t stayPlaceTownAt(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  constexpr std::size_t npos = std::string_view::npos;
  if (i < 2 || i + 1 >= tokens.size() || gapBetween(in, i - 1, i) != " " || gapBetween(in, i, i + 1) != " ") return npos;
  const Token& place = tokens[i - 1];
  bool cue = false;
  if (isWord(place, "work")) {
    cue = isWord(tokens[i - 2], "at");  // "at work in", not "the work in Recovery"
  } else if (isWord(place, "club") || isWord(place, "church") || isWord(place, "gym") || isWord(place, "pub") ||
             isWord(place, "chapel") || isWord(place, "mosque") || isWord(place, "temple")) {
    // "at the club in", "at her church in".
    const Token& owner = tokens[i - 2];
    cue = i >= 3 && isWord(tokens[i - 3], "at") &&
          (isWord(owner, "the") || isWord(owner, "my") || isWord(owner, "his") || isWord(owner, "her") ||
           isWord(owner, "their") || isWord(owner, "our"));
  } else if (isWord(place, "house") || isWord(place, "place") || isWord(place, "flat") || isWord(place, "farm")) {
    // "at daughter's house in", "at her sister's place in": a relative's home.
    std::size_t kin = i - 2;
    if (kin >= 1 && isWord(tokens[kin], "s") &&
        (gapBetween(in, kin - 1, kin) == "'" || gapBetween(in, kin - 1, kin) == "\u2019")) {
      --kin;
    }
    cue = kin != i - 2 && kinWord(tokens[kin]);
  }
  if (!cue) return npos;
  std::size_t town = townAt(in, i + 1);
  if (town == npos) town = lowerCaseTownAt(in, i + 1);
  if (town == npos || plainWordTown(in, i + 1, town)) return npos;  // "at daughter's house in tears"
  if (clauseEnds(in, town)) return town;
  if (town + 1 >= tokens.size() || gapBetween(in, town, town + 1) != " ") return npos;
  const Token& next = tokens[town + 1];
  const bool timeWord = isWord(next, "till") || isWord(next, "til") || isWord(next, "until") || isWord(next, "by") ||
                        isWord(next, "for");
  return timeWord ? town : npos;
}

// The place and date line that opens or closes a letter in many countries: Polish "Olsztyn, dnia
// 25 czerwca 2025 r.", French "Rimouski, le 5 mars 2024", German "Kiel, den 5. März 2024". Token
// i opens its line; the town, ", ", the date's word and the day's number follow. Returns the
// town's last token, or npos.
std::size_t placeDateTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  if (i > 0 && gapBetween(in, i - 1, i).find('\n') == std::string_view::npos) return npos;
  const std::size_t town = townAt(in, i);
  if (town == npos || town + 2 >= tokens.size() || gapBetween(in, town, town + 1) != ", " ||
      gapBetween(in, town + 1, town + 2) != " ") {
    return npos;
  }
  const Token& word = tokens[town + 1];
  const Token& day = tokens[town + 2];
  if (!(isWord(word, "dnia") || isWord(word, "le") || isWord(word, "den")) || !day.allDigits || day.length() > 2) {
    return npos;
  }
  // A French letterhead's place line naming a capital or a city of a million ("Kinshasa, le 6
  // décembre 2024", "Dakar, le ...", "Tunis, le ...", "Genève, le ...") is where the writing clinic
  // or hospital stands, as the families count it (seeds 2929, 3030); a small town's ("Rimouski, le
  // 5 mars 2024", the twenty-seventh family's Polish "Olsztyn, dnia ...") stays an address.
  if (isWord(word, "le") && worldCityRun(in, i, town + 1)) return npos;
  return plainWordTown(in, i, town) ? npos : town;
}

// Where a patient is from, after the age in a French or Portuguese header: "Yvon Pelchat, 93 ans,
// de Rimouski", "Maria Lima, 71 anos, de Caruaru". Token i is "de"; the town closes the clause or
// the line. Returns its last token, or npos.
std::size_t ageOriginTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  if (i < 2 || i + 1 >= tokens.size() || gapBetween(in, i - 1, i) != ", " || gapBetween(in, i, i + 1) != " " ||
      !tokens[i - 2].allDigits || gapBetween(in, i - 2, i - 1) != " ") {
    return npos;
  }
  const Token& unit = tokens[i - 1];
  if (!(isWord(unit, "ans") || isWord(unit, "anos") || isWord(unit, "a\u00f1os"))) return npos;
  const std::size_t town = townAt(in, i + 1);
  if (town == npos || !clauseEnds(in, town) || plainWordTown(in, i + 1, town)) return npos;
  return town;
}

namespace {

// An age that introduces a person, ending at token k: "43-year-old", "95yo", "68 years", "36,"
// set off by commas, the Norwegian decade "i 36-årene". Case reports, audits and chats open so.
bool ageEndsAt(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  const Token& t = tokens[k];
  auto number = [&](std::size_t j) { return tokens[j].allDigits && tokens[j].length() <= 3; };
  if (t.hasDigit && t.lower.size() >= 3 && t.lower.ends_with("yo") && isDigit(t.lower[t.lower.size() - 3])) {
    return std::all_of(t.lower.begin(), t.lower.end() - 2, [](char c) { return isDigit(c); });
  }
  if (k >= 2 && isWord(t, "old") && gapBetween(in, k - 1, k) == "-" &&
      (isWord(tokens[k - 1], "year") || isWord(tokens[k - 1], "years")) && gapBetween(in, k - 2, k - 1) == "-" &&
      number(k - 2)) {
    return true;
  }
  if (k >= 1 && (isWord(t, "years") || isWord(t, "yrs") || isWord(t, "\u00e5rene")) && number(k - 1) &&
      (gapBetween(in, k - 1, k) == " " || (isWord(t, "\u00e5rene") && gapBetween(in, k - 1, k) == "-"))) {
    return true;
  }
  // (Not a list of small numbers: "2, 3, from".)
  const bool listed = k >= 2 && number(k - 1) && gapBetween(in, k - 2, k - 1).ends_with(", ");
  return number(k) && k >= 1 && gapBetween(in, k - 1, k).ends_with(", ") && !listed &&
         k + 1 < tokens.size() && gapBetween(in, k, k + 1) == ", ";
}

}  // namespace

// Where a person is from, right after the age that introduces them: "A 43-year-old woman from
// Mount Gambier was admitted", "a 23-year-old trader from Nsukka,", "the 95yo from Broken Hill?",
// "K.O., UR 62008004, 53, from Broken Hill;", "68 years, female, from Kurigram", Norwegian "En
// pasient i 36-årene fra Røros ble innlagt" (seed 3535: case reports and M&M lists name the
// patient's home town so). Token i is "from" or "fra"; between the age and it at most three words
// in lower case (the person: "woman", "boda-boda rider", "female,"); the town closes the clause or
// the sentence goes on in lower case. Returns the town's last token, or npos.
std::size_t agedPersonOriginTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i < 2 || i + 1 >= tokens.size() || gapBetween(in, i, i + 1) != " ") return npos;
  bool aged = false;
  for (std::size_t k = i - 1, words = 0; k > 0 && words <= 3; --k, ++words) {
    const std::string_view gap = gapBetween(in, k, k + 1);
    if (!(gap == " " || gap == ", " || gap == "-")) break;
    if (ageEndsAt(in, k)) {
      aged = true;
      break;
    }
    const Token& w = tokens[k];
    // The person's words: lower case, or capitals in a note written in capitals.
    if (w.hasDigit || !(isLower(text[w.start]) || (w.allCaps && tokens[i].allCaps))) break;
  }
  // "Skal jeg ta med at pasienten er fra Røros?": the patient's home town, said of the patient
  // (seed 3535).
  if (!aged && isInlineSpace(gapBetween(in, i - 1, i), 1) && isInlineSpace(gapBetween(in, i - 2, i - 1), 1)) {
    const Token& verb = tokens[i - 1];
    const Token& who = tokens[i - 2];
    aged = (isWord(verb, "er") || isWord(verb, "is") || isWord(verb, "\u00e4r")) &&
           (isWord(who, "pasienten") || isWord(who, "patient") || isWord(who, "patienten"));
  }
  if (!aged) return npos;
  const std::size_t last = townAt(in, i + 1);
  if (last == npos || plainWordTown(in, i + 1, last) || monthOrWeekday(tokens[i + 1])) return npos;
  if (stateAt(in, i + 1) != npos) return npos;
  std::size_t town = last;
  // What townAt read on is no part of the town: an abbreviated label ("Kurigram Reg. no.:") or an
  // abbreviation in capitals after a town in mixed case ("Mount Gambier ICD implanted").
  if (town > i + 1 && !tokens[i + 1].allCaps &&
      (tokens[town].allCaps ||
       (town + 1 < tokens.size() && text[tokens[town].end] == '.' &&
        (isWord(tokens[town + 1], "no") || isWord(tokens[town + 1], "nr"))))) {
    --town;
  }
  const std::size_t end = tokens[town].end;
  if (clauseEnds(in, town) || (end < text.size() && text[end] == '?')) return town;
  if (town + 1 >= tokens.size() || gapBetween(in, town, town + 1) != " ") return npos;
  const Token& next = tokens[town + 1];
  // The sentence goes on: "from Mount Gambier was admitted", "FROM KAKAMEGA PRESENTED ON".
  const bool goesOn = isLower(text[next.start]) || (next.allCaps && tokens[town].allCaps && isNeverNameWord(next)) ||
                      (next.allCaps && !tokens[town].allCaps && next.length() <= 4);
  return goesOn ? town : npos;
}

// Where a patient lives or was born, after the Italian, Portuguese and Spanish cues of a case's
// header: "Rossi Mario, 73 anni, residente a Matera", "Paciente: ..., 34 anos, natural de Chapecó"
// (seed 3535: a slide's and an examination's case line). Token i is "a" after "residente",
// "domiciliato" or "domiciliata", or "de" after "natural" or "vecino"; the town closes its line.
// Returns its last token, or npos.
std::size_t residentOfTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i < 1 || i + 1 >= tokens.size() || gapBetween(in, i - 1, i) != " " || gapBetween(in, i, i + 1) != " ") {
    return npos;
  }
  const Token& cue = tokens[i - 1];
  const bool italian = isWord(tokens[i], "a") && (isWord(cue, "residente") || isWord(cue, "domiciliato") ||
                                                  isWord(cue, "domiciliata"));
  const bool iberian = isWord(tokens[i], "de") && (isWord(cue, "natural") || isWord(cue, "vecino") ||
                                                   isWord(cue, "vecina"));
  if (!italian && !iberian) return npos;
  const std::size_t town = townAt(in, i + 1);
  if (town == npos || plainWordTown(in, i + 1, town) || stateAt(in, i + 1) != npos) return npos;
  const std::size_t end = tokens[town].end;
  const bool lineEnds = end >= text.size() || text[end] == '\n' || text[end] == '\r';
  return lineEnds ? town : npos;
}

// A town in any case at token i: "Buraydah", "HAYESVILLE", "buraydah" on a lower-case line, and a
// town opened by the Arabic article "al" ("al ain", "Al Ain", "al-Khobar"). Returns its last
// token, or npos.
std::size_t townAnyCaseAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  if (i >= tokens.size()) return npos;
  if (isWord(tokens[i], "al") && i + 1 < tokens.size() &&
      (gapBetween(in, i, i + 1) == " " || gapBetween(in, i, i + 1) == "-")) {
    const std::size_t rest = townAnyCaseAt(in, i + 1);
    return rest == i + 1 ? rest : npos;  // "al ain", one word after the article
  }
  std::size_t town = townAt(in, i);
  if (town == npos) town = lowerCaseTownAt(in, i);
  return town;
}

// Where a patient comes from, then the age, as a chat or a voice note introduces a person: "the
// patient reem al-mutairi from buraydah, ninety-six, niece ...", "... from Abha, 73, wife ...".
// Token i is "from"; a town, ", ", an age in words or digits and "," follow. Returns the town's
// last token, or npos.
std::size_t originBeforeAgeTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  if (i + 1 >= tokens.size() || gapBetween(in, i, i + 1) != " ") return npos;
  const std::size_t town = townAnyCaseAt(in, i + 1);
  if (town == npos || town + 1 >= tokens.size() || gapBetween(in, town, town + 1) != ", ") return npos;
  // The age: "ninety-six", "seventy", "one hundred", "73", then a comma.
  std::size_t age = town + 1;
  const Token& a = tokens[age];
  if (a.allDigits) {
    if (a.length() > 3) return npos;
  } else if (tensWord(a.lower) > 0) {
    if (age + 1 < tokens.size() && gapBetween(in, age, age + 1) == "-" && unitWord(tokens[age + 1].lower) > 0) ++age;
  } else if (teenWord(a.lower) > 0 || (unitWord(a.lower) > 0 && a.lower != "one")) {
  } else if (isWord(a, "one") && age + 1 < tokens.size() && isWord(tokens[age + 1], "hundred")) {
    ++age;
  } else {
    return npos;
  }
  if (age + 1 >= tokens.size() || gapBetween(in, age, age + 1) != ", " || !tokens[age + 1].hasLetter) return npos;
  return plainWordTown(in, i + 1, town) ? npos : town;
}

// A patient going home to a town with a relative, as a voice note says it: "going home to
// hayesville with his brother", "discharged home to Paonia with her partner". Token i is "to"
// after "home"; the town, " with " and a possessive or an article follow. Returns the town's last
// token, or npos.
std::size_t homeToTownWithAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  if (i < 1 || i + 1 >= tokens.size() || !isWord(tokens[i - 1], "home") || gapBetween(in, i - 1, i) != " " ||
      gapBetween(in, i, i + 1) != " ") {
    return npos;
  }
  const std::size_t town = townAnyCaseAt(in, i + 1);
  if (town == npos || town + 2 >= tokens.size() || gapBetween(in, town, town + 1) != " " ||
      !isWord(tokens[town + 1], "with") || gapBetween(in, town + 1, town + 2) != " ") {
    return npos;
  }
  static constexpr std::array<std::string_view, 6> kWhose = {"his", "her", "their", "a", "family", "husband"};
  if (std::find(kWhose.begin(), kWhose.end(), tokens[town + 2].lower) == kWhose.end() &&
      !kinWord(tokens[town + 2])) {
    return npos;
  }
  return plainWordTown(in, i + 1, town) ? npos : town;
}

// The town of a Brazilian health unit, as a scheduling message names it: "consulta ... na unidade
// de caruaru.", "NA UNIDADE DE CAMPINA GRANDE.", "na unidade de juazeiro do norte." Token i is
// "unidade" after "na"; "de", the town (in any case, joined by its particle) and the clause's end
// follow. The units of a hospital ("unidade de terapia intensiva", "unidade de saúde", "unidade de
// internação") are no towns. Returns the town's last token, or npos.
std::size_t healthUnitTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  if (i < 1 || i + 2 >= tokens.size() || !isWord(tokens[i - 1], "na") || !isWord(tokens[i + 1], "de") ||
      gapBetween(in, i - 1, i) != " " || gapBetween(in, i, i + 1) != " " || gapBetween(in, i + 1, i + 2) != " ") {
    return npos;
  }
  static constexpr std::array<std::string_view, 16> kUnits = {
      "sa\u00fade", "sa\u00dade", "saude", "interna\u00e7\u00e3o", "internacao", "emerg\u00eancia", "emergencia",
      "urg\u00eancia", "urgencia", "terapia", "cuidados", "dor", "coleta", "refer\u00eancia", "pronto", "atendimento"};
  if (std::find(kUnits.begin(), kUnits.end(), tokens[i + 2].lower) != kUnits.end()) return npos;
  std::size_t town = townAnyCaseAt(in, i + 2);
  if (town == npos) return npos;
  // "juazeiro do norte", "Campina Grande": a particle and one more word.
  if (town + 2 < tokens.size() && gapBetween(in, town, town + 1) == " " && gapBetween(in, town + 1, town + 2) == " ") {
    const std::string_view p = tokens[town + 1].lower;
    if ((p == "do" || p == "da" || p == "dos" || p == "das") && tokens[town + 2].hasLetter && !tokens[town + 2].hasDigit &&
        tokens[town + 2].length() >= 3) {
      town += 2;
    }
  }
  // "campina grande.": a second word closing the clause.
  if (!clauseEnds(in, town) && town + 1 < tokens.size() && gapBetween(in, town, town + 1) == " " &&
      tokens[town + 1].hasLetter && !tokens[town + 1].hasDigit && tokens[town + 1].length() >= 3 &&
      clauseEnds(in, town + 1)) {
    ++town;
  }
  if (!clauseEnds(in, town)) return npos;
  return plainWordTown(in, i + 2, town) ? npos : town;
}


namespace {

// A word that says a person was born, before the date of birth: "geb. am", "Nato/a il", "née le",
// "born", "nacido el" (seed 3838: German, Italian and French registry lines).
bool birthWord(const Token& w) {
  static constexpr std::array<std::string_view, 11> kBorn = {"born",   "geb",   "geboren", "nato",   "nata",  "nati",
                                                             "n\u00e9", "n\u00e9e", "nacido",  "nacida", "nascido"};
  return std::find(kBorn.begin(), kBorn.end(), w.lower) != kBorn.end();
}

// A word joining the birth word to its date: "am", "il", "le", "on", "el", "em", and the "a" of
// Italian "Nato/a".
bool birthDateJoin(const ScanInput& in, std::size_t k) {
  const std::string_view w = in.tokens[k].lower;
  if (w == "a") return k > 0 && gapBetween(in, k - 1, k) == "/";
  return w == "am" || w == "il" || w == "le" || w == "on" || w == "el" || w == "em";
}

// A Roman month of a date in capitals: "24.I.1928", "9.VII.1930".
bool romanMonth(const Token& w) {
  if (!w.allCaps || w.length() > 4) return false;
  return std::all_of(w.lower.begin(), w.lower.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

}  // namespace

namespace {

// A date of birth ending in its year at token `year`, after a birth word: "geb. am 3. Juni 1922",
// "Nato/a il 24.I.1928", "b. October 16, 1950" (the abbreviated "b." only when `abbreviated`).
bool birthDateEndsAt(const ScanInput& in, std::size_t year, bool abbreviated) {
  const auto& tokens = in.tokens;
  if (!tokens[year].allDigits || (tokens[year].length() != 4 && tokens[year].length() != 2)) return false;
  int words = 0;
  for (std::size_t back = 1; back <= 7 && back <= year; ++back) {
    const std::size_t k = year - back;
    const Token& w = tokens[k];
    if (!gapOnly(gapBetween(in, k, k + 1), " /-.,", 3)) return false;
    if (birthWord(w)) return back >= 2;
    // Without a preposition only the card's "b." ("NATO IL 25.05.2022 ALLE ORE 17:32" gives the
    // hour of a birth).
    if (abbreviated) {
      if (w.lower == "b" && gapBetween(in, k, k + 1) == ". ") return back >= 2 && words == 1;
      if (birthWord(w)) return false;
    }
    if (w.allDigits && w.length() <= 4) continue;
    if (romanMonth(w) || birthDateJoin(in, k)) continue;
    // One month word in any language: "Juni", "Sept.", "mai", "October".
    if (!w.hasDigit && w.hasLetter && w.length() <= 9 && ++words <= 1) continue;
    return false;
  }
  return false;
}

// The birth town from token `first`: it closes its clause or the line, or the next field's label
// follows ("Bamberg Wohnhaft:", "Caltanissetta Codice fiscale:", "Moose Jaw Tel."). Returns its
// last token, or npos.
std::size_t birthTownFrom(const ScanInput& in, std::size_t first) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  std::size_t town = townAt(in, first);
  // After a date of birth capitalised words name the town even when they are ordinary ones
  // ("Moose Jaw", "Broken Hill"); up to three.
  if (town == npos) {
    for (std::size_t k = first; k < first + 3 && k < tokens.size(); ++k) {
      const Token& w = tokens[k];
      if (!w.properShape() || w.hasDigit || w.length() < 3 || isTitleWord(w) || isCredentialWord(w) ||
          (k > first && gapBetween(in, k - 1, k) != " ")) {
        break;
      }
      town = k;
    }
    if (town == npos || (town == first && plainWordTown(in, first, town))) return npos;
  }
  if (plainWordTown(in, first, town) || monthOrWeekday(tokens[first])) return npos;
  // A label: a capitalised word and at most one more before ':', or a telephone's ("Tel.").
  auto labelAt = [&](std::size_t k) {
    if (!tokens[k].properShape()) return false;
    const std::string_view w = tokens[k].lower;
    if ((w == "tel" || w == "t\u00e9l" || w == "phone") && tokens[k].end < text.size() &&
        (text[tokens[k].end] == '.' || text[tokens[k].end] == ':')) {
      return true;
    }
    for (std::size_t j = k; j < k + 2 && j < tokens.size(); ++j) {
      if (j > k && gapBetween(in, j - 1, j) != " ") return false;
      if (tokens[j].end < text.size() && text[tokens[j].end] == ':') return !tokens[j].hasDigit;
    }
    return false;
  };
  while (town > first && labelAt(town)) --town;
  if (clauseEnds(in, town) || town + 1 >= tokens.size()) return town;
  const std::string_view gap = gapBetween(in, town, town + 1);
  if (gap.size() >= 2 && isInlineSpace(gap, 16)) return town;
  return gap == " " && labelAt(town + 1) ? town : npos;
}

}  // namespace

// Where a person was born, after the date of birth: "geb. am 3. Juni 1922 in Bamberg Wohnhaft:",
// "Nato/a il 24.I.1928 a Caltanissetta Codice fiscale:", "n\u00e9e le 2 mai 1950 \u00e0 Quimper," (seed
// 3838: registry and insurance lines name the birth town so). Token i is "in", "a" or "\u00e0";
// before it a date of digits, a month word or a Roman month, and before the date a birth word.
// Returns the town's last token, or npos.
std::size_t birthPlaceTownAt(const ScanInput& in, std::size_t i) {
  if (i < 3 || i + 1 >= in.tokens.size() || gapBetween(in, i - 1, i) != " " || gapBetween(in, i, i + 1) != " " ||
      !birthDateEndsAt(in, i - 1, false)) {
    return std::string_view::npos;
  }
  return birthTownFrom(in, i + 1);
}

// The birth town right after the date, as a card writes it: "b. October 16, 1950 Moose Jaw Tel.
// (204) 752-2552", or on a line of its own under the date (seed 3838: a Canadian index card). Token i is the year. Returns the town's last
// token, or npos.
std::size_t bornDateTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  if (i < 3 || i + 1 >= in.tokens.size() || !birthDateEndsAt(in, i, true)) return npos;
  // On the same line, or alone on the next line of a card ("b. October 16, 1950\nMoose Jaw\nTel.").
  const std::string_view gap = gapBetween(in, i, i + 1);
  const bool nextLine = gap == "\n" || gap == "\r\n";
  if (gap != " " && !nextLine) return npos;
  // With no preposition a given name and more may be the next person's ("born 12 May 1950 Mary
  // Smith").
  const std::size_t town = birthTownFrom(in, i + 1);
  if (town != npos && town > i + 1 && (in.tokens[i + 1].classes & WordClass::kGiven)) return npos;
  if (town != npos && nextLine) {
    const std::size_t end = in.tokens[town].end;
    if (end < in.text.size() && in.text[end] != '\n' && in.text[end] != '\r') return npos;
  }
  return town;
}

// An Irish county after "Co.", and the townlands and towns before it set off by commas:
// "Ballyvourney, Co. Cork", "Knockanure, Listowel, Co. Kerry" (seed 3838: a consultant's letter
// heads its patient so). Token i is "Co". The counties are the island's thirty-two; a word
// before that is a person's (a title or a given name opens it) stays out. Returns the first
// token of the place through `last` (its county), or npos.
std::size_t irishCountyPlaceAt(const ScanInput& in, std::size_t i, std::size_t& last) {
  constexpr std::size_t npos = std::string_view::npos;
  static constexpr std::array<std::string_view, 32> kCounties = {
      "antrim", "armagh",   "carlow",    "cavan",     "clare",    "cork",      "derry",   "donegal",
      "down",   "dublin",   "fermanagh", "galway",    "kerry",    "kildare",   "kilkenny", "laois",
      "leitrim", "limerick", "longford", "louth",     "mayo",     "meath",     "monaghan", "offaly",
      "roscommon", "sligo", "tipperary", "tyrone",    "waterford", "westmeath", "wexford", "wicklow"};
  const auto& tokens = in.tokens;
  // After a comma, as the last part of a place ("Acme Co. Down the hall" is a company's).
  if (i == 0 || i + 1 >= tokens.size() || in.text.substr(tokens[i].start, 2) != "Co" ||
      gapBetween(in, i, i + 1) != ". " || gapBetween(in, i - 1, i) != ", ") {
    return npos;
  }
  const Token& county = tokens[i + 1];
  if (!county.properShape() || std::find(kCounties.begin(), kCounties.end(), county.lower) == kCounties.end()) {
    return npos;
  }
  // (A genealogy file's place of an ancestor's birth or death is history, not a patient's address:
  // "2 PLAC Carrick-on-Shannon, Co. Kerry, Ireland", seed 3636.)
  if (rfindWordCaseless(sameLineBefore(in.text, tokens[i].start, 64), "plac") != npos) return npos;
  // A postal address's county before its Eircode is the address rules' ("Kilcraney, Co. Laois, R42
  // PRV1", seed 2121).
  if (i + 3 < tokens.size() && gapBetween(in, i + 1, i + 2) == ", " && tokens[i + 2].hasDigit) return npos;
  last = i + 1;
  std::size_t first = i;
  // Up to three places before, each of one to three capitalised words after ", ".
  for (int places = 0; places < 3 && first > 0 && gapBetween(in, first - 1, first) == ", "; ++places) {
    std::size_t k = first - 1;
    std::size_t words = 1;
    while (k > 0 && words < 3 && gapBetween(in, k - 1, k) == " " && tokens[k - 1].properShape()) {
      --k;
      ++words;
    }
    bool place = true;
    for (std::size_t j = k; j < first; ++j) {
      const Token& w = tokens[j];
      place = place && w.properShape() && !w.hasDigit && w.length() >= 3 && !isTitleWord(w) && !isCredentialWord(w);
      // An ordinary word is no townland ("Staff, Co. Clare office").
      place = place && !((w.classes & WordClass::kEnglish) && !(w.classes & (WordClass::kGiven | WordClass::kFamily)));
    }
    // A person's name before the place ("Re: Declan Brennan, Ballyvourney"), or a word in lower
    // case or a title just before the run.
    // The run is a whole part of the place: after a comma, a label or a line's start, not the
    // end of a street's name ("167 B\u00f3thar na Tr\u00e1, Kilcraney, Co. Laois" starts at the
    // street, another rule's).
    const std::string_view opener = k > 0 ? gapBetween(in, k - 1, k) : std::string_view("\n");
    const bool wholePart = opener == ", " || opener.ends_with(": ") || opener.find('\n') != std::string_view::npos;
    if (!place || !wholePart || (tokens[k].classes & WordClass::kGiven)) break;
    first = k;
  }
  return first;
}

namespace {

// A unit of years after an age's number: "75 yrs", "43 anos", "96 ANOS", "93 ans", "71 a\u00f1os".
bool ageUnit(const Token& w) {
  static constexpr std::array<std::string_view, 8> kUnits = {"yrs", "years", "yo", "anos", "ans", "a\u00f1os", "jahre", "j"};
  return std::find(kUnits.begin(), kUnits.end(), w.lower) != kUnits.end();
}

// A word of a person's state that may follow the age where a town would ("45 anos, casada,").
bool personStateWord(const Token& w) {
  static constexpr std::array<std::string_view, 16> kStates = {
      "casado", "casada", "solteiro", "solteira", "soltero", "soltera", "vi\u00favo", "vi\u00fava",
      "viudo", "viuda", "divorciado", "divorciada", "masculino", "feminino", "femenino", "wdowa"};
  return std::find(kStates.begin(), kStates.end(), w.lower) != kStates.end();
}

// Whether a telephone's label follows on the line after byte `from` within a few words: ", tel
// +351 22 ...", ", brat j\u00f3zef wi\u015bniewski tel +48 ...".
bool phoneLabelAhead(const ScanInput& in, std::size_t town) {
  const auto& tokens = in.tokens;
  for (std::size_t k = town + 1; k < tokens.size() && k <= town + 5; ++k) {
    const std::string_view gap = gapBetween(in, k - 1, k);
    if (gap.find('\n') != std::string_view::npos || gap.find('|') != std::string_view::npos) return false;
    const std::string_view w = tokens[k].lower;
    if (w == "tel" || w == "t\u00e9l" || w == "ph" || w == "phone" || w == "telefone" || w == "tel\u00e9fono") return true;
  }
  return false;
}

}  // namespace

// The town right after the age that introduces a person, as registers and visit logs list them:
// "| NJERI KARANJA | 75 yrs | Nakuru | ID ...", "maria ferreira, 75 anos, bragan\u00e7a, tel +351
// ...", "halina kami\u0144ska, lat 98, bia\u0142ystok, brat ... tel" (seed 3838). Token i opens the
// town: a pipe table's cell after a cell of the age, or after the age set off by commas with a
// telephone's label following on the line. Returns the town's last token, or npos.
std::size_t ageThenTownAt(const ScanInput& in, std::size_t i) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto& tokens = in.tokens;
  if (i < 3 || i + 1 >= tokens.size()) return npos;
  const std::string_view before = gapBetween(in, i - 1, i);
  const bool cell = before == " | ";
  if (!cell && before != ", ") return npos;
  // The age: "75 yrs", or the Polish "lat 98" (years before the number).
  const Token& a = tokens[i - 1];
  std::size_t ageStart = npos;
  if (ageUnit(a) && tokens[i - 2].allDigits && tokens[i - 2].length() <= 3 && gapBetween(in, i - 2, i - 1) == " ") {
    ageStart = i - 2;
  } else if (!cell && a.allDigits && a.length() <= 3 && isWord(tokens[i - 2], "lat") &&
             gapBetween(in, i - 2, i - 1) == " ") {
    ageStart = i - 2;
  }
  if (ageStart == npos || ageStart == 0 || gapBetween(in, ageStart - 1, ageStart) != before) return npos;
  const std::size_t town = townAnyCaseAt(in, i);
  if (town == npos || plainWordTown(in, i, town) || personStateWord(tokens[i]) || monthOrWeekday(tokens[i]) ||
      town + 1 >= tokens.size()) {
    return npos;
  }
  const std::string_view after = gapBetween(in, town, town + 1);
  if (cell) return after == " | " || after == " |" ? town : npos;
  // (Not in capitals: a line in capitals reads its names by the fields around them, the town's
  // among them; "ROSA MARIA GON\u00c7ALVES, 96 ANOS, VISEU, TEL".)
  // (An OCR'd lower-case letter may sit inside: "BIA\u0142YSTOK", "BRAGAN\u00e7A".)
  const std::string_view text = in.text;
  if (isUpper(text[tokens[i].start]) && tokens[i].length() > 1 && isUpper(text[tokens[i].start + 1])) return npos;
  return after == ", " && phoneLabelAhead(in, town) ? town : npos;
}

}  // namespace concord::phi::detail
