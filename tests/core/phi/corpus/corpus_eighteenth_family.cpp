// The eighteenth family (kEighteenthSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is text written by patients, families and non-clinical staff that ends
// up in the record. Document styles: patient-portal message, complaint letter to patient
// relations, scanned thank-you card, crowdfunding page pasted into the chart, social-media post
// transcribed by a social worker, school attendance letter, employer return-to-work letter, FMLA
// certification (family member), short-term disability claim form, home-care agency weekly
// schedule, letters of guardianship, funeral-home release of remains, death-certificate
// worksheet, newspaper obituary pasted into the chart, explanation of benefits, appeal letter by
// a daughter, pharmacy refill request (portal) and refill fax, Medicaid ride booking,
// interpreter-services log, No-One-Dies-Alone volunteer note, security incident report, parking
// citation waiver, lost-property log, visitor and badge-access log (CSV), IT help-desk ticket
// about a merged chart, call-centre script, appointment reminder texts, telehealth chat,
// wearable export (CSV), blood-pressure app export (JSON), smart-speaker transcript, siblings'
// e-mail thread (lower case), neighbour's welfare call, Meals-on-Wheels driver note, coordination
// of benefits questionnaire, paratransit application, wheelchair repair ticket, utility
// shut-off medical certificate, jury-duty excuse letter, airline medical form (MEDIF), landlord
// accommodation letter, pastoral visit note, missing-person report to police, portal proxy
// access request, billing payment-plan call, family WhatsApp group (lower case, numbers from
// abroad), smart pill-box export, Spanish portal message from a relative, power of attorney,
// hospice bereavement card list, visitor sign-in sheet, a family caregiver's notebook (lower
// case), an HR leave e-mail, an estate attorney's records request, and eight kinds of note
// without PHI.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "Member ID ",
//    "badge_holder=", "\"email\": "), quotes, brackets, angle brackets around an e-mail address,
//    CSV commas, JSON punctuation and trailing punctuation are outside.
//  * Names: titles, roles and kinship words before a name ("Dr ", "Dr. ", "Mr ", "Mrs ", "Ms ",
//    "Nurse ", "Pastor ", "Coach ", "Principal ", "Agent ", "Officer ", "Director ", "Driver ",
//    "Interpreter ", "Volunteer ", "Judge ", "Mom ", "Nana ", "Grandma ", "Grandpa ", "Aunt ",
//    "Auntie ", "Uncle ", "Abuela ", "Oma ", "Nonna ") and greetings ("Dear ", "Hi ", "Hey ",
//    "Love, ") are outside, and so are credentials and roles after it (", MD", ", NP", ", LPN",
//    ", CNA", ", HHA", ", CMI", ", FD", ", Esq.", ", LMSW", ", CPhT", ", CCM", ", CPC",
//    " (HR)", " (volunteer)", " (security)"). A name written in one piece is one span ("Itzel
//    Goodnight", "I. Goodnight", "Itzel R. Goodnight", "Goodnight, Itzel", "GOODNIGHT, ITZEL",
//    "Itzel G.", lower case in texts, chats and e-mails). Particles, apostrophes, hyphens and
//    accents are inside; a possessive "'s" is outside. A first name alone, a surname alone, a
//    misspelt first name ("Itezl") and a nickname or pet name used for one person ("Peanut",
//    quotes outside) are spans. Kinship words used alone ("Mom", "Nana", "Grandpa", "Abuela",
//    "Dad") are not PHI; nor are the names of pets, named storms, businesses named after
//    their founders (funeral homes, pharmacies, law firms, agencies), saints in church and
//    school names, and eponyms naming a sign, disease, score, device or procedure ("Hodgkin",
//    "Tommy John surgery", "Lou Gehrig's disease").
//  * People who are not patients are PHI all the same: relatives, neighbours, friends,
//    employers, teachers, landlords, guardians, funeral directors, volunteers and staff.
//  * Dates: the date only; a weekday before it and a time after it (a "T07:14:02" of an ISO
//    date-time, the "0714" of a compact date-time) are outside; month/day ("3/14"), month/year,
//    YYYYMMDD and day-first dates are dates; a year alone is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("94" of "94 yrs",
//    "age 94", "94-year-old"), or the words ("ninety-four"). Ages of 89 or less, and ages of
//    other people, are not PHI.
//  * Phones: every phone number written is a gold phone (patients, families, agencies, funeral
//    homes, employers; seven-digit local numbers and British, Indian, Filipino, Polish, Greek,
//    Haitian and Taiwanese numbers); extensions are outside; numbers labelled fax are "fax";
//    911 and 988, four-digit internal extensions and short codes of text services are not PHI.
//  * Identifiers: medical record and chart numbers are "mrn"; hospital, utility and guarantor
//    account numbers and claim numbers are "account"; member, group, Medicaid and Medicare
//    numbers are "health_plan"; driver's licences are "license"; serials of wearables, pill
//    boxes, wheelchairs, CPAPs and phones (IMEI) are "device"; VINs and plates are "vehicle".
//    Ride-booking, help-desk ticket, incident, lost-property item, badge, lot, form, CPT,
//    CARC and flight numbers are not PHI.
//  * Addresses: a street line is an "address" span, with unit, city and state inside it when
//    they follow on the same line; in a letter's address block each line's part is its own span;
//    a city alone or "City, ST" is an "address" span; the ZIP (or ZIP+4) is always its own "zip"
//    span. The family's towns, streets and ZIPs are its own.
//  * URLs one span with path and query (a crowdfunding page with the patient's name in the
//    slug is one URL span); e-mail addresses one span each, whoever they belong to; IPv4 (a
//    ":port" is outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_eighteenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand (checked by script against every other
// family's and corpus_values.cpp's quoted strings when written: no name, town or street is shared).
constexpr std::string_view kGiven18[] = {
    "Araceli-Luz", "Yesica", "Itzamara", "Xochitl-Ana", "Obdulio", "Noemí-Paz", "Genoveva-Rosa", "Baudilio",
    "Efrén", "Macrina", "Filiberto", "Anacleta", "Crispín", "Chizoba", "Ogechi", "Kwesi-Paul", "Abshir",
    "Sakura-Lee", "Lupe-Ana", "Kalani-Joy", "Huong-Giang", "Jinhai", "Shuying", "Da-eun", "Akemi", "Tsutomu",
    "Hisashi", "Srinivasan", "Harmeet", "Taslima", "Zahirul", "Khadija-Bibi", "Rabab", "Ghazal", "Behnaz",
    "Orhan", "Melek", "Ipek", "Wladyslaw", "Bozena", "Milutin", "Yevhen", "Sigrun-Marie", "Solveig-Ann",
    "Gerrit-Jan", "Margriet", "Ghislain", "Apolonie", "Concetta-Rose", "Saverio", "Adelino", "Blodwen",
    "Lachlan-Roy", "Dustin-Wade", "Misty-Dawn", "Sonny-Ray", "Prudence-Ann", "Cove", "Thistle-May", "Alvis",
    "Luther-Ray", "Ferrell", "Odell", "Leland", "Loretta-Jean", "Velma-Lee", "Imogene", "Norva", "Zelda-Mae",
    "Tressie", "Vida", "Jaleesa", "Tamika-Rae", "Kiara-Lynn", "LaKendra", "Deontae", "Jermaine-Earl", "Tyquan",
    "Amari-Lee", "Zuri", "Nia-Grace", "Cosmo", "Atticus-Jay", "Leopold-Max", "Cordelia-Mae", "Thaddeus-Lee",
    "Augustina", "Ambrose-Kit", "Tuesday-Ann", "Easter-Lily", "Christmas-Joy", "Harvest", "Rainy", "Dawn-Marie",
    "Patience-Ife", "Marvelous", "Wisdom-Kofi", "Quilla", "Elspeth-Ann", "Orla-Mae", "Tancredi", "Ermenegildo",
    "Eutimio", "Dositeo", "Gumersinda", "Chukwuemeka-Paul", "Nnamdi-Joe", "Oluwakemi", "Fungai", "Farai-Ann",
    "Thembisa", "Zewditu", "Faisa", "Sahra-Ubah", "Kawika", "Vinh-Long", "Shaoying", "Zhenhua", "Yuchen",
    "Vasantha", "Rowshan", "Mosammat", "Nurul-Huda", "Abdelhak", "Touraj", "Nurhan", "Przemek", "Teodozja",
    "Snjezana", "Lyudmyla", "Berit-Ann", "Femmetje", "Gaetane", "Aurore-Lise", "Filomena-Rosa", "Deolinda",
    "Ruairi", "Caoimhe-Ann", "Ifor", "Kirsty-Ann", "Alasdair-John", "Gus-Earl", "Lonnie-Ray", "Verlon",
    "Hollis-Dean", "Arvel", "Coy", "Dovie", "Ila-Mae", "Gaylene", "Oleta", "Verbena", "Arlis", "Ja'Niyah",
    "Keondre", "Shaquana", "Treyvon-Lee", "Dominique-Rae", "Ignatia", "Barnaby-Joe", "Hortense-Ida",
    "Ezekiel-Rye", "Clement-Ray", "Seraphine", "Noël-Ann", "Friday-Ama", "Saturday-Kojo", "Meadow-Lark",
    "River-Jade", "Sterling-Ace", "Destiny-Ann",
};

constexpr std::string_view kFamily18[] = {
    "Villaseñor-Paz", "Echevarría-Luna", "Quintanar", "Zepeda-Lugo", "Ochoa-Benavides", "de la Fuente-Rey",
    "del Castillo-Moya", "Montemayor-Saenz", "Villarreal-Cano", "Arreola", "Cisneros-Duarte", "Xicoténcatl",
    "Nwachukwu-Ibe", "Mensah-Tetteh", "Owusu-Sarpong", "Onyango-Ochieng", "Haile-Selassie-Ward",
    "Warsame-Guled", "Fifita-Moala", "Puhipau", "Truong-Vo", "Huynh-Lam", "Liang-Whitfield", "Ximen",
    "Hwang-Bo", "Namgung", "Okabe-Sterling", "Hoshizaki", "Takenouchi", "Venkatachalam", "Grewal-Kahlon",
    "Dhaliwal-Birk", "Majumder-Roy", "El-Sayed-Khalil", "Sabbagh-Haddad", "Farahmand", "Yilmazer", "Karakaya",
    "Bondarchuk", "Lindahl-Berg", "Sorensen-Voss", "Odegaard-Lunde", "Schreibauer", "de Groot-Mensink",
    "van Dijkhuizen", "Janssens-Peeters", "Thibodeaux-Landry", "Fontenot-Guidry", "Broussard-Hebert",
    "Gagnon-Pelletier", "Esposito-Bruni", "Ferraro-Lentini", "Magalhães-Coutinho", "O'Shaughnessy-Roe",
    "Cadwaladr-Pugh", "Goodnight-Bear", "Sweetwater", "Smalls", "Strongbow", "Wiseman-Addo", "Foxworthy",
    "Hartsock", "Lambkin", "Bloomquist", "Frostick", "Snowball", "Riverside", "Bankhead", "Woodard-Lee",
    "Fielder", "Richey", "Cashdollar", "Churchwell", "Judd-Whitby", "Sheriffs", "Marshbanks", "Butterworth",
    "Carpentier", "Potts-Greer", "Weatherspoon", "Shepard-Quaye", "Crowfoot", "Swann-Ellery", "Drakeford",
    "Finchley", "Salmond", "Herrington-Oku", "Cottonwood", "Flowerday", "Meadowcroft", "Moodie", "Gentry-Voss",
    "Noblett", "Sterlingworth", "Brightwater", "Knightley", "Fridays", "Marchbanks", "Mayweather",
    "Christmas-Obi", "Eastertide", "Nguyen-Desrosiers", "Garcia-Adebayo", "St. Pierre-Lacroix",
    "Le Blanc-Doucet", "Della Valle-Cruz", "Van Wagenen", "Goodfellow", "Sugarman", "Goodday", "Newborn",
    "Winters-Acheampong", "Summers-Ojo", "Springfield-Lowe", "Pennypacker", "Hornbuckle", "Pancake",
    "Dumpling-Hart",
};

constexpr std::string_view kNick18[] = {
    "Butterbean", "Sweet Tea", "Popcorn", "Muffin-Top", "Biscuit-Boy", "Kit-Kat", "Gumby", "Wiggles", "Cupcake",
    "Shug", "Bumblebee", "Goose", "Buddy-Roe", "Bo-Bo", "Sugar Foot", "Hambone", "Taterbug",
};

constexpr std::string_view kMiddle18[] = {"R", "J", "T", "L", "M", "K", "D", "V", "S", "A", "E", "Q"};

// What the family calls the patient (not PHI), by the patient's sex.
constexpr std::string_view kKinF18[] = {"Mom", "Mama", "Nana", "Grandma", "Granny", "Abuela", "Mamaw", "Oma",
                                        "Nonna", "Yiayia"};
constexpr std::string_view kKinM18[] = {"Dad", "Papa", "Pop-Pop", "Grandpa", "Gramps", "Abuelo", "Papaw", "Opa",
                                        "Nonno", "Pappou"};

constexpr std::string_view kRelations18[] = {"daughter", "son", "wife", "husband", "granddaughter", "grandson",
                                             "niece", "nephew", "stepdaughter", "partner", "sister", "brother",
                                             "daughter-in-law", "godson"};

constexpr std::string_view kStreets18[] = {
    "Quince", "Tupelo", "Sassafras", "Larkspur", "Gristmill", "Tannery", "Wickersham", "Coldwater", "Pawpaw",
    "Mockingbird", "Whippoorwill", "Ferncliff", "Roan Mountain", "Old Mill", "Sugar Maple", "Bramblewood",
    "Persimmon", "Cotter", "Blue Heron", "Buttonwood", "Catawba", "Possum Trot", "Shagbark", "Redbud",
    "Turkey Foot", "Lick Creek", "Chinquapin", "Haw Branch",
};
constexpr std::string_view kSuffixes18[] = {"Street", "Rd.", "Lane", "Pike", "Trail", "Loop", "Hollow", "Row",
                                            "Crossing", "Bend", "Run", "Spur"};
constexpr std::string_view kUnits18[] = {"Apt 11R", "Unit 14", "Lot 37", "Apt. 9F", "Trailer 6", "#203"};
constexpr std::string_view kCities18[] = {
    "Thornbury Falls", "Quillan", "East Harrowgate", "Pellston Junction", "Bramwell", "Lockhart Bay",
    "Sorrel Creek", "New Tillbury", "Ashcombe", "Varney", "Kettle Ridge", "Marrow Point", "Holloway Springs",
    "Fenmore", "Carraway", "Dunsany", "Pickett Mill", "Gobbler's Knob", "Lower Peachtree", "Saltlick",
};
constexpr std::string_view kStates18[] = {"KY", "TN", "LA", "ME", "VT", "NM", "IA", "NE", "WV", "SC", "MO", "ID"};
// POOLS-END

constexpr std::string_view kMail18[] = {"quailmail.example.com", "hollowpost.example.net", "porchlight.example.org",
                                        "teakettle-inbox.example.com"};
constexpr std::string_view kWorkMail18[] = {"halvorsen-tooldie.example.com", "brightpath-homecare.example.org",
                                            "quillan-schools.example.net"};
constexpr std::string_view kFac18[] = {"Wrenfield Memorial Hospital", "Saint Bartholomew Medical Center",
                                       "Carraway Valley Clinic", "Magnolia Ward", "Pellston Cancer Pavilion",
                                       "the Larkin Family Birth Center"};
constexpr std::array<std::string_view, 12> kMonths18 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon18 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kWeekdays18[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};

struct Person18 {
  std::string first, initial, last, nick;
};

struct Cast18 {
  Person18 pt, k1, k2;
  std::array<Person18, 6> staff;
  std::string k1rel;
  std::size_t kin = 0;
  std::string streetNumber, street, unit, city, state, zip;
};

struct Ctx18 {
  NoteBuilder& b;
  const Cast18& c;
  bool lower = false;
  std::string lastDate;  // the last date written, for a second mention of the same day
};

std::string lower18(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if (u >= 0x80) {
      // other multi-byte letters are left as they are
    } else {
      s[i] = static_cast<char>(std::tolower(u));
    }
  }
  return s;
}

std::string upper18(std::string s) {
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

std::string cased(const Ctx18& x, std::string s) { return x.lower ? lower18(std::move(s)) : s; }
void put(Ctx18& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx18& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

bool ascii(const std::string& s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// A typed slip in a first name: two letters swapped, or one dropped.
std::string misspelt(const std::string& s) {
  if (!ascii(s) || s.size() < 4 || s.find('-') != std::string::npos) return s;
  std::string v = s;
  if (s.size() % 2 == 0) {
    std::swap(v[1], v[2]);
    if (v == s) v.erase(2, 1);
  } else {
    v.erase(s.size() - 2, 1);
  }
  return v;
}

// ASCII letters of a name for e-mail addresses and URLs; other bytes dropped.
std::string fold(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out.size() < 2 ? out + "z" : out;
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

Person18 makePerson18(Random& r) {
  Person18 p;
  p.first = pickS(r, kGiven18);
  p.initial = pickS(r, kMiddle18);
  p.last = pickS(r, kFamily18);
  p.nick = pickS(r, kNick18);
  return p;
}

Cast18 makeCast18(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x1818ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x18181ULL));
  r.next();
  Cast18 c;
  c.pt = makePerson18(r);
  c.k1 = makePerson18(r);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson18(r);
  if (r.chance(0.3)) c.k2.last = c.pt.last;
  for (Person18& s : c.staff) s = makePerson18(r);
  c.k1rel = pickS(r, kRelations18);
  c.kin = static_cast<std::size_t>(r.between(0, 9));
  c.streetNumber = std::to_string(r.between(2, 9899));
  if (r.chance(0.08)) c.streetNumber += "½";
  c.street = pickS(r, kStreets18) + " " + pickS(r, kSuffixes18);
  if (r.chance(0.25)) c.unit = pickS(r, kUnits18);
  c.city = pickS(r, kCities18);
  c.state = pickS(r, kStates18);
  c.zip = std::to_string(r.between(10, 99)) + r.digits(3);
  if (r.chance(0.3)) c.zip += "-" + r.digits(4);
  return c;
}

const Person18& who(const Cast18& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx18& x, const Person18& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "fl", "UP"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fl") v = p.first + " " + firstLetter(p.last) + ".";
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = upper18(p.last + ", " + p.first);
  else if (form == "UP") v = upper18(p.first + " " + p.last);
  else if (form == "FIRST") v = upper18(p.first);
  else if (form == "LAST") v = upper18(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "mis") v = misspelt(p.first);
  else if (form == "low") v = lower18(p.first + " " + p.last);
  else if (form == "mixed") v = lower18(p.first) + " " + upper18(p.last);
  else if (form == "lowfirst") v = lower18(p.first);
  else if (form == "lowmis") v = lower18(misspelt(p.first));
  else if (form == "lowlf") v = lower18(p.last + ", " + p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

void writeDate(Ctx18& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "mon", "md", "monthth",
                                                   "dashmon", "monyy", "compact", "abbr"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths18[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon18[static_cast<std::size_t>(m - 1)]);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "mddash") v = pad2(m) + "-" + pad2(d) + "-" + std::to_string(y);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "abbr") v = mon + (m == 5 ? " " : ". ") + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "mon") v = mon + " " + std::to_string(d);
  else if (style == "monthth") v = month + " " + std::to_string(d) + ordSuffix(d);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "dashmon") v = pad2(d) + "-" + upper18(mon) + "-" + std::to_string(y);
  else if (style == "monyy") v = month + " '" + pad2(y % 100);
  else if (style == "my") v = month + " " + std::to_string(y);
  else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "dmy") v = std::to_string(d) + " " + month + " " + std::to_string(y);
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + std::to_string(y);
  else if (style == "dm") v = std::to_string(d) + " " + mon;
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

void writeAge(Ctx18& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "yrs") after = " yrs";
  else if (form == "age") before = "age ";
  else if (form == "aged") before = "aged ";
  else if (form == "yearsold") after = " years old";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "words") { value = words(age); after = "-year-old"; }
  else if (form == "wordsbare") value = words(age);
  else if (form == "wordsyears") { value = words(age); after = " years old"; }
  say(x, before);
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 5)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return a + " " + e + " " + l;
    case 4: return "+1 " + a + "-" + e + "-" + l;
    default: return a + e + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

// Numbers from abroad: relatives overseas.
std::string abroad(Random& r) {
  switch (r.between(0, 6)) {
    case 0: return "+44 7" + r.digits(3) + " " + r.digits(6);
    case 1: return "+91 9" + r.digits(4) + " " + r.digits(5);
    case 2: return "+63 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4);
    case 3: return "+48 " + r.digits(3) + " " + r.digits(3) + " " + r.digits(3);
    case 4: return "+30 69" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4);
    case 5: return "+509 3" + r.digits(3) + "-" + r.digits(4);
    default: return "+886 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
  }
}

std::string email(Random& r, const Person18& p, bool work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 5)) {
    case 0: local = f + "." + l; break;
    case 1: local = f + l.substr(0, 1) + std::to_string(r.between(60, 99)); break;
    case 2: local = l + "fam" + std::to_string(r.between(1, 9)); break;
    case 3: local = fold(p.nick) + "_" + l; break;
    case 4: local = f.substr(0, 1) + l; break;
    default: local = "its." + f + "." + std::to_string(r.between(1950, 2005)); break;
  }
  return local + "@" + pickS(r, work ? std::span<const std::string_view>(kWorkMail18) : std::span<const std::string_view>(kMail18));
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string sentence18(Random& r);

void writeStreet(Ctx18& x, bool withCity) {
  const Cast18& c = x.c;
  std::string v = c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

void placeholder(Ctx18& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast18& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (head == "pt" || head == "k1" || head == "k2" || (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6')) {
    writeName(x, who(c, head), std::string(form));
  } else if (head == "lb") {
    say(x, "{");
  } else if (head == "rb") {
    say(x, "}");
  } else if (head == "rel") {
    say(x, c.k1rel);
  } else if (head == "kin") {
    say(x, std::string(p.female ? kKinF18[c.kin] : kKinM18[c.kin]));
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
  } else if (head == "parent") {
    say(x, p.female ? "mother" : "father");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays18));
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) style = r.chance(0.5) ? "mdy0" : (r.chance(0.5) ? "long" : "mdy");
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "again") {  // the same date once more, written the same way
    put(x, "date", x.lastDate);
  } else if (head == "odob") {  // another person's date of birth
    writeDate(x, r.between(1938, 1975), r.between(1, 12), r.between(1, 28), "mdy0");
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {
    say(x, std::to_string(r.between(19, 88)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + (r.chance(0.8) ? "-" : ".") + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    const std::string who_(form.empty() ? "pt" : std::string(form));
    const bool work = who_.size() == 2 && who_[0] == 's';
    put(x, "email", email(r, who(c, who_), work));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    std::string s = p.ssn;
    put(x, "ssn", r.chance(0.75) ? s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4)
                                 : s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4));
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "chart") {
    put(x, "mrn", "W" + r.digits(2) + "-" + r.digits(5));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "claim") {
    put(x, "account", std::to_string(r.between(2023, 2025)) + r.digits(3) + "-" + r.digits(6));
  } else if (head == "utility") {
    put(x, "account", r.digits(4) + " " + r.digits(4) + " " + r.digits(2));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", r.digits(6) + "-" + r.letters(2));
  } else if (head == "mcaid") {
    put(x, "health_plan", r.letters(2) + r.digits(5) + r.letters(1));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {
    put(x, "device", r.letters(2) + r.digits(2) + "-" + r.letters(1) + r.digits(6));
  } else if (head == "imei") {
    put(x, "device", r.digits(15));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.5) ? p.plate : r.digits(3) + " " + r.letters(3));
  } else if (head == "url") {
    const std::string slug = fold(c.pt.first) + "-" + fold(c.pt.last);
    if (form == "fund") {
      put(x, "url", r.chance(0.5) ? "https://www.kindfund.example.com/f/help-" + slug + "-come-home"
                                  : "kindfund.example.com/f/" + slug + "-recovery-" + r.digits(4));
    } else if (form == "social") {
      put(x, "url", "https://social.example.net/" + fold(c.k1.first) + "." + fold(c.k1.last) + "/posts/" + r.digits(9));
    } else {
      put(x, "url", "https://my.wrenfield.example.org/chart/" + p.mrn + "?tab=messages");
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      put(x, "ip", "fe80::" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + ":" + hex4(r));
    } else {
      std::string v = "2600:" + hex4(r);
      for (int k = 0; k < 3; ++k) v += ":" + hex4(r);
      v += "::" + hex4(r);
      put(x, "ip", v);
    }
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {  // street, City, ST on one line, no ZIP
    writeStreet(x, true);
  } else if (head == "addr") {  // one line, City, ST inside, the ZIP after
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
    say(x, r.chance(0.5) ? " " : "  ");
    put(x, "zip", c.zip);
  } else if (head == "city") {
    put(x, "address", c.city);
  } else if (head == "cityst") {
    put(x, "address", c.city + ", " + c.state);
  } else if (head == "zip") {
    put(x, "zip", c.zip);
  } else if (head == "state") {
    say(x, c.state);
  } else if (head == "num") {  // a booking, ticket or item number, not PHI
    say(x, r.digits(form.empty() ? 5 : static_cast<int>(form[0] - '0')));
  } else if (head == "time") {
    say(x, std::to_string(r.between(1, 12)) + ":" + pad2(r.between(0, 11) * 5) + (r.chance(0.5) ? " AM" : " PM"));
  } else if (head == "hhmm0") {  // time digits right after a compact date
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "hhmm") {
    say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "fac") {
    say(x, pickS(r, kFac18));
  } else if (head == "s") {
    say(x, sentence18(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx18& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of patients, families and non-clinical staff:
// eponyms, brand names of drugs, devices and apps, capitalised ward and programme names, named
// storms, pets, months and weekdays as words, years alone, ages of 89 or less and other people's
// ages, times, doses, lab values, scores, rooms, lots, tickets, form and billing codes.
std::string sentence18(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  switch (r.between(0, 47)) {
    case 0: return "Took my Eliquis at 8 and the Tylenol Arthritis at noon, BP was 14" + n1 + "/8" + n1 + " on the Omron.";
    case 1: return "The Hoyer lift in Room " + n3 + " is tagged out of service, work order " + r.digits(5) + ".";
    case 2: return "Gate arm at Parking Garage B, level " + n1 + ", stuck again since Monday.";
    case 3: return "She finished treatment for Hodgkin lymphoma in 2011 and walks the Relay for Life every May.";
    case 4: return "Apple Watch flagged AFib twice overnight; the KardiaMobile strip read sinus at " + n2 + ".";
    case 5: return "Steps " + std::to_string(r.between(900, 12000)) + ", resting HR " + std::to_string(r.between(52, 96)) + ", sleep " + std::to_string(r.between(3, 9)) + " h " + std::to_string(r.between(10, 59)) + " min per the Fitbit app.";
    case 6: return "Alexa, remind me to take the Lasix at 9 AM and the potassium with lunch.";
    case 7: return "Mrs. Dash seasoning only, no salt shaker on the table, Ensure Plus twice a day.";
    case 8: return "Dr. Scholl's inserts from Walgreens helped the heel pain a little.";
    case 9: return "The Parkinson support group meets the second Tuesday at 6 PM in the Chapel, Room 1" + n2 + ".";
    case 10: return "Meals on Wheels starts Monday; the driver cannot carry trays up more than 3 steps.";
    case 11: return "If there is chest pain call 911; for a crisis call or text 988.";
    case 12: return "Form WH-380-F section III completed; CPT 99214 and G2211 billed.";
    case 13: return "Allowed amount $" + n3 + "." + n2 + ", patient responsibility $35.00, CARC 45, RARC N130.";
    case 14: return "Badge reader B2-East logged " + n2 + " swipes between 07:00 and 07:15.";
    case 15: return "Lost property item " + r.digits(4) + ": grey Samsonite carry-on, no tag, held at the Security desk.";
    case 16: return "Ticket INC00" + r.digits(5) + " escalated to Tier 2, priority P3, SLA 8 business hours.";
    case 17: return "Grandpa turned " + std::to_string(r.between(70, 88)) + " in June and still bowls Wednesdays with the Legion.";
    case 18: return "Tommy John surgery on his pitching elbow back in 2009, no problems since.";
    case 19: return "Hurricane Ida flooded the basement in 2021 and the CPAP was replaced by Medicare.";
    case 20: return "Her brother had Lou Gehrig's disease; she asks about genetic testing.";
    case 21: return "Dexcom G7 sensor fell off on day " + n1 + "; Libre 3 as a backup, A1c " + n1 + "." + n1 + "%.";
    case 22: return "The Life Alert pendant was in the drawer, not on her neck, when she fell.";
    case 23: return "Biscuit the beagle stays with the neighbours; the cat Mister Whiskers goes to the shelter.";
    case 24: return "Take 1/2 tablet of metoprolol and 3/4 cup of the MiraLAX mix at bedtime.";
    case 25: return "Graves disease treated with RAI in 2016; on levothyroxine " + std::to_string(r.between(5, 17)) + "5 mcg now.";
    case 26: return "Epley maneuver done twice at Physical Therapy; the Dix-Hallpike was positive on the right.";
    case 27: return "Pharmacy hours are 9 to 6 Monday through Friday, Saturday until noon, closed Sunday.";
    case 28: return "ResMed AirSense 11 usage " + n1 + " h " + std::to_string(r.between(10, 59)) + " min a night, AHI " + n1 + "." + n1 + ".";
    case 29: return "The Jitterbug phone has big buttons; her old Samsung is in a kitchen drawer.";
    case 30: return "Uber Health ride cancelled at 10:40, rebooked with Lyft for 11:15.";
    case 31: return "Spanish interpreter via Video Remote, session " + n2 + " min; Mandarin by phone " + n1 + " min.";
    case 32: return "Volunteer training module " + std::to_string(r.between(1, 6)) + " of 6 complete; TB test and flu shot on file for " + std::to_string(r.between(2023, 2025)) + ".";
    case 33: return "Cafeteria closes at 7:30 PM; the Starbucks in the Atrium stays open until 9.";
    case 34: return "Lot " + r.letters(2) + r.digits(4) + " of Prevnar 20, left deltoid, VIS edition 2023 given.";
    case 35: return "Mother died at " + std::to_string(r.between(55, 88)) + " of Alzheimer disease; father had a Whipple at 6" + n1 + ".";
    case 36: return "Baker's cyst behind the left knee, Homans sign negative, duplex ordered.";
    case 37: return "Bell's palsy in the spring of 2018, resolved by August.";
    case 38: return "PHQ-9 score " + std::to_string(r.between(2, 24)) + ", GAD-7 " + std::to_string(r.between(1, 20)) + ", Columbia screen negative.";
    case 39: return "Potassium " + n1 + ".1, sodium 13" + n1 + ", creatinine 1." + n1 + ", hemoglobin " + std::to_string(r.between(8, 15)) + ".2.";
    case 40: return "Wheelchair is a Quickie 2 with a Roho cushion; the left brake slips.";
    case 41: return "Call-centre script v" + n1 + "." + n2 + ": verify two identifiers before discussing results.";
    case 42: return "Ozempic 0.5 mg on Sundays; Jardiance held since Thursday for the UTI.";
    case 43: return "Weighed " + std::to_string(r.between(96, 310)) + " lb on the Withings scale this morning, up " + n1 + " since Friday.";
    case 44: return "The Saint Jude medal and a rosary were returned to the family in a sealed bag.";
    case 45: return "Parking validation for " + n1 + " days at the Hope Lodge rate of $" + n1 + " per day.";
    case 46: return "Down syndrome, age " + std::to_string(r.between(20, 60)) + ", lives in a group home with 4 housemates.";
    default: return "Visiting hours on Magnolia Ward are 8 AM to 8 PM, two visitors at a time, no children under 12.";
  }
}

struct Template18 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template18 kTemplates18[] = {
    {"portal_message", false,
     "MyWrenfield secure message\nFrom: {pt.full} <{email.pt}>\nTo: Dr. {s1.last}'s care team\nSent: {wd}, "
     "{date.long} {time}\nSubject: still dizzy\n\nHi Dr {s1.last}, it's {pt.first} again. {s} My {rel} {k1.first} "
     "says I should have called. You can reach me at {phone} after 3. Thanks, {pt.first}\n"},
    {"complaint_letter", false,
     "{addr2}\n\n{date.long}\n\nPatient Relations Office\n{fac}\n\nTo whom it may concern,\n\nI am writing about the "
     "care my {parent}, {pt.full}, received on {date.mon}. {kin} is {age.wordsyears} and was left on a stretcher in the "
     "hallway for nine hours. Nurse {s5.first} was kind but nobody else was. {s}\n\nPlease reply to me at {email.k1} "
     "or {phone2}.\n\nSincerely,\n{k1.full}\n"},
    {"thank_you_card", false,
     "Scanned card (front: sunflowers)\nTo nurse {s5.first} and everyone on Magnolia Ward - thank you for taking "
     "such good care of {kin} {pt.first} in {date.monyy}. {s} You made {him} laugh again.\nLove, the {pt.last} family "
     "({k1.first}, {k2.first} & Biscuit the dog)\n"},
    {"crowdfunding_page", false,
     "Copied into chart by SW {s4.full}, LMSW on {date.mdy}:\n\"HELP {pt.FIRST} COME HOME! Organised by {k1.full}, "
     "{cityst}. On {date.monthth} our {kin}, {pt.first} \"{pt.nick}\" {pt.last}, "
     "{age.wordsyears}, had a massive stroke. {s} Every "
     "dollar goes to the ramp at {street}. {url.fund}\"\n"},
    {"social_media_post", true,
     "social work note: post shown to me by {rel} on {date.md}, transcribed as written -\n\"pray for my {kin} "
     "{pt.lowfirst} shes in the icu at wrenfield AGAIN. {s} they wont tell us nothing. tag {k2.low} and "
     "{s6.lowfirst} pls\" - posted by {k1.low} ({url.social})\n"},
    {"school_letter", false,
     "Bellwether Elementary School - Attendance Office\n{date.long}\n\nRe: {k2.full}, Grade 4\n\n{k2.first} has "
     "missed {num.1} days this term. We understand from {his} grandparent, {pt.full} (guardian on file, phone "
     "{phone}), that {he} was in hospital. {s}\nHomeroom teacher: Ms. {s5.last}\nPrincipal {s2.full}\nAttendance clerk: {s3.fl}\n"},
    {"employer_rtw_letter", false,
     "HALVORSEN TOOL & DIE - Human Resources\n{date.mdy0}\n\nEmployee: {pt.LF}\nHome address: {addr}\n\n"
     "{pt.first} may return to the packing line on {date.long} with no lifting over 20 lb. {s}\nQuestions: "
     "{s3.full} (HR), {cphone} x2214, {email.s3}\n"},
    {"fmla_certification", false,
     "WH-380-F  CERTIFICATION FOR A FAMILY MEMBER'S SERIOUS HEALTH CONDITION\nSECTION I (employer): Employee "
     "name: {k1.lf}   Employer: Quillan County Schools\nSECTION II (employee): Family member's name: {pt.fml}   "
     "Relationship: {parent}   Family member's date of birth: {dob.mdy0}\nSECTION III (provider): Condition "
     "began {date.mdy0}; probable duration 6 months. {s}\nProvider: {s1.full}, NP   Fax {fax}\n"},
    {"disability_claim", false,
     "SHORT-TERM DISABILITY CLAIM - ATTENDING PHYSICIAN STATEMENT\nClaimant: {pt.LF}   SSN {ssnbare}   Claim "
     "no. {claim}\nDate first unable to work: {date.mdy}   Expected return: {date.my}\nDiagnosis: lumbar "
     "stenosis, M48.06. {s}\nReturn by fax to {fax}, attention {s3.fi}\n"},
    {"homecare_schedule", false,
     "BRIGHTPATH HOME CARE - WEEKLY SCHEDULE\nClient: {pt.full}   {addr}\nKey safe by the side door; call "
     "{phone} before arriving.\nMon {date.md} 08:00-12:00  {s3.full}, HHA\nWed {date.md} 08:00-12:00  "
     "{s3.first}\nFri {date.md} 14:00-18:00  {s6.full}, CNA\nFamily contact: {k1.first} ({rel}) {phone2}\n"},
    {"guardianship_letters", false,
     "LETTERS OF GUARDIANSHIP OF AN INCAPACITATED PERSON\nIn re the guardianship of {pt.UP}, age {age}\nCase "
     "no. 24-P-{num.4}\n{k1.full}, of {addr}, having been appointed guardian of the person on {date.long}, is "
     "authorised to consent to medical treatment. {s}\nJudge {s2.last}\nClerk of Court {s4.full}\n"},
    {"funeral_release", false,
     "RELEASE OF REMAINS\nDecedent: {pt.full}   Date of death: {date.mdy0}   MRN {mrn}\nReleased to: Hollis & "
     "Crane Funeral Home, {cityst}\nFuneral director: {s4.full}, FD   Tel {cphone}\nNext of kin authorising: "
     "{k1.full} ({rel})\nPersonal effects: wedding band, glasses. {s}\nSecurity officer: {s6.fl}\n"},
    {"death_certificate_worksheet", false,
     "DEATH CERTIFICATE WORKSHEET (funeral home copy)\n1. Decedent's legal name: {pt.fml}\n2. Sex: {sex}\n3. "
     "SSN: {ssnbare}\n4. Age: {age}\n5. Date of birth: {dob.mdy0}\n6. Residence: {streetcity}\n"
     "7. Father's name: {k2.full}\n8. Mother's maiden surname: {s6.last}\n9. Informant: {k1.full}, {rel}\n"
     "10. Date of death: {date.long}\n"},
    {"obituary_clipping", false,
     "Obituary pasted by bereavement coordinator:\n{pt.full}, {age}, of {city}, passed away peacefully on "
     "{date.long}. Born in Ashcombe, {he} worked 31 years at the Varney paper mill. {pt.first} is survived by "
     "{his} {rel} {k1.full} of {cityst}, and {k2.full}. {s} Arrangements by Hollis & Crane.\n"},
    {"explanation_of_benefits", false,
     "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nMember: {pt.UP}   Member ID {plan}   Group {group}\nClaim "
     "{claim}   Date of service {date.dashmon}\nProvider: Wrenfield Memorial Hospital\n{s}\nQuestions? Call "
     "member services; TTY 711.\n"},
    {"appeal_letter", false,
     "{date.long}\n\nAppeals Department\nRe: member {pt.full}, ID {plan}, claim {claim}\n\nI am the {rel} "
     "and healthcare proxy of {pt.first} {pt.last}. The denial of the skilled nursing stay says {he} could walk "
     "50 feet; {he} could not. {s}\n\n{k1.full}\n{addr2}\n{phone2}\n"},
    {"refill_request_portal", false,
     "Rx renewal request via portal\nPatient: {pt.lf}   DOB {dob.mdy}\nMedication: atorvastatin 40 mg, 90 "
     "days\nPharmacy: Bellamy & Sons Drug, {city}\nComment from patient: \"{s} Please send today, I leave for "
     "my {rel}'s on {date.md}.\"\nRouted to {s1.fi}\n"},
    {"refill_fax", false,
     "FAX  {date.mdy0} {hhmm}  FROM BELLAMY & SONS DRUG  {fax}\nREFILL AUTHORIZATION REQUEST\nPatient: {pt.LF}  "
     "DOB {dob.mdy0}\nPhone: {phone}\nDrug: lisinopril 10 mg #90\nPrescriber: {s1.full}, NP\nPharmacist: "
     "{s4.full}, CPhT\n"},
    {"medicaid_ride", false,
     "RIDE CONFIRMATION #{num.6}\nMember: {pt.full}   Medicaid ID {mcaid}\nPick-up: {addr} at {time} on "
     "{date.long}\nDrop-off: Carraway Valley Clinic\nMobility: walker. Escort: {rel} {k1.first}\nDriver "
     "{s6.first}, vehicle plate {plate}\nCall the member at {phone} if late.\n"},
    {"interpreter_log", false,
     "INTERPRETER SERVICES LOG - {date.mdy0}\nTime  | Language | Interpreter          | Patient            | "
     "MRN\n{hhmm} | Tigrinya | {s4.full}, CMI | {pt.LF} | {mrn}\n{hhmm} | Tagalog  | {s5.lf} | {k2.LF} | "
     "{chart}\nNotes: {s}\n"},
    {"noda_volunteer_note", false,
     "No One Dies Alone - vigil log\nVolunteer {s6.first} sat with {pt.first} (\"{pt.nick}\") from 2 to 4 PM on "
     "{date.monthth}. {He} talked about {his} late wife {k2.first} and the dog. {s} Family ({k1.first}) "
     "driving in from {cityst}.\n- {s6.full} (volunteer)\n"},
    {"security_incident", false,
     "SECURITY INCIDENT REPORT  IR-{num.5}\nDate/time: {date} {hhmm}\nLocation: ED lobby\nSubject: "
     "visitor {k2.full}, DL {lic}, vehicle {plate} in Lot C\nNarrative: visitor became verbal when told {his} "
     "{parent}'s room (patient {pt.LF}) was closed to visitors. {s}\nOfficer {s6.last}, badge 318 (security)\n"},
    {"parking_waiver", false,
     "PARKING CITATION WAIVER\nVehicle: VIN {vin}, plate {plate}\nRegistered owner: {k1.full}\nReason: "
     "{rel} of inpatient {pt.full} ({mrn}); parked in the loading zone during a rapid response. {s}\n"
     "Approved by {s2.fi}, Parking Services, {date.mdy}\n"},
    {"lost_property_log", false,
     "LOST PROPERTY LOG\nItem {num.4}: hearing aid, left, serial {serial}, found Room 4{num.2} on {date.md}\n"
     "Owner: {pt.LF}   Contact: {phone}\nReturned to {rel} {k1.first} on {date.md}, ID checked (DL {lic}).\n"
     "Logged by {s6.fl}\n"},
    {"badge_access_csv", false,
     "badge_id,reader,event,holder,ts\nV-{num.4},B2-East,GRANTED,\"{k1.LF}\",{date.iso}T{hhmm}:02\nV-{num.4},"
     "B2-East,GRANTED,\"{k2.lf}\",{again}T{hhmm}:40\nS-{num.5},ICU-3,DENIED,{s3.UP},{date.compact}{hhmm0}\n"
     "# visitors for patient {pt.fi}, Room 3{num.2}\n"},
    {"helpdesk_ticket", false,
     "INC00{num.5}  Priority P2  Opened {date.mdy0} {hhmm}\nCaller: {s3.full}, unit clerk, 4 West\nIssue: two "
     "charts merged in error - {pt.LF} (MRN {mrn}) and {k2.LF} (MRN {chart}). {s}\nWorkstation {ip}; "
     "portal session from {ip6}\nAssigned: {s5.fi}, Tier 2\n"},
    {"call_centre_script", false,
     "AGENT: Thank you for calling Wrenfield scheduling, this is {s5.first}. May I have the patient's full "
     "name?\nCALLER: {pt.full}. I'm {his} {rel}, {k1.first}.\nAGENT: And the date of birth?\nCALLER: "
     "{dob.long}.\nAGENT: And the ZIP code at home?\nCALLER: {zip}.\nAGENT: Thank you. {s} Best call-back number?\nCALLER: {ph7}, or my cell {phone2}.\n"},
    {"appointment_texts", true,
     "sms log {date.md}\n[{hhmm}] wrenfield: hi {pt.lowfirst}, reminder: appt w/ {s1.lowfirst} on {date.mon} at "
     "{time}. reply c to confirm, r to reschedule\n[{hhmm}] from {phone}: this is {k1.lowfirst} {pt.lowfirst}'s "
     "{rel}, {he} cant drive, can it be video\n[{hhmm}] wrenfield: {s}\n"},
    {"telehealth_chat", false,
     "Telehealth chat transcript {date.iso}\n[{hhmm}] System: {pt.first} {pt.last} joined from {ip}\n[{hhmm}] "
     "System: {k1.mis} joined from {ip6}\n[{hhmm}] {pt.first}: can you hear me, my {rel} is here too\n[{hhmm}] "
     "{s1.fl}: yes. {s}\n"},
    {"wearable_csv", false,
     "Export from HeartBeat Pal app, user {email.pt}, device {serial}\ndate,steps,resting_hr,sleep_min,spo2\n"
     "{date.compact},{num.4},64,372,95\n{date.compact},{num.4},66,401,94\n{date.compact},{num.3},71,298,93\n"
     "Uploaded to the chart by {pt.first} on {date.mdy}\n"},
    {"bp_app_json", false,
     "{lb}\"exported\": \"{date.iso}T06:30:00Z\", \"user\": {lb}\"name\": \"{pt.full}\", \"email\": "
     "\"{email.pt}\", \"dob\": \"{dob.iso}\"{rb},\n \"cuff\": {lb}\"model\": \"Omron BP7450\", \"serial\": "
     "\"{serial}\"{rb},\n \"readings\": [{lb}\"t\": \"{date.compact}0715\", \"sys\": 148, \"dia\": 86{rb}]{rb}\n"},
    {"smart_speaker_transcript", false,
     "Transcript from the family's Echo Show in the room (added at {kin}'s request):\n\"Alexa, call "
     "{k1.first}.\" - \"Calling {k1.first} {k1.last}, mobile.\"\n\"Alexa, what day is it?\" - \"Today is {wd}, "
     "{date.monthth}.\"\n\"Alexa, remind {pt.first} to take the blue pill.\" {s}\n"},
    {"siblings_email_thread", true,
     "from: {email.k1}\nto: {email.k2}\nsubject: re: {kin}\n\nhey {k2.lowfirst}, talked to the social worker "
     "({s4.low}) today. {kin} is {age.wordsbare} and they say {he} cant go back to {street} alone. {s} can you "
     "call me at {phone2} tonight\n- {k1.lowfirst}\n"},
    {"neighbour_welfare_call", false,
     "Call from neighbour {k2.full}, {ph7}, at {time}: has not seen Mr. or Mrs. {pt.last} at {street} since "
     "{wd}; mail piling up, car ({plate}) in the drive. Welfare check requested with {city} police. {s}\n"
     "Taken by {s5.fi}\n"},
    {"meals_on_wheels_note", false,
     "Meals on Wheels driver note, route 7, {date.md}: {pt.first} {pt.last} at {street} did not answer. "
     "Called {rel} {k1.first} at {phone2}. {s} Left meal with neighbour {k2.first}.\n- driver {s6.first}\n"},
    {"cob_questionnaire", false,
     "COORDINATION OF BENEFITS QUESTIONNAIRE\nPatient: {pt.full}   Account {acct}\nOther coverage? Yes - "
     "spouse {k1.full}, through Halvorsen Tool & Die\nPolicy holder DOB: {odob}   Member ID {plan}   "
     "Group {group}\n{s}\nSigned: {pt.fi}  {date.mdy0}\n"},
    {"paratransit_application", false,
     "PARATRANSIT ELIGIBILITY APPLICATION\nApplicant: {pt.lfm}   DOB {dob.mdy0}\nHome: {addr}\nPhone: "
     "{phone}   Email: {email.pt}\nSSN (for fare subsidy): {ssn}\nMobility device: power chair, serial {dev}\nEmergency contact: {k1.full}, "
     "{intl}\n{s}\n"},
    {"wheelchair_repair_ticket", false,
     "DME repair ticket WO-{num.5}\nClient: {pt.fl}   Chair: Quickie 2, serial {serial}\nIssue: left brake "
     "slips, armrest cracked. Tech {s5.first} visited {street} on {date.mon}. {s}\nBilled to Medicaid "
     "{mcaid}\n"},
    {"utility_certificate", false,
     "MEDICAL CERTIFICATE TO PREVENT SHUT-OFF OF UTILITY SERVICE\nAccount holder: {k1.full}\nService address: "
     "{addr}\nUtility account no. {utility}\nResident with a serious illness: {pt.full}, oxygen concentrator "
     "{dev}\nCertified by {s1.full}, NP on {date.mdy}\n"},
    {"jury_duty_excuse", false,
     "{date.long}\n\nJury Administrator\nCircuit Court, Quillan County\n\nPlease excuse {pt.full}, of "
     "{cityst}, summoned for {date.abbr}. {title} {pt.last} is {age.yearsold} and cannot sit for long. {s}\n\n"
     "{s1.full}, MD\n"},
    {"airline_medif", false,
     "MEDIF - PASSENGER MEDICAL INFORMATION\nPassenger: {pt.LF}   Booking ref QX{num.4}\nFlight WR 212, {date.dm}\n"
     "Escort: {k1.full} ({rel})\nContact at destination: {intl}\nOxygen: 2 L/min via Inogen One, serial {dev}\n"
     "{s}\nPhysician: {s1.fi}\n"},
    {"landlord_letter", false,
     "{date.long}\n\n{s2.full}, Property Manager\nFerncliff Commons\n\nDear {s2.first},\n\nMy patient "
     "{pt.full}, your tenant at {street}, needs a ground-floor unit. {s}\n\nSincerely,\n{s1.full}, MD\n"},
    {"pastoral_visit", false,
     "Pastoral care: Pastor {s6.last} from Bethel AME visited {pt.first} on {date.md}; sang two hymns. The "
     "{rel}, {k1.first}, asked that Deacon {s2.last} bring communion {wd}. {s}\n"},
    {"missing_person_report", false,
     "MISSING PERSON - information given to {city} police, {date.mdy} {hhmm}\nName: {pt.UP}   Age: {age}   "
     "{sex}\nLast seen leaving Magnolia Ward in a blue robe. May go home to {street} or to {rel} "
     "{k1.full}'s house in {cityst}. Drives a truck, VIN {vin}. {s}\nReported by {s6.full} (security)\n"},
    {"proxy_access_request", false,
     "PORTAL PROXY ACCESS REQUEST\nPatient: {pt.full}   MRN {mrn}   DOB {dob.mdy0}\nProxy: {k1.full} "
     "({rel})   proxy e-mail {email.k1}\nRequest received from {ip6} on {date.iso}\nApproved by {s3.fi}, Health "
     "Information Management\nProxy view: {url}\n"},
    {"payment_plan_call", false,
     "Billing office call {date.mdy}: guarantor {k1.LF} called about account {acct} for {pt.full}. Card "
     "ending 4471 (not stored). Payment plan $75/month. {s} Call back {phone2}.\n- {s5.full}, CPC\n"},
    {"family_whatsapp", true,
     "screenshots of the family group chat, shown by {rel} on {date.md}:\n[{date.md}, {hhmm}] {intl}: how is "
     "{kin} today\n[{date.md}, {hhmm}] {k1.lowfirst}: same. dr {s1.lowfirst} says maybe home {wd}\n[{date.md}, "
     "{hhmm}] {k2.lowmis}: tell {pt.lowfirst} we love {him}\n[{date.md}, {hhmm}] {k1.lowfirst}: uncle "
     "{s2.lowfirst} is bringing soup tonight\n"},
    {"pillbox_export", false,
     "MedMinder-style pill box log, box serial {serial}, owner {pt.fi}\nslot,scheduled,opened\n"
     "AM,{date.compact} 08:00,{again} 08:41\nPM,{again} 20:00,missed\nAlert texted to {k1.first} "
     "at {phone2}. {s}\n"},
    {"spanish_portal_message", false,
     "Mensaje del portal, {date.dmyslash}\nHola doctora {s1.last}, soy {k1.first}, familiar de {pt.full}. Mi "
     "{kin} tiene {age} años y no quiere comer desde el {date.md}. Vivimos en {addr}. Mi celular es {phone2}. "
     "Gracias.\n"},
    {"power_of_attorney", false,
     "DURABLE POWER OF ATTORNEY FOR HEALTH CARE\nI, {pt.full}, of {addr}, appoint my {rel}, {k1.full}, "
     "telephone {phone2}, as my agent. If {k1.first} cannot act, I appoint {k2.full}.\nSigned {date.long}.\n"
     "Witnesses: {s4.full}; {s5.lf}\nNotary: {s2.full}, Esq.\n"},
    {"bereavement_card_list", false,
     "Bereavement mailing list - {date.my}\nFamily of           Send card to          Address\n{pt.lf}   "
     "{k1.full}   {addr}\n{pt.LAST} (2nd)   {k2.fl}   {cityst}\nPrepared by {s6.full} (volunteer)\n"},
    {"visitor_sign_in", false,
     "VISITOR SIGN-IN  Magnolia Ward  {date.mdy}\nTime in | Visitor (print) | Visiting | Badge\n{hhmm} | "
     "{k1.UP} | {pt.last} | V{num.3}\n{hhmm} | {k2.lowmis} | {kin} | V{num.3}\n{hhmm} | {s6.mixed} | {pt.first} "
     "| V{num.3}\n"},
    {"caregiver_notebook", true,
     "family caregiver notebook (photo added to chart by {s5.fi}):\n{date.md} - {kin} ate half the toast, bp "
     "150/90 on the cuff. {k2.lowfirst} came by at lunch.\n{date.md} - bad night. called the after-hours line, "
     "spoke to {s1.lowfirst}. {s}\n{date.md} - {pt.lowfirst} asked for {k1.lowmis} all day. {k1.low} drove up "
     "from {city}.\n"},
    {"hr_leave_email", false,
     "From: {s3.full} <{email.s3}>\nTo: {email.k1}\nDate: {wd}, {date.abbr}\nSubject: intermittent leave "
     "approved\n\nHi {k1.first},\n\nYour intermittent FMLA leave to care for your {parent}, {pt.full}, is "
     "approved from {date.md} through {date.mdy}. {s} Please send the WH-380-F to HR by fax at {fax}.\n\n"
     "Thanks,\n{s3.first}\nHalvorsen Tool & Die, Human Resources\n"},
    {"estate_attorney_letter", false,
     "PRUITT & GALLAGHER, ATTORNEYS AT LAW\n{date.long}\n\nHealth Information Management\n{fac}\n\nRe: Estate "
     "of {pt.full}, deceased {date.mdy}\nDate of birth: {dob.mdy0}   SSN: {ssnbare}\n\nOur office represents "
     "{k1.full}, executor of the estate. Please release the complete medical record of the decedent, MRN "
     "{mrn}, to this office. {s}\n\nVery truly yours,\n{s2.full}, Esq.\n"},
    {"no_phi_portal_faq", false, "Portal FAQ (for all patients): {s} {s} Forgot your password? Use the link on "
     "the sign-in page.\n"},
    {"no_phi_parking_notice", false, "PARKING NOTICE: {s} {s} Valet opens at 6 AM on weekdays.\n"},
    {"no_phi_volunteer_training", false, "Volunteer orientation checklist: {s} {s} {s}\n"},
    {"no_phi_eob_glossary", false, "Understanding your EOB: {s} {s} Deductible, copay and coinsurance are "
     "explained on page 2.\n"},
    {"no_phi_wearable_summary", false, "Weekly wearable summary (de-identified pilot): {s} {s}\n"},
    {"no_phi_helpdesk_kb", false, "Knowledge base article KB{num.5}: {s} {s} Close the ticket after 3 "
     "attempts.\n"},
    {"no_phi_cafeteria_menu", false, "This week in the Atrium Cafe: {s} Monday is taco day; Friday fish fry. {s}\n"},
    {"no_phi_lost_property_policy", false, "Lost property policy: items held 30 days, then donated. {s} {s}\n"},
};

}  // namespace

std::size_t eighteenthTemplateCount() { return std::size(kTemplates18); }

std::string_view writeEighteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                     std::size_t choice) {
  const Cast18 cast = makeCast18(seed, patientIndex);
  const Template18& t = kTemplates18[choice % std::size(kTemplates18)];
  Ctx18 x{builder, cast, t.lower, {}};
  expand(x, t.pattern);
  return t.name;
}

std::string eighteenthSentence(Random& r) { return sentence18(r); }

}  // namespace concord::phi::corpus
