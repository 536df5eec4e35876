// The document number in the machine-readable zone of a passport (ICAO 9303, TD3). Line 2 of the
// zone is fixed-width: the document number in nine characters padded with "<", its check digit,
// the issuing state's three letters, the birth date (YYMMDD) and its check digit, the sex (M, F or
// "<"), the expiry date and its check digit: "X5991957<6CHE2401081F3306275<<<<<<<<<<<<<<02". The
// layout is distinctive enough that no label is needed; OCR'd data pages print it bare.
#include "mrz.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool mrzAlnum(char c) { return isUpper(c) || isDigit(c); }

// End of the document number when a TD3 line 2 starts at `p` (p when none).
std::size_t mrzDocumentEnd(std::string_view text, std::size_t p) {
  if (p + 28 > text.size()) return p;
  std::size_t k = p;
  while (k < p + 9 && mrzAlnum(text[k])) ++k;
  const std::size_t end = k;
  // At least six characters of number with a digit in them, then only fillers to the ninth.
  if (end - p < 6 || digitRun(text, end - 1) == 0) return p;
  for (; k < p + 9; ++k) {
    if (!mrzFiller(text[k])) return p;
  }
  if (!isDigit(text[p + 9])) return p;
  for (std::size_t c = p + 10; c < p + 13; ++c) {
    if (!mrzLetter(text[c])) return p;
  }
  if (digitRun(text, p + 13) < 7) return p;
  const char sex = text[p + 20];
  if (sex != 'M' && sex != 'F' && sex != '<') return p;
  if (digitRun(text, p + 21) < 7) return p;
  const char after = text[p + 28];
  return mrzAlnum(after) || mrzFiller(after) ? end : p;
}

}  // namespace

void scanMrzDocumentNumbers(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  if (text.find("<<") == std::string_view::npos) return;
  for (std::size_t p = 0; p + 28 <= text.size(); ++p) {
    if (p > 0 && !(text[p - 1] == ' ' || text[p - 1] == '\n' || text[p - 1] == '\t' || text[p - 1] == '\r')) continue;
    const std::size_t end = mrzDocumentEnd(text, p);
    if (end > p) out.push_back({p, end, PhiCategory::License, priority::kKeywordId});
  }
}

}  // namespace concord::phi::detail
