// The sixth family (kSixthSeed only): templates, look-alike sentences and name pools written by
// someone who had not seen the detector's rules, and never run against it while being written.
// Document types the other families lack: neonatal ICU admission, psychiatric intake with
// collateral, addiction medicine (buprenorphine induction), transplant coordination, genetic
// counselling pedigree, physical therapy plan of care, speech-language swallow study, nutrition
// consult, wound-ostomy nursing, palliative family meeting, ambulance-to-ED SBAR handoff,
// utilisation review, release of records request, court-ordered evaluation, travel clinic,
// employee health TB screen, transfer centre call log, after-visit summary, nurse triage line
// transcript, clinical trial screening log, discharge to SNF packet, bedside shift report,
// home infusion pump, remote monitoring gateway, letters to family abroad, registration banner.
//
// Gold span conventions (the same as the other families; see corpus_builder.cpp and the headers
// of corpus_fresh_family.cpp and corpus_fifth_family.cpp):
//  * Titles and honorifics are NOT part of a name span: "Dr. ", "Dr ", "Mr. ", "Ms. ", "Hon. ",
//    "Rabbi ", and the honorifics of other languages this family adds ("Sra. ", "Sr. ", "Herr ",
//    "Frau ", "Mme ", "M. ", "Don ", "Doña "). Credentials and roles after a name stay outside
//    (", LCSW", ", CGC", ", PT, DPT", ", CCC-SLP", ", RD, LDN", ", CWOCN", ", EMT-P", ", Esq.").
//  * A person's name written in one piece is one span: "Adebola Okeke", "Adebola K. Okeke",
//    "OKEKE, ADEBOLA" (comma inside), particles and hyphens inside ("Jean-Baptiste", "Ben-David").
//    Initials before a surname are part of the name ("A. K. Okeke", "A.K. Okeke"), as in the
//    fresh family. Parentheses and quotation marks around a name stay outside ("(Okeke)",
//    "\"Adebola\"").
//  * Initials alone (a staff sign-off "-AO", a trial log's "Initials: A-K-O") are NOT gold names,
//    as in the fifth family.
//  * Dates: the date value only; a weekday before it ("Monday, "), and a time after it
//    (" 14:22", " at 2:22 PM") stay outside. Month and year ("March of 2023" here, "June 2023"
//    in the builder) and month and day without a year ("Mar. 3rd", "3 Mar") are dates; a year
//    alone is not PHI.
//  * Ages: over 89 only, the number only ("94" of "94 y.o.", "Age/Sex: 94/F").
//  * Phones: every phone number written is a gold phone, clinic and agency numbers included;
//    the extension (" x22", " ext. 22") and the "tel. " label stay outside. Numbers labelled fax
//    are "fax".
//  * Record numbers of the patient (chart, patient number, trial screening/enrollment IDs,
//    transplant waitlist IDs) are "mrn"; visit, encounter, claim and authorisation numbers are
//    "account"; insurance member, subscriber and group numbers are "health_plan".
//  * Addresses: street, unit, city and state in one "address" span when written on one line; the
//    ZIP its own "zip" span after a space.
// New decisions of this family (none contradicts the above):
//  * Multi-line addresses: each line is its own "address" span (street line, then a unit line
//    when the unit is on its own line, then "City, State"); the ZIP stays its own "zip" span.
//    A span never crosses a line break.
//  * A state written out in full ("Millbrook, Ohio") is inside the address span like a state
//    code. A state alone, as the state of a licence plate ("Ohio plate ABC-1234"), is not PHI
//    (Safe Harbor allows states): only the plate is a "vehicle" span.
//  * An age over 89 written as a decade ("in her 90s") is PHI: HIPAA allows only "90 or older",
//    and "90s" narrows that. The span is "90s". Ages written as words without digits
//    ("nonagenarian") are not used.
//  * IPv4 with a port ("10.24.7.31:8443"): the address is the "ip" span, ":8443" stays outside
//    (like a phone extension). A URL is one "url" span with its path and query string.
//  * Passport numbers are "license" (certificate/licence numbers); a transmitter or pump serial
//    is "device". Group numbers on an insurance card are "health_plan" with the member number.
//  * Quarters of a year are not used (no "Q3 2023"); room and bed numbers ("Bed 4", "Rm 12B"),
//    lot numbers, NDCs, CPT/ICD codes, protocol numbers, unit names and ambulance unit numbers
//    ("Medic 12") are not PHI.
#include "corpus_sixth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// ---------------------------------------------------------------------------------------------
// Name pools, the family's own: none of these names is a string in corpus_values.cpp or in any
// other family (checked with a script when the family was written). Diverse origins, a few
// non-ASCII letters, hyphens and particles, and names that are also English words.

constexpr std::string_view kSixthGiven[] = {
    "Oluwadamilare", "Adebola", "Funmilayo", "Ifeoluwa", "Chinonso", "Ebere", "Nnamdi", "Ifeanyi", "Aminu",
    "Hadiza", "Kwesi", "Esi", "Ekow", "Afua", "Kojo",
    "Abdirahman", "Hodan", "Fadumo", "Ayaan", "Ubah", "Tigist", "Berhane", "Yonas", "Meseret", "Haben",
    "Senait",
    "Maricel", "Rowena", "Jericho", "Marites", "Dindo", "Luzviminda", "Rodelio", "Dewi", "Budi", "Agus",
    "Indah", "Putu", "Somchai", "Kanya", "Siriporn", "Anong", "Prasert",
    "Sione", "Mele", "Losaline", "Tevita", "Malia", "Keoni", "Nohea", "Aroha", "Wiremu", "Hemi",
    "Wilguens", "Fabiola", "Ketly", "Jocelyne", "Rosemène", "Dieuseul", "Thiago", "Rafaela", "Luana", "Gustavo",
    "Vitória", "Cauã",
    "Wilmer", "Yesenia", "Marlon", "Dunia", "Maritza", "Armen", "Anahit", "Gohar", "Tigran", "Siranush", "Nino",
    "Giorgi", "Levan", "Rojin", "Dilan", "Mirwais", "Farzana", "Habibullah", "Gulalai",
    "Gintaras", "Aušra", "Jānis", "Ilze", "Eero", "Aino", "Jukka", "Tuula", "Satu", "Guðrún", "Sigurður",
    "Bjarni", "Panagiotis", "Vasiliki", "Spyros", "Chrysoula",
    "Iñaki", "Amaia", "Jordi", "Montserrat", "Núria", "Rhys", "Bronwen", "Gethin", "Angharad", "Dafydd",
    "Eilidh", "Ruaridh", "Morag",
    "Mordechai", "Shoshana", "Yitzchak", "Chaya", "Menachem", "Rivka", "Tzvi", "Gyula", "Erzsébet", "Ferenc",
    "Zsófia", "Florin", "Mihaela", "Ionuț", "Costel", "Jiří", "Zdeňka", "Radek",
    "Stoyan", "Radka", "Hristo", "Tsvetana", "Arben", "Drita", "Besnik", "Valbona", "Tuan", "Nga", "Khoa",
    "Hanh", "Chue", "Pakou", "Eunji", "Dongwook", "Sungmin", "Hyejin", "Jaehyun",
    "Zhiwei", "Meiling", "Guoqiang", "Yanping", "Shufen", "Jianhua", "Emiko", "Takumi", "Noriko", "Saravanan",
    "Kalaivani", "Murugan", "Srinivas", "Padmaja", "Sudipta", "Moumita", "Bikash", "Chaminda", "Dilrukshi",
    "Asad", "Mehwish", "Naveed",
    "Gertrude", "Clifford", "Bernadette", "Lyle", "Verna", "Dolores", "Virgil", "Bertha", "Homer", "Maxine",
    "Floyd", "Jaxon", "Brantley", "Kinsley", "Paisley", "Nevaeh", "DaQuan", "Tanisha", "Marquita", "Deandre",
    "Bliss", "Dusty", "Sunshine", "Precious", "Lucky", "Storm", "Sable", "Sage", "Clementine", "Heath", "Reed",
    "Cliff", "Lance", "Pierce", "Drew", "Rowan", "Birdie", "Poppy", "Marigold",
};

constexpr std::string_view kSixthFamily[] = {
    "Ogundipe", "Oladipo", "Fashola", "Balogun", "Adewale", "Anyanwu", "Obiora", "Nwankwo", "Okeke", "Appiah",
    "Osei", "Acheampong", "Abubakar",
    "Warsame", "Farah", "Hirsi", "Jama", "Dualeh", "Abdi", "Wolde", "Bekele", "Alemu", "Kebede", "Tsegaye",
    "Bautista", "Macapagal", "Villareal", "Dimaculangan", "Magbanua", "Pangilinan", "Tolentino", "Wijaya",
    "Santoso", "Kusuma", "Suryadi", "Chaiyaporn", "Srisawat", "Wongsuwan",
    "Fonoti", "Tupou", "Fifita", "Kahananui", "Akana", "Keawe", "Ngata", "Tamihana", "Paewai", "Faleolo",
    "Jean-Baptiste", "Pierre-Louis", "Desrosiers", "Célestin", "Charlemagne", "Dorvilier", "Nascimento",
    "Figueiredo", "Albuquerque", "Cavalcanti", "Bezerra",
    "Quispe", "Mamani", "Huamán", "Condori", "Portillo", "Sandoval", "Ayala", "Urbina",
    "Hovhannisyan", "Sargsyan", "Petrosyan", "Mkrtchyan", "Beridze", "Kapanadze", "Gelashvili", "Lomidze",
    "Barzani", "Ahmadzai", "Popal", "Noorzai", "Rahimi", "Sadeghi",
    "Kazlauskas", "Petraitis", "Bērziņš", "Ozola", "Tamm", "Korhonen", "Mäkinen", "Heikkinen", "Guðmundsdóttir",
    "Jónsson", "Sigurðardóttir",
    "Konstantinidis", "Oikonomou", "Vlachos", "Angelopoulou", "Tsakiris", "Etxeberria", "Goikoetxea",
    "Vilaseca", "Llewellyn", "Pritchard", "Prosser",
    "MacKinnon", "MacPhail", "Urquhart", "Buchanan", "Rosenbaum", "Feldstein", "Katznelson", "Birnbaum",
    "Ben-David", "Hirschfeld", "Adler",
    "Kovács", "Tóth", "Farkas", "Balogh", "Constantinescu", "Dumitru", "Munteanu", "Stoica", "Dvořáková",
    "Procházka", "Svoboda", "Kučera", "Dimitrova", "Todorov", "Georgieva",
    "Hoxha", "Berisha", "Krasniqi", "Gashi", "Trinh", "Duong", "Lam", "Truong", "Phan", "Vang", "Yang", "Thao",
    "Lor", "Moua", "Baek", "Shin", "Hwang", "Seo", "Ryu",
    "Qian", "Deng", "Feng", "Tang", "Cai", "Pan", "Matsumoto", "Inoue", "Fujiwara", "Hasegawa", "Morita",
    "Chandrasekaran", "Natarajan", "Palaniappan", "Ramachandran", "Chowdhury", "Bhuiyan", "Adhikari",
    "Shrestha", "Perera", "Jayawardena", "Awan",
    "Whitaker", "Huckaby", "Pettigrew", "Blankenship", "Dunwoody", "Hargrove", "Culpepper", "Stringfellow",
    "Peabody", "Ainsworth",
    "Cannon", "Judge", "Salmon", "Bacon", "Hart", "Speed", "Gentle", "Mercer", "Chandler", "Sawyer", "Hammer",
    "Coffin",
};

constexpr std::string_view kSixthInitials[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K",
                                               "L", "M", "N", "P", "R", "S", "T", "V", "W", "Y"};

constexpr std::string_view kSixthRelations[] = {
    "daughter", "son", "wife", "husband", "partner", "mother", "father", "aunt", "uncle", "stepdaughter",
    "grandson", "granddaughter", "sister", "brother", "health care proxy", "neighbour", "ex-wife", "fiancé"};

constexpr std::string_view kSixthEmailDomains[] = {"example.com", "example.net", "family.example.org",
                                                   "mailbox.example.com", "uni.example.edu"};

constexpr std::string_view kStateNames[][2] = {
    {"IL", "Illinois"}, {"OH", "Ohio"},      {"CA", "California"},     {"NY", "New York"},
    {"TX", "Texas"},    {"PA", "Pennsylvania"}, {"MA", "Massachusetts"}, {"WA", "Washington"},
    {"OR", "Oregon"},   {"MN", "Minnesota"}, {"GA", "Georgia"},        {"NC", "North Carolina"},
    {"MI", "Michigan"}, {"WI", "Wisconsin"}, {"AZ", "Arizona"},        {"CO", "Colorado"}};

struct Person {
  std::string first, middle, middle2, last;
  bool female = false;
};

// Everyone a note of one patient may mention. Staff slots: s0 attending/author, s1 resident or
// fellow, s2 consultant, s3 nurse/therapist/medic, s4 pharmacist/dietitian, s5 coordinator or
// social worker, s6 interpreter/chaplain/counsellor, s7 referring, outside or primary care doctor.
struct Cast {
  Person pt, k1, k2;
  std::array<Person, 8> staff;
  std::string k1rel, k2rel;
  bool female = false;
};

std::string pickOne(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

Person makePerson(Random& r) {
  Person p;
  p.first = pickOne(r, kSixthGiven);
  p.middle = pickOne(r, kSixthInitials);
  p.middle2 = pickOne(r, kSixthInitials);
  p.last = pickOne(r, kSixthFamily);
  p.female = r.chance(0.5);
  return p;
}

// Whether a relative is a woman, from the relation word when it says so (for honorifics).
bool femaleRelation(std::string_view relation, bool otherwise) {
  for (std::string_view w : {"daughter", "wife", "mother", "aunt", "sister"}) {
    if (relation.find(w) != std::string_view::npos) return true;
  }
  for (std::string_view w : {"son", "husband", "father", "uncle", "brother", "fiancé"}) {
    if (relation.find(w) != std::string_view::npos) return false;
  }
  return otherwise;
}

Cast makeCast(std::uint64_t seed, std::size_t patientIndex, bool female) {
  Random r(seed * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0xa0761d6478bd642fULL + 0x5bd1e995ULL));
  r.next();
  Cast c;
  c.female = female;
  c.pt = makePerson(r);
  c.pt.female = female;
  c.k1 = makePerson(r);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson(r);
  if (r.chance(0.4)) c.k2.last = c.pt.last;
  for (Person& s : c.staff) s = makePerson(r);
  c.k1rel = pickOne(r, kSixthRelations);
  c.k2rel = pickOne(r, kSixthRelations);
  c.k1.female = femaleRelation(c.k1rel, c.k1.female);
  c.k2.female = femaleRelation(c.k2rel, c.k2.female);
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

// The first letter of each word of a name, upper case ("Jean-Baptiste" -> "JB").
std::string initialsOf(const std::string& s) {
  std::string out;
  bool start = true;
  for (char ch : s) {
    if (ch == ' ' || ch == '-') {
      start = true;
    } else if (start) {
      if (std::isalpha(static_cast<unsigned char>(ch))) {
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
      }
      start = false;
    }
  }
  return out;
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                      "May",     "June",     "July",      "August",
                                                      "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kRoman = {"I", "II", "III", "IV", "V", "VI",
                                                     "VII", "VIII", "IX", "X", "XI", "XII"};
constexpr std::array<std::string_view, 7> kWeekdayNames = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                                           "Thursday", "Friday", "Saturday"};

std::string ordinal(int day) {
  const char* suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th"
                       : day % 10 == 1                      ? "st"
                       : day % 10 == 2                      ? "nd"
                       : day % 10 == 3                      ? "rd"
                                                            : "th";
  return std::to_string(day) + suffix;
}

// Day of the week (0 = Sunday) of a Gregorian date.
int weekday(int year, int month, int day) {
  static constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) year -= 1;
  return (year + year / 4 - year / 100 + year / 400 + kOffsets[month - 1] + day) % 7;
}

// ---------------------------------------------------------------------------------------------
// Writing people and values.

void writeName(NoteBuilder& b, const Person& p, std::string_view form) {
  Random& r = b.random();
  if (form == "full") {
    b.phi("name", p.first + " " + p.last);
  } else if (form == "mid") {
    b.phi("name", p.first + " " + p.middle + ". " + p.last);
  } else if (form == "init2") {  // initials and surname: "A. K. Okeke", "A.K. Okeke", "A Okeke"
    const std::string f = initialsOf(p.first).substr(0, 1);
    switch (r.between(0, 2)) {
      case 0: b.phi("name", f + ". " + p.middle + ". " + p.last); break;
      case 1: b.phi("name", f + "." + p.middle + ". " + p.last); break;
      default: b.phi("name", f + " " + p.last); break;
    }
  } else if (form == "first") {
    b.phi("name", p.first);
  } else if (form == "last") {
    b.phi("name", p.last);
  } else if (form == "inv") {
    b.phi("name", p.last + ", " + p.first + (r.chance(0.3) ? " " + p.middle + "." : std::string()));
  } else if (form == "INV") {
    b.phi("name", upper(p.last) + ", " + upper(p.first));
  } else if (form == "caps") {
    b.phi("name", upper(p.first + " " + p.last));
  } else if (form == "lower") {
    b.phi("name", lower(p.first + " " + p.last));
  } else if (form == "hon") {  // an honorific of the person's language, outside the span
    static constexpr std::array<std::string_view, 5> kWomen = {"Sra. ", "Frau ", "Mme ", "Doña ", "Ms. "};
    static constexpr std::array<std::string_view, 5> kMen = {"Sr. ", "Herr ", "M. ", "Don ", "Mr. "};
    b.text(std::string(p.female ? r.pick(std::span<const std::string_view>(kWomen))
                                : r.pick(std::span<const std::string_view>(kMen))));
    b.phi("name", r.chance(0.3) && !p.female ? p.first + " " + p.last : p.last);
  } else if (form == "sig") {
    switch (r.between(0, 3)) {
      case 0: writeName(b, p, "full"); break;
      case 1: writeName(b, p, "mid"); break;
      case 2: writeName(b, p, "init2"); break;
      default: writeName(b, p, "caps"); break;
    }
  } else if (form == "any") {
    switch (r.between(0, 5)) {
      case 0: writeName(b, p, "full"); break;
      case 1: writeName(b, p, "mid"); break;
      case 2: writeName(b, p, "inv"); break;
      case 3: writeName(b, p, "INV"); break;
      case 4: writeName(b, p, "init2"); break;
      default: writeName(b, p, "caps"); break;
    }
  } else if (form == "ini") {  // bare initials: NOT a gold name (see the header)
    b.text(initialsOf(p.first) + initialsOf(p.last));
  } else if (form == "inidash") {  // trial log style "A-K-O": NOT a gold name
    b.text(initialsOf(p.first).substr(0, 1) + "-" + p.middle + "-" + initialsOf(p.last).substr(0, 1));
  } else if (form == "email") {
    std::string f = asciiLetters(p.first), l = asciiLetters(p.last);
    if (f.empty()) f = "pt";
    if (l.empty()) l = "x";
    std::string local;
    switch (r.between(0, 3)) {
      case 0: local = f + "." + l; break;
      case 1: local = l + f.substr(0, 1) + r.digits(4); break;
      case 2: local = f + "-" + l + "." + r.digits(2); break;
      default: local = f.substr(0, 1) + "." + l; break;
    }
    b.phi("email", local + "@" + pickOne(r, kSixthEmailDomains));
  } else {
    throw std::logic_error("unknown sixth name form");
  }
}

std::string randomPhoneDigits(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

void writeSixthPhone(NoteBuilder& b, const std::string& digits, std::string_view category) {
  Random& r = b.random();
  const std::string a = digits.substr(0, 3), e = digits.substr(3, 3), l = digits.substr(6, 4);
  std::string value;
  switch (r.between(0, 6)) {
    case 0: value = a + " " + e + " " + l; break;
    case 1: value = "+1 (" + a + ") " + e + "-" + l; break;
    case 2: value = "(" + a + ") " + e + " " + l; break;
    case 3: value = "+1-" + a + "-" + e + "-" + l; break;
    case 4: value = "1." + a + "." + e + "." + l; break;
    case 5: value = a + "-" + e + "-" + l; break;
    default: value = "(" + a + ") " + e + "-" + l; break;
  }
  b.phi(category, value);
}

void writeSixthDate(NoteBuilder& b, int year, int month, int day, bool allowNoYear) {
  Random& r = b.random();
  const std::string m(kMonths[static_cast<std::size_t>(month - 1)]);
  const std::string abbr = m.substr(0, 3);
  const std::string y = std::to_string(year);
  std::string value;
  int form = r.between(0, 11);
  if (!allowNoYear && (form == 0 || form == 9)) form = 1;
  switch (form) {
    case 0: value = abbr + (month == 5 ? " " : ". ") + ordinal(day); break;
    case 1: value = ordinal(day) + " " + m + " " + y; break;
    case 2: value = two(day) + upper(abbr) + y; break;
    case 3: value = y + "-" + abbr + "-" + two(day); break;
    case 4:
      b.text(std::string(kWeekdayNames[static_cast<std::size_t>(weekday(year, month, day))]) + ", ");
      value = m + " " + std::to_string(day) + ", " + y;
      break;
    case 5: value = std::to_string(day) + "." + std::string(kRoman[static_cast<std::size_t>(month - 1)]) + "." + y; break;
    case 6: value = m + " of " + y; break;
    case 7:
      b.phi("date", std::to_string(month) + "/" + std::to_string(day) + "/" + y);
      b.text(r.chance(0.5) ? " " + two(r.between(0, 23)) + ":" + two(r.between(0, 59))
                           : " at " + std::to_string(r.between(1, 12)) + ":" + two(r.between(0, 59)) +
                                 (r.chance(0.5) ? " AM" : " PM"));
      return;
    case 8: value = abbr + " " + std::to_string(day) + " '" + two(year % 100); break;
    case 9: value = std::to_string(day) + " " + abbr; break;
    case 10: value = two(day) + "." + two(month) + "." + two(year % 100); break;
    default: value = y + "/" + std::to_string(month) + "/" + std::to_string(day); break;
  }
  b.phi("date", value);
}

void writeSixthAge(NoteBuilder& b, const Cast& c) {
  Random& r = b.random();
  const int age = b.patient().age >= 90 ? b.patient().age : r.between(90, 104);
  const std::string a = std::to_string(age);
  switch (r.between(0, 6)) {
    case 0: b.phi("age", a); b.text(" y.o."); break;
    case 1: b.text("Age/Sex: "); b.phi("age", a); b.text(c.female ? "/F" : "/M"); break;
    case 2: b.text("("); b.phi("age", a); b.text(" yrs)"); break;
    case 3:
      if (age < 100) {
        b.text(c.female ? "in her " : "in his ");
        b.phi("age", std::to_string(age / 10 * 10) + "s");
      } else {
        b.phi("age", a); b.text("-year-old");
      }
      break;
    case 4: b.phi("age", a); b.text("yo"); break;
    case 5: b.text("a "); b.phi("age", a); b.text(" year-old"); break;
    default: b.phi("age", a); b.text(c.female ? " yo female" : " yo male"); break;
  }
}

std::string sixthRecordNumber(NoteBuilder& b) {
  // A record number, the same for every note of the patient (derived from the builder's).
  const std::string& m = b.patient().mrn;
  std::string digits;
  for (char ch : m) {
    if (ch >= '0' && ch <= '9') digits.push_back(ch);
  }
  while (digits.size() < 8) digits.insert(digits.begin(), '0');
  switch ((digits[1] - '0') % 4) {
    case 0: return digits.substr(0, 3) + " " + digits.substr(3, 3) + " " + digits.substr(6, 2);
    case 1: return "NW" + digits.substr(0, 7);
    case 2: return digits.substr(0, 2) + "-" + digits.substr(2, 6);
    default: return "0" + digits.substr(0, 7) + "-" + std::to_string((digits[2] - '0') % 10);
  }
}

std::string stateName(const std::string& code) {
  for (const auto& s : kStateNames) {
    if (s[0] == code) return std::string(s[1]);
  }
  return code;
}

void writeSixthZip(NoteBuilder& b) {
  std::string zip = b.patient().zip;
  if (zip.find('-') == std::string::npos && b.random().chance(0.3)) zip += "-" + b.random().digits(4);
  b.phi("zip", zip);
}

// One line: "4471 N Larkin Street, Apt 3B, Millbrook, IL 60614" (the ZIP its own span).
void writeOneLineAddress(NoteBuilder& b) {
  Random& r = b.random();
  const Patient& p = b.patient();
  std::string value = p.streetNumber + " " + p.streetName;
  if (!p.unit.empty()) value += (r.chance(0.5) ? ", " : " ") + p.unit;
  value += ", " + p.city + ", " + (r.chance(0.3) ? stateName(p.state) : p.state);
  b.phi("address", value);
  b.text(" ");
  writeSixthZip(b);
}

// Several lines, each its own span (see the header).
void writeMultiLineAddress(NoteBuilder& b, std::string_view indent) {
  Random& r = b.random();
  const Patient& p = b.patient();
  b.text(indent);
  b.phi("address", p.streetNumber + " " + p.streetName);
  b.text("\n");
  if (!p.unit.empty() || r.chance(0.3)) {
    b.text(indent);
    b.phi("address", p.unit.empty() ? "Unit " + std::to_string(r.between(2, 48)) : p.unit);
    b.text("\n");
  }
  b.text(indent);
  b.phi("address", p.city + ", " + (r.chance(0.5) ? stateName(p.state) : p.state));
  b.text(r.chance(0.5) ? "  " : " ");
  writeSixthZip(b);
}

void writeSixthUrl(NoteBuilder& b) {
  Random& r = b.random();
  switch (r.between(0, 4)) {
    case 0:
      b.phi("url", "https://trials.example-research.org/screen?subject=" + r.digits(3) + "-" + r.digits(3) +
                       "&site=" + r.digits(2));
      break;
    case 1: b.phi("url", "https://mychart.example-health.org/avs/view?enc=" + r.digits(9) + "&lang=en"); break;
    case 2: b.phi("url", "www.example-transplant.org/waitlist/status?id=" + r.digits(6)); break;
    case 3: b.phi("url", "http://gw" + r.digits(2) + ".homehub.example.net:8080/device/" + lower(r.letters(4)) + r.digits(4)); break;
    default: b.phi("url", "https://records.example-hospital.org/roi/requests/" + r.digits(7) + "/status"); break;
  }
}

std::string sixthPlan(Random& r) {
  switch (r.between(0, 2)) {
    case 0: return r.letters(3) + r.digits(9);
    case 1: return "M" + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(2);
    default: return r.digits(11) + r.letters(1);
  }
}

const Person& personFor(const Cast& c, std::string_view who) {
  if (who == "pt") return c.pt;
  if (who == "k1") return c.k1;
  if (who == "k2") return c.k2;
  if (who.size() == 2 && who[0] == 's' && who[1] >= '0' && who[1] <= '7') {
    return c.staff[static_cast<std::size_t>(who[1] - '0')];
  }
  throw std::logic_error("unknown sixth person");
}

// Placeholders: {who.form} a person (who: pt, k1, k2, s0..s7; form: see writeName); {ls} a
// look-alike sentence of this family; {ttl} Mr./Ms. (not PHI); {pron}/{Pron}/{poss} pronouns;
// {k1rel}/{k2rel} relation words; {sex}; {yage} an adult age of 89 or less (not PHI); {ga}
// gestational age (not PHI); {ph} the patient's phone, {ph2} another phone, {fx} a fax number,
// in this family's formats; {dt} an event date (month and day alone allowed), {dty} an event
// date with a year, {dob6} the date of birth; {agef} an age over 89; {rec} the patient's record
// number; {subj} a trial screening/enrollment ID (mrn); {wl} a transplant waitlist ID (mrn);
// {visit} a visit or encounter number and {auth} an authorisation number (account); {planv} a
// member/subscriber number, {grp} a group number (health_plan); {ssnv} {licv} {ppt} (passport,
// license) {devv} {txid} (device) {vinv} bare values; {plate} a plate after a state name; {addr1}
// a one-line address, {addrml} a multi-line one; {url6} {ipport} {ip4} links and addresses. Any
// other placeholder goes to the builder.
void placeholder(NoteBuilder& b, const Cast& c, std::string_view key);

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
    if (close == std::string_view::npos) throw std::logic_error("unterminated sixth placeholder");
    placeholder(b, c, pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

void placeholder(NoteBuilder& b, const Cast& c, std::string_view key) {
  Random& r = b.random();
  const Patient& p = b.patient();
  const std::size_t dot = key.find('.');
  if (dot != std::string_view::npos) {
    writeName(b, personFor(c, key.substr(0, dot)), key.substr(dot + 1));
  } else if (key == "ls") {
    b.text(sixthSentence(r));
  } else if (key == "ttl") {
    b.text(c.female ? "Ms." : "Mr.");
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
  } else if (key == "babysex") {
    b.text(c.female ? "Girl" : "Boy");
  } else if (key == "sex") {
    b.text(c.female ? "F" : "M");
  } else if (key == "yage") {
    b.text(std::to_string(r.between(22, 89)) + (r.chance(0.5) ? " y.o." : " yo"));
  } else if (key == "ga") {
    b.text(std::to_string(r.between(24, 36)) + "+" + std::to_string(r.between(0, 6)) + " weeks");
  } else if (key == "ph") {
    writeSixthPhone(b, p.phone, "phone");
  } else if (key == "ph2") {
    writeSixthPhone(b, randomPhoneDigits(r), "phone");
  } else if (key == "fx") {
    writeSixthPhone(b, p.altPhone, "fax");
  } else if (key == "dt") {
    writeSixthDate(b, r.between(2017, 2026), r.between(1, 12), r.between(1, 28), true);
  } else if (key == "dty") {
    writeSixthDate(b, r.between(2017, 2026), r.between(1, 12), r.between(1, 28), false);
  } else if (key == "dob6") {
    writeSixthDate(b, p.birthYear, p.birthMonth, p.birthDay, false);
  } else if (key == "agef") {
    writeSixthAge(b, c);
  } else if (key == "rec") {
    b.phi("mrn", sixthRecordNumber(b));
  } else if (key == "subj") {
    b.phi("mrn", (r.chance(0.5) ? "SCR-" : "") + r.digits(3) + "-" + r.digits(4));
  } else if (key == "wl") {
    b.phi("mrn", r.letters(3) + r.digits(6));
  } else if (key == "visit") {
    b.phi("account", (r.chance(0.5) ? "V" : "E") + r.digits(10));
  } else if (key == "auth") {
    b.phi("account", r.digits(2) + r.letters(1) + r.digits(7));
  } else if (key == "planv") {
    b.phi("health_plan", r.chance(0.5) ? p.plan : sixthPlan(r));
  } else if (key == "grp") {
    b.phi("health_plan", r.digits(6) + "-" + r.digits(3));
  } else if (key == "ssnv") {
    b.phi("ssn", p.ssn);
  } else if (key == "licv") {
    b.phi("license", p.license);
  } else if (key == "ppt") {
    b.phi("license", r.digits(9));
  } else if (key == "devv") {
    b.phi("device", p.device);
  } else if (key == "txid") {
    b.phi("device", r.digits(1) + r.letters(1) + r.digits(1) + r.letters(3));
  } else if (key == "vinv") {
    b.phi("vehicle", p.vin);
  } else if (key == "plate") {
    b.text(stateName(p.state) + " plate ");
    b.phi("vehicle", p.plate);
  } else if (key == "addr1") {
    writeOneLineAddress(b);
  } else if (key == "addrml") {
    writeMultiLineAddress(b, "");
  } else if (key == "url6") {
    writeSixthUrl(b);
  } else if (key == "ipport") {
    b.phi("ip", p.ip);
    b.text(":" + std::to_string(r.chance(0.5) ? 8443 : r.between(1024, 65000)));
  } else if (key == "ip4") {
    b.phi("ip", p.ip);
  } else {
    b.write("{" + std::string(key) + "}");
  }
}

// ---------------------------------------------------------------------------------------------
// Templates. Roughly one in six has no PHI.

struct SixthTemplate {
  std::string_view name;
  std::string_view pattern;
};

constexpr std::array<SixthTemplate, 34> kSixthTemplates = {{
    {"nicu_admission",
     "NICU ADMISSION H&P\nInfant: Baby {babysex} {pt.last}   Chart # {rec}\nDOB/TOB: {dty} 03:17   GA {ga}   BW 1640 g\n"
     "Mother: {k1.INV}, G2P1, blood type O+, GBS unknown. {ls}\nDelivered by Dr. {s7.last}; NRP team led by "
     "{s1.full}, MD. Apgars 6 and 8. {ls}\nParents updated at bedside; father's cell {ph}.\n"},
    {"psych_intake_collateral",
     "PSYCHIATRIC INTAKE\nIdentifying data: {pt.full}, {yage}, brought by police on a 72-hour hold. {ls}\n"
     "Collateral: spoke with {poss} {k1rel}, {k1.full} ({ph2}), who said \"{pt.first} hasn't slept since "
     "{dt} and keeps talking about the neighbours.\" {ls}\nPrior treatment with Dr. {s7.last} "
     "(outpatient). Patient asked that {poss} {k2rel} \"{k2.first}\" not be called.\n"
     "Evaluator: {s0.full}, MD; collateral obtained by {s5.full}, LCSW\n"},
    {"addiction_induction",
     "ADDICTION MEDICINE — BUPRENORPHINE HOME INDUCTION\nPt ID {rec}   {pt.INV}\nCOWS at visit 11. PDMP "
     "checked {dt}; no concurrent benzodiazepine fills. {ls}\nNaloxone kit dispensed. Recovery coach {s5.first} "
     "will text {poss} cell ({ph}) on day 2.\nNext visit {dt} with {s0.init2}, DO, FASAM. {ls}\n"},
    {"transplant_coordination",
     "TRANSPLANT COORDINATOR NOTE\nCandidate: {pt.mid}   Waitlist ID {wl}   Blood type B\n"
     "Listed {dty}, MELD 24. {ls}\nCaregiver plan: {k1.full} ({k1rel}) primary, {k2.full} backup; both "
     "attended caregiver class. Status page: {url6}\nCoordinator: {s5.full}, RN, CCTC   pager via operator\n"},
    {"genetic_pedigree",
     "GENETIC COUNSELLING — PEDIGREE SUMMARY\nProband: {pt.full} ({agef}), referred by Dr. {s7.last}.\n"
     "Maternal aunt {k2.full}: breast cancer at 44, deceased. Maternal grandmother: ovarian cancer in her "
     "fifties. Sister ({k1.first}) tested negative for the familial BRCA2 variant. {ls}\n"
     "Ashkenazi Jewish ancestry on the paternal side. {ls}\nCounsellor: {s6.full}, MS, CGC\n"},
    {"pt_plan_of_care",
     "PHYSICAL THERAPY PLAN OF CARE\nPatient: {pt.inv}   DOB {dob6}\nCertification period: {dty} through {dty}\n"
     "Referring provider: Dr. {s7.init2}\nDx: R TKA, M25.661. {ls}\nGoals: ascend 12 steps with one rail in "
     "4 weeks. Frequency 2x/week x 8 weeks. {ls}\nTherapist: {s3.full}, PT, DPT\n"},
    {"speech_swallow",
     "SPEECH-LANGUAGE PATHOLOGY — MODIFIED BARIUM SWALLOW\n{ttl} {pt.last}, {agef}, oriented; stated \"my name "
     "is {pt.first}, I live with my {k1rel}.\" {ls}\nPenetration-Aspiration Scale 5 with thin liquids. "
     "Recommend IDDSI level 2 liquids. {ls}\n{s3.sig}, MA, CCC-SLP\n"},
    {"nutrition_consult",
     "NUTRITION CONSULT\nPt: {pt.any}   Rm 412, Bed 2\n{ls} Weight down 9% in 3 months. Meets ASPEN criteria for "
     "severe malnutrition. {ls}\nDiscussed with {poss} {k1rel} {k1.hon}, who cooks at home.\n"
     "{s4.full}, RD, LDN   ext. 5520\n"},
    {"wound_ostomy",
     "WOUND OSTOMY CONTINENCE NURSING\n{pt.first} {pt.last} seen for new ileostomy teaching with {poss} {k1rel} "
     "({k1.first}). Stoma 32 mm, budded, red, moist. {ls}\nSupplies ordered through the vendor, tel. {ph2} x22; "
     "order portal {url6}. {ls}\n—{s3.full}, BSN, RN, CWOCN\n"},
    {"palliative_family_meeting",
     "PALLIATIVE CARE FAMILY MEETING\nDate: {dt}\nPresent: patient's {k1rel} ({k1.full}), {k2rel} ({k2.full}, by "
     "phone from abroad), Dr. {s0.last} (ICU), {s6.full} (chaplain), {s5.mid}, MSW.\n{ls}\n{k1.first} said: \"{Pron} "
     "always told us no machines.\" {ls}\nOutcome: transition to comfort-focused care.\n"},
    {"ems_sbar",
     "EMS TO ED HANDOFF (SBAR)\nS: {agef} found down at home by {k1rel} {k1.first}, last known well {dt} "
     "21:40.\nB: AFib on apixaban, prior CVA. Lives at {addr1}.\nA: GCS 13, BGL 142, 12-lead without STEMI. {ls}\n"
     "R: stroke alert called. Medic 12 crew: {s3.full}, EMT-P; {s2.init2}, EMT-B\n"},
    {"utilization_review",
     "UTILIZATION REVIEW\nMember: {pt.INV}   Subscriber # {planv}   Group No. {grp}\nVisit # {visit}\n"
     "InterQual acute criteria met for day 3. {ls}\nAuth # {auth} approved through {dt}. Reviewer {s5.full}, "
     "RN; payer fax {fx}; payer UM line {ph2} ext. 3\n"},
    {"records_release",
     "AUTHORIZATION TO RELEASE HEALTH INFORMATION\nPatient name: {pt.mid}\nDate of birth: {dob6}   "
     "Patient No. {rec}\nSocial Security No.: {ssnv}\nAddress:\n{addrml}\nEmail: {pt.email}\n"
     "Release to: {k1.full}, {k1rel}\nPurpose: personal use. This authorization expires on {dty}.\n"
     "Track the request at {url6}\n"},
    {"court_ordered_eval",
     "COURT-ORDERED COMPETENCY EVALUATION\nRe: State v. {pt.caps}\nOrdered by the Hon. {s7.full}. Defense "
     "counsel: {s2.full}, Esq.; prosecutor {s1.hon}. Interview {dty} at the county jail, 2 h 10 min. {ls}\n"
     "Collateral from {poss} {k1rel}, {k1.full}. {ls}\nExaminer: {s0.full}, PhD, ABPP\n"},
    {"travel_clinic",
     "TRAVEL MEDICINE\nTraveler: {pt.full}   Passport no. {ppt}\nItinerary: Lima, Cusco and the Amazon basin, "
     "departing {dt} for 3 weeks. {ls}\nGiven: yellow fever (ICVP signed), typhoid Vi. Malaria prophylaxis: "
     "atovaquone-proguanil. {ls}\nTravel companion: {k1.full}. Nurse: {s3.full}, RN\n"},
    {"employee_health_tb",
     "EMPLOYEE HEALTH — ANNUAL TB SCREEN\nEmployee: {pt.INV}   DOB {dob6}   Dept: 6 West\nQuantiFERON-TB Gold "
     "Plus drawn {dt}: negative. {ls}\nSymptom questionnaire negative. Cleared for duty by {s0.full}, NP-C. "
     "Questions: Employee Health {ph2}\n"},
    {"transfer_call_log",
     "TRANSFER CENTER CALL LOG\n{dt} 02:14  Call from Dr. {s7.full} at an outside hospital, callback {ph2}.\n"
     "Patient: {pt.caps}, {agef}, NSTEMI, troponin rising. {ls}\n02:31  Accepted by Dr. {s0.last} (cardiology). "
     "Bed 14, CCU.\n02:40  Report from sending RN {s3.first}; ETA by air 55 min.\n"},
    {"after_visit_summary",
     "AFTER VISIT SUMMARY\n{pt.full}   {dty}   Visit with {s0.full}, PA-C\nYour next appointment: {dt} at "
     "10:30 AM. {ls}\nQuestions? Call the clinic at {ph2} or send a message at {url6}.\nYour emergency contact: "
     "{k1.full} ({k1rel}), {ph}\n"},
    {"nurse_triage_line",
     "NURSE ADVICE LINE — CALL TRANSCRIPT\nCaller: \"Hi, this is {k1.first}, I'm calling for {pt.first} "
     "{pt.last}, {pron}'s got a fever of 102.\"\nRN: \"What number can I call you back on?\"\n"
     "Caller: \"It's {ph}.\"\n{ls} Disposition: ED within 4 hours. Triage RN {s3.full}\n"},
    {"trial_screening_log",
     "SCREENING LOG — PROTOCOL ONC-2217\nSite 04   Subject ID {subj}   Initials {pt.inidash}\nConsented "
     "{dt}; screen failed {dt} (ANC 1.1). {ls}\nEnrollment ID not assigned. CRC {s5.full}; PI {s0.init2}, MD\n"
     "Sponsor portal: {url6}\n"},
    {"snf_discharge_packet",
     "DISCHARGE TO SKILLED NURSING FACILITY\nResident: {pt.INV}   DOB {dob6}   Chart # {rec}\n"
     "Accepting facility: Maplewood Care Center, attn. admissions, fax {fx}\n{ls}\nReport called to "
     "{s3.full}, LPN, at {ph2} on {dt}. Transport by wheelchair van.\nFamily: {k1.inv} ({k1rel}), {ph}\n"},
    {"bedside_shift_report",
     "BEDSIDE SHIFT REPORT (I-PASS)\nRm 12B: {ttl} {pt.last}, {agef}, POD 2 s/p hip ORIF. {ls}\n"
     "Watcher: yes; {k1rel} {k1.first} staying overnight. {ls}\nOff-going: {s3.first} -> on-coming: {s1.first}\n"},
    {"home_infusion_pump",
     "HOME INFUSION NURSING VISIT\n{pt.full}, {addr1}\nCADD-Solis pump, Serial No. {devv}, running "
     "milrinone at 0.375 mcg/kg/min. {ls}\nPICC dressing changed. Pharmacy on call {ph2}. Next visit {dt}.\n"
     "RN {s3.sig}\n"},
    {"remote_gateway",
     "REMOTE MONITORING ALERT\nGateway {ipport} stopped sending data at 04:10; last contact from {ip4}. "
     "Transmitter ID {txid}. {ls}\nLink: {url6}\nPatient {pt.full} called at {ph}; {pron} had unplugged it to "
     "charge a phone.\n"},
    {"letter_family_abroad",
     "Dear {k1.hon},\nI am writing about your {k1rel}, {pt.full}, whom we have cared for since {dt}. {ls}\n"
     "You may reach me at {ph2} or by email at {s0.email}. Your {k2rel}, {k2.hon}, has asked to be copied.\n"
     "With kind regards,\n{s0.full}, MD\n"},
    {"registration_banner",
     "*** {pt.INV} *** DOB: {dob6} *** {sex} *** MRN: {rec} ***\nPCP: {s7.INV}   Insurance: {planv}\n"
     "Emergency contact: {k1.INV} ({k1rel}) {ph}\n{ls}\n"},
    {"mvc_social",
     "SOCIAL WORK — MVC\nPatient was the driver of a 2014 Honda Civic, {plate}, VIN {vinv}. Police report "
     "requested. {ls}\n{Pron} lives at {addr1} with {poss} {k1rel}, {k1.full}. Driver's license {licv}. "
     "SW: {s5.full}, LCSW\n"},
    {"pt_home_exercise",
     "HOME EXERCISE PROGRAM for {pt.first}\nDo these 2x/day: heel slides x10, quad sets x10, SLR x10. {ls}\n"
     "Call {s3.full}, PTA at {ph2} if pain exceeds 6/10. Next session {dt}.\n"},
    {"collateral_voicemail",
     "Voicemail transcribed {dt} 16:05: \"Yes hi this is {k1.full}, {pt.first}'s {k1rel}, um, please call me back "
     "at {ph} -- that's my cell.\" {ls} Returned call; message left.\n"},
    {"no_phi_pt_protocol",
     "TOTAL KNEE PROTOCOL — PHASE II (weeks 3-6)\nGoals: ROM 0-110 degrees, normalize gait. {ls} {ls}\n"},
    {"no_phi_nicu_feeding",
     "NICU FEEDING ADVANCEMENT GUIDELINE\nStart 20 mL/kg/day, advance by 20 mL/kg/day as tolerated. {ls}\n{ls}\n"},
    {"no_phi_cows",
     "CLINICAL OPIATE WITHDRAWAL SCALE\nResting pulse, sweating, restlessness, pupil size, bone or joint "
     "aches. {ls} {ls}\n"},
    {"no_phi_sbar_teaching",
     "SBAR TEACHING EXAMPLE (de-identified)\nS: 90-second seizure. B: known epilepsy. {ls}\nA: {ls}\n"
     "R: neuro checks every hour.\n"},
    {"no_phi_ur_criteria",
     "UTILIZATION CRITERIA NOTE\nObservation status for up to 48 hours. {ls}\nTwo-midnight rule reviewed. {ls}\n"},
}};

}  // namespace

std::size_t sixthTemplateCount() { return kSixthTemplates.size(); }

std::string_view writeSixthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                std::size_t choice) {
  const Cast cast = makeCast(seed, patientIndex, builder.patient().female);
  const SixthTemplate& t = kSixthTemplates[choice % kSixthTemplates.size()];
  expand(builder, cast, t.pattern);
  return t.name;
}

std::string sixthSentence(Random& r) {
  auto n = [&](int low, int high) { return std::to_string(r.between(low, high)); };
  switch (r.between(0, 41)) {
    case 0: return "Ballard score " + n(20, 40) + ", consistent with " + n(30, 36) + " weeks; Moro reflex symmetric.";
    case 1: return "Apgars " + n(5, 8) + " and " + n(7, 9) + " at 1 and 5 minutes; no Erb palsy.";
    case 2: return "Caffeine citrate 20 mg/kg load then 5 mg/kg daily; Bell stage I NEC ruled out.";
    case 3: return "COWS " + n(8, 20) + " at 10:15; Subutex 4 mg SL given, repeat in 2 hours.";
    case 4: return "PHQ-9 of " + n(5, 24) + ", GAD-7 of " + n(4, 20) + "; Columbia screen negative.";
    case 5: return "Mini-Cog 3/5; Montreal Cognitive Assessment deferred.";
    case 6: return "Tinetti " + n(12, 26) + "/28, Berg Balance " + n(30, 54) + "/56, Timed Up and Go " + n(9, 25) + " s.";
    case 7: return "Trendelenburg gait on the right; Thomas test positive; Ober test negative.";
    case 8: return "Strength 4+/5 in hip abductors; ROM 5-95 degrees; Lachman 1A.";
    case 9: return "IDDSI level 4 puréed solids; chin tuck with thin liquids per FEES.";
    case 10: return "Harris-Benedict estimate " + n(1400, 2200) + " kcal/day; protein 1.2-1.5 g/kg.";
    case 11: return "Will advance diet as tolerated; may resume Ensure Plus TID.";
    case 12: return "Braden " + n(9, 18) + "; Stage 3 sacral injury, 3.2 x 2.1 x 0.4 cm, tunneling at 12 o'clock.";
    case 13: return "Stoma measured 1-1/4 inch; Hollister 2-piece pouch, convex barrier.";
    case 14: return "Glasgow Coma Scale E3V4M6; Cincinnati stroke scale positive; LAMS " + n(2, 5) + ".";
    case 15: return "MELD-Na " + n(15, 35) + "; Child-Pugh class C; Milan criteria met.";
    case 16: return "Tacrolimus trough " + n(5, 12) + ".4 ng/mL; mycophenolate 720 mg BID.";
    case 17: return "BRCA2 c.5946delT variant of uncertain origin; Lynch syndrome panel negative.";
    case 18: return "Pedigree drawn to three generations per NSGC nomenclature.";
    case 19: return "InterQual subset 2024 reviewed; Milliman care guidelines not applied.";
    case 20: return "Protocol ONC-" + n(1000, 9999) + " amendment 3; visit window +/- 3 days.";
    case 21: return "Hep B series dose 2 of 3; Vivotif 4 capsules on alternate days.";
    case 22: return "Yellow fever vaccine lot UJ" + n(100, 999) + "AA; ICVP stamp applied.";
    case 23: return "TST read at 48-72 hours: 0 mm induration; prior BCG reported.";
    case 24: return "Rm 4 West, Bed 2; transfer to 6 North when a bed opens.";
    case 25: return "May be discharged once afebrile x 24 h; will reassess in the AM.";
    case 26: return "Augmentin 875 mg BID x 7 days; Flagyl held.";
    case 27: return "Hb " + n(7, 14) + "." + n(0, 9) + ", WBC " + n(3, 15) + "." + n(0, 9) + ", platelets " + n(90, 400) + ".";
    case 28: return "Firmware v" + n(2, 9) + "." + n(0, 9) + "." + n(0, 9) + " updated; no alarms overnight.";
    case 29: return "ICD-10 F11.20 and Z94.4; CPT 97110 x 3 units.";
    case 30: return "Stopped smoking in 2019; sober since 2021 per AA sponsor.";
    case 31: return "Diagnosed in 1998; menarche at 12, menopause at 51.";
    case 32: return "BP " + n(100, 170) + "/" + n(55, 100) + ", HR " + n(50, 120) + ", RR " + n(12, 24) + ", SpO2 " + n(88, 99) + "%.";
    case 33: return "Hospice philosophy explained; POLST completed in the Sunday family meeting.";
    case 34: return "Dose 0.25-0.5 mg q4-6h PRN; max 3 mg/24 h.";
    case 35: return "Wound vac at -125 mmHg; Mepilex Border to heels.";
    case 36: return "Foley removed at 06:00; voided 350 mL by 10:00.";
    case 37: return "Hope to wean to room air; Faith-based support declined.";
    case 38: return "Parkinson disease, Hashimoto thyroiditis and Raynaud phenomenon on the problem list.";
    case 39: return "Whipple in 2015; Nissen fundoplication in 2009.";
    case 40: return "Grade 2/6 systolic murmur at the left sternal border; 2+ pedal edema.";
    default: return "Plan discussed and agreed; no changes today.";
  }
}

}  // namespace concord::phi::corpus
