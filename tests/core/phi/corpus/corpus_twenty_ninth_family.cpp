// The twenty-ninth family (kTwentyNinthSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is travel, cross-border, occupational and expedition care: what
// medical-tourism clinics, referring doctors abroad, travel-insurance assistance companies, airline
// medical desks, ship's doctors, offshore and mining-camp medics, expedition doctors, panel
// physicians, occupational health services, pharmacies, vaccination centres, consulates, sports
// event medical teams, telehealth services and travelling patients and their families write, from
// Argentina, Colombia, Peru, Morocco, Malaysia, mainland China, Switzerland, Austria, Finland,
// Serbia, Sri Lanka, Nepal, Tanzania, Jamaica and the US (as a home country, a destination and an
// insurer).
// Document styles: medical-tourism package quotes (Medellín for a US patient, Kuala Lumpur for a
// Sri Lankan one), a pre-travel clinic intake, cross-border referral letters (Argentina, Austria
// and Morocco to Switzerland, Colombia to the US, Serbia abroad in Cyrillic), repatriation and
// travel-insurance assistance case logs (case number, policy number, hospital fax, air ambulance
// request), assistance-system CSV and JSON exports (YYYYMMDD birth dates, IPv6), MEDIF airline
// medical clearance (portable oxygen concentrator serial; flight, seat and PNR not PHI), a
// cruise-ship hospital log and a port agent's disembarkation note (cabin number, ship name and IMO
// number not PHI, ages over 89), maritime telemedical radio advice (seafarer's book number; vessel
// name, MMSI and position not PHI), an offshore platform medic's record, mine and mining-camp
// clinics (Tanzania, Peru), expedition and mountain medicine (Aconcagua, Pheriche, Kilimanjaro,
// Cusco, an inReach thread from a Himalayan camp: altitude, SpO2 and camp coordinates not PHI,
// satellite phone numbers PHI), a helicopter rescue log (Swiss canton plate of the patient's car),
// a ski-accident card of a Serbian patient in Austria (rental car plate and VIN), visa and
// immigration medicals by panel physicians (China, Sri Lanka), migrant-worker fitness certificates
// (Nepalese workers in Malaysia, Moroccan seasonal workers, Sri Lankan and Serbian workers abroad,
// Jamaican farm workers), an international-student health form (a Chinese student in Finland), a
// consular letter (Colombia), sports-event medical team logs (Finland, Austria), occupational
// health surveillance (audiometry, spirometry, blood lead; employee numbers), certificates for
// carrying medicines across borders (Schengen Article 75, a Malaysian letter for controlled
// medicines, a US insulin-pump letter, a pacemaker identification card), a yellow fever ICVP, a
// telehealth visit across time zones (IPv6, room link), lower-case chats with travelling patients
// and families (WhatsApp, WeChat, Viber, Darija and Spanish), OCR'd passport data pages with their
// machine-readable zone, a scanned Swiss insurance card, Chinese records in characters and in
// pinyin, Serbian records in Latin and Cyrillic letters, Swahili, Spanish, French, German, Finnish,
// Swedish, Malay and romanised Nepali (Bikram Sambat dates) and Sinhala labels; and eleven kinds of
// note without PHI (altitude illness protocol, fit-to-fly guide, ship's medicine chest,
// yellow-fever certificate rules, audiometry categories, spirometry quality guide, dive limits,
// malaria prophylaxis, heat-stress work-rest table, event medical plan, travel-vaccine schedule)
// full of flight numbers, altitudes, doses, scores, times with time zones, coordinates, lot numbers
// and reference ranges.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions for travel, maritime and occupational records.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DNI: ", "CIN : ", "No. K/P: ",
//    "身份证号：", "AHV-Nr.: ", "SVNR: ", "HETU: ", "JMBG: ", "NIC: ", "NIDA: ", "TRN: "), CSV
//    commas, quotes, brackets and trailing punctuation are outside.
//  * Names: titles and forms of address before a name ("Dr. ", "Dra. ", "Sr. ", "Sra. ", "Lic. ",
//    "Mme ", "Herr ", "Frau ", "Univ.-Prof. ", "OA ", "Capt. ", "Encik ", "Puan ", "Tuan ", "Bwana ",
//    "Mama ", "Mzee ", "Sister ", "dr ", "др ") are outside, and so are credentials after it
//    (", MBBS", ", MBChB", ", EMT-P", ", FAWM", ", DTM&H", ", FACEP", ", MRCGP", ", FFOM",
//    ", DipIMC", ", RGN", ", MPH") and roles in brackets. A name written in one piece is one span in
//    the order the record writes it: Spanish given names and both surnames ("María Eugenia Quiroga
//    Basualdo"), a Moroccan name with its nasab ("Youssef ben Ahmed Tazi", "Khadija bint Driss
//    Alaoui"), a Malay name with bin or binti and the father's name ("Nur Aisyah binti Abdul
//    Rahman", one span: the patronymic is part of the name), Chinese and Chinese-Malaysian family
//    name first ("Wang Xiulan", "王秀兰", "Tan Mei Ling"), Tanzanian given + father's + family name
//    ("Neema Joseph Mollel"), Sinhala names with their ancestral ge-name ("Hettiarachchige Don
//    Chaminda Perera"), Nepali names ("Pasang Dawa Sherpa"), Serbian names in Latin or Cyrillic
//    letters ("Miloš Petrović", "Милош Петровић"), inverted "QUIROGA BASUALDO, María Eugenia",
//    names in capitals and lower case; a given name alone is a name span.
//  * NEW: a passport's machine-readable zone. In line 1 ("P<ARGQUIROGA<BASUALDO<<MARIA<EUGENIA<<<")
//    the name field, from the first letter of the surname to the last letter of the given names
//    with the '<' fillers between them, is one name span; the document code and issuing state
//    before it and the trailing fillers are outside. In line 2 the document number (without its
//    check digit), the date of birth (YYMMDD) and the expiry date (YYMMDD) are spans ("license",
//    "date", "date"); check digits, nationality and sex are outside.
//  * Everyone named is PHI: patients, companions, relatives, doctors, nurses, medics, ship's
//    officers, guides and porters, assistance coordinators, interpreters, panel physicians,
//    consular officers and anyone else named.
//  * Dates: the date only; a time after it (and its time zone) is outside. Every form is a date,
//    including document issue and expiry dates: US, ISO, YYYYMMDD, day/month ("5/3" in chats,
//    counted as month/day), day-first with slashes and dots, "05 MAR 2024" (passport style),
//    Spanish "5 de marzo de 2024", French "5 mars 2024", German "5. März 2024" (Austrian "5. Jänner
//    2024"), Finnish "5.3.2024" and "5. maaliskuuta 2024", Serbian "5. marta 2024." and "05.03.2024."
//    and Cyrillic "5. марта 2024." (the closing dot of a Serbian date is outside, like trailing
//    punctuation), Malay "5 Mac 2024", Swahili "5 Machi 2024", Chinese "2024年3月5日", Nepali
//    Bikram Sambat dates "2080/11/22" and "22 Falgun 2080" (the "B.S." after one is outside).
//    A date of travel is a date of the person's trip and is PHI like any other. Not PHI: years
//    alone, times and time zones ("08:00 UTC = 16:00 MYT"), durations, scores and values that look
//    like dates ("Lake Louise 4/12", "GF 30/85", "vision 6/6").
//  * Ages: a span only over 89, the number only ("93" of "93-year-old", "Edad: 93", "93 ans",
//    "93 J.", "umri 93", "aged 93") or its words ("ninety-three"). Ages of 89 or less are not PHI.
//  * Phones: every phone number written is a gold phone, in each country's national and
//    international forms, Jamaican and US seven-digit local numbers and Iridium satellite phones
//    ("+881 631 415 926"), a ship's satellite phone included; numbers labelled fax are "fax".
//  * Identifiers: decisions for the new kinds, following earlier families (national identity cards
//    and passports are "license"; personal numbers that key the record, like PESEL and the
//    Scandinavian personal numbers, are "mrn"; insurance, health-scheme and policy numbers are
//    "health_plan"; claim and case numbers are "account"; a worker-patient's employee number is
//    "account"):
//    - "license": Argentine DNI ("27.345.678") and CUIL, Colombian cédula ("1.020.345.678"),
//      Peruvian DNI, Moroccan CIN ("BE123456"), Malaysian MyKad ("780512-10-5234"), Chinese
//      resident identity number (18 characters, last may be X), Sri Lankan NIC (old "783451234V"
//      and new 12-digit), Nepali citizenship certificate number ("27-01-75-01234"), Tanzanian NIDA
//      number, Jamaican TRN; every passport number; NEW: a seafarer's identity or discharge book
//      number, a visa or work-permit number, an ICVP (yellow fever certificate) number and a
//      medical or controlled-medicine certificate's number (a number on a document issued to one
//      person), and doctors' registration numbers.
//    - "mrn": hospital, clinic, ship's-hospital and camp-clinic record numbers; the Swiss AHV
//      number ("756.1234.5678.97"), the Finnish henkilötunnus ("050378-123A") and the Serbian JMBG
//      (personal numbers the record is keyed on, like PESEL).
//    - "health_plan": travel-insurance policy numbers, a private insurer's member number,
//      Argentine PAMI and obra social affiliate numbers, Peruvian EsSalud autogenerado, Moroccan
//      CNSS/AMO immatriculation, Chinese medical insurance numbers, the Swiss insurance card
//      number (20 digits from 80756), the Austrian social-insurance number on the e-card
//      ("1234 050378", the social-insurance number is the health-insurance number, like TAJ), the
//      Serbian LBO, Nepal Health Insurance Board number, Tanzanian NHIF card, Jamaican NHF card,
//      US Medicare and plan member IDs.
//    - "account": assistance case and voucher numbers, insurance claim numbers, visa case numbers
//      and HAP IDs (a case about one person), hospital account numbers of a patient's bill, and a
//      worker-patient's employee number.
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of devices that travel with one person (portable oxygen concentrators,
//      CPAP machines, insulin pumps, implanted pacemakers and ICDs on an implant card). Model
//      numbers, the ship's AED and defibrillator serials (ship's equipment), hyperbaric chamber and
//      audiometer calibration numbers are not PHI.
//    - "vehicle": plates of the patient's own car (a Swiss canton plate at a rescue, a rental car
//      in a road accident abroad) and VINs. Flight numbers, seat numbers, PNRs and booking
//      references, ship names, IMO and MMSI numbers, cabin and deck numbers, bed and room numbers,
//      vaccine lot numbers, helicopter registrations and call signs are not PHI.
//  * Addresses: every street address written is an "address" span, in the country's order, with
//    house, flat and floor numbers, district, town and postcode inside when they follow on the same
//    line ("Av. Rivadavia 4520, piso 3, dto. B, C1424CEK CABA", "Calle 45 # 23-17, apto 502,
//    Bogotá 110231", "No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor",
//    "北京市朝阳区建国路88号3号楼1单元502室", "Mannerheimintie 12 B 34, 00100 Helsinki"); a town
//    or village alone and "Town, ST" are "address" spans when they are where a person lives or
//    comes from; a US ZIP (or ZIP+4) is its own "zip" span. NEW: places of travel are not PHI:
//    countries, cities and towns of a trip or a route ("trekking Lukla - Namche - Everest Base
//    Camp", "flight LIM-CUZ", "port of call Dubrovnik"), hospitals, hotels, ships, mountains,
//    camps and their GPS coordinates and altitudes, oil fields, mines, embassies and event venues.
//    The hotel room or camp tent where a patient is staying is not an address (not written with a
//    street).
//  * URLs are one span with path and query; e-mail addresses one span each; IPv4 and IPv6 of a
//    patient's logins and uploads are "ip" spans.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_ninth_family.h"
#include "corpus_text.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

enum class R29 { us, ar, co, pe, ma, my, cn, ch, at, fi, rs, lk, np, tz, jm };

// POOLS-BEGIN
// Name pools and places of the family's countries, its own, written by hand. Women's given names
// come first in each given-name pool (the first four).
constexpr std::string_view kGivenUs29[] = {"Dolores", "Marcy", "Kaylee", "Bonnie Jo", "Rusty", "Dwayne", "Clement",
                                           "Harlan"};
constexpr std::string_view kFamilyUs29[] = {"Hatfield", "Oyelaran-Moss", "Prendergast", "Vandersloot", "Kirkegaard",
                                            "Mulcahy", "Strickland", "Abernathy"};
constexpr std::string_view kGivenAr29[] = {"María Eugenia", "Ludmila", "Florencia Belén", "Agustina", "Juan Ignacio",
                                           "Facundo", "Héctor Raúl", "Gastón Ezequiel"};
constexpr std::string_view kFamilyAr29[] = {"Quiroga", "Basualdo", "Etchegaray", "Pagliaro", "Iturralde", "Benítez",
                                            "Zapiola", "Ceballos"};
constexpr std::string_view kGivenCo29[] = {"Luz Marina", "Yurany", "Leidy Johana", "Marleny", "Jhon Fredy", "Wílmar",
                                           "Édgar Alonso", "Yesid"};
constexpr std::string_view kFamilyCo29[] = {"Ospina", "Cardona", "Giraldo", "Bedoya", "Restrepo", "Murillo",
                                            "Zuluaga", "Arboleda"};
constexpr std::string_view kGivenPe29[] = {"Yolanda", "Maribel", "Flor de María", "Nélida", "Wilfredo", "Percy",
                                           "Teófilo", "Ulises"};
constexpr std::string_view kFamilyPe29[] = {"Huamán", "Quispe", "Mamani", "Ccori", "Condori", "Chávez",
                                            "Villanueva", "Apaza"};
constexpr std::string_view kGivenMa29[] = {"Fatima Zahra", "Khadija", "Meryem", "Saadia", "Youssef", "Abdelilah",
                                           "Hicham", "Mustapha"};
constexpr std::string_view kFamilyMa29[] = {"El Idrissi", "Benkirane", "Tazi", "Ouazzani", "Bennani", "Alaoui",
                                            "Chraibi", "Amrani"};
constexpr std::string_view kFatherMa29[] = {"Ahmed", "Mohamed", "Abdellah", "Larbi", "Driss", "Brahim"};
constexpr std::string_view kGivenMy29[] = {"Nur Aisyah", "Siti Khadijah", "Noraini", "Wan Nurul Huda", "Mohd Faizal",
                                           "Ahmad Zaki", "Muhammad Haziq", "Azlan"};
constexpr std::string_view kFatherMy29[] = {"Abdul Rahman", "Ismail", "Othman", "Hassan", "Yusof", "Sulaiman"};
constexpr std::string_view kGivenMyCn29[] = {"Mei Ling", "Siew Kim", "Pei Shan", "Hui Min", "Chee Keong", "Wei Jie",
                                             "Kok Leong", "Boon Hock"};
constexpr std::string_view kFamilyMyCn29[] = {"Tan", "Lim", "Ooi", "Khoo", "Yeoh", "Teoh"};
struct Han29 {
  std::string_view pinyin, han;
};
constexpr Han29 kGivenCn29[] = {{"Xiulan", "秀兰"},   {"Yuying", "玉英"},   {"Guizhen", "桂珍"}, {"Lihua", "丽华"},
                                {"Jianguo", "建国"}, {"Zhiqiang", "志强"}, {"Haitao", "海涛"}, {"Dewei", "德伟"}};
constexpr Han29 kFamilyCn29[] = {{"Wang", "王"}, {"Li", "李"}, {"Zhang", "张"}, {"Liu", "刘"},
                                 {"Chen", "陈"}, {"Zhou", "周"}, {"Xu", "徐"},   {"Guo", "郭"}};
constexpr std::string_view kGivenCh29[] = {"Ursula", "Vreni", "Chantal", "Heidi", "Reto", "Beat", "Urs",
                                           "Jean-Daniel"};
constexpr std::string_view kFamilyCh29[] = {"Bühlmann", "Gisler", "Rochat", "Zürcher", "Inäbnit", "Schwendimann",
                                            "Perrenoud", "Tschümperlin"};
constexpr std::string_view kGivenAt29[] = {"Anneliese", "Hermine", "Theresia", "Gerlinde", "Josef", "Engelbert",
                                           "Florian", "Alois"};
constexpr std::string_view kFamilyAt29[] = {"Hinterberger", "Pichler", "Gruber", "Oberhauser", "Moosbrugger",
                                            "Wallner", "Hofer", "Strolz"};
constexpr std::string_view kGivenFi29[] = {"Aino", "Ulla-Britt", "Pirjo", "Marjatta", "Jussi", "Veikko", "Tapani",
                                           "Kalle"};
constexpr std::string_view kFamilyFi29[] = {"Mäkelä", "Lindqvist", "Heikkinen", "Kärkkäinen", "Väisänen", "Nieminen",
                                            "Koskinen", "Hämäläinen"};
struct Cyr29 {
  std::string_view latin, cyr;
};
constexpr Cyr29 kGivenRs29[] = {{"Dragana", "Драгана"}, {"Jelena", "Јелена"},  {"Ljiljana", "Љиљана"},
                                {"Snežana", "Снежана"}, {"Miloš", "Милош"},    {"Nenad", "Ненад"},
                                {"Dragoljub", "Драгољуб"}, {"Željko", "Жељко"}};
constexpr Cyr29 kFamilyRs29[] = {{"Petrović", "Петровић"},   {"Jovanović", "Јовановић"}, {"Đorđević", "Ђорђевић"},
                                 {"Stojanović", "Стојановић"}, {"Marković", "Марковић"},   {"Nikolić", "Николић"},
                                 {"Ilić", "Илић"}};
constexpr std::string_view kGivenLk29[] = {"Kumari Nilmini", "Chandrika", "Anoma Dilrukshi", "Thilini", "Chaminda",
                                           "Nuwan Pradeep", "Lasantha", "Sivakumar"};
constexpr std::string_view kFamilyLk29[] = {"Perera", "Jayawardena", "Wickramasinghe", "Bandara", "Rajapaksha",
                                            "Thevarajah", "Senanayake"};
constexpr std::string_view kGeLk29[] = {"", "", "", "Hettiarachchige Don", "Wijesinghe Mudiyanselage", "Kankanamge",
                                        "Liyanage"};
constexpr std::string_view kGivenNp29[] = {"Sita Kumari", "Pasang Lhamu", "Dolma", "Bishnu Maya", "Ram Bahadur",
                                           "Pasang Dawa", "Ang Tshering", "Dil Prasad"};
constexpr std::string_view kFamilyNp29[] = {"Sherpa", "Gurung", "Thapa", "Tamang", "Shrestha", "Rai", "Adhikari",
                                            "Magar"};
constexpr std::string_view kGivenTz29[] = {"Neema", "Rehema", "Upendo", "Zawadi", "Baraka", "Juma", "Emmanuel",
                                           "Godfrey"};
constexpr std::string_view kFatherTz29[] = {"Joseph", "Elias", "Salim", "Mussa", "Daudi", "Petro", "Hamisi"};
constexpr std::string_view kFamilyTz29[] = {"Mollel", "Mushi", "Kimaro", "Massawe", "Swai", "Lyimo", "Mrema",
                                            "Shirima"};
constexpr std::string_view kGivenJm29[] = {"Shanique", "Tameka", "Marcia", "Sophia-Ann", "Delroy", "Kemar",
                                           "Fitzroy", "Oneil"};
constexpr std::string_view kFamilyJm29[] = {"Campbell-Brown", "McKenzie", "Williams", "Grant", "Bailey", "Thompson",
                                            "Reid", "Ebanks"};
struct Town29 {
  std::string_view town, state, zip3;
};
constexpr Town29 kTowns29[] = {{"Sitka", "AK", "998"},     {"Moab", "UT", "845"},       {"Bar Harbor", "ME", "046"},
                               {"Key West", "FL", "330"},  {"Taos", "NM", "875"},       {"Bozeman", "MT", "597"},
                               {"Estes Park", "CO", "805"}, {"Galveston", "TX", "775"}, {"Ketchum", "ID", "833"},
                               {"Leadville", "CO", "804"}};
constexpr std::string_view kStreets29[] = {"Harbor View", "Anchor", "Pinecrest", "Summit Ridge", "Trailhead",
                                           "Lighthouse", "Saltmarsh"};
// POOLS-END
constexpr std::size_t kWomen29 = 4;  // the first four given names of each pool are women's
constexpr std::string_view kSuffixes29[] = {"Road", "Rd", "Street", "St", "Lane", "Drive", "Way", "Court"};
constexpr std::string_view kUnits29[] = {"Apt 3", "Unit 11", "#204", "Apt. 2B"};
constexpr std::string_view kRelationsF29[] = {"daughter", "wife", "sister", "travel companion", "niece", "mother"};
constexpr std::string_view kRelationsM29[] = {"son", "husband", "brother", "travel companion", "nephew", "father"};
constexpr std::string_view kMail29[] = {"mail.example.com", "inbox.example.net", "post.example.org",
                                        "correo.example.com"};
constexpr std::array<std::string_view, 12> kMonths29 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMeses29 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                       "diciembre"};
constexpr std::array<std::string_view, 12> kMois29 = {"janvier", "février", "mars", "avril", "mai", "juin",
                                                      "juillet", "août", "septembre", "octobre", "novembre",
                                                      "décembre"};
constexpr std::array<std::string_view, 12> kMonate29 = {"Januar", "Februar", "März", "April", "Mai", "Juni",
                                                        "Juli", "August", "September", "Oktober", "November",
                                                        "Dezember"};
constexpr std::array<std::string_view, 12> kKuu29 = {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta",
                                                     "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
                                                     "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"};
constexpr std::array<std::string_view, 12> kMesec29 = {"januara", "februara", "marta", "aprila", "maja", "juna",
                                                       "jula", "avgusta", "septembra", "oktobra", "novembra",
                                                       "decembra"};
constexpr std::array<std::string_view, 12> kMesecCyr29 = {"јануара", "фебруара", "марта", "априла", "маја", "јуна",
                                                          "јула", "августа", "септембра", "октобра", "новембра",
                                                          "децембра"};
constexpr std::array<std::string_view, 12> kBulan29 = {"Januari", "Februari", "Mac", "April", "Mei", "Jun",
                                                       "Julai", "Ogos", "September", "Oktober", "November",
                                                       "Disember"};
constexpr std::array<std::string_view, 12> kMwezi29 = {"Januari", "Februari", "Machi", "Aprili", "Mei", "Juni",
                                                       "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
                                                       "Desemba"};
constexpr std::array<std::string_view, 12> kBs29 = {"Baisakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Asoj",
                                                    "Kartik", "Mangsir", "Poush", "Magh", "Falgun", "Chaitra"};

struct Person29 {
  std::string given, family, father, ge, han, cyrGiven, cyrFamily;
  bool female = false;
  bool malay = false;  // a Malay name with bin/binti and the father's name, no family name
};

struct Cast29 {
  R29 region = R29::us;
  Person29 pt, kin;
  std::array<Person29, 4> staff;
  int by = 1950, bm = 1, bd = 1, age = 70;
  std::string street, city, state, zip, rel, home;  // home: the patient's address in the country
};

enum class Case29 { asIs, lower, upper };

struct Ctx29 {
  NoteBuilder& b;
  const Cast29& c;
  Case29 mode;
  R29 abroad;
  std::array<Person29, 2> away;  // staff on the other side of a cross-border document
};

std::string up29(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low29(std::string s) { return recaseUtf8(std::move(s), false); }
std::string cased29(const Ctx29& x, std::string s) {
  if (x.mode == Case29::lower) return low29(std::move(s));
  if (x.mode == Case29::upper) return up29(std::move(s));
  return s;
}
void put29(Ctx29& x, std::string_view category, std::string v) { x.b.phi(category, cased29(x, std::move(v))); }
void say29(Ctx29& x, std::string v) { x.b.text(cased29(x, std::move(v))); }
std::string pick29(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }



Person29 person29(Random& r, R29 g) {
  Person29 q;
  const std::size_t k = r.next() % 8;  // every given-name pool has eight names, the first four women's
  q.female = k < kWomen29;
  switch (g) {
    case R29::us: q.given = std::string(kGivenUs29[k]); q.family = pick29(r, kFamilyUs29); break;
    case R29::ar:
      q.given = std::string(kGivenAr29[k]);
      q.family = pick29(r, kFamilyAr29);
      if (r.chance(0.4)) q.family += " " + pick29(r, kFamilyAr29);
      break;
    case R29::co: case R29::pe: {
      const auto fam = g == R29::co ? std::span<const std::string_view>(kFamilyCo29) : std::span<const std::string_view>(kFamilyPe29);
      q.given = std::string(g == R29::co ? kGivenCo29[k] : kGivenPe29[k]);
      q.family = pick29(r, fam);
      std::string second = pick29(r, fam);
      while (second == q.family) second = pick29(r, fam);
      q.family += " " + second;
      break;
    }
    case R29::ma:
      q.given = std::string(kGivenMa29[k]);
      q.family = pick29(r, kFamilyMa29);
      if (r.chance(0.4)) q.father = pick29(r, kFatherMa29);
      break;
    case R29::my:
      if (r.chance(0.65)) {
        q.malay = true;
        q.given = std::string(kGivenMy29[k]);
        q.father = pick29(r, kFatherMy29);
      } else {
        q.given = std::string(kGivenMyCn29[k]);
        q.family = pick29(r, kFamilyMyCn29);
      }
      break;
    case R29::cn: {
      const Han29& fam = r.pick(std::span<const Han29>(kFamilyCn29));
      q.given = std::string(kGivenCn29[k].pinyin);
      q.family = std::string(fam.pinyin);
      q.han = std::string(fam.han) + std::string(kGivenCn29[k].han);
      break;
    }
    case R29::ch: q.given = std::string(kGivenCh29[k]); q.family = pick29(r, kFamilyCh29); break;
    case R29::at: q.given = std::string(kGivenAt29[k]); q.family = pick29(r, kFamilyAt29); break;
    case R29::fi: q.given = std::string(kGivenFi29[k]); q.family = pick29(r, kFamilyFi29); break;
    case R29::rs: {
      const Cyr29& fam = r.pick(std::span<const Cyr29>(kFamilyRs29));
      q.given = std::string(kGivenRs29[k].latin);
      q.cyrGiven = std::string(kGivenRs29[k].cyr);
      q.family = std::string(fam.latin);
      q.cyrFamily = std::string(fam.cyr);
      break;
    }
    case R29::lk: q.given = std::string(kGivenLk29[k]); q.family = pick29(r, kFamilyLk29); q.ge = pick29(r, kGeLk29); break;
    case R29::np: q.given = std::string(kGivenNp29[k]); q.family = pick29(r, kFamilyNp29); break;
    case R29::tz:
      q.given = std::string(kGivenTz29[k]);
      q.father = pick29(r, kFatherTz29);
      q.family = pick29(r, kFamilyTz29);
      break;
    case R29::jm: q.given = std::string(kGivenJm29[k]); q.family = pick29(r, kFamilyJm29); break;
  }
  return q;
}

bool familyFirst29(const Person29& p, R29 g) { return g == R29::cn || (g == R29::my && !p.malay); }

std::string fullName29(const Person29& p, R29 g) {
  if (p.malay) return p.given + (p.female ? " binti " : " bin ") + p.father;
  if (familyFirst29(p, g)) return p.family + " " + p.given;
  if (g == R29::ma && !p.father.empty()) return p.given + (p.female ? " bint " : " ben ") + p.father + " " + p.family;
  if (g == R29::tz) return p.given + " " + p.father + " " + p.family;
  if (g == R29::lk && !p.ge.empty()) return p.ge + " " + p.given + " " + p.family;
  return p.given + " " + p.family;
}

// A name part in a passport's machine-readable zone: base letters in capitals, '<' between words.
std::string mrzPart29(const std::string& s) {
  std::string out, word;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ' || s[i] == '-') {
      if (!word.empty()) {
        if (!out.empty()) out += "<";
        out += up29(asciiLetters(word));
      }
      word.clear();
    } else {
      word.push_back(s[i]);
    }
  }
  return out;
}

// Name forms: full, UP, low, given, lowgiven, last, inv, ini, han (Chinese characters), cyr
// (Serbian Cyrillic), sur and gvn (a passport's surname and given-names fields), mrz.
std::string nameForm29(Random& r, const Person29& p, R29 g, std::string f) {
  if (f.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "inv", "UP", "ini"};
    f = pick29(r, kForms);
  }
  const std::string full = fullName29(p, g);
  if (f == "full") return full;
  if (f == "UP") return up29(full);
  if (f == "low") return low29(full);
  if (f == "given") return p.given;
  if (f == "lowgiven") return low29(p.given);
  if (f == "last") return p.family.empty() ? p.given : p.family;
  if (f == "inv") {
    if (p.malay) return up29(full);
    if (g == R29::tz) return up29(p.family) + ", " + p.given + " " + p.father;
    if (g == R29::ma && !p.father.empty()) return up29(p.family) + ", " + p.given + (p.female ? " bint " : " ben ") + p.father;
    return up29(p.family) + ", " + p.given;
  }
  if (f == "ini") {
    if (p.malay || familyFirst29(p, g)) return full;
    if (g == R29::lk) {  // Sri Lankan initials of the ge-name and given names before the surname
      std::string ini;
      const std::string words = (p.ge.empty() ? "" : p.ge + " ") + p.given;
      bool start = true;
      for (char ch : words) {
        if (start && ch != ' ') ini += std::string(1, ch) + ". ";
        start = ch == ' ';
      }
      return ini + p.family;
    }
    const auto lead = static_cast<unsigned char>(p.given[0]);
    return p.given.substr(0, lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : 3) + ". " + p.family;  // a whole first letter
  }
  if (f == "han") return p.han.empty() ? full : p.han;
  if (f == "cyr") return p.cyrGiven.empty() ? full : p.cyrGiven + " " + p.cyrFamily;
  if (f == "sur") return up29(p.malay ? full : p.family);
  if (f == "gvn") return up29(p.malay ? std::string() : p.given);
  if (f == "mrz") {
    if (p.malay) return mrzPart29(full);
    std::string given = p.given;
    if (g == R29::tz) given += " " + p.father;
    if (g == R29::ma && !p.father.empty()) given += (p.female ? " bint " : " ben ") + p.father;
    if (g == R29::lk && !p.ge.empty()) given = p.ge + " " + given;
    return mrzPart29(p.family) + "<<" + mrzPart29(given);
  }
  throw std::logic_error("unknown name form " + f);
}

void name29(Ctx29& x, const Person29& p, R29 g, std::string_view form) {
  put29(x, "name", nameForm29(x.b.random(), p, g, std::string(form)));
}

// Dates in the countries' forms. Serbian dates end with a dot that stays outside the span, as does
// "B.S." after a Nepali (Bikram Sambat) date.
void date29(Ctx29& x, R29 g, int y, int m, int d, std::string_view style) {
  Random& r = x.b.random();
  std::string s(style);
  if (s.empty()) {
    switch (g) {
      case R29::us: s = r.chance(0.5) ? "mdy" : "long"; break;
      case R29::ar: case R29::co: case R29::pe: s = r.chance(0.5) ? "dmy" : "es"; break;
      case R29::ma: s = r.chance(0.5) ? "dmy" : "fr"; break;
      case R29::my: s = r.chance(0.5) ? "dmy" : "ms"; break;
      case R29::cn: s = r.chance(0.5) ? "iso" : "zh"; break;
      case R29::ch: s = r.chance(0.5) ? "dot" : "de"; break;
      case R29::at: s = r.chance(0.5) ? "dot" : "at"; break;
      case R29::fi: s = r.chance(0.5) ? "fidot" : "fi"; break;
      case R29::rs: s = r.chance(0.5) ? "rsdot" : "rs"; break;
      case R29::lk: s = r.chance(0.5) ? "dmy" : "iso"; break;
      case R29::np: s = r.chance(0.5) ? "dmy" : "bs"; break;
      case R29::tz: s = r.chance(0.5) ? "dmy" : "sw"; break;
      case R29::jm: s = r.chance(0.5) ? "dmy" : "long"; break;
    }
  }
  const auto mi = static_cast<std::size_t>(m - 1);
  const std::string ys = std::to_string(y);
  std::string v;
  if (s == "mdy") v = twoDigits(m) + "/" + twoDigits(d) + "/" + ys;
  else if (s == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (s == "dm") v = std::to_string(d) + "/" + std::to_string(m);
  else if (s == "long") v = std::string(kMonths29[mi]) + " " + std::to_string(d) + ", " + ys;
  else if (s == "iso") v = ys + "-" + twoDigits(m) + "-" + twoDigits(d);
  else if (s == "compact") v = ys + twoDigits(m) + twoDigits(d);
  else if (s == "yymmdd") v = twoDigits(y % 100) + twoDigits(m) + twoDigits(d);
  else if (s == "dmy") v = twoDigits(d) + "/" + twoDigits(m) + "/" + ys;
  else if (s == "dot") v = twoDigits(d) + "." + twoDigits(m) + "." + ys;
  else if (s == "fidot") v = std::to_string(d) + "." + std::to_string(m) + "." + ys;
  else if (s == "rsdot") v = twoDigits(d) + "." + twoDigits(m) + "." + ys;
  else if (s == "pp") v = twoDigits(d) + " " + up29(std::string(kMonths29[mi].substr(0, 3))) + " " + ys;
  else if (s == "dmon") v = twoDigits(d) + "-" + up29(std::string(kMonths29[mi].substr(0, 3))) + "-" + ys;
  else if (s == "es") v = std::to_string(d) + " de " + std::string(kMeses29[mi]) + " de " + ys;
  else if (s == "fr") v = std::to_string(d) + " " + std::string(kMois29[mi]) + " " + ys;
  else if (s == "de") v = std::to_string(d) + ". " + std::string(kMonate29[mi]) + " " + ys;
  else if (s == "at") v = std::to_string(d) + ". " + (m == 1 ? std::string("Jänner") : std::string(kMonate29[mi])) + " " + ys;
  else if (s == "fi") v = std::to_string(d) + ". " + std::string(kKuu29[mi]) + " " + ys;
  else if (s == "rs") v = std::to_string(d) + ". " + std::string(kMesec29[mi]) + " " + ys;
  else if (s == "rscyr") v = std::to_string(d) + ". " + std::string(kMesecCyr29[mi]) + " " + ys;
  else if (s == "ms") v = std::to_string(d) + " " + std::string(kBulan29[mi]) + " " + ys;
  else if (s == "sw") v = std::to_string(d) + " " + std::string(kMwezi29[mi]) + " " + ys;
  else if (s == "zh") v = ys + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
  else if (s == "bs" || s == "bsname") {  // Bikram Sambat, near enough: the year starts in mid-April
    const int bm = ((m + 8 - (d < 14 ? 1 : 0)) % 12) + 1;
    const int by = y + (bm <= 9 && (m > 4 || (m == 4 && d >= 14)) ? 57 : 56);
    const int bd = (d + 16) % 30 + 1;
    v = s == "bs" ? std::to_string(by) + "/" + twoDigits(bm) + "/" + twoDigits(bd)
                  : std::to_string(bd) + " " + std::string(kBs29[static_cast<std::size_t>(bm - 1)]) + " " + std::to_string(by);
  } else {
    throw std::logic_error("unknown date style " + s);
  }
  put29(x, "date", v);
  if (s == "rs" || s == "rsdot" || s == "rscyr") say29(x, ".");
}

// Phones of the countries, national and international (7 to 12 digits).
std::string phone29(Random& r, R29 g, int intl) {  // intl: 0 national, 1 international, -1 either
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  switch (g) {
    case R29::us: case R29::jm: {
      static constexpr std::string_view kUs[] = {"907", "435", "207", "305", "575", "406", "970"};
      const std::string a = g == R29::jm ? std::string("876") : pick29(r, kUs);
      const std::string e = std::to_string(r.between(2, 9)) + r.digits(2), l = r.digits(4);
      if (i) return "+1 " + a + " " + e + " " + l;
      switch (r.between(0, 2)) {
        case 0: return "(" + a + ") " + e + "-" + l;
        case 1: return a + "-" + e + "-" + l;
        default: return "1-" + a + "-" + e + "-" + l;
      }
    }
    case R29::ar: return i ? "+54 11 " + r.digits(4) + "-" + r.digits(4) : r.chance(0.5) ? "(011) 4" + r.digits(3) + "-" + r.digits(4) : "11 15-" + r.digits(4) + "-" + r.digits(4);
    case R29::co: return i ? "+57 3" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4) : r.chance(0.5) ? "3" + r.digits(2) + " " + r.digits(3) + " " + r.digits(4) : "(601) " + r.digits(3) + " " + r.digits(4);
    case R29::pe: return i ? "+51 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : r.chance(0.6) ? "9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : "(084) 2" + r.digits(1) + "-" + r.digits(4);
    case R29::ma: return i ? "+212 6" + r.digits(2) + "-" + r.digits(6) : "06 " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2);
    case R29::my: return i ? "+60 1" + r.digits(1) + "-" + r.digits(3) + " " + r.digits(4) : "01" + r.digits(1) + "-" + r.digits(3) + " " + r.digits(4);
    case R29::cn: return i ? "+86 10 " + r.digits(4) + " " + r.digits(4) : "13" + r.digits(1) + " " + r.digits(4) + " " + r.digits(4);
    case R29::ch: return i ? "+41 79 " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2) : "07" + std::to_string(r.between(6, 9)) + " " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2);
    case R29::at: return i ? "+43 664 " + r.digits(7) : "0664 " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2);
    case R29::fi: return i ? "+358 40 " + r.digits(3) + " " + r.digits(4) : "04" + std::to_string(r.between(0, 5)) + " " + r.digits(3) + " " + r.digits(4);
    case R29::rs: return i ? "+381 6" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4) : r.chance(0.6) ? "06" + r.digits(1) + "/" + r.digits(3) + "-" + r.digits(4) : "011/" + r.digits(3) + "-" + r.digits(4);
    case R29::lk: return i ? "+94 7" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4) : "07" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4);
    case R29::np: return i ? "+977 1 4" + r.digits(6) : "98" + r.digits(1) + "-" + r.digits(7);
    case R29::tz: return i ? "+255 7" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : "07" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
  }
  return r.digits(8);
}

// Street addresses on one line, the postcode inside, in each country's order.
std::string address29(Random& r, R29 g) {
  const std::string n = std::to_string(r.between(2, 240));
  switch (g) {
    case R29::us: case R29::jm: {
      static constexpr std::string_view kJm[] = {" Hope Road, Kingston 6", " Main Street, Ocho Rios, St. Ann",
                                                 " Gloucester Avenue, Montego Bay, St. James", " Barbican Road, Kingston 8"};
      return (r.chance(0.3) ? "Lot " : "") + n + pick29(r, kJm);
    }
    case R29::ar: {
      static constexpr std::string_view kAr[] = {"Av. Rivadavia ", "Calle Lavalle ", "Bv. San Juan ", "Calle 7 N° "};
      static constexpr std::string_view kTown[] = {", C1424CEK CABA", ", C1043AAQ CABA", ", X5000 Córdoba", ", B1900 La Plata"};
      return pick29(r, kAr) + std::to_string(r.between(100, 5800)) + (r.chance(0.5) ? ", piso " + std::to_string(r.between(1, 12)) + ", dto. " + r.letters(1, true) : "") +
             pick29(r, kTown);
    }
    case R29::co: {
      static constexpr std::string_view kCo[] = {"Calle ", "Carrera ", "Cra. ", "Diagonal "};
      static constexpr std::string_view kTown[] = {", Bogotá 110231", ", Medellín 050021", ", Cartagena de Indias 130001", ", Cali 760042"};
      return pick29(r, kCo) + std::to_string(r.between(1, 120)) + (r.chance(0.3) ? "A" : "") + " # " + std::to_string(r.between(1, 99)) + "-" +
             std::to_string(r.between(1, 99)) + (r.chance(0.5) ? ", apto " + std::to_string(r.between(101, 1204)) : "") + pick29(r, kTown);
    }
    case R29::pe: {
      static constexpr std::string_view kPe[] = {"Jr. Ayacucho ", "Av. El Sol ", "Calle Mercaderes ", "Av. Arequipa "};
      static constexpr std::string_view kTown[] = {", Cercado de Lima, Lima 15001", ", Wanchaq, Cusco 08002", ", Arequipa 04001", ", Miraflores, Lima 15074"};
      return pick29(r, kPe) + std::to_string(r.between(100, 2400)) + (r.chance(0.3) ? ", dpto. " + std::to_string(r.between(101, 905)) : "") + pick29(r, kTown);
    }
    case R29::ma: {
      static constexpr std::string_view kMa[] = {", Rue Ibn Batouta, Quartier Gauthier, 20060 Casablanca", ", Derb Sidi Bouloukat, Médina, 40000 Marrakech",
                                                 ", Avenue Hassan II, Imm. 5, Apt 8, 30000 Fès", ", Rue Oued Sebou, Agdal, 10090 Rabat"};
      return n + pick29(r, kMa);
    }
    case R29::my: {
      static constexpr std::string_view kMy[] = {", Jalan SS 2/24, 47300 Petaling Jaya, Selangor", ", Jalan Kuching, 51200 Kuala Lumpur",
                                                 ", Lorong Kenari 3, Taman Sri Rampai, 53300 Kuala Lumpur", ", Jalan Burma, 10050 George Town, Pulau Pinang"};
      return (r.chance(0.4) ? "B-" + std::to_string(r.between(1, 20)) + "-" + std::to_string(r.between(1, 12)) : "No. " + n) + pick29(r, kMy);
    }
    case R29::cn: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kCn[] = {"北京市朝阳区建国路", "上海市徐汇区漕溪北路", "四川省成都市武侯区人民南路"};
        return pick29(r, kCn) + n + "号" + std::to_string(r.between(1, 12)) + "号楼" + std::to_string(r.between(1, 4)) + "单元" +
               std::to_string(r.between(1, 28)) + "0" + std::to_string(r.between(1, 6)) + "室";
      }
      static constexpr std::string_view kCn[] = {" Jianguo Road, Chaoyang District, Beijing 100022", " Caoxi North Road, Xuhui District, Shanghai 200030",
                                                 " Renmin South Road, Wuhou District, Chengdu 610041"};
      return "Rm " + std::to_string(r.between(1, 28)) + "0" + std::to_string(r.between(1, 6)) + ", Bldg " + std::to_string(r.between(1, 12)) + ", No. " + n +
             pick29(r, kCn);
    }
    case R29::ch: {
      static constexpr std::string_view kCh[] = {"Bahnhofstrasse ", "Rue de Lausanne ", "Hofmattstrasse ", "Via Nassa "};
      static constexpr std::string_view kTown[] = {", 8001 Zürich", ", 1201 Genève", ", 3920 Zermatt", ", 6900 Lugano"};
      return pick29(r, kCh) + std::to_string(r.between(1, 90)) + pick29(r, kTown);
    }
    case R29::at: {
      static constexpr std::string_view kAt[] = {"Mariahilfer Straße ", "Museumstraße ", "Getreidegasse ", "Dorfstraße "};
      static constexpr std::string_view kTown[] = {", 1060 Wien", ", 6020 Innsbruck", ", 5020 Salzburg", ", 6580 St. Anton am Arlberg"};
      return pick29(r, kAt) + std::to_string(r.between(1, 90)) + (r.chance(0.5) ? "/" + std::to_string(r.between(1, 9)) + "/" + std::to_string(r.between(1, 30)) : "") +
             pick29(r, kTown);
    }
    case R29::fi: {
      static constexpr std::string_view kFi[] = {"Mannerheimintie ", "Hallituskatu ", "Koskikatu ", "Köpmansgatan "};
      static constexpr std::string_view kTown[] = {", 00100 Helsinki", ", 90100 Oulu", ", 96200 Rovaniemi", ", 22100 Mariehamn"};
      return pick29(r, kFi) + std::to_string(r.between(1, 90)) + (r.chance(0.6) ? " " + r.letters(1, true).substr(0, 1) + " " + std::to_string(r.between(1, 60)) : "") +
             pick29(r, kTown);
    }
    case R29::rs: {
      static constexpr std::string_view kRs[] = {"Knez Mihailova ", "Bulevar oslobođenja ", "Nemanjina ", "Vojvode Mišića "};
      static constexpr std::string_view kTown[] = {", 11000 Beograd", ", 21000 Novi Sad", ", 18000 Niš", ", 34000 Kragujevac"};
      return pick29(r, kRs) + std::to_string(r.between(1, 120)) + (r.chance(0.5) ? "/" + std::to_string(r.between(1, 40)) : "") + pick29(r, kTown);
    }
    case R29::lk: {
      static constexpr std::string_view kLk[] = {", Galle Road, Colombo 03", ", Temple Road, Kandy 20000", ", Lighthouse Street, Galle 80000",
                                                 ", Hospital Road, Jaffna 40000"};
      return "No. " + n + (r.chance(0.4) ? "/" + std::to_string(r.between(1, 9)) : "") + pick29(r, kLk);
    }
    case R29::np: {
      static constexpr std::string_view kNp[] = {", Thamel, Kathmandu 44600", ", Lakeside, Pokhara-6, Kaski 33700",
                                                 ", Khumjung, Solukhumbu 56000", ", Jawalakhel, Lalitpur 44700"};
      return "Ward No. " + std::to_string(r.between(1, 32)) + ", House " + n + pick29(r, kNp);
    }
    case R29::tz: {
      static constexpr std::string_view kTz[] = {", Block C, Mikocheni, Dar es Salaam", ", Mtaa wa Sokoine, Arusha",
                                                 ", Kata ya Kiboriloni, Moshi, Kilimanjaro", ", Mtaa wa Uhuru, Mwanza"};
      return "Plot " + n + pick29(r, kTz);
    }
  }
  return n;
}

std::string town29(Random& r, R29 g) {
  static constexpr std::string_view kT[][2] = {{"Sitka, AK", "Moab, UT"},       {"Bariloche", "Mendoza"},
                                               {"Pereira", "Manizales"},        {"Urubamba", "Huaraz"},
                                               {"Ouarzazate", "Tétouan"},       {"Kota Bharu", "Ipoh"},
                                               {"Kunming", "Lhasa"},            {"Grindelwald", "Sion"},
                                               {"Kitzbühel", "Bludenz"},        {"Kittilä", "Kuusamo"},
                                               {"Zlatibor", "Čačak"},           {"Nuwara Eliya", "Matara"},
                                               {"Namche Bazaar", "Jomsom"},     {"Karatu", "Mbeya"},
                                               {"Port Antonio", "Mandeville"}};
  return std::string(kT[static_cast<std::size_t>(g)][r.next() % 2]);
}

// Identifiers. Decisions (see the header comment): national identity card and passport numbers are
// "license"; personal numbers that key the record (Swiss AHV, Finnish HETU, Serbian JMBG) are
// "mrn"; insurance numbers are "health_plan".
struct Ident29 {
  std::string category, value;
};

Ident29 nationalId29(Random& r, const Cast29& c) {
  const std::string yy = twoDigits(c.by % 100), mm = twoDigits(c.bm), dd = twoDigits(c.bd);
  const bool f = c.pt.female;
  switch (c.region) {
    case R29::ar: {
      const std::string dni = std::to_string(r.between(10, 45)) + "." + r.digits(3) + "." + r.digits(3);
      if (r.chance(0.3)) {
        std::string plain;
        for (char ch : dni) if (ch != '.') plain.push_back(ch);
        return {"license", std::string(f ? "27" : "20") + "-" + plain + "-" + r.digits(1)};  // CUIL
      }
      return {"license", dni};
    }
    case R29::co:  // a cédula: ten digits ("1.020.345.678") for the young, eight ("39.551.566") before
      if (c.by >= 1985) return {"license", "1." + std::to_string(r.between(0, 1)) + r.digits(2) + "." + r.digits(3) + "." + r.digits(3)};
      return {"license", std::to_string(r.between(10, 79)) + "." + r.digits(3) + "." + r.digits(3)};
    case R29::pe: return {"license", std::to_string(r.between(1, 7)) + r.digits(7)};
    case R29::ma: {
      static constexpr std::string_view kPre[] = {"BE", "BK", "A", "JA", "CD", "EE"};
      return {"license", pick29(r, kPre) + r.digits(6)};
    }
    case R29::my: return {"license", yy + mm + dd + "-" + twoDigits(r.between(1, 16)) + "-" + r.digits(3) + std::to_string(f ? 2 * r.between(0, 4) : 2 * r.between(0, 4) + 1)};
    case R29::cn: {
      static constexpr std::string_view kArea[] = {"110105", "310104", "510107", "440106"};
      return {"license", pick29(r, kArea) + std::to_string(c.by) + mm + dd + r.digits(2) + std::to_string(f ? 2 * r.between(0, 4) : 2 * r.between(0, 4) + 1) +
                             (r.chance(0.1) ? "X" : r.digits(1))};
    }
    case R29::ch: return {"mrn", "756." + r.digits(4) + "." + r.digits(4) + "." + r.digits(2)};  // AHV/AVS
    case R29::at: return {"health_plan", std::to_string(r.between(1, 9)) + r.digits(3) + " " + dd + mm + yy};  // SVNR on the e-card
    case R29::fi: {
      static constexpr std::string_view kCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";
      const std::string ind = twoDigits(r.between(2, 89)) + std::to_string(f ? 2 * r.between(0, 4) : 2 * r.between(0, 4) + 1);
      const long long num = std::stoll(dd + mm + yy + ind);
      return {"mrn", dd + mm + yy + (c.by >= 2000 ? "A" : "-") + ind + std::string(1, kCheck[static_cast<std::size_t>(num % 31)])};
    }
    case R29::rs: return {"mrn", dd + mm + twoDigits(c.by % 1000 / 10) + std::to_string(c.by % 10) + std::to_string(r.between(71, 89)) + std::to_string(f ? r.between(500, 999) : r.between(0, 499) + 1000).substr(f ? 0 : 1) + r.digits(1)};
    case R29::lk: {
      const int doy = (c.bm - 1) * 30 + c.bd + (f ? 500 : 0);
      const std::string ds = (doy < 100 ? "0" : "") + std::string(doy < 10 ? "0" : "") + std::to_string(doy);
      if (c.by >= 1990 || r.chance(0.4)) return {"license", std::to_string(c.by) + ds + "0" + r.digits(4)};
      return {"license", yy + ds + r.digits(4) + (r.chance(0.9) ? "V" : "X")};
    }
    case R29::np: return {"license", twoDigits(r.between(1, 75)) + "-" + twoDigits(r.between(1, 9)) + "-" + twoDigits(r.between(60, 80)) + "-" + r.digits(5)};
    case R29::tz: return {"license", std::to_string(c.by) + mm + dd + "-" + r.digits(5) + "-" + r.digits(5) + "-" + r.digits(2)};  // NIDA
    case R29::jm: return {"license", "1" + r.digits(2) + "-" + r.digits(3) + "-" + r.digits(3)};  // TRN
    case R29::us: return {"ssn", std::to_string(r.between(1, 6)) + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(4)};
  }
  return {"license", r.digits(9)};
}

Ident29 insurance29(Random& r, const Cast29& c) {
  switch (c.region) {
    case R29::ar: return {"health_plan", r.chance(0.5) ? "15" + r.digits(10) + "/00" : r.digits(2) + "-" + r.digits(8) + "-" + r.digits(1) + "/" + r.digits(2)};
    case R29::pe: return {"health_plan", twoDigits(c.by % 100) + twoDigits(c.bm) + r.digits(3) + r.letters(4, true) + r.digits(3)};  // EsSalud autogenerado
    case R29::ma: return {"health_plan", r.digits(9)};  // CNSS immatriculation (AMO)
    case R29::cn: return {"health_plan", r.digits(2) + "0000" + r.digits(8)};
    case R29::ch: return {"health_plan", "80756" + r.digits(15)};  // insurance card number
    case R29::at: return {"health_plan", std::to_string(r.between(1, 9)) + r.digits(3) + " " + twoDigits(c.bd) + twoDigits(c.bm) + twoDigits(c.by % 100)};
    case R29::rs: return {"health_plan", r.digits(11)};  // LBO
    case R29::np: return {"health_plan", r.digits(9)};   // Health Insurance Board
    case R29::tz: return {"health_plan", r.digits(12)};  // NHIF card
    case R29::jm: return {"health_plan", "NHF" + r.digits(8)};
    case R29::us: return {"health_plan", std::to_string(r.between(1, 9)) + r.letters(2, true) + std::to_string(r.between(1, 9)) + "-" +
                                             r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) + r.digits(2)};  // MBI
    default: break;
  }
  return {"health_plan", r.letters(3, true) + r.digits(9)};  // a private insurer's member number
}

std::string passport29(Random& r, R29 g) {
  switch (g) {
    case R29::ar: return "AA" + r.letters(1, true) + r.digits(6);
    case R29::co: return "AX" + r.digits(6);
    case R29::pe: return r.digits(9);
    case R29::ma: return r.letters(2, true) + r.digits(7);
    case R29::my: return std::string(r.chance(0.5) ? "A" : "H") + r.digits(8);
    case R29::cn: return "E" + r.digits(8);
    case R29::ch: return "X" + r.digits(7);
    case R29::at: return "U" + r.digits(7);
    case R29::fi: return r.letters(2, true) + r.digits(7);
    case R29::rs: return r.digits(9);
    case R29::lk: return "N" + r.digits(7);
    case R29::np: return r.digits(8);
    case R29::tz: return "TAE" + r.digits(6);
    case R29::jm: return "A" + r.digits(7);
    case R29::us: return r.digits(9);
  }
  return r.digits(9);
}

std::string_view isoCode29(R29 g) {
  static constexpr std::string_view kIso[] = {"USA", "ARG", "COL", "PER", "MAR", "MYS", "CHN", "CHE",
                                              "AUT", "FIN", "SRB", "LKA", "NPL", "TZA", "JAM"};
  return kIso[static_cast<std::size_t>(g)];
}

std::string plate29(Random& r, R29 g) {
  switch (g) {
    case R29::ar: return r.letters(2, true) + " " + r.digits(3) + " " + r.letters(2, true);
    case R29::co: case R29::pe: case R29::fi: return r.letters(3, true) + "-" + r.digits(3);
    case R29::ma: return r.digits(5) + "-" + r.letters(1, true) + "-" + std::to_string(r.between(1, 89));
    case R29::my: return r.letters(3, true) + " " + std::to_string(r.between(1, 9999));
    case R29::cn: return "京" + r.letters(1, true) + "·" + r.letters(1, true) + r.digits(4);
    case R29::ch: {
      static constexpr std::string_view kCanton[] = {"ZH ", "VS ", "BE ", "GR "};
      return pick29(r, kCanton) + std::to_string(r.between(1000, 999999));
    }
    case R29::at: return std::string(r.chance(0.5) ? "W-" : "I-") + r.digits(3) + " " + r.letters(2, true);
    case R29::rs: return "BG " + r.digits(3) + "-" + r.letters(2, true);
    case R29::lk: return "WP " + r.letters(3, true) + "-" + r.digits(4);
    case R29::np: return "Ba " + std::to_string(r.between(1, 99)) + " Pa " + r.digits(4);
    case R29::tz: return "T " + r.digits(3) + " " + r.letters(3, true);
    case R29::jm: return r.digits(4) + " " + r.letters(2, true);
    case R29::us: return r.digits(1) + r.letters(3, true) + r.digits(3);
  }
  return r.digits(6);
}

Cast29 makeCast29(std::uint64_t seed, std::size_t patientIndex, R29 g) {
  Random r((seed + 0x2929ULL) * 0x94d049bb133111ebULL ^
           (patientIndex * 0x9e3779b97f4a7c15ULL + 0x29291ULL + static_cast<std::uint64_t>(g) * 0x100000001b3ULL));
  r.next();
  Cast29 c;
  c.region = g;
  c.pt = person29(r, g);
  c.kin = person29(r, g);
  while (c.kin.given == c.pt.given) c.kin = person29(r, g);
  if ((g == R29::ch || g == R29::at || g == R29::fi || g == R29::rs || g == R29::us || g == R29::jm || g == R29::np) && r.chance(0.5)) {
    c.kin.family = c.pt.family;
    c.kin.cyrFamily = c.pt.cyrFamily;
  }
  if (g == R29::tz && r.chance(0.5)) {  // a son or daughter carries the patient's given name as the father's name
    c.kin.father = c.pt.given;
    c.kin.family = c.pt.family;
  }
  if (c.kin.malay && c.pt.malay && r.chance(0.5)) c.kin.father = c.pt.given;
  for (Person29& s : c.staff) s = person29(r, g);
  c.age = r.chance(0.25) ? r.between(90, 103) : r.between(19, 89);
  c.by = 2025 - c.age;
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  const Town29& t = r.pick(std::span<const Town29>(kTowns29));
  c.street = std::to_string(r.between(3, 9870)) + " " + pick29(r, kStreets29) + " " + pick29(r, kSuffixes29);
  if (r.chance(0.3)) c.street += ", " + pick29(r, kUnits29);
  c.city = std::string(t.town);
  c.state = std::string(t.state);
  c.zip = std::string(t.zip3) + r.digits(2);
  if (r.chance(0.4)) c.zip += "-" + r.digits(4);
  c.rel = pick29(r, c.kin.female ? kRelationsF29 : kRelationsM29);
  c.home = address29(r, g);
  return c;
}

std::string sentence29(Random& r, std::string_view topic);


// MRZ check digit (weights 7, 3, 1; '<' counts 0, letters 10 to 35).
char mrzCheck29(const std::string& s) {
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const int v = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'A' && ch <= 'Z' ? ch - 'A' + 10 : 0;
    sum += v * kWeights[i % 3];
  }
  return static_cast<char>('0' + sum % 10);
}

struct Note29 {  // values drawn once per note, so that a passport page and its MRZ agree
  std::string passport;
  int ey = 0, em = 1, ed = 1;
};

void ensure29(Ctx29& x, Note29& n) {
  Random& r = x.b.random();
  if (n.passport.empty()) n.passport = passport29(r, x.c.region);
  if (n.ey == 0) {
    n.ey = r.between(2026, 2034);
    n.em = r.between(1, 12);
    n.ed = r.between(1, 28);
  }
}

// The two lines of a passport's machine-readable zone, with the name, the document number, the
// date of birth and the expiry date as spans.
void mrz29(Ctx29& x, Note29& n) {
  ensure29(x, n);
  const Cast29& c = x.c;
  const std::string iso(isoCode29(c.region));
  const std::string nm = nameForm29(x.b.random(), c.pt, c.region, "mrz");
  say29(x, "P<" + iso);
  put29(x, "name", nm);
  say29(x, std::string(nm.size() + 5 < 44 ? 44 - 5 - nm.size() : 3, '<') + "\n");
  std::string doc = n.passport;
  while (doc.size() < 9) doc += "<";
  const std::string dob = twoDigits(c.by % 100) + twoDigits(c.bm) + twoDigits(c.bd);
  const std::string exp = twoDigits(n.ey % 100) + twoDigits(n.em) + twoDigits(n.ed);
  put29(x, "license", n.passport);
  say29(x, doc.substr(n.passport.size()) + std::string(1, mrzCheck29(doc)) + iso);
  put29(x, "date", dob);
  say29(x, std::string(1, mrzCheck29(dob)) + (c.pt.female ? "F" : "M"));
  put29(x, "date", exp);
  const std::string tail = std::string(1, mrzCheck29(exp)) + "<<<<<<<<<<<<<<";
  say29(x, tail + std::string(1, mrzCheck29(doc + dob + exp)) + "\n");
}

void placeholder29(Ctx29& x, Note29& n, std::string_view key) {
  Random& r = x.b.random();
  const Cast29& c = x.c;
  const std::size_t dot = key.find('.');
  std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (head == "lb") return say29(x, "{");  // literal braces of a JSON export
  if (head == "rb") return say29(x, "}");
  if (head == "pt") return name29(x, c.pt, c.region, form);
  if (head == "kin") return name29(x, c.kin, c.region, form);
  if (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '4') {
    return name29(x, c.staff[static_cast<std::size_t>(head[1] - '1')], c.region, form);
  }
  if (head == "x1" || head == "x2") return name29(x, x.away[head == "x1" ? 0 : 1], x.abroad, form);
  R29 g = c.region;
  if (head.size() > 1 && head[0] == 'x' && head != "xfax") {  // the same in the country abroad
    g = x.abroad;
    head = head.substr(1);
  } else if (head == "xfax") {
    return put29(x, "fax", phone29(r, x.abroad, 0));
  }
  if (head == "dob") return date29(x, g, c.by, c.bm, c.bd, form);
  if (head == "date" || head == "past" || head == "next" || head == "iss") {
    const int y = head == "past" ? r.between(2019, 2023) : head == "next" ? 2026 : head == "iss" ? r.between(2016, 2024) : r.between(2024, 2025);
    return date29(x, g, y, r.between(1, 12), r.between(1, 28), form);
  }
  if (head == "exp") {
    ensure29(x, n);
    return date29(x, g, n.ey, n.em, n.ed, form);
  }
  if (head == "age") {  // a span only over 89
    const std::string v = form == "words" ? spelledNumber(c.age) : std::to_string(c.age);
    if (c.age > 89) put29(x, "age", v);
    else say29(x, v);
    return;
  }
  if (head == "phone") return put29(x, "phone", phone29(r, g, form == "intl" ? 1 : form == "nat" ? 0 : -1));
  if (head == "usphone") return put29(x, "phone", phone29(r, R29::us, 0));
  if (head == "ph7") return put29(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  if (head == "sat") return put29(x, "phone", "+881 6" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3));
  if (head == "fax") return put29(x, "fax", phone29(r, g, 0));
  if (head == "email") {
    const Person29& p = form == "kin" ? c.kin : c.pt;
    return put29(x, "email", asciiLetters(p.given) + (r.chance(0.5) ? "." : "_") + asciiLetters(p.family.empty() ? p.father : p.family) +
                                 std::to_string(r.between(1, 99)) + "@" + pick29(r, kMail29));
  }
  if (head == "semail") {
    const Person29& p = c.staff[1];
    return put29(x, "email", asciiLetters(p.given).substr(0, 1) + asciiLetters(p.family.empty() ? p.father : p.family) + "@travelclinic.example.org");
  }
  if (head == "url") {
    static constexpr std::string_view kHosts[] = {"https://teleconsult.example.com/room/", "https://portal.assist.example.net/case?id=",
                                                  "http://docs.medtourism.example.org/quote/", "https://share.expedmed.example.io/f/"};
    return put29(x, "url", pick29(r, kHosts) + r.letters(3) + r.digits(5));
  }
  if (head == "ip") return put29(x, "ip", ipv4Value(r));
  if (head == "ip6") return put29(x, "ip", ipv6Value(r));
  if (head == "addr") {
    if (g != c.region) return put29(x, "address", address29(r, g));
    if (form == "han") {  // an address in Chinese characters
      std::string a = address29(r, R29::cn);
      while (a.rfind("Rm ", 0) == 0) a = address29(r, R29::cn);
      return put29(x, "address", a);
    }
    return put29(x, "address", c.home);
  }
  if (head == "usaddr") {
    put29(x, "address", c.street + ", " + c.city + ", " + c.state);
    say29(x, " ");
    return put29(x, "zip", c.zip);
  }
  if (head == "street") return put29(x, "address", c.street);
  if (head == "city") return put29(x, "address", c.city + ", " + c.state);
  if (head == "zip") return put29(x, "zip", c.zip);
  if (head == "town") return put29(x, "address", town29(r, g));
  if (head == "trip") return say29(x, town29(r, x.abroad));  // a place of travel: not PHI
  if (head == "nid") {
    const Ident29 id = nationalId29(r, c);
    return put29(x, id.category, id.value);
  }
  if (head == "ins") {
    const Ident29 id = insurance29(r, c);
    return put29(x, id.category, id.value);
  }
  if (head == "pass") {
    ensure29(x, n);
    return put29(x, "license", n.passport);
  }
  if (head == "mrz") return mrz29(x, n);
  if (head == "ssn") {
    const std::string s = std::to_string(r.between(1, 6)) + r.digits(2) + r.digits(2) + r.digits(4);
    return put29(x, "ssn", form == "bare" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (head == "mrn") {
    switch (r.between(0, 3)) {
      case 0: return put29(x, "mrn", r.digits(7));
      case 1: return put29(x, "mrn", r.letters(2, true) + r.digits(6));
      case 2: return put29(x, "mrn", std::to_string(r.between(1, 9)) + r.digits(2) + "-" + r.digits(3) + "-" + r.digits(2));
      default: return put29(x, "mrn", "H" + r.digits(8));
    }
  }
  if (head == "acct") return put29(x, "account", r.digits(9));
  if (head == "claim") {  // an assistance case or claim number
    static constexpr std::string_view kPre[] = {"AC-", "TA", "MED-", "CL"};
    return put29(x, "account", pick29(r, kPre) + std::to_string(r.between(2024, 2025)) + "-" + r.digits(6));
  }
  if (head == "vcase") return put29(x, "account", r.letters(3, true) + std::to_string(r.between(2024, 2025)) + r.digits(6));
  if (head == "emp") return put29(x, "account", "E" + r.digits(6));  // a worker-patient's employee number
  if (head == "pol") {  // a travel-insurance policy number
    static constexpr std::string_view kPre[] = {"TRV-", "GTI/", "PX", "WT-"};
    return put29(x, "health_plan", pick29(r, kPre) + r.digits(8));
  }
  if (head == "seaman") return put29(x, "license", r.letters(2, true) + r.digits(6));  // seafarer's identity or discharge book
  if (head == "permit") return put29(x, "license", r.letters(1, true) + r.digits(8));   // visa, work or climbing permit
  if (head == "cert") return put29(x, "license", r.letters(2, true) + "-" + r.digits(7));  // a certificate issued to one person
  if (head == "reg") return put29(x, "license", std::to_string(r.between(10000, 99999)));  // a doctor's registration number
  if (head == "dl") return put29(x, "license", r.letters(1, true) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4));
  if (head == "serial") {  // a device that travels with one person
    static constexpr std::string_view kPre[] = {"POC", "SN", "PJN", "CP", "IP"};
    return put29(x, "device", pick29(r, kPre) + r.digits(3) + r.letters(1, true) + r.digits(5));
  }
  if (head == "vin") {
    const std::string v = r.letters(3, true) + r.digits(2) + r.letters(1, true) + r.digits(2) + r.letters(2, true) + r.digits(7);
    return put29(x, "vehicle", v);
  }
  if (head == "plate") return put29(x, "vehicle", plate29(r, g));
  if (head == "rel") return say29(x, c.rel);
  if (head == "he") return say29(x, c.pt.female ? "she" : "he");
  if (head == "He") return say29(x, c.pt.female ? "She" : "He");
  if (head == "his") return say29(x, c.pt.female ? "her" : "his");
  if (head == "parent") return say29(x, c.pt.female ? "mother" : "father");
  if (head == "mama") return say29(x, c.pt.female ? "mamá" : "papá");
  if (head == "hon") {  // a form of address that agrees with the person: Dr./Dra., Encik/Puan, Herr/Frau
    const bool abroadPerson = !form.empty() && form[0] == 'x';
    const Person29& p = form == "pt" ? c.pt : form == "kin" ? c.kin : abroadPerson ? x.away[form == "x1" ? 0 : 1]
                                                                      : c.staff[static_cast<std::size_t>(form.back() - '1') % 4];
    const R29 hg = abroadPerson ? x.abroad : c.region;
    if (hg == R29::my) return say29(x, p.female ? "Puan" : "Encik");
    if (hg == R29::at || hg == R29::ch) return say29(x, p.female ? "Frau" : "Herr");
    if (hg == R29::ar || hg == R29::co || hg == R29::pe) return say29(x, p.female ? "Dra." : "Dr.");
    return say29(x, "Dr.");
  }
  if (head == "mrs") return say29(x, c.pt.female ? "MRS" : "MR");
  if (head == "gran") return say29(x, c.pt.female ? "granny" : "grandpa");
  if (head == "sex") return say29(x, c.pt.female ? "F" : "M");
  if (head == "cnsex") return say29(x, c.pt.female ? "女" : "男");
  if (head == "swsex") return say29(x, c.pt.female ? "Ke" : "Me");
  if (head == "tm") return say29(x, twoDigits(r.between(0, 23)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (head == "ref") return say29(x, r.letters(2, true) + "-" + r.digits(6));  // a booking or job number, not PHI
  if (head == "pnr") return say29(x, r.letters(6, true));
  if (head == "flight") {
    static constexpr std::string_view kAir[] = {"LA ", "AV ", "AT ", "MH ", "CA ", "LX ", "OS ", "AY ", "JU ", "UL ", "RA ", "PW ", "JM ", "AA "};
    return say29(x, pick29(r, kAir) + std::to_string(r.between(10, 2999)));
  }
  if (head == "seat") return say29(x, std::to_string(r.between(1, 48)) + std::string(1, static_cast<char>('A' + r.between(0, 5))));
  if (head == "imo") return say29(x, "9" + r.digits(6));
  if (head == "mmsi") return say29(x, std::to_string(r.between(209, 636)) + r.digits(6));
  if (head == "cabin") return say29(x, std::to_string(r.between(3, 14)) + twoDigits(r.between(1, 99)) + std::to_string(r.between(0, 9)));
  if (head == "lot") return say29(x, r.letters(1, true) + r.digits(1) + r.letters(3, true) + r.digits(2));
  if (head == "s") return say29(x, sentence29(r, form));
  throw std::logic_error("unknown placeholder " + std::string(key));
}

void expand29(Ctx29& x, std::string_view pattern) {
  Note29 n;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      say29(x, std::string(pattern.substr(i)));
      return;
    }
    say29(x, std::string(pattern.substr(i, open - i)));
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    placeholder29(x, n, pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

// SENTENCES
// Look-alike sentences without PHI in the voices of travel clinics, expedition and ship's doctors,
// occupational physicians and assistance companies: flight and seat numbers, altitudes and SpO2,
// camp coordinates, ship IMO numbers and positions, doses, vaccine lots, audiometry and spirometry
// values, blood lead levels, scores written as fractions (Lake Louise 5/12), times with time zones,
// currencies, guideline and convention names (IATA, MLC 2006, IHR 2005, Schengen Article 75) and
// eponyms (Lake Louise, Wells, Ottawa, Buhlmann).
std::string sentence29(Random& r, std::string_view topic) {
  const std::string spo2 = std::to_string(r.between(68, 94)), alt = std::to_string(r.between(3, 6)) + "," + std::to_string(r.between(100, 899));
  const std::string db = std::to_string(r.between(20, 65)), lead = std::to_string(r.between(8, 48));
  const std::string s[] = {
      // altitude and expedition (0-6)
      "Lake Louise score " + std::to_string(r.between(3, 9)) + "/12 at " + alt + " m; SpO2 " + spo2 + "% at rest, HR 104.",
      "Acetazolamide 125 mg twice daily from 24 h before ascent; dexamethasone 8 mg stat then 4 mg every 6 h.",
      "Nifedipine MR 30 mg twice daily; descend at least 500-1,000 m; Gamow bag 2 psi for 60 min.",
      "Camp 2 at 6,400 m (27°58'N 86°54'E); wind 40 km/h, -22 °C; heli window 06:30-09:00 NPT (UTC+5:45).",
      "Frostbite grade 2 of digits 2-4 on the left; rewarming in water at 37-39 °C for 30 min; iloprost considered within 48 h.",
      "Base camp at 4,300 m; acclimatisation rule: sleep no more than 500 m higher per night above 3,000 m.",
      "HAPE suspected: crackles at both bases, SpO2 " + spo2 + "% on air, 90% on 4 L/min oxygen.",
      // occupational (7-13)
      "Audiometry: 4 kHz notch " + db + " dB HL bilaterally; standard threshold shift 10 dB average at 2, 3 and 4 kHz.",
      "Spirometry FEV1 2.31 L (71% predicted), FVC 3.40 L, FEV1/FVC 0.68 post-bronchodilator; ATS/ERS grade A.",
      "Blood lead " + lead + " µg/dL (action level 30, removal 50); zinc protoporphyrin 85 µg/dL.",
      "Heat stress: WBGT 31.5 °C; work 45 min, rest 15 min per hour; 1 L of water an hour.",
      "Noise dose 112% of the 85 dB(A) 8-hour limit; hearing protection SNR 32 issued.",
      "Silica exposure 0.03 mg/m3 (TWA 8 h); chest X-ray ILO 0/0; next review in 12 months.",
      "Fit for offshore work (OGUK) with no restrictions; BOSIET valid; BMI 27.4; vision 6/6.",
      // maritime (14-18)
      "Vessel IMO 9412345, MMSI 538004567, flag Marshall Islands; position 12°34'N 045°12'E, ETA Djibouti 14:00 LT.",
      "Ship's medicine chest category A per WHO IMGS 3rd edition; morphine 10 mg ampoules x 10 counted.",
      "Man overboard drill at 10:15; rescue boat launched in 4 min 20 s; no injuries.",
      "Decompression: safety stop 3 min at 5 m; Buhlmann ZH-L16C, GF 30/85; recompression table 6 at 2.8 ATA.",
      "Crew of 22; deck 6 hospital, 2 beds; cabin 6014 used as isolation room.",
      // vaccination and travel medicine (19-23)
      "Yellow fever vaccine 0.5 mL SC, lot K4PD21, valid for life 10 days after the dose.",
      "Typhoid Vi 25 µg IM; hepatitis A 1440 ELISA units; rabies 3 doses on days 0, 7 and 21.",
      "Atovaquone-proguanil 250/100 mg daily, 1-2 days before to 7 days after the malaria area.",
      "Cholera vaccine 2 doses 1-6 weeks apart; JE vaccine 0.5 mL on days 0 and 28.",
      "Dengue NS1 positive, platelets 84 x 10^9/L, haematocrit 44%; paracetamol only, no NSAIDs.",
      // flying and assistance (24-29)
      "Flight LA 2047 LIM-CUZ, seat 23A, departs 05:40 local (UTC-5); cabin altitude about 8,000 ft.",
      "Fit to fly 10 days after an uncomplicated MI (IATA guidance); Hb above 8.5 g/dL; no pneumothorax for 2 weeks.",
      "MEDIF part B: oxygen 2 L/min via POC, batteries for 150% of the flight time; stretcher requires 9 seats.",
      "Air ambulance Learjet 45, 2 pilots, doctor and nurse; fuel stop in Las Palmas; 7 h 40 min block time.",
      "Guarantee of payment USD 14,500; invoice CHF 3,820; ARS 1.250.000 deposit refunded.",
      "Teleconsult at 08:00 UTC = 16:00 MYT = 03:00 COT; app version 4.2.1; connection 1.2 Mbit/s.",
  };
  std::size_t k = r.next() % std::size(s);
  if (topic == "alt") k = r.next() % 7;
  else if (topic == "occ") k = 7 + r.next() % 7;
  else if (topic == "sea") k = 14 + r.next() % 5;
  else if (topic == "vax") k = 19 + r.next() % 5;
  else if (topic == "fly") k = 24 + r.next() % 6;
  return s[k];
}

struct Template29 {
  std::string_view name;
  Case29 mode;
  R29 region, abroad;
  std::string_view pattern;
};

constexpr Case29 kN = Case29::asIs;
constexpr Case29 kL = Case29::lower;
constexpr Case29 kU = Case29::upper;

constexpr Template29 kTemplates29[] = {
    // --- US: home country, insurer and destination ---
    {"us_travel_insurer_claim", kN, R29::us, R29::pe,
     "TRAVEL MEDICAL CLAIM - ASSISTANCE FILE\nInsured: {pt.inv}    DOB {dob.mdy}    SSN {ssn}\nPolicy No. {pol}    Case No. {claim}\nHome address: {usaddr}\n"
     "Home phone {phone.nat}\nIncident {xdate} near {trip}, Peru: {s.alt}\nTreating physician abroad: Dr. {x1.full}, {xphone.intl}\nHospital fax {xfax}\n"
     "Case manager: {s1.full}, RN\n"},
    {"us_medif_clearance", kN, R29::us, R29::us,
     "MEDIF - MEDICAL INFORMATION FORM, PART A\nPassenger: {pt.sur}/{pt.gvn} {mrs}\nFlight {flight} on {next.dmon}, seat {seat}, PNR {pnr}\nAge {age}\n"
     "Diagnosis: COPD GOLD 3, resting SpO2 91%\nPortable oxygen concentrator Inogen One G5, serial {serial}, 2 L/min pulse setting 3\n"
     "Attending physician: Dr. {s1.full}, tel {phone.nat}, fax {fax}\n"},
    {"us_cruise_hospital_log", kN, R29::us, R29::jm,
     "SHIP'S HOSPITAL LOG - MV AURORA BOREALIS (IMO {imo})\nPassenger: {pt.full}, {age}-year-old {sex}, cabin {cabin}\nHome: {usaddr}\n"
     "Emergency contact: {kin.full} ({rel}), {ph7}\n{date.mdy} {tm}: {s.sea} {s}\nShip's physician: Dr. {s1.full}\n"},
    {"us_telehealth_abroad", kN, R29::us, R29::np,
     "TELEHEALTH VISIT - PATIENT ABROAD\nPatient: {pt.full}    DOB {dob.mdy}    MRN {mrn}\nLocation during visit: trekking near {trip}, Nepal (UTC+5:45); lives in {city} (UTC-7)\n"
     "Connected {date.iso} {tm} from {ip6} (room {url})\nCallback by satellite phone {sat}\n{s.alt}\nProvider: {s1.full}, MD\n"},
    {"us_pretravel_intake", kN, R29::us, R29::tz,
     "PRE-TRAVEL CLINIC - INTAKE\nName: {pt.full}    SSN {ssn.bare}    DOB {dob.mdy}\nDestination: Tanzania (Kilimanjaro, Machame route), departing {next.md}\n"
     "Medicare MBI {ins}\nAddress: {street}, {city} {zip}\nCell {usphone}    E-mail {email}\n{s.vax} {s.vax}\nClinician: {s2.full}, FNP\n"},
    {"us_assistance_csv", kN, R29::us, R29::co,
     "case_id,member_name,dob,policy,phone,email,login_ip,country\n{claim},\"{pt.inv}\",{dob.compact},{pol},{phone.intl},{email},{ip},CO\n"
     "{claim},\"{kin.inv}\",,{pol},{usphone},,{ip},CO\n"},
    {"us_repatriation_log", kN, R29::us, R29::ma,
     "REPATRIATION - ASSISTANCE CASE LOG\nCase {claim}    Policy {pol}\nMember: {pt.full}, aged {age}, of {city}\n"
     "{xdate.dmy} {tm} call from {kin.full} ({rel}) on {usphone}: member admitted in Marrakech\n{tm} hospital fax {xfax}; treating Dr {x1.full}\n"
     "{tm} air ambulance requested; {s.fly}\nCoordinator: {s3.full}\n"},
    {"us_offshore_platform", kN, R29::us, R29::us,
     "OFFSHORE PLATFORM MEDIC - TREATMENT RECORD\nInstallation GC-640, Gulf of Mexico\nWorker: {pt.full}    Employee ID {emp}\nDOB {dob.mdy}    SSN {ssn.bare}\n"
     "{date.mdy} {tm}: {s.occ}\nMedevac by helicopter to Houma; next of kin {kin.full}, {phone}\nMedic: {s4.full}, EMT-P\n"},
    {"us_insulin_pump_letter", kN, R29::us, R29::pe,
     "TO WHOM IT MAY CONCERN - AIRPORT SECURITY\n{pt.full} (date of birth {dob.long}) wears an insulin pump, serial {serial}, and a glucose sensor. "
     "Please do not pass the pump through the X-ray scanner. {He} is travelling to Peru on {next.long}.\nDr. {s1.full}, tel {phone.nat}, fax {fax}\n"},
    {"us_implant_card", kN, R29::us, R29::us,
     "IMPLANTED DEVICE IDENTIFICATION CARD\nName: {pt.full}\nDual-chamber pacemaker, model Azure XT DR, serial {serial}\nImplanted {past.mdy}\n"
     "Follow-up clinic {phone}\nDriver's licence {dl} (state ID on file)\n"},
    {"us_family_chat_cruise", kL, R29::us, R29::jm,
     "family chat {date.md}\n{kin.lowgiven}: {pt.lowgiven} is {age.words} and still dancing every night on the ship\n"
     "{kin.lowgiven}: the ship's doctor {s1.low} called, bp was high, said to call back on {phone}\n{s}\n"},
    {"us_json_assistance", kN, R29::us, R29::ch,
     "{lb}\"caseNo\":\"{claim}\",\"insured\":\"{pt.full}\",\"dob\":\"{dob.compact}\",\"policy\":\"{pol}\",\"event\":\"ski fracture, Zermatt\","
     "\"callback\":\"{xphone.intl}\",\"loginIp\":\"{ip6}\",\"portal\":\"{url}\"{rb}\n"},
    // --- Argentina ---
    {"ar_derivacion_exterior", kN, R29::ar, R29::ch,
     "DERIVACIÓN AL EXTERIOR - RESUMEN DE HISTORIA CLÍNICA\nPaciente: {pt.full}\nDNI: {nid}    Afiliado PAMI N° {ins}\nFecha de nacimiento: {dob}    Edad: {age} años\n"
     "Domicilio: {addr}\nTel.: {phone}\nHC N° {mrn}\nDestino: Suiza (protonterapia)\n{s} {s}\nMédico tratante: Dr. {s1.full}, M.N. {reg}\nBuenos Aires, {date.es}\n"},
    {"ar_asistencia_chat", kL, R29::ar, R29::at,
     "whatsapp - asistencia al viajero {xdate.dm}\n{kin.lowgiven}: hola, mi {mama} {pt.low} se cayó esquiando en {trip}, está en la guardia\n"
     "operadora: el número de voucher es {claim}. nos pasás el dni?\n{kin.lowgiven}: {nid}, mi celular {phone.nat}\n"},
    {"ar_aconcagua_plaza_de_mulas", kN, R29::ar, R29::ar,
     "PARQUE PROVINCIAL ACONCAGUA - PUESTO MÉDICO PLAZA DE MULAS (4.300 m)\nAndinista: {pt.UP}    DNI: {nid}\nEdad {age}    Permiso de ascenso N° {permit}\n"
     "{date.dmy} {tm}: {s.alt}\nApto para continuar: NO\nMédico/a: {hon.s2} {s2.full}\nContacto de emergencia: {kin.full}, {phone.intl}\n"},
    {"ar_pasaporte_ocr", kN, R29::ar, R29::ar,
     "[OCR - pasaporte escaneado, adjunto a HC {mrn}]\nREPUBLICA ARGENTINA  PASAPORTE / PASSPORT\nTipo/Type P  Código/Code ARG  N° {pass}\n"
     "Apellido/Surname {pt.sur}\nNombre/Name {pt.gvn}\nFecha de nacimiento/Date of birth {dob.pp}\nFecha de vencimiento/Date of expiry {exp.pp}\n{mrz}"},
    // --- Colombia ---
    {"co_medical_tourism_quote", kN, R29::us, R29::co,
     "COTIZACIÓN / QUOTE - PAQUETE DE TURISMO MÉDICO, MEDELLÍN\nPaciente / Patient: {pt.full}, DOB {dob.mdy}\nPassport {pass}\nE-mail {email}    WhatsApp {phone.intl}\n"
     "Procedimiento: abdominoplastia + liposucción; USD 7,850 todo incluido (7 noches de hotel, traslados, 2 controles)\n"
     "Cirujano: Dr. {x1.full}\nCoordinadora internacional: {x2.full}, {xphone.intl}\nFecha tentativa de cirugía: {xnext}\n"},
    {"co_epicrisis_remision", kN, R29::co, R29::us,
     "EPICRISIS - REMISIÓN INTERNACIONAL\nNombre: {pt.full}\nCC: {nid}    Historia clínica: {mrn}\nFecha de ingreso: {past}    Fecha de egreso: {date}\n"
     "Dirección: {addr}\nCelular: {phone}\n{s} {s}\nSe remite a Miami para valoración por cardiología; acompañante {kin.full} ({rel}).\nMédico: {hon.s1} {s1.full}, RM {reg}\n"},
    {"co_carta_consular", kN, R29::co, R29::co,
     "CONSULADO DE COLOMBIA\n{date.es}\nA quien corresponda:\nCertificamos que el(la) connacional {pt.UP}, identificado(a) con cédula de ciudadanía {nid} y pasaporte {pass}, "
     "requiere repatriación sanitaria. Su familiar {kin.full} puede ser contactado(a) al {phone.intl} o en {email.kin}.\n{s1.full}\nCónsul\n"},
    {"co_postop_chat", kL, R29::co, R29::us,
     "{date.dm} whatsapp\n{pt.lowgiven}: doc ya llegué a houston, me duele un poco la herida\n{s2.lowgiven}: mándeme foto. le escribo también a su familiar {kin.low} al {phone.nat}\n"},
    // --- Peru ---
    {"pe_cusco_emergencia", kN, R29::us, R29::pe,
     "CLÍNICA EN CUSCO (3.399 m) - HOJA DE ATENCIÓN DE EMERGENCIA\nPaciente: {pt.inv}    Pasaporte: {pass}\nEdad: {age}    Nacionalidad: EE.UU.\n"
     "Seguro de viaje: póliza {pol}, expediente {claim}, cuenta N° {acct}\nFecha: {xdate} {tm}\n{s.alt}\nMédico: {hon.x1} {x1.full}, CMP {reg}\nTeléfono de contacto: {phone.intl}\n"},
    {"pe_mina_topico", kN, R29::pe, R29::pe,
     "UNIDAD MINERA - TÓPICO DEL CAMPAMENTO (4.650 m)\nTrabajador: {pt.full}    DNI {nid}    Código {emp}\nAutogenerado EsSalud: {ins}\nFecha: {date} {tm}\n{s.occ}\n"
     "Examen médico ocupacional anual: apto con restricciones\nMédico ocupacional: Dr. {s1.full}\nDomicilio: {addr}\n"},
    {"pe_camino_inca_chat", kL, R29::fi, R29::pe,
     "grupo guías camino inca {xdate.dmy}\n{x1.lowgiven}: la turista {pt.low} de finlandia con vómitos en warmiwañusca, spo2 81\n"
     "{x2.lowgiven}: bajen a pacaymayo, llamen al {xphone.nat}\n"},
    {"pe_certificado_viaje", kN, R29::pe, R29::pe,
     "CERTIFICADO MÉDICO PARA VIAJE\nSe certifica que {pt.full}, con DNI {nid}, de {age} años, domiciliado(a) en {addr}, se encuentra apto(a) para viajar por vía aérea el {next}.\n"
     "Certificado N° {cert}\n{s.fly}\nDr. {s1.full} - CMP {reg}\nLima, {date.es}\n"},
    // --- Morocco ---
    {"ma_lettre_transfert", kN, R29::ma, R29::ch,
     "LETTRE DE LIAISON - TRANSFERT À L'ÉTRANGER\nCasablanca, le {date.fr}\nCher confrère,\nJe vous adresse {pt.full}, né(e) le {dob.fr}, CIN : {nid}, immatriculation CNSS {ins}, "
     "demeurant {addr}, pour prise en charge en chirurgie cardiaque à Genève.\n{s} {s}\nFamille : {kin.full}, {phone}\nConfraternellement,\nDr {s1.full}\nINPE {reg}\n"},
    {"ma_aptitude_saisonnier", kN, R29::ma, R29::ma,
     "CERTIFICAT MÉDICAL D'APTITUDE - TRAVAIL SAISONNIER À L'ÉTRANGER\nNom et prénom : {pt.UP}\nDate de naissance : {dob.dmy}\nCIN : {nid}    Passeport : {pass}\n"
     "Adresse : {addr}\n{s.occ}\nApte au travail agricole saisonnier.\nFait à Agadir le {date.fr}\nDr {s2.full}\n"},
    {"ma_icvp_fievre_jaune", kN, R29::ma, R29::ma,
     "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS / CERTIFICAT INTERNATIONAL DE VACCINATION\nThis is to certify that / Nous certifions que {pt.UP}\n"
     "date of birth / né(e) le {dob.dmy}   sex / sexe {sex}   nationality / nationalité MAR\nnational identification document / document d'identification : {nid}\n"
     "Certificate No. {cert}\nYellow fever / fièvre jaune - {date.dmy} - Stamaril lot {lot} - Dr {s1.full}\n"},
    {"ma_darija_chat", kL, R29::ma, R29::ma,
     "whatsapp {date.dmy}\n{kin.lowgiven}: salam docteur, {pt.lowgiven} rj3 mn l3omra w 3ndo skhana w kohba\n{s3.lowgiven}: jibouh l cabinet ghedda, wla 3ayet l {phone.nat}\n"},
    // --- Malaysia ---
    {"my_cost_estimate_kl", kN, R29::lk, R29::my,
     "INTERNATIONAL PATIENT CENTRE, KUALA LUMPUR - COST ESTIMATE\nPatient: {pt.full}    Passport {pass}\nNationality: Sri Lankan    Age {age}\n"
     "Procedure: CABG x 3; estimate RM 48,000 - 55,000 (7 days ward, 2 days ICU)\nAirport transfer on {xnext}\nContact: {phone.intl}, {email}\nCoordinator: {hon.x1} {x1.full}, {xphone.intl}\n"},
    {"my_fomema_worker", kN, R29::np, R29::my,
     "FOMEMA - FOREIGN WORKER MEDICAL EXAMINATION\nWorker name: {pt.UP}\nPassport No.: {pass}    Country: NEPAL\nDOB: {dob.dmy}    Sex: {sex}\n"
     "Employer: Syarikat Sawit Maju Sdn. Bhd., Kluang\nExamination date: {xdate.dmy}\nChest X-ray NAD; {s.occ}\nResult: SUITABLE\nRegistered doctor: Dr. {x1.full}, MMC {reg}\n"
     "Work permit (PLKS) no. {permit}\n"},
    {"my_surat_rujukan", kN, R29::my, R29::my,
     "SURAT RUJUKAN\nKepada: Pakar Perubatan, Hospital Kuala Lumpur\nNama: {pt.full}\nNo. K/P: {nid}\nTarikh lahir: {dob}    Umur: {age} tahun\nAlamat: {addr}\nTel: {phone}\n"
     "Sejarah: pulang dari umrah pada {past}; {s}\nDr. {s1.full}\nKlinik Kesihatan, {date}\n"},
    {"my_ubat_perjalanan", kN, R29::my, R29::my,
     "SURAT PENGESAHAN UBAT UNTUK PERJALANAN (medicines for travel)\nNama pesakit: {pt.full}    No. Pasport: {pass}\n"
     "Ubat: methylphenidate 10 mg, 60 tablets; clonazepam 0.5 mg, 30 tablets (30-day supply)\nTarikh perjalanan: {next} - {next}\nNo. sijil: {cert}\nDr. {s1.full}, MMC {reg}\n{s}\n"},
    {"my_whatsapp_umrah", kL, R29::my, R29::my,
     "wa group keluarga {date.dm}\n{kin.lowgiven}: {pt.low} dah sampai jeddah, tekanan darah ok, umur {age} pun kuat lagi\n{kin.lowgiven}: kalau ada apa2 call {phone.nat}\n"},
    // --- China ---
    {"cn_visa_medical_panel", kN, R29::cn, R29::us,
     "IMMIGRANT VISA MEDICAL EXAMINATION - PANEL PHYSICIAN WORKSHEET\nApplicant: {pt.inv}    Chinese name: {pt.han}\nDate of birth: {dob.iso}    Passport: {pass}\n"
     "Case number: {vcase}\nIGRA {date.iso}: negative\n{s.vax}\nPanel physician: Dr. {s1.full}\nApplicant tel: {phone}\n"},
    {"cn_student_form_oulu", kN, R29::cn, R29::fi,
     "INTERNATIONAL STUDENT HEALTH FORM - UNIVERSITY OF OULU\nName (as in passport): {pt.UP}\nName in Chinese: {pt.han}\nDate of birth: {dob.iso}\nHome address: {addr}\n"
     "E-mail: {email}\nWeChat / phone: {phone.intl}\nTB screening (IGRA) {date.iso}: negative\nStudent health nurse: {x1.full}\n"},
    {"cn_chuyuan_xiaojie", kN, R29::cn, R29::cn,
     "出院小结\n姓名：{pt.han}    性别：{cnsex}    年龄：{age}岁\n身份证号：{nid}\n住院号：{mrn}\n医保号：{ins}\n住址：{addr.han}\n联系电话：{phone.nat}\n"
     "入院日期：{past.zh}    出院日期：{date.zh}\n诊断：高原肺水肿（HAPE），已好转\n医师：{s1.han}\n"},
    {"cn_wechat_lhasa", kL, R29::cn, R29::cn,
     "wechat 群聊 {date.md}\n{kin.lowgiven}: 妈妈在拉萨住院了，血氧85\n{s2.lowgiven}: 病人{pt.han}今天好转，有事打{phone.nat}\n"},
    {"cn_json_zermatt", kN, R29::cn, R29::ch,
     "{lb}\"caseNo\":\"{claim}\",\"insured\":\"{pt.UP}\",\"insuredNameCn\":\"{pt.han}\",\"idNo\":\"{nid}\",\"dob\":\"{dob.compact}\",\"policy\":\"{pol}\","
     "\"event\":\"tibial plateau fracture, skiing\",\"mobile\":\"{phone.intl}\",\"ip\":\"{ip}\"{rb}\n"},
    // --- Switzerland ---
    {"ch_rettung_protokoll", kN, R29::ch, R29::ch,
     "HELIKOPTER-RETTUNG - EINSATZPROTOKOLL\nEinsatz-Nr. {ref}    Helikopter HB-ZRB\nPatient: {pt.full}, geb. {dob.dot}\nAHV-Nr.: {nid}\nWohnadresse: {addr}\n"
     "Fahrzeug des Patienten am Parkplatz: {plate}\nAlarm {date.dot} {tm}, Unfallort Gornergrat (3.089 m, 45°59'N 7°47'E)\n{s.alt}\nNotarzt: Dr. med. {s1.full}\n"
     "Angehörige: {hon.kin} {kin.full}, {phone}\n"},
    {"ch_versichertenkarte_scan", kN, R29::ch, R29::ch,
     "[Scan Versichertenkarte / carte d'assuré]\nName / Nom: {pt.sur}\nVorname / Prénom: {pt.gvn}\nGeburtsdatum: {dob.dot}\nAHV-Nr.: {nid}\nKarten-Nr.: {ins}\n"
     "Gültig bis {exp.dot}\n"},
    {"ch_lettre_retour_trek", kN, R29::ch, R29::np,
     "Genève, le {date.fr}\nConcerne : {pt.full}, né(e) le {dob.dot}, domicilié(e) {addr}\nN° AVS : {nid}\n"
     "Cher Confrère, votre patient(e) est rentré(e) d'un trek au Népal. {s.alt}\nDr {s2.full}\nTél. {phone}    Fax {fax}\n"},
    {"ch_sri_lanka_resort_chat", kL, R29::ch, R29::lk,
     "whatsapp - resort doctor {xdate.dm}\n{x1.lowgiven}: madam {pt.lowgiven} has fever 39.2 since morning, dengue ns1 sent to galle\n"
     "{kin.lowgiven}: please call me on {phone.intl}, {pt.lowgiven} is {age.words} and very weak\n"},
    // --- Austria ---
    {"at_zuweisung_schweiz", kN, R29::at, R29::ch,
     "ZUWEISUNG\nAn: Inselspital Bern, Universitätsklinik für Neurochirurgie\nPatient/in: {pt.full}, geb. {dob}\nSVNR: {nid}\nWohnhaft: {addr}\nTel.: {phone}\n"
     "Diagnose: {s}\nKostenübernahme: Formular S2\nZuweisender Arzt: OA Dr. {s1.full}, LKH Feldkirch\nFeldkirch, am {date}\n"},
    {"at_unfallambulanz_serbe", kN, R29::rs, R29::at,
     "UNFALLCHIRURGIE - AMBULANZKARTE\nPatient: {pt.inv}, geb. {dob.dot}\nStaatsangehörigkeit SRB    Reisepass {pass}\nLBO: {ins}\n"
     "Unfall {xdate} {tm}, Skigebiet {trip}\nMietwagen: {xplate}, FIN {vin}\nDiagnose: {s}\nArzt: Dr. {x1.full}\nKontakt: {kin.full}, {phone.intl}\n"},
    {"at_arbeitsmedizin_laerm", kN, R29::at, R29::at,
     "ARBEITSMEDIZINISCHE UNTERSUCHUNG - LÄRM (VGÜ)\nMitarbeiter/in: {pt.full}    Pers.-Nr. {emp}\nSVNR: {nid}\nGeb.: {dob}\nAudiometrie {date.dot}: {s.occ}\n"
     "Arbeitsmediziner: Dr. {s1.full}\n"},
    {"at_art75_bescheinigung", kN, R29::at, R29::at,
     "BESCHEINIGUNG FÜR DAS MITFÜHREN VON BETÄUBUNGSMITTELN - ARTIKEL 75 SDÜ\nPatient: {pt.full}    Geburtsdatum: {dob.dot}    Reisepass: {pass}\nWohnort: {addr}\n"
     "Arzneimittel: Oxycodon 20 mg Retardtabletten, 2 x täglich; Reisedauer 14 Tage, Reiseland Schweiz\nVerschreibender Arzt: Dr. {s1.full}, {phone.nat}\n"
     "Bescheinigungs-Nr. {cert}    Gültig bis {next.dot}\n"},
    {"at_sanitaetsdienst_rennen", kN, R29::at, R29::at,
     "SANITÄTSDIENST - WELTCUPRENNEN, EINSATZPROTOKOLL\nStartnummer 27\nPatient/in: {pt.full}, {age} J.\nNation AUT\nBefund: {s}\nTransport: RTW nach BKH St. Johann\n"
     "Dokumentiert: {s2.full}, RS\n{date.at}\n"},
    // --- Finland ---
    {"fi_lahete", kN, R29::fi, R29::fi,
     "LÄHETE / REMISS\nPotilas: {pt.full}\nHETU: {nid}\nOsoite: {addr}\nPuh.: {phone}\nLähetteen syy: sairastui matkalla Thaimaassa; {s}\nLähettäjä: LL {s1.full}\n"
     "Päivämäärä: {date}\n"},
    {"fi_world_cup_medical_log", kN, R29::fi, R29::fi,
     "MEDICAL TEAM LOG - KONTIOLAHTI WORLD CUP\n{date.fidot}\n{tm} bib 43, athlete {pt.full} (FIN): {s}\n{tm} spectator {kin.full} slipped at the stand, wrist pain, ice and sling\n"
     "Team physician: {s1.full}\nLog kept by {s3.full}\n"},
    {"fi_tmas_radio_advice", kN, R29::fi, R29::fi,
     "TELEMEDICAL MARITIME ASSISTANCE SERVICE - RADIO MEDICAL ADVICE\nVessel MS Baltic Star, IMO {imo}, MMSI {mmsi}, position 59°12'N 021°34'E\n"
     "Crew member: {pt.inv}, {age}, able seaman\nSeafarer's book: {seaman}\nDate and time: {date.iso} {tm} UTC\n{s.sea}\nAdvice by Dr. {s1.full}, TMAS Oulu\n"
     "Master: Capt. {s2.full}\nShip's satellite phone {sat}\n"},
    {"fi_resintyg_svenska", kN, R29::fi, R29::fi,
     "LÄKARINTYG FÖR RESA\nPatient: {pt.full}\nPersonbeteckning: {nid}\nAdress: {addr}\nResa Helsingfors - Stockholm, M/S Viking Grace, {next.fidot}\n{s.fly}\nLäkare: {s1.full}\n"
     "Mariehamn {date.fidot}\n"},
    // --- Serbia ---
    {"rs_uput_inostranstvo_cyr", kN, R29::rs, R29::at,
     "УПУТ ЗА ЛЕЧЕЊЕ У ИНОСТРАНСТВУ\nПацијент: {pt.cyr}\nЈМБГ: {nid}\nЛБО: {ins}\nДатум рођења: {dob.rscyr}\nАдреса: {addr}\nТелефон: {phone}\nДијагноза: {s}\n"
     "Лекар: др {s1.cyr}\nБеоград, {date.rscyr}\n"},
    {"rs_otpusna_lista", kN, R29::rs, R29::rs,
     "OTPUSNA LISTA\nIme i prezime: {pt.full}\nJMBG: {nid}    LBO: {ins}\nAdresa: {addr}\nTelefon: {phone}\nPrijem: {past.rsdot}    Otpust: {date}\n"
     "Pacijent vraćen iz Hurgade sanitetskim letom; {s.fly}\nOrdinirajući lekar: dr {s1.full}\n"},
    {"rs_viber_bec", kL, R29::rs, R29::at,
     "viber {date.dm}\n{kin.lowgiven}: tata {pt.low} je u bolnici u beču, zovi odeljenje {xphone.intl}\n{s3.lowgiven}: pošalji mi otpusnu listu na {email}\n"},
    {"rs_uverenje_rad_inostranstvo", kN, R29::rs, R29::rs,
     "LEKARSKO UVERENJE ZA RAD U INOSTRANSTVU\n{pt.UP}, rođen(a) {dob.rs}\nBroj pasoša: {pass}\nRadna dozvola br. {permit}\nSposoban(a) za rad na gradilištu; {s.occ}\n"
     "Dom zdravlja Zvezdara, dr {s2.full}\n"},
    // --- Sri Lanka ---
    {"lk_immigration_panel", kN, R29::lk, R29::lk,
     "IMMIGRATION HEALTH ASSESSMENT - PANEL PHYSICIAN\nApplicant: {pt.full}\nNIC: {nid}    Passport: {pass}\nHAP ID: {vcase}\nDOB: {dob.iso}\nAddress: {addr}\nMobile: {phone}\n"
     "Chest X-ray {date.iso}: {s}\nPanel physician: Dr. {s1.ini}, MBBS\n"},
    {"lk_gcc_predeparture", kN, R29::lk, R29::lk,
     "PRE-DEPARTURE MEDICAL REPORT - FOREIGN EMPLOYMENT\nName: {pt.UP}\nPassport No: {pass}\nSLBFE registration: {permit}\nAge {age}  Sex {sex}\nDestination: Kuwait\n"
     "Examined {date.dmy}: HIV neg, HBsAg neg, VDRL non-reactive, malaria film neg; {s}\nFIT\nMedical officer: Dr. {s2.full}\n"},
    {"lk_sinhala_admission", kN, R29::lk, R29::lk,
     "ROHAL PRAVESHA PATRAYA (admission form)\nNama: {pt.full}\nJathika handunumpath ankaya: {nid}\nUpan dinaya: {dob}\nLipinaya: {addr}\nDurakathana ankaya: {phone}\n"
     "Bharakaru: {kin.full} ({rel})\nVisheshagna vaidya: Dr. {s1.full}\n{date}\n"},
    // --- Nepal ---
    {"np_pheriche_aid_post", kN, R29::at, R29::np,
     "HIMALAYAN RESCUE ASSOCIATION - PHERICHE AID POST (4,371 m)\nPatient: {pt.full}    Nationality: Austria    Age {age}\nPassport: {pass}\nTrekking permit: {permit}\n"
     "Seen {xdate.dmy} {tm}: {s.alt}\nHelicopter evacuation to Kathmandu, insurer case {claim}, policy {pol}\nGuide: {x1.full}, {xphone.nat}\nDoctor: {x2.full}\n"},
    {"np_patient_card_bs", kN, R29::np, R29::np,
     "PATIENT CARD\nNaam: {pt.full}\nUmer: {age} barsa\nNagarikta no.: {nid}\nStahi thegana: {addr}\nMiti: {date.bs} B.S.\nPhone: {phone}\nBima no. (HIB): {ins}\n{s}\n"
     "Doctor: Dr. {s1.full}\n"},
    {"np_labour_migration_medical", kN, R29::np, R29::my,
     "PRE-DEPARTURE MEDICAL - LABOUR MIGRATION\nName: {pt.UP}\nPassport: {pass}    Citizenship no. {nid}\nDestination: Malaysia    Demand letter {ref}\n"
     "DOB: {dob.dmy} ({dob.bs} B.S.)\n{s.occ}\nFit for employment abroad.\nMedical centre, Kathmandu - Dr. {s2.full}\n{date.bsname}\n"},
    {"np_inreach_messages", kL, R29::us, R29::np,
     "inreach messages {xdate.dm}\n{pt.lowgiven}: at camp 2 (6,400 m), sherpa {x1.lowgiven} coughing pink froth, spo2 62\n"
     "base camp doc: start nifedipine 30 mg, descend now. call me on sat {sat}\n"},
    // --- Tanzania ---
    {"tz_kilimanjaro_evacuation", kN, R29::fi, R29::tz,
     "KILIMANJARO NATIONAL PARK - EVACUATION RECORD\nClimber: {pt.full}, {age} y, Finland\nPassport {pass}\nRoute: Machame, Barafu Camp (4,673 m); {s.alt}\n"
     "Evacuated {xdate} by rescue stretcher to Mweka Gate\nGuide: {x1.full}, {xphone}\nTravel insurer case {claim}\n"},
    {"tz_mine_clinic", kN, R29::tz, R29::tz,
     "MINE SITE CLINIC - GEITA\nMfanyakazi / Employee: {pt.full}    Employee no. {emp}\nNIDA: {nid}    NHIF: {ins}\nTarehe: {date.sw}\n{s.occ}\n"
     "Malaria RDT positive; artemether-lumefantrine 80/480 mg twice daily for 3 days\nClinical officer: {s1.full}\nSimu: {phone}\n"},
    {"tz_fomu_ya_rufaa", kN, R29::tz, R29::tz,
     "FOMU YA RUFAA (referral form)\nJina: {pt.full}\nUmri: {age}    Jinsia: {swsex}\nAnwani: {addr}\nSimu: {phone}\nKutoka: Zahanati ya Karatu    Kwenda: KCMC Moshi\n"
     "Tarehe: {date}\n{s}\nMtoa rufaa: Dr. {s2.full}\nNdugu: {kin.full} ({rel})\n"},
    {"tz_safari_chat", kL, R29::co, R29::tz,
     "whatsapp {xdate.dm}\n{x1.lowgiven}: bwana, the guest {pt.low} fell from the land cruiser near {trip}, arm swollen\n{kin.lowgiven}: soy {kin.low}, familia de {pt.lowgiven}, mi número {phone.intl}\n"},
    // --- Jamaica ---
    {"jm_port_agent_disembarkation", kN, R29::us, R29::jm,
     "PORT AGENT - MEDICAL DISEMBARKATION, MONTEGO BAY\nVessel MV Caribbean Dawn, IMO {imo}\nPassenger: {pt.full}, cabin {cabin}, age {age}\nHome: {street}, {city} {zip}\n"
     "US passport {pass}\nAdmitted {xdate} to Cornwall Regional Hospital under Dr. {x1.full}\nAgent: {x2.full}, {xphone}\nInsurer fax {fax}\n"},
    {"jm_nhf_referral", kN, R29::jm, R29::jm,
     "REFERRAL - KINGSTON PUBLIC HOSPITAL\nPatient: {pt.full}    TRN: {nid}\nNHF card: {ins}\nAddress: {addr}\nTel {ph7}\nDOB {dob}\n{s}\nDr. {s1.full}\n"},
    {"jm_farm_work_medical", kN, R29::jm, R29::jm,
     "SEASONAL AGRICULTURAL WORKERS PROGRAMME (CANADA) - MEDICAL\nWorker: {pt.inv}\nTRN {nid}    Passport {pass}    Work permit {permit}\nDOB {dob.dmy}\nParish / district: {town}\n"
     "{s.occ}\nExamining doctor: Dr. {s2.full}, {date}\n"},
    {"jm_grandmother_chat", kL, R29::jm, R29::us,
     "whatsapp {date.md}\n{kin.lowgiven}: {gran} {pt.lowgiven} reach miami safe, {he} is {age.words} and fly alone!\n{kin.lowgiven}: her number over there is {xphone}\n"},
    // --- capitals ---
    {"ch_passport_page_ocr", kU, R29::ch, R29::ch,
     "SCHWEIZERISCHE EIDGENOSSENSCHAFT / CONFÉDÉRATION SUISSE - PASS / PASSEPORT\nNAME / NOM: {pt.sur}\nVORNAMEN / PRÉNOMS: {pt.gvn}\nGEBURTSDATUM: {dob.pp}\n"
     "PASS-NR. {pass}\nGÜLTIG BIS {exp.pp}\n{mrz}"},
    {"tz_nhif_claim", kU, R29::tz, R29::tz,
     "NHIF CLAIM FORM 2A\nJINA LA MWANACHAMA: {pt.full}    NAMBA YA KADI: {ins}\nTAREHE YA KUHUDUMIWA: {date.dmy}\nUMRI {age}\n{s}\nDAKTARI: {s1.full}\n"},
    // --- without PHI ---
    {"no_phi_altitude_protocol", kN, R29::np, R29::np, "ALTITUDE ILLNESS PROTOCOL - TREKKING CLINIC\n{s.alt}\n{s.alt}\n{s.alt}\nDescend if ataxia; never ascend with symptoms.\n"},
    {"no_phi_fit_to_fly", kN, R29::us, R29::us, "FIT-TO-FLY QUICK GUIDE\n{s.fly} {s.fly}\nDVT: walk every 2 h on flights over 4 h.\n"},
    {"no_phi_medicine_chest", kU, R29::fi, R29::fi, "SHIP'S MEDICINE CHEST - MONTHLY CHECK\n{s.sea}\nADRENALINE 1 MG/ML X 10; CEFTRIAXONE 1 G X 10; EXPIRY CHECKED.\n"},
    {"no_phi_yellow_fever_countries", kN, R29::tz, R29::tz, "YELLOW FEVER - CERTIFICATE REQUIREMENTS\nRequired from travellers over 9 months arriving from risk countries; lifelong validity since 2016 (IHR 2005, Annex 7).\n{s.vax}\n"},
    {"no_phi_audiometry_scale", kN, R29::at, R29::at, "AUDIOMETRY - SURVEILLANCE CATEGORIES\nH1 acceptable; H2 mild (sum 3-6 kHz over 123 dB); H3 poor; H4 rapid loss (30 dB or more).\n{s.occ}\n"},
    {"no_phi_spirometry_quality", kN, R29::my, R29::my, "SPIROMETRY QUALITY GUIDE\nThree acceptable blows, two repeatable within 150 mL; BTPS corrected; GLI-2012 equations.\n{s.occ}\n"},
    {"no_phi_dive_table", kN, R29::jm, R29::jm, "RECREATIONAL DIVE LIMITS\n18 m: 56 min no-stop; 30 m: 20 min; safety stop 3 min at 5 m; no flying for 18 h after repetitive dives.\n{s.sea}\n"},
    {"no_phi_malaria_prophylaxis", kN, R29::tz, R29::tz, "MALARIA PROPHYLAXIS - CHOICES\n{s.vax}\nDoxycycline 100 mg daily, 2 days before to 4 weeks after; mefloquine 250 mg weekly.\n"},
    {"no_phi_heat_stress_table", kN, R29::ma, R29::ma, "HEAT STRESS WORK-REST TABLE\nWBGT 28 C: 75/25; 30 C: 50/50; 32 C: 25/75 (work/rest minutes per hour).\n{s.occ}\n"},
    {"no_phi_event_medical_plan", kN, R29::fi, R29::fi, "EVENT MEDICAL PLAN - BIATHLON STADIUM\n2 doctors, 6 paramedics, 2 ambulances; first-aid posts at km 2.5 and 7.5; radio channel 4.\n{s}\n"},
    {"no_phi_travel_vaccine_schedule", kN, R29::co, R29::co, "TRAVEL VACCINE SCHEDULE - SOUTH AMERICA\n{s.vax} {s.vax}\nTdap every 10 years; MMR 2 doses if born after 1957.\n"},
};

}  // namespace

std::size_t twentyNinthTemplateCount() { return std::size(kTemplates29); }

std::string_view writeTwentyNinthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice) {
  const Template29& t = kTemplates29[choice % std::size(kTemplates29)];
  const Cast29 cast = makeCast29(seed, patientIndex, t.region);
  Ctx29 x{builder, cast, t.mode, t.abroad, {}};
  for (Person29& p : x.away) p = person29(builder.random(), t.abroad);
  expand29(x, t.pattern);
  return t.name;
}

std::string twentyNinthSentence(Random& r) { return sentence29(r, {}); }

}  // namespace concord::phi::corpus
