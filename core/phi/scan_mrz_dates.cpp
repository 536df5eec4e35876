// The second line of a passport's machine-readable zone (ICAO 9303, TD3 44 characters, TD2 36,
// an identity card's TD1 30)
// holds the holder's date of birth and the document's expiry date as YYMMDD, each followed by its
// check digit: "AB1234567<8ARG7805125F2903154<<<<<<<<<<<<<<06". A travel or registration note that
// copies a passport page copies this line. The line is known by its shape and both check digits,
// so no other run of letters and digits is taken for it.
#include "foreign_dates.h"
#include "mrz.h"

namespace concord::phi::detail {

namespace {

// ICAO 9303 check digit: weights 7, 3, 1 over the characters' values (digits as themselves,
// letters A=10 .. Z=35, the filler 0).
int checkDigit(std::string_view field) {
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t k = 0; k < field.size(); ++k) {
    const char c = field[k];
    const int value = isDigit(c) ? c - '0' : isUpper(c) ? c - 'A' + 10 : 0;
    sum += value * kWeights[k % 3];
  }
  return sum % 10;
}

// YYMMDD with a valid month and day, and its check digit after it.
bool checkedDate(std::string_view line, std::size_t at) {
  for (std::size_t k = at; k < at + 7; ++k) {
    if (!isDigit(line[k])) return false;
  }
  const int month = parseDigits(line, at + 2, 2);
  const int day = parseDigits(line, at + 4, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && checkDigit(line.substr(at, 6)) == line[at + 6] - '0';
}

}  // namespace

void scanMrzDates(const ScanInput& in, Candidates& out) {
  forEachMrzCandidateLine(in.text, [&](std::size_t lineStart, std::string_view whole) {
    std::size_t indent = 0;
    while (indent < whole.size() && whole[indent] == ' ') ++indent;
    const std::size_t start = lineStart + indent;
    const std::string_view line = whole.substr(indent);
    // (Copies lose a filler or two at the end: 36 to 44 characters for a passport's or a visa's
    // line, 30 for an identity card's.)
    if (line.size() < 30 || line.size() > 44 || (line.size() > 30 && line.size() < 36)) return;
    bool shape = true;
    for (char c : line) shape = shape && mrzByte(c);
    if (!shape) return;
    // Passport (TD3) and TD2: document number, check digit, nationality, birth date and its check,
    // sex, expiry date and its check. An identity card's (TD1) second line opens with the birth
    // date: birth date, check, sex, expiry date, check, nationality.
    const bool card = line.size() == 30;
    const std::size_t birth = card ? 0 : 13;
    const std::size_t sex = card ? 7 : 20;
    const std::size_t nation = card ? 15 : 10;
    for (std::size_t k = nation; k < nation + 3; ++k) shape = shape && mrzLetter(line[k]);
    shape = shape && (line[sex] == 'M' || line[sex] == 'F' || line[sex] == 'X' || line[sex] == '<');
    if (!shape || !checkedDate(line, birth) || !checkedDate(line, sex + 1)) return;
    out.push_back({start + birth, start + birth + 6, PhiCategory::Date, priority::kDate});
    out.push_back({start + sex + 1, start + sex + 7, PhiCategory::Date, priority::kDate});
  });
}

}  // namespace concord::phi::detail
