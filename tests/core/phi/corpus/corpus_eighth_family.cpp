// The eighth family (kEighthSeed only): templates, look-alike sentences and name pools written by
// someone who had not seen the detector's rules, and never run against it while being written.
// Document styles: obstetric flowsheet, dialysis run sheet, anaesthesia record, transfusion
// record, poison-centre call log, school-nurse note, occupational health (DOT) exam, correctional
// intake, VA primary care, hospice bereavement, interpreter log, EMS run report with NEMSIS-like
// element names, FHIR-like JSON, CDA-like XML, key=value audit logs, synoptic pathology, tumour
// board minutes, genetic counselling letter, wound photo caption, DME order, pharmacy refill
// request, nurse-line triage, patient portal message with typos, SMS shorthand, a note from
// abroad, chart-merge notice, release-of-information request, guardianship court order, organ
// procurement referral, trial adverse-event form, sleep study, ophthalmology, audiology, legacy
// all-capitals demographics screen, lower-case hurried note, home oxygen, travel clinic, street
// medicine, military sick call, physical therapy, critical-value call, mortuary release, claim
// status, parking security incident, research recruitment, fundraiser mention, CGM report,
// portal access audit, pipe-delimited registry response, ward census board, voicemail
// transcription, scanned ID card (OCR), and eight kinds of note without PHI.
//
// Gold span conventions: the seventh family's (see corpus_seventh_family.cpp), restated briefly.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing
//    a line break, never starting or ending with white space. Labels ("MRN ", "DOB: ",
//    "NAME......: ", "ePatient.17 DOB: ", "tel:" of a CDA telecom, "user=", "src_ip="),
//    quotes, brackets and trailing punctuation are outside.
//  * Names: titles, ranks and honorifics ("Dr. ", "dr ", "Judge ", "SGT ", "Nurse ") and
//    credentials after the name (", MD", ", RN", ", MS, CGC", ", AuD", ", PA-C", ", LPN") are
//    outside; a name written in one piece is one span ("Tempest Goodbody", "T. Goodbody",
//    "T Goodbody", "GOODBODY, TEMPEST", "Goodbody, Tempest Q.", "GOODBODY, T.",
//    "GOODBODY,TEMPEST", "Tempest Ottoline Goodbody", lower case in a hurried note); particles,
//    apostrophes and hyphens are inside. A possessive "'s" is outside. A first name alone and a
//    surname alone are spans; in JSON, XML, NEMSIS-like and pipe-delimited records with separate
//    given and family fields each field is its own span. Bare initials are not used.
//  * Dates: the date only; a weekday before it and a time after it (" 1422", "T06:40:00Z") are
//    outside; month/day without a year and month/year are dates; a year alone is not PHI; "the "
//    of "the 9th day of May, 2023" is outside and "9th day of May, 2023" is one span.
//  * Ages: the patient's own age, a span only when over 89: the number only ("94" of
//    "94-year-old", "94F", "94/F", "(94 yo)"), or the words ("ninety-four"). Ages of 89 or less
//    are not PHI (look-alikes), and so are the ages of other people, all under 90.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, pharmacies,
//    payers, toll-free lines, international numbers, seven-digit local numbers); extensions are
//    outside; numbers labelled fax are "fax"; 911 and 988 are not PHI.
//  * Identifiers: medical record, alternate chart, registry (UNOS), research participant and
//    accession numbers are "mrn"; account, FIN, encounter, poison-centre case and claim numbers
//    are "account"; member, Medicare (MBI), Medicaid, TRICARE, group and foreign insurer numbers
//    are "health_plan"; driver's licences, CDLs, state IDs and passports are "license"; device
//    and implant serials, CGM transmitter IDs and IMEIs are "device"; VINs and plates are
//    "vehicle" (the state before a plate is outside). Lot numbers, NDC, HCPCS, CPT and ICD
//    codes, protocol numbers, pharmacy store numbers, rooms, beds, chairs are not PHI.
//  * Addresses: a street line is an "address" span, with the city and state inside it when they
//    follow on the same line; in multi-line addresses each line's part is its own span (street,
//    unit, "City, ST"); a city written alone is an "address" span; in JSON/XML/key=value fields
//    the street and the city are separate "address" spans and the state code alone is outside;
//    the ZIP is always its own "zip" span. A "PO Box 123, City, ST" line is one span.
//  * URLs are one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in capitals or in lower case; the spans are the same. Like every
//    seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_eighth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// ---------------------------------------------------------------------------------------------
// Name pools, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).

constexpr std::string_view kGiven8[] = {
    "Tempest", "Felicity", "Serenity", "Providence", "Cherish", "Blaze", "Ember", "Flint", "Aspen", "Laurel",
    "Briar", "Jasper", "Jewel", "Goldie", "Brandy", "Sherry", "Pepper", "Basil", "Rosemary", "Sorrel",
    "Saffron", "Lyric", "Sonnet", "Earnest", "Buster", "Stormy", "Miracle", "Gift", "Comfort", "Prosper",
    "Favour", "Godspower", "Goodluck", "Innocent", "Chastity", "Modesty", "Purity", "Loyal", "Clover", "Shay",
    "Ugochukwu", "Olufemi", "Adetokunbo", "Abimbola", "Kayode", "Mawuli", "Sena", "Dzifa", "Edem", "Tsion",
    "Lidya", "Bereket", "Kidist", "Alemayehu", "Faduma", "Hibo", "Imara", "Pendo", "Subira", "Furaha", "Zodwa",
    "Tshidi", "Boitumelo", "Karabo", "Yamina", "Mourad", "Nabil", "Saida", "Lahcen", "Fatiha", "Rachid",
    "Abdelkader", "Zineb", "Ghassan", "Nizar", "Maysa", "Tamer", "Rawan", "Haneen", "Fadi", "Bashar",
    "Mehrdad", "Shahla", "Kamran", "Forough", "Behrouz", "Azadeh", "Siavash", "Mojgan", "Gökhan", "Şule",
    "Ayşegül", "Oğuz", "Tuğba", "Hakan", "Serkan", "Rojda", "Berivan", "Anoush", "Hovhannes", "Vartan",
    "Arpine", "Ketevan", "Padmini", "Harinder", "Kuldeep", "Paramjit", "Shahnaz", "Mahbub", "Nusrat",
    "Sushila", "Bhavna", "Chetan", "Nilesh", "Dilip", "Hemant", "Sanjeev", "Nimal", "Dilani", "Tharindu",
    "Bishnu", "Sabitri", "Pemba", "Lhakpa", "Ngawang", "Tenzin", "Yanling", "Jianguo", "Xiuqin", "Lixin",
    "Yuting", "Chunhua", "Dongmei", "Weiming", "Wing-kei", "Siu-ming", "Ka-yan", "Chi-wai", "Fumiko",
    "Setsuko", "Masaru", "Isamu", "Kazue", "Tomoko", "Yoshiro", "Chiyo", "Noboru", "Hideaki", "Bok-soon",
    "Young-ja", "Sang-hoon", "Eun-ji", "Dong-hyun", "Mi-kyung", "Jae-won", "Hieu", "Loan", "Vinh", "Xuan",
    "Khanh", "Diep", "Ligaya", "Jocelyn", "Perla", "Bayani", "Maricar", "Nenita", "Florante", "Suda",
    "Kittisak", "Nattapong", "Wanida", "Bopha", "Sothea", "Vuthy", "Khamphou", "Souksavanh", "Thandar", "Zaw",
    "Myint", "Khin", "Wayan", "Ketut", "Siti", "Bambang", "Xee", "Tou", "Yia", "Blia", "Siaosi", "Tomasi",
    "Lagi", "Iosefa", "Noelani", "Makana", "Kapono", "Mere", "Rangi", "Ngaio", "Ahanu", "Shilah", "Bożena",
    "Grażyna", "Mirosław", "Urszula", "Jarosław", "Wiesława", "Tadeusz", "Bronisław", "Vojtěch", "Bohumil",
    "Jaroslava", "Květa", "Imre", "Tünde", "Géza", "Doina", "Viorica", "Tsvetanka", "Yordan", "Rumyana",
    "Zoran", "Milica", "Dušan", "Jasna", "Goran", "Snežana", "Vsevolod", "Lyubov", "Arkady", "Zinaida",
    "Gennady", "Bohdana", "Ostap", "Solomiya", "Yarema", "Rasa", "Vytautas", "Indrė", "Kristaps", "Tiina",
    "Pirkko", "Veikko", "Sirkka", "Aune", "Tuomas", "Torvald", "Sigrún", "Gunnhild", "Yngve", "Birgitta",
    "Leiv", "Ragnar", "Eskil", "Þórunn", "Geertruida", "Maartje", "Wouter", "Anneke", "Sjaak", "Waltraud",
    "Reinhard", "Gottfried", "Irmgard", "Elfriede", "Siegfried", "Henrike", "Urs", "Reto", "Ghislaine",
    "Bénédicte", "Gaspard", "Clothilde", "Anaïs", "Maëlle", "Yannick", "Ségolène", "Édouard", "Gwenaël",
    "Annunziata", "Carmine", "Filomena", "Nunzio", "Rosalba", "Ottavio", "Ornella", "Calogero", "Remedios",
    "Amparo", "Fulgencio", "Itziar", "Nerea", "Xabier", "Gilberto", "Leonor", "Madalena", "Iolanda",
    "Raimunda", "Edivaldo", "Josineide", "Claudionor", "Eulalio", "Rigoberto", "Dagoberto", "Yadira", "Ofelia",
    "Heriberto", "Cuauhtémoc", "Tonatiuh", "Spyridon", "Evangelos", "Paraskevi", "Thanasis", "Kalliopi",
    "Fatos", "Blerta", "Proinsias", "Ruairí", "Gráinne", "Catriona", "Iolo", "Cerys", "Emrys", "Tegwen",
    "Morwenna", "Jago", "Enid", "Ivor", "Reginald", "Cyril", "Doreen", "Maude", "Nigel", "Clive", "Sybil",
    "Mabel", "Gwendolyn", "Alfreda", "Osbert", "Oaklynn", "Tinsley", "Maverick", "Ryker", "Bexley",
    "Everleigh", "Jaxtyn", "Kashton", "Lashonda", "Rashawn", "Quintavious", "Jaquan", "Latrice", "Demetrius",
    "Antwan", "Kenyatta", "Baila", "Fruma", "Zalman", "Dvora", "Eliezer", "Marie-Claude", "Ana-Maria",
    "Soo-ah", "Pierre-Yves", "Mary-Beth", "Billy-Ray", "Lee-Ann", "Ja'Marcus", "La'Keisha", "De'Asia",
    "Sha'Nice", "Ta'Nyah", "Émile", "Ángel", "Óscar", "Íñigo", "Ümit", "Øystein", "Ólafur", "Ísold", "Butch",
    "Tex",
};

constexpr std::string_view kSecond8[] = {
    "Octavia", "Ptolemy", "Ottoline", "Evander", "Araminta", "Leopoldine", "Casimir", "Perpetua", "Desmond",
    "Fortunato", "Wilhelm", "Seraphina", "Anselm", "Philomena", "Barnaby", "Imelda", "Ambrose", "Benedikt",
    "Cordelia", "Diarmuid", "Evangeline", "Florian", "Genoveva", "Ione", "Delphine", "Augustin", "Ikaika",
    "Ignatius", "Philippa", "Xiumei", "Bích",
};

constexpr std::string_view kFamily8[] = {
    "Featherstone", "Sheepshanks", "Goodbody", "Wellbeloved", "Honeycutt", "Cheeseman", "Applewhite",
    "Whitehead", "Blackmore", "Greenhalgh", "Redfern", "Brownlow", "Goodenough", "Allgood", "Toogood",
    "Gotobed", "Hogg", "Swallow", "Rook", "Drake", "Peacock", "Starling", "Herring", "Trout", "Sturgeon",
    "Kettle", "Pitcher", "Tanner", "Spicer", "Saddler", "Collier", "Hooper", "Carver", "Tyler", "Fuller",
    "Dyer", "Squires", "Paget", "Raynaud", "Huntington", "Wernicke", "Korsakoff", "Guillain", "Apgar", "Epley",
    "Romberg", "Babinski", "Kernig", "Trendelenburg", "Valsalva", "Mallory", "Kussmaul", "Cheyne", "Stokes",
    "Korotkoff", "Gleason", "Breslow", "Pugh", "Braden", "Norton", "Hallpike", "Blatchford", "Goodnight",
    "Lovejoy", "Partridge", "Gosling", "Hatch", "Pickett", "Bristow", "Merriweather", "Summers", "Bridges",
    "Steele", "Cotton", "Monk", "Abbott", "Friend", "Hardy", "Swift", "Lightfoot", "Armstrong", "Short",
    "Hood", "Vale", "Fields", "Ash", "Oakley", "Thorn", "Flowers", "Pound", "Mayo", "Lister", "Osler",
    "Graves", "Addison", "Cushing", "Parkinson", "Gentry", "Godfrey", "Kindred", "Coward", "Gladstone",
    "Sparks", "Adeyemi-Bello", "Onyekachi", "Chukwuma", "Adjei", "Ofori-Atta", "Quaye", "Tetteh", "Gyamfi",
    "Girma", "Woldemariam", "Mohamud", "Mwakilema", "Kimaro", "Nkemelu", "Sithole", "Ngcobo", "Mahlangu",
    "Banda", "Phiri", "Mulenga", "Chanda", "Bouazizi", "Benali", "Zerrouki", "Amrani", "Belkacem", "Hamdan",
    "Jaber", "Kanaan", "Sabbagh", "Aoun", "Rezaei", "Mousavi", "Ghorbani", "Shirazi", "Kılıç", "Güneş",
    "Özdemir", "Hakobyan", "Chakraborty", "Randhawa", "Bhatti", "Begum", "Akter", "Jayasuriya", "Tamang",
    "Sherpa", "Lhamo", "Tsering", "Ye", "Du", "Yuan", "Jiang", "Ouyang", "Leung", "Cheung", "Ng", "Tse", "Yip",
    "Kwok", "Lau", "Okada", "Maeda", "Hayashi", "Shimizu", "Morimoto", "Nam", "Moon", "Panganiban", "Salonga",
    "Dizon", "Srisuk", "Charoenkul", "Phongsri", "Chea", "Heng", "Keo", "Sisavath", "Vongsa", "Htun", "Oo",
    "Hartono", "Susanto", "Grabowski", "Pawłowska", "Zieliński", "Szymańska", "Jabłoński", "Dvořák", "Novotná",
    "Černý", "Horváth", "Dumitrescu", "Nikolić", "Marić", "Vasiliev", "Fedorova", "Zaitsev", "Lebedev",
    "Semyonova", "Golubev", "Vinogradov", "Lysenko", "Hnatyuk", "Savchuk", "Bergström", "Åberg", "Forsberg",
    "Bakken", "Kjærgaard", "Frandsen", "Mikkelsen", "ten Hoeve", "Claes", "Peeters", "Vanderhaegen", "Schäfer",
    "Böhm", "Hartmann", "Kühn", "Lehmann", "Gruber", "Huber", "Pichler", "Käser", "Brunner", "Deschamps",
    "Lacroix", "Lefebvre", "Mercier", "Boucher", "Thériault", "Cormier", "Levesque", "Bélanger", "Desjardins",
    "de la Fontaine", "du Pont", "L'Heureux", "D'Aubigné", "Dufresne", "Moretti", "Barbieri", "Fontana",
    "Caruso", "Mancini", "Galli", "Lo Presti", "Dell'Anno", "Dall'Ara", "Degli Esposti", "Echeverría",
    "Urrutia", "Aguirre", "Zubizarreta", "Ordóñez", "Cañizares", "de la Peña", "del Castillo", "de los Santos",
    "Vázquez", "Quiñones", "Rebelo", "Gusmão", "Huerta", "Choque", "Tzul", "Xicará", "Villalobos", "Zamudio",
    "Cienfuegos", "Papadakis", "Karagiannis", "Stavropoulos", "Alexopoulou", "Mac Cárthaigh", "Ní Dhomhnaill",
    "Ó Ceallaigh", "O'Donoghue", "O'Flaherty", "McIlroy", "McGillivray", "Mackintosh", "ap Rhys", "Prydderch",
    "Trelawny", "Penhaligon", "Nancarrow", "Lowenthal", "Sapirstein", "Ben-Ami", "Bar-Lev", "Abergel",
    "Yellowhorse", "Manygoats", "Redcloud", "Sixkiller", "Lonewolf", "Bigcrow", "Attakai", "Etsitty",
    "Kamakau", "Nāone", "Kahale", "Taufa", "Vainikolo", "Mataafa", "Te Whata", "Parata", "Lloyd-Jarvis",
    "Kowalski-Brandt", "Pereira-Nakashima", "Hart-Davies", "Ortega-Whitfield", "Nguyen-Hartley",
    "Cohen-Sánchez", "van 't Hof", "von der Heyde", "de Haan", "Della Porta", "al-Tamimi", "D'Arcy",
    "O'Shaughnessy", "N'Dour", "Dell'Aquila", "L'Esperance", "D'Ambrosio",
};

constexpr std::string_view kInitials8[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L",
                                           "M", "N", "P", "R", "S", "T", "V", "W", "Z"};
constexpr std::string_view kRelations8[] = {"daughter", "son",   "wife",        "husband",  "partner",
                                            "sister",   "niece", "grandson",    "neighbour", "stepdaughter",
                                            "nephew",   "friend", "granddaughter"};
constexpr std::string_view kMailDomains8[] = {"letterbox.example.com", "homepost.example.net", "quickmail.example.org",
                                              "inbox8.example.com", "familymail.example.net"};
constexpr std::string_view kStaffDomains8[] = {"harrowgate-health.example.org", "ridgeline-med.example.net",
                                               "stmarthas.example.org"};
constexpr std::string_view kFacilities8[] = {"Harrowgate Regional Medical Center", "Ridgeline Dialysis Unit",
                                             "Northfork Community Hospital", "Bayside Women's Pavilion",
                                             "Copper Valley Clinic"};
constexpr std::string_view kCars8[] = {"2014 Honda Odyssey", "2019 Subaru Outback", "2008 Chevrolet Silverado",
                                       "2021 Kia Soul", "2011 Nissan Altima", "2016 Jeep Wrangler"};
constexpr std::array<std::string_view, 12> kMonths8 = {"January", "February", "March",     "April",
                                                       "May",     "June",     "July",      "August",
                                                       "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays8 = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                                        "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> kRoman8 = {"I", "II", "III", "IV", "V", "VI",
                                                      "VII", "VIII", "IX", "X", "XI", "XII"};

struct Person8 {
  std::string first, second, initial, last;
};

struct Cast8 {
  Person8 pt, k1, k2;
  std::array<Person8, 6> staff;
  std::string k1rel;
  std::uint64_t idSeed = 0;
};

struct Ctx {
  NoteBuilder& b;
  const Cast8& c;
  int caseMode = 0;  // 0 as written, 1 capitals, 2 lower case
  int lastYear = 0, lastMonth = 0, lastDay = 0;  // the last event date written
};

// Case mapping of a Latin Extended-A letter (U+0100-U+017F, two bytes led by 0xC4 or 0xC5) in
// place: pairs are upper/lower on even/odd code points, or odd/even in two stretches. Letters
// without a two-byte partner (U+0130, U+0131, U+0138, U+0149, U+0178, U+017F) are left alone.
void latinExtendedA(std::string& s, std::size_t i, bool toUpper) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const auto cont = static_cast<unsigned char>(s[i + 1]);
  int cp = ((lead & 0x1F) << 6) | (cont & 0x3F);
  const bool oddUpper = (cp >= 0x0139 && cp <= 0x0148) || (cp >= 0x0179 && cp <= 0x017E);
  const bool evenUpper = (cp >= 0x0100 && cp <= 0x0137 && cp != 0x0130 && cp != 0x0131) || (cp >= 0x014A && cp <= 0x0177);
  if (!oddUpper && !evenUpper) return;
  const bool isUpper = evenUpper ? cp % 2 == 0 : cp % 2 == 1;
  if (toUpper && !isUpper) cp -= 1;
  if (!toUpper && isUpper) cp += 1;
  s[i] = static_cast<char>(0xC0 | (cp >> 6));
  s[i + 1] = static_cast<char>(0x80 | (cp & 0x3F));
}

// Case mapping of ASCII, of the Latin-1 letters of UTF-8 (0xC3 then 0x80-0xBE) and of Latin
// Extended-A; other multi-byte letters are left as they are.
std::string lower8(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      latinExtendedA(s, i, false);
      ++i;
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if (u < 0x80) {
      s[i] = static_cast<char>(std::tolower(u));
    }
  }
  return s;
}

std::string upper8(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      latinExtendedA(s, i, true);
      ++i;
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      ++i;
    } else if (u < 0x80) {
      s[i] = static_cast<char>(std::toupper(u));
    }
  }
  return s;
}

std::string cased(const Ctx& x, std::string s) {
  if (x.caseMode == 1) return upper8(std::move(s));
  if (x.caseMode == 2) return lower8(std::move(s));
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

int weekday(int y, int m, int d) {  // 0 = Sunday
  static constexpr int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int monthDays(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

// The first letter of a name as a whole UTF-8 character.
std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// ASCII letters of a name for e-mail addresses and URLs (Latin-1 accents folded).
std::string fold(const std::string& s) {
  static constexpr std::string_view kC3 = "aaaaaaaceeeeiiiidnooooo/ouuuuyts";  // 0x80..0x9F lowered
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      if (std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]) & 0xDF;  // fold lower to upper row
      const std::size_t k = static_cast<std::size_t>(v - 0x80);
      if (k < kC3.size() && std::isalpha(static_cast<unsigned char>(kC3[k]))) out.push_back(kC3[k]);
      ++i;
    } else if (u >= 0xC0) {
      while (i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) ++i;
    }
  }
  return out.empty() ? std::string("pt") : out;
}

Person8 makePerson8(Random& r) {
  Person8 p;
  p.first = pickS(r, kGiven8);
  p.second = pickS(r, kSecond8);
  p.initial = pickS(r, kInitials8);
  p.last = pickS(r, kFamily8);
  return p;
}

Cast8 makeCast8(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x8181ULL) * 0xd1b54a32d192ed03ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x5bd1e995ULL));
  r.next();
  Cast8 c;
  c.pt = makePerson8(r);
  c.k1 = makePerson8(r);
  if (r.chance(0.6)) c.k1.last = c.pt.last;
  c.k2 = makePerson8(r);
  if (r.chance(0.5)) c.k2.last = c.pt.last;
  for (Person8& s : c.staff) s = makePerson8(r);
  c.k1rel = pickS(r, kRelations8);
  c.idSeed = r.next();
  return c;
}

const Person8& who(const Cast8& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx& x, const Person8& p, std::string form) {
  Random& r = x.b.random();
  if (form == "any") {
    static constexpr std::string_view kForms[] = {"full", "full", "fml", "fi", "lf", "f2", "lfm"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "f2") v = p.first + " " + p.second + " " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fin") v = firstLetter(p.first) + " " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfi") v = p.last + ", " + firstLetter(p.first) + ".";
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = upper8(p.last + ", " + p.first);
  else if (form == "LFn") v = upper8(p.last + "," + p.first);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "low") v = lower8(p.first + " " + p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

// ---------------------------------------------------------------------------------------------
// Dates.

void writeDate8(Ctx& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style == "any") {
    static constexpr std::string_view kStyles[] = {"us",   "usn",   "us2",     "iso",   "dot",      "dmy",
                                                   "long", "dlong", "abbr",    "mil",   "milsp",    "ord",
                                                   "ordof", "compact", "slashiso", "roman", "dashus", "wdus",
                                                   "wdlong", "isot", "ust",    "abbrdot"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths8[static_cast<std::size_t>(m - 1)]);
  const std::string mon = month.substr(0, 3);
  const std::string yy = std::to_string(y), y2 = pad2(y % 100);
  const std::string wd(kWeekdays8[static_cast<std::size_t>(weekday(y, m, d))]);
  std::string before, value, after;
  if (style == "us") value = pad2(m) + "/" + pad2(d) + "/" + yy;
  else if (style == "usn") value = std::to_string(m) + "/" + std::to_string(d) + "/" + yy;
  else if (style == "us2") value = std::to_string(m) + "/" + std::to_string(d) + "/" + y2;
  else if (style == "iso") value = yy + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "dot") value = pad2(d) + "." + pad2(m) + "." + yy;
  else if (style == "dmy") value = pad2(d) + "/" + pad2(m) + "/" + yy;
  else if (style == "long") value = month + " " + std::to_string(d) + ", " + yy;
  else if (style == "dlong") value = std::to_string(d) + " " + month + " " + yy;
  else if (style == "abbr") value = pad2(d) + "-" + mon + "-" + yy;
  else if (style == "abbrdot") value = mon + ". " + std::to_string(d) + ", " + yy;
  else if (style == "mil") value = pad2(d) + upper8(mon) + yy;
  else if (style == "milsp") value = pad2(d) + " " + upper8(mon) + " " + y2;
  else if (style == "ord") value = month + " " + nth(d) + ", " + yy;
  else if (style == "ordnc") value = month + " " + nth(d) + " " + yy;
  else if (style == "ordof") value = nth(d) + " of " + month + " " + yy;
  else if (style == "legal") value = nth(d) + " day of " + month + ", " + yy;
  else if (style == "compact") value = yy + pad2(m) + pad2(d);
  else if (style == "slashiso") value = yy + "/" + pad2(m) + "/" + pad2(d);
  else if (style == "roman") value = std::to_string(d) + "." + std::string(kRoman8[static_cast<std::size_t>(m - 1)]) + "." + yy;
  else if (style == "dashus") value = pad2(m) + "-" + pad2(d) + "-" + yy;
  else if (style == "md") value = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "mdlong") value = month + " " + std::to_string(d);
  else if (style == "dmon") value = std::to_string(d) + " " + mon;
  else if (style == "my") value = month + " " + yy;
  else if (style == "myn") value = pad2(m) + "/" + yy;
  else if (style == "wdus") {
    before = wd.substr(0, 3) + " ";
    value = pad2(m) + "/" + pad2(d) + "/" + yy;
  } else if (style == "wdlong") {
    before = wd + ", ";
    value = month + " " + std::to_string(d) + ", " + yy;
  } else if (style == "wdmd") {
    before = wd.substr(0, 3) + " ";
    value = std::to_string(m) + "/" + std::to_string(d);
  } else if (style == "isot") {
    value = yy + "-" + pad2(m) + "-" + pad2(d);
    after = "T" + pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)) + ":" + pad2(r.between(0, 59)) +
            (r.chance(0.5) ? "Z" : "-05:00");
  } else if (style == "ust") {
    value = pad2(m) + "/" + pad2(d) + "/" + yy;
    after = " " + pad2(r.between(0, 23)) + pad2(r.between(0, 59));
  } else {
    throw std::logic_error("unknown date style " + style);
  }
  say(x, before);
  put(x, "date", value);
  say(x, after);
}

void writeDateKind(Ctx& x, std::string_view kind, const std::string& style) {
  Random& r = x.b.random();
  if (kind == "dob") {
    const Patient& p = x.b.patient();
    writeDate8(x, p.birthYear, p.birthMonth, p.birthDay, style);
    return;
  }
  int y = r.between(2019, 2025), m = r.between(1, 12), d = r.between(1, monthDays(y, m));
  if (kind == "nx" && x.lastYear != 0) {  // a few days to weeks after the last event date
    y = x.lastYear;
    m = x.lastMonth;
    d = x.lastDay;
    for (int k = r.between(1, 75); k > 0; --k) {
      if (++d > monthDays(y, m)) {
        d = 1;
        if (++m > 12) {
          m = 1;
          ++y;
        }
      }
    }
  }
  x.lastYear = y;
  x.lastMonth = m;
  x.lastDay = d;
  writeDate8(x, y, m, d, style);
}

// ---------------------------------------------------------------------------------------------
// Ages (the patient's own; a span only when over 89).

std::string ageWords(int a) {
  static constexpr std::array<std::string_view, 10> kOnes = {"", "one", "two", "three", "four",
                                                             "five", "six", "seven", "eight", "nine"};
  static constexpr std::array<std::string_view, 10> kTens = {"", "ten", "twenty", "thirty", "forty",
                                                             "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (a >= 100) return "one hundred" + (a > 100 ? " and " + std::string(kOnes[static_cast<std::size_t>(a - 100)]) : std::string());
  if (a < 20) return std::to_string(a);
  std::string s(kTens[static_cast<std::size_t>(a / 10)]);
  if (a % 10) s += "-" + std::string(kOnes[static_cast<std::size_t>(a % 10)]);
  return s;
}

void writeAge8(Ctx& x, std::string style) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const int a = p.age;
  if (style == "any") {
    static constexpr std::string_view kStyles[] = {"dash", "yo", "yrs", "sex", "slash", "words", "yoa", "paren", "yoc", "wyo"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  auto emit = [&](const std::string& value) {
    if (a >= 90) put(x, "age", value);
    else say(x, value);
  };
  const std::string n = std::to_string(a);
  const std::string sex = p.female ? "F" : "M";
  if (style == "num") emit(n);
  else if (style == "dash") { emit(n); say(x, "-year-old"); }
  else if (style == "yo") { emit(n); say(x, " y.o."); }
  else if (style == "yoc") { emit(n); say(x, "yo"); }
  else if (style == "yrs") { emit(n); say(x, " yrs"); }
  else if (style == "sex") { emit(n); say(x, r.chance(0.5) ? sex : " " + sex); }
  else if (style == "slash") { emit(n); say(x, "/" + sex); }
  else if (style == "words") { emit(ageWords(a)); say(x, "-year-old"); }
  else if (style == "yoa") { emit(n); say(x, " years of age"); }
  else if (style == "wyo") { emit(ageWords(a)); say(x, " years old"); }
  else if (style == "paren") { say(x, "("); emit(n); say(x, " yo)"); }
  else throw std::logic_error("unknown age style " + style);
}

// ---------------------------------------------------------------------------------------------
// Phones.

constexpr std::string_view kTollFree8[] = {"800", "888", "877", "866"};

std::string nanp(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

void writePhone8(Ctx& x, std::string_view category, std::string_view which, std::string style) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  std::string d = which == "pt" ? p.phone : which == "alt" ? p.altPhone : nanp(r);
  if (style == "any") {
    static constexpr std::string_view kStyles[] = {"paren", "dash", "dot", "space", "plus", "plus1",
                                                   "one",   "tight", "compact", "slash"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  std::string v;
  if (style == "paren") v = "(" + a + ") " + e + "-" + l;
  else if (style == "dash") v = a + "-" + e + "-" + l;
  else if (style == "dot") v = a + "." + e + "." + l;
  else if (style == "space") v = a + " " + e + " " + l;
  else if (style == "plus") v = "+1-" + a + "-" + e + "-" + l;
  else if (style == "plus1") v = "+1 " + a + " " + e + " " + l;
  else if (style == "one") v = "1-" + a + "-" + e + "-" + l;
  else if (style == "tight") v = "(" + a + ")" + e + "-" + l;
  else if (style == "compact") v = a + e + l;
  else if (style == "slash") v = a + "/" + e + "-" + l;
  else if (style == "local7") v = e + "-" + l;
  else if (style == "toll") {
    const std::string free(r.pick(std::span<const std::string_view>(kTollFree8)));
    switch (r.between(0, 2)) {
      case 0: v = "1-" + free + "-" + e + "-" + l; break;
      case 1: v = "(" + free + ") " + e + "-" + l; break;
      default: v = free + "." + e + "." + l; break;
    }
  }
  else if (style == "intl") {
    switch (r.between(0, 6)) {
      case 0: v = "+44 7700 " + r.digits(6); break;
      case 1: v = "+52 55 " + r.digits(4) + " " + r.digits(4); break;
      case 2: v = "+63 917 " + r.digits(3) + " " + r.digits(4); break;
      case 3: v = "+49 30 " + r.digits(7); break;
      case 4: v = "+91 98" + r.digits(3) + " " + r.digits(5); break;
      case 5: v = "+33 6 " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2); break;
      default: v = "+61 4" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3); break;
    }
  } else {
    throw std::logic_error("unknown phone style " + style);
  }
  put(x, category, v);
}

void writeExtension(Ctx& x) {
  Random& r = x.b.random();
  switch (r.between(0, 4)) {
    case 0: say(x, " x" + r.digits(4)); break;
    case 1: say(x, " ext. " + r.digits(3)); break;
    case 2: say(x, " (ext " + r.digits(2) + ")"); break;
    default: break;
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers.

Random idRandom(const Cast8& c, std::uint64_t salt) {
  Random r(c.idSeed ^ (salt * 0xff51afd7ed558ccdULL));
  r.next();
  return r;
}

std::string alnum(Random& r, int n) {
  static constexpr std::string_view kChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  std::string s;
  while (static_cast<int>(s.size()) < n) s.push_back(kChars[r.next() % kChars.size()]);
  return s;
}

void writeId(Ctx& x, std::string_view kind, std::string_view style) {
  const Patient& p = x.b.patient();
  const Cast8& c = x.c;
  if (kind == "ssn") {
    std::string v = p.ssn;
    if (style == "space") {
      for (char& ch : v) ch = ch == '-' ? ' ' : ch;
    } else if (style == "bare") {
      std::string t;
      for (char ch : v) if (ch != '-') t.push_back(ch);
      v = t;
    }
    put(x, "ssn", v);
  } else if (kind == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (kind == "mrn2") {
    Random r = idRandom(c, 2);
    put(x, "mrn", r.chance(0.5) ? "E" + r.digits(7) : r.digits(2) + "-" + r.digits(6));
  } else if (kind == "acc") {
    Random r = idRandom(c, 3);
    static constexpr std::string_view kPrefix[] = {"S24-", "SP-", "CS25-", "PA"};
    put(x, "mrn", std::string(r.pick(std::span<const std::string_view>(kPrefix))) + r.digits(5));
  } else if (kind == "reg") {
    Random r = idRandom(c, 4);
    put(x, "mrn", r.letters(3) + r.digits(3));
  } else if (kind == "study") {
    Random r = idRandom(c, 5);
    put(x, "mrn", r.digits(3) + "-" + r.digits(4));
  } else if (kind == "acct") {
    put(x, "account", p.account);
  } else if (kind == "fin") {
    Random r = idRandom(c, 6);
    put(x, "account", "FIN" + r.digits(9));
  } else if (kind == "case") {
    Random r = idRandom(c, 7);
    put(x, "account", r.digits(2) + "-" + r.digits(6));
  } else if (kind == "claim") {
    Random r = idRandom(c, 8);
    put(x, "account", r.digits(4) + r.letters(2) + r.digits(6));
  } else if (kind == "plan") {
    put(x, "health_plan", p.plan);
  } else if (kind == "mbi") {
    Random r = idRandom(c, 9);
    static constexpr std::string_view kL = "ACDEFGHJKMNPQRTUVWXY";
    auto letter = [&] { return std::string(1, kL[r.next() % kL.size()]); };
    std::string v = std::to_string(r.between(1, 9)) + letter() + (r.chance(0.5) ? letter() : r.digits(1)) + r.digits(1) +
                    letter() + (r.chance(0.5) ? letter() : r.digits(1)) + r.digits(1) + letter() + letter() + r.digits(2);
    if (style == "dash") v = v.substr(0, 4) + "-" + v.substr(4, 3) + "-" + v.substr(7);
    put(x, "health_plan", v);
  } else if (kind == "grp") {
    Random r = idRandom(c, 10);
    put(x, "health_plan", r.digits(6) + "-" + r.digits(3));
  } else if (kind == "tricare") {
    Random r = idRandom(c, 11);
    put(x, "health_plan", r.digits(11));
  } else if (kind == "foreign") {
    Random r = idRandom(c, 12);
    put(x, "health_plan", r.digits(4) + " " + r.digits(5) + " " + r.digits(1));
  } else if (kind == "lic") {
    put(x, "license", p.license);
  } else if (kind == "stateid") {
    Random r = idRandom(c, 13);
    put(x, "license", r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3));
  } else if (kind == "pass") {
    Random r = idRandom(c, 14);
    put(x, "license", r.letters(2) + r.digits(7));
  } else if (kind == "dev") {
    put(x, "device", p.device);
  } else if (kind == "dev2") {
    Random r = idRandom(c, 15);
    put(x, "device", r.digits(2) + r.letters(1) + r.digits(6));
  } else if (kind == "imei") {
    Random r = idRandom(c, 16);
    put(x, "device", "35" + r.digits(13));
  } else if (kind == "cgm") {
    Random r = idRandom(c, 17);
    put(x, "device", r.digits(1) + alnum(r, 5));
  } else if (kind == "serial") {
    Random r = idRandom(c, 18);
    put(x, "device", "SN" + r.digits(3) + r.letters(2) + r.digits(4));
  } else if (kind == "vin") {
    put(x, "vehicle", p.vin);
  } else if (kind == "plate") {
    put(x, "vehicle", p.plate);
  } else {
    throw std::logic_error("unknown identifier " + std::string(kind));
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail, URLs, IPs.

void writeEmail(Ctx& x, std::string_view whoKey) {
  // The same address for a person in every note of the patient: the local part and the domain
  // are drawn from the patient's identifier seed and the person's key.
  const Person8& p = who(x.c, whoKey);
  const bool staff = whoKey[0] == 's';
  Random r = idRandom(x.c, 100 + static_cast<std::uint64_t>(whoKey[0]) * 7 + static_cast<std::uint64_t>(whoKey[1]));
  std::string local;
  switch (r.between(0, 3)) {
    case 0: local = fold(p.first) + "." + fold(p.last); break;
    case 1: local = fold(p.first).substr(0, 1) + fold(p.last); break;
    case 2: local = fold(p.last) + "_" + fold(p.first); break;
    default: local = fold(p.first) + fold(p.last).substr(0, 1) + r.digits(2); break;
  }
  put(x, "email", local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffDomains8)
                                               : std::span<const std::string_view>(kMailDomains8)));
}

void writeUrl8(Ctx& x, std::string_view kind) {
  Random& r = x.b.random();
  const Person8& p = x.c.pt;
  std::string v;
  if (kind == "portal") v = "https://myhealth.harrowgate-health.example.org/chart/" + r.digits(7);
  else if (kind == "vendor") v = "https://sleepcloud.example.com/pt/" + r.digits(6) + "?view=summary&range=30d";
  else if (kind == "fund") v = "www.givetogether.example.net/f/help-" + fold(p.first) + "-" + fold(p.last);
  else if (kind == "study") v = "http://trials.ridgeline-med.example.net/enroll?ref=" + r.digits(5);
  else if (kind == "blog") v = fold(p.first) + fold(p.last) + ".blog.example.com/recovery-diary";
  else if (kind == "images") v = "https://imgshare.example.org/s/" + alnum(r, 10);
  else throw std::logic_error("unknown url " + std::string(kind));
  put(x, "url", v);
}

void writeIp8(Ctx& x, std::string_view kind) {
  Random& r = x.b.random();
  static constexpr char kHex[] = "0123456789abcdef";
  auto group = [&](int len) {
    std::string g;
    for (int k = 0; k < len; ++k) g.push_back(kHex[r.next() % 16]);
    if (g.size() > 1 && g[0] == '0') g[0] = 'a';
    return g;
  };
  if (kind == "4") {
    put(x, "ip", x.b.patient().ip);
  } else if (kind == "4p") {
    put(x, "ip", x.b.patient().ip);
    say(x, ":" + std::to_string(r.between(1024, 65000)));
  } else if (kind == "6") {
    switch (r.between(0, 3)) {
      case 0: put(x, "ip", "2001:db8:" + group(4) + ":" + group(3) + ":" + group(4) + ":" + group(2) + ":" + group(4) + ":" + group(4)); break;
      case 1: put(x, "ip", "2600:1700:" + group(3) + "::" + group(4)); break;
      case 2: put(x, "ip", "fe80::" + group(4) + ":" + group(2) + "ff:fe" + group(2) + ":" + group(4)); break;
      default: put(x, "ip", "::ffff:" + x.b.patient().ip); break;
    }
  } else {
    throw std::logic_error("unknown ip " + std::string(kind));
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses.

std::string street(const Patient& p, bool withUnit) {
  std::string s = p.streetNumber + " " + p.streetName;
  if (withUnit && !p.unit.empty()) s += ", " + p.unit;
  return s;
}

void writeAddress8(Ctx& x, std::string_view kind) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  if (kind == "1") {  // street, city, state on one line, then the ZIP
    put(x, "address", street(p, true) + ", " + p.city + (r.chance(0.5) ? ", " : " ") + p.state);
    say(x, r.chance(0.8) ? " " : "  ");
    put(x, "zip", p.zip);
  } else if (kind == "1sp") {  // no commas (a card read by OCR)
    put(x, "address", street(p, false) + " " + p.city + " " + p.state);
    say(x, " ");
    put(x, "zip", p.zip);
  } else if (kind == "1n") {  // without a ZIP
    put(x, "address", street(p, true) + ", " + p.city + ", " + p.state);
  } else if (kind == "st") {
    put(x, "address", street(p, true));
  } else if (kind == "st0") {
    put(x, "address", street(p, false));
  } else if (kind == "ml") {
    put(x, "address", street(p, false));
    say(x, "\n");
    if (!p.unit.empty()) {
      put(x, "address", p.unit);
      say(x, "\n");
    }
    put(x, "address", p.city + ", " + p.state);
    say(x, " ");
    put(x, "zip", p.zip);
  } else if (kind == "city") {
    put(x, "address", p.city);
  } else if (kind == "cs") {
    put(x, "address", p.city + ", " + p.state);
  } else if (kind == "po") {
    put(x, "address", "PO Box " + std::to_string(r.between(10, 9999)) + ", " + p.city + ", " + p.state);
    say(x, " ");
    put(x, "zip", p.zip);
  } else {
    throw std::logic_error("unknown address " + std::string(kind));
  }
}

// ---------------------------------------------------------------------------------------------
// Template expansion. Placeholders (fields separated by ':'):
//   {N:who:form} a name (who: pt, k1, k2, s1..s6; forms in writeName)
//   {R} the first relative's relation (text)       {D:dob|ev|nx:style} a date (nx: after the previous)
//   {A:style} the patient's age (a span when over 89) {Y} an age under 90 (text)
//   {P:pt|alt|new:style} phone  {F:...} fax       {X} an optional extension (text)
//   {I:kind[:style]} an identifier                 {E:who} an e-mail address
//   {U:kind} a URL   {IP:4|4p|6} an address        {AD:kind} a street address   {ZIP}
//   {ST} the state code (text)  {H} a facility (text)  {CAR} a car (text)  {S} a sentence (text)
//   {T} a time (text). "{{" and "}}" are literal braces.

std::string eighthSentenceImpl(Random& r);

void expand8(Ctx& x, std::string_view pattern) {
  Random& r = x.b.random();
  std::string literal;
  auto flush = [&] {
    if (!literal.empty()) say(x, literal);
    literal.clear();
  };
  std::size_t i = 0;
  while (i < pattern.size()) {
    const char ch = pattern[i];
    if ((ch == '{' || ch == '}') && i + 1 < pattern.size() && pattern[i + 1] == ch) {
      literal.push_back(ch);
      i += 2;
      continue;
    }
    if (ch != '{') {
      literal.push_back(ch);
      ++i;
      continue;
    }
    const std::size_t close = pattern.find('}', i);
    if (close == std::string_view::npos) throw std::logic_error("unterminated placeholder");
    flush();
    const std::string_view body = pattern.substr(i + 1, close - i - 1);
    i = close + 1;
    std::array<std::string, 3> f;
    std::size_t n = 0, start = 0;
    for (std::size_t k = 0; k <= body.size() && n < 3; ++k) {
      if (k == body.size() || body[k] == ':') {
        f[n++] = std::string(body.substr(start, k - start));
        start = k + 1;
      }
    }
    const std::string& key = f[0];
    if (key == "N") writeName(x, who(x.c, f[1]), f[2]);
    else if (key == "R") say(x, x.c.k1rel);
    else if (key == "D") writeDateKind(x, f[1], f[2]);
    else if (key == "A") writeAge8(x, f[1]);
    else if (key == "Y") say(x, std::to_string(r.between(19, 86)));
    else if (key == "P") writePhone8(x, "phone", f[1], f[2]);
    else if (key == "F") writePhone8(x, "fax", f[1], f[2]);
    else if (key == "X") writeExtension(x);
    else if (key == "I") writeId(x, f[1], f[2]);
    else if (key == "E") writeEmail(x, f[1]);
    else if (key == "U") writeUrl8(x, f[1]);
    else if (key == "IP") writeIp8(x, f[1]);
    else if (key == "AD") writeAddress8(x, f[1]);
    else if (key == "ZIP") put(x, "zip", x.b.patient().zip);
    else if (key == "ST") say(x, x.b.patient().state);
    else if (key == "SEX") say(x, x.b.patient().female ? "F" : "M");
    else if (key == "H") say(x, pickS(r, kFacilities8));
    else if (key == "CAR") say(x, pickS(r, kCars8));
    else if (key == "S") say(x, eighthSentenceImpl(r));
    else if (key == "T") say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)));
    else throw std::logic_error("unknown placeholder " + key);
  }
  flush();
}

struct EighthTemplate {
  std::string_view name;
  int caseMode;
  std::string_view pattern;
};

constexpr std::array kEighthTemplates = std::to_array<EighthTemplate>({
    {"ob_flowsheet", 0,
     "L&D FLOWSHEET -- BAYSIDE WOMEN'S PAVILION\nPt: {N:pt:lf}   MRN {I:mrn}   EDD {D:ev:us}\nG3P2002 @ 38w4d, GBS neg, Rh pos. "
     "Admitted {D:ev:isot}\n0600 FHR 135 bpm, moderate variability, +accels, no decels; ctx q3-4 min; SVE "
     "4/70/-1\n{S}\nSupport person: {N:k1:full} ({R}), cell {P:alt:dash}\nRN: {N:s4:fi}\n"},
    {"dialysis_run", 0,
     "HEMODIALYSIS RUN SHEET\nName: {N:pt:full}    Chair 7    Tx date: {D:ev:us}\nDOB {D:dob:usn}   MRN: {I:mrn}\n"
     "Pre wt 78.4 kg / EDW 76.0 kg; Qb 400, Qd 600; 2K/2.5Ca bath; heparin 1000 u bolus\nAccess: L "
     "brachiocephalic AVF, thrill +, bruit +\n{S}\nHome cycler serial {I:serial} (trained {D:ev:md})\nCharge RN: "
     "{N:s4:full}\n"},
    {"anesthesia_record", 0,
     "ANESTHESIA RECORD\nPatient: {N:pt:LF}   Age/Sex: {A:slash}   ASA III\nDOS: {D:ev:abbr}   Anesthesiologist: "
     "Dr. {N:s1:full}   CRNA: {N:s3:fi}\nAirway: Mallampati II, MAC 3, grade I view, 7.0 ETT taped 22 cm at lip\n"
     "Induction {T}: propofol 120 mg, rocuronium 50 mg, fentanyl 100 mcg\n{S}\n"},
    {"transfusion_record", 0,
     "BLOOD BANK -- TRANSFUSION ADMINISTRATION\nRecipient: {N:pt:lfm}   MRN {I:mrn}   Encounter {I:fin}\nABO/Rh: A "
     "NEG   Antibody screen: negative   Crossmatch: compatible (IS/AHG)\nProduct: RBC, leukoreduced, irradiated; "
     "started {D:ev:ust}\nDual verification at bedside: {N:s4:full}, RN and {N:s5:full}, RN\nVitals 15 min: T "
     "36.9, HR 88, BP 124/70. No reaction.\n"},
    {"poison_call", 0,
     "POISON CENTER CALL RECORD\nCase no. {I:case}    Received {D:ev:wdus} {T}\nCaller: {N:k1:first} ({R}), "
     "callback {P:alt:paren}\nPatient: {N:pt:first}, {A:yrs}, at home in {AD:city}\nSubstance: "
     "acetaminophen 500 mg, est. 20 tabs at {T}; 4-h level pending\nRec: to ED for NAC per Rumack-Matthew.\n"
     "Specialist: {N:s5:full}, CSPI\n"},
    {"school_nurse", 0,
     "SCHOOL HEALTH OFFICE VISIT\nStudent: {N:k2:full}    Grade 4    Date: {D:ev:usn}\nComplaint: wheezing at "
     "recess. Albuterol HFA 2 puffs via spacer per action plan; PEF 210 -> 260.\nGuardian (grandparent): "
     "{N:pt:full}, reached at {P:pt:dot}\nReturned to class {T}. Nurse {N:s4:last}\n"},
    {"occ_health_dot", 0,
     "OCCUPATIONAL HEALTH -- DOT MEDICAL EXAMINATION\nDriver: {N:pt:fml}    DOB: {D:dob:dlong}\nCDL no.: "
     "{I:lic} ({ST})    SSN: {I:ssn:space}\nEmployer contact: {N:s6:full}, {P:new:dash}{X}\nBP 138/86, P 76; "
     "vision 20/25 OU uncorrected; whisper test at 5 ft passed\n{S}\nCertified for 2 years; card expires "
     "{D:ev:us}\n"},
    {"correctional_intake", 1,
     "CORRECTIONAL HEALTH SERVICES - RECEIVING SCREEN\nNAME: {N:pt:LF}    HOUSING 4-B    CHART {I:mrn}\nBOOKED "
     "{D:ev:ust}; TRANSPORTED FROM {AD:city}\nSTATE ID {I:stateid}\nTB SYMPTOM SCREEN NEG; CIWA 6; SUICIDE "
     "SCREEN NEG\nEMERGENCY CONTACT: {N:k1:full} {P:alt:space}\nSCREENED BY {N:s4:fi}, LPN\n"},
    {"va_primary_care", 1,
     "VA PRIMARY CARE (PACT) NOTE\nVETERAN: {N:pt:LFn}\nDOB: {D:dob:mil}   AGE: {A:num}\nSSN: {I:ssn}\nSC 70%: "
     "PTSD, TINNITUS; AGENT ORANGE REGISTRY\n{S}\nPCP: {N:s1:LF}\nRTC 3 MONTHS\n"},
    {"hospice_bereavement", 0,
     "HOSPICE BEREAVEMENT CONTACT\nDecedent: {N:pt:full}, died {D:ev:long} at home, aged {A:num}.\nBereaved: "
     "{N:k1:full} ({R}, {Y})\n{AD:ml}\nThirteen-month call. {N:k1:first} reports sleeping better and has joined "
     "the Tuesday grief group. No complicated-grief indicators.\nCoordinator: {N:s5:full}, MSW\n"},
    {"interpreter_log", 0,
     "INTERPRETER SERVICES ENCOUNTER\nDate: {D:ev:iso}   Language: Tigrinya   Mode: video remote\nPatient: "
     "{N:pt:full} (MRN {I:mrn})\nInterpreter: {N:s6:first} (vendor)   Provider: Dr. {N:s2:last}\nDuration 34 "
     "min; teach-back completed for insulin pen use.\n"},
    {"ems_run_report", 0,
     "EMS PATIENT CARE REPORT\neResponse.05: 911 Response (Scene)\neTimes.03 Unit Notified: {D:ev:iso} {T}\n"
     "ePatient.02 Last Name: {N:pt:last}\nePatient.03 First Name: {N:pt:first}\nePatient.05 Address: {AD:st}\n"
     "ePatient.06 City: {AD:city}\nePatient.09 ZIP: {ZIP}\nePatient.15 Age: {A:num}   ePatient.16 Age Units: Years\n"
     "ePatient.17 DOB: {D:dob:iso}\neScene: MVC, restrained driver of {CAR}, plate {ST} {I:plate}, VIN {I:vin}\n"
     "eNarrative: {S}\n"},
    {"fhir_json", 0,
     "Patient resource from the HIE query:\n{{\n  \"resourceType\": \"Patient\",\n  \"identifier\": [{{\"system\": "
     "\"urn:oid:2.16.840.1.113883.19.5\", \"value\": \"{I:mrn}\"}}],\n  \"name\": [{{\"family\": \"{N:pt:last}\", "
     "\"given\": [\"{N:pt:first}\"]}}],\n  \"telecom\": [{{\"system\": \"phone\", \"value\": \"{P:pt:dash}\"}}, "
     "{{\"system\": \"email\", \"value\": \"{E:pt}\"}}],\n  \"birthDate\": \"{D:dob:iso}\",\n  \"address\": "
     "[{{\"line\": [\"{AD:st}\"], \"city\": \"{AD:city}\", \"state\": \"{ST}\", \"postalCode\": \"{ZIP}\"}}]\n}}\n"},
    {"cda_xml", 0,
     "<recordTarget>\n<patientRole>\n<id root=\"2.16.840.1.113883.19.5.99999.2\" extension=\"{I:mrn}\"/>\n"
     "<addr use=\"HP\"><streetAddressLine>{AD:st}</streetAddressLine><city>{AD:city}</city><state>{ST}</state>"
     "<postalCode>{ZIP}</postalCode></addr>\n<telecom value=\"tel:{P:pt:plus}\" use=\"HP\"/>\n<patient><name>"
     "<given>{N:pt:first}</given><family>{N:pt:last}</family></name>\n<administrativeGenderCode code=\"F\"/>"
     "<birthTime value=\"{D:dob:compact}\"/></patient>\n</patientRole>\n</recordTarget>\n"},
    {"kv_audit_log", 0,
     "ts={D:ev:isot} level=INFO svc=portal-auth event=login_ok user={E:pt} src_ip={IP:4} mrn={I:mrn}\n"
     "ts={D:ev:isot} level=WARN svc=portal-auth event=mfa_sms_sent to={P:pt:compact} src_ip={IP:6}\n"
     "ts={D:ev:isot} level=INFO svc=scheduler event=appt_booked dept=ORTHO slot=0930 status=confirmed\n"},
    {"synoptic_pathology", 0,
     "SURGICAL PATHOLOGY -- SYNOPTIC REPORT\nAccession: {I:acc}   Collected: {D:ev:us}   Received: {D:nx:us}\n"
     "Patient: {N:pt:LF}   DOB: {D:dob:us}\nProcedure: right hemicolectomy\nHistologic type: adenocarcinoma, "
     "grade G2\npT3 pN1a (1/18) cM0\nMargins: negative (radial 2.1 cm)\nLymphovascular invasion: present\n"
     "MMR IHC: MLH1, PMS2, MSH2, MSH6 retained\nPathologist: {N:s2:fml}, MD\n"},
    {"tumor_board", 0,
     "MULTIDISCIPLINARY TUMOR BOARD -- {D:ev:long}\nPresenter: Dr. {N:s1:last}\nCase 3: {N:pt:fi}, {A:sex}, MRN "
     "{I:mrn}. ER+/PR+/HER2- IDC, 2.3 cm, grade 2, Oncotype RS 14.\nDiscussion: {S}\nConsensus: lumpectomy "
     "and SLNB, then whole-breast RT; endocrine therapy.\nPresent: {N:s2:fin}, {N:s3:last}, {N:s5:last}\n"},
    {"genetic_letter", 0,
     "Dear {N:pt:first},\nThank you for meeting with me on {D:ev:long}. Your test found a pathogenic variant in "
     "BRCA2 (c.5946delT). Your {R}, {N:k1:first}, and other blood relatives may wish to be tested; I have "
     "enclosed a family letter. Results are also in your portal at {U:portal}.\nWarm regards,\n{N:s5:full}, MS, "
     "CGC\nCancer Genetics Program | {P:new:dot}{X} | fax {F:new:dot}\n"},
    {"wound_photo", 0,
     "Image 2 of 4 | {N:pt:lf} | sacral pressure injury, stage 3 | {D:ev:dot} | 4.2 x 3.1 x 0.8 cm, 30% "
     "slough, no tunnelling\nCaptured on unit phone IMEI {I:imei} by {N:s4:first}; uploaded to {U:images}\n"},
    {"dme_order", 0,
     "DURABLE MEDICAL EQUIPMENT ORDER\nBeneficiary: {N:pt:full}    MBI: {I:mbi:dash}\nItems: K0001 standard "
     "wheelchair; E0260 semi-electric bed with mattress\nDx: G20, R26.81. Length of need: 99 months.\nDeliver "
     "to:\n{AD:ml}\nOrdering: {N:s3:fml}, DO    Return signed order by fax to {F:new:paren}\n"},
    {"refill_request", 0,
     "REFILL REQUEST received by e-fax from pharmacy #4481 (fax {F:new:dash})\nPt {N:pt:full}  DOB {D:dob:usn}\n"
     "lisinopril 20 mg tab, #90, last filled {D:ev:md}, 0 refills left\nPt phone on file {P:pt:dot}\n"
     "Routed to Dr. {N:s1:last} for approval.\n"},
    {"nurse_triage", 0,
     "NURSE ADVICE LINE\nCaller: {N:k1:full} ({R}) calling about {N:pt:full}\nCallback: {P:alt:any}{X}\n"
     "Protocol: Chest Pain - Adult. Pressure-like pain x 20 min, diaphoretic.\nDisposition: call 911 now; "
     "caller agreed. Aspirin 325 mg chewed per protocol.\nTriage RN: {N:s4:full}\n"},
    {"portal_message_typos", 0,
     "Message from patient ({D:ev:wdus}):\nhi dr {N:s1:last} its {N:pt:first} again.. my sugars been runing "
     "250s all week n i ran out of the lantus pens. i know im {A:num} but i still drive n i can come in. can u call me at {P:pt:compact} or my {R} {N:k1:first} "
     "{P:alt:dot}. thx\n"},
    {"sms_shorthand", 2,
     "sms {D:ev:md} {T} from pt: cant make appt 2day car broke down. this is {N:pt:full} dob "
     "{D:dob:us2}. txt back {P:pt:dash} pls\n"},
    {"note_from_abroad", 0,
     "Summary received from treating hospital abroad (translated)\nSurname / Name: {N:pt:LF}\nDate of birth: "
     "{D:dob:dot}   Age: {A:yrs}\nPassport no.: {I:pass}\nForeign insurer no.: {I:foreign}\nLocal phone: {P:new:intl}\nAdmitted "
     "{D:ev:dot}, discharged {D:nx:roman}; NSTEMI, PCI to LAD with DES.\nUS address: {AD:1}\n"},
    {"chart_merge_notice", 0,
     "IDENTITY MANAGEMENT -- DUPLICATE RECORD MERGE\nSurviving MRN: {I:mrn}    Retired MRN: {I:mrn2}\nName on "
     "both: {N:pt:LF}; DOB {D:dob:us} matched; SSN {I:ssn} matched\nMerged by {N:s6:full} on {D:ev:iso}. "
     "Encounters re-pointed: 14.\n"},
    {"roi_request", 0,
     "RELEASE OF INFORMATION REQUEST\nRequester: {N:k1:full}, {R}, agent under health care POA\nPatient: "
     "{N:pt:fml}    DOB {D:dob:long}\nRecords: {D:ev:us} through {D:nx:us}\nDeliver by e-mail to {E:k1} or mail "
     "to {AD:1}\nLogged by {N:s6:fi}\n"},
    {"guardianship_order", 0,
     "IN THE PROBATE COURT\nIn re the guardianship of {N:pt:f2}, an adult\nORDER APPOINTING GUARDIAN\nOn the "
     "{D:ev:legal}, the Court, having heard testimony of Dr. {N:s2:full}, finds the respondent, aged {A:num}, "
     "incapacitated, and appoints {N:k1:full}, residing at {AD:1n}, as guardian of the person.\nJudge "
     "{N:s6:full}\n"},
    {"opo_referral", 0,
     "ORGAN PROCUREMENT REFERRAL\nReferred {D:ev:ust} from MICU; ventilated, GCS 3T, off sedation 12 h\n"
     "Potential donor: {N:pt:full}, {A:any}\nUNOS ID: {I:reg}\nNext of kin: {N:k1:full} ({R}), {P:alt:paren}\n"
     "OPO coordinator on site: {N:s5:full}\n"},
    {"trial_adverse_event", 0,
     "CLINICAL TRIAL -- ADVERSE EVENT REPORT\nProtocol ONC-2291   Site 014\nParticipant ID: {I:study}\n"
     "Onset: {D:ev:abbr}   Resolved: {D:nx:abbr}\nEvent: neutropenia, CTCAE v5.0 grade 3; dose held; "
     "relatedness: possible\nReported by: {N:s2:full} <{E:s2}>\n"},
    {"sleep_study", 0,
     "POLYSOMNOGRAPHY REPORT\nPatient: {N:pt:full}   DOB: {D:dob:us}   Study date: {D:ev:us}\nAHI 31.2/h, RDI "
     "38.4/h, SpO2 nadir 79%, T90 12%; CPAP titrated to 11 cm H2O\nAuto-PAP serial {I:dev}; nightly uploads to "
     "{U:vendor} from {IP:4}\nInterpreting physician: {N:s2:full}, MD\n"},
    {"ophthalmology_visit", 0,
     "OPHTHALMOLOGY\n{N:pt:full} | {A:sex} | {D:ev:us}\nVA sc 20/80 OD, 20/40 OS; IOP 18/21 (Goldmann)\n"
     "IOL OD: SN60WF +21.0 D, serial {I:dev2}\n{S}\nReturn {D:ev:mdlong}\n"},
    {"audiology_report", 0,
     "AUDIOLOGY REPORT ({D:ev:dlong})\nName {N:pt:lfm}    Age {A:num}\nPTA R 48 dB HL, L 52 dB HL; WRS 84% / 80%\n"
     "Fitted bilateral RIC aids, serials {I:dev} / {I:dev2}\nAudiologist: {N:s5:full}, AuD\n"},
    {"legacy_demographics", 1,
     "*** PATIENT DEMOGRAPHICS ***   {D:ev:us} 0800\nNAME......: {N:pt:LFn}\nADDR......: {AD:st}\n"
     "CITY/ST...: {AD:cs}   ZIP: {ZIP}\nPHONE.....: {P:pt:paren}\nSSN.......: {I:ssn}\nINS.......: MEDICARE "
     "{I:mbi}\nGUAR......: {N:k1:LFn}\nACCT......: {I:acct}\n"},
    {"hurried_note", 2,
     "pt {N:pt:low} seen {D:ev:md}, {A:any}, c/o sob x3d. spo2 91% ra, crackles bil bases, bnp 1840. lasix 40 iv "
     "given. {R} {N:k1:first} at bedside, # {P:alt:dash}. d/w dr {N:s1:last}.\n"},
    {"home_oxygen", 0,
     "HOME OXYGEN CERTIFICATION\nPatient: {N:pt:full}    Medicaid ID {I:plan}\nRoom-air SpO2 at rest 86% on "
     "{D:ev:us}; 2 L/min NC continuous\nConcentrator serial {I:serial} delivered to {AD:st}\nSupplier 24-h line "
     "{P:new:one}\n"},
    {"travel_clinic", 0,
     "TRAVEL MEDICINE VISIT\n{N:pt:full}, passport {I:pass}, departing {D:ev:long} for Ghana (3 weeks).\n"
     "Yellow fever vaccine lot Y4JK2 given; typhoid Vi; malaria chemoprophylaxis atovaquone-proguanil.\n"
     "{S}\nEmergency contact abroad: {P:new:intl}\n"},
    {"street_medicine", 0,
     "STREET MEDICINE OUTREACH\nMet {N:pt:first} at the encampment behind {AD:st0}. Cellulitis L shin "
     "improving on doxycycline day 5. Prepaid phone {P:pt:local7}. Will look for {N:pt:first} again "
     "{D:ev:wdmd}.\n"},
    {"military_sick_call", 0,
     "SICK CALL (BAS)\nSM: SGT {N:pt:LF}    TRICARE ID {I:tricare}\nUnit: 2-12 IN, B Co\nS: R ankle inversion on "
     "ruck march {D:ev:milsp}.\nO: ATFL tender, Ottawa negative.\nA/P: sprain; profile 14 days. Seen by "
     "{N:s3:full}, PA-C\n"},
    {"pt_daily_note", 0,
     "PHYSICAL THERAPY DAILY NOTE {D:ev:us}\n{N:pt:fi}, {A:any}, s/p R TKA on {D:ev:mdlong}. AROM 5-95 deg, "
     "quad lag 10 deg. Gait with RW 150 ft.\nNext visit {D:ev:wdmd}. Therapist: {N:s6:full}, PT, DPT\n"},
    {"critical_value_call", 0,
     "CRITICAL VALUE NOTIFICATION\nPotassium 6.9 mmol/L on {N:pt:lf} (MRN {I:mrn}), collected {D:ev:ust}\n"
     "Called to {N:s4:full}, RN at {P:new:local7}{X}; read-back verified.\n"},
    {"mortuary_release", 0,
     "MORTUARY RELEASE\nDecedent: {N:pt:LF}, {A:any}, pronounced {D:ev:ust}\nReleased to Hollis & Sons "
     "Funeral Home, {P:new:dash}\nNext of kin: {N:k1:full}, {R}, {P:alt:plus1}\nSSN for death certificate: "
     "{I:ssn:bare}\n"},
    {"claim_status", 0,
     "CLAIM STATUS INQUIRY\nClaim # {I:claim}   DOS {D:ev:us}\nMember: {N:pt:LF}   ID {I:plan}   Group {I:grp}\n"
     "Status: denied, CARC 197 (precertification absent). Reconsideration line {P:new:toll}.\n"},
    {"parking_incident", 0,
     "SECURITY INCIDENT -- PARKING\n{CAR} left in ED ambulance bay {D:ev:ust}; registered owner {N:pt:full}.\n"
     "Plate {I:plate}, VIN {I:vin}. Keys held at security desk; owner's {R} {N:k1:full} notified at "
     "{P:alt:dash}.\n"},
    {"research_recruitment", 0,
     "Dear {N:pt:full},\nYou may be eligible for the RESTORE-HF study of a home exercise program. To learn "
     "more, visit {U:study} or write to the coordinator, {N:s5:full}, at {E:s5}.\nThis letter was mailed to "
     "{AD:po}.\n"},
    {"fundraiser_mention", 0,
     "Social work follow-up {D:ev:usn}: {N:k1:first} ({R}) says the church set up {U:fund} for "
     "{N:pt:first}'s rehab costs; also posting updates at {U:blog}. Referred to financial counselling.\n"},
    {"cgm_report", 0,
     "CGM SUMMARY (14 days) {D:ev:us} - {D:nx:us}\nPatient: {N:pt:full}   Transmitter ID {I:cgm}\nTime in "
     "range 62%, above 250: 11%, below 70: 3%; GMI 7.4%; CV 38%\nAccount {I:acct}\n"},
    {"portal_access_audit", 0,
     "PORTAL ACCESS AUDIT -- account holder {N:pt:full}\n{D:ev:isot}  proxy login  user={E:k1}  ip={IP:4p}\n"
     "{D:ev:isot}  view results  user={E:pt}  ip={IP:6}\nProxy: {N:k1:full} ({R}), approved {D:ev:dmy}\n"},
    {"registry_query_pipe", 0,
     "IMMUNIZATION REGISTRY QUERY (QBP) -- response rows\nLAST|FIRST|DOB|ZIP|PHONE|MATCH\n{N:pt:last}|{N:pt:first}|"
     "{D:dob:compact}|{ZIP}|{P:pt:compact}|EXACT\n{N:pt:last}|{N:k2:first}|{D:ev:compact}|{ZIP}||PROBABLE\nTdap "
     "{D:ev:us} lot 7XK42; Shingrix dose 2 {D:nx:us}; PCV20 {D:ev:my}\n"},
    {"census_board", 1,
     "4 WEST CENSUS {D:ev:md} NIGHT SHIFT\nRM  PATIENT            AGE  DX             MD\n12B {N:pt:lfi}    {A:sex}  CHF exac       "
     "{N:s1:last}\n14A (empty -- terminal clean)\n15  {N:k2:lfi}    67M  COPD           {N:s2:last}\nCHARGE: "
     "{N:s4:first} {P:new:local7}\n"},
    {"voicemail_transcript", 0,
     "VOICEMAIL (auto-transcribed, {D:ev:wdlong} {T})\n\"Hi, this is {N:k1:first}, I'm the {R}, calling for "
     "{N:pt:full}, date of birth {D:dob:ordnc}, {A:wyo}. We ran out of the, um, the Eliquis and the pharmacy says it "
     "needs a new prior auth. You can call me back at {P:alt:any} or on the landline {P:pt:any}. "
     "Thanks.\"\nRouted to: {N:s4:fi}\n"},
    {"id_card_ocr", 1,
     "SCANNED ID (OCR) -- VERIFY AGAINST PATIENT\nDL {I:lic}   CLASS C   EXP {D:ev:us}\n{N:pt:LF}\n{AD:1sp}\n"
     "DOB {D:dob:us}   SEX {SEX}   HGT 5-07   EYES BRN\nISS {D:ev:us}\n"},
    {"no_phi_vent_settings", 0,
     "VENTILATOR SETTINGS (ARDSNet)\nAC/VC, VT 6 mL/kg PBW, RR 22, PEEP 12, FiO2 0.60\nPlateau goal <= 30 cm H2O; "
     "driving pressure <= 15\nPBW (male) = 50 + 0.91 x (height cm - 152.4)\n{S}\n"},
    {"no_phi_preop_checklist", 0,
     "PRE-OPERATIVE CHECKLIST\n[x] NPO after midnight\n[x] Consent signed and witnessed\n[x] Site marked\n"
     "[x] Beta blocker given within 24 h\n[ ] Type and screen (not required)\n{S}\n"},
    {"no_phi_dialysis_orders", 0,
     "STANDING HEMODIALYSIS ORDERS\nTime 4 h, Qb 400, Qd 500-800, dialysate 2K/2.5Ca/137Na/35HCO3\nEPO per "
     "protocol when Hgb < 10; hold if > 11.5\nIron sucrose 100 mg x 10 for TSAT < 20%\n{S} {S}\n"},
    {"no_phi_sleep_hygiene", 0,
     "SLEEP HEALTH HANDOUT\nKeep a regular wake time 7 days a week. Avoid caffeine after noon. Use the bed for "
     "sleep only. If awake longer than 20 min, get up. Adults aged {Y} and older often need 7-8 hours.\n{S}\n"},
    {"no_phi_audiogram_key", 0,
     "AUDIOGRAM LEGEND\nO = right air, X = left air, < = right bone, > = left bone\nNormal 0-25 dB HL; mild "
     "26-40; moderate 41-55; moderately severe 56-70; severe 71-90; profound > 90\n{S}\n"},
    {"no_phi_ob_triage", 0,
     "OB TRIAGE PROTOCOL\nBP >= 160/110 x2 15 min apart: labetalol 20 mg IV, recheck in 10 min.\nMagnesium 4 g "
     "load then 2 g/h. Category II tracing: intrauterine resuscitation.\n{S} {S}\n"},
    {"no_phi_transfusion_reaction", 0,
     "SUSPECTED TRANSFUSION REACTION\n1. Stop the transfusion; keep the line open with saline.\n2. Check the "
     "label against the wristband.\n3. Send the bag and a post sample to the blood bank.\n4. DAT, bilirubin, "
     "UA for hemoglobin.\n{S}\n"},
    {"no_phi_tumor_staging", 0,
     "AJCC 8th EDITION -- COLON\nT1 submucosa; T2 muscularis propria; T3 through muscularis propria; T4a "
     "visceral peritoneum; T4b adjacent organs.\nN1a 1 node; N1b 2-3 nodes; N2a 4-6 nodes; N2b 7+.\n{S}\n"},
});

std::string eighthSentenceImpl(Random& r) {
  auto n = [&](int low, int high) { return std::to_string(r.between(low, high)); };
  auto dec = [&](int low, int high) { return std::to_string(r.between(low, high)) + "." + std::to_string(r.between(0, 9)); };
  switch (r.between(0, 51)) {
    case 0: return "Graves disease in remission after RAI; TSH " + dec(0, 4) + " mIU/L.";
    case 1: return "Addison crisis precautions reviewed; hydrocortisone stress dosing card given.";
    case 2: return "Bell palsy grade III (House-Brackmann) on the left, improving.";
    case 3: return "Parkinson disease, Hoehn and Yahr stage " + n(1, 4) + "; carbidopa-levodopa 25/100 three times daily.";
    case 4: return "Cushing triad absent; pupils 3 mm and reactive.";
    case 5: return "Kt/V " + dec(1, 1) + ", URR " + n(65, 78) + "%; access flow 900 mL/min.";
    case 6: return "Apgars 8 and 9 at 1 and 5 minutes; birth weight 3,410 g.";
    case 7: return "G2P1001 at 39w2d, cervix 5/80/-1, membranes intact.";
    case 8: return "Visual acuity 20/" + n(20, 80) + " OU with correction; IOP " + n(12, 22) + " mmHg.";
    case 9: return "Tympanometry type A bilaterally; OAEs present at 2-4 kHz.";
    case 10: return "AHI " + dec(5, 40) + " events/h with REM predominance; PLMI 8.";
    case 11: return "Epley maneuver performed x2 with resolution of nystagmus.";
    case 12: return "Hunt and Hess grade 2; Fisher grade 3 on the CT.";
    case 13: return "Mallampati III, thyromental distance 5 cm, limited neck extension.";
    case 14: return "ASA class II; NPO since 0200; last clear liquids 0500.";
    case 15: return "Type and screen O POS, antibody screen negative; 2 units on hold.";
    case 16: return "Lot 4KD72A, expiry on the vial checked; site L deltoid.";
    case 17: return "NDC 0409-4888-10 dispensed; HCPCS J1885 billed.";
    case 18: return "CPT 99215 with modifier 25; ICD-10 E11.65 and I50.32.";
    case 19: return "May consider reducing the dose if the creatinine rises.";
    case 20: return "Will recheck BMP in 1 week and march the dose up if stable.";
    case 21: return "Hope for discharge by the weekend depends on PT clearance.";
    case 22: return "Summer camp physical forms declined; not applicable.";
    case 23: return "Sterling silver ring removed from the left fourth finger before imaging.";
    case 24: return "Weight " + dec(50, 110) + " kg, BMI " + dec(18, 41) + ".";
    case 25: return "BP " + n(100, 170) + "/" + n(55, 100) + ", HR " + n(50, 110) + ", RR " + n(12, 24) + ", SpO2 " + n(88, 100) + "%.";
    case 26: return "Hgb " + dec(7, 15) + " g/dL, platelets " + n(90, 420) + " K/uL, INR " + dec(1, 3) + ".";
    case 27: return "Mother had breast cancer at " + n(38, 70) + "; father with MI at " + n(45, 80) + ".";
    case 28: return "Smoked 1 ppd for " + n(10, 40) + " years, quit in 2009.";
    case 29: return "Colonoscopy 2019 with two tubular adenomas; repeat due in 2026.";
    case 30: return "GCS 15, CAM-ICU negative, RASS 0.";
    case 31: return "Wells score " + n(0, 6) + "; D-dimer " + n(200, 1900) + " ng/mL FEU.";
    case 32: return "Ottawa ankle rules negative; weight bearing as tolerated.";
    case 33: return "PHQ-9 " + n(0, 22) + ", GAD-7 " + n(0, 18) + "; denies SI.";
    case 34: return "Room 412, bed B; fall-risk band on; bed alarm set.";
    case 35: return "Chair 12, station 3; needles 15G x 2, cannulation uneventful.";
    case 36: return "Started at 10 mL/h, titrated by 2 mL/h every 30 min to 30 mL/h.";
    case 37: return "Hearing aid program 2 for restaurants; T-coil enabled.";
    case 38: return "Stage 2 pressure injury on the left heel, 1.5 x 1.0 cm, Braden 14.";
    case 39: return "Holter 48 h: sinus rhythm, PVC burden 3%, one 6-beat run of NSVT.";
    case 40: return "Warfarin 5 mg Mon/Wed/Fri and 2.5 mg other days; goal INR 2-3.";
    case 41: return "Breslow depth 1.2 mm, Clark level IV, mitotic rate 2/mm2.";
    case 42: return "Gleason 3+4=7 (grade group 2) in 4 of 12 cores.";
    case 43: return "Tanner stage IV; menarche at 12.";
    case 44: return "Dix-Hallpike positive on the right; Romberg negative.";
    case 45: return "Child-Pugh B, MELD-Na " + n(10, 30) + "; no asterixis.";
    case 46: return "Crohn disease on adalimumab 40 mg every 2 weeks since 2021.";
    case 47: return "Call 988 if thoughts of self-harm return; safety plan reviewed.";
    case 48: return "Page 2 of 3; continued on the next page.";
    case 49: return "Version 4.2 of the form, revised 2023.";
    case 50: return "Glasgow-Blatchford score " + n(0, 12) + "; no melena in 24 h.";
    default: return "Follow up in " + n(2, 12) + " weeks or sooner if worse.";
  }
}

}  // namespace

std::size_t eighthTemplateCount() { return kEighthTemplates.size(); }

std::string_view writeEighthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                 std::size_t choice) {
  const Cast8 cast = makeCast8(seed, patientIndex);
  const EighthTemplate& t = kEighthTemplates[choice % kEighthTemplates.size()];
  Ctx x{builder, cast, t.caseMode};
  expand8(x, t.pattern);
  return t.name;
}

std::string eighthSentence(Random& r) { return eighthSentenceImpl(r); }

}  // namespace concord::phi::corpus
