// A label and its value as two cells rather than a "label: value" phrase (session of 2026-11-28,
// layout by layout: tables, columns and forms):
//   - a vertical table of two columns, one field a row, the label in the first cell: "| Cédula |
//     1712345678 |", "| Полис ОМС | 7755123456789012 |", "Historia clínica\t456789", "MRN | 00456789";
//   - a printed form, an OCR'd card or a wristband that puts the label on a line of its own and the
//     value on the next: "ФАМИЛИЯ\nИВАНОВ", "NOMBRE Y APELLIDOS\nMARÍA GARCÍA LÓPEZ", "Cédula:\n1712...".
// The label is read as a table's header is (columnKind, with the world's headers of
// table_headers.cpp), and the value as the cell under it (csvCell). A value that is itself a label
// is a blank form's next field ("Nombre\nApellidos"), and a name's value must look like a name: a
// few capitalised words, no digits, no sentence.
#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail::structured {

namespace {

// A label's shape, as a header cell's: a letter first, then letters, digits, spaces and the
// punctuation of abbreviations, at most 40 bytes; a colon at its end is dropped.
// A label holds no digit and no colon inside it (a cell "医保号：10000071602591" is a label and
// its value, not a label).
constexpr std::string_view kWideColon = "\uff1a";  // ：

Span labelSpan(std::string_view text, Span s) {
  s = trim(text, s);
  if (s.end > s.start && (text[s.end - 1] == ':')) s = trim(text, {s.start, s.end - 1});
  if (s.end - s.start > kWideColon.size() && text.substr(s.end - kWideColon.size(), kWideColon.size()) == kWideColon) {
    s = trim(text, {s.start, s.end - kWideColon.size()});
  }
  if (s.empty() || s.end - s.start > (isNonAscii(text[s.start]) ? 64u : 40u) ||
      !(isAsciiAlpha(text[s.start]) || isNonAscii(text[s.start]))) {
    return {};
  }
  for (std::size_t k = s.start; k < s.end; ++k) {
    const char c = text[k];
    if (isDigit(c) || !(isWordByte(c) || c == ' ' || c == '_' || c == '-' || c == '/' || c == '.' || c == '#' || c == '\'')) {
      return {};
    }
  }
  if (text.substr(s.start, s.end - s.start).find(kWideColon) != std::string_view::npos) return {};
  // Two spaces inside part the heads of a report aligned by spaces ("Datum      Befund"): its rows
  // are read column by column, not as one label's value.
  if (text.substr(s.start, s.end - s.start).find("  ") != std::string_view::npos) return {};
  return s;
}

// A person's name as a form's value: one to five words of letters, each starting with a capital
// (or a letter of another script), no digits, no sentence punctuation. A title before it is not
// part of it ("Dr. Ana Ruiz" gives "Ana Ruiz").
Span nameValue(std::string_view text, Span v) {
  if (v.empty() || v.end - v.start > 64 || countDigits(text, v) > 0) return {};
  std::size_t words = 0;
  std::size_t start = v.start;
  bool first = true;
  for (std::size_t k = v.start; k < v.end;) {
    while (k < v.end && text[k] == ' ') ++k;
    if (k >= v.end) break;
    const std::size_t w = k;
    while (k < v.end && text[k] != ' ') ++k;
    std::string_view word = text.substr(w, k - w);
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
    if (word.empty() || !(isUpper(word[0]) || isNonAscii(word[0]))) return {};
    for (char c : word) {
      if (!(isAsciiAlpha(c) || isNonAscii(c) || c == '-' || c == '\'')) return {};
    }
    if (first && (wordClasses(lowerCopy(word)) & WordClass::kTitle)) {
      start = k;
      continue;
    }
    first = false;
    ++words;
  }
  if (words == 0 || words > 5) return {};
  // Words of English alone ("None", "See Above", "Not Given") are no name.
  bool named = false;
  for (std::size_t k = start; k < v.end && !named;) {
    while (k < v.end && text[k] == ' ') ++k;
    const std::size_t w = k;
    while (k < v.end && text[k] != ' ' && text[k] != ',') ++k;
    if (k == w) {
      ++k;
      continue;
    }
    const WordClassBits classes = wordClasses(lowerCopy(text.substr(w, k - w)));
    if (classes & WordClass::kNever) return {};
    named = !(classes & WordClass::kEnglish) || (classes & (WordClass::kGiven | WordClass::kFamily));
  }
  if (!named) return {};
  return trim(text, {start, v.end});
}

void readPair(std::string_view text, Span labelCell, Span valueCell, Candidates& out) {
  // (The value is looked at first: most lines under a short line are prose, too long for a value.)
  const Span value = trim(text, valueCell);
  if (value.empty() || value.end - value.start > 80) return;
  // (A value holding a label of its own is the next pair of a form's line: "住址：...".)
  const std::string_view raw = text.substr(value.start, value.end - value.start);
  if (raw.find(": ") != std::string_view::npos || raw.find(kWideColon) != std::string_view::npos) return;
  const Span label = labelSpan(text, labelCell);
  if (label.empty()) return;
  const ColumnKind kind = columnKind(text.substr(label.start, label.end - label.start));
  if (kind.kind == Column::None || kind.kind == Column::Participant) return;
  // (A blank form's next label is no value.)
  if (const Span asLabel = labelSpan(text, value); !asLabel.empty() &&
      columnKind(text.substr(asLabel.start, asLabel.end - asLabel.start)).kind != Column::None) {
    return;
  }
  if (kind.kind == Column::Name) {
    add(out, nameValue(text, value), PhiCategory::Name);
    return;
  }
  // An address is a street's or a place's with its number or its parts ("Av. Amazonas N34-12",
  // "г. Москва, ул. Ленина"), not a remark ("See above"); an e-mail has its "@".
  const std::string_view v = text.substr(value.start, value.end - value.start);
  if (kind.kind == Column::Category && kind.category == PhiCategory::Address && countDigits(text, value) == 0 &&
      v.find(',') == std::string_view::npos) {
    return;
  }
  if (kind.kind == Column::Category && kind.category == PhiCategory::Email && v.find('@') == std::string_view::npos) return;
  // An identifier is one word or groups that each hold a digit ("1 58 03 75 123 456 78"), not a
  // remark that mentions a number ("not yet assigned, see note 12").
  if (kind.kind == Column::Category && kind.category != PhiCategory::Date && kind.category != PhiCategory::Address) {
    for (std::size_t k = value.start; k < value.end;) {
      const std::size_t w = k;
      while (k < value.end && text[k] != ' ') ++k;
      if (k - w > 3 && countDigits(text, {w, k}) == 0) return;
      ++k;
    }
  }
  csvCell(text, value, kind, out);
}

}  // namespace

void readLabelValues(std::string_view text, Candidates& out) {
  Span previous{};
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    Span line = trim(text, {pos, eol});
    pos = eol + 1;
    if (line.empty()) {
      previous = {};
      continue;
    }
    // A two-cell row: "| label | value |", "label | value", "label<TAB>value".
    if (line.end - line.start >= 2 && text[line.start] == '|' && text[line.end - 1] == '|') {
      line = {line.start + 1, line.end - 1};
    }
    const std::string_view l = text.substr(line.start, line.end - line.start);
    const std::size_t bar = l.find(" | ");
    const std::size_t tab = l.find('\t');
    if (bar != std::string_view::npos && l.find('|', bar + 3) == std::string_view::npos && l.find(": ") == std::string_view::npos) {
      readPair(text, {line.start, line.start + bar}, {line.start + bar + 3, line.end}, out);
    } else if (tab != std::string_view::npos && l.find('\t', tab + 1) == std::string_view::npos) {
      readPair(text, {line.start, line.start + tab}, {line.start + tab + 1, line.end}, out);
    } else if (!previous.empty() && bar == std::string_view::npos && tab == std::string_view::npos) {
      // The line under a line that is a label alone.
      readPair(text, previous, line, out);
    }
    previous = (bar == std::string_view::npos && tab == std::string_view::npos && l.size() <= 65) ? line : Span{};
  }
}

}  // namespace concord::phi::detail::structured
