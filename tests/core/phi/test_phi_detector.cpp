// Per-category detection tests: each row says which substring must be found, and as what.
// The negative rows are clinical text that looks like PHI to a careless scanner.
#include <QtTest>

#include <algorithm>
#include <set>
#include <string>

#include "concord/phi/detector.h"

using namespace concord::phi;

namespace {

std::string describe(std::string_view text, const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    out += std::string(categoryName(f.category)) + "='" + std::string(text.substr(f.start, f.end - f.start)) + "' ";
  }
  return out.empty() ? "(none)" : out;
}

// The check of a positive row: the first occurrence of `expected` in `text` is a finding of
// exactly that span and category.
void verifyExpectedFinding(const QString& text, const QString& expected, const QString& category) {
  const std::string utf8 = text.toStdString();
  const std::string want = expected.toStdString();
  const std::size_t start = utf8.find(want);
  QVERIFY2(start != std::string::npos, "test row is inconsistent");
  const std::vector<Finding> findings = detectPhiBytes(utf8);
  bool found = false;
  for (const Finding& f : findings) {
    found = found || (f.start == start && f.end == start + want.size() && categoryName(f.category) == category.toStdString());
  }
  QVERIFY2(found, ("expected " + category.toStdString() + "='" + want + "', got " + describe(utf8, findings)).c_str());
}

// Look-alike rows that the learned name model (core/phi/name_model.h) still reads as names,
// though the rules alone do not: known false positives of the model, listed so that each is
// seen in the test output (QEXPECT_FAIL) and the list fails the test once one is mended (XPASS).
// Most are single sentences with no context around the word; docs/phi.md, "The name model".
const std::set<std::string> kKnownNameModelFalsePositives = {
    "credential and count in a column",              // "Signed   Lee, MD"
    "assistant's credential after to",               // "Referred to Lee, PA."
    "places after visited, from and to",             // "visited Boston"
    "walker after w/",                               // "W/ WALKER"
    "abbreviations in a field",                      // "*** FALLS, SYNCOPE ***"
    "things that pass or live",                      // "Keppra has had no effect"
};

// The check of a look-alike row: no finding at all, by the rules alone and by the whole detector.
void verifyNoFinding(const QString& text) {
  const std::string utf8 = text.toStdString();
  const std::vector<Finding> byRules = detectPhiBytesByRules(utf8);
  QVERIFY2(byRules.empty(), ("unexpected findings of the rules: " + describe(utf8, byRules)).c_str());
  const std::vector<Finding> findings = detectPhiBytes(utf8);
  const char* tag = QTest::currentDataTag();
  if (tag != nullptr && kKnownNameModelFalsePositives.contains(tag)) {
    QEXPECT_FAIL(tag, "a known false positive of the name model", Continue);
  }
  QVERIFY2(findings.empty(), ("unexpected findings: " + describe(utf8, findings)).c_str());
}

}  // namespace

class PhiDetectorTest : public QObject {
  Q_OBJECT
 private slots:
  void findsEachCategory_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    // Names
    row("title", "Seen today by Dr. Okonkwo for follow-up.", "Okonkwo", "name");
    row("title full name", "Mrs. Halvorsen-Pike reports less pain.", "Halvorsen-Pike", "name");
    row("label", "Patient: Ingrid Vasquez\nDOB: 01/02/1950", "Ingrid Vasquez", "name");
    row("label all caps inverted", "PATIENT: OKAFOR, NGOZI\nAGE: 70", "OKAFOR, NGOZI", "name");
    row("signature credential", "Electronically signed: Tobias R. Lindqvist, MD", "Tobias R. Lindqvist", "name");
    row("signed by", "Note dictated by Priyanka Raman on the ward.", "Priyanka Raman", "name");
    row("relation", "Her daughter Marisol will bring the medication list.", "Marisol", "name");
    row("table full name", "Michael Thompson presented with chest pain.", "Michael Thompson", "name");
    row("table all caps", "MARIA GONZALEZ WAS ADMITTED OVERNIGHT.", "MARIA GONZALEZ", "name");
    row("propagated", "Mr. Adeyemi was admitted. Later ADEYEMI ate lunch.", "ADEYEMI", "name");
    row("cc list", "cc: Dr. Brandt, Lucia Ferreira and Tomasz Wiecek", "Tomasz Wiecek", "name");
    row("unicode", "Patient: José Müller", "José Müller", "name");
    // Cue inventory (scan_name_cues.cpp): role nouns, phrases, "<participle> by".
    row("agent of participle", "Dressing changed by Saoirse Romanov at noon.", "Saoirse Romanov", "name");
    row("role noun", "Transport tech Kwabena Mensah assisted with the transfer.", "Kwabena Mensah", "name");
    row("pt without colon", "Pt Dagny Eriksdottir seen in triage.", "Dagny Eriksdottir", "name");
    row("role noun parenthesised", "Husband (Dariusz) at bedside.", "Dariusz", "name");
    row("kin noun with word name", "Lives with her son June in town.", "June", "name");
    row("strong cue with word name", "Surgeon: June K. Price", "June K. Price", "name");
    row("inverted caps after weak cue", "Patient WILSON, YEVGENIA connected by video.", "WILSON, YEVGENIA", "name");
    // Staff lists with dashes, in-law kin, message headers, lower-case notes, particles, possessives.
    row("dash label inverted", "Primary RN - Khoury, Seydou   Case Manager - Young, Itzel F., RN", "Khoury, Seydou", "name");
    row("dash label inverted 2", "Primary RN - Khoury, Seydou   Case Manager - Young, Itzel F., RN", "Young, Itzel F.", "name");
    row("in-law kin", "Consent given at the request of his sister-in-law, Sanne.", "Sanne", "name");
    row("godchild kin", "Pt's goddaughter Rusty at bedside.", "Rusty", "name");
    row("prayed with", "Prayed with patient and Dawit before surgery.", "Dawit", "name");
    row("message header", "From: Quarshie, Abena\nSent: Monday", "Quarshie, Abena", "name");
    row("lower case after dr", "pt seen w/ dr okonkwo this am", "okonkwo", "name");
    row("lower case after pt", "pt abena subramaniam seen this am", "abena subramaniam", "name");
    row("lower case after kin", "seen this am, son fernando at bs.", "fernando", "name");
    row("lower case unlisted after kin", "seen this am, son ciaran at bs.", "ciaran", "name");
    row("lower case after colon", "Cosigned: catalina keita pgy2", "catalina keita", "name");
    row("lower case particles", "seen w/ dr van den heuvel this am", "van den heuvel", "name");
    row("leading particle after title", "Routed to Dr. ter Horst for review.", "ter Horst", "name");
    row("lone particle name after title", "Sending: Dr. Le   Report called", "Le", "name");
    row("possessive lone name", "Remote transmission from Chukwuemeka's ICD received.", "Chukwuemeka", "name");
    row("age after lone name", "WELL CHILD VISIT Ludmila is a 9-month-old here with mom.", "Ludmila", "name");
    row("signed out by", "Electronically signed out by Farhan B. van der Berg, M.D., on 3/28/2020", "Farhan B. van der Berg", "name");
    row("name before pcp role", "Taras asked that Salma R. Oyelaran, his PCP, be updated.", "Salma R. Oyelaran", "name");
    row("word name after lower-case kin", "Lives with his partner Sunny in a walk-up.", "Sunny", "name");
    row("parenthesised inverted", "Social work (Krüger, Piotr) following.", "Krüger, Piotr", "name");
    row("semicolon list after colon", "To: O'Connell, Kavya; Banks, Bill\nSent: May 2020", "Banks, Bill", "name");
    row("courtesy title with word", "1400 Mr. Head ambulated to the bathroom.", "Head", "name");
    row("lone name with kin", "Plan unchanged. Tsehay and his father Ling agree with the plan.", "Tsehay", "name");
    row("lower case word name after colon", "Triage RN: guy haile", "guy haile", "name");
    row("lower case name before role", "lmtcb. f/u w sandhu (pcp) on 12/20", "sandhu", "name");
    // Name shapes without a cue: unknown capitalised words, initials, person facts after.
    row("shape mid-sentence", "Records were faxed to Obiageli Nwachukwu yesterday.", "Obiageli Nwachukwu", "name");
    row("shape hyphenated", "Plan reviewed with Oluchi Adebayo-Okafor and her son.", "Oluchi Adebayo-Okafor", "name");
    row("shape middle initial", "Teodoro B. Arriaga, age 54, transferred from outside.", "Teodoro B. Arriaga", "name");
    row("shape capitals in ordinary text", "Transport arranged for HALVARD OSTERGAARD tomorrow.", "HALVARD OSTERGAARD", "name");
    row("shape inverted before dob", "REFERRAL\nIBARRA, QUENTIN DOB: 01/02/1950", "IBARRA, QUENTIN", "name");
    row("hyphen lower part", "Triage RN: Hyun-woo Patel.", "Hyun-woo Patel", "name");
    row("apostrophe after initial", "Referral from Siobhan M. O'Dowd for evaluation.", "Siobhan M. O'Dowd", "name");
    row("role in parentheses after", "Updated Dariusz (husband) at the bedside.", "Dariusz", "name");
    row("role after comma", "Updated Wieslawa, her daughter, at the bedside.", "Wieslawa", "name");
    row("letter closing", "Sincerely,\nObiageli Nwachukwu", "Obiageli Nwachukwu", "name");
    row("particles in a shape", "Seen with Maria de la Cruz and Pieter van Wyk today.", "Maria de la Cruz", "name");
    row("particles after a label", "Patient: Anke van der Berg", "Anke van der Berg", "name");
    // Dates
    row("us slash", "Admitted 03/14/2023 with sepsis.", "03/14/2023", "date");
    row("iso", "Scan on 2023-03-14 was clear.", "2023-03-14", "date");
    row("dotted", "Befund vom 14.03.2023.", "14.03.2023", "date");
    row("two digit year", "Seen 3/4/21 in clinic.", "3/4/21", "date");
    row("month name", "Surgery on March 5, 2023 went well.", "March 5, 2023", "date");
    row("month ordinal", "Follow-up on Jan. 5th, 2024.", "Jan. 5th, 2024", "date");
    row("day first", "Admitted 14 February 2022.", "14 February 2022", "date");
    row("day of month", "Returned on the 3rd of May.", "3rd of May", "date");
    row("dd-mon-yy", "Specimen 12-Mar-21 received.", "12-Mar-21", "date");
    row("month year", "Diagnosed in September 2019.", "September 2019", "date");
    row("numeric month year", "Last colonoscopy 06/2018.", "06/2018", "date");
    row("short with cue", "Stopped aspirin on 3/14 per cardiology.", "3/14", "date");
    row("all caps month", "DISCHARGED: JUNE 3, 2022", "JUNE 3, 2022", "date");
    row("compact day month year", "Skilled nursing visit 17Jan2020, 10:15-11:05.", "17Jan2020", "date");
    row("compact all caps", "NOTES FROM 1DEC2017 WERE REVIEWED.", "1DEC2017", "date");
    row("year month day", "Culture resulted 2023 Mar 14 in the lab.", "2023 Mar 14", "date");
    row("dotted short year", "POLST signed 12.9.24 at the bedside.", "12.9.24", "date");
    row("iso with time", "Specimen drawn 2023-03-14T10:22 in clinic.", "2023-03-14", "date");
    row("short after event verb", "Remote transmission received 2/18 via the portal.", "2/18", "date");
    row("short after label", "BRIEF OP NOTE Date of service: 7/3 Patient: X", "7/3", "date");
    row("short after addendum", "ADDENDUM 4/1: critical finding discussed.", "4/1", "date");
    row("short after signature", "Follows with psychiatry (Ciaran Mulder, MD, 8/25).", "8/25", "date");
    // Ages over 89
    row("year old", "A 93-year-old woman with dyspnea.", "93", "age");
    row("yo", "92 yo male, fall at home.", "92", "age");
    row("y/o", "He is 101 y/o.", "101", "age");
    row("age label", "Age: 95", "95", "age");
    row("age 93", "At age 93 she still walks daily.", "93", "age");
    row("attached", "94F with syncope.", "94", "age");
    row("spelled", "A ninety-one-year-old man.", "ninety-one", "age");
    row("years of age", "She is 90 years of age.", "90", "age");
    // Contact
    row("phone parens", "Call (312) 555-0198 with results.", "(312) 555-0198", "phone");
    row("phone dashes", "Phone: 312-555-0198", "312-555-0198", "phone");
    row("phone dots", "Cell 312.555.0198", "312.555.0198", "phone");
    row("phone country", "Reach her at +1 312 555 0198.", "+1 312 555 0198", "phone");
    row("phone international", "Daughter abroad: +44 20 7946 0958.", "+44 20 7946 0958", "phone");
    row("phone local with cue", "Home phone 555-0142.", "555-0142", "phone");
    row("fax", "Fax: (312) 555-0199", "(312) 555-0199", "fax");
    row("phone bare ten digits", "Son is en route, 4155550198.", "4155550198", "phone");
    row("phone reachable at", "Guardian reachable at 1235550198 or by e-mail.", "1235550198", "phone");
    row("fax after phone", "Tel 312-555-0198, fax 312-555-0199", "312-555-0199", "fax");
    row("email", "Write to j.doe+clinic@mail.example.com today.", "j.doe+clinic@mail.example.com", "email");
    row("url scheme", "Portal: https://portal.example.org/p?id=77.", "https://portal.example.org/p?id=77", "url");
    row("url www", "See www.northriver-clinic.org for hours.", "www.northriver-clinic.org", "url");
    row("url bare", "Results at myhealth.example.com/results", "myhealth.example.com/results", "url");
    row("url bare hyphen", "See northriver-health.example.org/portal/1.", "northriver-health.example.org/portal/1", "url");
    row("ip not version", "Host 10.2.0.1 up.", "10.2.0.1", "ip");
    row("ipv4", "Logged in from 192.168.14.201 at night.", "192.168.14.201", "ip");
    row("ipv6", "Client fe80::1ff:fe23:4567:890a connected.", "fe80::1ff:fe23:4567:890a", "ip");
    row("ipv6 full", "Host 2001:0db8:85a3:0000:0000:8a2e:0370:7334 seen.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "ip");
    // Numbers by shape or keyword
    row("ssn", "SSN 123-45-6789 on file.", "123-45-6789", "ssn");
    row("ssn spaces", "Social security 123 45 6789.", "123 45 6789", "ssn");
    row("ssn bare with cue", "SSN: 123456789", "123456789", "ssn");
    row("mrn", "MRN: 00412345", "00412345", "mrn");
    row("medical record number", "Medical record number is 7734-221.", "7734-221", "mrn");
    row("account", "Account # 99812-77 billed.", "99812-77", "account");
    row("hospital account", "Charity care application; hospital account 83519-16.", "83519-16", "account");
    row("hosp no", "Name: KNIGHT, PENNY   Hosp No: 582-41-339   Collected: 3/2/2021", "582-41-339", "mrn");
    row("csn", "CSN 7712094431 for this visit.", "7712094431", "account");
    // The employer's number for the person, who is the patient of an occupational health record.
    row("employee id", "Exposure form: Employee ID E552019; source patient unknown.", "E552019", "account");
    row("employee no", "Employee no. E343321    Job: lab technician", "E343321", "account");
    row("staff number of the subject", "Name: UCHE OKAFOR    Staff no. E114666\n", "E114666", "account");
    row("claim hash", "Claim # CLM-88412 denied.", "CLM-88412", "account");
    row("med rec no", "Med Rec No. 4471203", "4471203", "mrn");
    row("health plan member", "Member ID: XQZ884120", "XQZ884120", "health_plan");
    row("health plan medicare", "Medicare number 1EG4-TE5-MK73.", "1EG4-TE5-MK73", "health_plan");
    row("license", "License no. D1234567 (Illinois).", "D1234567", "license");
    row("device serial", "Pacemaker serial number: PZX-204-8812.", "PZX-204-8812", "device");
    row("device s/n", "Pump S/N 4471AC9 checked.", "4471AC9", "device");
    row("vin", "Car VIN 1HGCM82633A004352 recorded.", "1HGCM82633A004352", "vehicle");
    row("plate", "License plate 7ABC123 noted by police.", "7ABC123", "vehicle");
    row("plate with space", "Plate number: KLM 4421.", "KLM 4421", "vehicle");
    // Places
    row("street", "Lives at 1420 West Larkin Avenue with her son.", "1420 West Larkin Avenue", "address");
    row("street unit city state", "Home: 77 Birch Rd., Apt 3B, Millbrook, OH 43001", "77 Birch Rd., Apt 3B, Millbrook, OH",
        "address");
    // Each line of a multi-line address is its own span.
    row("street two lines", "Address: 9 Elm St\nSpringfield, IL 62704", "Springfield, IL", "address");
    row("street line of two", "Address: 9 Elm St\nSpringfield, IL 62704", "9 Elm St", "address");
    row("po box", "Mail to P.O. Box 1234.", "P.O. Box 1234", "address");
    row("zip after state", "Springfield, IL 62704-1234", "62704-1234", "zip");
    row("zip label", "ZIP code: 60614", "60614", "zip");
    // Phone shapes people type (scan_phone_ssn.cpp): slash after the area code, parentheses
    // straight into seven digits, dotted +1, toll-free; phone vs fax by the nearest cue.
    row("phone slash area", "Parent: Jo Ames, 555/867-5309 after 5 pm.", "555/867-5309", "phone");
    row("phone parens seven", "Call (555)8675309 if the pain gets worse.", "(555)8675309", "phone");
    row("phone parens dash", "Phone (555)-867-5309 daytime.", "(555)-867-5309", "phone");
    row("phone dotted plus one", "Reach her at +1.555.867.5309 tonight.", "+1.555.867.5309", "phone");
    row("phone toll free", "Questions after hours: 1-800-824-8815.", "1-800-824-8815", "phone");
    row("phone one parens", "Main line 1(866)812-3344 weekdays.", "1(866)812-3344", "phone");
    row("fax slash area", "Results faxed to 283/766-7139 today.", "283/766-7139", "fax");
    row("fax parens seven", "Phone (212)9416558   Fax (849)5158707", "(849)5158707", "fax");
    row("turkish phone with its area in brackets", "Yakını: Necati Tekin ((0233) 365 77 01) Sorumlu hekim\n",
        "(0233) 365 77 01", "phone");
    row("turkish phone in pairs", "İptal için 0524 382 46 59. Doğum tarihi\n", "0524 382 46 59", "phone");
    row("zip+4 of new england starting with zero", "38 Limekiln Dr, Bucksport, ME 04463-0176\n", "04463-0176", "zip");
    row("portuguese contacto", "Rua das Flores 12, 4700-064 Braga Contacto: 962 249 687 Exame\n", "962 249 687", "phone");
    row("phone read out digit by digit in a dictation", "new paragraph she can be reached at 4 1 5 5 5 5 0 1 4 2 period",
        "4 1 5 5 5 5 0 1 4 2", "phone");
    row("ocr'd fax number in a fax header", "[p 1/3] FAX 05/15/2025 11:49 FROM: 1-26l-681-2O16  TO: Sleep Center\n",
        "1-26l-681-2O16", "fax");
    row("ocr'd phone after its label", "Chart #: 32085083    Phone: 909 675 28O9 Referring: Dr Vance\n", "909 675 28O9",
        "phone");
    row("plate in a lower-case chat", "[10:36] security: gray car plate yku 8616 in the ambulance bay\n", "yku 8616", "vehicle");
    row("plate in a lower-case chat, digits first", "security: car plate 090 dhh in the bay\n", "090 dhh", "vehicle");
    row("spaced health card number ending a sentence", "paciente: ana, cartão sus 766 0849 7272 2199. para remarcar ligue\n",
        "766 0849 7272 2199", "health_plan");
    row("polish faks", "Lekarz kierujący: lek. med. Józefa Kurowska Faks: +48 550 188 192\n", "+48 550 188 192", "fax");
    row("quebec télécopieur", "Téléphone : 514 465-2433    Télécopieur : 819 332-4414\n", "819 332-4414", "fax");
    row("quebec téléphone before its fax", "Téléphone : 514 465-2433    Télécopieur : 819 332-4414\n", "514 465-2433",
        "phone");
    row("phone before fax", "Phone (212)9416558   Fax (849)5158707", "(212)9416558", "phone");
    // Identifiers after a label (scan_identifiers.cpp) and by record shape (scan_record_shapes.cpp).
    row("prior auth reference", "Reference # PA-4458-16365 Requested: Rinvoq", "PA-4458-16365", "account");
    row("account unmarked strong", "Household of 4 Account CLM5871-40175 Mailing", "CLM5871-40175", "account");
    row("cdl", "Driver: Kai Lee, 51-year-old   CDL R4104465 BP 138/86", "R4104465", "license");
    row("accession", "Accession: S24-01873   Collected", "S24-01873", "mrn");
    row("autopsy case", "AUTOPSY REPORT   Case A-22-945033", "A-22-945033", "mrn");
    row("chart unmarked strong", "Chart KH-0022357 CC: tooth pain", "KH-0022357", "mrn");
    row("accession shape alone", "Prelim read RAD-22-926167: no acute process", "RAD-22-926167", "mrn");
    row("record shape alone", "Case 3: D. Brook, 91 y/o, UMC7936098X. Biopsy pending.", "UMC7936098X", "mrn");
    row("record shape letters dash", "Ms Ito, 97-yr, KH-4744768, on the ward.", "KH-4744768", "mrn");
    // Ages (scan_ages.cpp): "-yr" and spelled hundreds.
    row("age yr hyphen", "Patient (95-yr) is a retired teacher.", "95", "age");
    row("age hundred and one", "ED note. a one hundred and one year old from assisted living", "one hundred and one", "age");
    row("age hundred and four hyphen", "Case: one hundred and four-year-old, stable.", "one hundred and four", "age");
    row("age aged spelled", "She is aged ninety-one and lives alone.", "ninety-one", "age");
    // Dates (scan_dates.cpp): weekday before M/D, compact YYYYMMDD.
    row("weekday short date", "Study date: Sat 3/11, lights out 22:41", "3/11", "date");
    row("weekday short date 2", "Next appointment Mon 4/11. Questions?", "4/11", "date");
    row("dob short date", "DOB 9/25 per chart", "9/25", "date");
    row("compact iso date", "OPHTHALMOLOGY Seen 20201104 @ 10:40.", "20201104", "date");
    row("date is not an accession number", "Wound photos uploaded FEB-02-2023 to the portal.", "FEB-02-2023", "date");
    row("date is not an account after encounter", "Telephone encounter 2-May-2022: niece called.", "2-May-2022", "date");
    // Name cues (scan_name_cues.cpp): form subjects, agents with a colon, maiden names, "Fr.".
    row("participant label", "INFORMED CONSENT\nParticipant: Royal Tehrani\nConsent obtained", "Royal Tehrani", "name");
    row("applicant label", "Applicant: Yutong Dorsey SSN on file", "Yutong Dorsey", "name");
    row("reported by colon", "Fall noted. Reported by: D. Horvat. Son notified.", "D. Horvat", "name");
    row("obtained by colon", "Consent obtained by: Ebony Rivers, CCRC, on file.", "Ebony Rivers", "name");
    row("final to follow by", "Read back. Final to follow by J. Nwachukwu.", "J. Nwachukwu", "name");
    row("nee maiden name", "Chen Ren (n\u00e9e Haugen), 94, has heart failure.", "Haugen", "name");
    row("religious title fr", "Sister Ren Luo and Fr. Sokolova visit weekly.", "Sokolova", "name");
    row("hygienist role", "Hygienist Tamsin Oyelaran reviewed flossing.", "Tamsin Oyelaran", "name");
    row("dr without period word name", "Referred by Dr Swan for decreased vision OS.", "Swan", "name");
    row("dr word name before comma", "To: Dr Pain, Cardiology   Fax: on file", "Pain", "name");
    row("by initial surname", "RTC 4 weeks; dilated exam by L. Nwachukwu, OD.", "L. Nwachukwu", "name");
    row("representative label", "If signed by a representative: Sun Ren, brother", "Sun Ren", "name");
    row("phone extension glued", "Call 555.867.5309x12 during the day.", "555.867.5309", "phone");
    row("phone three seven after cue", "Cell: 555-8675309 (mother).", "555-8675309", "phone");
    row("bare id label", "Badge ID# 00482913 scanned.", "00482913", "mrn");
    row("po box with town", "Mailing: PO Box 9129 Hollis Bay, PA 55722", "PO Box 9129 Hollis Bay, PA", "address");
    row("name before dashed role", "Story Ansari \u2014 father \u2014 555-201-3344", "Story Ansari", "name");
    row("name before dashed two-word role", "Ebony Darko \u2014 legal guardian \u2014 555-201-3344", "Ebony Darko", "name");
    row("inverted name before dashed role", "SWEET, Rudo \u2014 PCP \u2014 398-288-7411", "SWEET, Rudo", "name");
    row("initial surname before age", "Case 3: D. Brook, aged 98, stable.", "D. Brook", "name");
    row("initial surname caps before age", "CASE 3: M. AL-KHATIB, 96-YR, STABLE.", "M. AL-KHATIB", "name");
    row("lower-case dr word name", "hi dr carpenter, my wife says I should ask.", "carpenter", "name");
    row("lower-case dr before parenthesis", "plan per dr field (sounds like).", "field", "name");
    row("line list inverted", "TUMOUR BOARD\nPresent:\nGill, Youssef (Surg Onc, chair)\nMyrtle Silver (Med Onc)\n\nCase 3.", "Gill, Youssef", "name");
    row("line list second line", "TUMOUR BOARD\nPresent:\nGill, Youssef (Surg Onc, chair)\nMyrtle Silver (Med Onc)\n\nCase 3.", "Myrtle Silver", "name");
    row("single-letter accession prefix", "Case 3: stable. Biopsy S-18-053140. Plan.", "S-18-053140", "mrn");
    row("numbered item before a date", "Shingrix #2  Jan-22-2021   lot 7YJ88", "Jan-22-2021", "date");
    row("numbered item before caps date", "Shingrix #1  JAN 15 2022   lot 9Z4K2", "JAN 15 2022", "date");
    row("suffix roman inside span", "Seen with Adaeze Ndlovu IV on the way, phone pending.", "Adaeze Ndlovu IV", "name");
    row("suffix sr with comma", "Member: Ezekiel Gokhale, Sr.   Member ID W729916003", "Ezekiel Gokhale, Sr.", "name");
    row("suffix jr period", "Driver: Dimitrios Vermeulen Jr., 32 y/o", "Dimitrios Vermeulen Jr.", "name");
    row("quoted nickname inside a name", "INFUSION CENTER NOTE Adaeze \"Sissy\" Okafor arrived ambulatory.", "Adaeze \"Sissy\" Okafor", "name");
    row("prescriber label inverted", "Prescriber: Rock, Eoghan, MD   Phone 576/878-5348", "Rock, Eoghan", "name");
    row("initial surname before spelled age", "Case 3: E. Montoya, one hundred and one-year-old, stable.", "E. Montoya", "name");
    row("initial surname before attached age", "Case 3: P. Zuniga, 90yo M, stable.", "P. Zuniga", "name");
    row("by initial surname caps", "RTC 4 WEEKS; DILATED EXAM BY A. WADSWORTH, OD.", "A. WADSWORTH", "name");
    row("irish particle", "Read back. Final to follow by Y. Mac Giolla.", "Y. Mac Giolla", "name");
    row("english given name before nee", "HOSPICE ADMISSION Prince Goodman (n\u00e9e Demir), stable.", "Prince Goodman", "name");
    row("consent signatory", "CONSENT FOR CLINICAL PHOTOGRAPHY I, Tabitha Honey, agree that photographs may be taken.", "Tabitha Honey", "name");
    row("compact iso dob", "Re: Journey Ocampo, DOB 19690516 Pages: 7", "19690516", "date");
  }

  void findsEachCategory() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Pattern formats of the sixth corpus family (seed 6161), written as general rules.
  void findsSixthFamilyPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    // Dates
    row("month of year", "DOB/TOB: July of 2020 03:17", "July of 2020", "date");
    row("month of year caps", "DOB OCTOBER OF 2021   CHART # 12", "OCTOBER OF 2021", "date");
    row("month of year lower case", "moved here in july of 2019.", "july of 2019", "date");
    row("dotted day first two-digit year", "Employee: Judge, Dunia   DOB 18.06.85   Dept: 6 West", "18.06.85", "date");
    row("dotted day first in a period", "Certification period: 19.03.21 through 2025/7/28", "19.03.21", "date");
    row("roman month", "DOB: 26.VI.1965 *** M", "26.VI.1965", "date");
    row("roman month one-digit day", "Next visit 1.IV.2024 with the team.", "1.IV.2024", "date");
    row("roman month twelve", "hasn't slept since 5.XII.2021 and", "5.XII.2021", "date");
    row("roman month dashes", "Listed 18-IX-2019, MELD 24.", "18-IX-2019", "date");
    row("roman month lower case", "Screen failed 3.iv.2024 (ANC 1.1).", "3.iv.2024", "date");
    row("ordinal day month year", "Seen on 3rd March 2024 in clinic.", "3rd March 2024", "date");
    row("abbreviated month ordinal day", "Follow-up Mar. 3rd with labs.", "Mar. 3rd", "date");
    row("compact day month year with time", "DOB/TOB: 06JUN2024 03:17", "06JUN2024", "date");
    // Ages over 89
    row("decade his", "ED HANDOFF (SBAR) S: in his 90s found down at home", "90s", "age");
    row("decade her in parentheses", "Proband: Hemi Tang (in her 90s), referred by Dr. Etxeberria.", "90s", "age");
    row("decade late with apostrophe", "Ms. Truong, in her late 90's, oriented.", "90's", "age");
    row("decade caps hundred", "PATIENT IN HIS 100S, NSTEMI.", "100S", "age");
    row("years in parentheses", "S: (99 yrs) found down at home", "99", "age");
    row("years in double parentheses caps", "JONAS DENG ((101 YRS)), REFERRED BY DR. X", "101", "age");
    row("years between commas", "Mr. Osei, 95 yrs, POD 2 s/p hip ORIF.", "95", "age");
    row("age sex pair", "Rm 12B: Ms. Lee, Age/Sex: 94/F, NSTEMI.", "94", "age");
    row("age sex pair in parentheses", "Proband: Ana Ruiz (Age/Sex: 103/F), referred.", "103", "age");
    row("sex age pair", "Sex/Age: M/97, oriented.", "97", "age");
    row("age sex pair with a space", "Age/Gender: 91 Female, stable.", "91", "age");
    row("decade spelled out", "A widow in her nineties who lives alone.", "nineties", "age");
    // Street addresses with the unit and the town on lines of their own
    row("address unit and city same line", "Address: 8806 North 3rd Blvd Unit 7 Millbrook, Ohio  52634",
        "8806 North 3rd Blvd Unit 7 Millbrook, Ohio", "address");
    row("address unit on its own line", "Address:\n9501 Orchard Rd\nUnit 18\nHollis Bay, Washington  48344",
        "Unit 18", "address");
    row("address apartment and two-word state", "423 S. Prospect Lane\nApartment 5C\nNew Canaan, North Carolina 28301-6162",
        "Apartment 5C", "address");
    row("address hash unit on its own line", "ADDRESS:\n9432 LARKIN PARKWAY\n#14\nSPRINGFIELD, MN  31829-7251",
        "#14", "address");
    row("address zip after the town", "3161 Summit St.\nApt. 12\nFairhaven, GA  54830", "54830", "zip");
    row("address stops before a list item", "Lives at 12 Main St\n#2 Lisinopril 10 mg daily", "12 Main St", "address");
    row("address stops before a unit without a town", "12 Main St\nSuite 200 is closed on Fridays.", "12 Main St", "address");
    // Record, account, health-plan, licence and device numbers
    row("chart number in spaced groups", "Infant: Baby Boy Balogun   Chart # 006 574 48\nDOB/TOB: 13OCT2023", "006 574 48", "mrn");
    row("mrn in spaced groups", "*** F *** MRN: 086 453 56 ***", "086 453 56", "mrn");
    row("pt id in spaced groups", "HOME INDUCTION\nPt ID 082 638 87   MATSUMOTO, FUNMILAYO", "082 638 87", "mrn");
    row("patient no with check digit", "Date of birth: 1/4/1967   Patient No. 01344658-4", "01344658-4", "mrn");
    row("patient no caps dashed", "PATIENT NO. 06-493709\nSOCIAL SECURITY NO.: 092-51-1000", "06-493709", "mrn");
    row("subject id", "Site 04   Subject ID 333-9816   Initials B-D-D", "333-9816", "mrn");
    row("participant id", "Participant ID P-0042 consented.", "P-0042", "mrn");
    row("patient hash", "Patient #: 00412345   Room 4", "00412345", "mrn");
    row("pt hash", "Pt # 5512345 seen today.", "5512345", "mrn");
    row("insurance id abbreviated", "Ins ID: ZGP448812", "ZGP448812", "health_plan");
    row("waitlist id", "Candidate: F. Mamani   Waitlist ID JYA573493   Blood type B", "JYA573493", "mrn");
    row("visit number is an account", "Group No. 400637-632\nVisit # E0053989036\nInterQual criteria met", "E0053989036", "account");
    row("group number", "Member ID RJ776215   Group No. 400637-632", "400637-632", "health_plan");
    row("insurance label dashed", "PCP: SRISAWAT, AGUS   Insurance: M868-2893-21\nEmergency contact:", "M868-2893-21", "health_plan");
    row("insurance label mixed groups", "Insurance: 4AJ7-OL7-GC02", "4AJ7-OL7-GC02", "health_plan");
    row("insurance label outranks record shape", "Insurance: EMZ753710328\nEmergency contact:", "EMZ753710328", "health_plan");
    row("passport", "Traveler: Aroha Santoso   Passport no. 167003440\nItinerary: Lima", "167003440", "license");
    row("transmitter id", "Last contact from 169.33.126.176. Transmitter ID 3R5BRX. Braden 11.", "3R5BRX", "device");
    row("date after a visit label", "Visit: 03/14/2023 follow-up", "03/14/2023", "date");
    row("caps month year after a visit word", "TELEHEALTH VISIT JUNE 2023. PATIENT CONNECTED.", "JUNE 2023", "date");
    row("caps date after a chart word", "SCANNED INTO THE CHART ON 2016-04-01. SITTER ORDERED.", "2016-04-01", "date");
    row("plate letters that spell a month", "Drives a sedan, license plate JAN 8546; no tickets.", "JAN 8546", "vehicle");
    // Phone and fax
    row("fax before a later phone line", "payer fax (250) 444-4687; payer UM line +1-963-916-6804 ext. 3", "(250) 444-4687", "fax");
    row("phone line after a fax", "payer fax (250) 444-4687; payer UM line +1-963-916-6804 ext. 3", "+1-963-916-6804", "phone");
    row("fax line is a fax", "Dedicated fax line (250) 444-4687 for records.", "(250) 444-4687", "fax");
    row("phone after fax then tel", "Fax 312-555-0198, tel. 312-555-0199", "312-555-0199", "phone");
  }

  void findsSixthFamilyPatterns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Clinical text shaped like the sixth family's formats that must give nothing.
  void ignoresSixthFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("charity with of", "Donated to the March of Dimes campaign.");
    row("march as a noun before a year", "the march of 2020 protests were discussed.");
    row("roman numerals in staging", "Stage IV disease; Type II diabetes; class III obesity.");
    row("roman numeral without year", "See item 3.IV in the protocol.");
    row("decimals and versions", "Take 1.5 mg at night; firmware v4.9.1; pH 7.35.");
    row("dotted version after a label", "Software version 12.03.21 installed.");
    row("decades under ninety", "A woman in her 80s; her father in his 50s.");
    row("decade of a measurement", "Sats in the 90s on room air; SBP in the 90s.");
    row("age sex pair under ninety", "Age/Sex: 64/F, stable.");
    row("decade spelled out without possessive", "Temperatures in the nineties all week; Age/Sex: 64 F.");
    row("patient label before an age", "Patient: 45-year-old; pt 12345 steps walked.");
    row("years under ninety in parentheses", "Smoker (45 yrs), quit (12 years) ago.");
    row("years as a duration", "Lived in the same house for 95 yrs, she says.");
    row("group and visit words", "Group B strep positive; Visit 3 of 6 today; visit 12 of 20.");
    row("chart and patient words", "Chart reviewed; patient no longer smokes; chart # 12 34 pending.");
    row("insurance passport transmitter words", "Insurance: Medicare and Medicaid; passport renewed; transmitter replaced; insurance 2 years ago lapsed.");
    row("protocol and subject words", "Protocol ONC-2217 screening; Subject ID pending.");
    row("line words without a number", "PICC line placed; A-line 20 g; see line 3 of the fax cover sheet.");
  }

  void ignoresSixthFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Pattern formats of the seventh corpus family (seed 7171), written as general rules: HL7 v2
  // fields, CSV columns, dotted-leader printouts, phones with en dashes or in E.164, GS1 UDIs.
  void findsSeventhFamilyPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    // HL7 v2 segments
    const char* hl7 =
        "MSH|^~\\&|ADT|TGRMC|LIS|TGRMC|20240307142205||ADT^A01|MSG11909564|P|2.5.1\n"
        "EVN|A01|20240308091500\n"
        "PID|1||00804358^^^TGRMC^MR~654105303^^^SSA^SS||SQUIRE^FLORENCE^J||19730101|F|||7129 MAPLE RD^APT 4^KINGSPORT^CO^29646^USA"
        "||(561)427-1708|(561)427-1709||M||382570576\n"
        "NK1|1|SQUIRE^JOHN^K|SPO|||(423)555-0100\n"
        "IN1|1|MCR|MEDICARE|||||||||||||SQUIRE^FLORENCE^J|SEL|19200922||||||||||||||||||5M1AB23CD45\n";
    row("hl7 message timestamp", hl7, "20240307", "date");
    row("hl7 event timestamp", hl7, "20240308", "date");
    row("hl7 pid-3 medical record", hl7, "00804358", "mrn");
    row("hl7 pid-3 social security", hl7, "654105303", "ssn");
    row("hl7 pid-7 birth date", hl7, "19730101", "date");
    row("hl7 pid-11 street", hl7, "7129 MAPLE RD", "address");
    row("hl7 pid-11 unit", hl7, "APT 4", "address");
    row("hl7 pid-11 city", hl7, "KINGSPORT", "address");
    row("hl7 pid-11 zip", hl7, "29646", "zip");
    row("hl7 pid-13 home phone", hl7, "(561)427-1708", "phone");
    row("hl7 pid-18 account", hl7, "382570576", "account");
    row("hl7 nk1 phone", hl7, "(423)555-0100", "phone");
    row("hl7 in1-18 insured birth date", hl7, "19200922", "date");
    row("hl7 in1-36 policy number", hl7, "5M1AB23CD45", "health_plan");
    row("hl7 pid-5 name", hl7, "SQUIRE^FLORENCE^J", "name");
    row("hl7 segments ending in carriage returns", "PID|1||X55012^^^H^MR||DOE^JANE||19500412|F\r\nPV1|1|I|5E^512\r\n",
        "19500412", "date");
    row("hl7 account by type code", "PID|1||A7741235^^^H^AN||ROE^RICHARD||19440101|M", "A7741235", "account");
    // CSV with a header line
    const char* csv =
        "mrn,last_name,first_name,dob,sex,zip,phone,admit_date,los\n00412345,Wolfe,Yewande,1950-03-14,F,60614,312-555-0198,"
        "2024-03-01 14:22,4\n";
    row("csv mrn column", csv, "00412345", "mrn");
    row("csv dob column", csv, "1950-03-14", "date");
    row("csv zip column", csv, "60614", "zip");
    row("csv phone column", csv, "312-555-0198", "phone");
    row("csv date column without its time", csv, "2024-03-01", "date");
    row("csv quoted address column", "patient_id,address,city,zip\n7781234,\"12 Oak St, Apt 2\",Millbrook,60614\n",
        "12 Oak St, Apt 2", "address");
    // Dotted-leader printouts
    row("dotted leader account", "ACCOUNT NO.........: 382570576\nBIRTH DATE.........: 19370204", "382570576", "account");
    row("dotted leader record number", "MED REC NO.........: 00343122\n", "00343122", "mrn");
    row("dotted leader city line", "ADDRESS............: 12 MEADOW ST.\n...................: HOLLIS BAY, NORTH CAROLINA 13533\n",
        "HOLLIS BAY, NORTH CAROLINA", "address");
    row("dotted leader age sex", "AGE/SEX............: 96/M\n", "96", "age");
    // Phones
    row("en dash phone", "Alt: 353\u2013991\u20134292 Items: K0001", "353\u2013991\u20134292", "phone");
    row("e164 phone with extension", "Call back number: +18894759636 x7027 Disposition: home", "+18894759636", "phone");
    row("e164 fax", "Appeals Department Fax: +17234512819  RE: Level 1 appeal", "+17234512819", "fax");
    row("local number after at", "Collateral from his son at 469-2842. Plan: lithium.", "469-2842", "phone");
    row("local number after number is", "Could we move it? My number is 765-4299. Thanks", "765-4299", "phone");
    row("short date after visit to", "Could we move the next visit to 9/7? Thanks", "9/7", "date");
    row("short date after confirmed", "Code status: DNR/DNI (confirmed 1/30).", "1/30", "date");
    row("local number after an email", "(ann.k@web.example.com, 962-5424) visits on weekends", "962-5424", "phone");
    // Identifiers
    row("reference with dashed digit groups", "Submitted 1/29/24. Reference 639-470-060A. Pending.", "639-470-060A", "account");
    row("mrn with a qualifier", "MRN (sending): 216-82-625 Reason: STEMI", "216-82-625", "mrn");
    row("patient key value", "device=U1R2-74039 imei=039262409697322 pt=265-82-706 uplink", "265-82-706", "mrn");
    row("device key value", "device=U1R2-74039 imei=039262409697322 pt=265-82-706 uplink", "U1R2-74039", "device");
    row("imei key value", "device=U1R2-74039 imei=039262409697322 pt=265-82-706 uplink", "039262409697322", "device");
    row("serial list first item", "Serial numbers: chair SN186843674; bed Y8K5-05897 Ordering: X", "SN186843674", "device");
    row("serial list second item", "Serial numbers: chair SN186843674; bed Y8K5-05897 Ordering: X", "Y8K5-05897", "device");
    row("serial list dashed groups", "Serial numbers: chair KRJ-312-6443; bed 74H34104.", "KRJ-312-6443", "device");
    row("gs1 udi serial", "Implant UDI (01)00846946029371(17)270301(21)M4I2-40295. EBL: 250 mL.", "M4I2-40295", "device");
    row("plate after a two-word state", "VIN 1HGCM82633A004352, North Carolina tag NNJ 0975. Airbags deployed.", "NNJ 0975",
        "vehicle");
    row("plate after a state", "Arizona tag 3KWX836. Airbags deployed.", "3KWX836", "vehicle");
    row("passport or state id", "Passport / state ID: E39121482 Website", "E39121482", "license");
    row("group number", "Member ID: EWA554439    Group #: KF2333 Date of birth: 1/2/1950", "KF2333", "health_plan");
    row("record number in parentheses after a name", "Person affected: Akiko Kidd (00319198) Description: fall.",
        "00319198", "mrn");
    row("record number opening a table cell", "Bed 7 | GLASGOW, ABDOULAYE | 46 yo F | 49641281 1-liner: septic shock",
        "49641281", "mrn");
    row("dashed record number after an apostrophe name", "Person affected: Rosaria O'Callaghan (906-51-451) Description:",
        "906-51-451", "mrn");
    row("chart number in four-digit groups", "DOB 9/8/1950   Chart 3482 0027 5 Dental ins.", "3482 0027 5", "mrn");
    // Ages
    row("age with y-o", "Mr. ten Brink is a 92-y-o admitted with CHF.", "92", "age");
    row("ordinal birthday", "She celebrated her 101st birthday this month.", "101st", "age");
    row("just turned", "Restrained driver, just turned 94. Vehicle: sedan.", "94", "age");
    row("age sex after a name", "ID: Chase Wood, 93/F, bipolar I disorder.", "93", "age");
    row("age sex in a table cell", "Bed 7 | CHO, MINHO | 95/F | 71509476", "95", "age");
    row("age sex after hpi", "CC: SOB x2d HPI: 92 F BIBA from home.", "92", "age");
    row("age sex in header columns", "OPHTHALMOLOGY CLINIC Wells, Simran   92 F   seen 25.11.2017", "92", "age");
    // Addresses
    row("town after lives in", "Lives in Fairhaven; ramp install scheduled.", "Fairhaven", "address");
    row("town and state after at home in", "Patient at home in Port Ellis, AZ; provider at clinic.", "Port Ellis, AZ", "address");
    row("town and state after of", "I, Ramona Ann Petrenko, of Ashford, NC, designate Cecil Petrenko.", "Ashford, NC", "address");
    // Dates
    row("unpadded day-first dotted date", "BIRTH DATE.........: 17.2.60\n", "17.2.60", "date");
    row("padded month-day after visit", "Next SN visit 06-26. Clinician: RN", "06-26", "date");
    row("lower-case month with day and year", "f/u w dr bass dec 2, 2025. vent ac 18/450", "dec 2, 2025", "date");
    row("lower-case day month year", "f/u w dr bass 29-dec-2019. parkinson disease", "29-dec-2019", "date");
    row("spoken date of birth", "comma date of birth March twenty-sixth, nineteen fifty-two period.",
        "March twenty-sixth, nineteen fifty-two", "date");
    row("spoken date in capitals", "DATE OF BIRTH SEPTEMBER TWENTY-THIRD, NINETEEN SIXTY-FIVE PERIOD.",
        "SEPTEMBER TWENTY-THIRD, NINETEEN SIXTY-FIVE", "date");
    row("spoken date after two thousand", "born May third two thousand and twelve.", "May third two thousand and twelve",
        "date");
    row("compact date after visit", "Next SN visit 20180415. Clinician: RN", "20180415", "date");
  }

  void findsSeventhFamilyPatterns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Clinical text shaped like the seventh family's formats that must give nothing.
  void ignoresSeventhFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("hl7 header without patient fields", "MSH|^~\\&|ADT|TGRMC|LIS|TGRMC|||ADT^A01|MSG11909564|P|2.5.1\n");
    row("hl7 result values", "OBX|1|NM|2345-7^GLUCOSE^LN||105|mg/dL|70-99|H|||F\n");
    row("csv of lab values", "test,value,units,flag\nsodium,138,mmol/L,N\npotassium,4.1,mmol/L,N\n");
    row("csv of drug codes", "drug,ndc,lot,dose\napixaban,0003-0893-21,LN0843,2.5 mg\n");
    row("lab words with a digit between letters", "HbA1c: 6512 mmol/mol? no, 65; ApoA1: 1402 mg/L; T1w1: 3000 ms.");
    row("calcineurin inhibitor doses in groups", "CNI : 1 500 1000 mg/j puis 2 250 mg; taux 8 120 ng.");
    row("place in a waiting list queue", "On the waiting list since 2019, no. 3 in the queue; waiting list no. of patients rose.");
    row("russian waiting list without a number", "В листе ожидания 14 месяцев, № палаты 12.");
    row("dose range after a relative in brackets", "Given by her husband (spouse), 250-1000 units daily as taught.");
    row("speed and time after a vehicle in capitals", "RESTRAINED DRIVER, VEHICLE AT 40 MPH, CAR AT 30 KM FROM SCENE.");
    row("spelled measure closed by this year", "Notes: the heart rate is ninety-two this year at rest; pulse is ninety this year.");
    row("swahili card number not yet issued", "Namba ya kadi: bado haijatolewa. Dozi 2 kila siku kwa siku 5.");
    row("phone label before a dose with a unit", "Teléfono: no tiene. O2 a 2 l/min; Tel: lo llamaremos; Cel: 10 ml IO.");
    row("csv of a confidence interval column", "marker,ci,p\ncrp,1.2-3.4,0.04\nesr,12-31,0.2\n");
    row("csv of a cni column of dosing", "drug;cni;dose\ntacrolimus;yes;0.1 mg/kg\n");
    row("version with a dotted year", "EHR upgraded to version 2024.1.4; HL7 v2.5.1 interface restarted.");
    row("dose range after at", "Titrate at 250-1000 mg daily; the number is 250-1000 mg.");
    row("ratio after to", "Mix 2 to 3/4 of the dose.");
    row("ordinal joined to a word after a month", "Started in March second-line therapy; may first-degree relatives.");
    row("ndc after a drug name", "Dispensed olanzapine (0002-4115-30); Room Service (555-1234-56).");
    row("numbers in parentheses and table cells", "Lipitor (1234567); trial year (2024); | 1250000 units | 138 |.");
    row("lower-case month words without a year", "may 5 patients attend; dec 12 units; mar the surface.");
    row("temperature with a sex letter", "Temp: 98 F; Tmax: 101 F overnight.");
    row("age sex under ninety", "Seen in clinic today, 64/F, bipolar I disorder.");
    row("rotation after turned", "The C-arm turned 90 degrees.");
    row("birthday under ninety", "She celebrated her 89th birthday.");
    row("residence that is no town", "Lives in Assisted Living; lives in a second-floor walk-up.");
    row("serial list without values", "Serial numbers: pending; see device log.");
    row("udi device identifier and expiry only", "UDI (01)00846946029371(17)270301 scanned.");
    row("price and group words", "price tag 2000 dollars; group 2 patients; device 3 failed.");
    row("codes and stage", "NDC 0093-7146-56; CPT 80053; ICD-10 I48.91; Stage IV; PICC line; ratio 1:4.");
    row("order and lot numbers", "Order 4471; lot LN0843; Job 55812.");
    row("chart word before short groups", "Chart 2024 reviewed; chart 1234 5678 pending.");
    row("vital sign after visit", "Refill requested before the visit. HR 109 at 10:15; BP 110/72.");
  }

  void ignoresSeventhFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Formats of the eighth corpus family (seed 8181), written as general rules: FHIR-like JSON,
  // CDA-like XML, pipe tables and census boards with a header row, labelled city fields, and the
  // labels of military, foreign and member-line insurance numbers.
  void findsEighthFamilyPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    const char* json =
        "{\n  \"resourceType\": \"Patient\",\n  \"identifier\": [{\"system\": \"urn:oid:1.2.840.114350\", "
        "\"value\": \"Q4471902\"}],\n  \"name\": [{\"family\": \"Quennell\", \"given\": [\"Ottoline\", \"Mae\"]}],\n"
        "  \"telecom\": [{\"system\": \"phone\", \"value\": \"412-555-0187\"}],\n  \"birthDate\": \"1948-02-29\",\n"
        "  \"address\": [{\"line\": [\"18 Wren Hollow\"], \"city\": \"Bellmore\", \"state\": \"NE\", "
        "\"postalCode\": \"68310\"}]\n}\n";
    row("json family name", json, "Quennell", "name");
    row("json first given name", json, "Ottoline", "name");
    row("json second given name", json, "Mae", "name");
    row("json identifier value", json, "Q4471902", "mrn");
    row("json telecom phone", json, "412-555-0187", "phone");
    row("json birth date", json, "1948-02-29", "date");
    row("json address line", json, "18 Wren Hollow", "address");
    row("json city", json, "Bellmore", "address");
    row("json postal code", json, "68310", "zip");
    row("json identifier typed as member",
        "{\"identifier\": [{\"type\": {\"coding\": [{\"code\": \"MB\"}]}, \"system\": \"urn:oid:2.9.7\", "
        "\"value\": \"XKW448120\"}]}",
        "XKW448120", "health_plan");
    row("json in capitals", "\"NAME\": [{\"FAMILY\": \"QUENNELL\", \"GIVEN\": [\"OTTOLINE\"]}]", "QUENNELL", "name");
    const char* xml =
        "<patientRole>\n<id root=\"2.16.840.1.113883.19.5.4471\" extension=\"A7730512\"/>\n"
        "<addr use=\"HP\"><streetAddressLine>907 Sandpiper Row</streetAddressLine><city>Wexcombe</city>"
        "<state>OR</state><postalCode>97420</postalCode></addr>\n<telecom value=\"tel:+1-541-555-0199\" use=\"HP\"/>\n"
        "<patient><name><given>Perpetua</given><family>Oyelaran</family></name>\n"
        "<birthTime value=\"19330907\"/></patient>\n</patientRole>\n";
    row("xml given name", xml, "Perpetua", "name");
    row("xml family name", xml, "Oyelaran", "name");
    row("xml id extension", xml, "A7730512", "mrn");
    row("xml street line", xml, "907 Sandpiper Row", "address");
    row("xml city", xml, "Wexcombe", "address");
    row("xml postal code", xml, "97420", "zip");
    row("xml telecom", xml, "+1-541-555-0199", "phone");
    row("xml birth time", xml, "19330907", "date");
    const char* pipe = "LAST|FIRST|DOB|ZIP|PHONE|STATUS\nTrevanion|Idony|19410622|04011|2075550143|MATCHED\n";
    row("pipe table last name", pipe, "Trevanion", "name");
    row("pipe table first name", pipe, "Idony", "name");
    row("pipe table compact date", pipe, "19410622", "date");
    row("pipe table zip", pipe, "04011", "zip");
    row("markdown table name", "| Patient | MRN | Bed |\n|---|---|---|\n| Marwick, Ysolde | 00918273 | 4 |\n",
        "Marwick, Ysolde", "name");
    const char* board = "3 EAST CENSUS\nRM  PATIENT          AGE  DX          MD\n"
                        "21A Penhallow, R    93F  sepsis      Addo\n22  Quist, B    71M  CAP         Ferreira\n";
    row("census board patient after room", board, "Penhallow, R", "name");
    row("census board age over 89", board, "93", "age");
    row("census board physician", board, "Addo", "name");
    row("census board patient after two spaces", board, "Quist, B", "name");
    row("charge nurse under a census board in capitals",
        "RM  PATIENT          AGE  DX          MD\n21A PENHALLOW, R    93F  SEPSIS      ADDO\nCHARGE: MERRYN 463-2291\n",
        "MERRYN", "name");
    row("inverted name in a pipe-separated caption",
        "WOUND PHOTO Image 3 of 5 | Tregarthen, Senara | heel pressure injury | 04/11/2024", "Tregarthen, Senara", "name");
    row("labelled city", "ePatient.05 Address: 12 Kestrel Row\nePatient.06 City: Marsh Hollow\n", "Marsh Hollow", "address");
    row("labelled city and state with a leader", "CITY/ST...: NEW HARLOW, KS   ZIP: 66002\n", "NEW HARLOW, KS", "address");
    row("tricare id", "SGT LANYON, PIRAN    TRICARE ID 50417728391 Unit: 3-7 FA", "50417728391", "health_plan");
    row("foreign insurer number in groups", "Foreign insurer no.: 5512 40371 6 Local phone: +44 7700 900123",
        "5512 40371 6", "health_plan");
    row("bare id on a member line", "Member: ARKWRIGHT, TAMSIN   ID 4RT7-QX2-MB81   Group 552810-204", "4RT7-QX2-MB81",
        "health_plan");
    row("poison centre case number", "POISON CENTER CALL RECORD Case no. 31-448207    Received 03/02/2021",
        "31-448207", "account");
    row("plate after a state code", "restrained driver of 2015 Ford Focus, plate KS TRW-4410, VIN pending", "TRW-4410",
        "vehicle");
    row("second serial after a slash", "bilateral RIC aids, serials LKQ-512-0093 / 71C448210 fitted", "71C448210",
        "device");
    row("month and day after filled", "Atorvastatin 20 mg, last filled 5/19, 1 refill left", "5/19", "date");
    row("month and day before a clock time", "sms 10/14 07:42 from pt: running late", "10/14", "date");
    row("month and day after census", "5 NORTH CENSUS 2/17 DAY SHIFT", "2/17", "date");
    row("local number after the charge nurse", "CHARGE: Oriel 463-2291", "463-2291", "phone");
    row("years after a name before a label", "Potential donor: Wenna Trask, 96 yrs UNOS ID: KQP221", "96", "age");
    row("own age in a portal message", "i know im 94 but i still drive", "94", "age");
    row("lower-case age and sex pair", "pt seen 4/2, 101/f, c/o sob", "101", "age");
  }

  void findsEighthFamilyPatterns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Structured clinical text shaped like the eighth family's formats that must give nothing.
  void ignoresEighthFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("json observation with codes and quantities",
        "{\"resourceType\": \"Observation\", \"code\": {\"coding\": [{\"system\": \"http://loinc.org\", "
        "\"code\": \"2345-7\", \"display\": \"Glucose\"}]}, \"valueQuantity\": {\"value\": 105, \"unit\": "
        "\"mg/dL\"}, \"status\": \"final\"}");
    row("json identifier in a code system",
        "{\"identifier\": [{\"system\": \"http://loinc.org\", \"value\": \"8480-6\"}], \"text\": \"Systolic\"}");
    row("json medication name", "{\"medication\": {\"name\": \"Lisinopril\", \"strength\": \"10 mg\"}}");
    row("xml observation values",
        "<observation><code code=\"8867-4\" codeSystem=\"2.16.840.1.113883.6.1\"/><value xsi:type=\"PQ\" "
        "value=\"72\" unit=\"/min\"/><text>Heart rate</text></observation>");
    row("pipe table of lab values", "TEST|VALUE|UNITS|FLAG\nSODIUM|138|mmol/L|N\nPOTASSIUM|4.1|mmol/L|N\n");
    row("census board without names", "RM  STATUS     AGE  DX\n14A  clean      --   --\n15  blocked    --   --\n");
    row("board of beds and acuity", "BED  ACUITY  DX           DIET\n12   3       CHF          2 g Na\n");
    row("city word without a value", "City: pending; we will confirm at the next visit.");
    row("case number outside a poison centre word", "Case 2 of 3 reviewed.");
    row("plate word before a state and no number", "Plate OK for discharge.");
    row("pipe-separated caption with a diagnosis pair", "Image 2 of 4 | Hypertension, Essential | Ulcer, Sacral | day 3");
    row("comparisons and markup in prose", "K <3.5 and Na <135 </b> <i>hold</i> <city>? <family>history</family> negative");
    row("fraction after filled", "Syringe filled 1/2 way with saline.");
    row("own score not an age", "I am 90 percent sure; im 95% better.");
    row("temperature with a lower-case letter", "vitals 98/f, hr 80");
  }

  void ignoresEighthFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Formats of the ninth family (seed 9191): categories of labelled identifiers.
  void findsNinthFamilyPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("transfer centre number is an account", "Accepted to CCU bed 9. Transfer ID FIN775223942. Plan cath.",
        "FIN775223942", "account");
    row("transfer centre id", "Transfer Center ID: 4471-0093 (accepting: CCU)", "4471-0093", "account");
    row("transfer number in capitals", "TRANSFER NUMBER: 88213409", "88213409", "account");
    row("registry id of three letters and three digits", "State registry updated, registry ID MKN554.", "MKN554",
        "mrn");
    row("registry number", "Tumor registry no. 2021-00841", "2021-00841", "mrn");
    row("bare id after the medicaid payer", "Income: SSDI. Insurance: Medicaid, ID W135683340. Transport: bus.",
        "W135683340", "health_plan");
    row("bare id after medicare", "Coverage: Medicare Part B, ID 1EG4-TE5-MK73", "1EG4-TE5-MK73", "health_plan");
    row("secondary coverage under the primary", "PRIMARY INS: MEDICARE   MBI: 1R24VW8DN72\nSECONDARY: Z32906879\n",
        "Z32906879", "health_plan");
    row("dashed secondary coverage", "PRIMARY INS: MEDICARE\nSECONDARY: 7IX3-YJ5-TH71\nEMERGENCY CONTACT: none",
        "7IX3-YJ5-TH71", "health_plan");
    row("cgm transmitter short serial", "CGM transmitter 8ZVNJD: TIR 71%, TBR 2%.", "8ZVNJD", "device");
    row("town and state in parentheses", "Patient joined from home (Kingsport, TX); session log follows.",
        "Kingsport, TX", "address");
    row("town with a word-like code after home", "Joined the video visit from home (Tulsa, OK) today.", "Tulsa, OK",
        "address");
    row("town with a credential-like code after home", "Patient joined from home (Greenville, PA); audio only.",
        "Greenville, PA", "address");
    row("town after lives with a relative", "an 84-year-old man who lives with his daughter-in-law in Eastbrook.",
        "Eastbrook", "address");
    row("month and day after since around", "feet have been tingly since around 9/22, is that the sugar??", "9/22",
        "date");
    row("next remote check of a device", "Home monitor paired; next remote 10/24. P. Holm, CDS", "10/24", "date");
    row("date after from about", "Off work from about 3/14 per the employer.", "3/14", "date");
    row("expiry without a lot is still a date", "Driver licence on file, exp 2026-04.", "2026-04", "date");
    row("town after a post office", "Slipped on ice outside the post office in Hollis Bay. R radius fx.", "Hollis Bay",
        "address");
  }

  void findsNinthFamilyPatterns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of the ninth family's formats that must give nothing.
  void ignoresNinthFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("transfer with a count", "Transfer ID band checked x2 before the move.");
    row("registry id without a number", "Registry ID pending; will enroll at the next visit.");
    row("secondary without an insurance line", "Diagnoses\nSECONDARY: E11.9 type 2 diabetes");
    row("secondary finding under an insurance line", "Insurance reviewed.\nSecondary: 2nd-degree burns of the hand.");
    row("secondary count in prose", "Secondary: 2 units PRBC after the primary bolus.");
    row("cgm transmitter with a duration", "CGM transmitter 90 days old; sensor changed.");
    row("medicaid before an id band", "Insurance: Medicaid. ID band on the left wrist.");
    row("service and credential code in parentheses", "Ordered by the urology team (Consult, MD) and (Surgery, PA).");
    row("signer and credential in parentheses after from", "Orders from (Attending, MD) and from (Resident, PA).");
    row("parenthesised words before a state-like code", "Pain (Worse, OR better?) unchanged.");
    row("checklist words before word-like state codes",
        "Checks (Diet, OK) (Ambulation, OK) (Wound, OK) (Tele, OK) (Glucose, HI) (Mood, OK) (Pain, IN).");
    row("clinical abbreviations that are state codes",
        "Given (Insulin, SC) after (Surgery, GA); (Troponin, MI) ruled out; (Weight, NC); (Lipids, ND).");
    row("lives with a relative in a facility", "Lives with her sister in Assisted Living; ambulates with a cane.");
    row("post office in a season", "Fell outside the post office in January.");
    row("vaccine lot expiry", "Shingrix 0.5 mL IM, lot 7H3RX, exp 2026-04. Observed 15 min.");
    row("lot expiry month and day", "Tdap lot U7741AA expires 4/27; VIS given.");
    row("lot expiry month and year", "Lot# K2291 expires 04/2027; NDC 58160-0823-52.");
    row("remote fraction without next", "Remote 1/2 of the sessions were missed; transmission 3/4 complete.");
    row("around a fraction", "Took around 1/2 of the dose; about 3/4 of meals eaten.");
  }

  void ignoresNinthFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Formats of the tenth family's identifiers, ages, dates and places, written the ways other
  // notes write them too.
  void findsTenthFamilyPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("town after a street type's dot and comma", "Home: 9738 Hawthorne Lincoln St., Dunmore; lives alone.",
        "9738 Hawthorne Lincoln St., Dunmore", "address");
    row("city and state after a street dot at the line end", "ADDR 964 EAST MAGNOLIA AVE. NEW CANAAN MN 55401\nDOB",
        "964 EAST MAGNOLIA AVE. NEW CANAAN MN", "address");
    row("day month before a dose keeps the dose out", "GIVEN 12 JAN 20 MG IV.", "12 JAN", "date");
    row("military day month and two-digit year", "SICK CALL 18 JUN 19 SM REPORTS KNEE PAIN.", "18 JUN 19", "date");
    row("formal ordinal day of month", "Signed this 29th day of May, 2018 before me.", "29th day of May, 2018", "date");
    row("spelled age stated with is now", "Patient is now ninety-two and lives alone.", "ninety-two", "age");
    row("street type dot before the city", "6894 LARKIN ST. BRISTOL, OR 97201", "6894 LARKIN ST. BRISTOL, OR", "address");
    row("street line keeps its dot above the city", "9491 Millrace Elm St.\nMarlow, OH", "9491 Millrace Elm St.",
        "address");
    row("sentence dot after the street stays out", "Visit at 8876 W Cherry Ct. Firouzeh in the home.",
        "8876 W Cherry Ct", "address");
    row("unit then a sentence in capitals", "VISIT AT 7010 21ST WAY UNIT 7. GINTS IN THE HOME.", "7010 21ST WAY UNIT 7",
        "address");
    row("town after the street on its line", "Lives at 7448 Chestnut Drive, Riverton; son nearby.",
        "7448 Chestnut Drive, Riverton", "address");
    row("town and state after a location label", "Consent given by e-mail. Location confirmed: Oak Ridge, WA.",
        "Oak Ridge, WA", "address");
    row("town and state after a residence label", "Residence: Marlow, OH\nPCP: none", "Marlow, OH", "address");
    row("town after lives alone in", "Pt lives alone in Cedar Falls; son's # on file.", "Cedar Falls", "address");
    row("town after resides independently in", "She resides independently in Marlow.", "Marlow", "address");
    row("patient box without an organisation", "Mailing address:\nPO Box 3300\n", "PO Box 3300", "address");
    row("month and day after a lab check", "Hold warfarin until INR check 1/21. Caller verbalized understanding.",
        "1/21", "date");
    row("month and day after a procedure", "PT EVALUATION Dx: R TKA 11/24 Gait: antalgic.", "11/24", "date");
    row("month and day after an operation word", "S/p laparoscopic cholecystectomy 3/2, tolerating diet.", "3/2",
        "date");
    row("spelled age stated with is", "At the request of her son. Pt is ninety-one and wants to go home.",
        "ninety-one", "age");
    row("spelled age over a hundred", "PATIENT IS ONE HUNDRED AND TWO, LIVES AT HOME.", "ONE HUNDRED AND TWO", "age");
    row("numeric age stated with is", "Discussed goals of care; she is 97 and frail.", "97", "age");
    row("date after insurance stays a date", "Insurance 2-May-2022 renewal pending.", "2-May-2022", "date");
    row("compact date after device stays a date", "Device 12Mar2024 check done.", "12Mar2024", "date");
    row("participant number without id", "Screening log: participant PT-068-8300 consented today.", "PT-068-8300",
        "mrn");
    row("study subject number", "Subject S-0042-1177 completed visit 3.", "S-0042-1177", "mrn");
    row("device serial with letters inside", "Compliance 92% of nights. Device 3353SE1. Data pulled.", "3353SE1",
        "device");
    row("plan number of dashed mixed groups", "Pt's insurance 2VC0-EE0-WF90 requires auth.", "2VC0-EE0-WF90",
        "health_plan");
    row("licence after a lab value in another unit", "Glucose 5.4 mmol/L. DL W4410-223-19 on file.",
        "W4410-223-19", "license");
  }

  void findsTenthFamilyPatterns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of the tenth family's formats that must give nothing.
  void ignoresTenthFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("ordinal day without a month", "On the 3rd day of admission, 2 units given.");
    row("temperature stated with is", "Temp check: pt is 98.6 and comfortable; she is 99,5 by the ear.");
    row("fraction after a procedure before a unit", "S/p CABG 3/4 vessel disease; TKA 1/2 way through rehab.");
    row("location label before a hospital room", "Location: Pre-op, OR 3 then Holding, IN 2.");
    row("location label before a ward or a signer", "Location: Radiology, OR 3. Location confirmed: Surgery, PA on call.");
    row("organisation box in a letter", "Appeals Unit\nPO Box 3300\n\nRe: appeal of the denial");
    row("claims department box", "Mail to the Claims Department, PO Box 14079.");
    row("interval before a path word", "RECOMMENDATIONS: REPEAT IN 7 YEARS PENDING PATH.");
    row("ward before a title", "Transferred from 4 West. Per Dr. on call, hold.");
    row("lives alone in a facility", "Lives alone in Assisted Living; ambulates with a walker.");
    row("fractions after check and procedure", "Check 1/2 of the readings; s/p TKA 4/5 strength; CABG 2/6 murmur.");
    row("stated measurement after is", "Pt is 95 percent adherent; he is 100 kg; patient is ninety minutes late.");
    row("decilitre before a code", "LDL 41 mg/dL. ICD-10 I48.91 added; Hgb 12 g/dL. PHQ-9 score 3.");
    row("subject to a count", "Subject to 2 more visits; participant 3 of 12 in the group.");
    row("device with a dose or size", "Device 1000mg dose card; device 1024x768 screen.");
  }

  void ignoresTenthFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // International formats of research, registry and public-health paperwork (the nineteenth
  // family, seed 1919): identifier labels in local languages, national number layouts, trial
  // subject numbers, national phone groupings, postcodes and street orders of other countries.
  void findsNineteenthFamilyPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("spanish clinical history number", "Ingreso urgente. NHC 3318802, cama 12.", "3318802", "mrn");
    row("spanish health card", "Tarjeta sanitaria: BBMK550129334417 vigente.", "BBMK550129334417", "health_plan");
    row("french social security number in groups", "N° de sécurité sociale : 2 61 04 75 112 048 33\nIPP 4402781",
        "2 61 04 75 112 048 33", "health_plan");
    row("french permanent patient identifier", "Patiente vue en HDJ, IPP 8011250391, consentement signé.",
        "8011250391", "mrn");
    row("french nir after an english insurance label", "Insurance: 1 58 09 13 055 231 90 (mutuelle on file)",
        "1 58 09 13 055 231 90", "health_plan");
    row("european health insurance card", "Coverage: EHIC 80246 0011223344 until 2027.", "80246 0011223344",
        "health_plan");
    row("vietnamese health insurance card", "Số thẻ BHYT: DN4797931234567 còn hạn.", "DN4797931234567",
        "health_plan");
    row("vietnamese patient code", "Mã BN: 2403381207 - khoa Nhiễm.", "2403381207", "mrn");
    row("philippine health insurance", "PhilHealth no.: 12-345678901-2 (member).", "12-345678901-2", "health_plan");
    row("brazilian sus card", "Cartão SUS: 700 5023 1184 2291\nEndereço conferido.", "700 5023 1184 2291",
        "health_plan");
    row("mexican social security number", "NSS: 12-34-56-7890-1   Consultorio 4", "12-34-56-7890-1", "health_plan");
    row("nigerian health insurance number", "Enrolled: NHIA no. NHIA-210-554321 on file.", "NHIA-210-554321",
        "health_plan");
    row("kenyan social health authority", "Client registered, SHA no. CR5566778812 confirmed.", "CR5566778812",
        "health_plan");
    row("dutch citizen service number with dots", "Mevrouw, geboren 1950, BSN 1122.33.445, verwezen.", "1122.33.445",
        "ssn");
    row("danish cpr number", "CPR: 121056-4437 (journal).", "121056-4437", "mrn");
    row("norwegian birth number in two groups", "Fødselsnummer: 120356 44871", "120356 44871", "mrn");
    row("italian clinical folder number", "ricoverato presso il reparto, cartella n. 2023/004417, dimesso.",
        "2023/004417", "mrn");
    row("brazilian medical record", "Atendido no PS; prontuário 4451230-7 anexado.", "4451230-7", "mrn");
    row("trial subject of site and number", "Protocol AB-12   Subject 112-044   Visit 3", "112-044", "mrn");
    row("dutch trial participant", "Betreft: deelnemer 031-207, verslag.", "031-207", "mrn");
    row("subject number repeated without its label", "Subject 207-118 randomised.\nQuery raised for 207-118 today.",
        "207-118", "mrn");
    row("redcap record id column", "record_id,first_name,dob\n041-332,Ana,1950-01-02\n", "041-332", "mrn");
    row("ecuadorian cedula label scanned with a one", "GUAMÁN CHIRIBOGA Cédu1a: 0115713932 Fecha: 28/04/2025",
        "0115713932", "license");
    row("kazakh iin label scanned with a one", "Пациент: Айгерим Болатовна И1Н: 350818409583 Дата рожд.: 18.08.1935",
        "350818409583", "mrn");
    row("senegalese identity number in spaced groups", "M. Cheikh Ndiaye, 24 ans CNI : 1 718 2001 65160 1) Amoxicilline 1 g",
        "1 718 2001 65160", "license");
    row("russian waiting list number after the listing date",
        "Поставлен на лист ожидания трансплантации 20.07.2020, № 871985\nЛечащий врач: Иванов", "871985", "mrn");
    row("waiting list number after the listing date", "Placed on the kidney waiting list 03/2021, no. 220145.",
        "220145", "mrn");
    row("local number after a relative in brackets", "Present: Euna Roudebush (daughter), 842-9913 Medicare to follow.",
        "842-9913", "phone");
    row("romanian plate after the car in running text", "Permis de parcare pentru autoturismul IS 10 SHL Aparținător: Floarea",
        "IS 10 SHL", "vehicle");
    row("spelled age closed by this year", "14:10 meds given from blister pack. lurleen is ninety-two this year. 14:30 tea.",
        "ninety-two", "age");
    row("swahili insurance card number", "JINA LA MWANACHAMA: JOSEPH MASSAWE    NAMBA YA KADI: 317896440680\nTAREHE: 04/01/2025",
        "317896440680", "health_plan");
    row("phone scanned with letters for digits", "Cédu1a: 0472209898\nTeléf0no: 097 L76 9228\nEnf.: Rosa", "097 L76 9228",
        "phone");
    row("area-code phone scanned with a letter", "Fecha: 28/04/2025 Teléf0no: (02) 882-6l46 HD 4 h", "(02) 882-6l46", "phone");
    row("belgian national register column", "patient_id;naam;insz;tel\n88213;\"PEETERS, Els\";26.02.08-234.53;02 329 44 42\n",
        "26.02.08-234.53", "mrn");
    row("dicom patient id by its tag", "(0010,0020) LO [00052123]    # PatientID\n", "00052123", "mrn");
    row("korean hospital registration number", "Name: Jang Bok-nam    RRN: 271103-1159507\nNHIS no.: 75915431352    "
        "Registration no.: 65550640\n", "65550640", "mrn");
    row("patient id scanned by a pump", "08:20:20 Patient ID scanned: 00458173\n08:21:43 heparin started\n", "00458173", "mrn");
    row("dicom accession number by its tag", "(0008,0050) SH [CT24-1878306]    # AccessionNumber\n", "CT24-1878306", "mrn");
    row("registry case column", "# tumor registry abstract export\ncase_no,last,first,dob\n21-070293,Doe,Jane,19310807\n",
        "21-070293", "account");
    row("french phone in pairs", "Joignable au 06 71 22 48 90 le matin.", "06 71 22 48 90", "phone");
    row("french phone with dots", "Contact famille : 04.72.11.36.80", "04.72.11.36.80", "phone");
    row("brazilian mobile with area code", "Celular do paciente (85) 98812-3344 ativo.", "(85) 98812-3344", "phone");
    row("swedish mobile with dashed area code", "Ring 073-512 44 90 efter kl 16.", "073-512 44 90", "phone");
    row("dutch mobile with dash", "Bereikbaar op 06-41227790 overdag.", "06-41227790", "phone");
    row("danish number after tlf", "Pårørende tlf. 28 44 61 90", "28 44 61 90", "phone");
    row("norwegian number after tel", "Fastlege tel 915 22 408 (dagtid)", "915 22 408", "phone");
    row("spanish number after telefono", "Teléfono: 612 448 903", "612 448 903", "phone");
    row("mexican number after a relative", "Avisar a Rosa Díaz (daughter), 33 1842 7750.", "33 1842 7750", "phone");
    row("nigerian mobile unspaced after phone", "Phone: 08034417729 (WhatsApp)", "08034417729", "phone");
    row("local number after fax", "Tel 91 448 2210   Fax 914 48 22 11", "914 48 22 11", "fax");
    row("italian street with the type first", "Residente in Via Roma 12, 40121 Bologna.", "Via Roma 12", "address");
    row("italian postcode after the street", "Residente in Via Roma 12, 40121 Bologna.", "40121", "zip");
    row("italian town after the postcode", "Residente in Via Roma 12, 40121 Bologna.", "Bologna", "address");
    row("french number before the street type", "Domicile : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix",
        "address");
    row("spanish street with floor and door", "Domicilio: Calle Mayor 5, 3º B, 28013 Madrid", "Calle Mayor 5, 3º B",
        "address");
    row("norwegian street with its type word", "Adresse: Thorvald Meyers gate 4, 0555 Oslo", "Thorvald Meyers gate 4",
        "address");
    row("norwegian postcode inside the town line", "Adresse: Thorvald Meyers gate 4, 0555 Oslo", "0555 Oslo", "address");
    row("swedish compound street and postcode", "Bor på Sveavägen 44 B\n113 59 Stockholm", "113 59 Stockholm",
        "address");
    row("dutch street and postcode", "Woonadres Kerkstraat 112, 3511 LX Utrecht", "Kerkstraat 112", "address");
    row("danish floor and side", "Bopæl: Istedgade 31, 4. tv., 1650 København", "Istedgade 31, 4. tv.", "address");
    row("mexican colonia and postal code", "Domicilio: Calle Hidalgo 48, Col. Roma Norte, C.P. 06700, Cuauhtémoc",
        "06700", "zip");
    // (The twenty-seventh family keeps the CEP inside the one-line address after its label, as
    // Brazilian forms write it; the nineteenth's own corpus lines are not changed by that.)
    row("brazilian town and cep", "Endereço: Rua Augusta, 210, Bairro Consolação, São Paulo - SP, CEP 01305-000",
        "Rua Augusta, 210, Bairro Consolação, São Paulo - SP, CEP 01305-000", "address");
    row("subject column of a pipe log", "DEVIATIONS\nRef. | Subject | Date | Details\nPD-04 | 118-230 | 03/02/2024 | late visit\n",
        "118-230", "mrn");
    row("participant column after an abbreviation header", "No. | Participant | Visit | Date\n1 | 07-5521 | V2 | 2024-05-06\n",
        "07-5521", "mrn");
    row("date cell written in words", "Subject no. | Name | Consent date\n211-004 | Ana Ruiz | 14 March 2024\n",
        "14 March 2024", "date");
    row("analyser patient line number", "UPLOAD  analyser 2\nPID|66120458|OKAFOR^NGOZI|19480312|F\nOBR|1|K 4.1\n",
        "66120458", "mrn");
    row("analyser patient line birth date", "UPLOAD  analyser 2\nPID|66120458|OKAFOR^NGOZI|19480312|F\n", "19480312",
        "date");
    row("edc record of a participant", "2024-02-01 10:12,coord_7,Update record 27-0412,\"dob changed\"\n", "27-0412",
        "mrn");
    row("national insurance label as a column", "No | Name | Phone | NHIS\n1 | Kofi Mensah | 024 555 0101 | 55120473\n",
        "55120473", "health_plan");
    row("locality column of a line list", "No | Name | Locality | Phone\n1 | Ama Boateng | Nkawkaw | 024 555 0102\n",
        "Nkawkaw", "address");
    row("brazilian postcode after a bairro", "Endereço: Travessa 3, casa 8, Jardim Esperança, Natal - RN, CEP 59000-120",
        "59000-120", "address");
    row("brazilian town and state before the postcode", "Mora no sítio, Serra Talhada - PE, CEP 56900-000.",
        "Serra Talhada - PE", "address");
  }

  void findsNineteenthFamilyPatterns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of the nineteenth family's formats that must give nothing.
  void ignoresNineteenthFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("french proton pump inhibitor", "Traitement: IPP 20 mg le matin, arrêt des AINS.");
    row("resuscitation ratio", "CPR 30:2 started; CPR for 12 min before ROSC.");
    row("file word after a preposition", "Revisado en el expediente: sin alergias conocidas.");
    row("trial registration number", "The study is registered as NCT04411235 and DRKS00012345.");
    row("counts in pairs without a phone word", "Scores by visit 12 14 15 16 18 and 20 22.");
    row("dose range after subject", "Each subject 100-200 mg daily for 12 weeks.");
    row("ranges that are not site numbers", "Subject to change; participant 3-12 weeks.");
    row("grouped kit codes without a phone word", "Kit 0612 3456 78 and rack 12 34 56 78 received.");
    row("via before a catheter and a score", "Urine 40 mL/h via Foley. TIMI 3 flow restored.");
    row("arteriovenous access in capitals", "ACCESS: LEFT ARM AV FISTULA. BLOOD FLOW 400 ML/MIN.");
    row("street type word in prose", "Took the route 66 memory test; place 2 tablets under the tongue.");
    row("subject column of an e-mail list", "Sent | Subject | From | Phone\nTue | Re: 2 samples | lab desk | none\n");
    row("standard patient segment set id", "PID|1||||||||||||||||||||||||||||N\n");
    row("record of readings and a range", "Please record 3 readings daily; record 10-20 min of walking.");
    row("cep gene and a non-state code", "CEP 12345 assay pending; Trial - XX, CEP ok.");
  }

  void ignoresNineteenthFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Addresses of the world as general rules (address_words.cpp): the labels, street words and
  // running-text cues of the countries of more than 30 million inhabitants, the EU/EEA states,
  // Switzerland and the OECD members, by region.
  void findsWorldAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Europe.
    row("austrian street word and postcode with a country prefix", "Wohnort: Mariahilfer Straße 45/12, A-1060 Wien",
        "Mariahilfer Straße 45/12, A-1060 Wien", "address");
    row("polish street after a cue of running text", "Pacjentka mieszka przy ul. Lipowej 24/6, 61-001 Poznan.",
        "ul. Lipowej 24/6, 61-001 Poznan", "address");
    row("slovak ulica and postcode", "Bydlisko: Hlavná ulica 12, 040 01 Kosice", "Hlavná ulica 12, 040 01 Kosice",
        "address");
    // (The postcode and town inside the line, as the twenty-ninth family writes Finnish addresses.)
    row("finnish compound street", "Osoite: Aleksanterinkatu 15 A, 00100 Helsinki", "Aleksanterinkatu 15 A, 00100 Helsinki",
        "address");
    row("finnish postcode after the street", "Kotiosoite: Hämeenkatu 3 B 12, 33100 Tampere", "Hämeenkatu 3 B 12, 33100 Tampere",
        "address");
    row("dutch street with a lettered number", "Verhuisd naar Prinsengracht 14A, 4848 GT Emmen", "Prinsengracht 14A", "address");
    row("greek label and street in greek letters", "Διεύθυνση: Οδός Ερμού 25, 105 63 Αθήνα",
        "Οδός Ερμού 25, 105 63 Αθήνα", "address");
    row("portuguese avenue and postcode", "Morada: Avenida da Liberdade 110, 1269-046 Lisboa",
        "Avenida da Liberdade 110, 1269-046 Lisboa", "address");
    row("turkish label with its suffix", "İkamet adresi: Atatürk Mah. Lale Sok. No: 5 D: 3, 26100 Tepebaşı/Eskişehir",
        "Atatürk Mah. Lale Sok. No: 5 D: 3, 26100 Tepebaşı/Eskişehir", "address");
    row("russian label and street in cyrillic", "Адрес: ул. Ленина, д. 12, кв. 5, Москва", "ул. Ленина, д. 12, кв. 5, Москва",
        "address");
    row("czech square in lower case", "Adresa: Václavské náměstí 12, 110 00 Praha 1", "Václavské náměstí 12, 110 00 Praha 1",
        "address");
    row("estonian highway and postcode before the town", "Aadress: Narva mnt 5, 10117 Tallinn", "Narva mnt 5, 10117 Tallinn",
        "address");
    row("lithuanian avenue and prefixed postcode", "Adresas: Gedimino pr. 9, LT-01103 Vilnius",
        "Gedimino pr. 9, LT-01103 Vilnius", "address");
    row("icelandic compound street", "Heimilisfang: Laugavegur 12, 101 Reykjavík", "Laugavegur 12, 101 Reykjavík", "address");
    row("maltese triq with its article", "Address: 15 Triq il-Kbira, Birkirkara", "15 Triq il-Kbira, Birkirkara", "address");
    row("house named by its number after a label", "Address: Number 66, Sandwick, Whalsay ZE2 9QM",
        "Number 66, Sandwick, Whalsay ZE2 9QM", "address");
    // The Americas.
    row("peruvian jiron", "Domicilio: Jr. Huallaga 356, Cercado de Lima, Lima", "Jr. Huallaga 356, Cercado de Lima, Lima",
        "address");
    row("colombian carrera with its number sign", "Dirección: Cra. 7 # 45-10, Chapinero, Bogotá",
        "Cra. 7 # 45-10, Chapinero, Bogotá", "address");
    row("chilean pasaje", "Domicilio: Pasaje Los Aromos 1234, Villa Alemana", "Pasaje Los Aromos 1234, Villa Alemana",
        "address");
    row("brazilian quadra and lote", "Endereço: Quadra 5, Lote 12, Setor Oeste, Goiânia",
        "Quadra 5, Lote 12, Setor Oeste, Goiânia", "address");
    row("spanish chat address in lower case", "vive en calle 45 # 12-30, barrio la esperanza, medellín. tiene 2 hijos",
        "calle 45 # 12-30, barrio la esperanza, medellín", "address");
    row("portuguese chat address after my address is", "meu endereço é rua das flores 120, apto 3, centro, curitiba. obrigada",
        "rua das flores 120, apto 3, centro, curitiba", "address");
    // Asia.
    row("indonesian chat address after its cue", "baik bu, alamat tetap di jl. melati no. 12, rt 03/rw 05, kec. klojen, malang 65115  terima kasih",
        "jl. melati no. 12, rt 03/rw 05, kec. klojen, malang 65115", "address");
    row("indonesian chat address going on after its postcode", "alamat saya jl. melati no. 5, rt 02/rw 03, kec. lowokwaru, malang 65141 ya bu",
        "jl. melati no. 5, rt 02/rw 03, kec. lowokwaru, malang 65141", "address");
    row("indonesian letterhead line opened by its street word", "Klinik Sehat\nJl. Sudirman No. 45, Kel. Karet, Jakarta Selatan 12920\n",
        "Jl. Sudirman No. 45, Kel. Karet, Jakarta Selatan 12920", "address");
    row("malaysian jalan and taman", "Alamat: No. 12, Jalan Ampang, Taman Melawati, Kuala Lumpur",
        "No. 12, Jalan Ampang, Taman Melawati, Kuala Lumpur", "address");
    row("thai label, moo and soi", "ที่อยู่: 99/12 Moo 4, Soi Sukhumvit 21, Khlong Toei, Bangkok 10110",
        "99/12 Moo 4, Soi Sukhumvit 21, Khlong Toei, Bangkok 10110", "address");
    row("vietnamese label without its marks", "Dia chi: 25 Duong Le Loi, Phuong Ben Nghe, Quan 1, TP HCM",
        "25 Duong Le Loi, Phuong Ben Nghe, Quan 1, TP HCM", "address");
    row("indian flat with a letter and a sector", "Address: Flat 12C, Green Park Apartments, Sector 45, Gurugram 122003",
        "Flat 12C, Green Park Apartments, Sector 45, Gurugram 122003", "address");
    row("a spanish postcode the street scanner read stays a zip", "Dirección: Calle Mayor 5, 28013 Madrid", "28013", "zip");
    row("a mexican postal code after its label stays a zip", "Domicilio: Calle 5 Sur 12, Col. Del Valle, C.P. 55070, Mérida",
        "55070", "zip");
    row("malaysian postcode before the town", "Alamat: No. 8, Lorong Maarof, Bangsar, 59000 Kuala Lumpur",
        "No. 8, Lorong Maarof, Bangsar, 59000 Kuala Lumpur", "address");
    row("israeli rehov after a latin label", "Ktovet: Rehov Herzl 15, Haifa", "Rehov Herzl 15, Haifa", "address");
    // Africa.
    row("swahili label and mtaa", "Anwani: Mtaa wa Uhuru 14, Kariakoo, Dar es Salaam", "Mtaa wa Uhuru 14, Kariakoo, Dar es Salaam",
        "address");
    row("moroccan derb", "Adresse : Derb Sidi Bouloukat 12, Médina, Marrakech", "Derb Sidi Bouloukat 12, Médina, Marrakech",
        "address");
    // The second list of countries (8 to 30 million inhabitants, and the states where Arabic,
    // French, Portuguese, Spanish or Russian is official). Europe.
    row("lithuanian g. and prefixed postcode", "Adresas: Žalgirio g. 12-5, LT-09310 Vilnius",
        "Žalgirio g. 12-5, LT-09310 Vilnius", "address");
    row("lithuanian lives cue", "Pacientas gyvena Žalgirio g. 12-5, Vilnius.", "Žalgirio g. 12-5, Vilnius", "address");
    row("slovak lives on cue and locative ulici", "Pacientka býva na Mierovej ulici 14, 821 05 Bratislava.",
        "Mierovej ulici 14, 821 05 Bratislava", "address");
    row("croatian street with no type word and prefixed postcode", "Adresa: Ilica 45, HR-10000 Zagreb",
        "Ilica 45, HR-10000 Zagreb", "address");
    row("croatian cesta and five-digit postcode", "Adresa: Vukovarska cesta 12, 21000 Split",
        "Vukovarska cesta 12, 21000 Split", "address");
    row("belgian street with no type word and postcode", "Adres: Meir 12, 2000 Antwerpen", "Meir 12, 2000 Antwerpen",
        "address");
    row("flemish compound lane", "Adres: Beukendreef 4, 9000 Gent", "Beukendreef 4, 9000 Gent", "address");
    row("flemish compound quay", "Adres: Sint-Michielskaai 14, 2000 Antwerpen", "Sint-Michielskaai 14, 2000 Antwerpen",
        "address");
    row("belgian chaussée", "Adresse : Chaussée de Waterloo 115, 1060 Saint-Gilles",
        "Chaussée de Waterloo 115, 1060 Saint-Gilles", "address");
    row("bulgarian residential complex and block", "Адрес: ж.к. Люлин, бл. 512, вх. Б, ап. 14, 1324 София",
        "ж.к. Люлин, бл. 512, вх. Б, ап. 14, 1324 София", "address");
    // The former Soviet Union.
    row("russian place of residence label and microdistrict", "Адрес проживания: г. Бишкек, мкр. Джал, д. 15, кв. 7",
        "г. Бишкек, мкр. Джал, д. 15, кв. 7", "address");
    row("russian lives at the address cue", "Больной проживает по адресу: г. Алматы, мкр. Самал-2, д. 33, кв. 18.",
        "г. Алматы, мкр. Самал-2, д. 33, кв. 18", "address");
    row("russian participle cue and a verb after the flat",
        "Больной проживает по адресу г. Минск, ул. Сурганова, д. 5, кв. 12, работает водителем.",
        "г. Минск, ул. Сурганова, д. 5, кв. 12", "address");
    row("ivorian domicilié à cue", "Patient domicilié à Cocody Angré, Lot 245, Abidjan.", "Cocody Angré, Lot 245, Abidjan",
        "address");
    row("arabic resident in cue", "المريض المقيم في عمان، شارع الجاردنز، عمارة 12، شقة 4.", "عمان، شارع الجاردنز، عمارة 12، شقة 4",
        "address");
    row("honduran radica en cue", "Radica en Colonia Kennedy, Bloque 5, Casa 12, Tegucigalpa.",
        "Colonia Kennedy, Bloque 5, Casa 12, Tegucigalpa", "address");
    row("tajik place of residence label", "Место жительства: г. Душанбе, ул. Рудаки, д. 34, кв. 2",
        "г. Душанбе, ул. Рудаки, д. 34, кв. 2", "address");
    row("kazakh label, district, street and new postcode",
        "Мекенжайы: Астана қ., Сарыарқа ауданы, Кенесары көшесі 40, 12 пәтер, Z05K7A1",
        "Астана қ., Сарыарқа ауданы, Кенесары көшесі 40, 12 пәтер, Z05K7A1", "address");
    row("uzbek label, district and street", "Manzil: Toshkent sh., Chilonzor tumani, Bunyodkor ko'chasi 12-uy, 45-xonadon",
        "Toshkent sh., Chilonzor tumani, Bunyodkor ko'chasi 12-uy, 45-xonadon", "address");
    row("uzbek residence label and mahalla", "Yashash manzili: Samarqand viloyati, Urgut tumani, Navbahor mahallasi, 15-uy",
        "Samarqand viloyati, Urgut tumani, Navbahor mahallasi, 15-uy", "address");
    row("azerbaijani label and street", "Ünvan: Bakı şəh., Nizami küç. 45, mənzil 12", "Bakı şəh., Nizami küç. 45, mənzil 12",
        "address");
    // The Arab states and Kurdistan.
    row("iraqi mahalla, zuqaq and dar", "العنوان: بغداد، الكرادة، محلة 905، زقاق 12، دار 7",
        "بغداد، الكرادة، محلة 905، زقاق 12، دار 7", "address");
    row("jordanian residence label", "عنوان السكن: عمان، جبل الحسين، شارع خالد بن الوليد، عمارة 15",
        "عمان، جبل الحسين، شارع خالد بن الوليد، عمارة 15", "address");
    row("syrian place of residence label", "محل الإقامة: دمشق، المزة، شارع الجلاء، بناء 12", "دمشق، المزة، شارع الجلاء، بناء 12",
        "address");
    row("arabic lives in cue", "يسكن في بغداد، حي الجامعة، محلة 631، زقاق 4، دار 12.", "بغداد، حي الجامعة، محلة 631، زقاق 4، دار 12",
        "address");
    row("arabic-indic numbers of the house", "العنوان: الموصل، حي الزهراء، زقاق ٤، دار ١٢",
        "الموصل، حي الزهراء، زقاق ٤، دار ١٢", "address");
    row("kurdish label, quarter and alley", "ناونیشان: هەولێر، گەڕەکی ئازادی، کۆڵانی 12، خانووی 45",
        "هەولێر، گەڕەکی ئازادی، کۆڵانی 12، خانووی 45", "address");
    row("algerian street and postcode the street scanner does not read", "Adresse : 12, rue Didouche Mourad, 16000 Alger",
        "12, rue Didouche Mourad, 16000 Alger", "address");
    row("tunisian four-digit postcode", "Adresse : 15, rue Ibn Khaldoun, 1002 Tunis", "15, rue Ibn Khaldoun, 1002 Tunis",
        "address");
    row("maghreb cité and block", "Domicile : Cité 500 Logements, Bt 12, Bab Ezzouar, Alger",
        "Cité 500 Logements, Bt 12, Bab Ezzouar, Alger", "address");
    // French- and Portuguese-speaking Africa, Uganda, Zambia.
    row("ivorian quarter and lot", "Adresse : Cocody Riviera 2, Lot 1245, Abidjan", "Cocody Riviera 2, Lot 1245, Abidjan",
        "address");
    row("senegalese villa after demeurant à", "Le patient demeurant à Sicap Liberté 6, Villa 1234, Dakar.",
        "Sicap Liberté 6, Villa 1234, Dakar", "address");
    row("cameroonian domicilié(e) à label", "Domicilié(e) à : Quartier Akwa, Rue Joss 45, Douala",
        "Quartier Akwa, Rue Joss 45, Douala", "address");
    row("congolese avenue and commune", "Adresse : Avenue Kasa-Vubu 123, Commune de Kalamu, Kinshasa",
        "Avenue Kasa-Vubu 123, Commune de Kalamu, Kinshasa", "address");
    row("moroccan line in running text ending at its town",
        "Le patient, demeurant 149, Rue Oued Sebou, Agdal, 10090 Rabat, pour prise en charge en chirurgie.",
        "149, Rue Oued Sebou, Agdal, 10090 Rabat", "address");
    row("angolan line in running text ending at its town",
        "O paciente reside em Rua da Missão, 12, Bairro Maculusso, Luanda, com a esposa.",
        "Rua da Missão, 12, Bairro Maculusso, Luanda", "address");
    row("angolan reside em cue", "O paciente reside em Rua da Missão, 12, Bairro Maculusso, Luanda.",
        "Rua da Missão, 12, Bairro Maculusso, Luanda", "address");
    row("zambian stand number", "Address: Stand No. 4521, Chilenje South, Lusaka", "Stand No. 4521, Chilenje South, Lusaka",
        "address");
    // Latin America and the Caribbean.
    row("ecuadorian corner with y and six-digit postcode", "Dirección: Av. Amazonas N34-451 y Av. Atahualpa, Quito 170135",
        "Av. Amazonas N34-451 y Av. Atahualpa, Quito 170135", "address");
    row("cuban street between two others", "Domicilio: Calle 23 e/ L y M, No. 456, Vedado, La Habana",
        "Calle 23 e/ L y M, No. 456, Vedado, La Habana", "address");
    row("cuban reparto", "Domicilio: Rpto. Sueño, Calle 8 No. 112, Santiago de Cuba", "Rpto. Sueño, Calle 8 No. 112, Santiago de Cuba",
        "address");
    row("dominican c/ and zona", "Dirección: C/ El Conde 102, Zona Colonial, Santo Domingo",
        "C/ El Conde 102, Zona Colonial, Santo Domingo", "address");
    row("venezuelan urbanización and postcode", "Residencia: Urb. La Florida, Calle 4, Casa 12, Caracas 1050",
        "Urb. La Florida, Calle 4, Casa 12, Caracas 1050", "address");
    row("bolivian street without a number", "Domicilio: Calle 5 s/n, Barrio San Luis, Santa Cruz de la Sierra",
        "Calle 5 s/n, Barrio San Luis, Santa Cruz de la Sierra", "address");
    // Asia.
    row("burmese township and postcode", "Address: No. 12, Bogyoke Aung San Road, Pabedan Township, Yangon 11141",
        "No. 12, Bogyoke Aung San Road, Pabedan Township, Yangon 11141", "address");
    row("cambodian numbered street after a number sign",
        "Address: #12, St. 360, Sangkat Boeung Keng Kang I, Khan Chamkarmon, Phnom Penh 12302",
        "#12, St. 360, Sangkat Boeung Keng Kang I, Khan Chamkarmon, Phnom Penh 12302", "address");
    row("cambodian phum and sangkat", "Address: Phum 3, Sangkat Tuek Thla, Khan Sen Sok, Phnom Penh",
        "Phum 3, Sangkat Tuek Thla, Khan Sen Sok, Phnom Penh", "address");
    // Post-office boxes as the address (scan_postal_boxes.cpp).
    row("senegalese boîte postale", "Adresse : B.P. 1234 Dakar", "B.P. 1234 Dakar", "address");
    row("burkinabe box after a label with its district", "Adresse : BP 5012 Ouagadougou 01", "BP 5012 Ouagadougou 01",
        "address");
    row("portuguese caixa postal", "Endereço: Caixa Postal 1234, Luanda", "Caixa Postal 1234, Luanda", "address");
    row("spanish apartado postal", "Dirección: Apartado Postal 1234, Tegucigalpa", "Apartado Postal 1234, Tegucigalpa",
        "address");
    row("bolivian casilla de correo", "Casilla de Correo 1234, La Paz", "Casilla de Correo 1234, La Paz", "address");
    row("arabic post box", "ص.ب. 1234 عمان", "ص.ب. 1234 عمان", "address");
    row("russian subscriber box", "Адрес: а/я 45, г. Ташкент", "а/я 45, г. Ташкент", "address");
    row("serbian capitalised boulevard in cyrillic", "Адреса: Булевар краља Александра 73, 11000 Београд",
        "Булевар краља Александра 73, 11000 Београд", "address");
    row("tunisian avenue in lower case", "Adresse : 25, avenue Habib Bourguiba, 1001 Tunis",
        "25, avenue Habib Bourguiba, 1001 Tunis", "address");
    row("paraguayan corner c/", "Dirección: Calle Palma 1234 c/ Brasil, Asunción", "Calle Palma 1234 c/ Brasil, Asunción",
        "address");
    // Scripts joining the street word to its name, values naming the country first, number signs.
    row("burmese label and value in its letters", "နေရပ်လိပ်စာ: အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း၊ ပန်းဘဲတန်းမြို့နယ်၊ ရန်ကုန်",
        "အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း၊ ပန်းဘဲတန်းမြို့နယ်၊ ရန်ကုန်", "address");
    row("khmer value with no commas and two numbers", "អាសយដ្ឋាន: ផ្ទះលេខ ១២ ផ្លូវ ២៧១ សង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ ភ្នំពេញ",
        "ផ្ទះលេខ ១២ ផ្លូវ ២៧១ សង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ ភ្នំពេញ", "address");
    row("lao label and village", "ທີ່ຢູ່: ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ, ເຮືອນເລກທີ 12",
        "ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ, ເຮືອນເລກທີ 12", "address");
    row("sinhala label and road", "ලිපිනය: 45/3, ගාලු පාර, කොළඹ 03", "45/3, ගාලු පාර, කොළඹ 03", "address");
    row("tamil label and street", "முகவரி: 12, காலி வீதி, கொழும்பு 03", "12, காலி வீதி, கொழும்பு 03", "address");
    row("belarusian value opened by the country and postcode",
        "Адрес: Республика Беларусь, 220030, г. Минск, ул. Немига, д. 5, кв. 12",
        "Республика Беларусь, 220030, г. Минск, ул. Немига, д. 5, кв. 12", "address");
    row("kyrgyz registration address, a label of 33 bytes", "Адрес регистрации: Кыргызская Республика, г. Ош, ул. Ленина, 45",
        "Кыргызская Республика, г. Ош, ул. Ленина, 45", "address");
    row("uzbek numbered microdistrict", "Manzil: Toshkent shahri, Yunusobod tumani, 4-mavze, 12-uy, 34-xonadon",
        "Toshkent shahri, Yunusobod tumani, 4-mavze, 12-uy, 34-xonadon", "address");
    row("honduran colonia, block and house", "Dirección: Col. Kennedy, Bloque 12, Casa 1234, Tegucigalpa",
        "Col. Kennedy, Bloque 12, Casa 1234, Tegucigalpa", "address");
    row("dakar corner of numbered streets", "Adresse : Rue 12 x 15, Médina, Dakar", "Rue 12 x 15, Médina, Dakar", "address");
    row("senegalese villa with its number sign", "Adresse : Villa n° 45, Cité Keur Gorgui, Dakar",
        "Villa n° 45, Cité Keur Gorgui, Dakar", "address");
    row("burkinabe lot and lotissement", "Adresse : Lot n° 123, Lotissement Bel Air, Ouagadougou",
        "Lot n° 123, Lotissement Bel Air, Ouagadougou", "address");
    row("mozambican quarteirão and casa", "Residência: Bairro Maxaquene A, Quarteirão 12, Casa n.º 45, Maputo",
        "Bairro Maxaquene A, Quarteirão 12, Casa n.º 45, Maputo", "address");
    // The third list (seed 3030): the value ends before the next field's label of a one-line form,
    // three parts closed by a town need no piece, a town and its postcode or a street's word two.
    row("angolan floor before the next label", "Morada: Rua 14, Casa 132, 8.\u00ba andar, Cazenga, Luanda Telefone: 979 418 688",
        "Rua 14, Casa 132, 8.\u00ba andar, Cazenga, Luanda", "address");
    row("croatian king's street before the doctor's label", "Adresa: Ulica kralja Zvonimira 92, 51000 Rijeka Lije\u010dnik: dr. med. Vuk",
        "Ulica kralja Zvonimira 92, 51000 Rijeka", "address");
    row("cuban avenue between two streets", "Direcci\u00f3n: Ave. 41 No. 1132 e/ Maceo y G\u00f3mez, Holgu\u00edn Tel\u00e9fono: 50760037",
        "Ave. 41 No. 1132 e/ Maceo y G\u00f3mez, Holgu\u00edn", "address");
    row("cuban address before a two-word label", "Direcci\u00f3n: Ave. 41 No. 424, Santiago de Cuba Familiar responsable: Yanelis",
        "Ave. 41 No. 424, Santiago de Cuba", "address");
    row("ivorian tranche, ilot and lot", "Domicile : Cocody Angr\u00e9 8e tranche, \u00eelot 89, lot 506, Abidjan T\u00e9l. : 07 23 35 50 71",
        "Cocody Angr\u00e9 8e tranche, \u00eelot 89, lot 506, Abidjan", "address");
    row("kazakh street, town and postcode in latin letters", "\u0410\u0434\u0440\u0435\u0441: Abay st. 92, Almaty 050059 Rp.: Morphini",
        "Abay st. 92, Almaty 050059", "address");
    row("kazakh microdistrict, building and flat", "\u0410\u0434\u0440\u0435\u0441: Samal-2 microdistrict, bld. 164, apt. 59, Astana 010000",
        "Samal-2 microdistrict, bld. 164, apt. 59, Astana 010000", "address");
    row("uzbek numbered quarter", "Manzil: Toshkent sh., Yunusobod tumani, 12-kvartal, 39-uy, 87-xonadon Tel: (96) 489-02-64",
        "Toshkent sh., Yunusobod tumani, 12-kvartal, 39-uy, 87-xonadon", "address");
    row("uzbek street with the modifier letter", "Manzil: Samarqand sh., Registon ko\u02bbchasi, 5-kvartal, 47-uy, 39-xonadon",
        "Samarqand sh., Registon ko\u02bbchasi, 5-kvartal, 47-uy, 39-xonadon", "address");
    row("croatian town that is an english word", "Adresa: Ilica 174, 21000 Split Lije\u010dnik: dr. med. Horvat",
        "Ilica 174, 21000 Split", "address");
    row("erbil's road named by its width", "Address: House 24, Street 88, 100m Street, Erbil Mobile: 0771 807 1045",
        "House 24, Street 88, 100m Street, Erbil", "address");
    row("kurdish chat's answer to the address question",
        "pharmacy: bale, bo gayandn bo mal, nawnishan?\nkarwan: house 192, street 2, bakhtiyari, sulaymaniyah, mobile 0750 663 1114",
        "house 192, street 2, bakhtiyari, sulaymaniyah", "address");
    row("flemish street and its town line kept whole", "Adres: Kerkstraat 12, 1030 Schaerbeek\nVoorschrijver: Dr. Peeters",
        "Kerkstraat 12, 1030 Schaerbeek", "address");
    row("a relative's town and state closing the note", "5. Making the environment safe: firearm stored at my brother's in Hialeah, FL",
        "Hialeah, FL", "address");
    row("kurdish house and street after a label", "Address: House 24, Street 88, Azadi, Erbil Mobile: 0771 807 1045",
        "House 24, Street 88, Azadi, Erbil", "address");
    row("belgian petition's domiciliee", "n\u00e9e le 13/12/1995, domicili\u00e9e Rue Haute 227, 2000 Antwerpen NISS : 95.12.13-179.74",
        "Rue Haute 227, 2000 Antwerpen", "address");
    row("belgian flat's box after a dutch label", "Adres: Rue de la Loi 171 bte 12, 1030 Schaerbeek Voorschrijver: Dr. Peeters",
        "Rue de la Loi 171 bte 12, 1030 Schaerbeek", "address");
    row("ivorian origin before the next label", "Origine : Bouak\u00e9 S\u00e9ances : lundi, mercredi", "Bouak\u00e9", "address");
    row("ugandan village of the local council", "Age: 52 Village / LC1: Masaka Phone: 0791 736202", "Masaka", "address");
    row("slovak residence on a one-line form", "Bydlisko: Pre\u0161ov Vlastn\u00e9 auto, E\u010cV BA-937FG", "Pre\u0161ov", "address");
    // Postcodes after their labels (scan_postcode_labels.cpp): address spans, as the families keep
    // every postcode but a US ZIP.
    row("ecuadorian postcode after its label", "Código postal: 170135", "170135", "address");
    row("belarusian postcode after its label", "Почтовый индекс: 220013", "220013", "address");
    row("kazakh six-digit postcode", "Индекс: 050000", "050000", "address");
    row("kazakh new postcode", "Индекс: A05A0A0", "A05A0A0", "address");
    row("slovak postcode in three and two", "PSČ: 811 01", "811 01", "address");
    row("lithuanian prefixed postcode after its label", "Pašto kodas: LT-09310", "LT-09310", "address");
    row("croatian postcode after its label", "Poštanski broj: 10000", "10000", "address");
    row("bulgarian postcode after its label", "Пощенски код: 1000", "1000", "address");
    row("arabic postcode after its label", "الرمز البريدي: 11118", "11118", "address");
    row("belgian postcode after a french label", "Code postal : 1000", "1000", "address");
    row("lithuanian prefixed postcode and town in prose", "Sent to LT-09310 Vilnius by post.", "LT-09310 Vilnius",
        "address");
    row("nigerien avenue and quarter with no number", "Adresse : Avenue de la Paix, Quartier Kalo, Niamey",
        "Avenue de la Paix, Quartier Kalo, Niamey", "address");
    row("honduran street and barrio with no number", "Dirección: Calle Los Almendros, Barrio San Antonio, Tegucigalpa",
        "Calle Los Almendros, Barrio San Antonio, Tegucigalpa", "address");
    row("croatian prefixed postcode and town", "Moved to HR-10000 Zagreb last year.", "HR-10000 Zagreb", "address");
    row("slovak prefixed postcode in three and two", "Lives near SK-811 01 Bratislava now.", "SK-811 01 Bratislava",
        "address");
    row("bulgarian prefixed postcode", "Transferred from BG-1000 Sofia.", "BG-1000 Sofia", "address");
    row("belgian prefixed postcode", "Lives in B-1000 Bruxelles with her son.", "B-1000 Bruxelles", "address");
    row("azerbaijani postcode joined to its letters", "AZ1000 Bakı", "AZ1000 Bakı", "address");
  }

  void findsWorldAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // The nearest wordings that are no address: street words that are ordinary words, routes of a
  // drug, a cue of where someone lives followed by no street.
  void ignoresWorldAddressLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("drug route after a home label", "Home: via oral, 2 tablets, with meals, at night.");
    row("ward sector after a residence cue", "resides in sector 7 of the ward, bed 2, near the window");
    row("lives at home with family", "She lives at home with 2 sons, a dog, a cat.");
    row("spanish lives in a house", "Vive en casa con 2 hijos, su esposa y un perro.");
    row("indonesian walking after a cue", "Pasien tinggal di rumah, jalan-jalan pagi 2 km, tanpa keluhan, stabil.");
    row("rue as an english verb", "She will rue 2 missed doses, she says.");
    row("sides of the body after a home label", "Home: Lt arm 2 cm swelling, Rt leg clear.");
    row("german living situation", "wohnt in einer WG, 2 Stockwerke, allein.");
    row("french living situation", "Habite seule, 2 enfants, pas d'aide.");
    row("colonia of bacteria", "Colonia count 12, mixed flora, no growth.");
    row("walking in a line opened by jalan", "Jalan Kaki 2 km setiap hari, tanpa keluhan");
    row("ward and bed in a line opened by rua", "Rua 2, leito 4, enfermaria");
    row("my address is the same", "mi dirección es la misma, 2 hijos, sin cambios.");
    row("german address unknown", "seine Adresse ist unbekannt, 2 Versuche, keine Antwort.");
    row("living on the street in portuguese", "mora na rua, 2 filhos, sem emprego.");
    row("living on the street in indonesian", "tinggal di jalan, 2 anak, tanpa pekerjaan.");
    row("drug route after an italian label", "Indirizzo: via endovenosa, 2 fiale, ogni 8 ore.");
    row("zone of the abdomen after a spanish label", "Dirección: Zona 2 del abdomen, dolor leve, 3/10.");
    row("direction after the spanish label", "Dirección: hacia la izquierda, 2 cm, sin cambios.");
    row("home care after the spanish label", "Domicilio: sí, 2 visitas por semana, con apoyo.");
    // The second list of countries: wards, beds and rooms after an address label, doses, lots,
    // blood pressures, plots of a graph, coordinates.
    row("lithuanian ward and bed", "Palata 12, lova 3, skyrius 4.");
    row("russian ward and bed", "Палата № 5, койка 12, отделение 3");
    row("russian hospital ward after an address label", "Адрес: стационар, палата 12, койка 3");
    row("french ward after an address label", "Adresse : service de cardiologie, lit 12, chambre 4");
    row("spanish ward after an address label", "Dirección: Hospital General, sala 3, cama 12");
    row("arabic ward and bed after an address label", "العنوان: المستشفى، جناح 3، سرير 12");
    row("drug lot with its expiry year", "Lot. 45B12, exp 2027, 2 ampoules");
    row("vaccine lot after a home label", "Home: Comirnaty, Lot 45123, Pfizer");
    row("blood pressure and a count after bp", "BP 1234 units of heparin; BP 130/85, pulse 88");
    row("blood pressure after a home label", "Home: BP 140 Sitting, 2 readings");
    row("dotted blood pressure", "B.P. 140 systolic, 90 diastolic.");
    row("st segment", "ST 2.1 mm elevation in V2-V4, ST depression 1 mm");
    row("plot of a graph", "Plot 12 shows the dose-response curve, plot 2 the residuals.");
    row("dose units closing a home line", "Home: Heparin 12, 5000 Units");
    row("dose units in capitals after a spanish label", "Domicilio: Insulina 12, 1000 UI");
    row("coordinates after a label", "Coordinates: N 34.451, W 78.123, elevation 1200 m");
    row("square metres in russian", "кв. м 45, 2 комнаты");
    row("spanish fitness for work", "Apto para el trabajo, 12 días de reposo.");
    row("emergency building and box", "Edificio de urgencias, planta 2, box 12");
    row("road of a crash", "Road traffic accident on Kampala Road, 2 casualties, GCS 14.");
    row("medical residency after a label", "Residencia médica: 3 años, 2 turnos.");
    row("french home care after a label", "Domicile: oui, 2 passages par jour, IDE.");
    row("portuguese no after a label", "Morada: não, 2 filhos, sem apoio.");
    // Places in a hospital written like an address line, alone on their line.
    row("spanish building, floor and bed", "Edificio B, Planta 2, Cama 12");
    row("french building, floor and room", "Imm. B, Étage 3, Chambre 12");
    row("township, ward and bed", "Township 2, Ward 3, Bed 12");
    row("flat-like apto with a bed and a room", "Apto 3, Cama 12, Sala 2");
    row("emergency building, box and bed", "Edif. Urgencias, Box 12, Cama 3");
    row("network port after lan", "Lan 3, Port 12, Switch 4");
    row("fifth dose and cycle", "Quinta 3, Dosis 12, Ciclo 2");
    row("arabic hospital, ward and bed", "مستشفى بغداد، ردهة 3، سرير 12");
    row("arabic hospital department and room after a label", "العنوان: مستشفى الجامعة، قسم الباطنية، غرفة 12");
    row("angolan hospital ward and bed after a label", "Endereço: Hospital Josina Machel, Enfermaria 3, Cama 12, Luanda");
    row("ivorian hospital pavilion and bed after a label", "Adresse : CHU Treichville, Pavillon 3, Lit 12, Abidjan");
    // The third list (seed 3030): places of care, doses and a transfer after address and origin labels.
    row("spanish hospital service and floor after a label", "Direcci\u00f3n: Hospital General, Servicio 3, Planta 2, Caracas");
    row("pharmacy and its counter after a label", "Adresse : Pharmacie du Plateau, Guichet 3, Caisse 2, Abidjan");
    row("dose line after a french label", "Adresse : Traitement 2, jour 3, Abidjan");
    row("hospital of origin after the origin label", "Origine : H\u00f4pital G\u00e9n\u00e9ral, transfert");
    row("treatment after the origin label", "Origine : Greffe r\u00e9nale S\u00e9ances : lundi");
    row("dose units after a strong label", "Domicilio: Insulina 12, 10000 Units");
    row("chat's house and children after the address question", "nurse: address?\nali: house 12, 3 kids, no job");
    row("house and visits after a home label", "Home: house 12, 2 visits, daily");
    row("a sprint's metres, no age", "ran the 100m Road race");
    row("letterhead place line of a capital", "CABINET M\u00c9DICAL - ORDONNANCE\nKinshasa, le 6 courant\nObjet : rendez-vous");
    row("camp's town in a register heading", "CATARACT EYE CAMP, SAGAING - SURGERY REGISTER\nNo. | Eye | Lens\n17 | R | 21.5 D\n");
    row("spanish hospital service and bed after a label", "Residencia: Hospital Central, Servicio 3, Cama 12");
    row("lithuanian hospital ward and bed after a label", "Adresas: ligoninė, palata 12, lova 3");
    row("uzbek hospital ward after a label", "Manzil: shifoxona, 3-palata, 12-koʻrpa");
    row("russian hospital building and department after a label", "Адрес: ГКБ № 1, корпус 2, отделение 3");
    row("russian homeless after a residence label", "Место жительства: неизвестно, БОМЖ, 2 госпитализации");
    row("numbered box of dressings", "Boîte 12 de compresses, 2 boîtes");
    row("ticked box of a form", "Casilla 12 marcada, casilla 3 vacía");
    row("section of a report", "Apartado 3 del informe, punto 12");
    row("postcode not given", "Código postal: no consta");
    row("arabic street word before a dose", "شارع 3 ملغ، مرتين يوميا");
    row("home address not given in russian", "Домашний адрес: не указан, 2 попытки");
    row("arabic address unknown", "العنوان: غير معروف، 2 محاولات");
    row("arabic no address, lives with his son", "العنوان: لا يوجد، المريض يعيش مع ابنه، 3 أطفال");
    row("burmese unknown and twice", "နေရပ်လိပ်စာ: မသိ၊ ၂ ကြိမ်");
    row("russian registration address not given", "Адрес регистрации: не указан, 2 попытки, 3 звонка");
    // Postcode labels: the body-mass and other indices, counts, codes of other lengths, doses.
    row("russian body-mass index", "Индекс массы тела: 24,5");
    row("russian index of one digit", "Индекс: 3");
    row("russian index of a score", "Индекс Альгговера: 1,2");
    row("unknown postcode", "Code postal : inconnu");
    row("fraction after a postcode label", "Código postal: 1/2");
    row("slovak postcode too short", "PSČ: 811");
    row("bulgarian money after a postcode label", "Пощенски код: 10000 лв");
    row("six digits and a dose after index", "Индекс: 220013 мг");
    row("english index", "Index: 123456");
    row("heart rate with a hyphen", "HR-100 Bpm at rest");
    row("hotel desk after a home label, no number", "Home: Plaza Hotel, Main Lobby, Front Desk");
    row("capitalised drug route after a home label, no number", "Home: Via Oral, Twice Daily, With Food");
    row("units after a heart-rate-like prefix", "HR-10000 Units given");
    row("batch after a one-letter prefix", "B-1234 Batch");
    row("series of a device", "BP-1000 Series");
  }

  void ignoresWorldAddressLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Postcodes, health numbers and street lines of the UK, Ireland, Australia, New Zealand, Canada
  // and South Africa (the twenty-first family's countries).
  void findsTwentyFirstFamilyPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("uk postcode alone after a label", "Postcode: LS6 2QT  (moved last spring)", "LS6 2QT", "address");
    row("london postcode with a letter in the outward code", "Lives near SW1A 2BQ with her son.", "SW1A 2BQ", "address");
    row("eircode on its own line", "Correspondence:\nT23 PX7R\nPhone to follow.", "T23 PX7R", "address");
    row("dublin eircode", "Sent to D6W Y2K4 by post.", "D6W Y2K4", "address");
    row("canadian postal code after a province", "Moved to Brandon MB  R7A 5Y3 last year.", "R7A 5Y3", "address");
    row("australian town, state and postcode", "Home is in Wagga Wagga NSW 2650 now.", "Wagga Wagga NSW 2650", "address");
    row("territory postcode with a leading zero", "Relocated: Alice Springs NT 0870", "Alice Springs NT 0870", "address");
    row("postcode after its label", "Post code: 0181 (rural delivery)", "0181", "address");
    row("dose under an address is not a postcode", "Moved to 14 Mill Road.\nWarfarin dose, Weekly 1250", "14 Mill Road", "address");
    row("town lines of a block above the postcode", "Address:\n7 Kauri Lane\nBirkdale\nAUCKLAND\n0626\n", "Birkdale", "address");
    row("nhs number after the bare acronym", "Referred by GP, NHS 401 023 2137, for review.", "401 023 2137", "mrn");
    row("chi number after the bare acronym", "Patient CHI 2304681182 seen at home.", "2304681182", "mrn");
    row("social insurance number in threes", "Worker SIN 130 692 544 on the claim form.", "130 692 544", "ssn");
    row("social insurance number with dashes", "SIN: 130-692-544", "130-692-544", "ssn");
    row("first nations benefits registration", "NIHB registration no. 6081234411 on file.", "6081234411", "health_plan");
    row("south african clinic folder", "Folder no.: 401-22-871 kept at reception.", "401-22-871", "mrn");
    row("veterans' gold card", "Holds a DVA Gold Card VX204411 since 2019.", "VX204411", "health_plan");
    row("new zealand city and postcode after a street", "Lives at 9 Tui Street, Hillcrest, Hamilton 3216", "3216", "address");
  }

  void findsTwentyFirstFamilyPatterns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those formats that must give nothing.
  void ignoresTwentyFirstFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("glasgow coma scale run together", "GCS E3V4M6 on the ward round.");
    row("inward code with a letter postcodes never use", "Sample tubes AB1 2CD and AB1 2IK relabelled.");
    row("state code that does not fit the postcode", "Rated at level QLD 2650 in the audit.");
    row("count at the end of a line", "Steps today, Total 4120");
    row("nhs phone line", "If worse call NHS 111 or 999.");
    row("nhs digits in other groupings", "NHS 111 222 3333 44 is not a number.");
    row("spanish without before a dose", "Paciente SIN 120 mg de carga, sin alergias.");
    row("count at a line's end after a lower-case word", "Warfarin dose, weekly total 1250");
  }

  void ignoresTwentyFirstFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Login handles built from a person's name (scan_name_handles.cpp), as audit trails, exports
  // and portal logs write them.
  void findsLoginHandles_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("handle after a participle and by", "Claim 4471 | 3/2 processed by tmwangiotieno \n", "tmwangiotieno");
    row("handle with a particle run together", "Extract exported by jvandenberg on 20240101", "jvandenberg");
    row("handle after by user", "Chart opened by user rokonkwo on 5/4. The user works in billing.", "rokonkwo");
    row("handle in a key=value log", "fw=1.9.0 user=ksantamaria evt=SCALE_READING kg=71.4", "ksantamaria");
    row("handle after a date and by", "Device interrogation. Verified 8/15 by zshields", "zshields");
    row("handle after a label's colon", "Patient endpoint: aokonkwo - Chrome 124 on Android 14", "aokonkwo");
    row("given and family names joined by a dot", "Please close the portal account (mahtab.okonkwo); stop statements.",
        "mahtab.okonkwo");
  }

  void findsLoginHandles() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  // What stands where a handle would and is no person.
  void ignoresLoginHandleLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a formula's author after dosed by", "Carboplatin AUC 5 dosed by calvert.");
    row("a kin noun after a colon", "Relationship: grandniece (lives nearby)");
    row("a drug and its dose after a colon", "First dose: methadone 30 mg given.");
    row("a means after a noun and by", "Joined the call by speakerphone from home.");
    row("a short value after a colon", "Allergy: sulfa");
    row("a country in capitals after a colon", "COUNTRY: FRANCE   SEX: F");
    row("an eponym in capitals after a colon", "EXAM: MALLORY-WEISS TEAR ON EGD");
    row("words joined by a dot", "Saved as discharge.summary in the chart.");
  }

  void ignoresLoginHandleLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Contact, place and time shapes of the eleventh and twelfth families, written the ways notes
  // in the US, the UK, Australia, New Zealand, Canada and India write them.
  void findsContactShapesOfElevenAndTwelve_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("british number with the trunk zero in parentheses", "Daughter on +44 (0)20 7946 0958 evenings.",
        "+44 (0)20 7946 0958", "phone");
    row("indian mobile after a phone word", "Attendant: S/o Ravi, Mob: 98765 43210, Date: 06/03/2024",
        "98765 43210", "phone");
    row("town after a relative with an apostrophe name", "Lives with her partner O'Shea in Eastbrook. Reviewed.",
        "Eastbrook", "address");
    row("town after a named relative in capitals", "LIVES WITH HIS COUSIN CHINEDUM IN MARLOW. TESTS POSITIVE.",
        "MARLOW", "address");
    row("short date after hold placed", "MenACWY dose 2. Hold placed 4/13. Started Keppra.", "4/13", "date");
    row("nine digits of the field after an ssn stay the account", "ssn=673-63-6308; acct=057326715; ins=none",
        "057326715", "account");
    row("nine digits after a letter-spaced ssn label", "P h :  262-458-3041 S S N :  733050893 l n s",
        "733050893", "ssn");
    row("nine digits after an ssn key", "dob=1950-01-02; ssn=596174578; acct=Z1", "596174578", "ssn");
    row("pennsylvania town and zip in a column", "12 Summit Avenue                 Marlow, PA   95441 Home Ph",
        "Marlow, PA", "address");
    row("town after lives with a named relative", "Lives with her sister Mei-Xing in Westfield. Reviewed today.",
        "Westfield", "address");
    row("town after resident of", "Ann Lee, aged 37 years, resident of New Canaan, was under my treatment.",
        "New Canaan", "address");
    row("town after drives to", "Her daughter thinks she still drives to Kingsport.", "Kingsport", "address");
    row("town after a city key", "addr=5848 Lakeview Ave; city=Eastbrook; zip=86730", "Eastbrook", "address");
    row("town alone after an address label before the next label", "Sex: M Address: Bristol Mob: +91 94280 53394",
        "Bristol", "address");
    row("town state and zip in a second column", "1 Elm Lane, Unit 7                 Hollis Bay, NC   84723 Home",
        "Hollis Bay, NC", "address");
    row("zip after a column gap", "Hollis Bay, NC   84723 Home Ph: none", "84723", "zip");
    row("town state and zip after a form leader", "CITY/ST/ZIP..: OAK RIDGE, WA 92246 HOME PH", "OAK RIDGE, WA",
        "address");
    row("town where a person grew up", "I grew up in Millbrook and worked as a seamstress.", "Millbrook", "address");
    row("short date after estimated discharge", "Estimated discharge 10/4. Family meeting booked.", "10/4", "date");
    row("short date of a birth before at", "G1P1, infant born 5/22 at 39+2 weeks.", "5/22", "date");
    row("short date after given before a label", "Lot R3K44, L deltoid, given 9/26 Event: syncope", "9/26", "date");
    row("short date naming a study", "Dr Ames wants the 3/14 CT report printed.", "3/14", "date");
    row("date with spaced slashes", "D . O . B . :   02 / 27 / 1920 A d d r e s s", "02 / 27 / 1920", "date");
    row("spoken date of birth day first", "Patient Ann Lee, born the fourth of March nineteen thirty-one, seen.",
        "fourth of March nineteen thirty-one", "date");
    row("spoken day first in the new century", "born the twenty-third of November two thousand and two",
        "twenty-third of November two thousand and two", "date");
    row("day first short date after since", "Weight down 1.2 kg since 27/10. Eating well.", "27/10", "date");
    row("spelled age after a hyphenated surname", "Mrs De Luca-Hart is ninety-six and lives with her brother.",
        "ninety-six", "age");
    row("spelled age after a titled name", "Seen 19 July 2025. Mr Kuang is ninety-five and lives with his son.",
        "ninety-five", "age");
    row("spelled age after a role word", "The proposed ward is one hundred and four and has dementia.",
        "one hundred and four", "age");
    row("numeric age after a titled name", "Mrs Okafor is 97 and lives alone.", "97", "age");
    row("spanish age in years", "La paciente, de 94 años, vive con su hija.", "94", "age");
    row("french age in years", "Mme Roy, 93 ans, suivie pour insuffisance cardiaque.", "93", "age");
    row("british landline of five and six", "If no answer ring son Zixuan on 01709 137479.", "01709 137479", "phone");
    row("british mobile", "Call-back: 07740 860564 Address: on file", "07740 860564", "phone");
    row("london number of three four four", "Ring the ward on 020 7946 0958 after six.", "020 7946 0958", "phone");
    row("australian mobile", "Called by wife Nelida (0439 022 832). Pt seen.", "0439 022 832", "phone");
    row("australian landline with area in parentheses", "Best contact is the mobile, (02) 7129 9688.",
        "(02) 7129 9688", "phone");
    row("australian fax", "Tel (07) 1542 9219   Fax 0445 773 364", "0445 773 364", "fax");
    row("new zealand mobile", "Contact Busra on 021 765 8179 if no answer at the door.", "021 765 8179", "phone");
    row("new zealand landline", "Daughter lives nearby, ph 09 123 4567.", "09 123 4567", "phone");
    row("australian service number", "Poisons line 1300 123 456 was called.", "1300 123 456", "phone");
    row("local number closing a pharmacy line", "Refills: 2\nMarigold Pharmacy 852 2498\n", "852 2498", "phone");
    row("local number after a business name", "Willowmere Compounding 787-5382  Order placed.", "787-5382", "phone");
    row("local number as a table cell", "Ann Lee   Bed 3   944-0668   16:10  16:55", "944-0668", "phone");
    row("spaced local number after tel", "Client: Ann Lee   Tel: 568 1698 Device: BTE right", "568 1698", "phone");
  }

  void findsContactShapesOfElevenAndTwelve() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those shapes that must give nothing.
  void ignoresContactLookalikesOfElevenAndTwelve_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("two five-digit counts without a phone word", "Steps 12000 13000; platelets 98765 43210 counted twice.");
    row("street word joined to a word by a hyphen", "Sign with 12 Main St-style lettering printed.");
    row("residence words in capitals", "DOWN SYNDROME, LIVES IN SUPPORTED ACCOMMODATION. LIVES IN SHELTERED HOUSING.");
    row("drives to and moved to ordinary places", "She drives to the shops; moved to the ward; resident of the home.");
    row("grew up in a common phrase", "She grew up in poverty and was raised in care.");
    row("credential and count in a column", "Signed   Lee, MD   12345 units given.");
    row("fractions after event words", "Given 1/2 tab at night; born 3/4 of the way; the 2/3 majority.");
    row("spaced slashes without a year", "Score 3 / 4 / 5 on the scale; ratio 12 / 31 / 1850 units.");
    row("expiry of a vaccine batch", "Batch AB0230, expiry 08/2027, given IM left deltoid.");
    row("ordinal of a lower-case month word alone", "the third of may be enough; one fifth of march pace.");
    row("day first ratio without a cue", "Smoked 20/day; GCS 15/15; ratio 27/10 noted.");
    row("measurements stated with is", "Heart rate is ninety and regular; the resident is 95 percent adherent.");
    row("young ages in spanish and french", "La paciente, de 45 años; el paciente, 63 ans.");
    row("medication times", "Doses given 0800 1400 2000 and 0600-1800 as charted.");
    row("emergency numbers of other countries", "Advised to ring 000 or 999 or 111 if worse.");
    row("dose range closing a line", "Titrate heparin 100-1000 units\n");
    row("lot number of seven digits", "Vaccine lot 245-1234 given.");
    row("quantity then a number", "Qty 60 tablets, 2 refills.");
  }

  void ignoresContactLookalikesOfElevenAndTwelve() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Contact, place and time shapes of the thirteenth and fourteenth families' documents, written
  // as general forms: fax transmission headers, local numbers asked for in a chat, ages after a
  // name or a contraction, month/day ranges and log entries, towns of origin and lower-case
  // streets.
  void findsContactShapesOfThirteenAndFourteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("first number after a phone and fax label", "PHONE / FAX.......... 415-201-3344 / (415) 201-3345\n",
        "415-201-3344", "phone");
    row("second number after a phone and fax label", "PHONE / FAX.......... 415-201-3344 / (415) 201-3345\n",
        "(415) 201-3345", "fax");
    row("first number after a fax and phone label", "Fax/Tel: 415-201-3344 / 415-201-3345\n", "415-201-3344", "fax");
    row("fax header from line", "FAX 03/04/2025 09:12 FROM: Harbour Lung Clinic  (415) 201-3344  p.1/3\nRe:", "(415) 201-3344", "fax");
    row("fax header to line", "TO: Records Office  415.201.3344  Page 2 of 4\n", "415.201.3344", "fax");
    row("from line without page counter", "FROM: Harbour Lung Clinic  415-201-3344\nThanks", "415-201-3344", "phone");
    row("page counter without a header label", "Results line 415-201-3344 p.1/2 enclosed", "415-201-3344", "phone");
    row("local number answering a chat", "B: can you send the number\nA: 642-1187 or the desk", "642-1187", "phone");
    row("local number after an office label", "Ann Lee, NP  Clinic office: 216-4111\n", "216-4111", "phone");
    row("spaced local number after a desk", "Refills: front desk 555 0142.", "555 0142", "phone");
    row("spaced local number after number", "The number for the ward is 642 1187.", "642 1187", "phone");
    row("age and sex in parentheses", "Chair 4 Ann Lee  (97/F)  dry weight 61 kg", "97", "age");
    row("contracted she is", "Honestly she's 101 and still walking.", "101", "age");
    row("relative named after my mum", "my mum rosa field is 94 now and not eating", "94", "age");
    row("age between commas after surname given", "Bed 3 - Lee, Ann-Marie, 96, chest pain", "96", "age");
    row("age after a surname with a particle", "bed 4 - van den Berg, Ana-Lupe, 97, new AF", "97", "age");
    row("age after a surname with an apostrophe", "bed 4 - d'Arcy, Hong-nhung, 95, falls", "95", "age");
    row("age in parentheses after a full name", "Her guardian Ann Lee (92) was present.", "92", "age");
    row("spelled age with sex after a label", "A: ninety-four F, fall at home", "ninety-four", "age");
    row("range of two days in parentheses", "Sensor report (3/4-3/18) reviewed", "3/18", "date");
    row("first day of a range", "Sensor report (3/4-3/18) reviewed", "3/4", "date");
    row("range to a full date", "CPAP REPORT   2/9 - 3/1/2025\nPatient", "2/9", "date");
    row("log entry opening a line", "Search log\n6/12  phoned daughter, no answer", "6/12", "date");
    row("diary entry after a sentence", "Felt fine. 5/3 - tired today.", "5/3", "date");
    row("week of", "Glucose diary, week of 4/7\nMon 142", "4/7", "date");
    row("dictated at a time", "Dictated 3/9 at 10:15.", "3/9", "date");
    row("next review column gap", "Next review: 8/14  Plan unchanged", "8/14", "date");
    row("pipe column headed onset", "# | Name | Onset | Site\n1 | Lee, Ann | 2/16 | wound\n2 | Roe, Bo | 2/19 | urine", "2/19", "date");
    row("compact dob key value", "name=LEE dob=19500312 mrn=12", "19500312", "date");
    row("icalendar stamp", "DTSTART:20240312T090000\nSUMMARY:review", "20240312", "date");
    row("lower case town after a named relative", "says sister ann in fairview might take him", "fairview", "address");
    row("two-word lower case town", "says sister ann in hollis bay might take him", "hollis bay", "address");
    row("town after a named relative", "Her son Bo-Ram in Lakeport, will call.", "Lakeport", "address");
    row("town of origin after came in from", "She came in from Fairview this morning.", "Fairview", "address");
    row("german wohnhaft in", "Frau Lee, wohnhaft in Lindenberg, seit 2020.", "Lindenberg", "address");
    row("spanish vive en", "Vive en Fairview con su hija.", "Fairview", "address");
    row("town and state after a neighbour with a date", "possible neighbor in Fairview, PA 7/16  letter sent", "Fairview, PA", "address");
    row("credential-like code closing a line after a relative", "possible grandson in Fairview, PA\n2/13  letter", "Fairview, PA", "address");
    row("word code then lower case german", "wohnhaft in LINDENBERG, IN stationärer Behandlung", "LINDENBERG", "address");
    row("town and state after a bare in", "possible cousin in Fairview, OH 3/2", "Fairview, OH", "address");
    row("credential-like code after of with the clause going on", "the will of Ann Lee of Fairview, PA, who", "Fairview, PA", "address");
    row("town and state after a bare of", "on behalf of Ann Lee of Fairview, GA, who", "Fairview, GA", "address");
    row("city closing an organisation line", "Harbour Sports Clinic, Fairview, OH\nSeen today", "Fairview, OH", "address");
    row("credential code after an organisation", "Harbour Sports Clinic, Fairview, PA\nSeen", "Fairview, PA", "address");
    row("location home town state", "Location: home, Fairview, NY Advice: rest", "Fairview, NY", "address");
    row("lower case street and town", "we live at 12 linden court, fairview if you can come", "12 linden court, fairview", "address");
    row("lower case street abbreviated", "sleeping by 40 mill st. most nights", "40 mill st", "address");
    row("lower case street with a hash unit", "sleeping by 40 mill st #14 most nights", "40 mill st #14", "address");
    row("lower case town after an abbreviation", "we live at 12 elm rd., fairview if you can", "12 elm rd., fairview", "address");
  }

  void findsContactShapesOfThirteenAndFourteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those shapes that must give nothing.
  void ignoresContactLookalikesOfThirteenAndFourteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("score ranges with one denominator", "Strength 4/5-5/5 both legs; pain 3/10 - 7/10 overnight.");
    row("hospital word codes after in", "Patient in Recovery, OR 3 then back to the ward.");
    row("clinic town after seen in", "Moved from Fairview, OH in 2019. Seen in Lakeport, MA.");
    row("relative in law", "her sister in law visits; brother in hospital today");
    row("expiry of stock after a dose", "Crash cart: adrenaline 1 mg x6, amiodarone 150 mg x3, expiry 04/2027.");
    row("number word before a count", "The number of falls was 3 in 2 days.");
    row("contraction with a percentage", "She's 95% sure of the dose.");
    row("lab words between commas", "Checked: Sodium, Potassium, 98, all normal.");
    row("lower case quantity not a street", "given at 5 different times in the way");
    row("heading with a score", "Mini mental exam   score 24/30\n");
  }

  void ignoresContactLookalikesOfThirteenAndFourteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // General rules, identifiers (session of 2026-11-27 evening, third list of countries: every
  // remaining country and territory under 8 million): labels in Armenian, Georgian, Mongolian,
  // Macedonian, Albanian, Romanian of Moldova, Malay, Dhivehi, Tigrinya, Dzongkha, traditional
  // Chinese, Dutch and Papiamento, the English terms of the small Commonwealth states; Singapore's
  // and Hong Kong's numbers by their check characters; plates of the list's shapes.
  void findsIdentifiersOfThirdCountryList_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Personal numbers that key the person's records: "mrn".
    row("an Armenian public service number", "Հիվանդ՝ Արամ Պետրոսյան\nՀԾՀ: 1234567890\n", "1234567890", "mrn");
    row("an Armenian social card", "Social card: 2810850123\nDiagnosis:", "2810850123", "mrn");
    row("an Armenian social card in Armenian", "Սոցիալական քարտ: 2810850123\n", "2810850123", "mrn");
    row("the public service number in English", "Public service number 3105900456 on file.", "3105900456", "mrn");
    row("a Georgian personal number", "პირადი ნომერი: 01024012345\n", "01024012345", "mrn");
    row("a Georgian personal number abbreviated", "პ/ნ 01024012345, დაბ. 1980", "01024012345", "mrn");
    row("a personal number in English", "Personal number: 01001012345\nAddress:", "01001012345", "mrn");
    row("a Mongolian register number", "Регистрийн дугаар: УБ90051512\n", "УБ90051512", "mrn");
    row("a Mongolian register number in English", "Register number: УБ90051512\n", "УБ90051512", "mrn");
    row("a Moldovan IDNP", "Pacient: Ion Rusu    IDNP: 2002001234567\n", "2002001234567", "mrn");
    row("a Moldovan personal code", "Cod personal 0971203456789, domiciliat", "0971203456789", "mrn");
    row("a Macedonian EMBG in Cyrillic", "ЕМБГ: 0101985450012\n", "0101985450012", "mrn");
    row("a Macedonian EMBG in Latin letters", "EMBG 0101985450012\n", "0101985450012", "mrn");
    row("a Macedonian personal number", "Матичен број: 0101985450012\n", "0101985450012", "mrn");
    row("a Bosnian JMB", "JMB: 0101985170012\n", "0101985170012", "mrn");
    row("an Albanian personal number", "Numri personal: J12345678A\n", "J12345678A", "mrn");
    row("a Kosovo personal number", "Nr. personal 1234567890\n", "1234567890", "mrn");
    row("a person number of Curaçao", "Persoonsnummer: 1985010112\n", "1985010112", "mrn");
    // Cards and passports: "license".
    row("a Singapore FIN after both labels", "NRIC/FIN: G5123456T\n", "G5123456T", "license");
    row("a Singapore FIN with its check letter", "FIN: F2345678T    Pass: Employment Pass\n", "F2345678T", "license");
    row("an NRIC after I/C", "Identity checked, I/C S1234567D, at the counter.", "S1234567D", "license");
    row("an NRIC in brackets after a name", "Tan Wei Ling (S8812345Z) was seen today.", "S8812345Z", "license");
    row("a new M-series FIN", "Work pass FIN M1234567X\n", "M1234567X", "license");
    row("an HKID with its bracketed check", "HKID: A123456(3)\n", "A123456(3)", "license");
    row("an HKID by its check digit alone", "Chan Tai Man, A123456(3), attended the clinic.", "A123456(3)", "license");
    row("an HKID of two letters", "ID card XA123456(8) sighted.", "XA123456(8)", "license");
    row("an HKID after its Chinese label", "香港身份證號碼：Z683365(A)\n", "Z683365(A)", "license");
    row("a Macau identity card", "澳門居民身份證：1/234567/8\n", "1/234567/8", "license");
    row("a Botswana Omang", "Omang: 123415678\nVillage:", "123415678", "license");
    row("a Botswana Omang number", "Omang no. 345612789 seen.", "345612789", "license");
    row("a Bhutanese CID", "CID No.: 11512001234\nDzongkhag:", "11512001234", "license");
    row("a Bhutanese CID in Dzongkha", "ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་: 11512001234\n", "11512001234", "license");
    // (The National Insurance Scheme and the Bahamas' National Insurance Board pay sickness
    // benefits: "health_plan", as the thirty-first and thirty-fourth families have them.)
    row("a Barbados NIS number", "NIS No. 1234567 (employer: hotel)", "1234567", "health_plan");
    row("a Bahamas NIB number", "NIB number: 12345678\n", "12345678", "health_plan");
    row("a Fiji FNPF number", "FNPF No: 12345678\nTIN:", "12345678", "license");
    row("a Mauritian NIC", "NIC: S2505851234567\n", "S2505851234567", "license");
    row("a Brunei IC", "IC No: 00-123456\n", "00-123456", "license");
    row("an Armenian passport", "Անձնագիր: AN1234567\n", "AN1234567", "license");
    row("a Georgian passport", "პასპორტი: 13AB12345\n", "13AB12345", "license");
    row("a Mongolian citizen's card", "Иргэний үнэмлэх: 12345678\n", "12345678", "license");
    row("a Moldovan identity card", "Buletin de identitate: B01234567\n", "B01234567", "license");
    row("an Albanian identity card", "Letërnjoftimi nr. 012345678\n", "012345678", "license");
    row("a Macedonian driving licence", "Возачка дозвола: 01234567\n", "01234567", "license");
    row("a Brunei identity card in Malay", "Kad pengenalan: 01-234567\n", "01-234567", "license");
    row("a Maldivian ID card in Dhivehi", "އައިޑީ ކާޑު: A123456\n", "A123456", "license");
    row("an Eritrean identity card in Tigrinya", "መንነት ወረቐት፡ 123456789\n", "123456789", "license");
    row("an Eritrean passport in Tigrinya", "ፓስፖርት፡ 05123456\n", "05123456", "license");
    row("a Hong Kong passport", "護照號碼：K12345678\n", "K12345678", "license");
    row("a Home Return Permit", "回鄉證號碼：H12345678\n", "H12345678", "license");
    row("a Papiamento sedula (the civil register's personal number)", "Sedula: 1985010112\n", "1985010112", "mrn");
    // Health cover: "health_plan".
    row("an Aruban AZV", "AZV: 1234567\nHuisarts:", "1234567", "health_plan");
    row("a Maldivian Aasandha", "Aasandha: 12345678\n", "12345678", "health_plan");
    row("a Namibian medical aid", "PSEMAS: 98765432\n", "98765432", "health_plan");
    row("a Moldovan insurance policy", "Polița de asigurare: 2001234567\n", "2001234567", "health_plan");
    row("a Macedonian health card", "Здравствена картичка: 12345678901\n", "12345678901", "health_plan");
    row("a Montenegrin insured number", "Broj osiguranika: 12345678901\n", "12345678901", "health_plan");
    row("an Albanian health insurance", "Sigurimi shëndetësor: 1234567\n", "1234567", "health_plan");
    row("a Mongolian health insurance", "Эрүүл мэндийн даатгал: 12345678\n", "12345678", "health_plan");
    row("a Georgian insurance policy", "სადაზღვევო პოლისი: 12345678\n", "12345678", "health_plan");
    // The hospital's record: "mrn".
    row("an Armenian case history", "Հիվանդության պատմություն 12345\n", "12345", "mrn");
    row("a Georgian medical card", "სამედიცინო ბარათი: 4567/2024\n", "4567/2024", "mrn");
    row("a Mongolian case history", "Өвчний түүх: 12345\n", "12345", "mrn");
    row("an Albanian medical card", "Kartela mjekësore: 45871\n", "45871", "mrn");
    row("a Moldovan medical file", "Fișa medicală nr. 45871\n", "45871", "mrn");
    row("a Malay medical record", "No. rekod perubatan: BN123456\n", "BN123456", "mrn");
    row("a Hong Kong patient number", "病人編號：HN12345678\n", "HN12345678", "mrn");
    // Plates of the list's shapes, labelled or after a vehicle word.
    row("a Singapore plate labelled", "Vehicle: SBA 1234 A\n", "SBA 1234 A", "vehicle");
    row("a Singapore plate in prose", "Son drove him in his car SBA 1234 A to the ED.", "SBA 1234 A", "vehicle");
    row("a Hong Kong plate", "Car: AB 1234\n", "AB 1234", "vehicle");
    row("a Mongolian plate labelled", "Улсын дугаар: 1234 УБА\n", "1234 УБА", "vehicle");
    row("a Mongolian plate in prose", "Brought by car 1234 УБА from the soum.", "1234 УБА", "vehicle");
    row("an Armenian plate", "Պետհամարանիշ: 12 AB 345\n", "12 AB 345", "vehicle");
    row("an Armenian plate in prose", "Arrived by car 34 OL 567 at 10:40.", "34 OL 567", "vehicle");
    row("a Georgian plate labelled", "სახელმწიფო ნომერი: AA-123-AA\n", "AA-123-AA", "vehicle");
    row("a Georgian plate in prose", "Came in her car AA-123-AA today.", "AA-123-AA", "vehicle");
    row("a Moldovan plate", "Număr de înmatriculare: KBA 123\n", "KBA 123", "vehicle");
    row("a Macedonian plate", "Регистарска таблица: SK 1234 AB\n", "SK 1234 AB", "vehicle");
    row("an Albanian plate", "Targa: AA 123 BB\n", "AA 123 BB", "vehicle");
    row("a Bosnian plate in prose", "Parked car A12-B-345 outside.", "A12-B-345", "vehicle");
    row("a Botswana plate after a bakkie", "Brought in the family bakkie B 123 ABC from Molepolole.", "B 123 ABC", "vehicle");
    row("a Namibian plate", "Arrived by car N 12345 W at noon.", "N 12345 W", "vehicle");
    row("a Mauritian plate", "Came by car 1234 AG 05 with her son.", "1234 AG 05", "vehicle");
    row("a Fiji taxi's plate", "Vehicle: LT 1234 (taxi to CWM Hospital)", "LT 1234", "vehicle");
    row("a Fiji plate in brackets", "Taken by taxi (LTA 123) to CWM Hospital.", "LTA 123", "vehicle");
    row("a Jamaican plate", "Vehicle: 1234 AB\n", "1234 AB", "vehicle");
    row("a Swazi ID", "Swazi ID: 8501016100087\n", "8501016100087", "license");
    row("an Eswatini personal identification number", "Personal identification number: 8501016100087\n", "8501016100087", "license");
    row("a Seychelles NIN", "NIN: 999-1234-1-1-12\n", "999-1234-1-1-12", "license");
    row("an HKID card number", "HKID card no. A123456(3)\n", "A123456(3)", "license");
    row("an NRIC number", "NRIC No.: S1234567D\n", "S1234567D", "license");
    row("an ID number of Curaçao", "ID-nummer: 1985010112\n", "1985010112", "license");
    row("a pink IC", "Pink IC S1234567D\n", "S1234567D", "license");
    row("a Kosovo plate in prose", "came by car 01-123-AB today", "01-123-AB", "vehicle");
    row("a Montenegrin plate in prose", "came by car PG AB 123 today", "PG AB 123", "vehicle");
    row("a Serbian plate with its dashed letters", "came by car BG 123-AB today", "BG 123-AB", "vehicle");
    row("a Namibian plate after a vehicle label", "Vehicle reg: N 12345 W\n", "N 12345 W", "vehicle");
    row("a Mauritian plate labelled", "Plate: 1234 AG 05\n", "1234 AG 05", "vehicle");
    row("a personal number in capitals", "PERSONAL NUMBER: 01001012345\n", "01001012345", "mrn");
    row("an Armenian case history in capitals", "ՀԻՎԱՆԴՈՒԹՅԱՆ ՊԱՏՄՈՒԹՅՈՒՆ 12345\n", "12345", "mrn");
    row("an Armenian passport in capitals", "ԱՆՁՆԱԳԻՐ: AN1234567\n", "AN1234567", "license");
    row("a Mongolian case history in capitals", "ӨВЧНИЙ ТҮҮХ: 12345\n", "12345", "mrn");
    row("a Mongolian citizen's card in capitals", "ИРГЭНИЙ ҮНЭМЛЭХ: 12345678\n", "12345678", "license");
    row("a Maldivian NID", "NID: A123456\nAtoll:", "A123456", "license");
    row("a Macau plate", "Came in her car MA-12-34 today.", "MA-12-34", "vehicle");
    row("a Hong Kong plate in prose", "Brought by car AB 1234 to the A&E.", "AB 1234", "vehicle");
    row("a Brunei plate in prose", "Left in his car BA 1234 outside.", "BA 1234", "vehicle");
    row("an IDNP in Cyrillic", "ИДНП: 2002001234567\n", "2002001234567", "mrn");
    row("an Omang without a colon", "Omang 123415678 seen", "123415678", "license");
    row("an NRIC in a bracket after its label", "the patient (NRIC S1234567D) was seen", "S1234567D", "license");
    row("a Mongolian plate after plate no", "Plate no: 1234 УБА\n", "1234 УБА", "vehicle");
    row("a Georgian plate after plate", "Plate: AA-123-AA\n", "AA-123-AA", "vehicle");
    row("an Albanian personal number with letters", "Numri personal: I05101999I\n", "I05101999I", "mrn");
    row("an NRIC-shaped patient ID stays the hospital's", "Patient ID: S1234567D\n", "S1234567D", "mrn");
    // A US hospital's financial number stays an account.
    row("a FIN of a US hospital", "FIN: 12345678\nMRN:", "12345678", "account");
  }

  void findsIdentifiersOfThirdCountryList() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresIdentifierLookalikesOfThirdCountryList_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an invalid HKID check without a cue", "Kit A123456(4) expired.");
    row("a vaccine lot in the HKID's shape with a wrong check", "Vaccine lot A447123(5), batch Z683365(4); dose 0.5 mL.");
    row("a register number of a medicine", "Register number: 20171234 (medicinal product).");
    row("personal number and social card without numbers", "Personal number unknown; personal number: 2. Social card 12; social card: pending.");
    row("Omang and CID without numbers", "Omang card seen; Omang: pending. CID: 2 cases; CID 11.");
    row("NIS and FNPF words with small numbers", "NIS 2 score; NIS: 3. FNPF: 2 claims.");
    row("a Romanian lab bulletin", "Buletin de analize nr. 4471230; polița: 2 vizite.");
    row("Albanian medical card with a short number", "Kartela 12; kartela: 3.");
    row("an epi week and ICD codes", "Epi week 12 (2024-W12); ICD-10 J18.9, N18.5; HLA-B*27:05.");
    row("doses after a car", "Travelled by car 2 HR 30 min; car at 40 MPH; car 12 MG 500.");
    row("a Mongolian dose in Cyrillic", "Тун: 1234 МГ; багц 4471230.");
    row("a Mongolian register number without letters", "РД 12345678; регистрийн дугаар 1234.");
    row("Armenian, Georgian and Mongolian words without numbers", "Անձնագիր չկա. პასპორტი არ აქვს. Иргэний үнэмлэх байхгүй.");
    row("a facility code and an order number", "Facility code MU-0123; order no. 458712; room 12, bed 3.");
    row("a dashed lot after a van", "Delivered by van; lot AB-123-CD from the depot.");
    row("an EMBG word with a short number", "EMBG: 12; JMB 2024; IDNP: 12345.");
    row("a Chinese passport word without a number", "護照：未有；病人編號：待定。");
    row("a lab order with a valid NRIC check and no cue", "Order F2345678T for CBC.");
    row("vital signs and a year after a car", "In the car BP 120, HR 110; car MG 2019 model; NID: 2 weeks.");
    row("series, lots and batches in the list's languages", "Սերիա 4471230; სერია 4471230; Цуврал 4471230; Loti 4471230; seria 4471230; partij 4471230; kelompok 4471230.");
    row("rooms, beds and orders in the list's languages", "Палат 12, ор 3; Dhoma 12, shtrati 3; salon 12, pat 3; porosia nr. 458712; comanda nr. 458712.");
    row("doses, HLA and ICD after personal words", "Personal dose 1200 mg; HLA-DRB1*15:01; ICD-10 Z38.0; epi week 12; social card game 3.");
    row("a Dzongkha and Tigrinya label without a number", "ངོ་སྤྲོད་ལག་ཁྱེར་མེད། መንነት ወረቐት የብሉን።");
    row("a word of a note in capitals after a trailer", "SAME TRAILER AT 1008 WEST; CAR IN 2 LANE.");
    row("a card's PIN and a year after a car", "Personal identification number: 1234 (card PIN). Car PG AB 2024 model; car OD OS 123.");
  }

  void ignoresIdentifierLookalikesOfThirdCountryList() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifier labels and shapes of records from the US, UK, Australia, New Zealand, Canada and
  // India (eleventh and twelfth families' conventions, written as general forms).
  void findsIdentifierShapesOfElevenAndTwelve_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("indian inpatient number", "IP No: IP73607542   Regd. No: OPD/2024/071787", "IP73607542", "account");
    row("indian registration number", "IP No: IP73607542   Regd. No: OPD/2024/071787", "OPD/2024/071787", "mrn");
    row("opd registration shape", "OPD SLIP   OPD/2025/107283\nName:", "OPD/2025/107283", "mrn");
    row("australian UR number", "DOB: 18/12/2000   UR: 693998\nMedicare:", "693998", "mrn");
    row("new zealand NHI/UR", "NHI/UR: ZAB1234   DOB: 01/02/1950", "ZAB1234", "mrn");
    row("canadian health card", "Patient: DOE, JANE   Health card: 3774-452-507-HS   DOB:", "3774-452-507-HS", "health_plan");
    row("key value account", "ssn=280300281; acct=210029694; ins=W201051850; pcp=Doe", "210029694", "account");
    row("key value insurance", "ssn=280300281; acct=210029694; ins=W201051850; pcp=Doe", "W201051850", "health_plan");
    row("wheelchair controller", "Power chair serial AFD1586786, controller 1488HA5. Seen.", "1488HA5", "device");
    row("cochlear sound processor", "Implant serial 4417ZW2, sound processor KTN-552-0913. Heard.", "KTN-552-0913", "device");
    row("plate in brackets after a car", "Son following in own car (QHS-5130) to the ED.", "QHS-5130", "vehicle");
    row("plate in brackets after a van", "Wheelchair-accessible van (PCJ 3473, VIN 3XNXC40C1M4347918).", "PCJ 3473", "vehicle");
    row("australian rego", "Car rego 1ABC234 noted by security.", "1ABC234", "vehicle");
    row("medicaid card", "Belongings: licence A1234567, Medicaid card 123456789012), phone", "123456789012", "health_plan");
    row("inpatient register number", "Admitted under IPD/2025/00412 on the medical ward.", "IPD/2025/00412", "account");
    row("ur column of a pipe table", "TIME  | NAME        | UR NO   | REASON\n09:00 | DOE, JANE   | 554677 | review", "554677", "mrn");
    row("pipe table row after a short row", "TIME  | NAME        | UR NO   | REASON\n09:40 | DNA - rebook\n10:00 | ROE, JOHN   | 322093 | post-op", "322093", "mrn");
    row("number in brackets after initials and a surname", "DISCHARGE CHECKLIST - K.B. Sekhon (231-00-183)\n[x] Meds", "231-00-183", "mrn");
    row("number in brackets after a particle", "Patient: Asta van Rensburg (73111322)\nLocation: Clinic B", "73111322", "mrn");
    row("number in brackets after a hyphenated given name", "Patient: Yuk-lan Lajeunesse (33120317)\nLocation:", "33120317", "mrn");
    row("ocr spaced insurance label", "S S N :  123-45-6789\nl n s u r a n c e  I D :  W123456789\nS i g n a t u r e :  ____", "W123456789", "health_plan");
    row("your ref to a records department", "Medical Records Department\nOur client: the above\nYour ref: 00412345   Claim ref: CL-2024-118", "00412345", "mrn");
    row("clinic number", "Straws labelled with both names and clinic number 00768862. Embryologist", "00768862", "mrn");
    row("number ending a name label line", "SKIN PRICK TESTING 3 May 2024\nWILMS, ADDILYN   38394676\nHistamine 6 mm", "38394676", "mrn");
    row("tab separated rows", "MRN\tName\tDOB\tPhone\n00383088\tDOE, JANE\t09/14/1935\t555-201-3344", "00383088", "mrn");
    row("number after a joined surname", "Kishore al-Farsi (41569291) wishes to leave before treatment.", "41569291", "mrn");
    row("number after St. and a surname", "Hipólito St. Pierre-Okoye (424-86-391) wishes to leave.", "424-86-391", "mrn");
    row("accented label line", "3 June 2025\nHAYASHIDA, ÁSTA   863-26-009\nHistamine 6 mm", "863-26-009", "mrn");
    row("nhs number", "Re: Mrs Jane Doe   NHS No: 943 476 5919   Hosp No: K123456", "943 476 5919", "mrn");
    row("chi number", "CHI number 0101501234 confirmed at reception.", "0101501234", "mrn");
    row("dva card", "Veteran, DVA No: NX123456, gold card holder.", "NX123456", "health_plan");
    row("british vehicle reg", "Parked in bay 4, vehicle reg: AB12 CDE, blue badge shown.", "AB12 CDE", "vehicle");
    row("network address after ip no", "Pump IP no. 10.0.0.5 unreachable.", "10.0.0.5", "ip");
    row("plate after the model of a car", "Wife following in own car, silver Corolla (1ABC234) to the ED.", "1ABC234", "vehicle");
    row("log line of pairs", "2024-03-01 audit user=jdoe mrn=00412345 acct=210029694 action=view", "210029694", "account");
    row("ocr spaced patient id", "P a t i e n t  I D #  0041234\nD a t e :  today", "0041234", "mrn");
    row("medicare card with its issue number", "Medicare No: 2123 45670 1/1 expires 05/2027", "2123 45670 1", "health_plan");
    row("dva file number", "DVA file no. QX123456 (white card).", "QX123456", "health_plan");
    row("tpa card", "Insurer: Star Health   TPA card no: MDI-1234567", "MDI-1234567", "health_plan");
    row("medical records department number", "MRD No: 123456   Bed 12", "123456", "mrn");
    row("id after an insurance label", "Primary insurance: BCBS  ID# XOD123456789", "XOD123456789", "health_plan");
    row("lower-case plate in brackets", "son following in own car (qhs-5130) to the ed", "qhs-5130", "vehicle");
    row("ocr l for I in ID", "l n s u r a n c e  l D :  W123456789", "W123456789", "health_plan");
    row("age in brackets after a van surname", "Assessment Jinhua van der Meer (aged 98) lives alone.", "98", "age");
    row("dotted UR number", "U.R. No: 0412345   Ward 7", "0412345", "mrn");
    row("dotted MRN", "Label: M.R.N. 00412345", "00412345", "mrn");
    row("inpatient number", "Inpatient no. 24-001187, admitted 3 days ago", "24-001187", "account");
    row("provincial health number", "Provincial health number 9123 456 789 on file.", "9123 456 789", "health_plan");
    row("group abbreviation", "INS PLAN.....: W123456789 GRP 44821-P07", "44821-P07", "health_plan");
  }

  void findsIdentifierShapesOfElevenAndTwelve() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those labels and shapes that must give nothing.
  void ignoresIdentifierLookalikesOfElevenAndTwelve_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("controller as a word", "Controller 2 of the pump was replaced; the controller 3 times.");
    row("car with a count", "Travelled by car (45 minutes) with the van (2 seats).");
    row("GRP as a peptide", "Pro-GRP 45 pg/mL within range.");
    row("form with a short serial", "See form ABC/2024/12 and the PO/2023 policy.");
    row("key value dump without identifiers", "mode=auto; rate=12; volume=450; peep=5");
    row("count in brackets after a particle", "Seen by the team at de (12345678) unknown; Ward van (2 beds).");
    row("spaced letters of a heading", "S U M M A R Y :  stable, no change.\nA B C :  intact");
    row("service desk ticket", "IT SERVICE DESK - ticket INC0093318\nIssue: password reset");
    row("dose at the end of a drug line", "Metoprolol, tartrate   25000000\nAspirin, low dose   81");
    row("nhs helpline", "Advised to call NHS 111 if worse; NHS trust policy applies.");
    row("make model and year in brackets", "Hit by a car (BMW X5) at speed; passenger in a van (VW T6).");
    row("creatinine no change", "Cr no change at 1.45 mg/dL; rego due next month.");
    row("label in brackets after a van", "Wheelchair van (ID 2231) booked; taxi (NO 12345) declined.");
    row("heading and list lines ending with a number", "MEDICATIONS, HOME   1234567\nPENICILLIN, SULFA   12345678");
    row("count with a unit in brackets after a car", "Travelled by car (45mins) and by taxi (2hrs).");
    row("intake with its unit", "I/O: INS 12500 ML TOTAL; ins 2450 mL, outs 1800 mL.");
    row("settings written as pairs", "Vent settings mode=AC rate=14 peep=5 fio2=40");
    row("chat your number", "hi pls call me ur number is 0412A55123 thx; ur no 20394857 either");
    row("booking and order references", "Interpreter booking ref BK-12345; courier tracking ref 1Z9999W99999999999.");
    row("health card presented", "Health card presented at reception.");
  }

  void ignoresIdentifierLookalikesOfElevenAndTwelve() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifier forms of the thirteenth and fourteenth families' document styles: serials after an
  // equipment word, device and vehicle keys of a log line, plates after a vehicle's label,
  // cardholder and prison numbers, record numbers beside a name written "SURNAME, GIVEN".
  void findsIdentifierShapesOfThirteenAndFourteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("serial after an infusion pump", "Tue: ertapenem 1 g x 7, pump CAD4471234 Thu: supplies", "CAD4471234", "device");
    row("serial after a dialysis machine", "Dry wt 71.5 kg  Machine FMC2231907   Dialyser F180", "FMC2231907", "device");
    row("serial after a response unit", "Subscriber: DOE, JANE   Unit: PND1036712   Base station", "PND1036712", "device");
    row("serial after a concentrator", "Oxygen concentrator INV8812345 delivered.", "INV8812345", "device");
    row("serial after a pump and a hash", "Pump #CAD4471234 returned to biomed.", "CAD4471234", "device");
    row("id of an infusion pump", "Infusion pump ID CAD-4471234 swapped at 10:00.", "CAD-4471234", "device");
    row("unit id after a subscriber", "Subscriber: DOE, JANE   Unit ID: PND1036712", "PND1036712", "device");
    row("claim number of a log line", "user=jdoe; claim_no=CLM-2024-118; dl_no=D1234567; vin=1HGCM82633A004352", "CLM-2024-118", "account");
    row("licence of a log line", "user=jdoe; claim_no=CLM-2024-118; dl_no=D1234567; vin=1HGCM82633A004352", "D1234567", "license");
    row("device id of a log line", "host=sync.example.net device_id=RHL9297243 fw=4.2.1 hr_avg=72", "RHL9297243", "device");
    row("imei of a log line", "user=jdoe imei=356938035643809 app=2.1 battery=80", "356938035643809", "device");
    row("vin of a log line", "event=tow vin=1HGCM82633A004352 plate=7ABC123 lot=B", "7ABC123", "vehicle");
    row("plate after a vehicle label", "Vehicle in lot B: 7ABC123 Mechanism: fall", "7ABC123", "vehicle");
    row("plate after vehicle assigned", "Vehicle assigned: ABC-1234 (VIN 1HGCM82633A004352) Booked", "ABC-1234", "vehicle");
    row("plate right after car", "Transport home: carer Ulrica, car FOS 1234 Nurse Wen", "FOS 1234", "vehicle");
    row("one-piece plate before a word", "Left in car 7ABC123 today.", "7ABC123", "vehicle");
    row("pharmacy cardholder id", "BIN 610014 PCN ADV GROUP G1234567 Cardholder ID: W123456789   Person code: 01", "W123456789", "health_plan");
    row("cardholder number", "Rx card: BIN 610014   Cardholder: W123456789   Person code 01", "W123456789", "health_plan");
    row("prison number", "Name: JANE DOE   Prison no: 482913 DOB: 01/02/1950", "482913", "mrn");
    row("inmate number", "Inmate number 0048213 escorted by two officers.", "0048213", "mrn");
    row("number after an inverted name in brackets", "1. GABLE, KWABENA-ATO (00873803) - stage IIIA", "00873803", "mrn");
    row("number in a name line's column", "CROSSMATCH COBBLE, Taisiya   62666290   DOB 02/24/1929", "62666290", "mrn");
    row("six digits in the cell after a name", "Swab 2 | HARROW, NIAMH-KATE | 127069 | 1/27 | urine", "127069", "mrn");
  }

  void findsIdentifierShapesOfThirteenAndFourteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those labels and shapes that must give nothing.
  void ignoresIdentifierLookalikesOfThirteenAndFourteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("car with counts", "Came by car 2 hours ago; car 45mins away; the car park level 3.");
    row("vehicle and a year", "Vehicle MVA 2019 rollover, no injuries then.");
    row("vehicle label with words", "Vehicle in lot: none; car: not driving since the stroke.");
    row("pump with a rate", "Pump rate 125 mL/h; machine 4 hours; unit 7 west.");
    row("sentence ending on a plural label", "These are billing codes, not member numbers. PHQ-9 21, GAD-7 4.");
    row("order numbers of an hl7 order", "MSH|^~\\&|LAB|HOSP|||||ORU^R01|1|P|2.5\nOBR|1|ORD-1234567|SPC-12345678|CBC");
    row("six digits after a heading cell", "| MEDICATIONS, HOME | 125000 | units |");
    row("device key without a value", "device_id=none; fw=4.2.1; mode=auto");
    row("cardholder as a person", "Cardholder signature on file; cardholder 2 of 3 on the plan.");
    row("equipment with a count", "Pump 2 of 3 running; unit #4 closed; machine ID check done.");
  }

  void ignoresIdentifierLookalikesOfThirteenAndFourteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifier shapes met in the fifteenth and sixteenth families after their single blind runs.
  void findsIdentifierShapesOfFifteenAndSixteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("number in brackets after a name with a particle", "Person affected: Lotte ten Dam (00412873) fell.", "00412873", "mrn");
    row("number in brackets after a joined inverted surname", "Record of HALE-WARD, ANA-LEE (00412873) released.", "00412873", "mrn");
    row("inmate hash number", "Seen at sick call, inmate # A12345 in B pod.", "A12345", "mrn");
    row("offender id", "Transfer packet: Offender ID 0048213, escorted.", "0048213", "mrn");
    row("state medicaid programme id", "Coverage: AHCCCS ID A12345678 active.", "A12345678", "health_plan");
    row("hospital specimen number", "LIPID PANEL\nSPECIMEN ID: S24-01873 received 07:40", "S24-01873", "mrn");
    row("hashed number after a name with a suffix", "Resident: OKAFOR JR., CHIDI   #K40219   Bed 2", "K40219", "mrn");
    row("licence with where it was read", "Driver's license in wallet: K2201774 Taken to ED.", "K2201774", "license");
    row("record number with where it was read", "MRN at sending facility: 00734412 confirmed.", "00734412", "mrn");
    row("serial after equipment and a colon", "Transfer date: 01-02-2025   Ankle monitor: GX-118204K", "GX-118204K", "device");
    row("participant column of a registry export", "participant_id,last,first,dob,zip\nQX-30417-B,Doe,Jane,1970-01-02,85001", "QX-30417-B", "mrn");
    row("prefixed number in brackets after a name", "Consent signed by participant Jane Doe (QX-30417-B) today.", "QX-30417-B", "mrn");
    row("hashed number after a labelled name", "Resident: DOE, JANE   #K40219   DOB 01/02/1950   Bed 4", "K40219", "mrn");
    row("number under a two-word column name", "PATIENT NAME     DOB         MRN        DRAWN\nDOE, JANE  01/02/1950  55120873  20250101", "55120873", "mrn");
    row("electronic mrn", "Pt: DOE, JANE   EMRN 00734412   HAR H55120911", "00734412", "mrn");
    row("health record number", "Walker Creek clinic HRN: 418803   seen today.", "418803", "mrn");
    row("patient identifier of a registration screen", "ADMIT SCREEN PID: 73310452   NAME: DOE, JANE", "73310452", "mrn");
    row("jail booking number", "name: jo doe   booking #2024-771203   housing: a pod", "2024-771203", "mrn");
    row("purchased-care eligibility number", "Eligibility no.: T552-100387   Medicaid: pending", "T552-100387", "health_plan");
    row("medical record number after MRN", "MRN 00412873 seen today.", "00412873", "mrn");
  }

  void findsIdentifierShapesOfFifteenAndSixteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresIdentifierLookalikesOfFifteenAndSixteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("unit of a flat after a colon", "Moved to the annex, Unit: B12345 per the housing office.");
    row("custody and programme words with counts", "Covered by AHCCCS since 2019; inmate 2 of 4 seen; booking in 3 weeks.");
    row("chain-of-custody specimen ids", "DRUG TEST CUSTODY FORM  Specimen ID Q55120X\nSpecimen ID 771203554 in bottle A, seal intact.");
    row("session and order ids", "session_id=vx-K55120Q start=now; Order ID 4471230 placed.");
    row("interpreter's id", "Visit with a Somali interpreter (ID 40917) by phone today.");
    row("a service's invoice", "LANGUAGE SERVICES INVOICE  INV-24033 for the clinic.");
    row("equipment with a rate and a count", "Pump: 125 mL/h overnight. Monitor: 2 leads off. Meter # 12500 units");
    row("lot in brackets after a brand", "Given Boostrix (K74896J) and Shingrix (AB12345) in clinic.");
    row("short hashed number after a field", "Inmate: see roster   #12   Cell C-4; tray #K401 returned.");
    row("pelvic inflammatory disease and a year", "Past history: PID 2015, treated; booking 2 visits next week.");
    row("eligibility with a year", "Medicaid eligibility 2025 confirmed; eligibility review in 3 weeks.");
    row("dose and lot", "Given 0.5 mL IM, lot 7H3RX.");
  }

  void ignoresIdentifierLookalikesOfFifteenAndSixteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifier shapes met in the seventeenth and eighteenth families after their single blind runs.
  void findsIdentifierShapesOfSeventeenAndEighteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("serial of a pacing lead", "Interrogation: LV lead QRT5521907X impedance stable.", "QRT5521907X", "device");
    row("serial after equipment without a colon", "Home oxygen: concentrator 4418KT2 delivered Monday.", "4418KT2", "device");
    row("dashed serial after equipment without a colon", "Backup ventilator BXR-552-1093 checked by RT.", "BXR-552-1093", "device");
    row("plate written digits first", "Visitor parked in lot C, plate 612 KDW, until noon.", "612 KDW", "vehicle");
    row("plate whose letters spell a word", "Parking pass for plate BY 60653 renewed.", "BY 60653", "vehicle");
    row("plate of two capitals and digits alone", "Parking pass for plate NC 00275 renewed.", "NC 00275", "vehicle");
    row("plate after a vehicle word and its label", "LOT B, VEHICLE PLATE 333 MWU, KEYS AT DESK", "333 MWU", "vehicle");
    row("zip after a town and Idaho", "Moved to 14 Elm St, Pocatello, ID 83201 last spring.", "83201", "zip");
    row("zip plus four after a town and Idaho", "Moved to 14 Elm St, Pocatello, ID 83201-4410 last spring.", "83201-4410", "zip");
    row("dashed number with a check digit after a name", "Called about Mara Quist (31-40918-5) at noon.", "31-40918-5", "mrn");
    row("number in a slash-split line after the name", "QUIST, MARA / 4471239 / cycle 2 day 1", "4471239", "mrn");
    row("number closing the particulars after an age", "Re: Mara Quist, 61-year-old, 4471239\nHistory from her son.", "4471239", "mrn");
    row("address read on a licence", "Address on license: 1520 Dogwood Lane", "1520 Dogwood Lane", "address");
  }

  void findsIdentifierShapesOfSeventeenAndEighteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresIdentifierLookalikesOfSeventeenAndEighteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("service-desk numbers", "RITM0012345 closed; CHG0041234 scheduled; INC0041187 priority P3.");
    row("equipment with a count or a setting", "Pump 2 of 3 running; concentrator 4 L/min; lead II ST elevation.");
    row("plate digits without letters", "Plate 612 was cleaned; plate 48 mm.");
    row("idaho without a zip", "Coverage via ID 2 visits; Boise, ID clinic.");
  }

  void ignoresIdentifierLookalikesOfSeventeenAndEighteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Shapes met in the fifteenth and sixteenth families after their single blind runs.
  void findsShapesOfFifteenAndSixteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("town and state code after in", "Hailey now stays with Ubax in Clarkston, GA. Pavlenko to follow up.", "Clarkston, GA",
        "address");
    row("town with a landscape word after from", "Family: sister Norma driving from Tuba City, AZ.", "Tuba City, AZ", "address");
    row("town and state code after a label", "Village: Bethel, AK 4/26/2023 07:40 - Coumadin clinic", "Bethel, AK", "address");
    row("house number with a half", "Lives at 812 1/2 Maple Ave; son keeps the keys.", "812 1/2 Maple Ave", "address");
    row("town after a lower-case street and in", "we live at 45 cedar lane in marlow. call me back", "marlow", "address");
    row("town after a street, the sentence going on", "Brought in from 77 Birch Rd, Dunmore after a fall.",
        "77 Birch Rd, Dunmore", "address");
    row("lot of a mobile-home park as a unit", "Rents at 90 Oak Ave, Lot 7, Millbrook; notice served.",
        "90 Oak Ave, Lot 7, Millbrook", "address");
    row("ordinary words in a street in capitals", "RELEASE TO: ANN WU 52 PLEASANT HILL PKWY MARLOW, TX 75001",
        "52 PLEASANT HILL PKWY MARLOW, TX", "address");
    row("ordinary words in capitals after a direction", "LIVES AT 4547 E PLEASANT VALLEY PIKE LOT 14; SON NEARBY.",
        "4547 E PLEASANT VALLEY PIKE LOT 14", "address");
    row("saint abbreviated in a lower-case town", "we live at 12 elm street apt b in st. cloud. call me", "st. cloud",
        "address");
    row("ordinary word before a word of landscape", "Index case (71 yrs, Pine Ridge, SD) | contact", "Pine Ridge, SD",
        "address");
    row("word code after in, in parentheses", "(visiting her cousin in Waianae, HI)", "Waianae, HI", "address");
    row("credential code after a verb of travel", "Family: brother driving from Chester, PA.", "Chester, PA", "address");
    row("word code after at, the sentence going on", "Neighbour says she is at Woodburn, OR for dialysis.",
        "Woodburn, OR", "address");
    row("town after closer to", "Her son wants her closer to Paterson. Please call back.", "Paterson", "address");
    row("town after a facility near", "Daughter prefers a facility near Beaverton.", "Beaverton", "address");
    row("town after a preposition in capitals", "SON STAYS WITH HER IN ELIZABETH, NJ.", "ELIZABETH, NJ", "address");
    row("rural route and box with its town", "Mailing: Rural Route 3 Box 57, Lumberton, NC 28358",
        "Rural Route 3 Box 57, Lumberton, NC", "address");
    row("highway contract route and box", "Pick-up from HC 12 Box 340, Bethel, AK", "HC 12 Box 340, Bethel, AK", "address");
    row("mile post on a highway", "Location: MP 42 Parks Hwy, single vehicle", "MP 42 Parks Hwy", "address");
    row("mile on a numbered route", "Location: Mile 17 Indian Route 9, rollover", "Mile 17 Indian Route 9", "address");
    row("village after its label", "Village: Savoonga\nVitals stable.", "Savoonga", "address");
    row("village clinic after from", "From: Kwethluk clinic   To: regional hospital", "Kwethluk", "address");
    row("origin set off by commas", "Ana Cruz (44F), from Tlaxiaco, farm worker, c/o back pain.", "Tlaxiaco", "address");
    row("village word in lower case", "Ana Cruz (44F), from Laura village, lives nearby.", "Laura village", "address");
    row("town of relatives a person stays with", "maria is at her cousins in kotzebue, ak til 12/2", "kotzebue, ak",
        "address");
    row("town of relatives in capitals", "ANA IS AT HER AUNTS IN POINT HOPE TIL FRIDAY", "POINT HOPE", "address");
    row("word code before the next field's label", "Employer: Sunny Acres Farms, Woodburn, OR   Supervisor: K. Lee",
        "Woodburn, OR", "address");
    row("word code in capitals with for after it", "NOT HOME; SON SAYS AT HILO, HI FOR DIALYSIS", "HILO, HI", "address");
    row("month/day closing a document's title line", "PEER SUPPORT NOTE 9/16\nMet client in the ED.", "9/16", "date");
    row("month/day closing a lower-case title", "clinic chat - 10/7\n[19:02] hi", "10/7", "date");
    row("month/day before a time with am or pm", "voicemail transcription (8/6 4:51 pm)", "8/6", "date");
    row("month/day before a time glued to am", "appt at mesa clinic 6/5 9:40am. reply c to confirm", "6/5", "date");
    row("month/day after a date label and initials", "Staff initials / date: Nahui 6/14", "6/14", "date");
    row("month/day under a last-exposure column", "| contact | relation | last exposure |\n| niece | aunt | 5/6 |", "5/6",
        "date");
    row("month/day after til", "she is at her aunts til 1/5", "1/5", "date");
    row("month/day after a dates label", "Requested dates: 1/18 through 3/27", "1/18", "date");
    row("month/day after drop it off", "i will drop it off 9/9. you can reach me", "9/9", "date");
    row("local number after left a message on", "left a message on 693-9556. Will retry.", "693-9556", "phone");
    row("local number after a pharmacy in parentheses", "Sources: patient, CVS (654-6147), fill history", "654-6147",
        "phone");
    row("dotted local number after a phone word", "called re: meds - wants callback 481.9976", "481.9976", "phone");
    row("age stated of a person named before", "Re: Tswv's appt\nCan Tswv come? Tswv is 100 and cannot wait.", "100",
        "age");
    row("age in parentheses before a place", "index case (104 yrs, Marlow, WA)", "104", "age");
    row("town after transported from", "Inmate transported from Greenville.\nTB screen negative.", "Greenville", "address");
    row("town in capitals before a Spanish word", "VIVE EN LAKEWOOD CON SU NIETA.", "LAKEWOOD", "address");
    row("town in capitals before a modal verb", "SAYS SISTER ANA IN NEW CANAAN MIGHT TAKE HIM.", "NEW CANAAN", "address");
    row("town after a relative with a hyphenated name", "says sister ana-jan in kingsport might take him.", "kingsport",
        "address");
    row("person's mailbox whose name starts like a role", "Reply to info.cruz@mail.example.com today",
        "info.cruz@mail.example.com", "email");
    row("local number under a phone column", "| contact | relation | phone |\n| coworker | friend | 292-4436 |",
        "292-4436", "phone");
  }

  void findsShapesOfFifteenAndSixteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLookalikesOfFifteenAndSixteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("diagnosis and an electrolyte in capitals", "REASON: HYPERCALCAEMIA, CA 2.98 MMOL/L.");
    row("disease abbreviation that is a state code", "Diagnosis since 1999: relapsing sclerosis, MS. Stable on therapy.");
    row("age and a scan in capitals", "AT AGE 73 SHE HAD CT CHEST.");
    row("grade and a scan in capitals", "FISHER GRADE 3 ON THE CT.");
    row("assistant's credential after to", "Referred to Lee, PA.");
    row("operating room after a service", "Sent to Urology, OR.");
    row("holiday after a home near", "Plans to move home near Christmas.");
    row("respiratory rate and head circumference", "RR 22, HC 34 cm, weight 3.2 kg.");
    row("clinic named in capitals after to", "TO: COBALT VALLEY CLINIC, CCU");
    row("weekday set off by commas after from", "Started, from Monday, on new meds.");
    row("distance walked on a route", "Walked 1 mile on Route 9 trail.");
    row("run number with a dash on a title line", "AMBULANCE CARE REPORT   Run 24-10\nCrew of two.");
    row("fraction after a title line", "WOUND CARE NOTE\nDressing 4/5 soaked, changed.");
    row("dose range in a table cell", "| drug | dose range |\n| heparin | 250-1000 |");
    row("lab value stated after a measurement", "Glucose 110 this am. Glucose is 95 and stable.");
    row("lab value stated after a lab name", "Lipase high. Lipase is 95 and falling.");
    row("departments after transported and returned from", "Transported from ED to CT. Returned from Radiology.");
    row("clinic's front-desk mailbox", "To: front desk <frontdesk@redrock-fp.example.org>");
    row("clinic's scheduling mailbox", "Please write to scheduling@clinic.example.org for a slot.");
    row("dose range after message on", "Message on 250-1000 mg");
  }

  void ignoresLookalikesOfFifteenAndSixteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsShapesOfSeventeenAndEighteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("fax header opening with the word fax", "FAX  02/11/2026 0915  FROM HARBOUR DRUG  (555) 201-3344\nREFILL REQUEST",
        "(555) 201-3344", "fax");
    row("local number set off after a caller's long name",
        "Call from neighbour Marisol Quintero-Abernathy, 555-2090, at 7:10 PM: lights off.", "555-2090", "phone");
    row("age after a kinship name and is", "my cousin says grandpa is ninety-six and cannot live alone", "ninety-six",
        "age");
    row("age in an obituary's apposition", "Tobias Wrenley-Vance, 97, of Port Aldous, died at home.", "97", "age");
    row("month/day after admit", "UR review: Admit 4/19; criteria met for acute care.", "4/19", "date");
    row("month/day after Spanish desde el", "mi papá no duerme bien desde el 9/28. Gracias.", "9/28", "date");
    row("month/day of a chat export's stamp", "[7/30, 21:05] Lupita: she ate a little", "7/30", "date");
    row("month/day ending a title before a colon", "PANTRY DELIVERY NOTE, VAN 2, 11/19: left bag at door.",
        "11/19", "date");
    row("lower-case month and day after on", "txt: visit w/ dr lane on feb 9 at 10:15 am. reply y", "feb 9", "date");
    row("compact date-time in a CSV cell", "ICU-2,ALLOWED,ANA RUIZ,202309140815\n", "20230914", "date");
    row("street type bend", "Family found him at 4410 Sorrel Bend since Tuesday.", "4410 Sorrel Bend", "address");
    row("street type hollow in capitals", "RETURN TO 218 POSSUM HOLLOW, UNIT 2 IF NO ANSWER", "218 POSSUM HOLLOW, UNIT 2",
        "address");
    row("half lot with the fraction sign", "Deliver to 2117½ Tannery Spur by noon.", "2117½ Tannery Spur", "address");
    row("hyphenated house number", "Lives alone at 186-9 Laurel Boulevard; son visits.", "186-9 Laurel Boulevard",
        "address");
    row("type word naming the street before its type", "Lives at 7023 Quail Run Street, Apt 4 with her son.",
        "7023 Quail Run Street, Apt 4", "address");
    row("ZIP after Idaho's code on a street's line", "Mail to 2800 Aspen Hollow\nKetchum, ID 83340 by Friday.",
        "83340", "zip");
    row("ZIP after a lower-case state code", "moved to 12 elm st, lakeland, fl 33801-4410. call me", "33801-4410",
        "zip");
    row("ZIP answering a question on the line above", "AGENT: And your ZIP code?\nCALLER: 30308.\nAGENT: Thanks.",
        "30308", "zip");
    row("town ending in a landscape word with a clinical ending", "Keys are at the house in Orrin Junction, IA.",
        "Orrin Junction, IA", "address");
    row("lower-case town after driving up from", "ok tell mom that bea is driving up from tallowmere\n", "tallowmere",
        "address");
    row("town after drove up from", "Her son drove up from Wexbury. Family at bedside.", "Wexbury", "address");
    row("town of the police told", "Welfare check requested with Brackenfield police today.", "Brackenfield",
        "address");
    row("town in an obituary's apposition", "Tobias Wrenley, 97, of Port Aldous, passed away on Sunday.",
        "Port Aldous", "address");
    row("town of a pharmacy closing the line", "Pharmacy: Harbour & Sons Drug, Tallowmere\nComment: refill",
        "Tallowmere", "address");
    row("town with the lower of a pair", "Her daughter of Lower Wexbury, KY, and her son.", "Lower Wexbury, KY",
        "address");
    row("town of the police in capitals", "INFORMATION GIVEN TO WEXBURY POLICE AT 14:10.", "WEXBURY", "address");
    row("possessive town", "Welfare check requested with Tinker's Hollow police.", "Tinker's Hollow", "address");
    row("long street type after ordinary words in capitals", "NOT SEEN AT 9757 BLUE HERON LANE SINCE MONDAY.",
        "9757 BLUE HERON LANE", "address");
    row("street after an address label naming an identifier", "Address on license: 15391 Dogwood Lane, Elkford, UT",
        "15391 Dogwood Lane, Elkford, UT", "address");
    row("abbreviated saint town with its state", "Backup: SNF in St. Wexbury, UT. Hgb stable.", "St. Wexbury, UT",
        "address");
    row("lower-case town of two words with a Spanish opener", "tell mom bo is driving up from las palomas\n",
        "las palomas", "address");
    row("lower-case town ending in rapids", "tell mom bo is driving up from otter rapids\n", "otter rapids",
        "address");
    row("town and state as a table's last cell", "WREN (2nd)   Ana S.   Tallowmere Falls, ID\nPrepared by staff",
        "Tallowmere Falls, ID", "address");
    row("lower-case town with the lower of a pair", "ann drove up from lower wexbury.", "lower wexbury", "address");
    row("compact date-time in a JSON string", "{\"t\": \"202312011930\", \"hr\": 71}", "20231201", "date");
  }

  void findsShapesOfSeventeenAndEighteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLookalikesOfSeventeenAndEighteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("kinship word and a measurement", "grandma is 95 percent sure the pills were taken.");
    row("dose range set off in a call line", "Called about the drip of Heparin Sodium Premix, 250-1000, titrated.");
    row("fraction of a cup after and", "Gave 1/2 tab of senna and 3/4 cup of the prune juice.");
    row("fraction of a mile after on", "Walked on 1/2 mile loop, then on 3/4 mile loop.");
    row("month abbreviation as a verb after on", "Scars on mar 2 sites were noted.");
    row("twelve digits with no clock time", "Batch run 202311289977 completed.");
    row("bone spur and a range", "Calcaneal spur 2-3 mm; no hollow viscus injury.");
    row("clinical word after driving up from", "BP is driving up from pain; recheck later.");
    row("kind of police after with", "Escorted with campus police to the lobby.");
    row("state police after to", "Report given to state police at 14:00.");
    row("kinds of police, capitalised", "Escorted with Campus Police; report given to State Police.");
    row("eponym with a possessive after of", "History of Parkinson's Disease, on carbidopa.");
    row("credential as a table's last cell", "Service   Oncology, MD\nCover   Radiology, DO\n");
    row("hospital unit after a relative and in", "Her son in MICU, daughter in PACU, sister in SNF.");
  }

  void ignoresLookalikesOfSeventeenAndEighteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsPatternsOfTheTwentiethFamily_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("month/day of a last dose before PM", "Home meds per son: warfarin 5 mg daily - last dose 3/29 PM", "3/29",
        "date");
    row("month/day and a 24-hour clock closing a heading", "NIGHT RELIEF - 4 SOUTH   11/3 2300\nOff-going RN reports",
        "11/3", "date");
    row("month/day after a date-of label", "Date of injury: 6/14   Body part: L wrist", "6/14", "date");
    row("month/day after f/u", "Plan: sling, f/u 10/2 with ortho.", "10/2", "date");
    row("month/day in an appointment list", "3. Hand clinic - 2/21, bring splint", "2/21", "date");
    row("month/day after signout", "signout 5/30 days -> nights\n- bed 4: stable", "5/30", "date");
    row("month/day in a table's first column under Date", "Date | Reading | By\n6/3 | 142 | RN\n6/4 | 138 | RN",
        "6/4", "date");
    row("compact date-time as an XML element's text", "<visitDate>20240117T0930</visitDate>", "20240117", "date");
    row("age between slashes after an inverted name", "Transfer pt: ABERNATHY, ROSALIND / 96 / F   Wt 51 kg", "96",
        "age");
    row("age in words after a name opening the sentence", "Family updated.\nIsaura is ninety-seven and still walks daily.",
        "ninety-seven", "age");
    row("town after lives in, the clause going on with and", "Her nephew lives in Gullwater Flats and drives a bus.",
        "Gullwater Flats", "address");
    row("town of relatives as the sentence's subject", "Relatives in Brackenmoor were called at noon.", "Brackenmoor",
        "address");
    row("town and word-like state code before location", "Wants the Brackenmoor, OK location for labs.",
        "Brackenmoor, OK", "address");
    row("town and state in capitals after a verb", "PT PREFERS BRACKENMOOR MILLS, HI AREA FOR HOSPICE",
        "BRACKENMOOR MILLS, HI", "address");
    row("street with a building and a flat", "Address: 410 Tern Hollow Rd Bldg 7 Apt 3 Gullwater, TX",
        "410 Tern Hollow Rd Bldg 7 Apt 3 Gullwater, TX", "address");
    row("street with a mobile-home park's space", "Lives at 88 Kiln Yard Way Space 12, Gullwater, TX.",
        "88 Kiln Yard Way Space 12, Gullwater, TX", "address");
    row("VA integration control number after ICN", "Veteran seen for PACT intake. ICN 2093347715V640218, SC 30%",
        "2093347715V640218", "mrn");
    row("ZIP in a NEMSIS ePCR element", "<ePatient.06>Gullwater</ePatient.06>\n<ePatient.09>31562-0417</ePatient.09>\n",
        "31562-0417", "zip");
    row("city in a NEMSIS ePCR element", "<ePatient.06>Gullwater</ePatient.06>\n<ePatient.09>31562</ePatient.09>\n",
        "Gullwater", "address");
    row("VA integration control number alone in a header", "OKAFOR,EMEKA  2093347715V640218  Primary care",
        "2093347715V640218", "mrn");
  }

  void findsPatternsOfTheTwentiethFamily() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresPatternLookalikesOfTheTwentiethFamily_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("quality measures named by a month's letters", "Core measure SEP-1 met; MAR-2 reviewed.");
    row("fraction before a dose with a unit", "Takes 1/2 1200 mg tab nightly.");
    row("fraction of a tablet after next dose", "Next dose 1/2 tab at bedtime.");
    row("scores in a table's first column", "Score | Item\n3/4 | gait\n2/4 | balance");
    row("score and clock in a flowsheet line", "Pain 7/10 0400\nGCS 3/15 0800\n");
    row("a colleague's staff numbers", "Exposure form: Staff ID 40917 witnessed it; charge nurse, staff no. 51120, informed.");
    row("vital signs in NEMSIS ePCR elements", "<eVitals.06>128</eVitals.06>\n<eVitals.10>88021</eVitals.10>\n");
    row("vital signs between slashes", "Triage: BP 140 / 92 / R arm; Lactate / 95 / M");
    row("lab values dictated in words", "Ferritin is ninety-five and has been stable. Pulse is ninety-four and regular.");
    row("checklist word and a state code before location", "Diet, OK location per tray card.");
    row("country that is also a name after family in", "Family in Jordan were told by phone.");
    row("hospital unit after family in", "Family in ICU were updated at noon.");
    row("heater after a street's type", "Lives at home; space heater near bed. Walks 1/2 block.");
    row("case number of an incident report", "SECURITY INCIDENT REPORT   Case 24-58812\nUnit: 3 West lobby");
  }

  void ignoresPatternLookalikesOfTheTwentiethFamily() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifier numbers found by the cue that labels them: equipment keys of telemetry logs, table
  // columns, vehicle, coverage and contact cues.
  void findsIdentifiersByTheirCues_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("licence after a licence and state label", "Driver 2: DL/ST: D1234567 / TX   DOB 01/02/1980", "D1234567", "license");
    row("licence with its state written on", "Lic/St: D1234567/TX\n", "D1234567", "license");
    row("participle after the label's filler", "Policy number assigned: PA-1234567-12\n", "PA-1234567-12", "health_plan");
    row("policy with a short first group", "Travel insurer Sentinel Oak, policy 110 7290-O42-99A, assistance line",
        "110 7290-O42-99A", "health_plan");
    row("policy of letters and slashed digit groups", "LODESTAR CASUALTY COMPANY POLICY HJQ/669956/33 NARRATIVE: UNIT 2",
        "HJQ/669956/33", "health_plan");
    row("spanish policy", "Aseguradora: Granite Shield Mutual, póliza PA-1567208-77\nDirección:", "PA-1567208-77",
        "health_plan");
    row("spanish claim number", "Fecha de nacimiento: 3 de mayo de 1961\nNúmero de reclamo: 7RW4034525\n", "7RW4034525",
        "account");
    row("claim number under a camel-case json key", "{\"claimNumber\": \"CLM26159300\", \"lossDate\": \"2024-03-01\"}",
        "CLM26159300", "account");
    row("plate of a preposition's letters after a colon", "VEH: 2014 TOYOTA CAMRY   PLATE: BY 41180   INS: X", "BY 41180",
        "vehicle");
    row("alien registration number after A-Number", "Given name: AMARA\nA-Number: A044-503-775    Passport: L35310845",
        "A044-503-775", "license");
    row("alien number in spaced groups", "FAMILY NAME: DOE\nA-NUMBER: 399 221 911    PASSPORT: 603161477", "399 221 911",
        "license");
    row("qualifier naming the kind of an ID", "Donor: DOE^JANE    Donor ID (CDL): L99281281\n", "L99281281", "license");
    row("protective-services intake", "ADULT PROTECTIVE SERVICES REFERRAL\nIntake #: 2024-881748    Received: 4/6/2022",
        "2024-881748", "account");
    row("hotline intake without a mark", "HOTLINE REPORT    Intake 2023-375215\nDate: 02/08/2023", "2023-375215", "account");
    row("claim after a participle", "Police report 23973343\nClaim assigned: 5321601833-5512\n", "5321601833-5512",
        "account");
    row("policy after applied for", "Application 412283310; policy applied for LF40322187\n", "LF40322187",
        "health_plan");
    row("an insurer's file named after the claim", "Your claim no.: AB-123-123456\n\nPlease direct questions to our file "
        "CLM81315006 at our office.", "CLM81315006", "account");
    row("plate after a plate and state label", "VEH: 2018 SUBARU OUTBACK   PLATE/ST: HFT-1695 / NE", "HFT-1695", "vehicle");
    row("plate of three letters and a mixed group", "VEH: 2011 NISSAN ALTIMA   PLATE: SWE S16   INS: X", "SWE S16", "vehicle");
    row("german plate with a dash in its letters", "a second car registered abroad, plate Y-AT 7151 (D).", "Y-AT 7151",
        "vehicle");
    row("phone after a phone word and a comma", "Yes. Best to call my mobile, 62 31 60 04. Outcome: call back",
        "62 31 60 04", "phone");
    row("quoted phone of an audit log's change", "Update record 036-493,\"dob = '1928-06-16', phone = '442 60 011'\"",
        "442 60 011", "phone");
    row("fleet vehicle abbreviated", "DRIVER MANIFEST   ROUTE 14   VEH 3YF6980   STOP 1", "3YF6980", "vehicle");
    row("registration after a vehicle and its VIN", "Scene: vehicle VIN 3BJPS52A4N0770220, registration 1KHI238\n",
        "1KHI238", "vehicle");
    row("plate in spaced groups", "Scene: vehicle VIN 3BJPS52A4N0770220, registration YW 96 365\n", "YW 96 365", "vehicle");
    row("nigerian plate", "Exposure: bus, plate MAM 544 FS, 22/11; passenger unwell.", "MAM 544 FS", "vehicle");
    row("registration on a benefit programme's form", "NIHB PREDETERMINATION\nClient: DOE, JANE   Registration no.: 9306830436\n",
        "9306830436", "health_plan");
    row("irish medical card", "DOB: 14/06/1932   Medical card: 7365554J\n", "7365554J", "health_plan");
    row("id of a new plan in a chat", "ins termed 1/27, she has a new plan, id eky932005 i think", "eky932005", "health_plan");
    row("personal health number printed 4-3-3", "Patient: Jane Doe   PHN 9928 363 572\n", "9928 363 572", "health_plan");
    row("account after statements on", "stop statements on account 460223115; send the final bill", "460223115", "account");
    row("label and value of a two-column export", "Name,\"DOE, JANE\"\nSensor serial,W906PT41645\nTimestamp,Glucose\n",
        "W906PT41645", "device");
    row("second ear's serial after its side", "Phonak Audeo L90-R, serials R 8222K8900 / L 3563L0361 fitted",
        "3563L0361", "device");
    row("first ear's serial after its side", "Phonak Audeo L90-R, serials R 8222K8900 / L 3563L0361 fitted",
        "8222K8900", "device");
    row("hub address in a telemetry log", "ts=2024-07-11T14:22:26Z level=WARN hub=00:5C:6F:D3:6F:B9 fw=1.9.0 evt=SCALE",
        "00:5C:6F:D3:6F:B9", "device");
    row("sensor serial in a telemetry log", "evt=BP_READING sys=171 dia=98 sensor=PTY-741-4121 escalate=true",
        "PTY-741-4121", "device");
    row("device serial column of a board", "Patient            Device SN        Days\nOkafor, Kojo       H392FB21993      29\n",
        "H392FB21993", "device");
    row("first account of a plural label", "Monthly income: $1,142\nAccounts to apply: 44408-03; HB01972266 Signed 05/01/2024.",
        "44408-03", "account");
    row("second account of a plural label", "Monthly income: $1,142\nAccounts to apply: 44408-03; HB01972266 Signed 05/01/2024.",
        "HB01972266", "account");
    row("last record number after and", "Duplicate charts merged. MRNs: 00412345 and 00412399 (kept the first).",
        "00412399", "mrn");
    row("member numbers listed", "Member IDs: W123456789, W123456790", "W123456790", "health_plan");
    row("client number of a pharmacy's programme", "MASEKO, THANDI   Client no. OTP-497480   Photo ID sighted",
        "OTP-497480", "mrn");
    row("file number of an imaging centre", "Patient: DOE, JANE   DOB: 12 Nov 1926   File 40304455 Date of films: 2025-08-05",
        "40304455", "mrn");
    row("local number in a padded ANI column", "pos | requested | ANI              | est. wait\n2   | 08:17     | 856-4475         | 19 min\n",
        "856-4475", "phone");
    row("spaced local number in a padded phone column", "pos | phone            | wait\n3   | 211 7806         | 19 min\n",
        "211 7806", "phone");
    row("local number in a csv contact column", "appt_id,mrn,dept,status,contact\n44120934,00412345,ORTHO,CANC-PT,523-0083\n",
        "523-0083", "phone");
    row("bare ten digits after a referral", "I tried the number on the referral (9483825947) three times.", "9483825947",
        "phone");
    row("card's own label under a general label", "Försäkring: EHIC 80228 6564704006\n", "80228 6564704006",
        "health_plan");
    row("plate whose letters spell a label", "VIN 1XLL80P3A1571386, REGISTRATION SN 634SW\n", "SN 634SW", "vehicle");
    row("medicare column of a csv", "date,rx_no,drug,patient,medicare\n20251018,4451233,Endone 5mg tab,\"RAPANA, DIEDERIK\",3047 64733 1\n",
        "3047 64733 1", "health_plan");
    // Maternity, paediatric and child-welfare records (seed 2424).
    row("foster-care agency's case", "FOSTER CARE PLACEMENT RECORD\nChild: DOE, JANE    DOB 01/02/2023    Case no. CW-4623110\n",
        "CW-4623110", "account");
    row("paternity laboratory's case", "DNA PATERNITY TEST REPORT    Case DNA76-297476\nChild: Jane Doe\n", "DNA76-297476",
        "account");
    row("case of a child in an agency's custody", "The judge ordered temporary custody to the county agency.\n"
        "Next hearing 08/19/2027.\nCase no. 2022-JV-64644\n", "2022-JV-64644", "account");
    row("child protective services case", "Reported to CPS by the charge nurse.\nCase #: 2024-118204\n", "2024-118204",
        "account");
    // Travel insurance, assistance and immigration medicals (seed 2929): the insurer's, the
    // assistance company's or the visa service's case is its file on the person.
    row("assistance company's case", "REPATRIATION - ASSISTANCE CASE LOG\nCase CL2024-893955    Policy WT-89988317\n",
        "CL2024-893955", "account");
    row("travel insurer's case in prose", "Helicopter evacuation to Kathmandu, insurer case MED-2024-841879, policy "
        "TRV-90334189\n", "MED-2024-841879", "account");
    row("immigrant visa medical's case number", "IMMIGRANT VISA MEDICAL EXAMINATION - PANEL PHYSICIAN WORKSHEET\n"
        "Case number: FXJ2025087532\nIGRA 2024-12-15: negative\n", "FXJ2025087532", "account");
    row("travel insurer's expediente", "Seguro de viaje: póliza WT-89041733, expediente CL2024-888911\n",
        "CL2024-888911", "account");
    row("panel physician's HAP ID", "Passport: N1122983\nHAP ID: EAM2025343882\nDOB: 1954-04-11\n", "EAM2025343882",
        "account");
    row("Austrian employee's Personalnummer", "Mitarbeiter/in: Josef Moosbrugger    Pers.-Nr. E138518\n", "E138518",
        "account");
    row("Spanish account number with its head after the noun", "Seguro de viaje: póliza WT-1, cuenta N° 668509160\n",
        "668509160", "account");
    row("German FIN of a rental car is its VIN", "Mietwagen: W-742 NF, FIN BLH33V83RN3861689\n", "BLH33V83RN3861689",
        "vehicle");
    row("hospital FIN stays an account", "Admitted 03/04/2025, FIN 40012345\n", "40012345", "account");
    row("Spanish worker's code on the worker's line", "Trabajador: Juan Pérez    DNI 52114351    Código E390982\n",
        "E390982", "account");
    row("pathology case stays a record", "SURGICAL PATHOLOGY REPORT\nCase S24-01873\nSpecimen: colon biopsy\n",
        "S24-01873", "mrn");
    row("court's own case beside a foster record", "FOSTER CARE REVIEW\nJuvenile court case no. 2023-JC-44120\n",
        "2023-JC-44120", "mrn");
    row("state file number of a birth certificate", "Date of birth: 03/05/2024    State file no. 2025-779986\n", "2025-779986",
        "license");
    row("aadhaar number", "Mother: DEVI    Aadhaar: 7720 1479 8496    PM-JAY: PMJAY712444155\n", "7720 1479 8496", "license");
    row("pm-jay number", "Mother: DEVI    Aadhaar: 7720 1479 8496    PM-JAY: PMJAY712444155\n", "PMJAY712444155",
        "health_plan");
    row("german insurance number", "Versichertennummer: F966178546\nAnschrift: Hauptstraße 4\n", "F966178546", "health_plan");
    row("german insurance number abbreviated", "Krankenkasse: AOK    KVNR: A123456789\n", "A123456789", "health_plan");
    row("aadhaar number with its label's number", "Aadhaar No. 2345-6789-0123 verified at booking.", "2345-6789-0123",
        "license");
    row("spare unit's serial after a serial", "Monitor serial 2819UK7; spare 7631578030\nDownload 10/11/2024\n",
        "7631578030", "device");
    row("pump serial in a two-column export", "Name,Rustin Pettibone\nPump serial,KP0760641\nExport,2023-05-04\n", "KP0760641",
        "device");
    row("implantable loop recorder's serial", "Implantable loop recorder SN RNB402117S inserted 03/02/2024.\n", "RNB402117S",
        "device");
    row("home ventilator after the patient", "Patient: Ana Souza\nVentilator SN TV4471230 (patient-owned), downloaded at home\n",
        "TV4471230", "device");
    row("licence of a letter and three-digit groups", "Alleged father: John Roe, licence M 123 456 789 012\nCollected",
        "M 123 456 789 012", "license");
    row("newborn screening card in a letter", "The screening card for Amara (card 35-7381667) could not be tested.",
        "35-7381667", "mrn");
    row("gamete donor code", "Oocyte donor code: GD-06217\nRetrieval 03/03/2024: 12 oocytes\n", "GD-06217", "mrn");
    // National identity cards (twenty-fifth family): licences, not records.
    row("singapore nric", "Name: Tan Wei Ling    NRIC: S1457022W    Hosp no.: E1369938\n", "S1457022W", "license");
    row("singapore nric without colon", "Collected by Kok Leong for Tan Wei Ling    NRIC T5363471H\nVehicle", "T5363471H",
        "license");
    row("nigerian nin", "Name: ADEBAYO    NIN: 09394295171    Staff no. E114666\n", "09394295171", "license");
    row("irish pps number", "Name: Fiadh Scanlon    PPS no.: 3028954C\nAddress: 115 Main St", "3028954C", "license");
    row("philsys id", "PhilHealth no.: 09-017521741-0\nPhilSys ID: 2520-1680-9843-3962\n", "2520-1680-9843-3962",
        "license");
    // National identity numbers, record keys and health cards of the twenty-seventh family's countries.
    row("brazilian cpf", "Paciente: Ana Souza    Prontuário: 811214-8\nCPF: 603.393.174-98    CNS: 766 0849 7272 2199\n",
        "603.393.174-98", "license");
    row("portuguese nif", "Utente: Rui Calado    N.º de utente: 357050435    NIF: 238162779\n", "238162779", "license");
    row("portuguese número de utente", "Utente: Rui Calado    N.º de utente: 357050435    NIF: 238162779\n", "357050435",
        "mrn");
    row("polish pesel", "Pacjent: Zenon Szewczyk    PESEL: 89031947917    Data urodzenia: 19.03.1989\n", "89031947917",
        "mrn");
    row("israeli teudat zehut", "Patient: Eyal Edri    ID (Teudat Zehut): 328008427    Age: 39\n", "328008427", "license");
    row("kupat holim membership", "Kupat holim: Clalit, member no. 6843321\n", "6843321", "health_plan");
    row("emirates id", "Patient: Hamdan Al Kaabi    Emirates ID: 784-1945-1037355-0\nThiqa card: 9878977-8\n",
        "784-1945-1037355-0", "license");
    row("thiqa card", "Patient: Hamdan Al Kaabi    Emirates ID: 784-1945-1037355-0\nThiqa card: 9878977-8\n", "9878977-8",
        "health_plan");
    row("saudi iqama", "AGE: 65Y    F IQAMA: 2137425587\n", "2137425587", "license");
    row("korean resident registration number", "Name: Jang Bok-nam    RRN: 271103-1159507\n", "271103-1159507", "license");
    row("turkish kimlik number", "Hasta: Kadir Ilgaz    T.C. Kimlik No: 17104138417\n", "17104138417", "license");
    row("turkish kimlik number shortened", "Adı Soyadı: KADIR KUŞÇU    TC: 25014323767\n", "25014323767", "license");
    row("quebec dossier", "Nom : PELCHAT, GERVAIS    Dossier : 6847336\n", "6847336", "mrn");
    row("ramq in three groups", "Nom : PELCHAT, GERVAIS    RAMQ : PELG 2805 0156\n", "PELG 2805 0156", "health_plan");
    row("chilean rut", "Nombre: Isidora Soto    RUT: 8.872.997-4\nFecha de nacimiento", "8.872.997-4", "license");
    row("dod id", "SICK CALL SCREENING\nSGT UCHIDA    DoD ID 1617193474\nUnit mailing address:", "1617193474", "license");
    row("south african id after id no", "Employee: Crisp, Thulisile    ID no. 4909136789088\nResidential address:",
        "4909136789088", "license");
    row("thirteen digits after id no that are no birth date", "Patient ID no. 4934136789088\n", "4934136789088", "mrn");
    row("licence kept on file", "Driver licence on file F2258664; vehicle plate SE6-9989\n", "F2258664", "license");
    row("ssn-shaped licence after its label", "DOB 10/21/1929, driver license 204-42-7245  I examined him", "204-42-7245",
        "license");
    row("ssn-shaped licence kept on file", "Driver licence on file 656-12-6929; plate TEB-9285", "656-12-6929", "license");
    row("ssn after its own label beside a licence", "Driver license D1234567; SSN 553-57-5861", "553-57-5861", "ssn");
    row("va claim file number in groups", "Veteran: DOE, JOHN    Claim no. C50 416 122    SSN", "C50 416 122", "account");
    row("va claim file number after claim alone", "Member ID W335372082    Claim C15 838 514\n", "C15 838 514", "account");
    row("claimant's file number", "He was near the blast.\nClaimant's file no. 21933681\nMy address:", "21933681",
        "account");
    row("reference a letter asks to quote", "call the Cancer Genetics Service on 021 555 0134 and quote reference "
        "N6132598.\n", "N6132598", "mrn");
    row("registry donor in a donor search", "Donor CEC762-16: 10/10, CMV negative, age 24\n", "CEC762-16", "mrn");
    row("dicom patient id", "(0010,0010) PatientName: KINSELLA^JORRIT^D PatientID: 60771471 PatientBirthDate:", "60771471",
        "mrn");
    row("participant number after enrolled as", "| 10-NOV-2025 | enrolled as 121-4363 | eligible", "121-4363", "mrn");
    row("isapre contract", "Previsión: ISAPRE, contrato ISA-5710547\nDomicilio:", "ISA-5710547", "health_plan");
    row("screening number column of a trial log", "Screen no. | Name | DOB | Screened | Outcome\nSCR-121-057 | "
        "Jane Doe | 03-MAR-1961 | 10-NOV-2025 | enrolled as 121-4363\n", "SCR-121-057", "mrn");
    row("screening number in prose", "Screening no. SCR-121-057 assigned at the visit.", "SCR-121-057", "mrn");
    row("record number after the patient's name", "HOME HEMODIALYSIS - EQUIPMENT DELIVERY\nPatient: Ladonna "
        "Nkosi-Dube    00215452\nDeliver to: 23950 Sumac Ridge", "00215452", "mrn");
    row("dashed record number after the patient's name", "PATIENT: DOE, JANE    725-52-553\nDELIVER TO:", "725-52-553",
        "mrn");
    row("south african medical aid", "Hosp no.: 575996-0\nMedical aid no.: 693813743\nAddress:", "693813743",
        "health_plan");
    row("record number in a padded column", "PATIENT   DOE, JANE     CHAIR 12   MACHINE #7\nMRN       00066485   DRY WT",
        "00066485", "mrn");
    row("home machine's serial", "Home haemodialysis machine delivered, serial 4471A2209, water system SN771043",
        "4471A2209", "device");
    // Community, school and camp records number the person's file and card (seed 2626).
    row("hmis client number", "Client: John Doe    HMIS HM-204417    DOB 3/4/1970", "HM-204417", "account");
    row("hmis client id", "Outreach contact logged; HMIS client ID: 88213", "88213", "account");
    row("student id", "Student: Jane Doe    Grade 10    Student ID 40218835", "40218835", "account");
    row("unhcr file", "Patient: Jane Doe    UNHCR file: KAK-16C01234    Phone on file", "KAK-16C01234", "account");
    row("family counting number", "Name: Jane Doe\nFCN: 118204    Block C", "118204", "account");
    row("unhcr individual number", "UNHCR individual no.: 176-00012345    Sex: F", "176-00012345", "license");
    row("bangladeshi smart card", "FCN on file    Smart card: BGD123456789\n", "BGD123456789", "license");
    row("jordanian moi card", "UNHCR file on record    MOI card: KLM-448210\n", "KLM-448210", "license");
    row("refugee household case", "REFUGEE CAMP HEALTH POST\nName: Jane Doe\nCase no.: KAK-16C01234\n", "KAK-16C01234", "account");
    row("tribal census number", "Name: DOE, JANE    IHS chart no. 412883    Census no. 118204\n", "118204", "license");
    row("tribal enrollment number", "Tribal enrollment no. 3310-0042 verified at registration.", "3310-0042", "license");
    row("doc number", "NAME: DOE, JANE    DOC# A74965    HOUSING: C-POD CELL 132B", "A74965", "mrn");
    row("booking after the inmate", "Inmate Jane Doe, booking 25102618, refused insulin at 04:55 med pass.", "25102618", "mrn");
    row("plan vital", "Seguro Social: 304166094    Plan Vital: PV129558485\n", "PV129558485", "health_plan");
    row("caller id is a phone", "2025-08-20 22:31    Caller ID 1-546-978-6482    Caller: Jane", "1-546-978-6482", "phone");
    row("covid pcr date stays a date", "COVID PCR 03/12/2024 negative.", "03/12/2024", "date");
    row("curp", "Nombre: Juana Pérez\nCURP: PEGJ850314MOCRRN07\n", "PEGJ850314MOCRRN07", "license");
    // Labels no table holds, read by their shape and the noun before the head (scan_label_heads.cpp).
    row("voter card number", "Name: Jane Doe    Voter card no. VTR-4471223\n", "VTR-4471223", "license");
    row("national identity card", "National identity card: NIC-20931847    Sex: F", "NIC-20931847", "license");
    row("consular id", "Consular ID 44712239 shown at intake desk.", "44712239", "license");
    row("refugee id card with a hash", "Refugee ID card # RF-2209-7741    Block 4", "RF-2209-7741", "license");
    row("residence card", "Residence card no.: 8840-221-7\n", "8840-221-7", "license");
    row("birth registration number", "Birth registration no. 2024-001187 (district office)", "2024-001187", "license");
    row("tribal card with a hash", "Tribal enrollment card # 3310-0042\n", "3310-0042", "license");
    row("pupil number", "Pupil no. 40218835    Class 4B", "40218835", "account");
    row("household number", "HOUSEHOLD NO.: HH-448812    ZONE 2", "HH-448812", "account");
    row("welfare number after an unknown id", "Welfare ID: WF-22-44710\n", "WF-22-44710", "account");
    row("foreign insurer's insured number", "Insured no.: 4768-09792-2 (Swiss cover)", "4768-09792-2", "health_plan");
    row("scheme number", "Scheme no. 0041-228-19    Dependant 01", "0041-228-19", "health_plan");
    row("patient card number", "Patient card no. PC-0448213\n", "PC-0448213", "mrn");
    row("spanish identity card number", "Nombre: Ana Ruiz\nNúmero de cédula: 0912345678\n", "0912345678", "license");
    row("french identity card number", "N° de carte d'identité : IDF-4471223\n", "IDF-4471223", "license");
    row("portuguese beneficiary card", "Nº do cartão de beneficiário: 7090-4471-2231\n", "7090-4471-2231", "health_plan");
    row("spanish insured number", "Número de asegurado: 4471223-01\n", "4471223-01", "health_plan");
    row("spanish account number", "Número de cuenta: 44712239 (hospital)", "44712239", "account");
    row("german member number", "Mitgliedsnummer: A123456789\nAnschrift:", "A123456789", "health_plan");
    row("german identity card number", "Ausweisnummer: L01X00T47 (Personalausweis)", "L01X00T47", "license");
    row("german case number", "Fallnummer 2024-0044712, Station 4", "2024-0044712", "account");
    row("dutch passport number", "Paspoortnummer: NW4471223\n", "NW4471223", "license");
    row("individual number of a registration", "Individual no.: 176-00099123    Sex: M", "176-00099123", "license");
    row("credit card number on a deposit slip", "Credit card no. 44711-22390 on file for the deposit", "44711-22390",
        "account");
  }

  void findsIdentifiersByTheirCues() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresIdentifierCueLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("model year and make after a vehicle label", "NO PLATE SHOWN. VEHICLE: 2021 KIA SOUL, GRAY");
    row("slashed section of a policy", "Policy section A/12/3 applies; see policy 2024/25 update.");
    row("spanish claim word in prose", "Firmó el reclamo de auto 2 veces; la póliza 2024 cubre el daño.");
    row("model year after a vehicle label", "UNIT 2   VEH: 2018 SUBARU OUTBACK   AIRBAG: DEPLOYED");
    row("prescriber's NPI", "ORDERING PHYSICIAN NPI 1180757069\n");
    row("prescriber's DEA registration", "Prescriber: NPI 1479314775, DEA: AB1234563, phone on file.");
    row("examiner's registry number", "Determination: meets standards\nExaminer's NRCME registry no. 4418830021\n");
    row("police unit's case", "SUPPLEMENTAL NARRATIVE - Traffic Homicide Unit, Case 24118830\n");
    row("law-enforcement agency's case", "Law enforcement on scene, agency case 240118830\n");
    row("rental agreement", "Driver of a rental car, rental agreement RA-66167799, hit from behind.");
    row("custody specimen under its heading", "FORENSIC TOXICOLOGY CHAIN OF CUSTODY\nSpecimen ID 079934616    Split: yes\n");
    row("intake of fluids", "I/O: Intake: 2400; intake 1200 mL overnight; Intake 24h 15000.");
    row("article before a number", "A number: none given. A-number pending. A number of 40000 cells.");
    row("courier's air waybill", "# shipment manifest, box 335, courier AWB 7794445392, packed on site");
    row("carrier's tracking number", "Carrier tracking 1Z249267763\nStatus: DELIVERED");
    row("serial of a laboratory analyser", "ANALYSER UPLOAD  cobas c503  S/N 1896451\nOBR|8064142|CREA 1.8 mg/dL H");
    row("serial of a haematology analyser's run", "=== XN-1000  S/N 1134903  ===\nSample No. 0441   Rack 03-5\n");
    row("registration of an ordinary kind", "Registration 2024 for the course opened; registration 4 of 6 done.");
    row("number plate of a vision test", "VISUAL FIELDS FULL. NUMBER PLATE READ AT 20 M IN GOOD DAYLIGHT: YES");
    row("medicare item numbers", "MEDICARE ITEM 10962 (PODIATRY) AND 10958 (PHYSIO) UNDER THE PLAN.");
    row("payee's tax ID", "Remit to: the HIM office, Release of Information    Tax ID 41-4134867");
    row("call ID of a phone line's record", "NURSE LINE - CALL RECORD\nCall ID: 88120455      Line 2");
    row("label and count of a two-column export", "Readings,14\nAverage,142\n");
    row("side words before a count", "Hearing aids: serials pending; R 2 / L 3 domes fitted.");
    row("plural labels before counts", "Accounts: 2 open, 1 closed. Claim numbers: pending; MRNs to merge: none.");
    row("home equipment order number", "Harbourlight Home Medical Order SO-3732498    Item: CPAP, AirSense 11");
    row("ticket and order numbers marked", "Ticket #INC0012345 closed. Order no. 4471230 shipped.");
    row("file in a sentence", "Consent kept on file 44712-03 by the clinic; see file 2 of 3.");
    row("ten digits after a lot", "Vial lot 4483825947 opened.");
    row("contact words before counts", "Contacto com 3 doentes; contato 2 vezes.");
    row("scores read out after a call word", "call score 1 2 3 4 5 6 7 8 9 10 today; contact 1 2 3 4 5 6 7 8 9 0 1 2.");
    row("letters beside digits without a phone cue", "CO2 25 mEq/L; 2O1 lO mg; room 4l2-555-O199 was cleaned.");
    row("plate words before prose and counts", "growth plate and 250 mg given; the plate has 120 screws.");
    row("doses in a row with their unit", "Doses 0250 125 25 50 mg given.");
    row("ten digits of a laboratory sample", "RX from host: ORU sample 8734706961 released.");
    row("clinician's council registration", "Patient name withheld.\nSigned by the doctor on duty, MBBS, Registration No. 45678 (MCI)\n");
    row("record number verified without a colon", "MRN verified 2 times at the bedside; patient ID confirmed 3x.");
    row("dicom study and series numbers", "(0020,0010) SH [STUDY4471]    # StudyID\n(0020,0011) IS [3]    # SeriesNumber\n"
        "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.88.22]    # SOPClassUID\n");
    row("total cholesterol column", "date,tc,hdl,ldl\n2024,5123456,45,110\n");
    row("ten digits of a portuguese order", "Coleta agendada.    Pedido 3858240007\n");
    row("note in a csv contact column", "relation,contact\naunt,(household)\n");
    row("counts in a padded ANI column", "pos | ANI          | est. wait\n1   | (withheld)   | 12 min\n2   | 2 calls      | 4 min\n");
    row("readings keyed by equipment in a log", "evt=UPLOAD hub=online sensor=ok pump=paused status=200");
    row("embryo label", "Embryo ID E1456-03 blastocyst 4AA frozen, straw 2.");
    row("spare parts after a serial word", "Monitor serial checked; spare 2 batteries and spare leads 3 in the bag.");
    row("identity and cover words without numbers", "Aadhaar card seen; PM-JAY enrolment pending; Versichertennummer folgt.");
    row("licence class before doses", "Licence class B held; doses 120 180 240 mg charted.");
    row("card words without a screening card", "Gift card 4471230 given; card 2 of 3 signed; screening card pending.");
    row("donor words before counts", "Donor code of practice 2019; donor number 3 of 4 screened negative.");
    row("rut as an ordinary word", "Feels stuck in a rut 3 weeks after the move; rut 2 is what he calls it.");
    row("national identity labels without numbers", "NRIC sighted; NIN pending; PPS no. not given; DoD ID card expired.");
    row("total cholesterol and cell counts after TC", "Lipids: TC: 5.21 mmol/L, TC 212 mg/dL, TC/HDL 4.1; TC 4500 cells.");
    row("national identity labels of other countries without numbers",
        "CPF não informado; NIF pendente; PESEL brak; Emirates ID expired; Iqama renewal due; RRN withheld.");
    row("dossier as a file in a sentence", "Le dossier 2 de 3 est complet; dossier médical transmis.");
    row("utente as the patient before counts", "O utente 2 de 3 foi visto; utente com 45 kg.");
    row("licence on file without a number", "Licence on file, expires in 2027; consent on file.");
    row("sponsor's reference of an adverse event report", "SERIOUS ADVERSE EVENT REPORT    Sponsor ref. SAE-36297\n");
    row("claim words before counts", "Claim C1 of 3 filed; claimant's file 2 of 4 sent.");
    row("donor words and counts", "Donor 2 of 3 declined; donor: sister, age 44; donor 10/10 match.");
    row("enrolled as a role", "She enrolled as a participant in 2024 and was enrolled as 1 of 12 at the site.");
    row("contract without an insurer", "Contrato de trabajo 2024-5566 firmado; contrato 3 de 4.");
    row("serial of a clinic's camera with its asset tag", "Camera: Topcon NW400, asset tag 4471, serial 7720-115\n");
    row("holter recorder of the department", "Patient: walk-in    Recorder SN B54G99997    Hook-up at 00:50, duration 48 h\n");
    row("ecg cart's serial", "Acquired on ECG cart SN MAC5500-77123, room 4.\n");
    row("ventilator returned to the pool", "RT on duty; ventilator B70Z00664 returned to equipment\n");
    row("analyser printout heading the patient it served", "RAPIDPOINT 500  SN J30T16956\nPATIENT ID: walk-in\n");
    row("smart pump's event log", "INFUSION EVENT LOG  pump T28C23508\n08:47:55 Patient ID scanned: none\n");
    row("screening words with counts", "Screening no. 2 of 3 today; screening number 12 pending; screen no 3.");
    row("numbers after a patient's name that are no record",
        "Patient: walk-in    4 of 12\nPatient: declined    1200 mL\nPatient: weighed    72.5 kg\n"
        "Patient: counted    1200500 cells\n");
    row("code after a bracketed sentence's last word", "A date of a document, not of a participant). NDC 0093-0538-01 "
        "is the pack.");
    row("padded column of a count", "CHAIR      12   MACHINE    7   DRY WT      72.5 kg\n");
    row("medical aid words with a count", "Medical aid 2 of the 3 schemes declined; medical aid approval pending.");
    row("hmis as the system", "Entered in HMIS 2 days ago; HMIS data quality review due 2024.");
    row("student words with counts", "Student nurse 2 of 3 observed; student number 4 in the group.");
    row("ward census counts", "Census number 24 at midnight; census no. 18 on day shift, 3 discharges pending.");
    row("doc as a doctor", "Doc 2 said to recheck in 3 days; DOC: Dr on call, doc no. 2 on call.");
    row("booking words in prose", "After booking 2 visits the inmate asked about booking 3 more next week.");
    row("ems report numbers", "PATIENT CARE REPORT    Unit: Medic 14    PCR R2984373    ePCR no. 24-0012\n");
    row("pcr in prose", "PCR 2 days ago was negative; repeat PCR pending.");
    row("smart card reader", "Smart card reader at station 2 replaced; smart card login works.");
    // Labels of things numbered that are no person's, near the labels read by shape.
    row("claim form number", "Insurance claim form no. 15001 completed by the front desk.");
    row("lot and batch of a card", "Identity card printer lot no. 44712A; batch no. 88120.");
    row("patient leaflet number", "Patient education leaflet no. 44712 given; patient survey no. 88120.");
    row("room and bed after patient words", "Patient room no. 44712; patient bed no. 20931.");
    row("member services ticket", "Member services ticket no. 4471223 closed.");
    row("gift and appointment cards", "Gift card no. 4471230 given; appointment card no. 88120 printed.");
    row("clinic's own licence", "Clinic licence no. 4471223 renewed; pharmacy permit # 88120 posted.");
    row("prescriber's provider number", "Prescriber's provider no. 4471223A on the script.");
    row("card words with counts", "Voter card no. 3 of 4; national identity card 2024 renewed; ID card 12.");
    row("scheme words with counts", "Scheme no. 2 of 3; insured no. pending; household no. 3; pupil no. 12.");
    row("national drug code", "National drug code no. 0093-0538-01 on the pack.");
    row("phone after an insured word", "Insured no.: 555-1234 (call back).");
    row("german numbers of things", "Bestellnummer: 4471223; Chargennummer: 88120A; Zimmernummer 20931; "
        "Artikelnummer 4471223.");
    row("spanish and french numbers of things", "Número de lote: 44712A; número de habitación: 20931; "
        "n° de commande : 4471223; número de pedido: 88120; número de visitas: 12345.");
    row("plans and carriers", "Care plan no. 44712 reviewed; carrier no. 1Z2492677 on the box.");
    row("quality assurance and pension numbers", "Quality assurance no. 44712; pension fund no. 88120 (staff).");
    row("cards of a discharge and a device", "Discharge card no. 44712 given; implant card no. 88120A kept; warfarin card "
        "# 20931.");
  }

  void ignoresIdentifierCueLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void ignoresClinicalLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("eponyms", "History of Parkinson disease, Crohn's disease and Bell's palsy; Foley catheter removed.");
    row("more eponyms", "Murphy's sign negative. Graves disease on methimazole. Hodgkin lymphoma in remission.");
    row("may as verb", "Patient may resume metoprolol 25 mg twice daily. May return to work.");
    row("doses and labs", "K 4.1, Na 138, Cr 1.2, Hgb 10.5, WBC 11.2, platelets 250, INR 2.3, A1c 7.2%.");
    row("ratios and scores", "BP 128/76, strength 4/5 in the left arm, take 1/2 tab, GCS 15, pain 3/10.");
    row("year only", "Diagnosed in 2019; appendectomy in 1998.");
    row("young age", "A 45-year-old man, age 67 at diagnosis; 89 yo aunt with dementia.");
    row("doses that look like zip", "Heparin 10000 units; ferritin 12000; 50000 IU vitamin D weekly.");
    row("times", "Seen at 10:30 and again at 14:45:10.");
    row("hospital words", "Transferred from the Emergency Department to the Intensive Care Unit at St. Luke Hospital.");
    row("headers", "HISTORY OF PRESENT ILLNESS\nASSESSMENT AND PLAN\nREVIEW OF SYSTEMS: negative.");
    row("drugs", "Started Lasix 40 mg, Eliquis 5 mg BID, Tylenol PRN, insulin glargine 20 units nightly.");
    row("icd and versions", "ICD-10 I10, E11.9; version 2.3.1; 3.5 cm mass; 1.2.3 pathway.");
    row("account as verb", "This may account for 5 mg of the difference.");
    row("member of team", "Member of the care team reviewed vitals.");
    row("month word alone", "Symptoms worse since the march of winter; may improve in spring.");
    row("pack years", "Smoked 40 pack-years, quit 10 years ago, walks 2 miles.");
    row("software version", "Monitor software version 10.2.0.1 installed.");
    row("courtesy title needs title case", "MS. Head CT negative.");
    row("lower case role in parentheses", "follow up with primary (pcp) next week.");
    row("kin before clinical word", "Her mother Diabetic since youth; son Lasix compliant.");
    row("milliseconds before caps sentence", "QRS 97 MS, QTC 424 MS. PRICE OF OZEMPIC DISCUSSED.");
    row("places after visited, from and to", "Patient visited Boston last week. From: Home\nTo: ED triage. Seen at Lowe's today.");
    row("stain eponym", "Rose Bengal staining of the cornea was negative.");
    row("charity lodging", "Ronald McDonald House room requested for the family.");
    row("practice name after header", "TRANSFER SUMMARY From: Northwest Cardiology Clinic, 5 West");
    row("all caps clinical pair", "CT HEAD: SMALL SUBDURAL HEMATOMA, STABLE.");
    row("lower case clinical words after cues", "pt ambulating in hall; called pharmacy; son at bs; dr aware.");
    row("lower case adjectives after pt", "pt afebrile overnight; pt hypotensive, gave bolus; pt tachycardic to 120s; called pharm re: dose; pt diaphoretic and tachypneic.");
    row("dotted version two-digit tail", "Pump firmware version 3.14.23 installed.");
    row("ten-digit lot number", "Vaccine lot 4125550198 documented.");
    row("eponym scales", "Hamilton Depression Rating Scale 14; Stevens-Johnson syndrome; Jackson-Pratt drain.");
    // Guards of the cue and shape rules.
    row("soft title and ordinary word", "Blame it on Mother Nature, she said. Father Time jokes aside.");
    row("soft title and eponym", "Sister Mary Joseph nodule absent.");
    row("abbreviation after role noun", "Patient ICU stay was brief.");
    row("unit after slash", "RATE 4 ML/MIN, THEN STOP.");
    row("organisms", "Culture grew Pseudomonas Aeruginosa and Enterococcus Faecalis.");
    row("cause after participle", "Course complicated by Clostridioides Difficile colitis.");
    row("place after preposition", "Tumor board at Dana Farber reviewed the case.");
    row("clinical capitals", "NISSEN FUNDOPLICATION IN 2010; DIASTOLIC DYSFUNCTION GRADE 2.");
    row("departments after phrase", "Spoke with Pharmacy and Physical Therapy.");
    row("languages", "Interpreter: Vietnamese. Interpreter (Mandarin) used.");
    row("hyphenated eponyms", "Semmes-Weinstein monofilament absent; Tay-Sachs screening negative.");
    row("two-word eponyms", "Argyll Robertson pupil noted; Bence Jones protein negative; Hunt Hess grade 2.");
    row("place prefix", "Moved here from San Mateo last year.");
    row("unit and vitamin letters", "UF goal 3 L. Basal rate 0.6; take vitamin D. Zyprexa at night.");
    row("closing before a department", "Sincerely,\nCardiology Clinic");
    row("dr before a title-case phrase", "Dr Office Visit scheduled; Dr Note Template updated.");
    row("three seven digits without cue", "Order 555-8675309 was filled; ID consult 2019 follow-up.");
    row("department before dashed role", "Cardiology Clinic - PCP - follow-up in 3 months.");
    row("unit and article before age", "CRP 29.5 mg/L. A 63-year-old with hypertension.");
    row("lower-case dr before an ordinary word", "pt ambulating; dr aware. called dr today, no answer.");
    row("line list of departments", "Attendees:\nCardiology\nPharmacy (clinical)\nSocial Work\n\nFamily present:\nHusband at bedside.");
    row("roman numeral after a clinical word", "Stage IV disease; class II murmur; type III fracture.");
    row("roman numeral one before a comma", "Grade I, Stage II, no nodes; Class I, Type A.");
    row("oncology shorthand and brands", "Discussed with Med Onc and Surg Onc; Neulasta Onpro applied. RECOMMENDATION: NEOADJUVANT CHEMOTHERAPY.");
    row("eponyms with fistula and jaw", "Marcus Gunn jaw-winking not seen. CIMINO FISTULA WITH A GOOD THRILL.");
    row("gene and staging shapes", "BRCA1 negative; T2N2M0; lot UJ472AB; CYP2D6 poor metaboliser; HLA-B27 positive.");
    row("eight digits not a date", "Ferritin 12000; count 20201399 events; code 19691345.");
  }

  void ignoresClinicalLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Places, ages and dates written the ways letters, tables, chats and forms write them: street
  // types and units of other kinds, towns named again, days and ages in other notations.
  void findsPlacesAgesAndDates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("month and day naming a crash", "Records for your care of the client after the 7/21 crash. The fee schedule", "7/21", "date");
    row("month and day someone was last known alive", "Found at the residence; last known alive 8/11. Device recovered", "8/11", "date");
    row("month and day after a work day's label", "Time: 0936    Last day worked: 6/4 Description: pinned", "6/4", "date");
    row("day-first day of the last exposure", "Contact phone 312 4707, last exposure 24/6; works nights", "24/6", "date");
    row("day of the last use of a drug", "Observed COWS 2. Last heroin use 11/4. Next dose due", "11/4", "date");
    row("day heading a scan's result", "cetrorelix from day 6 Scan 17/6: R 19, 18, 16 mm", "17/6", "date");
    row("age in brackets after a room's name in a lower-case handover", "handover am - 22/5 rm 3 clancy moala-finau (92) - settled, up x2", "92", "age");
    row("spelled age answering how old", "bot> How old is Nana-Yaw? user> ninety-nine bot> What is bothering you?", "ninety-nine", "age");
    row("age in digits answering how old", "Nurse: How old are you?\nPatient: 97.\nNurse: Any pain?", "97", "age");
    // After the twenty-fourth family (seed 2424): Japanese forms, a town repeated before a verb, a
    // lower-case town before "last week", relatives' ages after "alive at", a British "ring me",
    // a donor-milk label's handling day and a message's sign-off day.
    row("Japanese date of an era", "出生 Born: 令和4年5月27日 at 20:48, 1850 g", "令和4年5月27日", "date");
    row("Japanese date of an era's first year", "生年月日: 平成元年1月8日 生", "平成元年1月8日", "date");
    row("Japanese date of the Western year", "生年月日 DOB: 1985年5月10日 住所", "1985年5月10日", "date");
    row("Japanese address up to the ideographic comma", "住所：〒100-0001 東京都千代田区千代田1-1、電話なし",
        "〒100-0001 東京都千代田区千代田1-1", "address");
    row("Japanese address after the postal mark", "住所 Address: 〒734-4350 大阪府吹田市千里山7-29-8 電話 Tel: 090-7047-1824",
        "〒734-4350 大阪府吹田市千里山7-29-8", "address");
    row("town repeated before a verb", "The home at Swanlea has a fenced yard. Placement: 12 Nightjar Road, Swanlea, OH 44101.",
        "Swanlea", "address");
    row("lower-case town after a street before last week", "we moved to 19822 honeysuckle dr, wrenfield crossing last week. call me",
        "19822 honeysuckle dr, wrenfield crossing", "address");
    row("spelled age of a relative alive at", "Paternal great-grandfather alive at ninety-five, lives in town.", "ninety-five", "age");
    row("age of a relative who died at", "Maternal great-grandmother died at 97. No cancers.", "97", "age");
    row("seven-digit number after ring me", "If anything happens ring me 234-5697 or her Nan on 555 0142.", "234-5697", "phone");
    row("day a donor milk was pasteurised", "Expressed 8/13/2023    Pasteurised 11/19\nRecipient: Baby Girl", "11/19", "date");
    row("day of a message's sign-off", "Please can someone call me back today.\n- Yasmin-Dalia  1/9\n", "1/9", "date");
    row("Kenyan box with its post office's code and town", "Residence: P.O. Box 0546-90358, Kisumu\nPhone: +254 725 500 401",
        "P.O. Box 0546-90358, Kisumu", "address");
    row("town and state before office", "Referral to early intervention, Linnet Hill, WI office.", "Linnet Hill, WI", "address");
    row("repeated town ending in a street type's word",
        "The home at Wrenfield Crossing has a fenced yard. Placement: 12 Nightjar Road, Wrenfield Crossing, CO 80301.",
        "Wrenfield Crossing", "address");
    row("UK street, town and postcode on one line after an address label",
        "Address: 99 Marshmallow Close, Birchcroft G12 8QQ\nNHS No: 943 476 5919", "99 Marshmallow Close, Birchcroft G12 8QQ",
        "address");
    row("UK-shaped postcode with letters not issued after a street and its town",
        "Home address: 7 Chickadee Close, Otterbourne Mills VY2 8VC\nGP: Dr Ames", "7 Chickadee Close, Otterbourne Mills VY2 8VC",
        "address");
    row("town and Pennsylvania's code before office", "Referral to early intervention, Cradlewell, PA office.", "Cradlewell, PA",
        "address");
    row("German street, PLZ and town in one address", "Anschrift: Lindenstraße 158, 53111 Bonn\nTelefon: 0221 713 3765",
        "Lindenstraße 158, 53111 Bonn", "address");
    row("town repeated from a UK address line", "Inhaler at grandson's house in Birchcroft; own surgery closed.\n"
        "Address: 99 Marshmallow Close, Birchcroft G12 8QQ", "Birchcroft", "address");
    row("Indian house number, localities and PIN", "Address: H.No. 15-125, Gandhi Nagar, Ward 13, Warangal 506002 Mobile: 98765 43210",
        "H.No. 15-125, Gandhi Nagar, Ward 13, Warangal 506002", "address");
    row("Indian door number in capitals", "ADDRESS: D.NO. 8-2-293/82, BANJARA HILLS, HYDERABAD 500034\n",
        "D.NO. 8-2-293/82, BANJARA HILLS, HYDERABAD 500034", "address");
    row("Mexican postal code after a colonia", "Calle 5 Sur 12, Col. Del Valle, C.P. 55070, Mérida Teléfono", "55070", "zip");
    row("ZIP under a postcode column of a CSV export", "record_id,first_name,postcode,consent_date\n7,Ana,17187,2023-05-06\n", "17187", "zip");
    row("day a test was done", "Birth weight 3.40 kg. Heel prick done 8/10. Cord dry.", "8/10", "date");
    row("last period with a note in brackets", "Mobile: 07365 886597 LMP 3/3 (certain), cycle 28 days", "3/3", "date");
    row("crossing of two streets joined by and", "I was stopped at the light on Mockernut Trail and Smelter Pike around 6:05 AM",
        "Mockernut Trail and Smelter Pike", "address");
    // (Crossings are places, not two people: "Pike" and "Lane" are surnames too.)
    row("crossing of streets of two words", "Struck at Sweetgum Lane and Redbud Hollow Ave. by a sedan.",
        "Sweetgum Lane and Redbud Hollow Ave.", "address");
    row("crossing of abbreviated street types", "Detour via Tinsmith Hwy, then Buttonbush Ave. and Ropewalk Run.",
        "Buttonbush Ave. and Ropewalk Run", "address");
    row("crossing joined by at with an abbreviation's period", "Location: Buttonbush Pike at Bur Oak Ln. Claim number: 7",
        "Buttonbush Pike at Bur Oak Ln.", "address");
    row("crossing in capitals with a type inside a name", "LOCATION: REDBUD HOLLOW RD AT CHOKECHERRY STREET UNIT 1",
        "REDBUD HOLLOW RD AT CHOKECHERRY STREET", "address");
    row("hundred block without the article", "Dispatched 0431 hrs to the 4000 block of Wharfside Hwy for a two-vehicle MVC.",
        "4000 block of Wharfside Hwy", "address");
    row("hundred block in capitals", "LOCATION: THE 2700 BLOCK OF BITTERNUT AVE. UNIT 1", "2700 BLOCK OF BITTERNUT AVE.", "address");
    row("government site with a path stays a url", "Upload at records.example.gov/patient/77 or portal.example.gov", "records.example.gov/patient/77", "url");
    row("ghanaian house number and localities", "Result letter to: House No. 188, Asafo Market Road, Abrepo, Accra\n",
        "House No. 188, Asafo Market Road, Abrepo, Accra", "address");
    row("kenyan house in capitals before the next phrase", "HOME: HOUSE 2, NGONG ROAD, LANGAS, NAIROBI VISIT 5TH SEPTEMBER",
        "HOUSE 2, NGONG ROAD, LANGAS, NAIROBI", "address");
    row("philippine block and lot", "Address: Blk 3 Lot 9 Ilang-Ilang St., Brgy. Bagong Silang, Davao City Contact no.: 0994 009 4600",
        "Blk 3 Lot 9 Ilang-Ilang St., Brgy. Bagong Silang, Davao City", "address");
    row("vietnamese alley and street", "Địa chỉ: số 32 hẻm 12 đường Nguyễn Trãi, phường Bến Thành, Huế\n",
        "số 32 hẻm 12 đường Nguyễn Trãi, phường Bến Thành, Huế", "address");
    row("town a donor's family travels from", "Astrid travelling from Bergen\nProcurement coordinator: H. Lie", "Bergen", "address");
    row("town a person went to", "Neighbour Emeka says he went to Onitsha for a funeral. Next attempt 2/3.", "Onitsha", "address");
    row("town of a death at home", "Date of death: 18 May 2024   Place: at home, Recife\nRespondent: Marlene", "Recife", "address");
    row("town of a french signature", "Fait à Vénissieux, le 7 décembre 2024", "Vénissieux", "address");
    row("town after a date of birth and of", "Ana Villegas, born 21/11/1953, of Ecatepec, registry number AK19802893.", "Ecatepec", "address");
    row("danish boulevard with a capital a-ring", "Adress: Åboulevarden 229, 7023 Aalborg", "Åboulevarden 229", "address");
    row("norwegian allé in capitals", "USUAL RESIDENCE: BYGDøY ALLé 126, 2963 DRAMMEN", "BYGDøY ALLé 126", "address");
    row("collection time of an analyser's condensed order line", "PID|5916788|DAHL^LEIF|19560824|M\nOBR|8064142|202407011913|CREA 1.8 mg/dL H\n",
        "20240701", "date");
    row("day a message log's job ran", "campaign=APPT_REMIND_48H  run=20251104 to=(847)758-1838 status=DELIVERED", "20251104", "date");
    row("age at an event after its label", "Year of birth: 1925   Sex: M   Age at onset: 99", "99", "age");
    row("age at an event in parentheses", "Date of birth 1928-06-16 does not match age at consent (96). Please check.", "96", "age");
    row("age at time of death", "Deceased: Ana Cruz   Age at time of death: 93", "93", "age");
    row("vietnamese age label", "Họ và tên: PHAN THỊ LAN   Tuổi: 103 tuổi", "103", "age");
    row("spanish age label", "Edad: 94   Sexo: F", "94", "age");
    row("day of a rash's onset", "Rash onset 17/4, fever 1/10.", "17/4", "date");
    row("day a partner was notified", "Partner 1 notified 9/4 and treated.", "9/4", "date");
    row("day insurance ended", "ins termed 1/27, she has a new plan", "1/27", "date");
    row("spanish date with de", "Fecha de inicio de síntomas: 12 de febrero de 2025", "12 de febrero de 2025", "date");
    row("portuguese date in capitals", "DATA DOS PRIMEIROS SINTOMAS: 24 DE MARÇO DE 2025", "24 DE MARÇO DE 2025", "date");
    row("french date of a signature", "Fait à Montreuil, le 7 décembre 2024", "7 décembre 2024", "date");
    row("italian date of birth", "il paziente, nato il 16 dicembre 1997, residente in Monza", "16 dicembre 1997", "date");
    row("dutch date of a letter", "Utrecht, 11 maart 2025", "11 maart 2025", "date");
    row("vietnamese date", "NGÀY KHỞI PHÁT: 14 tháng 8 năm 2023", "14 tháng 8 năm 2023", "date");
    row("spanish day and month without the year", "su cita es el 15 de julio a las 08:13.", "15 de julio", "date");
    row("second of two days joined by and", "Seen on 3/4 and 3/12 in clinic.", "3/12", "date");
    row("australian unit and building number", "Lives with partner and the grandkids at 8/38 Kurrajong Street, Currawang Springs",
        "8/38 Kurrajong Street, Currawang Springs", "address");
    row("australian unit in capitals", "AT 14/185 KURRAJONG STREET, MULGOA FLATS", "14/185 KURRAJONG STREET, MULGOA FLATS", "address");
    row("british mews", "Address:\n144 Victoria Mews\nHOLLINSGATE\nCF17 2GQ\n", "144 Victoria Mews", "address");
    row("australian parade", "Lives at 103 Billabong Parade, Yarrabee with her aunt.", "103 Billabong Parade, Yarrabee", "address");
    row("chiropractor's credentials are no state", "Reported by: Athenkosi Mistatim, DC, DACBR", "Athenkosi Mistatim", "name");
    row("afrikaans straat", "Adres: 196 Jakaranda Straat\nAmanzimnyama\n", "196 Jakaranda Straat", "address");
    row("town named again bare", "Record B: LONDONO, S   DOB 11/27/1983   Calloway Heights\n"
        "Record A: LONDONO, SITI   10713 Frangipani Avenue Apt 18, Calloway Heights, WA 49149\n", "Calloway Heights", "address");
    row("town named again in capitals", "2   15:04  IFEANYI DIMITROV   DUNMORE HEATH        313-6148\n"
        "1   13:41  ROCHELLE HAMMOCK   4748 CARDAMOM CIRCLE, DUNMORE HEATH, GA\n", "DUNMORE HEATH", "address");
    row("town cell of a city/state row", "Field       | Old value        | New value\nCity/State  | Calloway Heights, WA      | Middlesbrook, NJ\n",
        "Calloway Heights, WA", "address");
    row("last town cell of a city/state row", "Field       | Old value        | New value\nCity/State  | Calloway Heights, WA      | Middlesbrook, NJ\n",
        "Middlesbrook, NJ", "address");
    row("zip plus four in the second cell of a zip row", "ZIP         | 39069                | 56024-0619\n", "56024-0619", "zip");
    row("street named after its heights", "RE: mother, fell at home on 10691 Ironbark Heights, not hurt.",
        "10691 Ironbark Heights", "address");
    row("flat on its own line of a letter", "Yanmei Pyo\n16407 Quarry Hill Close\nFlat 3\nRavensholt, PA  20921\n",
        "Flat 3", "address");
    row("town line under a flat", "Yanmei Pyo\n16407 Quarry Hill Close\nFlat 3\nRavensholt, PA  20921\n",
        "Ravensholt, PA", "address");
    row("lower-case town after moved to", "[10:14] jlee: her brother is here. says they moved to tallis creek\n",
        "tallis creek", "address");
  }

  void findsPlacesAgesAndDates() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those forms that must give nothing.
  void ignoresPlaceAgeAndDateLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("fractions before an incident word and after last seen", "Took the 1/2 tab; the 3/4 strength dose; last known well 2/3 of them.");
    row("courts of law joined by and", "Order of the Supreme Court and Circuit Court; heard at District Court at 9 AM.");
    row("streets in lower case and blocks of no street", "a two lane road and dirt trail; 2400 block of the study; 300 blocks of Main");
    row("coronary and anatomic names", "Left Anterior Descending and Circumflex; Loop Diuretic at High Dose; Trail Making Test and Clock Draw.");
    row("public registry named bare", "Registered at ClinicalTrials.gov as the trial; REGISTERED AT CLINICALTRIALS.GOV.");
    row("house and block numbers of no address", "House 2, Ward B rounds done. Block 3 lot 9 of the vials. Số 2 Bệnh nhân ổn.");
    row("went to a department", "He went to Radiology for a scan, then went to Theatre. Nurse says she went to Lunch.");
    row("travelling from a ward", "Porter travelling from the ward. Travelling from Theatre now.");
    row("at home and a finding", "RUPTURE OF MEMBRANES AT HOME, CLEAR FLUID. Seen at home, Stable.");
    row("born and of without a town", "Twins born at term, of whom one was small; born 2019, of note.");
    row("eight digits after an identifier's key", "order id=20251104 batch=20240606 lot=20230101");
    row("counts after age at labels", "Mean age at onset: 54 years; age at diagnosis (range 40-89).");
    row("fraction of a tablet after onset", "Onset 1/2 tab helped; notified 3/4 cup taken.");
    row("numbers before foreign words that are no months", "Gave 2 de 5 doses; 3 mai tai glasses; 4 mars bars.");
    row("acuities joined by and", "VA 6/9 right and 6/12 left with pinhole improving to 6/6.");
    row("recall intervals joined by and", "Recall 6/12 for an exam and 3/12 with the hygienist.");
    row("scores after last and a result's colon", "Last pain 7/10. last episode 1/2 of them; scan 2/3 of the images; VA 6/9: clear");
    row("numbers in brackets after a room and after how old", "rm 3 side room (92) - clean; bed 4 iv pump (100), How old is the cast? 95 percent set.");
    row("how old question answered with a count", "How old is the dressing? user> ninety minutes maybe; how old? 100 ml given");
    row("counts after C.P. and under a postcode column", "C.P. 3 units; c.p. 12 mg.\nsite,postcode,score\nnorth,SW1A,12345\n");
    row("fractions after done and drawn", "Task done 3/4 of the way; blood drawn 1/2 tube; PT done 2/3 sets.");
    row("a device's warranty", "MANUFACTURER WARRANTY ENDS 11/2026");
    row("half tablet before a capitalised word", "Take 1/2 Tab Daily with food.");
    row("city row of a form left blank", "City/State  | (none)      | Unknown\nZip code count | 12 | 14\n");
    row("flat affect after a count", "Walked 2 blocks flat affect noted, fear of heights.");
    row("lower-case move to a ward", "pt moved to bed 4 after lunch. moved to icu overnight. moved to hospice care.");
    row("Japanese dates without a year or a valid day and a bare postal mark",
        "治療 2024年3月; 2024年13月5日; 123年4月5日; 3年5月1日. 〒 see the post office; 〒12-3456.");
    row("ages at an hour of life and a measure", "Infant alive at 96 hours of age; died at 92 hours; alive at 95.5 percent.");
    row("ring as a thing", "Ring size 6-7 fitted; ring pessary changed. Ring me back later about the pessary.");
    row("milk handling with fractions of a bottle", "Milk expressed 1/2 of the bottle; frozen 3/4 full bag.");
    row("doses in a list of bullets", "Meds:\n- Paracetamol  1/2\n- Ibuprofen  1/4\n");
    row("an office of a credential and an H without No", "Seen at the Lee, MD office. H. 15-125 counted; H.No. of beds 12.");
    row("UK-shaped codes of no address", "Vials VY2 8VC and QX1 2AB in the fridge; kit ZZ9 9ZZ.");
    row("a town's office without its state", "Referral to the Swanlea office; the Linnet Hill office, WI staff.");
  }

  void ignoresPlaceAgeAndDateLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Places, dates, ages and phones of the twenty-fifth family (seed 2525), written as general
  // rules: specialty and research care in the US, Ireland, South Africa, Singapore, the
  // Philippines, Nigeria, the Netherlands, Chile and Japan.
  void findsPlacesDatesAgesAndPhonesOfTwentyFive_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Dutch date in June", "Onderzoek 13 juni 2024: audiogram", "13 juni 2024", "date");
    row("a Dutch date in July", "Bedrijfsarts - verslag\n\n26 juli 2024\n\nBetreft:", "26 juli 2024", "date");
    row("a birth date keyed into a phone line", "call_id=123 dob_entered=19271117 match=Y", "19271117", "date");
    row("a Reiwa-era date", "Tel: 03-2159-8594\nReferred R6.9.24 for evaluation of CKD stage G4.", "R6.9.24", "date");
    row("a Heisei-era date", "Date of surgery: H30.4.1 (left nephrectomy)", "H30.4.1", "date");
    row("a day of a chemotherapy calendar", "Day 1 6/11   Day 8 6/18   Day 15 6/25\nHold if ANC < 1.0", "6/18", "date");
    row("the last day of a chemotherapy calendar", "Day 1 6/11   Day 8 6/18   Day 15 6/25\nHold if ANC < 1.0", "6/25", "date");
    row("a calendar day in brackets after weeks", "Follow-up labs at 6 weeks (9/13) and 12 weeks.", "9/13", "date");
    row("a fill named by its day", "all 6 meds aligned to the 1/18 fill. wants delivery", "1/18", "date");
    row("a day ready for pickup", "called from 555-1234; ready for pickup 5/4\nTech: Ana, CPhT", "5/4", "date");
    row("the day a trial period ends", "Fitted 06/02/2024; trial period ends 5/17.", "5/17", "date");
    row("a day asked for in a text", "reply from 794-561-0245: can i come 12/22 after 3? - ana", "12/22", "date");
    row("a day a refill is ready in a log", "store=Corner Pharmacy refill_ready=2/15 sms_to=555-1234", "2/15", "date");
    row("a day closing a call's title line", "med sync call 3/11\nspoke w/ the patient", "3/11", "date");
    row("a letter dated", "Please excuse her from jury service (summons dated 12 January 2024).", "12 January 2024", "date");
    row("a Singapore hand phone", "Address: Blk 632 Woodlands Drive 69 #16-156, Singapore 240989\nHP: 6522 7925\nVA 6/9 OD", "6522 7925", "phone");
    row("a Chilean number with a one-digit area code", "Tel\u00e9fono: (2) 2263 0336\nContacto: hija", "(2) 2263 0336", "phone");
    row("a local number texted by a pharmacy's system", "refill_ready=2/15 sms_to=994-5685 status=QUEUED", "994-5685", "phone");
    row("a Japanese age in Latin letters", "Date of birth: 1931/10/18 (94-sai)\nInsurance card no.: 29-4", "94", "age");
    row("a Dutch age", "Mevr. de Vries, 94 jaar, woont zelfstandig.", "94", "age");
    row("an age in a table's Age column", "# | Patient | MRN | Age | Presenting\n1 | LOVETT, SCHALK | 676-46-666 | 98 | Dr. Khoza\n", "98", "age");
    row("a lower-case address after the word address", "spoke w/ her. confirmed address 26292 mulberry row loop, mercer flats, tn 47314-5891. all meds",
        "26292 mulberry row loop, mercer flats, tn", "address");
    row("an Irish address after a label with a Park", "Medical card 5978879W\nAddress: 136 Tamarisk Park, Tramore, Co. Waterford, X91 A0U5\n",
        "136 Tamarisk Park, Tramore, Co. Waterford, X91 A0U5", "address");
    row("a Dutch address line of a letter", "Betreft: Hessel Zijlstra, geboren 11-08-1970\nWahoostraat 80, 4455 WN Delft\n\nMet vriendelijke groet",
        "Wahoostraat 80, 4455 WN Delft", "address");
    row("a range of days in capitals", "PLATE UNH 744 (AL)\nVALID 4/19 TO 12/27\nISSUED BY C. EZEOKE", "12/27", "date");
    row("a town with a credential-like state after by phone from", "Present: Ann Lee (by phone from Mercer Flats, MS), Dr. Ong",
        "Mercer Flats, MS", "address");
    row("a military unit's box", "Unit mailing address:\nPSC 66 Box 2123\nAPO AP 96336\nCC: knee pain", "PSC 66 Box 2123", "address");
    row("a military post office line", "Unit mailing address:\nPSC 66 Box 2123\nAPO AP 96336\nCC: knee pain", "APO AP", "address");
    row("a military post office's ZIP", "Unit mailing address:\nPSC 66 Box 2123\nAPO AE 09021\nCC: knee pain", "09021", "zip");
    row("a Japanese address in Latin letters", "Address: \u3012586-1654 Hokkaido Sapporo-shi Kita-ku 5-3-12\nTel: 04-0776-0582",
        "\u3012586-1654 Hokkaido Sapporo-shi Kita-ku 5-3-12", "address");
    row("a South African address line with its code", "Residential address: 212 Gallberry Street, Lynnwood Ridge, Pretoria, 3481\nTel:",
        "212 Gallberry Street, Lynnwood Ridge, Pretoria, 3481", "address");
    row("a Lagos address with off", "Address: No. 181 Yarrow Point Street, off Allen Avenue, Ikeja, Lagos    Phone 0802 321 1769",
        "No. 181 Yarrow Point Street, off Allen Avenue, Ikeja, Lagos", "address");
    row("a Philippine lot and block", "Address: Lot 12 Blk 23, Coneflower St., Brgy. Malanday, Marikina City, 9430 Metro Manila\nMobile:",
        "Lot 12 Blk 23, Coneflower St., Brgy. Malanday, Marikina City, 9430 Metro Manila", "address");
    row("an Irish address line of a letter", "General Practitioner\n29 Hickorynut Heights, Drumcondra, Dublin 9, D09 P1W2\n\nRe:",
        "29 Hickorynut Heights, Drumcondra, Dublin 9, D09 P1W2", "address");
  }

  void findsPlacesDatesAgesAndPhonesOfTwentyFive() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those forms that must give nothing.
  void ignoresPlaceDateAgeAndPhoneLookalikesOfTwentyFive_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a protocol amendment's date", "Protocol amendment 5 dated 12 January 2024 was approved by the central IRB.");
    row("a leaflet's edition date", "Patient leaflet edition dated 3 March 2023 handed out.");
    row("versions and sections shaped like era dates", "Release version R2.1.3 installed; see section H1.2.3; R6.13.5; H40.1.1.");
    row("doses and scores after a cycle day", "Day 1 1/2 tab then Day 2 3/4 tab; day 3 4/5 strength noted.");
    row("fractions in brackets after weeks and a score", "Gestation 6 weeks (1/2 of the scans); pain score (7/10) at 2 weeks.");
    row("a fraction of a fill", "the 1/2 fill of the reservoir; ready for pickup 1/2 tab later.");
    row("a key of a score", "score_total=7/10 ratio=3/4");
    row("a credential-like code after a phone word without a town", "Phone from the MS clinic, MS nurse line; by phone from home, MS stable.");
    row("scores joined by TO in capitals", "STRENGTH 4/5 TO 5/5; PAIN 3/10 TO 7/10");
    row("a pedigree's label before a month-like given name", "C-3 Mar level; seen II-1 Jun and III-2 May in clinic");
    row("horsepower and a one-digit bracket without a phone word", "Pump motor 2 hp 1500 rpm; HP LaserJet 4200 4250; see (2) 2263 0336 units.");
    row("numbers under other columns and ages of 89 or less", "# | Dose | Page | Age\n1 | 95 | 96 | 88 |\nTsai 93-sais; 93 jaarlijks; 5 jaar.");
    row("a practice's initials and a unit without a box", "PSC 12 reviewed; Unit 5 closed; APO lipoprotein AE 3 noted.");
    row("a postal mark before prose", "\u3012 Tokyo office closed; the code \u3012 is the post office's mark.");
    row("a line of counts closed by a code", "12 Units, 3 Vials, 4 Boxes of kit B12\n1 Tab, Daily, Before Meals, PO\n3 Tabs, Twice Daily, Lot K3P2\n");
    row("a lower-case address of a count", "confirmed address 2 of them, in the chart.");
    row("a labelled address that is prose", "Address: same as on file, no change since last visit.");
  }

  void ignoresPlaceDateAgeAndPhoneLookalikesOfTwentyFive() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Places, dates, ages and phones of the twenty-sixth family (seed 2626): rural and community care
  // in Wales, Scotland, the outback, New Zealand, Mexico and the camps.
  void findsPlacesDatesAgesAndPhonesOfTwentySix_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Welsh date of discharge", "Dyddiad rhyddhau / Discharge date: 5 Mawrth 2024", "5 Mawrth 2024", "date");
    row("a Welsh date after a bilingual label", "Ffôn / Tel: 01248 598722 Derbyn / Admitted 16 Mawrth 2024; rhyddhau", "16 Mawrth 2024", "date");
    row("a Welsh date of birth in capitals", "DYDDIAD GENI: 17 GORFFENNAF 1941", "17 GORFFENNAF 1941", "date");
    row("a Kakuma camp address", "Address: Kakuma 3, Zone 2, Block 7 (near the water point)", "Kakuma 3, Zone 2, Block 7", "address");
    row("a Cox's Bazar shelter", "Shelter: Camp 15, Block C-4, Shed 12; family of six", "Camp 15, Block C-4, Shed 12", "address");
    row("a Zaatari caravan", "Lives at District 8, Street 12, Caravan 4 with her mother.", "District 8, Street 12, Caravan 4", "address");
    row("a camp at a numbered street's crossing", "Location: camp at 21st and Salmonberry (under the overpass)", "21st and Salmonberry", "address");
    row("a lower-case crossing in a text", "met him at the mcdonalds on 17th st and coaltown. he has 46 days clean", "17th st and coaltown", "address");
    row("a crossing of two words", "saw her on 2nd and coal tipple, she was ok", "2nd and coal tipple", "address");
    row("a Navajo route's mile marker", "lives w/ dtr @ N-36 mile marker 24. wood stove, no running water", "N-36 mile marker 24", "address");
    row("a lower-case mile marker in a text", "im at my mothers place on n-53 mile marker 84 counsellor: thank you", "n-53 mile marker 84", "address");
    row("a lower-case PO box in a text", "im at my sons place on po box 83 counsellor: thank you", "po box 83", "address");
    row("a lower-case rural box in a text", "saw him again, same trailer at rr 7 box 474. stroke scale negative", "rr 7 box 474", "address");
    row("a mile with its tenth on a highway", "lives w/ dtr @ Mile 136.8 Steese Hwy. wood stove", "Mile 136.8 Steese Hwy", "address");
    row("an age the caller stated", "Caller: Ruth (gave last name Kuol) Age stated: 91    Location: Tundra Lake, AK", "91", "age");
    row("an age after a face sheet's dotted leader", "DOB ........ 03/02/1925\nAge ................... 100\nAdmitted .............. 01/10/2025", "100", "age");
    row("a phone for messages at a chapter house", "Home: Teec Mesa, AZ    Messages: 594-5058 (chapter house)", "594-5058", "phone");
    row("a Guam ZIP after its code", "Address: 211 Chalan Kareta, Mangilao, GU 96926 Phone (671) 416-2956", "96926", "zip");
    row("a family meeting's day", "family mtg 3/18: present her aunt and the chaplain", "3/18", "date");
    row("a peer worker's next meeting", "verified by two nurses. next meet 4/15, he will text me", "4/15", "date");
    row("the next check-in of a log", "Supplies sent; next scheduled check-in 10/26. Mailing address on file", "10/26", "date");
    row("a spelled age in brackets after a name", "present her son by phone. pt omayra largo (ninety-eight) wants to die at home", "ninety-eight", "age");
    row("an age in years after a birth date", "Name: Ziaur Fugate  DOB 06/02/31  94 yrs\nAddress: on file", "94", "age");
    row("an induction day's heading with its date", "Patient seen by phone. Day 1 (4/21): COWS 16; buprenorphine 4 mg", "4/21", "date");
    row("a town a scene is placed from", "Scene: 1328 Salmonberry Spur, 2 mi S of Kinlichee Flats\nCAD incident 23-871176 merged", "Kinlichee Flats", "address");
    row("a satellite phone of a fish camp", "Check-in by sat phone +8816 3141 5926 at 1800 hrs, all well.", "+8816 3141 5926", "phone");
  }

  void findsPlacesDatesAgesAndPhonesOfTwentySix() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those forms that must give nothing.
  void ignoresPlaceDateAgeAndPhoneLookalikesOfTwentySix_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("Welsh weekdays and a month without a year", "meddygfa ar agor bob dydd mawrth; clinig traed ym mis medi, 3 mawrth o bobl.");
    row("labels of a Welsh bilingual form", "Derbyn / Admitted: awaiting a bed. Dyddiad geni / DOB: not given.");
    row("a ward, a bed and a block of custody", "Moved to Ward 3, Bed 4, Block 2 overnight; Pod 2, Cell 12, Block 9.");
    row("ordinals as ranks and turns", "Seen on 2nd and final visit. Dose given at 1st and repeated. On 3rd and 4th toes.");
    row("a road's number without a marker", "Follow N-36 north for 24 miles; SR-9 closed at the mile 3 gate.");
    row("a stated dose and a leader before a count", "Dose stated: 95 mg. Age ........ see chart; Units ....... 120. Messages: 3 unread.");
    row("a GU of a genitourinary exam before a count", "GU 12345 reviewed; GU exam normal, voided 35000 mL total? no.");
    row("criteria met and a check-in count", "Does not meet 2/3 criteria; logged in 3/4 of the days; check in 2/3 of cases.");
    row("a quantity written twice and years of a job", "Dispense 90 (ninety) tablets; qty (ninety) caps. Pages 2 of 3  95 yrs of records.");
    row("a day's dose in brackets", "Day 1 (1/2 tab) then Day 2 (3/4) daily; day 3 (1/2) total.");
    row("distances from landmarks, not towns", "Crash site 2 mi S of the river bridge; 5 km N of Route 9 Junction and the dam.");
    row("a route of a drug and a respiratory rate in lower case", "tylenol 650 po q6h, box of 24; rr 18 box checked; hc 34 cm.");
    row("a count written with a plus and a code-like number", "Platelets rose by +8816 since admission; +88 mV 3 leads.");
  }

  void ignoresPlaceDateAgeAndPhoneLookalikesOfTwentySix() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Places, dates and ages of the twenty-seventh family's countries (seed 2727), written as those
  // countries' forms write them: one-line addresses in each country's postal order, a letter's
  // place and date line, Polish, Turkish, Korean and Hijri dates, ages with their own words.
  void findsPlacesDatesAndAgesOfTwentySeven_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Quebec address after a French label", "Adresse : 214, rue des Pruches, app. 4, Rimouski (Qu\u00e9bec) G5L 3B7\nRAMQ",
        "214, rue des Pruches, app. 4, Rimouski (Qu\u00e9bec) G5L 3B7", "address");
    row("a Brazilian address with its CEP", "Endere\u00e7o: Rua das Ac\u00e1cias, 212, apto 45, Bairro Bodocong\u00f3, Campina Grande - PB, CEP 58429-120\nTelefone:",
        "Rua das Ac\u00e1cias, 212, apto 45, Bairro Bodocong\u00f3, Campina Grande - PB, CEP 58429-120", "address");
    row("a Portuguese address with its floor", "Morada: Rua Direita, 12, 2.\u00ba Esq., 3500-123 Viseu\nContacto:",
        "Rua Direita, 12, 2.\u00ba Esq., 3500-123 Viseu", "address");
    row("a Polish address with its flat", "Adres zamieszkania: ul. Lipowa 12 m. 5, 35-012 Rzesz\u00f3w\nRozpoznanie: R51",
        "ul. Lipowa 12 m. 5, 35-012 Rzesz\u00f3w", "address");
    row("an Israeli address with apostrophes", "Address: Rehov Ha'Atzmaut 102, Apt 1, Be'er Sheva 8496076\nAdmitted",
        "Rehov Ha'Atzmaut 102, Apt 1, Be'er Sheva 8496076", "address");
    row("a villa in the Emirates", "Address: Villa 12, Street 5, Al Rifa'a, Sharjah\nMobile +971 50 686 9603",
        "Villa 12, Street 5, Al Rifa'a, Sharjah", "address");
    row("a Saudi building with its postcode last", "Address: Building 4417, King Khalid St, Al Rawdah, Jeddah 23411\n",
        "Building 4417, King Khalid St, Al Rawdah, Jeddah 23411", "address");
    row("a Korean flat on a road", "Address: Apt 103-1204, 23 Sangdang-ro, Sangdang-gu, Cheongju 28123\nPhone:",
        "Apt 103-1204, 23 Sangdang-ro, Sangdang-gu, Cheongju 28123", "address");
    row("a Turkish address with its door", "Adres: Cumhuriyet Mah. Lale Sok. No: 5 D: 3, 26100 Tepeba\u015f\u0131/Eski\u015fehir\nYat\u0131\u015f",
        "Cumhuriyet Mah. Lale Sok. No: 5 D: 3, 26100 Tepeba\u015f\u0131/Eski\u015fehir", "address");
    row("a Brazilian town label", "CPF 128.639.001-24\nMunic\u00edpio: Caruaru\nTra\u00e7ado enviado", "Caruaru", "address");
    row("a Polish letter's place line", "CRP 3,2 mg/l.\nOlsztyn, dnia 25 czerwca 2025 r.\ndr n. med.", "Olsztyn", "address");
    row("a French letter's place line", "Rimouski, le 5 mars 2024\nObjet : consultation", "Rimouski", "address");
    row("a town after an age in French", "Patient(e) : Yvon Pelchat, 93 ans, de Rimouski\nDate de naissance", "Rimouski", "address");
    row("a crash's town near a route", "restrained driver, MVC on Route 9 near Big Timber. Per the report", "Big Timber", "address");
    row("a Polish date in the genitive", "Olsztyn, dnia 25 czerwca 2025 r.", "25 czerwca 2025", "date");
    row("a Turkish date in capitals", "YATI\u015e: 12 KASIM 2023    \u00c7IKI\u015e: 14 KASIM 2023", "12 KASIM 2023", "date");
    row("a Turkish date", "Yat\u0131\u015f: 5 Mart 2024", "5 Mart 2024", "date");
    row("a Korean date", "Exam date: 2024\ub144 3\uc6d4 5\uc77c    Age:", "2024\ub144 3\uc6d4 5\uc77c", "date");
    row("a Hijri date of birth", "HIJRI DOB: 15/08/1345 AH    AGE: 96Y", "15/08/1345", "date");
    row("a Polish age", "Data urodzenia: 02.03.1931    Wiek: 94 lat\n", "94", "age");
    row("a Turkish age", "Do\u011fum tarihi: 01.02.1931    Ya\u015f: 94 ya\u015f\n", "94", "age");
    row("a Korean age", "Exam date: 2024.03.05    Age: 93\uc138\nAddress:", "93", "age");
    row("a French date after du", "Examen : TDM c\u00e9r\u00e9brale du 22 juin 2025\nM\u00e9decin r\u00e9f\u00e9rent", "22 juin 2025", "date");
    row("a French first of the month", "N\u00e9(e) le 1er mai 1928    \u00c2ge : 97 ans", "1er mai 1928", "date");
    row("a long Polish genitive month", "Rzesz\u00f3w, dnia 8 pa\u017adziernika 2023 r.", "8 pa\u017adziernika 2023", "date");
    row("a DICOM date value in brackets", "(0010,0030) DA [19740504]    # PatientBirthDate", "19740504", "date");
    row("a spelled age set off by commas in a chat", "the patient shamma al-zahrani from buraydah, ninety-five, daughter bandar on the phone",
        "ninety-five", "age");
    row("a New England ZIP+4 after its state", "38 Limekiln Dr, Bucksport, ME 04463-0176\nHome phone:", "04463-0176", "zip");
    row("a town before an age in a chat", "the patient reem al-mutairi from buraydah, ninety-six, niece saif on the phone",
        "buraydah", "address");
    row("a town with its article before an age in capitals", "THE PATIENT TURKI AL-HARBI FROM AL AIN, TWENTY-SEVEN, PARTNER NAWAF",
        "AL AIN", "address");
    row("a town a patient goes home to", "d/c summary, going home to hayesville with his brother. pcp is doctor lee", "hayesville", "address");
    row("a town with its particle after a label", "CPF 128.639.001-24\nMunic\u00edpio: Juazeiro do Norte\nTra\u00e7ado", "Juazeiro do Norte",
        "address");
    row("a Brazilian health unit's town", "consulta em 12/03/2024 \u00e0s 14:00 na unidade de campina grande. paciente: ednaldo",
        "campina grande", "address");
    row("a Brazilian health unit's town with its particle", "NA UNIDADE DE JUAZEIRO DO NORTE. PACIENTE: IVONETE", "JUAZEIRO DO NORTE",
        "address");
    row("a French age label", "N\u00e9(e) le 1925-01-20    \u00c2ge : 100\n", "100", "age");
  }

  void findsPlacesDatesAndAgesOfTwentySeven() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those forms that must give nothing.
  void ignoresPlaceDateAndAgeLookalikesOfTwentySeven_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a lateral view after a degree", "Rotate the arm 90 lat. and repeat; PA and lat films at 95 lat. view.");
    row("a fraction with a year out of range", "Dilution 15/08/1345 on the log; ratio 12/10/1400 units.");
    row("Turkish and Polish month words without a year", "Ekim 5 mg verildi; 5 Mart g\u00fcn\u00fc kontrol; 5 maja wizyta.");
    row("a French age without a town", "Patiente de 73 ans, de retour \u00e0 domicile; suivi 5 ans, de novo.");
    row("a route without a town near it", "MVC on Route 9 near the exit ramp; crash near mile 4.");
    row("an empty town label", "Cidade: n\u00e3o informada\nMunic\u00edpio: -");
    row("a list line with a day word", "Total, le 5 mg dose given; Note, dnia 5 test.");
    row("a young Korean age", "Age: 45\uc138 Exam date: 2024");
    row("an ECG's intervals after its rate", "SINUS RHYTHM 78 BPM, PR 141 MS, QRS 98 MS, QT/QTC 408/432 MS");
    row("places of care before a count", "returned from theatre, two, then slept; back from home, three, days ago.");
    row("a hospital's units", "internada na unidade de terapia intensiva. transferida na unidade de sa\u00fade, depois na unidade de dor.");
    row("going home to an ordinary word", "going home to rest with her family; sent home to die with his wife.");
    row("a street named for a day after du", "Place du 8 Mai 1945 ferm\u00e9e; rue du 11 Novembre 1918.");
    row("a DICOM number that is no date", "(0020,0011) IS [20240101]  (0020,0013) IS [19740504]");
    row("a spelled count set off by commas", "patient took ninety, then rested; the patient received ninety, in all.");
  }

  void ignoresPlaceDateAndAgeLookalikesOfTwentySeven() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // The twenty-eighth family's forms (seed 2828), as general rules: one-line addresses in each
  // country's postal order after the address label of its language, the Buddhist-era, Thai,
  // Hungarian, Czech, Romanian, Ukrainian and Indonesian dates, and national identity, birth and
  // insurance numbers by their labels.
  void findsPatternsOfTwentyEight_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Vietnamese lane, ward and district", "Địa chỉ: Số 12 ngõ 14 phố Khâm Thiên, phường Trung Phụng, quận Đống Đa, Hà Nội\nSĐT",
        "Số 12 ngõ 14 phố Khâm Thiên, phường Trung Phụng, quận Đống Đa, Hà Nội", "address");
    row("an Indonesian street with RT/RW", "Alamat: Jl. Raya Bogor No. 12, RT 03/RW 04, Kel. Kramat Jati, Jakarta Timur 13540\nHP",
        "Jl. Raya Bogor No. 12, RT 03/RW 04, Kel. Kramat Jati, Jakarta Timur 13540", "address");
    row("a Thai house in a village", "Address: 45/7 Moo 5, Tambon Nong Hoi, Amphoe Mueang, Chiang Mai 50000\n",
        "45/7 Moo 5, Tambon Nong Hoi, Amphoe Mueang, Chiang Mai 50000", "address");
    row("a Pakistani house in a sector", "Address: House No. 88, Street 9, G-9/2, Islamabad 44090\n",
        "House No. 88, Street 9, G-9/2, Islamabad 44090", "address");
    row("an Egyptian flat", "Address: Flat 4, 17 Shari' Mosaddak, Dokki, Giza 12311\n",
        "Flat 4, 17 Shari' Mosaddak, Dokki, Giza 12311", "address");
    row("a Ghanaian house with its digital address", "Address: H/No. 14, Penkwase, Berekum, BO-123-4567\nTel",
        "H/No. 14, Penkwase, Berekum, BO-123-4567", "address");
    row("an Ethiopian kebele and sub-city", "Address: Kebele 05, Woreda 03, House No. 112, Yeka Sub-city, Addis Ababa\n",
        "Kebele 05, Woreda 03, House No. 112, Yeka Sub-city, Addis Ababa", "address");
    row("a Ukrainian street in Latin letters", "Adresa: vul. Kvitkova, 12, kv. 5, Poltava, 36012\n",
        "vul. Kvitkova, 12, kv. 5, Poltava, 36012", "address");
    row("a Greek odos and its postcode", "Dieuthynsi: Odos Agias Sofias 45, 546 24 Thessaloniki\n",
        "Odos Agias Sofias 45, 546 24 Thessaloniki", "address");
    row("a Romanian block, stair and flat", "Domiciliu: Str. Lăpușneanu nr. 12, bl. B3, sc. 2, ap. 14, Iași 700259\n",
        "Str. Lăpușneanu nr. 12, bl. B3, sc. 2, ap. 14, Iași 700259", "address");
    row("a Hungarian town first, then the utca", "Lakcím: 7621 Pécs, Király utca 9. 2/5\nTel.", "7621 Pécs, Király utca 9. 2/5",
        "address");
    row("a Czech street with its two numbers", "Bydliště: Údolní 1204/18, 602 00 Brno\n", "Údolní 1204/18, 602 00 Brno", "address");
    row("an address in capitals after a Romanian label", "ADRESĂ: STR. PĂCURARI NR. 40, BL. B2, SC. 1, AP. 50, IAȘI 700276  ÎNGRIJITOR:",
        "STR. PĂCURARI NR. 40, BL. B2, SC. 1, AP. 50, IAȘI 700276", "address");
    row("a Ghanaian house after a home label", "Client: Ama, aged 97\nHome: H/No. 175, Adenta Housing Down, Adenta, GA-607-4821\nRequest:",
        "H/No. 175, Adenta Housing Down, Adenta, GA-607-4821", "address");
    row("where a person is at home", "He is at home at House No. 189, Street 9, G-9/2, Islamabad 44090. Please call me.",
        "House No. 189, Street 9, G-9/2, Islamabad 44090", "address");
    row("a commune after its label", "Name Khoat    Age 60\nCommune: Cửa Lò\nPhone +84 985 574 824", "Cửa Lò", "address");
    row("an Indonesian mobile dashed in fours", "HP keluarga: 0813-7794-3193\nAlamat:", "0813-7794-3193", "phone");
    row("a Ukrainian mobile with its operator code", "call the physio on (067) 182-22-35 if the knee swells",
        "(067) 182-22-35", "phone");
    row("an Ethiopian mobile in pairs", "physio askale number 0916 34 78 01 tomorrow", "0916 34 78 01", "phone");
    row("a Hungarian mobile with its slash", "Hozzátartozó: Somogyi Árpád (06-20/642-3933)", "06-20/642-3933", "phone");
    row("a disability parking placard", "Renewal of placard DP0072236\nCertifying provider:", "DP0072236", "license");
    row("a Thai hospital number", "Name: Buppha Saengthong    HN 1966252    Thai ID:", "1966252", "mrn");
    row("a Romanian benefit file", "Dosar nr. AN-2429-70173\n", "AN-2429-70173", "account");
    row("a Hungarian case number", "TAJ: 895 002 762 Ügyszám: PT-9979-01122\n", "PT-9979-01122", "account");
    row("a Hungarian number plate", "gépjármű rendszáma: TFW-677\n", "TFW-677", "vehicle");
    row("a Hungarian age in years", "Ápolt: HALÁSZ KÁLMÁN, 93 éves\nCím:", "93", "age");
    row("a Greek age in Latin letters", "Theopisti Tsakiridou, 100 eton, Larissa", "100", "age");
    row("an Indonesian age after its label", "Umur: 104 th\nAlamat:", "104", "age");
    row("a Czech serial number of a loaned bed", "Polohovací lůžko, výrobní číslo PR85-73818K\nOd", "PR85-73818K", "device");
    row("a Greek mobile after its label", "546 22 Thessaloniki Kinito: 2310 883988 Imerominia:", "2310 883988", "phone");
    row("a contact's number after the name", "Kontakt: Vratislav Holub, 702 848 265  Paracetamol", "702 848 265", "phone");
    row("a relative informed and the number", "Family informed: Polyxeni Kouroupi, 2310 497455\n", "2310 497455", "phone");
    row("an EOPYY registry number", "Asfalistikos foreas: EOPYY, ar. mitroou 53936270\n", "53936270", "health_plan");
    row("a town and a state after an orthotist's clinic", "Orthotist: moved to the clinic in Greeley, CO on Monday",
        "Greeley, CO", "address");
    row("a jail's booking number stays a record number", "Inmate in custody, booking #2023-245770, refused insulin",
        "2023-245770", "mrn");
    row("a Buddhist-era date with its mark", "Admit 05/03/2567 B.E.\n", "05/03/2567", "date");
    row("a Thai month abbreviation", "Goal review 5 มี.ค. 2567\n", "5 มี.ค. 2567", "date");
    row("a Hungarian date, the year first", "Felvétel: 2024. március 5.\n", "2024. március 5", "date");
    row("a Czech spaced numeric date", "Kontrola 5. 3. 2024 v 10:00", "5. 3. 2024", "date");
    row("a Czech month in the genitive", "Přijat 5. března 2024.", "5. března 2024", "date");
    row("a Ukrainian month in Latin letters", "Data: 5 bereznia 2024", "5 bereznia 2024", "date");
    row("a Romanian month", "Internat la 5 martie 2024.", "5 martie 2024", "date");
    row("an Indonesian month", "Tanggal kunjungan 5 Maret 2024", "5 Maret 2024", "date");
    row("a Vietnamese citizen identity card", "Số CCCD: 001185012345\n", "001185012345", "license");
    row("an Indonesian NIK", "NIK: 3174054508890001\n", "3174054508890001", "license");
    row("a Pakistani CNIC", "CNIC: 35202-1234567-1\n", "35202-1234567-1", "license");
    row("a Ghana Card", "Ghana Card: GHA-123456789-0\n", "GHA-123456789-0", "license");
    row("a Ukrainian RNOKPP", "RNOKPP: 3012345678\n", "3012345678", "license");
    row("a Greek AMKA", "AMKA: 05038512345\n", "05038512345", "mrn");
    row("a Romanian CNP", "CNP 1850305123456\n", "1850305123456", "mrn");
    row("a Czech birth number", "RČ: 855305/1234\n", "855305/1234", "mrn");
    row("an Indonesian BPJS card", "No. BPJS: 0001234567890\n", "0001234567890", "health_plan");
    row("a Romanian CNAS card", "Card CNAS 80642123456789012345\n", "80642123456789012345", "health_plan");
    row("an Ethiopian CBHI membership", "CBHI membership: CBHI/123456\n", "CBHI/123456", "health_plan");
  }

  void findsPatternsOfTwentyEight() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those forms that must give nothing.
  void ignoresPatternLookalikesOfTwentyEight_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an address label with no address", "Cím: nincs megadva, lásd 2. oldal\nAdresa: neuvedena, viz 1. strana");
    row("a year of the Buddhist era with no mark", "Ratio 05/03/2567 on the log; batch 12/10/2600 units.");
    row("a Hungarian year and month with no day", "Költségvetés 2024. március hónapra.");
    row("a spaced list of numbers", "Steps 5. 3. 12 then rest; items 1. 2. 3. done.");
    row("a Romanian month without a year", "Doza 5 martie nu; 5 mai mult.");
    row("an identity card checked without a number", "National ID checked at the door; ID card not yet issued.");
    row("a home label without an address", "Home: lives alone, 2 steps to enter, rails both sides\nHome: 3 visits a week, 45 min");
    row("at home at an ordinary time", "She is at home at night, 2 falls since March. Please call me.");
    row("dashed numbers that are no Indonesian mobile", "Values 0813-7794-31930 and 0713-7794-3193 and 0813-77-31 on the sheet.");
    row("a bracketed count before pairs", "Sets (120) 182-22-35 reps; scores (067) 18-22-35.");
    row("a year and a date in pairs", "Review 2024 09 07 12; plan 0916 3 78 01.");
    row("a Hungarian dose with a slash", "Dose 06-20/98 mg; ratio 06-2/986-15417.");
    row("a placard and a head-and-neck note without numbers", "Placard displayed in the car; HN cancer survivor, HN exam normal.");
    row("a Romanian file and a plate without values", "Dosar nr. in curs; rendszáma: nincs.");
    row("young ages in those languages", "Pasien umur 60 th, ápolt 45 éves; 72 eton; 50 tahun.");
    row("a Czech serial label without a number", "výrobní číslo viz štítek na rámu");
    row("an orthotist's credential is no state", "Borg 4/10. Orthotist: Not Assigned, CO\nNext review 3 weeks.");
    row("an interpreter's booking and a booking reference", "Tlumočník / interpreter booking PK-363784\nBooking ref MR-522750 confirmed.");
    row("a contact field with a dose after the name", "Kontakt: Ordinace, 10 mg daily; next dose 3 times 120 ml.");
    row("a kebele and woreda without a house", "Sessions: Kebele health post twice weekly, Woreda review monthly.");
  }

  void ignoresPatternLookalikesOfTwentyEight() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Dates, ages over 89, phones and faxes of the second list of countries (session of
  // 2026-11-27): months of Russian, Belarusian, Ukrainian, Bulgarian, Kazakh, Uzbek, Slovak,
  // Croatian and Lithuanian; Arabic months of the Syriac, Latin and French traditions, Hijri
  // months with their mark; Kurdish, Burmese, Khmer and Lao months; digits of those scripts.
  void findsSecondListDatesAgesPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Russian month in the genitive", "Дата рождения: 5 марта 1931 г.\n", "5 марта 1931", "date");
    row("a Russian month in capitals", "ДАТА ПОСТУПЛЕНИЯ: 12 ОКТЯБРЯ 2024 Г.\n", "12 ОКТЯБРЯ 2024", "date");
    row("a Bulgarian month", "Приет на 5 септември 2024 г. в 10:00", "5 септември 2024", "date");
    row("a Belarusian month", "Нарадзіўся 5 сакавіка 1931 г.", "5 сакавіка 1931", "date");
    row("a Ukrainian month in Cyrillic letters", "Госпіталізований 5 березня 2024 р.", "5 березня 2024", "date");
    row("a Slovak month in the genitive", "Prijatý 5. októbra 2024 na oddelenie", "5. októbra 2024", "date");
    row("a Croatian month in the genitive", "Primljen 5. ožujka 2024. na odjel", "5. ožujka 2024", "date");
    row("a Lithuanian date, the year first", "Gimimo data: 1931 m. kovo 5 d.\n", "1931 m. kovo 5", "date");
    row("a Kazakh month", "Туған күні: 5 наурыз 1931 ж.\n", "5 наурыз 1931", "date");
    row("a Kazakh month in capitals", "ТҮСКЕН КҮНІ: 5 ҚАҢТАР 2024\n", "5 ҚАҢТАР 2024", "date");
    row("a Kazakh date, the year first", "2024 жылғы 5 наурыз түсті", "2024 жылғы 5 наурыз", "date");
    row("an Uzbek date with its hyphens", "Tug'ilgan sana: 5-mart 1931-yil\n", "5-mart 1931", "date");
    row("an Uzbek date, the year first", "2024-yil 5-mart kuni yotqizildi", "2024-yil 5-mart", "date");
    row("an Azerbaijani month", "Daxil olub: 5 avqust 2024", "5 avqust 2024", "date");
    row("a Levantine Arabic month", "تاريخ الدخول: 5 آذار 2024\n", "5 آذار 2024", "date");
    row("a Syriac month of two words", "راجع في 12 كانون الثاني 2023 للمتابعة", "12 كانون الثاني 2023", "date");
    row("an Egyptian month in Arabic-Indic digits", "تاريخ الميلاد: ٥ مارس ١٩٣١\n", "٥ مارس ١٩٣١", "date");
    row("an Algerian month", "دخل المستشفى يوم 5 جوان 2024", "5 جوان 2024", "date");
    row("a Moroccan month", "ازداد في 5 غشت 1931", "5 غشت 1931", "date");
    row("the Common Era's mark glued to the year", "بتاريخ 5 مارس 2024م", "5 مارس 2024", "date");
    row("a Hijri month with its mark apart", "تاريخ الولادة 12 رمضان 1350 هـ", "12 رمضان 1350", "date");
    row("a Hijri month of two words", "الموعد 3 ذو الحجة 1445هـ", "3 ذو الحجة 1445", "date");
    row("a numeric date in Arabic-Indic digits", "تاريخ الميلاد: ٠٥/٠٣/١٩٣١\n", "٠٥/٠٣/١٩٣١", "date");
    row("a numeric Hijri date with the Arabic mark", "الميلاد 05/09/1350 هـ", "05/09/1350", "date");
    row("a numeric Hijri date in Arabic-Indic digits", "تاريخ الميلاد: ١٥/٠٨/١٣٤٥هـ\n", "١٥/٠٨/١٣٤٥", "date");
    row("a numeric Hijri date, the year first", "الموعد ١٤٤٥/٠٩/٠٥ هـ", "١٤٤٥/٠٩/٠٥", "date");
    row("a Russian day in guillemets", "Согласие от «05» марта 2024 г.", "«05» марта 2024", "date");
    row("a Spanish abbreviation with hyphens", "Fecha: 05-ene-2024\n", "05-ene-2024", "date");
    row("a Spanish abbreviation with slashes in capitals", "FECHA: 05/ENE/2024\n", "05/ENE/2024", "date");
    row("a Portuguese abbreviation with slashes", "Data: 05/fev/2024\n", "05/fev/2024", "date");
    row("a Spanish date with de", "Nacido el 5 de marzo de 1931 en Quito", "5 de marzo de 1931", "date");
    row("a French date with its weekday", "Consultation du mardi 5 mars 2024", "5 mars 2024", "date");
    row("an Arabic weekday and a date", "يوم الثلاثاء 5 مارس 2024", "5 مارس 2024", "date");
    row("a Bulgarian numeric date", "Роден на 05.03.1931 г. в София", "05.03.1931", "date");
    row("a Russian month abbreviation", "Поступил 5 нояб. 2024 г.", "5 нояб. 2024", "date");
    row("a Spanish month abbreviation", "Fecha de ingreso: 5 ene. 2024\n", "5 ene. 2024", "date");
    row("a Portuguese month abbreviation", "Data de nascimento: 05 fev 1931\n", "05 fev 1931", "date");
    row("a French month abbreviation", "Né le 5 févr. 1931 à Dakar", "5 févr. 1931", "date");
    row("a Kurdish month", "بەروار: 5 ئازار 2024", "5 ئازار 2024", "date");
    row("a Burmese month in Burmese digits", "မွေးနေ့ ၅ မတ် ၁၉၃၁", "၅ မတ် ၁၉၃၁", "date");
    row("a Burmese date, the year first", "ဆေးရုံတက်သည့်နေ့ ၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်", "၂၀၂၄ ခုနှစ် မတ်လ ၅", "date");
    row("a Burmese date with the day's word glued", "၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၂ရက်", "၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၂", "date");
    row("a Khmer date with its words glued", "ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤", "ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤", "date");
    row("a Lao month", "ວັນທີ 5 ມີນາ 2024", "5 ມີນາ 2024", "date");
    row("a Russian age over 89", "Пациентка 92 года, поступила", "92", "age");
    row("a Khmer age", "អាយុ ៩២ ឆ្នាំ", "៩២", "age");
    row("a Lao age after its label", "ອາຍຸ 92 ປີ", "92", "age");
    row("a Russian numeric date with г.", "Дата рождения: 05.03.1931 г.\n", "05.03.1931", "date");
    row("a Kazakh numeric date with ж.", "Туған күні: 05.03.1931 ж.\n", "05.03.1931", "date");
    row("a Syriac month of two words with the Arabic comma", "في 12 تشرين الأول، 2023", "12 تشرين الأول، 2023", "date");
    row("an Arabic month with the Arabic comma", "تاريخ الدخول: 5 آذار، 2024\n", "5 آذار، 2024", "date");
    row("a Russian age in лет", "Больной 95 лет, жалобы на", "95", "age");
    row("a Russian age after its label", "Возраст: 93\n", "93", "age");
    row("a Kazakh age", "Науқас 92 жаста, шағымы", "92", "age");
    row("an Uzbek age", "Bemor 92 yoshda, shikoyati", "92", "age");
    row("a Lithuanian age", "Pacientė, 92 metų, skundžiasi", "92", "age");
    row("a Slovak age", "Pacientka vo veku 92 rokov", "92", "age");
    row("a Bulgarian age", "Пациент на 92 години", "92", "age");
    row("a Croatian age", "Pacijentica u dobi od 92 godine", "92", "age");
    row("an Arabic age", "عمره 92 سنة ويشكو من", "92", "age");
    row("an Arabic age in Arabic-Indic digits", "المريضة عمرها ٩٢ سنة", "٩٢", "age");
    row("an Arabic age after aged", "توفي بعمر 97 عاماً", "97", "age");
    row("an Arabic age after its label", "العمر: ٩٥\n", "٩٥", "age");
    row("a Burmese age", "အသက် ၉၂ နှစ်", "၉၂", "age");
    row("a Kazakh mobile after a Cyrillic label", "Тел.: +7 701 234 56 78\n", "+7 701 234 56 78", "phone");
    row("an Iraqi mobile after an Arabic label", "هاتف: 0770 123 4567\n", "0770 123 4567", "phone");
    row("a Jordanian mobile after an Arabic label", "جوال: 0791234567\n", "0791234567", "phone");
    row("a Jordanian fax after an Arabic label", "فاكس: 06 512 3456\n", "06 512 3456", "fax");
    row("a Belarusian fax after a Cyrillic label", "Факс: +375 17 123 45 67\n", "+375 17 123 45 67", "fax");
    row("a Senegalese mobile after its label", "Tél : 77 123 45 67\n", "77 123 45 67", "phone");
    row("an Ivorian number of ten digits", "Tél. : 07 08 12 34 56\n", "07 08 12 34 56", "phone");
    row("an Angolan mobile after its label", "Telemóvel: 923 456 789\n", "923 456 789", "phone");
    row("a Bolivian mobile after its label", "Celular: 7123 4567\n", "7123 4567", "phone");
    row("a Lithuanian mobile after tel. nr.", "Tel. nr.: 612 34567\n", "612 34567", "phone");
    row("a Belarusian number with the trunk 8", "Тел.: 8 (029) 123-45-67\n", "8 (029) 123-45-67", "phone");
    row("a Lithuanian mobile with the trunk 8", "Tel. nr.: 8 612 34567\n", "8 612 34567", "phone");
    row("a Kazakh area code in brackets", "Моб.: +7 (727) 123-45-67\n", "+7 (727) 123-45-67", "phone");
    row("an Iraqi mobile in Arabic-Indic digits", "رقم الهاتف: ٠٧٧٠ ١٢٣ ٤٥٦٧\n", "٠٧٧٠ ١٢٣ ٤٥٦٧", "phone");
    row("a Syrian fax in Arabic-Indic digits", "فاكس: ٠١١ ٢٢٣ ٤٥٦٧\n", "٠١١ ٢٢٣ ٤٥٦٧", "fax");
    row("an Iraqi number with its country code", "Mobile: +964 770 123 4567\n", "+964 770 123 4567", "phone");
    row("an Ivorian number of ten digits after +225", "Portable : +225 07 08 12 34 56\n", "+225 07 08 12 34 56", "phone");
    row("an Uzbek mobile", "Tel: +998 90 123 45 67\n", "+998 90 123 45 67", "phone");
    row("a Malagasy mobile", "Portable : 034 12 345 67\n", "034 12 345 67", "phone");
    row("a Venezuelan mobile", "Teléfono: 0412-123.45.67\n", "0412-123.45.67", "phone");
    row("a Paraguayan mobile", "Celular: 0981 123 456\n", "0981 123 456", "phone");
    row("a Serbian mobile", "Mobilni telefon: 064 123 4567\n", "064 123 4567", "phone");
    row("a Bulgarian mobile", "Тел.: 0888 123 456\n", "0888 123 456", "phone");
    row("a Dominican number", "Teléfono: (809) 555-1234\n", "(809) 555-1234", "phone");
    row("a Congolese mobile with its code", "Tél. : +243 81 234 5678\n", "+243 81 234 5678", "phone");
    row("a Congolese mobile without its code", "Tél. : 081 234 5678\n", "081 234 5678", "phone");
    row("a Cameroonian mobile after Tél", "Tél : 671 23 45 67\n", "671 23 45 67", "phone");
    row("a Cameroonian mobile with its code", "Tél : +237 6 71 23 45 67\n", "+237 6 71 23 45 67", "phone");
    row("a Malian mobile in pairs", "Tél : 76 12 34 56\n", "76 12 34 56", "phone");
    row("a Guinean mobile", "Tél : 622 12 34 56\n", "622 12 34 56", "phone");
    row("a Mozambican mobile", "Telemóvel: 84 123 4567\n", "84 123 4567", "phone");
    row("a Ugandan mobile", "Tel: 0772 123456\n", "0772 123456", "phone");
    row("a Malawian mobile", "Phone: 0991 23 45 67\n", "0991 23 45 67", "phone");
    row("a Rwandan mobile", "Tel: 0788 123 456\n", "0788 123 456", "phone");
    row("a Somali mobile", "Tel: +252 61 234 5678\n", "+252 61 234 5678", "phone");
    row("a Chadian mobile", "Tél : 66 12 34 56\n", "66 12 34 56", "phone");
    row("an Ecuadorian mobile", "Celular: 099 123 4567\n", "099 123 4567", "phone");
    row("a Cuban mobile with its code", "Teléfono: +53 5 234 5678\n", "+53 5 234 5678", "phone");
    row("a Haitian number", "Tél : +509 3412-3456\n", "+509 3412-3456", "phone");
    row("a Guatemalan mobile", "Teléfono: 5123-4567\n", "5123-4567", "phone");
    row("a Honduran mobile", "Celular: 9876-5432\n", "9876-5432", "phone");
    row("a Belgian mobile", "GSM: 0470 12 34 56\n", "0470 12 34 56", "phone");
    row("a Croatian mobile", "Mobitel: 091 234 5678\n", "091 234 5678", "phone");
    row("a Slovak mobile", "Mobil: 0903 123 456\n", "0903 123 456", "phone");
    row("a Lebanese mobile", "هاتف: 03 123 456\n", "03 123 456", "phone");
    row("an Algerian mobile", "Portable : 0555 12 34 56\n", "0555 12 34 56", "phone");
    row("a Tunisian mobile", "Tél : 20 123 456\n", "20 123 456", "phone");
    row("a Libyan mobile", "هاتف: 091-2345678\n", "091-2345678", "phone");
    row("a Sudanese mobile", "جوال: 0912 345 678\n", "0912 345 678", "phone");
    row("a Yemeni mobile", "جوال: 77 123 4567\n", "77 123 4567", "phone");
    row("a Kyrgyz mobile", "Тел.: +996 555 123 456\n", "+996 555 123 456", "phone");
    row("a Tajik mobile", "Тел.: +992 93 123 4567\n", "+992 93 123 4567", "phone");
    row("an Azerbaijani mobile", "Mobil: 050 123 45 67\n", "050 123 45 67", "phone");
    row("a Myanmar mobile", "Phone: 09 123 456 789\n", "09 123 456 789", "phone");
    row("a Myanmar mobile with its code", "Phone: +95 9 123 456 789\n", "+95 9 123 456 789", "phone");
    row("a Cambodian mobile", "Tel: 012 345 678\n", "012 345 678", "phone");
    row("a Lao mobile", "Tel: 020 55 123 456\n", "020 55 123 456", "phone");
    row("a Cape Verdean number", "Telemóvel: 991 23 45\n", "991 23 45", "phone");
    row("a Mauritanian number", "Tél : 22 12 34 56\n", "22 12 34 56", "phone");
    row("a Russian age as an adjective", "92-летняя пациентка поступила", "92", "age");
    row("a Croatian age as an adjective", "92-godišnja pacijentica", "92", "age");
    row("an Uzbek age as an adjective", "92 yoshli bemor", "92", "age");
  }

  void findsSecondListDatesAgesPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those forms that must give nothing.
  void ignoresSecondListLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Russian month without a year", "Доза 5 мг; повторить 5 мая и 12 марта.");
    row("the Kazakh spring feast", "Наурыз мейрамы 21 наурыз күні.");
    row("an Arabic month without a year", "الجرعة 5 مل يوميا حتى 5 آذار");
    row("a Hijri date without its mark", "الدفعة 12 رمضان 1445 رقم التشغيلة");
    row("a Lithuanian year with no month", "2024 m. 5 tabletės per dieną");
    row("an Uzbek hyphen without a year", "Xona 5-mart binosi, 3-qavat");
    row("Arabic-Indic fractions and ratios", "النسبة ٣/٤ والجرعة ٥/١٣/٢٠٢٤ وحدة");
    row("young ages in those languages", "Пациент 75 лет; науқас 65 жаста; bemor 70 yoshda; عمره 65 سنة; ٧٥ سنة");
    row("a year since, in Russian", "Болеет с 92 года, наблюдается с 95 года.");
    row("lab values in Cyrillic units", "Гемоглобин 93 г/л, глюкоза 5,6 ммоль/л, СОЭ 95 мм/ч");
    row("labels of phones without numbers", "Тел.: не указан; факс: нет\nهاتف: لا يوجد");
    row("doses and times after Cyrillic words", "Доза 500 мг 2 раза в день, в 08:00 и 20:00.");
    row("an Arabic-Indic tooth number and a lot", "السن ٣٦ والتشغيلة ٢٠٢٤٠٣");
    row("a ward, a bed and vital signs in Russian", "Палата 8, койка 2; ЧСС 88, АД 120/80, SpO2 96 %.");
    row("HLA types and a protocol code", "HLA-A*02:01, B*08; протокол 8 (2) 12-45 версия 3.");
    row("a Hijri year in digits without its mark", "الدفعة ١٥/٠٨/١٣٤٥ والتشغيلة");
    row("month abbreviations without a year", "Dosis 5 ene; 3 dic, 2 set de 10 repeticiones; 5 нояб.");
    row("Arabic-Indic numbers without a phone word", "الدفعة ٠٧٧٠ ١٢٣ ٤٥٦٧ والجرعة ٥٠٠ ملغ");
    row("seven digits after a phone word but not as three, two and two", "Tel: 1234 567; tel. 12 34 567 ext; Tel: 991-23-45 mg");
    row("three, two and two without a phone word", "Dose 991 23 45 mg; lot 120 80 96; Hb 123 45 67");
    row("a month's name between hyphens without a year", "Lote 05-ene-24; ciclo 3/mar/10 mg; 12-dic-A1");
    row("a Burmese year and month with no day", "၂၀၂၄ ခုနှစ် မတ်လ အစီရင်ခံစာ");
    row("an Arabic age under 90 after aged", "توفي بعمر 85 عاماً");
    row("a short number after an Arabic phone word", "هاتف: ٥٠٠ ملغ مرتين");
    row("young ages as adjectives", "75-летний пациент, 65-godišnja, 70 yoshli");
    row("a ten-year plan and a dose in Russian", "10-летний план; 92-мг доза");
  }

  void ignoresSecondListLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // The third list of countries (the session of 2026-11-27 evening): dates of Armenia, Georgia,
  // Mongolia, North Macedonia, Albania, Bosnia and Montenegro, Curaçao, Eritrea, the Maldives,
  // Bhutan and the Pacific, ages over 89 in their languages, and their phones and faxes.
  void findsThirdListDatesAgesPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("an Armenian month in the genitive", "Ծննդյան ամսաթիվ՝ 5 մարտի 1931 թ.\n", "5 մարտի 1931", "date");
    row("an Armenian date with its comma", "Ընդունվել է 12 հոկտեմբերի, 2024 թ.", "12 հոկտեմբերի, 2024", "date");
    row("an Armenian date, the year first", "Ընդունվել է 2024 թ. մարտի 5-ին", "2024 թ. մարտի 5", "date");
    row("an Armenian date, the year's word glued", "Դուրս է գրվել 2024թ. ապրիլի 12-ին", "2024թ. ապրիլի 12", "date");
    row("an Armenian month in Latin letters", "Born 5 marti 1931, Yerevan", "5 marti 1931", "date");
    row("a Georgian month", "დაბადების თარიღი: 5 მარტი 1931\n", "5 მარტი 1931", "date");
    row("a Georgian month in the dative", "შემოვიდა 12 აგვისტოს 2024 წ.", "12 აგვისტოს 2024", "date");
    row("a Georgian date, the year first", "შემოვიდა 2024 წლის 5 მარტს", "2024 წლის 5 მარტს", "date");
    row("a Georgian month abbreviated", "თარიღი: 5 ოქტ 2024", "5 ოქტ 2024", "date");
    row("a Mongolian date with the ordinal's ending", "Төрсөн огноо: 1931 оны 3-р сарын 5\n", "1931 оны 3-р сарын 5", "date");
    row("a Mongolian date with a Roman month", "2024 оны III сарын 5-нд хэвтсэн", "2024 оны III сарын 5", "date");
    row("a Mongolian date with the month's word", "2024 оны гуравдугаар сарын 5-нд", "2024 оны гуравдугаар сарын 5", "date");
    row("a Mongolian twelfth month", "2023 оны арван хоёрдугаар сарын 25", "2023 оны арван хоёрдугаар сарын 25", "date");
    row("a Mongolian date with дугаар apart", "2024 оны 3 дугаар сарын 5-нд", "2024 оны 3 дугаар сарын 5", "date");
    row("a Mongolian date without the year", "Эмнэлэгт 3-р сарын 5-нд хэвтсэн", "3-р сарын 5", "date");
    row("a Macedonian month", "Роден на 5 јануари 1931 г.", "5 јануари 1931", "date");
    row("a Macedonian month in capitals", "ПРИМЕН: 5 ДЕКЕМВРИ 2024", "5 ДЕКЕМВРИ 2024", "date");
    row("a Bosnian month in the nominative", "Primljen 5. septembar 2024. godine", "5. septembar 2024", "date");
    row("an Albanian month", "Shtruar më 12 qershor 2024", "12 qershor 2024", "date");
    row("an Albanian month with its diaeresis", "Lindur më 3 nëntor 1931", "3 nëntor 1931", "date");
    row("a Papiamentu month", "Fecha di nasementu: 5 desèmber 1931", "5 desèmber 1931", "date");
    row("a month and year after a word that is no week's", "Seen 12/2024 for review", "12/2024", "date");
    row("a Papiamentu date with di", "Fecha: 5 di mart 2024", "5 di mart 2024", "date");
    row("a Papiamentu date with di and a Dutch month", "Nasí 12 di mei 1931", "12 di mei 1931", "date");
    row("a Tok Pisin month", "Bon long 5 Septemba 1931", "5 Septemba 1931", "date");
    row("a Samoan month", "Aso fanau: 5 Aokuso 1931", "5 Aokuso 1931", "date");
    row("a Tongan month with its glottal stop", "ʻAho fāʻeleʻi: 5 ʻOkatopa 1931", "5 ʻOkatopa 1931", "date");
    row("a Fijian month", "Siga ni sucu: 5 Okosita 1931", "5 Okosita 1931", "date");
    row("a Turkmen month with the day's ordinal ending", "Doglan senesi: 5-nji mart 1931 ý.", "5-nji mart 1931", "date");
    row("a Turkmen month", "Kabul edildi: 12 oktýabr 2024", "12 oktýabr 2024", "date");
    row("a Tongan age label", "Taʻu: 93\n", "93", "age");
    row("a Fijian age label", "Yabaki: 94\n", "94", "age");
    row("a Tigrinya month", "ዕለት ልደት: 5 መጋቢት 1931", "5 መጋቢት 1931", "date");
    row("a month of the Ethiopian calendar", "ዝኣተወሉ: 12 ጥቅምት 2016", "12 ጥቅምት 2016", "date");
    row("an Ethiopian calendar date, the month first", "ዝተወልደሉ: መጋቢት 5 ቀን 1923 ዓ.ም.", "መጋቢት 5 ቀን 1923", "date");
    row("a Tigrinya date, the month first, with a comma", "ዝኣተወሉ: ጥቅምቲ 12, 2024", "ጥቅምቲ 12, 2024", "date");
    row("a Tamil month of Singapore", "பிறந்த தேதி: 5 மார்ச் 1931", "5 மார்ச் 1931", "date");
    row("a Tamil age", "93 வயது பெண்", "93", "age");
    row("a Tamil phone label", "தொலைபேசி: 9123 4567\n", "9123 4567", "phone");
    row("a Dhivehi month", " އުފަން ތާރީޚް: 5 މާރިޗު 1931", "5 މާރިޗު 1931", "date");
    row("a numeric date in Tibetan digits", "སྐྱེས་ཚེས: ༢༠༢༤/༠༣/༠༥", "༢༠༢༤/༠༣/༠༥", "date");
    row("an Armenian age", "93 տարեկան կին, ընդունվել է", "93", "age");
    row("an Armenian age as an adjective", "93-ամյա հիվանդ", "93", "age");
    row("an Armenian age label", "Տարիք: 93\n", "93", "age");
    row("a Georgian age", "93 წლის ქალი", "93", "age");
    row("a Georgian age label", "ასაკი: 96\n", "96", "age");
    row("a Mongolian age", "93 настай эмэгтэй", "93", "age");
    row("a Mongolian age label", "Нас: 94\n", "94", "age");
    row("an Albanian age", "Pacientja 93 vjeç u shtrua", "93", "age");
    row("an Albanian age as an adjective", "një 93-vjeçare", "93", "age");
    row("an Albanian age label", "Mosha: 97\n", "97", "age");
    row("a Macedonian age", "Пациентка на 93 години", "93", "age");
    row("a Turkmen age", "93 ýaşly aýal", "93", "age");
    row("a Papiamentu age", "E pashent tin 93 aña", "93", "age");
    row("a Tok Pisin age", "Em i gat 93 krismas", "93", "age");
    row("a traditional Chinese age", "患者 93歲 女", "93", "age");
    row("a Chinese age glued to its label", "性別：女；年齡：93歲；", "93", "age");
    row("a Chinese age label apart", "年齡: 95\n", "95", "age");
    row("a Tigrinya age", "ዕድመ: 93 ዓመት", "93", "age");
    row("a Dhivehi age", "93 އަހަރު", "93", "age");
    row("an Armenian phone label", "Հեռ.: 010 12 34 56\n", "010 12 34 56", "phone");
    row("an Armenian phone with its area code", "հեռ. (010) 12-34-56", "(010) 12-34-56", "phone");
    row("an Armenian mobile", "+374 91 123456", "+374 91 123456", "phone");
    row("an Armenian letterhead's codes in brackets", "Հեռ. (+374 10) 12-34-56", "+374 10) 12-34-56", "phone");
    row("a Georgian letterhead's codes in brackets", "ტელ: (+995 32) 2 12 34 56", "+995 32) 2 12 34 56", "phone");
    row("a Georgian phone label", "ტელ.: 555 12 34 56\n", "555 12 34 56", "phone");
    row("a Georgian fax", "ფაქსი: 032 212 34 56\n", "032 212 34 56", "fax");
    row("a Mongolian phone label", "Утас: 9911 2233\n", "9911 2233", "phone");
    row("a Mongolian number after its country code", "+976 99112233", "+976 99112233", "phone");
    row("an Albanian mobile label", "Cel.: 069 123 4567\n", "069 123 4567", "phone");
    row("a Malay mobile of Brunei", "Tel. bimbit: 712 3456\n", "712 3456", "phone");
    row("a Singapore number in one group", "Contact +65 91234567 after 6pm", "+65 91234567", "phone");
    row("a number stored unspaced", "mobile=+6591234567;", "+6591234567", "phone");
    row("a Hong Kong phone after its label", "電話： 2123 4567", "2123 4567", "phone");
    row("a Hong Kong fax after its label", "傳真： 2123 4568", "2123 4568", "fax");
    row("a Fijian number of seven digits", "Ph: 331 1234\n", "331 1234", "phone");
    row("a Samoan landline of five digits", "Tel +685 22345", "+685 22345", "phone");
    row("a Tongan landline of five digits", "+676 23456 (home)", "+676 23456", "phone");
    row("a Trinidad number", "Tel: +1-868-625-1234", "+1-868-625-1234", "phone");
    row("a Tigrinya phone label", "ስልኪ: 07 123456\n", "07 123456", "phone");
    row("a Dhivehi phone label", "ފޯނު: 330 1234\n", "330 1234", "phone");
    row("a Commonwealth label with its No.", "Tel No.: 9123 4567\n", "9123 4567", "phone");
    row("a hand phone label with its No.", "HP No: 9123 4567\n", "9123 4567", "phone");
    row("a Tok Pisin phone label", "Fon namba: 7123 4567\n", "7123 4567", "phone");
    row("a Fijian phone label", "Naba ni talevoni: 999 1234\n", "999 1234", "phone");
    row("a Samoan number unbroken after its label", "Numera telefoni: 7712345\n", "7712345", "phone");
    row("a Papiamentu phone label", "Telefòn: 461 2345\n", "461 2345", "phone");
    row("an Armenian numeric date, the year's word glued", "Ծնվ. 05.03.1931թ.", "05.03.1931", "date");
    row("a Hong Kong phone glued to its label", "電話：21234567，傳真：2123 4568。", "21234567", "phone");
    row("a Hong Kong fax glued to its label", "電話：21234567，傳真：2123 4568。", "2123 4568", "fax");
    row("a Macau phone with its country code after the label", "電話：+853 2812 3456", "+853 2812 3456", "phone");
  }

  void findsThirdListDatesAgesPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those forms that must give nothing.
  void ignoresThirdListLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("Armenian and Georgian months without a year", "Դեղաչափ 5 մգ, 5 մարտի; დოზა 5 მგ, 5 მარტი.");
    row("an Armenian year with no month", "2024 թ. 5 հաբ օրական");
    row("a Georgian year with no day", "2024 წლის გეგმა, 93 გ/ლ");
    row("Mongolian months as a span", "3 сарын дараа; 3 сарын 5 хоног; 3 сарын 5.5 мг");
    row("a Mongolian flat and years", "93 тоот, 93 жил, гемоглобин 93 г/л");
    row("spans of years, not ages", "93 տարի; 93 წელი; 93 vjet");
    row("young ages in those languages", "75 տարեկան; 65 წლის; 70 настай; 80 vjeç; 85 ýaşly");
    row("a Russian we-have before a number", "у нас 95 коек");
    row("months without a year", "Doza 5 mars, 5 maj, 5 qershor; 5 Septemba; 5 Aokuso; 5 መጋቢት");
    row("lab values and doses in Cyrillic", "Гемоглобин 93 г/л; доза 5 мг; 3-р давхар 5 тоот");
    row("seven digits without a phone word", "Lot 331 1234, bed 330 1234, dose 461 2345 units");
    row("seven digits as a dose range after a phone word", "the number is 250 1000 mg; titrate 331 1234 mg");
    row("a plus before short numbers", "ΔHb +10 1234567; score +5 1234567; +20 mg");
    row("a year with a plus and a lot", "+2024 1234567; batch +65 9123");
    row("coordinates with a comma", "GPS: +41.7151, +44.8271");
    row("an infant's age in days and months after a Chinese label", "年齡：93天；年龄:95月");
    row("a Ge'ez month and a day without a year", "መጋቢት 5 ቀን ክኒና 2 ግዜ");
    row("a Turkmen ordinal day without a year", "5-nji mart güni 2 gezek; 3-nji otag");
    row("Mongolian counts per month", "1 сарын 2 удаа; 3 сарын 2 тун; 6 сарын 1 шахмал");
    row("weeks, rooms, beds, times and lots in Armenian, Georgian and Mongolian",
        "2024 оны 12 дахь долоо хоног, Өрөө 93, ор 5; 2024 წლის 12 კვირა, პალატა 93; ժամը 09:30, սերիա 931234");
    row("coordinates in degrees", "47.9184° N, 106.9177° E; -17.7134, 178.0650");
    row("di and a month without a year", "5 di mei; 5 di mart");
    row("a number after a word for number that is no phone's", "Bed no: 9123 4567; lot no. 7712345");
    row("epidemiological weeks and their years", "Epi week 12/2024; EW 12-2024; SE 12/2024; KW 12/2024");
    row("a Tamil month without a year and a young age", "5 மார்ச் மருந்து; 75 வயது");
    row("a signed value in brackets before numbers", "(+374 10) mg; (+12 5) 12 34");
    row("coordinates with a space", "GPS: +47.9184 106.9177; +41.7151 44.8271");
    row("a version glued to a Chinese label", "版本：12345678；批號：2024 0305");
    row("a Roman numeral and a number without the month's word", "Stage III 5; III сар 5");
    row("Tibetan fractions", "༢/༣ ཚད");
  }

  void ignoresThirdListLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Dates, ages and phones of pharmacy, dental, eye, transfusion and dialysis records (seed 3030):
  // a semicolon export's columns, and the dates the words before them give to no person.
  void findsThirtiethFamilyDatesAgesPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    const char* semicolons =
        "patient_id;naam;geboortedatum;insz;tel;sessie\n4471203;\"PEETERS, Els\";19310514;31.05.14-123.45;0471 23 45 67;"
        "2024-03-05\n";
    row("a Dutch birth-date column of a semicolon export", semicolons, "19310514", "date");
    row("a record-number column of a semicolon export", semicolons, "4471203", "mrn");
    row("a Spanish birth-date column", "nhc;fecha_nacimiento;sexo\n88412;19310514;F\n", "19310514", "date");
    row("a German birth-date column", "Geburtsdatum;Station\n14.05.1931;3B\n", "14.05.1931", "date");
    row("a prescription's date after Ordonnance du", "Ordonnance du 19/11/2025 - Dr Yao", "19/11/2025", "date");
    row("a passport's expiry stays a date", "Passport no. X1234567, expires 2031-02-14.", "2031-02-14", "date");
    row("an authorisation's expiry stays a date", "Prior authorization approved, expires 03/14/2025.", "03/14/2025",
        "date");
    row("a date after an act of the patient", "an act of self-harm on 5 June 2024", "5 June 2024", "date");
    row("a phone label qualified by whose line", "Tél. du cabinet : 60 975 765    Fax : 25 425 596", "60 975 765",
        "phone");
    row("a Cyrillic phone label qualified by a relative", "Тел. родственника: 8 (703) 314-74-94\n", "8 (703) 314-74-94",
        "phone");
    row("an OCR'd zero in the area code", "Тел. родственника: 8 (7O3) 314-74-94\n", "8 (7O3) 314-74-94", "phone");
    row("a Portuguese chat's my number", "o meu número 923 456 789 ", "923 456 789", "phone");
    row("a Wolof chat's my number", "sama numéro 77 123 45 67", "77 123 45 67", "phone");
    row("an Uzbek mobile with its code in brackets", "yetkazib beramiz, (90) 123-45-67 ga qo'ng'iroq", "(90) 123-45-67",
        "phone");
    row("a Spanish landline field", "Celular: 091 010 9859    Fijo: 585-0911\n", "585-0911", "phone");
    row("a Cuban landline unbroken", "Teléfono: 78345678 Lab slip", "78345678", "phone");
    row("a Belgian mobile after a name", "Verzoeker: dhr. Wim Vermeulen, 0471 23 45 67 Rapport", "0471 23 45 67",
        "phone");
    row("a semicolon export's phone column", semicolons, "0471 23 45 67", "phone");
    row("a Croatian age abbreviated god.", "rođena 1933., Dob: 92 god. Prebivalište: Ilica 162", "92", "age");
    row("a Tunisian Derja age in sna", "mabrouka 3andou 102 sna w ma ynajjemch", "102", "age");
    row("a male age glued to its sex stays an age", "Pt 93M, admitted from home", "93", "age");
    row("a Belgian landline after a name", "Verzoeker: mevr. Els Lambert, 02 563 00 62 Rapport", "02 563 00 62",
        "phone");
    row("a qualified phone label in capitals", "TÉL. DU CABINET : 47 037 590    FAX : 75 409 426", "47 037 590",
        "phone");
    row("ten bare digits after a word's field stay a phone", "Daughter Ana: 4155550198", "4155550198", "phone");
    row("a date field after a phone word stays a date", "Signature on file. Date: 2019.01.28 Witness", "2019.01.28",
        "date");
    row("a YYYYMMDD date after a phone word stays a date", "Signature on file. Date: 20240615 Witness", "20240615",
        "date");
  }

  void findsThirtiethFamilyDatesAgesPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresThirtiethFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a batch's expiry after exp with its dot", "Blister 4 of 28; batch H66DL320, exp. 2027-03.");
    row("a blood unit's expiry with its time", "O Rh(D) negative RBC, 285 mL, irradiated, expires 2026-02-14 23:59;");
    row("a Spanish lot's expiry", "Lote W64AB230, vence 08/2027; 1 tableta c/12 h");
    row("a Portuguese lot's expiry", "Lote 4471B, validade 2027-08-31.");
    row("a vial's expiry date label", "Insulin vial 10 mL, exp date: 14/02/2026.");
    row("a French law's date", "MISE EN OBSERVATION (loi du 26 juin 1990)");
    row("a law with its number", "en application de la loi n° 2002-303 du 4 mars 2002");
    row("an English law's date", "under the Act of 26 June 1990 and the Law of 5 March 2002");
    row("a Dutch law's date", "Wet van 26 juni 1990 betreffende de bescherming van de persoon");
    row("a semicolon export without PHI columns", "lot;product;volume\nW64AB230;RBC;285\n");
    row("a capitalised field after a phone word", "Phone Contact Date: 12 345 678");
    row("ten digits after an acronym's field", "Kit barcode GTIN: 7242493528");
    row("a Belgian landline's shape before a unit", "Doses 02 563 00 62 mg over four days");
    row("a ring road named by its width", "Clinic shuttle stops at the 100m Street roundabout.");
    row("a capitalised God. after a number", "Psalm 91 God. is our refuge; 95 good. 92 gods");
    row("a young Derja age", "3andou 75 sna");
    row("an unbroken run after a non-phone word", "Lote: 78345678; SKU 12345678");
    row("an O between letters after a trunk 8", "Тел.: 8 (ABO) 314-74-94");
    row("a number after my without a number word", "my dose 923 456 789 mg");
    row("bracketed pairs without the Uzbek dashes", "(90) 123 45 67 mg; (90) 12-34-56");
    row("four, two, two and two not from 04", "1471 23 45 67; 0371 23 45 67");
  }

  void ignoresThirtiethFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Ages, dates and phones of the public-health programmes of seed 3131's countries: Romanian and
  // Moldovan "ani", Kreol "an", Armenian, Tigrinya and Macedonian ages in Latin letters, relatives'
  // ages in the chats of other Englishes, an immunisation message's RXA dates.
  void findsThirtyFirstFamilyAgesDatesPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Romanian age label", "IDNP: 2576045166441\nVârsta: 103 ani\nAdresa: str. Ștefan cel Mare 12", "103", "age");
    row("a Romanian age without its diacritic", "Varsta: 94\n", "94", "age");
    row("a Romanian age in years in a chat", "buna ziua, cristina botnaru are 101 ani, poate face vaccinul", "101", "age");
    row("a Romanian age with de", "pacienta de 95 de ani, la domiciliu", "95", "age");
    row("a Kreol age in an", "mo so fille. li ena 93 an, li pa kapav vinn", "93", "age");
    row("an Armenian age in Latin letters", "tigran petrosyan-@ 92 tarekan e, gripi patvastum", "92", "age");
    row("a Tigrinya age in Latin letters", "selam nurse, senait tekle 92 ameta, medhanit", "92", "age");
    row("a Macedonian age in Latin letters", "babo katerina ima 98 godini, moze li vakcina", "98", "age");
    row("a Singlish relative's age with already", "my ah ma cheryl koh xiu ying 96 already, can do", "96", "age");
    row("a Singlish grandfather's age in capitals", "AH GONG KELVIN GOH KOK LEONG 92 ALREADY, CAN DO", "92", "age");
    row("a grandmother's spelled age without my", "brandon: grandma shanice is one hundred and three and the flu",
        "one hundred and three", "age");
    row("an uncle's spelled age with now", "mornin nurse, uncle dexter is ninety-three now and he", "ninety-three", "age");
    row("a Bhutanese mother's spelled age", "kuzuzangpo la, my ama dorji wangmo is ninety-nine, can the", "ninety-nine",
        "age");
    row("a Creolese relative's age with deh", "mi granny savitri deh ninety-nine and she foot swell", "ninety-nine", "age");
    row("a fax label qualified by its addressee", "Fax to CENO: 6974 8614\nDisease: Tuberculosis", "6974 8614", "fax");
    row("an Armenian phone label with its colon mark", "Vanadzor 2001\nՀեռ.՝ 099 84-22-58\nՊատվաստում", "099 84-22-58",
        "phone");
    row("an Armenian call in Latin letters", "kek poliklinika vaghy, zangeq 097 84-26-47\n", "097 84-26-47", "phone");
    row("a Romanian call at", "sau să sunați la 0646 88 872. Pentavalent", "0646 88 872", "phone");
    row("a Kreol call", "ok, nou pou pass lakaz. apel 5212 2112\n", "5212 2112", "phone");
    row("a Tok Pisin ring", "ol i stap long wewak. ring 7303 4741\n", "7303 4741", "phone");
    row("a chat's call me", "ok can, we come thursday. call me 9586 3156\n", "9586 3156", "phone");
    row("a Cantonese call glued to its words", "ok, 24/12 9:30, 有問題打 5806 4368\n", "5806 4368", "phone");
    row("a death's informant and her number", "Informant: Ugyen Tshering, 17 24 84 10\nPart I", "17 24 84 10", "phone");
    row("a partner's number", "Partner: Kabelo Motsamai, 76 423 678\nG3P2", "76 423 678", "phone");
    row("a parent's seven digits dashed", "Parent: Aishath Shareef, 989-5928\nAddress: H. Dhoores", "989-5928", "phone");
    row("a next of kin's seven digits", "Next of kin: Quacy Benn, 626-7829\nPostnatal day 7", "626-7829", "phone");
    row("an SMS addressed to a number", "sms 21/1 to 73 394 837: dumela mpho, o gopolwa", "73 394 837", "phone");
    row("an SMS's address opening its line", "sms 21/1\nto 73 394 837: dumela mpho", "73 394 837", "phone");
    row("an SMS from a number", "ekimi nino kvaratskhelia from 578 81 72 15: madloba", "578 81 72 15", "phone");
    row("an appointment's day before a comma and its hour", "emdegi vizit aivisis centrshi 28/5, 10:00. ekimi", "28/5",
        "date");
    row("an SMS reminder's day", "sms reminder 27/12 to 081 640 3379: hello ndapewa", "27/12", "date");
    row("an SMS reminder's day closing its line", "sms reminder 27/12\nto 081 640 3379: hello ndapewa", "27/12", "date");
    row("a CHA's SMS day closing its line", "sms from cha siaka, 11/7\nreferral: musu flomo, 35 yrs", "11/7", "date");
    row("a CHA's SMS day after the sender", "sms from cha siaka, 11/7 referral: musu flomo, 35 yrs", "11/7", "date");
    row("an OCR'd cell number on file", "BIRTH Serowe\nCell on file: 75 96O 275\n", "75 96O 275", "phone");
    row("the last of contacts listed by semicolons",
        "Contacts: Ann Ali (wife), 639-1234; Candice Ali, 675-8109\nExposure", "675-8109", "phone");
    row("a study coordinator named without a colon", "Study coordinator Ng Boon Kiat, 9892 3977\n", "9892 3977", "phone");
    row("a Setswana reminder's day after ka", "o gopolwa gore o tla kwa clinic ka 6/11 go tsaya dipilisi", "6/11", "date");
    row("a number closing a chat message", "sms 4/3\nsenait: hibey, tsebah nimtsa. 07 232 289\n", "07 232 289", "phone");
    row("seven digits closing a chat message", "aminath: miadhu 4 ga clinic ah genesdheebalaa. 711-0567\n", "711-0567",
        "phone");
    row("a Georgian carer's number", "მისამართი: თბილისი\nმომვლელი: ნინო ბერიძე, 584 41 31 04\n", "584 41 31 04", "phone");
    row("an immunisation message's administration date",
        "RXA|0|1|20240807||187^Zoster recombinant^CVX|0.5|mL||||||||AB12C||MSD\n", "20240807", "date");
  }

  void findsThirtyFirstFamilyAgesDatesPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresThirtyFirstFamilyLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a young Romanian age", "Vârsta: 45 ani");
    row("an English article after a number", "Counted 95 an hour; 100 an episode");
    row("an age under ninety with already", "my ah ma is 86 already, can do");
    row("a count with already and no relative", "gave 100 already, then stopped");
    row("a dose given already after my", "my dose 100 already given");
    row("an uncle's age under ninety", "my uncle is eighty-nine now and he");
    row("a rate with deh", "de rate deh ninety and regular");
    row("a count of an address line without a colon", "Moved from 12 34 56 78 to ward 3");
    row("a fax label's count of pages", "Fax to CENO: 4 pages");
    row("a seven-digit range after a field that is no role", "Stock: Oral Syrup, 250-1000 mg");
    row("a ring's size", "Ring size 12 34, lot 5678");
    row("a pain score before a comma and an hour", "Pain 7/10, 14:00 oral morphine 5 mg");
    row("a fraction on a first line with no message after it", "text reply rate 3/4 in the cluster, none by call");
    row("a fraction on a line that is no message", "Coverage 3/4 of villages, to report: 12");
    row("a count after a file word", "Notes on file: 12 lOO pages");
    row("a dose range after a list of items", "Stock: Oral Syrup; Tablets, 250-1000 mg");
    row("a fraction closing a line that no message opens", "children reached 3/4\nnext round in May");
    row("a dose range after a product without a role", "Stock at Central Store, 250 1000 mg");
    row("a fraction after another word", "o tsere 3/4 ya dipilisi");
    row("a count closing a sentence of a report line", "Coverage report: doses given. 12 340 516\n");
    row("a range closing a chat line before a unit", "nurse: give it twice. 250-1000 mg\n");
    row("a number closing a line with no speaker", "The store was restocked today. 07 232 289\n");
    row("a Georgian field that is no role before pairs", "ვაქცინა: პენტა, 12 34 56 78\n");
    row("Romanian years ago", "spitalul a fost construit acum 100 de ani; peste 90 ani de tradiție");
    row("a vaccine lot in an RXA segment", "RXA|0|1|||187^Zoster recombinant^CVX|0.5|mL||||||||20240807||MSD\n");
  }

  void ignoresThirtyFirstFamilyLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Dates and ages of travel, cross-border and expedition records (seed 2929's countries): month
  // names of Finnish, Serbian (Latin and Cyrillic), Malay, Swahili, Austrian German and Nepal's
  // Bikram Sambat calendar; a passport's machine-readable zone; a chat titled by its app.
  void findsTravelDatesAndAges_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Finnish month in the partitive", "Päivämäärä: 5. maaliskuuta 2024\n", "5. maaliskuuta 2024", "date");
    row("a Serbian month, the closing dot outside", "Prijem: 5. marta 2024.\n", "5. marta 2024", "date");
    row("a Serbian month in Cyrillic", "Београд, 5. марта 2024.\n", "5. марта 2024", "date");
    row("a Serbian month in Cyrillic capitals", "БЕОГРАД, 15. СЕПТЕМБРА 2024.\n", "15. СЕПТЕМБРА 2024", "date");
    row("a Malay month", "Klinik Kesihatan, 5 Mac 2024\n", "5 Mac 2024", "date");
    row("a Malay August", "Tarikh: 12 Ogos 2024\n", "12 Ogos 2024", "date");
    row("a Swahili month", "Tarehe: 5 Machi 2024\n", "5 Machi 2024", "date");
    row("an Austrian January", "Feldkirch, am 5. Jänner 2024\n", "5. Jänner 2024", "date");
    row("a Bikram Sambat month", "Miti: 22 Falgun 2080 B.S.\n", "22 Falgun 2080", "date");
    row("a passport's birth date in its machine-readable zone",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n", "740812", "date");
    row("a passport's expiry date in its machine-readable zone",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n", "120415", "date");
    row("an identity card's birth date in its machine-readable zone (TD1)", "7408122F1204159UTO<<<<<<<<<<<6\n",
        "740812", "date");
    row("a chat titled by its app", "viber 4/10\nmiloš: tata je u bolnici\n", "4/10", "date");
    row("a chat's day before its app", "16/8 whatsapp\nwílmar: doc ya llegué\n", "16/8", "date");
    row("a day of departure", "Kilimanjaro trek, departing 5/6 from Moshi\n", "5/6", "date");
    row("a Swahili age after its label", "Jina: Neema Lyimo\nUmri: 97    Jinsia: Ke\n", "97", "age");
    row("a romanised Nepali age in years", "Umer: 96 barsa\nNagarikta no.:", "96", "age");
    row("a German age abbreviated", "Patient/in: Theresia Pichler, 93 J.\nNation AUT\n", "93", "age");
    row("an age set off with its y", "Climber: Aino Heikkinen, 93 y, Finland\n", "93", "age");
    row("an age after an inverted name in a person's field", "Crew member: KOSKINEN, Jussi, 98, able seaman\n", "98", "age");
    row("a spelled age in a lower-case chat line", "family chat\nbonnie jo: harlan is ninety-eight and still dancing\n",
        "ninety-eight", "age");
    row("a Serbian number with its slash", "Telefon: 066/936-0160\nPrijem:", "066/936-0160", "phone");
    row("a Nepali mobile dashed", "Guide: Pasang Lhamu Magar, 985-5824836\nDoctor:", "985-5824836", "phone");
    row("a Chinese mobile glued to its label", "联系电话：136 1831 7781\n", "136 1831 7781", "phone");
    row("a Peruvian mobile after llamen al", "si empeora llamen al 901 402 692 por favor", "901 402 692", "phone");
    row("a Peruvian landline after llamen al", "llamen al (084) 27-2697\n", "(084) 27-2697", "phone");
    row("an Argentine mobile with its 15", "mi celular 11 15-4719-6265\n", "11 15-4719-6265", "phone");
    row("a Swiss mobile in pairs", "Angehörige: Herr Beat Bühlmann, 076 014 83 63\n", "076 014 83 63", "phone");
    row("a Finnish street, postcode and town", "Adress: Mannerheimintie 38, 90100 Oulu\nResa", "Mannerheimintie 38, 90100 Oulu",
        "address");
    row("an Austrian house, stair and door", "Wohnhaft: Mariahilfer Straße 6/1/15, 6580 St. Anton am Arlberg\n",
        "Mariahilfer Straße 6/1/15, 6580 St. Anton am Arlberg", "address");
    row("an Austrian address after wohnhaft", "Wohnhaft: Getreidegasse 65, 1060 Wien    Tel.: 0664 746 83 39\n",
        "Getreidegasse 65, 1060 Wien", "address");
    row("a Chinese address after its glued label", "住址：四川省成都市武侯区人民南路160号8号楼1单元501室\n",
        "四川省成都市武侯区人民南路160号8号楼1单元501室", "address");
    row("a Chinese address after an English label", "Home address: 北京市朝阳区建国路35号7号楼4单元2603室\nE-mail",
        "北京市朝阳区建国路35号7号楼4单元2603室", "address");
    row("a Nepali ward and house after thegana", "Stahi thegana: Ward No. 20, House 65, Lakeside, Pokhara-6, Kaski 33700\n",
        "Ward No. 20, House 65, Lakeside, Pokhara-6, Kaski 33700", "address");
    row("a Jamaican parish's town", "DOB: 09/09/1931\nParish / district: Mandeville\nNoise dose", "Mandeville", "address");
    row("an address after domicilié(e)", "Concerne : né(e) le 14.05.1951, domicilié(e) Rue de Lausanne 19, 3920 Zermatt\n",
        "Rue de Lausanne 19, 3920 Zermatt", "address");
    row("a Sri Lankan address after Lipinaya", "Lipinaya: No. 63/8, Hospital Road, Jaffna 40000\n",
        "No. 63/8, Hospital Road, Jaffna 40000", "address");
  }

  void findsTravelDatesAndAges() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresTravelDateAndAgeLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("month-like words without a year", "dose 5 mac; 12 jun review; 22 magh room; 3 asar tablets.");
    // (An identity card's second line (TD1), which opens with the birth date: a passport's line
    // would still carry its document number, PHI whatever its dates' check digits say.)
    row("a machine-readable line with a wrong check digit", "7408123F1204159UTO<<<<<<<<<<<6");
    row("a pain score after an app's name mid-line", "whatsapp pain 4/10 tonight, better by morning.");
    row("a measure after a trip word", "returning 3/4 cup of the mix to the kitchen.");
    row("young ages in those languages", "Umri: 45; umer 60 barsa; 72 Jahre; 80 J.");
    row("slashed and dashed numbers that are no Serbian phone", "Doses 063/57-5703 mg and 0/577-5703 units.");
    row("grouped counts that are no Chinese or Swiss mobile", "Counts 236 1831 7781 and 126 183 7781; 176 014 83 63.");
    row("a dashed order number that is no Nepali mobile", "Order 995-5824836 and 985-582483 filed.");
    row("llamen al before no number", "llamen al médico de guardia si empeora.");
    row("a row of doses in pairs with their unit", "Steps 025 125 25 50 mg over four days.");
    row("a bed's number in Chinese is no address", "诊断：急性高原病，3号床，建议复查。");
    row("a hospital ward after an address label", "Address: Ward 5, bed 2\nHome: lives alone");
    row("scores after a label with capitalised words", "Scores: Borg, Berg, 95, TUG 12 s");
    row("a spelled rate in a chat line", "nurse: rate is ninety and very regular, bp is one hundred and still low");
    row("domicilié(e) before no address", "Patient(e) domicilié(e) à l'étranger, sans adresse fixe.");
    row("a district label before a team", "District: North team\nParish council meeting: Tuesday");
    row("address labels without an address", "Wohnhaft: allein, 2 Stufen\nLipinaya: not given, see page 2");
    row("a dose schedule after a street-like word", "Plan: weg 6/1/15 mg taper, am 3 Tage pausieren.");
  }

  void ignoresTravelDateAndAgeLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // National identity, person, social-insurance, health-insurance and record numbers of the world
  // (world_id_labels.cpp): countries of more than 30 million inhabitants, the EU/EEA and
  // Switzerland, the OECD. One table per region.
  void findsWorldIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Iberia and Latin America.
    row("a Spanish DNI", "Paciente: Lucía Gómez    DNI: 12345678Z\n", "12345678Z", "license");
    row("a Spanish NIE", "NIE: X1234567L    Nacionalidad: marroquí\n", "X1234567L", "license");
    row("a Spanish health card's CIP", "CIP: BBBB123456789012\n", "BBBB123456789012", "health_plan");
    row("an Argentine CUIL", "Afiliado: Juan Pérez    CUIL: 20-12345678-3\n", "20-12345678-3", "license");
    row("a Mexican voter card", "Credencial INE: 1234567890123\n", "1234567890123", "license");
    row("a Mexican RFC", "RFC: GODE561231GR8    CURP en trámite\n", "GODE561231GR8", "license");
    row("a Colombian CC", "Paciente: Andrés Ruiz    CC: 1020304050    EPS: Sura\n", "1020304050", "license");
    row("a Colombian cédula de ciudadanía", "Cédula de ciudadanía: 1.020.304.050\n", "1.020.304.050", "license");
    row("a Colombian NIT", "NIT: 900123456-7\n", "900123456-7", "license");
    row("a Colombian C.C. with dots", "Paciente: Andrés Ruiz, identificado con C.C. 1.020.304.050 de Bogotá\n",
        "1.020.304.050", "license");
    row("a Spanish D.N.I. with dots", "D.N.I. 12345678Z\n", "12345678Z", "license");
    row("a DNI after its number head", "Número de DNI: 12345678Z\n", "12345678Z", "license");
    row("a DNI before its number head", "DNI nº 12345678Z\n", "12345678Z", "license");
    row("a CURP-era INE number", "No. de credencial INE: 1234567890123\n", "1234567890123", "license");
    row("a Turkish TCKN", "TCKN: 10000000146\n", "10000000146", "license");
    row("a Serbian JMBG in Cyrillic", "ЈМБГ: 0101985710123\n", "0101985710123", "mrn");
    row("a Korean RRN in a spaced sentence", "환자 주민등록번호 900101-1234567 확인\n", "900101-1234567", "license");
    row("a Japanese patient number", "患者番号：00123456\n", "00123456", "mrn");
    row("a Hong Kong identity card", "身份證號碼：A1234563\n", "A1234563", "license");
    row("a Taiwanese identity card", "身分證字號 A123456789\n", "A123456789", "license");
    row("a Brazilian C.P.F. with dots", "C.P.F.: 603.393.174-98\n", "603.393.174-98", "license");
    row("a Venezuelan CI", "Paciente: José Rojas    CI: 12.345.678\n", "12.345.678", "license");
    row("a Brazilian RG", "RG: 12.345.678-9    CPF em branco\n", "12.345.678-9", "license");
    row("a Brazilian SUS card", "Cartão do SUS: 898001234567890\n", "898001234567890", "health_plan");
    row("a Portuguese NISS", "NISS: 12345678901\n", "12345678901", "license");
    // Western and central Europe.
    row("a French CNI", "CNI: 880692310285\n", "880692310285", "license");
    row("a Belgian INSZ", "INSZ: 85073003328\n", "85073003328", "mrn");
    row("an Italian codice fiscale", "Codice fiscale: RSSMRA85T10A562S\n", "RSSMRA85T10A562S", "license");
    row("a German identity card", "Personalausweis: L01X00T47\n", "L01X00T47", "license");
    row("an Austrian SVNR", "SVNR: 1234010180\n", "1234010180", "health_plan");
    row("an Austrian SVNR in its two groups", "Sozialversicherungsnummer: 1234 010180\n", "1234 010180", "health_plan");
    row("a German tax identification number", "Steueridentifikationsnummer: 12345678901\n", "12345678901", "license");
    row("a German pension insurance number", "Rentenversicherungsnummer: 65170839J003\n", "65170839J003", "license");
    row("a German health insurance number in one word", "Krankenversichertennummer: A123456780\n", "A123456780",
        "health_plan");
    row("a Swiss AHV number", "AHV-Nr.: 756.1234.5678.97\n", "756.1234.5678.97", "mrn");
    row("a Swiss AVS number in French", "N° AVS : 756.2665.4747.83\n", "756.2665.4747.83", "mrn");
    row("a British National Insurance number", "NI number: QQ123456C\n", "QQ123456C", "license");
    // Nordic, Baltic and south-eastern Europe.
    row("a Finnish HETU", "Henkilötunnus: 131052-308T\n", "131052-308T", "mrn");
    row("a Finnish HETU in Swedish", "Patient: Jo Nieminen Personbeteckning: 120330-028T\n", "120330-028T", "mrn");
    row("an Argentine PAMI affiliate number", "DNI: 22.421.924    Afiliado PAMI N° 158630590117/00\n",
        "158630590117/00", "health_plan");
    row("a Serbian LBO", "JMBG: 2505946795595    LBO: 92970688487\n", "92970688487", "health_plan");
    row("a Serbian LBO in Cyrillic", "ЛБО: 47135944165\n", "47135944165", "health_plan");
    row("a Peruvian EsSalud autogenerado", "Autogenerado EsSalud: 0501147NDNM142\n", "0501147NDNM142", "health_plan");
    row("a Moroccan CNSS registration", "CIN BK180878, immatriculation CNSS 994856370, demeurant à Rabat\n", "994856370",
        "health_plan");
    row("a Swiss insurance card number", "Karten-Nr.: 80756863062318488675\n", "80756863062318488675", "health_plan");
    row("a Jamaican NHF card", "TRN: 122-402-548 NHF card: NHF95485867\n", "NHF95485867", "health_plan");
    row("a Nepali health insurance number", "Bima no. (HIB): 239037348\n", "239037348", "health_plan");
    row("an Argentine historia clínica", "Tel.: +54 11 1518-8716 HC N° 204-947-19\n", "204-947-19", "mrn");
    row("a Chinese inpatient number", "住院号：CW055527 医保号：10000071602591\n", "CW055527", "mrn");
    row("an Icelandic kennitala", "Kennitala: 120174-3389\n", "120174-3389", "mrn");
    row("an Estonian isikukood", "Isikukood: 38001085718\n", "38001085718", "mrn");
    row("a Croatian OIB", "OIB: 12345678903\n", "12345678903", "mrn");
    row("a Slovenian EMSO", "EMŠO: 0101985500123\n", "0101985500123", "mrn");
    row("a Serbian JMBG", "JMBG: 0101985710123\n", "0101985710123", "mrn");
    row("a Bulgarian EGN in Cyrillic", "ЕГН: 8501011234\n", "8501011234", "mrn");
    row("a Greek AMKA in Greek letters", "ΑΜΚΑ: 05038512345\n", "05038512345", "mrn");
    // Russia, Turkey, the Middle East and Africa.
    row("a Russian SNILS", "СНИЛС: 12345678901\n", "12345678901", "license");
    row("a Russian OMS policy", "Полис ОМС: 1234567890123456\n", "1234567890123456", "health_plan");
    row("an Iranian kod melli", "Kod melli: 0012345678\n", "0012345678", "license");
    row("an Egyptian national number in Arabic", "الرقم القومي: 28501011234567\n", "28501011234567", "license");
    row("a Kenyan Huduma Namba", "Huduma Namba: 12345678\n", "12345678", "license");
    row("a Tanzanian NIDA number", "NIDA: 19850101-12345-00001-12\n", "19850101-12345-00001-12", "license");
    // South and south-east Asia, Oceania, North America.
    row("an Indian ABHA number", "ABHA number: 12-3456-7890-1234\n", "12-3456-7890-1234", "mrn");
    row("an Indian PAN", "PAN: ABCDE1234F\n", "ABCDE1234F", "license");
    row("a Bangladeshi NID", "NID: 1234567890123\n", "1234567890123", "license");
    row("a Malaysian MyKad", "MyKad: 850101-14-5678\n", "850101-14-5678", "license");
    row("a Malaysian IC No.", "Name: Siti Aminah    IC No.: 850101-14-5678\n", "850101-14-5678", "license");
    row("an Indonesian KTP", "No. KTP: 3174054508890001\n", "3174054508890001", "license");
    row("a Philippine SSS number", "SSS No.: 34-1234567-8\n", "34-1234567-8", "license");
    row("a Philippine TIN", "TIN: 123-456-789-000\n", "123-456-789-000", "license");
    row("an Australian tax file number", "TFN: 123456782\n", "123456782", "license");
    row("a Canadian NAS", "NAS: 123-456-789\n", "123-456-789", "ssn");
    row("a phone number after a copy line stays a phone", "cc: 310-555-1234 (fax)\n", "310-555-1234", "phone");
    row("an Australian TFN in groups", "TFN: 123 456 782\n", "123 456 782", "license");
    row("a Canadian NAS in groups", "NAS : 123 456 789\n", "123 456 789", "ssn");
    row("a Malaysian IC No. without dashes", "IC No: 850101145678\n", "850101145678", "license");
    row("an Indian Aadhaar in groups", "Aadhaar: 7720 1479 8496\n", "7720 1479 8496", "license");
    row("a Japanese My Number card", "My Number card: 1234 5678 9012\n", "1234 5678 9012", "license");
    row("an Indonesian medical record number", "No. RM: 12-34-56\n", "12-34-56", "mrn");
    row("a Chilean ficha clínica", "Ficha clínica: 1234567\n", "1234567", "mrn");
    row("a Polish identity card", "Dowód osobisty: ABC123456\n", "ABC123456", "license");
    row("an Israeli ID in Hebrew", "ת.ז. 328008427\n", "328008427", "license");
    row("a Saudi iqama number in Arabic", "رقم الإقامة: 2137425587\n", "2137425587", "license");
    row("a Vietnamese social insurance code", "Mã số BHXH: 0123456789\n", "0123456789", "health_plan");
    row("an Indian ESIC number", "ESIC no.: 3112345678\n", "3112345678", "health_plan");
    row("a Chinese record number before a date", "病历号: 123456 2024-01-02 入院\n", "123456", "mrn");
    row("a Chinese visit card number", "就诊卡号：00123456\n", "00123456", "mrn");
    // Scripts written without spaces.
    row("a Chinese resident identity card", "姓名：王伟\n身份证号：11010119900307457X\n", "11010119900307457X", "license");
    row("a Chinese medical insurance card", "医保卡号：1234567890\n", "1234567890", "health_plan");
    row("a Chinese record number", "病历号: A0012345\n", "A0012345", "mrn");
    row("a Japanese My Number", "マイナンバー: 1234 5678 9012\n", "1234 5678 9012", "license");
    row("a Korean resident registration number", "주민등록번호: 900101-1234567\n", "900101-1234567", "license");
    row("a Thai citizen identification number", "เลขประจำตัวประชาชน 1234567890123\n", "1234567890123", "license");
    // Travel documents, permits and registrations of the world (travel and occupational care).
    row("a Spanish passport label", "Pasaporte: 818811897  Edad: 19\n", "818811897", "license");
    row("a passport after a cédula", "con cédula 36.756.257 y pasaporte AX551018, requiere repatriación",
        "AX551018", "license");
    row("a French passport label", "CIN : BK683327    Passeport : CP3657601\n", "CP3657601", "license");
    row("a German passport label", "Staatsangehörigkeit SRB    Reisepass 906804810\n", "906804810", "license");
    row("a Malay passport label", "Nama: Tan Pei Shan    No. Pasport: H17837810\n", "H17837810", "license");
    row("a Serbian passport label", "Broj paso\u0161a: 817194586\n", "817194586", "license");
    row("a Chinese passport label", "护照号码：E12345678\n", "E12345678", "license");
    row("a seafarer's book", "Rank: able seaman Seafarer's book: JM879712\n", "JM879712", "license");
    row("a Serbian work permit", "Radna dozvola br. M28570874\n", "M28570874", "license");
    row("a Malaysian identity card", "No. K/P: 751215-01-2294\n", "751215-01-2294", "license");
    row("a Malaysian certificate", "No. sijil: BB-3642260\n", "BB-3642260", "license");
    row("a Sri Lankan NIC", "Applicant: Thilini Senanayake NIC: 195460107997\n", "195460107997", "license");
    row("a Jamaican TRN", "Patient: Tameka Grant    TRN: 122-402-548\n", "122-402-548", "license");
    row("an Argentine CUIL under DNI", "Andinista: JUAN BENÍTEZ    DNI: 20-29559430-3\n", "20-29559430-3", "license");
    row("a climbing permit", "Permiso de ascenso N° Y92337076\n", "Y92337076", "license");
    row("a Malaysian Medical Council number", "Dr. Ooi Wei Jie, MMC 21915\n", "21915", "license");
    row("a Peruvian medical college number", "Dr. Percy Apaza Huamán - CMP 54299\nLima", "54299", "license");
    row("a Moroccan INPE under the signature", "Confraternellement,\nDr Hicham Chraibi\nINPE 90620\n", "90620", "license");
    row("an Argentine matrícula nacional", "Dra. María Benítez, M.N. 20497\nBuenos Aires", "20497", "license");
    row("a passport's MRZ document number",
        "P<CHEMUSTER<<VRENI<<<<<<<<<<<<<<<<<<<<<<<<<<\nX5991957<6CHE2401081F3306275<<<<<<<<<<<<<<02\n", "X5991957",
        "license");
    row("a rental car plate", "Mietwagen: W-742 NF, FIN BLH33V83RN3861689\n", "BLH33V83RN3861689", "vehicle");
    row("a financial number that is no VIN", "Transfer FIN: 775223942\n", "775223942", "account");
    row("an identity number under a JSON key",
        "{\"caseNo\":\"AC-1234\",\"idNo\":\"440106194701166779\",\"dob\":\"19470116\"}\n",
        "440106194701166779", "license");
    row("a passport number under a JSON key", "{\"passportNo\":\"E12345678\",\"flight\":\"LX318\"}\n",
        "E12345678", "license");
    row("a DNI given in a chat when asked for",
        "operadora: nos pasás el dni?\njuan ignacio: 20-20389692-0, mi celular 11 15-4719-6265\n", "20-20389692-0",
        "license");
    row("a passport given in a chat when asked for", "agent: and your passport?\nmaria: AB1234567\n", "AB1234567",
        "license");
    row("a Jamaican NHF card", "TRN: 122-402-548 NHF card: NHF95485867 Address:", "NHF95485867", "health_plan");
    row("a rental car's Austrian plate", "Mietwagen: W-742 NF, FIN BLH33V83RN3861689\n", "W-742 NF", "vehicle");
    row("a Swiss canton plate of the patient's car", "Fahrzeug des Patienten am Parkplatz: VS 83531\nAlarm", "VS 83531", "vehicle");
    row("a German VIN label", "Fahrgestellnummer: WVWZZZ1JZXW000001\n", "WVWZZZ1JZXW000001", "vehicle");
    row("a Moroccan social-security enrolment", "CIN : BK180878, immatriculation CNSS 994856370, demeurant",
        "994856370", "health_plan");
    // The second list of countries (8 to 30 million; Arabic, French, Portuguese, Spanish, Russian).
    row("a Kazakh IIN", "Пациент: Ахметов Ерлан    ИИН: 850101300123\n", "850101300123", "mrn");
    row("a Kazakh ZhSN", "ЖСН 900215400567\n", "900215400567", "mrn");
    row("an Uzbek PINFL", "ПИНФЛ: 31234567890123\n", "31234567890123", "mrn");
    row("a Kyrgyz PIN", "ПИН: 21201199000123\n", "21201199000123", "mrn");
    row("a Belarusian identification number", "Идентификационный номер: 3120383A001PB6\n", "3120383A001PB6", "mrn");
    row("a Russian passport after the number sign", "Паспорт № 4510 123456\n", "4510 123456", "license");
    row("a foreign-travel passport", "Загранпаспорт: 751234567\n", "751234567", "license");
    row("a Russian driving licence", "Водительское удостоверение № 7712345678\n", "7712345678", "license");
    row("a Russian medical card number", "Номер медицинской карты: 458712\n", "458712", "mrn");
    row("a Russian case history", "История болезни № 12345/2024\n", "12345/2024", "mrn");
    row("an outpatient card", "Номер амбулаторной карты: 0045871\n", "0045871", "mrn");
    row("a Bulgarian foreigner's number", "ЛНЧ: 1001234567\n", "1001234567", "mrn");
    row("a Bulgarian identity card", "Лична карта № 645123789\n", "645123789", "license");
    row("a Bulgarian driving licence", "Шофьорска книжка: 285123456\n", "285123456", "license");
    row("a Russian plate", "Гос. номер: А123ВС77\n", "А123ВС77", "vehicle");
    row("a Bulgarian plate", "Регистрационен номер: СА1234ВК\n", "СА1234ВК", "vehicle");
    row("a Jordanian national number", "الرقم الوطني: 9851012345\n", "9851012345", "mrn");
    row("an Iraqi unified card", "البطاقة الموحدة: 199012345678\n", "199012345678", "license");
    row("an Algerian national identification number", "رقم التعريف الوطني: 109850123456789012\n", "109850123456789012",
        "mrn");
    row("a Tunisian identity card in Arabic", "بطاقة التعريف: 08123456\n", "08123456", "license");
    row("a Tunisian national identity card in Arabic", "بطاقة التعريف الوطنية: 08123456\n", "08123456", "license");
    row("a Tunisian CIN", "CIN : 08123456\n", "08123456", "license");
    row("a Ugandan NIN", "NIN: CM85012345ABCD\n", "CM85012345ABCD", "license");
    row("a Senegalese CNI", "CNI : 1751198501234\n", "1751198501234", "license");
    row("a passport in Arabic", "جواز السفر رقم N1234567\n", "N1234567", "license");
    row("a driving licence in Arabic", "رخصة القيادة: 12345678\n", "12345678", "license");
    row("social security in Arabic", "رقم الضمان الاجتماعي: 1234567890\n", "1234567890", "health_plan");
    row("a hospital file in Arabic", "رقم الملف: 2024-00871\n", "2024-00871", "mrn");
    row("a medical record in Arabic", "رقم السجل الطبي: 458123\n", "458123", "mrn");
    row("a chassis in Arabic", "رقم الشاصي: JTDBR32E720123456\n", "JTDBR32E720123456", "vehicle");
    row("an Ivorian NNI (the register's personal number)", "NNI : 12345678901\n", "12345678901", "mrn");
    row("a Burkinabe CNIB", "CNIB : B1234567\n", "B1234567", "license");
    row("a residence card", "Carte de séjour : 9912345678\n", "9912345678", "license");
    row("a Tunisian CNAM number", "CNAM : 1234567890\n", "1234567890", "health_plan");
    row("a Gabonese CNAMGS number", "CNAMGS : 123456789012\n", "123456789012", "health_plan");
    row("an Algerian Chifa card", "Carte Chifa : 123456789012\n", "123456789012", "health_plan");
    row("a mutuelle member number", "Mutuelle : 12345678\n", "12345678", "health_plan");
    row("a Belgian national number in French", "Numéro national : 85.07.30-033.28\n", "85.07.30-033.28", "mrn");
    row("a Belgian national register number", "Rijksregisternummer: 85.07.30-033.28\n", "85.07.30-033.28", "mrn");
    row("a Belgian ziekenfonds number", "Ziekenfonds: 12345678901\n", "12345678901", "health_plan");
    row("a French plate under its full label", "Plaque d'immatriculation : AB-123-CD\n", "AB-123-CD", "vehicle");
    row("a Belgian plate", "Nummerplaat: 1-ABC-123\n", "1-ABC-123", "vehicle");
    row("an Angolan BI", "BI: 001234567LA041\n", "001234567LA041", "license");
    row("a Mozambican BI", "BI: 110100123456A\n", "110100123456A", "license");
    row("a Portuguese-African driving licence", "Carta de condução: 123456789\n", "123456789", "license");
    row("a Mozambican INSS number", "INSS: 123456789\n", "123456789", "health_plan");
    row("a hospital's processo", "Processo: 123456\n", "123456", "mrn");
    row("a Guatemalan DPI", "DPI: 2456789010101\n", "2456789010101", "license");
    row("a Guatemalan CUI", "CUI: 2456789010101\n", "2456789010101", "license");
    row("a Cuban carné de identidad", "Carné de identidad: 85010112345\n", "85010112345", "license");
    row("a Cuban CI", "CI: 85010112345\n", "85010112345", "mrn");
    row("a Venezuelan cédula with its letter", "Cédula: V-12.345.678\n", "V-12.345.678", "license");
    row("a Dominican cédula", "Cédula: 001-1234567-8\n", "001-1234567-8", "license");
    row("an Ecuadorian cédula", "Cédula de identidad: 1712345678\n", "1712345678", "license");
    row("a Honduran DNI", "DNI: 0801-1990-12345\n", "0801-1990-12345", "license");
    row("a Spanish-American driving licence", "Licencia de conducir: B12345678\n", "B12345678", "license");
    row("a Peruvian brevete", "Brevete: Q12345678\n", "Q12345678", "license");
    row("an Ecuadorian IESS affiliation", "IESS: 1712345678\n", "1712345678", "health_plan");
    row("a Guatemalan IGSS affiliation", "IGSS: 123456789\n", "123456789", "health_plan");
    row("a Spanish chassis label", "Número de chasis: 9BWZZZ377VT004251\n", "9BWZZZ377VT004251", "vehicle");
    row("a Rwandan indangamuntu", "Indangamuntu: 1198580012345012\n", "1198580012345012", "license");
    row("a Zambian NRC", "NRC: 123456/10/1\n", "123456/10/1", "license");
    row("a Zimbabwean national registration", "National registration no.: 63-123456-A-42\n", "63-123456-A-42", "license");
    row("a Myanmar NRC", "NRC: 12/ThaGaKa(N)123456\n", "12/ThaGaKa(N)123456", "license");
    row("a Croatian identity card", "Osobna iskaznica: 112345678\n", "112345678", "license");
    row("a Serbian identity card", "Lična karta br. 009876543\n", "009876543", "license");
    row("a JMBG under its words", "Matični broj: 0101985710123\n", "0101985710123", "mrn");
    row("a Croatian HZZO number", "HZZO: 123456789\n", "123456789", "health_plan");
    row("a Croatian health card", "Broj zdravstvene iskaznice: 12345678901\n", "12345678901", "health_plan");
    row("a Serbo-Croatian driving licence", "Vozačka dozvola: 12345678\n", "12345678", "license");
    row("a Croatian plate", "Registarska oznaka: ZG 1234-AB\n", "ZG 1234-AB", "vehicle");
    row("a Lithuanian driving licence", "Vairuotojo pažymėjimas: 12345678\n", "12345678", "license");
    row("a Lithuanian case history", "Ligos istorijos nr. 2024-1234\n", "2024-1234", "mrn");
    row("a Lithuanian plate", "Valstybinis numeris: ABC 123\n", "ABC 123", "vehicle");
    row("a Slovak birth number", "Rodné číslo: 855730/1234\n", "855730/1234", "mrn");
    row("a Slovak driving licence", "Vodičský preukaz: EA123456\n", "EA123456", "license");
    row("a Slovak identity card", "Občiansky preukaz: EA123456\n", "EA123456", "license");
    row("a Slovak plate", "ŠPZ: BA-123AB\n", "BA-123AB", "vehicle");
    row("a Slovak plate as EČV", "EČV: BA123AB\n", "BA123AB", "vehicle");
    row("a Slovak medical record", "Číslo chorobopisu: 12345/24\n", "12345/24", "mrn");
    row("a Lithuanian plate after the patient's car", "Paciento automobilis aikštelėje: ABC 123\nAliarmas", "ABC 123", "vehicle");
    row("a case history in capitals", "ИСТОРИЯ БОЛЕЗНИ № 12345/2024\n", "12345/2024", "mrn");
    row("a passport in capitals", "ПАСПОРТ: 4510 123456\n", "4510 123456", "license");
    row("a plate label in capitals", "НОМЕРНОЙ ЗНАК: А123ВС77\n", "А123ВС77", "vehicle");
    row("a Kazakh IIN in lower case", "иин 850101300123\n", "850101300123", "mrn");
    row("a Slovak birth number in capitals", "RODNÉ ČÍSLO: 855730/1234\n", "855730/1234", "mrn");
    row("a Croatian identity card in capitals", "OSOBNA ISKAZNICA: 112345678\n", "112345678", "license");
    row("a Lithuanian driving licence in capitals", "VAIRUOTOJO PAŽYMĖJIMAS: 12345678\n", "12345678", "license");
    row("a Bulgarian EGN capitalised", "Егн: 8501011234\n", "8501011234", "mrn");
    row("an Azerbaijani identity card", "Şəxsiyyət vəsiqəsi: AZE12345678\n", "AZE12345678", "license");
    row("an Azerbaijani FIN", "FİN: 5ZHJ8KL\n", "5ZHJ8KL", "mrn");
    row("an Azerbaijani driving licence", "Sürücülük vəsiqəsi: AA123456\n", "AA123456", "license");
    row("Azerbaijani health insurance", "Tibbi sığorta: 1234567890\n", "1234567890", "health_plan");
    row("an Uzbek driving licence", "Haydovchilik guvohnomasi: AF1234567\n", "AF1234567", "license");
    row("a Kazakh identity card in Kazakh", "Жеке куәлік № 012345678\n", "012345678", "license");
    row("a Kazakh driving licence in Kazakh", "Жүргізуші куәлігі: AN123456\n", "AN123456", "license");
    row("a Sri Lankan identity card in Sinhala", "ජාතික හැඳුනුම්පත: 199012345678\n", "199012345678", "license");
    row("a Sri Lankan identity card in Tamil", "தேசிய அடையாள அட்டை: 901234567V\n", "901234567V", "license");
    row("a Nepali citizenship number", "नागरिकता नं. 27-01-71-05432\n", "27-01-71-05432", "license");
    row("an Afghan tazkira in Dari", "شماره تذکره: 1400-0101-12345\n", "1400-0101-12345", "license");
    row("a Somali identity card", "Kaarka aqoonsiga: 123456789\n", "123456789", "license");
    row("a Malagasy identity card", "Kara-panondro: 101211012345\n", "101211012345", "license");
    row("a Bulgarian case history", "История на заболяването № 1234/2024\n", "1234/2024", "mrn");
    row("a Serbian health record", "Broj kartona: 45871\n", "45871", "mrn");
    row("a vehicle's number in Arabic", "رقم المركبة: 12345-ب\n", "12345-ب", "vehicle");
    row("a Portuguese-African processo after its head", "Nº de processo: 123456\n", "123456", "mrn");
    row("an Angolan plate", "Matrícula: LD-12-34-AB\n", "LD-12-34-AB", "vehicle");
    row("an Ecuadorian plate", "Placa: PBA-1234\n", "PBA-1234", "vehicle");
    row("a Venezuelan plate", "Placa: AB123CD\n", "AB123CD", "vehicle");
    row("a Belgian plate under immatriculation", "Immatriculation : 1-ABC-123\n", "1-ABC-123", "vehicle");
    row("a SNILS with its check pair", "СНИЛС 123-456-789 01\n", "123-456-789 01", "license");
    row("a Russian plate with its region", "Госномер автомобиля: А123ВС 77\n", "А123ВС 77", "vehicle");
    row("an Angolan BI after n.º", "Doente: Manuel dos Santos, BI n.º 001234567LA041\n", "001234567LA041", "license");
    row("a processo after n.º", "Processo n.º 45871\n", "45871", "mrn");
    row("a national number before an Arabic comma", "الرقم الوطني 9851012345، رقم الملف 458712\n", "9851012345", "mrn");
    row("a Guatemalan DPI in its groups", "Paciente: María Pérez, DPI 2456 78901 0101\n", "2456 78901 0101", "license");
    row("a Zambian NHIMA number", "NHIMA no. 1234567890\n", "1234567890", "health_plan");
    row("a Dominican SENASA number", "SENASA 123456789\n", "123456789", "health_plan");
    row("a Belarusian personal number in Belarusian", "Асабісты нумар: 3120383A001PB6\n", "3120383A001PB6", "mrn");
    row("a Belarusian passport in Belarusian", "Пашпарт: MP1234567\n", "MP1234567", "license");
    row("a Kazakh passport in Kazakh", "Төлқұжат: N12345678\n", "N12345678", "license");
    row("a Tajik passport in Tajik", "Шиноснома: 400123456\n", "400123456", "license");
    row("a French stay's number", "N° d'hospitalisation : 2024-004587\n", "2024-004587", "account");
    row("a Portuguese stay's number", "Nº de internamento: 458712\n", "458712", "account");
    row("a personal card in Arabic", "رقم البطاقة الشخصية: 1234567890\n", "1234567890", "license");
    row("an admission number in Arabic", "رقم الدخول: 458712\n", "458712", "account");
    row("a Portuguese-African voter card", "Cartão de eleitor nº 123456789\n", "123456789", "license");
    row("a Portuguese clinical record", "Registo clínico: 458712\n", "458712", "mrn");
    row("a Spanish carnet de conducir", "Carnet de conducir: B12345678\n", "B12345678", "license");
    row("a Spanish permiso de conducir", "Permiso de conducir: 12345678\n", "12345678", "license");
    row("a Brazilian carteira de motorista", "Carteira de motorista: 12345678901\n", "12345678901", "license");
    row("a passport in Arabic without the article", "جواز سفر رقم: N1234567\n", "N1234567", "license");
    row("a plate of the vehicle in Spanish", "Placa del vehículo: ABC-1234\n", "ABC-1234", "vehicle");
    row("a plate of the vehicle in French", "Immatriculation du véhicule : AB-123-CD\n", "AB-123-CD", "vehicle");
    row("a plate of the vehicle in Portuguese", "Matrícula da viatura: LD-12-34-AB\n", "LD-12-34-AB", "vehicle");
    row("a plate's number in Spanish", "Número de placa: P123ABC\n", "P123ABC", "vehicle");
    row("a Russian driving licence in pairs", "Номер водительского удостоверения: 77 12 345678\n", "77 12 345678", "license");
    row("a Tunisian plate in three groups", "Immatriculation : 123 TU 4567\n", "123 TU 4567", "vehicle");
    row("an Ivorian plate in three groups", "Immatriculation : 1234 AB 01\n", "1234 AB 01", "vehicle");
    row("an Algerian plate", "Immatriculation : 12345 116 16\n", "12345 116 16", "vehicle");
    row("a Bulgarian plate in three groups", "Регистрационен номер: CA 1234 BK\n", "CA 1234 BK", "vehicle");
    row("a plate in a note in capitals before a word", "PLACA: ABC 1234 EN EL ESTACIONAMIENTO\n", "ABC 1234", "vehicle");
    row("a Cambodian identity card", "អត្តសញ្ញាណប័ណ្ណ: 123456789\n", "123456789", "license");
    row("a Lao identity card", "ບັດປະຈຳຕົວ: 0123456789\n", "0123456789", "license");
    // The thirtieth family: personal numbers that key every record, donors, clinics and the
    // courts that hear involuntary admissions.
    row("an Uzbek JShShIR", "F.I.Sh.: KARIMOVA Dilnoza\nJShShIR: 42804807321379\n", "42804807321379", "mrn");
    row("a Belgian NISS as printed", "Receveuse : Els Peeters, NISS 51.10.16-045.35\n", "51.10.16-045.35", "mrn");
    row("a Spanish donor number", "N° de donante: D-424160\n", "D-424160", "mrn");
    row("a Portuguese donor number", "N.º de dador: BD854748\n", "BD854748", "mrn");
    row("a French donor code", "Code donneuse : DON522133\n", "DON522133", "mrn");
    row("a French donor number", "N° donneur : ED-364529\n", "ED-364529", "mrn");
    row("a Lithuanian donor number", "Donoro Nr. SD-328586\n", "SD-328586", "mrn");
    row("a Russian donor number", "Донор № 458812\n", "458812", "mrn");
    row("an Arabic donor number", "رقم المتبرع: BD118277\n", "BD118277", "mrn");
    row("a waiting-list number in Spanish", "N° lista de espera: 810622\n", "810622", "mrn");
    row("a Eurotransplant number", "Recipient: Wim Lambert, ET-nr 272257\n", "272257", "mrn");
    row("an ART clinic number", "ART No.: ART/72339\n", "ART/72339", "mrn");
    row("an IVF couple code", "Koppelcode: 53703\n", "53703", "mrn");
    row("a methadone client's number", "PRUITT, Destiny    Client # OST-39069/18\n", "OST-39069/18", "mrn");
    row("a commitment hearing's docket", "NOTICE OF HEARING ON TEMPORARY COMMITMENT\nIn the matter of JOHN ROE    Docket No. MHT-2025-32448\n", "MHT-2025-32448", "account");
    row("a review board's case", "Mental Health Review Board\nMHRB review case MHRB/0244/2025\n", "MHRB/0244/2025", "account");
    row("a Croatian involuntary admission case", "PRISILNI SMJEŠTAJ\nBroj predmeta: R1-811/2024\n", "R1-811/2024", "account");
    row("a Belgian justice of the peace's roll number", "MISE EN OBSERVATION\nJustice de paix - R.G. n° 2024/0999/B\n", "2024/0999/B", "account");
    row("a Bulgarian waiting-list number", "Recipient: Georgi Petrov\nWaiting list No. 371059\n", "371059", "mrn");
    row("a Cambodian NSSF number", "Referring doctor: Dr. Chan Bopha NSSF: 7138058912\n", "7138058912", "health_plan");
    row("a Venezuelan MPPS after the prescriber", "Dr. Luis Colmenares Rangel, MPPS 54321\n", "54321", "license");
    row("an Ecuadorian ACESS after the prescriber", "Dra. Gissela Chiriboga, Reg. ACESS 12345\n", "12345", "license");
    row("an Angolan Ordem dos Médicos number", "Dr. João Neto, Ordem dos Médicos n.º 12345\n", "12345", "license");
    row("a Lithuanian doctor's stamp", "Gydytojas: Jonas Petrauskas, spaudo Nr. 12345\n", "12345", "license");
    row("a Bulgarian UIN", "Лекар: д-р Иван Петров, УИН 12345\n", "12345", "license");
    row("a Belgian RIZIV number", "Voorschrijver: Dr. Els Vermeulen, RIZIV 1-23456-78-910\n", "1-23456-78-910", "license");
    row("a semicolon export's patient number", "patient_id;naam;insz;tel\n2106682;\"DUBOIS, Els\";05.12.08-051.07;0486 96 24 09\n", "2106682", "mrn");
    row("a donor card's label misread by OCR", "UBTS D0NOR CARD  Nr. SD-758862\n", "SD-758862", "mrn");
    row("a Lithuanian methadone card", "Asmens kodas: 39702279258\nKortelės Nr. OST-13028/20\n", "OST-13028/20", "mrn");
    row("a Slovak insurance card's EHIC number", "Poisťovňa: VšZP, číslo karty 80703166533352257479\n", "80703166533352257479", "health_plan");
    row("a dental implant's serial after its kind", "Tooth 36: implant 4.1 x 10 mm, IMP-XK8065344\n", "XK8065344", "device");
    row("a controlled-drug register's record without its header", "7/22 | 8800430 | Delacroix, Darnell | 30\n", "8800430", "mrn");
  }

  void findsWorldIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Acronyms of those labels that are also words or clinical abbreviations, in clinical prose.
  void ignoresWorldIdentifierLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a confidence interval", "OR 2.1 (95% CI 1.12-2.34); CI: 0.812345 to 1.2; CI 95%: 1.2-3.4.");
    row("a chief complaint and cubic centimetres", "CC: chest pain x 2 days. 500 cc NS given; CC: 1500 mL out.");
    row("the central nervous system", "CNS: no deficits; CNS 12 items normal.");
    row("panel and pan words", "PAN-negative; pan 2 ml; PAN: 1234 on the score; pancultures sent.");
    row("a grade and a ratio", "RG 2; RG: 3 mm; RG 1.234567.");
    row("nitrite on a dipstick", "NIT positive; NIT: 2+; nitrite neg.");
    row("do not intubate", "Code status: DNR/DNI. DNI: yes, confirmed 2024.");
    row("a tablet and a dose", "TIN 1 tab; TIN: 200 mg.");
    row("a NAFLD activity score", "NAS score 12; NAS: 6 on biopsy.");
    row("four times a day", "Metformin 500 mg QID 30 days; QID 1000 mg.");
    row("a cervical neoplasia grade", "CIN 2; CIN: 3 on biopsy; CIN 2/3.");
    row("an intracranial pressure", "IC: 12 mmHg; IC 2-3 cm.");
    row("identity labels without numbers", "DNI pendiente; CUIL en trámite; NIE caducado; HETU puuttuu; OIB nepoznat.");
    row("script labels without numbers", "身份证号：未提供\n病历号：见上\nマイナンバー 未確認\n患者番号 12\n");
    row("a national insurance word", "Paid national insurance contributions for 12 years.");
    row("dotted abbreviations of doses and ranges", "Amoxicillin t.i.d. 1000 mg; c.c. 500 given; C.I. 95% 1.2-3.4; C.I.: 1.12-2.34.");
    row("an after-visit summary", "Gave the daughter a paper copy of the AVS. ICD-10 Z99.81 noted; AVS 2 printed.");
    row("a Swiss AHV-like number without its country code", "AHV: 123.4567.8901.23");
    row("head circumference and hydrocortisone", "HC 34.5 cm; HC no change since 2024; HC 100 mg IV; HC N° pendiente.");
    row("PAMI without a number", "afiliada a pami desde 2024; pami: 12 turnos, pami 4471 pesos.");
    row("Hib vaccine and LBO words", "Hib 3 doses given 2024; Hib: 1 dose 0.5 mL; LBO: 12 items; CNSS 2024 rates.");
    row("a card number that is no insurance card", "Karten-Nr.: 12345678901234567890 (Kundenkarte)");
    row("Spanish rooms, beds and lots after their head", "habitación N° 12345; cama N° 40012; lote N° 4471230.");
    row("Spanish codes off a worker's line", "Código postal 110231; código CIE-10 J18.9; Código 4471230 del producto.");
    row("personnel words without a number", "Pers.-Nr. folgt; Personalnummer unbekannt; HAP ID pending.");
    row("ringgit after no", "Paid no RM 1200 fee; no RM 50 deposit.");
    row("a five-digit number after Abha", "ABHA 62513 is no health account number; abha: 12345.");
    row("a metabolic panel's billing code", "TESTS: CMP (80053), CBC W/ DIFF (85025), HBA1C");
    row("a metabolic panel and mitomycin", "CMP 12345 pending; MMC 0.02% applied; mitomycin (MMC) 20 mg.");
    row("passports without numbers", "Pasaporte vigente; passeport perdu; Reisepass abgelaufen; No. Pasport: tiada.");
    row("numbers in a chat after other questions", "nurse: how much did he drink?\nana: 1500 ml\nnurse: dni?\nana: mañana\n");
    row("a count after a question on a document", "doctor: did you bring the passport?\npat: yes, 2 copies\n");
    row("measures after a car crash", "Vehicle rollover: BP 120/80, HR 110/70; car crash: SpO2 94%.");
    row("a coma score after a crash's field", "Motor vehicle collision: GCS 14 on arrival.\nCar accident: GCS 13, E3V4M6.");
    row("an auto-injector's lot", "Auto-injector: LOT 12345; car seat: ISOFIX 2.");
    row("a ship and a flight", "Ship IMO 9321483, MMSI 257123450; flight LA2417, seat 23C.");
    // Look-alikes near the labels of the second list of countries.
    row("a Russian drug's series and lot, a ward and an order", "Препарат: серия 120523, партия 4471230. Палата № 12, койка 3; заказ № 458712.");
    row("a card's PIN and voluntary insurance without numbers", "ПИН-код не сообщать; ПИН: 1234. ДМС не оформлен; ДМС: 2 визита.");
    row("a case history without a number", "История болезни: без особенностей; номер телефона сестры не указан.");
    row("a Bulgarian drug's registration number", "Регистрационен номер: 20171234 (лекарствен продукт).");
    row("Arabic room, bed and batch", "رقم الغرفة 12، رقم السرير 4، رقم التشغيلة 4471230.");
    row("Arabic social security without a number", "الضمان الاجتماعي: 2 زيارات.");
    row("French lot, room, bed and order", "Lot n° 4471230 ; chambre 12, lit 3 ; commande n° 458712.");
    row("French cover words without numbers", "CMU-C accordée ; CMU : 2 ans. Mutuelle : oui, 100 %. NNI en cours.");
    row("Portuguese and Spanish acronyms in prose", "BI-RADS 4; BI 123. DPI 2 puffs; DPI: 200 mcg. CUI 1. INSS 2024.");
    row("Spanish lot, tooth and lens", "Lote 4471230; diente 36; lente +2.50 D; HLA-A*02:01; bolsa de sangre 4471230.");
    row("Serbo-Croatian and Slovak batch, room and bed", "Serija 4471230; soba 12, krevet 3. Šarža 4471230; izba 12, lôžko 3.");
    row("a Lithuanian series and ward", "Serija 4471230, palata 12, lova 3.");
    row("capitalised acronyms that are words", "Пин-код 1234; ДМС: нет. Ву 12. Егн 2.");
    row("a Russian series in capitals", "СЕРИЯ 120523, ПАРТИЯ 4471230, ПАЛАТА № 12.");
    row("Nepali and Dari words without numbers", "नागरिकता: नेपाली। تذکره ندارد. Kaarka aqoonsiga lama hayo.");
    row("Azerbaijani labels without numbers and a ratio", "Tibbi sığorta yoxdur; 2/3 doza; FİN: yoxdur.");
    row("Russian protocol, tooth, lens, HLA and blood bag", "Протокол № 12345. Зуб 3.6; линза -2,50 дптр; HLA-B*27; гемакон № 4471230.");
    row("Arabic order and protocol", "رقم الطلب 458712، رقم البروتوكول 12345.");
    row("Portuguese lot, room, bed and order", "Lote 4471230; quarto 12, cama 3; pedido nº 458712.");
    row("a drug registration number in Portuguese and Spanish", "Registo n.º 5123456; Reg. San. 12345; registro INVIMA 2019M-0012345.");
    row("a plate's region that is a dose", "Temperatura 36.6; n.º de camas 12; DPI 2456 mcg 2 puffs.");
    row("stays counted, not numbered", "Durée d'hospitalisation : 12 jours ; internamento de 3 dias; ingreso 2 veces.");
    row("a vehicle's plate words without a plate", "Placa del vehículo: no consta; immatriculation du véhicule inconnue; 2 placas.");
    row("a Colombian provider's facility code", "IPS: Clínica del Norte. Código IPS: 110010123401.");
    row("a year after national registration and a firm's register number", "National registration: 2019. Matični broj firme: 12345678.");
    row("a short number after a chassis word", "Chasis 12345; chassi 4471; placa dental 12345.");
    row("a protocol code after a processo", "Processo inflamatório crônico; protocolo ABC-123.");
    row("a living donor named, not numbered", "Donante vivo: hermana; le donneur est compatible; donor 2 of 3.");
    row("a guardianship docket", "LETTERS OF GUARDIANSHIP\nDocket No. 24-PR-79556\n");
    row("a case under review without a number", "Case under review case by case; broj predmeta nepoznat.");
    row("an answering service's client code", "ANSWERING SERVICE MESSAGE    client code LMK-04\n");
    row("an article number and a waiting list without a number", "Art. no. 12 of the act; lista de espera larga.");
    row("a council acronym without a prescriber", "MPPS 12345 circular; ACESS (12345) resolution; spaudo nr. 2 missing.");
    row("a semicolon list of measures", "Dialysate;Na 138;K 2.0;Ca 1.5\nQb;350;Qd;500;Kt/V;1.38\n");
    row("codes with a zero between letters", "Strain H0N1 and A0B; D0NOR 2 of 3; V0LUME 250 mL.");
    row("a card's number without a record's shape", "Kortelės Nr. 3; kortelės nr. nežinomas.");
    row("a card count", "Platba: zamietnutá; číslo karty 2.");
    row("an impression", "IMP: CAP, improving. IMP 2 of 3 criteria; imp - stable.");
    row("Rx numbers of a controlled-drug register", "Rx# | Qty out | Balance\n8800430 | 30 | 412\nRx# | Patient\n");
  }

  void ignoresWorldIdentifierLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // The second round on the pattern categories of the development families (seeds 1919, 2121,
  // 2222, 2626): days without a year named by what happens on them, written as general rules.
  void findsPatternsOfTheSecondRound_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("the next attempt of a home visit", "Family away for a funeral. Next attempt 2/5. Fieldworker on call.", "2/5", "date");
    row("the next clinic run in a column", "Spoke by radio Next clinic run 12/4  Interpreter via phone", "12/4", "date");
    row("the next home visit closing its clause", "next home visit 3/9; bring scales", "3/9", "date");
    row("a day asked for", "no problem, can you do 9/6? the lab closes early", "9/6", "date");
    row("a day offered", "Clinic full Monday. How about 3/4?", "3/4", "date");
    row("receipts of a day", "Note: taxi receipts for 9/7 kept in the binder.", "9/7", "date");
    row("a fax processed on a day", "| e-fax 555-123-4567 | 9/14 processed by jlee", "9/14", "date");
    row("a returned call", "Action: returned call 9/14, left voicemail.", "9/14", "date");
    row("the last contact with someone", "last contact with index 20/3 at the warehouse, no symptoms", "20/3", "date");
    row("the last use under its label", "Last use: fentanyl smoked 9/14; alcohol daily", "9/14", "date");
    row("a symptom's day after an onset", "Rash onset 17/4, fever 1/10. MMR doses documented: 0.", "1/10", "date");
    row("a step's day after a dated step", "Stage 1 completed 3/4; stage 3 sport-specific drills 1/4\nSCAT6", "1/4", "date");
    row("a try-in and a fit", "Impression enclosed. Try-in 3/9, fit 15/3\nReturn to the lab", "15/3", "date");
    row("a lower-case month and year after due", "all negative. next screen due may 2024 [08:50] ana: thanks", "may 2024", "date");
    row("a day under a Received heading of a table aligned by spaces",
        "Ref ID     Received  Patient\nRF482913   3/14      LEE, ANA\nRF482914   3/15      ORR, BO\n", "3/15", "date");
    row("a day in a pipe table's Sent column", "Req#     | Type       | Sent\nR12345   | paper      | 12/24\n", "12/24", "date");
    row("a Danish town line after a floor and side", "Address: \u00c5boulevarden 75, 3. th., 1719 Roskilde Diagnosdatum: 12.03.2024",
        "1719 Roskilde", "address");
    row("a Mexican avenue named south and its colonia", "Domicilio: Av. Insurgentes Sur 147, Col. Jardines del Sur, C.P. 49471, Ecatepec",
        "Av. Insurgentes Sur 147, Col. Jardines del Sur", "address");
    row("a Mexican town after the postcode of such a street", "Domicilio: Av. Insurgentes Sur 147, Col. Jardines del Sur, C.P. 49471, Ecatepec",
        "Ecatepec", "address");
    row("a croft's address closed by its postcode before prose", "Age: 104 Address: Croft 35, Lochboisdale, South Uist HS8 5TM Time of incident: 02:32",
        "Croft 35, Lochboisdale, South Uist HS8 5TM", "address");
    row("a town after a location label", "Pt 45    DOB 7/22/1987 Location: Buffalo Wallow, camp at 21st and Salmonberry", "Buffalo Wallow", "address");
    row("a lower-case town ending in gap", "pt (ninety-four) wants to die at home in sourwood gap. kennedy terminal ulcer", "sourwood gap", "address");
    row("the town of a GP's practice before the next label", "Tel 087-5749765. GP: Dr Tukukino, Lisheen PHN: Sheridan Beausoleil, RGN",
        "Lisheen", "address");
    row("a town of a club", "Hopes to get back to bowls at the club in Hollinsgate by summer.", "Hollinsgate", "address");
    row("a town of work in a text", "is it bad?? im at work in sonnedal till 5 [16:19] clinic: sorry", "sonnedal", "address");
    row("a town of a relative's house", "Left her inhaler at daughter's house in Brackenford; own surgery closed", "Brackenford", "address");
    row("a lower-case town of a home", "pt (ninety-one) wants to die at home in buffalo wallow. pps 30%", "buffalo wallow", "address");
    row("a clinic's stamp and its town", "Official stamp: Rietvlei Travel Clinic, Doringkloof\nNext dose in 10 years", "Doringkloof", "address");
    row("a Danish number after a physician's name", "Treating physician Dr Mette Dahl (67 62 52 53). Allocation revealed", "67 62 52 53", "phone");
    row("a French mobile in brackets", "Treating physician Dr R\u00e9mi Benhamou (06 31 52 25 62). Allocation", "06 31 52 25 62", "phone");
    row("a number in brackets after by phone", "item 6 explained by phone (936 66 917) by T. Berg", "936 66 917", "phone");
    row("a number after an e-mail and a comma", "Contact: sberg@mail.example.org, 28 25 29 89 Ashkenazi ancestry", "28 25 29 89", "phone");
    row("a chat sender's number", "left in the inbox [27/10 16:16] 44 02 30 35: hi its kjersti from the heart", "44 02 30 35", "phone");
    row("a number a person was called on", "03:08 called j\u00f8rgen lund on 50 04 52 65 - no answer, left vm", "50 04 52 65", "phone");
    row("a relative's number after on", "12/12 20:42 sigrid (wife) on 28 25 29 89: household contact", "28 25 29 89", "phone");
    row("a Haitian address after its label, a phone's label after it", "DOB 15.08.1952 Home address: Rue Capois 156, Port-au-Prince Phone +55 11 3009-2858",
        "Rue Capois 156, Port-au-Prince", "address");
    row("a Guatemalan address after its label", "Home address: 4a Calle 4-25, Zona 1, Quetzaltenango Phone +502 7765 4321",
        "4a Calle 4-25, Zona 1, Quetzaltenango", "address");
    row("a Philippine address after home address in running text",
        "Passport P7866011O, home address Blk 16 Lot 1, Mabini St., Brgy. San Roque, Marikina City, mobile +55 11 3536-3094.",
        "Blk 16 Lot 1, Mabini St., Brgy. San Roque, Marikina City", "address");
    row("a Polish address after home address", "home address ul. Lipowa 24/6, 94-437 Krak\u00f3w, mobile +48 12 345 6789",
        "ul. Lipowa 24/6, 94-437 Krak\u00f3w", "address");
    row("a number after a treatment supporter's name", "Treatment supporter: Chebet Njoroge, 0704881418 Missed appointment: 12/03/2024",
        "0704881418", "phone");
    row("a number after an obstetrician's name", "Referring obstetrician: Dr Villanueva, 55 1234 5678\n", "55 1234 5678", "phone");
    row("a lower-case street after address is", "sorry about the computer. our address is 4410 turnstone ln., cobble ferry, wv. call me",
        "4410 turnstone ln., cobble ferry, wv", "address");
  }

  void findsPatternsOfTheSecondRound() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Look-alikes of those rules: fractions, scores and doses in the same places.
  void ignoresPatternLookalikesOfTheSecondRound_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("the next of a thing that is no booking", "Next step 2/3 of the plan; next dose 1/2 tab.");
    row("a question about a score", "Is the pain 3/10? Can you do 1/2 tab twice?");
    row("receipts of a share", "Receipts for 1/2 tab doses; bills for the month.");
    row("a share processed", "Only 3/4 of the claims reviewed; the rest in process.");
    row("a returned call without a day", "Returned call about 3/4 tab dosing.");
    row("scores in a list", "Strength 4/5, reflexes 2/4, pain 7/10; power 3/5, drills 2/4.");
    row("a scorecard out of five", "Greeting 5/5, hold etiquette 3/5, closing 4/5.");
    row("may as a verb before a number", "patient may 2000 steps a day; we may 2 visits.");
    row("the last use of a dose", "Last use: 1/2 tab of the old supply; last contact with staff 2/3 of the time.");
    row("a state of work or of a club", "back at work in pain till 5; at the club in good spirits by noon");
    row("a relative's house in a state", "at daughter's house in tears; at his sister's place in pain.");
    row("at home in comfort", "wants to die at home in peace. comfortable at home in bed.");
    row("a clinic's department", "Seen at Mercy Clinic, Cardiology\nLakeside Surgery, Recovery\n");
    row("teeth in the FDI notation", "Partial denture, 4 teeth (12 11 21 22), shade A3, mould 22F; Partial Denture (11 21 31 41).");
    row("a list of values in brackets", "Heart rate (88 92 95 101); HR (20 25 30 35); pump on 1000 250 125 ml.");
    row("a count after a stamp without a clock", "Sent to the inbox, 12 attachments. [q4h] 12 34 56 78: flushes.");
    row("scores under a Score heading", "Item       Score     Notes\nPHQ        7/10      mild\nGAD        3/21      none\n");
    row("a ratio under a heading of no date", "Drug       Ratio\nmix        3/4\n");
    row("a ratio closing a pipe table's line", "Item     | Type       | Ratio\nR1       | mix        | 3/4\n");
    row("a lower-case particle before a number and a step's dot", "Plan: corso di 12 ore; calle de 12 dosis. Step 3. th., 1719 units given.");
    row("a location that is a room or a scene", "Location: Kitchen, found on the floor. Location: Recovery; Location: ICU, bed 4.");
    row("a croft without a postcode in prose", "Address: Croft work, 2 days a week. Time of incident: unknown");
    row("a GP's field without a doctor's title", "GP: none, Locum PHN: on leave. Family doctor: vacant, Lisheen practice closed\n");
    row("counts after a role's field of no name", "Supporter: none, 2 visits missed; Carer: daily, 12345678 steps logged.");
    row("address labels before prose", "Address: Via the portal, 2 reminders sent. Home address: Zona 1 clinic, 2 visits.");
    row("home address before a count", "Home address Unknown, 3 calls; home address 2 of 3 checked, phone 4.");
    row("an address that is no street", "the address is 2 blocks from the stop; our address is 3 doors down.");
  }

  void ignoresPatternLookalikesOfTheSecondRound() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A town repeated from an address of the note, but as part of a longer name, stays out:
  // "Carraway Valley Clinic", "Quillan County", "Bristol stool scale".
  void repeatsTownsOnlyAsWholeNames() {
    const std::string text =
        "Pickup: 12 Elm Street, Carraway, OH\nDrop-off: Carraway Valley Clinic\nCircuit Court, Carraway County\n"
        "Carraway stool scale type 4.";
    const std::size_t first = text.find("Carraway");
    for (const Finding& f : detectPhiBytes(text)) {
      QVERIFY2(f.end <= first + 20 || f.category != PhiCategory::Address,
               ("unexpected address: " + text.substr(f.start, f.end - f.start)).c_str());
    }
  }

  // The home in Spanish is no town ("VIVE EN CASA" in capitals), a street's own name before its
  // state ("12 Elm Crossing, CO") is no town to repeat, and a physician assistant's office is no
  // town's ("Lee, PA office").
  void findsNoTownInHomeOrStreet() {
    const std::string text =
        "BISABUELA DE 93 AÑOS VIVE EN CASA.\nPlacement: 12 Elm Crossing, CO 80301. The Elm Crossing has a light.\n"
        "Referred to Lee, PA office for the wound.";
    const std::size_t street = text.find("12 Elm");
    for (const Finding& f : detectPhiBytes(text)) {
      QVERIFY2(f.category != PhiCategory::Address || (f.start >= street && f.start < street + 20),
               ("unexpected address: " + text.substr(f.start, f.end - f.start)).c_str());
    }
  }

  void findingsAreSortedAndDisjoint() {
    const std::string text =
        "Patient: John Smith, MRN 5512345, seen 03/14/2023 at 1420 West Larkin Avenue, Millbrook, OH 43001; "
        "phone 312-555-0198, email john.smith@example.com, Dr. Okafor.";
    const std::vector<Finding> findings = detectPhiBytes(text);
    QVERIFY(findings.size() >= 8);
    for (std::size_t k = 0; k < findings.size(); ++k) {
      QVERIFY(findings[k].start < findings[k].end);
      QVERIFY(findings[k].end <= text.size());
      if (k > 0) QVERIFY(findings[k - 1].end <= findings[k].start);
    }
  }

  void emailIsNotAlsoAUrlOrName() {
    const std::string text = "Contact: mary.jones@example.org";
    const std::vector<Finding> findings = detectPhiBytes(text);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings[0].category, PhiCategory::Email);
  }

  void ssnRangeChecks() {
    // Area 000, 666 and 9xx and group 00 are never issued: not an SSN without an SSN cue.
    for (const char* text : {"Ref 000-12-3456.", "Ref 666-12-3456.", "Ref 912-12-3456.", "Ref 123-00-4567."}) {
      for (const Finding& f : detectPhiBytes(text)) QVERIFY(f.category != PhiCategory::Ssn);
    }
    const std::vector<Finding> cued = detectPhiBytes("SSN: 912-12-3456");
    QCOMPARE(cued.size(), std::size_t(1));
    QCOMPARE(cued[0].category, PhiCategory::Ssn);
  }

  void ageBoundary() {
    QVERIFY(detectPhiBytes("An 89-year-old man.").empty());
    QCOMPARE(detectPhiBytes("A 90-year-old man.").size(), std::size_t(1));
  }

  void codePointOffsets() {
    // "Zoë Ølstad" is preceded by "Pt: " and a two-byte "é" in "Fiancé"; offsets count code points.
    const std::string text = "Fiancé of Pt: Zoë Ølstad, seen 03/14/2023.";
    const std::vector<Finding> bytes = detectPhiBytes(text);
    const std::vector<Finding> points = detectPhi(text);
    QCOMPARE(points.size(), bytes.size());
    QVERIFY(!points.empty());
    const QString q = QString::fromStdString(text);
    bool sawName = false;
    for (const Finding& f : points) {
      const QString piece = q.mid(static_cast<int>(f.start), static_cast<int>(f.end - f.start));
      if (f.category == PhiCategory::Name) {
        QCOMPARE(piece, QString::fromUtf8("Zoë Ølstad"));
        sawName = true;
      }
      if (f.category == PhiCategory::Date) QCOMPARE(piece, QString("03/14/2023"));
    }
    QVERIFY(sawName);
  }

  void categoryNamesRoundTrip() {
    for (PhiCategory c : kAllCategories) {
      QCOMPARE(categoryFromName(categoryName(c)), std::optional<PhiCategory>(c));
    }
    QCOMPARE(categoryName(PhiCategory::HealthPlan), std::string_view("health_plan"));
    QVERIFY(!categoryFromName("nonsense").has_value());
  }

  void randomTextKeepsInvariants() {
    // Deterministic noise built from the characters the scanners care about; run under ASan
    // this also checks that no scanner reads past the end of the text.
    static constexpr char kAlphabet[] = "0123456789 -./:@#(),'+\nAaBbDdMmRrSsNnOoYyZz\xc3\xa9\xc3\x89x";
    std::uint64_t state = 12345;
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const int length = static_cast<int>(state % 60);
      for (int k = 0; k < length; ++k) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        text.push_back(kAlphabet[(state >> 33) % (sizeof kAlphabet - 1)]);
      }
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const std::vector<Finding> findings = detectPhiBytes(text);
      for (std::size_t k = 0; k < findings.size(); ++k) {
        QVERIFY(findings[k].start < findings[k].end && findings[k].end <= text.size());
        if (k > 0) QVERIFY(findings[k - 1].end <= findings[k].start);
      }
      QCOMPARE(detectPhi(text).size(), findings.size());
    }
  }

  // Name cues met in the sixth corpus family's notes: self-introductions, kin with a quoted or
  // parenthesised name, shift handoffs, crew lists, credential chains, courtesy titles of other
  // languages, newborns and inverted names in capitals opening a record field.
  void findsNamesByTheirCues_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("caller introduces themself", "Hi, this is Keoni, I'm calling for my dad.", "Keoni");
    row("english-word name introduced", "Voicemail: yes hi this is Dusty, please call back.", "Dusty");
    row("my name is", "Oriented; stated \"my name is Dolores, I live with my husband.\"", "Dolores");
    row("kin with a quoted name", "Patient asked that her mother \"Agus\" not be called.", "Agus");
    row("kin with an english-word name in parentheses", "Stoma teaching with his son (Marigold) today.", "Marigold");
    row("kin with a full name in parentheses", "Present: patient's daughter (Esi Lor), husband.", "Esi Lor");
    row("off-going", "Off-going: Kwesi -> on-coming: Thiago", "Kwesi");
    row("on-coming english word", "OFF-GOING: INDAH -> ON-COMING: BLISS  TST read.", "BLISS");
    row("crew list first", "Medic 12 crew: Marigold Anyanwu, EMT-P; F. S. Fashola, EMT-B", "Marigold Anyanwu");
    row("crew list initials", "Medic 12 crew: Marigold Anyanwu, EMT-P; F. S. Fashola, EMT-B", "F. S. Fashola");
    row("credential chain", "Swallow study reviewed. T. K. Chaiyaporn, MA, CCC-SLP", "T. K. Chaiyaporn");
    row("assistant credential after comma", "Call Gustavo Cannon, PTA at 971-771-8227 if pain.", "Gustavo Cannon");
    row("attorney", "Defense counsel: Ausra Gentle, Esq.; prosecutor on leave.", "Ausra Gentle");
    row("spanish courtesy title", "Dear Sra. Abdi, I am writing about your father.", "Abdi");
    row("german courtesy title", "Your partner, Frau Judge, has asked to be copied.", "Judge");
    row("french courtesy title", "Dear Mme Bacon, I am writing about your results.", "Bacon");
    row("judge", "Ordered by the Hon. Asad Balogun on the 3rd.", "Asad Balogun");
    row("newborn after label", "Infant: Baby Girl Cannon   Chart # 123", "Cannon");
    row("recovery coach", "Recovery coach Maxine will text her cell.", "Maxine");
    row("english family name before a role", "Caregiver plan: Lyle Gentle (health care proxy) primary.", "Lyle Gentle");
    row("english family name before kin", "Support: Tuan Judge (son) primary, neighbour backup.", "Tuan Judge");
    row("name that owns a proxy", "Yes hi this is Lyle, Dusty's health care proxy, please call.", "Dusty");
    row("name that owns an ex-wife", "Calling about Esi's ex-wife, who is unwell.", "Esi");
    row("kin with a name before a comma in parentheses", "Family: uncle (Lucky Abdi, by phone from abroad).", "Lucky Abdi");
    row("chat speaker", "[secure chat] Guillermo: hey is the patient in 220B still NPO?", "Guillermo");
    row("log speaker after a time", "Thread 10:32 Rizalino: ya til after EGD.", "Rizalino");
    row("dotted-leader label", "PATIENT NAME.......: MOREAU, PASQUALE   MED REC NO.......: 00343122", "MOREAU, PASQUALE");
    row("numbered witness", "Witness 1: Ingeborg Halvorsen   Witness 2: pending", "Ingeborg Halvorsen");
    row("inverted name before age and sex", "OPHTHALMOLOGY CLINIC Oyewole, Ingeborg   45/M   seen today", "Oyewole, Ingeborg");
    row("work excuse", "Please excuse Tomasz Wierzbicki from work through Friday.", "Tomasz Wierzbicki");
    row("e-mail reply", "On 3/4, 10:02 PM, Halvorsen wrote: thanks for the update", "Halvorsen");
    row("collector", "DRAWN 07:31   COLLECTOR: I.J. SAHIN TESTS: CMP", "I.J. SAHIN");
    row("short capitalised family name before a given name", "Decedent: BUI, Ren, 97-yr", "BUI, Ren");
    row("unknown given name and an english family name", "Motor vehicle collision Ngoc Bright, restrained driver.", "Ngoc Bright");
    row("english family name after a particle", "Seen with Nokuthula ten Brink, her neighbour.", "Nokuthula ten Brink");
    row("given name that is a clinical word after a label", "Name: Echo Schneider   DOB: 1978", "Echo Schneider");
    row("said", "Left a message at (774) 861-2342. Aissatou said the prayer with us.", "Aissatou");
    row("designated agent", "I designate Kaylee Osei, 894/521-1727, as my agent.", "Kaylee Osei");
    row("lower-case name after an in-law", "diuresing well. daughter-in-law gladys at bs, wants call back.", "gladys");
    row("lower-case name after a landlord", "diuresing well. landlord clodagh at bs, wants call back.", "clodagh");
    row("english-word name after a driver", "Delivered by driver Nova; signed for by the patient.", "Nova");
    row("chaplain with a hyphenated el- family name", "Chaplain Munira El-Sayed, MDiv, prayed with us.", "Munira El-Sayed");
    row("clinical-word family name before a credential", "RTC 3 months with HVF 24-2. Makoa Child, MD", "Makoa Child");
    row("italian particle in lower case", "pt yehuda dal molin seen on rounds.", "yehuda dal molin");
    row("first-name field", "PATIENT LAST NAME: WELLS   FIRST: ABDOULAYE DOB: 05.05.1927", "ABDOULAYE");
    row("preferred name", "Legal name: Louise Hamilton    Preferred: Lark   Date of birth: 09/1987", "Lark");
    row("handoff receiver", "Signed out by Rasha to Kainoa at 19:00.", "Kainoa");
    row("inline closing", "The number is 555-0134. Thanks, Delali  > On Tue, Aug 29", "Delali");
    row("inverted clinical-word family name after a label", "ACCESSION: S20-44986 PATIENT: GLASGOW, XIAOMING   DOB: 1940",
        "GLASGOW, XIAOMING");
    row("word name after a role noun", "Recovery coach Lark will text her on Friday.", "Lark");
    row("word name after kin", "Lives with her son River and two cats.", "River");
    row("military rank", "SICK CALL SM: SGT BRISTOW, BRIAR    TRICARE ID pending", "BRISTOW, BRIAR");
    row("outreach meeting", "STREET MEDICINE OUTREACH Met Siti at the encampment.", "Siti");
    row("age and sex letter after an initial and family name", "Tumor board: Case 3: A. Okonjo, 97 F, ER+/PR+.", "A. Okonjo");
    row("agent with an initial", "Photo uploaded; logged by K. Monk on arrival.", "K. Monk");
    row("mixed-case credential", "Hearing aid fitted by Jaroslava Friend, AuD", "Jaroslava Friend");
    row("word name before a person verb", "Thirteen-month call. Comfort reports sleeping better.", "Comfort");
    row("initial and family name after a preposition", "Appt made with T. Fenn tomorrow 0940.", "T. Fenn");
    row("prescriber", "Called prescriber M. Aquino at the clinic; voicemail left.", "M. Aquino");
    row("podiatry credential", "TCC applied. Return 1 week. D. D'Onofrio, DPM", "D. D'Onofrio");
    row("middle initial without its period", "Periodic Oral Evaluation Sarojini R Shaheen   Chart 00-847827", "Sarojini R Shaheen");
    row("inverted name with a middle initial before a record number", "ICD interrogation Chanthavong, Panagiota F.   MRN MR2065827",
        "Chanthavong, Panagiota F.");
    row("quoted nickname", "Dashiell Sanchez, goes by \"Bo\", 99/M.", "Bo");
    row("key and quoted value in a log", "privacy office user=\"B. Webster\" (registration)", "B. Webster");
    row("initial and family name in parentheses", "Caries UR/LR, refer oral surgery (N. Toure). Next recall 10/2019.", "N. Toure");
    row("agent after an adverb", "MoCA today. Accompanied today by Ranjit. Discussed plan.", "Ranjit");
    row("person verb asked", "Would not want to go back on the ventilator. Pornthip asked about a feeding tube.", "Pornthip");
    row("safeguarding form", "APS referral. Alleged perpetrator: Satin Makepeace, grandson.", "Satin Makepeace");
    row("transport pick-up", "Transport request Pick up: M. Rodrigues at home, Unit 7.", "M. Rodrigues");
    row("inverted capitals opening a field", "*** MAMANI, FERENC *** DOB: 1965 *** M ***", "MAMANI, FERENC");
    row("inverted capitals after an id", "BUPRENORPHINE INDUCTION Pt ID 001 499 47   KEAWE, PRASERT COWS at visit 11.",
        "KEAWE, PRASERT");
    row("contracted particle", "Plan discussed with Dr. zum Felde; hold until INR check.", "zum Felde");
    row("plural particle", "Per neighbour, Luz de los Arcos passed away on Sunday.", "Luz de los Arcos");
    row("apostrophe given name", "Code called 0312. Sha'Dae Obuya, 20M. No heart sounds x1 min.", "Sha'Dae Obuya");
    row("lower-case second part before a credential", "I/O balanced. Hye-jin Roelofs, MD", "Hye-jin Roelofs");
    row("signature after a dash", "Patient verbalized understanding. -T. Nkemelu", "T. Nkemelu");
    row("signature after an em dash", "Tolerating diet.\n\u2014 R. Castellanos-Lyle, RN", "R. Castellanos-Lyle");
    row("nickname after be called", "Pleasant. Likes to be called Sparrow. Mild Raynaud phenomenon.", "Sparrow");
    row("alias before a full name", "Home visit. Pumpkin (Oyelaran Mbeki) more alert today.", "Pumpkin");
    row("bedside list", "Family at bedside: Thandeka and Oyelaran. Comfort care continues.", "Oyelaran");
    row("spelled age after a lone name", "Memory clinic. Olufunmi is a ninety-two-year-old who lives alone.", "Olufunmi");
    row("lives with", "Interpreter present. Radoslava lives with her nephew.", "Radoslava");
    row("office staff", "If urgent my receptionist Nkiruka can be reached at the desk.", "Nkiruka");
    row("access log user", "Chart access audit: user Oyinlola viewed 2 encounters.", "Oyinlola");
    row("other names used", "Other names used: Van Tassel (maiden name)", "Van Tassel");
    row("name on a document", "MRN checked. Name on ID: TOLENTINO, MARISOL; DOB matched.", "TOLENTINO, MARISOL");
    row("lower-case self-introduction before a date of birth", "car broke down. this is anouk verhoeven dob 7/8/99. txt back",
        "anouk verhoeven");
    row("lower-case hyphenated given name with a short part", "hi, this is kai-uwe brandt. my sugar was 212", "kai-uwe brandt");
    row("visit at a request", "Chaplain visited Rosalind at the request of her granddaughter.", "Rosalind");
    row("word-name owning a device", "Remote transmission from Sterling's ICD received overnight.", "Sterling");
    row("unknown name owning rehab costs", "Family started a fundraiser for Radomir's rehab costs.", "Radomir");
    row("word-name after lower-case dr", "pt seen w/ dr young this am, son at bs.", "young");
    row("word-name before a role in lower case", "no answer, lmtcb. f/u w faith (pcp) since march", "faith");
    row("role with a qualifier in parentheses", "Guardian (grandparent): Wilhelmina Abara, reached at home", "Wilhelmina Abara");
    row("role with a prepositional qualifier", "Transplant coordinator on call: Ngozi Ferreira-Lund", "Ngozi Ferreira-Lund");
    row("account holder", "Account holder: Tobiah Renwick   Balance due", "Tobiah Renwick");
    row("specialist by its ending", "Retained pathologist: Ilse Magnusdottir", "Ilse Magnusdottir");
    row("judge as a title", "Appointed guardian of the person. Judge Amara Nwachukwu signed.", "Amara Nwachukwu");
    row("its for it's", "hi dr its Perpetua again.. my sugars been high", "Perpetua");
    row("name ends before the next field's label", "Attending: Dr. Bhatt   CRNA: M. Ouyang Airway: Mallampati II", "M. Ouyang");
    row("initial and a word-name in parentheses", "Caries #14. Refer oral surgery (A. Rains). Next recall in May.", "A. Rains");
    row("inverted word family name before a record fact", "Potassium 6.9 on Fuller, Baila (MRN 00804534), collected today",
        "Fuller, Baila");
    row("lower-case name before a verb and a pronoun", "bp better. stop amlodipine. ailsa says his fiancee checks it", "ailsa");
    row("kin written with an accent", "found by his fianc\u00e9e Meadow on the bathroom floor", "Meadow");
    row("lower-case given name ending in -ing", "pt seen w/ daughter xiaoming brandvold, c/o sob x3d.", "xiaoming brandvold");
    row("word-name before a credential after a label", "Handoff. Giving: Tiger RN / Receiving: Aroha RN", "Tiger");
    row("surname that names a sign after a given name", "Seen with Laila Cushing and her son.", "Laila Cushing");
    row("surname that names a disease after a label", "Patient: Stig Alzheimer, DOB 01/02/1950", "Stig Alzheimer");
    row("surname that names a test after an unknown given name", "Dental recall. Ognyan Hashimoto. Apgars 8 and 9.",
        "Ognyan Hashimoto");
    row("particles before a credential", "RTC 2 weeks. Vladislav de la Tour, MD  Hazel eyes.", "Vladislav de la Tour");
    row("word-name speaking after a bracketed tag", "[secure chat] Falcon: k. also pharm says the home", "Falcon");
    row("word-name before kin in parentheses", "Dog in the yard. Plum (wife) let me in.", "Plum");
    row("name before ex-kin in parentheses", "Door code given. Phurba (ex-husband) let me in.", "Phurba");
    row("inverted name with a word given name and an initial", "Rx for Okwuosa, Ranger E. (DOB 01-26-2002): levofloxacin",
        "Okwuosa, Ranger E.");
    row("age in yrs after a name", "Sleep Medicine follow-up Sizwe Okafor-Lund, 97 yrs, seen today", "Sizwe Okafor-Lund");
    row("name joined by and to a found name", "His son Kipchoge and Bodil were present at the bedside.", "Bodil");
    row("name joined by and before a found name", "Present: Yerlan and Mr. Okafor-Lund, both supportive.", "Yerlan");
    row("clergy title before a word-name", "The family asked for Father Nickel from their parish to be called.", "Nickel");
    row("inverted family name and a given initial", "Bedside Swallow Evaluation Chiu, D., rm 6118, 78 yo", "Chiu, D.");
    row("inverted initial after a found family name", "Subject: your patient Haddad, S.  Hi, saw her today.", "Haddad, S.");
    row("nickname in parentheses after known as", "Resident: Kjell Lafontaine (known as Jinx) at the home.", "Jinx");
    row("self-introduction before from", "Hi Eliseo, this is Thurston from the memory clinic.", "Thurston");
    row("lower-case self-introduction before i'm", "\"hi um this is yerlan akhmetov i'm calling about my son", "yerlan akhmetov");
    row("lower-case its introduction", "[8/3/25 18:02] wenhui: hi its pirjo, baozhu's son.", "pirjo");
    row("first name only", "Caller gave a first name only: Seosamh. Calling from the ward.", "Seosamh");
    row("caller as a role", "01:03 Caller Divina, cb 625 233 6852, asked about fever.", "Divina");
    row("infant as a role", "Esfandiari (G1P1), infant Sifiso born 1/7 at 39+2.", "Sifiso");
    row("mum with a name in parentheses", "cot 7 May 8: Mum (Baukje) did kangaroo care.", "Baukje");
    row("parents and a name joined by and", "Brought by parents Bogumila and Thuy-Tien today.", "Thuy-Tien");
    row("relatives who ring", "Daughter visits on Sundays; Jamarcus phoned last night.", "Jamarcus");
    row("age in parentheses after a lone name", "Growth and development check. Berenike (18 mo) brought in.", "Berenike");
    row("doctor with a qualifier before the colon", "Dr on overnight: K. Ozolina (bleep 4420).", "K. Ozolina");
    row("quoted value after a label", "Preferred name: \"Snookie\" NHI/UR: 266423", "Snookie");
    row("advisor", "Gave self-care advice. Health advisor: Ebikabowei", "Ebikabowei");
    row("inverted name before a date in a table row", "FLU CLINIC - given Lhundup, Arunima   01/05/1921   L deltoid",
        "Lhundup, Arunima");
    row("kin in Spanish", "Mujer de 48 a\u00f1os, vive con su hija Ngaire. Refiere dolor.", "Ngaire");
    row("key=value log", "pt_name=CHAHAL, GOLROKH; dob=2002-06-24; sex=M;", "CHAHAL, GOLROKH");
    row("agent after by and a colon", "Consent signed 11/3/2023 Logged by: K. Gumbo", "K. Gumbo");
    row("visit at home", "Home visit 10:15. Visited Avigail at home, gate code given.", "Avigail");
    row("lower-case carer's noun in a chat", "[09:42] agent yarran: hello! yes.", "yarran");
    row("inverted name before a slash and a fact", "Wristband reprint request: NURLANOVA, RHIANNON / DOB 09/21/1953", "NURLANOVA, RHIANNON");
    row("names opening with Latin Extended-A capitals", "Spoke with \u0141ukasz \u017b\u00f3\u0142towski about results.",
        "\u0141ukasz \u017b\u00f3\u0142towski");
    row("turkish capitals", "Discussed with \u015e\u00fckr\u00fc \u00d6zt\u00fcrk and his son.", "\u015e\u00fckr\u00fc \u00d6zt\u00fcrk");
    row("laboratory credential", "Epley manoeuvre performed. -- J. Benavides, MLS  Barthel index 36/100", "J. Benavides");
    row("person who came", "Dear Ms. Kilbride,  Seosamh came to the health office today.", "Seosamh");
    row("person who attended", "Seating clinic 25.07.2022. Belarmino attended with his daughter.", "Belarmino");
    row("person seen at home", "daily log 11 May 2023: Ansel seen at home, stable.", "Ansel");
    row("initial and family before a discipline", "Team: R. Okoro (OT), T. Beauchemin (SW) Patient: stable", "T. Beauchemin");
    row("lower-case chat speaker", "[09:41] lily-grace mununggurr: hi is this the right place", "lily-grace mununggurr");
    row("lower-case owner of kin", "chat 4 east: can someone ring ibtisam kaplan-stern's son-in-law back", "ibtisam kaplan-stern");
    row("relative who rings", "Daughter visits on Sundays; Hiyam rings most evenings.", "Hiyam");
    row("in case of emergency contact", "Engraving line 3: ICE Addilyn 377-214-9581", "Addilyn");
    row("lower-case name before a date of birth", "calling about wubbo erdogan-smith date of birth july 15, 1968", "wubbo erdogan-smith");
    row("lower-case chat speaker before a number", "date of birth please [09:42] eudoxia: 25/01/1976", "eudoxia");
    row("given name with an english lower-case part before a verb", "Seating clinic 2 May 2024. Kwok-wing attended with her son.",
        "Kwok-wing");
    row("given name with a lower-case part before a credential", "Seen by T. Ackroyd (consultant) and Xuan-mai RN today.",
        "Xuan-mai");
    row("inverted name with a lower-case given part before a date", "FLU CLINIC - given Mukherjee-Lowe, Thanh-huong   03/10/1964",
        "Mukherjee-Lowe, Thanh-huong");
    row("initial, particles and a double-barrelled family name", "Seen with A. da Costa-Mendes (consultant) today.",
        "A. da Costa-Mendes");
    row("role with a participle qualifier", "Interpreter assigned: Hye-won St-Arnaud   Agency line", "Hye-won St-Arnaud");
    row("party to a form", "Statement of health. Claimant: Obiora Lindqvist", "Obiora Lindqvist");
    row("nickname before that's and the name", "Hi, just letting you know Davo (that's Nanayaa) had another fall.", "Davo");
    row("name after that's in parentheses", "Hi, just letting you know Davo (that's Nanayaa) had another fall.", "Nanayaa");
    row("initial with an accent before a credential", "after a 34 pack-year history. \u00c5. Pfannenstiel, MD", "\u00c5. Pfannenstiel");
    row("initial and family name speaking in a chat", "[26/11/2025, 08:03] K. Nurlanova: thanks, will see first.", "K. Nurlanova");
    row("inverted name before a room", "transmitter L53-NZ05150 -> Manybeads, Zoltan, room 512, 3/27/2025", "Manybeads, Zoltan");
    row("inverted name between tabs and a date", "SM-8078234\tJellicoe, Cuauhtemoc\t10/13/2023\t990.579.8440",
        "Jellicoe, Cuauhtemoc");
    row("short hyphenated name joined by and", "Her granddaughter Dovid and Jo-Ellen were present.", "Jo-Ellen");
    row("initial and a surname that names a sign", "Appt made with H. Tourette tomorrow 0940.", "H. Tourette");
    row("short hyphenated part in capitals after a label", "SICK CALL REQUEST Name: HOK-LAM GUNNARSDOTTIR   Housing: C-pod",
        "HOK-LAM GUNNARSDOTTIR");
    row("inverted capitals with a middle initial set off", "Patient: LAM-NGUYEN, ANAIS-ROSE E   MRN MR1040320", "LAM-NGUYEN, ANAIS-ROSE E");
    row("name before a number's label", "AGE/SEX: 46/M ATTENDANT: KWOK-WING ESFAHANI IP NO: IP56706679", "KWOK-WING ESFAHANI");
    row("given name with a clinical ending", "Kangaroo care; baby Eufemia tolerated 18 mL.", "Eufemia");
    row("initials run together after a bed", "HANDOVER 6 NORTH Bed 3   DC Higginbottom   31 yo   NSTEMI", "DC Higginbottom");
    row("initials run together before an age", "Ward list: EF Drinkwater   84 yo   post-op day 1", "EF Drinkwater");
    row("first name given", "Contact 11/12 First name given: Velvalee Supplies: 40 x 1 mL", "Velvalee");
    row("card signed with love", "Thinking of you.  With love, Tabitha-Lynn, and the night team", "Tabitha-Lynn");
    row("operator", "Ambulance dispatched via 911 Operator: Rosalinda-Joy", "Rosalinda-Joy");
    row("initial and family after a department's label", "Patient Financial Services: D. Postlethwaite   11/18/2024",
        "D. Postlethwaite");
    row("agent after a discipline's abbreviation", "Quote $1,140.00. Referred by OT B. Ap Rhys. Valid 30 days.", "B. Ap Rhys");
    row("name before an article and kin", "Wants full code; Harmony-Lee, a grandchild, recalls the talk.", "Harmony-Lee");
    row("customer", "EXPLOITATION REPORT Customer: PICKLE, APOLLINE J   Age: 56", "PICKLE, APOLLINE J");
    row("support from a person", "Coping with support from Sayantani. Reviewed at MDT.", "Sayantani");
    row("general practitioner as a role", "Ulrica Yamaguchi-Ford, RN; GP S. Fell to review methadone.", "S. Fell");
    row("page from one person to another", "02:11  Dr. Ohannes -> Pathum  \"bed 9 BP 78/40\"", "Pathum");
    row("signature after a sentence and a dash", "I took 2 paracetamol at 3pm. - Sokunthea", "Sokunthea");
    row("lower-case signature after a sentence and a dash", "uses the library computer. - aroha-lee\nNext entry", "aroha-lee");
    row("person who took someone", "4/10 - better. Kimi-Sky took me to the shops.", "Kimi-Sky");
    row("representative", "Reply from support. Rep: Hannelore-Kay (ID 4471)", "Hannelore-Kay");
    row("inverted capitals after a colon before a fact", "LEGAL BLOOD ALCOHOL Subject: BARLEY, SEONAID   DOB 03/10/1986",
        "BARLEY, SEONAID");
    row("theatre team", "Anaesthetist: Dr. Pebble Scrub: Hermelinda (scrub)   Circulating: G. Lomax", "Hermelinda");
    row("quoted nickname in parentheses after a name", "Seen at home. Mercy-Ann Okafor (\"gramps\") well known to team.", "gramps");
    row("certificate", "This is to certify that TOBIAS-ELI KHOURY-NASSAR, date of birth 24 Dec 1955, was seen.",
        "TOBIAS-ELI KHOURY-NASSAR");
    row("age and sex in parentheses after a wide gap", "RUN SHEET  Chair 7 Taisiya Cobble  (95/F)  Dry wt 68.5 kg", "Taisiya Cobble");
    row("inverted capitals in a numbered item", "Presenter Bracken. 2. LEUNG-ASHBY, IAIN-RUARIDH - rectal ca, post TNT.",
        "LEUNG-ASHBY, IAIN-RUARIDH");
    row("lower-case speakers of a transcript", "noor-jahan furrow: mum's been moved to ward 6\nilmari: ok whats the number there\n"
        "noor-jahan furrow: 359-1469 or my mobile\nilmari: thanks", "ilmari");
    row("page between two people", "04/26/2025 02:11  Ohannes -> Pathum  \"bed 9 BP 78/40\"", "Ohannes");
    row("spanish and portuguese labels", "Second opinion request Paciente: Kanokwan Brekke   Data de nascimento: 26/05/1940",
        "Kanokwan Brekke");
    row("escaped comma in a calendar file", "DESCRIPTION:Goals of care for Guoqiang Barley\\, MRN 115-43-895", "Guoqiang Barley");
    row("given name and word family name at a line start before an age", "HOSPICE ADMISSION\nSharmila Fell, 52 years of age, admitted",
        "Sharmila Fell");
    row("inverted word family name and initial before a room", "FLOWSHEET COMMENTS - WOOL, L. - RM 5114 0200 PT RESTLESS",
        "WOOL, L.");
    row("initial and word family name after to", "Kit issued 03/15/2022 11:52 to A. Rudder  HbA1c 7.7%", "A. Rudder");
    row("lower-case word family name after dr before a person verb", "she fell again. dr cobble says hip is fine", "cobble");
    row("inverted capitals in a numbered item after a date", "TUMOUR BOARD 10 May 2023 1. LADDER, ROZEMARIJN (MRN 00898604) - NSCLC",
        "LADDER, ROZEMARIJN");
    row("signing chaplain after a dash", "Please call the ward. - Chaplain Buckle\nKt/V 1.7", "Buckle");
    row("given name and word family name before died", "CHAPLAINCY NOTE Tuulikki Bellows died peacefully on 1 March.",
        "Tuulikki Bellows");
    row("name before a described role", "Resident of Greenville. Azaria Bellows, bereavement nurse, will call.", "Azaria Bellows");
    row("sex in parentheses after a name", "Travel clinic 27 June 2022 Wafiq Kipper (F), travelling to Ghana", "Wafiq Kipper");
    row("inverted capitals with a double-barrelled family name", "STATEMENT\nOKONJO-BRANDT, YEVGENIYA R\n12 Elm Rd",
        "OKONJO-BRANDT, YEVGENIYA R");
  }

  void findsNamesByTheirCues() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Names the curated lists do not hold, found because the wide lexicon (name_lexicon.cpp, from
  // faker's name lists of many countries) knows them: the same cues with a weaker word.
  void findsNamesFromTheLexicon_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("given name before can", "Reason: asking whether Dorin can restart warfarin.", "Dorin");
    row("given name before is", "Ozan is meeting milestones, in preschool.", "Ozan");
    row("lower-case name after pt", "pt millicent ranjbar seen w/ stepdaughter.", "millicent ranjbar");
    row("lower-case name after friend", "friend fr\u00e9d\u00e9ric idrissi says i should call.", "fr\u00e9d\u00e9ric idrissi");
    row("name with particles before a DOB", "Records for Clarabelle Le Blanc-Morel, DOB 05/06/1982.", "Clarabelle Le Blanc-Morel");
    row("listed given name and an English family name after a particle", "Seen with Ingrid ten Brink, her neighbour.",
        "Ingrid ten Brink");
    row("credential after a lexicon name", "cc: Olegario Heal, COHN-S", "Olegario Heal");
    row("pinyin given name built from its syllables", "Reason: asking whether Zihan can restart warfarin.", "Zihan");
    row("korean given name built from its syllables", "Interpreter present. Seoyeon is meeting milestones.", "Seoyeon");
    row("japanese given name of the list", "Reason: asking whether Daisuke can restart warfarin.", "Daisuke");
    row("russian family name transliterated", "Reason: asking whether Kuznetsova can restart warfarin.", "Kuznetsova");
    row("somali given name of the world list", "Reason: asking whether Warsame can restart warfarin.", "Warsame");
    row("american given name of the births data", "Reason: asking whether Keyshawn can restart warfarin.", "Keyshawn");
  }

  void findsNamesFromTheLexicon() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // What the lexicon must not turn into people: abbreviations in capitals that are names
  // somewhere ("Orif", "Biba", "Micu"), holidays, scales, and places and shops after "at".
  void ignoresLexiconLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("holidays", "Christmas plans discussed; over Easter she stayed home. Diwali next week.");
    row("abbreviations in capitals", "ORIF done; transferred to MICU. BIBA from home.");
    row("medical companies and methods", "Baxter infusion pump; Kirby-Bauer disk diffusion; Abbott glucose sensor.");
    row("abbreviations in an all-caps note", "VEHICLE VIN: NOT RECORDED. ATTENDANT IP NO: NONE.");
    row("balance scale", "Tinetti 22/28, Berg Balance 44/56.");
    row("energy estimate", "HARRIS-BENEDICT ESTIMATE 1465 KCAL/DAY.");
    row("institute after at", "Tumor board at Dana Farber today.");
    row("shop after at", "Seen at Lowe's today.");
  }

  void ignoresLexiconLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Name look-alikes met in the fifteenth and sixteenth families after their single blind runs:
  // products in camel case, countries, units and farms, and a speaker's or a field's label
  // followed by a sentence, a sum or a score.
  // Names met in the fifteenth and sixteenth families after their single blind runs.
  void findsNamesOfFifteenAndSixteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("aware", "Plan: admit for labor. Nazaire aware.", "Nazaire");
    row("slept", "S: Kettly slept poorly; partner at bedside.", "Kettly");
    row("following after a credential", "Breastfeeding well, IBCLC Vadim following.", "Vadim");
    row("cut the cord", "Pediatrician present. Peggy cut the cord.", "Peggy");
    row("fixing", "Tutu sitting outside, Jiban fixing the fence.", "Jiban");
    row("per a person", "Per Exantus, OK to continue amlodipine.", "Exantus");
    row("page a person", "Recheck Na at 0600; page Bernardo if SBP < 90.", "Bernardo");
    row("stays with", "Her son now stays with Guled most nights.", "Guled");
    row("surname that is a word after a label, before a preposition", "Provider notified: Dollar at 04:18.", "Dollar");
    row("patient named by the room in ward chat", "[14:02] pinchas: is garcia-lopez in 245 still npo?", "garcia-lopez");
    row("investigator before a name", "Consent witnessed on 02/02. Investigator Aukai", "Aukai");
    row("credential used as a title", "RN Tran; MD Lieberman", "Lieberman");
    row("relative set off by one dash before an age", "Household: works nights. Garrett - grandson, 16", "Garrett");
    row("here with", "POSTPARTUM VISIT 10/21/2025 Uyen here with baby and partner.", "Uyen");
    row("seen for", "ADDICTION MEDICINE FOLLOW-UP 9/12/2026 Cleotha seen for OUD on buprenorphine.", "Cleotha");
    row("lower-case name after hi", "[19:05] ntxhi: hi kunaq, whats going on", "kunaq");
    row("quoted word the parenthesis calls a name", "settled after 40 minutes and that \"Pepe\" (the family's name for him) slept.", "Pepe");
    row("given name and middle initial before a credential", "Bed alarm on. Logan A., RN", "Logan A.");
    row("middle name field", "First: Shirley   Middle: Kay   DOB: 03/16/1923", "Kay");
    row("saying", "Her grandson recalls Rosangela saying no machines.", "Rosangela");
    row("it's in capitals", "CALLER: HI, IT'S RANGIMARIE HOHAIA, I'M PICKING UP FOR MY PARTNER.", "RANGIMARIE HOHAIA");
    row("pharmacist's credential", "No prior auth needed. E. Lieu, RPh", "E. Lieu");
    row("community health worker's credential", "Home visit done. Sefa Toleafoa, CHW", "Sefa Toleafoa");
    row("ordinary word before an age", "HPI: Heaven is a 96-year-old male with heart failure.", "Heaven");
    row("lower-case given name on a line without capitals", "ok ill go to urgent care. ingrid can drive", "ingrid");
    row("given name mid-sentence", "Discussed the plan and asked Agneta about pain overnight.", "Agneta");
    row("clinician column of a CSV export", "visit_date,clinician,patient,zip\n2026-09-04,K. Lometo,\"Bjornstad, Lualhati\",99559", "K. Lometo");
    row("phone message", "For: Dr. Yazzie   11/28 2:15 Bejang called re: meds - wants callback", "Bejang");
    row("asking for the person", "Hi, can you hear me? Is this Blathnaid? Yes.", "Blathnaid");
    row("with written w/", "hi rafif! reminder: appt w/ zacarias velasquez at three rivers chc 4/21", "zacarias velasquez");
    row("sign-out line with age and sex after a dash", "NIGHT SIGN-OUT 10/13\nMIMS - 74F - bed 429 - if SBP < 90", "MIMS");
    row("seen bedside", "OT TREATMENT NOTE 7/17 Teresita seen bedside for ADL retraining.", "Teresita");
    row("inmate field", "Cedar Hollow Correctional Facility Inmate: WEINSTOCK, FRANKLYN   #F72723", "WEINSTOCK, FRANKLYN");
    row("rider field", "pick-up 05:15 Rider: Alofa Hurt   from PO Box 1474", "Alofa Hurt");
    row("mother's maiden name field", "MOTHER'S MAIDEN: STOLTZFUS   VACCINE", "STOLTZFUS");
    row("field with a leader of dots", "15  30  45  35\nTECH.......... Z.R. Tamashiro", "Z.R. Tamashiro");
    row("transcript speaker in capitals", "Is this Ms. Okafor? [00:00:07] BLATHNAID OKAFOR: Yes. It is.", "BLATHNAID OKAFOR");
    row("identified as", "FOUND ON THE FLOOR. IDENTIFIED AS VAN HORN, QUYNH PER WRISTBAND.", "VAN HORN, QUYNH");
    row("lower-case name that owns a house", "sagal left the inhaler at byron's house this week", "byron");
    row("self-introduction before calling", "Hi, this is Alvina Heal calling about my grandmother.", "Alvina Heal");
    row("short chat speaker after a time tag", "[14:03] nou: yes until ir takes her", "nou");
    row("two-word chat speaker after a time tag", "[14:05] mai kou: ok. thanks", "mai kou");
    row("chat speaker in a note all in capitals", "[19:06] KUNAQ: MY SUGAR IS 380\n[19:07] KOUA: HEAT INDEX 104 F", "KOUA");
  }

  void findsNamesOfFifteenAndSixteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  void ignoresNameLookalikesOfFifteenAndSixteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("product in camel case", "FreeStyle Libre sensor placed on the left arm; OmniPod changed.");
    row("countries", "Family in Vietnam and Somalia; cousin in Korea.");
    row("units, facilities and farms", "Transfer to Riverbend Dialysis from Cedar Hollow Correctional Facility; works at Kettle Creek Farms.");
    row("shorthand in a subject line", "Subject: RE: dispo for bed 12");
    row("port catheter", "Port-a-Cath accessed with a 20 g needle.");
    row("speaker label before a question", "INTERVIEWER: Am I speaking with the patient?");
    row("field label before a sum", "ANESTHESIA: SPINAL + MAC");
    row("number signs of Spanish labels", "Recibo N° pendiente; ver Nº de orden. N° Guardia Central.");
    row("field label before a score", "Nurse: Braden 12, Morse 35.");
    row("heading after a role and a dash", "OFFICE OF THE MEDICAL EXAMINER - INVESTIGATIVE REPORT");
    row("standards after per", "Scoring per AASM Manual v3; acetylcysteine per Rumack-Matthew nomogram.");
    row("fields called call and page", "Reason for call: Schatzki ring dilated. Page: 2 of 3");
    row("heading after a role and a dash", "OFFICE OF THE CORONER - INQUEST SUMMARY");
    row("amount and hours after in", "Diuresed 1500 mL; urine output in 2400 mL collection.");
    row("greeting before an ordinary word", "hi there, thanks again for the call");
    row("ordinary word after a time tag", "[14:03] plan: continue; [09:00] rn: ok");
    row("quoted word before a parenthesis without a name", "Patient said \"Better\" (pain 3/10) after the dose.");
    row("lower-case ordinary word that owns a house", "the fire at church's house last week");
    row("pronoun before an age", "History: She is a 46-year-old woman. This is a 3-day-old infant.");
    row("lower-case places and scores", "my sister in port ellis might take him. waterlow 18, braden 12.");
    row("firm and eponymous repair mid-sentence", "Released to Hollis & Sons Funeral Home. Presents after Graham patch repair.");
    row("note in parentheses in a contact column", "| contact | relation |\n| (household) | aunt, visiting |");
    row("walker after w/", "BASELINE AMBULATES W/ WALKER. Is this Tuesday? Called re: refill.");
    row("heading before a dash and initials", "DISCHARGE CHECKLIST - reviewed with nurse (2 pages) [x]");
    row("lone names after in", "Relatives in Jordan asked for updates; the family in Marlow called.");
    row("call bell in capitals", "FOUND WITH THE CALL BELL OUT OF REACH. SPOKE TO CHARGE NURSE.");
    row("papers and agencies before a verb", "POLST signed in clinic. ICVP stamp applied. MAR updated; CPS notified.");
  }

  // Names of the seventeenth and eighteenth families, after their single blind runs.
  void findsNamesOfSeventeenAndEighteen_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("the family of a name", "Thank you. Love, the Xicotencatl family.", "Xicotencatl");
    row("paged", "Neuro IR Zimmerli paged; thrombectomy done.", "Zimmerli");
    row("at bedside in capitals", "EXTUBATED AT 10:20. KETLY AT BEDSIDE.", "KETLY");
    row("user name after by and a colon", "Submitted by: carmour Description: found on the floor", "carmour");
    row("spanish greeting", "Hola doctora Nguyen-Desrosiers, soy Faisa, familiar de la paciente.", "Nguyen-Desrosiers");
    row("remind", "\"Alexa, remind Orla-Mae to take the blue pill.\"", "Orla-Mae");
    row("texted to", "Alert texted to Obdulio at 669-984-3535.", "Obdulio");
    row("three initials after by", "Allergy: sulfa. Printed by RTH at the 5 North desk.", "RTH");
  }

  void findsNamesOfSeventeenAndEighteen() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Name look-alikes of the seventeenth and eighteenth families, after their single blind runs.
  void ignoresNameLookalikesOfSeventeenAndEighteen_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("voice assistant", "Alexa, remind me to take the Lasix at noon.");
    row("eponymous patterns and surgery", "Lennox-Gastaut pattern not seen. Tommy John surgery on his elbow.");
    row("campus buildings", "Basket message routed to the Lazarus Tower pool. Lunch in the Atrium Cafe.");
    row("a pet's name", "The cat Mister Whiskers goes to the shelter; our dog Biscuit stays.");
    row("a month after by", "Rash since the spring of 2018, resolved by August.");
    row("device brands before their nouns", "Arctic Sun pads for TTM at 36 C; Xience Skypoint stent deployed.");
    row("eponyms joined by and", "Grey Turner and Cullen signs absent.");
    row("firms joined by an ampersand", "Released to: Hollis & Crane Funeral Home. PRUITT & GALLAGHER, ATTORNEYS AT LAW");
    row("a field's label before name", "SECTION I (EMPLOYER): EMPLOYEE NAME: see attached");
    row("rural places named by their landscape", "Moved out past Sorrel Creek; her tenant near Bramblewood Hollow.");
    row("a grandmother in Italian", "pray for my nonna, shes in the icu");
    row("a department after by", "Reviewed by ENT; seen by PT and cleared by ICU team; referred by DSS.");
    row("a test or a place after an article", "At therapy the Dix-Hallpike was positive. Met in the Atrium Cafe, then a Harris Tweed coat.");
    row("a town of a bay", "Raised by her aunt out past Lockhart Bay.");
    row("a device before its size", "TIMI 3 flow restored; Xience Skypoint 3.0 x 28 mm deployed at 16 atm.");
    row("the family of a place", "Lunch with the Home family support group; EMS TO ED HANDOFF (SBAR) S: stable.");
  }

  void ignoresNameLookalikesOfSeventeenAndEighteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Names of the nineteenth and twentieth families (now development families): the vetoes of
  // facilities, streets and aliases must leave these people alone.
  void findsNamesOfNineteenAndTwenty_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a name after an alias is resolved", "Alias TRAUMA, ZULU until 04:10; identified as Adaeze Okonkwo by her sister.",
        "Adaeze Okonkwo");
  }

  void findsNamesOfNineteenAndTwenty() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Name look-alikes of the nineteenth and twentieth families: facilities, districts and bodies of
  // other languages, viruses and serology, trauma aliases, dispensing cabinets, streets.
  void ignoresNameLookalikesOfNineteenAndTwenty_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("serology of arboviruses", "Serology: dengue ELISA positive; West Nile and Zika IgM negative.");
    row("an institute of another language", "Isolates were sent to Institut Pasteur for typing.");
    row("an italian hospital", "Ricoverata presso Ospedale Maggiore Policlinico, reparto 4.");
    row("a hospital and its zone", "Transferred to Hospital General de Zona overnight.");
    row("a dutch hospital", "Verwezen naar Kennemer Ziekenhuis voor verdere zorg.");
    row("a trauma alias", "Registered under alias Doe, Kilo at triage.");
    row("a dispensing cabinet", "Waste witnessed; Omnicell transaction logged.");
    row("a herbicide", "Agent Orange exposure presumed during service.");
    row("an exact test", "Compared with Fisher's exact test.");
    row("a street with its house number", "Home visit to house 14, Ngumo Road, after the clinic.");
    row("a heading in spanish", "HOJA DE SEGUIMIENTO\nMedicina Preventiva revisa el caso.");
  }

  void ignoresNameLookalikesOfNineteenAndTwenty() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Names of medico-legal, insurance and public-safety paperwork (the twenty-third family): the
  // people of the case stay found next to the firms, ranks and citations around them.
  void findsNamesOfMedicoLegalPaperwork_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("counsel after an abbreviated title", "cc: Atty. Hanin Halim, Lanternhouse Legal Aid", "Hanin Halim");
    row("an officer after an abbreviated rank", "Witnessed: Ofc. Van Buskirk-Oyo, badge 3448", "Van Buskirk-Oyo");
    row("a trooper inverted in capitals", "REPORTING OFFICER: TPR. OKONJO-REIS, NII-ARMAH   BADGE 4471", "OKONJO-REIS, NII-ARMAH");
    row("a party before an insurer in a caption",
        "MARA BRIGHT, PLAINTIFF, V. YURIDIA B\u00c9LANGER-ROY AND LODESTAR CASUALTY COMPANY, DEFENDANTS.",
        "YURIDIA B\u00c9LANGER-ROY");
    row("a supervisor after the employer", "Employer: Harvest Table Catering; supervisor Dariusz Okafor called.",
        "Dariusz Okafor");
    row("parties of the patient's own case in a caption",
        "ROSALIND OKAFOR-BRIGHT, Plaintiff, v. TEODORO MWANGI, Defendant. Case No. 21-CV-1188", "TEODORO MWANGI");
    row("an owner after a dog's name", "Animal: dog, brown, name \"Biscuit\"\nOwner: Jean-Rodrigue Wozniak, by phone",
        "Jean-Rodrigue Wozniak");
    row("a given name that is a finding's look-alike", "Patient: Lien Nguyen-Tran, DOB on file", "Lien Nguyen-Tran");
    row("a witness whose surname is a street's type", "Witness 1: Sjoerd Pike   Witness 2: Neema Durham", "Sjoerd Pike");
    row("a surname that is a street's type before a crossing's word", "Seen with Margaret Court and her son today.",
        "Margaret Court");
  }

  void findsNamesOfMedicoLegalPaperwork() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Look-alikes of that paperwork: employers, insurers and law offices.
  void ignoresNameLookalikesOfMedicoLegalPaperwork_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an employer after its label", "Employer: Ironbridge Steel Fabricators has light duty available.");
    row("employers of an injury claim", "Employer: Tollgate Poultry Processing. Prior employer: Silverleaf Assisted Living.");
    row("law offices after a comma", "Copy to the clerk, Lanternhouse Legal Aid and Northbank Trial Lawyers PLLC.");
    row("insurers in a caption", "Defendants: Evenkeel Disability Insurance and Bellwether Life & Annuity.");
    row("a firm with a possessive noun", "Retained by Meridian Point Claimants' Counsel last year.");
    row("precedents cited in capitals", "UNDER JAFFEE V. REDMOND, 518 U.S. 1 (1996), THE NOTES STAY PRIVATE.");
    row("precedents cited by year", "LIMITED BY BIRCHFIELD V. NORTH DAKOTA (2016) AND PRIOR RULINGS.");
    row("precedents in ordinary and lower case", "See Olmstead v. L.C., 527 U.S. 581; see also jackson v. indiana, 406 u.s. 715.");
    row("a spanish release of records", "AUTORIZACI\u00d3N PARA DIVULGAR INFORMACI\u00d3N M\u00c9DICA (RECLAMO DE AUTO)");
    row("a release of records", "ATTN: RELEASE OF INFORMATION");
    row("findings in capitals", "STRANGULATION DOCUMENTATION: PETECHIAE ABOVE THE LIGATURE MARK. VARICELLA TITER POSITIVE.");
    row("a truck's make and model", "Car keys to a 2012 Freightliner Cascadia were logged; VEHICLE: 2019 PETERBILT 579.");
    row("a dog's name", "Animal: dog, pit-bull mix, brown, name \"Biscuit\"\nVaccination status unknown.");
    row("a city with a hyphenated prefix", "Family moved from Port-au-Prince last spring.");
    row("a block of a street", "Dispatched to the block of Cordwainer Lane for a two-vehicle collision.");
  }

  void ignoresNameLookalikesOfMedicoLegalPaperwork() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Maternity, neonatal and paediatric records (after the twenty-fourth family, seed 2424): both
  // halves of a double-barrelled name, and real names next to the cues of the look-alikes below.
  void findsNamesOfMaternityRecords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a double-barrelled given name", "Please bring Kipchoge-Amos back for a repeat heel prick.", "Kipchoge-Amos");
    row("a double-barrelled family name on a cot card", "BED 14 PATIENT   BB OKAFOR-WHITCOMBE            MRN K796-7501",
        "OKAFOR-WHITCOMBE");
    row("both halves before a double-barrelled family name",
        "PREPARED FOR THE ADOPTION OF YUTONG-XUE ONYEKACHI-MARSH (BORN APRIL 13, 2025).", "YUTONG-XUE ONYEKACHI-MARSH");
    row("a hyphenated family name whose half names a sign", "Mother: Ruth Muthoni-Graves, G2P1", "Ruth Muthoni-Graves");
    row("a hyphenated family name after a title", "Consultant: Dr Rostami-Fenn reviewed", "Rostami-Fenn");
    row("a person after a pump's setting", "Kangaroo pump set up by Joey Mwangi at 25 mL/h.", "Joey Mwangi");
    row("a partner who checks the pump", "Pump checked by her partner Joey, 25 mL/h.", "Joey");
    row("a given name that starts a car seat's brand", "Car seat fitted by Dr. Maxi Okonjo.", "Maxi Okonjo");
    row("a surname that is a presentation's word", "Midwife: Dr. Singleton reviewed.", "Singleton");
    row("a listed two-letter family name after the baby", "Baby Boy Wu born at 04:17", "Wu");
    row("a family name's initial after a midwife's given name", "Pritchard Notified by Midwife Thandeka-Lwazi B.",
        "Thandeka-Lwazi B.");
    row("a family name's initial before a wide gap", "Checked by Santiago-Emilio G.  Weight-for-age plotted.",
        "Santiago-Emilio G.");
    row("a grandmother after her kin noun", "Please ring me or her Nan Tama-Wiremu on the landline.", "Tama-Wiremu");
    row("a kin noun that is a given name after a title", "Dr. Nana Mensah reviewed the baby.", "Nana Mensah");
    row("a person after a referral's word", "Referral from Dr. Okafor-Whitcombe", "Okafor-Whitcombe");
    row("a particle and a family name after a double given name",
        "Gestational carrier: Meseret-Hiwot ten Hove, DOB 10/12/1989", "Meseret-Hiwot ten Hove");
    row("a triplet's family name on a board", "Cot 1  Triplet 1 Mothersole   CPAP\nCot 2  Triplet 2 Mothersole   air",
        "Mothersole");
    row("a twin's family name after of", "Twin A of Okafor (MRN NB6745866) and Twin B of Okafor", "Okafor");
    row("a triplet's name in capitals on a board", "TRIPLET 1 WETHERBY-NASH   CPAP", "WETHERBY-NASH");
    row("a mother before her baby on a ward board", "BAY 1  FEATHERSTONEHAUGH + BABY GIRL - BF, OBS 4-HOURLY",
        "FEATHERSTONEHAUGH");
    row("a mother before her baby in ordinary case", "Bed 4  Okafor-Whitcombe + baby, BF", "Okafor-Whitcombe");
    row("a given name after a spaced slash", "APNOEA MONITOR Baby Girl Featherstonehaugh / Sukhmani    MRN K630-2999",
        "Sukhmani");
    row("a person after a spaced slash", "Attending Dr. Okafor / Sukhmani Patel reviewed", "Sukhmani Patel");
    row("a person before a specialty after a slash", "Seen by Dr. Okafor / Cardiology today", "Okafor");
    row("a family name that is a colony's word after a title", "Seen by Dr. Priya Nagar today.", "Priya Nagar");
    row("a family name that is a colony's word before a role", "Reviewed with Priya Nagar, her sister.", "Priya Nagar");
    row("a lower-case name before a comma and another person",
        "hi its manpreet-singh deshpande-wolff, akinyi-rose's mum. she has had a fever since", "akinyi-rose");
    row("a lower-case given and family name before the comma", "hi its manpreet-singh deshpande-wolff, akinyi-rose's mum.",
        "manpreet-singh deshpande-wolff");
    row("a health visitor abbreviated", "Next visit 13/01/2027. HV S. de Groot", "S. de Groot");
    row("a midwife abbreviated before a colon", "AWAITING PAEDS REVIEW MW: TEJASWINI / PATIENCE-ABA", "TEJASWINI");
    row("a person after the ward's software", "Citrix Workspace 23.5 crashed; the helpdesk called Anneliese Okafor back.",
        "Anneliese Okafor");
    row("an initial before a lower-case particle", "Home visit done. HV H. la Fontaine", "H. la Fontaine");
    row("an initial before a Maori particle", "Screener: S. Te Rangi-Hoani", "S. Te Rangi-Hoani");
    row("a saint's particle in capitals on a cot card", "PATIENT   BB ST. CLAIR-MENSAH            MRN K031-9854",
        "ST. CLAIR-MENSAH");
  }

  void findsNamesOfMaternityRecords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Look-alikes of those records: products, board headings, obstetric words and the headings of
  // other countries' maternity paperwork.
  void ignoresNameLookalikesOfMaternityRecords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a feeding pump's model", "Kangaroo pump Joey set at 25 mL/h for 20 hours.");
    row("infant formulas", "Feeds: Aptamil First Infant Milk 60 mL 3-hourly, switched from Similac NeoSure after discharge.");
    row("formulas after a label", "Formula: Similac NeoSure 22 kcal/oz; Enfamil Enfacare if unavailable.");
    row("a car seat's brand", "Car seat: Maxi-Cosi Pebble 360, rear-facing, harness fitted.");
    row("board and checklist headings", "SCBU WHITEBOARD\nNEWBORN CHECKLIST (BLANK)");
    row("obstetric words in capitals",
        "ROBSON GROUP 5 (PREVIOUS CAESAREAN, SINGLETON CEPHALIC, TERM). TWIN PREGNANCY, DICHORIONIC DIAMNIOTIC.");
    row("lactation as a label", "Lactation: latch improved with the laid-back position.");
    row("headings of maternity paperwork of other languages",
        "BOSHI TECHO (maternal and child health handbook). RICHIESTA DI CERTIFICATO DI NASCITA. CONTROL DE NI\u00d1O SANO.");
    row("a due date's label in German", "Errechneter Termin: siehe Mutterpass.");
    row("feeding and observations after the baby on a ward board", "BAY 1 + BABY BOY - BF, OBS 4-HOURLY");
    row("a child-welfare heading", "CHILD PROTECTION REFERRAL\nReferral reason: bruising. CHILD SAFEGUARDING REFERRAL");
    row("a vaccine's abbreviation", "MMR dose 1 at 12 months and DTaP-IPV with MMR dose 2 at 3 years.");
    row("a letter and a period after a word", "Given vitamin D. Then Hepatitis B. Later Group B. strep negative.");
    row("a place's hyphenated chain in capitals", "Family moved from PORT-AU-PRINCE last spring.");
    row("findings after twins' and triplets' labels",
        "Twin A Apgar 8/9, Twin B Weight 2.1 kg. Twin 2 CPAP weaned. Triplet 3 Jaundice resolved.");
    row("an abbreviation before the baby", "Bed 3  CPAP + baby");
    row("an Indian colony in prose", "Referred from the Gandhi Nagar health camp. GANDHI NAGAR anganwadi centre visited.");
    row("molecular weight and voltage abbreviated", "MW: 70 kDa band. HV 12 kV. Hepatic vein (HV) patent.");
    row("a slash between units", "Handover: Paeds / ICU / Cardiology at 08:00; CPAP / high flow.");
    row("the ward's software and its version", "Citrix Workspace 23.5 crashed on the registration PC.");
    row("a saint's hospital", "Seen at St. Mary's Hospital with the midwife.");
  }

  void ignoresNameLookalikesOfMaternityRecords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // After the twenty-fifth family (seed 2525): specialty and research records. People next to the
  // new vetoes' words stay names.
  void findsNamesOfSpecialtyRecords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a DICOM patient name with carets", "(DICOM RT header) PatientName: RUTLEDGE^ZHI HAO^M PatientID: 00557212",
        "RUTLEDGE^ZHI HAO^M");
    row("a DICOM physician's name with a particle",
        "ReferringPhysicianName: N\u00cd FHLANNAG\u00c1IN^TREASA^B Prescription: 40.05 Gy in 15 fractions",
        "N\u00cd FHLANNAG\u00c1IN^TREASA^B");
    row("a DICOM name in capitals", "PATIENTNAME: TEO^CONSTANZA^T PATIENTID: 00651835", "TEO^CONSTANZA^T");
    row("a lower-case speaker after a bare time",
        "[chat transcript]\n15:18 nurse: hi, am i speaking with the patient?\n15:22 amaro: yes its me\n15:25 nurse: thanks",
        "amaro");
    row("a person whose family name is a risk model's", "Seen by Dr. Cuzick in clinic.", "Cuzick");
    row("a person whose family name is a sequencing method's", "Reviewed with Ruth Sanger, her sister.", "Ruth Sanger");
    row("a person whose family name is a tonometer's", "Patient: Hanne Goldmann", "Hanne Goldmann");
    row("a person after a Dutch centre's name", "Zeekant Medisch Centrum Mevr. Nneoma Saavedra Leiva", "Nneoma Saavedra Leiva");
    row("a family name that is a street's type", "Signed by Dr. Park at the bedside.", "Park");
    row("a given name joined by ken", "Patient: Haruto-Ken Sato", "Haruto-Ken Sato");
    row("a given name that is a Japanese age's suffix", "Patient: Sai Kumar, 45-year-old male", "Sai Kumar");
    row("a lower-case speaker found again in the chat",
        "[chat transcript]\n10:01 nurse: hi, am i speaking with amaro?\n10:02 amaro: yes its me, amaro okafor. dob is",
        "amaro okafor");
    row("a lower-case speaker with an accented initial", "[chat]\n15:20 nurse: hello\n15:22 \u00f3rlaith: yes its me",
        "\u00f3rlaith");
    row("a given name after a grandparent's word", "Visitors: her yiayia Eleni and a cousin.", "Eleni");
    row("a nurse after her lower-case credential", "told to bring med list. dr teo aware. rn schalk", "schalk");
    row("a lower-case signature before a team", "reply stop to opt out. - sadhbh, research team", "sadhbh");
    row("a lower-case word family name before a date of birth", "med sync call 3/11 spoke w/ yasuo hearing dob 5/18/2001.",
        "yasuo hearing");
    row("a word family name after a Dutch title", "Zeekant Medisch Centrum Dhr. Sietske Chemist    Geboortedatum: onbekend",
        "Sietske Chemist");
    row("a signer after an Irish closing", "Is mise le meas,\n\nThamarai Okonkwo\nConsultant Medical Oncologist",
        "Thamarai Okonkwo");
    row("a name before admitted in a log", "2025-01-01 13:36  Fiadh admitted; Kt/V 1.4 and URR 69", "Fiadh");
    row("a lower-case signature on its own line after a dash", "wants delivery, driver to call first.\n-eithne\n", "eithne");
    row("a relative by a pedigree's position", "PEDIGREE (three generations)\nII-1 Yasuo, 73, well\nII-3 colon ca", "Yasuo");
    row("a month-like given name by a pedigree's position", "PEDIGREE\nII-1 Jun, well\nII-2 colon ca", "Jun");
    row("an initial and a family name by a pedigree's position", "PEDIGREE\nI-1 V. Dunaway, alive, prostate ca", "V. Dunaway");
    row("an initial and a word family name after a discipline's label",
        "T: watch and wait? Radiology: T. Chemist    Pathology: A. Marrow    Coordinator: on leave", "T. Chemist");
    row("a chat speaker with a role in parentheses after a bare time",
        "[chat transcript]\n15:18 tadhgan (nurse): hi\n15:22 amaro: yes its me", "tadhgan");
    row("a family name before a co-ordinator's role", "Referred by Ciara Ennis, Co-ordinator, on Monday.", "Ciara Ennis");
    row("a family name that is a street's type after a bed's number", "Bed 12 Minji Park, NPO from midnight", "Minji Park");
    row("a lower-case family name that is a syndrome's", "hi dr cowden its naz, my pharmacy changed the pills", "cowden");
    row("a Hmong given name that is a scheme's abbreviation", "HPI: Nhia is a 33-year-old male with HF.", "Nhia");
    row("an inverted name in capitals whose family name is a syndrome's", "PATIENT: COWDEN, MAREIKE   DOB 03/04/1961",
        "COWDEN, MAREIKE");
    row("a family name that is a Dutch square's word", "Patient: Anouk Plein", "Anouk Plein");
  }

  void findsNamesOfSpecialtyRecords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Look-alikes of those records: scales, models, methods and kits of oncology, genetics and eye
  // care, and headings in capitals and in Dutch and Spanish.
  void ignoresNameLookalikesOfSpecialtyRecords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a toxicity scale", "Adverse event graded by CTCAE v5.0: grade 2 peripheral neuropathy.");
    row("a toxicity scale in capitals", "ADVERSE EVENT GRADED BY CTCAE V5.0: GRADE 2 PERIPHERAL NEUROPATHY");
    row("a companion diagnostic kit", "The companion diagnostic kit (Ventana PD-L1 SP263) used; TPS 71%.");
    row("risk models and formulas",
        "Creatinine clearance 69 mL/min by Cockcroft-Gault. Tyrer-Cuzick (IBIS v8) lifetime risk 41%.");
    row("hereditary syndromes and a method",
        "Peutz-Jeghers, Cowden and von Hippel-Lindau syndromes were considered; the variant was confirmed by Sanger.");
    row("a tonometer and a melanoma's thickness", "IOP 16 mmHg by Goldmann. Breslow thickness 1.8 mm.");
    row("a dialysis heading", "DIALYSIS ADEQUACY TARGETS (unit policy) spKt/V 1.2 or more.");
    row("an overseas worker's heading", "PRE-EMPLOYMENT MEDICAL EXAMINATION (OVERSEAS FILIPINO WORKER)");
    row("an adverse event in capitals", "EVENT: FEBRILE NEUTROPENIA");
    row("acuity scales", "BEST CORRECTED SNELLEN ACUITY 20/40 OU; 0.3 LOGMAR.");
    row("a fit-test device", "N95 FIT FACTOR 798 BY PORTACOUNT.");
    row("a Dutch audiology centre", "AUDIOLOGISCH CENTRUM - Zeekant Medisch Centrum");
    row("a Spanish dialysis centre", "CENTRO DE DI\u00c1LISIS - FICHA DE INGRESO");
    row("lower-case eponyms and a scale in a chat", "14:42 nurse: burkitt-like morphology excluded; ecog performance status 1");
    row("syndromes in capitals", "PEUTZ-JEGHERS, COWDEN AND VON HIPPEL-LINDAU SYNDROMES WERE CONSIDERED.");
    row("chemotherapy drugs", "Carboplatin AUC 5 and Paclitaxel 175 mg/m2 on day 1; Doxorubicin held.");
    row("a lower-case credential before words", "discussed with charge nurse. rn aware, rn to recheck vitals at 2200.");
    row("a lower-case note after a dash before a team", "plan reviewed. - see above, care team");
    row("words before a date of birth", "med sync call: checked wristband name and dob, confirmed address.");
    row("a role after an Irish closing", "Is mise le meas,\n\nConsultant Medical Oncologist\nCancer Centre");
    row("a unit or a specialty before admitted", "Pt admitted to 5 North. Cardiology admitted overnight; ICU admitted two.");
    row("a bullet after a sentence", "Plan discussed.\n-continue\n- hold metoprolol\n");
    row("pedigree positions before words",
        "PEDIGREE\nI-2 deceased, ovarian ca\nII-2 Unaffected, no cancer\nIII-1 Affected, breast ca at 40");
    row("an organism after a discipline's label", "Microbiology: E. Coli    Sensitivities pending");
    row("a list item after a discipline's label", "Oncology: A. Continue capecitabine\nSurgery: B. Defer");
    row("a bare time before a clinical word", "[vitals]\n08:00 afebrile: yes\n08:30 stable: yes\n09:00 comfortable: yes");
  }

  void ignoresNameLookalikesOfSpecialtyRecords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A lower-case name found once is found again only as a whole word of four letters or more: the
  // "min" of "Jong-min" is no name in "Total time 22 min".
  void lowerCaseNamesRecurOnlyWhole() {
    const std::string text = "Total time 22 min. Jong-min Vogel, MD. Reviewed with jong-min at 10 min past.";
    for (const Finding& f : detectPhiBytes(text)) QVERIFY2(text.substr(f.start, f.end - f.start) != "min", text.c_str());
    // Nor is a grandparent's word, found once as a name, a name again ("yiayia is eighty").
    const std::string chat = "[chat]\n09:00 nurse: hi\n09:01 obdulio: my yiayia is eighty and needs a ride";
    for (const Finding& f : detectPhiBytes(chat)) QVERIFY2(chat.substr(f.start, f.end - f.start) != "yiayia", chat.c_str());
  }

  // Places of addresses in those records are no names (the address scanners may or may not take
  // them; the name scanner and the model must not).
  void placesOfSpecialtyRecordsAreNoNames() {
    for (const char* text : {"Address: \u3012751-0069 Hokkaido Sapporo-shi Kita-ku 5-26-6 Tel: 06-4961-1333",
                             "ADDRESS: \u3012390-3317 TOKYO-TO SETAGAYA-KU KITAZAWA 1-28-9",
                             "Address: Osaka-fu Suita-shi Senriyama 4-3-2",
                             "Poblacion, Tagum City, 2952 Davao del Norte Contact no.: +63 906 675 0793",
                             "Malanday, Marikina City, 9430 Metro Manila Mobile: 0930-433-5091",
                             "General Practitioner 74 Spicebush Park, Ballincollig, Co. Cork",
                             "Address: 152 Possumhaw Park, Tramore, Co. Waterford",
                             "DATE OF BIRTH: 1980/09/28 (45-SAI) INSURANCE CARD NO.: 79-41447",
                             "Adres: Yarrow Pointstraat 60, 7171 CV Zwolle",
                             "Address: 177 Yarrow Point Park, Ennis, Co. Clare, V95 D2J9",
                             "ADDRESS: 216 PERSIMMON HOLLOW PARK, BALLINCOLLIG, CO. CORK, P31",
                             "Hosp no. 827800-3    NHIA NHIA/NE/882643 Address: 78 Gowon Road"}) {
      for (const Finding& f : detectPhiBytes(text)) QVERIFY2(f.category != PhiCategory::Name, text);
      for (const Finding& f : detectPhiBytesByRules(text)) QVERIFY2(f.category != PhiCategory::Name, text);
    }
  }

  // The town after a street address and its comma is a place, not a person (the address scanners
  // may or may not take it; the name scanner must not): "7 Chickadee Close, Otterbourne Mills VY2 8VC".
  void townAfterStreetAddressIsNoName() {
    for (const char* text : {"Home address: 7 Chickadee Close, Otterbourne Mills VY2 8VC",
                             "Address: 34 Dandelion Close, Kestrel Ford CU9 8GS"}) {
      for (const Finding& f : detectPhiBytes(text)) QVERIFY2(f.category != PhiCategory::Name, text);
      for (const Finding& f : detectPhiBytesByRules(text)) QVERIFY2(f.category != PhiCategory::Name, text);
    }
    // A town alone with its comma names no street: the person after it stays a name.
    verifyExpectedFinding(QStringLiteral("A lifelong resident of Marlow, Wen-jie Okafor was known on the ward."),
                          QStringLiteral("Wen-jie Okafor"), QStringLiteral("name"));
    // Nor does a person with a role after a street address.
    verifyExpectedFinding(QStringLiteral("Address: 12 Oak Road, Marlow, Wen-jie Okafor (daughter) visits."),
                          QStringLiteral("Wen-jie Okafor"), QStringLiteral("name"));
  }

  void ignoresNameLookalikesOfFifteenAndSixteen() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Rural, retrieval and community care (the twenty-sixth family, seed 2626): names next to the
  // words of the look-alikes below.
  void findsNamesOfRuralAndCommunityCare_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a given name in capitals after a label", "Patient: SAM JONES", "SAM JONES");
    row("a given name that is an acronym, in ordinary case", "Seen by Dr. Sam Patel today.", "Sam Patel");
    row("an acronym's given name with a family name", "seen with ALI HASSAN today", "ALI HASSAN");
    row("a given name that abbreviates a Mexican state", "Seen by Dr. Gro Hansen today.", "Gro Hansen");
    row("a particle before a family name", "Seen by Dr. Van Dyke today.", "Van Dyke");
    row("a family name that names an island", "Dr. Lewis reviewed.", "Lewis");
    row("a family name that is a length", "Seen by Dr. Huey Long today.", "Huey Long");
    row("a doctor after a Mexican clinic's intern label", "M\u00c9DICO PASANTE: DR. NANUGAQ NAPALJARRI",
        "NANUGAQ NAPALJARRI");
    row("a family's text after its date and time", "1/4 19:22 nicasia: hows mum today?", "nicasia");
    row("a family's text after an ISO date and time", "2024-01-04 19:22 tadhgan: hows mum today?", "tadhgan");
    row("a crisis counsellor in brackets after the role", "counsellor (tonatzin): im really glad you reached out",
        "tonatzin");
    row("a texter thanked by name", "thank you nitza. are you safe right now?", "nitza");
    row("a lower-case thanks signing a message", "call 356-6327 or 924-4587. thanks, jemutai littleben",
        "jemutai littleben");
    row("the last of a lower-case team list", "cath lab team: ruthanne, panagiota, g\u00fclten. troponin i 4.3",
        "g\u00fclten");
    row("the third of a lower-case team list", "cath lab team: armen, gunther, ravindra. ranson 3", "ravindra");
    row("a lower-case initial and family name before a credential", "a1c 2.2%. triage: p. oberholtzer, lpn",
        "p. oberholtzer");
    row("a nurse greeted in lower case", "re: sagal inhaler  hi nurse tamashiro, sagal left the inhaler", "tamashiro");
    row("a lower-case name before the number to call", "mahkah: ok ill call fa\u02bbasoa 437-1171", "fa\u02bbasoa");
    row("a daughter in shorthand with a word name", "hx COPD, CHF. lives w/ dtr Solace @ N-26 mile marker 54.",
        "Solace");
    row("a staff handle in brackets after the given name", "Lead: Madhumita (mlehoang)  Veteran, served 1966",
        "mlehoang");
    row("a lower-case signature on a dashed line", "next meet 2/9, he will text me\n- d\u00f2mhnall mostyn\n",
        "d\u00f2mhnall mostyn");
    row("a client met at a place", "peer recovery coach note\nmet tjarra at the mcdonalds on 2nd st.", "tjarra");
    row("an alternate contact before the phone", "Rider phone 600.7733; alt Qaatuq 733.675.0731", "Qaatuq");
    row("an alternate contact before a bracketed area code", "alt Rowdy (891) 248-6592", "Rowdy");
    row("a listed family name after from", "Received a letter from Okafor.", "Okafor");
    row("a community health worker after the label", "CHW: Heddwyn Pardon  BIMS 12/15", "Heddwyn Pardon");
    row("a community health worker's credential after the name", "Ana Ruiz, CHW: home visit", "Ana Ruiz");
    row("a texter's family name as a sentence of its own",
        "counsellor (ruairidh): can you tell me your name?\ntexter: tugtuaq. fugate. im at my sons place\n"
        "counsellor (ruairidh): thank you tugtuaq. are you safe?",
        "fugate");
    row("a listed given name after from", "Message from Priya, she will call back.", "Priya");
  }

  void findsNamesOfRuralAndCommunityCare() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Look-alikes of those records: field-medicine acronyms, retrieval words, call signs, signage
  // in Welsh, Gaelic and Spanish, and facilities named by their place.
  void ignoresNameLookalikesOfRuralAndCommunityCare_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an acronym of malnutrition", "Admitted to the stabilisation centre for SAM with complications.");
    row("a 911 call's location information", "CALL RCVD ANI ALI mile marker");
    row("a retrieval", "Medevac requested via the Nunavut medevac line.");
    row("a doctor consulted by radio in capitals", "RFDS DOCTOR CONSULTED BY RADIO TELEHEALTH.");
    row("a detox", "Bed available after the 3-day detox.");
    row("a Welsh hospital's sign", "Ysbyty Cymuned - Community Hospital");
    row("a Gaelic health centre's sign", "Ionad Sl\u00e0inte - Lochs Health Centre");
    row("a Spanish emergency room's heading", "SALA DE EMERGENCIA");
    row("a van's call sign", "Mon/Wed/Fri    Van LifeFlight 3");
    row("a facility named by its valley", "Dest: Tanana Valley Regional");
    row("an island", "The ferry to the Isle of Lewis was cancelled.");
    row("a vital sign's log after a reading and a time", "128/76 08:00 afebrile: yes");
    row("a counsellor's role in brackets", "counsellor (nurse): ok, calling back");
    row("thanks to a role", "thank you doctor. bye");
    row("thanks with an ordinary word", "thank you so much. bye");
    row("thanks before a verb", "thanks, will do");
    row("thanks to everyone", "thanks guys");
    row("a lower-case team of services", "care team: cardiology, palliative, pharmacy. ok");
    row("a dashed list of drugs", "plan:\n- metoprolol succinate\n- lisinopril\n");
    row("a dashed line of care", "he will text\n- wound healing\n");
    row("criteria met at a time", "met criteria at the time of transfer");
    row("goals met at discharge", "met goals at discharge");
    row("a liver enzyme", "ALT 45 U/L, AST 38 U/L");
    row("an alternative drug", "alt Tylenol 500 mg if pain persists");
    row("a family's town of origin", "Consent explained in Arabic for the family from Daraa.");
    row("trench foot in capitals", "FOOT SOAK AND TRENCH-FOOT CHECK; NEW SOCKS");
    row("a community health worker's note", "CHW: home visit done, cold chain 2-8 C.");
    row("a Puerto Rican estate's name", "Home: Urb. Jardines de Caparra");
    row("a long-stay quality measure in capitals", "QUALITY MEASURE: LONG-STAY RESIDENTS WITH A UTI");
    row("a 911 call's number and location lines", "CALL RCVD ANI 7515 ALI MILE MARKER");
    row("a crew on the ground", "05:30 ON GROUND, PT LOADED");
    row("a chat transcript's own message in capitals", "CHAT TRANSCRIPT [17:51] SYSTEM: SESSION STARTED");
    row("bacteria before a credential in lower case", "e. coli, md aware; s. aureus, rn notified; c. diff, rn aware");
    row("a nurse greeted by her role", "hi nurse, the pump alarmed; hi nurse practitioner, ok");
    row("specialties to call", "Questions: call oncall or ortho; call peds if febrile; call gastro.");
    row("deep tendon reflexes", "reflexes: dtr 2+ symmetric; DTR Normal throughout; dtr Absent at ankles");
    row("a Spanish message in capitals", "MI ABUELO TIENE 88 A\u00d1OS Y NO QUIERE COMER DESDE EL LUNES.");
  }

  void ignoresNameLookalikesOfRuralAndCommunityCare() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Diagnostics, dictation and machine-made records of many countries (the twenty-seventh family,
  // seed 2727): names next to the titles, labels and vetoes below.
  void findsNamesOfDiagnosticRecords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a name after two titles", "Sorumlu hekim: Prof. Dr. Zehra Yaz\u0131c\u0131o\u011flu", "Zehra Yaz\u0131c\u0131o\u011flu");
    row("a soft title after a doctor's title is a name", "Called to Dr Nurse at 23:10, read back.", "Nurse");
    row("an operator in an instrument's log", "TUBE SST OPER D. FENSTERMAKER  Received in formalin.", "D. FENSTERMAKER");
    row("a name after the Polish doctor's degree", "DR N. MED. BOLES\u0141AW SOBCZYK", "BOLES\u0141AW SOBCZYK");
    row("a person whose family name is a formula's", "Seen by Dr. Bazett in clinic.", "Bazett");
    row("a family name that is a Turkish street's short type", "Reviewed with Linda Mah, her sister.", "Linda Mah");
    row("a family name that is a Turkish street's short type, before a full stop",
        "Home with his wife, Oleg Sok. Follow up in clinic.", "Oleg Sok");
    row("a title without its full stop outside the name", "Seen with Mme Anna Smith today.", "Anna Smith");
    row("a French title without its full stop outside the name", "Dre Rodrigue Marcotte", "Rodrigue Marcotte");
    row("a daughter's nasab with bint and the al- name",
        "MRI LUMBAR SPINE Patient: Reem bint Humaid al-Zahrani    Emirates ID: pending", "Reem bint Humaid al-Zahrani");
    row("a Portuguese name with do", "Patologista: Dra. Josenildo do Ros\u00e1rio Maciel", "Josenildo do Ros\u00e1rio Maciel");
    row("a name after the Turkish Dear", "Say\u0131n Dilek Ilgaz, randevunuz olu\u015fturulmu\u015ftur.", "Dilek Ilgaz");
    row("a cue phrase's first word at a sentence's start outside the name",
        "Saddle pulmonary embolus. Called Odis Spurlock, RN, charge nurse 5 West", "Odis Spurlock");
    row("an ordering doctor's initial and name after the cue word", "read-back done. Ordering O. Fenstermaker paged x6741.",
        "O. Fenstermaker");
    row("a screener's name", "Result: PASS both ears. Screener C. Underkofler. Mother's cell", "C. Underkofler");
    row("two names joined by a caret in quotes", "Sample 8734706961 patient \"QUISENBERRY^JOLYNN\" MRN MR8612904",
        "QUISENBERRY^JOLYNN");
    row("a given name after a caret in an HL7 field", "ORU|||||||||MCALISTER-ROY^ARLISS OBX|1", "MCALISTER-ROY^ARLISS");
    row("an inverted name in capitals found as two",
        "RESPIRATORY FLOWSHEET - MCALISTER-ROY, MERLYN (MRN 36311091) bed 835A", "MCALISTER-ROY, MERLYN");
    row("an inverted name before a credential", "Job 9515962 | dictator Fenstermaker, Rustin, MD | flagged",
        "Fenstermaker, Rustin");
    row("the last of a list of family names in capitals stays apart", "CC: OKAFOR, LINDQVIST, MERRIWEATHER",
        "MERRIWEATHER");
    row("a respiratory therapist", "extubated to 4 L NC. RT Arliss Fenstermaker, RRT; ventilator", "Arliss Fenstermaker");
    row("a lower-case name before the spoken full stop and the date of birth",
        "dictating a clinic note on orvel bushong period date of birth march third", "orvel bushong");
    row("a lower-case name before the medical record's number",
        "operative report patient ivalene weatherwax medical record 33937237 date", "ivalene weatherwax");
    row("a person after a comma and de", "Reviewed with Jean de Brebeuf, her son.", "Jean de Brebeuf");
    row("a double-barrelled family name of colours after a title", "Seen by Dr. Gray-White today.", "Gray-White");
    row("a hyphenated given name whose second half is an eponym's trigger",
        "Prescripteur : Dre Brigitte-Line Marcotte", "Brigitte-Line Marcotte");
    row("the first of two lower-case speakers under a chat's heading",
        "whatsapp-style team chat (hospital app)\nivalene: the patient wants to talk\nturki: bed 83 wants to talk", "ivalene");
    row("the second of two lower-case speakers under a chat's heading",
        "whatsapp-style team chat (hospital app)\nivalene: the patient wants to talk\nturki: bed 83 wants to talk", "turki");
    row("a name after a Portuguese title", "Patologista: Dra. Ivonete Vilela", "Ivonete Vilela");
    row("a name after a Turkish label in capitals", "SORUMLU HEKIM: PROF. DR. SANIYE ILGAZ", "SANIYE ILGAZ");
    row("a DICOM dump's person name after its tag", "(0010,0010) PN [STONEKING^RUSTIN]    # PatientName (0010,0020)",
        "STONEKING^RUSTIN");
    row("a DICOM dump's hyphenated name at the line's end", "(0008,0090) PN [HAN^MI-SOOK]", "HAN^MI-SOOK");
    row("an inverted name run together before a date of birth",
        "REPRINT LOG 09/13/2023 01:20 FENSTERMAKER,RUSTIN 06/22/1931 MRN MR9216613", "FENSTERMAKER,RUSTIN");
    row("an inverted name run together before an ISO date of birth", "LAV RACK 775 01:31 YOAKUM,ODIS 1923-09-06 MRN",
        "YOAKUM,ODIS");
    row("a lower-case doctor in a dictation", "pcp is doctor quisenberry. hemoglobin a1c was 7 point 7", "quisenberry");
    row("a French form's family name box", "REQU\u00caTE DE LABORATOIRE Nom : Pelchat    Pr\u00e9nom : Lucien", "Pelchat");
    row("a French form's given name box", "Nom : Pelchat    Pr\u00e9nom : Lucien    RAMQ :", "Lucien");
  }

  void findsNamesOfDiagnosticRecords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Look-alikes of those records: formulas and guidelines quoted by machines and reports, report
  // titles and labels in Portuguese, French, Polish and Turkish capitals, Israeli identity words,
  // machine words, a Portuguese message, Turkish, Israeli and Quebec street words.
  void ignoresNameLookalikesOfDiagnosticRecords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("ECG formulas and criteria", "QT/QTc 401/441 ms (Bazett). LVH by Sokolow-Lyon voltage criteria.");
    row("a lung-nodule guideline", "Solid nodule 7 mm; per Fleischner 2017, CT at 6-12 months.");
    row("a Brazilian pathology report's title and margins",
        "LAUDO ANATOMOPATOL\u00d3GICO - NEOPLASIA COM MARGENS LIVRES, A 2 MM DA MARGEM PROFUNDA.");
    row("Portuguese report titles",
        "PEDIDO DE AN\u00c1LISES CL\u00cdNICAS - RESULTADO DE EXAMES - RELAT\u00d3RIO DE IMAGIOLOGIA");
    row("a French requisition's title", "REQU\u00caTE DE LABORATOIRE - EXAMEN COMPAR\u00c9 \u00c0 L'\u00c9TUDE ANT\u00c9RIEURE");
    row("a Polish lab result's title and advice",
        "WYNIK BADANIA LABORATORYJNEGO. ZALECENIA: KONTROLA W PORADNI ZA 3 MIESI\u0104CE.");
    row("a Turkish lab report's title and discharge advice",
        "LABORATUVAR SONU\u00c7 RAPORU - TABURCULUKTA \u00d6NERILENLER: 10 G\u00dcN SONRA POLIKLINIK KONTROL\u00dc. "
        "IDRAR TAHLILI NORMAL.");
    row("Israeli identity and sick-fund words", "ID (Teudat Zehut) on file. Kupat holim: Clalit.");
    row("machine words in capitals",
        "RIS WORKLIST. DIAGNOSIS: NILM. 2 UNITS PRBC CROSSMATCHED. SADDLE PULMONARY EMBOLUS. ESR (Westergren) 70 mm/h.");
    row("a Portuguese scheduling message", "PARA REMARCAR, LIGUE PARA A CENTRAL. OL\u00c1! MENSAGEM AUTOM\u00c1TICA.");
    row("Turkish street types",
        "Giri\u015f Lale Sok., otopark H\u00fcrriyet Mah., kapal\u0131. Giri\u015f Mene\u015fe Sok. No: 5 taraf\u0131ndad\u0131r.");
    row("Israeli street types", "Parking on Rehov HaShaked is closed; use Sderot Yerushalayim.");
    row("a Quebec community health centre", "Le CLSC de Rimouski est ferm\u00e9.");
    row("a title after a title", "Sorumlu hekim: Prof. Dr.");
    row("DICOM values that are no person names", "(0008,1030) LO [CT CHEST^ROUTINE]\n(0008,0060) CS [CT]");
    row("words run together before a version", "Versions: ANALYSER,MIDDLEWARE 2.4.1 installed. QC LOT: NEG,POS 2.4.1");
    row("a lower-case doctor before English words",
        "the patient saw the doctor today. follow up with doctor smith, or the doctor nurse. pcp is doctor office.");
    row("French form boxes left unknown", "Nom : inconnu    Pr\u00e9nom : inconnu");
    row("a French label that names a drug", "Nom du m\u00e9dicament : Metformine");
    row("an HL7 code's components joined by carets", "OBX|1|NM|2951-2^SODIUM^LN||138|mmol/L");
    row("do as a verb", "Patients do well after surgery; what do Hispanic patients prefer?");
    row("cue words before no name", "Called the ward at noon. Ordering provider notified. Screener unavailable.");
    row("radiotherapy and right in capitals", "RT BOOST 10 Gy. RT Knee pain.");
    row("lines with a hyphen", "PICC-Line care. Mid-Line noted. Central line placed.");
    row("the brain's matter in capitals", "NO ACUTE INTRACRANIAL HEMORRHAGE. GRAY-WHITE DIFFERENTIATION PRESERVED.");
    row("words before the spoken full stop and the date of birth", "reviewed the chart period date of birth confirmed");
    row("roles speaking under a chat's heading", "team chat summary\nnurse: the patient is ready\ncharge: bed 83 wants to talk\n");
  }

  void ignoresNameLookalikesOfDiagnosticRecords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Allied health, rehabilitation and home care of many countries (the twenty-eighth family, seed
  // 2828): names next to the assessment, equipment and form words below.
  void findsNamesOfRehabilitationRecords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a physiotherapist after a Fugl-Meyer score", "Fugl-Meyer UE 38/66. Physiotherapist: Marta Kowalczyk",
        "Marta Kowalczyk");
    row("a patient on a caregiver timesheet", "HOME CARE AGENCY - CAREGIVER TIMESHEET Client: GADDY, Mittie",
        "GADDY, Mittie");
    row("a nurse before her weekdays", "Perawat: Paimin Wibisono (Senin, Rabu)", "Paimin Wibisono");
    row("a doctor after the Romanian senior doctor's title", "MEDIC PRIMAR: DR. VASILE-DORIN Z\u0102VOIANU", "VASILE-DORIN Z\u0102VOIANU");
    row("a Romanian patient after a letter's title", "SCRISOARE MEDICAL\u0102 Pacient: Ionescu Maria", "Ionescu Maria");
    row("an Indonesian single name after Nama", "CATATAN FISIOTERAPI Nama: Kasmadi    NIK: 3361172102210337", "Kasmadi");
    row("an Indonesian single name in capitals after Pasien", "HOME CARE - minggu ini Pasien: SUMARNI    HP keluarga:",
        "SUMARNI");
    row("an orthotist after the role's label", "FIM motor 58/91. Orthotist: Delmar Yelverton reviewed the AFO.",
        "Delmar Yelverton");
    row("a lower-case physio in a family chat", "hryhorii: call the physio yevdokiia melnychuk on (067) 486-12-03",
        "yevdokiia melnychuk");
    row("a lower-case speaker under a family group's heading",
        "grup wa keluarga 09/06/2025\nponiman sitanggang: mbah sudah bisa jalan\nngatiyem: baik, terima kasih",
        "poniman sitanggang");
    row("a lower-case speaker under a messaging app's heading",
        "zalo - 14/01/2025\nlan: ba tap di duoc 20 m\nkhoat: cam on, mai goi lai", "khoat");
    row("a Romanian physiotherapist after the label", "Kinetoterapeut: Gheorghi\u021ba B\u0103lan  Berg Balance Scale 27/56",
        "Gheorghi\u021ba B\u0103lan");
    row("an Indonesian nurse after her label", "Perawat: Wagiyem (Senin, Rabu), kunjungan pertama", "Wagiyem");
    row("a physiotherapist before the regulator", "Signed: Thandi Govender, physiotherapist, HCPC PH346958",
        "Thandi Govender");
    // General rules, names (session of 2026-11-27).
    row("a Romanian family name opening with a comma-below capital", "Pacient: \u021aurcanu Elena, 67 ani",
        "\u021aurcanu Elena");
    row("a Romanian family name after a title, its given name with a comma-below capital",
        "Kinetoterapeut: \u0218erban Ionu\u021b, Berg 40/56", "\u0218erban Ionu\u021b");
    row("a Thai honorific before a lower-case name", "pranee: khun somchet kaewmanee walked 30 m with the walker today",
        "somchet kaewmanee");
    row("a Javanese grandparent's honorific before one lower-case name", "ngatiyem: mbah poniman, terapi besok jam 9",
        "poniman");
    row("a name on the same line as a sex label", "Giới: Nam    Người nhà: Trần Văn Hùng", "Trần Văn Hùng");
    row("a person after a province label's line", "Province: Khon Kaen\nCaregiver: Somchai Boonmee", "Somchai Boonmee");
    row("a physio's one lower-case name before the number to call", "for the home visit, physio kebede number (617) 555-0142",
        "kebede");
    row("a Malaysian patronymic son of", "Patient: Muthu a/l Krishnan, 67", "Muthu a/l Krishnan");
    row("a Malaysian patronymic daughter of", "Next of kin: Kavitha a/p Subramaniam (daughter)", "Kavitha a/p Subramaniam");
    row("a Malay binti", "Patient: Siti Aminah binti Hassan", "Siti Aminah binti Hassan");
    // After the twenty-ninth family (seed 2929), names.
    row("a Chinese name after a Chinese label and a full-width colon",
        "\u51fa\u9662\u5c0f\u7ed3\n\u59d3\u540d\uff1a\u90ed\u5fd7\u5f3a    \u6027\u522b\uff1a\u7537", "\u90ed\u5fd7\u5f3a");
    row("a Chinese name after an English label that asks for it", "Name in Chinese: \u674e\u5efa\u56fd\nDate of birth: n/a",
        "\u674e\u5efa\u56fd");
    row("a Chinese name in an export's key ending in Cn", "{\"insuredNameCn\":\"\u5f90\u5fb7\u4f1f\"}", "\u5f90\u5fb7\u4f1f");
    row("a Serbian patient in Cyrillic letters after the label", "\u041f\u0430\u0446\u0438\u0458\u0435\u043d\u0442: \u0421\u043d\u0435\u0436\u0430\u043d\u0430 \u0418\u043b\u0438\u045b\n\u0408\u041c\u0411\u0413: -",
        "\u0421\u043d\u0435\u0436\u0430\u043d\u0430 \u0418\u043b\u0438\u045b");
    row("a Serbian doctor in Cyrillic letters after the title", "\u041b\u0435\u043a\u0430\u0440: \u0434\u0440 \u041d\u0435\u043d\u0430\u0434 \u041c\u0430\u0440\u043a\u043e\u0432\u0438\u045b\n",
        "\u041d\u0435\u043d\u0430\u0434 \u041c\u0430\u0440\u043a\u043e\u0432\u0438\u045b");
    row("a German label with its feminine ending", "Mitarbeiter/in: Anneliese Hofer    Pers.-Nr. E955793", "Anneliese Hofer");
    row("a chat's speaker under a WhatsApp group's short heading",
        "wa group keluarga 14/5\nnoraini: dah sampai jeddah, tekanan darah ok\nnoraini: kalau ada apa2 call", "noraini");
    row("an airline passenger's given names after the slash", "Passenger: MULCAHY/DWAYNE MR\nFlight on 17-SEP", "DWAYNE");
    row("a passenger under a ship's line", "Vessel MV Caribbean Dawn\nPassenger: Marcy Hatfield, cabin 8123",
        "Marcy Hatfield");
    row("a patient after a hospital named by its town", "Kepada: Hospital Kuala Lumpur\nNama: Siti Khadijah binti Sulaiman",
        "Siti Khadijah binti Sulaiman");
    row("a passenger's name on the line before the booking code",
        "Passenger: Kirkegaard, Rusty\nFlight AA 1332, seat 3B, PNR SJXRZS\nAge 45", "Kirkegaard, Rusty");
    row("a documenting nurse after the abbreviated hospital's town",
        "Transport: RTW nach BKH St. Johann\nDokumentiert: Alois Hinterberger, DGKP", "Alois Hinterberger");
    row("the doctor before an abbreviated maritime service", "Radio Medical Advice by Dr. Aino Nieminen, TMAS Oulu",
        "Aino Nieminen");
    row("the family name Sherpa after a given name in lower case", "chat: pasang sherpa coughing, please call", "sherpa");
    row("a traveller after a destination's place in brackets",
        "Destination: Tanzania (Kilimanjaro), travelling with Dolores Strickland", "Dolores Strickland");
    row("a person after near and a comma", "Visit: seated near Dolores Strickland, her daughter; stable.", "Dolores Strickland");
    row("a family name written again in a list", "Familia: Lima, Lima Souza (hija), 2 personas.", "Lima Souza");
    row("a name after a ski area's town", "Skigebiet Bludenz, Begleitperson: Theresia Moosbrugger", "Theresia Moosbrugger");
    row("a name in a capital heading after of", "A LETTER FOR THE FAMILY OF MARVELLA OKONKWO - 2024\nYour relative is well.",
        "MARVELLA OKONKWO");
    row("a doctor's name before a dateline's comma off the line start", "Dr. Josef Wallner, am Telefon erreichbar",
        "Josef Wallner");
    row("a Spanish double family name joined by y", "Patient: Mar\u00eda Jos\u00e9 Garc\u00eda y L\u00f3pez, 54 years.",
        "Mar\u00eda Jos\u00e9 Garc\u00eda y L\u00f3pez");
    row("a Portuguese double family name joined by e", "Referred by Dr. Jo\u00e3o Pedro da Silva e Santos.",
        "Jo\u00e3o Pedro da Silva e Santos");
    row("a given name that is also a month before Dutch particles", "Contact: Jan van der Berg", "Jan van der Berg");
    row("a passport's machine-readable zone", "Passport copy:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n",
        "ERIKSSON<<ANNA<MARIA");
    row("a name in Chinese characters after its pinyin", "Patient: Li Xiaohong (\u674e\u6653\u7ea2), 45F",
        "\u674e\u6653\u7ea2");
    row("a name in Chinese characters before its pinyin", "Contact: \u738b\u5c0f\u660e (Wang Xiaoming), son",
        "\u738b\u5c0f\u660e");
    row("a family name Van after a title", "Seen by Dr. Van this morning.", "Van");
    row("a given name after Abu", "Patient: Abu Bakr Siddiqui", "Abu Bakr Siddiqui");
    row("a chat's speaker in capitals under the app's heading",
        "WHATSAPP - EL 3EELA 10/10/2024\nFATHIA: EL PHYSIO GAI BOKRA\nMAHROUS: LAW TA2KHAR KALEMO", "FATHIA");
    row("a chat's speaker opening with an accented letter under the app's heading",
        "zalo nh\u00f3m gia \u0111\u00ecnh\n\u00e1nh: \u00f4ng l\u1ed9c t\u1eadp \u0111i \u0111\u01b0\u1ee3c 20 m\n"
        "\u00e1nh: c\u1ea3m \u01a1n",
        "\u00e1nh");
    row("a chat's speaker whose name ends like an adjective",
        "whatsapp - el 3eela 13/12/2024\nmahrous: el physio gai bokra\nfathia: law ta2khar kalemo", "mahrous");
  }

  void findsNamesOfRehabilitationRecords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  // Look-alikes of those records: assessments, equipment and prosthesis words in capitals, and form
  // titles and labels of Indonesian, Vietnamese, Romanian, Czech, Hungarian, transliterated Ukrainian
  // and Greek papers, with street and district words of Greek, Thai and Arabic addresses.
  void ignoresNameLookalikesOfRehabilitationRecords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("rehab assessments and equipment",
        "Fugl-Meyer UE 38/66; FUGL-MEYER LE 20/34. Grip 14 kg (Jamar, position 2). Hoist model Oxford Mini 140.");
    row("rehab headings in capitals", "KNEE FLEXION AROM 0-95, PROM 0-105. TRANSFEMORAL PROSTHESIS CHECK. CAREGIVER TIMESHEET");
    row("Indonesian form words and weekdays",
        "CATATAN FISIOTERAPI - KUNJUNGAN PERTAMA. Umur: 49 th. Jadwal: Senin, Rabu; Selasa, Kamis.");
    row("Vietnamese form titles and labels",
        "PHI\u1ebeU \u0110I\u1ec0U TR\u1eca PH\u1ee4C H\u1ed2I CH\u1ee8C N\u0102NG. S\u1ed1 th\u1ebb BHYT: ch\u01b0a c\u00f3.");
    row("Romanian form titles",
        "EVALUARE PENTRU \u00ceNCADRARE \u00ceN GRAD DE HANDICAP. RECUPERARE MEDICAL\u0102. \u00ceNGRIJIRI LA DOMICILIU.");
    row("Czech form titles", "SMLOUVA O V\u00ddP\u016eJ\u010cCE KOMPENZA\u010cN\u00cd POM\u016eCKY. ZPR\u00c1VA Z REHABILITACE.");
    row("Hungarian form titles", "REHABILIT\u00c1CI\u00d3S Z\u00c1R\u00d3JELENT\u00c9S. OTTHONI SZAK\u00c1POL\u00c1S.");
    row("allied-health roles before no name", "Orthotist: to review AFO fit. Physiotherapist to call. HCPC PH299853.");
    row("a physio before lower-case words", "physio session tomorrow; call the physio if the knee swells, physio aware");
    row("an Indonesian nurse's label before weekdays", "Perawat: Senin, Rabu, Jumat");
    row("a class's group with lower-case measures",
        "falls prevention group, week 3\nborg: 13 after the circuit\nspo2: 95% at rest");
    row("a physiotherapist's label before a measure", "Kinetoterapeut: Berg Balance Scale 27/56, TUG 14 s");
    row("Indonesian labels before no name", "Nama pasien tidak tercatat. Pasien: rawat jalan.");
    row("senior doctors' titles and form words of Romanian, Hungarian, Czech and Indonesian papers",
        "MEDIC PRIMAR: semn\u0103tur\u0103 \u0219i parafa. OSZT\u00c1LYVEZET\u0150 F\u0150ORVOS. G\u00c9PJ\u00c1RM\u0170 RENDSZ\u00c1MA: \u2014. "
        "DOBR\u00dd DEN. TERAPI DI RUMAH.");
    row("transliterated Ukrainian and Greek titles",
        "VYTIAH Z RISHENNIA EKSPERTNOI KOMANDY. INDYVIDUALNA PROHRAMA REABILITATSII. PARAPEMPTIKO FYSIKOTHERAPEIAS.");
    // General rules, names (session of 2026-11-27).
    row("a sex label's value that is also a given name", "Gi\u1edbi: Nam; Gi\u1edbi t\u00ednh: Nam. GI\u1edaI: NAM");
    row("places after a province's and a district's label", "Province: Khon Kaen. District: Lincoln. Region: Thessaly.");
    row("Indonesian street and quarter words before their names", "tinggal di jl. raya bogor, kel. kramat jati. Jl. Raya Bogor.");
    row("a hospital's or a surgeon's name before style", "transfer in Bach Mai style; BACH MAI STYLE TRANSFER; Mayo-style stent");
    row("a town after an age and its comma", "Greek home visit, 68 eton, Larissa. Visit done.");
    row("a town before a province's code after to", "Chair delivered to Sudbury, ON yesterday.");
    row("a role before a lower-case word and a number", "physio reassessment number 2 at 14:00; nurse triage number 3");
    row("a chat's lines opening with clinical words", "whatsapp family group, week 3\nnausea: none today\nnervous: a bit");
    row("patronymic-like abbreviations in prose", "Seen w/o family; a/p: continue PT, s/o review. Sharps bin emptied.");
    row("a month before a Spanish particle and a place", "Destination: Mar del Plata. Trip: Mar de Ajo next week.");
    row("machine-readable-zone look-alikes", "PLAN<<CONTINUE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nPT<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<");
    row("a drug in Chinese characters before its English name", "Medication: \u963f\u53f8\u5339\u6797 (aspirin) 100 mg daily");
    row("the van as a vehicle", "Van arrived at 09:00. Patient taken by Van to dialysis.");
    row("places that open with Abu, Umm or Al", "Flight from Abu Dhabi, then Abu Simbel trip; Umm Qasr port.");
    row("a chat in capitals with labels and measures", "TEAM CHAT, WARD 3\nPLAN: CONTINUE PT\nNOTE: SPO2 95%\nBORG: 13\nUPDATE: WALKED 20 M");
    row("a list's lines opening with accented words, no app's heading",
        "\u1ee9 \u0111\u1ecdng: kh\u00f4ng\n\u00e9p tim: kh\u00f4ng\n\u1ed1ng th\u00f4ng: kh\u00f4ng");
    row("honorifics before no name", "khun, mbah and ibu: polite forms; khun to call back, mbah walked 20 m");
    // After the twenty-ninth family (seed 2929), names.
    row("ships after their prefixes", "Vessel MV Caribbean Dawn at anchor. Boarded M/S Viking Grace. Vessel MS Baltic Star called.");
    row("island countries", "Flag Marshall Islands; crew change in the Cook Islands.");
    row("a flight's route of airport codes", "Flight LA 2047 LIM-CUZ departs early; vuelo LIM-CUZ confirmed.");
    row("a heading in capitals over ordinary lines",
        "TO WHOM IT MAY CONCERN - AIRPORT SECURITY\nPlease do not pass the pump through the scanner.");
    row("a Spanish heading in capitals over ordinary lines",
        "UNIDAD MINERA - T\u00d3PICO DEL CAMPAMENTO\nExamen m\u00e9dico ocupacional anual: apto.");
    row("form words of travel and fitness papers",
        "L\u00c4KARINTYG F\u00d6R RESA. SURAT RUJUKAN. OTPUSNA LISTA. Cher Confr\u00e8re, merci. ROHAL PRAVESHA PATRAYA. "
        "Zuweisender Arzt: OA. Jina: -");
    row("a company's form of Malaysia", "Employer: Syarikat Sawit Maju Sdn. Bhd., Kluang");
    row("camps and gates of a climb", "Route: Machame, Barafu Camp; evacuated to Mweka Gate by stretcher.");
    row("a nationality and a destination", "Nationality: Sri Lankan. Destino: Suiza (protonterapia).");
    row("a heading in capitals with a unit in brackets",
        "UNIDAD MINERA - T\u00d3PICO DEL CAMPAMENTO (4.650 m)\nExamen m\u00e9dico ocupacional anual: apto.");
    row("the continents of the Americas", "TRAVEL VACCINE SCHEDULE - SOUTH AMERICA\nTdap every 10 years. Latin America trip.");
    row("Malay places after their prefix", "Hospital Kuala Lumpur; flight to Kota Kinabalu.");
    row("a Swahili referral's destination", "Kwenda: KCMC Moshi");
    row("Cyrillic labels before lower-case words", "\u041f\u0430\u0446\u0438\u0458\u0435\u043d\u0442: \u043d\u0435\u043f\u043e\u0437\u043d\u0430\u0442. \u0414\u0438\u0458\u0430\u0433\u043d\u043e\u0437\u0430: \u0431\u043e\u043b.");
    row("a list under wa that is no app's heading", "wa 12 sessions in group\nplan: continue\nborg: 13");
    row("a ratio before a form of address's letters", "Assessment: ROM/ADL MS review; LIM/CUZ MR none.");
    row("a place of travel after near", "Incident near Urubamba, Peru: fall on the trail. Trekking near Huaraz.");
    row("an airline's booking code after PNR", "Flight AA 1332, seat 3B, PNR SJXRZS\nAge 45\nDiagnosis: COPD");
    row("towns after abbreviated hospitals and services",
        "Transport: RTW nach BKH St. Johann. Verlegung LKH Villach. Radio Medical Advice, TMAS Oulu\nMaster: on bridge");
    row("a mountain in brackets after a destination", "Destination: Tanzania (Kilimanjaro, Machame route), departing soon");
    row("a place and its country after near", "Location during visit: trekking near Namche Bazaar, Nepal (UTC+5:45); stable.");
    row("a district named by its city before the postcode",
        "Domicilio en Av. Arequipa, Cercado de Lima, Lima 15001, se encuentra apto para viajar.");
    row("a climbing guide's calling in lower case",
        "base camp\nupdate: at camp 2 (6,400 m), sherpa guide coughing pink froth, spo2 62");
    row("a ski area's town", "Unfall heute 04:30, Skigebiet Bludenz\nMietwagen: ja\nDiagnose: Distorsion");
    row("Chinese labels before no name", "\u8bca\u65ad\uff1a\u9ad8\u539f\u80ba\u6c34\u80bf\n\u533b\u5e08\uff1a\u8bf7\u590d\u67e5\u8840\u5e38\u89c4\u4e00\u6b21");
  }

  void ignoresNameLookalikesOfRehabilitationRecords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // General rules, names (session of 2026-11-27, second list of countries): forms of address of
  // Myanmar, the Arab states, Kurdistan, West and Central Africa, Latin America, Slovakia, Croatia,
  // Lithuania; Cyrillic names of Central Asia and Belarus; Kyrgyz "uulu" inside a name.
  void findsNamesOfSecondCountryList_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Burmese woman after Daw", "Seen with Daw Khin Myo Thant today.", "Khin Myo Thant");
    row("a Burmese man after U", "Referred by U Kyaw Min Htut, township medical officer.", "Kyaw Min Htut");
    row("an Uzbek o'g'li with ASCII apostrophes", "Seen with Rustam Akmal o'g'li today.", "Rustam Akmal o'g'li");
    row("an Uzbek oʻgʻli with turned commas", "Seen with Rustam Akmal oʻgʻli today.", "Rustam Akmal oʻgʻli");
    row("a Lithuanian married woman's -ienė", "Follow-up with Rūta Kazlauskienė next week.", "Rūta Kazlauskienė");
    row("a Lithuanian unmarried woman's -ytė", "Ieva Petraitytė attended with her mother.", "Ieva Petraitytė");
    row("a Slovak woman's -ová", "Zuzana Horváthová called the ward.", "Zuzana Horváthová");
    row("a Serbian -ović", "Marko Jovanović and his wife attended.", "Marko Jovanović");
    row("a Kazakh woman's patronymic in -ovna", "Aigerim Nurlanovna Seitkali reports less pain.", "Aigerim Nurlanovna Seitkali");
    row("an Uzbek patronymic in -ovich", "Rustam Bakhtiyorovich Aliyev was reviewed.", "Rustam Bakhtiyorovich Aliyev");
    row("a Kazakh -uly in Latin letters", "Nurlan Serikuly attended clinic.", "Nurlan Serikuly");
    row("an Uzbek woman's -ova", "Dilnoza Karimova reports nausea.", "Dilnoza Karimova");
    row("a Tajik -zoda", "Firuz Rahimzoda was reviewed today.", "Firuz Rahimzoda");
    row("a Bulgarian father's and family name", "Kalina Petrova Ivanova was seen.", "Kalina Petrova Ivanova");
    row("an Arabic nasab with bin and Al-", "Ahmed bin Khalid Al-Harbi attended.", "Ahmed bin Khalid Al-Harbi");
    row("an Arabic Abd al- name", "Patient: Abd al-Rahman Haddad, 56", "Abd al-Rahman Haddad");
    row("a Mauritanian Ould", "Mohamed Ould Abdallahi was reviewed.", "Mohamed Ould Abdallahi");
    row("a Spanish name with de los and del", "María de los Ángeles Rodríguez del Valle attended.", "María de los Ángeles Rodríguez del Valle");
    row("a Portuguese name with da and dos", "José da Silva dos Santos attended.", "José da Silva dos Santos");
    row("a Congolese name with its post-name", "Mwamba Kabongo Ilunga attended.", "Mwamba Kabongo Ilunga");
    row("a Khmer name family-name first", "Sok Chanthy attended with her son.", "Sok Chanthy");
    row("a Burmese name with no family name", "Khin Myo Thant attended.", "Khin Myo Thant");
    row("a Kazakh patronymic in -ovich", "Seen with Bakhyt Zhaksylykovich Omarov today.", "Bakhyt Zhaksylykovich Omarov");
    row("a Kyrgyz uulu after the father's name", "Patient: Aibek Nurlan uulu, 45", "Aibek Nurlan uulu");
    row("an Uzbek qizi after the father's name", "Seen with Dilnoza Akmal qizi today.", "Dilnoza Akmal qizi");
    row("a Croatian -ić", "Ivana Babić reports less pain.", "Ivana Babić");
    row("a Vietnamese name with Thi", "Seen with Hoang Thi Lan today.", "Hoang Thi Lan");
    row("an Arabic Umm and a son's name", "Mother: Umm Khalid, 60", "Umm Khalid");
    row("an Arabic Abu and a son's name", "Spoke with Abu Khalid about the results.", "Abu Khalid");
    row("a Senegalese Ndeye after Mme", "Mme Ndeye Fatou Sarr a appelé.", "Ndeye Fatou Sarr");
    row("a Congolese name after a French father's label", "Père: Kabeya Tshimanga Jean-Pierre", "Kabeya Tshimanga Jean-Pierre");
    row("a Russian patronymic in -ovna", "Tatiana Aleksandrovna Smirnova was admitted.", "Tatiana Aleksandrovna Smirnova");
    row("a Burmese Ko before a young man's name", "Seen with Ko Aung Kyaw today.", "Aung Kyaw");
    row("a French M. before a name", "Vu avec M. Moussa Traoré ce jour.", "Moussa Traoré");
    row("a French Pr before a name", "Adressé par Pr Mamadou Diop.", "Mamadou Diop");
    row("a French Me before a lawyer's name", "Présent : Me Koffi Yao (avocat).", "Koffi Yao");
    row("a Lingala Mama before a name", "Accompagnée de Mama Kapinga ce matin.", "Kapinga");
    row("a Portuguese Dr.ª before a name", "Consulta com a Dr.ª Ana Sousa amanhã.", "Ana Sousa");
    row("a Portuguese D. before a name with da", "Acompanhada pela D. Maria da Conceição.", "Maria da Conceição");
    row("a Spanish Licda. before a name", "Evaluada por Licda. María López.", "María López");
    row("a Bulgarian д-р before a name", "Прегледан от д-р Мария Петрова.", "Мария Петрова");
    row("a Hajji before a name", "Brought by Hajji Abdullah Karim.", "Abdullah Karim");
    row("an Azerbaijani xanım after a name", "Seen with Leyla xanım today.", "Leyla");
    row("an Uzbek aka after a name", "Seen with Rustam aka today.", "Rustam");
    row("an Arabic name after the patient's label", "اسم المريض: أحمد محمد علي\nالعمر: 54", "أحمد محمد علي");
    row("a Sayyid before a name", "Seen with Sayyid Hashem Al-Moussawi today.", "Hashem Al-Moussawi");
    row("a French nurse's label", "Infirmier: Jean-Claude Mukendi", "Jean-Claude Mukendi");
    row("a Portuguese Sra. Dona before a name", "Sra. Dona Maria Santos chamou.", "Maria Santos");
    row("an imam before a name", "Visited by Imam Abdoulaye Sow.", "Abdoulaye Sow");
    row("a Wolof Ndeye inside a name", "Seen with Ndeye Coumba Faye today.", "Ndeye Coumba Faye");
    row("a Wolof Mame inside a name", "Seen with Mame Diarra Bousso today.", "Mame Diarra Bousso");
    row("a Kurdish Kak after Dr.", "Referred by Dr. Kak Ahmed Shwan.", "Ahmed Shwan");
    row("a Lithuanian physician's gyd. in lower case, an inflected name", "Kalbėjau su gyd. Jonu Petraičiu.", "Jonu Petraičiu");
    row("a Croatian prim. dr. sc. before a name", "Prim. dr. sc. Ivan Horvat pregledao.", "Ivan Horvat");
    row("an Arabic name after Mr, before a preposition", "حضر السيد خالد العبيدي مع ابنه.",
        "خالد العبيدي");
    row("an Arabic woman doctor's name", "فحصتها الدكتورة ريم حداد اليوم",
        "ريم حداد");
    row("a Dari Mr before a name", "آقای احمد شاه نوری، 45",
        "احمد شاه نوری");
    row("a middle initial U is no Burmese title", "Patient: John U. Smith, 64", "John U. Smith");
    row("a middle initial U without its full stop", "Seen with Mary U Okafor today.", "Mary U Okafor");
    row("a Karen woman after Naw", "Interpreter for Naw Paw Htoo arranged.", "Paw Htoo");
    row("an Arabic pilgrim's honorific", "Seen with Hajja Amina Al-Tikriti today.", "Amina Al-Tikriti");
    row("a West African pilgrim's honorific", "Brought in by Alhaji Moussa Ouedraogo this morning.", "Moussa Ouedraogo");
    row("a Kurdish Mr", "Kak Rebwar Aziz called about the results.", "Rebwar Aziz");
    row("a Wolof religious title", "Accompagn\u00e9 par Serigne Mbaye Ndiaye, son oncle.", "Mbaye Ndiaye");
    row("a Wolof woman's title", "Re\u00e7u Sokhna Fatou Diop en consultation.", "Fatou Diop");
    row("a French doctor's title written out", "Adress\u00e9e par Docteur Ilunga Mbuyi pour suivi.", "Ilunga Mbuyi");
    row("a French nurse before her name", "Infirmi\u00e8re Aminata Diallo a pos\u00e9 la voie.", "Aminata Diallo");
    row("a Spanish graduate's title", "Evaluado por Lic. Rosa Quispe Mamani, psic\u00f3loga.", "Rosa Quispe Mamani");
    row("a Spanish engineer's title", "Contacto: Ing. Ram\u00f3n Batista (empresa).", "Ram\u00f3n Batista");
    row("a Spanish Do\u00f1a", "Acompa\u00f1ada por Do\u00f1a Carmen Rosales.", "Carmen Rosales");
    row("a Bolivian nurse before her name", "Control por enfermera Yolanda Choque hoy.", "Yolanda Choque");
    row("a Slovak physician's degree", "Ošetrujúci lekár: MUDr. Zuzana Horv\u00e1thov\u00e1", "Zuzana Horv\u00e1thov\u00e1");
    row("a Slovak master's degree", "Psychol\u00f3g Mgr. Peter Kov\u00e1\u010dik odporu\u010dil kontrolu.", "Peter Kov\u00e1\u010dik");
    row("a Croatian Mrs", "Razgovor s Gospo\u0111a Ivana Babi\u0107 obavljen.", "Ivana Babi\u0107");
    row("a Lithuanian Mrs", "Kalb\u0117jau su Ponia R\u016bta Kazlauskien\u0117 telefonu.", "R\u016bta Kazlauskien\u0117");
    row("a Lithuanian physician's title", "Gyd. Jonas Petraitis apži\u016br\u0117jo pacient\u0119.", "Jonas Petraitis");
    row("a Kazakh woman after the Russian Mrs", "\u041f\u0440\u0438\u043d\u044f\u0442\u0430 \u0433-\u0436\u0430 "
        "\u04d8\u043b\u0438\u044f \u0421\u0435\u0440\u0456\u043a\u049b\u044b\u0437\u044b.",
        "\u04d8\u043b\u0438\u044f \u0421\u0435\u0440\u0456\u043a\u049b\u044b\u0437\u044b");
    row("a Kazakh full-name box with a patronymic", "\u0424\u0418\u041e: \u041d\u04b1\u0440\u043b\u0430\u043d "
        "\u0421\u0435\u0440\u0456\u043a\u04b1\u043b\u044b \u04d8\u0431\u0456\u043b\u043e\u0432\n\u0416\u0430\u0441\u044b: 54",
        "\u041d\u04b1\u0440\u043b\u0430\u043d \u0421\u0435\u0440\u0456\u043a\u04b1\u043b\u044b \u04d8\u0431\u0456\u043b\u043e\u0432");
    row("an Uzbek patient's label in Cyrillic", "\u0411\u0435\u043c\u043e\u0440: \u0420\u0443\u0441\u0442\u0430\u043c "
        "\u0410\u043b\u0438\u0435\u0432, 61", "\u0420\u0443\u0441\u0442\u0430\u043c \u0410\u043b\u0438\u0435\u0432");
    row("a Belarusian patient's label", "\u041f\u0430\u0446\u044b\u0435\u043d\u0442: \u0410\u043b\u0435\u0441\u044c "
        "\u041d\u0430\u0432\u0456\u0446\u043a\u0456", "\u0410\u043b\u0435\u0441\u044c \u041d\u0430\u0432\u0456\u0446\u043a\u0456");
    row("a Kyrgyz son-of inside the name", "Patient: Aibek uulu Nurlan, 45", "Aibek uulu Nurlan");
    // Names that are also cities, outside a place's context.
    row("a daughter named like a capital", "Spoke with Sofia, the patient's daughter, by phone.", "Sofia");
    row("a doctor named like a city", "Seen by Dr. Medina today.", "Medina");
    row("a mother named like two cities", "Mother: Victoria Lagos, 45", "Victoria Lagos");
    row("a family name that is a capital, after a title", "Thank you for referring Mr. Dublin, a 55-year-old man.", "Dublin");
    row("a technician named like a capital", "Dispensed by tech Cairo today.", "Cairo");
    row("a family name that is a French hospital's initials", "Seen by Dr. Chu today; CHU de Treichville to follow.", "Chu");
    row("a chat's speaker after a role noun and before the colon", "my partner will bring the sample\nnurse Dara: yes, no food after midnight.", "Dara");
    row("a given name before a colon after an English word", "Apixaban 5 mg BID (last dose per Cindy: yesterday AM)", "Cindy");
    row("a Khmer name in brackets after the romanised one", "RECEIPT\nCustomer: Keo Bopha (\u1780\u17c2\u179c \u1794\u17bb\u1794\u17d2\u1795\u17b6) ID card: on file",
        "\u1780\u17c2\u179c \u1794\u17bb\u1794\u17d2\u1795\u17b6");
    row("an Arabic name in brackets after the romanised one", "Name: Shahad Hussein al-Rubaie (\u0634\u0647\u062f \u062d\u0633\u064a\u0646 \u0627\u0644\u0631\u0628\u064a\u0639\u064a) National Card No.: pending",
        "\u0634\u0647\u062f \u062d\u0633\u064a\u0646 \u0627\u0644\u0631\u0628\u064a\u0639\u064a");
    row("a Burmese name in brackets after the romanised one", "Name: U Aung Kyaw Moe (\u1021\u1031\u102c\u1004\u103a\u1000\u103b\u1031\u102c\u103a\u1019\u102d\u102f\u1038) NRC: on file",
        "\u1021\u1031\u102c\u1004\u103a\u1000\u103b\u1031\u102c\u103a\u1019\u102d\u102f\u1038");
    row("a Maghreb name-and-surname label", "\u0627\u0644\u0627\u0633\u0645 \u0648\u0627\u0644\u0644\u0642\u0628: \u0623\u0645\u064a\u0631\u0629 \u0627\u0644\u0645\u0627\u062c\u0631\u064a\nGroupe: O+",
        "\u0623\u0645\u064a\u0631\u0629 \u0627\u0644\u0645\u0627\u062c\u0631\u064a");
    row("an Arabic donor's name label", "\u0627\u0633\u0645 \u0627\u0644\u0645\u062a\u0628\u0631\u0639: \u0647\u062f\u0649 \u0643\u0627\u0638\u0645 \u0627\u0644\u062e\u0641\u0627\u062c\u064a\n",
        "\u0647\u062f\u0649 \u0643\u0627\u0638\u0645 \u0627\u0644\u062e\u0641\u0627\u062c\u064a");
    row("a Kurdish name label", "Age: 70 \u0646\u0627\u0648: \u0695\u06ce\u0628\u06cc\u0646 \u062c\u06d5\u0644\u0627\u0644 \u0642\u0627\u062f\u0631 Visit: eye clinic",
        "\u0695\u06ce\u0628\u06cc\u0646 \u062c\u06d5\u0644\u0627\u0644 \u0642\u0627\u062f\u0631");
    row("a Kazakh patient's full-name box", "\u0424.\u0418.\u041e. \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0430: \u0410\u0445\u043c\u0435\u0442\u043e\u0432 \u0411\u0430\u0443\u044b\u0440\u0436\u0430\u043d \u041c\u0430\u0440\u0430\u0442\u043e\u0432\u0438\u0447\n",
        "\u0410\u0445\u043c\u0435\u0442\u043e\u0432 \u0411\u0430\u0443\u044b\u0440\u0436\u0430\u043d \u041c\u0430\u0440\u0430\u0442\u043e\u0432\u0438\u0447");
    row("a blood centre's donor label", "\u0414\u043e\u043d\u043e\u0440: \u0422\u0443\u043b\u0435\u0433\u0435\u043d\u043e\u0432\u0430 \u0413\u0443\u043b\u044c\u043d\u0430\u0440\u0430\n",
        "\u0422\u0443\u043b\u0435\u0433\u0435\u043d\u043e\u0432\u0430 \u0413\u0443\u043b\u044c\u043d\u0430\u0440\u0430");
    row("a chat's speaker of three short syllables under a messaging app's heading",
        "viber 2/3\nzaw min htut: doctor, can we change the day?\nkhin myo thant: ok, come thursday 8am.", "khin myo thant");
    row("a chat's speaker after the role", "telegram 23/11\nsreymom: bong, retrieval tomorrow 7am ok?\nnurse channary: yes, no food after midnight.", "channary");
    row("a Kurdish mother's name after the kin word", "pharmacy: am insulin lantus nia? dayka sherzad peweste.", "sherzad");
    row("a Khmer short family name after a partner", "retrieval tomorrow 7am ok? my partner sok vuthy will bring the sample", "sok vuthy");
    row("a Vietnamese courtesy title in lower case opening a chat message", "zalo nh\u00f3m gia \u0111\u00ecnh - 26/10/2025\n\u00e1nh: b\u00e0 m\u1eadn t\u1eadp \u0111i \u0111\u01b0\u1ee3c 20 m v\u1edbi khung", "m\u1eadn");
    row("a patient named after greeting the doctor in a chat", "whatsapp 3/1\ndomingos: bom dia doutora, ad\u00e3o kiala. faltou \u00e0 hemodi\u00e1lise ontem", "ad\u00e3o kiala");
    row("whom a Spanish message's medicine is for", "doctora, m\u00e1ndame el losart\u00e1n para osmany pupo vald\u00e9s con el vecino, que viaja el s\u00e1bado", "osmany pupo vald\u00e9s");
    row("a Burmese lower-case courtesy title before a name with a never-name syllable", "pls ask doctor, u zaw min htut dialysis day change possible?", "zaw min htut");
    row("a Burmese lower-case Mrs before a name with a short syllable", "pls ask doctor, daw su myat noe dialysis day change possible?", "su myat noe");
    row("a Spanish niece before her name", "la insulina que ped\u00ed... mi sobrina Altagracia la va a buscar.", "Altagracia");
    row("a Portuguese family name Neto ends the name before a verb", "bom dia doutora, afonso neto faltou \u00e0 hemodi\u00e1lise ontem",
        "afonso neto");
    row("a text message's speaker", "sms 10/6\nfiston: mbote docteur, dialyse ya lobi\nchantal: merci", "fiston");
    row("a Kazakh surgeon's name in capitals with a patronymic", "\u0425\u0418\u0420\u0423\u0420\u0413 \u041e\u0421\u041f\u0410\u041d\u041e\u0412\u0410 \u0414\u0418\u041d\u0410\u0420\u0410 \u0411\u041e\u041b\u0410\u0422\u041e\u0412\u041d\u0410\n",
        "\u041e\u0421\u041f\u0410\u041d\u041e\u0412\u0410 \u0414\u0418\u041d\u0410\u0420\u0410 \u0411\u041e\u041b\u0410\u0422\u041e\u0412\u041d\u0410");
    row("a Russian given name, patronymic and family name in prose", "\u041e\u0441\u043c\u043e\u0442\u0440\u0435\u043d \u0441 \u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432\u0438\u0447 \u0421\u0438\u0434\u043e\u0440\u043e\u0432.",
        "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432\u0438\u0447 \u0421\u0438\u0434\u043e\u0440\u043e\u0432");
    row("an Uzbek full-name box with the son-of word", "F.I.Sh.: \u0492\u0443\u043b\u043e\u043c\u043e\u0432 \u0428\u0435\u0440\u0437\u043e\u0434 \u0428\u0430\u0432\u043a\u0430\u0442 \u045e\u0493\u043b\u0438 JShShIR: on file",
        "\u0492\u0443\u043b\u043e\u043c\u043e\u0432 \u0428\u0435\u0440\u0437\u043e\u0434 \u0428\u0430\u0432\u043a\u0430\u0442 \u045e\u0493\u043b\u0438");
  }

  void findsNamesOfSecondCountryList() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  void ignoresNameLookalikesOfSecondCountryList_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("units of insulin before brands", "Give 10 U Humalog before meals; 4 U Novolog at night.");
    row("a U wave", "Prominent U Waves in V2-V3; U/S abdomen normal.");
    row("a bare Russian Mr and Mrs before lower-case words", "\u0433-\u043d \u0438 \u0433-\u0436\u0430 \u043d\u0435 \u0443\u043a\u0430\u0437\u0430\u043d\u044b.");
    row("patronymic words without a name", "Kyrgyz uulu, kyzy, Uzbek qizi and o'g'li mean son or daughter of.");
    row("a licence's abbreviation and an engineer's before form words", "Lic. No. on file. Ing. Review pending. Mgr. Signature required.");
    row("a Spanish title before form words", "Do\u00f1a: no consta. Docteur: voir dossier.");
    row("Arabic labels and titles before no name", "الاسم: ، السيد: 12 mg. الدكتور في العيادة.");
    row("an Arabic minutes' abbreviation after a number", "الراحة 10 د. فقط، ٣٠ د. فقط");
    row("French possessive son before a kin word", "Accompagn\u00e9 de son oncle et de sa tante.");
    row("a Kurdish mother's word before ordinary words", "dayka and bawka are Kurdish for mother and father; xushk: sister.");
    row("a partner before short English words", "my partner and i will bring the sample; son ok to drive home.");
    row("a kin noun before a short word and a drug", "wife on warfarin; my partner has metformin at home.");
    row("Vietnamese courtesy titles as pronouns and grandparents", "ghi ch\u00fa: b\u00e0 b\u1ecb ng\u00e3 h\u00f4m qua. d\u1eb7n d\u00f2: \u00f4ng n\u1ed9i \u0111\u00e3 kh\u1ecfe, b\u00e0 c\u1ea7n u\u1ed1ng thu\u1ed1c");
    row("kin nouns before short Romance pronouns and verbs", "mi hija se cay\u00f3; son fils va mieux.");
    row("greeting the doctor before ordinary Romance words", "18:05: doctora, quer\u00eda saber si puedo ir.\n18:07: docteur, merci pour tout.\n18:09: doutora, tudo bem?");
    row("Spanish para before verbs and nouns", "es para tomar con comida; para la presi\u00f3n arterial; para control de glucosa; para ma\u00f1ana temprano; para diabetes tipo dos.");
    row("texting's u before words and syllable-like words", "can u thin it out? give 10 u min dose. will u win? thank u aye.");
    row("a Kazakh patient's label before lower-case words", "\u041d\u0430\u0443\u049b\u0430\u0441: \u0436\u0430\u0493\u0434\u0430\u0439\u044b \u0436\u0430\u049b\u0441\u044b.");
  }

  void ignoresNameLookalikesOfSecondCountryList() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // After the thirtieth family (seed 3030), names: the headings, labels and form words of
  // pharmacy, dental, eye, addiction, transfusion and dialysis papers in the family's languages,
  // drug names and brands the model took for names.
  void ignoresNameLookalikesOfThirtiethFamily_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Lithuanian prescription's heading", "KOMPENSUOJAMŲJŲ VAISTŲ RECEPTAS\nVaistas: metforminas 500 mg");
    row("a Croatian dental lab order's heading", "ZUBOTEHNIČKI NALOG\nOrdinacija dentalne medicine, Rijeka");
    row("a French donor card's heading", "CENTRE NATIONAL DE TRANSFUSION SANGUINE - CARTE DE DONNEUR\nGroupe: O+");
    row("a Spanish transplant report's heading", "INDOT - INFORME DE HISTOCOMPATIBILIDAD\nHLA-A*02:01 compatible");
    row("a Slovak dental clinic's heading", "IMPLANTÁTOVÝ PAS - ZUBNÁ AMBULANCIA\nImplantát: 36");
    row("an Uzbek dental card's heading and labels", "STOMATOLOGIK BEMOR KARTASI\nHisobga olingan sana: -");
    row("a Spanish consent's heading", "CENTRO DE FERTILIDAD - CONSENTIMIENTO INFORMADO\nFIV/ICSI: sí");
    row("a French form's age label", "Sexe : F   Âge : 85 ans");
    row("a drug's brand in brackets", "ATC N05AH04 (quetiapine, brand Seroquel). Ranibizumab (Lucentis) 0.5 mg intravitreal.");
    row("a transfusion message's blood group", "OBX|1|ST|ABO^ABO/Rh||O POS||||||F");
    row("a capital named like a person after Spanish en", "Firmado en Santo Domingo. Visto en Santo Domingo hoy.");
    row("a label's last word that is also a given name", "Tugʻilgan sana: - . Hisobga olingan sana: -");
    row("a drug's name in Arabic in brackets after its English name", "Medication: Paracetamol (\u0628\u0627\u0631\u0627\u0633\u064a\u062a\u0627\u0645\u0648\u0644) 500 mg");
    row("a diagnosis in Khmer in brackets after its English word", "Diagnosis: Dengue (\u1782\u17d2\u179a\u17bb\u1793\u1788\u17b6\u1798) confirmed");
    row("a Russian patient's box before lower-case words", "\u0424.\u0418.\u041e. \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0430: \u043d\u0435 \u0443\u043a\u0430\u0437\u0430\u043d\u043e");
    row("a Kurdish name label before no name", "\u0646\u0627\u0648: 12 mg");
    row("a role before clinical words in a chat", "telegram ward group\nnurse triage: yes\nnurse review: done");
    row("a text message count before list lines", "sms 2 reminders sent\nlab review: no change\ndiet plan: soft");
    row("a Cyrillic heading in capitals with no patronymic", "\u041e\u0422\u0414\u0415\u041b\u0415\u041d\u0418\u0415 \u0425\u0418\u0420\u0423\u0420\u0413\u0418\u0418 \u041e\u0411\u041b\u0410\u0421\u0422\u041d\u041e\u0419 \u0411\u041e\u041b\u042c\u041d\u0418\u0426\u042b\n\u041f\u043b\u0430\u043d: \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c");
    row("a patronymic alone after a capitalised word", "\u0423\u043b\u0438\u0446\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0438\u0447\u0430 is no patronymic; \u0421\u0443\u043f \u0433\u043e\u0442\u043e\u0432.");
  }

  void ignoresNameLookalikesOfThirtiethFamily() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A word opening its line before a colon and a date is the field's label, even when it is also a
  // given name (Uzbek "Sana", date); before a phone or an identity number it may be a chat's speaker.
  void keepsDateLabelsOutOfNames() {
    for (const char* text : {"Shifokor: Gulnora Yusupova\nSana: 2024-yil 2-mart", "Shifokor: Bekzod Ergashev\nSana: 03.09.2025"}) {
      const std::string utf8 = text;
      const std::size_t label = utf8.find("Sana");
      for (const std::vector<Finding>& findings : {detectPhiBytesByRules(utf8), detectPhiBytes(utf8)}) {
        for (const Finding& f : findings) {
          QVERIFY2(!(f.category == PhiCategory::Name && f.start <= label && label < f.end), describe(utf8, findings).c_str());
        }
      }
    }
    verifyExpectedFinding(QString::fromUtf8("whatsapp grupo\nNOS PAS\u00c1S EL DNI?\nLUDMILA: 30.291.612, MI CELULAR"),
                          QStringLiteral("LUDMILA"), QStringLiteral("name"));
  }

  // Capitals and large cities after the words that also introduce people: no name (they may be
  // found as places).
  void keepsCitiesOutOfNames_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a capital after referred from", "Referred from Kinshasa for dialysis.");
    row("a capital after a label", "Patient: returned from Tashkent last week.");
    row("a two-word capital", "Transferred from Phnom Penh yesterday.");
    row("a hyphenated capital", "Travelled from Port-au-Prince with her son.");
    row("a capital with an apostrophe", "Evacuated from N'Djamena by air.");
    row("a city that is a name, after a travel word", "Flew to Lima for work; returned from Sofia on Monday.");
    row("a city that is a name, after in", "Lives in Santiago with her son.");
    row("a hospital of a capital after its particle", "Transf\u00e9r\u00e9 \u00e0 l'H\u00f4pital Principal de Dakar pour dialyse.");
    row("a university clinic of a capital", "R\u00e9f\u00e9r\u00e9 par les Cliniques Universitaires de Kinshasa.");
    row("a teaching hospital of a capital", "Referida al Hospital Escuela de Tegucigalpa.");
    row("a health centre's quarter", "Atendido en el Centro de Salud Villa Nueva.");
    row("a French university hospital's commune", "Suivi au CHU de Treichville, Abidjan.");
    row("a university hospital of a city", "Trasladado al Hospital Universitario de Caracas.");
    row("a Portuguese central hospital of a capital", "Evacuado para o Hospital Central de Maputo.");
    row("a referral hospital and its capital", "Seen at Mulago National Referral Hospital, Kampala.");
    row("a cancer centre named for a king, and its capital", "Transferred to King Hussein Cancer Center, Amman.");
    row("a hospital named for a ruler, in a city", "Referred from Rashid Hospital in Dubai.");
    row("capitals and a name-like city after travel words", "Flew from Bishkek to Osh; trip to Almaty next month.");
    row("name-like cities after travel words and in/near", "Returned from Lagos; lives near Adelaide; moved to Victoria last year.");
    row("a clinic, its commune and its capital", "Clinique Ngaliema, Gombe, Kinshasa.");
    row("a hospital named for a president, and a capital", "Hospital Roosevelt, zona 11, Ciudad de Guatemala.");
  }

  void keepsCitiesOutOfNames() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    for (const std::vector<Finding>& findings : {detectPhiBytesByRules(utf8), detectPhiBytes(utf8)}) {
      for (const Finding& f : findings) {
        QVERIFY2(f.category != PhiCategory::Name, ("unexpected name: " + describe(utf8, findings)).c_str());
      }
    }
  }

  // Places of French and Portuguese addresses are no names, whatever the address scanners find:
  // a town before "(Québec)", a saint's or a lake's name after the street's type, a town after a
  // hyphenated postcode, a town after ", de" (from).
  void placesOfForeignAddressesAreNoNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    auto row = [](const char* tag, const char* text, const char* place) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(place);
    };
    row("a rue and a town before its province", "Adresse : 277, rue Saint-Germain, Saguenay (Qu\u00e9bec) G7H 4R2",
        "Saint-Germain, Saguenay");
    row("a rang and a hyphenated town", "Adresse : 338, rang Saint-Isidore, Trois-Rivi\u00e8res (Qu\u00e9bec) G9A 1X8",
        "Saint-Isidore, Trois-Rivi\u00e8res");
    row("a chemin by a lake", "Adresse : 110, chemin du Lac-Beauport, Rimouski (Qu\u00e9bec) G5L 3B7",
        "Lac-Beauport, Rimouski");
    row("a town after a Portuguese postcode", "Morada: Rua Augusta, 12, 3800-180 Aveiro", "Aveiro");
    row("the facilities of an HL7 message's header",
        "MSH|^~\\&|LIS|MAINLAB|EHR|HOSP|202301060233||ORU^R01|586280933|P|2.5.1\n"
        "PID|1||707-98-436^^^HOSP^MR||FENSTERMAKER^ODIS^W||20020905|M\nOBX|1|NM|2951-2^Sodium^LN||134|mmol/L",
        "MAINLAB");
    row("a town after a comma and de", "Patient : Ad\u00e9lard Pelchat, 36 ans, de Rimouski Date de naissance : inconnue",
        "Rimouski");
  }

  void placesOfForeignAddressesAreNoNames() {
    QFETCH(QString, text);
    QFETCH(QString, place);
    const std::string utf8 = text.toStdString();
    const std::size_t from = utf8.find(place.toStdString());
    QVERIFY2(from != std::string::npos, "test row is inconsistent");
    const std::size_t to = from + place.toStdString().size();
    for (const std::vector<Finding>& findings : {detectPhiBytes(utf8), detectPhiBytesByRules(utf8)}) {
      for (const Finding& f : findings) {
        QVERIFY2(f.category != PhiCategory::Name || f.end <= from || f.start >= to,
                 ("unexpected name: " + describe(utf8, findings)).c_str());
      }
    }
  }

  // The guards of those cues: what must stay prose.
  void ignoresNameCueLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("this is a disease", "I think this is Crohn's, not UC.");
    row("this is a weekday", "Confirmed this is Tuesday, so clinic is open.");
    row("this is a payer mid-sentence", "This is Medicare calling about coverage.");
    row("kin with an abbreviation or a state", "Son (HCP) present. Sister (deceased).");
    row("role in parentheses after a credential", "Paged the RN (Nurse Navigator) twice.");
    row("prior to admission", "Meds PTA: lisinopril. Lasix PTA held.");
    row("city and state code", "Moved from Worcester, MA in 2019. Seen in Boston, MA.");
    row("credential alone in a list", "Nursing credentials on file: BSN, RN, CWOCN, CCTC.");
    row("abbreviations in a field", "Dx:  HTN, DM, CKD. *** FALLS, SYNCOPE ***");
    row("findings after a label", "HEENT:  PERRLA, EOMI. Itinerary: LIMA, CUSCO and the Amazon basin.");
    row("disease after kin label", "Maternal grandmother: ovarian cancer in her fifties.");
    row("ordinary word owning kin", "Baby's father at bedside. Everyone's friend visited.");
    row("role in parentheses after a department", "Seen by Pharmacy (clinical pharmacist) and Social Work.");
    row("credential before a colon is no label", "Seen in clinic, NP: Smoked 1 ppd; Vent AC 18/450.");
    row("chief complaint abbreviation", "Acuity: ESI 2 CC: SOB x2d. BILL TO: INS ID pending.");
    row("subject line", "Subject: Re: Appointment question");
    row("car make and model", "His 2006 Honda Odyssey was sold; VEHICLE: 2020 SUBARU OUTBACK.");
    row("report findings in capitals", "MARSH 3B CHANGES ON DUODENAL BIOPSY. IRIS ATROPHY OS. INVASIVE ADENOCARCINOMA.");
    row("chat label in capitals", "[secure chat] Plan: continue heparin drip.");
    row("product forms of brands", "Started Humira Pen; applied Tegaderm Foam, then Mepilex Border. Given Narcan Spray.");
    row("carer noun before a heading", "Ask the interpreter Services: ext 4410. Pharmacist Recommendations: none.");
    row("place prefix stays a place", "Moved from El Paso last year.");
    row("form words after name labels", "Preferred: Spanish. First: take 2 tabs. Last: none. Preferred: Email");
    row("closings before departments", "Thanks, Team. Sincerely, Cardiology Clinic");
    row("handoff to a unit", "Signed out to night team; report given to ICU.");
    row("word names without a cue", "Forest plot reviewed. Storm warning; Rain expected. Royal College guidance.");
    row("bedside manoeuvres and nomograms", "Dix-Hallpike positive on the right; Romberg negative. NAC per Rumack-Matthew.");
    row("pathology staging words", "T2 MUSCULARIS PROPRIA; T4A VISCERAL PERITONEUM. MALARIA CHEMOPROPHYLAXIS ATOVAQUONE-PROGUANIL.");
    row("text-message contraction and headings", "FROM PT: CANT MAKE APPT. *** PATIENT DEMOGRAPHICS *** WILL RECHECK BMP.");
    row("pronouns before person verbs", "He said \"stop\". She reports less pain; They stated it was fine.");
    row("organisms and vitamins after prepositions", "Grew with E. Coli; started on C. Diff precautions; with H. Pylori; take vitamin D. Zyprexa at night.");
    row("suppliers and facilities", "DME: call Breatheasy Supply. To: Greyfriars Skilled Nursing, chair 4.");
    row("eponymous findings in capitals", "ADD SHOCK FOR REYNOLDS PENTAD. C-SPINE CLEARED BY NEXUS. FECAL CALPROTECTIN 743.");
    row("payers and departments before person verbs", "Insurance declined the claim. Pharmacy requested a new script. Medicare agreed.");
    row("faith and pharmacy", "The patient is Jehovah's Witness and declines blood. Callback number given. Filled at Bellwood Drug.");
    row("ancestry", "Ashkenazi Jewish ancestry on the paternal side.");
    row("caps nursing headings", "WOUND OSTOMY CONTINENCE NURSING. EMS TO ED HANDOFF. WILL REASSESS IN THE AM.");
    row("unit after a number in capitals", "ETA BY AIR 55 MIN. DOSE 10 MG.");
    row("things that pass or live", "Stool passed. Keppra has had no effect. Whether Xarelto can restart is unclear.");
    row("called by a role, and drug names in parentheses", "Prefers to be called by her first name. Patient (Lasix) held.");
    row("bedside without names", "At bedside: supportive family. Visitors: none today.");
    row("dash before a unit or a dose", "Weight 70 kg -5 lb. Sodium 130 -L. Follow-up clinic.");
    row("places and diseases owning things", "Visited Rome last year. In Jordan's capital. Alzheimer's care plan. Crohn's medications.");
    row("modal verbs after lower-case dr", "the dr will call back. dr may adjust the dose.");
    row("headings after a role", "Patient summary: Diet rich in potassium. Nurse note: Mark the site. Judge fluid status.");
    row("devices and apps that say things", "ok so mychart says it was sent. dexcom says high. the libre says her number is low.");
    row("lower-case gerunds after kin", "pt vomiting blood, son coughing badly, daughter wheezing today.");
    row("a nurse's role before the credential", "Photos uploaded by the Wound RN today. Charge RN aware. Death note: NO HEART SOUNDS X1 MIN.");
    row("eponyms as diseases and signs", "Hx of Graves disease, Parkinson's disease, Hashimoto thyroiditis. Kernig sign negative. "
        "Patient: Parkinson disease on carbidopa. I think this is Crohn's.");
    row("headings after a bracketed tag", "[note] Pharmacy: ok to dispense. [chat] Plan: continue. Patient (wife present) calm.");
    row("clergy title before ordinary words", "Father Time jokes aside, Father reports pain. Rev counter checked.");
    row("lists of letters after words", "Vitamins: B, C. Hepatitis, B. and C. Group, A. strep. Types: A, B.");
    row("places and numbers in parentheses", "Departing for Ghana (3 weeks). CALL ON THE LANDLINE (NOT MOBILE).");
    row("facilities, police and fluids", "Admitted to Gorse Hill Women's Health. Riverbend Midwifery Practice. Saltmarsh Police. IV Hartmann's at 80 mL/h.");
    row("kin and roles in capitals", "SUPPORT PERSON: FOSTER MOTHER AT BEDSIDE. THE ADOPTEE ASKS FOR RECORDS. Kayser-Fleischer rings absent.");
    row("obstetric and foreign clinical words in capitals", "LACTATION CONSULT, POSTPARTUM DAY 2. NOTA DE ENFERMERIA: REFIERE DOLOR.");
    row("lower-case owners and speakers that are words", "the patient's wife called. pt's son here. nurse's aide. [10:01] triage: ok then. Rash seen at the clinic.");
    row("rings as findings", "Kayser-Fleischer rings absent. Schatzki rings noted on EGD. Ice pack applied; ice chips only.");
    row("symbols between words", "He said \"stop\"\n\ttab \\ back \u2014 caf\u00e9 \u2713 done \u2605 ok");
    row("hyphenated words that are no given names", "Follow-up visit. Non-verbal today. X-ray done. Well-being ok. Sun-dried.");
    row("that's before things", "The scan (that's MRI) was fine. Dose (that is Lasix) held.");
    row("eponyms after an initial", "Seen with E. Coli growth. Refer to H. Tourette syndrome clinic. Cardiology, room 5.");
    row("abbreviations before capitalised words", "ICU Admission. ED Physician note. CT Abdomen done. MRI Brain ordered.");
    row("row labels in a board's name column", "DEMOGRAPHICS\nName             DOB          Phone\nNOK  see below          none\nGP   to confirm        none\n");
    row("greetings after a speaker's label", "CALLER: Hi, it's about my mum. PHARMACIST: Thanks. Lot CX7839.");
    row("legal parties and documents", "SUBPOENA DUCES TECUM  TO: Custodian of Records. RESPONDENT agrees.");
    row("german and portuguese letters", "SEHR GEEHRTE KOLLEGIN, KLINIK F\u00dcR INNERE MEDIZIN. SEGUNDA OPINI\u00c3O: ESTENOSE A\u00d3RTICA.");
    row("firms and specialties after a place name", "FAX FROM: Sallowmere Cardiology p.1. Invoice: Quarry Ridge Haulage.");
    row("a role after a role", "Regards, Consultant Rheumatologist. Consultant Geriatrician cc: clinic file.");
    row("lists after a dash and arrows", "Meds reviewed. - Lasix 40 mg\nPlan: A -> B. Sodium -> normal. Subject: FALLS, SYNCOPE.");
    row("numbered items and quoted words", "1. HTN, DM. 2. FALLS, SYNCOPE. Pain (\"sharp\") noted. Certify that the form is complete.");
    row("lower-case labels of a note", "plan: continue meds\nnote: stable overnight\nlasix: 40 mg given\nbp: 120/80");
    row("arrows between findings", "Sodium 128 -> 134. NPO -> clears. Heparin -> Apixaban switch.");
    row("initials and words after prepositions", "Issued to A. Dose  later. Grade 1. HTN, DM noted. Switched to B. Complex vitamins.");
    row("words before died and roles", "The pain died down. Wound care, bereavement support offered. Pain (F) noted.");
    row("its as a pronoun", "The pump and its Settings menu. its fine, thanks. Owner: unknown.");
  }

  void ignoresNameCueLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Names the rules alone miss and the learned name model adds (core/phi/name_model.h): each row
  // checks both, so that it shows what the model is for and fails if the rules learn the case
  // (then the row belongs with the rules' rows) or the model loses it.
  void nameModelFindsWhatTheRulesMiss_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a name before a kin role in parentheses", "Sat with Wrenna (daughter-in-law) and Thaddeus during rounds.",
        "Wrenna");
    row("first of a family's list", "Thank-you card from the Ashdown family (Perpetua, Leander & Biscuit the cat).",
        "Perpetua");
    row("second of a family's list", "Thank-you card from the Ashdown family (Perpetua, Leander & Biscuit the cat).",
        "Leander");
  }
  void nameModelFindsWhatTheRulesMiss() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::string utf8 = text.toStdString();
    const std::string want = expected.toStdString();
    const std::size_t start = utf8.find(want);
    QVERIFY2(start != std::string::npos, "test row is inconsistent");
    auto covers = [&](const std::vector<Finding>& findings) {
      return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.category == PhiCategory::Name && f.start == start && f.end == start + want.size();
      });
    };
    const std::vector<Finding> byRules = detectPhiBytesByRules(utf8);
    QVERIFY2(!covers(byRules), ("the rules alone find it now: " + describe(utf8, byRules)).c_str());
    const std::vector<Finding> findings = detectPhiBytes(utf8);
    QVERIFY2(covers(findings), ("expected name='" + want + "', got " + describe(utf8, findings)).c_str());
  }

  // Addresses and postcodes of the third list of countries (every country and territory outside
  // the first two lists): the labels, street words and living-at cues of address_words.cpp, the
  // postcode labels and country letters of scan_postcode_labels.cpp, the private bags of
  // scan_postal_boxes.cpp, the Hong Kong and Macau addresses of scan_chinese_addresses.cpp.
  void findsThirdListAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // The Caucasus and Mongolia, in their scripts and in Latin letters.
    row("armenian address label, street and flat", "Հասցե: Երևան, Աբովյան փ. 12, բն. 5",
        "Երևան, Աբովյան փ. 12, բն. 5", "address");
    row("armenian street in latin letters and postcode", "Address: Abovyan poghots 12, bn. 5, Yerevan 0010",
        "Abovyan poghots 12, bn. 5, Yerevan 0010", "address");
    row("armenian postal index", "Փոստային ինդեքս: 0010", "0010", "address");
    row("georgian address label, avenue and flat", "მისამართი: თბილისი, ჭავჭავაძის გამზირი 12, ბინა 5",
        "თბილისი, ჭავჭავაძის გამზირი 12, ბინა 5", "address");
    row("georgian avenue in latin letters", "Address: Chavchavadze gamziri 12, bina 5, Tbilisi 0179",
        "Chavchavadze gamziri 12, bina 5, Tbilisi 0179", "address");
    row("georgian postal index", "საფოსტო ინდექსი: 0108", "0108", "address");
    row("mongolian district, khoroo, building and flat",
        "Хаяг: Сүхбаатар дүүрэг, 1-р хороо, 5-р байр, 12 тоот, Улаанбаатар 14200",
        "Сүхбаатар дүүрэг, 1-р хороо, 5-р байр, 12 тоот, Улаанбаатар 14200", "address");
    row("mongolian postal code", "Шуудангийн код: 14200", "14200", "address");
    row("mongolian address in latin letters", "Address: Sukhbaatar duureg, 1-r khoroo, 5-r bair, 12 toot, Ulaanbaatar 14200",
        "Sukhbaatar duureg, 1-r khoroo, 5-r bair, 12 toot, Ulaanbaatar 14200", "address");
    row("armenian lives in", "Հիվանդը բնակվում է Երևան, Աբովյան փ. 12, բն. 5", "Երևան, Աբովյան փ. 12, բն. 5", "address");
    row("georgian lives in", "პაციენტი ცხოვრობს თბილისი, ჭავჭავაძის გამზირი 12, ბინა 5",
        "თბილისი, ჭავჭავაძის გამზირი 12, ბინა 5", "address");
    row("mongolian residing at", "Өвчтөн оршин суугаа Баянзүрх дүүрэг, 3-р хороо, 12-р байр, 45 тоот",
        "Баянзүрх дүүрэг, 3-р хороо, 12-р байр, 45 тоот", "address");
    row("moldovan residing in", "Pacientul domiciliat în mun. Chișinău, str. Ismail 12, ap. 5.",
        "mun. Chișinău, str. Ismail 12, ap. 5", "address");
    row("dhivehi address in thaana", "އެޑްރެސް: ހ. ނީލްފަރު، މަޖީދީ މަގު، މާލެ 20026", "ހ. ނީލްފަރު، މަޖީދީ މަގު، މާލެ 20026",
        "address");
    row("mauritian road and postcode", "Address: 12 Royal Road, Rose Hill 71368", "12 Royal Road, Rose Hill 71368", "address");
    row("eswatini plot and postcode", "Address: Plot 123, Mhlambanyatsi Road, Mbabane H100",
        "Plot 123, Mhlambanyatsi Road, Mbabane H100", "address");
    row("bhutanese town and postcode", "Address: House No. 12, Norzin Lam, Thimphu 11001",
        "House No. 12, Norzin Lam, Thimphu 11001", "address");
    // The Balkans and Moldova.
    row("albanian street, building, stairway and flat", "Adresa: Rruga Myslym Shyri, Pallati 12, Shkalla 2, Ap. 5, Tiranë 1001",
        "Rruga Myslym Shyri, Pallati 12, Shkalla 2, Ap. 5, Tiranë 1001", "address");
    row("albanian lives in", "Pacienti banon në Rruga e Kavajës, Pallati 5, Ap. 12, Tiranë.",
        "Rruga e Kavajës, Pallati 5, Ap. 12, Tiranë", "address");
    row("albanian postal code", "Kodi postar: 1001", "1001", "address");
    row("macedonian street and number", "Адреса: ул. Македонија бр. 12, 1000 Скопје", "ул. Македонија бр. 12, 1000 Скопје",
        "address");
    row("macedonian postal code", "Поштенски код: 1000", "1000", "address");
    row("macedonian lives at", "Пациентот живее на ул. Партизанска 12, 1000 Скопје.", "ул. Партизанска 12, 1000 Скопје",
        "address");
    row("georgian place of residence label", "საცხოვრებელი ადგილი: ქ. თბილისი, ვაჟა-ფშაველას გამზირი 45",
        "ქ. თბილისი, ვაჟა-ფშაველას გამზირი 45", "address");
    row("macedonian country letters and town", "Moved from MK-1000 Skopje last year.", "MK-1000 Skopje", "address");
    row("bosnian street and postcode", "Adresa: Zmaja od Bosne 12, 71000 Sarajevo", "Zmaja od Bosne 12, 71000 Sarajevo",
        "address");
    row("bosnian lives in", "Pacijent živi u ulici Ferhadija 12, Sarajevo.", "ulici Ferhadija 12, Sarajevo", "address");
    row("moldovan street, flat and country letters", "Adresa: str. Ștefan cel Mare 12, ap. 5, MD-2001 Chișinău",
        "str. Ștefan cel Mare 12, ap. 5, MD-2001 Chișinău", "address");
    row("moldovan postal code after its label", "Cod poștal: MD-2001", "MD-2001", "address");
    row("moldovan country letters and town", "Transferred from MD-2001 Chișinău.", "MD-2001 Chișinău", "address");
    row("montenegrin country letters and town", "Lives near ME-81000 Podgorica.", "ME-81000 Podgorica", "address");
    row("kosovar street and postcode", "Adresa e banimit: Rruga Nëna Terezë 12, 10000 Prishtinë",
        "Rruga Nëna Terezë 12, 10000 Prishtinë", "address");
    row("turkmen avenue and house", "Salgysy: Aşgabat, Magtymguly şaýoly 12, jaý 5", "Aşgabat, Magtymguly şaýoly 12, jaý 5",
        "address");
    row("eritrean address label in tigrinya", "ኣድራሻ: ዞባ ማእከል, Godaif 12, Asmara", "ዞባ ማእከል, Godaif 12, Asmara", "address");
    row("seychelles creole label", "Ladres: Mont Fleuri, Lot 12, Victoria", "Mont Fleuri, Lot 12, Victoria", "address");
    // Asia and the Indian Ocean.
    row("singapore block, avenue, unit and postcode", "Address: Blk 123 Ang Mo Kio Ave 3 #05-123, Singapore 560123",
        "Blk 123 Ang Mo Kio Ave 3 #05-123, Singapore 560123", "address");
    row("hong kong flat, floor, block and estate", "Address: Flat 5B, 12/F, Block 3, Lok Fu Estate, Kowloon",
        "Flat 5B, 12/F, Block 3, Lok Fu Estate, Kowloon", "address");
    row("hong kong estate in traditional characters", "地址：香港九龍黃大仙樂富邨德富樓12樓1205室",
        "香港九龍黃大仙樂富邨德富樓12樓1205室", "address");
    row("macau street number in traditional characters", "住址：澳門新馬路12號永光大廈5樓A座",
        "澳門新馬路12號永光大廈5樓A座", "address");
    row("brunei simpang and kampong", "Address: Simpang 32-37, Kampong Kiarong, Bandar Seri Begawan BE1318",
        "Simpang 32-37, Kampong Kiarong, Bandar Seri Begawan BE1318", "address");
    row("brunei postcode after poskod", "Poskod: BS8611", "BS8611", "address");
    row("singapore postcode closing a letter's block", "Blk 123 Ang Mo Kio Ave 3\n#05-123\nSingapore 560123",
        "Singapore 560123", "address");
    row("maldivian capital and postcode in running text", "Lives in Malé 20026 with her son.", "Malé 20026", "address");
    row("bhutanese capital and postcode", "Moved to Thimphu 11001 in May.", "Thimphu 11001", "address");
    row("brunei town and postcode", "Family in Bandar Seri Begawan BE1318.", "Bandar Seri Begawan BE1318", "address");
    row("eswatini town and postcode", "Referred from Manzini M200 clinic.", "Manzini M200", "address");
    row("maldivian house name and magu", "Address: H. Blue Villa, Majeedhee Magu, Malé 20026",
        "H. Blue Villa, Majeedhee Magu, Malé 20026", "address");
    // The Caribbean and the Dutch-speaking territories.
    row("jamaican lot and road", "Address: Lot 12, Old Hope Road, Kingston 6", "Lot 12, Old Hope Road, Kingston 6", "address");
    row("trinidad light pole", "Address: LP 45, Cunupia Main Road, Chaguanas", "LP 45, Cunupia Main Road, Chaguanas",
        "address");
    row("curacao kaya", "Adres: Kaya Grandi 12, Willemstad", "Kaya Grandi 12, Willemstad", "address");
    row("suriname postbus", "Postbus 1234, Paramaribo", "Postbus 1234, Paramaribo", "address");
    row("bahamian box with its post office's letters", "P.O. Box N-7520, Nassau", "P.O. Box N-7520, Nassau", "address");
    // Southern Africa and the Pacific.
    row("botswana plot and extension", "Address: Plot 12345, Extension 9, Gaborone", "Plot 12345, Extension 9, Gaborone",
        "address");
    row("namibian erf", "Address: Erf 1234, Klein Windhoek, Windhoek", "Erf 1234, Klein Windhoek, Windhoek", "address");
    row("botswana private bag", "Private Bag 0012, Gaborone", "Private Bag 0012, Gaborone", "address");
    row("south african private bag with its x", "Private Bag X828, Pretoria", "Private Bag X828, Pretoria", "address");
    row("albanian post box", "Kutia Postare 1234, Tiranë", "Kutia Postare 1234, Tiranë", "address");
    row("fijian locked bag", "Locked Bag 12, Suva", "Locked Bag 12, Suva", "address");
    row("fijian private mail bag", "Private Mail Bag 45, Suva", "Private Mail Bag 45, Suva", "address");
    row("papua new guinean section and lot", "Address: Section 12, Lot 34, Boroko, NCD", "Section 12, Lot 34, Boroko, NCD",
        "address");
    row("fijian village without a number", "Address: Namara Village, Tailevu, Fiji", "Namara Village, Tailevu, Fiji", "address");
    row("samoan village after its label", "Tuatusi: Vailele Village, Upolu, Samoa", "Vailele Village, Upolu, Samoa", "address");
    row("fijian lot and settlement", "Address: Lot 12, Wailea Settlement, Vatuwaqa, Suva",
        "Lot 12, Wailea Settlement, Vatuwaqa, Suva", "address");
  }

  void findsThirdListAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // The nearest wordings that are no address: blocks of nerves and of the heart, flat waves, lots of
  // a vaccine, plots of a chart, sections of a protocol, extensions of a joint, hospital floors and
  // rooms, ward names, blood pressures, counts and codes of the postcodes' lengths, GPS points.
  void ignoresThirdListAddressLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("nerve block with its volume", "Interscalene block 20 ml, ropivacaine 0.5%, no complications.");
    row("heart block with a degree", "Block: 2nd degree heart block, Mobitz 1, rate 48.");
    row("flat waves in leads", "Flat T waves in V4-V6, 2 mm, sinus rhythm.");
    row("vaccine lot after a home label", "Home: Lot 12345, exp 12/2027, 0.5 ml IM");
    row("plot of a chart", "Plot 3, scatter, n=45, bias 1.2");
    row("section of a protocol", "Section 12, Lot 34 of the trial kit, see appendix.");
    row("section, page and line after a home label", "Home: Section 3, Page 12, Line 4");
    row("section of a protocol after a home label", "Home: Section 12, Protocol 4");
    row("lumbar puncture and a prescription after an address label", "Address: LP 45, Rx 12");
    row("lumbar puncture and a pressure after a home label", "Home: LP 45, HP 12");
    row("extension of a joint after a home label", "Home: Extension 12, Flexion 90, Pain 3");
    row("respiratory and heart rate", "RR 18, HR 72, Temp 37.1");
    row("blood pressure after a block", "Block 3 BP 120/80, HR 72");
    row("hospital floor and room in english", "Ward 5, Bed 12, Block C, 12/F, Main Wing");
    row("hospital floor and room in traditional chinese", "病房：瑪麗醫院K座12樓1205室");
    row("mongolian hospital building floor", "Эмнэлэг: 3-р байр, 2 давхар");
    row("platelets of a postcode's length", "Hb 120, plt 14200, WBC 10.2");
    row("tablets of a four-digit code", "Dispensed 1001 tablets, 0010 batch.");
    row("study code with a moldovan prefix", "Study MD-2001 Trial, arm B");
    row("vaccine lot of an albanian prefix", "AL-1000 Units given");
    row("epi week count", "Epi week 14200 cases, 2026");
    row("gps of a facility", "GPS: -17.8252, 31.0335");
    row("a private bag of saline", "private bag 500 ml saline");
    row("a private bag of blood units", "Private Bag 12 Units of blood");
    row("a dutch box of a dose", "Postbus 12 mg");
    row("singapore as a place of birth with a count", "Born in Singapore 1990, 2 siblings.");
    row("brunei-like code of a lab", "Poskod: none, BS8611X");
    row("village clinic visits after an address label", "Address: Namara Village clinic, 2 visits");
    row("village clinic after an address label", "Address: Village clinic, 2 visits");
    row("box of a kit with letters", "Kit box AB-123, 10 strips");
    row("singapore with a count", "Singapore 560123 units shipped");
    row("bhutanese town with tablets", "Paro 12345 tablets");
    row("brunei-like code with a letter after", "Gadong BT1234X");
    row("papiamento street word without a label", "Seru 12, 2 ml");
    row("flat affect after a home label", "Home: Flat affect, 2 episodes, poor sleep");
    row("block of a nerve with its number", "Block 3 of the nerve, 20 ml, 0.25% bupivacaine");
    row("room and bed after an armenian label", "Հասցե: անհայտ");
    row("georgian flat of a dose", "ბინა 2 მგ");
    row("georgian lives alone with counts", "პაციენტი ცხოვრობს მარტო, 2 შვილი, 3 შვილიშვილი");
    row("bosnian lives in fear", "Pacijent živi u strahu, 2 godine, sam.");
    row("albanian lives with children", "Pacienti banon në Tiranë me 2 fëmijë, 3 nipër.");
    row("armenian lives with family", "Հիվանդը բնակվում է ընտանիքի հետ, 2 երեխա, 3 թոռ");
    row("moldovan rural residence with counts", "Domiciliat în mediu rural, 2 copii, 3 nepoți");
    row("georgian ward and bed after an address label", "მისამართი: პალატა 3, საწოლი 12");
    row("georgian hospital building after an address label", "მისამართი: რესპუბლიკური საავადმყოფო, კორპუსი 2, პალატა 5");
    row("mongolian hospital building after an address label", "Хаяг: Улсын нэгдүгээр төв эмнэлэг, 3-р байр, 2 давхар");
    row("armenian ward and bed after an address label", "Հասցե: Բաժանմունք 3, մահճակալ 12");
  }

  void ignoresThirdListAddressLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // General rules, addresses (the thirty-first family as a development family): Armenian labels
  // closed by "՝", "Address in <country>:", a card's "ADDRESS" in capitals without a colon, the
  // Macedonian "br.", Moldovan "or.", Georgian "გამზ.", Mongolian lines in English words, villages
  // and settlements in two parts, Maldivian and Bhutanese places named without numbers, Papua New
  // Guinean section and allotment, Hong Kong's "N.T." kept whole.
  void findsThirtyFirstFamilyAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("armenian label closed by its own mark", "Հասցե՝ ք. Երևան, Արաբկիր, Կոմիտասի պող. 71, բն. 30\nՀեռ.՝ 091",
        "ք. Երևան, Արաբկիր, Կոմիտասի պող. 71, բն. 30", "address");
    row("armenian mark before latin letters", "Բնակության վայր՝ Komitas Ave. 22, apt. 62, Yerevan 0025",
        "Komitas Ave. 22, apt. 62, Yerevan 0025", "address");
    row("address in a named country", "Address in Georgia: Pekini St. 103, Saburtalo, Tbilisi 0160",
        "Pekini St. 103, Saburtalo, Tbilisi 0160", "address");
    row("georgian avenue abbreviated", "მისამართი: თბილისი, ჭავჭავაძის გამზ. 99, ბ. 78",
        "თბილისი, ჭავჭავაძის გამზ. 99, ბ. 78", "address");
    row("mongolian line in english words", "Address: Khan-Uul district, 29 khoroo, building 7, apt 81, Ulaanbaatar",
        "Khan-Uul district, 29 khoroo, building 7, apt 81, Ulaanbaatar", "address");
    row("macedonian street number word", "Adresa: ul. Ilindenska br. 21, 1200 Tetovo", "ul. Ilindenska br. 21, 1200 Tetovo", "address");
    row("macedonian boulevard after a cyrillic label", "Адреса: bul. Jane Sandanski br. 152, 1000 Skopje",
        "bul. Jane Sandanski br. 152, 1000 Skopje", "address");
    row("moldovan town word", "Domiciliu: str. Alba Iulia 72, or. Cahul", "str. Alba Iulia 72, or. Cahul", "address");
    row("fijian village in two parts", "Residence: Naduri Village, Macuata", "Naduri Village, Macuata", "address");
    row("png settlement in lower case", "Residence: Bumbu settlement, Lae", "Bumbu settlement, Lae", "address");
    row("png settlement by its mile", "Address: 9-Mile settlement, Port Moresby", "9-Mile settlement, Port Moresby", "address");
    row("png section and allotment", "Address: Section 66, Allotment 11, Boroko, NCD", "Section 66, Allotment 11, Boroko, NCD", "address");
    row("maldivian house and street without numbers", "Address: H. Dhoores, Majeedhee Magu, Malé",
        "H. Dhoores, Majeedhee Magu, Malé", "address");
    row("bhutanese village and block", "Address: Kabesa chiwog, Chang gewog, Thimphu Dzongkhag",
        "Kabesa chiwog, Chang gewog, Thimphu Dzongkhag", "address");
    row("hong kong new territories keep their dot", "Address: Flat 7, 7/F, Block V, Lek Yuen Estate, Sha Tin, N.T.\nTel: 9107 4164",
        "Flat 7, 7/F, Block V, Lek Yuen Estate, Sha Tin, N.T.", "address");
    row("card in capitals without a colon", "ADDRESS FLAT 21, 27/F, BLOCK S, LEK YUEN ESTATE, SHA TIN, N.T.\nTEL 6498 2831",
        "FLAT 21, 27/F, BLOCK S, LEK YUEN ESTATE, SHA TIN, N.T.", "address");
    row("letter's addressee and her street on one line", "Stimată dna Doina Țurcanu, str. Alba Iulia 107, ap. 34, or. Cahul",
        "str. Alba Iulia 107, ap. 34, or. Cahul", "address");
    row("death report's place with a house", "Place: House No. 98, Flat 9, Changzamtog, Thimphu",
        "House No. 98, Flat 9, Changzamtog, Thimphu", "address");
    row("community label with a house", "Community: House 96, ELWA Junction, Paynesville, Montserrado",
        "House 96, ELWA Junction, Paynesville, Montserrado", "address");
    row("death report's place, a town alone", "Age at death: 44\nPlace: Goroka\nDate of death: 12/02/2025", "Goroka", "address");
    row("village and district in running text", "The provincial team will visit Kagamuga village, Mt Hagen to vaccinate the household.",
        "Kagamuga village, Mt Hagen", "address");
    row("section and allotment in running text in capitals", "THE TEAM WILL VISIT SECTION 52, ALLOTMENT 9, BOROKO, NCD TO VACCINATE",
        "SECTION 52, ALLOTMENT 9, BOROKO, NCD", "address");
    row("section and allotment with a suburb's stage", "will visit Section 348, Allotment 57, Gerehu Stage 2, NCD to vaccinate",
        "Section 348, Allotment 57, Gerehu Stage 2, NCD", "address");
    row("letter's address line under the salutation", "Stimată dna Doina Țurcanu,\nstr. Alba Iulia 107, ap. 34, or. Cahul\n\nConform",
        "str. Alba Iulia 107, ap. 34, or. Cahul", "address");
    row("macedonian lives in a town, latin letters", "Zanimanje: ovčar, živee vo Kumanovo", "Kumanovo", "address");
    row("bosnian lives in a town before a comma", "Pacijent živi u Zenica, radi kao vozač.", "Zenica", "address");
    row("french visit at a house's number and street", "Visite vers 10 h au 110 Avenue des Manguiers, Quatre Bornes. Oxygen 2 L/min",
        "110 Avenue des Manguiers, Quatre Bornes", "address");
    row("mauritian housing estate", "Visite vers 10 h au 137 Morcellement St André, Pamplemousses.",
        "137 Morcellement St André, Pamplemousses", "address");
    row("botswana ward of a village", "TB No.: TB/2019/6792\nWard: Serowe\nStarted: 2025/10/20", "Serowe", "address");
    row("caller's town", "This is the mother calling from Ganta, the child has the fever", "Ganta", "address");
  }

  void findsThirtyFirstFamilyAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresThirtyFirstFamilyAddressLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("armenian label with unknown after its mark", "Հասցե՝ անհայտ, 2 փորձ");
    row("a change in a named thing", "Change in Georgia: 12 cases, 3 deaths");
    row("home in a month", "Home in March: 2 visits, 3 calls");
    row("address in capitals as a verb", "ADDRESS CONCERNS WITH FAMILY, 2 SESSIONS PLANNED");
    row("district nurse visits", "Address: District nurse, 2 visits weekly");
    row("village of a care home at a distance", "Residence: nursing home village, 2 km away");
    row("retirement village room", "Residence: Retirement Village, Room 12");
    row("settlement of a claim", "Home: Settlement 2, claim closed, 3 visits");
    row("street word of a study", "Address: Magu study, arm B, cohort 2");
    row("or between two doses", "Dose: 12 mg, or 14 mg, PO");
    row("section and allotment of a protocol", "Section 4, Allotment 2 of the doses, see protocol.");
    row("initialism closing a plan", "Plan: review BP, recheck U.S.");
    row("strength abbreviated after a comma", "Muscle power 4/5, str. 5 bilaterally, reflexes 2+");
    row("place of a ward in a hospital", "Place: Ward 3, Regional Hospital");
    row("place of a theatre", "Place: Theatre 2, Block B");
    row("community of a clinic", "Community: Block 4, Mercy Clinic");
    row("place of a casualty department", "Age at death: 44\nPlace: Casualty\nCause: sepsis");
    row("place of a theatre", "Place: Theatre");
    row("place at home in french", "Place: Domicile");
    row("retirement village and its city", "Retirement village, Sydney, offers 2 rooms.");
    row("section and allotment of a protocol's doses", "Section 4, Allotment 2, dose schedule, see protocol.");
    row("strength at a line's start", "str. 5/5 in both arms, reflexes 2+");
    row("lives in a shelter", "Vive en Hogar San José.");
    row("lives in a house alone", "Mora na Casa, sozinho.");
    row("au before a dose", "Passage au 12 mg, 2 fois par jour.");
    row("au before a room", "Rendez-vous au 3 Rue, salle 2.");
    row("hospital ward of paediatrics", "Ward: Paediatrics\nBed: 4");
    row("hospital ward of orthopaedics", "Ward: Orthopaedics");
    row("hospital ward of maternity in capitals", "WARD: MATERNITY");
    row("hospital ward by its number", "Ward: 4B");
    row("calling from a ward", "Nurse calling from Ward 4, about bed 2");
    row("calling from work", "Daughter calling from work, worried.");
    row("village and a verb in capitals", "FROM NADURI VILLAGE, LIVES WITH HER SON");
    row("lives in fear after a macedonian cue", "Pacientot živee vo strav, 2 godini.");
  }

  void ignoresThirtyFirstFamilyAddressLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Second round on the thirty-first family: houses placed by a landmark, the Maldivian identity
  // card number after a person's name and a comma.
  void findsThirtyFirstFamilySecondRound_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("house at a junction", "Community: House 146, ELWA Junction, Paynesville, Montserrado\nPhone:",
        "House 146, ELWA Junction, Paynesville, Montserrado", "address");
    row("house behind a landmark", "Community: House 4, behind Total gas station, Duala, Bushrod Island, Monrovia",
        "House 4, behind Total gas station, Duala, Bushrod Island, Monrovia", "address");
    row("house near a market", "lives at House 12, near Red Light Market, Gbarnga", "House 12, near Red Light Market, Gbarnga",
        "address");
    row("maldivian id after the mother's name", "Mother: Fathimath Naseem, A466180\nAddress:", "A466180", "license");
    row("maldivian id after a name line", "Name: Aminath Zahir, A410478", "A410478", "license");
    row("town in lower case in an sms", "referral: fever 3 days, rdt pos, town ganta\n", "ganta", "address");
    row("tok pisin stap long a town", "em positive. ol i stap long wewak. ring", "wewak", "address");
    row("place of birth without a colon", "DATE OF B1RTH 04JUN33\nPLACE OF BIRTH Mochudi\nCell on file:", "Mochudi", "address");
    row("mongolian address label with a town in lower case", "илгээлээ. хаяг: дархан, утас", "дархан", "address");
    row("town alone in a community column", "Date | Child | Caregiver | Community | Dx\n03/04/2025 | x | y | Voinjama | malaria, RDT +\n",
        "Voinjama", "address");
    row("town in capitals in a community column", "DATE | CHILD | COMMUNITY | DX\n03/04/2025 | x | VOINJAMA | MALARIA\n",
        "VOINJAMA", "address");
  }

  void findsThirtyFirstFamilySecondRound() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresThirtyFirstFamilySecondRoundLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("house behind a landmark without a locality", "House 4, behind the clinic, 2 visits");
    row("house rules at a junction", "House 4, Ward Junction");
    row("vaccine and its lot", "Vaccine: Pentavalent, A466180\nDose: 2");
    row("vaccine of two words and its lot", "Vaccine: Measles Rubella, A466180");
    row("kit after a brand and a comma", "Kit: Determine HIV, A123456");
    row("diluent by its maker", "Diluent: Serum Institute, A466180");
    row("town hall in lower case", "meeting at the town hall, 2 pm");
    row("mongolian address label with a word not a town", "хаяг: тодорхойгүй, утас алга");
    row("clinic's word in a community column", "Date | Community | Dx\nweek 2 | Clinic | malaria\n");
    row("town column's english word", "Date | Town | Dx\nweek 2 | Unknown | malaria\n");
    row("town column's english word in capitals", "DATE | TOWN | DX\nWEEK 2 | UNKNOWN | MALARIA\n");
    row("capitals in another column", "DATE | DRUG | DX\nWEEK 2 | COARTEM | MALARIA\n");
    row("capitalised word in another column", "Date | Drug | Dx\nweek 2 | Coartem | malaria\n");
    row("town after a comma not a city", "fever 3 days, town clinic closed");
    row("tok pisin stap long the house", "em i stap long haus. ring bihain");
    row("tok pisin stap long the hospital", "em i stap long hausik, bed 4");
    row("place of birth of a ward", "PLACE OF BIRTH Maternity ward");
    row("place of birth at home", "PLACE OF BIRTH Home");
  }

  void ignoresThirtyFirstFamilySecondRoundLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // General rules, names (session of 2026-11-27 evening, third list of countries): forms of address
  // of Malaysia and Brunei, Fiji, Samoa, Bhutan and Albania; names in Armenian and Georgian letters
  // after labels and titles or by their family names' endings; Mongolian initials and genitive
  // father's names, Macedonian titles and Armenian and Georgian family names in Cyrillic; names of
  // the list's countries on the name tables.
  void findsNamesOfThirdCountryList_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Malay Encik before a name with bin", "Seen with Encik Ahmad Fauzi bin Hassan today.", "Ahmad Fauzi bin Hassan");
    row("a Malay Puan before a name with binti", "Puan Siti Nurhaliza binti Ismail called the ward.", "Siti Nurhaliza binti Ismail");
    row("a Malay Hajah before a name", "Accompanied by Hajah Rosnah Abdullah this morning.", "Rosnah Abdullah");
    row("a Malaysian Datin before a name", "Seen with Datin Noraini Yusof today.", "Noraini Yusof");
    row("a Brunei Pengiran before a name", "Seen with Pengiran Kamaluddin today.", "Kamaluddin");
    row("a Brunei Awangku before a name", "Accompanied by Awangku Faizal today.", "Faizal");
    row("a Fijian Ratu before a name", "Ratu Josefa Waqanivalu was admitted overnight.", "Josefa Waqanivalu");
    row("a Samoan Afioga before a name", "Afioga Leota Sapolu attended with his wife.", "Leota Sapolu");
    row("a Bhutanese Dasho before two given names", "Dasho Karma Wangchuk visited the ward.", "Karma Wangchuk");
    row("a Bhutanese Aum before two given names", "Aum Dorji Wangmo called about the results.", "Dorji Wangmo");
    row("a Bhutanese Lopen before two given names", "Reviewed by Lopen Sonam Tshering.", "Sonam Tshering");
    row("Bhutanese given names alone", "Seen with Pema Choden today.", "Pema Choden");
    row("an Albanian Zonja before a name", "Zonja Drita Hoxha u paraqit sot.", "Drita Hoxha");
    row("an Albanian Zoti before a name", "Zoti Arben Krasniqi u kontrollua.", "Arben Krasniqi");
    row("an Albanian znj. before a name", "Referuar nga znj. Blerina Gashi.", "Blerina Gashi");
    row("a Macedonian -ski in Latin letters", "Seen with Aleksandar Stojanovski today.", "Aleksandar Stojanovski");
    row("a Macedonian woman's -ska", "Biljana Petrovska called the ward.", "Biljana Petrovska");
    row("a Bosnian -ic in ASCII", "Seen with Amra Hodzic today.", "Amra Hodzic");
    row("an Armenian -yan in Latin letters", "Seen with Hasmik Grigoryan today.", "Hasmik Grigoryan");
    row("a Georgian -shvili in Latin letters", "Seen with Tengiz Gelashvili today.", "Tengiz Gelashvili");
    row("a Georgian -dze in Latin letters", "Levan Kapanadze reports less pain.", "Levan Kapanadze");
    row("a Mongolian name in Latin letters", "Seen with Enkhbayar Ganbaatar today.", "Enkhbayar Ganbaatar");
    row("a Tigrinya given and father's name", "Patient: Tesfay Ghebremedhin, 44", "Tesfay Ghebremedhin");
    row("a Tongan name", "Seen with Siosaia Fifita today.", "Siosaia Fifita");
    row("a Surinamese Hindustani name", "Seen with Ravi Ramdin today.", "Ravi Ramdin");
    row("a Motswana name", "Kabelo Molefe reports less pain.", "Kabelo Molefe");
    row("an Armenian patient's label", "\u0540\u056b\u057e\u0561\u0576\u0564: \u0531\u0580\u0561\u0574 \u054a\u0565\u057f\u0580\u0578\u057d\u0575\u0561\u0576\n\u054f\u0561\u0580\u056b\u0584: 54",
        "\u0531\u0580\u0561\u0574 \u054a\u0565\u057f\u0580\u0578\u057d\u0575\u0561\u0576");
    row("an Armenian Mr", "\u0531\u0575\u057d\u0585\u0580 \u0561\u0575\u0581\u0565\u056c\u0565\u0581 \u057a\u0561\u0580\u0578\u0576 \u0533\u0561\u0563\u056b\u056f \u054d\u0561\u0580\u0563\u057d\u0575\u0561\u0576\u0589",
        "\u0533\u0561\u0563\u056b\u056f \u054d\u0561\u0580\u0563\u057d\u0575\u0561\u0576");
    row("an Armenian -yan by its shape", "\u053c\u0578\u0582\u057d\u056b\u0576\u0565 \u0533\u0580\u056b\u0563\u0578\u0580\u0575\u0561\u0576 \u0566\u0561\u0576\u0563\u0561\u0570\u0561\u0580\u0565\u0581\u0589",
        "\u053c\u0578\u0582\u057d\u056b\u0576\u0565 \u0533\u0580\u056b\u0563\u0578\u0580\u0575\u0561\u0576");
    row("a Georgian patient's label", "\u10de\u10d0\u10ea\u10d8\u10d4\u10dc\u10e2\u10d8: \u10d2\u10d8\u10dd\u10e0\u10d2\u10d8 \u10d1\u10d4\u10e0\u10d8\u10eb\u10d4\n\u10d0\u10e1\u10d0\u10d9\u10d8: 61",
        "\u10d2\u10d8\u10dd\u10e0\u10d2\u10d8 \u10d1\u10d4\u10e0\u10d8\u10eb\u10d4");
    row("a Georgian Mrs", "\u10e5\u10d0\u10da\u10d1\u10d0\u10e2\u10dd\u10dc\u10d8 \u10dc\u10d8\u10dc\u10dd \u10d2\u10d4\u10da\u10d0\u10e8\u10d5\u10d8\u10da\u10d8 \u10d3\u10d0\u10e0\u10d4\u10d9\u10d0.",
        "\u10dc\u10d8\u10dc\u10dd \u10d2\u10d4\u10da\u10d0\u10e8\u10d5\u10d8\u10da\u10d8");
    row("a Georgian doctor before a -ia name", "\u10d4\u10e5\u10d8\u10db\u10d8 \u10d7\u10d0\u10db\u10d0\u10e0 \u10e8\u10d4\u10dc\u10d2\u10d4\u10da\u10d8\u10d0 \u10d2\u10d0\u10e1\u10d8\u10dc\u10ef\u10d0.",
        "\u10d7\u10d0\u10db\u10d0\u10e0 \u10e8\u10d4\u10dc\u10d2\u10d4\u10da\u10d8\u10d0");
    row("a Georgian -dze by its shape", "\u10d0\u10e6\u10db\u10dd\u10e9\u10dc\u10d3\u10d0 \u10dc\u10d8\u10dc\u10dd \u10db\u10d0\u10d8\u10e1\u10e3\u10e0\u10d0\u10eb\u10d4 \u10e8\u10d4\u10db\u10dd\u10d5\u10d8\u10d3\u10d0.",
        "\u10dc\u10d8\u10dc\u10dd \u10db\u10d0\u10d8\u10e1\u10e3\u10e0\u10d0\u10eb\u10d4");
    row("a Mongolian doctor's label and an initial", "\u042d\u043c\u0447: \u0411. \u0411\u0430\u0442\u0431\u0430\u044f\u0440\n\u041e\u043d\u043e\u0448: J18.9",
        "\u0411. \u0411\u0430\u0442\u0431\u0430\u044f\u0440");
    row("a Mongolian patient with a genitive father's name", "\u04e8\u0432\u0447\u0442\u04e9\u043d: \u0411\u0430\u0442\u044b\u043d \u0411\u043e\u043b\u0434, 45 \u043d\u0430\u0441\u0442\u0430\u0439",
        "\u0411\u0430\u0442\u044b\u043d \u0411\u043e\u043b\u0434");
    row("a Mongolian initial and a name with Ө", "\u0425. \u04e8\u043b\u0437\u0438\u0439\u0431\u0430\u044f\u0440 \u0438\u0440\u0441\u044d\u043d.",
        "\u0425. \u04e8\u043b\u0437\u0438\u0439\u0431\u0430\u044f\u0440");
    row("a Mongolian genitive father's name by its shape", "\u0414\u043e\u0440\u0436\u0438\u0439\u043d \u04e8\u043b\u0437\u0438\u0439 \u0438\u0440\u0441\u044d\u043d.",
        "\u0414\u043e\u0440\u0436\u0438\u0439\u043d \u04e8\u043b\u0437\u0438\u0439");
    row("a Macedonian Mr in Cyrillic", "\u041f\u0440\u0435\u0433\u043b\u0435\u0434\u0430\u043d \u043e\u0434 \u0433-\u0434\u0438\u043d \u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0430\u0440 \u0421\u0442\u043e\u0458\u0430\u043d\u043e\u0432\u0441\u043a\u0438.",
        "\u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0430\u0440 \u0421\u0442\u043e\u0458\u0430\u043d\u043e\u0432\u0441\u043a\u0438");
    row("a Macedonian Mrs in Cyrillic", "\u0413-\u0453\u0430 \u0411\u0438\u043b\u0458\u0430\u043d\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0441\u043a\u0430 \u0458\u0430\u0432\u0438.",
        "\u0411\u0438\u043b\u0458\u0430\u043d\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0441\u043a\u0430");
    row("an Armenian -yan in Russian letters", "\u041f\u043e\u0441\u0442\u0443\u043f\u0438\u043b \u0410\u0440\u0430\u043c \u041f\u0435\u0442\u0440\u043e\u0441\u044f\u043d \u0432 10:00.",
        "\u0410\u0440\u0430\u043c \u041f\u0435\u0442\u0440\u043e\u0441\u044f\u043d");
    row("a Georgian -shvili in Russian letters", "\u041e\u0441\u043c\u043e\u0442\u0440\u0435\u043d\u0430 \u041d\u0438\u043d\u043e \u0413\u0435\u043b\u0430\u0448\u0432\u0438\u043b\u0438 \u0441\u0435\u0433\u043e\u0434\u043d\u044f.",
        "\u041d\u0438\u043d\u043e \u0413\u0435\u043b\u0430\u0448\u0432\u0438\u043b\u0438");
    row("a Hong Kong name, family name in capitals, English name after the comma", "Patient: CHAN Tai Man, Peter\nHKID: see chart", "CHAN Tai Man, Peter");
    row("a Hong Kong name after Mr with a syllable that is a word", "Seen with Mr CHAN Tai Man today.", "CHAN Tai Man");
    row("a Singapore name whose family name is an English word", "Tan Wei Ming attended clinic with his wife.", "Tan Wei Ming");
    row("a Singapore name with the English name last", "Seen with Lee Mei Ling Jessica today.", "Lee Mei Ling Jessica");
    row("a Hong Kong doctor", "Referred by Dr. Wong Ka Fai.", "Wong Ka Fai");
    row("a Fijian name after Sister", "Sister Mereani Tuilagi took the bloods.", "Mereani Tuilagi");
    row("a Samoan name after Nurse", "Nurse Sina Leavasa reviewed the wound.", "Sina Leavasa");
    row("a Bhutanese name before a credential", "Electronically signed: Sonam Tshering, MBBS", "Sonam Tshering");
    row("a Maldivian name before the house of origin", "Patient: Aishath Shifna, Maafannu", "Aishath Shifna");
    row("an Eritrean given and father's name", "Seen with Yonas Tesfamariam today.", "Yonas Tesfamariam");
    row("a Papua New Guinean name", "Seen with Kila Somare today.", "Kila Somare");
    row("a Surinamese Javanese name", "Seen with Sri Wongsodikromo today.", "Sri Wongsodikromo");
    row("a Malaysian Dato' before a name", "Seen with Dato' Ahmad Zahid today.", "Ahmad Zahid");
    row("a Malay Cik before a name", "Cik Nurul Aina called about her results.", "Nurul Aina");
    row("a Jamaican name", "Seen with Delroy Campbell today.", "Delroy Campbell");
    row("a Moldovan name", "Seen with Vasile Ceban today.", "Vasile Ceban");
    row("a Montenegrin name", "Seen with Milica Vukotic today.", "Milica Vukotic");
    row("a Swazi name", "Seen with Sibusiso Dlamini today.", "Sibusiso Dlamini");
    row("a Basotho name", "Mpho Letsie reports less pain.", "Mpho Letsie");
    row("a Gambian name", "Seen with Isatou Ceesay today.", "Isatou Ceesay");
    row("a Tongan name", "Seen with Sione Taufa today.", "Sione Taufa");
    row("a Tigrinya name label", "ሽም: ተስፋይ ገብረመድህን\nዕድመ: 44", "ተስፋይ ገብረመድህን");
    row("a Tigrinya Mr before given and father's name", "ኣቶ ዮናስ ተኽለ ሎሚ መጺኡ።", "ዮናስ ተኽለ");
    row("an Amharic Mrs with its slash", "ወ/ሮ አልማዝ በቀለ ደወለች።", "አልማዝ በቀለ");
    row("a Dhivehi name label", "ނަން: އާމިނަތު ޝިފްނާ\nއުމުރު: 34", "އާމިނަތު ޝިފްނާ");
    row("a Motswana doctor before Commonwealth degrees", "Reviewed by Dr. Kabelo Molefe, MBChB, MMed (Int Med).", "Kabelo Molefe");
    row("a Mosotho signature before a fellowship", "Signed: Lerato Mokhothu, MBChB, FCP(SA)", "Lerato Mokhothu");
    row("a Jamaican consultant before MRCPCH", "Seen by Delroy Campbell, MBBS, DM, MRCPCH", "Delroy Campbell");
    row("a Samoan name with a glottal stop inside", "Seen with Losaline Fa'asalele today.", "Losaline Fa'asalele");
    row("a Tongan name with an okina before a word", "Seen with Sione ʻAhoafi Fifita today.", "Sione ʻAhoafi Fifita");
    row("a Brunei name with binti Haji inside", "Patient: Dayang Nurul Huda binti Haji Ahmad\nIC: see chart", "Dayang Nurul Huda binti Haji Ahmad");
    row("a Mongolian doctor with a joined initial", "Эмч Б.Батбаяр үзсэн.", "Б.Батбаяр");
    row("a Fijian Adi inside a labelled name", "Mother: Adi Litia Cakobau, 44", "Adi Litia Cakobau");
    row("a Tongan Tupou", "Seen with Tupou Taufa and her son.", "Tupou Taufa");
    row("a Maldivian name before the house and island", "Patient: Mohamed Shifaz, H. Sosunge, Male'", "Mohamed Shifaz");
    row("an Albanian z. before a name", "Referuar nga z. Arben Krasniqi.", "Arben Krasniqi");
    row("a Bosnian name after a patient label", "Pacijent: Amra Hodžić, 44", "Amra Hodžić");
    row("a Bhutanese Lopen before Kinley Dorji", "Seen with Lopen Kinley Dorji today.", "Kinley Dorji");
    row("a Mongolian name before the doctor's title", "Батбаяр эмч үзсэн.", "Батбаяр");
    row("a Mongolian joined initial before the doctor's title", "Үзсэн: Б.Оюунчимэг эмч", "Б.Оюунчимэг");
    row("a Hong Kong doctor in capitals after Dr.", "Seen by Dr. CHAN Siu Ming today.", "CHAN Siu Ming");
    row("a Hong Kong woman after Ms", "Ms Wong Ka Yan called the ward.", "Wong Ka Yan");
    row("a Hong Kong doctor in traditional characters", "醫生：陳大文\n診斷：肺炎", "陳大文");
    row("a Macau patient in traditional characters", "病人：李美玲", "李美玲");
  }

  void findsNamesOfThirdCountryList() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  void ignoresNameLookalikesOfThirdCountryList_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // The list's capitals and towns after a place's context.
    row("a flight from Paramaribo", "Flew back from Paramaribo with a cough.");
    row("a trip to Nuku'alofa", "Returned from Nuku'alofa last week, febrile since.");
    row("Kingston after visiting", "Was visiting Kingston when the cough began.");
    row("a referral from Thimphu", "Referred from Thimphu for MRI of the spine.");
    row("Bandar Seri Begawan", "Travelled to Bandar Seri Begawan for work in March.");
    row("Skopje after in", "Seen in Skopje last year for the same complaint.");
    row("an evacuation from Honiara", "Evacuated from Honiara by air on day 3.");
    row("Gaborone and Windhoek", "Moved from Gaborone to Windhoek in 2019.");
    row("Ulaanbaatar after a patient's label", "Patient: returned from Ulaanbaatar, cough for a week.");
    row("Port Moresby", "Transferred from Port Moresby by air ambulance.");
    row("Tbilisi and Yerevan", "Drove from Tbilisi to Yerevan overnight.");
    row("Chisinau", "Visiting Chisinau until June.");
    row("Malé after from", "Arrived from Mal\u00e9 yesterday evening.");
    row("Port of Spain", "Returned from Port of Spain on Sunday.");
    row("Tirana and Pristina", "Travelled to Tirana and Pristina in April.");
    row("Sarajevo and Podgorica", "Flew from Sarajevo to Podgorica.");
    row("Ashgabat", "Relocated to Ashgabat in 2021.");
    row("Apia and Suva", "Referred from Apia to Suva for dialysis.");
    // Doses, lots and scores near the new titles and names.
    row("a dose in Malay", "Ubat: Paracetamol 1 g, 4 kali sehari");
    row("a vaccine lot", "Vaccine lot FJ2231, Pentavac, dose 2 given");
    row("an Albanian discharge heading", "FLET\u00cbDALJE\nDiagnoza: J18.9");
    row("Mongolian ministry of health", "\u042d\u0440\u04af\u04af\u043b \u041c\u044d\u043d\u0434\u0438\u0439\u043d \u042f\u0430\u043c\u043d\u044b \u0442\u0443\u0448\u0430\u0430\u043b 12");
    row("Mongolian state university", "\u041c\u043e\u043d\u0433\u043e\u043b \u0423\u043b\u0441\u044b\u043d \u0418\u0445 \u0421\u0443\u0440\u0433\u0443\u0443\u043b\u044c, 2019");
    row("a Mongolian city after г.", "\u0413. \u0423\u043b\u0430\u0430\u043d\u0431\u0430\u0430\u0442\u0430\u0440, 2024 \u043e\u043d");
    row("an Armenian institution in -yan", "\u0544\u0561\u0577\u057f\u0578\u0581\u0575\u0561\u0576 \u0544\u0561\u057f\u0565\u0576\u0561\u0564\u0561\u0580\u0561\u0576, 2022");
    row("an Armenian university heading", "\u0535\u0580\u0587\u0561\u0576\u056b \u054a\u0565\u057f\u0561\u056f\u0561\u0576 \u0532\u056a\u0577\u056f\u0561\u056f\u0561\u0576 \u0540\u0561\u0574\u0561\u056c\u057d\u0561\u0580\u0561\u0576");
    row("a Georgian nephew", "\u10e9\u10d4\u10db\u10d8 \u10eb\u10db\u10d8\u10e1\u10e8\u10d5\u10d8\u10da\u10d8 \u10db\u10dd\u10d5\u10d8\u10d3\u10d0.");
    row("a Georgian grandchild", "\u10db\u10d8\u10e1\u10d8 \u10e8\u10d5\u10d8\u10da\u10d8\u10e8\u10d5\u10d8\u10da\u10d8 \u10d0\u10e5 \u10d0\u10e0\u10d8\u10e1.");
    row("a Georgian child", "\u10db\u10d8\u10e1\u10d8 \u10e8\u10d5\u10d8\u10da\u10d8 \u10d0\u10e5 \u10d0\u10e0\u10d8\u10e1.");
    row("a Georgian doctor before a verb", "\u10d4\u10e5\u10d8\u10db\u10d8 \u10dc\u10d0\u10ee\u10d0\u10d5\u10e1 \u10ee\u10d5\u10d0\u10da.");
    row("an Armenian doctor before lower case", "\u0532\u056a\u056b\u0577\u056f\u0568 \u056f\u0576\u0561\u0575\u056b \u057e\u0561\u0572\u0568\u0589");
    row("an Armenian month and dose", "\u0540\u0578\u0582\u0576\u057e\u0561\u0580 12, \u054a\u0561\u0580\u0561\u0581\u0565\u057f\u0561\u0574\u0578\u056c 500 \u0574\u0563");
    row("a Macedonian discharge heading", "\u041e\u0422\u041f\u0423\u0421\u041d\u0410 \u041b\u0418\u0421\u0422\u0410\n\u0414\u0438\u0458\u0430\u0433\u043d\u043e\u0437\u0430: J18.9");
    row("a Malay referral form's heading", "BORANG RUJUKAN PESAKIT\nTujuan: rawatan susulan");
    row("a Malay appointment card", "KAD TEMUJANJI KLINIK PAKAR\nNo. 204");
    row("a Malaysian clinic named by a Dato", "Klinik Kesihatan Dato Keramat, 10 am");
    row("an Albanian name label with no value", "Emri dhe mbiemri:\nDiagnoza: J18.9");
    row("an Albanian patient card and epicrisis", "KARTELA E PACIENTIT\nEPIKRIZA");
    row("Tok Pisin labels", "Nem bilong sikman:\nHaus sik: 12");
    row("a Papiamento label", "Fecha di nasementu:\nPeso: 72 kg");
    row("a Malaysian street named by a Dato", "Klinik di Jalan Dato Onn, bilik 4");
    row("a Singapore hospital named by its founder", "Transferred to Tan Tock Seng Hospital, ward 5.");
    row("Ho Chi Minh City", "Flew back from Ho Chi Minh City on Monday.");
    row("a low-salt diet", "Low Na diet advised, fluid 1.5 L.");
    row("a Surinamese Dutch referral letter", "VERWIJSBRIEF HUISARTS\nGeachte collega,");
    row("a Fijian road named by a chief", "Ratu Sukuna Road clinic, room 4");
    row("vaccines of the schedule", "BCG given at birth, OPV 3 doses, Pentavalent 2");
    row("Malay and Dutch months", "Seen Januari 2024, again Februari.");
    row("a lane named by a Haji", "Haji Lane clinic, bed 4");
    row("AUM in capitals before a score", "AUM score 3 of 10");
    row("PUAN before a dose", "PUAN 12 mg");
    row("a Tigrinya name label with no value", "ሽም:\nዕድመ: 44");
    row("a Tigrinya label before Ethiopic numerals", "ሽም: ፲፪");
    row("a Dhivehi name label with no value", "ނަން:\nއުމުރު: 34");
    row("twice daily on a Commonwealth prescription", "Augmentin 625 mg, BDS for 5 days");
    row("degrees alone in a heading", "MMED PART II EXAMINATION, FCS(SA) RESULTS");
    row("Hawaii with its okina", "Flew back from Hawaiʻi on Monday, cough since.");
    row("Nuku'alofa with its okina", "Returned from Nukuʻalofa last week.");
    row("a Mongolian acting-head abbreviation", "Асуудал: Т.Е.С хэлтэс");
    row("a Bosnian discharge letter and specialist finding", "OTPUSNO PISMO\nNALAZ I MIŠLJENJE SPECIJALISTE");
    row("a Moldovan extract of the medical file", "EXTRAS DIN FIȘA MEDICALĂ\nDiagnostic: pneumonie");
    row("a Fijian hospital and its town", "Vale ni Bula Lautoka, Ward 3");
    row("a Samoan hospital named by its place", "Falemaʻi Motootua, room 12");
    row("a Tok Pisin hospital and its town", "HAUS SIK BILONG GOROKA, bed 4");
    row("an Aruban insurance card", "Karchi di Seguro AZV vigente");
    row("an Albanian referral sheet and ward", "FLETË REFERIMI\nPavijoni i Kardiologjisë");
    row("a Macedonian discharge list and clinic", "ОТПУШТАЈНА ЛИСТА, Клиника за кардиологија");
    row("a Botswana health card", "BOTSWANA HEALTH CARD, Mosadi: 2 children");
    row("a Tongan hospital after a sister in charge", "Referred by Sister in charge, Ward 7, Tupou Hospital");
    row("a Mongolian internist", "Дотрын эмч үзсэн, АД 130/80");
    row("a Mongolian paediatrician", "Хүүхдийн эмчид хандсан.");
    row("a Mongolian senior doctor", "Ахлах эмч үзсэн, АД 130/80");
    row("a Mongolian chief doctor", "Ерөнхий эмч зөвшөөрсөн.");
    row("a diagnosis after a traditional doctor's label", "醫生：請複查血常規一次");
  }

  void ignoresNameLookalikesOfThirdCountryList() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifiers after the thirty-first family became a development family (seed 3131): the WHO
  // EPID number of a case investigation is the case's file ("account") after any label and
  // standing alone in a line list; a count joined to its unit word is no number.
  void findsThirtyFirstFamilyIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("epid number after its label", "EPID No.: MNG-ULN-24-0123\nName: B. Sarangerel", "MNG-ULN-24-0123", "account");
    row("epid number after case no", "Case no. USA-BWX-24-2510\nHome: 12 Main St", "USA-BWX-24-2510", "account");
    row("epid number with a district", "Nr. EPID: ALB-TIR-KAM-25-017", "ALB-TIR-KAM-25-017", "account");
    row("epid number after linked to case", "Contact: Musu Kollie\nLinked to case LBR-MTS-25-4229", "LBR-MTS-25-4229",
        "account");
    row("georgian personal no", "Patient: Tamar Maisuradze\nPersonal No.: 12586527839\nART No.: ART-35064", "12586527839",
        "mrn");
    row("georgian personal no in capitals", "PATIENT: NINO LOMIDZE    PERSONAL NO. 08425817971\nSAMPLE COLLECTED",
        "08425817971", "mrn");
    row("moldovan identity card as buletin", "IDNP: 2185691461047\nBuletin: B05104646\nDomiciliu: str. Independenței 12",
        "B05104646", "license");
    row("passport with a qualifier of three words", "Passport (for overseas referral): C5082737\nHbA1c 8.4%", "C5082737",
        "license");
    row("identity card with a qualifier that is a label", "ID (Teudat Zehut): 328008427", "328008427", "license");
    row("armenian public service number after the armenian colon", "Հիվանդ՝ Անահիտ Պետրոսյան\nՀԾՀ՝ 9990989245\nՏարիքը՝ 75",
        "9990989245", "mrn");
    row("armenian passport after the armenian colon", "Անձնագիր՝ AN1234567", "AN1234567", "license");
    row("macedonian parent's embg", "ЕМБГ на родителот: 2208971458612\nТелефон: +389 74 731 912", "2208971458612", "mrn");
    row("bosnian parent's jmbg", "JMBG roditelja: 2208971458612\nZdravstvena knjižica: 123-456789", "2208971458612", "mrn");
    row("ncd clinic number", "Tel: 5563 3527\nNCD No.: NCD-32664\nBP 152/94 mmHg", "NCD-32664", "mrn");
    row("antenatal card number with its acronym", "Address: Plot 4, Boseja Ward, Maun\nANC No.: ANC 832/25\nEDD: 2026/01/23",
        "ANC 832/25", "mrn");
    row("mongolian register number after a name", "Өвчтөн: T. Bat-Erdene, УБ98031512\nХавьтал: Ганболд", "УБ98031512", "mrn");
    row("mongolian register number in a chat in lower case", "эмч: батын номин (уе62010903) халуурч байна", "уе62010903",
        "mrn");
    row("guyanese nis number", "Phone: 222-3344\nNIS: 123456-7\nANC No.: ANC 123/24", "123456-7", "health_plan");
    row("mongolian health insurance book", "Утас: 9911 2233\nЭМД: ЭМД-12345678\nHbA1c 8.4%", "ЭМД-12345678", "health_plan");
    row("albanian health card", "Nr. personal: I45201234K\nKarta e shëndetit: FSDKSH-123456789\nAdresa: Rruga e Kavajës 12",
        "FSDKSH-123456789", "health_plan");
    row("a patient's own glucometer in romanian", "Telefon: 069 123 456\nGlucometru personal nr. GM123A45678\nHbA1c 8.4%",
        "GM123A45678", "device");
    row("a patient's own glucometer with own no", "Uses glucometer own no. OC123B45678 at home.", "OC123B45678", "device");
    row("identity number under the name line", "HEALTH PASSPORT\nName: Ndapewa Haufiku\nID No.: 05021389036\nDate of birth: 2005/02/13",
        "05021389036", "license");
    row("identity number after a name and a comma", "Mother: Selma Gaoses, ID 75120318234, age 39", "75120318234", "license");
    row("patient id after a patient line stays a record number", "Patient: John Smith\nID: 00482913\nWard 4", "00482913", "mrn");
    row("patient id in a padded column stays a record number", "Name: John Smith   ID: 00482913", "00482913", "mrn");
    row("personal number column of a screening export",
        "screening_no,name,personal_no,dob,status\nSCR-20-1648,\"KAPANADZE, Nino\",59060692848,19661109,enrolled",
        "59060692848", "mrn");
    row("identity card copy with an ocr zero in no",
        "NATIONAL IDENTITY CARD\nSURNAME MOGAPI\nFORENAMES LORATO\nID N0. 227728931\nDATE OF BIRTH 16JUL72", "227728931",
        "license");
    row("trinidadian national id after a name and a comma",
        "Index case: CHARLES, Candice, 19850928005\nWorks as maxi-taxi driver", "19850928005", "license");
    row("record number of digits and capitals after mr", "MR 12-4471A", "12-4471A", "mrn");
    row("epid number in a line list's later row",
        "epid_no,age,sex,outcome\nLBR-MTS-25-4045,34,F,alive\nLBR-MTS-25-4046,12,M,alive", "LBR-MTS-25-4046", "account");
  }

  void findsThirtyFirstFamilyIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresThirtyFirstFamilyIdentifierLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("measles-rubella multi-dose vial", "Cold chain: freeze indicator intact; MR 10-dose vial opened at 09:10.");
    row("record of a course in days", "MR 5-day course completed");
    row("multi-dose vial in capitals", "COLD CHAIN: MR 10-DOSE VIAL OPENED AT 09:10, DISCARD AFTER 6 H");
    row("epid-like protocol code without a case", "Protocol ABC-DEF-24-0123 version 2.0, amendment 3.");
    row("case count with an epid-like code of a lab", "Cases this week: 14. Lab panel MNG-LAB-2024 used.");
    row("laboratory bulletin in romanian", "Buletin de analize: hemoleucograma completă, 12 parametri.");
    row("bulletin of a count", "Buletin: 2 cazuri noi în săptămâna 14.");
    row("passport qualifier without a number", "Passport (for overseas referral): pending, applied in May.");
    row("absolute neutrophil count", "ANC 1.2 x10^9/L, ANC 832 cells/uL on day 14.");
    row("ncd protocol step", "NCD protocol step 2: telmisartan 40 mg, amlodipine 5 mg.");
    row("armenian age after the armenian colon", "Տարիքը՝ 75 տարեկան, քաշը՝ 68 կգ");
    row("macedonian parent's phone count", "ЕМБГ на родителот: непознат, 2 деца.");
    row("russian drug registration number", "Препарат зарегистрирован, номер ЛП99999999 от 2020 года.");
    row("cyrillic code with an impossible month", "Код партии АБ12345678, срок годности 2027.");
    row("mongolian insurance acronym with a count", "ЭМД: 2 удаа, 2024 онд.");
    row("albanian health card without a number", "Karta e shëndetit: e skaduar, 2 muaj më parë.");
    row("glucometer readings in romanian", "Glucometru personal nr. 2 folosit zilnic, 3 citiri pe zi.");
    row("home monitor count", "BP monitor home number 3 of 4 units issued.");
    row("personal column of a count", "site,personal_no_count,visits\nTbilisi,12,3");
    row("ocr zero in no before a count", "ID N0. 2 given, see over.");
    row("batch number of a date and a serial", "Vaccine batch 20240312001, exp. 2026-07, 0.5 mL IM.");
    row("count after a word and a comma", "Total doses, 19850928005 is no figure we track.");
    row("epid week, not a number", "EPID week 14: 23 suspected cases, 2 confirmed.");
  }

  void ignoresThirtyFirstFamilyIdentifierLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3131 (public-health programmes): names beside the forms' headings, areas and streets.
  void findsNamesBesidePublicHealthForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a contact tracer", "Contact tracer: Korto Gbessay, Ganta", "Korto Gbessay");
    row("an Albanian death certificate's name", "ÇERTIFIKATË MJEKËSORE E VDEKJES\nEmri, mbiemri: Drita Shehu", "Drita Shehu");
    row("a Moldovan death certificate's name", "CERTIFICAT MEDICAL CONSTATATOR AL DECESULUI\nNumele, prenumele: Ecaterina Cebotari",
        "Ecaterina Cebotari");
    row("a Bosnian palliative visit's patient", "KUĆNA POSJETA - PALIJATIVNA NJEGA\nPacijent: Amra Hodžić, 44", "Amra Hodžić");
    row("a Bhutanese informant before the gewog", "Informant: Ugyen Tshering, Bidung gewog, Trashigang Dzongkhag",
        "Ugyen Tshering");
    row("a Maldivian mother before her house", "Mother: Aishath Shifa, H. Dhoores, Majeedhee Magu, Malé", "Aishath Shifa");
    row("a Moldovan mother before her street", "Mama: dna Natalia Ceban, str. Alba Iulia 44, Bălți", "Natalia Ceban");
    row("an Armenian doctor's abbreviation after an English label", "Investigator: բժ. Tigran Avetisyan", "Tigran Avetisyan");
    row("a Bosnian nurse before her credential", "Posjetu obavila: Amra Hodžić, med. sestra", "Amra Hodžić");
    row("a Macedonian mother", "Мајка: Катерина Николова, родила во болница", "Катерина Николова");
    row("a Macedonian pupil", "Ученик/ученичка: Драган Ангелов\nОдделение: 5", "Драган Ангелов");
    row("a Macedonian contact", "Контакт: Марија Трајковска, живее со пациентот", "Марија Трајковска");
    row("an Albanian father's name", "Emri, mbiemri: Drita Shehu\nAtësia: Ndue", "Ndue");
    row("a Georgian caregiver", "მომვლელი: მარიამ წიკლაური", "მარიამ წიკლაური");
    row("a Tigrinya nurse", "ነርስ: ሰናይት በርሃነ", "ሰናይት በርሃነ");
    row("a Thaana name in brackets after a labelled name", "Name: Aminath Rasheed (އާމިނަތު ރަޝީދު) seen", "އާމިނަތު ރަޝީދު");
    row("a Ge'ez name in brackets after a labelled name", "Deceased: Yonas Berhane (ዮናስ በርሃነ) at home", "ዮናስ በርሃነ");
    row("a Mongolian genitive and given name before a register number", "багийн эмч: батын номин (уе62010903) халуурч байна",
        "батын номин");
    row("a Mongolian genitive and given name before an age", "сайн байна уу эмчээ, доржийн бат-эрдэнэ 47 настай", "доржийн бат-эрдэнэ");
    row("a Mongolian sender after the doctor's word", "sms 5/11 багийн эмч сарангэрэл: халуурч байна", "сарангэрэл");
    row("a family name after last= in a log", "lookup ok query: first=\"Shanice\" last=\"Whitfield\" result=1", "Whitfield");
    row("an Oshiwambo mother in a chat", "hi nurse, my meme hilma has fever since monday", "hilma");
    row("a Trinidadian aunt in a chat", "miss, tanty candice say she cyah come today", "candice");
    row("a Hong Kong given name's hyphenated syllables", "Nurse: Karen Wong Wing-sze, RN", "Karen Wong Wing-sze");
    row("a Hong Kong name in capitals with hyphenated syllables", "PATIENT: PETER LEE TAI-MAN", "PETER LEE TAI-MAN");
    row("a family name before an ordinary hyphenated word", "Seen by Mr Chan follow-up booked", "Chan");
    row("a Namibian family name with its click", "Mother: Hilma !Naobeb, 34", "Hilma !Naobeb");
  }

  void findsNamesBesidePublicHealthForms() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  void ignoresPublicHealthFormWords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an Albanian death certificate", "ÇERTIFIKATË MJEKËSORE E VDEKJES");
    row("an Albanian register's columns", "Nr. | Fëmija | Datëlindja | Nëna | Vaksina");
    row("an Albanian investigation form", "INSTITUTI I SHËNDETIT PUBLIK - FORMULARI I HETIMIT");
    row("a Moldovan vaccination file", "CENTRUL DE SĂNĂTATE PUBLICĂ - FIȘA DE VACCINARE");
    row("a Moldovan diabetes file", "FIȘA PACIENTULUI CU DIABET ZAHARAT");
    row("a Moldovan death certificate", "CERTIFICAT MEDICAL CONSTATATOR AL DECESULUI");
    row("a Romanian weekday in a chat", "da, vin marti la ora 10");
    row("a Bosnian palliative visit", "KUĆNA POSJETA - PALIJATIVNA NJEGA");
    row("a Bosnian school examination", "SISTEMATSKI PREGLED - PETI RAZRED");
    row("a Bosnian vaccination card", "DOM ZDRAVLJA - KARTON VAKCINACIJE");
    row("a Mauritian notification", "DÉCLARATION DE MALADIE TRANSMISSIBLE - DENGUE");
    row("a measles e-mail's subject", "Subject: Measles case follow-up");
    row("an organism in capitals", "STOOL CULTURE PENDING (VIBRIO CHOLERAE O1)");
    row("a Bhutanese district's coverage", "Coverage in Trashigang Dzongkhag reached 94% this quarter.");
    row("an Eritrean region's heading", "VERBAL AUTOPSY - ZOBA MAEKEL");
    row("a Maldivian atoll's count", "Cases in Haa Dhaalu rose to 12 this week.");
    row("Mongolian districts", "Cases by district: Khan-Uul district 14, Songinokhairkhan district 9");
    row("Liberian county seats", "Weekly malaria counts: Ganta 4, Voinjama 2");
    row("a browser", "Browser: Mobile Safari 17");
    row("a Tigrinya greeting before a role", "selam nurse, the fever is better today");
    row("a newborn's sex", "Baby: F, born at term, 3.1 kg");
    row("a hyphenated Mongolian district", "Khan-Uul district: 14 cases this week");
    row("a hyphenated Eritrean region", "CASE INVESTIGATION, ZOBA GASH-BARKA");
    row("a Maldivian street's noun", "Cases along Sosun Magu: 3");
    row("a cohort review", "ART COHORT REVIEW - TLD");
    row("an atoll's name in Thaana after its label", "Atoll: Laamu (ލާމު)");
    row("a place in Thaana without a label", "Referred to the hospital in Malé (މާލެ) by boat.");
    row("a Macedonian contact's lower-case value", "Контакт: нема");
    row("a child at the soum's hospital", "сумын эмнэлэгт 12 настай хүүхэд ирсэн");
    row("a Mongolian genitive before an ordinary word and an age", "багийн эмнэлэгт 3 настай хүүхэд");
    row("a Mongolian doctor without a sender", "сумын эмч ирсэн, маргааш 10 цагт");
    row("last before a colon and a time", "Last: two weeks ago, no rash since.");
    row("last dose before a colon", "Last dose: this morning with breakfast.");
    row("a French greeting", "Bonjour, merci pour votre message.");
    row("a meme about vaccines", "Shared a meme about vaccines in the group chat.");
    row("an exclamation before a capital", "Rash improving !Review on Monday.");
    row("a table's bars", "Ward | Bed |Status | Notes");
    row("a Macedonian chat's greeting", "dobar den doktore, fala");
  }

  void ignoresPublicHealthFormWords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3131: community health workers' and families' text messages in lower case.
  void findsTextMessageSenders_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a sender under the app's date", "sms 16/8\nvhv grace: susa mary i gat bikpela fever", "grace");
    row("a two-word sender under a chat's date", "whatsapp 6/12\nsiew lan: hi nurse, can do the vaccine?", "siew lan");
    row("a sender on the heading's line", "sms 10/7 amela: poštovanje sestro, ne mogu doći", "amela");
    row("a community health assistant's sender", "sms from cha siaka, 11/7\nreferral: malaria, rdt pos", "siaka");
    row("a Bosnian carer", "Njegovatelj: Emir Hodžić, 064/258-244", "Emir Hodžić");
    row("a contact under a table's header", "Contact | Age | Result\nSamuel Tesfay | adult | no symptoms", "Samuel Tesfay");
    row("a Bosnian child named Emir", "Dijete: Emir Begić\nDatum rođenja: 25.12.2023.", "Emir Begić");
    row("Monsieur before a French patient's name", "Patient : M. Jean-Noël Ramsamy   NIC : R260660842838Z", "Jean-Noël Ramsamy");
    row("an initial and a family name after a French colon", "Patient : M. Ramsamy, 54 ans", "M. Ramsamy");
    row("a referred person whose given name is listed", "sms from cha siaka, 11/7\nreferral: musu flomo, 35 yrs, fever 3 days", "musu flomo");
    row("a Hong Kong family name in capitals before found given names", "[Elderly Health Centre] CHAN, Mei Kuen, your vaccination is booked for 3/4", "CHAN, Mei Kuen");
    row("a Romanian sender named Ion", "sms 28/3\nion: buna ziua, dna doctor andrei", "ion");
    row("the person referred before the age", "sms from cha prince, 12/27\nreferral: korto kromah, 65 yrs, fever 3 days",
        "korto kromah");
  }

  void findsTextMessageSenders() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  void ignoresTextMessageWords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a clinic as the sender", "sms 5/2\nclinic: your child is due for measles vaccine");
    row("a recipient's number", "sms 5/2 to 0771 234: reminder for tomorrow");
    row("a role alone after from", "sms from cha, 11/7: stock out of rdt");
    row("a community health worker's report", "sms from chw team, 11/7: 4 referrals today");
    row("a complaint before the age", "referral: chest pain, 45 yrs, no fever");
    row("a result column's header", "Test | Date | Result\nRDT | today | positive");
    row("an emir in prose", "the emir of the region visited the clinic");
    row("a ward and a bed after a label", "Ward: ICU, Bed 4, Monday");
    row("an ion in prose", "Ion channel disorder suspected; calcium ion level normal");
    row("an ion as a lab's label", "Ion: 3.2 mmol/L");
    row("a diagnosis before the age", "referral: severe malaria, 5 yrs, rdt pos");
  }

  // (The messages' dates are found, so these rows check that no name is, by the rules alone and
  // by the whole detector.)
  void ignoresTextMessageWords() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    for (const std::vector<Finding>& findings : {detectPhiBytesByRules(utf8), detectPhiBytes(utf8)}) {
      for (const Finding& f : findings) {
        QVERIFY2(categoryName(f.category) != std::string("name"), ("unexpected name: " + describe(utf8, findings)).c_str());
      }
    }
  }

  // Bills, receipts, bank accounts and stays ("account") and insured persons' numbers
  // ("health_plan") as billing and administration systems print them worldwide (session of
  // 2026-11-28): account_plan_labels.cpp, scan_bank_numbers.cpp and the script labels.
  void findsWorldAccountAndPlanNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("english bill no", "Bill No.: 4471903", "4471903", "account");
    row("english receipt number", "Receipt number: 345510987", "345510987", "account");
    row("english statement no", "Statement No. 600218847", "600218847", "account");
    row("english admission no", "Admission No.: ADM-2024-003381", "ADM-2024-003381", "account");
    row("english episode number", "Episode number 5512098", "5512098", "account");
    row("english payment reference", "Payment reference: PR884120093", "PR884120093", "account");
    row("english bank account", "Bank account: 12345678", "12345678", "account");
    row("iban in groups of four", "IBAN: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00", "account");
    row("iban unbroken", "Refund to IBAN GB29NWBK60161331926819 by transfer.", "GB29NWBK60161331926819", "account");
    row("french iban with letters", "RIB / IBAN : FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606",
        "account");
    row("card number in groups after a card word", "Paid by card 4111 1111 1111 1111 on admission.", "4111 1111 1111 1111",
        "account");
    row("card number unbroken after visa", "Visa: 4012888888881881", "4012888888881881", "account");
    row("french facture n°", "Facture n° 2024-11873", "2024-11873", "account");
    row("french numéro de facture", "Numéro de facture : 00458213", "00458213", "account");
    row("french n° de séjour", "N° de séjour: 1123009", "1123009", "account");
    row("french dossier de facturation", "Numéro de dossier de facturation : 55120983", "55120983", "account");
    row("spanish n.º de factura", "N.º de factura: FV-2024-00981", "FV-2024-00981", "account");
    row("spanish número de cuenta", "Número de cuenta 20381234561234567890", "20381234561234567890", "account");
    row("spanish número de episodio", "Número de episodio: 7712009", "7712009", "account");
    row("portuguese n.º de atendimento", "N.º de atendimento: 2024556781", "2024556781", "account");
    row("portuguese número da fatura", "Número da fatura: 88123409", "88123409", "account");
    row("german rechnungs-nr", "Rechnungs-Nr. 2024-00871", "2024-00871", "account");
    row("german rechnungsnummer", "Rechnungsnummer: 40012876", "40012876", "account");
    row("german fallnummer", "Fallnummer: 0012398745", "0012398745", "account");
    row("german kontonummer", "Kontonummer: 1234567890", "1234567890", "account");
    row("italian numero fattura", "Numero fattura: 88123", "88123", "account");
    row("italian nosologico", "N. nosologico 20240012345", "20240012345", "account");
    row("dutch factuurnummer", "Factuurnummer: 2024-008812", "2024-008812", "account");
    row("russian счёт №", "Счёт № 2024-1187", "2024-1187", "account");
    row("russian номер счёта", "Номер счёта: 40817810099910004312", "40817810099910004312", "account");
    row("russian квитанция", "Квитанция № 0012387", "0012387", "account");
    row("arabic invoice number", "رقم الفاتورة: 2024558", "2024558", "account");
    row("arabic account number", "رقم الحساب: 0012345678901", "0012345678901", "account");
    row("persian invoice number", "شماره فاکتور: 1234567", "1234567", "account");
    row("turkish fatura no", "Fatura No: 2024000123", "2024000123", "account");
    row("indonesian kwitansi", "No. Kwitansi: KW/2024/00123", "KW/2024/00123", "account");
    row("indonesian rekening", "No. Rekening: 1234567890", "1234567890", "account");
    row("swahili ankara", "Nambari ya ankara: 55120", "55120", "account");
    row("hindi bill number", "बिल संख्या: 55120398", "55120398", "account");
    row("chinese invoice number", "发票号码：12345678", "12345678", "account");
    row("japanese invoice number", "請求書番号：2024-0042", "2024-0042", "account");
    row("korean claim number", "청구번호: 2024-00012345", "2024-00012345", "account");
    row("date of admission stays a date", "Date of admission: 03-DEC-23 Date of discharge", "03-DEC-23", "date");
    row("french date d'admission stays a date", "Date d'admission : 12/03/2024", "12/03/2024", "date");
    row("russian invoice once a look-alike", "Счёт № 458712. Протокол № 12345.", "458712", "account");
    row("arabic invoice once a look-alike", "رقم الطلب 458712، رقم الفاتورة 20240457", "20240457", "account");
    row("portuguese invoice once a look-alike", "pedido nº 458712; fatura 20240457.", "20240457", "account");
    row("german invoice once a look-alike", "Zimmernummer 20931; Rechnungsnummer: 4471-2231", "4471-2231", "account");
    row("bank card once a look-alike", "Platba: číslo karty 4111111111111111 zamietnutá", "4111111111111111", "account");
    row("medicare claim icn", "Claim ICN: 1234567890123", "1234567890123", "account");
    row("claim control number", "Claim control number: 20241234567", "20241234567", "account");
    row("mexican clabe", "CLABE: 002010077777777771", "002010077777777771", "account");
    row("argentine cbu", "CBU: 2850590940090418135201", "2850590940090418135201", "account");
    row("vietnamese invoice with số after it", "Hóa đơn số: 0012345", "0012345", "account");
    row("polish faktura nr", "Faktura nr FV/2024/00123", "FV/2024/00123", "account");
    row("finnish lasku nro", "Lasku nro 12345678", "12345678", "account");
    row("italian ricevuta n.", "Ricevuta n. 12345", "12345", "account");
    row("spanish número de siniestro", "Número de siniestro: 2024-123456", "2024-123456", "account");
    row("json invoice key", "{\"invoice_number\": \"INV-2024-00871\", \"amount\": 1234.56}", "INV-2024-00871", "account");
    row("json spanish invoice key", "{\"numero_factura\": \"FV-2024-00981\"}", "FV-2024-00981", "account");
    row("policy holder id", "Policy holder ID: PH-12345678", "PH-12345678", "health_plan");
    row("spanish carnet de afiliación", "Carnet de afiliación: 123456789", "123456789", "health_plan");
    row("spanish seguridad social", "Nº de Seguridad Social: 28/12345678/90", "28/12345678/90", "health_plan");
    row("chilean fonasa rut", "FONASA: 12.345.678-9", "12.345.678-9", "health_plan");
    row("moroccan amo", "AMO: 123456789", "123456789", "health_plan");
    row("indonesian bpjs kesehatan", "Nomor BPJS Kesehatan 0001234567891", "0001234567891", "health_plan");
    row("chinese medical insurance code", "医保编号：1234567890", "1234567890", "health_plan");
    row("spanish label in capitals", "NÚMERO DE FACTURA: FV-2024-00981", "FV-2024-00981", "account");
    row("invoice abbreviated with a glued sign", "Inv#: 55120", "55120", "account");
    row("receipt abbreviated", "Rcpt #: 0045521", "0045521", "account");
    row("french n° d'assuré before a nir", "Caisse: CPAM de Paris, n° d'assuré 1 85 05 78 006 084 36",
        "1 85 05 78 006 084 36", "health_plan");
    row("french n° adhérent of a mutuelle", "Mutuelle MGEN – n° adhérent 0123456789", "0123456789", "health_plan");
    row("voucher number after es", "el número de voucher es MED-2024-642380. ¿nos pasás el dni?", "MED-2024-642380", "account");
    row("medibank member number", "Medibank: 12345678", "12345678", "health_plan");
    row("isapre member number", "ISAPRE: 12345678", "12345678", "health_plan");
    row("ghic card", "GHIC: 80826 1234567890", "80826 1234567890", "health_plan");
    row("portuguese apólice", "Apólice nº 1234567890", "1234567890", "health_plan");
    row("philhealth identification number with its acronym", "PhilHealth Identification Number (PIN): 12-345678901-2",
        "12-345678901-2", "health_plan");
    row("spanish bank account in its groups", "N° de cuenta: 0049 1500 05 1234567892", "0049 1500 05 1234567892", "account");
    row("finnish payment reference in groups", "Viitenumero: 12345 67890 12345", "12345 67890 12345", "account");
    row("account number before a count stays whole", "Account: 4400128833 2 visits billed", "4400128833", "account");
    row("account number before a date stays whole", "Kontonummer: 1234567890 12.03.2024", "1234567890", "account");
    row("imss number after the affiliation", "Número de afiliación IMSS 12345678901", "12345678901", "health_plan");
    row("insurance certificate is the cover's", "Insurance certificate no. 12345678", "12345678", "health_plan");
    row("dependent id is the member's", "Dependent ID: 12345678-02", "12345678-02", "health_plan");
    row("guarantor number", "Guarantor no. 8812039", "8812039", "account");
    row("spanish tarjeta de seguro médico", "Tarjeta de seguro médico: 12345678", "12345678", "health_plan");
    row("portuguese cartão do plano de saúde", "Cartão do plano de saúde 0012345678901234", "0012345678901234", "health_plan");
    row("german krankenversicherungskarte", "Krankenversicherungskarte Nr. 1234567890", "1234567890", "health_plan");
    row("french n° d'affiliation", "N° d'affiliation : 12345678", "12345678", "health_plan");
    row("spanish n.º de afiliado", "N.º de afiliado: 123456789", "123456789", "health_plan");
    row("spanish número de asegurado", "Número de asegurado: 123456789", "123456789", "health_plan");
    row("portuguese número de beneficiário", "Número de beneficiário: 987654321", "987654321", "health_plan");
    row("german mitgliedsnummer", "Mitgliedsnummer: 123456789", "123456789", "health_plan");
    row("insured id", "Insured ID: 123456789", "123456789", "health_plan");
    row("indonesian nomor peserta", "Nomor Peserta: 0001234567890", "0001234567890", "health_plan");
    row("persian insurance number", "شماره بیمه: 1234567890", "1234567890", "health_plan");
    row("arabic insurance card", "رقم بطاقة التأمين 987654321", "987654321", "health_plan");
    row("chinese policy number", "保单号：P12345678", "P12345678", "health_plan");
    row("korean insurance number", "보험번호: 1234567890", "1234567890", "health_plan");
  }

  void findsWorldAccountAndPlanNumbers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresWorldAccountAndPlanLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("invoice total", "Invoice total: 1,234.56 EUR");
    row("french facture amount", "Facture de 120,50 € réglée.");
    row("spanish total factura", "Total factura: 1.234,56 €");
    row("german rechnung count", "Rechnung 2 von 3 beglichen.");
    row("german rechnungsbetrag", "Rechnungsbetrag 345,20 EUR");
    row("russian sum of the bill", "Сумма счёта 12 345 руб.");
    row("admission count", "Admission: 2 of 3 this year.");
    row("statement of a count", "Statement 2 of 3 enclosed.");
    row("spanish cuenta con hijos", "Cuenta con 3 hijos y vive sola.");
    row("french compte rendu", "Compte rendu n° 2 du bilan.");
    row("portuguese conta que", "Paciente conta que teve 3 episódios.");
    row("turkish laboratory protocol", "Yaş: 55 yaş Protokol 2001600 Numune alım: 2 tüp");
    row("card word before a lab value", "Card reviewed: glucose 5.6 mmol/L, HbA1c 7.1%.");
    row("luhn number without a card word", "Batch 4111 1111 1111 1111 shipped.");
    row("iban-shaped code with a bad check", "Code DE00 3704 0044 0532 0130 00 rejected.");
    row("tariff code after a bill", "Bill tariff code 0190, DRG 470.");
    row("insured amount", "Insured: 80% of the bill.");
    row("policy clause", "Policy 4.2 applies to all visitors.");
    row("swahili ankara city", "Ankara 06690, Çankaya.");
    row("icn of a nurses' council", "ICN 2023 congress, 12 nurses attended.");
    row("seguro social without a number", "Seguro social: no tiene, paga particular.");
    row("amo dose", "AMO 500 mg twice daily.");
    row("fonasa bracket", "FONASA tramo B, copago 0.");
    row("visit number column of a trial", "visit_no,subject_status\n2,screened");
    row("bill amount in rubles", "Счёт: 1500 руб. оплачен.");
    row("inversion abbreviated", "INV: negative; inv 2 of 3 leads.");
    row("voucher count after es", "el voucher es 2 noches, el total es 3 días.");
    row("biophysical profile and style sheets", "BPS 8/8 at 36 weeks; CSS 3 files updated.");
    row("dak and isss without numbers", "DAK: pending; ISSS 2 visits.");
    row("acronyms of schemes before counts of things", "CSS 12345678 bytes loaded; BPS 12345678 firmware; AMO 12345678 sessions.");
    row("statement of a witness numbered unmarked", "Statement 12345 of the witness was read.");
    row("payer id of the insurer", "Payer ID 60054 on the claim form.");
    row("sums after a bill's and a cover's label", "Sigorta 12345 TL; Faktura 12345 Kč; Hóa đơn 12.500 đồng.");
    row("no before an insured word", "no insured 2 days, no receipt 3 times.");
  }

  void ignoresWorldAccountAndPlanLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Addresses by form, worldwide (session of 2026-11-28): geocodes of a home (plus codes,
  // what3words, GPS after a home's cue), directions by a landmark after a verb of dwelling, the
  // labels and columns of rural addressing, a value opened by a settlement's word.
  void findsAddressesByForm_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("short plus code after a home cue", "Home location: 7FG8+QF", "7FG8+QF", "address");
    row("short plus code with its town", "Plus code of the house: QF2X+8R Kigali", "QF2X+8R Kigali", "address");
    row("short plus code with its town, no cue", "Directions for the CHW: QF2X+8R Kigali", "QF2X+8R Kigali",
        "address");
    row("full plus code", "Home plus code: 6GCRMQRG+59", "6GCRMQRG+59", "address");
    row("full plus code after a dwelling verb", "Lives at 6GCRPR6C+24", "6GCRPR6C+24", "address");
    row("what3words after a home label", "Home: ///index.home.raft", "///index.home.raft", "address");
    row("what3words named", "what3words of home: ///filled.count.soap", "///filled.count.soap", "address");
    row("home gps in decimals", "Home GPS: -1.2921, 36.8219", "-1.2921, 36.8219", "address");
    row("pick-up coordinates with hemispheres", "Pick-up location: 6.5244\u00b0 N, 3.3792\u00b0 E",
        "6.5244\u00b0 N, 3.3792\u00b0 E", "address");
    row("household coordinates with lat and long", "Household GPS: lat -13.9626, long 33.7741",
        "-13.9626, long 33.7741", "address");
    row("residence coordinates", "Residence coordinates: 9.0320, 38.7469", "9.0320, 38.7469", "address");
    row("home coordinates in degrees, minutes and seconds", "Home GPS: 3\u00b037'49.8\"S 39\u00b050'59.6\"E",
        "3\u00b037'49.8\"S 39\u00b050'59.6\"E", "address");
    row("residence in primes", "Residence: 3\u00b037\u203249.8\u2033S, 39\u00b050\u203259.6\u2033E",
        "3\u00b037\u203249.8\u2033S, 39\u00b050\u203259.6\u2033E", "address");
    row("coordinates on the line under a home label", "Home GPS:\n-1.2921, 36.8219", "-1.2921, 36.8219", "address");
    row("landmark directions in english", "Mother lives behind the mosque near Kisimani primary school.",
        "behind the mosque near Kisimani primary school", "address");
    row("landmark directions in spanish", "Vive cerca de la iglesia de San Juan, barrio Los Almendros.",
        "cerca de la iglesia de San Juan", "address");
    row("landmark directions in french", "Elle habite en face du march\u00e9 central de Kalamu.",
        "en face du march\u00e9 central de Kalamu", "address");
    row("landmark directions in swahili", "Anaishi karibu na soko la Kongowea, Mombasa.",
        "karibu na soko la Kongowea, Mombasa", "address");
    row("village label in swahili", "Kijiji: Kisimani, Kata: Bahari", "Kisimani", "address");
    row("vereda label", "Vereda: La Esperanza", "La Esperanza", "address");
    row("barangay label", "Barangay: San Isidro", "San Isidro", "address");
    row("desa label", "Desa: Sukamaju, RT 03 RW 05", "Sukamaju", "address");
    row("quartier label", "Quartier: M\u00e9dina Gounass", "M\u00e9dina Gounass", "address");
    row("localidad label", "Localidad: San Pedro", "San Pedro", "address");
    row("aldea opening a domicile", "Domicilio: Aldea El Rosario, Cob\u00e1n, Alta Verapaz",
        "Aldea El Rosario, Cob\u00e1n, Alta Verapaz", "address");
    row("vereda opening an address", "Direcci\u00f3n: Vereda La Esperanza, Municipio de Guarne, Antioquia",
        "Vereda La Esperanza, Municipio de Guarne, Antioquia", "address");
    row("colonia in two parts", "Domicilio: Colonia Las Flores, Tegucigalpa", "Colonia Las Flores, Tegucigalpa",
        "address");
    row("caserio in two parts", "Direcci\u00f3n: Caser\u00edo Los Pinos, Cajamarca", "Caser\u00edo Los Pinos, Cajamarca",
        "address");
    row("french village and prefecture", "Adresse: Village de Kpalim\u00e9, Pr\u00e9fecture de Kloto",
        "Village de Kpalim\u00e9, Pr\u00e9fecture de Kloto", "address");
    row("quartier and town", "Adresse : Quartier Bastos, Yaound\u00e9", "Quartier Bastos, Yaound\u00e9", "address");
    row("spanish register's domicile column", "Nombre,Edad,Domicilio\nMar\u00eda L\u00f3pez,33,Aldea El Rosario",
        "Aldea El Rosario", "address");
    row("spanish register's name column", "Nombre,Edad,Domicilio\nMar\u00eda L\u00f3pez,33,Aldea El Rosario",
        "Mar\u00eda L\u00f3pez", "name");
    row("french register's domicile column", "Nom;\u00c2ge;Domicile\nAwa Diallo;29;M\u00e9dina Gounass",
        "M\u00e9dina Gounass", "address");
    row("residence column", "Name,Age,Residence\nJohn Okello,34,Kireka", "Kireka", "address");
    row("household register's gps column", "household_id,head_name,village,gps_lat,gps_lon\n12,Amina Said,Kisimani,-3.6305,39.8499",
        "-3.6305", "address");
    row("household register's head", "household_id,head_name,village,gps_lat,gps_lon\n12,Amina Said,Kisimani,-3.6305,39.8499",
        "Amina Said", "name");
    row("csv row opened by its number keeps its cells apart", "ID,Name,Address,District\n12,John Okello,Kireka Zone B,Wakiso",
        "John Okello", "name");
    row("directions opening a residence value", "Residence: behind Total petrol station, Kisimani",
        "behind Total petrol station, Kisimani", "address");
    row("directions after a home label", "Directions to home: near Kisimani mosque, Kilifi",
        "near Kisimani mosque, Kilifi", "address");
    row("indian pincode after its label", "Pincode: 560034", "560034", "address");
    row("brazilian rua abbreviated", "Endere\u00e7o: R. das Flores, 123 - Centro, S\u00e3o Paulo - SP, 01000-000",
        "R. das Flores, 123 - Centro, S\u00e3o Paulo - SP, 01000-000", "address");
    row("mohalla and town", "Address: Mohalla Islampura, Lahore", "Mohalla Islampura, Lahore", "address");
    row("hausa ward and town", "Adireshi: Unguwar Rimi, Kaduna", "Unguwar Rimi, Kaduna", "address");
    row("filipino residence cue and barangay", "Nakatira sa Brgy. San Isidro, Tanauan.", "Brgy. San Isidro, Tanauan",
        "address");
    row("spanish cue and barrio", "Vive en Barrio Obrero, Asunci\u00f3n.", "Barrio Obrero, Asunci\u00f3n",
        "address");
    row("korean road and building number", "\uc8fc\uc18c: \uc11c\uc6b8\ud2b9\ubcc4\uc2dc \uac15\ub0a8\uad6c \ud14c\ud5e4\ub780\ub85c 123",
        "\uc11c\uc6b8\ud2b9\ubcc4\uc2dc \uac15\ub0a8\uad6c \ud14c\ud5e4\ub780\ub85c 123", "address");
    row("thai road joined to its name",
        "\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48: 123 \u0e16\u0e19\u0e19\u0e2a\u0e38\u0e02\u0e38\u0e21\u0e27\u0e34\u0e17 "
        "\u0e41\u0e02\u0e27\u0e07\u0e04\u0e25\u0e2d\u0e07\u0e40\u0e15\u0e22 \u0e01\u0e23\u0e38\u0e07\u0e40\u0e17\u0e1e\u0e2f 10110",
        "123 \u0e16\u0e19\u0e19\u0e2a\u0e38\u0e02\u0e38\u0e21\u0e27\u0e34\u0e17 "
        "\u0e41\u0e02\u0e27\u0e07\u0e04\u0e25\u0e2d\u0e07\u0e40\u0e15\u0e22 \u0e01\u0e23\u0e38\u0e07\u0e40\u0e17\u0e1e\u0e2f 10110",
        "address");
    row("hebrew street word", "\u05db\u05ea\u05d5\u05d1\u05ea: \u05e8\u05d7\u05d5\u05d1 \u05d4\u05e8\u05e6\u05dc 12, \u05ea\u05dc \u05d0\u05d1\u05d9\u05d1",
        "\u05e8\u05d7\u05d5\u05d1 \u05d4\u05e8\u05e6\u05dc 12, \u05ea\u05dc \u05d0\u05d1\u05d9\u05d1", "address");
  }

  void findsAddressesByForm() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // The nearest wordings that are no address: "+" of lab values, doses and grades; "///" in a URL;
  // coordinates of a facility, a sample site or an outbreak; directions without a dwelling verb or
  // to a person; rural words as ordinary words.
  void ignoresAddressByFormLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("electrolytes with signs", "Na+ 140, K+ 4.1, Cl- 101");
    row("insulin doses added", "Insulin 5+5+5 units with meals");
    row("grid cells of an image", "Lesion at grid C4+D5 on the mammogram");
    row("urine dipstick grades", "Protein 3+ in urine, glucose 1+");
    row("score plus points", "MMSE 25+3");
    row("edema grade after a home label", "Home: 2+ edema bilateral");
    row("receptor status", "ER+ PR+ HER2+ CD4+ 350");
    row("plus code letters without the plus", "Score 7FG8 result positive");
    row("three slashes of a url", "See https:///example.org/path");
    row("clinic coordinates", "Clinic GPS: -1.2921, 36.8219");
    row("sample site coordinates", "Sample site coordinates: 9.0320, 38.7469");
    row("outbreak centroid", "Outbreak centroid: 6.5244\u00b0 N, 3.3792\u00b0 E");
    row("facility location", "Health facility location: -13.9626, 33.7741");
    row("plus code of a clinic", "Clinic plus code: 6GCRMQRG+59");
    row("two lab decimals", "Creatinine 1.25, 0.98 mg/dL");
    row("home values that are no coordinates", "Home BP readings: 12.50, 13.25");
    row("directions without a dwelling verb", "The clinic is behind the mosque near the market.");
    row("body directions", "Pain is behind the eye near the temple.");
    row("lives near a relative", "She lives near her daughter in town.");
    row("vague landmark", "He lives behind the market.");
    row("village health worker", "Village health worker visited; no fever.");
    row("ward and bed", "Ward: 4B, Bed 12");
    row("sector of a hospital", "Sector: Oncology");
    row("colonia of bacteria", "Colonia count 12, mixed flora");
    row("barangay health station", "Barangay health station stock: 12 vials");
    row("barrio as a word", "Barrio: unknown");
    row("pin of a portal", "PIN: 1234 for the portal");
    row("pincode of four digits", "Pincode: 1234");
    row("site coordinates", "Site GPS: -3.6305, 39.8499");
    row("lab decimals after a patient's words", "Patient's weight 63.05, height 39.84");
    row("lives behind schedule", "She lives behind schedule on her meds.");
    row("directions to a clinic after a label", "Clinic: behind the market near the bus stop");
    row("village health worker after a home label", "Home: Village health worker visits, 2 per week");
    row("sample site in degrees, minutes and seconds", "Sample collected at 3\u00b037'49.8\"S 39\u00b050'59.6\"E");
    row("temperature after a home label", "Home: temp 38\u00b0C, 12 breaths");
    row("barrio unknown after a home label", "Home: Barrio unknown, no phone");
    row("colonia count after a home label", "Home: Colonia count 12, mixed flora");
    row("r as a grade after an address label", "Address: R. side weakness, 2 days");
    row("korean particle of direction, no road", "\uc8fc\uc18c: \ubcd1\uc6d0\uc73c\ub85c 2\ud68c \ubc29\ubb38");
    row("korean same as the guardian's", "\uc8fc\uc18c: \ubcf4\ud638\uc790\uc640 \ub3d9\uc77c, 2\uce35");
    row("thai as on the card", "\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48: \u0e15\u0e32\u0e21\u0e1a\u0e31\u0e15\u0e23 2 \u0e43\u0e1a");
    row("hebrew by mouth twice a day", "\u05db\u05ea\u05d5\u05d1\u05ea: \u05d3\u05e8\u05da \u05d4\u05e4\u05d4 2 \u05e4\u05e2\u05de\u05d9\u05dd \u05d1\u05d9\u05d5\u05dd");
  }

  void ignoresAddressByFormLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Phones, faxes and device serials as the world's records write them (session of 2026-11-28):
  // serial-number labels of the languages, spaced GS1 UDIs, MAC addresses, messaging-app and
  // national phone words, numbers listed after a labelled one, national shapes after a phone word,
  // CJK labels glued by a full-width colon, fax words and machine headers.
  void findsWorldPhonesFaxesAndDevices_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("french serial label", "Stimulateur cardiaque\nN\u00b0 de s\u00e9rie : 4H7K2Q9", "4H7K2Q9", "device");
    row("french serial label spelled out", "Num\u00e9ro de s\u00e9rie : PJN123456S", "PJN123456S", "device");
    row("german serial label", "Seriennummer: 8C1234567", "8C1234567", "device");
    row("german hyphenated serial label", "Insulinpumpe, Serien-Nr.: NG1234567H", "NG1234567H", "device");
    row("german abbreviated serial after an implant", "Herzschrittmacher Seriennr. RNH123456S", "RNH123456S", "device");
    row("spanish serial label", "Marcapasos\nN\u00famero de serie: RNH123456S", "RNH123456S", "device");
    row("portuguese serial label", "N\u00ba de s\u00e9rie: BNK987654", "BNK987654", "device");
    row("italian serial label", "Numero di serie: PJN123456S", "PJN123456S", "device");
    row("dutch serial label", "Serienummer: 1234AB5678", "1234AB5678", "device");
    row("polish serial label", "Numer seryjny: CP2345678", "CP2345678", "device");
    row("turkish serial label", "Seri no: 21A34567", "21A34567", "device");
    row("indonesian serial label", "Nomor seri: ABC123456", "ABC123456", "device");
    row("russian serial label", "\u0421\u0435\u0440\u0438\u0439\u043d\u044b\u0439 \u043d\u043e\u043c\u0435\u0440: 3T4567890",
        "3T4567890", "device");
    row("russian factory number", "\u0417\u0430\u0432. \u2116 123456", "123456", "device");
    row("chinese serial label", "\u5e8f\u5217\u53f7\uff1aSN20231234567", "SN20231234567", "device");
    row("japanese serial label", "\u88fd\u9020\u756a\u53f7\uff1aA1234567", "A1234567", "device");
    row("korean serial label", "\uc77c\ub828\ubc88\ud638: 12345678", "12345678", "device");
    row("spaced gs1 udi serial", "UDI (01) 00643169007222 (17) 270131 (21) A1B2C3D4", "A1B2C3D4", "device");
    row("mac address after its word", "MAC: 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E", "device");
    row("bluetooth address by dashes", "Bluetooth MAC 00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5E", "device");
    row("german area code before a slash", "Tel. 089/1234567", "089/1234567", "phone");
    row("telegram number with the trunk 8", "Telegram: 8 916 123-45-67", "8 916 123-45-67", "phone");
    row("local number of a russian town", "\u0442\u0435\u043b. 44-12-37", "44-12-37", "phone");
    row("japanese mobile glued to its label", "\u643a\u5e2f\uff1a080-1234-5678", "080-1234-5678", "phone");
    row("japanese telephone number label glued", "\u96fb\u8a71\u756a\u53f7\uff1a03-1234-5678", "03-1234-5678", "phone");
    row("chinese mobile after its label and a space", "\u624b\u673a\u53f7 13812345678", "13812345678", "phone");
    row("indonesian mobile of twelve digits", "No HP 081234567890", "081234567890", "phone");
    row("indonesian mobile in groups after telp", "Telp: 0812 3456 7890", "0812 3456 7890", "phone");
    row("hindi phone word", "\u092b\u093c\u094b\u0928: 98765 43210", "98765 43210", "phone");
    row("greek phone word", "\u03a4\u03b7\u03bb.: 210 1234567", "210 1234567", "phone");
    row("vietnamese phone acronym", "S\u0110T: 0912345678", "0912345678", "phone");
    row("second number after spanish or", "Tel: 612 345 678 o 912 345 678", "912 345 678", "phone");
    row("date after a listed phone stays a date", "Tel: 612 345 678, 2025-03-12", "2025-03-12", "date");
    row("second number after russian or",
        "\u0442\u0435\u043b. 8-916-123-45-67 \u0438\u043b\u0438 8-925-765-43-21", "8-925-765-43-21", "phone");
    row("german telefax", "Telefax: 0221 123457", "0221 123457", "fax");
    row("japanese fax glued to its label", "\u30d5\u30a1\u30af\u30b9\uff1a03-1234-5679", "03-1234-5679", "fax");
    row("fax in capitals before a full-width colon", "FAX\uff1a03-1234-5679", "03-1234-5679", "fax");
    row("korean fax", "\ud329\uc2a4: 02-123-4568", "02-123-4568", "fax");
    row("fax machine header with a german page counter", "27/11/2026 14:03  0221 123457  S. 01/03\nBefund anbei",
        "0221 123457", "fax");
    row("serial label qualified by its device in french", "Num\u00e9ro de s\u00e9rie du stimulateur : PJN123456S",
        "PJN123456S", "device");
    row("serial label qualified by its device in german", "Seriennummer des Ger\u00e4ts: 8C1234567", "8C1234567", "device");
    row("serial label qualified by its device in russian",
        "\u0421\u0435\u0440\u0438\u0439\u043d\u044b\u0439 \u043d\u043e\u043c\u0435\u0440 "
        "\u0430\u043f\u043f\u0430\u0440\u0430\u0442\u0430: 3T4567890",
        "3T4567890", "device");
    row("imei qualified by the phone", "IMEI du t\u00e9l\u00e9phone : 356938035643809", "356938035643809", "device");
    row("spanish serial column of a json export", "{\"numero_serie\": \"RNH123456S\"}", "RNH123456S", "device");
    row("spanish phone key of a json export", "{\"telefono\": \"612 345 678\"}", "612 345 678", "phone");
    row("letterhead fax beside its phone", "T: 0221 123456  F: 0221 123457", "0221 123457", "fax");
    row("german area code of four digits in brackets", "Telefon: (0221) 12 34 56", "(0221) 12 34 56", "phone");
    row("vietnamese phone abbreviation with dotted groups", "\u0110T: 028.3823.4567", "028.3823.4567", "phone");
    row("polish mobile abbreviation", "tel. kom. 601 234 567", "601 234 567", "phone");
    row("imei in its printed groups", "IMEI: 35 693803 564380 9", "35 693803 564380 9", "device");
    row("german imei number label", "IMEI-Nummer: 356938035643809", "356938035643809", "device");
    row("austrian area code before a spaced slash", "Tel. 0664 / 123 45 67", "0664 / 123 45 67", "phone");
    row("turkish trunk zero written apart", "GSM: 0 532 123 45 67", "0 532 123 45 67", "phone");
    row("spanish serial abbreviation n/s", "Marcapasos (n/s RNH123456S)", "RNH123456S", "device");
    row("german fax header opening with fax and von", "FAX  27.11.2026 14:03  VON: Praxis Weber  0221 123457  S. 1/3",
        "0221 123457", "fax");
    row("spanish sent by fax to", "Enviado por fax al 912 345 679", "912 345 679", "fax");
    row("spanish chat my number is", "mi n\u00famero es 612 345 678", "612 345 678", "phone");
    row("spanish export of phones, names and ages", "telefono,nombre,edad\n612345678,Ana,34\n698765432,Luis,40",
        "698765432", "phone");
    row("french export by semicolons", "nom;pr\u00e9nom;t\u00e9l\u00e9phone\nDupont;Marie;06 12 34 56 78", "06 12 34 56 78",
        "phone");
    row("spanish chat call me at", "ll\u00e1mame al 612345678", "612345678", "phone");
    row("russian chat my number", "\u043c\u043e\u0439 \u043d\u043e\u043c\u0435\u0440 8 916 123 45 67", "8 916 123 45 67",
        "phone");
    row("italian chat my number is", "il mio numero \u00e8 333 123 4567", "333 123 4567", "phone");
    row("indonesian chat my number", "nomor saya 0812 3456 7890", "0812 3456 7890", "phone");
    row("german per fax an", "Befund per Fax an 0221 123457 geschickt", "0221 123457", "fax");
    row("serial abbreviation with the degree sign", "S/N\u00b0: RNH123456S", "RNH123456S", "device");
    row("abbreviated serial number", "Ser. No. RNH123456S", "RNH123456S", "device");
    row("german serie nr", "Serie Nr. RNH123456S", "RNH123456S", "device");
    row("chilean one-digit area code after fono", "Fono: 2 2263 0336", "2 2263 0336", "phone");
    row("belgian mobile with dotted pairs after a slash", "GSM 0475/12.34.56", "0475/12.34.56", "phone");
    row("spanish tfno abbreviation", "Tfno.: 912 34 56 78", "912 34 56 78", "phone");
    row("portuguese tlm abbreviation", "Tlm: 912 345 678", "912 345 678", "phone");
    row("french tel and fax label gives the phone first", "T\u00e9l/Fax : 01 42 34 56 78", "01 42 34 56 78", "phone");
  }

  void findsWorldPhonesFaxesAndDevices() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresWorldPhoneFaxAndDeviceLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("serial label without a value", "Num\u00e9ro de s\u00e9rie : voir l'\u00e9tiquette");
    row("german serial label without a value", "Seriennummer: unbekannt, Ger\u00e4t beim Hersteller");
    row("spanish series of exercises", "Serie de ejercicios: 3 series de 10 repeticiones");
    row("turkish serial label without a value", "Seri no: yok");
    row("gs1 without a serial", "(01)00643169007222(17)270131(10)ABC123");
    row("spaced gs1 without a serial", "(01) 00643169007222 (10) ABC123");
    row("lot and expiry without a device identifier", "Lot (10) ABC123, exp (17) 270131");
    row("monitored anaesthesia care", "Airway: MAC 3 blade, grade I view");
    row("ratio after a slash", "Verd\u00fcnnung 01/2500 in NaCl");
    row("amounts joined by or", "Rp. 125 000 o 250 000");
    row("lab values joined by or", "HbA1c 48 mmol/mol o 6,5 %");
    row("dashed doses without a phone word", "Dosierung 1-0-1, Hb 12-13 g/dl, 44-12-37 mg");
    row("indonesian amount of twelve digits", "Total 081234567890 rupiah");
    row("page counter alone", "Seite 1/3");
    row("firmware version", "Firmware 4.12.3 installiert");
    row("catalogue number", "Kat.-Nr. 6935M52");
    row("japanese phone label without a number", "\u643a\u5e2f\uff1a\u306a\u3057");
    row("serial label qualified by a lot", "Num\u00e9ro de s\u00e9rie du lot : 22K0931");
    row("german serial label qualified by a batch", "Seriennummer der Charge: 22K0931");
    row("device qualified by its settings", "Device settings: 12345 rpm, Device of choice: Azure XT DR");
    row("serial measurements qualified", "Serial troponins: 14 ng/L then 16 ng/L; Serial lactates: 2.1, 1.8");
    row("imei qualified without a value", "IMEI du t\u00e9l\u00e9phone : inconnu");
    row("bracketed four digits without a phone word", "Ergebnis (0221) 12 34 56");
    row("grouped fifteen digits failing the imei check", "IMEI: 35 693803 564380 8");
    row("imei word without a number", "IMEI: unbekannt, Ger\u00e4t verloren");
    row("single digit and groups without a phone word", "Ergebnis 0 532 123 45 67");
    row("normal saline abbreviated n/s", "NaCl N/S 0.9% 1000 mL, N/S 500 ml over 4 h");
    row("fax sent to a ward", "Per Fax an Station 4 geschickt, 2 Seiten");
    row("spanish export of counts by age", "edad,casos,visitas\n34,12,3\n40,8,2");
    row("spanish my number of appointments", "mi n\u00famero de citas es 3, ll\u00e1mame ma\u00f1ana");
    row("not significant abbreviated n/s", "Murmur N/S: negativo");
    row("single digit and groups as doses after fono", "Fono: 1 250 125 62 mg");
  }

  void ignoresWorldPhoneFaxAndDeviceLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Ages over 89 written the world's ways (session of 2026-11-28, worldwide): numbers of the
  // nineties spelled in the main languages with their age's word or label, and digits with the
  // age's word of more languages. The finding is the number.
  void findsAgesOfTheWorld_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Spanish in words", "Mujer de noventa y tres años con neumonía.", "noventa y tres");
    row("Portuguese in words", "Senhora de noventa e três anos, acamada.", "noventa e três");
    row("French in words", "Patiente âgée de quatre-vingt-treize ans.", "quatre-vingt-treize");
    row("French ninety-seven", "Monsieur, quatre-vingt-dix-sept ans, chute.", "quatre-vingt-dix-sept");
    row("Belgian and Swiss French", "Patiente de nonante-trois ans, vit seule.", "nonante-trois");
    row("Italian in words", "Donna di novantatré anni, caduta a casa.", "novantatré");
    row("German joined adjective", "Die dreiundneunzigjährige Patientin stürzte.", "dreiundneunzig");
    row("German with Jahre", "Patient ist dreiundneunzig Jahre alt.", "dreiundneunzig");
    row("Dutch in words", "Mevrouw is drieënnegentig jaar oud.", "drieënnegentig");
    row("Polish in words", "Pacjentka, dziewięćdziesiąt trzy lata.", "dziewięćdziesiąt trzy");
    row("Czech in words", "Pacientka, devadesát tři let, po pádu.", "devadesát tři");
    row("Russian genitive", "Больная девяноста трёх лет поступила.", "девяноста трёх");
    row("Russian joined adjective", "Осмотрен девяностотрёхлетний пациент.", "девяностотрёх");
    row("Ukrainian in words", "Пацієнтка дев’яносто трьох років.", "дев’яносто трьох");
    row("Arabic unit first", "المريض عمره ثلاثة وتسعون عاما", "ثلاثة وتسعون");
    row("Persian in words", "بیمار نود و سه ساله", "نود و سه");
    row("Turkish in words", "doksan üç yaşında kadın hasta", "doksan üç");
    row("Chinese in words", "九十三岁老人，跌倒。", "九十三");
    row("Japanese in words", "九十三歳の女性", "九十三");
    row("Korean native number", "아흔세 살 할머니", "아흔세");
    row("Korean Sino-Korean number", "구십삼세 남성 환자", "구십삼");
    row("Indonesian in words", "Pasien berusia sembilan puluh tiga tahun.", "sembilan puluh tiga");
    row("Swahili in words", "Mgonjwa, umri wa miaka tisini na tatu.", "tisini na tatu");
    row("Hindi in words", "तिरानबे वर्ष की महिला", "तिरानबे");
    row("Greek in words", "ασθενής ενενήντα τριών ετών", "ενενήντα τριών");
    row("Hungarian in words", "kilencvenhárom éves nőbeteg", "kilencvenhárom");
    row("Romanian in words", "Pacientă de nouăzeci și trei de ani.", "nouăzeci și trei");
    row("Swedish in words", "Hon är nittiotre år gammal.", "nittiotre");
    row("Finnish joined adjective", "yhdeksänkymmentävuotias nainen", "yhdeksänkymmentä");
    row("Georgian in words", "ოთხმოცდაცამეტი წლის ქალი", "ოთხმოცდაცამეტი");
    row("Armenian in words", "Հիվանդը իննսուներեք տարեկան է", "իննսուներեք");
    row("Albanian in words", "Pacientja nëntëdhjetë e tre vjeç.", "nëntëdhjetë e tre");
    row("Hebrew in words", "המטופלת בת תשעים ושלוש", "תשעים ושלוש");
    row("Vietnamese in words", "bệnh nhân chín mươi ba tuổi", "chín mươi ba");
    row("Thai in words", "ผู้ป่วยอายุเก้าสิบสามปี", "เก้าสิบสาม");
    row("Spanish after the label", "Edad: noventa y cuatro", "noventa y cuatro");
    row("Italian digits", "Paziente di 93 anni, ricoverata.", "93");
    row("Swedish digits", "Kvinna, 93 år, föll hemma.", "93");
    row("Vietnamese digits", "bệnh nhân 93 tuổi, nam", "93");
    row("Persian digits", "بیمار 93 ساله", "93");
    row("Hindi digits", "महिला, 93 वर्ष, गिरने के बाद", "93");
    row("Korean digits with a space", "환자 93 세 남성", "93");
    row("Czech digits", "Pacientka 93 let, po pádu.", "93");
    row("German adjective with a hyphen", "93-jährige Patientin mit Sturz.", "93");
    row("Dutch adjective with a hyphen", "93-jarige vrouw met een val.", "93");
    row("German age at death", "Mit 93 Jahren verstorben.", "93");
    row("Greek digits", "ασθενής 93 ετών", "93");
    row("Dutch label", "Leeftijd: 93\nGeslacht: V", "93");
    row("Czech label", "Věk: 94, pohlaví: žena", "94");
    row("Persian label", "سن: 93", "93");
    row("Korean label", "나이: 93", "93");
    row("Indonesian label", "Usia: 95 th", "95");
    row("Greek label", "Ηλικία: 93", "93");
    row("Hungarian label", "Életkor: 93", "93");
    row("Hebrew label", "גיל: 93", "93");
    row("Hebrew aged", "המטופלת בת 93, נפלה בבית", "93");
    row("Hindi label with Devanagari digits", "आयु: ९३", "९३");
    row("Bengali label with Bengali digits", "বয়স: ৯৩ বছর", "৯৩");
    row("Swahili years before the number", "Mgonjwa mwenye miaka 93, homa.", "93");
    row("JSON age", "{\"name\": \"x\", \"age\": 93, \"sex\": \"F\"}", "93");
    row("age label with its unit in brackets", "Age (years): 96", "96");
    row("German joined to the digits", "93jährige Patientin", "93");
    row("Czech joined to the digits", "93letá pacientka", "93");
    row("Japanese digits inside a word", "患者93歳、女性。", "93");
    row("turned an age last week", "He turned 95 last week.", "95");
    row("age and sex letter after Pt", "Pt 93/M with sepsis", "93");
    row("Chinese unit after a space", "93 岁 男性", "93");
    row("Japanese informal unit inside a word", "93才の男性", "93");
    row("Korean native unit joined", "93살 할머니", "93");
    row("Chinese full years", "93周岁老人", "93");
    row("Japanese label", "年齢:93", "93");
    row("Turkish label", "Yaşı: 93", "93");
    row("Turkish adjective", "93 yaşındaki hasta", "93");
    row("Azerbaijani adjective", "93 yaşlı xəstə", "93");
    row("Italian abbreviation", "paziente di 93 aa, caduta", "93");
    row("Amharic label", "ዕድሜ: 93", "93");
    row("Somali age word", "Bukaan 93 jir ah", "93");
    row("Latvian and Estonian labels", "Vecums: 93; Vanus: 94", "93");
    row("Latvian years", "Pacients, 93 gadi.", "93");
    row("Estonian adjective", "93 aastane patsient", "93");
    row("Hindi adjective", "93 वर्षीय महिला", "93");
    row("FHIR age", "{\"valueAge\": {\"value\": 93, \"unit\": \"years\"}}", "93");
    row("FHIR quantity in UCUM years", "{\"age\":{\"value\":95,\"unit\":\"a\"}}", "95");
    row("age label with a bracketed unit and no space", "AGE(YRS): 93", "93");
    row("JSON key of age in years", "{\"age_years\": 94}", "94");
    row("a chat's dated line before the speaker", "family chat 4/27 tammy: bonnie is ninety-eight and still refuses", "ninety-eight");
    row("German label with its unit in brackets", "Alter (Jahre): 93", "93");
    row("French label with its unit in brackets", "Âge (ans) : 95", "95");
    row("Scandinavian noun of age", "En 93-åring med fall.", "93");
    row("Catalan years", "Pacient de 93 anys.", "93");
    row("Basque years", "Gaixoa, 93 urte.", "93");
    row("Marathi years", "रुग्ण 93 वर्षे", "93");
    row("Telugu years", "రోగి 93 సంవత్సరాలు", "93");
    row("Malayalam years", "രോഗി 93 വയസ്സ്", "93");
    row("Gujarati label", "ઉંમર: 93", "93");
    row("Persian digits and unit", "بیمار ۹۳ ساله", "۹۳");
    row("Bengali digits and unit", "মহিলা ৯৩ বছর", "৯৩");
    row("a dated chat in capitals", "FAMILY CHAT 11/7 MARCY: DWAYNE IS NINETY-TWO AND STILL DANCING", "NINETY-TWO");
  }

  void findsAgesOfTheWorld() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("age"));
  }

  void ignoresAgeLookalikesOfTheWorld_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("Spanish money and days", "Total noventa y tres pesos; noventa días de tratamiento.");
    row("French money", "Montant: quatre-vingt-treize euros, nonante francs.");
    row("German minutes and days", "Schmerzen seit dreiundneunzig Tagen, neunzig Minuten lang.");
    row("Russian money and years ago", "Стоимость девяносто три рубля; девяносто лет назад.");
    row("Turkish money", "Fiyat doksan üç lira.");
    row("Chinese room and decade", "九十三号房间，九十年代");
    row("Korean degrees", "구십도 각도");
    row("Italian degrees", "Flessione a novanta gradi.");
    row("digits with English let", "See page 93 let me know.");
    row("years ago in Swedish and German", "Grundat för 93 år sedan; vor 93 Jahren gegründet.");
    row("years ago in Italian", "Fondato 93 anni fa.");
    row("years of service in French and Spanish", "Fête de 93 ans de service; 93 años de servicio.");
    row("a tooth, a room and a score after the new labels", "Usia: 45; Leeftijd: 67; nummer 93; Ηλικία: 80.");
    row("digits before other Japanese words", "患者93号室、93人、93年。");
    row("turned a page or a dial", "He turned 95 degrees; she turned 93 pages.");
    row("an order and a prescription with a slash", "Order 93/M; Rx 93/F/2; lot 93/M2.");
    row("a protein's amino acids", "A protein of 93 aa; deletion of 95 aa.");
    row("a FHIR quantity in other units", "{\"valueQuantity\": {\"value\": 93, \"unit\": \"mmHg\"}}");
    row("Korean households", "93세대 아파트");
    row("the name Omar before a number", "عمر 93");
    row("a label's unit in brackets before a measure", "Dauer (Jahre): 5; Poids (kg) : 93");
    row("a dated round's measures", "obs 12/4 ward: glucose is ninety-eight and still dropping\nROUND 2/3 ICU: RATE IS NINETY AND STILL RISING");
    row("ages under ninety in the new words", "Paziente di 83 anni; 85 år; 72 tuổi; 64 ساله; 88 वर्ष; 81 let.");
  }

  void ignoresAgeLookalikesOfTheWorld() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Dates whose day is spelled in words (scan_word_dates.cpp, session of 2026-11-28): Spanish and
  // Portuguese certificates and French letters.
  void findsDatesInWordsOfTheWorld_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Spanish day and year in words", "Fecha: tres de marzo de mil novecientos treinta", "tres de marzo de mil novecientos treinta");
    row("Spanish certificate's days of the month", "a los quince días del mes de marzo de dos mil veinte, compareció",
        "quince días del mes de marzo de dos mil veinte");
    row("Portuguese certificate", "aos quinze dias do mês de março de dois mil e vinte", "quinze dias do mês de março de dois mil e vinte");
    row("Portuguese day in words and year in digits", "nascido a vinte e dois de outubro de 1931", "vinte e dois de outubro de 1931");
    row("French day in words", "décédé le trois mars mille neuf cent trente", "trois mars mille neuf cent trente");
    row("French hyphenated day", "née le vingt-deux avril 1931", "vingt-deux avril 1931");
    row("Spanish without a year", "Falleció el treinta y uno de diciembre.", "treinta y uno de diciembre");
  }

  void findsDatesInWordsOfTheWorld() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("date"));
  }

  void ignoresDateWordLookalikesOfTheWorld_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("counts before de", "dos de ellos; tres de los pacientes; cinco de cada diez.");
    row("a Spanish day and month without de", "tres marzo");
    row("streets and a hospital named after dates", "rua sete de setembro; hospital dos de mayo; avenida nueve de octubre.");
    row("French counts before a word", "trois patients, deux mois.");
  }

  void ignoresDateWordLookalikesOfTheWorld() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // After the thirty-second family (seed 3232): Solar Hijri dates, months of the Baltic, Icelandic,
  // Luxembourgish, Slovenian, Kinyarwanda, Malagasy and Guaraní languages, X12 segments' dates and
  // ZIPs, CSV date columns, ages in Icelandic, Estonian and Shona, and department mailboxes.
  void findsAdministrationPhiOfThirtySecond_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("Solar Hijri numeric", "Date of birth: 1349/08/20 (Gregorian 11/11/1970)", "1349/08/20", "date");
    row("Solar Hijri in brackets", "Date of death: 15/06/2025 (1404/03/26) Age: 94", "1404/03/26", "date");
    row("Dari month", "د بستر نېټه: 18 حوت 1403 د بل شمېره", "18 حوت 1403", "date");
    row("Dari month transliterated", "tarikh-e bistari 31 hamal 1404. ba ahmad", "31 hamal 1404", "date");
    row("Persian month", "تاریخ: 5 فروردین 1403", "5 فروردین 1403", "date");
    row("Estonian month", "Kuupäev: 7. juuli 2024", "7. juuli 2024", "date");
    row("Latvian year first", "2024. gada 28. septembris\nCien. Kalniņš kungs!", "2024. gada 28. septembris", "date");
    row("Latvian locative", "Izrakstīts 2025. gada 3. martā.", "2025. gada 3. martā", "date");
    row("Slovenian genitive", "rojen 22. junija 1925", "22. junija 1925", "date");
    row("Icelandic month", "Stofnað: 9. janúar 2024 22:30", "9. janúar 2024", "date");
    row("Luxembourgish month", "D'Rechnung vum 19. Mäerz 2024 ass falsch.", "19. Mäerz 2024", "date");
    row("Kinyarwanda month", "Itariki / Date : 8 Mata 2024", "8 Mata 2024", "date");
    row("Malagasy month in capitals", "ALOHAN'NY 27 JONA 2024.", "27 JONA 2024", "date");
    row("Guarani month", "Ára: 5 jasyapy 2024", "5 jasyapy 2024", "date");
    row("X12 birth date", "N4*Racine*WI*53467~\nDMG*D8*19390418*F~", "19390418", "date");
    row("X12 service range", "DTP*434*RD8*20241109-20241116~", "20241116", "date");
    row("X12 group header date", "GS*HC*HOSP01*87726*20241001*1203*8739*X*005010X223A2~", "20241001", "date");
    row("X12 ZIP", "N3*8 Cottonwood Ln~\nN4*Racine*WI*53467~", "53467", "zip");
    row("X12 ZIP+4", "N4*Gresham*OR*97073-8500~", "97073-8500", "zip");
    row("CSV bed board", "unit,bed,patient,mrn,admit,edd,status\n4B,12,\"HAUGEN, Cody\",HN-279205,5/16,5/30,blocked\n", "5/30", "date");
    row("Portuguese day", "pago por m-pesa, 675,00 mt, no dia 23/2", "23/2", "date");
    row("follow up in capitals", "FOLLOW UP 12/23. - TREVOR", "12/23", "date");
    row("Lao discharge in Latin letters", "manivanh ja ok hong mor 15/3 bor? kha hong 968,000", "15/3", "date");
    row("Latvian deadline with its hour", "reģistratūra: jā, 26/6 līdz 16:00 kasē", "26/6", "date");
    row("French discharge's day", "payer 12 000 fcfa avant la sortie du 5/8 caisse", "5/8", "date");
    row("Icelandic age", "amma er 93 ára og getur ekki sótt hana", "93", "age");
    row("Estonian years", "isikukood 42307035700, 102 aastat", "102", "age");
    row("Shona years before the number", "mbuya vedu vane makore 98, vanoda kumuona", "98", "age");
    row("a person's mailbox", "From: brianna.haugen@hospital.example.org", "brianna.haugen@hospital.example.org", "email");
  }

  void findsAdministrationPhiOfThirtySecond() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresAdministrationLookalikesOfThirtySecond_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("tariff codes", "Tariff code 4.01.02 (specialist consultation); 4.03.11 (blood count); 4.05.07 (CT head).");
    row("a Paraguayan procedure code", "código de prestación 01.02.03.");
    row("a statement period", "Période : 03/2024");
    row("a Scandinavian mother and a ratio", "mor 3/4 av dosen; hong 3/4");
    row("a ratio until a word", "titrate 3/4 until pain 2/10");
    row("a French share of a tablet", "prendre du 1/2 comprimé; la moitié du 3/4");
    row("a fiscal year's end", "vigencia hasta 31/12 del ejercicio");
    row("a Solar Hijri shape out of range", "Ref 1234/05/12; file 1502/11/09; 2024/146667");
    row("words that are Solar Hijri months without a year", "hut 12 is closed; 24 hut; mizan 5; 24 hut 2024");
    row("Kinyarwanda month words without a year", "mata 5; kamena 12");
    row("a Latvian year without gada", "2024. 15. marts");
    row("X12 control numbers and amounts", "ISA*00*0566*P*:~\nST*837*0001~\nAMT*D*1234.75~\nSE*20*0001~");
    row("stars without a segment", "rating *20241109* stars");
    row("CSV of counts", "unit,beds,open,closed\n4B,12,3/4,1/2\n");
    row("years ago in Estonian and Icelandic", "93 aastat tagasi; fyrir 95 árum síðan");
    row("department mailboxes", "To: facturation@hospital.example.lu; him-legal@hospital.example.org; andmekaitse@hospital.example.ee");
  }

  void ignoresAdministrationLookalikesOfThirtySecond() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Second round on seed 3232: Madagascar's lots with their block's code, a mortuary release's
  // destination and the Arabic burial place (scan_address_lines.cpp, scan_towns.cpp).
  void findsAddressesOfThirtySecondSecondRound_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("Malagasy lot of Roman numerals and letters", "Adresse : Lot IVG 105 Tanambao, Toamasina 501\nHôpital d'accueil : CHU",
        "Lot IVG 105 Tanambao, Toamasina 501", "address");
    row("Malagasy lot of two codes", "Adresse : Lot II M 85 Antsahavola, Antananarivo 101\n", "Lot II M 85 Antsahavola, Antananarivo 101",
        "address");
    row("Malagasy lot of a number and letters", "Adresse : Lot 67Ha 12 Bis Ambohipo, Antananarivo 101\n",
        "Lot 67Ha 12 Bis Ambohipo, Antananarivo 101", "address");
    row("a body's destination", "Corps remis à : M. Rakoto\nDestination : Ambositra\nTéléphone : 032 66 120 10", "Ambositra",
        "address");
    row("the Arabic burial place", "مكان الدفن: Douma\nRecords retention: adults 10 years", "Douma", "address");
    row("a transport's pick-up address", "Départ : Lot IVG 105 Antsahavola, Antananarivo 101\nDate : 11 avril 2024",
        "Lot IVG 105 Antsahavola, Antananarivo 101", "address");
    row("Idaho after a town", "Mail to 2800 Tupelo Hollow, Varney, ID 83702", "83702", "zip");
  }

  void findsAddressesOfThirtySecondSecondRound() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresAddressLookalikesOfThirtySecondSecondRound_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a payer's ID after a sentence", "See batch B188. Payer ID 87726; clearinghouse batch 08");
    row("a payer's ID in capitals", "CASHIER'S OFFICE, ROOM G.12.  PAYER ID 87726; CLEARINGHOUSE BATCH 24");
    row("a transport's destination ward", "Destination: Radiology\n");
    row("a destination of home", "Destination : Home");
    row("a lot of a drug", "Lot AB 1234 expires 2026");
    row("a transport's departure from a ward", "Départ : Service de cardiologie, 08:30\n");
  }

  void ignoresAddressLookalikesOfThirtySecondSecondRound() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3232: names beside the form words, headings and places of hospital administration, which
  // are no names (name_admin_words.cpp, scan_name_admin_places.cpp).
  void findsNamesBesideAdministrationForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Mozambican deceased under a mortuary heading", "TERMO DE ENTREGA DE CADÁVER\nFalecido(a): Albertina Sitoe, 71 anos",
        "Albertina Sitoe");
    row("a Slovenian surname after its label", "SPREJEMNI LIST\nPriimek: Potočnik", "Potočnik");
    row("a Luxembourgish patient after the greeting", "Moien, ech schreiwen fir Gilles Reuter wéinst der Rechnung.",
        "Gilles Reuter");
    row("an Azerbaijani signature after the closing", "Hörmətlə,\nGünel Həsənova", "Günel Həsənova");
    row("a Rwandan patient before the address", "Umurwayi: UWIMANA Claudine\nAderesi: Umudugudu wa Amahoro, Akagari ka Ngoma",
        "UWIMANA Claudine");
    row("a guarantor from a Paraguayan rural district", "Garante: Sr. Ramón Benítez Ortiz, Compañía Itapuamí", "Ramón Benítez Ortiz");
    row("a family name Ngoma outside an address", "Patient: Mwila Ngoma, 44", "Mwila Ngoma");
    row("Arlon as a person's street elsewhere", "Visitor: Marc Weber, route d'Arlon 9", "Marc Weber");
    row("Hong as a family name", "Interpreter: Hong Mei, Mandarin", "Hong Mei");
    row("Ella as a given name after a label", "Visitor: Ella Martin, daughter", "Ella Martin");
    row("a Malagasy given name Raha in capitals", "Patient: RAHA Fara, 31 ans", "RAHA Fara");
  }

  void findsNamesBesideAdministrationForms() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  void ignoresAdministrationFormWords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Mozambican mortuary heading", "TERMO DE ENTREGA DE CADÁVER");
    row("a Latvian invoice heading", "RĒĶINS ĀRVALSTU PACIENTAM");
    row("a Latvian register heading", "ĀRSTNIECĪBAS PERSONU UN IESTĀŽU REĢISTRS");
    row("a Latvian lost-property log", "ATRASTO MANTU ŽURNĀLS");
    row("an Azerbaijani lost-property log", "İTMİŞ ƏŞYALAR JURNALI");
    row("an Azerbaijani service bill", "XİDMƏT HESABI");
    row("an Azerbaijani receipt", "ÖDƏNİŞ QƏBZİ");
    row("a Slovenian court", "OKRAJNO SODIŠČE V LJUBLJANI");
    row("a Slovenian interpreter booking", "NAROČILO TOLMAČA");
    row("an Estonian registration", "PATSIENDI REGISTREERIMINE");
    row("a Paraguayan pre-admission form", "FORMULARIO DE PREADMISIÓN");
    row("a Uruguayan admission order", "ORDEN DE INTERNACIÓN - SANATORIO PRIVADO");
    row("a Costa Rican valuables log", "BITÁCORA DE OBJETOS DE VALOR");
    row("a Costa Rican valuables line", "Objetos: celular, anillo, reloj");
    row("a French records request", "DEMANDE D'ACCÈS AU DOSSIER PATIENT");
    row("a Mozambican scheme's label", "Beneficiário INSS n.º pendente");
    row("a Spanish complaints office", "Sra. Directora de la Oficina de Atención al Usuario");
    row("an ombudsman's office", "Ombudsman's office: open on weekdays, queries by letter");
    row("a chaplaincy heading", "CHAPLAINCY ROTA - WEEK 12");
    row("a Malagasy invoice's due line", "FAKTIORA ALOA AO ANATIN'NY 30 ANDRO");
    row("a Luxembourgish greeting", "Moien, ech schreiwen wéinst der Rechnung.");
    row("an Azerbaijani closing", "Hörmətlə,");
    row("a Portuguese street named by a date", "Trânsito cortado na Av. 24 de Julho hoje.");
    row("Rwandan address levels", "Inama y'Umudugudu wa Amahoro, Akagari ka Ngoma, Umurenge wa Huye izaba ejo.");
    row("a Cameroonian quarter", "Permanence sociale au Quartier Essos ce samedi.");
    row("a Paraguayan rural district", "Jornada de vacunación en la Compañía Itapuamí el sábado.");
    row("a Luxembourg street named for its town", "Bouchon sur la route d'Arlon ce matin.");
    row("Kigali's districts", "Transport from Gasabo to Nyarugenge booked.");
    row("Zambian townships", "Outreach days this month: Nkana West and Kabwata Site and Service.");
    row("a Bemba greeting", "muli shani, the bill is ready at the cashier");
    row("a Spanish pronoun in a chat", "pasame la cédula de ella y te aviso");
    row("a Lao hospital in a chat", "sabaidee, ja ok hong mor bor?");
    row("a Malagasy condition", "raha misy fanontaniana, antsoy ny hopitaly");
    row("an Icelandic chat", "hæ, hún fær að fara heim, getur ekki sótt hana");
    row("a Dari chat's contact line", "ba freshta tamas begirid");
    row("Guaraní in a chat", "mba'éichapa, ¿mboy piko la cuenta?");
    row("a Bemba greeting in capitals", "MULI SHANI, THE BILL IS READY AT THE CASHIER");
    row("a Lao hospital in capitals", "SABAIDEE, JA OK HONG MOR BOR?");
    row("a French tariff's clause in capitals", "LES TARIFS S'ENTENDENT HORS CONSOMMABLES.");
  }

  void ignoresAdministrationFormWords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Plates, devices, phones and offices of the hospital administration of seed 3232 (session of
  // 2026-11-28): plates after the vehicle words of more languages (Portuguese, Spanish, Estonian,
  // Russian) and in the Belarusian and Lao shapes; the Spanish "serie" of a belonging; phone words
  // of Iceland, Latvia, Cameroon, Costa Rica and Madagascar, a companion's field, a second line
  // after "or" and a number said again.
  void findsAdministrationPlatesDevicesPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("portuguese viatura of a funeral agency", "Ag\u00eancia funer\u00e1ria: representante, viatura AAB-123-MC\n",
        "AAB-123-MC", "vehicle");
    row("spanish vehiculo without a colon", "Retira el chofer de la empresa f\u00fanebre, veh\u00edculo SBX 5006\n",
        "SBX 5006", "vehicle");
    row("estonian soiduk digits first", "PARKIMISLUBA\nS\u00f5iduk: 373 XFY\nOmanik: lähedane\n", "373 XFY", "vehicle");
    row("russian avtomobil belarusian plate",
        "\u041f\u0420\u041e\u041f\u0423\u0421\u041a\n\u0410\u0432\u0442\u043e\u043c\u043e\u0431\u0438\u043b\u044c: 0391 TP-6\n",
        "0391 TP-6", "vehicle");
    row("lao plate after plate", "Items: motorbike key, plate \u0e81\u0e82 4176\nReturned to: family\n",
        "\u0e81\u0e82 4176", "vehicle");
    row("spanish serie of a hearing aid", "Objetos: celular; aud\u00edfono, serie OC24JP123456; billetera\n",
        "OC24JP123456", "device");
    row("icelandic simi label", "Heimili: sj\u00e1 ofar\nS\u00edmi: 555 1234\n", "555 1234", "phone");
    row("icelandic hringdu i", "Ef enginn hefur s\u00f3tt hana, hringdu \u00ed 555 1234\n", "555 1234", "phone");
    row("latvian talrunis", "T\u0101lrunis: 6712 3456\n", "6712 3456", "phone");
    row("french me joindre au", "Vous pouvez me joindre au 699 123 456. Merci.", "699 123 456", "phone");
    row("english reachable at", "I am reachable at 6 77 12 34 56 and live nearby.", "6 77 12 34 56", "phone");
    row("orange money au", "envoyez par orange money au 6 77 12 34 56, r\u00e9f\u00e9rence 12", "6 77 12 34 56", "phone");
    row("sinpe movil al", "puede pagar por sinpe m\u00f3vil al 8888-1234\n", "8888-1234", "phone");
    row("malagasy antsoy", "dia tokony aloa. antsoy 034 12 345 67 raha misy fanontaniana.", "034 12 345 67", "phone");
    row("french companion field", "Accompagnant : Rivo Rakoto, 034 12 345 67\n", "034 12 345 67", "phone");
    row("portuguese companion with mae", "Acompanhante: Gra\u00e7a Muianga (m\u00e3e), 84 123 4567\n", "84 123 4567",
        "phone");
    row("second local line after or", "Please call us at (555) 555-0198 or 555-0142. Thank you.", "555-0142", "phone");
    row("a number said again", "Please call us back at 555-0142, extension 4410, about it. Again, that is 555-0142, thanks.",
        "555-0142", "phone");
    row("panamanian casa in an address", "Paciente: X\nDirecci\u00f3n: Calle 5ta, San Francisco, casa 12\n",
        "Calle 5ta, San Francisco, casa 12", "address");
    row("mozambican flat in an address", "Morada: Av. 24 de Julho, n.\u00ba 1025, 9.\u00ba andar, flat 11, Maputo\n",
        "Av. 24 de Julho, n.\u00ba 1025, 9.\u00ba andar, flat 11, Maputo", "address");
    row("cameroonian porte in an address", "Domicile : Bonamoussadi, rue 1234, porte 5\n",
        "Bonamoussadi, rue 1234, porte 5", "address");
    row("slovenian heroja in a street", "Naslov: Ulica heroja Staneta 12, 2000 Maribor\n",
        "Ulica heroja Staneta 12, 2000 Maribor", "address");
    row("a phone after the words of an account", "Account questions: call 505-376-5000 today.", "505-376-5000", "phone");
    row("an invoice in a letterhead", "CENTRE HOSPITALIER - FACTURE N\u00b0 FA-2024-123456\nDate : 12/03/2024",
        "FA-2024-123456", "account");
    row("costa rican direction from a landmark", "Paciente: X\nDirecci\u00f3n exacta: Cartago, Oreamuno, de la escuela 400 m norte, casa 30\n",
        "Cartago, Oreamuno, de la escuela 400 m norte, casa 30", "address");
    row("costa rican direction closing the value", "Paciente: X\nDirecci\u00f3n: Heredia, San Pablo, del Pal\u00ed 100 m norte\n",
        "Heredia, San Pablo, del Pal\u00ed 100 m norte", "address");
    row("rwandan village opening an address", "Adresse : Umudugudu wa Ubumwe, Akagari ka Rugando, Kimihurura, Gasabo\n",
        "Umudugudu wa Ubumwe, Akagari ka Rugando, Kimihurura, Gasabo", "address");
    row("a person's address before an office's", "Home address: 14 Harbour Road, Douglas; ombudsman's office: 1 Public Square",
        "14 Harbour Road, Douglas", "address");
  }

  void findsAdministrationPlatesDevicesPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // The repeated number: both occurrences are found.
  void findsPhoneSaidAgainTwice() {
    const QString text = QStringLiteral("Call us back at 555-0142, extension 4410. Again, that is 555-0142, thanks.");
    int phones = 0;
    for (const Finding& f : detectPhiBytes(text.toStdString())) phones += f.category == PhiCategory::Phone;
    QCOMPARE(phones, 2);
  }

  void ignoresAdministrationLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("hospital van fleet number", "the hospital van VAN-03 covers the dialysis run at 06:30.");
    row("wheelchair van unit", "TRANSPORT: WHEELCHAIR VAN UNIT 12, STRETCHER AMBULANCE UNIT A-07");
    row("estonian soiduk without a plate", "S\u00f5iduk: 2 tundi parklas\n");
    row("spanish vehiculo as a count", "veh\u00edculo 2 de 3 en espera\n");
    row("lao word after plate", "plate \u0e81\u0e82 only, no number\n");
    row("valuables envelope serial", "Valuables envelope serial V-48213 sealed by two staff; cash counted twice.");
    row("visitor badge serial", "Visitor badge serial 04127 returned at the desk.");
    row("spanish series of doses", "Serie 2 de 3: vacuna aplicada.");
    row("icelandic simi without a number", "S\u00edmi deildarinnar er \u00e1 vefnum.");
    row("latvian talrunis without a number", "T\u0101lrunis: skat\u012bt 2. lapu");
    row("doses joined by or", "Dose 250-1000 or 500-2000 mg daily.");
    row("money au a counter", "payez par orange money au guichet 3.");
    row("ombudsman office address", "The ombudsman's office: 1 Public Square, open 9:00-16:00; reviews complaints.");
    row("registered office address", "Registered office: 12 Harbour Road, Douglas; company no. 4471.");
    row("hospital registration number", "Ra\u010dun zapade v 30 dneh; mati\u010dna \u0161tevilka bolni\u0161nice 5053765000.");
    row("directions without an address label", "Indicaciones: de la escuela 400 m norte, casa 30\n");
    row("letterhead address of the hospital", "HOSPITAL PRIVADO - Av. 25 de Setembro 1230, Maputo\nFATURA");
  }

  void ignoresAdministrationLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifiers of hospital administration (the thirty-second family, seed 3232): personal
  // numbers as "mrn" (Luxembourg matricule, Belarusian personal number, the Arabic national
  // number), cards by their layout (Zimbabwe, Rwanda), passports, schemes and billing labels of
  // those countries; the facility's VAT number and its general ledger are no PHI.
  void findsAdministrationIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("luxembourg matricule spaced", "Matricule : 1988 1126 556 78\n", "1988 1126 556 78", "mrn");
    row("luxembourg matricule in prose", "Patient : Luc Schmit, matricule 1973 0906 306 08, 82 ans", "1973 0906 306 08", "mrn");
    row("belarusian personal number", "Личный номер: 3080359B727PB0\nПаспорт: MP5525692\n", "3080359B727PB0", "mrn");
    row("belarusian personal number in belarusian", "Пацыент, асабісты нумар 4230405T131PB5, знаходзілася", "4230405T131PB5", "mrn");
    row("belarusian personal number in a latvian form", "Pase: KH8027031 Identifikācijas numurs: 3050574L074PB6\n", "3050574L074PB6", "mrn");
    row("latvian passport", "Pacients: Siarhei Zhuk\nPase: KH8027031\n", "KH8027031", "license");
    row("slovenian passport number", "Št. potnega lista: CV4688349\n", "CV4688349", "license");
    row("syrian national number", "الرقم الوطني: 09168506498\n", "09168506498", "mrn");
    row("zimbabwean national id after id no", "Received from: Rufaro Gumbo ID No 63-5386430-A-68 the sum of US$12", "63-5386430-A-68", "license");
    row("zimbabwean national id without the leading zero", "ID No 2-8471961-G-23 paid", "2-8471961-G-23", "license");
    row("rwandan national id spaced", "National ID: 1 1990 8 0012345 1 23\n", "1 1990 8 0012345 1 23", "license");
    row("mozambican inss beneficiary", "Beneficiário INSS n.º 635068931\n", "635068931", "health_plan");
    row("rwandan mutuelle de sante", "Mutuelle de santé n° 311308/18/2025\n", "311308/18/2025", "health_plan");
    row("azerbaijani insurance number", "Sığorta nömrəsi: İTS-4466258028\n", "İTS-4466258028", "health_plan");
    row("uruguayan mutualista member", "Prestador: mutualista, socio 640468\n", "640468", "health_plan");
    row("french invoice after an article", "je rappelle pour la facture FA-2023-588310 de Mme Schmit", "FA-2023-588310", "account");
    row("latvian bill", "RĒĶINS Nr. FA-2023-399995\n", "FA-2023-399995", "account");
    row("slovenian bill", "RAČUN ŠT. FA-2023-091939\n", "FA-2023-091939", "account");
    row("azerbaijani receipt", "ÖDƏNİŞ QƏBZİ № R91139689\nTarix: 14.02.2024", "R91139689", "account");
    row("azerbaijani bill", "Hesab № FA-2023-747756 səhvdir.", "FA-2023-747756", "account");
    row("belarusian bill", "Прашу пераправерыць рахунак № FA-2023-940485.", "FA-2023-940485", "account");
    row("kinyarwanda invoice", "muraho eric, fagitire yawe fa-2025-473755 ingana 491,000 rwf.", "fa-2025-473755", "account");
    row("malagasy invoice", "ny faktiora fa-2024-730065 (569 000 ar) dia tokony aloa", "fa-2024-730065", "account");
    row("french estimate", "Devis n° FA-2024-892084 du 4 mai 2024", "FA-2024-892084", "account");
    row("french payment receipt", "REÇU DE PAIEMENT N° R91139689\n", "R91139689", "account");
    row("paraguayan cash invoice", "FACTURA CONTADO N° 001-003-7427135\n", "001-003-7427135", "account");
    row("payment plan in a text message", "hi cody, your payment plan pp-27681-u installment of $554.68 is due", "pp-27681-u", "account");
    row("spanish payment agreement", "CONVENIO DE PAGO N° PP-57122-T\n", "PP-57122-T", "account");
    row("prior authorisation request", "N° de solicitud: PA-238133627\nPaciente: Olivera", "PA-238133627", "account");
    row("slovenian court file", "Opr. št. RS 782/2025\n", "RS 782/2025", "account");
    row("costa rican cedula fisica", "Paciente: ARIAS Minor Cédula física: 1-7776-8693\n", "1-7776-8693", "license");
    row("paraguayan doctor's registration", "Médico: Dr. Ortiz Giménez, Reg. Prof. 94652\n", "94652", "license");
    row("mozambican bi of the deceased", "BI do falecido: 110116114125Y\n", "110116114125Y", "license");
    row("rwandan national id after id", "Umurwayi: UWIMANA Claudine\nID : 1 1985 7 0123456 0 12\n", "1 1985 7 0123456 0 12", "license");
    row("patient's own nuit", "BI: 110100123456A    NUIT: 123456789\n", "123456789", "license");
    row("slovenian zzzs card", "ZZZS 012345678\n", "012345678", "health_plan");
    row("costa rican cedula after es in a chat", "hola, es para doña Flor Arias Jiménez? la cédula es 2-0808-7092", "2-0808-7092", "license");
    row("french discharge bill", "HÔPITAL - FACTURE DE SORTIE N° FA-2023-764298\n", "FA-2023-764298", "account");
    row("latvian bill to a foreign patient", "RĒĶINS ĀRVALSTU PACIENTAM Nr. FA-2025-666757\n", "FA-2025-666757", "account");
    row("english outstanding bill", "Outstanding bill FA-2024-001234: $1,200", "FA-2024-001234", "account");
    row("pashto bill number", "بل شمېره: FA-2024-123456\n", "FA-2024-123456", "account");
    row("pashto tazkira number", "تذکرې شمېره: 1401-0312-04567\n", "1401-0312-04567", "license");
    row("paraguayan cedula in thousands groups", "Soy Lourdes Báez Ayala, cédula 2.379.047. Mi número es", "2.379.047", "license");
    row("uruguayan ci with its check digit", "Paciente: Pereira, CI 4.123.456-7\n", "4.123.456-7", "license");
    row("french insurance policy", "Assurance : police POL-5811-792485\nEntrée le 21 juillet", "POL-5811-792485", "health_plan");
    row("identity card in arabizi", "ahlan, baddna raqam el hawiye 80-16211659 law sama7t", "80-16211659", "license");
    row("x12 subscriber member id", "NM1*IL*1*KOWALCZYK*BRIANNA****MI*XTF105147309~\nN3*318 COTTONWOOD LN~", "XTF105147309", "health_plan");
    row("x12 ssn reference", "DMG*D8*19390418*F~\nREF*SY*115676355~\n", "115676355", "ssn");
    row("x12 patient control number", "REF*SY*115676355~\nCLM*CLM210894920*9242.75***11:A:1*Y*A*Y*Y~\n", "CLM210894920", "account");
    row("x12 named provider's npi", "NM1*71*1*PETTIGREW*HEATHER****XX*1234567893~\n", "1234567893", "license");
    row("malagasy cin in groups of three after a name", "Ramatoa Lalao Rakotomalala, CIN 421 163 331 308 Destination : Ambositra", "421 163 331 308", "license");
    row("payer's iban with a miscopied check", "Maksātāja konts: LV82 UNLA 5224 8703 8910 4\n", "LV82 UNLA 5224 8703 8910 4", "account");
    row("slovenian payer's account", "Za plačilo: 882,51 € TRR plačnika: SI56 3328 6882 7666 158\n", "SI56 3328 6882 7666 158", "account");
  }

  void findsAdministrationIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresAdministrationIdentifierLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("estonian vat number of the hospital", "Arve tasuda 14 päeva jooksul; haigla KMKR EE100123456.");
    row("vat number of a supplier", "Supplier VAT GB123456789, TVA FR12345678901.");
    row("general ledger account", "Cost centre CC-7030 (radiology); GL account 4001-220; batch B188.");
    row("g/l and ledger accounts", "Posted to G/L account 4001-220 and ledger account 7030-11.");
    row("staff matricule", "Infirmière de garde, matricule 4512.");
    row("matricule of a count", "Matricule 2 du registre, 12 lits.");
    row("spanish pase de visita", "Pase de visita a las 10:00, cama 12.");
    row("latvian pase with a short number", "Pase 12 derīga.");
    row("solicitud without a number", "Solicitud de autorización enviada el lunes, 3 estudios.");
    row("socio with a year", "El socio 2024 paga la cuota.");
    row("devis without a number", "Devis de 1 200 € accepté.");
    row("payment plan of months", "Payment plan 12 months, first installment due.");
    row("invoice after an article with an amount", "la facture de 1 200 € et la facture 2024 réglées.");
    row("rwandan-like groups of a count", "Doses 1 2020 8 1234567 1 23 given.");
    row("zimbabwe-like lot code", "Lot 63-12345-X given.");
    row("cedula juridica of a company", "Cédula jurídica 3-101-123456 del proveedor.");
    row("registration of a professional body's year", "Reg. Prof. 12 vigente.");
    row("nuit of the hospital in its letterhead", "HOSPITAL PRIVADO - NUIT 400123456\nFATURA");
    row("zzzs price list of a year", "Doplačilo po ceniku ZZZS 2024; 12 točk.");
    row("a span of years after an article and is", "la cuenta es 2024-2025, la cédula es válida.");
    row("hospital bill amount", "Hospital bill 1,200 paid; outstanding bill of 3 months.");
    row("deposit for admission", "Deposit for admission: 825 000 Ar for the ward.");
    row("amount in thousands groups after a bill", "Factura por 2.379.047 guaraníes, cuenta 1.234.567.");
    row("police with a case number", "Police 24-118830 notified; police RPD-2024-11830 attended.");
    row("arabizi hawiye with a year", "el hawiye 2024 jdide");
    row("x12 control numbers and an organisation's npi", "ISA*00*          *00*          *ZZ*SUBMITTER*ZZ*RECEIVER*240101*1200*^*00501*000000905*0*P*:~\nST*837*0001*005010X222A1~\nNM1*85*2*HOSPITAL*****XX*1234567893~\nNM1*PR*2*PAYER*****PI*87726~");
    row("cin with a count of groups", "CIN 421 163 331 and 12 more.");
    row("hospital iban with a bad check", "Saņēmējs: slimnīca, konts: LV82 UNLA 5224 8703 8910 4.");
  }

  void ignoresAdministrationIdentifierLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Names of hospital administration after the thirty-second family became a development family
  // (seed 3232): X12 NM1 fields, Lao script after labels and titles, Arabic, Dari and Pashto labels,
  // Belarusian and Russian labels, and the greetings of chats in lower case.
  void findsAdministrationNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("X12 subscriber's last name", "ST*837*0001*005010X223A2~ NM1*IL*1*KOWALCZYK*BRIANNA****MI*XTF105147309~ N3*1 MAIN ST~",
        "KOWALCZYK");
    row("X12 subscriber's first name", "ST*837*0001*005010X223A2~ NM1*IL*1*KOWALCZYK*BRIANNA****MI*XTF105147309~ N3*1 MAIN ST~",
        "BRIANNA");
    row("X12 rendering provider's hyphenated name", "HI*ABK:I5023~\nNM1*82*1*TRAN-NGUYEN*HEATHER****XX*1084669274~",
        "TRAN-NGUYEN");
    row("Lao name in brackets", "Patient: Nang Phonesavanh Inthavong (ພອນສະຫວັນ ອິນທະວົງ) ID card: 12-69244948",
        "ພອນສະຫວັນ ອິນທະວົງ");
    row("Lao name after the patient's label and Mrs", "ຊື່ຄົນເຈັບ: ນາງ ມະນີວັນ ວົງສາ ເລກບັດປະຈຳຕົວ: 12-69244948", "ມະນີວັນ ວົງສາ");
    row("Lao cashier", "ລວມ: 968,000 ₭\nພະນັກງານເກັບເງິນ: ຄຳເພັດ ສີສຸພັນ\n", "ຄຳເພັດ ສີສຸພັນ");
    row("Arabic cashier", "المبلغ: 50000 ل.س\nأمين الصندوق: خالد محمود صباغ\n", "خالد محمود صباغ");
    row("Arabic deceased's name", "تسليم جثمان\nاسم المتوفى: ريما محمود الحموي\nالرقم الوطني: 0713", "ريما محمود الحموي");
    row("Arabic patient opening a line", "صلة القرابة: ابنة أخ\nالمريض: لمى أحمد خوري، مواليد 8 آذار 1931", "لمى أحمد خوري");
    row("Dari patient's name", "شفاخانه\nنام مریض: محمد ناصر احمدزی\nنام پدر: عبدالرحیم", "محمد ناصر احمدزی");
    row("Dari father's name", "شفاخانه\nنام مریض: محمد ناصر احمدزی\nنام پدر: گل محمد\n", "گل محمد");
    row("Pashto patient's name", "د ناروغ نوم: حمیدالله احمدزی\nد پلار نوم: سید جان", "حمیدالله احمدزی");
    row("Pashto complainant", "شکایت کوونکی: فرشته سلطانی\nتلیفون: 072 628 3343", "فرشته سلطانی");
    row("Dari cashier", "آدرس: ناحیه 4، کابل\nصندوقدار: مرسل هاشمی\n", "مرسل هاشمی");
    row("Russian cashier", "Итого: 92,81 BYN\nКассир: Лукашэвіч Сяргей Іванавіч\n", "Лукашэвіч Сяргей Іванавіч");
    row("Russian guard", "с 12 по 14 мая 2025 г.\nОхранник: Рамановіч Аляксандр Пятровіч\n", "Рамановіч Аляксандр Пятровіч");
    row("Russian car owner", "Автомобиль: 0391 TP-6\nВладелец: Каваленка Ірына Пятроўна\n", "Каваленка Ірына Пятроўна");
    row("Russian visitor's patient", "Посетитель пришёл\nК пациенту: Жук Наталля Мікалаеўна, отделение 5", "Жук Наталля Мікалаеўна");
    row("Belarusian complaint's patient", "СКАРГА\nПацыент Жук Сяргей Іванавіч, 27 сакавіка 1958 г.", "Жук Сяргей Іванавіч");
    row("Belarusian letter's sender", "Галоўнаму ўрачу ад Лукашэвіч Ірына Іванаўна", "Лукашэвіч Ірына Іванаўна");
    row("Belarusian letter's sender on the next line", "Галоўнаму ўрачу\nад Жук Аляксандр Уладзіміравіч\nг. Гродно",
        "Жук Аляксандр Уладзіміравіч");
    row("Belarusian complaint's patient under the heading", "СКАРГА\nПацыент Навумчык Андрэй Іванавіч, 25 красавіка 1958 г.",
        "Навумчык Андрэй Іванавіч");
    row("Estonian family name box", "REGISTREERIMINE\nPerekonnanimi: Tamm\nEesnimi: Margus\nIsikukood: 34810175994", "Tamm");
    row("Estonian given name box", "REGISTREERIMINE\nPerekonnanimi: Tamm\nEesnimi: Margus\nIsikukood: 34810175994", "Margus");
    row("Estonian contact person", "Kontaktisik: Rein Mägi, 607 8045", "Rein Mägi");
    row("Slovenian payer", "Datum: 24. 5. 2024\nPlačnik: Rok Kos\nEMŠO: 0904978500656", "Rok Kos");
    row("Kinyarwanda cashier", "Umucungamari: Uwase Aline\n", "Uwase Aline");
    row("Belarusian name in lower case in a chat", "гапаненка андрэй уладзіміравіч, добры дзень. рахунак гатовы",
        "гапаненка андрэй уладзіміравіч");
    row("Belarusian name in lower case on a bill", "рахунак за лячэнне рамановіч алена мікалаеўна 248,44 byn",
        "рамановіч алена мікалаеўна");
    row("whom to ask for", "please come with k200.51, ask for lubinda at cash office, or call", "lubinda");
    row("chat speaker before a greeting", "günel: salam, rəşad bəy üçün hesabı göndərə bilərsiz?\nqeydiyyat: göndərdik", "günel");
    row("the greeted before an honorific", "günel: salam, rəşad bəy üçün hesabı göndərə bilərsiz?", "rəşad");
    row("chat export's speaker after a time", "11/11 11:00 - hazel: buenas, ¿cuánto sale la cuenta?", "hazel");
    row("Icelandic greeting", "hæ helga, sigga fær að fara heim 26/1.", "helga");
    row("Kinyarwanda greeting", "muraho théoneste, fagitire yawe inv-2023-71818 ni", "théoneste");
    row("Malagasy greeting and Mrs", "manao ahoana ramatoa fanja, ny faktiora", "fanja");
    row("Shona greeting and grandfather", "mhoro, sekuru kudakwashe vakabuda here?", "kudakwashe");
    row("Dari greeting with jan", "salam gul agha jan, shafakhana: paisa-e pesh", "gul agha");
  }

  void findsAdministrationNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("name"));
  }

  void ignoresAdministrationNameLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("X12 organisation names", "NM1*PR*2*BLUE CROSS PLAN*****PI*87726~ NM1*85*2*GENERAL HOSPITAL*****XX*1234567893~");
    row("X12 payer and clearinghouse", "NM1*40*2*AVAILITY*****46*030240928~ NM1*41*2*BILLING DEPT*****46*TGJ23~");
    row("Lao words without a label", "ໃບແຈ້ງໜີ້ ໂຮງໝໍ ມະໂຫສົດ");
    row("Lao title inside a word", "ຂໍ້ມູນນາງ ໂຮງໝໍ");
    row("Arabic patient's sex inside a line", "جنس المريض: ذكر");
    row("Russian cashier's desk without a name", "Касса: окно 3. Кассир: 2 смена.");
    row("greeting before a question", "salam, necəsiz? buenas, ¿cuánto sale?");
    row("office replies", "reply: ok, la caja abre a las 8");
    row("Estonian boxes without a name", "Patsient: 1\nNimi: -\nTaotleja: 2 lehte");
    row("greeting the doctor", "bom dia doutora, tudo bem?");
    row("ask for help or a receipt", "please ask for help at the desk, or ask for receipt at cash office");
    row("Russian prose in lower case with HIV", "пациент сдал анализ на вич, результат отрицательный");
    row("Russian prose in lower case", "состояние удовлетворительное, дыхание ровное, живот мягкий");
  }

  void ignoresAdministrationNameLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3232, second round: a patient's estimate, incident reports, the Icelandic and Slovenian
  // bill, and a Slovenian court's file of department, register and number (account_plan_labels.cpp,
  // scan_identifiers.cpp).
  void findsAdministrationAccountsOfThirtySecond_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a patient's estimate", "Guarantor: +1 612 405 7613 Estimate FA-2023-205057 dated 02/13/2024", "FA-2023-205057");
    row("an incident report", "PATIENT SAFETY INCIDENT REPORT IR-2025-04426\nDate of incident: 15/06/2025", "IR-2025-04426");
    row("a French adverse-event report", "DÉCLARATION D'ÉVÉNEMENT INDÉSIRABLE IR-2024-26706\nDate : 11/12/2024", "IR-2024-26706");
    row("an Icelandic bill", "REIKNINGUR NR. FA-2023-588896\nDagsetning: 13.9.2025", "FA-2023-588896");
    row("a Slovenian bill in the genitive", "Pritožba zaradi računa FA-2024-170587 in čakanja", "FA-2024-170587");
    row("a Slovenian court's file", "OKRAJNO SODIŠČE V LJUBLJANI Opr. št. I P 8045/2023 Dne 19. aprila 2024", "I P 8045/2023");
    row("an ombudsman's file", "Št. zadeve: RS 109/2023 Datum: 14. avgusta 2024", "RS 109/2023");
    row("a complaint's number with its register", "Reclamo N° I P 1238/2025 Quien suscribe", "I P 1238/2025");
    row("an account's ten digits after an article", "administración: la cuenta 7280530766 es ₲ 116.000, aguardamos", "7280530766");
  }

  void findsAdministrationPersonNumbersOfThirtySecond_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("an Azerbaijani FİN", "Ödəyici: Tural Həsənov FİN: LE34M9X E-poçt: tural@mail.example", "LE34M9X", "mrn");
    row("an Azerbaijani fin in a chat", "sənədləri göndərə bilərsiz? fin bm2995k qeydiyyat: göndərdik", "bm2995k", "mrn");
    row("a Lao NHI card", "Patient: MANIVANH KEOMANY NHI No.: NHI-18-011779 ID card: 15-66114664", "NHI-18-011779", "health_plan");
    row("a Slovenian payer's number", "Starost: 36 Plačnik: 156174781", "156174781", "health_plan");
    row("a New Zealand NHI stays a record number", "NHI: ZAB1234", "ZAB1234", "mrn");
    row("a US financial number stays an account", "FIN 123456789 Guarantor", "123456789", "account");
  }

  void findsAdministrationPersonNumbersOfThirtySecond() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void findsAdministrationAccountsOfThirtySecond() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("account"));
  }

  void ignoresAdministrationAccountLookalikesOfThirtySecond_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an estimate of days and money", "Estimate 2-3 days; estimate 1,250.00 USD; estimate 2024-2025.");
    row("an incident report's count", "Incident report 3 of 12 reviewed; incident report 2024 summary.");
    row("an Icelandic bill's amount", "Reikningur 45.000 kr. greiðist innan 30 daga.");
    row("a Slovenian bill's amount", "Znesek računa 120,50 EUR; zaradi računa 2024.");
    row("a court file's word with a count", "Opr. št. I in II; Št. zadeve: 3 strani.");
    row("a Slovenian payer by name and amount", "Plačnik: ZZZS, 120,50 EUR; plačnik 2024.");
    row("a fin of a fish in a chat", "fin 2 cm cut, fin rot ok");
    row("an account's sum after an article", "la cuenta 116000 guaraníes; la cuenta de 2024; la cuenta 3 veces");
    row("a security incident's report", "SECURITY INCIDENT REPORT  IR-12522 Location: car park");
    row("a privacy incident's report", "PRIVACY INCIDENT REPORT   PI-73000 What happened: misdirected fax");
  }

  void ignoresAdministrationAccountLookalikesOfThirtySecond() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void emptyAndBinaryInput() {
    QVERIFY(detectPhi("").empty());
    static constexpr char kJunk[] = "\xff\xfe\x00\x80 Dr. \xc3";
    const std::string junk(kJunk, sizeof kJunk - 1);  // keeps the embedded NUL, ends mid-character
    (void)detectPhi(junk);  // must not crash or read out of bounds (checked under ASan)
  }
  // Seed 3232, whole spans of names: an Afghan name with the father's after "walad-e" or "bint-e",
  // and an Azerbaijani name with "oğlu" or "qızı" after the father's name, are one span each.
  void keepsWholeSpansOfThirtySecondNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("son of", "Name as on Tazkira: Mohammad Nasir walad-e Gul Mohammad\ne-Tazkira No.: 1399-8368-8284",
        "Mohammad Nasir walad-e Gul Mohammad");
    row("daughter of", "Patient: Fatima bint-e Gul Mohammad\nPhone: 070 123 4567", "Fatima bint-e Gul Mohammad");
    row("Azerbaijani son of", "Pasiyent: Hüseynov Rəşad Vüqar oğlu\nFİN: J5WD0S3", "Hüseynov Rəşad Vüqar oğlu");
    row("Azerbaijani daughter of", "Pasiyent: Hüseynova Leyla Vüqar qızı\nFİN: H9CXXKY", "Hüseynova Leyla Vüqar qızı");
    row("Spanish two family names inverted", "Nombre: BATISTA CASTILLO, Julio César\nCédula: 2-162-2488", "BATISTA CASTILLO, Julio César");
    row("Malagasy Mrs outside", "Caissière : Ramatoa Fanja Randrianarisoa\n", "Fanja Randrianarisoa");
    row("Slovenian Mrs outside", "Naročila: gospa Mojca Novak\n", "Mojca Novak");
    row("Latvian Dear outside", "Cien. Kalniņš kungs!\nNacionālais veselības dienests", "Kalniņš");
    row("Latvian Mrs after a name in capitals", "CIEN. BĒRZIŅA KUNDZE!\nNACIONĀLAIS VESELĪBAS DIENESTS", "BĒRZIŅA");
    row("Azerbaijani Dear and Mrs outside", "Hörmətli Aynur xanım, 1 may 2024 tarixində", "Aynur");
    row("of before a given name", "en calidad de hija de Lucía Sosa Pereira, C.I. 5.865.869-3, presenta", "Lucía Sosa Pereira");
    row("a particle of the family name stays", "Seen by Dr. de Souza today.", "de Souza");
    row("inverted with a particle", "Paciente: RODRÍGUEZ DE LEÓN, Sebastián\nC.I.: 5.121.820-4", "RODRÍGUEZ DE LEÓN, Sebastián");
  }

  void keepsWholeSpansOfThirtySecondNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void keepsThirtySecondNameJoinsApart_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("absent");
    auto row = [](const char* tag, const char* text, const char* absent) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(absent);
    };
    // (No father's name after the link: the words are not taken into the name.)
    row("walad-e before a date", "Registered: Mohammad Nasir walad-e 12 Jan 2024", "walad");
    row("Jan as a month after a name", "Seen by Mohammad Nasir Jan 12 2024", "Jan");
    row("the Malagasy greeting is no name", "MANAO AHOANA RAMATOA LALAO, NY FAKTIORA", "AHOANA");
    row("the cash desk in a chat export", "16/12 03:35 - cajas: buenas tardes, son 69 896 colones", "cajas");
    row("two names of a list in one case", "Present: John Smith, Mary Jones and the charge nurse", ", ");
    row("two names of a list in capitals", "PRESENT: JOHN SMITH, MARY JONES", ", ");
  }

  void keepsThirtySecondNameJoinsApart() {
    QFETCH(QString, text);
    QFETCH(QString, absent);
    const std::string utf8 = text.toStdString();
    for (const Finding& f : detectPhiBytes(utf8)) {
      if (f.category != PhiCategory::Name) continue;
      QVERIFY2(utf8.substr(f.start, f.end - f.start).find(absent.toStdString()) == std::string::npos,
               ("name span took '" + absent.toStdString() + "': " + describe(utf8, detectPhiBytes(utf8))).c_str());
    }
  }

  // Armenian's full stop "։" (U+0589) ends a sentence right after a name or a number; its bytes
  // are no letter of the name or digit of the number (detector.cpp reads it as ". "). (The names
  // were found before too: the Armenian name rules read letters by their code points.)
  void findsValuesBeforeArmenianFullStops_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a birth date", "\u053e\u0576\u057e\u0565\u056c \u0567 12.03.1985\u0589 \u0540\u0565\u057c\u0561\u056d\u0578\u057d\u055d +374 91 234567\u0589",
        "12.03.1985", "date");
    row("a phone at the end", "\u0540\u0565\u057c\u0561\u056d\u0578\u057d\u055d +374 91 234567\u0589", "+374 91 234567", "phone");
    row("a labelled phone", "\u0540\u0565\u057c.\u055d 099 84-22-58\u0589", "099 84-22-58", "phone");
    row("a date after its label", "\u053e\u0576\u0576\u0564\u0575\u0561\u0576 \u0561\u0574\u057d\u0561\u0569\u056b\u057e\u055d 14.07.1979\u0589", "14.07.1979", "date");
    row("a visit's date", "\u0534\u056b\u0574\u0565\u056c \u0567 03.05.2024\u0589 \u0540\u053e\u0540 1234567890\u0589", "03.05.2024", "date");
    row("a social card number", "\u0534\u056b\u0574\u0565\u056c \u0567 03.05.2024\u0589 \u0540\u053e\u0540 1234567890\u0589", "1234567890", "mrn");
    row("an address's flat", "\u0540\u0561\u057d\u0581\u0565\u055d \u0535\u0580\u0587\u0561\u0576, \u0531\u0562\u0578\u057e\u0575\u0561\u0576 12, \u0562\u0576. 5\u0589",
        "\u0535\u0580\u0587\u0561\u0576, \u0531\u0562\u0578\u057e\u0575\u0561\u0576 12, \u0562\u0576. 5", "address");
    row("a passport", "\u0531\u0576\u0571\u0576\u0561\u0563\u056b\u0580\u055d AN1234567\u0589", "AN1234567", "license");
    row("an e-mail", "\u0537\u056c. \u0583\u0578\u057d\u057f\u055d aram.petrosyan@mail.am\u0589", "aram.petrosyan@mail.am", "email");
    row("a name by its -yan", "\u0531\u0575\u057d\u0585\u0580 \u0561\u0575\u0581\u0565\u056c\u0565\u0581 \u053c\u0578\u0582\u057d\u056b\u0576\u0565 \u0533\u0580\u056b\u0563\u0578\u0580\u0575\u0561\u0576\u0589",
        "\u053c\u0578\u0582\u057d\u056b\u0576\u0565 \u0533\u0580\u056b\u0563\u0578\u0580\u0575\u0561\u0576", "name");
    row("a patient's label", "\u0540\u056b\u057e\u0561\u0576\u0564: \u0531\u0580\u0561\u0574 \u054a\u0565\u057f\u0580\u0578\u057d\u0575\u0561\u0576\u0589 \u053e\u0576\u057e\u0565\u056c \u0567 12.03.1985\u0589",
        "\u0531\u0580\u0561\u0574 \u054a\u0565\u057f\u0580\u0578\u057d\u0575\u0561\u0576", "name");
  }

  void findsValuesBeforeArmenianFullStops() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresArmenianSentencesWithoutPhi_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a temperature, a pressure and a visit in six months",
        "\u0540\u0561\u057b\u0578\u0580\u0564 \u0561\u0575\u0581\u0568 6 \u0561\u0574\u057d\u056b\u0581\u0589 \u054b\u0565\u0580\u0574\u0578\u0582\u0569\u0575\u0578\u0582\u0576 37.5\u0589 \u0543\u0576\u0577\u0578\u0582\u0574 120/80\u0589");
    row("a vaccine's dose", "\u054a\u0561\u057f\u057e\u0561\u057d\u057f\u0578\u0582\u0574\u055d 0,5 \u0574\u056c\u0589");
  }

  void ignoresArmenianSentencesWithoutPhi() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Tables, columns and forms of the world (session of 2026-11-28): CSV, TSV, semicolon, pipe and
  // markdown exports, whitespace-aligned boards, JSON and XML keys headed in other languages and
  // scripts (table_headers.cpp), header rows in capitals of accented and Cyrillic letters, and an
  // identifier's label on one line with its value on the next.
  void findsWorldTableColumns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("spanish semicolon export cedula", "apellido;nombre;cédula;teléfono\nGarcía;María José;1.234.567-8;0981 123 456", "1.234.567-8", "license");
    row("spanish semicolon export phone", "apellido;nombre;cédula;teléfono\nGarcía;María José;1.234.567-8;0981 123 456", "0981 123 456", "phone");
    row("russian export patronymic", "Фамилия,Имя,Отчество,СНИЛС,Телефон\nИванов,Пётр,Сергеевич,123-456-789 01,+7 912 345 67 89", "Сергеевич", "name");
    row("russian export snils", "Фамилия,Имя,Отчество,СНИЛС,Телефон\nИванов,Пётр,Сергеевич,123-456-789 01,+7 912 345 67 89", "123-456-789 01", "license");
    row("russian capitals header family name", "ФАМИЛИЯ,ИМЯ,ОТЧЕСТВО,ВОЗРАСТ\nИВАНОВ,ПЁТР,СЕРГЕЕВИЧ,92", "ИВАНОВ", "name");
    row("russian capitals header age", "ФАМИЛИЯ,ИМЯ,ОТЧЕСТВО,ВОЗРАСТ\nИВАНОВ,ПЁТР,СЕРГЕЕВИЧ,92", "92", "age");
    row("russian policy number column", "Номер полиса,Фамилия,Имя\n7755123456789012,Петров,Олег", "7755123456789012", "health_plan");
    row("russian fio and address", "Ф.И.О.;Дата рождения;Адрес\nИванова Анна Петровна;12.03.1958;г. Москва, ул. Ленина, д. 5", "Иванова Анна Петровна", "name");
    row("arabic export name", "الاسم,رقم الهوية,الهاتف,العنوان\nأحمد محمود,1234567890,0501234567,حي النزهة شارع 12", "أحمد محمود", "name");
    row("arabic export identity number", "الاسم,رقم الهوية,الهاتف,العنوان\nأحمد محمود,1234567890,0501234567,حي النزهة شارع 12", "1234567890", "license");
    row("arabic export phone", "الاسم,رقم الهوية,الهاتف,العنوان\nأحمد محمود,1234567890,0501234567,حي النزهة شارع 12", "0501234567", "phone");
    row("arabic export address", "الاسم,رقم الهوية,الهاتف,العنوان\nأحمد محمود,1234567890,0501234567,حي النزهة شارع 12", "حي النزهة شارع 12", "address");
    row("chinese export name", "姓名,身份证号,电话,住址\n王小明,110101195803120017,13812345678,北京市朝阳区建国路88号", "王小明", "name");
    row("chinese export identity card", "姓名,身份证号,电话,住址\n王小明,110101195803120017,13812345678,北京市朝阳区建国路88号", "110101195803120017", "license");
    row("chinese export phone", "姓名,身份证号,电话,住址\n王小明,110101195803120017,13812345678,北京市朝阳区建国路88号", "13812345678", "phone");
    row("korean export name", "이름,주민등록번호,전화번호,주소\n김민수,580312-1234567,010-1234-5678,서울시 강남구 테헤란로 123", "김민수", "name");
    row("korean export resident number", "이름,주민등록번호,전화번호,주소\n김민수,580312-1234567,010-1234-5678,서울시 강남구 테헤란로 123", "580312-1234567", "license");
    row("korean export address", "이름,주민등록번호,전화번호,주소\n김민수,580312-1234567,010-1234-5678,서울시 강남구 테헤란로 123", "서울시 강남구 테헤란로 123", "address");
    row("japanese export name", "氏名,患者ID,生年月日,電話番号\n山田太郎,P-0012345,1958/03/12,090-1234-5678", "山田太郎", "name");
    row("indonesian export bpjs", "nama,nik,no_bpjs,tgl_lahir,alamat,no_hp\nSiti Aminah,3201014503580001,0001234567891,12-03-1958,Jl. Merdeka No. 5,081234567890", "0001234567891", "health_plan");
    row("ecuadorian export numero_cedula", "numero_cedula,nombres,apellidos,celular\n1712345678,Ana Lucía,Torres Vega,0991234567", "1712345678", "license");
    row("brazilian markdown cartao sus", "| Nome | CPF | Cartão SUS | Telefone |\n|---|---|---|---|\n| João Silva | 123.456.789-09 | 898 0012 3456 7890 | (11) 98765-4321 |", "898 0012 3456 7890", "health_plan");
    row("turkish export kimlik", "Ad,Soyad,TC Kimlik No,Doğum Tarihi,Telefon\nAyşe,Yılmaz,12345678901,12.03.1958,0532 123 45 67", "12345678901", "license");
    row("turkish export given name", "Ad,Soyad,TC Kimlik No,Doğum Tarihi,Telefon\nAyşe,Yılmaz,12345678901,12.03.1958,0532 123 45 67", "Ayşe", "name");
    row("vietnamese export name", "họ_tên,ngày_sinh,số_cccd,số_điện_thoại\nNguyễn Văn An,12/03/1958,001058012345,0912345678", "Nguyễn Văn An", "name");
    row("vietnamese export cccd", "họ_tên,ngày_sinh,số_cccd,số_điện_thoại\nNguyễn Văn An,12/03/1958,001058012345,0912345678", "001058012345", "license");
    row("vietnamese export phone", "họ_tên,ngày_sinh,số_cccd,số_điện_thoại\nNguyễn Văn An,12/03/1958,001058012345,0912345678", "0912345678", "phone");
    row("hebrew export family name", "שם משפחה,שם פרטי,תעודת זהות,טלפון\nכהן,דוד,123456782,050-1234567", "כהן", "name");
    row("hebrew export identity number", "שם משפחה,שם פרטי,תעודת זהות,טלפון\nכהן,דוד,123456782,050-1234567", "123456782", "license");
    row("polish export pesel", "Imię i nazwisko;PESEL;Telefon\nJan Kowalski;58031212345;600 123 456", "58031212345", "mrn");
    row("polish export name", "Imię i nazwisko;PESEL;Telefon\nJan Kowalski;58031212345;600 123 456", "Jan Kowalski", "name");
    row("italian tab export codice fiscale", "Nome\tCognome\tCodice fiscale\tTelefono\nMario\tRossi\tRSSMRA58C12H501Z\t333 1234567", "RSSMRA58C12H501Z", "license");
    row("spanish historia clinica column", "Nº de historia clínica;Apellidos;Nombre\n123456;García López;María", "123456", "mrn");
    row("spanish capitals header phone", "CÉDULA;NOMBRE;TELÉFONO\n1712345678;JUAN PÉREZ;0991234567", "0991234567", "phone");
    row("spanish json cedula", "{\"nombre\": \"María García\", \"cedula\": \"1712345678\"}", "1712345678", "license");
    row("spanish xml dni", "<paciente><nombre>María García</nombre><dni>12345678Z</dni></paciente>", "12345678Z", "license");
    row("hindi export name", "नाम,आधार संख्या,मोबाइल\nराम कुमार,1234 5678 9012,98765 43210", "राम कुमार", "name");
    row("cyrillic board name", "ИМЯ        ВОЗРАСТ   ПАЛАТА\nАнна Иванова  93   12", "Анна Иванова", "name");
    row("cyrillic board age", "ИМЯ        ВОЗРАСТ   ПАЛАТА\nАнна Иванова  93   12", "93", "age");
    row("german board with a long header", "Nachname  Vorname  Geburtsdatum  KVNR\nMüller    Hans     12.03.1958    A123456789", "Müller", "name");
    row("record number on the next line", "MRN\n00456789\nBed\n12B", "00456789", "mrn");
    row("identity card on the next line", "Cédula de identidad\n1712345678", "1712345678", "license");
    row("thai export identity card", "ชื่อ-สกุล,เลขบัตรประชาชน,เบอร์โทร\nสมชาย ใจดี,1234567890123,081-234-5678", "1234567890123", "license");
    row("thai export name", "ชื่อ-สกุล,เลขบัตรประชาชน,เบอร์โทร\nสมชาย ใจดี,1234567890123,081-234-5678", "สมชาย ใจดี", "name");
    row("thai card identity number on the next line", "เลขบัตรประชาชน\n1234567890123", "1234567890123", "license");
    row("spanish register board phone", "REGISTRO DE INGRESOS - MARZO\n\nNº  Apellidos y nombres     DNI         Teléfono\n1   García López, María     12345678    612 345 678", "612 345 678", "phone");
    row("french xml family name key", "<patient><nomFamille>Dupont</nomFamille><telephoneMobile>0612345678</telephoneMobile></patient>", "Dupont", "name");
    row("colombian export document number", "Tipo Doc.;Nro. Doc.;Apellidos;Nombres;F. Nac.;Cel.\nCC;1020304050;Gómez Ruiz;Luis Alberto;12/03/1958;310 123 4567", "1020304050", "license");
    row("colombian export phone under an abbreviated header", "Tipo Doc.;Nro. Doc.;Apellidos;Nombres;F. Nac.;Cel.\nCC;1020304050;Gómez Ruiz;Luis Alberto;12/03/1958;310 123 4567", "310 123 4567", "phone");
    row("peruvian export document number", "Tipo documento,Número documento,Nombre completo,Fecha nacimiento,Teléfono\nDNI,12345678,Juan Pérez,12/03/1958,987654321", "12345678", "license");
    row("insurance column in capitals", "PATIENT | DOB | MRN | INSURANCE\nDOE, JANE | 03/12/1958 | 00456789 | XEH123456789", "XEH123456789", "health_plan");
    row("indonesian pipe table record number", "No. | Nama Pasien | No. RM | No. BPJS | Alamat\n1 | Siti Aminah | 123456 | 0001234567891 | Jl. Merdeka No. 5", "123456", "mrn");
    row("indonesian pipe table address", "No. | Nama Pasien | No. RM | No. BPJS | Alamat\n1 | Siti Aminah | 123456 | 0001234567891 | Jl. Merdeka No. 5", "Jl. Merdeka No. 5", "address");
    row("vietnamese pipe table address under a capital d", "Họ và tên | Năm sinh | Số BHYT | Địa chỉ\nNguyễn Văn An | 1958 | DN4010123456789 | 12 Lê Lợi, Q1", "12 Lê Lợi, Q1", "address");
    row("turkish export dotted kimlik header", "Soyadı;Adı;T.C. Kimlik No;Cep Tel\nYılmaz;Ayşe;12345678901;0532 123 45 67", "12345678901", "license");
    row("turkish export given name", "Soyadı;Adı;T.C. Kimlik No;Cep Tel\nYılmaz;Ayşe;12345678901;0532 123 45 67", "Ayşe", "name");
    row("greek export name", "Επώνυμο,Όνομα,ΑΜΚΑ,Τηλέφωνο\nΠαπαδόπουλος,Γιώργος,12035812345,6912345678", "Παπαδόπουλος", "name");
    row("greek export phone", "Επώνυμο,Όνομα,ΑΜΚΑ,Τηλέφωνο\nΠαπαδόπουλος,Γιώργος,12035812345,6912345678", "6912345678", "phone");
    row("thai export name", "ชื่อ,นามสกุล,โทรศัพท์\nสมชาย,ใจดี,081-234-5678", "081-234-5678", "phone");
    row("persian export father's name", "نام,نام خانوادگی,نام پدر,تلفن\nعلی,احمدی,حسین,09121234567", "احمدی", "name");
    row("spanish aligned report keeps the date's cell", "Fecha      Resultado\n12/03/2024     normal", "12/03/2024", "date");
    row("ukrainian export name", "Прізвище;Ім'я;По батькові;Телефон\nШевченко;Тарас;Григорович;067 123 4567", "Григорович", "name");
  }

  void findsWorldTableColumns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Columns of the same tables that hold no PHI: doses, lots, beds, amounts, codes, lab values, a
  // facility's own code, order numbers, a count under an identity column, a confidence interval.
  void ignoresWorldTableLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("spanish pharmacy columns", "Medicamento;Dosis;Lote;Cama;Monto\nAmoxicilina;500 mg;L2345;12B;1.250,00");
    row("spanish billing codes and an order number", "Código;Descripción;Cantidad;Monto;Nro\n99213;Consulta;1;45.000;12345678");
    row("russian pharmacy columns", "Лекарство;Доза;Серия;Палата;Сумма\nАмоксициллин;500 мг;AB1234;12;1 250,00");
    row("json lot bed and amount", "{\"lote\": \"L2345\", \"cama\": \"12B\", \"monto\": \"1250\", \"codigo\": \"99213\"}");
    row("facility code column", "No,NIK Faskes,Kode,Jumlah\n1,0123R001,A09,12");
    row("register board with an extension", "Apellidos y nombres     Cama   Teléfono\nSin asignar     12B    ext. 2345");
    row("thai ward table", "หอผู้ป่วย,เตียง,ขนาดยา\n3,12,500");
    row("document number column with a count", "Nro. Doc.;Apellidos;Cantidad\n12;(sin datos);3");
    row("abbreviated headers of a pharmacy table", "Nro. Lote;F. Venc.;Cant.\nL2345;;12");
    row("confidence interval column", "Rp,Dosis,CI\n1,2,95% 1.2-3.4");
    row("lot on the next line", "Lot:\nL234567");
    row("room and order on the next lines", "Room:\n412\nOrder #:\n88812345");
    row("cedula column with a count", "Nombre;Cédula;Cama\n(sin nombre);12;4B");
    row("german medication board", "Medikament     Dosis    Zimmer   Uhrzeit\nAmoxicillin    500 mg   12       08:00");
    row("russian lab board", "Показатель   Результат   Норма\nГемоглобин   123   120-160");
    row("russian order numbers", "Номер заказа;Сумма;Количество\n88812345;1 250,00;3");
    row("russian age column under ninety", "ФАМИЛИЯ;ВОЗРАСТ;ПАЛАТА\n(не указано);45;12");
    row("arabic ward table of beds", "الغرفة,السرير,الجرعة\n12,3,500");
    row("chinese drug table", "药品,剂量,数量,金额\n阿莫西林,500mg,2,45.00");
    row("korean ward table", "병동,병상,수량\n3,12,2");
    row("next-line label with a sentence", "MRN:\nnot yet assigned; see admission note 12 of the ward");
  }

  void ignoresWorldTableLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Labels and values as two cells (session of 2026-11-28, scan_label_values.cpp): vertical tables
  // of two columns ("| Cédula | 1712345678 |", "label<TAB>value") and a form's label on the line
  // over its value ("ФАМИЛИЯ\nИВАНОВ"), read by the header tables.
  void findsWorldLabelValueCells_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("vertical markdown table cedula", "| Campo | Valor |\n|---|---|\n| Nombre | María García |\n| Cédula | 1712345678 |\n| Historia clínica | 456789 |", "1712345678", "license");
    row("vertical markdown table record number", "| Campo | Valor |\n|---|---|\n| Nombre | María García |\n| Cédula | 1712345678 |\n| Historia clínica | 456789 |", "456789", "mrn");
    row("vertical markdown table address", "| Campo | Valor |\n|---|---|\n| Dirección | Av. Amazonas N34-12 |\n| Teléfono | 0991234567 |", "Av. Amazonas N34-12", "address");
    row("vertical russian table snils", "| Поле | Значение |\n|---|---|\n| ФИО | Иванов Пётр Сергеевич |\n| СНИЛС | 123-456-789 01 |", "123-456-789 01", "license");
    row("two-cell rows insurance id", "MRN | 00456789\nInsurance ID | XEH123456789", "XEH123456789", "health_plan");
    row("tab pairs cedula", "Nombre\tMaría García\nCédula\t1712345678", "1712345678", "license");
    row("form label over its value name in capitals", "NOMBRE Y APELLIDOS\nMARÍA GARCÍA LÓPEZ\nDNI\n12345678Z", "MARÍA GARCÍA LÓPEZ", "name");
    row("form label over its value dni", "NOMBRE Y APELLIDOS\nMARÍA GARCÍA LÓPEZ\nDNI\n12345678Z", "12345678Z", "license");
    row("russian card family name", "ФАМИЛИЯ\nИВАНОВ\nИМЯ\nПЁТР\nДАТА РОЖДЕНИЯ\n12.03.1958", "ИВАНОВ", "name");
    row("russian card given name", "ФАМИЛИЯ\nИВАНОВ\nИМЯ\nПЁТР\nДАТА РОЖДЕНИЯ\n12.03.1958", "ПЁТР", "name");
    row("arabic card name", "الاسم\nأحمد محمود\nالهاتف\n0501234567", "أحمد محمود", "name");
    row("arabic card phone", "الاسم\nأحمد محمود\nالهاتف\n0501234567", "0501234567", "phone");
    row("next of kin over a title", "Next of kin\nMrs. Ana Ruiz\nRelationship\nDaughter", "Ana Ruiz", "name");
  }

  void findsWorldLabelValueCells() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Remarks under a label, blank forms, a form's line of two pairs, and cells of lots, beds, doses,
  // dates to come and young ages.
  void ignoresWorldLabelValueLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("name label over none", "Name\nNone");
    row("address label over a remark", "Address\nSee above");
    row("email label over a remark", "Email\nNot provided");
    row("record number label over a sentence", "MRN:\nnot yet assigned; see admission note 12 of the ward");
    row("blank form of labels", "Nombre\nApellidos\nCédula\nTeléfono");
    row("chinese pairs of a drug line", "药品：阿莫西林\t剂量：500mg");
    row("vertical table of lot bed and amount", "| Lote | L2345 |\n| Cama | 12B |\n| Monto | 1.250,00 |");
    row("form lines of bed lot and dose", "Cama\n12B\nLote\nL2345\nDosis\n500 mg");
    row("date label over a word", "Fecha\nPendiente");
    row("age label over a young age", "Edad\n45");
    row("name label over a drug and dose", "Name | Paracetamol 500 mg");
  }

  void ignoresWorldLabelValueLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Letters' address blocks with no label, worldwide (scan_address_blocks.cpp): the lines under the
  // recipient's name from the first street, house, plot or box line on, in each country's order;
  // never a facility's letterhead, an office's block, nor lines of measures, lots, rooms and kits.
  void findsLetterAddressBlocks_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("zambian district line", "Ms Mwila Banda\nPlot 2345, Chilimbulu Road\nLibala South\nLusaka\n\nDear Ms Banda,",
        "Libala South", "address");
    row("zambian plot line", "Ms Mwila Banda\nPlot 2345, Chilimbulu Road\nLibala South\nLusaka\n\nDear Ms Banda,",
        "Plot 2345, Chilimbulu Road", "address");
    row("zambian town line", "Ms Mwila Banda\nPlot 2345, Chilimbulu Road\nLibala South\nLusaka\n\nDear Ms Banda,",
        "Lusaka", "address");
    row("nicaraguan directions", "Sra. Mar\u00eda L\u00f3pez Ruiz\nBarrio Altagracia, de la iglesia 2 c. al sur, 1 c. abajo\nManagua",
        "Barrio Altagracia, de la iglesia 2 c. al sur, 1 c. abajo", "address");
    row("nicaraguan town", "Sra. Mar\u00eda L\u00f3pez Ruiz\nBarrio Altagracia, de la iglesia 2 c. al sur, 1 c. abajo\nManagua",
        "Managua", "address");
    row("russian street line", "\u041f\u0435\u0442\u0440\u043e\u0432\u043e\u0439 \u0410\u043d\u043d\u0435 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0435\n\u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, \u0434. 5, \u043a\u0432. 12\n\u0433. \u041a\u0430\u0437\u0430\u043d\u044c, 420111\n\n\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u0430\u044f \u0410\u043d\u043d\u0430 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0430!",
        "\u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, \u0434. 5, \u043a\u0432. 12", "address");
    row("russian town and index", "\u041f\u0435\u0442\u0440\u043e\u0432\u043e\u0439 \u0410\u043d\u043d\u0435 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0435\n\u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, \u0434. 5, \u043a\u0432. 12\n\u0433. \u041a\u0430\u0437\u0430\u043d\u044c, 420111\n\n\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u0430\u044f \u0410\u043d\u043d\u0430 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0430!",
        "\u0433. \u041a\u0430\u0437\u0430\u043d\u044c, 420111", "address");
    row("ukrainian town and index", "\u0428\u0435\u0432\u0447\u0435\u043d\u043a\u043e \u041e\u043b\u0435\u043d\u0456 \u041f\u0435\u0442\u0440\u0456\u0432\u043d\u0456\n\u0432\u0443\u043b. \u0425\u0440\u0435\u0449\u0430\u0442\u0438\u043a, \u0431\u0443\u0434. 22, \u043a\u0432. 7\n\u043c. \u041a\u0438\u0457\u0432, 01001",
        "\u043c. \u041a\u0438\u0457\u0432, 01001", "address");
    row("japanese address under the postcode", "\u3012150-0002\n\u6771\u4eac\u90fd\u6e0b\u8c37\u533a\u6e0b\u8c372-21-1\n\u5c71\u7530 \u592a\u90ce \u69d8",
        "\u6771\u4eac\u90fd\u6e0b\u8c37\u533a\u6e0b\u8c372-21-1", "address");
    row("korean envelope", "\uc11c\uc6b8\ud2b9\ubcc4\uc2dc \uac15\ub0a8\uad6c \ud14c\ud5e4\ub780\ub85c 152, 101\ub3d9 1203\ud638\n\uae40\ubbfc\uc218 \ub2d8 \uadc0\ud558",
        "\uc11c\uc6b8\ud2b9\ubcc4\uc2dc \uac15\ub0a8\uad6c \ud14c\ud5e4\ub780\ub85c 152, 101\ub3d9 1203\ud638", "address");
    row("chinese envelope", "\u5317\u4eac\u5e02\u671d\u9633\u533a\u5efa\u56fd\u8def88\u53f73\u53f7\u697c2\u5355\u5143501\u5ba4\n\u738b\u82b3 \u6536",
        "\u5317\u4eac\u5e02\u671d\u9633\u533a\u5efa\u56fd\u8def88\u53f73\u53f7\u697c2\u5355\u5143501\u5ba4", "address");
    row("emirati town under a box", "Mr. Ahmed Al Mansoori\nP.O. Box 12345\nAl Ain, Abu Dhabi\n\nDear Mr. Al Mansoori,",
        "Al Ain, Abu Dhabi", "address");
    row("omani town under a box", "Mr. Khalid Hassan\nPO Box 2231, Ruwi 112\nMuscat, Sultanate of Oman",
        "Muscat, Sultanate of Oman", "address");
    row("egyptian district line", "\u0627\u0644\u0633\u064a\u062f/ \u0645\u062d\u0645\u062f \u0623\u062d\u0645\u062f \u0639\u0644\u064a\n\u0634\u0627\u0631\u0639 \u0627\u0644\u062a\u062d\u0631\u064a\u0631\u060c \u0639\u0645\u0627\u0631\u0629 5\u060c \u0634\u0642\u0629 12\n\u0627\u0644\u062f\u0642\u064a\u060c \u0627\u0644\u062c\u064a\u0632\u0629",
        "\u0627\u0644\u062f\u0642\u064a\u060c \u0627\u0644\u062c\u064a\u0632\u0629", "address");
    row("indian town with pin", "To,\nShri Ramesh Kumar\nS/o Late Shri Mohan Lal\nH.No. 12-3-45, Near Hanuman Temple\nBanjara Hills, Hyderabad - 500034\nTelangana",
        "Banjara Hills, Hyderabad - 500034", "address");
    row("indian state line", "To,\nShri Ramesh Kumar\nS/o Late Shri Mohan Lal\nH.No. 12-3-45, Near Hanuman Temple\nBanjara Hills, Hyderabad - 500034\nTelangana",
        "Telangana", "address");
    row("honduran estate", "Sr. Carlos Mej\u00eda\nResidencial Las Hadas, casa 14, bloque B\nTegucigalpa, M.D.C.",
        "Residencial Las Hadas, casa 14, bloque B", "address");
    row("french street after the number", "Madame Claire Dubois\n12, rue des Lilas\n69003 Lyon",
        "12, rue des Lilas", "address");
    row("french town after its postcode", "Madame Claire Dubois\n12, rue des Lilas\n69003 Lyon",
        "Lyon", "address");
    row("french postcode apart", "Madame Claire Dubois\n12, rue des Lilas\n69003 Lyon",
        "69003", "zip");
    row("brazilian bairro", "Ilmo. Sr. Jo\u00e3o da Silva\nRua das Flores, 123, apto 45\nBairro Centro\n01001-000 S\u00e3o Paulo - SP",
        "Bairro Centro", "address");
    row("brazilian cep and town", "Ilmo. Sr. Jo\u00e3o da Silva\nRua das Flores, 123, apto 45\nBairro Centro\n01001-000 S\u00e3o Paulo - SP",
        "01001-000 S\u00e3o Paulo - SP", "address");
    row("kenyan town under a box", "Mr. Otieno Odhiambo\nP.O. Box 4567-00100\nNairobi\n\nDear Mr. Odhiambo,",
        "Nairobi", "address");
    row("nigerian district and town", "Mrs. Ngozi Eze\nc/o Mr. Chukwu Eze\n15 Adeola Odeku Street\nVictoria Island, Lagos",
        "Victoria Island, Lagos", "address");
    row("filipino block and lot", "Mr. Jose Santos\nBlk 5 Lot 12, Sampaguita St.\nBrgy. San Isidro, Quezon City\n1100 Metro Manila",
        "Blk 5 Lot 12, Sampaguita St", "address");
    row("filipino barangay", "Mr. Jose Santos\nBlk 5 Lot 12, Sampaguita St.\nBrgy. San Isidro, Quezon City\n1100 Metro Manila",
        "Brgy. San Isidro, Quezon City", "address");
    row("filipino postcode and region", "Mr. Jose Santos\nBlk 5 Lot 12, Sampaguita St.\nBrgy. San Isidro, Quezon City\n1100 Metro Manila",
        "1100 Metro Manila", "address");
    row("polish street without a comma", "Pan\nJan Kowalski\nul. D\u0142uga 5 m. 3\n00-238 Warszawa",
        "ul. D\u0142uga 5 m. 3", "address");
    row("polish postcode and town", "Pan\nJan Kowalski\nul. D\u0142uga 5 m. 3\n00-238 Warszawa",
        "00-238 Warszawa", "address");
    row("turkish quarter and street", "Say\u0131n Ay\u015fe Y\u0131lmaz\nAtat\u00fcrk Mah. G\u00fcl Sok. No: 5 D: 3\n34000 Fatih/\u0130stanbul",
        "Atat\u00fcrk Mah. G\u00fcl Sok. No: 5 D: 3", "address");
    row("spanish calle with a slash", "D.\u00aa Carmen Ruiz G\u00f3mez\nC/ Mayor, 12, 3.\u00ba B\n28013 Madrid",
        "C/ Mayor, 12, 3.\u00ba B", "address");
    row("colombian capital district", "Se\u00f1or\nAndr\u00e9s G\u00f3mez\nCarrera 7 # 45-23, apto 302\nBogot\u00e1 D.C.",
        "Bogot\u00e1 D.C.", "address");
    row("argentine postcode line", "Sra. Luc\u00eda Fern\u00e1ndez\nAv. Corrientes 1234, 5\u00b0 B\nC1043AAZ CABA",
        "C1043AAZ CABA", "address");
    row("ghanaian digital address", "Madam Akosua Boateng\nGA-123-4567\nDansoman, Accra",
        "GA-123-4567", "address");
    row("ghanaian district and town", "Madam Akosua Boateng\nGA-123-4567\nDansoman, Accra",
        "Dansoman, Accra", "address");
    row("british flat line", "Mrs Jane Okafor\nFlat 3, Rosewood House\n14 Elm Grove\nLeeds\nLS6 2AB",
        "Flat 3, Rosewood House", "address");
    row("british town line", "Mrs Jane Okafor\nFlat 3, Rosewood House\n14 Elm Grove\nLeeds\nLS6 2AB",
        "Leeds", "address");
    row("quebec town before its postcode", "Mme Sophie Tremblay\n123, rue Principale\nMontr\u00e9al (Qu\u00e9bec)  H2X 1Y4",
        "Montr\u00e9al (Qu\u00e9bec)", "address");
    row("australian unit before the street", "Mrs Karen Walsh\nUnit 5, 12 Smith Street\nParramatta NSW 2150",
        "Unit 5, 12 Smith Street", "address");
    row("sri lankan house and its part", "Mr. Sunil Perera\n45/2, Galle Road\nColombo 03",
        "45/2, Galle Road", "address");
    row("sri lankan town and district", "Mr. Sunil Perera\n45/2, Galle Road\nColombo 03",
        "Colombo 03", "address");
    row("indian landmark line", "Smt. Lakshmi Devi\nW/o Shri Ravi Kumar\nD.No. 4-56, Gandhi Nagar\nNear Bus Stand\nVijayawada - 520003\nAndhra Pradesh",
        "Near Bus Stand", "address");
    row("a certificate's residing at", "This is to certify that Ms. Grace Mwale, residing at Plot 12, Kabulonga Road, Lusaka, was seen today.",
        "Plot 12, Kabulonga Road, Lusaka", "address");
    row("a letter's resident of", "Mr. Juma Ali, resident of Plot 45, Mombasa Road, Nairobi, attended the clinic on 3 March 2025.",
        "Plot 45, Mombasa Road, Nairobi", "address");
    row("a russian certificate's po adresu", "\u0421\u043f\u0440\u0430\u0432\u043a\u0430 \u0432\u044b\u0434\u0430\u043d\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0443 \u0418\u0432\u0430\u043d\u0443 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u0438\u0447\u0443, \u043f\u0440\u043e\u0436\u0438\u0432\u0430\u044e\u0449\u0435\u043c\u0443 \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443: \u0433. \u041a\u0430\u0437\u0430\u043d\u044c, \u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, \u0434. 5, \u043a\u0432. 12.",
        "\u0433. \u041a\u0430\u0437\u0430\u043d\u044c, \u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, \u0434. 5, \u043a\u0432. 12", "address");
    row("an indian house number of three parts in a block", "Shri Ramesh Kumar\nH.No. 12-3-45, Near Hanuman Temple\nBanjara Hills, Hyderabad - 500034",
        "H.No. 12-3-45, Near Hanuman Temple", "address");
    row("an indian house number after a label", "Address: H.No. 12-3-45, Near Hanuman Temple, Banjara Hills, Hyderabad - 500034",
        "H.No. 12-3-45, Near Hanuman Temple, Banjara Hills, Hyderabad - 500034", "address");
    row("a date of three parts stays a date", "Seen on 12-3-45 at the clinic.",
        "12-3-45", "date");
    row("a us town line keeps its zip apart", "Uyaquq Tsosie-Blas\nMile 65.3 Steese Hwy\nOcotillo Wells Ranch, NM  88034\n\nDear Uyaquq,",
        "88034", "zip");
    row("a us town line without its zip", "Uyaquq Tsosie-Blas\nMile 65.3 Steese Hwy\nOcotillo Wells Ranch, NM  88034\n\nDear Uyaquq,",
        "Ocotillo Wells Ranch, NM", "address");
  }

  void findsLetterAddressBlocks() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLetterAddressBlockLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a hospital's letterhead block", "City General Hospital\nPlot 2345, Chilimbulu Road\nLibala South\nLusaka");
    row("a ministry's address block", "Ministry of Health\nPlot 12, Independence Avenue\nLusaka");
    row("an insurer's address block", "Madison Insurance\nPlot 255, Kaleya Road\nRoma\nLusaka");
    row("a court registry's block", "High Court Registry\nPlot 12, Independence Avenue\nLusaka");
    row("a university hospital's block", "University Teaching Hospital\nNationalist Road 1\nLusaka");
    row("a department's block", "Department of Cardiology\nBlock 14, Level 3\nMain Building");
    row("vital signs lines", "Vital signs\nWeight 65 kg, BMI 29.3\nBP 148/86, HR 80");
    row("a vaccine's lot lines", "Influenza vaccine\nLot 4471-37, exp 11/2027\nGiven in the left deltoid");
    row("a clinic's directions", "Outpatient Clinic\nBlock C, 2nd floor\nOpen 08:00-16:00");
    row("a bed's block", "Patient transfer\nBlock 5, Bed 12\nLevel 2");
    row("a hoist's checklist", "Hoist Safety Checklist\nSWL 140 KG; SLING CHECKED\nBattery 24 V");
    row("an exercise plan", "Exercise Plan\n6-minute walk test 312 m\nBorg 4/10");
    row("a dialysis line", "ICU Plan\nCRRT via Prismaflex, effluent 25 mL/kg/h\nCitrate");
    row("a kit's box", "Sample Kit\nBox 12 of 40, kit 3\nReturn To Lab");
    row("a training room", "Training Room\nBuilding 4, Room 214\nLevel 2");
    row("a dose's lines", "Instructions\nTake 2 tablets, 500 mg\nTwice Daily");
    row("a renal unit's block", "Renal Unit 5\nPlot 12, Independence Avenue\nLusaka");
    row("an accounts office's box", "Patient Accounts Office\nPO Box 4455\nLusaka");
    row("a resident of a nursing home", "She is a resident of the nursing home since 2019, walks with a frame.");
    row("residing at a shelter's bed", "Currently residing at the shelter, bed 12, until placement.");
    row("a resident of a ward", "A resident of Ward 5, Block B for three weeks.");
    row("a russian po adresu of a desk", "\u0421\u043f\u0440\u0430\u0432\u043a\u0430 \u0432\u044b\u0434\u0430\u043d\u0430 \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443: \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0442\u0443\u0440\u0430, \u043e\u043a\u043d\u043e 3.");
  }

  void ignoresLetterAddressBlockLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Names in letters (scan_address_blocks.cpp, name_tables.cpp): the addressee of a Cyrillic,
  // Arabic or East Asian envelope, and the salutations and closings around a name that are none.
  void findsLetterNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("cyrillic addressee above the street", "\u041f\u0435\u0442\u0440\u043e\u0432\u043e\u0439 \u0410\u043d\u043d\u0435 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0435\n\u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, \u0434. 5, \u043a\u0432. 12\n\u0433. \u041a\u0430\u0437\u0430\u043d\u044c, 420111",
        "\u041f\u0435\u0442\u0440\u043e\u0432\u043e\u0439 \u0410\u043d\u043d\u0435 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0435", "name");
    row("arabic addressee after the title's slash", "\u0627\u0644\u0633\u064a\u062f/ \u0645\u062d\u0645\u062f \u0623\u062d\u0645\u062f \u0639\u0644\u064a\n\u0634\u0627\u0631\u0639 \u0627\u0644\u062a\u062d\u0631\u064a\u0631\u060c \u0639\u0645\u0627\u0631\u0629 5\u060c \u0634\u0642\u0629 12\n\u0627\u0644\u062f\u0642\u064a\u060c \u0627\u0644\u062c\u064a\u0632\u0629",
        "\u0645\u062d\u0645\u062f \u0623\u062d\u0645\u062f \u0639\u0644\u064a", "name");
    row("japanese addressee before sama", "\u3012150-0002\n\u6771\u4eac\u90fd\u6e0b\u8c37\u533a\u6e0b\u8c372-21-1\n\u5c71\u7530 \u592a\u90ce \u69d8",
        "\u5c71\u7530 \u592a\u90ce", "name");
    row("korean addressee before nim", "\uc11c\uc6b8\ud2b9\ubcc4\uc2dc \uac15\ub0a8\uad6c \ud14c\ud5e4\ub780\ub85c 152, 101\ub3d9 1203\ud638\n\uae40\ubbfc\uc218 \ub2d8 \uadc0\ud558",
        "\uae40\ubbfc\uc218", "name");
    row("chinese addressee before shou", "\u5317\u4eac\u5e02\u671d\u9633\u533a\u5efa\u56fd\u8def88\u53f73\u53f7\u697c2\u5355\u5143501\u5ba4\n\u738b\u82b3 \u6536",
        "\u738b\u82b3", "name");
    row("spanish salutation keeps the surname alone", "Estimada Sra. L\u00f3pez:\n\nLe escribimos por su cita.",
        "L\u00f3pez", "name");
    row("portuguese salutation keeps the name alone", "Prezada Sra. Maria Souza,\n\nInformamos",
        "Maria Souza", "name");
  }

  void findsLetterNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLetterNameLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("polish salutation", "Szanowny Panie,\n\nUprzejmie informujemy o terminie wizyty.");
    row("spanish salutation without a name", "Estimada se\u00f1ora:\n\nLe informamos de su cita.");
    row("a signature's specialty", "Atentamente,\nM\u00e9dico Internista");
    row("portuguese salutation without a name", "Prezado senhor,\n\nInformamos que a consulta foi marcada.");
    row("italian salutation of a doctor", "Egregio Dottore,\n\nLe scriviamo");
    row("spanish salutation of a director", "Estimado Sr. Director:\n\nLe escribimos.");
    row("a russian head without a name", "\u0413\u043b\u0430\u0432\u043d\u043e\u043c\u0443 \u0432\u0440\u0430\u0447\u0443\n\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0431\u043e\u043b\u044c\u043d\u0438\u0446\u044b");
  }

  void ignoresLetterNameLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Dates by layout, worldwide (the session of 2026-11-28): the calendars and scripts records of
  // the world date by (Thai Buddhist era, Taiwan's Minguo, Japanese eras in full-width digits,
  // Chinese numerals, the Hijri months, the Bikram Sambat and the Bengali calendar, Solar Hijri
  // in Persian digits) and months in Thai, Hindi, Nepali, Bengali, Urdu, Greek and Hebrew.
  void findsDatesOfWorldCalendars_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("thai digits and abbreviated month", "วันที่ ๓ มี.ค. ๒๕๖๘ มาตรวจตามนัด", "๓ มี.ค. ๒๕๖๘");
    row("thai two-digit buddhist year", "นัด 3 มี.ค. 68 เวลา 09.00 น.", "3 มี.ค. 68");
    row("thai abbreviated month without a year", "ผ่าตัดวันที่ 14 ก.พ. แล้ว", "14 ก.พ.");
    row("thai full month", "วันเกิด 12 มกราคม 2510", "12 มกราคม 2510");
    row("thai era mark before the year", "วันที่ 15 มีนาคม พ.ศ. 2568", "15 มีนาคม พ.ศ. 2568");
    row("thai numeric buddhist year unmarked", "นัดครั้งต่อไป 3/3/2568", "3/3/2568");
    row("buddhist year unmarked after dob", "DOB 12/01/2510, HN 4412", "12/01/2510");
    row("thai digits numeric", "วันที่ ๑๕/๐๓/๒๕๖๘", "๑๕/๐๓/๒๕๖๘");
    row("japanese full-width digits", "受付 ２０２５年３月３日", "２０２５年３月３日");
    row("japanese era in full-width digits", "令和７年３月３日（月）受診", "令和７年３月３日");
    row("japanese month and day alone", "来院 3月3日に発熱", "3月3日");
    row("minguo year", "就診日期 民國114年3月3日", "民國114年3月3日");
    row("minguo with the country's name", "出生日期：中華民國75年5月10日", "中華民國75年5月10日");
    row("minguo simplified", "民国75年5月10日出生", "民国75年5月10日");
    row("chinese numerals", "出生 二〇二五年三月三日", "二〇二五年三月三日");
    row("chinese numerals with ten", "入院 二〇二四年十二月二十三日", "二〇二四年十二月二十三日");
    row("chinese day with hao", "预约 2025年3月3号 上午", "2025年3月3号");
    row("chinese month and day in a table", "日期        结果\n3月12日     阴性", "3月12日");
    row("hijri month after a date label", "تاريخ الميلاد 3 رمضان 1446", "3 رمضان 1446");
    row("nepali bikram sambat year first", "मिति २०८१ फागुन १९ गते", "२०८१ फागुन १९");
    row("nepali bikram sambat day first", "जन्म मिति १९ फागुन २०८१", "१९ फागुन २०८१");
    row("bengali calendar", "তারিখ ৩ ফাল্গুন ১৪৩১", "৩ ফাল্গুন ১৪৩১");
    row("bengali gregorian month", "ভর্তি ১৫ মার্চ ২০২৫", "১৫ মার্চ ২০২৫");
    row("solar hijri in persian digits", "تاریخ ۱۴۰۳/۱۲/۱۳", "۱۴۰۳/۱۲/۱۳");
    row("greek genitive month", "ημερομηνία 12 Απριλίου 2024", "12 Απριλίου 2024");
    row("hindi month", "तारीख 12 अप्रैल 2024", "12 अप्रैल 2024");
    row("urdu month", "تاریخ پیدائش 12 اپریل 1985", "12 اپریل 1985");
    row("hebrew month with its preposition", "תאריך 3 במרץ 2025", "3 במרץ 2025");
    // (Formerly look-alikes of accounts, never found as dates while the digits glued to the label
    // hid them; a bill's date is the patient's, as "Invoice date: 3/4/2024" is.)
    row("chinese invoice date glued to its label", "发票日期：2024-03-04", "2024-03-04");
    row("japanese billing date glued to its label", "請求日：2024-03-04", "2024-03-04");
    row("date glued to chinese text", "患者于2025-03-03入院", "2025-03-03");
    row("chinese birth date with dots", "出生日期：1985.3.3", "1985.3.3");
    row("minguo numeric after its label", "出生日期：114/03/03", "114/03/03");
    row("korean month and day", "예약 3월 3일 오전", "3월 3일");
    row("latin hijri month with a glued mark", "Tarikh 3 Ramadhan 1446H", "3 Ramadhan 1446");
    row("latin hijri month of two words", "born 12 Rabi' al-Awwal 1445 AH", "12 Rabi' al-Awwal 1445");
    row("indonesian hijri month", "lahir 15 Syawal 1445 H", "15 Syawal 1445");
    row("malay hijri month of two words", "12 Rabiul Awal 1445H", "12 Rabiul Awal 1445");
    row("roman month spaced", "data 12 IV 2024", "12 IV 2024");
    row("roman month with dots and spaces", "dnia 12. IV. 2024 r.", "12. IV. 2024");
    row("roman month with a two-digit year", "data 12-IV-24", "12-IV-24");
    row("german day and month after am", "Kontrolle am 12.03. beim Hausarzt", "12.03");
    row("german day and month after bis", "stationär vom 03.02. bis 05.02. in Behandlung", "05.02");
    row("date column in german aligned table", "Datum      Befund\n12.03.     normal", "12.03");
    row("date column in spanish pipe table", "Fecha | Resultado\n12/03 | negativo", "12/03");
    row("date column in russian pipe table", "Дата | Анализ\n12/03 | норма", "12/03");
    row("date column in polish aligned table", "Data       Wynik\n12/03      ujemny", "12/03");
    row("first day of a range with an en dash", "admitted 3–5 March 2024 for IV antibiotics", "3");
    row("second day of a range with an en dash", "admitted 3–5 March 2024 for IV antibiotics", "5 March 2024");
    row("first day of an english range", "away 10 to 12 March 2024", "10");
    row("first day of a french range", "hospitalisé du 3 au 5 mars 2024", "3");
    row("first day of a german range", "stationär vom 3. bis 5. März 2024", "3");
    row("first day of a spanish range", "ingresado del 3 al 5 de marzo de 2024", "3");
    row("ocr letter o for a zero", "DOB 12/O3/2024", "12/O3/2024");
    row("ocr letter l for a one", "Date of birth: l2/03/2024", "l2/03/2024");
    row("ocr letter o in the year", "Fecha: 12/03/2O24", "12/03/2O24");
    row("ocr comma for a dot", "Datum: 12,03.2024", "12,03.2024");
    row("telugu month", "తేదీ 12 ఏప్రిల్ 2024", "12 ఏప్రిల్ 2024");
    row("malayalam month", "തീയതി 12 ഏപ്രിൽ 2024", "12 ഏപ്രിൽ 2024");
    row("kannada month", "ದಿನಾಂಕ 12 ಏಪ್ರಿಲ್ 2024", "12 ಏಪ್ರಿಲ್ 2024");
    row("punjabi month", "ਮਿਤੀ 12 ਅਪ੍ਰੈਲ 2024", "12 ਅਪ੍ਰੈਲ 2024");
    row("gujarati month", "તારીખ 12 એપ્રિલ 2024", "12 એપ્રિલ 2024");
    row("hausa month", "ranar 12 Afrilu 2024", "12 Afrilu 2024");
    row("zulu month", "usuku 12 Ephreli 2024", "12 Ephreli 2024");
    row("somali month", "taariikh 12 Abriil 2024", "12 Abriil 2024");
    row("irish month", "dáta 12 Aibreán 2024", "12 Aibreán 2024");
    row("korean year first with dots and spaces", "생년월일 1985. 3. 3. 남", "1985. 3. 3");
    row("hungarian year first padded", "Kelt: 2024. 03. 05.", "2024. 03. 05");
    row("russian day with its ordinal ending", "родился 12-го апреля 2024 г.", "12-го апреля 2024");
  }

  void findsDatesOfWorldCalendars() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, QStringLiteral("date"));
  }

  void ignoresDateLookalikesOfWorldCalendars_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("japanese dose schedule", "用法：1日3回 毎食後、3か月分処方");
    row("chinese dose schedule", "每日3次，每次2片，疗程3个月");
    row("every month on a day", "每月3日复诊");
    row("age in months", "12月龄婴儿，体重9公斤");
    row("a month's count", "3月份门诊量1200人次");
    row("a fiscal year of an era", "令和7年度 予算 3億円；民國114年度 預算");
    row("thai room and bed", "ห้อง 3 ชั้น 2 เตียง 5");
    row("thai dose", "ยา 2 เม็ด วันละ 3 ครั้ง");
    row("thai price in the era's range", "ราคา 2568 บาท");
    row("thai code with a slash", "รหัส 3/4 ข้อ 2");
    row("ramadan as a greeting", "غرفة 3 سرير 12 ، رمضان كريم");
    row("ramadan as a name before an amount", "المريض رمضان محمود 1446 ريال");
    row("persian count of a year", "۱۴۰۳ نفر در سال");
    row("persian letter number", "شماره نامه ۱۴۰۲/۱۲۳۴/ص");
    row("greek month without a day", "Ο Μάρτιος 2024 ήταν βροχερός");
    row("hebrew month without a day", "מאי 2025 היה חם");
    row("hindi dose", "खुराक 2 गोली दिन में 3 बार");
    row("nepali budget year", "वर्ष २०८१ को बजेट");
    row("bengali room and bed", "কক্ষ ৩ শয্যা ১২");
    row("bikram sambat month without a year", "१९ फागुन");
    row("buddhist-era range as a lot", "lot 12/2568 kit; 2568 units given");
    row("ramadhan without a day", "puasa Ramadhan 1446H; bulan Syawal");
    row("hijri-like month with a gregorian count", "3 Safar 2024 units");
    row("roman numeral product", "12 X 2024 mm");
    row("roman stage and a year", "stage IV 2024; grade 3 IV");
    row("german dose at a sentence's end", "Dosis bis 2.5. Danach");
    row("german points with dots", "Score 12.03. und 15.04. Punkte");
    row("german room with dots", "Zimmer 12.03. Station");
    row("code column of a pipe table", "Code | Wert\n12/03 | 5");
    row("korean days count", "입원 3일 동안, 3개월 후");
    row("chinese glued version number", "版本2.3.4发布");
    row("chinese glued ratio", "比例1:2:3");
    row("a count of days in a range of numbers", "3 to 5 tablets; 2-4 times daily; BP 120/80 - 130/85");
    row("a range of doses before a unit", "take 1–2 tabs, 10 to 20 mg");
    row("an amount after a date label", "Date 1,200.50 paid; DOB: unknown; Data: lOlO");
    row("hausa and irish months without a year", "Maris 12 ne; 12 Samhain an oíche.");
    row("a list of numbers after a year", "Budget 2024. 3. 5 items; 2024. 13. 5.");
    row("a vial's expiry after a date label", "Insulin vial 10 mL, exp date: 14/O2/2026 noted; Date: TBD");
  }

  void ignoresDateLookalikesOfWorldCalendars() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Conversations (chats, calls, e-mail threads), worldwide, session of 2026-11-28: numbers asked
  // for by name in one speaker's line and given in the next (scan_asked_ids.cpp, answeredValueAt).
  void findsConversationIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a policy asked and given", "agent: can I have your policy number?\ncaller: yes it's 4451 2290 18", "4451 2290 18",
        "health_plan");
    row("a medicare number asked politely", "reception: your medicare number please\npt: 2123 45670 1", "2123 45670 1",
        "health_plan");
    row("a Spanish membership asked", "Recepción: ¿me da su número de afiliación?\nPaciente: sí, 12345678901",
        "12345678901", "health_plan");
    row("a French social security number asked", "Accueil : votre numéro de sécurité sociale ?\nPatient : 1 85 05 78 006 084 36",
        "1 85 05 78 006 084 36", "health_plan");
    row("a Russian policy asked without a question mark", "Регистратура: назовите номер полиса\nПациент: 7751230012345678",
        "7751230012345678", "health_plan");
    row("a claim asked in a call", "agent: and the claim number?\ncaller: CLM-2024-55812", "CLM-2024-55812", "account");
    row("an account asked", "agent: account number?\ncaller: 12345678", "12345678", "account");
    row("a record number asked", "agent: your mrn?\ncaller: 00451234", "00451234", "mrn");
    row("an identity number asked with it's", "nurse: what's your ID number?\nmaria: it's 8801235111088", "8801235111088",
        "license");
    row("a policy asked in a timed chat", "[10:02] reception: policy no?\n[10:03] ana: 4451229018", "4451229018",
        "health_plan");
    // (A date stays a date: it answers another question.)
    row("a date after a list of identifiers", "PHI involved: name, DOB, MRN\nRecipient attested destruction: yes, 7/5/2025",
        "7/5/2025", "date");
    row("a date after a form's question", "MRN?\nDOB: 01/02/1960", "01/02/1960", "date");
    // A phone asked for and given (scanAskedIds in scan_asked_ids.cpp).
    row("a phone number asked", "agent: what's your phone number?\ncaller: 601 234 567", "601 234 567", "phone");
    row("a mobile asked with yes it's", "agent: and your mobile?\ncaller: yes it's 0412 345 678", "0412 345 678", "phone");
    row("a Spanish phone asked", "Recepción: ¿su teléfono?\nPaciente: 612 34 56 78", "612 34 56 78", "phone");
    row("a Russian phone asked", "Регистратура: номер телефона?\nПациент: 8 916 123-45-67", "8 916 123-45-67", "phone");
    row("a WhatsApp number asked", "nurse: whatsapp?\nmaria: +44 7700 900123", "+44 7700 900123", "phone");
    // An address asked for and given in lower case (scan_places.cpp).
    row("an address asked", "agent: your address?\ncaller: 42 baker street, london", "42 baker street, london", "address");
    row("an address asked with and", "agent: and your address?\ncaller: 7 elm st", "7 elm st", "address");
    // Plates said in prose after their label and "is" (scan_identifiers.cpp, local_id_labels.cpp).
    row("a Spanish plate after the article and es", "la placa es ABC-1234", "ABC-1234", "vehicle");
    row("a Portuguese plate after é", "a placa é ABC1D23", "ABC1D23", "vehicle");
    row("a Spanish registration after es", "la matrícula es 1234 BCD", "1234 BCD", "vehicle");
    row("a Russian car's number in a chat", "номер машины А123ВС 77", "А123ВС 77", "vehicle");
    row("a Ukrainian car's number", "номер машини АА1234ВВ", "АА1234ВВ", "vehicle");
    row("a German insurance number asked", "praxis: und ihre versichertennummer?\nfrau braun: A123456789", "A123456789",
        "health_plan");
  }

  void findsConversationIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresConversationIdentifierLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a room number asked", "nurse: room number?\npt: 12");
    row("a pause for the policy", "agent: policy number?\ncaller: 2 secs let me check");
    row("a moment for the policy", "agent: can I have your policy number?\ncaller: yes 1 moment");
    row("a lot number asked", "dr: what's the lot number?\nnurse: 22K0931");
    row("a form's next field under a question", "MRN?\nBed: 4471");
    row("a list of identifiers over a count", "PHI involved: name, DOB, MRN\nRecipient: yes, 12 pages");
    row("an insurance asked and counted", "nurse: insurance?\npt: 2 policies, both lapsed");
    row("a time in answer to the account", "agent: account number?\ncaller: 10:30 is fine");
    row("a dose in answer", "agent: your policy number please\ncaller: 500 mg twice daily");
    row("the clinic's address asked", "agent: the clinic address?\ncaller: 42 baker street");
    row("a street given for a room", "agent: room?\ncaller: 42 baker street");
    row("weeks for the address", "agent: your address?\ncaller: 2 weeks ago");
    row("tablets for the address", "agent: your address?\ncaller: 12 tablets daily");
    row("a pause for the phone", "agent: phone number?\ncaller: 2 secs");
    row("a time for the phone", "agent: phone number?\ncaller: 10:30 is fine");
    row("a phone on file", "agent: phone number?\ncaller: it's on file");
    row("a dose for the phone", "agent: phone number?\ncaller: 500 mg");
    row("a count of phones", "agent: how many phones?\ncaller: 2");
    row("a dental plaque's size in Spanish", "la placa es 12 cm");
    row("a plaque's thickness", "la placa es de 5 mm");
    row("an atheromatous plaque", "la placa es ateromatosa");
    row("a plate's size in English", "the plate is 3 mm");
    row("an ambulance's number in Russian", "номер машины скорой 12");
    row("a car's count in Russian", "номер машины 3");
  }

  void ignoresConversationIdentifierLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Conversations: the one greeted or thanked after a greeting of the world's chats and mails
  // (scan_name_cues.cpp, scan_name_rules.cpp), the greeting itself outside the name.
  void findsConversationNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a listed given name that is a word after hi", "hi maria, your results are ready", "maria");
    row("Italian greeting", "Ciao Giulia, il referto è pronto.", "Giulia");
    row("Italian thanks", "Grazie Giulia!", "Giulia");
    row("Portuguese thanks", "Obrigada, Luiza!", "Luiza");
    row("Turkish greeting", "Merhaba Ayşe, randevunuz yarın.", "Ayşe");
    row("Swahili greeting", "Jambo Juma, matokeo yako tayari", "Juma");
    row("Hindi greeting before ji", "Namaste Priya ji, your report is ready", "Priya");
    row("Luhya greeting", "Mulembe Wafula, your results are ready", "Wafula");
    row("Swedish greeting", "Hej Anna, din tid är imorgon", "Anna");
    row("German greeting", "Hallo Klaus, dein Termin ist morgen", "Klaus");
    row("Tagalog greeting", "Kumusta Maria, ready na ang results mo", "Maria");
    // Sign-offs in lower case, the name alone on the next line (scan_name_cues.cpp, scan_name_rules.cpp).
    row("a lower-case cheers signed by a listed name that is a word", "cheers,\nmike", "mike");
    row("a lower-case thanks signed", "thanks,\nmike", "mike");
    row("a Spanish sign-off in lower case", "saludos,\njose", "jose");
    row("a French sign-off in lower case", "bisous,\nclaire", "claire");
    row("a Polish sign-off", "pozdrawiam,\nkasia", "kasia");
    row("a German sign-off in two words", "Liebe Grüße\nKlaus", "Klaus");
    row("thx signed", "thx\nmike", "mike");
    // A chat's speaker greeting in English, after a messaging app's bracketed stamp or at a line's
    // start (scan_name_greetings.cpp).
    row("a speaker after a bracketed stamp", "[12/03/2025, 14:22] kwabena: hello, is the lab open", "kwabena");
    row("a speaker with a listed name that is a word", "[12/03/2025, 14:22] maria: hi, my son has fever", "maria");
    row("a speaker at a line's start", "maria: hi, my son has fever", "maria");
    // Cyrillic letters (scan_name_mrz.cpp): greetings, thanks, sign-offs and a mail's headers.
    row("Russian greeting", "Добрый день, Ольга! Ваши анализы готовы.", "Ольга");
    row("Russian hello to a short name", "Привет, Саша, как мама?", "Саша");
    row("Russian mail header", "От: Ольга Смирнова\nКому: регистратура", "Ольга Смирнова");
    row("Russian sign-off on the next line", "С уважением,\nОльга Смирнова", "Ольга Смирнова");
    row("Russian thanks", "Спасибо, Ольга!", "Ольга");
    row("Russian form of address outside", "Уважаемая Ольга Ивановна, ваш результат готов", "Ольга Ивановна");
    row("Ukrainian greeting", "Добрий день, Оксана! Ваші аналізи готові.", "Оксана");
    row("Ukrainian mail header", "Від: Оксана Коваленко\nКому: реєстратура", "Оксана Коваленко");
    row("Bulgarian greeting", "Здравейте, Мария! Резултатите са готови.", "Мария");
    row("Serbian greeting", "Добар дан, Милица, резултати су спремни.", "Милица");
    row("a Russian chat export's speaker", "12.03.25, 14:22 - Иван Петров: добрый день", "Иван Петров");
    row("a lower-case Russian greeting", "12.03.25, 14:23 - Регистратура: здравствуйте, Иван", "Иван");
    row("a listed given name in lower case introducing herself", "Caller: Hi, this is maria lopez, calling about my mother",
        "maria lopez");
  }

  void findsConversationNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresConversationNameLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("hi all", "hi all, clinic closed today");
    row("hi there", "hi there, your results are ready");
    row("hi everyone", "hi everyone, meeting at 2");
    row("an endearment after hi", "hi sweetie, mum here");
    row("love after hey", "hey love, how are you");
    row("honey after hi", "hi honey, call me");
    row("an endearment after salam", "salam habibi, how are you");
    row("a doctor greeted in Italian", "Ciao Dottore, grazie");
    row("Italian goodbye", "Ciao, a domani!");
    row("Italian thanks alone", "Grazie mille!");
    row("Portuguese thanks for help", "Obrigada pela ajuda!");
    row("Hindi greeting alone", "Namaste, your report is ready");
    row("Swahili greeting alone", "Jambo, matokeo tayari");
    row("Turkish greeting alone", "Merhaba, randevunuz yarın.");
    row("German greeting to all", "Hallo zusammen, das Team");
    row("Indonesian greeting to all", "Halo semua, hasil lab sudah keluar");
    row("Zulu greeting to a father", "Sawubona baba, your results");
    row("a French sign-off by the office", "cordialement,\nle secrétariat");
    row("a Spanish sign-off by the team", "saludos,\nel equipo");
    row("a sign-off by mum", "love,\nmum");
    row("a sign-off by the team in English", "cheers,\nthe team");
    row("thx before a sentence", "thx\nthe meds arrived");
    row("thanks before will do", "thanks,\nwill do");
    row("kisses from mum in Spanish", "besos\nmama");
    row("a nurse speaking", "nurse: hi, bed 4 needs help");
    row("the reception speaking", "reception: hello, clinic closes at 5");
    row("a bot speaking", "bot: hi, reply STOP to stop");
    row("the pharmacy speaking", "pharmacy: hello, your refill is ready");
    row("the system speaking", "system: hello");
    row("a moderator speaking", "moderator: hi all");
    row("an operator speaking", "operator: hello, connecting you");
    row("the patient speaking", "patient: hi, i need a refill");
    row("a caller speaking", "caller: hello, this is about my bill");
    row("mum speaking", "mum: hi love");
    row("the reception speaking in a Russian chat export", "14:22 - Регистратура: здравствуйте");
    row("a Russian speaker writing no colon", "14:22 - Иван Петров пишет");
    row("Russian thanks before a sentence", "Спасибо, Всё понятно");
    row("Russian thanks to the doctor", "Спасибо, Доктор!");
    row("Russian greeting to colleagues", "Добрый день, Коллеги!");
    row("Russian mail to a department", "Кому: Регистратура\nОт: Приёмное отделение");
    row("Russian sign-off of a department", "С уважением,\nРегистратура");
    row("Russian greeting to everyone", "Привет, Всем!");
    row("Russian greeting alone", "Добрый день! Анализы готовы.");
    row("Russian mail from the chief doctor", "От: Главный врач\nКому: Отделение");
  }

  void ignoresConversationNameLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Local numbers without a country code after the words of calling of more languages, a
  // relative's field whose name holds a particle, a family's member named in brackets, and a
  // country code glued to a Chinese label (scan_local_phones.cpp, scan_phone_ssn.cpp).
  void findsCalledLocalPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("ring me on", "Could you ring me on 9912 3456? Thanks.", "9912 3456");
    row("will phone on", "The ward will phone on 2123 4567 tomorrow.", "2123 4567");
    row("an office's enquiries", "Bring your card. Enquiries: 3123 4567.", "3123 4567");
    row("Malay my number", "terima kasih, nombor saya 712 3456", "712 3456");
    row("Spanish my mobile is", "gracias, mi cel es 8812 3456", "8812 3456");
    row("Spanish call me at", "cualquier cosa llámeme al 3312-4455", "3312-4455");
    row("Dutch call, dashed seven digits", "vragen? bel 812-3456. dank u", "812-3456");
    row("Dutch call me at", "Kunt u mij bellen op 812-3456?", "812-3456");
    row("Levantine my number in Latin letters", "ana l ekhet, raqme 03 123 456", "03 123 456");
    row("Arabic for enquiries", "\u0644\u0644\u0627\u0633\u062a\u0641\u0633\u0627\u0631 0661 12 34 56", "0661 12 34 56");
    row("Turkmen for questions", "sorag \u00fc\u00e7in 8 61 23 45 67", "8 61 23 45 67");
    row("Kirundi call", "hamagara 79 12 34 56", "79 12 34 56");
    row("Tetum number", "ha'u-nia numeru 7712 3456", "7712 3456");
    row("info before a number", "su cita es el lunes. info 3312-4455", "3312-4455");
    row("a wife's field with bin", "Wife: Siti Aminah binti Osman, 712 3456", "712 3456");
    row("a kin field in capitals", "MOTHER: NUR AINA BINTI ALI, 712 3456", "712 3456");
    row("French family field", "Famille : Ziad Haddad, 03 123 456", "03 123 456");
    row("Dutch family called", "Familie gebeld: Rishi Ramdin, 812-3456", "812-3456");
    row("French person to notify", "Personne \u00e0 pr\u00e9venir : NDAYISHIMIYE Jean, 79 12 34 56", "79 12 34 56");
    row("family named in brackets before au", "joindre la famille (Codjo Zinsou) au 97 12 34 56 si besoin", "97 12 34 56");
    row("family named in brackets before a colon", "la famille (Codjo Zinsou) : 97 12 34 56.", "97 12 34 56");
    row("a country code glued to a Chinese label", "\u96fb\u8a71+853 6123 4567", "+853 6123 4567");
  }

  void findsCalledLocalPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "phone");
  }

  void ignoresCalledLocalPhoneLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a count after a wife's field", "Wife: present at bedside, 2 visits this week");
    row("a ward after a family field", "Famille : Bloc B, 03 12 2024 visite");
    row("a time after a bracketed family member", "the family (all) at 10:30 today");
    row("a count in brackets after the family", "la famille (3 personnes) au 12 34 56 78");
    row("a dose after enquiries", "Enquiries: 250 mg daily");
    row("a ratio after bel", "bel 3/4 van de tijd");
    row("a plus sign after a Chinese word alone", "\u7ed3\u679c+2");
  }

  void ignoresCalledLocalPhoneLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Month names of more languages, a year following (scan_foreign_dates.cpp), the creoles' "na" and
  // "fi" after an operation or a booking (scan_dates.cpp), and a quarantined stock's expiry
  // (scan_date_owners.cpp).
  void findsMoreWorldMonthDates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Maltese with ta'", "Data: 23 ta' Novembru 2025 Xhud: ara", "23 ta' Novembru 2025");
    row("Maltese with a capital dotted letter", "Data: 5 ta' \u0120unju 2024", "5 ta' \u0120unju 2024");
    row("Tetum", "Data operasaun: 19 Ju\u00f1u 2025 Dout\u00f3r", "19 Ju\u00f1u 2025");
    row("Tetum in capitals", "DATA: 9 FEVEREIRU 2024 PASIENTE", "9 FEVEREIRU 2024");
    row("Kirundi", "uzobagwa ku wa 22 nzero 2024 saa mbiri", "22 nzero 2024");
    row("Montenegrin in Cyrillic letters", "\u041f\u0440\u0438\u0458\u0435\u043c: 8. \u0458\u0430\u043d\u0443\u0430\u0440 2025.",
        "8. \u0458\u0430\u043d\u0443\u0430\u0440 2025");
    row("Montenegrin jul in Latin letters", "Datum prijema: 5. jul 2024. Ventilator", "5. jul 2024");
    row("Tajik with the izafat", "\u0421\u0430\u043d\u0430: 7 \u0444\u0435\u0432\u0440\u0430\u043b\u0438 1967 \u0441.",
        "7 \u0444\u0435\u0432\u0440\u0430\u043b\u0438 1967");
    row("Krio na after an operation", "yu operation na 3/2. no eat from midnite", "3/2");
    row("Kriol fi after a booking", "surgery set fi 2/17 7am", "2/17");
    row("a Malay Hijri month", "Tarikh: 6 Mac 2024 (25 Syaaban 1445H) Prosedur", "25 Syaaban 1445");
  }

  void findsMoreWorldMonthDates() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "date");
  }

  void ignoresMoreWorldMonthDateLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Maltese month without a year", "kull 5 ta' Frar jaghlaq");
    row("a Danish Christmas without a year", "glaedelig 24 jul alle");
    row("a Polish half tablet after na", "lek na 1/2 tabletki dziennie");
    row("a dose before fi", "tek 1/2 tab fi 3/4 of the pain");
    row("a quarantined stock's expiry", "Stock REF V317H quarantined; expiry 2027-11-30; 144 boxes returned");
  }

  void ignoresMoreWorldMonthDateLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Ages over 89 by the word for years of more languages before the number, Tajik's two-word
  // label, the Serbian "GOD." in capitals and an age said after "old," (scan_ages.cpp).
  void findsMoreWorldAgeWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Chichewa label", "Dzina: Tiwonge Banda Zaka: 96 Mudzi", "96");
    row("Chichewa has years", "ali ndi zaka 98 basi", "98");
    row("Tetum years", "Pasiente, tinan 97 BI", "97");
    row("Tajik age label", "\u0421\u0438\u043d\u043d\u0443 \u0441\u043e\u043b: 101 \u0428", "101");
    row("Serbian god. in capitals", "PACIJENT JELENA, 92 GOD., HERNIOPLASTIKA", "92");
    row("a pidgin age after old", "granny don old, ninety-two years, so I no able come", "ninety-two");
    row("an English age after old in digits", "she is old, 93 years, and frail", "93");
  }

  void findsMoreWorldAgeWords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "age");
  }

  void ignoresMoreWorldAgeWordLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("Tajik year alone", "\u0441\u043e\u043b: 2024");
    row("Bulgarian salt", "\u0441\u043e\u043b 100 mg");
    row("God capitalised in prose", "thank God. 92 patients seen");
    row("old stock and its count", "the batch is old, 95 boxes left");
  }

  void ignoresMoreWorldAgeWordLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Addresses written from the town down to the door and closed by a dwelling and its number, a
  // camp's shelter written from the shelter up, a message's "our address is", the labels of more
  // languages and a town alone after an address label (scan_address_lines.cpp,
  // scan_camp_addresses.cpp, address_words.cpp).
  void findsDwellingClosedAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a building closing a Yemeni line", "Address: Sana'a, Zubairi Street, building 7 Mobile: 771 234 567",
        "Sana'a, Zubairi Street, building 7");
    row("a Lebanese immeuble", "Adresse : Tripoli, rue Azmi, imm. 12\nCordialement", "Tripoli, rue Azmi, imm. 12");
    row("a floor after the immeuble", "Adresse : Zahle, Maalaka, rue Brazil, imm. 4, 2e \u00e9tage",
        "Zahle, Maalaka, rue Brazil, imm. 4, 2e \u00e9tage");
    row("a house closing a Tajik line in Latin letters", "\u0410\u0434\u0440\u0435\u0441: Kulob, Dehqonobod village, house 14",
        "Kulob, Dehqonobod village, house 14");
    row("a Sahrawi camp's tent", "Adresse : Wilaya de Dakhla, da\u00efra de Bir Ganduz, barrio 2, kha\u00efma 19",
        "Wilaya de Dakhla, da\u00efra de Bir Ganduz, barrio 2, kha\u00efma 19");
    row("a Turkmen house after its number", "\u00dda\u015fa\u00fdan \u00fderi: Mary \u015f., Magtymguly \u015fa\u00fdoly, 12, 5 \u00f6\u00fd",
        "Mary \u015f., Magtymguly \u015fa\u00fdoly, 12, 5 \u00f6\u00fd");
    row("a Honduran line with calle and casa", "Direcci\u00f3n: Bo. El Centro, 3 calle, 5 avenida, casa 12, Comayagua",
        "Bo. El Centro, 3 calle, 5 avenida, casa 12, Comayagua");
    row("a Tetum label", "Hela fatin: Aldeia Comoro, Suco Madohi, D\u00edli", "Aldeia Comoro, Suco Madohi, D\u00edli");
    row("a camp's shelter from the block up", "Shelter: Block 21, Zone 4, Kawale, Dzaleka Age: 40", "Block 21, Zone 4, Kawale, Dzaleka");
    row("a French camp's shelter from the bloc up", "Abri : Bloc 7, abri 212, camp de Musasa, Ngozi Date : 3 mai",
        "Bloc 7, abri 212, camp de Musasa, Ngozi");
    row("our address is", "Could you ring me? Our address is 12, Triq il-Kbira, Mosta MST 1234. Grazzi",
        "12, Triq il-Kbira, Mosta MST 1234");
    row("a town alone after a label before the next field", "\u00dda\u015fa\u00fdan \u00fderi: Tejen Sene: 21 dekabr 2024",
        "Tejen");
    row("a town alone after a Tetum label", "Hela fatin: Baucau Data: 12 de maio de 2024", "Baucau");
  }

  void findsDwellingClosedAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "address");
  }

  void ignoresDwellingClosedAddressLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a hospital's building", "Address: Hospital, Surgery wing, building 3");
    row("a block of a timetable", "Block 3, Week 2, Day 4, Session 1");
    row("blocks and beds", "Block 2, Bed 14, Ward 3");
    row("a block then English words", "Block 4, Step 2, Recovery, Discharge");
    row("a town-shaped word closing on a dose", "Address: Heparin 5000 Units");
    row("a shelter's word alone", "Shelter: yes, family of 5");
  }

  void ignoresDwellingClosedAddressLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Addresses in running text: after "from" and a house's "No.", a residence cue's value closed by
  // a dwelling's number before the sentence goes on, and a town after a person's age and "from"
  // (scan_address_lines.cpp, scan_travel_towns.cpp).
  void findsRunningTextOrigins_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("from a house's No.", "Thank you for seeing this patient from No. 14, Simpang 22, Jalan Tutong, Bandar Seri Begawan BE1118, who had",
        "No. 14, Simpang 22, Jalan Tutong, Bandar Seri Begawan BE1118");
    row("a residence cue closed by a plot before the sentence", "le patient, domicili\u00e9(e) Porto-Novo, quartier Ouando, carr\u00e9 51, op\u00e9r\u00e9 le",
        "Porto-Novo, quartier Ouando, carr\u00e9 51");
    row("a town after a person's age", "Aminata Kamara, 93 years, from Kenema Date: 02/06/2025", "Kenema");
  }

  void findsRunningTextOrigins() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "address");
  }

  void ignoresRunningTextOriginLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("from a numbered item", "results from No. 3 are pending");
    row("years from a start", "pain for 3 years, from Monday worse");
    row("years from the clinic", "followed 2 years, from clinic notes");
  }

  void ignoresRunningTextOriginLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Whole addresses rather than pieces: a flat's letter after its floor in Chinese, a Dutch
  // letter's "wonende", a hill opening a Burundian or Rwandan address, a post box's number before
  // its town (scan_chinese_addresses.cpp, scan_address_lines.cpp, address_words.cpp).
  void findsWholerAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a flat's letter after the floor", "\u4f4f\u5740\uff1a\u6fb3\u9580\u9ed1\u6c99\u74b0\u65b0\u885752\u865f\u6d77\u64ce\u5929\u7b2c3\u5ea777\u6a13B \u96fb\u8a71",
        "\u6fb3\u9580\u9ed1\u6c99\u74b0\u65b0\u885752\u865f\u6d77\u64ce\u5929\u7b2c3\u5ea777\u6a13B");
    row("Dutch wonende", "Uw pati\u00ebnt, wonende Hoofdweg 12, Tamanredjo, Commewijne\nwerd opgenomen",
        "Hoofdweg 12, Tamanredjo, Commewijne");
    row("a hill opening the address", "Adresse : Colline Kiriri, Commune Mukaza, Province Bujumbura Date : 3 mai",
        "Colline Kiriri, Commune Mukaza, Province Bujumbura");
    row("a post box and its town", "Address: P.O. Box 50923, Doha\nPlanned surgery", "P.O. Box 50923, Doha");
  }

  void findsWholerAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "address");
  }

  void ignoresWholerAddressLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a floor's letter in a hospital", "\u746a\u9e97\u91ab\u9662K\u5ea712\u6a13B");
    row("a box of gloves", "Address: Box 12345 gloves, size M");
    row("a hill in prose", "Adresse : colline, pas de route");
  }

  void ignoresWholerAddressLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsArabicNamesOfConsentAndWardForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // scan_name_arabic.cpp: labels and forms of address written for either sex, and the people of a
    // consent form.
    row("the patient of either sex", "المريض(ة): كريم بن علي ابن/ابنة: محمد", "كريم بن علي");
    row("the son or daughter of", "المريض(ة): جمال حمدي ابن/ابنة: سعيد تاريخ", "سعيد");
    row("the undersigned", "أنا الموقع أدناه: نبيل صالح علي الشرعبي رقم", "نبيل صالح علي الشرعبي");
    row("the undersigned woman", "أنا الموقعة أدناه: فاطمة علي", "فاطمة علي");
    row("the witness", "الشاهد: فؤاد قاسم أحمد الشرعبي", "فؤاد قاسم أحمد الشرعبي");
    row("the nurse after a sentence", "Bed 4 stable. الممرضة: بشرى أحمد القاضي", "بشرى أحمد القاضي");
    row("the male nurse", "الممرض: سعيد أحمد", "سعيد أحمد");
    row("Mr or Mrs", "السيد(ة) ياسين بلقاسم، موعد العملية", "ياسين بلقاسم");
    row("brother or sister", "الأخ/الأخت سمية علي صالح باوزير، موعد العملية", "سمية علي صالح باوزير");
    row("a Jawi or Persian name label", "نام: نورعيني بنت عثمان", "نورعيني بنت عثمان");
  }

  void findsArabicNamesOfConsentAndWardForms() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresArabicConsentFormLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("the patient's label without a name", "المريض(ة): 45 سنة");
    row("the witness's label left blank", "الشاهد: ____");
    row("the nurse's label before a number", "الممرضة: 4410");
    row("the undersigned written inside a word", "بالموقع أدناه: 12");
  }

  void ignoresArabicConsentFormLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void ignoresDepartmentMailboxes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // scan_contact.cpp: a mailbox whose every part is a desk's word is no person's.
    row("an infection-control team", "To: ipc-team@hospital.example.org");
    row("a Dutch operating-room planning desk", "Aan: ok-planning@azp.example.sr");
    row("a French theatre", "À : bloc.operatoire@hotel-dieu.example.lb");
    row("a Montenegrin admissions desk", "За: prijem@kccg.example.me");
    row("a benefits help desk", "To: benefits-help@va.example.gov");
    row("a theatre bookings desk", "To: theatre.bookings@nhs.example.uk");
    row("a pharmacy", "Cc: PHARMACY@CLINIC.EXAMPLE.ORG");
  }

  void ignoresDepartmentMailboxes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsPersonalMailboxesBesideDeskWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // A person's name or number in the mailbox keeps it a person's.
    row("a surgeon's mailbox with a desk word", "To: k.okafor-surgery@hospital.example.org", "k.okafor-surgery@hospital.example.org");
    row("a planning nurse's mailbox", "From: planning.mdin39@inbox.example.net", "planning.mdin39@inbox.example.net");
    row("a patient's mailbox", "From: halil36@post.example.org", "halil36@post.example.org");
  }

  void findsPersonalMailboxesBesideDeskWords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "email");
  }

  void ignoresTheatreWardAndCampHeadingsOfMoreLanguages_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // name_admin_words.cpp: the headings of theatres, wards, blood banks, prisons and camps are no
    // persons, in capitals or in Title case.
    row("a Spanish surgical department", "HOSPITAL ESCUELA - DEPARTAMENTO DE CIRUGÍA");
    row("a Spanish consent heading", "CONSENTIMIENTO INFORMADO PARA PROCEDIMIENTO QUIRÚRGICO");
    row("a French surgical ward", "CHIRURGIE VISCÉRALE - LIT 8A-09");
    row("a French recovery-room entry", "Entrée SSPI : 11:45");
    row("a French operation report", "COMPTE RENDU OPÉRATOIRE");
    row("a Dutch prison's medical service", "PENITENTIAIRE INRICHTING - MEDISCHE DIENST");
    row("a Turkmen fluid balance", "SUWUKLYK BALANSY / FLUID BALANCE");
    row("a Turkmen referral letter", "UGRATMA HATY");
    row("a Tetum national hospital", "FORMULÁRIU KONSENTIMENTU - HOSPITÁL NASIONÁL");
    row("a Tetum visit report", "RELATÓRIU VIZITA");
    row("a Maltese theatre", "SALA OPERATORJA, ANESTESIJA ĠENERALI");
    row("a Malay theatre and blood loss", "BILIK BEDAH 3, KEHILANGAN DARAH 200 ml");
    row("a Portuguese theatre's signage", "SINALÉTICA DO BLOCO OPERATÓRIO");
    row("a Kirundi blood heading", "ICUMBA C'IBAGWA, AMARASO");
    row("a rig's drill", "H2S ALARM 10 PPM; MAN-OVERBOARD DRILL WEEKLY; POB 142");
    row("a ventilator's mode", "Ventilator: SIMV-PC, FiO2 0.40, PEEP 8");
    row("a registrar's bleep", "Call the registrar, BLEEP 238");
    row("a Montenegrin implant catalogue", "KATALOG IMPLANTATA - ORTOPEDIJA");
    row("a Serbian operating room", "OPERACIONA SALA 2, OPŠTA ANESTEZIJA");
    row("a Tetum general anaesthesia", "ANESTEZIA JERÁL");
    row("a French next visit", "PROCHAINE VISITE : J+7");
    row("a Maltese consent heading", "FORMOLA TAL-KUNSENS GĦALL-OPERAZZJONI");
    row("a Maltese first person", "Jien, naqbel li ssirli l-operazzjoni.");
    row("a Spanish good evening to the doctor", "dr buenas noches, le paso el turno");
  }

  void ignoresTheatreWardAndCampHeadingsOfMoreLanguages() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsNamesUnderTheatreAndWardHeadings_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Turkmen patient under a heading", "SUWUKLYK BALANSY / FLUID BALANCE\nNäsag: Batyr Annaýew", "Batyr Annaýew");
    row("a Tetum patient under a heading", "HOSPITÁL NASIONÁL\nNaran pasiente: Ermelinda Pereira", "Ermelinda Pereira");
    row("a French surgeon after the ward", "Bloc: Chirurgie générale, Dr Anne Hounkpatin", "Anne Hounkpatin");
    row("a Dutch prisoner", "MEDISCHE DIENST\nGedetineerde: Stanley Wong", "Stanley Wong");
  }

  void findsNamesUnderTheatreAndWardHeadings() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }


  void findsNamesAfterNamingSalutationsAndParentLabels_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // scan_name_greetings.cpp: a salutation that always names someone vouches for two words.
    row("a Turkmen hospital's message", "hassahana: hormatly döwlet ataýew, siziň operasiýaňyz 24.12.", "döwlet ataýew");
    row("a Turkmen salutation opening a line", "hormatly aýna orazowa, kabul ediş 9:00", "aýna orazowa");
    row("an Uzbek salutation", "hurmatli dilnoza karimova, navbatingiz ertaga", "dilnoza karimova");
    // scan_name_cues.cpp: the father's and mother's given names of Balkan forms.
    row("a Montenegrin father's name", "Ime: Milica Ime oca: Veselin JMBG: 0906971285221", "Veselin");
    row("a Bosnian mother's name", "Ime majke: Fatima", "Fatima");
    row("a Serbian father's name in Cyrillic", "Име оца: Веселин", "Веселин");
  }

  void findsNamesAfterNamingSalutationsAndParentLabels() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresNamingSalutationLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Turkmen salutation to the patients", "hormatly näsaglar, kabul ediş ertir");
    row("a salutation to the doctor", "hormatly doktor, netijeler taýýar");
    row("the hospital sending alone", "hassahana: operasiýaňyz ertir");
    row("the father's label left blank", "Ime oca: ____");
  }

  void ignoresNamingSalutationLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void ignoresFitnessAndSterilizerTestEponyms_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // name_tables.cpp: the eponyms of seafarers' and workers' fitness tests and of the steriliser's
    // air-removal test.
    row("a steriliser's air-removal test", "Steriliser run 546: 134 C for 3.5 min, Bowie-Dick pass; biological indicator negative");
    row("a Bowie-Dick test in capitals", "DAILY BOWIE-DICK TEST: PASS");
    row("a colour vision test", "Colour vision (Ishihara): 17/17 plates");
    row("a visual acuity chart", "Visual acuity Snellen: 6/6 both eyes");
  }

  void ignoresFitnessAndSterilizerTestEponyms() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsPeopleNamedAsTestEponyms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a doctor named Ishihara", "Seen by Dr. Kenji Ishihara in clinic", "Kenji Ishihara");
    row("a patient named Bowie", "Patient: Alan Bowie, 54", "Alan Bowie");
  }

  void findsPeopleNamedAsTestEponyms() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresCityDistrictAbbreviationsAfterAComma_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // scan_name_shapes.cpp: "City, M.D.C." (a listed city) is no "Family, I.".
    row("a Honduran central district", "Boulevard Suyapa, Tegucigalpa, M.D.C. PBX ext. 1405");
    row("the capital in capitals", "TEGUCIGALPA, M.D.C.");
    row("a federal district", "Offices in Brasilia, D.F. and abroad");
  }

  void ignoresCityDistrictAbbreviationsAfterAComma() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsInvertedNamesWithAnInitialStill_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a family name and an initial", "your patient Haddad, S. was seen today", "Haddad, S.");
    row("a family name and two initials", "Swallow Evaluation Chiu, D., rm 6118", "Chiu, D.");
    row("a doctor's family name before the degree", "Reviewed by Brigitte-Line Marcotte, M.D.", "Brigitte-Line Marcotte");
  }

  void findsInvertedNamesWithAnInitialStill() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void findsTheatreListSurgeonColumns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // table_headers.cpp: the surgeon's and the anaesthetist's columns of a theatre list hold names.
    row("a surgeon's column in capitals", "SLOT,PATIENT,PROCEDURE,SURGEON\n08:00,\"OSMONOVA AIGUL\",HERNIOPLASTY,MAMYTOVA\n", "MAMYTOVA");
    row("a surgeon's column in Title case", "slot,procedure,surgeon\n08:00,thyroidectomy,Toktogulov\n", "Toktogulov");
    row("an anaesthetist's column", "Slot,Procedure,Anaesthetist\n10:30,Cholecystectomy,Osmonov\n", "Osmonov");
  }

  void findsTheatreListSurgeonColumns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresTheatreListColumnLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a surgeon's column left to be assigned", "SLOT,PROCEDURE,SURGEON\n08:00,HERNIOPLASTY,TBA\n");
    row("a procedure column alone", "SLOT,PROCEDURE\n08:00,VARICOSE VEINS (EVLA)\n");
  }

  void ignoresTheatreListColumnLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsCyrillicNamesBeforeAPersonalNumber_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // scan_name_mrz.cpp: two capitalised Cyrillic words right before a personal number's label.
    row("a Montenegrin discharge letter", "Шаљем отпусну листу за Вук Ђукановић, ЈМБГ 2306973282300.", "Вук Ђукановић");
    row("a Macedonian personal number", "Упат за Марија Петровска, ЕМБГ 0101990455012", "Марија Петровска");
    row("a Bulgarian personal number", "Направление за Иван Георгиев, ЕГН 7501020000", "Иван Георгиев");
  }

  void findsCyrillicNamesBeforeAPersonalNumber() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresCyrillicWordsBeforeAPersonalNumberLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("one word before the label", "Пацијент, ЈМБГ непознат");
    row("a label word that only starts like one", "Клинички Центар, ЈМБГОВИ пацијената");
  }

  void ignoresCyrillicWordsBeforeAPersonalNumberLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsWritersIntroducedAfterAGreeting_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // scan_name_greetings.cpp: "hello, I (am) X." in Tajik, Kyrgyz, Kazakh and Uzbek chats.
    row("a Tajik writer", "салом, ман daler saidzoda. аҳволи модарам чӣ хел?", "daler saidzoda");
    row("a Kyrgyz writer after a speaker", "tel: салам, мен aigul asanova, операция бүттүбү?", "aigul asanova");
    row("an Uzbek writer in Latin letters", "salam, men dilnoza karimova. navbatim qachon?", "dilnoza karimova");
  }

  void findsWritersIntroducedAfterAGreeting() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresGreetingSelfIntroductionLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("the writer's role, not a name", "салом, ман модари бемор ҳастам");
    row("English men after salam", "salam, men and women wait here");
    row("a greeting alone", "салом, чӣ хел?");
  }

  void ignoresGreetingSelfIntroductionLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsChatSpeakersAfterTheirRole_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // scan_name_shapes.cpp: a bracketed chat line's writer after her role or its abbreviation.
    row("a Spanish nurse abbreviated", "[6/1 21:05] enf. rosibel: s: dolor 7/10", "rosibel");
    row("a Portuguese nurse", "[04:50] enfermeira zelia: sin, pasiente sai ona", "zelia");
    row("a French nurse abbreviated", "[12:10] inf. gisèle: pansement refait", "gisèle");
  }

  void findsChatSpeakersAfterTheirRole() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresChatRolesWithoutAName_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("the role alone before the colon", "[04:50] enfermeira: paciente estável");
    row("the nurse on shift", "[04:50] enf. de turno: sin novedad");
    row("the head nurse", "[04:50] enf. jefe: revisar camas");
    row("a role and no colon", "[04:50] enf. rosibel cambió el suero");
  }

  void ignoresChatRolesWithoutAName() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifiers of camps, armed forces, prisons, incident reports and insurers of many countries
  // (world_id_labels.cpp, account_plan_labels.cpp).
  void findsCampMilitaryAndSchemeIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a ration card", "Ration card: RC-552-118203 issued at the gate", "RC-552-118203", "account");
    row("a French ration card", "Carte de ration : RC-041-773102", "RC-041-773102", "account");
    row("an Arabic ration card", "بطاقة التموين: RC-310-220415", "RC-310-220415", "account");
    row("a household number in French", "N° de ménage : 412-88B10233", "412-88B10233", "account");
    row("a household number", "Household no. HH-20931 shelter 4", "HH-20931", "account");
    row("an incident report's number", "PATIENT FALL REPORT\nIncident no. IR-5520193", "IR-5520193", "account");
    row("a takaful member", "Takaful: TK-448120 valid", "TK-448120", "health_plan");
    row("a Malawian medical aid society", "MASM: 448120/02 principal member", "448120/02", "health_plan");
    row("a Sierra Leonean insurance", "SLeSHI no.: SL-0442871", "SL-0442871", "health_plan");
    row("a Beninese insurance", "Assurance ARCH : ARCH-5520193311", "ARCH-5520193311", "health_plan");
    row("a dependant's entitlement", "entitlement no. ENT-552019 on file", "ENT-552019", "health_plan");
    row("a service number", "RANK: CPL  SERVICE NO: 44120387", "44120387", "mrn");
    row("a military number", "Military no.: 30551842 Unit: 3rd", "30551842", "mrn");
    row("a Portuguese military number", "Nú. militar: F-331204 Data: 02/03/2025", "F-331204", "mrn");
    row("a prisoner number", "Prisoner no.: PR-66102 Block C", "PR-66102", "mrn");
    row("a Russian case history abbreviation", "И/Б № 44120387 поступил", "44120387", "mrn");
    row("a health card number", "HC no. 44120387 seen in ED", "44120387", "mrn");
    row("a Maltese identity card", "Karta tal-identità: 445521M", "445521M", "license");
    row("a Macau resident card", "BIR n.º 1/552019/3 emitido", "1/552019/3", "license");
    row("a medical council registration", "Dr A. Vella, Medical Council reg. no. 30551", "30551", "license");
  }

  void findsCampMilitaryAndSchemeIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresCampMilitaryAndSchemeLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an aortic arch measure", "aortic arch 32 mm, no dissection");
    row("arch of the foot", "high arch 2 cm above the floor");
    row("a bus service", "took service no. 2 to the clinic");
    row("a Turkish one", "bir 12 yaşında çocuk");
    row("an implant's catalogue and lot", "acetabular cup REF 2231-08-114, LOT 7K3310, EXP 2027-05");
    row("a mesh's catalogue and lot", "Mesh 10 x 15 cm REF PMX1015; LOT QQ0412");
    row("a facility's licence", "Facility licence MOH/HF/2021/0877; theatre 2");
    row("a pharmacy's licence", "Pharmacy license PH-55120 displayed");
    row("an incident count", "incident no. 2 of the month");
  }

  void ignoresCampMilitaryAndSchemeLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Person numbers that key every record (world_id_labels.cpp): the Kyrgyz PIN in Cyrillic and
  // in Latin letters, the Algerian national identification number; a qualifier bound to other
  // digits does not rename a number (scan_identifiers.cpp).
  void findsPersonNumbersOfKyrgyzstanAndAlgeria_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a Kyrgyz PIN in Cyrillic", "Сыдыкова А. ПИН: 12205198800417 Паспорт", "12205198800417", "mrn");
    row("a Kyrgyz PIN in Latin letters", "Asanova Aigul PIN: 12205198800417 Passport: AC1234567", "12205198800417", "mrn");
    row("an Algerian NIN", "رقم التعريف الوطني: 119880512345678901", "119880512345678901", "mrn");
    row("a PhilHealth number with its acronym in brackets", "PhilHealth Identification Number (PIN): 01-234567890-1",
        "01-234567890-1", "health_plan");
  }

  void findsPersonNumbersOfKyrgyzstanAndAlgeria() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresPersonNumberLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a card's PIN", "reset the card PIN: 4412 at the desk");
    row("a PIN of twelve digits", "PIN: 123456789012 printed on the slip");
    row("a Cyrillic PIN of a card", "ПИН: 4412 для карты");
  }

  void ignoresPersonNumberLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identity card numbers: after a name in brackets ("Borg (ID 2755750M)"), Brunei's eight-digit
  // IC, Nicaragua's thirteen-digit cédula; and the Spanish registration number of admission
  // (scan_identifiers.cpp, world_id_labels.cpp).
  void findsIdentityCardsAfterNamesAndRegistrations_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a Maltese card in brackets after the name", "I am writing about Joseph Zammit (ID 1234567M), aged 70",
        "1234567M", "license");
    row("a card with two letters in brackets", "Mevr. Sharda Ramdin (ID FX552019), geb. 1960", "FX552019", "license");
    row("a card of digits after a name and a comma", "Mother: Selma Gaoses, ID 75120318234, age 39", "75120318234",
        "license");
    row("a Brunei IC", "Name: Nur Aini binti Yusof IC: 01-552019 Ward 3", "01-552019", "license");
    row("a Nicaraguan cédula", "identificada con cédula 001-150385-0012K, mayor de edad", "001-150385-0012K",
        "license");
    row("a Spanish registration number", "No. de registro: PPL-40117/23 Edad: 41", "PPL-40117/23", "mrn");
    row("a Spanish registration number written out", "Número de registro: 2024-118203", "2024-118203", "mrn");
  }

  void findsIdentityCardsAfterNamesAndRegistrations() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresIdentityCardLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an IC with a count", "IC 3 weeks ago");
    row("an IC with a volume", "ic: 12345678 ml given");
    row("a registration count", "no de registro 2 casos");
    row("an ID of a thing in brackets", "the pump (ID 2) alarmed");
  }

  void ignoresIdentityCardLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Accounts: an IBAN under its holder's line is read whatever its check digits
  // (scan_bank_numbers.cpp); a line list's case column reads a case number, not the row's count
  // (scan_structured.cpp).
  void findsHolderIbansAndCaseColumns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("an IBAN under the holder's line", "Titulaire du compte : Paul Haddad\nIBAN : LB11 0089 0000 0001 2345 6789 0123",
        "LB11 0089 0000 0001 2345 6789 0123", "account");
    row("an IBAN after the holder on its line", "Account holder: Paul Haddad, IBAN: LB11 0089 0000 0001 2345 6789 0123",
        "LB11 0089 0000 0001 2345 6789 0123", "account");
    row("a case number in a line list", "case_no,last,first,dob\n21-070293,Doe,Jane,01/02/1950\n", "21-070293",
        "account");
  }

  void findsHolderIbansAndCaseColumns() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresHolderIbanAndCaseColumnLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a hospital's IBAN with wrong check digits", "Hôpital du Liban\nIBAN : LB11 0089 0000 0001 2345 6789 0123");
    row("row counts in a case column", "case_no,ward\n1,west\n2,east\n12,north\n");
  }

  void ignoresHolderIbanAndCaseColumnLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A line list's row count under its case column is no account, though the row's patient is
  // found (scan_structured.cpp).
  void ignoresRowCountsInCaseColumns_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("one-digit row counts", "case_no,name,mrn,dob\n1,\"DOE, Jane\",K1234567,19500102\n2,\"ROE, Ann\",K7654321,19600304\n");
    row("two-digit row counts", "case_no,name,mrn,dob\n11,\"DOE, Jane\",K1234567,19500102\n12,\"ROE, Ann\",K7654321,19600304\n");
  }

  // A soldier's matricule after the rank, on its line or the line above (scan_identifiers.cpp).
  void findsSoldiersMatricules_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a matricule after the rank on its line", "Grade : Cpl Karim Haddad Matricule : 44/552019 Unité : 3e",
        "44/552019", "mrn");
    row("a matricule under the soldier's line", "Sgt Karim Haddad\nMatricule : 44/552019\nUnité : 3e", "44/552019", "mrn");
  }

  void findsSoldiersMatricules() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // A staff member's matricule, and a form's designation in brackets after a card's title, are no
  // person's number (scan_identifiers.cpp).
  void ignoresStaffMatriculesAndFormDesignations_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a nurse's matricule", "the nurse on duty, matricule : 4512, signed the chart");
    row("a field medical card's form", "FIELD MEDICAL CARD (DD 1380) completed at the aid station");
    row("a standard form in brackets", "Medical record card (SF 600) attached");
  }

  void ignoresStaffMatriculesAndFormDesignations() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Benin's NPI in French is the person's number (mrn), a US prescriber's NPI stays no PHI
  // (scan_identifiers.cpp); Macau's BIR and the Chichewa and Swahili identity number
  // (world_id_labels.cpp).
  void findsPersonNpisAndResidentCards_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("an NPI after an age in French", "Âge : 44 ans NPI : 1204487731 Tél. : 97 00 00 00", "1204487731", "mrn");
    row("an NPI before a birth", "AHOUANDJINOU KOFFI NPI 1204487731 NÉ(E) LE 02/03/1980", "1204487731", "mrn");
    row("the NPI on a card", "apportez votre carte avec le npi 1204487731.", "1204487731", "mrn");
    row("an NPI under the age's line", "Âge : 44 ans\nNPI : 1204487731\nTél. : 97 00 00 00", "1204487731", "mrn");
    row("an NPI above the birth's line", "AHOUANDJINOU KOFFI NPI 1204487731\nNÉ(E) LE 02/03/1980", "1204487731", "mrn");
    row("a Macau resident card without its number word", "(LEONG Ka Man) BIR 1/552019/3 年齡 40", "1/552019/3",
        "license");
    row("a Chichewa identity number", "Nambala ya ID: QW4R7T2Z Ndikuvomereza", "QW4R7T2Z", "license");
  }

  void findsPersonNpisAndResidentCards() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresPrescriberNpis_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a prescriber's NPI", "Prescriber NPI 1158425651, DEA on file");
    row("a prescriber's NPI under a line of plans", "Plans: refill\nNPI: 1158425651");
    row("an NPI after a word holding ans", "Transfers, MD office    NPI 1158425651");
    row("a Turkish one before a count", "bir 2 gün sonra");
  }

  void ignoresPrescriberNpis() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A passport's series with a dash joins its number (scan_identifiers.cpp).
  void findsDashedPassportSeries_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a Turkmen passport", "Pasport: I-AH 552019 Ýaşaýan ýeri: Mary", "I-AH 552019", "license");
    row("a passport series in English", "Passport: II-MA 118203, issued 2019", "II-MA 118203", "license");
  }

  void findsDashedPassportSeries() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresDashedSeriesLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a passport series without its number", "Pasport: I-AH seriýasy");
    row("a licence class", "Licence: B-C class only");
  }

  void ignoresDashedSeriesLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A mutual insurer's name between its word and the colon (scan_identifiers.cpp).
  void findsMutualInsurersNamedBeforeTheColon_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a civil servants' mutual", "Mutuelle de la Fonction Publique : MFP/10442/17 Personne à prévenir", "MFP/10442/17",
        "health_plan");
    row("a teachers' mutual", "Mutuelle des enseignants : 4412-55201", "4412-55201", "health_plan");
  }

  void findsMutualInsurersNamedBeforeTheColon() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresMutualInsurerLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a mutual's share of a bill", "mutuelle 30 % du reste");
    row("a mutual named in prose", "la mutuelle prend en charge 2 séances");
  }

  void ignoresMutualInsurerLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void ignoresRowCountsInCaseColumns() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const std::vector<Finding> findings = detectPhiBytes(utf8);
    QVERIFY2(std::none_of(findings.begin(), findings.end(), [](const Finding& f) { return categoryName(f.category) == std::string("account"); }),
             ("unexpected account: " + describe(utf8, findings)).c_str());
    QVERIFY2(std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return categoryName(f.category) == std::string("mrn"); }),
             ("the rows are no longer read: " + describe(utf8, findings)).c_str());
  }

  // A label of two words that are each a label of one category, on a line above its value or in
  // a table's first cell (table_headers.cpp, identifierHeader).
  void findsPairedLabelWordsAboveTheirValue_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a policy and its scheme on a form's line", "Полис ОМС:\n49206547\nАдрес:\nг. Бишкек", "49206547", "health_plan");
    row("a policy and its scheme in a table", "| Полис ОМС | 49206547 |", "49206547", "health_plan");
    row("a policy and its scheme in capitals", "ПОЛИС ОМС:\n7755123456789012", "7755123456789012", "health_plan");
  }

  void findsPairedLabelWordsAboveTheirValue() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresPairedLabelWordsWithoutANumber_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a policy not yet issued", "Полис ОМС:\nне выдан");
    row("a policy to be brought", "Полис ОМС\nпринести на приём");
  }

  void ignoresPairedLabelWordsWithoutANumber() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A file numbered within its year after a weak label, the abbreviated cédula, and the Dutch
  // registration number (scan_identifiers.cpp, strongIdentifierValue; local_id_labels.cpp).
  void findsYearFilesAbbreviatedCedulasAndRegistrationNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a French file of its year", "DOSSIER 2064/850029 Service de chirurgie", "2064/850029", "mrn");
    row("a Spanish file of its year", "EXPEDIENTE 2019/0041127 Servicio de cirugía", "2019/0041127", "mrn");
    row("an abbreviated cédula in capitals", "F.NAC. 09/08/1966 CÉD. 620-090866-4296P ALERGIAS: NINGUNA",
        "620-090866-4296P", "license");
    row("an abbreviated cédula", "Céd. 001-120385-0021K", "001-120385-0021K", "license");
    row("a Dutch registration number", "Registratienummer: 87980 Geboortedatum: 22-05-1969", "87980", "mrn");
    row("a Dutch registration number abbreviated", "Registratienr. 4410287", "4410287", "mrn");
  }

  void findsYearFilesAbbreviatedCedulasAndRegistrationNumbers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresYearFileAndCedulaLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a ratio after a weak word", "dossier ratio 2000/12345");
    row("a short number after the abbreviation", "Céd. 1234");
    row("an expiry and an exponent", "Exp. 03/27, exp. 1200000 copies/mL");
    row("a registration number without a number", "Registratienummer onbekend");
  }

  void ignoresYearFileAndCedulaLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Capitals before the number that repeat its label, or a bare "DOC", are the number's own
  // prefix (scan_identifiers.cpp, scanKeywordIdentifiers).
  void findsLabelCapitalsRepeatedInTheValue_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a medical aid's name in its number", "Saini: ______ MASM: MASM 072739/06 Mboni: Chikondi", "MASM 072739/06",
        "health_plan");
    row("a prison service's initials", "Inmate #: DOC 8632248 Housing: B-12", "DOC 8632248", "mrn");
    row("a register's number with the service's initials", "NO. DE REGISTRO: DOC 6483507 DNI: 0703-1994-53848",
        "DOC 6483507", "mrn");
  }

  void findsLabelCapitalsRepeatedInTheValue() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresRepeatedLabelLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a document and its page", "Ref: DOC 12 page 3");
    row("a label repeated without a number", "MASM: MASM pending");
  }

  void ignoresRepeatedLabelLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A CSV row whose first cell is quoted for its comma keeps the header's cells (scan_tables.cpp,
  // readCsv).
  void findsCsvRowsOpeningWithAQuotedCell_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a record number after a quoted name", "patient,mrn,med,dose\n\"TRUONG, Hector\",03527725,cefazolin,2 g",
        "03527725", "mrn");
    row("a year's file number after a quoted name",
        "patient,mrn,med,route\n\"MAHONEY, Lyle\",2054/401426,enoxaparin,SC", "2054/401426", "mrn");
    row("a quoted last cell", "mrn,patient,ward\n00412345,\"DOE, Jane\",\"5B, bed 12\"", "00412345", "mrn");
  }

  void findsCsvRowsOpeningWithAQuotedCell() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresQuotedCsvLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a quoted drug row", "med,dose,route\n\"cefazolin, IV\",2 g,IV");
    row("a quoted remark", "\"2 g, then 1 g\",every 8 h,IV");
  }

  void ignoresQuotedCsvLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Where a patient comes from, after a ward form's label (Spanish "Procedencia", Chichewa
  // "Mudzi"), and a Maltese address after "ta'" in running text (address_words.cpp,
  // scan_address_lines.cpp).
  void findsOriginLabelsAndMalteseAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Spanish origin label", "Ingreso: 27/10/2024 Procedencia: Masatepe Cirujano: Dr. Ruiz", "Masatepe");
    row("a Chichewa village label", "Dzina: Chikondi Banda Zaka: 34 Mudzi: Chiradzulu Nambala: 12", "Chiradzulu");
    row("a Maltese address after ta'", "Jien, karta tal-identità 1234567M, ta' 12, Triq il-Kbira, Żebbuġ ZBG 1234, naqbel",
        "12, Triq il-Kbira, Żebbuġ ZBG 1234");
    row("a Maltese address after ta' in a town of two words", "ta' 18, Triq San Pawl, San Pawl il-Baħar SPB 5000, naqbel",
        "18, Triq San Pawl, San Pawl il-Baħar SPB 5000");
    row("a Maltese flat after ta'", "Jien, karta 1234567M, ta' Flat 3, 18, Triq San Ġużepp, Ħamrun HMR 1234, naqbel",
        "Flat 3, 18, Triq San Ġużepp, Ħamrun HMR 1234");
    row("an origin label in capitals", "INGRESO: 11/09/2024 PROCEDENCIA: MASATEPE CIRUJANO: DR. RUIZ", "MASATEPE");
    row("a ward round's from and a semicolon", "day 2 post laparotomy B: from Chiradzulu; guardian present", "Chiradzulu");
  }

  void findsOriginLabelsAndMalteseAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "address");
  }

  void ignoresOriginAndMalteseLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an origin that is a service", "Procedencia: Urgencias");
    row("an origin that is home", "Procedencia: Domicilio");
    row("Maltese doses after ta'", "dożi ta' 2, 3 u 4 pilloli kuljum");
    row("an origin in capitals that is a service", "PROCEDENCIA: EMERGENCIA");
    row("a ward round's from before a weekday", "Plan: from Monday; oral feeds");
    row("a ward round's from before an English word", "Plan: from theatre; review");
    row("a from without a semicolon", "B: from Lilongwe on the bus");
    row("an origin that is the emergency room", "Procedencia: Emergencia Servicio: Cirugía");
    row("a Maltese number of tablets", "pillola ta' 5 mg, darbtejn kuljum");
  }

  void ignoresOriginAndMalteseLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // The name a hospital, a barracks or a national centre is known by, after its noun and the words
  // of its rank, is no person's (scan_name_vetoes.cpp); a person after such a place still is.
  void ignoresHospitalAndBarracksNames_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Maltese hospital's name", "KUNSENS GĦALL-OPERAZZJONI Sptar Mater Dei");
    row("a central military hospital and its quarter", "HÔPITAL MILITAIRE CENTRAL - BADARO");
    row("a barracks", "MEDICAL OFFICER, LUQA BARRACKS");
    row("a national transfusion centre and its town", "FICHE DE TRANSFUSION - CNTS BUJUMBURA");
  }

  void ignoresHospitalAndBarracksNames() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsPersonsAfterHospitalNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a patient after a national hospital's name", "Hospital Nacional Rosales. Paciente: Marta Quintanilla",
        "Marta Quintanilla");
    row("a soldier after the barracks", "LUQA BARRACKS. Patient: Karl Farrugia", "Karl Farrugia");
  }

  void findsPersonsAfterHospitalNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }
  // A prison's patient after the prisoner's word of its language, and the parents' name boxes of
  // the forms of the former Yugoslavia (scan_name_cues.cpp).
  void findsPrisonersAndParentsNameBoxes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a prisoner in capitals", "ZOMBA CENTRAL HOSPITAL PRISONER: CHIKONDI BANDA PRISONER NO.: 12", "CHIKONDI BANDA");
    row("a Dutch detainee", "MEDISCHE DIENST\nGedetineerde: Ramon Pinas\nRegistratienummer: 12", "Ramon Pinas");
    row("a French detainee", "Détenu : Karim Haddad, cellule 12", "Karim Haddad");
    row("a father's name box", "Ime: Milica Ime oca: Dragan JMBG: 0101990123456", "Dragan");
  }

  void findsPrisonersAndParentsNameBoxes() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresPrisonerWordLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("prisoner in prose", "the prisoner was escorted to the clinic");
    row("a prisoner's number label", "Prisoner no.: pending");
  }

  void ignoresPrisonerWordLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Machine records: HL7 v2 segments parted by a lone carriage return, an HL7 address without a
  // state, the e-mail of a telecom field, a label's colon with no space before a date
  // (detector.cpp's scannableText, scan_hl7.cpp, scan_commonwealth_postcodes.cpp, scan_dates.cpp).
  void readsMachineRecords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    const char* message =
        "MSH|^~\\&|PAS|LAKESIDE|HUB|REGION|20240315093012||ADT^A04|MSG000123|P|2.5.1\r"
        "PID|1||4471923^^^LAKESIDE^MR||OKONKWO^Thandiwe||19470622|F|||14 Harbour View Road^^Port Elgin^^PE3 9QT^GBR"
        "||+44 1632 960418^PRN^PH~^NET^Internet^t.okonkwo@example.net\r"
        "PV1|1|O|GPSURG^^^LAKESIDE||||G8812345^ABERNATHY^Clive^^^Dr\r"
        "IN1|1|BUPA01|BUPA|Bupa Health||||||||||||OKONKWO^Thandiwe|SEL|19470622";
    row("a segment after a lone carriage return", message, "ABERNATHY^Clive", "name");
    row("the date of birth in a CR-parted message", message, "19470622", "date");
    row("a town without a state before it", message, "Port Elgin", "address");
    row("a postcode after an empty state", message, "PE3 9QT", "zip");
    row("the e-mail of a telecom repetition", message, "t.okonkwo@example.net", "email");
    row("a birthday in a vCard", "BEGIN:VCARD\nN:Fenech;Marija;;;\nBDAY:1988-04-17\nEND:VCARD", "1988-04-17", "date");
    row("a date after a label's colon", "DOB:17/04/1988 sex:F", "17/04/1988", "date");
    const char* card = "BEGIN:VCARD\nVERSION:3.0\nN:Fenech;Marija;;Ms;\nADR;TYPE=HOME:;;12 Triq il-Kbira;\u017bebbu\u0121;;ZBG 1010;Malta\nEND:VCARD";
    row("a vCard's family name", card, "Fenech", "name");
    row("a vCard's street", card, "12 Triq il-Kbira", "address");
    row("a vCard's locality", card, "\u017bebbu\u0121", "address");
    row("a vCard's postal code", card, "ZBG 1010", "zip");
    row("a FHIR postal code of another country", "{\"address\": [{\"city\": \"Manzini\", \"postalCode\": \"M200\"}]}", "M200", "zip");
    row("an XML postcode", "<Address><Town>Naxxar</Town><PostCode>NXR 1234</PostCode></Address>", "NXR 1234", "zip");
    row("an XML identity card", "<Patient><IDCard>0012345M</IDCard></Patient>", "0012345M", "license");
    const char* referral =
        "MSH|^~\\&|GPSYS|P1|HOSP|MAIN|20240315093012||REF^I12|M88|P|2.5\r"
        "PID|1||771234^^^P1^MR||DLAMINI^Sibusiso||19580302|M|||||^PRN^PH^^268^7612^3456\r"
        "PD1|||Lakeside Surgery^^P1234|G7712345^MASEKO^Nomsa^^^Dr\r"
        "PRD|RT|NKOSI^Themba^^^Dr|Central Hospital\r"
        "TXA|1|CN|TX|20240316||||||G7712346^ZWANE^Ayanda\r"
        "SCH|APT991|||||ROUTINE|||20|MIN|^^20^202403220915\r"
        "AIP|1||G7712347^SHONGWE^Musa|GP";
    row("a phone in XTN's country, area and local parts", referral, "268^7612^3456", "phone");
    row("the primary care doctor of PD1", referral, "MASEKO^Nomsa", "name");
    row("a referral's provider", referral, "NKOSI^Themba", "name");
    row("a document's originator", referral, "ZWANE^Ayanda", "name");
    row("a document's activity date", referral, "20240316", "date");
    row("an appointment's start", referral, "20240322", "date");
    row("an appointment's person", referral, "SHONGWE^Musa", "name");
    row("an NHS number written like a phone", "practice,nhs_number,surname\nY02345,401 023 2137,PATEL", "401 023 2137", "mrn");
  }

  void readsMachineRecords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresMachineRecordLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a relationship code after a lone carriage return", "MSH|^~\\&|PAS|X|HUB|Y|||ADT^A08|M1|P|2.5\rIN1|1|BUPA01|BUPA||||||||||||||SEL|");
    row("a time after a colon", "Infusion started at 10:2024 units per hour");
    row("a ratio before a date-like number", "ratio 1:12.5.2020 in the batch");
    row("a segment's name at a line's start", "MSH|^~\\&|GPSYS|P1|HOSP|MAIN|||REF^I12|M88|P|2.5\rPRD|RP||Lakeside Surgery");
    row("a uniform resource name's namespace", "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"> <typeId root=\"urn:oid:2.16.840.1.113883.1.3\"/>");
    row("a vCard's region and country", "BEGIN:VCARD\nADR:;;;;Gozo;;Malta\nEND:VCARD");
    row("no postal code in a postcode field", "{\"postalCode\": \"n/a\", \"country\": \"MT\"}");
    row("a short count in a postcode column", "ward,postcode,beds\nB2,1,12");
  }

  void ignoresMachineRecordLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Phones of small countries and dialling habits (scan_local_phones.cpp): eight digits as two fours
  // and seven as three and four after an instruction to call, six in pairs after a phone word, an
  // international number dialled with "00".
  void findsSmallCountryPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("two fours after call ... on", "Call patient on 3912 4567 if late.", "3912 4567");
    row("three and four after ring ... at", "ring her at 991 2345 tomorrow", "991 2345");
    row("six digits in pairs after a label", "Tlf. 55 66 77", "55 66 77");
    row("six digits after Phone:", "Phone: 21 34 56", "21 34 56");
    row("an international number after 00", "Tel. 00 238 991 23 45", "00 238 991 23 45");
  }

  void findsSmallCountryPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "phone");
  }

  void ignoresSmallCountryPhoneLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("two years after call ... on", "Call patient on 2024 2025 budget.");
    row("pairs of a time without a phone word", "Review at 09 30 45 minutes later.");
    row("hours after call at", "call at 1200 1300 hrs");
    row("a dose in pairs", "Give 20 10 10 mg");
  }

  void ignoresSmallCountryPhoneLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsPhonesAfterCallsOfMoreLanguages_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Catalan telèfon, 00 and country code in one group", "Telèfon: 00376 812 345 Data:", "00376 812 345");
    row("Catalan call her at", "Truqueu-la al 00376 881 002. Estat: pendent", "00376 881 002");
    row("00 number after a relative's name and comma", "Pårørende: Aviaja Petersen, 00299 14 91 04 Dato:", "00299 14 91 04");
    row("call back on, unbroken seven", "CALL BACK ON: 7421763 MESSAGE: repeat", "7421763");
    row("Seselwa my number, one-three-three", "Mon nimero: 2 769 981. Mersi", "2 769 981");
    row("one-three-three after TEL", "Decision with the nephew, TEL 2 735 621 today", "2 735 621");
    row("my number changed", "bonjour, mon numéro a changé: 393 59 71 merci", "393 59 71");
    row("siSwati call me", "ngishayele ku 7872 5473 uma kukhona", "7872 5473");
    row("Turkish your number", "numaranız 0533 880 19 97 değil mi?", "0533 880 19 97");
    row("Kriolu call", "si el pió, liga 537 29 31", "537 29 31");
    row("a person present and a comma", "Family member present: Thandeka Mamba, 7876 6782 Date:", "7876 6782");
    row("inside the family's bracket", "family (Ali Jassim Al-Dosari, 3702 2181) informed.", "3702 2181");
  }

  void findsPhonesAfterCallsOfMoreLanguages() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "phone");
  }

  void ignoresPhoneLookalikesOfMoreLanguages_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("three zeros before a count", "Stock 00012 345 678 boxes");
    row("a count in one-three-three without a phone word", "Population 2 735 622 in 2024.");
    row("a bracket of a dose", "family (Metformin 500, 1000 2000) reviewed");
    row("a person present then a year range", "Present: Lab Team, 2024 2025");
  }

  void ignoresPhoneLookalikesOfMoreLanguages() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsAgesVehiclesAndAddressesOfSmallStates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("Faroese age label", "P-tal: 040135-821 Aldur: 97 Bústaður: x", "97", "age");
    row("Kriolu years after a spelled age", "el ten ninety-four anu.", "ninety-four", "age");
    row("Kriolu years after digits", "nha mai ten 96 anu", "96", "age");
    row("Danish car before a plate", "Patientens snescooter/bil: GR 77 158 Dato:", "GR 77 158", "vehicle");
    row("Italian vehicle before a plate", "Veicolo: RSM 123", "RSM 123", "vehicle");
    row("Faroese dwelling label", "Bústaður: Vágsvegur 44, FO-900 Vágur Nærmasti avvarðandi: Jógvan",
        "Vágsvegur 44, FO-900 Vágur",
        "address");
  }

  void findsAgesVehiclesAndAddressesOfSmallStates() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresAgeAndVehicleLookalikesOfSmallStates_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a young age after Aldur", "Aldur: 45");
    row("a score after a car's field", "Bil: GCS 14");
    row("a bare number after a vehicle word", "Bil: 12345");
  }

  void ignoresAgeAndVehicleLookalikesOfSmallStates() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsDatesOfSmallStatesLanguages_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Catalan month with de", "Data de la visita: 6 de maig de 2024 Asthma", "6 de maig de 2024");
    row("Greenlandic month after a day's dot", "Dato: 18. apriili 2025 Sygeplejerske", "18. apriili 2025");
    row("siSwati month", "Date: 16 Imphala 2024 Nurse:", "16 Imphala 2024");
    row("Sesotho month", "ho tla kliniking ke 18 Hlakola 2025.", "18 Hlakola 2025");
    row("Gilbertese month", "Date of death: 3 Okitobwa 2025 Place", "3 Okitobwa 2025");
    row("Seselwa month", "Sent: 8 Zen 2024 Bonzour dokter", "8 Zen 2024");
    row("French day and month after le", "le docteur passe le 22/9 pour les visites", "22/9");
    row("French day and month after depuis", "la tension est haute depuis le 1/12 merci", "1/12");
    row("Kriolu day and month after na", "bai centro di saude na 4/21. obrigadu", "4/21");
  }

  void findsDatesOfSmallStatesLanguages() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "date");
  }

  void ignoresDateLookalikesOfSmallStatesLanguages_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a month word of Catalan without a year", "el 5 maig passat, sense any");
    row("a French half tablet after le", "prendre le 1/2 comprimé le soir");
    row("Seselwa June as a word without a year", "5 out of 10 patients");
    row("a score after le in prose", "Score le plus bas 14/30 points");
    row("a ratio after na that no month holds", "na 3/45 amostras");
  }

  void ignoresDateLookalikesOfSmallStatesLanguages() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsAddressesOfIslandsAndNordicStreets_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a settlement and its island", "Idade: 79 anos Morada: Santo Amaro, Ilha de São Tomé Contacto: 990 1234",
        "Santo Amaro, Ilha de São Tomé");
    row("a Turkish road named after a place", "Adres: Girne Yolu, Ortaköy, Lefkoşa Telefon: 0542 111 22 33",
        "Girne Yolu, Ortaköy, Lefkoşa");
    row("a postcode with the country's letters", "Bústaður: Undir Bakka 17, FO-700 Klaksvík Nærmasti avvarðandi: Jógvan",
        "Undir Bakka 17, FO-700 Klaksvík");
    row("a Nordic street word in lower case", "Bústaður: Jóannes Paturssonar gøta 12, FO-100 Tórshavn Telefon: x",
        "Jóannes Paturssonar gøta 12, FO-100 Tórshavn");
    row("an Italian street with dei", "Residenza: Via Ca' dei Lunghi 30, 47893 Borgo Maggiore Tel.: x",
        "Via Ca' dei Lunghi 30, 47893 Borgo Maggiore");
  }

  void findsAddressesOfIslandsAndNordicStreets() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "address");
  }

  void ignoresIslandAndRoadLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an island's word after a label of no address", "Achado: células da ilha, 3 lesões");
    row("a road's word in lower case after a label of no address", "Tanı: hipertansiyon yolu, kontrol 2");
    row("a country code and count without an address label", "Lot 17, FO-700 units");
  }

  void ignoresIslandAndRoadLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsPostcodesOfOtherCountriesInRecordsAsAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    const char* kosovo =
        "MSH|^~\\&|SIS|QKUK|LAB|QKUK|20250101120000||ADT^A04|MSG1|P|2.5.1\n"
        "PID|1||8041078^^^QKUK^MR||KRASNIQI^ARBEN||19700101|M|||Rruga Nëna Terezë nr. 12^^Prizren^^30000^XK\n";
    row("hl7 postcode with another country's code", kosovo, "30000", "address");
    row("hl7 four-digit postcode of Greenland", "PID|1||1^^^X^MR||LYNGE^INUK||19700101|M|||Aqqusinersuaq 3^^Nuuk^^3900^GL\n",
        "3900", "address");
    row("hl7 US ZIP stays a zip",
        "PID|1||1^^^X^MR||DOE^JANE||19700101|F|||12 Oak St^^Springfield^IL^62701^USA\n", "62701", "zip");
    row("hl7 ZIP without a country stays a zip", "PID|1||1^^^X^MR||DOE^JANE||19700101|F|||12 Oak St^^Springfield^IL^62701\n",
        "62701", "zip");
    row("xml postcode of letters and digits",
        "<addr use=\"HP\"><streetAddressLine>Plot 12</streetAddressLine><city>Nhlangano</city>"
        "<postalCode>S400</postalCode></addr>", "S400", "address");
    row("xml five-digit ZIP stays a zip",
        "<addr use=\"HP\"><city>Wexcombe</city><state>OR</state><postalCode>97420</postalCode></addr>", "97420", "zip");
  }

  void findsPostcodesOfOtherCountriesInRecordsAsAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresPostcodeFieldLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an XAD with only a country", "PID|1||||||||||||^^^^^XK\n");
    row("an empty postal code element", "<addr use=\"HP\"><postalCode></postalCode></addr>");
  }

  void ignoresPostcodeFieldLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsPhonesAfterNordicKinAndMoreCalls_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Faroese father in brackets, 00 number", "Jógvan við Stein (far), 00298 77 44 55 Dagfesting:", "00298 77 44 55");
    row("Danish husband in brackets", "Hanna Olsen (ægtemand), 00298 75 47 16 Dato:", "00298 75 47 16");
    row("Sesotho call", "letsetsa 5436 5029 ha o sa khone.", "5436 5029");
    row("French call us at", "appelez le 70 85 37 74 en cas de maux de tête", "70 85 37 74");
    row("French appointment at", "merci de prendre rendez-vous au 06 57 16 23 (votre médecin)", "06 57 16 23");
    row("Italian my mobile is", "Il mio cellulare è 66 64 24 58. Grazie", "66 64 24 58");
  }

  void findsPhonesAfterNordicKinAndMoreCalls() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "phone");
  }

  void ignoresNordicKinAndCallLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a far-off count in brackets", "Doses (far), 12 10 08 mg");
    row("short emergency numbers after appelez le", "appelez le 15 ou le 112 en urgence");
    row("an Italian count after è", "Il valore è 66 mg/dl");
  }

  void ignoresNordicKinAndCallLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsCompoundsAndHousesAfterLabels_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a compound after its label", "Patient: Awa Jallow Compound: Compound 12, Serrekunda East, Kanifing Age: 40",
        "Compound 12, Serrekunda East, Kanifing");
    row("a French house closing the value", "Domicile : Port-Gentil, quartier Grand Village, maison 31\nDécès constaté",
        "Port-Gentil, quartier Grand Village, maison 31");
  }

  void findsCompoundsAndHousesAfterLabels() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "address");
  }

  void ignoresCompoundLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a drug compound in prose", "Active compound: sodium valproate 200 mg, twice daily");
    row("a house after a bed in a ward", "Domicile : Service de médecine, lit 12, maison 2");
  }

  void ignoresCompoundLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsDaysAfterTomorrowWordsAndMoreMonths_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("Turkish tomorrow", "merhaba, yarın 12/8 saat 10'da gelsin", "12/8");
    row("siSwati tomorrow", "sikhona ekhaya ngemuso 8/11 yebo", "8/11");
    row("French tomorrow", "je passe demain 14/9 matin", "14/9");
    row("Bislama January", "Date: 6 Jenuware 2024 Blad presa", "6 Jenuware 2024");
    row("Gilbertese June", "Date of death: 11 Tune 2025 Place of death", "11 Tune 2025");
  }

  void findsDaysAfterTomorrowWordsAndMoreMonths() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "date");
  }

  void ignoresTomorrowAndMonthLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a tune without a year", "5 tune changes in the program");
    row("a Turkish word ending like tomorrow before a score", "skor 12/30 puan");
  }

  void ignoresTomorrowAndMonthLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Organisations' addresses and event ids that have the shape of a person's e-mail or URL
  // (scan_contact.cpp): a secretariat's or reception's mailbox named after its site, the UID of a
  // calendar event or the id of a mail message, a code system's URL in a coding written out.
  void ignoresOrganisationContactLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a secretariat's mailbox with its site", "A: segreteria.centro@iss.example.sm");
    row("a reception's mailbox with its site", "Copy to reception-northside@clinic.example.org");
    row("an iCalendar event's UID", "BEGIN:VEVENT\nUID:APT40800@practice.example.org\nEND:VEVENT");
    row("a mail message's id", "Message-ID: <a81b2c@mail.example.com>");
    row("a code system's URL", "coding: system http://loinc.org, code 85354-9");
    row("a code system's URL after a colon", "system: http://snomed.info/sct code 38341003");
    row("a practice asset's serial", "Vaccine fridge data logger SN-LOG-0412 (practice asset).");
    row("a practice asset's serial after a reading", "Fridge read 2-8 C twice daily; data logger SN-TEMP-02 (practice asset).");
  }

  void ignoresOrganisationContactLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsPersonalContactsNearOrganisationShapes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a person's mailbox starting with a name", "From: maria.reception@mail.example.com", "maria.reception@mail.example.com", "email");
    row("an attendee's mailbox in a calendar", "ATTENDEE;CN=Patient:mailto:k.tanaka7@mail.example.com", "k.tanaka7@mail.example.com", "email");
    row("a patient's own site", "Her blog at https://www.example.com/jdoe-diary", "https://www.example.com/jdoe-diary", "url");
  }

  void findsPersonalContactsNearOrganisationShapes() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }
  // Greetings that open a call or chat and the words of practices' and health centres' names in
  // many languages (name_tables.cpp, never names), with the person named beside them still found.
  void ignoresPracticeHeadingAndGreetingWords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an Italian greeting opening a call", "Buongiorno, chiamo per il certificato.");
    row("a Gilbertese greeting", "Mauri! Your review is due next month.");
    row("a Sesotho greeting", "Lumela! Reminder: clinic on Tuesday.");
    row("a Turkish family-practice heading", "GİRNE AİLE HEKİMLİĞİ MERKEZİ SEVK FORMU");
    row("a Danish health-centre heading", "Sundhedscenter Sisimiut");
    row("a polyclinic's heading", "TAJURA POLYCLINIC");
    row("a Portuguese sick-note heading", "CERTIFICADO DE INCAPACIDADE TEMPORÁRIA");
    row("a French letter's head of the GP", "MÉDECIN TRAITANT : voir ci-dessous");
    row("a Danish laboratory's head", "KLINISK BIOKEMI, prøvesvar");
    row("a glucose meter's brand", "Glucometer lent: Accu-Chek, S/N on the box");
    row("a blood-pressure monitor's brand", "Home BP monitor: Omron, readings twice daily");
  }

  void ignoresPracticeHeadingAndGreetingWords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsNamesBesidePracticeHeadingAndGreetingWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a caller after an Italian greeting", "Buongiorno, sono Chiara Belotti (moglie).", "Chiara Belotti");
    row("a patient after a Turkish form heading", "SEVK FORMU Hasta: Ahmet Karaca", "Ahmet Karaca");
  }

  void findsNamesBesidePracticeHeadingAndGreetingWords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }
  // Greek titles before a name in Greek script (name_tables.cpp titles): "Δρ", "Κα".
  void findsNamesAfterGreekTitles_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a doctor after a label", "Προσωπικός ιατρός: Δρ Ελένη Ιωάννου", "Ελένη Ιωάννου");
    row("a doctor in a sentence", "Εξετάστηκε από Δρ Ανδρέας Γεωργίου σήμερα.", "Ανδρέας Γεωργίου");
  }

  void findsNamesAfterGreekTitles() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresGreekTitleLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Greek heading without a title", "Γενικό Νοσοκομείο Λευκωσίας");
    row("a lone title", "Δρ");
  }

  void ignoresGreekTitleLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifiers of small states' registers and insurers (account_plan_labels.cpp,
  // world_id_labels.cpp, local_id_labels.cpp, scan_hl7.cpp): social health insurers' acronyms, a
  // personal number after a one-letter label joined by a hyphen, HL7's national identifier type
  // NI, and an IN1 policy number shifted by two fields.
  void findsSmallStateIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("an Andorran insurer's number", "Pacient: Marc Font, Núm. CASS: 210609-0", "210609-0", "health_plan");
    row("San Marino's insurer", "Codice ISS: 007293 Residenza: Borgo", "007293", "health_plan");
    row("a universal insurance after a mark", "CNIB : B89778314 AMU : AMU-26006206", "AMU-26006206", "health_plan");
    row("Cabo Verde's social insurer", "BI n.º 6312978 INPS: INPS-0712579", "INPS-0712579", "health_plan");
    row("a beneficiary's number in Greek", "Αρ. Δικαιούχου: 48693831", "48693831", "health_plan");
    row("a Faroese personal number", "Navn: Sólja Jacobsen P-tal: 240775-517", "240775-517", "mrn");
    row("a Barbadian registration number", "NRN: 240607-5273 NIS no.: 105510", "240607-5273", "mrn");
    row("a personal number of thirteen digits", "PIN: 9205029543886 DOB: 02/05/1992", "9205029543886", "mrn");
    row("a Mauritanian NNI", "né le 16/11/1955, NNI 9499369975, demeurant Ksar", "9499369975", "mrn");
    row("a sedula", "Patiënt: Jurgen Koolman Sedula: 1923070951", "1923070951", "mrn");
    row("an HL7 national identifier", "MSH|^~\\&|A|B|C|D|||ADT^A04|M1|P|2.5\rPID|1||GP-1^^^HC12^MR~970876321^^^BHCPR^NI||BUHIJI^Fatema",
        "970876321", "license");
    row("an IN1 policy two fields early", "MSH|^~\\&|A|B|C|D|||ADT^A08|M1|P|2.5\rIN1|1|MCR|CMS|Medicare|||||||||||HADDAD^Cody|SEL||||||||||||||||||28394420837",
        "28394420837", "health_plan");
  }

  void findsSmallStateIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresSmallStateIdentifierLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an atomic mass unit", "mass 12 amu 125000 counts");
    row("a PIN of four digits", "Enter PIN 1234 at the kiosk");
    row("a letter before a hyphenated word", "Vitamin B-complex 100 tablets");
    row("lifetime reserve days in IN1", "MSH|^~\\&|A|B|C|D|||ADT^A08|M1|P|2.5\rIN1|1|MCR|CMS|Medicare|||||||||||||||||||||||||||||||30");
  }

  void ignoresSmallStateIdentifierLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Identity documents of more languages and a visit number in
  // a PV1 shifted by one field (world_id_labels.cpp, scan_hl7.cpp).
  void findsRegistrationsAndShiftedVisits_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Greek identity card", "Αρ. Ταυτότητας: 46299814", "46299814", "license");
    row("a Catalan passport", "Passaport: X153513 Data de naixement: 12/08/1942", "X153513", "license");
    row("a seven-digit bilhete de identidade", "Djenifer Monteiro Tavares BI n.º 6312978 INPS", "6312978", "license");
    row("a visit number in PV1-18", "MSH|^~\\&|A|B|C|D|||ADT^A04|M1|P|2.5\rPV1|1|O|GP^R3^^HC12||||24456^BUHIJI^Yusuf|||GP||||||||V26805726",
        "V26805726", "account");
  }

  void findsRegistrationsAndShiftedVisits() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresRegistrationLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a short patient type in PV1-18", "MSH|^~\\&|A|B|C|D|||ADT^A04|M1|P|2.5\rPV1|1|O|GP||||||||GP|||||||OP1");
  }

  void ignoresRegistrationLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // The greetings of Southern Africa open a message to the one greeted, in capitals too
  // (scan_name_greetings.cpp), though the greeting itself is never a name.
  void findsNamesAfterSouthernAfricanGreetings_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Setswana greeting in capitals", "SMS 26/9 TO 76 098 683: DUMELA TEBOGO, O GOPOLWA GORE O TLA KWA CLINIC", "TEBOGO");
    row("a Sesotho greeting", "lumela palesa, u hopotsoa ho tla tleliniking", "palesa");
  }

  void findsNamesAfterSouthernAfricanGreetings() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  // Greek forms' labels before names in Greek letters (which the name model, having learnt no Greek
  // names, does not overrule), the French plural "Prénom(s) :", a next field's acronym or abbreviated
  // label after the name left out of it, FHIR identifier systems named after an insurer, an
  // e-prescription's insurance card and a FHIR subject's patient reference (seed 3434).
  void findsFormsOfSmallStates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Greek beneficiary before an abbreviated label", "Δικαιούχος: Χρίστος Ιωάννου Αρ. Ταυτότητας: 882145",
        "Χρίστος Ιωάννου", "name");
    row("a Greek patient in capitals", "ΑΣΘΕΝΗΣ: ΓΕΩΡΓΙΟΥ ΑΝΔΡΕΑΣ\nΗΜΕΡΟΜΗΝΙΑ: 12/03/2025", "ΓΕΩΡΓΙΟΥ ΑΝΔΡΕΑΣ", "name");
    row("a Greek name after an English label", "Patient: Ανδρέας Γεωργίου", "Ανδρέας Γεωργίου", "name");
    row("a French given name before an acronym's label", "Nom : OUÉDRAOGO Prénom(s) : Awa CNIB : B12345678", "Awa",
        "name");
    row("a name before a card's acronym", "Patient: Awa Diallo CNIB : B12345678", "Awa Diallo", "name");
    row("a FHIR identifier of Cabo Verde's insurer",
        "{\"identifier\":[{\"system\":\"urn:cv:inps\",\"value\":\"INPS-1234567\"}],\"name\":[{\"family\":\"Varela\"}]}",
        "INPS-1234567", "health_plan");
    row("a FHIR identifier of Andorra's insurer", "{\"identifier\":[{\"system\":\"urn:ad:cass\",\"value\":\"123456-7\"}]}",
        "123456-7", "health_plan");
    row("an e-prescription's insurance card", "<Patient>\n  <InsuranceCard>80756012345678</InsuranceCard>\n</Patient>",
        "80756012345678", "health_plan");
    row("a FHIR subject's patient reference",
        "\"subject\": { \"reference\": \"Patient/4417902\", \"display\": \"LaShanda Cartwright\" }", "4417902", "mrn");
    row("a capital that is a family name, as a person's", "Patient: Elena Riga", "Elena Riga", "name");
    row("a doctor's registration abbreviated", "Signed: Dr Fatou Njie, MBBS, reg. GMDC/1234", "GMDC/1234", "license");
    row("a doctor's registration number abbreviated", "Notifying doctor: Ana Lopez, Reg. No. M12345", "M12345", "license");
    row("a greeted name closing its sentence", "salam ahmedou. rendez-vous au centre de santé le 12/03", "ahmedou",
        "name");
    row("a greeted name closing its line", "marhaba, noof\nyour appointment is at 9", "noof", "name");
    row("a Turkish relative in a chat", "merhaba doktor bey, yakınım ayşe için ilaçlar bitti", "ayşe", "name");
    row("an isiZulu grandfather in a chat", "sawubona nesi. mkhulu mandla akasakhoni kuhamba", "mandla", "name");
    row("a coroner's case", "BARBADOS\nCoroner's case no.: CR-2024-117\nDeceased: GITTENS, Kemar", "CR-2024-117",
        "account");
    row("a prosecutor's file on a death", "N° de dossier du parquet : PQ-LBV-2024/17\nFamille : Prisca Nze Obiang",
        "PQ-LBV-2024/17", "account");
    row("a practice's number of its patient", "NOTE:Next of kin of practice patient GP-204117 (diabetes register)",
        "GP-204117", "mrn");
    row("a German street with its type apart", "Frau Brigitte Marxer\nFeldkircher Strasse 12, 9495 Triesen",
        "Feldkircher Strasse 12, 9495 Triesen", "address");
    row("a German street with its type apart, in Straße", "Berliner Straße 5, 10115 Berlin",
        "Berliner Straße 5, 10115 Berlin", "address");
    row("a FHIR performer's display", "{\"performer\": [{ \"display\": \"Sherry Moss\" }]}", "Sherry Moss", "name");
    row("a Faroese name box", "Navn: Rannvá Dam\nP-tal: 123456-789", "Rannvá Dam", "name");
    row("a Sesotho greeting to a man", "lumela ntate tšepo ramokoena. ke tlhokomelo ea bophelo", "tšepo ramokoena", "name");
    row("a Kriolu greeting's full name", "bon dia rignald koolman! kaha di salú", "rignald koolman", "name");
    row("whom a French message is about", "ne y yibeogo docteur. c'est pour issouf, la tension est à 14/9", "issouf",
        "name");
    row("a Catalan street after its label", "Adreça: Carrer Major 12, AD500 Andorra la Vella\nTelèfon: 812 345",
        "Carrer Major 12, AD500 Andorra la Vella", "address");
  }

  void findsFormsOfSmallStates() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresFormsOfSmallStatesLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a FHIR reference to an example patient", "{\"subject\": { \"reference\": \"Patient/example\" }}");
    row("a LOINC coding", "{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]}");
    row("the rest of a greeting's formula", "salam aleikum. doktor bey burada mı?");
    row("a Greenlandic health centre", "Med venlig hilsen\nSundhedscenter Nuuk");
    row("a referral to a Cypriot town's hospital", "Referred to Limassol General Hospital for echo.");
    row("a capital that is a family name, after travel", "Flew to Riga for the congress.");
    row("a polyclinic named after a person, in capitals", "NEW PATIENT REGISTRATION - WINSTON SCOTT POLYCLINIC");
    row("a polyclinic named after a person", "Seen at the Winston Scott Polyclinic today.");
    row("the French possessive before a word", "venez au csps demain matin, avec son carnet. appelez le centre");
    row("an acknowledgement's control id",
        "MSH|^~\\&|LAB|HOSP|GPS|CLINIC|||ACK|MSG12345678|P|2.5.1\rMSA|AA|MSG12345678|Message accepted");
    row("an interface log's control id", "INFO engine channel=ORU_IN retry=0 ctl=MSG12345678");
    row("a message control id in prose", "Message control id MSG1234567 duplicated; second copy discarded");
    row("a practitioner's national provider number",
        "{\"resourceType\":\"Practitioner\",\"identifier\":[{\"system\":\"urn:cy:gesy:provider\",\"value\":\"PD-123456\"}]}");
    row("an HL7 insurer's id", "IN1|1|CNAMGS|GA-CNAMGS|CNAMGS Gabon");
    row("a facility's acronym before its city", "Referred from QKMF Prishtinë today.");
    row("a provider's facility in HL7", "PRD|RP||QKMF Prishtinë");
    row("a practice's patient list", "The practice patient list grew by 120 in 2024.");
    row("a location's master file update",
        "MFE|MAD|LOC1234||SC-NUUK^^^DIH\nLOC|SC-NUUK^^^DIH|Sundhedscenter Nuuk|C|Dronning Ingrids Vej 1, 3900 Nuuk");
    row("an organisation performing", "{\"performer\": [{ \"display\": \"Central Laboratory\" }]}");
    row("a Kriolu greeting to the doctor", "bon dia dotora, tenho tenson altu");
    row("a greeting with its message", "buenos días, tengo fiebre. gracias");
    row("good appetite", "bon appétit, enjoy the meal");
    row("what a French message is for", "c'est pour demain, merci");
    row("a car's registration", "The Reg. 12 rule applies to every car on the island.");
    row("a Catalan street word in prose", "El carrer és llarg i el passeig també.");
  }

  void ignoresFormsOfSmallStatesLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Names in Japanese, Korean, Hindi and Bengali by their labels and honorifics
  // (scan_name_east_asian.cpp), seed 3535.
  void findsEastAsianAndIndicNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Japanese patient's name box", "患者氏名: 渡辺 武 様\n生年月日: 昭和25年3月1日", "渡辺 武");
    row("a Japanese radiologist", "読影医: 渡辺 恵美子 先生", "渡辺 恵美子");
    row("a Japanese honorific in a mail", "Subject: 症例報告の件\n\n山本先生\nお疲れ様です。", "山本");
    row("a Japanese name in a full-width bracket", "本文中に患者氏名（井上 恵美子）と住所", "井上 恵美子");
    row("a Korean resident", "교수: 최태양, 전공의: 이민서", "이민서");
    row("a Korean patient before the word", "내일 컨퍼런스 케이스 최은지 환자 (등록번호 12345678)", "최은지");
    row("a Korean list's age", "9. 최수진 (45) 등록번호 H1234567", "최수진");
    row("a Hindi doctor", "डॉक्टर: डॉ. सुनीता शर्मा Apgar 9", "सुनीता शर्मा");
    row("a Bengali guardian", "অভিভাবক: মিজানুর তালুকদার", "মিজানুর তালুকদার");
    row("a Japanese case report's authors", "著者: 井上 幸子，高橋 武", "井上 幸子");
    row("a Japanese patient with a honorific in brackets", "症例（高橋 恵美子様、93歳、ID H1234567）の件", "高橋 恵美子");
    row("an Urdu patient before the age's label", "میڈیکل وارڈ 3 مریض: عمران قریشی عمر: 45 سال", "عمران قریشی");
    row("a Persian doctor's title", "پزشک معالج: دکتر مهسا کریمی", "مهسا کریمی");
    row("a Persian patient before the national code", "بیمار: فرشته تهرانی کد ملی: 123-456789-0", "فرشته تهرانی");
    row("an Arabic given name that means age in Urdu", "استلم الطلب: د. عمر محمود درويش", "عمر محمود درويش");
    row("a Bengali doctor's title", "চিকিৎসক: ডা. মিজানুর তালুকদার", "মিজানুর তালুকদার");
    row("a logbook's supervisor", "{\"procedure\":\"bone marrow biopsy\",\"supervisor\":\"강승호\"}", "강승호");
    row("a logbook's patient initials", "{\"patient_initials\":\"S.N.\",\"uhid\":\"12-3456-78\"}", "S.N.");
    row("doctors who saw the patient", "Seen by Okonkwo and Patel today.", "Okonkwo");
    row("a family name that is a YAML key", "Family meeting - Chaudhry-Lang", "Chaudhry-Lang");
    row("the second of a Japanese list of authors", "著者: 高橋 恵美子，渡辺 幸子", "渡辺 幸子");
    row("a Korean supervisor without a colon", "전공의 최지연, 지도교수 최수진", "최수진");
    row("a romanised name before a Japanese honorific", "症例: SATO Haruka様、93歳、ID 1234567", "SATO Haruka");
    row("initials in a logbook's CSV row", "2024/03/12,H1234567,E.T.,93,中心静脈カテーテル挿入", "E.T.");
    row("initials in a pipe-separated row", "12/03/2024|X.R.|NP1234567|67|Plastia inguinal", "X.R.");
    row("a Filipino given name that closes an eponym", "Guardian: Dindo de los Santos, 0924 112 2464", "Dindo de los Santos");
    row("a draft's own BibTeX authors in full", "author = {Schäfer, Ulrike and Hoffmann, Sven},", "Ulrike");
    row("a recipient whose given name starts like a DOI", "Recipient: Mallory, Doina J.   MRN 00450319", "Mallory, Doina J.");
    row("a claimant before an insurer's date of injury", "Subject: RE: DUC-ANH AL-ZAHRANI-MOSS / Claim CLM74751285 / DOI 6/21/2024",
        "DUC-ANH AL-ZAHRANI-MOSS");
  }

  void findsEastAsianAndIndicNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresEastAsianNameLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("patients and everyone addressed", "患者様へ、皆様、お疲れ様です。");
    row("a Korean word before the patient", "내일 컨퍼런스 케이스 환자 목록");
    row("a professors' meeting in Korean", "교수 회의는 내일");
    row("abbreviations in a CSV row", "U.S.,N.B.,text,more");
    row("a Japanese label with no name", "氏名: ____");
    row("survival curves and a graded complication", "Kaplan-Meier estimates at 12 months: 81.3%; Clavien-Dindo grade IIIa.");
    row("a German teaching heading", "Fallvorstellung im Rahmen der Weiterbildung, Raum 2.14");
    row("an Indonesian audit heading", "WAKTU TUNGGU OPERASI SESAR");
    row("an Italian M&M heading", "VERBALE DELLA RIUNIONE DI MORBILITÀ E MORTALITÀ");
    row("a citation database", "Cited by 800 (Scopus); impact factor 2.61");
    row("a hyphenated cited author and a journal before its year", "See García-López M, et al. Ann Intern Med 2013;117(12):1524-1534.");
    row("a German journal's abbreviation", "See Tanaka H, Kim S. Dtsch Arztebl Int 2003;298(17):498-526.");
    row("a study cited by its authors in prose", "Compare the meta-analysis by Okonkwo and Patel (n = 4,112).");
    row("Indonesian formal you", "Lampiran 2 protokol Anda memuat data pasien");
    row("a teaching programme's director", "To: Program Director, Graduate Medical Education");
    row("a town of a Kenyan case report", "Referred from Nyeri County Referral Hospital.");
    row("a reference list in Vancouver style", "e.g. Rahman M, Chowdhury S, Islam N, et al. Similar cases were reported.");
    row("a numbered reference", "2. Okonkwo A, Patel R, Müller T. Lancet 2018;331:1-9.");
    row("a BibTeX entry of a cited work", "@article{smith2024case, author = {Smith, J. and Lee, K.}, journal = {BMJ}}");
    row("a textbook and its publisher", "Harrison's Principles of Internal Medicine, 21st ed. New York: McGraw Hill; 2022. ISBN 978-1-264-26850-4");
  }

  void ignoresEastAsianNameLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // The dates of scientific meetings and their abstracts are no one's (scan_date_owners.cpp), seed
  // 3535; a care team's conference stays a patient's date.
  void ignoresScientificMeetingDates_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("an annual scientific meeting", "Presented at the 2nd Annual Scientific Meeting, 12-14 October 2024, Kyoto.");
    row("a congress and its abstract deadline", "Abstract deadline 15 January; the congress runs 12-14 September in Lisbon.");
    row("a Portuguese congress", "Prazo: 15 de abril; o congresso acontece de 12 a 14 de outubro em Recife.");
  }

  void ignoresScientificMeetingDates() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsCareConferenceDates() {
    verifyExpectedFinding("REHAB TEAM CONFERENCE September 23, 2024\nPresent: Dr. Krämer", "September 23, 2024", "date");
    verifyExpectedFinding("Presented at the congress. Admitted 12/03/2024.", "12/03/2024", "date");
  }
  // Identifiers of the medical-education family (mrn, license, account, health_plan, ssn, age,
  // vehicle), seed 3535.
  void findsEducationIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("an Indian hospital register still", "UHID OPD/2024/071787", "OPD/2024/071787", "mrn");
    row("a sponsor's claim reference still", "Payment ref PA-4458-16365", "PA-4458-16365", "account");
    row("a RiskMan incident", "INCIDENT REPORT (SAC 1) - RiskMan RM-077987 Patient: Hamish Papadopoulos", "RM-077987", "account");
    row("a report to the Dutch inspectorate", "Melding IGJ 2434-7066 Betrokken patiënt: Ilse van Dijk", "2434-7066", "account");
    row("an Indian medico-legal case", "108 ambulance; GCS 9; MLC no. MLC/626/2025 Patient: Sunita Iyer", "MLC/626/2025", "account");
    row("a German file reference", "Beschwerde, Aktenzeichen BS-5897/70", "BS-5897/70", "account");
    row("a patient-safety office's case", "Requested by: Tyler Sinclair, Quality & Patient Safety (case QPS-1181-314)", "QPS-1181-314", "account");
    row("Arizona before a ZIP code is no file reference", "Phoenix, AZ 85001", "85001", "zip");
    row("an AHPRA registration", "Assessor: Dr Callum Walsh, FRACP, AHPRA MED0000999101", "MED0000999101", "license");
    row("a PMDC registration", "Surgery Trainee: Bilal Butt, PMDC 91032-P Supervisor: Dr. Nazia Siddiqui", "91032-P", "license");
    row("a Norwegian HPR number", "Prosjektleder: Eirik Solberg, HPR 1234567", "1234567", "license");
    row("a LANR", "Ausbilder: Dr. Heike Hoffmann, LANR 1609102", "1609102", "license");
    row("a CPSO number", "Reviewed: Dr. Madison Campbell, CPSO 72809", "72809", "license");
    row("a Brazilian CRM with its state", "Dr. Marcelo Oliveira Almeida, CRM-SP 530617", "530617", "license");
    row("a Mexican cédula profesional", "Dra. Martínez Ramírez, Céd. Prof. 4702572", "4702572", "license");
    row("a Korean list's sex and age in brackets", "9. 최민서 (F/92) 등록번호 1234567", "92", "age");
    row("an English list's sex and age in brackets", "Jung Tae-yang (M/93), liver metastases", "93", "age");
    row("a REDCap log's survey response", "2024-03-01 12:00:00 | survey participant | Survey response 15-684 | ip = 1.2.3.4", "15-684", "mrn");
    row("a REDCap log's created record in Portuguese", "2024-03-01 12:00:00 | a@b.example | Criar registro 23-555 | nome = x", "23-555", "mrn");
    row("a Brazilian CNS in four groups", "levado ao Hospital das Clínicas; CNS 123 4567 8901 2345. Blood pressure", "123 4567 8901 2345", "health_plan");
    row("an Indian two-wheeler's plate", "19-year-old pillion rider, two-wheeler MH 12 HX 4821 hit by a truck", "MH 12 HX 4821", "vehicle");
    row("an Indian plate with dashes", "his four-wheeler KA-05-MN-1234.", "KA-05-MN-1234", "vehicle");
    row("a Mercosur plate after placa", "em 12/03/2024; motocicleta placa RRD1J23. Transportado", "RRD1J23", "vehicle");
  }

  void findsEducationIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresEducationIdentifierLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a manuscript's ID", "Manuscript ID JMCR-D-24-01234.");
    row("a journal's article ID", "Journal of Case Medicine, Vol. 12, Article ID 3456789");
    row("an ethics approval number", "approved by the institutional ethics committee (IEC/2024/123).");
    row("a Japanese trial registration in capitals", "ISRCTN12345678; DRKS00012345; JRCT1031200123.");
    row("an action plan's quality project", "the 5 Whys; action plan ref. QI-2024-047.");
    row("a council's acronym with no doctor before it", "the HPR 1234567 was ordered");
    row("a SAMU ambulance's unit", "Transportado pelo SAMU (viatura USA-12) ao Hospital das Clínicas");
    row("a cohort's age threshold", "Cohort aged 90 years or over: n = 123");
    row("an inclusion criterion's age", "patients 95 years and older were excluded");
    row("a survey's response rate", "The survey response rate was 45 percent.");
    row("a two-wheeler with no plate", "a two-wheeler MH 12 ward admission");
  }

  void ignoresEducationIdentifierLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Towns of origin and residence in case reports, M&M lists and audits, a Japanese address after
  // its label, and phones of relatives (scan_town_contexts.cpp, scan_towns.cpp, scan_places.cpp,
  // table_headers.cpp, scan_japanese_forms.cpp, scan_phone_ssn.cpp, scan_local_phones.cpp), seed
  // 3535.
  void findsCaseReportPlacesAndPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a case report's opening", "A 43-year-old woman from Mount Gambier was admitted on 09/07/2024.", "Mount Gambier",
        "address");
    row("the opening in capitals", "A 53-YEAR-OLD WOMAN FROM KAKAMEGA PRESENTED ON 17 JANUARY 2024", "KAKAMEGA", "address");
    row("an M&M minute's case line", "Case 1: K.O., UR 62008004, 53, from Broken Hill; admitted 03/01/2024", "Broken Hill",
        "address");
    row("an age, the sex and the town", "Asif Rahman, 68 years, female, from Kurigram.", "Kurigram", "address");
    row("a chat's patient by age", "the 95yo from Mount Gambier? [3/7/24, 16:46]", "Mount Gambier", "address");
    row("a rider from a town", "a 23-year-old boda-boda rider from Nyeri, motorcycle KHA 791A", "Nyeri", "address");
    row("a Norwegian decade of age", "2) En pasient i 36-\u00e5rene fra R\u00f8ros ble innlagt 8. april 2025", "R\u00f8ros",
        "address");
    row("a Norwegian patient's home town", "> Skal jeg ta med at pasienten er fra R\u00f8ros?", "R\u00f8ros", "address");
    row("a town and its state after the town", "Together with the town (Tupelo, MS) and the date of the stroke",
        "Tupelo, MS", "address");
    row("an Italian slide's residence", "\u2022 Rossi Mario, 73 anni, residente a Matera\n\u2022 Ricovero 14/12/2024",
        "Matera", "address");
    row("a Brazilian birthplace", "Paciente: Ana Souza, 34 anos, natural de Chapec\u00f3\nProntu\u00e1rio: 123",
        "Chapec\u00f3", "address");
    row("a town near a road accident", "hit by a truck on 18/07/2025 near Chhindwara\nBrought by 108 ambulance",
        "Chhindwara", "address");
    row("a street and town before a dash", "from 873 Wellington Crescent, Yellowknife - admitted 2024-03-27.",
        "873 Wellington Crescent, Yellowknife", "address");
    row("an upazila column", "reg_no,name,age,nid,upazila,admission\n123,Ann Lee,45,199,Sirajganj,19/10/2024",
        "Sirajganj", "address");
    row("an Italian comune column",
        "cartella;cognome;nome;data_nascita;comune;ricovero\n123;ROSSI;Anna;17/07/1952;Matera;14/03/2025", "Matera",
        "address");
    row("a Japanese address in brackets after its label",
        "\u3068\u4f4f\u6240\uff08\u798f\u5ca1\u770c\u4e45\u7559\u7c73\u5e02\u6771\u753a98\u756a\u5730\uff09\u304c\u6b8b\u3063\u3066\u3044\u307e\u3059",
        "\u798f\u5ca1\u770c\u4e45\u7559\u7c73\u5e02\u6771\u753a98\u756a\u5730", "address");
    row("a Japanese address field", "\u4f4f\u6240: \u5927\u962a\u5e9c\u5439\u7530\u5e02\u5c71\u7530\u67719-83-1 \u96fb\u8a71: 03-0783-6683",
        "\u5927\u962a\u5e9c\u5439\u7530\u5e02\u5c71\u7530\u67719-83-1", "address");
    row("a town and state under a table's Home",
        "| # | Patient | Age | Sex | Home | Admitted | Outcome |\n|---|---|---|---|---|---|---|\n"
        "| 2 | G.A. | 65 | M | Klamath Falls, OR | 1/7 | died |",
        "Klamath Falls, OR", "address");
    row("an Indonesian relative to be reached", "keluarganya bisa dihubungi di 706 6043", "706 6043", "phone");
    row("an Indian attendant's mobile", "attendant Anil Deshpande, 98893 78207 ICD-10 I21.4", "98893 78207", "phone");
    row("a Japanese family's contact", "\u3054\u5bb6\u65cf\u306e\u9023\u7d61\u5148\u306f090-0054-2776\u3067\u3059\u3002",
        "090-0054-2776", "phone");
    row("a Spanish family's telephone in parentheses", "y el tel\u00e9fono de la familia (619 96 34 37) del anexo",
        "619 96 34 37", "phone");
  }

  void findsCaseReportPlacesAndPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresCaseReportPlaceAndPhoneLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a journal's editorial office", "Editorial office: +44 20 7946 0321 (Mon-Fri 09:00-17:00); submissions via the portal.");
    row("a switchboard", "Switchboard: 020 7946 0000");
    row("a program's build", "ODK form case_audit_v4 (build 2024031501); instance uuid withheld");
    row("an aged patient from a department", "A 45-year-old man from the emergency department was reviewed.");
    row("an aged patient from a unit in capitals", "A 70-year-old man from Emergency was reviewed.");
    row("a list of groups", "Groups 2, 3, from Table 4 were pooled.");
    row("a yes under a table's Home", "| # | Home | Outcome |\n|---|---|---|\n| 1 | Yes | discharged |");
  }

  void ignoresCaseReportPlaceAndPhoneLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // The record numbers of case reports, teaching files and trainees' logs (seed 3535): the
  // hospital's file and registration numbers in Persian, Hindi, Bengali and Korean, the definite
  // Norwegian birth number, the logbook's and the audit's record columns and an ODK submission's
  // key.
  void findsTeachingRecordNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a Persian file number", "\u0634\u0645\u0627\u0631\u0647 \u067e\u0631\u0648\u0646\u062f\u0647: 41-4687-06\n",
        "41-4687-06", "mrn");
    row("a Hindi registration number",
        "\u092a\u0902\u091c\u0940\u0915\u0930\u0923 \u0938\u0902\u0916\u094d\u092f\u093e: 43379624 \u0907\u0932\u093e\u091c",
        "43379624", "mrn");
    row("a Bengali registration number",
        "\u09a8\u09bf\u09ac\u09a8\u09cd\u09a7\u09a8 \u09a8\u0982: 4588123", "4588123", "mrn");
    row("a Korean registration number on a case list", "1. \ucd5c\ubbfc\uc11c (F/66) \ub4f1\ub85d\ubc88\ud638 1945489 - \uc704\uc554",
        "1945489", "mrn");
    row("a Korean registration number in brackets",
        "\ucf00\uc774\uc2a4 \uc774\uc2b9\ud638 \ud658\uc790 (\ub4f1\ub85d\ubc88\ud638 41-4687-06) \ub85c", "41-4687-06", "mrn");
    row("a Norwegian birth number in a sentence", "Solberg og f\u00f8dselsnummeret 100289 33843 fra tabell 1",
        "100289 33843", "mrn");
    row("a Norwegian register's fnr column", "fnr;navn;innlagt\n10028982125;Ragnhild Haugen;01.02.2025", "10028982125",
        "mrn");
    row("a logbook's MR No column", "Date,Patient,MR No,Age\n22/10/2025,A.C.,55218766,78", "55218766", "mrn");
    row("a Dutch audit's patientnr column", "patientnr;naam;geboortedatum\n5171807;Sjoerd Smit;24-05-1938", "5171807", "mrn");
    row("a case log's record number beside a bracketed header",
        "Date,Case ID,Pt initials,Pt MRN,Age,Procedure (CPT),Attending\n08/13/2024,033457,G.O.,60088768,51,47562 Lap chole,Ann Lee",
        "60088768", "mrn");
    row("an ODK submission's key", "KEY,today,patient_name,age\nuuid:69585208-bcad-15a6-235e-15f7d7c14a56,2024-12-18,Mwangi Otieno,45",
        "69585208-bcad-15a6-235e-15f7d7c14a56", "mrn");
    row("a Japanese logbook's patient ID column",
        "\u65e5\u4ed8,\u60a3\u8005ID,\u30a4\u30cb\u30b7\u30e3\u30eb,\u5e74\u9f62,\u624b\u6280\n2024/02/28,4322438,S.K.,96,"
        "\u8170\u690e\u7a7f\u523a",
        "4322438", "mrn");
    row("a Japanese logbook's age column",
        "\u65e5\u4ed8,\u60a3\u8005ID,\u30a4\u30cb\u30b7\u30e3\u30eb,\u5e74\u9f62,\u624b\u6280\n2024/02/28,4322438,S.K.,96,"
        "\u8170\u690e\u7a7f\u523a",
        "96", "age");
    row("a registration number on an admission ticket", "Male, from Kurigram Reg. no.: 41-4687-06 Date of admission",
        "41-4687-06", "mrn");
    row("a doctor's registration stays a licence", "Dr. Anil Mehta, Reg. No. 45123", "45123", "license");
    row("a REDCap invitation log's record", "record,participant_email,sent\n1-849,tk21@web.example,2024-02-01 10:00",
        "1-849", "mrn");
  }

  void findsTeachingRecordNumbers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresTeachingRecordNumberLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a business's registration number",
        "\uc0ac\uc5c5\uc790\ub4f1\ub85d\ubc88\ud638: 123-45-67890 (\ubcd1\uc6d0)");
    row("units in brackets in a header", "Weight (kg),Height (cm),BMI (kg/m2)\n72,180,22.2\n81,175,26.4");
    row("a key column without a submission's UUID", "key,value,unit\nk12,4.5,mmol/L\nk13,7.1,mmol/L");
    row("a short fnr", "fnr 1234");
    row("a record column of words", "record,status,note\nbaseline,complete,none\nfollow-up,pending,none");
  }

  void ignoresTeachingRecordNumberLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // A resident's case log numbers its entries by "Case ID" beside the patient's own record number:
  // the entry's number is no file kept on the person (seed 3535).
  void ignoresCaseLogEntryNumbers() {
    const std::string text =
        "Date,Case ID,Pt initials,Pt MRN,Age,Procedure (CPT),Attending\n08/13/2024,033457,G.O.,60088768,51,47562 Lap "
        "chole,Ann Lee\n";
    const std::size_t entry = text.find("033457");
    for (const Finding& f : detectPhiBytes(text)) {
      QVERIFY2(f.end <= entry || f.start >= entry + 6, describe(text, detectPhiBytes(text)).c_str());
    }
  }

  // Seed 3535: a Japanese case's age joined to a romanised name ("SATO Yuko\u69d8\u300193\u6b73").
  // Seed 3434: a form's title in capitals, a state's name and a health centre's place on a
  // letterhead are no persons; a name in capitals of four words still is.
  void findsJoinedJapaneseAgesAndCapsNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("an age joined to a romanised name", "\u60a3\u8005: SATO Yuko\u69d8\u300193\u6b73\u3001ID 41-4687-06", "93", "age");
    row("an age of three digits joined to a name", "\u75c7\u4f8b: INOUE Shota\u69d8\u3001101\u6b73\u3001\u5973\u6027", "101",
        "age");
    row("a name of four words in capitals", "Patient: MARIA JOSE GARCIA LOPEZ", "MARIA JOSE GARCIA LOPEZ", "name");
  }

  void findsJoinedJapaneseAgesAndCapsNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLetterheadLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a form's title in capitals",
        "RAPORT MJEK\u00cbSOR P\u00cbR PAAFT\u00cbSI T\u00cb P\u00cbRKOHSHME N\u00cb PUN\u00cb");
    row("a state and a health centre's place",
        "R\u00c9PUBLIQUE ISLAMIQUE DE MAURITANIE - CENTRE DE SANT\u00c9 DE TEVRAGH ZEINA");
    row("a room number in Japanese", "Room B\u68df\u300193\u53f7\u5ba4");
    row("a count of images in Japanese", "CT\u753b\u50cf93\u679a");
  }

  void ignoresLetterheadLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Dates of deaths and births in genetics and end-of-life records (seed 3636): Filipino months
  // written first, Afrikaans months, the Hebrew calendar beside the Gregorian day, and a day and
  // month without a year after a death.
  void findsEndOfLifeDates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a Filipino month first", "Namatay noong Setyembre 12, 2024 sa bahay.", "Setyembre 12, 2024", "date");
    row("a Spanish month written the Filipino way", "Ipinanganak: Enero 3, 1931", "Enero 3, 1931", "date");
    row("an Afrikaans month", "Oorlede op 12 Junie 2024.", "12 Junie 2024", "date");
    row("a Hebrew-calendar date", "\u05ea\u05d0\u05e8\u05d9\u05da: 16/05/2025 (8 \u05d1\u05e1\u05d9\u05d5\u05d5\u05df 5785) \u05d2\u05d9\u05dc",
        "8 \u05d1\u05e1\u05d9\u05d5\u05d5\u05df 5785", "date");
    row("a day and month after died", "Mr Ruckersby (MRN HC1234567) died 9/12. daughter Opal is executor", "9/12", "date");
    row("a day and month after a Spanish today", "gloria falleci\u00f3 hoy 12/3, ten\u00eda 94 a\u00f1os", "12/3", "date");
    row("a death day in brackets", "Deceased: Shirley-Ann MacIsaac (d. 12/03) Called her son", "12/03", "date");
    row("a Malaysian hand phone stays a phone", "HP: 0812 3456 7890", "0812 3456 7890", "phone");
  }

  void findsEndOfLifeDates() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresEndOfLifeDateLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Filipino month without its year", "Sa Setyembre 12 ang susunod na klinika.");
    row("a Hebrew month without a Hebrew year", "\u05d1\u05e1\u05d9\u05d5\u05d5\u05df 2024 \u05d4\u05ea\u05d7\u05d9\u05dc");
    row("a ratio after died", "Of 12 patients, 9/12 died of sepsis and 3/12 survived.");
    row("a dose in brackets", "Warfarin (d. 1/2 tab) taken at night.");
    row("a support line with its terms in brackets",
        "Bereavement support line (free, 24 hours): 0800 549 549; Samaritans 116 123.");
    row("a phenotype term after its ontology", "Huntington disease (40 or more repeats). HPO HP:0002072.");
    row("a funeral home's number in Vietnamese",
        "con v\u1ec1 ngay, s\u1ed1 \u0111i\u1ec7n tho\u1ea1i nh\u00e0 tang l\u1ec5 l\u00e0 028 2989 8677");
  }

  void ignoresEndOfLifeDateLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Identifiers and addresses of small and island states and of case reports: Bahrain's
  // nine-digit CPR card, the Bahamas NIB, Pakistan's identity card in Urdu, a registry's
  // "ssn_last9" column, a street named with dotted initials, a house's number before the Arabic
  // comma, Korean and Japanese addresses in Latin letters, a Papiamentu street and its island, a
  // Faroese "bústaður" column, a letter's Nordic postal line, Kiribati's "Island:", a Gambian
  // certificate's compound
  // (scan_identifiers.cpp, world_id_labels.cpp, scan_structured.cpp, scan_places.cpp,
  // scan_address_lines.cpp, scan_address_blocks.cpp), seeds 3434 and 3535.
  void findsIslandStateIdsAndAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Bahraini CPR card", "Patient: Ali Jassim Kanoo CPR: 020413325 DOB: 04/04/2002", "020413325", "license");
    row("a Bahraini CPR card after a comma", "Patient: Zainab Hasan Kanoo, CPR 950454230 Age: 30", "950454230", "license");
    row("a Danish CPR number stays the record's key", "Navn: Naja Olsen\nCPR: 0101901234", "0101901234", "mrn");
    row("the Bahamas NIB", "Patient: Brent Moss NIB no.: 28321062 NHI card: N3139531", "28321062", "health_plan");
    row("Pakistan's identity card in Urdu",
        "\u0634\u0646\u0627\u062e\u062a\u06cc \u06a9\u0627\u0631\u0688: 70587-3842220-1\n", "70587-3842220-1", "license");
    row("a registry's ssn_last9 column",
        "last_name,first_name,dob,ssn_last9,zip\nBRANDT,Brittany,19840827,335946043,99676-6236", "335946043", "ssn");
    row("a street named with dotted initials", "Address: 45/5 K.B. Fazlul Haque Road, Khulna",
        "45/5 K.B. Fazlul Haque Road, Khulna", "address");
    row("a Bengali address label", "\u09a0\u09bf\u0995\u09be\u09a8\u09be: 84/2 K.B. Fazlul Haque Road, Khulna",
        "84/2 K.B. Fazlul Haque Road, Khulna", "address");
    row("an Arabic comma after the house's number",
        "\u0627\u0644\u0639\u0646\u0648\u0627\u0646: \u0634\u0627\u0631\u0639 \u0627\u0644\u0647\u0631\u0645 444\u060c "
        "\u0627\u0644\u062c\u064a\u0632\u0629\n",
        "\u0634\u0627\u0631\u0639 \u0627\u0644\u0647\u0631\u0645 444\u060c \u0627\u0644\u062c\u064a\u0632\u0629", "address");
    row("a Korean address in Latin letters", "\uc8fc\uc18c: Seongnam-si, Bundang-gu, Jeongja-ro 13\n",
        "Seongnam-si, Bundang-gu, Jeongja-ro 13", "address");
    row("a Korean address in capitals", "\uc8fc\uc18c: DAEJEON, YUSEONG-GU, GUNG-DONG 371\n",
        "DAEJEON, YUSEONG-GU, GUNG-DONG 371", "address");
    row("a Japanese address in Latin letters", "Address: Kita-ku, Sapporo, Kita 12-jo Nishi 3-chome",
        "Kita-ku, Sapporo, Kita 12-jo Nishi 3-chome", "address");
    row("a Papiamentu street and its island", "Geboortedatum: 07-01-1933\nAdres: Santa Cruz 71, Aruba\nTelefoon: 526 9405",
        "Santa Cruz 71, Aruba", "address");
    row("a Faroese dwelling column",
        "p_tal,fornavn,eftirnavn,f\u00f8dd,b\u00fasta\u00f0ur\n123456789,J\u00f3gvan,Jacobsen,2001-06-13,Runav\u00edk",
        "Runav\u00edk", "address");
    row("a letter's Nordic postal line", "Naja Lynge\nAqqusinersuaq 12, 3900 Nuuk\n\nNuuk, 9. april 2025",
        "Aqqusinersuaq 12, 3900 Nuuk", "address");
    row("a letter's building and postal line", "Naja Lynge\nB-196, 3911 Sisimiut\n\nNuuk, 9. april 2025",
        "B-196, 3911 Sisimiut", "address");
    row("Kiribati's island label", "Age: 41\nIsland: Betio, South Tarawa\nDate: 17/08/2025", "Betio, South Tarawa",
        "address");
    row("a certificate's compound",
        "This is to certify that Fatou Njie of Compound 39, Bakau New Town, Kanifing (ID card 69921228) was seen",
        "Compound 39, Bakau New Town, Kanifing", "address");
    row("a rural form's village label", "Age: 104\nVillage: Plot 724, Upper Thamae, Maseru\nCarer: Mamello Molapo",
        "Plot 724, Upper Thamae, Maseru", "address");
    row("a patient's town after an organisation in a bundle",
        "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Organization\",\"address\":[{\"city\":"
        "\"Nicosia\"}]}},{\"resource\":{\"resourceType\":\"Patient\",\"address\":[{\"city\":\"Limassol\"}]}}]}",
        "Limassol", "address");
    row("a certificate's village",
        "This is to certify that Binta Njie of Lamin Village, compound 37, West Coast Region (ID card 48435115) was seen",
        "Lamin Village, compound 37, West Coast Region", "address");
  }

  void findsIslandStateIdsAndAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresIslandStateIdAndAddressLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a unit and a level", "Address: Unit 5, Level");
    row("a result's line under a heading", "Results\nHbA1c 48, 2025 Reviewed\n\nok");
    row("answers after an island label", "Island: Yes, No");
    row("a plot of a table", "The head of Plot 3, Table 2 said");
    row("initials before a road's word", "See table 3 A.B. Road test");
    row("resuscitation", "CPR started 09:12, 3 cycles, ROSC at 14 min");
    row("a dose under a home-care label", "Home: Lisinopril 10, Daily");
    row("a group of a table", "member of Group 4, Table 2 was");
    row("a practice's town in the heading opening the note", "RECEPTION PHONE NOTE - KUKUM CLINIC, HONIARA\nok");
    row("an answer after a village label", "Village: Yes");
    row("a practice's own town in a FHIR Organization",
        "{\"resourceType\":\"Organization\",\"id\":\"gp-limassol-004\",\"name\":\"Oikogeneiakos Iatros Limassol Group "
        "Practice\",\"address\":[{\"city\":\"Limassol\",\"country\":\"CY\"}]}");
  }

  void ignoresIslandStateIdAndAddressLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Seed 3636's GEDCOM exports: the town opening an event's place is an address, the county and
  // country after it are not; a residence's ADDR is the address whole.
  void findsGenealogyPlaces_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a birth's town before its county and country",
        "0 @I7@ INDI\n1 BIRT\n2 DATE 6 APR 1951\n2 PLAC Carrick-on-Shannon, Co. Kerry, Ireland\n1 DEAT",
        "Carrick-on-Shannon", "address");
    row("a death's town before its country", "1 DEAT\n2 DATE 6 AUG 1980\n2 PLAC E\u0142k, Polska\n0 @I3@ INDI",
        "E\u0142k", "address");
    row("a town alone", "1 BIRT\n2 PLAC Sanok\n0 TRLR", "Sanok", "address");
    row("a residence's address", "1 RESI\n2 ADDR 78 B\u00f3thar na Tr\u00e1, Salthill, Galway H91 S5C9\n1 EMAIL x",
        "78 B\u00f3thar na Tr\u00e1, Salthill, Galway H91 S5C9", "address");
  }

  void findsGenealogyPlaces() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresGenealogyPlaceLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a place of digits", "1 BIRT\n2 PLAC 1931\n0 TRLR");
    row("a cemetery", "1 BURI\n2 PLAC Old Cemetery, Glasnevin\n0 TRLR");
    row("an unknown place", "1 DEAT\n2 PLAC Unknown\n0 TRLR");
  }

  void ignoresGenealogyPlaceLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3636: names in Thai, Hebrew, Greek, Ukrainian and traditional Chinese after a label, a
  // title or a kin word of a family history, and in a registry's XML name elements.
  void findsScriptCuedNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a Thai deceased's name after a joined label and a title",
        "\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e15\u0e32\u0e22: \u0e19\u0e32\u0e07\u0e2a\u0e21\u0e28\u0e23\u0e35 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02\n\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19: 9-1475",
        "\u0e2a\u0e21\u0e28\u0e23\u0e35 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02", "name");
    row("a Thai informant",
        "\u0e1c\u0e39\u0e49\u0e41\u0e08\u0e49\u0e07: \u0e1a\u0e38\u0e0d\u0e21\u0e35 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02 \u0e42\u0e17\u0e23 02-285-2811",
        "\u0e1a\u0e38\u0e0d\u0e21\u0e35 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02", "name");
    row("a Thai doctor's dotted title",
        "\u0e41\u0e1e\u0e17\u0e22\u0e4c: \u0e19\u0e1e. \u0e27\u0e34\u0e0a\u0e31\u0e22 \u0e23\u0e31\u0e15\u0e19\u0e01\u0e38\u0e25",
        "\u0e27\u0e34\u0e0a\u0e31\u0e22 \u0e23\u0e31\u0e15\u0e19\u0e01\u0e38\u0e25", "name");
    row("a Hebrew patient with a hyphened family name",
        "\u05e9\u05dd \u05d4\u05de\u05d8\u05d5\u05e4\u05dc\u05ea: \u05e8\u05d1\u05e7\u05d4 \u05d1\u05df-\u05d3\u05d5\u05d3 \u05ea.\u05d6.: 813674814",
        "\u05e8\u05d1\u05e7\u05d4 \u05d1\u05df-\u05d3\u05d5\u05d3", "name");
    row("a Hebrew referring doctor",
        "\u05e8\u05d5\u05e4\u05d0 \u05de\u05e4\u05e0\u05d4: \u05d3\"\u05e8 \u05de\u05e9\u05d4 \u05e9\u05e4\u05d9\u05e8\u05d0 \u05d8\u05dc\u05e4\u05d5\u05df",
        "\u05de\u05e9\u05d4 \u05e9\u05e4\u05d9\u05e8\u05d0", "name");
    row("a Hebrew contact after Mrs",
        "\u05d0\u05d9\u05e9 \u05e7\u05e9\u05e8: \u05d2\u05d1' \u05e8\u05d1\u05e7\u05d4 \u05e4\u05e8\u05d9\u05d3\u05de\u05df, 050-387-8988",
        "\u05e8\u05d1\u05e7\u05d4 \u05e4\u05e8\u05d9\u05d3\u05de\u05df", "name");
    row("a Hebrew uncle in a family history",
        "\u05e0\u05e4\u05d8\u05e8\u05d4 \u05d1\u05d2\u05d9\u05dc 61; \u05d4\u05d3\u05d5\u05d3 \u05d9\u05e6\u05d7\u05e7 \u05e9\u05e4\u05d9\u05e8\u05d0 \u05d7\u05dc\u05d4 \u05d1\u05e1\u05e8\u05d8\u05df",
        "\u05d9\u05e6\u05d7\u05e7 \u05e9\u05e4\u05d9\u05e8\u05d0", "name");
    row("a Greek mother in a family history",
        "\u0399\u03c3\u03c4\u03bf\u03c1\u03b9\u03ba\u03cc: \u03b7 \u03bc\u03b7\u03c4\u03ad\u03c1\u03b1, \u0395\u03bb\u03ad\u03bd\u03b7 \u039d\u03b9\u03ba\u03bf\u03bb\u03b1\u0390\u03b4\u03bf\u03c5, \u03b1\u03c0\u03b5\u03b2\u03af\u03c9\u03c3\u03b5",
        "\u0395\u03bb\u03ad\u03bd\u03b7 \u039d\u03b9\u03ba\u03bf\u03bb\u03b1\u0390\u03b4\u03bf\u03c5", "name");
    row("a Greek informant element",
        "<Informant>\u0395\u03bb\u03ad\u03bd\u03b7 \u03a0\u03b1\u03c0\u03b1\u03b4\u03ac\u03ba\u03b7</Informant>",
        "\u0395\u03bb\u03ad\u03bd\u03b7 \u03a0\u03b1\u03c0\u03b1\u03b4\u03ac\u03ba\u03b7", "name");
    row("a Greek surname element",
        "<Deceased><Surname>\u03a0\u03b1\u03c0\u03b1\u03b4\u03ac\u03ba\u03b7\u03c2</Surname><GivenName>\u0395\u03bb\u03ad\u03bd\u03b7</GivenName>",
        "\u03a0\u03b1\u03c0\u03b1\u03b4\u03ac\u03ba\u03b7\u03c2", "name");
    row("a Ukrainian deceased",
        "\u041f\u0406\u0411 \u043f\u043e\u043c\u0435\u0440\u043b\u043e\u0433\u043e: \u041c\u0438\u043a\u043e\u043b\u0430 \u041a\u0440\u0430\u0432\u0447\u0443\u043a\n\u0420\u041d\u041e\u041a\u041f\u041f: 2553239457",
        "\u041c\u0438\u043a\u043e\u043b\u0430 \u041a\u0440\u0430\u0432\u0447\u0443\u043a", "name");
    row("a Ukrainian mother in a family history",
        "\u0421\u0456\u043c\u0435\u0439\u043d\u0438\u0439 \u0430\u043d\u0430\u043c\u043d\u0435\u0437: \u043c\u0430\u0442\u0438 \u041d\u0430\u0434\u0456\u044f \u0422\u043a\u0430\u0447\u0435\u043d\u043a\u043e \u043f\u043e\u043c\u0435\u0440\u043b\u0430 20.02.1971",
        "\u041d\u0430\u0434\u0456\u044f \u0422\u043a\u0430\u0447\u0435\u043d\u043a\u043e", "name");
    row("a Taiwanese medical proxy",
        "\u91ab\u7642\u59d4\u4efb\u4ee3\u7406\u4eba\uff1a\u9673\u5bb6\u8c6a\uff08\u59ea\u5b50\uff09\u96fb\u8a71\uff1a02-2103-3",
        "\u9673\u5bb6\u8c6a", "name");
    row("a Taiwanese genetic counsellor",
        "\u907a\u50b3\u8aee\u8a62\u5e2b\uff1a\u9ec3\u79c0\u82f1",
        "\u9ec3\u79c0\u82f1", "name");
  }

  void findsScriptCuedNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresScriptCueLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a Hebrew uncle who fell ill", "\u05d4\u05d3\u05d5\u05d3 \u05d7\u05dc\u05d4 \u05d1\u05e1\u05e8\u05d8\u05df \u05d4\u05de\u05e2\u05d9 \u05d4\u05d2\u05e1");
    row("a Thai mother who died", "\u0e21\u0e32\u0e23\u0e14\u0e32 \u0e40\u0e2a\u0e35\u0e22\u0e0a\u0e35\u0e27\u0e34\u0e15 \u0e14\u0e49\u0e27\u0e22\u0e21\u0e30\u0e40\u0e23\u0e47\u0e07");
    row("a bitter taste in Hebrew", "\u05d8\u05e2\u05dd \u05de\u05e8 \u05d1\u05e4\u05d4");
    row("a certifier's office", "<Certifier>Medical examiner</Certifier>");
    row("a Greek mother in lower case", "\u03b7 \u03bc\u03b7\u03c4\u03ad\u03c1\u03b1, \u03bc\u03b5 \u03ba\u03b1\u03c1\u03ba\u03af\u03bd\u03bf \u03c4\u03bf\u03c5 \u03bc\u03b1\u03c3\u03c4\u03bf\u03cd");
  }

  void ignoresScriptCueLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3636: a Ukrainian relative's name is followed by the relation in brackets, which is no
  // second spelling of the name ("Тарас Шевченко (брат)").
  void ignoresRelationAfterScriptName() {
    const std::string text = "\u0420\u043e\u0434\u0438\u0447\u0456: \u0422\u0430\u0440\u0430\u0441 \u0428\u0435\u0432\u0447\u0435\u043d\u043a\u043e (\u0431\u0440\u0430\u0442), \u0442\u0435\u043b. 044 546 4379";
    const std::size_t relation = text.find("(") + 1;
    for (const Finding& f : detectPhiBytes(text)) {
      QVERIFY2(f.end <= relation || f.start >= relation + 8, describe(text, detectPhiBytes(text)).c_str());
    }
  }
  // Seed 3636 (genetics and after death): identifier labels of the family's countries (the Czech
  // "r. \u010d." and insurance card, a Turkish protocol, a newborn filter card, council numbers
  // after a doctor's name, the Colombian EPS, an Israeli member number), case files about a death
  // as accounts, Hungary's TAJ in HL7, Irish spaced phones, a pump's serial after a remark.
  void findsAfterDeathIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a Czech birth number after r. \u010d.", "Pacient: pan Zden\u011bk N\u011bmec, r. \u010d. 455123/1234, poji\u0161\u0165ovna 111", "455123/1234", "mrn");
    row("a Czech insurance card number", "poji\u0161\u0165ovna 111, \u010d. pr\u016fkazu 123456789012345 Bydli\u0161t\u011b", "123456789012345", "health_plan");
    row("a Turkish protocol number", "Hasta: Ali Kaya, 92 ya\u015f\u0131nda\nProtokol no: 24-1234-56", "24-1234-56", "mrn");
    row("a newborn filter card", "Filter card no.: NBS12345678 PhilHealth: 12-345678901-2", "NBS12345678", "mrn");
    row("a Romanian sample", "Data recolt\u0103rii: 12.03.2024 Prob\u0103: 12345678901 Rezultat", "12345678901", "mrn");
    row("a GMC number after a doctor", "Certified by: Dr Isla MacLeod, GMC 7012345", "7012345", "license");
    row("a PWZ number after a doctor", "Dr Bo\u017cena Szczepa\u0144ska, nr PWZ 1234567", "1234567", "license");
    row("an Argentine MN after a doctor", "Dra. Graciela Guti\u00e9rrez, MN 123456", "123456", "license");
    row("a PRC licence after a doctor", "Attending: Dr. Maricel Bautista, PRC 0123456", "0123456", "license");
    row("an MCRN after a doctor", "Reporting doctor: Dr M\u00e1ire Brosnan, MCRN 123456", "123456", "license");
    row("a Colombian EPS", "C.C. 12.345.678 EPS: EPS-1234567890 Direcci\u00f3n: Calle 1", "EPS-1234567890", "health_plan");
    row("an Israeli member number", "\u05e7\u05d5\u05e4\u05ea \u05d7\u05d5\u05dc\u05d9\u05dd: \u05de\u05db\u05d1\u05d9, \u05de\u05e1\u05e4\u05e8 \u05d7\u05d1\u05e8 123-4567890 \u05ea\u05d0\u05e8\u05d9\u05da", "123-4567890", "health_plan");
    row("an autopsy number", "Name: SMITH, Jane   Autopsy no. A20-349   MRN 35-3693-33", "A20-349", "account");
    row("an estate number in Afrikaans", "Boedel no.: 1234/2024\nVoertuig van oorledene: CA 123-456", "1234/2024", "account");
    row("a probate case", "She is executor of the will; probate case PR-24-01234.", "PR-24-01234", "account");
    row("a death certification review case", "Death Certification Review Service case DCRS-2024-123", "DCRS-2024-123", "account");
    row("a police journal of a death", "Politiets journalnr. 0100-12345-12345-24", "0100-12345-12345-24", "account");
    row("a TAJ in HL7", "PID|1||MRN123456^^^SE^MR~123 456 789^^^OEP^TAJ||NAGY^ILONA||19450101", "123 456 789", "health_plan");
    row("an Irish fax in spaced groups", "Fax to Coroner's Office: 021 43 1234", "021 43 1234", "fax");
    row("an Irish phone after a name", "Next of kin: Br\u00edd Mulcahy, 087 12 3456", "087 12 3456", "phone");
    row("an SSN with a leading zero and its label", "SSN: 021 43 1234", "021 43 1234", "ssn");
    row("Minnesota's ZIP after MN, no licence", "Minneapolis, MN 55401", "55401", "zip");
    row("Finnish samples", "N\u00e4ytteet: NBS12345678, toinen", "NBS12345678", "mrn");
    row("a syringe pump's serial with a remark", "Pump serial (loaned to patient at home): PJN137405\nDate: 03/10/2024", "PJN137405", "device");
  }

  void findsAfterDeathIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  // Seed 3636: a laboratory's standard, a genome build, variant accessions and a microplate
  // are no one's numbers.
  void ignoresGeneticsNumberLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a laboratory's ISO standard", "Testing via the laboratory, reference ISO 15189 accredited.");
    row("a VCF genome build", "##fileformat=VCFv4.2\n##reference=GRCh38");
    row("a ClinVar accession", "c.5266dupC p.(Gln1756Profs*74), rs80357906, ClinVar VCV000017661 (GRCh38)");
    row("rsIDs in capitals", "RS80357906 RS28897672 RS80357713 (FOUNDER PANEL)");
    row("a microplate in a manifest", "DNA extraction (plate P001, wells A1-H12) complete.");
  }

  void ignoresGeneticsNumberLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }


  // Seed 3636 (genetics and the end of life): a code's prefix, a VCF field's type, an HL7 header's
  // applications, a park of firms, laboratory methods after "analysed by", the Polish "w" (in) and a
  // syndrome's eponym are no persons; the shorthand "w" (with), a name over "DOB:" and a person
  // after "analysed by" stay.
  void findsNamesBesideGeneticsLookalikes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("the shorthand w after a slash's abbreviation", "f/u w sandhu (pcp) next week", "sandhu", "name");
    row("a name in capitals over its date of birth", "JOHN SMITH\nDOB: 01/02/1950", "JOHN SMITH", "name");
    row("a person after analysed by", "Sample analysed by Marisol Quintero on site", "Marisol Quintero", "name");
  }

  void findsNamesBesideGeneticsLookalikes() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresGeneticsNameLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a code's prefix before its colon", "Koolen-de Vries syndrome; ORPHA:96169.");
    row("laboratory methods after analysed by", "PMS2 and EPCAM analysed by NGS and MLPA; no copy-number change.");
    row("a VCF field's type", "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total Depth\">");
    row("an HL7 header's applications", "MSH|^~\\&|GENLAB|REFLAB|EHR|HOSP");
    row("a park of firms", "Ireland, Cork Airport Business Park; public enquiries only.");
    row("the Polish w before lower-case words",
        "Poradnia genetyczna: badanie w kierunku mutacji BRCA1 wykonywane bezp\u0142atnie w ramach programu NFZ.");
    row("the Polish w before a town", "Msza w parafii w Sanok.");
    row("a syndrome's eponyms", "Loeys-Dietz and Ehlers-Danlos (vascular) excluded.");
  }

  void ignoresGeneticsNameLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  // Seed 3636 (genetics and the end of life): a Thai house's number with its sub-number after a
  // slash and the next Thai label closing the value, a Polish postcode of two and three digits, a
  // Prague district's number after the town.
  void findsAddressesOfEndOfLifeForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Thai house number with a slash",
        "\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48: 12/34 \u0e16\u0e19\u0e19\u0e19\u0e34\u0e21\u0e21\u0e32\u0e19 "
        "\u0e2d\u0e33\u0e40\u0e20\u0e2d\u0e40\u0e21\u0e37\u0e2d\u0e07 \u0e40\u0e0a\u0e35\u0e22\u0e07\u0e43\u0e2b\u0e21\u0e48",
        "12/34 \u0e16\u0e19\u0e19\u0e19\u0e34\u0e21\u0e21\u0e32\u0e19 "
        "\u0e2d\u0e33\u0e40\u0e20\u0e2d\u0e40\u0e21\u0e37\u0e2d\u0e07 \u0e40\u0e0a\u0e35\u0e22\u0e07\u0e43\u0e2b\u0e21\u0e48");
    row("a Thai address before the next Thai label",
        "\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48: 34/4 \u0e0b\u0e2d\u0e22\u0e2a\u0e38\u0e02\u0e38\u0e21\u0e27\u0e34\u0e17 26 "
        "\u0e41\u0e02\u0e27\u0e07\u0e04\u0e25\u0e2d\u0e07\u0e40\u0e15\u0e22 10110 "
        "\u0e1c\u0e39\u0e49\u0e41\u0e08\u0e49\u0e07: \u0e2a\u0e21\u0e0a\u0e32\u0e22",
        "34/4 \u0e0b\u0e2d\u0e22\u0e2a\u0e38\u0e02\u0e38\u0e21\u0e27\u0e34\u0e17 26 "
        "\u0e41\u0e02\u0e27\u0e07\u0e04\u0e25\u0e2d\u0e07\u0e40\u0e15\u0e22 10110");
    row("a Polish postcode before the town", "Adres: Zawoja 115, 34-223 Zawoja", "Zawoja 115, 34-223 Zawoja");
    row("a Prague district after the town", "Bydli\u0161t\u011b: Vinohradsk\u00e1 12, 120 00 Praha 2",
        "Vinohradsk\u00e1 12, 120 00 Praha 2");
    row("a Turkish locality's Mevkii", "Adres: K\u00f6yi\u00e7i Mevkii No: 84, Ayval\u0131k/Bal\u0131kesir",
        "K\u00f6yi\u00e7i Mevkii No: 84, Ayval\u0131k/Bal\u0131kesir");
    row("a Ukrainian village before a Cyrillic label",
        "\u0410\u0434\u0440\u0435\u0441\u0430: selo Kosiv, vul. Shevchenka 94 \u0414\u0430\u0442\u0430: 27",
        "selo Kosiv, vul. Shevchenka 94");
    row("a Vietnamese place of residence before the informant's label",
        "N\u01a1i c\u01b0 tr\u00fa: 12/3 Nguy\u1ec5n Tr\u00e3i, Ph\u01b0\u1eddng 4, Qu\u1eadn 5, TP. H\u1ed3 Ch\u00ed Minh "
        "Ng\u01b0\u1eddi \u0111i khai: \u00d4ng Nam",
        "12/3 Nguy\u1ec5n Tr\u00e3i, Ph\u01b0\u1eddng 4, Qu\u1eadn 5, TP. H\u1ed3 Ch\u00ed Minh");
    row("an XML event's place attribute", "<SICO>\n  <Obito data=\"2025-08-04\" local=\"M\u00e9rtola\"/>\n</SICO>",
        "M\u00e9rtola");
    row("a community column of a screening export",
        "card_no,caregiver_name,baby_dob,result,mother_phone,community\n"
        "BB31475858,Efua Mensah,23/09/2025,FAS (trait),2070231,Cape Coast",
        "Cape Coast");
    row("a street named with an initial", "Address: 391 P. Burgos St., Cebu City", "391 P. Burgos St., Cebu City");
  }

  void findsAddressesOfEndOfLifeForms() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "address");
  }

  void ignoresAddressLookalikesOfEndOfLifeForms_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a dose after a number", "Dose: Heparin 12, 5 ml");
    row("a score range with a district-like number", "Scores: Apgar 8, 9 at 5 min");
    row("a fraction of counts", "Result: 12/34 positive, 5 negative");
    row("a village in prose", "The selo was small, 12 houses.");
    row("an initial in a reference, not a street", "Ref: 12 P. Smith et al., 2019");
    row("an XML attribute local of no place", "<config>\n  <flag local=\"true\" city=\"n/a\"/>\n</config>");
  }

  void ignoresAddressLookalikesOfEndOfLifeForms() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsAgesAndDatesOfHebrewAndHungarianDeaths_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Seed 3636's family histories and obituaries.
    row("a Hebrew age after the joined preposition", "\u05e0\u05e4\u05d8\u05e8\u05d4 \u05d1\u05d2\u05d9\u05dc 95 \u05d1\u05d1\u05d9\u05ea.",
        "95", "age");
    row("a Hungarian year of life", "\u00c9desany\u00e1m \u00e9let\u00e9nek 97. \u00e9v\u00e9ben hunyt el.", "97", "age");
    row("a Hebrew date after a hyphened preposition",
        "\u05e0\u05e4\u05d8\u05e8\u05d4 \u05d1-3 \u05d1\u05de\u05e8\u05e5 2021.",
        "3 \u05d1\u05de\u05e8\u05e5 2021", "date");
    row("a Hebrew birth date after from and a hyphen",
        "\u05d2\u05e8\u05d4 \u05e9\u05dd \u05de-12 \u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 1931",
        "12 \u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 1931", "date");
  }

  void findsAgesAndDatesOfHebrewAndHungarianDeaths() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresGreetingsAndCohortsOfChatsAndStudies_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // A greeting's comma and then the message itself, in lower case (no one greeted).
    row("a Spanish message after hola", "hola, tengo fiebre.");
    row("a Spanish message going on after hola", "hola, tengo fiebre alta desde ayer");
    row("a French message after bonjour", "bonjour, elle tousse.");
    row("a French message going on after bonjour", "bonjour, elle tousse depuis hier.");
    row("the Spanish she on a lower-case line", "ella tiene fiebre");
    // A cohort's threshold (seed 3636).
    row("a Hebrew cohort of ninety and over", "\u05de\u05d8\u05d5\u05e4\u05dc\u05d9\u05dd \u05d1\u05d2\u05d9\u05dc 90 \u05d5\u05de\u05e2\u05dc\u05d4");
    row("a hyphened range before a month, no date", "\u05de\u05e9\u05e7\u05dc 3-4 \u05d1\u05de\u05e8\u05e5 2021");
  }

  void ignoresGreetingsAndCohortsOfChatsAndStudies() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void keepsTheOneGreetedAfterAGreeting_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("closed by a comma", "hola maría, tengo fiebre", "maría");
    row("closed by an exclamation", "hola, maría!", "maría");
    row("closing the line", "hola, maría\nsu cita es ma\u00f1ana", "maría");
    row("an Italian greeting closed by a comma", "ciao, giulia, come stai?", "giulia");
    row("the Spanish she with a family name", "ella garcia called", "ella garcia");
  }

  void keepsTheOneGreetedAfterAGreeting() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }
  // Seed 3737 (telehealth chats, app exports, voice messages and SMS logs): names with no Latin
  // label, found by their export's form or their script's label, honorific or phrase.
  void findsNamesOfTelehealthExportsAndChats_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a Russian specialist's title", "\u0412\u0440\u0430\u0447-\u0441\u043e\u043c\u043d\u043e\u043b\u043e\u0433: \u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430 \u041b\u044e\u0434\u043c\u0438\u043b\u0430",
        "\u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430 \u041b\u044e\u0434\u043c\u0438\u043b\u0430");
    row("a Telegram export's speaker", "[\u042d\u043a\u0441\u043f\u043e\u0440\u0442 Telegram]\n\u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430 \u0413\u0430\u043b\u0438\u043d\u0430, [03/07/2025, 13:21]: \u0421\u043f\u0430\u0441\u0438\u0431\u043e",
        "\u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430 \u0413\u0430\u043b\u0438\u043d\u0430");
    row("a Russian patient in brackets", "\u041f\u0430\u0446\u0438\u0435\u043d\u0442 (\u041b\u0435\u0431\u0435\u0434\u0435\u0432 \u0410\u043d\u0434\u0440\u0435\u0439) \u0438\u0437\u043c\u0435\u0440\u0438\u043b \u0434\u0430\u0432\u043b\u0435\u043d\u0438\u0435",
        "\u041b\u0435\u0431\u0435\u0434\u0435\u0432 \u0410\u043d\u0434\u0440\u0435\u0439");
    row("a KakaoTalk export's speaker", "[\uce74\uce74\uc624\ud1a1 \ub300\ud654 \ub0b4\ubcf4\ub0b4\uae30]\n[\ucd5c\uc900\ud638] [17:45] \ud608\uc555\uc774 108/79",
        "\ucd5c\uc900\ud638");
    row("a Korean CSV row's name", "\ud608\uc555 \uce21\uc815 \uae30\ub85d (CSV)\n\uc774\ub984,\ubc15\uc11c\uc5f0\n\uc0dd\ub144\uc6d4\uc77c,1981-06-28",
        "\ubc15\uc11c\uc5f0");
    row("a Tamil name label", "\u0baa\u0bc6\u0baf\u0bb0\u0bcd: \u0b86\u0bb1\u0bc1\u0bae\u0bc1\u0b95\u0bae\u0bcd \u0bb0\u0bbe\u0bae\u0b9a\u0bbe\u0bae\u0bbf\nName: A",
        "\u0b86\u0bb1\u0bc1\u0bae\u0bc1\u0b95\u0bae\u0bcd \u0bb0\u0bbe\u0bae\u0b9a\u0bbe\u0bae\u0bbf");
    row("the Tamil Mrs", "\u0bb5\u0ba3\u0b95\u0bcd\u0b95\u0bae\u0bcd \u0ba4\u0bbf\u0bb0\u0bc1\u0bae\u0ba4\u0bbf \u0b95\u0bb5\u0bbf\u0ba4\u0bbe, \u0b89\u0b99\u0bcd\u0b95\u0bb3\u0bcd",
        "\u0b95\u0bb5\u0bbf\u0ba4\u0bbe");
    row("the Tamil Mr", "\u0bb5\u0ba3\u0b95\u0bcd\u0b95\u0bae\u0bcd \u0ba4\u0bbf\u0bb0\u0bc1. \u0b9a\u0bc6\u0ba8\u0bcd\u0ba4\u0bbf\u0bb2\u0bcd, \u0b89\u0b99\u0bcd\u0b95\u0bb3\u0bcd",
        "\u0b9a\u0bc6\u0ba8\u0bcd\u0ba4\u0bbf\u0bb2\u0bcd");
    row("a Chinese consignee", "\u6536\u8d27\u4eba\uff1a\u738b\u5efa\u56fd\n\u7535\u8bdd\uff1a133", "\u738b\u5efa\u56fd");
    row("a Han name in an app's user object", "{\"source\":\"app\",\"user\":{\"name\":\"\u5f20\u5efa\u56fd\",\"phone\":\"+86\"}}",
        "\u5f20\u5efa\u56fd");
    row("a Japanese reading in kana", "\u30d5\u30ea\u30ac\u30ca\uff1a\u30b5\u30c8\u30a6 \u30b1\u30a4\u30b3\n", "\u30b5\u30c8\u30a6 \u30b1\u30a4\u30b3");
    row("an Urdu speaker introducing herself", "\"\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u06cc\u06a9\u0645\u060c \u0645\u06cc\u06ba \u0641\u0627\u0637\u0645\u06c1 \u0642\u0631\u06cc\u0634\u06cc \u0628\u0648\u0644 \u0631\u06c1\u06cc \u06c1\u0648\u06ba\u060c",
        "\u0641\u0627\u0637\u0645\u06c1 \u0642\u0631\u06cc\u0634\u06cc");
    row("an Urdu name before sahib", "\u0628\u0648\u0644 \u0631\u06c1\u06cc \u06c1\u0648\u06ba\u060c \u0628\u0644\u0627\u0644 \u0635\u062f\u06cc\u0642\u06cc \u0635\u0627\u062d\u0628 \u06a9\u06cc \u0628\u06cc\u0648\u06cc\u06d4",
        "\u0628\u0644\u0627\u0644 \u0635\u062f\u06cc\u0642\u06cc");
  }

  void findsNamesOfTelehealthExportsAndChats() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }

  void ignoresNoticesAndThingsOfTelehealthExports_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // (Seed 3737's look-alikes: no one named.)
    row("a Russian specialist's advice in small letters", "\u0412\u0440\u0430\u0447-\u0441\u043e\u043c\u043d\u043e\u043b\u043e\u0433: \u0440\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u043e\u0432\u0430\u043d\u043e \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0438\u0442\u044c");
    row("a Korean bracketed notice", "[\uacf5\uc9c0] [09:00] \uc2dc\uc2a4\ud15c \uc810\uac80");
    row("a Korean CSV row of a reading", "\uc774\ub984,\ud608\uc555\n");
    row("a Tamil town starting with the title's letters", "\u0ba4\u0bbf\u0bb0\u0bc1\u0baa\u0bcd\u0baa\u0ba4\u0bbf \u0b95\u0bcb\u0bb5\u0bbf\u0bb2\u0bcd");
    row("a device's Han name in an export", "{\"device\":{\"name\":\"\u8840\u538b\u8ba1\"}}");
    row("an Urdu speaker with no name", "\u0645\u06cc\u06ba \u0628\u0648\u0644 \u0631\u06c1\u06cc \u06c1\u0648\u06ba");
  }

  void ignoresNoticesAndThingsOfTelehealthExports() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3737's telehealth records: brands, voice assistants, wireless standards, log and payload
  // keys, a date's format, a registering body before its number and Swahili titles are no people.
  void ignoresBrandsKeysAndFormatsOfDigitalHealth_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a wireless standard", "Bluetooth Low Energy pairing failed on the phone.");
    row("voice assistants", "Cortana, Siri and Alexa voice assistants are disabled.");
    row("a glucose sensor's brand in capitals", "FREESTYLE LIBRE 3 READINGS EVERY MINUTE");
    row("a link sent by SMS", "Visit link sent by SMS");
    row("a CSV header with a date's format", "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type");
    row("an Indonesian chat group's name", "[Telegram export] Grup Posyandu Lansia");
    row("a Spanish call log's heading", "TELEASISTENCIA - REGISTRO DE LLAMADAS");
    row("an Indonesian e-prescription's heading", "E-RESEP (QR payload)");
    row("a telehealth service named after a god", "Apollo Telehealth, Chennai");
    row("a dialysis cycler's brand and model", "Baxter Homechoice Claria cycler with Sharesource");
    row("a smartwatch's brand", "Synced from the Apple Watch overnight.");
    row("the keys of a QR payload", "ERX|v2|NAMA=|DOKTER=|STR=150");
  }

  void ignoresBrandsKeysAndFormatsOfDigitalHealth() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void keepsNamesBesideBrandsKeysAndTitles_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a name after the Swahili Mr", "Carer: Bw. Mwangi Njoroge (kaka)", "Mwangi Njoroge");
    row("a name after the Swahili Mrs", "Habari Bi. Akinyi Omondi, kumbusho: kliniki", "Akinyi Omondi");
    row("a name after the Devanagari doctor",
        "Consulting doctor: \u0921\u0949. \u0938\u0941\u0930\u0947\u0936 \u0936\u0930\u094d\u092e\u093e",
        "\u0938\u0941\u0930\u0947\u0936 \u0936\u0930\u094d\u092e\u093e");
    row("a doctor before the registering body", "Doctor: Dr Ibrahim Adeyemi, MDCN MDCN/R/79519", "Ibrahim Adeyemi");
    row("the value of a QR payload's name key", "|NIK=3678966406242335|NAMA=WULANDARI NASUTION|", "WULANDARI NASUTION");
    row("a name owning a watch", "sourceName=\"Taro's Apple Watch\"", "Taro");
  }

  void keepsNamesBesideBrandsKeysAndTitles() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "name");
  }
  void findsSerialsAndPlatesOfHomeMonitoringKits_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Seed 3737's hospital-at-home kits, glucose-monitor CSV exports and parking permits.
    row("a BP cuff's serial in a kit", "Kit: tablet, BP cuff 85344R18975, scale SN25027441", "85344R18975", "device");
    row("a scale's serial in a kit", "Kit: tablet, BP cuff 85344R18975, scale SN25027441", "SN25027441", "device");
    row("an oximeter's serial", "Device kit: oximeter OX87908023, BP 73866Y31596", "OX87908023", "device");
    row("a kit's BP meter after another serial", "Device kit: oximeter OX87908023, BP 73866Y31596", "73866Y31596",
        "device");
    row("a transmitter in a three-column export", "Patient Info,Last Name,Pruitt\nDevice Info,Transmitter ID,8B80D8\n",
        "8B80D8", "device");
    row("a Korean serial in a two-column export", "\uc774\ub984,\ubc15\uc11c\uc5f0\n\uae30\uae30 \uc77c\ub828\ubc88\ud638,24364D18695",
        "24364D18695", "device");
    row("a portal's page under /app/", "https://larklink.example.org/app/chart/4471/results?msg=2",
        "https://larklink.example.org/app/chart/4471/results?msg=2", "url");
    row("a visit link with its own path", "Join: https://visit.example-tele.in/v/02042d9418?pid=9641699",
        "https://visit.example-tele.in/v/02042d9418?pid=9641699", "url");
    row("a car with a bracketed qualifier", "Patient's car (nurse parking permit): 8LJ 1WL\nDevice kit: tablet",
        "8LJ 1WL", "vehicle");
  }

  void findsSerialsAndPlatesOfHomeMonitoringKits() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresReadingsOfHomeMonitoringKits_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3737: readings and model numbers next to the kit's words stay unflagged.
    row("a BP reading after a serial-less item", "oximeter reading 97%, BP 120/80");
    row("a scale's reading", "scale 72.4 kg this morning");
    row("a cuff's model", "Omron HEM-7156 cuff, size M");
    row("a bracket before a colon without a plate", "Patient's car (nurse parking permit): none");
    // A platform's generic pages (seed 3737).
    row("a join page with its slash", "the join page is https://meet.example-tele.com/.");
    row("a help page", "Help centre: https://www.example-health.org/help; thanks");
    row("an app-store listing", "app store listing https://apps.example.com/app/mysejahtera/id1501.");
    row("a store's details page", "https://play.example.com/store/apps/details?id=com.example.health");
  }

  void ignoresReadingsOfHomeMonitoringKits() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // Seed 3737's telehealth records: app user names and user IDs, e-prescription, dispensing and
  // delivery numbers are accounts; the Korean insurance card's and the Japanese insurer's numbers
  // are the plan's.
  void findsAppAccountsAndDeliveryNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a push log's user_id", "2024-01-03T15:37:04Z user_id=U305835166 push=sent", "U305835166", "account");
    row("a User ID line", "Steps export\nUser ID: 2JA6AC\n", "2JA6AC", "account");
    row("a log-in user with digits", "event=LOGIN user=pieter_b2000 result=OK", "pieter_b2000", "account");
    row("a dotted user name", "GLUCOSE DIARY EXPORT user=gulnara.kassymova98", "gulnara.kassymova98", "account");
    row("a Fitbit encodedId", "{\"encodedId\":\"5TZ2Y2\"}", "5TZ2Y2", "account");
    row("an access-log user", "17.68.178.120 - clayton_w1953 [15/Feb/2024:09:35:55 +0800] \"GET / HTTP/1.1\" 200",
        "clayton_w1953", "account");
    row("an e-prescription", "PRESCRIPTION: ERX-2027-1759691, DATED 26/08/2025", "ERX-2027-1759691", "account");
    row("a Spanish dispensing code", "C\u00f3digo de dispensaci\u00f3n: CD25686820940 Prescriptor", "CD25686820940",
        "account");
    row("a Brazilian validation code", "C\u00f3digo de valida\u00e7\u00e3o: 903526", "903526", "account");
    row("an Indonesian pharmacy code", "Kode verifikasi apotek: 708333", "708333", "account");
    row("a Spanish parcel guide", "Gu\u00eda de paqueter\u00eda: JD4644985486 Fecha", "JD4644985486", "account");
    row("a Chinese waybill", "\u8fd0\u5355\u53f7\uff1aJD8009721754 ", "JD8009721754", "account");
    row("a Chinese prescription number", "\u5904\u65b9\u53f7\uff1aCF96465948093 ", "CF96465948093", "account");
    row("a Korean insurance card with a space", "\uac74\uac15\ubcf4\ud5d8\uc99d \ubc88\ud638: 33756230011 ",
        "33756230011", "health_plan");
    row("a Japanese insurer number", "\u4fdd\u967a\u8005\u756a\u53f7\uff1a53641562 ", "53641562", "health_plan");
  }

  void findsAppAccountsAndDeliveryNumbers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLookAlikesOfAppAccounts_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a laboratory order", "Pedido 0389937406 liberado");
    row("a prescription's dose", "Prescription: 2 tablets daily");
    row("a Chinese prescription date", "\u5904\u65b9\u65e5\u671f\uff1a\u5f85\u5b9a");
    row("a user name not yet given", "Username: see the card");
    row("a version after a dash", "build v2 - release7b [draft]");
  }

  void ignoresLookAlikesOfAppAccounts() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  // After the thirty-seventh family (seed 3737, telehealth and e-prescriptions): a day's cues in
  // French, Spanish, Tamil and a stroke alert's field; birth dates under the keys of Indonesian and
  // Portuguese payloads; a Swedish month; numbers with a Korean particle glued on, a chat's other
  // line, a relative's number after the name.
  void findsTelehealthDatesAndPhones_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    row("a French teleconsultation's day", "Bonjour, votre t\u00e9l\u00e9consultation du 8/10 \u00e0 11:00", "8/10",
        "date");
    row("a Spanish booking after es el", "gracias, la consulta en l\u00ednea es el 1/4", "1/4", "date");
    row("a Tamil day before its postposition",
        "\u0b89\u0b99\u0bcd\u0b95\u0bb3\u0bcd \u0ba4\u0bca\u0bb2\u0bc8 \u0b86\u0bb2\u0bcb\u0b9a\u0ba9\u0bc8 17/1 "
        "\u0b85\u0ba9\u0bcd\u0bb1\u0bc1\" status", "17/1", "date");
    row("last known well as a field", "Last known well: 9/2 at 17:40 Arrived by private car", "9/2", "date");
    row("last known well in capitals", "LAST KNOWN WELL: 2/11 AT 00:15 ARRIVED", "2/11", "date");
    row("an Indonesian birth key", "NAMA=BUDI SANTOSO|TGL_LAHIR=19631202|STR=7", "19631202", "date");
    row("a Portuguese birth key", "NOME=LUZIA SANTOS|NASC=19940912|CRM=1", "19940912", "date");
    row("a Swedish month", "Datum: 1 augusti 2024", "1 augusti 2024", "date");
    row("a Korean mobile before the copula", "\uc5f0\ub77d\ucc98\ub294 010-5724-7092\uc785\ub2c8\ub2e4",
        "010-5724-7092", "phone");
    row("a Korean landline before the copula", "\uc5f0\ub77d\ucc98\ub294 02-696-8383\uc785\ub2c8\ub2e4",
        "02-696-8383", "phone");
    row("an international Korean number before the copula",
        "\uc5f0\ub77d\ucc98\ub294 +82 10-6560-8373\uc785\ub2c8\ub2e4", "+82 10-6560-8373", "phone");
    row("a chat's other line", "Ibrahim: ok ma, my other line is 929 2787", "929 2787", "phone");
    row("a relative's field", "Relative: Gayane Mkrtchyan, 010 48 95 60", "010 48 95 60", "phone");
    row("a Norwegian husband in brackets", "P\u00e5r\u00f8rende: Odd Bakken (ektemann), 22 94 32 16", "22 94 32 16",
        "phone");
    row("a Spanish relative reached at", "contacto con su hermano I\u00f1aki Puig Rodr\u00edguez al 91 257 50 02",
        "91 257 50 02", "phone");
    row("an Indonesian delivery address", "Alamat pengiriman: Jl. Malioboro No. 862, Yogyakarta 55271",
        "Jl. Malioboro No. 862, Yogyakarta 55271", "address");
    row("an English delivery address", "Delivery address: Perum Griya Asri Blok Y5/31, Sidoarjo, Jawa Timur",
        "Perum Griya Asri Blok Y5/31, Sidoarjo, Jawa Timur", "address");
  }

  void findsTelehealthDatesAndPhones() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresSharesVersionsAndKeysOfTelehealth_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a share after es el, no booking", "la dosis es el 1/2 de la tableta");
    row("a firmware version", "firmware FW 1.8.61-b245 installed.");
    row("a software update's version", "software update FW 7.4.10 released");
    row("eight digits under a key of no date", "KODE=19631202|STATUS=OK");
    row("a share after last known well", "Last known well: 7/10 of the way");
    row("a range's numbers after al, no relative", "el paquete va del 10 al 12 34 56 78");
    row("a delivery label with no address", "Delivery address: same as last order");
    row("a decimal before a Korean copula", "\uacb0\uacfc\ub294 12.5\uc785\ub2c8\ub2e4");
  }

  void ignoresSharesVersionsAndKeysOfTelehealth() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsClientsOfAccessLogLines_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // Seed 3737's portal access logs: a person's session stays an address even beside the
    // internal probes that are now left alone.
    row("a public client with a user",
        "203.0.113.45 - jdoe [15/Apr/2024:04:19:15 +0300] \"POST /api/v1/login HTTP/1.1\" 200 512", "203.0.113.45");
    row("a public client without a user", "88.14.201.7 - - [15/Apr/2024:04:19:15 +0300] \"GET / HTTP/1.1\" 200 2",
        "88.14.201.7");
    row("a private client with a user",
        "10.0.3.218 - jdoe [15/Apr/2024:04:19:15 +0300] \"GET /api/v1/readings HTTP/1.1\" 200 9", "10.0.3.218");
    row("a private address with its port", "Signed from IP 10.24.7.31:8443 using Chrome", "10.24.7.31");
    row("a private address in a key", "event=LOGIN user=jdoe ip=192.168.4.20 result=OK", "192.168.4.20");
  }

  void findsClientsOfAccessLogLines() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "ip");
  }

  void ignoresInternalClientsOfAccessLogLines_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3737: a private or loopback client with neither ident nor user is a health check or a
    // load balancer, not a person.
    row("a private health check", "10.0.3.218 - - [15/Apr/2024:04:19:15 +0300] \"GET /api/v2/health HTTP/1.1\" 200 7456");
    row("a private probe after a heading",
        "API SAMPLE PAYLOADS\n10.20.0.60 - - [04/Mar/2024:17:54:36 +0800] \"GET /healthz HTTP/1.1\" 200 2");
    row("a class-B private client", "172.20.1.9 - - [04/Mar/2024:17:54:36 +0800] \"GET /healthz HTTP/1.1\" 200 2");
    row("a home-network client", "192.168.1.10 - - [04/Mar/2024:17:54:36 +0800] \"GET /healthz HTTP/1.1\" 200 2");
    row("a loopback client", "127.0.0.1 - - [04/Mar/2024:17:54:36 +0800] \"GET /healthz HTTP/1.1\" 200 2");
  }

  void ignoresInternalClientsOfAccessLogLines() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const std::vector<Finding> findings = detectPhiBytes(utf8);
    for (const Finding& f : findings) {
      QVERIFY2(f.category != PhiCategory::Ip, ("unexpected ip: " + describe(utf8, findings)).c_str());
    }
  }
  void findsNamesBesideTheirNativeScript_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Seed 3737: a name in its own script after the romanised one, after a slash or after an Urdu
    // courtesy title; "El" after a given name is the article of an Arabic family name.
    row("a Georgian name after a slash", "Patient: Davit Tsiklauri / \u10d3\u10d0\u10d5\u10d8\u10d7 \u10ec\u10d8\u10d9\u10da\u10d0\u10e3\u10e0\u10d8 Personal No.: 49009393157",
        "\u10d3\u10d0\u10d5\u10d8\u10d7 \u10ec\u10d8\u10d9\u10da\u10d0\u10e3\u10e0\u10d8", "name");
    row("an El family name after a given name", "Patient(e) : Mme Naima El Idrissi CIN : SH930636", "Naima El Idrissi", "name");
    row("an Arabic name after an El family name",
        "Patient(e) : Mme Naima El Idrissi (\u0646\u0639\u064a\u0645\u0629 \u0627\u0644\u0625\u062f\u0631\u064a\u0633\u064a) CIN : SH930636",
        "\u0646\u0639\u064a\u0645\u0629 \u0627\u0644\u0625\u062f\u0631\u064a\u0633\u064a", "name");
    row("a name after Begum", "Patient: \u0628\u06cc\u06af\u0645 Fatima Siddiqui, CNIC: 24267-3886964-1", "Fatima Siddiqui", "name");
    row("a name after Janab", "Patient: \u062c\u0646\u0627\u0628 Imran Chaudhry, CNIC: 26774-7357368-1", "Imran Chaudhry", "name");
    row("the Urdu after a Janab name",
        "Patient: \u062c\u0646\u0627\u0628 Bilal Butt (\u0628\u0644\u0627\u0644 \u0628\u0679) CNIC: 39394-8765151-3",
        "\u0628\u0644\u0627\u0644 \u0628\u0679", "name");
    row("a name after the Urdu doctor's title", "Doctor: \u0688\u0627\u06a9\u0679\u0631 Saima Butt, PMDC 15423-P", "Saima Butt", "name");
  }

  void findsNamesBesideTheirNativeScript() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresNativeScriptLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3737: the doctor addressed as "doctor sahib" in Urdu is no name; a town in its own
    // script after a slash without a name before it stays unflagged.
    row("the Urdu doctor sahib", "\u0628\u0631\u0627\u06c1 \u06a9\u0631\u0645 \u0688\u0627\u06a9\u0679\u0631 \u0635\u0627\u062d\u0628 \u0633\u06d2 \u0628\u0627\u062a \u06a9\u0631\u06cc\u06ba");
    row("a town and its Georgian spelling", "Route: Tbilisi / \u10d7\u10d1\u10d8\u10da\u10d8\u10e1\u10d8 today");
    row("El Paso after a verb", "Moved to El Paso last year.");
  }

  void ignoresNativeScriptLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsClinicianRegistrationsAndCardNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Seed 3737: medical councils' registrations after the doctor's name, Indonesia's STR where
    // the number names its register, and the Bangladeshi NID under its Bengali acronym.
    row("an RPPS number", "Teleconsultation : Dr Michel Bonnet, RPPS 10783163630 ce jour", "10783163630", "license");
    row("an MCR number", "Doctor: Dr Darren Goh, MCR M87473Z today", "M87473Z", "license");
    row("an MDCN number", "Doctor: Dr Ibrahim Adeyemi, MDCN MDCN/R/79519 reviewed", "MDCN/R/79519", "license");
    row("a BMDC number", "Doctor: Dr Rahim Sarkar, BMDC A-94017 reviewed", "A-94017", "license");
    row("a colegiado number", "Doctora: Dra. Montserrat Puig, Col. 28/28/55883 revisado", "28/28/55883", "license");
    row("an STR in a payload", "DOKTER=BUDI HIDAYAT|STR=150/STR/4005|TGL=2024", "150/STR/4005", "license");
    row("a Bengali NID", "\u09ac\u09af\u09bc\u09b8 \u098f\u09a8\u0986\u0987\u09a1\u09bf: 9651333223 \u09ae\u09cb\u09ac\u09be\u0987\u09b2", "9651333223", "license");
  }

  void findsClinicianRegistrationsAndCardNumbers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresCouncilAcronymLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3737: the new acronyms read nothing without a doctor's name before them, and "STR"
    // reads only a number naming its register.
    row("a colonia", "Col. Roma Norte, centro");
    row("a column", "see col. 12345678 of the sheet");
    row("an MCR without a name", "MCR M87473Z pending");
    row("a street number", "STR=12345 only");
  }

  void ignoresCouncilAcronymLookAlikes() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const std::vector<Finding> findings = detectPhiBytes(utf8);
    for (const Finding& f : findings) {
      QVERIFY2(f.category != PhiCategory::License, ("unexpected license: " + describe(utf8, findings)).c_str());
    }
  }
  void findsAddressesWithoutHouseNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Seed 3737: rural and informal addresses after their labels, with no house number: a Mexican
    // ejido, a Brazilian sitio in the countryside, Rwanda's district and sector, villages and
    // quarters in Arabic, Urdu, Hindi and Bengali, a pharmacy's "Delivery:", a Korean sub-street
    // and a Sri Lankan house's number with its slash.
    row("a Mexican ejido", "Domicilio: Ejido San Isidro, Municipio de Tlaxco, Tlaxcala\nM\u00e9dico: Dra. Rosa Flores",
        "Ejido San Isidro, Municipio de Tlaxco, Tlaxcala", "address");
    row("a Brazilian sitio", "Endere\u00e7o: S\u00edtio Boa Esperan\u00e7a, zona rural, Quixad\u00e1 - CE\nIdade: 36 anos",
        "S\u00edtio Boa Esperan\u00e7a, zona rural, Quixad\u00e1 - CE", "address");
    row("a Rwandan district", "Adresse: Akarere ka Huye, Umurenge wa Ngoma\nM\u00e9decin: Dr Innocent Habimana",
        "Akarere ka Huye, Umurenge wa Ngoma", "address");
    row("an Urdu mohalla after Home", "Home: \u0645\u062d\u0644\u06c1 \u0642\u0627\u0636\u06cc\u0627\u06ba\u060c \u06af\u0648\u062c\u0631\u0627\u0646\u0648\u0627\u0644\u06c1\nComplaint: fever 3 days.",
        "\u0645\u062d\u0644\u06c1 \u0642\u0627\u0636\u06cc\u0627\u06ba\u060c \u06af\u0648\u062c\u0631\u0627\u0646\u0648\u0627\u0644\u06c1", "address");
    row("an Arabic quarter after Delivery",
        "DELIVERY: \u062d\u064a \u0627\u0644\u0645\u0644\u0632\u060c \u0634\u0627\u0631\u0639 \u0627\u0644\u062c\u0627\u0645\u0639\u0629\u060c \u0627\u0644\u0631\u064a\u0627\u0636\nMOBILE: +966 54 104 5802",
        "\u062d\u064a \u0627\u0644\u0645\u0644\u0632\u060c \u0634\u0627\u0631\u0639 \u0627\u0644\u062c\u0627\u0645\u0639\u0629\u060c \u0627\u0644\u0631\u064a\u0627\u0636", "address");
    row("an Egyptian village",
        "\u0627\u0644\u0639\u0646\u0648\u0627\u0646: \u0642\u0631\u064a\u0629 \u0645\u064a\u062a \u0631\u0647\u064a\u0646\u0629\u060c \u0645\u0631\u0643\u0632 \u0627\u0644\u0628\u062f\u0631\u0634\u064a\u0646\u060c \u0627\u0644\u062c\u064a\u0632\u0629\n",
        "\u0642\u0631\u064a\u0629 \u0645\u064a\u062a \u0631\u0647\u064a\u0646\u0629\u060c \u0645\u0631\u0643\u0632 \u0627\u0644\u0628\u062f\u0631\u0634\u064a\u0646\u060c \u0627\u0644\u062c\u064a\u0632\u0629", "address");
    row("a Hindi village", "Delivery address: \u0917\u094d\u0930\u093e\u092e \u0930\u093e\u092e\u092a\u0941\u0930, \u0924\u0939\u0938\u0940\u0932 \u0938\u0926\u0930, \u091c\u093c\u093f\u0932\u093e \u0935\u093e\u0930\u093e\u0923\u0938\u0940\nPhone: 95675 79864",
        "\u0917\u094d\u0930\u093e\u092e \u0930\u093e\u092e\u092a\u0941\u0930, \u0924\u0939\u0938\u0940\u0932 \u0938\u0926\u0930, \u091c\u093c\u093f\u0932\u093e \u0935\u093e\u0930\u093e\u0923\u0938\u0940", "address");
    row("a Saudi building after Delivery", "DELIVERY: BUILDING 9068, AL AZIZIYAH DISTRICT, DAMMAM 32491\nMOBILE: +966 54 007 5017",
        "BUILDING 9068, AL AZIZIYAH DISTRICT, DAMMAM 32491", "address");
    row("a Korean sub-street", "\uc8fc\uc18c: \ubd80\uc0b0\uad11\uc5ed\uc2dc \ud574\uc6b4\ub300\uad6c \ud574\uc6b4\ub300\ub85c 614\ubc88\uae38 67\n",
        "\ubd80\uc0b0\uad11\uc5ed\uc2dc \ud574\uc6b4\ub300\uad6c \ud574\uc6b4\ub300\ub85c 614\ubc88\uae38 67", "address");
    row("a Sri Lankan house after Home", "Home: 29/2, Temple Road, Nugegoda\n", "29/2, Temple Road, Nugegoda", "address");
    row("a Kenyan suburb first", "Home: Kilimani, Argwings Kodhek Rd, House 93, Nairobi\nVillage: Eldoret",
        "Kilimani, Argwings Kodhek Rd, House 93, Nairobi", "address");
  }

  void findsAddressesWithoutHouseNumbers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresAddressLookAlikesWithoutHouseNumbers_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3737: a birth's "Delivery:" heads its mode, a home-care "Home:" its medicines; an
    // Arabic "unknown, none" after the label and a farm's name with no place after it are no
    // address.
    row("a birth's delivery", "DELIVERY: Spontaneous Vaginal, 39 Weeks, Apgar 9/10");
    row("a caesarean delivery", "Delivery: Caesarean Section, Baby Boy, Theatre 2");
    row("home medicines", "Home: Metformin, Insulin Glargine, Lantus Pen");
    row("an unknown Arabic address",
        "\u0627\u0644\u0639\u0646\u0648\u0627\u0646: \u063a\u064a\u0631 \u0645\u0639\u0631\u0648\u0641\u060c \u0644\u0627 \u064a\u0648\u062c\u062f\u060c \u0633\u064a\u062a\u0645 \u0627\u0644\u062a\u062d\u062f\u064a\u062b");
    row("a farm's name alone", "Endere\u00e7o: S\u00edtio do Picapau Amarelo");
  }

  void ignoresAddressLookAlikesWithoutHouseNumbers() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const std::vector<Finding> findings = detectPhiBytes(utf8);
    for (const Finding& f : findings) {
      QVERIFY2(f.category != PhiCategory::Address, ("unexpected address: " + describe(utf8, findings)).c_str());
    }
  }
  void findsAbhaAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // India's health-records handle (seed 3737).
    row("after its label", "ABHA address: anjalimishra65@abdm Mobile: +91 11 2023 3085", "anjalimishra65@abdm");
    row("in the sandbox", "PHR: ravi.k@sbx", "ravi.k@sbx");
  }

  void findsAbhaAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    verifyExpectedFinding(text, expected, "mrn");
  }

  void ignoresAbhaLookalikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a mention of the exchange", "ping @abdm team");
    row("a handle too short", "see ab@abdm docs");
  }

  void ignoresAbhaLookalikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsEastAsianChatNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Seed 3737: WeChat, LINE and KakaoTalk exports name their speakers and the people they write
    // about without labels; a doctor's title glued after a labelled Chinese name is left out.
    row("a WeChat speaker after the stamp", "04/12/2025, 21:17 \u9ec4\u6587\u53d1: \u597d\u7684\uff0c\u6211\u7684\u7535\u8bdd",
        "\u9ec4\u6587\u53d1", "name");
    row("a family member in Chinese", "\u533b\u751f\uff0c\u6211\u5bb6\u4eba\u6797\u4f1f\u660e\u6628\u665a\u8840\u7cd6\u504f\u9ad8",
        "\u6797\u4f1f\u660e", "name");
    row("a name before Ms", "\u91ab\u751f\u4f60\u597d\uff0c\u9ec3\u6dd1\u5100\u5973\u58eb\u4eca\u65e5\u8840\u58d3\u504f\u9ad8",
        "\u9ec3\u6dd1\u5100", "name");
    row("a doctor's name before the title", "\u533b\u751f\uff1a\u674e\u6d77\u71d5\u533b\u751f", "\u674e\u6d77\u71d5", "name");
    row("a LINE speaker between tabs", "2024-07-23 23:13:05\t\u7530\u4e2d \u592a\u90ce\t\u4e86\u89e3\u3067\u3059",
        "\u7530\u4e2d \u592a\u90ce", "name");
    row("a family member in Japanese", "\u5bb6\u65cf\u306e\u4f50\u85e4 \u5065\u4e00\u306e\u8840\u7cd6\u5024\u306f\u9ad8\u3044",
        "\u4f50\u85e4 \u5065\u4e00", "name");
    row("a Korean patient with the honorific", "\ud658\uc790 \ucd5c\uc11c\uc5f0\ub2d8 \ud608\uc555\uc774 \ub192\uc544\uc694",
        "\ucd5c\uc11c\uc5f0", "name");
  }

  void findsEastAsianChatNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresEastAsianChatLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3737: the words after the cues that name no one stay unflagged.
    row("a Korean patient's information", "\ud658\uc790 \uc815\ubcf4\ub97c \ud655\uc778\ud588\uc2b5\ub2c8\ub2e4");
    row("a family's consent in Japanese", "\u5bb6\u65cf\u306e\u540c\u610f\u306e\u4e0a\u3067\u5b9f\u65bd");
    row("my family is worried", "\u6211\u5bb6\u4eba\u5f88\u62c5\u5fc3");
    row("ladies and gentlemen", "\u5404\u4f4d\u5973\u58eb\uff0c\u8bf7\u6ce8\u610f");
  }

  void ignoresEastAsianChatLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void ignoresChatPartiesThatAreNoPersons_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Chat exports in Chinese, Japanese and Korean name their system, service desk and roles as
    // parties (seed 3737).
    row("a Chinese service desk after a time", "21:17 \u5ba2\u670d: \u60a8\u597d");
    row("a Japanese system line", "09:12 \u30b7\u30b9\u30c6\u30e0: \u4e88\u7d04\u304c\u78ba\u5b9a\u3057\u307e\u3057\u305f");
    row("a Korean counsellor", "10:05 \uc0c1\ub2f4\uc6d0: \uc548\ub155\ud558\uc138\uc694");
  }

  void ignoresChatPartiesThatAreNoPersons() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void keepsChatSpeakersBesideTheirParties() {
    verifyExpectedFinding(QString::fromUtf8("[12/03/2025, 14:22] \u7cfb\u7edf: \u6d88\u606f\u5df2\u64a4\u56de\n"
                                            "[12/03/2025, 14:23] \u738b\u5c0f\u660e: \u597d\u7684"),
                          QString::fromUtf8("\u738b\u5c0f\u660e"), "name");
  }
  void findsRuralAndVillageAddressValues_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    // Seed 3838 (scanned and migrated records): rural routes, post boxes, hamlets, farms and
    // villages after an address label, and a label naming the card the address came from.
    row("a Canadian rural route", "Address: R.R. 4, Antigonish NS\nPhone: 339-6510", "R.R. 4, Antigonish NS", "address");
    row("a post box and its town", "Address: Box 351, Gimli MB\nPhone: 339-6510", "Box 351, Gimli MB", "address");
    row("a New Zealand rural delivery", "Address: R.D. 8, Kaitaia", "R.D. 8, Kaitaia", "address");
    row("a label naming its card", "Address (clinic card): Stand 882, Zone 5, Soweto\nTel. (021) 034 5400",
        "Stand 882, Zone 5, Soweto", "address");
    row("an Afrikaans farm", "Address (clinic card): Plaas Rietfontein, Graaff-Reinet", "Plaas Rietfontein, Graaff-Reinet",
        "address");
    row("a Portuguese hamlet", "Morada: Lugar de Cabe\u00e7ais, Fafe\nTelefone: +351 22 825 8238",
        "Lugar de Cabe\u00e7ais, Fafe", "address");
    row("an Italian rural district", "Residenza: Contrada San Leonardo, Matera", "Contrada San Leonardo, Matera", "address");
    row("a Greek village", "\u0394\u03b9\u03b5\u03cd\u03b8\u03c5\u03bd\u03c3\u03b7: \u03a7\u03c9\u03c1\u03b9\u03cc "
        "\u0391\u03bd\u03ce\u03b3\u03b5\u03b9\u03b1, \u03a1\u03ad\u03b8\u03c5\u03bc\u03bd\u03bf",
        "\u03a7\u03c9\u03c1\u03b9\u03cc \u0391\u03bd\u03ce\u03b3\u03b5\u03b9\u03b1, "
        "\u03a1\u03ad\u03b8\u03c5\u03bc\u03bd\u03bf", "address");
    row("an Israeli moshav", "Address: \u05de\u05d5\u05e9\u05d1 \u05e0\u05d4\u05dc\u05dc, \u05e2\u05de\u05e7 "
        "\u05d9\u05d6\u05e8\u05e2\u05d0\u05dc",
        "\u05de\u05d5\u05e9\u05d1 \u05e0\u05d4\u05dc\u05dc, \u05e2\u05de\u05e7 \u05d9\u05d6\u05e8\u05e2\u05d0\u05dc",
        "address");
  }

  void findsRuralAndVillageAddressValues() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresRuralAddressLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838: a box or a route with no town after it, or no address label, stays unflagged.
    row("a box without its town", "Address: Box 12");
    row("a route before a phone", "Address: RR 4, Tel 555");
    row("a box in prose", "Gloves: Box 351, Nitrile M");
    row("a bracket after another label", "Dose (clinic card): Box 2, Tablets");
  }

  void ignoresRuralAddressLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsLegacyRecordDatesAndAges_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    // Seed 3838 (legacy, scanned and migrated records): OCR's letters in a labelled birth date,
    // old German and French month abbreviations, a card's follow-up day, a records request's
    // admissions, and ages over 89 as Polish, Italian and English letters and registers write them.
    row("OCR letters after d.o.b.", "Re: Mr Trevor Okafr, d.o.b. ll/l2/1935, Flat 3", "ll/l2/1935", "date");
    row("OCR letters upper-cased", "RE: MRS JANICE ATKISON, D.O.B. L8/O9/1924, FLAT 3", "L8/O9/1924", "date");
    row("OCR letters after born", "the late Dwayne Kowaski (born O2/O9/l967), request", "O2/O9/l967", "date");
    row("German Febr. with the day's dot", "Name: Hannelore Fischer geb. am 26. Febr. 1965 in Bamberg", "26. Febr. 1965",
        "date");
    row("German OKT. in capitals", "AUFGENOMMEN: 20. OKT. 1932 IN BAMBERG", "20. OKT. 1932", "date");
    row("French sept. in lower case", "Pr\u00e9nom : Luc N\u00e9(e) le : 19 sept. 1990 N\u00b0 registre", "19 sept. 1990",
        "date");
    row("a card's follow-up field", "Residence: Umtata\nFollow-up: 9/8\n", "9/8", "date");
    row("admissions of a day", "Records requested: admissions of 2/9 and March 11, 1999", "2/9", "date");
    row("Polish lat before the age", "wizyta domowa u halina kami\u0144ska, lat 98, bia\u0142ystok", "98", "age");
    row("Italian anni before the age", "visita Concetta Bianchi, anni 96, tel 06 1234567", "96", "age");
    row("a man of 95 in a letter", "Thank you for seeing this man of 95, who lives at 12 Elm St", "95", "age");
    row("a register's years cell", "| 12/01/1973 | NJERI KARANJA | 99 yrs | Nakuru |", "99", "age");
    row("spelled years set off", "Pt: Graham Brennan, ninety-three years, station hand's mother", "ninety-three", "age");
  }

  void findsLegacyRecordDatesAndAges() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLegacyRecordStamps_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838: an HL7 acknowledgement's time, a listing's run stamp and a log heading's stamp
    // are the machine's; intervals, latitudes and weights are no dates or ages.
    row("an HL7 acknowledgement", "MSH|^~\\&|LAB|GEN HOSP|HIS|GEN HOSP|19580412|||ACK^A01|4458|P|2.2");
    row("an acknowledgement with its type in MSH-9", "MSH|^~\\&|GPSYS|PRAC|LAB|HOSP|202401150930||ACK^R01^ACK|ACK1234|P|2.5.1");
    row("a listing's run date", "PAT-CENSUS   RUN DATE 2025-07-25 07:53:05   PAGE 33");
    row("a log heading's stamp", "MPI DUPLICATE RESOLUTION LOG - 2025-12-27 14:25:31");
    row("a British interval after follow-up", "Follow-up: 3/12\n");
    row("a week interval after follow-up", "Follow-up: 2/7\n");
    row("a latitude", "Station position lat 91, lon 3");
    row("a weight after man of", "a man of 90 kg");
    row("years of a service", "served, ninety years, in the town");
  }

  void ignoresLegacyRecordStamps() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void keepsRunReportDatesWithoutSeconds() {
    verifyExpectedFinding(QString::fromUtf8("EMS RUN REPORT\nRun Date: 03/14/2024\n"), QString::fromUtf8("03/14/2024"),
                          "date");
  }

  // Seed 3838 (scanned and migrated records): the Russian request's applicant and patient, the
  // doctor's title repeated after its label, a Greek full-name box longer than 24 bytes, a name's
  // reading in half-width kana, and a Hindi register's name in Devanagari in brackets after the
  // Latin one.
  void findsMigratedRecordNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    row("a Russian request's applicant", "\u0417\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u044c: \u0421\u043c\u0438\u0440\u043d\u043e\u0432 \u041d\u0438\u043a\u043e\u043b\u0430\u0439 (\u0441\u044b\u043d)",
        "\u0421\u043c\u0438\u0440\u043d\u043e\u0432 \u041d\u0438\u043a\u043e\u043b\u0430\u0439", "name");
    row("a Russian request's patient", "\u041e \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0435: \u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430 \u0422\u0430\u0442\u044c\u044f\u043d\u0430, 18.11.1957",
        "\u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430 \u0422\u0430\u0442\u044c\u044f\u043d\u0430", "name");
    row("the doctor's title after the label", "\u041b\u0435\u0447\u0430\u0449\u0438\u0439 \u0432\u0440\u0430\u0447: \u0432\u0440\u0430\u0447 \u041f\u043e\u043f\u043e\u0432 \u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440",
        "\u041f\u043e\u043f\u043e\u0432 \u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440", "name");
    row("a Greek full-name box", "\u039f\u03bd\u03bf\u03bc\u03b1\u03c4\u03b5\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf: \u0392\u03b1\u03c3\u03b9\u03bb\u03b9\u03ba\u03ae \u039d\u03b9\u03ba\u03bf\u03bb\u03b1\u0390\u03b4\u03bf\u03c5",
        "\u0392\u03b1\u03c3\u03b9\u03bb\u03b9\u03ba\u03ae \u039d\u03b9\u03ba\u03bf\u03bb\u03b1\u0390\u03b4\u03bf\u03c5", "name");
    row("a name's reading in half-width kana", "\uff76\uff85\u6c0f\u540d: \uff9c\uff80\uff85\uff8d\uff9e \uff90\uff81\uff7a",
        "\uff9c\uff80\uff85\uff8d\uff9e \uff90\uff81\uff7a", "name");
    row("a Hindi register's Latin name after Mrs", "Name: \u0936\u094d\u0930\u0940\u092e\u0924\u0940 Kavita Sharma (\u0915\u0935\u093f\u0924\u093e \u0936\u0930\u094d\u092e\u093e)",
        "Kavita Sharma", "name");
    row("the same name in Devanagari in brackets", "Name: \u0936\u094d\u0930\u0940 Vikram Chauhan (\u0935\u093f\u0915\u094d\u0930\u092e \u091a\u094c\u0939\u093e\u0928)",
        "\u0935\u093f\u0915\u094d\u0930\u092e \u091a\u094c\u0939\u093e\u0928", "name");
    row("a Devanagari name after the Hindi Mrs", "Patient: \u0936\u094d\u0930\u0940\u092e\u0924\u0940 \u0938\u0941\u0928\u0940\u0924\u093e \u0936\u0930\u094d\u092e\u093e (Sunita Sharma)",
        "\u0938\u0941\u0928\u0940\u0924\u093e \u0936\u0930\u094d\u092e\u093e", "name");
  }

  void findsMigratedRecordNames() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresMigratedRecordLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838: the cues before no name stay unflagged (the doctor's specialty in small letters,
    // the Greek word for full name in prose, one kana).
    row("a doctor's specialty in small letters", "\u041b\u0435\u0447\u0430\u0449\u0438\u0439 \u0432\u0440\u0430\u0447: \u0432\u0440\u0430\u0447 \u0442\u0435\u0440\u0430\u043f\u0435\u0432\u0442");
    row("the Greek full-name word in prose", "\u03a4\u03bf \u03bf\u03bd\u03bf\u03bc\u03b1\u03c4\u03b5\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf \u03c4\u03bf\u03c5 \u03b1\u03c3\u03b8\u03b5\u03bd\u03bf\u03cd\u03c2 \u03bb\u03b5\u03af\u03c0\u03b5\u03b9 \u03b1\u03c0\u03cc \u03c4\u03bf\u03bd \u03c6\u03ac\u03ba\u03b5\u03bb\u03bf.");
    row("one half-width kana", "\uff76\uff85\u6c0f\u540d: \uff80");
  }

  void ignoresMigratedRecordLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsLegacyPhonesFaxesAndCards_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromUtf8(category);
    };
    // Seed 3838 (scanned letters, faxes and index cards): a stray space beside a phone's dash,
    // the "Tel." abbreviation without a colon, the Italian "recapito", the recipient's fax after a
    // header's "TO:", Portugal's old B.I. and the Greek identity card's number.
    row("a stray space before the last dash", "My telephone: (284) 870 -0411 E-mail: d.h@example.com", "(284) 870 -0411",
        "phone");
    row("a stray space in a dashed number", "Phone: 581-444 -2855", "581-444 -2855", "phone");
    row("a stray space after the abbreviation tel", "Calle Mayor 12, Rosario Tel. (0341) 42 -6131 Afiliado",
        "(0341) 42 -6131", "phone");
    row("a swedish number with a stray space", "Telefon: 071 -938 80 75", "071 -938 80 75", "phone");
    row("an italian contact number", "Recapito: (06) 724409", "(06) 724409", "phone");
    row("the old german telephone word", "Renate Weber (Nichte), Fernruf 030 149805 81", "030 149805 81", "phone");
    row("the recipient's fax after to in a header",
        "01/10/84 14:22 FROM:MERCY FAMILY PRACTICE  TO:(898) 379-6816  P.01\nREFERRAL", "(898) 379-6816", "fax");
    row("a named recipient's fax in a header stays a fax", "TO: DR SMITH  FAX 555-201-3344  P.1/2", "555-201-3344",
        "fax");
    row("a zip after on file", "ZIP on file 36326-0883  Hb 12.4", "36326-0883", "zip");
    row("portugal's old identity card", "N.\u00ba de utente: 415371526 B.I.: 42709042", "42709042", "license");
    row("the greek identity card dotted", "\u0391.\u0394.\u03a4.: K 857002", "K 857002", "license");
  }

  void findsLegacyPhonesFaxesAndCards() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLegacyFaxStationsAndCertificates_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838: the sending institution's number in its fax machine's header, a records
    // destruction certificate and look-alikes of the stray-space phone (a register's acronym before
    // its number is no phone: findsLegacyRecordNumbers makes it the health plan).
    row("a hospital's station number in its fax header", "ST. FINBARR'S HOSPITAL CORK   FAX 021 6737746   P.1/2");
    row("a department's fax number in a header", "FROM CARDIOLOGY DEPT  FAX NO. 0161 412 2287  P. 01/03");
    row("an italian header's page", "OSPEDALE CIVILE   FAX 081 555 0000   PAG. 01");
    row("a destruction certificate", "Destruction certificate DC-71248 issued by the shredding contractor.");
    row("a calibration certificate", "Calibration certificate CC-2231 on file.");
    row("a span of years after a phone label", "Phone: 2010 -2015 only");
    row("a range after tel", "Tel. 12 -14 rings");
  }

  void ignoresLegacyFaxStationsAndCertificates() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsLegacyRecordNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString::fromLatin1(category);
    };
    // Seed 3838 (legacy, scanned and migrated records): the labels of old forms and registers.
    row("a unit number in a page footer", "Page 2 of 2 - CARTWRIGHT, Trevor - Unit No. MRN154196", "MRN154196", "mrn");
    row("a lower-case unit number", "ssn 475148904, unit no rpm-677136", "rpm-677136", "mrn");
    row("an Indian C.R. number", "C.R. No.: MRN483635", "MRN483635", "mrn");
    row("an outpatient register's number", "OP No. MRN218940 | 12/01/1973", "MRN218940", "mrn");
    row("a Spanish folder's number", "N.\xc2\xba historia: RPM-340000", "RPM-340000", "mrn");
    row("a German insured person's number", "Krankenkasse: AOK, Vers.-Nr. G308214681", "G308214681", "health_plan");
    row("a Turkish SSK registration", "SSK Sicil No: SSK 5490131824", "SSK 5490131824", "health_plan");
    row("a kupat holim member number", "\xd7\xa7\xd7\x95\xd7\xa4\xd7\xaa \xd7\x97\xd7\x95\xd7\x9c\xd7\x99\xd7\x9d, \xd7\x9e\xd7\xa1' \xd7\x97\xd7\x91\xd7\xa8: 726289858",
        "726289858", "health_plan");
    row("a Chinese case-file number", "\xe7\x97\x85\xe6\xa1\x88\xe5\x8f\xb7: RPM-306330 \xe5\xa7\x93\xe5\x90\x8d", "RPM-306330", "mrn");
    row("a Japanese patient number with its letters", "\xe6\x82\xa3\xe8\x80\x85\xe7\x95\xaa\xe5\x8f\xb7: MRN447035", "MRN447035", "mrn");
    row("a fixed-width census row", "UNIT-NO  NAME                  DOB       SEX ZIP\n28-7267-47 PRUITT, CLAYTON     07/07/61  M   38873",
        "28-7267-47", "mrn");
    row("a microfiche index row", "MICROFICHE D731 - INDEX DES DOSSIERS\nRPM-762906 MOREAU JEAN-PIERRE       06.03.29  MONTAUBAN",
        "RPM-762906", "mrn");
    row("a merge log's surviving record", "Action: merged into 1957636 by the records officer", "1957636", "mrn");
    row("an unmerge's source", "MPI UNMERGE REPORT\nSOURCE 0064997 -> TARGET 31-2712-70: BRENDA KOWALSKI", "0064997", "mrn");
    row("an unmerge's target", "MPI UNMERGE REPORT\nSOURCE 0064997 -> TARGET 31-2712-70: BRENDA KOWALSKI", "31-2712-70", "mrn");
    row("a migration exception's record", "Rec 168345: MACDONALD, Marjorie, DOB 1925-08-13", "168345", "mrn");
    row("a register's number", "[OPD register, scanned page]\nReg. No. 27-8665-37   Date 14/05/1983", "27-8665-37", "mrn");
    row("a scanned Medicare card", "[photocopy of Medicare card, scanned]\n7624 25890 2  4  WAYNE WHITFIELD", "7624 25890 2",
        "health_plan");
    row("a PhilHealth PIN", "PHILHEALTH CLAIM FORM 2 (scanned, 1994)\nMember: REYES, Corazon\nPIN: 69-994681837-8",
        "69-994681837-8", "health_plan");
    row("a Medicaid card's ID", "[photocopy of Medicaid card]\nRecipient: TAMMY PRUITT\nID: GBP082602098", "GBP082602098",
        "health_plan");
    row("a Medicaid card's case", "[photocopy of Medicaid card]\nRecipient: TAMMY PRUITT\nID: GBP082602098\nCase no. 906986240",
        "906986240", "account");
  }

  void findsLegacyRecordNumbers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresLegacyRecordLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838: counts, reels and PINs that the rules above must leave alone.
    row("an operation's count", "OP no. 3 went well");
    row("a tape log's byte count without a date", "1234567 BYTES WRITTEN TO VOLUME");
    row("a microfilm reel", "MICROFILM REEL 495Z, FRAMES 596-1149, CONVERTED TO PDF/A.");
    row("a match threshold", "MPI match threshold 0.85; scores between 0.70 and 0.85 go to manual review.");
    row("a PIN without PhilHealth", "PIN: 69-994681837-8");
    row("a Medicare card without its number", "[photocopy of Medicare card, scanned]\nValid to the end of the year");
  }

  void ignoresLegacyRecordLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void ignoresLegacyRecordWordsThatAreNoNames_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838 (scanned, microfilmed and transcribed records): OCR misreadings of English words,
    // the titles and labels of old records in many languages, and institutions named after a
    // founder, a saint or a minister.
    row("an OCR-misread sentence opening", "Tlie Patlent was seen in tbe clinic and tolerated the procedure.");
    row("an OCR-misread heading in capitals", "EXARNINATION OF TLIE ABDORNEN: SOFT, NON-TENDER.");
    row("ligatures kept as scanned", "\ufb01NDINGS CON\ufb01RMED ON RE-EXAMINATION.");
    row("a German record's title", "Krankengeschichte, Abschrift aus der Kurrentschrift");
    row("a Polish card's title", "NOTATKA ODR\u0118CZNA (PRZEPISANA)");
    row("a Portuguese record's title", "PROCESSO CL\u00cdNICO (papel, digitalizado)");
    row("an Italian stamp heading", "TIMBRI E MODULI");
    row("a Dutch export's heading", "PONSKAART-EXPORT (VASTE KOLOMMEN)");
    row("a French certified copy", "COPIE CERTIFI\u00c9E CONFORME \u00c0 L'ORIGINAL.");
    row("a Turkish fax header", "DEVLET HASTANESI  FAKS  S.1");
    row("a founder's homes", "Dr. Barnardo's Homes and Guy's Hospital appear in old correspondence.");
    row("a saint's hospital in capitals", "RECEIVED - MEDICAL RECORDS DEPT. - ST. VINCENT'S HOSPITAL");
    row("the NHS envelope", "[Lloyd George envelope, transcribed]");
    row("HL7 segment fields", "PID-5 patient name, PID-7 date/time of birth, PID-19 SSN.");
    row("institutions known by their names alone", "Mayo Clinic, Johns Hopkins and Karolinska forms were accepted.");
  }

  void ignoresLegacyRecordWordsThatAreNoNames() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsNamesBesideLegacyRecordWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString("name");
    };
    // Seed 3838: the person beside those words stays a name, and so do names that an OCR
    // misreading would turn into a word ("Needler", "Eli") or that own a clinic or a stay.
    row("a Hebrew Mr before a name in Latin letters", "Re: \u05de\u05e8 Yitzhak Cohen, born 1951", "Yitzhak Cohen");
    row("a relative before her kin word", "Angeh\u00f6rige: Renate Weber (Nichte)", "Renate Weber");
    row("a surname like a misread word", "Seen by Dr. Needler today.", "Needler");
    row("a hyphenated given name with Eli", "Rx Tobias-Eli Cobble   DOB 4/28/1931", "Tobias-Eli");
    row("a doctor who owns the clinic", "Referred to Dr. Okafor's Clinic on Main Street.", "Okafor");
    row("a person's hospital stay", "Reviewed Ana Lopez's hospital stay.", "Ana Lopez");
    row("a person named Hopkins", "Mrs. Hopkins called about her results.", "Hopkins");
  }

  void findsNamesBesideLegacyRecordWords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void findsCodeSwitchedAddresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString("address");
    };
    // Seed 3939 (code-switched and transliterated records): address labels typed in Latin letters
    // as the speaker says them, local address words, and a form's next field on the same line.
    row("a Hinglish Pata and an Indian lane", "Pata: Gali no. 4, near Hanuman mandir, Lajpat Nagar, New Delhi 110044",
        "Gali no. 4, near Hanuman mandir, Lajpat Nagar, New Delhi 110044");
    row("a Bengali Thikana closed by its postcode", "Thikana: House 14, Road 78, Mirpur 39, Dhaka 1216 Ref by the GP",
        "House 14, Road 78, Mirpur 39, Dhaka 1216");
    row("a Nepali ward joined to its town", "Thegana: Kalanki-11, Kathmandu Nagarikta no.: 12", "Kalanki-11, Kathmandu");
    row("a Nepali ward with a lower-case no.", "Thegana: Ward no. 7, Lakeside, Pokhara", "Ward no. 7, Lakeside, Pokhara");
    row("a romaji Juusho", "Juusho: Osaka-shi Kita-ku Umeda 3-3-52", "Osaka-shi Kita-ku Umeda 3-3-52");
    row("a romaji ward and block", "Juusho: Setagaya-ku Kitazawa 7-11-6, Tokyo", "Setagaya-ku Kitazawa 7-11-6, Tokyo");
    row("a Greeklish label", "Dieuthinsi: Egnatia 368, 546 30 Thessaloniki", "Egnatia 368, 546 30 Thessaloniki");
    row("a Czech label without its marks", "Bydliste: Nadrazni 184, 602 00 Brno", "Nadrazni 184, 602 00 Brno");
    row("a Samoan village and island", "Nofoaga: Faleula Uta, Upolu", "Faleula Uta, Upolu");
    row("a labour camp's flat before prose", "Camp: Flat 102, Al Nahda Bldg 1, Sharjah Worker ko 2 din se ulti",
        "Flat 102, Al Nahda Bldg 1, Sharjah");
    row("Vietnamese without its marks", "Dia chi: So 15, hem 544, duong Le Van Sy, Phuong 70, Quan 3, TP HCM",
        "So 15, hem 544, duong Le Van Sy, Phuong 70, Quan 3, TP HCM");
    row("a Romanian village", "Adresa: Sat Valea Lunga, com. Gorgota, jud. Prahova",
        "Sat Valea Lunga, com. Gorgota, jud. Prahova");
    row("an address in another country", "Adresa v Ukraini: vul. Khreshchatyk 37, kv. 90, Kyiv",
        "vul. Khreshchatyk 37, kv. 90, Kyiv");
    row("a short Addr label", "Addr: Flat 3K, 1/F, Block 2, Lek Yuen Estate, Sha Tin, N.T.",
        "Flat 3K, 1/F, Block 2, Lek Yuen Estate, Sha Tin, N.T.");
  }

  void findsCodeSwitchedAddresses() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresCodeSwitchedAddressLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3939: the same labels and words before values that are no home.
    row("a work camp's name alone", "Camp: Los Pinos, cabin 14.");
    row("a Pata before a complaint", "Pata: pet dard, 2 din se, ulti nahi");
    row("a ward number in prose", "Shifted to ward no. 7, bed side rails up.");
    row("a romanised unit without a block", "Juusho: shinkansen ticket lost");
  }

  void ignoresCodeSwitchedAddressLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsBracketedSecondSpellings_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString("name");
    };
    // Seed 3939 (code-switched and transliterated notes): a found name is written again in
    // parentheses in its own script.
    row("Ge'ez after a transliteration", "Ato Tesfaye Alemu (\u1270\u1235\u134b\u12ec \u12a0\u1208\u1219), 98 amet", "\u1270\u1235\u134b\u12ec \u12a0\u1208\u1219");
    row("Arabic after a French transliteration", "Patient: Mohamed Amine Ait Ahmed (\u0645\u062d\u0645\u062f \u0623\u0645\u064a\u0646), 64 ans", "\u0645\u062d\u0645\u062f \u0623\u0645\u064a\u0646");
  }

  void findsBracketedSecondSpellings() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void leavesBracketedWordsAfterNamesUnflagged_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    auto row = [](const char* tag, const char* text, const char* word) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(word);
    };
    // Seed 3939: a Latin word in parentheses after a name stays unflagged: a language, a role, a
    // kin word in German, a place, a sex, a remark.
    row("a language", "Interpreter booked for Maria Lopez (Spanish) today.", "Spanish");
    row("a role in capitals", "Discussed with Dr. John Smith (RN) on the ward.", "RN");
    row("a role", "Signed by Jane Doe (Patient) at 10:00.", "Patient");
    row("a kin word", "Contact: Renate Weber (Nichte) for updates.", "Nichte");
    row("a German kin word", "Anfrage von Franz Moser (Vater), per E-Mail.", "Vater");
    row("a language of the interpreter", "Interpreter: Nitza Nyuon (Inuktitut) attended.", "Inuktitut");
    row("an age and sex", "Seen Ana Ruiz (F) this morning.", "F");
    row("a lower-case remark", "Seen Ana Ruiz (deceased) in 2020.", "deceased");
  }

  void leavesBracketedWordsAfterNamesUnflagged() {
    QFETCH(QString, text);
    QFETCH(QString, word);
    const std::string utf8 = text.toStdString();
    const std::size_t at = utf8.find(word.toStdString());
    QVERIFY2(at != std::string::npos, "test row is inconsistent");
    for (const Finding& f : detectPhiBytesByRules(utf8)) {
      QVERIFY2(!(f.start <= at && at < f.end), ("flagged: " + describe(utf8, {f})).c_str());
    }
  }
  void findsInterpretingAndPaymentIdentifiers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected, const char* category) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString(category);
    };
    // Seed 3939 (interpreted and code-switched notes): a certified interpreter's credential is a
    // licence, a language line's call number and an M-Pesa code are accounts, and the
    // Mexican "placas" name a car's plate.
    row("a CCHI number in brackets", "Interpreter: Shanice Burkhart (CCHI 32538) Address on file: 12 Main St", "32538", "license");
    row("a NAATI practitioner ID", "Translator: Selvi Thangavel, NAATI CPN44F3751 Date: 20 November 2025", "CPN44F3751", "license");
    row("an NRPSI number", "Interpreter (Muhammad Asif Rana, NRPSI 15021) Patient: Begum Rukhsana Mirza", "15021", "license");
    row("a certified interpreter's CHI", "Spoke with the family via Lucia Garza, certified interpreter CHI 382648.", "382648", "license");
    row("a language line's call ID", "LANGUAGE LINE CALL LOG\nCall ID: LL-2773-8769\nLanguage: Spanish", "LL-2773-8769", "account");
    row("a call ID with its prefix apart", "Language line call - Sylheti\nCall ID: CID 710-631-693\nDuration 20 min", "CID 710-631-693", "account");
    row("an interpreter log's call ID", "Interpreter: Wilner Jean-Baptiste\nCall ID 3862380251\nMinutes 17", "3862380251", "account");
    row("an M-Pesa code", "mpesa msg forwarded to clinic: zb2c8hd5j2 confirmed. ksh 1,500 sent to the hospital", "zb2c8hd5j2", "account");
    row("an M-Pesa code in capitals", "QGH7XY2Z1A Confirmed. Ksh1,500.00 sent to Nairobi West Hospital", "QGH7XY2Z1A", "account");
    row("Mexican placas after the car", "Vehiculo: 2011 Ford F-150, placas BUU-2686, color rojo", "BUU-2686", "vehicle");
  }

  void findsInterpretingAndPaymentIdentifiers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresInterpretingAndPaymentLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3939: the vendor's interpreter ID, a queue ticket, a session's length, a call ID of a
    // line that is no interpreter's, a video interpreter's session ID (no PHI in the twenty-second
    // family), the Greek letter chi, a confirmation without a code and plaques that are no plates
    // stay unflagged.
    row("the vendor's interpreter ID", "Interpreter ID 40213 (vendor badge)");
    row("a queue ticket of the language line", "Telephone interpreting: Language Line queue ticket Q68226, wait 2 minutes.");
    row("a session's length", "Interpreter session 45 min, telephone; session 4/6 next week.");
    row("a video interpreter's session ID", "VRI SESSION LOG\nsession_id=2765423930 lang=Somali interpreter on video");
    row("a nurse line's call ID", "NURSE ADVICE LINE - CALL RECORD\nCall ID: NAL-482913      Line 2 (after hours)");
    row("the Greek letter", "Chi-square test: chi 3.84, p 0.05.");
    row("a confirmation in words", "Appointment confirmed. Payment received in full.");
    row("plaques in Spanish", "Se observan placas de ateroma en ambas car\u00f3tidas.");
  }

  void ignoresInterpretingAndPaymentLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void findsNamesInListingRowsAndIndexCards_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    // Seed 3838: fixed-width listings (record number, name in capitals, birth date), typed index
    // cards ("SURNAME, Given" and a wide gap) and the British "Forenames:" box.
    row("a casenote extract's SURNAME/FORENAME", "CASENOTE  SURNAME/FORENAME        DOB       LOCATION\n85175872  PATEL/CLIVE             28/04/86  RECORDS LIBRARY", "PATEL/CLIVE");
    row("a Dutch fixed-column family name", "PONSKAART-EXPORT (VASTE KOLOMMEN)\nRPM-513756 BAKKER           PIETER        19-07-1926  DEVENTER", "BAKKER");
    row("a Dutch fixed-column given name", "PONSKAART-EXPORT (VASTE KOLOMMEN)\nRPM-513756 BAKKER           PIETER        19-07-1926  DEVENTER", "PIETER");
    row("a particle and names on no list", "UHID1194655049 DE VRIES       HENK          27-08-1975  DEVENTER", "DE VRIES");
    row("a French microfiche index", "MICROFICHE H103 - INDEX DES DOSSIERS\n21036630  BONNET FRAN\u00c7OISE          18.03.23  MONTAUBAN", "BONNET FRAN\u00c7OISE");
    row("a comma after the family name", "PATIENT INDEX (LEGACY LATIN ENTRY)\nNR0417279 FARAG, MOSTAFA                19/11/1939", "FARAG, MOSTAFA");
    row("an index card's family name", "[index card, typed]\nCHOW, Shirley    b. January 24, 1934\nMoose Jaw", "CHOW");
    row("an index card's given name", "[scanned index card]\nWASHINGTON, Brenda          Chart # RPM-889060", "Brenda");
    row("the forenames box", "[Lloyd George envelope, transcribed]\nSurname: CARTWRIGHT   Forenames: Lorraine\nDate of birth: 28.12.46", "Lorraine");
    row("the forenames box before another field", "Forenames: Lorraine Date of birth: 28.12.46", "Lorraine");
  }

  void findsNamesInListingRowsAndIndexCards() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::string utf8 = text.toStdString();
    const std::string want = expected.toStdString();
    const std::size_t start = utf8.find(want);
    QVERIFY2(start != std::string::npos, "test row is inconsistent");
    for (const std::vector<Finding>& findings : {detectPhiBytes(utf8), detectPhiBytesByRules(utf8)}) {
      const bool found = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.category == PhiCategory::Name && f.start == start && f.end == start + want.size();
      });
      QVERIFY2(found, ("expected name='" + want + "', got " + describe(utf8, findings)).c_str());
    }
  }

  void ignoresListingRowsWithoutNames_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838 look-alikes: a listing's other capitals before a date, a heading word, a card line
    // whose second word is no given name.
    row("an examination before its date", "12345678  CHEST XRAY  12/03/20");
    row("a status before its date", "MRN1234567 ADMITTED 12/03/2020");
    row("a records heading", "85175872  RECORDS LIBRARY  28/04/86");
    row("a card line of ordinary words", "NOTE, Patient    seen 12/03/2020");
  }

  void ignoresListingRowsWithoutNames() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    for (const std::vector<Finding>& findings : {detectPhiBytes(utf8), detectPhiBytesByRules(utf8)}) {
      for (const Finding& f : findings) {
        QVERIFY2(f.category != PhiCategory::Name, ("unexpected name: " + describe(utf8, findings)).c_str());
      }
    }
  }
  void findsCodeSwitchedDatesAndAges_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto date = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString("date");
    };
    auto age = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString("age");
    };
    // Seed 3939 (code-switched and transliterated notes): dates in romaji, pinyin, romanised
    // Korean and Vietnamese without accents, Minguo and Bikram Sambat years, months transliterated
    // or typed without accents, the Hindustani "tarikh", and day-month cues; ages with their
    // transliterated words.
    date("romaji", "Clinic note 2025-nen 9-gatsu 13-nichi, follow-up.", "2025-nen 9-gatsu 13-nichi");
    date("a Japanese era inside", "BIRTH: SHOWA 45-NEN 12-GATSU 6-NICHI", "SHOWA 45-NEN 12-GATSU 6-NICHI");
    date("pinyin", "Chusheng riqi: 1962 nian 9 yue 9 ri", "1962 nian 9 yue 9 ri");
    date("romanised Korean", "Progress note 2025 nyeon 5 wol 16 il", "2025 nyeon 5 wol 16 il");
    date("Vietnamese without accents", "Phieu kham 20 thang 9 nam 2025", "20 thang 9 nam 2025");
    date("a Minguo date", "DOB: ROC 42/04/02 (Taiwan)", "ROC 42/04/02");
    date("tarikh", "5 tarikh ko follow-up tha", "5 tarikh");
    date("Russian transliterated", "Osmotr 8 iyunya 2024, patsient", "8 iyunya 2024");
    date("Greeklish", "Simeiwsi 14 Iouliou 2024", "14 Iouliou 2024");
    date("Czech without accents", "Zprava 9. cervna 2024", "9. cervna 2024");
    date("Malay with hb", "Ward round 13 hb Mac 2024", "13 hb Mac 2024");
    date("Ethiopian month first", "DOB: Tahsas 5, 1916 E.C.", "Tahsas 5, 1916");
    date("Filipino in capitals", "BIRTH DATE: NOBYEMBRE 10, 1932", "NOBYEMBRE 10, 1932");
    date("Bikram Sambat year first", "Janma miti: 2042 Kartik 20 B.S.", "2042 Kartik 20");
    date("Spanish el", "Accidente el 1/19 en el puente", "1/19");
    date("Vietnamese ngay", "BN sot ngay 23/4, ho nhieu", "23/4");
    date("appt was", "appt was 12/28", "12/28");
    date("a chat stamp with a four-digit year", "[14/03/2024, 07:58] Mum: any news?", "14/03/2024");
    age("pinyin sui", "nianling: 95 sui", "95");
    age("Taglish anyos", "91 anyos na po siya", "91");
    age("Greeklish xronon", "Eleni (Ελένη), 94 xronon", "94");
    age("romanised Korean glued", "Kim nim, 96se hwanja-bun", "96");
    age("Banglish bochor", "boyosh 99 bochor", "99");
  }

  void findsCodeSwitchedDatesAndAges() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresCodeSwitchedLookAlikes_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3939: a chat export's own stamps, a Japanese block address's numbers, fractions after
    // "el", a label "Tarikh:", counts with the units and months with no year.
    row("a chat export stamp", "[21/06/25, 22:31] Clinic: demam lagi?");
    row("a chat export stamp in US order", "[6/21/25, 22:31] Nurse: ok");
    row("a Japanese block number", "Osaka-shi Kita-ku Umeda 3-3-52 (office)");
    row("half a tablet", "tomar el 1/2 comprimido");
    row("a Malay label", "umur 49 tahun 3 Tarikh: lahir");
    row("units without a date", "3 nian 2 yue");
    row("a Haitian word without a year", "5 me bay");
    row("an age under 90", "nianling: 45 sui");
    row("BP was", "BP was 12/8");
  }

  void ignoresCodeSwitchedLookAlikes() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
  void ignoresKinTermsLanguagesAndFaithWords_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3939 (code-switched notes): kin terms and honorifics alone, languages and scripts,
    // festivals and prayers, apps and chains, function words of mixed languages in lower case,
    // the label of an age and the words of bilingual forms are no names.
    row("Filipino kin terms", "Tita and Lola came with Ate and Kuya; Kuya will stay overnight.");
    row("Afrikaans kin terms", "Tannie and Oom came with the dominee.");
    row("a name-like kin term beside another", "Mama and Baba asked for the chaplain; they will come after Jummah.");
    row("Hindi kin terms", "Didi and Bhaiya are coming tomorrow.");
    row("a language required", "Interpreter required: Sylheti");
    row("a language with diacritics", "Blood pressure at home (English, Ti\u1ebfng Vi\u1ec7t, \u4e2d\u6587).");
    row("festivals", "Hari Raya, Deepavali and Christmas are public holidays.");
    row("chains of a diet history", "Jollibee, Tim Hortons and Pizza Hut appear in the dietary recall.");
    row("an app as a doctor", "Dr. Google was cited by the family.");
    row("a Vietnamese verb in lower case", "Benh nhan ho nhieu ve dem, da cho Efferalgan.");
    row("the Urdu word for age", "Umar: 59 saal");
    row("a German practice's name", "Diabetes-Schwerpunktpraxis");
    row("a Spanish pacemaker card", "TARJETA DE MARCAPASOS / PACEMAKER ID CARD");
  }

  void ignoresKinTermsLanguagesAndFaithWords() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }

  void findsNamesLikeKinAndLanguageWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString("name");
    };
    // Seed 3939: people whose names begin with a kin term or a festival's first word stay names,
    // and so do capitalised names that are also function words in lower case.
    row("Lola as a given name", "Lola Montez called the clinic.", "Lola Montez");
    row("Didi as a given name", "Didi Conn asked for the chaplain.", "Didi Conn");
    row("Hari as a given name", "Hari Prasad came with his son.", "Hari Prasad");
    row("Tim as a given name", "Tim Holloway came with his wife.", "Tim Holloway");
    row("Amar capitalised", "Seen by Dr. Amar Singh today.", "Amar Singh");
    row("Sana capitalised", "Sana Malik asked for a callback.", "Sana Malik");
    row("a name after a kin term alone", "Abba came with Meseret Tadesse.", "Meseret Tadesse");
  }

  void findsNamesLikeKinAndLanguageWords() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void findsBirthTownsAndTownsAfterAges_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("category");
    auto row = [](const char* tag, const char* text, const char* expected) {
      QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected) << QString("address");
    };
    // Seed 3838 (legacy registry lines, index cards, letters and visit logs): the birth town after
    // a date of birth, an Irish county after "Co." with the places before it, and the town right
    // after the age that introduces a person.
    row("a German birth town before a label", "Hans Schneider geb. am 3. Juni 1922 in Bamberg Wohnhaft: Am Markt 81",
        "Bamberg");
    row("an Italian birth town after a Roman month",
        "Rossi Vincenzo Nato/a il 24.I.1928 a Caltanissetta Codice fiscale: VMACSY28A24Z3", "Caltanissetta");
    row("a card's birth town on the line under the date",
        "THIBODEAU, Shirley    b. October 16, 1950\nMoose Jaw\nTel. (204) 752-2552", "Moose Jaw");
    row("an Irish county and its towns", "Re: Mrs Mairead O'Sullivan, Knockanure, Listowel, Co. Kerry DOB 22nd August 1982",
        "Knockanure, Listowel, Co. Kerry");
    row("a pipe cell after the age", "OP No. 66461359 | 01/09/1987 | JUMA WAFULA | 86 yrs | Eldoret | ID 80952235 |",
        "Eldoret");
    row("a lower-case town after anos", "consulta de lurdes ferreira, 43 anos, viseu, tel (02) 235 24 79", "viseu");
    row("a Polish town after lat",
        "wizyta domowa u halina kami\u0144ska, lat 98, bia\u0142ystok, brat j\u00f3zef wi\u015bniewski tel +48 12 725 19 79",
        "bia\u0142ystok");
  }

  void findsBirthTownsAndTownsAfterAges() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, category);
    verifyExpectedFinding(text, expected, category);
  }

  void ignoresWordsAfterBirthYearsAndAges_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    // Seed 3838 look-alikes: an abbreviated company before a county's name, an ordinary word after
    // a year of birth or after an age, and a person's state where a town would be.
    row("a company's abbreviation", "Stock for the Co. Down office was sent.");
    row("an ordinary word after a birth year", "She was born in 1950 in wartime and moved.");
    row("a ward after a birth year", "born 1950 in Theatre list");
    row("a status cell after an age", "queue | 3 yrs | pending | closed");
    row("a marital state after anos", "patient, 45 anos, casada, tel da unidade");
  }

  void ignoresWordsAfterBirthYearsAndAges() {
    QFETCH(QString, text);
    verifyNoFinding(text);
  }
};

QTEST_APPLESS_MAIN(PhiDetectorTest)
#include "test_phi_detector.moc"
