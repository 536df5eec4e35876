// The fresh family (kFreshSeed only): templates, look-alike sentences and name pools written by
// someone who had not seen the detector's rules, and never run against it while being written.
//
// Gold span conventions (the same as the other families, see corpus_builder.cpp):
//  * Titles and honorifics are NOT part of a name span: "Dr. " / "Mr. " / "Ms. " / "Mrs. " /
//    "Chaplain " stay outside, as in the shared templates' "Dr. {doclast}" and "{title} {plast}".
//    Credentials and roles after a name (", MD", " RN", ", PharmD", " (Attending)") stay outside.
//    Descriptors such as "Baby Girl " stay outside; the surname after them is a name span.
//  * A person's name written in one piece is one span: "Ama K. Mensah", "A. K. Mensah",
//    "Mensah, Ama", "MENSAH, AMA" (the comma of an inverted name is inside, as in the builder's
//    inverted forms), particles and hyphens included ("van der Berg", "Abu-Bakr").
//  * A possessive "'s" is outside the span ("Mensah" in "Mr. Mensah's daughter").
//  * Pattern categories (dates, ages over 89, phones, identifiers, addresses) follow the builder:
//    labels outside, the value inside; an age span is the number only; times are outside dates.
//  * Hospital, department, team and organisation names are not PHI.
#include "corpus_fresh_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// ---------------------------------------------------------------------------------------------
// Name pools, the family's own (the other families draw from corpus_values.cpp). Diverse origins,
// and names that are also ordinary English words (Rose, Hope, Faith, Bill, Mark; Young, Black,
// Price, Rich, Hunter, Page, Ward, ...). A few carry non-ASCII letters, as real data does.

constexpr std::string_view kFreshGiven[] = {
    // West and East African
    "Adaeze", "Chukwuemeka", "Obinna", "Nkechi", "Kwame", "Akosua", "Yaw", "Efua", "Kofi", "Abena", "Babajide",
    "Folake", "Tunde", "Yetunde", "Ousmane", "Aminata", "Mamadou", "Seydou", "Kadiatou", "Ikechukwu", "Wanjiru",
    "Achieng", "Makena", "Baraka", "Tsehay", "Dawit",
    // South Asian
    "Rohan", "Ananya", "Devika", "Sandeep", "Harpreet", "Gurpreet", "Lakshmi", "Venkatesh", "Meenakshi", "Arjun",
    "Kavya", "Rahul", "Shreya", "Farhan", "Nasreen", "Tanvir", "Sunita", "Rajesh",
    // East and Southeast Asian
    "Wei", "Xiaoling", "Jun", "Hiroshi", "Yuki", "Sakura", "Minjun", "Seo-yeon", "Jiho", "Takeshi", "Hana", "Ling",
    "Bao", "Linh", "Quang", "Phuong", "Duc", "Jia-hui",
    // Hispanic
    "Alejandro", "Mariana", "Joaquín", "Esperanza", "Rodrigo", "Catalina", "Itzel", "Maricela", "Héctor", "Socorro",
    "Consuelo", "Fernando", "Yolanda", "Ignacio", "Paloma", "Julio", "Dulce", "Graciela",
    // Arabic
    "Abdullah", "Layla", "Omar", "Khalid", "Mariam", "Tariq", "Samira", "Rania", "Hassan", "Yasmin", "Ahmad", "Huda",
    "Bilal", "Karim", "Salma",
    // Eastern European
    "Bogdan", "Ludmila", "Miroslav", "Katarzyna", "Radoslaw", "Zuzana", "Vaclav", "Irina", "Sergei", "Anastasia",
    "Milos", "Dragana", "Piotr", "Olena", "Taras", "Vesna",
    // Irish
    "Aoife", "Niamh", "Ciaran", "Padraig", "Roisin", "Declan", "Orla", "Fionnuala", "Cathal", "Grainne", "Ronan",
    "Sinead",
    // Dutch, German, Nordic
    "Maarten", "Femke", "Joost", "Sanne", "Pieter", "Anouk", "Willem", "Lotte", "Sven", "Astrid", "Gunnar",
    "Solveig", "Jürgen", "Heike", "Wolfgang",
    // Anglo / African American
    "Deborah", "Gerald", "Marjorie", "Harold", "Beverly", "Clarence", "Loretta", "Vernon", "Eunice", "Lamar",
    "Tyrone", "Keisha", "Jamal", "Latoya", "Dwayne", "Imogen", "DeShawn", "Shanice",
    // Names that are also words
    "Rose", "Hope", "Faith", "Bill", "Mark", "Ivy", "Iris", "Pearl", "Ruby", "Amber", "Summer", "April", "May",
    "Penny", "Angel", "Patience", "Mercy", "Charity", "Sterling", "Dale", "Glen", "Art", "Gene", "Rusty", "Sunny",
    "Hunter", "Page", "Jack", "Guy", "Crystal"};

constexpr std::string_view kFreshFamily[] = {
    // West and East African
    "Adebayo", "Okonkwo", "Eze", "Nwosu", "Mensah", "Asante", "Boateng", "Owusu", "Diallo", "Traoré", "Keita",
    "Coulibaly", "Ogunleye", "Afolabi", "Olatunji", "Danso", "Kamau", "Odhiambo", "Wanjala", "Kiprotich", "Haile",
    "Tesfaye", "Abebe",
    // South Asian
    "Raghunathan", "Subramaniam", "Iyer", "Banerjee", "Chatterjee", "Deshpande", "Kulkarni", "Sandhu", "Grewal",
    "Malhotra", "Qureshi", "Siddiqui", "Rahman", "Hossain", "Venkataraman", "Pillai", "Nair", "Reddy",
    // East and Southeast Asian
    "Wang", "Liu", "Zhang", "Huang", "Zhou", "Sato", "Suzuki", "Takahashi", "Watanabe", "Park", "Choi", "Jung",
    "Tran", "Pham", "Le", "Vo", "Huynh", "Lin",
    // Hispanic, with particles
    "Hernández", "Morales", "Ortega", "Salazar", "Figueroa", "Cisneros", "Mendoza", "Navarro", "Espinoza",
    "Aguilar", "Domínguez", "Bustamante", "Valenzuela", "Cervantes", "De la Cruz", "De León", "del Río",
    "García-Márquez",
    // Arabic, with hyphens and particles
    "Al-Rashid", "Haddad", "Khoury", "Nasser", "Mansour", "Abu-Bakr", "El-Amin", "Hijazi", "Saleh", "Barakat",
    "Aziz", "Farouk", "Al Masri",
    // Eastern European
    "Novotny", "Horvath", "Kovalenko", "Shevchenko", "Wiśniewski", "Nowak", "Popescu", "Ionescu", "Dvorak",
    "Kuznetsov", "Volkova", "Babić", "Marković", "Lewandowski",
    // Irish, with apostrophes
    "O'Connell", "O'Sullivan", "O'Driscoll", "McCarthy", "Donnelly", "MacNamara", "Flanagan", "Kavanagh", "Quinlan",
    "Doherty",
    // Dutch, German, Nordic, French, Italian, with particles and apostrophes
    "van der Berg", "van Dijk", "de Vries", "Bakker", "Visser", "Janssen", "van den Heuvel", "de Jong", "Smit",
    "Mulder", "ter Horst", "Verhoeven", "Schreiber", "Hoffmann", "Krüger", "Lindgren", "Johansson", "Sandberg",
    "Beaulieu", "Gagnon", "Tremblay", "Lévesque", "Russo", "Ferrara", "Bianchi", "Colombo", "Di Stefano",
    "D'Angelo",
    // Hyphenated
    "Nwosu-Clarke", "Hughes-Wainwright", "Lindqvist-Park",
    // Surnames that are also words
    "Young", "Black", "Price", "Rich", "Hunter", "Page", "Fox", "Wolf", "Stone", "Love", "Strong", "Wise", "Sharp",
    "Small", "Moody", "Cross", "Frost", "Snow", "Winter", "Day", "Knight", "Bishop", "Mason", "Walker", "Cook",
    "Bush", "Branch", "Noble", "Lamb", "Bird", "Moss", "Marsh", "Ward", "Hall", "Chambers", "Banks", "Church",
    "Pope", "Payne", "Hurt", "Best", "Gold", "Bloom", "Head", "Hand", "Foot", "Person", "Blessing", "Faith", "Hope",
    "Rose", "Mark", "Bill"};

constexpr std::string_view kFreshInitials[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K",
                                               "L", "M", "N", "O", "P", "R", "S", "T", "V", "W", "Y"};

constexpr std::string_view kFreshRelations[] = {
    "partner",   "wife",     "husband", "daughter",        "son",       "mother", "father",
    "granddaughter", "grandson", "stepson", "sister-in-law", "neighbor", "friend", "aunt",
    "nephew",    "roommate", "fiancée", "brother",         "sister",    "goddaughter"};

constexpr std::string_view kFreshEmailDomains[] = {"example.com", "example.net", "example.org", "mail.example.edu",
                                                   "home.example.com"};

struct Person {
  std::string first, middle, last;
};

// Everyone a note of one patient may mention. Staff slots: s0 attending/surgeon/author,
// s1 resident/assistant, s2 anaesthesia, s3 nurse, s4 pharmacist, s5 social worker / case
// manager, s6 chaplain / interpreter, s7 primary care or referring doctor.
struct Cast {
  Person pt, k1, k2, baby;
  std::array<Person, 8> staff;
  std::string k1rel, k2rel;
  bool female = false;
};

std::string pickOne(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

Person makePerson(Random& r) {
  Person p;
  p.first = pickOne(r, kFreshGiven);
  p.middle = pickOne(r, kFreshInitials);
  p.last = pickOne(r, kFreshFamily);
  return p;
}

Cast makeCast(std::uint64_t seed, std::size_t patientIndex, bool female) {
  Random r(seed * 0x2545f4914f6cdd1dULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x7f4a7c15ULL));
  r.next();
  Cast c;
  c.female = female;
  c.pt = makePerson(r);
  c.k1 = makePerson(r);
  if (r.chance(0.6)) c.k1.last = c.pt.last;
  c.k2 = makePerson(r);
  if (r.chance(0.5)) c.k2.last = c.pt.last;
  c.baby = makePerson(r);
  c.baby.last = r.chance(0.5) ? c.pt.last : c.k1.last;
  for (Person& s : c.staff) s = makePerson(r);
  c.k1rel = pickOne(r, kFreshRelations);
  c.k2rel = pickOne(r, kFreshRelations);
  return c;
}

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

std::string upper(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return s;
}

std::string asciiLetters(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch >= 'A' && ch <= 'Z') out.push_back(static_cast<char>(ch - 'A' + 'a'));
    if (ch >= 'a' && ch <= 'z') out.push_back(ch);
  }
  return out;
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                      "May",     "June",     "July",      "August",
                                                      "September", "October", "November", "December"};

// ---------------------------------------------------------------------------------------------
// Writing people and values.

void writeName(NoteBuilder& b, const Person& p, std::string_view form) {
  Random& r = b.random();
  const std::string initials = p.first.substr(0, 1) + ". " + (r.chance(0.5) ? p.middle + ". " : std::string());
  if (form == "full") {
    b.phi("name", p.first + " " + p.last);
  } else if (form == "mid") {
    b.phi("name", p.first + " " + p.middle + ". " + p.last);
  } else if (form == "first") {
    b.phi("name", p.first);
  } else if (form == "last") {
    b.phi("name", p.last);
  } else if (form == "inv") {
    b.phi("name", p.last + ", " + p.first);
  } else if (form == "invmid") {
    b.phi("name", p.last + ", " + p.first + " " + p.middle + ".");
  } else if (form == "INV") {
    b.phi("name", upper(p.last + ", " + p.first));
  } else if (form == "caps") {
    b.phi("name", upper(p.first + " " + p.last));
  } else if (form == "LAST") {
    b.phi("name", upper(p.last));
  } else if (form == "init") {
    b.phi("name", initials + p.last);
  } else if (form == "lower") {
    b.phi("name", lower(p.first + " " + p.last));
  } else if (form == "lowerfirst") {
    b.phi("name", lower(p.first));
  } else if (form == "lowerlast") {
    b.phi("name", lower(p.last));
  } else if (form == "any") {
    switch (r.between(0, 5)) {
      case 0: writeName(b, p, "full"); break;
      case 1: writeName(b, p, "mid"); break;
      case 2: writeName(b, p, "init"); break;
      case 3: writeName(b, p, "inv"); break;
      case 4: writeName(b, p, "INV"); break;
      default: writeName(b, p, "caps"); break;
    }
  } else if (form == "sig") {
    switch (r.between(0, 3)) {
      case 0: writeName(b, p, "full"); break;
      case 1: writeName(b, p, "mid"); break;
      case 2: writeName(b, p, "init"); break;
      default: writeName(b, p, "caps"); break;
    }
  } else if (form == "email") {
    std::string f = asciiLetters(p.first), l = asciiLetters(p.last);
    if (f.empty()) f = "pt";
    if (l.empty()) l = "x";
    std::string local;
    switch (r.between(0, 3)) {
      case 0: local = f + "." + l; break;
      case 1: local = f.substr(0, 1) + l + r.digits(2); break;
      case 2: local = l + "_" + f.substr(0, 1); break;
      default: local = f + r.digits(4); break;
    }
    b.phi("email", local + "@" + pickOne(r, kFreshEmailDomains));
  } else {
    throw std::logic_error("unknown fresh name form");
  }
}

void writeFreshPhone(NoteBuilder& b, const std::string& digits) {
  Random& r = b.random();
  const std::string a = digits.substr(0, 3), e = digits.substr(3, 3), l = digits.substr(6, 4);
  std::string value;
  switch (r.between(0, 6)) {
    case 0: value = a + "-" + e + "-" + l; break;
    case 1: value = "(" + a + ") " + e + "-" + l; break;
    case 2: value = a + "." + e + "." + l; break;
    case 3: value = a + e + l; break;
    case 4: value = a + " " + e + "-" + l; break;
    case 5: value = "+1 (" + a + ") " + e + "-" + l; break;
    default: value = "+1-" + a + "-" + e + "-" + l; break;
  }
  b.phi("phone", value);
}

void writeFreshDate(NoteBuilder& b) {
  Random& r = b.random();
  const int year = r.between(2016, 2025), month = r.between(1, 12), day = r.between(1, 28);
  const std::string m(kMonths[static_cast<std::size_t>(month - 1)]);
  const std::string abbr = m.substr(0, 3);
  std::string value;
  switch (r.between(0, 7)) {
    case 0: value = std::to_string(day) + abbr + std::to_string(year); break;
    case 1: value = two(day) + "-" + upper(abbr) + "-" + std::to_string(year); break;
    case 2: value = std::to_string(month) + "." + std::to_string(day) + "." + two(year % 100); break;
    case 3: value = abbr + " " + std::to_string(day) + " " + std::to_string(year); break;
    case 4: value = std::to_string(year) + " " + abbr + " " + std::to_string(day); break;
    case 5: value = two(day) + "/" + two(month) + "/" + std::to_string(year); break;
    case 6: value = std::to_string(month) + "/" + std::to_string(day); break;
    default: value = m + " " + std::to_string(day); break;
  }
  b.phi("date", value);
}

void writeFreshAge(NoteBuilder& b) {
  Random& r = b.random();
  const int age = b.patient().age >= 90 ? b.patient().age : r.between(90, 104);
  const std::string a = std::to_string(age);
  switch (r.between(0, 4)) {
    case 0: b.phi("age", a); b.text("yo"); break;
    case 1: b.phi("age", a); b.text(" y.o."); break;
    case 2: b.text("age: "); b.phi("age", a); break;
    case 3: b.phi("age", a); b.text(b.patient().female ? " yo female" : " yo male"); break;
    default: b.phi("age", a); b.text("-year-old"); break;
  }
}

const Person& personFor(const Cast& c, std::string_view who) {
  if (who == "pt") return c.pt;
  if (who == "k1") return c.k1;
  if (who == "k2") return c.k2;
  if (who == "baby") return c.baby;
  if (who.size() == 2 && who[0] == 's' && who[1] >= '0' && who[1] <= '7') {
    return c.staff[static_cast<std::size_t>(who[1] - '0')];
  }
  throw std::logic_error("unknown fresh person");
}

// Placeholders: {who.form} a person (who: pt, k1, k2, baby, s0..s7; form: see writeName);
// {fs} a fresh look-alike sentence; {ttl} Mr./Ms./Mrs. (not PHI); {pron}/{Pron}/{poss} pronouns;
// {k1rel}/{k2rel} relation words; {kidage} a child's age (not PHI); {ph} the patient's phone
// and {ph2} another phone, in fresh formats; {dt} a date in fresh formats; {agef} an age over 89
// in fresh forms; {mrnv} {acctv} {planv} {ssnv} {licv} {devv} {vinv} {platev} {zipv} bare
// identifier values (the template writes its own label). Any other placeholder goes to the
// builder ({date}, {dob}, {age}, {phone}, {fax}, {address}, {street}, {zip}, {url}, {ip}, {mrn},
// {hospital}, ...).
void expand(NoteBuilder& b, const Cast& c, std::string_view pattern);

void placeholder(NoteBuilder& b, const Cast& c, std::string_view key) {
  Random& r = b.random();
  const Patient& p = b.patient();
  const std::size_t dot = key.find('.');
  if (dot != std::string_view::npos) {
    writeName(b, personFor(c, key.substr(0, dot)), key.substr(dot + 1));
  } else if (key == "fs") {
    b.text(freshSentence(r));
  } else if (key == "ttl") {
    b.text(c.female ? (r.chance(0.5) ? "Ms." : "Mrs.") : "Mr.");
  } else if (key == "pron") {
    b.text(c.female ? "she" : "he");
  } else if (key == "Pron") {
    b.text(c.female ? "She" : "He");
  } else if (key == "poss") {
    b.text(c.female ? "her" : "his");
  } else if (key == "k1rel") {
    b.text(c.k1rel);
  } else if (key == "k2rel") {
    b.text(c.k2rel);
  } else if (key == "kidage") {
    b.text(r.chance(0.2) ? std::to_string(r.between(2, 23)) + "-month-old"
                         : std::to_string(r.between(2, 16)) + "-year-old");
  } else if (key == "ph") {
    writeFreshPhone(b, p.phone);
  } else if (key == "ph2") {
    writeFreshPhone(b, std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) +
                           r.digits(6));
  } else if (key == "dt") {
    writeFreshDate(b);
  } else if (key == "agef") {
    writeFreshAge(b);
  } else if (key == "mrnv") {
    b.phi("mrn", p.mrn);
  } else if (key == "acctv") {
    b.phi("account", p.account);
  } else if (key == "planv") {
    b.phi("health_plan", p.plan);
  } else if (key == "ssnv") {
    b.phi("ssn", p.ssn);
  } else if (key == "licv") {
    b.phi("license", p.license);
  } else if (key == "devv") {
    b.phi("device", p.device);
  } else if (key == "vinv") {
    b.phi("vehicle", p.vin);
  } else if (key == "platev") {
    b.phi("vehicle", p.plate);
  } else if (key == "zipv") {
    b.phi("zip", p.zip);
  } else {
    b.write("{" + std::string(key) + "}");
  }
}

void expand(NoteBuilder& b, const Cast& c, std::string_view pattern) {
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      b.text(pattern.substr(i));
      return;
    }
    b.text(pattern.substr(i, open - i));
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unterminated fresh placeholder");
    placeholder(b, c, pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Templates. Roughly one in six has no PHI.

struct FreshTemplate {
  std::string_view name;
  std::string_view pattern;
};

constexpr std::array<FreshTemplate, 34> kFreshTemplates = {{
    {"flowsheet_comments",
     "Flowsheet comments\n0715 Assumed care. {fs}\n0940 Pt's {k1rel} {k1.first} at bedside, updated on plan of care. "
     "{fs}\n1400 {ttl} {pt.last} ambulated to the bathroom with standby assist. {fs}\n1850 Handoff given to "
     "oncoming RN {s3.full} using SBAR.\n"},
    {"telephone_encounter",
     "TELEPHONE ENCOUNTER\nCaller: {k1.full} ({k1rel})   Callback #: {ph2}\nRe: {pt.inv}   DOB {dob}\n"
     "Reason for call: {fs} {fs}\nRouted to Dr. {s0.last} for review.\n-- {s3.full}, LPN\n"},
    {"brief_op_note",
     "BRIEF OP NOTE\nDate of service: {dt}\nPatient: {pt.INV}   MRN {mrnv}\nSurgeon: {s0.full}, MD\n"
     "Assistant: {s1.init}, PA-C\nAnesthesia: {s2.full}, CRNA / general endotracheal\n"
     "Procedure: laparoscopic cholecystectomy\nFindings: {fs}\nEBL: 25 mL. Specimens: gallbladder to pathology. "
     "Drains: none.\nCondition: stable to PACU.\n"},
    {"pathology_signout",
     "SURGICAL PATHOLOGY\nName: {pt.INV}   Hosp No: {mrnv}   Collected: {date}\nSubmitting physician: "
     "{s7.invmid}\nFINAL DIAGNOSIS: Prostate, needle biopsies: adenocarcinoma, Gleason score 3+4=7 (Grade Group 2). "
     "{fs}\nI have personally reviewed the slides and rendered the diagnosis.\nElectronically signed out by "
     "{s0.mid}, M.D., on {date}\n"},
    {"consult_letter",
     "Dear Dr. {s7.last},\n\nThank you for referring {ttl} {pt.full}, whom I saw in the Rheumatology clinic on "
     "{date}. {Pron} was accompanied by {poss} {k1rel}, {k1.full}. {fs} {fs}\n\nI have asked {pt.first} to "
     "repeat the bloods in six weeks. Please do not hesitate to contact me on {phone}.\n\nKind regards,\n\n"
     "{s0.full}\nConsultant Rheumatologist\ncc: {s7.init}, MD; {pt.full}, {street}\n"},
    {"social_history",
     "SOCIAL HISTORY: Lives with {poss} partner {k1.first} in a second-floor walk-up ({address}). Retired "
     "bus driver. Also close to {poss} {k2rel}, {k2.full}, who lives nearby and helps with groceries. Never smoker; "
     "2 glasses of wine on weekends. {fs}\n"},
    {"chaplain_note",
     "Spiritual Care Note\nChaplain visited {pt.first} at the request of {poss} {k1rel}, {k1.first}. Patient "
     "identifies as Catholic and asked for the Sacrament of the Sick. Prayed with patient and {k2.first}. {fs}\n"
     "Will follow.\nChaplain {s6.full}, MDiv, BCC\n"},
    {"home_health",
     "Skilled nursing visit {dt}, 10:15-11:05.\nService address: {address}\n{Pron} lives with {k1rel} {k1.first}, who fills "
     "the pill box weekly. {fs} {fs}\nNext SN visit {shortdate}. Agency on-call {ph2}, fax {fax}.\n"
     "{s3.sig}, RN, Case Manager\n"},
    {"med_reconciliation",
     "MEDICATION RECONCILIATION\nSources: patient, pill bottles, and outside fill history (per pharmacist "
     "{s4.full}, PharmD, {ph2}).\n{fs}\nHome list confirmed with {k1rel} {k1.full}. {fs}\nReconciled by "
     "{s4.init}, PharmD, {dt}.\n"},
    {"code_status",
     "GOALS OF CARE / CODE STATUS DISCUSSION\nMeeting held {date} in the family room. Present: {k1rel} "
     "{k1.full} (health care proxy), {k2rel} {k2.full}, Dr. {s0.last} (Hospitalist Team Blue), and "
     "{s5.full}, LCSW.\n{ttl} {pt.last}'s {k1rel} said {pron} would never want to be kept alive on machines. "
     "{fs}\nCode status changed to DNR/DNI. {k2.first} asked that {s7.mid}, {poss} PCP, be updated.\n"},
    {"transfer_summary",
     "INTERFACILITY TRANSFER SUMMARY\nFrom: {hospital}, 5 West   To: Medical ICU\nPatient: {pt.caps}, {agef}, "
     "MRN {mrnv}\nAccepting: Dr. {s0.full}   Sending: Dr. {s1.last}\nReport called to {s3.first}, RN, at "
     "{ph2}. {fs} {fs}\nFamily ({k1rel} {k1.first}) notified at {ph}.\n"},
    {"radiology_addendum",
     "ADDENDUM {dt}: Critical finding discussed by telephone with Dr. {s7.init} at 16:42, who acknowledged "
     "receipt; read-back performed.\n-- {s0.full}, MD, Radiology\n\nORIGINAL REPORT\nCT HEAD WITHOUT CONTRAST\n"
     "{fs}\nIMPRESSION: Acute left subdural hematoma measuring 9 mm.\n"},
    {"ed_triage",
     "ED TRIAGE\nArrival mode: EMS. Chief complaint: fall at home.\n{agef} on Eliquis, found by {k1rel} "
     "{k1.full} on the kitchen floor. {fs}\nESI 3. Contact: {k1.first}, cell {ph2}.\nTriage RN: {s3.lower}\n"},
    {"delivery_note",
     "DELIVERY NOTE\n{pt.full}, G2P1, delivered a viable female infant at 03:12 on {date} by spontaneous "
     "vaginal delivery. Apgars 8 and 9. Infant name: {baby.full}. Father of baby, {k1.full}, "
     "present and cut the cord. Peds: {s1.full}, MD. {fs}\nDelivering provider: {s0.full}, CNM\n"},
    {"newborn_nursery",
     "NEWBORN NURSERY\nBaby Girl {pt.last}, born {date} at 38+2 weeks, Ballard consistent. Mother "
     "{pt.full} is breastfeeding; father {k1.first} rooming in. {fs}\nPediatrician on record: Dr. "
     "{s7.last}.\n"},
    {"well_child",
     "WELL CHILD VISIT\n{pt.first} is a {kidage} here with mom, {k1.full}, and dad, {k2.first}. {fs} Tanner stage "
     "2. Immunizations up to date. Next visit with Dr. {s0.last} in 12 months. School nurse {s3.full} may call "
     "{ph} with questions.\n"},
    {"message_thread",
     "From: {s3.inv}\nTo: {s0.inv}; {s4.inv}\nSent: {date} 2:14 PM\nSubject: {pt.inv} - refill request\n\n"
     "Hi {s0.first}, {pt.full}'s pharmacy faxed a refill request for Xarelto 20 mg. {fs} OK to send "
     "90 days?\n\n---- Reply ----\nFrom: {s0.full} <{s0.email}>\nYes, fine. Please tell {pt.first}.\n"},
    {"guardianship",
     "LEGAL / GUARDIANSHIP\nPatient lacks capacity per psychiatry ({s2.full}, MD, {dt}). Court-appointed guardian: "
     "{k1.full}, reachable at {ph2} or {k1.email}. Letters of guardianship scanned into the chart on {date}. {fs}\n"
     "Social work ({s5.inv}) following.\n"},
    {"attestation",
     "ATTESTATION\nI saw and examined the patient with the resident, Dr. {s1.last}, and agree with the findings "
     "and plan as documented. {fs}\n\n/s/ {s0.init}\nElectronically signed by: {s0.INV}, MD {date} 17:03\n"
     "Cosigned: {s1.lower} pgy2\n"},
    {"caps_header",
     "PATIENT: {pt.INV}        ACCT: {acctv}\nDOB: {dob}        ({agef})\nATTENDING: DR. {s0.LAST}        "
     "PCP: {s7.caps}\nINSURANCE: MEDICARE {planv}\n\n{fs} {fs}\n"},
    {"care_team_list",
     "Treatment team:\n  Attending - {s0.inv}, MD\n  Resident - {s1.inv}, MD\n  Primary RN - {s3.inv}\n  "
     "Case Manager - {s5.invmid}, RN\n  PCP - {s7.invmid}, DO\nEmergency contact: {k1.inv} ({k1rel}) {ph2}\n"},
    {"sloppy_note",
     "pt {pt.lower} seen w/ dr {s0.lowerlast} this am, {k1rel} {k1.lowerfirst} at bs. {fs} called "
     "{k2.lowerfirst} @ {ph2} no answer, lmtcb. f/u w {s7.lowerlast} (pcp) {shortdate}\n"},
    {"nursing_home_admit",
     "Resident {pt.full} admitted to room 214B from {hospital}. {fs}\nEmergency contacts: 1) {k1.inv} "
     "({k1rel}) {ph2}  2) {k2.inv} ({k2rel}) {ph}\nAdvance directive on file; POLST signed {dt}.\n"},
    {"insurance_appeal",
     "To Whom It May Concern:\n\nRe: {pt.full}   Member ID {planv}   DOB {dob}\n\nI am writing to appeal the "
     "denial of coverage for Dupixent for my patient. {fs} {fs}\n\nSincerely,\n{s0.mid}, MD\nFax {fax}\n"},
    {"trauma_mvc",
     "TRAUMA H&P\n{pt.full} was the restrained driver of a sedan (plate {platev}, VIN {vinv}) struck on the "
     "passenger side. {fs} Driver's lic. {licv} and wallet given to security. Patient's {k1rel} "
     "{k1.full} is en route, {ph2}.\n"},
    {"device_remote",
     "Remote transmission from {pt.first}'s ICD (S/N {devv}) received {dt} via {url} from IP {ip}. {fs} "
     "Reviewed by {s3.init}, RN, device clinic; Dr. {s0.last} notified.\n"},
    {"financial_counseling",
     "Financial counseling: met with {pt.mid} and {k1rel} {k1.first}. SSN {ssnv} verified for the charity care "
     "application; hospital account {acctv}. Mailing address {street}, postal code {zipv}. Patient email "
     "{pt.email}. {fs}\n"},
    {"neuro_possessive",
     "Neurology follow-up. {ttl} {pt.last}'s tremor is asymmetric and slows with movement. Dr. {s7.last}'s "
     "notes from {dt} were reviewed. {fs} {fs} {pt.first} and {poss} {k1rel} {k1.first} agree with a trial of "
     "carbidopa-levodopa.\n"},
    {"no_phi_flowsheet",
     "Flowsheet comments\n0800 {fs}\n1000 {fs}\n1200 {fs}\n1600 Patient resting, call light in reach.\n"},
    {"no_phi_pathology_gross",
     "GROSS DESCRIPTION\nReceived in formalin labeled with the patient's name and medical record number is a "
     "cholecystectomy specimen. {fs} {fs}\nMICROSCOPIC\n{fs}\n"},
    {"no_phi_handoff",
     "HANDOFF (I-PASS)\nIllness severity: watcher. Hospitalist Team Blue.\nPatient summary: {fs} {fs}\n"
     "Action list: {fs}\nSituation awareness: May need BiPAP overnight; call Rapid Response if RR > 30.\n"
     "Synthesis by receiver: read back and agreed.\n"},
    {"no_phi_med_list",
     "HOME MEDICATIONS (verified per outpatient pharmacy fill history)\n1. Eliquis 5 mg BID\n2. Lasix 40 mg daily, "
     "may hold if SBP < 100\n3. Synthroid 88 mcg daily\n4. Flomax 0.4 mg nightly\n{fs}\n"},
    {"no_phi_ob_triage",
     "OB TRIAGE\nG3P2 at 39+1 weeks, rupture of membranes at home, clear fluid. {fs} Cervix 4/70/-1. Category I "
     "tracing. {fs}\n"},
    {"no_phi_exam",
     "PHYSICAL EXAM\nGeneral: Pleasant, in no acute distress.\nHEENT: PERRLA, EOMI.\nNeuro: {fs}\nAbdomen: {fs}\n"
     "Extremities: Homans sign negative; 2+ dorsalis pedis pulses.\n"},
}};

}  // namespace

std::size_t freshTemplateCount() { return kFreshTemplates.size(); }

std::string_view writeFreshNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                std::size_t choice) {
  const Cast cast = makeCast(seed, patientIndex, builder.patient().female);
  const FreshTemplate& t = kFreshTemplates[choice % kFreshTemplates.size()];
  expand(builder, cast, t.pattern);
  return t.name;
}

std::string freshSentence(Random& r) {
  auto n = [&](int low, int high) { return std::to_string(r.between(low, high)); };
  switch (r.between(0, 41)) {
    case 0: return "May consider a DOAC if renal function allows.";
    case 1: return "Seasonal allergies flare each spring; uses fluticasone nasal spray.";
    case 2: return "Resting tremor and bradykinesia consistent with Parkinson disease, Hoehn and Yahr stage " +
                   n(1, 4) + ".";
    case 3: return "Known Crohn disease on Humira; last colonoscopy showed no active ileitis.";
    case 4: return "Babinski downgoing bilaterally; Hoffmann sign absent.";
    case 5: return "Foley discontinued at 0600; voided " + n(150, 500) + " mL by 1000.";
    case 6: return "Gleason pattern 4 in " + n(1, 6) + " of 12 cores.";
    case 7: return "Glasgow Coma Scale E" + n(2, 4) + "V" + n(2, 5) + "M" + n(4, 6) + " on arrival.";
    case 8: return "Residual right-sided Bell's palsy; eye taping at night.";
    case 9: return "Murphy's sign positive; McBurney point nontender.";
    case 10: return "Hospitalist Team Blue to assume care; Gold Surgery signed off.";
    case 11: return "Rapid Response Team called for SBP " + n(70, 85) + "; responded to a " + n(500, 1000) +
                    " mL bolus.";
    case 12: return "Discussed at Tumor Board; Whipple procedure not offered.";
    case 13: return "Started Jardiance " + n(10, 25) + " mg daily and Entresto 24/26 mg BID.";
    case 14: return "Dilaudid " + std::string(r.chance(0.5) ? "0.2" : "0.5") +
                    " mg IV q3h PRN; Zofran 4 mg for nausea.";
    case 15: return "Black box warning reviewed before starting Haldol.";
    case 16: return "Diet rich in potassium; avoid salt substitutes.";
    case 17: return "Page the on-call resident if urine output falls below 30 mL/h.";
    case 18: return "Young adult oncology clinic referral placed.";
    case 19: return "Price of Ozempic discussed; a patient assistance form was given.";
    case 20: return "Hunter syndrome and Hurler syndrome are on the newborn screen panel.";
    case 21: return "Mark the operative site in the holding area.";
    case 22: return "Bill the visit as a level 4 established patient.";
    case 23: return "Faith-based support group meets Tuesdays; Hope Lodge stay arranged for radiation.";
    case 24: return "Rose Bengal staining of the cornea was negative.";
    case 25: return "CHA2DS2-VASc " + n(2, 7) + ", HAS-BLED " + n(0, 4) + "; anticoagulation continued.";
    case 26: return "MELD-Na " + n(8, 35) + ", Child-Pugh class " + std::string(r.chance(0.5) ? "B" : "C") + ".";
    case 27: return "Ventilator: VC " + n(350, 500) + " x " + n(12, 22) + ", PEEP " + n(5, 12) + ", FiO2 " +
                    n(30, 60) + "%.";
    case 28: return "ECG: PR " + n(140, 220) + " ms, QRS " + n(80, 130) + " ms, QTc " + n(400, 520) + " ms.";
    case 29: return "1:1 sitter ordered; bed alarm on; Fall Risk signage posted.";
    case 30: return "Chvostek and Trousseau signs negative; ionized calcium " + n(1, 1) + "." + n(10, 30) + ".";
    case 31: return "Lachman and McMurray tests negative; Phalen test positive on the right.";
    case 32: return "Schatzki ring dilated; no Mallory-Weiss tear seen.";
    case 33: return "Wolff-Parkinson-White pattern absent; Mobitz type II block on telemetry.";
    case 34: return "Bishop score " + n(3, 10) + "; Leopold maneuvers confirm vertex.";
    case 35: return "Apgars 7 and 9; Ballard score consistent with dates.";
    case 36: return "Transferred to Tower 5 West, Pod C; Labor and Delivery aware.";
    case 37: return "Ronald McDonald House room requested for the family.";
    case 38: return "Will march in place for two minutes as a step test; Stat labs drawn.";
    case 39: return "Contact Precautions for MRSA; Comfort Care order set not yet signed.";
    case 40: return "Heparin drip at " + n(12, 18) + " units/kg/h, anti-Xa goal 0.3-0.7.";
    default: return "No acute events overnight; plan unchanged.";
  }
}

}  // namespace concord::phi::corpus
