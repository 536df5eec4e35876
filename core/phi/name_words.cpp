// Word-level questions of the name scanner (name_cues.h): which words follow or precede a
// person, which name places, which endings no personal name has. Small fixed lists; the big
// vocabularies are in name_tables.cpp and english_words.cpp.
#include <algorithm>
#include <array>
#include <utility>

#include "flat_word_table.h"
#include "name_cues.h"
#include "scan.h"

namespace concord::phi::detail {

// The longer lists below are asked of nearly every capitalised word (the verbs after a name alone
// some 50 times a note): each is put once into a hashed set (flat_word_table.h, never destroyed,
// like the class table), so a look-up costs a hash of the word instead of a pass over the list.

bool isPersonVerb(std::string_view lower) {
  // ("viewed" and "accessed" are the verbs of access logs: "user Awad viewed 3 encounters".)
  // ("rang", "phoned", "texted": how relatives keep in touch. Not "rings": "Kayser-Fleischer rings".)
  // ("came", "attended": "Seosamh came to the health office", "Belarmino attended with his daughter".)
  static constexpr std::array<std::string_view, 67> kVerbs = {
      "reports", "reported", "states", "stated", "denies", "denied", "complains", "endorses", "says", "said",
      "ambulated", "tolerated", "presents", "presented", "underwent", "arrived", "returned", "wrote", "writes",
      "asked", "asks", "agreed", "agrees", "declined", "declines", "verbalized", "verbalizes", "understands",
      "wants", "requested", "requests", "viewed", "accessed", "died", "rang", "phoned", "texted", "emailed", "came", "attended",
      // What people do and are in a ward's day: "Nazaire aware.", "Kettly slept poorly", "IBCLC
      // Vadim following", "Peggy cut the cord", "Jiban fixing the fence". (Not what is done to
      // papers and agencies: "POLST signed", "ICVP confirmed", "CPS notified", "MAR updated".)
      "aware", "slept", "sleeps", "following", "cut", "fixing", "consented", "witnessed", "brought", "helped",
      "answered", "recalls", "recalled", "remembers", "worries", "worried", "cried", "prayed", "refused",
      "refuses", "visited", "drove", "drives", "spoke", "saying", "paged",
      // ("13:36  Fiadh admitted; Kt/V 1.4": a kidney offer's or a bed board's log, seed 2525.)
      "admitted"};
  static const FlatWordTable& kSet = *new FlatWordTable(kVerbs);
  return kSet.contains(lower);
}

bool isWeakPersonVerb(std::string_view lower) {
  static constexpr std::array<std::string_view, 7> kVerbs = {"is", "was", "has", "had", "lives", "will", "called"};
  return listHas(kVerbs, lower);
}

bool isPersonFollower(std::string_view lower) {
  static constexpr std::array<std::string_view, 64> kFollowers = {
      "was",      "is",        "has",      "had",       "and",       "or",        "who",       "will",
      "would",    "can",       "did",      "does",      "reports",   "reported",  "states",    "stated",
      "denies",   "denied",    "says",     "said",      "called",    "came",      "went",      "lives",
      "lived",    "presents",  "presented", "returned", "arrived",   "tolerated", "ambulated", "underwent",
      "agreed",   "agrees",    "declined", "declines",  "wants",     "wishes",    "prefers",   "feels",
      "felt",     "notes",     "noted",    "asked",     "asks",      "spoke",     "understands", "remains",
      "continues", "appears",  "complains", "endorses", "took",      "takes",     "at",        "in",
      "with",     "to",        "for",      "from",      "by",        "today",     "also",      "again"};
  static const FlatWordTable& kSet = *new FlatWordTable(kFollowers);
  return kSet.contains(lower);
}

bool isPlaceBefore(std::string_view lower) {
  // ("Metro Manila", "Metro Cebu": a Philippine region.)
  // ("Calle Irensia", "Chalan Kareta": the street's name after its Spanish or Chamorro type; "Rehov
  // HaShaked", "Sderot Yerushalayim", "rue Talbot", "Avenida Paulista", "ulica Długa", "aleja Róż": after
  // its Hebrew, French, Portuguese and Polish type, seed 2727; not "Rua", a part of given names:
  // "Oisín-Rua Paddock".)
  // ("Kuala Lumpur", "Kota Kinabalu", "Pulau Pinang": Malay places open with estuary, fort, island,
  // seed 2929.)
  // ("Skigebiet Bludenz": German for a ski area, named by its town, seed 2929.)
  static constexpr std::array<std::string_view, 26> kPrefixes = {
      "st",  "saint",  "mount", "mt",     "fort",    "lake",  "port",  "san", "santa", "los",   "las",  "el",
      "new", "metro", "calle", "chalan", "rehov", "sderot", "rue", "avenida", "ulica", "aleja", "kuala", "kota",
      "pulau", "skigebiet"};
  static const FlatWordTable& kSet = *new FlatWordTable(kPrefixes);
  return kSet.contains(lower);
}

bool isFirmWord(std::string_view lower) {
  // Employers, carriers and counsel of injury claims, subpoenas and captions ("Employer: Tollgate
  // Poultry Processing", "v. X and Bellwether Life & Annuity", "Lanternhouse Legal Aid"). Not
  // "Law": it is a surname ("Amitai Law"); nor "Legal", which people own ("Aurelio's legal guardian").
  // Company forms of other countries ("Syarikat Sawit Maju Sdn. Bhd.", "Andes Mining S.A.C.",
  // "Alpin Transport GmbH"), seed 2929.
  static constexpr std::array<std::string_view, 24> kFirms = {
      "fabricators", "fabrication", "processing", "catering", "pumping",    "assisted",     "counsel",
      "lawyers",     "attorneys",   "llp",        "pllc",     "aid",      "insurance",    "insurers",
      "assurance",   "annuity",     "underwriters", "casualty", "indemnity", "sdn", "bhd", "gmbh", "ltda", "syarikat"};
  static const FlatWordTable& kSet = *new FlatWordTable(kFirms);
  return kSet.contains(lower);
}

bool isBabyProductWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> kBrands = {
      "similac", "neosure", "enfamil", "enfacare", "aptamil", "nutramigen", "neocate", "alimentum",
      "kendamil", "medela", "lansinoh", "cosi", "graco", "britax", "chicco", "cybex"};
  return listHas(kBrands, lower);
}

bool isPlaceAfter(std::string_view lower) {
  // "Ronald McDonald House", "Hope Lodge": charity lodgings for families.
  static constexpr std::array<std::string_view, 115> kPlaces = {
      "hospital", "hospitals", "clinic", "clinics", "center", "centre", "medical", "health",
      "healthcare", "university", "college", "school", "church", "county", "memorial", "institute",
      "foundation", "regional", "general", "pavilion", "campus", "pharmacy", "laboratory", "labs",
      "rehabilitation", "rehab", "hospice", "village", "manor", "heights", "springs", "valley",
      "ward", "unit", "house", "lodge",
      // "Riverbend Midwifery Practice", "Saltmarsh Police", "Gorse Hill Women's Health".
      "practice", "police", "women", "children", "laboratories",
      // Firms and specialties named after a place or a person: "Quarry Ridge Haulage",
      // "FROM: Sallowmere Cardiology".
      "haulage", "logistics", "trucking", "freight", "construction", "ltd", "limited", "corp", "company", "bank",
      "cardiology", "oncology", "neurology", "radiology", "orthopedics", "orthopaedics", "dermatology", "urology",
      "nephrology", "gastroenterology", "rheumatology", "endocrinology", "pediatrics", "paediatrics", "psychiatry",
      "podiatry", "audiology", "imaging", "dental", "dentistry", "optometry", "physiotherapy",
      // Suppliers and facilities: "Breatheasy Supply", "Greyfriars Skilled Nursing".
      "supply", "supplies", "services", "skilled", "inc", "llc", "associates", "drug", "drugs",
      // Units, farms and institutions that are no clinic: "Riverbend Dialysis", "Cedar Hollow
      // Correctional Facility", "Kettle Creek Farms", "Lakeview Elementary".
      "dialysis", "facility", "facilities", "correctional", "detention", "jail", "prison", "farm", "farms",
      "academy", "elementary", "agency", "ministries", "partners", "daycare", "nursery",
      // Buildings and rooms of a campus: "Lazarus Tower", "Atrium Cafe".
      "tower", "cafe", "cafeteria", "lobby", "garage", "annex",
      // Polyclinics and dispensaries named after a person or a place: "WINSTON SCOTT POLYCLINIC, ST.
      // MICHAEL" (Barbados), "Dispensaire Saint-Joseph", seed 3434.
      "polyclinic", "polyclinique", "policl\u00ednica", "policlinico", "poliklinik", "poliklinika", "dispensary",
      "dispensaire",
      // Telehealth services named after a god or a person: "Apollo Telehealth, Chennai", seed 3737.
      "telehealth", "telemedicine"};
  static const FlatWordTable& kSet = *new FlatWordTable(kPlaces);
  return kSet.contains(lower);
}

bool eponymousInstitutionPair(std::string_view first, std::string_view second) {
  // Hospitals and universities known by their founder's or their place's name alone, whose first
  // word is no given name: "Mayo Clinic, Johns Hopkins and Karolinska forms were accepted" (seed
  // 3838), "records from Cedars Sinai". ("Dana Farber" and "Sloan Kettering" could be people.)
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kPairs = {{
      {"johns", "hopkins"}, {"cedars", "sinai"}}};
  for (const auto& [a, b] : kPairs) {
    if (first == a && second == b) return true;
  }
  return false;
}

bool ownedPlaceNoun(std::string_view lower) {
  // Places owned by their founder or saint, capitalised after "'s": "Dr. Barnardo's Homes", "ST.
  // VINCENT'S HOSPITAL" (seed 3838). Not "Clinic" or "Practice", which a doctor owns by name.
  static constexpr std::array<std::string_view, 5> kOwned = {"hospital", "homes", "infirmary", "hospice", "hospitals"};
  return std::find(kOwned.begin(), kOwned.end(), lower) != kOwned.end();
}

bool isThreeLetterAbbreviation(std::string_view lower) {
  // Departments, disciplines, agencies, tests and places of care written in three capitals: after
  // "by" they name who acted, not a person's initials ("Reviewed by ENT", "referred by DSS").
  static constexpr std::array<std::string_view, 96> kAbbreviations = {
      "ent", "gyn", "icu", "ccu", "obs", "ped", "pmr", "ort", "gim", "imc", "hem", "onc", "nep", "uro", "rad",
      "neu", "psy", "phm", "opd", "ems", "mri", "cta", "pet", "dvt", "chf", "cpr", "icd", "cpt", "ekg", "ecg",
      "eeg", "emg", "abg", "cbc", "bmp", "cmp", "inr", "ptt", "esr", "crp", "tsh", "lft", "asc", "snf", "ltc",
      "alf", "vna", "cdc", "fda", "cms", "doh", "dhs", "dss", "dcf", "cps", "aps", "ssa", "va", "irb", "qa",
      "hr", "it", "gme", "pmd", "ada", "epa", "hhs", "nih", "who", "ucc", "ssi", "edu", "std", "hiv",
      "hcv", "hbv", "tpn", "npo", "prn", "bid", "tid", "qid", "iv", "im", "sq", "po", "pt", "ot", "st", "slp",
      "rt", "rrt", "lab", "mar", "emr", "ehr"};
  static const FlatWordTable& kSet = *new FlatWordTable(kAbbreviations);
  return kSet.contains(lower);
}

bool isLandscapeWord(std::string_view lower) {
  // Rural places are named by their landscape ("Sorrel Creek", "Bramblewood Hollow", "Roan
  // Mountain"), and so are some families ("Hollow Horn", "Mhairi Mountain"): only a cue-less pair
  // of capitalised words ending in one reads as a place.
  // (Camps, gates and huts of treks and climbs: "Barafu Camp", "Mweka Gate", seed 2929.)
  static constexpr std::array<std::string_view, 13> kLandscape = {"creek", "hollow", "bend", "spur", "knob",
                                                                  "mountain", "bluff", "bay", "falls", "camp",
                                                                  "gate", "glacier", "hut"};
  return listHas(kLandscape, lower);
}

bool isBuildingWord(std::string_view lower) {
  // Words that name a building or a room ("Ward", "Church", "House" are surnames too, and so is
  // "Tower": the callers ask for more).
  static constexpr std::array<std::string_view, 6> kBuildings = {"tower", "cafe", "cafeteria", "lobby", "garage",
                                                                 "annex"};
  return listHas(kBuildings, lower);
}

bool isPersonFact(std::string_view lower) {
  // ("Ferrante, De'Andre, room 512", "X, bed 4": where a patient lies.)
  static constexpr std::array<std::string_view, 13> kFacts = {"dob", "mrn", "born", "aged", "age", "ssn", "sex",
                                                              "gender", "d", "passport", "room", "rm", "bed"};
  return listHas(kFacts, lower);
}

bool isPersonalBelonging(std::string_view lower) {
  // What a person owns and a place or a thing does not: a device in the body, a home, bills, care.
  static constexpr std::array<std::string_view, 28> kBelongings = {
      "icd",   "pacemaker", "defibrillator", "pump",       "home",  "medical", "medications", "meds",
      "bills", "rehab",     "care",          "appointment", "phone", "cell",    "insurance",   "wheelchair",
      "walker", "glasses",  "hearing",       "birthday",    "funeral", "surgery",
      // Where a person lives and what they drive: "at byron's house", "Ana's apartment".
      "house", "apartment", "flat", "place", "car", "truck"};
  static const FlatWordTable& kSet = *new FlatWordTable(kBelongings);
  return kSet.contains(lower);
}

bool hasClinicalEnding(std::string_view lower) {
  // Clinical and abstract nouns ("FUNDOPLICATION", "thyroiditis" in capitals), the Latin of
  // organisms ("Enterococcus Faecalis", "Klebsiella Pneumoniae") and the stems of generic drug
  // names ("Lisinopril", "Apixaban", "Pembrolizumab"): no personal name ends so.
  static constexpr std::array<std::string_view, 77> kEndings = {
      "tion",  "sion",  "osis",   "itis",   "ectomy", "otomy",  "ostomy", "plasty", "scopy",
      "graphy", "emia", "opathy", "algia",  "ology",  "ment",   "ness",   "coccus", "cocci",
      "bacter", "bacillus", "monas", "myces", "iae",  "ensis",  "oides",  "alis",   "idium",
      "pril",  "olol",  "statin", "sartan", "mab",    "tinib",  "azole",  "cillin", "mycin",
      "floxacin", "tidine", "prazole", "dipine", "gliptin", "gliflozin", "parin", "xaban",
      "cycline", "navir", "vudine", "triptan", "setron", "azepam", "barbital",
      // chemotherapy ("carboplatin", "paclitaxel", "doxorubicin", "gemcitabine"; seed 2525)
      "platin", "taxel", "rubicin", "citabine",
      // immunosuppressants and psychotropics ("tacrolimus", "fluoxetine", "quetiapine",
      // "risperidone", "sertraline"; seed 3030)
      "limus", "oxetine", "apine", "idone", "traline",
      // verbs and adverbs written in capitals ("SIOBHAN NIEMINEN AMBULATED TWICE")
      "ated", "ized", "ised", "ating", "izing", "ally", "ously", "fully",
      // adjectives and findings of reports in capitals ("INVASIVE ADENOCARCINOMA", "MICROVASCULAR",
      // "GLASS OPACITY", "IRIS ATROPHY", "DUODENAL BIOPSY", "ANTERIOR FASCICULAR")
      "ous", "ular", "ical", "ive", "acity", "trophy", "opsy", "noma", "erior"};
  // The endings grouped by their last letter: a word is compared only with the few that end as it
  // does ("n", the commonest, ends fifteen of the 77), not with all of them.
  static const WordsByLastByte& kByLastLetter = *new WordsByLastByte(kEndings);  // never destroyed, like the sets above
  if (lower.size() < 4) return false;
  for (std::string_view e : kByLastLetter.endingIn(lower.back())) {
    if (lower.size() > e.size() + 2 && lower.ends_with(e)) return true;
  }
  return false;
}

}  // namespace concord::phi::detail
