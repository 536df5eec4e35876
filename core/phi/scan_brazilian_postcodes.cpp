// A Brazilian address's last line, "Belém - PA, CEP 66000-000", found by its label wherever the
// street before it is written in a form the street rules do not read (a bairro alone, "apto 702",
// a rural locality). The CEP is the postal code of a street or a block, so it is an address span,
// and so is the town with its state's two-letter code before it.
#include <array>

#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

// The 27 federal units' codes: "PE, CEP" is a state; "HB, CEP" is no such thing.
bool brazilianStateCode(std::string_view v) {
  static constexpr std::array<std::string_view, 27> kStates = {
      "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
      "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO"};
  for (std::string_view s : kStates) {
    if (v == s) return true;
  }
  return false;
}

}  // namespace

void scanBrazilianPostcodes(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t n = tokens.size();
  for (std::size_t c = 0; c + 1 < n; ++c) {
    // Cheap word test first: three letters, "cep" in any case.
    if (tokens[c].length() != 3 || tokens[c].lower != "cep") continue;
    const std::size_t v = c + 1;
    const std::string_view gap = gapBetween(in, c, v);
    if (!(gap == " " || gap == ": " || gap == " nº " || gap == ":")) continue;
    const Token& code = tokens[v];
    // "66000-000" (or "66000000" as forms without a mask print it).
    std::size_t end = 0;
    if (code.allDigits && code.length() == 5 && code.end + 4 <= text.size() && text[code.end] == '-' &&
        digitRun(text, code.end + 1) == 3 && (code.end + 4 == text.size() || !isWordByte(text[code.end + 4]))) {
      end = code.end + 4;
    } else if (code.allDigits && code.length() == 8) {
      end = code.end;
    }
    if (end == 0) continue;
    out.push_back({code.start, end, PhiCategory::Address, priority::kAddress});
    // "Town - UF, CEP": the state code, " - ", then up to four capitalised words after a comma or
    // a line start.
    if (c < 3 || gapBetween(in, c - 1, c) != ", ") continue;
    const Token& uf = tokens[c - 1];
    if (uf.length() != 2 || !brazilianStateCode(text.substr(uf.start, 2)) || gapBetween(in, c - 2, c - 1) != " - ") continue;
    std::size_t first = c - 2;
    if (!tokens[first].properShape() || tokens[first].hasDigit) continue;
    while (first > 0 && first + 4 > c - 2 && gapBetween(in, first - 1, first) == " " &&
           (tokens[first - 1].properShape() || tokens[first - 1].lower == "de" || tokens[first - 1].lower == "do" ||
            tokens[first - 1].lower == "da" || tokens[first - 1].lower == "dos" || tokens[first - 1].lower == "das") &&
           !tokens[first - 1].hasDigit) {
      --first;
    }
    out.push_back({tokens[first].start, uf.end, PhiCategory::Address, priority::kAddress});
  }
}

}  // namespace concord::phi::detail
