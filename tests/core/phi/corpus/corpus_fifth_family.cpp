// The fifth family (kFifthSeed only): templates, look-alike sentences and name pools written by
// someone who had not seen the detector's rules, and never run against it while being written.
// Document types the other families lack: dental, ophthalmology, dermatology photo consent,
// tumour board minutes, infusion centre, dialysis schedule changes, hospice, sleep study,
// occupational health, sports physical, vaccination record, lab requisition, referral fax cover,
// prior authorisation, portal message, interpreter-assisted visit, research consent, incident
// report, autopsy, dictation with transcription errors, DME delivery, parking placard.
//
// Gold span conventions (the same as the other families, see corpus_builder.cpp and the header
// of corpus_fresh_family.cpp):
//  * Titles and honorifics are NOT part of a name span, with or without a period: "Dr ", "Dr. ",
//    "Prof. ", "Sr. " / "Sister " (religious), "Mr ", "Ms. ", "Fr. ". Credentials and roles after
//    a name (", MD", " RN", ", DDS", " (Med Onc)") stay outside.
//  * A person's name written in one piece is one span, whatever its shape: "Ama K. Mensah",
//    "K. Mensah", "MENSAH, Ama" (comma inside), family name first ("ZHAO Mingyu"), double
//    surnames ("Paredes Olmedo"), a nickname in quotes inside the name (`Robert "Bobby" Lee`,
//    quotes inside), a generational suffix written with the name ("Lee Jr.", "Lee III",
//    "Lee, Jr." — the suffix is part of the name, unlike credentials).
//  * A maiden name after "née" is its own span; "(née " and ")" stay outside.
//  * "/s/ " before a signature stays outside; the name after it is a span.
//  * Initials alone ("—KM", "initials: RT") are NOT gold names: no family uses bare initials as
//    names, and HIPAA treats initials as identifying only with other context. They appear here
//    only as staff sign-offs, so a detector that flags them pays in precision.
//  * Single-word names (a first name alone, "interpreter Farida") are name spans.
//  * Dates: the date value only; a weekday before it ("Tues 3/4"), "the " of "the 5th of June
//    2023", and a time after it ("@ 14:20", "T09:12", "0320") stay outside. Month and year
//    ("06/2023", "June 2023") are dates, as in the builder; a year alone ("in 2011") is not PHI
//    (Safe Harbor allows years), nor are relative times ("3 weeks ago").
//  * Ages: over 89 only, the number (digits or words, "ninety-three", "one hundred and one")
//    only; "y/o", "aged ", "-year-old" outside. Ages of 89 or less are not PHI.
//  * Phones: every phone number written in a note is a gold phone, including clinic, agency and
//    hospital toll-free ("1-800-...") numbers, as the other families do ("page the wound team or
//    call {phone}", "Agency on-call {ph2}"). An extension ("x204", "ext. 4471") stays outside.
//    Numbers labelled as fax are "fax".
//  * Specimen, pathology and radiology accession numbers are "mrn" (record identifiers of the
//    patient); claim, authorisation and encounter reference numbers are "account".
//  * Addresses: street, unit, PO Box, city and state in one "address" span; the ZIP (with +4)
//    is its own "zip" span after a space.
//  * Lot numbers of vaccines and drugs, NDC codes, tooth numbers, CPT/ICD codes, device models and
//    brand names, organisation, hospital, employer-free programme names are not PHI.
#include "corpus_fifth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// ---------------------------------------------------------------------------------------------
// Name pools, the family's own: none of these names is in corpus_values.cpp or the fresh
// family's pools. Diverse origins, Hispanic double surnames, a few names that are also words,
// and a separate East Asian pool whose people are sometimes written family name first.

constexpr std::string_view kFifthGiven[] = {
    // West, Central, East and Southern African
    "Chidinma", "Emeka", "Temitope", "Adwoa", "Kwabena", "Yaa", "Nana", "Sekou", "Boubacar", "Mariama", "Thandiwe",
    "Sipho", "Lindiwe", "Themba", "Nomvula", "Zanele", "Mulugeta", "Selamawit",
    "Wambui", "Njeri", "Otieno", "Olumide", "Tendai", "Rudo", "Kudzai", "Mandla",
    // South Asian
    "Aditi", "Ishaan", "Pooja", "Nandini", "Siddharth", "Tejas", "Mrinalini", "Anirudh", "Gayatri",
    "Parminder", "Jaswinder", "Imran", "Ayesha", "Zubair", "Rukhsana", "Prakash", "Deepika",
    // Hispanic and Portuguese
    "Aurelio", "Refugio", "Leticia", "Eusebio", "Baltasar", "Rocío", "Inés",
    "Teodoro", "Araceli", "Wilfredo", "Nayeli", "Jacinto", "Conceição", "Joaquim", "Gonçalo",
    // Arabic, Persian, Turkish
    "Youssef", "Nour", "Hamza", "Dalia", "Faisal", "Lubna", "Amira", "Mustafa", "Shirin", "Dariush", "Parisa",
    "Kaveh", "Emre", "Elif", "Zeynep", "Burak",
    // Eastern and Southern European
    "Stanislav", "Jadwiga", "Bohdan", "Svetlana", "Zoltan", "Ildikó", "Dimitrios", "Eleni", "Giuseppina", "Salvatore",
    "Carmela", "Vincenzo",
    // Celtic, Nordic, Dutch, German, French
    "Eoghan", "Caoimhe", "Tadhg", "Ailbhe", "Mairead", "Torbjorn", "Sigrid", "Bram",
    "Marieke", "Ruud", "Liesbeth", "Dieter", "Ulrike", "Gisele", "Thierry", "Mathilde", "Benoit",
    // Older Anglo and American names
    "Mildred", "Agnes", "Herbert", "Wilbur", "Myrtle", "Edna", "Cornelius", "Ethel", "Horace", "Winifred",
    "Thaddeus", "Hortense", "Lorraine", "Delbert", "Opal", "Ezekiel", "Josiah", "Obadiah", "Tabitha", "Lavinia",
    "Jolene", "Darnell", "Tamika", "Terrell", "Ebony", "Marquis", "LaToya", "Jermaine", "Rashida", "Kendrick",
    // Names that are also words
    "Clay", "Forest", "River", "Sky", "Journey", "Honor", "Destiny", "Harmony", "Melody", "Liberty",
    "Trinity", "Blossom", "Autumn", "Robin", "Wren", "Jade", "Coral", "Misty", "Rocky", "Buck", "Chance",
    "Major", "Prince", "Earl", "Duke", "Cash", "Royal", "Story", "Genesis"};

constexpr std::string_view kFifthFamily[] = {
    // African
    "Okoro", "Nwachukwu", "Obi", "Ayodele", "Akinola", "Oyelowo", "Ampofo", "Darko",
    "Agyeman", "Frimpong", "Sesay", "Kamara", "Bangura", "Toure", "Sissoko", "Dlamini", "Ndlovu", "Khumalo",
    "Mokoena", "Zulu", "Gebremedhin", "Tadesse", "Mutua", "Njoroge", "Chinyama", "Moyo", "Mukasa", "Ssempala",
    // South Asian
    "Bhattacharya", "Mukherjee", "Gokhale", "Joshi", "Patwardhan", "Menon", "Krishnamurthy", "Ramaswamy",
    "Dhillon", "Gill", "Butt", "Mirza", "Ansari", "Thapa", "Gurung", "Karunaratne", "Wickramasinghe",
    // Hispanic and Portuguese, double surnames included
    "Paredes Olmedo", "Vidal Serrano", "Castillo Ríos", "Ibarra de la Peña", "Zúñiga", "Quintero",
    "Arellano", "Carrasco", "Montoya", "Sepúlveda", "Barrientos", "Gallegos", "Ocampo", "Saldaña", "Tejeda",
    "Fonseca", "Magalhães", "Carvalho", "Azevedo", "dos Santos",
    // Arabic, Persian, Turkish
    "Al-Khatib", "Bou Saab", "Haidari", "Shamsi", "Karimi", "Tehrani", "Farahani", "Öztürk", "Demir",
    "Çelik", "El Fassi", "Bennani", "Abdelrahman", "Zaher",
    // Eastern and Southern European
    "Wójcik", "Kravchenko", "Bondarenko", "Petrov", "Sokolova", "Nagy", "Szabó",
    "Papadopoulos", "Georgiou", "Kalogeropoulos", "Romano", "Greco", "Petrović", "Jovanović", "Horvat",
    // Celtic, Nordic, Dutch, German, French
    "Ní Bhriain", "Mac Giolla", "Ó Súilleabháin", "Brosnan", "Mulcahy", "Haugen", "Solberg",
    "Virtanen", "van Leeuwen", "de Graaf", "Vermeulen", "Brouwer", "Schumacher",
    "Zimmermann", "Becker", "Girard", "Rousseau", "Thibodeaux", "Boudreaux", "LeBlanc",
    // Anglo, Scottish, American, with apostrophes and hyphens
    "Pemberton", "Ashworth", "Cartwright", "Fairbanks", "Kingsley", "Lockhart",
    "Montgomery", "Pennington", "Ratliff", "Shackleford", "Tillman", "Wadsworth", "MacLeod", "O'Hare", "O'Rourke",
    "Fitzpatrick-Hale", "Okoro-Bennett", "Smythe-Owusu",
    // Surnames that are also words
    "Glass", "Steel", "Iron", "Silver", "Gray", "Lane", "Street", "Field", "Woods", "Brook", "Rivers", "Lake", "Shore",
    "Rock", "Carpenter", "Fisher", "Potter", "Weaver", "Porter",
    "Sparrow", "Crane", "Swan", "Nightingale", "Sugar", "Honey", "Sweet", "Goodman", "Sickle", "Doctor",
    "Nurse", "Physick", "Pain", "Blood", "Patient", "Ill"};

// East Asian people (a patient now and then, staff, relatives): often written family name first,
// often in capitals, as registration systems and the people themselves write them.
constexpr std::string_view kFifthEastAsianGiven[] = {
    "Mingyu", "Xinyi", "Zihan", "Haoran", "Yutong", "Jiayi", "Chenxi", "Ruolan", "Kaito", "Aoi", "Ren",
    "Souta", "Jiwoo", "Seojun", "Hayoon", "Minseo", "Thi Lan", "Van Minh", "Thanh Huong", "Quoc Bao"};

constexpr std::string_view kFifthEastAsianFamily[] = {
    "Zhao", "Chen", "Xu", "Sun", "Ma", "Guo", "He", "Gao", "Luo", "Kobayashi", "Yamamoto", "Nakagawa",
    "Lee", "Yoon", "Kang", "Dang", "Bui", "Do", "Ngo"};

constexpr std::string_view kFifthInitials[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K",
                                               "L", "M", "N", "P", "R", "S", "T", "W", "Z"};

constexpr std::string_view kFifthNicknames[] = {"Bobby", "Bud", "Skip", "Sonny", "Chip", "Red", "Dee", "Lulu",
                                                "Cookie", "Tiny", "Junebug", "Pops", "Boo", "Cricket", "Peaches",
                                                "Tank", "Smitty", "Bubba", "Sissy", "Doc"};

constexpr std::string_view kFifthSuffixes[] = {"Jr.", "Sr.", "II", "III", "IV"};

constexpr std::string_view kFifthRelations[] = {
    "daughter", "son", "wife", "husband", "partner", "mother", "father", "grandmother", "legal guardian",
    "foster mother", "son-in-law", "daughter-in-law", "cousin", "brother", "sister", "niece", "POA", "godson"};

constexpr std::string_view kFifthEmailDomains[] = {"example.com", "example.org", "mail.example.net",
                                                   "patients.example.edu", "inbox.example.com"};

struct Person {
  std::string first, middle, last, maiden, nick, suffix;
  bool familyFirst = false;  // an East Asian name, sometimes written family name first
};

// Everyone a note of one patient may mention. Staff slots: s0 attending/author, s1 fellow or
// resident, s2 consultant/pathologist, s3 nurse/tech, s4 pharmacist/hygienist, s5 coordinator,
// s6 interpreter/chaplain/nun, s7 referring or primary care doctor.
struct Cast {
  Person pt, k1, k2;
  std::array<Person, 8> staff;
  std::string k1rel, k2rel;
  bool female = false;
};

std::string pickOne(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

Person makePerson(Random& r, double eastAsian) {
  Person p;
  p.familyFirst = r.chance(eastAsian);
  p.first = pickOne(r, p.familyFirst ? std::span<const std::string_view>(kFifthEastAsianGiven) : kFifthGiven);
  p.middle = pickOne(r, kFifthInitials);
  p.last = pickOne(r, p.familyFirst ? std::span<const std::string_view>(kFifthEastAsianFamily) : kFifthFamily);
  p.maiden = pickOne(r, kFifthFamily);
  p.nick = pickOne(r, kFifthNicknames);
  p.suffix = pickOne(r, kFifthSuffixes);
  return p;
}

Cast makeCast(std::uint64_t seed, std::size_t patientIndex, bool female) {
  Random r(seed * 0x9fb21c651e98df25ULL ^ (patientIndex * 0xc2b2ae3d27d4eb4fULL + 0x165667b1ULL));
  r.next();
  Cast c;
  c.female = female;
  c.pt = makePerson(r, 0.2);
  c.k1 = makePerson(r, c.pt.familyFirst ? 0.8 : 0.05);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson(r, c.pt.familyFirst ? 0.6 : 0.05);
  if (r.chance(0.4)) c.k2.last = c.pt.last;
  for (Person& s : c.staff) s = makePerson(r, 0.15);
  c.k1rel = pickOne(r, kFifthRelations);
  c.k2rel = pickOne(r, kFifthRelations);
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

// The first letter of each word of a name, upper case: "Paredes Olmedo" -> "PO".
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
constexpr std::array<std::string_view, 7> kWeekdays = {"Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"};

std::string ordinal(int day) {
  const char* suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th"
                       : day % 10 == 1                      ? "st"
                       : day % 10 == 2                      ? "nd"
                       : day % 10 == 3                      ? "rd"
                                                            : "th";
  return std::to_string(day) + suffix;
}

// ---------------------------------------------------------------------------------------------
// Writing people and values.

// The name in natural order for this person (family name first when they write it so).
std::string natural(const Person& p) { return p.familyFirst ? p.last + " " + p.first : p.first + " " + p.last; }

void writeName(NoteBuilder& b, const Person& p, std::string_view form) {
  Random& r = b.random();
  if (form == "full") {
    b.phi("name", natural(p));
  } else if (form == "west") {  // given name first, whatever the origin
    b.phi("name", p.first + " " + p.last);
  } else if (form == "mid") {
    b.phi("name", p.familyFirst ? natural(p) : p.first + " " + p.middle + ". " + p.last);
  } else if (form == "first") {
    b.phi("name", p.first);
  } else if (form == "last") {
    b.phi("name", p.last);
  } else if (form == "inv") {
    b.phi("name", p.last + ", " + p.first);
  } else if (form == "INV") {
    b.phi("name", upper(p.last) + (r.chance(0.5) ? ", " + p.first : "," + upper(p.first)));
  } else if (form == "fam") {  // registration style: family name in capitals, then given name
    b.phi("name", upper(p.last) + " " + p.first);
  } else if (form == "caps") {
    b.phi("name", upper(natural(p)));
  } else if (form == "init") {
    b.phi("name", p.first.substr(0, 1) + ". " + p.last);
  } else if (form == "nick") {
    b.phi("name", p.first + " \"" + p.nick + "\" " + p.last);
  } else if (form == "sfx") {
    b.phi("name", p.first + " " + p.last + (r.chance(0.3) ? ", " : " ") + p.suffix);
  } else if (form == "maiden") {
    b.phi("name", p.maiden);
  } else if (form == "lower") {
    b.phi("name", lower(p.first + " " + p.last));
  } else if (form == "lowerlast") {
    b.phi("name", lower(p.last));
  } else if (form == "sig") {
    switch (r.between(0, 3)) {
      case 0: writeName(b, p, "full"); break;
      case 1: writeName(b, p, "mid"); break;
      case 2: writeName(b, p, "init"); break;
      default: writeName(b, p, "caps"); break;
    }
  } else if (form == "any") {
    switch (r.between(0, 5)) {
      case 0: writeName(b, p, "full"); break;
      case 1: writeName(b, p, "mid"); break;
      case 2: writeName(b, p, "inv"); break;
      case 3: writeName(b, p, "INV"); break;
      case 4: writeName(b, p, "fam"); break;
      default: writeName(b, p, "caps"); break;
    }
  } else if (form == "ini") {  // bare initials: a sign-off, NOT a gold name (see the header)
    b.text(initialsOf(p.first) + initialsOf(p.last));
  } else if (form == "email") {
    std::string f = asciiLetters(p.first), l = asciiLetters(p.last);
    if (f.empty()) f = "pt";
    if (l.empty()) l = "x";
    std::string local;
    switch (r.between(0, 4)) {
      case 0: local = f + "." + l + "+portal"; break;
      case 1: local = f.substr(0, 1) + l + "+" + r.letters(1) + r.digits(2); break;
      case 2: local = l + "." + f.substr(0, 1) + r.digits(3); break;
      case 3: local = f + "_" + l; break;
      default: local = f + "+" + l; break;
    }
    b.phi("email", lower(local) + "@" + pickOne(r, kFifthEmailDomains));
  } else {
    throw std::logic_error("unknown fifth name form");
  }
}

std::string randomPhoneDigits(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

void writeFifthPhone(NoteBuilder& b, const std::string& digits, std::string_view category) {
  Random& r = b.random();
  const std::string a = digits.substr(0, 3), e = digits.substr(3, 3), l = digits.substr(6, 4);
  std::string value;
  switch (r.between(0, 6)) {
    case 0: value = a + "." + e + "." + l; break;
    case 1: value = "(" + a + ")" + e + l; break;
    case 2: value = "+1." + a + "." + e + "." + l; break;
    case 3: value = a + "/" + e + "-" + l; break;
    case 4: value = "1 (" + a + ") " + e + "-" + l; break;
    case 5: value = "(" + a + ")-" + e + "-" + l; break;
    default: value = a + "-" + e + "-" + l; break;
  }
  b.phi(category, value);
}

void writeTollFree(NoteBuilder& b) {
  Random& r = b.random();
  static constexpr std::array<std::string_view, 4> kPrefixes = {"800", "888", "877", "866"};
  const std::string p(r.pick(std::span<const std::string_view>(kPrefixes)));
  const std::string e = std::to_string(r.between(2, 9)) + r.digits(2), l = r.digits(4);
  b.phi("phone", r.chance(0.5) ? "1-" + p + "-" + e + "-" + l : "(" + p + ") " + e + "-" + l);
}

void writeFifthDate(NoteBuilder& b, int year, int month, int day) {
  Random& r = b.random();
  const std::string m(kMonths[static_cast<std::size_t>(month - 1)]);
  const std::string abbr = m.substr(0, 3);
  std::string value;
  switch (r.between(0, 11)) {
    case 0:
      b.text(std::string(r.pick(std::span<const std::string_view>(kWeekdays))) + " ");
      value = std::to_string(month) + "/" + std::to_string(day);
      break;
    case 1: b.text("the "); value = ordinal(day) + " of " + m + " " + std::to_string(year); break;
    case 2: value = two(month) + "/" + std::to_string(year); break;
    case 3: value = std::to_string(year) + "." + two(month) + "." + two(day); break;
    case 4: value = abbr + "-" + two(day) + "-" + std::to_string(year); break;
    case 5: value = std::to_string(year) + two(month) + two(day); break;
    case 6: value = std::to_string(day) + "-" + abbr + "-" + two(year % 100); break;
    case 7: value = m + " '" + two(year % 100); break;
    case 8: value = std::to_string(month) + "-" + std::to_string(day) + "-" + two(year % 100); break;
    case 9: value = upper(abbr) + " " + two(day) + " " + std::to_string(year); break;
    case 10: value = ordinal(day) + " " + m; break;
    default: value = std::to_string(month) + "/" + std::to_string(day) + "/" + std::to_string(year); break;
  }
  b.phi("date", value);
}

void writeFifthAge(NoteBuilder& b) {
  Random& r = b.random();
  const int age = b.patient().age >= 90 ? b.patient().age : r.between(90, 104);
  const std::string a = std::to_string(age);
  static constexpr std::array<std::string_view, 10> kOnes = {"", "one", "two", "three", "four",
                                                             "five", "six", "seven", "eight", "nine"};
  std::string words;
  if (age < 100) {
    words = "ninety" + (age % 10 ? "-" + std::string(kOnes[static_cast<std::size_t>(age % 10)]) : std::string());
  } else {
    words = "one hundred" +
            (age % 10 ? " and " + std::string(kOnes[static_cast<std::size_t>(age % 10)]) : std::string());
  }
  switch (r.between(0, 6)) {
    case 0: b.phi("age", a); b.text(" y/o"); break;
    case 1: b.text("aged "); b.phi("age", a); break;
    case 2: b.phi("age", words); b.text("-year-old"); break;
    case 3: b.text("Age: "); b.phi("age", a); b.text(" yrs"); break;
    case 4: b.phi("age", a); b.text(b.patient().female ? "yo F" : "yo M"); break;
    case 5: b.phi("age", a); b.text("-yr"); break;
    default: b.text("a "); b.phi("age", words); b.text(" year old"); break;
  }
}

std::string fifthMrn(NoteBuilder& b) {
  // A letter-bearing record number, the same for every note of the patient (derived from the
  // builder patient's number so it is stable).
  const std::string& m = b.patient().mrn;
  std::string digits;
  for (char ch : m) {
    if (ch >= '0' && ch <= '9') digits.push_back(ch);
  }
  while (digits.size() < 7) digits.insert(digits.begin(), '0');
  switch ((digits[0] - '0') % 4) {
    case 0: return "KH-" + digits.substr(0, 7);
    case 1: return "E" + digits.substr(0, 8);
    case 2: return "A00" + digits.substr(0, 6);
    default: return "UMC" + digits.substr(0, 7) + "X";
  }
}

void writeAccession(NoteBuilder& b, std::string_view prefix) {
  Random& r = b.random();
  const std::string yy = two(r.between(16, 25));
  switch (r.between(0, 2)) {
    case 0: b.phi("mrn", std::string(prefix) + yy + "-" + r.digits(5)); break;
    case 1: b.phi("mrn", std::string(prefix) + "-" + yy + "-" + r.digits(6)); break;
    default: b.phi("mrn", std::string(prefix) + "20" + yy + r.digits(6)); break;
  }
}

void writeFifthAddress(NoteBuilder& b, bool poBox) {
  Random& r = b.random();
  const Patient& p = b.patient();
  std::string value;
  if (poBox) {
    value = (r.chance(0.5) ? "PO Box " : "P.O. Box ") + std::to_string(r.between(10, 9999));
  } else {
    value = p.streetNumber + " " + p.streetName;
    switch (r.between(0, 3)) {
      case 0:
        value += " Apt " + std::to_string(r.between(1, 40)) + std::string(1, static_cast<char>('A' + r.between(0, 5)));
        break;
      case 1: value += ", Unit " + std::to_string(r.between(100, 2400)); break;
      case 2: value += " #" + std::to_string(r.between(2, 999)); break;
      default: break;
    }
  }
  value += (r.chance(0.5) ? ", " : " ") + p.city + ", " + p.state;
  b.phi("address", value);
  b.text(" ");
  std::string zip = p.zip;
  if (zip.find('-') == std::string::npos && r.chance(0.6)) zip += "-" + r.digits(4);
  b.phi("zip", zip);
}

void writeIpv6(NoteBuilder& b) {
  Random& r = b.random();
  static constexpr char kHex[] = "0123456789abcdef";
  auto group = [&](int length) {
    std::string g;
    g.push_back(kHex[1 + r.next() % 15]);
    for (int k = 1; k < length; ++k) g.push_back(kHex[r.next() % 16]);
    return g;
  };
  switch (r.between(0, 2)) {
    case 0: b.phi("ip", "fd" + group(2) + ":" + group(4) + ":" + group(3) + "::" + group(2)); break;
    case 1: b.phi("ip", "2600:" + group(4) + ":" + group(4) + ":" + group(2) + "::" + group(4)); break;
    default: b.phi("ip", "::ffff:" + std::to_string(r.between(10, 200)) + "." + std::to_string(r.between(0, 255)) +
                             "." + std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254))); break;
  }
}

void writeFifthUrl(NoteBuilder& b) {
  Random& r = b.random();
  switch (r.between(0, 3)) {
    case 0: b.phi("url", "portal.example-health.org/msg/" + r.digits(7)); break;
    case 1: b.phi("url", "photos.example.net/derm/case/" + r.letters(2) + r.digits(5)); break;
    case 2:
      b.phi("url", "telehealth.example.com/join/" + lower(r.letters(3)) + "-" + lower(r.letters(4)) + "-" +
                       r.digits(3));
      break;
    default: b.phi("url", "https://records.example.org/p?mrn=" + r.digits(8)); break;
  }
}

const Person& personFor(const Cast& c, std::string_view who) {
  if (who == "pt") return c.pt;
  if (who == "k1") return c.k1;
  if (who == "k2") return c.k2;
  if (who.size() == 2 && who[0] == 's' && who[1] >= '0' && who[1] <= '7') {
    return c.staff[static_cast<std::size_t>(who[1] - '0')];
  }
  throw std::logic_error("unknown fifth person");
}

// Placeholders: {who.form} a person (who: pt, k1, k2, s0..s7; form: see writeName); {ls} a
// look-alike sentence of this family; {ttl} Mr/Ms (not PHI); {pron}/{Pron}/{poss} pronouns;
// {k1rel}/{k2rel} relation words; {kidage} a child's age (not PHI); {yage} an adult age of 89 or
// less (not PHI); {ph} the patient's phone, {ph2} another phone, {tf} a toll-free number, {fx} a
// fax number, in this family's formats; {dt} an event date and {dob5} the date of birth in this
// family's formats; {agef} an age over 89; {mrn5} a letter-bearing record number; {acc:S},
// {acc:A}, {acc:RAD} accession numbers; {ref} an authorisation or claim reference (account);
// {planv} {ssnv} {licv} {devv} {vinv} {platev} bare values; {addr} a street address with unit
// and ZIP, {pobox} a PO Box address with ZIP; {url5} {ip6} {ip4} links and addresses. Any
// other placeholder goes to the builder ({dob}, {date}, {hospital}, ...).
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
    if (close == std::string_view::npos) throw std::logic_error("unterminated fifth placeholder");
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
    b.text(fifthSentence(r));
  } else if (key == "ttl") {
    b.text(c.female ? (r.chance(0.5) ? "Ms" : "Mrs") : "Mr");
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
    b.text(std::to_string(r.between(8, 17)) + (r.chance(0.5) ? "-year-old" : " yo"));
  } else if (key == "sex") {
    b.text(c.female ? "F" : "M");
  } else if (key == "yage") {
    b.text(std::to_string(r.between(19, 89)) + (r.chance(0.5) ? " y/o" : "-year-old"));
  } else if (key == "ph") {
    writeFifthPhone(b, p.phone, "phone");
  } else if (key == "ph2") {
    writeFifthPhone(b, randomPhoneDigits(r), "phone");
  } else if (key == "fx") {
    writeFifthPhone(b, p.altPhone, "fax");
  } else if (key == "tf") {
    writeTollFree(b);
  } else if (key == "dt") {
    writeFifthDate(b, r.between(2016, 2025), r.between(1, 12), r.between(1, 28));
  } else if (key == "dob5") {
    writeFifthDate(b, p.birthYear, p.birthMonth, p.birthDay);
  } else if (key == "agef") {
    writeFifthAge(b);
  } else if (key == "mrn5") {
    b.phi("mrn", fifthMrn(b));
  } else if (key == "acc:S") {
    writeAccession(b, "S");
  } else if (key == "acc:A") {
    writeAccession(b, "A");
  } else if (key == "acc:RAD") {
    writeAccession(b, "RAD");
  } else if (key == "ref") {
    b.phi("account", (r.chance(0.5) ? "PA-" : "CLM") + r.digits(4) + "-" + r.digits(5));
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
  } else if (key == "addr") {
    writeFifthAddress(b, false);
  } else if (key == "pobox") {
    writeFifthAddress(b, true);
  } else if (key == "url5") {
    writeFifthUrl(b);
  } else if (key == "ip6") {
    writeIpv6(b);
  } else if (key == "ip4") {
    b.phi("ip", p.ip);
  } else {
    b.write("{" + std::string(key) + "}");
  }
}

// ---------------------------------------------------------------------------------------------
// Templates. Roughly one in six has no PHI.

struct FifthTemplate {
  std::string_view name;
  std::string_view pattern;
};

constexpr std::array<FifthTemplate, 36> kFifthTemplates = {{
    {"dental_progress",
     "DENTAL PROGRESS NOTE\nPt: {pt.full}   DOB: {dob5}   Chart {mrn5}\nCC: \"my upper left tooth hurts when I "
     "drink cold stuff\"\n{ls}\nTx today: #14 MOD composite, 2 carpules 2% lidocaine 1:100k epi. {ls}\n"
     "Hygienist {s4.first} reviewed flossing. Next recall in 6 months with Dr {s0.last}.\n—{s0.ini}\n"},
    {"ophthalmology_clinic",
     "OPHTHALMOLOGY\nSeen {dt} @ 10:40. Referred by Dr {s7.last} for decreased vision OS.\nVAsc OD 20/25, OS "
     "20/80, PH 20/50. IOP 16/19 by Goldmann. {ls}\nA/P: {ls} RTC 4 weeks; dilated exam by {s1.init}, OD.\n"
     "Tech: {s3.ini}\n"},
    {"derm_photo_consent",
     "CONSENT FOR CLINICAL PHOTOGRAPHY\nI, {pt.west}, agree that photographs of my skin may be taken for my "
     "medical record and shared with the treating team. Images will be stored at {url5}.\nSignature on file. "
     "Date: {dt}\nWitness: {s3.full}, MA\nIf signed by a representative: {k1.full}, {k1rel}\n"},
    {"tumour_board",
     "MULTIDISCIPLINARY TUMOUR BOARD — MINUTES\nPresent:\n{s0.inv} (Surg Onc, chair)\n{s1.full} (Med Onc)\n"
     "Prof. {s2.last} (Pathology)\n{s5.full}, RN (Nurse Navigator)\n\nCase 3: {pt.init}, {agef}, {mrn5}. Biopsy "
     "{acc:S}. {ls} {ls}\nRecommendation: neoadjuvant chemotherapy, re-present after cycle 4.\n"},
    {"infusion_centre",
     "INFUSION CENTER NOTE\n{pt.first} arrived ambulatory with {poss} {k1rel}, {k1.nick}, for cycle 3 day 1. "
     "{ls}\nPremeds given 09:15. Port accessed with 20G 3/4\" Huber needle, positive blood return. {ls}\n"
     "Next appointment {dt}. Questions after hours: {tf}.\nRN: {s3.sig}\n"},
    {"dialysis_schedule",
     "DIALYSIS SCHEDULE CHANGE\nPatient: {pt.caps}   Chair 12\nMoving from MWF 1st shift to TTS 2nd shift "
     "starting {dt}. Transport by {k1.full} ({k1rel}), cell {ph}. {ls}\nSocial worker {s5.full} notified; "
     "fax sent to transport company at {fx}.\n"},
    {"hospice_admission",
     "HOSPICE ADMISSION\n{pt.full} (née {pt.maiden}), {agef}, has end-stage heart failure. {ls}\nPrimary "
     "caregiver: {k1.full}, {k1rel}. Sr. {s6.west} from the parish visits on Sundays. {ls}\n"
     "Home: {addr}\nOn-call hospice nurse {tf}.\n"},
    {"sleep_study",
     "POLYSOMNOGRAPHY REPORT\nName: {pt.INV}   DOB: {dob}   Study date: {dt}, lights out 22:41\n{ls} {ls}\n"
     "Titrated to CPAP 11 cm H2O. Patient's own device, SN {devv}, downloads reviewed.\nInterpreting "
     "physician: {s0.full}, MD, D-ABSM\n"},
    {"occupational_health",
     "OCCUPATIONAL HEALTH — DOT EXAM\nDriver: {pt.sfx}, {yage}   CDL {licv}\nBP 138/86, pulse 72. "
     "{ls} Hearing: whisper test passed at 5 ft.\nCertified for 2 years. Examiner: {s0.full}, DO. Employer "
     "contact on file; results faxed to {fx}.\n"},
    {"sports_physical",
     "PREPARTICIPATION PHYSICAL EVALUATION\nAthlete: {pt.west}, {kidage}, soccer and track\n"
     "Parent/guardian: {k1.full} ({ph})\n{ls} Cleared without restriction.\nSigned: Dr {s7.last} on {dt}\n"},
    {"vaccination_record",
     "IMMUNIZATION RECORD — {pt.INV}, DOB {dob5}\nTdap        {dt}   lot U7043AA   L deltoid\nShingrix #1  "
     "{dt}   lot 9Z4K2   R deltoid\nShingrix #2  {dt}   lot 7YJ88   R deltoid\nInfluenza   {dt}   lot "
     "UJ472AB\nAdministered by {s3.init}, RN. {ls}\n"},
    {"lab_requisition",
     "LABORATORY REQUISITION\nPatient: {pt.INV}  Sex: {sex}  DOB: {dob}\nOrdering provider: {s7.inv}, MD\n"
     "Accession: {acc:S}   Collected {dt} 07:45 fasting\nTests: CMP, lipid panel, HbA1c, TSH\nBill to: "
     "Member ID {planv}\nDeliver results to patient portal and {pt.email}.\n"},
    {"referral_fax_cover",
     "FAX COVER SHEET\nTo: Dr {s7.last}, Cardiology   Fax: {fx}\nFrom: {s5.full}, referral coordinator\n"
     "Phone: {ph2} x204   Main line: {tf}\nRe: {pt.full}, DOB {dob5}\nPages (incl. cover): 7\n"
     "CONFIDENTIALITY NOTICE: this facsimile contains protected health information.\n"},
    {"prior_authorization",
     "PRIOR AUTHORIZATION REQUEST\nMember: {pt.sfx}   Member ID {planv}   DOB {dob}\nReference # {ref}\n"
     "Requested: Rinvoq 15 mg daily, 90-day supply. {ls} {ls}\nPrescriber: {s0.inv}, MD   Phone {ph2}   "
     "Fax {fx}\n"},
    {"portal_message",
     "Patient portal message\nFrom: {pt.full} <{pt.email}>\nSent: {dt} 9:12 PM\nhi dr {s0.lowerlast}, my "
     "{k1rel} {k1.first} says I should ask if I can take ibuprofen with the new pill? {ls} thanks\n\n"
     "Reply from {s3.full}, RN: Please avoid ibuprofen for now. Call {ph2} if the pain gets worse.\n"},
    {"interpreter_visit",
     "Visit conducted with a certified Vietnamese interpreter, {s6.first}, in person. Patient {pt.fam} "
     "confirmed name and date of birth ({dob}). {Pron} was accompanied by {poss} {k2rel} {k2.full}. {ls} "
     "Teach-back completed through the interpreter.\n"},
    {"research_consent",
     "RESEARCH INFORMED CONSENT\nParticipant: {pt.full}\nConsent obtained by: {s5.full}, CCRC, on {dt} at "
     "14:05, before any study procedures. {ls}\nLegally authorized representative: {k1.full} ({k1rel}), "
     "{k1.email}\nCopy of the signed form given to the participant.\n"},
    {"incident_report",
     "SAFETY EVENT REPORT\nEvent date/time: {dt} 0320\n{ttl} {pt.last} found sitting on the floor beside the "
     "bed, alarm not activated. {ls}\nWitness: {s3.full}, RN. Reported by: {s1.sig}.\n{k1.full} ({k1rel}) "
     "notified at {ph} at 0415.\n"},
    {"autopsy",
     "AUTOPSY REPORT   Case {acc:A}\nDecedent: {pt.INV}, {agef}   Sex: {sex}\nDate of death: {dt}   "
     "Time: 04:12\nAutopsy performed by {s2.full}, MD, with {s1.init}, MD (resident).\n{ls}\nCAUSE OF DEATH: "
     "Acute myocardial infarction due to coronary atherosclerosis.\n"},
    {"dictation_errors",
     "dictated by dr {s0.lower} dd {dt} dt {dt}\npt {pt.lower} is a {yage} seen for follow up of the left "
     "knee [inaudible] effusion. {ls} patient's {k1rel} {k1.lower} present. plan per dr {s7.lowerlast} "
     "(sounds like).\n"},
    {"contact_list",
     "CONTACTS\n{k1.inv} — {k1rel} — {ph}\n{k2.full} — {k2rel} — {ph2}\n{s7.INV} — PCP — {ph2}\n"
     "Preferred pharmacy: Walgreens, Main and 3rd.\n"},
    {"dme_delivery",
     "DME DELIVERY TICKET\nDeliver to: {pt.full}, {addr}\nMailing address: {pobox}\nItem: oxygen concentrator, "
     "5 L/min, serial {devv}. Backup E-cylinders x4.\nReceived by: {k1.full} ({k1rel}) on {dt}\n"},
    {"parking_placard",
     "Disability parking placard application completed for {pt.full}. Vehicle plate {platev}; VIN {vinv}. "
     "Driver's license {licv}. {ls}\n"},
    {"telehealth_visit",
     "TELEHEALTH VISIT (video)\nPatient joined from {ip6} via {url5}; connection dropped once, rejoined from "
     "{ip4}. Identity verified with name and DOB. {ls} {ls}\nProvider: {s0.sig}, NP. Patient email for "
     "after-visit summary: {pt.email}.\n"},
    {"financial_assistance",
     "FINANCIAL ASSISTANCE SCREENING\nApplicant: {pt.INV}\nSSN {ssnv}   Household of 4\nAccount {ref}\n"
     "Mailing: {pobox}\nCounselor: {s5.inv}\n"},
    {"radiology_wet_read",
     "Prelim read {acc:RAD}: no acute intracranial process. {ls} Called to Dr {s7.last} at 23:10 on {dt}, "
     "read back. Final to follow by {s2.init}.\n"},
    {"nun_patient",
     "Patient ({agef}) is a retired teacher living at the parish residence. Sister {s6.west} and Fr. "
     "{s7.last} visit weekly; Sr. {s5.first} manages the pill organiser. {ls}\n"},
    {"wound_photo_upload",
     "Wound photos uploaded {dt} ({url5}). {ls} Reviewed with Prof. {s2.last}; {pt.first}'s {k1rel} "
     "{k1.first} shown dressing technique.\n"},
    {"ed_brief",
     "ED note. {agef} from assisted living, sent in by facility nurse {s3.first} for confusion. {ls} "
     "Family: {k1rel} {k1.sfx} on the way, phone {ph}. MRN {mrn5}.\n"},
    {"pediatric_asthma_plan",
     "ASTHMA ACTION PLAN for {pt.first}\nSchool nurse: {s3.full}, {ph2}\nParent: {k1.full}, {ph}\nGreen zone: "
     "Flovent 44 mcg 2 puffs BID. Yellow zone: albuterol 4 puffs q4h. {ls}\n"},
    {"no_phi_dental_legend",
     "CHARTING LEGEND\nUniversal Numbering System: teeth 1-32 permanent, A-T primary.\nMOD = mesial-occlusal-"
     "distal. {ls} {ls}\n"},
    {"no_phi_ophtho_exam",
     "SLIT LAMP EXAM\nL/L: normal OU\nC/S: white and quiet OU\nK: clear OU\nAC: deep and quiet\nLens: 2+ NS OU\n"
     "{ls}\n"},
    {"no_phi_board_summary",
     "TUMOUR BOARD SUMMARY (de-identified teaching case)\nStage IIIA (T2N2M0). {ls} {ls} {ls}\n"},
    {"no_phi_sleep_scoring",
     "Scoring per AASM Manual v3, hypopneas scored with the 3% rule. {ls} {ls}\n"},
    {"no_phi_vaccine_guidance",
     "VACCINE GUIDANCE\n{ls}\nSeparate live vaccines by 28 days. {ls}\n"},
    {"no_phi_infusion_protocol",
     "INFUSION PROTOCOL\nVerify two patient identifiers before each dose. {ls}\nFlush with 10 mL NS between "
     "drugs. {ls}\n"},
}};

}  // namespace

std::size_t fifthTemplateCount() { return kFifthTemplates.size(); }

std::string_view writeFifthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                std::size_t choice) {
  const Cast cast = makeCast(seed, patientIndex, builder.patient().female);
  const FifthTemplate& t = kFifthTemplates[choice % kFifthTemplates.size()];
  expand(builder, cast, t.pattern);
  return t.name;
}

std::string fifthSentence(Random& r) {
  auto n = [&](int low, int high) { return std::to_string(r.between(low, high)); };
  switch (r.between(0, 43)) {
    case 0: return "Nikolsky sign negative; Auspitz sign positive over the elbows.";
    case 1: return "Tzanck smear not sent; Wood's lamp showed no fluorescence.";
    case 2: return "Fitzpatrick skin type " + std::string(r.chance(0.5) ? "III" : "V") + "; Koebner phenomenon noted.";
    case 3: return "Breslow depth " + n(0, 3) + "." + n(1, 9) + " mm, Clark level III; Mohs surgery planned.";
    case 4: return "Amsler grid without distortion; Schirmer test " + n(3, 20) + " mm at 5 minutes.";
    case 5: return "Seidel test negative; Snellen chart at 20 feet; Ishihara " + n(10, 14) + "/14 plates.";
    case 6: return "Hutchinson sign absent; Marcus Gunn jaw-winking not seen.";
    case 7: return "Mallampati class " + n(2, 4) + ", Friedman tongue position " + n(1, 4) + ".";
    case 8: return "Epworth Sleepiness Scale " + n(4, 22) + "/24; STOP-Bang " + n(2, 8) + ".";
    case 9: return "AHI " + n(5, 60) + "." + n(0, 9) + " events/h, nadir SpO2 " + n(72, 90) + "%.";
    case 10: return "Karnofsky " + n(4, 9) + "0; ECOG " + n(0, 3) + "; Palliative Performance Scale " + n(2, 7) + "0%.";
    case 11: return "Keytruda 200 mg IV every 3 weeks; Neulasta Onpro applied.";
    case 12: return "Port-a-Cath flushed with heparin 100 units/mL, 5 mL.";
    case 13: return "ResMed AirSense 11 with a nasal pillow mask; Inspire evaluation deferred.";
    case 14: return "Dexcom G7 and Omnipod 5 data reviewed; time in range " + n(40, 90) + "%.";
    case 15: return "Eylea 2 mg intravitreal OD; Lumigan at bedtime OU; Xiidra BID.";
    case 16: return "Prevnar 20, Arexvy and Gardasil 9 discussed per the CDC schedule.";
    case 17: return "Shingrix lot " + r.letters(2) + r.digits(3) + " expired; dose wasted and documented.";
    case 18: return "NDC 0006-4121-02 verified at the bedside scan.";
    case 19: return "Angle Class II malocclusion; Invisalign consult offered.";
    case 20: return "Periodontal charting: pockets 4-5 mm on #2, #3 and #31; bleeding on probing.";
    case 21: return "Beers criteria reviewed; Morse Fall Scale " + n(25, 75) + ", Braden " + n(10, 20) + ".";
    case 22: return "Duke criteria not met; Jones criteria not applicable.";
    case 23: return "Meals on Wheels and Visiting Nurse Service referrals sent.";
    case 24: return "Make-A-Wish paperwork completed by Child Life.";
    case 25: return "Diagnosed with psoriasis in 2011; Mohs surgery on the nose in 2019.";
    case 26: return "Symptoms began 3 weeks ago and worsened over the last 2 days.";
    case 27: return "ASSESSMENT AND PLAN reviewed at Huddle; Quality and Safety informed.";
    case 28: return "Stage IIB (T2bN1M0), HER2 negative, Ki-67 " + n(5, 60) + "%.";
    case 29: return "Oncotype DX recurrence score " + n(5, 40) + "; MammaPrint not sent.";
    case 30: return "Cimino fistula with a good thrill and bruit; Seldinger technique for the tunnelled line.";
    case 31: return "Lund-Browder chart used; Parkland formula not needed.";
    case 32: return "Spirometry: FEV1 " + n(40, 95) + "% predicted, FEV1/FVC 0." + n(55, 80) + ".";
    case 33: return "Audiogram normal to 25 dB; Romberg and Dix-Hallpike negative.";
    case 34: return "Cleared for Grade 10 soccer; Snellen 20/20 OU with correction.";
    case 35: return "Chaplain and Social Work following; Comfort Kit delivered.";
    case 36: return "CPT 99214 with modifier 25; ICD-10 L40.0 and H40.1131.";
    case 37: return "Hoyer lift for transfers; Stryker bed with Isolibrium surface.";
    case 38: return "Wound vac at -125 mmHg continuous; KCI canister changed.";
    case 39: return "Rule of Nines estimate 9%; Brooke formula not used.";
    case 40: return "Gram stain with gram-positive cocci in clusters; Kirby-Bauer pending.";
    case 41: return "Sunday visits from church; Easter and Christmas plans discussed.";
    case 42: return "Blood pressure " + n(100, 160) + "/" + n(60, 95) + ", SpO2 " + n(90, 99) + "% on room air.";
    default: return "No change to the care plan at this time.";
  }
}

}  // namespace concord::phi::corpus
