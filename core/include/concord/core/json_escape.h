#pragma once
// The one JSON string escaper for hot paths that emit JSON directly (exporters).
// Output is RFC 8259 compliant; invalid UTF-8 is replaced by U+FFFD so the output is always valid.
#include <string>
#include <string_view>

namespace concord {

/// Appends `text` as a quoted JSON string to `out`.
void appendJsonString(std::string& out, std::string_view text);

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool isValidUtf8(std::string_view text);

/// Number of Unicode code points in valid UTF-8 `text`.
std::size_t codePointCount(std::string_view text);

}  // namespace concord
