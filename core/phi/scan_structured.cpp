// Values whose category is given by their position in a structured record rather than by words
// around them:
//   - HL7 v2 segments (scan_hl7.cpp): the standard field positions of MSH, EVN, PID, NK1, PV1,
//     IN1, GT1, MRG, ORC, OBR and OBX. Identifier lists (CX) take their category from the type code
//     (MR, SS, AN, MB, DL, ...); timestamps give their eight date digits; address fields (XAD)
//     give street, other designation and city as addresses and the ZIP as a zip; telecom fields
//     (XTN) give phones. Fields known to hold no PHI (message type, control ID, location, codes)
//     are claimed as "no PHI" so that no other scanner reads their shapes ("MSG11909564").
//   - Tables (scan_tables.cpp): CSV and pipe tables below a header line, census boards, labelled
//     city fields, pipe-separated records without a header.
//   - FHIR-like JSON and CDA-like XML (scan_json_xml.cpp).
//   - vCard contact cards (scan_vcard.cpp).
// Person names in these records are emitted by their own functions (hl7PersonNames, csvCell's
// name columns, boardStaffName, pipeCellNames, jsonPersonName, xmlPersonName) so that the name
// rules stay separate from the pattern rules.
// This file holds the entry point and the pieces the readers share (structured_fields.h).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "flat_word_table.h"
#include "name_tables.h"
#include "scan.h"
#include "local_id_labels.h"
#include "structured_fields.h"

namespace concord::phi::detail {

namespace structured {

using C = PhiCategory;

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

bool postcodeValue(std::string_view text, Span s) {
  const std::size_t digits = countDigits(text, s);
  if (digits == 5 || digits == 9) return true;
  // Other countries' codes: three to ten letters and digits, two digits at least, parted by at
  // most two spaces or hyphens ("Box 12" and "n/a" are no code).
  const std::size_t length = s.end - s.start;
  if (length < 3 || length > 10 || digits < 2) return false;
  std::size_t gaps = 0;
  for (std::size_t k = s.start; k < s.end; ++k) {
    const char c = text[k];
    if (c == ' ' || c == '-') {
      ++gaps;
    } else if (!isDigit(c) && !isUpper(c)) {
      return false;
    }
  }
  return gaps <= 2;
}

// The category of an HL7 identifier type code (table 0203).
PhiCategory identifierType(std::string_view code, PhiCategory fallback) {
  if (code == "SS" || code == "SSN") return C::Ssn;
  if (code == "AN" || code == "AAN" || code == "VN" || code == "FI" || code == "ANON") return C::Account;
  if (code == "MB" || code == "MC" || code == "MA" || code == "SN" || code == "MCD" || code == "MCR" ||
      code == "HC" || code == "JHN" || code == "NH" || code == "PN" || code == "GN" ||
      // A national insurance number as a country's interface names its type: Hungary's TAJ
      // ("123 456 789^^^OEP^TAJ", seed 3636).
      code == "TAJ") {
    return C::HealthPlan;
  }
  if (code == "DL" || code == "NI" || code == "PPN" || code == "DN" || code == "LN" || code == "NPI" || code == "DEA" ||
      code == "SID") {
    return C::License;
  }
  if (code == "MR" || code == "PI" || code == "PT" || code == "MRN" || code == "PE" || code == "EMR") return C::Mrn;
  return fallback;
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

// ---- Columns named in a header ---------------------------------------------------------------


namespace {

// A header of an account's or a health plan's noun and a number word, its parts joined by "_"
// (`h` lowered and joined so by columnKind), or the bank's "iban" and "rib". (Not a visit's or an
// episode's: "visit_no" of a trial counts the visits.)
bool nounAndNumberHeader(std::string_view h, PhiCategory& category) {
  if (h == "iban" || h == "rib") {
    category = PhiCategory::Account;
    return true;
  }
  static constexpr std::string_view kAccount[] = {
      "invoice", "bill",    "receipt", "statement", "remittance", "admission", "encounter", "factura",
      "facture", "fatura",  "fattura", "factuur",   "rechnung",   "recibo",    "recu",      "cuenta",
      "compte",  "conta",   "konto",   "sejour",    "atendimento", "ingreso",  "ricovero",  "pratica",
      "claim",   "reclamo", "sinistre", "siniestro", "fall",      "aufnahme",  "kwitansi",  "tagihan"};
  static constexpr std::string_view kPlan[] = {
      "member",    "membership", "policy",    "subscriber", "insured",   "beneficiary", "afiliado", "afiliacion",
      "affiliation", "adherent", "assure",    "asegurado",  "beneficiario", "poliza",    "polizza",  "polis",
      "versicherten", "peserta", "affilie",   "segurado",   "carteirinha"};
  static constexpr std::string_view kNumber[] = {"no", "nr", "num", "number", "numero", "nro", "nummer", "id", "n"};
  bool number = false;
  PhiCategory found = PhiCategory::Mrn;
  bool noun = false;
  std::size_t parts = 0;
  for (std::size_t k = 0; k <= h.size() && parts < 4;) {
    std::size_t e = h.find('_', k);
    if (e == std::string_view::npos) e = h.size();
    const std::string_view part = h.substr(k, e - k);
    ++parts;
    if (listHas(kNumber, part)) {
      number = true;
    } else if (!noun && listHas(kAccount, part)) {
      noun = true;
      found = PhiCategory::Account;
    } else if (!noun && listHas(kPlan, part)) {
      noun = true;
      found = PhiCategory::HealthPlan;
    } else if (!(part == "de" || part == "du" || part == "da" || part == "do" || part == "of" || part == "di")) {
      return false;
    }
    k = e + 1;
  }
  if (!noun || !number || parts > 3) return false;
  category = found;
  return true;
}

}  // namespace

// A column of where a person lives as the exports and registers of other countries head it, in
// their languages, from the address down to the village: "Domicilio", "Adresse", "Endereço",
// "Kijiji", "Aldea", "Barangay", "Desa", "Địa chỉ", "home_village", "residence". (Not a district's
// or a region's column: those are larger than the towns HIPAA lists, and name the facility's area
// as often as the person's.)
bool worldAddressColumn(std::string_view h) {
  static constexpr auto kColumns = std::to_array<std::string_view>({
      "residence", "place_of_residence", "domicile", "home_village", "village_name", "home_address",
      "physical_address", "residential_address", "hamlet", "neighbourhood", "neighborhood", "suburb",
      "direccion", "direcci\u00f3n", "domicilio", "residencia", "localidad", "aldea", "vereda", "barrio",
      "colonia", "caserio", "caser\u00edo", "comunidad", "endereco", "endere\u00e7o", "morada", "bairro",
      "povoado", "adresse", "quartier", "localite", "localit\u00e9", "anschrift",
      "wohnort", "indirizzo", "residenza", "adres", "woonplaats", "alamat", "desa", "kelurahan", "dusun",
      "kampung", "barangay", "sitio", "purok", "tirahan", "\u0111\u1ecba_ch\u1ec9", "dia_chi",
      "th\u00f4n", "x\u00e3", "tambon", "kijiji", "anwani", "mtaa", "umudugudu", "kebele", "mahalla",
      "manzil", "adresa", "adresi", "ikamet",
      // (A Faroese register's "bústaður" (dwelling) and "heimstaður" (home), seed 3434.)
      "b\u00fasta\u00f0ur", "heimsta\u00f0ur",
      // (A community health programme's "community", where the family lives, as its "Community:"
      // label: "card_no,caregiver_name,...,community" over "...,Sunyani", Ghana, seed 3636.)
      "community",
      // The home's position in a household survey's export (ODK and KoBo name a geopoint question's
      // parts "_gps_latitude", "_gps_longitude"): a household's GPS is its address.
      "gps_lat", "gps_lon", "gps_lng", "gps_latitude", "gps_longitude", "home_gps", "household_gps", "hh_gps",
      "home_lat", "home_lon", "home_latitude", "home_longitude", "hh_lat", "hh_lon", "plus_code", "pluscode",
      "what3words"});
  return listHas(kColumns, h);
}

// The one-word labels of the keyword scan's tables that head a column, and their categories (the
// category's value plus one), hashed once: columnKind is asked of every short line a form may
// label, and walking the tables for each cost a twentieth of the rules' time.
//   - A column headed by a national label of another country ("NHIS", "BHYT", "NHC", "CPR"): the
//     label's category, as in prose (local_id_labels.cpp). ("tc" over a column is total
//     cholesterol.)
//   - A column headed by a world label that is no word or abbreviation of its own ("insz", "niss",
//     "pesel", "amka"): a register's export names its person-number column so. (A weak or
//     length-bound acronym, "ci" or "cc", may head a confidence interval or a volume.)
//   - So does a column headed by a bill's, a stay's or an account's compound ("rechnungsnummer",
//     "fallnummer", "kontonummer", "nosologico").
// The first table that has the word decides, as the tables were asked in that order.
const FlatWordTable& oneWordLabelColumns() {
  static const FlatWordTable table = [] {
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    auto known = [&](std::string_view w) {
      return std::any_of(entries.begin(), entries.end(), [&](const auto& e) { return e.first == w; });
    };
    auto put = [&](std::string_view w, PhiCategory c) {
      if (!known(w)) entries.emplace_back(w, static_cast<std::uint32_t>(c) + 1);
    };
    for (const LocalIdLabel& label : localIdLabels()) {
      if (label.size() == 1 && label.category != C::Vehicle && label.words[0] != "tc") put(label.words[0], label.category);
    }
    for (const LocalIdLabel& label : worldIdLabels()) {
      if (label.size() == 1 && !label.weak && label.minDigits == 0 && label.category != C::Vehicle &&
          label.words[0].size() >= 4) {
        put(label.words[0], label.category);
      }
    }
    for (const LocalIdLabel& label : accountPlanLabels()) {
      if (label.size() == 1 && !label.weak && label.words[0].size() >= 4) put(label.words[0], label.category);
    }
    return FlatWordTable(entries);
  }();
  return table;
}

// The header word's category: "mrn", "dob", "zip", "home_phone", "admit_date", "last_name".
ColumnKind columnKind(std::string_view header) {
  // A JSON key in camel case is split where its words meet: "claimNumber" as "claim_number".
  std::string h;
  char previous = 0;
  for (char c : header) {
    if (isUpper(c) && isLower(previous)) h.push_back('_');
    if (isWordByte(c)) h.push_back(lowerAscii(c));
    else if (!h.empty() && h.back() != '_') h.push_back('_');
    previous = c;
  }
  while (!h.empty() && h.back() == '_') h.pop_back();
  auto is = [&](std::string_view w) { return h == w; };
  auto has = [&](std::string_view w) { return h.find(w) != std::string::npos; };
  auto ends = [&](std::string_view w) { return h.ends_with(w); };
  if (is("mrn") || has("medical_record") || is("mr") || is("med_rec") || is("chart") || is("chart_no") ||
      is("patient_id") || is("pt_id") || ends("_mrn") || is("accession") || is("mrn_no") || is("ur") ||
      is("ur_no") || is("urn") || is("nhi") || is("nhi_ur") || is("hosp_no") || is("hospital_no") ||
      // (A trainee's logbook heads the hospital number "MR No", a Dutch audit "patientnr", seed
      // 3535.)
      is("mr_no") || is("mr_number") || is("mrno") || is("patientnr") || is("pati\u00ebntnr") ||
      is("patientnummer") || is("pati\u00ebntnummer") || is("pat_nr")) {
    return {Column::Category, C::Mrn};
  }
  // An ODK form's export keys each submission, one patient's, by "uuid:" and its UUID under the
  // column "KEY" (or the instance id of the submission's metadata), seed 3535.
  if (is("key") || is("instanceid") || is("instance_id") || is("meta_instanceid") || is("meta_instance_id")) {
    return {Column::SubmissionKey, C::Mrn};
  }
  // The NHS number keys a person's records across the UK's services: ten digits, written 3-3-4
  // like a North American phone ("nhs_number" over "485 777 3456").
  if (is("nhs") || is("nhs_no") || is("nhs_number") || is("nhs_num")) return {Column::Category, C::Mrn, 10, 10};
  // Other numbers of the person that the labels of prose read as record numbers (scan_identifiers.cpp):
  // a research or registry participant's ("participant_id,last,first" over "RR-00910-I,Doe,Jane"),
  // a health record's, an inmate's or a booking's.
  if (is("participant_id") || is("participant_no") || is("subject_id") || is("subject_no") || is("registry_id") ||
      is("enrollment_id") || is("enrolment_id") || is("hrn") || is("emrn") || is("inmate_id") || is("inmate_no") ||
      is("booking_no") || is("booking_number") ||
      // A trial's screening log numbers each person screened before enrolment: "Screen no. | Name".
      is("screen_no") || is("screening_no") || is("screening_number") || is("screening_id") || is("screen_id") ||
      // REDCap names the participant's key "record_id" in every export.
      is("record_id") ||
      // The personal number a register keys the person on, as the label "personal number" is
      // (Georgia, Kosovo, Albania): "screening_no,name,personal_no,dob".
      is("personal_no") || is("personal_number")) {
    return {Column::Category, C::Mrn};
  }
  // A research log's first column is the participant, headed by the bare word: "Subject | Date |
  // Description", "Participant | Visit | Amount".
  // (REDCap's survey invitation log heads it "record": "record,participant_email,sent", seed 3535.)
  if (is("subject") || is("participant") || is("subject_participant") || is("record")) {
    return {Column::Participant, C::Mrn};
  }
  if (is("acct") || is("account") || has("account_") || ends("_account") || is("fin") || is("csn") ||
      is("encounter") || is("encounter_id") || is("visit_id") || is("claim_id") || is("acct_no") ||
      is("claim_no") || is("claim_number") || is("claim")) {
    return {Column::Category, C::Account};
  }
  // A bill's, a stay's or an insured person's number in any language, a noun and a number word:
  // "invoice_no", "numero_factura", "nro_recibo", "receipt_id", "admission_number", "affiliate_no",
  // "numero_poliza"; and the bank's own names, "iban", "rib".
  if (PhiCategory named = C::Mrn; nounAndNumberHeader(h, named)) return {Column::Category, named};
  // A registry's export keys each abstract by its case: "case_no,last,first,dob" over
  // "21-070293,Doe,Jane" (the file kept on the person, an account, as recent families count
  // registry and agency case files; a pathology "Case" in prose stays a record number).
  // (A case of one or two digits is the row's count in a line list, "case_no,name,mrn" over "1,
  // ...", "2, ...": no file.)
  if (is("case_no") || is("case_number") || is("case_id") || is("registry_case")) return {Column::Category, C::Account, 3, 40};
  // (A registry upload heads the full number by what it keeps of it: "ssn_last9", seed 3434.)
  if (is("ssn") || ends("_ssn") || is("ssn_last9") || is("ssn_no") || is("ssn_number")) return {Column::Category, C::Ssn};
  if (is("dob") || is("date") || ends("_date") || ends("_dt") || is("birth_date") || is("date_of_birth") ||
      is("birthdate") || is("dod") || is("admitted") || is("discharged")) {
    return {Column::Category, C::Date};
  }
  // Exports of other countries head a date column in their language: Dutch and German compounds
  // of "datum" ("geboortedatum", "opnamedatum", "Geburtsdatum"), "fecha_nacimiento",
  // "date_naissance", "data_nascimento", "datum_rodjenja".
  if (is("datum") || ends("datum") || h.starts_with("datum_") || is("fecha") || h.starts_with("fecha_") ||
      is("date_naissance") || is("date_de_naissance") || h.starts_with("data_nasc") ||
      is("data_de_nascimento")) {
    return {Column::Category, C::Date};
  }
  // ("postcode": a REDCap export's column, of five or nine digits where the code is a ZIP.)
  if (is("zip") || is("zipcode") || is("zip_code") || is("postal_code") || ends("_zip") || is("postcode") ||
      is("post_code") || is("postalcode")) {
    return {Column::Category, C::Zip};
  }
  if (is("phone") || ends("_phone") || is("telephone") || is("tel") || is("mobile") || is("cell") ||
      is("contact_phone") || is("phone_number")) {
    return {Column::Category, C::Phone};
  }
  // (Exports in other languages: Spanish, Portuguese, Italian, French, German, Dutch, Polish,
  // Indonesian and Vietnamese phone columns, "telefono", "tel_movil", "celular", "handy", "no_hp".)
  if (is("telefono") || is("tel\u00e9fono") || is("telefone") || is("telefon") || is("t\u00e9l\u00e9phone") ||
      is("t\u00e9l") || is("telefonnummer") || is("telefoonnummer") || is("movil") || is("m\u00f3vil") ||
      is("celular") || is("cellulare") || is("portable") || is("handy") || is("mobil") || is("mobiel") ||
      is("gsm") || is("whatsapp") || is("no_hp") || is("nomor_hp") || is("telp") || is("no_telp") || is("sdt") ||
      is("numero_telefono") || is("numero_de_telefono") || is("num_tel") || is("tel_movil") || is("tel_fijo") ||
      is("telefono_movil") || is("telefono_fijo") || is("telefono_celular")) {
    return {Column::Category, C::Phone};
  }
  if (is("fax") || ends("_fax") || is("telefax") || is("faks") || is("telecopie") || is("t\u00e9l\u00e9copie")) {
    return {Column::Category, C::Fax};
  }
  // (The age column beside them in the same exports, so that a table of "telefono,nombre,edad" is
  // read as one; the name columns of those languages are read with the others below.)
  if (is("edad") || is("idade") || is("\u00e2ge") || is("et\u00e0") || is("leeftijd") || is("wiek")) {
    return {Column::Age, C::Age};
  }
  if (is("email") || ends("_email") || is("e_mail")) return {Column::Category, C::Email};
  if (is("address") || is("street") || is("addr") || is("address1") || is("address_1") || is("street_address") ||
      is("city") || is("locality") || is("town") || is("village") || is("address2") || is("address_2") ||
      (ends("_address") && !has("email") && !is("ip_address") && !is("mac_address")) || ends("_street") || ends("_city") ||
      worldAddressColumn(h)) {
    return {Column::Category, C::Address};
  }
  if (is("member_id") || is("subscriber_id") || is("policy") || is("policy_no") || is("policy_number") || is("mbi") ||
      is("medicaid_id") || is("medicare_id") || is("insurance_id") || is("ins") || is("ins_id") ||
      is("plan_id") || is("group_no") || is("health_card") ||
      // (An insurance card's number as an e-prescription's XML names it, "<InsuranceCard>", seed 3434.)
      is("insurance_card") || is("insurancecard") || is("insurance_card_no") || is("insurance_card_number") ||
      // A national plan's column is headed by the plan's name: "patient,medicare" over "3047 64733 1".
      is("medicare") || is("medicaid") || is("medicare_no") || is("medicaid_no") || is("medicare_number")) {
    return {Column::Category, C::HealthPlan};
  }
  // A device's or a vehicle's own key: "device_id=RHL9297243", "serial_no", "imei", "vin", "plate",
  // "Device SN".
  // A bare "device" column names the model ("Pacemaker 2019"), not its serial.
  if (is("device_id") || is("device_serial") || is("serial") || is("serial_no") || is("serial_number") ||
      is("sn") || is("imei") || is("udi") || ends("_serial") || ends("_sn") || is("unit_id") || is("transmitter_id") ||
      is("sensor_id") ||
      // (And in other languages: "numero_serie", "n_serie", "seriennummer", "numer_seryjny",
      // "nomor_seri"; a hardware address, "mac_address".)
      is("numero_serie") || is("numero_de_serie") || is("num_serie") || is("n_serie") || is("no_serie") ||
      is("nro_serie") || is("n\u00famero_de_serie") || is("n\u00famero_de_s\u00e9rie") ||
      is("num\u00e9ro_de_s\u00e9rie") || is("numero_di_serie") || is("seriennummer") || is("serienummer") ||
      is("numer_seryjny") || is("nomor_seri") || is("seri_no") || is("mac_address")) {
    return {Column::Category, C::Device};
  }
  // The identity document's number of a person's record: "idNo" (read as "idno"), "id_number",
  // "passportNo" (an insurer's or a travel agency's export; the record's own key is "id" or
  // "patient_id").
  if (is("dl") || is("dl_no") || is("dl_number") || is("drivers_license") || is("driver_license") ||
      is("drivers_licence") || is("driver_licence") || is("idno") || is("id_no") || is("id_number") ||
      is("national_id") || is("passport") || is("passport_no") || is("passport_number") ||
      // (An identity card's, as XML and JSON name it: "<IDCard>", "idCardNo", "identity_card".)
      is("idcard") || is("id_card") || is("id_card_no") || is("id_card_number") || is("idcard_no") ||
      is("identity_card") || is("identity_card_no") || is("national_id_card") || is("national_id_no")) {
    return {Column::Category, C::License};
  }
  if (is("vin") || is("plate") || is("license_plate") || is("plate_no")) return {Column::Category, C::Vehicle};
  if (is("age")) return {Column::Age, C::Age};
  // A column headed by a one-word label of the keyword scan's tables (oneWordLabelColumn).
  if (const std::uint32_t found = oneWordLabelColumns().find(h); found != 0) {
    return {Column::Category, static_cast<PhiCategory>(found - 1)};
  }
  if (is("last") || is("first") || is("last_name") || is("first_name") || is("lastname") || is("firstname") ||
      is("name") || is("patient_name") || is("patient") || is("middle_name") || is("surname") ||
      is("given_name") || is("family_name") ||
      // The people of a visit or a contact list: "visit_date,clinician,patient,...", "contact,relation".
      is("clinician") || is("provider") || is("provider_name") || is("nurse") || is("staff") || is("caregiver") ||
      is("contact") || is("contact_name") || is("guardian") || is("member_name") || is("resident_name") ||
      is("client") || is("client_name") || is("participant_name") || is("full_name") || is("emergency_contact") ||
      // (The person's name as registers of other languages head it, beside their address columns:
      // "Nombre,Edad,Domicilio", "Nom;Âge;Domicile", "Jina | Umri | Kijiji", "Nama,Umur,Alamat".)
      is("nombre") || is("nombre_completo") || is("apellidos") || is("nom") || is("nom_complet") ||
      is("prenom") || is("nome") || is("nome_completo") || is("jina") || is("nama") || is("nama_lengkap") ||
      is("pangalan") || is("ho_ten") || is("apellido") || is("sobrenome") || is("cognome") || is("pr\u00e9nom") ||
      is("vorname") || is("nachname") || is("voornaam") || is("achternaam") || is("imi\u0119") || is("nazwisko") ||
      // (A household register's people: "household_id,head_name,village,gps_lat,gps_lon".)
      is("head_name") || is("hh_head") || is("household_head") || is("head_of_household") || is("mother_name") ||
      is("mothers_name") || is("father_name") || is("child_name") || is("respondent_name") || is("caregiver_name") ||
      // (A trainee's logbook export: the supervisor, the trainee and the patient's initials, seed 3535.)
      is("supervisor") || is("trainee") || is("patient_initials") || is("initials")) {
    return {Column::Name, C::Name};
  }
  return worldColumnKind(h);
}

// A North American phone: ten digits (eleven with a leading 1) in groups of 3-3-4 joined by
// spaces, dashes, dots, slashes or an area code in brackets, or any number starting with "+".
bool phoneShaped(std::string_view v) {
  if (v.empty()) return false;
  if (v.front() == '+' || v.front() == '(') return true;
  std::array<std::size_t, 5> groups{};
  std::size_t count = 0;
  std::size_t run = 0;
  for (char c : v) {
    if (isDigit(c)) {
      ++run;
    } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') {
      if (run > 0) {
        if (count == groups.size()) return false;
        groups[count++] = run;
      }
      run = 0;
    } else {
      return false;
    }
  }
  if (run > 0) {
    if (count == groups.size()) return false;
    groups[count++] = run;
  }
  const std::size_t first = count == 4 && groups[0] == 1 ? 1 : 0;
  return count - first == 3 && groups[first] == 3 && groups[first + 1] == 3 && groups[first + 2] == 4;
}

// A seven-digit local number, the exchange starting with 2-9: "523-0083", "211 7806", "479.4396".
bool localPhoneShaped(std::string_view v) {
  return v.size() == 8 && digitRun(v, 0) == 3 && v[0] >= '2' && (v[3] == '-' || v[3] == ' ' || v[3] == '.') &&
         digitRun(v, 4) == 4;
}

// A date cell's own trailing punctuation is outside it ("14 March 2024.").
Span trimDateEnd(std::string_view text, Span c) {
  while (c.end > c.start && (text[c.end - 1] == '.' || text[c.end - 1] == ',')) --c.end;
  return c;
}

// The date of a date cell: up to a time after a space ("2024-03-14 09:30", "14 March 2024 9:30")
// or "T". A date written in words keeps its spaces ("2nd May, 2023", "13 February 1962").
Span dateCell(std::string_view text, Span c) {
  for (std::size_t k = c.start; k < c.end; ++k) {
    if (text[k] == 'T' && k > c.start && isDigit(text[k - 1])) return {c.start, k};
    if (text[k] != ' ') continue;
    const std::size_t run = digitRun(text, k + 1);
    const bool timeAfter = run >= 1 && run <= 2 && k + 1 + run < c.end && text[k + 1 + run] == ':';
    if (timeAfter || !hasLetter(text, c)) return trimDateEnd(text, {c.start, k});
  }
  return trimDateEnd(text, c);
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
      // ("(household)", "(none)": a note in parentheses in a name column is no name.)
      if (hasLetter(text, c) && countDigits(text, c) == 0 && text[c.start] != '(') add(out, c, C::Name);
      // A "contact" column holds the number to call as often as the person: "...,CANC-PT,523-0083".
      if ((phoneShaped(v) && countDigits(text, c) >= 10) || localPhoneShaped(v)) add(out, c, C::Phone);
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
    case Column::Participant: {
      // One word with digits ("104-017", "S-0042"), not a subject line ("Re: visit 5 window").
      const std::string_view v2 = text.substr(c.start, c.end - c.start);
      if (identifierValue(text, c) && v2.find(' ') == std::string_view::npos && v2.find(':') == std::string_view::npos &&
          !phoneShaped(v2)) {
        add(out, c, C::Mrn);
      }
      return;
    }
    case Column::SubmissionKey: {
      // "uuid:69585208-bcad-15a6-235e-15f7d7c14a56": the UUID after its scheme, 36 characters.
      constexpr std::string_view kScheme = "uuid:";
      if (c.end - c.start == kScheme.size() + 36 && text.substr(c.start, kScheme.size()) == kScheme) {
        add(out, {c.start + kScheme.size(), c.end}, C::Mrn);
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
      if (postcodeValue(text, c)) add(out, c, C::Zip);
      return;
    case C::Address:
      // (A place of care's word alone is where a visit was, no home: "Date | Community | Dx" over
      // "week 2 | Clinic | malaria".)
      for (std::string_view care : {"clinic", "hospital", "dispensary", "pharmacy"}) {
        if (equalsCaseless(v, care)) return;
      }
      [[fallthrough]];
    case C::Email: {
      // (Or a degree of a household's GPS column, "-3.6305": a sign, up to three digits, a point
      // and three decimals or more.)
      std::size_t k = c.start + (text[c.start] == '-' || text[c.start] == '+' ? 1 : 0);
      const std::size_t whole = digitRun(text, k);
      k += whole;
      const bool degree = kind.category == C::Address && whole >= 1 && whole <= 3 && k < c.end && text[k] == '.' &&
                          digitRun(text, k + 1) >= 3 && k + 1 + digitRun(text, k + 1) == c.end;
      if (hasLetter(text, c) || degree) add(out, c, kind.category);
      return;
    }
    default:
      // A column headed by a label that bounds its number's digits reads only such a number.
      if (kind.maxDigits > 0 && (digits < kind.minDigits || digits > kind.maxDigits)) return;
      // A phone printed under an identifier column is a misaligned row's phone, not a record
      // number: "(481) 390-4140", "+1-716-251-6473", "1 (547) 995-9233", "453-706-6271".
      // (Unless the column's label fixes the number's length, as the NHS number's ten digits.)
      if (digits > 0 && ((kind.minDigits > 0 && kind.minDigits == kind.maxDigits) ||
                         !phoneShaped(text.substr(c.start, c.end - c.start)))) {
        add(out, c, kind.category);
      }
      return;
  }
}

}  // namespace structured

void scanStructuredRecords(const ScanInput& in, Candidates& out) {
  using namespace structured;
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
  // Rows pasted from a spreadsheet are joined by tabs.
  if (text.find('\t') != std::string_view::npos) readCsv(in, out, '\t');
  // Spreadsheets of countries whose decimal mark is the comma export with semicolons
  // ("patient_id;naam;geboortedatum;insz;tel"); prose puts a space after its semicolons.
  for (std::size_t semi = text.find(';'); semi != std::string_view::npos; semi = text.find(';', semi + 1)) {
    if (semi + 1 < text.size() && text[semi + 1] != ' ' && text[semi + 1] != '\n') {
      readCsv(in, out, ';');
      break;
    }
  }
  readLabelledCities(text, out);
  // Labels and values as two cells: two-column rows and a label's line over its value's
  // (scan_label_values.cpp).
  readLabelValues(text, out);
  // Contact cards need their opening line (scan_vcard.cpp).
  if (text.find("VCARD") != std::string_view::npos || text.find("vcard") != std::string_view::npos) readVcards(text, out);
  // Key=value dumps need "=" (scan_key_values.cpp).
  if (text.find('=') != std::string_view::npos) readKeyValues(text, out);
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
