// Numbers of a parcel: a courier's air waybill or tracking number ("courier AWB 7794445392",
// "Carrier tracking 1Z249267763") numbers the shipment, not a person. The value is claimed as
// holding no PHI, so that its shape is read neither as a telephone nor as a record number.
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isShippingLabel(std::string_view lower) { return lower == "awb" || lower == "waybill" || lower == "tracking"; }

}  // namespace

void scanShippingNumbers(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].hasDigit || tokens[i].length() < 3 || tokens[i].length() > 8 || !isShippingLabel(tokens[i].lower)) {
      continue;
    }
    std::size_t j = i + 1;
    // "AWB no.: 7794445392", "tracking number 1Z249267763", "tracking # 1Z24".
    if (j + 1 < tokens.size() && !tokens[j].hasDigit && (tokens[j].lower == "no" || tokens[j].lower == "number")) ++j;
    if (!gapOnly(gapBetween(in, j - 1, j), " :#.", 4) || !tokens[j].hasDigit) continue;
    std::size_t end = tokens[j].end;
    while (end < in.text.size() && (isWordByte(in.text[end]) || in.text[end] == '-')) ++end;
    out.push_back({tokens[j].start, end, PhiCategory::Account, priority::kKeywordId, true});
  }
}

}  // namespace concord::phi::detail
