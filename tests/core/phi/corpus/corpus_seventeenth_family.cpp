// The seventeenth family (kSeventeenthSeed only): templates, look-alike sentences and name pools
// written by someone who had not seen the detector's rules, and never run against it while being
// written. Theme: a US tertiary hospital's specialty and inpatient world. Document styles: MICU
// flowsheet, step-down I-PASS handoff, code-blue record, rapid-response call, level-1 trauma
// activation, burn-unit admission, kidney transplant evaluation, liver transplant selection
// committee minutes, letter to a donor family, OPO referral call, chemotherapy consent, infusion
// chair note, chemotherapy double-check, radiation oncology simulation note, cardiac
// catheterisation report, device-clinic interrogation, stroke alert, EEG report, psychiatry
// consult-liaison note, palliative family meeting, ethics consultation, patient-safety event
// report, risk-management letter, utilisation review, bed-management huddle, critical-value call
// log, CT report with an addendum, research consent documentation, IRB deviation e-mail, billing
// dispute log, subpoena duces tecum, court order for mental-health records, lower-case text
// thread with a family, lower-case e-mail from a relative, case-management discharge plan, HL7
// ADT message, EHR access audit with user names, dictated ICU progress note, respiratory-therapy
// weaning note, chaplaincy note, tele-ICU session log, valet and vehicle log, ICU visitor list,
// transfer-centre call, tumour board table, registration update, insurance verification, ICU
// admission of a nonagenarian, wristband reprint, interpreter log, ECMO candidacy call, cath-lab
// page-out text, portal message from a patient, and eight kinds of note without PHI.
//
// Gold span conventions: the fourteenth family's (see the header of corpus_fourteenth_family.cpp,
// which restates the twelfth, tenth and ninth families'), restated briefly with this family's
// additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("MRN ", "DOB: ", "user=",
//    "PID-5 ", "cell "), quotes, brackets, HL7 field separators ("|", "^") and trailing
//    punctuation are outside.
//  * Names: titles and roles before a name ("Dr. ", "Mr. ", "Ms. ", "Mr ", "Mrs ", "Nurse ",
//    "RN ", "Pharmacist ", "Rev. ", "Judge ", "Attorney ", "per ", "Fellow ", "Interpreter ",
//    "Chaplain ") and credentials after it (", MD", ", MD, FACC", ", MD, FACS", ", RN, CCRN",
//    ", RRT", ", OCN", ", LCSW", ", PharmD", ", PhD, DABR", ", CCDS", ", R. EEG T.", ", BCC",
//    ", HEC-C", ", JD, CPHRM", ", CCRP", ", CCTC", ", MLS(ASCP)", ", Esq.", ", ACNP-BC",
//    ", CCHI") are outside; a name written in one piece is one span ("Ifeoma Castellanos",
//    "I. Castellanos", "Castellanos, Ifeoma", "CASTELLANOS, IFEOMA", "Ifeoma R. Castellanos",
//    lower case in a text thread or an e-mail); in an HL7 message the family and given names
//    ("CASTELLANOS^IFEOMA") are one span, the caret inside. Particles, apostrophes, hyphens and
//    accents are inside. A possessive "'s" is outside. A first name alone, a surname alone and a
//    nickname (quotes outside) are spans. Eponyms naming a sign, disease, score, device or
//    procedure, brand names and names of hospitals, towers and wards are not PHI.
//    Additions: initials standing for a person ("JRM", three capitals) are a name span; a log-in
//    user name made of a person's initial and surname ("icastellanos", no digits) is a name span;
//    a name inside an e-mail address is part of the e-mail span only.
//  * Dates: the date only; a weekday before it and a time after it are outside (in an HL7 time
//    stamp "202403121405" only the first eight digits are the span); month/day without a year,
//    month/year, "March 14" and YYYYMMDD are dates; a year alone is not PHI, nor an expiry year.
//  * Ages: the patient's own age, a span only when over 89: the number only, or the words
//    ("ninety-one", "one hundred and two"). Ages of 89 or less, and ages of other people, are not
//    PHI.
//  * Phones: every phone number written is a gold phone (patient, family, outside physicians,
//    seven-digit local numbers, numbers abroad); numbers labelled fax are "fax"; four- and
//    five-digit extensions and pagers are not PHI.
//  * Identifiers: medical record numbers, transplant-registry identifiers and research subject
//    identifiers are "mrn"; account, encounter and claim numbers are "account"; member, group,
//    Medicaid and Medicare numbers are "health_plan"; driver's licences are "license"; device and
//    lead serials and pump serials are "device"; VINs and plates are "vehicle". Lot numbers, IRB
//    protocol numbers, CPT and ICD codes, rooms, beds, chairs, pagers and helpdesk tickets are
//    not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when they
//    follow on the same line; in a multi-line address each line's part is its own span; a city
//    alone or "City, ST" is an "address" span; in an HL7 address the street and the city are
//    separate spans, the state code between them is not PHI; the ZIP (or ZIP+4) is always its own
//    "zip" span.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 and IPv6 one "ip"
//    span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_seventeenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools, the family's own, written by hand for this family (checked by script against every
// other family's and corpus_values.cpp's quoted strings when written: no string is shared).
constexpr std::string_view kGiven17[] = {
    "Somtochukwu", "Ebere", "Olufunmilayo", "Adebowale", "Titilayo", "Kehinde-Ann", "Abenaa", "Kwesi-Ato",
    "Ama-Serwaa", "Alpha-Oumar", "Lansana", "Mariatou", "Yohannes", "Ayaan", "Sahra-Deeq", "Ruthanne",
    "Lorraine-Mae", "Nereida", "Maribel-Luz", "Wilfrido", "Yareli", "Dámaso", "Rosaura", "Migdalia", "Nilda",
    "Wanda-Ivette", "Betzaida", "Yanira", "Nidia", "Lisandro", "Fritzner", "Wislande", "Dieunie", "Ketly",
    "Rodolphe", "Mirlande", "Przemek", "Krystyna-Maria", "Mieczyslaw", "Halszka", "Teofil", "Olena-Marie",
    "Hryhoriy", "Zlatko", "Dusan", "Mirsada", "Edin", "Selma-Aida", "Fatmir", "Valbona", "Drita", "Chrysoula",
    "Athanasios", "Gaetano", "Philomena-Rose", "Hedwig", "Wolfram", "Gertraud", "Rutger", "Anneke-Joy", "Jorunn",
    "Steinar", "Grete-Lise", "Saoirse-Ann", "Muireann", "Ffion", "Eilidh", "Lachlan-Ross", "Ishbel", "Murugan",
    "Saravanan", "Kalaivani", "Thilagavathi", "Meenakshi-Devi", "Balwinder", "Sukhpreet", "Navjot", "Bhupinder",
    "Suchitra", "Debashish", "Madhumita", "Rituparna", "Khurshid", "Tanveer", "Raheela", "Zulfiqar", "Bahareh",
    "Shahrzad", "Arshak", "Anahit-Mari", "Satenik", "Cengiz", "Gülten", "Hatice", "Nurcan", "Ziyad", "Haya",
    "Mendel", "Rivkah-Leah", "Shmuel", "Chaya-Sura", "Guohua", "Shufen", "Yongjian", "Haiyan", "Chunlei",
    "Masaaki", "Shizuka", "Hye-jin", "Young-soo", "Khanh-linh", "Bienvenido", "Teodora-Luz", "Siriporn",
    "Kongkham", "Kaimana", "Kanoa", "Tavita", "Mosese", "Hosteen", "Atsa", "Kohana", "Onawa", "Weeko",
    "Jaquavious", "Tyquan", "Shamika", "Daquan", "Ebonee", "Tanesha", "Marquise", "Dionte", "Sharonda", "Darla",
    "Wanda-Sue", "Loretta-Lynn", "Bobby-Dale", "Jimmie-Lee", "Earline", "Thelma-Rae", "Alvie", "Inez-Mae",
    "Arlis", "Euel", "Dolphus", "Marvel", "Merit", "Honesty", "Psalm", "Canaan", "Zion", "Storm", "Dove",
    "Sunshine", "Noel", "Marguerite", "Dev", "Tobenna", "Nnamdi", "Adaora", "Kojo", "Meskerem", "Tigist",
    "Abdirahman", "Hodan", "Lucinda", "Evangelina", "Yesenia", "Fermín", "Anaís", "Zebulon", "Clementine",
    "Leopold", "Stanislaw", "Amela", "Besnik", "Teuta", "Giorgos", "Panagiota", "Spiros", "Konstantina",
    "Concetta", "Rocco", "Gunther", "Dafydd", "Callum", "Ravindra", "Anjali", "Sriram", "Nirmala", "Tahmina",
    "Shahid", "Saima", "Navid", "Armen", "Siranush", "Gohar", "Levon", "Yitzhak", "Shoshana", "Mordecai",
    "Devorah", "Tzipporah", "Jianhua", "Yuming", "Zhiwei", "Keiko", "Noriko", "Tuan", "Maricel", "Jericho",
    "Rowena", "Somchai", "Vilay", "Keoni", "Losa", "Nizhoni", "Chayton", "Shaniqua", "Bobbie-Jo", "Verna",
    "Ernestine", "Otis", "Virgil", "Luther", "Gale",
};

constexpr std::string_view kMiddle17[] = {
    "Fabian", "Immaculata", "Jedidiah", "Kunigunde", "Rosamund", "Ursula-Jane", "Zachariah", "Beatrix", "Dolores",
    "Ephraim", "Florencia", "Gideon", "Honora", "Isidore", "Jubal", "Nehemiah", "Septimus", "Theodora", "Violeta",
    "Quincy",
};

constexpr std::string_view kNick17[] = {
    "Bunny", "Pee Wee", "Pancho", "Kiki", "Bo", "Ace", "Slim", "Gator", "Pumpkin", "Honeybee", "Dimples",
    "Tootie", "Punkin", "Scooter", "Trey", "Deuce", "Birdie", "Munchkin", "Moose", "Mimi", "Dede", "Bitsy",
};

constexpr std::string_view kFamily17[] = {
    "Okafor-Whitley", "Anyanwu", "Ezeilo", "Ogundipe", "Owusu-Ansah", "Kouyaté", "Camara-Diop", "Tadesse-Worku",
    "Gebreyes", "Jama-Elmi", "Valdivia", "Cisneros-Lugo", "Barraza", "Saldívar", "Tamez", "Irizarry",
    "Maldonado-Cintrón", "Colón-Soto", "Agosto", "Benavídez", "Olivarez", "Lozano-Treviño", "Etienne-Pierre",
    "Dorvil", "Charlemagne", "Paultre", "Wozniak-Ryan", "Pawlowski", "Szczepanik", "Lewandowicz", "Hrabovsky",
    "Dvorak-Minton", "Boyko", "Ghazarian", "Manoukian", "Kouris", "Stamatopoulos", "Demetriou-Blake",
    "Lombardo-Finn", "Scaglione", "Iacobelli", "Passalacqua", "Mastroianni", "Guarnieri", "Brandenburger",
    "Eichelberger", "Pfannenstiel", "Zimmerli", "Leuenberger", "Tollefson", "Engebretsen", "Halvorsrud",
    "Cadwallader", "Treharne", "Prosser", "Kanagaratnam", "Thirunavukkarasu", "Ramaswamy-Cole", "Gangopadhyay",
    "Sengupta-Hale", "Cheema", "Siddiqui-Falk", "Rizvi", "Chaudhry-Lane", "Khosravi", "Rahimzadeh", "Ohanian",
    "Kevorkian", "Terzian", "Aydin-Ward", "Bulut", "Nakhleh", "Shammas", "Mizrahi-Stone", "Rabinowitz",
    "Zuckerman", "Luo-Bennett", "Gao-Pratt", "Hasegawa", "Okabe", "Yoshimura", "Baek", "Hwang-Dalton", "Ryu",
    "Truong-Mai", "Dimaculangan", "Buenaventura", "Sihalath", "Vongsay", "Keomany", "Prak", "Nhem", "Leota",
    "Sapolu", "Nez", "Goodhouse", "Jackson-Pettiford", "Pettaway", "Satterwhite", "Greenlee", "Mabry", "Crenshaw",
    "Fairley", "Thigpen", "Doucet", "Landry-Bourque", "Trahan", "Comeaux", "Robichaux", "Barnwell", "Sprinkle",
    "Lovelady", "Moneypenny", "Winters", "Meadows", "Pounds", "Nickels", "Farmer", "Ware", "Fairchild",
    "Truelove", "Batchelor", "Cannon", "Arrow", "Shields", "Armour", "Gunn", "Battle", "Rush", "Speed", "Quick",
    "Ready", "Able", "Hart", "Homans", "Virchow", "del Valle-Ortiz", "Mac Diarmada", "Standing Elk",
    "Many Horses", "de la Garza", "Mensah-Whitfield", "Bekele", "Tsegaye", "Warsame", "Hussein-Abdi",
    "Villarreal", "Zamora-Reyes", "Bermúdez", "Santiago-Mercado", "Ocasio", "Rosario-Vega", "Arrieta", "Baptiste",
    "Pierre-Charles", "Desrosiers", "Fleurimond", "Wisniewski", "Dabrowski", "Novak-Hughes", "Petrosyan",
    "Karamanlis", "Antonopoulos", "Russo-Delgado", "Buonocore", "DiStefano", "Schoenfeld", "Weissman",
    "Rosenthal-Park", "Feingold", "Llewellyn-Jones", "Pryce", "Vaughan", "Patel-Murphy", "Raghavan",
    "Subramanian", "Khan-Sullivan", "Sarkissian", "Nassar", "Cohen-Tal", "Levinson", "Friedman", "Huang-Miller",
    "Liang", "Fujimoto", "Kim-Lewis", "Le-Hoang", "Macapagal", "Santos", "Sayavong", "Kahananui", "Akana",
    "Fonoti", "Faleolo", "Runningwater", "Whitehawk", "Booker", "Dupree", "Gates", "Reed", "Salmon", "Sawyer",
    "Crohn",
};
// POOLS-END

constexpr std::string_view kInitials17[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L",
                                            "M", "N", "P", "R", "S", "T", "V", "W"};
constexpr std::string_view kRelations17[] = {"daughter", "son", "wife", "husband", "partner", "sister", "brother",
                                             "granddaughter", "grandson", "niece", "nephew", "mother", "father",
                                             "stepdaughter", "godson", "fiancee", "ex-wife", "aunt"};
constexpr std::string_view kMail17[] = {"maplemail.example.com", "riverbendnet.example.net", "kestrelpost.example.org",
                                        "bluejaymail.example.com"};
constexpr std::string_view kStaffMail17[] = {"stlazarus-med.example.org", "ashgrove-health.example.edu"};
constexpr std::string_view kFac17[] = {"St. Lazarus University Hospital", "Ashgrove Medical Center",
                                       "Beaumont Heart Pavilion", "Whitcomb Burn Center",
                                       "Halvorsen Cancer Institute", "Marigold Step-Down Unit",
                                       "Kessler Tower 6 East", "Gaines Transplant Institute"};

struct Town17 {
  std::string_view city, state;
};
constexpr Town17 kTowns17[] = {
    {"Cedar Rapids", "IA"}, {"Bowling Green", "KY"}, {"Las Cruces", "NM"}, {"Hattiesburg", "MS"},
    {"Kalamazoo", "MI"},    {"Ypsilanti", "MI"},     {"Wichita Falls", "TX"}, {"Brownsville", "TX"},
    {"Chula Vista", "CA"},  {"Yakima", "WA"},        {"Pocatello", "ID"},  {"Bozeman", "MT"},
    {"Gallup", "NM"},       {"Flagstaff", "AZ"},     {"Hilo", "HI"},       {"Bethel", "AK"},
    {"Lowell", "MA"},       {"Pawtucket", "RI"},     {"New Britain", "CT"}, {"Paterson", "NJ"},
    {"Scranton", "PA"},     {"Altoona", "PA"},       {"Utica", "NY"},      {"Poughkeepsie", "NY"},
    {"Frederick", "MD"},    {"Roanoke", "VA"},       {"Greenville", "SC"}, {"Dothan", "AL"},
    {"Valdosta", "GA"},     {"Lakeland", "FL"},      {"Kissimmee", "FL"},  {"Lafayette", "LA"},
    {"Texarkana", "AR"},    {"Muskogee", "OK"},      {"Dodge City", "KS"}, {"Grand Island", "NE"},
    {"Sioux Falls", "SD"},  {"Fargo", "ND"},         {"Duluth", "MN"},     {"Eau Claire", "WI"},
    {"Peoria", "IL"},       {"Terre Haute", "IN"},   {"Dayton", "OH"},     {"Wheeling", "WV"},
    {"Paducah", "KY"},      {"Jackson", "TN"},       {"St. George", "UT"}, {"Pueblo", "CO"},
    {"Casper", "WY"},       {"Elko", "NV"},          {"Medford", "OR"},    {"Bangor", "ME"},
    {"Burlington", "VT"},   {"Nashua", "NH"},        {"Dover", "DE"},
};
constexpr std::string_view kStreets17[] = {
    "Magnolia", "Sycamore", "Tecumseh", "Juniper", "Cottonwood", "Pecan Grove", "Old Mill", "Chickasaw", "Mesquite",
    "Ridgecrest", "Fairhaven", "Quail Run", "Whippoorwill", "Dogwood", "Hickory Hollow", "Martin Luther King Jr",
    "Cesar Chavez", "Kamehameha", "Wabash", "Susquehanna", "Bluebonnet", "Tamarack", "Shenandoah", "Cherokee",
    "Willow Bend", "Buckeye", "Prairie Rose", "Osage", "Lighthouse", "Cranberry",
};
constexpr std::string_view kSuffix17[] = {"Street", "St", "Avenue", "Ave", "Boulevard", "Blvd", "Road", "Rd",
                                          "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Terrace", "Pkwy",
                                          "Circle", "Trail", "Pike"};
constexpr std::string_view kUnits17[] = {"Apt 4B", "Unit 12", "#207", "Lot 18", "Trlr 9", "Apt. 3", "Ste 300",
                                         "Apt 2R", "Unit C"};
constexpr std::string_view kDirs17[] = {"N", "S", "E", "W", "NE", "SW", "North", "West"};

constexpr std::array<std::string_view, 12> kMonths17 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon17 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes17[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTens17[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                        "eighty", "ninety"};

struct Person17 {
  std::string first, middle, initial, last, nick;
};

struct Cast17 {
  Person17 pt, k1, k2, k3;
  std::array<Person17, 8> staff;
  std::string rel1, rel2, rel3;
  std::string streetNumber, streetName, unit, city, state, zip;
  std::string mrn, acct, claim, plan, grp, medicaid, mbi, lic, dev, serial, vin, plate, subj, txid;
};

struct Ctx17 {
  NoteBuilder& b;
  const Cast17& c;
  bool lower = false;
};

// Lower and upper case for ASCII and the Latin-1 letters of U+00C0-U+00FE (two UTF-8 bytes led by
// 0xC3); every name of the pools begins with an ASCII letter.
std::string lower17(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if (u < 0x80) {
      s[i] = static_cast<char>(std::tolower(u));
    }
  }
  return s;
}

std::string upper17(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      ++i;
    } else if (u < 0x80) {
      s[i] = static_cast<char>(std::toupper(u));
    }
  }
  return s;
}

std::string cased(const Ctx17& x, std::string s) { return x.lower ? lower17(std::move(s)) : s; }
void put(Ctx17& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx17& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

// ASCII letters of a name, lower case, for e-mail addresses, user names and URLs.
std::string fold(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out.size() < 2 ? out + "x" : out;
}

std::string initialOf(const std::string& s) {
  return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(s[0]))));
}

std::string words(int n) {
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + words(n - 100);
  if (n < 20) {
    static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                  "sixteen", "seventeen", "eighteen", "nineteen"};
    return n < 10 ? std::string(kOnes17[n]) : std::string(kTeens[n - 10]);
  }
  return std::string(kTens17[n / 10]) + (n % 10 ? "-" + std::string(kOnes17[n % 10]) : "");
}

Person17 makePerson17(Random& r) {
  Person17 p;
  p.first = pickS(r, kGiven17);
  p.middle = pickS(r, kMiddle17);
  p.initial = pickS(r, kInitials17);
  p.last = pickS(r, kFamily17);
  p.nick = pickS(r, kNick17);
  return p;
}

Cast17 makeCast17(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1717ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x17171ULL));
  r.next();
  Cast17 c;
  c.pt = makePerson17(r);
  c.k1 = makePerson17(r);
  if (r.chance(0.6)) c.k1.last = c.pt.last;  // multi-generational families share a surname
  c.k2 = makePerson17(r);
  if (r.chance(0.5)) c.k2.last = c.pt.last;
  c.k3 = makePerson17(r);
  if (r.chance(0.3)) c.k3.last = c.k1.last;
  for (Person17& s : c.staff) s = makePerson17(r);
  if (r.chance(0.3)) c.staff[2].last = c.pt.last;  // a nurse or coordinator sharing the patient's surname
  c.rel1 = pickS(r, kRelations17);
  c.rel2 = pickS(r, kRelations17);
  c.rel3 = pickS(r, kRelations17);
  c.streetNumber = std::to_string(r.between(2, 28999));
  if (r.chance(0.08)) c.streetNumber = std::to_string(r.between(10, 999)) + "-" + std::to_string(r.between(1, 9));
  c.streetName = (r.chance(0.3) ? pickS(r, kDirs17) + " " : std::string()) + pickS(r, kStreets17) + " " +
                 pickS(r, kSuffix17);
  c.unit = r.chance(0.35) ? pickS(r, kUnits17) : std::string();
  const Town17& t = kTowns17[r.next() % std::size(kTowns17)];
  c.city = std::string(t.city);
  c.state = std::string(t.state);
  c.zip = std::to_string(r.between(1, 9)) + r.digits(4);
  if (r.chance(0.35)) c.zip += "-" + r.digits(4);
  switch (r.between(0, 3)) {
    case 0: c.mrn = r.digits(7); break;
    case 1: c.mrn = "00" + r.digits(7); break;
    case 2: c.mrn = "T" + r.digits(8); break;
    default: c.mrn = r.digits(2) + "-" + r.digits(5) + "-" + r.digits(1); break;
  }
  switch (r.between(0, 2)) {
    case 0: c.acct = "V" + r.digits(10); break;
    case 1: c.acct = r.digits(10); break;
    default: c.acct = "HAR" + r.digits(8); break;
  }
  c.claim = r.digits(3) + "-" + r.digits(7) + "-" + r.digits(2);
  switch (r.between(0, 3)) {
    case 0: c.plan = "XEH" + r.digits(9); break;
    case 1: c.plan = "MCD" + r.digits(8); break;
    case 2: c.plan = "U" + r.digits(9) + "01"; break;
    default: c.plan = r.letters(3) + r.digits(9); break;
  }
  c.grp = r.digits(6) + "-" + r.digits(3);
  c.medicaid = r.letters(2) + r.digits(5) + r.letters(1);
  c.mbi = std::to_string(r.between(1, 9)) + r.letters(1, true) + r.digits(1) + r.letters(1, true) + "-" +
          r.letters(1, true) + r.digits(2) + "-" + r.letters(2, true) + r.digits(2);
  switch (r.between(0, 2)) {
    case 0: c.lic = r.letters(1) + r.digits(7); break;
    case 1: c.lic = r.digits(9); break;
    default: c.lic = r.letters(1) + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(2) + "-" + r.digits(3); break;
  }
  c.dev = r.chance(0.5) ? r.letters(3) + r.digits(6) + r.letters(1) : r.digits(8);
  c.serial = r.letters(3) + r.digits(7) + "V";
  c.vin = "1" + r.letters(2, true) + r.digits(1) + r.letters(1, true) + r.digits(2) + r.letters(1, true) +
          r.digits(1) + r.letters(1, true) + r.digits(7);
  switch (r.between(0, 2)) {
    case 0: c.plate = r.letters(3) + "-" + r.digits(3); break;
    case 1: c.plate = r.digits(1) + r.letters(2) + r.digits(4); break;
    default: c.plate = r.letters(2) + " " + r.digits(5); break;
  }
  c.subj = "ASSIST-" + r.digits(3) + "-" + r.digits(2);
  c.txid = r.letters(3, true) + r.digits(4);
  return c;
}

const Person17& who(const Cast17& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key == "k3") return c.k3;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '8') {
    return c.staff[static_cast<std::size_t>(key[1] - '1')];
  }
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "k1" || head == "k2" || head == "k3" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '8');
}

void writeName(Ctx17& x, const Person17& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "f2"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "f2") v = p.first + " " + p.middle + " " + p.last;
  else if (form == "fi") v = initialOf(p.first) + ". " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = upper17(p.last + ", " + p.first);
  else if (form == "UP") v = upper17(p.first + " " + p.last);
  else if (form == "LAST") v = upper17(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower17(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower17(p.first);
  else if (form == "ini") v = initialOf(p.first) + p.initial + initialOf(p.last);
  else if (form == "user") v = fold(p.first).substr(0, 1) + fold(p.last);
  else if (form == "hl7") v = upper17(p.last + "^" + p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

void writeDate(Ctx17& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "mon", "md",
                                                   "dash", "ordl", "compact", "mday"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths17[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon17[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "mon") v = mon + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "dash") v = pad2(m) + "-" + pad2(d) + "-" + std::to_string(y);
  else if (style == "ordl") v = month + " " + std::to_string(d) + ordSuffix(d) + ", " + std::to_string(y);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "mday") v = month + " " + std::to_string(d);
  else if (style == "dmon") v = std::to_string(d) + " " + mon + " " + std::to_string(y);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "my0") v = pad2(m) + "/" + std::to_string(y);
  else throw std::logic_error("unknown date style " + style);
  put(x, "date", v);
}

void writeAge(Ctx17& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  std::string value = std::to_string(age), after;
  if (form == "yo") after = "-year-old";
  else if (form == "y/o") after = " y/o";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "yrs") after = " years old";
  else if (form == "yoa") after = " years of age";
  else if (form == "words") { value = words(age); after = "-year-old"; }
  else if (form == "wordsyrs") { value = words(age); after = " years old"; }
  if (age > 89) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 5)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return "+1 " + a + "-" + e + "-" + l;
    case 4: return "1-" + a + "-" + e + "-" + l;
    default: return "(" + a + ")" + e + "-" + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

// Numbers abroad, where relatives of this hospital's patients live.
std::string abroad(Random& r) {
  switch (r.between(0, 7)) {
    case 0: return "+234 1 " + r.digits(3) + " " + r.digits(4);
    case 1: return "+52 33 " + r.digits(4) + " " + r.digits(4);
    case 2: return "+91 98" + r.digits(3) + " " + r.digits(5);
    case 3: return "+63 917 " + r.digits(3) + " " + r.digits(4);
    case 4: return "+82 10-" + r.digits(4) + "-" + r.digits(4);
    case 5: return "+48 601 " + r.digits(3) + " " + r.digits(3);
    case 6: return "+509 " + r.digits(4) + "-" + r.digits(4);
    default: return "+972 52-" + r.digits(3) + "-" + r.digits(4);
  }
}

std::string emailOf(Random& r, const Person17& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l; break;
    case 2: local = l + "." + f.substr(0, 1) + std::to_string(r.between(1, 9)); break;
    case 3: local = f + l.substr(0, 1) + std::to_string(r.between(1960, 2005)); break;
    default: local = f + "_" + l; break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail17)
                                      : std::span<const std::string_view>(kMail17));
}

std::string streetLine(Ctx17& x) {
  const Cast17& c = x.c;
  std::string v = c.streetNumber + " " + c.streetName;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  return v;
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string sentence17(Random& r);

void placeholder(Ctx17& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast17& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (isPerson(head)) {
    writeName(x, who(c, head), std::string(form));
  } else if (head == "rel") {
    say(x, c.rel1);
  } else if (head == "rel2") {
    say(x, c.rel2);
  } else if (head == "rel3") {
    say(x, c.rel3);
  } else if (head == "title") {
    say(x, p.female ? "Ms." : "Mr.");
  } else if (head == "mrs") {
    say(x, p.female ? "Mrs" : "Mr");
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) style = r.chance(0.5) ? "mdy0" : (r.chance(0.5) ? "iso" : "mdy");
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {
    say(x, std::to_string(r.between(19, 88)));
  } else if (head == "room") {
    say(x, std::to_string(r.between(2, 9)) + pad2(r.between(1, 40)));
  } else if (head == "lot") {
    say(x, r.letters(1) + r.digits(5));
  } else if (head == "ext") {
    say(x, std::to_string(r.between(2, 8)) + r.digits(3));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    const std::string_view whom = form.empty() ? std::string_view("pt") : form;
    put(x, "email", emailOf(r, who(c, whom), whom[0] == 's'));
  } else if (head == "ssn") {
    std::string s = p.ssn;
    std::string style(form);
    if (style.empty()) style = r.chance(0.6) ? "dash" : (r.chance(0.5) ? "nodash" : "space");
    if (style == "nodash") s = s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4);
    if (style == "space") s = s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4);
    put(x, "ssn", s);
  } else if (head == "mrn") {
    put(x, "mrn", c.mrn);
  } else if (head == "subj") {
    put(x, "mrn", c.subj);
  } else if (head == "txid") {
    put(x, "mrn", c.txid);
  } else if (head == "acct") {
    put(x, "account", c.acct);
  } else if (head == "claim") {
    put(x, "account", c.claim);
  } else if (head == "plan") {
    put(x, "health_plan", c.plan);
  } else if (head == "grp") {
    put(x, "health_plan", c.grp);
  } else if (head == "medicaid") {
    put(x, "health_plan", c.medicaid);
  } else if (head == "mbi") {
    put(x, "health_plan", c.mbi);
  } else if (head == "lic") {
    put(x, "license", c.lic);
  } else if (head == "dev") {
    put(x, "device", c.dev);
  } else if (head == "serial") {
    put(x, "device", c.serial);
  } else if (head == "pump") {
    put(x, "device", "PCU" + r.digits(7));
  } else if (head == "vin") {
    put(x, "vehicle", c.vin);
  } else if (head == "plate") {
    put(x, "vehicle", c.plate);
  } else if (head == "url") {
    const std::string slug = fold(c.pt.first) + "-" + fold(c.pt.last);
    switch (r.between(0, 2)) {
      case 0: put(x, "url", "https://www.carepages-family.example.org/site/" + slug); break;
      case 1: put(x, "url", "http://helpfund.example.com/f/" + slug + "-icu-recovery?ref=share"); break;
      default: put(x, "url", "https://video.stlazarus-med.example.org/join/" + r.digits(9)); break;
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      put(x, "ip", "2600:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r) + ":" + hex4(r));
    } else {
      std::string v = "2607:f8b0";
      for (int k = 0; k < 6; ++k) v += ":" + hex4(r);
      put(x, "ip", v);
    }
  } else if (head == "street") {
    put(x, "address", streetLine(x));
  } else if (head == "addr") {  // one line: street, City, ST and the ZIP
    put(x, "address", streetLine(x) + ", " + c.city + ", " + c.state);
    say(x, " ");
    put(x, "zip", c.zip);
  } else if (head == "addr3") {  // a letter's address block
    put(x, "address", c.streetNumber + " " + c.streetName);
    if (!c.unit.empty()) {
      say(x, "\n");
      put(x, "address", c.unit);
    }
    say(x, "\n");
    put(x, "address", c.city + ", " + c.state);
    say(x, "  ");
    put(x, "zip", c.zip);
  } else if (head == "city") {
    put(x, "address", c.city);
  } else if (head == "cityst") {
    put(x, "address", c.city + ", " + c.state);
  } else if (head == "zip") {
    put(x, "zip", c.zip);
  } else if (head == "zip4") {
    put(x, "zip", c.zip.size() == 10 ? c.zip : c.zip + "-" + r.digits(4));
  } else if (head == "state") {
    say(x, c.state);
  } else if (head == "hl7ts") {  // the date is the span, the time after it is not
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), "compact");
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "hl7addr") {
    put(x, "address", c.streetNumber + " " + c.streetName);
    say(x, "^^");
    put(x, "address", c.city);
    say(x, "^" + c.state + "^");
    put(x, "zip", c.zip);
  } else if (head == "fac") {
    say(x, pickS(r, kFac17));
  } else if (head == "s") {
    say(x, sentence17(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx17& x, std::string_view pattern) {
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      say(x, std::string(pattern.substr(i)));
      return;
    }
    say(x, std::string(pattern.substr(i, open - i)));
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    placeholder(x, pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

// Look-alike sentences without PHI: eponyms, brands of drugs and devices, capitalised clinical
// words, scores, doses, lab values, rooms, pagers, extensions, lot numbers, codes, years alone,
// month and weekday words that are not dates, ages of 89 or less and ages of other people.
std::string sentence17(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  switch (r.between(0, 55)) {
    case 0: return "Hodgkin lymphoma in 2009 treated with ABVD; no recurrence on the last PET.";
    case 1: return "Swan-Ganz catheter via the right IJ; wedge " + std::to_string(r.between(8, 30)) + " mmHg, cardiac index 2." + n1 + ".";
    case 2: return "Impella CP at P-" + n1 + ", flow 3." + n1 + " L/min; purge pressure stable.";
    case 3: return "Levophed at 0.0" + n1 + " mcg/kg/min and vasopressin 0.04 units/min.";
    case 4: return "RASS -2 on propofol 20 mcg/kg/min; CAM-ICU negative this morning.";
    case 5: return "Parkland formula started at 04:00; urine output " + n2 + " mL/h via Foley.";
    case 6: return "Lund and Browder chart: " + n2 + "% TBSA, mostly partial thickness, Silvadene avoided.";
    case 7: return "Thymoglobulin induction, tacrolimus trough " + n1 + ".4 ng/mL, mycophenolate 720 mg BID.";
    case 8: return "MELD-Na " + n2 + ", Child-Pugh C, Milan criteria met on the last MRI.";
    case 9: return "Cockcroft-Gault CrCl " + n2 + " mL/min; carboplatin AUC 5 dosed by Calvert.";
    case 10: return "CTCAE grade 2 neuropathy after cycle 4 of FOLFOX; oxaliplatin reduced by 20%.";
    case 11: return "Gamma Knife to two metastases, 20 Gy each, frame placed at 07:15.";
    case 12: return "Cord Dmax 44 Gy, lung V20 28%; plan approved in Eclipse on the Varian TrueBeam.";
    case 13: return "TIMI 3 flow restored; Xience Skypoint 3.0 x 28 mm deployed at 16 atm.";
    case 14: return "Boston Scientific Resonate CRT-D, RV threshold 0.8 V at 0.4 ms, battery " + n1 + " years.";
    case 15: return "Medtronic Micra leadless pacemaker, impedance " + n3 + " ohms, R-wave " + n1 + ".2 mV.";
    case 16: return "NIHSS " + std::to_string(r.between(2, 24)) + " on arrival, ASPECTS 9; tenecteplase 0.25 mg/kg at 10:12.";
    case 17: return "Spetzler-Martin grade II, Hunt and Hess 3, modified Fisher 4.";
    case 18: return "No electrographic seizures over 24 hours; Lennox-Gastaut pattern not seen.";
    case 19: return "Continuous EEG with lateralized periodic discharges at 1 Hz per ACNS terminology.";
    case 20: return "PHQ-9 " + std::to_string(r.between(3, 27)) + ", C-SSRS screen negative, CIWA " + n1 + ".";
    case 21: return "Haloperidol 2 mg IV once at 23:40 for agitation; QTc 4" + n2 + " ms.";
    case 22: return "POLST reviewed: DNR/DNI, selective treatment; goals-of-care note filed.";
    case 23: return "Braden " + std::to_string(r.between(9, 23)) + ", Morse Fall Scale 45; bed exit alarm on.";
    case 24: return "Room 6" + pad2(r.between(1, 40)) + " bed B, contact isolation cart outside for C. difficile.";
    case 25: return "Alteplase lot " + r.letters(1) + r.digits(5) + ", expiry in 2027; 10 mg wasted per protocol.";
    case 26: return "ICD-10 I63.512, CPT 61645 and DRG 023 entered by coding.";
    case 27: return "APACHE IV " + n2 + ", SOFA " + n1 + " on ICU day 3.";
    case 28: return "Ranson 3, BISAP 2; lipase " + n3 + "0 U/L.";
    case 29: return "Hgb 6." + n1 + " g/dL, 2 units PRBC ordered; type and screen O positive.";
    case 30: return "K 6." + n1 + " mmol/L with peaked T waves; calcium gluconate 1 g at 02:05.";
    case 31: return "Troponin I 4." + n1 + " ng/mL at 0 h and 6.8 at 3 h; heparin drip per nomogram.";
    case 32: return "Whipple in 2018 with Roux-en-Y reconstruction, now dumping syndrome.";
    case 33: return "Guillain-Barre suspected; NIF -" + n2 + " cmH2O, FVC 1." + n1 + " L.";
    case 34: return "Kawasaki disease as a child, coronary aneurysm followed by Pediatric Cardiology until 2004.";
    case 35: return "Bedside rounds moved from Tuesday to Wednesday; family prefers Friday afternoons.";
    case 36: return "Seen in March and again in September; nothing new since Christmas.";
    case 37: return "Her son, " + std::to_string(r.between(30, 66)) + ", and grandson, " + std::to_string(r.between(8, 17)) + ", live nearby.";
    case 38: return "Patient is " + std::to_string(r.between(40, 88)) + " and still works at the hardware store.";
    case 39: return "Extension 4" + r.digits(3) + " for the Burn ICU charge nurse; pager 2" + r.digits(4) + ".";
    case 40: return "Pyxis override for morphine 2 mg at 01:30, waste of 2 mg witnessed.";
    case 41: return "CRRT via Prismaflex, effluent 25 mL/kg/h, regional citrate anticoagulation.";
    case 42: return "ECMO VV day " + n1 + ": Cardiohelp at 3,800 rpm, sweep 4 L/min, Hgb goal above 8.";
    case 43: return "Central line day " + n1 + ", CLABSI bundle compliant, Foley removed on rounds.";
    case 44: return "Arctic Sun pads for TTM at 36 C; Bair Hugger off.";
    case 45: return "Addison disease on hydrocortisone 20/10 mg; stress dose 50 mg q6h.";
    case 46: return "Grey Turner and Cullen signs absent; Murphy sign negative.";
    case 47: return "Epic In Basket message routed to the Lazarus Tower pool, helpdesk ticket 8" + r.digits(5) + ".";
    case 48: return "MRSA nares negative; vancomycin stopped, cefepime 2 g q8h continued.";
    case 49: return "Karnofsky 60%, ECOG 2; Cycle 2 Day 8 held for ANC 0." + n1 + ".";
    case 50: return "Veteran, served 1966 to 1969 in the Navy; Agent Orange exposure questionnaire done.";
    case 51: return "Cardiology at Beaumont Heart Pavilion agreed with the Impella wean.";
    case 52: return "Parkinson disease, Hoehn and Yahr 3; Sinemet 25/100 TID timed to meals.";
    case 53: return "Duke criteria: one major and two minor; TEE booked for Monday.";
    case 54: return "Glasgow Coma Scale E2V1M4 at the scene, 9 on arrival; Wells score 4.5.";
    default: return "Mallory-Weiss tear on EGD; no Dieulafoy lesion, Forrest III ulcer in the bulb.";
  }
}

struct Template17 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template17 kTemplates17[] = {
    {"micu_flowsheet", false,
     "MICU FLOWSHEET - Kessler Tower 6 East, bed {room}\nPt: {pt.LF}   MRN {mrn}   DOB {dob.mdy0}\n0700 {s}\n"
     "1100 {s}\n1500 RN {s4.first} notified {s1.fi} of MAP 58; norepinephrine titrated up.\nFamily: {rel} "
     "{k1.full} at bedside, cell {phone2}\n{s4.full}, RN, CCRN\n"},
    {"stepdown_ipass", false,
     "STEP-DOWN HANDOFF (I-PASS) {date.md} 19:00\nI: watcher\nP: {pt.full}, {age.yo}, POD 2 CABG x3, bed "
     "{room}. {s}\nA: chest tubes out today; {k1.first} ({rel}) staying overnight.\nS: {s}\nS: {s5.ini} to "
     "recheck K at 22:00. Handoff {s4.first} to {s5.first}.\n"},
    {"code_blue_record", false,
     "CODE BLUE RECORD\nLocation: 7 West rm {room}   Date: {date.mdy0}   Called 03:12   ROSC 03:31\nPatient: "
     "{pt.UP}   MRN {mrn}\nTeam leader: {s1.full}, MD   Recorder: {s4.ini}   Airway: {s5.full}, RRT\n"
     "Pharmacist {s6.last} drew up epinephrine 1 mg x3. {s}\nFamily notified: {k1.full} ({rel}) at {phone2} by "
     "{s3.last}.\n"},
    {"rapid_response", false,
     "RAPID RESPONSE {date.iso} 14:52 - trigger SpO2 84% on 4 L.\n{pt.full} ({mrn}) called in by nurse "
     "{s4.first}; responders {s2.fi} (ICU fellow) and {s5.first} (RT). {s} Transferred to MICU bed {room}. "
     "{rel} {k1.first} updated by phone at {ph7}.\n"},
    {"trauma_activation", false,
     "TRAUMA ACTIVATION - LEVEL 1\nArrival {date.mdy} 22:47 by Medic 14\nUnknown male, later identified as "
     "{pt.LF} from driver's license {lic}\nMechanism: MVC, restrained driver; vehicle VIN {vin}, plate {plate}, "
     "towed.\nAddress on license: {addr}\n{s}\nTrauma attending: {s1.full}, MD, FACS\n"},
    {"burn_admission", false,
     "WHITCOMB BURN CENTER ADMISSION\n{pt.full}, {age.wordsyrs}, flame burn in a house fire at {street}, "
     "{cityst}. {s}\nGrandchild {k2.first} treated for smoke inhalation and discharged.\nContact: {k1.full} "
     "({rel}), {intl}\nLink the family shared: {url}\nBurn attending {s1.fi}; admitting RN {s4.full}\n"},
    {"kidney_tx_evaluation", false,
     "KIDNEY TRANSPLANT EVALUATION\nCandidate: {pt.lf}   DOB {dob.iso}   Registry ID {txid}\nPotential living "
     "donor: {k1.full} ({rel}), blood type O+\nPer {s2.last} in transplant, crossmatch pending. {s}\nInsurance: "
     "{plan}; Medicare {mbi}\nDonor coordinator: {s3.full}, RN, CCTC\n"},
    {"liver_selection_committee", false,
     "LIVER TRANSPLANT SELECTION COMMITTEE - {date.long}\nCandidate: {pt.full} ({mrn}), MELD-Na 31\nSupport: "
     "{k1.first} and {k2.first} ({rel2}) committed as caregivers; lives at {addr}.\nAbstinence verified by "
     "{s6.full}, LCSW. {s}\nVote: approve 9, defer 1. Presented by {s2.fi}.\n"},
    {"donor_family_letter", false,
     "Dear {k1.first},\n\nOn behalf of everyone at Gaines Transplant Institute, thank you again for the gift "
     "{pt.first} gave on {date.long}. His or her kidneys and liver went to three recipients in our region. "
     "Recipients may write to you through our office.\n\nWith gratitude,\n{s3.full}\nDonor Family Services\n"
     "{email.s3}   {cphone}\n"},
    {"opo_referral_call", false,
     "OPO REFERRAL CALL {date.mdy0} 01:55\nReferring unit: Neuro ICU, {fac}\nPatient: {pt.full}, {age.y/o}, "
     "MRN {mrn}\nGCS 3, ventilated, off sedation 12 h. {s}\nNOK: {k1.full} ({rel}) {phone2}\nCall taken by "
     "{s3.full}, CPTC\n"},
    {"chemo_consent", false,
     "CONSENT FOR CHEMOTHERAPY\nPatient name: {pt.full}   MRN: {mrn}\nRegimen: FOLFOX every 14 days x 12. Risks "
     "discussed: neuropathy, neutropenia, diarrhea. {s}\nPatient signature: {pt.full}   Date: {date.mdy0}\n"
     "Interpreter: {s7.full}, CCHI\nWitness: {k1.full}\nPhysician: {s2.full}, MD\n"},
    {"infusion_chair", false,
     "ONCOLOGY INFUSION - Halvorsen Cancer Institute, chair 14\n{pt.lf} / {mrn} / C3D1 pembrolizumab 200 mg\n{s}\n"
     "Pump serial {pump}\nRN {s4.full}, OCN\nNext visit {date.md}\n"},
    {"chemo_double_check", false,
     "CHEMOTHERAPY INDEPENDENT DOUBLE CHECK\n{pt.LF}  DOB {dob.mdy0}  BSA 1.84 m2\nCarboplatin AUC 5 = 610 mg; "
     "paclitaxel 175 mg/m2 = 322 mg. {s}\nVerified by {s6.fi}, PharmD and {s4.fi}, RN at 09:40.\n"},
    {"radonc_simulation", false,
     "RADIATION ONCOLOGY - CT SIMULATION {date.iso}\n{pt.full} ({mrn}) positioned supine with a thermoplastic "
     "mask; three tattoos placed. {s}\nPlan: 60 Gy in 30 fractions, IMRT.\nPhysics check: {s6.full}, PhD, DABR\n"
     "{his} {rel} drives {pt.first} daily; parking pass for plate {plate}.\n"},
    {"cath_report", false,
     "CARDIAC CATHETERIZATION REPORT\nPatient: {pt.LF}   Acct {acct}   DOB {dob.mdy}\nOperators: {s1.full}, MD, "
     "FACC; {s2.full}, MD (fellow)\nProcedure date: {date.mdy0}\nAccess: right radial 6 Fr, TR Band. {s}\n"
     "Referring: {s3.fi}, fax {fax}\n"},
    {"device_interrogation", false,
     "DEVICE CLINIC INTERROGATION\n{pt.full}   {dob.mdy0}\nICD: Medtronic Cobalt XT DR, serial {dev}; RV lead "
     "{serial}\n{s}\nRemote monitor last transmitted from {ip}.\n{s5.full}, CCDS\n"},
    {"stroke_alert", false,
     "STROKE ALERT {date.compact}  LKW 06:40\n{pt.UP}, {age.sex}, found by {rel} {k1.first}. {s}\nNeuro IR "
     "{s2.last} paged; thrombectomy TICI 2b.\nCallback for family: {phone2}\n"},
    {"eeg_report", false,
     "EEG REPORT\nName: {pt.lf}   Date of recording: {date.long}\nReferring: {s3.full}, MD\nFindings: {s}\n"
     "Impression: abnormal EEG due to diffuse slowing.\nInterpreted by {s2.full}, MD; technologist {s5.ini}, "
     "R. EEG T.\n"},
    {"psych_consult_liaison", false,
     "PSYCHIATRY C-L CONSULT\nRe: {pt.full}, {age.yo}, {mrn}\nCollateral from {k1.first} ({rel}), who asked that "
     "we not share details with {k2.first}. {s} {s}\nSafety: 1:1 sitter. Capacity: lacks capacity for AMA "
     "discharge.\n{s6.full}, MD\n"},
    {"palliative_family_meeting", false,
     "PALLIATIVE CARE FAMILY MEETING {date.long}\nPresent: {k1.full} ({rel}), {k2.full} ({rel2}), {k3.first} by "
     "speakerphone from {intl}, {s2.full} (ICU attending), Chaplain {s7.last}\n{k1.first} and her {rel2} "
     "{k2.first} were updated. {pt.last}'s wishes: no return to the ICU. {s}\n"},
    {"ethics_consult", false,
     "ETHICS CONSULTATION\nRequested by {s1.fi} regarding {pt.full} ({mrn}), {age.wordsyrs}.\nSurrogate: "
     "{k1.full}, {rel}, {phone2}. Disagreement with {k2.full} about tracheostomy. {s}\nConsultant: {s8.full}, "
     "PhD, HEC-C\n"},
    {"safety_event_report", false,
     "PATIENT SAFETY EVENT REPORT\nEvent type: fall with injury\nDate of event: {date.mdy0} 02:15\nPatient: "
     "{pt.LF}, MRN {mrn}, Marigold Step-Down Unit\nSubmitted by: {s4.user}\nDescription: found on the floor by "
     "{s4.first}. {s}\nFamily ({rel} {k1.last}) notified at {phone2}.\n"},
    {"risk_letter", false,
     "Office of Risk Management\n{date.long}\n\n{k1.full}\n{addr3}\n\nRe: your concerns about the care of "
     "{pt.full} (DOB {dob.long})\n\nDear {k1.full},\nWe have reviewed the events you described. {s}\nPlease "
     "contact me at {cphone} or {email.s8}.\n\nSincerely,\n{s8.full}, JD, CPHRM\n"},
    {"utilization_review", false,
     "UTILIZATION REVIEW\nMember: {pt.LF}   Member ID {plan}   Group {grp}\nAdmit {date.md}; InterQual "
     "criteria met for ICU level of care. {s}\nPayer reviewer {s8.fi}, fax {fax}\nUR nurse: {s4.full}, RN\n"},
    {"bed_huddle", false,
     "BED HUDDLE 0730 {date.md}\nMICU: two pending transfers, {pt.ini} to 6E first.\n6E rm {room}: {pt.lf} "
     "awaiting SNF (Sunrise Gardens declined).\n{s}\nLead: {s3.first} ({s3.user})\n"},
    {"critical_value_call", false,
     "CRITICAL VALUE NOTIFICATION\nPotassium 6.9 mmol/L on {pt.UP} ({mrn}), collected {date.mdy0} 04:10\n"
     "Called to: {s4.full}, RN at 04:32, read back\nCalled by: {s5.full}, MLS(ASCP)\nProvider notified: {s2.fi}\n"},
    {"ct_with_addendum", false,
     "CT HEAD WITHOUT CONTRAST\nPatient: {pt.lf}   DOB {dob.mdy0}\nClinical: fall on warfarin.\nFindings: {s}\n"
     "IMPRESSION: no acute intracranial hemorrhage.\nSigned: {s6.full}, MD {date.mdy0}\n\nADDENDUM {date.mdy0}: "
     "discussed with {s2.last} by phone at {cphone}.\n"},
    {"research_consent", false,
     "RESEARCH CONSENT DOCUMENTATION\nStudy: ASSIST-ICU (IRB 2023-0417)   Subject ID {subj}\n{pt.full} lacked "
     "capacity; consent obtained from LAR {k1.full} ({rel}) on {date.long}. {s}\nCopy sent to {email.k1}.\n"
     "Coordinator: {s5.full}, CCRP\n"},
    {"irb_deviation_email", false,
     "From: {email.s8}\nTo: {email.s5}\nSubject: Deviation report, subject {subj}\n\nHi {s5.first},\nThe CRF "
     "page 3 for this subject carried the participant's name ({pt.full}) and date of birth ({dob.mdy}). Please "
     "redact and re-upload. {s}\n\n-- {s8.first}\n"},
    {"billing_dispute", false,
     "BILLING DISPUTE LOG\nGuarantor: {k1.LF}   Account {acct}   Claim {claim}\nPatient: {pt.full}\nCaller "
     "states she was billed twice for the {date.mdy} ED visit. SSN on file {ssn.nodash}. {s}\nMailing "
     "address: {addr}\nCallback {phone2}\nRep: {s6.user}\n"},
    {"subpoena", false,
     "SUBPOENA DUCES TECUM\n{k2.UP}, Plaintiff, v. {pt.UP}, Defendant\nTO: Custodian of Records, {fac}\n"
     "YOU ARE COMMANDED to produce all records of {pt.full}, DOB {dob.mdy0}, SSN {ssn}, for treatment from "
     "{date.mdy0} to {date.mdy0}.\nAttorney {s8.last} for plaintiff: {s8.full}, Esq., {cphone}\n"},
    {"court_order_records", false,
     "ORDER FOR RELEASE OF MENTAL HEALTH RECORDS\nIt is ORDERED that {fac} release to counsel for "
     "{k1.full} the records of {pt.LF} (MRN {mrn}) for admissions since {date.my}.\nSO ORDERED this "
     "{date.ordl}.\nJudge {s8.last}\n"},
    {"family_text_thread", true,
     "[{date.md} 9:14 pm] {k1.lowfirst}: is {pt.lowfirst} awake yet\n[9:20 pm] {s4.lowfirst} rn: not "
     "yet, sedation off at 8. {s}\n[9:22 pm] {k1.lowfirst}: ok tell {pt.nick} that {k2.low} is "
     "driving up from {city}\n"},
    {"relative_email", true,
     "from: {email.k1}\nto: {email.s3}\nsubject: my {rel3} {pt.lowfirst}\n\nhi {s3.lowfirst}, its {k1.low}. "
     "{pt.lowfirst} is {age.wordsyrs} and the nursing home wants {pt.lowfirst} back. our address changed to {street}, "
     "{cityst} {zip4}. call me at {ph7}\n"},
    {"case_management_plan", false,
     "CASE MANAGEMENT - DISCHARGE PLAN\n{pt.full}, {age.yoa}. Discharge to {rel}'s home at {addr}. Backup: SNF "
     "in {cityst}. {s}\nDME: hospital bed, oxygen concentrator serial {dev}.\nCM: {s6.full}, RN, ACM\n"},
    {"hl7_adt", false,
     "MSH|^~\\&|ADT|STLAZ|CLINDW|STLAZ|{hl7ts}||ADT^A02|MSG{lot}|P|2.5\nPID|1||{mrn}^^^STLAZ^MR||{pt.hl7}||"
     "{dob.compact}|{sex}|||{hl7addr}||{phone}|||||{acct}|{ssn.nodash}\nPV1|1|I|MICU^{room}^A\n"},
    {"access_audit", false,
     "EHR ACCESS AUDIT - employee-patient record\n{date.iso} 02:14  user={s4.user}  pt={pt.LF}  mrn={mrn}  "
     "ws={ip}\n{date.iso} 02:19  user={s6.user}  src={ip6}\nNote: privacy office asked whether staff member "
     "{s3.full} is related to the patient; access by {s3.first} reviewed, no relation.\n"},
    {"dictated_icu_progress", false,
     "This is {s2.full} dictating an ICU progress note on {pt.full}, medical record number {mrn}, for "
     "{date.long}. {s} Spoke with {pt.last}'s {rel} at the bedside. {k1.first} and {k2.first} were updated. Per "
     "{s3.last} in transplant, no change to the listing. {s} End of dictation.\n"},
    {"rt_weaning", false,
     "RESPIRATORY THERAPY\n{pt.lfm}   bed {room}\nSBT 30 min on PS 5/PEEP 5 passed, RSBI 62. {s}\nExtubated "
     "to 4 L NC at 10:20. {k1.first} at bedside.\n{s5.full}, RRT\n"},
    {"chaplaincy_note", false,
     "SPIRITUAL CARE\nVisited {pt.first} and {his} {rel} {k1.first} in MICU. {s} Rev. {k3.full} from their church "
     "will visit tomorrow; may be reached at {ph7}.\nChaplain {s7.full}, BCC\n"},
    {"tele_icu_log", false,
     "TELE-ICU SESSION LOG\nCamera session {date.iso} 03:05 from {ip6}\nIntensivist {s1.full} reviewed "
     "{pt.LF}: {s}\nFamily video call by {k1.first} via {url}\n"},
    {"valet_vehicle_log", false,
     "SECURITY / VALET LOG {date.md}\nVehicle plate {plate} ({state}), VIN {vin}, left at the ED entrance by "
     "{pt.full}. Keys held at security. {rel} {k1.first} {k1.last} to collect; ID checked, license {lic}.\n"},
    {"icu_visitor_list", false,
     "APPROVED VISITORS - {pt.lf}\n1. {k1.full} ({rel})\n2. {k2.full} ({rel2})\n3. {k3.full} ({rel3})\n"
     "NOT approved: \"{k2.nick}\" (restraining order on file)\nUpdated by {s4.fi}\n"},
    {"transfer_center_call", false,
     "TRANSFER CENTER CALL {date.mdy0} 23:10\nCaller: {s3.full}, MD, Ridgeview Community Hospital, "
     "{cphone}\nPatient: {pt.full}, DOB {dob.mdy}, {age.yo}\nAccepted by {s1.last} (MICU); bed {room}.\n{s}\n"},
    {"tumor_board_table", false,
     "MULTIDISCIPLINARY TUMOR BOARD {date.long}\nPatient          | MRN      | Presenter | Plan\n{pt.LF} | "
     "{mrn} | {s2.last} | neoadjuvant FOLFIRINOX\n{s}\nRecorded by {s5.ini}\n"},
    {"registration_update", false,
     "REGISTRATION UPDATE\nName: {pt.lf}\nNew address:\n{addr3}\nHome phone: {phone}\nE-mail: {email}\n"
     "Emergency contact: {k1.full} ({rel}) {intl}\n"},
    {"insurance_verification", false,
     "INSURANCE VERIFICATION\n{pt.full}   DOB {dob.mdy0}\nPrimary: Medicaid {medicaid}\nSecondary: Medicare "
     "{mbi}\nSSN {ssn.space}\nVerified {date.md} by {s6.user}\n"},
    {"nonagenarian_admission", false,
     "MICU ADMISSION H&P\n{pt.full}, {age.wordsyrs}, admitted {date.mday} with urosepsis. Born {dob.long}. "
     "{s} {s}\nLives alone at {street}; {rel} {k1.full} checks in daily.\n{s1.full}, MD\n"},
    {"wristband_reprint", false,
     "ID BAND REPRINT\n{pt.UP}\nDOB {dob.mdy0}   {sex}\nMRN {mrn}   ACCT {acct}\nAllergy: sulfa\nPrinted by "
     "{s4.ini} at the 5 North desk\n"},
    {"interpreter_log", false,
     "INTERPRETER SERVICES LOG {date.mdy}\nLanguage: Haitian Creole\nPatient: {pt.full}  MRN {mrn}\n"
     "Encounter: family update with {k1.full} ({rel})\nInterpreter {s7.full}, CCHI, ID badge 3{ext}\n"},
    {"ecmo_candidacy_call", false,
     "ECMO CANDIDACY CALL {date.md} 04:20\nOutside hospital intensivist {s3.full} ({cphone}) requesting VV ECMO "
     "for {pt.full}, {age.yo}. {s}\nDecision by {s1.last}: accept. Fax records to {fax}.\n"},
    {"cath_lab_page", true,
     "stemi page {date.md} 02:41 - {pt.low}, {age.sex}, inferior stemi, door 02:30. cath lab team: "
     "{s1.lowfirst}, {s4.lowfirst}, {s5.lowfirst}. {s}\n"},
    {"portal_message", false,
     "MyChart message {date.mdyy}\nFrom: {pt.full}\nHi Dr. {s2.last}, since my discharge on {date.md} my "
     "incision is red. My new cell is {phone}. Thanks, {pt.first}\nReply by {s4.full}, RN: please come to "
     "clinic Monday.\n"},
    {"no_phi_icu_checklist", false,
     "ICU daily goals checklist (QI audit extract, no identifiers)\n{s}\n{s}\n{s}\nSedation vacation done; "
     "spontaneous breathing trial passed.\n"},
    {"no_phi_code_debrief", false,
     "Code debrief, 7 West (de-identified): {s} {s} What went well: compressions started within 30 seconds.\n"},
    {"no_phi_tumor_board_protocol", false,
     "Tumor board reminder: {s} {s} Cases due to the coordinator by Wednesday noon.\n"},
    {"no_phi_cath_inventory", false, "Cath lab inventory note: {s} {s} Reorder of Xience stents placed.\n"},
    {"no_phi_stroke_metrics", false,
     "Stroke program metrics, third quarter: median door-to-needle 38 min. {s} {s}\n"},
    {"no_phi_physics_qa", false, "Radiation physics QA: {s} {s} Linac output within 1%.\n"},
    {"no_phi_ethics_education", false,
     "Ethics committee education session: a patient aged {yage} with a contested surrogate. {s} {s}\n"},
    {"no_phi_census", false,
     "House census at 0600: 96% occupancy, 14 boarders in the ED. {s} {s} Surge plan level 2.\n"},
};

}  // namespace

std::size_t seventeenthTemplateCount() { return std::size(kTemplates17); }

std::string_view writeSeventeenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice) {
  const Cast17 cast = makeCast17(seed, patientIndex);
  const Template17& t = kTemplates17[choice % std::size(kTemplates17)];
  Ctx17 x{builder, cast, t.lower};
  expand(x, t.pattern);
  return t.name;
}

std::string seventeenthSentence(Random& r) { return sentence17(r); }

}  // namespace concord::phi::corpus
