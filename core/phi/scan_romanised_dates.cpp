// Dates of East and South-East Asia and South Asia typed in Latin letters, as interpreters,
// front desks and patients write them when the record's own script is not at hand (seed 3939):
// the numbered units of Japanese rōmaji ("2025-nen 3-gatsu 5-nichi", with its era inside:
// "Showa 45-nen 12-gatsu 6-nichi"), of pinyin ("1962 nian 9 yue 9 ri") and of Korean
// ("2025 nyeon 4 wol 24 il"); the Vietnamese typed without its accents ("20 thang 9 nam 2025");
// Taiwan's Minguo year with its mark ("ROC 113/03/05", "ROC 42/04/02": year 113 is 2024); and the
// Hindustani day of the month, "13 tarikh ko aa jayenge" (come on the 13th); months transliterated
// from Russian, Ukrainian and Greek or typed without their accents (Czech, Polish, Turkish,
// Haitian Creole, German "Maerz"), Arabizi's and Malay's with "hb" (haribulan) between, always
// with a year ("8 iyunya 2024", "14 Iouliou 2024", "9. cervna 2024", "13 hb Mac 2024"), the
// month first in Ethiopian and Filipino ("Tahsas 5, 1916", "NOBYEMBRE 10, 1932"), and the year
// first in Nepal's Bikram Sambat ("2042 Kartik 20").
#include "foreign_dates.h"

namespace concord::phi::detail {

namespace {

bool numberIn(const Token& t, std::size_t maxDigits, int low, int high) {
  if (!t.allDigits || t.length() > maxDigits) return false;
  const int v = parseDigits(t.lower, 0, t.length());
  return v >= low && v <= high;
}

// The units of one language: year, month, day.
struct Units {
  std::string_view year, month, day;
};
constexpr Units kUnits[] = {{"nen", "gatsu", "nichi"}, {"nian", "yue", "ri"}, {"nyeon", "wol", "il"}};

// A Japanese era's name, or Taiwan's "Minguo": their years are short (1-64, 1-199).
bool eraWord(std::string_view w) {
  return listHas({"meiji", "taisho", "taish\u014d", "showa", "sh\u014dwa", "heisei", "reiwa", "minguo"}, w);
}

// "N-unit" or "N unit" from token k: the number's token is k, the unit's k + 1.
bool numberUnit(const ScanInput& in, std::size_t k, std::string_view unit) {
  if (k + 1 >= in.tokens.size() || !in.tokens[k].allDigits) return false;
  const std::string_view gap = gapBetween(in, k, k + 1);
  return (gap == "-" || gap == " ") && in.tokens[k + 1].lower == unit;
}

// Year, month and day with their units from the year's token y ("2025-nen 3-gatsu 5-nichi");
// `era` lets the year be short. Returns the day unit's end, or 0.
std::size_t unitDateEnd(const ScanInput& in, std::size_t y, bool era) {
  const auto& tokens = in.tokens;
  if (y + 5 >= tokens.size()) return 0;
  if (era ? !numberIn(tokens[y], 3, 1, 199) : !numberIn(tokens[y], 4, 1900, 2099) || tokens[y].length() != 4) return 0;
  for (const Units& u : kUnits) {
    if (!numberUnit(in, y, u.year) || gapBetween(in, y + 1, y + 2) != " ") continue;
    if (!numberIn(tokens[y + 2], 2, 1, 12) || !numberUnit(in, y + 2, u.month)) continue;
    if (gapBetween(in, y + 3, y + 4) != " " || !numberIn(tokens[y + 4], 2, 1, 31) || !numberUnit(in, y + 4, u.day)) {
      continue;
    }
    return tokens[y + 5].end;
  }
  return 0;
}

// Vietnamese without accents from the day's token d: "20 thang 9 nam 2025".
std::size_t vietnameseEnd(const ScanInput& in, std::size_t d) {
  const auto& tokens = in.tokens;
  if (d + 4 >= tokens.size() || !numberIn(tokens[d], 2, 1, 31)) return 0;
  for (std::size_t k = d; k < d + 4; ++k) {
    if (gapBetween(in, k, k + 1) != " ") return 0;
  }
  if (tokens[d + 1].lower != "thang" || !numberIn(tokens[d + 2], 2, 1, 12) || tokens[d + 3].lower != "nam") return 0;
  return numberIn(tokens[d + 4], 4, 1900, 2099) && tokens[d + 4].length() == 4 ? tokens[d + 4].end : 0;
}

// Taiwan's Minguo date after its mark at token r: "ROC 113/03/05", "ROC 42-04-02".
std::size_t minguoEnd(const ScanInput& in, std::size_t r) {
  const auto& tokens = in.tokens;
  if (r + 3 >= tokens.size() || tokens[r].lower != "roc" || !tokens[r].allCaps) return 0;
  const std::string_view gap = gapBetween(in, r, r + 1);
  if (gap != " " && gap != ". ") return 0;
  const std::string_view sep = gapBetween(in, r + 1, r + 2);
  if (sep.size() != 1 || (sep != "/" && sep != "-" && sep != ".") || gapBetween(in, r + 2, r + 3) != sep) return 0;
  if (!numberIn(tokens[r + 1], 3, 1, 199) || !numberIn(tokens[r + 2], 2, 1, 12) || !numberIn(tokens[r + 3], 2, 1, 31)) {
    return 0;
  }
  if (joinedAfter(in.text, tokens[r + 3].end, {Joins::kWordByte, "/-"})) return 0;
  return tokens[r + 3].end;
}

// "13 tarikh" (the 13th of the month) from the day's token d; not the Malay label "Tarikh:"
// ("Tarikh lahir: ..."), which follows a number only by chance.
std::size_t tarikhEnd(const ScanInput& in, std::size_t d) {
  const auto& tokens = in.tokens;
  if (d + 1 >= tokens.size() || !numberIn(tokens[d], 2, 1, 31) || gapBetween(in, d, d + 1) != " ") return 0;
  if (!listHas({"tarikh", "tareekh", "taarikh", "tarik"}, tokens[d + 1].lower)) return 0;
  const std::size_t after = tokens[d + 1].end;
  if (after < in.text.size() && in.text[after] == ':') return 0;
  if (d + 2 < tokens.size() && tokens[d + 2].lower == "lahir") return 0;
  return after;
}

// A month of the day-first forms above, in lower case; a year must follow (several are words:
// "mas", "me", "out", "sene").
bool transliteratedMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      // Russian in the genitive
      "yanvarya", "fevralya", "aprelya", "iyunya", "iyulya", "sentyabrya", "oktyabrya", "noyabrya", "dekabrya",
      // Ukrainian in the genitive
      "sichnya", "lyutoho", "lyutogo", "bereznya", "kvitnya", "travnya", "chervnya", "lypnya", "serpnya", "veresnya",
      "zhovtnya", "lystopada", "hrudnya", "grudnya",
      // Greek in the genitive
      "ianouariou", "fevrouariou", "martiou", "apriliou", "maiou", "iouniou", "iouliou", "avgoustou", "septemvriou",
      "oktovriou", "noemvriou", "dekemvriou",
      // Czech and Polish without their accents
      "ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari", "rijna", "listopadu",
      "prosince", "wrzesnia", "pazdziernika",
      // German without its umlaut
      "maerz",
      // Turkish without its accents
      "ocak", "subat", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik",
      // Haitian Creole
      "janvye", "fevriye", "mas", "avril", "me", "jen", "jiy\u00e8", "jiye", "out", "septanm", "okt\u00f2b",
      "oktob", "novanm", "desanm",
      // Arabizi (Levantine and Egyptian)
      "yanayer", "febrayer", "mares", "ebril", "mayo", "yonyo", "yolyo", "aghostos", "sebtamber", "oktober",
      "novamber", "desamber"};
  return listHas(std::span<const std::string_view>(kMonths), w);
}

// Malay's months after "hb" ("13 hb Mac 2024"), full or abbreviated.
bool malayMonth(std::string_view w) {
  return listHas({"jan", "januari", "feb", "februari", "mac", "apr", "april", "mei", "jun", "jul", "julai", "ogo",
                  "ogos", "sep", "sept", "september", "okt", "oktober", "nov", "november", "dis", "disember"},
                 w);
}

// The months of the Ethiopian calendar and Filipino's, written month first.
bool monthFirstMonth(std::string_view w) {
  return listHas({"meskerem", "tikimt", "tikemt", "hidar", "tahsas", "tir", "yekatit", "megabit", "miyazya",
                  "ginbot", "sene", "hamle", "nehase", "pagume", "enero", "pebrero", "marso", "abril", "mayo",
                  "hunyo", "hulyo", "agosto", "setyembre", "oktubre", "nobyembre", "disyembre"},
                 w);
}

// The months of Nepal's Bikram Sambat, its year first ("2042 Kartik 20").
bool sambatMonth(std::string_view w) {
  return listHas({"baisakh", "baishakh", "jestha", "jeth", "asar", "ashar", "asadh", "shrawan", "saun", "bhadra",
                  "bhadau", "asoj", "ashwin", "kartik", "mangsir", "poush", "push", "magh", "falgun", "phalgun",
                  "fagun", "chaitra", "chait"},
                 w);
}

bool yearOf(const Token& t) { return t.length() == 4 && numberIn(t, 4, 1900, 2099); }

// "8 iyunya 2024", "9. cervna 2024", "13 hb Mac 2024" from the day's token d.
std::size_t dayMonthYearEnd(const ScanInput& in, std::size_t d) {
  const auto& tokens = in.tokens;
  if (d + 2 >= tokens.size() || !numberIn(tokens[d], 2, 1, 31)) return 0;
  const std::string_view gap = gapBetween(in, d, d + 1);
  if (gap != " " && gap != ". ") return 0;
  std::size_t m = d + 1;
  const bool hb = gap == " " && tokens[m].lower == "hb" && gapBetween(in, m, m + 1) == " ";
  if (hb) ++m;
  if (m + 1 >= tokens.size() || gapBetween(in, m, m + 1) != " " || !yearOf(tokens[m + 1])) return 0;
  if (!(hb ? malayMonth(tokens[m].lower) : transliteratedMonth(tokens[m].lower))) return 0;
  if (joinedAfter(in.text, tokens[m + 1].end, {Joins::kWordByte, "/-"})) return 0;
  return tokens[m + 1].end;
}

// "Tahsas 5, 1916", "NOBYEMBRE 10, 1932" from the month's token m.
std::size_t monthDayYearEnd(const ScanInput& in, std::size_t m) {
  const auto& tokens = in.tokens;
  if (m + 2 >= tokens.size() || !tokens[m].properShape() || !numberIn(tokens[m + 1], 2, 1, 31)) return 0;
  if (gapBetween(in, m, m + 1) != " " || !monthFirstMonth(tokens[m].lower)) return 0;
  if (gapBetween(in, m + 1, m + 2) != ", " || !yearOf(tokens[m + 2])) return 0;
  return tokens[m + 2].end;
}

// "2042 Kartik 20" from the year's token y.
std::size_t sambatYearFirstEnd(const ScanInput& in, std::size_t y) {
  const auto& tokens = in.tokens;
  if (y + 2 >= tokens.size() || !yearOf(tokens[y]) || gapBetween(in, y, y + 1) != " ") return 0;
  if (!sambatMonth(tokens[y + 1].lower) || gapBetween(in, y + 1, y + 2) != " " || !numberIn(tokens[y + 2], 2, 1, 32)) {
    return 0;
  }
  if (joinedAfter(in.text, tokens[y + 2].end, {Joins::kWordByte, "/-:"})) return 0;
  return tokens[y + 2].end;
}

}  // namespace

void scanRomanisedDates(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const Token& t = tokens[i];
    std::size_t end = 0;
    if (t.allDigits) {
      if (joinedBefore(in.text, t.start, {Joins::kWordByte, "/.-"})) continue;
      end = unitDateEnd(in, i, false);
      if (end == 0) end = vietnameseEnd(in, i);
      if (end == 0) end = tarikhEnd(in, i);
      if (end == 0) end = dayMonthYearEnd(in, i);
      if (end == 0) end = sambatYearFirstEnd(in, i);
    } else if (t.hasLetter && !t.hasDigit) {
      // (The cheap tests of the next token before the word lists, for every word of the note.)
      if (tokens[i + 1].allDigits && gapBetween(in, i, i + 1) == " " && eraWord(t.lower)) {
        end = unitDateEnd(in, i + 1, true);
      }
      if (end == 0) end = minguoEnd(in, i);
      if (end == 0) end = monthDayYearEnd(in, i);
    }
    if (end == 0) continue;
    out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
    while (i + 1 < n && tokens[i + 1].start < end) ++i;
  }
}

}  // namespace concord::phi::detail
