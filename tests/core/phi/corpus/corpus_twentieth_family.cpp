// The twentieth family (kTwentiethSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is acute care operations and transitions of care. Document styles: EMS
// patient care report, radio pre-alert logged by medical control, ED triage note, trauma
// flowsheet (alias name then real name), I-PASS ICU handoff, SBAR call, ward bed board (table),
// resident sign-out list (lower case), transfer-centre call log, rapid-response record, code blue
// record, restraint monitoring flowsheet, 1:1 sitter log, OR schedule (table), anaesthesia record,
// haemodialysis run sheet, plasma-exchange (apheresis) record, wound-care log (table), discharge
// summary with follow-up appointments, home-health skilled visit, hospice RN visit, MDS-style
// nursing-home-to-hospital transfer form, employee-health exposure form, workers' compensation
// first report of injury, VA primary-care note (VistA-style dates), VA community-care referral,
// military sick-call slip, correctional intake screening, critical-care interfacility transport,
// public-safety incident report, controlled-substance shift count, interpreter encounter log,
// tele-ICU camera-rounds log, NEMSIS-style ePCR XML export, HL7 ADT transfer message, ED
// discharge instructions, nurses' secure-chat thread (lower case), case-management discharge
// planning note, death pronouncement, safety-event (fall) report, belongings inventory,
// emergency psychiatric hold application, ambulance claim, air-medical flight log, post-discharge
// phone call, dialysis-unit e-mail, admission medication reconciliation, ICU family meeting,
// ED tracking-board CSV export, SNF-to-ED phone handoff transcript, Spanish discharge follow-up
// sheet, burn-centre referral, return-to-work status form, and seven kinds of note without PHI
// (crash-cart check, unit census summary, OR turnover metrics, restraint policy excerpt, count
// discrepancy policy, dialysis water log, EMS protocol card).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "MRN ", "A0500 Legal
//    name: ", "<ePatient.02>"), quotes, brackets, XML tags, HL7 separators ("|", "^" between
//    fields), CSV commas and trailing punctuation are outside.
//  * Names: titles, ranks and roles before a name ("Dr ", "Dr. ", "Mr ", "Mr. ", "Mrs ", "Ms ",
//    "Nurse ", "Medic ", "Sgt ", "SPC ", "PFC ", "Capt. ", "Officer ", "Deputy ", "Chaplain ",
//    "SW ", "RT ", "Interpreter ", "Sitter ", "Pharmacist ", "Inmate ", "Veteran ", "Dear ",
//    "Hi ") are outside, and so are credentials after it (", MD", ", DO"-free by design, ", RN",
//    ", NP", ", PA-C", ", CRNA", ", EMT", ", EMT-P", ", NRP", ", RRT", ", CCRN", ", LPN", ", CNA",
//    ", RPh", ", PharmD", ", CWOCN", ", CMI", ", LCSW", " (charge)", " (sitter)"). A name written
//    in one piece is one span ("Oksana-Maria Ostapenko", "O. Ostapenko", "Ostapenko, Oksana-Maria",
//    "OSTAPENKO, OKSANA-MARIA R" - the "LAST, FIRST M" form with its bare middle initial inside -,
//    "Oksana-Maria R. Ostapenko", lower case in sign-out lists and chats); in an HL7 message the
//    family, given and middle names ("OSTAPENKO^OKSANA-MARIA^R") are one span, carets inside.
//    Particles (van der, de la, bin, al-, Mac, O'), apostrophes, hyphens and accents are inside; a
//    possessive "'s" is outside. A first name alone, a surname alone and a nickname (quotes
//    outside) are spans. Initials before a surname belong to the name span; bare initials alone
//    (a count sign-off "TMR / AJ", a wound log's initials column) are NOT gold, as in the fifth and
//    sixth families. Trauma alias names given to unidentified patients ("TRAUMA, ZULU",
//    "Doe, Kilo") are made-up placeholders and NOT gold. Eponyms naming a sign, score, rule,
//    device or procedure ("Beck's triad", "Ottawa ankle rules", "Swan-Ganz", "Posey") are not PHI.
//  * People who are not patients are PHI all the same: relatives, staff, crews, officers,
//    interpreters, employers, other patients on a board.
//  * Dates: the date only; a weekday before it and a time after it (VistA's "@1422", an ISO
//    "T04:12", the "0412" of a compact date-time) are outside; month/day ("7/12"), month/year,
//    YYYYMMDD, day-first and military dates ("03JUL2024", "3 Jul 2024") are dates; a year alone
//    (service years "1968-1971", "since 2019") is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("92" of "92 y/o",
//    "92F", "age 92"), or the words ("ninety-two", as in a radio pre-alert). Ages of 89 or less
//    and ages of other people (other patients on a board) are not PHI.
//  * Phones: every phone number written is a gold phone (patients, families, facilities,
//    agencies, callbacks; seven-digit local numbers; Mexican, Indian, Filipino, Polish, Romanian,
//    Ukrainian, Lebanese, Jordanian, Tongan, Samoan, Fijian, Haitian and Pakistani numbers, and
//    Caribbean numbers under +1); extensions are outside; numbers labelled fax are "fax"; 911,
//    four- and five-digit internal extensions, pagers and Vocera names are not PHI.
//  * Identifiers: medical record, health record (correctional), sending-facility and VA ICN
//    numbers are "mrn"; account, encounter (FIN) and claim numbers (workers' compensation,
//    ambulance) are "account"; member, group and Medicare (MBI) numbers are "health_plan";
//    driver's and commercial driver's licences are "license"; serials of devices implanted in,
//    worn by or issued to the patient (pacemakers, LVAD controllers, wound VACs, ankle monitors)
//    and phone IMEIs are "device"; the patient's and visitors' VINs and plates are "vehicle".
//    Incident, run, call, event, asset-tag, lot, chair, bed, room, unit (Medic 14), badge,
//    employee, Pyxis, CPT, ICD, DRG and MDS item numbers are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when they
//    follow on the same line; in an address block each line's part is its own span; in an HL7
//    address the street and the city are separate spans and the state is outside; a city alone or
//    "City, ST" is an "address" span; the ZIP (or ZIP+4) is always its own "zip" span. The
//    family's towns, streets and ZIPs are its own; facility names (which never use a town of the
//    pool) and place-named eponyms ("Lyme", "Denver shunt", "Ottawa rules") are not PHI.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_twentieth_family.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand.
constexpr std::string_view kGiven20[] = {
    // Eastern Europe
    "Bogdana", "Radoslav", "Oksana-Maria", "Dorota-Ewa", "Mircea", "Ileana-Joy", "Florin", "Tsvetana", "Krasimir",
    "Zdenka", "Grigore", "Ionela", "Žarko", "Stanisława", "Bohdan-Ilko", "Miroslav-Petr", "Zlatka", "Vasile",
    "Liubov", "Bronisława", "Dobromir", "Svitlana-Ann",
    // Middle East
    "Rania-Hala", "Ghada", "Yazan", "Nawal-Sue", "Tahani", "Firas", "Shadi", "Anwar-Jamil", "Suad",
    "Nasser-Eddin", "Muna", "Ayham", "Rasmiya", "Qais", "Widad", "Maysoon", "Jalal-Omar", "Sawsan", "Khaldoun",
    "Marwa-Lyn",
    // South Asia
    "Pradeep-Kumar", "Lakshmi-Priya", "Imtiaz", "Chandrika", "Devika-Rani", "Sukhwinder", "Sunita-Devi",
    "Gurpreet-Singh", "Ashwini", "Tarun", "Mahfuz", "Shirin-Akter", "Vinod-Kumar", "Mohan-Raj", "Ishrat",
    // Caribbean
    "Marvia", "Shevon", "Tishauna", "Lystra", "Carlton-Roy", "Jovanie", "Ruel", "Kareen", "Sheldon-Ray",
    "Merline", "Desmond-Earl", "Clementina", "Errol-Vance", "Nadine-Kay", "Wendell-Roy", "Kadeen", "Shanique",
    "Trevaun", "Dionne-Marie", "Roxroy",
    // Pacific Islands
    "Viliami", "Ofa-Lupe", "Tevite", "Salote", "Pita-Sione", "Malia-Ane", "Litia", "Sione-Latu", "Mele-Heilala",
    "Akanesi", "Falaniko", "Keola", "Leota-Mae", "Sina-Luisa", "Noelani-Faye", "Tupe",
    // Indigenous North America
    "Hania", "Aiyana-Rose", "Dezba", "Cheveyo", "Wapaha", "Niyol", "Tahoma", "Sakari-Lee", "Kitchi", "Wakiza",
    "Nashoba", "Tiva", "Kotori",
    // Latin America
    "Yolanda-Inés", "Maricruz", "Nicanor", "Abundio", "Porfirio", "Tomasa", "Jacinta-Luz", "Reynaldo", "Teodulo",
    "Evarista", "Candelario", "Marisela-Paz", "Filemón", "Rutilia", "Brígida", "Amador", "Socorro-Inés",
    // Anglo / Irish
    "Siobhan-Marie", "Declan-Joe", "Fintan", "Dermot", "Verna-Jean", "Dewey", "Clovis", "Lorcan", "Bridie",
    "Ciarán-Joe", "Eilís", "Sorcha-Lynn", "Donal-Pat", "Colm", "Bríd", "Mairead-Ann", "Lucius-Earl", "Opal-Dean",
    "Nettie-Faye", "Alton",
    // ordinary words and places
    "Sunny-Lee", "Savannah-Jo", "Ivy-Rose", "Chancy", "Canyon", "Harbor-Lee", "Prairie", "Whisper", "Rebel",
    "Dakota-Sky", "Galveston", "Memphis-Jo", "Tulsa", "Shiloh-Mae",
};

constexpr std::string_view kFamily20[] = {
    // Eastern Europe
    "Wiśniowiecka", "Kravchenko-Day", "Hrabovská", "Babinski-Roe", "Moldoveanu", "Zielonka", "Lysak", "Ostapenko",
    "Bondar-Ellis", "Popescu-Ward", "Novotný-Black", "Petrenko-Lund", "Stoyanova", "Jankowski-Reyes",
    // Middle East
    "al-Rashidi", "Al-Qahtani", "bin Osman", "Barakat-Soto", "Nasrallah", "abu Zeid", "Tamimi", "Shahin-Reid",
    "al-Zoubi", "al-Hamdani", "El-Khatib-Ruiz", "Haddad-Amin", "Shawabkeh", "bin Hashim", "Qasem-Flores",
    // South Asia
    "Chaudhry-Moss", "Iyengar", "Sengupta-Kerr", "Khatun", "Naidu-Ellis", "Pathirana", "Thakkar", "Raghavachari",
    "Bhattacharya-Lowe", "Deshmukh", "Rizwan-Hale", "Chakraborty-Nye", "Mukherjee-Fox",
    // Caribbean
    "St. Louis-Baptiste", "Forbes-Campbell", "Beckford", "Gooding", "Persaud-Ali", "Ramcharan", "Alleyne",
    "Holder-Browne", "Charles-Etienne", "Mohammed-Singh",
    // Pacific Islands
    "Tuilagi", "Lealaiauloto", "Ulufonua", "Matagi-Leota", "Faleafa", "Fonoimoana", "Taufahema", "Kalanianaole",
    "Sopoaga",
    // Indigenous North America
    "Littlewolf", "Iron Cloud", "Begaye-Nez", "Runs Above", "Blackhorse-Tso", "Yellowmule", "Spotted Bear",
    "Bitsilly", "Chee-Yazzie",
    // Latin America
    "de la Cruz-Ibarra", "del Rosario", "Santiago-Rivas", "Valdés-Mena", "Marroquín", "Huerta-Solís", "Arboleda",
    "de Lourdes-Vaca", "Matamoros", "Quiñónez-Lara", "Ybarra-Soto", "Cifuentes-Paz", "Villatoro",
    // Anglo / Irish, Mac and O'
    "MacAskill", "McGillicuddy", "Fitzpatrick-Dunne", "Callaghan", "Tierney", "Quigley", "Kavanagh-Price",
    "O'Rourke-Bell", "O'Driscoll-Hynes", "McSweeney-Tan", "Ó Braonáin", "O'Keeffe-Ruan",
    // particles
    "van der Veen", "van den Broek", "de Jong-Sato", "von Ahlen", "da Silva-Mota", "le Grand-Okoye", "ter Steege",
    "du Toit-Malan", "van der Merwe-Lee", "de Wit-Ansah",
    // ordinary words and places
    "Sargent", "Judge", "Waters", "Lincoln-Hale", "Wintergreen", "Marshfield", "Churchyard", "Bankston",
    "Chamberlin-Oyo", "Richland", "Cashwell", "Londonderry-Kay", "Orlandi", "Sheaf", "Steeple", "Plowman",
    "Larkspur-Bey", "Lantern", "Ferryman",
};

constexpr std::string_view kNick20[] = {
    "Scooch", "Knuckles", "Pork Chop", "Cowboy", "Chiquita", "Bear-Bear", "Sully", "Slim Jim", "Nacho", "Toots",
    "Sweet Pea", "Stretch", "Skeeter", "Mags",
};

constexpr std::string_view kMiddle20[] = {"R", "J", "T", "L", "M", "K", "D", "V", "S", "A", "E", "N", "P", "W"};

constexpr std::string_view kRelations20[] = {"daughter", "son", "wife", "husband", "granddaughter", "grandson",
                                             "niece", "nephew", "partner", "sister", "brother", "son-in-law",
                                             "cousin", "stepdaughter"};

constexpr std::string_view kStreets20[] = {
    "Gallowgate", "Carrick", "Cobbler", "Ironworks", "Flintlock", "Tollgate", "Kiln", "Brickyard", "Saltmarsh",
    "Juniper Ridge", "Piñon", "Mesquite Flat", "Lamplighter", "Cedar Hollow", "Rail Yard", "Foundry", "Wharf",
    "Sawmill", "Signal Hill", "Mustang", "Breadfruit", "Sugar Mill", "Tamarind", "Canoe Landing",
};
constexpr std::string_view kSuffixes20[] = {"St", "Ave", "Blvd", "Road", "Court", "Drive", "Way", "Terrace",
                                            "Circle", "Highway", "Lane", "Pl."};
constexpr std::string_view kUnits20[] = {"Apt 3C", "Unit 210", "Space 19", "Apt. 12B", "# 7", "Bldg 4 Apt 2"};
constexpr std::string_view kCities20[] = {
    "Port Calloway", "Dunmore Flats", "Grayhaven", "Tollbridge", "Saint Agathe", "Red Mesa Crossing", "Kessling",
    "Barrow Heights", "Ostend Falls", "Marisol Beach", "Hartwell Station", "Cinder Lake", "Fort Ambrose",
    "Wexford Mills", "Palo Quemado", "Tamsworth", "North Calder", "Ironton Bay", "Laurel Fork", "Window Rock Flats",
};
constexpr std::string_view kStates20[] = {"NM", "AZ", "HI", "FL", "NY", "TX", "AK", "MI", "OK", "WA", "NJ", "MT"};
// POOLS-END

constexpr std::string_view kMail20[] = {"tidepool-mail.example.com", "mesamail.example.net",
                                        "lanternpost.example.org", "breakwater-inbox.example.com"};
constexpr std::string_view kWorkMail20[] = {"mercypointe-health.example.org", "lakeshore-dialysis.example.net",
                                            "kestrelcounty-ems.example.gov"};
constexpr std::string_view kFac20[] = {"Mercy Pointe Medical Center", "Bellhaven Trauma Center",
                                       "Sable Ridge VA Medical Center", "Lakeshore Dialysis Unit",
                                       "Holy Rood Hospice", "Fairmount Skilled Nursing"};
constexpr std::string_view kAlias20[] = {"TRAUMA, ZULU", "TRAUMA, KILO", "Doe, Tango", "UNKNOWN, QUEBEC",
                                         "Trauma, Yankee", "DOE, JULIETT"};
constexpr std::array<std::string_view, 12> kMonths20 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon20 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kWeekdays20[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};

struct Person20 {
  std::string first, initial, last, nick;
};

struct Cast20 {
  Person20 pt, k1, k2;
  std::array<Person20, 8> staff;
  std::string k1rel;
  std::string streetNumber, street, unit, city, state, zip;
  std::string mrn2, icn, mbi;
};

struct Ctx20 {
  NoteBuilder& b;
  const Cast20& c;
  bool lower = false;
  std::string lastDate;
  int clock = -1;  // minutes since midnight for {tick}, a message thread's rising times
};

// Latin Extended-A letters (two bytes led by 0xC4 or 0xC5) in the other case, when they have one.
void recaseExtA(std::string& s, std::size_t i, bool toUpper) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
  bool isUpper = false;
  if (cp >= 0x100 && cp <= 0x137 && cp != 0x130 && cp != 0x131) isUpper = cp % 2 == 0;
  else if (cp >= 0x139 && cp <= 0x148) isUpper = cp % 2 == 1;
  else if (cp >= 0x14A && cp <= 0x177) isUpper = cp % 2 == 0;
  else if (cp >= 0x179 && cp <= 0x17E) isUpper = cp % 2 == 1;
  else return;
  if (isUpper == toUpper) return;
  const unsigned other = isUpper ? cp + 1 : cp - 1;  // in every range the lower case follows the upper
  s[i] = static_cast<char>(0xC0u | (other >> 6));
  s[i + 1] = static_cast<char>(0x80u | (other & 0x3Fu));
}

std::string recase20(std::string s, bool toUpper) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      s[i] = static_cast<char>(toUpper ? std::toupper(u) : std::tolower(u));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (toUpper && v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      if (!toUpper && v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      recaseExtA(s, i, toUpper);
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return s;
}
std::string upper20(std::string s) { return recase20(std::move(s), true); }
std::string lower20(std::string s) { return recase20(std::move(s), false); }

std::string cased(const Ctx20& x, std::string s) { return x.lower ? lower20(std::move(s)) : s; }
void put(Ctx20& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx20& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// Initials of a person, e.g. "KO" (a sign-off, not a gold name).
std::string initials(const Person20& p) {
  std::string f = firstLetter(p.first);
  std::string l;
  // the first capital letter of the surname, skipping lower-case particles
  for (std::size_t i = 0; i < p.last.size(); ++i) {
    const auto u = static_cast<unsigned char>(p.last[i]);
    if (u < 0x80 && std::isupper(u)) {
      l = std::string(1, static_cast<char>(u));
      break;
    }
  }
  if (l.empty()) l = "X";
  return upper20(f) + l;
}

std::string fold(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out.size() < 2 ? out + "q" : out;
}

std::string words(int n) {
  static constexpr std::string_view kOnes[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  static constexpr std::string_view kTens[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                "sixteen", "seventeen", "eighteen", "nineteen"};
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred " + words(n - 100);
  if (n < 10) return std::string(kOnes[n]);
  if (n < 20) return std::string(kTeens[n - 10]);
  return std::string(kTens[n / 10]) + (n % 10 ? "-" + std::string(kOnes[n % 10]) : "");
}

Person20 makePerson20(Random& r) {
  Person20 p;
  p.first = pickS(r, kGiven20);
  p.initial = pickS(r, kMiddle20);
  p.last = pickS(r, kFamily20);
  p.nick = pickS(r, kNick20);
  return p;
}

Cast20 makeCast20(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x2020ULL) * 0xa0761d6478bd642fULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x20202ULL));
  r.next();
  Cast20 c;
  c.pt = makePerson20(r);
  c.k1 = makePerson20(r);
  if (r.chance(0.55)) c.k1.last = c.pt.last;
  c.k2 = makePerson20(r);
  if (r.chance(0.25)) c.k2.last = c.pt.last;
  for (Person20& s : c.staff) s = makePerson20(r);
  c.k1rel = pickS(r, kRelations20);
  c.streetNumber = std::to_string(r.between(3, 19850));
  c.street = pickS(r, kStreets20) + " " + pickS(r, kSuffixes20);
  if (r.chance(0.3)) c.street = std::string(r.chance(0.5) ? "N " : "SW ") + c.street;
  if (r.chance(0.3)) c.unit = pickS(r, kUnits20);
  c.city = pickS(r, kCities20);
  c.state = pickS(r, kStates20);
  c.zip = std::to_string(r.between(10, 99)) + r.digits(3);
  if (r.chance(0.35)) c.zip += "-" + r.digits(4);
  c.mrn2 = (r.chance(0.5) ? "SR" : "FM-") + r.digits(7);
  c.icn = "10" + r.digits(8) + "V" + r.digits(6);
  c.mbi = std::to_string(r.between(1, 9)) + r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) +
          r.digits(1) + "-" + r.letters(2, true) + r.digits(2);
  return c;
}

const Person20& who(const Cast20& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '8') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "k1" || head == "k2" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '8');
}

void writeName(Ctx20& x, const Person20& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "LFM", "UP"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fil") v = firstLetter(p.first) + " " + p.last;  // "O Ostapenko"
  else if (form == "fl") v = p.first + " " + upper20(firstLetter(p.last)) + ".";
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfi") v = p.last + ", " + firstLetter(p.first) + ".";
  else if (form == "LF") v = upper20(p.last + ", " + p.first);
  else if (form == "LFM") v = upper20(p.last + ", " + p.first + " " + p.initial);
  else if (form == "LFnosp") v = upper20(p.last + "," + p.first);
  else if (form == "UP") v = upper20(p.first + " " + p.last);
  else if (form == "FIRST") v = upper20(p.first);
  else if (form == "LAST") v = upper20(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "hl7") v = upper20(p.last + "^" + p.first + "^" + p.initial);
  else if (form == "low") v = lower20(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower20(p.first);
  else if (form == "lowlast") v = lower20(p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

void writeDate(Ctx20& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "abbr", "md", "dmy",
                                                   "dashmon", "mil", "mdy0", "va"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths20[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon20[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "abbr") v = mon + (m == 5 ? " " : ". ") + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "va") v = mon + " " + pad2(d) + ", " + std::to_string(y);
  else if (style == "mon") v = mon + " " + std::to_string(d);
  else if (style == "monthth") v = month + " " + std::to_string(d) + ordSuffix(d);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "md0") v = pad2(m) + "/" + pad2(d);
  else if (style == "dashmon") v = pad2(d) + "-" + upper20(mon) + "-" + std::to_string(y);
  else if (style == "mil") v = pad2(d) + upper20(mon) + std::to_string(y);
  else if (style == "dmy") v = std::to_string(d) + " " + mon + " " + std::to_string(y);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "dmydot") v = pad2(d) + "." + pad2(m) + "." + std::to_string(y);
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + std::to_string(y);
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

void writeAge(Ctx20& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = " y/o";
  else if (form == "yoa") after = "-year-old";
  else if (form == "yrs") after = " yrs";
  else if (form == "age") before = "age ";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "yosex") after = female ? "yo F" : "yo M";
  else if (form == "words") { value = words(age); after = "-year-old"; }
  else if (form == "wordsyears") { value = words(age); after = " years old"; }
  else if (form == "wordsbare") value = words(age);
  say(x, before);
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
    case 3: return "(" + a + ")" + e + "-" + l;
    case 4: return "1-" + a + "-" + e + "-" + l;
    case 5: return a + "/" + e + "-" + l;
    default: return a + e + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

// Relatives abroad, and numbers from the Caribbean under +1.
std::string abroad(Random& r) {
  switch (r.between(0, 13)) {
    case 0: return "+52 55 " + r.digits(4) + " " + r.digits(4);
    case 1: return "+91 9" + r.digits(4) + " " + r.digits(5);
    case 2: return "+63 917 " + r.digits(3) + " " + r.digits(4);
    case 3: return "+48 6" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 4: return "+40 7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 5: return "+380 67 " + r.digits(3) + " " + r.digits(4);
    case 6: return "+961 3 " + r.digits(3) + " " + r.digits(3);
    case 7: return "+962 7 9" + r.digits(3) + " " + r.digits(4);
    case 8: return "+676 7" + r.digits(2) + " " + r.digits(4);
    case 9: return "+685 7" + r.digits(1) + " " + r.digits(5);
    case 10: return "+679 9" + r.digits(2) + " " + r.digits(4);
    case 11: return "+509 3" + r.digits(3) + " " + r.digits(4);
    case 12: return "+92 300 " + r.digits(7);
    default: return std::string(r.chance(0.5) ? "+1 (868) " : "+1-876-") + std::to_string(r.between(2, 9)) +
                    r.digits(2) + "-" + r.digits(4);
  }
}

std::string email(Random& r, const Person20& p, bool work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 5)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(10, 99)); break;
    case 2: local = l + "." + f.substr(0, 1); break;
    case 3: local = fold(p.nick) + "." + l; break;
    case 4: local = f + "_" + l.substr(0, std::min<std::size_t>(4, l.size())); break;
    default: local = l + std::to_string(r.between(1940, 2001)); break;
  }
  return local + "@" + pickS(r, work ? std::span<const std::string_view>(kWorkMail20) : std::span<const std::string_view>(kMail20));
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string sentence20(Random& r);

void writeStreet(Ctx20& x, bool withCity) {
  const Cast20& c = x.c;
  std::string v = c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

void placeholder(Ctx20& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast20& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (isPerson(head)) {
    writeName(x, who(c, head), std::string(form));
  } else if (head == "ini") {  // bare initials: NOT a gold name
    say(x, initials(who(c, form)));
  } else if (head == "alias") {  // a trauma alias: NOT a gold name
    say(x, pickS(r, kAlias20) + " " + r.digits(3));
  } else if (head == "lb") {
    say(x, "{");
  } else if (head == "rb") {
    say(x, "}");
  } else if (head == "rel") {
    say(x, c.k1rel);
  } else if (head == "title") {
    say(x, p.female ? (r.chance(0.5) ? "Mrs." : "Ms.") : "Mr.");
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
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays20));
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) style = r.chance(0.5) ? "mdy0" : (r.chance(0.5) ? "mdy" : "long");
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "odob") {
    writeDate(x, r.between(1941, 1999), r.between(1, 12), r.between(1, 28), "mdy0");
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {  // another person's age or an age of 89 or less: not PHI
    say(x, std::to_string(r.between(19, 88)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + (r.chance(0.85) ? "-" : " ") + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    const std::string w(form.empty() ? "pt" : std::string(form));
    const bool work = w.size() == 2 && w[0] == 's';
    put(x, "email", email(r, who(c, w), work));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    const std::string& s = p.ssn;
    put(x, "ssn", s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4));
  } else if (head == "ssnsp") {
    const std::string& s = p.ssn;
    put(x, "ssn", s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4));
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "mrn2") {
    put(x, "mrn", c.mrn2);
  } else if (head == "icn") {
    put(x, "mrn", c.icn);
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "fin") {
    put(x, "account", "8" + r.digits(9));
  } else if (head == "claim") {
    put(x, "account", "WC" + std::to_string(r.between(23, 25)) + "-" + r.digits(6));
  } else if (head == "amclaim") {
    put(x, "account", r.digits(4) + "-" + r.digits(4) + "-" + r.digits(3));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", "GRP" + r.digits(6));
  } else if (head == "mbi") {
    put(x, "health_plan", c.mbi);
  } else if (head == "lic") {
    put(x, "license", p.license);
  } else if (head == "cdl") {
    put(x, "license", r.letters(2) + "-" + r.digits(6) + "-" + r.digits(2));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {
    put(x, "device", r.letters(3) + r.digits(6) + r.letters(1));
  } else if (head == "imei") {
    put(x, "device", r.digits(2) + "-" + r.digits(6) + "-" + r.digits(6) + "-" + r.digits(1));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.6) ? p.plate : r.letters(2) + r.digits(1) + "-" + r.letters(1) + r.digits(3));
  } else if (head == "url") {
    if (form == "tele") {
      put(x, "url", "https://visit.mercypointe-health.example.org/join/" + r.digits(8) + "?pt=" + fold(c.pt.last));
    } else if (form == "xfer") {
      put(x, "url", "https://xfer.bellhaven.example.org/case/" + p.mrn + "/images");
    } else {
      put(x, "url", "mychart.mercypointe-health.example.org/visit-summary/" + r.digits(10));
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      std::string v = "2001:db8:" + hex4(r);
      for (int k = 0; k < 5; ++k) v += ":" + hex4(r);
      put(x, "ip", v);
    } else {
      put(x, "ip", "2607:f8b0:" + hex4(r) + "::" + hex4(r) + ":" + hex4(r));
    }
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {
    writeStreet(x, true);
  } else if (head == "addr") {  // one line, City, ST inside, the ZIP after
    writeStreet(x, true);
    say(x, " ");
    put(x, "zip", c.zip);
  } else if (head == "addr2") {  // an address block
    put(x, "address", c.streetNumber + " " + c.street);
    if (!c.unit.empty()) {
      say(x, "\n");
      put(x, "address", c.unit);
    }
    say(x, "\n");
    put(x, "address", c.city + ", " + c.state);
    say(x, " ");
    put(x, "zip", c.zip);
  } else if (head == "hl7addr") {  // street^^city^ST^zip
    put(x, "address", upper20(c.streetNumber + " " + c.street));
    say(x, "^^");
    put(x, "address", upper20(c.city));
    say(x, "^" + c.state + "^");
    put(x, "zip", c.zip);
  } else if (head == "city") {
    put(x, "address", c.city);
  } else if (head == "cityst") {
    put(x, "address", c.city + ", " + c.state);
  } else if (head == "zip") {
    put(x, "zip", c.zip);
  } else if (head == "state") {
    say(x, c.state);
  } else if (head == "num") {  // run, call, incident, badge, asset numbers: not PHI
    say(x, r.digits(form.empty() ? 5 : static_cast<int>(form[0] - '0')));
  } else if (head == "time") {
    say(x, std::to_string(r.between(1, 12)) + ":" + pad2(r.between(0, 11) * 5) + (r.chance(0.5) ? " AM" : " PM"));
  } else if (head == "hhmm0") {
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "hhmm") {
    say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "tick") {  // the next time of a thread, a few minutes after the last
    x.clock = x.clock < 0 ? r.between(0, 23 * 60) : (x.clock + r.between(1, 9)) % (24 * 60);
    say(x, pad2(x.clock / 60) + ":" + pad2(x.clock % 60));
  } else if (head == "mil") {  // military time without a colon
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 11) * 5));
  } else if (head == "fac") {
    say(x, pickS(r, kFac20));
  } else if (head == "s") {
    say(x, sentence20(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx20& x, std::string_view pattern) {
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

// SENTENCES
// Look-alike sentences without PHI, in the voice of acute care: eponyms and place-named rules,
// brand names of drugs and devices, capitalised programme and unit names, ranks and codes,
// years alone, other people's ages, times, doses, lab values, scores, rooms, beds and counts.
std::string sentence20(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  switch (r.between(0, 51)) {
    case 0: return "GCS 14 (E4 V4 M6) on arrival, pupils 3 mm and brisk, no Battle sign or raccoon eyes.";
    case 1: return "Beck's triad absent; FAST negative x4 views, eFAST without sliding-lung concern.";
    case 2: return "Levophed at 0." + n2 + " mcg/kg/min, MAP goal 65, vasopressin 0.04 units/min added at 0300.";
    case 3: return "Canadian C-spine rule applied; collar cleared clinically, no CT needed.";
    case 4: return "Ottawa ankle rules negative, so no films; ACE wrap and crutches from the Ortho closet.";
    case 5: return "Kcentra 2,000 units given for an INR of " + n1 + ".4, vitamin K 10 mg IV over 20 minutes.";
    case 6: return "LUCAS device applied at minute 4, Zoll X Series showed VF, shocked at 200 J.";
    case 7: return "Pyxis MedStation " + n1 + " on 5 West locked out for the count at 1900; override report printed.";
    case 8: return "Posey bed enclosure discontinued; the Hill-Rom bed exit alarm is set to zone 2.";
    case 9: return "Swan-Ganz wedge " + n2 + " mmHg, cardiac index 1.9, SvO2 58%.";
    case 10: return "Parkland formula: 4 mL x 72 kg x 18% TBSA, half in the first 8 hours.";
    case 11: return "Allen test normal on the left before the radial A-line; Seldinger technique, one pass.";
    case 12: return "ESI level 2, chief complaint code R07.9, door-to-ECG " + n1 + " minutes.";
    case 13: return "Precedex 0.4 mcg/kg/hr, RASS -1, CAM-ICU negative this shift.";
    case 14: return "Kussmaul breathing on arrival; anion gap 2" + n1 + ", beta-hydroxybutyrate 6.1, insulin drip per DKA protocol.";
    case 15: return "Cushing's triad was not present; ICP bolt reading " + n2 + " cmH2O.";
    case 16: return "Lactate " + n1 + ".2 mmol/L, repeat in 2 hours per the SEP-1 bundle.";
    case 17: return "Crash cart 3 checked, seal number " + r.digits(7) + ", defibrillator self-test passed.";
    case 18: return "Hemodialysis on the Fresenius 2008T, chair " + n2 + ", blood flow 400 mL/min, dialysate 2K/2.5Ca.";
    case 19: return "Heparin 1,000 units/mL locked in each lumen of the Mahurkar catheter.";
    case 20: return "Plasma exchange 1.0 plasma volume with 5% albumin on the Spectra Optia.";
    case 21: return "Wound VAC at -125 mmHg continuous, black foam, canister changed at 0600.";
    case 22: return "Braden score 1" + n1 + "; Mepilex border to the sacrum, turn q2h.";
    case 23: return "Room 4" + n2 + " is on contact plus for C. diff; bleach wipes only.";
    case 24: return "Bed 12 to Bed 7 swap approved by the house supervisor at 2215.";
    case 25: return "Lyme serology pending; Rocky Mountain spotted fever on the differential after the Oklahoma camping trip.";
    case 26: return "Denver shunt placed in 2017 for refractory ascites; Mayo end-stage score " + n1 + ".";
    case 27: return "San Francisco syncope rule negative; tilt table deferred to clinic.";
    case 28: return "Trendelenburg for the IJ, Foley 16 Fr placed, Sengstaken-Blakemore tube at the bedside just in case.";
    case 29: return "Fentanyl 100 mcg/2 mL wasted " + n2 + " mcg with a second RN, Omnicell transaction logged.";
    case 30: return "HYDROmorphone 0.5 mg IV q3h PRN; ketorolac 15 mg x1; TXA 1 g over 10 min then 1 g over 8 hr.";
    case 31: return "Rocuronium 1.2 mg/kg and ketamine 2 mg/kg for RSI; grade I view with the GlideScope, 7.5 ETT at 23 cm.";
    case 32: return "DRG 871 sepsis without MV >96 hours; CPT 99291 and 99292 x1.";
    case 33: return "NEMSIS v3.5 export validated with 0 errors, " + n1 + " warnings.";
    case 34: return "Rapid response criteria met: RR > 28, SpO2 < 90% on 4 L, new confusion.";
    case 35: return "Restraint order renewed at 4 hours; circulation, skin and ROM checks every 15 minutes.";
    case 36: return "Sitter reassigned from Room 5" + n2 + " at 0300 for a new suicide-risk admission.";
    case 37: return "MDS item A1500 (PASRR) answered No; Section GG self-care scores 03 across.";
    case 38: return "The VFW post and the Red Cross arranged the flag for the bedside; Taps played at 1600.";
    case 39: return "Agent Orange exposure presumed, Vietnam 1968 to 1969; Camp Lejeune questionnaire also done.";
    case 40: return "Correctional officer remained at the bedside per policy; shackle to the bed frame, one ankle only.";
    case 41: return "Interpreter via the Stratus video cart for Tongan, session " + n2 + " minutes; Mixteco by phone.";
    case 42: return "OR 7 turnover " + n2 + " minutes, first-case on-time start 0730, Time Out completed.";
    case 43: return "ASA 3E; Mallampati II; Cormack-Lehane grade 1; sugammadex 200 mg at close.";
    case 44: return "Hospice level of care changed to GIP; the Comfort Kit is in the refrigerator.";
    case 45: return "Home health OASIS start of care done; Medicare face-to-face within 90 days, homebound criteria met.";
    case 46: return "Grace period ends Friday; the Hope Lodge has two rooms left for families from out of town.";
    case 47: return "Troponin I " + n3 + " ng/L then " + std::to_string(r.between(481, 2400)) + " ng/L, HEART score " + n1 + ", cath lab activated at 0214.";
    case 48: return "BMP: Na 13" + n1 + ", K 3." + n1 + ", HCO3 1" + n1 + ", BUN " + n2 + ", Cr 2." + n1 + "; Hgb " + std::to_string(r.between(6, 14)) + ".4, plt " + n3 + "K.";
    case 49: return "AirCare 3 lifted from the Route 9 landing zone at 1142; Medic " + n2 + " back in service at 1210.";
    case 50: return "Her roommate, aged " + std::to_string(r.between(60, 88)) + ", was moved to Bed B after the fall.";
    default: return "Watcher status per I-PASS; the Stable and Unstable columns on the board are filled by the charge nurse.";
  }
}

struct Template20 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template20 kTemplates20[] = {
    {"ems_patient_care_report", false,
     "KESTREL COUNTY EMS - PATIENT CARE REPORT\nIncident # {num.7}   Unit: Medic {num.2}   Date: {date.mdy0}\n"
     "Dispatched {hhmm}   On scene {hhmm}   Transport {hhmm}   At destination {hhmm}\nPATIENT: {pt.LFM}   DOB: "
     "{dob.mdy0}   Age: {age}   Sex: {sex}\nScene address: {addr}\nCC: fall from standing, unable to bear weight\n"
     "NARRATIVE: Found pt supine on kitchen floor, {rel} {k1.full} on scene, states pt last seen normal at 2200. "
     "{s} Pt transported to Mercy Pointe without incident.\nCrew: {s4.full}, EMT-P / {s5.fi}, EMT\nCall-back on "
     "file: {phone}\n"},
    {"radio_prealert", false,
     "MED CONTROL RADIO LOG {date.md} {hhmm}\n\"Bellhaven, Medic {num.2}. Inbound, ETA one-zero minutes, with a "
     "{age.words} {sexw}, ground-level fall, on thinners, GCS fourteen. {s} Family says name is "
     "{pt.full}. Over.\"\nReceived by {s3.fl}, charge RN. Trauma team: tier 2.\n"},
    {"ed_triage_note", false,
     "TRIAGE  {date.iso} {hhmm}\nESI 3 | Arrived by: private vehicle, driven by {rel}\nPt: {pt.lf}, {age.yo} {sex}\n"
     "CC: \"my chest feels tight since lunch\"\nAllergies: PCN (hives), sulfa\n{s}\nEmergency contact: {k1.full} "
     "{phone2}\nHome phone: {phone}\nTriage RN: {s3.full}, RN\n"},
    {"trauma_flowsheet", false,
     "TRAUMA FLOWSHEET - LEVEL 1 ACTIVATION\nArrival {date.dashmon} {hhmm}   Alias: {alias}\nIdentified at "
     "{hhmm} as {pt.LF} (DOB {dob.mdy0}) from driver's licence {lic}\nMechanism: MVC, restrained driver, "
     "vehicle VIN {vin}, plate {plate}\nTime  | HR  | BP     | SpO2 | GCS\n+0    | 118 | 92/54  | 94   | 13\n"
     "+10   | 104 | 108/66 | 98   | 14\n{s}\nScribe: {s6.full}, RN   Trauma surgeon: Dr. {s1.last}\n"},
    {"ipass_handoff", false,
     "I-PASS HANDOFF - MICU   {date.md} 1900\nFrom: Dr. {s1.last}  To: Dr. {s2.last}\nI: Watcher\nP: "
     "{pt.full}, {age.yo}, bed 12, septic shock from a urinary source, day 3. {s}\nA: [ ] lactate at "
     "2200  [ ] call {rel} {k1.first} back at {phone2} re goals of care\nS: if MAP < 65 despite 0.2 of norepi, "
     "page the fellow, Dr {s7.fi}\nS: receiver summarized, questions answered.\n"},
    {"sbar_call", false,
     "SBAR - {date.mdy} {hhmm}\nS: Calling about {pt.fl} in 5W-{num.2}, new RR 30 and SpO2 86% on 4 L.\nB: "
     "{age.sex}, admitted {date.md} with CAP. {s}\nA: I think {he} is getting worse.\nR: Please come see "
     "{him} now; RRT on standby.\nRead back by Dr. {s1.fi}. Called by {s3.full}, RN via Vocera.\n"},
    {"bed_board", false,
     "BED BOARD - 4 EAST   {date.mdy0} 0700\nBed   | Patient              | Age | Attending  | Status\n4E-01 | "
     "{pt.LF} | {age} | {s1.last} | dc today, needs ride\n4E-02 | {k2.LFM} | {yage} | {s2.last} | NPO for IR\n"
     "4E-03 | (clean) | - | - | ready\n4E-04 | {s8.lfi} | {yage} | {s1.last} | tele, sitter\nCharge: {s3.first} "
     "(charge)   Huddle 0715\n"},
    {"resident_signout", true,
     "signout {date.md} nf -> days (team b)\n- {pt.lowlast} rm 4{num.2}: {age.yo}, chf exac, diuresing, k "
     "3.4 repleted. if uop < 30 call me. {s}\n- {k2.low} rm 4{num.2}: gi bleed, 2 units in, hgb 7.9 -> recheck "
     "0400\n- family ({k1.lowfirst}) calling a lot, ok to update, ph {phone2}\ncontingency: code status full for "
     "all 3. - {s2.lowfirst}\n"},
    {"transfer_center_log", false,
     "TRANSFER CENTER CALL LOG\nCall #{num.6} received {date.mdy} {hhmm}\nReferring: Sable Ridge ED, Dr "
     "{s1.full}, callback {cphone}\nPatient: {pt.LFM}   DOB {dob}   Sending MRN {mrn2}\nDx: NSTEMI, troponin "
     "rising. {s}\nAccepting: Dr {s2.full} (cardiology)   Bed: CCU 6\nTransport: AirCare 3, ETA 40 min\n"
     "Images: {url.xfer}\nFax records to {fax}\n"},
    {"rapid_response_record", false,
     "RAPID RESPONSE TEAM RECORD\nDate {date.mdy0}  Called {hhmm}  Arrived {hhmm}\nPatient {pt.full}   MRN "
     "{mrn}   Loc 6W-6{num.2}\nTrigger: SpO2 84%, RR 32\nInterventions: NRB 15 L, ABG, CXR, furosemide 40 mg IV. "
     "{s}\nOutcome: transfer to ICU bed 9\nTeam: {s6.fi}, RN (ICU), {s7.full}, RRT\n"},
    {"code_blue_record", false,
     "CODE BLUE RECORD   {date.dashmon}\nPt: {pt.UP}   MRN {mrn}   Age {age}   Wt 61 kg\nTime  | Rhythm | "
     "Intervention\n03:12 | PEA    | CPR started, epi 1 mg\n03:16 | VF     | shock 200 J\n03:29 | ROSC   | "
     "amiodarone 300 mg\n{s}\nRecorder: {s3.full}, RN   Code leader: Dr. {s1.last}\nFamily notified: {k1.full} "
     "({rel}) at {phone2}\n"},
    {"restraint_flowsheet", false,
     "RESTRAINT MONITORING - NON-VIOLENT\nPatient: {pt.lf}   MRN {mrn}\nOrder: Dr {s2.fl}, {date.mdy} {hhmm}, "
     "bilateral soft wrist\nq2h checks: circulation WNL, skin intact, fluids offered, toileting offered.\n"
     "Less restrictive tried: mitts, bed alarm, {rel} at bedside. {s}\nRN: {s3.fi}   Initials: {ini.s3}\n"},
    {"sitter_log", false,
     "1:1 SITTER OBSERVATION LOG - Rm 5{num.2}\nPatient: {pt.full} (goes by \"{pt.nick}\")\nDate: "
     "{date.mdy}\n0700 sleeping, resp even\n0715 awake, asking for {k1.first}\n0730 pulled at IV, redirected\n"
     "{s}\nSitter {s8.full} (sitter)   Relieved by {s7.first} at 1100\n"},
    {"or_schedule", false,
     "OR SCHEDULE - MAIN   {date.long}\nRoom | Start | Patient            | Age | Procedure         | Surgeon  | "
     "Anes\nOR 3 | 0730  | {pt.LF} | {age} | ORIF L hip        | {s1.fi} | {s2.fi}, CRNA\nOR 4 | 0745  | "
     "{k2.lf} | {yage} | lap chole         | {s4.last} | {s5.last}\nOR 7 | 1000  | add-on | - | I&D R hand | "
     "{s1.last} | -\n"},
    {"anesthesia_record", false,
     "ANESTHESIA RECORD\nPatient: {pt.LFM}   MRN {mrn}   FIN {fin}\nDOS {date.mdy0}   ASA 3E   Wt 58 kg\n"
     "Anesthesiologist: {s2.full}, MD   CRNA: {s4.full}, CRNA\nAirway: MAC 3, 7.0 ETT, grade I, atraumatic\n{s}\n"
     "Implant: pacemaker in situ, serial {dev}; magnet in the room\nPACU report to {s6.fl} at {hhmm}\n"},
    {"hemodialysis_run_sheet", false,
     "HEMODIALYSIS TREATMENT RECORD - LAKESHORE DIALYSIS UNIT\nPatient: {pt.LF}   DOB {dob.mdy0}   Chair "
     "{num.2}\nMedicare MBI {mbi}\nAccess: L forearm AVF, thrill +, bruit +\nPre wt 71.4 kg  Post wt 69.2 kg  UF "
     "2.2 L\n{s}\nRN: {s3.fi}   PCT: {s5.first}   Initials: {ini.s5}\nNext treatment {wd} {date.md}\n"},
    {"apheresis_record", false,
     "THERAPEUTIC PLASMA EXCHANGE - procedure {num.1} of 5\nPatient {pt.full}, {age.yo}   MRN {mrn}\nDate "
     "{date.iso}\nIndication: TTP, ADAMTS13 < 5%\nAccess: R IJ Trialysis\n{s}\nOperator: {s6.full}, RN   "
     "Ordering: Dr {s1.last}\n"},
    {"wound_care_log", false,
     "WOUND CARE LOG - {pt.LFM}\nDate  | Site             | Size (cm)       | Dressing       | Init\n{date.md} | "
     "sacrum, stage 3 | 4.1 x 3.0 x 0.5 | NPWT -125      | {ini.s5}\n{date.md} | sacrum, stage 3 | 3.8 x 2.9 x "
     "0.4 | NPWT -125      | {ini.s5}\nNPWT unit issued for home, serial {serial}\nWOC nurse: {s5.full}, CWOCN\n"},
    {"discharge_summary_followup", false,
     "DISCHARGE SUMMARY\nPatient: {pt.fml}   MRN {mrn}   Acct {acct}\nAdmitted: {date.mdy}   Discharged: "
     "{date.mdy}\nHospital course: {s} {s}\nFOLLOW-UP APPOINTMENTS\n1. {s1.full}, NP, Cardiology - {date.long} at "
     "{time}, {cphone}\n2. Wound clinic - {date.md}, call to confirm\n3. PCP Dr. {s7.last} within 7 days\n"
     "Discharged to home: {addr}\n"},
    {"home_health_visit", false,
     "HOME HEALTH - SKILLED NURSING VISIT\nClient: {pt.full}   {addr}\nVisit: {date.mdy} {time}\nHomebound: "
     "yes, leaves home only for dialysis. {s}\nCaregiver {k1.first} ({rel}) present; cell {ph7}.\nNext visit "
     "{wd} {date.md}\nSN: {s5.full}, RN\n"},
    {"hospice_visit_note", false,
     "HOLY ROOD HOSPICE - RN VISIT\nVisited {pt.first} at {his} {rel}'s home in {cityst} on {date.abbr}. "
     "{pt.first} is {age.wordsyears}, sleeping most of the day, PPS 30%. {s} {k1.first} asked about the "
     "comfort kit. Family in {city} were updated by phone ({phone2}).\nChaplain {s7.last} to visit {wd}.\n"
     "- {s5.fi}, RN\n"},
    {"snf_transfer_form", false,
     "INTERFACILITY TRANSFER FORM (SNF TO HOSPITAL) - Fairmount Skilled Nursing\nSECTION A. IDENTIFICATION\n"
     "A0500 Legal name: {pt.LFM}\nA0800 Gender: {sex}\nA0900 Birth date: {dob.mdy0}\nA0600A Social Security: "
     "{ssnbare}\nA0600B Medicare: {mbi}\nA0700 Medicaid: {plan}\nA1300 Medical record: {mrn2}\nCode status: DNR/"
     "DNI   POLST attached\nReason: fever, hypotension. {s}\nSending nurse: {s5.full}, LPN   Phone {cphone}\n"
     "Responsible party: {k1.full} ({rel}) {phone2}\n"},
    {"employee_exposure_form", false,
     "EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE REPORT\nEmployee: {pt.LF}   Employee ID E{num.6}   DOB "
     "{dob.mdy0}\nDept: 5 North   Job: RN\nDate/time of exposure: {date.mdy} {hhmm}\nType: percutaneous, "
     "hollow-bore needle after IV start\nSource patient MRN: {mrn2} (rapid HIV negative)\n{s}\nEmployee cell: "
     "{phone}   Email: {email.pt}\nSeen by: {s1.full}, NP\n"},
    {"workers_comp_first_report", false,
     "EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS\nEmployee: {pt.full}   SSN {ssnbare}\nHome address:\n{addr2}\n"
     "Phone: {phone}\nCommercial driver's licence: {cdl}\nEmployer: Kiln & Quarry Aggregates\nDate of injury: "
     "{date.mdy0}   Claim no. {claim}\nHow it happened: fell from the loader step. {s}\nSupervisor: {k2.full}, "
     "{cphone}\n"},
    {"va_primary_care_note", false,
     "SABLE RIDGE VA MEDICAL CENTER - PRIMARY CARE\nLOCAL TITLE: PACT RN CARE MANAGEMENT\nSTANDARD TITLE: "
     "NURSING NOTE\nDATE OF NOTE: {date.va}@{hhmm0}   ENTRY DATE: {again}@{hhmm0}\nVeteran: {pt.LFnosp}   SSN "
     "{ssnsp}   ICN {icn}\nService: USMC 1968-1971, SC 70%\n{s}\n/es/ {s3.UP}, RN\nSigned: {again}@{hhmm0}\n"},
    {"va_community_care_referral", false,
     "COMMUNITY CARE CONSULT - Veteran {pt.lf}\nICN: {icn}   DOB: {dob.va}\nReferral # {num.9}   Category: "
     "Urgent, seen within 7 days\nVeteran prefers {cityst} location; best phone {phone}\nNon-VA provider: Dr. "
     "{s7.full}, fax {fax}\n{s}\nScheduler: {s8.fl}   Date {date.mdy}\n"},
    {"military_sick_call", false,
     "SICK CALL SCREENING SLIP - BN AID STATION\nDTG: {date.mil} {mil}\nName: {pt.LF}   Rank: SGT\nDoD ID: "
     "not recorded\nComplaint: L ankle inversion on the ruck march. {s}\nScreener: SPC {s4.last}   Provider: "
     "Capt. {s1.last}\nDisposition: light duty x 72 h, f/u {date.md}\n"},
    {"correctional_intake", false,
     "GREYSTONE CORRECTIONAL FACILITY - HEALTH SERVICES INTAKE SCREENING\nInmate: {pt.LFM}   Health record no. "
     "{mrn}   Housing: C-Pod {num.2}\nIntake date: {date.mdy0}   DOB: {dob.mdy0}\nAnkle monitor (pretrial) serial "
     "{serial} removed by Deputy {s7.last}\nSuicide screen negative. {s}\nEmergency contact: {k1.full}, {rel}, "
     "{phone2}\nScreened by: {s5.full}, LPN\n"},
    {"critical_care_transport", false,
     "CRITICAL CARE TRANSPORT RECORD\nFrom: Mercy Pointe ICU bed 4   To: Bellhaven Trauma Center CVICU\nPt: "
     "{pt.LF} / {age} / {sex}   DOB {dob.mdy0}\nDrips: norepinephrine 0.08, propofol 30\nLVAD: HeartMate 3, "
     "controller serial {dev}\n{s}\nCrew: {s4.fi}, RN / {s5.fi}, NRP\nReport given to receiving RN {s6.full} by "
     "phone {cphone} at {hhmm}\n"},
    {"security_incident_report", false,
     "PUBLIC SAFETY INCIDENT REPORT   Case {num.2}-{num.5}\nDate/time: {date.mdy} {hhmm}\nLocation: ED Pod C\n"
     "Involved: patient {pt.full} (DOB {dob}); visitor {k2.full}, DL {lic}\nVehicle: plate {plate}, left in the "
     "ambulance bay\nNarrative: visitor refused to leave after hours, verbal, de-escalated. {s}\nOfficer "
     "{s7.last}, badge {num.3}\n"},
    {"controlled_substance_count", false,
     "CONTROLLED SUBSTANCE COUNT - 5 WEST   shift change {date.md} 1900\nDrug                  | Expected | "
     "Actual\nHYDROmorphone 2 mg/mL  | 14       | 14\nfentanyl 100 mcg/2 mL  | 9        | 8\nlorazepam 2 mg/mL     "
     "| 6        | 6\nDiscrepancy resolved: 1 fentanyl removed for pt {pt.fi} (MRN {mrn}) at {hhmm}, waste "
     "witnessed by {s3.fl}\nCounted by: {ini.s3} / {ini.s4}\nPharmacist {s8.full}, RPh reviewed\n"},
    {"interpreter_encounter_log", false,
     "INTERPRETER SERVICES ENCOUNTER LOG\nDate {date.mdy} | Language: Tongan | Interpreter: {s7.full}, CMI | "
     "Mode: in person\nPatient: {pt.LF} | MRN {mrn} | Room 3{num.2}\nFamily present: {k1.first} ({rel})\n"
     "Second session by video, cart connected from {ip}\n{s}\n"},
    {"tele_icu_log", false,
     "eICU CAMERA ROUNDS LOG   {date.iso}\nHub session from {ip6} (backup {ip}:{num.4})\nBed 14: {pt.lf}, "
     "{age.yo}, on BiPAP. Intensivist Dr {s1.last} spoke with bedside RN {s3.first}. {s}\nAction: ABG ordered, "
     "family ({k1.fl}) updated at {intl}\n"},
    {"epcr_xml_export", false,
     "<PatientCareReport>\n <eRecord.01>{num.8}</eRecord.01>\n <ePatient.02>{pt.last}</ePatient.02>\n "
     "<ePatient.03>{pt.first}</ePatient.03>\n <ePatient.17>{dob.iso}</ePatient.17>\n <ePatient.05>{street}"
     "</ePatient.05>\n <ePatient.09>{zip}</ePatient.09>\n <eTimes.03>{date.compact}T{hhmm0}</eTimes.03>\n "
     "<eCrew.01>{s4.full}</eCrew.01>\n <eOther.upload source=\"{ip6}\"/>\n</PatientCareReport>\n"},
    {"hl7_adt_transfer", false,
     "MSH|^~\\&|ADT|MPMC|BEDBOARD|MPMC|{date.compact}{hhmm0}||ADT^A02|{num.8}|P|2.5.1\nEVN|A02|{date.compact}"
     "{hhmm0}\nPID|1||{mrn}^^^MPMC^MR||{pt.hl7}||{dob.compact}|{sex}|||{hl7addr}||{phone}|||||{acct}|"
     "{ssnbare}\nPV1|1|I|4E^02^A||||{num.6}^{s1.hl7}\n"},
    {"ed_discharge_instructions", false,
     "EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS\n{pt.full}, you were seen today for a wrist fracture.\n{s}\n"
     "Your follow-up: {wd}, {date.long} at 10:40 AM with {s1.full}, PA-C, Hand Clinic. Call {cphone} if you "
     "cannot come.\nView your visit summary: {url}\nReturn to the ED for numbness, blue fingers or worsening pain.\n"},
    {"nurse_chat_thread", true,
     "secure chat - 6w charge group - {date.md}\n[{tick}] {s3.lowfirst}: 12 pulling at lines again, {pt.lowlast} "
     "needs a sitter\n[{tick}] {s4.lowfirst}: sitter pool empty til 0300, can {k1.lowfirst} stay?\n[{tick}] "
     "{s3.lowfirst}: {rel} went home, number on board {ph7}\n[{tick}] {s4.low}: ok calling, {s}\n"},
    {"case_management_note", false,
     "CASE MANAGEMENT - DISCHARGE PLANNING\nPt lives alone at {streetcity}, second floor, no elevator. {rel} "
     "{k1.full} lives in {city} and works nights. {s}\nPayer: member ID {plan}, group {group}\nSNF referrals "
     "faxed to Fairmount and two others ({fax}).\nCM: {s6.full}, LCSW   {date.mdy}\n"},
    {"death_pronouncement", false,
     "DEATH PRONOUNCEMENT NOTE\nCalled to bedside at {hhmm} to pronounce {pt.full}, age {age}. No heart sounds "
     "for one full minute, no breath sounds, pupils fixed. Time of death {hhmm} on {date.mdy}. {s}\nFamily "
     "notified: {k1.full} ({rel}) at {intl}.\nOrgan procurement referral #{num.7} made.\nDr. {s2.full}\n"},
    {"safety_event_fall", false,
     "SAFETY EVENT REPORT #{num.6}\nEvent type: fall, unassisted, found on floor\nPatient: {pt.LF}   MRN {mrn}   "
     "Age {age}\nDate of event: {date.md}   Time: {hhmm}\nBed alarm: off (reason not documented). {s}\n"
     "Reported by: {s3.full}   Manager notified: {s6.fi}\n"},
    {"belongings_inventory", false,
     "PATIENT BELONGINGS INVENTORY\nPatient: {pt.UP}   MRN {mrn}   Date: {date.mdy0}\nItems: cell phone (IMEI "
     "{imei}), wallet with driver's licence {lic}, car keys (plate {plate}), dentures upper, glasses\n"
     "Valuables to security envelope #{num.6}\nReleased to: {k1.full} ({rel}), signature on file\nRN witness: "
     "{s3.fl}\n"},
    {"emergency_psych_hold", false,
     "APPLICATION FOR EMERGENCY ADMISSION (72-HOUR HOLD)\nName of person: {pt.full}   DOB {dob}\nResidence: {addr}\n"
     "Facts: found by police on the Route 9 overpass. {s}\nPetitioner: Officer {s7.full}, badge {num.4}, "
     "{cphone}\nDate: {date.mdy}   Time: {hhmm}\nExamined by: Dr. {s2.last}\n"},
    {"ambulance_claim", false,
     "AMBULANCE CLAIM SUMMARY\nBeneficiary: {pt.LF}   Member ID {plan}   Group {group}\nClaim {amclaim}   Date "
     "of service {date.mdy0}\nPick-up ZIP: {zip}   Loaded miles 14.2   Level: ALS1 emergency (A0427)\n{s}\n"
     "Billing contact: {s8.full}, {cphone}\n"},
    {"air_medical_flight_log", false,
     "AIRCARE 3 FLIGHT LOG  {date.dmy}\nLift {mil}  LZ: Route 9 field  Land {mil}\nPt: {pt.LF}, {age.yrs}, "
     "{sex}, wt 64 kg\nMission: scene, MVC rollover; vehicle VIN {vin}\n{s}\nFlight RN {s4.full}   Flight medic "
     "{s5.full}, NRP\n"},
    {"post_discharge_call", false,
     "POST-DISCHARGE PHONE CALL - day 2\n{date.mdy}: Called {pt.first} at {ph7}, no answer; reached {rel} "
     "{k1.first} at {phone2}. Picked up meds from Sugar Mill Pharmacy. {s} Follow-up with Dr. {s7.last} on "
     "{date.md} confirmed.\n- {s6.full}, RN\n"},
    {"dialysis_unit_email", false,
     "From: {s5.full} <{email.s5}>\nTo: Transfer Center (secure group inbox)\nSent: "
     "{wd}, {date.abbr} {time}\nSubject: chair time for {pt.fi}\n\nHi {s3.first},\n\nWe can take "
     "{pt.full} back on the MWF 2nd shift starting {date.md}. Please send the last 3 runs and labs. {s}\n\n"
     "Thanks,\n{s5.first}\nLakeshore Dialysis Unit, {cphone}, fax {fax}\n"},
    {"admission_med_rec", false,
     "ADMISSION MEDICATION RECONCILIATION\nPatient: {pt.LFM}   MRN {mrn}\nSources: {rel} {k1.first} (bag of "
     "bottles), Sugar Mill Pharmacy {cphone}, fill history\napixaban 5 mg BID - last dose {date.md} AM\n"
     "metoprolol succinate 50 mg daily\n{s}\nCompleted by {s8.full}, PharmD\n"},
    {"icu_family_meeting", false,
     "ICU FAMILY MEETING   {date.mdy}\nPresent: {k1.full} ({rel}), {k2.full}, Dr {s1.last}, SW {s6.fi}; "
     "interpreter {s7.first} (Arabic)\n{pt.first} is {age.wordsbare} and has been on the ventilator for 9 days. "
     "{s}\nFamily wishes: no CPR, continue current care for 48 h, then revisit. {k2.first} will fly in from "
     "abroad; reach {him} at {intl}.\n"},
    {"ed_tracking_board_csv", false,
     "room,patient,age,cc,rn,md,arrived\nT4,\"{pt.lf}\",{age},SOB,{s3.first},{s1.last},{date.compact} {mil}\n"
     "T5,\"{k2.LF}\",{yage},abd pain,{s4.first},{s2.last},{date.compact} {mil}\nH2,\"{s8.lf}\",{yage},syncope,"
     "{s3.first},{s1.last},{date.compact} {mil}\n"},
    {"snf_phone_handoff", false,
     "Phone handoff, Fairmount nurse to ED, {date.md} {hhmm} (transcribed):\n\"This is {s5.first} from "
     "Fairmount, calling about {title} {pt.last}, {pt.full}, {age.yo}, date of birth "
     "{dob.long}. {He} had a fever of 101.8 and the BP was 88 over 50. {s} {His} {rel} is {k1.first}, number "
     "is {phone2}. Our direct line is {cphone}.\"\n"},
    {"spanish_followup_sheet", false,
     "HOJA DE SEGUIMIENTO - ALTA\nPaciente: {pt.full}   Fecha de nacimiento: {dob.dmyslash}\nSu cita: "
     "{date.dmyslash} a las 9:30 con {s1.full}, NP.\nSi tiene preguntas llame al {cphone}. Su familiar "
     "{k1.first} en el extranjero: {intl}.\nDirección en el expediente: {addr}\n"},
    {"burn_center_referral", false,
     "BURN CENTER REFERRAL\nDate {date.mdy0}   Referring facility: Mercy Pointe ED, {cphone}\nPatient: {pt.LF}, "
     "{age.sex}, DOB {dob.mdy0}\nBurns: 18% TBSA partial thickness, flash from a propane heater at home "
     "({street}, {cityst})\n{s}\nReferring: Dr {s2.full}   Accepting: Dr {s1.full}\nImages uploaded: {url.xfer}\n"},
    {"return_to_work_status", false,
     "WORK STATUS REPORT - OCCUPATIONAL HEALTH\nEmployee: {pt.LF}   Claim # {claim}\nEmployer: Port Authority "
     "Marine Terminal   Adjuster email: {email.s8}\nDate of exam: {date.mdy0}\nStatus: modified duty, no ladders, "
     "no lifting over 15 lb until {date.md}. {s}\nClinician: {s1.full}, NP   Next visit {date.md}\n"},
    {"telehealth_followup", false,
     "Video follow-up after ED visit, {date.iso}\n{pt.full} joined from {ip6}; {his} {rel} {k1.first} joined by "
     "phone ({phone2}).\nLink: {url.tele}\n{s}\nSeen by {s1.fi}, NP\n"},
    {"no_phi_crash_cart_check", false,
     "CRASH CART DAILY CHECK - 6 WEST\n{s}\n{s}\nDefib tested at {hhmm}, lock intact, glucose meter QC in range.\n"},
    {"no_phi_census_summary", false,
     "UNIT CENSUS SUMMARY 0600\nOccupied 28 of 32, 3 pending discharges, 2 isolation, 1 sitter, 4 telemetry.\n{s} "
     "{s}\n"},
    {"no_phi_or_turnover", false, "OR METRICS - WEEK {num.2}\n{s}\n{s}\nFirst-case on-time starts: 81%.\n"},
    {"no_phi_restraint_policy", false,
     "Policy excerpt (restraint and seclusion): {s} {s} Orders for violent restraint expire after 4 hours for "
     "adults.\n"},
    {"no_phi_count_policy", false,
     "Controlled substance discrepancy procedure: {s} {s} Unresolved counts go to the pharmacy manager before end "
     "of shift.\n"},
    {"no_phi_dialysis_water_log", false,
     "RO WATER SYSTEM LOG - LAKESHORE DIALYSIS UNIT\nTotal chlorine < 0.1 ppm at 0500 and 1100. Conductivity 4.2 "
     "uS/cm.\n{s}\n"},
    {"no_phi_ems_protocol_card", false,
     "KESTREL COUNTY EMS PROTOCOL 4.12 - STROKE\n{s}\n{s}\nLast known well and BE-FAST findings go on the radio "
     "report.\n"},
};

}  // namespace

std::size_t twentiethTemplateCount() { return std::size(kTemplates20); }

std::string_view writeTwentiethNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                    std::size_t choice) {
  const Cast20 cast = makeCast20(seed, patientIndex);
  const Template20& t = kTemplates20[choice % std::size(kTemplates20)];
  Ctx20 x{builder, cast, t.lower, {}};
  expand(x, t.pattern);
  return t.name;
}

std::string twentiethSentence(Random& r) { return sentence20(r); }

}  // namespace concord::phi::corpus
