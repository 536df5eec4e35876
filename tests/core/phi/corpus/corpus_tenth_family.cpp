// The tenth family (kTenthSeed only): templates, look-alike sentences and name pools written by
// someone who had not seen the detector's rules, and never run against it while being written.
// Document styles: hospitalist progress note, cardiology consult letter, nursing shift note,
// lower-case portal message, telephone note, discharge summary, colonoscopy report,
// psychotherapy note, case management, pharmacy medication reconciliation, transcribed
// dictation, ED triage, prenatal visit, paediatric visit, DME order, home health, hospice,
// wound care, physical therapy, dental, ophthalmology, audiology, sleep medicine, diabetes
// technology, fax cover, insurance appeal, billing statement, release of information, driving
// evaluation, trauma note after a crash, telehealth log, EHR access audit, research log, lab
// requisition, death note, geriatric assessment, chaplaincy, interpreter note, work letter,
// dialysis transport, psychiatric intake, hurried lower-case note, face sheet, nurse advice
// line, obituary mention, occupational therapy, and seven kinds of note without PHI.
//
// Gold span conventions: the ninth family's (see the header of corpus_ninth_family.cpp),
// restated briefly.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels, quotes, brackets and
//    trailing punctuation are outside.
//  * Names: titles ("Dr. ", "dr ", "Mr. ", "Ms. ", "Chaplain ", "Officer ") and credentials
//    (", MD", ", MD FRCP", " RN", ", RN", ", NP", ", PT, DPT", ", LCSW", ", PharmD", ", DDS",
//    ", AuD", ", MDiv", ", CNM", ", DPM", ", OTR/L") are outside; a name written in one piece is
//    one span ("Tamsin Oakes",
//    "T. Oakes", "Oakes, Tamsin", "OAKES, TAMSIN", "Tamsin R. Oakes", "Tamsin Archibald Oakes",
//    lower case in a portal message); particles, apostrophes, hyphens and accents are inside.
//    A possessive "'s" is outside. A first name alone, a surname alone and a nickname are spans.
//    Eponyms naming a sign, disease or procedure are not PHI.
//  * Dates: the date only; month/day without a year and month/year are dates; a year alone is
//    not PHI; times are outside.
//  * Ages: the patient's own age, a span only when over 89: the number only ("93" of
//    "93-year-old", "93F", "93 y/o") or the words ("ninety-three"). Ages of 89 or less, and
//    ages of other people (all under 90), are not PHI.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, payers,
//    seven-digit local numbers, international numbers); extensions are outside; numbers
//    labelled fax are "fax"; 911, 988 and 711 are not PHI, nor four-digit internal extensions.
//  * Identifiers: medical record, alternate chart and research participant numbers are "mrn";
//    account and claim numbers are "account"; member, group and Medicare numbers are
//    "health_plan"; driver's licences and state IDs are "license"; device serials and IMEIs are
//    "device"; VINs and plates are "vehicle". Lot numbers, NDC, CPT and ICD codes, rooms, beds
//    and order numbers are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; in multi-line addresses each line's part is its own span; a
//    city alone or "City, ST" is an "address" span; the ZIP is always its own "zip" span.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_tenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// Name pools, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).
constexpr std::string_view kGiven10[] = {
    "Tamsin", "Bramble", "Early", "Cobalt", "Indigo", "Wylie", "Chibuzo", "Mesfin", "Mounir", "Samir",
    "Hafsa", "Jamil", "Mona", "Golnar", "Tuncay", "Gulsen", "Ayse", "Aravind", "Rohini", "Dinesh", "Rahima",
    "Farhana", "Anwar", "Sabina", "Tenzing", "Guiling", "Weimin", "Yumei", "Ka-ming", "Siu-wai", "Hoi-yan",
    "Chi-keung", "Haruko", "Kazuo", "Masako", "Yasuhiro", "Mi-sook", "Minh-chau", "Tuyet", "Bao-ngoc",
    "Rodel", "Edgardo", "Wanpen", "Kannika", "Made", "Losana", "Kateri", "Sequoyah", "Ayasha", "Bogusława",
    "Blažena", "Ilona", "Radu", "Desislava", "Branko", "Svitlana", "Gints", "Tõnu", "Ülle", "Sigrun", "Ulla",
    "Katarína", "Oddný", "Þórdís", "Gerhard", "Reinhold", "Joachim", "Thérèse", "Océane", "Frédéric",
    "Jean-Marc", "Marie-Hélène", "Fiorella", "Higinio", "Rosario", "Francisca", "Kyriaki", "Dritan",
    "Lachlan", "Carys", "Cuthbert", "Eustace", "Clarabelle", "Ermengarde", "Alvin", "Raelynn", "Tiffani",
    "Shontae", "Tameka", "Yitzchok", "Rivky", "Moishe", "D'Marco", "Ty'Quan", "Sha'Nell", "Lou-Anne",
    "Jo-Beth", "Ann-Marie", "Karl-Otto", "Hans-Peter", "Marie-Claire", "Eva-Maria", "Abdul-Karim",
    "Nur-Aisha", "Li-Na", "Abiola", "Bolanle", "Ekua", "Xamar", "Kamande", "Nyokabi", "Palesesa", "Ghizlane",
    "Saloua", "Nawal", "Jihane", "Nour-Eddine", "Firouzeh", "Nilufer", "Sibel", "Ozan", "Hande", "Harbhajan",
    "Sukhdev", "Amritpal", "Jagdeep", "Kuldip", "Revathi", "Shanthi", "Ganesh", "Muthu", "Karthik", "Sowmya",
    "Harini", "Sharmin", "Rezaul", "Upul", "Sanduni", "Kasun", "Ang", "Norbu", "Chhiring", "Qiuyue",
    "Shaohua", "Jinping", "Wing-yee", "Man-kit", "Suk-ling", "Chung-yan", "Hisako", "Chieko", "Min-jung",
    "Hee-sook", "Yeon-woo", "Ngoc-anh", "Hai-yen", "Chanida", "Sopheap", "Kanha", "Kalei", "Iolana",
    "Ana-Lose", "Manu", "Tui", "Wahkan", "Hotah", "Tayanita", "Czesław", "Ileana", "Dorin", "Petya", "Ognyan",
    "Ljubica", "Yaroslava", "Valentin", "Rimantas", "Laima", "Inese", "Jaan", "Maarja", "Ingvild", "Sverre",
    "Agneta", "Gunvor", "Stig", "Ásgeir", "Sigríður", "Halldór", "Wiebke", "Ortwin", "Gundula", "Burkhard",
    "Hiltrud", "Maaike", "Clotilde", "Edmée", "Marie-Noëlle", "Vincenzina", "Ascensión", "Leocadio",
    "Nicasio", "Zenaida", "Yatzil", "Benedito", "Sebastiana", "Irani", "Oziel", "Glória", "Stamatia",
    "Sotiris", "Leonidas", "Iseabail", "Ifan", "Gaynor", "Aldous", "Ethelbert", "Millicent", "Lorena",
    "Kaizen", "Brecken", "Jaycee", "Raylan", "Emberly", "Kyrie", "Shaquille", "LaDonna", "Perel",
    "Mendel-Chaim", "Leibish", "Ra'Shawn", "Mi'Kayla", "Qu'Anna", "Le'Roy", "Lou-Ellen", "Betty-Lou",
    "Ella-Mae", "Kai-Uwe", "Hans-Dieter", "Marie-Ange", "Jean-Claude", "Nur-Jahan", "Abdul-Hadi", "Jo-Anne",
};

constexpr std::string_view kSecond10[] = {
    "Ferdinanda", "Ulysses", "Josephus", "Leocadia", "Maximilian", "Tiberius", "Archibald", "Benedetta",
    "Desdemona", "Eglantine", "Gwenllian", "Hieronymus", "Isolde", "Jeremias", "Leonora", "Mercedes-Ana",
    "Nikodem", "Pelagia", "Raphaela", "Sigismund", "Tertius", "Ursula-Maria", "Vespasian", "Wenceslas",
    "Zenobia",
};

constexpr std::string_view kNick10[] = {
    "Peanut", "Buttercup", "Chipper", "Biscuit", "Boots", "Squirt", "Tink", "Nugget", "Hoss", "Babe",
    "Princess", "Chief", "Bear-cub", "Pip", "Sprout", "Tater", "Pickles", "Bingo", "Lovey", "Jellybean",
    "Birdy", "Ziggy", "Fuzzy", "Snooks", "Honeybun", "Bitty",
};

constexpr std::string_view kFamily10[] = {
    "Butler", "Harper", "Painter", "Spinner", "Prior", "Marshall", "Constable", "Hedge", "Thorne", "Oakes",
    "Elms", "Lilly", "Apple", "Pear", "Plumb", "Nutt", "Fish", "Lamm", "Coates", "Golden", "Smart", "Gay",
    "Chiweshe", "Konaté", "Cissé", "Idrissi", "Yildiz", "Ozturk", "Aydin", "Sahin", "Sarkisian", "Bose", "Wu",
    "Pham-Le", "Reyes-Santos", "Phommachanh", "Thein", "Wibowo", "Bitsui", "Nowakowski", "Wiśniewska",
    "Jankauskas", "Bakke", "Sjöberg", "Mortensen", "Andersen", "Einarsson", "Neumann", "Schwarz", "Roussel",
    "Leblanc", "Bouchard-Roy", "Bruno", "Medina", "Herrera", "Delgado", "Contreras", "O'Connor", "McKenzie",
    "Fraser", "Trevelyan", "Pengelly", "Abramowitz", "Greenbaum", "Lowenstein", "Silverman", "Mizrahi",
    "Bar-On", "Whitfield-Okoro", "Ashworth-Ng", "Santos-Whitaker", "Kaur-Bennett", "Haddad-Sorensen",
    "Lindqvist-Achebe", "Murphy-Tanaka", "Osei-Darko", "Amankwah-Ayeh", "Brennan-Kowal", "Hughes-Ortega",
    "Vanderbilt", "St-Onge", "Abu-Samra", "O'Donnell-Vega", "D'Amico", "Homan", "Alzheimer", "Hashimoto",
    "Barré", "Reiter", "Sjögren", "Behçet", "Tietze", "Okafor-Lane", "Olaniyan", "Owusu-Sekyere",
    "Gebremariam", "Abdullahi", "Farah-Jama", "Wekesa", "Mabaso", "Zulu-Ndlovu", "Chigumba", "Kanté",
    "Berrada", "Lahlou", "Chraibi", "Khalil", "Qasem", "Awad", "Bakr", "Ranjbar", "Vardanyan", "Harutyunyan",
    "Bains", "Toor", "Sidhu", "Krishnan", "Sengupta", "Dasgupta", "Ahmed-Khan", "Talukder", "Dissanayake",
    "Rajapaksa", "Bhandari", "Ghale", "Xie", "Yuen", "Chow", "Sze", "Tsang", "Nguyen-Vo", "Trương", "Đặng",
    "Võ", "Ngô", "Macaraeg", "Sutthiwong", "Rattanakorn", "Sorn", "Vongsavath", "Sutanto", "Kamakana",
    "Vaipulu", "Tapsell", "Rangihuna", "Tsinajinnie", "Yellowhair", "Lonetree", "Crowfeather",
    "Wojciechowska", "Stanciu", "Morozov", "Liepiņš", "Kask", "Nordahl", "Lindholm", "Engström", "Sørensen",
    "Thorsen", "Ragnarsdóttir", "Stefánsson", "Baumgartner", "Schubert", "Wagner-Roth", "Dekker", "Janssens",
    "Moreau-Blanc", "Lavoie", "Gauvreau", "Ferraro", "Ruiz-Ortega", "Ortega-Vidal", "Nogueira", "Teixeira",
    "Vasconcelos", "Shehu", "Sutherland", "Cadwaladr", "Prys-Jones", "Tregenza", "Nankervis", "Rubinstein",
    "Feldman", "Eisenberg", "Ashkenazi", "Peretz", "Afolabi-Reed", "Carrington-Diallo", "Moreno-Fairweather",
    "Nakagawa-Price", "Singh-Lockhart", "Bergmann-Osei", "Kowalczyk-Mendes", "Obi-Wright", "St-Laurent",
    "Abu-Khalil", "El-Masry", "D'Agostino", "Van Dyke", "von Braun", "von Trapp", "Del Rio", "Della Rosa",
    "Di Marco", "bin Hamid", "Van Wyk", "Vander Plaats", "von Richthofen", "zur Mühlen", "de las Heras",
    "Del Valle", "Di Stefano-Ruiz", "De Santis", "du Plessis", "Le Blanc-Morel", "al-Hakim", "bin Salleh",
    "ter Haar", "de Boer",
};

constexpr std::string_view kInitials10[] = {"A", "B", "C", "D", "E", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W"};
constexpr std::string_view kRelations10[] = {"daughter", "son", "wife", "husband", "partner", "sister", "brother",
                                             "niece", "nephew", "granddaughter", "grandson", "neighbour", "friend",
                                             "stepdaughter", "goddaughter"};
constexpr std::string_view kMail10[] = {"quillpost.example.com", "larkspur-mail.example.net", "inkwell.example.org",
                                        "morningpost.example.com"};
constexpr std::string_view kStaffMail10[] = {"harrowgate-health.example.org", "millbrook-clinic.example.net"};
constexpr std::string_view kFac10[] = {"Harrowgate Regional Hospital", "Millbrook Community Clinic",
                                       "St. Brendan's Medical Center", "Ferncastle Rehabilitation Hospital",
                                       "Quarry Hill Dialysis Unit", "Bellwether Hospice"};
constexpr std::array<std::string_view, 12> kMonths10 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon10 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes10[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTens10[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

struct Person10 {
  std::string first, second, initial, last, nick;
};

struct Cast10 {
  Person10 pt, k1, k2;
  std::array<Person10, 6> staff;
  std::string k1rel;
};

struct Ctx10 {
  NoteBuilder& b;
  const Cast10& c;
  int caseMode = 0;  // 0 as written, 2 lower case
};

std::string lower10(std::string s) {
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

std::string upper10(std::string s) {
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

std::string cased(const Ctx10& x, std::string s) { return x.caseMode == 2 ? lower10(std::move(s)) : s; }
void put(Ctx10& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx10& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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
    return n < 10 ? std::string(kOnes10[n]) : std::string(kTeens[n - 10]);
  }
  return std::string(kTens10[n / 10]) + (n % 10 ? "-" + std::string(kOnes10[n % 10]) : "");
}

Person10 makePerson10(Random& r) {
  Person10 p;
  p.first = pickS(r, kGiven10);
  p.second = pickS(r, kSecond10);
  p.initial = pickS(r, kInitials10);
  p.last = pickS(r, kFamily10);
  p.nick = pickS(r, kNick10);
  return p;
}

Cast10 makeCast10(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1010ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x10101ULL));
  r.next();
  Cast10 c;
  c.pt = makePerson10(r);
  c.k1 = makePerson10(r);
  if (r.chance(0.55)) c.k1.last = c.pt.last;
  c.k2 = makePerson10(r);
  if (r.chance(0.4)) c.k2.last = c.pt.last;
  for (Person10& s : c.staff) s = makePerson10(r);
  c.k1rel = pickS(r, kRelations10);
  return c;
}

const Person10& who(const Cast10& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx10& x, const Person10& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "f2"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "f2") v = p.first + " " + p.second + " " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "LF") v = upper10(p.last + ", " + p.first);
  else if (form == "LFM") v = upper10(p.last + ", " + p.first + " " + p.initial);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower10(p.first + " " + p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

// Dates: an event date in 2022-2025, written in one of many styles.
void writeDate(Ctx10& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy", "mdyy", "iso", "long", "dmy", "abbr", "md", "mon",
                                                   "compact", "ord", "dot", "mdy0"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths10[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon10[static_cast<std::size_t>(m - 1)]);
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
  else throw std::logic_error("unknown date style " + style);
  put(x, "date", v);
}

void writeAge(Ctx10& x, std::string_view form) {
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
    case 0: return "+44 20 " + r.digits(4) + " " + r.digits(4);
    case 1: return "+33 " + std::to_string(r.between(1, 9)) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2);
    case 2: return "+52 55 " + r.digits(4) + " " + r.digits(4);
    default: return "+63 917 " + r.digits(3) + " " + r.digits(4);
  }
}

std::string email(Random& r, const Person10& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 3)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(1, 99)); break;
    case 2: local = l + "_" + f; break;
    default: local = f + r.digits(4); break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail10) : std::span<const std::string_view>(kMail10));
}

void writeStreet(Ctx10& x, bool withCity) {
  const Patient& p = x.b.patient();
  std::string v = p.streetNumber + " " + p.streetName;
  if (!p.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + p.unit;
  if (withCity) v += ", " + p.city + ", " + p.state;
  put(x, "address", v);
}

// Expands {key} placeholders of a pattern; literal text is written as it stands.
void expand(Ctx10& x, std::string_view pattern);

std::string sentence10(Random& r);

void placeholder(Ctx10& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (head == "pt" || head == "k1" || head == "k2" || (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6')) {
    writeName(x, who(x.c, head), std::string(form));
  } else if (head == "rel") {
    say(x, x.c.k1rel);
  } else if (head == "title") {
    say(x, p.female ? "Ms." : "Mr.");
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
    put(x, "mrn", (r.chance(0.5) ? "E" : "HRG-") + r.digits(7));
  } else if (head == "study") {
    put(x, "mrn", "PT-" + r.digits(3) + "-" + r.digits(4));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "claim") {
    put(x, "account", "CLM" + r.digits(10));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", "GRP-" + r.digits(6));
  } else if (head == "mbi") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(1, true) + r.letters(1, true) + r.digits(1) + "-" +
                              r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) + r.digits(2));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : r.letters(2) + "-" + r.digits(6) + "-" + r.digits(2));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "imei") {
    put(x, "device", r.digits(15));
  } else if (head == "serial") {
    put(x, "device", "SN " + r.letters(2) + r.digits(8));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", p.plate);
  } else if (head == "url") {
    const std::string slug = fold(x.c.pt.first) + "-" + fold(x.c.pt.last);
    switch (form == "obit" ? 2 : r.between(0, 2)) {
      case 0: put(x, "url", "https://careshare.example.org/c/" + slug + "-" + r.digits(4)); break;
      case 1: put(x, "url", "https://portal.harrowgate-health.example.org/chart/" + p.mrn + "/results?view=all"); break;
      default: put(x, "url", "www.memorial-pages.example.com/" + slug); break;
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string v = "2001:db8";
    for (int k = 0; k < 3; ++k) {
      v += ":";
      for (int m = 0; m < 4; ++m) v.push_back(kHex[r.next() % 16]);
    }
    put(x, "ip", v + "::" + std::to_string(r.between(1, 99)));
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
    say(x, pickS(r, kFac10));
  } else if (head == "s") {
    say(x, sentence10(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx10& x, std::string_view pattern) {
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


// Look-alike sentences without PHI: eponyms, doses, scores, ratios, codes, rooms, years alone,
// month words that are not dates, ages of 89 or less, and emergency numbers.
std::string sentence10(Random& r) {
  const std::string n1 = std::to_string(r.between(2, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  switch (r.between(0, 41)) {
    case 0: return "Babinski sign absent bilaterally; Romberg negative.";
    case 1: return "History of Graves disease treated with RAI in " + std::to_string(r.between(1975, 2019)) + ".";
    case 2: return "BP " + std::to_string(r.between(98, 178)) + "/" + std::to_string(r.between(58, 96)) + ", HR " + std::to_string(r.between(52, 110)) + ", SpO2 9" + n1 + "% on RA.";
    case 3: return "Grade 2/6 systolic murmur at the LUSB, no radiation.";
    case 4: return "Lot 4471-" + n2 + ", exp 11/2027, given in the L deltoid.";
    case 5: return "Will march up the dose as tolerated; may need to revisit in spring.";
    case 6: return "Parkinson disease on carbidopa-levodopa 25/100 tid.";
    case 7: return "Advised to call 911 or 988 for any crisis; TTY users dial 711.";
    case 8: return "Room " + n3 + ", bed B; transferred from 4 West.";
    case 9: return "ICD-10 I48.91 and Z79.01 added to the problem list; CPT 99214.";
    case 10: return "NDC 0093-" + r.digits(4) + "-" + r.digits(2) + " dispensed, quantity 30.";
    case 11: return "Her " + std::to_string(r.between(20, 85)) + "-year-old sister has similar symptoms.";
    case 12: return "Kernig and Brudzinski signs negative; neck supple.";
    case 13: return "Hemoglobin A1c 7." + n1 + "% (goal < 7), LDL " + n3.substr(0, 2) + " mg/dL.";
    case 14: return "Cushing syndrome ruled out with a normal 1 mg dex suppression test.";
    case 15: return "Internal extension 4" + r.digits(3) + " for the charge nurse.";
    case 16: return "PHQ-9 score " + n1 + ", GAD-7 " + n1 + ".";
    case 17: return "A Whipple procedure was discussed in 2019 and not pursued.";
    case 18: return "Mild Raynaud phenomenon in cold weather, no digital ulcers.";
    case 19: return "Ejection fraction 55-60% on echo, no wall motion abnormalities.";
    case 20: return "Order #" + r.digits(7) + " placed for CBC with diff.";
    case 21: return "Smoked 1 ppd x " + std::to_string(r.between(5, 50)) + " years, quit in 2011.";
    case 22: return "The patient is Jehovah's Witness and declines blood products.";
    case 23: return "Temp 37." + n1 + " C, RR 1" + n1 + ".";
    case 24: return "Warfarin 5 mg Mon/Wed/Fri and 2.5 mg other days; INR 2." + n1 + ".";
    case 25: return "Sjogren syndrome per rheumatology, on hydroxychloroquine 200 mg daily.";
    case 26: return "Bell palsy resolved without residual weakness.";
    case 27: return "Apgars 8 and 9; birth weight 3.2 kg.";
    case 28: return "Falls risk score 45 (high); bed alarm in place.";
    case 29: return "Colles fracture in 2008, healed.";
    case 30: return "Tylenol 650 mg q6h prn, max 3 g/day.";
    case 31: return "Pain 6/10 at rest, 8/10 with movement.";
    case 32: return "Started on Eliquis 5 mg BID per CHA2DS2-VASc of " + n1 + ".";
    case 33: return "Wilson disease screen negative (ceruloplasmin normal).";
    case 34: return "Her 72-year-old roommate had influenza this month as well.";
    case 35: return "Gait steady with a four-wheeled walker, 300 ft x 2.";
    case 36: return "Hashimoto thyroiditis, TSH 2." + n1 + " on levothyroxine 88 mcg.";
    case 37: return "Reviewed the August labs with the team; nothing new since spring.";
    case 38: return "Glasgow Coma Scale 15, NIHSS 0.";
    case 39: return "Ankle-brachial index 0.8" + n1 + " on the right.";
    case 40: return "Urine output " + n3 + " mL over 8 h; I/O balanced.";
    default: return "Tolerating a regular diet, ambulating in the hall with staff.";
  }
}
struct Template10 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template10 kTemplates10[] = {
    {"hospitalist_progress", false,
     "Hospital day 3. {title} {pt.last} is a {age.yo} admitted {date.md} with CAP. Overnight afebrile, weaned to 2L. "
     "{s} Spoke with {his} {rel} {k1.first} at bedside, updated on plan. {s}\nA/P: continue ceftriaxone/azithro, PT eval, "
     "dispo likely {date.mon}.\n-- {s1.fi}, MD (hospitalist)\n"},
    {"cardiology_letter", false,
     "{fac}\nDepartment of Cardiology\n\n{date.long}\n\nDr. {s2.full}\nMillbrook Community Clinic\n\nRe: {pt.full}  DOB {dob}\n\n"
     "Dear {s2.first},\nMany thanks for asking me to see this pleasant retired bus driver, "
     "{age.yrs}, with palpitations. {s} Holter showed paroxysmal AF with burden 6%. {s} I have started apixaban 5 mg bid and will see "
     "{pt.first} again in three months. Should you need me sooner my secretary {s3.first} can be reached on {cphone}.\n\n"
     "Kind regards,\n{s4.full}, MD FRCP\n"},
    {"nursing_shift", false,
     "0700-1900 RN note. Pt A&Ox3, pleasant. Prefers to be called {pt.nick}. {s} Daughter-in-law {k2.full} visited at 1400, "
     "brought hearing aids. Bed alarm on, call light in reach. {s} Handoff given to {s5.first} RN.\n"},
    {"portal_message", true,
     "hi dr {s1.last}, this is {pt.low}. my sugar was 212 this morning and i feel kind of shaky. {rel} {k1.low} says i should "
     "call but i thought i'd message first. is it ok to take the extra 4 units? my cell is {phone} if easier. thanks!! "
     "sent {date.mdy}\n"},
    {"telephone", false,
     "TELEPHONE ENCOUNTER {date.mdy0}\nCaller: {k1.full} ({rel})  Callback: {phone2}\nReason: asking whether {pt.first} can "
     "restart warfarin after dental extraction. {s} Per Dr. {s1.last}, hold until INR check {date.md}. Caller verbalized "
     "understanding. -{s5.fi}\n"},
    {"discharge_summary", false,
     "DISCHARGE SUMMARY\nPatient: {pt.LF}   MRN: {mrn}   Acct: {acct}\nDOB: {dob}   Age: {age}\nAdmit: {date.mdy0}   "
     "Discharge: {date.mdy0}\nAttending: {s1.lf}, MD\nPCP: Dr. {s2.last}\n\nHospital course: {s} {s} {s}\nDisposition: home "
     "with {rel}, {addr}\nFollow-up: Dr. {s2.last} in 1 week, {cphone}.\n"},
    {"colonoscopy", false,
     "PROCEDURE: Colonoscopy with cold snare polypectomy\nDate: {date.iso}  Endoscopist: {s3.full}, MD\nPatient: {pt.fi}   "
     "MRN {mrn}\nIndication: surveillance, prior tubular adenoma.\nFindings: {s} Two 4 mm sessile polyps in the ascending "
     "colon, removed. Boston bowel prep score 8.\nRecommendations: repeat in 7 years pending path.\n"},
    {"therapy_note", false,
     "Individual psychotherapy, 53 min. Client ({pt.first}) reports the anniversary of her brother {k2.first}'s death on "
     "{date.ord} was harder than expected. {s} We practised paced breathing and reviewed the safety plan; 988 reviewed. "
     "Client denies SI/HI. Next session {date.mon}.\n{s6.full}, LCSW\n"},
    {"case_management", false,
     "CM note: met with pt and {rel} {k1.full} re: SNF placement. Pt's insurance {plan} requires auth; "
     "faxed clinicals to {fax}. Pt lives alone in {city}; {rel}'s # {phone2}. {s} Will f/u tomorrow. {s6.full}, "
     "RN CM\n"},
    {"pharmacy_medrec", false,
     "Pharmacy medication reconciliation {date.abbr}\nSource: pt + outside pharmacy (Bellwood Drug, {ph7})\n{s}\n"
     "Discrepancy: metoprolol succinate 50 mg vs 25 mg on list - clarified with Dr. {s2.last}. {s}\n{s4.full}, "
     "PharmD\n"},
    {"dictation", false,
     "This is Dr. {s3.last} dictating a clinic note on {pt.full}, date of birth {dob.long}, medical record number {mrn}. "
     "Date of service {date.long}. {title} {pt.last}, age {age.wordsbare}, is here for follow up of COPD. {s} {s} "
     "End of dictation. D: {date.mdyy} T: {date.mdyy} job 48213\n"},
    {"ed_triage", false,
     "ED TRIAGE {date.mdy} 2214\n{age.sex} BIBA from home after fall, +head strike, on apixaban. GCS 15. {s} EMS reports "
     "{rel} {k1.full} found pt on floor. Callback ({rel}): {phone2}. ESI 2.\n"},
    {"prenatal", false,
     "OB visit, 28w2d by 8 wk US. G2P1. {s} Glucola 118. Rh pos. Partner {k1.first} present. EDD {date.mdy}. Doula "
     "{k2.full} can be reached at {ph7}. RTC 2 wks.\n{s5.full}, CNM\n"},
    {"pediatric", false,
     "Well child 4 yr. Here with mom {k1.full} and grandma. {pt.first} is meeting milestones, in pre-K. {s} Vaccines: "
     "DTaP #5, IPV #4, MMRV #2 given, lot numbers in MAR. Mom's e-mail for school forms: {email.k1}. Next WCC at 5 yr.\n"},
    {"dme_order", false,
     "DME ORDER\nBeneficiary: {pt.full}\nMedicare ID: {mbi}\nDOB: {dob}\nItem: semi-electric hospital bed, E0260\nDelivery "
     "address: {addr}\nContact: {phone}\nOrdering provider: {s1.full}, NP   NPI on file\n"},
    {"home_health", false,
     "Skilled nursing visit {date.mdy}. Arrived 0930 at {street}. {pt.first} in recliner, {rel} {k1.first} present. "
     "{s} Wound dressing changed. Med box filled through {date.md}. {s} Next visit Thursday. {s5.full}, RN\n"},
    {"hospice", false,
     "Hospice RN visit. {pt.nick} ({pt.full}) more somnolent, PPS 30%. Family at bedside: {k1.first}, {k2.first}. "
     "{s} Discussed signs of active dying. On-call line {cphone} given again. Chaplain {s6.first} to visit.\n"},
    {"wound_care", false,
     "Wound clinic - {pt.lf}\nLt heel stage 3 PI, 2.1 x 1.4 x 0.3 cm, granular base. {s} Offloading boots. Seen by "
     "{s3.fi}, DPM and {s5.first} (wound RN). Photos uploaded {date.mdy0}.\n"},
    {"pt_eval", false,
     "PT EVALUATION\nDx: R TKA {date.md}\n{s} Gait: RW, CGA x 150 ft. TUG 19 s. Goals: indep with SPC in 4 wk. Pt's "
     "{rel} {k1.first} will drive to OP PT.\n{s4.full}, PT, DPT\n"},
    {"dental", false,
     "Dental recall {date.mdy}. {pt.full}. {s} Perio charting 3-4 mm. #30 MOD composite recommended. Patient "
     "prefers texts at {phone}.\n{s2.full}, DDS\n"},
    {"ophthalmology", false,
     "Eye clinic: {pt.fi}, {age.y/o}. VA cc 20/40 OD, 20/25 OS. IOP 18/17. {s} Drives during the day only; license "
     "{lic} restriction discussed. f/u 6 mo.\n"},
    {"audiology", false,
     "Audiology: {title} {pt.last} fitted with bilateral RIC aids, serials L {serial} / R {serial}. {s} Warranty "
     "registered to {email}.\n{s3.full}, AuD\n"},
    {"sleep_cpap", false,
     "Sleep med f/u. AHI 4.1 on APAP 6-14, usage 92% of nights > 4h. Device {dev}. Data pulled from "
     "{url} on {date.md}. {s}\n"},
    {"diabetes_tech", false,
     "Diabetes tech visit. CGM TIR 71%, TBR 2%. Pump serial {dev}; phone app on handset IMEI {imei}. {s} {pt.first}'s "
     "{rel} {k1.first} will help with site changes. Next download {date.mon}.\n"},
    {"fax_cover", false,
     "FAX\nTo: Dr. {s2.full}   Fax: {fax}\nFrom: {s5.full}, {fac}   Phone: {cphone}  Fax: {fax}\nRe: {pt.LF}  DOB {dob}\n"
     "Pages: 4 (incl. cover)\nCONFIDENTIAL - if received in error call the sender.\n"},
    {"insurance_appeal", false,
     "{date.long}\n\nAppeals Unit\nPO Box 3300\n\nRe: {pt.full}\nMember ID: {plan}\nGroup: {group}\nClaim: {claim}\n\n"
     "To whom it may concern,\nI am writing to appeal the denial of {pt.first}'s inpatient rehabilitation stay. {s} {s}\n"
     "Sincerely,\n{s1.full}, MD\n"},
    {"billing_statement", false,
     "STATEMENT\n{pt.LFM}\n{addr3}\nAccount {acct}   SSN {ssn}\nService date {date.mdy0}\nBalance due: $148.20\n"
     "Questions? Call {cphone} M-F.\n"},
    {"roi_request", false,
     "Release of information request received {date.mdy}. Requestor: {k1.full}, attorney-in-fact. Records for {pt.full}, "
     "DOB {dob}, SSN {ssn}. ID verified: driver's license {lic}. Copies mailed to {addr}.\n"},
    {"driving_eval", false,
     "Driver rehab evaluation. Client's sedan: plate {plate}, VIN {vin}. {s} On-road: wide turns, missed stop "
     "sign x1. Recommend no driving pending OT. DL {lic}.\n"},
    {"trauma_note", false,
     "TRAUMA H&P\nRestrained driver, {age.yo}, T-boned at ~35 mph. Vehicle plate {plate}, police report per Officer "
     "{s6.last}. {s} FAST neg. CT C-spine neg. Pt's {rel} {k1.full} en route, {phone2}.\n"},
    {"telehealth_log", false,
     "Video visit {date.iso} 10:40. Pt {pt.full} joined from {ip}; audio dropped, reconnected from {ip6}. {s} Invite sent "
     "to {email}. Location confirmed: {cityst}.\n"},
    {"ehr_audit", false,
     "Access audit, chart {mrn}: user {s4.last} viewed 3 encounters from workstation {ip}; break-the-glass reason "
     "\"covering\". Reviewed by {s6.full}, privacy office, {date.mdy}. Contact {email.s6}.\n"},
    {"research_log", false,
     "Screening log: participant {study} / chart {mrn2}. Consented {date.iso} by {s3.full}. Preferred contact {email}; "
     "alt {intl}. {s}\n"},
    {"lab_requisition", false,
     "LAB REQUISITION\nName: {pt.lf}\nDOB: {dob}\nMRN: {mrn}\nCollected: {date.compact} 0615\nTests: BMP, Mg, PT/INR\n"
     "Ordering: {s1.fi}\n"},
    {"death_note", false,
     "Called to bedside at 0312 for absent respirations. {pt.full}, {age.sex}. No heart sounds x1 min, pupils fixed. "
     "Time of death 0314 on {date.mdy0}. Pt's {rel} {k1.first} notified by phone at {phone2}. {s}\n{s1.full}, MD\n"},
    {"geriatrics", false,
     "Geriatrics consult. {pt.first} is a {age.words} who lives with {his} {rel} in {city}. {s} MoCA 21/30. "
     "Gait slow. {s} Recommend home safety eval.\n"},
    {"chaplain", false,
     "Spiritual care: visited {pt.first} at request of {rel} {k1.first}. Pt is {age.wordsbare} and \"ready to go home to "
     "the Lord.\" Prayed together. {s} Chaplain {s6.full}, MDiv\n"},
    {"interpreter", false,
     "Visit conducted with Tagalog interpreter {s5.full} (interpreter no. 4418). {pt.first} lives with {k2.full} and "
     "granddaughter. {s} Niece in Manila, {intl}, to be updated.\n"},
    {"work_letter", false,
     "{date.long}\n\nTo whom it may concern:\n{pt.full} was seen in my clinic today and may return to work on "
     "{date.long} with no lifting over 20 lb.\n\n{s2.full}, MD\n"},
    {"dialysis_transport", false,
     "Dialysis transport: pick-up {addrz}, MWF 0545 chair 12. Wheelchair van. Call {rel} {k1.first} at "
     "{phone2} if no answer. {s}\n"},
    {"psych_intake", false,
     "PSYCHIATRIC INTAKE\n{pt.full}, {age.yo}, referred by PCP Dr. {s2.last}. Lives at {addr}. Cell {phone}. "
     "{s} Collateral from {rel} {k1.full}. {s}\n"},
    {"hurried_note", true,
     "pt {pt.low} seen w/ {rel} {k1.low}, c/o sob x3d. {s} f/u w/ dr {s2.last} on {date.md}. if worse call {rel} at "
     "{phone2}\n"},
    {"face_sheet", false,
     "PATIENT: {pt.LF}\nPREFERRED NAME: {pt.nick}\nDOB: {dob}   SSN: {ssn}\nADDRESS:\n{addr3}\nHOME: {phone}   WORK: "
     "{cphone} ext. 2231\nEMERGENCY CONTACT: {k1.full} ({rel}) {phone2}\nINSURANCE: {plan}   GROUP {group}\n"},
    {"nurse_advice", false,
     "Nurse advice line, {date.mdy} 1915. Caller {k1.full}, the patient's {rel}, reports {pt.first} has had loose stools "
     "since {date.mon}. {s} Advised oral fluids; go to ED if dizzy. Callback number {phone2}. {s5.fi}, RN\n"},
    {"obituary_mention", false,
     "Per {rel} {k1.first}, {pt.full} passed away on {date.long}; obituary at {url.obit}. Sympathy card sent by the clinic "
     "team. {s}\n"},
    {"ot_note", false,
     "OT session: {title} {pt.last} ({age.yo}) completed LB dressing with min A, toilet transfer SBA. {s} Educated "
     "{rel} {k1.first} on tub bench. {s2.full}, OTR/L\n"},
    {"no_phi_icu", false, "ICU progress. {s} {s} {s}\nPlan: {s}\n"},
    {"no_phi_medlist", false, "MEDICATIONS REVIEWED\n{s}\n{s}\n{s}\nNo changes today.\n"},
    {"no_phi_education", false, "Patient education provided. {s} {s} Teach-back confirmed.\n"},
    {"no_phi_ros", false, "ROS: {s} {s}\nExam: {s}\n"},
    {"no_phi_op_brief", false, "Brief op note. {s} {s} EBL minimal. Counts correct x2.\n"},
    {"no_phi_flowsheet", false, "I&O / VS summary (0700-1900)\n{s}\n{s}\nSkin intact. Turned q2h.\n"},
    {"no_phi_young", false, "A {yage}-year-old seen for follow-up. {s} Sister is {yage}. {s}\n"},
};

}  // namespace

std::size_t tenthTemplateCount() { return std::size(kTemplates10); }

std::string_view writeTenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Cast10 cast = makeCast10(seed, patientIndex);
  const Template10& t = kTemplates10[choice % std::size(kTemplates10)];
  Ctx10 x{builder, cast, t.lower ? 2 : 0};
  expand(x, t.pattern);
  return t.name;
}

std::string tenthSentence(Random& r) { return sentence10(r); }

}  // namespace concord::phi::corpus
