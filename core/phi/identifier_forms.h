#pragma once
// Identifier forms that have no keyword of their own in front of the value (scan_identifier_forms.cpp),
// used by the keyword scan (scan_identifiers.cpp), and the value helpers the two files share.
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

/// End of an identifier value starting at byte `pos`: word bytes joined by - / . (not trailing).
std::size_t identifierEnd(std::string_view text, std::size_t pos);
/// A digit and at least four word bytes.
bool looksLikeIdentifier(std::string_view value);

/// Length in tokens of the longest identifier keyword (English or local) starting at token i, 0 if
/// none, and its category (scan_identifiers.cpp's own table).
std::size_t identifierKeywordAt(const ScanInput& in, std::size_t i, PhiCategory& category);
/// Token t has a vehicle identification number's shape: seventeen capitals and digits without I,
/// O or Q, three to fourteen of them digits.
bool vinShaped(std::string_view text, const Token& t);
/// A value no ordinary word, date or measurement has (a letter prefix and four digits, a group
/// of five digits): the shape that needs no "#" or ":" after an ordinary noun.
bool strongIdentifierValue(std::string_view value);
/// A calendar date ("03/14/2023", "2023-03-14") or eight digits that read as one ("20240314").
bool dateLikeValue(std::string_view value);
/// A unit of measure right after the number ending at `end` (" mL", " mg", " units").
bool quantityAfter(std::string_view text, std::size_t end);
/// Labelled identifiers whose label no table holds, by the label's shape ("Ration card no.",
/// "Household file #") and the category its words name (scan_label_heads.cpp). Runs after the
/// other identifier scans, whose claims of no PHI it keeps.
void scanHeadedIdLabels(const ScanInput& in, Candidates& out);
/// A word naming a piece of equipment ("pump", "machine", "unit"): a number right after it is
/// the equipment's serial.
bool isEquipmentWord(std::string_view lower);
/// A word naming a road vehicle ("car", "van", "ute").
bool isVehicleWord(std::string_view lower);
/// End of a plate starting at `start` (capitals and digits, five to eight, one space or dash
/// after three or more: "SXX 0613", "487 NFI"), or `start` when there is none.
std::size_t plateEnd(std::string_view text, std::size_t start, bool lowerOk, bool joinOk);
/// End of a Mongolian plate starting at `start` (four digits and two or three Cyrillic capitals:
/// "1234 УБА"), or `start` when there is none.
std::size_t mongolianPlateEnd(std::string_view text, std::size_t start);
/// A plate in brackets right after token i: "own car (QHS-5130)".
void bracketedPlateAt(const ScanInput& in, std::size_t i, Candidates& out);
/// A plate after a vehicle word and its label: "Vehicle in lot B: 7ABC123", "car JKL 4821".
void labelledPlateAt(const ScanInput& in, std::size_t i, Candidates& out);

/// Whether token k is a copula ("is", "es", "est", "ist", "é") before a plate said in prose: capitals
/// and digits, at least two of each, in the next twelve bytes ("la placa es ABC-1234", "a placa é
/// ABC1D23"; not "la placa es 12 cm").
bool copulaBeforePlate(const ScanInput& in, std::size_t k);
/// End of a Belarusian plate starting at `start` ("0391 TP-6"), or `start` when there is none.
std::size_t belarusianPlateEnd(std::string_view text, std::size_t start);
/// An Indian plate, spaced or dashed ("MH 12 HX 4821"), after a vehicle word; `start` when none.
std::size_t indianPlateEnd(std::string_view text, std::size_t start);
/// A Lao plate after token i, "plate" or "ທະບຽນ": a province's one or two Lao consonants and
/// four digits ("plate ກຂ 4176").
void laoPlateAt(const ScanInput& in, std::size_t i, Candidates& out);
/// One letter, a token of its own: a letter of a label printed with spaces between its letters.
bool spacedLetter(const Token& t);
/// A letter-spaced label starting at token i and its value ("l n s u r a n c e  I D :  W123"):
/// the token after the value found, or i.
std::size_t spacedLabelAt(const ScanInput& in, std::size_t i, Candidates& out);

/// A record number after the patient's name on a "Patient:" line, in its own column ("Patient:
/// Jane Doe    00215452"; scan_patient_line_numbers.cpp).
void scanPatientLineNumbers(const ScanInput& in, Candidates& out);

/// Record numbers of legacy listings' first columns, MPI merge logs and registers, a scanned
/// Medicare card's number and a PhilHealth PIN (scan_legacy_record_numbers.cpp).
void scanLegacyRecordNumbers(const ScanInput& in, Candidates& out);

/// A phone after a phone label whose OCR read a digit as a letter: "Teléf0no: 097 L76 9228"
/// (scan_ocr_phones.cpp).
void scanOcrPhones(const ScanInput& in, Candidates& out);

/// A waiting-list number after the date of listing: "лист ожидания трансплантации 20.07.2020, №
/// 871985" (scan_waiting_list_numbers.cpp).
void scanWaitingListNumbers(const ScanInput& in, Candidates& out);

/// Whether the line of `pos` up to it, or the line before, names interpreting ("Interpreter:
/// ...", "LANGUAGE LINE CALL LOG").
bool interpretingBefore(std::string_view text, std::size_t pos);

/// A language line's call number below or beside a line that names interpreting ("Call ID:
/// LL-2773-8769") and an M-Pesa transaction code before
/// "Confirmed." (scan_call_payment_ids.cpp), all "account".
void scanCallPaymentIds(const ScanInput& in, Candidates& out);

/// "NHS 943 476 5919", "CHI 0101501234", "SIN 046 454 286" after the bare acronym in capitals
/// (scan_spaced_national_numbers.cpp).
void scanSpacedNationalNumbers(const ScanInput& in, Candidates& out);

}  // namespace concord::phi::detail
