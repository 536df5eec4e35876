// Dates of the Solar Hijri calendar, which Afghanistan's and Iran's hospitals, tazkiras and bills
// write beside or instead of the Gregorian one: numerically the year first ("1402/12/24"), or the
// day, the month's name and the year ("24 حوت 1402", "24 Hut 1402", "5 فروردین 1403"). The
// months are Afghanistan's zodiac names in Dari and Pashto and Iran's Persian names, in Arabic
// script or in the usual transliterations. Many of them are words or names too ("اسد", "حمل",
// "Asad", "Mehr", "Tir"), so the day and a Solar Hijri year (1300-1499, which no Gregorian date
// of a living person has) must stand on both sides.
#include "foreign_dates.h"

namespace concord::phi::detail {

namespace {

bool solarYear(const Token& t) {
  std::size_t digits = 0;
  if (t.length() > 12 || (!t.allDigits && (t.hasDigit || static_cast<unsigned char>(t.lower[0]) < 0xD9))) return false;
  const int year = scriptNumber(t.lower, 4, digits);
  return digits == 4 && year >= 1300 && year <= 1499;
}

bool solarDay(const Token& t) {
  std::size_t digits = 0;
  if (t.length() > 6 || (!t.allDigits && (t.hasDigit || static_cast<unsigned char>(t.lower[0]) < 0xD9))) return false;
  const int day = scriptNumber(t.lower, 2, digits);
  return digits >= 1 && day >= 1 && day <= 31;
}

bool solarMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      // Dari (Afghanistan): Hamal .. Hut
      "\u062d\u0645\u0644", "\u062b\u0648\u0631", "\u062c\u0648\u0632\u0627", "\u0633\u0631\u0637\u0627\u0646",
      "\u0627\u0633\u062f", "\u0633\u0646\u0628\u0644\u0647", "\u0645\u06cc\u0632\u0627\u0646", "\u0639\u0642\u0631\u0628",
      "\u0642\u0648\u0633", "\u062c\u062f\u06cc", "\u062f\u0644\u0648", "\u062d\u0648\u062a",
      // Pashto: Wray .. Kab
      "\u0648\u0631\u06cc", "\u063a\u0648\u06cc\u06cc", "\u063a\u0628\u0631\u06ab\u0648\u0644\u06cc",
      "\u0686\u0646\u06ab\u0627\u069a", "\u0632\u0645\u0631\u06cc", "\u0648\u0696\u06cc", "\u062a\u0644\u0647",
      "\u0644\u0693\u0645", "\u0644\u06cc\u0646\u062f\u06cd", "\u0645\u0631\u063a\u0648\u0645\u06cc",
      "\u0633\u0644\u0648\u0627\u063a\u0647", "\u06a9\u0628",
      // Persian (Iran): Farvardin .. Esfand
      "\u0641\u0631\u0648\u0631\u062f\u06cc\u0646", "\u0627\u0631\u062f\u06cc\u0628\u0647\u0634\u062a",
      "\u062e\u0631\u062f\u0627\u062f", "\u062a\u06cc\u0631", "\u0645\u0631\u062f\u0627\u062f",
      "\u0634\u0647\u0631\u06cc\u0648\u0631", "\u0645\u0647\u0631", "\u0622\u0628\u0627\u0646", "\u0622\u0630\u0631",
      "\u062f\u06cc", "\u0628\u0647\u0645\u0646", "\u0627\u0633\u0641\u0646\u062f",
      // Transliterations
      "hamal", "sawr", "saur", "sowr", "jawza", "jauza", "jawzā", "saratan", "asad", "sonbola", "sunbula", "sonbula",
      "mizan", "aqrab", "qaws", "qaus", "jadi", "dalw", "dalv", "hut", "hoot", "farvardin", "ordibehesht", "khordad",
      "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey", "bahman", "esfand"};
  return listHas(std::span<const std::string_view>(kMonths), w);
}

// Not inside a longer number or path: nothing glued before the first token or after the last.
bool standsAlone(std::string_view text, std::size_t start, std::size_t end) {
  static constexpr Joins kBefore{Joins::kDigit, "/-.", Joins::kAnything};
  static constexpr Joins kAfter{Joins::kWordByte, "/-.", Joins::kDigit};
  return !joinedBefore(text, start, kBefore) && !joinedAfter(text, end, kAfter);
}

}  // namespace

void scanSolarHijriDates(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    const Token& t = tokens[i];
    // (Cheap first test: a number of one, two or four ASCII digits, or a word of another script.)
    if (t.allDigits ? t.length() == 3 || t.length() > 4 : t.hasDigit || static_cast<unsigned char>(t.lower[0]) < 0xD9) {
      continue;
    }
    // "1402/12/24": the year, a month and a day between slashes.
    if (t.length() == 4 && t.allDigits && gapBetween(in, i, i + 1) == "/" && gapBetween(in, i + 1, i + 2) == "/") {
      const Token& m = tokens[i + 1];
      const Token& d = tokens[i + 2];
      if (solarYear(t) && m.allDigits && m.length() <= 2 && d.allDigits && d.length() <= 2 &&
          standsAlone(in.text, t.start, d.end)) {
        const int month = parseDigits(m.lower, 0, m.length());
        const int day = parseDigits(d.lower, 0, d.length());
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          out.push_back({t.start, d.end, PhiCategory::Date, priority::kDate});
          i += 2;
          continue;
        }
      }
    }
    // "24 حوت 1402", "24 Hut 1402".
    if (gapBetween(in, i, i + 1) != " " || gapBetween(in, i + 1, i + 2) != " " || !solarDay(t)) continue;
    const Token& month = tokens[i + 1];
    if (month.hasDigit || month.length() > 24 || !solarMonth(month.lower) || !solarYear(tokens[i + 2]) ||
        !standsAlone(in.text, t.start, tokens[i + 2].end)) {
      continue;
    }
    out.push_back({t.start, tokens[i + 2].end, PhiCategory::Date, priority::kDate});
    i += 2;
  }
}

}  // namespace concord::phi::detail
