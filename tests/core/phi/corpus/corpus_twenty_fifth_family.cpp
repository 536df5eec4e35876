// The twenty-fifth family (kTwentyFifthSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is specialty and research care from the US, Ireland, South Africa,
// Singapore, the Philippines, Nigeria, the Netherlands, Chile and Japan (names romanised).
// Document styles: tumour-board list (pipe table), chemotherapy order, DICOM RT plan header,
// Irish oncology letter with letterhead and GP address, palliative family-meeting note, survivorship
// care plan, lower-case oncology phone triage, trial pre-screening and screening log, consent
// signature page, serious adverse event report, CRA monitoring-visit letter, e-consent audit trail
// (IPv4 and IPv6), participant payment request (W-9), investigational-product accountability,
// lower-case trial SMS reminder, three-generation pedigree notes, genetic counselling letter,
// molecular genetics report (capitals), cascade-testing family letter, HL7 ORU from a genetics LIMS,
// kidney transplant referral, living donor evaluation, fixed-width haemodialysis run sheet, home
// haemodialysis equipment delivery, South African transplant clinic card, Chilean dialysis intake
// (Spanish), Japanese renal referral (family name first, Reiwa-era dates), cataract operation
// note with the IOL serial, Singapore eye-clinic memo, DMV vision letter, hearing-aid fitting,
// cochlear-implant mapping, Dutch audiology record, oral-surgery note, ADA dental claim, lower-case
// dental recall texts, Philippine dental record, pharmacy dispensing label (capitals), pharmacy prior
// authorisation, refill-line log, pharmacy immunisation record, lower-case med-sync call, lower-case
// telehealth chat transcript, patient-portal message thread, video-visit connection log, remote
// monitoring upload, occupational pre-placement exam, needlestick exposure report, Dutch
// company-doctor (bedrijfsarts) letter, South African COIDA injury-on-duty report, Nigerian staff
// clinic card, VA compensation and pension exam, VA home-based primary care visit, military sick
// call with an APO address, buddy statement for a VA claim, VA dialysis travel, state cancer-registry
// CSV export, insurance appeal letter, transplant-centre parking permit, Irish radiotherapy travel
// claim, Singapore medication collection slip, FHIR Patient JSON from a telehealth app, pharmacy IVR
// key=value log, kidney offer log, unrelated-donor search, Philippine overseas-worker pre-employment
// exam, Nigerian haemoglobinopathy counselling, tele-ophthalmology upload, and ten kinds of note
// without PHI (chemotherapy regimen, trial synopsis, ACMG guide, dialysis adequacy targets,
// visual-acuity conversion, hearing loss grades, dental charting legend, medicine leaflet, exposure
// limits, tumour-board agenda).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions for specialty and research records.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "RUT: ", "NRIC: ",
//    "PatientName: "), quotes, brackets, table pipes, CSV commas, JSON punctuation, HL7 and DICOM
//    field separators between fields and trailing punctuation are outside.
//  * Names: titles, ranks and roles before a name ("Dr. ", "Dr ", "Mr. ", "Ms. ", "Dhr. ",
//    "Mevr. ", "SGT ", "SPC ", "CPT ", "Dear ", "pt ", "rn ", "dr ") are outside, and so are
//    credentials after it (", MD", ", PharmD", ", RPh", ", RN", ", RN, CNN", ", CCRC", ", MS, CGC",
//    ", CGC", ", PhD", ", LCSW", ", OD", ", Au.D.", ", DDS", ", DMD", ", CPhT", ", MD, MPH",
//    ", PA-C", ", bedrijfsarts") and role words in brackets ("(nurse)", "(SW)", "(physics)"). A name written in one piece is one
//    span, in any order: "Odhrán Scanlon", "Scanlon, Odhrán", "SCANLON, ODHRÁN", "SCANLON,ODHRÁN"
//    on a dispensing label, "Tan Wei Ling" (Singapore, family name first), "TAKEDA Tsuyoshi"
//    (Japanese romanised, family name in capitals first), "O. Scanlon", lower case in chats and
//    texts. HL7 "LAST^FIRST" is one span, and so is a DICOM person name "LAST^FIRST^M" (its
//    carets inside); in a CSV export each name column is its own span. Particles, apostrophes,
//    hyphens, accents, "Ma." and two-word Chilean surnames ("González Muñoz") are inside; a
//    possessive "'s" is outside; a first name alone, a surname alone and a nickname are spans. A
//    Japanese honorific written after a name is not used; "-sai" after an age is outside the age.
//    Surnames that are ordinary words ("Surgeon", "Bone", "Sight", "Hearing", "Kidney", "Chemist",
//    "Marrow") and given names that are ("Liberty-Ann", "Justice-Lee") are names where they name a
//    person.
//  * Everyone named is PHI: the patient, next of kin, living donors, relatives in a pedigree,
//    a source patient of a needlestick, fellow veterans, and every clinician, coordinator, monitor,
//    pharmacist, technician and examiner.
//  * Dates: the date only; a weekday before it and a time after it are outside. US, day-first
//    (Irish, South African, Singaporean, Dutch "dd-mm-yyyy", Chilean "dd-mm-yyyy"), ISO, month/day,
//    military ("05MAR2024"), "05-MAR-2024", "Mar-05-2024", YYYYMMDD (HL7, DICOM, CSV),
//    Japanese "2024/03/05" and Reiwa-era "R6.3.5", Dutch "5 maart 2024" and Spanish "5 de marzo de
//    2024" forms are dates; in "ts=2024-03-05T14:02" only the date is the span. Dates of
//    documents and products rather than of a person (a protocol amendment's date, a leaflet's
//    edition, a kit's lot "2024-0612", an expiry "2026-09") are not PHI. Cycle days ("C1D15", "day +14"), durations ("90-day supply"), a year
//    alone, protocol and guideline versions ("v3.1", "version 2.2024"), Snellen fractions ("6/9",
//    "20/40"), blood pressures and doses are not PHI.
//  * Ages: a span only over 89: the number only ("93" of "93-year-old", "age 93", "Age: 93",
//    "93 y/o", "93 años", "93-sai", "93 yrs") or the words ("ninety-three", "one hundred and
//    two"). The patient's age and the ages of elderly relatives in a pedigree or a counselling
//    letter are spans when over 89 (HIPAA's identifiers cover relatives). Ages of 89 or less,
//    "ninety-day" supplies and "90 tablets" are not PHI.
//  * Phones: every phone number written is a gold phone (patients, relatives, donors, clinics,
//    pharmacies, CROs), including the nine countries' national and international forms and
//    seven-digit local numbers; numbers labelled fax are "fax". Crisis-line short codes are not.
//  * Identifiers: medical record and hospital numbers of every country, trial subject and
//    screening numbers, UNOS IDs and living-donor IDs (the donor's record) are "mrn"; hospital
//    accounts, patient accounts, VA claim and file numbers, COIDA claim numbers and the
//    worker-patient's employee number (the employer's file about the person) are "account";
//    member IDs, group numbers, Medicare MBIs, Irish medical-card, South African medical-aid,
//    PhilHealth, NHIA, Dutch polis, Chilean ISAPRE and Japanese insurance-card numbers are
//    "health_plan"; driver's licences, passports, DoD IDs and national identity numbers (Irish
//    PPSN, South African ID number, Singapore NRIC, PhilSys and Senior Citizen IDs, Nigerian NIN,
//    Chilean RUT) are "license" (a number on a person's card; only US SSNs, with or without dashes,
//    are "ssn"); serials of hearing aids, cochlear implants and processors, intraocular lenses,
//    home dialysis machines and water systems, BP cuffs, scales and other home devices are
//    "device"; VINs and plates of any state or country (Irish, Singaporean, Dutch) are "vehicle".
//    Not PHI: NCT and EudraCT numbers, protocol, amendment, version, site and kit numbers, drug,
//    vaccine and implant lot numbers, Rx numbers, order numbers, laboratory accession numbers
//    (specimen labels), SAE reference numbers, NDC codes, BIN and PCN (payer routing), NPIs and DEA
//    numbers, chair and machine numbers of a dialysis unit, asset tags and serials of a clinic's own
//    equipment (fundus cameras, dialysis machines in a unit), match-run numbers, FHIR resource ids,
//    IVR call ids, pharmacy store numbers ("#2291"), ISRCTN, EU CT and IND numbers, tooth numbers, ICD-O codes, HGVS variant names,
//    HLA types, and the last four digits of an SSN written alone. In a key=value log or a JSON
//    export the value only is the span ("ani=" and quotes outside); FHIR "family" and "given"
//    values are separate name spans, "line", "city" and "postalCode" separate address and zip
//    spans.
//  * Addresses: every street address written is an "address" span (the patient's, an employer's,
//    a pharmacy's, a witness's), with unit, city and state inside it when they follow on the same
//    line; in a letter's address block each line is its own span; a town alone or "Town, ST" is an
//    "address" span; a military "PSC 12 Box 3456" line and its "APO AE"/"APO AP" line are address
//    spans and the five digits after them a "zip"; a US ZIP (or ZIP+4) is its own "zip" span;
//    postcodes of other countries (Eircodes, South African and Philippine four-digit codes,
//    Singapore six-digit codes, Dutch "2311 AB", Japanese 〒 codes) are inside the one-line address;
//    a town abroad written alone ("lives in Ogbomosho") is an address span like a town of the pool.
//    Hospitals, clinics and pharmacies (never named after a town of the pool), countries, states
//    alone and place names in eponyms, staging systems and criteria ("Ann Arbor stage", "Milan
//    criteria", "Banff 2019", "Lugano classification", "Seattle protocol", "Geneva score",
//    "Amsterdam II criteria", "Bethesda guidelines", "Manchester score", "Ashkenazi founder
//    variant") and a country or city-state named as a destination ("a hospital in Singapore") are
//    not PHI.
//  * URLs one span with path and query (visit links, e-consent links, result links and portal
//    message links); e-mail addresses one span each; IPv4 and IPv6 one "ip" span each.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_fifth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand (checked by script against every other
// family's and corpus_values.cpp's quoted strings when written: no name, town or street is shared).
constexpr std::string_view kGiven25[] = {
    // Ireland
    "Órlaith", "Pádraigín", "Eithne", "Labhaoise", "Gormlaith", "Sadhbh", "Tadhgán", "Flann", "Odhrán", "Fiadh",
    "Cianán", "Meadhbh", "Treasa", "Mairéad", "Colmán", "Brídín",
    // South Africa
    "Thulisile", "Mpho-Lerato", "Bonginkosi", "Hendrik-Jan", "Luthando", "Nomfundo-Grace", "Sipho-Andile", "Thembeka",
    "Lwandile", "Jacobus", "Anri", "Schalk", "Mandisa",
    // Singapore
    "Wei Ling", "Boon Keng", "Hui Min", "Jun Jie", "Siew Lan", "Nurul Huda", "Muthukumar", "Jia Hui", "Kok Leong",
    "Mei Xin", "Zhi Hao", "Pei Shan", "Wen Jie", "Li Ting", "Kai Wen", "Nurul Aisyah", "Siti Zulaikha", "Hafiz",
    "Thamarai", "Rajeswari", "Yi Xuan",
    // the Philippines
    "Ma. Lourdes", "Wilfredo-Jr", "Maricris", "Leonisa", "Cresencia", "Efren",
    // Nigeria
    "Oluwafunmilayo", "Aisha-Bello", "Tochukwu", "Chiamaka-Joy", "Oluwaseyi-Ade", "Nneoma", "Oluwatosin", "Nkiruka",
    "Temitayo",
    // the Netherlands
    "Hessel", "Tjitske", "Sietske", "Jurriaan", "Hidde", "Douwe", "Aaltje", "Pieternella", "Jorrit",
    // Chile
    "Javiera", "Benjamín", "Vicente", "Constanza", "Matías", "Antonella", "Josefa", "Trinidad", "Renato", "Bastián",
    "Cristóbal", "Isidora", "Amaro",
    // Japan (romanised)
    "Tsuyoshi", "Katsuo", "Hisae", "Tomio", "Tadashi", "Toshiro", "Mieko", "Yasuo",
    // US
    "Shirelle", "Rufus", "Juanita", "Marvella", "Tammy-Lynn", "Orval", "Ethelyn", "Ladonna", "Velma-Jean", "Jethro",
    "Twyla", "Elbert", "Pearlie", "Opal-Mae", "Dewitt", "Lavern",
    // ordinary words
    "Liberty-Ann", "Harmony-Rae", "Justice-Lee",
};

constexpr std::string_view kFamily25[] = {
    // Ireland
    "Geraghty", "Kinsella", "McGuinness-Ryan", "Ní Mhurchú", "Cusack", "Ó Murchadha", "Mac Craith", "Ní Chonaill",
    "Tierney-Daly", "Ó hUiginn", "Ní Fhlannagáin", "Cuddihy", "Ahearne", "Phelan-Moloney", "Scanlon", "Guiney",
    // South Africa
    "Botha-Ndlovu", "Pretorius", "Maseko", "Nkosi-Dube", "Khoza", "Motaung", "Rossouw", "du Toit-Mokoena",
    "Mathebula", "Coetzee-Radebe", "Nel",
    // Singapore
    "Tan", "Goh", "Teo", "Ong", "Chua", "Koh", "Tay-Lim", "Ho-Seah", "Ramasamy", "Seah", "Quek", "Toh", "Pang",
    "Loke", "Chia",
    // the Philippines
    "Sumulong", "de Guzman", "Macaraig", "Dizon-Lopez", "Magsaysay", "Malabanan", "Dumalagan", "Sarmiento-Cruz",
    "Bernabe",
    // Nigeria
    "Eze-Nwankwo", "Nwachinemere", "Ezeoke", "Okeke-Obi", "Balarabe", "Nnadozie", "Adesanya", "Bankole", "Oguntoye",
    // the Netherlands
    "Mulder-Bos", "de Vries-Jansen", "Timmermans", "van der Heijden", "de Jong-Postma", "Zijlstra", "Schoonhoven",
    "Hoogendoorn", "van Beek",
    // Chile
    "González Muñoz", "Fuentes Araya", "Rojas Contreras", "Valenzuela Soto", "Carrasco Pizarro", "Figueroa Tapia",
    "Órdenes", "Muñoz Riquelme", "Saavedra Leiva", "Cárcamo", "Henríquez Lagos", "Bustos Parra", "Vergara Silva",
    "Ulloa Fuentealba", "Cifuentes", "Navarrete",
    // Japan (romanised)
    "Takeda", "Okamoto", "Ishida", "Fujita", "Sugawara", "Kurosawa", "Takagi", "Arakawa", "Uchida", "Nakajima",
    "Tsuchiya", "Kagawa", "Hoshino", "Yokoyama",
    // US
    "Washburn", "Dunaway", "Lovett", "Whitacre", "Yarbrough", "Castellano-Riggs", "McCandless", "LeBlanc-Hebert",
    "Gentry-Hollis", "Lumpkin", "Funderburk", "Tidwell", "Scroggins", "Ledbetter", "Whisenant", "Rutledge", "Crisp",
    // ordinary words
    "Surgeon", "Bone", "Sight", "Hearing", "Kidney", "Chemist", "Marrow",
};

constexpr std::string_view kNick25[] = {
    "Dee-Dee", "Bunmi-B", "Kiko-Chan", "Lolo-Ben", "Tata-Rene", "Pookie-Bear", "Nonna-T", "Mannie", "Kwame-Boy",
    "Bebeng", "Ninang-Cora", "Oupa-Koos", "Ouma-Sannie", "Ah Gong", "Tita-Baby", "Tunde-T", "Jorrie",
};

constexpr std::string_view kTowns25[] = {
    "Pellston Springs", "Grayhawk", "Mercer Flats", "Sabine Crossing", "Oxbow Junction", "Tallowood", "Cinder Hollow",
    "Bramblecrest", "Lantana Bluff", "Quarry Glen", "Redfern Mills", "Stillwater Gap", "Tulane Prairie",
    "Wickliffe Harbor", "Yellowpine", "Zenith Ridge", "Amberly Forks", "Bitterroot Pass",
};

constexpr std::string_view kStreets25[] = {
    "Hickorynut", "Possumhaw", "Lady Slipper", "Gallberry", "Partridgeberry", "Persimmon Hollow", "Goldenrod",
    "Tamarisk", "Bittersweet", "Mulberry Row", "Anchorage", "Coneflower", "Spicebush", "Trillium", "Yarrow Point",
    "Catalpa", "Hackberry", "Silverbell", "Sumac Ridge", "Mayapple", "Wahoo",
};

constexpr std::string_view kMiddle25[] = {"A", "B", "D", "E", "J", "K", "L", "M", "R", "S", "T", "V"};
constexpr std::string_view kSuffixes25[] = {"Road", "Rd", "Lane", "Street", "St", "Avenue", "Ave.", "Drive", "Dr.",
                                            "Way", "Court", "Pike", "Trail", "Loop", "Parkway", "Terrace"};
constexpr std::string_view kUnits25[] = {"Apt 2C", "Apt. 410", "Unit 5", "#12", "Suite 300", "Trlr 14", "Rm 6"};
constexpr std::string_view kStates25[] = {"AL", "MS", "LA", "AR", "KY", "TN", "OK", "KS", "NE", "IA", "MO", "SC",
                                          "VA", "WV", "NM", "ME"};
constexpr std::string_view kCancer25[] = {
    "Halyard Cancer Institute", "St. Oliver Plunkett Oncology Centre", "Bluestem Transplant Center",
    "Northgate Comprehensive Cancer Center", "Larchmont Oncology Associates",
};
constexpr std::string_view kPharmacies25[] = {
    "Kestrelgate Community Pharmacy", "Corner Apothecary", "Rx Express Pharmacy #2291", "Bluebonnet Drug",
    "Mercy Outpatient Pharmacy",
};
// POOLS-END

constexpr std::string_view kRelations25[] = {"wife", "husband", "daughter", "son", "sister", "brother", "partner",
                                             "niece", "nephew", "mother", "father"};
constexpr std::string_view kMail25[] = {"mailbox.example.com", "postvak.example.nl", "correo.example.cl",
                                        "inbox.example.ph", "webmail.example.ie", "example.co.za"};
constexpr std::string_view kWorkMail25[] = {"halyard-cancer.example.org", "cro-monitor.example.com",
                                            "genecounsel.example.org"};
constexpr std::array<std::string_view, 12> kMonths25 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon25 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMaanden25 = {"januari", "februari", "maart", "april", "mei", "juni",
                                                         "juli", "augustus", "september", "oktober", "november",
                                                         "december"};
constexpr std::array<std::string_view, 12> kMeses25 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                       "diciembre"};
constexpr std::string_view kWeekdays25[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
constexpr std::string_view kJobs25[] = {"forklift operator", "lab technician", "welder", "baggage handler",
                                        "line cook", "nurse aide", "machinist", "painter", "warehouse picker",
                                        "bus mechanic", "miner", "radiographer"};

struct Person25 {
  std::string first, initial, last, nick;
};

struct Cast25 {
  Person25 pt, kin, elder, sib;
  std::array<Person25, 8> staff;
  bool female = false;
  int by = 1960, bm = 1, bd = 1;  // the patient's date of birth
  int age = 64;                   // the patient's age
  int elderAge = 93;              // a grandparent's or great-aunt's age in a pedigree
  std::string streetNumber, street, unit, city, state, zip;
  std::string subj, unos, site, kinRel;
};

enum class Case25 { asIs, lower, upper };

struct Ctx25 {
  NoteBuilder& b;
  const Cast25& c;
  Case25 mode = Case25::asIs;
  std::string lastDate;  // the last date written, for {again}
  int clock = -1;        // minutes since midnight for {tick}
};

// Case mapping of ASCII and of the Latin-1 letters (two bytes led by 0xC3) the pools use; other
// letters are left as they are, whole.
std::string recase25(std::string s, bool toUpper) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      s[i] = static_cast<char>(toUpper ? std::toupper(u) : std::tolower(u));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (toUpper && v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      if (!toUpper && v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return s;
}
std::string up25(std::string s) { return recase25(std::move(s), true); }
std::string low25(std::string s) { return recase25(std::move(s), false); }

std::string cased(const Ctx25& x, std::string s) {
  if (x.mode == Case25::lower) return low25(std::move(s));
  if (x.mode == Case25::upper) return up25(std::move(s));
  return s;
}
void put(Ctx25& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx25& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// ASCII letters of a name, lower case, for e-mail addresses and user names: accented Latin-1
// letters become their base letter, everything else is dropped.
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
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return out.size() < 2 ? out + "q" : out;
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

Person25 makePerson25(Random& r) {
  Person25 p;
  p.first = pickS(r, kGiven25);
  p.initial = pickS(r, kMiddle25);
  p.last = pickS(r, kFamily25);
  p.nick = pickS(r, kNick25);
  return p;
}

Cast25 makeCast25(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x2525ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x25251ULL));
  r.next();
  Cast25 c;
  c.pt = makePerson25(r);
  c.kin = makePerson25(r);
  if (r.chance(0.6)) c.kin.last = c.pt.last;
  c.elder = makePerson25(r);
  if (r.chance(0.5)) c.elder.last = c.pt.last;
  c.sib = makePerson25(r);
  if (r.chance(0.7)) c.sib.last = c.pt.last;
  for (Person25& s : c.staff) s = makePerson25(r);
  c.female = r.chance(0.5);
  c.age = r.chance(0.3) ? r.between(90, 103) : r.between(24, 88);
  c.by = 2025 - c.age;
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  c.elderAge = r.chance(0.9) ? r.between(90, 102) : r.between(83, 89);
  c.streetNumber = std::to_string(r.between(2, 28900));
  c.street = pickS(r, kStreets25) + " " + pickS(r, kSuffixes25);
  if (r.chance(0.3)) c.unit = pickS(r, kUnits25);
  c.city = pickS(r, kTowns25);
  c.state = pickS(r, kStates25);
  c.zip = std::to_string(r.between(10, 99)) + r.digits(3);
  if (r.chance(0.35)) c.zip += "-" + r.digits(4);
  c.site = std::to_string(r.between(101, 148));
  c.subj = r.chance(0.6) ? c.site + "-" + r.digits(4) : "S" + c.site + r.digits(3);
  c.unos = r.letters(3, true) + r.digits(4);
  c.kinRel = pickS(r, kRelations25);
  return c;
}

const Person25& who(const Cast25& c, std::string_view key) {
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

void writeName(Ctx25& x, const Person25& p, std::string form) {
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
  else if (form == "LF") v = up25(p.last + ", " + p.first);
  else if (form == "LFN") v = up25(p.last) + "," + up25(p.first);  // pharmacy label, no space
  else if (form == "UP") v = up25(p.first + " " + p.last);
  else if (form == "ff") v = p.last + " " + p.first;          // family name first, no comma
  else if (form == "FF") v = up25(p.last) + " " + p.first;    // Japanese romanised style
  else if (form == "FIRST") v = up25(p.first);
  else if (form == "LAST") v = up25(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = low25(p.first + " " + p.last);
  else if (form == "lowfirst") v = low25(p.first);
  else if (form == "lowlast") v = low25(p.last);
  else if (form == "HL7") v = up25(p.last + "^" + p.first);
  else if (form == "dicom") v = up25(p.last) + "^" + up25(p.first) + "^" + p.initial;
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

void writeDate(Ctx25& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "abbr", "dmon",
                                                   "dmy", "dmyslash", "mil", "mdy0", "long"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths25[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon25[static_cast<std::size_t>(m - 1)]);
  const std::string ys = std::to_string(y);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + ys;
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + ys;
  else if (style == "mdyy") v = pad2(m) + "/" + pad2(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = ys + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + ys;
  else if (style == "abbr") v = mon + " " + std::to_string(d) + ", " + ys;
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "dm") v = std::to_string(d) + "/" + std::to_string(m);
  else if (style == "dmon") v = pad2(d) + "-" + up25(mon) + "-" + ys;
  else if (style == "mil") v = pad2(d) + up25(mon) + ys;
  else if (style == "monY") v = mon + "-" + pad2(d) + "-" + ys;
  else if (style == "compact") v = ys + pad2(m) + pad2(d);
  else if (style == "dmy") v = std::to_string(d) + " " + mon + " " + ys;
  else if (style == "dmylong") v = std::to_string(d) + ordSuffix(d) + " " + month + " " + ys;
  else if (style == "dotted") v = pad2(d) + "." + pad2(m) + "." + ys;
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + ys;
  else if (style == "dmydash") v = pad2(d) + "-" + pad2(m) + "-" + ys;
  else if (style == "ymd") v = ys + "/" + pad2(m) + "/" + pad2(d);
  else if (style == "era") v = "R" + std::to_string(y - 2018) + "." + std::to_string(m) + "." + std::to_string(d);
  else if (style == "nl") v = std::to_string(d) + " " + std::string(kMaanden25[static_cast<std::size_t>(m - 1)]) + " " + ys;
  else if (style == "es") v = std::to_string(d) + " de " + std::string(kMeses25[static_cast<std::size_t>(m - 1)]) + " de " + ys;
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

// An age: a span only over 89; the words around the number are outside. `age` is the patient's or
// an elderly relative's.
void writeAge(Ctx25& x, int age, std::string_view form) {
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "slash") after = " y/o";
  else if (form == "years") after = " years old";
  else if (form == "yrs") after = " yrs";
  else if (form == "aged") before = "aged ";
  else if (form == "age") before = "age ";
  else if (form == "words") value = words(age);
  else if (form == "wordsyo") { value = words(age); after = "-year-old"; }
  else if (form == "anos") after = " años";
  else if (form == "sai") after = "-sai";
  else if (form == "jaar") after = " jaar";
  else if (form == "num") {
  } else throw std::logic_error("unknown age form " + std::string(form));
  say(x, before);
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

// Phones of the family's countries in national and international forms (7 to 12 digits).
std::string abroad(Random& r, std::string_view country) {
  const bool intl = r.chance(0.5);
  if (country == "ie") {
    return intl ? "+353 8" + std::to_string(r.between(3, 9)) + " " + r.digits(3) + " " + r.digits(4)
                : (r.chance(0.5) ? "(01) " + r.digits(3) + " " + r.digits(4) : "08" + std::to_string(r.between(3, 9)) + " " + r.digits(3) + " " + r.digits(4));
  } else if (country == "za") {
    return intl ? "+27 8" + std::to_string(r.between(1, 4)) + " " + r.digits(3) + " " + r.digits(4)
                : "0" + std::to_string(r.between(11, 51)) + " " + r.digits(3) + " " + r.digits(4);
  } else if (country == "sg") {
    return intl ? "+65 " + std::to_string(r.between(8, 9)) + r.digits(3) + " " + r.digits(4)
                : "6" + r.digits(3) + " " + r.digits(4);
  } else if (country == "ph") {
    return intl ? "+63 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4)
                : (r.chance(0.5) ? "09" + r.digits(2) + "-" + r.digits(3) + "-" + r.digits(4) : "(02) 8" + r.digits(3) + " " + r.digits(4));
  } else if (country == "ng") {
    return intl ? "+234 1 " + r.digits(3) + " " + r.digits(4)
                : "080" + std::to_string(r.between(2, 9)) + " " + r.digits(3) + " " + r.digits(4);
  } else if (country == "nl") {
    return intl ? "+31 6 " + r.digits(4) + " " + r.digits(4) : "0" + std::to_string(r.between(10, 79)) + "-" + r.digits(3) + " " + r.digits(4);
  } else if (country == "cl") {
    return intl ? "+56 9 " + r.digits(4) + " " + r.digits(4) : "(2) 2" + r.digits(3) + " " + r.digits(4);
  } else if (country == "jp") {
    return intl ? "+81 90-" + r.digits(4) + "-" + r.digits(4) : "0" + std::to_string(r.between(3, 6)) + "-" + r.digits(4) + "-" + r.digits(4);
  }
  throw std::logic_error("unknown country " + std::string(country));
}

// Addresses abroad written on one line, postcode inside.
std::string foreignAddress(Random& r, std::string_view country) {
  const std::string n = std::to_string(r.between(1, 240));
  const std::string st = pickS(r, kStreets25);
  if (country == "ie") {
    static constexpr std::string_view kPlaces[] = {"Ballincollig, Co. Cork, P31", "Salthill, Galway, H91",
                                                   "Drumcondra, Dublin 9, D09", "Ennis, Co. Clare, V95",
                                                   "Tramore, Co. Waterford, X91"};
    static constexpr std::string_view kKinds[] = {"Park", "Grove", "Road", "Avenue", "Heights"};
    return n + " " + st + " " + pickS(r, kKinds) + ", " + pickS(r, kPlaces) + " " + r.letters(1, true) + r.digits(1) +
           r.letters(1, true) + r.digits(1);
  } else if (country == "za") {
    static constexpr std::string_view kPlaces[] = {"Lynnwood Ridge, Pretoria", "Rondebosch, Cape Town",
                                                   "Morningside, Durban", "Soshanguve, Pretoria", "Westdene, Bloemfontein"};
    return n + " " + st + " Street, " + pickS(r, kPlaces) + ", " + std::to_string(r.between(1, 9)) + r.digits(3);
  } else if (country == "sg") {
    static constexpr std::string_view kStreets[] = {"Tampines Street", "Jurong West Avenue", "Ang Mo Kio Avenue",
                                                    "Bedok North Road", "Woodlands Drive"};
    return "Blk " + std::to_string(r.between(101, 899)) + " " + pickS(r, kStreets) + " " + std::to_string(r.between(1, 92)) +
           " #" + pad2(r.between(2, 25)) + "-" + std::to_string(r.between(100, 999)) + ", Singapore " +
           std::to_string(r.between(1, 8)) + r.digits(5);
  } else if (country == "ph") {
    static constexpr std::string_view kPlaces[] = {"Brgy. San Roque, Antipolo City", "Brgy. Poblacion, Tagum City",
                                                   "Brgy. Lahug, Cebu City", "Brgy. Malanday, Marikina City"};
    static constexpr std::string_view kProvinces[] = {"Rizal", "Davao del Norte", "Cebu", "Metro Manila"};
    return "Lot " + n + " Blk " + std::to_string(r.between(1, 30)) + ", " + st + " St., " + pickS(r, kPlaces) + ", " +
           std::to_string(r.between(1, 9)) + r.digits(3) + " " + pickS(r, kProvinces);
  } else if (country == "ng") {
    switch (r.between(0, 2)) {
      case 0: return "Plot " + n + ", " + st + " Crescent, Wuse II, Abuja";
      case 1: return "No. " + n + " " + st + " Street, off Allen Avenue, Ikeja, Lagos";
      default: return n + " " + st + " Close, GRA Phase 2, Port Harcourt, Rivers State";
    }
  } else if (country == "nl") {
    static constexpr std::string_view kPlaces[] = {"Leiden", "Zwolle", "Leeuwarden", "Amersfoort", "Delft"};
    static constexpr std::string_view kKinds[] = {"straat ", "laan ", "weg ", "plein "};
    return st + pickS(r, kKinds) + n + ", " + std::to_string(r.between(1, 9)) + r.digits(3) + " " + r.letters(2, true) + " " +
           pickS(r, kPlaces);
  } else if (country == "cl") {
    static constexpr std::string_view kPlaces[] = {"Providencia, Santiago", "Ñuñoa, Santiago", "Viña del Mar",
                                                   "Temuco", "Antofagasta"};
    return "Av. Los " + st + " " + std::to_string(r.between(100, 9999)) + (r.chance(0.5) ? ", depto. " + r.digits(3) : "") +
           ", " + pickS(r, kPlaces);
  } else if (country == "jp") {
    static constexpr std::string_view kPlaces[] = {"Tokyo-to Setagaya-ku Kitazawa", "Osaka-fu Suita-shi Senriyama",
                                                   "Fukuoka-ken Fukuoka-shi Chuo-ku Ropponmatsu", "Hokkaido Sapporo-shi Kita-ku"};
    return "〒" + r.digits(3) + "-" + r.digits(4) + " " + pickS(r, kPlaces) + " " + std::to_string(r.between(1, 5)) + "-" +
           std::to_string(r.between(1, 30)) + "-" + std::to_string(r.between(1, 20));
  }
  throw std::logic_error("unknown country " + std::string(country));
}

// National identity numbers written on a person's card: "license" in this family.
std::string nationalId(Random& r, std::string_view country, const Cast25& c) {
  if (country == "ie") return r.digits(7) + r.letters(1, true) + (r.chance(0.5) ? "A" : "");  // PPSN
  if (country == "za") return pad2(c.by % 100) + pad2(c.bm) + pad2(c.bd) + r.digits(4) + "08" + r.digits(1);  // SA ID
  if (country == "sg") return std::string(r.chance(0.7) ? "S" : "T") + r.digits(7) + r.letters(1, true);  // NRIC
  if (country == "ph") return r.digits(4) + "-" + r.digits(4) + "-" + r.digits(4) + "-" + r.digits(4);  // PhilSys
  if (country == "ng") return r.digits(11);  // NIN
  if (country == "cl") {  // RUT
    const int millions = r.between(5, 24);
    return std::to_string(millions) + "." + r.digits(3) + "." + r.digits(3) + "-" + (r.chance(0.1) ? "K" : r.digits(1));
  }
  if (country == "jp") return r.digits(4) + " " + r.digits(4) + " " + r.digits(4);  // My Number
  return r.letters(1) + r.digits(8);  // passport
}

std::string healthPlan(Random& r, std::string_view country) {
  if (country == "ie") return r.digits(7) + r.letters(1, true);                        // medical card
  if (country == "za") return r.digits(9);                                              // medical aid
  if (country == "ph") return pad2(r.between(1, 19)) + "-" + r.digits(9) + "-" + r.digits(1);  // PhilHealth
  if (country == "ng") return "NHIA/" + r.letters(2, true) + "/" + r.digits(6);       // NHIA
  if (country == "nl") return r.digits(9);                                              // polisnummer
  if (country == "cl") return "ISA-" + r.digits(7);                                      // ISAPRE contract
  if (country == "jp") return r.digits(2) + "-" + r.digits(6);                          // insurance card
  return r.letters(3, true) + r.digits(9);                                               // US member
}

// `work`: the staff member's organisation's mail domain, or nothing for a private address.
std::string email(Random& r, const Person25& p, std::string_view work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(10, 99)); break;
    case 2: local = l + "_" + f.substr(0, 1); break;
    case 3: local = fold(p.nick) + "." + l; break;
    default: local = f + std::to_string(r.between(1940, 2001)); break;
  }
  if (work.empty()) return local + "@" + pickS(r, kMail25);
  return (r.chance(0.5) ? f + "." + l : f.substr(0, 1) + l) + "@" + std::string(work);
}

std::string sentence25(Random& r, std::string_view topic = {});
std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 6)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return "(" + a + ")" + e + "-" + l;
    case 4: return "+1 " + a + " " + e + " " + l;
    case 5: return "1 (" + a + ") " + e + "-" + l;
    default: return a + " " + e + " " + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
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
  switch (r.between(0, 5)) {
    case 0: return r.letters(1) + r.digits(8);                                          // AL-like
    case 1: return r.digits(9);                                                         // KY, TN
    case 2: return r.letters(1) + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3);  // MO
    case 3: return r.digits(3) + "-" + r.digits(2) + "-" + r.digits(4);                 // an old SSN-shaped one
    case 4: return "K" + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(4);           // KS
    default: return r.digits(2) + r.letters(3, true) + r.digits(5);                     // ME-like
  }
}

std::string usPlate(Random& r) {
  switch (r.between(0, 5)) {
    case 0: return r.digits(1) + r.letters(3) + r.digits(3);
    case 1: return r.letters(3) + "-" + r.digits(4);
    case 2: return r.letters(3) + " " + r.digits(3);
    case 3: return "DV " + r.digits(4);  // disabled-veteran plate
    case 4: return r.digits(3) + " " + r.letters(3);
    default: return r.letters(2) + r.digits(1) + "-" + r.digits(4);
  }
}

std::string vin(Random& r) {
  return r.digits(1) + r.letters(2, true) + r.digits(1) + r.letters(1, true) + r.digits(2) + r.letters(2, true) +
         r.digits(1) + r.letters(1, true) + r.digits(6);
}

void writeStreet(Ctx25& x, bool withCity) {
  const Cast25& c = x.c;
  std::string v = c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

void expand(Ctx25& x, std::string_view pattern);

void placeholder(Ctx25& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast25& c = x.c;
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
  } else if (head == "dhr") {
    say(x, c.female ? "Mevr." : "Dhr.");
  } else if (head == "title") {
    say(x, c.female ? "Ms." : "Mr.");
  } else if (head == "rel") {
    say(x, c.kinRel);
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays25));
  } else if (head == "job") {
    say(x, pickS(r, kJobs25));
  } else if (head == "cancer") {
    say(x, pickS(r, kCancer25));
  } else if (head == "pharmacy") {
    say(x, pickS(r, kPharmacies25));
  } else if (head == "siteno") {  // a trial site number: not PHI
    say(x, c.site);
  } else if (head == "dob") {
    writeDate(x, c.by, c.bm, c.bd, f);
  } else if (head == "odob") {  // another adult's date of birth
    writeDate(x, r.between(1950, 2000), r.between(1, 12), r.between(1, 28), f.empty() ? "mdy0" : f);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "past") {
    writeDate(x, r.between(2019, 2022), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "cycledays") {  // days 1, 8 and 15 of a chemotherapy cycle, month/day
    const int m = r.between(1, 12), d = r.between(1, 14);
    say(x, "Day 1 ");
    writeDate(x, 2025, m, d, "md");
    say(x, "   Day 8 ");
    writeDate(x, 2025, m, d + 7, "md");
    say(x, "   Day 15 ");
    writeDate(x, 2025, m, d + 14, "md");
  } else if (head == "later") {
    writeDate(x, r.between(2025, 2027), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "age") {
    writeAge(x, c.age, form.empty() ? "num" : form);
  } else if (head == "eage") {
    writeAge(x, c.elderAge, form.empty() ? "num" : form);
  } else if (head == "young") {  // a relative's age, 89 or less: not PHI
    say(x, std::to_string(r.between(19, 78)));
  } else if (head == "hhmm") {
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "tick") {
    if (x.clock < 0) x.clock = r.between(7 * 60, 18 * 60);
    else x.clock += r.between(1, 40);
    say(x, pad2((x.clock / 60) % 24) + ":" + pad2(x.clock % 60));
  } else if (head == "lot") {  // a drug, implant or vaccine lot: not PHI
    say(x, r.letters(2) + r.digits(5));
  } else if (head == "num") {  // order, Rx, kit, form and protocol-like numbers: not PHI
    say(x, std::to_string(r.between(1, 9)) + r.digits(form.empty() ? 5 : std::stoi(f) - 1));
  } else if (head == "nct") {
    say(x, "NCT0" + std::to_string(r.between(3, 6)) + r.digits(6));
  } else if (head == "npi") {
    say(x, "1" + r.digits(9));
  } else if (head == "dea") {
    say(x, r.letters(2, true) + r.digits(7));
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
    if (whom == "s1" || whom == "s2") work = std::string(kWorkMail25[0]);
    else if (whom == "s3") work = std::string(kWorkMail25[1]);
    else if (whom == "s4") work = std::string(kWorkMail25[2]);
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
    put(x, "mrn", r.digits(8));
  } else if (head == "fmrn") {  // a hospital number abroad
    put(x, "mrn", r.chance(0.5) ? r.letters(1, true) + r.digits(7) : r.digits(6) + "-" + r.digits(1));
  } else if (head == "subj") {
    put(x, "mrn", c.subj);
  } else if (head == "scr") {  // a screening number, assigned before enrolment
    put(x, "mrn", "SCR-" + c.site + "-" + r.digits(3));
  } else if (head == "unos") {
    put(x, "mrn", c.unos);
  } else if (head == "donor") {
    put(x, "mrn", r.letters(3, true) + r.digits(3) + "-" + r.digits(2));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "claim") {
    put(x, "account", r.chance(0.5) ? r.digits(8) : "C" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3));
  } else if (head == "emp") {  // the worker-patient's employee number
    put(x, "account", "E" + r.digits(6));
  } else if (head == "coida") {
    put(x, "account", r.digits(4) + "/" + r.digits(6) + "/" + pad2(r.between(1, 12)));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "hp") {
    put(x, "health_plan", healthPlan(r, form));
  } else if (head == "group") {
    put(x, "health_plan", r.digits(6) + (r.chance(0.5) ? "-" + r.digits(3) : ""));
  } else if (head == "mbi") {  // Medicare Beneficiary Identifier
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) +
                              r.digits(1) + "-" + r.letters(2, true) + r.digits(2));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : licence(r));
  } else if (head == "natid") {
    put(x, "license", nationalId(r, form, c));
  } else if (head == "dodid") {  // a DoD ID (EDIPI) on the common access card
    put(x, "license", "1" + r.digits(9));
  } else if (head == "passport") {
    put(x, "license", r.chance(0.5) ? r.letters(1) + r.digits(8) : r.letters(2) + r.digits(7));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {  // hearing aids, implants, home machines, meters, pumps
    switch (r.between(0, 4)) {
      case 0: put(x, "device", r.digits(10)); break;
      case 1: put(x, "device", r.letters(2) + r.digits(7)); break;
      case 2: put(x, "device", r.digits(4) + r.letters(1) + r.digits(4)); break;
      case 3: put(x, "device", r.letters(3) + "-" + r.digits(5) + "-" + r.letters(2)); break;
      default: put(x, "device", "SN" + r.digits(9)); break;
    }
  } else if (head == "vin") {
    put(x, "vehicle", r.chance(0.5) ? p.vin : vin(r));
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.4) ? p.plate : usPlate(r));
  } else if (head == "fplate") {
    if (form == "sg") put(x, "vehicle", "S" + r.letters(2, true) + std::to_string(r.between(1, 9999)) + r.letters(1, true));
    else if (form == "ie") put(x, "vehicle", std::to_string(r.between(151, 242)) + "-" + (r.chance(0.5) ? "C" : "D") + "-" + r.digits(4));
    else if (form == "nl") put(x, "vehicle", r.letters(1, true) + "-" + r.digits(3) + "-" + r.letters(2, true));
    else put(x, "vehicle", r.letters(2, true) + " " + r.digits(3) + " " + r.letters(2, true));
  } else if (head == "url") {
    if (form == "tele") {
      put(x, "url", "https://visit.halyard-cancer.example.org/join/" + r.digits(9) + "?pwd=" + r.letters(6));
    } else if (form == "trial") {
      put(x, "url", "https://econsent.cro-monitor.example.com/site/" + c.site + "/subject/" + c.subj);
    } else if (form == "gene") {
      put(x, "url", "https://results.genecounsel.example.org/report/" + fold(c.pt.last) + "-" + r.digits(6));
    } else {
      put(x, "url", "myportal.example.org/messages/" + r.digits(7));
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    put(x, "ip", r.chance(0.5) ? "2001:db8:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r)
                               : "fd00:" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" +
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
    put(x, "address", c.streetNumber + " " + c.street);
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
  } else if (head == "street2") {  // another street line (an employer, a donor, a pharmacy)
    put(x, "address", std::to_string(r.between(10, 9999)) + " " + pickS(r, kStreets25) + " " + pickS(r, kSuffixes25));
  } else if (head == "cityst2") {
    put(x, "address", pickS(r, kTowns25) + ", " + pickS(r, kStates25));
  } else if (head == "ngtown") {  // a town abroad written alone
    static constexpr std::string_view kNgTowns[] = {"Ogbomosho", "Nsukka", "Ikot Ekpene", "Iseyin", "Okigwe"};
    put(x, "address", pickS(r, kNgTowns));
  } else if (head == "city2") {
    put(x, "address", pickS(r, kTowns25));
  } else if (head == "zip2") {
    put(x, "zip", std::to_string(r.between(10, 99)) + r.digits(3) + (r.chance(0.4) ? "-" + r.digits(4) : ""));
  } else if (head == "apo") {  // a military mailing address: unit and box, then "APO AE" or "APO AP"
    put(x, "address", "PSC " + std::to_string(r.between(2, 99)) + " Box " + r.digits(4));
    say(x, "\n");
    const bool pacific = r.chance(0.5);
    put(x, "address", pacific ? "APO AP" : "APO AE");
    say(x, " ");
    put(x, "zip", (pacific ? "963" : "090") + r.digits(2));
  } else if (head == "foreign") {
    put(x, "address", foreignAddress(r, form));
  } else if (head == "s") {
    say(x, sentence25(r, form));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx25& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of oncologists, trial coordinators, genetic
// counsellors, transplant and dialysis nurses, optometrists, audiologists, dentists, pharmacists,
// occupational physicians and VA clinicians: doses, lab values, scores and stages, trial
// registration, protocol, version and lot numbers, gene and variant names, HLA types, Snellen
// fractions that look like dates, tooth numbers, "ninety-day" supplies, eponyms (Gleason, Breslow,
// Clark, Kaplan-Meier, Lynch, Li-Fraumeni, Whipple, Hodgkin, Amsler, Rinne, Weber) and place names
// only inside eponyms, staging systems and criteria (Ann Arbor, Milan, Banff, Lugano, Seattle).
std::string sentence25(Random& r, std::string_view topic) {
  // The cases of each topic; no topic draws from them all.
  static constexpr int kOnc[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 52, 53, 55, 56, 57, 60, 61, 69};
  static constexpr int kTrial[] = {10, 11, 12, 13, 14, 6, 7, 63, 64, 65};
  static constexpr int kGene[] = {15, 16, 17, 18, 19, 20, 58, 59, 62};
  static constexpr int kTx[] = {21, 22, 23, 24, 25, 26, 27, 68};
  static constexpr int kEye[] = {28, 29, 30, 67};
  static constexpr int kEar[] = {31, 32, 33, 43};
  static constexpr int kDental[] = {34, 35, 36, 37};
  static constexpr int kPharm[] = {37, 38, 39, 40, 41, 42};
  static constexpr int kOcc[] = {43, 44, 45, 46, 66};
  static constexpr int kVet[] = {47, 48, 49, 31};
  static constexpr int kTele[] = {50, 51, 22, 3};
  std::span<const int> cases;
  if (topic == "onc") cases = kOnc;
  else if (topic == "trial") cases = kTrial;
  else if (topic == "gene") cases = kGene;
  else if (topic == "tx") cases = kTx;
  else if (topic == "eye") cases = kEye;
  else if (topic == "ear") cases = kEar;
  else if (topic == "dental") cases = kDental;
  else if (topic == "pharm") cases = kPharm;
  else if (topic == "occ") cases = kOcc;
  else if (topic == "vet") cases = kVet;
  else if (topic == "tele") cases = kTele;
  else if (!topic.empty()) throw std::logic_error("unknown sentence topic " + std::string(topic));
  const int pick = cases.empty() ? r.between(0, 69) : cases[r.next() % cases.size()];
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 980));
  const std::string hh = pad2(r.between(7, 19)) + ":" + pad2(r.between(0, 59));
  switch (pick) {
    case 0: return "Gleason score 4+3=7 (Grade Group 3) in " + n1 + " of 12 cores; PSA " + n1 + "." + n1 + " ng/mL.";
    case 1: return "Breslow thickness 1." + n1 + " mm, Clark level IV, no ulceration; sentinel node biopsy advised.";
    case 2: return "Carboplatin AUC 5 and paclitaxel 175 mg/m2 every 21 days for 6 cycles; cycle 3 day 1 today.";
    case 3: return "Ondansetron 8 mg PO 30 minutes before chemotherapy, then every 8 hours for 2 days.";
    case 4: return "ECOG performance status 1; Karnofsky " + std::to_string(r.between(6, 9)) + "0%.";
    case 5: return "Stage IIIA (pT2 pN1a M0) by AJCC 8th edition; ER 95%, PR 40%, HER2 1+ by IHC.";
    case 6: return "Restaging CT: partial response by RECIST 1.1, sum of diameters down " + n2 + "%.";
    case 7: return "Median progression-free survival " + n2 + ".4 months on the Kaplan-Meier curve (HR 0.6" + n1 + ").";
    case 8: return "Ann Arbor stage IIB Hodgkin lymphoma; ABVD x " + n1 + ", PET-negative after cycle 2 by the Lugano classification.";
    case 9: return "Radiotherapy 60 Gy in 30 fractions with VMAT; cord Dmax 4" + n1 + " Gy, lung V20 " + n2 + "%.";
    case 10: return "Registered at ClinicalTrials.gov as " + std::string("NCT0") + std::to_string(r.between(3, 6)) + r.digits(6) + "; EudraCT 2022-00" + r.digits(4) + "-" + r.digits(2) + ".";
    case 11: return "Protocol version 4.0 dated in the sponsor's file; ICF v3.1 approved by the IRB under amendment " + n1 + ".";
    case 12: return "Study drug kit " + r.digits(5) + " dispensed from the IWRS; lot " + r.letters(2) + r.digits(5) + ", expiry on the carton.";
    case 13: return "Adverse event graded by CTCAE v5.0: grade 2 peripheral neuropathy, possibly related.";
    case 14: return "Inclusion criterion 7 (eGFR above 45 mL/min/1.73 m2) met; exclusion criterion 12 not applicable.";
    case 15: return "Pathogenic variant BRCA1 c.68_69delAG (p.Glu23fs), the Ashkenazi founder variant, confirmed by Sanger.";
    case 16: return "BRCA2 c.5946delT (p.Ser1982fs) heterozygous; classified pathogenic under ACMG criteria PVS1 and PM2.";
    case 17: return "MLH1 promoter hypermethylation present, so Lynch syndrome is unlikely; MSH2 and MSH6 retained on IHC.";
    case 18: return "TP53 c.743G>A (p.Arg248Gln) meets the Chompret criteria for Li-Fraumeni syndrome testing.";
    case 19: return "Variant of uncertain significance in ATM c.7271T>G; no change to screening is recommended for it.";
    case 20: return "CHEK2 c.1100delC carriers: annual MRI from 40, per NCCN guidelines version 2.202" + n1 + ".";
    case 21: return "HLA typing A*02:01, B*44:02, DRB1*15:01; cPRA " + n2 + "%, crossmatch negative by flow.";
    case 22: return "Tacrolimus trough " + n1 + "." + n1 + " ng/mL (target 8-10); mycophenolate 720 mg twice daily.";
    case 23: return "Day +" + n3.substr(0, 2) + " after transplant; creatinine 1." + n1 + " mg/dL, Banff 2019 borderline changes on biopsy.";
    case 24: return "Within the Milan criteria (one lesion under 5 cm) on the last MRI; MELD-Na 2" + n1 + ".";
    case 25: return "Kt/V 1." + n1 + " and URR " + std::to_string(r.between(65, 78)) + "% on the monthly labs; dry weight 7" + n1 + ".5 kg.";
    case 26: return "Blood flow 400 mL/min, dialysate flow 500 mL/min, 4 hours, 2K/2.5Ca bath, heparin 1000 units bolus.";
    case 27: return "AV fistula left forearm with a good thrill and bruit; cannulated with 15G needles, buttonhole technique.";
    case 28: return "Visual acuity 6/9 right and 6/12 left, pinhole 6/6; IOP 1" + n1 + " mmHg by Goldmann.";
    case 29: return "Snellen 20/40 OD and 20/25 OS; Amsler grid normal; Ishihara 15/17 plates.";
    case 30: return "IOL model SN60WF +21.5 D placed in the bag; A-constant 119.0, SRK/T formula.";
    case 31: return "Pure-tone average 4" + n1 + " dB HL right; 4 kHz notch consistent with noise exposure.";
    case 32: return "Rinne positive both sides, Weber central; tympanograms type A.";
    case 33: return "Hearing aids: receiver-in-canal, 312 batteries, programmed to NAL-NL2 targets.";
    case 34: return "Tooth #14 and #30 restored; extraction of #17 and #32 under local (lidocaine 2% with 1:100,000 epinephrine, 3 carpules).";
    case 35: return "Implant 4.1 x 10 mm at site 36 (FDI), insertion torque 35 Ncm; healing abutment placed.";
    case 36: return "Periodontal charting: probing depths 4-6 mm in the lower molars, bleeding on probing " + n2 + "%.";
    case 37: return "Amoxicillin 500 mg three times daily for 7 days, 21 capsules, no refills.";
    case 38: return "Dispense a ninety-day supply (90 tablets), 3 refills; generic substitution permitted.";
    case 39: return "Refill too soon: last filled " + n2 + " days ago for a 30-day supply; plan limit 34 days.";
    case 40: return "NDC 0093-" + r.digits(4) + "-01; BIN 610014, PCN and group on the card (payer routing, not the patient).";
    case 41: return "Prior authorization criteria: failed metformin and one SGLT2 inhibitor for at least 90 days.";
    case 42: return "Shingrix dose 2, 0.5 mL IM, lot " + r.letters(2) + r.digits(3) + r.letters(1) + "; VIS edition date recorded per CDC.";
    case 43: return "Audiogram baseline for the OSHA hearing conservation program; standard threshold shift not present.";
    case 44: return "Respirator fit test passed: 3M 1860 N95, fit factor " + n3 + " by PortaCount.";
    case 45: return "Exposure to silica below the PEL of 50 ug/m3 (8-hour TWA); spirometry FEV1/FVC 0.7" + n1 + ".";
    case 46: return "Hep B surface antibody " + n3 + " mIU/mL, immune; TB IGRA negative.";
    case 47: return "Service-connected rating " + std::to_string(r.between(1, 9)) + "0% for tinnitus and PTSD; PACT team follow-up.";
    case 48: return "PCL-5 score " + n2 + "; PHQ-9 " + n1 + "; no safety concerns; Veterans Crisis Line number given.";
    case 49: return "Agent Orange exposure presumptive under the PACT Act; burn pit registry enrollment discussed.";
    case 50: return "Telehealth: video connected at " + hh + ", audio dropped twice, completed by phone.";
    case 51: return "Portal message triaged to the nurse pool within 1 business day per the clinic standard.";
    case 52: return "Whipple procedure (pancreaticoduodenectomy) with a Blumgart anastomosis; no POPF.";
    case 53: return "Seattle protocol biopsies every 1 cm of the Barrett's segment, Prague C2M4.";
    case 54: return "Ewing sarcoma and Wilms tumour are discussed at the paediatric board, not this one.";
    case 55: return "Geneva score low; Wells score 1.5; D-dimer " + n3 + " ng/mL FEU.";
    case 56: return "Burkitt-like morphology excluded; Ki-67 " + n2 + "%, MYC rearrangement not detected by FISH.";
    case 57: return "Fluorouracil 400 mg/m2 bolus then 2400 mg/m2 over 46 hours (FOLFOX, 12 cycles planned).";
    case 58: return "Family meets the Amsterdam II criteria; revised Bethesda guidelines also met.";
    case 59: return "Tyrer-Cuzick (IBIS v8) lifetime risk " + n2 + "%; Gail model 5-year risk 1." + n1 + "%; Manchester score 1" + n1 + ".";
    case 60: return "Reed-Sternberg cells present; Bence Jones protein negative; no Auer rods.";
    case 61: return "Creatinine clearance " + n2 + " mL/min by Cockcroft-Gault; carboplatin dose by the Calvert formula.";
    case 62: return "Peutz-Jeghers, Cowden and von Hippel-Lindau syndromes were considered and are not supported by the history.";
    case 63: return "Registered as ISRCTN" + r.digits(8) + " and EU CT 2023-50" + r.digits(4) + "-" + r.digits(2) + "-00; IND " + r.digits(3) + "," + r.digits(3) + ".";
    case 64: return "Protocol amendment 5 dated 12 January 2024 was approved by the central IRB (a date of a document, not of a participant).";
    case 65: return "Monitor, coordinator, sub-investigator and pharmacist roles are listed on the delegation log, version 7.";
    case 66: return "Tinel sign at the wrist negative; Phalen test positive at 40 seconds.";
    case 67: return "Schirmer test 4 mm at 5 minutes; tear break-up time 6 seconds; Jones test not done.";
    case 68: return "Dialyser FX80, lot " + r.digits(4) + "-" + r.digits(4) + ", reprocessing not used; machine disinfected per the Fresenius protocol.";
    default: return "Lot 2024-0612 of the companion diagnostic kit (Ventana PD-L1 SP263) used; TPS " + n2 + "%.";
  }
}

struct Template25 {
  std::string_view name;
  Case25 mode;
  std::string_view pattern;
};

constexpr Case25 kN = Case25::asIs;
constexpr Case25 kL = Case25::lower;
constexpr Case25 kU = Case25::upper;

constexpr Template25 kTemplates25[] = {
    // --- oncology ---
    {"tumour_board_list", kN,
     "MULTIDISCIPLINARY TUMOUR BOARD - {cancer}\nMeeting {wd} {date.long}, 07:30, Room 4B\n"
     "# | Patient | MRN | Age | Presenting | Question\n1 | {pt.LF} | {mrn} | {age.num} | Dr. {s1.last} | pT2N1 ER+ breast: adjuvant CDK4/6?\n"
     "2 | {sib.lf} | {omrn} | {young} | Dr. {s2.last} | rectal ca after TNT: watch and wait?\n"
     "Radiology: {s3.fi}    Pathology: {s4.fi}    Coordinator: {s5.full}\n{s.onc}\n"},
    {"chemo_order", kN,
     "CHEMOTHERAPY ORDER - CYCLE {num.1}\nPatient: {pt.lfm}    DOB: {dob.mdy0}    MRN: {mrn}\nHt 16{num.1} cm  Wt 7{num.1} kg  BSA 1.8 m2\n"
     "Regimen: carboplatin AUC 5 D1, paclitaxel 80 mg/m2 D1, D8, D15 (q21d)\n{cycledays}\nHold if ANC < 1.0 or platelets < 100.\n"
     "Ordering physician: {s1.full}, MD    Verified by: {s6.fi}, PharmD    Second check: {s7.full}, RN\n"},
    {"radiation_plan_header", kN,
     "RT PLAN EXPORT (DICOM RT header)\nPatientName: {pt.dicom}\nPatientID: {mrn}\nPatientBirthDate: {dob.compact}\n"
     "PatientSex: {sex}\nStudyDate: {date.compact}\nRTPlanLabel: L_BREAST_TANG\nReferringPhysicianName: {s1.dicom}\n"
     "Prescription: 40.05 Gy in 15 fractions, 6 MV; {s.onc}\nApproved: {s3.full}, PhD (physics)\n"},
    {"irish_oncology_letter", kN,
     "St. Oliver Plunkett Oncology Centre\nDepartment of Medical Oncology\n\n{date.dmylong}\n\nDr {s8.full}\nGeneral Practitioner\n{foreign.ie}\n\n"
     "Re: {pt.full}, DOB {dob.dmyslash}, MRN {fmrn}, Medical card {hp.ie}\nAddress: {foreign.ie}\n\nDear Dr {s8.last},\n"
     "I reviewed {pt.first} today with {his} {rel} {kin.first}. {s.onc} {s.onc}\nI will see {pt.first} again on {later.dmyslash}.\n\n"
     "Is mise le meas,\n\n{s1.full}\nConsultant Medical Oncologist\nTel {intl.ie}    Fax {ifax.ie}\n"},
    {"palliative_family_meeting", kN,
     "FAMILY MEETING NOTE - palliative care\nPatient: {pt.full}, {age.yo}    MRN {mrn}\nPresent: {kin.full} ({rel}), "
     "{sib.full} (by phone from {cityst2}), {s2.full} (SW), Dr. {s1.last}\n{s.onc}\nGoals: comfort; DNACPR discussed and agreed.\n"
     "{kin.first} can be reached on {cphone}.\n"},
    {"survivorship_care_plan", kN,
     "SURVIVORSHIP CARE PLAN\nName: {pt.full}    Date of birth: {dob.long}\nDiagnosis date: {past.long}    Treatment completed: {date.long}\n"
     "{s.onc} {s.onc}\nMammogram yearly; next due {later.monY}.\nOncology nurse navigator: {s5.full}, {cphone}, {email.s2}\n"},
    {"oncology_phone_triage", kL,
     "phone triage {date.md} {tick}\ncaller: {kin.low} ({rel}) at {ph7}\npt {pt.low} on cycle 2 folfox, temp 38.4 since this morning, "
     "chills. advised to come to ed now, told to bring med list. dr {s1.lowlast} aware.\nrn {s7.lowfirst}\n"},
    // --- clinical trials ---
    {"trial_screening_log", kN,
     "PRE-SCREENING AND SCREENING LOG  Protocol HLY-204  Site {siteno}  {nct}\n"
     "Screen no. | Name | DOB | Screened | Outcome\n{scr} | {pt.full} | {dob.dmon} | {date.dmon} | enrolled as {subj}\n"
     "{scr} | {sib.full} | {odob.dmon} | {date.dmon} | screen fail (criterion 7)\nCompleted by: {s5.full}, CCRC\n"},
    {"consent_signature_page", kN,
     "INFORMED CONSENT FORM v3.1 - SIGNATURE PAGE\nStudy: A Phase 3 Study of Zelavotinib (protocol HLY-204)\n"
     "Printed name of participant: {pt.UP}\nSignature: ____________    Date: {date.mdy0}    Time: {tick}\n"
     "Legally authorized representative (if applicable): {kin.full}, {rel}\nPerson obtaining consent: {s5.full}, CCRC    Date: {again}\n"
     "Impartial witness: {s7.full}\n"},
    {"sae_report", kN,
     "SERIOUS ADVERSE EVENT REPORT - INITIAL    Sponsor ref. SAE-{num.5}\nProtocol HLY-204    Site {siteno}    Subject {subj}\n"
     "Initials: --    Age: {age.num}    Sex: {sex}    Date of birth: {dob.dmon}\nEvent: febrile neutropenia    Onset: {date.dmon}    "
     "Hospitalised: {again}\n{s.trial} {s.trial}\nReporter: {s1.full}, MD, {email.s1}, tel {cphone}, fax {cfax}\n"},
    {"monitoring_visit_letter", kN,
     "Cro Monitor Ltd\n\n{date.long}\n\nDr. {s1.full}\nPrincipal Investigator, Site {siteno}\n{cancer}\n\n"
     "Dear Dr. {s1.last},\nThank you for hosting the interim monitoring visit. Findings:\n"
     "1. Subject {subj}: ICF v3.1 signed on {date.mdy} but version 3.0 filed; note to file needed.\n"
     "2. Subject {subj}: SAE onset {date.md} entered late in EDC.\n3. {s.trial}\nPlease reply to {email.s3} or fax {cfax}.\n\n"
     "Regards,\n{s3.full}\nClinical Research Associate\n"},
    {"econsent_audit", kN,
     "ECONSENT AUDIT TRAIL  study HLY-204  site {siteno}\n{date.iso} {tick}  invite sent to {email.pt}\n"
     "{again} {tick}  link opened {url.trial} from {ip}\n{again} {tick}  identity check: last 4 of SSN {last4}, DOB {dob.iso}\n"
     "{date.iso} {tick}  signed by {pt.full} from {ip6}\n{again} {tick}  countersigned by {s5.full}\n"},
    {"trial_stipend_form", kN,
     "PARTICIPANT PAYMENT REQUEST (W-9 on file)\nParticipant: {pt.lf}    Subject no. {subj}\nSSN {ssn}\nMailing address: {addr}\n"
     "Visits: screening, C1D1, C1D15; mileage {num.2} miles; parking\nPrepared by {s5.fi}    Date {date.mdy0}\n"},
    {"trial_drug_accountability", kN,
     "INVESTIGATIONAL PRODUCT ACCOUNTABILITY\nSubject {subj}    Kit {num.6}    Lot {lot}    Expiry 2026-09\n"
     "Dispensed {date.dmyslash}: 56 tablets. Returned {date.dmyslash}: 4 tablets. Compliance 93%.\nPharmacist: {s6.full}, RPh\n{s.trial}\n"},
    {"trial_reminder_sms", kL,
     "sms {date.iso} {tick} to {phone}\nhi {pt.lowfirst}, reminder of your study visit on {later.md} at 8:00, fasting please. "
     "reply stop to opt out. - {s5.lowfirst}, research team\n"},
    // --- genetics ---
    {"pedigree_notes", kN,
     "PEDIGREE (three generations)\nProband: {pt.full}, {young} y, breast ca at 4{num.1}\nI-1 {eld.fi}, {eage.slash}, alive, prostate ca at 7{num.1}\n"
     "I-2 deceased, ovarian ca\nII-1 {kin.first}, {young}, well\nII-3 {sib.full}, colon ca at 5{num.1}\nMaternal great-aunt alive at {eage.words}.\n"
     "Genetic counsellor: {s4.full}, CGC\n"},
    {"genetic_counselling_letter", kN,
     "{cancer}\nCancer Genetics Service\n\n{date.long}\n\n{pt.full}\n{addr2}\n\nDear {pt.first},\n\n"
     "Thank you for meeting with me on {date.long}. Your test found a pathogenic variant in BRCA2 (c.5946delT). {s.gene}\n"
     "Your {rel} {kin.first} and your grandmother {eld.full}, who is {eage.words}, may wish to consider testing. {s.gene}\n"
     "Your report: {url.gene}\n\nWarm regards,\n{s4.full}, MS, CGC\n{cphone}\n"},
    {"variant_report", kU,
     "MOLECULAR GENETICS REPORT\nPatient: {pt.LF}    DOB: {dob.mdy0}    MRN: {mrn}\nAccession: MG{num.7}    Collected: {date.mdy0}    "
     "Reported: {date.mdy0}\nGene: BRCA1    Variant: c.68_69delAG (p.Glu23fs)    Zygosity: heterozygous\nClassification: pathogenic\n"
     "{s.gene}\nOrdering provider: {s1.full}, MD    Laboratory director: {s3.full}, PhD\n"},
    {"cascade_family_letter", kN,
     "A LETTER FOR THE RELATIVES OF {pt.UP}\n\n{date.dmylong}\n\nYour relative {pt.full} has been found to carry a variant in the MLH1 "
     "gene (Lynch syndrome). Relatives may be at risk. {s.gene}\nTo book testing, call the Cancer Genetics Service on {intl.za} and quote "
     "reference {fmrn}.\nThis letter was given to {kin.full} ({rel}) and {sib.full}.\n"},
    {"genetics_lims_hl7", kN,
     "MSH|^~\\&|GENLIMS|HALYARD|||{date.compact}{hhmm}||ORU^R01|{num.8}|P|2.5.1\nPID|1||{mrn}^^^MRN||{pt.HL7}||{dob.compact}|{sex}|||"
     "{street}^^{city}^{state}^{zip}||{phone}\nOBX|1|ST|51958-7^Gene^LN||BRCA2||||||F\nOBX|2|ST|48004-6^DNA change^LN||c.5946delT||||||F\n"},
    // --- transplant and dialysis ---
    {"transplant_referral", kN,
     "KIDNEY TRANSPLANT REFERRAL\nPatient: {pt.full}    DOB {dob.mdy0}    Age {age.num}\nUNOS ID {unos}    MRN {mrn}\nAddress: {addr}\n"
     "Phone: {phone}    Alt: {phone2}\nDialysis since {past.abbr} at Bluestem Dialysis Unit.\n{s.tx}\nPotential living donor: {kin.full} ({rel}), DOB {odob}\n"
     "Referring nephrologist: Dr. {s1.full}\n"},
    {"living_donor_workup", kN,
     "LIVING DONOR EVALUATION\nDonor: {kin.lfm}    DOB {odob.mdy0}    Donor ID {donor}\nIntended recipient: {pt.full} (UNOS ID {unos})\n"
     "Donor phone {cphone}    Donor e-mail {email.kin}\n{s.tx}\nIndependent living donor advocate: {s2.full}, LCSW\n"},
    {"dialysis_run_sheet", kN,
     "HEMODIALYSIS RUN SHEET                         {date.mdy0}\nPATIENT   {pt.LF}                 CHAIR 12   MACHINE #7\n"
     "MRN       {mrn}              DRY WT 72.5 kg\nPRE       BP 148/82  WT 74.9 kg\n{tick}  start, {s.tx}\n{tick}  UF 2.4 L removed\n"
     "RN        {s7.full}, RN, CNN\n"},
    {"home_dialysis_delivery", kN,
     "HOME HEMODIALYSIS - EQUIPMENT DELIVERY\nPatient: {pt.full}    {mrn}\nDeliver to: {addr}\nCycler serial {serial}    "
     "water system serial {serial}\nDelivered {date.mdy}; training by {s7.full}, RN\nCare partner: {kin.full}, {phone2}\n"},
    {"sa_transplant_clinic", kN,
     "RENAL TRANSPLANT CLINIC - Groote Kloof Academic Hospital\nName: {pt.UP}    ID no.: {natid.za}    Hosp no.: {fmrn}\nMedical aid no.: {hp.za}\n"
     "Address: {foreign.za}\nCell: {intl.za}\nSeen {date.dmyslash}. {s.tx} {s.tx}\nNext visit {later.dmyslash}. Dr {s1.fl}\n"},
    {"chile_dialisis", kN,
     "CENTRO DE DIÁLISIS - FICHA DE INGRESO\nNombre: {pt.full}    RUT: {natid.cl}\nFecha de nacimiento: {dob.dmydash}    Edad: {age.anos}\n"
     "Previsión: ISAPRE, contrato {hp.cl}\nDomicilio: {foreign.cl}\nTeléfono: {intl.cl}\nContacto: {kin.full} ({rel})\n"
     "Ingreso: {date.es}\nNefrólogo: Dr. {s1.full}\n"},
    {"japan_renal_referral", kN,
     "REFERRAL LETTER (shoukaijou) - Sakuragaoka Renal Clinic\nPatient: {pt.FF}    Date of birth: {dob.ymd} ({age.sai})\nInsurance card no.: {hp.jp}\n"
     "Address: {foreign.jp}\nTel: {intl.jp}\nReferred {date.era} for evaluation of CKD stage G4. {s.tx}\nDr. {s1.FF}\n"},
    // --- ophthalmology and audiology ---
    {"cataract_op_note", kN,
     "OPERATION NOTE - PHACOEMULSIFICATION WITH IOL, RIGHT EYE\nPatient: {pt.full}    {age.yo}    MRN {mrn}\nDate: {date.long}\n"
     "Surgeon: {s1.full}, MD    Assistant: {s2.fi}\nIOL SN60WF +21.5 D, serial {serial}, lot {lot}\n{s.eye} {s.eye}\n"},
    {"singapore_eye_clinic", kN,
     "Merlion Eye and Ear Centre\nEye Clinic Memo\nName: {pt.ff}    NRIC: {natid.sg}    Hosp no.: {fmrn}\nDOB: {dob.dmyslash}\nAddress: {foreign.sg}\n"
     "HP: {intl.sg}\nVA 6/9 OD, 6/12 OS. {s.eye}\nReview {later.dmyslash}.    Dr {s1.ff}\n"},
    {"driving_vision_letter", kN,
     "To the Medical Review Unit, Department of Motor Vehicles\n\nRe: {pt.full}, DOB {dob.mdy0}, driver license {lic}\n\n"
     "I examined {title} {pt.last} on {date.long}. Best corrected Snellen acuity 20/40 OU; horizontal field 140 degrees. "
     "{s.eye}\nSincerely,\n{s2.full}, OD\n{cphone}\n"},
    {"hearing_aid_fitting", kN,
     "HEARING AID FITTING RECORD\nClient: {pt.lf}    DOB {dob.mdy0}    Phone {phone}\nRight aid serial {serial}    Left aid serial {serial}\n"
     "Fitted {date.mdy0}; trial period ends {later.md}.\n{s.ear}\nAudiologist: {s2.full}, Au.D.\n"},
    {"cochlear_implant_mapping", kN,
     "COCHLEAR IMPLANT MAPPING\n{pt.full}, {age.years}\nImplant (left) serial {dev}    Processor serial {serial}\nSession {date.abbr}: "
     "{s.ear}\nNext mapping {later.abbr}. Remote check via {url.portal}\nAudiologist {s2.fi}\n"},
    {"netherlands_audiology", kN,
     "AUDIOLOGISCH CENTRUM - Zeekant Medisch Centrum\n{dhr} {pt.full}    Geboortedatum: {dob.dmydash}\nAdres: {foreign.nl}\nTelefoon: {intl.nl}\n"
     "Polisnummer: {hp.nl}    Patiëntnummer: {fmrn}\nOnderzoek {date.nl}: {s.ear}\nAudioloog: {s2.full}\n"},
    // --- dental ---
    {"dental_surgery_note", kN,
     "ORAL SURGERY NOTE    {date.mdy0}\nPt: {pt.full}  DOB {dob.mdy0}  Chart {mrn}\n{s.dental} {s.dental}\nPost-op instructions given to pt and "
     "{rel} ({kin.first}). Rx ibuprofen 600 mg.\n{s1.full}, DDS\n"},
    {"dental_claim", kN,
     "ADA DENTAL CLAIM\nSubscriber: {kin.LF}    Subscriber ID {plan}    Group {group}\nSubscriber SSN {ssnbare}\n"
     "Patient: {pt.LF}    DOB {dob.mdy0}    Relationship: dependent\nProcedures: D7240 #17, D7240 #32, D9230\n"
     "Billing dentist: {s1.full}, DMD, NPI {npi}\nPatient account {acct}\n"},
    {"dental_recall_text", kL,
     "text from Brightsmile dental: hi {pt.lowfirst}! you're due for your 6 month cleaning. call us at {ph7} or book at {url.portal}\n"
     "reply from {phone}: can i come {later.md} after 3? - {pt.low}\n"},
    {"philippines_dental", kN,
     "DENTAL RECORD - Our Lady of Peñafrancia Medical Center\nPatient: {pt.lfm}    Age: {age.num}    Birthday: {dob.mdy0}\nAddress: {foreign.ph}\nContact no.: {intl.ph}\n"
     "PhilHealth no.: {hp.ph}\nPhilSys ID: {natid.ph}\nTreatment {date.long}: {s.dental}\nDentist: Dr. {s1.full}\n"},
    // --- community pharmacy ---
    {"dispensing_label", kU,
     "{pharmacy}\n{street2}, {cityst2}  {zip2}   {cphone}\nRx {num.7}    {date.mdy0}\n{pt.LFN}\n{street}\nTAKE 1 TABLET BY MOUTH TWICE DAILY\n"
     "METFORMIN ER 500 MG  #180  (90-day supply)\nDR. {s1.last}    REFILLS: 3 BEFORE {later.mdy0}\n"},
    {"prior_auth_form", kN,
     "PRIOR AUTHORIZATION REQUEST - PHARMACY\nTo: plan fax {cfax}    From: prescriber fax {fax}\nMember: {pt.full}    DOB {dob.mdy0}\n"
     "Member ID {plan}    Group {group}    BIN 610014  PCN MEDDPRIME\nDrug: semaglutide 1 mg weekly\n{s.pharm}\nPrescriber: {s1.full}, MD, "
     "NPI {npi}, DEA {dea}\nPhone {cphone}\n"},
    {"refill_call_log", kN,
     "REFILL LINE\n{date.md} {tick}  vm from {pt.full} at {ph7}, wants lisinopril refilled\n{again} {tick}  called back, no answer, "
     "left msg\n{again} {tick}  {pt.first}'s {rel} {kin.first} called from {cphone}; ready for pickup {later.md}\nTech: {s6.first}, CPhT\n"},
    {"pharmacy_vaccine_record", kN,
     "PHARMACY IMMUNIZATION RECORD\nPatient: {pt.lf}    DOB {dob.mdy0}    Age {age.num}\nAddress: {addr}\nVaccine: RSV (Arexvy), lot "
     "{lot}, 0.5 mL IM L deltoid\nGiven {date.mdy0} by {s6.full}, PharmD\nMedicare MBI {mbi}\n"},
    {"med_sync_call_script", kL,
     "med sync call {date.md}\nspoke w/ {pt.low} dob {dob.mdy}. confirmed address {streetcity} {zip}. all 6 meds aligned to the "
     "{later.md} fill. wants delivery, driver to call {phone} first.\n-{s6.lowfirst}\n"},
    // --- telehealth and portal ---
    {"telehealth_chat", kL,
     "[chat transcript]\n{tick} {s7.lowfirst} (nurse): hi, this is {s7.low} from the cancer centre, am i speaking with {pt.lowfirst}?\n"
     "{tick} {pt.lowfirst}: yes its me, {pt.low}. dob is {dob.mdy}\n{tick} {s7.lowfirst} (nurse): thanks. how are the mouth sores?\n"
     "{tick} {pt.lowfirst}: worse since {date.md}, can barely eat\n{tick} {s7.lowfirst} (nurse): {s.onc}\n"},
    {"portal_message_thread", kN,
     "From: {pt.full} <{email.pt}>\nSent: {wd}, {date.long} {tick}\nSubject: question about my transplant meds\n\n"
     "Hi Dr. {s1.last}, my tacrolimus level was 12 and I'm shaky. Should I change my dose? My cell is {phone}.\n{pt.first}\n\n"
     "--- Reply from {s7.full}, RN ---\n{s.tx}\n"},
    {"video_visit_log", kN,
     "VIDEO VISIT CONNECTION LOG\nPatient {pt.full} (MRN {mrn}) joined {url.tele} at {date.iso} {tick}\nClient IP {ip}    "
     "IPv6 {ip6}\nProvider {s1.full} joined at {tick}\nPatient location: {streetcity}\n"},
    {"remote_monitoring_upload", kN,
     "REMOTE PATIENT MONITORING - DAILY UPLOAD\n{pt.lfm}    DOB {dob.iso}\nBP cuff serial {serial} uploaded from {ip6} at {tick}\n"
     "Scale serial {dev}\n{s.tele}\nReviewed by {s7.fi}\n"},
    // --- occupational health ---
    {"occ_preplacement", kN,
     "PRE-PLACEMENT MEDICAL EXAMINATION\nEmployee: {pt.full}    Employee no. {emp}    Job: {job}\nEmployer address: {street2}, {cityst2} {zip2}\n"
     "DOB {dob.mdy0}    Driver license {lic}\n{s.occ} {s.occ}\nFit for duty without restriction.\nExaminer: {s2.full}, MD, MPH\n"},
    {"needlestick_incident", kN,
     "BLOOD AND BODY FLUID EXPOSURE REPORT\nExposed worker: {pt.lf}, {job}, employee no. {emp}\nIncident {date.mdy0} at {tick}; source patient "
     "{sib.full}, MRN {mrn}\n{s.occ}\nFollow-up labs at 6 weeks ({later.md}) and 12 weeks.\nOccupational health nurse: {s7.full}\n"},
    {"dutch_fitness_letter", kN,
     "Bedrijfsarts - verslag\n\n{date.nl}\n\nBetreft: {pt.full}, geboren {dob.dmydash}\n{foreign.nl}\n\n{s.occ} Re-integratie "
     "50% vanaf {later.dmydash}.\n\nMet vriendelijke groet,\n{s2.full}, bedrijfsarts\n{intl.nl}\n"},
    {"sa_injury_on_duty", kN,
     "EMPLOYER'S REPORT OF AN ACCIDENT (COIDA W.CL.2)\nClaim no. {coida}\nEmployee: {pt.lf}    ID no. {natid.za}\n"
     "Residential address: {foreign.za}\nTel: {intl.za}\nDate of accident: {date.dmyslash}    {s.occ}\nTreating doctor: Dr {s1.full}\n"},
    {"nigeria_staff_clinic", kN,
     "STAFF CLINIC - Federal Medical Centre Kubwa\nName: {pt.UP}    NIN: {natid.ng}    Staff no. {emp}\nHMO/NHIA no.: {hp.ng}\nAddress: {foreign.ng}\n"
     "Phone: {intl.ng}\nNext of kin: {kin.full} ({rel}), {intl.ng}\nSeen {date.dmyslash}: {s.occ}\n"},
    // --- veterans and military ---
    {"va_cp_exam", kN,
     "COMPENSATION AND PENSION EXAMINATION\nVeteran: {pt.LF}    Claim no. {claim}    SSN {ssnbare}\nDOB {dob.mil}    Age {age.num}\n"
     "Period of service: US Army, Vietnam era.\nExaminer: {s2.full}, Au.D.\nHearing loss and tinnitus. {s.vet}\n"},
    {"va_home_health", kN,
     "VA HOME-BASED PRIMARY CARE VISIT\nVeteran: {title} {pt.full}, {age.words}-year-old\nHome: {addr}\nAdaptive van: plate {plate}, VIN {vin}\n"
     "Caregiver: {kin.full} ({rel}), {phone}\n{s.vet}\nNext visit {later.md}.  {s7.full}, RN\n"},
    {"military_sick_call", kN,
     "SICK CALL SCREENING - {date.mil}\nSGT {pt.UP}    DoD ID {dodid}\nUnit mailing address:\n{apo}\n"
     "CC: left knee pain after ruck march. {s.vet}\nScreener: SPC {s6.last}    Provider: CPT {s1.last}, PA-C\n"},
    {"veteran_buddy_statement", kN,
     "STATEMENT IN SUPPORT OF CLAIM\nI, {kin.full}, served with {pt.full} in 1971. {pt.first} was near the blast.\nClaimant's file no. "
     "{claim}\nMy address: {street2}, {cityst2} {zip2}    Phone {cphone}\nSigned {date.mdy0}\n"},
    {"va_dialysis_transport", kN,
     "VA BENEFICIARY TRAVEL - DIALYSIS\nVeteran {pt.fml}, age {age.num}\nPickup: {street}, {city}\nMon/Wed/Fri 05:30 to the Veterans Affairs Medical Center\n"
     "Driver licence on file {lic}; vehicle plate {plate}\nContact {phone}, alt {ph7}\n"},
    // --- HL7 / registry / insurance ---
    {"cancer_registry_csv", kN,
     "# state cancer registry abstract export\nlast_name,first_name,dob,sex,zip,dx_date,site,histology\n"
     "{pt.last},{pt.first},{dob.compact},{sex},{zip},{date.compact},C50.4,8500/3\n{sib.last},{sib.first},{odob.compact},{sex},{zip2},"
     "{date.compact},C18.7,8140/3\n"},
    {"insurance_appeal_letter", kN,
     "{date.long}\n\nAppeals Unit\n\nRe: {pt.full}    Member ID {plan}    Claim {claim}\n\nTo whom it may concern,\nI am writing to appeal the "
     "denial of proton therapy for my patient, {title} {pt.last}, born {dob.long}. {s.onc} {s.onc}\nPlease call {cphone} or fax {cfax}.\n\n"
     "{s1.full}, MD\n"},
    {"transplant_parking_permit", kN,
     "TRANSPLANT CENTER PARKING PERMIT\nPatient: {pt.fl}    Caregiver: {kin.full}\nVehicle: {vin}    Plate {plate} ({state})\n"
     "Valid {date.md} to {later.md}\nIssued by {s8.fi}\n"},
    {"irish_vehicle_travel_claim", kN,
     "TRAVEL CLAIM - RADIOTHERAPY (National Cancer Care Travel Scheme)\nName: {pt.full}    PPS no.: {natid.ie}\nAddress: {foreign.ie}\n"
     "Vehicle reg.: {fplate.ie}    Round trip 84 km x 20 fractions\nFirst fraction {date.dmyslash}    Last {later.dmyslash}\nPhone {intl.ie}\n"},
    {"singapore_pharmacy_collection", kN,
     "MEDICATION COLLECTION SLIP\nCollected by {kin.ff} for {pt.ff}    NRIC {natid.sg}\nVehicle {fplate.sg} (drive-through)\n"
     "Date {date.dmyslash}    HP {intl.sg}\n"},
    // --- exports, logs and registries ---
    {"fhir_patient_json", kN,
     "{lb}\"resourceType\": \"Patient\", \"id\": \"tele-{num.6}\", \"identifier\": [{lb}\"system\": \"urn:mrn\", \"value\": \"{mrn}\"{rb}], "
     "\"name\": [{lb}\"family\": \"{pt.last}\", \"given\": [\"{pt.first}\"]{rb}], \"birthDate\": \"{dob.iso}\", \"telecom\": [{lb}\"system\": "
     "\"phone\", \"value\": \"{phone}\"{rb}, {lb}\"system\": \"email\", \"value\": \"{email.pt}\"{rb}], \"address\": [{lb}\"line\": [\"{street}\"], "
     "\"city\": \"{city}\", \"state\": \"{state}\", \"postalCode\": \"{zip}\"{rb}], \"meta\": {lb}\"source\": \"{ip}\"{rb}{rb}\n"},
    {"pharmacy_ivr_log", kN,
     "IVR REFILL LOG\ncall_id={num.9} ani={phonedigits} ts={date.iso}T{tick}\nrx_entered={num.7} dob_entered={dob.compact} match=Y\n"
     "name_on_file={pt.LFN} store={pharmacy}\nrefill_ready={later.md} sms_to={ph7} status=QUEUED\n"},
    {"organ_offer_log", kN,
     "ORGAN OFFER LOG - KIDNEY\nDonor ID {donor}    Match run {num.7}    KDPI 34%\n{date.iso} {tick}  offer received for {pt.lf} (UNOS ID {unos}), "
     "sequence 3\n{again} {tick}  Dr. {s1.last} on call, reviewing biopsy\n{again} {tick}  accepted; {pt.first} called at {phone}, ETA 2 h\n"
     "{again} {tick}  {pt.first} admitted; {s.tx}\n"},
    {"marrow_donor_search", kN,
     "UNRELATED DONOR SEARCH - PRELIMINARY\nPatient: {pt.full}    DOB {dob.mdy0}    MRN {mrn}    Dx: AML in CR1\nPatient HLA: A*02:01, A*24:02; "
     "B*07:02, B*35:01; C*04:01, C*07:02; DRB1*15:01, DRB1*04:01\nDonor {donor}: 10/10, CMV negative, age 2{num.1}\nDonor {donor}: 9/10 (DQB1 mismatch)\n"
     "Sibling {sib.full} typed {date.mdy0}: haploidentical\nSearch coordinator: {s5.full}\n"},
    {"ofw_predeparture_exam", kN,
     "PRE-EMPLOYMENT MEDICAL EXAMINATION (OVERSEAS FILIPINO WORKER)\nName: {pt.LF}    Passport: {passport}    Birthday: {dob.long}\n"
     "Address: {foreign.ph}\nMobile: {intl.ph}\nDestination employer: a hospital in Singapore, contact {intl.sg}\nVision 20/20 OU; audiometry normal. {s.occ}\n"
     "Examining physician: {s2.full}, MD    Date: {date.mdy0}\n"},
    {"sickle_cell_counselling", kN,
     "GENETIC COUNSELLING - HAEMOGLOBINOPATHY\nClient: {pt.full}    Hosp no. {fmrn}    NHIA {hp.ng}\nAddress: {foreign.ng}    Phone {intl.ng}\n"
     "Client genotype AS; partner {kin.full} genotype AS. Each pregnancy: 1 in 4 chance of SS.\nPaternal grandmother {eld.full}, {eage.aged}, genotype AA, "
     "lives in {ngtown}.\n{s.gene}\nCounsellor: {s4.full}\n"},
    {"tele_ophthalmology_upload", kN,
     "TELE-OPHTHALMOLOGY DIABETIC EYE SCREEN\nPatient {pt.lfm}    DOB {dob.mdy0}    Age {age.num}\nCamera: Topcon NW400, asset tag 4471, "
     "serial 7720-115\nImages uploaded {date.mdy0} {tick} from {ip} to {url.portal}\nGrade: R1 M0 both eyes. {s.eye}\n"
     "Reader: {s2.fi}, OD\n"},
    // --- without PHI ---
    {"no_phi_chemo_protocol", kN, "REGIMEN: FOLFOX (protocol version 4.0)\n{s.onc}\n{s.onc}\n{s.onc}\n"},
    {"no_phi_trial_synopsis", kN, "PROTOCOL SYNOPSIS (amendment 3)\n{s.trial}\n{s.trial}\nPrimary endpoint: progression-free survival.\n"},
    {"no_phi_acmg_guide", kN, "VARIANT CLASSIFICATION QUICK GUIDE\n{s.gene}\n{s.gene}\nPVS1, PS1-4, PM1-6, PP1-5; BA1, BS1-4, BP1-7.\n"},
    {"no_phi_dialysis_adequacy", kN, "DIALYSIS ADEQUACY TARGETS (unit policy)\nspKt/V at least 1.2; URR at least 65%.\n{s.tx}\n{s.tx}\n"},
    {"no_phi_visual_acuity_table", kU, "VISUAL ACUITY CONVERSION\n6/6 = 20/20 = 0.0 logMAR\n6/12 = 20/40 = 0.3 logMAR\n{s.eye}\n"},
    {"no_phi_audiology_reference", kN, "HEARING LOSS GRADES (WHO)\nmild 20-34 dB, moderate 35-49 dB, moderately severe 50-64 dB.\n{s.ear}\n{s.ear}\n"},
    {"no_phi_dental_charting", kN, "CHARTING LEGEND\nUniversal 1-32 (US) and FDI 11-48; #8 = 11, #19 = 36.\n{s.dental}\n{s.dental}\n"},
    {"no_phi_pharmacy_leaflet", kN, "ABOUT YOUR MEDICINE\n{s.pharm} {s.pharm}\nStore below 25 C. Keep out of reach of children.\n"},
    {"no_phi_exposure_limits", kN, "OCCUPATIONAL EXPOSURE LIMITS (excerpt)\n{s.occ}\n{s.occ}\nNoise action level 85 dBA over 8 hours.\n"},
    {"no_phi_board_agenda", kN, "TUMOUR BOARD - STANDING AGENDA\n1. Pathology review. 2. Radiology review. 3. {s.onc}\n{s.onc}\n"},
};

}  // namespace

std::size_t twentyFifthTemplateCount() { return std::size(kTemplates25); }

std::string_view writeTwentyFifthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice) {
  const Cast25 cast = makeCast25(seed, patientIndex);
  const Template25& t = kTemplates25[choice % std::size(kTemplates25)];
  Ctx25 x{builder, cast, t.mode, {}, -1};
  expand(x, t.pattern);
  return t.name;
}

std::string twentyFifthSentence(Random& r) { return sentence25(r); }

}  // namespace concord::phi::corpus
