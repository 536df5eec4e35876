// The eleventh family (kEleventhSeed only): templates, look-alike sentences and name pools written
// by someone who had not seen the detector's rules, and never run against it while being written.
// Document styles: anaesthesia pre-op assessment, blood bank specimen rejection, rehab team
// conference minutes, school nurse letter to a parent, jail sick-call request, a veterinary chart
// mix-up, three-generation family history, NICU parent diary, coroner's inquest summary,
// interfacility transfer crew log, solicitor's letter requesting records, OCR text of a scanned
// form with odd spacing, SMS thread with a relative, spreadsheet rows pasted as text, referral
// e-mail with headers, lactation consult, allergy skin testing, hyperbaric oxygen log, fertility
// clinic embryology log, prosthetics fitting, cochlear implant activation, bariatric psychology
// clearance, wheelchair seating clinic, patient belongings inventory, vaccine adverse event form,
// answering service page log, repatriation letter, clinical photography consent, compounding
// pharmacy label, home sleep test return, discharge against advice, advance directive witness
// page, controlled substance agreement, wrong-patient near miss, telemetry pack assignment, valet
// log, guardian ad litem letter, payment plan, growth check with parents, portal IT ticket,
// newborn hearing screen letter, crisis line log, student health hold, complaint letter from a
// family, legacy all-capitals registration screen, lower-case chat from a ward clerk, dictation
// with spoken punctuation, police blood-alcohol request, dementia "about me" profile, ward
// handover list with initials, adoption records request, pharmacy home delivery, medical ID
// bracelet order, and eight kinds of note without PHI.
//
// Gold span conventions: the ninth family's (see the header of corpus_ninth_family.cpp), as
// restated by the tenth family, restated briefly here and adapted.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels, quotes, brackets and
//    trailing punctuation are outside.
//  * Names: titles ("Dr. ", "Dr ", "Doctor ", "Mr. ", "Mr ", "Ms. ", "Mrs ", "Nurse ", "Judge ",
//    "Officer ") and credentials or roles (", MD", ", DO", " RN", ", RN", ", CRNA", ", IBCLC",
//    ", CPO", ", Esq.", ", RRT", ", EMT-P", ", LPN", ", AuD", ", PhD", ", MLS", ", MS, CGC",
//    ", HIM", " (PT)", " (RN)") are outside; a name written in one piece is one span ("Jovita
//    Tolliver", "J. Tolliver", "J. S. Tolliver", "JS Tolliver" in a handover list, "Tolliver,
//    Jovita", "TOLLIVER, JOVITA", "TOLLIVER Jovita" on a tube label, "Jovita S. Tolliver", "Jovita
//    Serafina Tolliver", lower case in a chat or SMS); particles, apostrophes, hyphens and
//    accents are inside. A possessive "'s" is outside. A first name alone, a surname alone and a
//    nickname ("known as Jinx") are spans. Eponyms naming a sign, disease, test or organism are
//    not PHI even when a pool holds the same surname ("Wilms tumour", "D. pteronyssinus"); no
//    animal's name is written.
//  * Dates: the date only; month/day without a year and month/year are dates; a year alone is
//    not PHI; times and weekdays are outside.
//  * Ages: the patient's own age, a span only when over 89: the number only ("93" of
//    "93-year-old", "93F", "93 y/o", "aged 93") or the words ("ninety-three"). Ages of 89 or
//    less, and ages of other people (all under 90), are not PHI.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, payers,
//    seven-digit local numbers, international numbers); extensions are outside; numbers
//    labelled fax are "fax"; 911, 988 and 711 are not PHI, nor four-digit internal extensions.
//  * Identifiers: medical record, alternate chart and research participant numbers are "mrn";
//    account, claim and invoice numbers are "account"; member, group, Medicaid and Medicare
//    numbers are "health_plan"; driver's licences and state IDs are "license"; device serials and
//    IMEIs are "device"; VINs and plates are "vehicle". Lot numbers, NDC, CPT and ICD codes,
//    rooms, beds, unit numbers of blood products and order numbers are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; in multi-line addresses each line's part is its own span; a
//    city alone or "City, ST" is an "address" span; the ZIP is always its own "zip" span.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_eleventh_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// Name pools, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).
constexpr std::string_view kGiven11[] = {
    "Jovita", "Evaristo", "Xochitl", "Ulises", "Ysenia", "Eufemia", "Inocencio", "Tolulope", "Rigoberta",
    "Pancracio", "Crisanto", "Eliseo", "Atanasio", "Yaretzi", "Cuauhtemoc", "Kofi-Boakye", "Bisola", "Kalinda",
    "Wairimu", "Jepkosgei", "Sifiso", "Tirunesh", "Haregewoin", "Abdiweli", "Rahma", "Ibtisam", "Zainab-Noor",
    "Wafaa", "Hiyam", "Bashir", "Suhaila", "Farshid", "Golshan", "Gokhan", "Tulay", "Davit", "Tamuna", "Zurab",
    "Venkat", "Lalitha", "Kishore", "Anupama", "Harpreet-Kaur", "Rubina", "Tashi", "Guihua", "Lifen", "Baozhu",
    "Yongmei", "Hok-lam", "Pui-ling", "Tatsuya", "Fumio", "Kazuko", "Sung-min", "Tuan-anh", "Bich-ngoc",
    "Somsak", "Chanthy", "Vannak", "Khamla", "Divina", "Ketut-Ayu", "Sefa", "Mereana", "Doli", "Hastiin",
    "Ayita", "Wacian", "Bogumiła", "Mieczysław", "Vlasta", "Miloš", "Zoltán", "Csilla", "Luminița", "Vasilka",
    "Radmila", "Ivanka", "Valdis", "Ieva", "Kalle", "Pirjo", "Seppo", "Kjell", "Margit", "Haukur", "Ásta",
    "Rosmarie", "Gerda", "Adriaan", "Baukje", "Jozefien", "Géraldine", "Thibaut", "Bérénice", "Agostino",
    "Custódio", "Iracema", "Severino", "Seosamh", "Iona", "Hywel", "Myfanwy", "Jedediah", "Cleveland",
    "Thurston", "Lamont", "Jamarcus", "Raynell", "Braxtyn", "Kashlynn", "Addilyn", "Rochel", "Faiga", "Yisroel",
    "Ta'Nisha", "De'Andre", "Jo-Lynn", "Mary-Lou", "Ann-Kristin", "Abdul-Wahid", "Nur-ul-Ain", "Xiu-Ying",
    "Mai-Linh", "Bobbie-Sue", "Kyrylo", "Thuy-Tien", "Sixtina", "Ermelinda", "Zoraida", "Hipólito", "Wenonah",
    "Zuleika", "Kerensa", "Tamsyn-Jo",
};

constexpr std::string_view kSecond11[] = {
    "Bonifacia", "Domitilla", "Erasmus", "Filippa", "Gaudencio", "Honorine", "Ignacia", "Justinian", "Ludovica",
    "Marcellus", "Norberta", "Oswin", "Petronella", "Quentina", "Rafaela-Luz", "Serafina", "Theophilus",
    "Valeriana", "Wendeline", "Zephyrine", "Cyprian", "Hermione-Rose",
};

constexpr std::string_view kNick11[] = {
    "Dimps", "Skipper", "Doodle", "Boomer", "Sweet-pea", "Noodle", "Tootsie", "Cubby", "Mack", "Ladybug",
    "Button", "Chickpea", "Snickers", "Tadpole", "Mittens", "Jinx", "Fritz",
};

constexpr std::string_view kFamily11[] = {
    "Quillfeather", "Pennywhistle", "Hollingsworth", "Fairbairn", "Haverford", "Kettleby", "Lockwood",
    "Northcott", "Ravenscroft", "Stackhouse", "Tolliver", "Underhill", "Wainwright", "Yardley", "Baker-Finch",
    "Cooper-Adeyemi", "Fletcher-Hale", "Ainsworth-Mbeki", "Benavides", "Arredondo", "Cervantes-Loya",
    "Montemayor", "Mensah-Bonsu", "Asamoah", "Okonkwo-Ibe", "Adeyinka", "Haile-Mariam", "Abdikadir", "Haddadin",
    "Shahbazi", "Karaca", "Demirci", "Aksoy", "Venkatesan", "Iyer-Walsh", "Rahman-Ali", "Lau-Hendricks",
    "Fujimori", "Hayashida", "Kobayashi-Reid", "Huỳnh", "Lương", "Bùi", "Chantharath", "Grabowska",
    "Popescu-Lenz", "Shevchuk", "Lundgren", "Kjær", "Gunnarsdóttir", "Hoffmann-Lutz", "Krämer", "Vogelsang",
    "Brinkmann", "Hendriks", "Dubois-Faure", "Ferrante", "Stavrou", "McCrimmon", "Goldfarb", "Kaplan-Stern",
    "Weissberg", "O'Halloran", "D'Arcy-Mbatha", "van der Merwe", "Dela Peña", "di Napoli", "von Ahlefeldt",
    "Le Goff", "La Fontaine", "al-Farsi", "Ould Ahmed", "Van Houten-Ruiz", "Wilms", "Tumblewood", "Ashdown",
    "Blenkinsop", "Drinkwater", "Entwistle", "Gedge", "Higginbottom", "Inchbald", "Jellicoe", "Kilbride",
    "Loveday", "Mottram", "Nettleship", "Oddie", "Quennell", "Rudd-Mensah", "Sowerby", "Threlfall", "Uttley",
    "Vipond", "Wolstenholme", "Yeoward", "Zealey", "Arceneaux", "Landry-Okafor", "Hebert-Lam", "Ozuna",
    "Betancourt", "Larrañaga", "Ezeokafor", "Akintola", "Obiri-Yeboah", "Agyemang", "Wambugu", "Gebreyesus",
    "Woldemichael", "Farah-Hirsi", "Jama-Osman", "Tawfiq", "Abu-Zeid", "Shalhoub", "Esfandiari", "Golpayegani",
    "Yavuz", "Erdogdu", "Manukyan", "Tsereteli", "Parthasarathy", "Bhattacharjee", "Sandhu-Grewal",
    "Mukherjee-Hale", "Siriwardena", "Gurung-Tamang", "Szeto", "Leung-Fairfax", "Hirano", "Tsukamoto",
    "Ishikawa-Brown", "Yoon-Park", "Seong", "Phan-Tran", "Vương", "Đoàn", "Phommasane", "Kusumawati",
    "Fa'amausili", "Taumalolo", "Tahuri", "Manybeads", "Przybylski", "Wróblewska", "Szczepańska", "Kovács-Nagy",
    "Marchenko", "Vaitkus", "Ozoliņa", "Lehtonen", "Fossum", "Hagen-Lie", "Sandström", "Øvergaard",
    "Jóhannsdóttir", "Zimmermann-Roe", "Oberhauser", "Wachtel", "Kuipers", "Beauchemin", "Caruso-Bell",
    "Pacheco-Vaz", "Kola", "MacLennan", "Pryce-Jones", "Trethewey", "Rosenthal-Oz", "Grünfeld", "O'Mahony-Diaz",
    "D'Almeida", "van Rensburg", "de la Harpe", "De Bruyne", "dos Anjos", "Dal Bosco", "von Stauffenberg-Ly",
    "La Salle", "St. Pierre-Okoye", "al-Sabah", "bin Rahim", "Ould Cheikh", "Van Zandt", "Da Silva-Moore",
    "MacDuff", "Aldridge-Nkemelu", "Hurlbutt", "Gawthorpe",
};

constexpr std::string_view kInitials11[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Y"};
constexpr std::string_view kRelations11[] = {"mother", "father", "daughter", "son", "wife", "husband", "fiancée",
                                             "sister", "brother", "aunt", "uncle", "cousin", "grandmother",
                                             "son-in-law", "daughter-in-law", "foster mother", "landlady",
                                             "carer", "housemate"};
constexpr std::string_view kMail11[] = {"pelicanmail.example.com", "tidewater-post.example.net",
                                        "bluejay.example.org", "lanternbox.example.com", "kestrel-net.example.net"};
constexpr std::string_view kStaffMail11[] = {"wrenfield-health.example.org", "saltmarsh-clinic.example.net",
                                             "copperbeech.example.org"};
constexpr std::string_view kFac11[] = {"Wrenfield General Hospital", "Saltmarsh Family Clinic",
                                       "Copper Beech Children's Hospital", "Our Lady of the Lanterns Hospital",
                                       "Halloway Valley Medical Centre", "Tern Point Rehabilitation Institute",
                                       "Gorse Hill Women's Health"};
constexpr std::array<std::string_view, 12> kMonths11 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon11 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes11[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTens11[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};


struct Person11 {
  std::string first, second, initial, last, nick;
};

struct Cast11 {
  Person11 pt, k1, k2;
  std::array<Person11, 6> staff;
  std::string k1rel, k2rel;
};

struct Ctx11 {
  NoteBuilder& b;
  const Cast11& c;
  int caseMode = 0;  // 0 as written, 1 capitals, 2 lower case
};

// Case mapping of the letters the pools use: ASCII, Latin-1 (lead byte 0xC3) and Latin
// Extended-A (U+0100 to U+017F, lead bytes 0xC4 and 0xC5, upper and lower case in pairs).
bool extendedAUpperIsEven(unsigned cp) { return (cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177); }
bool extendedAUpperIsOdd(unsigned cp) { return (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E); }

std::string recase11(std::string s, bool upper) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (upper && v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      if (!upper && v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      unsigned cp = ((u & 0x1Fu) << 6) | (v & 0x3Fu);
      if (extendedAUpperIsEven(cp)) cp = upper ? (cp & ~1u) : (cp | 1u);
      else if (extendedAUpperIsOdd(cp)) cp = upper ? (cp % 2 ? cp : cp - 1) : (cp % 2 ? cp + 1 : cp);
      s[i] = static_cast<char>(0xC0 | (cp >> 6));
      s[i + 1] = static_cast<char>(0x80 | (cp & 0x3F));
      ++i;
    } else if (u < 0x80) {
      s[i] = static_cast<char>(upper ? std::toupper(u) : std::tolower(u));
    }
  }
  return s;
}

std::string lower11(std::string s) { return recase11(std::move(s), false); }
std::string upper11(std::string s) { return recase11(std::move(s), true); }

std::string cased(const Ctx11& x, std::string s) {
  return x.caseMode == 2 ? lower11(std::move(s)) : x.caseMode == 1 ? upper11(std::move(s)) : s;
}
void put(Ctx11& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx11& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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
    return n < 10 ? std::string(kOnes11[n]) : std::string(kTeens[n - 10]);
  }
  return std::string(kTens11[n / 10]) + (n % 10 ? "-" + std::string(kOnes11[n % 10]) : "");
}

Person11 makePerson11(Random& r) {
  Person11 p;
  p.first = pickS(r, kGiven11);
  p.second = pickS(r, kSecond11);
  p.initial = pickS(r, kInitials11);
  p.last = pickS(r, kFamily11);
  p.nick = pickS(r, kNick11);
  return p;
}

Cast11 makeCast11(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1111ULL) * 0xa0761d6478bd642fULL ^ (patientIndex * 0xe7037ed1a0b428dbULL + 0x11111ULL));
  r.next();
  Cast11 c;
  c.pt = makePerson11(r);
  c.k1 = makePerson11(r);
  if (r.chance(0.55)) c.k1.last = c.pt.last;
  c.k2 = makePerson11(r);
  if (r.chance(0.4)) c.k2.last = c.pt.last;
  for (Person11& s : c.staff) s = makePerson11(r);
  c.k1rel = pickS(r, kRelations11);
  c.k2rel = pickS(r, kRelations11);
  return c;
}

const Person11& who(const Cast11& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx11& x, const Person11& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "f2", "ii", "Lf"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "f2") v = p.first + " " + p.second + " " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "LF") v = upper11(p.last + ", " + p.first);
  else if (form == "LFM") v = upper11(p.last + ", " + p.first + " " + p.initial);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower11(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower11(p.first);
  else if (form == "lowlast") v = lower11(p.last);
  else if (form == "ii") v = firstLetter(p.first) + ". " + firstLetter(p.second) + ". " + p.last;
  else if (form == "iin") v = firstLetter(p.first) + firstLetter(p.second) + " " + p.last;
  else if (form == "Lf") v = upper11(p.last) + " " + p.first;
  else if (form == "CAPS") v = upper11(p.first + " " + p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

// Dates: an event date in 2022-2025, written in one of many styles.
void writeDate(Ctx11& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy", "mdyy", "iso", "long", "dmy", "abbr", "md", "mon",
                                                   "compact", "ord", "dot", "mdy0", "dash", "dmon", "monyy",
                                                   "longnoyear", "slashiso"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths11[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon11[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "dmy") v = std::to_string(d) + " " + month + " " + std::to_string(y);
  else if (style == "abbr") v = pad2(d) + "-" + mon + "-" + std::to_string(y);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "mon") v = mon + " " + std::to_string(d);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "ord") {
    const int t = d % 100;
    const char* s = (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
    v = month + " " + std::to_string(d) + s;
  } else if (style == "dot") v = pad2(d) + "." + pad2(m) + "." + std::to_string(y);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "my0") v = pad2(m) + "/" + std::to_string(y);
  else if (style == "dash") v = pad2(m) + "-" + pad2(d) + "-" + std::to_string(y);
  else if (style == "dmon") v = std::to_string(d) + " " + mon + " " + std::to_string(y);
  else if (style == "dmonyy") v = std::to_string(d) + "-" + mon + "-" + pad2(y % 100);
  else if (style == "monyy") v = mon + " " + std::to_string(d) + ", '" + pad2(y % 100);
  else if (style == "longnoyear") v = month + " " + std::to_string(d);
  else if (style == "slashiso") v = std::to_string(y) + "/" + pad2(m) + "/" + pad2(d);
  else if (style == "dmyuk") v = pad2(d) + "/" + pad2(m) + "/" + std::to_string(y);
  else if (style == "ocr") v = pad2(m) + " / " + pad2(d) + " / " + std::to_string(y);
  else if (style == "monthyear") v = month + " " + std::to_string(y);
  else throw std::logic_error("unknown date style " + style);
  put(x, "date", v);
}

void writeAge(Ctx11& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  const bool phi = age > 89;
  std::string value = std::to_string(age), after;
  if (form == "yo") after = "-year-old";
  else if (form == "y/o") after = " y/o";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "yrs") after = " years old";
  else if (form == "words") { value = words(age); after = "-year-old"; }
  else if (form == "wordsbare") value = words(age);
  else if (form == "yoa") after = " yo";
  else if (form == "yrsold") after = " yrs";
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 6)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return a + " " + e + " " + l;
    case 4: return "1-" + a + "-" + e + "-" + l;
    case 5: return "+1 " + a + " " + e + " " + l;
    default: return "(" + a + ")" + e + "-" + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

std::string international(Random& r) {
  switch (r.between(0, 3)) {
    case 0: return "+49 30 " + r.digits(4) + " " + r.digits(4);
    case 1: return "+61 4" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 2: return "+234 1 " + r.digits(3) + " " + r.digits(4);
    default: return "+91 98" + r.digits(3) + " " + r.digits(5);
  }
}

std::string email(Random& r, const Person11& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 3)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(1, 99)); break;
    case 2: local = l + "_" + f; break;
    default: local = f + r.digits(4); break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail11) : std::span<const std::string_view>(kMail11));
}

void writeStreet(Ctx11& x, bool withCity) {
  const Patient& p = x.b.patient();
  std::string v = p.streetNumber + " " + p.streetName;
  if (!p.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + p.unit;
  if (withCity) v += ", " + p.city + ", " + p.state;
  put(x, "address", v);
}

// Expands {key} placeholders of a pattern; literal text is written as it stands.
void expand(Ctx11& x, std::string_view pattern);

std::string sentence11(Random& r);

void placeholder(Ctx11& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (head == "pt" || head == "k1" || head == "k2" || (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6')) {
    writeName(x, who(x.c, head), std::string(form));
  } else if (head == "rel") {
    say(x, x.c.k1rel);
  } else if (head == "rel2") {
    say(x, x.c.k2rel);
  } else if (head == "him") {
    say(x, p.female ? "her" : "him");
  } else if (head == "title") {
    say(x, p.female ? (r.chance(0.5) ? "Ms." : "Mrs") : (r.chance(0.5) ? "Mr." : "Mr"));
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "dob") {
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, form.empty() ? std::string(r.chance(0.5) ? "mdy0" : (r.chance(0.5) ? "iso" : "mdy")) : std::string(form));
  } else if (head == "date") {
    writeDate(x, r.between(2022, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {
    say(x, std::to_string(r.between(3, 88)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", international(r));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    put(x, "email", email(r, who(x.c, form.empty() ? "pt" : form), !form.empty() && form[0] == 's'));
  } else if (head == "ssn") {
    std::string s = p.ssn;
    const int style = r.between(0, 3);
    if (style == 2) s = s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4);
    if (style == 3) s = s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4);
    put(x, "ssn", s);
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "mrn2") {
    put(x, "mrn", (r.chance(0.5) ? "WGH" : "SM-") + r.digits(7));
  } else if (head == "study") {
    put(x, "mrn", "S11-" + r.digits(4) + "-" + r.letters(1));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "claim") {
    put(x, "account", "CL-" + r.digits(4) + "-" + r.digits(6));
  } else if (head == "invoice") {
    put(x, "account", "INV" + r.digits(8));
  } else if (head == "medicaid") {
    put(x, "health_plan", r.letters(2) + r.digits(5) + r.letters(1));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", r.digits(5) + "-" + r.letters(1) + r.digits(2));
  } else if (head == "mbi") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(1, true) + r.letters(1, true) + r.digits(1) + "-" +
                              r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) + r.digits(2));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : r.letters(1) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "imei") {
    put(x, "device", r.digits(15));
  } else if (head == "serial") {
    put(x, "device", r.letters(1) + r.digits(2) + "-" + r.letters(2) + r.digits(5));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", p.plate);
  } else if (head == "url") {
    const std::string slug = fold(x.c.pt.first) + "-" + fold(x.c.pt.last);
    switch (form == "obit" ? 2 : r.between(0, 2)) {
      case 0: put(x, "url", "https://giveapeer.example.org/fund/" + slug + "-recovery"); break;
      case 1: put(x, "url", "https://mychart.wrenfield-health.example.org/p/" + p.mrn + "?tab=letters&v=2"); break;
      default: put(x, "url", "http://lanternbox.example.com/~" + fold(x.c.pt.last) + "/photos/" + r.digits(3)); break;
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    static constexpr std::string_view kHex = "0123456789abcdef";
    const bool full = r.chance(0.5);
    std::string v = full ? "2600:1702" : "fe80:";
    for (int k = 0; k < (full ? 6 : 4); ++k) {
      v += ":";
      for (int m = 0, n = r.between(1, 4); m < n; ++m) v.push_back(kHex[r.next() % 16]);
    }
    put(x, "ip", v);
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "addr") {  // one line, maybe with the ZIP
    writeStreet(x, true);
    if (r.chance(0.7)) {
      say(x, " ");
      put(x, "zip", p.zip);
    }
  } else if (head == "addrz") {  // one line with the ZIP
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
    say(x, "  ");
    put(x, "zip", p.zip);
  } else if (head == "city") {
    put(x, "address", p.city);
  } else if (head == "cityst") {
    put(x, "address", p.city + ", " + p.state);
  } else if (head == "zip") {
    put(x, "zip", p.zip);
  } else if (head == "fac") {
    say(x, pickS(r, kFac11));
  } else if (head == "s") {
    say(x, sentence11(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx11& x, std::string_view pattern) {
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



// Look-alike sentences without PHI: eponyms (some are also surnames of the pools), drug names,
// doses, scores, codes, rooms, times, years alone, month words that are not dates, ages of 89 or
// less, blood product and lot numbers, and emergency numbers.
std::string sentence11(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(11, 97));
  const std::string n3 = std::to_string(r.between(101, 640));
  switch (r.between(0, 43)) {
    case 0: return "Wilms tumour resected in childhood, no recurrence.";
    case 1: return "Homans sign negative; calves soft and non-tender.";
    case 2: return "Tinel and Phalen tests positive at the right wrist.";
    case 3: return "Started Keppra 500 mg BD after a single provoked seizure in " + std::to_string(r.between(1988, 2021)) + ".";
    case 4: return "Lachman grade " + std::to_string(r.between(1, 3)) + " with a soft end point.";
    case 5: return "Murphy sign equivocal; ultrasound booked for the morning list.";
    case 6: return "Hb " + std::to_string(r.between(68, 162)) + " g/L, platelets " + n3 + ", INR 1." + n1 + ", fibrinogen 2." + n1 + " g/L.";
    case 7: return "Transfused 2 units RBC, unit W" + r.digits(4) + " " + r.digits(2) + " " + r.digits(6) + " first.";
    case 8: return "MRSA screen from nose and groin negative x" + n1 + ".";
    case 9: return "Bed " + n2 + " on Ward 7 West; side room requested for C. difficile precautions.";
    case 10: return "Apgar " + n1 + " at 1 minute and 9 at 5 minutes.";
    case 11: return "Dix-Hallpike positive on the left; Epley manoeuvre performed.";
    case 12: return "Her " + std::to_string(r.between(30, 88)) + "-year-old husband is her main carer.";
    case 13: return "Lugol iodine applied; no Schiller-positive areas.";
    case 14: return "Weber lateralises to the left, Rinne positive bilaterally.";
    case 15: return "Take-home naloxone kit issued; call 911 if found unresponsive.";
    case 16: return "EtCO2 " + std::to_string(r.between(30, 45)) + " mmHg, SpO2 9" + n1 + "% on 4 L.";
    case 17: return "Clexane 40 mg SC daily for VTE prophylaxis; TED stockings fitted.";
    case 18: return "Barthel index " + std::to_string(r.between(20, 100)) + "/100 on admission.";
    case 19: return "Morse fall scale " + std::to_string(r.between(25, 95)) + "; hip protectors offered.";
    case 20: return "Gram stain shows gram-positive cocci in clusters.";
    case 21: return "Started Augmentin 625 mg TDS for 5 days.";
    case 22: return "Kayser-Fleischer rings absent on slit lamp.";
    case 23: return "HbA1c 5" + n1 + " mmol/mol, eGFR " + n2 + " mL/min/1.73m2.";
    case 24: return "Crohn disease in remission on adalimumab 40 mg every other week.";
    case 25: return "Allen test normal before the radial arterial line.";
    case 26: return "Lot AB" + r.digits(4) + " of Shingrix given in the left deltoid at 10:20.";
    case 27: return "CPT 36430 and ICD-10 D62 recorded for the transfusion.";
    case 28: return "Extension 5" + r.digits(3) + " rings the blood bank directly.";
    case 29: return "Trendelenburg gait improving with hip abductor strengthening.";
    case 30: return "Cheyne-Stokes breathing noted overnight, family aware.";
    case 31: return "Epworth sleepiness score " + std::to_string(r.between(2, 22)) + ".";
    case 32: return "Paget disease of bone on the 1999 films, alkaline phosphatase normal now.";
    case 33: return "Child-Pugh B, MELD " + std::to_string(r.between(8, 38)) + ".";
    case 34: return "Glasgow-Blatchford score " + n1 + "; OGD within 24 hours.";
    case 35: return "Quit smoking in March after 30 pack-years.";
    case 36: return "May need a Foley again if the bladder scan exceeds 400 mL.";
    case 37: return "Seen at 07:45 and again at 16:30 on the ward round.";
    case 38: return "Spirometry FEV1 " + std::to_string(r.between(40, 95)) + "% predicted, ratio 0.6" + n1 + ".";
    case 39: return "Nil by mouth from midnight; IV Hartmann's at 80 mL/h.";
    case 40: return "Her brother, aged " + std::to_string(r.between(40, 85)) + ", had a similar rash last summer.";
    case 41: return "Graves orbitopathy stable, CAS 1/7.";
    case 42: return "Order 77" + r.digits(5) + " for a portable CXR placed at 02:10.";
    default: return "Mobilising with a Zimmer frame and supervision of one.";
  }
}

struct Template11 {
  std::string_view name;
  int caseMode;  // 0 as written, 1 capitals, 2 lower case
  std::string_view pattern;
};

constexpr Template11 kTemplates11[] = {
    {"anaesthesia_preop", 0,
     "PRE-ANAESTHETIC ASSESSMENT\nName: {pt.LF}   Hosp no. {mrn}   DOB {dob}\nProcedure: L hip hemiarthroplasty, list of "
     "{date.dmon}\nASA III. Mallampati 2, TMD > 6 cm, mouth opening 3 fingers. {s}\nPrevious GA in 1998 uneventful; no "
     "family history of malignant hyperthermia. {s}\nNOK: {k1.full} ({rel}) {phone2}\nAssessed by {s3.fi}, CRNA, with Dr "
     "{s1.last}\n"},
    {"blood_bank_rejection", 0,
     "BLOOD BANK - SPECIMEN REJECTED\nReceived {date.dmonyy} 03:40. Tube label read \"{pt.Lf}\" but the request form read "
     "\"{pt.LF}\", MRN {mrn}; the DOB on the tube ({dob}) did not match the form. A new group and screen is required. "
     "Ward informed: spoke to {s5.first} (RN) on ext 4471. {s}\n-- {s4.fi}, MLS\n"},
    {"rehab_conference", 0,
     "REHAB TEAM CONFERENCE {date.long}\nPresent: Dr. {s1.last} (physiatry), {s2.full} (PT), {s3.first} (OT), {s4.full} "
     "(SLP), {s6.fi} (SW)\nPatient: {pt.full}, {age.yo}\nFIM motor 48 -> 61. {s} Barriers: three steps to enter the home at "
     "{street}; {rel} {k1.first} works nights. {s}\nEstimated discharge {date.md}. Family meeting booked with {k1.full}.\n"},
    {"school_nurse_letter", 0,
     "School Health Office\n\n{date.long}\n\nDear {k1.full},\n\n{pt.first} came to the health office today at 10:15 with "
     "wheeze after PE. Peak flow was 210 (personal best 320). Two puffs of albuterol from the school supply were given "
     "with good effect. {s}\nPlease send in a refilled inhaler and an asthma action plan signed by Dr. {s2.last}. You can "
     "reach me on {cphone} or at {email.s5}.\n\nKind regards,\nNurse {s5.last}\n"},
    {"jail_sick_call", 0,
     "INMATE SICK CALL REQUEST\nName: {pt.CAPS}   Housing: C-pod cell 14   DOB {dob}\nDate: {date.mdyy}\nComplaint (inmate's "
     "words): \"my tooth is killing me cant eat since {date.md}\"\nTriage: {s} Ibuprofen 400 mg issued from stock. Referred "
     "to the dental line.\nSeen by {s5.full}, LPN. Emergency contact on the booking sheet: {k1.full}, {phone2}.\n"},
    {"veterinary_mixup", 0,
     "Chart correction {date.iso}: a result faxed from a veterinary practice (their fax {fax}) for a 9-year-old Labrador "
     "was filed in the chart of {pt.full} (MRN {mrn}), who is the dog's owner. The page was removed from the medical "
     "record and the practice informed by phone on {cphone}. {s} -- {s6.full}, HIM\n"},
    {"family_history", 0,
     "FAMILY HISTORY (three generations)\nProband: {pt.full}.\nMother: {k1.first}, breast cancer at 44, died at 51. "
     "Maternal aunt {k2.full}: ovarian cancer at 58. Father living at 78 with hypertension. Two brothers, well. {s}\n"
     "BRCA1/2 panel sent {date.mdy}; results to be mailed to {addr}.\nCounsellor: {s3.full}, MS, CGC\n"},
    {"nicu_parent_diary", 0,
     "NICU bedside diary - pod 3, cot 7\n{date.longnoyear}: Mum ({k1.first}) did kangaroo care for two hours; baby "
     "{pt.first} tolerated 18 mL q3h EBM via NG. {s}\n{date.longnoyear}: Dad ({k2.first}) visited after work and asked "
     "for the parking permit form. Weight 1,460 g.\nPrimary nurse {s5.first}. Parents' mobile {phone}.\n"},
    {"coroner_inquest", 0,
     "OFFICE OF THE CORONER - INQUEST SUMMARY\nDeceased: {pt.fml}, {age.yrs}, of {cityst}\nDate of death: {date.long}\n"
     "Found by {rel} {k1.full} at {street}. Last seen alive on {date.md} by a neighbour. {s}\nPost-mortem by Dr {s3.last}: "
     "coronary atherosclerosis with 90% LAD stenosis. Manner of death: natural.\n"},
    {"transfer_crew_log", 0,
     "INTERFACILITY TRANSFER - CREW LOG\nFrom: {fac}, ICU bed 12   To: regional cath lab\nPt: {pt.fi}   {age.sex}   wt "
     "72 kg\n01:41 crew at bedside; report from {s5.first} RN. 01:58 depart, lights no sirens. 02:24 arrive. {s}\nCrew: "
     "{s2.full}, EMT-P / {s6.full}, RRT   Unit 14\n"},
    {"solicitor_letter", 0,
     "LANTERNWICK LEGAL LLP\n\n{date.long}\n\nMedical Records Department\n{fac}\n\nOur client: {pt.full}\nDate of birth: "
     "{dob.long}\nDate of incident: {date.long}\nYour ref: {mrn}   Claim ref: {claim}\n\nDear Sir or Madam,\nWe act for the "
     "above-named in connection with a fall on a wet floor. Please provide copies of all records, including imaging, from "
     "{date.my0} to date. Our client's signed authority is enclosed. Please reply to {email.s4} or by fax to {fax}.\n\n"
     "Yours faithfully,\n{s4.full}, Esq.\n"},
    {"ocr_scanned_form", 0,
     "PATlENT  REG|STRATION   F0RM   (scanned p.1)\nN a m e :  {pt.LF}\nD . O . B . :   {dob.ocr}\nA d d r e s s :  "
     "{street}\n                {cityst}   {zip}\nH o m e  P h :  {phone}\nS S N :  {ssn}\nl n s u r a n c e  I D :  {plan}\n"
     "S i g n a t u r e :  ____________   D a t e :  {date.mdy}\n"},
    {"sms_thread", 0,
     "SMS log exported from the care-coordination app\n[{date.mdyy} 18:02] {k1.lowfirst}: hi its {k1.lowfirst}, "
     "{pt.lowfirst}'s {rel}. {he} didnt sleep again, can we up the melatonin??\n[{date.mdyy} 18:40] Clinic: Hi "
     "{k1.first}, this is {s5.first} from the memory clinic. Please don't change doses by text - call us on {cphone} "
     "tomorrow.\n[{date.mdyy} 18:41] {k1.lowfirst}: ok ty. new number for me is {phone2}\n"},
    {"spreadsheet_paste", 0,
     "Clinic no-show list (pasted from spreadsheet)\nMRN\tName\tDOB\tPhone\tAppt\n{mrn}\t{pt.LF}\t{dob}\t{phone}\t"
     "{date.mdy0}\n{mrn2}\t{k2.lf}\t{date.mdy0}\t{phone2}\t{date.mdy0}\n"},
    {"referral_email", 0,
     "From: {s2.full} <{email.s2}>\nTo: {email.s3}\nDate: Tue, {date.dmon} 09:14\nX-Originating-IP: [{ip}]\nSubject: "
     "referral - {pt.full}, DOB {dob}\n\nHi {s3.first},\nCould you squeeze in {title} {pt.last} ({age.y/o}) for a "
     "rheumatology opinion? {s} Hospital number {mrn}. The {rel}, {k1.first}, is the best contact on {phone2}.\n"
     "Thanks, {s2.first}\n"},
    {"lactation_consult", 0,
     "Lactation consult, postpartum day 2. Mother {k1.full} (G1P1), infant {pt.first} born {date.md} at 39+2. {s} Latch "
     "improved in the laid-back position; LATCH score 8. Nipple shield not needed. Outpatient lactation line {cphone}.\n"
     "{s4.full}, IBCLC\n"},
    {"allergy_skin_test", 0,
     "ALLERGY CLINIC - SKIN PRICK TESTING {date.dmy}\n{pt.LF}   {mrn}\nHistamine 6 mm, saline 0 mm. D. pteronyssinus "
     "9 mm, cat 4 mm, grass pollen 0 mm, peanut 0 mm. {s}\nBaked egg challenge booked; {rel} {k1.first} will bring the "
     "adrenaline pen. Results e-mailed to {email}.\nTested by {s5.fi}, RN\n"},
    {"hyperbaric_log", 0,
     "HYPERBARIC OXYGEN TREATMENT LOG\nPt: {pt.fi}   Tx 14 of 30   {date.iso}\nIndication: radiation cystitis. 2.4 ATA "
     "x 90 min with two 5-min air breaks. {s}\nChamber operator {s6.full}; physician {s1.full}, DO. Pre-dive glucose 142. "
     "No ear squeeze.\n"},
    {"embryology_log", 0,
     "EMBRYOLOGY LAB - IVF CYCLE LOG\nPatient: {pt.lf} (DOB {dob})   Partner: {k1.lf}\nRetrieval {date.mdy}: 14 oocytes, "
     "11 MII, ICSI. Day 5: four blastocysts (4AA, 4AB, 3BB, 3BC). {s}\nStraws labelled with both names and clinic number "
     "{mrn}. Embryologist {s4.fi}.\n"},
    {"prosthetic_fitting", 0,
     "PROSTHETIC FITTING\n{pt.full} - L transtibial, six months after amputation ({date.monthyear}).\nTotal surface bearing "
     "socket, pin-lock liner, dynamic response foot serial {serial}. {s}\nReview with {s3.full}, CPO, in 3 weeks; clinic "
     "{cphone}.\n"},
    {"cochlear_activation", 0,
     "Cochlear implant activation, R ear. Internal device {dev}, sound processor {serial}. {pt.first} heard speech on "
     "electrode 12 within minutes. {s} Mapping: C-levels raised 10 CU on E1-E6. Remote app paired to the handset with "
     "IMEI {imei}.\n{s3.full}, AuD\n"},
    {"bariatric_psych", 0,
     "Pre-bariatric psychological evaluation. {pt.first} reports binge episodes about twice weekly before joining the "
     "programme in {date.monthyear}. {s} BDI-II 14. No contraindication to sleeve gastrectomy. Support person: {rel} "
     "{k1.full}. {s}\n{s6.full}, PhD\n"},
    {"seating_clinic", 0,
     "Wheelchair seating clinic. Client uses a tilt-in-space chair, frame serial {serial}. Transported by {rel} in a "
     "converted van, plate {plate}, VIN {vin}; ramp width checked. {s} Medicare {mbi}. Order sent to the vendor, fax "
     "{fax}. Delivery address: {addrz}.\n"},
    {"belongings_inventory", 0,
     "PATIENT BELONGINGS INVENTORY\nName: {pt.CAPS}   Bed 4B   {date}\n1 wallet (cash $23, driver licence {lic}, "
     "Medicaid card {medicaid}), 1 mobile phone, L hearing aid, yellow metal ring, car keys.\nItems handed to {rel} "
     "{k1.full}; signed. Witness: {s5}, security.\n"},
    {"vaccine_adverse_event", 0,
     "VACCINE ADVERSE EVENT REPORT (draft)\nPatient name: {pt.full}   Age: {age}\nDOB: {dob}   Address: {addr}\nPhone: "
     "{phone}   E-mail: {email}\nVaccine: RSV, lot R3K44, L deltoid, given {date}\nEvent: syncope 5 min after the "
     "dose; recovered supine. {s}\nReporter: {s5.full}, RN, {fac}, {cphone}\n"},
    {"answering_service", 0,
     "ANSWERING SERVICE - OVERNIGHT PAGES\n22:17 Caller {k1.full} re {pt.full}: fever 39.1 after chemo; paged Dr. "
     "{s1.last} (on call), advised ED.\n01:03 Caller {k2.first}, cb {phone2}, asked about pharmacy hours. No page.\n05:42 "
     "Lab critical K 6.4 on {pt.last}; paged Dr. {s1.last}, acknowledged 05:46.\n"},
    {"repatriation_letter", 0,
     "{date.long}\n\nTO WHOM IT MAY CONCERN\n\nRe: {pt.full}, born {dob.long}\n\nThe above patient was admitted to {fac} "
     "on {date.dmyuk} after a fall while on holiday and is fit to fly home on a stretcher with a medical escort. {s} The "
     "travel insurer's member number is {plan}. Family contact: {rel} {k1.full}, {intl}.\n\n{s1.full}, MD\n"},
    {"photo_consent", 0,
     "CONSENT FOR CLINICAL PHOTOGRAPHY\nI, {pt.full}, agree to photographs of my leg ulcer being taken for my record and, "
     "with my face hidden, for teaching. Copies may be sent to my e-mail {email}.\nPatient signature: ________  Date: "
     "{date}\nWitness: {s5.full}\n"},
    {"compounding_label", 0,
     "{pt.CAPS}\nMagic mouthwash (lidocaine/diphenhydramine/Maalox 1:1:1) 240 mL\nSwish and spit 10 mL q4h prn\nDr. "
     "{s2.fi}   Filled {date.mdy0}   Discard after {date.mdy0}\nWillowmere Compounding {ph7}\n"},
    {"home_sleep_test", 0,
     "Home sleep test: device {dev} issued {date.md}, returned by courier {date.md}. Recording 7.2 h valid. pAHI 31, ODI "
     "28, nadir SpO2 79%. {s} Results viewable at {url}; letter to {addr}.\n"},
    {"discharge_against_advice", 0,
     "DISCHARGE AGAINST MEDICAL ADVICE\n{pt.full} ({mrn}) wishes to leave before treatment for NSTEMI is complete. Risks "
     "explained, including death; capacity confirmed. {s} Leaving with {rel} {k1.first} in a private car, plate {plate}. "
     "Follow-up call to {phone}.\nPhysician: {s1.full}, MD   Witness: {s5.fi}, RN   {date.mdy} 16:40\n"},
    {"advance_directive_witness", 0,
     "ADVANCE DIRECTIVE - WITNESS PAGE\nDeclarant: {pt.fml}, of {addr}\nHealth care agent: {k1.full} ({rel}), {phone2}\n"
     "Alternate agent: {k2.full} ({rel2}), {intl}\nWitness 1: {s6.full}\nWitness 2: {s4.full}\nSigned {date.long}. Notary "
     "commission expires 2029.\n"},
    {"controlled_substance_agreement", 0,
     "CONTROLLED SUBSTANCE AGREEMENT\nI, {pt.full}, agree that only Dr. {s2.last} will prescribe my opioid medicine, that "
     "I will use one pharmacy (phone {ph7}) and that I will bring my tablets to each visit for a count. {s}\nPDMP checked "
     "{date}: 1 prescriber, 1 pharmacy. Photo ID checked: licence {lic}.\n"},
    {"wrong_patient_near_miss", 0,
     "SAFETY REPORT - NEAR MISS (wrong patient)\nOn {date.mdy} at 08:20 a phlebotomist approached {pt.full} in bed 9 with "
     "labels printed for {k2.full} in bed 10. The two-identifier check (name and DOB {dob}) caught the error before "
     "venepuncture. {s} No harm.\nReported by {s5}, LPN; reviewed by {s6.fi}.\n"},
    {"telemetry_assignment", 0,
     "Telemetry pack assignment: transmitter {serial} -> {pt.lf}, room 512, {date}. Previous wearer discharged; pack "
     "cleaned. Central station tech {s4.first} confirmed the signal at 14:12. {s}\n"},
    {"valet_log", 0,
     "Main entrance valet log {date}\nTicket 0442 - dark blue hatchback, plate {plate} - owner {k1}, visiting "
     "{pt.full} in ICU. Keys in box 12. Text for pick-up to {phone2}.\n"},
    {"guardian_ad_litem", 0,
     "{date.long}\n\nIn the matter of the guardianship of {pt.full}\n\nJudge {s6.last},\nAs guardian ad litem I met "
     "{title} {pt.last} at {addr} on {date.long}. The proposed ward is {age.wordsbare} and has moderate dementia (MMSE "
     "16/30). {s} I recommend that {rel} {k1.full} be appointed limited guardian.\n\nRespectfully,\n{s4.full}, Esq.\n"},
    {"payment_plan", 0,
     "PAYMENT PLAN AGREEMENT\nGuarantor: {k1.lf}   SSN {ssn}\nPatient: {pt.lf}\nAccount no. {acct}   Invoice {invoice}\n"
     "Balance $2,318.40 in 12 instalments of $193.20 from {date}. Autopay by card. Statements to:\n{addr3}\n"
     "Questions: billing office {cphone}, M-F 8-5.\n"},
    {"growth_check", 0,
     "Growth and development check. {pt.first} (18 mo) brought by parents {k1.first} and {k2.first}. Weight 10.9 kg (50th "
     "centile), length 81 cm. Says 10 words, walks well. {s} MMR 1 and varicella given; lots in the immunisation "
     "register. Next review {date.monyy}.\n"},
    {"portal_it_ticket", 0,
     "IT SERVICE DESK - ticket INC0093318\nCaller: {pt}, portal user {email}\nIssue: account locked after 5 failed "
     "logins from {ip} and {ip6}. Identity verified with DOB {dob}. Reset link sent {date.iso} 11:02; portal {url}. {s}\n"
     "Agent: {s4.first}\n"},
    {"newborn_hearing_letter", 0,
     "{fac}\nNewborn Hearing Screening\n\n{date.long}\n\nDear {k1.full},\n\nYour baby {pt.first} had a hearing screen on "
     "{date.mdy} and did not pass in the right ear. This is common and often due to fluid. A repeat test has been booked "
     "for {date.long} at 10:30. Please call {cphone} if this time does not suit.\n\nNewborn Screening Team\n"},
    {"crisis_line_log", 0,
     "Crisis line contact log, {date.dmon} 23:48\nCaller gave a first name only: {pt.first}. Calling from {phone}. Passive "
     "SI, no plan, has been drinking. {s} Safety plan reviewed; agreed to call 988 or 911 if worse. Follow-up call "
     "scheduled. Counsellor: {s6.first}\n"},
    {"student_health_hold", 0,
     "Student Health Services - registration hold\nStudent: {pt}   ID on file   e-mail {email}\nMissing: MMR dose 2, "
     "MenACWY. Hold placed {date}. {s} Upload records at {url} or fax them to {fax}.\n"},
    {"family_complaint_letter", 0,
     "Dear Patient Relations,\n\nI am writing as the {rel} of {pt.full}, who was on Ward 7 from {date.ord} to {date.ord}. "
     "On the second night {he} was left on a bedpan for over an hour with the call bell out of reach. When I raised this "
     "with the nurse in charge, {s5.first}, I was told they were short-staffed. {pt.first} deserves better.\n\nYou can "
     "reach me on {phone2} or at {email.k1}.\n\n{k1.full}\n{addr3}\n"},
    {"legacy_registration_caps", 1,
     "*** REGISTRATION ***  SCREEN PR-201\nNAME.........: {pt.lf}\nDOB..........: {dob.mdy0}   AGE: {age}\n"
     "SSN..........: {ssn}\nADDR.........: {street}\nCITY/ST/ZIP..: {cityst} {zip}\nHOME PH......: {phone}\nNOK..........: "
     "{k1.lf}  REL: {rel}  PH: {phone2}\nINS PLAN.....: {plan}  GRP {group}\n"},
    {"ward_clerk_chat", 2,
     "ward clerk chat 4 east: can someone ring {pt.low}'s {rel} back, {k1.lowfirst} called twice, number is {phone2}. "
     "also dr {s1.lowlast} wants the {date.md} ct report printed for mdt. bed 22 still waiting on transport\n"},
    {"dictation_spoken_punctuation", 0,
     "This is Doctor {s2.last} dictating period new paragraph re {pt.full} comma date of birth {dob.long} comma seen in "
     "clinic {date.long} period the patient is {age.wordsbare} years of age period {s} Plan colon repeat bloods in four "
     "weeks period copy to Dr. {s3.last} period end of dictation\n"},
    {"police_blood_request", 0,
     "LAW ENFORCEMENT REQUEST\nOfficer {s6.last}, badge 2231, requested a legal blood alcohol on driver {pt.full}, DOB "
     "{dob}, after a collision at 02:10. Vehicle VIN {vin}, plate {plate}. Driver's licence {lic}. Specimen drawn 02:48 by "
     "{s5.fi}; chain-of-custody form completed.\n"},
    {"dementia_care_profile", 0,
     "ABOUT ME (dementia care profile)\nMy name is {pt.full} but I like to be called {pt.nick}. I grew up in {city} and "
     "worked as a seamstress. My {rel} {k1.first} visits on Sundays; {k2.first} rings most evenings. I get upset if I "
     "cannot find my glasses. {s}\nCompleted by {k1.full} on {date.dmy}, reviewed by {s5.first} (dementia lead).\n"},
    {"ward_handover_list", 0,
     "HANDOVER 19:00 - 6 NORTH\nBed 3   {pt.iin}   {age.yoa}   NSTEMI on heparin nomogram, next aPTT 22:00. {s}\n"
     "Bed 5   {k2.iin}   post-op day 1 lap chole, for home tomorrow if eating.\nBed 8   empty, expecting a transfer "
     "from ED.\nDr on overnight: {s1.fi} (bleep 4420).\n"},
    {"adoption_records_request", 0,
     "Adoption records request received {date}. Adoptee: {pt.full}, born {dob.long} at {fac}. Birth mother named "
     "on the original record as {k1.LF}. {s} The adoptee asks that any reply go to {email} or to {addr}, and can be "
     "reached on {phone}. Logged by {s6}, HIM.\n"},
    {"pharmacy_home_delivery", 0,
     "Home delivery run {date.mdy}: {pt.full} (known as {pt.nick}) at {addrz}. Rang {phone} twice, no answer. Meds "
     "left with {rel} {k1.first} per the signed waiver; fridge item (insulin) handed over in a cool bag. {s}\nDriver: "
     "{s4.first}\n"},
    {"medical_id_bracelet", 0,
     "Medical ID bracelet order form\nEngraving line 1: {pt.CAPS}\nEngraving line 2: TYPE 1 DIABETIC - ON INSULIN\n"
     "Engraving line 3: ICE {k1.first} {phone2}\nShip to: {addrz}\nOrder placed by the diabetes educator on {date}; "
     "confirmation to {email}.\n"},
    {"no_phi_safety_checklist", 0,
     "SURGICAL SAFETY CHECKLIST\nSign in: identity, site, procedure and consent confirmed. {s}\nTime out: {s}\nSign out: "
     "instrument and swab counts correct. {s}\n"},
    {"no_phi_transfusion_obs", 0,
     "Transfusion observations: unit 1 of 2 RBC started 14:05. T 36.8, HR 82, BP 124/70 at 15 min. {s} {s}\n"},
    {"no_phi_tumour_board", 0,
     "Tumour board summary: 2.3 cm IDC, ER+/PR+/HER2-, Ki-67 15%, cT2N0. {s} Consensus: lumpectomy and SLNB, then "
     "Oncotype DX. {s}\n"},
    {"no_phi_line_bundle", 0,
     "Central line bundle audit: hand hygiene yes, chlorhexidine yes, full barrier yes, subclavian site. {s} {s}\n"},
    {"no_phi_rehab_goals", 0,
     "Goals: 1) independent bed mobility 2) walk 150 ft with a rollator 3) stairs x 12 with rail. {s} {s}\n"},
    {"no_phi_young", 0, "A {yage}-year-old reviewed in clinic with her mother. {s} Her sister is {yage}. {s}\n"},
    {"no_phi_ventilator", 0, "Vent: AC/VC 450 x 16, PEEP 8, FiO2 40%. {s} {s}\nSedation hold at 08:00.\n"},
    {"no_phi_allergies", 0, "Allergies: penicillin (rash), sulfa (hives), latex. {s} {s}\n"},
};

}  // namespace

std::size_t eleventhTemplateCount() { return std::size(kTemplates11); }

std::string_view writeEleventhNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                   std::size_t choice) {
  const Cast11 cast = makeCast11(seed, patientIndex);
  const Template11& t = kTemplates11[choice % std::size(kTemplates11)];
  Ctx11 x{builder, cast, t.caseMode};
  expand(x, t.pattern);
  return t.name;
}

std::string eleventhSentence(Random& r) { return sentence11(r); }

}  // namespace concord::phi::corpus
