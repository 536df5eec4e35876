// The twenty-fourth family (kTwentyFourthSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is maternity, neonatal, paediatric, school-health and
// child-welfare records from the US, the UK, India, Kenya, Germany, Japan, Italy and Mexico.
// Document styles: UK antenatal booking form, Indian hand-held maternity card (MCP card), Kenyan
// mother-and-child booklet, German Mutterpass transcription, Japanese boshi techo transcription,
// US birth registration worksheet, UK birth notification, Italian birth certificate request,
// labour and delivery flowsheet (pipe table), delivery summary, NICU admission note with twin
// labels, NICU daily progress (fixed width), newborn screening card, repeat-screen letter,
// breast-milk bank label, lactation consult, immunisation card, school immunisation exemption
// form, school nurse log, individual health plan for a child with diabetes, growth-chart summary,
// developmental screening, foster-care placement record, adoption home-study excerpt, court
// order summary, IVF laboratory record, surrogacy agreement summary, paternity (DNA) report,
// child-protection referral, car-seat check, feeding-pump and apnoea-monitor device records,
// parent-portal message (lower case), SMS reminders, ward whiteboard, HL7-like ADT fragment,
// JSON newborn-hearing export, handwritten-style transcription of a parent's note, discharge
// letter with a letterhead and signature block, family history with great-grandparents over 89,
// a Spanish well-child note, home-visit log, birth-registration SSN application, and ten kinds
// of note without PHI (gestation and Apgar reference, formula preparation, vaccine schedule,
// newborn checklist, Ballard guide, phototherapy chart, safe-sleep leaflet, growth-centile
// table, school medicines policy, unit census without identifiers).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions for maternity and paediatric records.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels, quotes, brackets, table pipes,
//    JSON punctuation, HL7 field separators and trailing punctuation are outside.
//  * Names: titles and roles before a name ("Dr. ", "Mr ", "Mrs ", "Ms. ", "Mx ", "Midwife ",
//    "Sister ", "Nurse ", "Caseworker ", "Judge ", "Dear ", "Frau ", "Herr ", "Smt. ", "Shri ")
//    are outside, and so are credentials after it (", MD", ", RN", ", RM", ", CNM", ", NNP",
//    ", IBCLC", ", MSW", ", CPST", ", NP", ", LCSW"). A baby not yet named is written with a
//    placeholder before the family name: "Baby Girl ", "Baby Boy ", "BG ", "Twin A of ",
//    "Twin 2 of ", "Triplet 3 " are outside like a title, and only the family name is a span
//    ("Baby Girl [Okafor-Whitcombe]"): the placeholder is a label, the family name identifies.
//    A name written in one piece is one span ("Adaeze-Chioma Okafor-Whitcombe",
//    "OKAFOR-WHITCOMBE, ADAEZE-CHIOMA", "Okafor-Whitcombe, A."); HL7 "LAST^FIRST" is one span; on a
//    form with separate family-name and given-name boxes each box is its own span. Particles,
//    apostrophes, hyphens and accents are inside ("van Rijn-Adeyemi", "O'Donoghue-Asante"); a
//    possessive "'s" is outside; a first name alone, a surname alone and a nickname ("Peanut-Pie",
//    quotes outside) are spans. Surnames that are ordinary words ("Cradle", "Storke", "Bassinet")
//    are names where they name a person.
//  * Everyone named is PHI: the child, the parents, grandparents, foster carers, donors,
//    surrogates, caseworkers, teachers, midwives and clinicians.
//  * Dates: the date only; a weekday before and a time of birth after it ("at 04:17", "T04:17",
//    "0417 hrs") are outside; an estimated due date is a date; day-first dates on UK, Indian,
//    Kenyan, German, Italian and Mexican forms, "2024年3月5日" style Japanese dates and
//    YYYYMMDD in HL7 (the HHMM after it outside) are dates. A time of birth alone is not PHI, nor
//    is a gestational age ("38+4"), a day of life ("DOL 6"), a corrected age or a year alone.
//  * Ages: a span only over 89. This family writes ages over 89 of great-grandparents and
//    great-great-grandparents in family histories: HIPAA's identifiers cover relatives too, so
//    those are "age" spans (the number only, "94" of "aged 94", or the words "ninety-four").
//    The ages of children, parents and grandparents (89 or less), gestational ages, days of life
//    and corrected ages are not PHI.
//  * Phones: every phone written is a gold phone, including UK, Indian, Kenyan, German, Japanese,
//    Italian and Mexican numbers in national and international form and seven-digit local
//    numbers; numbers labelled fax are "fax"; 911, 999, 112, 111 and helpline short codes are not.
//  * Identifiers: hospital numbers of the mother and of the baby, NHS numbers, newborn-screening
//    card serials (the key of the child's record at the screening laboratory), milk-bank donor
//    numbers and gamete-donor codes (the donor's record) are "mrn"; hospital accounts,
//    child-welfare and foster-care case numbers (a file about the child) and DNA-laboratory
//    case numbers of a paternity test (a file about the persons tested) are "account"; insurance,
//    Medicaid/CHIP, German statutory insurance (Versichertennummer), Kenyan SHA/NHIF, Japanese
//    insurance-card and PM-JAY numbers are "health_plan"; driver's licences, passports, birth
//    certificate and birth registration numbers and Aadhaar numbers are "license" (a number on a
//    person's certificate or government ID; the Aadhaar is not a US SSN); US SSNs, including the
//    baby's assigned at birth, are "ssn"; serials of feeding pumps, home apnoea monitors, rented
//    breast pumps and car seats registered to the family are "device"; plates and VINs are
//    "vehicle". Not PHI: vaccine lot numbers (they identify a batch given to thousands, not a
//    patient), filter-paper lot numbers of a screening card, embryo and straw labels (specimen
//    labels, like specimen numbers), bed and cot numbers, asset tags of ward equipment, court
//    docket numbers (as in the twenty-third family), NPIs and form numbers.
//  * Addresses: every street address written is an "address" span (home, placement, school,
//    foster carer), with unit, city and state inside it when they follow on the same line; in a
//    letter's address block each line is its own span; a town alone or "Town, ST" is an "address"
//    span; a US ZIP (or ZIP+4) is its own "zip" span; postcodes of other countries (UK postcodes,
//    Indian PINs, German PLZ, Japanese 〒 codes, Kenyan P.O. Box codes) are inside the address.
//    Hospitals, schools and agencies (never named after a town of the pool), countries, states
//    alone and place names in eponyms or brand names are not PHI.
//  * URLs one span with path and query (only child- or family-specific links are written); e-mail
//    addresses one span each; IPv4 (":port" outside) and IPv6 one "ip" span each.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_fourth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand (checked by script against every other
// family's and corpus_values.cpp's quoted strings when written: no name, town or street is shared).
constexpr std::string_view kGiven24[] = {
    "Adaeze-Chioma", "Nkechinyere", "Oluwakemi-Joy", "Temitope-Grace", "Wanjiru-Esther", "Akinyi-Rose", "Njeri-Faith",
    "Kipchoge-Amos", "Chebet-Lilian", "Otieno-Brian", "Zawadi-Imani", "Amani-Neema", "Thandeka-Lwazi", "Sibusiso-Themba",
    "Naledi-Kgomotso", "Ayodele-Ruth", "Yewande-Bola", "Kofi-Ebo", "Abena-Serwaa", "Afua-Dede", "Selamawit-Eden",
    "Meseret-Hiwot", "Ramatoulaye", "Aminata-Kadiatou", "Mamadou-Saliou", "Ousmane-Cheikh", "Hawa-Fanta", "Priyanka-Devi",
    "Lakshmi-Nandini", "Anjali-Meera", "Aarav-Kiran", "Vihaan-Dev", "Ishaani", "Saanvi-Rhea", "Kavya-Shree", "Tejaswini",
    "Ruchika", "Harpreet-Simran", "Manpreet-Singh", "Sukhmani", "Fatimah-Zahra", "Ayesha-Noor", "Zainab-Hiba",
    "Hamza-Idris", "Yusra-Maryam", "Aaliyah-Sana", "Ibrahim-Khalil", "Layla-Noor", "Yasmin-Dalia", "Omar-Faris",
    "Haruka-Mio", "Yuzuki", "Sakura-Hana", "Hinata-Rin", "Sota-Haruto", "Riku-Yamato", "Aoi-Mei", "Mitsuki-Ai",
    "Ji-an", "Seo-ah", "Min-jun", "Ha-eun", "Mei-Ling", "Xiaoyan-Qing", "Zihan-Rui", "Yutong-Xue", "Bao-Ngoc",
    "Minh-Chau", "Khanh-Linh", "Thanh-Huong", "Maricel-Joy", "Lovelyn-Mae", "Kristine-Faye", "Jerome-Paolo",
    "Greta-Luise", "Hannelore-Anke", "Lieselotte", "Friederike", "Jannik-Ole", "Malte-Sören", "Wiebke-Marie",
    "Annika-Frauke", "Ingeborg-Sigrid", "Solveig-Maren", "Aurélie-Manon", "Clémentine", "Océane-Lou", "Maëlle-Anaïs",
    "Théophile", "Ludovica-Sofia", "Beatrice-Chiara", "Giorgia-Elena", "Leonardo-Matteo", "Rosalba-Tina",
    "Ximena-Itzel", "Valentina-Abril", "Renata-Luz", "Guadalupe-Itzia", "Santiago-Emilio", "Thiago-Benicio",
    "Aroha-Mere", "Tama-Wiremu", "Kahurangi-Ana", "Moana-Leilani", "Siosaia-Fifita", "Mele-Sela", "Pania-Rose",
    "Siobhán-Áine", "Caoimhe-Niamh", "Oisín-Tadhg", "Eilidh-Morag", "Mhairi-Isla", "Rhiannon-Ffion", "Cerys-Elin",
    "Tegan-Mari", "Bronwen-Lowri", "Kezia-Dawn", "Tamsin-Jade", "Jessamy", "Peregrine", "Ottilie-Rose",
    "Marigold-Fay", "Blessing-Ada", "Precious-Nomvula", "Gift-Tumelo", "Comfort-Efua", "Patience-Aba",
    "Hope-Marisol", "Nevaeh-Skye", "Jaxson-Reid", "Brantley", "Kaysen-Lane", "Oaklynn-Grace", "Everleigh-Jo",
    "Paisleigh", "Maverick-Cole", "Kinsley-Rae", "Zuzanna-Maja", "Szymon-Kacper", "Agata-Lena", "Radka-Eliška",
    "Vojtěch-Jan", "Anežka-Ema", "Milena-Vesna", "Nikola-Luka", "Jovana-Mina", "Svetlana-Olga", "Artyom-Gleb",
};

constexpr std::string_view kFamily24[] = {
    "Okafor-Whitcombe", "Nwachukwu-Brennan", "Eze-Pemberton", "Adeyemi-Castellano", "Oyelaran-Fisk", "Balogun-Hirst",
    "Onyekachi-Marsh", "Wanjiku-Henley", "Kiprotich-Moll", "Chepkoech-Lang", "Odhiambo-Farrell", "Kariuki-Stein",
    "Muthoni-Graves", "Mwangi-Desai", "Dlamini-Osei", "Khumalo-Reyes", "Mthembu-Carr", "Nkemdirim-Hale", "Asamoah-Kerr",
    "Owusu-Tennant", "Amankwah-Pryce", "Gebremariam-Voss", "Wolde-Hanson", "Diop-Lacroix", "Ndiaye-Fournier",
    "Traoré-Webb", "Keita-Morales", "Bangura-Hollis", "Venkataraman-Ruiz", "Raghunathan-Price", "Subramaniam-Cole",
    "Kulkarni-Bose", "Deshpande-Wolff", "Joshi-Albrecht", "Trivedi-Haines", "Menon-Sorensen", "Banerjee-Holt",
    "Dasgupta-Lowell", "Grewal-Thornton", "Dhillon-Fairweather", "Kaur-Ashworth", "Malik-Sheridan", "Rahman-Olsen",
    "Begum-Ashdown", "Chaudhry-Knight", "Karimi-Lindholm", "Rostami-Fenn", "Yilmaz-Becker", "Öztürk-Klein",
    "Nakamura-Ellis", "Takahashi-Brandt", "Yamaguchi-Ode", "Fujimoto-Grant", "Watanabe-Lyle", "Inoue-Castellanos",
    "Ishikawa-Moreau", "Kimura-Bayliss", "Park-Abernathy", "Lim-Courtenay", "Seo-Whitfield", "Wang-Eriksen",
    "Liu-Okonjo", "Xu-Bernstein", "Guo-Lindqvist", "Nguyen-Harrow", "Pham-Gallagher", "Le-Beaumont",
    "Bautista-Crane", "Villanueva-Ocampo", "Macaraeg-Lind", "Santos-Whelan", "Schulze-Okoye", "Hoffmann-Riedel",
    "Zimmermann-Oduya", "Krüger-Baptiste", "Böhm-Asare", "Lindemann-Yeo", "Hansen-Taufa", "Johansson-Mbeki", "Nyström",
    "Girard-Mbaye", "Rousseau-Hale", "Lambert-Ngata", "Moreau-Kaur", "Esposito-Lund", "Ricci-Adebayo",
    "Romano-Tuck", "Colombo-Adair", "Marino-Sato", "Rossi", "Bianchi-Fenwick", "Hernández-Iturbe", "Villalobos-Tapia",
    "Montoya-Rangel", "Zamora-Quispe", "Mamani", "Quispe-Huamán", "Te Rangi-Hoani", "Ngata-Walker", "Tuilagi-Moe",
    "Fonoti-Barnes", "Kahananui-Lopes", "Ó Súilleabháin-Kerr", "Mac Cárthaigh-Ruiz", "MacIntyre-Bose", "Llewellyn-Obi", "Pritchard",
    "ab Owain-Lloyd", "Fitzwilliam", "Haverford-Ume", "Thackeray-Osei", "Winterbottom-Oja", "Featherstonehaugh", "Nowakowska",
    "Zielińska-Hart", "Dvořák-Mills", "Procházka-Lee", "Jovanović-Bell", "Petrović-Stone", "Kuznetsova-Hart", "Smirnov-Ade",
    "van den Broek-Sall", "van Rijn-Adeyemi", "de Groot", "ten Hove", "von Ahlefeldt-Sy", "zu Solms", "de Souza-Okafor",
    "dos Santos-Ribeiro", "da Silva-Mwangi", "le Roux-Bassey", "la Fontaine", "D'Alessandro", "Dell'Acqua-Brent", "Di Marzio",
    "O'Donoghue-Asante", "McAllister-Ng", "St. Clair-Mensah", "Swiftwind", "Two Crows", "Blackhorse-Yazzie",
    "Begaye-Tso", "Nakai", "Cradle", "Bassinet", "Storke", "Nursey", "Childers-Oke", "Lovejoy-Asante", "Babington-Oyo", "Mothersole",
    "Godchild", "Bairnsfather", "Younghusband", "Wetherby-Nash",
};

constexpr std::string_view kNick24[] = {
    "Peanut-Pie", "Beanie", "Bubsy", "Squish", "Moo", "Pipkin-Boo", "Tinkerbell-Mae", "Lulu-Belle", "Coco-Bea", "Dodo-Bird", "Kiki-Rae",
    "Bunny-Boo", "Nana-Boo", "Gigi-Lou", "Taz", "Bam-Boo", "Sunny-D", "Mimi-Kay", "Chunk", "Boo-Bear",
};

constexpr std::string_view kTowns24[] = {
    "Cradlewell", "Lullingstone Vale", "Mapleholm", "Brookhatch", "Swanlea", "Wrenfield Crossing", "Hazelmoor",
    "Kestrel Ford", "Otterbourne Mills", "Plover Bay", "Sedgecombe", "Tarnbrook", "Willowhithe", "Yarrowcombe",
    "Ferncastle", "Meadowsweet Junction", "Linnet Hill", "Birchcroft", "Dovecote Landing", "Quillhaven",
};

constexpr std::string_view kStreets24[] = {
    "Nightjar", "Primrose Bank", "Cowslip", "Lambsquarter", "Honeysuckle", "Marshmallow", "Robin Hood",
    "Tadpole Creek", "Buttercup Meadow", "Chickadee", "Fiddlehead", "Dandelion", "Sparrowhawk", "Foxberry", "Periwinkle",
    "Daffodil", "Goldcrest", "Harebell", "Bluebonnet Hollow", "Wildflax",
};

constexpr std::string_view kMiddle24[] = {"A", "C", "E", "F", "G", "H", "I", "J", "L", "N", "O", "P", "R", "W"};
constexpr std::string_view kSuffixes24[] = {"Road", "Rd.", "Lane", "Street", "St.", "Avenue", "Ave", "Drive", "Dr",
                                            "Way", "Close", "Crescent", "Court", "Terrace", "Circle", "Place"};
constexpr std::string_view kUnits24[] = {"Apt 3F", "Apt. 112", "Unit 17", "#4B", "Suite 210", "Lot 22", "Flat 9"};
constexpr std::string_view kStates24[] = {"OH", "MI", "WI", "MN", "OR", "WA", "AZ", "NV", "UT", "CO", "GA", "NC",
                                          "PA", "NJ"};
constexpr std::string_view kHospitals24[] = {
    "Larkhaven Women's and Children's Hospital", "St. Brigid's Maternity Unit", "Riverbend Neonatal Centre",
    "Lantern Hill Birth Centre", "Kingfisher Children's Hospital", "Northmead Midwifery-Led Unit",
};
constexpr std::string_view kSchools24[] = {
    "Thornfield Elementary", "Little Acorns Preschool", "Hollyoak Middle School", "Bright Steps Nursery",
    "Calder Ridge Academy", "Ridgewater Primary",
};
constexpr std::string_view kAgencies24[] = {
    "County Department of Children and Family Services", "Harbourlight Foster Care Agency",
    "Safe Haven Adoption Services", "Children's Aid Society", "Family Court Services",
};
// POOLS-END

constexpr std::string_view kRelations24[] = {"mother", "father", "grandmother", "grandfather", "aunt", "uncle",
                                             "foster mother", "foster father", "stepfather", "guardian"};
constexpr std::string_view kMail24[] = {"nestbox.example.com", "pramway.example.net", "hushmail-kids.example.org",
                                        "lullmail.example.com"};
constexpr std::string_view kWorkMail24[] = {"larkhaven-wch.example.org", "schools.example.k12.us"};
constexpr std::array<std::string_view, 12> kMonths24 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon24 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMeses24 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                       "diciembre"};
constexpr std::array<std::string_view, 12> kMonate24 = {"Januar", "Februar", "März", "April", "Mai", "Juni",
                                                        "Juli", "August", "September", "Oktober", "November",
                                                        "Dezember"};
constexpr std::string_view kWeekdays24[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};
constexpr std::string_view kJobs24[] = {"teacher", "bus driver", "software developer", "farmer", "nurse",
                                        "electrician", "shop assistant", "homemaker", "student", "chef",
                                        "accountant", "security guard", "hairdresser", "welder"};

struct Person24 {
  std::string first, initial, last, nick;
};

struct Cast24 {
  Person24 pt, mo, fa, gg, k2;
  std::array<Person24, 8> staff;
  bool girl = false;
  int by = 2024, bm = 1, bd = 1;     // the child's date of birth
  int my = 1995, mm = 1, md = 1;     // the mother's
  int ggAge = 92;                    // a great-grandparent's age
  std::string streetNumber, street, unit, city, state, zip;
  std::string bmrn, bssn, nbs, casenum;
  std::string hosp, school, agency, k2rel;
};

enum class Case24 { asIs, lower, upper };

struct Ctx24 {
  NoteBuilder& b;
  const Cast24& c;
  Case24 mode = Case24::asIs;
  std::string lastDate;  // the last date written, for {again}
  int clock = -1;        // minutes since midnight for {tick}
};

// Case mapping of ASCII and of the Latin-1 letters (two bytes led by 0xC3) the pools use; other
// letters are left as they are, whole.
std::string recase24(std::string s, bool toUpper) {
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
std::string up24(std::string s) { return recase24(std::move(s), true); }
std::string low24(std::string s) { return recase24(std::move(s), false); }

std::string cased(const Ctx24& x, std::string s) {
  if (x.mode == Case24::lower) return low24(std::move(s));
  if (x.mode == Case24::upper) return up24(std::move(s));
  return s;
}
void put(Ctx24& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx24& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred " + words(n - 100);
  if (n < 10) return std::string(kOnes[n]);
  if (n < 20) return std::string(kTeens[n - 10]);
  return std::string(kTens[n / 10]) + (n % 10 ? "-" + std::string(kOnes[n % 10]) : "");
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}


Person24 makePerson24(Random& r) {
  Person24 p;
  p.first = pickS(r, kGiven24);
  p.initial = pickS(r, kMiddle24);
  p.last = pickS(r, kFamily24);
  p.nick = pickS(r, kNick24);
  return p;
}

Cast24 makeCast24(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x2424ULL) * 0xa0761d6478bd642fULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x24241ULL));
  r.next();
  Cast24 c;
  c.mo = makePerson24(r);
  c.fa = makePerson24(r);
  c.pt = makePerson24(r);
  c.pt.last = r.chance(0.65) ? c.mo.last : c.fa.last;
  c.gg = makePerson24(r);
  if (r.chance(0.5)) c.gg.last = c.mo.last;
  c.k2 = makePerson24(r);
  for (Person24& s : c.staff) s = makePerson24(r);
  c.girl = r.chance(0.5);
  c.by = r.between(2022, 2025);
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  c.my = r.between(1982, 2006);
  c.mm = r.between(1, 12);
  c.md = r.between(1, 28);
  c.ggAge = r.chance(0.85) ? r.between(90, 104) : r.between(82, 89);
  c.streetNumber = std::to_string(r.between(3, 19990));
  c.street = pickS(r, kStreets24) + " " + pickS(r, kSuffixes24);
  if (r.chance(0.3)) c.unit = pickS(r, kUnits24);
  c.city = pickS(r, kTowns24);
  c.state = pickS(r, kStates24);
  c.zip = std::to_string(r.between(10, 99)) + r.digits(3);
  if (r.chance(0.35)) c.zip += "-" + r.digits(4);
  switch (r.between(0, 2)) {
    case 0: c.bmrn = "NB" + r.digits(7); break;
    case 1: c.bmrn = r.digits(8); break;
    default: c.bmrn = "K" + r.digits(3) + "-" + r.digits(4); break;
  }
  c.bssn = std::to_string(r.between(1, 6)) + r.digits(2) + "-" + std::to_string(r.between(10, 99)) + "-" +
           std::to_string(r.between(1000, 9999));
  c.nbs = r.chance(0.5) ? r.digits(2) + "-" + r.digits(7) : "NBS" + r.digits(8);
  c.casenum = r.chance(0.5) ? "CW-" + r.digits(7) : std::to_string(r.between(2022, 2025)) + "-JV-" + r.digits(5);
  c.hosp = pickS(r, kHospitals24);
  c.school = pickS(r, kSchools24);
  c.agency = pickS(r, kAgencies24);
  c.k2rel = pickS(r, kRelations24);
  return c;
}

const Person24& who(const Cast24& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "mo") return c.mo;
  if (key == "fa") return c.fa;
  if (key == "gg") return c.gg;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '8') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "mo" || head == "fa" || head == "gg" || head == "k2" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '8');
}

void writeName(Ctx24& x, const Person24& p, std::string form) {
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
  else if (form == "LF") v = up24(p.last + ", " + p.first);
  else if (form == "UP") v = up24(p.first + " " + p.last);
  else if (form == "FIRST") v = up24(p.first);
  else if (form == "LAST") v = up24(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = low24(p.first + " " + p.last);
  else if (form == "lowfirst") v = low24(p.first);
  else if (form == "lowlast") v = low24(p.last);
  else if (form == "lownick") v = low24(p.nick);
  else if (form == "HL7") v = up24(p.last + "^" + p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

void writeDate(Ctx24& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "abbr", "dmon",
                                                   "dmy", "dmyslash", "dotted", "mdy0", "long"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths24[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon24[static_cast<std::size_t>(m - 1)]);
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
  else if (style == "dmon") v = pad2(d) + "-" + up24(mon) + "-" + ys;
  else if (style == "compact") v = ys + pad2(m) + pad2(d);
  else if (style == "dmy") v = std::to_string(d) + " " + mon + " " + ys;
  else if (style == "dmylong") v = std::to_string(d) + ordSuffix(d) + " " + month + " " + ys;
  else if (style == "dotted") v = pad2(d) + "." + pad2(m) + "." + ys;
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + ys;
  else if (style == "dmydash") v = pad2(d) + "-" + pad2(m) + "-" + ys;
  else if (style == "de") v = std::to_string(d) + ". " + std::string(kMonate24[static_cast<std::size_t>(m - 1)]) + " " + ys;
  else if (style == "jp") v = ys + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
  else if (style == "reiwa") v = "令和" + std::to_string(y - 2018) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
  else if (style == "es") v = std::to_string(d) + " de " + std::string(kMeses24[static_cast<std::size_t>(m - 1)]) + " de " + ys;
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

// A great-grandparent's age: a span only over 89 (HIPAA's identifiers cover relatives); the
// words around the number are outside.
void writeGgAge(Ctx24& x, std::string_view form) {
  const int age = x.c.ggAge;
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "slash") after = " y/o";
  else if (form == "years") after = " years old";
  else if (form == "aged") before = "aged ";
  else if (form == "age") before = "age ";
  else if (form == "words") value = words(age);
  else if (form == "wordsyo") { value = words(age); after = "-year-old"; }
  else if (form == "num") {
  } else throw std::logic_error("unknown age form " + std::string(form));
  say(x, before);
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string abroad(Random& r, std::string_view country) {
  if (country == "uk") {
    return r.chance(0.5) ? "07700 9" + r.digits(5) : "+44 7700 9" + r.digits(5);
  } else if (country == "in") {
    return r.chance(0.5) ? "+91 9" + r.digits(4) + " " + r.digits(5) : "9" + r.digits(4) + "-" + r.digits(5);
  } else if (country == "ke") {
    return r.chance(0.5) ? "+254 7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3)
                         : "07" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
  } else if (country == "de") {
    return r.chance(0.5) ? "+49 221 " + r.digits(7) : "0221 " + r.digits(3) + " " + r.digits(4);
  } else if (country == "jp") {
    return r.chance(0.5) ? "090-" + r.digits(4) + "-" + r.digits(4) : "+81 90 " + r.digits(4) + " " + r.digits(4);
  } else if (country == "it") {
    return r.chance(0.5) ? "+39 347 " + r.digits(3) + " " + r.digits(4) : "06 " + r.digits(4) + " " + r.digits(4);
  } else if (country == "mx") {
    return "+52 55 " + r.digits(4) + " " + r.digits(4);
  }
  return "+353 87 " + r.digits(3) + " " + r.digits(4);
}

// Addresses abroad written on one line, postcode inside.
std::string foreignAddress(Random& r, std::string_view country) {
  const std::string n = std::to_string(r.between(1, 180));
  if (country == "uk") {
    return n + " " + pickS(r, kStreets24) + " Close, " + pickS(r, kTowns24) + " " + r.letters(2, true) +
           std::to_string(r.between(1, 19)) + " " + std::to_string(r.between(1, 9)) + r.letters(2, true);
  } else if (country == "in") {
    return "H.No. " + std::to_string(r.between(1, 40)) + "-" + std::to_string(r.between(1, 200)) +
           ", Gandhi Nagar, Ward " + std::to_string(r.between(1, 30)) + ", Warangal " + r.digits(6);
  } else if (country == "ke") {
    return "P.O. Box " + r.digits(4) + "-" + r.digits(5) + ", Kisumu";
  } else if (country == "de") {
    return pickS(r, kStreets24) + "straße " + n + ", " + r.digits(5) + " Bonn";
  } else if (country == "jp") {
    return "〒" + r.digits(3) + "-" + r.digits(4) + " 大阪府吹田市千里山" + std::to_string(r.between(1, 9)) + "-" +
           std::to_string(r.between(1, 30)) + "-" + std::to_string(r.between(1, 20));
  } else if (country == "it") {
    return "Via dei Glicini " + n + ", " + r.digits(5) + " Bologna";
  }
  return "Calle Jacarandas " + n + ", Col. Las Flores, " + r.digits(5) + " Puebla";
}

// `work`: the staff member's organisation's mail domain, or nothing for a private address.
std::string email(Random& r, const Person24& p, std::string_view work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(10, 99)); break;
    case 2: local = "mama." + f; break;
    case 3: local = fold(p.nick) + "_" + l; break;
    default: local = f + std::to_string(r.between(1980, 2006)); break;
  }
  if (work.empty()) return local + "@" + pickS(r, kMail24);
  return (r.chance(0.5) ? f + "." + l : f.substr(0, 1) + l) + "@" + std::string(work);
}

std::string sentence24(Random& r);
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

// Driver's licence numbers in several states' shapes.
std::string licence(Random& r) {
  switch (r.between(0, 7)) {
    case 0: return r.letters(1) + r.digits(7);                                             // CA
    case 1: return r.digits(8);                                                            // TX
    case 2: return r.digits(3) + " " + r.digits(3) + " " + r.digits(3);                    // NY
    case 3: return r.letters(1) + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(2) + "-" + r.digits(3) + "-0";  // FL
    case 4: return r.letters(1) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4);    // IL
    case 5: return "WDL" + r.letters(3, true) + r.digits(4) + r.letters(2, true);           // WA
    case 6: return r.letters(1) + " " + r.digits(3) + " " + r.digits(3) + " " + r.digits(3) + " " + r.digits(3);  // MI
    default: return r.digits(2) + " " + r.digits(3) + " " + r.digits(3);                   // PA
  }
}

// US plates of several states' shapes; the state is written outside the span by the template.
std::string usPlate(Random& r) {
  switch (r.between(0, 8)) {
    case 0: return r.digits(1) + r.letters(3) + r.digits(3);
    case 1: return r.letters(3) + "-" + r.digits(4);
    case 2: return r.letters(3) + " " + r.digits(4);
    case 3: return r.letters(3) + " " + r.letters(1) + r.digits(2);
    case 4: return r.letters(2) + " " + r.digits(5);
    case 5: return r.letters(1) + r.digits(2) + "-" + r.letters(3);
    case 6: return r.digits(1) + r.letters(3) + r.digits(2);
    case 7: return r.letters(3) + r.digits(4);
    default: return "P" + r.digits(6);
  }
}

// Plates of other countries, with the country the template may write beside it.
std::string foreignPlate(Random& r, std::string& country) {
  switch (r.between(0, 9)) {
    case 0: country = "UK"; return r.letters(2, true) + r.digits(2) + " " + r.letters(3, true);
    case 1: country = "D"; return r.letters(1) + "-" + r.letters(2) + " " + std::to_string(r.between(1, 9)) + r.digits(3);
    case 2: country = "F"; return r.letters(2) + "-" + r.digits(3) + "-" + r.letters(2);
    case 3: country = "I"; return r.letters(2) + " " + r.digits(3) + " " + r.letters(2);
    case 4: country = "NL"; return r.digits(2) + "-" + r.letters(3) + "-" + r.digits(1);
    case 5: country = "IRL"; return std::to_string(r.between(12, 24)) + "-D-" + r.digits(5);
    case 6: country = "PL"; return "W" + r.letters(1) + " " + r.digits(5);
    case 7: country = "BR"; return r.letters(3) + r.digits(1) + r.letters(1) + r.digits(2);
    case 8: country = "MEX"; return r.letters(3) + "-" + r.digits(3) + "-" + r.letters(1);
    default: country = "ON"; return r.letters(4) + " " + r.digits(3);
  }
}

std::string vin(Random& r) {
  return r.digits(1) + r.letters(2, true) + r.digits(1) + r.letters(1, true) + r.digits(2) + r.letters(2, true) +
         r.digits(1) + r.letters(1, true) + r.digits(6);
}


void writeStreet(Ctx24& x, bool withCity) {
  const Cast24& c = x.c;
  std::string v = c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

std::string hhmmColon(Random& r) { return pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)); }

void placeholder(Ctx24& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast24& c = x.c;
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
  } else if (head == "bg") {  // the placeholder before an unnamed baby's family name: outside
    say(x, c.girl ? "Baby Girl" : "Baby Boy");
  } else if (head == "BG") {
    say(x, c.girl ? "BG" : "BB");
  } else if (head == "he") {
    say(x, c.girl ? "she" : "he");
  } else if (head == "He") {
    say(x, c.girl ? "She" : "He");
  } else if (head == "his") {
    say(x, c.girl ? "her" : "his");
  } else if (head == "His") {
    say(x, c.girl ? "Her" : "His");
  } else if (head == "sex") {
    say(x, c.girl ? "F" : "M");
  } else if (head == "rel") {
    say(x, c.k2rel);
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays24));
  } else if (head == "job") {
    say(x, pickS(r, kJobs24));
  } else if (head == "hosp") {
    say(x, c.hosp);
  } else if (head == "school") {
    say(x, c.school);
  } else if (head == "agency") {
    say(x, c.agency);
  } else if (head == "bdob") {
    writeDate(x, c.by, c.bm, c.bd, f);
  } else if (head == "mdob") {
    writeDate(x, c.my, c.mm, c.md, f);
  } else if (head == "odob") {  // another adult's date of birth
    writeDate(x, r.between(1975, 2004), r.between(1, 12), r.between(1, 28), f.empty() ? "mdy0" : f);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "later") {
    writeDate(x, r.between(2025, 2027), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "ggage") {
    writeGgAge(x, form.empty() ? "num" : form);
  } else if (head == "momage") {  // 89 or less: not PHI
    say(x, std::to_string(r.between(17, 44)));
  } else if (head == "kidage") {
    say(x, std::to_string(r.between(4, 15)));
  } else if (head == "tob") {  // a time of birth: not PHI
    say(x, hhmmColon(r));
  } else if (head == "hhmm") {
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "tick") {
    if (x.clock < 0) x.clock = r.between(0, 20 * 60);
    else x.clock += r.between(5, 55);
    say(x, pad2((x.clock / 60) % 24) + ":" + pad2(x.clock % 60));
  } else if (head == "ga") {  // gestational age
    say(x, std::to_string(r.between(24, 41)) + "+" + std::to_string(r.between(0, 6)));
  } else if (head == "grams") {
    say(x, std::to_string(r.between(540, 4600)));
  } else if (head == "apgar") {
    say(x, std::to_string(r.between(3, 9)) + "/" + std::to_string(r.between(7, 10)));
  } else if (head == "lot") {  // a vaccine lot: not PHI
    say(x, r.letters(1) + r.digits(4) + r.letters(2));
  } else if (head == "num") {  // form, order, docket-like and cot numbers: not PHI
    say(x, std::to_string(r.between(1, 9)) + r.digits(form.empty() ? 5 : std::stoi(f) - 1));
  } else if (head == "docket") {
    say(x, std::to_string(r.between(22, 25)) + "-JC-" + r.digits(5));
  } else if (head == "npi") {
    say(x, "1" + r.digits(9));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r, form));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    const std::string whom(form.empty() ? "mo" : form);
    std::string work;
    if (whom == "s6") work = std::string(kWorkMail24[1]);
    else if (whom.size() == 2 && whom[0] == 's') work = std::string(kWorkMail24[0]);
    put(x, "email", email(r, who(c, whom), work));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    const std::string& s = p.ssn;
    put(x, "ssn", s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4));
  } else if (head == "bssn") {
    put(x, "ssn", c.bssn);
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "bmrn") {
    put(x, "mrn", c.bmrn);
  } else if (head == "nhs") {
    put(x, "mrn", std::to_string(r.between(400, 799)) + " " + r.digits(3) + " " + r.digits(4));
  } else if (head == "nbs") {
    put(x, "mrn", c.nbs);
  } else if (head == "donor") {  // milk-bank or gamete donor number
    put(x, "mrn", (form == "gamete" ? "GD-" : "MB") + r.digits(5));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "case") {
    put(x, "account", c.casenum);
  } else if (head == "dna") {
    put(x, "account", "DNA" + r.digits(2) + "-" + r.digits(6));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "medicaid") {
    put(x, "health_plan", r.letters(2, true) + r.digits(8));
  } else if (head == "hp") {
    if (form == "de") put(x, "health_plan", r.letters(1, true) + r.digits(9));
    else if (form == "ke") put(x, "health_plan", "SHA" + r.digits(9));
    else if (form == "jp") put(x, "health_plan", "0" + r.digits(7));
    else put(x, "health_plan", "PMJAY" + r.digits(9));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : licence(r));
  } else if (head == "passport") {
    put(x, "license", r.chance(0.5) ? r.letters(1) + r.digits(8) : r.digits(9));
  } else if (head == "birthcert") {
    put(x, "license", r.chance(0.5) ? std::to_string(c.by) + "-" + r.digits(6) : "BC" + r.digits(3) + "-" + r.digits(5));
  } else if (head == "aadhaar") {
    put(x, "license", std::to_string(r.between(2, 9)) + r.digits(3) + " " + r.digits(4) + " " + r.digits(4));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {  // pumps, apnoea monitors, breast pumps, car seats
    switch (r.between(0, 3)) {
      case 0: put(x, "device", r.letters(2) + r.digits(7)); break;
      case 1: put(x, "device", r.digits(10)); break;
      case 2: put(x, "device", r.letters(3) + "-" + r.digits(6) + "-" + r.letters(1)); break;
      default: put(x, "device", "SN" + r.digits(8)); break;
    }
  } else if (head == "vin") {
    put(x, "vehicle", r.chance(0.5) ? p.vin : vin(r));
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.4) ? p.plate : usPlate(r));
  } else if (head == "fplate") {
    std::string country;
    put(x, "vehicle", foreignPlate(r, country));
    say(x, " (" + country + ")");
  } else if (head == "url") {
    if (form == "nbs") {
      put(x, "url", "https://nbs-results.example.gov/card/" + c.nbs + "?dob=" + std::to_string(c.by) + pad2(c.bm) + pad2(c.bd));
    } else if (form == "school") {
      put(x, "url", "https://health.schools.example.k12.us/students/" + fold(c.pt.last) + "-" + fold(c.pt.first) + "/plan");
    } else {
      put(x, "url", "https://mychart.larkhaven-wch.example.org/baby/" + c.bmrn + "/photos");
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    put(x, "ip", "2a02:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r));
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
    say(x, " ");
    put(x, "zip", c.zip);
  } else if (head == "city") {
    put(x, "address", c.city);
  } else if (head == "cityst") {
    put(x, "address", c.city + ", " + c.state);
  } else if (head == "zip") {
    put(x, "zip", c.zip);
  } else if (head == "state") {
    say(x, c.state);
  } else if (head == "street2") {  // another household's street line (placement, carer, school)
    put(x, "address", std::to_string(r.between(10, 9999)) + " " + pickS(r, kStreets24) + " " + pickS(r, kSuffixes24));
  } else if (head == "cityst2") {
    put(x, "address", pickS(r, kTowns24) + ", " + pickS(r, kStates24));
  } else if (head == "city2") {
    put(x, "address", pickS(r, kTowns24));
  } else if (head == "zip2") {
    put(x, "zip", std::to_string(r.between(10, 99)) + r.digits(3) + (r.chance(0.4) ? "-" + r.digits(4) : ""));
  } else if (head == "foreign") {
    put(x, "address", foreignAddress(r, form));
  } else if (head == "s") {
    say(x, sentence24(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx24& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of midwives, neonatal nurses, health visitors,
// school nurses and caseworkers: gestational ages, Apgar scores, weights in grams, centiles,
// vaccine lot numbers, eponymous scores and reflexes (Apgar, Ballard, Moro, Denver, Bishop,
// Silverman, Finnegan), formula and equipment brands, ages of children, times, and place names
// only inside eponyms and brand names.
std::string sentence24(Random& r) {
  const std::string ga = std::to_string(r.between(24, 41)) + "+" + std::to_string(r.between(0, 6));
  const std::string g = std::to_string(r.between(560, 4480));
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string hh = pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59));
  switch (r.between(0, 46)) {
    case 0: return "Born at " + ga + " weeks by spontaneous vaginal delivery; Apgar " + n1 + "/9 at 1 and 5 minutes.";
    case 1: return "Birth weight " + g + " g (" + n2 + "th centile on the Fenton chart); head circumference 33.5 cm.";
    case 2: return "New Ballard score " + n2 + ", consistent with " + ga + " weeks.";
    case 3: return "Moro, rooting, suck and grasp reflexes present and symmetrical; red reflex seen in both eyes.";
    case 4: return "Bishop score 4 at " + hh + "; Propess inserted and reviewed after 24 hours.";
    case 5: return "Denver II at 18 months: passes gross and fine motor, one caution in language.";
    case 6: return "ASQ-3 communication score " + n2 + ", above the cut-off; recheck at the 2-year review.";
    case 7: return "Silverman-Andersen score 3 on admission, on CPAP 6 cmH2O with FiO2 0.30.";
    case 8: return "Finnegan score " + n1 + " at " + hh + "; no morphine needed, continue 4-hourly scoring.";
    case 9: return "Hep B vaccine given IM, lot " + r.letters(1) + r.digits(4) + r.letters(2) + ", expiry on the vial; lot numbers are recorded on the batch log.";
    case 10: return "Vitamin K 1 mg IM given at " + hh + " with parental consent.";
    case 11: return "Feeds: Aptamil First Infant Milk 60 mL 3-hourly, switched from Similac Neosure after discharge.";
    case 12: return "Expressed breast milk fortified with Nutriprem breast milk fortifier, 1 sachet per 50 mL.";
    case 13: return "Transcutaneous bilirubin " + std::to_string(r.between(120, 290)) + " umol/L at 36 hours, below the NICE phototherapy line.";
    case 14: return "Guthrie card taken on day 5 (heel prick); filter paper lot " + r.digits(6) + " within date.";
    case 15: return "Hearing screen: AOAE pass both ears, AABR not required.";
    case 16: return "Pulse oximetry screen 98% right hand and 97% foot, a pass.";
    case 17: return "Dubowitz neurological exam normal for " + ga + " weeks corrected.";
    case 18: return "Kangaroo care " + n1 + " hours today; Giraffe OmniBed humidity weaned to 60%.";
    case 19: return "Nasal High Flow (Optiflow Junior) at 6 L/min; caffeine citrate 5 mg/kg daily.";
    case 20: return "Weight today " + g + " g, up " + n2 + " g; regained birth weight on day 9.";
    case 21: return "Routine immunisations at 8, 12 and 16 weeks: 6-in-1, MenB, rotavirus and PCV13.";
    case 22: return "MMR dose 1 at 12 months and DTaP-IPV with MMR dose 2 at 3 years 4 months.";
    case 23: return "BCG scar present on the left upper arm; no keloid.";
    case 24: return "Group B strep positive at 36 weeks; benzylpenicillin given 4 hours before delivery.";
    case 25: return "Blood group O Rh-negative; anti-D 1500 IU given at 28 weeks and after delivery.";
    case 26: return "Robson group 5 (previous caesarean, singleton cephalic, term).";
    case 27: return "Estimated blood loss " + std::to_string(r.between(200, 1400)) + " mL; syntocinon infusion 40 units over 4 hours.";
    case 28: return "Partogram crossed the alert line at " + hh + "; ARM and oxytocin started.";
    case 29: return "CTG: baseline 140 bpm, variability 5-15, accelerations present, no decelerations (Dawes-Redman criteria met).";
    case 30: return "Cord gases: arterial pH 7.2" + n1 + ", base excess -" + n1 + ".";
    case 31: return "Twin pregnancy, dichorionic diamniotic, growth discordance " + n2 + "%.";
    case 32: return "Ortolani and Barlow tests negative; hip ultrasound not required.";
    case 33: return "Car seat: Maxi-Cosi Pebble 360, rear-facing, harness at or below the shoulders.";
    case 34: return "Apnoea monitor alarm thresholds: apnoea 20 seconds, bradycardia below 80.";
    case 35: return "Kangaroo pump Joey set at 25 mL/h for 20 hours; extension set changed daily.";
    case 36: return "Weight-for-age on the WHO chart at the " + n2 + "th centile; BMI-for-age at the 50th.";
    case 37: return "Tanner stage 2; height velocity 6 cm per year.";
    case 38: return "Epipen Jr 0.15 mg kept in the school office; Jext 150 as the spare.";
    case 39: return "Insulin carbohydrate ratio 1 unit per 15 g at lunch; Dexcom G7 alerts to the parent app.";
    case 40: return "Safe sleep: on the back, in a Moses basket or cot, feet to foot, no pillows or bumpers.";
    case 41: return "Edinburgh Postnatal Depression Scale " + n2.substr(0, 1) + "; no thoughts of self-harm.";
    case 42: return "Down's syndrome screening combined test low chance, 1 in " + std::to_string(r.between(1200, 9000)) + ".";
    case 43: return "Rubella immune; HIV, hepatitis B and syphilis screens negative at booking.";
    case 44: return "Lactation: latch improved with the laid-back position; Medela Symphony pumping 8 times a day.";
    case 45: return "School exclusion for chickenpox until all the spots have crusted over, usually 5 days.";
    default: return "Hand, foot and mouth disease: no exclusion needed if the child is well enough to attend.";
  }
}

struct Template24 {
  std::string_view name;
  Case24 mode;
  std::string_view pattern;
};

constexpr Case24 kN = Case24::asIs;
constexpr Case24 kL = Case24::lower;
constexpr Case24 kU = Case24::upper;

constexpr Template24 kTemplates24[] = {
    {"uk_antenatal_booking", kN,
     "ANTENATAL BOOKING - {hosp}\nName: {mo.full}    DOB: {mdob.dmyslash}    NHS No: {nhs}\nAddress: {foreign.uk}\n"
     "Mobile: {intl.uk}    Email: {email.mo}\nLMP {date.dmyslash}    EDD {later.dmyslash}    Gravida 2 Para 1\n"
     "Partner: {fa.full}, {job}\nNamed midwife: Midwife {s2.full}, RM\n{s}\n"},
    {"india_mcp_card", kN,
     "MOTHER AND CHILD PROTECTION CARD\nMother: {mo.UP}    Husband: {fa.UP}\nAadhaar: {aadhaar}    PM-JAY: {hp.in}\n"
     "Address: {foreign.in}\nMobile: {intl.in}\nLMP: {date.dmydash}    EDD: {later.dmydash}\nANM: Smt. {s4.full}\n{s}\n"},
    {"kenya_mch_booklet", kN,
     "MOTHER AND CHILD HEALTH HANDBOOK\nName of mother: {mo.full}    Age: {momage}\nSHA No.: {hp.ke}\nResidence: {foreign.ke}\n"
     "Phone: {intl.ke}\nChild's name: {pt.full}    Date of birth: {bdob.dmyslash}    Sex: {sex}\nBirth weight: {grams} g\n"
     "Health worker: {s3.full}\n"},
    {"mutterpass_transcription", kN,
     "MUTTERPASS (Übertragung)\nName: {mo.LF}    Geburtsdatum: {mdob.dotted}\nVersichertennummer: {hp.de}\n"
     "Anschrift: {foreign.de}\nTelefon: {intl.de}\nErrechneter Termin: {later.dotted}\nHebamme: Frau {s2.full}\n"
     "Frauenarzt: Dr. {s1.full}\n{s}\n"},
    {"boshi_techo_transcription", kN,
     "BOSHI TECHO (maternal and child health handbook) - transcription\n母の氏名 Mother: {mo.UP}\n生年月日 DOB: {mdob.jp}\n"
     "住所 Address: {foreign.jp}\n電話 Tel: {intl.jp}\n保険証 Insurance card no.: {hp.jp}\n子の氏名 Child: {pt.full}\n"
     "出生 Born: {bdob.reiwa} at {tob}, {grams} g\n"},
    {"us_birth_registration_worksheet", kN,
     "MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE\nChild's name: {pt.fml}    Date of birth: {bdob.mdy0}    Time: {tob}    State file no. {birthcert}\n"
     "Place of birth: {hosp}, {cityst}\nMother's current legal name: {mo.full}    DOB {mdob.mdy0}\n"
     "Mother's residence: {addr}\nMother's occupation: {job}\nFather's name: {fa.full}    DOB {odob}    Occupation: {job}\n"
     "Do you want a Social Security number for the child? yes\nMother's SSN: {ssn}\n"},
    {"uk_birth_notification", kN,
     "BIRTH NOTIFICATION\nBaby: {bg} {pt.last}    NHS No: {nhs}\nBorn {bdob.dmy} at {tob} at {hosp}\n"
     "Mother: {mo.lf}, DOB {mdob.dmyslash}\nHome address: {foreign.uk}\nGP: Dr {s1.fi}\nNotified by Midwife {s2.fl}\n"},
    {"italy_birth_certificate_request", kN,
     "RICHIESTA DI CERTIFICATO DI NASCITA\nNome del bambino: {pt.full}\nNato il {bdob.dotted} alle ore {tob}\n"
     "Madre: {mo.full}    Padre: {fa.full}\nIndirizzo: {foreign.it}\nTelefono: {intl.it}\nAtto n. {num.5}\n"},
    {"labour_flowsheet", kN,
     "LABOUR AND DELIVERY FLOWSHEET    Patient: {mo.LF}    MRN {mrn}    {date.mdy0}\n"
     "Time  | Dilation | FHR     | Notes\n{tick} | 4 cm     | 140     | admitted, {s}\n{tick} | 7 cm     | 135     | epidural\n"
     "{tick} | 10 cm    | 130     | pushing\nDelivery at {tob}: {bg} {pt.last}, {grams} g, Apgar {apgar}\nRN: {s5.full}, RN    CNM: {s2.full}, CNM\n"},
    {"delivery_summary", kN,
     "DELIVERY SUMMARY\n{mo.full} (MRN {mrn}), G2P2, delivered a live {bg} on {bdob.long} at {tob} at {ga} weeks.\n"
     "Baby MRN {bmrn}. Birth weight {grams} g. Apgars {apgar}. Father {fa.first} present.\n{s}\nAttending: {s1.full}, MD\n"},
    {"nicu_admission_twins", kN,
     "NICU ADMISSION NOTE - {date.mdy0}\nTwin A of {pt.last} (MRN {bmrn}) and Twin B of {pt.last}, born {bdob.mdy} at {ga} weeks.\n"
     "Mother: {mo.full}, {momage} y, MRN {mrn}. Contact {phone}.\n{s} {s}\nNNP: {s3.full}, NNP    Attending: Dr. {s1.last}\n"},
    {"nicu_daily_progress", kN,
     "NICU PROGRESS  DOL {num.2}   BED 14\nPATIENT   {BG} {pt.LAST}            MRN {bmrn}\nDOB       {bdob.mdy0}       GA {ga}\n"
     "WT        {grams} g\nRESP      {s}\nFEEDS     {s}\nPARENTS   {mo.first} visited; update given by phone {phone}\n"},
    {"triplet_whiteboard", kN,
     "SCBU WHITEBOARD  {date.dm}\nCot 1  Triplet 1 {pt.last}   CPAP\nCot 2  Triplet 2 {pt.last}   air\nCot 3  {k2.fl} \"{k2.nick}\"  photo\n"
     "Nurse in charge: {s5.first}    Consultant: Dr {s1.last}\n"},
    {"newborn_screening_card", kN,
     "NEWBORN SCREENING SPECIMEN CARD    Card no. {nbs}\nBaby's name: {pt.LF}    Sex {sex}    Birth {bdob.mdy0}\n"
     "Mother: {mo.LF}    Mother's DOB {mdob.mdy0}\nMother's phone: {phone}\nHospital: {hosp}    Baby MRN {bmrn}\n"
     "Collected {date.mdy0} {hhmm}    Filter paper lot {num.6}\nSubmitter: {s1.fi}, MD, NPI {npi}\n"},
    {"nbs_repeat_letter", kN,
     "{hosp}\nNewborn Screening Follow-up\n\n{date.long}\n\n{mo.full}\n{addr2}\n\nDear {mo.first},\n\nThe screening card for "
     "{pt.first} (card {nbs}) could not be tested. Please bring {pt.first} back for a repeat heel prick. "
     "Results link: {url.nbs}\n\nSincerely,\n{s4.full}, RN\nPhone {cphone}  Fax {fax}\n"},
    {"milk_bank_label", kN,
     "DONOR HUMAN MILK - PASTEURISED\nDonor ID: {donor}    Pool {num.4}\nExpressed {date.mdy}    Pasteurised {date.md}\n"
     "Recipient: {bg} {pt.last}    MRN {bmrn}\n{s}\n"},
    {"lactation_consult", kN,
     "LACTATION CONSULT\n{mo.full}, day 3 postpartum, baby {pt.first} ({bg} {pt.last}).\n{s} {s}\nRented breast pump serial {serial}.\n"
     "Follow-up call to {phone} on {date.md}.\n{s6.full}, IBCLC\n"},
    {"immunisation_card", kN,
     "IMMUNIZATION RECORD\nChild: {pt.lfm}    DOB: {bdob.mdy0}\nParent: {mo.full}    Phone {phone}\n"
     "Vaccine     Date        Lot\nHepB        {bdob.mdy0}  {lot}\nDTaP        {date.mdy0}  {lot}\nMMR         {date.mdy0}  {lot}\n"
     "Clinic: {hosp}\n"},
    {"school_exemption_form", kN,
     "CERTIFICATE OF IMMUNIZATION EXEMPTION\nStudent: {pt.full}    Date of birth: {bdob.mdy0}    Grade 1\nSchool: {school}\n"
     "Parent/guardian: {fa.full}    Address: {addr}\nPhone: {phone2}\nMedical exemption for: MMR (see letter)\n"
     "Signed: {s1.full}, MD    Date {date.mdy0}\n"},
    {"school_nurse_log", kN,
     "SCHOOL NURSE LOG - {school}\n{date.md} {tick}  {pt.fl} (gr 3) headache, rested, back to class.\n"
     "{date.md} {tick}  {pt.first} inhaler 2 puffs; mum {mo.first} called at {ph7}.\n{date.md} {tick}  {k2.full}, nosebleed, stopped.\n"
     "Nurse {s6.first}\n"},
    {"individual_health_plan", kN,
     "INDIVIDUAL HEALTH PLAN - TYPE 1 DIABETES\nStudent: {pt.full}    DOB {bdob.iso}    Teacher: {s7.full}\n"
     "Parents: {mo.full} {phone}; {fa.full} {phone2}\nHome: {street}, {city}\nCGM app access: {url.school}\n{s}\n"
     "School nurse: {s6.full}, RN    E-mail {email.s6}\n"},
    {"growth_chart_summary", kN,
     "GROWTH SUMMARY for {pt.full}, born {bdob.abbr}\nWeight {grams} g at birth; {s}\nLast measured {date.abbr}.\n"
     "Seen with {his} father {fa.first}. {s}\n"},
    {"developmental_screen", kN,
     "DEVELOPMENTAL SCREEN (ASQ-3)\nChild: {pt.UP}    DOB {bdob.mdy0}    Age at screen 24 months\n"
     "Completed by: {mo.full} ({momage} years old)\n{s} {s}\nReferral to early intervention, {cityst} office.\nScreener: {s7.fi}\n"},
    {"foster_placement_record", kN,
     "FOSTER CARE PLACEMENT RECORD\nChild: {pt.LF}    DOB {bdob.mdy0}    Case no. {case}\nPlacement: {k2.full} ({rel})\n"
     "Placement address: {street2}, {cityst2} {zip2}\nPlacement date: {date.mdy0}\nCaseworker: {s8.full}, MSW, {cphone}\n"
     "Birth parents: {mo.full} and {fa.full}; supervised visits only.\nAgency: {agency}\n"},
    {"adoption_home_study", kN,
     "ADOPTION HOME STUDY - EXCERPT\nPrepared for the adoption of {pt.full} (born {bdob.long}).\nApplicants: {k2.full} and {fa.full}, "
     "{addr}.\nThe home at {city} has a fenced yard. {s}\nSocial worker: {s8.fml}, LCSW\n"},
    {"court_order_summary", kN,
     "SUMMARY OF COURT ORDER (docket {docket})\nIn the matter of {pt.fml}, a minor, born {bdob.mdy0}.\nJudge {s7.full} ordered temporary "
     "custody to {agency} on {date.long}.\nMother {mo.full} to complete a parenting course; next hearing {later.mdy0}.\n"
     "Case no. {case}\n"},
    {"ivf_lab_record", kN,
     "IVF LABORATORY RECORD\nPatient: {mo.LF}    DOB {mdob.mdy0}    MRN {mrn}\nPartner: {fa.LF}\nOocyte donor code: {donor.gamete}\n"
     "Retrieval {date.mdy0}: 12 oocytes, 9 MII. Embryo ID E{num.4}-03 blastocyst 4AA frozen, straw 2.\n{s}\nEmbryologist: {s3.fi}\n"},
    {"surrogacy_summary", kN,
     "GESTATIONAL CARRIER AGREEMENT - MEDICAL SUMMARY\nIntended parents: {mo.full} (passport {passport}) and {fa.full}\n"
     "Gestational carrier: {k2.full}, DOB {odob}, {street2}, {cityst2} {zip2}\nCarrier's phone: {cphone}\nEmbryo transfer {date.mdy}; EDD {later.mdy}.\n"
     "Insurance for the carrier: member {plan}\n"},
    {"paternity_report", kN,
     "DNA PATERNITY TEST REPORT    Case {dna}\nChild: {pt.full}    DOB {bdob.mdy0}\nMother: {mo.full}\nAlleged father: {fa.full}, "
     "licence {lic}\nCollected {date.mdy0}. Combined paternity index 1,240,000; probability of paternity 99.99%.\nDirector: {s1.full}, PhD\n"},
    {"child_protection_referral", kN,
     "CHILD PROTECTION REFERRAL\nChild: {pt.full}, DOB {bdob.mdy0}\nHome: {addr}\nCaregivers: {mo.full} (mother), {k2.full} "
     "(mother's partner), DOB {odob}\nConcern: unexplained bruising seen {date.mdy}. {s}\nReferrer: {s5.full}, RN, {cphone}\n"
     "Intake no. {case}\n"},
    {"car_seat_check", kN,
     "CAR SEAT CHECK\nFamily: {mo.full}    Phone {phone}\nVehicle: plate {plate} ({state}), VIN {vin}\nSeat serial: {serial}, "
     "manufactured 2023\n{s}\nTechnician: {s7.full}, CPST\n"},
    {"uk_car_seat_check", kN,
     "Car seat check before discharge ({date.dmyslash})\nParent {fa.full}, car reg {fplate}\nSeat serial {serial}. "
     "{s}\nChecked by {s5.fl}\n"},
    {"feeding_pump_record", kN,
     "HOME ENTERAL FEEDING EQUIPMENT\nPatient: {pt.full}    DOB {bdob.mdy0}    MRN {bmrn}\nPump serial: {serial}\n"
     "Delivered to {street}, {cityst} {zip} on {date.mdy}\nCarer: {mo.full}, {phone}\n{s}\n"},
    {"apnoea_monitor_record", kN,
     "HOME APNEA MONITOR\n{bg} {pt.last} / {pt.first}    MRN {bmrn}\nMonitor serial {dev}; spare {serial}\nDownload {date.mdy0} "
     "from IP {ip}\n{s}\nDME contact {ph7}\n"},
    {"parent_portal_message", kL,
     "from: {email.mo}\nsent: {date.mdy}\n\nhi its {mo.low}, {pt.lowfirst}'s mum. {he} has had a fever since {date.md} and "
     "wont feed. we moved to {street}, {city} last week. my new number is {phone}. can dr {s1.lowlast} call me?\n{mo.lowfirst}\n"},
    {"sms_reminders", kN,
     "SMS LOG\n{date.iso} {tick} to {phone}: Reminder: {pt.first}'s 2-month jabs on {later.dmy} at {tob}. Reply Y to confirm.\n"
     "{date.iso} {tick} from {phone}: Y\n{date.iso} {tick} to {intl.uk}: Hi {mo.first}, your health visitor {s4.first} will call today.\n"},
    {"ward_whiteboard", kU,
     "POSTNATAL WARD BOARD  {date.md}\nBAY 1  {mo.last} + {bg} - BF, Obs 4-hourly\nBAY 2  {k2.last}  - awaiting paeds review\n"
     "MW: {s2.first} / {s5.first}\n"},
    {"hl7_adt_newborn", kN,
     "MSH|^~\\&|L&D|LARKHAVEN|||{date.compact}{hhmm}||ADT^A28|{num.8}|P|2.5\nPID|1||{bmrn}^^^MRN||{pt.HL7}||{bdob.compact}{hhmm}|{sex}|||"
     "{street}^^{city}^{state}^{zip}||{phone}\nNK1|1|{mo.HL7}|MTH|||{phone2}\n"},
    {"hearing_screen_json", kN,
     "{lb}\"screen\": \"newborn_hearing\", \"infant\": {lb}\"name\": \"{pt.full}\", \"mrn\": \"{bmrn}\", \"dob\": \"{bdob.iso}\"{rb}, "
     "\"mother\": \"{mo.full}\", \"result\": \"pass\", \"device_ip\": \"{ip6}\", \"screener\": \"{s5.fl}\"{rb}\n"},
    {"handwritten_note", kN,
     "[handwritten note, transcribed]\nTo the nurse - {pt.nick} ({pt.full}) has a peanut allergy!! Epipen in her bag.\n"
     "If anything happens ring me {ph7} or her Nan {k2.first} on {cphone}.\n- {mo.first}  {date.md}\n"},
    {"discharge_letter", kN,
     "{hosp}\nNeonatal Unit\n\n{date.long}\n\nDr {s1.full}\nGeneral Practitioner\n\nRe: {pt.full}, DOB {bdob.dmyslash}, Hospital no. {bmrn}\n"
     "Address: {foreign.uk}\n\nDear Dr {s1.last},\n{pt.first} was discharged home today at {ga} weeks corrected. {s} {s}\n\n"
     "Yours sincerely,\n\n{s3.full}\nConsultant Neonatologist\nTel {intl.uk}\n"},
    {"family_history", kN,
     "FAMILY HISTORY (paediatric genetics)\nProband: {pt.full}, {kidage} years.\nMaternal great-grandmother {gg.full}, {ggage.aged}, "
     "has hearing loss.\nPaternal great-grandfather alive at {ggage.words}, lives in {city2}.\nGrandparents in their sixties, well.\n{s}\n"},
    {"family_history_pedigree", kN,
     "PEDIGREE NOTES\nI-1 {gg.fi}, {ggage.slash}, dementia\nI-2 deceased\nII-1 {fa.first}, 34\nIII-1 {pt.first} (proband)\n"
     "Great-great-grandmother said to be {ggage.wordsyo} and living with family.\nCounsellor: {s4.full}\n"},
    {"spanish_well_child", kN,
     "CONTROL DE NIÑO SANO\nNombre: {pt.full}    Fecha de nacimiento: {bdob.es}\nMadre: {mo.full}    Tel. {intl.mx}\n"
     "Domicilio: {foreign.mx}\nBisabuela de {ggage.num} años vive en casa.\n{s}\n"},
    {"home_visit_log", kN,
     "HEALTH VISITOR HOME VISIT\nVisit {date.dmyslash} to {mo.full} and {pt.first} at {foreign.uk}.\n{s}\nDad ({fa.first}) at work. "
     "Next visit {later.dmyslash}.\nHV {s4.fi}\n"},
    {"ssn_at_birth", kN,
     "ENUMERATION AT BIRTH - CONFIRMATION\nChild: {pt.fml}    DOB {bdob.mdy0}\nSSN assigned: {bssn}    Birth certificate no. {birthcert}\nMother: {mo.full}    SSN {ssnbare}\n"
     "Mailing address:\n{addr2}\n"},
    {"medicaid_newborn_enrolment", kN,
     "NEWBORN MEDICAID ENROLLMENT\nNewborn: {bg} {pt.last}    DOB {bdob.mdy0}\nMother: {mo.lfm}    Medicaid ID {medicaid}\n"
     "Newborn Medicaid ID {medicaid}\nHospital account {acct}\nPhone {phone}    Fax to county office {fax}\n"},
    {"portal_access_log", kN,
     "PARENT PORTAL ACCESS LOG\n{date.iso} {tick} login {email.fa} from {ip} - viewed {pt.first}'s photos {url.portal}\n"
     "{date.iso} {tick} login {email.mo} from {ip6} - downloaded growth chart\n"},
    {"insurance_card_copy", kN,
     "INSURANCE (scanned card)\nSubscriber: {fa.UP}    Member ID {plan}\nDependent: {pt.UP}    DOB {bdob.mdy0}\nGroup {num.6}\n"
     "Subscriber SSN: {ssn}\n"},
    {"no_phi_gestation_reference", kN, "GESTATION AND APGAR REFERENCE\n{s}\n{s}\n{s}\n"},
    {"no_phi_formula_preparation", kN,
     "FORMULA PREPARATION (parent leaflet)\n1. Boil 1 litre of fresh tap water and leave to cool for no more than 30 minutes.\n2. {s}\n3. {s}\n"},
    {"no_phi_vaccine_schedule", kN, "ROUTINE CHILDHOOD SCHEDULE\n{s}\n{s}\nLot numbers go on the batch log, not in this table.\n"},
    {"no_phi_newborn_checklist", kN, "NEWBORN CHECKLIST (blank)\n[ ] {s}\n[ ] {s}\n[ ] Cord clamp removed at 48 hours.\n"},
    {"no_phi_ballard_guide", kU, "BALLARD SCORING GUIDE\n{s}\n{s}\n"},
    {"no_phi_phototherapy_chart", kN, "PHOTOTHERAPY THRESHOLDS (unit guideline)\n{s}\n{s}\n"},
    {"no_phi_safe_sleep", kN, "SAFE SLEEP - ADVICE FOR PARENTS\n{s}\n{s}\n"},
    {"no_phi_centile_table", kN, "GROWTH CENTILES (WHO 0-2 years)\n{s}\n{s}\n"},
    {"no_phi_school_medicines_policy", kN, "SCHOOL MEDICINES POLICY 2024\n{s} {s}\n"},
    {"no_phi_unit_census", kN, "NICU CENSUS (no identifiers)\nIntensive care 6, high dependency 8, special care 11.\n{s}\n{s}\n"},
};

}  // namespace

std::size_t twentyFourthTemplateCount() { return std::size(kTemplates24); }

std::string_view writeTwentyFourthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice) {
  const Cast24 cast = makeCast24(seed, patientIndex);
  const Template24& t = kTemplates24[choice % std::size(kTemplates24)];
  Ctx24 x{builder, cast, t.mode, {}, -1};
  expand(x, t.pattern);
  return t.name;
}

std::string twentyFourthSentence(Random& r) { return sentence24(r); }

}  // namespace concord::phi::corpus
