// Note templates: the kinds of documents a clinical data set holds. Each is a pattern with
// placeholders (see corpus_builder.cpp); {prose} adds clinical sentences with look-alikes.
#include <array>

#include "corpus_blind_family.h"
#include "corpus_builder.h"
#include "corpus_eighteenth_family.h"
#include "corpus_eighth_family.h"
#include "corpus_eleventh_family.h"
#include "corpus_fifteenth_family.h"
#include "corpus_fifth_family.h"
#include "corpus_fourteenth_family.h"
#include "corpus_fresh_family.h"
#include "corpus_heldout_family.h"
#include "corpus_nineteenth_family.h"
#include "corpus_ninth_family.h"
#include "corpus_seventeenth_family.h"
#include "corpus_seventh_family.h"
#include "corpus_sixteenth_family.h"
#include "corpus_sixth_family.h"
#include "corpus_tenth_family.h"
#include "corpus_thirteenth_family.h"
#include "corpus_thirtieth_family.h"
#include "corpus_thirty_first_family.h"
#include "corpus_thirty_second_family.h"
#include "corpus_thirty_third_family.h"
#include "corpus_thirty_fifth_family.h"
#include "corpus_thirty_sixth_family.h"
#include "corpus_thirty_seventh_family.h"
#include "corpus_thirty_eighth_family.h"
#include "corpus_thirty_ninth_family.h"
#include "corpus_thirty_fourth_family.h"
#include "corpus_twelfth_family.h"
#include "corpus_twentieth_family.h"
#include "corpus_twenty_first_family.h"
#include "corpus_twenty_second_family.h"
#include "corpus_twenty_third_family.h"
#include "corpus_twenty_fourth_family.h"
#include "corpus_twenty_fifth_family.h"
#include "corpus_twenty_sixth_family.h"
#include "corpus_twenty_eighth_family.h"
#include "corpus_twenty_ninth_family.h"
#include "corpus_twenty_seventh_family.h"

namespace concord::phi::corpus {

namespace {

struct Template {
  std::string_view name;
  std::string_view pattern;
};

// Roughly one note in six carries no PHI at all.
constexpr std::array<Template, 24> kTemplates = {{
    {"admission",
     "ADMISSION NOTE\nPatient: {pname}\nDOB: {dob}   {mrn}\nAdmitted: {date}\n\nHISTORY OF PRESENT ILLNESS\n"
     "{title} {plast} is a {age} with {prose} {prose} {title} {plast} was brought in by {relation} {rel}.\n"
     "{prose}\n\nASSESSMENT AND PLAN\n{prose} {prose}\nAttending: Dr. {doclast}\n"},
    {"progress",
     "Progress note, {date}\n{prose} {prose} Seen with Dr. {doclast}. {pfirst} reports less pain today. {prose}\n"
     "Plan: {prose}\n{doc}, MD\n"},
    {"discharge",
     "DISCHARGE SUMMARY\nName: {pname}   {mrn}   {account}\nAdmission date: {date}   Discharge date: {date}\n"
     "{prose} {prose} {prose}\nFollow up with Dr. {doclast} at {hospital}; call {phone} with questions.\n"
     "Discharged home to {address}.\n"},
    {"ed",
     "ED NOTE. {age}, {prose} Patient states {relation} {relfull} found him on the floor. {prose}\n"
     "Triage RN: {nurse}. {prose} Contact: {relation}, phone {phone}.\n"},
    {"radiology",
     "RADIOLOGY REPORT\nExam date: {date}   {mrn}\nReferring physician: {doc}\nCT ABDOMEN/PELVIS WITH CONTRAST\n"
     "{prose} {prose}\nImpression: {prose}\nDictated by {doc} on {date}.\n"},
    {"referral",
     "Dear Dr. {doclast},\nThank you for seeing {pnamePlain} (DOB {dob}), who lives at {address}. {prose} {prose}\n"
     "Please fax the report to {fax} or email {email}.\nSincerely,\n{doc}, MD\n"},
    {"telephone",
     "Telephone encounter {date}: {relation} {rel} called from {phone} regarding {pfirst}. {prose} "
     "Advised to return {shortdate} if worse. {prose}\n"},
    {"billing",
     "BILLING\nPatient: {pname}\n{account}\n{plan}\n{ssn}\nAddress: {address}\nPhone: {phone}\n{prose}\n"},
    {"insurance",
     "Prior authorization for {pnamePlain}: {plan}. {prose} Submitted {date}; fax {fax}. {prose}\n"},
    {"device",
     "Device clinic {date}. {title} {plast} has a dual-chamber pacemaker, {device}. {prose} Interrogation normal. "
     "{prose} Next check {shortdate}.\n"},
    {"social",
     "SOCIAL WORK NOTE\n{prose} {title} {plast} lives alone at {street}; {relation} {relfull} visits weekly. "
     "Drives a sedan, {plate}; {vin}. {license}. {prose}\n"},
    {"telehealth",
     "Telehealth visit {date}. Patient {pname} connected from IP {ip} via {url}. Email on file {email}. {prose} "
     "{prose}\n"},
    {"nursing",
     "Nursing: {pfirst} {plast} ambulated twice. {prose} {prose} {title} {plast} tolerated dinner. RN {nurse}\n"},
    {"consult",
     "CONSULTATION\nRequested by: Dr. {doclast}\nReason: {prose}\n{title} {plast}, {age}, {prose} {prose}\n"
     "Recommendations: {prose}\nThank you for this consult. {doc}, MD\n"},
    {"geriatrics",
     "Geriatric assessment. {pnamePlain} is {age}. {prose} Lives with {relation} {rel} at {street}, {zip}. "
     "{prose} MoCA 22/30.\n"},
    {"pharmacy",
     "Pharmacy note {date}: {prose} {prose} Verified with prescriber Dr. {doclast} ({phone}). {mrn}.\n"},
    {"letterhead",
     "{hospital}\n{address}\nTel {phone}  Fax {fax}\n\nRe: {pname}, DOB {dob}\n{prose} {prose}\n"},
    {"lists",
     "Care team: Dr. {doclast}, {nurse} and {relfull}.\n{prose} {prose} cc: Dr. {doclast}\n"},
    {"clinic",
     "{pnamePlain} was seen in clinic today. {prose} Spoke with {relfull} by phone. Message left for {pfirst}. "
     "{prose} Friend {rel} will drive her home. Interpreter {nurse} present.\n"},
    {"operative",
     "OPERATIVE NOTE\nSurgeon: {doc}\nAssistant: {nurse}\nPatient: {pname}   {mrn}\nDate of surgery: {date}\n"
     "{prose} {prose} {prose}\nThe patient, {plast}, tolerated the procedure well. {prose}\n"},
    {"no_phi_progress", "PROGRESS NOTE\n{prose} {prose} {prose}\nASSESSMENT: {prose}\nPLAN: {prose} {prose}\n"},
    {"no_phi_hp",
     "HISTORY OF PRESENT ILLNESS\n{prose} {prose} {prose}\nPAST MEDICAL HISTORY\n{prose}\nMEDICATIONS\n{prose} "
     "{prose}\nREVIEW OF SYSTEMS\n{prose}\nEXAM\n{prose} {prose}\n"},
    {"no_phi_young",
     "A {youngage} presents with {prose} {prose} At {youngage} she had {prose}\n{prose}\n"},
    {"no_phi_labs", "LABS\n{prose}\n{prose}\n{prose}\nIMAGING\n{prose}\n{prose}\n"},
}};

// Notes per patient on average: several notes share one patient, as in real data sets.
constexpr std::size_t kNotesPerPatient = 3;

}  // namespace

AnnotatedNote generateNote(std::uint64_t seed, std::size_t index) {
  Random random(seed * 0x100000001b3ULL ^ (index + 0x51ed270b27ULL));
  random.next();
  const Patient patient = makePatient(seed, index / kNotesPerPatient);
  // The development corpus uses the shared templates only; every other seed also draws from
  // the held-out family (about one note in three).
  // The blind seed draws only from the blind family, and every later family's seed only from its
  // own family (the fresh seed 4242, then 5151, 6161 ... 1818, 1919, 2020, 2121, 2222, 2323, 2424,
  // 2525, 2626, 2727, 2828, 2929, 3030, 3131, 3232, 3333, 3434, 3535, 3636, 3737, 3838, 3939: see corpus.h), each with its own draw of a template, so that the other seeds' notes are
  // unchanged.
  const std::span<const HeldOutTemplate> heldOut = heldOutTemplates();
  const std::size_t choices = kTemplates.size() + (seed == kDevelopmentSeed ? 0 : heldOut.size());
  const std::size_t choice = random.next() % choices;
  NoteBuilder builder(random, patient);
  std::string_view name;
  if (seed == kThirtyNinthSeed) {
    name = writeThirtyNinthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtyEighthSeed) {
    name = writeThirtyEighthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtySeventhSeed) {
    name = writeThirtySeventhNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtySixthSeed) {
    name = writeThirtySixthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtyFifthSeed) {
    name = writeThirtyFifthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtyFourthSeed) {
    name = writeThirtyFourthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtyThirdSeed) {
    name = writeThirtyThirdNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtySecondSeed) {
    name = writeThirtySecondNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtyFirstSeed) {
    name = writeThirtyFirstNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirtiethSeed) {
    name = writeThirtiethNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentyNinthSeed) {
    name = writeTwentyNinthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentyEighthSeed) {
    name = writeTwentyEighthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentySeventhSeed) {
    name = writeTwentySeventhNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentySixthSeed) {
    name = writeTwentySixthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentyFifthSeed) {
    name = writeTwentyFifthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentyFourthSeed) {
    name = writeTwentyFourthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentyThirdSeed) {
    name = writeTwentyThirdNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentyFirstSeed) {
    name = writeTwentyFirstNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentySecondSeed) {
    name = writeTwentySecondNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwentiethSeed) {
    name = writeTwentiethNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kNineteenthSeed) {
    name = writeNineteenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kEighteenthSeed) {
    name = writeEighteenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kSeventeenthSeed) {
    name = writeSeventeenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kSixteenthSeed) {
    name = writeSixteenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kFifteenthSeed) {
    name = writeFifteenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kFourteenthSeed) {
    name = writeFourteenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kThirteenthSeed) {
    name = writeThirteenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTwelfthSeed) {
    name = writeTwelfthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kEleventhSeed) {
    name = writeEleventhNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kTenthSeed) {
    name = writeTenthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kNinthSeed) {
    name = writeNinthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kEighthSeed) {
    name = writeEighthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kSeventhSeed) {
    name = writeSeventhNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kSixthSeed) {
    name = writeSixthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kFifthSeed) {
    name = writeFifthNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kFreshSeed) {
    name = writeFreshNote(builder, seed, index / kNotesPerPatient, random.next());
  } else if (seed == kBlindSeed) {
    const BlindTemplate& t = blindTemplates()[choice % blindTemplates().size()];
    name = t.name;
    builder.write(t.pattern);
  } else if (choice < kTemplates.size()) {
    name = kTemplates[choice].name;
    builder.write(kTemplates[choice].pattern);
  } else {
    const HeldOutTemplate& t = heldOut[(choice - kTemplates.size()) % heldOut.size()];
    name = t.name;
    builder.write(t.pattern);
  }
  if (random.chance(0.5)) {
    builder.text("\n");
    if (seed == kThirtyNinthSeed) {
      builder.text(thirtyNinthSentence(random));
      builder.text(" ");
      builder.text(thirtyNinthSentence(random));
    } else if (seed == kThirtyEighthSeed) {
      builder.text(thirtyEighthSentence(random));
      builder.text(" ");
      builder.text(thirtyEighthSentence(random));
    } else if (seed == kThirtySeventhSeed) {
      builder.text(thirtySeventhSentence(random));
      builder.text(" ");
      builder.text(thirtySeventhSentence(random));
    } else if (seed == kThirtySixthSeed) {
      builder.text(thirtySixthSentence(random));
      builder.text(" ");
      builder.text(thirtySixthSentence(random));
    } else if (seed == kThirtyFifthSeed) {
      builder.text(thirtyFifthSentence(random));
      builder.text(" ");
      builder.text(thirtyFifthSentence(random));
    } else if (seed == kThirtyFourthSeed) {
      builder.text(thirtyFourthSentence(random));
      builder.text(" ");
      builder.text(thirtyFourthSentence(random));
    } else if (seed == kThirtyThirdSeed) {
      builder.text(thirtyThirdSentence(random));
      builder.text(" ");
      builder.text(thirtyThirdSentence(random));
    } else if (seed == kThirtySecondSeed) {
      builder.text(thirtySecondSentence(random));
      builder.text(" ");
      builder.text(thirtySecondSentence(random));
    } else if (seed == kThirtyFirstSeed) {
      builder.text(thirtyFirstSentence(random));
      builder.text(" ");
      builder.text(thirtyFirstSentence(random));
    } else if (seed == kThirtiethSeed) {
      builder.text(thirtiethSentence(random));
      builder.text(" ");
      builder.text(thirtiethSentence(random));
    } else if (seed == kTwentyNinthSeed) {
      builder.text(twentyNinthSentence(random));
      builder.text(" ");
      builder.text(twentyNinthSentence(random));
    } else if (seed == kTwentyEighthSeed) {
      builder.text(twentyEighthSentence(random));
      builder.text(" ");
      builder.text(twentyEighthSentence(random));
    } else if (seed == kTwentySeventhSeed) {
      builder.text(twentySeventhSentence(random));
      builder.text(" ");
      builder.text(twentySeventhSentence(random));
    } else if (seed == kTwentySixthSeed) {
      builder.text(twentySixthSentence(random));
      builder.text(" ");
      builder.text(twentySixthSentence(random));
    } else if (seed == kTwentyFifthSeed) {
      builder.text(twentyFifthSentence(random));
      builder.text(" ");
      builder.text(twentyFifthSentence(random));
    } else if (seed == kTwentyFourthSeed) {
      builder.text(twentyFourthSentence(random));
      builder.text(" ");
      builder.text(twentyFourthSentence(random));
    } else if (seed == kTwentyThirdSeed) {
      builder.text(twentyThirdSentence(random));
      builder.text(" ");
      builder.text(twentyThirdSentence(random));
    } else if (seed == kTwentyFirstSeed) {
      builder.text(twentyFirstSentence(random));
      builder.text(" ");
      builder.text(twentyFirstSentence(random));
    } else if (seed == kTwentySecondSeed) {
      builder.text(twentySecondSentence(random));
      builder.text(" ");
      builder.text(twentySecondSentence(random));
    } else if (seed == kTwentiethSeed) {
      builder.text(twentiethSentence(random));
      builder.text(" ");
      builder.text(twentiethSentence(random));
    } else if (seed == kNineteenthSeed) {
      builder.text(nineteenthSentence(random));
      builder.text(" ");
      builder.text(nineteenthSentence(random));
    } else if (seed == kEighteenthSeed) {
      builder.text(eighteenthSentence(random));
      builder.text(" ");
      builder.text(eighteenthSentence(random));
    } else if (seed == kSeventeenthSeed) {
      builder.text(seventeenthSentence(random));
      builder.text(" ");
      builder.text(seventeenthSentence(random));
    } else if (seed == kSixteenthSeed) {
      builder.text(sixteenthSentence(random));
      builder.text(" ");
      builder.text(sixteenthSentence(random));
    } else if (seed == kFifteenthSeed) {
      builder.text(fifteenthSentence(random));
      builder.text(" ");
      builder.text(fifteenthSentence(random));
    } else if (seed == kFourteenthSeed) {
      builder.text(fourteenthSentence(random));
      builder.text(" ");
      builder.text(fourteenthSentence(random));
    } else if (seed == kThirteenthSeed) {
      builder.text(thirteenthSentence(random));
      builder.text(" ");
      builder.text(thirteenthSentence(random));
    } else if (seed == kTwelfthSeed) {
      builder.text(twelfthSentence(random));
      builder.text(" ");
      builder.text(twelfthSentence(random));
    } else if (seed == kEleventhSeed) {
      builder.text(eleventhSentence(random));
      builder.text(" ");
      builder.text(eleventhSentence(random));
    } else if (seed == kTenthSeed) {
      builder.text(tenthSentence(random));
      builder.text(" ");
      builder.text(tenthSentence(random));
    } else if (seed == kNinthSeed) {
      builder.text(ninthSentence(random));
      builder.text(" ");
      builder.text(ninthSentence(random));
    } else if (seed == kEighthSeed) {
      builder.text(eighthSentence(random));
      builder.text(" ");
      builder.text(eighthSentence(random));
    } else if (seed == kSeventhSeed) {
      builder.text(seventhSentence(random));
      builder.text(" ");
      builder.text(seventhSentence(random));
    } else if (seed == kSixthSeed) {
      builder.text(sixthSentence(random));
      builder.text(" ");
      builder.text(sixthSentence(random));
    } else if (seed == kFifthSeed) {
      builder.text(fifthSentence(random));
      builder.text(" ");
      builder.text(fifthSentence(random));
    } else if (seed == kFreshSeed) {
      builder.text(freshSentence(random));
      builder.text(" ");
      builder.text(freshSentence(random));
    } else {
      builder.write(seed == kBlindSeed ? "{blind} {blind}" : "{prose} {prose}");
    }
  }
  const bool allCaps = random.chance(0.08);  // some source systems store notes upper case
  return builder.finish("note-" + std::to_string(index), std::string(name), allCaps);
}

std::vector<AnnotatedNote> generateCorpus(std::uint64_t seed, std::size_t count) {
  std::vector<AnnotatedNote> notes;
  notes.reserve(count);
  for (std::size_t i = 0; i < count; ++i) notes.push_back(generateNote(seed, i));
  return notes;
}

}  // namespace concord::phi::corpus
