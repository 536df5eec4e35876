#pragma once
// Span offsets in payloads count Unicode code points; Qt text positions count UTF-16 units.
#include <QString>

namespace concord::app {

/// Code points in text[0, utf16Pos).
int codePointOffset(const QString& text, int utf16Pos);
/// The UTF-16 position of code point `cp` (clamped to the text).
int utf16Offset(const QString& text, int cp);

}  // namespace concord::app
