// HL7 v2 segments read by field position (see scan_structured.cpp for the whole picture): the
// standard fields of MSH, EVN, PID, NK1, PV1, IN1, GT1, MRG, ORC, OBR and OBX, and the dates of
// referrals (RF1), documents (TXA), appointments (SCH, AIS, AIP, AIL) and roles (ROL); person
// names of PID-5, NK1-2, IN1-16, GT1-3, PV1-7/8/9, PD1-4, PRD-2, TXA, ORC, OBR-16, AIP-3 and
// ROL-4 in their own functions (hl7PersonNames).
#include <array>
#include <string>
#include <vector>

#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail::structured {

namespace {

using C = PhiCategory;

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
    // The postcode of an address outside the US (a country code other than the US's in XAD-6)
    // locates the person as the street and town do: an address ("Gjakovë^^50000^XK",
    // "Tasiilaq^^3913^GL"). A US ZIP, or one with no country, stays a zip.
    if (comps.size() > 5) {
      const Span zip = trim(text, comps[4]);
      const Span country = trim(text, comps[5]);
      const std::string_view code = text.substr(country.start, country.end - country.start);
      const std::size_t digits = countDigits(text, zip);
      if (!code.empty() && code != "US" && code != "USA" && code != "840" && digits >= 3 &&
          zip.end - zip.start <= 10) {
        add(out, zip, C::Address);
        for (std::size_t c = 5; c < comps.size(); ++c) veto(out, comps[c]);
        veto(out, comps[3]);
        continue;
      }
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
      // The structured form "^PRN^PH^^268^7612^3456": country code (XTN-5), area or city code
      // (XTN-6) and local number (XTN-7) make one number of seven digits or more together,
      // however a country splits its digits between them.
      const Span country = trim(text, comps[4]);
      const Span area = trim(text, comps[5]);
      const Span local = trim(text, comps[6]);
      const std::size_t together = countDigits(text, country) + countDigits(text, area) + countDigits(text, local);
      if (countDigits(text, local) > 0 && together >= 7 && together <= 15) {
        add(out, {!country.empty() ? country.start : !area.empty() ? area.start : local.start, local.end}, category);
      }
    }
    for (const Span& c : comps) {
      if (c.start != comps[0].start) {
        const Span part = trim(text, c);
        // XTN-4 is the e-mail address of a "NET" repetition ("^NET^Internet^a.b@example.net").
        if (text.substr(part.start, part.end - part.start).find('@') != std::string_view::npos) {
          add(out, part, C::Email);
        } else if (countDigits(text, part) == 0) {
          veto(out, part);  // "PRN", "PH", "NET"
        }
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
  static constexpr std::array<std::string_view, 29> kSegments = {
      "MSH", "EVN", "PID", "PD1", "NK1", "PV1", "PV2", "IN1", "IN2", "GT1", "MRG", "ORC", "OBR", "OBX", "AL1",
      "DG1", "RXA", "PRD", "RF1", "TXA", "SCH", "AIS", "AIP", "AIL", "ROL", "MSA", "MFI", "MFE", "LOC"};
  for (std::string_view s : kSegments) {
    if (name == s) return true;
  }
  return false;
}

// The short patient line of an analyser's upload, "PID|id|FAMILY^GIVEN|YYYYMMDD|sex": the
// patient's number where HL7 puts the set ID, the name and the date of birth right after it. Told
// from a standard PID by a first field no set ID is (more than four characters), a caret name of
// letters in the second and a date of eight digits or more in the third.
bool condensedPatientLine(std::string_view text, const std::vector<Span>& f) {
  if (f.size() < 4 || f.size() > 8) return false;
  const Span id = trim(text, f[1]);
  const Span name = trim(text, f[2]);
  const Span dob = trim(text, f[3]);
  if (id.end - id.start <= 4 || !identifierValue(text, id)) return false;
  if (!hasLetter(text, name) || countDigits(text, name) > 0 ||
      text.substr(name.start, name.end - name.start).find('^') == std::string_view::npos) {
    return false;
  }
  return dob.end - dob.start >= 8 && digitRun(text, dob.start) >= 8;
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
    // An acknowledgement (MSH-9 "ACK^A01") answers a message and carries no patient: its time is
    // the machine's, no date of a person ("MSH|^~\&|LAB|GEN HOSP|HIS|GEN HOSP|19580412|||ACK^A01",
    // seed 3838; its type read one field later when MSH-9 is left empty, as that header does).
    Span type = trim(text, field(8));
    if (type.empty()) type = trim(text, field(9));
    if (type.end - type.start >= 3 && text.substr(type.start, 3) == "ACK") {
      const Span stamp = trim(text, field(6));
      if (stamp.end - stamp.start >= 8) veto(out, {stamp.start, stamp.start + 8});
    } else {
      addTimestamp(text, field(6), out);                                               // MSH-7
    }
  } else if (name == "MFI" || name == "MFE" || name == "LOC") {
    // A master file's update of a location (MFN^M05): the clinic's own name and address, no
    // patient's (seed 3434).
    for (std::size_t n = 1; n < f.size(); ++n) vetoField(text, field(n), out);
  } else if (name == "MSA") {
    // An acknowledgement quotes the control id of the message it answers (MSA-2), as MSH-10 is
    // the message's own: no number of the patient (seed 3434).
    vetoField(text, field(2), out);
  } else if (name == "EVN") {
    vetoField(text, field(1), out);
    addTimestamp(text, field(2), out);
    addTimestamp(text, field(3), out);
    addTimestamp(text, field(6), out);
  } else if (name == "PID" && condensedPatientLine(text, f)) {
    addIdentifierList(text, field(1), C::Mrn, out);
    addTimestamp(text, field(3), out);
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
    // Senders that shift PV1 by one write the visit number in PV1-18 or PV1-20 (patient type and
    // financial class, otherwise short codes): one of six digits or more there is the visit's.
    if (trim(text, field(19)).empty()) {
      for (std::size_t n : {18, 20}) {
        const Span v = trim(text, split(text, field(n), '^')[0]);
        if (countDigits(text, v) >= 6 && identifierValue(text, v)) add(out, v, C::Account);
      }
    }
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
    } else {
      // Senders that shift IN1 by two write the policy number in IN1-34 (lifetime reserve days,
      // otherwise a count of a few digits); one of six digits or more there, or in IN1-33 or
      // IN1-37, is the policy's.
      for (std::size_t n : {34, 33, 37}) {
        const Span v = trim(text, field(n));
        if (countDigits(text, v) >= 6 && identifierValue(text, v) && text.substr(v.start, v.end - v.start).find('^') == std::string_view::npos) {
          add(out, v, C::HealthPlan);
          break;
        }
      }
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
    vetoField(text, field(2), out);
    vetoField(text, field(3), out);
    addTimestamp(text, field(9), out);
  } else if (name == "OBR") {
    // The placer's and the filler's order numbers (OBR-2, OBR-3) number the order, not the patient.
    // An analyser's condensed line ("OBR|id|202407011913|CREA 1.8 ...", a handful of fields) puts
    // the collection time where the placer's number would be: a time stamp of twelve or fourteen
    // digits there is the specimen's day.
    const Span placer = trim(text, field(2));
    const std::size_t placerLength = placer.end - placer.start;
    if (f.size() <= 8 && (placerLength == 12 || placerLength == 14) && digitRun(text, placer.start) == placerLength) {
      addTimestamp(text, field(2), out);
    } else {
      vetoField(text, field(2), out);
    }
    vetoField(text, field(3), out);
    addTimestamp(text, field(6), out);
    addTimestamp(text, field(7), out);
    addTimestamp(text, field(8), out);
    addTimestamp(text, field(14), out);
    addTimestamp(text, field(22), out);
  } else if (name == "OBX") {
    addTimestamp(text, field(14), out);
  } else if (name == "RXA") {
    // An immunisation message's (VXU) administration: RXA-3 and RXA-4 are when the patient got
    // the dose. The lot (RXA-15) and its expiry (RXA-16) are the vial's, not the patient's.
    addTimestamp(text, field(3), out);
    addTimestamp(text, field(4), out);
    vetoField(text, field(15), out);
  } else if (name == "PD1" || name == "PV2" || name == "IN2" || name == "AL1" || name == "DG1" || name == "PRD") {
    vetoField(text, field(1), out);
  } else if (name == "RF1") {
    // A referral's effective, expiration and process dates.
    for (std::size_t n : {7, 8, 9}) addTimestamp(text, field(n), out);
  } else if (name == "TXA") {
    // A document's activity, origination, transcription and edit dates (TXA-4, 6, 7, 8).
    vetoField(text, field(2), out);
    for (std::size_t n : {4, 6, 7, 8}) addTimestamp(text, field(n), out);
  } else if (name == "SCH") {
    // An appointment's start in its timing (SCH-11, component 4: "^^20^202403220915").
    const std::vector<Span> timing = split(text, field(11), '^');
    if (timing.size() > 3) addTimestamp(text, timing[3], out);
  } else if (name == "AIS" || name == "AIL") {
    addTimestamp(text, field(4), out);
  } else if (name == "AIP") {
    addTimestamp(text, field(6), out);
  } else if (name == "ROL") {
    addTimestamp(text, field(5), out);
    addTimestamp(text, field(6), out);
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
  if (name == "PID" && condensedPatientLine(text, f)) {
    addPersonNames(text, field(2), false, out);
  } else if (name == "PID") {
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
  } else if (name == "PD1") {
    addPersonNames(text, field(4), true, out);  // the patient's primary care doctor
  } else if (name == "PRD") {
    addPersonNames(text, field(2), false, out);  // a referral's provider (XPN)
  } else if (name == "TXA") {
    // A document's primary activity provider, originator, assigned and transcriptionist, and
    // authenticator.
    for (std::size_t n : {5, 9, 10, 11, 22}) addPersonNames(text, field(n), true, out);
  } else if (name == "ORC") {
    for (std::size_t n : {10, 11, 12}) addPersonNames(text, field(n), true, out);  // entered, verified, ordered by
  } else if (name == "OBR") {
    addPersonNames(text, field(16), true, out);  // the ordering provider
  } else if (name == "AIP" || name == "ROL") {
    addPersonNames(text, field(name == "AIP" ? 3 : 4), true, out);  // an appointment's or a role's person
  }
}

}  // namespace

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

}  // namespace concord::phi::detail::structured
