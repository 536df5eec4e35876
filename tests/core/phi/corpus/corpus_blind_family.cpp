// The blind family: a third set of templates and look-alike sentences, written after the
// detector rules were settled and run against them once, for the report. No rule was changed
// after that run. Only the blind seed uses it (see corpus.h).
#include <array>

#include "corpus_blind_family.h"

namespace concord::phi::corpus {

namespace {

std::string number(Random& r, int low, int high) { return std::to_string(r.between(low, high)); }

constexpr std::array<BlindTemplate, 10> kBlindTemplates = {{
    {"wound_care",
     "Wound care visit for {pnamePlain} on {date}. {blind} Dressing changed by {nurse}. {blind} If drainage "
     "increases, page the wound team or call {phone}.\n"},
    {"psychiatry",
     "PSYCHIATRY FOLLOW-UP\nIdentifying data: {pname}, {age}, {mrn}.\n{blind} {blind}\nCollateral obtained from "
     "{relation}, {relfull}, by telephone ({phone}).\n{doc}, MD, PhD\n"},
    {"dialysis",
     "Dialysis unit note {date}. {title} {plast} arrived by transport van; {blind} Access: left arm AV fistula. "
     "{blind} Home address on file: {address}.\n"},
    {"case_management",
     "Case management: spoke with {relfull} about placement. Insurance {plan}; {account}. {blind} Fax records to "
     "{fax}. {blind}\n"},
    {"ambulance",
     "EMS run sheet. Pt {pnamePlain}, DOB {dob}, picked up at {street}. {blind} Vehicle {vin}. Crew lead "
     "{nurse}.\n"},
    {"genetics",
     "Genetics consult requested by Dr. {doclast}. {pnamePlain} ({dob}) {blind} {blind} Results portal: {url}.\n"},
    {"outside_records",
     "Outside records received {date} from {email}; sender IP {ip}. {blind} Patient SSN verified: {ssn}.\n"},
    {"endocrine",
     "Insulin pump {device} interrogated {date}. {blind} {title} {plast} agrees with changes. {blind}\n"},
    {"discharge_instructions",
     "Discharge instructions reviewed with {pnamePlain} and {relation} {rel}. Follow up {shortdate}. {blind} "
     "Questions: {phone}.\n"},
    {"no_phi_blind", "INTERVAL HISTORY\n{blind} {blind} {blind}\nPLAN\n{blind} {blind}\n"},
}};

}  // namespace

std::span<const BlindTemplate> blindTemplates() { return kBlindTemplates; }

std::string blindSentence(Random& r) {
  switch (r.between(0, 23)) {
    case 0: return "Dressing per Wound Care Nurse protocol; Xeroform and Kerlix applied.";
    case 1: return "Scheduled Zyprexa " + number(r, 2, 20) + " mg at bedtime; Ativan PRN agitation.";
    case 2: return "Mini-Cog " + number(r, 0, 5) + "/5; Montreal Cognitive Assessment " + number(r, 10, 30) + "/30.";
    case 3: return "Lasègue sign positive; Trendelenburg gait on the left.";
    case 4: return "Kussmaul respirations resolved; Cheyne-Stokes pattern overnight.";
    case 5: return "Sister Mary Joseph nodule not palpated; Virchow node absent.";
    case 6: return "Kerley B lines on chest film; Westermark sign absent.";
    case 7: return "Marcus Gunn pupil on the right; Horner syndrome excluded.";
    case 8: return "Charcot foot with Wagner grade " + number(r, 1, 4) + " ulcer; Semmes-Weinstein monofilament absent.";
    case 9: return "Austin Health protocol adopted for sepsis bundles.";
    case 10: return "Dialysate 2K/2.5Ca; Kt/V " + number(r, 1, 2) + "." + number(r, 0, 9) + "; URR " + number(r, 60, 80) + "%.";
    case 11: return "Blood flow " + number(r, 300, 450) + " mL/min, UF goal " + number(r, 1, 4) + " L.";
    case 12: return "Father Time jokes aside, mood is euthymic.";
    case 13: return "March madness pool discussed; no gambling concerns.";
    case 14: return "Sunday dosing of methotrexate " + number(r, 10, 25) + " mg with folic acid daily.";
    case 15: return "Lot 4471 of the vaccine given in the left deltoid.";
    case 16: return "Basal rate " + number(r, 0, 2) + "." + number(r, 10, 95) + " units/h from 00:00 to 06:00.";
    case 17: return "Glucose 95 at 07:00, 140 at 12:00, 210 at 18:00.";
    case 18: return "PHQ-9 score " + number(r, 0, 27) + "; GAD-7 score " + number(r, 0, 21) + ".";
    case 19: return "Colles fracture healed; Bennett fracture ruled out.";
    case 20: return "Jackson Memorial criteria not applicable; Ottawa ankle rules negative.";
    case 21: return "Taken 1-2 tablets every 4-6 hours, no more than 8 in 24 hours.";
    case 22: return "Step 3 of the Stanford protocol; Boston Scientific lead noted on film.";
    default: return "Plan reviewed; questions answered; return precautions given.";
  }
}

}  // namespace concord::phi::corpus
