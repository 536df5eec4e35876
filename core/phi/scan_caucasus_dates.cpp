// Dates of Armenia, Georgia and Mongolia in their own words (the third list of countries).
// Armenian forms write the month in the genitive, the day first ("5 մարտի 2024 թ.", "5 մարտի,
// 2024") or the year first with its "թ." (year) or "թվականի" (of the year): "2024 թ. մարտի 5",
// "2024թ. մարտի 5-ին". Georgian ones write "5 მარტი 2024", the dative "5 მარტს 2024", the
// abbreviation "5 მარ 2024", or the year first in the genitive: "2024 წლის 5 მარტი". Mongolian
// months are numbered: "2024 оны 3-р сарын 5", "2024 оны 3 дугаар сарын 5", "2024 оны III сарын
// 5", "2024 оны гуравдугаар сарын 5", and without the year "3-р сарын 5" ("of the 3rd month, the
// 5th"), and a numeric date with the year's word glued on ("05.03.1931թ."). A day-first date needs
// its year: "მარტი" and "մարտ" are also the words of a sentence.
#include "foreign_dates.h"

namespace concord::phi::detail {

namespace {

bool dropSuffix(std::string_view& w, std::string_view suffix) {
  if (w.size() <= suffix.size() || !w.ends_with(suffix)) return false;
  w.remove_suffix(suffix.size());
  return true;
}

// An Armenian month, nominative or genitive ("մարտ", "մարտի").
bool armenianMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"\u0570\u0578\u0582\u0576\u057e\u0561\u0580",
                                                 "\u0583\u0565\u057f\u0580\u057e\u0561\u0580",
                                                 "\u0574\u0561\u0580\u057f",
                                                 "\u0561\u057a\u0580\u056b\u056c",
                                                 "\u0574\u0561\u0575\u056b\u057d",
                                                 "\u0570\u0578\u0582\u0576\u056b\u057d",
                                                 "\u0570\u0578\u0582\u056c\u056b\u057d",
                                                 "\u0585\u0563\u0578\u057d\u057f\u0578\u057d",
                                                 "\u057d\u0565\u057a\u057f\u0565\u0574\u0562\u0565\u0580",
                                                 "\u0570\u0578\u056f\u057f\u0565\u0574\u0562\u0565\u0580",
                                                 "\u0576\u0578\u0575\u0565\u0574\u0562\u0565\u0580",
                                                 "\u0564\u0565\u056f\u057f\u0565\u0574\u0562\u0565\u0580"};
  if (static_cast<unsigned char>(w.empty() ? 0 : w[0]) < 0xD4 || static_cast<unsigned char>(w[0]) > 0xD6) return false;
  dropSuffix(w, "\u056b");
  return listHas(std::span<const std::string_view>(kMonths), w);
}

// A Georgian month: the nominative ("მარტი"), its stem with the dative "-ს" or the genitive "-ის"
// ("მარტს", "მარტის", "აგვისტოს"), or the three-letter abbreviation ("მარ").
bool georgianMonth(std::string_view w) {
  static constexpr std::string_view kStems[] = {"\u10d8\u10d0\u10dc\u10d5\u10d0\u10e0",
                                                "\u10d7\u10d4\u10d1\u10d4\u10e0\u10d5\u10d0\u10da",
                                                "\u10db\u10d0\u10e0\u10e2",
                                                "\u10d0\u10de\u10e0\u10d8\u10da",
                                                "\u10db\u10d0\u10d8\u10e1",
                                                "\u10d8\u10d5\u10dc\u10d8\u10e1",
                                                "\u10d8\u10d5\u10da\u10d8\u10e1",
                                                "\u10d0\u10d2\u10d5\u10d8\u10e1\u10e2\u10dd",
                                                "\u10e1\u10d4\u10e5\u10e2\u10d4\u10db\u10d1\u10d4\u10e0",
                                                "\u10dd\u10e5\u10e2\u10dd\u10db\u10d1\u10d4\u10e0",
                                                "\u10dc\u10dd\u10d4\u10db\u10d1\u10d4\u10e0",
                                                "\u10d3\u10d4\u10d9\u10d4\u10db\u10d1\u10d4\u10e0"};
  static constexpr std::string_view kAbbreviations[] = {
      "\u10d8\u10d0\u10dc", "\u10d7\u10d4\u10d1", "\u10db\u10d0\u10e0", "\u10d0\u10de\u10e0",
      "\u10db\u10d0\u10d8", "\u10d8\u10d5\u10dc", "\u10d8\u10d5\u10da", "\u10d0\u10d2\u10d5",
      "\u10e1\u10d4\u10e5", "\u10dd\u10e5\u10e2", "\u10dc\u10dd\u10d4", "\u10d3\u10d4\u10d9"};
  if (w.size() < 9 || static_cast<unsigned char>(w[0]) != 0xE1) return false;
  const std::span<const std::string_view> stems(kStems);
  if (listHas(std::span<const std::string_view>(kAbbreviations), w) || listHas(stems, w)) return true;
  std::string_view stem = w;
  if (dropSuffix(stem, "\u10d8") && listHas(stems, stem)) return true;
  stem = w;
  if (dropSuffix(stem, "\u10d8\u10e1") && listHas(stems, stem)) return true;
  stem = w;
  return dropSuffix(stem, "\u10e1") && listHas(stems, stem);
}

bool dayNumber(const Token& t) {
  if (!t.allDigits || t.length() > 2) return false;
  const int d = parseDigits(t.lower, 0, t.length());
  return d >= 1 && d <= 31;
}

// The year at token y: four digits (1900-2099), bare or with the Armenian "թ" or Georgian "წ"
// (year) glued on ("2024թ."). Returns the end of its digits, or 0.
std::size_t yearDigitsEnd(const Token& t) {
  if (t.lower.size() < 4 || digitRun(t.lower, 0) != 4) return 0;
  const std::string_view rest = std::string_view(t.lower).substr(4);
  if (!rest.empty() && rest != "\u0569" && rest != "\u10ec") return 0;
  const int year = parseDigits(t.lower, 0, 4);
  return year >= 1900 && year <= 2099 ? t.start + 4 : 0;
}

// A Mongolian month's number as a Roman numeral (I-XII), or 0.
int romanMonth(std::string_view w) {
  static constexpr std::string_view kRoman[] = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                "vii", "viii", "ix",  "x",  "xi", "xii"};
  for (std::size_t k = 0; k < 12; ++k) {
    if (w == kRoman[k]) return static_cast<int>(k) + 1;
  }
  return 0;
}

// The Mongolian month from token m up to its "сарын" (of the month): "3-р", "3 дугаар", "III",
// "гуравдугаар", "арван нэгдүгээр", then "сарын". `digitsOnly` leaves out the ordinal words
// (a date without its year starts at a number). Returns the token of "сарын", or npos.
std::size_t mongolianMonthEnd(const ScanInput& in, std::size_t m, bool digitsOnly) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  std::size_t k = m;
  const Token& t = tokens[m];
  if (t.allDigits) {
    if (t.length() > 2 || parseDigits(t.lower, 0, t.length()) < 1 || parseDigits(t.lower, 0, t.length()) > 12) {
      return std::string_view::npos;
    }
    // The ordinal's ending "-р" (3-р), "-н" or the word "дугаар"/"дүгээр" apart.
    if (k + 1 < n &&
        ((gapBetween(in, k, k + 1) == "-" &&
          listHas({"\u0440", "\u0440.", "\u0434\u0443\u0433\u0430\u0430\u0440", "\u0434\u04af\u0433\u044d\u044d\u0440"},
                  tokens[k + 1].lower)) ||
         (gapBetween(in, k, k + 1) == " " &&
          listHas({"\u0434\u0443\u0433\u0430\u0430\u0440", "\u0434\u04af\u0433\u044d\u044d\u0440"},
                  tokens[k + 1].lower)))) {
      ++k;
    }
  } else if (romanMonth(t.lower) == 0 || !t.allCaps) {
    if (digitsOnly) return std::string_view::npos;
    static constexpr std::string_view kOrdinals[] = {
        "\u043d\u044d\u0433\u0434\u04af\u0433\u044d\u044d\u0440",
        "\u0445\u043e\u0451\u0440\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u0433\u0443\u0440\u0430\u0432\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u0434\u04e9\u0440\u04e9\u0432\u0434\u04af\u0433\u044d\u044d\u0440",
        "\u0442\u0430\u0432\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u0437\u0443\u0440\u0433\u0430\u0430\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u0437\u0443\u0440\u0433\u0430\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u0434\u043e\u043b\u043e\u043e\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u0434\u043e\u043b\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u043d\u0430\u0439\u043c\u0434\u0443\u0433\u0430\u0430\u0440",
        "\u0435\u0441\u0434\u04af\u0433\u044d\u044d\u0440",
        "\u0430\u0440\u0430\u0432\u0434\u0443\u0433\u0430\u0430\u0440"};
    // "арван нэгдүгээр", "арван хоёрдугаар" (eleventh, twelfth).
    if (t.lower == "\u0430\u0440\u0432\u0430\u043d" && k + 1 < n && gapBetween(in, k, k + 1) == " " &&
        (tokens[k + 1].lower == "\u043d\u044d\u0433\u0434\u04af\u0433\u044d\u044d\u0440" ||
         tokens[k + 1].lower == "\u0445\u043e\u0451\u0440\u0434\u0443\u0433\u0430\u0430\u0440")) {
      ++k;
    } else if (!listHas(std::span<const std::string_view>(kOrdinals), t.lower)) {
      return std::string_view::npos;
    }
  }
  if (k + 1 >= n || gapBetween(in, k, k + 1) != " " || tokens[k + 1].lower != "\u0441\u0430\u0440\u044b\u043d")
    return std::string_view::npos;
  return k + 1;
}

// The Mongolian day after "сарын" at token s: its number, not a count of something ("3 сарын 5
// хоног" would be a span of days, "1 сарын 2 удаа" twice a month, "3 сарын 2 тун" two doses).
// Returns the day's token, or npos.
std::size_t mongolianDay(const ScanInput& in, std::size_t s) {
  const auto& tokens = in.tokens;
  if (s + 1 >= tokens.size() || gapBetween(in, s, s + 1) != " " || !dayNumber(tokens[s + 1]))
    return std::string_view::npos;
  if (s + 2 < tokens.size() && gapBetween(in, s + 1, s + 2) == " " &&
      listHas({"\u0445\u043e\u043d\u043e\u0433", "\u04e9\u0434\u04e9\u0440", "\u0446\u0430\u0433",
               "\u0443\u0434\u0430\u0430", "\u043c\u0433", "\u043c\u043b", "\u0436\u0438\u043b", "\u0441\u0430\u0440",
               "\u0434\u043e\u043b\u043e\u043e", "\u043c\u0438\u043d\u0443\u0442", "\u0442\u0443\u043d",
               "\u0448\u0438\u0440\u0445\u044d\u0433", "\u0448\u0430\u0445\u043c\u0430\u043b", "\u043a\u0433", "\u0433",
               "\u0441\u043c", "\u043c\u043c", "\u0445\u04af\u043d", "\u0434\u0443\u0441\u0430\u043b"},
              tokens[s + 2].lower)) {
    return std::string_view::npos;
  }
  // Not a decimal or a ratio: "5.5", "5/7".
  const std::size_t end = tokens[s + 1].end;
  if (joinedAfter(in.text, end, {Joins::kNothing, "./,", Joins::kDigit})) return std::string_view::npos;
  return s + 1;
}

// A date from its year at token i, the year first. Returns the end byte, or 0.
std::size_t yearFirstEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& t = tokens[i];
  if (yearDigitsEnd(t) == 0) return 0;
  const bool glued = t.lower.size() > 4;
  std::size_t k = i;  // the last token of the year's word
  std::string_view word = glued ? std::string_view(t.lower).substr(4) : std::string_view();
  if (!glued) {
    if (i + 1 >= n || gapBetween(in, i, i + 1) != " ") return 0;
    k = i + 1;
    word = tokens[k].lower;
  }
  if (k + 2 >= n) return 0;
  const std::string_view after = gapBetween(in, k, k + 1);
  // Armenian: "թ. մարտի 5", "թվականի մարտի 5".
  if (((word == "\u0569" && after == ". ") || (word == "\u0569\u057e\u0561\u056f\u0561\u0576\u056b" && after == " ")) &&
      armenianMonth(tokens[k + 1].lower) && gapBetween(in, k + 1, k + 2) == " " && dayNumber(tokens[k + 2])) {
    return tokens[k + 2].end;
  }
  // Georgian: "წლის 5 მარტი", "წ. 5 მარტი".
  if (((word == "\u10ec\u10da\u10d8\u10e1" && after == " ") || (word == "\u10ec" && after == ". ")) &&
      dayNumber(tokens[k + 1]) && gapBetween(in, k + 1, k + 2) == " " && georgianMonth(tokens[k + 2].lower)) {
    return tokens[k + 2].end;
  }
  // Mongolian: "оны 3-р сарын 5".
  if (!glued && word == "\u043e\u043d\u044b" && after == " ") {
    const std::size_t s = mongolianMonthEnd(in, k + 1, false);
    if (s == std::string_view::npos) return 0;
    const std::size_t d = mongolianDay(in, s);
    return d == std::string_view::npos ? 0 : tokens[d].end;
  }
  return 0;
}

// A date from its day at token i, the day first: "5 մարտի 2024", "5 მარტი, 2024". Returns the end
// byte, or 0.
std::size_t dayFirstEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 2 >= tokens.size() || !dayNumber(tokens[i]) || gapBetween(in, i, i + 1) != " ") return 0;
  const std::string_view month = tokens[i + 1].lower;
  if (!armenianMonth(month) && !georgianMonth(month)) return 0;
  const std::string_view gap = gapBetween(in, i + 1, i + 2);
  if (gap != " " && gap != ", ") return 0;
  return yearDigitsEnd(tokens[i + 2]);
}

// A numeric date with the year's word glued to its year, which the numeric scanner leaves as a
// word: "05.03.1931թ.", "05/03/2024წ.". Returns the end of the year's digits, or 0.
std::size_t gluedNumericEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 2 >= tokens.size() || !dayNumber(tokens[i]) || tokens[i + 2].lower.size() <= 4) return 0;
  const std::string_view sep = gapBetween(in, i, i + 1);
  if ((sep != "." && sep != "/" && sep != "-") || gapBetween(in, i + 1, i + 2) != sep) return 0;
  const Token& month = tokens[i + 1];
  if (!month.allDigits || month.length() > 2 || parseDigits(month.lower, 0, month.length()) < 1 ||
      parseDigits(month.lower, 0, month.length()) > 12) {
    return 0;
  }
  return yearDigitsEnd(tokens[i + 2]);
}

}  // namespace

void scanCaucasusDates(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    const Token& t = tokens[i];
    // Every one of these dates opens with ASCII digits or a Roman numeral.
    if (!isDigit(t.lower[0]) && !(t.allCaps && romanMonth(t.lower) > 0)) continue;
    if (joinedBefore(in.text, t.start, {Joins::kWordByte, "/.-"})) continue;
    std::size_t end = 0;
    if (isDigit(t.lower[0])) end = yearFirstEnd(in, i);
    if (end == 0 && isDigit(t.lower[0])) end = dayFirstEnd(in, i);
    if (end == 0 && isDigit(t.lower[0])) end = gluedNumericEnd(in, i);
    // Mongolian without the year: "3-р сарын 5", "III сарын 5" (a number or numeral only).
    if (end == 0 && (t.allDigits || t.allCaps)) {
      if (const std::size_t s = mongolianMonthEnd(in, i, true); s != std::string_view::npos) {
        if (const std::size_t d = mongolianDay(in, s); d != std::string_view::npos) end = tokens[d].end;
      }
    }
    if (end == 0) continue;
    out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
    while (i + 1 < n && tokens[i + 1].start < end) ++i;
  }
}

}  // namespace concord::phi::detail
