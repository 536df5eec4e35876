// Clinical prose without PHI: the false-positive traps. Capitalised medical terms, eponyms,
// drug names with doses, lab values, ratios and scores, years on their own, ages under 90,
// month words that are not dates ("may"), hospital and department names, ALL-CAPS headings.
#include <array>

#include "corpus_builder.h"
#include "corpus_values.h"

namespace concord::phi::corpus {

namespace {

constexpr std::array<std::string_view, 24> kDrugs = {
    "metoprolol", "Lasix", "furosemide", "Eliquis", "apixaban", "atorvastatin", "Lipitor", "lisinopril",
    "amlodipine", "metformin", "insulin glargine", "Tylenol", "acetaminophen", "prednisone", "Coumadin", "warfarin",
    "levothyroxine", "Synthroid", "gabapentin", "sertraline", "Zoloft", "omeprazole", "ceftriaxone", "vancomycin"};
constexpr std::array<std::string_view, 6> kUnits = {"mg", "mcg", "units", "mg/kg", "mL", "g"};
constexpr std::array<std::string_view, 8> kFrequencies = {"daily", "twice daily", "BID", "TID", "q6h PRN", "nightly",
                                                          "every 8 hours", "once weekly"};
constexpr std::array<std::string_view, 22> kConditions = {
    "Parkinson disease", "Crohn's disease", "Bell's palsy", "Graves disease", "Hodgkin lymphoma",
    "Alzheimer dementia", "Cushing syndrome", "Addison disease", "Down syndrome", "Wilson disease",
    "Guillain-Barre syndrome", "Hashimoto thyroiditis", "Raynaud phenomenon", "Barrett esophagus",
    "Sjogren syndrome", "Huntington disease", "Marfan syndrome", "Kawasaki disease", "Paget disease of bone",
    "Meckel diverticulum", "Tourette syndrome", "Turner syndrome"};
constexpr std::array<std::string_view, 12> kCommonConditions = {
    "hypertension", "type 2 diabetes mellitus", "COPD", "atrial fibrillation", "CHF with reduced EF", "CKD stage 3",
    "hyperlipidemia", "GERD", "osteoarthritis", "major depressive disorder", "obstructive sleep apnea", "anemia"};
constexpr std::array<std::string_view, 10> kDepartments = {
    "Emergency Department", "Intensive Care Unit", "Cardiology", "Physical Therapy", "Internal Medicine",
    "General Surgery", "Infectious Disease", "Palliative Care", "Neurology", "Social Work"};

std::string number(Random& r, int low, int high) { return std::to_string(r.between(low, high)); }
std::string decimal(Random& r, int low, int high) { return number(r, low, high) + "." + number(r, 0, 9); }

}  // namespace

std::string clinicalSentence(Random& r) {
  const std::string drug(r.pick(std::span<const std::string_view>(kDrugs)));
  const std::string unit(r.pick(std::span<const std::string_view>(kUnits)));
  const std::string frequency(r.pick(std::span<const std::string_view>(kFrequencies)));
  const std::string eponym(r.pick(std::span<const std::string_view>(kConditions)));
  const std::string condition(r.pick(std::span<const std::string_view>(kCommonConditions)));
  const std::string department(r.pick(std::span<const std::string_view>(kDepartments)));
  const std::string hospital(r.pick(values::kHospitals));
  switch (r.between(0, 59)) {
    case 0: return "Continue " + drug + " " + number(r, 1, 100) + " " + unit + " " + frequency + ".";
    case 1: return "History of " + eponym + " and " + condition + ".";
    case 2: return "Patient may resume " + drug + " if tolerated; may need titration.";
    case 3: return "BP " + number(r, 95, 180) + "/" + number(r, 50, 100) + ", HR " + number(r, 50, 120) + ", RR " +
                   number(r, 12, 24) + ", SpO2 " + number(r, 88, 100) + "% on room air.";
    case 4: return "Labs: Na " + number(r, 128, 146) + ", K " + decimal(r, 3, 5) + ", Cr " + decimal(r, 0, 3) +
                   ", BUN " + number(r, 7, 60) + ", glucose " + number(r, 70, 400) + ".";
    case 5: return "Hgb " + decimal(r, 7, 16) + ", WBC " + decimal(r, 3, 18) + ", platelets " + number(r, 90, 450) +
                   ", INR " + decimal(r, 0, 3) + ".";
    case 6: return "Strength " + number(r, 3, 5) + "/5 in the upper extremities; take 1/2 tab at bedtime.";
    case 7: return "Pain " + number(r, 0, 10) + "/10, GCS " + number(r, 9, 15) + ", NYHA class " +
                   std::string(r.chance(0.5) ? "II" : "III") + ".";
    case 8: return "Diagnosed with " + condition + " in " + number(r, 1985, 2022) + ".";
    case 9: return "A " + number(r, 20, 89) + "-year-old with " + condition + " and " + eponym + ".";
    case 10: return "Her mother had " + eponym + " at age " + number(r, 40, 89) + ".";
    case 11: return "Transferred from the " + department + " to the " + std::string(kDepartments[1]) + ".";
    case 12: return "Previously followed at " + hospital + " for " + condition + ".";
    case 13: return "Murphy's sign negative. No Babinski sign. Foley catheter removed.";
    case 14: return "Heparin " + number(r, 5, 25) + "000 units subcutaneously; vitamin D 50000 IU weekly.";
    case 15: return "Seen at " + number(r, 1, 12) + ":" + number(r, 10, 59) + " and again at " + number(r, 13, 23) + ":" +
                    number(r, 10, 59) + ".";
    case 16: return "Smoked " + number(r, 5, 60) + " pack-years, quit " + number(r, 2, 30) + " years ago.";
    case 17: return "Echo: EF " + number(r, 20, 65) + "%, mild MR, TAPSE " + number(r, 12, 25) + " mm.";
    case 18: return "ICD-10 I10, E11.9, N18.3; CPT 99214.";
    case 19: return "A1c " + decimal(r, 5, 12) + "%, LDL " + number(r, 40, 190) + " mg/dL, TSH " + decimal(r, 0, 6) + ".";
    case 20: return "Will follow up in " + number(r, 2, 12) + " weeks with " + department + ".";
    case 21: return "Symptoms may improve as the march of the illness slows; she may return to work.";
    case 22: return "CT chest showed a " + decimal(r, 0, 6) + " cm nodule in the right upper lobe.";
    case 23: return "Swan-Ganz catheter and Hickman line in place; Holter monitor ordered.";
    case 24: return "Apgar scores " + number(r, 6, 9) + " and " + number(r, 8, 10) + "; Glasgow Coma Scale " +
                    number(r, 3, 15) + ".";
    case 25: return "Plan discussed with the patient and family, who agree.";
    case 26: return "Denies chest pain, shortness of breath, fever or chills.";
    case 27: return "Ambulating with a walker; fall risk assessed by Physical Therapy.";
    case 28: return "Weight " + number(r, 45, 140) + " kg, BMI " + decimal(r, 17, 45) + ".";
    case 29: return "Medicare and Medicaid eligibility reviewed by Social Work.";
    case 30: return "The patient's account of events is consistent; member of the care team present.";
    case 31: return "Started " + drug + " on day " + number(r, 2, 9) + " of admission; dose " + number(r, 2, 40) +
                    " " + unit + ".";
    case 32: return "Grade " + number(r, 1, 3) + " diastolic dysfunction; Gleason 3+4; stage II.";
    case 33: return "Version 2.3.1 of the order set; protocol 10.4.";
    case 34: return "Urine output " + number(r, 300, 2500) + " mL over 24 hours; drain output " + number(r, 10, 300) +
                    " mL.";
    case 35: return "She reports walking " + number(r, 1, 5) + " miles daily and sleeping " + number(r, 4, 10) + " hours.";
    case 36: return "Ferritin " + number(r, 10, 12000) + " ng/mL, CRP " + decimal(r, 0, 30) + " mg/L.";
    case 37: return "Reviewed " + eponym + " guidelines from the American College of Cardiology.";
    case 38: return "Room " + number(r, 100, 999) + ", bed " + std::string(r.chance(0.5) ? "A" : "B") + "; isolation precautions.";
    // Eponyms and brands spelled like common surnames or given names.
    case 40: return "Jackson-Pratt drain output " + number(r, 5, 120) + " mL; Foley in place.";
    case 41: return "Wells score " + number(r, 0, 6) + "; Hawkins test positive on the right.";
    case 42: return "Gram stain with gram-positive cocci; Wright stain reviewed.";
    case 43: return "Harris-Benedict equation used to estimate " + number(r, 1400, 2600) + " kcal per day.";
    case 44: return "Jones criteria not met; Duke criteria reviewed with Infectious Disease.";
    case 45: return "Clark level IV melanoma, Breslow depth " + decimal(r, 0, 4) + " mm.";
    case 46: return "Fisher grade " + number(r, 1, 4) + " hemorrhage, Hunt and Hess grade " + number(r, 1, 5) + ".";
    case 47: return "Graham patch repair of a perforated ulcer; Nissen fundoplication in " + number(r, 1990, 2020) + ".";
    case 48: return "Allen test normal before the arterial line; Romberg sign negative; Tinel sign positive.";
    case 49: return "Bristol stool scale type " + number(r, 1, 7) + "; Lewy body dementia suspected.";
    case 50: return "Austin Flint murmur noted; Brown-Sequard syndrome ruled out.";
    case 51: return "Will discuss at the Tumor Board next week.";
    case 52: return "Mark the operative site before transfer.";
    case 53: return "Baxter infusion pump and Medtronic pacemaker functioning; Abbott glucose sensor applied.";
    case 54: return "Rose from a chair without assistance. Hope is to discharge by the weekend.";
    case 55: return "Kelly clamp and Allis clamp used; Miller blade for intubation.";
    case 56: return "Chase the potassium with a repeat BMP in " + number(r, 2, 8) + " hours.";
    case 57: return "May-Thurner syndrome considered; Washington Manual dosing followed.";
    case 58: return "Grant funding covers home oxygen; Faith community visits arranged.";
    default: return "Tolerating a regular diet. Bowel movement this morning. Afebrile overnight.";
  }
}

}  // namespace concord::phi::corpus
