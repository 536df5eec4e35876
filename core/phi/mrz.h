#pragma once
// The machine-readable zone of travel documents (ICAO 9303), as the scanners that read its names
// (scan_name_mrz.cpp), dates (scan_mrz_dates.cpp) and document numbers (scan_mrz_numbers.cpp) see
// it: capitals, digits and the filler "<", one field after another at fixed places.
#include <cstddef>
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

inline bool mrzFiller(char c) { return c == '<'; }
/// A byte of a name field: capitals and fillers.
inline bool mrzLetter(char c) { return isUpper(c) || mrzFiller(c); }
/// A byte of any field: capitals, digits and fillers.
inline bool mrzByte(char c) { return mrzLetter(c) || isDigit(c); }

/// Calls `visit(start, line)` for every line of `text`, without its trailing spaces and carriage
/// return; `start` is the line's offset in `text`. (A zone copied into a note is one line each.)
template <class Visit>
void forEachMrzCandidateLine(std::string_view text, Visit visit) {
  std::size_t lineStart = 0;
  while (lineStart < text.size()) {
    std::size_t lineEnd = text.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    std::size_t end = lineEnd;
    while (end > lineStart && (text[end - 1] == '\r' || text[end - 1] == ' ')) --end;
    visit(lineStart, text.substr(lineStart, end - lineStart));
    lineStart = lineEnd + 1;
  }
}

}  // namespace concord::phi::detail
