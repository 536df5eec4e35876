// Street addresses of Europe and Latin America (and the Vietnamese street prefixes), which the
// North American scanner (scan_places.cpp: "house number, street name, street type") does not
// read: the type word comes before the name ("Via", "Calle", "Rua", "rue") with the house number
// after the name or before the type, or the type is the end of a compound name ("-gatan",
// "-gade", "-straat"). The town line that follows is read only after such a street, so that a
// postcode-shaped number elsewhere stays what it is.
#include <algorithm>
#include <array>
#include <string>

#include "flat_word_table.h"
#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

bool inList(std::string_view lower, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (lower == w) return true;
  }
  return false;
}

// Whether some word of `words` has `lower`'s first byte and length: a cheap test that rejects
// nearly every word before the list is compared (street words are called for most tokens).
template <std::size_t N>
bool mayBeInList(std::string_view lower, const std::array<std::string_view, N>& words) {
  if (lower.empty() || lower.size() > 31) return false;
  for (std::string_view w : words) {
    if (w.size() == lower.size() && w[0] == lower[0]) return true;
  }
  return false;
}

// Type words written before the street's name, with the house number after the name.
bool isLeadingStreetType(std::string_view lower) {
  static constexpr std::array<std::string_view, 27> kTypes = {
      "via",     "viale",   "corso",  "piazza",   "vicolo",   "largo",    "calle",    "avenida", "av",
      "paseo",   "ronda",   "travesía", "travesia", "plaza",  "rua",      "travessa", "praça",   "praca",
      "alameda", "privada", "callejón", "callejon", "calzada", "carrera", "rodovia",  "estrada", "viela"};
  // (Asked of most tokens of a note: a hashed set, never destroyed, rather than two passes over the list.)
  static const FlatWordTable& kSet = *new FlatWordTable(kTypes);
  return kSet.contains(lower);
}

// French (and Belgian) type words: the house number comes before them ("12 rue de la Paix").
bool isFrenchStreetType(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kTypes = {
      "rue", "avenue", "boulevard", "bd", "impasse", "chemin", "allée", "allee", "place", "quai", "route", "cours"};
  static const FlatWordTable& kSet = *new FlatWordTable(kTypes);  // (as above)
  return kSet.contains(lower);
}

// Endings of compound street names in the Nordic languages, Dutch and German.
bool hasStreetEnding(std::string_view lower) {
  // (And the Finnish "-katu", "-kuja" and "-ntie": "Aleksanterinkatu 15 A", "Hämeentie 12".)
  static constexpr std::array<std::string_view, 24> kEndings = {
      "gatan", "gata",   "gate",  "gade",  "vägen", "vagen", "veien", "vegen", "vej",    "väg",  "straat",
      "gracht", "weg",   "laan",  "plein", "dijk",  "kade",  "singel", "diep", "straße", "strasse",
      "katu",  "kuja",   "ntie"};
  // (Only the endings with the word's last letter are compared.)
  static const WordsByLastByte& kByLastByte = *new WordsByLastByte(kEndings);  // never destroyed
  if (lower.size() < 6) return false;
  for (std::string_view e : kByLastByte.endingIn(lower.back())) {
    if (lower.size() > e.size() + 2 && lower.ends_with(e)) return true;
  }
  // Lower-casing leaves letters beyond ASCII as they are: "Åboulevarden" keeps its capital Å.
  return lower.starts_with("boulevard") || lower.starts_with("åboulevard") || lower.starts_with("Åboulevard");
}

// A street type written as a word of its own after the name: "Thorvald Meyers gate", "Bygdøy allé";
// and the German, Danish and Dutch ones after an adjective of place ("Feldkircher Strasse 12",
// "Berliner Straße 5", "Dronning Ingrids Vej 1", "Lange Laan 4"), seed 3434.
bool isTrailingStreetType(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> kTypes = {"gate",   "allé",    "vei",   "veg",   "gata",
                                                              "gränd",  "straße",  "strasse", "gasse", "allee",
                                                              "vej",    "gade",    "straat", "laan"};
  return mayBeInList(lower, kTypes) && inList(lower, kTypes);
}

// Lower-case words inside a street's or a town's name: "calle de la Cerería", "Casalecchio di Reno".
bool isNameParticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 19> kParticles = {
      "de", "del", "della", "dei", "degli", "di", "da", "do", "das", "dos", "la", "las", "los", "le", "les",
      "du", "des", "van", "sur"};
  return inList(lower, kParticles);
}

// A word of a street's or a town's name: capitalised, a particle, or (for lower-case notes)
// any word of letters; no digits.
bool nameWord(const Token& t, bool lowerOk) {
  if (t.hasDigit || t.length() > 24) return false;
  return t.properShape() || isNameParticle(t.lower) || (lowerOk && t.hasLetter);
}

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t nextToken = 0;  // the first token after the span
};

std::size_t tokenAfter(const ScanInput& in, std::size_t from, std::size_t byte) {
  std::size_t k = from;
  while (k < in.tokens.size() && in.tokens[k].start < byte) ++k;
  return k;
}

// A house number at token k: one to four digits, optionally a letter glued on ("12A"), a dash
// and digits ("12-2"), or " bis", " ter", " B" after it. Returns the end byte or 0.
std::size_t houseNumberEnd(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  if (k >= tokens.size()) return 0;
  const Token& t = tokens[k];
  const std::size_t run = digitRun(in.text, t.start);
  if (run == 0 || run > 4) return 0;
  if (t.length() > run + 1 || (t.length() == run + 1 && !isAsciiAlpha(in.text[t.end - 1]))) return 0;
  std::size_t end = t.end;
  if (end + 1 < in.text.size() && in.text[end] == '-' && k + 1 < tokens.size() && tokens[k + 1].allDigits &&
      tokens[k + 1].length() <= 2 && tokens[k + 1].start == end + 1) {
    end = tokens[k + 1].end;
  } else if (k + 1 < tokens.size() && gapBetween(in, k, k + 1) == " " &&
             (tokens[k + 1].lower == "bis" || tokens[k + 1].lower == "ter" ||
              (tokens[k + 1].length() == 1 && isUpper(in.text[tokens[k + 1].start])))) {
    // "12 bis", "12 B" (not "12 B, 3º" read twice: a single capital then ends the number).
    const std::size_t after = tokens[k + 1].end;
    if (after >= in.text.size() || !isWordByte(in.text[after])) end = after;
  }
  return end;
}

// A unit after the house number and a comma: Spanish floor and door "3º B", Danish "2. th.",
// Brazilian "apto 102", "Apt 4". Returns the end byte, or `from` when there is none.
std::size_t unitEnd(const ScanInput& in, std::size_t k, std::size_t from) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (k >= tokens.size() || !gapOnly(gapBetween(in, k - 1, k), ", ", 2) || gapBetween(in, k - 1, k).empty()) return from;
  const Token& t = tokens[k];
  if (t.lower == "apto" || t.lower == "apt" || t.lower == "piso" || t.lower == "puerta" || t.lower == "int" ||
      t.lower == "interior" || t.lower == "depto") {
    if (k + 1 < tokens.size() && tokens[k + 1].hasDigit && gapOnly(gapBetween(in, k, k + 1), " .", 2)) {
      return tokens[k + 1].end;
    }
    return from;
  }
  // "3º B", "2º", "1ª": digits with an ordinal sign (a non-ASCII byte after the digits).
  const std::size_t run = digitRun(text, t.start);
  if (run >= 1 && run <= 2 && t.length() > run && isNonAscii(text[t.start + run]) && t.length() <= run + 2) {
    std::size_t end = t.end;
    if (k + 1 < tokens.size() && gapBetween(in, k, k + 1) == " " && tokens[k + 1].length() == 1) end = tokens[k + 1].end;
    return end;
  }
  // "2. th.", "1. tv.", "st." (Danish floor and side).
  if (t.allDigits && run <= 2 && t.end + 2 < text.size() && text[t.end] == '.' && k + 1 < tokens.size() &&
      gapBetween(in, k, k + 1) == ". " && (tokens[k + 1].lower == "th" || tokens[k + 1].lower == "tv" ||
                                           tokens[k + 1].lower == "mf")) {
    std::size_t end = tokens[k + 1].end;
    if (end < text.size() && text[end] == '.') ++end;
    return end;
  }
  return from;
}

// The street, from token i. Returns an empty span when there is none.
Span streetAt(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& t = tokens[i];
  Span s;
  const bool lowerOk = !t.properShape();
  std::size_t numberToken = n;
  std::size_t nameEnd = 0;
  if (isLeadingStreetType(t.lower) || (t.properShape() && hasStreetEnding(t.lower))) {
    // "Via dei Cappellari 12", "Calle Mayor, 5", "Av. Insurgentes Sur 300", "Storgatan 12".
    std::size_t k = i + 1;
    if (isLeadingStreetType(t.lower)) {
      // "via", "largo" and "corso" are English words in lower case ("urine via Foley"); "Av" is
      // the avenue only with its dot ("AV fistula" is an arteriovenous one).
      if (!t.properShape() && (t.lower == "via" || t.lower == "largo" || t.lower == "corso")) return s;
      if (t.lower == "av" && gapBetween(in, i, i + 1) != ". ") return s;
      std::size_t words = 0;
      while (k < n && words < 6 && (gapBetween(in, k - 1, k) == " " || (k == i + 1 && gapBetween(in, k - 1, k) == ". ")) &&
             nameWord(tokens[k], lowerOk)) {
        ++k;
        ++words;
      }
      // A street named by a date keeps its day: "Calle 5 de Mayo 12".
      if (words == 0 && k + 2 < n && tokens[k].allDigits && tokens[k].length() <= 2 && tokens[k + 1].lower == "de" &&
          tokens[k + 2].properShape()) {
        k += 3;
        words = 3;
      }
      // A particle in lower case never ends the name; capitalised it is one of its words: "Av.
      // Insurgentes Sur 147" (south), not "calle de 12".
      if (words == 0 || (isNameParticle(tokens[k - 1].lower) && isLower(in.text[tokens[k - 1].start]))) return s;
    }
    const std::string_view gap = k < n ? gapBetween(in, k - 1, k) : std::string_view();
    if (!(gap == " " || gap == ", ")) return s;
    numberToken = k;
  } else if (t.properShape() && !isNameParticle(t.lower)) {
    // "Thorvald Meyers gate 4", "Bygdøy allé 12": one or two words and a type word of its own.
    std::size_t k = i + 1;
    // (In capitals the type word has a name's shape too: "BYGDøY ALLé 126".)
    for (std::size_t words = 0; k < n && words < 2 && gapBetween(in, k - 1, k) == " " && tokens[k].properShape() &&
                                !isTrailingStreetType(tokens[k].lower);
         ++words) {
      ++k;
    }
    if (k + 1 >= n || gapBetween(in, k - 1, k) != " " || !isTrailingStreetType(tokens[k].lower) ||
        gapBetween(in, k, k + 1) != " ") {
      return s;
    }
    numberToken = k + 1;
  } else if (t.allDigits && t.length() <= 4 && i + 2 < n) {
    // French order: "12 rue de la Paix", "3 bis avenue Jean-Jaurès", "8 place du Marché".
    std::size_t k = i + 1;
    if (tokens[k].lower == "bis" || tokens[k].lower == "ter") ++k;
    if (k + 1 >= n || gapBetween(in, k - 1, k) != " " || !isFrenchStreetType(tokens[k].lower)) return s;
    std::size_t words = 0;
    ++k;
    while (k < n && words < 6 && gapOnly(gapBetween(in, k - 1, k), " -'", 1) && !gapBetween(in, k - 1, k).empty() &&
           (nameWord(tokens[k], true))) {
      ++k;
      ++words;
    }
    if (words == 0 || isNameParticle(tokens[k - 1].lower)) return s;
    nameEnd = tokens[k - 1].end;
    s.start = t.start;
    s.end = nameEnd;
    s.nextToken = k;
    return s;
  } else {
    return s;
  }
  const std::size_t numberEnd = houseNumberEnd(in, numberToken);
  if (numberEnd == 0) return s;
  // A number glued to more digits or a unit of measure is no house number ("Via 2 mg").
  if (numberEnd < in.text.size() && (in.text[numberEnd] == '/' || in.text[numberEnd] == ':')) return s;
  s.start = t.start;
  s.end = numberEnd;
  std::size_t k = tokenAfter(in, numberToken, numberEnd);
  s.end = unitEnd(in, k, s.end);
  k = tokenAfter(in, k, s.end);
  // A neighbourhood after the street and a comma, named by its marker: "Col. Del Valle", "Barrio de
  // Analco", "Brgy. Lahug", "Bairro Tirol".
  if (k + 1 < n && gapBetween(in, k - 1, k) == ", " &&
      (tokens[k].lower == "col" || tokens[k].lower == "colonia" || tokens[k].lower == "barrio" ||
       tokens[k].lower == "bairro" || tokens[k].lower == "brgy" || tokens[k].lower == "fracc")) {
    std::size_t m = k + 1;
    std::size_t words = 0;
    while (m < n && words < 5 && gapOnly(gapBetween(in, m - 1, m), " .", 2) && !gapBetween(in, m - 1, m).empty() &&
           nameWord(tokens[m], lowerOk)) {
      ++m;
      ++words;
    }
    // ("Col. Jardines del Sur": a capitalised particle ends the name as its word.)
    if (words > 0 && !(isNameParticle(tokens[m - 1].lower) && isLower(in.text[tokens[m - 1].start]))) {
      s.end = tokens[m - 1].end;
      k = m;
    }
  }
  s.nextToken = k;
  return s;
}

// The town's name from token k: capitalised words and particles, up to four, ending before
// punctuation, a line end, two spaces or a field label ("Elche Teléfono: ..."). Returns the end
// byte or 0.
std::size_t townEnd(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  if (k >= n || !tokens[k].properShape() || tokens[k].hasDigit) return 0;
  std::size_t last = k;
  for (std::size_t m = k + 1; m < n && m < k + 4; ++m) {
    const std::string_view gap = gapBetween(in, m - 1, m);
    if (!(gap == " " || gap == "-")) break;
    if (!(tokens[m].properShape() || isNameParticle(tokens[m].lower)) || tokens[m].hasDigit) break;
    // A label after the town: "Ecatepec Teléfono: 55 ..." (the word before a colon).
    if (tokens[m].end < in.text.size() && in.text[tokens[m].end] == ':') break;
    last = m;
  }
  while (last > k && isNameParticle(tokens[last].lower) && isLower(in.text[tokens[last].start])) --last;
  return tokens[last].end;
}

// A German street's name: a compound ending in "straße" or "strasse" ("Lindenstraße 4").
bool germanStreet(const ScanInput& in, std::size_t first, std::size_t end) {
  for (std::size_t k = first; k < in.tokens.size() && in.tokens[k].start < end; ++k) {
    if (in.tokens[k].lower.ends_with("straße") || in.tokens[k].lower.ends_with("strasse")) return true;
  }
  return false;
}

// The town line after a street, starting at token k. Emits its spans. After a German street
// (`germanStart` its first byte, or npos) the postcode and the town close the street's span:
// "Lindenstraße 4, 53111 Bonn" is one address, the PLZ no US ZIP.
void townLineAt(const ScanInput& in, std::size_t k, Candidates& out, std::size_t germanStart = std::string_view::npos) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t n = tokens.size();
  if (k >= n) return;
  const std::string_view gap = gapBetween(in, k - 1, k);
  // ("., " after a Danish side's dot: "Åboulevarden 75, 3. th., 1719 Roskilde".)
  if (!(gap == ", " || gap == "\n" || gap == ",\n" || gap == " " || gap == "., ")) return;
  const Token& t = tokens[k];
  // "C.P. 06700, Iztapalapa": the Mexican postal code after its label.
  std::size_t p = k;
  if (t.lower == "c" && k + 2 < n && tokens[k + 1].lower == "p" && gapBetween(in, k, k + 1) == "." &&
      gapBetween(in, k + 1, k + 2) == ". ") {
    p = k + 2;
  }
  const Token& code = tokens[p];
  if (code.allDigits && code.length() == 5 && germanStart != std::string_view::npos && p == k && gap == ", " &&
      p + 1 < n && gapBetween(in, p, p + 1) == " ") {
    if (const std::size_t end = townEnd(in, p + 1); end > 0) {
      out.push_back({germanStart, end, PhiCategory::Address, priority::kAddress});
      return;
    }
  }
  if (code.allDigits && code.length() == 5) {
    out.push_back({code.start, code.end, PhiCategory::Zip, priority::kAddress});
    if (p + 1 < n && gapOnly(gapBetween(in, p, p + 1), ", ", 2)) {
      if (const std::size_t end = townEnd(in, p + 1); end > 0) {
        out.push_back({tokens[p + 1].start, end, PhiCategory::Address, priority::kAddress});
      }
    }
    return;
  }
  if (p != k || !code.allDigits) {
    // "Recife - PE, CEP 50000-000": a Brazilian town, its state and the postcode after "CEP".
    const std::size_t end = townEnd(in, k);
    if (end == 0) return;
    std::size_t m = tokenAfter(in, k, end);
    if (m + 1 < n && gapBetween(in, m - 1, m) == " - " && tokens[m].allCaps && tokens[m].length() == 2) {
      out.push_back({t.start, tokens[m].end, PhiCategory::Address, priority::kAddress});
      if (m + 2 < n && tokens[m + 1].lower == "cep" && tokens[m + 2].allDigits && tokens[m + 2].length() == 5 &&
          tokens[m + 2].end + 4 <= text.size() && text[tokens[m + 2].end] == '-' &&
          digitRun(text, tokens[m + 2].end + 1) == 3) {
        out.push_back({tokens[m + 2].start, tokens[m + 2].end + 4, PhiCategory::Address, priority::kAddress});
      }
    }
    return;
  }
  // Dutch "1015 CW Delft", Swedish "411 38 Lund", Norwegian and Danish "0182 Oslo": one span.
  std::size_t m = k + 1;
  if (code.length() == 4 && m < n && tokens[m].allCaps && tokens[m].length() == 2 && gapBetween(in, k, m) == " ") {
    ++m;
  } else if (code.length() == 3 && m < n && tokens[m].allDigits && tokens[m].length() == 2 &&
             gapBetween(in, k, m) == " ") {
    ++m;
  } else if (code.length() != 4) {
    return;
  }
  if (m >= n || gapBetween(in, m - 1, m) != " ") return;
  if (const std::size_t end = townEnd(in, m); end > 0) {
    out.push_back({code.start, end, PhiCategory::Address, priority::kAddress});
  }
}

// Cheap gate before streetAt: a house number (French order), a word of a type's length and first
// letter, a compound name before a house number, or a capitalised word with a type word within
// three tokens.
bool mayStartStreet(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const Token& t = tokens[i];
  if (t.allDigits) {
    // "12 rue ...", "3 bis avenue ...".
    const Token& next = tokens[i + 1].lower == "bis" || tokens[i + 1].lower == "ter" ? tokens[std::min(i + 2, tokens.size() - 1)]
                                                                                       : tokens[i + 1];
    return t.length() <= 4 && isFrenchStreetType(next.lower);
  }
  if (!t.hasLetter || t.hasDigit || t.length() < 2) return false;
  if (isLeadingStreetType(t.lower)) {
    return true;
  }
  if (!t.properShape()) return false;
  // (The house number may carry a letter: "Prinsengracht 14A".)
  if (isDigit(in.text[tokens[i + 1].start]) && t.length() >= 6 && hasStreetEnding(t.lower)) return true;
  for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
    if (tokens[k].length() >= 3 && tokens[k].length() <= 7 && isTrailingStreetType(tokens[k].lower)) return true;
  }
  return false;
}

}  // namespace

void scanLocalAddresses(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!mayStartStreet(in, i)) continue;
    const Span s = streetAt(in, i);
    if (s.end == 0) continue;
    out.push_back({s.start, s.end, PhiCategory::Address, priority::kAddress});
    townLineAt(in, s.nextToken, out, germanStreet(in, i, s.end) ? s.start : std::string_view::npos);
    i = s.nextToken > i ? s.nextToken - 1 : i;
  }
}

}  // namespace concord::phi::detail
