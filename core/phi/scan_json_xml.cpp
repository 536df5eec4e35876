// FHIR-like JSON and CDA-like XML read by key and element (see scan_structured.cpp for the whole
// picture); person names in their own functions (jsonPersonName, xmlPersonName).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "local_id_labels.h"
#include "name_cues.h"
#include "name_tables.h"
#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail::structured {

namespace {

using C = PhiCategory;

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
  } else if (containsCaseless(system, "provider") || containsCaseless(system, "practitioner")) {
    // A practitioner's number in the national register of providers ("urn:cy:gesy:provider"), as
    // the doctors' identifiers of HL7 messages, is left alone (the families' convention; an NPI
    // is read above), seed 3434.
    return false;
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
    // A system named after the scheme that issues the number, "urn:ad:cass" (Andorra's health
    // insurance), "urn:cv:inps": its last part read as a column's one-word label (seed 3434).
    const std::size_t cut = system.find_last_of(":/");
    // (Any one-word label of the keyword scan's tables will do, even one too common a word to
    // label a value in prose: a system names its scheme and nothing else.)
    if (category == C::Mrn && cut != std::string_view::npos && cut + 4 <= system.size()) {
      const std::string_view scheme = system.substr(cut + 1);
      for (const auto table : {localIdLabels(), worldIdLabels(), accountPlanLabels()}) {
        for (const LocalIdLabel& label : table) {
          if (label.size() == 1 && label.words[0] == scheme && label.category != C::Vehicle) {
            category = label.category;
            return true;
          }
        }
      }
    }
  }
  return true;
}

struct JsonFrame {
  std::string key;          // the key whose value this object or array is ("identifier", "name"), lower case
  bool object = false;
  std::string system;       // an object's "system", lower case
  std::string_view code;    // a "code" anywhere inside the object (an identifier's type)
  Span value;               // an object's string "value"
  bool resource = false;      // an object with a "resourceType"
  bool organisation = false;  // one whose "resourceType" is an Organization or a Location
};

// Whether the innermost FHIR resource around the value is an Organization or a Location: its
// address is the practice's or the site's, no one's home ("resourceType": "Organization", ...,
// "address": [{"city": "Limassol"}], seed 3434).
bool insideOrganisation(const std::vector<JsonFrame>& stack) {
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    if (it->resource) return it->organisation;
  }
  return false;
}

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
  // (A FHIR reference's display names the person referred to when the reference is to a person's
  // role in the resource: "performer": [{ "display": "Sherry Moss" }], seed 3434.)
  const bool personDisplay =
      key == "display" && (container == "performer" || container == "requester" || container == "recorder" ||
                           container == "asserter" || container == "practitioner" || container == "patient" ||
                           container == "subject" || container == "author" || container == "attester" ||
                           container == "participant" || container == "individual" || container == "informant");
  if (personDisplay && !value.empty() && value.end - value.start <= 60 && countDigits(text, value) == 0) {
    const std::string_view v = text.substr(value.start, value.end - value.start);
    // (Two to four capitalised words, as a person is displayed; "Home monitor" or "Patient
    // 7" is no one.)
    std::size_t words = 0;
    bool shaped = true;
    for (std::size_t k = 0; k < v.size() && shaped;) {
      const std::size_t space = std::min(v.find(' ', k), v.size());
      shaped = space > k && (isUpper(v[k]) || static_cast<unsigned char>(v[k]) >= 0x80);
      // (An organisation performs too: "Central Laboratory", "Nuuk Health Centre".)
      std::string lower(v.substr(k, space - k));
      for (char& c : lower) c = lowerAscii(c);
      shaped = shaped && !detail::isPlaceAfter(lower) && lower != "lab" && lower != "department" && lower != "team";
      ++words;
      k = space + 1;
    }
    if (shaped && words >= 2 && words <= 4) add(out, value, C::Name);
  }
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
    } else if (postcodeValue(text, value)) {
      add(out, value, C::Zip);
    }
    return;
  }
  // A FHIR resource's subject by reference, "reference": "Patient/4417902": the id after the
  // resource type keys the patient's record (seed 3434). A URL's own path is the url reader's.
  if (key == "reference") {
    const std::string_view v = text.substr(value.start, value.end - value.start);
    constexpr std::string_view kPatient = "Patient/";
    if (v.starts_with(kPatient) && identifierValue(text, {value.start + kPatient.size(), value.end}) &&
        countDigits(text, {value.start + kPatient.size(), value.end}) >= 4) {
      add(out, {value.start + kPatient.size(), value.end}, C::Mrn);
    }
    return;
  }
  ColumnKind kind = columnKind(key);
  // Keys arrive in lower case, their camel case gone: "claimNumber" is read as "claim_number",
  // "memberId" as "member_id".
  if (kind.kind == Column::None) {
    for (std::string_view suffix : {std::string_view("number"), std::string_view("id"), std::string_view("no")}) {
      if (key.size() > suffix.size() + 2 && key.ends_with(suffix)) {
        std::string split(key.substr(0, key.size() - suffix.size()));
        split += '_';
        split += suffix;
        kind = columnKind(split);
        break;
      }
    }
  }
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

// ---- XML -------------------------------------------------------------------------------------
// CDA-like XML: <given>, <family>, <streetAddressLine>, <city>, <postalCode> elements (and the
// NEMSIS ePCR's <ePatient.05>, <ePatient.06>, <ePatient.09>),
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
// An element that holds a name part by its tag, beside CDA's "given" and "family": a registry's
// "<Surname>", "<GivenName>", "<Forename>" (seed 3636: "<Surname>Παπαδάκης</Surname>").
bool namePartTag(std::string_view tag) {
  return tag == "given" || tag == "family" || tag == "surname" || tag == "givenname" || tag == "forename" ||
         tag == "firstname" || tag == "lastname" || tag == "familyname" || tag == "middlename";
}

// An element that names a person by the part the person plays in a death registration: the
// informant and the certifying doctor ("<Informant>Ελένη Παπαδάκη</Informant>", seed 3636).
bool personRoleTag(std::string_view tag) { return tag == "informant" || tag == "certifier"; }

// Two to four words, each opening with a capital (or a letter of another script), no digit: a
// person's whole name as a role element holds it.
bool wholeNameShape(std::string_view text, Span value) {
  if (countDigits(text, value) != 0 || value.end - value.start > 80) return false;
  int words = 0;
  for (std::size_t k = value.start; k < value.end; ++k) {
    if (k == value.start || text[k - 1] == ' ') {
      if (text[k] == ' ') return false;
      if (!isUpper(text[k]) && !isNonAscii(text[k])) return false;
      ++words;
    } else if (!isWordByte(text[k]) && text[k] != ' ' && text[k] != '-' && text[k] != '\'' && text[k] != '.') {
      return false;
    }
  }
  return words >= 2 && words <= 4;
}

void xmlPersonName(std::string_view text, std::string_view tag, Span value, Candidates& out) {
  if (personRoleTag(tag)) {
    if (wholeNameShape(text, value)) add(out, value, C::Name);
    return;
  }
  if (!namePartTag(tag)) return;
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
  // NEMSIS v3 ePCR exports name the patient's home address by element number: ePatient.05 the
  // street, .06 the city, .09 the ZIP code.
  if (tag == "streetaddressline" || tag == "city" || tag == "epatient.05" || tag == "epatient.06") {
    if (hasLetter(text, value)) add(out, value, C::Address);
  } else if (tag == "postalcode" || tag == "epatient.09") {
    // (A postcode of another country's shape, neither a ZIP nor a ZIP+4, locates the person as the
    // street and town do: "<postalCode>H100</postalCode>" of Eswatini is an address.)
    const std::size_t digits = countDigits(text, value);
    if (tag == "postalcode" && hasLetter(text, value) && digits > 0 && value.end - value.start <= 10) {
      add(out, value, C::Address);
    } else if (postcodeValue(text, value)) {
      add(out, value, C::Zip);
    }
  } else if (tag != "given" && tag != "family" && tag != "name" && tag != "value" && tag != "code") {
    const ColumnKind kind = columnKind(tag);
    if (kind.kind == Column::Category && !(kind.category == C::Date && countDigits(text, value) < 6)) {
      csvCell(text, value, kind, out);
    }
  }
}

void xmlEmptyTag(std::string_view text, std::string_view tag, std::size_t from, std::size_t to, Candidates& out) {
  // An attribute naming a town or place of an event is where it happened: "<Obito data=\"2024-06-16\"
  // local=\"Mértola\"/>" (a Portuguese death registration, seed 3636). A capitalised value of
  // letters only: not "local=\"true\"", not a code.
  for (std::string_view name : {std::string_view("local"), std::string_view("localidade"), std::string_view("lugar"),
                                std::string_view("city"), std::string_view("cidade"), std::string_view("town")}) {
    const Span v = xmlAttribute(text, from, to, name);
    if (!v.empty() && v.end - v.start <= 40 && hasLetter(text, v) && countDigits(text, v) == 0 &&
        hasCapital(text, v) && !isLower(text[v.start])) {
      add(out, v, C::Address);
    }
  }
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

}  // namespace

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
          else if (key == "resourcetype") {
            top->resource = true;
            top->organisation = str == "Organization" || str == "Location";
          }
        }
        const bool siteAddress = (key == "city" || key == "line" || key == "postalcode" || key == "district") &&
                                 insideOrganisation(stack);
        if (!siteAddress) jsonField(text, key, top != nullptr ? std::string_view(top->key) : std::string_view{}, s, out);
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
void readXml(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t lt = text.find('<'); lt != std::string_view::npos; lt = text.find('<', lt + 1)) {
    if (lt + 1 >= text.size() || !isAsciiAlpha(text[lt + 1])) continue;
    std::size_t e = lt + 1;
    // (NEMSIS element names have a dot: "ePatient.09".)
    while (e < text.size() &&
           (isWordByte(text[e]) || text[e] == ':' || text[e] == '_' || text[e] == '-' || text[e] == '.')) {
      ++e;
    }
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

}  // namespace concord::phi::detail::structured
