// The thirteenth family (kThirteenthSeed only): templates, look-alike sentences and name pools
// written by someone who had not seen the detector's rules, and never run against it while being
// written. Document styles, chosen to be ones the other families lack: workers' compensation
// adjuster letter, subpoena for records, life-insurance attending physician statement, pharmacy
// benefit claim reject, health-information-exchange patient-match log, medical identity theft
// statement, explanation of benefits, collection agency letter, tissue donor risk interview, pet
// therapy log, music therapy session, respiratory therapy ventilator check, CPAP compliance
// download, living kidney donor psychosocial evaluation, blood donor deferral letter, interpreter
// invoice, home modification estimate, home-delivered meals referral, care-centre admission
// agreement, medication recall notice, wearable sync log, ambulance invoice, auto insurer (PIP)
// records request, IEP meeting notes, summer camp health form, VA compensation and pension exam,
// clinical ethics consultation, OCR of a handwritten glucose diary, ward condolence card,
// next-of-kin search log, M&M conference summary, calendar invite (iCalendar), communication
// badge log, teledermatology e-consult, Portuguese-English second opinion request, German
// discharge letter, cruise ship infirmary note, airline MEDIF, ski patrol incident report,
// marathon medical tent log, probation officer letter, FMLA certification, jury duty excuse,
// personal emergency response event log, syringe services contact, lower-case online review of
// a clinic, patient blog post, lower-case voice memo transcript, employer CSV of test results,
// purchased/referred care referral, solicitor's capacity request, bank elder-exploitation report,
// and eight kinds of note without PHI (weaning protocol, formulary bulletin, crash cart check,
// lab QC log, patient handout, infection statistics, safety huddle, order set).
//
// Gold span conventions: the twelfth family's, which restate the tenth and ninth families' (see
// the headers of corpus_twelfth_family.cpp, corpus_tenth_family.cpp and corpus_ninth_family.cpp),
// restated briefly with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("SSN: ", "DOB ", "mrn=",
//    "user=", "Unit: ", "Cell: ", "geb. "), quotes, brackets, the "mailto:" of a calendar entry and
//    trailing punctuation (including the escaped "\," of an iCalendar text) are outside.
//  * Names: titles and roles before a name ("Dr. ", "Dr ", "Dr. med. ", "Officer ", "OT ", "Frau ",
//    "Herrn ", "Mr. ", "Ms. ") and credentials after it (", MD", ", DO", ", NP", ", PA-C", ", RN",
//    ", LPN", ", RRT", ", MSW", ", LCSW", ", PhD", ", AuD", ", MBBS", ", MT-BC", ", CTBS", ", OEC",
//    ", Esq.", ", Claims Adjuster") are outside; a name written in one piece is one span
//    ("Zelphia Marrow", "Z. Marrow", "Marrow, Zelphia", "MARROW, ZELPHIA R", "Zelphia R. Marrow",
//    "Zelphia Melchior Marrow", "ZELPHIA MARROW", "MARROW", lower case in a voice memo, review or OCR
//    diary); particles, apostrophes, hyphens and accents are inside. A possessive "'s" is
//    outside. A first name alone, a surname alone and a nickname are spans; in a CSV row the
//    surname and the first name are separate spans. Surnames that are ordinary English words
//    ("Bone", "Heart", "Fever", "Marrow", "Cramp", "Leech") are spans where they name a person and
//    not PHI in sentences where they are words. Eponyms naming a sign, disease or procedure are
//    not PHI. A dog's name is not PHI.
//  * Dates: the date only; a time after it (also "T06:00" and "T150000" after an ISO or compact
//    date) is outside; month/day, month/year ("03/2024"), day-first ("26/11/2024", "26.11.2024",
//    "26 Nov 2024", "26-Nov-24"), compact ("20241126"), military ("26NOV2024"), dashed
//    ("11-26-2024"), dotted year-first ("2024.11.26") and abbreviated-month ("Nov. 26, 2024")
//    dates are dates; a year alone is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("93" of
//    "93-year-old", "93F", "aged 93", "Age: 93", "93 anos") or the words ("ninety-three" of
//    "ninety-three years old"). Ages of 89 or less, and ages of other people, are not PHI.
//  * Phones: every phone number written is a gold phone (patient, family, payers, lawyers,
//    pharmacies, seven-digit local numbers, Brazilian and German numbers); extensions are
//    outside; numbers labelled fax are "fax"; 911 and TTY 711 are not PHI.
//  * Identifiers: medical record and health record numbers are "mrn"; hospital, collection and
//    bank checking account numbers and claim numbers are "account"; member, group, Medicare MBI
//    and insurance policy numbers are "health_plan"; driver's licences are "license"; device,
//    ventilator, oxygen concentrator and wearable serials, personal-emergency-response unit IDs
//    and IMEIs are "device"; VINs and plates are "vehicle". BIN and PCN payer routing codes, lot
//    numbers, NDC, CPT, HCPCS and ICD codes, invoice numbers, lock numbers, rooms, beds, cots and
//    cabins, reject codes and order numbers are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; in multi-line addresses each line's part is its own span; a
//    city alone or "City, ST" is an "address" span; the ZIP is always its own "zip" span (also as
//    "zip=" in a log).
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_thirteenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).
constexpr std::string_view kGiven13[] = {
    "Philomène", "Bláithín", "Eithne-Rose", "Tadhg-Óg", "Kinga-Zofia", "Jadwiga-Ann", "Dagmar-Lise", "Brunhilde", "Adelgunde", "Reinhild", "Sølvi", "Ingebjørg", "Arnbjörg", "Kjellaug",
    "Berenike", "Gioacchino", 
    "Ermanno", "Miroslava", "Radovan", "Stanisława", "Agnieszka-Maria",
    "Eeva-Liisa", "Juhani", "Hallgerður", "Åse-Marie", "Gijsbert",
    "Siegfried-Karl", "Ignace", "Brigitte-Anne", "Gérardine",
    "Hyacinthe", "Léontine", "Apolline", "Donatien", "Ysolde", 
    "Sadhbh", "Pádraigín", "Ruaidhrí", "Seonag", "Murdina",
    "Hamish-Ross", "Ailsa-Jean", "Ezekiel-James", 
    "Tabitha-Lynn", "Philippa-Kate", "Clementine-Joy",
    "Scholastica",
    "Bonifacio", "Perfecto", "Rowena-Grace", "Lourdes-Mae", "Concepción", 
    "Hermenegildo", "Marisol-Ana", 
    "Ximena-Paz", "Jacyra", "Gilvan", "Rosângela", "Marinalva", "Valdirene",
    "Oluwaseyi", "Temitope-Grace", "Osaretin",
    "Eghosa", "Yaa-Asantewaa", "Sipho-Themba", 
    "Rumbidzai", "Akinyi",
    "Abebech", "Sahra-Ilhan", "Aziza", 
    "Samira-Nour", "Fairuz", "Rouba", "Haifa", "Boutros", "Ohannes", 
    "Vardan", "Nargiza", "Farrukh", "Saule", "Ainur", "Bolat", "Baasanjav", "Oyunchimeg",
    "Tsetseg", "Ganbold", "Tashi-Lhamo", "Dawa-Norbu", "Anjali-Devi", "Keshav", 
    "Subbulakshmi", "Annapurna", "Parvathy", "Sreekumar", "Manjit",
    "Gulshan", "Shagufta", "Mahbuba", "Anisur", "Dilruba", "Kusum", 
    "Chamari", "Dilhani", "Pathum", "Wen-jie", "Hui-min", "Guo-qiang", 
    "Chun-kit", "Emiko-Rose", 
    "Myung-sook", "Thuy-linh", "Quoc-bao", "Kanokwan", "Malee",
    "Rosalinda-Joy", "Jun-jun", "Epeli", "Mele-Ana", "Kalolaine",
    "Aroha-Lee", "Kiri-Ann", "Leilani-Mae", 
    "Winona-Faye", "Dakota-Rae", "Cheyenne-Lyn", "Tahnee", "Shaquanda", "Dequan", "Tyreek", 
    "La'Shonda", "D'Angelo-Ray", "Ke'Andra", "Shanice-Marie", "Bubba-Ray", "Billie-Jo", "Loretta-Mae",
    "Earlene", "Wanda-Lou", "Clovis", "Thurman", "Elmore", "Verla", "Ardith", "Luverne",
    "Zelphia", "Mahala", "Vesta", "Icie", "Oma", "Arvilla", "Velva", "Hattie-Belle", 
    "Rebel", "Harmony-Lee", "Blessing-Ann", 
};

constexpr std::string_view kMiddle13[] = {
    "Aloysia", "Bartholomea", "Damiana", "Engelbert", "Fridolin", "Gereon", "Hermengild", "Isidora", "Lamberta", "Modesta", "Pankraz", "Quirin", "Remigius",
    "Benedikta", "Desmond-Paul", "Fortunatus", "Gaudentia", "Hilarion",
    "Juvenal", "Leodegar", "Melchior", "Rainier",
    "Sulpicia", "Tiburtius", "Ulrika", "Valentinus", "Winifred-Ann",
};

constexpr std::string_view kNick13[] = {
    "Buster-Boo", "Gumdrop", "Sweet Pea", "Kitty-Kat", "Pinky", "Marzipan-Boy", "Nana-Bee", "Pop-Pop", "Dewdrop", "Mouse", "Sunny-Jim", "Mags", "Fitzy", "Dizzy", "Bongo", "Lucky-Lou",
    "Pidge", "Bunky", "Dumpling", "Skeeter", 
    "Pookie", "Doodlebug", 
    "Mo-Mo", "Lulu-Belle", 
};

constexpr std::string_view kFamily13[] = {
    "Sparrowhawk", "Cure", "Leech", "Pill", "Cramp", "Crutch", "Gravestock", "Coldwell-Reyes", "Sorrow", "Ironmonger", "Lightbody", "Shakeshaft", "Sidwell-Ngata", "Blanket", "Candle", "Shepherd-Oyelowo", "Chill", "Stitch", 
    "Bone", "Legg", "Heart", "Sickles", "Fever", "Payne-Doolittle",
    "Mould", "Thistle", "Marrow", "Lantern", "Barley", 
    "Ladder", "Anvil", "Spindle", "Thimble", "Bucket", "Pickle", "Sweetapple", 
    "Winterbottom", "Summerfield-Ruiz", "Cherrywood", 
    "Blackmore-Osei", "Whitlock-Adebayo", "Rainwater", "Stillwell", 
    "Postlethwaite", "Heseltine", "Smallbone", "Longbottom", "Shufflebotham", "Cockburn",
    "Dalrymple", "O'Dwyer-Banks",
    "D'Souza-Pereira", "D'Arcy-Finch", "De'Ath", "M'Baye", 
    "della Rovere", "di Benedetto", "La Spina", "van den Broek", "van Ommeren", "op den Kamp",
    "zu Stolberg", "de la Fuente-Ibarra", "dos Reis", "da Silveira", "Bin Laden-Hussein",
    "Al Mansouri", "El-Sayed Fahmy", "Ben-Haim", "Kleinschmidt", "Oberländer",
    "Müller-Thurgau", "Schröder-Pohl", "Wößner", "Straßburger", "Żebrowski", "Szczęsna", "Grzybowska",
    "Chmielewski-Hart", "Šimůnek", "Horvat-Jurić", "Popescu-Lungu", "Țăranu",
    "Căpraru", "Ionescu-Brand", "Hjálmarsdóttir", "Guðmundsson", "Þórðardóttir", "Kärkkäinen",
    "Väisänen", "Ødegaard", "Brekke", "Rasmussen-Obi", "Tremblay-Nkosi", "Bouchard-Leroux", "Gagnon-Diallo",
    "Pelletier-Moss", "Arsenault", "LeBlanc-Ito", "Thibodaux",
    "Okonkwo-Bright", "Obi-Wickham", "Bamidele",
    "Asante-Darko", "Boateng-Reilly", "Ofori", "Dlamini-Shaw", "Moyo-Kaplan", 
    
    "Haddad-Clarke", "Sargsyan-Poole", "Karimov", "Tashkentova",
    "Nurmagambetov", "Batbayar", "Sherpa-Walsh", "Bhattarai", "Iyengar", "Subramaniam-Cole",
    "Nambiar", "Menon-Fitch", "Grewal-Stone", "Chaudhry-Lang",
    "Rahman-Doyle", "Wijesinghe", "Gunasekara", "Zhou-Pemberton",
    "Situ", "Leung-Farrow", "Yamaguchi-Stone", "Kobayashi-Reyes", 
    "Yoon-Hadley", "Trịnh", "Phạm-Walker", "Phanthavong", "Sokhom",
    "Bautista-Cruz", 
    "Benally-Cruz", "Begaye", "Lone Wolf", "Spotted Elk", "Little Crow",
    "Iron Cloud", "Whitehorse-Diaz", "Ah Yeck", "St. Onge-Bauer", 
    "FitzGerald-Ward", "MacNeacail", "McEachern", "McGillicuddy", "Ap Rhys", 
};
// POOLS-END
constexpr std::string_view kInitials13[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W"};
constexpr std::string_view kRelations13[] = {"daughter", "son", "wife", "husband", "partner", "sister", "brother",
                                             "granddaughter", "grandson", "nephew", "niece", "son-in-law",
                                             "daughter-in-law", "stepdaughter", "friend", "neighbor", "goddaughter"};
constexpr std::string_view kMail13[] = {"lanternfish-mail.example.com", "wrenpost.example.net", "cobblestone-inbox.example.org",
                                        "halibut-home.example.com", "tinroof.example.net"};
constexpr std::string_view kStaffMail13[] = {"heronglen-health.example.org", "brambleton-rh.example.com",
                                             "cindercreek-clinic.example.net"};
constexpr std::string_view kFac13[] = {"Heron Glen Medical Center", "Brambleton Regional Hospital",
                                       "Cinder Creek Family Clinic", "Skerry Point Hospital",
                                       "Old Mill Valley Health", "Tollgate Rise Rehabilitation Center"};
constexpr std::array<std::string_view, 12> kMonths13 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon13 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes13[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTens13[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

struct Person13 {
  std::string first, middle, initial, last, nick;
};

struct Cast13 {
  Person13 pt, k1, k2;
  std::array<Person13, 6> staff;
  std::string k1rel;
};

struct Ctx13 {
  NoteBuilder& b;
  const Cast13& c;
  int caseMode = 0;  // 0 as written, 2 lower case
};

std::string lower13(std::string s) {
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

std::string upper13(std::string s) {
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

std::string cased(const Ctx13& x, std::string s) { return x.caseMode == 2 ? lower13(std::move(s)) : s; }
void put(Ctx13& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx13& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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
  return out.size() < 2 ? out + "q" : out;
}

std::string words(int n) {
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + words(n - 100);
  if (n < 20) {
    static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                  "sixteen", "seventeen", "eighteen", "nineteen"};
    return n < 10 ? std::string(kOnes13[n]) : std::string(kTeens[n - 10]);
  }
  return std::string(kTens13[n / 10]) + (n % 10 ? "-" + std::string(kOnes13[n % 10]) : "");
}

Person13 makePerson13(Random& r) {
  Person13 p;
  p.first = pickS(r, kGiven13);
  p.middle = pickS(r, kMiddle13);
  p.initial = pickS(r, kInitials13);
  p.last = pickS(r, kFamily13);
  p.nick = pickS(r, kNick13);
  return p;
}

Cast13 makeCast13(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1313ULL) * 0xd1b54a32d192ed03ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x13131ULL));
  r.next();
  Cast13 c;
  c.pt = makePerson13(r);
  c.k1 = makePerson13(r);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson13(r);
  if (r.chance(0.35)) c.k2.last = c.pt.last;
  for (Person13& s : c.staff) s = makePerson13(r);
  c.k1rel = pickS(r, kRelations13);
  return c;
}

const Person13& who(const Cast13& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx13& x, const Person13& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fmi", "fi", "lf", "f2"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fmi") v = p.first + " " + p.initial + " " + p.last;
  else if (form == "f2") v = p.first + " " + p.middle + " " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fi2") v = firstLetter(p.first) + "." + p.initial + ". " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfi") v = p.last + ", " + firstLetter(p.first) + ".";
  else if (form == "LF") v = upper13(p.last + ", " + p.first);
  else if (form == "LFM") v = upper13(p.last + ", " + p.first + " " + p.initial);
  else if (form == "UP") v = upper13(p.first + " " + p.last);
  else if (form == "LAST") v = upper13(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower13(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower13(p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

// Dates: an event date in 2022-2025, written in one of many styles; day-first styles for the
// letters from abroad.
void writeDate(Ctx13& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "dmy", "dmon", "md",
                                                   "mon", "compact", "dmyslash", "dot", "th"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  if (style == "uk") {
    static constexpr std::string_view kUk[] = {"dmyslash", "dmy", "dmon", "th", "thof", "dot", "dmonyy"};
    style = std::string(r.pick(std::span<const std::string_view>(kUk)));
  }
  const std::string month(kMonths13[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon13[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "isoslash") v = std::to_string(y) + "/" + pad2(m) + "/" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "dmy") v = std::to_string(d) + " " + month + " " + std::to_string(y);
  else if (style == "dmon") v = std::to_string(d) + " " + mon + " " + std::to_string(y);
  else if (style == "dmonyy") v = pad2(d) + "-" + mon + "-" + pad2(y % 100);
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + std::to_string(y);
  else if (style == "dmyy") v = std::to_string(d) + "/" + std::to_string(m) + "/" + pad2(y % 100);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "dm") v = std::to_string(d) + "/" + std::to_string(m);
  else if (style == "mon") v = mon + " " + std::to_string(d);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "th") v = std::to_string(d) + ordSuffix(d) + " " + month + " " + std::to_string(y);
  else if (style == "thof") v = std::to_string(d) + ordSuffix(d) + " of " + month + " " + std::to_string(y);
  else if (style == "dot") v = pad2(d) + "." + pad2(m) + "." + std::to_string(y);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "my0") v = pad2(m) + "/" + std::to_string(y);
  else if (style == "mdydash") v = pad2(m) + "-" + pad2(d) + "-" + std::to_string(y);
  else if (style == "mil") v = pad2(d) + upper13(mon) + std::to_string(y);
  else if (style == "ymddot") v = std::to_string(y) + "." + pad2(m) + "." + pad2(d);
  else if (style == "monabbr") v = mon + (m == 5 ? " " : ". ") + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "dayonly") v = std::to_string(d) + ordSuffix(d) + " " + month;
  else throw std::logic_error("unknown date style " + style);
  put(x, "date", v);
}

void writeAge(Ctx13& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  const bool phi = age > 89;
  std::string value = std::to_string(age), after;
  if (form == "yo") after = "-year-old";
  else if (form == "y/o") after = " y/o";
  else if (form == "yo2") after = "yo";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "slash") after = female ? "/F" : "/M";
  else if (form == "yrs") after = " years old";
  else if (form == "yoa") after = " years of age";
  else if (form == "words") { value = words(age); after = "-year-old"; }
  else if (form == "wordsbare") value = words(age);
  else if (form == "wordsyrs") { value = words(age); after = " years old"; }
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
    case 4: return "1 (" + a + ") " + e + "-" + l;
    case 5: return "+1-" + a + "-" + e + "-" + l;
    default: return a + "/" + e + "-" + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

// Numbers from abroad, as the letters of this family write them.
std::string abroad(Random& r, std::string_view where) {
  if (where == "au") {
    return r.chance(0.5) ? "04" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3)
                         : "(0" + std::to_string(r.between(2, 8)) + ") " + r.digits(4) + " " + r.digits(4);
  }
  if (where == "uk") return r.chance(0.5) ? "07" + r.digits(3) + " " + r.digits(6) : "01" + r.digits(3) + " " + r.digits(6);
  if (where == "in") return "+91 9" + r.digits(4) + " " + r.digits(5);
  if (where == "br") return "+55 " + std::to_string(r.between(11, 99)) + " " + r.digits(4) + "-" + r.digits(4);
  if (where == "de") return "+49 " + std::to_string(r.between(30, 89)) + " " + r.digits(8);
  if (where == "nz") return "021 " + r.digits(3) + " " + r.digits(4);
  switch (r.between(0, 3)) {
    case 0: return "+61 4" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 1: return "+44 7" + r.digits(3) + " " + r.digits(6);
    case 2: return "+91-" + r.digits(5) + "-" + r.digits(5);
    default: return "+64 9 " + r.digits(3) + " " + r.digits(4);
  }
}

std::string email(Random& r, const Person13& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + "." + l; break;
    case 2: local = l + f.substr(0, 1) + std::to_string(r.between(1, 99)); break;
    case 3: local = f + "_" + l + std::to_string(r.between(50, 99)); break;
    default: local = l + "." + f; break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail13) : std::span<const std::string_view>(kMail13));
}

void writeStreet(Ctx13& x, bool withCity) {
  const Patient& p = x.b.patient();
  std::string v = p.streetNumber + " " + p.streetName;
  if (!p.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + p.unit;
  if (withCity) v += ", " + p.city + ", " + p.state;
  put(x, "address", v);
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string sentence13(Random& r);

void placeholder(Ctx13& x, std::string_view key) {
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
  } else if (head == "titlede") {
    say(x, p.female ? "Frau" : "Herrn");
  } else if (head == "titleuk") {
    say(x, p.female ? (r.chance(0.5) ? "Mrs" : "Ms") : "Mr");
  } else if (head == "lady") {
    say(x, p.female ? "lady" : "gentleman");
  } else if (head == "so") {
    say(x, p.female ? (r.chance(0.5) ? "W/o" : "D/o") : "S/o");
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) style = r.chance(0.4) ? "mdy0" : (r.chance(0.5) ? "iso" : "mdy");
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2022, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "spokendob") {
    const int d = p.birthDay;
    static constexpr std::string_view kOrd[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                                "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                "nineteenth", "twentieth"};
    const std::string day = d <= 20 ? std::string(kOrd[d]) : "twenty-" + std::string(kOrd[d - 20]);  // days 1-28
    const int y = p.birthYear;
    std::string year;
    if (y >= 2000) year = "two thousand" + (y % 100 ? " and " + words(y % 100) : std::string());
    else year = words(y / 100) + " " + (y % 100 == 0 ? std::string("hundred") : y % 100 < 10 ? "oh " + words(y % 100) : words(y % 100));
    put(x, "date", day + " of " + std::string(kMonths13[static_cast<std::size_t>(p.birthMonth - 1)]) + " " + year);
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
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + (r.chance(0.7) ? "-" : " ") + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r, form));
  } else if (head == "fax") {
    put(x, "fax", form.empty() ? formatPhone(r, randomTen(r)) : abroad(r, form));
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
  } else if (head == "hospno") {
    put(x, "mrn", (r.chance(0.5) ? "H" : "HGM") + r.digits(7));
  } else if (head == "urno") {
    put(x, "mrn", r.digits(6));
  } else if (head == "opd") {
    put(x, "mrn", "OPD/" + std::to_string(r.between(2022, 2025)) + "/" + r.digits(6));
  } else if (head == "study") {
    put(x, "mrn", "HG-" + r.digits(2) + "-" + r.digits(4));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "ipno") {
    put(x, "account", "IP" + r.digits(8));
  } else if (head == "claim") {
    put(x, "account", "CL-" + r.digits(4) + "-" + r.digits(6));
  } else if (head == "bankacct") {
    put(x, "account", r.digits(4) + r.digits(6));
  } else if (head == "persid") {
    put(x, "device", "PND" + r.digits(7));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", "G" + r.digits(7));
  } else if (head == "mbi") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(1, true) + r.letters(1, true) + r.digits(1) +
                              r.letters(2, true) + r.digits(1) + r.letters(2, true) + r.digits(2));
  } else if (head == "medicareau") {
    put(x, "health_plan", std::to_string(r.between(2, 6)) + r.digits(3) + " " + r.digits(5) + " " + r.digits(1));
  } else if (head == "ohip") {
    put(x, "health_plan", r.digits(4) + "-" + r.digits(3) + "-" + r.digits(3) + "-" + r.letters(2));
  } else if (head == "policy") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.digits(5) + "/" + r.digits(2) + "/" +
                              std::to_string(r.between(2023, 2025)) + "/" + r.digits(5));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : r.letters(1) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "imei") {
    put(x, "device", r.digits(2) + "-" + r.digits(6) + "-" + r.digits(6) + "-" + r.digits(1));
  } else if (head == "serial") {
    put(x, "device", r.letters(3) + r.digits(7));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", p.plate);
  } else if (head == "url") {
    const std::string slug = fold(x.c.pt.first) + "." + fold(x.c.pt.last);
    const int kind = form == "recall" ? r.between(0, 1) : form == "fund" ? 2 : form == "img" ? 3 : r.between(0, 3);
    switch (kind) {
      case 3: put(x, "url", "https://derm-share.heronglen-health.example.org/study/" + p.mrn + "/img?n=1"); break;
      case 0: put(x, "url", "https://portal.heronglen-health.example.org/recall/" + p.mrn + "?notice=lot7731A"); break;
      case 1: put(x, "url", "http://rx.juniperrow-pharm.example.com/patient/" + slug); break;
      default: put(x, "url", "www.helpfund-page.example.net/campaign/" + slug + "-recovery"); break;
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      put(x, "ip", "fe80::" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" + hex4(r));
    } else {
      std::string v = "2404:" + hex4(r);
      for (int k = 0; k < 6; ++k) v += ":" + hex4(r);
      put(x, "ip", v);
    }
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {  // street and city, no state
    put(x, "address", p.streetNumber + " " + p.streetName + ", " + p.city);
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
    say(x, " ");
    put(x, "zip", p.zip);
  } else if (head == "city") {
    put(x, "address", p.city);
  } else if (head == "cityst") {
    put(x, "address", p.city + ", " + p.state);
  } else if (head == "zip") {
    put(x, "zip", p.zip);
  } else if (head == "fac") {
    say(x, pickS(r, kFac13));
  } else if (head == "s") {
    say(x, sentence13(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

// Expands {key} placeholders of a pattern; literal text is written as it stands.
void expand(Ctx13& x, std::string_view pattern) {
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

// Look-alike sentences without PHI: eponyms, doses, scores, codes, payer identifiers that are
// public (BIN, PCN), rooms, cabins, cots, times, years alone, ages of 89 or less, month and
// weekday words that are not dates, and ordinary words that are also surnames in this family.
std::string sentence13(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  switch (r.between(0, 43)) {
    case 0: return "Kernig and Brudzinski signs negative; no photophobia.";
    case 1: return "Romberg positive, Babinski downgoing bilaterally.";
    case 2: return "Chvostek and Trousseau signs absent; ionized calcium 1." + n1 + " mmol/L.";
    case 3: return "Whipple procedure in 2011 for a pancreatic head mass.";
    case 4: return "Bell palsy on the left in 1997, fully recovered.";
    case 5: return "Hashimoto thyroiditis on levothyroxine 88 mcg daily.";
    case 6: return "Mallampati " + std::to_string(r.between(1, 4)) + ", ASA III, thyromental distance 3 fingerbreadths.";
    case 7: return "Child-Pugh B, MELD " + std::to_string(r.between(8, 38)) + "; lactulose 20 g TID titrated to 3 stools.";
    case 8: return "NYHA class II, EF 3" + n1 + "% on the last echo.";
    case 9: return "Pharmacy BIN 004336, PCN ADV: these are plan routing codes, not member numbers.";
    case 10: return "Transferred to room " + std::to_string(r.between(1100, 1499)) + " on the step-down unit.";
    case 11: return "Paged the cath lab at ext 44" + r.digits(2) + "; team arrived in 22 minutes.";
    case 12: return "Lot W" + r.digits(4) + ", NDC 0002-8215-01, given in the right thigh.";
    case 13: return "CPT 93000 and ICD-10 I48.91 entered for the visit.";
    case 14: return "Order " + r.digits(8) + " released to the lab at 07:30.";
    case 15: return "Her " + std::to_string(r.between(40, 85)) + "-year-old brother had a similar valve replaced.";
    case 16: return "Pain score " + n1 + "/10 at rest, worse with weight bearing.";
    case 17: return "Heart sounds regular, no gallop; bone scan negative for metastases.";
    case 18: return "Fever to 38." + n1 + " overnight, blood cultures x2 drawn.";
    case 19: return "Hope and faith are important to him; he attends services on Sundays.";
    case 20: return "Will follow up in May if the rash has not settled.";
    case 21: return "Troponin 0.0" + n1 + " ng/mL at 0600 and 0900, flat.";
    case 22: return "BMI " + std::to_string(r.between(17, 48)) + "." + n1 + "; counselled on a Mediterranean diet.";
    case 23: return "Hgb " + std::to_string(r.between(7, 16)) + ".8 g/dL, MCV " + std::to_string(r.between(70, 105)) + " fL, ferritin " + n2 + " ng/mL.";
    case 24: return "Glasgow Coma Scale 14 (E4 V4 M6) on arrival.";
    case 25: return "Apgar 8 and 9 at 1 and 5 minutes in her own birth history.";
    case 26: return "Tanner stage IV; growth velocity normal.";
    case 27: return "Morse fall score " + n2 + ", bed alarm on.";
    case 28: return "Started apixaban 5 mg BID; CHA2DS2-VASc " + n1 + ".";
    case 29: return "Cabin 12 on the unit has a broken call light; work order placed.";
    case 30: return "Sodium of 13 was a typo; corrected to 13" + n1 + " mmol/L.";
    case 31: return "PHQ-9 " + std::to_string(r.between(0, 27)) + ", GAD-7 " + n1 + "; no safety concerns voiced.";
    case 32: return "Wound vac at -125 mmHg, canister changed at 14:00.";
    case 33: return "Gleason 3+4=7, PSA " + n1 + "." + n1 + " ng/mL.";
    case 34: return "Sickle cell trait only; hemoglobin electrophoresis in 2008.";
    case 35: return "Nurse-to-patient ratio 1:2 on the unit tonight.";
    case 36: return "Sage tea and honey for the cough, per the patient's preference.";
    case 37: return "Graves disease treated with radioiodine in 1989.";
    case 38: return "Tuesday clinic is full; offered the Thursday afternoon list.";
    case 39: return "Dose " + n1 + " mg/kg IV q8h, max 2 g per dose.";
    case 40: return "Incentive spirometer to 1,250 mL, 10 times an hour while awake.";
    case 41: return "Bone marrow biopsy in 2019 was normal; night cramps in the calves persist.";
    case 42: return "Leech therapy is not offered here; the crutch was adjusted to wrist height.";
    default: return "Ambulated " + n3 + " ft with a rolling walker and standby assist.";
  }
}

struct Template13 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template13 kTemplates13[] = {
    {"workers_comp_adjuster_letter", false,
     "Gannet Mutual Casualty - Workers' Compensation Division\n\n{date.long}\n\nDr. {s2.full}\n{fac}\n\n"
     "RE: Claim No. {claim}\n    Employee: {pt.LF}\n    SSN: {ssn}\n    Date of injury: {date.mdy}\n\nDear Dr. {s2.last}:\n"
     "We are the workers' compensation carrier on the above claim. Please forward office notes from {date.md} to "
     "date and a current work status slip. {s}\nSincerely,\n{s6.full}, Claims Adjuster\nDirect {cphone} ext. 4471   "
     "Fax {fax}\n"},
    {"subpoena_for_records", false,
     "SUBPOENA DUCES TECUM\n\nTO: Custodian of Records, {fac}\n\nYOU ARE COMMANDED to produce the complete medical "
     "and billing records of {pt.f2}, date of birth {dob.long}, medical record number {mrn}, for dates of service "
     "{date.mdy0} through {date.mdy0}, on or before {date.long}.\n\n{s4.full}, Esq.\nCounsel for Plaintiff\n"
     "{cphone} | {email.s4}\n"},
    {"life_insurance_aps", false,
     "ATTENDING PHYSICIAN STATEMENT\nProposed insured: {pt.fml}        DOB: {dob.mdy0}\nPolicy no.: {policy}\n"
     "1. Date first consulted: {date.my0}\n2. Date last seen: {date.mdy}\n3. Diagnoses and dates: {s}\n"
     "4. Tobacco use: never\n5. Prognosis: fair\nPhysician: {s1.full}, MD   Office {cphone}\n"},
    {"pbm_claim_reject", false,
     "CLAIM RESPONSE  BIN 610591  PCN ADV  GROUP {group}\nCardholder ID: {plan}   Person code: 01\n"
     "Patient: {pt.LF}   DOB: {dob.compact}\nSTATUS: R (rejected)\n  75 - Prior authorization required\n"
     "  88 - DUR reject: therapeutic duplication\nDate of fill: {date.compact}\nPharmacy help desk {cphone}\n"},
    {"hie_patient_match_log", false,
     "[hie-gw] {date.iso} 02:14:09Z WARN match score 0.71 < 0.85\n  local  name=\"{pt.UP}\" dob={dob.compact} "
     "mrn={mrn} zip={zip}\n  remote name=\"{pt.LFM}\" dob={dob.iso}\n  src={ip6} peer={ip}:8443\n"
     "  action=manual_review assignee={s6.low}\n"},
    {"identity_theft_statement", false,
     "PATIENT STATEMENT - DISPUTED CHARGES / POSSIBLE MEDICAL IDENTITY THEFT\n\nI, {pt.full}, received a bill for an "
     "emergency visit on {date.long} that I did not make. My wallet, with my insurance card (ID {plan}) and my "
     "driver's license ({lic}), was stolen on {date.md}. A police report was filed. Please call me at {phone} or "
     "e-mail {email}.\n\nReceived by Patient Financial Services: {s4.fi}   {date.mdy0}\n"},
    {"explanation_of_benefits", false,
     "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nMember: {pt.UP}   Member ID: {plan}   Group: {group}\n"
     "Claim number: {claim}   Provider: {fac}\n\nService date   Code    Billed     Allowed    You owe\n"
     "{date.mdy0}     99214   $245.00    $131.62    $30.00\n{date.mdy0}     80053   $89.00     $12.10     $0.00\n\n"
     "Questions? Call {cphone} (TTY 711).\n"},
    {"collection_agency_letter", false,
     "Ossory Recovery Services\n\n{date.monabbr}\n\n{pt.UP}\n{addr3}\n\nRe: Account {acct}   Original creditor: {fac}\n"
     "Balance due: $1,482.16\n\nDear {pt.full}:\nThis communication is from a debt collector. Unless you dispute this "
     "debt within 30 days, we will assume it is valid. Call {cphone} Monday-Friday 8-5.\n"},
    {"tissue_donor_interview", false,
     "DONOR RISK ASSESSMENT INTERVIEW (tissue)\nDonor: {pt.fml}   Age: {age}   Sex: {sex}\nInterviewee: {k1.full} "
     "({rel})   Phone: {phone2}\nCross-clamp/asystole: {date.mdy} 04:52\nQ14 In the past 12 months, tattoo or piercing? "
     "No.\nQ22 Travel outside the US? No. {s}\nInterviewer: {s5.full}, CTBS\n"},
    {"pet_therapy_log", false,
     "PET THERAPY VISIT LOG - 4 West\nHandler: {s6.full}   Dog: Marzipan (golden retriever, cert #R-22)\n"
     "{date.md}  Rm 412  {pt.first} - brushed Marzipan ~10 min, smiling, talked about {his} old farm dog\n"
     "{date.md}  Rm 418  declined, napping\nHand hygiene before and after each room.\n"},
    {"music_therapy_session", false,
     "MUSIC THERAPY - SESSION NOTE\nClient: {pt.lf}   Session 4/6   {date.mdy}\n{pt.first} asked for the hymns {his} "
     "{rel} {k1.first} used to sing. Sang two verses of each; RASS 0 to -1, HR 92 to 78. {s}\n{s3.full}, MT-BC\n"},
    {"rt_vent_check", false,
     "RT VENT CHECK   {date.mdy} 0400\nPt: {pt.LAST}   Bed MICU-7\nVent SN {serial}\nMode AC/VC  Vt 420  RR 16  "
     "PEEP 8  FiO2 40%\nETT 7.5 @ 23 cm at lip, cuff 26 cmH2O. {s}\nRT: {s4.fi}, RRT\n"},
    {"cpap_compliance_download", false,
     "CPAP COMPLIANCE REPORT   {date.md} - {date.mdy}\nPatient: {pt.full}   DOB {dob.mdy}\nDevice serial {dev}   "
     "modem IMEI {imei}\nDays used 26/30; days >= 4 h 83%. AHI 3.1. Leak 95th pct 18 L/min.\nDME: Sandpiper Home "
     "Medical, {ph7}\n"},
    {"living_donor_social_work", false,
     "LIVING KIDNEY DONOR EVALUATION - PSYCHOSOCIAL\nDonor candidate: {k1.full}, {rel} of the intended recipient\n"
     "Recipient: {pt.fi} (MRN {mrn})\nThe candidate drove in from {city} this morning and denies any offer of money or "
     "gifts. {s}\nCandidate's cell: {phone2}\n{s3.full}, MSW\n"},
    {"blood_donor_deferral_letter", false,
     "{fac} Blood Donor Program\n\n{date.long}\n\nDear {pt.first},\n\nThank you for your donation on {date.mdy}. A "
     "routine test on that donation was reactive for hepatitis B core antibody. This does not mean you are ill, but "
     "we can no longer accept blood from you. Please call our donor counselor, {s5.full}, at {cphone}.\n"},
    {"interpreter_invoice", false,
     "INVOICE 4471-B   Lingua Bridge Interpreting\nInvoice date: {date.mdy0}\nInterpreter: {s6.full} (Vietnamese)\n"
     "Assignment: {date.mdy0} 13:30, cardiology clinic, patient {pt.fi}\nMinimum 2 h @ $65.00 = $130.00\n"
     "Mileage 22 mi @ $0.67 = $14.74\nQuestions: {cphone}\n"},
    {"home_modification_estimate", false,
     "ESTIMATE - Safe at Home Modifications\nCustomer: {pt.full}\nJob site: {addrz}\nContact: {rel} {k1.full}, "
     "{phone2}\n- 2 grab bars, 24 in., tub wall\n- raised toilet seat with arms\n- 6 ft aluminum threshold ramp\n"
     "Total $1,140.00. Referred by OT {s3.fi}. Valid 30 days from {date.mdy}.\n"},
    {"meals_program_referral", false,
     "HOME-DELIVERED MEALS REFERRAL\nClient: {pt.LF}   Age: {age}   Phone: {ph7}\nAddress: {addrz}\nDiet: "
     "diabetic, mechanical soft. Key is under the blue planter.\nEmergency contact: {k2.full} {cphone}\n"
     "Referred by {s6.full}, LPN on {date.mdy}\n"},
    {"nursing_home_admission_agreement", false,
     "ADMISSION AGREEMENT - Skerry Point Hospital Transitional Care\nResident: {pt.fml}   Admission date: "
     "{date.long}\nResponsible party: {k1.lf} ({rel})\nResponsible party address: {addr}\nID shown: driver's "
     "license {lic}\nMedicare MBI: {mbi}\nSigned: {k1.full}   Witness: {s6.full}\n"},
    {"medication_recall_notice", false,
     "IMPORTANT: MEDICATION RECALL NOTICE\n{date.long}\n\n{pt.full}\n{addr3}\n\nOur records show that you were "
     "dispensed valsartan 160 mg from lot 7731A on {date.mdy}. Please stop using it and bring it to any Juniper Row "
     "Pharmacy, or call {cphone}. Details: {url.recall}\n"},
    {"wearable_sync_log", false,
     "wearable-sync user={email} device_id={serial} fw=4.2.1\n{date.iso}T06:00 hr_rest=58 steps=2210 "
     "fall_detect=TRUE\n  location=home ({cityst}) client_ip={ip6}\n  alert -> contact {k1.first} {phone2} "
     "(delivered)\n"},
    {"ambulance_invoice", false,
     "AMBULANCE SERVICE INVOICE\nPatient: {pt.LFM}   DOB: {dob.mdy0}   SSN: {ssn}\nPick-up: {addrz}\nDestination: "
     "{fac} ED\nService: BLS emergency (A0429), loaded miles 7.4 (A0425)\nPrimary: Medicare {mbi}\nAccount: {acct}   "
     "Balance due: $912.40\n"},
    {"pip_records_request", false,
     "PERSONAL INJURY PROTECTION - REQUEST FOR RECORDS\nInsured: {pt.full}   Claim: {claim}\nVehicle: VIN {vin}, "
     "plate {plate}\nDate of loss: {date.mdy}\nPlease send itemized bills and notes to {email.s4} or fax {fax}.\n"
     "Adjuster: {s4.full}, {cphone}\n"},
    {"iep_meeting_notes", false,
     "IEP MEETING NOTES - {date.mdy}\nStudent: {k2.LF}   Grade 4\nPresent: {k1.full} (parent); {s3.full}, PhD "
     "(school psychologist); {s4.full} (teacher)\nA relative, {pt.full}, {age.wordsyrs}, provides "
     "after-school care at {street}. {s}\nNext review: {date.md}\n"},
    {"camp_health_form", false,
     "SUMMER CAMP HEALTH FORM\nCamper: {k2.full}   Cabin 7\nParent/guardian: {k1.full}   Cell: {phone2}\n"
     "Alternate pick-up: {pt.full}   Home: {ph7}\nAllergies: peanut (EpiPen 0.3 mg x2 kept at the health lodge)\n"
     "Physician: Dr. {s2.full}   {cphone}\n"},
    {"va_cp_exam", false,
     "COMPENSATION AND PENSION EXAMINATION\nVeteran: {pt.UP}   SSN: {ssn}\nDOB: {dob.mdy0}   Age: {age}\nClaimed "
     "condition: bilateral hearing loss and tinnitus.\nThe veteran served 1952-1954 as a gunner's mate. {s}\n"
     "Examiner: {s1.full}, AuD   Exam date: {date.mdy0}\n"},
    {"ethics_consult_note", false,
     "CLINICAL ETHICS CONSULTATION\nRequested by: {s1.full}, MD (MICU)\nPatient: {pt.fi}, {age.yo}\nQuestion: surrogate "
     "disagreement about code status. The patient's {rel}, {k1.full}, wants full code; {k2.first}, a grandchild, "
     "recalls {pt.first} saying \"no machines\" at Thanksgiving dinner last year. {s}\nConsultants: {s3.full}, PhD; {s5.full}, RN\n"},
    {"glucose_diary_ocr", false,
     "BL00D SUGAR D1ARY    name: {pt.low}\nwk of {date.md}\n Mon  b/fast 142  lunch 188  bed 201\n Tue  b/fast 13l  "
     "lunch --   bed 176\n Wed  b/fast 118  lunch 20O  bed 164\n ph0ne  {ph7}\n"},
    {"ward_condolence_card", false,
     "Dear {k1.first} and family,\n\nAll of us on 5 North were so sorry to hear that {pt.nick} passed away on "
     "{date.mon}. We will miss {his} jokes at breakfast and the stories about growing up in {city}.\n\nWith love,\n"
     "{s5.first}, {s6.first} and the night team\n"},
    {"next_of_kin_search_log", false,
     "NEXT-OF-KIN SEARCH LOG (decedent unclaimed)\nDecedent: {pt.LF}   DOB: {dob.mdy}   DOD: {date.mdy}\n"
     "{date.md}  called listed contact {k1.full} at {phone2}: number disconnected\n{date.md}  public records: possible "
     "{rel} in {cityst}\n{date.md}  certified letter to last known address, {addr}\nSW: {s3.full}, LCSW\n"},
    {"mm_conference_summary", false,
     "MORBIDITY & MORTALITY CONFERENCE - CASE 3\nPresenter: {s1.full}, MD (PGY-3)\nPt {pt.fi}, {age.sex}, admitted "
     "{date.md} with urosepsis; first antibiotic 4 h after triage. {s} {s}\nSystem issue: pharmacy verification "
     "queue. Attending: Dr. {s2.last}\n"},
    {"calendar_invite_ics", false,
     "BEGIN:VEVENT\nSUMMARY:Family meeting - {pt.last}\nDTSTART:{date.compact}T150000\nORGANIZER;CN={s3.full}:mailto:"
     "{email.s3}\nATTENDEE;CN={k1.full}:mailto:{email.k1}\nLOCATION:4 West conference room B\nDESCRIPTION:Goals of "
     "care for {pt.full}\\, MRN {mrn}\nEND:VEVENT\n"},
    {"badge_call_log", false,
     "COMMUNICATION BADGE LOG   {date.mdy0}\n02:11  {s5.first} -> {s1.first}  \"bed 9 {pt.last} BP 78/40\"\n"
     "02:13  {s1.first} -> {s5.first}  \"bolus 500, on my way\"\n02:40  {s5.first} -> charge  \"{pt.last}'s {rel} "
     "{k1.first} coming in, cell {phone2}\"\n"},
    {"teledermatology_econsult", false,
     "E-CONSULT - TELEDERMATOLOGY (store and forward)\nReferring: {s2.fi}, PA-C\nPatient: {pt.full}, {age.yo}, MRN "
     "{mrn}\nImages uploaded {date.ymddot} from {ip}: 3 photos, left shin ({url.img})\nAssessment: stasis dermatitis more likely "
     "than cellulitis. {s}\nDermatologist: {s1.full}, MD\n"},
    {"brazil_second_opinion", false,
     "Segunda opinião / Second opinion request\nPaciente: {pt.full}   Data de nascimento: {dob.dmyslash}\n"
     "Telefone: {intl.br}   E-mail: {email}\nResumo: paciente de {age} anos com estenose aórtica grave; TAVI proposta. "
     "{s}\nRecebido em {date.dmyslash} por {s6.full}\n"},
    {"german_discharge_letter", false,
     "Klinik für Innere Medizin\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über "
     "{titlede} {pt.full}, geb. {dob.dot}, wohnhaft in {city}, in stationärer Behandlung vom {date.dot} bis "
     "{date.dot}.\nDiagnosen: Hüft-TEP links. {s}\n\nMit freundlichen Grüßen\nDr. med. {s1.full}\nTel. {intl.de}\n"},
    {"cruise_ship_infirmary", false,
     "MEDICAL CENTRE - MS CALDERA STAR\nGuest: {pt.LF}   Cabin 8142   Age: {age}\nDOB: {dob.dmon}\nSeen {date.dmon} "
     "22:10 for chest pain. ECG: ST depression V4-V6. {s}\nDisembarked at next port; {rel} {k1.full} informed, "
     "mobile {phone2}\nShip's physician: {s1.full}, MBBS\n"},
    {"airline_medif", false,
     "MEDIF - PASSENGER MEDICAL INFORMATION\nPassenger: {pt.UP}\nFlight date: {date.mil}\nDiagnosis: COPD; "
     "portable oxygen concentrator in flight, serial {serial}\nEscort: {k1.full}\nAttending physician: Dr {s2.full}, "
     "tel {cphone}, e-mail {email.s2}\n"},
    {"ski_patrol_report", false,
     "SKI PATROL INCIDENT REPORT\nDate: {date.mdydash}   Time: 14:05   Run: Lower Ptarmigan (blue)\nInjured: {pt.full}   "
     "Age: {age}   Phone: {phone}\nAddress: {addrz}\nVehicle in lot B: {plate}\nMechanism: fall, twisting, R "
     "knee. Splinted, toboggan to base. {s}\nPatroller: {s4.full}, OEC\n"},
    {"marathon_medical_tent", false,
     "MEDICAL TENT LOG - FINISH LINE\nTime   Cot  Name                     Complaint\n11:42  3    {pt.full}   "
     "cramps, Na 131\n11:55  5    {k2.full}   blister L heel\n12:20  3    (cot cleaned)\nTransports: none. "
     "Physician: {s1.fi}\n"},
    {"probation_officer_letter", false,
     "Office of Adult Probation\n\n{date.long}\n\nTo the treating provider:\nMy client, {pt.full} (DOB {dob.mdy}), "
     "reports attending your intensive outpatient program. Please confirm attendance since {date.md}. A release "
     "signed {date.mdy} is attached.\n\nOfficer {s6.full}\n{cphone}   fax {fax}\n"},
    {"fmla_certification", false,
     "CERTIFICATION OF HEALTH CARE PROVIDER - FAMILY MEMBER'S SERIOUS HEALTH CONDITION\nEmployee: {k1.LF}\n"
     "Family member: {pt.full}   (employee is the patient's {rel})\nCondition began: {date.mdy0}\nProbable "
     "duration: 6 months. {s}\nProvider: {s1.full}, DO   Phone {cphone}   Fax {fax}\n"},
    {"jury_duty_excuse", false,
     "{date.long}\n\nTo the Clerk of Court:\n\nPlease excuse {pt.fml} from jury service (summons dated {date.mdy}). "
     "{title} {pt.last} is {age.wordsbare} years old and has moderate dementia; {his} {rel}, {k1.first}, manages "
     "{his} affairs.\n\nSincerely,\n{s2.full}, MD\n"},
    {"pers_event_log", false,
     "PERSONAL EMERGENCY RESPONSE - EVENT LOG\nSubscriber: {pt.LF}   Unit: {persid}   Base station IP {ip}\n"
     "Premises: {addr}\n{date.mdy0} 03:12:44  FALL DETECTED (auto)\n03:12:51  two-way voice: \"I'm on the floor, "
     "can't get up\"\n03:13:30  responder 1 {k1.full} ({rel}) {phone2}: no answer\n03:14:05  responder 2 "
     "{k2.full} {cphone}: will go\n03:15:10  EMS dispatched via 911\nOperator: {s6.first}\n"},
    {"syringe_services_log", false,
     "SSP CONTACT   {date.md}\nFirst name given: {pt.lowfirst}\nSupplies: 40 x 1 mL 28G, 10 cookers, naloxone 4 mg "
     "nasal x2\nReferred to {fac} wound clinic for L forearm abscess. {s}\nOutreach: {s6.first}, {s5.first}\n"},
    {"online_clinic_review", true,
     "1 star - posted {date.mdy} by {k1.first}\ntook my mom {pt.full} in on {date.md}, waited 4 hrs in the "
     "er and nobody checked on her. dr {s2.last} was nice but the lady at the front desk (badge said {s6.first}) was "
     "rude. call me {phone2} if you want to make it right\n"},
    {"patient_blog_post", false,
     "Day 41 of chemo. Dr. {s1.last} says my counts are up (ANC 1.8!). My {rel} {k1.first} drove me in from {city} "
     "again. If anyone from church wants to drop by, I'm home at {street}. Fundraiser link: {url.fund}\n"},
    {"voice_memo_transcript", true,
     "voice memo (auto transcript) ok uh note for {pt.full} date of birth {dob.long} seen today {date.long} "
     "follow up left knee replacement incision clean {s} call {his} {rel} {k1.first} at {phone2} with the plan\n"},
    {"employer_test_results_csv", false,
     "last,first,dob,collected,result,phone\n{pt.last},{pt.first},{dob.mdy0},{date.mdy0},NEG,{phone}\n"
     "{k2.last},{k2.first},,{date.mdy0},POS,{cphone}\n"},
    {"tribal_prc_referral", false,
     "PURCHASED/REFERRED CARE REFERRAL\nHealth record no.: {mrn}\nPatient: {pt.LF}   DOB: {dob.mdy0}\nReferred to: "
     "orthopedics, {fac}\nReason: R hip osteoarthritis, failed 6 months of conservative care. {s}\nReferring "
     "provider: {s2.full}, NP\nPRC office: {ph7}\n"},
    {"capacity_request_letter", false,
     "Fenwick & Quince LLP\n\n{date.long}\n\nDear Dr. {s1.last},\n\nWe act for {pt.full} of {cityst}, who wishes to "
     "make a new will. We should be grateful if you would confirm whether {title} {pt.last}, aged {age}, has "
     "testamentary capacity.\n\nYours faithfully,\n{s4.full}, Esq.\n{email.s4}\n"},
    {"bank_exploitation_report", false,
     "ELDER FINANCIAL EXPLOITATION REPORT\nCustomer: {pt.LFM}   Age: {age}   Checking account: {bankacct}\n"
     "Six wire transfers since {date.md} totalling $38,400 to a new payee. Customer accompanied by {k2.full}; "
     "customer appeared confused about the purpose.\nReported by branch manager {s6.full}, {cphone}, to APS on "
     "{date.mdy}.\n"},
    {"no_phi_vent_weaning_protocol", false,
     "VENTILATOR WEANING PROTOCOL (adult ICU)\nDaily SAT/SBT screen at 0600. {s} {s}\nPass: RSBI < 105, no "
     "pressors above norepinephrine 0.1 mcg/kg/min.\n"},
    {"no_phi_formulary_bulletin", false,
     "P&T COMMITTEE BULLETIN - Q3\nAdded: dulaglutide 0.75 mg pen. Removed: ranitidine (all strengths). {s} {s}\n"},
    {"no_phi_code_cart_check", false,
     "CRASH CART CHECK - 6 South\nLock # 0048213 intact. Defibrillator self-test passed at 07:00. {s}\n"
     "Epinephrine 1 mg/10 mL x6, amiodarone 150 mg x3, expiry 04/2027.\n"},
    {"no_phi_lab_qc_log", false,
     "CHEMISTRY QC LOG\nLevel 1 lot 45120, glucose 92 mg/dL (target 88-98). Level 2 lot 45121, glucose 287 mg/dL. {s}\n"
     "Westgard 1-2s warning on potassium, rerun acceptable.\n"},
    {"no_phi_patient_handout", false,
     "AFTER YOUR COLONOSCOPY\nDo not drive for 24 hours. {s} Call 911 for heavy bleeding. {s}\n"},
    {"no_phi_infection_stats", false,
     "INFECTION PREVENTION - MONTHLY REPORT\nCLABSI rate 0.8 per 1,000 line days (2023: 1.1). {s} {s}\n"},
    {"no_phi_shift_huddle", false,
     "SAFETY HUDDLE 0700\n- {s}\n- {s}\n- Two falls last week, both unassisted toileting.\n"},
    {"no_phi_order_set", false,
     "ORDER SET: COMMUNITY-ACQUIRED PNEUMONIA\n[ ] ceftriaxone 1 g IV q24h\n[ ] azithromycin 500 mg PO daily\n{s}\n"},
};

}  // namespace

std::size_t thirteenthTemplateCount() { return std::size(kTemplates13); }

std::string_view writeThirteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                     std::size_t choice) {
  const Cast13 cast = makeCast13(seed, patientIndex);
  const Template13& t = kTemplates13[choice % std::size(kTemplates13)];
  Ctx13 x{builder, cast, t.lower ? 2 : 0};
  expand(x, t.pattern);
  return t.name;
}

std::string thirteenthSentence(Random& r) { return sentence13(r); }

}  // namespace concord::phi::corpus
