// The address of a public office or an institution given for correspondence is no person's:
// "Ombudsman's office: 1 Public Square, open 9:00-16:00", "Registered office: 12 Harbour Road",
// "Insurer's head office: Av. 25 de Setembro 1230". The value after the office's label is claimed
// as holding no PHI, up to the end of its clause (";" or the line's end), so that the address
// scans do not read it as a patient's home.
#include <array>

#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

// Whether the words before "office" name an institution's office, not a person's ("her office",
// "home office" and "doctor's office" are left to the address scans).
bool institutionWordBefore(std::string_view line) {
  static constexpr std::array<std::string_view, 12> kInstitutions = {
      "ombudsman", "ombudsperson", "ombudsman's", "insurer", "insurer's", "registered", "head", "ministry",
      "commissioner", "commissioner's", "regulator", "regulator's"};
  return rfindAnyWordCaseless(line, kInstitutions) != std::string_view::npos;
}

}  // namespace

void scanOfficeAddresses(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    // (First byte before the word compare: most tokens start no "office".)
    if (lowerAscii(text[tokens[i].start]) != 'o' || tokens[i].lower != "office") continue;
    const std::string_view gap = gapBetween(in, i, i + 1);
    if (gap != ": " && gap != " : ") continue;
    if (!institutionWordBefore(sameLineBefore(text, tokens[i].start, 40))) continue;
    const std::size_t start = tokens[i + 1].start;
    std::size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != ';') ++end;
    out.push_back({start, end, PhiCategory::Address, priority::kKeywordId, /*veto=*/true});
  }
}

}  // namespace concord::phi::detail
