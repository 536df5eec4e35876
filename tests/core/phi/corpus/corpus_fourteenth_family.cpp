// The fourteenth family (kFourteenthSeed only): templates, look-alike sentences and name pools
// written by someone who had not seen the detector's rules, and never run against it while being
// written. Document styles: operative note with scrub team, consult reply with a fax header,
// nursing flowsheet comments, infection-control line list, transplant waiting-list entry,
// poison-centre call record, occupational-health fitness form (commercial driver), travel-clinic
// record, veterans' benefits medical opinion, insurer call-centre log, home-infusion delivery
// schedule, clinical-trial case report form, trauma pre-alert radio message (ATMIST), court
// report for a guardianship hearing, genetic-counselling letter, obituary-style chaplaincy note,
// controlled-drug prescription, HL7 lab interface message, patient's own symptom diary, text
// message thread with a relative, phone-call transcript with a pharmacy, dental chart entry,
// blood-bank crossmatch slip, dialysis run sheet, dietitian note, tumour board list, sleep-study
// report, endoscopy report, school-nurse note, prison health intake, street-outreach contact,
// hospice admission, organ-donation referral call, coroner's referral, biobank sample log,
// pacemaker remote check, glucose-sensor download, EHR break-the-glass audit, non-emergency
// transport booking, blood-alcohol chain-of-custody form, workers' compensation first report,
// fit note, vaccination certificate for travel, lower-case patient e-mail, chat between
// junior doctors, bereavement follow-up call, Spanish social-work note, and seven kinds of note
// without PHI.
//
// Gold span conventions: the twelfth family's, which restate the tenth and ninth families' (see
// the headers of corpus_twelfth_family.cpp, corpus_tenth_family.cpp and
// corpus_ninth_family.cpp), restated briefly with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("MRN ", "DOB: ", "PID-5 ",
//    "Tel "), quotes, brackets, HL7 field separators ("|", "^") and trailing punctuation are
//    outside.
//  * Names: titles and roles before a name ("Dr ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Prof. ",
//    "Sgt ", "Capt. ", "Nurse ", "Sister ", "Pharmacist ", "Coroner ", "Paramedic ") and
//    credentials and roles after it (", MD", ", MBChB", ", FRCS", ", RN", ", CCRN", ", CGC",
//    ", RPh", ", EMT", ", OCN", ", DNP", ", PA-C", ", CDCES", " (scrub)", " (anaes)") are outside;
//    a name written in one piece is one span ("Oyinkansola Thimble", "O. Thimble", "Thimble,
//    Oyinkansola", "THIMBLE, OYINKANSOLA", "Oyinkansola B. Thimble", lower case in an e-mail or
//    a text message); in an HL7 message the family and given names ("THIMBLE^OYINKANSOLA") are
//    one span, the caret inside. Particles, apostrophes, hyphens and accents are inside. A
//    possessive "'s" is outside. A first name alone, a surname alone and a nickname (quotes
//    outside) are spans. Eponyms naming a sign, disease, score or procedure are not PHI.
//  * Dates: the date only; a weekday before it and a time after it are outside (in an HL7
//    time stamp "202403121405" only the first eight digits are the span); month/day without a
//    year, month/year and day-first dates are dates; a year alone is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only, or the words
//    ("ninety-one"). Ages of 89 or less, and ages of other people, are not PHI.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, poison
//    centre call-backs, Irish, South African, Philippine, German and Mexican numbers);
//    extensions are outside; numbers labelled fax are "fax"; four-digit internal extensions and
//    bleeps are not PHI (no emergency or help-line numbers are written).
//  * Identifiers: medical record, hospital, transplant-registry and trial subject numbers are
//    "mrn"; account, claim and visit numbers are "account"; member, group, Medicare and policy
//    numbers are "health_plan"; driver's licences and commercial driver's licences are
//    "license"; device serials (pacemakers, glucose sensors, infusion pumps, phones) are
//    "device"; VINs and plates are "vehicle". Lot numbers, specimen and unit numbers of the
//    blood bank, order numbers, CPT and ICD codes, rooms, beds and bays are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; a city alone or "City, ST" is an "address" span; the ZIP is
//    always its own "zip" span.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_fourteenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).
constexpr std::string_view kGiven14[] = {
    "Oluwatamilore", "Adaeze-Grace", "Chidubem", "Ikechukwu-Paul", "Zainab-Rose", "Kofi-Mensah", "Abena-Louise",
    "Thandeka", "Akinyi", "Idil", "Eleuterio", "Ramiro", "Guadalupe-Inés", "Anunciación", "Vittorino", "Raffaele",
    "Zdzisław", "Kazimiera", "Wiesław", "Halina-Maria", "Dragoslav", "Zorica", "Ekaterina", "Anatoliy", "Taisiya",
    "Arkadiy", "Eino", "Tuulikki", "Guðmundur", "Hallbjörn", "Agnetha", "Reinhild", "Klaasje", "Maarten-Jan",
    "Amélie-Rose", "Aurélien", "Niamh-Kate", "Catrin", "Iain-Ruaridh", "Euan", "Shanmugapriya", "Annapurna",
    "Raghunandan", "Kamalakshi", "Parminder-Kaur", "Sudeshna", "Anirban", "Tapati", "Sharmila", "Dinesh-Kumar",
    "Chamari", "Fathimath", "Ibrahim-Naseer", "Aminath", "Rafiqul", "Asadullah", "Zarmina", "Wahidullah",
    "Shirin-Dokht", "Anahita", "Roxana", "Hrachya", "Nino-Mariam", "Hülya", "Oğuzhan", "Yasemin-Nur", "Mariam-Bibi",
    "Noor-Jahan", "Hadeel", "Tareq", "Suhaib", "Layal", "Yusra", "Boaz", "Yehuda-Leib", "Meirav", "Ofra", "Junhao",
    "Meiling-Rose", "Kenshin", "Mitsuo", "Min-jae", "Nguyet", "Quang-vinh", "Thi-hoa", "Bao-tran", "Lourdes-Mae",
    "Kanokwan", "Sokunthea", "Soukanh", "Vaimoana", "Tevita-Hala", "Mikaere", "Aroha-Lee", "Kirrily", "Chenoa",
    "Tokala", "Winona-Grace", "Shawnee", "Dakotah", "Cheyenne-Rae", "Tanisha-Lynn", "Dajuan", "Keyshawn", "Deja",
    "Tremaine", "Ke'Andra", "Tay'Lor", "Na'Vaeh", "Hester", "Agatha-May", "Mabel-Anne", "Ethelred", "Lavender",
    "Mercy-Ann", "Ransom", "Haven", "Sage-Marie", "Legacy", "Blessing-Ife", "Oyinkansola", "Chinonso-Mary",
    "Ebunoluwa", "Adwoa-Sika", "Kwabena-Ato", "Nomvula-Joy", "Sipho-Themba", "Zanele-Ruth", "Wambui-Ann", "Kiptoo",
    "Fekadu-Lemma", "Ubah-Hibo", "Maristela", "Eufrasia", "Celedonio", "Hermelinda", "Sinforosa", "Procopio",
    "Ludovina", "Tobiasz", "Wojsława", "Jaromír", "Svetlana-Oksana", "Miroslava-Kim", "Ilmari", "Ahti", "Sólrún",
    "Hrafnhildur", "Ingibjörg", "Aslaug", "Gudrun-Elise", "Friedlinde", "Hannelore-Kay", "Anneliese-Joy", "Sjoukje",
    "Femke-Liv", "Rozemarijn", "Apolline", "Gwenaëlle", "Maëlys", "Séverine-Ann", "Eibhlín", "Gráinne-Mae",
    "Tadhg-Rory", "Bronagh", "Lowri-Haf", "Gethin-Ioan", "Seonaid", "Catriona-Bell", "Murdina", "Kanchana",
    "Thenmozhi", "Sivakami", "Rajeshwari-Devi", "Gurnam", "Baljinder-Singh", "Kuldip-Kaur", "Sayantani", "Upeksha",
    "Mohamed-Shifan", "Nazneen-Ara", "Mahbub-Ul", "Shafiqullah", "Roya-Banu", "Farrokh", "Golnaz-Mahin", "Ashkhen",
    "Vardan-Tigran", "Manana", "Tamriko", "Gülsüm", "Taner-Alp", "Şükriye", "Nuriye-Dilek", "Rasha-Amal", "Wafiq",
    "Samira-Lulu", "Hanoch", "Malka-Rivka", "Zerubavel", "Xinyue", "Wen-jie", "Hao-ran", "Mei-hua-Rose",
    "Kwok-keung", "Sau-lan", "Haruto-Ken", "Chiyoko", "Sumiko-Ann", "Tae-hoon", "Ji-hyun-Mary", "Minh-khoa",
    "Hong-nhung", "Evangeline-Joy", "Marilou-Grace", "Chaweewan", "Sompong", "Ratana-Devi", "Bopha-Rina", "Sonexay",
    "Sione-Tevita", "Mele-Ana", "Ana-Lupe", "Tamatea", "Rangimārie", "Koa-Keanu", "Alamea", "Nalani-Rose",
    "Kimi-Sky", "Takoda-Joe", "Wapasha", "Tallulah-Faye", "Ja'Marion", "De'Shawna", "Keziah-Lynn", "Shavonne-Ray",
    "Oretha", "Delphine-Marie", "Eudora", "Hortensia", "Ivor-James", "Lionel-Ray", "Montague", "Quentin-Ash",
    "Roderick-Lee", "Sylvester-Ola", "Tobias-Eli", "Ulrica", "Vesta", "Wilfred-John", "Xanthe", "Yolande-Bea",
    "Zillah", "Elowen", "Tamsin-Jo", "Demelza", "Jowan", "Azaria", "Briony-Kate", "Carys-Wyn", "Dilys",
    "Gaynor-Mae",
};

constexpr std::string_view kMiddle14[] = {
    "Benedict", "Isadora", "Jerome", "Leontine", "Napoleon", "Scholastica", "Theobald", "Bertilla", "Crescentia",
    "Donatus", "Emerentia", "Fortunatus", "Gaudentia", "Hilarion", "Innocentia", "Modesta", "Nicodemus", "Olympia",
    "Rufinus", "Tiburtius", "Urbanus", "Venantius",
};

constexpr std::string_view kNick14[] = {
    "Pickle", "Twiggy", "Pudding", "Buzzy", "Nana-Bee", "Babs", "Smudge", "Gumdrop", "Pebbles", "Fizz",
    "Bramblekin", "Scrumpy", "Wombles", "Dumpling", "Sausage", "Poppet", "Chuffy", "Squeak", "Toffee", "Sugarplum",
    "Popeye", "Curls", "Freckles", "Snapper", "Gramps", "Granny-Bea",
};

constexpr std::string_view kFamily14[] = {
    "Okonkwo-Reid", "Olatunji-Grant", "Asante-Boateng", "Ndlovu-Jacobs", "Dlamini-Kruger", "Tesfaye-Haile",
    "Farah-Osman", "Bustamante-Ortiz", "Zavala", "Olvera", "Carrasquillo", "Figueroa-Lugo", "Carvalho-Pinto",
    "Lombardi-Shaw", "Bonfiglio", "Scarpelli", "Ruggiero", "Szymańska-Dunn", "Procházková", "Petrović-Hale",
    "Kuznetsova", "Hakkarainen", "Haugland", "Oberndorfer", "Kessler-Brandt", "Hoffmeister", "van den Berg-Okafor",
    "Dijkstra", "Lefebvre-Moreau", "O'Donovan", "MacNeacail", "Fitzgerald-Oyo", "Llewelyn", "Sutherland-Boyd",
    "Krishnamurthy-Lee", "Sandhu-Barnes", "Chattopadhyay", "Mazumdar", "Rasheed", "Chowdhury-Hill", "Rahman-Wood",
    "Haqqani", "Durrani", "Yousafzai", "Karapetyan", "Öztürk-Bell", "Khoury-Nassar", "Saade", "Abu-Salem",
    "Feldmann-Ross", "Hu-Madsen", "Leung-Ashby", "Yamaguchi-Ford", "Nakashima", "Seo-Brennan", "Bautista-Cruz",
    "Sukhothai", "Srisai", "Tupou-Hala", "Te Huia", "Whitecloud", "Bearheart", "Lonefight", "Goodblanket",
    "Jefferson-Pike", "Washington-Bey", "Rainwater", "Candlewick", "Thimble", "Harrow", "Pebble", "Winterbottom",
    "Nightingale-Olu", "Bishop-Kane", "Chancellor", "Thatcher-Ngo", "Fletcher-Abara", "Cooper-Vance", "Brewer-Lim",
    "Mann", "van der Laan", "di Matteo", "D'Arcy-Mbeki", "Mc Intyre", "Al-Mansouri", "Ladder", "Barley", "Furrow",
    "Quill", "Gable", "Bracken", "Tallow", "Hazard", "Wool", "Chalk", "Kipper", "Mallet", "Chisel", "Anvil",
    "Bellows", "Nettle", "Bushel", "Shilling", "Farthing", "Abbot", "Parson", "Forester", "Keen", "Bold", "Brave",
    "Fell", "Sands", "Weekes", "Puddle", "Cobble", "Tumble", "Thistle", "Crumb", "Pantry", "Cellar", "Larder",
    "Buckle", "Bobbin", "Spindle", "Thimbleby", "Needler", "Bucket", "Barrow", "Rudder", "Anchor", "Harbour",
    "Ferry", "Boatwright", "Keel", "Sailor", "Rowe", "Alder", "Poplar", "Hawthorn", "Blackthorn", "Damson",
    "Hazelwood", "Wormwood", "Yarrow", "Comfrey", "Adebisi-Okafor", "Oyewole-Hart", "Mbatha-Cele", "Kamotho",
    "Gebremedhin-Tsegay", "Aguilar-Benítez", "Sepúlveda-Rincón", "Fontes-Barreto", "Giordano-Pace",
    "Kowalczyk-Bane", "Nováková-Reid", "Radovanović", "Lysenko-Dunn", "Kallio-Ward", "Þórðardóttir", "Ingvarsson",
    "Brekke-Holm", "Lundqvist-Gray", "Nussbaumer", "Terhorst-Blake", "van Houweningen", "de Vries-Amoah",
    "Vandermeulen", "Thériault-Khan", "Trelawney", "Tregarthen", "Pillai-Warrier", "Sethuraman", "Namboodiri",
    "Gill-Harcourt", "Bandyopadhyay", "Gunawardena-Silva", "Ranasinghe", "Siddiqui-Noor", "Qureshi-Lamb",
    "Mirzakhani", "Avetisyan-Cole", "Kvaratskhelia", "Kılıçaslan", "Aydoğdu", "Abou-Jaoude", "Ben-Shimon",
    "Katzenellenbogen", "Ouyang-Frost", "Kwan-Hollis", "Matsuzaki", "Kurosawa-Bell", "Yoon-Harper", "Võ-Tran",
    "Pangilinan-Ruiz", "Manalo-Dee", "Chaiprasert", "Sisouphanh", "Mahe-Fonua", "Tapueluelu", "Te Kanawa-Rua",
    "Makoare", "Kahale-Pua", "Whitehorse-Begay", "Two Feathers", "Yazzie-Long", "Washington-Okoro",
    "Jeffries-Bello", "de la Torre-Vidal", "d'Harcourt", "dos Reis-Lobo", "Mac Uidhir", "O'Flaherty-Nwosu",
    "bint Saleh", "Al-Khouri-Hayes",
};

// POOLS-END
constexpr std::string_view kInitials14[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Y"};
constexpr std::string_view kRelations14[] = {"daughter", "son", "wife", "husband", "partner", "sister", "brother",
                                             "son-in-law", "daughter-in-law", "niece", "grandson", "granddaughter",
                                             "carer", "cousin", "stepson"};
constexpr std::string_view kMail14[] = {"lanternfish-mail.example.com", "slowloris-post.example.net",
                                        "cobblestone-inbox.example.org", "gannetwing.example.com"};
constexpr std::string_view kStaffMail14[] = {"sallowmere-health.example.org", "oakhollow-clinics.example.net"};
constexpr std::string_view kFac14[] = {"Sallowmere Hospital", "Oakhollow Community Clinic",
                                       "Quarry Ridge Medical Centre", "Fernwick Hospice",
                                       "St. Brannock's Infirmary", "Millpond Renal Unit"};
constexpr std::array<std::string_view, 12> kMonths14 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon14 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kOnes14[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kTens14[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

struct Person14 {
  std::string first, middle, initial, last, nick;
};

struct Cast14 {
  Person14 pt, k1, k2;
  std::array<Person14, 6> staff;
  std::string k1rel;
};

struct Ctx14 {
  NoteBuilder& b;
  const Cast14& c;
  int caseMode = 0;  // 0 as written, 2 lower case
};

// Case of a letter of Latin Extended-A (U+0100-U+017F, two UTF-8 bytes led by 0xC4 or 0xC5):
// returns the code point in the other case, or 0 when it has none or is already in `upper`'s case.
unsigned otherCaseExtA(unsigned cp, bool toUpper) {
  const bool evenUpper = (cp >= 0x100 && cp <= 0x137 && cp != 0x130 && cp != 0x131) || (cp >= 0x14A && cp <= 0x177);
  const bool oddUpper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if (!evenUpper && !oddUpper) return 0;
  const bool isUpper = evenUpper ? cp % 2 == 0 : cp % 2 == 1;
  if (toUpper == isUpper) return 0;
  return toUpper ? cp - 1 : cp + 1;
}

bool recaseExtA(std::string& s, std::size_t i, bool toUpper) {
  const auto u = static_cast<unsigned char>(s[i]);
  if ((u != 0xC4 && u != 0xC5) || i + 1 >= s.size()) return false;
  const unsigned cp = ((u & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
  const unsigned other = otherCaseExtA(cp, toUpper);
  if (other != 0) {
    s[i] = static_cast<char>(0xC0 | (other >> 6));
    s[i + 1] = static_cast<char>(0x80 | (other & 0x3F));
  }
  return true;
}

std::string lower14(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (recaseExtA(s, i, false)) {
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

std::string upper14(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (recaseExtA(s, i, true)) {
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

std::string cased(const Ctx14& x, std::string s) { return x.caseMode == 2 ? lower14(std::move(s)) : s; }
void put(Ctx14& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx14& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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
    return n < 10 ? std::string(kOnes14[n]) : std::string(kTeens[n - 10]);
  }
  return std::string(kTens14[n / 10]) + (n % 10 ? "-" + std::string(kOnes14[n % 10]) : "");
}

Person14 makePerson14(Random& r) {
  Person14 p;
  p.first = pickS(r, kGiven14);
  p.middle = pickS(r, kMiddle14);
  p.initial = pickS(r, kInitials14);
  p.last = pickS(r, kFamily14);
  p.nick = pickS(r, kNick14);
  return p;
}

Cast14 makeCast14(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1414ULL) * 0xa0761d6478bd642fULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x14141ULL));
  r.next();
  Cast14 c;
  c.pt = makePerson14(r);
  c.k1 = makePerson14(r);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson14(r);
  if (r.chance(0.35)) c.k2.last = c.pt.last;
  for (Person14& s : c.staff) s = makePerson14(r);
  c.k1rel = pickS(r, kRelations14);
  return c;
}

const Person14& who(const Cast14& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx14& x, const Person14& p, std::string form) {
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
  else if (form == "LF") v = upper14(p.last + ", " + p.first);
  else if (form == "LFM") v = upper14(p.last + ", " + p.first + " " + p.initial);
  else if (form == "UP") v = upper14(p.first + " " + p.last);
  else if (form == "Lf") v = upper14(p.last) + ", " + p.first;
  else if (form == "LAST") v = upper14(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower14(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower14(p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

// Dates: an event date in 2022-2025, written in one of many styles; day-first styles for the
// letters from abroad.
void writeDate(Ctx14& x, int y, int m, int d, std::string style) {
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
  const std::string month(kMonths14[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon14[static_cast<std::size_t>(m - 1)]);
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

void writeAge(Ctx14& x, std::string_view form) {
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

// Numbers from abroad, as this family's notes write them.
std::string abroad(Random& r, std::string_view where) {
  if (where == "ie") return r.chance(0.5) ? "+353 8" + std::to_string(r.between(3, 9)) + " " + r.digits(3) + " " + r.digits(4)
                                          : "(01) " + r.digits(3) + " " + r.digits(4);
  if (where == "za") return "+27 " + std::to_string(r.between(60, 84)) + " " + r.digits(3) + " " + r.digits(4);
  if (where == "ph") return "+63 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4);
  if (where == "de") return "+49 15" + r.digits(1) + " " + r.digits(7);
  if (where == "mx") return "+52 55 " + r.digits(4) + " " + r.digits(4);
  switch (r.between(0, 4)) {
    case 0: return "+353 87 " + r.digits(3) + " " + r.digits(4);
    case 1: return "+27 82 " + r.digits(3) + " " + r.digits(4);
    case 2: return "+63 917 " + r.digits(3) + " " + r.digits(4);
    case 3: return "+49 170 " + r.digits(7);
    default: return "+52 33 " + r.digits(4) + " " + r.digits(4);
  }
}

std::string email(Random& r, const Person14& p, bool staff) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + "." + l; break;
    case 2: local = l + f.substr(0, 1) + std::to_string(r.between(1, 99)); break;
    case 3: local = f + "_" + l + std::to_string(r.between(50, 99)); break;
    default: local = l + "." + f; break;
  }
  return local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffMail14) : std::span<const std::string_view>(kMail14));
}

void writeStreet(Ctx14& x, bool withCity) {
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

std::string sentence14(Random& r);

void placeholder(Ctx14& x, std::string_view key) {
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
    put(x, "date", day + " of " + std::string(kMonths14[static_cast<std::size_t>(p.birthMonth - 1)]) + " " + year);
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
    put(x, "mrn", (r.chance(0.5) ? "RH" : "SMH-") + r.digits(7));
  } else if (head == "urno") {
    put(x, "mrn", r.digits(6));
  } else if (head == "opd") {
    put(x, "mrn", "OPD/" + std::to_string(r.between(2022, 2025)) + "/" + r.digits(6));
  } else if (head == "study") {
    put(x, "mrn", "SM" + r.digits(3) + "-" + r.digits(4));
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
    const std::string slug = fold(x.c.pt.first) + "-" + fold(x.c.pt.last);
    switch (r.between(0, 2)) {
      case 0: put(x, "url", "https://portal.sallowmere-health.example.org/share/" + slug + "?view=cgm"); break;
      case 1: put(x, "url", "http://oakhollow-clinics.example.net/records/" + p.mrn + "/uploads"); break;
      default: put(x, "url", "www.helpinghands-fund.example.com/campaign/" + slug); break;
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
  } else if (head == "state") {
    say(x, p.state);
  } else if (head == "cdl") {
    put(x, "license", p.state + "-CDL-" + r.digits(8));
  } else if (head == "txreg") {
    put(x, "mrn", "TXR" + r.digits(7));
  } else if (head == "subj") {
    put(x, "mrn", "014-" + r.digits(4));
  } else if (head == "lot") {
    say(x, r.digits(6));
  } else if (head == "msgid") {
    say(x, r.digits(8));
  } else if (head == "hl7ts") {  // the date is the span, the time after it is not
    writeDate(x, r.between(2022, 2025), r.between(1, 12), r.between(1, 28), "compact");
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "hl7name") {
    put(x, "name", upper14(x.c.pt.last + "^" + x.c.pt.first));
  } else if (head == "fac") {
    say(x, pickS(r, kFac14));
  } else if (head == "s") {
    say(x, sentence14(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

// Expands {key} placeholders of a pattern; literal text is written as it stands.
void expand(Ctx14& x, std::string_view pattern) {
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

// Look-alike sentences without PHI: eponyms, doses, scores, lab values, codes, rooms, chairs,
// times, years alone, blood-bank and specimen numbers, month and weekday words that are not
// dates, ages of 89 or less and people's ages that are not the patient's.
std::string sentence14(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  switch (r.between(0, 41)) {
    case 0: return "Brudzinski and Kernig signs absent, mild photophobia only.";
    case 1: return "Courvoisier sign present, bilirubin " + n2 + " umol/L, CA 19-9 " + n3 + " U/mL.";
    case 2: return "Glasgow-Blatchford score " + n1 + ", Rockall 3 post-endoscopy.";
    case 3: return "Lactate 2." + n1 + " mmol/L, pH 7.3" + n1 + ", base excess -" + n1 + ".";
    case 4: return "Hashimoto thyroiditis on levothyroxine 75 mcg, TSH 2." + n1 + ".";
    case 5: return "Allen test normal before the radial arterial line at 06:10.";
    case 6: return "Child-Pugh B, MELD " + std::to_string(r.between(8, 40)) + "; albumin 2" + n1 + " g/L.";
    case 7: return "Room 4" + r.digits(3) + ", chair " + n1 + "; bed alarm on, falls mat in place.";
    case 8: return "Ondansetron 4 mg IV q8h PRN, dexamethasone 8 mg once pre-op.";
    case 9: return "ICD-10 K80.20, CPT 47562, DRG 418 noted on the coding sheet.";
    case 10: return "Specimen SPC-" + r.digits(6) + " received at 10:42; haemolysed, recollect requested.";
    case 11: return "Her husband, " + std::to_string(r.between(60, 88)) + ", manages the medications.";
    case 12: return "Whipple procedure in 2015; pancreatic enzyme replacement with meals.";
    case 13: return "Bell palsy on the left in 2019, fully recovered.";
    case 14: return "Epworth Sleepiness Scale " + std::to_string(r.between(3, 24)) + "/24, STOP-BANG " + n1 + ".";
    case 15: return "Vancomycin trough " + std::to_string(r.between(8, 24)) + ".4 mg/L; dose held until the next level.";
    case 16: return "Gleason 3+4=7, PSA " + n1 + "." + std::to_string(r.between(0, 9)) + " ng/mL, T2b on MRI.";
    case 17: return "Seen Tuesday and again Friday; nothing new since August.";
    case 18: return "Tinetti " + std::to_string(r.between(8, 27)) + "/28, timed up and go " + std::to_string(r.between(9, 40)) + " s with a four-wheeled walker.";
    case 19: return "Apgar scores 8 and 9 at 1 and 5 minutes (from the birth history).";
    case 20: return "Barrett oesophagus, Prague C2M4, surveillance every 3 years.";
    case 21: return "Crohn disease on infliximab 5 mg/kg every 8 weeks, last infusion in June.";
    case 22: return "Unit W0414 2" + n1 + " " + r.digits(6) + " transfused over 2 h without reaction.";
    case 23: return "Kt/V 1." + n1 + ", URR 7" + n1 + "%, access flow 900 mL/min.";
    case 24: return "NIHSS " + n1 + " at 09:05, improving to 1 by 15:00.";
    case 25: return "Lot " + r.letters(2) + r.digits(4) + ", expiry 11/2027, site left deltoid.";
    case 26: return "Trousseau and Chvostek signs absent; ionised calcium 1.1" + n1 + ".";
    case 27: return "Order #" + r.digits(7) + " for CT chest with contrast, creatinine " + n2 + " umol/L.";
    case 28: return "Reviewed at the Monday MDT; plan to revisit in May.";
    case 29: return "Ext 4" + r.digits(3) + " for the endoscopy suite, bleep 1" + r.digits(3) + " for the on-call registrar.";
    case 30: return "Mallampati 3, thyromental distance 5 cm; video laryngoscope available.";
    case 31: return "Heparin 5000 units SC BD; platelets " + n3 + ", aPTT " + n2 + " s.";
    case 32: return "Sjogren syndrome with sicca symptoms; Schirmer test 3 mm.";
    case 33: return "Ferritin " + n2 + " ug/L, transferrin saturation " + n1 + "%, iron sucrose 200 mg given.";
    case 34: return "AHI " + n2 + "/h on the 2022 study, CPAP at 10 cmH2O since.";
    case 35: return "Karnofsky " + std::to_string(r.between(3, 9)) + "0%, ECOG " + std::to_string(r.between(0, 4)) + ".";
    case 36: return "Her mother died at " + std::to_string(r.between(50, 88)) + " of ovarian cancer; father alive at " + std::to_string(r.between(60, 89)) + ".";
    case 37: return "HbA1c " + n1 + "." + n1 + "% (" + n2 + " mmol/mol), metformin 1 g BD, empagliflozin 10 mg.";
    case 38: return "Fontaine stage IIb claudication at 100 m; ABPI 0." + n1 + ".";
    case 39: return "Stat dose of ceftriaxone 2 g at 21:30, blood cultures x2 before.";
    case 40: return "Pressure injury stage 2 on the sacrum, 2 x 1.5 cm, Mepilex applied.";
    default: return "Mobilising with one assist and a gutter frame; OT review at 14:00.";
  }
}

struct Template14 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template14 kTemplates14[] = {
    {"operative_note", false,
     "OPERATIVE NOTE\nPatient: {pt.LF}   MRN: {mrn}   DOS: {date.mdy0}\nSurgeon: {s1.full}, MD, FRCS\nAssistant: "
     "{s3.full}, PA-C\nAnaesthetist: Dr. {s2.last}\nScrub: {s5.first} (scrub)   Circulating: {s6.fi}, RN\n"
     "Procedure: laparoscopic cholecystectomy (CPT 47562)\nFindings: {s}\nEBL 20 mL. Specimen to pathology. "
     "Dictated {date.md} at 16:40.\n"},
    {"consult_reply_fax", false,
     "FAX  {date.mdy}  14:02  FROM: Sallowmere Cardiology  {fax}  p.1/2\n\nCONSULT REPLY\nRe: {pt.full}  "
     "(DOB {dob.mdy0})\nRequesting: Dr. {s2.full}\n\nThank you for asking me to see this {age.yo} {lady}. {s} {s}\n"
     "Recommendations: start bisoprolol 2.5 mg daily; Holter for 48 h.\nPlease call my office at {cphone} with "
     "questions.\n{s1.full}, MD\n"},
    {"nursing_flowsheet", false,
     "FLOWSHEET COMMENTS - {pt.lfi} - Rm 5114\n0200 pt restless, pulling at IV, redirected. -{s5.fi}\n0400 "
     "{rel} {k1.first} called at {phone2} for update, given. -{s5.fi}\n0615 {s} -{s6.full}, CCRN\n"},
    {"infection_line_list", false,
     "INFECTION PREVENTION LINE LIST - CPE cluster, Unit 6 North\n# | Name                 | MRN      | Onset  | "
     "Specimen\n1 | {pt.LF} | {mrn} | {date.md} | rectal swab\n2 | {k2.LF} | {urno} | {date.md} | urine\n"
     "Compiled by {s4.full}, CIC on {date.mdy}\n"},
    {"transplant_listing", false,
     "TRANSPLANT WAITING LIST - ADDITION\nCandidate: {pt.full}   Registry ID: {txreg}\nDOB: {dob.iso}   Blood "
     "group: O+\nOrgan: kidney   cPRA 12%\nDialysis start: {date.my0}\nContact when an offer comes: {phone}, or "
     "{rel} {k1.full} on {phone2}\nCoordinator: {s3.full}, RN\n"},
    {"poison_centre_call", false,
     "POISON CENTRE CALL RECORD  {date.iso} 19:47\nCaller: {k1.full} ({rel})   Call-back: {cphone}\nExposure: "
     "{pt.first}, {age} yrs, took about 20 tabs of paracetamol 500 mg at 17:30.\nLocation: home, {cityst}\n"
     "Advice: go to ED now; level at 4 h. {s}\nSpecialist: {s4.full}, RPh\n"},
    {"occupational_health_cdl", false,
     "OCCUPATIONAL HEALTH - COMMERCIAL DRIVER EXAMINATION\nDriver: {pt.Lf}   CDL #: {cdl}   "
     "State: {state}\nDOB: {dob.mdy0}   Employer: Quarry Ridge Haulage\nHome: {addrz}\nBP 138/86, vision 20/25 "
     "both eyes, whisper test passed. {s}\nCertified 2 years. Examiner: {s2.full}, DNP\n"},
    {"travel_clinic", false,
     "Travel clinic {date.dmy}\n{pt.full} ({sex}), travelling to Ghana and Togo from {date.mon} for 3 weeks with "
     "{his} {rel} {k1.first}. Passport name checked against booking. {s}\nGiven: yellow fever (lot YF"
     "{lot}), typhoid Vi. Malaria: atovaquone-proguanil. Mobile while abroad {intl}.\n{s5.full}, RN\n"},
    {"va_medical_opinion", false,
     "VETERANS BENEFITS - MEDICAL OPINION\nVeteran: {pt.UP}   Claim number: {claim}\nSSN: {ssn}\nService: "
     "Army, 1971-1974\nOpinion: It is at least as likely as not that the veteran's tinnitus is due to noise "
     "exposure in service. {s}\nExaminer: {s1.full}, MD   Date: {date.mdy0}\n"},
    {"insurer_call_log", false,
     "CALL LOG - member services\n{date.mdy} 10:14  inbound from {phone}\nCaller verified: {pt.full}, member ID "
     "{plan}, DOB {dob.mdy}, zip {zip}\nIssue: denied claim for CT abdomen. Ref claim {claim}.\nAction: sent to "
     "appeals; member wants reply by e-mail to {email}.\nRep: {s6.first} (ID 4471)\n"},
    {"home_infusion_schedule", false,
     "HOME INFUSION DELIVERY SCHEDULE\nPatient: {pt.full}   Acct {acct}\nDeliver to: {addr}\nGate code given by "
     "phone; call {phone} on arrival (no answer: {rel} {k1.first}, {phone2}).\nMon {date.md}: ertapenem 1 g x 7, "
     "pump {serial}\nThu {date.md}: supplies\nPharmacist {s4.full}, RPh\n"},
    {"trial_crf", false,
     "CASE REPORT FORM - Visit 4 (Week 12)\nSubject ID: {subj}   Site 014   Initials: withheld\nVisit date: "
     "{date.dmonyy}\nDate of birth: {dob.dmonyy}\nAdverse events since last visit: yes - {s}\nConcomitant meds "
     "updated. Investigator signature: {s1.full}, MD   Coordinator: {s3.fi}\n"},
    {"atmist_prealert", false,
     "PRE-ALERT via radio {date.dmyslash} 02:15\nA: {age.wordsbare} {sex}, {pt.full}\nT: 01:50\nM: "
     "pedestrian v car, car reg {plate}\nI: ?# L femur, scalp lac\nS: HR 118, BP 96/60, RR 24, GCS 14\nT: "
     "TXA given, splint\nETA 10 min. Paramedic {s6.full}, EMT\n"},
    {"court_report", false,
     "REPORT TO THE PROBATE COURT - petition for guardianship\nRespondent: {pt.f2}, of {addr}\nI examined the "
     "respondent on {date.long} at {fac}. {s} {s}\nThe respondent is a {age.words} {lady} who lives alone. In my opinion {titleuk} {pt.last} lacks capacity to manage "
     "{his} finances. The petitioner, {k1.full} ({rel}), was present.\nRespectfully submitted,\n{s2.full}, MD\n"},
    {"genetic_counselling_letter", false,
     "{date.long}\n\nDear {pt.first},\n\nIt was a pleasure to meet you and your {rel}, {k1.first}, in the "
     "Cancer Genetics Clinic. As discussed, your testing found a pathogenic variant in BRCA2 (c.5946delT). Your "
     "sister {k2.first} and your children may wish to be tested; a family letter is enclosed.\n{s}\n\nWith best "
     "wishes,\n{s3.full}, MS, CGC\nGenetic Counsellor, {fac}\n"},
    {"chaplaincy_obituary_note", false,
     "CHAPLAINCY NOTE\n{pt.full} died peacefully on {date.long}, aged {age}, with {his} {rel} {k1.full} and "
     "grandson {k2.first} at the bedside. A lifelong resident of {city}, {pt.first} was known on the ward as "
     "\"{pt.nick}\". Prayers said; family asked for the funeral home to call {phone2}.\n- Chaplain {s6.last}\n"},
    {"controlled_rx", false,
     "Rx\n{pt.full}   DOB {dob.mdy}\n{street}\n{cityst} {zip}\n\nOxycodone 5 mg tab\nSig: 1 tab PO q6h PRN "
     "pain\nDisp: #12 (twelve)   Refills: 0\nDate: {date.mdy}\n{s2.full}, MD   Tel {cphone}\n"},
    {"hl7_lab_message", false,
     "MSH|^~\\&|LAB|SALLOWMERE|EHR|SALLOWMERE|{hl7ts}||ORU^R01|MSG{msgid}|P|2.5.1\nPID|1||{mrn}^^^SMH^MR||"
     "{hl7name}||{dob.compact}|{sex}\nOBR|1||SPC-{msgid}|CBC\nOBX|1|NM|718-7^Hemoglobin||10.9|g/dL|12.0-16.0|L\n"},
    {"symptom_diary", false,
     "My diary (for Dr {s2.last})\n{date.md} - dizzy again after breakfast, sat down for 10 min.\n{date.md} - "
     "better. {k1.first} took me to the shops.\n{date.md} - headache, took 2 paracetamol at 3pm.\n- {pt.first}\n"},
    {"sms_thread", true,
     "{k1.low}: mum's been moved to ward 6, bed 3\n{k2.lowfirst}: ok whats the number there\n{k1.lowfirst}: "
     "{ph7} or my mobile {phone2}\n{k2.lowfirst}: is {pt.lowfirst} ok??\n{k1.lowfirst}: she's {age} for gods sake "
     "she fell again. dr {s1.last} says hip is fine\n"},
    {"pharmacy_call_transcript", false,
     "CALL TRANSCRIPT (recorded line) {date.mdy}\nPHARMACIST: Kittiwake Lane Pharmacy, this is {s4.first}.\nCALLER: "
     "Hi, it's {k1.full}, I'm picking up for my {rel}, {pt.full}.\nPHARMACIST: Date of birth?\nCALLER: "
     "{dob.long}. And the address is {street}.\nPHARMACIST: Thanks. {s} You can reach us at {ph7}.\n"},
    {"dental_chart", false,
     "DENTAL - {date.mdy0}\nPt: {pt.fi}  Chart {mrn}\n#19 MOD composite, #30 watch. Perio charting done, "
     "BOP 12%. {s}\nPt's {rel} {k1.first} waiting in car. Next recall 6 mo. Ins: {plan} / grp {group}\n"
     "Hyg: {s5.first}   Dentist: {s2.lf}\n"},
    {"blood_bank_slip", false,
     "BLOOD BANK - CROSSMATCH\n{pt.Lf}   {mrn}   DOB {dob.mdy0}\nABO/Rh: A NEG   Antibody "
     "screen: negative\nUnits: W0414 24 {lot} (O NEG), W0414 24 {lot} (O NEG)\nIssued {date.mdy0} 11:52 to {s5.fi}\n"},
    {"dialysis_run_sheet", false,
     "HD RUN SHEET  {date.dmyslash}  Chair 7\n{pt.full}  ({age.slash})  Dry wt 68.5 kg\nMachine {serial}   "
     "Dialyser F160   QB 350\nPre 156/82  Post 128/70  UF 2.4 L\n{s}\nTransport home: {rel} {k1.first}, car "
     "{plate}\nNurse {s5.full}\n"},
    {"dietitian_note", false,
     "Dietitian review {date.md}. {titleuk} {pt.last} eating ~50% of meals; weight 52.1 kg (down 3 kg since "
     "{date.my}). {s} Plan: fortified diet, ONS BD. Discussed with {rel} {k1.full} by phone ({phone2}).\n"
     "{s6.full}, RD\n"},
    {"tumour_board_list", false,
     "TUMOUR BOARD {date.dmon}\n1. {pt.LF} ({mrn}) - NSCLC stage IIIA, for chemoradiation. Presenter "
     "{s1.last}.\n2. {k2.LF} - rectal ca, post TNT. Presenter {s3.last}.\n3. Deferred.\nScribe: {s5.fi}\n"},
    {"sleep_study_report", false,
     "POLYSOMNOGRAPHY REPORT\nName: {pt.full}   DOB: {dob.mdy0}   Study date: {date.mdy0}\nReferring: "
     "{s2.fi}, MD\nAHI 31/h, ODI 28/h, nadir SpO2 79%. {s}\nCPAP titration recommended; machine serial {dev} "
     "to be issued.\nInterpreting physician: {s1.full}, MD\n"},
    {"endoscopy_report", false,
     "ENDOSCOPY REPORT   {fac}\nPatient: {pt.LFM}   MRN {mrn}   Acct {acct}\nDate: {date.long}\n"
     "Endoscopist: {s1.full}, MD   Nurse: {s5.full}, RN\nIndication: IDA. Findings: {s}\nBiopsies: CLO, "
     "duodenal x4. Recovery uneventful; discharged with {rel}.\n"},
    {"school_nurse_note", false,
     "School health office {date.mdy}. Student's guardian {pt.full} ({age}) is the legal guardian and "
     "was called at {phone}. {s} Student returned to class. Guardian's e-mail for the care plan: {email}.\n"
     "{s5.full}, school nurse\n"},
    {"prison_intake", false,
     "RECEPTION HEALTH SCREEN - HMP Oakhollow\nName: {pt.UP}   Prison no: {urno}\nDOB: {dob.dmyslash}   "
     "NHS/hospital no: {hospno}\nNext of kin: {k1.full}, {intl.ie}\n{s}\nSeen by {s5.full}, RN; GP {s2.fi} to "
     "review methadone dose tomorrow.\n"},
    {"street_outreach", true,
     "outreach contact {date.md} 21:30 - under the bridge by {street}. {pt.lowfirst} (\"{pt.nick}\") well known "
     "to team, looked cold, feet wet. {s} gave socks, sleeping bag. says sister {k1.lowfirst} in {city} might "
     "take him. no phone, uses library computer.\n- {s6.lowfirst}\n"},
    {"hospice_admission", false,
     "HOSPICE ADMISSION\n{pt.full}, {age.yoa}, admitted {date.th} from home ({addrz}). Dx: metastatic "
     "pancreatic ca. {s}\nNOK/POA: {k1.full} ({rel}), {phone2}, {email.k1}\nAttending: {s1.full}, MD; hospice "
     "RN {s5.first}\n"},
    {"organ_donation_referral", false,
     "DONOR REFERRAL CALL {date.mdy} 03:40\nReferring unit: ICU bed 4, {fac}\nPatient: {pt.full}, {age.y/o}, "
     "MRN {mrn}\nGCS 3, vent-dependent, family meeting planned. {s}\nFamily contact: {k1.full} ({rel}) "
     "{phone2}\nCall taken by {s3.full}, CCRN\n"},
    {"coroner_referral", false,
     "REFERRAL TO HM CORONER\nDeceased: {pt.f2}   DOB: {dob.dmyslash}   Died: {date.dmyslash} 04:20\nAddress: "
     "{streetcity}\nCircumstances: fall at home three weeks before death. {s}\nReferred by Dr {s3.full}, MBChB, "
     "tel {intl.za}. Coroner {s4.last}'s officer to call {k1.first} ({rel}).\n"},
    {"biobank_log", false,
     "BIOBANK SAMPLE LOG\nparticipant   {subj}\nname          {pt.lf}\ndob           {dob.iso}\nsample        "
     "EDTA x2, serum x1, aliquots 8\ncollected     {date.iso} 09:12 by {s5.fi}\nfreezer       -80 rack C shelf "
     "4\nconsent v2.1 (re-contact: {email})\n"},
    {"pacemaker_remote", false,
     "REMOTE DEVICE CHECK {date.iso}\nPatient: {pt.full}  DOB {dob.mdy0}\nDevice: dual-chamber PPM, serial "
     "{dev}; transmitter {serial}\nBattery 8.5 y, RA pacing 34%, RV pacing 2%. {s}\nUploaded from {ip}. Reviewed "
     "by {s3.full}, DNP\n"},
    {"cgm_download", false,
     "CGM DOWNLOAD SUMMARY ({date.md}-{date.md})\n{pt.full}   sensor serial {dev}   reader IMEI "
     "{imei}\nTime in range 58%, below 3%, GMI 7.6%. {s}\nShared via {url}\nReviewed with {rel}. {s2.full}, "
     "CDCES\n"},
    {"break_glass_audit", false,
     "EHR AUDIT - BREAK-THE-GLASS\n{date.iso}T02:14:07Z  user {s6.last} (nursing)  patient {pt.LF} ({mrn})  "
     "reason \"direct care\"  workstation {ip}\n{date.iso}T02:20:51Z  user {s6.last}  VIP flag reviewed  client "
     "{ip6}\nReview: appropriate. Privacy office {s4.fi}.\n"},
    {"transport_booking", false,
     "NON-EMERGENCY TRANSPORT BOOKING\nPassenger: {pt.full}   Mobility: wheelchair\nPick-up: {addr} at "
     "07:30 on {date.mdy}\nTo: Renal Unit, {fac}\nEscort: {rel} {k1.first}\nVehicle assigned: {plate} (VIN "
     "{vin})\nBooked by {s6.fi}, call {cphone}\n"},
    {"blood_alcohol_custody", false,
     "CHAIN OF CUSTODY - LEGAL BLOOD ALCOHOL\nSubject: {pt.LF}   DOB {dob.mdy0}\nDriver licence: {lic}\n"
     "Vehicle: VIN {vin}, plate {plate}\nDrawn {date.mdy0} 23:48 by {s5.full}, RN\nReleased to Sgt {s6.last}, "
     "badge 2217, at 00:05\n"},
    {"workers_comp_report", false,
     "EMPLOYER'S FIRST REPORT OF INJURY\nEmployee: {pt.full}   SSN: {ssn}\nHome address: {addr3}\nPhone: "
     "{phone}\nDate of injury: {date.mdy0}   Claim #: {claim}\nDescription: strained lower back lifting crate. {s}\n"
     "Treating provider: {s2.full}, MD\n"},
    {"fit_note", false,
     "STATEMENT OF FITNESS FOR WORK\nPatient: {titleuk} {pt.full}   DOB {dob.dmyslash}\nI assessed your case "
     "on: {date.dmyslash}\nCondition: lumbar radiculopathy. You may be fit for work with amended duties.\nThis "
     "will be the case until: {date.dmyslash}\nDoctor: {s2.full}, MBChB   Surgery tel {intl.ie}\n"},
    {"vaccination_certificate", false,
     "INTERNATIONAL CERTIFICATE OF VACCINATION\nThis is to certify that {pt.UP}, date of birth {dob.dmon}, "
     "sex {sex}, whose signature follows, has on the date indicated been vaccinated against yellow fever.\n"
     "Date: {date.dmon}   Batch YF{lot}   Clinician: {s4.full}\nCentre stamp: Sallowmere Travel Health, {cityst}\n"},
    {"patient_email_lower", true,
     "from: {email.k1}\nsubject: my dad\n\nhello dr {s2.last}, this is {k1.low}. my dad {pt.low} is {age} now and "
     "since {date.md} he wont eat. we live at {streetcity} if the nurse can come. my number is {phone2} or "
     "whatsapp {intl.ph}. thank you\n"},
    {"junior_doctor_chat", false,
     "[{date.dmyslash} 23:14] {s3.first}: can you review bed 22 - {pt.lf}, {age}, new AF 140s\n[{date.dmyslash} "
     "23:16] {s1.first}: on my way. {s}\n[{date.dmyslash} 23:40] {s1.first}: rate controlled. rang the son "
     "{k1.first} on {intl.de}, he's flying back tonight\n"},
    {"bereavement_call", false,
     "Bereavement follow-up call, {date.dmon}. Spoke with {k1.full}, {rel} of the late {pt.full} (died "
     "{date.dmon}). Coping with support from {k2.first}. {s} Leaflet posted to {street}, {city}. {s4.full}, "
     "bereavement nurse\n"},
    {"mexican_family_note", false,
     "Nota social {date.dmyslash}. Paciente {pt.full}, {age} años. Vive en {city} con su nieta {k2.full}. "
     "Teléfono de la familia en México: {intl.mx}. {s}\n{s6.full}, trabajadora social\n"},
    {"no_phi_op_list", false, "THEATRE LIST (identifiers removed)\n1. {s}\n2. {s}\n3. Lap appendix, ASA 1.\n"},
    {"no_phi_flowsheet", false, "Flowsheet comments (de-identified extract)\n0800 {s}\n1200 {s}\n1600 {s}\n"},
    {"no_phi_antibiogram", false, "Unit antibiogram note: {s} {s} Review with the AMS team on Thursday.\n"},
    {"no_phi_protocol", false, "Protocol amendment 3 summary: {s} {s} No change to the visit schedule.\n"},
    {"no_phi_handover", false, "Night handover - bay 3: {s} Bay 4: {s}\n"},
    {"no_phi_pharmacy_query", false, "Pharmacy query: {s} {s} Prescriber informed; order {yage}{yage} amended.\n"},
    {"no_phi_case_vignette", false, "Case vignette: a {yage}-year-old with breathlessness. {s} {s}\n"},
};

}  // namespace

std::size_t fourteenthTemplateCount() { return std::size(kTemplates14); }

std::string_view writeFourteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                     std::size_t choice) {
  const Cast14 cast = makeCast14(seed, patientIndex);
  const Template14& t = kTemplates14[choice % std::size(kTemplates14)];
  Ctx14 x{builder, cast, t.lower ? 2 : 0};
  expand(x, t.pattern);
  return t.name;
}

std::string fourteenthSentence(Random& r) { return sentence14(r); }

}  // namespace concord::phi::corpus
