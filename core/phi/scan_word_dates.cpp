// Dates whose day is spelled in words (foreign_dates.h, spelledDayDateEnd): Spanish and
// Portuguese civil records and certificates ("a los quince días del mes de marzo de dos mil
// veinte", "tres de marzo de mil novecientos treinta", "aos quinze dias do mês de março de dois mil
// e vinte") and French letters ("le trois mars mille neuf cent trente"). The day and month are a
// date's elements whatever the year; the year, in digits or words, joins the span when it follows.
#include <string_view>

#include "foreign_dates.h"

namespace concord::phi::detail {

namespace {

// Days one to thirty-one in one word (Spanish, Portuguese, French), and the tens that take a
// unit after them ("veinte y", "vinte e", "trente et un", "vingt-deux").
bool dayWord(std::string_view w) {
  static constexpr std::string_view kDays[] = {
      // Spanish
      "primero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
      "trece", "catorce", "quince", "diecis\u00e9is", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte",
      "veintiuno", "veinti\u00fan", "veintid\u00f3s", "veintidos", "veintitr\u00e9s", "veintitres", "veinticuatro",
      "veinticinco", "veintis\u00e9is", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta",
      // Portuguese
      "primeiro", "um", "dois", "tr\u00eas", "quatro", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
      "quatorze", "quinze", "dezesseis", "dezasseis", "dezessete", "dezassete", "dezoito", "dezenove", "dezanove",
      "vinte", "trinta",
      // French (the teens from seventeen and the twenties are hyphenated: below)
      "premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "seize", "vingt", "trente"};
  return listHas(std::span<const std::string_view>(kDays), w);
}

bool unitWordOfDay(std::string_view w) {
  static constexpr std::string_view kUnits[] = {"uno", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete",
                                                "ocho", "nueve", "um", "dois", "tr\u00eas", "quatro", "sete",
                                                "oito", "nove", "deux", "trois", "cinq", "six", "sept", "huit",
                                                "neuf", "une"};
  return listHas(std::span<const std::string_view>(kUnits), w);
}

// The words of a year in letters: "mil novecientos treinta", "dos mil veinte", "dois mil e vinte",
// "mille neuf cent trente".
bool yearWord(std::string_view w) {
  static constexpr std::string_view kYear[] = {
      "mil", "mille", "novecientos", "novecentos", "neuf", "cent", "dos", "dois", "deux", "y", "e", "et",
      "diez", "dez", "dix", "veinte", "vinte", "vingt", "treinta", "trinta", "trente", "cuarenta", "quarenta",
      "quarante", "cincuenta", "cinquenta", "cinquante", "sesenta", "sessenta", "soixante", "setenta",
      "quatre", "ochenta", "oitenta", "noventa", "uno", "um", "un", "tres", "tr\u00eas", "trois", "cuatro", "cinco",
      "cinq", "seis", "six", "siete", "sete", "sept", "ocho", "oito", "huit", "nueve", "nove", "once", "onze",
      "doce", "doze", "douze", "trece", "treze", "treize", "catorce", "catorze", "quatorze", "quince", "quinze",
      "dieciocho", "dezoito", "diecinueve", "dezenove", "veinticinco", "seize"};
  return listHas(std::span<const std::string_view>(kYear), w);
}

}  // namespace

std::size_t spelledDayDateEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& t = tokens[i];
  if (!maySpellDayDate(in, i) || !dayWord(t.lower)) return std::string_view::npos;
  // A street, square or hospital named after a date: "Rua Sete de Setembro", "Avenida Nueve de
  // Julio", "Hospital Nacional Dos de Mayo", "rue du Quatre-Septembre".
  for (std::size_t b = i, words = 0; b > 0 && words < 2; --b, ++words) {
    if (listHas({"hospital", "avenida", "av", "calle", "plaza", "pra\u00e7a", "rua", "rue", "place", "boulevard",
                 "jir\u00f3n", "jr", "colegio", "escuela", "escola", "barrio", "bairro", "nacional", "estaci\u00f3n",
                 "esta\u00e7\u00e3o", "avenue", "du", "parque", "colonia", "paseo"},
                tokens[b - 1].lower)) {
      return std::string_view::npos;
    }
  }
  std::size_t last = i;
  // "treinta y uno", "vinte e dois", "vingt-deux", "vingt et un", "dix-sept".
  if (last + 2 < n && (t.lower == "veinte" || t.lower == "treinta" || t.lower == "vinte" || t.lower == "trinta" ||
                       t.lower == "vingt" || t.lower == "trente")) {
    if (listHas({"y", "e", "et"}, tokens[last + 1].lower) && gapBetween(in, last, last + 1) == " " &&
        unitWordOfDay(tokens[last + 2].lower)) {
      last += 2;
    }
  }
  if (last + 1 < n && (t.lower == "vingt" || t.lower == "dix") && gapBetween(in, last, last + 1) == "-" &&
      unitWordOfDay(tokens[last + 1].lower)) {
    ++last;
  }
  std::size_t k = last + 1;
  // "quince días del mes de marzo", "quinze dias do mês de março".
  if (k + 2 < n && (tokens[k].lower == "d\u00edas" || tokens[k].lower == "dias" || tokens[k].lower == "d\u00eda" ||
                    tokens[k].lower == "dia")) {
    ++k;
    if (k + 1 < n && listHas({"del", "do"}, tokens[k].lower) && listHas({"mes", "m\u00eas"}, tokens[k + 1].lower)) k += 2;
  }
  // Spanish and Portuguese put "de" between the day and the month; French puts nothing.
  bool de = false;
  if (k < n && tokens[k].lower == "de") {
    de = true;
    ++k;
  }
  if (k >= n || tokens[k].hasDigit || tokens[k].length() < 3 || !isForeignMonthWord(tokens[k].lower)) {
    return std::string_view::npos;
  }
  for (std::size_t g = i; g < k; ++g) {
    const std::string_view gap = gapBetween(in, g, g + 1);
    if (gap != " " && gap != "-") return std::string_view::npos;
  }
  // French has no "de": only its months then ("trois mars", not Spanish "tres marzo" alone).
  if (!de && !listHas({"janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre",
                       "octobre", "novembre", "d\u00e9cembre"},
                      tokens[k].lower)) {
    return std::string_view::npos;
  }
  last = k;
  // The year: "de 2020", "1930", "de mil novecientos treinta", "mille neuf cent trente".
  std::size_t y = last + 1;
  if (y + 1 < n && tokens[y].lower == "de" && gapBetween(in, last, y) == " ") ++y;
  if (y < n && gapBetween(in, y - 1, y) == " ") {
    if (tokens[y].allDigits && tokens[y].length() == 4) return y;
    if (listHas({"mil", "mille", "dos", "dois", "deux"}, tokens[y].lower)) {
      std::size_t end = y;
      while (end + 1 < n && end < y + 6 && gapOnly(gapBetween(in, end, end + 1), " -", 1) &&
             yearWord(tokens[end + 1].lower)) {
        ++end;
      }
      // A year's words end with a number, not "y"/"e"/"et".
      while (end > y && listHas({"y", "e", "et"}, tokens[end].lower)) --end;
      if (end > y) return end;
    }
  }
  return last;
}

std::size_t addSpelledDayDate(const ScanInput& in, std::size_t i, Candidates& out) {
  const std::string_view w = in.tokens[i].lower;
  std::size_t start = std::string_view::npos;
  std::size_t last = std::string_view::npos;
  if (w == "le" || w == "du") {
    // "le trois mars": the day after the article.
    if (i + 1 < in.tokens.size() && (last = spelledDayDateEnd(in, i + 1)) != std::string_view::npos) start = i + 1;
  } else if (w == "de") {
    // The day before "de": "tres de", "treinta y uno de", "quince días del mes de", "treinta y un
    // días del mes de".
    // (The longest first: "treinta y uno de", not "uno de".)
    for (std::size_t back : {6, 4, 3, 1}) {
      if (back > i) continue;
      const std::size_t end = spelledDayDateEnd(in, i - back);
      if (end != std::string_view::npos && end > i) {
        start = i - back;
        last = end;
        break;
      }
    }
  }
  if (start == std::string_view::npos) return std::string_view::npos;
  out.push_back({in.tokens[start].start, in.tokens[last].end, PhiCategory::Date, priority::kDate});
  return last;
}

}  // namespace concord::phi::detail
