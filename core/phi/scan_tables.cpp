// Tables read by their header (see scan_structured.cpp for the whole picture): CSV and pipe tables
// below a header line, whitespace-aligned census boards, labelled city fields of forms, and
// pipe-separated records without a header (a whole "Surname, Given" cell, pipeCellNames).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "name_tables.h"
#include "places.h"
#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail::structured {

namespace {

using C = PhiCategory;

// Cells of one CSV line; quotes around a cell are outside it and may hold commas.
std::vector<Span> csvCells(std::string_view text, Span line, char sep = ',') {
  std::vector<Span> cells;
  std::size_t k = line.start;
  while (k <= line.end) {
    if (k < line.end && text[k] == '"') {
      const std::size_t close = text.find('"', k + 1);
      if (close == std::string_view::npos || close >= line.end) return {};
      cells.push_back({k + 1, close});
      k = close + 1;
      if (k < line.end && text[k] != sep) return {};
      ++k;
      continue;
    }
    std::size_t comma = k;
    while (comma < line.end && text[comma] != sep) ++comma;
    cells.push_back({k, comma});
    k = comma + 1;
  }
  return cells;
}

// Whether a header names a case: "Case ID", "case_no", "Case #".
bool caseHeader(std::string_view header) {
  if (header.size() < 5 || !equalsCaseless(header.substr(0, 4), "case") || !(header[4] == ' ' || header[4] == '_')) {
    return false;
  }
  const std::string_view rest = header.substr(5);
  return equalsCaseless(rest, "id") || equalsCaseless(rest, "no") || equalsCaseless(rest, "no.") ||
         equalsCaseless(rest, "number") || rest == "#";
}

// A header: three or more cells, every one a short name of letters, digits and _ - / . or
// spaces with a letter first (of any script: "Nom;Âge;Domicile", "ФИО;Адрес"), and at least two
// of them naming a PHI column.
bool csvHeader(std::string_view text, const std::vector<Span>& cells, std::vector<ColumnKind>& kinds) {
  if (cells.size() < 3) return false;
  kinds.clear();
  std::size_t phi = 0;
  for (const Span& raw : cells) {
    const Span c = trim(text, raw);
    // (A header of three-byte letters takes more bytes: "เลขบัตรประชาชน" is 14 letters, 42 bytes.)
    if (c.empty() || c.end - c.start > (isNonAscii(text[c.start]) ? 64u : 32u) ||
        !(isAsciiAlpha(text[c.start]) || isNonAscii(text[c.start]))) {
      return false;
    }
    for (std::size_t k = c.start; k < c.end; ++k) {
      const char ch = text[k];
      // (An apostrophe inside a word: the Ukrainian "Ім'я". A unit or a code set in brackets:
      // "Procedure (CPT)", "Weight (kg)", seed 3535.)
      if (!(isWordByte(ch) || ch == '_' || ch == ' ' || ch == '-' || ch == '/' || ch == '.' || ch == '#' ||
            ch == '(' || ch == ')' ||
            (ch == '\'' && k > c.start && isWordByte(text[k - 1])))) {
        return false;
      }
    }
    // The column is named before its bracket, which gives the unit or the code set ("Procedure
    // (CPT)" is a procedure, "Prescriber (DEA)" a prescriber).
    // (In an export's comma, semicolon or tab header only: a pipe table's bracketed header stays
    // as the name scanner reads its rows, "Prescriber (DEA) | ...".)
    std::string_view header = text.substr(c.start, c.end - c.start);
    const bool piped = cells[0].end < text.size() && text[cells[0].end] == '|';
    if (const std::size_t bracket = header.find(" ("); bracket != std::string_view::npos && header.back() == ')' && !piped) {
      header = header.substr(0, bracket);
    } else if (header.find_first_of("()") != std::string_view::npos) {
      return false;
    }
    kinds.push_back(columnKind(header));
    phi += kinds.back().kind != Column::None;
  }
  // A log that gives the patient's record number in its own column numbers its entries by "Case
  // ID" (a resident's case log: "Date,Case ID,Pt initials,Pt MRN"): the entry's number, no file
  // kept on the person (seed 3535).
  const bool recordColumn = std::any_of(kinds.begin(), kinds.end(), [](const ColumnKind& k) {
    return k.kind == Column::Category && k.category == PhiCategory::Mrn;
  });
  for (std::size_t c = 0; recordColumn && c < cells.size(); ++c) {
    const Span h = trim(text, cells[c]);
    if (caseHeader(text.substr(h.start, h.end - h.start))) kinds[c] = {};
  }
  return phi >= 2;
}


// ---- Census boards ---------------------------------------------------------------------------
// A whitespace-aligned table: a header line of short column names separated by two spaces or
// more ("RM  PATIENT            AGE  DX             MD"), rows below split the same way. A row with
// one cell fewer than the header whose first cell starts with a room or bed ("12B Goodbody, T")
// has that first cell split at its first space. A blank line ends the board.

std::vector<Span> boardCells(std::string_view text, Span line) {
  std::vector<Span> cells;
  std::size_t k = line.start;
  while (k < line.end) {
    while (k < line.end && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k >= line.end) break;
    std::size_t e = k;
    while (e < line.end && text[e] != '\t' && !(text[e] == ' ' && e + 1 < line.end && text[e + 1] == ' ')) ++e;
    cells.push_back(trim(text, {k, e}));
    k = e;
  }
  return cells;
}

// A board column named after a person who is not the patient: "MD", "RN", "ATTENDING".
bool staffColumn(std::string_view h) {
  return equalsCaseless(h, "md") || equalsCaseless(h, "rn") || equalsCaseless(h, "attending") ||
         equalsCaseless(h, "nurse") || equalsCaseless(h, "physician") || equalsCaseless(h, "provider") ||
         equalsCaseless(h, "pcp") || equalsCaseless(h, "resident");
}

// The staff line under a board: "CHARGE: Baila 732-6616", "Charge RN: Ines Daly x4410": the
// words after the label up to a number or the end of the line are the nurse's name.
void boardStaffName(std::string_view text, Span line, Candidates& out) {
  const std::string_view l = text.substr(line.start, line.end - line.start);
  std::size_t k = 0;
  if (l.size() > 7 && equalsCaseless(l.substr(0, 7), "charge:")) k = 7;
  else if (l.size() > 10 && equalsCaseless(l.substr(0, 10), "charge rn:")) k = 10;
  else return;
  while (k < l.size() && l[k] == ' ') ++k;
  const std::size_t start = k;
  std::size_t end = k;
  std::size_t words = 0;
  while (k < l.size() && words < 3 && (isUpper(l[k]) || isNonAscii(l[k]))) {
    while (k < l.size() && (isAsciiAlpha(l[k]) || isNonAscii(l[k]) || l[k] == '\'' || l[k] == '-')) ++k;
    end = k;
    ++words;
    if (k < l.size() && l[k] == ' ') ++k;
  }
  if (words == 0 || (k < l.size() && !isDigit(l[k]) && l[k] != 'x' && l[k] != '(' && l[k] != '#')) return;
  add(out, {line.start + start, line.start + end}, C::Name);
}

bool identifierColumn(PhiCategory c) {
  return c == C::Mrn || c == C::Account || c == C::HealthPlan || c == C::License || c == C::Device || c == C::Vehicle;
}

void readBoard(std::string_view text, Span header, std::size_t& pos, Candidates& out) {
  const std::vector<Span> head = boardCells(text, header);
  if (head.size() < 3) return;
  std::vector<ColumnKind> kinds;
  std::size_t names = 0;
  std::size_t phi = 0;
  // A column name of two words ("PATIENT NAME        DOB       MRN") is read as one; such a
  // board, printed by a lab or a registry rather than drawn by a ward, gives only its identifier
  // columns here (its names and dates are left to their own rules).
  bool spacedHeader = false;
  // (Header words of other scripts too, "ФАМИЛИЯ   ИМЯ   ВОЗРАСТ", "Nachname  Geburtsdatum": their
  // UTF-8 bytes are letters here, and a word of sixteen letters may take 32 bytes.)
  for (const Span& h : head) {
    if (h.end - h.start > 32 || (h.end - h.start > 16 && !isNonAscii(text[h.start]) &&
                                 columnKind(text.substr(h.start, h.end - h.start)).kind == Column::None)) {
      return;
    }
    for (std::size_t k = h.start; k < h.end; ++k) {
      if (text[k] == ' ' && k > h.start && (isAsciiAlpha(text[k - 1]) || isNonAscii(text[k - 1])) && k + 1 < h.end &&
          (isAsciiAlpha(text[k + 1]) || isNonAscii(text[k + 1]))) {
        spacedHeader = true;
        continue;
      }
      if (!(isAsciiAlpha(text[k]) || isNonAscii(text[k]) || text[k] == '_' || text[k] == '#' || text[k] == '/' ||
            text[k] == '.')) {
        return;
      }
    }
    const std::string_view word = text.substr(h.start, h.end - h.start);
    kinds.push_back(staffColumn(word) ? ColumnKind{Column::Name, C::Name} : columnKind(word));
    names += kinds.back().kind == Column::Name;
    phi += kinds.back().kind != Column::None;
  }
  if (names == 0 || phi < 2) return;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const Span line = trim(text, {pos, eol});
    if (line.empty()) return;
    pos = eol + 1;
    if (!spacedHeader) boardStaffName(text, line, out);
    std::vector<Span> cells = boardCells(text, line);
    if (cells.size() + 1 == kinds.size() && kinds[0].kind == Column::None) {
      const std::size_t space = text.find(' ', cells[0].start);
      if (space < cells[0].end && space - cells[0].start <= 5 && countDigits(text, {cells[0].start, space}) > 0) {
        const Span first{cells[0].start, space};
        cells[0] = trim(text, {space + 1, cells[0].end});
        cells.insert(cells.begin(), first);
      }
    }
    if (cells.size() != kinds.size()) continue;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      // (And its phones: "Apellidos y nombres     DNI        Teléfono" over "612 345 678".)
      if (spacedHeader && !(kinds[c].kind == Column::Category &&
                            (identifierColumn(kinds[c].category) || kinds[c].category == C::Phone))) {
        continue;
      }
      if (kinds[c].kind == Column::Name && hasLetter(text, cells[c]) && countDigits(text, cells[c]) == 0) {
        // A name cell holds a name and nothing after two spaces; words in parentheses are no name.
        const std::string_view cell = text.substr(cells[c].start, cells[c].end - cells[c].start);
        if (cell.find('(') != std::string_view::npos) continue;
        // A row's label in the first column ("NOK  Lalitha Mac Aodha ...", "GP   Dr Chidambaram",
        // "SELF"): one short word in capitals that is on no name list is a label, not a name (a
        // nurse column further right holds short names: "YUAN", "DYER").
        if (c == 0 && cell.size() <= 4 && cell.find(' ') == std::string_view::npos &&
            std::all_of(cell.begin(), cell.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
          std::string lower(cell);
          for (char& ch : lower) ch = static_cast<char>(ch - 'A' + 'a');
          if (!(wordClasses(lower) & (WordClass::kGiven | WordClass::kFamily))) continue;
        }
      }
      csvCell(text, cells[c], kinds[c], out);
    }
  }
}



// ---- Pipe-separated records without a header ------------------------------------------------
// A caption or status line of cells joined by " | " ("Image 2 of 4 | Partridge, Chi-wai | sacral
// pressure injury"): a whole cell written "Surname, Given" is a person's name when the given
// name is not an ordinary English word or is a known given name. Kept apart from the pattern
// rules, as the HL7 names are.

bool capitalisedNameWord(std::string_view w) {
  if (w.size() < 2 || !(isUpper(w[0]) || isNonAscii(w[0]))) return false;
  for (char c : w) {
    if (!(isAsciiAlpha(c) || isNonAscii(c) || c == '-' || c == '\'')) return false;
  }
  return true;
}

void pipeCellNames(std::string_view text, Span line, Candidates& out) {
  for (const Span& raw : split(text, line, '|')) {
    const Span c = trim(text, raw);
    const std::string_view cell = text.substr(c.start, c.end - c.start);
    const std::size_t comma = cell.find(", ");
    if (comma == std::string_view::npos || cell.find(' ', comma + 2) != std::string_view::npos) continue;
    const std::string_view family = cell.substr(0, comma);
    const std::string_view given = cell.substr(comma + 2);
    if (family.find(' ') != std::string_view::npos || !capitalisedNameWord(family) || !capitalisedNameWord(given)) {
      continue;
    }
    const std::string lowerGiven = lowerCopy(given);
    const std::string lowerFamily = lowerCopy(family);
    const WordClassBits g = wordClasses(lowerGiven);
    const WordClassBits f = wordClasses(lowerFamily);
    if ((f & WordClass::kNever) || (g & WordClass::kNever)) continue;
    // "Dunmore, WA" in a row labelled "City/State" is a town and its state.
    if (given.size() == 2 && (g & WordClass::kStateCode) && rowLabelledByTown(text, c.start)) continue;
    // Both words ordinary words ("Ulcer, Sacral" is a diagnosis) unless one is a known name.
    const bool knownName = (g & WordClass::kGiven) || (f & WordClass::kFamily);
    if ((g & WordClass::kEnglish) && !(g & WordClass::kGiven)) continue;
    if ((f & WordClass::kEnglish) && !knownName) continue;
    // A given name of the word shapes of clinical adjectives ("Sacral", "Lumbar", "Distal") needs the
    // name lists.
    if (!knownName && (lowerGiven.ends_with("al") || lowerGiven.ends_with("ar") || lowerGiven.ends_with("ic") ||
                       lowerGiven.ends_with("ous") || lowerGiven.ends_with("ive"))) {
      continue;
    }
    add(out, c, C::Name);
  }
}

}  // namespace

// Whether the word ending at `dot` (a full stop) has one to three letters: an abbreviation.
bool shortWordBefore(std::string_view text, std::size_t lineStart, std::size_t dot) {
  std::size_t b = dot;
  while (b > lineStart && isAsciiAlpha(text[b - 1])) --b;
  return dot - b >= 1 && dot - b <= 3 && (b == lineStart || !isWordByte(text[b - 1]));
}

// CSV (sep ',') and pipe tables (sep '|': "LAST|FIRST|DOB|ZIP", or "| Name | MRN |" with outer
// pipes, which are dropped).
void readCsv(const ScanInput& in, Candidates& out, char sep) {
  const std::string_view text = in.text;
  std::vector<ColumnKind> kinds;
  bool inTable = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    Span line = trim(text, {pos, eol});
    // (trim drops the quotes of a field; a row's first and last cells keep theirs, or a quoted
    // "Surname, Given" first cell splits in two and the row no longer has the header's cells.)
    while (line.start > pos && text[line.start - 1] == '"') --line.start;
    while (line.end < eol && text[line.end] == '"') ++line.end;
    if (sep == '|' && line.end - line.start >= 2 && text[line.start] == '|' && text[line.end - 1] == '|') {
      line = {line.start + 1, line.end - 1};
    }
    // A row has a comma; a header line of names has no sentence punctuation (". ", ": ").
    std::size_t commas = 0;
    bool prose = false;
    for (std::size_t k = line.start; k < line.end; ++k) {
      commas += text[k] == sep;
      // ("No. | Subject", "Hosp. no. | Age": an abbreviation's point ends a header cell, no sentence.)
      // (Nor inside one after a word of one to three letters: "F. Nac.", "No. RM", "T.C. Kimlik No".)
      prose = prose || ((text[k] == '.' || text[k] == ':') && k + 1 < line.end && text[k + 1] == ' ' &&
                        !(text[k] == '.' && k + 2 < line.end && text[k + 2] == sep) &&
                        !(text[k] == '.' && shortWordBefore(text, line.start, k)));
    }
    if (commas == 0 || (!inTable && (commas < 2 || prose))) {
      inTable = false;
    } else {
      const std::vector<Span> cells = csvCells(text, line, sep);
      if (inTable && cells.size() == kinds.size()) {
        for (std::size_t c = 0; c < cells.size(); ++c) csvCell(text, cells[c], kinds[c], out);
      } else {
        // A short row inside a table ("09:40 | DNA - rebook") is skipped, not the table's end:
        // the rows after it still have the header's cells.
        std::vector<ColumnKind> header;
        const bool newHeader = csvHeader(text, cells, header);
        if (newHeader) kinds = std::move(header);
        inTable = newHeader || (inTable && cells.size() < kinds.size());
      }
    }
    pos = eol + 1;
  }
}
void readBoards(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const Span line = trim(text, {pos, eol});
    pos = eol + 1;
    // Cheap gate: a header has two spaces in a row and no digit.
    const std::string_view l = text.substr(line.start, line.end - line.start);
    if (l.find("  ") == std::string_view::npos || countDigits(text, line) > 0) continue;
    readBoard(text, line, pos, out);
  }
}
// ---- Labelled city fields --------------------------------------------------------------------
// A form field "City: Dunmore" or "CITY/ST...: PORT ELLIS, IL" (a dotted leader allowed): the
// value up to the end of the line, a tab or two spaces, capitalised words only; after a
// "City/ST" label the state code is part of the value.
void readLabelledCities(std::string_view text, Candidates& out) {
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    // Back over a dotted leader, an optional "/ST" or "/STATE", then "city" as a whole word.
    std::size_t b = colon;
    while (b > 0 && text[b - 1] == '.') --b;
    bool withState = false;
    std::size_t w = b;
    while (w > 0 && isAsciiAlpha(text[w - 1])) --w;
    if (w > 0 && text[w - 1] == '/' &&
        (equalsCaseless(text.substr(w, b - w), "st") || equalsCaseless(text.substr(w, b - w), "state"))) {
      withState = true;
      b = w - 1;
    }
    if (b < 4 || !equalsCaseless(text.substr(b - 4, 4), "city") || (b > 4 && isWordByte(text[b - 5]))) continue;
    std::size_t k = colon + 1;
    while (k < text.size() && text[k] == ' ') ++k;
    const std::size_t start = k;
    std::size_t end = k;
    std::size_t words = 0;
    bool ok = true;
    while (k < text.size() && ok) {
      if (!isUpper(text[k])) {
        ok = false;
        break;
      }
      ++words;
      while (k < text.size() && (isAsciiAlpha(text[k]) || isNonAscii(text[k]) || text[k] == '\'' || text[k] == '-' ||
                                 text[k] == '.')) {
        ++k;
      }
      end = k;
      if (k < text.size() && text[k] == ',' && withState && k + 4 <= text.size() && text[k + 1] == ' ' &&
          isUpper(text[k + 2]) && isUpper(text[k + 3]) && (k + 4 == text.size() || !isWordByte(text[k + 4]))) {
        end = k + 4;
        k = end;
        break;
      }
      if (k < text.size() && text[k] == ' ' && k + 1 < text.size() && text[k + 1] != ' ') {
        ++k;
        continue;
      }
      break;
    }
    if (!ok || words == 0 || words > 4 || end <= start) continue;
    if (end < text.size() && !(text[end] == '\n' || text[end] == '\r' || text[end] == '\t' || text[end] == ' ')) continue;
    const std::string_view v = text.substr(start, end - start);
    if (equalsCaseless(v, "unknown") || equalsCaseless(v, "none") || equalsCaseless(v, "same")) continue;
    add(out, {start, end}, C::Address);
  }
}
void readPipeRecords(std::string_view text, Candidates& out) {
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view l = text.substr(pos, eol - pos);
    const std::size_t first = l.find(" | ");
    if (first != std::string_view::npos && l.find(" | ", first + 3) != std::string_view::npos &&
        l.find(", ") != std::string_view::npos) {
      pipeCellNames(text, {pos, eol}, out);
    }
    pos = eol + 1;
  }
}

}  // namespace concord::phi::detail::structured
