// Record, account, health-plan, licence, device and vehicle numbers. Their shapes are arbitrary
// (digits, letters, dashes), so they are found by the keyword before them: "MRN: 00412345",
// "Member ID XQZ-88412", "S/N 4471-AC". Vehicle identification numbers (17 characters without
// I, O, Q) are also found by shape alone.
#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "flat_word_table.h"
#include "identifier_forms.h"
#include "identifier_owners.h"
#include "local_id_labels.h"
#include "name_tables.h"
#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail {

namespace {

struct KeywordRule {
  std::array<std::string_view, 5> words;  // lower case, unused slots empty
  PhiCategory category;
  std::size_t size() const {
    std::size_t k = 0;
    while (k < words.size() && !words[k].empty()) ++k;
    return k;
  }
};

using C = PhiCategory;
// Longer phrases are listed before their prefixes' shorter rules only for readability:
// matching always prefers the longest phrase at a position.
constexpr std::array<KeywordRule, 333> kRules = {{
    {{"mrn"}, C::Mrn},
    // An "electronic" MRN and a health record number name the same number: "EMRN 00220100",
    // "HRN: 601472" (Indian Health Service), "Health record no. 4471234".
    {{"emrn"}, C::Mrn},
    {{"hrn"}, C::Mrn},
    {{"health", "record", "number"}, C::Mrn},
    {{"health", "record", "no"}, C::Mrn},
    // A registration screen's patient identifier: "PID: 69974118" (weak: "PID" is also pelvic
    // inflammatory disease, "hx of PID 2015").
    {{"pid"}, C::Mrn},
    // Abbreviated labels of hospital forms: "Hosp No", "Hosp #", "Med Rec #", "MR No".
    {{"hosp", "no"}, C::Mrn},
    {{"hosp", "number"}, C::Mrn},
    {{"hosp", "id"}, C::Mrn},
    {{"hospital", "id"}, C::Mrn},
    {{"med", "rec", "no"}, C::Mrn},
    {{"medical", "record", "no"}, C::Mrn},
    {{"mr"}, C::Mrn},
    {{"medical", "record"}, C::Mrn},
    {{"med", "rec"}, C::Mrn},
    {{"record", "number"}, C::Mrn},
    {{"record", "no"}, C::Mrn},
    {{"chart", "number"}, C::Mrn},
    {{"chart", "no"}, C::Mrn},
    {{"chart"}, C::Mrn},
    {{"patient", "id"}, C::Mrn},
    {{"patient", "identifier"}, C::Mrn},
    {{"patient", "number"}, C::Mrn},
    {{"pt", "id"}, C::Mrn},
    {{"patient", "no"}, C::Mrn},
    // "Patient #: 00412345", "Pt # 5512345": only with the "#" ("Patient: 101-year-old").
    {{"patient"}, C::Mrn},
    {{"pt"}, C::Mrn},
    // Research and registry identifiers name the patient as an MRN does: "Subject ID 333-9816",
    // "Participant ID P-0042", "Waitlist ID OTD205529".
    {{"subject", "id"}, C::Mrn},
    {{"subject", "number"}, C::Mrn},
    {{"subject", "no"}, C::Mrn},
    {{"participant", "id"}, C::Mrn},
    // A research log names the participant by number alone: "participant PT-068-8300",
    // "Subject S-0042-17" (weak: "subject to 2 visits" needs a strong value).
    {{"participant"}, C::Mrn},
    {{"subject"}, C::Mrn},
    // Electronic data capture keys each participant's case book as a record: "Update record
    // 104-017", "record 12-0345 locked" (weak: "record 3 readings" needs a strong value).
    {{"record"}, C::Mrn},
    {{"enrollment", "id"}, C::Mrn},
    {{"enrolment", "id"}, C::Mrn},
    // A trial's number for a person screened before enrolment: "Screening no. SCR-121-057".
    {{"screening", "no"}, C::Mrn},
    {{"screening", "number"}, C::Mrn},
    {{"screening", "id"}, C::Mrn},
    {{"waitlist", "id"}, C::Mrn},
    // Immunisation and disease registries number the patient: "registry ID MKN554".
    {{"registry", "id"}, C::Mrn},
    {{"registry", "number"}, C::Mrn},
    {{"registry", "no"}, C::Mrn},
    // A clinic's number for its patient: "labelled with both names and clinic number 00768862".
    {{"clinic", "number"}, C::Mrn},
    {{"clinic", "no"}, C::Mrn},
    {{"hospital", "number"}, C::Mrn},
    // A service's number for the person it serves (a pharmacy's, a programme's, a practice's):
    // "Client no. OTP-497480", "Client ID 448812".
    // A methadone or addiction clinic's dosing log numbers its client by the clinic's file:
    // "PRUITT, Destiny    Client # OST-39069/18" (weak: "client 2 of 3", "client: Mr. Roe").
    {{"client"}, C::Mrn},
    {{"client", "no"}, C::Mrn},
    {{"client", "number"}, C::Mrn},
    {{"client", "id"}, C::Mrn},
    // The patient's file at a practice or an imaging centre: "File 40304455", "File no. 22-1187"
    // (weak: "file 2 of 3" needs a strong value).
    {{"file"}, C::Mrn},
    {{"file", "no"}, C::Mrn},
    {{"file", "number"}, C::Mrn},
    {{"hospital", "no"}, C::Mrn},
    {{"unit", "number"}, C::Mrn},
    // British and Commonwealth hospitals number the patient's unit record: "Unit No. MRN154196" on a
    // letter's page footer and a destruction review list (seed 3838).
    {{"unit", "no"}, C::Mrn},
    {{"emr"}, C::Mrn},
    // A bare "ID" label: "ID# 00482913", "ID: ZX-448812" (weak: needs "#", ":" or a strong value).
    {{"id"}, C::Mrn},
    // Laboratory, pathology and autopsy numbers identify the patient's specimen as an MRN does:
    // "Accession: S24-01873", "Specimen # 22-1187", "Case A-22-945033", "Biopsy S21-30082".
    {{"accession"}, C::Mrn},
    {{"acc"}, C::Mrn},
    {{"specimen"}, C::Mrn},
    {{"case"}, C::Mrn},
    // A coroner's case is the inquest's file on the death (an account of the proceeding, as a
    // court's file on the person is): "Coroner's case no.: CR-2024-117", seed 3434.
    {{"coroner", "s", "case"}, C::Account},
    {{"coroner", "case"}, C::Account},
    // A practice's own number of its patient: "next of kin of practice patient GP-204117", seed 3434.
    {{"practice", "patient"}, C::Mrn},
    {{"biopsy"}, C::Mrn},
    {{"ehr"}, C::Mrn},
    // Australian and New Zealand hospitals number the patient by "UR" (unit record) and the
    // national "NHI": "UR: 693998", "UR No 0041234", "NHI/UR: ZAB1234" (a bare "UR" is weak).
    {{"ur"}, C::Mrn},
    {{"ur", "no"}, C::Mrn},
    {{"ur", "number"}, C::Mrn},
    {{"urn"}, C::Mrn},
    {{"u", "r", "no"}, C::Mrn},
    {{"u", "r", "number"}, C::Mrn},
    // Dotted abbreviation of the record number: "M.R.N. 00412345".
    {{"m", "r", "n"}, C::Mrn},
    {{"nhi"}, C::Mrn},
    {{"nhi", "ur"}, C::Mrn},
    {{"nhi", "number"}, C::Mrn},
    // National patient identifiers name the person across a health service as the NZ NHI does:
    // "NHS No: 943 476 5919" (England and Wales), "CHI number 0101501234" (Scotland), "IHI 8003
    // 6012 3456 7890" (Australia). A bare "NHS" is weak ("NHS 111").
    {{"nhs"}, C::Mrn},
    {{"nhs", "no"}, C::Mrn},
    {{"nhs", "number"}, C::Mrn},
    {{"chi", "no"}, C::Mrn},
    {{"chi", "number"}, C::Mrn},
    {{"ihi"}, C::Mrn},
    {{"ihi", "number"}, C::Mrn},
    // Indian hospitals register the outpatient: "Regd. No: OPD/2024/071787", "UHID 2023004512",
    // "CR No. 201904417", "OPD No 55120".
    {{"regd", "no"}, C::Mrn},
    {{"regd", "number"}, C::Mrn},
    {{"uhid"}, C::Mrn},
    {{"mrd", "no"}, C::Mrn},
    {{"mrd", "number"}, C::Mrn},
    {{"cr", "no"}, C::Mrn},
    // Its dotted form and the outpatient register's number of an Indian or Kenyan clinic: "C.R. No.:
    // MRN483635", "OP No. MRN218940 | 12/01/1973" (seed 3838).
    {{"c", "r", "no"}, C::Mrn},
    {{"op", "no"}, C::Mrn},
    {{"opd", "no"}, C::Mrn},
    {{"opd", "number"}, C::Mrn},
    {{"account"}, C::Account},
    // An account named by its owner is an account number whatever follows: "hospital account 83519-16".
    {{"hospital", "account"}, C::Account},
    {{"patient", "account"}, C::Account},
    {{"guarantor", "account"}, C::Account},
    {{"guarantor", "id"}, C::Account},
    {{"billing", "id"}, C::Account},
    {{"acct", "no"}, C::Account},
    {{"csn"}, C::Account},
    {{"har"}, C::Account},
    {{"enc"}, C::Account},
    {{"acct"}, C::Account},
    {{"billing", "number"}, C::Account},
    {{"billing", "account"}, C::Account},
    {{"encounter", "number"}, C::Account},
    {{"encounter"}, C::Account},
    {{"encounter", "id"}, C::Account},
    {{"visit", "number"}, C::Account},
    // A visit or encounter number is an account: "Visit # E0053989036" (weak: "Visit 3 of 6").
    {{"visit"}, C::Account},
    {{"visit", "id"}, C::Account},
    {{"fin"}, C::Account},
    {{"financial", "number"}, C::Account},
    // A transfer centre's number is the encounter's: "Transfer ID FIN775223942".
    {{"transfer", "id"}, C::Account},
    {{"transfer", "number"}, C::Account},
    {{"transfer", "center", "id"}, C::Account},
    {{"transfer", "centre", "id"}, C::Account},
    {{"invoice"}, C::Account},
    // Protective services number the file of the person reported: "Intake #: 2024-881748" (weak:
    // "intake 2400 mL" is a fluid balance; see intakeNumber()).
    {{"intake"}, C::Account},
    {{"intake", "number"}, C::Account},
    {{"intake", "no"}, C::Account},
    {{"intake", "id"}, C::Account},
    // An Indian inpatient (admission) number is the stay's, as an encounter number is:
    // "IP No: IP73607542", "IPD No. 24/1187".
    {{"ip", "no"}, C::Account},
    {{"ip", "number"}, C::Account},
    {{"ipd", "no"}, C::Account},
    {{"ipd", "number"}, C::Account},
    {{"inpatient", "no"}, C::Account},
    {{"inpatient", "number"}, C::Account},
    {{"claim", "number"}, C::Account},
    {{"claim", "no"}, C::Account},
    {{"claim", "id"}, C::Account},
    {{"claim"}, C::Account},
    // Prior-authorisation and payer references are billing identifiers: "Reference # PA-4458-16365".
    {{"reference"}, C::Account},
    {{"ref"}, C::Account},
    {{"auth"}, C::Account},
    {{"authorization"}, C::Account},
    {{"authorisation"}, C::Account},
    {{"member", "id"}, C::HealthPlan},
    {{"member", "number"}, C::HealthPlan},
    {{"member"}, C::HealthPlan},
    {{"subscriber", "id"}, C::HealthPlan},
    {{"subscriber", "number"}, C::HealthPlan},
    {{"subscriber"}, C::HealthPlan},
    {{"policy"}, C::HealthPlan},
    {{"insurance", "id"}, C::HealthPlan},
    {{"ins", "id"}, C::HealthPlan},
    // "Insurance: M868-2893-21" (weak: "insurance 2 years ago" needs a "#" or ":").
    {{"insurance"}, C::HealthPlan},
    {{"insurance", "number"}, C::HealthPlan},
    {{"insurance", "policy"}, C::HealthPlan},
    {{"group", "number"}, C::HealthPlan},
    // "Group #: KF2333" (weak: "group 2 patients" needs a "#" or ":").
    {{"group"}, C::HealthPlan},
    {{"group", "no"}, C::HealthPlan},
    {{"group", "id"}, C::HealthPlan},
    {{"health", "plan"}, C::HealthPlan},
    {{"plan", "id"}, C::HealthPlan},
    {{"beneficiary"}, C::HealthPlan},
    // Military and foreign coverage: "TRICARE ID 38176660426", "Foreign insurer no.: 4768 09792 2".
    {{"tricare"}, C::HealthPlan},
    // Canadian provincial health cards: "Health card: 3774-452-507-HS", "OHIP 1234-567-890",
    // "PHN 9876 543 210" (British Columbia), "RAMQ ABCD 1234 5678" (Quebec).
    {{"health", "card"}, C::HealthPlan},
    {{"health", "card", "number"}, C::HealthPlan},
    {{"ohip"}, C::HealthPlan},
    // Ontario's "Health Number", British Columbia's "Personal Health Number".
    {{"health", "number"}, C::HealthPlan},
    {{"health", "no"}, C::HealthPlan},
    {{"hcn"}, C::HealthPlan},
    // Australian veterans' cards are the coverage: "DVA No: NX123456" (a bare "DVA" is weak).
    {{"dva"}, C::HealthPlan},
    {{"dva", "no"}, C::HealthPlan},
    {{"dva", "number"}, C::HealthPlan},
    {{"dva", "file", "no"}, C::HealthPlan},
    {{"dva", "file", "number"}, C::HealthPlan},
    // An Indian insurer's third-party administrator card: "TPA card no: MDI-1234567" (weak alone).
    {{"tpa"}, C::HealthPlan},
    {{"tpa", "id"}, C::HealthPlan},
    {{"phn"}, C::HealthPlan},
    {{"ramq"}, C::HealthPlan},
    // Face sheets abbreviate the coverage: "INS PLAN: W123456789  GRP 44821-P07", "ins=W20105"
    // (a bare "ins" or "grp" is weak: "Pro-GRP 45").
    {{"ins"}, C::HealthPlan},
    {{"ins", "plan"}, C::HealthPlan},
    {{"grp"}, C::HealthPlan},
    {{"insurer"}, C::HealthPlan},
    {{"insurer", "id"}, C::HealthPlan},
    {{"medicare"}, C::HealthPlan},
    {{"medicaid"}, C::HealthPlan},
    // State Medicaid programmes under their own names: "AHCCCS ID A12345678", "MassHealth
    // member 100012345678", "TennCare ID: 1234567890" (weak: "on AHCCCS since 2019").
    {{"ahcccs"}, C::HealthPlan},
    {{"masshealth"}, C::HealthPlan},
    {{"tenncare"}, C::HealthPlan},
    {{"soonercare"}, C::HealthPlan},
    {{"badgercare"}, C::HealthPlan},
    {{"mbi"}, C::HealthPlan},
    {{"hicn"}, C::HealthPlan},
    // The second coverage of a face sheet, under the first: "PRIMARY INS: MEDICARE  MBI: X\n
    // SECONDARY: W69636077" (only with a ":" and an insurance word before, see insuranceBefore()).
    {{"secondary"}, C::HealthPlan},
    {{"tertiary"}, C::HealthPlan},
    // An eligibility number is the coverage's: "PRC eligibility: T742-970637" (tribal purchased
    // care), "Eligibility no.: T943-323145" (weak: "eligibility 2023", "eligibility 12/01/2023").
    {{"eligibility"}, C::HealthPlan},
    {{"license"}, C::License},
    {{"licence"}, C::License},
    {{"lic"}, C::License},
    {{"dea"}, C::License},
    {{"npi"}, C::License},
    {{"certificate"}, C::License},
    {{"cert"}, C::License},
    {{"dl"}, C::License},
    // Commercial driver's licence and other permits: "CDL R4104465".
    {{"cdl"}, C::License},
    {{"permit"}, C::License},
    // Passports are certificate numbers: "Passport no. 167003440".
    {{"passport"}, C::License},
    {{"state", "id"}, C::License},
    // A licence and its issuing state in one label: "DL/ST: D1234567 / TX", "Lic/State: ...".
    {{"dl", "st"}, C::License},
    {{"dl", "state"}, C::License},
    {{"lic", "st"}, C::License},
    {{"lic", "state"}, C::License},
    // An alien registration number is the person's immigration file: "A-Number: A123456789",
    // "Alien reg. no. 123 456 789" (the bare "A number" only hyphenated or in capitals before a
    // colon or "#", see alienNumberLabel()).
    {{"a", "number"}, C::License},
    {{"a", "no"}, C::License},
    {{"alien", "number"}, C::License},
    {{"alien", "registration", "number"}, C::License},
    {{"alien", "registration", "no"}, C::License},
    {{"alien", "reg", "no"}, C::License},
    // A doctor's registration with the medical council, abbreviated after the doctor's name:
    // "Fatou Njie, MBBS, reg. GMDC/1234", "Ana Lopez, Reg. No. M12345" (read only there, see
    // isCouncilAcronym), seeds 3131 and 3434.
    {{"reg"}, C::License},
    {{"reg", "no"}, C::License},
    {{"uscis", "number"}, C::License},
    {{"state", "identification"}, C::License},
    // A US birth or death certificate is numbered by the state's vital records office as its
    // "State file number": "State file no. 2025-779986" (the certificate's number, not a
    // hospital's file).
    {{"state", "file", "no"}, C::License},
    {{"state", "file", "number"}, C::License},
    {{"serial"}, C::Device},
    // Spanish, Portuguese and Italian "serie" of a device in a list of belongings: "audífono, serie
    // OC24JP123456" (weak: a series of doses, "serie 2 de 3").
    {{"serie"}, C::Device},
    {{"s", "n"}, C::Device},
    // (The serial's "S/N°" and the Spanish "N/S", número de serie.)
    {{"s", "n\u00b0"}, C::Device},
    {{"n", "s"}, C::Device},
    {{"sn"}, C::Device},
    {{"device", "id"}, C::Device},
    {{"device", "identifier"}, C::Device},
    {{"device", "serial"}, C::Device},
    {{"udi"}, C::Device},
    {{"imei"}, C::Device},
    // Key=value exports: "device=U1R2-74039" (weak: needs "=", ":" or "#", or a strong value).
    {{"device"}, C::Device},
    {{"implant", "id"}, C::Device},
    // An implant passport prefixes the implant's serial with its kind, as "SN" does: "Tooth 36:
    // implant 4.1 x 10 mm, IMP-XK8065344" (weak: "IMP" is also an impression, "IMP: CAP").
    {{"imp"}, C::Device},
    // Glucose-monitor and telemetry parts: "Transmitter ID 3R5BRX", "Sensor serial 4QX71".
    {{"transmitter"}, C::Device},
    {{"transmitter", "id"}, C::Device},
    {{"cgm", "transmitter"}, C::Device},
    {{"cgm", "sensor"}, C::Device},
    {{"sensor", "id"}, C::Device},
    {{"sensor", "serial"}, C::Device},
    {{"receiver", "id"}, C::Device},
    // Parts of a power chair or an implant carry their own serials: "controller 1488HA5",
    // "sound processor KTN-552-0913" (weak: "controller 2 of the pump").
    {{"controller"}, C::Device},
    {{"processor"}, C::Device},
    // A pharmacy benefit card names the member "cardholder": "Cardholder ID: W123456789".
    {{"cardholder", "id"}, C::HealthPlan},
    {{"cardholder", "number"}, C::HealthPlan},
    {{"cardholder", "no"}, C::HealthPlan},
    // Weak: "Cardholder: DOE, JANE" names the member; "Cardholder: W123456789" numbers them.
    {{"cardholder"}, C::HealthPlan},
    // A prison or jail numbers the person in its care as a hospital does: "Prison no: 482913".
    {{"prison", "no"}, C::Mrn},
    {{"prison", "number"}, C::Mrn},
    {{"inmate", "no"}, C::Mrn},
    {{"inmate", "number"}, C::Mrn},
    {{"inmate", "id"}, C::Mrn},
    // Other names of a person's number in custody: "Inmate # A12345", "Offender ID 0048213",
    // "Detainee no. 55120" (a bare "inmate" is weak: "Inmate: DOE, JANE" names the person).
    {{"inmate"}, C::Mrn},
    {{"offender", "id"}, C::Mrn},
    {{"offender", "number"}, C::Mrn},
    {{"offender", "no"}, C::Mrn},
    {{"detainee", "id"}, C::Mrn},
    {{"detainee", "number"}, C::Mrn},
    {{"detainee", "no"}, C::Mrn},
    // A jail's booking number is the person's number there: "booking #2023-245770" (weak: "after
    // booking 2 visits"; a booking reference of a trip is left by the "ref" rule).
    {{"booking"}, C::Mrn},
    // A state Department of Corrections numbers the inmate: "DOC# A74965", "DOC no. 235973" (a
    // bare "DOC" is a doctor or a date of conception: only with "#" right after it).
    {{"doc"}, C::Mrn},
    {{"doc", "no"}, C::Mrn},
    {{"doc", "number"}, C::Mrn},
    // A rental agreement numbers a contract, not a person (claimed as holding no PHI so that its
    // shape is read by no other rule): "rental agreement RA-66167799".
    {{"agreement"}, C::Mrn},
    {{"vin"}, C::Vehicle},
    {{"vehicle", "identification"}, C::Vehicle},
    {{"vehicle", "id"}, C::Vehicle},
    {{"license", "plate"}, C::Vehicle},
    {{"licence", "plate"}, C::Vehicle},
    {{"plate"}, C::Vehicle},
    // A plate and its state in one label: "PLATE/ST: HFT-1695 / NE", "Plate/State: 4OVW887".
    {{"plate", "st"}, C::Vehicle},
    {{"plate", "state"}, C::Vehicle},
    {{"registration", "plate"}, C::Vehicle},
    {{"tag", "number"}, C::Vehicle},
    // A plate after its state: "Texas tag GNE 2156", "North Carolina tag NNJ 0975" (only after a
    // state name or code, see stateBefore()).
    {{"tag"}, C::Vehicle},
    // Australian and New Zealand "rego" is the plate: "Car rego 1ABC234".
    {{"rego"}, C::Vehicle},
    // British "reg" of a car: "Vehicle reg: AB12 CDE", "number plate KX19 LMN".
    {{"vehicle", "reg"}, C::Vehicle},
    {{"vehicle", "registration"}, C::Vehicle},
    {{"car", "reg"}, C::Vehicle},
    {{"number", "plate"}, C::Vehicle},
    // A fleet's manifest abbreviates the vehicle: "ROUTE 14   VEH 3YF6980" (weak: "veh 2 of 3").
    {{"veh"}, C::Vehicle},
    // A registration is the plate after a vehicle ("vehicle VIN ..., registration 1KHI238") and the
    // coverage's number on a benefit programme's form ("NIHB ... Registration no.: 9306830436");
    // elsewhere it is left alone (see registrationCategory()).
    {{"registration"}, C::Vehicle},
    // India's public health cover, Ayushman Bharat PM-JAY: "PM-JAY: PMJAY712444155".
    {{"pm", "jay"}, C::HealthPlan},
    // A milk bank's or a gamete bank's number for its donor is the donor's record: "Oocyte donor
    // code: GD-06217", "Donor no. MB04417".
    // An unrelated-donor search lists each registry donor by the registry's code: "Donor
    // CEC762-16: 10/10, CMV negative" (weak: "donor 2 of 3", "Donor: sister").
    {{"donor"}, C::Mrn},
    // A DICOM header's patient identifier, written as one word: "PatientID: 60771471".
    {{"patientid"}, C::Mrn},
    // A screening log's enrolment line gives the participant's new number: "enrolled as 121-4363",
    // "enrolled as S137494" (only a subject number's or a record number's strong shape).
    {{"enrolled", "as"}, C::Mrn},
    // A Chilean ISAPRE (private health insurer) numbers the member's contract: "Previsión: ISAPRE,
    // contrato ISA-5710547" (only after the insurer's name on the line, see below).
    {{"contrato"}, C::HealthPlan},
    {{"donor", "code"}, C::Mrn},
    {{"donor", "number"}, C::Mrn},
    {{"donor", "no"}, C::Mrn},
    // A South African medical aid (a medical scheme) is the person's health plan: "Medical aid
    // no.: 693813743".
    {{"medical", "aid"}, C::HealthPlan},
    {{"medical", "aid", "no"}, C::HealthPlan},
    // An employer's number for the person: "Employee no. E343321", "STAFF NUMBER 40917" (a
    // colleague's staff number is claimed as no PHI in scanKeywordIdentifiers).
    {{"employee", "no"}, C::Account},
    {{"employee", "number"}, C::Account},
    {{"staff", "no"}, C::Account},
    {{"staff", "number"}, C::Account},
    // German and Austrian occupational records print the employer's number as "Pers.-Nr."
    // (Personalnummer): "Mitarbeiter/in: … Pers.-Nr. E138518".
    {{"pers", "nr"}, C::Account},
    {{"personalnummer"}, C::Account},
    // Immigration medicals (the US, Australian, Canadian and NZ panel physicians' eMedical system)
    // number the applicant's health case by a HAP ID: "HAP ID: EAM2025343882".
    {{"hap", "id"}, C::Account},
    // Ireland's medical card is the person's public coverage: "Medical card: 7365554J".
    {{"medical", "card"}, C::HealthPlan},
    // A homeless services continuum keeps the client's file in its HMIS (Homeless Management
    // Information System): "HMIS HM-204417", "HMIS client ID: 88213" (a bare "HMIS" is weak:
    // "entered in HMIS 2 days ago").
    {{"hmis"}, C::Account},
    {{"hmis", "id"}, C::Account},
    {{"hmis", "no"}, C::Account},
    {{"hmis", "number"}, C::Account},
    {{"hmis", "client", "id"}, C::Account},
    // A school's number for its pupil is the student's file: "Student ID 40218835".
    {{"student", "id"}, C::Account},
    {{"student", "no"}, C::Account},
    {{"student", "number"}, C::Account},
    // UNHCR registers a refugee household under a case (file) number and each person under an
    // individual number printed on the person's documents: "UNHCR file: KAK-16C01234", "UNHCR
    // individual no.: 176-00012345". Bangladesh numbers each Rohingya family by its family
    // counting number ("FCN: 118204", weak) and gives each person a smart card; Jordan's Ministry of
    // Interior issues a service card ("MOI card: ABC-123456").
    {{"unhcr", "file"}, C::Account},
    {{"unhcr", "case"}, C::Account},
    {{"unhcr", "case", "no"}, C::Account},
    {{"unhcr", "case", "number"}, C::Account},
    {{"fcn"}, C::Account},
    {{"unhcr", "individual", "no"}, C::License},
    {{"unhcr", "individual", "number"}, C::License},
    {{"unhcr", "individual", "id"}, C::License},
    {{"unhcr", "id"}, C::License},
    {{"smart", "card"}, C::License},
    {{"smart", "card", "no"}, C::License},
    {{"moi", "card"}, C::License},
    {{"moi", "service", "card"}, C::License},
    // Mexico's CURP is the person's population-registry key, printed on the identity documents:
    // "CURP: GOMA850314HOCRRN07".
    {{"curp"}, C::License},
    // A tribe's enrollment (census) number is printed on the member's tribal identity card: "IHS
    // chart no. 412-8830    Census no. 118204", "Tribal enrollment no. 3310-0042".
    {{"census", "no"}, C::License},
    {{"census", "number"}, C::License},
    {{"tribal", "census", "no"}, C::License},
    {{"tribal", "enrollment", "no"}, C::License},
    {{"tribal", "enrollment", "number"}, C::License},
    {{"tribal", "id"}, C::License},
    // Puerto Rico's government health plan (its Medicaid): "Plan Vital: PV129558485".
    {{"plan", "vital"}, C::HealthPlan},
    {{"vital", "id"}, C::HealthPlan},
    // An EMS patient care report's number numbers the report, not the person (claimed as no PHI
    // in numbersNoPatientFile): "Incident #24-455307    PCR R2984373" (weak: "PCR 2 days ago";
    // a date after it, "COVID PCR 03/12/2024", stays a date).
    {{"pcr"}, C::Mrn},
    {{"pcr", "no"}, C::Mrn},
    {{"pcr", "number"}, C::Mrn},
    {{"epcr"}, C::Mrn},
}};

// Words that may sit between the keyword and the value: "Member ID number is: X".
bool isFillerWord(std::string_view lower) {
  // "card" of the cards that carry the number: "Medicaid card 123456789012", "Medicare card no".
  // The number heads of Romance languages after a label: "DNI nº 12345678Z", "CI Nro. 12345678".
  // The number sign and the word "number" of Cyrillic, Serbo-Croatian, Slovak, Lithuanian and
  // Arabic records: "Паспорт № 4510 123456", "Полис ОМС номер ...", "lična karta br. 00123",
  // "جواز السفر رقم N1234567".
  // The "º" of Portuguese "n.º" (the "n" before it is read as a filler only there).
  // The word "number" of other languages after the label: "Factura número 118820", "Fatura
  // numarası", "Tagihan nomor ...", "Hóa đơn số: ...", "बिल संख्या: ...", "بیمه شماره ...".
  static constexpr std::array<std::string_view, 48> kFillers = {
      "number", "no", "num", "nbr", "id", "is", "was", "of", "the", "nr", "identifier", "code", "ids", "numbers", "s",
      "card", "nº", "n°", "nro", "núm", "\u2116", "\u043d\u043e\u043c\u0435\u0440", "br", "broj", "číslo", "cislo",
      "numeris", "\u0631\u0642\u0645", "\u00ba", "\u00b0", "número", "numero", "numéro", "nummer", "numer",
      "nomor", "namba", "nambari", "numarası", "số", "es", "est", "ist", "é", "\u0634\u0645\u0627\u0631\u0647", "\u0938\u0902\u0916\u094d\u092f\u093e",
      "\u0928\u0902\u092c\u0930", "\u0915\u094d\u0930\u092e\u093e\u0902\u0915"};
  for (std::string_view f : kFillers) {
    if (lower == f) return true;
  }
  return false;
}

// The line around [start, end) speaks of a chain of custody: "custody" or a bottle's "seal" (a
// drug test's collection); so does a form headed by it on the line before ("FORENSIC TOXICOLOGY
// CHAIN OF CUSTODY\nSpecimen ID 079934616").
bool custodyLine(std::string_view text, std::size_t start, std::size_t end) {
  const std::string_view before = sameLineBefore(text, start, 120);
  std::string_view heading;
  const std::size_t lineStart = start - before.size();
  if (lineStart > 0 && text[lineStart - 1] == '\n') heading = sameLineBefore(text, lineStart - 1, 120);
  std::string_view after = text.substr(end, std::min<std::size_t>(120, text.size() - end));
  after = after.substr(0, after.find('\n'));
  for (std::string_view w : {std::string_view("custody"), std::string_view("seal")}) {
    if (rfindWordCaseless(before, w) != std::string_view::npos || rfindWordCaseless(after, w) != std::string_view::npos ||
        rfindWordCaseless(heading, w) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// A claim is named in the lines before `pos`.
bool claimBefore(std::string_view text, std::size_t pos) {
  const std::size_t from = pos > 400 ? pos - 400 : 0;
  return rfindWordCaseless(text.substr(from, pos - from), "claim") != std::string_view::npos;
}

// A staff member's number at `pos` is the subject's when the line opens with the subject's own
// label before it ("Name: UCHE OKAFOR    NIN: ...    Staff no. E114666", "Employee: Tan, Wei
// Ling   Staff ID 4471"): a staff clinic's or an occupational health form's patient is on staff.
// Elsewhere ("Staff ID 40917 witnessed it") it is a colleague's.
bool staffNumberOfSubject(std::string_view text, std::size_t pos) {
  const std::string_view line = sameLineBefore(text, pos, 160);
  for (std::string_view label : {"name", "patient", "employee", "worker"}) {
    const std::size_t at = rfindWordCaseless(line, label);
    if (at != std::string_view::npos && at + label.size() < line.size() && line[at + label.size()] == ':') return true;
  }
  return false;
}

// A word naming a thing that is numbered, not a person: the "ID" after it is the thing's
// ("session_id", "order ID", "transaction ID").
bool isThingOwnerWord(std::string_view lower) {
  // An embryo's ID is a specimen label of the laboratory ("Embryo ID E1456-03"), like a straw's.
  // A journal's manuscript and article IDs number a paper (its submission and its e-location),
  // not a patient: "Manuscript ID JMCR-D-24-01234", "Vol. 12, Article ID 3456789" (seed 3535). An
  // interface's message control ID numbers the message: "Message control id MSG1234567" (seed 3434).
  static constexpr std::array<std::string_view, 18> kThings = {
      "session", "meeting", "transaction", "order", "ticket", "job", "request", "message", "batch", "confirmation",
      "tracking", "shipment", "conference", "call", "embryo", "manuscript", "article", "control"};
  for (std::string_view w : kThings) {
    if (lower == w) return true;
  }
  return false;
}

// Acronyms of medical councils in the world table (world_id_labels.cpp): the Malaysian Medical
// Council, the Colegio Médico del Perú, Morocco's INPE, Argentina's matrícula nacional and
// provincial ("M.N.", "M.P."), and the thirty-fifth family's (AHPRA, PMDC, HPR, LANR, CPSO,
// CRM-SP, "Céd. Prof.").
bool isCouncilAcronym(const ScanInput& in, std::size_t i, std::size_t words) {
  const std::string_view w = in.tokens[i].lower;
  if (words == 1) {
    return w == "mmc" || w == "cmp" || w == "inpe" || w == "rm" || w == "mpps" || w == "acess" || w == "riziv" || w == "reg" ||
           w == "inami" || w == "\u0423\u0418\u041d" || w == "ahpra" || w == "pmdc" || w == "hpr" || w == "lanr" ||
           w == "cpso" ||
           // The thirty-sixth family's (seed 3636): the GMC, Ireland's MCRN, Poland's PWZ, the
           // Philippine PRC, South Africa's HPCSA and Argentina's "MN" without its dots.
           w == "gmc" || w == "mcrn" || w == "pwz" || w == "prc" || w == "hpcsa" || w == "mn" ||
           // The thirty-seventh family's (seed 3737): France's RPPS, Singapore's MCR, Nigeria's
           // MDCN, Bangladesh's BMDC and a Spanish colegiado's "Col.".
           w == "rpps" || w == "mcr" || w == "mdcn" || w == "bmdc" || w == "col";
  }
  if (words == 3) return w == "ordem";
  return words == 2 && ((w == "m" && (in.tokens[i + 1].lower == "n" || in.tokens[i + 1].lower == "p")) || w == "spaudo" ||
                        (w == "nr" && in.tokens[i + 1].lower == "pwz") || (w == "gmc" && in.tokens[i + 1].lower == "no") ||
                        (w == "prc" && in.tokens[i + 1].lower == "no") ||
                        (w == "reg" && in.tokens[i + 1].lower == "no") || w == "crm" || w == "céd" || w == "ced");
}

// Whether the council acronym at token i follows a name (a capitalised word, then only spaces,
// a comma, a dash or the signature's line break) and its number at token j is not in brackets.
bool doctorRegistrationAt(const ScanInput& in, std::size_t i, std::size_t j) {
  if (i == 0 || gapBetween(in, j - 1, j).find('(') != std::string_view::npos) return false;
  const Token& before = in.tokens[i - 1];
  if (!before.properShape() && !(before.hasLetter && !before.hasDigit && isNonAscii(in.text[before.start]))) return false;
  const std::string_view gap = gapBetween(in, i - 1, i);
  // "RM" is also the ringgit ("Paid RM 12000"): Colombia's registro médico needs the comma.
  if (in.tokens[i].lower == "rm" || in.tokens[i].lower == "reg") return gap == ", ";
  // "Reg." before the acronym abbreviates the registration it names: "Chiriboga, Reg. ACESS 12345".
  if (before.lower == "reg") return gap == ". " && i > 1 && gapBetween(in, i - 2, i - 1) == ", ";
  return !gap.empty() && gapOnly(gap, " ,-\n", 4);
}

// The category of a bare "registration": a vehicle's plate when a vehicle or its VIN is named
// before it on the line, a coverage's number when a benefit programme or an insurer is named in
// the lines before it, otherwise none (a registration of a birth, a clinic or a course is no
// number of the person). Returns false for none.
bool registrationCategory(std::string_view text, std::size_t pos, PhiCategory& category) {
  const std::size_t from = pos > 240 ? pos - 240 : 0;
  const std::string_view before = text.substr(from, pos - from);
  for (std::string_view w : {std::string_view("nihb"), std::string_view("benefits"), std::string_view("insurance"),
                             std::string_view("insurer"), std::string_view("coverage"), std::string_view("medicaid")}) {
    if (rfindWordCaseless(before, w) != std::string_view::npos) {
      category = PhiCategory::HealthPlan;
      return true;
    }
  }
  // ("van" and "car" are left out: "VAN TONDER" is a surname.)
  const std::string_view line = sameLineBefore(text, pos, 100);
  for (std::string_view w : {std::string_view("vehicle"), std::string_view("vin"), std::string_view("truck"),
                             std::string_view("motorcycle")}) {
    if (rfindWordCaseless(line, w) != std::string_view::npos) {
      category = PhiCategory::Vehicle;
      return true;
    }
  }
  // A hospital registration number ("Registration no.: 65550640", as Korean, Japanese and Indian
  // hospitals number the patient) on a record that names its patient in the lines before; not a
  // clinician's registration with a council ("Dr. Rao, MBBS, Registration No. 45678") nor a birth's.
  const std::string_view after = text.substr(pos, 24);
  const bool numbered = after.size() > 16 && (structured::equalsCaseless(after.substr(0, 16), "registration no.") ||
                                              structured::equalsCaseless(after.substr(0, 16), "registration num"));
  if (!numbered) return false;
  for (std::string_view w : {std::string_view("dr"), std::string_view("mbbs"), std::string_view("council"),
                             std::string_view("doctor"), std::string_view("physician"), std::string_view("nurse"),
                             std::string_view("pharmacist"), std::string_view("birth"), std::string_view("death"),
                             std::string_view("company"), std::string_view("business"), std::string_view("clinic")}) {
    if (rfindWordCaseless(line, w) != std::string_view::npos) return false;
  }
  if (rfindWordCaseless(before, "patient") != std::string_view::npos ||
      rfindWordCaseless(before, "name") != std::string_view::npos) {
    category = PhiCategory::Mrn;
    return true;
  }
  return false;
}

// A serial on a line naming a laboratory analyser or instrument, or heading a "Sample ..." line of
// its run, is the instrument's, not a device of the patient's.
bool instrumentSerial(std::string_view text, std::size_t pos) {
  std::size_t from = text.rfind('\n', pos);
  from = from == std::string_view::npos ? 0 : from + 1;
  std::size_t eol = text.find('\n', pos);
  if (eol == std::string_view::npos) eol = text.size();
  const std::string_view line = text.substr(from, std::min<std::size_t>(eol - from, 200));
  for (std::string_view w : {std::string_view("analyser"), std::string_view("analyzer"), std::string_view("instrument")}) {
    if (rfindWordCaseless(line, w) != std::string_view::npos) return true;
  }
  // A Holter or blood-pressure recorder and an ECG cart are the department's, hooked up to one
  // patient after another (an implantable or insertable loop recorder is the patient's own).
  const std::string_view head = line.substr(0, std::min(line.size(), pos - from + 12));
  const std::size_t recorder = rfindWordCaseless(head, "recorder");
  if (recorder != std::string_view::npos) {
    const std::string_view lead = head.substr(0, recorder);
    if (rfindWordCaseless(lead, "loop") == std::string_view::npos &&
        rfindWordCaseless(lead, "implantable") == std::string_view::npos &&
        rfindWordCaseless(lead, "insertable") == std::string_view::npos) {
      return true;
    }
  }
  if (rfindWordCaseless(head, "cart") != std::string_view::npos) return true;
  // Equipment handed back to the hospital's pool after use: "ventilator 4471 returned to equipment".
  const std::string_view rest = line.substr(std::min(line.size(), pos - from));
  for (std::string_view w : {std::string_view("returned to equipment"), std::string_view("returned to biomed"),
                             std::string_view("returned to stores"), std::string_view("returned to central supply")}) {
    if (rfindWordCaseless(rest, w) != std::string_view::npos) return true;
  }
  // A machine that prints or logs the ID of the patient it served, on the line after its serial,
  // serves one patient after another: "RAPIDPOINT 500  SN J30T16956\nPATIENT ID: 00459880", a
  // smart pump's event log "pump T28C23508 ...\n08:47:55 Patient ID scanned: 00458173". (A patient's
  // own device is written after the patient, not before.)
  if (rfindWordCaseless(line.substr(0, std::min(line.size(), pos - from)), "patient") == std::string_view::npos &&
      eol < text.size()) {
    std::size_t k = eol + 1;
    while (k < text.size() && k < eol + 12 && (isDigit(text[k]) || text[k] == ':' || text[k] == ' ')) ++k;
    if (structured::equalsCaseless(text.substr(k, 10), "patient id")) return true;
  }
  // An asset tag on the serial's line is the clinic's inventory of its own equipment: "Camera:
  // Topcon NW400, asset tag 4471, serial 7720-115" (a fundus camera, no patient's device).
  const std::string_view before = line.substr(0, std::min(line.size(), pos - from));
  const std::size_t asset = rfindWordCaseless(before, "asset");
  if (asset != std::string_view::npos && asset + 6 < before.size() &&
      rfindWordCaseless(before.substr(asset + 6, 4), "tag") == 0) {
    return true;
  }
  // An asset named right after the serial is the practice's own equipment too: "data logger
  // SN-4471 (practice asset)", "fridge thermometer S/N 0412, clinic asset".
  const std::string_view after = text.substr(pos, std::min<std::size_t>(eol - pos, 48));
  if (rfindWordCaseless(after, "asset") != std::string_view::npos) {
    return true;
  }
  const std::string_view next = eol < text.size() ? text.substr(eol + 1, 7) : std::string_view();
  return structured::equalsCaseless(next, "sample ");
}

// A serial printed on a pass, a seal or a container handed out for a visit numbers the object, not
// a device of the patient's: "Valuables envelope serial V-48213", "visitor badge serial 0412",
// "tamper seal serial 88123" (a valuables envelope is like its bag's or its locker's number).
bool passSerial(const ScanInput& in, std::size_t i) {
  if (i == 0 || in.tokens[i].lower != "serial" || !isInlineSpace(gapBetween(in, i - 1, i), 1)) return false;
  static constexpr std::array<std::string_view, 12> kObjects = {"envelope", "bag", "badge", "pass", "permit", "ticket",
                                                                "seal", "locker", "sticker", "lanyard", "voucher", "keycard"};
  return listHas(kObjects, in.tokens[i - 1].lower);
}

// A line that names a person in custody or the place that holds them.
bool custodyLineBefore(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 6> kWords = {"inmate", "detainee", "jail", "detention", "custody",
                                                             "arrestee"};
  const std::string_view line = sameLineBefore(text, pos, 80);
  return rfindAnyWordCaseless(line, kWords) != std::string_view::npos;
}

// One or two digits, then two groups of three after dots, and an optional check digit after a
// dash: "2.379.047", "4.123.456-7".
bool dottedCedulaShape(std::string_view value) {
  const std::size_t lead = digitRun(value, 0);
  if (lead < 1 || lead > 2 || value.size() < lead + 8) return false;
  if (value[lead] != '.' || digitRun(value, lead + 1) != 3 || value[lead + 4] != '.' || digitRun(value, lead + 5) != 3) {
    return false;
  }
  const std::size_t end = lead + 8;
  return value.size() == end || (value.size() == end + 2 && value[end] == '-' && isDigit(value[end + 1]));
}

// A French insurance word on the line before `pos`: "Assurance : police ...", "assureur".
bool insuranceLineBefore(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 4> kWords = {"assurance", "assureur", "mutuelle", "assuré"};
  return rfindAnyWordCaseless(sameLineBefore(text, pos, 40), kWords) != std::string_view::npos;
}

// Labels of a tax number that a facility prints as readily as a person carries: Mozambique's
// NUIT, the Portuguese and Spanish NIF, the NIT and RUC of Latin America, Argentina's CUIT.
bool facilityTaxLabel(std::string_view lower) {
  return lower == "nuit" || lower == "nif" || lower == "nit" || lower == "ruc" || lower == "cuit";
}

// A facility's name on the line before `pos`: a hospital, a clinic, a pharmacy, a laboratory.
bool facilityNameBefore(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 10> kFacility = {
      "hospital", "hôpital", "hopital", "clínica", "clinica", "clinique", "farmácia", "farmacia", "laboratório", "laboratorio"};
  return rfindAnyWordCaseless(sameLineBefore(text, pos, 60), kFacility) != std::string_view::npos;
}

// Whether the value at token j is followed, after a comma, a semicolon or a space, by the word of
// a lot or a batch: the pair a product's label prints ("REF 2231-08-114, LOT 7K3310").
bool catalogueWithLot(const ScanInput& in, std::size_t j) {
  const std::string_view text = in.text;
  std::size_t k = identifierEnd(text, in.tokens[j].start);
  const std::size_t limit = std::min(text.size(), k + 3);
  while (k < limit && (text[k] == ',' || text[k] == ';' || text[k] == ' ')) ++k;
  for (std::string_view word : {"lot", "lote", "batch"}) {
    if (startsCaselessAt(text, k, word) &&
        (k + word.size() == text.size() || !isWordByte(text[k + word.size()]))) {
      return true;
    }
  }
  return false;
}

// A "matricule" after a soldier's rank on its line is the soldier's service number, the key of the
// military medical record, whatever its digits ("Sgt Karim Haddad  Matricule : 44/552019"; a
// Luxembourg matricule elsewhere has its thirteen, and a staff member's is left).
bool soldierMatricule(const ScanInput& in, std::size_t i) {
  if (in.tokens[i].lower != "matricule") return false;
  static constexpr std::array<std::string_view, 16> kRanks = {
      "sgt",     "cpl",      "pte",    "capt",    "lt",       "col",      "maj",     "sdt",
      "sergent", "caporal",  "soldat", "adjudant", "capitaine", "lieutenant", "sergeant", "corporal"};
  const std::string_view line = sameLineBefore(in.text, in.tokens[i].start, 60);
  if (rfindAnyWordCaseless(line, kRanks) != std::string_view::npos) return true;
  // (Or on the line above, the soldier's own: "Sgt Karim Haddad\nMatricule : ...".)
  const std::size_t lineStart = in.tokens[i].start - line.size();
  if (line.find_first_not_of(' ') != std::string_view::npos || lineStart == 0 || in.text[lineStart - 1] != '\n') {
    return false;
  }
  return rfindAnyWordCaseless(sameLineBefore(in.text, lineStart - 1, 60), kRanks) != std::string_view::npos;
}

// Whether the "NPI" at token i, its value at token j, stands in French about the person: an age
// in years ("ans", "âge") on its line before it, an article or a possessive right before it ("le
// npi", "votre NPI"), or a birth ("né(e) le") right after the value.
bool frenchPersonNpi(const ScanInput& in, std::size_t i, std::size_t j) {
  const std::string_view text = in.text;
  // (Whole words: "Transfers, MD office  NPI ..." is a prescriber's.)
  std::string_view line = sameLineBefore(text, in.tokens[i].start, 40);
  // (A label at the start of its line reads the line above: "Âge : 71 ans\nNPI : ...".)
  if (const std::size_t from = in.tokens[i].start - line.size();
      line.find_first_not_of(' ') == std::string_view::npos && from > 0 && text[from - 1] == '\n') {
    line = sameLineBefore(text, from - 1, 40);
  }
  for (std::string_view word : {std::string_view("ans"), std::string_view("\u00e2ge"), std::string_view("\u00c2ge")}) {
    for (std::size_t at = line.find(word); at != std::string_view::npos; at = line.find(word, at + 1)) {
      const std::size_t after = at + word.size();
      if ((at == 0 || !isWordByte(line[at - 1])) && (after == line.size() || !isWordByte(line[after]))) return true;
    }
  }
  if (i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1)) {
    const std::string_view before = in.tokens[i - 1].lower;
    if (before == "le" || before == "votre" || before == "son" || before == "mon" || before == "du") return true;
  }
  if (j >= in.tokens.size()) return false;
  std::size_t k = identifierEnd(text, in.tokens[j].start);
  const std::size_t limit = std::min(text.size(), k + 3);
  while (k < limit && (text[k] == ' ' || text[k] == ',' || text[k] == '\n')) ++k;
  return text.substr(k, 3) == "n\u00e9" || text.substr(k, 3) == "N\u00c9" || text.substr(k, 3) == "N\u00e9";
}

// A case label about a person's death (seed 3636): "probate case", a review service's "case", the
// police's "journalnr." ("Politiets journalnr."). (A medical examiner's "Case" stays the
// record number the twenty-third family reads it as: "REPORT OF INVESTIGATION Case ME24-8308".)
bool deathCaseLabel(const ScanInput& in, std::size_t i) {
  const std::string_view w = in.tokens[i].lower;
  // (A view of the token's own string: a conditional between it and "" would make a temporary.)
  std::string_view prev;
  if (i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1)) prev = in.tokens[i - 1].lower;
  if (w == "journalnr") return prev == "politiets" || prev == "politiet" || prev == "polisens";
  if (w != "case") return false;
  return prev == "probate" || (prev == "service" && i > 1 && in.tokens[i - 2].lower == "review");
}

// A standard or a genome build named after "reference" (seed 3636): "ISO 15189", "GRCh38", "hg19".
bool standardOrBuildName(std::string_view lower) {
  if (lower == "iso") return true;
  for (std::string_view p : {std::string_view("grch"), std::string_view("hg")}) {
    if (lower.size() > p.size() && lower.size() <= p.size() + 2 && lower.starts_with(p) &&
        digitRun(lower, p.size()) == lower.size() - p.size()) {
      return true;
    }
  }
  return false;
}

// Wells of a microplate after its number: "plate P001, wells A1-H12", "plate 3 well B4".
// (Not "plate STR 3257. Wells score 1": the well's row letter and column follow.)
bool wellsAfter(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ',' || text[pos] == ' ')) ++pos;
  for (std::string_view w : {std::string_view("wells "), std::string_view("well ")}) {
    bool same = pos + w.size() + 2 <= text.size();
    for (std::size_t k = 0; same && k < w.size(); ++k) same = lowerAscii(text[pos + k]) == w[k];
    if (same) {
      const char row = text[pos + w.size()];
      return ((row >= 'A' && row <= 'P') || (row >= 'a' && row <= 'p')) && isDigit(text[pos + w.size() + 1]);
    }
  }
  return false;
}

// A word naming an establishment whose licence is its own: "Facility licence", "pharmacy licence".
bool isEstablishmentWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 9> kEstablishments = {
      "facility", "premises", "pharmacy", "laboratory", "establishment", "clinic", "hospital", "operating", "business"};
  return listHas(kEstablishments, lower);
}

bool isWeakKeyword(std::string_view lower) {
  static constexpr std::array<std::string_view, 69> kWeak = {
      "encounter", "member",  "subscriber", "policy",    "chart",         "fin",           "invoice",  "certificate",
      "cert",      "beneficiary", "account", "subscriber", "claim",       "enc",           "case",     "biopsy",
      "specimen",  "reference", "ref",     "auth",       "authorization", "authorisation", "permit",   "acc", "id",
      "visit",     "insurance", "passport", "transmitter", "group", "device", "insurer", "participant", "subject",
      "ur",        "ins",     "grp",      "controller", "processor", "phn", "nhs", "dva", "rego", "tpa", "cardholder",
      "pid",       "record",  "booking", "eligibility", "inmate", "ahcccs", "masshealth", "tenncare", "soonercare",
      "badgercare", "serie", "veh", "registration", "file", "intake", "agreement", "donor", "contrato", "hmis", "fcn", "pcr", "epcr", "client", "imp"};
  // (Asked of the word before every number: a hashed set, not a pass over the list.)
  static const FlatWordTable& kWeakSet = *new FlatWordTable(kWeak);
  return kWeakSet.contains(lower) || isWeakLocalLabel(lower);
}

// A dotted leader of a printed form: "ACCOUNT NO.........: 382570576" (three dots or more,
// then an optional colon and spaces).
bool leaderGap(std::string_view gap) {
  std::size_t k = 0;
  while (k < gap.size() && gap[k] == ' ') ++k;
  const std::size_t dots = k;
  while (k < gap.size() && gap[k] == '.') ++k;
  if (k - dots < 3) return false;
  return gapOnly(gap.substr(k), " \t:", 4);
}

bool fillerGap(std::string_view gap) {
  return (gap.size() <= 5 && gapOnly(gap, " \t:#.=-()'", 5)) || (gap.size() <= 60 && leaderGap(gap));
}

// A printed form, an OCR'd card or a wristband puts the label on a line of its own and the value
// on the next: "MRN:\n00456789", "N° de sécurité sociale\n1 58 03 75 123 456 78", "Cédula de
// identidad\n1712345678". Token i starts the label at the start of its line (after spaces), the
// gap before token j is one line break with at most a colon, "#" or spaces around it, and the
// value's line is short and holds no label of its own (no ": ").
bool nextLineValueAt(const ScanInput& in, std::size_t i, std::size_t j) {
  const std::string_view text = in.text;
  const std::string_view gap = gapBetween(in, j - 1, j);
  if (gap.empty() || gap.size() > 8 || std::count(gap.begin(), gap.end(), '\n') != 1 ||
      !gapOnly(gap, " \t:#.\r\n", 8)) {
    return false;
  }
  const std::string_view before = sameLineBefore(text, in.tokens[i].start, 24);
  if (before.find_first_not_of(" \t") != std::string_view::npos) return false;
  if (in.tokens[i].start > before.size() && text[in.tokens[i].start - before.size() - 1] != '\n') return false;
  std::size_t eol = text.find('\n', in.tokens[j].start);
  if (eol == std::string_view::npos) eol = text.size();
  const std::string_view valueLine = text.substr(in.tokens[j].start, eol - in.tokens[j].start);
  return valueLine.size() <= 48 && valueLine.find(": ") == std::string_view::npos;
}

// Whether the label at `start` is the second cell of a row whose first cell names a section in a few
// words without digits, as a glucose monitor's export writes its header rows: "Device
// Info,Transmitter ID,8B80D8", "Patient Info,Date of Birth,..." (seed 3737).
bool sectionCellBefore(std::string_view text, std::size_t start) {
  if (start < 2 || text[start - 1] != ',') return false;
  std::size_t k = start - 1;
  std::size_t words = 1;
  while (k > 0 && text[k - 1] != '\n') {
    const char c = text[k - 1];
    if (c == ' ') {
      ++words;
    } else if (!isAsciiAlpha(c)) {
      return false;
    }
    --k;
  }
  return start - 1 - k >= 4 && start - 1 - k <= 24 && words <= 3 && isUpper(text[k]) && text[start - 2] != ' ';
}

// A line of a two-column export, "Label,Value" and nothing else: "Sensor serial,W906PT41645" under
// "Name,..." and "Date of birth,..." lines. Token i starts the label at the start of a line, token
// j starts the value after a bare comma, and the value ends the line.
bool exportPairAt(const ScanInput& in, std::size_t i, std::size_t j) {
  const std::string_view text = in.text;
  const std::size_t start = in.tokens[i].start;
  if (j >= in.tokens.size() || gapBetween(in, j - 1, j) != ",") return false;
  // The label may name the equipment before its keyword: "Pump serial,KP0760641".
  const bool equipmentFirst = i > 0 && gapBetween(in, i - 1, i) == " " && isEquipmentWord(in.tokens[i - 1].lower) &&
                              (in.tokens[i - 1].start == 0 || text[in.tokens[i - 1].start - 1] == '\n');
  if (start > 0 && text[start - 1] != '\n' && !equipmentFirst && !sectionCellBefore(text, start)) return false;
  const std::size_t end = identifierEnd(text, in.tokens[j].start);
  return end == text.size() || text[end] == '\n' || text[end] == '\r';
}

// The shape of an identity card's number: digits only, or six digits or more with one or two
// capital letters before or after them ("1234567M" in Malta, "FX552019" in Suriname).
bool cardNumberShape(std::string_view value) {
  std::size_t lead = 0;
  while (lead < value.size() && lead < 3 && isUpper(value[lead])) ++lead;
  const std::size_t digits = digitRun(value, lead);
  std::size_t tail = lead + digits;
  while (tail < value.size() && isUpper(value[tail])) ++tail;
  if (tail != value.size() || lead > 2 || tail - lead - digits > 2) return false;
  return lead + (tail - lead - digits) == 0 || digits >= 6;
}

// Whether the bare "ID" at token i names a person's own identity number: it follows a name and a
// comma on its line ("Mother: Selma Gaoses, ID ..."), or begins its line right under a line
// labelled with the person's name ("Name: ...", "NAME ...", an identity card's "FORENAMES ...").
bool personIdentityLine(const ScanInput& in, std::size_t i) {
  const std::string_view text = in.text;
  const std::size_t start = in.tokens[i].start;
  if (i > 0 && gapBetween(in, i - 1, i) == ", " && in.tokens[i - 1].hasLetter && !in.tokens[i - 1].hasDigit) {
    return true;
  }
  // (In brackets after the name: "writing about Joseph Zammit (ID 1234567M), aged 66".)
  if (i > 0 && gapBetween(in, i - 1, i) == " (" && in.tokens[i - 1].hasLetter && !in.tokens[i - 1].hasDigit &&
      isUpper(text[in.tokens[i - 1].start]) && !in.tokens[i - 1].allCaps) {
    return true;
  }
  if (start > 0 && text[start - 1] != '\n') return false;
  if (start < 2) return false;
  const std::size_t lineStart = text.rfind('\n', start - 2);
  const std::size_t from = lineStart == std::string_view::npos ? 0 : lineStart + 1;
  // (An identity card's own fields: "SURNAME ...\nFORENAMES ...\nID No. ...".)
  return startsCaselessAt(text, from, "name:") || startsCaselessAt(text, from, "name ") ||
         startsCaselessAt(text, from, "forenames ") || startsCaselessAt(text, from, "forenames:") ||
         startsCaselessAt(text, from, "given names ") || startsCaselessAt(text, from, "given names:");
}

// A qualifier in parentheses between a label and its value: "MRN (sending): 216-82-625",
// "Member ID (primary): X", or of up to four words: "Passport (for overseas referral):
// C5082737". Returns the token index after it, or `j` when there is none.
// (A device's serial may say where the device is, in a few words more: "Pump serial (loaned to
// patient at home): 297-9413-06", seed 3636; `words` is the qualifier's longest.)
std::size_t skipQualifier(const ScanInput& in, std::size_t j, std::size_t words = 4) {
  const auto& tokens = in.tokens;
  const std::string_view open = gapBetween(in, j - 1, j);
  if (!(open == " (" || open == "(")) return j;
  for (std::size_t k = j; k < j + words && k + 1 < tokens.size(); ++k) {
    if (tokens[k].hasDigit || tokens[k].length() > 12) return j;
    const std::string_view close = gapBetween(in, k, k + 1);
    if (close.starts_with(")")) {
      return close.size() <= 4 && close.find(':') != std::string_view::npos ? k + 1 : j;
    }
    if (close != " ") return j;
  }
  return j;
}

// A state name or code right before token `i` ("Texas tag", "North Carolina tag", "AZ tag").
bool stateBefore(const ScanInput& in, std::size_t i) {
  if (i == 0 || !isInlineSpace(gapBetween(in, i - 1, i), 1)) return false;
  const Token& t = in.tokens[i - 1];
  return isStateName(t) || (isStateCode(t) && t.allCaps);
}

// Whether token t is a word in capitals whose OCR read a capital O as a zero between letters
// ("D0NOR", "N0TE"); `read` receives its lower case with the letter. No digit other than such a
// zero, and four letters or more, so that codes ("A0B", "H0N1") stay codes.
bool ocrZeroWord(const Token& t, std::string& read) {
  if (!t.hasDigit || !t.hasLetter || t.lower.size() < 5 || t.lower.size() > 16) return false;
  for (const char c : t.lower) {
    if (!isAsciiAlpha(c) && !isDigit(c)) return false;
  }
  const std::size_t zeros = readOcrMisreadWord(t.lower, read, "o", "");
  return zeros > 0 && t.lower.size() - zeros >= 4;
}

// Length of the longest keyword phrase starting at token i (in tokens), and its category.
std::size_t matchKeyword(const ScanInput& in, std::size_t i, PhiCategory& category) {
  // Most words start no keyword: one hash look-up gives the few rules that start with this word.
  static const std::unordered_map<std::string_view, std::vector<const KeywordRule*>> kByFirstWord = [] {
    std::unordered_map<std::string_view, std::vector<const KeywordRule*>> byFirst;
    for (const KeywordRule& rule : kRules) byFirst[rule.words[0]].push_back(&rule);
    return byFirst;
  }();
  // Labels of other countries and languages ("NHC", "Tarjeta sanitaria", "BSN").
  PhiCategory local = category;
  std::size_t best = matchLocalIdLabel(in, i, local);
  if (best > 0) category = local;
  auto found = kByFirstWord.find(in.tokens[i].lower);
  // A scanned form's OCR reads a capital O as a zero inside a word ("UBTS D0NOR CARD Nr."): such
  // a word is looked up with the letter.
  std::string read;
  if (found == kByFirstWord.end() && best == 0 && ocrZeroWord(in.tokens[i], read)) {
    found = kByFirstWord.find(std::string_view(read));
  }
  if (found == kByFirstWord.end()) return best;
  for (const KeywordRule* rule : found->second) {
    const std::size_t words = rule->size();
    if (words <= best || i + words > in.tokens.size()) continue;
    bool match = true;
    for (std::size_t k = 1; k < words && match; ++k) {
      match = in.tokens[i + k].lower == rule->words[k] && gapOnly(gapBetween(in, i + k - 1, i + k), " /.'-", 3) &&
              !gapBetween(in, i + k - 1, i + k).empty();
    }
    if (match) {
      best = words;
      category = rule->category;
    }
  }
  return best;
}

}  // namespace

// End of an identifier value starting at byte `pos`: word bytes joined by - / . (not trailing).
std::size_t identifierEnd(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  while (k < text.size()) {
    // The Arabic comma, semicolon and question mark (U+060C, U+061B, U+061F) end the value, though
    // their bytes are word bytes: "الرقم الوطني 9851012345، رقم الملف".
    if (text[k] == '\xD8' && k + 1 < text.size() &&
        (text[k + 1] == '\x8C' || text[k + 1] == '\x9B' || text[k + 1] == '\x9F')) {
      break;
    }
    if (isWordByte(text[k])) {
      ++k;
    } else if ((text[k] == '-' || text[k] == '/' || text[k] == '.') && k + 1 < text.size() && isWordByte(text[k + 1])) {
      ++k;
    } else {
      break;
    }
  }
  return k;
}

namespace {

// Letters between digits, with a digit in every dash-separated part: serials and plan numbers
// such as "3353SE1", "2VC0-EE0-WF90" (two letters or more). A measurement ends with its unit
// ("1000mg"), a dimension has one letter ("1024x768"), a date has a part without digits
// ("2-May-2022") or a month between day and year ("11Apr2019").
bool digitLetterDigit(std::string_view value) {
  if (value.empty() || !isDigit(value.front()) || !isDigit(value.back())) return false;
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  std::size_t letters = 0;
  bool partDigit = false;
  for (std::size_t k = 0; k < value.size(); ++k) {
    const char c = value[k];
    if (c == '-') {
      if (!partDigit) return false;
      partDigit = false;
      continue;
    }
    if (isAsciiAlpha(c) && k + 3 <= value.size() && (k == 0 || !isAsciiAlpha(value[k - 1]))) {
      const std::string prefix{lowerAscii(c), lowerAscii(value[k + 1]), lowerAscii(value[k + 2])};
      for (std::string_view m : kMonths) {
        if (prefix == m) return false;
      }
    }
    letters += isAsciiAlpha(c);
    partDigit = partDigit || isDigit(c);
  }
  return partDigit && letters >= 2;
}

// End of a Myanmar NRC whose first part is [start, end): the state's number, the township's
// letters, the citizenship in brackets and six digits, "12/ThaGaKa(N)123456" (the bracket ends the
// word the value was read as). Returns `end` for any other value.
std::size_t myanmarNrcEnd(std::string_view text, std::size_t start, std::size_t end) {
  const std::size_t state = digitRun(text, start);
  if (state < 1 || state > 2 || start + state >= end || text[start + state] != '/') return end;
  std::size_t k = start + state + 1;
  while (k < end && isAsciiAlpha(text[k])) ++k;
  if (k != end || end - (start + state + 1) < 3 || end >= text.size() || text[end] != '(') return end;
  std::size_t m = end + 1;
  while (m < text.size() && isAsciiAlpha(text[m])) ++m;
  if (m == end + 1 || m - end > 7 || m >= text.size() || text[m] != ')' || digitRun(text, m + 1) != 6) return end;
  const std::size_t after = m + 7;
  return after < text.size() && isWordByte(text[after]) ? end : after;
}

// End of a plate of the Russian pattern whose letters and digits are [start, end): a letter,
// three digits and two letters (Cyrillic or Latin), then the region's two or three digits after a
// space: "А123ВС 77", "A123BC 777". Returns `end` for any other value.
std::size_t russianPlateRegionEnd(std::string_view text, std::size_t start, std::size_t end) {
  const auto letterAt = [&](std::size_t k) -> std::size_t {  // the letter's bytes at k, 0 if none
    if (k >= end) return 0;
    if (isAsciiAlpha(text[k])) return 1;
    const auto c = static_cast<unsigned char>(text[k]);
    return (c == 0xD0 || c == 0xD1) && k + 1 < end ? 2 : 0;
  };
  std::size_t k = start + letterAt(start);
  if (k == start || digitRun(text, k) != 3) return end;
  k += 3;
  for (int letter = 0; letter < 2; ++letter) {
    const std::size_t bytes = letterAt(k);
    if (bytes == 0) return end;
    k += bytes;
  }
  if (k != end || end + 3 > text.size() || text[end] != ' ') return end;
  const std::size_t region = digitRun(text, end + 1);
  const std::size_t after = end + 1 + region;
  if (region < 2 || region > 3 || (after < text.size() && isWordByte(text[after]))) return end;
  return after;
}

// End of a plate printed in three groups whose first two are [start, end): capitals, digits,
// capitals or digits, capitals, digits, as Bulgaria ("CA 1234 BK"), Tunisia ("123 TU 4567") and
// Côte d'Ivoire ("1234 AB 01") print them, or Algeria's serial, type and year, and wilaya
// ("12345 116 16"). A closing group of capitals only when `lettersOk`. Returns `end` for any
// other value.
std::size_t thirdPlateGroupEnd(std::string_view text, std::size_t start, std::size_t end, bool lettersOk) {
  const auto runOf = [&](std::size_t k, bool digits) {
    std::size_t e = k;
    while (e < text.size() && (digits ? isDigit(text[e]) : isUpper(text[e]))) ++e;
    return e - k;
  };
  const auto closed = [&](std::size_t k) { return k == text.size() || !(isWordByte(text[k]) || text[k] == '-'); };
  if (end + 3 > text.size() || text[end] != ' ' || end - start > 7) return end;
  // Algeria: five or six digits, then three, then two.
  const std::size_t serial = digitRun(text, start);
  if (serial == end - start && serial >= 5 && serial <= 6 && digitRun(text, end + 1) == 3 && end + 7 <= text.size() &&
      text[end + 4] == ' ' && digitRun(text, end + 5) == 2 && closed(end + 7)) {
    return end + 7;
  }
  const std::size_t space = text.substr(start, end - start).find(' ');
  if (space == std::string_view::npos) return end;
  const bool firstDigits = isDigit(text[start]);
  const std::size_t first = runOf(start, firstDigits);
  const std::size_t second = runOf(start + space + 1, !firstDigits);
  if (first != space || first < 1 || first > 4 || second < 1 || second > 4 || start + space + 1 + second != end) return end;
  const std::size_t third = runOf(end + 1, firstDigits);
  if (third < 2 || third > 4 || !closed(end + 1 + third) || (!firstDigits && !lettersOk)) return end;
  return end + 1 + third;
}

}  // namespace

// A value no ordinary word, date or measurement has: a letter prefix and four or more digits
// ("CLM5871-40175", "A21-41645", "KH-0022357"; not the date "2-May-2022"), or, without letters, a group of five or more
// digits ("83519-16", "00412345"; not "2024-03-14"). After a weak keyword ("Account", "Case",
// "Chart") such a value needs no "#" or ":" to count.
bool strongIdentifierValue(std::string_view value) {
  std::size_t digits = 0;
  std::size_t group = 0;
  std::size_t longestGroup = 0;
  bool letter = false;
  // Letters, then slashes between digits with a group of five or more, are a policy's, never a
  // date's or a ratio's: "HJQ/669956/33".
  const bool slashes = value.find('/') != std::string_view::npos;
  const bool letteredSlashes = slashes && isAsciiAlpha(value.front());
  // A file numbered within its year, the year first and a serial of five digits or more
  // ("DOSSIER 2064/850029", "EXPEDIENTE 2099/741186"): no date has a part of five digits, no ratio
  // a year before its slash.
  if (value.size() >= 10 && value.size() <= 13 && value[4] == '/' && digitRun(value, 0) == 4 &&
      (value.starts_with("19") || value.starts_with("20")) && digitRun(value, 5) >= 5 &&
      5 + digitRun(value, 5) == value.size()) {
    return true;
  }
  for (char c : value) {
    if ((c == '/' && !letteredSlashes) || c == '.') return false;
    digits += isDigit(c);
    group = isDigit(c) ? group + 1 : 0;
    longestGroup = group > longestGroup ? group : longestGroup;
    letter = letter || isAsciiAlpha(c);
  }
  if (slashes) return longestGroup >= 5;
  if (letter && digits >= 4 && !value.empty() && isAsciiAlpha(value.front())) return true;
  if (letter && digits >= 4 && digitLetterDigit(value)) return true;
  if (longestGroup >= 5) return !letter || digits >= 6;
  // Digit groups joined by dashes, seven digits or more, not a phone's 3-3-4: "639-470-060A".
  const std::size_t dash = value.find('-');
  if (dash == std::string_view::npos || digits < 7) return false;
  return !(value.size() == 12 && dash == 3 && value[7] == '-' && !letter);
}

namespace {

// Digit groups separated by single spaces, as forms print record numbers ("005 574 44",
// "086 453 56"): a first group of two to four digits, then groups of two to four digits, six
// digits or more in all. Returns the end of the last group, or `end` (the end of the first value).
std::size_t spacedGroupsEnd(std::string_view text, std::size_t start, std::size_t end, bool weak = false) {
  // A VA claim file number (the "C-file") is a capital and eight digits, printed as the letter and
  // two digits, then two groups of three: "Claim no. C50 416 122". Its layout is no count's, even
  // after an ordinary noun.
  if (end - start == 3 && isUpper(text[start]) && digitRun(text, start + 1) == 2 && end + 8 <= text.size() &&
      text[end] == ' ' && digitRun(text, end + 1) == 3 && text[end + 4] == ' ' && digitRun(text, end + 5) == 3 &&
      (end + 8 == text.size() || !(isWordByte(text[end + 8]) || text[end + 8] == '-' || text[end + 8] == '/'))) {
    return end + 8;
  }
  if (weak) {
    // After an ordinary noun ("Chart 4827 2844 9") only a long number of four-digit groups, with
    // at most a one-digit check group at the end: nine digits or more.
    // Or twelve digits in four groups of three, as Madagascar prints its CIN: "CIN 421 163 331 308"
    // (no count, date or amount is printed so).
    // Or fifteen digits printed 3-4-4-4, as Brazil's Cartão Nacional de Saúde is: "CNS 123 4567
    // 8901 2345" (seed 3535).
    if (end - start == 3 && digitRun(text, start) == 3 && end + 15 <= text.size() && text[end] == ' ' &&
        digitRun(text, end + 1) == 4 && text[end + 5] == ' ' && digitRun(text, end + 6) == 4 && text[end + 10] == ' ' &&
        digitRun(text, end + 11) == 4 &&
        (end + 15 == text.size() || !(isWordByte(text[end + 15]) || text[end + 15] == '/' || text[end + 15] == '-'))) {
      return end + 15;
    }
    if (end - start == 3 && digitRun(text, start) == 3) {
      std::size_t k = end;
      int groups = 1;
      while (groups < 4 && k + 4 <= text.size() && text[k] == ' ' && digitRun(text, k + 1) == 3) {
        k += 4;
        ++groups;
      }
      const bool closed = k == text.size() || !(isWordByte(text[k]) || text[k] == '/' || text[k] == '-' ||
                                                text[k] == ':' || (text[k] == ' ' && k + 1 < text.size() && isDigit(text[k + 1])));
      return groups == 4 && closed ? k : end;
    }
    if (end - start != 4 || digitRun(text, start) != 4) return end;
    // A ten-digit health number printed 4-3-3, as British Columbia's PHN is: "PHN 9928 363 572".
    if (end + 8 <= text.size() && text[end] == ' ' && digitRun(text, end + 1) == 3 && text[end + 4] == ' ' &&
        digitRun(text, end + 5) == 3 &&
        (end + 8 == text.size() || !(isWordByte(text[end + 8]) || text[end + 8] == '-' || text[end + 8] == '/'))) {
      return end + 8;
    }
    std::size_t k = end;
    std::size_t digits = 4;
    while (k + 1 < text.size() && text[k] == ' ') {
      const std::size_t run = digitRun(text, k + 1);
      const std::size_t after = k + 1 + run;
      if (!(run == 4 || run == 1) || (after < text.size() && (isWordByte(text[after]) || text[after] == '/' ||
                                                              text[after] == '-' || text[after] == ':'))) {
        break;
      }
      digits += run;
      k = after;
      if (run == 1) break;
    }
    return digits >= 9 ? k : end;
  }
  const std::size_t first = end - start;
  if (first < 2 || first > 4 || digitRun(text, start) != first) return end;
  std::size_t k = end;
  std::size_t digits = first;
  std::size_t groups = 1;
  while (groups < 4 && k + 1 < text.size() && text[k] == ' ') {
    const std::size_t run = digitRun(text, k + 1);
    const std::size_t after = k + 1 + run;
    // Groups of two to five digits; a one-digit check group may end the number: "4768 09792 2",
    // also before an Australian Medicare card's "/1" (the person's number on the card).
    const bool issueAfter = run == 1 && after + 1 < text.size() && text[after] == '/' && isDigit(text[after + 1]);
    if (run < 1 || run > 5 || (run == 1 && groups < 2) ||
        (after < text.size() && !issueAfter &&
         (isWordByte(text[after]) || text[after] == '/' || text[after] == '-' ||
          // (A full stop ends the sentence, not the number, unless a digit follows it.)
          (text[after] == '.' && after + 1 < text.size() && isDigit(text[after + 1]))))) {
      break;
    }
    digits += run;
    ++groups;
    k = after;
    if (run == 1) break;
  }
  return groups > 1 && digits >= 6 ? k : end;
}

// End of a number printed as the RAMQ card prints it ("MARG 8406 0425"), when the value read so far
// (`start` to `end`) is its first group or its first two; otherwise `end`.
std::size_t ramqGroupsEnd(std::string_view text, std::size_t start, std::size_t end) {
  if (start + 4 > text.size()) return end;
  for (std::size_t k = 0; k < 4; ++k) {
    if (!isUpper(text[start + k])) return end;
  }
  const std::size_t full = start + 14;
  if (full > text.size() || text[start + 4] != ' ' || digitRun(text, start + 5) != 4 || text[start + 9] != ' ' ||
      digitRun(text, start + 10) != 4) {
    return end;
  }
  if (full < text.size() && (isWordByte(text[full]) || text[full] == '-' || text[full] == '/')) return end;
  return end == start + 4 || end == start + 9 ? full : end;
}

// End of a plate written in lower case from `start`, three letters and three or four digits with a
// space between, either first ("yku 8616", "090 dhh"), the letters no English word ("was 1200",
// "and 250" are prose); `start` when there is none.
std::size_t lowerCasePlateEnd(std::string_view text, std::size_t start) {
  auto lowerRun = [&](std::size_t k) {
    std::size_t e = k;
    while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
    return e - k;
  };
  std::size_t letters = start;
  std::size_t end = start;
  if (lowerRun(start) == 3 && start + 4 < text.size() && text[start + 3] == ' ') {
    const std::size_t run = digitRun(text, start + 4);
    if (run < 3 || run > 4) return start;
    end = start + 4 + run;
  } else {
    const std::size_t run = digitRun(text, start);
    if (run != 3 || start + 7 > text.size() || text[start + 3] != ' ' || lowerRun(start + 4) != 3) return start;
    letters = start + 4;
    end = start + 7;
  }
  if (end < text.size() && (isWordByte(text[end]) || text[end] == '-' || text[end] == '/' || text[end] == '.')) {
    if (!(text[end] == '.' && (end + 1 == text.size() || !isWordByte(text[end + 1])))) return start;
  }
  const std::string_view word = text.substr(letters, 3);
  for (std::string_view w : englishWordTable()) {
    if (w == word) return start;
  }
  return end;
}

}  // namespace

// A plate printed in groups of capitals and digits, each of one to four, separated by single spaces:
// "VX 88 322", "KKV 188S", "PFD 193", "W-742 NF" (European and British plates). Returns the end of the last
// group, at most three groups and eight characters, three digits or more ("PLATE READ AT 20 M" of a
// vision test is none) or two in a group that mixes capitals and digits ("SWE S16"), or `end`.
std::size_t plateGroupsEnd(std::string_view text, std::size_t start, std::size_t end) {
  auto plateByte = [](char c) { return isUpper(c) || isDigit(c); };
  auto groupEnd = [&](std::size_t k) {
    while (k < text.size() && plateByte(text[k])) ++k;
    return k;
  };
  // An Austrian or German first group holds the district's dash: "W-742 NF", "I-467 WN".
  const std::size_t first = groupEnd(start);
  const bool dashed = first > start && first < end && text[first] == '-' && isUpper(text[start]) &&
                      first + 1 < end && groupEnd(first + 1) == end && end - start <= 6;
  if (!dashed && (end - start > 4 || first != end)) return end;
  std::size_t chars = end - start;
  std::size_t k = end;
  std::size_t best = end;
  bool mixedGroup = false;
  for (int groups = 1; groups < 3 && k + 1 < text.size() && text[k] == ' ' && plateByte(text[k + 1]); ++groups) {
    const std::size_t next = groupEnd(k + 1);
    if (next - k - 1 > 4 || chars + (next - k - 1) > 8 || (next < text.size() && isWordByte(text[next]))) break;
    chars += next - k - 1;
    mixedGroup = mixedGroup || (isUpper(text[k + 1]) && isDigit(text[next - 1]));
    k = next;
    std::size_t digits = 0;
    for (std::size_t d = start; d < k; ++d) digits += isDigit(text[d]);
    if (digits >= 3 || (digits >= 2 && mixedGroup && chars >= 6)) best = k;
  }
  return best;
}

namespace {

// A month name of at most four letters in capitals: "JUNE", "SEPT", "MAR".
bool isShortMonth(std::string_view letters) {
  static constexpr std::array<std::string_view, 15> kMonths = {"JAN", "FEB", "MAR", "APR",  "MAY",  "JUN", "JUL", "AUG",
                                                              "SEP", "SEPT", "OCT", "NOV", "DEC", "JUNE", "JULY"};
  for (std::string_view m : kMonths) {
    if (letters == m) return true;
  }
  return false;
}

// A calendar date with day, month and year: "03/14/2023", "2023-03-14", "14.03.2023", "3-4-21".
bool looksLikeDate(std::string_view value) {
  std::array<std::size_t, 4> lengths{};
  std::array<int, 4> parts{};
  std::size_t groups = 0;
  char sep = 0;
  for (std::size_t k = 0; k < value.size();) {
    const std::size_t run = digitRun(value, k);
    if (run == 0 || run > 4 || groups == 3) return false;
    lengths[groups] = run;
    parts[groups] = parseDigits(value, k, run);
    ++groups;
    k += run;
    if (k == value.size()) break;
    if (sep == 0) sep = value[k];
    if (value[k] != sep || !(sep == '/' || sep == '-' || sep == '.')) return false;
    ++k;
  }
  if (groups != 3) return false;
  if (lengths[0] == 4) return lengths[1] <= 2 && lengths[2] <= 2 && parts[1] >= 1 && parts[1] <= 12;
  const bool dayMonth = parts[0] >= 1 && parts[1] >= 1 && (parts[0] <= 12 || parts[1] <= 12) && parts[0] <= 31 &&
                        parts[1] <= 31;
  return lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4) && dayMonth;
}

// Eight digits that read as a date YYYYMMDD: "Next visit 20180415" is a date, not a visit number.
bool compactDate(std::string_view value) {
  if (value.size() != 8 || digitRun(value, 0) != 8) return false;
  const int year = parseDigits(value, 0, 4);
  const int month = parseDigits(value, 4, 2);
  const int day = parseDigits(value, 6, 2);
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Five digits, or five and four joined by a dash, ending the value: a ZIP code ("83201",
// "83706-1234").
bool zipShape(std::string_view text, std::size_t pos) {
  if (digitRun(text, pos) != 5) return false;
  std::size_t end = pos + 5;
  if (end + 5 <= text.size() && text[end] == '-' && digitRun(text, end + 1) == 4) end += 5;
  return end == text.size() || !(isWordByte(text[end]) || text[end] == '-' ||
                                 (text[end] == '/' && end + 1 < text.size() && isWordByte(text[end + 1])));
}

}  // namespace

// A unit of measure right after a number: " mL", " mg", " kg", " units" (any case).
bool quantityAfter(std::string_view text, std::size_t end) {
  if (end + 2 > text.size() || text[end] != ' ') return false;
  std::size_t k = end + 1;
  std::string unit;
  while (k < text.size() && isAsciiAlpha(text[k]) && unit.size() < 6) unit.push_back(lowerAscii(text[k++]));
  if (k < text.size() && isWordByte(text[k])) return false;
  static constexpr std::array<std::string_view, 10> kUnits = {"ml", "mg", "mcg", "kg", "g", "l", "units", "cc", "iu",
                                                              "mmol"};
  for (std::string_view u : kUnits) {
    if (unit == u) return true;
  }
  return false;
}

// A sum of money ends at `end`: two decimals after a point or a comma ("1.234,56", "120.50"), or
// a currency's sign or code after it ("1500 €", "345 EUR", "1500 руб.", "12345 Kč", "12.500 đồng").
bool moneyAfter(std::string_view text, std::size_t end) {
  if (end + 3 <= text.size() && (text[end] == ',' || text[end] == '.') && digitRun(text, end + 1) == 2) return true;
  std::size_t k = end;
  if (k < text.size() && text[k] == ' ') ++k;
  static constexpr std::array<std::string_view, 42> kCurrencies = {
      "\u20ac", "$", "\u00a3", "\u00a5", "\u20b9", "\u20bd", "EUR", "USD", "GBP", "CHF", "RUB", "\u0440\u0443\u0431",
      "\u0433\u0440\u043d", "TL", "Rp", "KES", "K\u010d", "z\u0142", "Ft", "kr", "\u20ba", "\u0111\u1ed3ng", "\u20a6",
      "\u20b1", "\u20a9", "\u20aa", "DH", "MAD", "FCFA", "CFA", "XOF", "XAF", "KSh", "TSh", "Rs", "lei", "PLN", "CZK",
      "\u0631\u064a\u0627\u0644", "\u0631\u06cc\u0627\u0644", "\u062a\u0648\u0645\u0627\u0646", "\u5143"};
  for (std::string_view c : kCurrencies) {
    if (text.substr(k, c.size()) == c && (k + c.size() == text.size() || !isAsciiAlpha(text[k + c.size()]))) return true;
  }
  return false;
}

// A vehicle identification number (shared with the label scans and the VIN rule below).
bool vinShape(std::string_view value) {
  if (value.size() != 17) return false;
  int digits = 0;
  for (char c : value) {
    if (!isDigit(c) && !(isUpper(c) && c != 'I' && c != 'O' && c != 'Q')) return false;
    digits += isDigit(c);
  }
  return digits >= 3 && digits <= 14;
}

bool vinShaped(std::string_view text, const Token& t) {
  return t.hasDigit && t.hasLetter && vinShape(text.substr(t.start, t.length()));
}

// The keyword scan's own tests, for the label scan that reads labels it has no list for
// (scan_label_heads.cpp).
std::size_t identifierKeywordAt(const ScanInput& in, std::size_t i, PhiCategory& category) {
  return matchKeyword(in, i, category);
}
bool dateLikeValue(std::string_view value) { return looksLikeDate(value) || compactDate(value); }

namespace {

// Whether every dot-separated part of the value is a number of at most 255, as in an address of
// a network.
bool dottedOctets(std::string_view value) {
  std::size_t k = 0;
  while (k <= value.size()) {
    const std::size_t run = digitRun(value, k);
    if (run == 0 || run > 3 || parseDigits(value, k, run) > 255) return false;
    k += run;
    if (k == value.size()) return true;
    if (value[k] != '.') return false;
    ++k;
  }
  return false;
}

}  // namespace

bool looksLikeIdentifier(std::string_view value) {
  std::size_t alnum = 0;
  bool digit = false;
  for (char c : value) {
    if (isWordByte(c)) ++alnum;
    digit = digit || isDigit(c);
  }
  return digit && alnum >= 4;
}

namespace {

// The side of a paired device, written before each one's serial: "R", "L", "right", "lt".
bool isSideWord(std::string_view lower) {
  return lower == "r" || lower == "l" || lower == "rt" || lower == "lt" || lower == "right" || lower == "left";
}

// A list of serial numbers after a plural label: "Serial numbers: chair SN186843674; bed
// Y8K5-05897", "Serials: pump 4471-AC, charger 9QX-2231". Each item is an optional word naming
// the part and a value with a digit; items are separated by ";" or ",". Token i is "serial" or
// "serials".
void serialListAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i + 2 >= tokens.size()) return;
  std::size_t j = i + 1;
  if (tokens[i].lower == "serial") {
    const std::string_view next = tokens[j].lower;
    if (next != "numbers" && next != "nos") return;
    ++j;
  }
  // "Serials: ..." and "Serial numbers: ..."; without a colon only "serials" before a value with
  // letters and digits ("bilateral RIC aids, serials 4369FV2 / 51A383040").
  const bool colon = gapBetween(in, j - 1, j).find(':') != std::string_view::npos;
  // A pair of hearing aids lists each ear's serial after its side: "serials R 4369FV2 / L 51A3830".
  std::size_t first = j;
  if (!colon && first + 2 < tokens.size() && isSideWord(tokens[first].lower) && gapBetween(in, first, first + 1) == " ") ++first;
  if (!gapOnly(gapBetween(in, j - 1, j), " .:", 4) ||
      (!colon && !(tokens[i].lower == "serials" && gapBetween(in, j - 1, j) == " " &&
                   looksLikeIdentifier(text.substr(tokens[first].start, identifierEnd(text, tokens[first].start) -
                                                                        tokens[first].start)) &&
                   isAsciiAlpha(text[tokens[first].start]) != isDigit(text[tokens[first].start]) && tokens[first].length() <= 12 &&
                   (tokens[first].hasLetter || tokens[first + 1].start < identifierEnd(text, tokens[first].start))))) {
    return;
  }
  while (j < tokens.size()) {
    std::size_t v = j;
    // An optional part name: "chair", "bed", "pump" (a word not joined to what follows).
    auto valueAt = [&](std::size_t t) {
      const std::size_t e = identifierEnd(text, tokens[t].start);
      return looksLikeIdentifier(text.substr(tokens[t].start, e - tokens[t].start));
    };
    if (!valueAt(v) && tokens[v].length() <= 12 && v + 1 < tokens.size() &&
        isInlineSpace(gapBetween(in, v, v + 1), 1)) {
      ++v;
    }
    if (!valueAt(v)) break;
    const std::size_t start = tokens[v].start;
    const std::size_t end = identifierEnd(text, start);
    if (looksLikeDate(text.substr(start, end - start))) break;
    out.push_back({start, end, PhiCategory::Device, priority::kKeywordId});
    std::size_t next = v + 1;
    while (next < tokens.size() && tokens[next].start < end) ++next;
    if (next >= tokens.size()) break;
    const std::string_view sep = gapBetween(in, next - 1, next);
    if (!(sep == "; " || sep == ", " || sep == ";" || sep == "," || sep == " / ")) break;
    j = next;
  }
}

// A serial after a piece of equipment and a colon or "#": "Ankle monitor: EM-590278L", "Pump #
// 44120-B7". The value has the strong shape of a label-less number (a letter prefix and four
// digits, or a group of five), and is no date or quantity: "Pump: 125 mL/h", "Monitor: 03/14/2025".
void equipmentSerialAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const std::string_view text = in.text;
  if (i + 1 >= in.tokens.size()) return;
  // Whose the equipment is and "number" may stand between it and its serial: "Glucometru
  // personal nr. GM123A45678", "glucometer own no. GM123A45678" (then ": ", " " or ". ").
  std::size_t v = i + 1;
  if (v + 1 < in.tokens.size() && gapBetween(in, v - 1, v) == " " &&
      (in.tokens[v].lower == "personal" || in.tokens[v].lower == "own" || in.tokens[v].lower == "home")) {
    ++v;
  }
  if (v + 1 < in.tokens.size() && v > i + 1 && gapBetween(in, v - 1, v) == " " &&
      (in.tokens[v].lower == "nr" || in.tokens[v].lower == "no" || in.tokens[v].lower == "number")) {
    const std::string_view after = gapBetween(in, v, v + 1);
    if (after == ". " || after == ": " || after == ".: " || after == " ") {
      if (!isEquipmentWord(in.tokens[i].lower) || in.tokens[i].lower == "unit") return;
      if (instrumentSerial(text, in.tokens[i].start)) return;
      const std::size_t start = in.tokens[v + 1].start;
      const std::size_t end = identifierEnd(text, start);
      const std::string_view value = text.substr(start, end - start);
      if (!looksLikeIdentifier(value) || !strongIdentifierValue(value) || dateLikeValue(value) ||
          quantityAfter(text, end)) {
        return;
      }
      out.push_back({start, end, PhiCategory::Device, priority::kKeywordId});
      return;
    }
  }
  const std::string_view gap = gapBetween(in, i, i + 1);
  // Without a colon or "#" only a value of letters and digits mixed, the shape a serial has and
  // a count or a setting has not: "oxygen concentrator 7450IC9", "concentrator YGW-978-3921"
  // (not "pump 2 of 3", "monitor 24 h").
  const bool bare = gap == " ";
  if (!(bare || gap == ": " || gap == ":" || gap == " #" || gap == "#" || gap == " # " || gap == ": #")) return;
  // A kit's list names its blood-pressure meter "BP" after another serial: "oximeter OX87908023, BP
  // 73866Y31596" (seed 3737); elsewhere "BP" is followed by a reading ("BP 120/80").
  const bool kitBp = in.tokens[i].lower == "bp" && bare && i > 0 && gapBetween(in, i - 1, i) == ", " &&
                     in.tokens[i - 1].hasDigit && in.tokens[i - 1].hasLetter;
  // "Unit #B1234" is as often a flat of an address as a machine.
  if (!kitBp && (in.tokens[i].lower == "unit" || !isEquipmentWord(in.tokens[i].lower))) return;
  // The hospital's own equipment (an analyser, a pump or ventilator of the pool) is no patient's.
  if (instrumentSerial(text, in.tokens[i].start)) return;
  const std::size_t start = in.tokens[i + 1].start;
  const std::size_t end = identifierEnd(text, start);
  const std::string_view value = text.substr(start, end - start);
  if (!looksLikeIdentifier(value) || !strongIdentifierValue(value) || dateLikeValue(value) ||
      quantityAfter(text, end)) {
    return;
  }
  if (bare && (std::none_of(value.begin(), value.end(), [](char c) { return isAsciiAlpha(c); }) ||
               std::none_of(value.begin(), value.end(), [](char c) { return isDigit(c); }))) {
    return;
  }
  out.push_back({start, end, PhiCategory::Device, priority::kKeywordId});
}

// A newborn screening card's number is the key of the child's record at the screening laboratory:
// "card" followed by a number, on a line that names the screening card ("The screening card for
// Amara (card 35-7381667) could not be tested", "Newborn blood spot card # NBS20441187"). Elsewhere
// a card's number is left to its own label ("credit card", "Medicaid card", "health card").
void screeningCardAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (tokens[i].lower != "card" || i + 1 >= tokens.size()) return;
  std::size_t j = i + 1;
  if ((tokens[j].lower == "no" || tokens[j].lower == "number") && j + 1 < tokens.size() &&
      isInlineSpace(gapBetween(in, i, j), 1)) {
    ++j;
  }
  if (!fillerGap(gapBetween(in, j - 1, j))) return;
  const std::string_view line = sameLineBefore(text, tokens[i].start, 160);
  if (rfindWordCaseless(line, "screening") == std::string_view::npos &&
      rfindWordCaseless(line, "blood spot") == std::string_view::npos &&
      rfindWordCaseless(line, "heel prick") == std::string_view::npos) {
    return;
  }
  const std::size_t start = tokens[j].start;
  const std::size_t end = identifierEnd(text, start);
  const std::string_view value = text.substr(start, end - start);
  if (!looksLikeIdentifier(value) || !strongIdentifierValue(value) || dateLikeValue(value) ||
      quantityAfter(text, end)) {
    return;
  }
  out.push_back({start, end, PhiCategory::Mrn, priority::kKeywordId});
}

// A second unit of the same device after a serial: "Monitor serial 2819UK7; spare 7631578030",
// "Pump serial: SN123456; backup PX-4471230". Read from `end`, the end of the first serial: "; " or ", ", a word naming the other unit, an optional ":", and a value with the
// strong shape of a serial that is no date or quantity ("spare 2 batteries" is a count).
void spareSerialAfter(std::string_view text, std::size_t end, Candidates& out) {
  std::size_t k = end;
  if (k + 2 >= text.size() || (text[k] != ';' && text[k] != ',') || text[k + 1] != ' ') return;
  k += 2;
  static constexpr std::array<std::string_view, 4> kOtherUnit = {"spare", "backup", "loaner", "replacement"};
  std::size_t word = k;
  while (word < text.size() && isAsciiAlpha(text[word])) ++word;
  const std::string_view named = text.substr(k, word - k);
  if (std::none_of(kOtherUnit.begin(), kOtherUnit.end(),
                   [&](std::string_view w) { return structured::equalsCaseless(named, w); })) {
    return;
  }
  k = word;
  if (k < text.size() && text[k] == ':') ++k;
  if (k + 1 >= text.size() || text[k] != ' ' || !isWordByte(text[k + 1])) return;
  const std::size_t start = k + 1;
  const std::size_t valueEnd = identifierEnd(text, start);
  const std::string_view value = text.substr(start, valueEnd - start);
  if (!looksLikeIdentifier(value) || !strongIdentifierValue(value) || dateLikeValue(value) ||
      quantityAfter(text, valueEnd)) {
    return;
  }
  out.push_back({start, valueEnd, PhiCategory::Device, priority::kKeywordId});
}

}  // namespace

void scanKeywordIdentifiers(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t n = tokens.size();
  // Every value has a digit within a few tokens of its keyword (at most five keyword words,
  // three fillers and a value of a few parts): words far from any digit need no look-up.
  constexpr std::size_t kDigitReach = 12;
  std::size_t nextDigit = 0;  // the first token after i that has a digit (or n)
  for (std::size_t i = 0; i < n; ++i) {
    // (Local labels run to 34 bytes: "sozialversicherungsnummer", "идентификационный".)
    std::string ocrRead;
    if ((tokens[i].hasDigit && !ocrZeroWord(tokens[i], ocrRead) && !isOcrLocalIdLabelWord(tokens[i])) ||
        tokens[i].length() > 34) {
      continue;
    }
    if (nextDigit <= i) {
      nextDigit = i + 1;
      while (nextDigit < n && !tokens[nextDigit].hasDigit) ++nextDigit;
    }
    if (nextDigit >= n || nextDigit - i > kDigitReach) continue;
    // A plate in brackets after a vehicle word, or after the vehicle's make or model: "own car,
    // a Corolla (1ABC234)". " (" after a word is rare, so it is looked for first.
    if (tokens[i].end + 2 < text.size() && text[tokens[i].end] == ' ' && text[tokens[i].end + 1] == '(') {
      for (std::size_t w = i; w + 3 >= i && w < n; --w) {
        if (w < i && !gapOnly(gapBetween(in, w, w + 1), " ,-", 2)) break;
        // "van" before a capitalised word or "der", "den" is a surname's particle ("van der Meer").
        const bool particle = tokens[w].lower == "van" && (tokens[w + 1].capitalised ||
                                                           tokens[w + 1].lower == "der" || tokens[w + 1].lower == "den");
        if (tokens[w].length() <= 10 && !tokens[w].hasDigit && !particle && isVehicleWord(tokens[w].lower)) {
          bracketedPlateAt(in, i, out);
          break;
        }
        if (w == 0) break;
      }
    }
    // A Lao plate after "plate" or "ທະບຽນ" (registration): "motorbike key, plate ກຂ 4176".
    if (tokens[i].lower == "plate" || tokens[i].lower == "\u0e97\u0eb0\u0e9a\u0ebd\u0e99") laoPlateAt(in, i, out);
    // (Up to 20 bytes: "Автомобиль" is ten Cyrillic letters of two bytes.)
    if (tokens[i].length() >= 3 && tokens[i].length() <= 20 && isVehicleWord(tokens[i].lower)) {
      labelledPlateAt(in, i, out);
    }
    if ((tokens[i].end - tokens[i].start == 6 || tokens[i].end - tokens[i].start == 7) &&
        lowerAscii(text[tokens[i].start]) == 's' && (tokens[i].lower == "serial" || tokens[i].lower == "serials")) {
      serialListAt(in, i, out);
    }
    if (spacedLetter(tokens[i])) {
      const std::size_t after = spacedLabelAt(in, i, out);
      if (after != i) {
        i = after - 1;
        continue;
      }
      // "S S N :" is a spaced "SSN", not the "S/N" of a serial.
      if (i > 0 && spacedLetter(tokens[i - 1]) && gapBetween(in, i - 1, i) == " ") continue;
    }
    // "urn:hl7-org:v3", "urn:oid:2.16.840.1", "urn:uuid:...": a uniform resource name's scheme, a
    // colon and a letter with no space between, names a namespace, not a UR number.
    if (tokens[i].lower == "urn" && tokens[i].end + 1 < text.size() && text[tokens[i].end] == ':' &&
        isAsciiAlpha(text[tokens[i].end + 1])) {
      continue;
    }
    PhiCategory category = PhiCategory::Mrn;
    const std::size_t words = matchKeyword(in, i, category);
    if (words == 0) {
      // A serial after an equipment word starts right after it: a digit within three tokens
      // ("concentrator YGW-978-3921"), which most words have not.
      if (nextDigit <= i + 3) {
        equipmentSerialAt(in, i, out);
        screeningCardAt(in, i, out);
      }
      continue;
    }
    if (words == 1 && tokens[i].lower == "tag" && !stateBefore(in, i)) continue;
    if (words == 2 && tokens[i].lower == "a" && !alienNumberLabel(in, i)) continue;
    if (words == 1 && tokens[i].lower == "doc" && (i + 1 >= n || gapBetween(in, i, i + 1).find('#') == std::string_view::npos)) {
      continue;
    }
    // A bare "File" labels a field where a field starts (a line, a column after wide spaces); in
    // a sentence it is where something was kept: "phone on file 06-03808703".
    // An insurer's letter names the claim its file: "Your claim no.: ... Please direct questions to
    // our file CLM81315006".
    const bool claimFile = words == 1 && tokens[i].lower == "file" && i > 0 &&
                           (tokens[i - 1].lower == "our" || tokens[i - 1].lower == "your") && claimBefore(text, tokens[i].start);
    if (claimFile) category = PhiCategory::Account;
    if (words == 1 && tokens[i].lower == "file" && !claimFile && i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1)) {
      continue;
    }
    // A registration in its context needs no "#" or ":" ("registration 1KHI238").
    const bool registration = words == 1 && tokens[i].lower == "registration";
    if (registration && !registrationCategory(text, tokens[i].start, category)) continue;
    // "DL" after a slash or a number is the decilitre of a lab value ("LDL 41 mg/dL. ICD-10"),
    // not a driver's licence.
    if (words == 1 && tokens[i].lower == "dl" && i > 0 &&
        (text[tokens[i].start - 1] == '/' || (tokens[i - 1].allDigits && isInlineSpace(gapBetween(in, i - 1, i), 1)))) {
      continue;
    }
    // A document after "on", "per" or "from" is where another field was read, and that field is
    // the value: "Address on license: 1520 Dogwood Lane", "Name per passport: ..." (but "number
    // on license: D1234567" is the licence's).
    // Without the colon the value is the document's own: "stop statements on account 460223115".
    if (i >= 2 && isInlineSpace(gapBetween(in, i - 1, i), 1) && isInlineSpace(gapBetween(in, i - 2, i - 1), 1) &&
        i + words < n && gapBetween(in, i + words - 1, i + words).find(':') != std::string_view::npos &&
        (tokens[i - 1].lower == "on" || tokens[i - 1].lower == "per" || tokens[i - 1].lower == "from") &&
        !tokens[i - 2].hasDigit && !isFillerWord(tokens[i - 2].lower)) {
      PhiCategory owner = PhiCategory::Mrn;
      if (matchKeyword(in, i - 2, owner) == 0) continue;
    }
    std::size_t j = i + words;
    if (j >= n) continue;  // a keyword at the very end has no value
    // In lower case "ur" is a chat's "your" ("ur number is ...") and "cr" a creatinine: as
    // labels they are written in capitals or marked by ":" or "#" ("UR: 693998", "ur: 693998").
    if ((tokens[i].lower == "ur" || tokens[i].lower == "cr") && !tokens[i].allCaps &&
        gapBetween(in, j - 1, j).find_first_of(":#") == std::string_view::npos) {
      continue;
    }
    // A qualifier that is a label of its own names the number's kind: "Donor ID (CDL): L99281281".
    // (A label bound to its number's digits names it only when the value has them: the Kyrgyz
    // "PIN" of fourteen is no rename of "PhilHealth Identification Number (PIN): 12-345678901-2".)
    if (const std::size_t q = skipQualifier(in, j, category == PhiCategory::Device ? 6 : 4); q != j) {
      PhiCategory named = category;
      if (matchKeyword(in, j, named) == q - j &&
          (q >= n || localLabelValueFits(in, j, q - j,
                                         text.substr(tokens[q].start, identifierEnd(text, tokens[q].start) - tokens[q].start)))) {
        category = named;
      }
      j = q;
    }
    // Where the number was read, between the label and its colon: "Driver's license in wallet:
    // L5688867", "MRN at sending facility: 00412345", "Member ID on card: W123456789" (a
    // preposition and one or two words, then the colon).
    if (j + 2 < n && isInlineSpace(gapBetween(in, j - 1, j), 1) && tokens[j].length() <= 4 &&
        (tokens[j].lower == "in" || tokens[j].lower == "on" || tokens[j].lower == "at" || tokens[j].lower == "from" ||
         tokens[j].lower == "per")) {
      for (std::size_t k = j + 1; k < n && k <= j + 2 && !tokens[k].hasDigit && tokens[k].length() <= 12; ++k) {
        const std::string_view gap = gapBetween(in, k - 1, k);
        if (gap != " ") break;
        if (k + 1 < n && (gapBetween(in, k, k + 1) == ": " || gapBetween(in, k, k + 1) == ":")) {
          j = k + 1;
          break;
        }
      }
    }
    // A serial's label names whose serial it is in up to three words before its colon, with or
    // without a preposition, as forms in other languages do: "Numéro de série du stimulateur :
    // PJN123456S", "Seriennummer des Geräts: ...", "Серийный номер аппарата: ...", "IMEI du
    // téléphone : ...", "S/N del equipo: ...".
    // (Not after a weak word of its own, "Device settings: 12345 rpm".)
    if (category == PhiCategory::Device && j + 1 < n && !tokens[j].hasDigit &&
        !(words == 1 && isWeakKeyword(tokens[i].lower)) && isInlineSpace(gapBetween(in, j - 1, j), 1)) {
      // (Not a lot's, a batch's or a kit's: "Numéro de série du lot : 22K0931" is the lot.)
      static constexpr std::array<std::string_view, 11> kBatchWords = {
          "lot", "lote", "lotto", "charge", "batch", "partida", "kit", "box", "caja", "\u043f\u0430\u0440\u0442\u0438\u0438",
          "\u0441\u0435\u0440\u0438\u0438"};
      for (std::size_t k = j; k < n && k <= j + 2 && !tokens[k].hasDigit && tokens[k].length() <= 24; ++k) {
        if (k > j && !(gapBetween(in, k - 1, k) == " " || gapBetween(in, k - 1, k) == "'")) break;
        if (listHas(kBatchWords, tokens[k].lower)) break;
        const std::string_view gap = k + 1 < n ? gapBetween(in, k, k + 1) : std::string_view{};
        if (gap == ": " || gap == ":" || gap == " : " || gap == " :") {
          j = k + 1;
          break;
        }
      }
    }
    // A mutual insurer's name stands between its word and the colon, up to four words: "Mutuelle
    // de la Fonction Publique : MFP/10442/17", "Mutuelle des enseignants : ..." (the member's
    // number of that cover).
    if (words == 1 && category == PhiCategory::HealthPlan && tokens[i].lower == "mutuelle" && j + 1 < n &&
        !tokens[j].hasDigit && isInlineSpace(gapBetween(in, j - 1, j), 1)) {
      for (std::size_t k = j; k < n && k <= j + 3 && !tokens[k].hasDigit && tokens[k].length() <= 24; ++k) {
        if (k > j && !(gapBetween(in, k - 1, k) == " " || gapBetween(in, k - 1, k) == "'")) break;
        const std::string_view gap = k + 1 < n ? gapBetween(in, k, k + 1) : std::string_view{};
        if (gap == ": " || gap == ":" || gap == " : " || gap == " :") {
          j = k + 1;
          break;
        }
      }
    }
    // A licence kept on file is the licence's number, not a file's: "Driver licence on file
    // F2258664" (the "file" would otherwise read the number as a record's).
    if (category == PhiCategory::License && j + 2 < n && tokens[j].lower == "on" && tokens[j + 1].lower == "file" &&
        isInlineSpace(gapBetween(in, j - 1, j), 1) && isInlineSpace(gapBetween(in, j, j + 1), 1) &&
        tokens[j + 2].hasDigit) {
      j += 2;
    }
    // The state before a plate is outside it: "plate AZ GJQ-3279", "PLATE GA 1DDM552". Two
    // capitals before digits alone are the plate's own letters: "plate NC 00275".
    if (category == PhiCategory::Vehicle && j + 1 < n && isStateCode(tokens[j]) && tokens[j].allCaps &&
        isInlineSpace(gapBetween(in, j, j + 1), 1) && isInlineSpace(gapBetween(in, j - 1, j), 1) &&
        !(tokens[j + 1].allDigits && tokens[j + 1].length() >= 4 && identifierEnd(text, tokens[j + 1].start) ==
                                                                        tokens[j + 1].end) &&
        text.substr(tokens[j + 1].start, 9).find_first_of("0123456789") <
            text.substr(tokens[j + 1].start, 9).find_first_of(",;\n")) {
      ++j;
    }
    // Skip fillers ("number", "is", "#") between keyword and value, at most three.
    // Words that are also ordinary nouns ("telephone encounter 6/22", "encounter the 24th")
    // need a "#", ":" or a word such as "number" before the value.
    const bool exportPair = exportPairAt(in, i, j);
    bool marked = gapBetween(in, j - 1, j).find_first_of("#:=") != std::string_view::npos ||
                  (words == 1 && tokens[i].lower == "tag") || exportPair || registration ||
                  // A number word before the label marks it too: "n° d'assuré 1 85 05 78 006 084 36".
                  ((category == PhiCategory::HealthPlan || category == PhiCategory::Account) &&
                   numberWordBeforeLabel(in, i));
    // A filler joined to digits by a dash is the value's prefix: "Biopsy S-18-053140".
    auto prefixOfValue = [&](std::size_t k) {
      return tokens[k].end + 1 < text.size() && text[tokens[k].end] == '-' && isDigit(text[tokens[k].end + 1]);
    };
    j += participleBetween(in, j);
    if (j < n) marked = marked || gapBetween(in, j - 1, j).find_first_of("#:=") != std::string_view::npos;
    // (OCR reads the "o" of "No." as a zero: "ID N0. 227728931" on a scanned identity card.)
    auto ocrNumberWord = [&](std::size_t k) {
      return tokens[k].lower == "n0" && tokens[k].end < text.size() && text[tokens[k].end] == '.' && k + 1 < n &&
             tokens[k + 1].hasDigit;
    };
    bool copula = false;  // an "is" among the fillers: the value is said in prose
    for (int skipped = 0; j < n && skipped < 3 &&
                          (((isFillerWord(tokens[j].lower) ||
                             (tokens[j].lower == "n" && text.substr(tokens[j].end, 3) == ".\u00ba") ||
                             // (Italian "n." before the number: "Fattura n. 2024/00123".)
                             (tokens[j].lower == "n" && text.substr(tokens[j].end, 2) == ". " && j + 1 < n &&
                              tokens[j + 1].hasDigit)) &&
                            !tokens[j].hasDigit) ||
                           ocrNumberWord(j)) &&
                          fillerGap(gapBetween(in, j - 1, j)) && !prefixOfValue(j);
         ++skipped) {
      const std::string_view filler = tokens[j].lower;
      // ("is" of other languages too: "el número de voucher es MED-2024-642380".)
      marked = marked || !(filler == "the" || filler == "is" || filler == "was" || filler == "of" || filler == "es" ||
                           filler == "est" || filler == "ist" || filler == "é");
      copula = copula || filler == "is" || filler == "es" || filler == "est" || filler == "ist" || filler == "é";
      ++j;
      if (j < n) marked = marked || gapBetween(in, j - 1, j).find_first_of("#:=") != std::string_view::npos;
    }
    // The participle may follow the fillers: "Policy number assigned: PA-1234567-12".
    if (j < n && j > i + words && participleBetween(in, j) > 0) {
      j += participleBetween(in, j);
      if (j < n) marked = marked || gapBetween(in, j - 1, j).find_first_of("#:=") != std::string_view::npos;
    }
    // A chat's or a call's question that names the number, answered on the next line: "agent: and
    // the claim number?" / "caller: CLM-2024-55812" (the question marks the label).
    bool answered = false;
    if (j < n) {
      if (const std::size_t a = answeredValueAt(in, j); a != j) {
        // (A speaker that is a label of its own is a form's next field: "MRN?\nNHS no: ...".)
        bool label = false;
        for (std::size_t s = j; s < a && !label; ++s) {
          PhiCategory other = category;
          // (The patient speaking is no label: "pt: 2123 45670 1", "Patient : 1 85 05 ...".)
          label = !tokens[s].hasDigit && tokens[s].lower != "pt" && tokens[s].lower != "patient" &&
                  matchKeyword(in, s, other) > 0;
        }
        if (!label) {
          j = a;
          answered = true;
          marked = true;
        }
      }
    }
    // A fixed-width form in capitals pads its label with spaces to the value's column: "CHAIR 12
    // MACHINE #7 MRN       00066485" (a label that is no ordinary word, and only spaces).
    const bool paddedColumn = j < n && j == i + words && tokens[i].allCaps &&
                              !(words == 1 && isWeakKeyword(tokens[i].lower)) &&
                              gapOnly(gapBetween(in, j - 1, j), " ", 16) && tokens[j].hasDigit;
    if (j >= n || !(answered || fillerGap(gapBetween(in, j - 1, j)) || exportPairAt(in, i, j) || paddedColumn ||
                    nextLineValueAt(in, i, j))) {
      continue;
    }
    // A full word and a full stop end a sentence: the next one's first word is no value ("billing
    // codes, not member numbers. PHQ-9 21"). Abbreviated labels keep their dot ("No. 4471", "Acct. 88").
    // So does a bracket closed before the full stop: "(..., not of a participant). NDC 0093-0538-01".
    // (Five characters, not bytes: the Nepali "नं." is an abbreviation of two.)
    // (A German compound abbreviated to its "-nr." keeps its dot too: "Seriennr. RNH123456S".)
    const std::string_view lastWord = text.substr(tokens[j - 1].start, tokens[j - 1].length());
    if (std::count_if(lastWord.begin(), lastWord.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }) >= 5 &&
        !tokens[j - 1].lower.ends_with("nr") &&
        (gapBetween(in, j - 1, j).starts_with(". ") || gapBetween(in, j - 1, j).starts_with("). "))) {
      continue;
    }
    if (words == 1 && (tokens[i].lower == "patient" || tokens[i].lower == "pt") &&
        gapBetween(in, i, i + 1).find_first_of("#=") == std::string_view::npos) {
      continue;
    }
    // A bare "ID" on an insurance line is the member's: "Member: DOE, JANE   ID W875526223".
    // So is one after the payer's name: "Insurance: Medicaid, ID W135683340", "Primary
    // insurance: BCBS  ID# XOD123456789".
    if (words == 1 && tokens[i].lower == "id" && category == PhiCategory::Mrn) {
      const std::string_view before = sameLineBefore(text, tokens[i].start, 64);
      // The ID of a piece of equipment is its serial: "Infusion pump ID CAD-4471234", "PERS unit
      // ID: PND1036712".
      if (i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1) && isEquipmentWord(tokens[i - 1].lower)) {
        category = PhiCategory::Device;
      } else if (rfindWordCaseless(before, "member") != std::string_view::npos ||
          rfindWordCaseless(before, "insurance") != std::string_view::npos ||
          rfindWordCaseless(before, "insurer") != std::string_view::npos ||
          rfindWordCaseless(before, "payer") != std::string_view::npos ||
          rfindWordCaseless(before, "subscriber") != std::string_view::npos ||
          rfindWordCaseless(before, "insured") != std::string_view::npos ||
          rfindWordCaseless(before, "medicaid") != std::string_view::npos ||
          rfindWordCaseless(before, "medicare") != std::string_view::npos ||
          // A new plan's number: "she has a new plan, id eky932005".
          rfindWordCaseless(before, "plan") != std::string_view::npos) {
        category = PhiCategory::HealthPlan;
        marked = true;
      }
    }
    // "Secondary:" is a coverage only under an insurance line: "PRIMARY INS: ... \nSECONDARY: X".
    if (words == 1 && (tokens[i].lower == "secondary" || tokens[i].lower == "tertiary")) {
      const std::size_t from = tokens[i].start > 120 ? tokens[i].start - 120 : 0;
      const std::string_view before = text.substr(from, tokens[i].start - from);
      if (gapBetween(in, i, i + 1).find(':') == std::string_view::npos ||
          (rfindWordCaseless(before, "ins") == std::string_view::npos &&
           rfindWordCaseless(before, "insurance") == std::string_view::npos &&
           rfindWordCaseless(before, "payer") == std::string_view::npos &&
           rfindWordCaseless(before, "coverage") == std::string_view::npos)) {
        continue;
      }
    }
    // "Your ref" in a letter to a records department is the hospital's own number for the
    // patient: "Medical Records Department ... Your ref: 00412345".
    if (words == 1 && (tokens[i].lower == "ref" || tokens[i].lower == "reference") && i > 0 &&
        tokens[i - 1].lower == "your" && isInlineSpace(gapBetween(in, i - 1, i), 1)) {
      const std::size_t from = tokens[i].start > 600 ? tokens[i].start - 600 : 0;
      if (rfindWordCaseless(text.substr(from, tokens[i].start - from), "records") != std::string_view::npos) {
        category = PhiCategory::Mrn;
      }
    }
    // The reference a letter asks its reader to quote is the service's number for the patient's
    // file: "call the Cancer Genetics Service ... and quote reference N6132598" (a hospital number).
    if (words == 1 && (tokens[i].lower == "ref" || tokens[i].lower == "reference") && i > 0 &&
        isInlineSpace(gapBetween(in, i - 1, i), 1) &&
        (tokens[i - 1].lower == "quote" ||
         (i > 1 && (tokens[i - 1].lower == "our" || tokens[i - 1].lower == "the" || tokens[i - 1].lower == "this") &&
          tokens[i - 2].lower == "quote" && isInlineSpace(gapBetween(in, i - 2, i - 1), 1)))) {
      category = PhiCategory::Mrn;
    }
    // A case of a patient-safety office, in brackets after the office's name, is its review of an
    // incident about the patient, an account like an incident system's number: "Requested by: ...,
    // Quality & Patient Safety (case QPS-1181-314)" (seed 3535). (An incident report's own "Case"
    // heading is left as seed 2020's family reads it.)
    if (words == 1 && tokens[i].lower == "case" && category == PhiCategory::Mrn && i > 1 &&
        tokens[i - 1].lower == "safety" && tokens[i - 2].lower == "patient" && gapBetween(in, i - 1, i) == " (") {
      category = PhiCategory::Account;
    }
    // A case about a person's death is a case file, an account: a probate case ("probate case
    // PR-24-01234"), a death-certification review ("Death Certification Review Service case
    // DCRS-2024-123"), the police's journal of a death ("Politiets journalnr.
    // 0100-12345-12345-24") (seed 3636).
    if (words == 1 && category == PhiCategory::Mrn && deathCaseLabel(in, i)) {
      category = PhiCategory::Account;
    }
    // A laboratory's reference standard or a genome build is no one's number: "accredited via the
    // laboratory, reference ISO 15189", "##reference=GRCh38" in a VCF header (seed 3636).
    if (words == 1 && (tokens[i].lower == "ref" || tokens[i].lower == "reference") && j < n &&
        standardOrBuildName(tokens[j].lower)) {
      continue;
    }
    // A microplate's number in a laboratory manifest is no vehicle's plate: "(plate P001, wells
    // A1-H12)" (seed 3636).
    if (category == PhiCategory::Vehicle && tokens[i].lower == "plate" && j < n &&
        wellsAfter(text, tokens[j].end)) {
      continue;
    }
    // A trial sponsor's reference numbers the adverse-event report, not a person: "SERIOUS ADVERSE
    // EVENT REPORT    Sponsor ref. SAE-36297".
    if (words == 1 && (tokens[i].lower == "ref" || tokens[i].lower == "reference") && i > 0 &&
        isInlineSpace(gapBetween(in, i - 1, i), 1) && tokens[i - 1].lower == "sponsor") {
      continue;
    }
    // A claimant's file at a benefits office (the VA's claim file) is the claim's account:
    // "Claimant's file no. 21933681", "VA file number 21933681".
    if (category == PhiCategory::Mrn && tokens[i].lower == "file" && i > 0) {
      const std::string_view gap = gapBetween(in, i - 1, i);
      const bool possessive = i > 1 && tokens[i - 1].lower == "s" && tokens[i - 2].lower == "claimant" &&
                              (gapBetween(in, i - 2, i - 1) == "'" || gapBetween(in, i - 2, i - 1) == "â");
      if (isInlineSpace(gap, 1) && (possessive || tokens[i - 1].lower == "claim" || tokens[i - 1].lower == "claims" ||
                                    tokens[i - 1].lower == "va" || tokens[i - 1].lower == "claimant")) {
        category = PhiCategory::Account;
      }
    }
    // A contract is the member's only on a line naming the Chilean insurers ("ISAPRE", "FONASA")
    // or the coverage ("previsión"); elsewhere it is any contract.
    if (words == 1 && tokens[i].lower == "contrato") {
      const std::string_view line = sameLineBefore(text, tokens[i].start, 80);
      if (rfindWordCaseless(line, "isapre") == std::string_view::npos &&
          rfindWordCaseless(line, "fonasa") == std::string_view::npos &&
          rfindWordCaseless(line, "previsión") == std::string_view::npos &&
          rfindWordCaseless(line, "prevision") == std::string_view::npos) {
        continue;
      }
    }
    // A reference of a booking, ticket, order or parcel numbers no person: "booking ref BK-12345".
    if (words == 1 && (tokens[i].lower == "ref" || tokens[i].lower == "reference") && i > 0 &&
        isInlineSpace(gapBetween(in, i - 1, i), 1)) {
      const std::string_view owner = tokens[i - 1].lower;
      if (owner == "booking" || owner == "ticket" || owner == "order" || owner == "batch" || owner == "tracking" ||
          owner == "shipment" || owner == "courier" || owner == "job") {
        continue;
      }
      // An action plan is the institution's answer to an audit or a root-cause analysis; its
      // reference numbers the quality project: "action plan ref. QI-2024-047" (seed 3535).
      if (owner == "plan" && i > 1 && tokens[i - 2].lower == "action" && isInlineSpace(gapBetween(in, i - 2, i - 1), 1)) {
        continue;
      }
    }
    // A booking of a service numbers the booking, not the person: "interpreter booking PK-363784",
    // and a code glued to a booking's reference is its prefix: "Booking ref MR-522750".
    if (words == 1 && tokens[i].lower == "booking" && i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1)) {
      const std::string_view owner = tokens[i - 1].lower;
      if (owner == "interpreter" || owner == "transport" || owner == "appointment" || owner == "respite" ||
          owner == "session" || owner == "taxi") {
        continue;
      }
    }
    if (words == 1 && tokens[i].length() <= 2 && i > 0 && (tokens[i - 1].lower == "ref" || tokens[i - 1].lower == "reference") &&
        isInlineSpace(gapBetween(in, i - 1, i), 1) && i + 1 < tokens.size() && gapBetween(in, i, i + 1) == "-") {
      continue;
    }
    // The ID of a session, an order or a message numbers that thing, not a person:
    // "session_id=tv-N75287I", "Order ID 4471230", "Transaction ID: TX-88120". The ID of an
    // interpreter or a translator is the staff member's: "Somali interpreter (Khadra, ID 40917)",
    // "Interpreter ID: 40917". Such a value is claimed as holding no PHI, so that no other rule
    // reads its shape (five digits are no ZIP here).
    bool notPerson = false;
    if (words == 1 && tokens[i].lower == "id" && category == PhiCategory::Mrn) {
      if (i > 0 && gapOnly(gapBetween(in, i - 1, i), " _-", 1) && !gapBetween(in, i - 1, i).empty() &&
          isThingOwnerWord(tokens[i - 1].lower)) {
        // ...but a language line's call ID is the patient's billed encounter, read by
        // scanCallPaymentIds: "Interpreter: Wilner Désir\nCall ID OPI13749745" (seed 3939).
        if (tokens[i - 1].lower == "call" && gapBetween(in, i - 1, i) == " " &&
            interpretingBefore(text, tokens[i - 1].start)) {
          continue;
        }
        notPerson = true;
      }
      // A caller ID is the caller's phone number, read by the phone rules: "Caller ID 1-546-978-6482".
      if (i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1) && tokens[i - 1].lower == "caller") continue;
      const std::string_view before = sameLineBefore(text, tokens[i].start, 40);
      const std::size_t staff = std::min(rfindWordCaseless(before, "interpreter"), rfindWordCaseless(before, "translator"));
      if (staff != std::string_view::npos && rfindWordCaseless(before.substr(staff), "patient") == std::string_view::npos) {
        notPerson = true;
      }
      // An employee's number is the employer's file about the person, and in an occupational
      // health record the employee is the patient: "Employee ID E138803" is an account. A staff
      // member's number is a colleague's ("Staff ID 40917 witnessed it") unless the line is the
      // subject's (see staffNumberOfSubject). (A badge may be the patient's wristband: "Badge
      // ID# 00482913".) A tax ID is the payee's (a practice, a records vendor): "Remit to: ... Tax
      // ID 41-4134867".
      if (i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1)) {
        const std::string_view owner = tokens[i - 1].lower;
        if (owner == "employee" || (owner == "staff" && staffNumberOfSubject(text, tokens[i - 1].start))) {
          category = PhiCategory::Account;
        } else if (owner == "staff" || owner == "tax") {
          notPerson = true;
        }
      }
      // A user ID of an app or a portal is the person's account with the service: "user_id=U482913377",
      // "User ID: 2JA6AC" (seed 3737).
      if (i > 0 && gapOnly(gapBetween(in, i - 1, i), " _-", 1) && !gapBetween(in, i - 1, i).empty() &&
          tokens[i - 1].lower == "user") {
        category = PhiCategory::Account;
      }
    }
    // After a town and a comma, "ID" before five digits (or ZIP+4) is Idaho and its ZIP, not a
    // label: "Pocatello, ID 83201", "fenmore, id  83706-1234" (an interpreter's "Khadra, ID
    // 40917" stays a staff number, claimed above).
    if (words == 1 && tokens[i].lower == "id" && !notPerson && i > 0 && gapBetween(in, i - 1, i) == ", " &&
        gapOnly(gapBetween(in, i, i + 1), " ", 2) && zipShape(text, tokens[i + 1].start)) {
      continue;
    }
    // A service's invoice is the vendor's bill to the clinic, not the patient's account:
    // "LANGUAGE SERVICES INVOICE  INV-24033", "Ambulance service invoice 55120".
    if (words == 1 && tokens[i].lower == "invoice" && i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1) &&
        (tokens[i - 1].lower == "services" || tokens[i - 1].lower == "service")) {
      notPerson = true;
    }
    // A general-ledger account is a line of the facility's own books, not a patient's account:
    // "GL account 4001-220", "G/L account 4001", "ledger account 7030".
    if (words == 1 && tokens[i].lower == "account" && i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1) &&
        (tokens[i - 1].lower == "gl" || tokens[i - 1].lower == "ledger" ||
         (tokens[i - 1].lower == "l" && i > 1 && tokens[i - 2].lower == "g" && gapBetween(in, i - 2, i - 1) == "/"))) {
      notPerson = true;
    }
    // A manufacturer's catalogue reference printed with its lot, as an implant's or a device's
    // sticker is copied into an operation note, numbers the product, not the patient: "acetabular
    // cup REF 2231-08-114, LOT 7K3310", "Mesh 10 x 15 cm REF PMX1015, LOT QQ0412" (claimed as no
    // PHI so that no shape rule reads it; a payer's "Ref # PA-4458" has no lot after it).
    if (words == 1 && (tokens[i].lower == "ref" || tokens[i].lower == "reference") && j < n &&
        catalogueWithLot(in, j)) {
      notPerson = true;
    }
    // The licence of a facility, a pharmacy or a laboratory is the establishment's, printed in an
    // operation note's or a letter's heading: "Facility licence MOH/HF/2021/0877" (a clinician's
    // and a driver's licence stay licences).
    if (words == 1 && (tokens[i].lower == "licence" || tokens[i].lower == "license") && i > 0 &&
        isInlineSpace(gapBetween(in, i - 1, i), 1) && isEstablishmentWord(tokens[i - 1].lower)) {
      notPerson = true;
    }
    // A tax number on the line of a facility's name is the facility's, printed in its letterhead:
    // "HOSPITAL PRIVADO - NUIT 400123456 - Av. 25 de Setembro", "Clínica São Lucas, NIF 501234567"
    // (a patient's own NUIT stands on the patient's line: "BI: 110100123456A  NUIT: 123456789").
    if (words == 1 && category == PhiCategory::License && facilityTaxLabel(tokens[i].lower) &&
        facilityNameBefore(text, tokens[i].start)) {
      notPerson = true;
    }
    // A certificate of a thing done to records or equipment numbers that act, not a person: the
    // shredding contractor's "Destruction certificate DC-71248" on a retention list (seed 3838),
    // "Calibration certificate CC-2231".
    if (words == 1 && (tokens[i].lower == "certificate" || tokens[i].lower == "cert") && i > 0 &&
        isInlineSpace(gapBetween(in, i - 1, i), 1) &&
        listHas({"destruction", "disposal", "shredding", "calibration", "conformity"}, tokens[i - 1].lower)) {
      notPerson = true;
    }
    // The French "police" (an insurance policy) is read only on a line of insurance, a letter
    // first: "Assurance : police POL-5811-792485"; elsewhere it is the police.
    if (words == 1 && tokens[i].lower == "police" && category == PhiCategory::HealthPlan &&
        !(j < n && isAsciiAlpha(text[tokens[j].start]) && insuranceLineBefore(text, tokens[i].start))) {
      continue;
    }
    // A drug test's chain-of-custody specimen ID is the code that keeps the donor's identity
    // away from the laboratory (the donor is named only on the collector's copy), a code of the
    // kind HIPAA allows to stay (45 CFR 164.514(c)): "CUSTODY AND CONTROL FORM  Specimen ID
    // K74896J", "Specimen ID 079934616 split at 09:40, seal intact". A hospital specimen's number
    // ("SPECIMEN ID: S24-01873", "Specimen # 22-1187") stays a record number.
    if (words == 1 && tokens[i].lower == "specimen" && custodyLine(text, tokens[i].start, tokens[i].end)) {
      notPerson = true;
    }
    // A hospital's FIN (financial number) is an account, but the German FIN (Fahrzeug-
    // Identifizierungsnummer) is a car's VIN: "Mietwagen: W-742 NF, FIN BLH33V83RN3861689" is left
    // to the VIN rule.
    if (words == 1 && tokens[i].lower == "fin" && i + 1 < tokens.size() && vinShaped(text, tokens[i + 1])) continue;
    // New Zealand's NHI is three letters and four characters, never dashed; a number that carries
    // the scheme's own prefix and dashes is a national health insurance card's ("NHI No.:
    // NHI-18-011779", Laos's).
    if (words <= 2 && tokens[i].lower == "nhi" && category == PhiCategory::Mrn && j < n &&
        tokens[j].start + 6 < text.size() && startsCaselessAt(text, tokens[j].start, "nhi-") &&
        isDigit(text[tokens[j].start + 4])) {
      category = PhiCategory::HealthPlan;
    }
    // A "fin" before seven letters and digits mixed is the Azerbaijani personal code (FİN) typed
    // without its dotted İ, as chats write it ("fin bm2995k"): a US financial number is digits.
    if (words == 1 && tokens[i].lower == "fin" && category == PhiCategory::Account && i + 1 < tokens.size() &&
        tokens[i + 1].length() == 7 && tokens[i + 1].hasLetter && tokens[i + 1].hasDigit &&
        identifierEnd(text, tokens[i + 1].start) == tokens[i + 1].end) {
      category = PhiCategory::Mrn;
    }
    // A travel insurer's file ("Seguro de viaje: póliza …, expediente CL2024-…") is a claim's.
    if (words == 1 && tokens[i].lower == "expediente" && category == PhiCategory::Mrn && coverageCase(in, i)) {
      category = PhiCategory::Account;
    }
    // A poison centre's case number is a billing-side account, not a specimen number.
    if (words == 1 && tokens[i].lower == "case" && category == PhiCategory::Mrn) {
      const std::size_t from = tokens[i].start > 160 ? tokens[i].start - 160 : 0;
      if (rfindWordCaseless(text.substr(from, tokens[i].start - from), "poison") != std::string_view::npos) {
        category = PhiCategory::Account;
      }
      // A child-welfare agency's or a paternity laboratory's case is its file about the persons.
      if (familyAgencyCase(in, i)) category = PhiCategory::Account;
      // An insurer's, an assistance company's or a visa service's case is its file on the person.
      if (coverageCase(in, i)) category = PhiCategory::Account;
      // A refugee household's case is UNHCR's registration file on it: "KAKUMA REFUGEE CAMP ...
      // UNHCR individual no.: 176-00012345    Case no.: KAK-16C01234".
      {
        const std::size_t back = tokens[i].start > 300 ? tokens[i].start - 300 : 0;
        const std::string_view before = text.substr(back, tokens[i].start - back);
        if (rfindWordCaseless(before, "unhcr") != std::string_view::npos ||
            rfindWordCaseless(before, "refugee") != std::string_view::npos) {
          category = PhiCategory::Account;
        }
      }
      // The case of an incident report numbers the event, not a person: "SECURITY INCIDENT
      // REPORT   Case 24-29420".
      if (rfindWordCaseless(sameLineBefore(text, tokens[i].start, 80), "incident") != std::string_view::npos) {
        notPerson = true;
      }
    }
    // A copied Medicaid or Medicare card's ID is the recipient's cover, its case the eligibility file.
    if (words <= 2 && category == PhiCategory::Mrn && (tokens[i].lower == "id" || tokens[i].lower == "case") &&
        belowPublicCoverCard(in, i)) {
      category = tokens[i].lower == "id" ? PhiCategory::HealthPlan : PhiCategory::Account;
    }
    // "Staff no. E114666" on a colleague's line is no PHI of the patient (as "Staff ID" above).
    if (words == 2 && tokens[i].lower == "staff" && !staffNumberOfSubject(text, tokens[i].start)) notPerson = true;
    // A payer's ID is the insurer's electronic number on a claim, no person's: "Payer ID 60054"
    // (the member's ID after the payer's name stays the member's: "Payer: Aetna  ID W123456789").
    if (words == 1 && tokens[i].lower == "id" && i > 0 && tokens[i - 1].lower == "payer" &&
        isInlineSpace(gapBetween(in, i - 1, i), 1)) {
      notPerson = true;
    }
    // In French, the NPI is the person's own number (Benin's numéro personnel d'identification,
    // the person number records are keyed on, "mrn" as PESEL), not a prescriber's: "Âge : 71 ans
    // NPI : 1204487731", "AHOUANDJINOU KOFFI NPI 1204487731 NÉ(E) LE ...", "votre carte avec le npi".
    if (words == 1 && tokens[i].lower == "npi" && frenchPersonNpi(in, i, j)) {
      category = PhiCategory::Mrn;
    } else {
      notPerson = notPerson || numbersNoPatientFile(in, i, words);
    }
    // A model year and a make after "VEH:" describe the car, not its plate: "VEH: 2018 SUBARU".
    if (category == PhiCategory::Vehicle && (tokens[i].lower == "veh" || tokens[i].lower == "vehicle") &&
        modelYearAt(in, j)) {
      continue;
    }
    // French "immatriculation" is also a person's enrolment with a social-security fund, named
    // before the number: "immatriculation CNSS 994856370" is the coverage, no plate (a plate's
    // letters are never followed by seven digits or more).
    if (category == PhiCategory::Vehicle && tokens[i].lower == "immatriculation" && j + 1 < n &&
        tokens[j].allCaps && !tokens[j].hasDigit && tokens[j].length() >= 3 && tokens[j].length() <= 6 &&
        tokens[j + 1].allDigits && tokens[j + 1].length() >= 7 && isInlineSpace(gapBetween(in, j, j + 1), 1)) {
      out.push_back({tokens[j + 1].start, tokens[j + 1].end, PhiCategory::HealthPlan, priority::kKeywordId});
      continue;
    }
    if (category == PhiCategory::Device && (instrumentSerial(text, tokens[i].start) || passSerial(in, i))) {
      notPerson = true;
    }
    // A plate said in prose after its label and "is" is marked by its capitals and digits: "la
    // placa es ABC-1234", "a placa é ABC1D23", "the plate is 7XYZ123" (not "la placa es 12 cm").
    if (copula && category == PhiCategory::Vehicle && !marked && j > i + words) {
      marked = copulaBeforePlate(in, j - 1);
    }
    bool weak = words == 1 && isWeakKeyword(tokens[i].lower) && !marked;
    if (weak && isMarkOnlyLabel(tokens[i].lower)) continue;
    // A booking after the person in custody is the jail's number without a "#": "Inmate Jane
    // Doe, booking 25102618, refused insulin" (not "after booking 2 visits").
    if (weak && tokens[i].lower == "booking" && custodyLineBefore(text, tokens[i].start)) weak = false;
    const std::size_t start = tokens[j].start;
    std::size_t end = identifierEnd(text, start);
    // A letters-only first part joins the next part: plates "ABC 1234", policy "XQZ 884120".
    std::string_view value = text.substr(start, end - start);
    // A form's designation in brackets after a card's or a form's title numbers the form, not the
    // person: "FIELD MEDICAL CARD (DD 1380)", "(SF 600)" (a series of up to three capitals, a space
    // and up to four digits, closed by the bracket).
    if (category != PhiCategory::Vehicle && gapBetween(in, j - 1, j).ends_with('(')) {
      std::size_t k = start;
      while (k < text.size() && k - start < 3 && isUpper(text[k])) ++k;
      if (k > start && k + 1 < text.size() && text[k] == ' ') {
        const std::size_t digits = digitRun(text, k + 1);
        if (digits >= 2 && digits <= 4 && k + 1 + digits < text.size() && text[k + 1 + digits] == ')') continue;
      }
    }
    // A plate's letters may hold a dash: a German district and its letters, "Y-AT 7151".
    // So may a passport's series: Turkmenistan's "I-AH 552019" (a roman numeral and two letters).
    const bool dashedLetters = (category == PhiCategory::Vehicle || category == PhiCategory::License) &&
                               value.find('-') != std::string_view::npos;
    bool upperLetters = !value.empty() && value.size() <= (dashedLetters ? 5 : 4);
    for (char c : value) upperLetters = upperLetters && (isUpper(c) || (dashedLetters && c == '-'));
    // Capitals that are a label of their own name the card under a general label, and the number
    // is that label's: "Försäkring: EHIC 80228 6564704006" (read when the scan reaches "EHIC"). A
    // plate's letters may spell a label: "REGISTRATION SN 634SW".
    // But capitals that repeat the label, or that the scan would not read as one, are the number's
    // own prefix: a scheme prints its name in its members' numbers ("MASM: MASM 072739/06"), and a
    // prison service its initials in its inmates' ("Inmate #: DOC 8632248"; a bare "DOC" labels
    // only with its "#").
    if (upperLetters && !tokens[j].hasDigit && category != PhiCategory::Vehicle) {
      PhiCategory inner = category;
      const bool repeated = tokens[j].lower == tokens[i + words - 1].lower;
      const bool bareDoc = tokens[j].lower == "doc" && j + 1 < n &&
                           gapBetween(in, j, j + 1).find('#') == std::string_view::npos;
      if (!repeated && !bareDoc && matchKeyword(in, j, inner) > 0) continue;
    }
    // A date is never the second part: "CHART ON 2016-04-01" is a chart dated that day, and
    // "VISIT JUNE 2023" a month.
    // A preposition in capitals is no plate prefix: "MOVE THE NEXT VISIT TO 20190506".
    // In mixed case a plate's capitals may spell one ("plate BY 60653"): only a keyword in
    // capitals says the note is upper-cased whole.
    // After a colon or "#" they are a plate's letters all the same: "PLATE: BY 41180".
    const bool plateMarked = category == PhiCategory::Vehicle &&
                             gapBetween(in, j - 1, j).find_first_of(":#") != std::string_view::npos;
    if (upperLetters && !plateMarked && (category != PhiCategory::Vehicle || tokens[i].allCaps) && (value == "TO" || value == "ON" || value == "AT" || value == "IN" || value == "OF" ||
                         value == "FOR" || value == "BY" || value == "IS" || value == "AND")) {
      upperLetters = false;
    }
    // A counted thing in capitals is no prefix either: "MEDICARE ITEM 10962", "CLAIM LINE 2041".
    if (upperLetters && (value == "ITEM" || value == "LINE" || value == "PAGE" || value == "ROOM" || value == "BED" ||
                         value == "STEP" || value == "DOSE" || value == "CODE" || value == "DAY")) {
      upperLetters = false;
    }
    // A court's file is its department, register and number, each part spaced: Slovenian "Opr.
    // št. I P 8045/2023" (department I, civil register P). The capitals of one or two letters
    // join the register's before the number.
    if (upperLetters && category == PhiCategory::Account && value.size() <= 2 && end + 4 < text.size() &&
        text[end] == ' ' && isUpper(text[end + 1])) {
      std::size_t k = end + 1;
      while (k < text.size() && isUpper(text[k]) && k - end <= 3) ++k;
      if (k - end - 1 <= 2 && k + 1 < text.size() && text[k] == ' ' && digitRun(text, k + 1) >= 3) end = k;
    }
    if (upperLetters && end + 1 < text.size() && text[end] == ' ' && digitRun(text, end + 1) >= 3) {
      const std::size_t next = identifierEnd(text, end + 1);
      const std::string_view second = text.substr(end + 1, next - end - 1);
      const bool monthYear = isShortMonth(value) && second.size() == 4 && digitRun(second, 0) == 4 &&
                             (second.starts_with("19") || second.starts_with("20"));
      if (!monthYear && !looksLikeDate(second)) {
        end = next;
        value = text.substr(start, end - start);
        // A licence of one letter and groups of three digits, as Michigan prints it: "M 123 456
        // 789 012".
        if (category == PhiCategory::License && value.find(' ') == 1 && second.size() == 3 &&
            digitRun(second, 0) == 3) {
          while (end + 4 <= text.size() && text[end] == ' ' && digitRun(text, end + 1) == 3 &&
                 (end + 4 == text.size() || !isWordByte(text[end + 4]))) {
            end += 4;
          }
          value = text.substr(start, end - start);
        }
        // A Nigerian plate ends with a second group of capitals: "MAM 544 FS".
        if (category == PhiCategory::Vehicle && second.size() == 3 && digitRun(second, 0) == 3 && end + 3 <= text.size() &&
            text[end] == ' ' && isUpper(text[end + 1]) && isUpper(text[end + 2]) &&
            (end + 3 == text.size() || !isWordByte(text[end + 3]))) {
          end += 3;
          value = text.substr(start, end - start);
        }
      }
    }
    if (category == PhiCategory::License) {
      end = myanmarNrcEnd(text, start, end);
      value = text.substr(start, end - start);
    }
    // The issuing state written onto a licence or a plate is outside it: "Lic/St: D1234567/TX".
    if ((category == PhiCategory::License || category == PhiCategory::Vehicle) && end - start > 5 &&
        text[end - 3] == '/' && isUpper(text[end - 2]) && isUpper(text[end - 1])) {
      end -= 3;
      value = text.substr(start, end - start);
    }
    // A short group of digits and, after one space, a dashed number with letters are one number: a
    // policy printed "566 4543-Q87-82A".
    if (category != PhiCategory::Vehicle && end - start >= 2 && end - start <= 4 && digitRun(text, start) == end - start &&
        end + 1 < text.size() && text[end] == ' ' && isDigit(text[end + 1])) {
      const std::size_t next = identifierEnd(text, end + 1);
      const std::string_view second = text.substr(end + 1, next - end - 1);
      if (second.find('-') != std::string_view::npos &&
          std::any_of(second.begin(), second.end(), [](char c) { return isAsciiAlpha(c); }) &&
          !looksLikeDate(second) && strongIdentifierValue(second)) {
        end = next;
        value = text.substr(start, end - start);
      }
    }
    // A plate written digits first, then a group of capitals: "plate 487 NFI", "PLATE 596 USM"
    // (the digits alone are too short a value).
    if (category == PhiCategory::Vehicle && end - start <= 4 && digitRun(text, start) == end - start &&
        end + 1 < text.size() && text[end] == ' ' && isUpper(text[end + 1])) {
      const std::size_t plate = plateEnd(text, start, false, true);
      if (plate > end && (plate == text.size() || !isWordByte(text[plate]))) {
        end = plate;
        value = text.substr(start, end - start);
      }
    }
    // A British plate is two letters and two digits, then three letters: "AB12 CDE".
    if (category == PhiCategory::Vehicle && end - start == 4 && isUpper(text[start]) && isUpper(text[start + 1]) &&
        digitRun(text, start + 2) == 2 && end + 4 <= text.size() && text[end] == ' ' && isUpper(text[end + 1]) &&
        isUpper(text[end + 2]) && isUpper(text[end + 3]) && (end + 4 == text.size() || !isWordByte(text[end + 4]))) {
      end += 4;
      value = text.substr(start, end - start);
    }
    if (category == PhiCategory::Vehicle) {
      // A Mongolian plate's province in Cyrillic after its four digits: "Улсын дугаар: 1234 УБА".
      if (const std::size_t mongolian = mongolianPlateEnd(text, start); mongolian > end) end = mongolian;
      end = plateGroupsEnd(text, start, end);
      end = russianPlateRegionEnd(text, start, end);
      // (In a note in capitals a closing group of capitals may be a word: "PLACA: ABC 1234 EN".)
      end = thirdPlateGroupEnd(text, start, end, !tokens[i].allCaps);
      value = text.substr(start, end - start);
    }
    // A chat in lower case writes the plate so: "car plate yku 8616", "plate 090 dhh" (three
    // letters that are no English word, and three or four digits, either first).
    if (category == PhiCategory::Vehicle && tokens[i].lower == "plate") {
      if (const std::size_t plate = lowerCasePlateEnd(text, start); plate > start) {
        out.push_back({start, plate, PhiCategory::Vehicle, priority::kKeywordId});
        continue;
      }
    }
    // After a label that is no ordinary word, or one marked by "#", ":" or "number", digits
    // printed in spaced groups are one number: "Chart # 005 574 44", "MRN: 086 453 56".
    std::size_t groupsEnd = spacedGroupsEnd(text, start, end, weak);
    // National numbers in their own spaced layouts: "N° de sécurité sociale : 1 75 11 06 345 407 28".
    if (groupsEnd == end && !weak && category != PhiCategory::Vehicle) {
      groupsEnd = nationalGroupsEnd(text, start, end);
      // The Rwandan national ID's six groups ("1 1990 8 0012345 1 23") are the identity card's
      // number after whatever label a form gives it ("ID :", "National ID:").
      if (groupsEnd != end && end - start == 1 && category == PhiCategory::Mrn) category = PhiCategory::License;
    }
    // A bank account after its marked label is printed in its bank's groups of digits, wider than a
    // record number's: Spain's CCC "0049 1500 05 1234567892", Finland's reference "12345 67890
    // 12345" (groups of two digits or more, ten digits or more in all; a date, an amount or a
    // code after it ends them).
    if (category == PhiCategory::Account && marked && digitRun(text, start) == end - start) {
      std::size_t k = groupsEnd;
      std::size_t digits = 0;
      for (std::size_t c = start; c < groupsEnd; ++c) digits += isDigit(text[c]);
      while (k + 1 < text.size() && text[k] == ' ' && isDigit(text[k + 1])) {
        const std::size_t run = digitRun(text, k + 1);
        const std::size_t next = k + 1 + run;
        if (run < 2 || digits + run > 34 ||
            (next < text.size() && (isWordByte(text[next]) || text[next] == '.' || text[next] == ',' ||
                                    text[next] == '/' || text[next] == ':' || text[next] == '-'))) {
          break;
        }
        digits += run;
        k = next;
      }
      if (k != groupsEnd && digits >= 10) groupsEnd = k;
    }
    // A passport or a driving licence of the Russian pattern (Russia, Kazakhstan's older books,
    // Kyrgyzstan, Tajikistan, Belarus's series) is its series of four digits, whole or in two
    // pairs, and its number of six: "Паспорт № 4510 123456", "водительское удостоверение 77 12
    // 345678".
    if (groupsEnd == end && !weak && category == PhiCategory::License && end - start == 4 &&
        digitRun(text, start) == 4 && end + 7 <= text.size() && text[end] == ' ' && digitRun(text, end + 1) == 6 &&
        (end + 7 == text.size() || !isWordByte(text[end + 7]))) {
      groupsEnd = end + 7;
    }
    if (groupsEnd == end && !weak && category == PhiCategory::License && end - start == 2 &&
        digitRun(text, start) == 2 && end + 10 <= text.size() && text[end] == ' ' && digitRun(text, end + 1) == 2 &&
        text[end + 3] == ' ' && digitRun(text, end + 4) == 6 && (end + 10 == text.size() || !isWordByte(text[end + 10]))) {
      groupsEnd = end + 10;
    }
    // Russia's SNILS is three groups of three digits and, after a space, a check pair: "СНИЛС
    // 123-456-789 01".
    if (groupsEnd == end && !weak && category == PhiCategory::License && end - start == 11 &&
        digitRun(text, start) == 3 && text[start + 3] == '-' && digitRun(text, start + 4) == 3 &&
        text[start + 7] == '-' && digitRun(text, start + 8) == 3 && end + 3 <= text.size() && text[end] == ' ' &&
        digitRun(text, end + 1) == 2 && (end + 3 == text.size() || !isWordByte(text[end + 3]))) {
      groupsEnd = end + 3;
    }
    // Guatemala's DPI/CUI is printed in groups of four, five and four digits, a layout no dose or
    // count has: "DPI 2456 78901 0101".
    if (groupsEnd == end && words == 1 && (tokens[i].lower == "dpi" || tokens[i].lower == "cui") &&
        end - start == 4 && digitRun(text, start) == 4 && end + 11 <= text.size() && text[end] == ' ' &&
        digitRun(text, end + 1) == 5 && text[end + 6] == ' ' && digitRun(text, end + 7) == 4 &&
        (end + 11 == text.size() || !isWordByte(text[end + 11]))) {
      groupsEnd = end + 11;
    }
    const bool spacedWeak = weak && groupsEnd != end;  // "Chart 4827 2844 9"
    end = groupsEnd;
    // Quebec's health insurance number (RAMQ) is four capitals (three of the surname, one of the
    // given name) and eight digits (birth year, month, day, a check pair), printed in three groups
    // of four: "RAMQ : MARG 8406 0425".
    if (category == PhiCategory::HealthPlan && !weak) end = ramqGroupsEnd(text, start, end);
    value = text.substr(start, end - start);
    // A trial knows its participant by site and subject number: "Subject 104-017", "deelnemer 12-0345".
    const bool participant = ((words == 1 && (tokens[i].lower == "subject" || tokens[i].lower == "participant" ||
                                              tokens[i].lower == "deelnemer" || tokens[i].lower == "record")) ||
                              tokens[i].lower == "enrolled") &&
                             siteSubjectShape(value);
    if (tokens[i].lower == "enrolled" && !participant && !strongIdentifierValue(value)) continue;
    // A cédula printed in thousands groups ("cédula 2.379.047", "CI 4.123.456-7", Uruguay's with
    // its check digit) is the card's number after a card's label, though an amount has its shape.
    const bool dottedCard = category == PhiCategory::License && dottedCedulaShape(value);
    if (!looksLikeIdentifier(value) ||
        (weak && !spacedWeak && !participant && !dottedCard && !strongIdentifierValue(value))) {
      continue;
    }
    // An incident report's label of two ordinary words reads only a record number's shape: not
    // "incident report 2024 summary", "événement indésirable 3 fois".
    // (The French word is matched by its ASCII tail: "événement", "ÉVÉNEMENT" lowered as "Év…".)
    if (words == 2 && (tokens[i].lower == "incident" || tokens[i].lower.ends_with("nement")) &&
        !marked && !strongIdentifierValue(value)) {
      continue;
    }
    // A security or privacy incident's report is the organisation's file on an event, not on one
    // patient's care: "SECURITY INCIDENT REPORT IR-12522", "PRIVACY INCIDENT REPORT PI-73000".
    if (words == 2 && tokens[i].lower == "incident" && i > 0) {
      static constexpr std::string_view kOrganisational[] = {"security", "privacy", "data", "cyber", "it", "breach", "network"};
      if (listHas(kOrganisational, tokens[i - 1].lower)) continue;
    }
    // After an ordinary word a span of years is a period, no number: "estimate 2024-2025".
    if (weak && value.size() == 9 && value[4] == '-' && digitRun(value, 0) == 4 && digitRun(value, 5) == 4 &&
        (value.starts_with("19") || value.starts_with("20"))) {
      continue;
    }
    // A count joined to its unit word is a quantity, never a number: "MR 10-dose vial", "OPV
    // 20-dose", "a 5-day course" (up to three digits, a hyphen, then a word of only lower-case
    // letters, or of capitals where the label too is in capitals: "MR 10-DOSE VIAL"; a group
    // number "GROUP 070215-JL" has more digits).
    if (const std::size_t run = digitRun(value, 0); run > 0 && run <= 3 && run + 3 < value.size() && value[run] == '-') {
      const auto unit = value.substr(run + 1);
      if (std::all_of(unit.begin(), unit.end(), [](char ch) { return isLower(ch); }) ||
          (tokens[i].allCaps && std::all_of(unit.begin(), unit.end(), [](char ch) { return isUpper(ch); }))) {
        continue;
      }
    }
    // A bare "ID" that begins its line under a person's name, or follows the name after a comma,
    // is that person's identity number, as civil and public-health forms print it ("Name: Hilma
    // !Naobeb\nID No.: 05021389036", "Mother: Selma Gaoses, ID 75120318234, age 39"): the
    // number of the identity card, "license". A hospital's patient ID carries its own word ("Pt
    // ID", "Patient ID") or stands in a padded column after the name ("Name: X   ID: 00482913").
    if (words == 1 && tokens[i].lower == "id" && category == PhiCategory::Mrn && value.size() >= 7 &&
        cardNumberShape(value) && personIdentityLine(in, i)) {
      category = PhiCategory::License;
    }
    // Indonesia's "STR" (a clinician's registration) is also a street's abbreviation: only a number
    // that carries it, "STR=150/STR/4005", is read after it (seed 3737).
    if (words == 1 && tokens[i].lower == "str" && value.find("/STR/") == std::string_view::npos &&
        value.find("/str/") == std::string_view::npos) {
      continue;
    }
    // "TC" is also total cholesterol and a cell count: only the T.C. Kimlik number's shape, eleven
    // digits not starting with zero, is read after it.
    if (tokens[i].lower == "tc" && (value.size() != 11 || digitRun(value, 0) != 11 || value[0] == '0')) continue;
    // An acronym of the world's labels that is also a clinical abbreviation reads only a number
    // of its identifier's length: "CC: 1020304050" (a cédula), not "CC: 1500" or "CI: 1.12-2.34".
    if (!localLabelValueFits(in, i, words, value) && !(words == 1 && soldierMatricule(in, i))) continue;
    if (tokens[i].lower == "intake" &&
        (!strongIdentifierValue(value) || !intakeNumber(value, gapBetween(in, j - 1, j)))) {
      continue;
    }
    // After an ordinary word a number with a unit is a quantity: "INS 12500 ML" (intake).
    if (words == 1 && isWeakKeyword(tokens[i].lower) && quantityAfter(text, end)) continue;
    // A bill's label before a sum of money labels the sum: "Total factura: 1.234,56 €", "Invoice
    // amount: 120.50", "Счёт: 1500 руб." (decimals, or a currency after the number).
    if ((category == PhiCategory::Account || category == PhiCategory::HealthPlan) && moneyAfter(text, end)) continue;
    // "Secondary:" and "Tertiary:" are ordinary words even with their colon: a plan number has
    // four digits or more ("W69636077", "7IX3-YJ5-TH71"; not "2nd-degree").
    if (words == 1 && (tokens[i].lower == "secondary" || tokens[i].lower == "tertiary") &&
        std::count_if(value.begin(), value.end(), [](char c) { return isDigit(c); }) < 4) {
      continue;
    }
    // An ordinary noun before a date labels the date: "Visit: 03/14/2023", "Claim: 2023-03-14".
    // Unmarked, eight digits that read as a date are one too: "Next visit 20180415".
    if (words == 1 && isWeakKeyword(tokens[i].lower) && (looksLikeDate(value) || (!marked && compactDate(value)))) {
      continue;
    }
    // An address of a network ("IP no. 10.0.0.5") is no inpatient number.
    // (Each part of it is at most 255: "756.1234.5678.97" is a Swiss AHV number, "1.020.304.050" a
    // cédula in thousands.)
    if (std::count(value.begin(), value.end(), '.') == 3 && digitRun(value, 0) > 0 && digitRun(value, 0) <= 3 &&
        dottedOctets(value)) {
      continue;
    }
    // A bare "ID" before a South African identity number labels the person's identity card:
    // "ID no. 8501015800088" (its layout carries the birth date and the citizenship digit).
    if (category == PhiCategory::Mrn && ((words == 1 && tokens[i].lower == "id" && southAfricanIdShape(value)) ||
                                         zimbabweanIdShape(value))) {
      category = PhiCategory::License;
    }
    // "CPR" labels two numbers: the Danish and Greenlandic personal number keying every record
    // (ten digits, "DDMMYY-SSSS") and Bahrain's CPR, the number of the identity smart card, nine
    // plain digits ("CPR: 020413325", seed 3434): the card's number is "license".
    if (category == PhiCategory::Mrn && tokens[i].lower == "cpr" && value.size() == 9 && digitRun(value, 0) == 9) {
      category = PhiCategory::License;
    }
    // Some labels of the world's table are shared by a card's number and a personal number that
    // keys every record of the person ("mrn", like PESEL), told apart by the number's layout:
    // "NISS" is Portugal's social security number (eleven plain digits) and Belgium's national
    // register number, which "numéro national" also labels, printed "YY.MM.DD-NNN.CC" (a layout
    // no card number of another country has); "CI" is the cédula of Venezuela, Ecuador and
    // Bolivia (up to ten digits) and Cuba's permanent identity number, eleven plain digits.
    if (category == PhiCategory::License &&
        (belgianNationalNumberShape(value) ||
         (words == 1 && tokens[i].lower == "ci" && value.size() == 11 && digitRun(value, 0) == 11))) {
      category = PhiCategory::Mrn;
    }
    // A court's docket or case is a proceeding, not a file about the person, unless the
    // proceeding is about the person's mental health (see mentalHealthProceeding()): then it is
    // an account, and so is the rôle général number of a Belgian justice of the peace that hears
    // it, "R.G. n° 2024/0999/B" (no Brazilian RG has a slash).
    const bool courtCase = words == 2 && (tokens[i].lower == "docket" ||
                                          (tokens[i].lower == "broj" && tokens[i + 1].lower == "predmeta") ||
                                          (tokens[i].lower == "review" && tokens[i + 1].lower == "case"));
    if (courtCase && !mentalHealthProceeding(in, i)) continue;
    // A bare "Client" labels the client's file only with its number sign ("Client # OST-39069"):
    // an answering service's "client code LMK-04" is the practice's account with the service.
    if (words == 1 && tokens[i].lower == "client" &&
        text.substr(tokens[i].end, start - tokens[i].end).find('#') == std::string_view::npos) {
      continue;
    }
    if (category == PhiCategory::License && words == 2 && tokens[i].lower == "r" && tokens[i + 1].lower == "g" &&
        value.find('/') != std::string_view::npos && mentalHealthProceeding(in, i)) {
      category = PhiCategory::Account;
    }
    // A council's acronym reads a doctor's registration number only after the doctor's name, the
    // number unbracketed: "Ooi Wei Jie, MMC 21915", "Huamán - CMP 54299", "Benkirane INPE 61688";
    // not a test and its billing code, "TESTS: CMP (80053)".
    if (isCouncilAcronym(in, i, words) && !doctorRegistrationAt(in, i, j)) {
      // A form's "Reg. no.:" field that follows no doctor's name is the patient's registration at
      // the hospital, as South Asian admission and outpatient tickets print it ("Male, from
      // Kurigram Reg. no.: 41-4687-06", seed 3535).
      const bool formField = words == 2 && tokens[i].lower == "reg" &&
                             text.substr(tokens[i + 1].end, start - tokens[i + 1].end).find(':') != std::string_view::npos;
      if (!formField) continue;
      category = PhiCategory::Mrn;
    }
    out.push_back({start, end, category, priority::kKeywordId, notPerson});
    if (category == PhiCategory::Device && !notPerson) spareSerialAfter(text, end, out);
    while (i + 1 < n && tokens[i + 1].start < end) ++i;
  }
}

namespace {

// GS1 UDI in human-readable form: "(01)00844588003288(17)280301(10)LOT7(21)M4I2-40295". The
// device identifier (01), dates (11)/(17) and lot (10) are outside; the serial after (21) is the
// device's own identifier. Labels print the elements spaced as often ("(01) 00844588003288 (17)
// 280301 (21) 40295"): one space is allowed after each bracket and between elements.
void scanGs1Udis(std::string_view text, Candidates& out) {
  const auto space = [&](std::size_t k) { return k < text.size() && text[k] == ' ' ? k + 1 : k; };
  for (std::size_t at = text.find("(01)"); at != std::string_view::npos; at = text.find("(01)", at + 4)) {
    std::size_t k = space(at + 4);
    if (digitRun(text, k) != 14) continue;
    k += 14;
    // Application identifiers follow one another: "(NN)value".
    while (true) {
      const std::size_t open = space(k);
      if (!(open + 4 <= text.size() && text[open] == '(' && digitRun(text, open + 1) == 2 && text[open + 3] == ')')) break;
      const bool serial = text[open + 1] == '2' && text[open + 2] == '1';
      const std::size_t start = space(open + 4);
      std::size_t end = start;
      while (end < text.size() && (isAsciiAlpha(text[end]) || isDigit(text[end]) || text[end] == '-')) ++end;
      while (end > start && text[end - 1] == '-') --end;
      if (serial && end > start) out.push_back({start, end, PhiCategory::Device, priority::kKeywordId});
      if (end == start) break;
      k = end;
    }
  }
}

// A device's hardware (MAC) address at token t after a word naming it: "MAC: 00:1A:2B:3C:4D:5E", "Bluetooth
// MAC 00-1A-2B-3C-4D-5E", "adresse MAC du capteur : ...". Six pairs of hexadecimal digits joined by
// one kind of colon or dash; the address names the patient's own pump, sensor or phone.
void macAddressAt(std::string_view text, const Token& t, Candidates& out) {
  const auto hex = [](char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  if (t.end + 15 > text.size() || (text[t.end] != ':' && text[t.end] != '-')) return;
  const char sep = text[t.end];
  bool shaped = true;
  for (std::size_t k = 0; k < 17 && shaped; ++k) {
    const char c = text[t.start + k];
    shaped = k % 3 == 2 ? c == sep : hex(c);
  }
  if (!shaped || (t.start + 17 < text.size() && (isWordByte(text[t.start + 17]) || text[t.start + 17] == sep))) {
    return;
  }
  if (t.start > 0 && (isWordByte(text[t.start - 1]) || text[t.start - 1] == sep)) return;
  static constexpr std::array<std::string_view, 6> kCues = {"mac", "bluetooth", "wlan", "wifi", "wi-fi", "ethernet"};
  if (rfindAnyWordCaseless(sameLineBefore(text, t.start, 48), kCues) == std::string_view::npos) return;
  out.push_back({t.start, t.start + 17, PhiCategory::Device, priority::kKeywordId});
}

// An IMEI printed in its groups after its word (token t), as a phone's box and its settings show it: "IMEI:
// 35 693803 564380 9", "IMEI 35-693803-564380-9". Fifteen digits whose Luhn check holds (or the
// sixteen of an IMEISV), by single spaces or dashes; up to a dozen bytes of label may come between
// ("IMEI-Nummer: ", "IMEI du téléphone : " is longer and left to the label's own rule).
void groupedImeiAt(std::string_view text, const Token& t, Candidates& out) {
  if (t.lower != "imei") return;
  std::size_t k = t.end;
  while (k < text.size() && k < t.end + 12 && !isDigit(text[k]) && text[k] != '\n') ++k;
  const std::size_t start = k;
  std::string digits;
  while (k < text.size() && isDigit(text[k]) && digits.size() < 17) {
    const std::size_t run = digitRun(text, k);
    digits.append(text.substr(k, run));
    k += run;
    if (k + 1 < text.size() && (text[k] == ' ' || text[k] == '-') && isDigit(text[k + 1])) {
      ++k;
      continue;
    }
    break;
  }
  if (k < text.size() && isWordByte(text[k])) return;
  bool valid = digits.size() == 16;
  if (digits.size() == 15) {
    int sum = 0;
    for (std::size_t d = 0; d < 15; ++d) {
      int v = digits[14 - d] - '0';
      if (d % 2 == 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    valid = sum % 10 == 0;
  }
  if (valid) out.push_back({start, k, PhiCategory::Device, priority::kKeywordId});
}

}  // namespace

void scanDeviceLists(const ScanInput& in, Candidates& out) {
  scanGs1Udis(in.text, out);
  // (One pass over the tokens for both: a MAC address opens with a pair, an IMEI's word has four.)
  for (const Token& t : in.tokens) {
    if (t.length() == 2) {
      macAddressAt(in.text, t, out);
    } else if (t.length() == 4) {
      groupedImeiAt(in.text, t, out);
    }
  }
}

void scanVins(const ScanInput& in, Candidates& out) {
  for (const Token& t : in.tokens) {
    if (vinShaped(in.text, t)) out.push_back({t.start, t.end, PhiCategory::Vehicle, priority::kVin});
  }
}

}  // namespace concord::phi::detail
