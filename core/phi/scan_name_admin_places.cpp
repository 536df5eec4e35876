// Places of the revenue cycle's addresses that look like a person's name and are none: a place
// after the noun of its administrative level in a Rwandan address ("Umudugudu wa Amahoro, Akagari
// ka Ngoma, Umurenge wa Huye, Akarere ka Gasabo": village, cell, sector, district), a quarter or a
// rural district after its noun ("Quartier Essos", "Compañía Itapuamí", "Barriada La Pulida",
// "Corregimiento de Bella Vista"), and the town a French street is named for ("route d'Arlon",
// "rue d'Eich"). Shared by the rules' vetoes and the name model's revision (noPersonByContext).
#include <string_view>

#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Kinyarwanda nouns of the administrative levels, before their connective ("wa", "ka", "ya").
bool isRwandanLevel(std::string_view lower) {
  return listHas({"umudugudu", "akagari", "umurenge", "akarere", "intara", "umujyi"}, lower);
}

// Nouns of a quarter or a rural district before its name: Cameroonian and Malagasy "quartier",
// Paraguayan "compañía" (a rural district of a town), Panamanian "barriada" and "corregimiento".
// (A capital non-ASCII letter stays upper case in the ASCII-lowered token.)
bool isQuarterNoun(std::string_view lower) {
  return listHas({"quartier", "compa\u00f1\u00eda", "compa\u00d1\u00eda", "compa\u00d1\u00cda", "compania", "barriada",
                  "corregimiento"},
                 lower);
}

bool isFrenchStreetNoun(std::string_view lower) {
  return listHas({"route", "rue", "avenue", "chemin", "boulevard", "place", "all\u00e9e", "all\u00c9e", "impasse"}, lower);
}

// Whether token k is the ASCII-lowered word `word`, written in lower case.
bool lowerWordAt(const ScanInput& in, std::size_t k, std::string_view word) {
  return k < in.tokens.size() && in.tokens[k].lower == word && (isLower(in.text[in.tokens[k].start]) || in.tokens[k].allCaps);
}

}  // namespace

// Words of the family's chat languages, in lower case, that are spelled like given names and are
// none in their phrase: Spanish "de ella" (of her), Icelandic "sótt hana" (fetch her) and "að fara"
// (to go), Lao "hong mor" (hospital) and "kha hong" (the hospital's fee), Bemba "muli shani" (how
// are you), Malagasy "raha misy" (if there is), Dari "tamas begirid" (get in touch). Only the word
// in lower case and in its phrase: "Ella", "Hana", "Raha", "Shani" and "Hong" are names elsewhere.
bool chatPhraseWord(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken > tokens.size() || endToken <= first) return false;
  // The whole phrase as one run: "MULI SHANI", "HONG MOR".
  if (endToken == first + 2 && gapBetween(in, first, first + 1) == " " &&
      ((lowerWordAt(in, first, "hong") && lowerWordAt(in, first + 1, "mor")) ||
       (lowerWordAt(in, first, "muli") && lowerWordAt(in, first + 1, "shani")))) {
    return true;
  }
  if (endToken != first + 1) return false;
  const std::size_t next = first + 1;
  const bool spaceAfter = next < tokens.size() && gapBetween(in, first, next) == " ";
  const std::string_view w = tokens[first].lower;
  // (A note upper-cased whole writes the phrase in capitals: "MULI SHANI", "HONG MOR".)
  if (!isLower(in.text[tokens[first].start]) && !tokens[first].allCaps) return false;
  if (spaceAfter && (w == "raha" || w == "tamas" || w == "hong")) {
    const bool phrase = w == "raha"  ? lowerWordAt(in, next, "misy") || lowerWordAt(in, next, "tsy")
                        : w == "tamas" ? lowerWordAt(in, next, "begirid") || lowerWordAt(in, next, "begirin")
                                       : lowerWordAt(in, next, "mor");
    if (phrase && (isLower(in.text[tokens[first].start]) || tokens[next].allCaps)) return true;
  }
  if (first == 0 || gapBetween(in, first - 1, first) != " ") return false;
  const std::size_t prev = first - 1;
  if (!isLower(in.text[tokens[first].start]) && !tokens[prev].allCaps) return false;
  if (w == "ella" || w == "el") return listHas({"de", "con", "para", "por", "sin", "a"}, tokens[prev].lower);
  if (w == "hana") return listHas({"s\u00f3tt", "s\u00e6kja", "me\u00f0", "hj\u00e1", "vi\u00f0", "um"}, tokens[prev].lower);
  if (w == "fara") return lowerWordAt(in, prev, "a\u00f0");
  if (w == "hong") return lowerWordAt(in, prev, "kha");
  if (w == "shani") return lowerWordAt(in, prev, "muli");
  return false;
}

bool adminPlaceRun(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken > tokens.size() || endToken <= first) return false;
  // "Akagari ka Ngoma": the level's noun and its connective right before the run.
  if (first >= 2 && listHas({"wa", "ka", "ya"}, tokens[first - 1].lower) && gapBetween(in, first - 2, first - 1) == " " &&
      gapBetween(in, first - 1, first) == " " && isRwandanLevel(tokens[first - 2].lower)) {
    return true;
  }
  // "Quartier Essos", "Compañía Itapuamí", "Corregimiento de Bella Vista": the run opens with the
  // quarter's noun or follows it (with "de" between).
  if (isQuarterNoun(tokens[first].lower)) return true;
  // ("Compañía Costa Fleitas": the run may be the last of the place's words.)
  std::size_t before = first;
  for (int words = 0; words < 2 && before >= 2 && gapBetween(in, before - 1, before) == " " &&
                      tokens[before - 1].properShape() && !isQuarterNoun(tokens[before - 1].lower);
       ++words) {
    --before;
  }
  if (before >= 2 && tokens[before - 1].lower == "de" && gapBetween(in, before - 1, before) == " ") --before;
  if (before >= 1 && gapBetween(in, before - 1, before) == " " && isQuarterNoun(tokens[before - 1].lower)) return true;
  // "route d'Arlon": the town after a French street's noun and its elided "de".
  if (first >= 2 && tokens[first - 1].lower == "d" &&
      (gapBetween(in, first - 1, first) == "'" || gapBetween(in, first - 1, first) == "\u2019") &&
      gapBetween(in, first - 2, first - 1) == " " && isFrenchStreetNoun(tokens[first - 2].lower)) {
    return true;
  }
  // "Av. Julius Nyerere, n.º 741", "Rua Eduardo Mondlane, 1459": a street named for a person
  // between a Portuguese or Spanish street's noun and its house number.
  // ("Av. Eduardo Mondlane": the run may be the street's last word.)
  std::size_t street = first;
  if (street >= 2 && gapBetween(in, street - 1, street) == " " && tokens[street - 1].properShape()) --street;
  if (street >= 1 && listHas({"av", "avenida", "rua", "avda", "travessa", "calle"}, tokens[street - 1].lower) &&
      (gapBetween(in, street - 1, street) == ". " || gapBetween(in, street - 1, street) == " ") && endToken < tokens.size()) {
    const std::string_view rest = in.text.substr(tokens[endToken - 1].end, 8);
    if (rest.starts_with(", n.\u00ba") || rest.starts_with(", n\u00ba") || rest.starts_with(", n.\u00b0") ||
        rest.starts_with(", N.\u00ba") || rest.starts_with(", N\u00ba") ||
        (rest.size() >= 3 && rest.starts_with(", ") && isDigit(rest[2]))) {
      return true;
    }
  }
  // "Sheikh Saad St., Bldg 62", "Al-Jamiliyah, Faisal St., Bldg 104": a run before "St." and a
  // comma is a street's name (a saint is written before the name: "St. John").
  if (endToken < tokens.size() && tokens[endToken].lower == "st" && gapBetween(in, endToken - 1, endToken) == " " &&
      in.text.substr(tokens[endToken].end, 2) == ".,") {
    return true;
  }
  return false;
}

}  // namespace concord::phi::detail
