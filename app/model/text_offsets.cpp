#include "model/text_offsets.h"

namespace concord::app {

int codePointOffset(const QString& text, int utf16Pos) {
  int cp = 0;
  for (int i = 0; i < utf16Pos && i < text.size(); ++i) {
    // The low half of a surrogate pair does not start a new code point.
    if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) ++cp;
  }
  return cp;
}

int utf16Offset(const QString& text, int cp) {
  int seen = 0;
  int i = 0;
  while (i < text.size() && seen < cp) {
    i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    ++seen;
  }
  return i;
}

}  // namespace concord::app
