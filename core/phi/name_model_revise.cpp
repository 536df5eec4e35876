// The name model's revision of the rules' findings (name_model.h): words added, names dropped.
#include <algorithm>
#include <array>

#include "identifier_forms.h"
#include "name_cues.h"
#include "name_model.h"
#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Whether two name words separated by `gap` belong to one name: "Mary Ann", "Le Blanc-Doucet",
// "J. Smith", "O'Neil"; not across a line, a comma or a bracket.
bool joinsName(std::string_view gap) {
  return !gap.empty() && gap.size() <= 2 &&
         std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-' || c == '\'' || c == '.'; });
}

// Whether token i is part of an eponym the rules refuse: "Tay-Sachs", "Morton neuroma",
// "Stevens-Johnson syndrome" (the rules' own test, eponymFollows; the model is not asked to
// relearn the eponym lists).
bool inEponym(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  if (isEponymName(tokens[i]) || eponymFollows(in, i, 4)) return true;
  // A hyphenated partner that is an eponym ("Tay-Sachs screening": no trigger word follows).
  const bool partnerBefore = i > 0 && gapBetween(in, i - 1, i) == "-" && isEponymName(tokens[i - 1]);
  const bool partnerAfter = i + 1 < tokens.size() && gapBetween(in, i, i + 1) == "-" && isEponymName(tokens[i + 1]);
  return partnerBefore || partnerAfter;
}

// Words the curated lists say are never a name on their own: months and other never-names,
// titles, credentials, role and kin nouns, states, street types ("August", "CMI", "Nonno").
bool listedAsNoName(const Token& t) {
  constexpr WordClassBits kNoName = WordClass::kNever | WordClass::kTitle | WordClass::kCredential |
                                    WordClass::kRoleNoun | WordClass::kKinNoun | WordClass::kStateCode |
                                    WordClass::kStateName | WordClass::kStreetSuffix;
  return (t.classes & kNoName) != 0;
}

// Whether a word ends in the stem of a generic drug's name ("Ranibizumab", "Tacrolimus",
// "Quetiapine", "Lorazepam"): the drug part of the rules' clinical endings (hasClinicalEnding),
// whose other endings ("-ally", "-ive") also end family names (McNally, Olive).
bool drugStem(std::string_view lower) {
  static constexpr std::array<std::string_view, 31> kStems = {
      "mab",     "limus",   "oxetine", "apine",   "idone",  "traline",  "azepam",    "pril",
      "olol",    "statin",  "sartan",  "tinib",   "azole",  "cillin",   "mycin",     "floxacin",
      "prazole", "dipine",  "gliptin", "gliflozin", "parin", "xaban",   "navir",     "vudine",
      "triptan", "setron",  "platin",  "taxel",   "rubicin", "citabine", "tropin"};
  if (lower.size() < 6) return false;
  return std::any_of(kStems.begin(), kStems.end(),
                     [lower](std::string_view s) { return lower.size() > s.size() + 2 && lower.ends_with(s); });
}

// Whether a word spells a date's or a time's format ("DDThh", "YYYY", "hhmmss"): only the format's
// letters, two of them doubled.
bool dateFormatWord(std::string_view lower) {
  if (lower.size() < 4 || lower.find_first_not_of("ymdhst") != std::string_view::npos) return false;
  int doubled = 0;
  for (std::size_t k = 0; k + 1 < lower.size(); ++k) {
    if (lower[k] == lower[k + 1] && lower[k] != 't') {
      ++doubled;
      ++k;
    }
  }
  return doubled >= 2;
}

// Shapes the model is not trusted with, whatever its score: a token that does not start with a
// letter ("✓": bytes above 0x7F are word bytes); words of one or two letters ("Na"); lower-case
// words on no name list ("mychart"); the first part of a hyphenated word whose second
// part is lower case ("Non-verbal", "Follow-up"); a town before its state ("Boston, MA"); a word
// after a place's prefix ("San Mateo", "El Paso").
bool untrustedShape(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  const Token& t = tokens[i];
  if (!t.properShape() && !isLower(in.text[t.start])) return true;
  if (t.length() <= 2) return true;
  // "|SEL|", "^MTH^": three capitals alone between a record's separators are an HL7 table code (the
  // structured reader claims them as no PHI, a claim the model does not see).
  auto separator = [&](std::size_t at) { return at < in.text.size() && (in.text[at] == '|' || in.text[at] == '^'); };
  // (And a segment's name opening its line: "PRD|RP|...".)
  if (t.allCaps && t.length() == 3 && t.start > 0 && separator(t.start - 1) &&
      (t.end == in.text.size() || separator(t.end) || in.text[t.end] == '\n')) {
    return true;
  }
  if (t.allCaps && t.length() == 3 && (t.start == 0 || in.text[t.start - 1] == '\n') && separator(t.end)) return true;
  // ("Ranibizumab (Lucentis)", "Tacrolimus trough": the stem of a generic drug, which the rules
  // refuse too, unless the word is a listed name; seed 3030.)
  if (drugStem(t.lower) && !(t.classes & (WordClass::kGiven | WordClass::kFamily))) return true;
  if (isLower(in.text[t.start]) && !(t.classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kLexicon))) {
    return true;
  }
  if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == "-" && isLower(in.text[tokens[i + 1].start])) return true;
  // ("Timestamp (YYYY-MM-DDThh:mm:ss)": a date's format written in its letters, seed 3737.)
  if (dateFormatWord(t.lower)) return true;
  // ("sourceName=\"Taro's Apple Watch\"": the watch of a brand, seed 3737.)
  if (t.lower == "watch" && i > 0 && gapBetween(in, i - 1, i) == " " &&
      listHas({"apple", "galaxy", "pixel", "huawei", "fitbit", "garmin"}, tokens[i - 1].lower)) {
    return true;
  }
  // "for the family from Daraa.": a word on no name list after "from" that closes the clause is
  // where someone comes from (the rules take a listed name there: "a letter from Okafor.").
  // ("Incident near Urubamba, Peru": "near" too, seed 2929.)
  if (i > 0 && (tokens[i - 1].lower == "from" || tokens[i - 1].lower == "near") && gapBetween(in, i - 1, i) == " " &&
      t.capitalised && !t.allCaps &&
      !(t.classes & (WordClass::kGiven | WordClass::kFamily))) {
    const std::string_view after = i + 1 < tokens.size() ? gapBetween(in, i, i + 1) : std::string_view(".");
    if (after.starts_with(".") || after.starts_with(",") || after.starts_with(";")) return true;
  }
  // ("Adélard Pelchat, 36 ans, de Rimouski": after a comma, French and Portuguese "de" says where
  // someone is from; an unlisted word after it is the place, seed 2727.)
  if (i >= 2 && tokens[i - 1].lower == "de" && in.text[tokens[i - 1].start] == 'd' && gapBetween(in, i - 1, i) == " " &&
      gapBetween(in, i - 2, i - 1) == ", " && !(t.classes & (WordClass::kGiven | WordClass::kFamily))) {
    return true;
  }
  // ("MSH|^~\\&|LIS|MAINLAB|EHR|HOSP|2023...": the sending and receiving applications and facilities
  // of an HL7 message's header, fields 3 to 6, seed 2727.)
  {
    const std::size_t lineStart = in.text.rfind('\n', t.start) == std::string_view::npos ? 0 : in.text.rfind('\n', t.start) + 1;
    if (in.text.substr(lineStart, 4) == "MSH|") {
      const std::string_view head = in.text.substr(lineStart, t.start - lineStart);
      if (std::count(head.begin(), head.end(), '|') <= 5) return true;
    }
  }
  // ("GRAY-WHITE DIFFERENTIATION PRESERVED", "grey-white matter junction": the brain's matter in a
  // radiology report, in capitals too, seed 2727.)
  if ((t.lower == "gray" || t.lower == "grey") && i + 1 < tokens.size() && gapBetween(in, i, i + 1) == "-" &&
      tokens[i + 1].lower == "white") {
    return true;
  }
  // ("Maxi-Cosi": a half of a hyphenated brand.)
  if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == "-" && isBabyProductWord(tokens[i + 1].lower)) return true;
  if (i > 0 && gapBetween(in, i - 1, i) == "-" && isBabyProductWord(tokens[i - 1].lower)) return true;
  // ("at camp 2, sherpa ram bahadur coughing", "our sherpa dil prasad": a climbing guide's calling
  // in lower case before the guide's name; the family name Sherpa closes a name: "pasang sherpa",
  // seed 2929.)
  if (t.lower == "sherpa" && isLower(in.text[t.start]) && i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " &&
      (i == 0 || gapBetween(in, i - 1, i) != " " || (tokens[i - 1].classes & WordClass::kEnglish))) {
    return true;
  }
  // "Boston, MA": a word before a comma and a state is a town, unless the state code is also a
  // credential ("Lee, MD", "Lee, MA") and no place's preposition comes first ("in Boston, MA").
  const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
  if (next != nullptr && (gapBetween(in, i, i + 1) == ", " || gapBetween(in, i, i + 1) == ",")) {
    const std::string_view before = i > 0 ? std::string_view(tokens[i - 1].lower) : std::string_view();
    const bool placePreposition = before == "in" || before == "at" || before == "near" || before == "from" || before == "of";
    if (isStateName(*next) ||
        (isStateCode(*next) && next->allCaps && (!isCredentialWord(*next) || placePreposition))) {
      return true;
    }
  }
  if (i > 0 && gapBetween(in, i - 1, i) == " " && isPlaceBefore(tokens[i - 1].lower)) return true;
  // "for SAM with complications", "Isle of Lewis", "Comitán, Chis.", "Van LifeFlight 3", "Tanana
  // Valley Regional" (scan_name_place_words.cpp: the rules refuse them too).
  if (acronymInProse(in, i) || islandAfterIsleOf(in, i) || mexicanStateAfterTown(in, i) || vanCallSign(in, i) ||
      facilityNameFollows(in, i) || estateNameAfterParticle(in, i) || stayCompound(in, i)) {
    return true;
  }
  // "NHIA NHIA/NE/882643": a word in capitals written again as the prefix of the identifier
  // after it is the scheme's name, the identifier's label.
  if (t.allCaps && i + 1 < tokens.size() && tokens[i + 1].lower == t.lower && isInlineSpace(gapBetween(in, i, i + 1), 8) &&
      i + 2 < tokens.size() && (gapBetween(in, i + 1, i + 2) == "/" || gapBetween(in, i + 1, i + 2) == "-")) {
    return true;
  }
  // "Adres: Yarrow Pointstraat 60": the first word of a Dutch street's name.
  if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " && dutchStreetWord(tokens[i + 1])) return true;
  // "TOKYO-TO SETAGAYA-KU": a place of a Japanese address.
  if (japaneseAreaSuffixAfter(in, i)) return true;
  // "the hospital van VAN-03", "AMB-12": a fleet's word joined by a hyphen to its number is the
  // vehicle's fleet number (the plate rules claim it as no PHI).
  if (t.allCaps && i + 1 < tokens.size() && gapBetween(in, i, i + 1) == "-" && tokens[i + 1].allDigits &&
      (t.lower == "van" || t.lower == "amb" || t.lower == "bus" || t.lower == "unit")) {
    return true;
  }
  // "(45-SAI)", "60-sai", "3-Jahre": a word joined by a hyphen to a number is its unit.
  if (i > 0 && gapBetween(in, i - 1, i) == "-" && tokens[i - 1].allDigits) return true;
  // "Port-au-Prince", "Fort-de-France": a place's prefix joined by a particle.
  return i >= 2 && gapBetween(in, i - 1, i) == "-" && gapBetween(in, i - 2, i - 1) == "-" &&
         isLower(in.text[tokens[i - 1].start]) && isPlaceBefore(tokens[i - 2].lower);
}

// An animal's name: a quoted word or one after "name"/"named" on a line that speaks of a pet
// ('Animal: dog, pit-bull mix, brown, name "Biscuit"'); the rules' own pet test looks only at
// the word right before.
bool animalsName(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  if (i == 0) return false;
  const std::string_view before = gapBetween(in, i - 1, i);
  const bool named = tokens[i - 1].lower == "name" || tokens[i - 1].lower == "named";
  if (!named && !before.ends_with("\"") && !before.ends_with("\u201c")) return false;
  static constexpr std::array<std::string_view, 10> kAnimals = {"dog", "cat", "puppy", "kitten", "pet",
                                                                "horse", "canine", "feline", "animal", "breed"};
  for (std::size_t k = i; k-- > 0 && k + 12 > i;) {
    if (gapBetween(in, k, k + 1).find('\n') != std::string_view::npos) break;
    if (std::find(kAnimals.begin(), kAnimals.end(), tokens[k].lower) != kAnimals.end()) return true;
  }
  return false;
}

// An English word right before a kin noun qualifies the relative: "FOSTER MOTHER", "Step father",
// "birth mother" (a name before a kin noun is written "Ana's mother" or "Ana (mother)").
bool qualifiesKin(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  return (tokens[i].classes & WordClass::kEnglish) && i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " &&
         isKinNoun(tokens[i + 1]);
}

// The first of two capitalised words after "at" when the rules left the second alone: a place,
// "Tumor board at Dana Farber" (the rules read a pair after "at" as a person only on strong
// evidence: "seen at Maria Lopez's").
bool startsPlaceAfterAt(const ScanInput& in, std::size_t i, const std::vector<TokenVerdict>& verdicts) {
  const std::vector<Token>& tokens = in.tokens;
  return i > 0 && i + 1 < tokens.size() && tokens[i - 1].lower == "at" && gapBetween(in, i - 1, i) == " " &&
         gapBetween(in, i, i + 1) == " " && tokens[i + 1].capitalised && !verdicts[i + 1].name;
}

// A word of a firm's name the rules refused: "Ironvale Defense Counsel LLP", "Bellwether Life &
// Annuity" (the rules' own test, firmNounFollows).
bool inFirmName(const ScanInput& in, std::size_t i) {
  return isFirmWord(in.tokens[i].lower) || firmNounFollows(in, i + 1);
}

// A clinic or a hospital named after a person, its noun within two capitalised words after the word:
// "WINSTON SCOTT POLYCLINIC", "the Winston Scott Polyclinic" (seed 3434). Not the rules' wider
// place words, which end family names too ("Fátima Valley", "Trinity Church").
bool placeNounFollows(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  for (std::size_t k = i + 1; k < tokens.size() && k <= i + 2; ++k) {
    if (!isInlineSpace(gapBetween(in, k - 1, k), 1) || !tokens[k].properShape()) return false;
    if (listHas({"hospital", "clinic", "polyclinic", "polyclinique", "policl\u00ednica", "policlinico", "poliklinik",
                 "poliklinika", "dispensary", "dispensaire", "infirmary"},
                tokens[k].lower)) {
      return !(k + 1 < tokens.size() && gapBetween(in, k, k + 1).starts_with(":"));
    }
  }
  return false;
}

// A founder or a saint owning a place in Title case or capitals: "Dr. Barnardo's Homes", "ST.
// VINCENT'S HOSPITAL" (seed 3838); "Ana's hospital stay" is a person's.
bool ownsPlaceNoun(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  if (i + 2 >= tokens.size() || tokens[i + 1].lower != "s") return false;
  const std::string_view apostrophe = gapBetween(in, i, i + 1);
  return (apostrophe == "'" || apostrophe == "\u2019") && gapBetween(in, i + 1, i + 2) == " " &&
         !isLower(in.text[tokens[i + 2].start]) &&
         ownedPlaceNoun(tokens[i + 2].lower);
}

// An HL7 segment's name: before a field's number ("PID-5 patient name, PID-7 date/time of birth"
// in an interface specification) or opening a message ("MSH|^~\\&|LAB|"), seed 3838.
bool inEponymousInstitution(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  return (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " &&
          eponymousInstitutionPair(tokens[i].lower, tokens[i + 1].lower)) ||
         (i > 0 && gapBetween(in, i - 1, i) == " " && eponymousInstitutionPair(tokens[i - 1].lower, tokens[i].lower));
}

bool hl7SegmentName(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  if (!tokens[i].allCaps || tokens[i].hasDigit || tokens[i].length() != 3) return false;
  const std::string_view after = in.text.substr(tokens[i].end);
  if (after.starts_with("|^~\\&")) return true;
  return i + 1 < tokens.size() && gapBetween(in, i, i + 1) == "-" && tokens[i + 1].allDigits &&
         tokens[i + 1].length() <= 3;
}

// A facility's acronym before its city ("QKMF Prishtinë"): the rules' gazetteer veto (seed 3434).
bool facilityAcronymBeforeCity(const ScanInput& in, std::size_t i) {
  if (!in.tokens[i].allCaps) return false;
  for (std::size_t e = i + 2; e <= i + 4 && e <= in.tokens.size(); ++e) {
    if (worldCityRun(in, i, e)) return true;
  }
  return false;
}

// A street's type that is also a surname or a word, after a house number and the street's name:
// "74 Spicebush Park", "177 Yarrow Point Park", "9 Oak Close" (the rules' street test needs the
// run to start at the number; the model looks at the last word alone).
bool streetAfterHouseNumber(const ScanInput& in, std::size_t i) {
  static constexpr std::array<std::string_view, 9> kTypes = {"park", "crescent", "close", "street", "lane",
                                                             "court", "way", "place", "drive"};
  return std::find(kTypes.begin(), kTypes.end(), in.tokens[i].lower) != kTypes.end() && streetNameBefore(in, i);
}

// A place of a French, Portuguese or Polish address (seed 2727): a town before its province in
// brackets, hyphenated parts and all ("Saguenay (Québec)", "Trois-Rivières (Québec)"); the saint's
// or lake's name of a street after its type ("rue Saint-Germain", "rang Saint-Isidore", "chemin du
// Lac-Beauport"); a town after a hyphenated postcode ("3800-180 Aveiro", "10-525 Olsztyn").
bool addressPlace(const ScanInput& in, std::size_t i) {
  const std::vector<Token>& tokens = in.tokens;
  std::size_t last = i;
  while (last + 1 < tokens.size() && gapBetween(in, last, last + 1) == "-" && tokens[last + 1].properShape()) ++last;
  if (last + 1 < tokens.size() && gapBetween(in, last, last + 1) == " (") {
    const std::string_view province = tokens[last + 1].lower;
    if (province == "qu\u00e9bec" || province == "qu\u00c9bec" || province == "quebec" || province == "qc") return true;
  }
  std::size_t first = i;
  while (first > 0 && gapBetween(in, first - 1, first) == "-" && tokens[first - 1].properShape()) --first;
  if (first < i) {
    static constexpr std::array<std::string_view, 7> kPrefixes = {"saint", "sainte", "st", "ste", "lac", "mont", "cap"};
    static constexpr std::array<std::string_view, 12> kStreets = {"rue", "rang", "chemin", "boulevard", "boul", "avenue",
                                                                  "route", "mont\u00e9e", "mont\u00c9e", "du", "de", "des"};
    if (std::find(kPrefixes.begin(), kPrefixes.end(), tokens[first].lower) != kPrefixes.end() && first > 0 &&
        gapBetween(in, first - 1, first) == " " &&
        std::find(kStreets.begin(), kStreets.end(), tokens[first - 1].lower) != kStreets.end()) {
      return true;
    }
  }
  // ("10-525 Olsztyn", "3800-180 Aveiro", "01415-000 São Paulo": digits, a hyphen, three digits.)
  return first >= 2 && gapBetween(in, first - 1, first) == " " && tokens[first - 1].allDigits &&
         tokens[first - 1].length() == 3 && gapBetween(in, first - 2, first - 1) == "-" && tokens[first - 2].allDigits &&
         tokens[first - 2].length() >= 2 && tokens[first - 2].length() <= 5;
}

// Whether the name findings `a` and `b` are one inverted name, FAMILY, GIVEN: one word each (with
// hyphenated parts), a comma and a space between, and either both in capitals ("MCALISTER-ROY,
// MERLYN (MRN ...)") or the pair in brackets ("(Hollowell, Wanona)") or before a credential
// ("Fenstermaker, Rustin, MD"); not a list of family names ("Present: Yellowhorse, Åberg,
// Breslow", "A, B and C").
bool invertedPair(const ScanInput& in, const Finding& a, const Finding& b) {
  const std::string_view text = in.text;
  if (b.start != a.end + 2 || text.substr(a.end, 2) != ", ") return false;
  const std::string_view first = text.substr(a.start, a.end - a.start);
  const std::string_view second = text.substr(b.start, b.end - b.start);
  for (std::string_view part : {first, second}) {
    if (part.find(' ') != std::string_view::npos || part.find(',') != std::string_view::npos) return false;
  }
  const auto capitals = [](std::string_view s) { return std::none_of(s.begin(), s.end(), isLower); };
  const std::string_view before = text.substr(a.start >= 2 ? a.start - 2 : 0, std::min<std::size_t>(a.start, 2));
  const std::string_view after = text.substr(b.end, std::min<std::size_t>(text.size() - b.end, 2));
  if (before.ends_with(",") || before == ", " || after.starts_with(" and") || after.starts_with(" &")) return false;
  const bool bracketed = before.ends_with("(") && after.starts_with(")");
  bool credential = false;
  if (after == ", ") {
    const std::size_t k = firstTokenFrom(in.tokens, b.end + 2);
    credential = k < in.tokens.size() && in.tokens[k].start == b.end + 2 && isCredentialWord(in.tokens[k]);
    if (!credential) return false;
  }
  return (capitals(first) && capitals(second)) || bracketed || credential;
}

struct Revised {
  Finding finding;
  bool added = false;
};

}  // namespace

// A word that opens the label of an identifier the rules found right after it ("Pers.-Nr.
// E138518", "HC N° 204-947-19"): the model, seeing a finding next door, may take the label's
// word for a name; a label is no person.
bool labelOfFoundIdentifier(const ScanInput& in, std::size_t i, const std::vector<TokenVerdict>& verdicts) {
  // The label may open at the word or at one of the two before it ("HC N°", "Case number").
  for (std::size_t j = i > 2 ? i - 2 : 0; j <= i; ++j) {
    PhiCategory category = PhiCategory::Mrn;
    const std::size_t words = identifierKeywordAt(in, j, category);
    const std::size_t value = j + words;
    if (words > 0 && value > i && value < in.tokens.size() && verdicts[value].other && !verdicts[value].name) {
      return true;
    }
  }
  return false;
}

// A word alone on its line's start before a colon and another category's finding: the label of a
// field ("Sana: 2024-yil 2-mart", Uzbek for date; seed 3030), even when it is also a given name.
bool labelBeforeFinding(const ScanInput& in, std::size_t i, const std::vector<TokenVerdict>& verdicts) {
  return i + 1 < in.tokens.size() && verdicts[i + 1].other && !verdicts[i + 1].name && fieldLabelWord(in, i);
}

// A key of a record's key=value pairs, the word or the first part of a key joined by underscores
// ("|NAMA=WULANDARI NASUTION|TGL_LAHIR=19631202|DOKTER=HENDRA WIJAYA|", an Indonesian
// e-prescription's payload, seed 3737): the model, seeing a date or a name next door, may take the
// key for a name; a key names a field, the person is its value.
bool recordKeyWord(const ScanInput& in, std::size_t i) {
  std::size_t k = in.tokens[i].end;
  while (k < in.text.size() && (isAsciiAlpha(in.text[k]) || isDigit(in.text[k]) || in.text[k] == '_')) ++k;
  return k < in.text.size() && in.text[k] == '=';
}

// Whether a name is written in a script the model learnt no names of: Greek ("Ανδρέας Γεωργίου",
// seed 3434), Hebrew, Arabic, the Indic scripts, Thai, Han, kana and Hangul ("高橋 恵美子", seed
// 3535). Its low score there says nothing, and the rules find such a name only after a title, a
// label or a honorific. Every letter's lead byte must be of those scripts (Cyrillic, which the
// model learnt, and Latin letters are not).
bool unlearntScriptName(std::string_view name) {
  if (name.size() < 2) return false;
  bool letter = false;
  for (char c : name) {
    const auto b = static_cast<unsigned char>(c);
    if (b == ' ' || b == '-' || b == '.' || (b >= 0x80 && b <= 0xBF)) continue;
    const bool unlearnt = b == 0xCE || b == 0xCF || (b >= 0xD7 && b <= 0xDB) || b == 0xE0 || (b >= 0xE3 && b <= 0xED);
    if (!unlearnt) return false;
    letter = true;
  }
  return letter;
}

std::vector<Finding> reviseNamesWithModel(const ScanInput& in, std::vector<Finding> findings,
                                          const std::vector<Finding>& vetoed) {
  const std::vector<Token>& tokens = in.tokens;
  const NameModelView view(in, findings);
  std::vector<double> probability(tokens.size(), -1.0);  // -1: not looked at
  std::vector<std::uint32_t> features;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!view.looksAt(i)) continue;
    view.features(i, features);
    probability[i] = nameModelProbability(features);
  }

  std::vector<Revised> revised;
  revised.reserve(findings.size() + 8);
  // A name finding is dropped when every word of it that the model looked at scores low.
  std::size_t tok = 0;
  for (const Finding& f : findings) {
    if (f.category == PhiCategory::Name) {
      while (tok < tokens.size() && tokens[tok].end <= f.start) ++tok;
      bool seen = false, allLow = true;
      for (std::size_t k = tok; k < tokens.size() && tokens[k].start < f.end; ++k) {
        if (probability[k] < 0) continue;
        seen = true;
        allLow = allLow && probability[k] < kNameModelDropThreshold;
      }
      if (seen && allLow && !unlearntScriptName(in.text.substr(f.start, f.end - f.start))) continue;
    }
    revised.push_back({f, false});
  }
  // Words the rules left alone that the model takes for names.
  std::size_t veto = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (veto < vetoed.size() && vetoed[veto].end <= tokens[i].start) ++veto;
    if (veto < vetoed.size() && vetoed[veto].start < tokens[i].end) continue;
    if (view.verdicts()[i].name || probability[i] <= kNameModelAddThreshold || listedAsNoName(tokens[i]) ||
        untrustedShape(in, i) || inEponym(in, i) || qualifiesKin(in, i) || startsPlaceAfterAt(in, i, view.verdicts()) ||
        inFirmName(in, i) || placeNounFollows(in, i) || ownsPlaceNoun(in, i) || hl7SegmentName(in, i) || inEponymousInstitution(in, i) || facilityAcronymBeforeCity(in, i) || streetTypeFollows(in, i) ||
        caseCitation(in, i, i + 1) || literatureCitation(in, i, i + 1) || animalsName(in, i) ||
        deviceModel(in, i) || streetAfterHouseNumber(in, i) || addressPlace(in, i) || noPersonByContext(in, i, i + 1) ||
        labelOfFoundIdentifier(in, i, view.verdicts()) || labelBeforeFinding(in, i, view.verdicts()) ||
        recordKeyWord(in, i)) {
      continue;
    }
    revised.push_back({Finding{tokens[i].start, tokens[i].end, PhiCategory::Name}, true});
  }
  std::sort(revised.begin(), revised.end(),
            [](const Revised& a, const Revised& b) { return a.finding.start < b.finding.start; });

  // An added word joins the name next to it ("Luther-Ray" after "Luther" was found).
  std::vector<Finding> out;
  out.reserve(revised.size());
  bool lastAdded = false;
  for (const Revised& r : revised) {
    // ("QUISENBERRY^JOLYNN", "MCALISTER-ROY^ARLISS": HL7 and DICOM join a name's components by a
    // caret; two names so joined are one.)
    if (!out.empty() && out.back().category == PhiCategory::Name && r.finding.category == PhiCategory::Name &&
        out.back().end < r.finding.start && in.text.substr(out.back().end, r.finding.start - out.back().end) == "^") {
      out.back().end = r.finding.end;
      lastAdded = lastAdded || r.added;
      continue;
    }
    if (!out.empty() && (r.added || lastAdded) && out.back().category == PhiCategory::Name &&
        r.finding.category == PhiCategory::Name && out.back().end <= r.finding.start &&
        joinsName(in.text.substr(out.back().end, r.finding.start - out.back().end))) {
      out.back().end = r.finding.end;
      lastAdded = lastAdded || r.added;
      continue;
    }
    out.push_back(r.finding);
    lastAdded = r.added;
  }
  // "MCALISTER-ROY, MERLYN", "(Hollowell, Wanona)": an inverted name found as two is one.
  for (std::size_t n = 0; n + 1 < out.size();) {
    if (out[n].category == PhiCategory::Name && out[n + 1].category == PhiCategory::Name &&
        invertedPair(in, out[n], out[n + 1])) {
      out[n].end = out[n + 1].end;
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(n) + 1);
    } else {
      ++n;
    }
  }
  // The other half of a double-barrelled name neither the rules nor the model took ("Mitsuki-Ai",
  // "YUTONG-XUE ONYEKACHI-MARSH"), when no other finding holds it.
  for (std::size_t n = 0; n < out.size(); ++n) {
    Finding& f = out[n];
    if (f.category != PhiCategory::Name) continue;
    std::size_t first = firstTokenFrom(tokens, f.start);
    if (first >= tokens.size() || tokens[first].start != f.start) continue;
    std::size_t last = first;
    while (last + 1 < tokens.size() && tokens[last + 1].end <= f.end) ++last;
    if (tokens[last].end != f.end) continue;
    const std::size_t floor = n > 0 ? out[n - 1].end : 0;
    const std::size_t ceiling = n + 1 < out.size() ? out[n + 1].start : in.text.size();
    while (last + 1 < tokens.size() && tokens[last + 1].end <= ceiling && hyphenNamePart(in, last + 1, last)) ++last;
    while (first > 0 && tokens[first - 1].start >= floor && hyphenNamePart(in, first - 1, first)) --first;
    widenOverParticles(in, first, last, floor, ceiling, nullptr);
    // ("MCALISTER-ROY^ARLISS OBX|1": the given name after a caret, in capitals like the family
    // name, and its hyphenated parts.)
    if (tokens[last].allCaps && last + 1 < tokens.size() && tokens[last + 1].end <= ceiling &&
        gapBetween(in, last, last + 1) == "^" && tokens[last + 1].allCaps && !tokens[last + 1].hasDigit &&
        tokens[last + 1].length() >= 2 && !listedAsNoName(tokens[last + 1])) {
      ++last;
      while (last + 1 < tokens.size() && tokens[last + 1].end <= ceiling && hyphenNamePart(in, last + 1, last)) ++last;
    }
    f.start = tokens[first].start;
    f.end = tokens[last].end;
    // ("Checked by Ruchika F.": a family name's initial after the given name the model added.)
    if (last + 1 < tokens.size() && tokens[last + 1].end < ceiling && tokens[last].length() > 1 &&
        familyInitialAfter(in, last + 1)) {
      f.end = tokens[last + 1].end + 1;
    }
  }
  return out;
}

}  // namespace concord::phi::detail
