// The twenty-sixth family (kTwentySixthSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is acute, rural and community care: emergency medical services,
// air ambulances, rural and remote clinics, mental health and addiction services, street medicine,
// custody health, disasters and refugee camps, home hospice, long-term care and school-based
// clinics, from the US (Alaska, the Navajo Nation, Appalachia), Canada (Nunavut), Australia (the
// Northern Territory and outback), Scotland (the Western Isles, Orkney and Shetland), Wales, New
// Zealand, Mexico, Puerto Rico, Guam and refugee camps in Kenya (Kakuma), Bangladesh (Cox's Bazar)
// and Jordan (Zaatari).
// Document styles: ePCR run sheet, radio patch transcript (capitals), CAD dispatch log, lower-case
// crew text messages, motor-vehicle-collision run sheet with the car's plate and VIN, refusal of
// care (AMA) form, air-ambulance transfer request and flight log, HL7 ADT of an air transfer,
// ambulance billing claim, Scottish Ambulance Service handover (CHI number), Alaska village
// community-health-aide encounter with a telemedicine link, IHS clinic note on the Navajo Nation,
// public-health-nurse home visit with an elder, Appalachian free-clinic card with seven-digit
// phones, Royal Flying Doctor Service airstrip clinic, Nunavut nursing-station medevac, Western
// Isles GP letter, Welsh bilingual discharge (Welsh month names), New Zealand rural GP (NHI),
// Mexican centro de salud note (CURP, NSS, "C.P."), Puerto Rican CDT record (urbanización
// address), Guam clinic note, satellite-phone check-in log from a fish camp, CHW home visit in
// handwritten-style shorthand, 988 crisis-line contact record, lower-case crisis text chat with
// IPv6, methadone dosing record, buprenorphine home induction, 72-hour detention application,
// Scottish short-term detention certificate, withdrawal-management admission, lower-case peer
// recovery note, street-medicine outreach, shelter clinic intake, medical-respite handoff, jail
// receiving screening, handwritten-style sick-call slip (capitals), medication refusal,
// immigration-detention release summary with an ankle-monitor serial, disaster triage tag,
// family-reunification CSV, field-hospital family board (capitals), special-needs shelter
// registration, Kakuma, Cox's Bazar and Zaatari camp clinic records, home hospice visit, death
// visit, death-certificate worksheet, POLST form, bereavement letter with an address block,
// lower-case palliative family meeting, MDS 3.0 extract (separate name items, YYYYMMDD, SSN
// without dashes), nursing-home face sheet with dotted leaders, fall incident report, pipe-table
// shift report, lower-case family texts from a care home, nursing-home JSON export, school-based
// health centre visit, school-clinic HL7, SBHC consent, school nurse e-mail, telepsychiatry log,
// naloxone leave-behind report, police welfare-check referral, home-oxygen delivery ticket,
// dialysis van run, and twelve kinds of note without PHI (EMS protocol, GCS and NIHSS reference,
// MDS coding tips, COWS scale, START triage card, hospice eligibility, radio codes, vaccine fridge
// log, unit status board, school clinic policy, staffing grid, naloxone training handout).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions for EMS, rural, custody, camp and community records.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "CHI: ", "NHI ",
//    "CURP: ", "A0500A First name: "), dotted leaders, quotes, brackets, table pipes, CSV commas,
//    JSON punctuation, HL7 field separators and trailing punctuation are outside.
//  * Names: titles, ranks and roles before a name ("Dr. ", "Dr ", "Mr ", "Mrs ", "Ms. ", "Medic ",
//    "Paramedic ", "Nurse ", "Sister ", "Deputy ", "Officer ", "CO ", "Sgt. ", "Tpr. ", "Elder ",
//    "Sra. ", "Sr. ", "Whaea ", "Matua ", "Dear ", "pt ", "rn ", "emt ") are outside, and so are
//    credentials after it (", MD", ", RN", ", EMT-P", ", EMT", ", Paramedic", ", NP", ", LPN",
//    ", CNA", ", CADC", ", LMHC", ", LCSW", ", PA-C", ", CHW", ", CHA/P", ", RPN", ", RGN",
//    ", Flight RN", ", D.O.") and role or language words in brackets after a name ("(cna)",
//    "(nurse)", "(Diné)", "(Inuktitut)"). A name written
//    in one piece is one span, in any order: "Haseya Yellowman", "Yellowman, Haseya",
//    "YELLOWMAN, HASEYA", "YELLOWMAN,HASEYA", "H. Yellowman", "Toledo Vásquez, Tonatzin", lower case
//    in texts and chats; HL7 "LAST^FIRST" is one span; on a form with separate first-name and
//    last-name items (MDS A0500A and A0500C, POLST boxes, CSV columns, JSON "family" and "given")
//    each item is its own span. Particles, apostrophes, hyphens, macrons ("Hēmi", "Rāwinia"),
//    Gaelic and Spanish accents and two-word Spanish surnames are inside; a possessive "'s" is
//    outside; a first name alone, a surname alone and a nickname (quotes outside) are spans.
//    Surnames that are ordinary words ("Pardon", "Fallow", "Budge", "Skeet", "Ridgeway", "Largo")
//    and given names that are ("Merriday", "Rowdy", "Solace") are names where they name a person.
//  * Everyone named is PHI: the patient, next of kin, carers, roommates, fellow detainees, the
//    deceased's family, every clinician, medic, pilot, dispatcher, officer, deputy, caseworker,
//    peer-support worker, interpreter and teacher.
//  * Dates: the date only; a weekday before it and a time after it ("1432 hrs", "@ 14:32",
//    "T14:32") are outside. US, day-first (Australian, Scottish, Welsh, NZ, Kenyan, Bangladeshi,
//    Jordanian, Mexican "05/03/2024"), ISO (Canadian), month/day, military ("05MAR24",
//    "05MAR2024"), YYYYMMDD (MDS, HL7, CSV), "5th March 2024", Welsh "5 Mawrth 2024" and Spanish
//    "5 de marzo de 2024" forms are dates, and so are dates of death, of admission, of a hold and
//    of release. Not PHI: a year alone, durations ("72-hour hold", "day 3 of induction"), times
//    alone, doses, and scores written as fractions that look like dates (GCS "14/15", BIMS "12/15",
//    PHQ-9 "9/27", MoCA "21/30", BP "128/76", "24/7").
//  * Ages: a span only over 89: the number only ("93" of "93-year-old", "93 yoa", "93F", "Age: 93",
//    "93 años", "aged 93") or the words ("ninety-three", "one hundred and one"). The patient's age
//    and the age of an elderly spouse or parent are spans when over 89. Ages of 89 or less, a
//    "90-day" supply, "90 mg" of methadone and "day 90 of detention" are not PHI.
//  * Phones: every phone number written is a gold phone (patients, relatives, clinics, shelters,
//    funeral homes, case managers, crews' cells), including the countries' national and
//    international forms and seven-digit local numbers; numbers labelled fax are "fax". Short codes
//    (911, 988, 000, 999, 111, 112, 1737, "13 11 14", "116 123") are not PHI, nor are radio
//    channels and talkgroups. Satellite phones ("+8816 ...") are phones; an extension ("ext 214")
//    is outside the span.
//  * Identifiers: medical record and chart numbers, IHS chart numbers, Scottish CHI numbers, NHS
//    Wales numbers, NZ NHIs and camp clinic OPD numbers are "mrn"; hospital accounts, jail booking
//    and DOC (inmate) numbers, HMIS client IDs, UNHCR case (household file) numbers, Rohingya
//    family counting numbers (FCN), school student ID numbers and claim numbers are "account" (a
//    file about the person); member IDs, Medicaid, Medicare MBIs, Australian Medicare, Nunavut
//    health card, Mexican IMSS (NSS) and Puerto Rican Plan Vital numbers are "health_plan";
//    driver's licences, passports, A-numbers, tribal enrollment (census) numbers, Mexican CURPs,
//    UNHCR individual IDs, Bangladeshi smart-card IDs and Jordanian MOI service-card numbers are
//    "license" (a number on a person's card; only US SSNs, with or without dashes, are "ssn");
//    serials of a patient's ankle monitor, home oxygen concentrator, CPAP, hospice infusion pump,
//    insulin pump and pacemaker are "device"; VINs and plates are "vehicle". Not PHI: CAD incident,
//    run and PCR numbers, MCI triage-tag numbers, radio call signs and ambulance unit numbers
//    ("Medic 14", "Rescue 51", "Unit 2217"), aircraft tail numbers ("N512LF"), station and
//    chapter-house numbers, bed, room, pod and cell numbers, methadone bottle and drug lot numbers,
//    NPIs, DEA numbers, asset tags and serials of an ambulance's or clinic's own equipment (cardiac
//    monitors, AEDs, telemedicine carts), NEMSIS and HCPCS codes, officers' badge numbers, free-
//    clinic wristband numbers, crisis-chat conversation numbers, HL7 message control ids, form
//    numbers and the last four digits of an SSN written alone.
//  * Addresses: every street address written is an "address" span (home, scene, shelter, last
//    known, family), with unit, city and state inside it when they follow on the same line; in a
//    letter's address block each line is its own span; a town alone or "Town, ST" is an "address"
//    span; rural forms are addresses too ("HC 61 Box 2210", "PO Box 118", "RR 4 Box 554", "N-12
//    mile marker 31", "Mile 42.5 Steese Hwy", an intersection "8th and Coal Tipple", a cattle
//    station "Coolibah Downs, via Boulia QLD 4829", a croft "Croft 54, Stromness, Orkney KW16 3AF",
//    a Welsh house name "Hendre Gelli, Bala, Gwynedd LL23 7AB"), and directions after an address
//    ("third house past the water tank") are outside; a US ZIP (or ZIP+4, and the ZIPs
//    of Puerto Rico and Guam) is its own "zip" span; postcodes of other countries (Canadian "X0A
//    0H0", Australian "NT 0872", Scottish "HS2 0AB", Welsh, NZ four-digit codes, Mexican "C.P.
//    68000") are inside the one-line address; a camp address ("Kakuma 3, Zone 2, Block 7", "Camp
//    15, Block C-4, Shed 12", "District 8, Street 12, Caravan 4") is an address span. Hospitals,
//    clinics, ambulance and fire stations, shelters, jails and camps by name ("Kakuma refugee camp", "Zaatari camp"),
//    countries, states, territories and regions alone ("the Northern Territory", "Nunavut") and
//    place names in eponyms and scales ("Glasgow Coma Scale", "Cincinnati stroke scale", "Ottawa
//    rules", "Canadian C-spine rule") are not PHI.
//  * URLs one span with path and query (telemedicine case links, portal links); e-mail addresses
//    one span each; IPv4 and IPv6 one "ip" span each.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_sixth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand (checked by script against every other
// family's and corpus_values.cpp's quoted strings when written: no name, town or street is shared,
// nor any word of a name).
constexpr std::string_view kGiven26[] = {
    // Alaska Native
    "Apanguluk", "Cingarkaq", "Uyaquq", "Angalgaq", "Paniguaq", "Nanugaq", "Tugtuaq", "Atsaq", "Qaatuq", "Ivalu",
    // Navajo Nation
    "Ahiyah", "Haseya", "Naabaahii", "Sihasin", "Atsidi",
    // Appalachia
    "Ottis", "Ocie", "Hobart", "Delphia", "Lurlene", "Vester", "Burchel",
    // Nunavut
    "Joanasie", "Leetia", "Akeego", "Ooleepeeka", "Qapik", "Eeyeevadluk", "Sakiasie", "Ikayuk",
    // Australia
    "Yalinda", "Tjarra", "Mirrin", "Nyarrin", "Djarru",
    // Scottish islands
    "Ruairidh", "Dòmhnall", "Catrìona", "Ertie", "Murdag", "Iagan", "Oighrig",
    // Wales
    "Eurwen", "Heddwyn", "Llinos", "Tegid", "Carwyn-Huw", "Elfed",
    // New Zealand
    "Hēmi", "Hūhana", "Rāwinia", "Pāora",
    // Mexico
    "Tonatzin", "Nezahualli", "Nicasia",
    // Puerto Rico
    "Nitza", "Wilmarie", "Jaydiel", "Coralys", "Yariel", "Keishla", "Omayra",
    // Guam
    "Antonieta", "Vicenta",
    // camps in Kenya, Bangladesh and Jordan
    "Nyandeng", "Achol", "Majok", "Nyabol", "Abuk", "Dhieu", "Anowara", "Sayedul", "Ziaur", "Morium", "Jannatul",
    "Maysoun", "Qusai", "Rahaf", "Abdulrazzaq", "Ghofran",
    // ordinary words
    "Merriday", "Rowdy", "Solace",
};

constexpr std::string_view kFamily26[] = {
    // Alaska Native
    "Kasayulie", "Nanalook", "Tikiun", "Nayokpuk", "Oquilluk", "Akootchook", "Kiunya", "Aguchak", "Tulik", "Inuqtaq",
    // Navajo Nation
    "Peshlakai", "Tsinnijinnie", "Bitsoi", "Yellowman", "Roanhorse", "Tohannie",
    // Appalachia
    "Caudill", "Slone", "Hensley-Combs", "Sizemore", "Triplett", "Maggard", "Amburgey", "Coffey-Huff", "Stidham",
    "Napier-Gayheart", "Fugate", "Cornett",
    // Nunavut
    "Akeeagok", "Qaunaq", "Ipeelee", "Kusugak", "Arnaquq", "Kunuk", "Qammaniq", "Ootoova",
    // Australia
    "Wirrpanda", "Japaljarri", "Tjapangati", "Nampijinpa", "Cudmore", "Jupurrurla", "Napaljarri", "Hockings",
    // Scottish islands
    "Nicolson", "MacIver", "Isbister", "Tulloch", "Ratter", "Halcrow", "Manson-Omand", "Drever", "MacSween",
    // Wales
    "Tudur", "Meredydd", "Tomos", "Mostyn", "Parri",
    // New Zealand
    "Tautahi", "Pōtae", "Rāwhiti", "Ruatapu", "Tamihana",
    // Mexico
    "Cuauhtli", "Ixtepan", "Toledo Vásquez", "Cortés Zárate",
    // Puerto Rico
    "Feliciano Rosado",
    // Guam
    "Taitano", "Quitugua", "Aguon", "Mesngon", "Unpingco", "Tenorio-Blas", "Manibusan",
    // camps
    "Garang", "Mabior", "Nyuon", "Kuol", "Akech", "Madut", "Ullah", "Siddique", "Masalmeh", "Hourani", "Qudah",
    "Rawashdeh", "Nabulsi",
    // ordinary words
    "Ridgeway", "Fallow", "Pardon", "Skeet", "Budge", "Largo",
};

constexpr std::string_view kNick26[] = {"Bosun", "Mopsy", "Bubby", "Sarge", "Junebird", "Boonie", "Muk", "Pipi", "Bugsy"};

struct Town26 {
  std::string_view town, state, zip3;
};

constexpr Town26 kTowns26[] = {
    {"Kuskokwim Bend", "AK", "996"},  {"Tundra Lake", "AK", "995"},        {"Ptarmigan Flats", "AK", "997"},
    {"Nenana Forks", "AK", "997"},    {"Walrus Point", "AK", "997"},       {"Teec Mesa", "AZ", "865"},
    {"Tsaile Flats", "AZ", "865"},    {"Kinlichee Flats", "AZ", "865"},    {"Bitter Spring Junction", "NM", "873"},
    {"Coal Run Fork", "KY", "418"},   {"Hominy Gap", "KY", "417"},         {"Sourwood Gap", "WV", "248"},
    {"Chigger Ridge", "TN", "377"},   {"Skunk Hollow", "VA", "242"},       {"Buffalo Wallow", "SD", "577"},
    {"Kiowa Springs", "OK", "735"},   {"Ocotillo Wells Ranch", "NM", "880"}, {"Caribou Crossing", "MT", "592"},
    {"Quilcene Bend", "WA", "983"},
};

constexpr std::string_view kStreets26[] = {
    "Coal Tipple", "Greasewood", "Saltbush", "Paw Paw", "Kinnikinnick", "Blackgum", "Buffaloberry", "Crowberry",
    "Lingonberry", "Snowberry", "Sagebrush", "Rabbitbrush", "Horsemint", "Coaltown", "Broomweed", "Bearberry",
    "Cloudberry", "Salmonberry", "Devilsclub",
};

constexpr std::string_view kMiddle26[] = {"A", "C", "D", "F", "G", "J", "L", "M", "N", "R", "T", "W"};
constexpr std::string_view kSuffixes26[] = {"Road", "Rd", "Hollow Rd", "Street", "St", "Avenue", "Ave",
                                            "Drive", "Loop", "Trail", "Lane", "Ln", "Spur", "Pike"};
constexpr std::string_view kUnits26[] = {"Trlr 11", "Lot 27", "Apt 3", "Apt. B", "Unit 9", "#4"};
// POOLS-END

constexpr std::string_view kRelations26[] = {"wife", "husband", "daughter", "son", "sister", "brother", "partner",
                                             "granddaughter", "grandson", "mother", "auntie", "uncle"};
constexpr std::string_view kMail26[] = {"mail.example.com", "inbox.example.net", "correo.example.mx",
                                        "bigpond.example.com.au", "xtra.example.co.nz", "btinternet.example.co.uk"};
constexpr std::string_view kWorkMail26[] = {"tundra-health.example.org", "canyon-ihs.example.gov",
                                            "crisiscare.example.org"};
constexpr std::array<std::string_view, 12> kMonths26 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon26 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMisoedd26 = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
                                                         "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd",
                                                         "Rhagfyr"};
constexpr std::array<std::string_view, 12> kMeses26 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                       "diciembre"};
constexpr std::string_view kWeekdays26[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};
constexpr std::string_view kCallSigns26[] = {"Medic 14", "Medic 7", "Rescue 51", "Unit 2217", "Rig 6", "Ambulance 43",
                                             "LifeFlight 3", "Guardian 2", "Careflight 9", "Tundra 1"};

struct Person26 {
  std::string first, initial, last, nick;
};

struct Cast26 {
  Person26 pt, kin, elder, sib;
  std::array<Person26, 8> staff;
  bool female = false;
  int by = 1960, bm = 1, bd = 1;  // the patient's date of birth
  int age = 64;                   // the patient's age
  int elderAge = 93;              // an elderly spouse's or parent's age
  std::string streetNumber, street, unit, city, state, zip;
  bool rural = false;  // the home address is a rural route or box
  std::string kinRel;
};

enum class Case26 { asIs, lower, upper };

struct Ctx26 {
  NoteBuilder& b;
  const Cast26& c;
  Case26 mode = Case26::asIs;
  std::string lastDate;  // the last date written, for {again}
  int clock = -1;        // minutes since midnight for {tick} and {hrs}
  std::string callSign;  // the unit of the note, drawn once
};

// Case mapping of ASCII, of the Latin-1 letters (two bytes led by 0xC3) and of the Latin
// Extended-A letters with macrons (led by 0xC4 or 0xC5) the pools use; other letters are left
// as they are, whole.
std::string recase26(std::string s, bool toUpper) {
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
      const auto v = static_cast<unsigned char>(s[i + 1]);
      unsigned cp = ((u & 0x1Fu) << 6) | (v & 0x3Fu);
      if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x14A && cp <= 0x177)) cp = toUpper ? (cp & ~1u) : (cp | 1u);
      s[i] = static_cast<char>(0xC0u | (cp >> 6));
      s[i + 1] = static_cast<char>(0x80u | (cp & 0x3Fu));
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return s;
}
std::string up26(std::string s) { return recase26(std::move(s), true); }
std::string low26(std::string s) { return recase26(std::move(s), false); }

std::string cased(const Ctx26& x, std::string s) {
  if (x.mode == Case26::lower) return low26(std::move(s));
  if (x.mode == Case26::upper) return up26(std::move(s));
  return s;
}
void put(Ctx26& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx26& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// ASCII letters of a name, lower case, for e-mail addresses and user names: accented letters
// become their base letter, everything else is dropped.
std::string fold(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      if (std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]) | 0x20u;
      static constexpr std::string_view kBase = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
      const char base = kBase[(v - 0xE0u) & 0x1Fu];
      if (base != '/') out.push_back(base);
      ++i;
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      const unsigned cp = ((u & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp <= 0x105) out.push_back('a');
      else if (cp >= 0x112 && cp <= 0x11B) out.push_back('e');
      else if (cp >= 0x128 && cp <= 0x131) out.push_back('i');
      else if (cp >= 0x14C && cp <= 0x151) out.push_back('o');
      else if (cp >= 0x168 && cp <= 0x173) out.push_back('u');
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return out.size() < 2 ? out + "x" : out;
}

std::string words(int n) {
  static constexpr std::string_view kOnes[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  static constexpr std::string_view kTens[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                "sixteen", "seventeen", "eighteen", "nineteen"};
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + words(n - 100);
  if (n < 10) return std::string(kOnes[n]);
  if (n < 20) return std::string(kTeens[n - 10]);
  return std::string(kTens[n / 10]) + (n % 10 ? "-" + std::string(kOnes[n % 10]) : "");
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

Person26 makePerson26(Random& r) {
  Person26 p;
  p.first = pickS(r, kGiven26);
  p.initial = pickS(r, kMiddle26);
  p.last = pickS(r, kFamily26);
  p.nick = pickS(r, kNick26);
  return p;
}

std::string ruralRoute(Random& r) {
  switch (r.between(0, 4)) {
    case 0: return "HC " + std::to_string(r.between(60, 89)) + " Box " + std::to_string(r.between(100, 4999));
    case 1: return "PO Box " + std::to_string(r.between(2, 1999));
    case 2: return "RR " + std::to_string(r.between(1, 9)) + " Box " + std::to_string(r.between(10, 999));
    case 3: return "N-" + std::to_string(r.between(7, 64)) + " mile marker " + std::to_string(r.between(2, 88));
    default: return "Mile " + std::to_string(r.between(3, 140)) + "." + std::to_string(r.between(1, 9)) + " Steese Hwy";
  }
}

Cast26 makeCast26(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x2626ULL) * 0xc2b2ae3d27d4eb4fULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x26261ULL));
  r.next();
  Cast26 c;
  c.pt = makePerson26(r);
  c.kin = makePerson26(r);
  if (r.chance(0.6)) c.kin.last = c.pt.last;
  c.elder = makePerson26(r);
  if (r.chance(0.6)) c.elder.last = c.pt.last;
  c.sib = makePerson26(r);
  if (r.chance(0.7)) c.sib.last = c.pt.last;
  for (Person26& s : c.staff) s = makePerson26(r);
  c.female = r.chance(0.5);
  c.age = r.chance(0.3) ? r.between(90, 104) : r.between(19, 88);
  c.by = 2025 - c.age;
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  c.elderAge = r.chance(0.85) ? r.between(90, 101) : r.between(80, 89);
  const Town26& t = r.pick(std::span<const Town26>(kTowns26));
  c.rural = r.chance(0.3);
  if (c.rural) {
    c.street = ruralRoute(r);
  } else {
    c.streetNumber = std::to_string(r.between(3, 19800));
    c.street = pickS(r, kStreets26) + " " + pickS(r, kSuffixes26);
    if (r.chance(0.3)) c.unit = pickS(r, kUnits26);
  }
  c.city = std::string(t.town);
  c.state = std::string(t.state);
  c.zip = std::string(t.zip3) + r.digits(2);
  if (r.chance(0.35)) c.zip += "-" + r.digits(4);
  c.kinRel = pickS(r, kRelations26);
  return c;
}

const Person26& who(const Cast26& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "kin") return c.kin;
  if (key == "eld") return c.elder;
  if (key == "sib") return c.sib;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '8') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "kin" || head == "eld" || head == "sib" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '8');
}

void writeName(Ctx26& x, const Person26& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "lfm", "UP", "LF"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fl") v = p.first + " " + firstLetter(p.last) + ".";
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfi") v = p.last + ", " + firstLetter(p.first) + ".";
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = up26(p.last + ", " + p.first);
  else if (form == "LFN") v = up26(p.last) + "," + up26(p.first);  // no space after the comma
  else if (form == "UP") v = up26(p.first + " " + p.last);
  else if (form == "FIRST") v = up26(p.first);
  else if (form == "LAST") v = up26(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = low26(p.first + " " + p.last);
  else if (form == "lowfirst") v = low26(p.first);
  else if (form == "lowlast") v = low26(p.last);
  else if (form == "lowlf") v = low26(p.last + ", " + p.first);
  else if (form == "HL7") v = up26(p.last + "^" + p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

void writeDate(Ctx26& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "abbr", "dmon",
                                                   "mil", "mdy0", "long", "dmy", "mdy"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths26[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon26[static_cast<std::size_t>(m - 1)]);
  const std::string ys = std::to_string(y);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + ys;
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + ys;
  else if (style == "mdyy") v = pad2(m) + "/" + pad2(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = ys + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + ys;
  else if (style == "abbr") v = mon + " " + std::to_string(d) + ", " + ys;
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "md0") v = pad2(m) + "/" + pad2(d);
  else if (style == "dm") v = std::to_string(d) + "/" + std::to_string(m);
  else if (style == "dmon") v = pad2(d) + "-" + up26(mon) + "-" + ys;
  else if (style == "mil") v = pad2(d) + up26(mon) + ys;
  else if (style == "mil2") v = pad2(d) + up26(mon) + pad2(y % 100);
  else if (style == "compact") v = ys + pad2(m) + pad2(d);
  else if (style == "dmy") v = std::to_string(d) + " " + mon + " " + ys;
  else if (style == "dmylong") v = std::to_string(d) + ordSuffix(d) + " " + month + " " + ys;
  else if (style == "dotted") v = pad2(d) + "." + pad2(m) + "." + ys;
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + ys;
  else if (style == "dmyy") v = std::to_string(d) + "/" + std::to_string(m) + "/" + pad2(y % 100);
  else if (style == "dmydash") v = pad2(d) + "-" + pad2(m) + "-" + ys;
  else if (style == "cy") v = std::to_string(d) + " " + std::string(kMisoedd26[static_cast<std::size_t>(m - 1)]) + " " + ys;
  else if (style == "es") v = std::to_string(d) + " de " + std::string(kMeses26[static_cast<std::size_t>(m - 1)]) + " de " + ys;
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

// An age: a span only over 89; the words around the number are outside.
void writeAge(Ctx26& x, int age, std::string_view form) {
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "yoa") after = " yoa";
  else if (form == "slash") after = " y/o";
  else if (form == "years") after = " years old";
  else if (form == "yrs") after = " yrs";
  else if (form == "aged") before = "aged ";
  else if (form == "age") before = "age ";
  else if (form == "sexed") after = x.c.female ? "F" : "M";
  else if (form == "words") value = words(age);
  else if (form == "wordsyo") { value = words(age); after = "-year-old"; }
  else if (form == "anos") after = " años";
  else if (form == "num") {
  } else throw std::logic_error("unknown age form " + std::string(form));
  say(x, before);
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 6)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return "(" + a + ")" + e + "-" + l;
    case 4: return "+1 " + a + " " + e + " " + l;
    case 5: return "1-" + a + "-" + e + "-" + l;
    default: return a + "/" + e + "-" + l;
  }
}

// Phones of the family's places in national and international forms (7 to 12 digits).
std::string abroad(Random& r, std::string_view place) {
  const bool intl = r.chance(0.5);
  if (place == "au") {
    if (intl) return "+61 4" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    return r.chance(0.5) ? "04" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : "(08) 89" + r.digits(2) + " " + r.digits(4);
  } else if (place == "scot") {
    if (intl) return "+44 1851 " + r.digits(6);
    return r.chance(0.5) ? "01856 " + r.digits(6) : "07" + r.digits(3) + " " + r.digits(6);
  } else if (place == "wales") {
    if (intl) return "+44 1970 " + r.digits(6);
    return r.chance(0.5) ? "01248 " + r.digits(6) : "029 20" + r.digits(2) + " " + r.digits(4);
  } else if (place == "nz") {
    if (intl) return "+64 21 " + r.digits(3) + " " + r.digits(4);
    return r.chance(0.5) ? "(07) " + r.digits(3) + " " + r.digits(4) : "027 " + r.digits(3) + " " + r.digits(4);
  } else if (place == "mx") {
    if (intl) return "+52 951 " + r.digits(3) + " " + r.digits(4);
    return r.chance(0.5) ? "951 " + r.digits(3) + " " + r.digits(4) : "(55) " + r.digits(4) + " " + r.digits(4);
  } else if (place == "ca") {  // Nunavut and the NWT share area code 867
    return intl ? "+1 867 " + std::to_string(r.between(2, 9)) + r.digits(2) + " " + r.digits(4)
                : "(867) " + std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4);
  } else if (place == "pr") {
    return (r.chance(0.5) ? "(787) " : "939-") + std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4);
  } else if (place == "gu") {
    return (r.chance(0.5) ? "(671) " : "671-") + std::to_string(r.between(4, 8)) + r.digits(2) + "-" + r.digits(4);
  } else if (place == "ke") {
    if (intl) return "+254 7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    return "07" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
  } else if (place == "bd") {  // Bangladeshi mobiles are written nationally: 11 digits
    return "01" + std::to_string(r.between(3, 9)) + r.digits(2) + "-" + r.digits(6);
  } else if (place == "jo") {
    if (intl) return "+962 7" + std::to_string(r.between(7, 9)) + " " + r.digits(3) + " " + r.digits(4);
    return "07" + std::to_string(r.between(7, 9)) + " " + r.digits(3) + " " + r.digits(4);
  }
  throw std::logic_error("unknown place " + std::string(place));
}

// Addresses abroad written on one line, postcode inside.
std::string foreignAddress(Random& r, std::string_view place) {
  const std::string n = std::to_string(r.between(1, 180));
  const std::string st = pickS(r, kStreets26);
  if (place == "au") {
    static constexpr std::string_view kPlaces[] = {"Wirrimbi Station, via Ntaria NT 0872",
                                                   "Lot 22 Warumpi Road, Papunya NT 0872",
                                                   "Coolibah Downs, via Boulia QLD 4829",
                                                   "Unit 4, 9 Hakea Street, Katherine NT 0850"};
    return r.chance(0.5) ? std::string(r.pick(std::span<const std::string_view>(kPlaces)))
                         : n + " " + st + " Street, Hermannsburg NT 08" + std::to_string(r.between(70, 72));
  } else if (place == "ca") {
    static constexpr std::string_view kPlaces[] = {"Pangnirtung, NU X0A 0R0", "Igloolik, NU X0A 0L0",
                                                   "Arviat, NU X0C 0E0", "Kugluktuk, NU X0B 0E0"};
    return "House " + std::to_string(r.between(100, 999)) + ", " + pickS(r, kPlaces);
  } else if (place == "scot") {
    static constexpr std::string_view kPlaces[] = {"Balallan, Isle of Lewis HS2 9P", "Lochboisdale, South Uist HS8 5T",
                                                   "Stromness, Orkney KW16 3A", "Sandwick, Whalsay ZE2 9Q",
                                                   "Castlebay, Barra HS9 5X"};
    static constexpr std::string_view kCrofts[] = {"Croft", "Taigh", "Number"};
    return pickS(r, kCrofts) + " " + n + ", " + pickS(r, kPlaces) + r.letters(1, true);
  } else if (place == "wales") {
    static constexpr std::string_view kPlaces[] = {"Tregaron, Ceredigion SY25 6", "Bala, Gwynedd LL23 7",
                                                   "Llanidloes, Sir Drefaldwyn SY18 6", "Amlwch, Ynys Môn LL68 9"};
    static constexpr std::string_view kHouses[] = {"Bryn Awel", "Tŷ Gwyn", "Hafod Isaf", "Hendre Gelli"};
    return r.chance(0.5) ? pickS(r, kHouses) + ", " + pickS(r, kPlaces) + r.letters(2, true)
                         : n + " Heol " + pickS(r, kHouses) + ", " + pickS(r, kPlaces) + r.letters(2, true);
  } else if (place == "nz") {
    static constexpr std::string_view kPlaces[] = {"Ruatōria 4032", "Kaikohe 0405", "Murupara 3025", "Ōpōtiki 3122",
                                                   "Tokomaru Bay 4079"};
    static constexpr std::string_view kKinds[] = {"Road", "Street", "Crescent"};
    return n + " " + st + " " + pickS(r, kKinds) + ", RD " + std::to_string(r.between(1, 4)) + ", " + pickS(r, kPlaces);
  } else if (place == "mx") {
    static constexpr std::string_view kColonias[] = {"Col. Reforma, C.P. 70400, Tlacolula, Oax.",
                                                     "Col. Centro, C.P. 68750, Ixtlán, Oax.",
                                                     "Barrio de Guadalupe, C.P. 30000, Comitán, Chis.",
                                                     "Col. Las Flores, C.P. 39090, Chilpancingo, Gro."};
    return "Calle " + st + " " + std::to_string(r.between(1, 999)) + (r.chance(0.4) ? " int. " + std::to_string(r.between(1, 9)) : "") +
           ", " + pickS(r, kColonias);
  } else if (place == "ke") {
    return "Kakuma " + std::to_string(r.between(1, 4)) + ", Zone " + std::to_string(r.between(1, 6)) + ", Block " +
           std::to_string(r.between(1, 14));
  } else if (place == "bd") {
    return "Camp " + std::to_string(r.between(1, 27)) + ", Block " + std::string(1, static_cast<char>('A' + r.between(0, 8))) + "-" +
           std::to_string(r.between(1, 12)) + ", Shed " + std::to_string(r.between(1, 60));
  } else if (place == "jo") {
    return "District " + std::to_string(r.between(1, 12)) + ", Street " + std::to_string(r.between(1, 30)) + ", Caravan " +
           std::to_string(r.between(1, 40));
  }
  throw std::logic_error("unknown place " + std::string(place));
}

// Record numbers of the places: "mrn".
std::string recordNumber(Random& r, std::string_view place, const Cast26& c) {
  if (place == "chi") return pad2(c.bd) + pad2(c.bm) + pad2(c.by % 100) + r.digits(4);  // CHI: DDMMYY + 4
  if (place == "nhsw") return std::to_string(r.between(3, 7)) + r.digits(2) + " " + r.digits(3) + " " + r.digits(4);
  if (place == "nhi") return r.letters(3, true) + r.digits(4);
  if (place == "ihs") return r.digits(6);
  if (place == "opd") return "OPD/" + r.digits(5) + "/" + pad2(r.between(21, 25));
  return r.letters(1, true) + r.digits(7);
}

std::string healthPlan(Random& r, std::string_view place) {
  if (place == "au") return std::to_string(r.between(2, 6)) + r.digits(3) + " " + r.digits(5) + " " + r.digits(1);  // Medicare
  if (place == "ca") return std::to_string(r.between(1, 9)) + r.digits(8);                            // Nunavut health card
  if (place == "mx") return r.digits(2) + r.digits(2) + r.digits(2) + r.digits(4) + r.digits(1);     // IMSS NSS, 11 digits
  if (place == "pr") return "PV" + r.digits(9);                                                      // Plan Vital
  if (place == "medicaid") return r.chance(0.5) ? r.digits(10) : r.letters(2, true) + r.digits(8);
  return r.letters(3, true) + r.digits(9);                                                           // US member
}

// Numbers on a person's card: "license".
std::string cardNumber(Random& r, std::string_view kind, const Cast26& c) {
  if (kind == "curp") {
    const std::string st[] = {"OC", "CS", "GR", "DF", "MC"};
    return r.letters(4, true) + pad2(c.by % 100) + pad2(c.bm) + pad2(c.bd) + (c.female ? "M" : "H") +
           st[r.between(0, 4)] + r.letters(3, true) + r.letters(1, true) + r.digits(1);
  }
  if (kind == "unhcr") return std::to_string(r.between(100, 999)) + "-" + r.digits(8);
  if (kind == "bdcard") return "BGD" + r.digits(9);
  if (kind == "moi") return r.letters(3, true) + "-" + r.digits(6);
  if (kind == "census") return r.digits(6);
  if (kind == "anum") return "A" + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3);
  if (kind == "nzdl") return r.letters(2, true) + r.digits(6);
  return r.letters(1) + r.digits(8);  // passport
}

std::string email(Random& r, const Person26& p, std::string_view work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(10, 99)); break;
    case 2: local = l + "_" + f.substr(0, 1); break;
    case 3: local = fold(p.nick) + "." + l; break;
    default: local = f + std::to_string(r.between(1940, 2009)); break;
  }
  if (work.empty()) return local + "@" + pickS(r, kMail26);
  return (r.chance(0.5) ? f + "." + l : f.substr(0, 1) + l) + "@" + std::string(work);
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string licence(Random& r) {
  switch (r.between(0, 4)) {
    case 0: return r.digits(7);                                                        // AK
    case 1: return r.letters(1, true) + r.digits(8);                                   // KY, AZ
    case 2: return r.digits(9);                                                        // NM, TN
    case 3: return r.letters(1, true) + r.digits(6);                                   // WV
    default: return r.letters(1, true) + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3);
  }
}

std::string usPlate(Random& r) {
  switch (r.between(0, 4)) {
    case 0: return r.letters(3, true) + " " + r.digits(3);
    case 1: return r.digits(3) + " " + r.letters(3, true);
    case 2: return r.letters(2, true) + r.digits(1) + "-" + r.digits(3);
    case 3: return "NN" + r.digits(4);  // a Navajo Nation plate
    default: return r.digits(1) + r.letters(3, true) + r.digits(3);
  }
}

std::string vin(Random& r) {
  return r.digits(1) + r.letters(2, true) + r.digits(1) + r.letters(1, true) + r.digits(2) + r.letters(2, true) +
         r.digits(1) + r.letters(1, true) + r.digits(6);
}

void writeStreet(Ctx26& x, bool withCity) {
  const Cast26& c = x.c;
  std::string v = c.rural ? c.street : c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

std::string sentence26(Random& r, std::string_view topic = {});

void expand(Ctx26& x, std::string_view pattern);

void placeholder(Ctx26& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast26& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  const std::string f(form);
  if (isPerson(head)) {
    writeName(x, who(c, head), f);
  } else if (head == "lb") {
    say(x, "{");
  } else if (head == "rb") {
    say(x, "}");
  } else if (head == "he") {
    say(x, c.female ? "she" : "he");
  } else if (head == "He") {
    say(x, c.female ? "She" : "He");
  } else if (head == "his") {
    say(x, c.female ? "her" : "his");
  } else if (head == "sex") {
    say(x, c.female ? "F" : "M");
  } else if (head == "title") {
    say(x, c.female ? "Mrs" : "Mr");
  } else if (head == "sra") {
    say(x, c.female ? "Sra." : "Sr.");
  } else if (head == "rel") {
    say(x, c.kinRel);
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays26));
  } else if (head == "callsign") {  // a radio call sign or ambulance unit (one per note): not PHI
    if (x.callSign.empty()) x.callSign = pickS(r, kCallSigns26);
    say(x, x.callSign);
  } else if (head == "cad") {  // a CAD incident number: not PHI
    say(x, pad2(r.between(23, 25)) + "-" + r.digits(6));
  } else if (head == "pcr") {  // a run or PCR number: not PHI
    say(x, "R" + r.digits(7));
  } else if (head == "tail") {  // an aircraft tail number: not PHI
    say(x, "N" + std::to_string(r.between(100, 989)) + r.letters(2, true));
  } else if (head == "tag") {  // a triage-tag number: not PHI
    say(x, r.digits(7));
  } else if (head == "bed") {  // a bed, room, pod or cell: not PHI
    say(x, std::to_string(r.between(1, 4)) + std::to_string(r.between(10, 40)) + std::string(1, static_cast<char>('A' + r.between(0, 3))));
  } else if (head == "dob") {
    writeDate(x, c.by, c.bm, c.bd, f);
  } else if (head == "odob") {  // another adult's date of birth
    writeDate(x, r.between(1938, 2003), r.between(1, 12), r.between(1, 28), f.empty() ? "mdy0" : f);
  } else if (head == "kdob") {  // a student's date of birth
    writeDate(x, r.between(2007, 2012), r.between(1, 12), r.between(1, 28), f.empty() ? "mdy0" : f);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "past") {
    writeDate(x, r.between(2015, 2022), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "later") {
    writeDate(x, r.between(2025, 2026), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "age") {
    writeAge(x, c.age, form.empty() ? "num" : form);
  } else if (head == "eage") {
    writeAge(x, c.elderAge, form.empty() ? "num" : form);
  } else if (head == "young") {  // an adult's age, 89 or less: not PHI
    say(x, std::to_string(r.between(19, 78)));
  } else if (head == "teen") {  // a student's age: not PHI
    say(x, std::to_string(r.between(13, 18)));
  } else if (head == "hhmm") {
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "tick" || head == "hrs") {
    if (x.clock < 0) x.clock = r.between(0, 23 * 60);
    else x.clock += r.between(1, 25);
    const std::string h = pad2((x.clock / 60) % 24), m = pad2(x.clock % 60);
    say(x, head == "tick" ? h + ":" + m : h + m);
  } else if (head == "lot") {  // a drug, vaccine or bottle lot: not PHI
    say(x, r.letters(2, true) + r.digits(5));
  } else if (head == "num") {  // order, form, tag and kit numbers: not PHI
    say(x, std::to_string(r.between(1, 9)) + r.digits(form.empty() ? 5 : std::stoi(f) - 1));
  } else if (head == "npi") {
    say(x, "1" + r.digits(9));
  } else if (head == "dea") {
    say(x, r.letters(2, true) + r.digits(7));
  } else if (head == "gcs") {  // a Glasgow Coma Scale written as a fraction: not PHI
    say(x, std::to_string(r.between(3, 15)) + "/15");
  } else if (head == "bp") {
    say(x, std::to_string(r.between(88, 190)) + "/" + std::to_string(r.between(48, 110)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phonedigits") {
    put(x, "phone", p.phone);
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + (r.chance(0.8) ? "-" : ".") + r.digits(4));
  } else if (head == "sat") {  // a satellite phone (Iridium), twelve digits
    put(x, "phone", "+8816 " + r.digits(4) + " " + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r, form));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, p.altPhone));
  } else if (head == "cfax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "ifax") {
    put(x, "fax", abroad(r, form));
  } else if (head == "email") {
    const std::string whom(form.empty() ? "pt" : form);
    std::string work;
    if (whom == "s1" || whom == "s2") work = std::string(kWorkMail26[0]);
    else if (whom == "s3") work = std::string(kWorkMail26[1]);
    else if (whom == "s4") work = std::string(kWorkMail26[2]);
    put(x, "email", email(r, who(c, whom), work));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    const std::string& s = p.ssn;
    put(x, "ssn", s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4));
  } else if (head == "last4") {  // the last four digits of an SSN: not PHI alone
    say(x, p.ssn.substr(7, 4));
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "omrn") {  // another patient's record number
    put(x, "mrn", r.digits(7));
  } else if (head == "rec") {  // a record number of a place: CHI, NHS Wales, NHI, IHS chart, camp OPD
    put(x, "mrn", recordNumber(r, form, c));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "booking") {  // a jail booking number
    put(x, "account", pad2(r.between(23, 25)) + r.digits(6));
  } else if (head == "doc") {  // a DOC (inmate) number
    put(x, "account", r.chance(0.5) ? r.digits(6) : std::string(1, static_cast<char>('A' + r.between(0, 25))) + r.digits(5));
  } else if (head == "hmis") {
    put(x, "account", "HM-" + r.digits(6));
  } else if (head == "case") {  // a UNHCR household case number
    put(x, "account", r.letters(3, true) + "-" + pad2(r.between(10, 24)) + "C" + r.digits(5));
  } else if (head == "fcn") {  // a Rohingya family counting number
    put(x, "account", r.digits(6));
  } else if (head == "student") {
    put(x, "account", std::to_string(r.between(1, 9)) + r.digits(7));
  } else if (head == "claim") {
    put(x, "account", r.chance(0.5) ? r.digits(10) : "CLM-" + r.digits(8));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "hp") {
    put(x, "health_plan", healthPlan(r, form));
  } else if (head == "group") {
    put(x, "health_plan", r.digits(5) + (r.chance(0.5) ? "-" + r.digits(3) : ""));
  } else if (head == "mbi") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) +
                              r.digits(1) + "-" + r.letters(2, true) + r.digits(2));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : licence(r));
  } else if (head == "card") {
    put(x, "license", cardNumber(r, form, c));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {  // a patient's own device
    switch (r.between(0, 4)) {
      case 0: put(x, "device", r.digits(10)); break;
      case 1: put(x, "device", r.letters(2, true) + r.digits(7)); break;
      case 2: put(x, "device", r.digits(3) + r.letters(2, true) + r.digits(5)); break;
      case 3: put(x, "device", r.letters(3, true) + "-" + r.digits(6)); break;
      default: put(x, "device", "SN" + r.digits(8)); break;
    }
  } else if (head == "vin") {
    put(x, "vehicle", r.chance(0.5) ? p.vin : vin(r));
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.4) ? p.plate : usPlate(r));
  } else if (head == "url") {
    if (form == "tele") {
      put(x, "url", "https://afhcan.tundra-health.example.org/case/" + r.digits(8));
    } else if (form == "chat") {
      put(x, "url", "https://chat.crisiscare.example.org/s/" + r.letters(5, true) + r.digits(4));
    } else if (form == "visit") {
      put(x, "url", "https://telepsych.example.net/room/" + fold(c.pt.last) + "-" + r.digits(4) + "?pin=" + r.digits(6));
    } else {
      put(x, "url", "portal.canyon-ihs.example.gov/msg?id=" + r.digits(7));
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    put(x, "ip", r.chance(0.5) ? "2001:db8:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r)
                               : "2600:" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" +
                                     hex4(r) + ":" + hex4(r));
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {
    writeStreet(x, true);
  } else if (head == "addr") {
    writeStreet(x, true);
    say(x, " ");
    put(x, "zip", c.zip);
  } else if (head == "addr2") {  // a letter's address block
    put(x, "address", c.rural ? c.street : c.streetNumber + " " + c.street);
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
  } else if (head == "state") {
    say(x, c.state);
  } else if (head == "street2") {  // another street line (a scene, a shelter, a relative)
    put(x, "address", std::to_string(r.between(10, 9999)) + " " + pickS(r, kStreets26) + " " + pickS(r, kSuffixes26));
  } else if (head == "street2city") {  // another street line with its town and state
    const Town26& t = r.pick(std::span<const Town26>(kTowns26));
    put(x, "address", std::to_string(r.between(10, 9999)) + " " + pickS(r, kStreets26) + " " + pickS(r, kSuffixes26) + ", " +
                          std::string(t.town) + ", " + std::string(t.state));
  } else if (head == "corner") {  // an intersection
    const int n = r.between(2, 23);
    put(x, "address", std::to_string(n) + ordSuffix(n) + (r.chance(0.5) ? "" : " St") + " and " + pickS(r, kStreets26));
  } else if (head == "cityst2") {
    const Town26& t = r.pick(std::span<const Town26>(kTowns26));
    put(x, "address", std::string(t.town) + ", " + std::string(t.state));
  } else if (head == "city2") {
    put(x, "address", std::string(r.pick(std::span<const Town26>(kTowns26)).town));
  } else if (head == "zip2") {
    put(x, "zip", std::to_string(r.between(10, 99)) + r.digits(3) + (r.chance(0.4) ? "-" + r.digits(4) : ""));
  } else if (head == "praddr") {  // a Puerto Rican address: urbanización and calle, then the ZIP
    static constexpr std::string_view kUrb[] = {"Urb. Los Flamboyanes", "Urb. Jardines de Caparra", "Bo. Caonillas",
                                                "Bo. Cañaboncito", "Parcelas Nuevas"};
    static constexpr std::string_view kTowns[] = {"Utuado", "Jayuya", "Barranquitas", "Maricao", "Orocovis"};
    put(x, "address", pickS(r, kUrb) + ", Calle " + std::to_string(r.between(1, 20)) + " " +
                          std::string(1, static_cast<char>('A' + r.between(0, 11))) + "-" + std::to_string(r.between(1, 40)) +
                          ", " + pickS(r, kTowns) + ", PR");
    say(x, " ");
    put(x, "zip", "00" + std::to_string(r.between(601, 795)));
  } else if (head == "guaddr") {  // a Guam address, then the ZIP
    static constexpr std::string_view kStreets[] = {"Chalan Kareta", "Route 4", "Chalan Pago Lane", "Calle Irensia"};
    static constexpr std::string_view kVillages[] = {"Mangilao", "Yona", "Inarajan", "Talofofo", "Dededo"};
    put(x, "address", std::to_string(r.between(1, 399)) + " " + pickS(r, kStreets) + ", " + pickS(r, kVillages) + ", GU");
    say(x, " ");
    put(x, "zip", "969" + pad2(r.between(10, 32)));
  } else if (head == "foreign") {
    put(x, "address", foreignAddress(r, form));
  } else if (head == "s") {
    say(x, sentence26(r, form));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx26& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of medics, flight nurses, community health aides,
// remote-area nurses, crisis counsellors, addiction clinicians, street-medicine teams, custody
// nurses, disaster and camp health workers, hospice nurses, nursing-home staff and school nurses:
// vital signs and scores written as fractions (GCS 14/15, BIMS 12/15, PHQ-9 9/27), doses, call
// signs, unit and tail numbers, CAD and PCR numbers, bed and cell numbers, lot numbers, short
// codes, eponyms (Glasgow, Cincinnati, Ottawa, Cheyne-Stokes, Kussmaul, Battle, Beck, Braden,
// Narcan is a brand) and place names only in scales, rules and facility names.
std::string sentence26(Random& r, std::string_view topic) {
  static constexpr int kEms[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 60, 61};
  static constexpr int kRemote[] = {10, 11, 12, 13, 14, 15, 16, 62};
  static constexpr int kMh[] = {17, 18, 19, 20, 21, 22, 63};
  static constexpr int kSud[] = {23, 24, 25, 26, 27, 28, 64};
  static constexpr int kStreet[] = {29, 30, 31, 32, 27};
  static constexpr int kCustody[] = {33, 34, 35, 36, 65};
  static constexpr int kDisaster[] = {37, 38, 39, 40, 66};
  static constexpr int kCamp[] = {41, 42, 43, 44, 67};
  static constexpr int kHospice[] = {45, 46, 47, 48, 49, 68};
  static constexpr int kLtc[] = {50, 51, 52, 53, 54, 69};
  static constexpr int kSchool[] = {55, 56, 57, 58, 59};
  std::span<const int> cases;
  if (topic == "ems") cases = kEms;
  else if (topic == "remote") cases = kRemote;
  else if (topic == "mh") cases = kMh;
  else if (topic == "sud") cases = kSud;
  else if (topic == "street") cases = kStreet;
  else if (topic == "custody") cases = kCustody;
  else if (topic == "disaster") cases = kDisaster;
  else if (topic == "camp") cases = kCamp;
  else if (topic == "hospice") cases = kHospice;
  else if (topic == "ltc") cases = kLtc;
  else if (topic == "school") cases = kSchool;
  else if (!topic.empty()) throw std::logic_error("unknown sentence topic " + std::string(topic));
  const int pick = cases.empty() ? r.between(0, 69) : cases[r.next() % cases.size()];
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 980));
  const std::string hhmm = pad2(r.between(0, 23)) + pad2(r.between(0, 59));
  switch (pick) {
    case 0: return "GCS 14/15 (E4 V4 M6), pupils 3 mm PERRL, BGL " + n1 + "." + n1 + " mmol/L on the glucometer.";
    case 1: return "12-lead shows STE in II, III, aVF; STEMI alert called at " + hhmm + " hrs, ETA 22 min, aspirin 324 mg chewed.";
    case 2: return "Cincinnati stroke scale positive (facial droop, arm drift); last known well " + hhmm + "; BE-FAST 3.";
    case 3: return "C-spine cleared by the Canadian C-spine rule; Ottawa ankle rules negative on the left.";
    case 4: return "Naloxone 0.4 mg IN x 2 with RR up from 4 to 1" + n1 + "; pt combative after the second dose.";
    case 5: return "Responded Code 3 from Station " + n1 + "; on scene " + hhmm + ", transport Code 2, mileage " + n2 + ".4.";
    case 6: return "CAD incident " + pad2(r.between(23, 25)) + "-" + r.digits(6) + " merged with the fire call; Engine " + n1 + " first on scene.";
    case 7: return "Monitor LIFEPAK 15, asset tag " + n3 + "; defib pads placed, no shocks delivered.";
    case 8: return "Battle's sign absent, no raccoon eyes; Beck's triad not present; FAST not done in the field.";
    case 9: return "SpO2 " + std::to_string(r.between(82, 99)) + "% on RA, EtCO2 3" + n1 + " mmHg, RR 2" + n1 + ", HR 1" + n2 + ".";
    case 10: return "Telemedicine images sent store-and-forward to the regional hospital; ENT replied within 4 hours.";
    case 11: return "Community health aide followed the CHAM manual, page 3" + n2 + "; amoxicillin 875 mg BID x 10 days.";
    case 12: return "Weather hold: no flights out of the village for 2 days, fog and 40-knot crosswinds.";
    case 13: return "Medevac requested via the Nunavut medevac line; Twin Otter with flight nurse, ETA 3 hours.";
    case 14: return "RFDS doctor consulted by radio telehealth; Royal Flying Doctor Service medical chest item " + n2 + " used.";
    case 15: return "Trachoma screening per the SAFE strategy; azithromycin 20 mg/kg single dose.";
    case 16: return "Chapter house clinic day: 3" + n1 + " patients seen, 6 referred to the service unit.";
    case 17: return "C-SSRS screen: passive ideation, no plan, no intent; safety plan completed and lethal means discussed.";
    case 18: return "PHQ-9 score 1" + n1 + "/27 and GAD-7 " + n1 + "/21; AUDIT-C 4.";
    case 19: return "988 Suicide and Crisis Lifeline offered; Lifeline 13 11 14 and 1737 given to the visiting family from overseas.";
    case 20: return "Mobile crisis team dispatched; law enforcement not needed per the co-responder protocol.";
    case 21: return "Held under a 72-hour hold (5150 criteria: danger to self); rights advisement given at " + hhmm + ".";
    case 22: return "Haloperidol 5 mg and lorazepam 2 mg IM given for agitation; restraint released after 40 minutes.";
    case 23: return "Methadone 8" + n1 + " mg observed dose; take-homes: 6 (phase 4); UDS positive for buprenorphine only.";
    case 24: return "COWS 1" + n1 + " at " + hhmm + "; buprenorphine/naloxone 8/2 mg SL given, repeat COWS in 1 hour.";
    case 25: return "PDMP checked: no controlled prescriptions in 12 months; bottle lot " + r.letters(2, true) + r.digits(4) + ".";
    case 26: return "CIWA-Ar 1" + n1 + "; chlordiazepoxide 50 mg per the symptom-triggered protocol.";
    case 27: return "Naloxone kit (Narcan 4 mg nasal spray x 2) given with fentanyl test strips and sharps container.";
    case 28: return "ASAM level 3.7 recommended; 28-day residential bed available after the 3-day detox.";
    case 29: return "Wound care under the bridge: cellulitis of the right shin, 8 x 6 cm, marked with a pen.";
    case 30: return "Foot soak and trench-foot check; new socks from the van; no frostbite.";
    case 31: return "VI-SPDAT score 1" + n1 + "; referred to coordinated entry for permanent supportive housing.";
    case 32: return "Street medicine team rounds Tuesday and Friday nights; backpack formulary includes doxycycline 100 mg.";
    case 33: return "Receiving screening within 4 hours of booking per NCCHC standard J-E-02; no suicide risk flags.";
    case 34: return "Housing: C-pod, cell 1" + n2 + ", lower bunk; suicide watch level 2 discontinued.";
    case 35: return "Kite received at " + hhmm + " and triaged by the nurse; seen at sick call the next day.";
    case 36: return "Detention standards (PBNDS 2011) require a health assessment within 14 days of arrival.";
    case 37: return "START triage: walking wounded green; RR over 30 yellow to red; no radial pulse red.";
    case 38: return "MCI declared at " + hhmm + "; 1" + n1 + " patients triaged, 4 red, 6 yellow, rest green.";
    case 39: return "Field hospital ward B, cot " + n2 + "; generator fuel checked every 6 hours.";
    case 40: return "Tetanus toxoid 0.5 mL IM, lot " + r.letters(2, true) + r.digits(4) + "; wound irrigated with 1 L of potable water.";
    case 41: return "MUAC " + std::to_string(r.between(110, 135)) + " mm, oedema absent; RUTF 2 sachets daily, OTP follow-up weekly.";
    case 42: return "Cholera rapid test negative; ORS and zinc for 10 days; WASH team informed.";
    case 43: return "Measles-rubella campaign dose given; vaccination card stamped; cold chain 2-8 C.";
    case 44: return "Interpreter via the Rohingya language line; consent explained in Arabic for the family from Daraa.";
    case 45: return "PPS 30%, FAST 7c; Cheyne-Stokes breathing with apneic periods of 20 seconds.";
    case 46: return "Morphine 5 mg/0.25 mL SL q1h PRN dyspnoea; comfort kit (lot " + r.letters(2, true) + r.digits(5) + ") in the fridge.";
    case 47: return "Kennedy terminal ulcer on the sacrum, 3 x 2 cm; turning every 2 hours declined by family.";
    case 48: return "Scopolamine patch 1.5 mg for secretions; mottling of the knees.";
    case 49: return "Hospice level of care: routine home care; continuous care not indicated.";
    case 50: return "BIMS 12/15, moderately impaired; PHQ-9 (resident interview) 0" + n1 + ".";
    case 51: return "Braden 1" + n1 + ", Morse fall scale 55; bed alarm on, low bed, mats at bedside.";
    case 52: return "Section GG: self-care 2 (substantial assistance); mobility 3 with a walker.";
    case 53: return "Care plan reviewed at the quarterly MDS; ARD set for day 14 of the stay.";
    case 54: return "Mini-Cog 2/5; MoCA 18/30; CAM negative for delirium.";
    case 55: return "Confidential visit per the state minor-consent law; reproductive health counselling provided.";
    case 56: return "Asthma action plan: albuterol HFA 2 puffs q4h PRN; peak flow 3" + n2 + " L/min (green zone).";
    case 57: return "Sports physical: BP " + std::to_string(r.between(100, 128)) + "/" + std::to_string(r.between(58, 82)) + ", Snellen 20/20 OU, cleared.";
    case 58: return "CRAFFT 2/6; brief intervention delivered; follow-up in 2 weeks at the school clinic.";
    case 59: return "HPV dose 2 given, lot " + r.letters(2, true) + r.digits(4) + "; VIS edition on file.";
    case 60: return "Kussmaul respirations, fruity odour; BGL HI on the meter; 500 mL NS bolus en route.";
    case 61: return "Pt packaged on a scoop and vacuum mattress; 10-4 from dispatch, clear of the scene at " + hhmm + ".";
    case 62: return "Water haul community: honey bucket sanitation; skin infections common in winter.";
    case 63: return "Mental Health Act: short-term detention certificate signed by the approved medical practitioner.";
    case 64: return "Central registry checked for dual enrolment: none; dose verified by two nurses.";
    case 65: return "Ankle monitor fitted by the contractor; medical clearance for the 48-hour transport.";
    case 66: return "Evacuation bus 4 to the special-needs shelter; oxygen cylinders D x 6 loaded.";
    case 67: return "Weight-for-height z-score -2.3; referred to the stabilisation centre for SAM with complications.";
    case 68: return "Death pronounced by the hospice RN per state law; no ME notification required.";
    default: return "Quality measure: long-stay residents with a UTI, 2.1% this quarter against a 2.4% state average.";
  }
}

struct Template26 {
  std::string_view name;
  Case26 mode;
  std::string_view pattern;
};

constexpr Case26 kN = Case26::asIs;
constexpr Case26 kL = Case26::lower;
constexpr Case26 kU = Case26::upper;

constexpr Template26 kTemplates26[] = {
    // --- EMS and air transport ---
    {"epcr_run_sheet", kN,
     "PATIENT CARE REPORT    Unit: {callsign}    Incident #{cad}    PCR {pcr}\nDate of service: {date.mdy0}    Dispatched {hrs}  "
     "Enroute {hrs}  On scene {hrs}  Transport {hrs}\nPatient: {pt.lfm}    DOB {dob.mdy0}    Age {age.num}    Sex {sex}\n"
     "Scene address: {streetcity}\nCallback: {phone}\nCC: fall from standing, on the floor ~6 hrs. {s.ems} {s.ems}\n"
     "BP {bp}  GCS {gcs}\nCrew: {s1.full}, EMT-P (lead); {s2.full}, EMT\nDest: Tanana Valley Regional\n"},
    {"radio_patch", kU,
     "RADIO PATCH {hrs} HRS - {callsign} TO MED CONTROL\n{callsign}: WE ARE TRANSPORTING A {age.yoa} {sex} FROM {cityst}, "
     "FOUND DOWN BY {his} {rel}. {s.ems}\nMED CONTROL: COPY. WHO IS THE PATIENT?\n{callsign}: PATIENT IS {pt.UP}, DATE OF BIRTH "
     "{dob.mil}. {s.ems}\nMED CONTROL: COPY, DR {s1.LAST} ACCEPTING. ROOM 4.\n"},
    {"cad_dispatch_log", kN,
     "CAD EVENT {cad}  TYPE: MEDICAL - BREATHING PROBLEMS  PRIORITY 1\n{tick} CALL RCVD ANI {phonedigits} ALI {streetcity}\n"
     "{tick} CALLER {kin.LF} ({rel}) STS PT {pt.first} {age.years}, BLUE AROUND LIPS\n{tick} {callsign} ASSIGNED; CALLBACK {ph7}\n"
     "{tick} DISPATCHER {s8.fi}: CPR INSTRUCTIONS GIVEN\n{tick} {callsign} ON SCENE\n"},
    {"crew_text_message", kL,
     "[{tick}] {s1.lowfirst}: heads up, frequent flyer {pt.low} again, same trailer at {street}. {s.ems}\n"
     "[{tick}] {s2.lowfirst}: k. {pt.lowfirst}'s {rel} just called dispatch from {ph7}\n[{tick}] {s1.lowfirst}: old pcr has {pt.lowlf}, dob {dob.mdy}, confirm w/ him\n"},
    {"mvc_run_sheet", kN,
     "MVC - SINGLE VEHICLE ROLLOVER    {callsign}    {date.abbr}\nDriver: {pt.full}, {age.slash}, restrained, self-extricated\n"
     "Vehicle: 2011 Ford F-150, plate {plate}, VIN {vin}\nDriver's license {lic} (given to the trooper)\nLocation: {street2}, 2 mi S of {city2}\n"
     "{s.ems}\nTrooper: Tpr. {s6.last}    Medic: {s1.full}, Paramedic\n"},
    {"refusal_of_care", kN,
     "REFUSAL OF TREATMENT AND/OR TRANSPORT\nI, {pt.full}, born {dob.long}, have been advised by {callsign} that I should go to the "
     "hospital. I refuse. The risks, including death, were explained.\nPatient signature: ______    Date {date.mdy0}  {tick}\n"
     "Witness: Deputy {s6.full}    Medic: {s1.fi}, EMT-P\nRelease given to {kin.full} ({rel}), phone {cphone}\n"},
    {"air_ambulance_request", kN,
     "AIR MEDICAL TRANSFER REQUEST\nSending facility: Yukon-Delta Sub-Regional Clinic    Sending MD: Dr. {s1.full}\nPatient: {pt.LF}    "
     "DOB {dob.mdy0}    Wt 6{num.1} kg\nDx: {s.remote}\nAircraft {tail} (King Air 200), {callsign}    Flight RN: {s3.full}, Flight RN\n"
     "Call-back for sending MD {cphone} ext {num.3}; family contact {kin.full} {phone}\nPickup airstrip: village strip, lighted\n"},
    {"flight_log", kN,
     "FLIGHT LOG  {tail}  {date.iso}\n{tick} lift, 2 crew + pt ({pt.lfi})\n{tick} on ground, pt loaded, {s.ems}\n{tick} wheels up\n"
     "{tick} landed, handed to ED RN {s4.full}\nPilot: {s5.fi}    Med crew: {s3.fi}, {s2.fi}\n"},
    {"air_transfer_hl7", kN,
     "MSH|^~\\&|AIRMED|TUNDRA|ADT|REGIONAL|{date.compact}{hhmm}||ADT^A01|{num.9}|P|2.3\nEVN|A01|{again}{hhmm}\n"
     "PID|1||{mrn}^^^TRH^MR||{pt.HL7}||{dob.compact}|{sex}|||{street}^^{city}^{state}^{zip}||{phone}|||||{acct}|{ssnbare}\n"
     "NK1|1|{kin.HL7}|{rel}|||{phone2}\nPV1|1|I|ICU^12^A||||{npi}^{s1.HL7}\n"},
    {"ambulance_billing_claim", kN,
     "AMBULANCE CLAIM    Claim {claim}\nBeneficiary: {pt.LF}    MBI {mbi}    SSN {ssnbare}\nDOB {dob.mdy0}    Address: {addr}\n"
     "Secondary: Medicaid {hp.medicaid}\nA0427 ALS1 emergency; A0425 mileage x {num.2}\nDate of service {date.mdy0}    Account {acct}\n"},
    {"scottish_ambulance_handover", kN,
     "SCOTTISH AMBULANCE SERVICE - PATIENT HANDOVER (ATMIST)\nCHI: {rec.chi}    Name: {pt.full}    Age: {age.num}\nAddress: {foreign.scot}\n"
     "Time of incident: {tick}  {date.dmyslash}\nMechanism: fall on the croft. {s.ems}\nNOK: {kin.full} ({rel}) {intl.scot}\n"
     "Crew: {s1.full}, Paramedic\n"},
    // --- rural and remote clinics ---
    {"alaska_village_clinic", kN,
     "VILLAGE CLINIC ENCOUNTER - Community Health Aide\nPatient: {pt.full}    DOB {dob.mdy0}    Chart {mrn}\nMailing: {addr}\n"
     "Phone {ph7}\nCHA/P: {s7.full}    Referral MD by telemedicine: Dr. {s1.last}\nTelemed case {url.tele} sent {date.mdy0} {tick}\n{s.remote} {s.remote}\n"},
    {"ihs_navajo_clinic", kN,
     "Indian Health Service - Kayenta Service Unit    Health Center Visit\nName: {pt.LF}    IHS chart no. {rec.ihs}    Census no. {card.census}\n"
     "Home: {streetcity}    Messages: {ph7} (chapter house)\nDOB {dob.mdy0}    Age {age.num}\n"
     "Interpreter: {s8.full} (Diné)\n{s.remote}\nProvider: {s2.full}, NP\n"},
    {"appalachian_free_clinic", kN,
     "REMOTE AREA MEDICAL-STYLE FREE CLINIC - Wristband {num.4}\nName: {pt.full}  DOB {dob.mdyy}  {age.yrs}\nAddress: {addr}\n"
     "Home ph {ph7}   Cell {phone}\nKY Medicaid {hp.medicaid}\nDental: 6 extractions. Vision: readers +2.00. {s.remote}\nSeen by {s2.fi}, D.O.\n"},
    {"rfds_station_clinic", kN,
     "ROYAL FLYING DOCTOR SERVICE - HOLDING CLINIC\nClinic run: Western Desert run 4 (airstrip clinic)    Date {date.dmyslash}\nPatient: {pt.full}    DOB {dob.dmyslash}\n"
     "Medicare no. {hp.au}\nAddress: {foreign.au}\nPhone {intl.au}\n{s.remote}\nRemote area nurse: {s7.full}    Dr {s1.last} by radio\nNext clinic run {later.dm}\n"},
    {"nunavut_nursing_station", kN,
     "NURSING STATION - MEDEVAC SUMMARY\nName: {pt.LF}    Health card {hp.ca}    DOB {dob.iso}\nCommunity: {foreign.ca}\nTel {intl.ca}\n"
     "Escort: {kin.full} ({rel})\nInterpreter: {s8.full} (Inuktitut)\n{s.remote}\nNurse in charge: {s7.full}, RN    Medevac {date.iso} {tick}\nFax to receiving: {ifax.ca}\n"},
    {"western_isles_gp_letter", kN,
     "Ionad Slàinte - Lochs Health Centre\n\n{date.dmylong}\n\nDr {s1.full}\nConsultant Physician\n\nDear Dr {s1.last},\n\n"
     "Re: {pt.full}, DOB {dob.dmyslash}, CHI {rec.chi}\n{foreign.scot}\n\nThank you for seeing this {age.yo} crofter. {s.remote} "
     "The family ({rel} {kin.first}) can be reached on {intl.scot}.\n\nYours sincerely,\n\nDr {s2.full}\nFax {ifax.scot}\n"},
    {"welsh_community_hospital", kN,
     "Ysbyty Cymuned - Community Hospital    Crynodeb Rhyddhau / Discharge Summary\nEnw / Name: {pt.full}\nRhif GIG / NHS no.: {rec.nhsw}\n"
     "Dyddiad geni / DOB: {dob.cy}\nCyfeiriad / Address: {foreign.wales}\nFfôn / Tel: {intl.wales}\nDerbyn / Admitted {date.cy}; rhyddhau / discharged "
     "{later.dmyslash}\n{s.ltc}\nNyrs / Nurse: {s7.full}\n"},
    {"nz_rural_gp", kN,
     "RURAL GENERAL PRACTICE - CONSULTATION\nPatient: {pt.full}    NHI {rec.nhi}    DOB {dob.dmyslash}\nAddress: {foreign.nz}\nMobile {intl.nz}\n"
     "Whānau present: {kin.full} ({rel})\n{s.remote}\nReview {later.dmyy}.    GP: Dr {s1.full}    Practice nurse: Whaea {s7.first}\n"},
    {"mexico_centro_de_salud", kN,
     "CENTRO DE SALUD RURAL - NOTA MÉDICA\nNombre: {pt.full}    Edad: {age.anos}    Sexo: {sex}\nCURP: {card.curp}\nNSS (IMSS): {hp.mx}\n"
     "Domicilio: {foreign.mx}\nTel.: {intl.mx}\nFecha: {date.es}\nResponsable: {kin.full} ({rel})\nMédico pasante: Dr. {s1.full}\n"},
    {"puerto_rico_cdt", kN,
     "CENTRO DE DIAGNÓSTICO Y TRATAMIENTO - SALA DE EMERGENCIA\nPaciente: {pt.LF}    Fecha de nacimiento: {dob.dmyslash}\nSeguro Social: {ssnbare}\n"
     "Plan Vital: {hp.pr}\nDirección: {praddr}\nTel.: {intl.pr}\nVisita {date.es}. Post-hurricane: generator CO exposure ruled out. {s.ems}\n"
     "Médico: Dr. {s1.full}\n"},
    {"guam_clinic_note", kN,
     "Guam Memorial Outpatient - Southern Region Community Health Center\nPatient: {pt.full}    DOB {dob.mdy0}    MRN {mrn}\nAddress: {guaddr}\n"
     "Phone {intl.gu}\nVisit {date.long}: {s.remote}\nFollow-up {later.md}.    Provider: {s2.full}, PA-C\n"},
    // --- mental health and addiction ---
    {"crisis_line_log", kN,
     "988 CRISIS LINE - CONTACT RECORD\nContact start {date.iso} {tick}    Caller ID {phone}\nCaller: {pt.first} (gave last name {pt.last})\n"
     "Age stated: {age.num}    Location: {cityst}\n{s.mh} {s.mh}\nMobile crisis dispatched to {streetcity}. Counsellor: {s4.fi}\n"},
    {"crisis_text_chat", kL,
     "crisis text line - conversation {num.8}\nstarted {date.md} {tick} from {ip6}\ntexter: i dont want to be here anymore\n"
     "counsellor ({s4.lowfirst}): im really glad you reached out. can you tell me your name?\ntexter: {pt.lowfirst}. {pt.lowlast}. im at my "
     "{rel}s place on {street}\ncounsellor ({s4.lowfirst}): thank you {pt.lowfirst}. are you safe right now? is there anything near you that you could hurt yourself with?\nsession link {url.chat}\n"},
    {"methadone_dosing_record", kN,
     "OPIOID TREATMENT PROGRAM - DAILY DOSING\nClient: {pt.LF}    Client ID {mrn}    DOB {dob.mdy0}\nDate {date.mdy0}    Dose 8{num.1} mg  "
     "bottle lot {lot}\n{s.sud}\nTake-home bottles: 6    Counsellor: {s5.full}, CADC    Nurse: {s7.fi}, LPN\nEmergency contact: {kin.full}, {cphone}\n"},
    {"buprenorphine_induction", kN,
     "BUPRENORPHINE HOME INDUCTION - TELEPHONE FOLLOW-UP\nPatient {pt.full}, {age.yo}, MRN {mrn}\nDay 1 ({date.md}): {s.sud}\n"
     "Day 2 ({later.md}): {s.sud}\nPharmacy: Saguaro Drug, {cphone}; fax {cfax}\nPrescriber: {s2.full}, NP\n"},
    {"involuntary_hold", kN,
     "APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT\nPerson detained: {pt.full}    DOB {dob.mdy0}\nResidence: {addr}\n"
     "Detained on {date.mdy0} at {tick} by Officer {s6.full}, badge {num.4}\nInformation from {kin.full} ({rel}), {phone}\n"
     "{s.mh}\nFacility: Behavioral Health Unit, bed {bed}\nPsychiatrist: Dr. {s1.last}\n"},
    {"mha_detention_scotland", kN,
     "MENTAL HEALTH (CARE AND TREATMENT) (SCOTLAND) ACT 2003 - SHORT-TERM DETENTION CERTIFICATE\nPatient: {pt.full}    CHI {rec.chi}\n"
     "Address: {foreign.scot}\nCertificate granted {date.dmylong} at {tick}\nMHO consulted: {s5.full}\nNamed person: {kin.full}, {intl.scot}\n{s.mh}\n"},
    {"detox_admission", kN,
     "WITHDRAWAL MANAGEMENT ADMISSION\nName: {pt.LF}    DOB {dob.mdy0}    {age.years}\nLast use: fentanyl smoked {date.md}; alcohol daily\n"
     "{s.sud} {s.sud}\nReferred by {s5.full}, LMHC\nID on file: state driver license {lic}\nContact: {kin.first} ({rel}) at {phone2}\n"},
    {"peer_recovery_note", kL,
     "peer recovery coach note {date.mdy}\nmet {pt.lowfirst} at the mcdonalds on {corner}. {he} has {num.2} days clean today.\n"
     "talked about getting id back from {his} {rel} {kin.lowfirst}. bus pass given. {s.sud}\nnext meet {later.md}, {he} will text me from {ph7}\n- {s5.low}\n"},
    // --- street medicine and shelters ---
    {"street_medicine_outreach", kN,
     "STREET MEDICINE OUTREACH - ENCOUNTER\nClient: {pt.full} (\"{pt.nick}\")    HMIS {hmis}    DOB {dob.mdy}\nLocation: {city2}, camp at {corner} (under the overpass)\n"
     "{s.street} {s.street}\nCase manager {s5.full}, {cphone}\nTeam: {s2.fi}, NP; {s6.fi}, CHW\n"},
    {"shelter_clinic_intake", kN,
     "SHELTER CLINIC INTAKE\nName (last, first): {pt.lf}\nDOB: {dob.mdy0}    SSN: {ssn}\nLast stable address: {addr}\nPhone (prepaid): {ph7}\n"
     "Medicaid: {hp.medicaid}\nBed {bed}\n{s.street}\nIntake by {s6.full}\n"},
    {"respite_handoff", kN,
     "MEDICAL RESPITE - HANDOFF FROM HOSPITAL\nPt {pt.fml}, {age.age}    MRN {mrn}    Account {acct}\nD/C from hospital {date.mdy0}; "
     "respite bed {bed}\n{s.street}\nPCP: Dr. {s1.full}    Hospital SW: {s5.full}, LCSW, {cphone}\n"},
    // --- custody health ---
    {"jail_intake_screening", kN,
     "COUNTY DETENTION CENTER - RECEIVING SCREENING\nInmate: {pt.LF}    Booking # {booking}    DOB {dob.mdy0}\nArresting agency: sheriff, Deputy {s6.last}\n"
     "Booked {date.mdy0} {tick}\n{s.custody}\nMeds brought in: none. Emergency contact: {kin.full} {phone}\nScreening nurse: {s7.full}, LPN\n"},
    {"prison_sick_call_slip", kU,
     "HEALTH SERVICES REQUEST (SICK CALL)\nNAME: {pt.LF}    DOC# {doc}    HOUSING: C-POD CELL {bed}\nDATE: {date.mdyy}\n"
     "PROBLEM: my tooth hurts for 3 weeks and i cant eat. please see me.\nTRIAGED BY: {s7.fi}    {s.custody}\n"},
    {"immigration_detention_summary", kN,
     "DETENTION HEALTH SERVICES - TRANSFER/RELEASE SUMMARY\nDetainee: {pt.LF}    A-Number: {card.anum}    Country of citizenship: Honduras\n"
     "DOB {dob.dmyslash}    Booked in {past.mdy0}    Released {date.mdy0}\nAlternatives to detention: ankle monitor serial {serial}\n"
     "Sponsor: {kin.full}, {street2city} {zip2}, {cphone}\n{s.custody}\nMedical staff: {s2.full}, NP\n"},
    {"jail_medication_refusal", kN,
     "REFUSAL OF MEDICATION - {date.mil2}\nInmate {pt.full}, booking {booking}, refused insulin at {tick} med pass.\nWitness: CO {s6.last}; "
     "nurse {s7.full}, RN\n{s.custody}\n"},
    // --- disaster and camps ---
    {"disaster_triage_tag", kN,
     "TRIAGE TAG {tag}    START: YELLOW\nName (if known): {pt.full}    Age/sex: {age.sexed}\nFound at: {street2city}\n{s.disaster}\n"
     "Tagged {date.md} {tick} by {s1.fi}\n"},
    {"family_reunification_csv", kN,
     "# family reunification registry export\nlast,first,dob,shelter,contact_phone,looking_for\n{pt.last},{pt.first},{dob.compact},"
     "Consolidated high school gym,{phone},{kin.full}\n{sib.last},{sib.first},{odob.compact},County fairgrounds,{cphone},{pt.full}\n"},
    {"special_needs_shelter", kN,
     "SPECIAL NEEDS SHELTER REGISTRATION - Hurricane response\nName: {pt.full}    DOB {dob.mdy0}    {age.yo}\nHome: {praddr}\n"
     "Oxygen concentrator serial {serial} (needs power)    CPAP serial {dev}\nCaregiver: {kin.full}, {intl.pr}\n{s.disaster}\n"},
    {"kakuma_clinic_card", kN,
     "KAKUMA REFUGEE CAMP - HEALTH POST OPD CARD\nName: {pt.full}    Age: {young}    Sex: {sex}\nUNHCR individual no.: {card.unhcr}    "
     "Case no.: {case}\nOPD no.: {rec.opd}\nAddress: {foreign.ke}\nPhone: {intl.ke}\nVisit {date.dmyslash}: {s.camp}\nClinical officer: {s2.full}\n"},
    {"coxs_bazar_health_post", kN,
     "HEALTH POST - Cox's Bazar    Patient register\nName: {pt.full}    {his} father/husband: {kin.full}\nFCN: {fcn}    Smart card: {card.bdcard}\n"
     "Shelter: {foreign.bd}\nMobile (majhi): {intl.bd}\nDate {date.dmyslash}. {s.camp}\nCHW: {s6.full}\n"},
    {"zaatari_clinic_note", kN,
     "ZAATARI CAMP - PRIMARY HEALTH CLINIC\nPatient: {pt.full}    UNHCR file: {case}    MOI card: {card.moi}\nAddress: {foreign.jo}\nPhone {intl.jo}\n"
     "Visit {date.dotted}. {s.camp}\nDoctor: Dr. {s1.full}    Interpreter: {s8.first}\n"},
    // --- hospice and palliative ---
    {"home_hospice_visit", kN,
     "HOSPICE HOME VISIT - RN\nPatient: {pt.full}, {age.wordsyo}    MRN {mrn}\nHome: {addr}\nPrimary caregiver: {kin.full} ({rel}), {phone}\n"
     "{s.hospice} {s.hospice}\nCADD pump serial {serial}, 1 mg/h basal\nNext visit {later.md}.    {s7.full}, RN\n"},
    {"death_pronouncement", kN,
     "HOSPICE DEATH VISIT\nPatient {pt.full} died at home on {date.long}; time of death {tick}, pronounced by {s7.fi}, RN.\nPresent: {kin.full} "
     "({rel}) and {sib.full}. Spouse {eld.full}, {eage.aged}, was at the bedside.\nFuneral home: Hillcrest Funeral Chapel, {cphone}\n{s.hospice}\n"},
    {"polst_form", kN,
     "PORTABLE MEDICAL ORDERS (POLST)\nPatient last name: {pt.last}    First: {pt.first}    DOB {dob.mdy0}\nSection A: DNR. Section B: comfort-focused.\n"
     "Agent: {kin.full}, {rel}, {phone}\nSigned by {s1.full}, MD on {date.mdy0}\n"},
    {"bereavement_letter", kN,
     "{date.long}\n\n{kin.full}\n{addr2}\n\nDear {kin.first},\n\nIt has been three months since {pt.first} died. Our bereavement team thinks of "
     "you often. {s.hospice}\nPlease call me on {cphone} if you would like a visit.\n\nWith sympathy,\n{s5.full}, Bereavement Coordinator\n"},
    {"palliative_family_conference", kL,
     "family mtg {date.md}: present {kin.low} ({rel}), {sib.low} by phone, chaplain. pt {pt.low} ({age.words}) wants to die at home in "
     "{city}. {s.hospice}\n"},
    // --- long-term care ---
    {"mds_extract", kN,
     "MDS 3.0 - SECTION A (extract)\nA0500A First name: {pt.first}\nA0500C Last name: {pt.last}\nA0600A Social Security Number: {ssnbare}\n"
     "A0600B Medicare number: {mbi}\nA0700 Medicaid number: {hp.medicaid}\nA0900 Birth date: {dob.compact}\nA1600 Entry date: {date.compact}\n"
     "A2300 Assessment reference date: {date.compact}\nC0500 BIMS summary score: 1{num.1}\n{s.ltc}\n"},
    {"nursing_home_face_sheet", kN,
     "RESIDENT FACE SHEET\nResident .............. {pt.LF}\nRoom .................. {bed}\nDate of birth ......... {dob.mdy0}\n"
     "Age ................... {age.num}\nAdmitted .............. {date.mdy0}\nPrior address ......... {addr}\nPOA ................... {kin.full} ({rel})\n"
     "POA phone ............. {phone}\nAttending ............. Dr. {s1.full}\nFuneral home .......... Hillcrest, {cphone}\n"},
    {"ltc_fall_incident", kN,
     "INCIDENT REPORT - FALL\nResident: {pt.full}, {age.wordsyo}, room {bed}\nDate {date.mdy0}  time {tick}\nFound on floor by {s6.full}, CNA. {s.ltc}\n"
     "Family notified: {kin.full}, {phone}, at {tick}\nDON: {s7.full}, RN\n"},
    {"care_home_family_texts", kL,
     "texts with {kin.low} ({rel})\n{date.md} {tick} {kin.lowfirst}: hows mum today? is {pt.lowfirst} eating\n"
     "{again} {tick} {s6.lowfirst} (cna): ate half her lunch, sat out 2 hrs. {s.ltc}\n{again} {tick} {kin.lowfirst}: ok ill come sat. my new number is {cphone}\n"},
    {"ltc_json_export", kN,
     "{lb}\"resident\": {lb}\"family\": \"{pt.last}\", \"given\": \"{pt.first}\", \"birthDate\": \"{dob.iso}\", \"age\": \"{age.num}\", "
     "\"mrn\": \"{mrn}\"{rb}, \"contact\": {lb}\"name\": \"{kin.full}\", \"phone\": \"{phonedigits}\", \"email\": \"{email.kin}\"{rb}, "
     "\"source\": \"{ip}\"{rb}\n"},
    // --- school-based clinics ---
    {"school_clinic_visit", kN,
     "SCHOOL-BASED HEALTH CENTER VISIT\nStudent: {pt.full}    Grade 10    Student ID {student}\nDOB {kdob.mdy0}    Age {teen}\n"
     "Parent/guardian: {kin.full}, {phone}\n{s.school} {s.school}\nProvider: {s2.full}, NP    Date {date.mdy0}\n"},
    {"school_clinic_hl7", kN,
     "MSH|^~\\&|SBHC|NORTHHIGH|EHR||{date.compact}||ADT^A04|{num.8}|P|2.5\nPID|1||{mrn}^^^SBHC||{pt.HL7}||{kdob.compact}|{sex}|||"
     "{street}^^{city}^{state}^{zip}||{phone}\nNK1|1|{kin.HL7}|PAR||{phone2}\n"},
    {"sbhc_consent", kN,
     "SCHOOL HEALTH CENTER - PARENT CONSENT\nStudent name: {pt.full}    Student ID {student}\nParent name: {kin.full}    Email: {email.kin}\n"
     "Home address: {addr}\nCell {phone}    Work {ph7}\nSigned {date.mdy0}\n"},
    {"school_nurse_portal_message", kN,
     "From: {s2.full} <{email.s2}>\nTo: {kin.full} <{email.kin}>\nSent {wd} {date.long}\nSubject: {pt.first} - inhaler\n\n"
     "Hi, {pt.first} used the inhaler twice today at school. {s.school} You can also reply at {url.portal}.\n"},
    // --- telehealth, police and other community records ---
    {"telepsychiatry_log", kN,
     "TELEPSYCHIATRY SESSION LOG\nPatient: {pt.lfm}    DOB {dob.mdy0}\nJoined {url.visit} at {tick} from {ip6} (village clinic cart, asset {num.4})\n"
     "Psychiatrist {s1.full} joined from {ip}\n{s.mh}\n"},
    {"naloxone_leave_behind", kN,
     "NALOXONE LEAVE-BEHIND REPORT    {callsign}    {date.mdy}\nOverdose reversed at {street2city}. Pt {pt.full} refused transport.\n"
     "Kit left with {kin.first} ({rel}). {s.sud}\nFollow-up by the post-overdose team: call {cphone}\n"},
    {"welfare_check_referral", kN,
     "POLICE WELFARE CHECK - REFERRAL TO MOBILE CRISIS\nSubject: {pt.UP}    DOB {dob.mdy0}    Age {age.num}\nAddress: {streetcity}\n"
     "Requested by {kin.full} ({rel}) from {intl.au}, overseas\nOfficer {s6.full}: {s.mh}\n"},
    {"home_oxygen_delivery", kN,
     "HOME OXYGEN DELIVERY TICKET\nPatient: {pt.LF}    DOB {dob.mdy0}\nDeliver to: {addr}\nDirections: past the church, 3rd gate, "
     "dogs\nConcentrator serial {serial}    E cylinders x 4 (lot {lot})\nDriver: {s6.fi}    Phone ahead {phone}\n"},
    {"rural_dialysis_van", kN,
     "RURAL TRANSPORT - DIALYSIS RUN\nRider: {pt.fi}    Pickup {streetcity} at 0430\nMon/Wed/Fri    Van {callsign}\nRider phone {ph7}; "
     "alt {kin.first} {phone2}\nDriver: {s6.full}\n"},
    {"chw_home_visit_shorthand", kN,
     "CHW home visit {date.md}\npt {pt.full} c/o SOB x3d, ran out of O2 2d ago. hx COPD, CHF. lives w/ dtr {kin.first} @ {street}. "
     "wood stove, no running water.\nVS: BP {bp}, SpO2 86% RA -> 92% 2L. {s.remote}\nplan: O2 co called ({cphone}), f/u w/ Dr {s1.last} 2 wks, "
     "dtr to call if worse.\n-{s6.fi}, CHW\n"},
    {"ltc_shift_report", kN,
     "SHIFT REPORT 2 WEST - nights {date.mdy0}\nRm | Resident | Age | Code | Notes\n{bed} | {pt.LF} | {age.num} | DNR | {s.ltc}\n"
     "{bed} | {sib.lf} | {young} | Full | sleeping well, 2-hourly turns\n{bed} | {eld.lfi} | {eage.num} | DNR | daughter {kin.first} visiting "
     "tomorrow\nReport given by {s7.fi} to {s4.fi}\n"},
    {"death_certificate_worksheet", kN,
     "DEATH CERTIFICATE WORKSHEET (for the funeral director)\nDecedent: {pt.fml}    SSN {ssn}\nDate of birth: {dob.long}    Age: {age.num}\n"
     "Date of death: {date.long}    Place of death: decedent's home, {addr}\nSpouse: {eld.full}    Father: {kin.full}\n"
     "Informant: {kin.full} ({rel}), {phone}\nCertifier: {s1.full}, MD    Hospice RN: {s7.full}\n"},
    {"missing_persons_board", kU,
     "FIELD HOSPITAL - FAMILY INFORMATION BOARD  {date.dmyslash}\nFOUND / ADMITTED:\n- {pt.UP} ({age.sexed}) - tent 3, cot {bed}\n"
     "- {sib.UP} - transferred by helicopter\nLOOKING FOR:\n- {kin.UP}, last seen near {street2city}\nCALL THE DESK: {cphone}\n"},
    {"sat_phone_check_in", kN,
     "REMOTE CHECK-IN LOG - fish camp / trapline season\n{date.md} {tick} sat phone call from {pt.full} at {sat}: {s.remote}\n"
     "{again} {tick} advised; next scheduled check-in {later.md}. Mailing address {addr}\nTaken by {s7.fi}\n"},
    {"ihs_elder_home_visit", kN,
     "PUBLIC HEALTH NURSING - HOME VISIT\nPatient: {pt.full}    IHS chart {rec.ihs}    DOB {dob.mdy0}\nHome site: {streetcity}; third house past the "
     "water tank\nLives with Elder {eld.full}, {eage.wordsyo}, and grandson {sib.first}\n{s.remote}\nPHN: {s7.full}, RN    Next visit {later.md}\n"},
    // --- without PHI ---
    {"no_phi_ems_protocol", kN, "PROTOCOL 4.12 - ALTERED MENTAL STATUS\n{s.ems}\n{s.ems}\nContact medical control for any deviation.\n"},
    {"no_phi_gcs_reference", kN, "GCS AND NIHSS QUICK REFERENCE\nGCS 15/15 normal; 8/15 or less, protect the airway.\nNIHSS 0-42; 1a-11.\n{s.ems}\n"},
    {"no_phi_mds_coding_guide", kN, "MDS CODING TIPS\nBIMS 13-15 intact, 8-12 moderate, 0-7 severe (e.g. 12/15 is moderate).\n{s.ltc}\n{s.ltc}\n"},
    {"no_phi_cows_scale", kN, "CLINICAL OPIATE WITHDRAWAL SCALE\n5-12 mild, 13-24 moderate, 25-36 moderately severe, over 36 severe.\n{s.sud}\n{s.sud}\n"},
    {"no_phi_start_triage", kN, "START TRIAGE CARD\n{s.disaster}\n{s.disaster}\nRPM: respirations 30, perfusion 2 seconds, mental status.\n"},
    {"no_phi_hospice_eligibility", kN, "HOSPICE ELIGIBILITY - DEMENTIA\nFAST 7 or beyond; PPS 40% or less.\n{s.hospice}\n{s.hospice}\n"},
    {"no_phi_radio_codes", kU, "RADIO CODES\n10-4 ACKNOWLEDGED; 10-8 IN SERVICE; 10-97 ON SCENE; CODE 3 LIGHTS AND SIREN.\n{s.ems}\n"},
    {"no_phi_vaccine_fridge_log", kN, "VACCINE FRIDGE LOG - camp health post\nAM 4.1 C, PM 5.0 C; freeze indicator OK.\n{s.camp}\n{s.camp}\n"},
    {"no_phi_unit_status_board", kN, "UNIT STATUS\nMedic 14 available; Medic 7 at hospital; Rescue 51 out of service; LifeFlight 3 weather hold.\n{s.ems}\n"},
    {"no_phi_staffing_grid", kN, "NIGHT STAFFING GRID - 120-bed facility\nRN 2, LPN 4, CNA 12 (1:10 ratio on 2 West).\n{s.ltc}\n{s.ltc}\n"},
    {"no_phi_naloxone_training", kL, "naloxone training handout\n{s.sud}\ncall 911 (or 000 in australia, 999 in scotland), give 1 spray, wait 2-3 minutes.\n{s.sud}\n"},
    {"no_phi_school_clinic_policy", kN, "SCHOOL CLINIC POLICY\n{s.school}\n{s.school}\nStudents may self-carry inhalers and epinephrine.\n"},
};

}  // namespace

std::size_t twentySixthTemplateCount() { return std::size(kTemplates26); }

std::string_view writeTwentySixthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice) {
  const Cast26 cast = makeCast26(seed, patientIndex);
  const Template26& t = kTemplates26[choice % std::size(kTemplates26)];
  Ctx26 x{builder, cast, t.mode, {}, -1, {}};
  expand(x, t.pattern);
  return t.name;
}

std::string twentySixthSentence(Random& r) { return sentence26(r); }

}  // namespace concord::phi::corpus
