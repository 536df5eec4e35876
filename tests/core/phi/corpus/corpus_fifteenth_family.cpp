// The fifteenth family (kFifteenthSeed only): templates, look-alike sentences and name pools
// written by someone who had not seen the detector's rules, and never run against it while being
// written. Theme: the everyday records of a large US academic and community health system.
// Document styles: admission H&P, SOAP progress note, discharge summary, ED triage note,
// radiology report with a critical-result call, surgical pathology report, SBAR nursing
// handoff, medication reconciliation, referral letter, infectious-diseases consult, lower-case
// patient-portal message and the nurse's portal reply, care-coordination call log, case-
// management discharge plan, home-health skilled nursing visit, physical, occupational and
// speech therapy notes, labour-and-delivery triage, delivery note, NICU admission, well-child
// visit, postpartum visit, behavioural-health intake, addiction-medicine follow-up, peer
// recovery note, pre-op checklist, anaesthesia record, advance directive, POLST form, six
// interpreter-mediated documents (visit, telephone call, consent, discharge teaching, family
// meeting, paediatric visit; Spanish, Vietnamese, Somali, Haitian Creole, Tagalog, Arabic,
// Russian, Korean and Chinese families), prior-authorisation letter, release-of-information
// authorisation, insurance verification, two dictated notes with transcription artefacts
// ("comma", "period", "new paragraph") and spoken dates, transfer-centre call log, video-visit
// connection log, insulin-pump start, trauma H&P after a car crash, public-safety vehicle log,
// nursing shift note, psychosocial assessment with a household list, care-team table, unit
// census, wound/ostomy consult, infusion visit, pharmacist call-back, lower-case voicemail
// transcript, staff e-mail thread, critical-value notification, ADT registration screen, sign-out
// list, patient-relations complaint, hospice-eligibility recertification, community health
// worker visit, lower-case secure chat between staff, OB dating ultrasound, appointment-reminder
// text with a reply, and eight kinds of note without PHI.
//
// Gold span conventions: the fourteenth family's, which restate the twelfth, tenth and ninth
// families' (see the headers of corpus_fourteenth_family.cpp and corpus_twelfth_family.cpp),
// restated briefly with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("EMRN ", "HAR ", "DOB: ",
//    "Subscriber ID ", "cell "), quotes, brackets, table bars and trailing punctuation are
//    outside.
//  * Names: titles, roles and verbs before a name ("Dr. ", "Dr ", "doctor ", "Mr. ", "Ms. ",
//    "Mrs. ", "RN ", "MD ", "Officer ", "Baby Boy ", "Baby Girl ", "per ", "d/w ", "FOB ",
//    "mom ", "sponsor ", "partner ", "interpreter ") and credentials after it (", MD", ", DO",
//    ", RN", ", BSN", ", CWON", ", CRNA", ", PT, DPT", ", OTR/L", ", MS, CCC-SLP", ", CNM",
//    ", IBCLC", ", LCSW", ", MSW", ", CADC", ", CPRS", ", PharmD", ", RPh", ", CDCES",
//    ", CHW", ", NP", ", RDMS", ", PGY-2") are outside; a name written in one piece is one span
//    ("Maribel Tran", "Maribel T. Tran", "Maribel Concepcion Tran", "M. Tran", "Maribel T.",
//    "Tran, Maribel", "Tran, M.", "TRAN, MARIBEL", "TRAN, Maribel", "TRAN, MARIBEL C",
//    "MARIBEL TRAN", "TRAN", lower case in a portal message, a voicemail or a staff chat).
//    Particles, apostrophes, hyphens, inner spaces of compound given names ("Mary Beth") and
//    accents are inside. A possessive "'s" is outside. A first name alone, a surname alone (also
//    a surname that is an ordinary word: "Her", "Outlaw", "Christmas", "Son") and a nickname
//    (quotes outside) are spans; in 'Maura "Dutch" Thermidor' the three are three spans. A name
//    in parentheses after a relation ("husband (Osvaldo) at bedside") is a span, the
//    parentheses outside; a relation word ("Son", "Her husband") is not. Eponyms, brands,
//    hospital, ward, school and street-named places that are not the patient's address are not
//    PHI.
//  * Dates: the date only; a weekday before it ("Tues 3/4") and a time after it are outside; in
//    "2025-03-04T21:52" only "2025-03-04" is the span; month/day without a year, month/year,
//    "04MAR2025", "20250304" are dates; a date spoken in a dictation is a date, with its year
//    ("March fourth twenty twenty-five", "June third nineteen forty-one"); transcription words
//    around it ("comma", "period") are outside; a year alone is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only, or the words
//    ("ninety-two" of "ninety-two-year-old", "ninety-two years of age"). Ages of 89 or less and
//    ages of other people (children, other patients on a census, relatives) are not PHI.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, pharmacies,
//    seven-digit local numbers, relatives abroad in Mexico, Guatemala, Vietnam, Somalia, Haiti,
//    the Philippines, Jordan, Egypt, Russia, Korea, China and Hong Kong); extensions are outside;
//    numbers labelled fax are "fax"; 911 and 988, four-digit extensions and pagers are not PHI.
//  * Identifiers: medical record numbers under any label (MRN, EMRN, PID, the newborn's MRN) are
//    "mrn"; account, HAR, CSN and FIN numbers are "account"; subscriber, member, group and
//    Medicaid numbers are "health_plan"; driver's licences are "license"; pump, transmitter and
//    monitor serials are "device"; VINs and plates are "vehicle". Accession, pathology case,
//    dictation job, interpreter ID, lot, NDC, CPT, ICD-10 and HCPCS numbers, rooms, beds, pagers
//    and medic units are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; a city alone or "City, ST" is an "address" span; the ZIP
//    (five digits or ZIP+4) is always its own "zip" span.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 and IPv6 one "ip"
//    span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_fifteenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools, the family's own, written by hand: ordinary US names of many origins, common and
// rare, some of them ordinary words ("Her", "Outlaw", "Pleasant", "Christmas", "Holiday", "Son",
// "Heaven", "Diamond"). Checked by script against every other family's and corpus_values.cpp's
// quoted strings when written: apart from four of the commonest surnames, kept on purpose
// ("Kowalski", "Tran", "Bui", "Lee"), no string is shared. Towns and streets may share.
constexpr std::string_view kGiven15[] = {
    "LaKeisha", "Trevon", "Maribel", "Jesús", "Marisela", "Efraín", "Osvaldo", "Brayan", "Yamilet", "Quynh",
    "Jingwei", "Yuqing", "Ka-ho", "Jhunrey", "Fartun", "Hamdi", "Abdiwali", "Wideline", "Mackenson", "Guerline",
    "Jean-Robert", "Nadège", "Fritznel", "Natalya", "Vadim", "Yelena", "Deepak", "Kasia", "Grazyna", "Brittany",
    "Tiffany", "Dustin", "Shelby", "Travis", "Kayla", "Brandon", "Megan", "Wyatt", "Colton", "Bobbie Jo",
    "Mary Beth", "Billy Ray", "Doris", "Wilma", "Lucille", "Skye", "Moshe", "Esther", "Kou", "Mai Yer", "Nou",
    "Pa Houa", "Spiro", "Maura", "Darlene", "Rhonda", "Curtis", "Tammy", "Ricky", "Darius", "Shameka", "Cedric",
    "Rashad", "Tyesha", "Jaylen", "Roosevelt", "Odessa", "Quiana", "Shanelle", "Tavon", "Cleotha", "Earnestine",
    "Lula", "Fannie", "Hattie", "Ozell", "Reyna", "Anayeli", "Fidel", "Noemí", "Obdulia", "Rosendo", "Yajaira",
    "Zulema", "Baltazar", "Evelia", "Florencio", "Gumaro", "Hortencia", "Lizbeth", "Marcelino", "Nohemí",
    "Otoniel", "Paulina", "Bich", "Oanh", "Uyen", "Yen", "Dat", "Hai", "Kiet", "Luan", "Nhan", "Phat", "Quoc",
    "Sang", "Thinh", "Meifang", "Chun-yi", "Wing-yan", "Kin-wah", "Hyun-joo", "Ji-ho", "Lorna", "Rolando",
    "Teresita", "Bong", "Joy-Ann", "Ramil", "Nestor", "Erlinda", "Cristeta", "Ubax", "Khadra", "Mahad", "Nasteho",
    "Ilhan", "Deeqa", "Sagal", "Guled", "Liban", "Marie-Carmel", "Rosemene", "Kettly", "Lesly", "Ernst", "Yvrose",
    "Frantz", "Marie-Lourdes", "Zaid", "Pavel", "Vitaliy", "Larysa", "Kavita", "Czeslaw", "Krystyna", "Danuta",
    "Marek", "Leszek", "Brenda", "Debbie", "Cindy", "Kimberly", "Tonya", "Jody", "Randy", "Jerry", "Larry",
    "Terry", "Gary", "Darrell", "Lonnie", "Peggy", "Norma", "Irene", "Shirley", "Carl", "Roy", "Lloyd", "Cletus",
    "Kaden", "Hailey", "Aiden", "Landon", "Easton", "Ryder", "Jace", "Brody", "Garrett", "Logan", "Trent",
    "Bryce", "Heaven", "Diamond", "Sequoia", "Wynema", "Pinchas", "Shaindy", "Pheng", "Mee", "Chong", "Neng",
    "Yer", "Brigid", "Eileen", "Oisin", "Niall", "Fiona", "Willie Mae", "Ka Ying", "Pa Nhia", "Kim Lien",
    "Ma. Luisa",
};

constexpr std::string_view kMiddle15[] = {
    "Concepcion", "Thi", "Van", "Renee", "Nicole", "Elizabeth", "Kay", "Sue", "Jo", "Faye", "Rene", "Joaquin",
    "Duy", "DeWayne", "Lashay", "Yvette", "Ilene", "Alma", "Hoa",
};

constexpr std::string_view kNick15[] = {
    "Junior", "Pookie", "Chuy", "Lalo", "Nene", "Tito", "Smokey", "Bebe", "Boogie", "Chickie", "Dutch", "Cuca",
    "Nena", "Pepe", "Chacho", "Beto", "Memo", "Lolo",
};

constexpr std::string_view kFamily15[] = {
    "Kowalski", "Bui", "Tran", "Robinson", "Jenkins", "Simmons", "Dorsey", "Gaines", "Toussaint", "Desir",
    "Louissaint", "Gonzalez", "Orozco", "Ochoa", "Barajas", "Del Toro", "Hinojosa", "Nowicki", "Wojcik", "Dudek",
    "DiNapoli", "LoBianco", "Caputo", "Mohamed", "Ali", "Pascual", "Manalang", "Shah", "Singh", "Kaur", "Agarwal",
    "Lee", "Her", "Vue", "Schwartz", "Rosenblum", "Redhorse", "Old Coyote", "Spotted Elk", "Guest", "Savage",
    "French", "Rainey", "von Stein", "De Leon", "O'Neal", "Mc Kenzie", "Vander Ploeg", "Rivera-Kim",
    "Nguyen-Hart", "Jackson-Ruiz", "Okoro-Simmons", "Yoder", "Stoltzfus", "Mayfield", "Whitlow", "Pettiford",
    "McNeil", "Outlaw", "Spearman", "Clemons", "Gadsden", "Mims", "Rucker", "Boykin", "Baskerville", "Peoples",
    "Alston", "Truesdale", "Fauntleroy", "Cheatham", "Pleasant", "Ybarra", "Zepeda", "Quezada", "Bañuelos",
    "Escobedo", "Galindo", "Larios", "Mejía", "Nuñez", "Olivas", "Rentería", "Solís", "Tapia", "Urías",
    "Valdovinos", "Alcántar", "Ha", "Mai", "Quach", "Luong", "Dinh", "Ton", "Kieu", "Lieu", "Vuong", "Thach",
    "Kwon", "Noh", "Bae", "Son", "Yu", "Cabrera", "Estrada", "Galang", "Mangubat", "Quiambao", "Yumul",
    "Sarmiento", "Bernardo", "Mercado", "Nur", "Osman", "Gedi", "Aden", "Elmi", "Ibrahim", "Samatar", "Duale",
    "Jean-Louis", "Charles", "Dorcely", "Exantus", "Fils-Aimé", "Guerrier", "Hyppolite", "Lafortune", "Mondesir",
    "Nazaire", "Pierre", "Saint-Fleur", "Thermidor", "Valcourt", "Fakhoury", "Habib", "Kassab", "Odeh", "Shamoun",
    "Yacoub", "Zayed", "Kozlov", "Pavlenko", "Hrytsenko", "Orlova", "Bhatt", "Chauhan", "Pandya", "Rao", "Sharma",
    "Bhatia", "Kaminski", "Wozniak", "Pawlak", "Sobczak", "Jablonski", "Majewski", "Zajac", "Baran", "Gorski",
    "Bellini", "Santangelo", "Carbone", "Rinaldi", "Vitale", "Palumbo", "Amato", "Sorrentino", "Riordan",
    "Shaughnessy", "McNally", "Keogh", "Hanrahan", "Horowitz", "Levitt", "Feinberg", "Blum", "Kaplan",
    "Lieberman", "Manuelito", "Khang", "Kue", "Lo", "Chang", "Cha", "Beiler", "Esh", "Zook", "Lapp", "Kauffman",
    "Hostetler", "Schrock", "Bunch", "Burns", "Dollar", "Hatcher", "Hightower", "Pride", "Sellers", "Swindle",
    "Tackett", "Gamble", "Christmas", "Easter", "Holiday", "DeSantis", "LaPointe", "Van Horn", "De Jesus",
    "Le Blanc", "Mac Leod", "St. Pierre", "Ten Eyck", "Von Ahn", "dela Peña", "Abu Bakr", "Kills Crow",
    "Smith-Nguyen", "Garcia-Lopez",
};
// POOLS-END

struct Town15 {
  std::string_view city, state;
};
constexpr Town15 kTowns15[] = {
    {"Hamtramck", "MI"}, {"Lowell", "MA"}, {"Garden Grove", "CA"}, {"St. Cloud", "MN"}, {"Lewiston", "ME"},
    {"Dearborn", "MI"}, {"Marshall", "TX"}, {"Florence", "AL"}, {"Eugene", "OR"}, {"Tyler", "TX"},
    {"Warren", "MI"}, {"Chester", "PA"}, {"Worthington", "MN"}, {"Lawrence", "KS"}, {"Beaverton", "OR"},
    {"Bellflower", "CA"}, {"Kent", "WA"}, {"Elizabeth", "NJ"}, {"Paterson", "NJ"}, {"Brockton", "MA"},
    {"Homestead", "FL"}, {"Clarkston", "GA"}, {"Sugar Land", "TX"}, {"Fort Smith", "AR"}, {"Gallup", "NM"},
    {"Chinle", "AZ"}, {"Wausau", "WI"}, {"Fresno", "CA"}, {"Pharr", "TX"}, {"Lynn", "MA"},
    {"Columbia Heights", "MN"}, {"Burien", "WA"}, {"Silver Spring", "MD"}, {"Hialeah", "FL"},
    {"Cicero", "IL"}, {"Joliet", "IL"}, {"Santa Ana", "CA"}, {"Irving", "TX"}, {"Dalton", "GA"},
    {"Ada", "OK"}, {"Eden Prairie", "MN"}, {"Norman", "OK"}, {"Lancaster", "PA"}, {"Utica", "NY"},
};
constexpr std::string_view kStreet15[] = {
    "Kedzie", "Pulaski", "Bardstown", "Telegraph", "Cesar Chavez", "Martin Luther King Jr", "Bellaire",
    "Ridgewood", "Fulton", "Euclid", "Broad", "Stony Island", "Buford", "Van Dyke", "Gratiot", "Halsted",
    "Lyndale", "Nicollet", "Rainier", "Alvarado", "Westheimer", "Bissonnet", "Flatbush", "Nostrand",
    "Dorchester", "Blue Hill", "Colfax", "Lamar", "Old Shell", "Hiawatha", "Minnehaha", "Pleasant Valley",
};
constexpr std::string_view kSuffix15[] = {"Ave", "Avenue", "St", "Street", "Blvd", "Rd", "Hwy", "Pkwy", "Dr",
                                          "Way", "Pike", "Ct", "Trail", "Loop"};
constexpr std::string_view kDir15[] = {"N", "S", "E", "W", "NE", "SW", "North", "West"};
constexpr std::string_view kUnit15[] = {"Apt 2R", "Apt 1410", "Unit 305", "Lot 14", "Apt B", "Fl 3", "Trlr 9",
                                        "Apt 6C", "Unit 12"};
constexpr std::string_view kInitials15[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W"};
constexpr std::string_view kRelations15[] = {"daughter", "son", "wife", "husband", "partner", "sister", "brother",
                                             "mother", "father", "niece", "nephew", "granddaughter", "grandson",
                                             "aunt", "fiancé", "roommate", "daughter-in-law"};
constexpr std::string_view kMail15[] = {"bluejaymail.example.com", "prairiepost.example.net",
                                        "riverstone-inbox.example.org", "cardinalweb.example.us"};
constexpr std::string_view kStaffMail15[] = {"lakemont-health.example.org", "lakemontmed.example.edu"};
constexpr std::string_view kFac15[] = {"Lakemont University Hospital", "Lakemont Community Hospital - Eastside",
                                       "St. Brigid Medical Center", "Prairie Crossing Health Center",
                                       "Northgate Family Medicine", "Riverbend Women's Clinic",
                                       "Mercy Fields Hospital", "Kessler Pavilion"};
constexpr std::string_view kWard15[] = {"7 West", "4 Kessler", "MICU", "Gates 5", "CVICU", "Mother-Baby",
                                        "Step-Down 6", "Ortho 9 North", "Oncology 8"};
constexpr std::string_view kPayer15[] = {"Blue Cross Blue Shield", "Aetna Better Health", "Humana Gold Plus",
                                         "UnitedHealthcare Community Plan", "Molina Healthcare", "Medica",
                                         "Cigna", "Ambetter"};
constexpr std::string_view kPharm15[] = {"Walgreens", "CVS", "Kroger Pharmacy", "Hy-Vee Pharmacy", "Costco Pharmacy",
                                         "Lakemont Outpatient Pharmacy"};
constexpr std::string_view kWeekday15[] = {"Mon", "Tues", "Wed", "Thurs", "Fri", "Monday", "Tuesday",
                                           "Wednesday", "Thursday", "Friday", "Sat", "Sunday"};
constexpr std::array<std::string_view, 12> kMonths15 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon15 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes15[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTeens15[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                         "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens15[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::string_view kOrdinals15[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                            "nineteenth", "twentieth"};

// The languages of the interpreter-mediated documents, the family's country and a phrase.
struct Lang15 {
  std::string_view language, country, phrase;
};
constexpr Lang15 kLang15[] = {
    {"Spanish", "Mexico", "\"me duele el pecho\""},
    {"Vietnamese", "Vietnam", "\"đau ngực\""},
    {"Somali", "Somalia", "\"laabta ayaa i xanuunaysa\""},
    {"Haitian Creole", "Haiti", "\"lestomak mwen fè m mal\""},
    {"Tagalog", "the Philippines", "\"masakit ang dibdib ko\""},
    {"Arabic", "Jordan", "\"صدري يؤلمني\""},
    {"Russian", "Russia", "\"болит в груди\""},
    {"Korean", "Korea", "\"가슴이 아파요\""},
    {"Cantonese", "Hong Kong", "\"心口痛\""},
};

struct Person15 {
  std::string first, middle, initial, last, nick;
};

struct Cast15 {
  Person15 pt, k1, k2, o1, o2;
  std::array<Person15, 6> staff;
  std::string k1rel, city, state, street, zip4;
  std::size_t lang = 0;
};

struct Ctx15 {
  NoteBuilder& b;
  const Cast15& c;
  bool lower = false;
};

// Case mapping for ASCII and the Latin-1 letters of the pools (two UTF-8 bytes led by 0xC3);
// other letters (Vietnamese, Cyrillic, Hangul...) are left as they are.
std::string lower15(std::string s) {
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

std::string upper15(std::string s) {
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

std::string cased(const Ctx15& x, std::string s) { return x.lower ? lower15(std::move(s)) : s; }
void put(Ctx15& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx15& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// ASCII letters of a name for e-mail addresses and URLs; other bytes dropped.
std::string fold(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out.size() < 2 ? out + "x" : out;
}

std::string words(int n) {
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred " + words(n - 100);
  if (n < 20) return n < 10 ? std::string(kOnes15[n]) : std::string(kTeens15[n - 10]);
  return std::string(kTens15[n / 10]) + (n % 10 ? "-" + std::string(kOnes15[n % 10]) : "");
}

std::string yearWords(int y) {
  if (y >= 2000 && y < 2010) return "two thousand" + (y % 100 ? " " + words(y % 100) : std::string());
  const int hi = y / 100, lo = y % 100;
  if (lo == 0) return words(hi) + " hundred";
  return words(hi) + " " + (lo < 10 ? "oh " + words(lo) : words(lo));
}

std::string ordinalWord(int d) {  // days 1-28
  return d <= 20 ? std::string(kOrdinals15[d]) : "twenty-" + std::string(kOrdinals15[d - 20]);
}

Person15 makePerson15(Random& r) {
  Person15 p;
  p.first = pickS(r, kGiven15);
  p.middle = pickS(r, kMiddle15);
  p.initial = pickS(r, kInitials15);
  p.last = pickS(r, kFamily15);
  p.nick = pickS(r, kNick15);
  return p;
}

Cast15 makeCast15(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1515ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x15151ULL));
  r.next();
  Cast15 c;
  c.pt = makePerson15(r);
  c.k1 = makePerson15(r);
  if (r.chance(0.55)) c.k1.last = c.pt.last;
  c.k2 = makePerson15(r);
  if (r.chance(0.4)) c.k2.last = c.pt.last;
  c.o1 = makePerson15(r);
  c.o2 = makePerson15(r);
  for (Person15& s : c.staff) s = makePerson15(r);
  c.k1rel = pickS(r, kRelations15);
  const Town15& t = kTowns15[r.next() % std::size(kTowns15)];
  c.city = std::string(t.city);
  c.state = std::string(t.state);
  c.street = std::to_string(r.between(2, 9899));
  if (r.chance(0.1)) c.street += " 1/2";
  c.street += " ";
  if (r.chance(0.35)) c.street += pickS(r, kDir15) + " ";
  c.street += pickS(r, kStreet15) + " " + pickS(r, kSuffix15);
  if (r.chance(0.3)) c.street += (r.chance(0.5) ? ", " : " ") + pickS(r, kUnit15);
  c.zip4 = r.digits(4);
  c.lang = static_cast<std::size_t>(r.next() % std::size(kLang15));
  return c;
}

const Person15& who(const Cast15& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key == "o1") return c.o1;
  if (key == "o2") return c.o2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "k1" || head == "k2" || head == "o1" || head == "o2" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6');
}

void writeName(Ctx15& x, const Person15& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "fmid", "UP"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fmid") v = p.first + " " + p.middle + " " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "ffi") v = p.first + " " + firstLetter(p.last) + ".";
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfi") v = p.last + ", " + firstLetter(p.first) + ".";
  else if (form == "LF") v = upper15(p.last + ", " + p.first);
  else if (form == "LFM") v = upper15(p.last + ", " + p.first + " " + p.initial);
  else if (form == "Lf") v = upper15(p.last) + ", " + p.first;
  else if (form == "UP") v = upper15(p.first + " " + p.last);
  else if (form == "LAST") v = upper15(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "middle") v = p.middle;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower15(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower15(p.first);
  else if (form == "lowlast") v = lower15(p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

// Dates in the US styles of this health system's records.
void writeDate(Ctx15& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "mdyyd", "iso", "long", "mon", "monnc",
                                                   "md", "mil", "compact", "ord", "mdy0"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths15[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon15[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "mdyyd") v = pad2(m) + "-" + pad2(d) + "-" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "mon") v = mon + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "monnc") v = mon + " " + std::to_string(d) + " " + std::to_string(y);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "md0") v = pad2(m) + "/" + pad2(d);
  else if (style == "mil") v = pad2(d) + upper15(mon) + std::to_string(y);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "ord") v = month + " " + std::to_string(d) + ordSuffix(d);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "my0") v = pad2(m) + "/" + std::to_string(y);
  else if (style == "spoken") v = month + " " + ordinalWord(d) + " " + yearWords(y);
  else throw std::logic_error("unknown date style " + style);
  put(x, "date", v);
}

void writeAge(Ctx15& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  const bool phi = age > 89;
  std::string value = std::to_string(age), after;
  if (form == "yo") after = "-year-old";
  else if (form == "y/o") after = " y/o";
  else if (form == "yo2") after = "yo";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "slash") after = female ? " y/o F" : " y/o M";
  else if (form == "yrs") after = " years old";
  else if (form == "yoa") after = " years of age";
  else if (form == "words") { value = words(age); after = "-year-old"; }
  else if (form == "wordsbare") value = words(age);
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 5)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return "(" + a + ")" + e + "-" + l;
    case 4: return "1-" + a + "-" + e + "-" + l;
    default: return a + " " + e + " " + l;
  }
}

std::string randomTen(Random& r) {  // no N11 area codes
  return std::to_string(r.between(2, 9)) + std::to_string(r.between(0, 8)) + r.digits(1) + std::to_string(r.between(2, 9)) +
         r.digits(6);
}

// The relatives' numbers abroad, by the family's language.
std::string abroad(Random& r, std::size_t lang) {
  switch (lang) {
    case 0: return r.chance(0.5) ? "+52 55 " + r.digits(4) + " " + r.digits(4) : "+502 " + r.digits(4) + " " + r.digits(4);
    case 1: return "+84 9" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4);
    case 2: return "+252 61 " + r.digits(3) + " " + r.digits(4);
    case 3: return "+509 3" + r.digits(1) + " " + r.digits(2) + " " + r.digits(4);
    case 4: return "+63 917 " + r.digits(3) + " " + r.digits(4);
    case 5: return r.chance(0.5) ? "+962 7 " + r.digits(4) + " " + r.digits(4) : "+20 10 " + r.digits(4) + " " + r.digits(4);
    case 6: return "+7 9" + r.digits(2) + " " + r.digits(3) + "-" + r.digits(2) + "-" + r.digits(2);
    case 7: return "+82 10-" + r.digits(4) + "-" + r.digits(4);
    default: return r.chance(0.5) ? "+852 " + r.digits(4) + " " + r.digits(4) : "+86 20 " + r.digits(4) + " " + r.digits(4);
  }
}

std::string email(Random& r, const Person15& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l; break;
    case 2: local = l + f.substr(0, 1) + std::to_string(r.between(1, 99)); break;
    case 3: local = f + l + std::to_string(r.between(60, 99)); break;
    default: local = f + "_" + l; break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail15) : std::span<const std::string_view>(kMail15));
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string zipPlus4(const Cast15& c, const Patient& p) { return p.zip.size() == 10 ? p.zip : p.zip + "-" + c.zip4; }

std::string sentence15(Random& r);

void placeholder(Ctx15& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast15& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (isPerson(head)) {
    writeName(x, who(c, head), std::string(form));
  } else if (head == "rel") {
    say(x, c.k1rel);
  } else if (head == "Rel") {
    say(x, static_cast<char>(std::toupper(static_cast<unsigned char>(c.k1rel[0]))) + c.k1rel.substr(1));
  } else if (head == "title") {
    say(x, p.female ? (r.chance(0.5) ? "Ms." : "Mrs.") : "Mr.");
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "He") {
    say(x, p.female ? "She" : "He");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "His") {
    say(x, p.female ? "Her" : "His");
  } else if (head == "him") {
    say(x, p.female ? "her" : "him");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "sexw") {
    say(x, p.female ? "female" : "male");
  } else if (head == "boygirl") {
    say(x, p.female ? "Girl" : "Boy");
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) {
      static constexpr std::string_view kDob[] = {"mdy0", "mdy0", "mdy", "iso", "long", "mil", "compact", "mon"};
      style = std::string(r.pick(std::span<const std::string_view>(kDob)));
    }
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2022, 2026), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "wdmd") {  // a weekday (outside) and a month/day (inside)
    say(x, pickS(r, kWeekday15) + " ");
    writeDate(x, 2025, r.between(1, 12), r.between(1, 28), r.chance(0.8) ? "md" : "md0");
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {
    say(x, std::to_string(r.between(19, 88)));
  } else if (head == "kidage") {
    say(x, std::to_string(r.between(2, 17)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r, c.lang));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    const std::string_view whom = form.empty() ? std::string_view("pt") : form;
    put(x, "email", email(r, who(c, whom), whom[0] == 's'));
  } else if (head == "ssn") {
    std::string s = p.ssn;
    if (form == "plain" || (form.empty() && r.chance(0.25))) s = s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4);
    put(x, "ssn", s);
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "mrn2") {  // the newborn's own record number
    put(x, "mrn", "E" + r.digits(8));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "har") {
    put(x, "account", "H" + r.digits(9));
  } else if (head == "csn") {
    put(x, "account", "1" + r.digits(9));
  } else if (head == "fin") {
    put(x, "account", r.digits(4) + "-" + r.digits(5));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", r.digits(6) + "-" + r.letters(2));
  } else if (head == "mcaid") {
    put(x, "health_plan", r.letters(2) + r.digits(8));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : r.letters(1) + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(2) + "-" + r.digits(3));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {
    put(x, "device", r.letters(2) + r.digits(8));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", p.plate);
  } else if (head == "url") {
    const std::string slug = fold(c.pt.first) + "-" + fold(c.pt.last);
    switch (form == "video" ? r.between(0, 1) : form == "blog" ? 2 : r.between(0, 2)) {
      case 0: put(x, "url", "https://mychart.lakemont-health.example.org/visit/join?pt=" + p.id.substr(1) + "&k=" + r.digits(6)); break;
      case 1: put(x, "url", "https://lakemont.example.zoom.us/j/" + r.digits(10)); break;
      default: put(x, "url", "www.caringbridge.example.org/visit/" + slug); break;
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      put(x, "ip", "2600:1700:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r));
    } else {
      std::string v = "2607:fb90:" + hex4(r);
      for (int k = 0; k < 5; ++k) v += ":" + hex4(r);
      put(x, "ip", v);
    }
  } else if (head == "street") {
    put(x, "address", c.street);
  } else if (head == "addr") {  // one line, city and state inside, maybe the ZIP
    put(x, "address", c.street + ", " + c.city + ", " + c.state);
    if (r.chance(0.7)) {
      say(x, " ");
      put(x, "zip", p.zip);
    }
  } else if (head == "addrz") {
    put(x, "address", c.street + ", " + c.city + ", " + c.state);
    say(x, " ");
    put(x, "zip", p.zip);
  } else if (head == "addr4") {
    put(x, "address", c.street + ", " + c.city + ", " + c.state);
    say(x, " ");
    put(x, "zip", zipPlus4(c, p));
  } else if (head == "addr3") {  // a block: street line, then "City, ST ZIP"
    put(x, "address", c.street);
    say(x, "\n");
    put(x, "address", c.city + ", " + c.state);
    say(x, " ");
    put(x, "zip", r.chance(0.5) ? zipPlus4(c, p) : p.zip);
  } else if (head == "city") {
    put(x, "address", c.city);
  } else if (head == "cityst") {
    put(x, "address", c.city + ", " + c.state);
  } else if (head == "state") {
    say(x, c.state);
  } else if (head == "zip") {
    put(x, "zip", p.zip);
  } else if (head == "zip4") {
    put(x, "zip", zipPlus4(c, p));
  } else if (head == "fac") {
    say(x, pickS(r, kFac15));
  } else if (head == "ward") {
    say(x, pickS(r, kWard15));
  } else if (head == "payer") {
    say(x, pickS(r, kPayer15));
  } else if (head == "pharm") {
    say(x, pickS(r, kPharm15));
  } else if (head == "room") {
    say(x, std::to_string(r.between(2, 9)) + std::to_string(r.between(10, 48)) + (r.chance(0.3) ? "B" : ""));
  } else if (head == "lot") {
    say(x, r.letters(2) + r.digits(4) + r.letters(1));
  } else if (head == "acc") {
    say(x, "CT" + r.digits(8));
  } else if (head == "case") {
    say(x, "S" + std::to_string(r.between(22, 26)) + "-" + r.digits(5));
  } else if (head == "lang") {
    say(x, std::string(kLang15[c.lang].language));
  } else if (head == "country") {
    say(x, std::string(kLang15[c.lang].country));
  } else if (head == "phrase") {
    say(x, std::string(kLang15[c.lang].phrase));
  } else if (head == "s") {
    say(x, sentence15(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

// Expands {key} placeholders of a pattern; literal text is written as it stands.
void expand(Ctx15& x, std::string_view pattern) {
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
// words, scores, doses, rooms, lot numbers, codes, years alone, ages of 89 or less and of other
// people, times, lab values, hospital and ward names, months and weekdays that are not dates.
std::string sentence15(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 450));
  switch (r.between(0, 51)) {
    case 0: return "History of Hodgkin lymphoma in 2009, treated with ABVD, in remission.";
    case 1: return "Parkinson disease on Sinemet 25/100 three times daily; tremor worse in the afternoon.";
    case 2: return "Murphy sign negative; no Cullen or Grey Turner sign.";
    case 3: return "Eliquis 5 mg BID held since Sunday for the procedure.";
    case 4: return "Na " + std::to_string(r.between(126, 145)) + ", K " + std::to_string(r.between(3, 5)) + "." + n1 + ", Cr 1." + n2 + ", BUN " + n2 + ".";
    case 5: return "Braden " + std::to_string(r.between(10, 22)) + ", Morse Fall Scale " + std::to_string(r.between(0, 95)) + "; bed alarm on.";
    case 6: return "Foley removed at 0600, voided x2 since.";
    case 7: return "Dexcom G7 on the left arm, FreeStyle Libre not covered by the plan.";
    case 8: return "Entresto 24/26 mg BID and Jardiance 10 mg daily restarted.";
    case 9: return "PHQ-9 " + std::to_string(r.between(0, 27)) + ", GAD-7 " + std::to_string(r.between(0, 21)) + ", AUDIT-C " + n1 + ".";
    case 10: return "COWS " + n2 + " at 14:20; Suboxone 4 mg SL given, repeat COWS in 1 hour.";
    case 11: return "Narcan kit dispensed, NDC 69547-353-02, lot " + r.letters(2) + r.digits(4) + ".";
    case 12: return "Lachman and McMurray negative; Ottawa knee rules negative.";
    case 13: return "Tinel and Phalen positive at the right wrist; EMG ordered.";
    case 14: return "Romberg positive, Babinski downgoing bilaterally.";
    case 15: return "Room " + std::to_string(r.between(2, 9)) + n2 + ", bed 2; contact precautions for C. diff.";
    case 16: return "ICD-10 F11.20 and Z79.891; CPT 99214 with modifier 25.";
    case 17: return "HCPCS J0571 billed for the buprenorphine; no prior auth needed.";
    case 18: return "Seen Tuesday by Gates 5 team; transfer to Kessler Pavilion on Friday if stable.";
    case 19: return "Her husband, " + std::to_string(r.between(60, 88)) + ", has early Alzheimer disease.";
    case 20: return "Apgars 8 and 9; Ballard consistent with 39 weeks.";
    case 21: return "Bishop score " + n1 + "; Pitocin started at 2 mU/min at 21:00.";
    case 22: return "EPDS " + std::to_string(r.between(0, 24)) + "; denies thoughts of self-harm.";
    case 23: return "Hemoglobin A1c " + std::to_string(r.between(5, 11)) + "." + n1 + "%, LDL " + n2 + ", TSH 2." + n1 + ".";
    case 24: return "CHA2DS2-VASc " + n1 + ", HAS-BLED 2; Watchman discussed.";
    case 25: return "Wells score 1.5, PERC negative; D-dimer " + n3 + " ng/mL.";
    case 26: return "Graves disease s/p RAI in 2011, on Synthroid 112 mcg.";
    case 27: return "Mallampati II, ASA 3, last ate at 19:00 yesterday.";
    case 28: return "Keytruda cycle 6 today; TSH and cortisol checked.";
    case 29: return "Humira 40 mg every other week for Crohn disease since 2018.";
    case 30: return "Wound VAC at 125 mmHg continuous; Mepilex to the heels.";
    case 31: return "Port-a-Cath accessed with a 20 g Huber needle, good blood return.";
    case 32: return "Guillain-Barré ruled out; CSF protein " + n2 + ", cells 2.";
    case 33: return "Dupuytren contracture of the right ring finger, not bothersome.";
    case 34: return "March of Dimes handout given; WIC appointment made.";
    case 35: return "May take Tylenol 650 mg every 6 hours; no Motrin with the Eliquis.";
    case 36: return "Denver II and ASQ-3 normal for age; speech clear to strangers.";
    case 37: return "Lead level <3, hemoglobin 11." + n1 + ", fluoride varnish applied.";
    case 38: return "CIWA " + n1 + "; Ativan not needed overnight; thiamine 100 mg daily.";
    case 39: return "Seroquel 25 mg at bedtime PRN agitation; Haldol avoided given QTc " + std::to_string(r.between(430, 499)) + ".";
    case 40: return "Keppra 500 mg BID after the seizure in April; no driving for six months per state law.";
    case 41: return "Richmond Agitation-Sedation Scale -1, CAM-ICU negative.";
    case 42: return "Mother, " + std::to_string(r.between(45, 80)) + ", with type 2 diabetes; father died at " + std::to_string(r.between(50, 85)) + " of an MI.";
    case 43: return "Oxygen weaned to 2 L nasal cannula; SpO2 " + std::to_string(r.between(90, 99)) + "% at 03:00.";
    case 44: return "Ozempic 0.5 mg weekly started in January; weight down " + n1 + " kg.";
    case 45: return "Pleurx drained 600 mL on Wednesday; next drainage Saturday.";
    case 46: return "Raynaud phenomenon and Sjögren syndrome followed by rheumatology.";
    case 47: return "Crisis line 988 and 911 reviewed with the patient.";
    case 48: return "Ages and Stages done; Edinburgh score to be repeated at the 2-month visit.";
    case 49: return "Plavix 75 mg daily after the Xience stent in 2021.";
    case 50: return "Pager 4" + r.digits(3) + " for the night float; ext 7" + r.digits(3) + " for the charge nurse.";
    default: return "Lasix 40 mg IV x1 with 1.2 L out; weight " + std::to_string(r.between(45, 130)) + "." + n1 + " kg.";
  }
}

struct Template15 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template15 kTemplates15[] = {
    {"admission_h_and_p", false,
     "ADMISSION H&P - {fac}, {ward}\nPatient: {pt.LF}   EMRN {mrn}   HAR {har}\nDOB: {dob}   Age: {age.yrs}   "
     "Sex: {sexw}\nAttending: {s1.full}, MD   Senior resident: {s2.full}, MD\n\nCC: shortness of breath x3 days\n"
     "HPI: {pt.first} is a {age.yo} {sexw} with HFrEF who presents with orthopnea. Per {his} {rel} {k1.first}, "
     "{he} stopped the Lasix two weeks ago. {s}\nPCP: Dr. {s3.last}.\nSocial: lives with {rel} {k1.full} at "
     "{addr}. Never smoker.\nA/P: {s} {s}\nd/w {s1.last}, who agrees.\n"},
    {"soap_progress", false,
     "PROGRESS NOTE (SOAP)  HD#3  {date.md}\nS: {pt.first} slept poorly; {his} {rel} ({k1.first}) brought in "
     "{his} CPAP from home. Denies chest pain.\nO: T 37.9, HR 104, BP 118/64, SpO2 94% on 2 L. {s}\nA: {s}\n"
     "P: continue cefepime; PT/OT; {s6.last} (SW) to follow up on SNF options. OK per {s1.last}.\n"
     "{s2.full}, MD, PGY-2\n"},
    {"discharge_summary", false,
     "DISCHARGE SUMMARY\n{pt.UP}   MRN {mrn}   CSN {csn}\nAdmitted: {date.mdy0}   Discharged: {date.mdy0}\n"
     "Discharging provider: {s1.fml}, MD\nDisposition: home with home health.\nHospital course: {title} "
     "{pt.last} is a {age.words} {sexw} admitted with urosepsis. {s} {s}\nFollow-up: {s3.full}, MD (PCP) in 1 "
     "week; clinic {cphone}.\nThe patient's {rel}, {k1.full}, was present for teaching and asked for a copy at "
     "{email.k1}.\n"},
    {"ed_triage", false,
     "ED TRIAGE  {date.mon} 02:41  ESI 2\n{age.sex} BIBA (Medic 14) from {street}, {city} after a fall at home. "
     "Identified as {pt.Lf} per wristband. {s}\nAccompanied by: {k1.full} ({rel}), cell {phone2}\n"
     "Triage RN: {s5.full}\n"},
    {"radiology_ct_head", false,
     "EXAM: CT HEAD WITHOUT CONTRAST\nACCESSION: {acc}   MRN: {mrn}\nPATIENT: {pt.LFM}   DOB: {dob.mdy0}\n"
     "ORDERING: {s2.lfi}\nCLINICAL HISTORY: fall, on Eliquis.\nCOMPARISON: {date.mdy0}.\nFINDINGS: {s}\n"
     "IMPRESSION: No acute intracranial hemorrhage.\nResults discussed with {s2.full} by {s1.last} at 03:12 on "
     "{date.mdy0}, with read-back.\nElectronically signed: {s1.full}, MD\n"},
    {"surgical_pathology", false,
     "SURGICAL PATHOLOGY REPORT   Case {case}\nPatient: {pt.LF} ({sex})   DOB {dob.iso}\nMRN {mrn}   "
     "Collected {date.compact}   Received {date.compact}\nSubmitting physician: {s3.full}, MD\nGROSS: Received "
     "in formalin, labeled \"{pt.UP}\" and \"sigmoid colon\", a 22 cm segment of colon.\nDIAGNOSIS: "
     "adenocarcinoma, moderately differentiated, pT3 N1a. {s}\nPathologist: {s4.full}, MD   Copy faxed to {fax}\n"},
    {"sbar_handoff", false,
     "SBAR HANDOFF  {ward} rm {room}\nS: {pt.first} {pt.last}, {age.slash}, POD 1 L TKA, new confusion "
     "overnight.\nB: {s}\nA: {s}\nR: recheck Na at 0600; page {s2.last} if SBP < 90.\n{k1.first} ({rel}) at "
     "bedside overnight, number on the whiteboard: {ph7}.\nGiven by {s5.first} to {s6.first} at 1900.\n"},
    {"med_reconciliation", false,
     "MEDICATION RECONCILIATION  {date.mdy}\nSources: patient, {rel} {k1.full}, {pharm} ({ph7}), fill "
     "history\nHome meds:\n- Eliquis 5 mg BID (last dose per {k1.first}: yesterday AM)\n- metoprolol succinate "
     "50 mg daily\n- Ozempic 1 mg weekly, {pt.first} reports holding x2 weeks\n{s}\nReconciled by {s4.full}, "
     "PharmD\n"},
    {"referral_letter", false,
     "Northgate Family Medicine\n{date.long}\n\n{s3.full}, MD\nGastroenterology Associates\n\nRe: {pt.full}   "
     "DOB {dob.mdy0}\n\nDear Dr. {s3.last},\n\nThank you for seeing my patient {pt.first} {pt.last} for "
     "iron deficiency anemia. {s} {s}\n{His} {rel}, {k1.first}, usually drives {him}; the best number is "
     "{phone2}. Please fax your note to {fax}.\n\nSincerely,\n{s1.full}, DO\n"},
    {"id_consult", false,
     "INFECTIOUS DISEASES CONSULT  {date.mdy}\nRequesting: {s2.fi} (hospitalist)\nReason: MSSA bacteremia\n"
     "Thank you for this consult on {title} {pt.last}. {s} Discussed with {his} {rel} by phone ({phone2}); "
     "{k1.first} agrees with the TEE.\nRecs: cefazolin 2 g q8h x 6 weeks via PICC. Will follow.\n{s3.full}, MD "
     "(ID fellow); seen with {s1.last}\n"},
    {"portal_message_patient", true,
     "mychart message  {date.mdy}  from: {pt.low}\nsubject: refill + question\n\nhi dr {s3.last} its "
     "{pt.first}. can you send my lisinopril to the {pharm} by my house? also my {rel} {k1.first} wants to "
     "know if i can fly on {date.md}. you can call {k1.first} at {phone2} or email {email.k1}\n"},
    {"portal_reply_nurse", false,
     "Patient portal reply - {date.mon}\nHi {pt.first},\nDr. {s3.last} reviewed your message. Your A1c was "
     "7.2, better than in March. {s}\nPlease bring your Dexcom receiver (serial {dev}) to the visit on {wdmd}. If you would rather do a video "
     "visit, use {url.video}\n{s5.full}, RN, care team of {s3.fi}\n"},
    {"care_coordination_call", false,
     "CARE COORDINATION  {date.mdy}\nCalled {pt.last} back re: rides to dialysis. LVM x1 at {phone}. {s5.last} "
     "called again at 14:10 and reached {rel} {k1.first}, who says {pt.first} now stays with {k2.first} in "
     "{cityst}. {s6.last} to follow up on the Medicaid cab (ID {mcaid}).\n"},
    {"case_management_dc_plan", false,
     "CASE MANAGEMENT - DISCHARGE PLANNING\nPt: {pt.lf}   Acct {acct}\nPayer: {payer}   Member ID {plan}   "
     "Group {group}\nPlan: SNF; referrals sent to Briarwood Manor, Cedar Hollow and St. Anselm. {s}\n"
     "POA {k1.full} ({rel}) prefers a facility near {city}. Contact {phone2}.\n{s6.full}, LCSW\n"},
    {"home_health_visit", false,
     "HOME HEALTH SKILLED NURSING VISIT\nVisit date: {date.mdy0}   Time in 09:05 / out 09:55\nPatient: "
     "{pt.full}   Address: {addr}\nHomebound: leaves home only for dialysis. {s}\n{k1.first} ({rel}) present "
     "and giving the Lovenox. Dog secured.\nNext visit {wdmd}. {s5.full}, RN\n"},
    {"pt_evaluation", false,
     "PHYSICAL THERAPY EVALUATION\nPt: {pt.fml}   DOB {dob.mdy}\nDx: R hip fx s/p ORIF on {date.md}\nPLOF: "
     "independent; two-story home at {street} with {rel} {k1.first}; 4 steps to enter, L rail.\nObjective: {s}\n"
     "Assessment: {s}\nGoals: ambulate 150 ft with RW, mod I, in 2 weeks.\n{s4.full}, PT, DPT\n"},
    {"ot_treatment", false,
     "OT TREATMENT NOTE {date.md}\n{pt.first} seen bedside for ADL retraining. {s} {Rel} {k1.first} watched "
     "the tub transfer bench teaching and will buy one at Menards. {s}\nPlan: continue 5x/week. {s4.first} "
     "{s4.last}, OTR/L\n"},
    {"slp_swallow", false,
     "SPEECH-LANGUAGE PATHOLOGY - BEDSIDE SWALLOW\n{pt.LF}   {mrn}   Room {room}, {ward}\n{s} Trials: thin by "
     "cup, coughing; nectar-thick, clear.\nRec: MBSS; nectar-thick liquids; meds crushed in puree. Taught "
     "{rel} ({k1.first}) and RN {s5.last}.\n{s4.full}, MS, CCC-SLP\n"},
    {"ld_triage", false,
     "L&D TRIAGE  {date.mdy} 03:20\n{pt.first} {pt.last}, G3P2002 at 39w1d, contractions q4min since midnight. "
     "{s}\nSupport person: FOB {k1.full}, cell {phone2}\nPrenatal care with {s3.full}, CNM, at Riverbend "
     "Women's Clinic.\nPlan: admit for labor. {s2.last} aware.\n"},
    {"delivery_note", false,
     "DELIVERY NOTE\nMother: {pt.LF}   MRN {mrn}\nInfant: Baby {boygirl} {pt.last}   MRN {mrn2}\nDelivered "
     "{date.mdy0} at 04:17, NSVD, Apgars 8/9, 3,410 g. {s}\nPediatrician: {s3.full}, MD. {k1.first} cut the "
     "cord.\n{s1.full}, MD (OB)\n"},
    {"nicu_admission", false,
     "NICU ADMISSION\nInfant of {pt.full} (MRN {mrn})\nBorn {date.mdy0} at 31w4d, BW 1,620 g. {s}\nMother's "
     "cell {phone}; partner {k1.first} {k1.last} at bedside. Milk plan discussed with lactation ({s5.first}, "
     "IBCLC).\nNeonatologist: {s1.full}, MD\n"},
    {"well_child_visit", false,
     "WELL CHILD VISIT - 4 YEARS  {date.mdy}\nPatient: {pt.first} {pt.last}   Accompanied by: mom ({k1.first}) "
     "and grandmother {k2.first}\nGrowth: weight 50th %ile, height 60th %ile. Vision 20/30 OU. {s}\n"
     "Development: ASQ-3 passed. School: Pre-K at Lincoln Elementary.\nParent e-mail for school forms: "
     "{email.k1}\n{s3.full}, MD\n"},
    {"postpartum_visit", false,
     "POSTPARTUM VISIT, 6 WEEKS  {date.mdy}\n{pt.first} here with baby {k2.first} and partner {k1.first}. "
     "{s} Breastfeeding well, IBCLC {s5.first} following. Nexplanon placed L arm, lot {lot}.\n{s3.full}, CNM\n"},
    {"bh_intake", false,
     "BEHAVIORAL HEALTH INTAKE\nClient: {pt.full}   DOB {dob.mdy0}   EMRN {mrn}\nReferred by: {s3.fi} (PCP)\n"
     "Presenting problem: {s}\nC-SSRS negative. {s}\nSupports: {rel} {k1.first}; best friend {k2.full}. Client "
     "consents to calls to {k1.first} at {phone2}.\nClinician: {s6.full}, LCSW\n"},
    {"addiction_medicine", false,
     "ADDICTION MEDICINE FOLLOW-UP {date.mdy}\n{pt.first} seen for OUD on Suboxone 16/4 mg daily. UDS + bup, "
     "- fentanyl. PDMP reviewed. {s}\nSupports: NA 3x/week, sponsor {k2.first}. Lives at {street}; {rel} "
     "{k1.first} keeps the Narcan.\nNext visit 2 weeks. {s3.full}, MD; {s6.first} {s6.last}, CADC\n"},
    {"peer_recovery", false,
     "PEER RECOVERY NOTE {date.md}\nMet {pt.first} in the ED after a Narcan reversal. {He} agreed to call me "
     "on the work cell {ph7}. {His} mom {k1.first} came at 03:00. {s}\n{s6.first} {s6.last}, CPRS\n"},
    {"preop_checklist", false,
     "PRE-OP CHECKLIST  OR 7  {date.mdy}\n[x] Identity verified: {pt.LF}, DOB {dob.mdy0}\n[x] Consent signed, "
     "site marked by {s1.last}\n[x] NPO since 00:00   [x] Type and screen\nRide home: {rel} {k1.full}, "
     "{phone2}\nPre-op RN: {s5.fi}\n"},
    {"anesthesia_record", false,
     "ANESTHESIA RECORD\nPatient: {pt.Lf}   {age.sex}   ASA 3   MRN {mrn}\nDate: {date.iso}   Procedure: L "
     "TKA   Anesthesia: spinal + MAC\nAnesthesiologist: {s1.full}, MD   CRNA: {s2.full}, CRNA\n{s}\nHandoff to "
     "PACU RN {s5.last} at 10:42.\n"},
    {"advance_directive", false,
     "ADVANCE DIRECTIVE FOR HEALTH CARE\nI, {pt.full}, born {dob.long}, being {age.wordsbare} years of age, "
     "residing at\n{addr3}\nappoint my {rel}, {k1.full}, phone {phone2}, as my health care agent. If "
     "{k1.first} is not available, I appoint {k2.full}.\nI do not want CPR or a feeding tube if I am "
     "terminally ill.\nSigned {date.long}. Witnesses: {s5.full}; {s6.full}\n"},
    {"polst_form", false,
     "POLST - Physician Orders for Life-Sustaining Treatment\nPatient last name: {pt.last}   First: "
     "{pt.first}   Middle: {pt.middle}\nDOB: {dob.mdy0}   Gender: {sex}\nA. CPR: Do Not Attempt Resuscitation\n"
     "B. Selective treatment\nDiscussed with: {rel} {k1.full} (agent)\nPhysician: {s1.full}, MD   Phone "
     "{cphone}\nSigned {date.mdy0}\n"},
    {"interpreter_visit", false,
     "Clinic visit {date.mdy} with a {lang} interpreter ({s6.first}, ID 40917, by video).\n{pt.full} came with "
     "{his} {rel} {k1.first}. {He} describes the pain as {phrase}. {s}\nFamily in {country}: {k2.first}, "
     "{intl}.\nSeen by {s3.full}, MD\n"},
    {"interpreter_phone_call", false,
     "TELEPHONE ENCOUNTER {date.mdy} via {lang} phone interpreter #22817\nCalled {pt.last} at {phone} to give "
     "the CT result. {pt.first} asked us to also call {his} {rel} {k1.first} at {phone2}. {s}\nInterpreter "
     "read back the plan. -- {s5.fi}, RN\n"},
    {"interpreter_consent", false,
     "INFORMED CONSENT - interpreted\nPatient: {pt.fmid}   MRN {mrn}\nLanguage: {lang}; interpreter "
     "{s6.full} present in person.\nProcedure: cardiac catheterization. Risks explained, teach-back done. "
     "{He} signed; {rel} {k1.full} witnessed.\nPhysician: {s1.full}, MD   {date.mdy0}\n"},
    {"interpreter_dc_teaching", false,
     "DISCHARGE TEACHING ({lang})\n{pt.first} and {his} {rel} {k1.first} taught insulin pen use with "
     "interpreter {s6.first}. Teach-back good. {s}\nInstructions printed in {lang}. Relatives in {country} "
     "asked for updates by WhatsApp, {intl}.\n{s5.full}, RN\n"},
    {"interpreter_family_meeting", false,
     "FAMILY MEETING  {date.long}  {ward} conference room\nPresent: {k1.full} ({rel}), {k2.full}, "
     "{s1.full} (attending), {s6.full} ({lang} interpreter), chaplain\nTopic: goals of care for {pt.first}. "
     "{s} Family asked to phone a brother in {country} ({intl}) before deciding.\n"},
    {"interpreter_pediatric", false,
     "PEDIATRIC SICK VISIT {date.mdy}\n{pt.first} {pt.last} brought by mom {k1.first}, {lang} interpreter "
     "{s6.first} by phone. Fever x2 days, ear pulling. {s}\nDx: AOM, amoxicillin 90 mg/kg/day. Mom's cell "
     "{phone2}; grandmother in {country} {intl}.\n{s3.full}, MD\n"},
    {"prior_auth_letter", false,
     "{payer} - Utilization Management\nPRIOR AUTHORIZATION REQUEST\nMember: {pt.lf}   Member ID {plan}   "
     "Group {group}\nDOB: {dob.mdy0}\nRequest: MRI lumbar spine (CPT 72148), ICD-10 M54.16\nClinical "
     "summary: {s} Failed six weeks of PT with {s4.full}, DPT. {s}\nRequesting provider: {s3.full}, MD   Fax "
     "{fax}\n"},
    {"release_of_information", false,
     "AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION\nPatient name: {pt.full}   Previous name: {pt.first} "
     "{k2.last}\nDOB: {dob.mdy0}   SSN: {ssn.plain}   MRN: {mrn}\nRelease to: {k1.full}\n{addr3}\nPurpose: "
     "personal use. Records from {date.my0} to present.\nPhoto ID checked: driver license {lic} ({state}).\n"
     "Signature: {pt.full}   Date: {date.mdy}\n"},
    {"insurance_verification", false,
     "INSURANCE VERIFICATION - Patient Access\nGuarantor: {k1.lf} ({rel})   Patient: {pt.lf}\nPrimary: "
     "{payer}   Subscriber ID {plan}   Group {group}\nSecondary: Medicaid   ID {mcaid}\nFIN {fin}   Guarantor "
     "SSN {ssn}\nVerified {date.mdy}; copay $30. Called the guarantor at {phone2}.\nRep: {s6.first}\n"},
    {"dictation_h_and_p", false,
     "DICTATED NOTE, transcribed verbatim\nthis is doctor {s1.last} dictating an admission history and "
     "physical on {pt.first} {pt.last} comma date of birth {dob.spoken} period new paragraph the patient is a "
     "{age.words} {sexw} comma seen with {his} {rel} {k1.first} comma who reports two days of confusion period "
     "new paragraph {s} new paragraph plan colon admit to {ward} period end of dictation\nD: {date.mdy}  T: "
     "{date.mdy}  Job 448120\n"},
    {"dictation_clinic_letter", false,
     "Dictated but not read.\nDear Doctor {s3.last} comma\nI had the pleasure of seeing {pt.first} {pt.last} "
     "today for {his} Parkinson disease period {He} came with {his} {rel} comma {k1.first} comma who notes more "
     "falls period {s} new paragraph next appointment {date.spoken} period\nsincerely comma {s1.full} comma MD\n"},
    {"transfer_center_log", false,
     "TRANSFER CENTER CALL LOG\n{date.iso}T21:52 incoming from Mercy Fields Hospital, ED physician {s2.full}, "
     "MD, callback {cphone}\nPatient: {pt.UP}, {age.yo2}, STEMI s/p lytics. {s}\nAccepted by {s1.last} "
     "(cardiology). Bed CVICU {room}. Flight 3, ETA 40 min.\nFamily: {rel} {k1.first} driving from {cityst}.\n"},
    {"video_visit_log", false,
     "VIDEO VISIT CONNECTION LOG  {date.iso} 13:02\nPatient {pt.fi} joined from {ip6}; provider {s3.fi} "
     "joined from {ip}\n13:09 reconnected from {ip6}\nLink: {url}\nConsent for video visit verbal; DOB {dob.mdy} "
     "confirmed.\n"},
    {"insulin_pump_start", false,
     "DIABETES EDUCATION - PUMP START\n{pt.full} and {his} {rel} {k1.first} trained on Omnipod 5 today. "
     "Controller serial {serial}; Dexcom G7 transmitter {dev}.\nBasal 0.8 u/h, I:C 1:10, ISF 1:45. {s}\n"
     "Supplies ship to {addr4}.\n{s5.full}, RN, CDCES\n"},
    {"trauma_mvc", false,
     "TRAUMA H&P - MVC\n{pt.first} {pt.last}, restrained driver, T-boned at about 40 mph on I-94. Airbags "
     "deployed. {s}\nFrom the state patrol: plate {plate}, VIN {vin}\nDriver license {lic} in the wallet; "
     "identity confirmed with {rel} {k1.first} at {phone2}.\n{s2.full}, MD (trauma)\n"},
    {"public_safety_vehicle", false,
     "PUBLIC SAFETY - VEHICLE LOG  {date.mdy}\nCar towed from the ED ambulance bay: plate {plate}, VIN {vin}. "
     "Owner per the patient: {pt.full} (ED bed 14). Keys with {rel} {k1.first}.\nOfficer {s6.last}\n"},
    {"nursing_shift_note", false,
     "NURSING SHIFT NOTE 1900-0730\nPt A&Ox3. {Rel} ({k1.first}) at bedside until 2200. Pt states {s3.last} is "
     "{his} PCP and wants {s3.last} called. {s}\nPain 4/10, Norco x1 at 0115. Bed alarm on.\n{s5.ffi}, RN\n"},
    {"psychosocial_assessment", false,
     "PSYCHOSOCIAL ASSESSMENT\nHousehold:\n{k1.first} {k1.last} - {rel}, works nights\n{k2.first} - grandson, "
     "{kidage}\n{pt.first} - patient\nIncome SSDI. Rents at {street}, {city}; eviction notice. {s}\nReferred to "
     "Legal Aid. Will call {k1.first} back at {phone2}.\n{s6.full}, MSW\n"},
    {"care_team_table", false,
     "CARE TEAM\nRole           | Name                  | Contact\nAttending      | {s1.full} | pager 4417\n"
     "Resident       | {s2.full} | pager 4452\nPrimary RN     | {s5.full} | ext 6120\nCase manager   | "
     "{s6.full} | {cphone}\nFamily         | {k1.full} ({rel}) | {phone2}\nPatient: {pt.LF}, MRN {mrn}\n"},
    {"unit_census", false,
     "{ward} CENSUS {date.md} 0600\nRm   Patient                Age  Dx              Team\n{room} {pt.LF}  "
     "{age.sex}  CHF exac        {s1.last}\n{room} {o1.LF}  {yage}  cellulitis      {s2.last}\n{room} {o2.LF}  "
     "{yage}  DKA             {s1.last}\n"},
    {"sign_out_list", false,
     "NIGHT SIGN-OUT {date.md0}\n{pt.LAST} - {age.sex} - bed {room} - if SBP < 90 give 500 mL LR, call "
     "{s1.last}\n{o1.last} - {yage}F - bed {room} - f/u K at 2200\n{o2.first} {o2.last} - {yage}M - CIWA, "
     "Ativan PRN\nFrom {s2.first} to {s3.first}\n"},
    {"wound_ostomy_consult", false,
     "WOUND/OSTOMY CONSULT  {date.mdy}\n{title} {pt.last}: stage 3 sacral injury, 4.2 x 3.0 x 0.5 cm. {s}\n"
     "Plan: Medihoney, foam border, turns q2h. Taught {rel} {k1.first}.\n{s5.full}, BSN, CWON\n"},
    {"infusion_visit", false,
     "INFUSION VISIT  C4D1 FOLFOX  {date.mon}\n{pt.fml} arrived with {his} {rel}. Port accessed, lot {lot}. "
     "{s} Tolerated well.\nNext: C5D1 on {wdmd}. Questions to the oncology triage line {cphone}.\nRN {s5.last}; "
     "MD {s1.last}\n"},
    {"pharmacist_callback", false,
     "PHARMACY NOTE\nCalled {pt.last} back about Paxlovid and {his} atorvastatin; left a message on {ph7}. "
     "15:20 {pt.first} returned the call; told to hold the statin 8 days. Per {s3.last}, OK to continue "
     "amlodipine. {s}\n{s4.fi}, RPh\n"},
    {"voicemail_transcript", true,
     "voicemail transcription ({date.mdy} 7:42 pm)\nhi this is {k1.lowfirst} {k1.lowlast} um calling about my "
     "{rel} {pt.low} date of birth {dob.mdy} uh she was discharged {date.md} and the nurse never came. we live "
     "at {street} in {city}. call me at {phone2} or at work {ph7}. thanks bye\n"},
    {"staff_email_thread", false,
     "From: {email.s2}\nTo: {email.s6}\nSent: {date.long} 4:55 PM\nSubject: RE: dispo for bed 12\n\n{s6.first}, "
     "{pt.last} is medically ready. {His} {rel} {k1.first} wants {him} closer to {city}. Can you call back at "
     "{phone2}?\nThanks, {s2.first}\n\n> From: {email.s6}\n> {s2.first}, still waiting on the Humana auth.\n"},
    {"critical_value_call", false,
     "CRITICAL VALUE NOTIFICATION\n{date.mdy0} 04:12  Potassium 6.9 mmol/L\nPatient: {pt.LF}   MRN {mrn}   "
     "{ward} {room}\nCalled to: {s5.full}, RN   Read back: yes\nCalled by: {s4.first} (lab, ext 2210)\n"
     "Provider notified: {s2.last} at 04:18\n"},
    {"adt_registration", false,
     "REGISTRATION / ADT A04\nPID: {mrn}   NAME: {pt.LFM}   DOB: {dob.compact}   SEX: {sex}\nADDR: {addr4}\n"
     "SSN: {ssn.plain}   HOME PH: {phone}   EMAIL: {email}\nADMIT: {date.compact}   ACCT: {acct}   FC: "
     "Medicare\nNOK: {k1.LF} ({rel})   {phone2}\n"},
    {"patient_relations_complaint", false,
     "PATIENT RELATIONS - CONCERN\nReceived {date.mdy} from {k1.full}, {rel} of {pt.full} ({mrn}).\n{k1.first} "
     "says the night nurse on {ward} did not answer the call light for 40 minutes and that \"{pt.nick}\" (the "
     "family's name for {him}) fell. {s}\nReply by mail to {addr3}\nor by e-mail to {email.k1}.\nLiaison: "
     "{s6.full}\n"},
    {"hospice_recert", false,
     "HOSPICE RECERTIFICATION - benefit period 3\n{pt.lf}, a {age.words} {sexw}; dx: end-stage COPD. {s} "
     "PPS 40%, FAST not applicable.\nFace-to-face done {date.mdy} by {s3.full}, NP, at home ({street}).\n"
     "{Rel} {k1.first} is the primary caregiver; family updates at {url.blog}\nHospice physician: {s1.full}, MD\n"},
    {"chw_home_visit", false,
     "COMMUNITY HEALTH WORKER VISIT {date.mdy}\nVisited {pt.first} and {his} {rel} at {street}. Food pantry "
     "list left; SNAP application started. {s}\n{pt.first} \"{pt.nick}\" {pt.last} asked for a ride on "
     "{wdmd}; booked. Cell {phone}.\n{s6.full}, CHW\n"},
    {"secure_chat_lowercase", true,
     "secure chat - {ward}\n[14:02] {s5.first}: is {pt.last} in {room} still npo?\n[14:03] {s2.first}: yes until ir "
     "takes {him}. {rel} {k1.first} keeps calling, can u call back {ph7}\n[14:05] {s5.first}: ok. also {o1.last} "
     "in {room} wants tylenol\n[14:06] {s2.first}: fine, 650 q6 prn\n"},
    {"ob_dating_ultrasound", false,
     "OB ULTRASOUND - DATING\nPatient: {pt.lfi}   MRN {mrn}   G2P1\nLMP: {date.md}   EDD by LMP: {date.mdy0}   EDD by "
     "US: {date.mdy0}\nCRL 2.1 cm = 8w6d, FHR 164 bpm. Single IUP. {s}\nSonographer: {s5.first}, RDMS   Read by "
     "{s1.full}, MD\n"},
    {"appointment_reminder_text", false,
     "TEXT SENT {date.mdy} 08:00 to {phone}\nLakemont Health: Hi {pt.first}, this is a reminder of your visit with "
     "Dr. {s3.last} on {wdmd} at 9:40 AM. Reply C to confirm or R to reschedule. Questions? {cphone}\nREPLY "
     "{date.mdy} 08:14: C. this is {his} {rel} {k1.first}, I will bring {him}\n"},
    {"no_phi_soap_example", false, "SOAP EXAMPLE FOR STUDENTS\nS: {s}\nO: {s}\nA: {s}\nP: {s}\n"},
    {"no_phi_sbar_script", false, "SBAR script (unit education, 7 West)\nS: {s} B: {s} A: {s} R: {s}\n"},
    {"no_phi_preop_blank", false,
     "PRE-OP CHECKLIST (blank form)\n[ ] Identity verified with two identifiers\n[ ] Consent\n[ ] NPO\n{s}\n"},
    {"no_phi_ct_protocol", false, "CT protocol note: {s} {s}\n"},
    {"no_phi_home_exercise", false, "HOME EXERCISE PROGRAM\n1. {s}\n2. Heel slides 2 x 10.\n3. {s}\n"},
    {"no_phi_anticipatory_guidance", false,
     "Anticipatory guidance, 12 months: {s} {s} Car seat rear-facing; no honey before age 1.\n"},
    {"no_phi_anesthesia_plan", false, "Anesthesia plan: {s} {s}\n"},
    {"no_phi_case_conference", false,
     "Case conference: a {yage}-year-old with chest pain on a Monday in August. {s} {s}\n"},
};

}  // namespace

std::size_t fifteenthTemplateCount() { return std::size(kTemplates15); }

std::string_view writeFifteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                    std::size_t choice) {
  const Cast15 cast = makeCast15(seed, patientIndex);
  const Template15& t = kTemplates15[choice % std::size(kTemplates15)];
  Ctx15 x{builder, cast, t.lower};
  expand(x, t.pattern);
  return t.name;
}

std::string fifteenthSentence(Random& r) { return sentence15(r); }

}  // namespace concord::phi::corpus
