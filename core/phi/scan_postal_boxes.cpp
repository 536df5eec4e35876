// Post-office boxes of the second list of countries, where a box is the address a form asks for
// (French-speaking Africa, Portuguese- and Spanish-speaking countries, the Arab states, the former
// Soviet Union): "B.P. 1234 Dakar", "BP 5012 Ouagadougou 01" after an address label, "Boîte
// postale 45, Niamey", "Caixa Postal 1234, Luanda", "Apartado Postal 4512, Tegucigalpa", "Apdo.
// 23", "Casilla de Correo 1234, La Paz", "ص.ب. 1234 عمان", "а/я 12". The box and its number, and
// the town after it, are one address span (the English "P.O. Box" is scan_places.cpp's).
// "BP" alone is a blood pressure ("BP 130/85", "BP 140 systolic"): without its dots it needs an
// address label before it on its line, and every box needs its number right after it.
#include <array>

#include "local_addresses.h"
#include "name_tables.h"

namespace concord::phi::detail {

namespace {

// The last token of the box's number from token k ("1234", "4512-A"), or npos.
std::size_t boxNumberEnd(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  if (k >= tokens.size() || tokens[k].length() > 6) return std::string_view::npos;
  // (A South African, Namibian or Botswana private bag's number may open with an X: "Private Bag
  // X828, Pretoria".)
  const Token& t = tokens[k];
  const bool bagNumber = t.length() >= 2 && in.text[t.start] == 'X' && digitRun(in.text, t.start + 1) == t.length() - 1;
  if (!t.allDigits && !bagNumber) return std::string_view::npos;
  return k;
}

// The last token of a town after the number at `k` (" Dakar", ", Luanda", " Ouagadougou 01", " La
// Paz"): up to three words starting with a capital (or of a script without capitals), with the
// two-digit district of Burkina Faso's and Côte d'Ivoire's boxes; `k` itself if none.
std::size_t townAfterBox(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  std::size_t last = k;
  std::size_t words = 0;
  for (std::size_t j = k + 1; j < tokens.size() && words < 3; ++j) {
    const std::string_view gap = gapBetween(in, j - 1, j);
    if (gap != " " && !(j == k + 1 && (gap == ", " || gap == " - "))) break;
    const Token& t = tokens[j];
    const bool script = static_cast<unsigned char>(in.text[t.start]) >= 0xD8 && !t.hasDigit;
    if (t.properShape() && !t.hasDigit) {
      last = j;
      ++words;
    } else if (script) {
      last = j;
      ++words;
    } else if (words > 0 && (t.lower == "de" || t.lower == "la" || t.lower == "el") && j + 1 < tokens.size() &&
               tokens[j + 1].properShape()) {
      continue;
    } else if (words > 0 && t.allDigits && t.length() == 2) {
      last = j;
      break;
    } else {
      break;
    }
  }
  return last;
}

// Whether an address label ends before `pos` on its line ("Adresse : BP 1234 Niamey").
bool addressLabelOnLine(std::string_view text, std::size_t pos) {
  std::size_t colon = pos;
  while (colon > 0 && text[colon - 1] == ' ') --colon;
  if (colon == 0 || text[colon - 1] != ':') return false;
  --colon;
  std::string_view label = sameLineBefore(text, colon, 32);
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  return endsWithAddressLabel(label);
}

// The first token of the box's number after a box word at token i, or npos.
std::size_t numberAfterBoxWord(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& t = tokens[i];
  // Every box word opens with a, b or c, or the first byte of an Arabic or Cyrillic letter: most
  // tokens are ruled out here, before the dozen string comparisons below.
  if (t.lower.empty()) return std::string_view::npos;
  if (const auto first = static_cast<unsigned char>(t.lower.front());
      first != 'a' && first != 'b' && first != 'c' && first != 'p' && first != 'l' && first != 'k' && first != 0xD8 &&
      first != 0xD0) {
    return std::string_view::npos;
  }
  auto gap = [&](std::size_t a) { return gapBetween(in, a, a + 1); };
  // "B.P. 1234", "B.P 1234", "BP 1234" (after a label), "Boîte postale 45", "Boite Postale N° 45".
  if (t.lower == "b" && t.allCaps && i + 2 < n && gap(i) == "." && tokens[i + 1].lower == "p" &&
      tokens[i + 1].allCaps && gapOnly(gap(i + 1), ". ", 2) && gap(i + 1).front() == '.') {
    return i + 2;
  }
  if (t.lower == "bp" && t.allCaps && i + 1 < n && gap(i) == " " && addressLabelOnLine(in.text, t.start)) return i + 1;
  if ((t.lower == "bo\u00eete" || t.lower == "boite" || t.lower == "bo\u00cete") && i + 2 < n && t.properShape() &&
      gap(i) == " " && tokens[i + 1].lower == "postale") {
    std::size_t k = i + 2;
    // (The number sign: "N° 45", "n° 45".)
    if (k + 1 < n && (tokens[k].lower == "n\u00b0" || tokens[k].lower == "no") && gapOnly(gap(i + 1), " ", 1)) ++k;
    return k;
  }
  // "Caixa Postal 1234", "Cx. Postal 1234", "Apartado Postal 4512", "Casilla de Correo 1234".
  if ((t.lower == "caixa" || t.lower == "cx" || t.lower == "apartado") && t.properShape() && i + 2 < n &&
      gapOnly(gap(i), ". ", 2) && tokens[i + 1].lower == "postal") {
    return i + 2;
  }
  if (t.lower == "casilla" && t.properShape() && i + 3 < n && gap(i) == " " && tokens[i + 1].lower == "de" &&
      tokens[i + 2].lower == "correo") {
    return i + 3;
  }
  // "Apdo. 23" (apartado, the box), "Apdo. Postal 23".
  if (t.lower == "apdo" && t.properShape() && i + 1 < n && gap(i) == ". ") {
    return tokens[i + 1].lower == "postal" && i + 2 < n ? i + 2 : i + 1;
  }
  // The boxes of southern Africa, the Caribbean and the Pacific (the third list of countries):
  // "Private Bag 0012, Gaborone", "Private Bag X828", "Private Mail Bag 45, Suva", "Locked Bag 12",
  // the Dutch "Postbus 1234, Paramaribo" (Suriname, Aruba, Curaçao), the Albanian "Kutia Postare
  // 1234, Tiranë". Capitalised as a form writes them ("a private bag of saline" is none).
  if ((t.lower == "private" || t.lower == "locked") && t.properShape() && i + 2 < n && gap(i) == " " &&
      tokens[i + 1].lower == "bag" && tokens[i + 1].properShape()) {
    return i + 2;
  }
  if (t.lower == "private" && t.properShape() && i + 3 < n && gap(i) == " " && tokens[i + 1].lower == "mail" &&
      gap(i + 1) == " " && tokens[i + 2].lower == "bag" && tokens[i + 2].properShape()) {
    return i + 3;
  }
  if (t.lower == "postbus" && t.properShape() && i + 1 < n && gap(i) == " ") return i + 1;
  if (t.lower == "kutia" && t.properShape() && i + 2 < n && gap(i) == " " && tokens[i + 1].lower == "postare") {
    return i + 2;
  }
  // The Arabic "ص.ب." (صندوق بريد, a post box) and the Russian "а/я" (абонентский ящик).
  if (t.lower == "\u0635" && i + 2 < n && gap(i) == "." && tokens[i + 1].lower == "\u0628") return i + 2;
  if (t.lower == "\u0430" && i + 2 < n && gap(i) == "/" && tokens[i + 1].lower == "\u044f") return i + 2;
  return std::string_view::npos;
}

}  // namespace

void scanPostalBoxes(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const std::size_t k = numberAfterBoxWord(in, i);
    if (k == std::string_view::npos || k >= tokens.size()) continue;
    const std::string_view before = gapBetween(in, k - 1, k);
    if (!gapOnly(before, ". ", 3) || before.back() != ' ') continue;
    const std::size_t number = boxNumberEnd(in, k);
    if (number == std::string_view::npos) continue;
    // A number followed by a unit or a slash is a count or a reading, no box: "BP 120/80".
    if (number + 1 < tokens.size() && tokens[number + 1].start == tokens[number].end) continue;
    const std::size_t last = townAfterBox(in, number);
    // "B.P." and "BP" are a blood pressure too ("B.P. 140 systolic", "Home: BP 140 Sitting"): they
    // need their town after the number, a word of no English.
    if (tokens[i].lower == "b" || tokens[i].lower == "bp") {
      if (last == number || (tokens[number + 1].classes & WordClass::kEnglish)) continue;
    }
    // The third list's bags and boxes: a word of English or in lower case after the number makes it a
    // count ("Private Bag 12 Units of blood", "Postbus 12 mg"), not a box and its town.
    if (tokens[i].lower == "private" || tokens[i].lower == "locked" || tokens[i].lower == "postbus" ||
        tokens[i].lower == "kutia") {
      const bool sameLine = number + 1 < tokens.size() && gapBetween(in, number, number + 1) == " ";
      if (sameLine && ((tokens[number + 1].classes & WordClass::kEnglish) || isLower(in.text[tokens[number + 1].start]))) {
        continue;
      }
    }
    out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
    i = last;
  }
}

}  // namespace concord::phi::detail
