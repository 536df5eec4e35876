// Name scanner: runs of capitalised words that have a name's shape but name a facility, a street,
// an unidentified patient or a unit. Registries, trials and transfer paperwork of many countries
// write facilities in their own language ("Ospedale San Gerardo", "Hospital das Clínicas de
// Pernambuco", "Noorderzee Ziekenhuis", "Brgy. Bagong Silang"), and no rule that finds people
// should take them.
#include <algorithm>
#include <array>

#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Nouns of hospitals, institutes, committees and districts in the languages of registry and
// trial paperwork: a run that holds one, or follows one, names a place or a body, not a person.
// (No entry is a surname; English "Hospital" and "Clinic" are left to institutionContext, which
// also knows the words of a place's name that come after.)
bool isFacilityNoun(std::string_view lower) {
  static constexpr std::array<std::string_view, 53> kNouns = {
      "ospedale", "policlinico", "azienda", "institut", "instituto", "istituto", "institutet", "hopital",
      "h\u00f4pital", "clinique", "cl\u00ednica", "clinica", "ziekenhuis", "sjukhus", "universitetssjukhus",
      "krankenhaus", "klinikum", "universit\u00e4tsklinikum", "hospitais", "laboratories", "laboratorio",
      "laborat\u00f3rio", "comitato", "commissie", "ministerio", "minist\u00e9rio", "secretar\u00eda",
      // Districts of an address: "Brgy. Bagong Silang", "Bairro Cidade Nova", "Colonia Jardines del Sur".
      "brgy", "barangay", "bairro", "colonia", "kelurahan", "terminal", "authority",
      // Dutch and Spanish centres: "Zeekant Medisch Centrum", "AUDIOLOGISCH CENTRUM", "CENTRO DE
      // DIÁLISIS" (seed 2525).
      "centrum", "centro",
      // Quebec's local community health centres, long-term care centres and their regional
      // boards ("CLSC de Rimouski", "CHSLD Saint-Joseph", "CIUSSS du Saguenay"), seed 2727.
      "clsc", "chsld", "cisss", "ciusss",
      // French, Spanish and Portuguese hospitals and clinics of Africa and Latin America ("Cliniques
      // Universitaires de Kinshasa", "Polyclinique Sainte-Anne", "Policlínica Metropolitana",
      // "Dispensaire Saint-Joseph", "Hôpitaux Universitaires").
      "cliniques", "polyclinique", "polic\u00ednica", "policlinica", "dispensaire", "h\u00f4pitaux", "hopitaux",
      // Military barracks of the world, where a soldier's clinic is ("Luqa Barracks", "Caserne
      // Mangin", "Cuartel San Martín", "Quartel General").
      "barracks", "caserne", "cuartel", "quartel", "kaserne", "kazarma"};
  return listHas(kNouns, lower);
}

// Abbreviated hospitals and services written before the town they serve: Austrian and German
// district, state and university hospitals ("BKH St. Johann", "LKH Villach", "KH Hietzing") and
// the telemedical maritime assistance services ("TMAS Oulu"), seed 2929.
bool isHospitalAbbreviation(std::string_view lower) {
  // (And French-speaking Africa's national university hospitals and blood transfusion centres
  // before their town: "CNHU Cotonou", "CNTS Bujumbura".)
  static constexpr std::array<std::string_view, 7> kAbbreviations = {"bkh", "lkh", "ukh", "akh", "tmas", "cnhu", "cnts"};
  return listHas(kAbbreviations, lower);
}

// Particles that join a facility's noun to the rest of its name: "Hospital General de Zona",
// "Hospital das Clínicas".
bool isPlaceParticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kParticles = {"de", "del", "da", "das", "do", "dos",
                                                                  "di", "dei", "della", "des", "du", "van"};
  return listHas(kParticles, lower);
}

// The words of NATO's spelling alphabet, which trauma bays use for unidentified patients'
// aliases ("TRAUMA, ZULU", "Doe, Kilo", "UNKNOWN, QUEBEC").
bool isSpellingAlphabetWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 27> kWords = {
      "alpha", "alfa",   "bravo", "charlie", "delta",   "echo",  "foxtrot", "golf",    "hotel",
      "india", "juliet", "juliett", "kilo",  "lima",    "mike",  "november", "oscar",  "papa",
      "quebec", "romeo", "sierra", "tango",  "uniform", "victor", "whiskey", "xray",   "yankee"};
  return lower == "zulu" || listHas(kWords, lower);
}

bool isAliasFamilyWord(std::string_view lower) {
  return lower == "doe" || lower == "trauma" || lower == "unknown" || lower == "unidentified" || lower == "unk";
}

// Street types written out in full after a street's name ("Kakamega Road", "Nii Okaiman Street"),
// and the short forms that are no title or saint ("Buttonbush Ave", "Tinsmith Hwy"; not "St",
// "Dr"). None but "Street" and "Lane" is a surname.
bool isFullStreetWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "road",    "street", "avenue",  "lane", "boulevard", "highway",  "avenida", "rua", "calle", "trail", "run",
      "parkway", "expressway", "freeway", "turnpike", "ave", "av", "blvd", "hwy", "pkwy", "rd", "ln"};
  return listHas(kWords, lower);
}

// Turkish street and quarter types after the name, written out or shortened with a full stop
// before the house number, a comma or the street of the quarter ("Lale Sok. No: 68", "Hürriyet
// Mah. Menekşe Sok. No: 78", "Atatürk Cad., Konak"; "Mah" and "Sok" alone are surnames: "Linda
// Mah", "with his wife, Oleg Sok. Follow up").
bool turkishStreetWord(const ScanInput& in, std::size_t k, bool quarterOk) {
  const std::vector<Token>& tokens = in.tokens;
  const Token& t = tokens[k];
  static constexpr std::array<std::string_view, 7> kFull = {"sokak", "sokağı", "mahallesi", "caddesi", "bulvarı",
                                                            "sokaği", "bulvari"};
  static constexpr std::array<std::string_view, 4> kShort = {"sok", "mah", "cad", "bulv"};
  if (listHas(kFull, t.lower)) return true;
  if (!listHas(kShort, t.lower) || t.end >= in.text.size() || in.text[t.end] != '.') return false;
  if (t.end + 1 < in.text.size() && in.text[t.end + 1] == ',') return true;
  if (k + 1 >= tokens.size() || gapBetween(in, k, k + 1) != ". ") return false;
  const Token& next = tokens[k + 1];
  if (next.lower == "no" || next.allDigits) return true;
  return quarterOk && k + 2 < tokens.size() && gapBetween(in, k + 1, k + 2) == " " && turkishStreetWord(in, k + 2, false);
}

bool turkishStreetWord(const ScanInput& in, std::size_t k) { return turkishStreetWord(in, k, true); }

// Street types that are surnames too ("Margaret Court", "Lois Lane", "Rosamund Pike"): a street
// only where streets are named, at a crossing or a block.
// ("152 Possumhaw Park", "31 Anchorage Crescent": Irish and British estates, seed 2525.)
bool isSurnameStreetWord(std::string_view lower) {
  return lower == "street" || lower == "lane" || lower == "court" || lower == "pike" || lower == "way" ||
         lower == "park" || lower == "crescent";
}


// Directions that end a region's name after "del"/"de": "Davao del Norte", "Surigao del Sur".
bool isRegionDirection(std::string_view lower) {
  return lower == "norte" || lower == "sur" || lower == "este" || lower == "oeste";
}

// Care units written in capitals after a facility's name: "Mercy Pointe ICU bed 4", "Sable Ridge ED".
bool isCareUnit(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kUnits = {"ed", "er", "icu", "micu", "sicu", "nicu", "picu", "pacu"};
  return listHas(kUnits, lower);
}

}  // namespace

bool placeNumberWordBefore(const ScanInput& in, std::size_t number) {
  // "Bed 12 Minji Park", "Room 4 Sunny Park", "Bay 3", "Cot 2": a ward's place, not a house.
  static constexpr std::array<std::string_view, 12> kWords = {"bed", "room", "rm", "bay", "cot", "chair",
                                                              "pod", "ward", "unit", "stretcher", "trolley", "cubicle"};
  return number > 0 && listHas(kWords, in.tokens[number - 1].lower) && isInlineSpace(gapBetween(in, number - 1, number), 2);
}

bool streetNameBefore(const ScanInput& in, std::size_t k) {
  const std::vector<Token>& tokens = in.tokens;
  for (std::size_t words = 1; words <= 3 && k >= words + 1; ++words) {
    const std::size_t w = k - words;
    if (gapBetween(in, w, w + 1) != " " || !tokens[w].properShape() || tokens[w].hasDigit) return false;
    if (tokens[w - 1].allDigits && gapBetween(in, w - 1, w) == " ") return !placeNumberWordBefore(in, w - 1);
  }
  return false;
}

bool dutchStreetWord(const Token& t) {
  for (std::string_view type : {"straat", "plein", "gracht", "singel", "steeg"}) {
    if (t.lower.size() >= type.size() + 3 && t.lower.ends_with(type)) return true;
  }
  return false;
}

bool japaneseAreaSuffixAfter(const ScanInput& in, std::size_t k) {
  // The suffixes of Japanese prefectures, cities, wards, towns and villages written after a hyphen
  // in romanised addresses. ("haruto-ken" in a lower-case note is a given name's parts: the place
  // is in Title case, or in capitals with its suffix.)
  static constexpr std::array<std::string_view, 9> kSuffixes = {"to", "fu", "ken", "shi", "ku", "cho", "machi", "gun", "mura"};
  const std::vector<Token>& tokens = in.tokens;
  if (k + 1 >= tokens.size() || gapBetween(in, k, k + 1) != "-" || !listHas(kSuffixes, tokens[k + 1].lower)) return false;
  const Token& word = tokens[k];
  const Token& suffix = tokens[k + 1];
  return (word.capitalised && !suffix.capitalised && !suffix.allCaps) || (word.allCaps && suffix.allCaps);
}

bool deviceModel(const ScanInput& in, std::size_t first) {
  // "Kangaroo pump Joey set at 25 mL/h": one word right after a device's noun in lower case is
  // its model (a person who sets a pump is written "pump set by Joey").
  const std::vector<Token>& tokens = in.tokens;
  if (first == 0 || first >= tokens.size() || gapBetween(in, first - 1, first) != " " ||
      !isLower(in.text[tokens[first - 1].start])) {
    return false;
  }
  static constexpr std::array<std::string_view, 7> kDevices = {"pump",   "monitor",   "incubator", "ventilator",
                                                               "warmer", "nebuliser", "nebulizer"};
  return listHas(kDevices, tokens[first - 1].lower);
}

bool familyInitialAfter(const ScanInput& in, std::size_t k) {
  const std::vector<Token>& tokens = in.tokens;
  if (k == 0 || k >= tokens.size() || tokens[k].length() != 1 || gapBetween(in, k - 1, k) != " ") return false;
  const char c = in.text[tokens[k].start];
  if (!(isUpper(c) || isLower(c)) || !tokens[k - 1].properShape() || tokens[k - 1].length() < 2) return false;
  const std::size_t dot = tokens[k].end;
  if (dot >= in.text.size() || in.text[dot] != '.') return false;
  // What follows the period: the end, a line break, a quote, a bracket or two spaces; a single
  // space only before a lower-case word or a digit ("Ruchika F. (gr 3)", "N. 2 puffs").
  const std::string_view rest = in.text.substr(dot + 1);
  if (rest.empty() || rest[0] == '\n' || rest[0] == '\r' || rest[0] == '"' || rest[0] == ')' || rest[0] == ',' ||
      rest[0] == ';' || rest.starts_with("  ") || rest.starts_with(" (")) {
    return true;
  }
  return rest.size() >= 2 && rest[0] == ' ' && (isLower(rest[1]) || isDigit(rest[1]));
}

namespace {

// A particle of a family name in the case of the name it joins: lower case ("ten Hove"), capitals
// in a name in capitals ("DE GROOT"), or Title case for the particles that are written so ("Te
// Rangi-Hoani", "St. Clair", "Van Buskirk"). Maori "Te", Welsh "ab" and "St" are no particles
// of the name rules, which read them as words.
bool particleOfName(const ScanInput& in, const Token& t, bool capitals) {
  static constexpr std::array<std::string_view, 17> kTitled = {"te", "de", "di", "da", "van", "von", "la", "du", "dos",
                                                               "das", "ten", "ter", "ab", "ap", "st", "del", "della"};
  const bool particle = (t.classes & WordClass::kParticle) || t.lower == "te" || t.lower == "ab" || t.lower == "st";
  if (!particle || t.hasDigit) return false;
  if (isLower(in.text[t.start])) return t.lower != "st";
  if (t.allCaps && t.length() >= 2) return capitals;
  return t.capitalised && !capitals && listHas(kTitled, t.lower);
}

// A word of a family name after a particle: "Hove", "GROOT", "Rangi-Hoani" (an English word too:
// the particle vouches for it, "ten Hove", "de Bruin").
bool familyWordAfterParticle(const Token& t, bool capitals) {
  constexpr WordClassBits kNoName = WordClass::kNever | WordClass::kTitle | WordClass::kCredential |
                                    WordClass::kRoleNoun | WordClass::kKinNoun | WordClass::kEponymTrigger |
                                    WordClass::kStateCode | WordClass::kStreetSuffix;
  if (!t.properShape() || t.hasDigit || t.length() < 2 || t.allCaps != capitals || (t.classes & kNoName)) return false;
  const bool listed = (t.classes & (WordClass::kGiven | WordClass::kFamily)) != 0;
  return listed || !hasClinicalEnding(t.lower);
}

}  // namespace

void widenOverParticles(const ScanInput& in, std::size_t& first, std::size_t& last, std::size_t floorByte,
                        std::size_t ceilByte, const std::vector<char>* blocked) {
  const std::vector<Token>& tokens = in.tokens;
  const auto free = [&](std::size_t k) { return blocked == nullptr || !(*blocked)[k]; };
  const bool capitals = tokens[last].allCaps && tokens[last].length() >= 2;
  const auto particleGap = [&](std::size_t p) {
    // ("St. Clair": the saint's period.)
    const std::string_view g = gapBetween(in, p, p + 1);
    return tokens[p].lower == "st" ? g == ". " : g == " ";
  };
  // Forward: one or two particles, then a family word.
  for (std::size_t p = last + 1; p < tokens.size() && p <= last + 2; ++p) {
    if (gapBetween(in, p - 1, p) != " " || !free(p) || !particleOfName(in, tokens[p], capitals) ||
        p + 1 >= tokens.size() || !particleGap(p)) {
      break;
    }
    const std::size_t f = p + 1;
    if (tokens[f].end <= ceilByte && free(f) && familyWordAfterParticle(tokens[f], capitals)) {
      last = f;
      break;
    }
  }
  // Backward: particles, an apostrophe's "O'" / "D'", then an initial ("H. la Fontaine").
  std::size_t b = first;
  while (b > 0 && tokens[b - 1].start >= floorByte && free(b - 1) && particleGap(b - 1) &&
         particleOfName(in, tokens[b - 1], capitals) && b + 2 > first) {
    --b;
  }
  // A particle in lower case leads a name only after an initial or at a field's start ("H. la
  // Fontaine", "Triplet 2  dos Santos-Ribeiro"): in Spanish prose "hija de Marisol" is a phrase.
  if (b < first && isLower(in.text[tokens[b].start])) {
    const bool initialBefore = b > 0 && tokens[b - 1].length() == 1 && isUpper(in.text[tokens[b - 1].start]) &&
                               gapBetween(in, b - 1, b) == ". ";
    const std::string_view g = b > 0 ? gapBetween(in, b - 1, b) : std::string_view("\n");
    const bool fieldStart = g.find('\n') != std::string_view::npos || g.ends_with(": ") || g.ends_with("  ") ||
                            g.ends_with("\t") || g.ends_with("\"");
    if (!initialBefore && !fieldStart) b = first;
  }
  if (b > 0 && tokens[b - 1].start >= floorByte && free(b - 1) && tokens[b - 1].length() == 1 &&
      isUpper(in.text[tokens[b - 1].start]) && (gapBetween(in, b - 1, b) == "'" || gapBetween(in, b - 1, b) == "\u2019")) {
    --b;
  }
  if (b < first && b > 0 && tokens[b - 1].start >= floorByte && free(b - 1) && tokens[b - 1].length() == 1 &&
      isUpper(in.text[tokens[b - 1].start]) && gapBetween(in, b - 1, b) == ". ") {
    --b;
  }
  first = b;
}

bool hyphenNamePart(const ScanInput& in, std::size_t k, std::size_t partner) {
  const std::vector<Token>& tokens = in.tokens;
  if (k >= tokens.size() || partner >= tokens.size()) return false;
  const Token& t = tokens[k];
  const Token& p = tokens[partner];
  if (gapBetween(in, std::min(k, partner), std::max(k, partner)) != "-") return false;
  if (!t.properShape() || t.hasDigit || t.length() < 2 || t.allCaps != p.allCaps) return false;
  // ("Tay-Sachs", "Non-Hodgkin", "Maxi-Cosi", "Midwifery-Led": vocabulary, eponyms and brands.)
  constexpr WordClassBits kNoName = WordClass::kNever | WordClass::kTitle | WordClass::kCredential |
                                    WordClass::kRoleNoun | WordClass::kKinNoun | WordClass::kEponymTrigger |
                                    WordClass::kStateCode | WordClass::kStreetSuffix;
  if ((t.classes & kNoName) || (p.classes & (WordClass::kNever | WordClass::kEponymName))) return false;
  // ("Muthoni-Graves" is a family name; "Basedow-Graves disease" is none.)
  if ((t.classes & WordClass::kEponymName) && eponymFollows(in, std::max(k, partner), 4)) return false;
  const bool listed = (t.classes & (WordClass::kGiven | WordClass::kFamily)) != 0;
  if (!listed && ((t.classes & WordClass::kEnglish) || hasClinicalEnding(t.lower))) return false;
  // ("PORT-AU-PRINCE", "SAINT-JEAN-DE-LUZ": a short unlisted link of a place's hyphenated chain.)
  const std::size_t outer = k < partner ? k - 1 : k + 1;
  if (!listed && t.length() <= 3 && (k < partner ? k > 0 : k + 1 < tokens.size()) &&
      gapBetween(in, std::min(k, outer), std::max(k, outer)) == "-") {
    return false;
  }
  if (t.classes & WordClass::kParticle) return false;
  // ("Hawkins-Kennedy and Neer positive": a test's result after the pair names eponymous tests.)
  for (std::size_t n = std::max(k, partner) + 1; n < tokens.size() && n <= std::max(k, partner) + 4; ++n) {
    const std::string_view g = gapBetween(in, n - 1, n);
    if (!(g == " " || g == "-" || g == "'" || g == "'s ")) break;
    if (tokens[n].lower == "positive" || tokens[n].lower == "negative") return false;
  }
  // A camel-case brand ("Pfizer-BioNTech").
  if (!t.allCaps) {
    for (std::size_t b = t.start + 1; b < t.end; ++b) {
      if (isUpper(in.text[b]) && isLower(in.text[b - 1])) return false;
    }
  }
  return true;
}

bool firmNounFollows(const ScanInput& in, std::size_t k) {
  // "Ironvale Defense Counsel LLP", "Evenkeel Disability Insurance", "Meridian Point Claimants'
  // Counsel", "Bellwether Life & Annuity": up to three capitalised words of the firm's name, the
  // last its noun ("&" joins words of a firm's name, not of a person's).
  const std::vector<Token>& tokens = in.tokens;
  for (std::size_t end = std::min(k + 3, tokens.size()); k < end && k > 0; ++k) {
    const std::string_view g = gapBetween(in, k - 1, k);
    // ("V. YURIDIA BÉLANGER-ROY AND LODESTAR CASUALTY COMPANY": "and" in capitals joins another party.)
    if (!(isInlineSpace(g, 1) || g == "' " || g == " & ") || !tokens[k].properShape() || tokens[k].lower == "and") {
      return false;
    }
    if (isFirmWord(tokens[k].lower)) return true;
  }
  return false;
}

bool caseCitation(const ScanInput& in, std::size_t first, std::size_t endToken) {
  // "UNDER JAFFEE V. REDMOND, 518 U.S. 1 (1996)", "AND BIRCHFIELD V. NORTH DAKOTA (2016)", "Olmstead
  // v. L.C., 527 U.S. 581": a precedent cited by its parties, then its reporter or its year. (The
  // parties of the patient's own case are written with their roles, "X, Plaintiff, v. Y", and no
  // reporter follows.)
  const std::vector<Token>& tokens = in.tokens;
  const auto versus = [&](std::size_t k) {
    return k > 0 && k + 1 < tokens.size() && (tokens[k].lower == "v" || tokens[k].lower == "vs") &&
           gapBetween(in, k - 1, k) == " " && gapBetween(in, k, k + 1) == ". ";
  };
  std::size_t v = first > 0 ? first - 1 : first;
  while (v <= endToken && v < tokens.size() && !versus(v)) ++v;
  if (v > endToken || v >= tokens.size()) return false;
  // The second party: up to five words ("NORTH DAKOTA", "L.C."), then the reporter or the year.
  std::size_t e = v + 1;
  while (e < tokens.size() && e < v + 6 && !tokens[e].hasDigit) {
    const std::string_view g = e + 1 < tokens.size() ? gapBetween(in, e, e + 1) : std::string_view();
    ++e;
    if (!(g == " " || g == "." || g == ". ")) break;
  }
  if (e == v + 1 || e >= tokens.size()) return false;
  std::string_view g = gapBetween(in, e - 1, e);
  if (g.starts_with(".")) g.remove_prefix(1);
  return tokens[e].allDigits && (g == ", " || (g == " (" && tokens[e].length() == 4));
}

bool literatureCitation(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (first >= tokens.size() || endToken <= first) return false;
  const std::string_view text = in.text;
  static constexpr std::string_view kStudies[] = {"analysis", "study", "series", "review", "trial",
                                                  "cohort",   "report", "survey", "audit"};
  // A study cited by its authors in prose: "the meta-analysis by Okonkwo and Patel (n = 4,112)",
  // "a series by Tanaka et al." (the word of a study, then "by", before the run).
  if (first >= 2 && tokens[first - 1].lower == "by" && isInlineSpace(gapBetween(in, first - 1, first), 1) &&
      listHas(kStudies, tokens[first - 2].lower)) {
    return true;
  }
  if (first >= 4 && tokens[first - 1].lower == "and" && tokens[first - 3].lower == "by" &&
      listHas(kStudies, tokens[first - 4].lower)) {
    return true;
  }
  // The run is an author's: a family name before its initials ("Chowdhury S,", "Okonkwo A,"), an
  // inverted name with its initial ("Smith, J."), or a book's author before its title ("Harrison's").
  // (The run may stop inside a hyphenated family name, as the model's single words do: "García-López M".)
  std::size_t next = endToken;
  while (next < tokens.size() && gapBetween(in, next - 1, next) == "-" && tokens[next].properShape()) ++next;
  // ("Tanaka H, Kim S. Ann Intern Med 2013;117(12)", "Dtsch Arztebl Int 2003;298": a journal's
  // abbreviated title before its year and volume.)
  for (std::size_t k = next; k < tokens.size() && k <= next + 1; ++k) {
    if (tokens[k].allDigits && tokens[k].length() == 4 && tokens[k].end + 1 < text.size() && text[tokens[k].end] == ';' &&
        isDigit(text[tokens[k].end + 1]) && gapBetween(in, k - 1, k) == " ") {
      return true;
    }
    if (!isInlineSpace(gapBetween(in, k - 1, k), 1) || !tokens[k].properShape()) break;
  }
  const bool initialsAfter = next < tokens.size() && tokens[next].allCaps && tokens[next].length() <= 3 &&
                             !tokens[next].hasDigit &&
                             (gapBetween(in, next - 1, next) == " " || gapBetween(in, next - 1, next) == ", ");
  // ("Rahman M", "Smith, J.", "Smith J. Ned Tijdschr": initials inside the run the rules took.)
  bool initialInside = false;
  for (std::size_t k = first + 1; k < endToken && !initialInside; ++k) {
    const std::string_view g = gapBetween(in, k - 1, k);
    initialInside = tokens[k].allCaps && tokens[k].length() <= 3 && !tokens[k].hasDigit && (g == " " || g == ", ");
  }
  // ("New York: McGraw Hill; 2022": the publisher before the year.)
  const bool publisher = next < tokens.size() && gapBetween(in, next - 1, next) == "; " && tokens[next].allDigits &&
                         tokens[next].length() == 4;
  const bool possessive = tokens[endToken - 1].end + 2 <= text.size() &&
                          (text.substr(tokens[endToken - 1].end, 2) == "'s" ||
                           text.substr(tokens[endToken - 1].end, 4) == "\u2019s");
  // (The shape first, the line's reading after: most runs have none of these shapes.)
  if (!(initialsAfter || initialInside || possessive || publisher)) return false;
  const std::size_t lineStart = text.rfind('\n', tokens[first].start) == std::string_view::npos
                                    ? 0
                                    : text.rfind('\n', tokens[first].start) + 1;
  const std::size_t lineEnd = std::min(text.find('\n', tokens[first].start), text.size());
  const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
  // A reference's tail on the same line: "et al.", a journal's "2018;331:...", a DOI, an ISBN, a PMID.
  for (std::string_view word : {"et al", "isbn", "pmid"}) {
    if (rfindWordCaseless(line, word) != std::string_view::npos) return true;
  }
  // (A DOI by its prefix: "doi:10.1136/...", "https://doi.org/..."; not a name that starts so,
  // "Doina", nor an insurer's date of injury, "DOI 6/21/2024".)
  for (std::string_view doi : {"doi:10.", "doi: 10.", "doi.org", "DOI:10.", "DOI: 10.", "DOI 10."}) {
    if (line.find(doi) != std::string_view::npos) return true;
  }
  for (std::size_t semicolon = line.find(';'); semicolon != std::string_view::npos; semicolon = line.find(';', semicolon + 1)) {
    if (semicolon >= 4 && semicolon + 1 < line.size() && isDigit(line[semicolon + 1]) &&
        digitRun(line, semicolon - 4) == 4 && (semicolon == 4 || !isDigit(line[semicolon - 5]))) {
      return true;
    }
  }
  // A BibTeX entry's authors: "author = {Smith, J. and Lee, K.}" (seed 3535; written with
  // initials, as cited works are: a draft's own entry names its authors in full, "author =
  // {Schäfer, Ulrike and ...}", and they are the treating doctors, whom no initials follow).
  const std::string_view before = text.substr(lineStart, tokens[first].start - lineStart);
  const std::size_t author = rfindWordCaseless(before, "author");
  if (author == std::string_view::npos) return false;
  std::string_view rest = before.substr(author + 6);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (!rest.starts_with("=")) return false;
  rest.remove_prefix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return (rest.starts_with("{") || rest.starts_with("\"")) && rest.find('}') == std::string_view::npos;
}

bool streetTypeFollows(const ScanInput& in, std::size_t k) {
  // "Redbud Hollow Ave.", "Mockernut Trail": one or two capitalised words and a street's type
  // that is no surname.
  const std::vector<Token>& tokens = in.tokens;
  for (std::size_t end = std::min(k + 2, tokens.size()); k < end && k > 0; ++k) {
    if (!isInlineSpace(gapBetween(in, k - 1, k), 1) || !tokens[k].properShape()) return false;
    if (isFullStreetWord(tokens[k].lower) && !isSurnameStreetWord(tokens[k].lower)) return true;
    if (turkishStreetWord(in, k)) return true;
  }
  return false;
}

bool NameScanner::streetPlace(std::size_t first, std::size_t endToken) const {
  // "the 9200 block of Cordwainer Lane", "struck at Sweetgum Hwy and Loblolly Court", "Ropewalk
  // Court at Bitternut Pike": a block, or a crossing with another street.
  if (first >= 2 && tokens_[first - 1].lower == "of" && tokens_[first - 2].lower == "block") return true;
  const auto crossing = [](std::string_view g, std::string_view word) {
    return g == " & " || (g == " " && (word == "and" || word == "at"));
  };
  const auto streetWord = [&](std::size_t k) {
    return tokens_[k].properShape() && (isFullStreetWord(tokens_[k].lower) || isStreetSuffix(tokens_[k]));
  };
  // The other street after: "X Court and Y Pike" (its first word, then its type).
  if (endToken + 2 < tokens_.size()) {
    std::size_t k = endToken;
    if (gap(endToken - 1, k) == " " && crossing(" ", tokens_[k].lower)) ++k;
    else if (gap(endToken - 1, k) != " & ") k = 0;
    // ("at Redbud Hollow Ln.": the other street's name may have two words.)
    if (k > endToken - 1 && k + 1 < tokens_.size() && tokens_[k].properShape() &&
        (streetWord(k + 1) || (k + 2 < tokens_.size() && tokens_[k + 1].properShape() && streetWord(k + 2)))) {
      return true;
    }
  }
  // The other street before: "X Hwy and Y Court".
  if (first >= 3) {
    std::size_t k = first - 1;
    if (gap(k, first) == " " && crossing(" ", tokens_[k].lower)) --k;
    else if (gap(k, first) != " & ") return false;
    const std::string_view g = gap(k, k + 1);
    return k > 0 && (g == " " || g == ". " || g == " & ") && streetWord(k) && tokens_[k - 1].properShape();
  }
  return false;
}

bool NameScanner::numberBefore(std::size_t first) const {
  // "106, Kakamega Road", "109 Mabini Street": the house number right before the street's name.
  // ("Witness 1: Sjoerd Pike", "scheduled 12-09. Sjoerd Pike": a number before a colon or a full
  // stop is no house's.)
  if (first == 0 || !tokens_[first - 1].allDigits || placeNumberWordBefore(in_, first - 1)) return false;
  const std::string_view g = gap(first - 1, first);
  return g == " " || g == ", ";
}

// Labels whose value is a sex ("Sex: Male", Vietnamese "Giới: Nam", "Giới tính: Nữ", Indonesian
// "Jenis kelamin: Laki-laki", Czech "Pohlaví: muž"): the value is no one's name, even where it is
// also a given name ("Nam").
static bool isSexLabel(std::string_view lower) {
  return listHas({"sex", "gender", "gi\u1edbi", "gi\u1edai", "t\u00ednh", "t\u00cdnh", "kelamin", "pohlav\u00ed", "pohlav\u00cd",
                  "neme", "sexul", "sexo", "sexe", "geschlecht", "fylo", "p\u0142e\u0107", "p\u0141e\u0106"},
                 lower);
}

// Labels whose value is a place of an address ("Province: Khon Kaen", "City: Lincoln", "District:
// Tân Bình", "Kabupaten: Sleman"): a run right after one names the place.
static bool isPlaceLabel(std::string_view lower) {
  return listHas({"province", "provinsi", "district", "city", "town", "village", "county", "region",
                  "municipality", "prefecture", "oblast", "kabupaten", "kota", "kecamatan", "kelurahan", "desa",
                  "t\u1ec9nh", "t\u1ec8nh", "huy\u1ec7n", "huy\u1ec6n", "changwat", "wilayah", "comuna", "jude\u021b",
                  "jude\u021a", "megye", "okres", "nomos",
                  // A traveller's nationality and destination ("Nationality: Sri Lankan", "Destino: Suiza").
                  "nationality", "nacionalidad", "nationalit\u00e9", "nationalit\u00c9", "destination", "destino",
                  // Swahili "to" and "from" of a referral ("Kwenda: KCMC Moshi").
                  "kwenda", "kutoka"},
                 lower);
}

// Indonesian and Malay street and quarter words before their names ("Jl. Raya Bogor", "jln.
// Merdeka", "Gg. Mawar", "kel. Kramat Jati", "kec. Ciracas", "desa Sukamaju").
static bool isIndonesianPlaceWord(std::string_view lower) {
  return listHas({"jl", "jln", "jalan", "gg", "gang", "kel", "kec", "desa", "dusun", "kampung", "perum", "komp"}, lower);
}

// Whether a ship's prefix stands right before token k: "MV", "M/V", "M/S", "M/T" always (no title
// is so written), "MS", "MT", "SS", "RV" only after a word of ships ("Vessel MS Baltic Star"),
// since "MS" is also a woman's title.
static bool vesselPrefixBefore(const ScanInput& in, std::size_t k) {
  const std::vector<Token>& tokens = in.tokens;
  if (k == 0 || gapBetween(in, k - 1, k) != " ") return false;
  const Token& p = tokens[k - 1];
  if (p.lower == "mv" && (p.allCaps || !isUpper(in.text[p.start]))) return true;
  if (k >= 2 && p.length() == 1 && listHas({"v", "s", "t", "y"}, p.lower) && gapBetween(in, k - 2, k - 1) == "/" &&
      tokens[k - 2].lower == "m") {
    return true;
  }
  return k >= 2 && listHas({"ms", "mt", "ss", "rv", "mv"}, p.lower) && gapBetween(in, k - 2, k - 1) == " " &&
         listHas({"vessel", "ship", "yacht", "tanker", "aboard", "buque", "barco", "schiff", "navire"}, tokens[k - 2].lower);
}

// Whether token k is one of two airport codes joined by a hyphen, "LIM-CUZ", after a word of
// flying within five tokens ("Flight LA 2047 LIM-CUZ", "vuelo LIM-CUZ"): a route.
static bool flightRoute(const ScanInput& in, std::size_t k) {
  const std::vector<Token>& tokens = in.tokens;
  const auto code = [&](std::size_t j) { return j < tokens.size() && tokens[j].length() == 3 && tokens[j].allCaps && !tokens[j].hasDigit; };
  if (!code(k)) return false;
  std::size_t from = k;
  if (k + 1 < tokens.size() && code(k + 1) && gapBetween(in, k, k + 1) == "-") {
    from = k;
  } else if (k > 0 && code(k - 1) && gapBetween(in, k - 1, k) == "-") {
    from = k - 1;
  } else {
    return false;
  }
  for (std::size_t back = 1; back <= 5 && back <= from; ++back) {
    if (listHas({"flight", "flights", "route", "sector", "vuelo", "flug", "vol", "lento"}, tokens[from - back].lower)) return true;
  }
  return false;
}

// Whether the run [first, endToken) lies on a note's first line written in capitals, a heading,
// in a note whose next line is in ordinary case: "TO WHOM IT MAY CONCERN - AIRPORT SECURITY",
// "UNIDAD MINERA - TÓPICO DEL CAMPAMENTO (4.650 m)". The line has no label's colon ("PATIENT: JOHN
// DOE").
static bool inCapitalHeading(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::string_view text = in.text;
  const std::size_t lineEnd = text.find('\n');
  if (lineEnd == std::string_view::npos || in.tokens[first].start >= lineEnd) return false;
  // ("A LETTER FOR THE RELATIVES OF MARVELLA GUINEY", "WOUND CARE LOG - FITZPATRICK-DUNNE, TUPE M":
  // headings name patients too; a run holding a word of the name lists, or after "of" or "for",
  // stays.)
  for (std::size_t k = first; k < endToken; ++k) {
    if (in.tokens[k].classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kLexicon)) return false;
  }
  if (first > 0 && listHas({"of", "for", "re", "to", "by", "with", "de", "para", "pour", "f\u00fcr", "f\u00dcr"},
                           in.tokens[first - 1].lower)) {
    return false;
  }
  const std::string_view line = text.substr(0, lineEnd);
  // (A unit in brackets may stay in lower case: "(4.650 m)".)
  if (std::count_if(line.begin(), line.end(), isLower) > 2 || line.find(':') != std::string_view::npos) return false;
  const std::string_view next = text.substr(lineEnd + 1, std::min<std::size_t>(120, text.size() - lineEnd - 1));
  if (std::count_if(next.begin(), next.end(), isLower) < 4) return false;
  // The heading goes on after the run, with a word of the vocabulary or a dash ("MITFÜHREN VON
  // BETÄUBUNGSMITTELN", "AIRPORT SECURITY", "KUALA LUMPUR - COST ESTIMATE"); a name ends its
  // heading or is followed by a comma, a bracket or a column gap ("PACS  BYEON^CHUN-HEE  ID").
  if (endToken >= in.tokens.size() || in.tokens[endToken].start >= lineEnd) return false;
  const std::string_view after = gapBetween(in, endToken - 1, endToken);
  if (after == " - " || after == " \u2013 " || after == " \u2014 ") return true;
  const Token& following = in.tokens[endToken];
  return after == " " && (following.classes & (WordClass::kEnglish | WordClass::kNever)) && following.length() >= 3 &&
         !(following.classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kLexicon));
}

// Whether a letter's place-and-date line follows the run: "Feldkirch, am 09.06.2024", "Buenos
// Aires, 4 de agosto de 2025", "Casablanca, le 5 mars 2024", "Mariehamn, den 5.3.2024" (the run
// opens its line).
static bool datelineAfter(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  const std::size_t start = tokens[first].start;
  if (start > 0 && in.text[start - 1] != '\n') return false;
  if (endToken + 1 >= tokens.size() || gapBetween(in, endToken - 1, endToken) != ", ") return false;
  const Token& a = tokens[endToken];
  const Token& b = tokens[endToken + 1];
  if (listHas({"am", "le", "den", "el", "dne"}, a.lower) && b.allDigits) return true;
  return a.allDigits && a.length() <= 2 && b.lower == "de" && endToken + 2 < tokens.size() && !tokens[endToken + 2].hasDigit;
}

// "Dr Ibrahim Adeyemi, MDCN MDCN/R/79519": a word in capitals written again as the prefix of the
// identifier after it is the registering body's name, the identifier's label (seed 3737).
bool schemeBeforeItsIdentifier(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken - first > 2 || !tokens[first].allCaps) return false;
  std::size_t last = endToken - 1;
  if (endToken - first == 1) {
    if (endToken >= tokens.size() || gapBetween(in, first, endToken) != " ") return false;
    last = endToken;
  }
  if (tokens[last].lower != tokens[first].lower || last == first || last + 1 >= tokens.size()) return false;
  const std::string_view after = gapBetween(in, last, last + 1);
  return after == "/" || after == "-";
}

// "Baxter Homechoice Claria cycler with Sharesource": two or more capitalised words right before a
// home device's noun in lower case are the device's brand and model (a person's device is written
// "Ana's cycler"), seed 3737.
bool brandBeforeDeviceNoun(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken - first < 2 || endToken >= tokens.size() || gapBetween(in, endToken - 1, endToken) != " ") return false;
  if (first > 0 && isTitleWord(tokens[first - 1])) return false;
  static constexpr std::array<std::string_view, 6> kDevices = {"cycler", "oximeter", "glucometer",
                                                               "concentrator", "transmitter", "nebuliser"};
  return isLower(in.text[tokens[endToken].start]) && listHas(kDevices, tokens[endToken].lower);
}

bool noPersonByContext(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken > tokens.size() || endToken <= first) return false;
  // "referred from Kinshasa", "Patient: returned from Tashkent": one of the world's capitals or
  // large cities (world_cities.cpp).
  if (worldCityRun(in, first, endToken) || areaPlaceRun(in, first, endToken)) return true;
  if (adminPlaceRun(in, first, endToken) || chatPhraseWord(in, first, endToken)) return true;
  if (codeWordRun(in, first, endToken) || cultureWordRun(in, first, endToken)) return true;
  if (schemeBeforeItsIdentifier(in, first, endToken) || brandBeforeDeviceNoun(in, first, endToken)) return true;
  // "Visit link sent by SMS": the channel a message was sent by, not a person's initials
  // ("technologist SMS, R. EEG T." stays), seed 3737.
  if (endToken - first == 1 && tokens[first].lower == "sms" && first >= 2 &&
      listHas({"by", "via"}, tokens[first - 1].lower) &&
      listHas({"sent", "shared", "delivered", "notified", "received", "reminded"}, tokens[first - 2].lower)) {
    return true;
  }
  // "Habari Bw. Juma Wafula", "Carer: Bi. Akinyi Omondi": the Swahili courtesy titles with their
  // period before a capitalised name (not titles everywhere: "BI do falecido" is Mozambique's
  // identity card), seed 3737.
  if (endToken - first == 1 && listHas({"bw", "bi"}, tokens[first].lower) && endToken < tokens.size() &&
      gapBetween(in, first, endToken) == ". " && tokens[endToken].capitalised) {
    return true;
  }
  // "Bach Mai style transfer", "Mayo-style stent", "BACH MAI STYLE": a place or a person's name
  // before "style" names a way of doing, not a person of the record.
  if ((endToken < tokens.size() && tokens[endToken].lower == "style" &&
       (gapBetween(in, endToken - 1, endToken) == " " || gapBetween(in, endToken - 1, endToken) == "-")) ||
      (endToken - first >= 2 && tokens[endToken - 1].lower == "style")) {
    return true;
  }
  // "Flight from Abu Dhabi", "Umm Qasr port", "Al Ain hospital": places named with the Arabic
  // words that also begin people's names (a run holding the place's second word, or before it).
  for (std::size_t k = first; k <= endToken && k < tokens.size(); ++k) {
    if (k == endToken && gapBetween(in, k - 1, k) != " ") break;
    if (k > 0 && listHas({"dhabi", "simbel", "qasr", "quwain", "ghraib"}, tokens[k].lower) &&
        listHas({"abu", "umm", "al", "el"}, tokens[k - 1].lower)) {
      return true;
    }
  }
  // "yonas: selam nurse", "BAREV DZEZ, BZHISHK GEVORG": a greeting in lower case (or in a note in
  // capitals) right before a role or a title greets that person; the greeting is no given name
  // ("Selam Tesfay" in a record stays).
  if (endToken - first == 1 && endToken < tokens.size() && gapBetween(in, first, endToken) == " " &&
      !tokens[first].capitalised && listHas({"selam", "salam", "salaam", "barev", "gamarjoba"}, tokens[first].lower) &&
      (isTitleWord(tokens[endToken]) || (tokens[endToken].classes & WordClass::kRoleNoun))) {
    return true;
  }
  // "Baby: M, born October 5, 2024": the sex's letter of a newborn's line, not an initial.
  if (endToken - first == 1 && tokens[first].length() == 1 && listHas({"m", "f"}, tokens[first].lower) &&
      endToken < tokens.size() && gapBetween(in, first, endToken) == ", " && tokens[endToken].lower == "born") {
    return true;
  }
  // "Van arrived at 09:00", "taken by Van to dialysis": the vehicle, when no family name follows it
  // and no title comes before it ("Dr. Van", "Van Gogh", "Van der Berg", "Van-hung" stay).
  if (endToken - first == 1 && tokens[first].lower == "van" && !tokens[first].allCaps &&
      !(first > 0 && isTitleWord(tokens[first - 1])) &&
      !(endToken < tokens.size() && ((gapBetween(in, first, endToken) == " " && tokens[endToken].properShape()) ||
                                     gapBetween(in, first, endToken) == "-"))) {
    return true;
  }
  // "flag Marshall Islands", "Cook Islands", "Rhode Island": a run ending in, or followed by, the
  // word for islands names a country or a state.
  for (std::size_t k = endToken - 1; k <= endToken && k < tokens.size(); ++k) {
    if (k == endToken && gapBetween(in, k - 1, k) != " ") break;
    if (k > first && (tokens[k].lower == "islands" || tokens[k].lower == "island") && tokens[k].properShape()) return true;
  }
  // "TRAVEL VACCINE SCHEDULE - SOUTH AMERICA", "Latin America": the continents.
  for (std::size_t k = first; k < endToken; ++k) {
    if ((tokens[k].lower == "america" || tokens[k].lower == "americas") && k > 0 && gapBetween(in, k - 1, k) == " " &&
        listHas({"south", "north", "central", "latin"}, tokens[k - 1].lower)) {
      return true;
    }
  }
  // "Flight LA 2047 LIM-CUZ", "sector MAD-BOG": two airport codes joined by a hyphen after a word
  // of flying are a route, not a double-barrelled name.
  if (endToken - first <= 2 && flightRoute(in, first)) return true;
  if (inCapitalHeading(in, first, endToken) || datelineAfter(in, first, endToken)) return true;
  // "seat 3B, PNR SJXRZS": an airline's passenger name record is a booking code of six letters,
  // whatever its letters spell (the passenger's name is on the ticket's own line), seed 2929.
  if (tokens[first].lower == "pnr" && tokens[first].allCaps) return true;
  if (first == 0) return false;
  if (tokens[first - 1].lower == "pnr" && tokens[first - 1].allCaps &&
      listHas({" ", ": ", ":", " #"}, gapBetween(in, first - 1, first))) {
    return true;
  }
  // "RTW nach BKH St. Johann", "Radio Medical Advice by Dr. X, TMAS Oulu": the town an abbreviated
  // hospital (Austrian and German district and state hospitals) or a maritime telemedical service
  // is named by, and a saint's town after the prefix, seed 2929.
  if (gapBetween(in, first - 1, first) == " " && tokens[first - 1].allCaps && isHospitalAbbreviation(tokens[first - 1].lower)) {
    return true;
  }
  if (first >= 2 && listHas({". ", " "}, gapBetween(in, first - 1, first)) && isPlaceBefore(tokens[first - 1].lower) &&
      gapBetween(in, first - 2, first - 1) == " " && tokens[first - 2].allCaps &&
      isHospitalAbbreviation(tokens[first - 2].lower)) {
    return true;
  }
  // "Tugʻilgan sana:", "Hisobga olingan sana:": a word after a form word and before the colon is
  // the label's last word, even when it is also a given name (Sana), seed 3030.
  // (Not after a role noun or a title: "sample nurse Dara: yes" is a chat's speaker.)
  // (Nor after an English word: "last dose per Cindy: yesterday".)
  constexpr WordClassBits kPersonWords = WordClass::kRoleNoun | WordClass::kKinNoun | WordClass::kTitle |
                                         WordClass::kGiven | WordClass::kFamily | WordClass::kEnglish;
  if (endToken - first == 1 && gapBetween(in, first - 1, first) == " " &&
      (tokens[first - 1].classes & WordClass::kNever) && !(tokens[first - 1].classes & kPersonWords) &&
      tokens[first - 1].length() >= 3) {
    const std::string_view after = in.text.substr(tokens[first].end, 2);
    if (after.starts_with(":") || after == " :") return true;
  }
  // "Vessel MV Caribbean Dawn", "MV AURORA BOREALIS", "M/S Viking Grace", "Vessel MS Baltic Star":
  // a ship's prefix before the run names the vessel.
  // (Or before one or two capitalised words before the run: the model's one-word "Star".)
  for (std::size_t k = first, hops = 0; hops <= 2 && k > 0; --k, ++hops) {
    if (vesselPrefixBefore(in, k)) return true;
    if (gapBetween(in, k - 1, k) != " " || !tokens[k - 1].properShape()) break;
  }
  const std::string_view g = gapBetween(in, first - 1, first);
  const bool colon = g == ": " || g == ":" || g == ":  " || g == ":\t";
  if (colon && endToken - first == 1 && isSexLabel(tokens[first - 1].lower)) return true;
  if (colon && isPlaceLabel(tokens[first - 1].lower)) return true;
  // ("Destination: Tanzania (Kilimanjaro, Machame route)": the place inside the country after a
  // place label, in brackets, seed 2929.)
  if (first >= 2 && g == " (" && listHas({": ", ":"}, gapBetween(in, first - 2, first - 1)) &&
      isPlaceLabel(tokens[first - 2].lower)) {
    return true;
  }
  // ("Kwenda: KCMC Moshi": the place after a hospital's initials.)
  if (first >= 2 && g == " " && tokens[first - 1].allCaps && tokens[first - 1].length() <= 5 &&
      listHas({": ", ":"}, gapBetween(in, first - 2, first - 1)) && isPlaceLabel(tokens[first - 2].lower)) {
    return true;
  }
  // ("CHU de Treichville", "CHR de Kara", "CHNU de Fann": French-speaking Africa's university,
  // regional and national university hospitals, in capitals before "de"/"du"; "Chu" alone is a
  // family name.)
  if (first >= 2 && g == " " && listHas({"de", "du", "d"}, tokens[first - 1].lower) && tokens[first - 2].allCaps &&
      listHas({"chu", "chr", "chnu", "chuv"}, tokens[first - 2].lower) && gapBetween(in, first - 2, first - 1) == " ") {
    return true;
  }
  // ("Jl. Raya Bogor no. 71", "kel. kramat jati": the word after the street's or quarter's word, or
  // the one after that.)
  if ((g == ". " || g == " ") && isIndonesianPlaceWord(tokens[first - 1].lower)) return true;
  if (first > 1 && g == " " && !tokens[first - 1].hasDigit &&
      (gapBetween(in, first - 2, first - 1) == ". " || gapBetween(in, first - 2, first - 1) == " ") &&
      isIndonesianPlaceWord(tokens[first - 2].lower)) {
    return true;
  }
  // ("Kouroupi, 68 eton, Larissa Visit ...", "Nagy Ilona, 71 év, Pécs": one word after a
  // demographic line's age and its comma is the town; a name there would lead a new clause.)
  if (endToken - first == 1 && first >= 2 && g == ", " && tokens[first - 2].allDigits &&
      gapBetween(in, first - 2, first - 1) == " " &&
      listHas({"eton", "years", "yrs", "ans", "anos", "a\u00f1os", "jahre", "let", "roky", "\u00e9v", "\u00c9v", "ani",
               "tu\u1ed5i", "tu\u1ed4i", "tahun", "th", "yo"},
              tokens[first - 1].lower)) {
    return true;
  }
  // ("Cercado de Lima, Lima 15001": the district named by its city, written again after the comma
  // before the postcode; no person's word is so repeated, seed 2929.)
  if (endToken + 1 < tokens.size() && gapBetween(in, endToken - 1, endToken) == ", " &&
      tokens[endToken].lower == tokens[endToken - 1].lower && tokens[endToken + 1].allDigits &&
      tokens[endToken + 1].length() >= 4 && gapBetween(in, endToken, endToken + 1) == " ") {
    return true;
  }
  // ("trekking near Namche Bazaar, Nepal (UTC+5:45)": a run after lower-case "near" followed by a
  // comma and one capitalised word on no given-name list that closes the clause is a place and its
  // country or region, seed 2929.)
  if (g == " " && tokens[first - 1].lower == "near" && isLower(in.text[tokens[first - 1].start]) &&
      endToken + 1 < tokens.size() && gapBetween(in, endToken - 1, endToken) == ", " && tokens[endToken].capitalised &&
      !tokens[endToken].allCaps && !(tokens[endToken].classes & WordClass::kGiven)) {
    const std::string_view after = gapBetween(in, endToken, endToken + 1);
    if (after.starts_with(" (") || after.starts_with(".") || after.starts_with(";") || after.starts_with(":")) return true;
  }
  // ("Delivered to Sudbury, ON", "moved to Lowell, MA 01852": a town before its province's or
  // state's code, after a preposition of place; not a credential: "referred to Chan, MD".)
  if (endToken + 1 <= tokens.size() && endToken < tokens.size() && gapBetween(in, endToken - 1, endToken) == ", " &&
      (isStateCode(tokens[endToken]) ||
       listHas({"on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe", "yt", "nt", "nu"}, tokens[endToken].lower)) &&
      tokens[endToken].allCaps && !isCredentialWord(tokens[endToken]) && tokens[endToken].length() == 2 &&
      tokens[first].capitalised && g == " " &&
      !(endToken + 1 < tokens.size() && tokens[endToken + 1].lower == "call") &&
      listHas({"to", "in", "at", "from", "near"}, tokens[first - 1].lower)) {
    return true;
  }
  return false;
}

bool fieldLabelWord(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  if (i + 1 >= tokens.size() || !tokens[i].properShape()) return false;
  const std::size_t start = tokens[i].start;
  if (start > 0 && in.text[start - 1] != '\n') return false;
  if (gapBetween(in, i, i + 1) != ": ") return false;
  // What follows must be shaped like a date, not a phone or an identity number ("SPEAKER: 962-5891",
  // "LUDMILA: 30.291.612" open chat lines): a year and a separator ("2024-yil", "2024-03-02") or a
  // day or month of one or two digits, a separator, one or two digits and a separator ("2.3.2024").
  const std::string_view rest = in.text.substr(tokens[i + 1].start, 12);
  std::size_t n = 0;
  while (n < rest.size() && isDigit(rest[n])) ++n;
  const auto separator = [&](std::size_t at) {
    return at < rest.size() && (rest[at] == '-' || rest[at] == '.' || rest[at] == '/');
  };
  if (n == 4) return separator(4);
  if (n < 1 || n > 2 || !separator(n)) return false;
  std::size_t m = n + 1;
  while (m < rest.size() && isDigit(rest[m])) ++m;
  return m - n - 1 >= 1 && m - n - 1 <= 2 && separator(m);
}

bool NameScanner::notAPerson(std::size_t first, std::size_t endToken) const {
  if (noPersonByContext(in_, first, endToken)) return true;
  // "Shifokor: Gulnora Yusupova\nSana: 2024-yil 2-mart": a word opening its line before a colon and
  // a date another scanner found is the field's label (Uzbek "sana", date), seed 3030.
  if (endToken - first == 1 && endToken < tokens_.size() && claimed_[endToken] && fieldLabelWord(in_, first)) return true;
  // "Çınar Sok. No: 78", "Hürriyet Mah.": a run ending in, or followed by, a Turkish street's type.
  if (turkishStreetWord(in_, endToken - 1) ||
      (endToken < tokens_.size() && isInlineSpace(gap(endToken - 1, endToken), 1) && turkishStreetWord(in_, endToken))) {
    return true;
  }
  // "DR N. MED. BOLESŁAW SOBCZYK": the Polish doctor's degree (doktor nauk medycznych) after "dr".
  if (endToken - first == 1 && tokens_[first].lower == "n" && first > 0 && tokens_[first - 1].lower == "dr" &&
      first + 1 < tokens_.size() && tokens_[first + 1].lower == "med") {
    return true;
  }
  for (std::size_t k = first; k < endToken; ++k) {
    if (isFacilityNoun(tokens_[k].lower) || isFirmWord(tokens_[k].lower)) return true;
    if (tokens_[k].allCaps && isHospitalAbbreviation(tokens_[k].lower)) return true;  // "TMAS Oulu"
  }
  // "Institut Pasteur", "Brgy. Bagong Silang", "Hospital General de Zona 27", "Hospital das
  // Clínicas de Pernambuco": a facility's noun right before, or before a particle and at most one
  // capitalised word.
  if (first > 0) {
    std::size_t b = first - 1;
    const bool particle = isPlaceParticle(tokens_[b].lower);
    if (isFacilityNoun(tokens_[b].lower)) return true;
    if (particle && b > 0) {
      --b;
      if (tokens_[b].properShape() && b > 0 && !isPlaceAfter(tokens_[b].lower) && !isFacilityNoun(tokens_[b].lower)) --b;
      if (isFacilityNoun(tokens_[b].lower) || (tokens_[b].capitalised && isPlaceAfter(tokens_[b].lower))) return true;
    }
  }
  if (firmNounFollows(in_, endToken) || caseCitation(in_, first, endToken) || literatureCitation(in_, first, endToken)) {
    return true;
  }
  if (endToken - first == 1 && (acronymInProse(in_, first) || islandAfterIsleOf(in_, first) ||
                                mexicanStateAfterTown(in_, first) || vanCallSign(in_, first) ||
                                estateNameAfterParticle(in_, first) || stayCompound(in_, first))) {
    return true;
  }
  if (facilityNameFollows(in_, endToken - 1)) return true;
  // "Hospital Kuala Lumpur", "Hospital Sultanah Aminah": the place or the patron a hospital is
  // named by, written after the noun as Malaysian, Spanish and French hospitals are (and Samoan,
  // Tongan and Fijian ones: "Falemaʻi Tupua Tamasese Meaole", "Vale ni Bula Lautoka").
  // (And Maltese "Sptar", Tetum "Hospitál", Portuguese "Centro Hospitalar"; the noun may carry one
  // or two words of its rank or kind before the name: "Hospitál Nasionál Guido Valadares", "Hospital
  // Escuela Oscar Danilo Rosales", "Hôpital Militaire Central - Badaro", "Sptar Mater Dei".)
  if (first > 0 && tokens_[first - 1].properShape()) {
    static constexpr std::array<std::string_view, 15> kHospitals = {
        "hospital", "hopital", "h\u00f4pital", "klinik", "falema", "falemai", "falema\u02bbi", "falemahaki", "bula",
        "sptar", "hospit\u00e1l", "hospit\u00c1l", "hospitalar", "spital", "spitali"};
    static constexpr std::array<std::string_view, 23> kRanks = {
        "nacional", "national", "nasional", "nasion\u00e1l", "nasion\u00c1l", "general", "g\u00e9n\u00e9ral", "central", "regional",
        "r\u00e9gional", "referral", "refer\u00e1l", "militar", "militaire", "military", "escuela", "universitario",
        "universitaire", "provincial", "district", "distrital", "municipal", "p\u00fablico"};
    std::size_t b = first - 1;
    for (int hops = 0; hops < 2 && b > 0 && listHas(kRanks, tokens_[b].lower) && tokens_[b - 1].properShape() &&
                       gap(b - 1, b) == " ";
         ++hops) {
      --b;
    }
    const std::string_view g = gap(first - 1, first);
    if ((g == " " || (b < first - 1 && g == " - ")) && listHas(kHospitals, tokens_[b].lower)) return true;
  }
  // "Klinik Kesihatan Dato Keramat", "Jalan Dato Onn", "Taman Haji Ismail": Malaysian and Brunei
  // clinics, streets, estates and villages are named by a titled patron; the title after a place's
  // noun makes a place, not a person.
  if (first >= 2 && isTitleWord(tokens_[first - 1]) && tokens_[first - 2].properShape() &&
      listHas({"hospital", "klinik", "kesihatan", "jalan", "jln", "taman", "kampung", "kg", "masjid", "sekolah",
               "lorong", "persiaran", "lebuh", "bandar", "pusat", "simpang", "lebuhraya"},
              tokens_[first - 2].lower)) {
    return true;
  }
  if (endToken - first == 1 && deviceModel(in_, first)) return true;
  // "H.No. 13-144, Gandhi Nagar, Ward 11": an Indian colony's name ends in "Nagar" (a person of
  // that family name is written with a title or a role: "Dr. Nagar", "Priya Nagar, her sister").
  const bool nagarLast = endToken - first >= 2 && tokens_[endToken - 1].lower == "nagar";
  const bool nagarNext = endToken < tokens_.size() && tokens_[endToken].lower == "nagar" &&
                         gapBetween(in_, endToken - 1, endToken) == " " && tokens_[endToken].properShape();
  const bool personFollows = nagarLast && endToken < tokens_.size() && (roleAfter(endToken) || personAfter(endToken));
  if ((nagarLast || nagarNext) && !(first > 0 && isTitleWord(tokens_[first - 1])) && !personFollows) return true;
  // "Home address: 7 Chickadee Close, Otterbourne Mills VY2 8VC": the words right after a found
  // street address and its comma are its town (unless a role or a person's fact follows them:
  // "12 Oak Road, Marlow, Wen-jie Okafor (daughter)").
  if (first > 0 && (gapBetween(in_, first - 1, first) == ", " || gapBetween(in_, first - 1, first) == ",") &&
      std::binary_search(addressEnds_.begin(), addressEnds_.end(), tokens_[first - 1].end) &&
      !(endToken < tokens_.size() && (roleAfter(endToken) || personAfter(endToken)))) {
    return true;
  }
  // "Hokkaido Sapporo-shi Kita-ku", "SETAGAYA-KU": a word of a run, or the word right after it,
  // carries a Japanese area's suffix ("Tokyo-to Setagaya-ku").
  for (std::size_t k = first; k <= endToken && k < tokens_.size(); ++k) {
    if (k == endToken && gap(k - 1, k) != " ") break;
    if (japaneseAreaSuffixAfter(in_, k)) return true;
  }
  // "9430 Metro Manila": a Philippine region.
  if (first > 0 && tokens_[first - 1].lower == "metro" && tokens_[first - 1].properShape() && gap(first - 1, first) == " ") {
    return true;
  }
  // "Tagum City, 2952 Davao del Norte": a Philippine province or region ends in a direction.
  for (std::size_t k = first + 1; k < endToken + 1 && k < tokens_.size(); ++k) {
    if (isRegionDirection(tokens_[k].lower) && (tokens_[k - 1].lower == "del" || tokens_[k - 1].lower == "de")) return true;
  }
  // "TRAUMA, ZULU", "Doe, Tango": an alias given to an unidentified patient, made up, no one's name.
  if (endToken - first == 2) {
    const std::string_view a = tokens_[first].lower, b = tokens_[first + 1].lower;
    if ((isAliasFamilyWord(a) && isSpellingAlphabetWord(b)) || (isAliasFamilyWord(b) && isSpellingAlphabetWord(a))) {
      return true;
    }
  }
  // "house 14, Ngumo Road": the street's word taken into the run.
  const std::string_view last = tokens_[endToken - 1].lower;
  if (endToken - first >= 2 && (isFullStreetWord(last) || isSurnameStreetWord(last)) &&
      (!isSurnameStreetWord(last) || numberBefore(first) || streetPlace(first, endToken))) {
    return true;
  }
  // "Adres: Yarrow Pointstraat 60": a Dutch street's name is written as one word ending in its
  // type; a run right before such a word, or holding it, names the street.
  for (std::size_t k = first; k <= endToken && k < tokens_.size(); ++k) {
    if (k == endToken && gap(k - 1, k) != " ") break;
    if (dutchStreetWord(tokens_[k])) return true;
  }
  // "74 Spicebush Park", "177 Yarrow Point Park": the street's type alone, after a house number
  // and the street's name of up to three words.
  if (isSurnameStreetWord(tokens_[first].lower) && streetNameBefore(in_, first)) return true;
  // "152 Possumhaw Park, Ennis, Co. Clare": an Irish town before its county.
  if (endToken + 2 < tokens_.size() && gap(endToken - 1, endToken) == ", " && tokens_[endToken].lower == "co" &&
      gap(endToken, endToken + 1) == ". " && tokens_[endToken + 1].properShape()) {
    return true;
  }
  if (endToken < tokens_.size() && isInlineSpace(gap(endToken - 1, endToken), 1)) {
    const Token& next = tokens_[endToken];
    // "House No. 75, Kojo Thompson Road": a street's name. ("Street" and "Lane" are family names
    // too, "Bryce Street": they need the house number before the run.)
    if (next.properShape() && isFullStreetWord(next.lower) &&
        (!isSurnameStreetWord(next.lower) || numberBefore(first) || streetPlace(first, endToken + 1))) {
      return true;
    }
    // "From: Mercy Pointe ICU bed 4": a facility and its unit (a two-word run, so that a lone
    // family name before a unit in a sign-out list stays).
    if (mixedCase_ && next.allCaps && endToken - first >= 2 && isCareUnit(next.lower)) return true;
  }
  // "Sable Ridge ED": the unit inside the run.
  if (mixedCase_ && endToken - first >= 3 && tokens_[endToken - 1].allCaps && isCareUnit(tokens_[endToken - 1].lower)) {
    return true;
  }
  // "Agent Orange exposure": the herbicides named by colour, not an agent called Orange.
  if (first > 0 && tokens_[first - 1].lower == "agent" &&
      (tokens_[first].lower == "orange" || tokens_[first].lower == "blue" || tokens_[first].lower == "white")) {
    return true;
  }
  // "Chagas disease screening (ELISA)": an assay in capitals in ordinary text.
  if (mixedCase_ && endToken - first == 1 && tokens_[first].allCaps &&
      (tokens_[first].lower == "elisa" || tokens_[first].lower == "fish")) {
    return true;
  }
  return false;
}

}  // namespace concord::phi::detail
