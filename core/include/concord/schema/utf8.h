#pragma once
// UTF-8 checks for text that clinicians and importers send. nlohmann::json keeps whatever bytes a
// C++ caller put into a string, and both PostgreSQL and json::dump() refuse invalid UTF-8, so
// every piece of text is checked before it is stored or echoed back in an error message.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace concord {

/// Number of code points in `text`, or nullopt when `text` is not well-formed UTF-8
/// (overlong forms, surrogates and values above U+10FFFF are ill-formed).
std::optional<std::size_t> utf8Length(std::string_view text);

inline bool isValidUtf8(std::string_view text) { return utf8Length(text).has_value(); }

/// `text` made safe to show a person: ill-formed bytes and control characters (U+0000..U+001F,
/// U+007F) become U+FFFD, and text longer than
/// `maxCodePoints` is cut and ends with "…". The result is always valid UTF-8.
std::string displayableUtf8(std::string_view text, std::size_t maxCodePoints = 80);

}  // namespace concord
