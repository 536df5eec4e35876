// The sixteenth family (kSixteenthSeed only): templates, look-alike sentences and name pools
// written by someone who had not seen the detector's rules, and never run against it while being
// written. Theme: records and correspondence from outside the hospital ward. Document styles:
// rural family-practice SOAP note, community health centre sliding-fee intake form with
// checkboxes, Indian Health Service clinic note, community health representative (CHR) home
// visit log with rural route and box addresses, purchased/referred care authorisation,
// Marshallese and Samoan clinic notes with interpreters and island phone numbers, COFA Medicaid
// eligibility letter, Alaska village health-aide encounter and medevac request, migrant
// farmworker outreach note, farmworker camp TB screening spreadsheet, heat-illness report,
// Spanish promotora note, Hmong family meeting note, school-based clinic visit and guardian
// consent, correctional sick-call request (handwritten, lower case), jail medication
// administration record, correctional transfer summary, long-term-care quarterly review,
// care-home incident report, visiting-nurse visit note, visiting-nurse schedule as CSV rows,
// home oxygen delivery ticket, dialysis treatment record, dialysis transport log, blood-donor
// deferral letter, blood-centre lookback notice, contact-tracing line list and interview script,
// medical examiner's investigative report and next-of-kin log, occupational-health injury note,
// hearing-conservation audiogram printout (fixed width), workplace drug-test custody form,
// telehealth video-visit transcript, telehealth chat, telehealth platform connection log and web
// intake form, pharmacy benefit manager prior-authorisation determination, PBM call-centre note,
// mail-order pharmacy shipping label, research registry CSV export and re-contact consent,
// medical-legal partnership intake and demand letter, disability-benefits consultative
// examination, fixed-width lab printout, e-mail thread with a forwarded header and signature
// blocks, SMS appointment reminders, voicemail transcription, "while you were out" sticky-note
// messages, home-visit prose, household roster, elder wellness-check list, volunteer ambulance
// run report, state immunization registry printout, transient dialysis request, medical
// examiner's property inventory, sports pre-participation form, staff group text, interpreter
// invoice, and nine kinds of note without PHI (one a clinic-wide text broadcast).
//
// Gold span conventions: the fourteenth family's (see the header of
// corpus_fourteenth_family.cpp, which restates the twelfth, tenth and ninth families'), restated
// briefly with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("HRN ", "DOB: ", "Booking #",
//    "member_id,"), quotes, brackets, CSV commas, fixed-width dot leaders and trailing
//    punctuation are outside.
//  * Names: titles and roles before a name ("Dr. ", "Dr ", "Mr ", "Ms ", "Mrs ", "Nurse ",
//    "CHR ", "Deputy ", "Sgt. ", "Investigator ", "Attorney ", "Pastor ", "Coach ") and kinship
//    words used as titles ("Grandma ", "Grandpa ", "Auntie ", "Uncle ", "Elder ", "Tutu ", "Tía ")
//    are outside; credentials after a name (", MD", ", DO", ", FNP-C", ", PA-C", ", RN", ", LPN",
//    ", CMA", ", CHW", ", CHR", ", CHA", ", MPH", ", LCSW", ", Esq.", ", CCHP", ", COHN-S",
//    ", D-ABMDI", ", BSN", ", CPhT", ", CCHT", ", DON", ", EMT-B", ", AEMT") are outside. A name
//    written in one piece is one span ("Shandiin Tsosie", "S. Tsosie", "Tsosie, Shandiin",
//    "TSOSIE, SHANDIIN", "Shandiin R. Tsosie", lower case in a text, chat or voicemail);
//    particles, apostrophes, hyphens, the Hawaiian ʻokina, accents and double surnames
//    ("García Lozano") are inside. A generational suffix written straight after the name ("Jr",
//    "Jr.", "Sr", "II", "III", "IV") is inside the span. A possessive "'s" is outside. A first
//    name alone, a surname alone and a nickname (quotes outside) are spans, also in running prose
//    with no title at all ("spoke w/ Tsosie", "Halvorsen's wife", "Begay and Yazzie both
//    present"), as the first word of a line and in lists and table cells. Eponyms naming a sign,
//    disease, score or procedure, drug and device brands, clinics, wards and months or weekdays
//    used as words are not PHI.
//  * Dates: the date only; a weekday before it and a time after it are outside; month/day
//    without a year, month/year, day-first and YYYYMMDD dates are dates; a year alone is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only, or the words
//    ("ninety-one"). Ages of 89 or less, and ages of other people, are not PHI.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, employers,
//    seven-digit local numbers, numbers in Mexico, Guatemala, Haiti, Jamaica, the Marshall
//    Islands, Samoa, the Philippines, Ghana, Ethiopia, India, Korea, Israel and Poland);
//    extensions are outside; numbers labelled fax are "fax"; 911, 988 and 711, four-digit
//    extensions and short codes of text services are not PHI.
//  * Identifiers: chart, health record (HRN), registry participant, blood-donor, booking and
//    inmate numbers and medical examiner case numbers are "mrn"; account, encounter, claim and
//    disability claim numbers are "account"; Medicaid, Medicare, member, group and tribal
//    purchased-care eligibility numbers are "health_plan" (an RxBIN, PCN or NDC is not PHI);
//    driver's licences, state ID cards and commercial driver's licences are "license"; serials
//    of pumps, sensors, concentrators, hearing aids, ankle monitors and phones (IMEI) are
//    "device"; VINs and plates are "vehicle". Lot numbers, blood-unit numbers, specimen and
//    chain-of-custody numbers, order and ticket numbers, rooms, cells, beds and chairs are not
//    PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; a rural address ("HC 61 Box 214", "PO Box 88", "Rural Route 2
//    Box 40") and a road location ("Mile 42 Elliott Hwy", "MP 118 Parks Hwy") are "address"
//    spans; in a multi-line address each line's part is its own span; a
//    city, town or village alone or "City, ST" is an "address" span; the ZIP (five digits or
//    ZIP+4) is always its own "zip" span.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_sixteenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// Name pools, the family's own, written by hand (checked by script against every other family's
// and corpus_values.cpp's quoted strings when written: apart from a few names the brief asked for
// and some given and family names that are also words, months or weekdays, none is shared).
constexpr std::string_view kGiven16[] = {
    "Shandiin", "Dezbah", "Talako", "Chepi", "Hototo", "Wanbli", "Tsianina", "Wynema", "Lenora", "Marlin", "Yanaba",
    "Ooljee", "Bidziil", "Naalnish", "Awentia", "Mahkah", "Makya", "Nodin", "Enapay", "Cetan", "Wichapi", "Zitkala",
    "Hinto", "Elsie Mae", "Darrell", "Rosella", "Alvina", "Lavina", "Wilbert", "Harlan", "Qaiyaan", "Aputi", "Nanuq",
    "Angayuk", "Uyuriuk", "Tulugaq", "Ciissaq", "Paniyavluk", "Aqpik", "Kunaq", "Saġġan", "Taqulik", "Ayaprun",
    "Nuyaqik", "Cungauyar", "Kaʻimi", "Keahi", "Kalena", "Kamalei", "Kaleo", "Hōkū", "Nāinoa", "Lokelani",
    "Kehaulani", "Pōmaikaʻi", "Fetu", "Alofa", "Uila", "Penitoa", "Faʻasoa", "Litokwa", "Kessai", "Jeban", "Lijon",
    "Reimon", "Bwilin", "Ninta", "Jebwe", "Limej", "Lanjo", "Jiban", "Kiora", "Aneo", "Lerina", "Guadalupe", "Nahui",
    "Itzayana", "Eusebia", "Florencio", "Evodio", "Bartola", "Maclovio", "Olegario", "Candelaria", "Marisela",
    "Brayan", "Yoselin", "Wendy Yamileth", "Deysi", "Brenda Liseth", "Edwin Rolando", "Mynor", "Byron", "Selvin",
    "Ingrid Paola", "Juan Carlos", "María José", "Yolotzin", "Ixchel", "Delroy", "Fitzroy", "Garfield", "Novlette",
    "Sherika", "Tishana", "Kemar", "Wisly", "Wideline", "Jean-Robert", "Nerline", "Mackenson", "Dieula", "Fritznel",
    "Guerline", "Roselaure", "Yokasta", "Yaritza", "Wascar", "Franklyn", "Claudette", "Roosevelt", "Adaobi", "Kwadwo",
    "Serwaa", "Binta", "Ndeye", "Cheikh", "Awa", "Oumou", "Lamine", "Souleymane", "Musu", "Korto", "Jemutai", "Sagal",
    "Hawo", "Xamdi", "Cawo", "Maxamed", "Yordanos", "Abrehet", "Tesfalem", "Meron", "Hiwot", "Kidane", "Pa Nhia",
    "Mai Kou", "Txong", "Yer", "Neng", "Youa", "Paj Ntaub", "Nkauj", "Tswv", "Ntxhi", "Koua", "Vaj", "Xia", "Shoua",
    "Mee", "Chong", "Kao", "Ger", "Lorna", "Jhun", "Lualhati", "Kristine Joy", "Guifen", "Wenbin", "Haoyu", "Meixiu",
    "Kam-wah", "Yee Mun", "Haruo", "Mitsue", "Tomiko", "Minoru", "Ok-ja", "Sukhjinder", "Satnam", "Kamaljit", "Rohit",
    "Dil Maya", "Bhim", "Tshering", "Qusay", "Lujain", "Zahraa", "Muntadhar", "Rafif", "Nour el-Houda", "Dalal",
    "Bassam", "Farida", "Sherzad", "Shilan", "Iryna", "Bogusław", "Mihai", "Tudor", "Ilie", "Bláthnaid", "Donncha",
    "Peadar", "Nuala", "Máire", "Yehoshua", "Batsheva", "Chana", "Pinchas", "Avrohom", "Hershel", "Golda", "Klaas",
    "Jantje", "Arie", "Adelheid", "Magnhild", "Oskar", "Arnfinn", "Eldon", "Thorvald", "Denim", "Diesel", "April",
    "June", "May", "August", "Major", "Honor", "Patience", "River", "Robin", "Precious", "Deacon", "Liberty",
};

constexpr std::string_view kMiddle16[] = {
    "Apolinar", "Cipriano", "Dionisia", "Fidelia", "Gumersindo", "Isidro", "Jubilee", "Nepomuceno", "Placido",
    "Tiburcio", "Virgilio", "Wenceslao", "Crescencio", "Domitila", "Eleazar", "Feliciana", "Hermógenes", "Inocencia",
    "Longino", "Pascuala", "Rumaldo", "Saturnino", "Teófila", "Zósimo",
};

constexpr std::string_view kNick16[] = {
    "Chula", "Gordo", "Flaco", "Güera", "Pelón", "Tata", "Bibi", "Lolo", "Chico", "Nono", "Zaza", "Mo", "Lupe",
    "Tita", "Nena", "Chato", "Beto", "Cuca", "Nene", "Kiddo", "Mamo",
};

constexpr std::string_view kFamily16[] = {
    "Tsosie", "Begay", "Yazzie", "Todacheene", "Tohee", "Redhouse", "Claw", "Notah", "Chischilly", "Bilagody",
    "Littleben", "Deschenie", "Whitehat", "Bad Heart Bull", "Looking Horse", "Brings Plenty", "Hollow Horn",
    "Brayboy", "Fixico", "Yahola", "Chupco", "Sequichie", "Walkingstick", "Osceola", "Billie", "Jumper", "Nanouk",
    "Oozeva", "Kingeekuk", "Apassingok", "Sakeagak", "Kiyutelluk", "Ayagalria", "Koonooka", "Okbaok", "Toolie",
    "Pungowiyi", "Nicori", "Active", "Kealoha", "Kahaleanu", "Kapuni", "Nakoa", "Aukai", "Kalua", "Makaʻala",
    "Kekumu", "Kaʻaihue", "Sagapolutele", "Tuitele", "Leaupepe", "Mauga", "Seiuli", "Lealaitafea", "Toleafoa",
    "Aumua", "Tuiasosopo", "Langidrik", "Anjain", "Zackhras", "deBrum", "Lanki", "Bejang", "Lometo", "Jorbon",
    "Laijo", "Kattil", "Lokwot", "Riklon", "Tibon", "Jelke", "Alik", "Tlatelpa", "Cuautle", "Xolalpa", "Tepox",
    "Coyotl", "Ixcoy", "Sapón", "Tum", "Coc", "Ajanel", "Mendoza Ixcot", "Zacarías Velásquez", "Bautista Hernández",
    "Olivares-Mata", "de Jesús", "del Carmen Ruiz", "Barahona", "Escobar Menjívar", "Argueta", "Ventura López",
    "Puac", "García Lozano", "Hernández-Pérez", "Ramos de León", "Xicay", "Tzoc", "Gooden", "Brissett",
    "Clarke-Walcott", "McFarlane", "Lindo", "Thompson-Dacosta", "Pierre-Antoine", "Joseph-Charles", "Exantus",
    "Mondésir", "Bellegarde", "Toussaint-Louis", "Beauvil", "St. Fleur", "Thelusma", "Ezeani", "Adebayo-Smith",
    "Fofana", "Kromah", "Kollie", "Sirleaf-Barclay", "Boateng-Ofori", "Omondi", "Ochieng-Ouma", "Nur", "Tekle",
    "Ghebremichael", "Chang", "Hang", "Cha", "Fang", "Kong", "Pha", "Bacani", "Lagman", "Sison", "Dumlao", "Pascual",
    "Agbayani", "Sarmiento", "Tuazon", "Carandang", "Fung", "Hsu", "Tsai", "Kaneshiro", "Arakaki", "Okimoto",
    "Yamashiro", "Tamashiro", "Nakasone", "Uyehara", "Kishimoto", "Hironaka", "Yoo", "Hahn", "Im", "Ahn", "Brar",
    "Chettiar", "Pathak", "Kafle", "Al-Rubaie", "Al-Tamimi", "Saleh-Hamoud", "Kassab", "Yousif", "Zaya", "Shlimon",
    "Barwari", "Doski", "Tkachuk", "Hrytsenko", "Zielińska", "Moldovan", "Kolář", "Mac an tSaoi", "McElhinney",
    "Breathnach", "Ó Conaill", "Teitelbaum", "Grossman", "Lieberman", "Shapiro-Katz", "Mandelbaum", "Weinstock",
    "Zilberman", "Bernstein", "Horowitz", "Vanderploeg", "Hoekstra", "Hofstede", "Van Til", "Schaefer", "Zimmerman",
    "Brubaker", "Hershberger", "Lapp", "Esh", "Beiler", "Swartzentruber", "Troyer", "Hochstetler", "Ostrander",
    "Thorsgaard", "Bjornstad", "Engebretson", "Skjervold", "Halvorsen", "Stoltzfus", "Oberholtzer", "Wheat", "Heal",
    "Pulse", "Christmas", "Easter", "Friday", "Birdsong", "March", "Monday", "Sunday", "Snow", "Fox", "Temple",
    "Hurt", "Cramp", "Rice", "Cotton", "Honey", "Sparrow",
};

constexpr std::string_view kSuffix16[] = {"Jr", "Jr.", "Sr", "II", "III", "IV"};
constexpr std::string_view kInitials16[] = {"A", "B", "C", "D", "E", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W"};
constexpr std::string_view kRelations16[] = {"daughter", "son", "wife", "husband", "granddaughter", "grandson",
                                             "niece", "nephew", "sister", "brother", "son-in-law",
                                             "aunt", "cousin", "partner", "stepdaughter"};
constexpr std::string_view kElderWord16[] = {"Grandma", "Grandpa", "Auntie", "Uncle", "Elder", "Tutu", "Tía"};
// Towns for relatives and places of work (a town alone is an address span).
constexpr std::string_view kTowns16[] = {
    "Tuba City, AZ", "Pine Ridge, SD", "Bethel, AK", "Waianae, HI", "Immokalee, FL", "Woodburn, OR",
    "Toppenish, WA", "Springdale, AR", "Kotzebue, AK", "Pembroke, NC", "Okmulgee, OK", "Guadalupe, AZ",
    "Hilo, HI", "Dodge City, KS", "Gallup, NM", "Lumberton, NC",
};
// Home towns abroad and Alaska villages (a town alone is an address span too).
constexpr std::string_view kIslandTowns16[] = {"Majuro", "Ebeye", "Jaluit", "Wotje", "Kili", "Laura village"};
constexpr std::string_view kMexTowns16[] = {"Huehuetenango", "Tlaxiaco", "Jocotán", "San Juan Cotzal", "Zamora",
                                            "Juchitán", "Todos Santos Cuchumatán"};
constexpr std::string_view kVillages16[] = {"Savoonga", "Gambell", "Toksook Bay", "Chevak", "Hooper Bay",
                                            "Point Hope", "Kotzebue, AK", "Bethel, AK", "Unalakleet, AK"};
constexpr std::string_view kMail16[] = {"tumbleweed-mail.example.com", "coralreef.example.net",
                                        "prairiewind-post.example.org", "mesa-inbox.example.com"};
constexpr std::string_view kStaffMail16[] = {"redmesa-fp.example.org", "threerivers-chc.example.net",
                                             "sandhill-ihs.example.gov"};
constexpr std::string_view kFac16[] = {
    "Red Mesa Family Practice", "Three Rivers Community Health Center", "Sandhill Indian Health Clinic",
    "Kaimana Pacific Health", "Qilak Tribal Clinic", "Valle Verde Farmworker Health",
    "Lincoln-Douglass School-Based Clinic", "Cedar Hollow Correctional Facility", "Maple Terrace Care Home",
    "Bluebonnet Visiting Nurses", "Riverbend Dialysis", "Lifeflow Blood Center",
};
constexpr std::array<std::string_view, 12> kMonths16 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon16 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes16[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTens16[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

struct Person16 {
  std::string first, middle, initial, last, nick, suffix;
};

struct Cast16 {
  Person16 pt, k1, k2;
  std::array<Person16, 6> staff;
  std::string k1rel, elder;
};

struct Ctx16 {
  NoteBuilder& b;
  const Cast16& c;
  bool lower = false;
};

// Case mapping of UTF-8 names: ASCII, Latin-1 letters (lead byte 0xC3) and Latin Extended-A
// (lead bytes 0xC4, 0xC5); other bytes (the ʻokina) are kept.
unsigned otherCase16(unsigned cp, bool toUpper) {
  const bool evenUpper = (cp >= 0x100 && cp <= 0x137 && cp != 0x130 && cp != 0x131) || (cp >= 0x14A && cp <= 0x177);
  const bool oddUpper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if (!evenUpper && !oddUpper) return 0;
  const bool isUpper = evenUpper ? cp % 2 == 0 : cp % 2 == 1;
  if (toUpper == isUpper) return 0;
  return toUpper ? cp - 1 : cp + 1;
}

std::string recase16(std::string s, bool toUpper) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      s[i] = static_cast<char>(toUpper ? std::toupper(u) : std::tolower(u));
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      const unsigned cp = ((u & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      const unsigned other = otherCase16(cp, toUpper);
      if (other != 0) {
        s[i] = static_cast<char>(0xC0 | (other >> 6));
        s[i + 1] = static_cast<char>(0x80 | (other & 0x3F));
      }
      ++i;
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (!toUpper && v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      if (toUpper && v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      ++i;
    } else if (u >= 0xC0) {
      ++i;  // another two-byte letter (the ʻokina): kept
    }
  }
  return s;
}

std::string low16(std::string s) { return recase16(std::move(s), false); }
std::string up16(std::string s) { return recase16(std::move(s), true); }

std::string cased(const Ctx16& x, std::string s) { return x.lower ? low16(std::move(s)) : s; }
void put(Ctx16& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx16& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + words(n - 100);
  if (n < 20) {
    static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                  "sixteen", "seventeen", "eighteen", "nineteen"};
    return n < 10 ? std::string(kOnes16[n]) : std::string(kTeens[n - 10]);
  }
  return std::string(kTens16[n / 10]) + (n % 10 ? "-" + std::string(kOnes16[n % 10]) : "");
}

Person16 makePerson16(Random& r, bool mayHaveSuffix) {
  Person16 p;
  p.first = pickS(r, kGiven16);
  p.middle = pickS(r, kMiddle16);
  p.initial = pickS(r, kInitials16);
  p.last = pickS(r, kFamily16);
  p.nick = pickS(r, kNick16);
  if (mayHaveSuffix && r.chance(0.18)) p.suffix = pickS(r, kSuffix16);
  return p;
}

Cast16 makeCast16(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1616ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x16161ULL));
  r.next();
  Cast16 c;
  c.pt = makePerson16(r, true);
  c.k1 = makePerson16(r, false);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson16(r, false);
  if (r.chance(0.4)) c.k2.last = c.pt.last;
  for (Person16& s : c.staff) s = makePerson16(r, true);
  c.k1rel = pickS(r, kRelations16);
  c.elder = pickS(r, kElderWord16);
  return c;
}

const Person16& who(const Cast16& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx16& x, const Person16& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "sfx", "sfx", "fml", "fi", "lf", "f2"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  const std::string sfx = p.suffix.empty() ? std::string() : " " + p.suffix;
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "sfx") v = p.first + " " + p.last + sfx;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fmi") v = p.first + " " + p.initial + " " + p.last;
  else if (form == "f2") v = p.first + " " + p.middle + " " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fil") v = firstLetter(p.first) + "." + p.initial + ". " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = up16(p.last + ", " + p.first);
  else if (form == "LFs") v = up16(p.last + sfx + ", " + p.first);
  else if (form == "Lf") v = up16(p.last) + ", " + p.first;
  else if (form == "UP") v = up16(p.first + " " + p.last);
  else if (form == "LAST") v = up16(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = low16(p.first + " " + p.last);
  else if (form == "lowfirst") v = low16(p.first);
  else if (form == "lowlast") v = low16(p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

void writeDate(Ctx16& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "mon", "md", "dash",
                                                   "compact", "monthd", "dmon", "th"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths16[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon16[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "mon") v = mon + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "monp") v = mon + ". " + std::to_string(d);
  else if (style == "monthd") v = month + " " + std::to_string(d);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "md0") v = pad2(m) + "/" + pad2(d);
  else if (style == "dash") v = pad2(m) + "-" + pad2(d) + "-" + std::to_string(y);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "dmon") v = pad2(d) + "-" + up16(mon) + "-" + std::to_string(y);
  else if (style == "dmy") v = std::to_string(d) + " " + month + " " + std::to_string(y);
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + std::to_string(y);
  else if (style == "th") v = month + " " + std::to_string(d) + ordSuffix(d);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "my0") v = pad2(m) + "/" + std::to_string(y);
  else throw std::logic_error("unknown date style " + style);
  put(x, "date", v);
}

void writeAge(Ctx16& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "y/o") after = " y/o";
  else if (form == "yo2") after = "yo";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "yrs") after = " yrs";
  else if (form == "yoa") after = " years of age";
  else if (form == "words") { value = words(age); after = " years old"; }
  else if (form == "wordsyo") { value = words(age); after = "-year-old"; }
  else if (form == "wordsbare") value = words(age);
  else if (form == "age") before = "age ";
  say(x, before);
  if (age > 89) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 6)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return a + e + l;
    case 4: return "(" + a + ")" + e + "-" + l;
    case 5: return "+1 " + a + "-" + e + "-" + l;
    default: return "1-" + a + "-" + e + "-" + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

// Numbers abroad, as this family's notes write them (never more than twelve digits).
std::string abroad(Random& r, std::string_view where) {
  if (where == "mx") return "+52 " + std::to_string(r.between(222, 999)) + " " + r.digits(3) + " " + r.digits(4);
  if (where == "gt") return "+502 " + std::to_string(r.between(3, 5)) + r.digits(3) + " " + r.digits(4);
  if (where == "ht") return "+509 " + std::to_string(r.between(31, 48)) + " " + r.digits(2) + " " + r.digits(4);
  if (where == "mh") return "+692 " + std::to_string(r.between(235, 625)) + "-" + r.digits(4);
  if (where == "ws") return "+685 7" + r.digits(1) + " " + r.digits(5);
  if (where == "ph") return "+63 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4);
  if (where == "jm") return "+1 876-" + std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4);
  switch (r.between(0, 5)) {
    case 0: return "+233 " + std::to_string(r.between(20, 59)) + " " + r.digits(3) + " " + r.digits(4);
    case 1: return "+251 9" + r.digits(2) + " " + r.digits(6);
    case 2: return "+91 9" + r.digits(4) + " " + r.digits(5);
    case 3: return "+82 10-" + r.digits(4) + "-" + r.digits(4);
    case 4: return "+972 5" + r.digits(1) + "-" + r.digits(3) + "-" + r.digits(4);
    default: return "+48 " + r.digits(3) + " " + r.digits(3) + " " + r.digits(3);
  }
}

std::string email(Random& r, const Person16& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l; break;
    case 2: local = l + f.substr(0, 2) + std::to_string(r.between(1, 99)); break;
    case 3: local = f + std::to_string(r.between(1960, 2009)); break;
    default: local = f + "_" + l.substr(0, 1); break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail16) : std::span<const std::string_view>(kMail16));
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string zip4(const Patient& p, Random& r) { return p.zip.size() == 10 ? p.zip : p.zip + "-" + r.digits(4); }

std::string sentence16(Random& r);

void writeStreet(Ctx16& x, bool withCity) {
  const Patient& p = x.b.patient();
  std::string v = p.streetNumber + " " + p.streetName;
  if (!p.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + p.unit;
  if (withCity) v += ", " + p.city + ", " + p.state;
  put(x, "address", v);
}

// A rural address: highway contract route, post-office box or rural route.
std::string rural(Random& r) {
  switch (r.between(0, 3)) {
    case 0: return "HC " + std::to_string(r.between(11, 89)) + " Box " + std::to_string(r.between(2, 990));
    case 1: return "PO Box " + std::to_string(r.between(3, 4999));
    case 2: return "Rural Route " + std::to_string(r.between(1, 9)) + " Box " + std::to_string(r.between(10, 400));
    default: return "P.O. Box " + std::to_string(r.between(100, 2999));
  }
}

void placeholder(Ctx16& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (head == "pt" || head == "k1" || head == "k2" ||
      (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6')) {
    writeName(x, who(x.c, head), std::string(form));
  } else if (head == "rel") {
    say(x, x.c.k1rel);
  } else if (head == "elder") {
    say(x, x.c.elder);
  } else if (head == "title") {
    say(x, p.female ? "Ms." : "Mr.");
  } else if (head == "titleb") {
    say(x, p.female ? (r.chance(0.5) ? "Mrs" : "Ms") : "Mr");
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "him") {
    say(x, p.female ? "her" : "him");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "sexword") {
    say(x, p.female ? "female" : "male");
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) style = r.chance(0.4) ? "mdy0" : (r.chance(0.5) ? "mdy" : "iso");
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2026), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "odob") {  // another person's date of birth
    writeDate(x, r.between(1950, 2012), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "kdob") {  // a school-age child's date of birth
    writeDate(x, r.between(2008, 2013), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {
    say(x, std::to_string(r.between(4, 88)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + (r.chance(0.8) ? "-" : ".") + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r, form));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    put(x, "email", email(r, who(x.c, form.empty() ? "pt" : form), !form.empty() && form[0] == 's'));
  } else if (head == "ssn") {
    std::string s = p.ssn;
    const int style = form == "nodash" ? 1 : form == "dash" ? 0 : r.between(0, 3);
    if (style == 1) s = s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4);
    if (style == 2) s = s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4);
    put(x, "ssn", s);
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "hrn") {
    put(x, "mrn", r.digits(6));
  } else if (head == "chart") {
    put(x, "mrn", "C" + r.digits(6));
  } else if (head == "booking") {
    put(x, "mrn", std::to_string(r.between(2023, 2026)) + "-" + r.digits(6));
  } else if (head == "inmate") {
    put(x, "mrn", r.letters(1) + r.digits(5));
  } else if (head == "donor") {
    put(x, "mrn", "LBC" + r.digits(7));
  } else if (head == "mecase") {
    put(x, "mrn", "ME" + std::to_string(r.between(23, 26)) + "-" + r.digits(4));
  } else if (head == "regid") {
    put(x, "mrn", "RR-" + r.digits(5) + "-" + r.letters(1));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "enc") {
    put(x, "account", "E" + r.digits(9));
  } else if (head == "claim") {
    put(x, "account", r.digits(4) + "-" + r.digits(7));
  } else if (head == "dclaim") {
    put(x, "account", "DDS-" + r.digits(8));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "medicaid") {
    put(x, "health_plan", r.letters(2) + r.digits(7) + r.letters(1));
  } else if (head == "group") {
    put(x, "health_plan", r.digits(6) + "-" + r.digits(3));
  } else if (head == "mbi") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(1, true) + r.letters(1, true) + r.digits(1) +
                              r.letters(1, true) + r.letters(1, true) + r.digits(1) + r.letters(2, true) + r.digits(2));
  } else if (head == "prc") {
    put(x, "health_plan", "T" + r.digits(3) + "-" + r.digits(6));
  } else if (head == "lic") {
    put(x, "license", p.license);
  } else if (head == "stateid") {
    put(x, "license", r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3));
  } else if (head == "cdl") {
    put(x, "license", r.letters(1) + r.digits(8));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {
    put(x, "device", r.letters(2) + r.digits(8));
  } else if (head == "imei") {
    put(x, "device", r.digits(15));
  } else if (head == "monitor") {
    put(x, "device", "EM-" + r.digits(6) + r.letters(1));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", p.plate);
  } else if (head == "url") {
    const std::string slug = fold(x.c.pt.first) + fold(x.c.pt.last).substr(0, 1) + r.digits(3);
    switch (r.between(0, 3)) {
      case 0: put(x, "url", "https://visit.mesaview-telehealth.example.com/room/" + slug); break;
      case 1: put(x, "url", "https://threerivers-chc.example.net/mychart/u/" + p.mrn); break;
      case 2: put(x, "url", "http://www.go-fund-" + fold(x.c.pt.last) + ".example.org/help?ref=clinic"); break;
      default: put(x, "url", "portal.redmesa-fp.example.org/patients/" + r.digits(6) + "/forms"); break;
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      put(x, "ip", "2600:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r));
    } else {
      std::string v = "2001:db8:" + hex4(r);
      for (int k = 0; k < 5; ++k) v += ":" + hex4(r);
      put(x, "ip", v);
    }
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {
    put(x, "address", p.streetNumber + " " + p.streetName + ", " + p.city);
  } else if (head == "addr") {
    writeStreet(x, true);
    if (r.chance(0.7)) {
      say(x, " ");
      put(x, "zip", p.zip);
    }
  } else if (head == "addrz") {
    writeStreet(x, true);
    say(x, " ");
    put(x, "zip", p.zip);
  } else if (head == "addr3") {  // a letter's address block
    put(x, "address", p.streetNumber + " " + p.streetName);
    if (!p.unit.empty()) {
      say(x, "\n");
      put(x, "address", p.unit);
    }
    say(x, "\n");
    put(x, "address", p.city + ", " + p.state);
    say(x, " ");
    put(x, "zip", form == "4" ? zip4(p, r) : p.zip);
  } else if (head == "rural") {
    put(x, "address", rural(r));
  } else if (head == "milepost") {  // a rural location by road mile
    static constexpr std::string_view kRoads[] = {"Elliott Hwy", "Parks Hwy", "Route 264", "Indian Route 12",
                                                  "County Road 7", "Old Mission Rd"};
    put(x, "address", (r.chance(0.5) ? "Mile " : "MP ") + std::to_string(r.between(3, 190)) + " " +
                          pickS(r, kRoads));
  } else if (head == "city") {
    put(x, "address", p.city);
  } else if (head == "cityst") {
    put(x, "address", p.city + ", " + p.state);
  } else if (head == "town") {
    put(x, "address", pickS(r, kTowns16));
  } else if (head == "island") {
    put(x, "address", pickS(r, kIslandTowns16));
  } else if (head == "mextown") {
    put(x, "address", pickS(r, kMexTowns16));
  } else if (head == "village") {
    put(x, "address", pickS(r, kVillages16));
  } else if (head == "zip") {
    put(x, "zip", p.zip);
  } else if (head == "zip4") {
    put(x, "zip", zip4(p, r));
  } else if (head == "state") {
    say(x, p.state);
  } else if (head == "lot") {
    say(x, r.letters(1) + r.digits(5) + r.letters(1));
  } else if (head == "n") {
    say(x, std::to_string(r.between(2, 48)));
  } else if (head == "room") {
    say(x, std::to_string(r.between(1, 3)) + r.digits(2));
  } else if (head == "fac") {
    say(x, pickS(r, kFac16));
  } else if (head == "s") {
    say(x, sentence16(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

// Expands {key} placeholders of a pattern; literal text is written as it stands.
void expand(Ctx16& x, std::string_view pattern) {
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

// Look-alike sentences without PHI: eponyms, brands, capitalised clinical words, scores, doses,
// lab values, lot and NDC numbers, rooms, cells and chairs, times, years alone, months and
// weekdays as words, ages of 89 or less and ages of people other than the patient.
std::string sentence16(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 460));
  switch (r.between(0, 47)) {
    case 0: return "History of Hodgkin lymphoma in 2009, ABVD x6, in remission since.";
    case 1: return "Finkelstein test positive on the right; Tinel and Phalen negative.";
    case 2: return "Dexcom G7 worn on the left arm; time in range " + n2 + "% over 14 days.";
    case 3: return "Omnipod 5 in Automated Mode, basal 0." + n1 + " U/h, carb ratio 1:" + std::to_string(r.between(6, 18)) + ".";
    case 4: return "PHQ-9 " + std::to_string(r.between(0, 27)) + ", GAD-7 " + std::to_string(r.between(0, 21)) + "; declines counselling for now.";
    case 5: return "Lantus 22 units at bedtime, Humalog sliding scale with meals.";
    case 6: return "Ozempic 0.5 mg weekly on Sundays; A1c " + n1 + "." + n1 + "%.";
    case 7: return "Seen in Room " + std::to_string(r.between(1, 12)) + " of the mobile unit parked behind the Chapter House.";
    case 8: return "Tdap, Shingrix #2 and Prevnar 20 given; lot " + r.letters(2) + r.digits(4) + ", exp 08/2027.";
    case 9: return "Narcan kit dispensed with teaching; Suboxone 8-2 mg film BID continues.";
    case 10: return "QuantiFERON-TB Gold Plus indeterminate; repeat ordered for Monday.";
    case 11: return "Murphy sign negative, McBurney point non-tender, no rebound.";
    case 12: return "Cell " + r.letters(1) + "-" + std::to_string(r.between(1, 40)) + ", bottom bunk pass renewed for 90 days.";
    case 13: return "Braden " + std::to_string(r.between(9, 23)) + ", Morse Fall Scale " + std::to_string(r.between(0, 125)) + "; bed in low position.";
    case 14: return "Fresenius 2008T, chair " + n1 + ", Kt/V 1." + n1 + ", dry weight " + n2 + ".5 kg.";
    case 15: return "Hemoglobin " + std::to_string(r.between(8, 16)) + "." + n1 + " g/dL, ferritin " + n3 + " ng/mL, TSAT " + n2 + "%.";
    case 16: return "Eliquis 5 mg BID; CHA2DS2-VASc " + n1 + ", HAS-BLED 2.";
    case 17: return "Audiogram shows a 4 kHz notch bilaterally, STS of 10 dB on the left.";
    case 18: return "Heat index 104 F at 14:30; rest, shade and water breaks every 15 minutes.";
    case 19: return "Green tobacco sickness suspected after harvesting wet leaves; no nicotine patch.";
    case 20: return "Weber midline, Rinne AC > BC both sides; Snellen 20/" + std::to_string(r.between(20, 70)) + " OU.";
    case 21: return "Osgood-Schlatter on the left, sports physical otherwise cleared for the season.";
    case 22: return "Sickle cell trait on the newborn screen; counselled the family.";
    case 23: return "Deferred 8 weeks for hemoglobin " + std::to_string(r.between(10, 12)) + "." + n1 + " g/dL; unit number not collected.";
    case 24: return "Guillain-Barré ruled out; Babinski downgoing, reflexes 2+ and symmetric.";
    case 25: return "NDC 0002-" + r.digits(4) + "-01 flagged on the formulary; RxBIN 610014, PCN MEDDPRIME.";
    case 26: return "Blood pressure " + std::to_string(r.between(104, 188)) + "/" + std::to_string(r.between(56, 104)) + " on lisinopril 20 mg; recheck at the next Tuesday clinic.";
    case 27: return "Her father died at " + std::to_string(r.between(48, 88)) + " of a stroke; a brother, " + std::to_string(r.between(30, 80)) + ", has diabetes.";
    case 28: return "The " + std::to_string(r.between(30, 85)) + "-year-old driver of the other car was not injured.";
    case 29: return "Wells score " + n1 + ", D-dimer " + n3 + " ng/mL; duplex ordered.";
    case 30: return "Paxlovid started within 5 days of symptoms; statin held.";
    case 31: return "Rocky Mountain spotted fever considered; doxycycline 100 mg BID for 7 days.";
    case 32: return "Lyme serology negative; the tick was removed at home in June.";
    case 33: return "Raynaud phenomenon worse in the cold season at the cannery.";
    case 34: return "Kaposi sarcoma excluded on biopsy; path report SP-" + r.digits(2) + "-" + r.digits(5) + ".";
    case 35: return "FreeStyle Libre 3 reader missing; patient uses the phone app instead.";
    case 36: return "Ensure Plus BID, Depends supplied, Hoyer lift with two staff.";
    case 37: return "Blood lead " + n1 + " mcg/dL on the capillary screen; venous confirmation pending.";
    case 38: return "Ticket " + r.digits(6) + " opened with the platform vendor for the audio drop.";
    case 39: return "Parkinson disease on carbidopa-levodopa 25-100 three times daily.";
    case 40: return "CURB-65 of " + n1 + "; amoxicillin 1 g TID for 5 days.";
    case 41: return "Cushing features absent; AM cortisol " + std::to_string(r.between(5, 24)) + " mcg/dL.";
    case 42: return "Specimen ID " + r.digits(9) + " split at 09:40, seal intact.";
    case 43: return "Last TB skin test read at 12 mm in 2019; chest film clear.";
    case 44: return "Walked to the Post Office and back, about half a mile, without stopping.";
    case 45: return "Coumadin clinic every Thursday; INR 2." + n1 + " today, no change.";
    case 46: return "Christmas and New Year travel to see family; refills given for 60 days.";
    default: return "Reviewed on the Wednesday huddle with the Behavioral Health team.";
  }
}

struct Template16 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template16 kTemplates16[] = {
    {"rural_fp_soap", false,
     "RED MESA FAMILY PRACTICE - clinic note {date.mdy}\nPt: {pt.sfx}   DOB {dob}   Chart {chart}\nS: {age.yo} "
     "{sexword} rancher here for a BP check, came in with {his} {rel} {k1.first}. Says {k1.last}'s truck broke "
     "down so they drove the ranch pickup ({plate}). {s}\nO: {s}\nA/P: {s} RTC 3 mo.\n{s1.full}, DO\n"},
    {"fqhc_sliding_fee", false,
     "THREE RIVERS COMMUNITY HEALTH CENTER - SLIDING FEE APPLICATION\nApplicant name (last, first): {pt.lf}\n"
     "Date of birth: {dob.mdy0}    SSN (optional): {ssn}\nHome address: {street}\nCity/State: {cityst}   ZIP: "
     "{zip}\nPhone: {phone}\nHousehold size: 4   [X] Uninsured   [ ] Medicaid   [ ] Medicare   [X] Proof of "
     "income attached\nOther adult in household: {k1.full} ({rel})\nStaff initials / date: {s6.first} {date.md}\n"},
    {"ihs_clinic_note", false,
     "SANDHILL INDIAN HEALTH CLINIC\nHRN: {hrn}   PRC eligibility: {prc}\n{pt.LF}  {dob.mdy0}  {sex}\nVisit "
     "{date.mon}. {pt.first} was brought in by {elder} {k1.first}, who translated. {s} {s}\nCHR {s4.full} to do a "
     "home visit Friday. Provider: {s1.full}, FNP-C\n"},
    {"chr_home_visit", false,
     "CHR HOME VISIT LOG\nClient: {pt.full}   Mailing: {rural}, {town} {zip}\nDirections: 6 mi past the "
     "chapter house, left at the water tank, blue trailer with the sheep corral.\nVisit {date.md}: BP 148/90, "
     "sugar 212. Ran out of metformin. Spoke w/ {pt.last} about the refill; {k1.last} (grandson) will pick it up "
     "{date.monthd}. {s}\nNo phone at home; message phone at the chapter: {ph7}.\n{s4.first} {s4.last}, CHR\n"},
    {"purchased_care_auth", false,
     "PURCHASED/REFERRED CARE - AUTHORIZATION\nPatient: {pt.UP}   HRN {hrn}\nEligibility no.: {prc}   Medicaid: "
     "{medicaid}\nAuthorized: orthopedic consult, Flagstaff, 1 visit, valid through {date.mdy0}\nReferring "
     "provider: {s1.fi}\nAlternate resource screening done by {s6.full} on {date.mdy0}. {s}\n"},
    {"marshallese_clinic", false,
     "KAIMANA PACIFIC HEALTH - visit {date.mdy}\n{pt.full} ({age.sex}), from {island}, lives in {town} with "
     "{his} {rel} {k1.full}. Interpreter {s5.first} (Marshallese). {s} {s}\nFamily in the islands: {intl.mh}. "
     "Local phone {phone}.\nPlan: TB follow-up; {s2.full}, MD\n"},
    {"samoan_clinic", false,
     "Clinic note {date.long}. {titleb} {pt.last} came with {his} aiga: {k1.first} and {k2.first}. Church "
     "pastor {s6.last} also present at the family's request. {s} {pt.first} wants the nurse to call {k2.first} "
     "in Apia at {intl.ws} after the results. {s}\nSigned {s3.full}, NP\n"},
    {"cofa_eligibility_letter", false,
     "{date.long}\n\n{pt.full}\n{addr3}\n\nRe: Medicaid eligibility for citizens of the Freely Associated States\n"
     "Dear {pt.first} {pt.last},\nYour application has been approved. Your Medicaid ID is {medicaid}. Coverage "
     "begins {date.long}. {s}\nQuestions: call {cphone}.\n{s6.full}, eligibility specialist\n"},
    {"alaska_health_aide", false,
     "COMMUNITY HEALTH AIDE ENCOUNTER - Qilak Tribal Clinic\nPatient: {pt.last}, {pt.first}   DOB {dob.mdy0}   "
     "HRN {hrn}\nVillage: {village}\n{date.mdy} 07:40 - {s} Called the hub; Dr. {s1.last} on telemed. {s}\nMother "
     "{k1.first} at bedside. Aide: {s5.full}\n"},
    {"alaska_medevac", false,
     "MEDEVAC REQUEST {date.iso} 02:15\nPatient: {pt.UP}, {age.yrs}, {sex}\nFrom: {village} clinic   To: regional "
     "hospital\nWeather: ceiling 800 ft, vis 2 mi, snow.\nEscort: {k1.full} ({rel}), cell {phone2}\nRequested by "
     "{s5.full}, CHA; accepting Dr. {s1.last}\n"},
    {"farmworker_outreach", false,
     "VALLE VERDE FARMWORKER HEALTH - outreach {date.md}\nCamp: Los Pinos, cabin 14. Crew leader {k2.full} "
     "allowed the van in after 6 pm. {pt.first} {pt.last} ({age.yo}), from {mextown}, H-2A worker, c/o back "
     "pain. {s}\nEmployer phone {cphone}. Family at home: {intl.mx}.\nPromotora {s6.first}\n"},
    {"camp_tb_screen_csv", false,
     "camp,cabin,last_name,first_name,dob,tst_placed,tst_read,mm,phone\nLos Pinos,14,{pt.last},{pt.first},"
     "{dob.compact},{date.compact},{date.compact},0,{phone}\nLos Pinos,15,{k2.last},{k2.first},{odob.compact},"
     "{date.compact},{date.compact},12,{ph7}\n"},
    {"heat_illness_report", false,
     "HEAT-RELATED ILLNESS REPORT\nWorker: {pt.full}   Driver's license: {lic}\nEmployer: Kettle Creek Farms, "
     "{town}   Supervisor: {k2.fi}\nDate/time: {date.mdy0} 15:10   Heat index 106\nSigns: {s}\nTransported by "
     "co-worker in vehicle {plate}. Seen by {s3.full}, PA-C\n"},
    {"promotora_spanish", false,
     "Nota de la promotora, {date.dmyslash}. Visité a la señora {pt.full} en su casa ({street}). Vive con su "
     "hija {k1.first} y su nieto. {s} La doña {pt.last} pide cita para el jueves. Teléfono de su hija: "
     "{phone2}. Familia en Guatemala: {intl.gt}.\n- {s6.full}, CHW\n"},
    {"hmong_family_meeting", false,
     "FAMILY MEETING {date.long}\nPresent: {pt.full} (patient), {k1.full} ({rel}), clan elder {k2.last}, "
     "interpreter {s5.full}, {s2.full}, MD\n{k2.last} spoke for the family. {s} The family asked for a txiv "
     "neeb ceremony before surgery; agreed. {pt.first}'s {rel} will call {cphone} to confirm.\n"},
    {"school_clinic_visit", false,
     "LINCOLN-DOUGLASS SCHOOL-BASED CLINIC\nStudent: {k2.f2}   Grade 10   DOB {kdob.mdy}\nGuardian: "
     "{pt.full} ({age.yrs})   Consent on file: [X] yes [ ] no\n{date.md}: {s} Sent back to 3rd period. Coach "
     "{s6.last} notified. Guardian called at {phone}.\n{s3.full}, FNP-C\n"},
    {"school_guardian_email", true,
     "from: {email}\nto: nurse office\nsubject: re: {k2.lowfirst} inhaler\n\nhi nurse {s5.lowlast}, "
     "{k2.lowfirst} left the inhaler at {k1.lowfirst}'s house this week, i will drop it off {date.md}. you can "
     "reach me at {phone} or {ph7}. thanks, {pt.low}\n"},
    {"correctional_sick_call", true,
     "sick call request - cedar hollow\nname: {pt.low}   booking #{booking}   housing: b pod cell 12\ndate: "
     "{date.md}\nproblem: tooth been hurting 5 days cant eat, asked officer for tylenol. {s}\ntriage: {s5.fi}, "
     "lpn\n"},
    {"jail_mar", false,
     "MEDICATION ADMINISTRATION RECORD - Cedar Hollow Correctional Facility\nInmate: {pt.LFs}   #{inmate}   "
     "DOB {dob.mdy0}   Cell C-{n}\nMed: sertraline 50 mg PO daily   Start {date.mdy0}\n{date.md} 08:00 given "
     "- {s5.fi}\n{date.md} 08:00 refused - {s5.fi}\nDeputy {s6.last} witnessed refusal.\n"},
    {"correctional_transfer", false,
     "INTER-FACILITY HEALTH TRANSFER SUMMARY\nName: {pt.LF}   Inmate no.: {inmate}   SSN: {ssn}\nTransfer date: "
     "{date.dash}   Ankle monitor: {monitor}\nProblems: {s} {s}\nEmergency contact: {k1.full}, {rel}\n"
     "Prepared by {s3.full}, RN, CCHP\n"},
    {"ltc_quarterly", false,
     "MAPLE TERRACE CARE HOME - QUARTERLY REVIEW {date.my}\nResident: {pt.full}, age {age.wordsbare}, room "
     "{room}\nMedicare: {mbi}\n{s} {s}\nDaughter-in-law {k1.first} visits Sundays; son {k2.full} in {town}.\n"
     "Reviewed with {s1.full}, MD and {s5.full}, LPN\n"},
    {"ltc_incident", false,
     "INCIDENT REPORT - resident fall\nResident: {pt.lf}   Room {room}B\nDate: {date.mdy0}  Time: 03:20\n"
     "{titleb} {pt.last} is a {age.wordsyo} resident found on the floor by CNA {s5.first}. {s}\nFamily "
     "notified: {k1.full} at {phone2}.\n{s4.full}, RN, DON\n"},
    {"ltc_family_email_thread", false,
     "From: {s4.full} <{email.s4}>\nSent: {date.long} 4:12 PM\nTo: {k1.full} <{email.k1}>\nSubject: RE: care "
     "plan meeting\n\nHi {k1.first},\nWe can meet Thursday at 2. {pt.first} has been eating "
     "better. {s}\n\n{s4.full}, RN\nMaple Terrace Care Home | main {cphone} | fax {fax}\n\n-----Original "
     "Message-----\nFrom: {k1.full}\nHi, this is {pt.last}'s {rel}. Can we talk about the new meds?\n"},
    {"vna_visit", false,
     "BLUEBONNET VISITING NURSES - SKILLED NURSING VISIT\nPatient: {pt.full}   Visit {date.mdy}   "
     "Acct {acct}\nAddress: {addrz}\nGate code 4417; dog in yard. {s} {s}\nCaregiver: {k1.first} ({rel}), "
     "{phone2}; {his} sister in Kingston: {intl.jm}\nNext visit {date.monp}. Clinician {s5.full}, RN, BSN\n"},
    {"vna_schedule_csv", false,
     "visit_date,clinician,patient,address,zip,phone,discipline\n{date.iso},{s5.fi},\"{pt.lf}\",\"{streetcity}\","
     "{zip},{phone},SN\n{date.iso},{s6.fi},\"{k2.lf}\",\"{rural}\",{zip},{ph7},PT\n"},
    {"oxygen_delivery_ticket", false,
     "HOME OXYGEN DELIVERY TICKET {date.mdy0}\nDeliver to: {pt.full}\n{addr3.4}\nConcentrator S/N {serial}, "
     "E-tanks x6 (lot {lot})\nReceived by: {k1.full}, {rel}\nDriver: {s6.first} - truck 12\n"},
    {"dialysis_treatment", false,
     "RIVERBEND DIALYSIS - TREATMENT RECORD {date.dash}\nPatient: {pt.Lf}   MRN {mrn}   Chair {n}\nMachine "
     "serial {serial}   Access: L AVF\n{s} {s}\nTech {s5.full}, CCHT   RN {s4.full}\n"},
    {"dialysis_transport_log", false,
     "DIALYSIS TRANSPORT LOG\nMon/Wed/Fri   pick-up 05:15\nRider: {pt.sfx}   from {rural}, {town}\nVan plate "
     "{plate}, VIN {vin}\n{date.md}: no-show, called {phone} - no answer. {k1.last} (neighbour) says {pt.first} "
     "went to {town}.\nDriver {s6.full}\n"},
    {"blood_donor_deferral", false,
     "{date.long}\n\n{pt.full}\n{addr3}\n\nDonor ID: {donor}\n\nDear {pt.first},\nThank you for coming to Lifeflow "
     "Blood Center. {s} You may donate again after {date.long}.\n\n{s3.full}, MD, Medical Director\n"},
    {"blood_lookback_notice", false,
     "LOOKBACK NOTIFICATION - CONFIDENTIAL\nRecipient: {pt.LF}   DOB {dob.mdy0}   MRN {mrn}\nComponent "
     "W1234 2{n} {lot} transfused {date.mdy0} at {fac}.\nNotify the recipient's physician, Dr. {s2.full}, by "
     "{date.mdy0}; fax {fax}.\n{s}\n"},
    {"contact_tracing_list", false,
     "PERTUSSIS CONTACT LIST - index case {pt.lf} ({age.yrs}, {cityst})\n| contact | relation | phone | last "
     "exposure |\n| {k1.low} | {rel} | {phone2} | {date.md} |\n| {k2.lowfirst} {k2.lowlast} | coworker | {ph7} "
     "| {date.md} |\n| (household) | aunt, visiting | {intl.ht} | {date.md} |\nInvestigator {s6.full}, MPH\n"},
    {"contact_tracing_script", false,
     "CASE INTERVIEW {date.mdy} 10:05 (phone)\nINTERVIEWER: Am I speaking with {pt.full}?\nCASE: Yes, this is "
     "{pt.first}.\nINTERVIEWER: Can you confirm your date of birth?\nCASE: {dob.long}.\nINTERVIEWER: Who do "
     "you live with?\nCASE: My {rel} {k1.first} and my {k2.first}. Also {k2.last} from church came by "
     "Sunday.\nINTERVIEWER: {s}\n"},
    {"medical_examiner_report", false,
     "OFFICE OF THE MEDICAL EXAMINER - INVESTIGATIVE REPORT\nCase: {mecase}\nDecedent: {pt.UP}   Age: "
     "{age}   Sex: {sex}\nResidence: {addr}\nPronounced: {date.mdy0} 23:51\nScene: single-vehicle crash, "
     "VIN {vin}, plate {plate}. {s}\nNext of kin: {k1.full} ({rel}), {phone2}\nInvestigator {s6.full}, D-ABMDI\n"},
    {"me_nok_log", false,
     "NEXT-OF-KIN NOTIFICATION LOG - case {mecase}\n{date.mdy} 01:40  called {phone2}, no answer\n{date.mdy} 01:55  message for brother abroad at {intl.ph}\n{date.mdy} "
     "07:15  {k1.full} notified in person with Sgt. {s6.last}\n{date.mdy} 09:00  {k1.first} identified "
     "{pt.first} by photograph. Funeral home to call the office.\n"},
    {"occ_health_injury", false,
     "OCCUPATIONAL HEALTH - WORK INJURY\nEmployee: {pt.sfx}   Plant: stamping line 3\nDOI: {date.mdy0}   "
     "Claim #{claim}\n{s} Supervisor {k2.full} drove {him} over.\nWork status: modified duty, no lifting over "
     "10 lb until {date.mdy0}.\n{s2.full}, MD   cc: {s6.full}, COHN-S\n"},
    {"audiogram_printout", false,
     "HEARING CONSERVATION AUDIOGRAM                     {date.dmon}\nNAME.......... {pt.LF}\nDOB........... "
     "{dob.compact}\nID............ {acct}\nHZ     500  1K  2K  3K  4K  6K\nRIGHT   10  10  15  25  40  30\nLEFT    "
     "10  15  15  30  45  35\nTECH.......... {s5.fil}\n"},
    {"drug_test_custody", false,
     "FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM  Specimen ID {lot}\nDonor: {pt.LF}   SSN or employee ID: "
     "{ssn.nodash}\nDonor daytime phone: {phone}\nCollection date: {date.mdy0}   Reason: post-accident\nCDL no. "
     "{cdl}\nCollector: {s5.full}\n"},
    {"telehealth_transcript", false,
     "VIDEO VISIT TRANSCRIPT (auto-generated) - {date.long}\n[00:00:04] {s1.full}: Hi, can you hear me? Is this "
     "{pt.first}?\n[00:00:07] {pt.UP}: Yes. My {rel} {k1.first} is here too.\n[00:00:12] {s1.full}: Great. Can "
     "you confirm your date of birth?\n[00:00:15] {pt.UP}: {dob.long}.\n[00:01:30] {s1.full}: {s}\n"},
    {"telehealth_chat", true,
     "mesaview chat - {date.md}\n[19:02] {pt.low}: hi is dr {s2.lowlast} on tonight\n[19:03] mesaview support: "
     "connecting you now\n[19:05] {s2.lowfirst}: hi {pt.lowfirst}, whats going on\n[19:06] {pt.lowfirst}: my "
     "sugar is 380 and {k1.lowfirst} says i look pale\n[19:07] {s2.lowfirst}: {s}\n[19:09] {pt.lowfirst}: ok "
     "ill go to urgent care. {k1.lowfirst} can drive\n"},
    {"telehealth_connection_log", false,
     "session_id=tv-{lot} patient=\"{pt.full}\" mrn={mrn} start={date.iso}T14:02:11Z client_ip={ip6} "
     "relay={ip}:3478 device_imei={imei} link={url}\n"},
    {"telehealth_web_intake", false,
     "ONLINE INTAKE (submitted via {url})\nFull name: {pt.full}\nPreferred name: {pt.nick}\nDate of birth: "
     "{dob.mdy0}\nEmail: {email}\nCell: {phone}\nNumber abroad (optional): {intl}\nPharmacy: Kittredge Drug, {town}\nInsurance member ID: {plan}  "
     "Group: {group}\nSubmitted from IP {ip}\n"},
    {"pbm_prior_auth", false,
     "PRIOR AUTHORIZATION DETERMINATION\n{date.long}\n\nMember: {pt.full}   Member ID: {plan}\nRxBIN 004336  "
     "PCN ADV  Group {group}\nDrug: Ozempic 1 mg pen (NDC 0169-4132-12)\nDecision: APPROVED through {date.mdy0}\n"
     "Prescriber: {s1.full}, MD, fax {fax}\n{s}\n"},
    {"pbm_call_note", false,
     "MEMBER SERVICES CALL {date.mdy} 11:48\nCaller: {k1.full} (member's {rel}), calling for {pt.full}\nVerified DOB "
     "{dob.mdy} and zip {zip}\nIssue: mail-order refill of Eliquis late. New address {addr}.\nCall-back "
     "{phone2} or, travelling, {intl}. Case closed by {s6.first} {s6.last}, CPhT\n"},
    {"mail_order_label", false,
     "MESAVIEW RX MAIL ORDER\nSHIP TO:\n{pt.UP}\n{addr3.4}\nRx 7734{n}   Qty 90   Refills 3\nQuestions? {cphone}\n"},
    {"registry_csv", false,
     "participant_id,last,first,dob,enrolled,email,zip\n{regid},{pt.last},{pt.first},{dob.iso},{date.iso},"
     "{email},{zip4}\n"},
    {"registry_recontact", false,
     "RESEARCH REGISTRY - RE-CONTACT CONSENT\nParticipant: {pt.full} ({regid})\n[X] I agree to be contacted about "
     "future studies\n[ ] I do not agree\nPreferred contact: [X] e-mail {email}  [ ] phone {phone}\nAlternate "
     "contact: {k1.full}, {rel}, {phone2}\nSigned {date.mdy0}. Witness: {s6.fi}\n"},
    {"mlp_intake", false,
     "MEDICAL-LEGAL PARTNERSHIP INTAKE\nClient: {pt.full}   DOB {dob.mdy}\nReferred by: {s2.full}, MD (asthma, "
     "mold in apartment)\nAddress: {addr}\nLandlord: {k2.full}, Sunflower Rentals\nIssue: repairs refused since "
     "{date.my}. {s}\nAttorney {s6.full}, Esq.   Paralegal {s4.first}\n"},
    {"mlp_demand_letter", false,
     "{date.long}\n\nVIA CERTIFIED MAIL\n{k2.full}\nSunflower Rentals\n\nRe: Tenant {pt.full}, {street}\n\nDear "
     "{k2.last}:\nOur client's physician has documented that the mold at the unit worsens {pt.last}'s asthma. "
     "{s}\nSincerely,\n{s6.full}, Esq.\n"},
    {"disability_ce_exam", false,
     "CONSULTATIVE EXAMINATION - DISABILITY DETERMINATION SERVICES\nClaimant: {pt.LF}   SSN: {ssn.nodash}   "
     "Claim {dclaim}\nDOB {dob.mdy0}   Identity verified with state ID {stateid}\nDate of exam: {date.mdy0}\n{s} "
     "{s}\nThe claimant drove {him}self to the exam. Examiner: {s1.full}, MD\n"},
    {"fixed_width_labs", false,
     "PATIENT NAME        DOB       MRN       COLLECTED\n{pt.LF}  {dob.mdy0}  {mrn}  {date.compact}\nTEST      "
     "RESULT   REF\nGLU       212 H    70-99\nA1C       9.1 H    <5.7\nCREAT     1.2      0.6-1.3\n"},
    {"forwarded_email", false,
     "---------- Forwarded message ---------\nFrom: {k1.full} <{email.k1}>\nDate: {date.mon}\nSubject: {pt.first}'s "
     "appointment\nTo: front desk <frontdesk@redmesa-fp.example.org>\n\nCan {pt.first} get in before {date.monthd}? "
     "{pt.first} is {age} and cannot wait long.\n\n--\n{s3.full}, CMA\nRed Mesa Family Practice\nDirect {cphone} | Fax "
     "{fax}\n"},
    {"sms_reminders", true,
     "to {phone}: hi {pt.lowfirst}! reminder: appt w/ {s2.lowlast} at three rivers chc {date.md} 9:40am. reply c "
     "to confirm\nfrom {phone}: c\nto {phone}: thanks! questions call {ph7}\n"},
    {"voicemail_transcript", true,
     "voicemail transcription ({date.md} 4:51 pm)\n\"hi this is {k1.low} calling about {pt.low}, i'm the "
     "{rel}, um, {his} birthday is {dob.mdy} ... {he} needs the refill for the eliquis. call me back at {phone2}, "
     "or my work {ph7}. thank you\"\n"},
    {"sticky_notes", false,
     "WHILE YOU WERE OUT\nFor: Dr. {s2.last}   {date.md} 2:15\n{pt.last} called re: meds - wants callback "
     "{ph7}\n---\nmessage left for {pt.first}, no answer. {k1.last}'s wife says try after 5.\n---\n{k1.last} and "
     "{k2.last} both present at front desk re: {elder} {pt.first}. - {s6.first}\n"},
    {"visiting_prose_notes", false,
     "Home visit {date.md}. {elder} {pt.first} sitting outside, {k1.first} fixing the fence. {pt.last}'s "
     "{rel} says the new meds make {him} sleepy. {s} {s} Saw {k2.full} on the way out; {k2.first} will drive "
     "{pt.first} to the clinic.\n{s5.full}, RN\n"},
    {"pacific_family_roster", false,
     "HOUSEHOLD ROSTER\nName                 Relation     DOB\n{pt.LF}   self         {dob.mdy0}\n{k1.LF}   "
     "{rel}     {odob.mdy0}\n{k2.LF}   cousin       {odob.mdy0}\nAddress: {addr}\nCOFA status verified by "
     "{s6.fi} on {date.mdy0}\n"},
    {"elder_wellness_list", false,
     "ELDER WELLNESS CHECKS - week of {date.md}\n{pt.LF} - home, BP 132/84, wood stove ok, needs water haul\n"
     "{k2.lf} - not home; {k1.first} says at {town} for dialysis\n{k1.last} - ok, asked about {elder} {pt.nick}\n"
     "Checked by {s4.sfx}, CHR, with Elder {s3.last}\n"},
    {"ems_run_report", false,
     "VOLUNTEER AMBULANCE - PATIENT CARE REPORT   Run 24-{n}\nDate: {date.mdy0}   Dispatched 04:12   On scene "
     "04:39\nLocation: {milepost}, rollover, single vehicle (plate {plate})\nPatient: {pt.sfx}, {age.wordsyo} "
     "{sexword}, restrained driver. {s}\nDriver's license in wallet: {lic}\nTransported to {fac}. Crew: "
     "{s5.full}, EMT-B; {s6.full}, AEMT\n"},
    {"immunization_registry_printout", false,
     "STATE IMMUNIZATION INFORMATION SYSTEM - PATIENT QUERY RESULT\nLAST NAME: {pt.LAST}   FIRST: {pt.first}   "
     "DOB: {dob.compact}   ZIP: {zip}\nMOTHER'S MAIDEN: {k2.LAST}\nVACCINE        DATE GIVEN   LOT\nTd             "
     "{date.mdy0}   {lot}\nPPSV23         {date.mdy0}   {lot}\nShingrix       {date.mdy0}   {lot}\n"},
    {"dialysis_travel_request", false,
     "TRANSIENT DIALYSIS REQUEST\nTo: Kaimana Pacific Health dialysis, Honolulu   Fax {fax}\nPatient: {pt.full}   DOB "
     "{dob.mdy0}   Medicare {mbi}\nRequested dates: {date.md} through {date.md} (visiting {rel} {k1.full} in "
     "{town})\nHome unit: Riverbend Dialysis, chair {n}. {s}\nLocal contact while travelling: {intl.ws} or "
     "{phone}\nSocial worker {s6.full}, LCSW\n"},
    {"me_property_inventory", false,
     "PROPERTY INVENTORY - ME case {mecase}\nDecedent: {pt.Lf}\n1. Wallet, brown: driver's license {lic}, "
     "$23 cash, library card\n2. Mobile phone, cracked screen, IMEI {imei}\n3. Keys with fob (vehicle "
     "{vin})\n4. Rosary\nReleased to {k1.full} ({rel}) on {date.mdy0}. Investigator {s6.last}\n"},
    {"sports_physical_form", false,
     "PRE-PARTICIPATION PHYSICAL EVALUATION\nName: {k2.full}   Sport: cross-country   DOB {kdob.mdy0}\n"
     "Parent/guardian: {pt.sfx}   Phone: {phone}\n[ ] Chest pain with exercise  [ ] Fainting  [X] Asthma\n"
     "[X] Cleared  [ ] Cleared after evaluation  [ ] Not cleared\n{s}\nExaminer: {s3.full}, PA-C   {date.mdy}\n"},
    {"staff_group_text", true,
     "{s5.lowfirst}: anyone seen {pt.lowlast} today? missed 2 doses\n{s6.lowfirst}: {pt.lowfirst} is at {his} "
     "cousins in {village} til {date.md}\n{s5.lowfirst}: ok ill call {k1.lowfirst} {ph7}\n{s4.lowfirst}: fyi "
     "{pt.lowlast}'s new cell is {phone}\n"},
    {"interpreter_invoice", false,
     "LANGUAGE SERVICES INVOICE  INV-{n}0{n}\nSession: {date.mdy0} 09:00-10:15   Language: Marshallese\nClient: "
     "{pt.lfm}   Encounter {enc}\nProvider: {s1.fi}, MD   Interpreter: {s5.full}\nBill to Kaimana Pacific "
     "Health, attn {s6.first}\n"},
    {"no_phi_sms_broadcast", false,
     "TEXT BROADCAST (all patients): Flu shots Saturday 9-1 at the Chapter House. In crisis? Call or text 988. "
     "Reply STOP to 44355 to opt out.\n{s}\n"},
    {"no_phi_heat_protocol", false,
     "HEAT ILLNESS PREVENTION - field protocol\n{s} {s} Supervisors carry the shade canopy from May through "
     "September.\n"},
    {"no_phi_formulary_update", false, "FORMULARY UPDATE (PBM, quarterly)\n{s}\n{s}\nNo action needed for current members.\n"},
    {"no_phi_standing_order", false,
     "STANDING ORDER - CHR blood pressure checks\n{s} {s} Refer if systolic above 180 or diastolic above 110.\n"},
    {"no_phi_qi_minutes", false, "QI committee minutes: {s} {s} {s} Next meeting Wednesday.\n"},
    {"no_phi_dialysis_water", false, "Water room log: chlorine checks at 05:00 and 09:00 within limits. {s}\n"},
    {"no_phi_fridge_log", false,
     "Vaccine fridge log, {fac}: min 3.1 C, max 6.8 C, no excursions. {s} {s}\n"},
    {"no_phi_school_newsletter", false,
     "School clinic newsletter: flu shots on Tuesday in the gym; sports physicals in August. {s}\n"},
    {"no_phi_teaching_case", false,
     "Teaching case: farmworker, {yage} years old, with headache and nausea after a 10-hour shift in July. {s} "
     "{s}\n"},
};

}  // namespace

std::size_t sixteenthTemplateCount() { return std::size(kTemplates16); }

std::string_view writeSixteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                    std::size_t choice) {
  const Cast16 cast = makeCast16(seed, patientIndex);
  const Template16& t = kTemplates16[choice % std::size(kTemplates16)];
  Ctx16 x{builder, cast, t.lower};
  expand(x, t.pattern);
  return t.name;
}

std::string sixteenthSentence(Random& r) { return sentence16(r); }

}  // namespace concord::phi::corpus
