// Japanese forms transcribed into a note (a maternal and child health handbook, an insurance
// card) keep two things in their own script: dates written with 年, 月 and 日, in the Western
// year ("1985年5月10日") or an era's ("令和4年5月27日", "平成元年1月8日"), and a postal
// address after the postal mark 〒 ("〒734-4350 大阪府吹田市千里山7-29-8"). Both have cues no
// other text has: the three characters in their order with a valid month and day, and the mark.
#include "japanese_forms.h"

namespace concord::phi::detail {

namespace {

constexpr std::string_view kYear = "\u5e74";   // 年
constexpr std::string_view kMonth = "\u6708";  // 月
constexpr std::string_view kDay = "\u65e5";    // 日
constexpr std::string_view kFirstYear = "\u5143";  // 元 (an era's first year)
constexpr std::string_view kPostalMark = "\u3012";  // 〒

// The era names of the years still written on records: Reiwa, Heisei, Showa, Taisho.
constexpr std::string_view kEras[] = {"\u4ee4\u548c", "\u5e73\u6210", "\u662d\u548c", "\u5927\u6b63"};

// The length of the UTF-8 sequence that `lead` starts (1 for a stray continuation byte).
std::size_t utf8Length(char lead) {
  const auto c = static_cast<unsigned char>(lead);
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

// Digits (ASCII) at `pos`, at most `most`; returns their count and value.
// A longer run is no such number: 0.
std::size_t digitsAt(std::string_view text, std::size_t pos, std::size_t most, int& value) {
  const std::size_t count = digitRun(text, pos);
  if (count == 0 || count > most) return 0;
  value = parseDigits(text, pos, count);
  return count;
}

// "5月27日" at `pos`: returns the end, or 0.
std::size_t monthDayEnd(std::string_view text, std::size_t pos) {
  int month = 0, day = 0;
  const std::size_t m = digitsAt(text, pos, 2, month);
  if (m == 0 || month < 1 || month > 12 || text.substr(pos + m, kMonth.size()) != kMonth) return 0;
  const std::size_t dayStart = pos + m + kMonth.size();
  const std::size_t d = digitsAt(text, dayStart, 2, day);
  if (d == 0 || day < 1 || day > 31 || text.substr(dayStart + d, kDay.size()) != kDay) return 0;
  return dayStart + d + kDay.size();
}

void scanDates(std::string_view text, Candidates& out) {
  for (std::size_t at = text.find(kYear); at != std::string_view::npos; at = text.find(kYear, at + 1)) {
    const std::size_t end = monthDayEnd(text, at + kYear.size());
    if (end == 0) continue;
    // The year before 年: four digits, or an era's name and its year (one or two digits, or 元).
    std::size_t start = at;
    while (start > 0 && isDigit(text[start - 1]) && at - start < 4) --start;
    if (start > 0 && isDigit(text[start - 1])) continue;
    const std::size_t digits = at - start;
    std::size_t eraEnd = start;
    if (digits == 0 && start >= kFirstYear.size() && text.substr(start - kFirstYear.size(), kFirstYear.size()) == kFirstYear) {
      eraEnd = start - kFirstYear.size();
    } else if (digits == 0 || digits == 3) {
      continue;
    }
    bool era = false;
    for (std::string_view e : kEras) {
      if (eraEnd >= e.size() && text.substr(eraEnd - e.size(), e.size()) == e) {
        start = eraEnd - e.size();
        era = true;
        break;
      }
    }
    if (digits == 4) {
      out.push_back({start, end, PhiCategory::Date, priority::kDate});
    } else if (era) {
      out.push_back({start, end, PhiCategory::Date, priority::kDate});
    }
  }
}

// The address after the code written in Latin letters, as referral letters abroad write it:
// "〒154-0001 Tokyo-to Setagaya-ku Kitazawa 3-12-5". Capitalised words (the prefecture, city and
// ward with their suffixes "-to", "-fu", "-ken", "-shi", "-ku", "-cho", "-machi", "-mura", "-gun",
// and the district) one space apart, ended by the block numbers "3-12-5"; at least one word must
// carry such a suffix (or be Hokkaido). Stops at a column gap, a line's end or a label ("Tel:").
// Returns the address's end, or `codeEnd` when the words are no address.
std::size_t romanisedAddressEnd(std::string_view text, std::size_t m, std::size_t codeEnd) {
  std::size_t end = codeEnd;
  bool administrative = false;
  std::size_t k = m;
  for (int words = 0; words < 8 && k < text.size(); ++words) {
    if (isDigit(text[k])) {
      // The block numbers close the address: digits joined by hyphens, two or three groups.
      std::size_t j = k;
      int groups = 0;
      while (j < text.size() && isDigit(text[j])) {
        const std::size_t d = digitRun(text, j);
        if (d > 4) return codeEnd;
        j += d;
        ++groups;
        if (j + 1 < text.size() && text[j] == '-' && isDigit(text[j + 1])) ++j;
        else break;
      }
      if (groups < 2 || (j < text.size() && isWordByte(text[j]))) break;
      if (administrative) end = j;
      break;
    }
    if (!isUpper(text[k])) break;
    std::size_t j = k;
    while (j < text.size() && (isAsciiAlpha(text[j]) || (text[j] == '-' && j + 1 < text.size() && isAsciiAlpha(text[j + 1])))) ++j;
    if (j < text.size() && (text[j] == ':' || isNonAscii(text[j]) || isDigit(text[j]))) break;  // a label
    std::string lower;
    for (std::size_t c = k; c < j; ++c) lower.push_back(lowerAscii(text[c]));
    const std::size_t dash = lower.rfind('-');
    if (dash != std::string::npos) {
      const std::string_view suffix = std::string_view(lower).substr(dash + 1);
      for (std::string_view w : {"to", "fu", "ken", "shi", "ku", "cho", "machi", "mura", "gun"}) {
        administrative = administrative || suffix == w;
      }
    }
    administrative = administrative || lower == "hokkaido";
    if (administrative) end = j;
    if (j + 1 >= text.size() || text[j] != ' ' || text[j + 1] == ' ') break;
    k = j + 1;
  }
  return end;
}

// "〒734-4350 大阪府吹田市千里山7-29-8": the mark, the seven-digit code (a hyphen after three), an
// optional space and the address written without spaces, up to the next white space.
void scanPostalAddresses(std::string_view text, Candidates& out) {
  for (std::size_t at = text.find(kPostalMark); at != std::string_view::npos; at = text.find(kPostalMark, at + 1)) {
    std::size_t k = at + kPostalMark.size();
    if (k < text.size() && text[k] == ' ') ++k;
    int value = 0;
    if (digitsAt(text, k, 3, value) != 3 || k + 8 > text.size() || text[k + 3] != '-' ||
        digitsAt(text, k + 4, 4, value) != 4) {
      continue;
    }
    std::size_t end = k + 8;
    // The address after the code: non-ASCII characters and the block numbers among them.
    std::size_t m = end;
    if (m < text.size() && (text[m] == ' ' || text[m] == '\t')) ++m;
    if (m < text.size() && isNonAscii(text[m])) {
      // Up to white space, the ideographic space, comma or full stop (U+3000-U+3002), or a
      // full-width bracket: the next field or sentence.
      auto stop = [&](std::size_t b) {
        return text.substr(b, 3) == "\u3000" || text.substr(b, 3) == "\u3001" || text.substr(b, 3) == "\u3002" ||
               text.substr(b, 3) == "\uff08";
      };
      while (m < text.size() && (isNonAscii(text[m]) || isDigit(text[m]) || text[m] == '-') && !stop(m)) {
        m += isNonAscii(text[m]) ? utf8Length(text[m]) : 1;
      }
      if (m > text.size()) m = text.size();
      while (m > end && text[m - 1] == '-') --m;
      end = m;
    }
    if (m < text.size() && isAsciiAlpha(text[m])) end = romanisedAddressEnd(text, m, end);
    // Stronger than a phone's reading of the code ("734-4350"): the mark says what it is.
    out.push_back({at, end, PhiCategory::Address, priority::kPhone + 1});
  }
}

}  // namespace

void scanJapaneseForms(const ScanInput& in, Candidates& out) {
  if (in.text.find('\xe3') == std::string_view::npos && in.text.find('\xe5') == std::string_view::npos) return;
  scanDates(in.text, out);
  scanPostalAddresses(in.text, out);
}

}  // namespace concord::phi::detail
