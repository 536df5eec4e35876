// A mainland Chinese address written in characters, as a Chinese record or a form abroad copies
// it: "北京市朝阳区建国路88号3号楼1单元502室" (city, district, road, number 号, building 楼, unit
// 单元, flat 室), after "住址：" or "Home address: ". Chinese writes it without spaces, from the
// largest division to the flat, so no comma or capital marks its parts for the one-line scanner.
// The run of characters and digits is an address when it names a division (省, 市, 区 or 县), a
// road or street (路, 街, 道, 巷, 弄 or 村) and a house's number (digits and 号); a label
// (住址, 地址) glued before it stays outside.
#include <initializer_list>

#include "japanese_forms.h"

namespace concord::phi::detail {

namespace {

// A CJK unified ideograph (U+4E00..U+9FFF: three bytes led by 0xE4..0xE9) at `k`.
bool hanAt(std::string_view text, std::size_t k) {
  if (k + 3 > text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[k]);
  return lead >= 0xE4 && lead <= 0xE9 && (static_cast<unsigned char>(text[k + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(text[k + 2]) & 0xC0) == 0x80;
}

bool hasAny(std::string_view run, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (run.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void scanChineseAddresses(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  constexpr std::string_view kNumber = "\u53f7";  // 号
  std::size_t done = 0;
  for (std::size_t at = text.find(kNumber); at != std::string_view::npos; at = text.find(kNumber, at + 1)) {
    if (at < done || at == 0 || !isDigit(text[at - 1])) continue;
    // Back over characters and digits to the run's start.
    std::size_t start = at;
    while (start > 0) {
      if (isDigit(text[start - 1])) {
        --start;
      } else if (start >= 3 && hanAt(text, start - 3)) {
        start -= 3;
      } else {
        break;
      }
    }
    // Forward over the building, unit and flat.
    std::size_t end = at + kNumber.size();
    while (end < text.size()) {
      if (isDigit(text[end])) {
        ++end;
      } else if (hanAt(text, end)) {
        end += 3;
      } else {
        break;
      }
    }
    // A label glued before the address stays outside.
    for (std::string_view label : {"\u4f4f\u5740", "\u5730\u5740"}) {  // 住址, 地址
      if (text.substr(start, label.size()) == label) start += label.size();
    }
    const std::string_view run = text.substr(start, end - start);
    if (run.empty() || isDigit(run.front())) continue;
    if (!hasAny(run, {"\u7701", "\u5e02", "\u533a", "\u53bf"}) ||                    // 省 市 区 县
        !hasAny(run, {"\u8def", "\u8857", "\u9053", "\u5df7", "\u5f04", "\u6751"})) {  // 路 街 道 巷 弄 村
      continue;
    }
    out.push_back({start, end, PhiCategory::Address, priority::kAddress});
    done = end;
  }
}

}  // namespace concord::phi::detail
