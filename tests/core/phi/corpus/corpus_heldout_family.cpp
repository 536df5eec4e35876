// The held-out family: templates and look-alike sentences that the development corpus never
// contains. They were written before the detector was first run on them, so scores on the
// held-out corpus also say something about wording the rules were not shaped on.
#include <array>

#include "corpus_builder.h"
#include "corpus_heldout_family.h"

namespace concord::phi::corpus {

namespace {

std::string number(Random& r, int low, int high) { return std::to_string(r.between(low, high)); }

constexpr std::array<HeldOutTemplate, 10> kHeldOutTemplates = {{
    {"ophthalmology",
     "Eye clinic {date}. {pnamePlain}, {age}, returns for macular degeneration follow-up. {heldout} Accompanied by "
     "{relation} {relfull}. Return in 3 months or sooner; call {phone}.\n"},
    {"home_health",
     "HOME HEALTH VISIT\nClient: {pname}\nService address: {address}\nVisit date: {date}\n{heldout} Caregiver {rel} "
     "present. {heldout}\nNext visit {shortdate}. Agency fax {fax}.\n"},
    {"transfer",
     "Transfer summary: {title} {plast} ({mrn}) transferred from {hospital} on {date}. Accepting physician "
     "Dr. {doclast}. {heldout} {prose}\n"},
    {"portal_message",
     "Patient portal message from {email} on {date}: \"{heldout}\" Replied by {nurse}, RN. Login from {ip}.\n"},
    {"hospice",
     "Hospice intake. {pnamePlain} is a {age} with {heldout} Health care proxy: {relfull} ({relation}), {phone}. "
     "{plan}. {heldout}\n"},
    {"driving",
     "Medical clearance for driving requested. {license}; {plate}. {pnamePlain} {heldout} {heldout}\n"},
    {"implant_record", "Implant record: {device}, implanted {date} by {doc}, MD. {heldout} {heldout}\n"},
    {"requisition",
     "REQUISITION\n{pname}\nDOB: {dob}\n{ssn}\n{account}\nOrdering: {doc}\nCollected {date}. {heldout}\n"},
    {"remote_monitoring", "Remote monitoring upload from {ip} to {url}. {heldout} {device}.\n"},
    {"no_phi_heldout", "NURSING FLOWSHEET SUMMARY\n{heldout} {heldout} {heldout}\n{heldout} {prose}\n"},
}};

}  // namespace

std::span<const HeldOutTemplate> heldOutTemplates() { return kHeldOutTemplates; }

std::string heldOutSentence(Random& r) {
  switch (r.between(0, 27)) {
    case 0: return "Seen by Physical Therapy; Occupational Therapy to follow.";
    case 1: return "Started Keflex " + number(r, 250, 500) + " mg QID and Bactrim DS BID.";
    case 2: return "Stevens-Johnson syndrome listed as a prior drug reaction.";
    case 3: return "Dupuytren contracture of the left hand; Heberden nodes noted.";
    case 4: return "Morton neuroma on the right; Baker cyst behind the left knee.";
    case 5: return "Hamilton Depression Rating Scale score " + number(r, 4, 30) + "; Beck Depression Inventory " +
                   number(r, 2, 40) + ".";
    case 6: return "Adson test equivocal; Spurling maneuver negative.";
    case 7: return "Cooper ligament repair through a Pfannenstiel incision.";
    case 8: return "Nelson syndrome excluded; Cushing disease in remission.";
    case 9: return "Allen Cognitive Level " + number(r, 3, 5) + "." + number(r, 0, 9) + ".";
    case 10: return "Hunter syndrome carrier screen negative; Wilms tumor in childhood.";
    case 11: return "Reed-Sternberg cells not seen; Kaposi sarcoma excluded.";
    case 12: return "She may call if she may need a refill before the visit.";
    case 13: return "Potassium 3.2 on " + number(r, 2, 4) + " occasions; 1/3 of doses missed.";
    case 14: return "Blood pressure goal < 130/80 per ACC/AHA guidance.";
    case 15: return "Walked " + number(r, 50, 300) + " feet x 2 with standby assist.";
    case 16: return "Apt to fall at night; unit dose packaging requested.";
    case 17: return "Phone call with the pharmacy about a 90-day supply.";
    case 18: return "Over 90 percent adherence; 95% confidence in the plan.";
    case 19: return "Moved to Room " + number(r, 100, 499) + " West wing, North Tower " + number(r, 2, 9) + ".";
    case 20: return "Score of " + number(r, 90, 100) + " on the Barthel Index.";
    case 21: return "Monitoring software version 10.2.0.1 installed on the unit laptop.";
    case 22: return "Dose 0.5-1 mg q4-6h PRN; INR goal 2-3, recheck in 3-5 days.";
    case 23: return "Coded as Z79.01 and I48.91.";
    case 24: return "Her son says Grandma is more confused at night.";
    case 25: return "HR " + number(r, 55, 110) + " at 10:15:30 on telemetry.";
    case 26: return "Lou Gehrig disease in a family friend; Tay-Sachs screening negative.";
    default: return "Pressure injury stage 2 on the sacrum; Braden score " + number(r, 9, 23) + ".";
  }
}

}  // namespace concord::phi::corpus
