// Values whose category is given by their position in a structured record rather than by words
// around them:
//   - HL7 v2 segments ("PID|1||00804358^^^TGRMC^MR~654105303^^^SSA^SS||...|19730101|F|||7129
//     MAPLE RD^^KINGSPORT^CO^29646^USA||(561)427-1708"): the standard field positions of MSH, EVN,
//     PID, NK1, PV1, IN1, GT1, MRG, ORC, OBR and OBX. Identifier lists (CX) take their category
//     from the type code (MR, SS, AN, MB, DL, ...); timestamps give their eight date digits;
//     address fields (XAD) give street, other designation and city as addresses and the ZIP as a
//     zip (the state code is left alone); telecom fields (XTN) give phones. Fields known to hold
//     no PHI (message type, control ID, sending application, patient class, location, plan code)
//     are claimed as "no PHI" so that no other scanner reads their shapes ("MSG11909564").
//   - CSV exports with a header line ("mrn,last_name,first_name,dob,sex,zip,phone"): each cell
//     below a header column named after a category is a finding of that category.
// Person names in these records (PID-5, NK1-2, IN1-16, GT1-3, PV1-7/8/9 and CSV name columns)
// are emitted by their own functions (hl7PersonNames, csvPersonName) so that the name rules
// stay separate from the pattern rules.
#include <array>
#include <string>
#include <vector>

#include "name_tables.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

using C = PhiCategory;

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  bool empty() const { return end <= start; }
};

// Splits text[span] at `sep` (no escapes; HL7 escapes such as "\T\" never hold a separator byte).
std::vector<Span> split(std::string_view text, Span span, char sep) {
  std::vector<Span> parts;
  std::size_t from = span.start;
  for (std::size_t k = span.start; k < span.end; ++k) {
    if (text[k] == sep) {
      parts.push_back({from, k});
      from = k + 1;
    }
  }
  parts.push_back({from, span.end});
  return parts;
}

Span trim(std::string_view text, Span s) {
  while (s.start < s.end && (text[s.start] == ' ' || text[s.start] == '\t' || text[s.start] == '"')) ++s.start;
  while (s.end > s.start && (text[s.end - 1] == ' ' || text[s.end - 1] == '\t' || text[s.end - 1] == '\r' ||
                             text[s.end - 1] == '"')) {
    --s.end;
  }
  return s;
}

std::size_t countDigits(std::string_view text, Span s) {
  std::size_t digits = 0;
  for (std::size_t k = s.start; k < s.end; ++k) digits += isDigit(text[k]);
  return digits;
}

bool hasLetter(std::string_view text, Span s) {
  for (std::size_t k = s.start; k < s.end; ++k) {
    if (isAsciiAlpha(text[k]) || isNonAscii(text[k])) return true;
  }
  return false;
}

bool hasCapital(std::string_view text, Span s) {
  for (std::size_t k = s.start; k < s.end; ++k) {
    if (isUpper(text[k]) || isNonAscii(text[k])) return true;
  }
  return false;
}

bool equalsCaseless(std::string_view a, std::string_view lowerB) {
  if (a.size() != lowerB.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (lowerAscii(a[k]) != lowerB[k]) return false;
  }
  return true;
}

void add(Candidates& out, Span s, PhiCategory category) {
  if (!s.empty()) out.push_back({s.start, s.end, category, priority::kField});
}

void veto(Candidates& out, Span s) {
  if (!s.empty()) out.push_back({s.start, s.end, PhiCategory::Name, priority::kField - 1, true});
}

// The date of an HL7 timestamp "YYYYMMDD[HHMM[SS[.S]]][+ZZZZ]": its first eight digits when
// they are a valid date.
void addTimestamp(std::string_view text, Span field, Candidates& out) {
  const Span s = trim(text, field);
  if (s.end - s.start < 8 || digitRun(text, s.start) < 8) return;
  const int year = parseDigits(text, s.start, 4);
  const int month = parseDigits(text, s.start + 4, 2);
  const int day = parseDigits(text, s.start + 6, 2);
  if (year < 1850 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return;
  add(out, {s.start, s.start + 8}, C::Date);
}

// Any identifier-looking value: a digit and at least three word bytes.
bool identifierValue(std::string_view text, Span s) {
  if (s.empty()) return false;
  std::size_t word = 0;
  for (std::size_t k = s.start; k < s.end; ++k) word += isWordByte(text[k]);
  return countDigits(text, s) > 0 && word >= 3;
}

// The category of an HL7 identifier type code (table 0203).
PhiCategory identifierType(std::string_view code, PhiCategory fallback) {
  if (code == "SS" || code == "SSN") return C::Ssn;
  if (code == "AN" || code == "AAN" || code == "VN" || code == "FI" || code == "ANON") return C::Account;
  if (code == "MB" || code == "MC" || code == "MA" || code == "SN" || code == "MCD" || code == "MCR" ||
      code == "HC" || code == "JHN" || code == "NH" || code == "NI" || code == "PN" || code == "GN") {
    return C::HealthPlan;
  }
  if (code == "DL" || code == "PPN" || code == "DN" || code == "LN" || code == "NPI" || code == "DEA" ||
      code == "SID") {
    return C::License;
  }
  if (code == "MR" || code == "PI" || code == "PT" || code == "MRN" || code == "PE" || code == "EMR") return C::Mrn;
  return fallback;
}

// A CX list "ID^check^scheme^authority^TYPE~ID^...": each ID with the category of its type code.
void addIdentifierList(std::string_view text, Span field, PhiCategory fallback, Candidates& out) {
  for (const Span& rep : split(text, field, '~')) {
    const std::vector<Span> comps = split(text, rep, '^');
    const Span id = trim(text, comps[0]);
    if (!identifierValue(text, id)) continue;
    PhiCategory category = fallback;
    if (comps.size() >= 5) category = identifierType(text.substr(comps[4].start, comps[4].end - comps[4].start), fallback);
    add(out, id, category);
    for (std::size_t c = 1; c < comps.size(); ++c) veto(out, comps[c]);
  }
}

// The first component of each repetition, when it is an identifier.
void addFirstComponent(std::string_view text, Span field, PhiCategory category, Candidates& out) {
  for (const Span& rep : split(text, field, '~')) {
    const Span id = trim(text, split(text, rep, '^')[0]);
    if (identifierValue(text, id)) add(out, id, category);
  }
}

// An XAD address "street^other^city^state^zip^country^...": street, other designation and city
// are addresses, the zip a zip; the state and country codes are no finding.
void addAddress(std::string_view text, Span field, Candidates& out) {
  for (const Span& rep : split(text, field, '~')) {
    const std::vector<Span> comps = split(text, rep, '^');
    for (std::size_t c = 0; c < comps.size() && c < 3; ++c) {
      const Span part = trim(text, comps[c]);
      if (hasLetter(text, part) || countDigits(text, part) > 0) add(out, part, C::Address);
    }
    if (comps.size() > 4) {
      const Span zip = trim(text, comps[4]);
      const std::size_t digits = countDigits(text, zip);
      if (digits == 5 || digits == 9) add(out, zip, C::Zip);
      else if (hasLetter(text, zip) && digits > 0) add(out, zip, C::Zip);  // foreign postal codes
    }
    for (std::size_t c = 5; c < comps.size(); ++c) veto(out, comps[c]);
    if (comps.size() > 3) veto(out, comps[3]);
  }
}

// An XTN list: the first component when it holds a number of seven digits or more; otherwise
// the area code and local number components (6 and 7) of the structured form.
void addTelecom(std::string_view text, Span field, PhiCategory category, Candidates& out) {
  for (const Span& rep : split(text, field, '~')) {
    const std::vector<Span> comps = split(text, rep, '^');
    Span number = trim(text, comps[0]);
    // An extension written in the first component ("(555)555-1234X123") stays outside.
    for (std::size_t k = number.start; k < number.end; ++k) {
      if ((text[k] == 'X' || text[k] == 'x') && k > number.start && isDigit(text[k - 1])) {
        number.end = k;
        break;
      }
    }
    const std::size_t digits = countDigits(text, number);
    if (digits >= 7 && digits <= 15) {
      add(out, number, C::Phone);
    } else if (comps.size() > 6) {
      const Span area = trim(text, comps[5]);
      const Span local = trim(text, comps[6]);
      if (countDigits(text, local) >= 7) {
        add(out, area.empty() ? local : Span{area.start, local.end}, category);
      }
    }
    for (const Span& c : comps) {
      if (c.start != comps[0].start) {
        const Span part = trim(text, c);
        if (countDigits(text, part) == 0) veto(out, part);  // "PRN", "PH", "NET"
      }
    }
  }
}

// A field's value is any free text: claimed as no PHI.
void vetoField(std::string_view text, Span field, Candidates& out) { veto(out, trim(text, field)); }

bool isSegmentName(std::string_view text, std::size_t pos) {
  return pos + 3 < text.size() && isUpper(text[pos]) && isUpper(text[pos + 1]) &&
         (isUpper(text[pos + 2]) || isDigit(text[pos + 2])) && text[pos + 3] == '|';
}

// Segment names whose fields this reader knows.
bool knownSegment(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kSegments = {"MSH", "EVN", "PID", "PD1", "NK1", "PV1",
                                                                 "PV2", "IN1", "IN2", "GT1", "MRG", "ORC",
                                                                 "OBR", "OBX", "AL1", "DG1"};
  for (std::string_view s : kSegments) {
    if (name == s) return true;
  }
  return false;
}

// The patterns of one segment. `f[n]` is field n (for MSH, f[n] is MSH-(n+1) since MSH-1 is
// the field separator itself).
void readSegment(std::string_view text, std::string_view name, const std::vector<Span>& f, Candidates& out) {
  auto field = [&](std::size_t n) { return n < f.size() ? f[n] : Span{}; };
  // Coded values ("SEL", "SPO", "MTH", "F", "I", "MED"): two or three capitals alone in a field
  // (or a component) are table codes, never PHI.
  for (std::size_t n = 1; n < f.size(); ++n) {
    for (const Span& part : split(text, f[n], '^')) {
      const Span c = trim(text, part);
      const std::size_t length = c.end - c.start;
      bool code = length >= 1 && length <= 3;
      for (std::size_t k = c.start; k < c.end && code; ++k) code = isUpper(text[k]);
      if (code) veto(out, c);
    }
  }
  if (name == "MSH") {
    for (std::size_t n : {2, 3, 4, 5, 8, 9, 10, 11}) vetoField(text, field(n), out);  // MSH-3..6, 9..12
    addTimestamp(text, field(6), out);                                                 // MSH-7
  } else if (name == "EVN") {
    vetoField(text, field(1), out);
    addTimestamp(text, field(2), out);
    addTimestamp(text, field(3), out);
    addTimestamp(text, field(6), out);
  } else if (name == "PID") {
    vetoField(text, field(1), out);
    addIdentifierList(text, field(2), C::Mrn, out);
    addIdentifierList(text, field(3), C::Mrn, out);
    addIdentifierList(text, field(4), C::Mrn, out);
    addTimestamp(text, field(7), out);
    vetoField(text, field(8), out);
    addAddress(text, field(11), out);
    addTelecom(text, field(13), C::Phone, out);
    addTelecom(text, field(14), C::Phone, out);
    addIdentifierList(text, field(18), C::Account, out);
    addFirstComponent(text, field(19), C::Ssn, out);
    addFirstComponent(text, field(20), C::License, out);
    addTimestamp(text, field(29), out);
  } else if (name == "NK1") {
    vetoField(text, field(1), out);
    addAddress(text, field(4), out);
    addTelecom(text, field(5), C::Phone, out);
    addTelecom(text, field(6), C::Phone, out);
    addTimestamp(text, field(16), out);
    addFirstComponent(text, field(37), C::Ssn, out);
  } else if (name == "PV1") {
    vetoField(text, field(1), out);
    vetoField(text, field(2), out);
    vetoField(text, field(3), out);
    vetoField(text, field(10), out);
    addFirstComponent(text, field(19), C::Account, out);
    addTimestamp(text, field(44), out);
    addTimestamp(text, field(45), out);
  } else if (name == "IN1") {
    vetoField(text, field(1), out);
    vetoField(text, field(2), out);
    vetoField(text, field(3), out);
    // Every IN1 timestamp is a date of the patient's cover or birth (effective, expiry, insured's
    // birth date, verification...): senders that shift the fields by one still give dates.
    for (std::size_t n = 12; n < f.size() && n <= 30; ++n) {
      if (n != 19) addTimestamp(text, field(n), out);
    }
    addAddress(text, field(19), out);
    // IN1-36 policy number; some senders write it one field early (IN1-35, company plan code,
    // which is otherwise empty or a short code): a long identifier there is the policy number.
    const Span policy = trim(text, field(36));
    const Span early = trim(text, field(35));
    if (!policy.empty()) {
      addFirstComponent(text, field(36), C::HealthPlan, out);
    } else if (early.end - early.start >= 8 && hasLetter(text, early) && countDigits(text, early) > 0) {
      add(out, early, C::HealthPlan);
    }
    addIdentifierList(text, field(49), C::HealthPlan, out);
  } else if (name == "GT1") {
    addIdentifierList(text, field(2), C::Account, out);
    addAddress(text, field(5), out);
    addTelecom(text, field(6), C::Phone, out);
    addTelecom(text, field(7), C::Phone, out);
    addTimestamp(text, field(8), out);
    addFirstComponent(text, field(12), C::Ssn, out);
  } else if (name == "MRG") {
    addIdentifierList(text, field(1), C::Mrn, out);
    addIdentifierList(text, field(3), C::Account, out);
  } else if (name == "ORC") {
    addTimestamp(text, field(9), out);
  } else if (name == "OBR") {
    addTimestamp(text, field(6), out);
    addTimestamp(text, field(7), out);
    addTimestamp(text, field(8), out);
    addTimestamp(text, field(14), out);
    addTimestamp(text, field(22), out);
  } else if (name == "OBX") {
    addTimestamp(text, field(14), out);
  } else if (name == "PD1" || name == "PV2" || name == "IN2" || name == "AL1" || name == "DG1") {
    vetoField(text, field(1), out);
  }
}

// An XPN/XCN name list: "FAMILY^GIVEN^MIDDLE" (XPN) or "ID^FAMILY^GIVEN^MIDDLE" (XCN). The span
// runs from the family name to the last non-empty name component; suffixes, degrees and type
// codes after it stay outside.
void addPersonNames(std::string_view text, Span field, bool withId, Candidates& out) {
  for (const Span& rep : split(text, field, '~')) {
    const std::vector<Span> comps = split(text, rep, '^');
    const std::size_t first = withId ? 1 : 0;
    if (comps.size() <= first) continue;
    std::size_t last = first;
    for (std::size_t c = first; c < comps.size() && c < first + 3; ++c) {
      if (hasLetter(text, trim(text, comps[c]))) last = c;
    }
    const Span family = trim(text, comps[first]);
    // A family name alone is too weak ("SEL" is a relationship code in a shifted IN1).
    if (!hasLetter(text, family) || countDigits(text, family) > 0 || last == first) continue;
    add(out, {family.start, trim(text, comps[last]).end}, C::Name);
  }
}

// Names of HL7 person fields, kept apart from the pattern fields above (the name rules are
// maintained separately). PID-5, PID-6 (mother's maiden name), NK1-2, GT1-3, IN1-16 are XPN;
// PV1-7/8/9/17 are XCN with an ID first.
void hl7PersonNames(std::string_view text, std::string_view name, const std::vector<Span>& f, Candidates& out) {
  auto field = [&](std::size_t n) { return n < f.size() ? f[n] : Span{}; };
  if (name == "PID") {
    addPersonNames(text, field(5), false, out);
    addPersonNames(text, field(6), false, out);
  } else if (name == "NK1") {
    addPersonNames(text, field(2), false, out);
  } else if (name == "GT1") {
    addPersonNames(text, field(3), false, out);
  } else if (name == "IN1") {
    // IN1-16 insured's name; senders that shift IN1 by one field write it in IN1-15 (plan type,
    // otherwise a short code).
    addPersonNames(text, field(16), false, out);
    if (split(text, field(15), '^').size() >= 2) addPersonNames(text, field(15), false, out);
  } else if (name == "PV1") {
    for (std::size_t n : {7, 8, 9, 17}) addPersonNames(text, field(n), true, out);
  }
}

void readHl7(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    if (isSegmentName(text, pos) && knownSegment(text.substr(pos, 3))) {
      const std::string_view name = text.substr(pos, 3);
      std::size_t end = eol;
      if (end > pos && text[end - 1] == '\r') --end;
      // A segment may end at a carriage return inside the line ("PID|...\rPV1|...").
      const std::vector<Span> fields = split(text, {pos, end}, '|');
      readSegment(text, name, fields, out);
      hl7PersonNames(text, name, fields, out);
    }
    pos = eol + 1;
  }
}

// ---- CSV -------------------------------------------------------------------------------------

enum class Column { None, Category, Name, Age };

struct ColumnKind {
  Column kind = Column::None;
  PhiCategory category = C::Name;
};

// The header word's category: "mrn", "dob", "zip", "home_phone", "admit_date", "last_name".
ColumnKind columnKind(std::string_view header) {
  std::string h;
  for (char c : header) {
    if (isWordByte(c)) h.push_back(lowerAscii(c));
    else if (!h.empty() && h.back() != '_') h.push_back('_');
  }
  while (!h.empty() && h.back() == '_') h.pop_back();
  auto is = [&](std::string_view w) { return h == w; };
  auto has = [&](std::string_view w) { return h.find(w) != std::string::npos; };
  auto ends = [&](std::string_view w) { return h.ends_with(w); };
  if (is("mrn") || has("medical_record") || is("mr") || is("med_rec") || is("chart") || is("chart_no") ||
      is("patient_id") || is("pt_id") || ends("_mrn") || is("accession") || is("mrn_no")) {
    return {Column::Category, C::Mrn};
  }
  if (is("acct") || is("account") || has("account_") || ends("_account") || is("fin") || is("csn") ||
      is("encounter") || is("encounter_id") || is("visit_id") || is("claim_id") || is("acct_no")) {
    return {Column::Category, C::Account};
  }
  if (is("ssn") || ends("_ssn")) return {Column::Category, C::Ssn};
  if (is("dob") || is("date") || ends("_date") || ends("_dt") || is("birth_date") || is("date_of_birth") ||
      is("birthdate") || is("dod") || is("admitted") || is("discharged")) {
    return {Column::Category, C::Date};
  }
  if (is("zip") || is("zipcode") || is("zip_code") || is("postal_code") || ends("_zip")) return {Column::Category, C::Zip};
  if (is("phone") || ends("_phone") || is("telephone") || is("tel") || is("mobile") || is("cell") ||
      is("contact_phone") || is("phone_number")) {
    return {Column::Category, C::Phone};
  }
  if (is("fax") || ends("_fax")) return {Column::Category, C::Fax};
  if (is("email") || ends("_email") || is("e_mail")) return {Column::Category, C::Email};
  if (is("address") || is("street") || is("addr") || is("address1") || is("address_1") || is("street_address") ||
      is("city") || is("address2") || is("address_2") || ends("_address") || ends("_street") || ends("_city")) {
    return {Column::Category, C::Address};
  }
  if (is("member_id") || is("subscriber_id") || is("policy") || is("policy_no") || is("mbi") ||
      is("medicaid_id") || is("medicare_id") || is("insurance_id")) {
    return {Column::Category, C::HealthPlan};
  }
  if (is("age")) return {Column::Age, C::Age};
  if (is("last") || is("first") || is("last_name") || is("first_name") || is("lastname") || is("firstname") ||
      is("name") || is("patient_name") || is("patient") || is("middle_name") || is("surname") ||
      is("given_name") || is("family_name")) {
    return {Column::Name, C::Name};
  }
  return {};
}

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

// A header: three or more cells, every one a short name of letters, digits and _ - / . or
// spaces with a letter first, and at least two of them naming a PHI column.
bool csvHeader(std::string_view text, const std::vector<Span>& cells, std::vector<ColumnKind>& kinds) {
  if (cells.size() < 3) return false;
  kinds.clear();
  std::size_t phi = 0;
  for (const Span& raw : cells) {
    const Span c = trim(text, raw);
    if (c.empty() || c.end - c.start > 32 || !isAsciiAlpha(text[c.start])) return false;
    for (std::size_t k = c.start; k < c.end; ++k) {
      const char ch = text[k];
      if (!(isWordByte(ch) || ch == '_' || ch == ' ' || ch == '-' || ch == '/' || ch == '.' || ch == '#')) return false;
    }
    kinds.push_back(columnKind(text.substr(c.start, c.end - c.start)));
    phi += kinds.back().kind != Column::None;
  }
  return phi >= 2;
}

// The date of a date cell: up to a time after a space or "T".
Span dateCell(std::string_view text, Span c) {
  for (std::size_t k = c.start; k < c.end; ++k) {
    if (text[k] == ' ' || (text[k] == 'T' && k > c.start && isDigit(text[k - 1]))) return {c.start, k};
  }
  return c;
}

void csvCell(std::string_view text, Span c, const ColumnKind& kind, Candidates& out) {
  c = trim(text, c);
  if (c.empty()) return;
  const std::string_view v = text.substr(c.start, c.end - c.start);
  if (equalsCaseless(v, "null") || equalsCaseless(v, "n/a") || equalsCaseless(v, "na") || v == "-" ||
      equalsCaseless(v, "unknown")) {
    return;
  }
  switch (kind.kind) {
    case Column::None: return;
    case Column::Name:
      if (hasLetter(text, c) && countDigits(text, c) == 0) add(out, c, C::Name);
      return;
    case Column::Age: {
      // "94", or with the sex after it as census boards write it: "94F", "94 M", "94/F".
      const std::size_t run = digitRun(text, c.start);
      std::size_t rest = c.start + run;
      if (rest < c.end && (text[rest] == ' ' || text[rest] == '/')) ++rest;
      const bool sexAfter = rest + 1 == c.end && (lowerAscii(text[rest]) == 'm' || lowerAscii(text[rest]) == 'f');
      if (run >= 2 && run <= 3 && (run == c.end - c.start || sexAfter) && parseDigits(text, c.start, run) >= 90) {
        add(out, {c.start, c.start + run}, C::Age);
      }
      return;
    }
    case Column::Category: break;
  }
  const std::size_t digits = countDigits(text, c);
  switch (kind.category) {
    case C::Date:
      if (digits >= 3) add(out, dateCell(text, c), C::Date);
      return;
    case C::Phone:
    case C::Fax:
      if (digits >= 7 && digits <= 15) add(out, c, kind.category);
      return;
    case C::Zip:
      if (digits == 5 || digits == 9) add(out, c, C::Zip);
      return;
    case C::Address:
    case C::Email:
      if (hasLetter(text, c)) add(out, c, kind.category);
      return;
    default:
      if (digits > 0) add(out, c, kind.category);
      return;
  }
}

// CSV (sep ',') and pipe tables (sep '|': "LAST|FIRST|DOB|ZIP", or "| Name | MRN |" with outer
// pipes, which are dropped).
void readCsv(const ScanInput& in, Candidates& out, char sep = ',') {
  const std::string_view text = in.text;
  std::vector<ColumnKind> kinds;
  bool inTable = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    Span line = trim(text, {pos, eol});
    if (sep == '|' && line.end - line.start >= 2 && text[line.start] == '|' && text[line.end - 1] == '|') {
      line = {line.start + 1, line.end - 1};
    }
    // A row has a comma; a header line of names has no sentence punctuation (". ", ": ").
    std::size_t commas = 0;
    bool prose = false;
    for (std::size_t k = line.start; k < line.end; ++k) {
      commas += text[k] == sep;
      prose = prose || ((text[k] == '.' || text[k] == ':') && k + 1 < line.end && text[k + 1] == ' ');
    }
    if (commas == 0 || (!inTable && (commas < 2 || prose))) {
      inTable = false;
    } else {
      const std::vector<Span> cells = csvCells(text, line, sep);
      if (inTable && cells.size() == kinds.size()) {
        for (std::size_t c = 0; c < cells.size(); ++c) csvCell(text, cells[c], kinds[c], out);
      } else {
        std::vector<ColumnKind> header;
        inTable = csvHeader(text, cells, header);
        if (inTable) kinds = std::move(header);
      }
    }
    pos = eol + 1;
  }
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

void readBoard(std::string_view text, Span header, std::size_t& pos, Candidates& out) {
  const std::vector<Span> head = boardCells(text, header);
  if (head.size() < 3) return;
  std::vector<ColumnKind> kinds;
  std::size_t names = 0;
  std::size_t phi = 0;
  for (const Span& h : head) {
    if (h.end - h.start > 16) return;
    for (std::size_t k = h.start; k < h.end; ++k) {
      if (!(isAsciiAlpha(text[k]) || text[k] == '_' || text[k] == '#' || text[k] == '/' || text[k] == '.')) return;
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
    boardStaffName(text, line, out);
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
      if (kinds[c].kind == Column::Name && hasLetter(text, cells[c]) && countDigits(text, cells[c]) == 0) {
        // A name cell holds a name and nothing after two spaces; words in parentheses are no name.
        if (text.substr(cells[c].start, cells[c].end - cells[c].start).find('(') != std::string_view::npos) continue;
      }
      csvCell(text, cells[c], kinds[c], out);
    }
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

// ---- JSON ------------------------------------------------------------------------------------
// FHIR-like and other JSON: "family": "X", "given": ["Y", "Z"], "birthDate", "address" with
// "line"/"city"/"postalCode", telecom and identifier objects whose "value" takes its category
// from the object's "system" (and an identifier's type code), and keys named like CSV columns
// ("mrn", "dob", "phone", "last_name").

// Reads the JSON string opening at `q`; its content span, and `after` past its closing quote.
bool jsonString(std::string_view text, std::size_t q, Span& s, std::size_t& after) {
  for (std::size_t k = q + 1; k < text.size() && k < q + 400; ++k) {
    if (text[k] == '\\') {
      ++k;
    } else if (text[k] == '\n') {
      return false;
    } else if (text[k] == '"') {
      s = {q + 1, k};
      after = k + 1;
      return true;
    }
  }
  return false;
}

std::size_t skipSpace(std::string_view text, std::size_t k) {
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\n')) ++k;
  return k;
}

std::string lowerCopy(std::string_view v) {
  std::string s(v);
  for (char& c : s) c = lowerAscii(c);
  return s;
}

bool containsCaseless(std::string_view hay, std::string_view lowerNeedle) {
  if (lowerNeedle.size() > hay.size()) return false;
  for (std::size_t k = 0; k + lowerNeedle.size() <= hay.size(); ++k) {
    if (equalsCaseless(hay.substr(k, lowerNeedle.size()), lowerNeedle)) return true;
  }
  return false;
}

// The category of an identifier by its naming system (an OID or URI) and type code; `none` for
// code systems, whose values are codes, not identifiers.
bool identifierSystem(std::string_view system, std::string_view code, PhiCategory& category) {
  for (std::string_view codes : {"loinc", "snomed", "rxnorm", "ndc", "icd", "cpt", "ucum", "unitsofmeasure", "hcpcs",
                                 "terminology.hl7.org/codesystem/v3", "cvx"}) {
    if (containsCaseless(system, codes)) return false;
  }
  if (containsCaseless(system, "ssn") || system.ends_with("2.16.840.1.113883.4.1")) {
    category = C::Ssn;
  } else if (containsCaseless(system, "npi") || system.ends_with("2.16.840.1.113883.4.6")) {
    category = C::License;
  } else if (containsCaseless(system, "medicaid") || containsCaseless(system, "medicare") ||
             containsCaseless(system, "member") || containsCaseless(system, "insur") ||
             containsCaseless(system, "payer") || containsCaseless(system, "mbi")) {
    category = C::HealthPlan;
  } else if (containsCaseless(system, "driver") || containsCaseless(system, "licen") ||
             containsCaseless(system, "passport")) {
    category = C::License;
  } else if (containsCaseless(system, "account") || containsCaseless(system, "encounter") ||
             containsCaseless(system, "claim")) {
    category = C::Account;
  } else {
    category = identifierType(code, C::Mrn);
  }
  return true;
}

struct JsonFrame {
  std::string key;          // the key whose value this object or array is ("identifier", "name"), lower case
  bool object = false;
  std::string system;       // an object's "system", lower case
  std::string_view code;    // a "code" anywhere inside the object (an identifier's type)
  Span value;               // an object's string "value"
};

void flushJsonObject(std::string_view text, const JsonFrame& f, Candidates& out) {
  if (f.value.empty()) return;
  const std::string_view v = text.substr(f.value.start, f.value.end - f.value.start);
  if (f.key == "telecom" || f.system == "phone" || f.system == "fax" || f.system == "email" || f.system == "sms") {
    if (f.system == "email") {
      if (v.find('@') != std::string_view::npos) add(out, f.value, C::Email);
    } else if (f.system == "phone" || f.system == "sms" || f.system == "fax") {
      const std::size_t digits = countDigits(text, f.value);
      if (digits >= 7 && digits <= 15) add(out, f.value, f.system == "fax" ? C::Fax : C::Phone);
    }
    return;
  }
  if (f.key != "identifier" || !identifierValue(text, f.value)) return;
  PhiCategory category = C::Mrn;
  if (identifierSystem(f.system, f.code, category)) add(out, f.value, category);
}

// A person-name field of a JSON record ("family", "given", a HumanName's "text"), kept apart from
// the pattern fields.
void jsonPersonName(std::string_view text, std::string_view key, std::string_view container, Span value,
                    Candidates& out) {
  const bool nameKey = key == "family" || key == "given" || (key == "text" && container == "name");
  if (!nameKey || value.empty() || value.end - value.start > 60) return;
  if (hasLetter(text, value) && countDigits(text, value) == 0 && hasCapital(text, value)) add(out, value, C::Name);
}

void jsonField(std::string_view text, std::string_view key, std::string_view container, Span value,
               Candidates& out) {
  value = trim(text, value);
  if (value.empty()) return;
  jsonPersonName(text, key, container, value, out);
  if (key == "family" || key == "given" || key == "text" || key == "name" || key == "value" || key == "system" ||
      key == "code" || key == "display" || key == "use" || key == "state" || key == "country") {
    return;
  }
  if (key == "line" && container == "address") {
    if (hasLetter(text, value)) add(out, value, C::Address);
    return;
  }
  if (key == "postalcode" || key == "city" || key == "district") {
    if (key != "postalcode") {
      if (hasLetter(text, value) && countDigits(text, value) == 0) add(out, value, C::Address);
    } else if (countDigits(text, value) == 5 || countDigits(text, value) == 9) {
      add(out, value, C::Zip);
    }
    return;
  }
  const ColumnKind kind = columnKind(key);
  if (kind.kind == Column::Name) {
    if (key.find('_') != std::string_view::npos || key.size() > 6) csvCell(text, value, kind, out);
    return;
  }
  if (kind.kind == Column::Category && kind.category == C::Date && countDigits(text, value) < 6) return;
  // FHIR dates and date-times: "birthDate", "deceasedDateTime", "effectiveDateTime".
  if (kind.kind == Column::None && (key.ends_with("date") || key.ends_with("datetime")) &&
      countDigits(text, value) >= 6 && digitRun(text, value.start) == 4) {
    csvCell(text, value, {Column::Category, C::Date}, out);
    return;
  }
  csvCell(text, value, kind, out);
}

void readJson(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  std::vector<JsonFrame> stack;
  std::string key;  // the key just read, waiting for its value (lower case)
  for (std::size_t k = 0; k < text.size();) {
    const char c = text[k];
    if (c == '{' || c == '[') {
      JsonFrame f;
      f.object = c == '{';
      f.key = !key.empty() ? key : (!stack.empty() && !stack.back().object ? stack.back().key : std::string{});
      stack.push_back(std::move(f));
      key = {};
      ++k;
    } else if (c == '}' || c == ']') {
      if (!stack.empty()) {
        const JsonFrame f = std::move(stack.back());
        stack.pop_back();
        if (f.object) {
          flushJsonObject(text, f, out);
          if (!f.code.empty()) {
            for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
              if (it->object) {
                if (it->code.empty()) it->code = f.code;
                break;
              }
            }
          }
        }
      }
      key = {};
      ++k;
    } else if (c == '"') {
      Span s;
      std::size_t after = 0;
      if (!jsonString(text, k, s, after)) {
        ++k;
        continue;
      }
      const std::size_t next = skipSpace(text, after);
      const std::string_view str = text.substr(s.start, s.end - s.start);
      if (next < text.size() && text[next] == ':' && key.empty()) {
        key = lowerCopy(str);
        k = next + 1;
        continue;
      }
      // A value: of the key just read, or an element of an array.
      JsonFrame* top = stack.empty() ? nullptr : &stack.back();
      if (!key.empty()) {
        if (top != nullptr && top->object) {
          if (key == "system") {
            top->system = lowerCopy(str);
            veto(out, s);  // a naming system ("http://loinc.org", "urn:oid:..."), not the patient's URL
          }
          else if (key == "code") top->code = str;
          else if (key == "value") top->value = s;
        }
        jsonField(text, key, top != nullptr ? std::string_view(top->key) : std::string_view{}, s, out);
      } else if (top != nullptr && !top->object) {
        JsonFrame* parent = stack.size() >= 2 ? &stack[stack.size() - 2] : nullptr;
        jsonField(text, top->key, parent != nullptr ? std::string_view(parent->key) : std::string_view{}, s, out);
      }
      key = {};
      k = after;
    } else {
      if (c == ',') key = {};
      ++k;
    }
    if (stack.size() > 64) return;
  }
}

// ---- XML -------------------------------------------------------------------------------------
// CDA-like XML: <given>, <family>, <streetAddressLine>, <city>, <postalCode> elements,
// <birthTime value="19520314"/> and other HL7 timestamps in "value" attributes of *Time, low and
// high elements, <telecom value="tel:..."/>, <id root="..." extension="..."/>.

std::string_view localName(std::string_view tag) {
  const std::size_t colon = tag.rfind(':');
  return colon == std::string_view::npos ? tag : tag.substr(colon + 1);
}

// The value span of attribute `name` in the tag text[from, to).
Span xmlAttribute(std::string_view text, std::size_t from, std::size_t to, std::string_view name) {
  for (std::size_t at = from; at + name.size() < to; ++at) {
    const std::size_t q = at + name.size();
    if (text[at - 1] != ' ' || text[q] != '=' || q + 1 >= to || text[q + 1] != '"' ||
        !equalsCaseless(text.substr(at, name.size()), name)) {
      continue;
    }
    const std::size_t close = text.find('"', q + 2);
    if (close == std::string_view::npos || close > to) return {};
    return {q + 2, close};
  }
  return {};
}

// Names of XML person-name elements, kept apart from the pattern elements.
void xmlPersonName(std::string_view text, std::string_view tag, Span value, Candidates& out) {
  if (tag != "given" && tag != "family") return;
  // Names are written capitalised ("van 't Hof" has its capital later): "<family>history</family>"
  // is no name.
  if (hasLetter(text, value) && countDigits(text, value) == 0 && value.end - value.start <= 60 &&
      hasCapital(text, value)) {
    add(out, value, C::Name);
  }
}

void xmlElement(std::string_view text, std::string_view tag, Span value, Candidates& out) {
  value = trim(text, value);
  if (value.empty()) return;
  xmlPersonName(text, tag, value, out);
  if (tag == "streetaddressline" || tag == "city") {
    if (hasLetter(text, value)) add(out, value, C::Address);
  } else if (tag == "postalcode") {
    if (countDigits(text, value) == 5 || countDigits(text, value) == 9) add(out, value, C::Zip);
  } else if (tag != "given" && tag != "family" && tag != "name" && tag != "value" && tag != "code") {
    const ColumnKind kind = columnKind(tag);
    if (kind.kind == Column::Category && !(kind.category == C::Date && countDigits(text, value) < 6)) {
      csvCell(text, value, kind, out);
    }
  }
}

void xmlEmptyTag(std::string_view text, std::string_view tag, std::size_t from, std::size_t to, Candidates& out) {
  if (tag == "telecom") {
    const Span v = xmlAttribute(text, from, to, "value");
    const std::string s = lowerCopy(text.substr(v.start, v.end - v.start));
    if (s.starts_with("tel:") || s.starts_with("fax:")) {
      const Span number{v.start + 4, v.end};
      const std::size_t digits = countDigits(text, number);
      if (digits >= 7 && digits <= 15) add(out, trim(text, number), s.starts_with("fax:") ? C::Fax : C::Phone);
    } else if (s.starts_with("mailto:")) {
      add(out, {v.start + 7, v.end}, C::Email);
    }
  } else if (tag == "id") {
    const Span ext = xmlAttribute(text, from, to, "extension");
    const Span root = xmlAttribute(text, from, to, "root");
    PhiCategory category = C::Mrn;
    if (identifierValue(text, ext) &&
        identifierSystem(text.substr(root.start, root.end - root.start), {}, category)) {
      add(out, ext, category);
    }
  } else if (tag.ends_with("time") || tag == "low" || tag == "high") {
    const Span v = xmlAttribute(text, from, to, "value");
    if (!v.empty()) addTimestamp(text, v, out);
  }
}

void readXml(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t lt = text.find('<'); lt != std::string_view::npos; lt = text.find('<', lt + 1)) {
    if (lt + 1 >= text.size() || !isAsciiAlpha(text[lt + 1])) continue;
    std::size_t e = lt + 1;
    while (e < text.size() && (isWordByte(text[e]) || text[e] == ':' || text[e] == '_' || text[e] == '-')) ++e;
    if (e >= text.size() || !(text[e] == ' ' || text[e] == '>' || text[e] == '/')) continue;
    // Bounded look-ups: "<" in prose ("BP < 90") must not scan the rest of the note each time.
    const std::size_t gtAt = text.substr(e, 400).find('>');
    if (gtAt == std::string_view::npos) continue;
    const std::size_t gt = e + gtAt;
    const std::string tag = lowerCopy(localName(text.substr(lt + 1, e - lt - 1)));
    if (text[gt - 1] == '/') {
      xmlEmptyTag(text, tag, e, gt, out);
      continue;
    }
    xmlEmptyTag(text, tag, e, gt, out);  // "<id extension=...></id>" and "<birthTime value=...></birthTime>"
    // Text up to the closing tag of the same element, on one line.
    const std::size_t nextAt = text.substr(gt + 1, 200).find('<');
    if (nextAt == std::string_view::npos) continue;
    const std::size_t next = gt + 1 + nextAt;
    if (next + 2 >= text.size() || text[next + 1] != '/') continue;
    const std::size_t closeAt = text.substr(next, 80).find('>');
    if (closeAt == std::string_view::npos) continue;
    const std::size_t closeEnd = next + closeAt;
    if (lowerCopy(localName(text.substr(next + 2, closeEnd - next - 2))) != tag) continue;
    if (text.substr(gt + 1, next - gt - 1).find('\n') != std::string_view::npos) continue;
    xmlElement(text, tag, {gt + 1, next}, out);
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
    const std::uint16_t g = wordClasses(lowerGiven);
    const std::uint16_t f = wordClasses(lowerFamily);
    if ((f & WordClass::kNever) || (g & WordClass::kNever)) continue;
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

}  // namespace

void scanStructuredRecords(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  // Cheap gates: HL7 needs "|" and CSV needs ","; most notes have no "|".
  if (text.find('|') != std::string_view::npos) {
    readHl7(in, out);
    readCsv(in, out, '|');
    readPipeRecords(text, out);
  }
  // JSON needs a quoted key ("\":"), XML an element closed on the same line ("</").
  if (text.find("\":") != std::string_view::npos || text.find("\" :") != std::string_view::npos) readJson(in, out);
  if (text.find("</") != std::string_view::npos || text.find("/>") != std::string_view::npos) readXml(in, out);
  readLabelledCities(text, out);
  // Census boards need a header of words two spaces apart.
  if (text.find("  ") != std::string_view::npos) readBoards(in, out);
  // CSV cells are joined by a comma with no space after it, which prose seldom has.
  for (std::size_t comma = text.find(','); comma != std::string_view::npos; comma = text.find(',', comma + 1)) {
    if (comma + 1 < text.size() && text[comma + 1] != ' ' && text[comma + 1] != '\n' &&
        !(isDigit(text[comma + 1]) && comma > 0 && isDigit(text[comma - 1]) && comma + 3 < text.size() &&
          digitRun(text, comma + 1) == 3)) {  // not a thousands separator "1,250"
      readCsv(in, out);
      break;
    }
  }
}

}  // namespace concord::phi::detail
