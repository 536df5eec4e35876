// The twelfth family (kTwelfthSeed only): templates, look-alike sentences and name pools written
// by someone who had not seen the detector's rules, and never run against it while being written.
// Document styles: British outpatient clinic letter, Australian GP referral, Canadian specialist
// referral with a provincial health card, Indian English discharge summary with "S/o" and
// "W/o", New Zealand community nursing visit, clinic roster table, bed-management e-mail thread
// with signatures, research consent log, radiology report with clinical history, pathology
// requisition, pharmacy refill fax, nursing-home incident report, prior-authorisation form,
// patient-portal chat transcript, lower-case voicemail transcript, social-work assessment,
// home-visit log, midwife booking note, ED whiteboard export, discharge checklist, dictation
// with speech-recognition errors, a misaligned demographics table, a key=value dump,
// Spanish-English and French-English notes, ambulance handover (IMIST-AMBO), Indian OPD slip,
// cashless insurance pre-authorisation (India), wheelchair seating clinic, disabled parking
// permit form, portal helpdesk ticket, telehealth connection log, visitor sign-in sheet,
// wristband reprint request, SMS appointment recall, family complaint letter, interpreter
// booking, advance care directive witness page, police request for information, memory clinic
// letter, locum home visit, flu-clinic list, transfer letter to a care home, forwarded e-mail,
// hospital-at-home ward round, audiology repair ticket, prescription label, dictation with a
// spoken date of birth, staff group chat, cremation form, infusion pump alert, NHS 111 call
// summary, home-care rota, lost property log, Indian medical certificate, and eight kinds of
// note without PHI.
//
// Gold span conventions: the tenth family's, which restate the ninth family's (see the headers
// of corpus_tenth_family.cpp and corpus_ninth_family.cpp), restated briefly with this family's
// additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("Hosp No ", "DOB: ",
//    "pt_name=", "Tel "), quotes, brackets, angle brackets of an e-mail header and trailing
//    punctuation are outside.
//  * Names: titles and roles before a name ("Dr ", "Dr. ", "doctor ", "Mr ", "Mrs ", "Ms ",
//    "Prof. ", "Constable ", "Midwife ", "agent ") and credentials and roles after it (", MD",
//    ", MBBS", ", FRACP", ", RN", " RN", ", RM", ", LPN", ", MSW", ", BPharm", ", PharmD", ", NP",
//    ", AuD", ", OT", ", SW", ", inf.", " (consultant)") are outside; a name written in one
//    piece is one span ("Avigail Snodgrass", "A. Snodgrass", "A.R. Snodgrass", "Snodgrass, Avigail",
//    "Snodgrass, A.", "SNODGRASS, AVIGAIL", "Avigail R. Snodgrass", "Avigail R Snodgrass",
//    "Avigail Pancratius Snodgrass", "AVIGAIL SNODGRASS", lower case in a voicemail or chat);
//    particles, apostrophes, hyphens and accents are inside. A possessive "'s" is outside. A
//    first name alone, a surname alone and a nickname (quotes outside) are spans. "S/o ",
//    "W/o ", "D/o " (son, wife, daughter of) are outside; the name after them is a span. Bare
//    initials are not used. Eponyms naming a sign, disease or procedure are not PHI.
//  * Dates: the date only; a weekday before it and a time after it are outside; month/day
//    without a year, month/year and day-first dates ("26/11/2024", "26.11.2024", "3 Mar 2024",
//    "5th of March 2024") are dates, and so is a date of birth spoken in a dictation
//    ("fourth of March nineteen thirty-one"); a "the " before a date is outside; a year alone
//    is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("93" of
//    "93-year-old", "93F", "93/F", "93 y/o", "93yo", "aged 93", "93 years of age") or the
//    words ("ninety-three"). Ages of 89 or less, and ages of other people (all under 90), are
//    not PHI.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, pharmacies,
//    payers, seven-digit local numbers, Australian, British, Indian and New Zealand numbers);
//    extensions are outside; numbers labelled fax are "fax"; 911, 988, 711, 000, 999 and 111
//    are not PHI, nor four-digit internal extensions and bleeps.
//  * Identifiers: medical record, hospital, OPD/registration, UR, NHI/UR and research
//    participant numbers are "mrn"; account, inpatient (IP) and claim numbers are "account";
//    member, group, Medicare (US and Australian), provincial health card and insurance policy
//    numbers are "health_plan"; driver's licences are "license"; device
//    serials and IMEIs are "device"; VINs and plates are "vehicle". Lot numbers, NDC, CPT, ICD
//    and MBS item codes, rooms, beds, bays, pharmacy order numbers, batch numbers, helpdesk
//    tickets and booking numbers are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; in multi-line addresses each line's part is its own span; a
//    city alone or "City, ST" is an "address" span; the ZIP is always its own "zip" span.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_twelfth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).
constexpr std::string_view kGiven12[] = {
    "Habiba", "Idris", "Pradeep", "Wai-man", "Kwok-wing", "Thanh-huong", "Siosaia", "Ngaire", "Mereana", "Tāne",
    "Kirra", "Bronwyn", "Narelle", "Kylie", "Darryl", "Gareth", "Alasdair", "Rhiannon", "Bryony", "Mavis",
    "Ginette", "Réjean", "Gaëtan", "Solange", "Mireille", "Josée", "Geneviève", "Jiřina", "Nebojša",
    "Oleksandr", "Vasyl", "Pirjo", "Anselmo", "Nélida", "Dimitra", "Avigail", "Kimimela", "Ivory", "De'Andre",
    "La'Tisha", "Ji-woo", "Abdul-Rahman", "Nur-ul-Ain", "Gwyneth", "Svetozar", "Mirela", "Ansel", "Everard",
    "Perpetua-Jane", "Kwame-Osei", "Obiageli", "Mthunzi", "Tsholofelo", "Jepkoech", "Layla-Rose", "Zohreh",
    "Büşra", "Gevorg", "Tamar", "Nodar", "Lasha", "Lalitha", "Thirumalai", "Sarabjit", "Nabanita", "Debashis",
    "Tanushree", "Chathurika", "Pradeepa", "Kam-fai", "Yuk-lan", "Takako", "Tetsuya", "Kyung-hee", "Sun-mi",
    "Phuong-thao", "Duc-minh", "Jovelyn", "Boonsri", "Vannak", "Semisi", "Rawiri", "Yarran", "Koorine",
    "Olufunke", "Oghenekaro", "Ebikabowei", "Tamunotonye", "Kelechukwu", "Amarachi", "Ugochinyere", "Chinedum",
    "Nkemdirim", "Kobina", "Araba", "Nanayaa", "Akosua-Mae", "Lerato-Joy", "Dumisani", "Khanyisile", "Nandipha",
    "Siyabonga", "Thulani", "Vusumuzi", "Tafadzwa", "Kudakwashe", "Ruvimbo", "Tinotenda", "Wangari", "Muthoni",
    "Kamau-Joseph", "Chelangat", "Auma", "Nafula", "Birtukan", "Fikremariam", "Ayaan-Lul", "Bashir-Ali",
    "Mustafa-Kemal", "Nesrin", "Ilkay", "Tülay", "Ferhat", "Golrokh", "Mehrangiz", "Shahriar", "Zareh",
    "Tinatin", "Giorgi-Lasha", "Rustam", "Dilnoza", "Bakhtiyor", "Gulnara", "Aigerim", "Yerlan", "Padmavathi",
    "Jayalakshmi", "Balasubramanian", "Rukmini", "Chandrasekhar", "Ramalingam", "Vijayalakshmi", "Hardeep",
    "Gurdial", "Rupinder", "Indrani", "Soumitra", "Arunima", "Debjani", "Thilini", "Nuwan", "Jiahui", "Zixuan",
    "Lai-kuen", "Ping-on", "Wing-sze", "Kazumi", "Michiyo", "Toshiko", "Sachiyo", "Byung-chul", "Hye-won",
    "Kyoung-ja", "Thi-lan", "Van-hung", "Kim-oanh", "Xuan-mai", "Herminigildo", "Teodorico", "Wilfreda",
    "Apinya", "Thongchai", "Chanthavy", "Lusiana", "Sione-Lui", "Taniela", "Amiria", "Hinemoa", "Whetu",
    "Kahurangi", "Bindi", "Allira", "Warrick", "Jedda", "Coralie", "Noeline", "Raewyn", "Glenys", "Merle",
    "Lorraine-Fay", "Dulcie", "Ivy-May", "Elspeth", "Fergus", "Lachlan-John", "Torquil", "Myfanwy", "Donnchadh",
    "Cressida", "Hermione-Rose", "Ginevra", "Lysette", "Yvonnick", "Normand", "Réal", "Jacinthe", "Ovide",
    "Huguette", "Clodomir", "Firmin", "Anaïs-Rose", "Radosław", "Květoslav", "Vlastimil", "Dobromila",
    "Slavica", "Ljiljana", "Dušanka", "Nadiya", "Liudmyla", "Seppo", "Kalevi", "Ingegerd", "Lennart", "Ásta",
    "Þorsteinn", "Gerlinde", "Walburga", "Hendrikus", "Wubbo", "Maximiliano", "Eustaquio", "Evaristo",
    "Belarmino", "Crisanta", "Epifania", "Xochitl", "Gumercindo", "Djalma", "Eudóxia", "Anastasios",
    "Stylianos", "Shmuel-Leib", "Chaya-Sara", "Nechama", "Halona", "Autumn-Lee", "Breeze", "Unity", "Valor",
    "Treasure", "Goodness", "Welcome", "Memory", "Promise", "Amethyst", "Ja'Lynn", "O'Shea", "Sha'Kira",
    "Lily-Grace", "Rose-Ellen", "Anne-Laure", "Mei-Xing",
};

constexpr std::string_view kMiddle12[] = {
    "Florentina", "Horatio", "Barnabas", "Cosimo", "Eulalia", "Ermintrude", "Hildegard", "Lucretia", "Clotilda",
    "Gwendolen", "Hieronyma", "Jacoba", "Lazarus", "Marcellina", "Nepomuk", "Onesimus", "Pancratius", "Quintus",
    "Radegund", "Sylvanus",
};

constexpr std::string_view kNick12[] = {
    "Bobo", "Shorty", "Coco", "Jojo", "Dinky", "Cuz", "Gogo", "Snookie", "Tootsie", "Bam-Bam", "Dodo", "Fifi",
    "Gus-Gus", "Hammy", "Jiggs", "Muffin", "Possum", "Wiggy", "Zuzu", "Bubbles", "Chooky", "Digger", "Poppa",
    "Missy", "Chook", "Bluey", "Snowy", "Curly", "Stumpy", "Ginge", "Taffy", "Jock", "Bazza", "Shazza", "Davo",
    "Robbo", "Macca",
};

constexpr std::string_view kFamily12[] = {
    "Adebayo-Cole", "Eze-Hart", "Mensah-Quaye", "Hassan-Ali", "Mohammadi", "Jeong", "Santiago", "Te Whare",
    "Hohaia", "Nicholls", "Fairbairn", "Kowalski", "Dąbrowska", "Novák", "Gonzaga", "Cervantes-Ruiz",
    "Blackfeather", "Running Bear", "van der Merwe", "Vanderhoek", "Hunt", "Ferreira-Nkemelu", "Oyelaran-Smith",
    "Brzezińska", "Nagy-Kovács", "MacGillivray", "Ashdown", "Blenkinsop", "Gathercole", "Pennyfeather",
    "Tuckwell", "Wetherall", "Threlfall", "Duckworth", "Higginbottom", "Ramsbottom", "Ekwueme", "Tshabalala",
    "Wairimu", "Haile-Mariam", "Yusupov", "Aksoy", "Mukherjee-Lowe", "Sodhi", "Virk", "Zhang-Whitlock",
    "Takahashi-Brown", "Lam-Nguyen", "Chaiyasit", "Kapaona", "Tawhiri", "Kereama", "Goolagong", "Mundine",
    "McAvoy-Tjapaltjarri", "Adeyemi-Brooks", "Oyebanji", "Akinwande", "Nwosu-Park", "Okeke-Fraser",
    "Opoku-Agyemang", "Sarpong", "Zwane", "Khumalo-Nel", "Madondo", "Gumbo", "Chiwenga", "Mavhunga",
    "Kamau-Otieno", "Wafula", "Gebreyesus", "Asfaw", "Ahmed-Nur", "Jama-Farah", "Karaca", "Erdoğan-Smith",
    "Yılmazer", "Bayraktar", "Esfahani", "Mirzaei", "Hovsepian", "Tsereteli", "Abdurakhmanov", "Nurlanova",
    "Chidambaram", "Sundararajan", "Thiruvengadam", "Chakraborty-Hale", "Sengupta-Ross", "Ghoshal", "Aulakh",
    "Bhullar", "Chahal", "Sekhon", "Senanayake", "Rai-Limbu", "Thapa-Magar", "Sherchan", "Lhundup",
    "Xiong-Vang", "Qiu", "Tsai-Whitmore", "Kuang", "Tsui", "Morikawa", "Sugimoto", "Kang-Ellis", "Dương", "Lý",
    "Hoàng-Pratt", "Manalastas", "Dimagiba", "Wongsakul", "Boonmee", "Inthavong", "Chhim", "Palakiko",
    "Kaleikini", "Tuipulotu", "Latu-Mahe", "Pōmare", "Tipoki", "Yunupingu", "Mununggurr", "Brockenshire",
    "Wigglesworth", "Snodgrass", "Bottomley", "Sidebottom", "Pocklington", "Attenborough-Hale", "Catterall",
    "Haworth", "Ollerenshaw", "Murgatroyd", "Ackroyd", "Braithwaite", "Drummond-Hay", "MacIlwraith",
    "Farquharson", "Menzies", "Gilchrist", "Trefusis", "Lajeunesse", "Beauchesne", "Thibodeau", "Ouellette-Ng",
    "Lachapelle", "St-Arnaud", "Wróblewski", "Grabowska-Lee", "Kučerová", "Vuković", "Marinković",
    "Melnyk-Ross", "Lehtonen", "Ylönen", "Åkesson", "Sandvik", "Kristoffersen", "Brandtner", "Oberhuber",
    "Pfeiffer-Lutz", "Wouters", "Terlouw", "Iturralde", "Villaseñor", "Arriaga", "Montemayor", "Barbosa-Lima",
    "Assunção", "Kontogiannis", "Hatzidakis", "Papadopoulou", "Rosenthal-Adeyemi", "Grünwald", "Schapiro",
    "Begay-Nez", "Kanoho", "Dos Santos", "O'Loughlin", "O'Rourke-Tiwari", "D'Almeida", "M'Bala", "Faithfull",
    "Honeysett", "Spear", "Cheek", "Gaucher", "Fabry", "Two Bulls", "van Rensburg", "de Villiers",
    "da Costa-Mendes", "De Luca-Hart", "Mac Aodha", "von Hohenberg", "Te Rangi", "ab Owain", "Ó Conchúir",
    "van Leeuwenhoek", "de Wit-Santos",
};

// POOLS-END
constexpr std::string_view kInitials12[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Y"};
constexpr std::string_view kRelations12[] = {"daughter", "son", "wife", "husband", "partner", "sister", "brother",
                                             "son-in-law", "daughter-in-law", "niece", "grandson", "granddaughter",
                                             "carer", "cousin", "stepson"};
constexpr std::string_view kMail12[] = {"bellbird-mail.example.com", "tidewater-post.example.net",
                                        "paperkite.example.org", "quokka-inbox.example.com"};
constexpr std::string_view kStaffMail12[] = {"wattlegrove-health.example.org", "kestrelbay-hc.example.net"};
constexpr std::string_view kFac12[] = {"Wattle Grove Hospital", "Kestrel Bay Health Centre",
                                       "Tamarind Medical Group", "Oxbow Lake Nursing Home",
                                       "Saltmarsh Community Hospital", "Riverbend Midwifery Practice"};
constexpr std::array<std::string_view, 12> kMonths12 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon12 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes12[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTens12[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

struct Person12 {
  std::string first, middle, initial, last, nick;
};

struct Cast12 {
  Person12 pt, k1, k2;
  std::array<Person12, 6> staff;
  std::string k1rel;
};

struct Ctx12 {
  NoteBuilder& b;
  const Cast12& c;
  int caseMode = 0;  // 0 as written, 2 lower case
};

std::string lower12(std::string s) {
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

std::string upper12(std::string s) {
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

std::string cased(const Ctx12& x, std::string s) { return x.caseMode == 2 ? lower12(std::move(s)) : s; }
void put(Ctx12& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx12& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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
    return n < 10 ? std::string(kOnes12[n]) : std::string(kTeens[n - 10]);
  }
  return std::string(kTens12[n / 10]) + (n % 10 ? "-" + std::string(kOnes12[n % 10]) : "");
}

Person12 makePerson12(Random& r) {
  Person12 p;
  p.first = pickS(r, kGiven12);
  p.middle = pickS(r, kMiddle12);
  p.initial = pickS(r, kInitials12);
  p.last = pickS(r, kFamily12);
  p.nick = pickS(r, kNick12);
  return p;
}

Cast12 makeCast12(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1212ULL) * 0xa0761d6478bd642fULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x12121ULL));
  r.next();
  Cast12 c;
  c.pt = makePerson12(r);
  c.k1 = makePerson12(r);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson12(r);
  if (r.chance(0.35)) c.k2.last = c.pt.last;
  for (Person12& s : c.staff) s = makePerson12(r);
  c.k1rel = pickS(r, kRelations12);
  return c;
}

const Person12& who(const Cast12& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx12& x, const Person12& p, std::string form) {
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
  else if (form == "LF") v = upper12(p.last + ", " + p.first);
  else if (form == "LFM") v = upper12(p.last + ", " + p.first + " " + p.initial);
  else if (form == "UP") v = upper12(p.first + " " + p.last);
  else if (form == "LAST") v = upper12(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower12(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower12(p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

// Dates: an event date in 2022-2025, written in one of many styles; day-first styles for the
// letters from abroad.
void writeDate(Ctx12& x, int y, int m, int d, std::string style) {
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
  const std::string month(kMonths12[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon12[static_cast<std::size_t>(m - 1)]);
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
  else if (style == "dayonly") v = std::to_string(d) + ordSuffix(d) + " " + month;
  else throw std::logic_error("unknown date style " + style);
  put(x, "date", v);
}

void writeAge(Ctx12& x, std::string_view form) {
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
  if (where == "nz") return "021 " + r.digits(3) + " " + r.digits(4);
  switch (r.between(0, 3)) {
    case 0: return "+61 4" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 1: return "+44 7" + r.digits(3) + " " + r.digits(6);
    case 2: return "+91-" + r.digits(5) + "-" + r.digits(5);
    default: return "+64 9 " + r.digits(3) + " " + r.digits(4);
  }
}

std::string email(Random& r, const Person12& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + "." + l; break;
    case 2: local = l + f.substr(0, 1) + std::to_string(r.between(1, 99)); break;
    case 3: local = f + "_" + l + std::to_string(r.between(50, 99)); break;
    default: local = l + "." + f; break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail12) : std::span<const std::string_view>(kMail12));
}

void writeStreet(Ctx12& x, bool withCity) {
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

std::string sentence12(Random& r);

void placeholder(Ctx12& x, std::string_view key) {
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
    put(x, "date", day + " of " + std::string(kMonths12[static_cast<std::size_t>(p.birthMonth - 1)]) + " " + year);
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
    put(x, "mrn", (r.chance(0.5) ? "K" : "WGH") + r.digits(7));
  } else if (head == "urno") {
    put(x, "mrn", r.digits(6));
  } else if (head == "opd") {
    put(x, "mrn", "OPD/" + std::to_string(r.between(2022, 2025)) + "/" + r.digits(6));
  } else if (head == "study") {
    put(x, "mrn", "WG-" + r.digits(2) + "-" + r.digits(4));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "ipno") {
    put(x, "account", "IP" + r.digits(8));
  } else if (head == "claim") {
    put(x, "account", "CL-" + r.digits(4) + "-" + r.digits(6));
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
    switch (r.between(0, 2)) {
      case 0: put(x, "url", "https://myhealth.wattlegrove-health.example.org/u/" + slug + "?tab=letters"); break;
      case 1: put(x, "url", "http://kestrelbay-hc.example.net/patients/" + p.mrn + "/docs"); break;
      default: put(x, "url", "www.givealittle-page.example.com/for-" + slug); break;
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
    say(x, pickS(r, kFac12));
  } else if (head == "s") {
    say(x, sentence12(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

// Expands {key} placeholders of a pattern; literal text is written as it stands.
void expand(Ctx12& x, std::string_view pattern) {
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

// Look-alike sentences without PHI: eponyms, doses, scores, British units, codes, rooms, bays,
// bleeps, years alone, month and weekday words that are not dates, ages of 89 or less and
// emergency numbers of several countries.
std::string sentence12(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  const std::string hb = std::to_string(r.between(72, 158));
  switch (r.between(0, 43)) {
    case 0: return "Murphy sign negative, no rebound or guarding.";
    case 1: return "Known Paget disease of bone, ALP " + n3 + " U/L, on zoledronic acid yearly since 2016.";
    case 2: return "NEWS2 score " + n1 + " at 14:30; escalated to the registrar on bleep 2" + r.digits(3) + ".";
    case 3: return "Hb " + hb + " g/L, WCC " + n1 + ".2, platelets " + n3 + ", CRP " + n2 + ".";
    case 4: return "Addison's disease on hydrocortisone 10/5/5 mg; sick-day rules reinforced.";
    case 5: return "Dupuytren contracture of the ring finger, not troubling him at present.";
    case 6: return "Tinel and Phalen tests positive at the right wrist.";
    case 7: return "Bay " + n1 + ", bed " + std::to_string(r.between(1, 6)) + " on Ward 7B; side room requested for C. diff.";
    case 8: return "In an emergency ring 000 (or 999 in the UK, 111 for non-urgent advice).";
    case 9: return "MBS item 721 and 723 claimed for the care plan; ICD-10 F03.90.";
    case 10: return "eGFR " + n2 + " mL/min/1.73m2, creatinine " + n3 + " umol/L, K 4." + n1 + ".";
    case 11: return "Her " + std::to_string(r.between(30, 80)) + "-year-old neighbour checks in most afternoons.";
    case 12: return "Hodgkin lymphoma in 1988 treated with ABVD and mantle radiotherapy.";
    case 13: return "Trendelenburg gait on the left, Lachman and McMurray negative.";
    case 14: return "Wells score " + n1 + ", D-dimer 0." + n1 + " mg/L FEU.";
    case 15: return "Metformin 500 mg BD, gliclazide MR 30 mg mane, atorvastatin 40 mg nocte.";
    case 16: return "Sister on Ward 12 handed over at 07:45; no concerns overnight.";
    case 17: return "Waterlow 18, MUST 1, Braden 1" + n1 + ".";
    case 18: return "Reviewed on the Wednesday ward round; plan unchanged since May.";
    case 19: return "May need a repeat echo in March if the murmur persists.";
    case 20: return "Down syndrome with early-onset dementia, lives in supported accommodation.";
    case 21: return "BP " + std::to_string(r.between(95, 180)) + "/" + std::to_string(r.between(55, 99)) + " lying, " + std::to_string(r.between(85, 150)) + "/" + std::to_string(r.between(50, 90)) + " standing; postural drop noted.";
    case 22: return "Batch AB" + r.digits(4) + ", expiry 08/2027, given IM left deltoid.";
    case 23: return "Cushing's triad absent; GCS 15/15 throughout.";
    case 24: return "AMTS 7/10, 4AT score " + n1 + ", MMSE 2" + n1 + "/30.";
    case 25: return "Grace period for the repeat prescription ends on the weekend.";
    case 26: return "Hope to step down the oxycodone 5 mg to twice daily by Friday.";
    case 27: return "Internal extension 5" + r.digits(3) + " for the discharge lounge.";
    case 28: return "St John's wort stopped because of the interaction with sertraline 50 mg.";
    case 29: return "CHA2DS2-VASc " + n1 + ", HAS-BLED 2; apixaban 2.5 mg BD given weight under 60 kg.";
    case 30: return "Sats 9" + n1 + "% on 2 L via nasal specs, RR 1" + n1 + ", temp 37." + n1 + ".";
    case 31: return "Clinic room 4, level 2; the lift in Block C is out of order.";
    case 32: return "Bristol stool type 6, three times since 0600.";
    case 33: return "Graves ophthalmopathy stable; TSH 0." + n1 + " mU/L on carbimazole 5 mg.";
    case 34: return "Rockwood Clinical Frailty Scale " + n1 + ".";
    case 35: return "INR 2." + n1 + " on warfarin 3 mg; next check in 2 weeks.";
    case 36: return "Homans sign is no longer taught; calf soft and non-tender.";
    case 37: return "Smoked 20/day for " + std::to_string(r.between(10, 60)) + " years, stopped in 2009; alcohol 12 units/week.";
    case 38: return "Wound 3.5 x 2.0 cm, sloughy base, no malodour; Aquacel Ag applied.";
    case 39: return "Order no. " + r.digits(8) + " sent to pharmacy for the dosette box.";
    case 40: return "Parkinson's disease, on co-beneldopa 62.5 mg QDS with the last dose at 22:00.";
    case 41: return "Her grandson, aged " + std::to_string(r.between(8, 40)) + ", is learning to help with transfers.";
    case 42: return "Mantoux 0 mm; QuantiFERON negative in 2021.";
    default: return "Eating and drinking well, mobilising with a Zimmer frame and one assist.";
  }
}

struct Template12 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template12 kTemplates12[] = {
    {"uk_clinic_letter", false,
     "{fac}\nDepartment of Medicine for the Elderly\n\nDictated: {date.dmyslash}   Typed: {date.dmyslash}\n\nDr {s2.full}\n"
     "The Surgery\n\nDear Dr {s2.last},\n\nRe: {titleuk} {pt.full}   DOB: {dob.dmyslash}   Hosp No: {hospno}\n{addr3}\n\n"
     "Diagnoses:\n1. Recurrent falls\n2. Atrial fibrillation\n\nI saw this {age.yo} {lady} in clinic today with {his} "
     "{rel}, {k1.first}. {s} {s}\nI have asked the falls team to visit. I have not arranged a further appointment.\n\n"
     "Yours sincerely,\n\nDr {s1.full}\nConsultant Geriatrician\ncc: {titleuk} {pt.last}\n"},
    {"au_gp_referral", false,
     "Kestrel Bay Health Centre\nTel {intl.au}   Fax {fax.au}\n\n{date.uk}\n\nDr {s3.fi}\nRespiratory Clinic\n\nDear {s3.first},\n\n"
     "Thank you for seeing {titleuk} {pt.full} (DOB {dob.dmyslash}, Medicare {medicareau}), a {age.yo} who has had a "
     "worsening cough since {date.my}. {s} {s}\nThe patient lives with {his} {rel} at {addr}. Best contact is the mobile, "
     "{intl.au}.\n\nKind regards,\n{s4.full}, MBBS, FRACP\n"},
    {"ca_specialist_referral", false,
     "REFERRAL - ENDOCRINOLOGY\nPatient: {pt.LF}   Health card: {ohip}   DOB: {dob.iso}\nAddress: {addr}\n"
     "Tel: {phone}\nReferring: Dr. {s2.full}, fax {fax}\nReason: hypercalcaemia, Ca 2.98 mmol/L. {s}\n"
     "Patient speaks French at home; daughter-in-law {k2.full} interprets.\n"},
    {"in_discharge_summary", false,
     "DISCHARGE SUMMARY\nName: {titleuk} {pt.UP}   Age/Sex: {age.slash}\nAttendant: {k1.full}\nIP No: {ipno}   "
     "Regd. No: {opd}\nDate of Admission: {date.dot}   Date of Discharge: {date.dot}\nAddress: {addr}\n\n"
     "Patient was admitted with complaints of breathlessness since 3 days. {s} {s}\nCondition at discharge: stable. "
     "Kindly review in OPD after 1 week with reports.\n\nDr. {s1.fi}, MD (Medicine)\nMob: {intl.in}\n"},
    {"nz_district_nursing", false,
     "District nursing visit {date.uk} 10:15. Visited {pt.first} at home, {streetcity}. {rel} {k1.first} present. "
     "{s} Dressing renewed. {s} Next visit Thursday. Contact {k1.first} on {intl.nz} if no answer at the door.\n"
     "{s5.full}, RN\n"},
    {"clinic_roster", false,
     "CLINIC LIST - Thursday {date.dmon} - Dr {s1.last} (Room 4)\nTIME  | NAME                 | UR NO   | REASON\n"
     "09:00 | {pt.LF}        | {urno} | review bloods\n09:20 | {k2.LF}   | {urno}  | new, ?PMR\n"
     "09:40 | DNA - rebook\n10:00 | {s6.lf}      | {urno} | post-op\nInterpreter booked 09:00 ({s5.first}).\n"},
    {"bed_management_email", false,
     "From: {s3.full} <{email.s3}>\nSent: Monday, {date.dmy} 07:52\nTo: Bed Managers\nSubject: RE: step-down for bed 14\n\n"
     "Morning all, {pt.fi} in bed 14 ({age.sex}) is medically fit and waiting for a nursing-home bed. {his} {rel} "
     "{k1.full} has been told. {s}\n\nCheers,\n{s3.first}\n{s3.full} | Patient Flow Coordinator | Wattle Grove Hospital\n"
     "T: {cphone} ext 4417 | M: {intl}\n"},
    {"research_consent_log", false,
     "CONSENT LOG - FRAIL-HEART substudy v3.2\nParticipant: {study}   Hospital no: {hospno}\nName: {pt.lf}\n"
     "Consent taken by: {s4.full} on {date.iso} at 11:05\nWitness: {k1.full} ({rel})\nCopy given: yes. Contact for "
     "follow-up: {phone}, {email}\n"},
    {"radiology_history", false,
     "CT HEAD WITHOUT CONTRAST\nPatient: {pt.LFM}   MRN {mrn}   Exam: {date.mdy0} 03:12\nCLINICAL HISTORY: {age.sex} "
     "unwitnessed fall at care home, on apixaban. Referred by {s2.fi}.\nCOMPARISON: {date.mdy0}.\nFINDINGS: {s} No acute "
     "intracranial haemorrhage.\nIMPRESSION: No acute findings.\nReported by {s1.full}, MD\n"},
    {"pathology_requisition", false,
     "PATHOLOGY REQUEST\nSurname: {pt.LAST}   Given name: {pt.first}   Sex: {sex}\nDOB: {dob.dmyslash}   UR: {urno}\n"
     "Medicare: {medicareau}\nCollected: {date.dmyy} 07:40 by {s5.fi}\nTests: FBC, UEC, LFT, TSH, B12/folate\n"
     "Copy to: Dr {s2.full}\nClinical notes: {s}\n"},
    {"pharmacy_refill_fax", false,
     "REFILL REQUEST\nTo: Dr. {s2.last}   Fax: {fax}\nFrom: Marigold Pharmacy   Phone: {ph7}\nPatient: {pt.full}   DOB: "
     "{dob}   Medicare: {mbi}\nMedication: amlodipine 10 mg tab, #90, 3 refills\nLast filled: {date.mdy}\nPlease sign and fax back. "
     "Pharmacist: {s4.full}, BPharm\n"},
    {"nursing_home_incident", false,
     "Oxbow Lake Nursing Home - INCIDENT REPORT\nResident: {pt.full}   Room 22   Age: {age}\nDate of incident: {date.mdy}"
     "   Time: 02:40\nDescription: resident found sitting on the floor beside the bed. {s}\nFamily notified: {k1.full} "
     "({rel}) at {phone2}.\nReported by: {s5.full}, LPN\n"},
    {"prior_auth_form", false,
     "PRIOR AUTHORIZATION REQUEST\nMember name: {pt.LF}\nMember ID: {plan}   Group: {group}\nDOB: {dob.mdy0}   SSN: {ssn}\n"
     "Requested: denosumab 60 mg SC q6 months\nPrescriber: {s1.full}, MD   Phone: {cphone}   Fax: {fax}\n"
     "Previous therapy: alendronate from {date.my0} (GI intolerance).\n"},
    {"portal_chat", true,
     "[09:41] {pt.low}: hi is this the right place to ask about my mum's tablets\n[09:42] agent {s6.lowfirst}: hello! "
     "yes. can you confirm the date of birth please\n[09:42] {pt.lowfirst}: {dob.dmyslash}\n[09:44] agent {s6.lowfirst}: "
     "thanks, i can see the chart. {s}\n[09:45] {pt.lowfirst}: ok thank you. my email is {email} if you need it\n"},
    {"voicemail_transcript", true,
     "voicemail transcription (auto) {date.mdy} 16:03\n\"hi um this is {k1.low} i'm calling about my {rel}'s... about "
     "{pt.low} date of birth {dob.long} she she was supposed to get a call back about the the scan um "
     "you can reach me at {phone2} thanks bye\"\nconfidence: 0.71\n"},
    {"social_work_assessment", false,
     "SOCIAL WORK ASSESSMENT\n{titleuk} {pt.last} is a {age.words} widow(er) living alone at {addr}. {s}\n"
     "Supports: {rel} {k1.full} (lives 40 min away, {phone2}); neighbour {k2.first} helps with shopping.\nIncome: pension. "
     "Concerns: carer stress. {s}\n{s6.full}, MSW\n"},
    {"home_visit_log", false,
     "HOSPITAL IN THE HOME - daily log\n{date.dmon}: {pt.first} seen at home ({addrz}). IV cefazolin via PICC, "
     "line site clean. {s}\nObs stable. {rel} {k1.first} coping. Next visit 0800 tomorrow.\nNurse: {s5.fi}\n"},
    {"midwife_booking", false,
     "Booking visit - Riverbend Midwifery Practice\nWoman: {pt.full}   DOB {dob.dmyslash}\nPartner: {k1.full}   Mob "
     "{intl.au}\nLMP {date.dmyslash}, EDD {date.dmyslash}. G3P2. {s}\nMidwife {s5.first} to see again at 16 weeks. "
     "{s5.full}, RM\n"},
    {"ed_whiteboard", false,
     "ED BOARD EXPORT {date.iso} 22:15\nBED | PATIENT            | AGE | COMPLAINT     | RN     | MD\nR3  | "
     "{pt.LF}   | {age}  | SOB, ?CCF   | {s5.first} | {s1.last}\nC7  | {k2.LAST}    | 34  | L ankle inj | "
     "{s6.first}   | {s1.last}\n"},
    {"discharge_checklist", false,
     "DISCHARGE CHECKLIST - {pt.fi2} ({mrn})\n[x] Medications reconciled with {s4.full}, PharmD\n[x] Transport: "
     "{rel} {k1.first} collecting at 1400\n[ ] Follow-up with Dr. {s2.last} on {date.md}\n[x] Home O2 delivered to "
     "{street}\n[ ] Portal activation e-mail to {email}\n"},
    {"speech_recognition_dictation", false,
     "This is doctor {s3.last} dictating on {pt.full} period date of birth {dob.long} period medical record number {mrn} "
     "period new paragraph the patient is a {age.wordsbare} year old {sex} who presents with {s} comma and her {rel} "
     "{k1.first} reports new confusion period new paragraph past history a trial fibrillation on met a pro lol 25 milligrams twice daily period new paragraph plan comma as discussed period end dictation\n"},
    {"misaligned_table", false,
     "DEMOGRAPHICS\nName             DOB          Phone              MRN\n{pt.full}    {dob.mdy0}   {phone}   {mrn}\n"
     "NOK  {k1.full}          {rel}     {phone2}\nGP   Dr {s2.last}        Tamarind Medical Group   {cphone}\n"},
    {"key_value_dump", false,
     "pt_name={pt.LF}; dob={dob.iso}; sex={sex}; addr={street}; city={city}; zip={zip}; ph={phone}; ssn={ssn}; "
     "acct={acct}; ins={plan}; pcp={s2.lf}; last_login_ip={ip}\n"},
    {"spanish_english", false,
     "Nota de enfermería / nursing note {date.dmyslash}\nLa paciente {pt.full}, de {age} años, vive con su hija "
     "{k1.first}. Refiere dolor en la rodilla. {s}\nTeléfono de la hija: {phone2}. Se explicó el plan en español. "
     "{s5.full}, RN\n"},
    {"french_english", false,
     "Note de suivi / follow-up note {date.dmy}\nM./Mme {pt.last}, {age.yrs}, suivi(e) pour insuffisance cardiaque. "
     "{s}\nConjoint(e): {k1.full}, tél. {phone2}. Adresse: {addr}.\n{s1.full}, inf.\n"},
    {"ambulance_handover", false,
     "IMIST-AMBO handover {date.dmyslash} 14:22\nI: {pt.full}, {age.yo2}, DOB {dob.dmyslash}\nM: fall at home, long lie "
     "~6 h\nI: L NOF?\nS: HR 104, BP 108/62, GCS 14\nT: methoxyflurane, IV access\nA: allergies nil known\nM: see list\n"
     "B: {s}\nO: {rel} {k1.first} following in own car ({plate})\n"},
    {"india_opd_slip", false,
     "OPD SLIP   {opd}\nName: {pt.full}   S/o / W/o: {k1.full}\nAge: {age} yrs   Sex: {sex}\nAddress: {city}\n"
     "Mob: {intl.in}\nDate: {date.dot}\nC/O: giddiness x 2 days. {s}\nAdv: ECG, RBS. Review SOS.\nDr. {s1.full}\n"},
    {"cashless_preauth", false,
     "REQUEST FOR CASHLESS HOSPITALISATION\nPolicy No: {policy}\nInsured: {pt.UP}   Relation to proposer: self\n"
     "Proposer: {k1.UP}\nContact: {intl.in}   E-mail: {email}\nExpected date of admission: {date.dmyslash}\nClaim ref: {claim}\n"
     "Treating doctor: Dr. {s2.full}\n"},
    {"wheelchair_seating", false,
     "Seating clinic {date.uk}. {pt.first} attended with {his} {rel}. Power chair serial {serial}, controller {dev}. "
     "{s} Wheelchair-accessible van ({plate}, VIN {vin}) - tie-downs checked. OT: {s6.full}, OT\n"},
    {"parking_permit_form", false,
     "ACCESSIBLE PARKING PERMIT - PRACTITIONER CERTIFICATION\nApplicant: {pt.full}\nDate of birth: {dob.mdy0}\n"
     "Driver licence: {lic}\nVehicle plate: {plate}\nAddress: {addrz}\nCondition: cannot walk 200 ft without stopping.\n"
     "SSN: {ssn}\nCertified by {s2.full}, MD on {date.mdy0}\n"},
    {"portal_helpdesk", false,
     "Ticket HD-88213  opened {date.iso} 08:11\nUser {pt.lf} ({email}) locked out of the patient portal after 5 "
     "attempts from {ip}. Reset link sent; login confirmed from {ip6} on a handset with IMEI {imei}. Portal URL given: {url}\nAgent: {s6.first}\n"},
    {"telehealth_connection", false,
     "Telehealth connection log\nsession start {date.iso} 15:30 client {ip}:443\nparticipant: {pt.full} (patient)\n"
     "participant: {k1.full} ({rel}) joined via {ip6}\nclinician: {s1.full}\nnote: {s}\n"},
    {"visitor_sign_in", false,
     "WARD 9 VISITOR SIGN-IN   {date.dmon}\nVisitor              Visiting   Phone          In     Out\n{k1.full}   "
     "Bed 3 ({pt.lfi})   {phone2}   14:05  15:40\n{k2.full}   Bed 3   {ph7}   16:10  16:55\n"},
    {"wristband_reprint", false,
     "Wristband reprint request: {pt.LF} / DOB {dob.mdy0} / MRN {mrn}. Old band illegible. Verified verbally by "
     "patient and by {rel} {k1.first}. Printed by {s5.fi} {date.mdy} 06:30.\n"},
    {"sms_recall", false,
     "SMS sent {date.dmon} 10:00 to {intl.au}: \"Hi {pt.first}, this is Kestrel Bay Health Centre. You are due for "
     "your annual skin check with Dr {s2.last}. Reply Y to book or see {url}\"\nDelivered.\n"},
    {"family_complaint", false,
     "{date.long}\n\nPatient Advocate\nWattle Grove Hospital\n\nI am writing about the care of my "
     "mother, {pt.f2}, who was on Ward 4 from {date.long} to {date.long}. She is {age.wordsbare} and was left without "
     "water for hours. {s}\nPlease reply to me at {email.k1} or {phone2}.\n\n{k1.full}\n{addr3}\n"},
    {"interpreter_booking", false,
     "INTERPRETER BOOKING\nLanguage: Punjabi   Date: {date.mdy} 13:30\nPatient: {pt.full} ({mrn})\nLocation: Clinic B\n"
     "Requested by: {s3.full}, NP\nInterpreter assigned: {s5.full}   Agency line {cphone}\n"},
    {"advance_directive_witness", false,
     "ADVANCE CARE DIRECTIVE - page 4 of 4\nI, {pt.f2}, of {addr}, make this directive freely.\nSigned: "
     "{pt.full}  Date: {date.dmyslash}\nWitness 1: {s6.full}, SW\nWitness 2: {k2.full}\nSubstitute decision-maker: "
     "{k1.full} ({rel}), ph {phone2}\n"},
    {"police_request", false,
     "Request for information received {date.dmyslash} from Constable {s6.last}, Saltmarsh Police, re: {pt.full}, "
     "DOB {dob.dmyslash}, seen in ED after an assault. Licence {lic} was found at the scene. Records not released "
     "without consent; {pt.first} declined. Privacy officer {s4.full}.\n"},
    {"memory_clinic_letter", false,
     "Memory Clinic\n\nDear Dr {s2.last},\n\n{pt.full}, {age.yoa}, was seen today accompanied by her daughter "
     "{k1.full}. {s} Her ACE-III was 71/100. {s}\nI have suggested that {pt.first} stops driving; she has agreed, "
     "though her {rel} thinks she still drives to {city}.\n\nWarm regards,\nProf. {s1.full}, FRACP\n"},
    {"locum_home_visit", false,
     "After-hours locum home visit {date.uk} 21:40, {street}. Called by {rel} {k1.first} ({intl.au}). Pt "
     "{pt.full}, {age.yo2}, febrile 38.6. {s} Dx: UTI. Cefalexin 500 mg QID x 5 days. Letter left for usual GP "
     "Dr {s2.last}.\n"},
    {"flu_clinic_list", false,
     "FLU CLINIC {date.dmon} - given\n{pt.lf}   {dob.dmyslash}   L deltoid   batch FX" "2291\n{k2.lf}   "
     "{date.dmyslash}   R deltoid   batch FX" "2291\nVaccinator: {s5.full}, RN\n"},
    {"care_home_transfer_letter", false,
     "TRANSFER LETTER to Oxbow Lake Nursing Home\nResident: {pt.f2}   Preferred name: \"{pt.nick}\"\nNHI/UR: {urno}   "
     "DOB: {dob.dmyslash}\nNext of kin: {k1.full} ({rel}), {intl}\n{s} {s}\nGP: Dr {s2.full}. Medication chart sent "
     "with the resident.\n"},
    {"forwarded_email", false,
     "---------- Forwarded message ---------\nFrom: {k1.full} <{email.k1}>\nDate: {date.dmon}\nSubject: Dad\n\nHi, just "
     "letting you know {pt.nick} (that's {pt.first}) had another fall on {date.mon}. Can someone ring me on {phone2}? "
     "Thanks, {k1.first}\n\n> On {date.dmon}, {s3.full} wrote:\n> {s}\n"},
    {"hospital_at_home_note", false,
     "H@H ward round {date.dmyslash}. {titleuk} {pt.last} ({age.sex}) - day 3 IV frusemide. Weight down 1.2 kg since {date.dm}. {s}\n"
     "Seen with {s1.fi} (consultant) and {s5.first} RN. Plan d/w {rel} by phone {phone2}.\n"},
    {"audiology_repair", false,
     "Hearing aid repair ticket\nClient: {pt.full}   Tel: {ph7}\nDevice: BTE right, serial {serial}; left serial "
     "{serial}\nFault: whistling. Received {date.mdy}. Audiologist {s4.full}, AuD\n"},
    {"prescription_label", false,
     "{pt.UP}\nTake ONE tablet by mouth TWICE daily\nMETOPROLOL TARTRATE 25 MG   Qty 60\nDr. {s2.LAST}\nFilled {date.mdy0}   Refills: 2\nMarigold Pharmacy {ph7}\n"},
    {"spoken_date_dictation", false,
     "Dictation, {fac}. Patient {pt.full}, born the {spokendob}, hospital number {hospno}. Seen on {date.dmy}. "
     "{titleuk} {pt.last} is {age.wordsbare} and lives with {his} {rel} {k1.first} in {city}. {s} Thank you. Typed by "
     "{s6.fi}.\n"},
    {"staff_group_chat", false,
     "[{date.dmyslash}, 07:58] {s5.first}: morning, bed 12 {titleuk} {pt.last} was agitated overnight, {rel} "
     "{k1.first} rang twice\n[{date.dmyslash}, 08:03] {s1.fi}: thanks, will see first. {s}\n[{date.dmyslash}, 08:05] "
     "{s5.first}: {k1.first}'s number is {phone2} if you want to call\n"},
    {"cremation_form", false,
     "CREMATION FORM 4 - MEDICAL CERTIFICATE\nName of deceased: {pt.f2}\nAddress: {addrz}\nDate of death: {date.th}  "
     "Age: {age}\nCause of death: 1a bronchopneumonia, 1b frailty of old age\nPresent at death: {k1.full} ({rel})\n"
     "Certifying doctor: Dr {s1.full}, Wattle Grove Hospital, tel {cphone}\n"},
    {"pump_alert", false,
     "INFUSION PUMP ALERT {date.iso} 03:17\nPump serial {serial} (IP {ip}) reported occlusion, channel B.\n"
     "Assigned patient: {pt.LF}, MRN {mrn}, bed 12\nAcknowledged by {s5.full}, RN at 03:19.\n"},
    {"nhs111_summary", false,
     "NHS 111 CALL SUMMARY\nCall date: {date.dmyslash}  Time: 23:02\nPatient: {pt.full}  DOB: {dob.dmyslash}  Age: "
     "{age}\nCaller: {k1.full} ({rel})  Call-back: {intl.uk}\nAddress: {streetcity}\nDisposition: contact GP within "
     "6 hours. {s}\nHealth advisor: {s6.first}\n"},
    {"homecare_rota", false,
     "HOME CARE ROTA - week of {date.dmon}\nClient: {pt.lf}   Key safe at {street} (code given verbally)\n"
     "Mon-Fri 08:00  {s5.full}\nMon-Fri 18:30  {s6.full}\nSat/Sun        agency (from {date.dayonly})\nIf no answer ring {rel} "
     "{k1.first} on {intl.uk}\n"},
    {"lost_property", false,
     "LOST PROPERTY LOG\nItem: hearing aid (left), serial {serial}\nFound: Ward 6 day room, {date.isoslash}\nBelongs to: "
     "{pt.full}, Bed 9\nReturned to: {rel} {k1.full}, signed {date.mdy}\nLogged by: {s4.fi}\n"},
    {"medical_certificate_in", false,
     "MEDICAL CERTIFICATE\nThis is to certify that {titleuk} {pt.full}, {so} {k1.full}, aged {age} years, resident of "
     "{city}, was under my treatment from {date.dmyslash} to {date.dmyslash} for acute gastroenteritis. {s}\n"
     "Dr. {s2.full}, MBBS\nReg. clinic phone {intl.in}\n"},
    {"no_phi_handover_grid", false, "HANDOVER GRID (no identifiers on this sheet)\nBay 1: {s}\nBay 2: {s}\nBay 3: {s}\n"},
    {"no_phi_ward_round", false, "WARD ROUND\n- {s}\n- {s}\n- {s}\nPlan: {s}\n"},
    {"no_phi_med_chart", false, "Medication chart review.\n{s}\n{s}\nNo changes; pharmacist to review Monday.\n"},
    {"no_phi_preop", false, "Pre-op checklist: fasting from 02:00, consent signed, site marked. {s} {s}\n"},
    {"no_phi_bloods", false, "Bloods this morning: {s} {s}\nRepeat in 48 h.\n"},
    {"no_phi_teaching", false, "Teaching case: a {yage}-year-old presents after a fall. {s} {s} Her brother, {yage}, "
     "had the same.\n"},
    {"no_phi_mdt", false, "MDT summary (stroke pathway). {s} {s} Outcome: continue rehab, review in 2 weeks.\n"},
    {"no_phi_exercise", false, "Home exercise sheet: sit-to-stand x10, heel raises x15, 3 sets. {s} {s}\n"},
};

}  // namespace

std::size_t twelfthTemplateCount() { return std::size(kTemplates12); }

std::string_view writeTwelfthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Cast12 cast = makeCast12(seed, patientIndex);
  const Template12& t = kTemplates12[choice % std::size(kTemplates12)];
  Ctx12 x{builder, cast, t.lower ? 2 : 0};
  expand(x, t.pattern);
  return t.name;
}

std::string twelfthSentence(Random& r) { return sentence12(r); }

}  // namespace concord::phi::corpus
