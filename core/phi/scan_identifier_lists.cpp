// Several numbers after one plural label: "Accounts to apply: 44408-03; HB01972266", "Account
// numbers: 83519-16, 4471-2203", "MRNs: 00412345 and 00412399". The label names every item of the
// list, which the singular keywords of scan_identifiers.cpp do not see past the first value.
#include <algorithm>
#include <array>

#include "identifier_forms.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

struct PluralLabel {
  std::string_view first;   // lower case
  std::string_view second;  // lower case, or empty for a one-word label
  PhiCategory category;
};

constexpr std::array<PluralLabel, 12> kPluralLabels = {{
    {"accounts", "", PhiCategory::Account},
    {"accts", "", PhiCategory::Account},
    {"account", "numbers", PhiCategory::Account},
    {"account", "nos", PhiCategory::Account},
    {"acct", "nos", PhiCategory::Account},
    {"claim", "numbers", PhiCategory::Account},
    {"mrns", "", PhiCategory::Mrn},
    {"record", "numbers", PhiCategory::Mrn},
    {"member", "ids", PhiCategory::HealthPlan},
    {"member", "numbers", PhiCategory::HealthPlan},
    {"policy", "numbers", PhiCategory::HealthPlan},
    {"plan", "ids", PhiCategory::HealthPlan},
}};

// Length in tokens of the plural label at token i (one or two), and its category; 0 for none.
std::size_t pluralLabelAt(const ScanInput& in, std::size_t i, PhiCategory& category) {
  const auto& tokens = in.tokens;
  for (const PluralLabel& label : kPluralLabels) {
    if (tokens[i].lower != label.first) continue;
    if (label.second.empty()) {
      category = label.category;
      return 1;
    }
    if (i + 1 < tokens.size() && tokens[i + 1].lower == label.second && isInlineSpace(gapBetween(in, i, i + 1), 1)) {
      category = label.category;
      return 2;
    }
  }
  return 0;
}

// An item of the list: a value with four digits or more and no date's or amount's punctuation
// ("44408-03", "HB01972266"; not "05/01/2024", "1.5").
bool listItem(std::string_view value) {
  if (!looksLikeIdentifier(value) || value.find_first_of("/.") != std::string_view::npos) return false;
  return std::count_if(value.begin(), value.end(), [](char c) { return isDigit(c); }) >= 4;
}

bool listSeparator(std::string_view gap) {
  return gap == "; " || gap == ";" || gap == ", " || gap == "," || gap == " / " || gap == " & ";
}

}  // namespace

void scanIdentifierLists(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (tokens[i].hasDigit || tokens[i].length() < 4 || tokens[i].length() > 8) continue;
    PhiCategory category = PhiCategory::Account;
    const std::size_t words = pluralLabelAt(in, i, category);
    if (words == 0) continue;
    // A few words may say what the numbers are for before the colon: "Accounts to apply:",
    // "Account numbers on file:". The colon is required: "accounts 2 and 3" counts.
    std::size_t j = i + words;
    for (int skipped = 0; j < n && skipped < 3 && !tokens[j].hasDigit && isInlineSpace(gapBetween(in, j - 1, j), 1);
         ++skipped) {
      ++j;
    }
    if (j >= n) continue;
    const std::string_view colon = gapBetween(in, j - 1, j);
    if (!(colon == ": " || colon == ":" || colon == ":  ")) continue;
    // Every item, up to the first that is no number.
    while (j < n) {
      const std::size_t start = tokens[j].start;
      const std::size_t end = identifierEnd(text, start);
      if (!listItem(text.substr(start, end - start))) break;
      out.push_back({start, end, category, priority::kKeywordId});
      std::size_t next = j + 1;
      while (next < n && tokens[next].start < end) ++next;
      if (next >= n) break;
      // The last item after "and": "00412345 and 00412399", "44408-03, and HB01972266".
      if (tokens[next].lower == "and" && next + 1 < n && (gapBetween(in, next - 1, next) == " " ||
                                                         gapBetween(in, next - 1, next) == ", ") &&
          gapBetween(in, next, next + 1) == " ") {
        j = next + 1;
        continue;
      }
      if (!listSeparator(gapBetween(in, next - 1, next))) break;
      j = next;
    }
    i = j;
  }
}

}  // namespace concord::phi::detail
