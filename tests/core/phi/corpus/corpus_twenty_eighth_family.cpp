// The twenty-eighth family (kTwentyEighthSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is allied health, rehabilitation, long-term and home care: what
// physiotherapists, occupational and speech therapists, dietitians, podiatrists, audiologists,
// orthotists and prosthetists, seating clinics, cardiac and pulmonary rehab, home-care agencies,
// carers, equipment stores, benefit offices, interpreters and families write about a person, from
// Vietnam, Indonesia, Thailand, Pakistan, Egypt, Ghana, Ethiopia, Ukraine, Greece, Romania,
// Hungary, Czechia, the US and Canada.
// Document styles: US outpatient PT initial evaluation, home-health skilled nursing visit, durable
// medical equipment loan agreement (hoist and hospital bed serials), disability treating-source
// statement, disability parking placard certification (licence, plate, VIN, placard number),
// lower-case carer's daily log, cardiac rehab session sheet with an upload IP, rehab exercise app
// CSV export (YYYYMMDD birth date, e-mail, IPv6, share link), respite booking e-mail, telehealth PT
// session log, return-to-work plan, bedside swallow evaluation (SLP), podiatry diabetic foot check,
// meals-on-wheels referral, home-care caregiver timesheet, AFO orthotic order, DME delivery ticket
// (capitals); Canadian transfer to inpatient rehab (Ontario health card), wheelchair seating clinic
// (BC PHN, chair and cushion serials), audiology report with hearing-aid serials, pulmonary rehab
// discharge with the home oxygen concentrator's serial; Vietnamese rehabilitation treatment sheet
// in Vietnamese (CCCD, BHYT), discharge-to-rehab transfer, lower-case Zalo family group, hearing
// camp referral; Indonesian physiotherapy note (NIK, BPJS, Indonesian month names), home-care
// roster, lower-case WhatsApp family group and therapist chat; Thai stroke rehab goal sheet
// (Buddhist-era years, Thai month abbreviations), community home visit, wheelchair distribution
// record, lower-case LINE ward group; Pakistani physiotherapy discharge summary (CNIC), prosthetic
// fitting record, speech-therapy request e-mail, Roman-Urdu SMS reminder; Egyptian PM&R report
// (national ID, three-part names), interpreter booking record, clinical nutrition consult,
// lower-case Franco-Arabic family chat; Ghanaian physiotherapy continuation card (Ghana Card, NHIS,
// GhanaPost digital address), home adaptation referral, NHIS claim form (capitals); Ethiopian rehab
// centre card (Fayda FIN, CBHI, Ethiopian-calendar date), orthopaedic workshop order, lower-case
// family chat (given name + father's name); Ukrainian individual rehabilitation programme
// (transliterated, RNOKPP), lower-case Telegram family chat, US interpreter log, prosthetic letter,
// disability assessment decision; Greek physiotherapy referral (AMKA), Help-at-Home visit note,
// telerehab access log, KEPA disability certificate; Romanian medical letter (CNP), disability
// assessment (CNAS card, file number), home-care roster (capitals); Hungarian rehabilitation
// discharge report (TAJ, family name first, Hungarian dates), home nursing visit sheet,
// rehabilitation benefit application; Czech rehabilitation report (rodné číslo, Czech women's
// surnames), equipment loan contract (wheelchair and bed serials), interpreter booking e-mail,
// care-allowance social assessment; Canadian PSW home-care schedule; and twelve kinds of note
// without PHI (speech and swallow exercises, home exercise programme, cardiac rehab protocol, IDDSI
// guide, hearing-loss grades, seating measurement guide, falls class, hoist checklist, nutrition
// reference ranges, stroke outcome measures, foot-care leaflet, MDT meeting note) full of sets and
// repetitions, ranges of motion, scores (Barthel 85/100, Berg 42/56), times, doses, model numbers
// and reference ranges.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions for rehabilitation, home-care and international records.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "NIK: ", "Số CCCD: ",
//    "AMKA: ", "TAJ: ", "RČ: ", "Fayda FIN: "), CSV commas, brackets and trailing punctuation are
//    outside.
//  * Names: titles and roles before a name ("Dr. ", "Prof. Dr. ", "BS. ", "MUDr. ", "Dear ",
//    "pan ", "bà ", "ông ", "mbah ", "bu ", "khun ", "physio ", "PSW ") are outside, and so are
//    credentials after it (", PT, DPT", ", OTR/L", ", RN", ", CEP", ", MS, CCC-SLP", ", Aud(C)",
//    ", OT Reg. (NS)", ", S.Tr.Ft", ", DPT", ", RRT", ", CO", ", OT") and roles in brackets. A name
//    written in one piece is one span in the order the record writes it: Vietnamese and Hungarian
//    family name first ("Lưu Thị Lụa", "Halász Gizella"), an Indonesian single name ("Wagiyem"),
//    Ethiopian given name + father's name ("Askale Desta"), Egyptian given + father's + family name
//    ("Samiha Mahrous Hegazy", inverted "HEGAZY, Samiha Mahrous"), Pakistani compound given names
//    ("Ghulam Farid Gondal"), Greek and Czech women's surname forms ("Mavrommati", "Karamanlidou",
//    "Holubová", "Pokorná"), Ukrainian and Greek names transliterated, "DRUMHELLER, Lafe", names in
//    capitals and lower-case names in chats and logs; a given name alone ("Lụa", "khoát") is a name
//    span; a possessive "'s" is outside.
//  * Everyone named is PHI: patients, relatives and carers, therapists, nurses, aides, drivers,
//    interpreters, village health volunteers, prescribers and anyone else named.
//  * Dates: the date only; a time after it is outside. Every form is a date: US, ISO, YYYYMMDD,
//    month/day, day-first with slashes and dots, "5-Mar-2024", "5th March, 2024", Vietnamese
//    "ngày 5 tháng 3 năm 2024", Indonesian "5 Maret 2024", Thai "5 มี.ค. 2567" and "05/03/2567"
//    (Buddhist era; the "B.E." after it outside), Ethiopian-calendar dates ("05/03/2016"; the
//    "E.C." after it outside; templates may write them unmarked), Ukrainian "5 bereznia 2024",
//    Romanian "5 martie 2024", Hungarian "2024. március 5" and "2024.03.05" (the closing dot of a
//    Hungarian date is outside, like trailing punctuation), Czech "5. března 2024" and
//    "5. 3. 2024". Not PHI: years alone, times, durations, session counts ("14 of 36"), scores and
//    pressures that look like dates ("42/56", "138/76", "90/180").
//  * Ages: a span only over 89, the number only ("93" of "93-year-old", "Age 93", "93 eton",
//    "93 éves", "93/F", "aged 93") or its words ("ninety-three"). Ages of 89 or less are not PHI.
//  * Phones: every phone number written is a gold phone, in each country's national and
//    international forms and seven-digit US local numbers; numbers labelled fax are "fax". Booking
//    and job references ("AB-123456") are not PHI.
//  * Identifiers: decisions for the new kinds, following earlier families (national identity cards
//    like the Emirates ID and T.C. Kimlik are "license"; personal numbers that key the health
//    record, like PESEL and the Scandinavian personal numbers, are "mrn"; insurance and
//    health-scheme numbers are "health_plan"; claim numbers are "account"):
//    - "license": Vietnamese CCCD, Indonesian NIK, Thai national ID, Pakistani CNIC, Egyptian
//      national ID, Ghana Card PIN ("GHA-123456789-0", one span with its prefix), Ethiopian Fayda
//      FIN, Ukrainian RNOKPP (tax number), US driver's licences and disability parking placard
//      numbers (a number on a person's card).
//    - "mrn": hospital, folder, file, card and HN numbers; the Greek AMKA, Romanian CNP and Czech
//      rodné číslo (birth numbers the health record is keyed on, like PESEL).
//    - "health_plan": Vietnamese BHYT card, Indonesian BPJS Kesehatan, Ghana NHIS, Ethiopian CBHI
//      membership ("CBHI/123456", one span), Hungarian TAJ (the social-insurance number is the
//      health-insurance number), Romanian CNAS health-card number, the Greek EOPYY registration
//      number, Ontario health card (with its version letters), BC PHN, US Medicare MBI. The Czech
//      insurer's code ("Pojišťovna: 111") is not PHI.
//    - "account": hospital account numbers, disability and workers' compensation claim numbers and
//      benefit file numbers ("Dosar nr.", "Ügyszám").
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of equipment loaned to or fitted for one person and kept by them (hoist,
//      hospital or profiling bed, wheelchair and its cushion, rollator, home oxygen concentrator,
//      hearing aids, prosthesis knee units and prostheses): a loaned hoist's serial is PHI, because
//      the loan register ties it to the borrower's name and home. Model numbers ("Oxford Mini 140",
//      "model 12-203", "KX-16"), clinic gym equipment, the loan store's asset tags and sling sizes
//      are not PHI.
//    - "vehicle": plates (of the patient's car on US, Romanian and Hungarian parking applications,
//      and of a delivery van that came to the home) and VINs. Booking references, session numbers,
//      insurer codes and exercise codes are not PHI.
//  * Addresses: every street address written is an "address" span, in the country's order, with
//    house and flat numbers, ward, kebele and woreda, RT/RW, sub-district, town and the postcode
//    inside when they follow on the same line ("6720 Szeged, Kárász utca 9. 2/5",
//    "Cejl 1204/18, 602 00 Brno", "..., Iași 700259", "Odos Tsimiski 45, 546 24 Thessaloniki", a
//    GhanaPost digital address "GA-183-8164" at its end); a town or commune alone and "Town, ST"
//    are "address" spans; a US ZIP (or ZIP+4) is its own "zip" span. Hospitals, clinics, agencies,
//    countries and provinces alone and eponyms (Berg, Barthel, Borg, Otago) are not PHI.
//  * URLs are one span with path and query; e-mail addresses one span each; IPv4 and IPv6 of a
//    patient's logins and uploads are "ip" spans.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_eighth_family.h"
#include "corpus_text.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

enum class R28 { us, ca, vn, id, th, pk, eg, gh, et, ua, gr, ro, hu, cz };

// POOLS-BEGIN
// Name pools and places of the family's countries, its own, written by hand. Women's given names
// come first in each given-name pool (the first four).
constexpr std::string_view kGivenUs28[] = {"Lurleen", "Euna", "Verna-Lee", "Mittie", "Lafe", "Otha", "Delmar",
                                           "Lonzo", "Virgle", "Elzie"};
constexpr std::string_view kFamilyUs28[] = {"Kimbrough-Tate", "Drumheller", "Blankenbaker", "Yelverton", "Ruhlman",
                                            "Vanderhoof", "Gaddy", "Pennebaker", "Roudebush", "Slaughterbeck"};
constexpr std::string_view kGivenCa28[] = {"Maude-Anne", "Rhoda", "Glenna", "Lettie-Mae", "Alcide", "Lorne",
                                           "Leander", "Mervin", "Angus-Roy"};
constexpr std::string_view kFamilyCa28[] = {"MacIsaac", "Doucette-Boyd", "Chiasson", "Saulnier", "Fougere",
                                            "MacEachern", "Theriault-Mann", "Comeau-Rudd"};
constexpr std::string_view kGivenVn28[] = {"Thị Lụa", "Thị Mận", "Thị Nguyệt Ánh", "Thị Xoan", "Văn Khoát",
                                           "Đình Phùng", "Hữu Toản", "Văn Thiệp", "Quang Lộc"};
constexpr std::string_view kFamilyVn28[] = {"Lưu", "Tạ", "Khổng", "Quách", "Giáp", "Mạc", "Thân", "Nghiêm"};
constexpr std::string_view kGivenId28[] = {"Wagiyem", "Sumarni", "Ngatiyem", "Suwarsih", "Tukiran", "Paimin",
                                           "Poniman", "Sarjono", "Kasmadi"};
constexpr std::string_view kFamilyId28[] = {"", "", "", "Wibisono", "Tampubolon", "Sitanggang", "Prawirodihardjo"};
constexpr std::string_view kGivenTh28[] = {"Pranee", "Nongluck", "Sunantha", "Buppha", "Thawatchai", "Wichian",
                                           "Somchet", "Bunsong", "Chaluay"};
constexpr std::string_view kFamilyTh28[] = {"Kaewmanee", "Phothisarn", "Thongdee", "Rattanakosol", "Boonyarit",
                                            "Saengthong", "Inthaphan"};
constexpr std::string_view kGivenPk28[] = {"Shamim Akhtar", "Nusrat Bibi", "Zarina", "Kaneez Fatima", "Ghulam Farid",
                                           "Zulfiqar Ali", "Muhammad Siddique", "Altaf Hussain"};
constexpr std::string_view kFamilyPk28[] = {"Gondal", "Khattak", "Niazi", "Warraich", "Chattha", "Kharal", "Dogar"};
constexpr std::string_view kGivenEg28[] = {"Samiha", "Nagwa", "Fathia", "Tahany", "Mahrous", "Abdelfattah", "Shawky",
                                           "Ezzat"};
constexpr std::string_view kFamilyEg28[] = {"El-Shennawy", "Abou Zeid", "Hegazy", "El-Gammal", "Morsy",
                                            "Abdel-Moneim"};
constexpr std::string_view kFatherEg28[] = {"Mahrous", "Abdelfattah", "Shawky", "Ezzat", "Ragab", "Metwally"};
constexpr std::string_view kGivenGh28[] = {"Ekuba", "Afua-Serwaa", "Maanan", "Mansa", "Kwesi Atta", "Ebo Nkum",
                                           "Kojo Bentum", "Ato Kwamena", "Nii Okai"};
constexpr std::string_view kFamilyGh28[] = {"Dankwa", "Quaicoe", "Ankomah-Sey", "Abakah", "Essilfie", "Bekoe",
                                            "Ocran"};
constexpr std::string_view kGivenEt28[] = {"Yeshimebet", "Mulunesh", "Askale", "Tiruwork", "Getachew", "Dereje",
                                           "Tilahun", "Asnake", "Wondimu"};
constexpr std::string_view kFatherEt28[] = {"Desta", "Haileyesus", "Wolderufael", "Tessema", "Ayalew", "Zewdie",
                                            "Gebrekidan"};
constexpr std::string_view kGivenUa28[] = {"Nadiia", "Vira", "Odarka", "Yevdokiia", "Hryhorii", "Ihnat", "Fedir",
                                           "Panteleimon"};
constexpr std::string_view kFamilyUa28[] = {"Melnychuk", "Dziuba", "Pidhirnyi", "Ostapchuk", "Yatsenko", "Hnatiuk",
                                            "Boichuk"};
constexpr std::string_view kGivenGr28[] = {"Evangelia", "Theopisti", "Polyxeni", "Efstathia", "Charalampos",
                                           "Dimosthenis", "Efstratios", "Prodromos"};
constexpr std::string_view kFamilyGr28[] = {"Karamanlidis", "Tsakiridis", "Vlachogiannis", "Mavrommatis", "Kouroupis",
                                            "Theodorakopoulos"};
constexpr std::string_view kGivenRo28[] = {"Gheorghița", "Lucreția", "Veturia", "Floarea", "Marin", "Vasile-Dorin",
                                           "Petrică", "Neculai"};
constexpr std::string_view kFamilyRo28[] = {"Vasilache", "Răducanu", "Țurcanu", "Bălan", "Ciobotaru", "Zăvoianu"};
constexpr std::string_view kGivenHu28[] = {"Gizella", "Jolán", "Rozália", "Etelka", "Tibor", "Dezső", "Árpád",
                                           "Kálmán"};
constexpr std::string_view kFamilyHu28[] = {"Halász", "Somogyi", "Bognár", "Pintér", "Vörös", "Szalontai"};
constexpr std::string_view kGivenCz28[] = {"Květoslava", "Bohumila", "Miloslava", "Drahomíra", "Vratislav",
                                           "Břetislav", "Oldřich", "Lubomír"};
constexpr std::string_view kFamilyCz28[] = {"Kratochvíl", "Holub", "Šťastný", "Pokorný", "Beneš", "Havlík"};
struct Town28 {
  std::string_view town, state, zip3;
};
constexpr Town28 kTowns28[] = {{"Pocahontas", "AR", "724"}, {"Vevay", "IN", "470"},   {"Ekalaka", "MT", "593"},
                               {"Hahira", "GA", "316"},     {"Niobrara", "NE", "687"}, {"Blairstown", "IA", "522"},
                               {"Tionesta", "PA", "163"},   {"Wallowa", "OR", "978"},  {"Quitman", "MS", "393"},
                               {"Mullens", "WV", "248"},    {"Hulett", "WY", "827"},   {"Grygla", "MN", "567"}};
constexpr std::string_view kStreets28[] = {"Tanyard", "Haymeadow", "Sorghum Mill", "Depot Hill", "Bluebird Hollow",
                                           "Cider Press", "Oxbow Bend"};
// POOLS-END
constexpr std::size_t kWomen28 = 4;  // the first four given names of each pool are women's
constexpr std::string_view kSuffixes28[] = {"Road", "Rd", "Street", "St", "Lane", "Ln", "Drive", "Pike", "Avenue"};
constexpr std::string_view kUnits28[] = {"Apt 3", "Unit 11", "#204", "Apt. 1C", "Lot 7"};
constexpr std::string_view kRelationsF28[] = {"daughter", "niece", "granddaughter", "sister", "daughter-in-law",
                                              "neighbour"};
constexpr std::string_view kRelationsM28[] = {"son", "nephew", "grandson", "brother", "son-in-law", "neighbour"};
constexpr std::string_view kMail28[] = {"mail.example.com", "inbox.example.net", "post.example.org",
                                        "webmail.example.info"};
constexpr std::array<std::string_view, 12> kMonths28 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kBulan28 = {"Januari", "Februari", "Maret", "April", "Mei", "Juni",
                                                       "Juli", "Agustus", "September", "Oktober", "November",
                                                       "Desember"};
constexpr std::array<std::string_view, 12> kLuni28 = {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie",
                                                      "iulie", "august", "septembrie", "octombrie", "noiembrie",
                                                      "decembrie"};
constexpr std::array<std::string_view, 12> kHonap28 = {"január", "február", "március", "április", "május",
                                                       "június", "július", "augusztus", "szeptember", "október",
                                                       "november", "december"};
constexpr std::array<std::string_view, 12> kMesic28 = {"ledna", "února", "března", "dubna", "května", "června",
                                                       "července", "srpna", "září", "října", "listopadu", "prosince"};
constexpr std::array<std::string_view, 12> kThaiMon28 = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                                         "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
constexpr std::array<std::string_view, 12> kMisiats28 = {"sichnia", "liutoho", "bereznia", "kvitnia", "travnia",
                                                         "chervnia", "lypnia", "serpnia", "veresnia", "zhovtnia",
                                                         "lystopada", "hrudnia"};

struct Person28 {
  std::string first, last, father, base;  // base: the surname's men's form
  bool female = false;
};

struct Cast28 {
  R28 region = R28::us;
  Person28 pt, kin;
  std::array<Person28, 4> staff;
  int by = 1940, bm = 1, bd = 1, age = 84;
  std::string street, city, state, zip, rel;
};

enum class Case28 { asIs, lower, upper };

struct Ctx28 {
  NoteBuilder& b;
  const Cast28& c;
  Case28 mode;
};

std::string up28(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low28(std::string s) { return recaseUtf8(std::move(s), false); }
std::string cased28(const Ctx28& x, std::string s) {
  if (x.mode == Case28::lower) return low28(std::move(s));
  if (x.mode == Case28::upper) return up28(std::move(s));
  return s;
}
void put28(Ctx28& x, std::string_view category, std::string v) { x.b.phi(category, cased28(x, std::move(v))); }
void say28(Ctx28& x, std::string v) { x.b.text(cased28(x, std::move(v))); }
std::string pick28(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }



struct Pools28 {
  std::span<const std::string_view> given, family;
};

Pools28 pools28(R28 g) {
  switch (g) {
    case R28::us: return {kGivenUs28, kFamilyUs28};
    case R28::ca: return {kGivenCa28, kFamilyCa28};
    case R28::vn: return {kGivenVn28, kFamilyVn28};
    case R28::id: return {kGivenId28, kFamilyId28};
    case R28::th: return {kGivenTh28, kFamilyTh28};
    case R28::pk: return {kGivenPk28, kFamilyPk28};
    case R28::eg: return {kGivenEg28, kFamilyEg28};
    case R28::gh: return {kGivenGh28, kFamilyGh28};
    case R28::et: return {kGivenEt28, kFatherEt28};
    case R28::ua: return {kGivenUa28, kFamilyUa28};
    case R28::gr: return {kGivenGr28, kFamilyGr28};
    case R28::ro: return {kGivenRo28, kFamilyRo28};
    case R28::hu: return {kGivenHu28, kFamilyHu28};
    case R28::cz: return {kGivenCz28, kFamilyCz28};
  }
  return {kGivenUs28, kFamilyUs28};
}

// Women's surnames: Greek -is becomes -i (Karamanlidis, Karamanlidi), Czech surnames take -ová or
// -á (Holubová, Pokorná).
void femaleForm28(Person28& p, R28 g) {
  if (!p.female) return;
  std::string& s = p.last;
  if (g == R28::gr) {
    if (s.ends_with("idis")) s = s.substr(0, s.size() - 2) + "ou";
    else if (s.ends_with("os")) s = s.substr(0, s.size() - 2) + "ou";
    else if (s.ends_with("is")) s.pop_back();
  }
  if (g == R28::cz) {
    if (s.ends_with("ý")) s = s.substr(0, s.size() - 2) + "á";
    else s += "ová";
  }
}

Person28 person28(Random& r, R28 g) {
  const Pools28 p = pools28(g);
  Person28 q;
  const std::size_t k = r.next() % p.given.size();
  q.first = std::string(p.given[k]);
  q.female = k < kWomen28;
  q.last = pick28(r, p.family);
  q.base = q.last;
  q.father = g == R28::eg ? pick28(r, kFatherEg28) : std::string();
  femaleForm28(q, g);
  return q;
}

Cast28 makeCast28(std::uint64_t seed, std::size_t patientIndex, R28 g) {
  Random r((seed + 0x2828ULL) * 0x94d049bb133111ebULL ^
           (patientIndex * 0x9e3779b97f4a7c15ULL + 0x28281ULL + static_cast<std::uint64_t>(g) * 0x100000001b3ULL));
  r.next();
  Cast28 c;
  c.region = g;
  c.pt = person28(r, g);
  c.kin = person28(r, g);
  while (c.kin.first == c.pt.first) c.kin = person28(r, g);
  if (g != R28::et && g != R28::id && r.chance(0.5)) {
    c.kin.last = c.kin.base = c.pt.base;
    femaleForm28(c.kin, g);  // the relative's own form of the shared surname
  }
  if (g == R28::et) {  // a son or daughter carries the patient's given name as the father's name
    c.kin.last = c.pt.first;
  }
  for (Person28& s : c.staff) s = person28(r, g);
  c.age = r.chance(0.35) ? r.between(90, 104) : r.between(38, 89);
  c.by = 2025 - c.age;
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  const Town28& t = r.pick(std::span<const Town28>(kTowns28));
  c.street = std::to_string(r.between(3, 9870)) + " " + pick28(r, kStreets28) + " " + pick28(r, kSuffixes28);
  if (r.chance(0.3)) c.street += ", " + pick28(r, kUnits28);
  c.city = std::string(t.town);
  c.state = std::string(t.state);
  c.zip = std::string(t.zip3) + r.digits(2);
  if (r.chance(0.4)) c.zip += "-" + r.digits(4);
  c.rel = pick28(r, c.kin.female ? kRelationsF28 : kRelationsM28);
  if (c.kin.female != c.pt.female && r.chance(0.3)) c.rel = c.kin.female ? "wife" : "husband";
  return c;
}

bool familyFirst28(R28 g) { return g == R28::vn || g == R28::hu; }

std::string fullName28(const Person28& p, R28 g) {
  if (p.last.empty()) return p.first;  // an Indonesian single name
  if (familyFirst28(g)) return p.last + " " + p.first;
  if (g == R28::eg) return p.first + " " + p.father + " " + p.last;
  return p.first + " " + p.last;
}

void name28(Ctx28& x, const Person28& p, std::string_view form) {
  const R28 g = x.c.region;
  Random& r = x.b.random();
  std::string v;
  std::string f(form);
  if (f.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "inv", "UP", "ini"};
    f = pick28(r, kForms);
  }
  const std::string full = fullName28(p, g);
  if (f == "full") v = full;
  else if (f == "UP") v = up28(full);
  else if (f == "low") v = low28(full);
  else if (f == "given") v = g == R28::vn ? p.first.substr(p.first.rfind(' ') + 1) : p.first;
  else if (f == "lowgiven") v = low28(g == R28::vn ? p.first.substr(p.first.rfind(' ') + 1) : p.first);
  else if (f == "last") v = p.last.empty() || g == R28::et ? p.first : p.last;
  else if (f == "inv") {
    if (p.last.empty() || g == R28::et || familyFirst28(g)) v = up28(full);
    else if (g == R28::eg) v = up28(p.last) + ", " + p.first + " " + p.father;
    else v = up28(p.last) + ", " + p.first;
  } else if (f == "ini") {
    if (p.last.empty() || familyFirst28(g) || g == R28::et) v = full;
    else v = p.first.substr(0, 1) + ". " + p.last;
  } else {
    throw std::logic_error("unknown name form " + f);
  }
  put28(x, "name", v);
}

// Dates in the countries' forms. Hungarian dates end with a dot that stays outside the span, as do
// "E.C." (Ethiopian calendar) and "B.E." (Thai Buddhist era) after one.
void date28(Ctx28& x, int y, int m, int d, std::string_view style) {
  Random& r = x.b.random();
  std::string s(style);
  if (s.empty()) {
    switch (x.c.region) {
      case R28::us: s = r.chance(0.5) ? "mdy" : "long"; break;
      case R28::ca: s = r.chance(0.5) ? "iso" : "long"; break;
      case R28::vn: s = r.chance(0.5) ? "dmy" : "vn"; break;
      case R28::id: s = r.chance(0.5) ? "dmy" : "id"; break;
      case R28::th: s = r.chance(0.5) ? "dmy" : "th"; break;
      case R28::pk: case R28::eg: s = r.chance(0.5) ? "dmy" : "dmon"; break;
      case R28::gh: s = r.chance(0.5) ? "dmy" : "gh"; break;
      case R28::et: s = r.chance(0.5) ? "dmy" : "ec"; break;
      case R28::ua: s = r.chance(0.7) ? "dot" : "ua"; break;
      case R28::gr: s = "dmy"; break;
      case R28::ro: s = r.chance(0.5) ? "dot" : "ro"; break;
      case R28::hu: s = r.chance(0.5) ? "hudot" : "hu"; break;
      case R28::cz: s = r.chance(0.5) ? "czdot" : "cz"; break;
    }
  }
  const auto mi = static_cast<std::size_t>(m - 1);
  const std::string ys = std::to_string(y);
  std::string v;
  if (s == "mdy") v = twoDigits(m) + "/" + twoDigits(d) + "/" + ys;
  else if (s == "mdys") v = std::to_string(m) + "/" + std::to_string(d) + "/" + twoDigits(y % 100);
  else if (s == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (s == "long") v = std::string(kMonths28[mi]) + " " + std::to_string(d) + ", " + ys;
  else if (s == "iso") v = ys + "-" + twoDigits(m) + "-" + twoDigits(d);
  else if (s == "compact") v = ys + twoDigits(m) + twoDigits(d);
  else if (s == "dmy") v = twoDigits(d) + "/" + twoDigits(m) + "/" + ys;
  else if (s == "dot") v = twoDigits(d) + "." + twoDigits(m) + "." + ys;
  else if (s == "dmon") v = std::to_string(d) + "-" + std::string(kMonths28[mi].substr(0, 3)) + "-" + ys;
  else if (s == "gh") v = std::to_string(d) + (d == 1 || d == 21 ? "st" : d == 2 || d == 22 ? "nd" : d == 3 || d == 23 ? "rd" : "th") +
                           " " + std::string(kMonths28[mi]) + ", " + ys;
  else if (s == "vn") v = "ngày " + std::to_string(d) + " tháng " + std::to_string(m) + " năm " + ys;
  else if (s == "id") v = std::to_string(d) + " " + std::string(kBulan28[mi]) + " " + ys;
  else if (s == "th") v = std::to_string(d) + " " + std::string(kThaiMon28[mi]) + " " + std::to_string(y + 543);
  else if (s == "be") v = twoDigits(d) + "/" + twoDigits(m) + "/" + std::to_string(y + 543);
  else if (s == "ec") v = twoDigits(d) + "/" + twoDigits(m) + "/" + std::to_string(m > 8 ? y - 7 : y - 8);
  else if (s == "ua") v = std::to_string(d) + " " + std::string(kMisiats28[mi]) + " " + ys;
  else if (s == "ro") v = std::to_string(d) + " " + std::string(kLuni28[mi]) + " " + ys;
  else if (s == "hu") v = ys + ". " + std::string(kHonap28[mi]) + " " + std::to_string(d);
  else if (s == "hudot") v = ys + "." + twoDigits(m) + "." + twoDigits(d);
  else if (s == "cz") v = std::to_string(d) + ". " + std::string(kMesic28[mi]) + " " + ys;
  else if (s == "czdot") v = std::to_string(d) + ". " + std::to_string(m) + ". " + ys;
  else throw std::logic_error("unknown date style " + s);
  put28(x, "date", v);
  if (s == "hu" || s == "hudot") say28(x, ".");
}

// Phones of the countries, national and international (7 to 12 digits).
std::string phone28(Random& r, R28 g, int intl) {  // intl: 0 national, 1 international, -1 either
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  const std::string d2 = std::to_string(r.between(2, 9)) + r.digits(1);
  switch (g) {
    case R28::us: case R28::ca: {
      static constexpr std::string_view kUs[] = {"870", "812", "406", "229", "606", "308"};
      static constexpr std::string_view kCa[] = {"902", "506", "705", "807", "613", "867"};
      const std::string a = g == R28::ca ? pick28(r, kCa) : pick28(r, kUs), e = std::to_string(r.between(2, 9)) + r.digits(2), l = r.digits(4);
      if (i) return "+1 " + a + " " + e + " " + l;
      switch (r.between(0, 3)) {
        case 0: return "(" + a + ") " + e + "-" + l;
        case 1: return a + "-" + e + "-" + l;
        case 2: return a + "." + e + "." + l;
        default: return "1-" + a + "-" + e + "-" + l;
      }
    }
    case R28::vn: return i ? "+84 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : "09" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case R28::id: return i ? "+62 812-" + r.digits(4) + "-" + r.digits(3) : "0813-" + r.digits(4) + "-" + r.digits(4);
    case R28::th: return i ? "+66 8" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4) : "08" + r.digits(1) + "-" + r.digits(3) + "-" + r.digits(4);
    case R28::pk: return i ? "+92 30" + r.digits(1) + " " + r.digits(7) : "030" + r.digits(1) + "-" + r.digits(7);
    case R28::eg: return i ? "+20 10 " + r.digits(4) + " " + r.digits(4) : "011 " + r.digits(4) + " " + r.digits(4);
    case R28::gh: return i ? "+233 24 " + r.digits(3) + " " + r.digits(4) : "020 " + r.digits(3) + " " + r.digits(4);
    case R28::et: return i ? "+251 91 " + r.digits(3) + " " + r.digits(4) : "09" + r.digits(2) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2);
    case R28::ua: return i ? "+380 67 " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2) : "(067) " + r.digits(3) + "-" + r.digits(2) + "-" + r.digits(2);
    case R28::gr: return i ? "+30 69" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4) : "2310 " + r.digits(6);
    case R28::ro: return i ? "+40 7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : "07" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case R28::hu: return i ? "+36 30 " + r.digits(3) + " " + r.digits(4) : "06-20/" + r.digits(3) + "-" + r.digits(4);
    case R28::cz: return i ? "+420 6" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : "7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
  }
  return d2 + r.digits(5);
}

// Street addresses abroad on one line, the postcode inside, in each country's order.
std::string address28(Random& r, R28 g) {
  const std::string n = std::to_string(r.between(1, 240));
  switch (g) {
    case R28::us: case R28::ca: {
      static constexpr std::string_view kCa[] = {"Portland St, Dartmouth, NS B2Y ", "Westmorland St, Fredericton, NB E3B ",
                                                 "Algonquin Ave, Sudbury, ON P3E ", "Red River Rd, Thunder Bay, ON P7B "};
      return n + " " + pick28(r, kCa) + std::to_string(r.between(1, 9)) + r.letters(1, true) + std::to_string(r.between(1, 9));
    }
    case R28::vn: {
      static constexpr std::string_view kVn[] = {"ngõ 14 phố Khâm Thiên, phường Trung Phụng, quận Đống Đa, Hà Nội",
                                                 "đường Lê Mao, phường Hưng Bình, TP Cửa Lò, Nghệ An",
                                                 "hẻm 72 đường Bàu Cát, phường 14, quận Tân Bình, TP Hồ Chí Minh"};
      return "Số " + n + " " + pick28(r, kVn);
    }
    case R28::id: {
      static constexpr std::string_view kId[] = {"Jl. Kaliurang Km 7 No. ", "Gg. Melati No. ", "Jl. Raya Bogor No. "};
      static constexpr std::string_view kTown[] = {", Sleman, DI Yogyakarta 555", ", Kec. Klojen, Malang 651",
                                                   ", Kel. Kramat Jati, Jakarta Timur 135"};
      return pick28(r, kId) + n + ", RT 0" + std::to_string(r.between(1, 9)) + "/RW 0" + std::to_string(r.between(1, 9)) + pick28(r, kTown) +
             r.digits(2);
    }
    case R28::th: {
      static constexpr std::string_view kTh[] = {" Moo 5, Tambon Nong Hoi, Amphoe Mueang, Chiang Mai 50000",
                                                 " Soi Ramkhamhaeng 24, Hua Mak, Bang Kapi, Bangkok 10240",
                                                 " Moo 2, Tambon Nai Mueang, Amphoe Mueang, Khon Kaen 40000"};
      return n + "/" + std::to_string(r.between(1, 40)) + pick28(r, kTh);
    }
    case R28::pk: {
      static constexpr std::string_view kPk[] = {", Street 9, G-9/2, Islamabad 44090", ", Block C, Gulshan-e-Iqbal, Karachi 75300",
                                                 ", Mohalla Qasimpura, Multan 60000"};
      return "House No. " + n + pick28(r, kPk);
    }
    case R28::eg: {
      static constexpr std::string_view kEg[] = {" Shari' El-Gomhoreya, Zagazig, Sharqia 44511", " Shari' Mosaddak, Dokki, Giza 12311",
                                                 " Shari' Port Said, Sidi Gaber, Alexandria 21523"};
      return "Flat " + std::to_string(r.between(1, 30)) + ", " + n + pick28(r, kEg);
    }
    case R28::gh: {
      static constexpr std::string_view kGh[] = {", Adenta Housing Down, Adenta, GA-", ", Penkwase, Berekum, BO-",
                                                 ", New Site, Sekondi, WS-"};
      return "H/No. " + n + pick28(r, kGh) + r.digits(3) + "-" + r.digits(4);
    }
    case R28::et: {
      static constexpr std::string_view kEt[] = {", Yeka Sub-city, Addis Ababa", ", Bole Sub-city, Addis Ababa",
                                                 ", Bahir Dar"};
      return "Kebele " + twoDigits(r.between(1, 20)) + ", Woreda " + twoDigits(r.between(1, 14)) + ", House No. " + n + pick28(r, kEt);
    }
    case R28::ua: {
      static constexpr std::string_view kUa[] = {"vul. Sobornosti", "vul. Kvitkova", "prosp. Nezalezhnosti"};
      static constexpr std::string_view kTown[] = {", Poltava, 3601", ", Vinnytsia, 2100", ", Chernihiv, 1400"};
      return pick28(r, kUa) + ", " + n + ", kv. " + std::to_string(r.between(1, 90)) + pick28(r, kTown) + std::to_string(r.between(0, 9));
    }
    case R28::gr: {
      static constexpr std::string_view kGr[] = {"Odos Tsimiski ", "Leoforos Vasilissis Olgas ", "Odos Agias Sofias "};
      return pick28(r, kGr) + n + ", 546 " + twoDigits(r.between(21, 46)) + " Thessaloniki";
    }
    case R28::ro: {
      static constexpr std::string_view kRo[] = {"Str. Păcurari nr. ", "Bd. Independenței nr. ", "Str. Lăpușneanu nr. "};
      return pick28(r, kRo) + n + ", bl. B" + std::to_string(r.between(1, 9)) + ", sc. " + std::to_string(r.between(1, 4)) + ", ap. " +
             std::to_string(r.between(1, 60)) + ", Iași 7002" + r.digits(2);
    }
    case R28::hu: {
      static constexpr std::string_view kHu[] = {"6720 Szeged, Kárász utca ", "4026 Debrecen, Péterfia utca ",
                                                 "7621 Pécs, Király utca "};
      return pick28(r, kHu) + n + ". " + std::to_string(r.between(1, 4)) + "/" + std::to_string(r.between(1, 12));
    }
    case R28::cz: {
      static constexpr std::string_view kCz[] = {"Cejl ", "Údolní ", "Nádražní "};
      static constexpr std::string_view kTown[] = {", 602 00 Brno", ", 779 00 Olomouc", ", 370 01 České Budějovice"};
      return pick28(r, kCz) + std::to_string(r.between(100, 2400)) + "/" + n + pick28(r, kTown);
    }
  }
  return n;
}

std::string town28(Random& r, R28 g) {
  static constexpr std::string_view kT[][2] = {{"Cửa Lò", "Đà Lạt"},         {"Sleman", "Klaten"},      {"Khon Kaen", "Lampang"},
                                               {"Multan", "Sahiwal"},      {"Mansoura", "Tanta"},     {"Techiman", "Hohoe"},
                                               {"Bahir Dar", "Dessie"},    {"Poltava", "Uzhhorod"},   {"Larissa", "Ioannina"},
                                               {"Iași", "Suceava"},        {"Szeged", "Kecskemét"},   {"Olomouc", "Jihlava"},
                                               {"Sudbury, ON", "Truro, NS"}};
  if (g == R28::us) return "";
  const std::size_t k = g == R28::ca ? 12 : static_cast<std::size_t>(g) - 2;
  return std::string(kT[k][r.next() % 2]);
}

// Identifiers. Decisions (see the header comment): national identity card numbers are "license";
// personal codes that key the health record (Greek AMKA, Romanian CNP, Czech rodné číslo) are
// "mrn"; insurance card numbers are "health_plan".
struct Ident28 {
  std::string category, value;
};

Ident28 nationalId28(Random& r, const Cast28& c) {
  const std::string yy = twoDigits(c.by % 100), mm = twoDigits(c.bm), dd = twoDigits(c.bd);
  switch (c.region) {
    case R28::vn: return {"license", "0" + twoDigits(r.between(1, 96)) + (c.pt.female ? "1" : "0") + yy + r.digits(6)};  // CCCD
    case R28::id: return {"license", "3" + std::to_string(r.between(1, 5)) + r.digits(4) + twoDigits(c.bd + (c.pt.female ? 40 : 0)) + mm + yy + r.digits(4)};
    case R28::th: return {"license", std::to_string(r.between(1, 3)) + "-" + r.digits(4) + "-" + r.digits(5) + "-" + r.digits(2) + "-" + r.digits(1)};
    case R28::pk: return {"license", std::to_string(r.between(31, 61)) + r.digits(3) + "-" + r.digits(7) + "-" + (c.pt.female ? "2" : "1")};
    case R28::eg: return {"license", std::string(c.by >= 2000 ? "3" : "2") + yy + mm + dd + twoDigits(r.between(1, 35)) + r.digits(5)};
    case R28::gh: return {"license", "GHA-" + r.digits(9) + "-" + r.digits(1)};
    case R28::et: return {"license", r.digits(4) + " " + r.digits(4) + " " + r.digits(4)};  // Fayda FIN
    case R28::ua: return {"license", r.digits(10)};  // RNOKPP
    case R28::gr: return {"mrn", dd + mm + yy + r.digits(5)};  // AMKA
    case R28::ro: return {"mrn", std::string(c.pt.female ? "2" : "1") + yy + mm + dd + r.digits(6)};  // CNP
    case R28::hu: return {"health_plan", r.digits(3) + " " + r.digits(3) + " " + r.digits(3)};  // TAJ
    case R28::cz: return {"mrn", yy + twoDigits(c.bm + (c.pt.female ? 50 : 0)) + dd + "/" + r.digits(c.by < 1954 ? 3 : 4)};
    case R28::ca: return {"health_plan", r.digits(4) + "-" + r.digits(3) + "-" + r.digits(3) + "-" + r.letters(2, true)};  // Ontario
    case R28::us: return {"ssn", std::to_string(r.between(1, 6)) + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(4)};
  }
  return {"license", r.digits(9)};
}

Ident28 insurance28(Random& r, const Cast28& c) {
  switch (c.region) {
    case R28::vn: {
      static constexpr std::string_view kCodes[] = {"HT2", "GD4", "CB2", "DN4"};
      return {"health_plan", pick28(r, kCodes) + twoDigits(r.between(1, 96)) + r.digits(10)};  // BHYT
    }
    case R28::id: return {"health_plan", "000" + r.digits(10)};  // BPJS Kesehatan
    case R28::gh: return {"health_plan", r.digits(8)};           // NHIS
    case R28::et: return {"health_plan", "CBHI/" + r.digits(6)}; // community-based health insurance
    case R28::hu: return {"health_plan", r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3)};
    case R28::ca: return {"health_plan", "9" + r.digits(3) + " " + r.digits(3) + " " + r.digits(3)};  // BC PHN
    case R28::us: return {"health_plan", std::to_string(r.between(1, 9)) + r.letters(2, true) + std::to_string(r.between(1, 9)) + "-" +
                                             r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) + r.digits(2)};  // MBI
    case R28::ro: return {"health_plan", "80642" + r.digits(15)};  // the CNAS health card's number
    case R28::cz: return {"health_plan", r.digits(10)};          // insured person's number on a foreigner's card
    case R28::gr: return {"health_plan", r.digits(8)};  // an EOPYY booklet's registration number
    default: break;
  }
  return {"health_plan", r.digits(10)};
}

std::string plate28(Random& r, R28 g) {
  switch (g) {
    case R28::vn: return std::to_string(r.between(29, 99)) + r.letters(1, true) + "-" + r.digits(3) + "." + r.digits(2);
    case R28::ua: return r.letters(2, true) + " " + r.digits(4) + " " + r.letters(2, true);
    case R28::ro: return "IS " + r.digits(2) + " " + r.letters(3, true);
    case R28::cz: return std::to_string(r.between(1, 9)) + r.letters(1, true) + std::to_string(r.between(1, 9)) + " " + r.digits(4);
    case R28::hu: return r.letters(3, true) + "-" + r.digits(3);
    case R28::gr: return r.letters(3, true) + "-" + r.digits(4);
    case R28::gh: return "GR " + r.digits(4) + "-" + twoDigits(r.between(10, 24));
    case R28::ca: return r.letters(4, true) + " " + r.digits(3);
    default: return r.digits(1) + r.letters(3, true) + r.digits(3);
  }
}

std::string sentence28(Random& r, std::string_view topic);

void placeholder28(Ctx28& x, std::string_view key) {
  Random& r = x.b.random();
  const Cast28& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (head == "pt") return name28(x, c.pt, form);
  if (head == "kin") return name28(x, c.kin, form);
  if (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '4') {
    return name28(x, c.staff[static_cast<std::size_t>(head[1] - '1')], form);
  }
  if (head == "dob") return date28(x, c.by, c.bm, c.bd, form);
  if (head == "date" || head == "past" || head == "next") {
    const int y = head == "past" ? r.between(2019, 2023) : head == "next" ? 2026 : r.between(2024, 2025);
    return date28(x, y, r.between(1, 12), r.between(1, 28), form);
  }
  if (head == "age") {  // a span only over 89
    const std::string v = form == "words" ? spelledNumber(c.age) : std::to_string(c.age);
    if (c.age > 89) put28(x, "age", v);
    else say28(x, v);
    return;
  }
  if (head == "phone") return put28(x, "phone", phone28(r, c.region, form == "intl" ? 1 : form == "nat" ? 0 : -1));
  if (head == "usphone") return put28(x, "phone", phone28(r, R28::us, 0));
  if (head == "ph7") return put28(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  if (head == "fax") return put28(x, "fax", phone28(r, c.region, 0));
  if (head == "email") {
    const Person28& p = form == "kin" ? c.kin : c.pt;
    return put28(x, "email", asciiLetters(p.first) + (r.chance(0.5) ? "." : "") + asciiLetters(p.last.empty() ? p.first : p.last) +
                                 std::to_string(r.between(1, 99)) + "@" + pick28(r, kMail28));
  }
  if (head == "semail") {
    const Person28& p = c.staff[1];
    return put28(x, "email", asciiLetters(p.first).substr(0, 1) + asciiLetters(p.last.empty() ? p.first : p.last) + "@rehab.example.org");
  }
  if (head == "url") {
    static constexpr std::string_view kHosts[] = {"https://app.physiotrack.example.com/share/", "https://meet.telerehab.example.net/room/",
                                                  "http://portal.homecare.example.org/client?id=", "https://exports.rehabapp.example.io/p/"};
    return put28(x, "url", pick28(r, kHosts) + r.letters(3) + r.digits(5));
  }
  if (head == "ip") return put28(x, "ip", ipv4Value(r));
  if (head == "ip6") return put28(x, "ip", ipv6Value(r));
  if (head == "addr") return put28(x, "address", address28(r, c.region));
  if (head == "usaddr") {
    put28(x, "address", c.street + ", " + c.city + ", " + c.state);
    say28(x, " ");
    return put28(x, "zip", c.zip);
  }
  if (head == "street") return put28(x, "address", c.street);
  if (head == "city") return put28(x, "address", c.city + ", " + c.state);
  if (head == "zip") return put28(x, "zip", c.zip);
  if (head == "town") return put28(x, "address", town28(r, c.region));
  if (head == "nid") {
    const Ident28 id = nationalId28(r, c);
    return put28(x, id.category, id.value);
  }
  if (head == "ins") {
    const Ident28 id = insurance28(r, c);
    return put28(x, id.category, id.value);
  }
  if (head == "ssn") {
    const std::string s = std::to_string(r.between(1, 6)) + r.digits(2) + r.digits(2) + r.digits(4);
    return put28(x, "ssn", form == "bare" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (head == "mrn") {
    switch (r.between(0, 3)) {
      case 0: return put28(x, "mrn", r.digits(7));
      case 1: return put28(x, "mrn", r.letters(2, true) + r.digits(6));
      case 2: return put28(x, "mrn", std::to_string(r.between(1, 9)) + r.digits(2) + "-" + r.digits(3) + "-" + r.digits(2));
      default: return put28(x, "mrn", "R" + r.digits(8));
    }
  }
  if (head == "acct") return put28(x, "account", r.digits(9));
  if (head == "claim") return put28(x, "account", r.letters(2, true) + "-" + r.digits(4) + "-" + r.digits(5));  // benefit claim
  if (head == "dl") return put28(x, "license", r.letters(1, true) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4));
  if (head == "placard") return put28(x, "license", "DP" + r.digits(7));
  if (head == "serial") {  // a loaned or fitted item kept by the patient
    static constexpr std::string_view kPre[] = {"HX", "SN", "WC", "BD", "ROL", "HA", "PR"};
    return put28(x, "device", pick28(r, kPre) + r.digits(2) + "-" + r.digits(5) + r.letters(1, true));
  }
  if (head == "vin") {
    std::string v = r.letters(3, true) + r.digits(2) + r.letters(1, true) + r.digits(2) + r.letters(1, true) + r.letters(1, true) + r.digits(7);
    return put28(x, "vehicle", v);
  }
  if (head == "plate") return put28(x, "vehicle", plate28(r, c.region));
  if (head == "rel") return say28(x, c.rel);
  if (head == "he") return say28(x, c.pt.female ? "she" : "he");
  if (head == "parent") return say28(x, c.pt.female ? "mother" : "father");
  if (head == "He") return say28(x, c.pt.female ? "She" : "He");
  if (head == "vnsex") return say28(x, c.pt.female ? "Nữ" : "Nam");
  if (head == "vnhon") return say28(x, c.pt.female ? "bà" : "ông");
  if (head == "his") return say28(x, c.pt.female ? "her" : "his");
  if (head == "sex") return say28(x, c.pt.female ? "F" : "M");
  if (head == "tm") return say28(x, twoDigits(r.between(7, 19)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (head == "ref") return say28(x, r.letters(2, true) + "-" + r.digits(6));  // a booking or job number, not PHI
  if (head == "s") return say28(x, sentence28(r, form));
  throw std::logic_error("unknown placeholder " + std::string(key));
}

void expand28(Ctx28& x, std::string_view pattern) {
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      say28(x, std::string(pattern.substr(i)));
      return;
    }
    say28(x, std::string(pattern.substr(i, open - i)));
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    placeholder28(x, pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

// SENTENCES
// Look-alike sentences without PHI in the voices of physiotherapists, occupational and speech
// therapists, dietitians, podiatrists, audiologists, orthotists, rehab nurses and carers: exercise
// sets and repetitions, ranges of motion, scores written as fractions (Barthel 85/100, Berg 42/56,
// MoCA 24/30), walking distances and times, doses, reference ranges, equipment model numbers and
// eponyms (Berg, Barthel, Borg, Trendelenburg, Romberg, Thomas, Fugl-Meyer, Waterlow).
std::string sentence28(Random& r, std::string_view topic) {
  const int sets = r.between(2, 4), reps = r.between(8, 15);
  const std::string b = std::to_string(r.between(35, 100)), berg = std::to_string(r.between(20, 56));
  const std::string rom = std::to_string(r.between(5, 135));
  const std::string s[] = {
      "Quadriceps sets and straight-leg raises " + std::to_string(sets) + " x " + std::to_string(reps) + ", twice daily.",
      "Knee flexion AROM 0-" + rom + " degrees, extension lag 5 degrees.",
      "Barthel index " + b + "/100 today (was 55/100 on admission).",
      "Berg Balance Scale " + berg + "/56; TUG 14.2 s with a four-wheeled walker.",
      "6-minute walk test 312 m, SpO2 nadir 91%, Borg 4/10.",
      "Shoulder abduction 90/180 degrees, pain 3/10 at end range.",
      "Modified Ashworth 1+ at the elbow flexors; Fugl-Meyer UE 38/66.",
      "Cardiac rehab: 20 min treadmill at 2.5 mph, 2% grade, HR 96-112, BP 138/76.",
      "FEV1 1.2 L (48% predicted); oxygen 2 L/min via nasal cannula on exertion.",
      "IDDSI level 5 minced and moist diet, mildly thick fluids (level 2).",
      "Energy 1,800 kcal/day, protein 1.2 g/kg; albumin 32 g/L (35-50).",
      "MUST score 2; weight 51.4 kg, BMI 19.8; oral nutritional supplement 2 x 200 mL.",
      "Pure-tone average 55 dB HL right, 60 dB HL left; speech discrimination 72%.",
      "Hearing aid programme 2 for noise; tinnitus handicap inventory 36/100.",
      "Monofilament 10 g absent at 3 of 10 sites; ABPI 0.82; callus debrided.",
      "Below-knee socket check: 5-ply sock, pin lock engaged, gait symmetrical.",
      "Seat width 18 in, depth 17 in, back height 16 in; ROHO cushion 4 in.",
      "MoCA 24/30 with 2 points lost on delayed recall; FIM motor 58/91.",
      "Waterlow 18 (high risk); turn every 2 hours, heels off-loaded.",
      "Bolus dose 1 unit per 10 g carbohydrate; target glucose 4-8 mmol/L.",
      "Paracetamol 1 g four times daily; ibuprofen 400 mg with food as needed.",
      "Hoist model Oxford Mini 140, sling size M, two carers for every transfer.",
      "Trendelenburg sign positive on the left; Thomas test 10 degrees short.",
      "Romberg negative; sit-to-stand 5 times in 16 s without arms.",
      "Return to work at 4 hours a day for 2 weeks, then 6 hours for 2 weeks.",
      "Exercise programme: 3 sets of 10 heel raises, 30 s calf stretch x 3.",
      "Voice: maximum phonation time 9 s; s/z ratio 1.4; GRBAS 2/1/1/1/0.",
      "Handgrip 14 kg right, 18 kg left (Jamar, position 2).",
  };
  std::size_t k = r.next() % std::size(s);
  if (topic == "pt") k = r.next() % 7;
  else if (topic == "diet") k = 9 + r.next() % 3;
  else if (topic == "aud") k = 12 + r.next() % 2;
  return s[k];
}

struct Template28 {
  std::string_view name;
  Case28 mode;
  R28 region;
  std::string_view pattern;
};

constexpr Case28 kN = Case28::asIs;
constexpr Case28 kL = Case28::lower;
constexpr Case28 kU = Case28::upper;

constexpr Template28 kTemplates28[] = {
    // --- US ---
    {"us_pt_initial_eval", kN, R28::us,
     "OUTPATIENT PHYSICAL THERAPY - INITIAL EVALUATION\nPatient: {pt.inv}    DOB: {dob.mdy}    MRN: {mrn}\nDate of eval: {date.mdy}\n"
     "Referring: Dr. {s1.full}\nAddress: {usaddr}\nHome phone {phone.nat}; cell {usphone}\n{s.pt} {s.pt}\nTherapist: {s2.full}, PT, DPT\n"},
    {"us_home_health_visit", kN, R28::us,
     "HOME HEALTH SKILLED NURSING VISIT\nClient: {pt.full}, {age}-year-old {sex}\nVisit {date.mdy} {tm}-{tm}\nLocation: {usaddr}\n"
     "Caregiver present: {kin.full} ({rel}), {ph7}\nMedicare MBI: {ins}\n{s} {s}\nClinician: {s3.full}, RN\n"},
    {"us_equipment_loan", kN, R28::us,
     "DURABLE MEDICAL EQUIPMENT LOAN AGREEMENT\nBorrower: {pt.full}    Phone {usphone}\nDelivery address: {usaddr}\n"
     "Item: patient lift (hoist), model Oxford Mini 140, serial no. {serial}\nItem: hospital bed, serial {serial}\n"
     "Loan start {date.mdy}; review {next.mdy}\nSigned for by {kin.full} ({rel})\nLoan store tech: {s4.full}\n"},
    {"us_disability_form", kN, R28::us,
     "DISABILITY DETERMINATION - TREATING SOURCE STATEMENT\nClaimant: {pt.UP}    SSN: {ssn}    Claim no. {claim}\nDOB {dob.mdy}\n"
     "Functional limits: {s} {s}\nI last saw the claimant on {past.long}.\nCompleted by {s1.full}, OTR/L\n"},
    {"us_parking_placard", kN, R28::us,
     "APPLICATION FOR DISABILITY PARKING PLACARD - MEDICAL CERTIFICATION\nApplicant: {pt.full}    Driver licence {dl}\nAddress: {usaddr}\n"
     "Vehicle plate {plate}    VIN {vin}\nRenewal of placard {placard}\nCertifying provider: Dr. {s1.full}\nDate {date.mdys}\n"},
    {"us_carer_daily_log", kL, R28::us,
     "carer daily log - {date.md}\n{tm} arrived, {pt.lowgiven} still in bed, helped with shower and dressing.\n{tm} breakfast, meds given from blister pack.\n"
     "{pt.lowgiven} is {age.words} this year.\n{tm} {pt.low}'s {rel} {kin.lowgiven} phoned ({ph7}), will visit sunday.\n{s}\n- {s3.lowgiven}\n"},
    {"us_cardiac_rehab", kN, R28::us,
     "CARDIAC REHABILITATION - PHASE II SESSION 14 OF 36\n{pt.full}    MRN {mrn}    Age {age}\nSession date {date.iso}\n{s} {s}\n"
     "Exercise physiologist: {s2.ini}, CEP\nHome monitoring upload from {ip}\n"},
    {"us_rehab_app_export", kN, R28::us,
     "REHAB APP EXPORT (CSV)\npatient_name,dob,email,last_login_ip,program_url\n{pt.full},{dob.compact},{email},{ip6},{url}\n"
     "exercise,sets,reps,completed\nheel raises,3,10,yes\nclamshells,2,15,no\n"},
    {"us_respite_email", kN, R28::us,
     "From: {email.kin}\nTo: {semail}\nSubject: respite week\n\nHello, I'd like to book a respite stay for {pt.full} "
     "(DOB {dob.mdy}) from {next.long} for 7 nights. {He} is {age.words} and uses a walker. Best number is {usphone}.\nThanks, {kin.full}\n"},
    {"us_telehealth_pt_log", kN, R28::us,
     "TELEHEALTH PT SESSION LOG\nSession link {url}\nPatient {pt.full} joined {date.mdy} {tm} from {ip}; {rel} {kin.full} on camera.\n"
     "Located at home in {city} {zip}\n{s.pt}\nPT: {s2.full}, DPT\n"},
    {"us_return_to_work", kN, R28::us,
     "RETURN-TO-WORK PLAN\nEmployee: {pt.full}    SSN {ssn.bare}    Workers' comp claim {claim}\nInjury date {past.mdy}\nEmployer contact: {kin.full}, "
     "{usphone}, fax {fax}\n{s} {s}\nOccupational therapist: {s1.full}\n"},
    {"us_speech_therapy", kN, R28::us,
     "SPEECH-LANGUAGE PATHOLOGY - BEDSIDE SWALLOW EVALUATION\n{pt.inv}  MRN {mrn}  DOB {dob.mdy}\nAcct {acct}\n{s} {s}\n"
     "Recommendations discussed with {rel} {kin.full}.\nSLP: {s2.full}, MS, CCC-SLP\n"},
    {"us_podiatry", kN, R28::us,
     "PODIATRY - DIABETIC FOOT CHECK\nPatient: {pt.full}   {age} yo   MRN {mrn}\nSeen {date.mdy} at the {city} clinic\n{s} {s}\nDPM: Dr. {s4.full}\n"},
    {"us_meals_on_wheels", kN, R28::us,
     "MEALS ON WHEELS REFERRAL\nClient: {pt.full}\nAddress: {street}\n{city} {zip}\nPhone: {ph7}\nEmergency contact: {kin.full} ({rel}) {usphone}\n"
     "Diet: diabetic, soft. Key safe code given by phone.\nReferred by {s3.full}, care coordinator, {date.mdy}\n"},
    // --- Canada ---
    {"ca_transfer_to_rehab", kN, R28::ca,
     "TRANSFER TO INPATIENT REHABILITATION\nPatient: {pt.full}    Health card: {nid}\nDOB: {dob.iso}    Age: {age}\nAddress: {addr}\n"
     "Phone {phone}\nSubstitute decision-maker: {kin.full} ({rel}) {phone}\n{s} {s}\nSending physician: Dr. {s1.full}    Fax {fax}\nDate of transfer {date}\n"},
    {"ca_wheelchair_seating", kN, R28::ca,
     "WHEELCHAIR SEATING CLINIC\nClient {pt.full}, PHN {ins}\nReview {date.long}\n{s} {s}\nChair serial {serial}, cushion serial {serial}\n"
     "Delivered to {town}\nOT: {s2.full}, OT Reg. (NS)\n"},
    {"ca_audiology", kN, R28::ca,
     "AUDIOLOGY REPORT\n{pt.inv}    DOB {dob.iso}\nHealth card {nid}\n{s.aud} {s.aud}\nHearing aids fitted {date}: right serial {serial}, left serial {serial}\n"
     "Audiologist: {s2.full}, Aud(C)\n"},
    // --- Vietnam ---
    {"vn_phcn_phieu", kN, R28::vn,
     "PHIẾU ĐIỀU TRỊ PHỤC HỒI CHỨC NĂNG\nHọ và tên: {pt.UP}    Tuổi: {age}    Giới: {vnsex}\nSố CCCD: {nid}\nSố thẻ BHYT: {ins}\nĐịa chỉ: {addr}\n"
     "Ngày vào viện: {past}\n{s.pt}\nKỹ thuật viên: {s2.full}\nBác sĩ điều trị: BS. {s1.full}\n"},
    {"vn_discharge_to_rehab", kN, R28::vn,
     "DISCHARGE TO REHABILITATION - Bach Mai style transfer\nPatient: {pt.full} (family name first)    DOB {dob.dmy}\nCCCD {nid}    BHYT {ins}\n"
     "Family: {kin.full} ({rel}), {phone}\n{s} {s}\nTransfer date {date.vn}\n"},
    {"vn_zalo_group", kL, R28::vn,
     "zalo nhóm gia đình - {date.dmy}\n{kin.lowgiven}: {vnhon} {pt.lowgiven} tập đi được 20 m với khung rồi\n{kin.lowgiven}: số chị kỹ thuật viên {phone.nat}\n"
     "{s2.lowgiven}: {s}\n"},
    // --- Indonesia ---
    {"id_fisioterapi", kN, R28::id,
     "CATATAN FISIOTERAPI\nNama: {pt.full}    NIK: {nid}\nNo. BPJS: {ins}\nTgl lahir: {dob}    Umur: {age} th\nAlamat: {addr}\n"
     "Tanggal: {date.id}\n{s.pt} {s.pt}\nFisioterapis: {s2.full}, S.Tr.Ft\n"},
    {"id_home_care_roster", kN, R28::id,
     "JADWAL HOME CARE - minggu ini\nPasien: {pt.UP}    HP keluarga: {phone}\nAlamat: {addr}\nPerawat: {s1.full} (Senin, Rabu), {s2.full} (Selasa, Kamis)\n"
     "Kunjungan pertama {date}\nCatatan: {s}\n"},
    {"id_whatsapp_family", kL, R28::id,
     "grup wa keluarga {date.dmy}\n{kin.low}: mbah {pt.low} sudah pulang dari rs, terapi di rumah mulai {next.id}\n{kin.low}: nomor terapisnya {phone.nat}\n"
     "{s}\n"},
    // --- Thailand ---
    {"th_stroke_rehab_goals", kN, R28::th,
     "STROKE REHABILITATION GOAL SHEET\nName: {pt.full}    HN {mrn}    Thai ID: {nid}\nAge {age}    Admit {past.be} B.E.\nGoal review {date.th}\n{s} {s}\n"
     "Caregiver: {kin.full} ({rel}), {phone}\nPhysiatrist: Dr. {s1.full}\n"},
    {"th_home_visit", kN, R28::th,
     "HOME HEALTH VISIT (community hospital)\nPatient {pt.full}, {age} y\nAddress: {addr}\nVisit {date} with village health volunteer {s3.full}\n"
     "Contact {phone}\n{s}\nNurse: {s2.full}\n"},
    // --- Pakistan ---
    {"pk_physio_discharge", kN, R28::pk,
     "PHYSIOTHERAPY DISCHARGE SUMMARY\nPatient: {pt.full}    CNIC: {nid}\nMR No. {mrn}    Age/Sex: {age}/{sex}\nAddress: {addr}\n"
     "Attendant: {kin.full} ({rel}), cell {phone}\nAdmission {past.dmon}, discharge {date.dmon}\n{s.pt} {s.pt}\nDr. {s1.full}, DPT\n"},
    {"pk_prosthetic_fitting", kN, R28::pk,
     "ORTHOTICS & PROSTHETICS WORKSHOP - FITTING RECORD\n{pt.UP}  CNIC {nid}\nTrans-tibial prosthesis, serial {serial}\nFitted {date}\n{s}\n"
     "Prosthetist: {s2.full}    Follow-up call {phone.intl}\n"},
    // --- Egypt ---
    {"eg_rehab_report", kN, R28::eg,
     "PHYSICAL MEDICINE & REHABILITATION REPORT\nName: {pt.full}\nNational ID: {nid}\nDate of birth: {dob}    Age: {age}\nAddress: {addr}\n"
     "Mobile: {phone}\n{s.pt} {s.pt}\nConsultant: Prof. Dr. {s1.full}\nDate: {date}\n"},
    {"eg_interpreter_booking", kN, R28::eg,
     "INTERPRETER BOOKING RECORD\nLanguage: Arabic (Egyptian)    Booking ref {ref}\nPatient {pt.full}, DOB {dob.dmy}, MRN {mrn}\nAppointment {next.dmy} {tm}, speech therapy\n"
     "Interpreter: {s3.full}    Contact for patient: {kin.full}, {phone.intl}\n"},
    // --- Ghana ---
    {"gh_physio_card", kN, R28::gh,
     "PHYSIOTHERAPY CONTINUATION CARD\nName: {pt.full}    Ghana Card: {nid}\nNHIS No.: {ins}\nFolder No. {mrn}\nAddress: {addr}\nTel: {phone}\n"
     "{date}: {s.pt}\n{date}: {s.pt}\nPhysiotherapist: {s2.full}\n"},
    {"gh_home_adaptation", kN, R28::gh,
     "HOME ADAPTATION REFERRAL\nClient: {pt.full}, aged {age}\nHome: {addr}\nRequest: grab rails at toilet, ramp at front step (rise 18 cm)\n"
     "Family contact {kin.full} ({rel}) on {phone}\nReferred {date.gh} by {s1.full}, OT\n"},
    // --- Ethiopia ---
    {"et_rehab_card", kN, R28::et,
     "REHABILITATION CENTRE CARD\nName: {pt.full}    Fayda FIN: {nid}\nCBHI membership: {ins}\nCard No. {mrn}\nAddress: {addr}\nPhone: {phone}\n"
     "Date (E.C.): {date.ec} E.C.\n{s} {s}\nPhysiotherapist: {s2.full}\n"},
    {"et_orthopaedic_workshop", kN, R28::et,
     "ORTHOPAEDIC WORKSHOP - KAFO ORDER\nClient {pt.UP}, {age} yrs\nGuardian: {kin.full}, {phone}\nCast taken {date} ; delivery {next.dmy}\n{s}\nOrthotist: {s3.full}\n"},
    // --- Ukraine ---
    {"ua_rehab_plan", kN, R28::ua,
     "INDYVIDUALNA PROHRAMA REABILITATSII (individual rehabilitation programme)\nPatsiient: {pt.full}    RNOKPP: {nid}\nData narodzhennia: {dob.dot}\n"
     "Adresa: {addr}\nTel.: {phone}\nData: {date.ua}\n{s} {s}\nFizychnyi terapevt: {s2.full}\nLikar: {s1.full}\n"},
    {"ua_telegram_family", kL, R28::ua,
     "telegram, simeinyi chat, {date.dot}\n{kin.lowgiven}: {pt.low} after the rehab session is tired but walked to the kitchen\n"
     "{kin.lowgiven}: call the physio {s2.low} on {phone.nat} if the knee swells\n{s}\n"},
    {"ua_interpreter_us", kN, R28::ua,
     "INTERPRETER SERVICES LOG\nLanguage: Ukrainian    Job {ref}\nPatient: {pt.inv}, DOB {dob.mdy}\nClinic: outpatient OT, {date.mdy} {tm}\n"
     "Interpreter: {s3.full} (phone interpreting, {phone.intl})\n"},
    // --- Greece ---
    {"gr_physio_referral", kN, R28::gr,
     "PARAPEMPTIKO FYSIKOTHERAPEIAS (physiotherapy referral)\nAsthenis: {pt.full}    AMKA: {nid}\nAsfalistikos foreas: EOPYY, ar. mitroou {ins}\n"
     "Dieuthynsi: {addr}\nKinito: {phone}\nImerominia: {date}\n10 sessions: {s.pt}\nIatros: Dr. {s1.full}\n"},
    {"gr_home_care_visit", kN, R28::gr,
     "VOITHEIA STO SPITI (Help at Home) VISIT NOTE\n{pt.full}, {age} eton, {town}\nVisit {date} {tm}\n{s}\nRelative informed: {kin.full}, {phone}\nSocial worker: {s3.full}\n"},
    // --- Romania ---
    {"ro_scrisoare_recuperare", kN, R28::ro,
     "SCRISOARE MEDICALĂ - RECUPERARE MEDICALĂ\nPacient: {pt.UP}    CNP: {nid}\nDomiciliu: {addr}\nTelefon: {phone}\nInternat: {past.dot} - {date.dot}\n"
     "{s.pt} {s.pt}\nMedic primar: Dr. {s1.full}\nKinetoterapeut: {s2.full}\n"},
    {"ro_handicap_assessment", kN, R28::ro,
     "EVALUARE PENTRU ÎNCADRARE ÎN GRAD DE HANDICAP\nSolicitant: {pt.full}, născut(ă) la {dob.ro}\nCNP {nid}    Card CNAS {ins}\nDosar nr. {claim}\n"
     "{s} {s}\nCard-legitimație de parcare pentru autoturismul {plate}\nAparținător: {kin.full}, {phone}\n"},
    // --- Hungary ---
    {"hu_rehab_zarojelentes", kN, R28::hu,
     "REHABILITÁCIÓS ZÁRÓJELENTÉS\nNév: {pt.full}    TAJ: {nid}\nSzül. dátum: {dob}\nLakcím: {addr}\nTel.: {phone}\nFelvétel: {past.hudot}    Távozás: {date.hu}\n"
     "{s.pt} {s.pt}\nGyógytornász: {s2.full}\nOsztályvezető főorvos: Dr. {s1.full}\n"},
    {"hu_otthoni_szakapolas", kN, R28::hu,
     "OTTHONI SZAKÁPOLÁS - látogatási lap\nÁpolt: {pt.UP}, {age} éves\nCím: {addr}\nLátogatás: {date}\nHozzátartozó: {kin.full} ({phone})\n{s}\nÁpoló: {s3.full}\n"},
    // --- Czechia ---
    {"cz_rehabilitace_zprava", kN, R28::cz,
     "ZPRÁVA Z REHABILITACE\nPacient: {pt.full}    RČ: {nid}\nPojišťovna: 111    Bydliště: {addr}\nTelefon: {phone}\nDatum: {date}\n"
     "{s.pt} {s.pt}\nFyzioterapeut: {s2.full}\nMUDr. {s1.full}\n"},
    {"cz_pujcovna_pomucek", kN, R28::cz,
     "SMLOUVA O VÝPŮJČCE KOMPENZAČNÍ POMŮCKY\nVypůjčitel: {pt.full}, nar. {dob.cz}\nAdresa: {addr}\nPomůcka: mechanický vozík, výrobní číslo {serial}\n"
     "Polohovací lůžko, výrobní číslo {serial}\nOd {date.czdot}    Kontakt: {kin.full}, {phone}\n"},
    // --- all caps ---
    {"us_dme_delivery_ticket", kU, R28::us,
     "DME DELIVERY TICKET\nDELIVER TO: {pt.full}\n{usaddr}\nPHONE {usphone}\nITEMS: ROLLATOR SERIAL {serial}; SHOWER CHAIR MODEL 12-203\n"
     "DELIVERED {date.mdy} {tm} BY DRIVER {s4.full}    VAN PLATE {plate}\nRECEIVED BY {kin.full}\n"},
    {"gh_nhis_claim_form", kU, R28::gh,
     "NHIS CLAIM FORM - PHYSIOTHERAPY\nMEMBER NAME: {pt.full}    NHIS NO: {ins}\nGHANA CARD: {nid}\nDATE OF ATTENDANCE: {date.dmy}\nAGE {age}\n{s}\nPRESCRIBER: {s1.full}\n"},
    {"ro_roster_ingrijire", kU, R28::ro,
     "PROGRAM ÎNGRIJIRI LA DOMICILIU - SĂPTĂMÂNA {date.dot}\nBENEFICIAR: {pt.full}    TEL {phone}\nADRESĂ: {addr}\nÎNGRIJITOR: {s3.full} (LUNI-VINERI {tm})\n"},
    // --- more English-language records abroad ---
    {"vn_audiology_ngo", kN, R28::vn,
     "HEARING SCREENING CAMP - REFERRAL\nName {pt.full}    Age {age}\nCommune: {town}\nPhone {phone.intl}\n{s.aud}\nHearing aid donated, serial {serial}\nAudiologist {s2.ini}\n"},
    {"th_wheelchair_donation", kN, R28::th,
     "WHEELCHAIR DISTRIBUTION RECORD\nRecipient: {pt.full}    ID card {nid}\nProvince: {town}\nWheelchair serial {serial}, size 16 in\n"
     "Handed over {date.dmy} to {kin.full} ({rel})\nTechnician: {s3.full}\n"},
    {"pk_speech_therapy_email", kN, R28::pk,
     "From: {email.kin}\nSubject: speech therapy for my {parent}\n\nDear {s2.full}, my {parent} {pt.full} (age {age}) had a stroke on {past.dmy}. "
     "{He} is at home at {addr}. Please call me at {phone.intl}.\nRegards, {kin.full}\n"},
    {"eg_dietetics", kN, R28::eg,
     "CLINICAL NUTRITION CONSULT\nPatient {pt.full}    File No. {mrn}\nDOB {dob.dmy}\n{s.diet} {s.diet}\nDietitian: {s3.full}\n"},
    {"ca_pulmonary_rehab", kN, R28::ca,
     "PULMONARY REHABILITATION PROGRAM - DISCHARGE\n{pt.full}    DOB {dob.long}    MRN {mrn}\nPhone {phone.nat}\n{s} {s}\nHome oxygen concentrator serial {serial}\n"
     "Respiratory therapist: {s2.full}, RRT\n"},
    {"cz_interpreter_email", kN, R28::cz,
     "From: {semail}\nTo: {email}\nSubject: tlumočník / interpreter booking {ref}\n\nDobrý den, the interpreter for pan {pt.full} is booked for {next.czdot} at {tm}. "
     "Your address on file: {addr}. Tel. {phone}\n"},
    {"hu_benefit_form", kN, R28::hu,
     "REHABILITÁCIÓS ELLÁTÁS IRÁNTI KÉRELEM (rehabilitation benefit application)\nKérelmező: {pt.full}\nTAJ: {nid}\nÜgyszám: {claim}\nSzületett: {dob.hu}\n"
     "Értesítési cím: {addr}\nE-mail: {email}\nParkolási igazolvány, gépjármű rendszáma: {plate}\n"},
    {"gr_rehab_app_login", kN, R28::gr,
     "TELEREHAB PLATFORM - ACCESS LOG\nuser {pt.full}, AMKA {nid}\n{date.iso} {tm} login from {ip}\n{date.iso} {tm} login from {ip6}\nShared programme: {url}\n"},
    {"ua_prosthetics_letter", kN, R28::ua,
     "PROSTHETIC REHABILITATION - LETTER FOR THE PATIENT\n{pt.full}, born {dob.dot}\nTransfemoral prosthesis, knee unit serial {serial}\nFitted in Lviv on {date.dot}\n"
     "Next check {next.dot}. Contact: {phone.intl}, {email}\nProsthetist: {s2.full}\n"},
    {"id_lower_chat_therapist", kL, R28::id,
     "chat terapis ke keluarga\n{s2.lowgiven}: bu, jadwal terapi {pt.lowgiven} pindah ke {next.dmy} jam {tm}\n{kin.lowgiven}: baik bu, alamat tetap di {addr}\n"},
    {"et_wa_family", kL, R28::et,
     "whatsapp family group, {date.dmy}\n{kin.low}: {pt.lowgiven} did the exercises today, not bad at {age.words}\n{kin.low}: physio {s2.lowgiven} number {phone.nat}\n{s}\n"},
    {"us_caregiver_timesheet", kN, R28::us,
     "HOME CARE AGENCY - CAREGIVER TIMESHEET\nClient: {pt.inv}    Client phone {ph7}\nWeek of {date.md}\nAide: {s3.full}    Supervisor: {s4.full}\n"
     "Mon {tm}-{tm}  Wed {tm}-{tm}  Fri {tm}-{tm}\nClient signature: {pt.full}\n"},
    {"us_orthotics_order", kN, R28::us,
     "ORTHOTIC ORDER - AFO\nPatient: {pt.full}    DOB {dob.mdys}\nInsurance: Medicare {ins}\nShip to {street}, {city} {zip}\nCasting {date.mdy}\n{s}\nOrthotist: {s4.full}, CO\n"},
    // --- disability, care allowance and messages ---
    {"ua_disability_decision", kN, R28::ua,
     "VYTIAH Z RISHENNIA EKSPERTNOI KOMANDY (extract of the disability assessment decision)\nPIB: {pt.UP}\nData narodzhennia: {dob.dot}    RNOKPP {nid}\n"
     "Hrupa invalidnosti: II, termin do {next.dot}\nProhrama reabilitatsii: {s.pt}\nAdresa: {addr}\nHolova komandy: {s1.full}\n"},
    {"gr_kepa_certificate", kN, R28::gr,
     "KEPA DISABILITY CERTIFICATE (Gnomateusi Anapirias)\nOnomateponymo: {pt.UP}\nAMKA: {nid}\nImerominia gennisis: {dob}\nPososto anapirias 67% until {next}\n"
     "{s}\nEpitropi: Dr. {s1.full}, Dr. {s3.full}\n"},
    {"cz_prispevek_na_peci", kN, R28::cz,
     "ZÁZNAM ZE SOCIÁLNÍHO ŠETŘENÍ - PŘÍSPĚVEK NA PÉČI\nŽadatel: {pt.full}, RČ {nid}\nBydliště: {addr}\nDatum šetření: {date.cz}\n"
     "Stupeň závislosti II (středně těžká); 6 z 10 základních životních potřeb nezvládá.\nPečující osoba: {kin.full}, tel. {phone}\nSociální pracovnice: {s3.full}\n"},
    {"ca_psw_roster", kN, R28::ca,
     "HOME AND COMMUNITY CARE - PSW SCHEDULE\nClient: {pt.inv}    Health card {nid}\nService address: {addr}\nMorning visit {tm} (PSW {s3.full}); evening visit {tm} (PSW {s4.full})\n"
     "Start {date}; review {next.long}\nCare coordinator: {s1.full}, {phone.nat}\n"},
    {"eg_family_chat_franco", kL, R28::eg,
     "whatsapp - el 3eela {date.dmy}\n{kin.lowgiven}: el physio {s2.lowgiven} gai bokra {tm} le {pt.lowgiven}\n{kin.lowgiven}: law ta2khar kalemo 3ala {phone.nat}\n{s}\n"},
    {"pk_sms_reminder", kN, R28::pk,
     "SMS: AOA {pt.full}, aap ki physiotherapy appointment {next.dmy} ko {tm} baje hai. Tabdeeli ke liye {phone.nat} par call karein. MR# {mrn}\n"},
    {"th_line_message", kL, R28::th,
     "line group: rehab ward 3, {date.md}\n{s2.lowgiven}: khun {pt.low} walked 30 m with the walker today\n{kin.lowgiven}: thank you, will bring {pt.lowgiven} home on {next.dmy}, call {phone.nat}\n"},
    {"no_phi_speech_exercises", kN, R28::us, "SPEECH AND SWALLOW EXERCISES\nShaker: 3 x 60 s holds, 30 lifts; Masako 10 x 3; effortful swallow 10 x 5 daily.\n{s} {s}\n"},
    // --- without PHI ---
    {"no_phi_exercise_sheet", kN, R28::us, "HOME EXERCISE PROGRAMME - KNEE\n{s.pt}\n{s.pt}\n{s.pt}\nStop if pain rises above 5/10.\n"},
    {"no_phi_cardiac_rehab_protocol", kN, R28::us, "CARDIAC REHAB PROTOCOL\nTarget HR 60-80% of HRR; RPE 11-13/20.\n{s} {s}\n"},
    {"no_phi_dysphagia_levels", kN, R28::us, "IDDSI QUICK GUIDE\nLevel 0 thin, 1 slightly thick, 2 mildly thick, 3 moderately thick; foods 3-7.\n{s.diet}\n"},
    {"no_phi_audiology_ranges", kN, R28::us, "HEARING LOSS GRADES\nNormal < 20 dB HL; mild 20-34; moderate 35-49; severe 65-79; profound >= 95.\n{s.aud}\n"},
    {"no_phi_seating_measures", kN, R28::us, "SEATING MEASUREMENT GUIDE\n{s} {s}\nModel KX-16 frame, 16 x 16 in; armrest height 10 in.\n"},
    {"no_phi_falls_class", kN, R28::us, "FALLS PREVENTION CLASS - WEEK 3\n{s} {s} {s}\nOtago programme level B: 3 x 10 sit-to-stand.\n"},
    {"no_phi_hoist_checklist", kU, R28::us, "HOIST SAFETY CHECKLIST\nSWL 140 KG; SLING CHECKED; 2 CARERS; BATTERY 24 V CHARGED.\n{s}\n"},
    {"no_phi_diet_ranges", kN, R28::us, "NUTRITION REFERENCE\nSodium 135-145 mmol/L; potassium 3.5-5.1 mmol/L; albumin 35-50 g/L.\n{s.diet} {s.diet}\n"},
    {"no_phi_stroke_scales", kN, R28::us, "STROKE REHAB OUTCOME MEASURES\nNIHSS 0-42; mRS 0-6; Barthel 0-100; Berg 0-56; FAC 0-5.\n{s} {s}\n"},
    {"no_phi_podiatry_leaflet", kN, R28::us, "FOOT CARE LEAFLET\nCheck feet daily; water below 37 C; cut nails straight across.\n{s}\n"},
    {"no_phi_team_meeting", kN, R28::us, "MDT MEETING - BED 4 AND BED 9\n{s} {s} {s}\nPlan: review on Thursday at 14:00.\n"},
};

}  // namespace

std::size_t twentyEighthTemplateCount() { return std::size(kTemplates28); }

std::string_view writeTwentyEighthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice) {
  const Template28& t = kTemplates28[choice % std::size(kTemplates28)];
  const Cast28 cast = makeCast28(seed, patientIndex, t.region);
  Ctx28 x{builder, cast, t.mode};
  expand28(x, t.pattern);
  return t.name;
}

std::string twentyEighthSentence(Random& r) { return sentence28(r, {}); }

}  // namespace concord::phi::corpus
