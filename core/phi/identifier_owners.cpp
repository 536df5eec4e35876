// Whose number a keyword's value is, and labels read by their neighbours (see identifier_owners.h).
#include "identifier_owners.h"

#include <array>

namespace concord::phi::detail {

namespace {

// Words of a police investigation on the line before a "Case": the unit, the agency or the rank
// of the detective who writes it ("Det. Ruiz, Traffic Homicide Unit, Case 24118830", "Law
// enforcement: Det. Ruiz, agency case 240118830").
bool lawEnforcementBefore(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "police", "sheriff", "trooper", "tpr", "homicide", "patrol", "precinct", "agency", "detective", "det", "enforcement"};
  const std::string_view line = sameLineBefore(text, pos, 80);
  return rfindAnyWordCaseless(line, kWords) != std::string_view::npos;
}

}  // namespace

bool familyAgencyCase(const ScanInput& in, std::size_t i) {
  const std::size_t pos = in.tokens[i].start;
  // A court's own case or docket, labelled so on the line: "Juvenile court case no. 22-JC-1234".
  const std::string_view line = sameLineBefore(in.text, pos, 60);
  if (rfindWordCaseless(line, "court") != std::string_view::npos ||
      rfindWordCaseless(line, "docket") != std::string_view::npos) {
    return false;
  }
  // The agency or the test named in the record's heading or lines before the case: an agency that
  // keeps a file on the child and the family (placement, protection, adoption), a child placed in
  // its care ("ordered temporary custody to ..."), or a parentage test of the persons named.
  // ("cps" and "dcfs" are the usual abbreviations of child protective services.)
  static constexpr std::array<std::string_view, 17> kCues = {
      "foster", "child protection", "child protective", "child welfare", "children and family services",
      "children's services", "children's aid", "family services", "social services", "cps", "dcfs", "adoption",
      "caseworker", "temporary custody", "protective custody", "paternity", "parentage"};
  const std::size_t from = pos > 400 ? pos - 400 : 0;
  const std::string_view before = in.text.substr(from, pos - from);
  for (std::string_view w : kCues) {
    if (rfindWordCaseless(before, w) != std::string_view::npos) return true;
  }
  return false;
}

bool mentalHealthProceeding(const ScanInput& in, std::size_t i) {
  static constexpr std::array<std::string_view, 12> kCues = {
      "commitment",  "involuntary", "mental health", "mise en observation", "prisilni", "prisilnog",
      "review board", "mhrb",       "tribunal",      "internamiento",       "placement sous contrainte",
      "civil commitment"};
  const std::size_t pos = in.tokens[i].start;
  const std::size_t from = pos > 400 ? pos - 400 : 0;
  return rfindAnyWordCaseless(in.text.substr(from, pos - from), kCues) != std::string_view::npos;
}

bool coverageCase(const ScanInput& in, std::size_t i) {
  const std::size_t pos = in.tokens[i].start;
  static constexpr std::array<std::string_view, 16> kCues = {
      "insurer",  "insurance", "insured",  "assistance", "policy",    "claim",      "repatriation", "visa",
      "immigrant", "immigration", "póliza", "poliza",    "seguro",     "aseguradora", "asistencia", "voucher"};
  // The heading or the lines just before (a pathology case of a note that names its insurer
  // far above stays a record), and the rest of the case's own line ("Case X    Policy Y").
  const std::size_t from = pos > 240 ? pos - 240 : 0;
  if (rfindAnyWordCaseless(in.text.substr(from, pos - from), kCues) != std::string_view::npos) return true;
  std::size_t end = pos;
  while (end < in.text.size() && end - pos < 80 && in.text[end] != '\n') ++end;
  return rfindAnyWordCaseless(in.text.substr(pos, end - pos), kCues) != std::string_view::npos;
}

bool belowPublicCoverCard(const ScanInput& in, std::size_t i) {
  const std::size_t pos = in.tokens[i].start;
  const std::size_t from = pos > 160 ? pos - 160 : 0;
  const std::string_view before = in.text.substr(from, pos - from);
  return rfindWordCaseless(before, "medicaid card") != std::string_view::npos ||
         rfindWordCaseless(before, "medicare card") != std::string_view::npos;
}

bool numbersNoPatientFile(const ScanInput& in, std::size_t i, std::size_t words) {
  const std::string_view first = in.tokens[i].lower;
  // A prescriber's National Provider Identifier, and the DEA registration that lets a prescriber
  // order controlled drugs: numbers of the clinician, not of the patient.
  if (words == 1 && (first == "npi" || first == "dea")) return true;
  // A clinician's number on a national registry: "Examiner: ..., NRCME registry no. 4418830021".
  if (first == "registry" && i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1)) {
    static constexpr std::array<std::string_view, 2> kProfessionalRegistries = {"nrcme", "nremt"};
    if (listHas(kProfessionalRegistries, in.tokens[i - 1].lower)) return true;
  }
  if (words == 1 && first == "agreement") return true;
  // An EMS patient care report's number is the report's ("PCR R2984373", "ePCR no. 24-0012").
  if (first == "pcr" || first == "epcr") return true;
  // A medical examiner's case is the decedent's file ("ME case ME24-0187"); a police unit's is
  // the investigation of an event.
  if (words == 1 && first == "case") {
    if (i > 0 && in.tokens[i - 1].lower == "me") return false;
    return lawEnforcementBefore(in.text, in.tokens[i].start);
  }
  return false;
}

bool alienNumberLabel(const ScanInput& in, std::size_t i) {
  if (i + 2 >= in.tokens.size() || in.text[in.tokens[i].start] != 'A') return false;
  if (gapBetween(in, i, i + 1) == "-") return true;
  return in.tokens[i + 1].allCaps && gapBetween(in, i + 1, i + 2).find_first_of(":#") != std::string_view::npos;
}

bool intakeNumber(std::string_view value, std::string_view gapBeforeValue) {
  if (gapBeforeValue.find('#') != std::string_view::npos) return true;
  for (char c : value) {
    if (c == '-' || isAsciiAlpha(c)) return true;
  }
  return false;
}

std::size_t participleBetween(const ScanInput& in, std::size_t j) {
  const auto& tokens = in.tokens;
  if (j + 1 >= tokens.size() || !isInlineSpace(gapBetween(in, j - 1, j), 1)) return 0;
  if (tokens[j].lower == "assigned" || tokens[j].lower == "issued") return 1;
  // How a machine or a nurse captured the number, then its colon: "Patient ID scanned: 00458173",
  // "MRN verified: 4471230" (a log's wording; without the colon, "MRN verified twice").
  if ((tokens[j].lower == "scanned" || tokens[j].lower == "verified" || tokens[j].lower == "confirmed" ||
       tokens[j].lower == "entered") &&
      (gapBetween(in, j, j + 1) == ": " || gapBetween(in, j, j + 1) == ":")) {
    return 1;
  }
  if (tokens[j].lower == "applied" && tokens[j + 1].lower == "for" && isInlineSpace(gapBetween(in, j, j + 1), 1)) {
    return 2;
  }
  return 0;
}

bool modelYearAt(const ScanInput& in, std::size_t j) {
  const Token& t = in.tokens[j];
  if (!t.allDigits || t.length() != 4 || j + 1 >= in.tokens.size()) return false;
  const int year = parseDigits(in.text, t.start, 4);
  const Token& make = in.tokens[j + 1];
  return year >= 1950 && year <= 2035 && isInlineSpace(gapBetween(in, j, j + 1), 1) && make.hasLetter &&
         !make.hasDigit && (make.capitalised || make.allCaps) && make.length() >= 2;
}

}  // namespace concord::phi::detail
