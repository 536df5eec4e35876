// A mainland Chinese address written in characters, as a Chinese record or a form abroad copies
// it: "北京市朝阳区建国路88号3号楼1单元502室" (city, district, road, number 号, building 楼, unit
// 单元, flat 室), after "住址：" or "Home address: ". Chinese writes it without spaces, from the
// largest division to the flat, so no comma or capital marks its parts for the one-line scanner.
// The run of characters and digits is an address when it names a division (省, 市, 区 or 县), a
// road or street (路, 街, 道, 巷, 弄 or 村) and a house's number (digits and 号); a label
// (住址, 地址) glued before it stays outside.
#include <algorithm>
#include <initializer_list>

#include "japanese_forms.h"

namespace concord::phi::detail {

namespace {

bool hasAny(std::string_view run, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (run.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The next house's number sign at or after `from`: 号, or the traditional 號 of Hong Kong, Macau
// and Taiwan, or a flat's 室 (a Hong Kong estate's flat has no street number: "樂富邨德富樓12樓
// 1205室"); npos if none.
std::size_t nextAnchor(std::string_view text, std::size_t from) {
  std::size_t best = std::string_view::npos;
  for (std::string_view a : {"\u53f7", "\u865f", "\u5ba4"}) best = std::min(best, text.find(a, from));
  return best;
}

}  // namespace

void scanChineseAddresses(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  constexpr std::size_t kNumberSize = 3;  // 号, 號 and 室 are three bytes each
  std::size_t done = 0;
  for (std::size_t at = nextAnchor(text, 0); at != std::string_view::npos; at = nextAnchor(text, at + 1)) {
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
    std::size_t end = at + kNumberSize;
    while (end < text.size()) {
      if (isDigit(text[end])) {
        ++end;
      } else if (hanAt(text, end)) {
        end += 3;
      } else if (isUpper(text[end]) && hanAt(text, end + 1)) {
        ++end;  // a block's or flat's letter: "永光大廈5樓A座", "12樓A室"
      } else if (isUpper(text[end]) && end >= 3 &&
                 (text.substr(end - 3, 3) == "\u6a13" || text.substr(end - 3, 3) == "\u697c") &&
                 (end + 1 == text.size() || !isWordByte(text[end + 1]))) {
        ++end;  // the flat's letter closing the address after its floor: "濠景花園第2座37樓A"
        break;
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
    const bool mainland = hasAny(run, {"\u7701", "\u5e02", "\u533a", "\u53bf"}) &&                   // 省 市 区 县
                          hasAny(run, {"\u8def", "\u8857", "\u9053", "\u5df7", "\u5f04", "\u6751"});  // 路 街 道 巷 弄 村
    // Hong Kong and Macau, in traditional characters: a region or district (香港, 九龍, 新界, 澳門,
    // 氹仔, 區) and a road, a public estate, a court or a block (路 街 道 里 邨 苑 大廈 座 花園), the
    // flat in its block's floor ("香港九龍黃大仙樂富邨德富樓12樓1205室"). Not a hospital's, clinic's
    // or ward's floor and room ("瑪麗醫院K座12樓1205室" names the hospital, no home).
    const bool care = hasAny(run, {"\u91ab\u9662", "\u533b\u9662", "\u75c5\u623f", "\u8a3a\u6240", "\u8a3a\u7642",
                                   "\u8bca\u6240"});
    const bool traditional =
        hasAny(run, {"\u9999\u6e2f", "\u4e5d\u9f8d", "\u65b0\u754c", "\u6fb3\u9580", "\u6c39\u4ed4", "\u5340"}) &&
        hasAny(run, {"\u8def", "\u8857", "\u9053", "\u91cc", "\u90a8", "\u82d1", "\u5927\u5ec8", "\u5ea7",
                     "\u82b1\u5712"}) &&
        !care;
    // (A flat's 室 alone anchors no mainland address in a hospital: "北京市朝阳区建国路医院3室".)
    const bool flatAnchor = text.substr(at, kNumberSize) == "\u5ba4";
    if (!(mainland && !(flatAnchor && care)) && !traditional) continue;
    out.push_back({start, end, PhiCategory::Address, priority::kAddress});
    done = end;
  }
}

}  // namespace concord::phi::detail
