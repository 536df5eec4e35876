#pragma once
// The pieces the structured-record readers share (scan_structured.cpp and the readers of HL7 v2,
// tables, JSON and XML): spans of the text, findings and "no PHI" claims, HL7 timestamps and
// identifier types, and the meaning of a column named in a header ("mrn", "dob", "last_name").
#include <string>
#include <string_view>
#include <vector>

#include "scan.h"

namespace concord::phi::detail::structured {

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  bool empty() const { return end <= start; }
};

/// Splits text[span] at `sep` (no escapes; HL7 escapes such as "\T\" never hold a separator byte).
std::vector<Span> split(std::string_view text, Span span, char sep);
/// The span without surrounding spaces.
Span trim(std::string_view text, Span s);
std::size_t countDigits(std::string_view text, Span s);
bool hasLetter(std::string_view text, Span s);
bool hasCapital(std::string_view text, Span s);
/// `a` equals the lower-case `lowerB`, ignoring ASCII case.
bool equalsCaseless(std::string_view a, std::string_view lowerB);
/// `hay` contains the lower-case `lowerNeedle`, ignoring ASCII case.
bool containsCaseless(std::string_view hay, std::string_view lowerNeedle);
std::string lowerCopy(std::string_view v);

/// A finding of `category` over `s` (nothing when `s` is empty).
void add(Candidates& out, Span s, PhiCategory category);
/// A claim that `s` holds no PHI, so that no other scanner reads its shapes.
void veto(Candidates& out, Span s);
/// The date of an HL7 timestamp "YYYYMMDD[HHMM[SS[.S]]][+ZZZZ]": its first eight digits when
/// they are a valid date.
void addTimestamp(std::string_view text, Span field, Candidates& out);
/// Any identifier-looking value: a digit and at least three word bytes.
bool identifierValue(std::string_view text, Span s);
/// A postal code in a field named for one: a US ZIP (five or nine digits) or another country's
/// code ("PE3 9QT", "NXR 1234", "AD500", "FO 100", "9490", "903 25", "M200").
bool postcodeValue(std::string_view text, Span s);
/// The category of an HL7 identifier type code (table 0203), `fallback` for an unknown code.
PhiCategory identifierType(std::string_view code, PhiCategory fallback);

/// What a header names: a category's column, a person's name, an age, a research participant (a
/// bare "Subject" column: an identifier only when the cell is one number-bearing word, since the
/// same header names an e-mail's subject line), or nothing known.
enum class Column { None, Category, Name, Age, Participant, SubmissionKey };
struct ColumnKind {
  Column kind = Column::None;
  PhiCategory category = PhiCategory::Name;
  /// Bounds on an identifier cell's digits (0: any), from the label that heads the column.
  unsigned char minDigits = 0;
  unsigned char maxDigits = 0;
};
/// The header word's kind: "mrn", "dob", "zip", "home_phone", "admit_date", "last_name".
ColumnKind columnKind(std::string_view header);
/// A header columnKind does not know, in the world's languages and scripts (table_headers.cpp);
/// `lowered` is columnKind's form of it (ASCII lowered, words joined by "_").
ColumnKind worldColumnKind(std::string_view lowered);
/// The finding of a cell under a column of that kind.
void csvCell(std::string_view text, Span c, const ColumnKind& kind, Candidates& out);

// The readers; scanStructuredRecords (scan_structured.cpp) calls each only when the note has its marker.
void readHl7(const ScanInput& in, Candidates& out);
void readCsv(const ScanInput& in, Candidates& out, char sep = ',');
void readBoards(const ScanInput& in, Candidates& out);
void readPipeRecords(std::string_view text, Candidates& out);
void readLabelledCities(std::string_view text, Candidates& out);
void readKeyValues(std::string_view text, Candidates& out);
void readLabelValues(std::string_view text, Candidates& out);
void readJson(const ScanInput& in, Candidates& out);
void readXml(const ScanInput& in, Candidates& out);
void readVcards(std::string_view text, Candidates& out);

}  // namespace concord::phi::detail::structured
