#include "number_words.h"

#include <array>

namespace concord::phi::detail {

int unitWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 10> kUnits = {"zero", "one", "two",   "three", "four",
                                                              "five", "six", "seven", "eight", "nine"};
  for (std::size_t k = 1; k < kUnits.size(); ++k) {
    if (lower == kUnits[k]) return static_cast<int>(k);
  }
  return 0;
}

int teenWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 10> kTeens = {"ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                              "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (std::size_t k = 0; k < kTeens.size(); ++k) {
    if (lower == kTeens[k]) return static_cast<int>(10 + k);
  }
  return 0;
}

int tensWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                            "sixty",  "seventy", "eighty", "ninety"};
  for (std::size_t k = 0; k < kTens.size(); ++k) {
    if (lower == kTens[k]) return static_cast<int>(20 + 10 * k);
  }
  return 0;
}

bool isNumberWord(std::string_view lower) {
  return unitWord(lower) > 0 || teenWord(lower) > 0 || tensWord(lower) > 0 || lower == "hundred";
}

}  // namespace concord::phi::detail
