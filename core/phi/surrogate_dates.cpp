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

std::optional<std::string> shiftDate(std::string_view date, int days) {
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
