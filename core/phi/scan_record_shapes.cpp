// Record numbers found by shape alone, where no label precedes them ("Case 3: D. Brook, 91 y/o,
// UMC7936098X.", "Prelim read RAD-22-926167:"). Two shapes are specific enough for prose:
//   - accession numbers: 1-4 capitals, an optional dash, a two-digit year, a dash and 4-7 digits
//     ("S24-01873", "A-22-945033", "RAD-22-926167");
//   - prefixed record numbers: 1-4 capitals, an optional dash, 7-12 digits and at most one
//     trailing capital ("KH-0048213", "UMC3454857X", "E9923995", "RAD2023798422").
// The VA's Integration Control Number has a shape of its own ("1012345678V123456").
// Gene names, staging, ICD codes and vaccine lots have fewer digits ("BRCA1", "T2N2M0", "UJ472AB")
// and are left alone. A labelled identifier outranks these (priority kShapeId < kKeywordId).
#include <algorithm>
#include <array>
#include <string>

#include "identifier_forms.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

// Nothing that would continue the value: no word byte, and no '-', '/' or '.' followed by one.
bool endsValue(std::string_view text, std::size_t end) {
  return !joinedAfter(text, end, {Joins::kWordByte, "-/.", Joins::kWordByte});
}

// "FEB-02-2023" has the accession shape but is a date.
bool isMonthAbbreviation(std::string_view letters) {
  static constexpr std::array<std::string_view, 13> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL",
                                                              "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"};
  for (std::string_view m : kMonths) {
    if (letters == m) return true;
  }
  return false;
}

// Length of a record-number shape starting at `pos`, or 0.
std::size_t recordShapeLength(std::string_view text, std::size_t pos) {
  const std::size_t letters = upperRun(text, pos);
  if (letters == 0 || letters > 4 || isMonthAbbreviation(text.substr(pos, letters))) return 0;
  std::size_t k = pos + letters;
  if (k < text.size() && text[k] == '-') ++k;
  const std::size_t first = digitRun(text, k);
  if (first == 2 && k + 3 < text.size() && text[k + 2] == '-') {
    const std::size_t second = digitRun(text, k + 3);
    const std::size_t end = k + 3 + second;
    return second >= 4 && second <= 7 && endsValue(text, end) ? end - pos : 0;
  }
  if (first < 7 || first > 12) return 0;
  std::size_t end = k + first;
  if (end < text.size() && isUpper(text[end])) ++end;
  return endsValue(text, end) ? end - pos : 0;
}

// A VA Integration Control Number, the patient's number across the VA's systems: ten digits, a
// "V" and six check digits ("1012345678V123456"), shown after "ICN" or alone in VistA headers.
bool vaIcnShape(std::string_view text, std::size_t pos) {
  return digitRun(text, pos) == 10 && (text[pos + 10] == 'V' || text[pos + 10] == 'v') &&
         digitRun(text, pos + 11) == 6;
}

// An IT service-desk record: a ServiceNow-style prefix (incident, request item, change,
// problem, task) and exactly seven digits: "INC0054853", "RITM0012345".
bool serviceDeskNumber(std::string_view text, std::size_t pos, std::size_t length) {
  static constexpr std::array<std::string_view, 6> kPrefixes = {"INC", "RITM", "CHG", "PRB", "SCTASK", "REQ"};
  const std::string_view value = text.substr(pos, length);
  for (std::string_view p : kPrefixes) {
    if (value.size() == p.size() + 7 && value.starts_with(p) && digitRun(value, p.size()) == 7) return true;
  }
  return false;
}

// A message's control id, as HL7 interfaces number their messages and their logs quote them
// ("MSA|AA|MSG20240315", "ctl=MSG12345678", "Message control id MSG1234567 duplicated"): "MSG" and
// six digits or more, no number of a patient (seed 3434).
bool messageControlId(std::string_view text, std::size_t pos, std::size_t length) {
  const std::string_view value = text.substr(pos, length);
  return value.size() >= 9 && value.starts_with("MSG") && digitRun(value, 3) == value.size() - 3;
}

// A clinical trial's registration: ClinicalTrials.gov "NCT" and the German register's "DRKS" with
// eight digits ("NCT04512345"), and the Japan Registry of Clinical Trials' "jRCT" with ten, as an
// upper-cased note prints it ("JRCT1031200123", seed 3535). It numbers the study, not a participant.
bool trialRegistrationNumber(std::string_view text, std::size_t pos, std::size_t length) {
  const std::string_view value = text.substr(pos, length);
  for (std::string_view p : {std::string_view("NCT"), std::string_view("DRKS")}) {
    if (value.size() == p.size() + 8 && value.starts_with(p) && digitRun(value, p.size()) == 8) return true;
  }
  return value.size() == 14 && value.starts_with("JRCT") && digitRun(value, 4) == 10;
}

// A public variant database's accession numbers a variant, not a person: ClinVar's variation,
// record and submission accessions, "VCV", "RCV" or "SCV" and nine digits ("ClinVar
// VCV000012345"), and a dbSNP rsID as an upper-cased genetics report prints it ("RS80357906",
// seed 3636).
bool variantAccession(std::string_view text, std::size_t pos, std::size_t length) {
  const std::string_view value = text.substr(pos, length);
  for (std::string_view p : {std::string_view("VCV"), std::string_view("RCV"), std::string_view("SCV")}) {
    if (value.size() == p.size() + 9 && value.starts_with(p) && digitRun(value, p.size()) == 9) return true;
  }
  if (!(value.size() >= 9 && value.starts_with("RS") && digitRun(value, 2) == value.size() - 2)) return false;
  // (An "RS" hospital number stands alone: "| SUNITA IYER | 26/F | RS7288442 |". An rsID has its
  // kind on the line: another rsID, ClinVar, dbSNP or an HGVS "C." or "P." string.)
  const std::size_t from = pos > 80 ? pos - 80 : 0;
  const std::size_t to = std::min(text.size(), pos + length + 80);
  std::string line(text.substr(from, to - from));
  for (char& c : line) c = isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  const std::size_t self = pos - from;
  for (std::size_t k = 0; k + 3 < line.size(); ++k) {
    if (k == self) continue;
    if (line[k] == '\n') {
      if (k < self) continue;
      break;
    }
    const bool start = k == 0 || !isWordByte(line[k - 1]);
    if (!start) continue;
    if ((line.compare(k, 2, "rs") == 0 && isDigit(line[k + 2])) || line.compare(k, 7, "clinvar") == 0 ||
        line.compare(k, 5, "dbsnp") == 0 ||
        ((line[k] == 'c' || line[k] == 'p') && line[k + 1] == '.' && (isDigit(line[k + 2]) || line[k + 2] == '('))) {
      return true;
    }
  }
  return false;
}

// A VAT registration label before the number: the European VAT number is the country's code and
// eight to twelve digits ("KMKR EE100123456", "TVA LU12345678", "PVN LV40003245752", "DDV
// SI12345678"), printed by a hospital or a supplier under its own name, never a patient's.
bool vatLabelBefore(const ScanInput& in, std::size_t i) {
  if (i == 0 || !isInlineSpace(gapBetween(in, i - 1, i), 2)) return false;
  static constexpr std::array<std::string_view, 12> kVat = {"vat", "kmkr", "tva", "iva", "pvn", "ddv",
                                                            "btw", "mva", "vsk", "ust", "pdv", "dph"};
  const std::string_view label = in.tokens[i - 1].lower;
  return std::find(kVat.begin(), kVat.end(), label) != kVat.end();
}

// Registration numbers of Indian hospitals: the register, the year and a serial, joined by
// slashes ("OPD/2024/071787", "REG/2023/55120", "IPD/2025/00412"). An inpatient register's
// number is the stay's (an account), every other the patient's (a record number). Returns the
// length, or 0.
// An ethics committee's register numbers its approvals, not a patient: "institutional ethics
// committee (IEC/2024/123)", "IRB/2023/0457", "IHEC/2022/118" (seed 3535).
std::size_t registerNumberLength(std::string_view text, std::size_t pos) {
  const std::size_t letters = upperRun(text, pos);
  if (letters < 2 || letters > 4) return 0;
  const std::string_view reg = text.substr(pos, letters);
  if (reg == "IEC" || reg == "IRB" || reg == "IHEC" || reg == "REC" || reg == "ERC") return 0;
  std::size_t k = pos + letters;
  if (k + 6 >= text.size() || text[k] != '/' || digitRun(text, k + 1) != 4 || text[k + 5] != '/') return 0;
  const int year = parseDigits(text, k + 1, 4);
  if (year < 1950 || year > 2099) return 0;
  const std::size_t serial = digitRun(text, k + 6);
  const std::size_t end = k + 6 + serial;
  return serial >= 3 && serial <= 8 && endsValue(text, end) ? end - pos : 0;
}

// Lower-case particles inside surnames: "van Rensburg", "dos Anjos", "de Villiers".
bool isNameParticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> kParticles = {"van", "von", "de", "da", "dos", "das", "del", "der",
                                                                  "di", "du", "la", "le", "al", "ter", "ten", "den"};
  for (std::string_view p : kParticles) {
    if (lower == p) return true;
  }
  return false;
}

// Eight digits that read as a date YYYYMMDD are a date, not a record number.
bool compactDateDigits(std::string_view text, std::size_t pos, std::size_t length) {
  if (length != 8) return false;
  const int year = parseDigits(text, pos, 4);
  const int month = parseDigits(text, pos + 4, 2);
  const int day = parseDigits(text, pos + 6, 2);
  return year >= 1850 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A bare record number of seven to nine digits set off where lists print a patient's number:
// in parentheses right after a name ("Person affected: Akiko Kidd (00319198)", "DOE, JANE
// (4471234)"), or at the start of a cell of a pipe table ("| GLASGOW, ABDOULAYE | 46 yo F |
// 49641281 1-liner: ...").
// Ten digits are left to the phone rules, eight that read as a date to the date rules.
// Length of a bare record number at `pos`: seven to nine digits (not a compact date), or three
// groups of two or three digits joined by dashes, eight or nine digits in all ("906-51-451"; not
// a phone, an SSN or an NDC, which have a group of four or five). Returns 0 otherwise.
std::size_t bareRecordNumberLength(std::string_view text, std::size_t pos) {
  const std::size_t first = digitRun(text, pos);
  if (first >= 7 && first <= 9) return compactDateDigits(text, pos, first) ? 0 : first;
  std::size_t k = pos;
  std::size_t digits = 0;
  int groups = 0;
  while (true) {
    const std::size_t run = digitRun(text, k);
    // The middle group may hold up to five digits and the last be a single check digit
    // ("89-05477-4"); a phone's, an SSN's or an NDC's group of four or five stands first or last.
    if (run < (groups == 2 ? 1u : 2u) || run > (groups == 1 ? 5u : 3u)) return 0;
    digits += run;
    k += run;
    ++groups;
    if (k + 1 < text.size() && text[k] == '-' && isDigit(text[k + 1]) && groups < 3) {
      ++k;
      continue;
    }
    break;
  }
  return groups == 3 && digits >= 8 ? k - pos : 0;
}

// A label line that starts with a name written "SURNAME, GIVEN" and ends with spaces at `pos`:
// "WILMS, ADDILYN   38394676" on a specimen or test sheet. Only letters, apostrophes, hyphens,
// single spaces and one comma; each part capitalised.
bool nameShaped(std::string_view text, std::size_t from, std::size_t pos);

bool nameLabelBefore(std::string_view text, std::size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  std::size_t from = pos;
  while (from > 0 && text[from - 1] != '\n') --from;
  return nameShaped(text, from, pos);
}

// The cell of a pipe table before the "|" at `pipe`, written "SURNAME, GIVEN": "| HAWTHORN,
// ALAMEA | 378940 |".
bool nameCellBefore(std::string_view text, std::size_t pipe) {
  std::size_t pos = pipe;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  std::size_t from = pos;
  while (from > 0 && text[from - 1] != '|' && text[from - 1] != '\n') --from;
  if (from == 0 || text[from - 1] != '|') return false;
  while (from < pos && text[from] == ' ') ++from;
  return nameShaped(text, from, pos);
}

// "Jr", "Sr", "II", "III", "IV" after a surname.
bool isGenerationalSuffix(std::string_view lower) {
  return lower == "jr" || lower == "sr" || lower == "ii" || lower == "iii" || lower == "iv";
}

// Bytes [from, pos) are a name written "SURNAME, GIVEN": letters, apostrophes, hyphens, single
// spaces and one comma; each part capitalised. The full stop of a suffix may stand before the
// comma ("PULSE JR., LUJAIN").
bool nameShaped(std::string_view text, std::size_t from, std::size_t pos) {
  // Capitals may be accented: UTF-8 lead bytes count as letters ("ØVERGAARD, ÁSTA").
  auto capital = [&](std::size_t k) { return isUpper(text[k]) || static_cast<unsigned char>(text[k]) >= 0xC0; };
  if (pos - from < 4 || pos - from > 60 || !capital(from)) return false;
  std::size_t commas = 0;
  for (std::size_t k = from; k < pos; ++k) {
    const char c = text[k];
    if (c == ',') {
      if (++commas > 1 || k + 2 >= pos || text[k + 1] != ' ' || !capital(k + 2)) return false;
    } else if (c == ' ') {
      if (text[k - 1] == ' ') return false;
    } else if (c == '.' && k >= from + 2 && k + 1 < pos && text[k + 1] == ',' &&
               (lowerAscii(text[k - 1]) == 'r') && (lowerAscii(text[k - 2]) == 'j' || lowerAscii(text[k - 2]) == 's') &&
               (k == from + 2 || text[k - 3] == ' ')) {
      continue;
    } else if (!(isAsciiAlpha(c) || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return commas == 1;
}

// The words of tokens before i that start at `from` or later are a name's, not a heading's or a
// list's ("MEDICATIONS, HOME", "PENICILLIN, SULFA"): none is a never-name word, and none is an
// English word that no name list holds, unless a name list holds another of them: a surname that
// is also a word ("HARROW, NIAMH", "CROSSMATCH COBBLE, Taisiya") passes by the name beside it.
// In a table's name cell (`cell`) any word that no English list holds counts as a name's
// ("| THIMBLE, SIVAKAMI | 741579 |"): the cell's place already says it holds a name.
bool nameWordsBefore(const ScanInput& in, std::size_t i, std::size_t from, bool cell = false) {
  const auto& tokens = in.tokens;
  bool listed = false;
  bool word = false;
  for (std::size_t k = i; k > 0 && tokens[k - 1].start >= from;) {
    --k;
    const Token& w = tokens[k];
    // Particles and the parts of a joined surname are a name's whatever they mean ("AL-FARSI").
    // So is a generational suffix before the comma ("HRYTSENKO JR., ANGAYUK", "TEMPLE IV, ROBIN").
    if (isNameParticle(w.lower) || (k > 0 && (gapBetween(in, k - 1, k) == "-" || gapBetween(in, k - 1, k) == "'")) ||
        (isGenerationalSuffix(w.lower) && k + 1 < i && gapBetween(in, k, k + 1).find(',') != std::string_view::npos)) {
      continue;
    }
    if (isNeverNameWord(w)) return false;
    const bool name = isCommonGivenName(w) || isCommonFamilyName(w) || isAmbiguousNameWord(w);
    // A word that no English list holds, written as a name is ("Taisiya") or joined as given
    // names are ("NIAMH-KATE"), names the person as a listed name does.
    const bool joined = k + 1 < i && gapBetween(in, k, k + 1) == "-";
    listed = listed || name || (!(w.classes & WordClass::kEnglish) && (w.capitalised || joined || cell));
    word = word || ((w.classes & WordClass::kEnglish) && !name);
  }
  return !word || listed;
}

// A person's name right before the " (" that opens at token i: "Akiko Kidd (", "K.B. Sekhon (",
// "GABLE, KWABENA-ATO (".
bool nameBeforeBracket(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const Token& t = tokens[i];
  if (i == 0 || t.start < 2 || text[t.start - 1] != '(' || text[t.start - 2] != ' ') return false;
  const Token& before = tokens[i - 1];
  if (before.end != t.start - 2 || before.hasDigit) return false;
  // The word before is a name's last word: another capitalised word before it on the line,
  // joined by a space, an apostrophe or a hyphen ("Kidd", "O'Callaghan", "Ruiz-Tagle"). A
  // joined surname is a name whatever its parts ("Caruso-Bell", "al-Farsi", "Fa'amausili").
  std::size_t k = i - 1;
  while (k > 0 && (gapBetween(in, k - 1, k) == "'" || gapBetween(in, k - 1, k) == "-")) --k;
  if (k == i - 1 ? (!before.properShape() || isNeverNameWord(before))
                 : !(tokens[k].properShape() || isNameParticle(tokens[k].lower))) {
    return false;
  }
  // Or the name's first part is an initial ("K.B. Sekhon"), a particle ("Ásta van Rensburg")
  // or a hyphenated given name with a lower-case second part ("Yuk-lan Lajeunesse").
  if (k == 0) return false;
  const Token& first = tokens[k - 1];
  const std::string_view gap = gapBetween(in, k - 1, k);
  const bool initial = gap == ". " && ((first.length() == 1 && isUpper(text[first.start])) || first.lower == "st");
  const bool hyphenated = k >= 2 && gapBetween(in, k - 2, k - 1) == "-" && tokens[k - 2].properShape() &&
                          !first.hasDigit;
  // Or the name is written "SURNAME, GIVEN" ("GABLE, KWABENA-ATO (00873803)"); a joined
  // surname is a name whatever its last part means ("KALLIO-WARD, MEILING-ROSE").
  const bool joinedSurname = k >= 2 && gapBetween(in, k - 2, k - 1) == "-" && tokens[k - 2].properShape();
  const bool inverted = gap == ", " && first.properShape() && (!isNeverNameWord(first) || joinedSurname);
  return initial || inverted ||
         (isInlineSpace(gap, 1) && (first.properShape() || hyphenated || isNameParticle(first.lower)));
}

// An age in years ends at `pos`: "54-year-old", "91 yo", "45 y/o" (any case).
bool ageBefore(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  auto endsWith = [&](std::string_view word) {
    if (k < word.size()) return false;
    for (std::size_t m = 0; m < word.size(); ++m) {
      if (lowerAscii(text[k - word.size() + m]) != word[m]) return false;
    }
    k -= word.size();
    return true;
  };
  if (!(endsWith("-year-old") || endsWith(" yo") || endsWith(" y/o"))) return false;
  const std::size_t digitsEnd = k;
  while (k > 0 && isDigit(text[k - 1]) && digitsEnd - k < 3) --k;
  return k < digitsEnd && (k == 0 || !isWordByte(text[k - 1]));
}

// Whether the pipe-table cell that starts at `pos` lies under a header cell that names a number
// of the prescription or the product, not of the person: a controlled-drug register's "Date | Rx#
// | Patient | ..." (Rx numbers are no PHI). The header is the nearest line above without digits
// that has as many cells before the column.
bool productColumnAbove(std::string_view text, std::size_t pos) {
  std::size_t lineStart = pos;
  while (lineStart > 0 && text[lineStart - 1] != '\n') --lineStart;
  const auto column = std::count(text.begin() + static_cast<std::ptrdiff_t>(lineStart),
                                 text.begin() + static_cast<std::ptrdiff_t>(pos), '|');
  for (int lines = 0; lines < 12 && lineStart > 0; ++lines) {
    const std::string_view line = previousLine(text, lineStart);
    if (line.find('|') == std::string_view::npos) return false;
    if (std::any_of(line.begin(), line.end(), [](char c) { return isDigit(c); })) continue;
    std::size_t from = 0;
    for (long k = 0; k < column && from != std::string_view::npos; ++k) {
      from = line.find('|', from);
      if (from != std::string_view::npos) ++from;
    }
    if (from == std::string_view::npos) return false;
    std::size_t to = line.find('|', from);
    if (to == std::string_view::npos) to = line.size();
    std::string cell;
    for (char c : line.substr(from, to - from)) {
      if (isAsciiAlpha(c)) cell.push_back(lowerAscii(c));
    }
    static constexpr std::array<std::string_view, 8> kProduct = {"rx", "rxno", "rxnumber", "script", "lot",
                                                                 "batch", "ndc", "order"};
    return std::find(kProduct.begin(), kProduct.end(), cell) != kProduct.end();
  }
  return false;
}

// A bare record number set off where lists print a patient's number: in parentheses right after
// a name ("Person affected: Akiko Kidd (00319198)", "Rosaria O'Callaghan (906-51-451)"), or at the
// start of a pipe-table cell ("| GLASGOW, ABDOULAYE | 46 yo F | 49641281 1-liner: ..."). Token i
// is all digits.
void setOffRecordNumberAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const Token& t = tokens[i];
  if (i == 0 || t.start < 2) return;
  const char open = text[t.start - 1];
  const bool labelLine = open == ' ' && text[t.start - 2] == ' ' && nameLabelBefore(text, t.start - 2);
  const bool pipeCell = open == ' ' && text[t.start - 2] == '|';
  // A field of a line split by " / " after the name that opens it: "FAIRCHILD, YANIRA / 8664105 /
  // C3D1", as the pipe table's cell.
  const bool slashField = open == ' ' && t.start >= 3 && text[t.start - 2] == '/' && text[t.start - 3] == ' ' &&
                          nameLabelBefore(text, t.start - 3);
  // The last of a person's particulars, after the name and age: "Re: Luther Rizvi, 54-year-old,
  // 8424167" (the line ends there).
  const bool afterAge = open == ' ' && text[t.start - 2] == ',' && ageBefore(text, t.start - 2);
  if (open != '(' && !pipeCell && !labelLine && !slashField && !afterAge) return;
  std::size_t length = bareRecordNumberLength(text, t.start);
  // Six digits are a record number only in the cell after a name's ("| HAWTHORN, ALAMEA | 378940 |").
  if (length == 0 && pipeCell && t.allDigits && t.length() == 6 && nameCellBefore(text, t.start - 2)) {
    std::size_t cell = t.start - 2;
    while (cell > 0 && text[cell - 1] != '|') --cell;
    if (nameWordsBefore(in, i, cell, true)) length = 6;
  }
  if (length == 0) return;
  const std::size_t end = t.start + length;
  if (open == '(') {
    if (end >= text.size() || text[end] != ')' || !nameBeforeBracket(in, i)) return;
  } else if (slashField || afterAge) {
    if (slashField ? !(end == text.size() || text[end] == '\n' || text[end] == '\r' ||
                       (end + 1 < text.size() && text[end] == ' ' && text[end + 1] == '/'))
                   : !(end == text.size() || text[end] == '\n' || text[end] == '\r')) {
      return;
    }
    if (slashField) {
      std::size_t lineStart = t.start;
      while (lineStart > 0 && text[lineStart - 1] != '\n') --lineStart;
      if (!nameWordsBefore(in, i, lineStart)) return;
    }
  } else if (labelLine) {
    // The number ends the line or a column of it ("WILMS, ADDILYN   38394676   DOB 01/02/1950").
    if (end < text.size() && text[end] != '\n' && text[end] != '\r' &&
        !(end + 1 < text.size() && text[end] == ' ' && text[end + 1] == ' ')) {
      return;
    }
    std::size_t lineStart = t.start;
    while (lineStart > 0 && text[lineStart - 1] != '\n') --lineStart;
    if (!nameWordsBefore(in, i, lineStart)) return;
  } else {
    if (end < text.size() && !(text[end] == ' ' || text[end] == '\n' || text[end] == '|')) return;
    // A quantity with its unit ("| 1250000 units |") is no record number.
    if (end + 1 < text.size() && text[end] == ' ' && isAsciiAlpha(text[end + 1])) return;
    if (productColumnAbove(text, t.start)) return;
  }
  out.push_back({t.start, end, PhiCategory::Mrn, priority::kShapeId});
}

// Length of a prefixed record number closing a bracket at `pos`: one to four capitals, an
// optional dash, then five to twelve digits and a check part of one to three capitals or digits
// after a dash ("RR-04440-G)"), or seven to twelve digits and at most one capital ("LBC7713020)").
// Returns 0 otherwise. A check part after five digits is too weak a shape for prose, but a
// number in brackets right after a person's name is that person's; a lot or a plate in brackets
// after a brand has no check part ("Boostrix (K74896J)", "Corolla (QHS-5130)").
std::size_t bracketedRecordLength(std::string_view text, std::size_t pos) {
  const std::size_t letters = upperRun(text, pos);
  if (letters == 0 || letters > 4) return 0;
  std::size_t k = pos + letters;
  if (k < text.size() && text[k] == '-') ++k;
  const std::size_t digits = digitRun(text, k);
  if (digits < 5 || digits > 12) return 0;
  k += digits;
  if (k + 1 < text.size() && text[k] == '-') {
    std::size_t e = k + 1;
    while (e < text.size() && e - k <= 4 && (isUpper(text[e]) || isDigit(text[e]))) ++e;
    if (e - k - 1 < 1 || e - k - 1 > 3) return 0;
    k = e;
  } else if (digits < 7) {
    return 0;
  } else if (k < text.size() && isUpper(text[k])) {
    ++k;
  }
  return k < text.size() && text[k] == ')' ? k - pos : 0;
}

// Start of a name written "SURNAME, GIVEN" that fills its line up to `pos` (spaces before `pos`
// skipped), after an optional label of letters and a colon: "Inmate: YAMASHIRO, WISLY   ",
// "DOE, JANE   ". Returns npos when there is none.
std::size_t labelledNameStart(std::string_view text, std::size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  std::size_t from = pos;
  while (from > 0 && text[from - 1] != '\n') --from;
  std::size_t k = from;
  while (k < pos && k - from <= 20 && (isAsciiAlpha(text[k]) || text[k] == ' ')) ++k;
  if (k > from && k + 1 < pos && text[k] == ':' && text[k + 1] == ' ') {
    from = k + 2;
    while (from < pos && text[from] == ' ') ++from;
  }
  return nameShaped(text, from, pos) ? from : std::string_view::npos;
}

// A number written "#value" in the column after a person's name on a label line: "Inmate:
// YAMASHIRO, WISLY   #X03638   DOB 11/12/1926", "DOE, JANE  #00412345". The value is a bare
// record number or one to three capitals and five to nine digits; two spaces or the line's end
// close the column. Token i starts right after the "#".
void hashedNumberAfterNameAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const std::string_view text = in.text;
  const std::size_t pos = in.tokens[i].start;
  if (pos < 3 || text[pos - 1] != '#' || text[pos - 2] != ' ' || text[pos - 3] != ' ') return;
  std::size_t length = bareRecordNumberLength(text, pos);
  if (length == 0) {
    const std::size_t letters = upperRun(text, pos);
    const std::size_t digits = letters >= 1 && letters <= 3 ? digitRun(text, pos + letters) : 0;
    if (digits >= 5 && digits <= 9) length = letters + digits;
  }
  if (length == 0) return;
  const std::size_t end = pos + length;
  if (end < text.size() && text[end] != '\n' && text[end] != '\r' &&
      !(end + 1 < text.size() && text[end] == ' ' && text[end + 1] == ' ')) {
    return;
  }
  const std::size_t from = labelledNameStart(text, pos - 1);
  if (from == std::string_view::npos || !nameWordsBefore(in, i, from, true)) return;
  out.push_back({pos, end, PhiCategory::Mrn, priority::kShapeId});
}

// The category of a shaped number at token i: a device's serial right after an equipment word
// (joined by a space, ": " or " #"), else a record number.
PhiCategory shapeCategory(const ScanInput& in, std::size_t i) {
  if (i == 0) return PhiCategory::Mrn;
  const std::string_view gap = gapBetween(in, i - 1, i);
  if (gap.empty() || !gapOnly(gap, " :#", 4)) return PhiCategory::Mrn;
  return isEquipmentWord(in.tokens[i - 1].lower) ? PhiCategory::Device : PhiCategory::Mrn;
}

}  // namespace

void scanRecordShapes(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    const Token& t = in.tokens[i];
    if (t.allDigits && t.length() <= 9 && t.length() >= 2) setOffRecordNumberAt(in, i, out);
    if (t.start >= 3 && text[t.start - 1] == '#' && t.length() <= 12) hashedNumberAfterNameAt(in, i, out);
    if (t.length() == 17 && vaIcnShape(text, t.start)) {
      out.push_back({t.start, t.end, PhiCategory::Mrn, priority::kShapeId});
      continue;
    }
    if (!isUpper(text[t.start]) || t.length() > 17) continue;
    const std::size_t pos = t.start;
    // A "#" before the value belongs to its label; after an equipment word the label is the
    // equipment's ("Pump #CAD4471234", "concentrator #INV8812345").
    if (pos > 0 && (text[pos - 1] == '-' || text[pos - 1] == '/' || text[pos - 1] == '.' ||
                    (text[pos - 1] == '#' && shapeCategory(in, i) != PhiCategory::Device))) {
      continue;
    }
    if (const std::size_t length = registerNumberLength(text, pos); length > 0) {
      const bool inpatient = text[pos] == 'I' && text[pos + 1] == 'P';
      out.push_back({pos, pos + length, inpatient ? PhiCategory::Account : PhiCategory::Mrn, priority::kShapeId});
      continue;
    }
    // A prefixed number in brackets after a person's name: "Participant: Klaas Tepox (RR-56489-Z)".
    if (pos > 0 && text[pos - 1] == '(' && nameBeforeBracket(in, i)) {
      if (const std::size_t length = bracketedRecordLength(text, pos); length > 0) {
        out.push_back({pos, pos + length, PhiCategory::Mrn, priority::kShapeId});
        continue;
      }
    }
    if (const std::size_t length = recordShapeLength(text, pos); length > 0) {
      // An IT service-desk ticket ("ticket INC0093318") numbers a request, not a person. So does
      // a service-desk number by its own prefix and seven digits, wherever it stands
      // ("INC0054853  Priority P2", "RITM0012345", "CHG0041234").
      if (i > 0 && (in.tokens[i - 1].lower == "ticket" || in.tokens[i - 1].lower == "incident")) continue;
      if (serviceDeskNumber(text, pos, length) || trialRegistrationNumber(text, pos, length) ||
          variantAccession(text, pos, length) ||
          messageControlId(text, pos, length)) {
        continue;
      }
      if (vatLabelBefore(in, i)) continue;
      out.push_back({pos, pos + length, shapeCategory(in, i), priority::kShapeId});
    }
  }
}

}  // namespace concord::phi::detail
