// The number of an order or a ticket ("Harbourlight Home Medical Order SO-3732498", "order no.
// 4471230", "Ticket #INC0012345") numbers a sale or a request, not a person. The value is claimed
// as holding no PHI, so that its shape is read neither as a record number nor as a telephone.
#include <algorithm>

#include "identifier_forms.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isOrderLabel(std::string_view lower) { return lower == "order" || lower == "ticket"; }

}  // namespace

void scanOrderNumbers(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].hasDigit || tokens[i].length() < 5 || tokens[i].length() > 6 || !isOrderLabel(tokens[i].lower)) {
      continue;
    }
    std::size_t j = i + 1;
    // "order no.: 4471230", "order number 4471230", "Ticket # INC0012345".
    bool marked = false;
    if (j + 1 < tokens.size() && !tokens[j].hasDigit && (tokens[j].lower == "no" || tokens[j].lower == "number")) {
      marked = true;
      ++j;
    }
    const std::string_view gap = gapBetween(in, j - 1, j);
    if (!gapOnly(gap, " :#.", 4) || gap.empty()) continue;
    marked = marked || gap.find_first_of("#:") != std::string_view::npos;
    const std::size_t start = tokens[j].start;
    const std::size_t end = identifierEnd(text, start);
    const std::string_view value = text.substr(start, end - start);
    // Four digits or more, no date ("Order: 03/14/2024") or quantity ("order 2 units"); digits
    // alone only after a mark ("order 1500" may be an amount, "Order # 4471230" is a number).
    if (value.find_first_of("/.") != std::string_view::npos ||
        std::count_if(value.begin(), value.end(), [](char c) { return isDigit(c); }) < 4) {
      continue;
    }
    const bool letters = std::any_of(value.begin(), value.end(), [](char c) { return isAsciiAlpha(c); });
    if (!letters && !marked) continue;
    out.push_back({start, end, PhiCategory::Account, priority::kKeywordId, true});
  }
}

}  // namespace concord::phi::detail
