#pragma once
// Whose number a keyword's value is (identifier_owners.cpp): the patient's file, or a member of
// staff, an event or a document, whose numbers index no file about the person. And the labels
// whose reading depends on their neighbours ("A-Number", "Intake", "Claim assigned:").
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

/// The number after keyword token i (a match of `words` tokens) numbers a member of staff (a
/// prescriber's NPI, a medical examiner's NRCME registry number), a police investigation ("Det.
/// Ruiz, Traffic Homicide Unit, Case 24118830") or a contract ("rental agreement RA-66167799"):
/// not a file about the patient.
bool numbersNoPatientFile(const ScanInput& in, std::size_t i, std::size_t words);

/// A "Case" at token i numbers the file of a child-welfare or foster-care agency, or of a
/// paternity (DNA) laboratory, about the persons it serves: the record before it names such an
/// agency or test ("FOSTER CARE PLACEMENT RECORD ... Case no. CW-4623110", "DNA PATERNITY TEST
/// REPORT  Case DNA76-297476"). Such a number is an account of the person, not a record of a
/// hospital; a court's case or docket number ("Juvenile court case no.") is left as it is.
bool familyAgencyCase(const ScanInput& in, std::size_t i);

/// A court's or a tribunal's case at token i is a proceeding about the person's own mental
/// health (an involuntary admission or commitment, a review board's or a tribunal's review):
/// the record before it says so ("NOTICE OF HEARING ON TEMPORARY COMMITMENT ... Docket No.",
/// "MISE EN OBSERVATION ... R.G. n°", "PRISILNI SMJEŠTAJ ... Broj predmeta", "Mental Health
/// Review Board"). Such a case number is an account of the person (the thirtieth family); other
/// court dockets (guardianship letters, a custody order) are no PHI, as the twenty-third and
/// twenty-fourth families decided.
bool mentalHealthProceeding(const ScanInput& in, std::size_t i);

/// A "Case" (or the Spanish "expediente") at token i numbers the file an insurer, an assistance
/// company or an immigration service keeps on the person: the lines before it or its own line name
/// the coverage, the assistance or the visa ("REPATRIATION - ASSISTANCE CASE LOG  Case CL2024-…
/// Policy …", "evacuation, insurer case MED-2024-…", "IMMIGRANT VISA MEDICAL EXAMINATION … Case
/// number: …", "Seguro de viaje: póliza …, expediente …"). Such a number is an account, as a claim
/// is, not a hospital's or a laboratory's record.
bool coverageCase(const ScanInput& in, std::size_t i);

/// Token i ("ID", "Case") stands on the lines below a copied Medicaid or Medicare card's caption
/// ("[photocopy of Medicaid card]\nRecipient: ...\nID: GBP082602098\n...\nCase no. 906986240"):
/// the card's ID is the recipient's cover and its case the eligibility file (seed 3838).
bool belowPublicCoverCard(const ScanInput& in, std::size_t i);

/// Token i starts the label "a number" / "a no" of an alien registration number as forms print
/// it ("A-Number:", "A-NO.", "A NUMBER:") rather than the article ("a number of visits").
bool alienNumberLabel(const ScanInput& in, std::size_t i);

/// A protective-services intake number: a value with a dash or a letter ("2024-881748"), or one
/// marked by "#" (an intake of fluids is a bare quantity: "Intake: 2400", "intake 1200 mL").
bool intakeNumber(std::string_view value, std::string_view gapBeforeValue);

/// Tokens of a participle that joins a label to its value, starting at token j: "Claim assigned:
/// WC23-557053-03", "policy applied for LF12345678", "Permit issued 44120". 0 when none.
std::size_t participleBetween(const ScanInput& in, std::size_t j);

/// A model year before a make: "VEH: 2018 SUBARU OUTBACK" (token j is the year), no plate.
bool modelYearAt(const ScanInput& in, std::size_t j);

}  // namespace concord::phi::detail
