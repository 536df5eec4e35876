// Identity, insurance and record numbers after a label in a script written without spaces
// (Chinese, Japanese, Korean, Thai). The tokenizer keeps such a label, its full-width colon and
// often its value in one token ("身份证号：110101199003074578"), so the keyword scan cannot see the
// label as a word: the labels (world_id_labels.cpp) are found as bytes inside tokens of those
// scripts, and the number after them is read when it has its identifier's count of digits.
#include <algorithm>
#include <array>

#include "local_id_labels.h"

namespace concord::phi::detail {

namespace {

// Whether the token holds a character of three UTF-8 bytes (the scripts above: lead bytes E0-EF).
bool hasThreeByteCharacter(std::string_view token) {
  return std::any_of(token.begin(), token.end(),
                     [](char c) { return (static_cast<unsigned char>(c) & 0xF0) == 0xE0; });
}

// What may stand between a label and its number: the label's own "number" and "card" words,
// full-width and ASCII colons, spaces and "#" ("身份证号码：", "病历号 #").
std::size_t skipLabelTail(std::string_view text, std::size_t k) {
  static constexpr std::array<std::string_view, 25> kTails = {
      "\u53f7\u7801", "\u865f\u78bc", "\u5b57\u865f", "\u5b57\u53f7",  // 号码 號碼 字號 字号
      "\u7f16\u53f7", "\u7de8\u865f",                                   // 编号 編號
      "\u53f7", "\u865f", "\u756a\u53f7", "\u5361",                     // 号 號 番号 卡
      "\ubc88\ud638",                                                                 // 번호
      // Dzongkha's tsheg, "number" (ཨང་) and shad; Tigrinya's "card" (ወረቐት), "number" (ቁጽሪ)
      // and the Ge'ez colon ፡.
      "\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48",  // Thai เลขที่ ("number")
      "\u0f0b", "\u0f68\u0f44", "\u0f0d", "\u12c8\u1228\u1250\u1275", "\u1241\u133d\u122a", "\u1361",
      "\uff1a", ":", " ", "\u3000", "\t", "#", "\uff03"};                               // ： : space 　 tab # ＃
  for (int steps = 0; steps < 6; ++steps) {
    bool moved = false;
    for (std::string_view tail : kTails) {
      if (text.substr(k, tail.size()) == tail) {
        k += tail.size();
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return k;
}

// End of the number at k: ASCII letters and digits, joined by single dashes or spaces between
// groups of digits ("1234 5678 9012", "900101-1234567", "A123456789", "11010119900307457X").
std::size_t numberEnd(std::string_view text, std::size_t k) {
  std::size_t end = k;
  while (end < text.size()) {
    const char c = text[end];
    if (isDigit(c) || isAsciiAlpha(c)) {
      ++end;
    } else if ((c == '-' || c == ' ' || c == '/') && end > k && isDigit(text[end - 1]) && end + 1 < text.size() &&
               isDigit(text[end + 1])) {
      ++end;  // (the slash of Macau's "1/234567/8")
    } else if (c == '-' && end > k && isAsciiAlpha(text[end - 1]) && end + 1 < text.size() && isDigit(text[end + 1])) {
      ++end;  // (a record number's prefix: "病案号: RPM-306330", seed 3838)
    } else {
      break;
    }
  }
  // Hong Kong's check digit in brackets: "A123456(3)".
  if (end > k && end + 3 <= text.size() && text[end] == '(' && (isDigit(text[end + 1]) || text[end + 1] == 'A') &&
      text[end + 2] == ')') {
    end += 3;
  }
  return end;
}

// Whether the value has the label's count of digits, and a letter or two at most (Taiwan's and
// Hong Kong's first letters, China's check character X).
bool fits(std::string_view value, const ScriptIdLabel& label) {
  const auto digits = static_cast<std::size_t>(std::count_if(value.begin(), value.end(), isDigit));
  const auto letters = static_cast<std::size_t>(std::count_if(value.begin(), value.end(), isAsciiAlpha));
  // (A bill's number may carry its series' letters: "請求書番号：INV-2024-0042".)
  // (So may a hospital's record number its system's: "患者番号: MRN447035", seed 3838.)
  const bool series = label.category == PhiCategory::Account || label.category == PhiCategory::Mrn;
  return digits >= label.minDigits && digits <= label.maxDigits && letters <= (series ? 4u : 2u);
}

}  // namespace

void scanScriptIdLabels(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (const Token& t : in.tokens) {
    if (t.length() < 6 || !hasThreeByteCharacter(text.substr(t.start, t.length()))) continue;
    const std::string_view token = text.substr(t.start, t.length());
    for (const ScriptIdLabel& label : scriptIdLabels()) {
      const std::size_t at = token.find(label.label);
      if (at == std::string_view::npos || (label.opensToken && at != 0)) continue;
      std::size_t start = skipLabelTail(text, t.start + at + label.label.size());
      // A two-column export's row: the label, a bare comma and the value ending its line ("기기
      // 일련번호,24364D18695" under "이름,..." in a Korean blood-pressure export, seed 3737).
      if (start < text.size() && text[start] == ',' && start == t.start + at + label.label.size()) {
        const std::size_t valueEnd = numberEnd(text, start + 1);
        if (valueEnd > start + 1 && (valueEnd == text.size() || text[valueEnd] == '\n' || text[valueEnd] == '\r')) ++start;
      }
      std::size_t end = numberEnd(text, start);
      if (end == start) continue;
      // The spaced groups of one number, or else its first group alone: "病历号: 123456 2024-01-02"
      // is the number and a date.
      if (!fits(text.substr(start, end - start), label)) {
        const std::size_t space = text.substr(start, end - start).find(' ');
        if (space == std::string_view::npos || !fits(text.substr(start, space), label)) continue;
        end = start + space;
      }
      out.push_back({start, end, label.category, priority::kKeywordId});
      break;
    }
  }
}

}  // namespace concord::phi::detail
