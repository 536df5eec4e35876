#pragma once
// Dates and postal addresses of Japanese forms (scan_japanese_forms.cpp) and Chinese addresses in
// characters (scan_chinese_addresses.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// "1985年5月10日", "令和4年5月27日", "平成元年1月8日" (dates) and "〒734-4350 大阪府吹田市千里山7-29-8"
/// (an address, the postal code inside it).
void scanJapaneseForms(const ScanInput& in, Candidates& out);

/// A mainland Chinese address in characters, "北京市朝阳区建国路88号3号楼1单元502室": a division, a
/// road and a house's number 号 in one run (scan_chinese_addresses.cpp).
void scanChineseAddresses(const ScanInput& in, Candidates& out);

}  // namespace concord::phi::detail
