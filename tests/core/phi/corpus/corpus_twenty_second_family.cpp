// The twenty-second family (kTwentySecondSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is the administrative and digital traces of care. Document
// styles: patient-portal message thread, forwarded e-mail chain about a statement, scheduling
// system CSV export, legacy fixed-width appointment list (ALL CAPS), voicemail-to-text
// transcription (with a spoken date of birth), nurse advice-line call record, IVR callback queue,
// outbound SMS reminder batch, two-way clinic text thread (lower case), symptom-checker chatbot
// log, symptom-checker hand-off (key: value), billing dispute letter, payment-plan letter,
// self-pay statement with remittance stub, prior-authorisation fax cover sheet, payer adverse
// determination notice, release-of-information authorisation, ROI tracking log, EHR access audit
// (pipe-delimited), privacy officer's break-the-glass e-mail, IT help-desk tickets (wrong-patient
// note, portal lock-out), wearable JSON export, home-hub key=value telemetry, glucose-app CSV,
// remote-monitoring threshold alert, RPM enrolment form, RPM monthly billing summary, referral
// work queue, referral-status e-mail, interpreter booking confirmation, video-remote interpreting
// session log, non-emergency transport confirmation, driver manifest (ALL CAPS), 270/271
// eligibility response, demographic change request, duplicate-record merge worklist, portal
// identity-proofing review, video-visit connection report, missed-appointment letter, appointment
// confirmation e-mail, cancellation-list call note, records copy invoice, misdirected-fax privacy
// incident, answering-service message slip, complaint escalation e-mail with a quoted message,
// refund request, financial-assistance application, DME order status, result-notification e-mail,
// immunisation-registry query (HL7 PID), returned-mail log, patient-experience survey comments,
// Spanish SMS reminder (lower case), front-desk secure chat (lower case, user names), audit CSV
// export, deceased-patient account call, electronic prior-authorisation (ePA) request, parking
// validation slip, and nine kinds of note without PHI (downtime procedure, portal release notes,
// SMS template library, call-quality scorecard, chatbot intent file, RPM threshold policy, billing
// glossary, IT maintenance notice, referral criteria).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "mrn=", "user=",
//    "\"email\": ", "PID|1||"), quotes, brackets, angle brackets, CSV commas, pipes, JSON
//    punctuation, HL7 separators between fields and trailing punctuation are outside.
//  * Names: titles and roles before a name ("Dr ", "Dr. ", "Dra. ", "Mr ", "Mr. ", "Mrs. ",
//    "Ms. ", "Nurse ", "Driver ", "Agent ") and greetings ("Dear ", "Hi ", "Hello ", "Hola ")
//    are outside, and so are credentials after it (", MD", ", RN", ", NP", ", Esq.", ", RHIA",
//    ", CCHI", ", CPC", " (medical assistant)"). A name written in one piece is one span
//    ("Yufei Zhao-Pemberton", "Y. Zhao-Pemberton", "Zhao-Pemberton, Yufei", "ZHAO-PEMBERTON,
//    YUFEI", "ZHAO-PEMBERTON, Y", "Yufei R. Zhao-Pemberton", "Yufei Z.", lower case in texts and
//    chats); in an HL7 PID the family and given names ("ZHAO-PEMBERTON^YUFEI") are one span, the
//    caret inside. Particles, apostrophes, hyphens and accents are inside; a possessive "'s" is
//    outside. A first name alone, a surname alone and a nickname (quotes outside) are spans.
//    Eponyms naming a sign, disease, score, device or protocol, brand and product names, and the
//    names of organisations (Larkmoor Health, Meridian Care, Harbourlight Home Medical) are not
//    PHI.
//    Additions: a log-in user name made of a person's names without digits ("yzhaopemberton",
//    "YZHAOPEMBERTON", "yufei.zhaopemberton") is a name span, in text and in audit logs alike; a
//    name inside an e-mail address or a URL is part of that span only.
//  * People who are not patients are PHI all the same: relatives, staff, agents, interpreters,
//    drivers, attorneys, other patients in a queue or on a list.
//  * Dates: the date only; a weekday before it and a time after it (the "T08:14:03" of an ISO
//    date-time, the "0814" of a compact date-time) are outside; month/day ("3/14"), month/year,
//    YYYYMMDD, day-first and Spanish dates ("12 de marzo") are dates; a date of birth spoken in a
//    voicemail transcription ("march third nineteen thirty-one") is one date span. A year alone,
//    an expiry year and a fiscal year are not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("93" of "93-year-old",
//    "age 93"), or the words ("ninety-three"). Ages of 89 or less, and ages of other people, are
//    not PHI.
//  * Phones: every phone number written is a gold phone (patients, families, clinics, agencies,
//    call-backs; seven-digit local numbers; numbers from Vietnam, the Philippines, Indonesia,
//    Kenya, Ukraine, Romania, Mexico, Colombia, the UAE, Korea, China, Poland, Thailand and
//    Nigeria); extensions are outside; numbers labelled fax are "fax"; 911, 988, TTY 711,
//    four-digit extensions, mailbox numbers and SMS short codes are not PHI.
//  * Identifiers: medical record numbers (and a duplicate record's second MRN) are "mrn";
//    hospital and guarantor account numbers and claim numbers are "account"; member, group and
//    Medicare (MBI) numbers are "health_plan"; driver's licences are "license"; serials of the
//    patient's devices (cuffs, scales, sensors, wearables, CPAPs), phone IMEIs and a home hub's
//    MAC address are "device"; every VIN and plate written is "vehicle". Ticket, incident,
//    trip, referral, ROI request, session, invoice, order, tracking, trace, ePA key, NPI, tax ID,
//    BIN/PCN, asset-tag, CPT, ICD, HCPCS, CARC and error numbers, software versions (even dotted
//    quads such as "build 10.4.22.1") and workstation names are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; in a letter's address block each line's part is its own span;
//    in an HL7 address the street and the city are separate spans and the state is outside; a
//    city alone or "City, ST" is an "address" span; the ZIP (or ZIP+4) is always its own "zip"
//    span. The family's towns, streets and ZIPs are its own; organisation names never use a town
//    of the pool. Place names inside eponyms, disease names and organisation names ("Lyme", "West
//    Nile", "Springfield Recovery Services") and places that are not where a person lives or is
//    (a vendor's data region, "Stockholm") are not PHI.
//  * URLs one span with path and query; e-mail addresses one span each (only people's addresses
//    are written; department mailboxes are named in words); IPv4 (a ":port" is outside) and IPv6
//    one "ip" span each.
//  * Some templates are written in lower case, some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_second_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand (checked by script against every other
// family's and corpus_values.cpp's quoted strings when written: no name, town or street is shared).
constexpr std::string_view kGiven22[] = {
    "Xiaoling-Mei", "Yufei", "Chunyan", "Huifen", "Jianyu", "Ryoko", "Thanh-Tam", "Phuong-Anh", "Nhu-Y", "Rizal",
    "Dewi-Sri", "Aung-Kyaw", "Thida", "Nurul-Aisyah", "Haziq", "Chukwudi", "Afia", "Yaw-Boakye", "Dariusz",
    "Nataliya", "Dmytro", "Anzhela", "Stanislava", "Tamás", "Levente", "Tariq-Yusuf", "Leila-Noor", "Elif-Su",
    "Batool", "Ruba", "Issam", "Avital", "Yael-Tova", "Yurani", "Dairo", "Jhonatan", "Edilberto", "Aníbal",
    "Kaylee-Jo", "Shirley-Ann", "Noreen", "Wynona", "Chelsea", "Wenhui", "Liqiang", "Yanmei", "Jingwen", "Shaoqing",
    "Xuefeng", "Kazuhiro", "Masayoshi", "Tomoka", "Yukihiro", "Hiroyuki", "Seung-min", "Hye-rin", "Sunghoon",
    "Kyung-ja", "Bo-ra", "Hoang-Yen", "Kim-Lien", "Van-Thanh", "Trung-Kien", "Rowena-Joy", "Komang", "Sri-Rahayu",
    "Agus-Salim", "Suthida", "Somchai-Lek", "Khin-Mar", "Zaw-Min", "Siti-Hajar", "Faizal", "Chinwendu",
    "Ifeanyi-John", "Kojo-Mensa", "Nana-Yaw", "Thabo-Lucky", "Ntombi", "Habtamu", "Aminata-Binta", "Mamadou-Lamine",
    "Przemyslaw", "Zbigniew-Jan", "Wieslawa", "Bohdan-Ivan", "Oksana-Lesya", "Volodymyr", "Ruslana", "Ilinca",
    "Zivka", "Snezana", "Csaba", "Piroska", "Jitka", "Blagovesta", "Kliment", "Fereshteh", "Parvaneh", "Mahtab",
    "Nazanin-Zahra", "Abdulrahman", "Khalida", "Dima-Rose", "Samer", "Gülay", "Ebru-Nur", "Meltem", "Shoshana-Lea",
    "Yulissa", "Jhon-Fredy", "Dayana-Marcela", "Wilber", "Teófilo", "Reyna-Isabel", "Eliécer", "Josué", "Darwin",
    "Yeison", "Leidy", "Kourtney", "Jaxon-Lee", "Rochelle", "Lorna-Mae", "Desmond-Roy", "Winnifred", "Alvin-Ray",
    "Ebony-Rae", "Maxine-Joy", "Edna-Mae", "Halo", "Godswill", "Blessed", "Raleigh", "Sahara", "Tennessee", "Siena",
    "Montana", "Verona", "Shiloh", "Bethany", "Camden",
};

constexpr std::string_view kFamily22[] = {
    "Zhao-Pemberton", "Sima", "Murakami-Hale", "Tanabe", "Kwon-Ellis", "Yoon-Garrity", "Phan-Thi", "Nguyen-Kowalski",
    "Dela Cruz-Reyes", "Santos-Lim", "Prasetyo", "Adeyemi-Cole", "Okafor-Bright", "Nnaji", "Boakye-Ansah",
    "Mwangi-Otieno", "Dube-Moyo", "Bekele-Tadesse", "Keita-Sow", "Nowicka-Baird", "Shevchenko-Price", "Popescu-Hart",
    "Szabó-Leigh", "Kovac", "Jovanovic-Marsh", "Al-Hashimi", "Bin Rashid", "Moradi-Shah", "Kaya-Doyle",
    "Mizrahi-Cole", "Quispe-Mamani", "Cárdenas-Uribe", "Ibarguen", "Mosquera", "Restrepo-Gil", "da Silva-Mendes",
    "de Souza-Reis", "O'Farrell-Nwosu", "McKinnon-Adu", "Fortune", "Hedges", "Orange", "England", "Carolina",
    "Xu-Hartley", "Gongsun", "Zhuge", "Linghu", "Duanmu", "Nakagawa-Reyes", "Shimabukuro", "Higashida", "Tokunaga",
    "Kanemoto", "Jegal", "Seonwoo", "Dokgo", "Tak", "Pyo", "Luong-Vu", "Ngo-Baptiste", "Bagatsing", "Hutapea",
    "Siregar", "Nainggolan", "Simanjuntak", "Onwuachi-Sterling", "Ogunbanjo", "Osei-Kuffour", "Appiah-Kubi",
    "Nkosi-Dlamini", "Chirwa", "Banda-Phiri", "Tesema", "Ndiaye-Fall", "Sarr", "Coulibaly-Toure", "Wisniewska-Grant",
    "Grabowski-Lane", "Jankowska", "Sadowski", "Hrynkiv", "Melnyk-Carter", "Georgescu-Bell", "Petrovic-Reyes",
    "Nikolic", "Dimitrov-Hale", "Varga-Smith", "Kiss-Kovacs", "Mészáros", "Dvorakova", "Blahova", "Jafari-Nejad",
    "Bani-Hani", "El-Masri", "Erdem", "Kahraman", "Shapira", "Azoulay", "Ohana", "Quispe-Huanca", "Apaza", "Ccama",
    "Yupanqui", "Ticona", "Chambi", "Betancourt-Ariza", "Zuluaga", "Arbeláez", "Londoño", "Echeverri-Posada",
    "Santamaría", "Huerta-Zamora", "de la Garza-Ybarra", "del Valle-Soto", "Fontoura", "das Neves",
    "van Heerden-Moss", "le Grange", "Redbird", "Sweeting", "Playfair", "Bakewell", "Rainbird", "Stamp", "Gravel",
    "Ledger", "Fender", "Marble", "Ballast", "Hammock", "Plaster", "Brighton", "Denbigh", "Carlisle", "Wakefield",
    "Hereford", "Stafford", "Hampton", "Manchester", "de la Peña-Ruiz", "van der Merwe-Nel", "du Toit-Mabena",
    "dos Reis-Amaral", "van Zyl-Hendricks", "de Oliveira-Tan", "le Clerc-Mensah", "bin Hamdan", "ter Meulen-Abe",
    "del Carmen-Ruiz", "di Lorenzo-Park", "Ó Ceallaigh-Wu", "van den Bosch-Amadi", "Mac Dhòmhnaill-Oyelaran",
    "St. Clair-Owusu", "al-Khatib-Oduya",
};

constexpr std::string_view kNick22[] = {
    "Mochi", "Bao-Bao", "Titi", "Nené", "Yaya", "Sunny-Boy", "Pipo", "Nonoy", "Inday", "Bebang", "Dudong", "Choco",
    "Pompom", "Boyet", "Flaca", "Pelusa", "Kimbap", "Dumpy", "Chubs", "Lil-Mo", "Big-T", "Mimi-Jo", "Kiko",
    "Dada-Joe", "Sisi",
};

constexpr std::string_view kTowns22[] = {
    "Orrington Ferry", "Calloway Heights", "Brisco", "Wexham Point", "Tallis Creek", "Ravensholt", "Perrin Bay",
    "Middlesbrook", "Gantry", "Amberlee", "Corrie Springs", "Hatchford", "Osprey Landing", "Pemberly Glen",
    "Yarrowby", "North Halvey", "Sutterton", "Lowick Mills", "Bracebridge Falls", "Dunmore Heath",
};

constexpr std::string_view kStreets22[] = {
    "Jacaranda", "Banyan", "Lotus Pond", "Baobab", "Acacia", "Olive Grove", "Pomegranate", "Kingfisher", "Ironbark",
    "Candlenut", "Mangrove", "Cardamom", "Linden Crest", "Tidewater", "Quarry Hill", "Steelhead", "Sandpiper",
    "Hollyhock", "Frangipani", "Bougainvillea", "Casuarina", "Moringa", "Tulip Poplar", "Whitebark",
};

constexpr std::string_view kMiddle22[] = {"B", "C", "F", "G", "H", "N", "P", "W", "Y", "Z", "O", "I"};
constexpr std::string_view kSuffixes22[] = {"Avenue", "Ct", "Blvd", "Terrace", "Way", "Drive", "Pl.", "Circle",
                                            "Parkway", "St.", "Close", "Heights"};
constexpr std::string_view kUnits22[] = {"Apt 4C", "Unit 210", "#7", "Apt. 12B", "Flat 3", "Ste 5", "Bldg 2 Apt 18"};
constexpr std::string_view kStates22[] = {"OR", "WA", "AZ", "NV", "MN", "WI", "MI", "OH", "PA", "NJ", "CT", "GA"};
// POOLS-END

constexpr std::string_view kRelations22[] = {"daughter", "son", "wife", "husband", "niece", "grandson",
                                             "granddaughter", "sister", "brother", "son-in-law", "partner",
                                             "cousin", "nephew", "caregiver"};
constexpr std::string_view kMail22[] = {"lanternmail.example.com", "mailbird.example.net", "kopimail.example.org",
                                        "sunbeam-inbox.example.com", "postkite.example.net"};
constexpr std::string_view kWorkMail22[] = {"larkmoor-health.example.org", "larkmoor.example.org"};
constexpr std::string_view kLanguages22[] = {"Vietnamese", "Amharic", "Ukrainian", "Tagalog", "Dari",
                                             "Haitian Creole", "Karen", "Somali", "Portuguese", "Cantonese",
                                             "Arabic", "Tigrinya", "Romanian", "Korean", "Yoruba", "K'iche'"};
constexpr std::array<std::string_view, 12> kMonths22 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon22 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMeses22 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                       "diciembre"};
constexpr std::string_view kWeekdays22[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};

struct Person22 {
  std::string first, initial, last, nick;
};

struct Cast22 {
  Person22 pt, k1, k2;
  std::array<Person22, 6> staff;
  std::string k1rel;
  std::string streetNumber, street, unit, city, state, zip;
  std::string mrn2, mac;
};

enum class Case22 { asIs, lower, upper };

struct Ctx22 {
  NoteBuilder& b;
  const Cast22& c;
  Case22 mode = Case22::asIs;
  std::string lastDate;  // the last date written, for a second line of the same day
  int clock = -1;        // minutes since midnight for {tick}: a thread's or a log's rising times
};

// Case mapping of ASCII and of the Latin-1 letters (two bytes led by 0xC3) the pools use.
std::string recase22(std::string s, bool toUpper) {
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
std::string up22(std::string s) { return recase22(std::move(s), true); }
std::string low22(std::string s) { return recase22(std::move(s), false); }

std::string cased(const Ctx22& x, std::string s) {
  if (x.mode == Case22::lower) return low22(std::move(s));
  if (x.mode == Case22::upper) return up22(std::move(s));
  return s;
}
void put(Ctx22& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx22& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// ASCII letters of a name, lower case, for user names, e-mail addresses and URLs: accented
// Latin-1 letters become their base letter, everything else is dropped.
std::string fold(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      if (std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]) | 0x20u;  // lower-case Latin-1 letter
      static constexpr std::string_view kBase = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
      const char base = kBase[(v - 0xE0u) & 0x1Fu];
      if (base != '/') out.push_back(base);
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

std::string ordinalWord(int d) {
  static constexpr std::string_view kOrd[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                              "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                              "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                              "nineteenth", "twentieth"};
  if (d <= 20) return std::string(kOrd[d]);
  if (d == 30) return "thirtieth";
  return (d < 30 ? "twenty-" : "thirty-") + std::string(kOrd[d % 10]);
}

Person22 makePerson22(Random& r) {
  Person22 p;
  p.first = pickS(r, kGiven22);
  p.initial = pickS(r, kMiddle22);
  p.last = pickS(r, kFamily22);
  p.nick = pickS(r, kNick22);
  return p;
}

Cast22 makeCast22(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x2222ULL) * 0xa0761d6478bd642fULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x22221ULL));
  r.next();
  Cast22 c;
  c.pt = makePerson22(r);
  c.k1 = makePerson22(r);
  if (r.chance(0.55)) c.k1.last = c.pt.last;
  c.k2 = makePerson22(r);
  for (Person22& s : c.staff) s = makePerson22(r);
  c.k1rel = pickS(r, kRelations22);
  c.streetNumber = std::to_string(r.between(3, 19880));
  c.street = pickS(r, kStreets22) + " " + pickS(r, kSuffixes22);
  if (r.chance(0.3)) c.unit = pickS(r, kUnits22);
  c.city = pickS(r, kTowns22);
  c.state = pickS(r, kStates22);
  c.zip = std::to_string(r.between(10, 99)) + r.digits(3);
  if (r.chance(0.35)) c.zip += "-" + r.digits(4);
  c.mrn2 = "E" + r.digits(7);
  static constexpr std::string_view kHexU = "0123456789ABCDEF";
  c.mac = "00";
  for (int k = 0; k < 5; ++k) {
    c.mac += ":";
    c.mac.push_back(kHexU[r.next() % 16]);
    c.mac.push_back(kHexU[r.next() % 16]);
  }
  return c;
}

const Person22& who(const Cast22& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "k1" || head == "k2" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6');
}

void writeName(Ctx22& x, const Person22& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "fl", "UP", "LF"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fl") v = p.first + " " + firstLetter(p.last) + ".";
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = up22(p.last + ", " + p.first);
  else if (form == "LFi") v = up22(p.last + ", " + firstLetter(p.first));
  else if (form == "UP") v = up22(p.first + " " + p.last);
  else if (form == "FIRST") v = up22(p.first);
  else if (form == "LAST") v = up22(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = low22(p.first + " " + p.last);
  else if (form == "lowfirst") v = low22(p.first);
  else if (form == "lowlast") v = low22(p.last);
  else if (form == "lowlf") v = low22(p.last + ", " + p.first);
  else if (form == "user") v = fold(p.first).substr(0, 1) + fold(p.last);
  else if (form == "USER") v = up22(fold(p.last).substr(0, 7) + fold(p.first).substr(0, 1));
  else if (form == "dotuser") v = fold(p.first) + "." + fold(p.last);
  else if (form == "HL7") v = up22(p.last + "^" + p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

std::string spokenYear(int y) {
  if (y >= 2000) return "two thousand" + (y > 2000 ? " " + words(y - 2000) : std::string());
  const int yy = y % 100;
  return "nineteen " + (yy == 0 ? std::string("hundred") : yy < 10 ? "oh " + words(yy) : words(yy));
}

void writeDate(Ctx22& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "abbr", "mon", "md",
                                                   "dmon", "compact", "monthth", "dmy"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths22[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon22[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = pad2(m) + "/" + pad2(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "abbr") v = mon + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "mon") v = mon + " " + std::to_string(d);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "md0") v = pad2(m) + "/" + pad2(d);
  else if (style == "dmon") v = pad2(d) + "-" + up22(mon) + "-" + std::to_string(y);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "monthth") v = month + " " + std::to_string(d) + ordSuffix(d);
  else if (style == "dmy") v = std::to_string(d) + " " + mon + " " + std::to_string(y);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "mmyyyy") v = pad2(m) + "/" + std::to_string(y);
  else if (style == "es") v = std::to_string(d) + " de " + std::string(kMeses22[static_cast<std::size_t>(m - 1)]);
  else if (style == "spoken") v = low22(month) + " " + ordinalWord(d) + " " + spokenYear(y);
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

void writeAge(Ctx22& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "y") after = " y";
  else if (form == "age") before = "age ";
  else if (form == "words") value = words(age);
  else if (form == "num") {
  } else throw std::logic_error("unknown age form " + std::string(form));
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
    case 4: return "+1 " + a + " " + e + " " + l;
    case 5: return "1-" + a + "-" + e + "-" + l;
    default: return a + e + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

// Numbers abroad (relatives overseas, interpreters' agencies), at most twelve digits.
std::string abroad(Random& r) {
  switch (r.between(0, 13)) {
    case 0: return "+84 9" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4);
    case 1: return "+63 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4);
    case 2: return "+62 21 " + r.digits(4) + " " + r.digits(4);
    case 3: return "+254 7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 4: return "+380 67 " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2);
    case 5: return "+40 7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 6: return "+52 55 " + r.digits(4) + " " + r.digits(4);
    case 7: return "+57 3" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4);
    case 8: return "+971 5" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4);
    case 9: return "+82 10-" + r.digits(4) + "-" + r.digits(4);
    case 10: return "+86 10 " + r.digits(4) + " " + r.digits(4);
    case 11: return "+48 " + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3);
    case 12: return "+66 8" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4);
    default: return "+234 1 " + r.digits(3) + " " + r.digits(4);
  }
}

std::string email(Random& r, const Person22& p, bool work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 5)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(10, 99)); break;
    case 2: local = l + "." + f.substr(0, 1); break;
    case 3: local = fold(p.nick) + "." + l; break;
    case 4: local = f + "_" + l.substr(0, 1) + std::to_string(r.between(1955, 2004)); break;
    default: local = l + f.substr(0, 1); break;
  }
  if (work) local = f + "." + l;
  return local + "@" + pickS(r, work ? std::span<const std::string_view>(kWorkMail22) : std::span<const std::string_view>(kMail22));
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string sentence22(Random& r);

void writeStreet(Ctx22& x, bool withCity) {
  const Cast22& c = x.c;
  std::string v = c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

void placeholder(Ctx22& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast22& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (isPerson(head)) {
    writeName(x, who(c, head), std::string(form));
  } else if (head == "lb") {
    say(x, "{");
  } else if (head == "rb") {
    say(x, "}");
  } else if (head == "rel") {
    say(x, c.k1rel);
  } else if (head == "parent") {
    say(x, p.female ? "mother" : "father");
  } else if (head == "title") {
    say(x, p.female ? (r.chance(0.5) ? "Mrs." : "Ms.") : "Mr.");
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "He") {
    say(x, p.female ? "She" : "He");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "him") {
    say(x, p.female ? "her" : "him");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays22));
  } else if (head == "lang") {
    say(x, pickS(r, kLanguages22));
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) style = r.chance(0.5) ? "mdy0" : (r.chance(0.5) ? "long" : "mdy");
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "again") {  // the same date once more, written the same way
    put(x, "date", x.lastDate);
  } else if (head == "odob") {  // another person's date of birth
    writeDate(x, r.between(1936, 1990), r.between(1, 12), r.between(1, 28), "mdy0");
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {
    say(x, std::to_string(r.between(21, 86)));
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
    const std::string whom(form.empty() ? "pt" : form);
    const bool work = whom.size() == 2 && whom[0] == 's';
    put(x, "email", email(r, who(c, whom), work));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    const std::string& s = p.ssn;
    put(x, "ssn", r.chance(0.7) ? s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4)
                                : s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4));
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "mrn2") {
    put(x, "mrn", c.mrn2);
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "acct2") {
    put(x, "account", "HB" + r.digits(8));
  } else if (head == "claim") {
    put(x, "account", "C" + std::to_string(r.between(23, 25)) + r.digits(9));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", "GRP-" + r.digits(5));
  } else if (head == "mbi") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(1, true) + r.letters(1, true) +
                              r.digits(1) + "-" + r.letters(1, true) + r.letters(1, true) + r.digits(1) + "-" +
                              r.letters(2, true) + r.digits(2));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : r.letters(2) + r.digits(6) + r.letters(1));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {
    put(x, "device", r.letters(1) + r.digits(3) + r.letters(2) + r.digits(5));
  } else if (head == "imei") {
    put(x, "device", r.digits(2) + "-" + r.digits(6) + "-" + r.digits(6) + "-" + r.digits(1));
  } else if (head == "mac") {  // the home hub's MAC address, the same in every note of the patient
    put(x, "device", c.mac);
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.5) ? p.plate : r.digits(1) + r.letters(2) + r.digits(4));
  } else if (head == "url") {
    if (form == "pay") {
      put(x, "url", "https://pay.larkmoor-health.example.org/guest?acct=" + p.account);
    } else if (form == "visit") {
      put(x, "url", "https://video.larkmoor-health.example.org/v/" + r.digits(9) + "?u=" + fold(c.pt.last));
    } else if (form == "checkin") {
      put(x, "url", "larklink.example.org/echeckin/" + r.letters(3) + r.digits(5) + "?name=" + fold(c.pt.first));
    } else {
      put(x, "url", "https://larklink.example.org/app/chart/" + p.mrn + "/results?msg=" + r.digits(6));
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    switch (r.between(0, 2)) {
      case 0: put(x, "ip", "2a02:" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + "::" + hex4(r)); break;
      case 1: {
        std::string v = "2607:fb90";
        for (int k = 0; k < 6; ++k) v += ":" + hex4(r);
        put(x, "ip", v);
        break;
      }
      default: put(x, "ip", "fd00::" + hex4(r) + ":" + hex4(r)); break;
    }
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {
    writeStreet(x, true);
  } else if (head == "street2") {  // a new street line (a change of address)
    put(x, "address", std::to_string(r.between(10, 9999)) + " " + pickS(r, kStreets22) + " " + pickS(r, kSuffixes22));
  } else if (head == "cityst2") {
    put(x, "address", pickS(r, kTowns22) + ", " + pickS(r, kStates22));
  } else if (head == "zip2") {
    put(x, "zip", std::to_string(r.between(10, 99)) + r.digits(3) + (r.chance(0.5) ? "-" + r.digits(4) : ""));
  } else if (head == "addr") {  // one line, City, ST inside, then the ZIP
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
  } else if (head == "hl7addr") {  // street^^city^ST^zip
    put(x, "address", c.streetNumber + " " + c.street);
    say(x, "^^");
    put(x, "address", c.city);
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
  } else if (head == "num") {  // ticket, trip and order numbers: not PHI
    say(x, std::to_string(r.between(1, 9)) + r.digits(form.empty() ? 4 : std::stoi(std::string(form)) - 1));
  } else if (head == "epakey") {
    say(x, r.letters(4) + "-" + r.letters(2) + r.digits(2));
  } else if (head == "time") {
    const bool am = r.chance(0.5);
    say(x, std::to_string(am ? r.between(7, 11) : r.between(1, 5)) + ":" + pad2(r.between(0, 11) * 5) + (am ? " AM" : " PM"));
  } else if (head == "tick") {  // rising HH:MM within one note
    if (x.clock < 0) x.clock = r.between(7 * 60, 16 * 60);
    else x.clock += r.between(1, 19);
    say(x, pad2((x.clock / 60) % 24) + ":" + pad2(x.clock % 60));
  } else if (head == "hm") {
    say(x, pad2(r.between(7, 19)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "hms") {
    say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "hhmm0") {  // time digits right after a compact date
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "s") {
    say(x, sentence22(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx22& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of schedulers, billers, help-desk agents, HIM
// clerks and monitoring nurses: eponyms, drugs and doses, brands of apps and devices, software
// versions (some dotted quads), error and status codes, CPT, HCPCS, ICD and CARC codes, room and
// extension numbers, times, years alone, ages of other people, organisation names, and place
// names only inside eponyms and disease names.
std::string sentence22(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 899));
  switch (r.between(0, 51)) {
    case 0: return "Portal build " + n1 + "." + n2 + "." + n3 + "." + n1 + " rolled back after the login loop on Android.";
    case 1: return "Hold time in the Scheduling queue averaged " + n2 + " minutes; abandonment rate " + n1 + "." + n1 + "%.";
    case 2: return "Prior auth for Humira 40 mg/0.4 mL pens is still pending with the plan, day " + n1 + " of 14.";
    case 3: return "Billed CPT 99457 and 99458 for " + n2 + " minutes of interactive RPM time this month.";
    case 4: return "Denied with CARC 197 (precertification absent); resubmitted with modifier 25.";
    case 5: return "The Omron Evolv cuff paired over Bluetooth LE after a firmware update to 2." + n1 + ".";
    case 6: return "Weight up 2.4 kg in 72 hours on the BodyTrace scale, which meets the CHF alert rule.";
    case 7: return "Fax server returned error 0x" + std::to_string(r.between(10, 99)) + "F2, line busy; retried 3 times.";
    case 8: return "Interpreter requested for Room " + n3 + "; Language Line video cart is on 4 West.";
    case 9: return "Ticket auto-closed after 5 business days with no response from the requester.";
    case 10: return "Crohn disease flare noted on the symptom checker; escalated to the GI nurse pool.";
    case 11: return "Dexcom G7 readings gap from 02:10 to 05:45; the receiver was out of range.";
    case 12: return "Account placed on a 90-day billing hold pending the Medicaid retro-eligibility decision.";
    case 13: return "Citrix Workspace " + n2 + "." + n1 + " crashed on the registration PCs in Bay " + n1 + ".";
    case 14: return "Press 1 for appointments, 2 for billing, 3 for medical records, or stay on the line.";
    case 15: return "Reminder texts go out at 10:00 and 18:00 from short code " + std::to_string(r.between(20000, 89999)) + "; reply STOP to opt out.";
    case 16: return "Metformin ER 500 mg, two tablets with supper; A1c " + n1 + "." + n1 + "% in " + std::to_string(r.between(2019, 2024)) + ".";
    case 17: return "Wheelchair van requires 48 hours notice; stretcher transport needs a PCS form.";
    case 18: return "Cushing syndrome workup letters are held until the endocrinologist signs.";
    case 19: return "Release of information turnaround is 15 business days; expedited requests cost $25.";
    case 20: return "Audit sample of " + n2 + " charts found two notes signed after 72 hours.";
    case 21: return "TLS 1.0 disabled on the fax gateway; the old Brother MFC in Suite " + n3 + " can no longer scan to e-mail.";
    case 22: return "The Apple Watch irregular rhythm notice is not a diagnosis; a Zio patch for 14 days was mailed.";
    case 23: return "Reset the Kardia app, re-pair the EKG card and re-send the tracing.";
    case 24: return "Ehlers-Danlos and Marfan syndrome referrals go to Genetics, not Cardiology.";
    case 25: return "Statement cycle runs on the 5th and the 20th; payments post within 2 business days.";
    case 26: return "Lyme disease serology forms were faxed to the state lab with the wrong panel code.";
    case 27: return "Remote monitoring enrolment target is " + n3 + " patients by the end of FY" + std::to_string(r.between(24, 27)) + ".";
    case 28: return "Average speed of answer " + n2 + " seconds on the nurse line, above the 30-second goal.";
    case 29: return "Pulse oximeter readings below 88% twice trigger a call from the RPM nurse within 1 hour.";
    case 30: return "Hashimoto thyroiditis; levothyroxine 88 mcg daily, TSH " + n1 + ".2 last spring.";
    case 31: return "HCPCS E0601 for the CPAP and A7030 for the full-face mask were both approved.";
    case 32: return "Epic Haiku and Canto were upgraded over the weekend; rebooting the iPads fixed the badge login.";
    case 33: return "Patients aged 65 and over get the large-print statement and a paper copy of the AVS.";
    case 34: return "Her father was " + std::to_string(r.between(60, 88)) + " when he had the same valve surgery, according to the intake form.";
    case 35: return "Ext. " + std::to_string(r.between(2000, 7999)) + " rings the HIM front desk; pager " + std::to_string(r.between(1000, 9999)) + " is the on-call analyst.";
    case 36: return "Stockholm is listed as the vendor's data region for the new symptom checker; no data leaves the EU.";
    case 37: return "Asthma action plan sent through the portal; albuterol HFA 90 mcg, 2 puffs every 4 hours as needed.";
    case 38: return "Warfarin dose changed to 5 mg Monday, Wednesday and Friday, 2.5 mg other days; INR in 1 week.";
    case 39: return "Apgar scores of 8 and 9 are copied into the mother's portal by mistake; ticket raised with Epic.";
    case 40: return "Down time for the ADT interface was 14 minutes; queued HL7 v2.5.1 messages replayed at 03:20.";
    case 41: return "Parkinson disease support group flyer added to the after-visit summary template.";
    case 42: return "West Nile virus results are reported to Public Health, not to the patient portal.";
    case 43: return "The Tuesday clinic template has 12 slots of 20 minutes and 2 new-patient slots of 40 minutes.";
    case 44: return "Copay $35, coinsurance 20% after a $1,500 deductible, out-of-pocket maximum $6,350.";
    case 45: return "Scanned consent forms under 150 dpi are rejected by OnBase; rescan at 300 dpi.";
    case 46: return "ICD-10 Z99.81 (dependence on supplemental oxygen) added to the DME order.";
    case 47: return "Bell's palsy follow-up slots are 30 minutes in the Neurology template.";
    case 48: return "Version 3.2.0.7 of the scheduling client fixes the time-zone bug on the daylight-saving weekend.";
    case 49: return "Queue SCH-GEN had " + n3 + " callbacks waiting at 08:00 on the Monday after Easter.";
    case 50: return "Zoom for Healthcare link expires 15 minutes after the scheduled start.";
    default: return "Grace period for the payment plan is 10 days; two missed payments send the balance to Springfield Recovery Services.";
  }
}

struct Template22 {
  std::string_view name;
  Case22 mode;
  std::string_view pattern;
};

constexpr Case22 kN = Case22::asIs;
constexpr Case22 kL = Case22::lower;
constexpr Case22 kU = Case22::upper;

constexpr Template22 kTemplates22[] = {
    {"portal_thread", kN,
     "LarkLink Messages > Conversation {num.7}\nSubject: Re: Re: letter says my result is \"abnormal\"??\n\n"
     "--- {pt.full} | {date.abbr} {time} ---\nI got the letter but the portal only shows the word abnormal and a "
     "red flag. {s} Please call me at {phone}, I am home after 4.\n\n--- {s1.fi}, NP | {time} ---\nHi {pt.first}, "
     "the value was only a little above the range. {s} I asked {s4.first} at the front desk to book a recheck.\n\n"
     "--- {pt.full} | {time} ---\nok thank you. my {rel} {k1.first} will bring me\n"},
    {"statement_email_forward", kN,
     "From: {k1.full} <{email.k1}>\nSent: {wd}, {date.long} {time}\nTo: Larkmoor Patient Financial Services\n"
     "Subject: FW: You have a new statement\n\nThird time asking. Who do I talk to about this? {s}\n\n"
     "-----Original Message-----\nFrom: LarkLink Notifications\nSent: {date.mdy0}\nTo: {email.pt}\nSubject: You have a "
     "new statement\n\nDear {pt.full}, a new statement for account {acct} is ready. Amount due by "
     "{date.md}: $212.40. Log in to LarkLink to view it.\n"},
    {"scheduling_csv_export", kN,
     "appt_id,mrn,patient_name,dob,provider,dept,slot_start,status,contact\n{num.8},{mrn},\"{pt.LF}\",{dob.mdy0},"
     "\"{s1.lf}\",CARDIO,{date.iso} {hm},NOSHOW,{phone}\n{num.8},{mrn},\"{pt.LF}\",{dob.mdy0},\"{s1.lf}\",CARDIO,"
     "{date.iso} {hm},BOOKED,{phone}\n{num.8},{mrn2},\"{k2.LF}\",{odob},\"{s6.lf}\",ORTHO,{date.iso} {hm},CANC-PT,"
     "{ph7}\n# exported by {s4.user} on {date.compact}\n"},
    {"legacy_appointment_list", kU,
     "RPT SCH210   DAILY APPOINTMENT LIST   CLINIC ENDO-3   DATE {date.mdyy}\n"
     "TIME   PATIENT                      MRN          AGE  PHONE            VISIT\n"
     "{hm}  {pt.LF}        {mrn}     {age.num}   {phone}   F/U 20\n"
     "{hm}  {k2.LF}        {mrn2}     {yage}   {cphone}   NEW 40\n"
     "*** END OF REPORT ***  PRINTED BY {s4.USER}\n"},
    {"voicemail_transcription", kN,
     "VOICEMAIL TO TEXT  Mailbox 4{num.3} (Endocrine front desk)\nReceived {date.mdy} {time}  From {phone}  "
     "Length 0:48  Transcription confidence 71%\n\"Hi, um, this is {pt.full}, date of birth {dob.spoken}, I'm "
     "calling about my appointment on {date.mon}, I can't [inaudible] the bus that early. I'm {age.words} years old, "
     "I shouldn't have to wait on hold for forty minutes. And the, uh, sugar machine keeps beeping at night. Call me back at {ph7}. Thank you. Bye.\"\nAction: "
     "returned call {date.md}, left voicemail - {s4.fl}\n"},
    {"nurse_line_call", kN,
     "NURSE ADVICE LINE - CALL RECORD\nCall ID: NAL-{num.6}      Line 2 (after hours)\nCaller: {k1.full} ({rel})"
     "      Call-back: {phone2}\nPatient: {pt.lf}      DOB: {dob.mdy}      Age: {age.num}\nAddress confirmed: "
     "{addr}\nReason for call: new swelling of both ankles, short of breath lying flat since {wd}. {s}\nProtocol: Schmitt-Thompson, Breathing Problems - Adult. Disposition: see "
     "provider within 24 hours.\nRN: {s1.full}, RN\n"},
    {"ivr_callback_queue", kN,
     "IVR CALLBACK QUEUE (Scheduling, SCH-GEN)  snapshot {date.iso} {hm}\npos | requested | ANI              | "
     "name as spoken         | est. wait\n1   | {hm}     | {phone}   | \"{pt.full}\" | 12 min\n2   | {hm}"
     "     | {ph7}         | \"{k2.first}\"            | 19 min\n3   | {hm}     | {intl} | (none)               | "
     "25 min\nagent on shift: {s4.user}\n"},
    {"sms_reminder_batch", kN,
     "OUTBOUND SMS  campaign=APPT_REMIND_48H  run={date.compact}\nto={phone} status=DELIVERED body=\"Hi "
     "{pt.first}, this is Larkmoor Health. You have an appt with Dr. {s1.last} on {date.md} at {time}. Reply C to "
     "confirm, R to reschedule, STOP to opt out.\"\nreply from={phone} at {hm} body=\"C\"\nto={phone2} "
     "status=UNDELIVERED err=30007 body=\"Hi {k1.first}, a reminder for {pt.first}...\"\n"},
    {"clinic_text_thread", kL,
     "text thread, clinic line 4{num.3} <-> {phone2}, printed {date.mdy}\n{date.md} {tick} them: hi is this the "
     "clinic. im {k1.low}, {pt.lowfirst}'s {rel}\n{again} {tick} us: hi {k1.lowfirst}, yes. we can only discuss "
     "with a verbal ok from {pt.lowfirst} or a signed release. {s}\n{again} {tick} them: ok {he} says fine, {he} "
     "is right here. {he} is {age.num} and cant hold the phone\n{again} {tick} us: thank you. - {s4.lowfirst}\n"},
    {"chatbot_log", kN,
     "[LarkBot 3.8 symptom checker] session {num.8} started {date.iso}T{hms}Z from {ip}\nbot> Hi! Who are we "
     "checking symptoms for today?\nuser> my {parent}, {pt.first}\nbot> How old is {pt.first}?\nuser> "
     "{age.words}\nbot> What is bothering {pt.first} most?\nuser> {he} gets dizzy standing up and fell twice this week\nbot> Thanks. Based on your answers, "
     "urgent care within 24 hours is suggested. Want me to book it?\nuser> yes pls. my number is {phone2}\n"
     "bot> Booked for {date.mon}. A text will go to that number.\n"},
    {"symptom_checker_handoff", kN,
     "SYMPTOM CHECKER HAND-OFF (to nurse pool)\nsubject_name: {pt.full}\nsubject_age: {age.num}\nsubject_sex: "
     "{sex}\ncompleted_by: {k1.full} ({rel})\ncontact: {phone2}\nzip_entered: {zip}\nchief_complaint: short of "
     "breath 2 days\nred_flags: none selected\ntriage_level: 3 of 5\nclient_ip: {ip6}\nsubmitted: {date.iso} "
     "{hm}\n"},
    {"billing_dispute_letter", kN,
     "{k1.full}\n{addr2}\n\n{date.long}\n\nLarkmoor Health Patient Financial Services\nAttn: Billing Disputes\n\n"
     "Re: Account {acct}, patient {pt.full}, date of service {date.mdy}\n\nTo whom it may concern:\n\nI am "
     "disputing the charge of $1,846.00 for CPT 99285. My {parent} was seen for less than an hour and sent home. "
     "{s} The $150 copay was already paid (check no. 3318). Please send an itemized bill to the address above or "
     "e-mail me at {email.k1}.\n\nSincerely,\n{k1.full}\n"},
    {"payment_plan_letter", kN,
     "LARKMOOR HEALTH - PATIENT FINANCIAL SERVICES\n\n{date.long}\n\n{pt.UP}\n{addr2}\n\nGuarantor: {k1.full}"
     "     Account no. {acct}\n\nDear {pt.full},\n\nThis letter confirms your interest-free payment "
     "plan. The balance of $2,410.75 will be paid in 12 installments of $200.90, the first due {date.long}, by "
     "automatic payment from the card you gave us by phone. {s}\nIf a payment is missed, call us at {cphone} "
     "(Monday to Friday, 8 to 5).\n\n{s2.full}\nFinancial Counselor\n"},
    {"self_pay_statement", kN,
     "STATEMENT DATE {date.mdy0}          PLEASE DETACH AND RETURN THIS PORTION\nGUARANTOR: {pt.LF}      "
     "ACCOUNT: {acct}\n{addr2}\n---------------------------------------------------------------\nDOS        "
     "DESCRIPTION          CHARGES   INS PAID   YOU OWE\n{date.mdyy}   ED VISIT LVL 4       1,240.00    980.00     "
     "260.00\n{date.mdyy}   LAB - CMP            88.00       70.40      17.60\nInsurance on file: MERIDIAN CARE PPO, "
     "ID {plan}\nPay online: {url.pay}\n"},
    {"prior_auth_fax_cover", kN,
     "FAX COVER SHEET        Pages: 4 (including cover)\nTo: Utilization Management, Meridian Care     Fax: {fax}\n"
     "From: {s2.full}, Prior Auth Specialist, Larkmoor Cardiology     Phone {cphone} ext. 2{num.3}\nDate: "
     "{date.mdy0}\nRE: PRIOR AUTHORIZATION - URGENT\n\nMember: {pt.LF}     DOB: {dob.mdy0}\nMember ID: {plan}"
     "     Group: {group}\nRequested: CPT 93306 (TTE), ICD-10 I50.32\nOrdering: {s1.full}, MD    NPI 1{num.9}\n{s}\n"
     "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
     "error, notify the sender and destroy all copies.\n"},
    {"adverse_determination", kN,
     "MERIDIAN CARE - NOTICE OF ADVERSE BENEFIT DETERMINATION\n{date.long}\n\nMember: {pt.full}    ID {plan}\n"
     "Reference: PA-{num.9}\nService requested: continuous glucose monitor (A9277, A9278)\nDecision: DENIED. {s}\n"
     "You or your provider may appeal within 180 days. Send appeals to the Appeals Unit by fax at {fax}.\n"
     "Reviewer: {s6.full}, MD, Medical Director\ncc: {s1.fi}\n"},
    {"roi_authorization", kN,
     "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\nPatient name: {pt.full}     Other names used: "
     "\"{pt.nick}\"\nDate of birth: {dob.mdy0}     MRN: {mrn}\nAddress: {addr}\nRelease FROM: Larkmoor Medical "
     "Center, Health Information Management\nRelease TO: Brandt & Okoye LLP, attn. {s6.full}, Esq., fax {fax}\n"
     "Information: records from {date.my} to present; imaging reports; billing records\nPurpose: legal\n"
     "This authorization expires one year from signing.\nSignature: {pt.fi}      Date: {date.mdy}\n"},
    {"roi_tracking_log", kN,
     "ROI TRACKING LOG - HIM, week of {date.mdy}\nReq#     | Patient              | MRN        | Requester"
     "                | Type       | Sent\nR{num.5}   | {pt.LF}   | {mrn}   | {k1.full} (family) | paper      | "
     "{date.md}\nR{num.5}   | {k2.lf}    | {mrn2}   | SSA Disability           | e-fax {fax} | {date.md}\n"
     "processed by {s3.user}\n"},
    {"ehr_access_audit", kN,
     "ACCESS AUDIT  patient={pt.LF}  mrn={mrn}  window: 30 days ending {date.iso}\n{date.iso} {hms}|{s1.USER}|"
     "{s1.LF}|Chart Review|WS-4E-{num.3}|{ip}\n{again} {hms}|{s3.USER}|{s3.LF}|Demographics Edit|WS-HIM-{num.2}|"
     "{ip}\n{again} {hms}|{s2.USER}|{s2.LF}|BREAK-THE-GLASS|REMOTE|{ip6}\nreviewed by the Privacy Office "
     "{date.mdy}\n"},
    {"break_glass_review_email", kN,
     "From: {s6.full} <{email.s6}>\nTo: {s3.full} <{email.s3}>\nDate: {date.long}\nSubject: BTG review - "
     "{pt.LF}\n\n{s3.first},\n\nI looked at the break-the-glass access to {pt.full} (MRN {mrn}) by user "
     "{s2.user} on {date.md}. The user works in billing, is not on the care team, and told me the patient is a "
     "neighbour on {street}. {s} Please pull the full access report from {date.md} through {date.md} and lock the "
     "account until HR is done.\n\nThanks,\n{s6.first}\nPrivacy Officer\n"},
    {"helpdesk_wrong_patient", kN,
     "Ticket HD-{num.6}    Category: EHR > Documentation > Wrong patient\nRequester: {s1.full} (ext. "
     "4{num.3})\nOpened: {date.mdy0} {hm}    Priority: High\nDescription: I signed a note on {pt.LF} ({mrn}) "
     "that belongs to {k2.LF} ({mrn2}). Both were booked at {time}, similar names. {s}\nWorkstation: {ip}   "
     "Session: Citrix\nResolution: note moved by HIM ({s3.fi}) on {date.md}; both charts flagged for review.\n"},
    {"helpdesk_portal_lockout", kN,
     "SERVICE DESK - PORTAL SUPPORT\nINC{num.7}\nCaller: {pt.full}, identity verified by DOB {dob.mdy} and "
     "ZIP {zip}\nUsername on the account: {pt.dotuser}\nIssue: locked out after 5 failed log-ins; the reset "
     "e-mail goes to an old address, {email.pt}\nLog-in attempts from {ip} (3) and {ip6} (2)\nAction: e-mail "
     "updated, reset link sent; advised to update the LarkLink app to 6.2.1. {s}\nAgent: {s4.fl}\n"},
    {"wearable_json_export", kN,
     "{lb}\n  \"export_version\": \"2.3\",\n  \"account\": {lb}\"display_name\": \"{pt.full}\", \"email\": "
     "\"{email.pt}\", \"birthdate\": \"{dob.iso}\"{rb},\n  \"device\": {lb}\"model\": \"PulseBand 4\", "
     "\"serial\": \"{serial}\", \"firmware\": \"4.11.2\"{rb},\n  \"days\": [\n    {lb}\"date\": \"{date.iso}\", "
     "\"steps\": {num.4}, \"hr_rest\": 61, \"sleep_h\": 6.8{rb},\n    {lb}\"date\": \"{date.iso}\", \"steps\": "
     "{num.4}, \"hr_rest\": 63, \"sleep_h\": 5.9{rb}\n  ]\n{rb}\n"},
    {"home_hub_telemetry", kN,
     "ts={date.iso}T{hms}Z level=WARN hub={mac} fw=1.9.0 user={pt.user} evt=SCALE_READING kg=71.4 "
     "sensor={serial}\nts={again}T{hms}Z level=INFO hub={mac} evt=UPLOAD dest=RPM_INGEST status=200 "
     "src={ip}\nts={again}T{hms}Z level=ERROR hub={mac} evt=BP_READING sys=171 dia=98 sensor={dev} "
     "escalate=true\n"},
    {"glucose_app_csv", kN,
     "Glucose Export - GlucoTrack 5.0\nName,\"{pt.LF}\"\nDate of birth,{dob.mdy0}\nSensor serial,{serial}\n"
     "Timestamp (YYYYMMDDhhmm),Glucose (mg/dL),Event\n{date.compact}{hhmm0},142,\n{again}{hhmm0},188,Meal\n"
     "{again}{hhmm0},63,Low alert\nReport generated {date.long} for {s1.fi}\n"},
    {"rpm_threshold_alert", kN,
     "*** RPM ALERT - THRESHOLD EXCEEDED ***\nPatient: {pt.full}    MRN {mrn}    Program: HTN-RPM\nDevice: "
     "cellular BP cuff, serial {dev}, last sync {date.mdy} {time}\nReading: 184/102 mmHg, pulse 96 (threshold "
     "180/100)\nEscalation: called patient at {phone} - no answer; called {rel} {k1.full} at {intl}\n"
     "Acknowledged by {s1.fl} at {hm}\n"},
    {"rpm_enrolment", kN,
     "REMOTE PATIENT MONITORING - ENROLLMENT AND CONSENT\nPatient: {pt.lfm}     DOB: {dob.mdy0}     Medicare "
     "MBI: {mbi}\nShip kit to: {addr}\nDevices issued: cellular BP cuff SN {serial}; scale SN {serial}\n"
     "Preferred contact: {phone} (texts OK)    Alternate: {k1.first} {ph7}\nCPT 99453 set-up billed "
     "{date.mdy}. {s}\nEnrolled by {s4.full} (medical assistant)\n"},
    {"rpm_monthly_summary", kN,
     "RPM MONTHLY SUMMARY   {date.my}   Program: CHF weight\nPatient                   Device SN        Days "
     "with data   Minutes   CPT\n{pt.lf}       {serial}    2{num.1}              22        99454, 99457\n"
     "{k2.lf}       {serial}    11              0         -\nCare manager: {s1.full}, RN\n"},
    {"referral_work_queue", kN,
     "REFERRAL WORK QUEUE - Neurology (external)    as of {date.mdy} {hm}\nRef ID     Received  Patient"
     "                DOB          Referred by        Status           Notes\nRF{num.6}   {date.md}     {pt.LF}"
     "   {dob.mdy0}   {s1.fi}      PENDING AUTH     pt prefers {phone2}\nRF{num.6}   {date.md}     {k2.lf}"
     "   {odob}   {s6.fi}      SCHEDULED        needs {lang} interpreter\nRF{num.6}   {date.md}     {pt.LAST}"
     "   {dob.mdy0}   {s1.fi}      DUPLICATE        see above\nqueue owner: {s4.user}\n"},
    {"referral_status_email", kN,
     "Subject: Referral status - {pt.fi}, DOB {dob.mdy}\nFrom: {email.s4}\nTo: {email.s1}\n\nHello,\n\nWe "
     "received the referral for {pt.full} on {date.md}. We tried the number on the referral ({phone}) three times; "
     "it is disconnected. Registration has an old address on {street}. Could your office confirm a working "
     "number? If the patient has moved to {cityst}, we can send the referral to our satellite clinic instead. "
     "{s}\n\nReferral coordinator\n{s4.full}\nDirect line {cphone}\n"},
    {"interpreter_booking", kN,
     "INTERPRETER REQUEST CONFIRMATION   IR-{num.6}\nLanguage: {lang}     Modality: in person\nPatient: "
     "{pt.full}     MRN {mrn}\nAppointment: {date.long}, {time}, Larkmoor Oncology, Suite 310\nInterpreter "
     "assigned: {s5.full}, CCHI\nAgency dispatch: {cphone}\nNote: the patient's {rel} ({k1.first}) has "
     "interpreted before; by policy family members are not used. {s}\n"},
    {"vri_session_log", kN,
     "VRI SESSION LOG\nsession_id={num.10} lang={lang} start={date.iso} {hms} dur=00:23:41\nendpoint=iPad cart "
     "3E, asset LMC-{num.5}, ip {ip}\ninterpreter_id={num.5} interpreter_name=\"{s5.fl}\"\npatient_label="
     "\"{pt.LF}\" mrn={mrn}\nquality=poor audio, reconnected twice\n"},
    {"transport_trip_confirmation", kN,
     "NON-EMERGENCY TRANSPORT - TRIP CONFIRMED\nTrip {num.7}    Level: wheelchair van\nRider: {pt.full}"
     "    Member ID {plan}\nPick-up: {date.mon}, window {time} to +30 min\nFrom: {addr}\nTo: Larkmoor Dialysis "
     "Center, door C\nReturn: will-call; rider or escort calls {cphone}\nEscort: {k1.full} ({rel})\nDriver: "
     "{s5.first}    Vehicle: white Ford Transit, plate {plate}\n"},
    {"driver_manifest", kU,
     "DRIVER MANIFEST   {date.dmon}   ROUTE 14   VEH {plate}   VIN {vin}\nSTOP  TIME   RIDER"
     "                  PICK-UP                                  PHONE           NOTES\n1     {hm}  {pt.UP}"
     "   {streetcity}   {phone}   W/C, O2 2L\n2     {hm}  {k2.UP}   {city}                       {ph7}"
     "        AMBULATORY\nDRIVER: {s5.UP}   DISPATCH: {s4.FIRST}\n"},
    {"eligibility_271", kN,
     "ELIGIBILITY RESPONSE (270/271)   trace {num.9}\nSubscriber: {pt.LF}   DOB {dob.compact}   Member ID: "
     "{plan}   Group: {group}\nSubscriber address: {streetcity} {zip}\nCoverage: ACTIVE, effective {date.compact}"
     "\nPCP on file: {s1.LF}\nCopay office $25, specialist $50, ER $250\nChecked by {s2.user} at {hm}\n"},
    {"demographic_change_request", kN,
     "PATIENT DEMOGRAPHIC CHANGE REQUEST\nMRN: {mrn}    Name: {pt.full}\nField       | Old value"
     "                       | New value\nAddress     | {street}       | {street2}\nCity/State  | {cityst}"
     "      | {cityst2}\nZIP         | {zip}                | {zip2}\nHome phone  | {phone}      | {phone2}\n"
     "E-mail      | (none)                | {email.pt}\nPreferred name: {pt.nick}\nSubmitted through LarkLink "
     "from {ip} on {date.mdy}; verified by {s4.fl}\n"},
    {"duplicate_merge_worklist", kN,
     "HIM DUPLICATE RECORD WORKLIST - candidate pair, score 0.94\nRecord A: {pt.LF}   MRN {mrn}   DOB "
     "{dob.mdy0}   SSN {ssn}   {addr}\nRecord B: {pt.LFi}   MRN {mrn2}   DOB {dob.mdy0}   SSN (blank)   "
     "{city}\nDecision: MERGE B into A (A survives). {s}\nReviewed by {s3.full}, RHIA on {date.long}\n"},
    {"identity_proofing_review", kN,
     "PORTAL IDENTITY PROOFING - MANUAL REVIEW\nApplicant entered: {pt.full}, DOB {dob.mdy0}, SSN {ssnbare}\n"
     "ID document: driver's license {lic}, state {state}, expires 2029\nSelfie match 0.88 (threshold 0.80)\n"
     "Device: iPhone, IMEI {imei}; IP address {ip}\nResult: APPROVED by {s3.fl} on {date.mdy}\n"},
    {"video_visit_connection_report", kN,
     "Video visit connection report\nVisit: {date.mdy} {time} with {s1.fi}\nPatient endpoint: {pt.user} - "
     "Chrome 124 on Android 14, {ip6}\nFamily endpoint: {k1.first} - Safari 17, {ip}\nJoin link: {url.visit}\n"
     "Packet loss 7.2%, jitter 41 ms, bitrate fell to 240 kbps; the visit was converted to audio. {s}\n"},
    {"missed_appointment_letter", kN,
     "{date.long}\n\n{pt.full}\n{addr2}\n\nDear {title} {pt.last},\n\nOur records show that you missed your "
     "appointment with {s1.full} on {date.long}. This is your second missed visit in 12 months. Under our "
     "policy, a third missed appointment may end your care with this practice. {s}\n\nTo reschedule, call "
     "{cphone} or use LarkLink.\n\nLarkmoor Family Medicine\n"},
    {"appointment_confirmation_email", kN,
     "To: {email.pt}\nSubject: Your appointment is confirmed\n\nHello {pt.first},\n\nYou're all set.\nWhen: "
     "{wd}, {date.long}, {time}\nWhere: Larkmoor Imaging, 2nd floor (park in Garage P2)\nWith: {s1.full}\n"
     "Check in online: {url.checkin}\n\nPlease arrive 15 minutes early and bring your insurance card.\n"
     "Add to calendar | Reschedule | Cancel\n"},
    {"cancellation_list_call", kN,
     "Cancellation list call - {date.md}\nOpening: {s1.last}, {time}, {date.mon}\nCalled {pt.full} "
     "at {ph7} (home; no area code on file) - spoke with {rel} {k1.first}, patient at church, will call back by "
     "noon. {s}\nCalled next on the list ({k2.fl}) at {phone}: accepted.\n- {s4.first}\n"},
    {"records_copy_invoice", kN,
     "INVOICE - COPIES OF MEDICAL RECORDS\nInvoice no. {num.6}     Date {date.mdy0}\nBill to: {s6.full}, Esq.\n"
     "Re: patient {pt.full} / DOB {dob.mdy}\nPages 214 at $0.50, search fee $15.00, postage $8.40, total "
     "$130.40\nRemit to: Larkmoor HIM, Release of Information    Tax ID 41-{num.7}\nQuestions: {s3.full}, "
     "{cphone}\n"},
    {"misdirected_fax_incident", kN,
     "PRIVACY INCIDENT REPORT   PI-{num.5}\nDate discovered: {date.mdy}\nWhat happened: a 6-page discharge "
     "summary for {pt.LF} (MRN {mrn}) was faxed to {fax} instead of {fax}; the business that received it, a "
     "florist, called us at {time}. {s}\nPHI involved: name, DOB, diagnoses, medications, MRN\nRecipient "
     "attested destruction: yes, {date.mdy}\nNotification letter mailed to the patient at {addr} on {date.md}\n"
     "Reported by {s2.fl}; investigated by {s6.full}\n"},
    {"answering_service_slip", kN,
     "ANSWERING SERVICE MESSAGE    client code LMK-04 (Larkmoor Internal Medicine)\nTaken {date.mdyy} {time} "
     "by operator {num.2}\nFOR: Dr. {s1.last} (on call)\nFROM: {k1.full}    CALL-BACK: {phone2}\nRE: {parent} "
     "{pt.full} (DOB {dob.mdy}), {age.yo}, fell at home on {street}, not hurt but cannot get up "
     "without help\nURGENT? Y    Patched: N    Paged at {hm}\n"},
    {"complaint_escalation_email", kN,
     "From: {s2.full}\nTo: Patient Relations\nDate: {date.abbr}\nSubject: FW: complaint - {pt.fi}\n\n"
     "Forwarding the family's message below. {s}\n\n> From: {email.k1}\n> Sent: {date.mdy} {time}\n> my "
     "{parent} {pt.full} has been trying to get a call back about {his} bill for a month. nobody answers "
     "{cphone}. {he} is {age.words} years old and this is disgraceful.\n> {k1.first}\n"},
    {"refund_request", kN,
     "CREDIT BALANCE / REFUND REQUEST\nPatient: {pt.LF}    Account {acct}    Claim {claim}\nOverpayment: "
     "$96.12 (paid by the patient and again by Meridian Care)\nRefund payable to: {pt.full}\nMail to: "
     "{streetcity} {zip}\nPrepared {date.mdy} by {s2.user}; approved by {s6.fi}\n"},
    {"financial_assistance_application", kN,
     "FINANCIAL ASSISTANCE APPLICATION (charity care)\nApplicant: {pt.full}    SSN: {ssn}    Date of birth: "
     "{dob.mdy0}\nHome address: {addr}    Phone: {phone}\nHousehold: applicant; {rel} {k1.full}, age {yage}\n"
     "Employer: none (retired since 2009). Monthly income: Social Security $1,142\nAccounts to apply: {acct}; "
     "{acct2}\nSigned {date.mdy0}.    Counselor: {s2.full}\n"},
    {"dme_order_status", kN,
     "ORDER STATUS - Harbourlight Home Medical\nOrder SO-{num.7}    Item: CPAP, AirSense 11 AutoSet, serial "
     "{dev}\nShip to: {pt.full}, {addr}\nCarrier tracking 1Z{num.9}\nStatus: DELIVERED {date.mdy} {time}, left "
     "with {k1.first}\nCompliance download due {date.md}. Questions: {cphone}\n"},
    {"result_notification_email", kN,
     "Subject: New test result available\nTo: {email.pt}\nDate: {date.mdy}\n\nDear {pt.first},\n\nA new result "
     "is available in LarkLink. For your privacy we do not put results in e-mail. View it here: {url}\n\nThis "
     "mailbox is not monitored. If you are not {pt.full}, please delete this message.\n"},
    {"immunization_registry_query", kN,
     "IIS QUERY (QBP^Q11) sent {date.compact}{hhmm0}\nPID|1||{mrn}^^^LARKMOOR^MR||{pt.HL7}||{dob.compact}|"
     "{sex}|||{hl7addr}||{phone}\nRSP: 3 candidates, best match score 0.97\nrequested by {s1.user}\n"},
    {"returned_mail_log", kN,
     "RETURNED MAIL - ADDRESS UNKNOWN\nReceived {date.md}\nAddressee: {pt.UP}\n{addr2}\nUSPS reason: "
     "Attempted - Not Known; forwarding order expired.\nAction: bad-address flag set in registration; letter "
     "re-sent through LarkLink; called {phone} (no answer).\nLogged by {s3.fl}\n"},
    {"experience_survey_comments", kN,
     "Patient experience survey - free-text comments (verbatim)\nSurvey {num.8}, visit {date.md}, unit 5 North\n"
     "\"The nurses were lovely, especially {s1.first}. Food was cold. Dr {s6.last} explained everything. My "
     "{rel} {k1.first} couldn't find parking for an hour. {s}\"\nCall-back requested: YES, {phone}, ask for "
     "{pt.first}\n"},
    {"spanish_sms_reminder", kL,
     "recordatorio sms enviado {date.md} a {phone}:\n\"larkmoor: hola {pt.lowfirst}, su cita con la dra. "
     "{s1.lowlast} es el {date.es} a las {hm}. responda 1 para confirmar o 2 para cancelar.\"\nrespuesta "
     "{hm}: \"2. mi familiar {k1.lowfirst} no puede llevarme, lo siento\"\n"},
    {"front_desk_secure_chat", kL,
     "secure chat export - pod b front desk, {date.mdy}\n[{tick}] {s4.user}: anyone know why {pt.lowlf} keeps "
     "showing self-pay\n[{tick}] {s2.user}: ins termed {date.md}, {he} has a new plan, id {plan} i think\n[{tick}] "
     "{s4.user}: ok. {his} {rel} is at the window, {k1.lowfirst}. says they moved to {city}\n[{tick}] {s2.user}: "
     "update the address and rerun eligibility pls. {s}\n"},
    {"audit_csv_export", kN,
     "event_time,user_id,user_name,patient_mrn,patient_name,action,client_ip\n{date.iso}T{hms},{s3.USER},"
     "\"{s3.full}\",{mrn},\"{pt.LF}\",VIEW_NOTE,{ip}\n{again}T{hms},{s5.USER},\"{s5.full}\",{mrn},\"{pt.LF}\","
     "PRINT_AVS,{ip}\n{again}T{hms},{k2.USER},\"{k2.full}\",{mrn},\"{pt.LF}\",VIEW_RESULTS,{ip6}\n# flagged: "
     "user {k2.USER} is listed as the patient's emergency contact\n"},
    {"deceased_account_call", kN,
     "PORTAL / BILLING CALL - DECEASED PATIENT\nCaller: {k1.full}, {rel} and executor, phone {phone2}\n"
     "Patient: {pt.full}, DOB {dob.mdy0}, date of death {date.mdy0}\nRequests: close the LarkLink account "
     "({pt.dotuser}); stop statements on account {acct}; send the final bill to the estate, c/o {k1.last}, "
     "{addr}\nDeath certificate received by fax from {fax}. {s}\nAgent: {s2.fl}\n"},
    {"electronic_prior_auth", kN,
     "ePA request - key {epakey}\nDrug: Ozempic 1 mg/dose pen\nPatient: {pt.full}   DOB {dob.iso}"
     "   ZIP {zip}\nBIN 610014   PCN MEDDPRIME   Group {group}   Member {plan}\nPrescriber: {s1.full}, NP    "
     "Fax {fax}\nStatus: sent to plan {date.mdy}; answered {again}: approved through {date.mmyyyy}\n"},
    {"parking_validation_slip", kN,
     "PARKING VALIDATION - Garage P2\nDate {date.mdy}    Ticket 7{num.5}\nVehicle: {plate}, silver Honda "
     "CR-V; VIN from the dashboard {vin}\nPatient: {pt.fi} - dialysis three times a week, 90 minutes "
     "validated\nIssued by {s4.first} at the front desk\n"},
    {"no_phi_downtime_procedure", kN,
     "DOWNTIME PROCEDURE - SCHEDULING\n{s} {s}\nDuring the window use paper form SCH-7 and the red binder at "
     "each desk. {s}\n"},
    {"no_phi_release_notes", kN,
     "LarkLink 6.3 release notes\n- {s}\n- {s}\n- Fixed a crash on iOS 17.4 when opening attachments.\n"},
    {"no_phi_sms_template_library", kN,
     "SMS TEMPLATE LIBRARY (approved by Compliance)\nREMIND_48H: \"Hi [FirstName], you have an appt on [Date] "
     "at [Time]. Reply C to confirm.\"\n{s} {s}\n"},
    {"no_phi_call_quality_scorecard", kN,
     "CALL QUALITY SCORECARD (agent not named)\nGreeting 5/5, two identifiers verified 5/5, hold etiquette 3/5. "
     "{s} {s}\n"},
    {"no_phi_chatbot_intents", kL,
     "intent: book_appointment\nutterances: \"i need to see someone\", \"can i get in tomorrow\", \"any "
     "openings friday\"\n{s}\n{s}\n"},
    {"no_phi_rpm_policy", kN, "RPM escalation thresholds (policy 7.14)\n{s} {s} {s}\n"},
    {"no_phi_billing_glossary", kN, "BILLING TERMS FOR NEW STAFF\n{s} {s}\n"},
    {"no_phi_it_maintenance", kU, "IT notice: planned maintenance Saturday 02:00-04:00. {s} {s}\n"},
    {"no_phi_referral_criteria", kN, "Referral criteria - Sleep Medicine\n{s}\n{s}\n"},
};

}  // namespace

std::size_t twentySecondTemplateCount() { return std::size(kTemplates22); }

std::string_view writeTwentySecondNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice) {
  const Cast22 cast = makeCast22(seed, patientIndex);
  const Template22& t = kTemplates22[choice % std::size(kTemplates22)];
  Ctx22 x{builder, cast, t.mode, {}, -1};
  expand(x, t.pattern);
  return t.name;
}

std::string twentySecondSentence(Random& r) { return sentence22(r); }

}  // namespace concord::phi::corpus
