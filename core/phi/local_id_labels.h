#pragma once
// Identifier labels of other countries and languages (local_id_labels.cpp), read by the keyword
// scan (scan_identifiers.cpp) exactly as its own English labels, and the value shapes that
// national numbers print in.
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "concord/phi/category.h"
#include "scan.h"

namespace concord::phi::detail {

/// A label phrase (lower case, ASCII letters lowered only, unused slots empty) and the category of
/// the value after it.
struct LocalIdLabel {
  std::array<std::string_view, 4> words;
  PhiCategory category;
  /// An ordinary word of its language ("expediente" is any file): the value needs a "#", ":" or
  /// "number" before it, or the strong shape of a record number.
  bool weak = false;
  /// Bounds on the digits of the value (0: any): an acronym that is also a clinical abbreviation
  /// or a word ("CC", "CI", "RG", "PAN") reads only a number of its identifier's length.
  unsigned char minDigits = 0;
  unsigned char maxDigits = 0;
  /// The value's exact length in bytes (0: any), for a number of fixed letters and digits
  /// ("PAN: ABCDE1234F", ten).
  unsigned char length = 0;
  /// The value's first digits (empty: any), a country's code in its number: the Swiss AHV number
  /// starts with 756 ("AVS" is also an after-visit summary).
  std::string_view prefix = {};
  std::size_t size() const {
    std::size_t k = 0;
    while (k < words.size() && !words[k].empty()) ++k;
    return k;
  }
};

/// Every local-language label.
std::span<const LocalIdLabel> localIdLabels();

/// The identity, person, social-insurance, health-insurance and record numbers of the world's
/// larger countries and of the EU/EEA, Switzerland and the OECD (world_id_labels.cpp), read as
/// the local labels are.
std::span<const LocalIdLabel> worldIdLabels();

/// Bill, invoice, receipt, bank-account, stay and claim labels ("account") and the generic labels
/// of an insured person's number ("health_plan") in the world's main languages
/// (account_plan_labels.cpp), read as the local labels are.
std::span<const LocalIdLabel> accountPlanLabels();

/// Whether the weak one-word label `lower` of accountPlanLabels() reads a number only after a
/// "#", ":", "=" or number word, whatever its shape ("CSS 12345678 bytes" is no member number).
bool isMarkOnlyLabel(std::string_view lower);

/// Whether `value` after the local label of `words` tokens at token i has the digits that label's
/// number has (true when the label sets no bounds, or is no local label).
bool localLabelValueFits(const ScanInput& in, std::size_t i, std::size_t words, std::string_view value);

/// A label in a script written without spaces (Chinese, Japanese, Korean, Thai), glued to its
/// value or followed by it: "身份证号：110101199003074578", "マイナンバー 1234 5678 9012".
struct ScriptIdLabel {
  std::string_view label;
  PhiCategory category;
  unsigned char minDigits;
  unsigned char maxDigits;
  /// The label must open its token: longer compounds that end in it name other numbers
  /// (Korean 등록번호 "registration number" in 주민등록번호, 사업자등록번호).
  bool opensToken = false;
};

/// Every such label (world_id_labels.cpp), read by scan_script_id_labels.cpp.
std::span<const ScriptIdLabel> scriptIdLabels();

/// Finds the numbers after the labels of scriptIdLabels().
void scanScriptIdLabels(const ScanInput& in, Candidates& out);

/// Finds Singapore NRIC/FIN and Hong Kong identity card numbers by their check characters, with a
/// word of identity before them (scan_check_digit_ids.cpp).
void scanCheckDigitIds(const ScanInput& in, Candidates& out);

/// Length in tokens of the longest local label starting at token i (0 if none), and its category.
std::size_t matchLocalIdLabel(const ScanInput& in, std::size_t i, PhiCategory& category);

/// Whether a number word heads the label at token i, alone or before a preposition: "N° de
/// facture", "N° d'assuré", "Nº sinistre", "No. Kwitansi". Such a label marks its value as "#" or
/// ":" do.
bool numberWordBeforeLabel(const ScanInput& in, std::size_t i);

/// Whether token t is a label's first word scanned with one digit for a letter ("Cédu1a", "И1Н").
bool isOcrLocalIdLabelWord(const Token& t);

/// Whether `lower` is a one-word local label that is an ordinary word (see LocalIdLabel::weak).
bool isWeakLocalLabel(std::string_view lower);

/// End of a national number printed in spaced digit groups that the English record-number groups
/// do not cover, starting at `start` whose first group ends at `end`: the French NIR of the carte
/// Vitale ("1 75 11 06 345 407 28"), the European health insurance card's institution and card
/// numbers ("80532 0621038404"), the Norwegian fødselsnummer ("120345 12345"), the Austrian
/// social insurance number ("1234 010180"), the Rwandan national ID ("1 1990 8 0012345 1 23").
/// Returns `end`
/// when the groups make no such number.
std::size_t nationalGroupsEnd(std::string_view text, std::size_t start, std::size_t end);

/// A South African identity number: thirteen digits, the holder's birth date as YYMMDD, four
/// digits of sex and sequence, a citizenship digit (0 citizen, 1 permanent resident, 2 refugee),
/// an "8" or "9" (the former race digit, now constant) and a check digit ("8501015800088"). The
/// number an "ID no." labels on a South African form is this card's, not a hospital's.
bool southAfricanIdShape(std::string_view value);

/// A Zimbabwean national identity number: district, serial, check letter and district of origin
/// joined by dashes ("63-123456-X-42"). It is the identity card's number, whatever label (an
/// "ID No", a hospital form's "ID") stands before it.
bool zimbabweanIdShape(std::string_view value);

/// A Belgian national register number as printed: birth date as YY.MM.DD, a sequence of three
/// digits and a check pair ("85.07.30-033.28"; month 00 when the date is unknown).
bool belgianNationalNumberShape(std::string_view value);

/// A research site's subject number, site and subject joined by a dash ("104-017", "12-0345"):
/// too short for a record number's shape, but the number a trial knows its participant by.
bool siteSubjectShape(std::string_view value);

}  // namespace concord::phi::detail
