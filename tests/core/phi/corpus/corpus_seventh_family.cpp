// The seventh family (kSeventhSeed only): templates, look-alike sentences and name pools written by
// someone who had not seen the detector's rules, and never run against it while being written.
// Document styles: discharge summary, ED triage, nursing flowsheet, radiology and pathology
// reports, operative report, controlled-substance pickup log, social work, telephone encounter,
// patient portal message, referral letter, death certificate worksheet, newborn record, pharmacy
// prior authorisation, research consent, dental, ophthalmology, psychiatry, home health, transfer
// form, lab requisition, HL7 v2 segments, CSV export, secure-chat shorthand, dictation with
// "comma"/"period" artefacts, EHR smart-phrase output, an all-capitals legacy printout with dot
// leaders, a lower-case hurried note, an insurance appeal letter, health care power of attorney,
// ICU sign-out, immunisation record, remote monitoring export, safety event report, spiritual
// care, DME delivery ticket, motor vehicle collision note, e-mail thread, fax cover sheet,
// telehealth visit, registration form, work excuse, and seven kinds of note without PHI.
//
// Gold span conventions (consistent with the other families; decisions new to this family are
// marked NEW):
//  * Spans are byte ranges of the value only, recorded in text order, never overlapping, never
//    crossing a line break, never starting or ending with white space. Labels ("MRN: ", "DOB ",
//    "tel ", "device=") and surrounding punctuation (parentheses, quotes, angle brackets of an
//    e-mail header, a trailing comma or period) are outside.
//  * Names: titles and honorifics are outside ("Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Miss ",
//    "Father ", "Chaplain ", "Officer ", "Baby Girl "), and so are credentials after the name
//    (", MD", " RN", ", PharmD", ", LCSW", ", CNM", ", PA-C"). A name written in one piece is
//    one span: "Yewande Wolfe", "Yewande T. Wolfe", "Yewande Marie Wolfe", "Y. Wolfe",
//    "Y.T. Wolfe", "Y Wolfe", "WOLFE, YEWANDE", "Wolfe, Yewande T.", "WOLFE,YEWANDE" (legacy
//    printout, no space), lower case in a hurried note ("yewande wolfe"); particles, apostrophes
//    and hyphens inside ("van der Meer", "O'Dowd", "al-Rashid", "St. John", "Ruiz-Tagle").
//    A possessive "'s" is outside. A first name alone and a surname alone are spans. Staff
//    (doctors, nurses, coordinators, witnesses, officers) are names like the patient's family.
//    NEW: an HL7 person name "WOLFE^YEWANDE^T" is one span (carets inside; an empty ID
//    component before it, "^", is outside); in CSV rows and in requisitions with separate
//    "LAST NAME:" / "FIRST:" fields each field is its own span. Generational suffixes and bare
//    initials are not used.
//  * Dates: the date only. A weekday before it ("Thu, ", "Monday ") and a time after it
//    (" 14:22", " at 3:14 PM", "T02:14:55Z" of ISO 8601, NEW: the "HHMMSS" digits glued to an
//    HL7 timestamp "20240307142205", whose date span is "20240307") are outside. Month and day
//    without a year ("3/14", "March 14th", "14 Mar") and month and year ("March 2024",
//    "Mar '24") are dates; a year alone is not PHI. "the " of "the 7th of March, 2024" is
//    outside. NEW: a legal form "7th day of March, 2024" is one span; a spoken date
//    "March seventh, nineteen thirty-one" (dictation) is one span.
//  * Ages: a note states the patient's own age (consistent with the date of birth); it is a
//    gold span only when over 89, and the same phrasings with ages of 89 or less are
//    look-alikes. Over 89: the number only (digits, or words "ninety-four", "one hundred and
//    two"); "-year-old", "yo", "y/o", "aged ", "F"/"M" outside. NEW: an ordinal "95th" of
//    "95th birthday" is the span "95th". Ages of 89 or less are not PHI and appear as
//    look-alikes.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, payers,
//    toll-free numbers), seven-digit local numbers included. Extensions (" x4410", " ext. 22",
//    " (ext 31)") are outside. Numbers labelled fax are "fax". The public crisis and emergency
//    numbers 988 and 911 are not PHI. International numbers ("+44 7155 550132") are phones.
//  * Identifiers: medical record numbers, alternate chart numbers, registry IDs, research
//    participant IDs and specimen/radiology/pathology accession numbers are "mrn"; account,
//    FIN, encounter, claim and authorisation reference numbers are "account"; member, subscriber,
//    Medicare (MBI), Medicaid and group numbers are "health_plan"; driver's licences, state IDs
//    and passports are "license"; device and implant serials and IMEIs are "device" (NEW: of a
//    UDI "(01)...(17)...(21)SERIAL" only the serial after "(21)" is the span; the device
//    identifier and expiry are outside); VINs and plates are "vehicle" (the state before a plate
//    is outside). Lot numbers, NDCs, CPT/ICD/DRG codes, IRB protocol numbers, HL7 message IDs,
//    dictation job numbers, pharmacy store numbers, room and bed numbers are not PHI.
//  * Addresses: a street line ("4471 N Larkin Street, Apt 3B") is an "address" span; when the
//    city and state follow on the same line they are inside the same span ("..., Millbrook, IL"
//    or "... Millbrook IL"). NEW: a city written alone ("lives in Millbrook", "of Millbrook,
//    Ohio") is an "address" span (with its state when written next to it). In multi-line
//    addresses each line's part is its own span (street, unit, "City, ST"); the ZIP is always its
//    own "zip" span (5 or 9 digits). NEW: in HL7 address fields the street, the unit and the city
//    components are separate "address" spans, the state code alone is outside and the ZIP is a
//    "zip" span.
//    A "PO Box 123, City, ST" line is one "address" span.
//  * URLs are one span with path and query (a personal page, a fundraiser named after the
//    patient, a portal or image-share link); e-mail addresses of patients, family and staff are
//    one span each; IPv4 and IPv6 (full, compressed, link-local, IPv4-mapped "::ffff:a.b.c.d")
//    one "ip" span each.
//  * Some templates write values in capitals (legacy printout, HL7, lab requisition) or lower
//    case (hurried note); the spans are the same. Like every seed, about 8% of notes are then
//    upper-cased whole by the shared builder.
#include "corpus_seventh_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// ---------------------------------------------------------------------------------------------
// Name pools, the family's own (checked against every other family's and corpus_values.cpp's
// quoted strings when written: no string is shared). Many origins; names that are also English
// words or places; particles, apostrophes, hyphens and "Mc"/"Mac".

constexpr std::string_view kGiven7[] = {
    "Yewande", "Ama", "Neema", "Zawadi", "Juma", "Wanjiku", "Busisiwe", "Lerato", "Tshepo", "Fatima", "Moussa",
    "Aissatou", "Hirut", "Yousef", "Kourosh", "Niloufar", "Mehmet", "Sanjay", "Harjit", "Manpreet", "Sadia",
    "Xiaoming", "Lihua", "Wenjun", "Yuxin", "Kenji", "Haruka", "Shota", "Akiko", "Minji", "Minh", "Rizalino",
    "Analyn", "Nyein", "Grzegorz", "Yuri", "Oleg", "Giuseppe", "Francesca", "Ramona", "João", "Amélie",
    "Étienne", "Gaëlle", "Thibault", "Hannelore", "Sjoerd", "Torbjørn", "Leif", "Oisín", "Pádraig", "Seamus",
    "Aiyana", "Tallulah", "Kekoa", "Leilani-Rose", "Avraham", "Yael", "Noam", "Tova", "Eugene", "Irving",
    "Gladys", "Kayden", "Brayden", "Aaliyah", "Jayden", "Khloe", "Mckenzie", "Brooke", "Chase", "Hazel",
    "Olive", "Holly", "Ray", "Pat", "Sandy", "Grant", "Miles", "Austin", "Florence", "Paris", "Sydney",
    "Dallas", "Jordan", "Victoria", "Violet", "Ginger", "Justice", "Unique", "Precious-Ann", "Olamide",
    "Folasade", "Babatunde", "Ngozika", "Uchechi", "Ikenna", "Chidera", "Kelechi", "Adjoa", "Yaaba", "Kobby",
    "Esinam", "Selorm", "Delali", "Kiprono", "Chebet", "Jelagat", "Mwajuma", "Rehema", "Shukuru", "Tumaini",
    "Sibusiso", "Nokuthula", "Thabo", "Palesa", "Refilwe", "Kagiso", "Mpho", "Naledi", "Ayanda", "Oumar",
    "Fanta", "Bintou", "Abdoulaye", "Almaz", "Genet", "Mekdes", "Biniam", "Eyerusalem", "Nadia", "Walid",
    "Jamila", "Rasha", "Ziad", "Hiba", "Munira", "Bahram", "Golnaz", "Arash", "Roya", "Soraya", "Farhad",
    "Mahnaz", "Cyrus", "Kerem", "Ebru", "Selin", "Onur", "Gizem", "Tolga", "Cansu", "Vivek", "Kiran",
    "Jasvinder", "Navdeep", "Simran", "Tahira", "Rabia", "Shabnam", "Jinhua", "Xiuying", "Ruoxi", "Jiahao",
    "Mingze", "Shuang", "Aiko", "Naoko", "Daisuke", "Ryota", "Hyunwoo", "Soyeon", "Jisoo", "Minho", "Eunbi",
    "Thuy", "Huong", "Trung", "Ngoc", "Marivic", "Jonalyn", "Rommel", "Arnel", "Thiha", "Htet", "Sokha",
    "Chenda", "Vanna", "Bounmy", "Bartosz", "Agata", "Zofia", "Przemysław", "Dorota", "Tatyana", "Lyudmila",
    "Nikita", "Galina", "Vladislav", "Mykola", "Halyna", "Yaroslav", "Lesya", "Stavroula", "Georgios", "Athina",
    "Kostas", "Rosaria", "Gennaro", "Assunta", "Pasquale", "Graziella", "Inmaculada", "Álvaro", "Encarnación",
    "Guillermo", "Xóchitl", "Citlali", "Graça", "Rui", "Fernanda", "Anabela", "Ludovic", "Solène", "Margaux",
    "Benoît", "Hélène", "Gudrun", "Helmut", "Ursula", "Klaus", "Liesel", "Willemijn", "Ragnhild", "Ingeborg",
    "Halvard", "Siobhán", "Clodagh", "Ciarán", "Sorcha", "Dervla", "Winona", "Dakota", "Cheyenne", "Makoa",
    "Kainoa", "Pualani", "Shlomo", "Ezra", "Tzipora", "Yehuda", "Wilhelmina", "Bernice", "Cecil", "Marvin",
    "Wanda", "Leroy", "Beulah", "Orville", "Velma", "Jaxson", "Braxton", "Kaylee", "Ryleigh", "Bentley",
    "Jalen", "Heather", "Rain", "Bay", "Candy", "Prudence", "Verity", "Temperance", "Baron", "Buddy", "Nova",
    "Echo", "Fern", "Lark", "Jay", "Raven", "Hawk", "Bear", "Colt", "Cody", "Denver", "Phoenix", "Cairo",
    "Brooklyn", "Memphis", "Savannah", "Charleston", "Madison", "Orlando", "Houston", "Israel", "Kenya",
    "India", "Vienna", "Geneva", "Sienna", "Adelaide", "Augusta", "Marcella",
};

constexpr std::string_view kFamily7[] = {
    "Nkosi", "Mthembu", "Ndiaye", "N'Diaye", "Adeleke", "Al-Masri", "El-Sayed", "al-Rashid", "Abu-Hamdan",
    "Moradi", "Aydın", "Gupta", "D'Souza", "Yoshida", "Jeon", "Cho", "Oh", "Dela Cruz", "Manalo", "Soe",
    "Lewandowska", "Kamińska", "Ivanova", "Smirnov", "Ferrari", "De Luca", "Dell'Acqua", "Martínez",
    "Fernández", "de la Cruz", "Ruiz-Tagle", "Gonçalves", "Lefèvre", "Moreau", "Dubois", "Le Gall", "Schneider",
    "Müller", "Schmidt", "Fischer", "von Bülow", "van der Meer", "van den Berg", "O'Neill", "O'Dowd", "McKenna",
    "McGinty", "Mackenzie", "St. John", "Blackwood", "Whitmore", "Smythe-Pennington", "Broussard",
    "Washington-Hale", "Shepherd", "Little", "Brooks", "Wolfe", "London", "Holland", "Kent", "Chester",
    "Preston", "Berlin", "English", "Power", "Oyewole", "Chukwu", "Amponsah", "Kiplagat", "Chege", "Ochieng",
    "Molefe", "Camara", "Sangaré", "Sow", "Negash", "Al-Amin", "El-Khoury", "Abdel-Rahman", "Bou-Saab",
    "Hashemi", "Rostami", "Jafari", "Kazemi", "Yıldız", "Şahin", "Arslan", "Koç", "Trivedi", "Bajwa",
    "Chaudhary", "Malik", "Rehman", "D'Costa", "D'Mello", "Zheng", "Lu", "Hu", "Ishikawa", "Yamaguchi", "Ogawa",
    "Kato", "Saito", "Lim", "Han", "Ly", "Dimaano", "Lacson", "Aung", "Tun", "Sok", "Chhay", "Phommavong",
    "Mazur", "Krawczyk", "Zając", "Dąbrowski", "Volkov", "Sokolov", "Morozova", "Orlov", "Petrenko",
    "Tkachenko", "Melnyk", "Nikolaidis", "Christodoulou", "Antoniou", "Marino", "Rizzo", "Conti", "Ricci",
    "Jiménez", "Ruiz", "Castillo", "Pereira", "Sousa", "Ferreira", "Lemaire", "Wagner", "van der Linden",
    "ten Brink", "Andersson", "Nilsson", "Dahl", "Berglund", "Haraldsen", "O'Callaghan", "O'Keefe", "O'Hara",
    "McLaughlin", "McNamara", "McGuire", "MacAulay", "MacInnes", "Fitzpatrick", "Wetherby", "Thistlewood",
    "Beaumont", "Trudeau", "Fontenot", "Guidry", "Hebert", "Landry", "Wood", "Crow", "Finch", "Hawkins", "Lyon",
    "Bull", "Salt", "Money", "Nickel", "Fair", "Freeman", "Old", "Bright", "Bass", "Pike", "Hook", "Kidd",
    "Child", "Darling", "Temple", "Chapel", "Abbey", "Parish", "Dean", "Deacon", "Sexton", "Barber", "Butcher",
    "Brewer", "Cooper", "Draper", "Fletcher", "Fowler", "Gardener", "Glover", "Slater", "Thatcher", "Tucker",
    "Webb", "Wheeler", "Archer", "Bowman", "Squire", "Steward", "Chamberlain", "Sheriff", "Reeve", "Warden",
    "Boston", "Hamilton", "Wellington", "Sheffield", "Leeds", "Hull", "Bath", "Wells", "York", "Derby",
    "Bolton", "Norwich", "Durham", "Lancaster", "Devon", "Cornwall", "Essex", "Ireland", "Wales", "Normandy",
    "Dublin", "Glasgow", "Aberdeen", "Jersey", "de la Fuente", "del Valle", "San Martín", "da Costa", "Le Roux",
    "de la Tour", "zu Lindau", "Mac Giolla Phádraig", "St. Clair", "St. Germain", "Ó Briain", "Lo Bianco",
    "La Rosa", "Dal Molin", "Vázquez-Prada", "Nguyen-Tran", "Okafor-Obi", "Hussain-Shah", "Fernandes-Rao",
    "Wang-Li", "Holloway-Grant", "Esposito-Greco", "Nowak-Kowalska", "Cabrera-Santos",
};

constexpr std::string_view kSecondNames7[] = {"Marie", "Ann", "Louise", "Jean", "Lynn", "Mae", "Ellen",
                                             "Edward", "Allen", "Wayne", "Ray", "Beth", "Dean", "Lou"};

constexpr std::string_view kInitials7[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M",
                                          "N", "P", "R", "S", "T", "V", "W"};

constexpr std::string_view kRelations7[] = {
    "spouse",     "daughter",        "son",           "stepson",        "goddaughter", "legal guardian",
    "nephew",     "cousin",          "landlord",      "daughter-in-law", "son-in-law", "grandniece",
    "partner",    "mother",          "roommate",      "wife",           "husband",     "sister"};

constexpr std::string_view kEmailDomains7[] = {"post.example.net", "kinmail.example.org", "web.example.com",
                                              "home.example.net", "letters.example.org"};
constexpr std::string_view kStaffDomains7[] = {"tallgrass-health.example.org", "provider.example.net",
                                              "careteam.example.com"};

constexpr std::string_view kFacilities7[] = {
    "Tallgrass Regional Medical Center", "Bayfront Community Hospital", "Saint Odilia Hospital",
    "Cobalt Valley Clinic", "Pinecrest Rehabilitation Hospital", "Ironwood Heart Institute"};

constexpr std::string_view kCars7[] = {"2009 Buick LaCrosse", "2017 Toyota RAV4", "2012 Ford F-150",
                                      "2020 Subaru Outback", "2006 Honda Odyssey", "2015 Chevrolet Malibu"};

constexpr std::string_view kStates7[][2] = {
    {"IL", "Illinois"}, {"OH", "Ohio"},         {"CA", "California"},   {"NY", "New York"},
    {"TX", "Texas"},    {"PA", "Pennsylvania"}, {"MA", "Massachusetts"}, {"WA", "Washington"},
    {"OR", "Oregon"},   {"MN", "Minnesota"},    {"GA", "Georgia"},       {"NC", "North Carolina"},
    {"MI", "Michigan"}, {"WI", "Wisconsin"},    {"AZ", "Arizona"},       {"CO", "Colorado"}};

constexpr std::array<std::string_view, 12> kMonths7 = {"January", "February", "March",     "April",
                                                       "May",     "June",     "July",      "August",
                                                       "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays7 = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                                        "Thursday", "Friday", "Saturday"};

struct Person7 {
  std::string first, second, initial, last;
  bool female = false;
};

struct Cast7 {
  Person7 pt, k1, k2;
  std::array<Person7, 6> staff;  // s1 attending/surgeon, s2 consultant/author, s3 PCP/referrer,
                                 // s4 nurse, s5 social worker/pharmacist/coordinator, s6 other
  std::string k1rel, k2rel;
  std::uint64_t idSeed = 0;  // identifiers derived for this patient (the same in all notes)
};

// The writing context: the builder, the people, and the case the template is written in
// (0 as written, 1 upper case for the legacy printout, 2 lower case for the hurried note).
struct Ctx {
  NoteBuilder& b;
  const Cast7& c;
  int caseMode = 0;
};

// Case mapping of ASCII and of the Latin-1 letters of UTF-8 (two bytes, 0xC3 then 0x80-0xBE).
std::string lower7(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else {
      s[i] = static_cast<char>(std::tolower(u));
    }
  }
  return s;
}

std::string upper7(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      ++i;
    } else {
      s[i] = static_cast<char>(std::toupper(u));
    }
  }
  return s;
}

std::string cased(const Ctx& x, std::string s) {
  if (x.caseMode == 1) return upper7(std::move(s));
  if (x.caseMode == 2) return lower7(std::move(s));
  return s;
}

void put(Ctx& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string nth(int day) {
  const int t = day % 100;
  const char* s = (t >= 11 && t <= 13) ? "th" : day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th";
  return std::to_string(day) + s;
}

int dayOfWeek(int y, int m, int d) {  // 0 = Sunday (Sakamoto)
  static constexpr int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int monthLength(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

Person7 makePerson7(Random& r) {
  Person7 p;
  p.first = pickS(r, kGiven7);
  p.second = pickS(r, kSecondNames7);
  p.initial = pickS(r, kInitials7);
  p.last = pickS(r, kFamily7);
  p.female = r.chance(0.5);
  return p;
}

Cast7 makeCast7(std::uint64_t seed, std::size_t patientIndex, bool female) {
  Random r((seed + 0x7171ULL) * 0x9fb21c651e98df25ULL ^ (patientIndex * 0xc2b2ae3d27d4eb4fULL + 0x165667b1ULL));
  r.next();
  Cast7 c;
  c.pt = makePerson7(r);
  c.pt.female = female;
  c.k1 = makePerson7(r);
  if (r.chance(0.55)) c.k1.last = c.pt.last;
  c.k2 = makePerson7(r);
  if (r.chance(0.35)) c.k2.last = c.pt.last;
  for (Person7& s : c.staff) s = makePerson7(r);
  c.k1rel = pickS(r, kRelations7);
  c.k2rel = pickS(r, kRelations7);
  c.idSeed = r.next();
  return c;
}

std::string asciiLower(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch >= 'A' && ch <= 'Z') out.push_back(static_cast<char>(ch - 'A' + 'a'));
    if (ch >= 'a' && ch <= 'z') out.push_back(ch);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// People.

void writePerson(Ctx& x, const Person7& p, std::string_view form) {
  Random& r = x.b.random();
  // The first letter, whole even when it takes several bytes of UTF-8 ("Á", "Ş").
  std::size_t firstLength = 1;
  while (firstLength < p.first.size() && (static_cast<unsigned char>(p.first[firstLength]) & 0xC0) == 0x80) ++firstLength;
  const std::string i1 = p.first.substr(0, firstLength);
  if (form == "full") {
    put(x, "name", p.first + " " + p.last);
  } else if (form == "mid") {
    put(x, "name", p.first + " " + p.initial + ". " + p.last);
  } else if (form == "fullmid") {
    put(x, "name", p.first + " " + p.second + " " + p.last);
  } else if (form == "first") {
    put(x, "name", p.first);
  } else if (form == "last") {
    put(x, "name", p.last);
  } else if (form == "llast") {
    put(x, "name", lower7(p.last));
  } else if (form == "ufirst") {
    put(x, "name", upper7(p.first));
  } else if (form == "ulast") {
    put(x, "name", upper7(p.last));
  } else if (form == "inv") {
    put(x, "name", p.last + ", " + p.first + (r.chance(0.35) ? " " + p.initial + "." : std::string()));
  } else if (form == "INV") {
    put(x, "name", upper7(p.last + ", " + p.first));
  } else if (form == "INVns") {
    put(x, "name", upper7(p.last + "," + p.first));
  } else if (form == "caps") {
    put(x, "name", upper7(p.first + " " + p.last));
  } else if (form == "init") {
    switch (r.between(0, 2)) {
      case 0: put(x, "name", i1 + ". " + p.last); break;
      case 1: put(x, "name", i1 + "." + p.initial + ". " + p.last); break;
      default: put(x, "name", i1 + " " + p.last); break;
    }
  } else if (form == "hl7") {
    put(x, "name", upper7(p.last + "^" + p.first + "^" + p.initial));
  } else if (form == "sig") {
    static constexpr std::array<std::string_view, 4> kForms = {"full", "mid", "init", "fullmid"};
    writePerson(x, p, r.pick(std::span<const std::string_view>(kForms)));
  } else if (form == "any") {
    static constexpr std::array<std::string_view, 7> kForms = {"full", "mid", "inv", "INV", "caps", "fullmid", "full"};
    writePerson(x, p, r.pick(std::span<const std::string_view>(kForms)));
  } else if (form == "email" || form == "semail") {
    std::string f = asciiLower(p.first), l = asciiLower(p.last);
    if (f.empty()) f = "x";
    if (l.empty()) l = "y";
    std::string local;
    switch (r.between(0, 4)) {
      case 0: local = f + "." + l; break;
      case 1: local = f.substr(0, 1) + l; break;
      case 2: local = l + "." + f.substr(0, 1) + r.digits(2); break;
      case 3: local = f + "_" + l + r.digits(1); break;
      default: local = f + l.substr(0, 1) + r.digits(3); break;
    }
    put(x, "email", local + "@" + pickS(r, form == "email" ? std::span<const std::string_view>(kEmailDomains7)
                                                           : std::span<const std::string_view>(kStaffDomains7)));
  } else {
    throw std::logic_error("unknown seventh name form");
  }
}

const Person7& who(const Cast7& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') {
    return c.staff[static_cast<std::size_t>(key[1] - '1')];
  }
  throw std::logic_error("unknown seventh person");
}

// ---------------------------------------------------------------------------------------------
// Dates.

std::string numberWords(int n) {  // 1..99
  static constexpr std::array<std::string_view, 20> kOnes = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 10> kTens = {"", "", "twenty", "thirty", "forty",
                                                             "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (n < 20) return std::string(kOnes[static_cast<std::size_t>(n)]);
  std::string s(kTens[static_cast<std::size_t>(n / 10)]);
  if (n % 10) s += "-" + std::string(kOnes[static_cast<std::size_t>(n % 10)]);
  return s;
}

std::string ordinalWords(int n) {  // 1..31
  static constexpr std::array<std::string_view, 20> kOrd = {
      "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth"};
  if (n < 20) return std::string(kOrd[static_cast<std::size_t>(n)]);
  if (n == 20) return "twentieth";
  if (n == 30) return "thirtieth";
  return (n < 30 ? std::string("twenty-") : std::string("thirty-")) + std::string(kOrd[static_cast<std::size_t>(n % 10)]);
}

std::string yearWords(int y) {
  if (y == 2000) return "two thousand";
  if (y > 2000 && y < 2010) return "two thousand " + numberWords(y % 100);
  if (y >= 2010) return "twenty " + numberWords(y % 100);
  return numberWords(y / 100) + " " + (y % 100 < 10 ? "oh " + numberWords(y % 100) : numberWords(y % 100));
}

std::string randomTime(Random& r) {
  const int h = r.between(0, 23), m = r.between(0, 59);
  switch (r.between(0, 3)) {
    case 0: return pad2(h) + ":" + pad2(m);
    case 1: return pad2(h) + pad2(m);
    case 2: return std::to_string(h % 12 == 0 ? 12 : h % 12) + ":" + pad2(m) + (h < 12 ? " AM" : " PM");
    default: return pad2(h) + ":" + pad2(m) + " hrs";
  }
}

// `style`: "any" (year required), "short" (forms without a year allowed), "num" (numeric forms),
// "birth" (year required, no time), "iso", "isot" (ISO with a time outside), "hl7", "long" (letter date line), "hdr" (e-mail
// header), "hdr2" (reply quote header), "ord" (legal form), "spoken" (dictation).
void writeDate7(Ctx& x, int y, int m, int d, std::string_view style) {
  Random& r = x.b.random();
  const std::string month(kMonths7[static_cast<std::size_t>(m - 1)]);
  const std::string mon = month.substr(0, 3);
  const std::string yy = pad2(y % 100), Y = std::to_string(y);
  const std::string wk(kWeekdays7[static_cast<std::size_t>(dayOfWeek(y, m, d))]);
  if (style == "iso") {
    put(x, "date", Y + "-" + pad2(m) + "-" + pad2(d));
    return;
  }
  if (style == "isot") {
    put(x, "date", Y + "-" + pad2(m) + "-" + pad2(d));
    say(x, "T" + pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)) + ":" + pad2(r.between(0, 59)) +
               (r.chance(0.5) ? "Z" : "-05:00"));
    return;
  }
  if (style == "hl7") {
    put(x, "date", Y + pad2(m) + pad2(d));
    if (r.chance(0.6)) say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)) + pad2(r.between(0, 59)));
    return;
  }
  if (style == "hl7d") {
    put(x, "date", Y + pad2(m) + pad2(d));
    return;
  }
  if (style == "hdr") {
    say(x, wk.substr(0, 3) + ", ");
    put(x, "date", std::to_string(d) + " " + mon + " " + Y);
    say(x, " " + pad2(r.between(6, 22)) + ":" + pad2(r.between(0, 59)) + ":" + pad2(r.between(0, 59)) +
               (r.chance(0.5) ? " -0500" : " -0600"));
    return;
  }
  if (style == "hdr2") {
    say(x, wk.substr(0, 3) + ", ");
    put(x, "date", mon + " " + std::to_string(d) + ", " + Y);
    say(x, " at " + std::to_string(r.between(1, 12)) + ":" + pad2(r.between(0, 59)) + (r.chance(0.5) ? " AM" : " PM"));
    return;
  }
  if (style == "ord") {
    put(x, "date", nth(d) + " day of " + month + ", " + Y);
    return;
  }
  if (style == "spoken") {
    put(x, "date", month + " " + ordinalWords(d) + ", " + yearWords(y));
    return;
  }
  if (style == "long") {
    switch (r.between(0, 3)) {
      case 0: put(x, "date", month + " " + std::to_string(d) + ", " + Y); break;
      case 1: put(x, "date", std::to_string(d) + " " + month + " " + Y); break;
      case 2: say(x, wk + ", "); put(x, "date", month + " " + nth(d) + ", " + Y); break;
      default: put(x, "date", nth(d) + " " + month + " " + Y); break;
    }
    return;
  }
  if (style == "num") {
    switch (r.between(0, 6)) {
      case 0: put(x, "date", pad2(m) + "/" + pad2(d) + "/" + Y); break;
      case 1: put(x, "date", std::to_string(m) + "/" + std::to_string(d) + "/" + yy); break;
      case 2: put(x, "date", pad2(m) + "-" + pad2(d) + "-" + Y); break;
      case 3: put(x, "date", std::to_string(m) + "/" + std::to_string(d) + "/" + Y); break;
      case 4: put(x, "date", pad2(m) + "-" + pad2(d) + "-" + yy); break;
      case 5: put(x, "date", pad2(d) + "." + pad2(m) + "." + Y); break;
      default: put(x, "date", Y + "/" + pad2(m) + "/" + pad2(d)); break;
    }
    return;
  }
  const bool noYearOk = style == "short";
  int form = r.between(0, noYearOk ? 31 : 26);
  if (style == "birth" && (form == 24 || form == 25)) form = 12;  // no time with a date of birth
  switch (form) {
    case 0: put(x, "date", pad2(m) + "/" + pad2(d) + "/" + Y); break;
    case 1: put(x, "date", std::to_string(m) + "/" + std::to_string(d) + "/" + Y); break;
    case 2: put(x, "date", std::to_string(m) + "/" + std::to_string(d) + "/" + yy); break;
    case 3: put(x, "date", pad2(m) + "-" + pad2(d) + "-" + Y); break;
    case 4: put(x, "date", Y + "-" + pad2(m) + "-" + pad2(d)); break;
    case 5: put(x, "date", pad2(d) + "." + pad2(m) + "." + Y); break;
    case 6: put(x, "date", std::to_string(d) + "." + std::to_string(m) + "." + yy); break;
    case 7: put(x, "date", Y + "." + pad2(m) + "." + pad2(d)); break;
    case 8: put(x, "date", Y + pad2(m) + pad2(d)); break;
    case 9: put(x, "date", pad2(d) + upper7(mon) + Y); break;
    case 10: put(x, "date", std::to_string(d) + "-" + mon + "-" + Y); break;
    case 11: put(x, "date", pad2(d) + "-" + upper7(mon) + "-" + yy); break;
    case 12: put(x, "date", month + " " + std::to_string(d) + ", " + Y); break;
    case 13: put(x, "date", mon + " " + std::to_string(d) + ", " + Y); break;
    case 14: put(x, "date", mon + (m == 5 ? " " : ". ") + std::to_string(d) + ", " + Y); break;
    case 15: put(x, "date", std::to_string(d) + " " + month + " " + Y); break;
    case 16: put(x, "date", nth(d) + " " + month + " " + Y); break;
    case 17: put(x, "date", month + " " + nth(d) + ", " + Y); break;
    case 18: say(x, wk + " "); put(x, "date", std::to_string(d) + " " + month + " " + Y); break;
    case 19: say(x, wk.substr(0, 3) + " "); put(x, "date", pad2(m) + "/" + pad2(d) + "/" + Y); break;
    case 20: say(x, "the "); put(x, "date", nth(d) + " of " + month + ", " + Y); break;
    case 21: put(x, "date", month + " " + Y); break;
    case 22: put(x, "date", mon + " '" + yy); break;
    case 23: put(x, "date", pad2(m) + "/" + Y); break;
    case 24:
      put(x, "date", pad2(m) + "/" + pad2(d) + "/" + Y);
      say(x, (r.chance(0.5) ? " " : " at ") + randomTime(r));
      break;
    case 25: put(x, "date", Y + "-" + pad2(m) + "-" + pad2(d)); say(x, " " + pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59))); break;
    case 26: put(x, "date", upper7(mon) + " " + pad2(d) + " " + Y); break;
    // without a year
    case 27: put(x, "date", std::to_string(m) + "/" + std::to_string(d)); break;
    case 28: put(x, "date", month + " " + nth(d)); break;
    case 29: put(x, "date", std::to_string(d) + " " + mon); break;
    case 30: put(x, "date", mon + " " + std::to_string(d)); break;
    default: put(x, "date", pad2(m) + "-" + pad2(d)); break;
  }
}

void writeEventDate(Ctx& x, std::string_view style) {
  Random& r = x.b.random();
  const int y = r.between(2016, 2025), m = r.between(1, 12);
  writeDate7(x, y, m, r.between(1, monthLength(y, m)), style);
}

void writeBirthDate(Ctx& x, std::string_view style) {
  const Patient& p = x.b.patient();
  writeDate7(x, p.birthYear, p.birthMonth, p.birthDay, style == "short" || style == "any" ? "birth" : style);
}

// ---------------------------------------------------------------------------------------------
// Ages.


std::string ageWords(int a) {
  if (a < 100) return numberWords(a);
  return a == 100 ? "one hundred" : "one hundred and " + numberWords(a - 100);
}

// The patient's own age, consistent with the date of birth: a gold "age" span when over 89,
// plain text (a look-alike) otherwise. `style`: "" adjectival ("94-year-old"), "n" the number
// alone, "free" a phrase, "sx" age and sex.
void writeAge7(Ctx& x, std::string_view style) {
  Random& r = x.b.random();
  const bool f = x.c.pt.female;
  const int a = x.b.patient().age;
  const std::string n = std::to_string(a);
  auto emit = [&x, a](std::string_view category, std::string value) {
    if (a >= 90) {
      x.b.phi(category, cased(x, std::move(value)));
    } else {
      x.b.text(cased(x, std::move(value)));
    }
  };
  if (style == "n") {
    emit("age", n);
  } else if (style == "sx") {
    switch (r.between(0, 4)) {
      case 0: emit("age", n); say(x, f ? "F" : "M"); break;
      case 1: emit("age", n); say(x, f ? " F" : " M"); break;
      case 2: emit("age", n); say(x, f ? "/F" : "/M"); break;
      case 3: emit("age", n); say(x, f ? " yo F" : " yo M"); break;
      default: emit("age", n); say(x, f ? "y female" : "y male"); break;
    }
  } else if (style == "free") {
    switch (r.between(0, 6)) {
      case 0: say(x, "age "); emit("age", n); break;
      case 1: say(x, "aged "); emit("age", n); break;
      case 2: emit("age", n); say(x, " years of age"); break;
      case 3: emit("age", n); say(x, " years old"); break;
      case 4: say(x, "just turned "); emit("age", n); break;
      case 5: say(x, "celebrated "); say(x, f ? "her " : "his "); emit("age", nth(a)); say(x, " birthday this month"); break;
      default: emit("age", ageWords(a)); say(x, " years old"); break;
    }
  } else {
    switch (r.between(0, 8)) {
      case 0: emit("age", n); say(x, "-year-old"); break;
      case 1: emit("age", n); say(x, " y/o"); break;
      case 2: emit("age", n); say(x, " yo"); break;
      case 3: emit("age", n); say(x, "yo"); break;
      case 4: emit("age", n); say(x, "-yr-old"); break;
      case 5: emit("age", ageWords(a)); say(x, "-year-old"); break;
      case 6: emit("age", n); say(x, " year old"); break;
      case 7: emit("age", n); say(x, " y.o."); break;
      default: emit("age", n); say(x, "-y-o"); break;
    }
  }
}

// An adult age of 89 or less: not PHI.
std::string youngAge(Random& r, bool female) {
  const int a = r.chance(0.15) ? r.between(85, 89) : r.between(19, 84);
  const std::string n = std::to_string(a);
  switch (r.between(0, 5)) {
    case 0: return n + "-year-old";
    case 1: return n + " y/o";
    case 2: return n + "yo " + (female ? "woman" : "man");
    case 3: return n + " year old";
    case 4: return "age " + n;
    default: return numberWords(a) + "-year-old";
  }
}

// ---------------------------------------------------------------------------------------------
// Phones and numbers.

std::string randomNanp(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

void writePhone7(Ctx& x, const std::string& digits, std::string_view category, std::string_view style) {
  Random& r = x.b.random();
  const std::string a = digits.substr(0, 3), e = digits.substr(3, 3), l = digits.substr(6, 4);
  std::string v;
  if (style == "hl7") {
    v = "(" + a + ")" + e + "-" + l;
  } else if (style == "dash") {
    v = a + "-" + e + "-" + l;
  } else {
    switch (r.between(0, 15)) {
      case 0: v = "(" + a + ") " + e + "-" + l; break;
      case 1: v = a + "-" + e + "-" + l; break;
      case 2: v = a + "." + e + "." + l; break;
      case 3: v = a + e + l; break;
      case 4: v = "+1 " + a + " " + e + " " + l; break;
      case 5: v = "+1" + a + e + l; break;
      case 6: v = "1 (" + a + ") " + e + "-" + l; break;
      case 7: v = "(" + a + ")" + e + "-" + l; break;
      case 8: v = a + " " + e + "-" + l; break;
      case 9: v = a + "/" + e + "-" + l; break;
      case 10: v = "1-" + a + "-" + e + "-" + l; break;
      case 11: v = "+1." + a + "." + e + "." + l; break;
      case 12: v = a + "\xe2\x80\x93" + e + "\xe2\x80\x93" + l; break;  // en dashes
      case 13: v = e + "-" + l; break;  // a seven-digit local number
      case 14: v = "+44 7" + a.substr(1) + e.substr(0, 1) + " " + e.substr(1) + l; break;
      default: v = "1-8" + std::to_string(r.between(0, 8)) + std::to_string(r.between(0, 8)) + "-" + e + "-" + l; break;
    }
  }
  put(x, category, v);
}

void writeExtension(Ctx& x) {
  Random& r = x.b.random();
  if (r.chance(0.4)) return;
  switch (r.between(0, 3)) {
    case 0: say(x, " x" + std::to_string(r.between(100, 9999))); break;
    case 1: say(x, " ext. " + std::to_string(r.between(10, 999))); break;
    case 2: say(x, " (ext " + std::to_string(r.between(2000, 6999)) + ")"); break;
    default: say(x, " ext " + std::to_string(r.between(1, 99))); break;
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers, derived from the builder's patient or from the cast's identifier seed.

Random idRandom(const Cast7& c, std::uint64_t salt) {
  Random r(c.idSeed ^ (salt * 0x2545f4914f6cdd1dULL));
  r.next();
  return r;
}

std::string altMrn(const Cast7& c) {
  Random r = idRandom(c, 1);
  switch (r.between(0, 3)) {
    case 0: return "E" + r.digits(7);
    case 1: return "M-" + r.digits(3) + "-" + r.digits(4);
    case 2: return r.digits(4) + " " + r.digits(4) + " " + r.digits(1);
    default: return "TRMC" + r.digits(6);
  }
}

std::string mbi(const Cast7& c) {
  Random r = idRandom(c, 2);
  static constexpr std::string_view kLetters = "ACDEFGHJKMNPQRTUVWXY";
  auto letter = [&] { return std::string(1, kLetters[r.next() % kLetters.size()]); };
  auto alnum = [&] { return r.chance(0.5) ? letter() : r.digits(1); };
  const std::string a = std::to_string(r.between(1, 9)) + letter() + alnum() + r.digits(1);
  const std::string b = letter() + alnum() + r.digits(1);
  const std::string d = letter() + letter() + r.digits(2);
  return r.chance(0.5) ? a + "-" + b + "-" + d : a + b + d;
}

std::string licence(Ctx& x) {
  Random r = idRandom(x.c, 3);
  const std::string& last = x.c.pt.last;
  switch (r.between(0, 3)) {
    case 0: return x.b.patient().license;
    case 1: {
      const std::string letters = asciiLower(last);
      const char initial = letters.empty() ? 'X' : static_cast<char>(letters[0] - 'a' + 'A');
      return std::string(1, initial) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4);
    }
    case 2: return r.digits(3) + " " + r.digits(3) + " " + r.digits(3);
    default: return r.letters(2) + r.digits(6);
  }
}

std::string serial(Random& r) {
  switch (r.between(0, 4)) {
    case 0: return r.letters(3) + r.digits(6) + r.letters(1);
    case 1: return r.digits(2) + r.letters(1) + r.digits(5);
    case 2: return "SN" + r.digits(9);
    case 3: return r.letters(1) + r.digits(1) + r.letters(1) + r.digits(1) + "-" + r.digits(5);
    default: return r.digits(4) + "-" + r.letters(2) + r.digits(4);
  }
}

void writeIpv6(Ctx& x) {
  Random& r = x.b.random();
  static constexpr char kHex[] = "0123456789abcdef";
  auto group = [&](int len) {
    std::string g;
    for (int k = 0; k < len; ++k) g.push_back(kHex[r.next() % 16]);
    return g;
  };
  switch (r.between(0, 3)) {
    case 0: {
      std::string v = "2001:0db8";
      for (int k = 0; k < 6; ++k) v += ":" + group(4);
      put(x, "ip", v);
      break;
    }
    case 1: put(x, "ip", "2001:db8:" + group(3) + "::" + group(2)); break;
    case 2: put(x, "ip", "fe80::" + group(4) + ":" + group(2) + "ff:fe" + group(2) + ":" + group(4)); break;
    default: put(x, "ip", "::ffff:" + x.b.patient().ip); break;
  }
}

void writeUrl7(Ctx& x, std::string_view kind) {
  Random& r = x.b.random();
  const Person7& p = x.c.pt;
  std::string k(kind);
  if (k.empty()) {
    static constexpr std::array<std::string_view, 6> kKinds = {"portal", "share", "study", "social", "fund", "tele"};
    k = std::string(r.pick(std::span<const std::string_view>(kKinds)));
  }
  if (k == "portal") {
    put(x, "url", "https://portal.tallgrass.example.org/chart/" + r.digits(8) + "?view=summary");
  } else if (k == "share") {
    put(x, "url", "https://share.example-imaging.net/s/" + lower7(r.letters(5)) + r.digits(5));
  } else if (k == "study") {
    put(x, "url", "https://study.example.edu/econsent/participant/" + r.digits(6));
  } else if (k == "social") {
    const std::string handle = asciiLower(p.first) + "." + asciiLower(p.last) + r.digits(2);
    put(x, "url", r.chance(0.5) ? "www.example.com/u/" + handle : "https://social.example.net/@" + handle);
  } else if (k == "fund") {
    put(x, "url", "https://fundraise.example.org/help-" + asciiLower(p.first) + "-" + asciiLower(p.last));
  } else {
    put(x, "url", "http://telehealth.example.net/room/" + r.digits(7) + "-" + lower7(r.letters(3)));
  }
}

std::string stateFull(const std::string& code) {
  for (const auto& s : kStates7) {
    if (s[0] == code) return std::string(s[1]);
  }
  return code;
}

void writeZip7(Ctx& x) {
  std::string z = x.b.patient().zip;
  if (z.find('-') == std::string::npos && x.b.random().chance(0.25)) z += "-" + x.b.random().digits(4);
  put(x, "zip", z);
}

std::string streetLine(Ctx& x, bool withUnit) {
  const Patient& p = x.b.patient();
  std::string s = p.streetNumber + " " + p.streetName;
  if (withUnit && !p.unit.empty()) s += (x.b.random().chance(0.5) ? ", " : " ") + p.unit;
  return s;
}

std::string cityState(Ctx& x) {
  const Patient& p = x.b.patient();
  Random& r = x.b.random();
  switch (r.between(0, 2)) {
    case 0: return p.city + ", " + p.state;
    case 1: return p.city + " " + p.state;
    default: return p.city + ", " + stateFull(p.state);
  }
}

void writeAddr1(Ctx& x) {
  Random& r = x.b.random();
  switch (r.between(0, 4)) {
    case 0: put(x, "address", streetLine(x, true) + ", " + cityState(x)); say(x, " "); writeZip7(x); break;
    case 1: put(x, "address", streetLine(x, true)); break;
    case 2: put(x, "address", streetLine(x, false) + ", " + x.b.patient().city); break;
    case 3: put(x, "address", "PO Box " + std::to_string(r.between(10, 9999)) + ", " + cityState(x)); say(x, " "); writeZip7(x); break;
    default: put(x, "address", streetLine(x, true) + ", " + cityState(x)); say(x, r.chance(0.5) ? "  " : ", "); writeZip7(x); break;
  }
}

void writeAddrMl(Ctx& x) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const bool usps = r.chance(0.3);
  auto c = [&](std::string s) { return usps ? upper7(std::move(s)) : s; };
  put(x, "address", c(p.streetNumber + " " + p.streetName));
  say(x, "\n");
  if (!p.unit.empty()) {
    put(x, "address", c(p.unit));
    say(x, "\n");
  }
  put(x, "address", usps ? upper7(p.city + " " + p.state) : cityState(x));
  say(x, usps ? "  " : " ");
  writeZip7(x);
}

void writeHl7Address(Ctx& x) {
  const Patient& p = x.b.patient();
  put(x, "address", upper7(p.streetNumber + " " + p.streetName));
  say(x, "^");
  if (!p.unit.empty()) put(x, "address", upper7(p.unit));
  say(x, "^");
  put(x, "address", upper7(p.city));
  say(x, "^" + p.state + "^");
  put(x, "zip", p.zip);
  say(x, "^USA");
}

// ---------------------------------------------------------------------------------------------
// Placeholders. {pt:form}, {k1:form}, {k2:form}, {s1:form}..{s6:form} people (forms: full, mid,
// fullmid, first, last, llast, ufirst, ulast, inv, INV, INVns, caps, init, hl7, sig, any, email
// (personal), semail (staff)); {dob:style} and {dt:style} dates (see writeDate7); {age:style}
// ages over 89; {yage} {mage} ages that are not PHI; {ph} {ph2} the patient's numbers, {org} an
// organisation's phone, {fx} a fax (":hl7"/":dash" force a format); {ext} maybe an extension;
// {ssn} {ssnb} {mrn} {mrn2} {acc} {subj} {regid} {acct} {fin} {claim} {auth} {plan} {grp} {mbi}
// {dl} {passport} {sn} {imei} {udi} {vin} {plate} {addr1} {addrml} {hl7addr} {street} {city}
// {cityst} {zip} {email} {url:kind} {ip4} {ip6}; not PHI: {ls} a look-alike sentence, {ttl},
// {he}/{He}/{his}/{His}, {sex}/{Sex}, {k1rel}/{k2rel}, {fac}, {car}, {time}, {room}, {msgid},
// {jobno}, {stname} a state's name, {bg} Boy/Girl.
void expand7(Ctx& x, std::string_view pattern);

void placeholder7(Ctx& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast7& c = x.c;
  const std::size_t colon = key.find(':');
  const std::string_view head = key.substr(0, colon);
  const std::string_view arg = colon == std::string_view::npos ? std::string_view() : key.substr(colon + 1);
  if (head == "pt" || head == "k1" || head == "k2" || (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6')) {
    writePerson(x, who(c, head), arg);
  } else if (head == "dob") {
    writeBirthDate(x, arg.empty() ? "any" : arg);
  } else if (head == "dt") {
    writeEventDate(x, arg.empty() ? "any" : arg);
  } else if (head == "age") {
    writeAge7(x, arg);
  } else if (head == "yage") {
    say(x, youngAge(r, c.pt.female));
  } else if (head == "mage") {
    say(x, std::to_string(r.between(19, 43)) + "-year-old");
  } else if (head == "ph") {
    writePhone7(x, p.phone, "phone", arg);
  } else if (head == "ph2") {
    writePhone7(x, p.altPhone, "phone", arg);
  } else if (head == "org") {
    writePhone7(x, randomNanp(r), "phone", arg);
  } else if (head == "fx") {
    writePhone7(x, randomNanp(r), "fax", arg);
  } else if (head == "ext") {
    writeExtension(x);
  } else if (head == "ssn") {
    std::string v = p.ssn;
    if (r.chance(0.2)) {
      for (char& ch : v) ch = ch == '-' ? ' ' : ch;
    }
    put(x, "ssn", v);
  } else if (head == "ssnb") {
    std::string v;
    for (char ch : p.ssn) {
      if (ch != '-') v.push_back(ch);
    }
    put(x, "ssn", v);
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "mrn2") {
    put(x, "mrn", altMrn(c));
  } else if (head == "acc") {
    switch (r.between(0, 2)) {
      case 0: put(x, "mrn", "S" + std::to_string(r.between(18, 25)) + "-" + r.digits(5)); break;
      case 1: put(x, "mrn", "CT" + r.digits(8)); break;
      default: put(x, "mrn", r.digits(2) + "-" + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(1)); break;
    }
  } else if (head == "subj") {
    put(x, "mrn", "HFS-" + idRandom(c, 4).digits(3) + "-" + idRandom(c, 5).digits(4));
  } else if (head == "regid") {
    put(x, "mrn", "IR" + idRandom(c, 6).digits(9));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "fin") {
    put(x, "account", r.chance(0.5) ? r.digits(10) : "V" + r.digits(9));
  } else if (head == "claim") {
    put(x, "account", r.chance(0.5) ? r.digits(2) + r.digits(11) : "CLM-" + r.digits(4) + "-" + r.digits(6));
  } else if (head == "auth") {
    put(x, "account", r.chance(0.5) ? "PA" + r.digits(8) : r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3) + "A");
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "grp") {
    Random g = idRandom(c, 7);
    put(x, "health_plan", g.chance(0.5) ? "00" + g.digits(5) : g.letters(2) + g.digits(4));
  } else if (head == "mbi") {
    put(x, "health_plan", mbi(c));
  } else if (head == "dl") {
    put(x, "license", licence(x));
  } else if (head == "passport") {
    Random g = idRandom(c, 8);
    put(x, "license", g.chance(0.5) ? g.digits(9) : g.letters(1) + g.digits(8));
  } else if (head == "sn") {
    if (r.chance(0.4)) {
      put(x, "device", p.device);
    } else {
      put(x, "device", serial(r));
    }
  } else if (head == "imei") {
    const std::string d = r.digits(15);
    put(x, "device", r.chance(0.5) ? d : d.substr(0, 2) + "-" + d.substr(2, 6) + "-" + d.substr(8, 6) + "-" + d.substr(14));
  } else if (head == "udi") {
    say(x, "(01)00" + r.digits(12) + "(17)" + pad2(r.between(26, 30)) + pad2(r.between(1, 12)) + "01(21)");
    put(x, "device", serial(r));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", p.plate);
  } else if (head == "addr1") {
    writeAddr1(x);
  } else if (head == "addrml") {
    writeAddrMl(x);
  } else if (head == "hl7addr") {
    writeHl7Address(x);
  } else if (head == "street") {
    put(x, "address", streetLine(x, true));
  } else if (head == "city") {
    put(x, "address", p.city);
  } else if (head == "cityst") {
    put(x, "address", cityState(x));
  } else if (head == "zip") {
    writeZip7(x);
  } else if (head == "email") {
    Random g = idRandom(c, 9);
    std::string f = asciiLower(c.pt.first), l = asciiLower(c.pt.last);
    if (f.empty()) f = "x";
    if (l.empty()) l = "y";
    const std::string local = g.chance(0.5) ? f + "." + l + g.digits(2) : l + f.substr(0, 1) + g.digits(4);
    put(x, "email", local + "@" + pickS(g, kEmailDomains7));
  } else if (head == "url") {
    writeUrl7(x, arg);
  } else if (head == "ip4") {
    put(x, "ip", p.ip);
  } else if (head == "ip6") {
    writeIpv6(x);
  } else if (head == "ls") {
    say(x, seventhSentence(r));
  } else if (head == "ttl") {
    say(x, c.pt.female ? (r.chance(0.5) ? "Mrs." : r.chance(0.8) ? "Ms." : "Miss") : "Mr.");
  } else if (head == "he") {
    say(x, c.pt.female ? "she" : "he");
  } else if (head == "He") {
    say(x, c.pt.female ? "She" : "He");
  } else if (head == "his") {
    say(x, c.pt.female ? "her" : "his");
  } else if (head == "His") {
    say(x, c.pt.female ? "Her" : "His");
  } else if (head == "sex") {
    say(x, c.pt.female ? "F" : "M");
  } else if (head == "Sex") {
    say(x, c.pt.female ? "female" : "male");
  } else if (head == "k1rel") {
    say(x, c.k1rel);
  } else if (head == "k2rel") {
    say(x, c.k2rel);
  } else if (head == "fac") {
    say(x, pickS(r, kFacilities7));
  } else if (head == "car") {
    say(x, pickS(r, kCars7));
  } else if (head == "time") {
    say(x, randomTime(r));
  } else if (head == "room") {
    say(x, std::to_string(r.between(2, 9)) + pad2(r.between(1, 40)) + (r.chance(0.4) ? "B" : ""));
  } else if (head == "msgid") {
    say(x, "MSG" + r.digits(8));
  } else if (head == "jobno") {
    say(x, r.digits(7));
  } else if (head == "stname") {
    say(x, stateFull(p.state));
  } else if (head == "bg") {
    say(x, r.chance(0.5) ? "Girl" : "Boy");
  } else {
    throw std::logic_error("unknown seventh placeholder: " + std::string(key));
  }
}

void expand7(Ctx& x, std::string_view pattern) {
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      x.b.text(pattern.substr(i));
      return;
    }
    x.b.text(pattern.substr(i, open - i));
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unterminated seventh placeholder");
    placeholder7(x, pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Templates. Seven of the 50 (one in seven) carry no PHI.

struct SeventhTemplate {
  std::string_view name;
  int caseMode;  // 0 as written, 1 upper case values, 2 lower case values
  std::string_view pattern;
};

constexpr std::array<SeventhTemplate, 50> kSeventhTemplates = {{
    {"discharge_summary", 0,
     "DISCHARGE SUMMARY\n\nPatient: {pt:any}\nMRN: {mrn}    Acct: {acct}\nDate of admission: {dt}\n"
     "Date of discharge: {dt}\nAttending physician: {s1:sig}, MD\nPrimary care: Dr. {s3:last}\n\n"
     "BRIEF HOSPITAL COURSE:\n{ttl} {pt:last} is a {age} admitted with acute on chronic HFpEF. {ls} {ls}\n\n"
     "DISPOSITION: Home with {his} {k1rel}, {k1:full}. Follow up with Dr. {s3:full} within 7 days ({org}).\n"},
    {"ed_triage", 0,
     "ED TRIAGE   {dt:num} {time}\nArrival: EMS   Acuity: ESI 2\nCC: SOB x2d\nHPI: {age:sx} BIBA from home "
     "({addr1}). {ls} Per {k1rel} ({k1:first}), baseline ambulates w/ walker.\n"
     "VS: T 37.9  HR 108  BP 158/92  RR 24  SpO2 89% RA\nAllergies: PCN (rash)\nTriage RN: {s4:init}, RN\n"
     "Callback for family: {ph2}\n"},
    {"nursing_flowsheet", 0,
     "FLOWSHEET -- {fac}   5 East   Rm {room}\nPt: {pt:INV}   MRN {mrn}   DOB {dob:num}\n"
     "--------------------------------------------------\n0800 | VS   | T 36.8 HR 84 BP 132/76 RR 18 SpO2 96% 2L NC\n"
     "0900 | Meds | metoprolol tartrate 25 mg PO given\n1000 | Pain | 3/10, repositioned q2h\n"
     "1130 | Fam  | {k1rel} {k1:full} at bedside, updated on plan\n1400 | I/O  | 640/350\nRN: {s4:full}\n"},
    {"radiology_report", 0,
     "EXAMINATION: CT HEAD WITHOUT CONTRAST\nACCESSION: {acc}\nPATIENT: {pt:INV}   DOB: {dob}   MRN: {mrn}\n"
     "DATE OF SERVICE: {dt}\nORDERING: {s3:init}, MD\nCLINICAL HISTORY: {age:sx} with fall, on apixaban.\n"
     "FINDINGS: {ls} No acute intracranial hemorrhage. Chronic microvascular ischemic changes.\n"
     "IMPRESSION: No acute intracranial abnormality.\nElectronically signed by {s2:full}, MD on {dt:isot}\n"},
    {"pathology_report", 0,
     "SURGICAL PATHOLOGY REPORT\nCase: {acc}    Received: {dt}\nName: {pt:caps}   Sex: {sex}   Age: {age:n}   "
     "Chart: {mrn2}\nSubmitting physician: {s2:inv}\nSPECIMEN: A. Colon, sigmoid, resection\n"
     "GROSS: Received fresh, labeled with the patient's name and \"sigmoid\". {ls}\n"
     "DIAGNOSIS: Invasive adenocarcinoma, moderately differentiated (G2), pT3 pN1a. Margins negative.\n"
     "Pathologist: {s5:mid}, MD   Signed out {dt:num}\n"},
    {"operative_report", 0,
     "OPERATIVE REPORT\nDATE OF PROCEDURE: {dt}\nSURGEON: {s1:full}, MD\nASSISTANT: {s2:init}, PA-C\n"
     "ANESTHESIA: General endotracheal; Dr. {s6:last}\nPREOPERATIVE DIAGNOSIS: Displaced left femoral neck fracture.\n"
     "PROCEDURE: Left hip hemiarthroplasty.\nIMPLANTS: Bipolar head 47 mm, lot 22K0931; stem UDI {udi}.\n"
     "EBL: 250 mL.\n{ls}\nThe patient, {pt:full}, is a {age} and was taken to the PACU in stable condition.\n"},
    {"controlled_pickup", 0,
     "PHARMACY -- CONTROLLED SUBSTANCE PICKUP LOG\nRx for: {pt:inv}   DOB: {dob}\nPicked up by: {k1:full} "
     "({k1rel})\nID verified: driver's license {dl}\nContact: {ph}\nPharmacist: {s5:full}, PharmD   {dt:num} "
     "{time}\n{ls}\n"},
    {"social_work", 0,
     "Social Work Assessment\n{pt:full} ({age:free}) lives alone in a second-floor walk-up at {addr1}. {ls}\n"
     "Support: {k1rel} {k1:full} ({k1:email}, {ph2}) visits on weekends; {k2rel} {k2:first} lives out of state.\n"
     "Income: SSI. Transportation: no longer drives; {his} {car} (plate {plate}) was sold.\n"
     "Plan: referral to Meals on Wheels and the Area Agency on Aging.\n{s5:full}, LCSW\n"},
    {"telephone_encounter", 0,
     "TELEPHONE ENCOUNTER\nCall received {dt} from {k1:full}, {k1rel} of patient {pt:mid} (DOB {dob}).\n"
     "Reason for call: {pt:first} has had loose stools x3 days since starting clindamycin. {ls}\n"
     "Call back number: {ph2}{ext}\nDisposition: stool C. diff PCR ordered; routed to Dr. {s3:last}.\n"
     "-- {s4:full}, RN\n"},
    {"portal_message", 0,
     "Patient portal message, received {dt}\nSubject: question about my water pill\n\nhi dr {s3:llast}, this is "
     "{pt:full} again. my ankles are still puffy and i gained 4 lbs since last tuesday. should i take an extra "
     "lasix? my new cell is {ph} if its easier to call. thanks, {pt:first}\n\nReply from {s3:init}, NP: {ls}\n"},
    {"referral_letter", 0,
     "{fac}\nDivision of Rheumatology\n\n{dt:long}\n\nRe: {pt:full}\nDOB: {dob}\n{addrml}\n\n"
     "Dear Dr. {s3:last},\n\nThank you for referring {ttl} {pt:last}, a {age} with seropositive rheumatoid "
     "arthritis. {ls} {ls}\nI have asked {pt:first} to return in three months. Please fax interval labs to "
     "{fx}.\n\nYours sincerely,\n\n{s2:full}, MD, FACR\n"},
    {"death_worksheet", 0,
     "CERTIFICATE OF DEATH -- WORKSHEET\nDecedent: {pt:fullmid}\nSex: {Sex}   Age: {age:n} years   "
     "Date of birth: {dob}\nSSN: {ssn}\nDate of death: {dt}\nPlace of death: inpatient, {fac}\n"
     "Residence: {addr1}\nInformant: {k1:full}, {k1rel}\nImmediate cause: (a) septic shock, hours; (b) aspiration "
     "pneumonia, days; (c) Alzheimer dementia, years.\nCertifier: {s1:full}, MD\n"},
    {"newborn_record", 0,
     "NEWBORN DELIVERY RECORD\nInfant: Baby {bg} {k1:last}   Infant MRN {mrn2}\nBorn: {dt:num} at {time}   "
     "Weight 3420 g   Apgars 8/9\nMother: {k1:full}, {mage}, G2P2, A+, GBS negative\nFather: {k2:full}\n"
     "Mother's address: {addr1}\nDelivering provider: {s1:init}, CNM\n{ls}\n"},
    {"prior_authorization", 0,
     "PRIOR AUTHORIZATION REQUEST -- PHARMACY BENEFIT\nMember name: {pt:INV}\nMember ID: {plan}    Group #: {grp}\n"
     "Date of birth: {dob:num}\nPrescriber: {s3:full}, MD   Phone: {org}   Fax: {fx}\n"
     "Medication requested: dupilumab 300 mg SC q2 weeks\nDiagnosis: L20.9\nTried and failed: {ls}\n"
     "Submitted {dt:num}. Reference {auth}.\n"},
    {"research_enrollment", 0,
     "RESEARCH CONSENT AND ENROLLMENT\nStudy: HEART-FAIL-SENIORS (IRB #2023-0417)\nParticipant: {pt:full}   "
     "Participant ID: {subj}\nConsent obtained on {dt} by {s6:full}, study coordinator.\n{ls}\n"
     "The participant ({age:free}) received a copy of the signed form. Questions: {s6:semail} or {org}.\n"
     "E-consent record: {url:study}\nLegally authorized representative: {k1:full} ({k1rel})\n"},
    {"dental_progress", 0,
     "DENTAL PROGRESS NOTE\nPt: {pt:full}   DOB {dob}   Chart {mrn2}\nDental ins. subscriber ID {plan}\n"
     "CC: \"my bottom tooth hurts when I drink something cold\"\nExam: #30 MOD recurrent caries, #31 fractured "
     "cusp. Perio: generalized 4-5 mm PD, BOP 30%.\nTx: #30 2% lido 1:100k epi x1.7 mL; MOD composite. {ls}\n"
     "Next appt {dt:short} for crown prep #31. Reminder text to {ph}.\n{s2:init}, DDS\n"},
    {"ophthalmology_clinic", 0,
     "OPHTHALMOLOGY CLINIC\n{pt:inv}   {age:sx}   seen {dt}\nVA sc: OD 20/40, OS 20/60 PH 20/30\n"
     "IOP (Goldmann): 18 / 22 mmHg\nSLE: 2+ NS cataract OU. DFE: C/D 0.4 OD, 0.6 OS; drusen OU.\n"
     "OCT macula: no fluid. {ls}\nA/P: POAG suspect OS; start latanoprost 0.005% qhs OS. RTC 3 months with "
     "HVF 24-2.\n{s2:full}, MD   tech {s4:first}\n"},
    {"psychiatry_progress", 0,
     "PSYCHIATRY PROGRESS NOTE -- {dt}\nID: {pt:full}, {age:sx}, bipolar I disorder, seen with {his} {k1rel}.\n"
     "S: Sleeping 4-5 h. Says {k1:first} \"hid the car keys\". {ls}\nMSE: Casually dressed, good eye contact, "
     "speech pressured at times. Mood \"fine\". No SI/HI. Insight fair.\nSafety plan reviewed; 988 and 911 "
     "discussed. Collateral from {k1:full} at {ph2}.\nPlan: lithium 300 mg BID (level 0.8 on {dt:short}); "
     "RTC 2 weeks.\n{s2:full}, MD\n"},
    {"home_health_visit", 0,
     "HOME HEALTH SKILLED NURSING VISIT\nVisit date: {dt:num}   Time in {time} / Time out {time}\nPatient: "
     "{pt:full}\nAddress:\n{addrml}\nPhone: {ph}\nHomebound: requires assist of 1 and a walker to leave home.\n"
     "O2 concentrator SN {sn}, 2 L/min continuous. {ls}\nCaregiver {k1:first} ({k1rel}) return-demonstrated "
     "insulin pen technique.\nNext SN visit {dt:short}. Clinician: {s4:full}, RN\n"},
    {"transfer_form", 0,
     "INTERFACILITY TRANSFER FORM\nFrom: {fac}, 3 West   To: {fac}, CCU\nPatient: {pt:INV}    DOB: {dob}    "
     "MRN (sending): {mrn}\nReason: STEMI s/p lytics, for cath\nAccepting MD: Dr. {s2:full}   Sending MD: "
     "Dr. {s1:last}\nReport called to {s4:first}, RN at {org}{ext}\nTransport: ALS, departed {time}\n"
     "NOK: {k1:INV} ({k1rel}) tel {ph2}\nInsurance: Medicaid # {plan}\n"},
    {"lab_requisition", 1,
     "LABORATORY REQUISITION\nPATIENT LAST NAME: {pt:ulast}   FIRST: {pt:ufirst}\nDOB: {dob:num}   SEX: {sex}\n"
     "ADDRESS: {addr1}\nPHONE: {ph}\nBILL TO: INS ID {plan}\nORDERING PROVIDER: {s3:inv}\n"
     "COLLECTED: {dt:num} {time}   COLLECTOR: {s4:init}\nTESTS: CMP (80053), CBC W/ DIFF (85025), HBA1C (83036), "
     "LIPID PANEL (80061)\nSPECIMEN ID: {acc}\n"},
    {"hl7_adt", 1,
     "MSH|^~\\&|ADT|TGRMC|LIS|TGRMC|{dt:hl7}||ADT^A01|{msgid}|P|2.5.1\nEVN|A01|{dt:hl7}\n"
     "PID|1||{mrn}^^^TGRMC^MR~{ssnb}^^^SSA^SS||{pt:hl7}||{dob:hl7d}|{sex}|||{hl7addr}||{ph:hl7}|"
     "{ph2:hl7}||M||{acct}\nNK1|1|{k1:hl7}|{k1rel}|||{ph2:hl7}\nPV1|1|I|5E^512^A^TGRMC||||^{s1:hl7}|||MED\n"
     "IN1|1|MCR|MEDICARE||||||||||||{pt:hl7}|SEL|{dob:hl7d}||||||||||||||||||{mbi}\n"},
    {"csv_export", 0,
     "mrn,last_name,first_name,dob,sex,zip,phone,admit_date,discharge_date,los,drg\n{mrn},{pt:last},{pt:first},"
     "{dob:iso},{sex},{zip},{ph:dash},{dt:iso},{dt:iso},4,291\n"},
    {"secure_chat", 0,
     "[secure chat] {s4:first}: hey is {ttl} {pt:last} in {room} still NPO?\n[secure chat] {s2:first}: ya til "
     "after EGD. {k1rel} {k1:first} keeps calling the desk, can u call back {ph2}\n[secure chat] {s4:first}: k. "
     "also pharm says the home med list from {dt:short} is wrong\n[secure chat] {s2:first}: ugh ok will fix, thx\n"},
    {"dictation_transcript", 0,
     "This is Dr. {s2:last} dictating a clinic note on {pt:full} comma date of birth {dob:spoken} period. "
     "Medical record number {mrn} period. New paragraph. The patient is a {age} who comes in today with {his} "
     "{k1rel} comma {k1:full} comma for follow-up of atrial fibrillation period. {ls} New paragraph. Plan colon "
     "continue apixaban 2.5 mg twice daily period. Recheck in six weeks period. End of dictation.\n"
     "Job {jobno}  D: {dt:num}  T: {dt:num}\n"},
    {"smartphrase_awv", 0,
     "{pt:full} is a {age} {Sex} who presents for an Annual Wellness Visit.\n\nPreferred name: {pt:first}\n"
     "PCP: {s3:full}\nPharmacy: CVS #4471\nCare gaps: ***\nLast colonoscopy: ***\nAdvance directive on file: "
     "yes -- agent {k1:full}, {ph2}\n{ls}\n[Generated by .AWVSUMMARY on {dt:num} {time}]\n"},
    {"legacy_printout", 1,
     "TALLGRASS REGIONAL MEDICAL CENTER                 PAGE 1 OF 1\nPATIENT NAME.......: {pt:INVns}\n"
     "MED REC NO.........: {mrn}\nACCOUNT NO.........: {acct}\nBIRTH DATE.........: {dob}\n"
     "AGE/SEX............: {age:n}/{sex}\nADDRESS............: {street}\n...................: {cityst} {zip}\n"
     "HOME PHONE.........: {ph}\nGUARANTOR..........: {k1:INVns}\nINSURANCE..........: MEDICARE A/B  MBI {mbi}\n"
     "ADMIT DATE.........: {dt}\n"},
    {"hurried_note", 2,
     "pt {pt:full} seen on rounds. {age} w/ chf exac, diuresing well. {k1rel} {k1:first} at bs, wants call back "
     "at {ph2}. f/u w dr {s3:last} {dt:short}. {ls}\n"},
    {"claim_appeal", 0,
     "{dt:long}\n\nAppeals Department\nFax: {fx}\n\nRE: Level 1 appeal\nMember: {pt:full}\nMember ID: {plan}\n"
     "Claim number: {claim}\nDates of service: {dt:num} to {dt:num}\n\nTo whom it may concern:\n\nI am "
     "{pt:first}'s {k1rel} and hold power of attorney. The denial states that inpatient care was not medically "
     "necessary. {ls}\nPlease contact me at {ph2} or {k1:email}.\n\nSincerely,\n{k1:full}\n{addrml}\n"},
    {"health_care_poa", 0,
     "DURABLE POWER OF ATTORNEY FOR HEALTH CARE\nI, {pt:fullmid}, of {cityst}, designate {k1:full} ({k1rel}), "
     "telephone {ph2}, as my agent. If {k1:first} is unable to serve, I designate {k2:full}, {k2rel}, as "
     "alternate agent.\n{ls}\nSigned this {dt:ord}.\nWitness 1: {s5:full}   Witness 2: {s6:full}\n"},
    {"icu_signout", 0,
     "ICU SIGN-OUT (night team)\nBed 7 | {pt:INV} | {age:sx} | {mrn}\n1-liner: septic shock 2/2 CAP, on norepi "
     "0.08.\nTo do: f/u 0200 lactate; if MAP <65 add vaso. Pt's {k1rel} {k1:full} wants a call if anything changes: "
     "{ph2}.\nCode status: DNR/DNI (confirmed {dt:short}).\n{ls}\nSigned out by {s2:first} to {s1:first}\n"},
    {"immunization_record", 0,
     "IMMUNIZATION RECORD\nName: {pt:full}   DOB: {dob}   State registry ID: {regid}\n"
     "Influenza, high-dose | {dt:num} | lot UT8154CA | L deltoid | {s4:init}\nPCV20 | {dt:num} | lot LN0843 | "
     "R deltoid\nRSV (adjuvanted) | {dt:num} | lot 3K7Z2 | L deltoid\n{ls}\nRecord requested by {k1:full} via "
     "{k1:email}\n"},
    {"remote_monitoring_export", 0,
     "REMOTE MONITORING EXPORT\ndevice={sn} imei={imei} pt={mrn}\n{dt:isot} uplink from {ip4} OK\n{dt:isot} "
     "uplink from {ip6} OK\n{dt:isot} ALERT AF burden 14% (threshold 6%)\nportal: {url:portal}\n"
     "reviewed by {s4:init}, RN\n"},
    {"safety_event", 0,
     "SAFETY EVENT REPORT\nEvent date: {dt:num}   Time: {time}   Location: Rm {room}\nPerson affected: {pt:full} "
     "({mrn})\nDescription: Patient found on floor beside bed; states \"I was trying to get to the bathroom.\" "
     "Bed alarm was off. {ls}\nWitnesses: {s4:full}, RN; {s6:full}, CNA\nFamily notified: {k1:full} by phone "
     "({ph2}) at {time}.\n"},
    {"spiritual_care", 0,
     "SPIRITUAL CARE NOTE\nVisited {ttl} {pt:last}, {age:free}, with {his} {k1rel} {k1:full} and {k2rel} "
     "{k2:full} at the bedside. {ls} The family asked for Father {s6:last} from their parish to be called "
     "({org}). {pt:first} said the Lord's Prayer with us.\nChaplain {s5:full}, MDiv\n"},
    {"dme_delivery", 0,
     "DME DELIVERY TICKET\nBeneficiary: {pt:INV}   MBI: {mbi}\nShip to:\n{addrml}\nPhone: {ph}   Alt: {ph2}\n"
     "Items: K0001 standard wheelchair, 18 in seat; E0260 semi-electric hospital bed\nSerial numbers: chair "
     "{sn}; bed {sn}\nOrdering: {s3:full}, DO\nDelivered {dt:num} by driver {s5:first}; signed for by {k1:full}\n"},
    {"mvc_note", 0,
     "ED NOTE -- MOTOR VEHICLE COLLISION\n{pt:full}, restrained driver, {age:free}. Vehicle: {car}, VIN {vin}, "
     "{stname} tag {plate}. Airbags deployed. {ls}\nOfficer {s5:full} (sheriff's office) requested BAC; patient "
     "consented. Driver's license {dl} held by police.\nCT c-spine negative. {ls}\n"},
    {"email_thread", 0,
     "From: {k1:full} <{k1:email}>\nSent: {dt:hdr}\nTo: {s2:semail}\nSubject: Re: appointment question\n\n"
     "Hi Dr. {s2:last},\nThanks for seeing {pt:first} last week. Could we move the next visit to {dt:short}? My "
     "number is {ph2}.\nThanks,\n{k1:first}\n\n> On {dt:hdr2}, {s2:full} wrote:\n> {ls}\n"},
    {"fax_cover", 0,
     "FAX COVER SHEET\nTo: Dr. {s3:full}\nFax: {fx}\nPhone: {org}\nFrom: {s5:full}, Care Coordination, {fac}\n"
     "Fax: {fx}   Phone: {org}{ext}\nDate: {dt:num}   Pages (incl. cover): 6\nRe: {pt:INV}, DOB {dob:num}\n"
     "CONFIDENTIALITY NOTICE: This transmission contains confidential health information. If you received "
     "it in error, notify the sender and destroy all copies.\n"},
    {"telehealth_visit", 0,
     "TELEHEALTH VIDEO VISIT\nPatient at home in {cityst}; provider at clinic. Identity verified with name and "
     "DOB ({dob}).\nVisit link: {url:tele}   Connected from {ip4}\n{pt:full} reports improved dyspnea. {ls}\n"
     "Total time 22 minutes. {s2:full}, MD\n"},
    {"registration_form", 0,
     "NEW PATIENT REGISTRATION\nLegal name: {pt:fullmid}    Preferred: {pt:first}\nDate of birth: {dob}   Age: "
     "{age:n}\nSocial Security #: {ssn}\nHome address: {addr1}\nCell: {ph}   Work: {ph2}{ext}\nEmail: {email}\n"
     "Emergency contact: {k1:full}   Relationship: {k1rel}   Phone: {ph2}\nMedicare MBI: {mbi}\n"
     "Secondary insurance ID: {plan}\nPassport / state ID: {passport}\nWebsite or social media (optional): "
     "{url:social}\n"},
    {"work_excuse", 0,
     "To whom it may concern:\n\nPlease excuse {pt:full} from work from {dt:short} through {dt:short} for a "
     "medical condition. {He} may return without restrictions after that date. Photos of the imaging were "
     "shared at {url:share}.\n\n{s3:full}, MD\n{fac}\n"},
    {"fundraiser_social", 0,
     "SOCIAL WORK FOLLOW-UP\nFamily started an online fundraiser for {pt:first}'s home modifications: {url:fund}. "
     "Patient's {k2rel} {k2:full} manages it from {city}. {ls}\nLives in {city}; ramp install scheduled {dt:short}.\n"
     "{s5:full}, MSW\n"},
    {"no_phi_order_set", 0,
     "SEPSIS ORDER SET (ADULT)\n[x] Lactate now; repeat in 2 h if > 2 mmol/L\n[x] Blood cultures x2 before "
     "antibiotics\n[x] 30 mL/kg crystalloid for hypotension or lactate >= 4\n[ ] Vancomycin per pharmacy "
     "dosing\n{ls}\n{ls}\n"},
    {"no_phi_education", 0,
     "AFTER YOUR CATARACT SURGERY\nYou may shower tomorrow but keep water out of the eye for one week. Use "
     "prednisolone 1% drops four times a day for 1 week, then twice a day for 1 week. {ls}\nCall the clinic if "
     "you notice a curtain over your vision.\n"},
    {"no_phi_lab_panel", 0,
     "BASIC METABOLIC PANEL\nNa 139 mmol/L (136-145)\nK 5.3 mmol/L (3.5-5.1) H\nCl 101\nCO2 22\nBUN 31 H\n"
     "Creat 1.62 H\neGFR 38\nGlucose 212 H\n{ls}\n"},
    {"no_phi_perio_chart", 0,
     "PERIODONTAL CHARTING -- MAXILLARY\n#2  F 3-2-4  L 3-3-5  BOP+\n#3  F 4-3-5  L 4-4-6  furcation II\n"
     "#14 F 2-2-3  L 3-2-3\n#15 F 5-4-6  L 5-5-7  mobility 1\n{ls}\n"},
    {"no_phi_sbt_protocol", 0,
     "SPONTANEOUS BREATHING TRIAL PROTOCOL\nScreen daily at 0600: FiO2 <= 50%, PEEP <= 8, no new vasopressor, "
     "RASS -2 to +1. Trial: PS 5/PEEP 5 for 30-120 min. Stop if RR > 35, SpO2 < 88%, HR > 140. {ls} {ls}\n"},
    {"no_phi_ecg", 0,
     "12-LEAD ECG INTERPRETATION\nSinus rhythm, rate 72. PR 184 ms, QRS 96 ms, QT/QTc 402/431 ms. Axis -12. "
     "Left anterior fascicular block. No acute ST changes. {ls}\n"},
    {"no_phi_med_rec", 0,
     "MEDICATION RECONCILIATION\n1. apixaban 5 mg PO BID\n2. metoprolol succinate 50 mg daily\n3. Norco 5/325 "
     "1 tab q6h PRN pain\n4. Advair 250/50 1 puff BID\n5. Junel Fe 1/20 daily\n{ls}\n"},
}};

}  // namespace

std::size_t seventhTemplateCount() { return kSeventhTemplates.size(); }

std::string_view writeSeventhNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                  std::size_t choice) {
  const Cast7 cast = makeCast7(seed, patientIndex, builder.patient().female);
  const SeventhTemplate& t = kSeventhTemplates[choice % kSeventhTemplates.size()];
  Ctx x{builder, cast, t.caseMode};
  expand7(x, t.pattern);
  return t.name;
}

std::string seventhSentence(Random& r) {
  auto n = [&](int low, int high) { return std::to_string(r.between(low, high)); };
  auto dec = [&](int low, int high) { return std::to_string(r.between(low, high)) + "." + std::to_string(r.between(0, 9)); };
  switch (r.between(0, 59)) {
    case 0: return "Positive Murphy sign; McBurney point nontender; Rovsing negative.";
    case 1: return "Phalen and Tinel positive at the right wrist; Finkelstein negative.";
    case 2: return "Austin Flint murmur noted; Duroziez sign absent.";
    case 3: return "Brooke ileostomy functioning, output " + n(400, 1200) + " mL/24 h.";
    case 4: return "Bishop score " + n(3, 10) + "; cervix 3/60/-2.";
    case 5: return "Winter's formula predicts pCO2 of " + n(28, 36) + " +/- 2.";
    case 6: return "Marsh 3b changes on duodenal biopsy; tTG-IgA > 100 U/mL.";
    case 7: return "Hunter syndrome excluded; Marfan features absent; Graves ophthalmopathy mild.";
    case 8: return "Sharp debridement of the heel ulcer; kidney stone 4 mm at the UVJ.";
    case 9: return "Ground-glass opacity in the RUL; Fleischner guidance followed.";
    case 10: return "Ward round at 0900; page the resident if MAP < 65.";
    case 11: return "Hazel eyes, amber-colored urine, ruby-red lips on exam; iris atrophy OS.";
    case 12: return "Lasix 40 mg IV x1 then 40 mg PO BID; Eliquis 5 mg BID.";
    case 13: return "Lantus " + n(10, 40) + " units qHS and Humalog " + n(2, 12) + " units with meals.";
    case 14: return "Ozempic 0.5 mg weekly; Januvia stopped.";
    case 15: return "Norco 5/325 one tab q6h PRN; Percocet 5/325 not refilled.";
    case 16: return "Suboxone 8/2 mg SL daily; Symbicort 160/4.5 two puffs BID.";
    case 17: return "Augmentin 875/125 BID x 10 days; Bactrim DS held for K " + dec(5, 6) + ".";
    case 18: return "Keppra 500 mg BID; Zofran 4 mg ODT q8h PRN.";
    case 19: return "Dexcom G7 and Omnipod 5 in automated mode; Libre 3 backup.";
    case 20: return "Medtronic Azure XT DR MRI SureScan, RV lead threshold 0.75 V at 0.4 ms.";
    case 21: return "HeartMate 3 speed 5400 rpm, flow " + dec(4, 5) + " L/min, PI " + dec(2, 4) + ".";
    case 22: return "BiPAP 14/8 overnight; CPAP 10 cm H2O at home.";
    case 23: return "Na 138, K 4.1, Cl 102, CO2 24, BUN 18, Cr 1.02, glucose " + n(90, 240) + ".";
    case 24: return "INR " + dec(1, 3) + "; A1c " + dec(6, 10) + "%; TSH 2.31.";
    case 25: return "ABG 7.31/48/72/22 on 40% FiO2.";
    case 26: return "CD4 412, viral load < 20 copies/mL.";
    case 27: return "CHA2DS2-VASc " + n(2, 7) + ", HAS-BLED " + n(1, 4) + ".";
    case 28: return "NIHSS " + n(0, 12) + "; GCS 15; RASS 0; CAM-ICU negative.";
    case 29: return "CURB-65 of " + n(1, 3) + "; qSOFA 1; Wells 1.5.";
    case 30: return "ECOG 1, Karnofsky 70; Gleason 3+4=7; BI-RADS 4A.";
    case 31: return "Morse fall score " + n(25, 85) + "; Braden " + n(12, 20) + ".";
    case 32: return "EGFR exon 19 deletion; KRAS G12C negative; ALK negative; PD-L1 TPS 60%.";
    case 33: return "JAK2 V617F positive; HLA-B*57:01 negative before abacavir.";
    case 34: return "Factor V Leiden heterozygous; MTHFR C677T not clinically relevant.";
    case 35: return "Patient may shower after 48 h; may resume aspirin on POD 3.";
    case 36: return "May-Thurner anatomy on venogram; stent placed.";
    case 37: return "Per MAR, dose given at 2100; dec BS at bilateral bases.";
    case 38: return "OCT shows no subretinal fluid; Amsler grid normal.";
    case 39: return "Index case " + n(20, 89) + " years old; the same presentation was seen last winter.";
    case 40: return "Mother had breast cancer at " + n(40, 79) + "; father died at " + n(60, 89) + " of an MI.";
    case 41: return "Code blue called at 0214; ROSC at 0229.";
    case 42: return "Transferred from Rm " + n(200, 899) + " to bed " + n(1, 30) + "-B in Pod C.";
    case 43: return "EHR upgraded to version 2024.1.4; HL7 v2.5.1 interface restarted.";
    case 44: return "Pump firmware 1.14.0; CGM sensor lot 4GH27B.";
    case 45: return "SNOMED 22298006; LOINC 2160-0; CPT 99214; DRG 291.";
    case 46: return "NDC 0093-7146-56 dispensed; ICD-10 I50.33.";
    case 47: return "Snellen 20/25 OD, 20/40 OS; IOP 16 and 19 mmHg.";
    case 48: return "Strength 4/5 in the left deltoid; 2/6 systolic murmur; pain 7/10.";
    case 49: return "I/O 1200/800; weight " + dec(55, 110) + " kg; BMI " + dec(19, 38) + ".";
    case 50: return "Tooth #19 extracted; #3 and #30 sealed; class II occlusion.";
    case 51: return "IP joint of the thumb swollen; MCP and PIP spared.";
    case 52: return "Bill to the secondary payer; Will call if results are abnormal.";
    case 53: return "Smoked 1 ppd from 1968 to 2001; quit in 2001.";
    case 54: return "Hip replaced in 2012; cataract surgery OU in 2019.";
    case 55: return "Stable on the current regimen; follow up in 3 months.";
    case 56: return "Ambulated " + n(50, 300) + " ft with rolling walker, CGA x1.";
    case 57: return "Vent AC 18/450/5/40%; plateau " + n(18, 30) + ".";
    case 58: return "Parkinson disease, Addison disease and Crohn disease on the problem list.";
    default: return "No events overnight; plan unchanged.";
  }
}

}  // namespace concord::phi::corpus
