#pragma once
// Reading numbers out of category text, shared by encoding and ordering.
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>

namespace concord::agreement::detail {

// The whole text must be a finite number; "3", "-2.5", "1e3" qualify, "3 mm" does not.
inline std::optional<double> parseNumber(std::string_view text) {
    double number = 0.0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    if (begin != end && *begin == '+') ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, number);
    if (ec != std::errc{} || ptr != end || begin == end || !std::isfinite(number)) return std::nullopt;
    return number;
}

}  // namespace concord::agreement::detail
