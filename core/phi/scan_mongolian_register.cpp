// Mongolia keys every record of a person on the civil register number (регистрийн дугаар): two
// Cyrillic letters (the place of first registration) and eight digits, the birth date's YYMMDD
// (the month plus 20 for a birth from 2000 on) and two more ("УБ98031512", "ЧИ05220318"). A
// record writes it after the name without a label ("Өвчтөн: T. Bat-Erdene, УБ98031512") and a
// chat in lower case ("батын номин (уе62010903) халуурч байна"); the shape is its own: two
// Cyrillic letters glued to eight digits whose middle is a valid month and day, which no drug,
// lot, unit or Russian abbreviation has. It is "mrn", as PESEL is (docs/phi.md).
#include "mongolian_register.h"

namespace concord::phi::detail {

namespace {

// A Cyrillic letter of two bytes at pos (the basic alphabet and Mongolian Ө, Ү, Ё).
bool cyrillicLetterAt(std::string_view text, std::size_t pos) {
  const unsigned cp = twoByteCodePointAt(text, pos);
  return (cp >= 0x401 && cp <= 0x451) ||  // Ё, А..я, ё (U+0401..U+0451)
         cp == 0x4AE || cp == 0x4AF ||    // Ү ү
         cp == 0x4E8 || cp == 0x4E9;      // Ө ө
}

}  // namespace

void scanMongolianRegisterNumbers(const ScanInput& in, Candidates& candidates) {
  const std::string_view text = in.text;
  for (const Token& t : in.tokens) {
    if (t.length() != 12 || !t.hasDigit) continue;
    const auto lead = static_cast<unsigned char>(text[t.start]);
    if (lead < 0xD0 || lead > 0xD3) continue;
    if (!cyrillicLetterAt(text, t.start) || !cyrillicLetterAt(text, t.start + 2)) continue;
    if (digitRun(text, t.start + 4) != 8) continue;
    const int month = parseDigits(text, t.start + 6, 2);
    const int day = parseDigits(text, t.start + 8, 2);
    if (!((month >= 1 && month <= 12) || (month >= 21 && month <= 32)) || day < 1 || day > 31) continue;
    // Not part of a longer code: "УБ98031512-01", "АБ12345678/2".
    if (joinedAfter(text, t.end, {Joins::kNothing, "-/", Joins::kWordByte})) continue;
    candidates.push_back({t.start, t.end, PhiCategory::Mrn, priority::kShapeId});
  }
}

}  // namespace concord::phi::detail
