// Date shifting that keeps the written form, so a surrogate note reads like the original.
#include "surrogate_dates.h"

#include <algorithm>
#include <array>
#include <vector>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
long daysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civilFromDays(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

int daysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

constexpr std::array<std::string_view, 12> kMonthNames = {"january", "february", "march",     "april",
                                                          "may",     "june",     "july",      "august",
                                                          "september", "october", "november", "december"};

enum class Role { Other, Day, Month, Year, MonthWord };

struct Part {
  std::string text;
  Role role = Role::Other;
  bool numeric = false;
  std::string suffix;  // ordinal suffix of a day: "th"
};

int monthFromWord(std::string_view lower) {
  for (std::size_t k = 0; k < kMonthNames.size(); ++k) {
    if (lower == kMonthNames[k] || (lower.size() >= 3 && kMonthNames[k].substr(0, lower.size()) == lower)) {
      return static_cast<int>(k) + 1;
    }
  }
  return 0;
}

constexpr std::array<std::string_view, 12> kRomanMonths = {"i",   "ii", "iii", "iv", "v",  "vi",
                                                           "vii", "viii", "ix", "x",  "xi", "xii"};

// Month of a Roman numeral written all upper or all lower case ("VI", "xii"), or 0.
int monthFromRoman(std::string_view text) {
  bool upper = true;
  bool lower = true;
  std::string folded;
  for (char c : text) {
    upper = upper && isUpper(c);
    lower = lower && isLower(c);
    folded.push_back(lowerAscii(c));
  }
  if (!upper && !lower) return 0;
  for (std::size_t k = 0; k < kRomanMonths.size(); ++k) {
    if (folded == kRomanMonths[k]) return static_cast<int>(k) + 1;
  }
  return 0;
}

// Same style as the original word: abbreviated or full, and its capitalisation; a Roman
// numeral stays one ("26.VI.1965").
std::string renderMonthWord(int month, int originalMonth, std::string_view original) {
  if (monthFromRoman(original) > 0) {
    std::string roman(kRomanMonths[static_cast<std::size_t>(month - 1)]);
    if (isUpper(original[0])) {
      for (char& c : roman) c = static_cast<char>(c - 32);
    }
    return roman;
  }
  std::string lower;
  for (char c : original) lower.push_back(lowerAscii(c));
  const bool abbreviated = lower != kMonthNames[static_cast<std::size_t>(originalMonth - 1)];
  const std::string_view full = kMonthNames[static_cast<std::size_t>(month - 1)];
  std::string word(abbreviated ? full.substr(0, 3) : full);
  const bool allCaps = original.size() > 1 && isUpper(original[0]) && isUpper(original[1]);
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (allCaps || (k == 0 && isUpper(original[0]))) word[k] = static_cast<char>(word[k] - 32);
  }
  return word;
}

std::string ordinalSuffix(int day, bool upper) {
  std::string s = (day % 100 >= 11 && day % 100 <= 13) ? "th"
                  : day % 10 == 1                      ? "st"
                  : day % 10 == 2                      ? "nd"
                  : day % 10 == 3                      ? "rd"
                                                       : "th";
  if (upper) {
    for (char& c : s) c = static_cast<char>(c - 32);
  }
  return s;
}

std::string padded(int value, std::size_t width) {
  std::string s = std::to_string(value);
  while (s.size() < width) s.insert(s.begin(), '0');
  return s;
}

}  // namespace

namespace {

constexpr std::array<std::string_view, 20> kSmall = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",      "seven",     "eight",    "nine",
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTensWords = {"", "", "twenty", "thirty", "forty",
                                                         "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 20> kOrdinalWords = {
    "",           "first",      "second",    "third",       "fourth",     "fifth",     "sixth",
    "seventh",    "eighth",     "ninth",     "tenth",       "eleventh",   "twelfth",   "thirteenth",
    "fourteenth", "fifteenth",  "sixteenth", "seventeenth", "eighteenth", "nineteenth"};

int wordValue(std::string_view w) {
  for (std::size_t k = 0; k < kSmall.size(); ++k) {
    if (w == kSmall[k]) return static_cast<int>(k);
  }
  for (std::size_t k = 2; k < kTensWords.size(); ++k) {
    if (w == kTensWords[k]) return static_cast<int>(10 * k);
  }
  if (w == "oh" || w == "o") return 0;
  return -1;
}

int ordinalValue(std::string_view w) {
  for (std::size_t k = 1; k < kOrdinalWords.size(); ++k) {
    if (w == kOrdinalWords[k]) return static_cast<int>(k);
  }
  if (w == "twentieth") return 20;
  if (w == "thirtieth") return 30;
  return -1;
}

std::string twoDigitWords(int n) {
  if (n < 20) return std::string(kSmall[static_cast<std::size_t>(n)]);
  std::string out(kTensWords[static_cast<std::size_t>(n / 10)]);
  if (n % 10 != 0) out += "-" + std::string(kSmall[static_cast<std::size_t>(n % 10)]);
  return out;
}

std::string dayWords(int day) {
  if (day < 20) return std::string(kOrdinalWords[static_cast<std::size_t>(day)]);
  if (day % 10 == 0) return day == 20 ? "twentieth" : "thirtieth";
  return std::string(kTensWords[static_cast<std::size_t>(day / 10)]) + "-" +
         std::string(kOrdinalWords[static_cast<std::size_t>(day % 10)]);
}

std::string yearWords(int year) {
  if (year >= 2000 && year < 2010) return year == 2000 ? "two thousand" : "two thousand " + twoDigitWords(year % 100);
  const int century = year / 100;
  const int rest = year % 100;
  std::string out = twoDigitWords(century);
  if (rest == 0) return out + " hundred";
  return out + " " + (rest < 10 ? "oh " + twoDigitWords(rest) : twoDigitWords(rest));
}

// A date dictated in words: "March twenty-sixth, nineteen fifty-two", "May third two thousand
// and twelve". Shifted and written in words again, in the original's case.
std::optional<std::string> shiftSpokenDate(std::string_view date, int days) {
  std::vector<std::string> words;
  std::string lowerDate;
  for (char c : date) lowerDate.push_back(lowerAscii(c));
  for (std::size_t i = 0; i < lowerDate.size();) {
    if (!isAsciiAlpha(lowerDate[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lowerDate.size() && isAsciiAlpha(lowerDate[end])) ++end;
    words.push_back(lowerDate.substr(i, end - i));
    i = end;
  }
  if (words.size() < 2) return std::nullopt;
  const int month = monthFromWord(words[0]);
  if (month == 0) return std::nullopt;
  std::size_t k = 1;
  int day = ordinalValue(words[k]);
  if (day < 0 && k + 1 < words.size()) {
    const int tens = wordValue(words[k]);
    const int unit = ordinalValue(words[k + 1]);
    if ((tens == 20 || tens == 30) && unit > 0 && unit < 10) {
      day = tens + unit;
      ++k;
    }
  }
  if (day < 1 || day > 31) return std::nullopt;
  ++k;
  int year = 0;
  if (k < words.size()) {
    // "nineteen fifty-two", "two thousand (and) twelve", "twenty twenty-one".
    std::vector<int> values;
    bool thousand = false;
    for (; k < words.size(); ++k) {
      if (words[k] == "thousand") {
        thousand = true;
      } else if (words[k] != "and" && words[k] != "hundred") {
        const int v = wordValue(words[k]);
        if (v < 0) return std::nullopt;
        values.push_back(v);
      }
    }
    if (thousand) {
      year = 2000;
      for (std::size_t v = 1; v < values.size(); ++v) year += values[v];
    } else if (!values.empty()) {
      year = values[0] * 100;
      for (std::size_t v = 1; v < values.size(); ++v) year += values[v];
    }
    if (year < 1800 || year > 2199) return std::nullopt;
  }
  const int knownYear = year == 0 ? 2001 : year;  // a day and month alone shift in a common year
  if (day > daysInMonth(knownYear, month)) return std::nullopt;
  int newYear = 0;
  int newMonth = 0;
  int newDay = 0;
  civilFromDays(daysFromCivil(knownYear, month, day) + days, newYear, newMonth, newDay);
  std::string out = std::string(kMonthNames[static_cast<std::size_t>(newMonth - 1)]) + " " + dayWords(newDay);
  if (year != 0) out += (date.find(',') != std::string_view::npos ? ", " : " ") + yearWords(newYear);
  const bool allCaps = date.size() > 1 && isUpper(date[0]) && isUpper(date[1]);
  for (std::size_t c = 0; c < out.size(); ++c) {
    if (isLower(out[c]) && (allCaps || (c == 0 && isUpper(date[0])))) out[c] = static_cast<char>(out[c] - 32);
  }
  return out;
}

}  // namespace

std::optional<std::string> shiftDate(std::string_view date, int days) {
  // Dictated in words: no digit, a month word first.
  if (std::none_of(date.begin(), date.end(), [](char c) { return isDigit(c); })) {
    if (auto spoken = shiftSpokenDate(date, days)) return spoken;
  }
  // A compact YYYYMMDD date (HL7 timestamps, exports): "19730101".
  if (date.size() == 8 && std::all_of(date.begin(), date.end(), [](char c) { return isDigit(c); })) {
    const int year = std::stoi(std::string(date.substr(0, 4)));
    const int month = std::stoi(std::string(date.substr(4, 2)));
    const int day = std::stoi(std::string(date.substr(6, 2)));
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return std::nullopt;
    int newYear = 0;
    int newMonth = 0;
    int newDay = 0;
    civilFromDays(daysFromCivil(year, month, day) + days, newYear, newMonth, newDay);
    return padded(newYear, 4) + padded(newMonth, 2) + padded(newDay, 2);
  }
  // Split into digit runs, letter runs and everything else.
  std::vector<Part> parts;
  for (std::size_t i = 0; i < date.size();) {
    Part p;
    const std::size_t start = i;
    if (isDigit(date[i])) {
      while (i < date.size() && isDigit(date[i])) ++i;
      p.numeric = true;
      p.text = std::string(date.substr(start, i - start));
      // Ordinal suffix directly after a number.
      std::size_t s = i;
      while (s < date.size() && isAsciiAlpha(date[s])) ++s;
      if (s - i == 2) {
        p.suffix = std::string(date.substr(i, 2));
        i = s;
      }
    } else if (isAsciiAlpha(date[i])) {
      while (i < date.size() && isAsciiAlpha(date[i])) ++i;
      p.text = std::string(date.substr(start, i - start));
    } else {
      ++i;
      p.text = std::string(date.substr(start, 1));
    }
    parts.push_back(std::move(p));
  }
  std::vector<std::size_t> numbers;
  std::size_t monthWord = parts.size();
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (parts[k].numeric) {
      if (parts[k].text.size() > 4) return std::nullopt;
      numbers.push_back(k);
    } else if (!parts[k].text.empty() && isAsciiAlpha(parts[k].text[0])) {
      std::string lower;
      for (char c : parts[k].text) lower.push_back(lowerAscii(c));
      if (monthFromWord(lower) > 0 && lower != "of") monthWord = k;
      if (monthFromRoman(parts[k].text) > 0 && monthWord == parts.size()) monthWord = k;
    }
  }
  int year = 2000;
  int month = 0;
  int day = 15;
  bool hasDay = false;
  auto value = [&](std::size_t k) { return std::stoi(parts[k].text); };
  if (monthWord < parts.size()) {
    std::string lower;
    for (char c : parts[monthWord].text) lower.push_back(lowerAscii(c));
    month = monthFromWord(lower);
    if (month == 0) month = monthFromRoman(parts[monthWord].text);
    parts[monthWord].role = Role::MonthWord;
    for (std::size_t k : numbers) {
      if (parts[k].text.size() == 4 || (hasDay && parts[k].text.size() == 2) ||
          (k > 0 && parts[k - 1].text == "'")) {
        parts[k].role = Role::Year;
        year = value(k);
        if (parts[k].text.size() == 2) year += year < 50 ? 2000 : 1900;
      } else if (!hasDay) {
        parts[k].role = Role::Day;
        day = value(k);
        hasDay = true;
      }
    }
  } else if (numbers.size() == 3) {
    const int a = value(numbers[0]);
    const int b = value(numbers[1]);
    if (parts[numbers[0]].text.size() == 4) {
      parts[numbers[0]].role = Role::Year, parts[numbers[1]].role = Role::Month, parts[numbers[2]].role = Role::Day;
    } else if (a > 12 && b <= 12) {
      parts[numbers[0]].role = Role::Day, parts[numbers[1]].role = Role::Month, parts[numbers[2]].role = Role::Year;
    } else {
      parts[numbers[0]].role = Role::Month, parts[numbers[1]].role = Role::Day, parts[numbers[2]].role = Role::Year;
    }
    hasDay = true;
  } else if (numbers.size() == 2) {
    if (parts[numbers[0]].text.size() == 4) {
      parts[numbers[0]].role = Role::Year, parts[numbers[1]].role = Role::Month;
    } else if (parts[numbers[1]].text.size() == 4) {
      parts[numbers[0]].role = Role::Month, parts[numbers[1]].role = Role::Year;
    } else {
      parts[numbers[0]].role = Role::Month, parts[numbers[1]].role = Role::Day;
      hasDay = true;
    }
  } else {
    return std::nullopt;
  }
  for (const Part& p : parts) {
    if (p.role == Role::Year) {
      year = std::stoi(p.text);
      if (p.text.size() == 2) year += year < 50 ? 2000 : 1900;
    } else if (p.role == Role::Month) {
      month = std::stoi(p.text);
    } else if (p.role == Role::Day) {
      day = std::stoi(p.text);
    }
  }
  if (month < 1 || month > 12 || year < 1 || day < 1 || day > daysInMonth(year, month)) return std::nullopt;
  int newYear = 0;
  int newMonth = 0;
  int newDay = 0;
  civilFromDays(daysFromCivil(year, month, day) + days, newYear, newMonth, newDay);
  std::string out;
  for (const Part& p : parts) {
    switch (p.role) {
      case Role::Year:
        out += p.text.size() == 2 ? padded(newYear % 100, 2) : std::to_string(newYear);
        break;
      case Role::Month:
        out += padded(newMonth, p.text.size());
        break;
      case Role::Day:
        out += padded(newDay, p.text.size());
        if (!p.suffix.empty()) out += ordinalSuffix(newDay, isUpper(p.suffix[0]));
        break;
      case Role::MonthWord:
        out += renderMonthWord(newMonth, month, p.text);
        break;
      case Role::Other:
        out += p.text;
        if (!p.suffix.empty()) out += p.suffix;
        break;
    }
  }
  return out;
}

}  // namespace concord::phi::detail
