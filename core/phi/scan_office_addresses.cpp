// The address of a public office, an institution or the facility itself is no person's:
// "Ombudsman's office: 1 Public Square, open 9:00-16:00", "Registered office: 12 Harbour Road",
// "Insurer's head office: Av. 25 de Setembro 1230". The value after the office's label is claimed
// as holding no PHI, up to the end of its clause (";" or the line's end), so that the address
// scans do not read it as a patient's home.
#include <algorithm>
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

// A letterhead: a line opened by a facility's word in capitals, its parts joined by " - ", the
// facility's own tax number and address among them: "HOSPITAL PRIVADO - NUIT 400123456 - Av. 25
// de Setembro 1230, Maputo". Every part after the first that holds a digit and a comma is the
// facility's address and is claimed as no PHI.
void letterheadParts(const ScanInput& in, std::size_t i, Candidates& out) {
  const std::string_view text = in.text;
  const std::size_t start = in.tokens[i].start;
  if (start > 0 && text[start - 1] != '\n') return;
  static constexpr std::array<std::string_view, 7> kFacilities = {"hospital", "cl\u00ednica", "clinica", "clinic",
                                                                  "centro",   "centre",         "h\u00f4pital"};
  if (!in.tokens[i].allCaps || !listHas(kFacilities, in.tokens[i].lower)) return;
  std::size_t eol = text.find('\n', start);
  if (eol == std::string_view::npos) eol = text.size();
  std::size_t part = text.find(" - ", start);
  while (part != std::string_view::npos && part < eol) {
    const std::size_t from = part + 3;
    std::size_t next = text.find(" - ", from);
    const std::size_t to = next == std::string_view::npos || next > eol ? eol : next;
    const std::string_view value = text.substr(from, to - from);
    // (An address's part: a digit and a comma; "FACTURE N° 12345" is the patient's invoice.)
    if (std::any_of(value.begin(), value.end(), [](char c) { return isDigit(c); }) &&
        value.find(", ") != std::string_view::npos) {
      out.push_back({from, to, PhiCategory::Address, priority::kKeywordId, /*veto=*/true});
    }
    part = to == eol ? std::string_view::npos : next;
  }
}

}  // namespace

void scanOfficeAddresses(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    // (First byte before the word compare: most tokens start no "office", nor a letterhead's word.)
    const char first = text[tokens[i].start];
    if (first == 'H' || first == 'C') letterheadParts(in, i, out);
    if (lowerAscii(first) != 'o' || tokens[i].lower != "office") continue;
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
