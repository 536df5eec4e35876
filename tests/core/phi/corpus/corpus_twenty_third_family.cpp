// The twenty-third family (kTwentyThirdSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is medico-legal, insurance and public-safety paperwork that lands
// in the clinical record. Document styles: ALL-CAPS police collision report (two units), EMS crash
// narrative, trooper's supplemental hit-and-run note, tourist rental-car crash (foreign plates,
// passport, overseas address), crash-report purchase request, witness statement, legal blood
// draw for a DUI investigation, law-enforcement presence note, workers' compensation first report
// of injury (label: value), adjuster e-mail thread, box-drawn work-status report, wage statement,
// lower-case return-to-work chat, independent medical examination report, attending physician
// statement for disability (fixed width), disability determination request, life-insurance
// records request, auto PIP payment ledger, subrogation letter, hospital lien notice, subpoena
// duces tecum with a caption, court-ordered competency evaluation, deposition-scheduling e-mail,
// law-firm records-request fax cover sheet, HIM redaction log, medical examiner's report, death
// certificate worksheet, next-of-kin notification log, adult protective services referral, child
// protective services referral, guardianship letters, power-of-attorney activation letter,
// victim-advocacy intake, sexual-assault forensic exam form, crime victims' compensation
// application, firearm-injury public-health report, dog-bite report, implant product-liability
// claim (UDIs), toxicology chain-of-custody form, DOT commercial driver exam, police
// fitness-for-duty letter, DMV medical report, I-693 style immigration exam, panel physician
// summary, claims-portal upload log (key=value and JSON), a relative's lower-case e-mail, a
// Spanish auto-claim authorisation, and ten kinds of note without PHI (regulation excerpt,
// subpoena policy, case-law memo, blood-alcohol conversion table, DOT vision and hearing
// standards, field triage criteria, chain-of-custody instructions, IME fee schedule, vaccine
// table for the immigration exam, claim-form field guide).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions for legal and insurance paperwork.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "DL# ", "A# ",
//    "PLATE/ST: "), quotes, brackets, box-drawing characters, table pipes, JSON punctuation and
//    trailing punctuation are outside.
//  * Names: titles, ranks and roles before a name ("Dr. ", "Mr ", "Ms. ", "Officer ", "Ofc. ",
//    "Trooper ", "Tpr. ", "Sgt. ", "Det. ", "Deputy ", "Judge ", "Hon. ", "Atty. ", "Adjuster ",
//    "Investigator ", "Advocate ", "Caseworker ", "Dear ") are outside, and so are credentials
//    after it (", MD", ", Esq.", ", J.D.", ", SANE-A", ", D-ABMDI", ", CCM", ", CRC", ", MRO",
//    ", PA-C", ", NRP", ", EMT", ", PhD", ", ABPP", ", LCSW", ", RN", ", RHIA"). A name written in
//    one piece is one span ("Chidiebere Achterkamp", "Achterkamp, Chidiebere B.", "ACHTERKAMP,
//    CHIDIEBERE B", "C. Achterkamp", lower case in a chat or a relative's e-mail); in a toxicology
//    LIMS line "LAST^FIRST" is one span; on a form with separate family-name and given-name boxes
//    each box is its own span. Particles, apostrophes, hyphens and accents are inside
//    ("de las Casas-Moreno", "van 't Westeinde", "Ó Briain-Walsh");
//    a possessive "'s" is outside; a first name alone, a surname alone and a nickname (quotes
//    outside) are spans. A log-in user name made of a person's names ("rbahramivoss") and a
//    surname inside a file name ("ER_records_Eagleheart.pdf", the rest of the file name outside)
//    are name spans; a name inside an e-mail address or a URL is part of that span only. Names
//    that are ordinary words ("Chancey", "Justus", "Royalty", "Bond", "Law", "Fine", "Bail",
//    "Sheriff-Hall") are names where they name a person; an animal's name is not PHI.
//  * Case names: the parties of a proceeding about the patient ("Estate of Haddad-Brooks v.
//    Prairiewind Auto Insurance", "In re the Guardianship of SÆTHER, MEHRNOOSH K") are names, each
//    person its own span and the "v." and the organisation outside. A cited precedent, written
//    with its reporter citation or named as a doctrine ("Jaffee v. Redmond, 518 U.S. 1 (1996)",
//    "a Daubert hearing", "the Tarasoff duty"), is a look-alike and not PHI, as are laws named
//    after people ("Baker Act", "Kendra's Law", "Megan's Law").
//  * People who are not patients are PHI all the same: relatives, guardians and agents, the
//    other driver, witnesses, officers, troopers, attorneys, judges, adjusters, examiners,
//    advocates, caseworkers, investigators and clinicians.
//  * Dates: the date only; a weekday before it and a time after it ("1432 hrs", "T14:32") are
//    outside; month/day, month/year, day-first ("05/03/2024" on a foreign form), military
//    ("05MAR2024"), YYYYMMDD and legal ("5th day of March, 2024", "the" outside) forms are dates.
//    Dates on a person's documents (licence and medical-certificate expiry, passport issue) are
//    dates. A year alone (a model year, a statute's year, a case's year) is not PHI, nor is the
//    expiry or manufacture date coded inside a UDI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("93" of "93 y/o",
//    "AGE: 93", "aged 93", "93 YOA") or the words ("ninety-three"). Ages of 89 or less, and ages
//    of other people, are not PHI.
//  * Phones: every phone number written is a gold phone (patients, relatives, employers,
//    adjusters, law firms, agencies, courts; seven-digit local numbers; numbers from the UK,
//    Germany, Mexico, India, the Philippines, Haiti, Guatemala, Brazil, Poland and Nigeria);
//    extensions are outside; numbers labelled fax are "fax"; 911, 988, TTY 711 and extensions
//    are not PHI.
//  * Identifiers: medical record numbers and medical examiner case numbers (the decedent's file)
//    are "mrn"; hospital accounts, claim numbers (workers' compensation, auto, PIP, life,
//    disability, subrogation, crime-victim compensation), protective-services intake numbers (a
//    file about the person) and bank accounts are "account"; every insurance policy, member,
//    group and Medicare number (health, auto, life, disability, travel) is "health_plan";
//    driver's licences, CDLs, state IDs, passports and alien registration numbers (A-numbers)
//    are "license"; serials of implants and of the patient's devices are "device" (of a UDI
//    "(01)...(17)...(10)...(21)SERIAL" only the serial after "(21)" is the span: the GTIN, the
//    lot and the dates coded in it are not PHI); every VIN (a partial "last 8 of VIN" too) and
//    every plate of any state or country is "vehicle", the state or country written beside it
//    outside. Numbers of events, proceedings and documents (police report, incident, CAD, run
//    and PCR numbers, docket and case numbers of a court, citation and warrant numbers,
//    evidence-kit, specimen and chain-of-custody numbers, certified-mail numbers, rental
//    agreements, records-request numbers, application numbers, form numbers) and professional
//    numbers of staff (badge, NPI, NRCME registry numbers) are not PHI: they do not index a file
//    about the person in any of the corpus's categories. Bank routing numbers are not PHI.
//  * Addresses: every street address written is an "address" span (the patient's, relatives',
//    the employer's, a law firm's, a crash location given as a street, a block or an
//    intersection), with unit, city and state inside it when they follow on the same line; in a
//    letter's address block each line's part is its own span; a town alone or "Town, ST" is an
//    "address" span; a US ZIP (or ZIP+4) is always its own "zip" span, and other countries'
//    postcodes are inside the address line. Countries, states alone, organisation names (which
//    never use a town of the pool), and place names in eponyms, rules and precedents ("Ottawa
//    ankle rules", "Glasgow Coma Scale", "Schmerber v. California") are not PHI.
//  * URLs one span with path and query (only claim-, case- or patient-specific links are
//    written); e-mail addresses one span each; IPv4 (a ":port" is outside) and IPv6 one "ip" span
//    each.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_third_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand (checked by script against every other
// family's and corpus_values.cpp's quoted strings when written: no name, town or street is shared).
constexpr std::string_view kGiven23[] = {
    "Chidiebere", "Olamide-Tosin", "Kwesi-Arthur", "Yohannes-Tekle", "Ayaan-Hawo", "Mahmoud-Sami", "Nisreen",
    "Bassel", "Farnaz", "Tülin", "Eitan-Shai", "Noa-Liel", "Yonatan", "Gurleen", "Sandeep-Raj", "Tharshini", "Kajan",
    "Niroshan", "Yichen", "Shinji", "Duc-Anh", "Jocelyn-Grace", "Sreymom", "Pa-Nhia", "Tou-Lee", "Wahyu",
    "Ratna-Dewi", "Hendra", "Nur-Izzati", "Kostiantyn", "Mindaugas", "Bence", "Ioana-Maria", "Leif-Arne", "Joris",
    "Jean-Mathieu", "Gianluca", "Maximino", "Evelio", "Marleny", "Roodline", "Jean-Wesner", "Obiageli-Rose",
    "Ifeyinwa", "Babajide-Femi", "Modupe-Ann", "Uchechi-Joy", "Kwadwo-Nana", "Esi-Araba", "Nii-Armah", "Wambui-Faith",
    "Lerato-Mpho", "Tshepiso", "Bongani-Sipho", "Nomsa-Precious", "Alemayehu-Tefera", "Fiori-Senait", "Abdiqani",
    "Faadumo", "Khadar-Ali", "Ilhaan", "Munira-Said", "Ghaith", "Raneem", "Wajdi", "Lubna-Hala", "Tamer-Adel",
    "Hanin", "Dalal-Rim", "Payam", "Negin-Sara", "Arash-Reza", "Mehrnoosh", "Bijan-Kaveh", "Cemile", "Burcu-Nil",
    "Hakan-Emre", "Amitai", "Hadas-Noga", "Rivka-Tamar", "Ezra-Moshe", "Avishai", "Harjit-Kaur", "Baljinder",
    "Kulvir", "Navneet-Singh", "Jaswinder-Pal", "Rajkumari", "Subhashini", "Keerthana", "Vaidehi-Rao", "Madhuri-Devi",
    "Shafiqul", "Nasreen-Akter", "Rokeya-Begum", "Chathura", "Mingzhu", "Xinyue-Hua", "Shuqin", "Jiahui-Lin",
    "Weiming-Tao", "Kazuko-Ann", "Tatsuya-Ren", "Sachiko-May", "Eiji", "Hyun-sook", "Van-Long", "Thi-Nga",
    "Tuan-Kiet", "Lorelie", "Rommel-Jay", "Jennalyn", "Mylene-Grace", "Erlinda-Joy", "Danilo-Jose", "Siriporn-Ann",
    "Somphone", "Chanthy-Rose", "Mai-Yer", "Txawj", "Nhia-Kou", "Bambang-Eko", "Sri-Mulyani", "Putri-Ayu",
    "Grazyna-Ewa", "Krystyna-Zofia", "Dusanka", "Dragana-Mila", "Branislav", "Yevheniia", "Oleksandra-Iryna",
    "Taras-Bohdan", "Vaida", "Linas-Jonas", "Edgars", "Agnese-Liene", "Zoltán-Imre", "Erzsébet-Anna", "Dorina",
    "Florin-Marius", "Stelian", "Håkon-Emil", "Ragnhild-Liv", "Bengt-Åke", "Egon-Dieter", "Gisela-Marie",
    "Bram-Jesse", "Femke-Lot", "Séverine", "Jean-Rodrigue", "Gisèle-Anne", "Hervé-Luc", "Marie-Claudette",
    "Carmelo-Santo", "Filomena-Rita", "Pasqualina", "Nazzareno", "Amparo-Luz", "Telesforo", "Florencio-Jesus",
    "Josefa-Lucia", "Yuridia", "Yahaira", "Marbella", "Jhoselin", "Edwin-Rolando", "Ulises-Amado", "Eulogio",
    "Eufemia-Rosa", "Wilfrid-Ernst", "Jonas-Ricot", "Lovely-Ann", "Keoni-Kai", "Mahina-Lei", "Onawa-Jo",
    "Tallulah-Mae", "Shyla-Dawn", "Krystal-Lynn", "Brandilyn", "Bobbi-Jo", "Jolene-Kay", "Darnell-Ray", "Tyrique",
    "Shaquille-Lee", "Verdell", "Lucius-James", "Cornelius-Ray", "Thaddeus-Paul", "Lemuel", "Ezekiel-Joe",
    "Felicity-Jane", "Verity-Ann", "Charity-Lou", "Unity-Rae", "Liberty-Belle", "Sincere", "Royalty", "Kingsley-Ade",
    "Princeton", "Ransome", "Chancey", "Justus", "Honora-Beth", "Verdie",
};

constexpr std::string_view kFamily23[] = {
    "Adebayo-Quinn", "Ezeji-Moss", "Asante-Frimpong", "Kamau-Wright", "Tesfaye-Lund", "Farah-Nilsson",
    "Haddad-Brooks", "Saleh-Ortiz", "Tehrani-Voss", "Aydemir", "Çelik-Hart", "Friedman-Oz", "Sandhu-Clarke",
    "Chatterjee-Hayes", "Sivakumar", "Zhou-Ramsey", "Lu-Whitaker", "Hsieh", "Matsumoto-Grey", "Choi-Navarro",
    "Hwang-Miller", "Tran-Dubois", "Vo-Hernandez", "Soriano-Lee", "Halim", "Wozniak-Hale", "Nagy-Ellison", "Popa",
    "Ionescu-Ward", "Tkachenko-Ross", "Vukovic", "Milosevic-Grant", "Hadzic", "Virtanen-Cole", "Sæther", "Dahlberg",
    "Brückner", "Achterkamp", "Lefebvre-Nkosi", "Bouchard-Lam", "Ochoa-Bright", "Huitzil", "Barreto", "Dorsainvil",
    "MacLeod-Tan", "Bond", "Law", "Fine", "Judd", "Okonkwo-Ferrante", "Anyanwu-Stokes", "Ezenwa", "Obiora-Platt",
    "Ogundipe-Harcourt", "Adeleke-Vance", "Akinola-Reed", "Mensah-Lindgren", "Boateng-Ashby", "Tetteh-Marsh",
    "Njoroge-Kell", "Ochieng-Barr", "Mutua-Sloane", "Ndlovu-Frey", "Mokoena-Hart", "Sithole-Burke", "Zulu-Ambrose",
    "Tsegaye-Rowe", "Haileab", "Ghebremedhin", "Abdullahi-Ford", "Jama-Eklund", "Mohamud-Price", "Hassan-Lindqvist",
    "Barakat-Vail", "Shami", "Mansour-Kline", "Awad-Pryor", "Darwish-Cole", "Qureshi-Dunn", "Farooqui",
    "Siddiqui-Ames", "Naqvi-Hale", "Hosseini-Blake", "Ahmadzadeh", "Sadeghi-Lowe", "Bahrami-Voss", "Demirci-Shaw",
    "Korkmaz", "Aksoy-Ward", "Levinson-Tal", "Shalev-Rose", "Goldfarb-Nir", "Eliyahu", "Gill-Bhatti", "Sidhu-Marlow",
    "Randhawa-Kerr", "Bhattacharya-Ross", "Mukherjee-Lane", "Iyengar-Shaw", "Pillai-Morrow", "Nair-Ellison",
    "Hossain-Park", "Chowdhury-Lam", "Perera-Quinn", "Fernando-Banks", "Ratnayake", "Gunawardena-Hill",
    "Zhuang-Moore", "Qiao", "Fang-Lindell", "Shen-Holloway", "Kang-Fielding", "Ueda-Morrison", "Kobayashi-Frost",
    "Hayashi-Drake", "Morioka", "Sakamoto-Bell", "Jang-Whitman", "Ryu-Castillo", "Shin-Albright", "Moon-Greer",
    "Huynh-Marchand", "Lam-Duval", "Truong-Sinclair", "Ta-Pham", "Dizon-Rivera", "Tolentino-Cruz", "Manalo-Young",
    "Sriwong-Lee", "Lor-Moua", "Yang-Xiong", "Hang-Vue", "Nugroho-Fox", "Lubis", "Kaczorowski", "Dabrowski-Hunt",
    "Mazur-Penn", "Kolar", "Novotný-Reed", "Svoboda-Hart", "Petrenko-Lowry", "Savchuk-Dean", "Kravets",
    "Petrauskas-Hill", "Szilágyi", "Tóth-Barlow", "Farkas-Reid", "Molnár", "Dumitru-Hayes", "Radu-Pearce",
    "Solberg-Amadi", "Bråten", "Kvist", "Sundqvist-Roy", "Ekholm", "Lundgren-Abara", "Großmann", "Kühne-Adler",
    "Schäfer-Obi", "Heinrichs", "Wittkamp", "Verhoeven-Smit", "Bakker-Mensah", "Brouwer-Lynch", "Lemaire-Diallo",
    "Cloutier", "Desrosiers-Kane", "Fortin-Abebe", "Paquette", "Bélanger-Roy", "Cacciatore", "Ferraiuolo-Dean",
    "Echavarría", "Quiñónez", "Arriaga-Beltrán", "Cisneros-Paz", "Bracamontes", "Covarrubias", "Conceição-Lima",
    "Brandão", "Gonçalves-Teixeira", "Dieujuste", "Jean-Charles", "Augustin-Pierre", "Maka-Tonga", "Kauhane-Lee",
    "Eagleheart", "Marjoribanks", "Auchinleck", "Dalziel", "Menzies-Oyelowo", "Bail", "Lawman", "Justiss",
    "Sheriff-Hall", "Marshal-Diaz", "Proctor-Banks", "Payne-Speed", "de Vries-Obi", "De Luca-Vance", "Del Rio-Banks",
    "van Dam-Osei", "van der Wal", "op den Akker", "Di Stefano-Hall", "de la Riva", "de las Casas-Moreno",
    "del Castillo-Ruiz", "Many Goats", "Lone Wolf-Ruiz", "Nic Giolla Bhríde", "Ó Briain-Walsh", "ap Iorwerth",
    "Vaughan-ap Gwyn", "bin Saifuddin", "al-Zahrani-Moss", "ter Beek", "van 't Westeinde", "da Cunha-Reis",
    "du Plessis-Khumalo", "Abu Ghazaleh", "El Amrani-Fox", "Ben Youssef", "Ní Dhuibhir", "Van Buskirk-Oyo",
};

constexpr std::string_view kNick23[] = {
    "Tito-Boy", "Nonoy-Jun", "Bubba-Lee", "Red-Dog", "Slim-Jim", "Tuffy", "Flaco-Joe", "Güero", "Pepe-Lu",
    "Boo-Boo-Ray", "Skeeter-Lee", "Chico-Man", "Cheeto-Man", "Pinky-Sue", "Butterbean-Jo", "Pickles-Ray", "Noodle-Lou", "Bitsy-Mae",
    "Wink", "Sprocket",
};

constexpr std::string_view kTowns23[] = {
    "Ashcombe Hollow", "Bramblecote", "Dunsford Quay", "Elderbank", "Fallowmere", "Gorsebrook", "Harrowgate Flats",
    "Inchmore", "Moss Hollow", "Netherby Crossing", "Oxbow Falls", "Pennycress", "Quarrytown", "Rookwood",
    "Saltmarsh Key", "Thistledown", "Underhill Junction", "Vetchley", "Wickerbridge", "Cobble Ferry", "Larkspur Bend",
};

constexpr std::string_view kStreets23[] = {
    "Tanager", "Loblolly", "Bitternut", "Chokecherry", "Buttonbush", "Redbud Hollow", "Ironweed", "Sweetgum",
    "Bur Oak", "Cattail", "Mockernut", "Killdeer", "Bobolink", "Turnstone", "Cooperage", "Smelter", "Ropewalk",
    "Wharfside", "Foundry Row", "Spillway", "Haymarket", "Tinsmith", "Buckeye Ridge", "Cordwainer",
};

constexpr std::string_view kMiddle23[] = {"A", "B", "D", "E", "J", "K", "L", "M", "R", "S", "T", "V", "X", "Q"};
constexpr std::string_view kSuffixes23[] = {"Road", "Rd", "Lane", "Ln.", "Street", "St", "Avenue", "Ave.", "Pike",
                                            "Trail", "Run", "Hwy", "Court", "Loop"};
constexpr std::string_view kUnits23[] = {"Apt 2", "Apt. 31D", "Unit 4B", "#12", "Lot 19", "Trlr 6", "Rm 214"};
constexpr std::string_view kStates23[] = {"KY", "TN", "MO", "KS", "NE", "IA", "IN", "AL", "MS", "LA", "SC", "VA",
                                          "WV", "NM"};
constexpr std::string_view kEmployers23[] = {
    "Brackwater Freight Lines", "Tollgate Poultry Processing", "Sunfield Roofing & Gutters",
    "Keelson Marine Fabrication", "Northstar Home Health Aides", "Quickhaul Parcel Services",
    "Ridgeback Concrete Pumping", "Silverleaf Assisted Living", "Ironbridge Steel Fabricators",
    "Crescent Linen Services", "Blue Heron Landscaping", "Palisade Security Services", "Harvest Table Catering",
};
constexpr std::string_view kFirms23[] = {"Cedargate Injury Law Group", "Northbank Trial Lawyers PLLC",
                                         "Ironvale Defense Counsel LLP", "Lanternhouse Legal Aid",
                                         "Meridian Point Claimants' Counsel"};
constexpr std::string_view kInsurers23[] = {"Granite Shield Mutual", "Lodestar Casualty Company",
                                            "Bellwether Life & Annuity", "Prairiewind Auto Insurance",
                                            "Evenkeel Disability Insurance", "Sentinel Oak Health Plan"};
// POOLS-END

constexpr std::string_view kRelations23[] = {"wife",    "husband",  "daughter", "son",     "sister",  "brother",
                                             "mother",  "father",   "nephew",   "niece",   "grandson", "partner",
                                             "stepson", "guardian", "fiancée",  "cousin"};
constexpr std::string_view kMail23[] = {"kettlemail.example.com", "postbarn.example.net", "inkwell-mail.example.org",
                                        "tumbleweed.example.com"};
constexpr std::string_view kWorkMail23[] = {"lodestar-claims.example.com", "bluewater-ridge.example.org"};
constexpr std::string_view kVehicles23[] = {"2014 Toyota Camry",    "2019 Ford F-150",     "2008 Honda Civic",
                                            "2021 Kia Soul",        "2016 Chevrolet Malibu", "2011 Nissan Altima",
                                            "2023 Tesla Model Y",   "2005 Jeep Wrangler",  "2018 Subaru Outback",
                                            "2012 Freightliner Cascadia"};
constexpr std::string_view kCountries23[] = {"Mexico", "Guatemala", "Haiti", "the Philippines", "India", "Nigeria",
                                             "Ukraine", "Vietnam", "Brazil", "El Salvador", "Poland", "Nepal"};
constexpr std::array<std::string_view, 12> kMonths23 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon23 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMeses23 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                       "diciembre"};
constexpr std::string_view kWeekdays23[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};

struct Person23 {
  std::string first, initial, last, nick;
};

struct Cast23 {
  Person23 pt, k1, k2, k3;
  std::array<Person23, 8> staff;
  std::string k1rel;
  std::string streetNumber, street, unit, city, state, zip;
  std::string employer, empNumber, empStreet, empCity, empState, empZip;
  std::string firm, firmNumber, firmStreet, firmCity, firmZip;
  std::string mecase, claim, country;
};

enum class Case23 { asIs, lower, upper };

struct Ctx23 {
  NoteBuilder& b;
  const Cast23& c;
  Case23 mode = Case23::asIs;
  std::string lastDate;  // the last date written, for {again}
  int clock = -1;        // minutes since midnight for {tick}
};

// Case mapping of ASCII and of the Latin-1 letters (two bytes led by 0xC3) the pools use; other
// letters are left as they are, whole.
std::string recase23(std::string s, bool toUpper) {
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
std::string up23(std::string s) { return recase23(std::move(s), true); }
std::string low23(std::string s) { return recase23(std::move(s), false); }

std::string cased(const Ctx23& x, std::string s) {
  if (x.mode == Case23::lower) return low23(std::move(s));
  if (x.mode == Case23::upper) return up23(std::move(s));
  return s;
}
void put(Ctx23& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx23& x, std::string value) { x.b.text(cased(x, std::move(value))); }

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

Person23 makePerson23(Random& r) {
  Person23 p;
  p.first = pickS(r, kGiven23);
  p.initial = pickS(r, kMiddle23);
  p.last = pickS(r, kFamily23);
  p.nick = pickS(r, kNick23);
  return p;
}

Cast23 makeCast23(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x2323ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x23231ULL));
  r.next();
  Cast23 c;
  c.pt = makePerson23(r);
  c.k1 = makePerson23(r);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson23(r);
  c.k3 = makePerson23(r);
  for (Person23& s : c.staff) s = makePerson23(r);
  c.k1rel = pickS(r, kRelations23);
  c.streetNumber = std::to_string(r.between(2, 24990));
  c.street = pickS(r, kStreets23) + " " + pickS(r, kSuffixes23);
  if (r.chance(0.3)) c.unit = pickS(r, kUnits23);
  c.city = pickS(r, kTowns23);
  c.state = pickS(r, kStates23);
  c.zip = std::to_string(r.between(10, 99)) + r.digits(3);
  if (r.chance(0.35)) c.zip += "-" + r.digits(4);
  c.employer = pickS(r, kEmployers23);
  c.empNumber = std::to_string(r.between(100, 9800));
  c.empStreet = pickS(r, kStreets23) + " " + pickS(r, kSuffixes23);
  c.empCity = pickS(r, kTowns23);
  c.empState = pickS(r, kStates23);
  c.empZip = std::to_string(r.between(10, 99)) + r.digits(3);
  c.firm = pickS(r, kFirms23);
  c.firmNumber = std::to_string(r.between(10, 4400));
  c.firmStreet = pickS(r, kStreets23) + " " + pickS(r, kSuffixes23);
  c.firmCity = pickS(r, kTowns23);
  c.firmZip = std::to_string(r.between(10, 99)) + r.digits(3) + (r.chance(0.4) ? "-" + r.digits(4) : "");
  c.mecase = "ME" + std::to_string(r.between(23, 25)) + "-" + r.digits(4);
  switch (r.between(0, 3)) {
    case 0: c.claim = "WC" + std::to_string(r.between(23, 25)) + "-" + r.digits(6) + "-0" + std::to_string(r.between(1, 4)); break;
    case 1: c.claim = r.digits(10) + "-" + r.digits(4); break;
    case 2: c.claim = std::to_string(r.between(1, 9)) + r.letters(2) + r.digits(7); break;
    default: c.claim = "CLM" + r.digits(8); break;
  }
  c.country = pickS(r, kCountries23);
  return c;
}

const Person23& who(const Cast23& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key == "k3") return c.k3;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '8') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "k1" || head == "k2" || head == "k3" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '8');
}

void writeName(Ctx23& x, const Person23& p, std::string form) {
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
  else if (form == "fil") v = firstLetter(p.first) + "." + p.initial + ". " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = up23(p.last + ", " + p.first);
  else if (form == "LFM") v = up23(p.last + ", " + p.first + " " + p.initial);
  else if (form == "UP") v = up23(p.first + " " + p.last);
  else if (form == "FIRST") v = up23(p.first);
  else if (form == "LAST") v = up23(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = low23(p.first + " " + p.last);
  else if (form == "lowfirst") v = low23(p.first);
  else if (form == "lowlast") v = low23(p.last);
  else if (form == "user") v = fold(p.first).substr(0, 1) + fold(p.last);
  else if (form == "HL7") v = up23(p.last + "^" + p.first);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

void writeDate(Ctx23& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "abbr", "abbrdot", "dmon",
                                                   "mil", "dmy", "monthth", "mdy0", "long", "dash"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths23[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon23[static_cast<std::size_t>(m - 1)]);
  const std::string ys = std::to_string(y);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + ys;
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + ys;
  else if (style == "mdyy") v = pad2(m) + "/" + pad2(d) + "/" + pad2(y % 100);
  else if (style == "dash") v = pad2(m) + "-" + pad2(d) + "-" + ys;
  else if (style == "iso") v = ys + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + ys;
  else if (style == "abbr") v = mon + " " + std::to_string(d) + ", " + ys;
  else if (style == "abbrdot") v = mon + (m == 5 ? " " : ". ") + std::to_string(d) + ", " + ys;
  else if (style == "mon") v = mon + " " + std::to_string(d);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "md0") v = pad2(m) + "/" + pad2(d);
  else if (style == "dmon") v = pad2(d) + "-" + up23(mon) + "-" + ys;
  else if (style == "mil") v = pad2(d) + up23(mon) + ys;
  else if (style == "compact") v = ys + pad2(m) + pad2(d);
  else if (style == "dmy") v = std::to_string(d) + " " + mon + " " + ys;
  else if (style == "dotted") v = pad2(d) + "." + pad2(m) + "." + ys;
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + ys;
  else if (style == "my") v = month + " " + ys;
  else if (style == "mmyy") v = pad2(m) + "/" + pad2(y % 100);
  else if (style == "mmyyyy") v = pad2(m) + "/" + ys;
  else if (style == "ord") v = std::to_string(d) + ordSuffix(d) + " day of " + month + ", " + ys;
  else if (style == "monthth") v = month + " " + std::to_string(d) + ordSuffix(d) + ", " + ys;
  else if (style == "es") v = std::to_string(d) + " de " + std::string(kMeses23[static_cast<std::size_t>(m - 1)]) + " de " + ys;
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

// The patient's age: a span only over 89; the words around the number are outside.
void writeAge(Ctx23& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "yrs") after = " yrs";
  else if (form == "slash") after = " y/o";
  else if (form == "yoa") after = " YOA";
  else if (form == "years") after = " years of age";
  else if (form == "age") before = "age ";
  else if (form == "aged") before = "aged ";
  else if (form == "words") value = words(age);
  else if (form == "wordsyo") { value = words(age); after = "-year-old"; }
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
    default: return a + "/" + e + "-" + l;
  }
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

// Numbers abroad (relatives overseas, panel physicians, tourists), at most twelve digits.
std::string abroad(Random& r) {
  switch (r.between(0, 9)) {
    case 0: return "+44 20 7" + r.digits(3) + " " + r.digits(4);
    case 1: return "+49 30 " + r.digits(7);
    case 2: return "+52 33 " + r.digits(4) + " " + r.digits(4);
    case 3: return "+91 98" + r.digits(3) + " " + r.digits(5);
    case 4: return "+63 2 8" + r.digits(3) + " " + r.digits(4);
    case 5: return "+509 3" + r.digits(3) + " " + r.digits(4);
    case 6: return "+502 5" + r.digits(3) + "-" + r.digits(4);
    case 7: return "+55 11 3" + r.digits(3) + "-" + r.digits(4);
    case 8: return "+48 22 " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2);
    default: return "+234 1 " + r.digits(3) + " " + r.digits(4);
  }
}

// `work`: the staff member's organisation's mail domain, or nothing for a private address.
std::string email(Random& r, const Person23& p, std::string_view work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(10, 99)); break;
    case 2: local = l + "." + f.substr(0, 1); break;
    case 3: local = fold(p.nick) + "_" + l; break;
    default: local = f + std::to_string(r.between(1950, 2003)); break;
  }
  if (work.empty()) return local + "@" + pickS(r, kMail23);
  return (r.chance(0.5) ? f + "." + l : f.substr(0, 1) + l) + "@" + std::string(work);
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

// Overseas addresses written on one line, postcode inside.
std::string foreignAddress(Random& r) {
  const std::string n = std::to_string(r.between(1, 180));
  switch (r.between(0, 8)) {
    case 0: return "Holunderweg " + n + ", " + r.digits(5) + " Köln";
    case 1: return "Av. Revolución " + r.digits(4) + ", Col. Tizapán, " + r.digits(5) + " Ciudad de México";
    case 2: return n + " Pennine Rise, Halifax HX" + std::to_string(r.between(1, 7)) + " " + std::to_string(r.between(1, 9)) + r.letters(2, true);
    case 3: return "Blk " + std::to_string(r.between(1, 30)) + " Lot " + std::to_string(r.between(1, 40)) + ", Mabini St., Brgy. San Roque, Marikina City";
    case 4: return "Flat " + std::to_string(r.between(1, 9)) + "B, Shanti Kunj, Sector " + std::to_string(r.between(2, 60)) + ", Noida " + r.digits(6);
    case 5: return "Carrera " + std::to_string(r.between(10, 80)) + "A # " + std::to_string(r.between(10, 99)) + "-" + std::to_string(r.between(10, 99)) + ", Medellín";
    case 6: return "Rue Capois " + n + ", Port-au-Prince";
    case 7: return "ul. Lipowa " + n + "/" + std::to_string(r.between(1, 40)) + ", " + r.digits(2) + "-" + r.digits(3) + " Kraków";
    default: return "4a Calle " + std::to_string(r.between(1, 30)) + "-" + std::to_string(r.between(10, 99)) + ", Zona " + std::to_string(r.between(1, 18)) + ", Quetzaltenango";
  }
}

std::string sentence23(Random& r);

// The law firm's mail and web domain, from the first word of its name ("ironvale-law.example.com").
std::string firmDomain(const Cast23& c) { return fold(c.firm.substr(0, c.firm.find(' '))) + "-law.example.com"; }

void writeStreet(Ctx23& x, bool withCity) {
  const Cast23& c = x.c;
  std::string v = c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

void writeCrashLocation(Ctx23& x) {
  Random& r = x.b.random();
  const std::string a = pickS(r, kStreets23) + " " + pickS(r, kSuffixes23);
  const std::string b = pickS(r, kStreets23) + " " + pickS(r, kSuffixes23);
  switch (r.between(0, 3)) {
    case 0: put(x, "address", a + " and " + b); break;
    case 1: put(x, "address", a + " at " + b); break;
    case 2: say(x, "the "); put(x, "address", std::to_string(r.between(1, 98)) + "00 block of " + a); break;
    default: put(x, "address", std::to_string(r.between(10, 9990)) + " " + a); break;
  }
}

void placeholder(Ctx23& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast23& c = x.c;
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
  } else if (head == "title") {
    say(x, p.female ? (r.chance(0.5) ? "Mrs." : "Ms.") : "Mr.");
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "He") {
    say(x, p.female ? "She" : "He");
  } else if (head == "His") {
    say(x, p.female ? "Her" : "His");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "him") {
    say(x, p.female ? "her" : "him");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays23));
  } else if (head == "country") {
    say(x, c.country);
  } else if (head == "employer") {
    say(x, c.employer);
  } else if (head == "firm") {
    say(x, c.firm);
  } else if (head == "insurer") {
    say(x, pickS(r, kInsurers23));
  } else if (head == "veh") {
    say(x, pickS(r, kVehicles23));
  } else if (head == "dob") {
    std::string style(form);
    if (style.empty()) style = r.chance(0.5) ? "mdy0" : (r.chance(0.5) ? "long" : "mdy");
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, style);
  } else if (head == "date") {
    writeDate(x, r.between(2022, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "later") {  // a date a year or two ahead (an expiry, a hearing)
    writeDate(x, r.between(2025, 2027), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "odob") {  // another person's date of birth
    writeDate(x, r.between(1948, 2004), r.between(1, 12), r.between(1, 28), form.empty() ? "mdy0" : std::string(form));
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {  // another person's age: not PHI
    say(x, std::to_string(r.between(19, 78)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "email") {
    const std::string whom(form.empty() ? "pt" : form);
    // Attorneys and paralegals at the patient's law firm, adjusters at the insurer, the rest at the
    // hospital; relatives and the patient at private addresses.
    std::string work;
    if (whom == "s3" || whom == "s7") work = firmDomain(c);
    else if (whom == "s4") work = std::string(kWorkMail23[0]);
    else if (whom.size() == 2 && whom[0] == 's') work = std::string(kWorkMail23[1]);
    put(x, "email", email(r, who(c, whom), work));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    const std::string& s = p.ssn;
    put(x, "ssn", r.chance(0.6) ? s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4)
                                : s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4));
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "mecase") {
    put(x, "mrn", c.mecase);
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "claim") {
    put(x, "account", c.claim);
  } else if (head == "claim2") {  // another insurer's claim number
    put(x, "account", r.letters(2) + "-" + r.digits(3) + "-" + r.digits(6));
  } else if (head == "intake") {  // a protective-services intake: a file about the person
    put(x, "account", std::to_string(r.between(2023, 2025)) + "-" + r.digits(6));
  } else if (head == "bank") {
    put(x, "account", r.digits(r.between(9, 12)));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "group") {
    put(x, "health_plan", r.digits(6) + "-" + r.digits(3));
  } else if (head == "mbi") {
    put(x, "health_plan", std::to_string(r.between(1, 9)) + r.letters(1, true) + r.letters(1, true) +
                              r.digits(1) + r.letters(1, true) + r.letters(1, true) + r.digits(1) +
                              r.letters(2, true) + r.digits(2));
  } else if (head == "policy") {  // auto, life, disability and travel policies
    switch (r.between(0, 3)) {
      case 0: put(x, "health_plan", r.digits(3) + " " + r.digits(4) + "-" + r.letters(1) + r.digits(2) + "-" + r.digits(2) + "A"); break;
      case 1: put(x, "health_plan", "LF" + r.digits(8)); break;
      case 2: put(x, "health_plan", "PA-" + r.digits(7) + "-" + r.digits(2)); break;
      default: put(x, "health_plan", r.letters(3) + "/" + r.digits(6) + "/" + r.digits(2)); break;
    }
  } else if (head == "lic") {
    put(x, "license", r.chance(0.4) ? p.license : licence(r));
  } else if (head == "lic2") {  // another driver's licence
    put(x, "license", licence(r));
  } else if (head == "cdl") {
    put(x, "license", r.chance(0.5) ? r.letters(1) + r.digits(8) : r.digits(9));
  } else if (head == "passport") {
    switch (r.between(0, 3)) {
      case 0: put(x, "license", r.letters(1) + r.digits(8)); break;
      case 1: put(x, "license", r.digits(9)); break;
      case 2: put(x, "license", "P" + r.digits(7) + r.letters(1)); break;
      default: put(x, "license", r.letters(2) + r.digits(7)); break;
    }
  } else if (head == "anum") {
    switch (r.between(0, 2)) {
      case 0: put(x, "license", "A" + r.digits(9)); break;
      case 1: put(x, "license", "A" + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3)); break;
      default: put(x, "license", r.digits(3) + " " + r.digits(3) + " " + r.digits(3)); break;
    }
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {  // an implant's serial
    switch (r.between(0, 2)) {
      case 0: put(x, "device", r.letters(3) + r.digits(6) + (r.chance(0.5) ? r.letters(1) : "")); break;
      case 1: put(x, "device", r.digits(8)); break;
      default: put(x, "device", r.letters(2) + "-" + r.digits(5) + "-" + r.digits(2)); break;
    }
  } else if (head == "udi") {  // GS1 UDI: only the serial after (21) is PHI
    say(x, "(01)0" + r.digits(13) + "(17)" + pad2(r.between(26, 31)) + pad2(r.between(1, 12)) + pad2(r.between(1, 28)) +
               "(10)" + r.letters(1) + r.digits(5) + "(21)");
    put(x, "device", r.letters(2) + r.digits(7));
  } else if (head == "vin") {
    put(x, "vehicle", r.chance(0.5) ? p.vin : vin(r));
  } else if (head == "vin8") {
    put(x, "vehicle", r.letters(1, true) + r.digits(7));
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.4) ? p.plate : usPlate(r));
  } else if (head == "plate2") {  // another person's car
    put(x, "vehicle", usPlate(r));
  } else if (head == "fplate") {
    std::string country;
    const std::string plate = foreignPlate(r, country);
    put(x, "vehicle", plate);
    say(x, " (" + country + ")");
  } else if (head == "url") {
    if (form == "claim") {
      put(x, "url", "https://claims.lodestar-claims.example.com/file/" + c.claim + "/upload?token=" + r.digits(6));
    } else if (form == "portal") {
      put(x, "url", "https://records.bluewater-ridge.example.org/roi/request/" + p.mrn + "?requester=" + fold(c.k1.last));
    } else {
      put(x, "url", firmDomain(c) + "/clients/" + fold(c.pt.last) + "-" + fold(c.pt.first) + "/intake");
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      put(x, "ip", "2600:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r));
    } else {
      std::string v = "2001:4860";
      for (int k = 0; k < 6; ++k) v += ":" + hex4(r);
      put(x, "ip", v);
    }
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {
    writeStreet(x, true);
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
  } else if (head == "emp") {  // the employer's address line and ZIP
    put(x, "address", c.empNumber + " " + c.empStreet + ", " + c.empCity + ", " + c.empState);
    say(x, " ");
    put(x, "zip", c.empZip);
  } else if (head == "empcity") {
    put(x, "address", c.empCity + ", " + c.empState);
  } else if (head == "firmaddr") {  // the law firm's address block (two lines)
    put(x, "address", c.firmNumber + " " + c.firmStreet + ", Suite " + std::to_string(r.between(2, 19)) + "00");
    say(x, "\n");
    put(x, "address", c.firmCity + ", " + c.state);
    say(x, " ");
    put(x, "zip", c.firmZip);
  } else if (head == "street2") {  // another person's street line
    put(x, "address", std::to_string(r.between(10, 9999)) + " " + pickS(r, kStreets23) + " " + pickS(r, kSuffixes23));
  } else if (head == "cityst2") {
    put(x, "address", pickS(r, kTowns23) + ", " + pickS(r, kStates23));
  } else if (head == "zip2") {
    put(x, "zip", std::to_string(r.between(10, 99)) + r.digits(3) + (r.chance(0.4) ? "-" + r.digits(4) : ""));
  } else if (head == "crash") {
    writeCrashLocation(x);
  } else if (head == "foreign") {
    put(x, "address", foreignAddress(r));
  } else if (head == "num") {  // report, incident, kit and order numbers: not PHI
    say(x, std::to_string(r.between(1, 9)) + r.digits(form.empty() ? 5 : std::stoi(std::string(form)) - 1));
  } else if (head == "badge") {
    say(x, std::to_string(r.between(100, 9999)));
  } else if (head == "docket") {
    static constexpr std::string_view kKinds[] = {"CV", "GU", "PR", "CR", "MH", "JV", "DR"};
    say(x, std::to_string(r.between(22, 25)) + "-" + pickS(r, kKinds) + "-" + r.digits(5));
  } else if (head == "npi") {
    say(x, "1" + r.digits(9));
  } else if (head == "time") {
    const bool am = r.chance(0.5);
    say(x, std::to_string(am ? r.between(6, 11) : r.between(1, 9)) + ":" + pad2(r.between(0, 11) * 5) + (am ? " AM" : " PM"));
  } else if (head == "hhmm") {  // military time
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "tick") {  // rising HH:MM within one note
    if (x.clock < 0) x.clock = r.between(0, 20 * 60);
    else x.clock += r.between(3, 41);
    say(x, pad2((x.clock / 60) % 24) + ":" + pad2(x.clock % 60));
  } else if (head == "hms") {
    say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "bac") {
    say(x, "0." + std::to_string(r.between(0, 2)) + std::to_string(r.between(1, 9)) + std::to_string(r.between(0, 9)));
  } else if (head == "s") {
    say(x, sentence23(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx23& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of troopers, adjusters, claims examiners,
// records clerks, forensic nurses, medical examiners and DOT examiners: statutes, regulations
// and rules, cited precedents and doctrines named after people, laws named after people, form
// numbers, CPT, ICD-10 and NDC codes, eponyms (fractures, signs, tests, scales), brands and drugs,
// speeds, weights, blood-alcohol concentrations, military times, model years, impairment
// percentages, ages of other people, and place names only inside eponyms, rules and case names.
std::string sentence23(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 899));
  const std::string hhmm = pad2(r.between(0, 23)) + pad2(r.between(0, 59));
  switch (r.between(0, 48)) {
    case 0: return "Records produced under 45 CFR 164.512(e) require satisfactory assurance of notice or a qualified protective order.";
    case 1: return "Under Jaffee v. Redmond, 518 U.S. 1 (1996), the psychotherapy notes are withheld pending a ruling.";
    case 2: return "A Daubert hearing on the biomechanical expert is set; Frye still governs in the state court.";
    case 3: return "Legal blood draw at " + hhmm + " hrs; serum ethanol converted to whole-blood BAC by dividing by 1.16.";
    case 4: return "Estimated speed " + n2 + " mph in a posted 35 zone; delta-V about " + n2 + " km/h from the airbag control module.";
    case 5: return "Chance fracture of L1 with a seat-belt sign across the lower abdomen; no Smith or Barton fracture on wrist films.";
    case 6: return "Waddell signs 1 of 5; Hoover sign negative; Spurling test reproduces arm pain on the right.";
    case 7: return "Impairment rated at " + n1 + "% whole person per AMA Guides, 6th edition, Table 17-4.";
    case 8: return "Temporary total disability paid at $" + n3 + "." + n2 + " per week, two-thirds of the average weekly wage.";
    case 9: return "ICD-10 V43.52XA (car driver injured in collision with car in traffic) and Y92.410 (street or highway) coded.";
    case 10: return "Dog bite coded W54.0XXA; rabies post-exposure prophylaxis day 0, 3, 7 and 14 per the ACIP schedule.";
    case 11: return "Firearm injury reportable under the state code within 48 hours; ATF Form 4473 is not part of the medical record.";
    case 12: return "Form I-693 must be signed by the civil surgeon and sealed in the envelope; the applicant may not open it.";
    case 13: return "Varicella titer positive; MMR series complete; Tdap given, NDC 58160-842-11, lot on the vaccine log.";
    case 14: return "49 CFR 391.41(b)(10) requires 20/40 acuity in each eye with or without correction and 70 degrees of field.";
    case 15: return "Forced whisper heard at 5 feet in the better ear meets 391.41(b)(11); audiometric average under 40 dB also passes.";
    case 16: return "Medical certificate issued for 1 year because of treated hypertension, BP 138/86 today.";
    case 17: return "Ten-panel urine drug screen with 50 ng/mL THC cutoff; the MRO verifies under 49 CFR Part 40.";
    case 18: return "Chain of custody form (CCF) copy 2 goes to the MRO, copy 4 to the employer, copy 5 to the donor.";
    case 19: return "Baker Act criteria were not met; a Marchman Act petition was discussed for the alcohol use disorder.";
    case 20: return "The Tarasoff duty to warn was reviewed with Risk Management; no identifiable victim was named.";
    case 21: return "Competency to stand trial was assessed against the Dusky standard; see also Jackson v. Indiana, 406 U.S. 715 (1972).";
    case 22: return "Warrantless blood draws were limited by Missouri v. McNeely, 569 U.S. 141 (2013), and Birchfield v. North Dakota (2016).";
    case 23: return "Glasgow Coma Scale 14 on arrival (E4 V4 M6); Canadian C-spine rule and NEXUS criteria both applied.";
    case 24: return "Ottawa ankle rules negative; San Francisco Syncope Rule not applicable to a restrained driver.";
    case 25: return "Field triage step 3: intrusion over 12 inches at the occupant site or ejection from the vehicle.";
    case 26: return "Airbags deployed; rollover x" + n1 + "; extrication time " + n2 + " minutes with the Jaws of Life.";
    case 27: return "Subrogation is limited by the made-whole doctrine and the common-fund rule in this state.";
    case 28: return "PIP pays 80% of reasonable medical expenses up to the $10,000 limit; med-pay is secondary.";
    case 29: return "CMS-1500 box 10b marked YES for auto accident, with the state of the accident in the next field.";
    case 30: return "UB-04 occurrence code 01 (auto accident) and 04 (employment related) were both missing from the claim.";
    case 31: return "CPT 99455 is for a work-related or medical disability examination by the treating physician; 99456 for another physician.";
    case 32: return "Functional capacity evaluation placed the worker at the medium demand level: lifting " + n2 + " lb occasionally.";
    case 33: return "Maximum medical improvement is expected in " + n1 + " to " + std::to_string(r.between(10, 12)) + " weeks after the Lisfranc fixation.";
    case 34: return "The SAFE kit was sealed at " + hhmm + " hrs and stored in the locked refrigerator per the evidence policy.";
    case 35: return "Strangulation documentation: petechiae above the ligature mark, hoarse voice, no Battle sign.";
    case 36: return "Plan B (levonorgestrel 1.5 mg) and HIV nPEP with Biktarvy for 28 days were offered.";
    case 37: return "Kendra's Law and Laura's Law orders are for assisted outpatient treatment, not for this admission.";
    case 38: return "Megan's Law registry checks are done by the facility's security office, never by the unit staff.";
    case 39: return "The other driver, " + std::to_string(r.between(19, 78)) + ", was treated and released at the scene by Medic " + n2 + ".";
    case 40: return "Tow rotation sent a flatbed; the " + std::to_string(r.between(2004, 2023)) + " sedan was impounded as evidence.";
    case 41: return "Hangman fracture of C2 excluded on CT; Jefferson fracture of C1 excluded; collar cleared.";
    case 42: return "Toxicology by LC-MS/MS: fentanyl " + n1 + "." + n1 + " ng/mL, norfentanyl present, ethanol not detected.";
    case 43: return "Cause of death: blunt force injuries of the torso; manner: accident; autopsy waived under the ME Act.";
    case 44: return "Livor fixed and posterior; rigor full in all extremities at " + hhmm + " hrs; core temperature " + n2 + ".4 F.";
    case 45: return "The guardian ad litem report is due 10 days before the hearing under Rule 5.12 of the probate rules.";
    case 46: return "A HIPAA authorization must name the recipient, purpose, expiry and the right to revoke (45 CFR 164.508(c)).";
    case 47: return "Olmstead v. L.C., 527 U.S. 581 (1999), is cited in the least-restrictive-setting section of the plan.";
    default: return "Epworth Sleepiness Scale " + std::to_string(r.between(3, 9)) + "/24; Mallampati class II; no STOP-BANG risk for the CDL exam.";
  }
}

struct Template23 {
  std::string_view name;
  Case23 mode;
  std::string_view pattern;
};

constexpr Case23 kN = Case23::asIs;
constexpr Case23 kL = Case23::lower;
constexpr Case23 kU = Case23::upper;

constexpr Template23 kTemplates23[] = {
    {"police_collision_report", kU,
     "STATE TRAFFIC CRASH REPORT          REPORT NO. {num.9}          PAGE 1 OF 3\n"
     "CRASH DATE: {date.mil}   TIME: {hhmm}   LOCATION: {crash}\n"
     "UNIT 1 DRIVER: {pt.LFM}   DOB: {dob.mdy0}   AGE: {age.num}   SEX: {sex}\n"
     "ADDRESS: {streetcity} {zip}   PHONE: {phone}\n"
     "DL# {lic}   ST: {state}   CLASS D   RESTRAINT: LAP/SHOULDER   AIRBAG: DEPLOYED\n"
     "VEH: {veh}   PLATE/ST: {plate} / {state}   VIN: {vin}\n"
     "UNIT 2 DRIVER: {k2.LF}   DOB: {odob}   DL# {lic2}\n"
     "VEH: {veh}   PLATE: {plate2}   INS: {insurer} POLICY {policy}\n"
     "NARRATIVE: UNIT 2 FAILED TO YIELD AND STRUCK UNIT 1 ON THE DRIVER SIDE. {s}\n"
     "REPORTING OFFICER: TPR. {s2.LF}   BADGE {badge}   TROOP F\n"},
    {"ems_crash_narrative", kN,
     "PATIENT CARE REPORT - Medic {num.2}   Run #{num.7}   {date.mdy}\n"
     "Dispatched {hhmm} hrs to {crash} for a two-vehicle MVC. Found the {age.yo} {sex} restrained driver of a {veh}, "
     "plate {plate}, still belted, c/o neck and left chest pain. {s} Pt states name is {pt.full}, DOB {dob.mdy}. "
     "Pt's {rel} {k1.full} arrived on scene and was given the receiving facility; call-back {cphone}.\n"
     "Transported to Bluewater Ridge Trauma Center, report to RN at {hhmm} hrs.\n"
     "Crew: {s8.full}, NRP; {s7.full}, EMT\n"},
    {"hit_and_run_supplement", kN,
     "SUPPLEMENTAL NARRATIVE - Det. {s2.fi}, Traffic Homicide Unit, Case {num.8}\n"
     "On {date.long} at approx. {hhmm} hrs pedestrian {pt.lfm} ({age.aged}) was struck at {crash} and the vehicle left "
     "the scene. Witness {k3.full} ({cphone}) recorded a partial plate. A {veh} with front-end damage and plate "
     "{plate2} was located at {street2} on {date.md}; VIN {vin} confirmed through the registry. Registered owner: "
     "{k2.full}, {cityst2}. {s}\n"},
    {"tourist_rental_crash", kN,
     "ED SOCIAL WORK NOTE - {date.dmyslash}\n"
     "Patient {pt.full}, visiting from abroad, passport {passport}, home address {foreign}, mobile {intl}. "
     "Driver of a rental car (plate {plate}, rental agreement RA-{num.8}) hit from behind on the highway. Travel "
     "insurer {insurer}, policy {policy}, assistance line {intl}. {His} travelling companion {k1.full} holds a foreign "
     "licence {lic2} and was driving a second car registered abroad, plate {fplate}. {s}\n"
     "SW: {s5.full}, LCSW\n"},
    {"crash_report_request", kN,
     "{insurer}\nAuto Claims - Bodily Injury Unit\n\n{date.long}\n\nRecords Unit, State Highway Patrol\n\n"
     "Re: Request for crash report\nOur insured: {k2.full}\nClaimant: {pt.full}\nDate of loss: {date.mdy0}\n"
     "Location: {crash}\nClaim number: {claim}\n\nPlease send a certified copy of the crash report and any "
     "photographs. Our check for $10.00 is enclosed. {s}\n\nSincerely,\n{s4.full}, CCM\nClaims Adjuster, {cphone}\n"},
    {"witness_statement", kN,
     "VOLUNTARY STATEMENT\nName: {k3.full}    DOB: {odob}    Phone: {ph7}\nAddress: {street2}, {cityst2} {zip2}\n\n"
     "I was stopped at the light on {crash} around {time} on {date.long}. The pickup came through the red and hit "
     "the little car. The lady driving the pickup got out and said sorry. The man in the little car ({pt.first}, "
     "he told me later) was bleeding from his head. I called 911. {s}\n\nSigned: {k3.fi}    Witnessed: Ofc. "
     "{s2.last}, badge {badge}\n"},
    {"legal_blood_draw", kN,
     "LEGAL BLOOD SPECIMEN - DUI INVESTIGATION\nSubject: {pt.LF}    DOB: {dob.mdy0}    DL: {lic}\n"
     "Requesting officer: Deputy {s2.full}, badge {badge}, search warrant no. {num.7} shown\n"
     "Vehicle: {veh}, plate {plate}\nDraw time: {hhmm} hrs on {date.mdy}; 2 gray-top tubes, povidone-iodine prep, "
     "kit seal {num.8}\nDrawn by: {s5.full}, RN    Witness: {s7.fi}\nHospital serum ethanol for care only: "
     "{num.3} mg/dL. {s}\n"},
    {"law_enforcement_presence", kN,
     "NURSING NOTE {date.iso} {tick}\nPatient {pt.full} ({mrn}) is in police custody. Ofc. {s2.full} of the Metro "
     "Police Department remains at bedside; relieved at {tick} by Ofc. {s3.full}. Restraint on the left ankle per "
     "the officer; skin checks q2h. Patient asked that {his} {rel}, {k1.first}, be called at {phone2}; officer "
     "states calls go through the jail. {s}\n"},
    {"wc_first_report", kN,
     "EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS\n"
     "Employee name: {pt.lfm}\nSSN: {ssn}\nDate of birth: {dob.mdy0}\nHome address: {addr}\nHome phone: {phone}\n"
     "Occupation: forklift operator    Date of hire: {date.mdy0}\n"
     "Employer: {employer}\nEmployer address: {emp}\nEmployer phone: {cphone}\n"
     "Date of injury: {date.mdy0}    Time: {hhmm}    Last day worked: {date.md}\n"
     "Description: pinned between the lift and a rack; crush injury of the right foot. {s}\n"
     "Carrier: {insurer}    Claim no. {claim}    Policy {policy}\nAdjuster: {s4.full}, {email.s4}, {cphone} ext. {num.3}\n"},
    {"adjuster_email_thread", kN,
     "From: {s4.full} <{email.s4}>\nSent: {wd}, {date.long} {time}\nTo: Occupational Health Intake\n"
     "Subject: RE: {pt.UP} / Claim {claim} / DOI {date.mdy}\n\nThanks. Please send the work status after each visit "
     "and the PT notes weekly. The employer ({employer}) has light duty available. {s}\n\n"
     "-----Original Message-----\nFrom: {s5.full} <{email.s5}>\nSent: {date.mdy0}\n\n"
     "{s4.first}, our patient {pt.full}, DOB {dob.mdy0}, was seen today. Is the claim accepted? The pharmacy is "
     "asking for the carrier's BIN. Fax for reports is {fax}.\n"},
    {"work_status_box_form", kN,
     "┌──────────────────────────────────────────────────────────┐\n"
     "│ WORK STATUS REPORT                  Visit: {date.mdy0}\n"
     "│ Employee: {pt.fml}\n"
     "│ Claim #: {claim}        Employer: {employer}\n"
     "│ Date of injury: {date.abbr}\n"
     "├──────────────────────────────────────────────────────────┤\n"
     "│ [x] Modified duty from {date.md} through {date.md}\n"
     "│ No lifting over 15 lb, no ladders, sit/stand as needed\n"
     "│ Next visit: {date.mon}\n"
     "└──────────────────────────────────────────────────────────┘\n"
     "Provider: {s1.full}, PA-C    Fax to adjuster {s4.fi}: {fax}\n"},
    {"wage_statement", kN,
     "WAGE STATEMENT (13 weeks before injury)\nEmployee: {pt.full}    SSN {ssnbare}\nEmployer: {employer}, {emp}\n"
     "Payroll contact: {k3.full}, {cphone}\nWeek ending      Hours     Gross\n{date.mdy0}       40.0      $842.00\n"
     "{date.mdy0}       44.5      $964.25\nAverage weekly wage $896.10. Claim {claim}. {s}\n"},
    {"rtw_chat", kL,
     "secure chat - occ health, {date.mdy}\n[{tick}] {s7.user}: employer hr called about {pt.low}, wants to know "
     "when {he} can come back\n[{tick}] {s1.user}: told them modified duty on {date.md}. claim {claim}\n[{tick}] "
     "{s7.user}: adjuster is {s4.low}, number {ph7}? no area code on the message\n[{tick}] "
     "{s1.user}: call back and get it. {s}\n"},
    {"ime_report", kN,
     "INDEPENDENT MEDICAL EXAMINATION\n\nExaminee: {pt.lfm}\nDate of birth: {dob.long}\nClaim number: {claim}\n"
     "Date of injury: {date.long}\nDate of examination: {date.long}\nRequested by: {s4.full}, {insurer}\n\n"
     "I reviewed 212 pages of records and examined the claimant for 45 minutes in the presence of {his} {rel}, {k1.full}. "
     "{s} {s}\n\nOpinion: causally related to the work event of the date above; not at MMI.\n\n"
     "{s1.full}, MD\ncc: Atty. {s3.full}, {firm}\n"},
    {"attending_physician_statement", kN,
     "ATTENDING PHYSICIAN STATEMENT - DISABILITY          {insurer}\n"
     "INSURED.............. {pt.LF}\n"
     "DATE OF BIRTH........ {dob.mdy0}\n"
     "POLICY NO............ {policy}\n"
     "CLAIM NO............. {claim}\n"
     "EMPLOYER............. {employer}\n"
     "LAST DAY WORKED...... {date.mdy0}\n"
     "DIAGNOSIS............ M54.16 lumbar radiculopathy; M51.26\n"
     "RESTRICTIONS......... sedentary, 4 h/day, through {later.mdy0}\n"
     "PHYSICIAN............ {s1.full}, MD   NPI {npi}\n"
     "PHONE / FAX.......... {cphone} / {fax}\n"},
    {"disability_determination_request", kN,
     "DISABILITY DETERMINATION SERVICES\nRequest for Medical Evidence\n\n{date.long}\n\nBluewater Ridge Medical "
     "Center, Attn: Release of Information\n\nClaimant: {pt.full}\nSSN: {ssnbare}\nDate of birth: {dob.mdy0}\n"
     "Alleged onset: {date.mdy0}\n\nPlease send all records from {date.my} to present, including imaging and "
     "mental health notes. A signed SSA-827 is enclosed. {s}\n\nDisability examiner: {s6.full}, {cphone}\n"},
    {"life_insurance_records_request", kN,
     "BELLWETHER LIFE & ANNUITY - UNDERWRITING\n\n{date.long}\n\nRe: Proposed insured {pt.full}, DOB {dob.long}\n"
     "Application {num.9}; policy applied for {policy}\nAddress on application: {addr}\n\nDear Records Custodian,\n\n"
     "Please send copies of the last five years of office notes, labs and ECGs. An authorization signed by the "
     "applicant on {date.mdy} is enclosed. {s}\n\nUnderwriter: {s6.full}\nPhone {cphone}  Fax {fax}\n"},
    {"pip_payment_ledger", kN,
     "PIP LEDGER  claim={claim}  insured={k2.LF}  claimant={pt.LF}  policy={policy}\n"
     "date       | payee                            | CPT   | billed   | paid\n"
     "{date.mdyy}   | Bluewater Ridge Medical Center   | 99284 | 1,310.00 | 1,048.00\n"
     "{date.mdyy}   | Medic {num.2} ambulance            | A0427 |   912.00 |   729.60\n"
     "{date.mdyy}   | Dr. {s1.last}                         | 97110 |   165.00 |   132.00\n"
     "remaining PIP limit $7,110.40. {s}\n"},
    {"subrogation_letter", kN,
     "SENTINEL OAK HEALTH PLAN - Recovery Department\n\n{date.long}\n\n{insurer}\nAttn: {s4.full}, Adjuster\n\n"
     "RE: Notice of subrogation lien\nOur member: {pt.full}\nMember ID: {plan}    Group {group}\nYour insured: "
     "{k2.full}\nYour claim no.: {claim2}\nDate of loss: {date.mdy0}\n\nWe have paid $18,442.17 in benefits for "
     "injuries from the collision. {s} Please direct questions to our file {claim} at {cphone}.\n\n{s6.full}\n"
     "Recovery Specialist\n"},
    {"hospital_lien_notice", kN,
     "NOTICE OF HOSPITAL LIEN\n\nTo: {s3.full}, Esq.\n{firm}\n{firmaddr}\n\nPatient: {pt.full}\nDate of "
     "admission: {date.mdy0}    Discharge: {date.mdy0}\nAccount: {acct}\nAmount of lien: $64,210.55\n\nThis lien "
     "attaches to any recovery from the collision of the admission date. Sent by certified mail no. 7022 "
     "{num.4} {num.4} {num.4}. {s}\n"},
    {"subpoena_duces_tecum", kN,
     "CIRCUIT COURT, CIVIL DIVISION\nCase No. {docket}\n\n{pt.UP},\n        Plaintiff,\nv.\n{k2.UP} and "
     "{insurer},\n        Defendants.\n\nSUBPOENA DUCES TECUM FOR DEPOSITION OF RECORDS CUSTODIAN\n\n"
     "To: Custodian of Records, Bluewater Ridge Medical Center\nYou are commanded to produce all medical and "
     "billing records of {pt.fml}, DOB {dob.mdy0}, from {date.long} to present, on the {date.ord}, at {time}. "
     "{s}\n\nIssued by: {s3.full}, Esq.\n{firm}\n{firmaddr}\nTel. {cphone}    {email.s3}\n"},
    {"court_ordered_competency", kN,
     "FORENSIC EVALUATION - COMPETENCY TO PROCEED\nDefendant: {pt.lfm}    Case {docket}\nOrdered by: Hon. "
     "{s6.full} on {date.long}\nDate of birth: {dob.long} (age {age.num})\nDates of interview: {date.mdy} and "
     "{date.mdy}\nSources: jail medical record, arrest report, interview of {his} {rel} {k1.full} by phone "
     "({phone2})\n\n{s}\n{s}\nOpinion: not presently competent; restoration likely.\n\n{s1.full}, PhD\n"},
    {"deposition_scheduling_email", kN,
     "From: {s7.full} <{email.s7}>\nTo: {s1.full} <{email.s1}>\nCc: {s3.full} <{email.s3}>\nDate: {date.abbr}\n"
     "Subject: Deposition of treating physician - {pt.last} v. {k2.last}\n\nDr. {s1.last},\n\nCounsel would like "
     "to depose you on {date.monthth} or {date.monthth} about your care of {pt.fi} after the {date.md} crash. The "
     "fee schedule you sent ($750/hour) is fine. {s}\n\n{s7.first}\nParalegal, {firm}\nDirect {cphone}\n"},
    {"records_request_fax_cover", kN,
     "FAX\nTo: Health Information Management    Fax: {fax}\nFrom: {s7.full}, {firm}    Phone: {cphone}\n"
     "Date: {date.mdy0}    Pages: 6\nRe: {pt.full}, DOB {dob.mdy0}, MRN {mrn}\n\nPlease find our client's "
     "authorization and a request for records and bills from {date.mdy0} forward. Upload "
     "link for electronic production: {url.firm}\n\nThis fax may contain privileged and confidential information.\n"},
    {"redaction_log", kN,
     "HIM REDACTION LOG - production to {firm}\nPatient: {pt.LF}    MRN {mrn}    Request {num.6}\n"
     "Page | Item                                   | Basis\n"
     "  3  | name of another patient, {k2.lf}       | not the requester's PHI\n"
     "  7  | 42 CFR Part 2 program note             | SUD records, consent not covering\n"
     "  9  | roommate's phone {ph7}                 | third party\n"
     " 12  | psychotherapy notes                    | 45 CFR 164.524(a)(1)(i)\n"
     "Reviewed by {s7.full}, RHIA on {date.mdy0}\n"},
    {"medical_examiner_report", kN,
     "OFFICE OF THE CHIEF MEDICAL EXAMINER - REPORT OF INVESTIGATION\nCase {mecase}\nDecedent: {pt.LFM}    "
     "Age: {age.words}    Sex: {sex}\nDate of birth: {dob.long}    Date of death: {date.long}\nResidence: {addr}\n"
     "Next of kin: {k1.full} ({rel}), {intl}\nFound by {k3.full} at the residence; last known alive {date.md}.\n"
     "Implanted device recovered: pacemaker, serial {serial}\n{s}\nInvestigator: {s6.full}, D-ABMDI\n"},
    {"death_certificate_worksheet", kN,
     "DEATH CERTIFICATE WORKSHEET (for the certifier)\n1. Decedent's legal name: {pt.fml}\n2. SSN: {ssn}\n"
     "3. Age: {age.num}    4. Date of birth: {dob.mdy0}\n5. Residence: {streetcity} {zip}\n6. Informant: "
     "{k1.full}, {rel}, {phone2}\n7. Date of injury: {date.mdy0}    Place of injury: {crash}\n8. Describe how "
     "injury occurred: driver of car struck by a truck\n9. Certifier: {s6.full}, MD\n"},
    {"nok_notification_log", kN,
     "NEXT-OF-KIN NOTIFICATION LOG - ME case {mecase}\n{date.iso} {tick} called {k1.full} at {phone2}, no answer, "
     "voicemail left\n{again} {tick} called {k3.full} (neighbour) at {ph7}; gave {k1.first}'s other number "
     "{intl}\n{again} {tick} {k1.first} reached; identification by photograph of {pt.full} made\nInvestigator "
     "{s6.fi}\n"},
    {"aps_referral", kN,
     "ADULT PROTECTIVE SERVICES REFERRAL\nIntake #: {intake}    Received: {date.mdy} {time}\nAlleged victim: "
     "{pt.full}, {age.yo}, {addr}\nPhone: {phone}\nAlleged perpetrator: {k2.full} (lives in the home), same "
     "address\nAllegation: financial exploitation; the patient's benefits card is held by the alleged "
     "perpetrator. {s}\nReporter: {s5.full}, LCSW, {cphone}\nAssigned: Caseworker {s8.full}\n"},
    {"cps_referral", kN,
     "CHILD PROTECTIVE SERVICES HOTLINE REPORT    Intake {intake}\nDate: {date.mdy0}\nCaregiver: {pt.full} "
     "(grandparent, kinship care), DOB {dob.mdy0}\nChild: {k2.first} {pt.last}, age 6\nAddress: {addr}\nConcern: "
     "grandparent admitted after a fall; no other adult in the home. {s}\nReporter: {s5.fl}, {cphone}\n"},
    {"guardianship_letters", kN,
     "PROBATE AND FAMILY COURT\nIn re the Guardianship of {pt.LFM}, an incapacitated person\nDocket No. {docket}\n\n"
     "LETTERS OF GUARDIANSHIP\n\n{k1.full}, of {cityst}, is appointed plenary guardian of the person of "
     "{pt.full}, born {dob.long}, this {date.ord}. These letters expire on {later.long} unless renewed.\n\n"
     "Judge {s6.full}\n"},
    {"poa_activation_letter", kN,
     "{date.long}\n\nTo whom it may concern:\n\nI have examined {pt.full}, {age.words} years of age, and in my "
     "opinion {he} lacks the capacity to make health care decisions. The health care power of attorney dated "
     "{date.mdy0}, naming {k1.full} ({rel}) as agent, is now in effect. {k1.first} can be reached at {phone2} or "
     "{email.k1}, {street}.\n\n{s1.full}, MD\n"},
    {"victim_advocate_intake", kN,
     "VICTIM ADVOCACY INTAKE (CONFIDENTIAL)\nSurvivor: {pt.first} (legal name {pt.full})\nSafe phone: {phone2}    "
     "DO NOT call {phone}\nDo not send mail to: {street}\nPerson causing harm: {k2.full}, DOB {odob}; drives a "
     "{veh}, plate {plate2}\nProtective order: case {docket}, hearing {later.mdy}\n{s}\nAdvocate: {s5.full}\n"},
    {"safe_exam_form", kN,
     "SEXUAL ASSAULT FORENSIC EXAMINATION\nKit no. {num.8}    Exam date {date.mdy0}, start {hhmm}\nPatient: "
     "{pt.LF}    DOB: {dob.mdy0}    MRN: {mrn}\nLaw enforcement: Det. {s2.full}, agency case {num.9}\nAdvocate "
     "present: {s8.fl}\n{s}\nExaminer: {s5.full}, SANE-A\n"},
    {"victim_compensation_application", kN,
     "CRIME VICTIMS' COMPENSATION - APPLICATION\nVictim: {pt.full}    DOB {dob.mdy0}    SSN {ssn}\nApplicant (if "
     "not the victim): {k1.full}, {rel}\nMailing address: {addr2}\nPhone: {phone}    E-mail: {email.k1}\n"
     "Direct deposit: routing 0{num.8}, account {bank}\nCrime date: {date.long}    Police report {num.8}\n"
     "Claim assigned: {claim}\n"},
    {"firearm_injury_report", kN,
     "FIREARM INJURY SURVEILLANCE REPORT\nPatient: {pt.fml}    Age: {age.num}    Sex: {sex}\nResidence ZIP: {zip}"
     "    Town: {city}\nDate of injury: {date.mdy0}    Intent: unintentional    Weapon: handgun\nICD-10: W32.0XXA"
     "    Place: home (Y92.009)\nReporting clinician: {s1.full}, MD    Phone {cphone}\n{s}\n"},
    {"dog_bite_report", kN,
     "ANIMAL BITE REPORT TO ANIMAL SERVICES\nVictim: {pt.full}, {phone}\nDate of bite: {date.mdy}\nAnimal: dog, "
     "pit-bull mix, brown, name \"Biscuit\"\nOwner: {k2.full}, {street2}, {cityst2} {zip2}, {cphone}\n"
     "Vaccination status unknown; 10-day observation at the owner's home ordered. {s}\nReported by {s5.fi}, RN\n"},
    {"implant_claim_record", kN,
     "PRODUCT LIABILITY CLAIM - IMPLANT DOCUMENTATION\nClaimant: {pt.full}    DOB {dob.iso}    MRN {mrn}\n"
     "Device 1: acetabular shell, UDI {udi}\nDevice 2: pacemaker, serial {serial}, implanted {date.mdy}\n"
     "Home monitor: serial {dev}\nExplant: {date.mdy}; device retained for counsel, chain of custody started.\n"
     "Counsel: {s3.full}, Esq., {cphone}\n"},
    {"toxicology_coc", kN,
     "FORENSIC TOXICOLOGY CHAIN OF CUSTODY\nSpecimen ID {num.9}    Donor: {pt.HL7}    Donor ID (CDL): {cdl}\n"
     "Employer: {employer}, {emp}\nCollected {date.compact} {hhmm} by {s8.full}\n"
     "Released by                 | Received by                | Date       | Purpose\n"
     "{s8.fi}                 | courier                    | {date.mdy} | transport\n"
     "courier                    | {s7.fi}                 | {date.mdy} | accession\n"
     "MRO: {s1.full}, MRO, {cphone}\n"},
    {"dot_cdl_exam", kN,
     "MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION\nDriver: {pt.lfm}    DOB {dob.mdy0}"
     "    Age {age.num}\nAddress: {addr}\nPhone: {phone}    E-mail: {email.pt}\nCDL: {cdl}    State: {state}    "
     "CLP/CDL applicant: no\nVision: OD 20/25, OS 20/30; horizontal field 80 degrees each eye\n{s}\n"
     "Determination: meets standards, 1-year certificate, expires {later.mdy0}\nExaminer: {s1.full}, NRCME "
     "registry no. {num.10}\n"},
    {"fitness_for_duty_letter", kN,
     "FITNESS-FOR-DUTY EVALUATION - SUMMARY TO EMPLOYER\n\n{date.long}\n\nChief of Police\nMetro Police "
     "Department\n\nRe: Officer {pt.full}\n\nOfficer {pt.last} was evaluated on {date.mdy} and {date.mdy} at "
     "the department's request after a critical incident. {s}\nOpinion: fit for unrestricted duty.\n\n"
     "{s1.full}, PhD, ABPP\n"},
    {"dmv_medical_report", kN,
     "DRIVER MEDICAL EVALUATION (DMV)\nName: {pt.LFM}    DOB: {dob.mdy0}\nDriver licence no.: {lic}    Expires "
     "{later.mdy0}\nAddress: {streetcity} {zip}\nCondition: seizure; last event {date.mdy}\nRecommendation: no "
     "driving for 3 months after the last seizure. {s}\nPhysician: {s1.fml}, MD, {cphone}\n"},
    {"immigration_medical_exam", kN,
     "REPORT OF IMMIGRATION MEDICAL EXAMINATION (I-693 worksheet)\nFamily name: {pt.LAST}    Given name: "
     "{pt.FIRST}\nA-Number: {anum}    Passport: {passport}\nDate of birth: {dob.dmyslash}    Country of birth: "
     "{country}\nU.S. address: {addr}\nPhone: {phone}\nTB: IGRA negative {date.mdy}; chest X-ray not required\n"
     "Vaccines: see table. {s}\nCivil surgeon: {s1.full}, MD, {cphone}\n"},
    {"panel_physician_summary", kN,
     "PANEL PHYSICIAN SUMMARY (DS-3025 vaccination record attached)\nApplicant: {pt.UP}\nPassport {passport}    "
     "DOB {dob.dotted}\nHome address: {foreign}\nPhone {intl}\nExam date {date.dotted}; sputum smears x3 negative. "
     "{s}\nPetitioner in the U.S.: {k1.full}, {streetcity} {zip}\n"},
    {"claims_portal_upload_log", kN,
     "upload.log {date.iso}\nts={hms} user={email.k1} claim={claim} file=\"ER_records_{pt.last}.pdf\" "
     "src_ip={ip} status=OK\nts={hms} user={email.k1} claim={claim} file=\"bills.zip\" src_ip={ip6} "
     "status=QUARANTINED reason=zip_blocked\nlink={url.claim}\n"},
    {"claims_portal_json", kN,
     "{lb}\"claimNumber\": \"{claim}\", \"claimant\": {lb}\"name\": \"{pt.full}\", \"dob\": \"{dob.iso}\", "
     "\"phone\": \"{phone}\", \"zip\": \"{zip}\"{rb},\n \"lossDate\": \"{date.iso}\", \"adjuster\": \"{s4.full}\", "
     "\"clientIp\": \"{ip}\", \"vehicle\": {lb}\"vin\": \"{vin}\", \"plate\": \"{plate}\"{rb}{rb}\n"},
    {"relative_email_lower", kL,
     "from: {email.k1}\nto: medical records\nsent: {date.mdy}\n\nhi my name is {k1.low}. my {rel} {pt.low} was "
     "in the wreck on {date.md} and the lawyer says we need all the records and the bills. {he} is {age.num} and "
     "cant do the computer. our address is {street}, {cityst}. you can call me at {phone2} anytime.\nthank you\n"
     "{k1.lowfirst}\n"},
    {"spanish_auto_authorization", kN,
     "AUTORIZACIÓN PARA DIVULGAR INFORMACIÓN MÉDICA (reclamo de auto)\nNombre del paciente: {pt.full}\nFecha de "
     "nacimiento: {dob.es}\nNúmero de reclamo: {claim}\nAseguradora: {insurer}, póliza {policy}\nDirección: "
     "{addr}\nTeléfono: {phone}\nFirma: {pt.fi}    Fecha: {date.es}\n"},
    {"vin_last8_property_log", kN,
     "SECURITY PROPERTY LOG    Bay {num.2}\nPatient: {pt.LF}    MRN {mrn}    Arrived {date.mdy0}\nItems: wallet "
     "(driver licence {lic}), phone, car keys to a {veh} - last 8 of VIN {vin8}, plate {plate}\nReleased to: "
     "{k1.full} ({rel}), ID checked, {date.mdy0}\nOfficer on duty: {s2.fl}\n"},
    {"no_phi_regulation_excerpt", kN,
     "EXCERPT - 49 CFR 391.41 PHYSICAL QUALIFICATIONS\n{s}\n{s}\n{s}\n"},
    {"no_phi_subpoena_policy", kN,
     "HIM POLICY 4.22 - SUBPOENAS AND COURT ORDERS\n{s} {s}\nA subpoena signed only by an attorney is not a "
     "court order. {s}\n"},
    {"no_phi_case_law_memo", kN,
     "RISK MANAGEMENT MEMO - DUTY TO WARN AND PRIVILEGE\n{s}\n{s}\nSee also Schmerber v. California, 384 U.S. 757 "
     "(1966).\n"},
    {"no_phi_bac_table", kN,
     "SERUM TO WHOLE-BLOOD ETHANOL (reference)\nserum 100 mg/dL = whole blood 0.086 g/dL\nserum 200 mg/dL = "
     "whole blood 0.172 g/dL\n{s}\n"},
    {"no_phi_dot_standards", kU, "DOT VISION AND HEARING STANDARDS\n{s}\n{s}\n"},
    {"no_phi_triage_criteria", kN, "FIELD TRIAGE GUIDELINES (2021), MECHANISM OF INJURY\n{s}\n{s}\n{s}\n"},
    {"no_phi_custody_instructions", kN,
     "CHAIN OF CUSTODY - STAFF INSTRUCTIONS\n1. Seal each item with tamper tape and initial across the seal.\n"
     "2. {s}\n3. {s}\n"},
    {"no_phi_ime_fee_schedule", kN,
     "IME AND RECORDS FEE SCHEDULE\nCPT 99456: $1,250.00\nRecord review per hour: $400.00\n{s}\n{s}\n"},
    {"no_phi_vaccine_table", kN,
     "I-693 VACCINATION REQUIREMENTS (by age)\nMMR: born 1957 or later\nTdap/Td: 7 years and older\n{s}\n"},
    {"no_phi_claim_form_guide", kN,
     "CLAIM FORM FIELD GUIDE (CMS-1500 / UB-04)\n{s}\n{s}\nBox 14: date of current illness or injury.\n"},
};

}  // namespace

std::size_t twentyThirdTemplateCount() { return std::size(kTemplates23); }

std::string_view writeTwentyThirdNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice) {
  const Cast23 cast = makeCast23(seed, patientIndex);
  const Template23& t = kTemplates23[choice % std::size(kTemplates23)];
  Ctx23 x{builder, cast, t.mode, {}, -1};
  expand(x, t.pattern);
  return t.name;
}

std::string twentyThirdSentence(Random& r) { return sentence23(r); }

}  // namespace concord::phi::corpus
