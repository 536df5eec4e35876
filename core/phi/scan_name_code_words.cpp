// Words of genetic reports, variant files and message headers that look like a person's name and
// are none (seed 3636): a code system's prefix before its colon and number ("ORPHA:96169"), a
// field's type in a VCF header ("##INFO=<ID=DP,Number=1,Type=Integer,...>"), the sending and
// receiving applications and facilities of an HL7 message header ("MSH|^~\&|GENLAB|REFLAB|EHR|
// HOSP|...") and the park of an estate of firms ("Cork Airport Business Park"). Shared by the
// rules' vetoes and the name model's revision (noPersonByContext).
#include <array>
#include <string_view>

#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// "ORPHA:96169", "HP:0002072", "OMIM:219700": a word in capitals glued by a colon to a number is
// the prefix of a code (a person's name takes a space after a label's colon).
bool codePrefix(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken != first + 1 || endToken >= tokens.size() || !tokens[first].allCaps || tokens[first].length() < 2) return false;
  return gapBetween(in, first, endToken) == ":" && tokens[endToken].allDigits;
}

// "Type=Integer", "Type=String": the value type a VCF header gives a field.
bool vcfFieldType(const ScanInput& in, std::size_t first, std::size_t endToken) {
  if (endToken != first + 1 || first == 0) return false;
  return in.tokens[first - 1].lower == "type" && gapBetween(in, first - 1, first) == "=";
}

// "MSH|^~\&|GENLAB|REFLAB|EHR|HOSP|2024...": the fields MSH-3 to MSH-6 of an HL7 message header
// name applications and facilities (two to five bars after "MSH" on the same line).
bool hl7HeaderParty(const ScanInput& in, std::size_t first) {
  const std::string_view text = in.text;
  const std::size_t start = in.tokens[first].start;
  const std::size_t lineStart = text.rfind('\n', start == 0 ? 0 : start - 1);
  const std::size_t from = lineStart == std::string_view::npos ? 0 : lineStart + 1;
  // (Looked for on the token's own line only: a search back through the whole note ran once per
  // candidate run.)
  const std::size_t found = text.substr(from, start - from).rfind("MSH|");
  if (found == std::string_view::npos) return false;
  const std::size_t msh = from + found;
  std::size_t bars = 0;
  for (std::size_t b = msh; b < start; ++b) bars += text[b] == '|';
  return bars >= 2 && bars <= 5 && text[start - 1] == '|';
}

// "Cork Airport Business Park", "Kilshane Industrial Park": a park of firms is a place.
bool firmPark(const ScanInput& in, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  const std::size_t k = endToken - 1;
  if (tokens[k].lower != "park" || k == 0 || gapBetween(in, k - 1, k) != " ") return false;
  static constexpr std::array<std::string_view, 9> kParks = {"business", "industrial", "science", "retail", "technology",
                                                             "office", "research", "enterprise", "trade"};
  return listHas(kParks, tokens[k - 1].lower);
}

}  // namespace

bool codeWordRun(const ScanInput& in, std::size_t first, std::size_t endToken) {
  return codePrefix(in, first, endToken) || vcfFieldType(in, first, endToken) || hl7HeaderParty(in, first) ||
         firmPark(in, endToken);
}

}  // namespace concord::phi::detail
