#pragma once
// Spelled numbers as notes write them in ages, dates and dictation ("ninety-three-year-old",
// "March twenty-sixth, nineteen fifty-two", "one hundred and one"): one table for every scanner.
#include <string_view>

namespace concord::phi::detail {

/// "one" .. "nine": 1 .. 9; 0 for any other word (also "zero").
int unitWord(std::string_view lower);
/// "ten" .. "nineteen": 10 .. 19; 0 otherwise.
int teenWord(std::string_view lower);
/// "twenty" .. "ninety": 20 .. 90; 0 otherwise.
int tensWord(std::string_view lower);
/// Any of those, or "hundred".
bool isNumberWord(std::string_view lower);

}  // namespace concord::phi::detail
