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

// A digit at `pos` as Chinese and Japanese dates write them: ASCII, full-width ("２０２５年３月３日")
// or a Chinese numeral ("二〇二五年三月三日", 〇 and 零 for zero). Returns its byte length and value,
// or 0. `ten` accepts 十 (ten) too, with the value 10.
std::size_t cjkDigitAt(std::string_view text, std::size_t pos, int& value, bool ten = false) {
  if (pos >= text.size()) return 0;
  if (isDigit(text[pos])) {
    value = text[pos] - '0';
    return 1;
  }
  if (pos + 3 > text.size() || !isNonAscii(text[pos])) return 0;
  const std::string_view c = text.substr(pos, 3);
  if (c[0] == '\xef' && c[1] == '\xbc' && static_cast<unsigned char>(c[2]) >= 0x90 && static_cast<unsigned char>(c[2]) <= 0x99) {
    value = static_cast<unsigned char>(c[2]) - 0x90;
    return 3;
  }
  static constexpr std::string_view kNumerals[] = {"\u3007", "\u4e00", "\u4e8c", "\u4e09", "\u56db",
                                                   "\u4e94", "\u516d", "\u4e03", "\u516b", "\u4e5d"};
  for (int v = 0; v < 10; ++v) {
    if (c == kNumerals[v]) {
      value = v;
      return 3;
    }
  }
  if (c == "\u96f6") {
    value = 0;
    return 3;
  }
  if (ten && c == "\u5341") {
    value = 10;
    return 3;
  }
  return 0;
}

// The digit that ends right before `pos` (cjkDigitAt's kinds, 十 not among them): its length, or 0.
std::size_t cjkDigitBefore(std::string_view text, std::size_t pos, int& value) {
  if (pos >= 1 && isDigit(text[pos - 1])) return cjkDigitAt(text, pos - 1, value);
  return pos >= 3 && cjkDigitAt(text, pos - 3, value) == 3 ? 3 : 0;
}

// A month's or a day's number at `pos`: one or two digits, or Chinese numerals with 十 ("三",
// "十二", "二十三", "三十一"). Returns its byte length and value, or 0.
std::size_t cjkNumberAt(std::string_view text, std::size_t pos, int& value) {
  int parts[3] = {};
  std::size_t len = 0;
  int count = 0;
  bool numeral = false;
  while (count < 3) {
    int v = 0;
    const std::size_t l = cjkDigitAt(text, pos + len, v, true);
    if (l == 0) break;
    numeral = numeral || (l == 3 && static_cast<unsigned char>(text[pos + len]) != 0xEF);
    parts[count++] = v;
    len += l;
  }
  if (count == 0) return 0;
  if (!numeral) {
    if (count > 2) return 0;
    value = count == 1 ? parts[0] : parts[0] * 10 + parts[1];
    return len;
  }
  // Numerals: d, 十, 十d, d十, d十d.
  if (count == 1) {
    value = parts[0];
  } else if (count == 2 && parts[0] == 10 && parts[1] < 10) {
    value = 10 + parts[1];
  } else if (count == 2 && parts[1] == 10 && parts[0] < 10) {
    value = parts[0] * 10;
  } else if (count == 3 && parts[1] == 10 && parts[0] < 10 && parts[2] < 10) {
    value = parts[0] * 10 + parts[2];
  } else if (count == 2 && parts[0] < 10 && parts[1] < 10 && parts[0] != 0) {
    value = parts[0] * 10 + parts[1];  // "一二" is rare, but "〇三" is a padded month
  } else {
    return 0;
  }
  return len;
}

// "5月27日" at `pos` (the day closed by 日, or the Chinese 号/號 of speech and chats): returns the
// end, or 0.
std::size_t monthDayEnd(std::string_view text, std::size_t pos) {
  int month = 0, day = 0;
  const std::size_t m = cjkNumberAt(text, pos, month);
  if (m == 0 || month < 1 || month > 12 || text.substr(pos + m, kMonth.size()) != kMonth) return 0;
  const std::size_t dayStart = pos + m + kMonth.size();
  const std::size_t d = cjkNumberAt(text, dayStart, day);
  if (d == 0 || day < 1 || day > 31) return 0;
  const std::string_view close = text.substr(dayStart + d, 3);
  if (close != kDay && close != "\u53f7" && close != "\u865f") return 0;
  return dayStart + d + kDay.size();
}

// The eras of the Republic of China (Taiwan's Minguo years: 民國114年 is 2025), with the
// country's name before them or not.
constexpr std::string_view kMinguo[] = {"\u4e2d\u83ef\u6c11\u570b", "\u4e2d\u534e\u6c11\u56fd",
                                        "\u6c11\u570b", "\u6c11\u56fd"};

void scanDates(std::string_view text, Candidates& out) {
  for (std::size_t at = text.find(kYear); at != std::string_view::npos; at = text.find(kYear, at + 1)) {
    const std::size_t end = monthDayEnd(text, at + kYear.size());
    if (end == 0) continue;
    // The year before 年: four digits, or an era's name and its year (one to three digits, or 元).
    std::size_t start = at;
    std::size_t digits = 0;
    int v = 0;
    for (std::size_t len = 0; digits < 5 && (len = cjkDigitBefore(text, start, v)) > 0; start -= len) ++digits;
    if (digits > 4) continue;
    std::size_t eraEnd = start;
    if (digits == 0 && start >= kFirstYear.size() && text.substr(start - kFirstYear.size(), kFirstYear.size()) == kFirstYear) {
      eraEnd = start - kFirstYear.size();
    } else if (digits == 0) {
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
    for (std::string_view e : kMinguo) {
      if (!era && eraEnd >= e.size() && text.substr(eraEnd - e.size(), e.size()) == e) {
        start = eraEnd - e.size();
        era = true;
      }
    }
    if (digits == 4 || era) out.push_back({start, end, PhiCategory::Date, priority::kDate});
  }
  // The month and the day without a year: "3月3日入院", "三月三日". 月 between two numbers and 日
  // (or 号) after the second is a date in Chinese and Japanese alike. (After 年 the year's date is
  // read above.)
  for (std::size_t at = text.find(kMonth); at != std::string_view::npos; at = text.find(kMonth, at + 1)) {
    std::size_t start = at;
    int count = 0;
    while (count < 3) {
      int v = 0;
      std::size_t len = 0;
      if (start >= 1 && isDigit(text[start - 1])) {
        len = 1;
      } else if (start >= 3 && cjkDigitAt(text, start - 3, v, true) == 3) {
        len = 3;
      }
      if (len == 0) break;
      start -= len;
      ++count;
    }
    if (count == 0) continue;
    if (start >= kYear.size() && text.substr(start - kYear.size(), kYear.size()) == kYear) continue;
    int before = 0;
    if (cjkDigitBefore(text, start, before) > 0) continue;
    const std::size_t end = monthDayEnd(text, start);
    if (end > 0) out.push_back({start, end, PhiCategory::Date, priority::kDate});
  }
}

// A numeric date glued to Chinese or Japanese text, which puts no space around numbers:
// "于2025-03-03入院", "出生日期：1985.3.3", and Taiwan's Minguo year after a date's label or the era
// ("出生日期：114/03/03", "民國114.03.03"). The tokens of such text start at the ideograph, so the
// numeric scanner never meets these digits. Year first; the year 1900-2099, or 1-150 of Minguo.
void scanGluedNumericDates(std::string_view text, Candidates& out) {
  for (std::size_t k = 3; k < text.size(); ++k) {
    if (!isDigit(text[k]) || static_cast<unsigned char>(text[k - 1]) < 0x80) continue;
    const auto lead = static_cast<unsigned char>(text[k - 3]);
    const std::size_t y = digitRun(text, k);
    const std::size_t next = k + y;
    if (!((lead >= 0xE3 && lead <= 0xE9) || lead == 0xEF) || y < 2 || y > 4 || next + 4 > text.size()) {
      k = next;
      continue;
    }
    const char sep = text[next];
    const std::size_t m = sep == '-' || sep == '/' || sep == '.' ? digitRun(text, next + 1) : 0;
    const std::size_t dayAt = next + 2 + m;
    const std::size_t d = m > 0 && m <= 2 && dayAt <= text.size() && text[dayAt - 1] == sep ? digitRun(text, dayAt) : 0;
    const std::size_t end = dayAt + d;
    k = next;
    if (d == 0 || d > 2 || (end < text.size() && (isAsciiAlpha(text[end]) ||
                                                  ((text[end] == '-' || text[end] == '/' || text[end] == '.' ||
                                                    text[end] == ':') && end + 1 < text.size() && isDigit(text[end + 1]))))) {
      continue;
    }
    const int year = parseDigits(text, k - y, y);
    const int month = parseDigits(text, next + 1, m);
    const int day = parseDigits(text, dayAt, d);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    bool ok = y == 4 && year >= 1900 && year <= 2099;
    if (!ok && y <= 3 && year >= 1 && year <= 150) {
      // 日期 (date), 生日 (birthday), 民國/民国 (the era) in the few characters before.
      const std::size_t from = k - y >= 15 ? k - y - 15 : 0;
      const std::string_view before = text.substr(from, k - y - from);
      for (std::string_view cue : {"\u65e5\u671f", "\u751f\u65e5", "\u6c11\u570b", "\u6c11\u56fd"}) {
        ok = ok || before.find(cue) != std::string_view::npos;
      }
    }
    if (ok) out.push_back({k - y, end, PhiCategory::Date, priority::kDate});
    k = end;
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

// "住所: 大阪府吹田市山田東9-83-1", "と住所（福岡県久留米市東町98番地）が残っています": the address
// after its label 住所 without the postal mark, a colon, a full-width colon or bracket between (seed
// 3535: a consent form's field and a review's remark). Written without spaces, it must name a
// prefecture, city or ward (都, 道, 府, 県, 市, 区) and hold the block's digits.
void scanLabelledAddresses(std::string_view text, Candidates& out) {
  constexpr std::string_view kLabel = "\u4f4f\u6240";  // 住所
  for (std::size_t at = text.find(kLabel); at != std::string_view::npos; at = text.find(kLabel, at + 1)) {
    std::size_t k = valueAfterLabelMark(text, at + kLabel.size(), true);
    if (k == std::string_view::npos) continue;
    const std::size_t start = k;
    bool digit = false;
    bool area = false;
    while (k < text.size() && (isNonAscii(text[k]) || isDigit(text[k]) || text[k] == '-')) {
      const std::string_view ch = text.substr(k, 3);
      if (ch == "\u3000" || ch == "\u3001" || ch == "\u3002" || ch == "\uff08" || ch == "\uff09") break;
      for (std::string_view mark : {"\u90fd", "\u9053", "\u5e9c", "\u770c", "\u5e02", "\u533a"}) {
        area = area || ch == mark;
      }
      digit = digit || isDigit(text[k]);
      k += isNonAscii(text[k]) ? utf8Length(text[k]) : 1;
    }
    if (k > text.size()) k = text.size();
    while (k > start && text[k - 1] == '-') --k;
    if (!area || !digit || k - start < 12) continue;
    out.push_back({start, k, PhiCategory::Address, priority::kPhone + 1});
  }
}

}  // namespace

void scanJapaneseForms(const ScanInput& in, Candidates& out) {
  // (月 is U+6708, lead byte 0xE6.)
  if (in.text.find('\xe3') == std::string_view::npos && in.text.find('\xe5') == std::string_view::npos &&
      in.text.find('\xe6') == std::string_view::npos) {
    return;
  }
  scanDates(in.text, out);
  scanGluedNumericDates(in.text, out);
  scanPostalAddresses(in.text, out);
  scanLabelledAddresses(in.text, out);
}

}  // namespace concord::phi::detail
