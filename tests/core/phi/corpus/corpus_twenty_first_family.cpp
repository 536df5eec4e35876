// The twenty-first family (kTwentyFirstSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is community and outpatient specialty care outside the big hospital,
// in the UK (England and Scotland), Ireland, Australia, New Zealand, Canada, South Africa and the
// US, each with its own date, phone, postcode and health-number formats. Document styles: NHS
// dental chart with a tooth grid, dental recall letter, dental lab docket, after-hours dental
// voicemail transcript, GOS sight-test record, DVLA driving-vision form, intravitreal injection
// log (table), optometrist-to-ophthalmologist referral, audiology assessment with hearing-aid
// serials, hearing-aid repair authorisation, cochlear-implant mapping note, dermatology photography
// log (table), teledermatology e-referral, clinic WhatsApp thread about a biopsy (lower case), MSK
// physiotherapy assessment, home exercise programme e-mail, Blue Badge supporting statement,
// chiropractic intake after a car crash, chiropractic X-ray report, WSIB progress report, antenatal
// booking, LMC antenatal notes, dating-scan report, public-health-nurse postnatal visit, Red Book
// 6-8 week review, B4 School Check, AIR immunisation history (table), school anaphylaxis plan,
// sports preparticipation evaluation, GAA concussion return-to-play, travel-clinic consultation,
// yellow-fever certificate, pharmacy dispensing-history CSV export, telepharmacy session log,
// emergency supply record, New Medicine Service call, methadone daily dosing record (table),
// long-acting buprenorphine clinic note, opioid treatment programme admission, sexual-health
// clinic record, results SMS thread (lower case), partner-services field record, IVF cycle sheet,
// fertility financial clearance, embryo transfer record, care-home daily record, residential aged
// care fall report, rest-home handover (lower case), care-home communication log (birthday),
// medication administration record (table), talking-therapies session note, counselling letter to
// a GP, teletherapy platform audit export, high-risk foot podiatry note, nail-surgery consent,
// NIHB predetermination, nursing-station visit, Aboriginal health assessment (MBS 715), Road to
// Health booklet entry, optometry medical-aid claim, NCPDP-style e-prescription XML, and eight
// kinds of note without PHI (autoclave log, audiometer check, vaccine fridge log, takeaway-dose
// policy, falls-class timetable, syphilis protocol card, care-home menu, optometry equipment
// check).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "NHS no: ", "NHI ",
//    "<LastName>"), quotes, brackets, XML tags, CSV commas and trailing punctuation are outside.
//  * Names: titles and roles before a name ("Dr ", "Mr ", "Mrs ", "Ms ", "Sister ", "Nurse ",
//    "Midwife ", "Dear ", "Hi ", "Kia ora ", "partner ", "support person ", "HV ", "GP ") are outside, and so
//    are credentials after it (", BDS", ", MCOptom", ", AuD", ", MNZAS", ", MCSP", ", DC",
//    ", DACBR", ", RM", ", RGN", ", RMN", ", MRPharmS", ", RPh", ", CHN", ", OD", ", MD",
//    ", RN", ", LCSW", " (GP)", " (practice manager)"). A name written in one piece is one span
//    ("Rāwiri Horomona", "R. Horomona", "Horomona, Rāwiri", "HOROMONA, RĀWIRI K", "Rāwiri K.
//    Horomona", "Rāwiri H." and lower case in text threads and handovers). Particles (van, van
//    der, Janse van, du, ap, ferch, Ó, Ní, Nic, Uí, Mac, Mhic), apostrophes, okinas, macrons,
//    hyphens and accents are inside; a possessive "'s" is outside. A first name alone, a surname
//    alone and a nickname (quotes outside) are spans. Bare initials in a dosing or MAR column
//    ("JT") are NOT gold. Eponyms naming a sign, test, score or rule ("Barlow", "Ortolani",
//    "Hawkins-Kennedy", "Esterman", "Amsler", "Snellen", "Ishihara", "Otago") and saints' or
//    people's names inside the names of clubs, homes and services ("Naomh Éanna GAA", "Rowan
//    Lodge") are not PHI.
//  * People who are not patients are PHI all the same: relatives, partners, children, staff.
//  * Dates: the date only; a weekday before it, "the " before it and a time after it are outside.
//    Day-first dates ("03/11/2024", "3/11", "3 Nov 2024", "3rd of November 1938"), US month-first
//    dates, ISO and South African "2024/11/03" dates, month/year ("March 2025") and YYYYMMDD are
//    dates. A year alone, expiry dates of drugs and devices ("11/2026"), gestations ("28/40"),
//    durations ("3/12", "4/52", "6/12 recall") and visual acuities ("6/9", "20/20") are not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only, or the words
//    ("ninety-four"). Ages of 89 or less, gestational ages, children's and other people's ages are
//    not PHI.
//  * Phones: every phone number written is a gold phone, in each country's own formats, local
//    (with trunk 0 or area code in brackets), seven-digit, and international (+44, +353, +61, +64,
//    +27, +676, +685, +679, +91, +63); numbers labelled fax are "fax". Emergency and short service
//    numbers (000, 111, 999, 112, 911, 10111, six-digit "13 11 14" lines) are not PHI.
//  * Identifiers: national patient identifiers that index the health record (NHS number, CHI
//    number, IHI, NHI) and hospital, UR, clinic-folder, sexual-health clinic and opioid-treatment
//    client numbers are "mrn"; account numbers and claim numbers (WSIB, ACC, auto insurer) are
//    "account"; numbers of an insurance or benefit scheme (Medicare Australia, OHIP and other
//    provincial health cards, Irish medical cards, DVA cards, South African medical-aid, NIHB
//    registration, US member and group numbers) are "health_plan" (the Medicare IRN and the
//    medical-aid dependant code written after are outside); the US SSN and the Canadian SIN are
//    "ssn"; driver's licences (US, DVLA) are "license"; serials of hearing aids, cochlear implants
//    and processors and other devices issued to the patient are "device"; VINs and number plates
//    are "vehicle". Batch and lot numbers, image numbers, practice, tariff, MBS, ICD and NDC codes,
//    professional registration numbers (HCPC, GOC), rooms, session numbers and clinic equipment
//    serials are not PHI.
//  * Addresses: a street line is an "address" span, with unit, town, state or county and the
//    postcode inside it when they follow on the same line. US ZIPs (and ZIP+4) are always their
//    own "zip" span; other countries' postcodes (UK, Eircode, Australian, New Zealand, Canadian,
//    South African) are inside the line's address span, and a postcode alone on its own line or
//    after a label is an "address" span. In an address block each line's part is its own span. A
//    town alone or "Town, ST" is an "address" span. Facility names, countries and regions visited
//    on travel are not PHI.
//  * URLs one span with path and query; e-mail addresses one span each; IPv4 and IPv6 one "ip"
//    span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_first_family.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).
constexpr std::string_view kGiven21[] = {
    // Māori
    "Rāwiri", "Anahera", "Keepa", "Te Aomihia", "Rangimarie", "Hōhepa", "Mātiu", "Ihaia", "Paora", "Wharerangi",
    "Hōne", "Pānia", "Tāwhana", "Kiriwai", "Huhana", "Raniera", "Te Ariki", "Mihiata", "Rongomai", "Māhina",
    "Ngāhuia", "Pirihira", "Heremaia", "Tūmanako", "Wikitoria",
    // Pacific
    "Lesieli", "Vailea", "Teuila", "Salesi", "Sitani", "Vaea", "Mele-Ofa", "Tēvita-Sione", "Sāmisoni", "Folauhola",
    "Akosita", "Vaiola", "Luseane", "Ana-Kalolaine", "Penisimani", "Ma'ata", "Sosefina", "Aukusitino",
    "Ioane-Paulo", "Seini",
    // Afrikaans
    "Annelie", "Riaan", "Marthinus", "Elmarie", "Wynand", "Sunette", "Jaco", "Ilse-Marié", "Christo", "Lientjie",
    "Frikkie", "Hanlie", "Wilna", "Marietjie", "Jurie", "Sarel", "Alida-Mari", "Ockert", "Retha", "Diederik",
    "Thys", "Carel-Jan", "Leonie-Elize",
    // Zulu
    "Nomvula-Grace", "Nonhlanhla", "Mthokozisi", "Lungile", "Nkosinathi", "Thandazile", "Sandile", "Phumzile",
    "Mlungisi", "Snenhlanhla", "Khethiwe", "Ntombifuthi", "Mxolisi", "Hlengiwe", "Zamokuhle", "Bhekithemba",
    // Xhosa
    "Lwazi", "Unathi", "Xolani", "Nomakhosazana", "Athenkosi", "Luvuyo", "Zintle", "Ayabonga", "Bulelani", "Noxolo",
    "Lonwabo", "Masixole", "Siphokazi", "Yonela", "Phelokazi", "Kwanele", "Akhona-Lee", "Vuyokazi", "Sinovuyo",
    // Irish
    "Síle", "Dónal", "Éabha", "Aodhán", "Caoilfhionn", "Oisín-Rua", "Eimhear", "Ríonach", "Cillian-Óg", "Bébhinn",
    "Tomás-Óg", "Nollaig", "Éanna", "Diarmuid-Óg", "Cian-Pádraig", "Orlagh-Mae",
    // First Nations, Inuit
    "Pauloosie", "Akeeshoo", "Elisapee", "Tagak", "Oopik", "Kihew", "Migizi", "Nahanni", "Shaylene", "Delphine-Rae",
    "Wabun", "Jaypeetee", "Qillaq", "Ulaayu", "Looee", "Kowisa", "Pitseolak", "Nattiq", "Memengwaa", "Ziibi",
    "Nodin-Jay", "Makwa", "Wasaykeesic", "Aandeg", "Kaylee-Dawn", "Sky-Lynn",
    // Aboriginal Australian
    "Marlee", "Yindi", "Mundara", "Jirra", "Tarni-Lee", "Lowanna", "Nyree", "Warrick-James", "Yulara", "Binnie-Rose",
    "Coorain", "Merindah",
    // Welsh, Scots
    "Iestyn", "Fearghas", "Seonaidh", "Eilidh-Mòr", "Ruaraidh", "Mairead-Sìne", "Gwenith", "Heledd", "Cadfael",
    "Ffion-Haf", "Alasdair-Bàn", "Peigi", "Lachie-Iain", "Meirion",
    // Québécois
    "Marie-Ève", "Jean-Sébastien", "Gaétane", "Josée-Anne", "Marc-Antoine", "Guylaine", "Sylvain-Luc", "Rosaire",
    "Lucienne-Marie", "Clermont",
    // South African Indian
    "Kogilam", "Thiruna", "Prenisha", "Vasanthie", "Selvan", "Yashodha", "Kamentharie", "Devandran", "Logeshni",
    "Rajkumarie", "Sashnee", "Veeran", "Pregasen", "Thireshni",
    // ordinary words and places
    "Kimberley-Jo", "Tasman", "Darcy-Lee", "Bronte", "Clancy", "Kylie-Ann", "Sonny-Boy", "Summer-Rose", "Sheridan",
    "Wattle", "Sunday-Mae", "Ocean-Rae", "Lorikeet", "Kauri", "Banjo", "Tamsin-Blue", "Shiraz", "Chardonnay",
    "Bridie-Rose",
};

constexpr std::string_view kFamily21[] = {
    // Māori
    "Horomona", "Tūhiwai", "Pōmare-Tipoki", "Wihongi", "Te Kani", "Hēnare", "Te Moananui", "Ngāwhika", "Te Pōhue",
    "Tukukino", "Rāwiri-Hape", "Whakarongo", "Te Amohanga", "Tuhoro", "Te Maiharoa", "Hikuroa", "Rapana",
    "Tapsell-Herewini", "Kingi-Waaka",
    // Pacific
    "Fa'asavalu", "Tuiasosopo-Lee", "Naivalu", "Ratuvou", "Mata'afa", "Pulu-Ika", "Lolohea", "Fa'alogo",
    "Sapolu-Reid", "Tu'ipulotu", "Naufahu", "Masoe", "Aumua-Kerr", "Leavasa", "Tafuna'i", "Moala-Finau", "Kupu-Vake",
    // Afrikaans
    "Oosthuizen", "Steenkamp", "Potgieter", "van Niekerk", "Coetzee", "Swanepoel", "Bezuidenhout",
    "Janse van Rensburg", "van der Westhuizen", "Vermaak", "Grobbelaar", "Labuschagne", "Nieuwoudt", "Snyman-Botha",
    "Pretorius-Fourie", "van Tonder", "Lombaard", "Jooste", "Erasmus-Venter", "Engelbrecht", "Kotzé", "Scheepers",
    "Badenhorst",
    // Zulu
    "Mkhize", "Zungu", "Shezi", "Mhlongo", "Buthelezi-Moyo", "Ntuli-Mabaso", "Majola", "Gumede", "Ndwandwe",
    "Mthethwa", "Cele-Zondi", "Shabalala", "Msomi", "Dube-Nxumalo", "Hlongwane", "Mchunu", "Khanyile",
    "Sibiya-Ngubane",
    // Xhosa
    "Ntshona", "Qwabe", "Sigcau", "Mgqibelo", "Nqweniso", "Mavuso", "Gxowa", "Ncapayi", "Jikijela", "Mdlalose",
    "Mqhayi", "Ngqakayi", "Sonjica", "Gqirana", "Matiwane", "Tshangela", "Ndabeni-Mxenge", "Makubalo", "Mgudlwa",
    // Irish
    "Nic Aodha", "Ó hEára", "Uí Mhurchú", "Ní Cheallaigh", "Ó Dálaigh", "Mhic Giolla Bhríde", "Ó Gallchobhair",
    "Ní Mhaoláin", "Mac Fhlannchadha", "Ó Ceallacháin", "Ní Shúilleabháin", "Mac Gearailt", "Ó Rathaille",
    // First Nations, Inuit
    "Bearskin", "Moosomin", "Kakakaway", "Littlechild", "Cardinal", "Sinclair-Ahenakew", "Wolfleg", "Crowshoe",
    "Many Guns", "Ermineskin", "Whiteduck", "Kilabuk", "Qaqqasiq", "Ipeelie", "Arnatsiaq", "Nowdlak", "Sakanee",
    "Moonias", "Kejick", "Wesley-Keewatin", "Okemow", "Wapachee", "Mistatim", "Keeskitayo", "Angotingoar", "Kootoo",
    "Anowtalik", "Bird-Cheechoo",
    // Aboriginal Australian
    "Djerrkura", "Gumana", "Wunungmurra", "Japanangka", "Kngwarreye-Hall", "Marika-Stubbs", "Tjungurrayi", "Wanambi",
    "Gurruwiwi", "Munyarryun", "Bilson-Garlett", "Wandin-Mundine", "Kickett", "Ugle-Hayward", "Dodd-Djalu",
    // Welsh, Scots
    "ap Rhys-Evans", "Llewellyn-Jenkins", "Cruickshank", "MacFadyen", "Pryce-Morgan", "MacAonghais", "ap Gruffydd",
    "Ó Donnabháin", "Wynne-Rhydderch", "Bowen-Parry", "ferch Ifan", "MacLachlainn", "Ballantyne-Gow",
    // Québécois
    "Thériault-Roy", "Desjardins-Pelletier", "Beausoleil", "Lajoie-Caron", "Pinsonneault", "Archambault-Dubé",
    "Bouffard", "Charbonneau-Gill", "Vaillancourt", "Tessier-Lavigne", "Rivard-Noël",
    // South African Indian
    "Govender", "Moodley", "Pillay-Naidu", "Chetty", "Padayachee", "Munsamy", "Pather-Reddy", "Naicker", "Moonsamy",
    "Gounden", "Perumal-Singh", "Sewpersad", "Maharaj-Bhana",
    // ordinary words and places
    "Hastings", "Wynyard", "Rainbird", "Mowbray", "Paddock", "Tollemache", "Shearer", "Drover", "Gumtree", "Bulloch",
    "Kilgour", "Bywater", "Dunstable", "Fernhill", "Stockman", "Shelley-Beach", "Summerhayes", "Gully",
    "Goodwin-Kauri",
};

// Given names of men, and names given to either; every other given name is a woman's.
constexpr std::string_view kMaleGiven21[] = {
    "Rāwiri", "Keepa", "Hōhepa", "Mātiu", "Ihaia", "Paora", "Wharerangi", "Hōne", "Tāwhana", "Raniera", "Te Ariki",
    "Heremaia", "Salesi", "Sitani", "Tēvita-Sione", "Sāmisoni", "Folauhola", "Penisimani", "Aukusitino",
    "Ioane-Paulo", "Riaan", "Marthinus", "Wynand", "Jaco", "Christo", "Frikkie", "Jurie", "Sarel", "Ockert",
    "Diederik", "Thys", "Carel-Jan", "Mthokozisi", "Nkosinathi", "Sandile", "Mlungisi", "Mxolisi", "Bhekithemba",
    "Xolani", "Luvuyo", "Bulelani", "Lonwabo", "Masixole", "Dónal", "Aodhán", "Oisín-Rua", "Cillian-Óg", "Tomás-Óg",
    "Éanna", "Diarmuid-Óg", "Cian-Pádraig", "Pauloosie", "Tagak", "Migizi", "Jaypeetee", "Qillaq", "Nattiq",
    "Wasaykeesic", "Aandeg", "Makwa", "Nodin-Jay", "Wabun", "Warrick-James", "Iestyn", "Fearghas", "Ruaraidh",
    "Cadfael", "Alasdair-Bàn", "Lachie-Iain", "Meirion", "Jean-Sébastien", "Marc-Antoine", "Sylvain-Luc", "Rosaire",
    "Clermont", "Selvan", "Devandran", "Veeran", "Pregasen", "Tasman", "Clancy", "Sonny-Boy", "Banjo"};
constexpr std::string_view kEitherGiven21[] = {"Rongomai", "Tūmanako", "Lwazi", "Athenkosi", "Ayabonga", "Kwanele",
                                               "Unathi", "Lungile", "Nollaig", "Kihew", "Ziibi", "Darcy-Lee",
                                               "Sheridan", "Kauri", "Coorain", "Vaea"};

constexpr std::string_view kNick21[] = {"Boetie", "Sbu", "Kez", "Mozzie", "Bubs", "Tama", "Gogo-Bear", "Dazza",
                                        "Sharnz", "Stevo", "Baz-Boy", "Tinks", "Skippy", "Lulu-Bird", "Noddy",
                                        "Junior-T", "Bru", "Ousie", "Thabza", "Wee-Eck", "Taffy-Boy"};

constexpr std::string_view kMiddle21[] = {"K", "T", "W", "M", "H", "P", "R", "N", "A", "J", "L", "E", "S", "G"};

constexpr std::string_view kRelations21[] = {"daughter", "son", "wife", "husband", "partner", "granddaughter",
                                             "grandson", "niece", "sister", "brother", "daughter-in-law",
                                             "whāngai son", "stepson", "cousin"};

// Places, one set per country: US, UK (England and Wales), Scotland, Ireland, Australia, New
// Zealand, Canada, South Africa.
enum Region21 : int { kUs = 0, kUk, kSc, kIe, kAu, kNz, kCa, kZa, kRegions };

constexpr std::string_view kStreetsUs[] = {"Bramble Ct", "Osprey Point Rd", "Quarry Hill Dr", "Tamarack Ave",
                                           "Buttonwood St", "Persimmon Way", "Sweetgum Ln", "Millrace Rd",
                                           "Pawpaw Trail", "Sassafras Blvd"};
constexpr std::string_view kTownsUs[] = {"Harlow Junction", "Quillan", "Bexley Ridge", "Tarrant Creek", "Oakum Bay",
                                         "Millbrook Falls", "Cedar Bluff", "Orrin Springs", "Pecan Grove"};
constexpr std::string_view kStatesUs[] = {"VT", "KS", "OR", "WI", "GA", "NC", "ME", "IA", "NV", "KY"};

constexpr std::string_view kStreetsUk[] = {"Coronation Terrace", "Ferndale Crescent", "Gasworks Lane", "Chapel Row",
                                           "Tannery Close", "Victoria Mews", "Priory Walk", "Dyers Yard",
                                           "Nailmakers Street", "Pitt Head Road"};
constexpr std::string_view kTownsUk[] = {"Kettlewick", "Ashby Marsh", "Lower Thornley", "Brackenford",
                                         "Stavely Cross", "Hollinsgate", "Pendle Moor", "Cwm Tawel"};
constexpr std::string_view kPcUk[] = {"LS", "BD", "NE", "CF", "BS", "EX", "SK", "YO", "TR", "DN", "HU", "SA"};

constexpr std::string_view kStreetsSc[] = {"Mill Wynd", "Braeside Gardens", "Kirkgate", "Ferry Brae",
                                           "Netherton Loan", "Shore Vennel", "Cotton Row"};
constexpr std::string_view kTownsSc[] = {"Kilbrannan", "Auchterlea", "Drumloch", "Inverallan", "Portmahon",
                                         "Balgarvie"};
constexpr std::string_view kPcSc[] = {"EH", "G", "AB", "KY", "IV", "PA", "DD", "FK"};

constexpr std::string_view kStreetsIe[] = {"Ashgrove Park", "Bóthar na Trá", "Ballyhale Road", "Church View",
                                           "Cnoc na Gréine", "Fairgreen Terrace", "Pound Lane", "Sruthán Close"};
constexpr std::string_view kTownsIe[] = {"Carrigmore", "Kilcraney", "Ballyfinnane", "Drumcorrib", "Knockanure Cross",
                                         "Lisheen"};
constexpr std::string_view kCountiesIe[] = {"Co. Clare", "Co. Mayo", "Co. Laois", "Co. Wexford", "Co. Donegal",
                                            "Co. Kerry", "Co. Offaly"};
constexpr std::string_view kEirIe[] = {"V94", "H91", "F23", "R32", "Y35", "A92", "P31", "F92", "V95", "R42"};

constexpr std::string_view kStreetsAu[] = {"Banksia Street", "Jacaranda Avenue", "Coolabah Road", "Grevillea Court",
                                           "Billabong Parade", "Kurrajong Street", "Bottlebrush Close",
                                           "Ironbark Crescent"};
constexpr std::string_view kTownsAu[] = {"Kurrawong", "Tallowood Heights", "Yarrabee", "Bungaree North",
                                         "Mulgoa Flats", "Currawang Springs", "Emu Crossing"};
constexpr std::string_view kStatesAu[] = {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT"};
constexpr char kPcAu[] = {'2', '3', '4', '6', '5', '7', '0'};

constexpr std::string_view kStreetsNz[] = {"Kōwhai Road", "Pōhutukawa Drive", "Rimu Street", "Tōtara Crescent",
                                           "Karaka Lane", "Mataī Street", "Kahikatea Drive", "Tī Kōuka Place"};
constexpr std::string_view kSuburbsNz[] = {"Kaiwhenua", "Mangaroa Heights", "Pukeatua", "Waihora Bay", "Ōtāhuhu East",
                                           "Te Puna Flats"};
constexpr std::string_view kCitiesNz[] = {"Port Ruahine", "Maungarei", "Tāwhiti", "Rangiwhero", "Kaimatā"};

constexpr std::string_view kStreetsCa[] = {"Sumac Drive", "Rue des Érables", "Tamarack Bay Road", "Muskeg Trail",
                                           "Saskatoon Berry Lane", "Chinook Way", "Fireweed Crescent"};
constexpr std::string_view kTownsCa[] = {"Fort Mackinnon", "Sainte-Adèle-du-Lac", "Prairie Rose", "Coldwater Narrows",
                                         "Moose Portage", "Nattivak", "Birch Hills Landing"};
constexpr std::string_view kProvCa[] = {"ON", "BC", "AB", "SK", "MB", "QC", "NS", "NU"};
constexpr char kPcCa[] = {'K', 'V', 'T', 'S', 'R', 'J', 'B', 'X'};

constexpr std::string_view kStreetsZa[] = {"Protea Street", "Kiepersol Crescent", "Marula Avenue", "Vygie Street",
                                           "Mopani Road", "Impala Drive", "Jakaranda Straat", "Umdoni Lane"};
constexpr std::string_view kSuburbsZa[] = {"Sonnedal", "Doringkloof", "Rietvlei Park", "Ezimbokodweni",
                                           "Kuilsrivier Oos", "Amanzimnyama", "Blouberg Heights"};
constexpr std::string_view kCitiesZa[] = {"Emthonjeni", "Rooiberg", "Umhlali Bay", "Skeerpoort", "Nqabarha"};
// POOLS-END

constexpr std::string_view kMail21[] = {"kereru-mail.example.co.nz", "wattlepost.example.com.au",
                                        "bogtrotter.example.ie", "fynbos-inbox.example.co.za",
                                        "tundramail.example.ca", "heathermail.example.co.uk"};
constexpr std::string_view kWorkMail21[] = {"smileharbour-dental.example.com.au", "waihora-hearing.example.co.nz",
                                            "brackenridge-physio.example.co.uk"};
constexpr std::array<std::string_view, 12> kMonths21 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon21 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kWeekdays21[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};

struct Person21 {
  std::string first, initial, last, nick;
};

struct Place21 {
  std::string number, street, unit, town, area, code;
};

struct Cast21 {
  Person21 pt, k1, k2, yp, ch, tn;
  std::array<Person21, 8> staff;
  std::string k1rel;
  bool chFemale = false, tnFemale = false;
  int yY = 1990, yM = 1, yD = 1, cY = 2018, cM = 1, cD = 1, tY = 2009, tM = 1, tD = 1;
  std::array<Place21, kRegions> home;
  std::array<std::string, kRegions> mob, land, kin, ymob;  // national significant numbers
  std::string nhs, ynhs, cnhs, ihi, nhi, ynhi, cnhi, mcare, ymcare, cmcare, ohip, cohip, phn, sin, medaid, gms,
      dva, ur, odt, gu, status, ymrn, yssn, yplan, yacct, haid1, haid2, ci1, ci2;
};

struct Ctx21 {
  NoteBuilder& b;
  const Cast21& c;
  bool lower = false;
  std::string lastDate;
  int clock = -1;
};

// Latin Extended-A letters (two bytes led by 0xC4 or 0xC5) in the other case, when they have one.
void recaseExtA(std::string& s, std::size_t i, bool toUpper) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
  bool isUpper = false;
  if (cp >= 0x100 && cp <= 0x137 && cp != 0x130 && cp != 0x131) isUpper = cp % 2 == 0;
  else if (cp >= 0x139 && cp <= 0x148) isUpper = cp % 2 == 1;
  else if (cp >= 0x14A && cp <= 0x177) isUpper = cp % 2 == 0;
  else if (cp >= 0x179 && cp <= 0x17E) isUpper = cp % 2 == 1;
  else return;
  if (isUpper == toUpper) return;
  const unsigned other = isUpper ? cp + 1 : cp - 1;
  s[i] = static_cast<char>(0xC0u | (other >> 6));
  s[i + 1] = static_cast<char>(0x80u | (other & 0x3Fu));
}

std::string recase21(std::string s, bool toUpper) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      s[i] = static_cast<char>(toUpper ? std::toupper(u) : std::tolower(u));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]);
      if (toUpper && v >= 0xA0 && v <= 0xBE && v != 0xB7) s[i + 1] = static_cast<char>(v - 0x20);
      if (!toUpper && v >= 0x80 && v <= 0x9E && v != 0x97) s[i + 1] = static_cast<char>(v + 0x20);
      ++i;
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      recaseExtA(s, i, toUpper);
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return s;
}
std::string upper21(std::string s) { return recase21(std::move(s), true); }
std::string lower21(std::string s) { return recase21(std::move(s), false); }

std::string cased(const Ctx21& x, std::string s) { return x.lower ? lower21(std::move(s)) : s; }
void put(Ctx21& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx21& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// The first capital letter of a surname, skipping lower-case particles ("van", "ap", "ferch").
std::string surnameLetter(const std::string& last) {
  for (std::size_t i = 0; i < last.size(); ++i) {
    const auto u = static_cast<unsigned char>(last[i]);
    if (u < 0x80 && std::isupper(u)) return std::string(1, static_cast<char>(u));
    if (u >= 0xC0) {
      const std::string letter = firstLetter(last.substr(i));
      if (letter != lower21(letter)) return letter;
      i += letter.size() - 1;
    }
  }
  return "X";
}

// Initials for a signature column, e.g. "RH": NOT a gold name.
std::string initials(const Person21& p) { return upper21(firstLetter(p.first)) + surnameLetter(p.last); }

// ASCII letters only, lower case, for e-mail local parts and URLs.
std::string fold(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out.size() < 2 ? out + "x" : out;
}

std::string words(int n) {
  static constexpr std::string_view kOnes[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                               "nine"};
  static constexpr std::string_view kTens[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                               "eighty", "ninety"};
  static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                "sixteen", "seventeen", "eighteen", "nineteen"};
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + words(n - 100);
  if (n < 10) return std::string(kOnes[n]);
  if (n < 20) return std::string(kTeens[n - 10]);
  return std::string(kTens[n / 10]) + (n % 10 ? "-" + std::string(kOnes[n % 10]) : "");
}

bool listed(std::span<const std::string_view> items, const std::string& name) {
  return std::find(items.begin(), items.end(), name) != items.end();
}

// sex: 'F' a woman's or either's name, 'M' a man's or either's, anything else any name.
Person21 makePerson21(Random& r, char sex = '?') {
  Person21 p;
  for (int tries = 0; tries < 64; ++tries) {
    p.first = pickS(r, kGiven21);
    const bool male = listed(kMaleGiven21, p.first);
    const bool either = listed(kEitherGiven21, p.first);
    if (sex == 'F' && (!male || either)) break;
    if (sex == 'M' && (male || either)) break;
    if (sex != 'F' && sex != 'M') break;
  }
  p.initial = pickS(r, kMiddle21);
  p.last = pickS(r, kFamily21);
  p.nick = pickS(r, kNick21);
  return p;
}

// A postcode of each country other than the US.
std::string postcode(Random& r, int region, int index) {
  switch (region) {
    case kUk:
    case kSc: {
      const std::string area = pickS(r, region == kUk ? std::span<const std::string_view>(kPcUk)
                                                      : std::span<const std::string_view>(kPcSc));
      static constexpr std::string_view kInward = "ABDEFGHJLNPQRSTUWXYZ";
      std::string v = area + std::to_string(r.between(1, 29)) + " " + std::to_string(r.between(1, 9));
      v.push_back(kInward[r.next() % kInward.size()]);
      v.push_back(kInward[r.next() % kInward.size()]);
      return v;
    }
    case kIe: {
      static constexpr std::string_view kLetters = "ACDEFHKNPRTVWXY";
      static constexpr std::string_view kUnique = "0123456789ACDEFHKNPRTVWXY";
      std::string v = pickS(r, kEirIe) + " ";
      v.push_back(kLetters[r.next() % kLetters.size()]);
      for (int k = 0; k < 3; ++k) v.push_back(kUnique[r.next() % kUnique.size()]);
      return v;
    }
    case kAu: return std::string(1, kPcAu[index]) + r.digits(3);
    case kNz: return std::to_string(r.between(1, 9)) + r.digits(3);
    case kCa: {
      static constexpr std::string_view kLetters = "ABCEGHJKLMNPRSTVWXYZ";
      std::string v(1, kPcCa[index]);
      v += std::to_string(r.between(0, 9));
      v.push_back(kLetters[r.next() % kLetters.size()]);
      v += " " + std::to_string(r.between(0, 9));
      v.push_back(kLetters[r.next() % kLetters.size()]);
      v += std::to_string(r.between(0, 9));
      return v;
    }
    default: return r.digits(4);  // South Africa
  }
}

Place21 makePlace(Random& r, int region) {
  Place21 p;
  p.number = std::to_string(r.between(1, region == kUs ? 9800 : 240));
  switch (region) {
    case kUs: {
      p.street = pickS(r, kStreetsUs);
      if (r.chance(0.25)) p.unit = r.chance(0.5) ? "Apt 2B" : "Unit 14";
      p.town = pickS(r, kTownsUs);
      p.area = pickS(r, kStatesUs);
      p.code = std::to_string(r.between(10, 99)) + r.digits(3);
      if (r.chance(0.45)) p.code += "-" + r.digits(4);
      break;
    }
    case kUk:
      p.street = pickS(r, kStreetsUk);
      if (r.chance(0.2)) p.unit = "Flat " + std::to_string(r.between(1, 12));
      p.town = pickS(r, kTownsUk);
      p.code = postcode(r, region, 0);
      break;
    case kSc:
      p.street = pickS(r, kStreetsSc);
      if (r.chance(0.3)) p.unit = "Flat " + std::to_string(r.between(0, 3)) + "/" + std::to_string(r.between(1, 2));
      p.town = pickS(r, kTownsSc);
      p.code = postcode(r, region, 0);
      break;
    case kIe:
      p.street = pickS(r, kStreetsIe);
      p.town = pickS(r, kTownsIe);
      p.area = pickS(r, kCountiesIe);
      p.code = postcode(r, region, 0);
      break;
    case kAu: {
      p.street = pickS(r, kStreetsAu);
      if (r.chance(0.3)) p.unit = std::to_string(r.between(1, 18));
      p.town = pickS(r, kTownsAu);
      const auto i = static_cast<int>(r.next() % std::size(kStatesAu));
      p.area = std::string(kStatesAu[i]);
      p.code = postcode(r, region, i);
      break;
    }
    case kNz:
      p.street = pickS(r, kStreetsNz);
      p.town = pickS(r, kSuburbsNz);
      p.area = pickS(r, kCitiesNz);
      p.code = postcode(r, region, 0);
      break;
    case kCa: {
      p.street = pickS(r, kStreetsCa);
      if (r.chance(0.2)) p.unit = "Unit " + std::to_string(r.between(101, 412));
      p.town = pickS(r, kTownsCa);
      const auto i = static_cast<int>(r.next() % std::size(kProvCa));
      p.area = std::string(kProvCa[i]);
      p.code = postcode(r, region, i);
      break;
    }
    default:
      p.street = pickS(r, kStreetsZa);
      p.town = pickS(r, kSuburbsZa);
      p.area = pickS(r, kCitiesZa);
      p.code = postcode(r, region, 0);
      break;
  }
  return p;
}

// A national significant number (no trunk 0, no country code) of a mobile or a landline.
std::string nationalNumber(Random& r, int region, bool mobile) {
  switch (region) {
    case kUs:
    case kCa:
      return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
    case kUk:
    case kSc:
      if (mobile) return "7" + std::to_string(r.between(3, 9)) + r.digits(8);
      return std::string(r.pick(std::span<const std::string_view>(
                 std::array<std::string_view, 6>{"113", "131", "141", "161", "191", "117"}))) +
             std::to_string(r.between(2, 8)) + r.digits(6);
    case kIe:
      if (mobile) return "8" + std::string(1, "35679"[r.next() % 5]) + r.digits(7);
      return std::string(r.pick(std::span<const std::string_view>(
                 std::array<std::string_view, 6>{"1", "21", "91", "61", "51", "74"}))) +
             std::to_string(r.between(2, 9)) + r.digits(6);
    case kAu:
      if (mobile) return "4" + r.digits(8);
      return std::string(1, "2378"[r.next() % 4]) + std::to_string(r.between(4, 9)) + r.digits(7);
    case kNz:
      if (mobile) return "2" + std::string(1, "127"[r.next() % 3]) + r.digits(7);
      return std::string(1, "34679"[r.next() % 5]) + std::to_string(r.between(2, 9)) + r.digits(6);
    default:
      if (mobile) return std::string(1, "678"[r.next() % 3]) + std::string(1, "1234"[r.next() % 4]) + r.digits(7);
      return std::string(r.pick(std::span<const std::string_view>(
                 std::array<std::string_view, 5>{"11", "21", "31", "12", "41"}))) +
             std::to_string(r.between(2, 8)) + r.digits(6);
  }
}

std::string formatNumber(Random& r, int region, const std::string& d) {
  const auto part = [&d](std::size_t a, std::size_t n) { return d.substr(a, n); };
  const int style = r.between(0, 3);
  switch (region) {
    case kUs:
    case kCa:
      switch (style) {
        case 0: return "(" + part(0, 3) + ") " + part(3, 3) + "-" + part(6, 4);
        case 1: return part(0, 3) + "-" + part(3, 3) + "-" + part(6, 4);
        case 2: return part(0, 3) + "." + part(3, 3) + "." + part(6, 4);
        default: return region == kCa ? "+1 " + part(0, 3) + " " + part(3, 3) + " " + part(6, 4)
                                      : "1-" + part(0, 3) + "-" + part(3, 3) + "-" + part(6, 4);
      }
    case kUk:
    case kSc:
      if (d[0] == '7') {
        if (style == 0) return "+44 " + part(0, 4) + " " + part(4, 6);
        if (style == 1) return "0" + part(0, 4) + " " + part(4, 3) + " " + part(7, 3);
        return "0" + part(0, 4) + " " + part(4, 6);
      }
      if (style == 0) return "+44 " + part(0, 3) + " " + part(3, 3) + " " + part(6, 4);
      if (style == 1) return "(0" + part(0, 3) + ") " + part(3, 3) + " " + part(6, 4);
      return "0" + part(0, 3) + " " + part(3, 3) + " " + part(6, 4);
    case kIe: {
      const std::size_t a = d[0] == '8' ? 2 : (d[0] == '1' ? 1 : 2);
      if (style == 0) return "+353 " + part(0, a) + " " + part(a, 3) + " " + part(a + 3, 4);
      if (style == 1) return "(0" + part(0, a) + ") " + part(a, 3) + " " + part(a + 3, 4);
      if (style == 2 && a == 2) return "0" + part(0, a) + "-" + part(a, 7);
      return "0" + part(0, a) + " " + part(a, 3) + " " + part(a + 3, 4);
    }
    case kAu:
      if (d[0] == '4') {
        if (style == 0) return "+61 " + part(0, 3) + " " + part(3, 3) + " " + part(6, 3);
        if (style == 1) return "0" + d;
        return "0" + part(0, 3) + " " + part(3, 3) + " " + part(6, 3);
      }
      if (style == 0) return "+61 " + part(0, 1) + " " + part(1, 4) + " " + part(5, 4);
      if (style == 1) return "(0" + part(0, 1) + ") " + part(1, 4) + " " + part(5, 4);
      return "0" + part(0, 1) + " " + part(1, 4) + " " + part(5, 4);
    case kNz: {
      const std::size_t a = d[0] == '2' ? 2 : 1;
      if (style == 0) return "+64 " + part(0, a) + " " + part(a, 3) + " " + part(a + 3, 4);
      if (style == 1) return a == 1 ? "(0" + part(0, a) + ") " + part(a, 3) + " " + part(a + 3, 4)
                                    : "0" + part(0, a) + "-" + part(a, 3) + " " + part(a + 3, 4);
      return "0" + part(0, a) + " " + part(a, 3) + " " + part(a + 3, 4);
    }
    default:
      if (style == 0) return "+27 " + part(0, 2) + " " + part(2, 3) + " " + part(5, 4);
      if (style == 1) return d[0] >= '6' ? "0" + part(0, 2) + "-" + part(2, 3) + "-" + part(5, 4)
                                         : "(0" + part(0, 2) + ") " + part(2, 3) + " " + part(5, 4);
      return "0" + part(0, 2) + " " + part(2, 3) + " " + part(5, 4);
  }
}

// Relatives abroad: never +1.
std::string abroad(Random& r) {
  switch (r.between(0, 9)) {
    case 0: return "+44 7" + std::to_string(r.between(3, 9)) + r.digits(2) + " " + r.digits(6);
    case 1: return "+353 8" + std::string(1, "35679"[r.next() % 5]) + " " + r.digits(3) + " " + r.digits(4);
    case 2: return "+61 4" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case 3: return "+64 2" + std::string(1, "127"[r.next() % 3]) + " " + r.digits(3) + " " + r.digits(4);
    case 4: return "+27 8" + std::string(1, "1234"[r.next() % 4]) + " " + r.digits(3) + " " + r.digits(4);
    case 5: return "+676 7" + r.digits(1) + " " + r.digits(5);
    case 6: return "+685 7" + r.digits(1) + " " + r.digits(5);
    case 7: return "+679 9" + r.digits(2) + " " + r.digits(4);
    case 8: return "+91 98" + r.digits(3) + " " + r.digits(5);
    default: return "+63 917 " + r.digits(3) + " " + r.digits(4);
  }
}

char relationSex(const std::string& relation) {
  for (std::string_view w : {"daughter", "wife", "niece", "sister"}) {
    if (relation.find(w) != std::string::npos) return 'F';
  }
  for (std::string_view w : {"son", "husband", "brother"}) {
    if (relation.find(w) != std::string::npos) return 'M';
  }
  return '?';
}

Cast21 makeCast21(std::uint64_t seed, std::size_t patientIndex, bool female) {
  Random r((seed + 0x2121ULL) * 0xd6e8feb86659fd93ULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x21212ULL));
  r.next();
  Cast21 c;
  c.pt = makePerson21(r, female ? 'F' : 'M');
  c.k1rel = pickS(r, kRelations21);
  c.k1 = makePerson21(r, relationSex(c.k1rel));
  if (r.chance(0.55)) c.k1.last = c.pt.last;
  c.k2 = makePerson21(r);
  c.yp = makePerson21(r, 'F');
  if (r.chance(0.4)) c.yp.last = c.pt.last;
  c.chFemale = r.chance(0.5);
  c.tnFemale = r.chance(0.5);
  c.ch = makePerson21(r, c.chFemale ? 'F' : 'M');
  if (r.chance(0.6)) c.ch.last = c.yp.last;
  c.tn = makePerson21(r, c.tnFemale ? 'F' : 'M');
  if (r.chance(0.5)) c.tn.last = c.yp.last;
  for (Person21& s : c.staff) s = makePerson21(r);
  c.yY = r.between(1984, 2001);
  c.yM = r.between(1, 12);
  c.yD = r.between(1, 28);
  c.cY = r.between(2016, 2021);
  c.cM = r.between(1, 12);
  c.cD = r.between(1, 28);
  c.tY = r.between(2007, 2011);
  c.tM = r.between(1, 12);
  c.tD = r.between(1, 28);
  for (int g = 0; g < kRegions; ++g) {
    c.home[static_cast<std::size_t>(g)] = makePlace(r, g);
    c.mob[static_cast<std::size_t>(g)] = nationalNumber(r, g, true);
    c.land[static_cast<std::size_t>(g)] = nationalNumber(r, g, false);
    c.kin[static_cast<std::size_t>(g)] = nationalNumber(r, g, true);
    c.ymob[static_cast<std::size_t>(g)] = nationalNumber(r, g, true);
  }
  const auto tenSpaced = [&r]() { return r.digits(3) + " " + r.digits(3) + " " + r.digits(4); };
  c.nhs = tenSpaced();
  c.ynhs = tenSpaced();
  c.cnhs = tenSpaced();
  c.ihi = "8003 60" + r.digits(2) + " " + r.digits(4) + " " + r.digits(4);
  const auto nhi = [&r]() { return r.letters(3, true) + r.digits(4); };
  c.nhi = nhi();
  c.ynhi = nhi();
  c.cnhi = nhi();
  const auto medicare = [&r]() { return std::to_string(r.between(2, 6)) + r.digits(3) + " " + r.digits(5) + " " + r.digits(1); };
  c.mcare = medicare();
  c.ymcare = medicare();
  c.cmcare = medicare();
  c.ohip = r.digits(4) + "-" + r.digits(3) + "-" + r.digits(3) + (r.chance(0.6) ? "-" + r.letters(2) : "");
  c.cohip = r.digits(4) + "-" + r.digits(3) + "-" + r.digits(3) + "-" + r.letters(2);
  c.phn = "9" + r.digits(3) + " " + r.digits(3) + " " + r.digits(3);
  c.sin = std::to_string(r.between(1, 7)) + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
  c.medaid = r.chance(0.5) ? r.digits(9) : "0" + r.digits(8);
  c.gms = r.digits(7) + r.letters(1);
  c.dva = std::string(1, "NVQWST"[r.next() % 6]) + "X" + r.digits(6);
  c.ur = r.chance(0.5) ? "00" + r.digits(6) : r.digits(7);
  c.odt = "OTP-" + r.digits(6);
  c.gu = "GU" + r.digits(6);
  c.status = r.digits(10);
  c.ymrn = "H" + r.digits(7);
  c.yssn = std::to_string(r.between(1, 6)) + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(4);
  c.yplan = r.letters(3) + r.digits(9);
  c.yacct = r.digits(8);
  c.haid1 = r.digits(4) + r.letters(1) + r.digits(4);
  c.haid2 = r.digits(4) + r.letters(1) + r.digits(4);
  c.ci1 = r.digits(7);
  c.ci2 = "P" + r.digits(8);
  return c;
}

const Person21& who(const Cast21& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key == "yp") return c.yp;
  if (key == "ch") return c.ch;
  if (key == "tn") return c.tn;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '8') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "k1" || head == "k2" || head == "yp" || head == "ch" || head == "tn" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '8');
}

int regionOf(std::string_view code) {
  static constexpr std::string_view kCodes[] = {"us", "uk", "sc", "ie", "au", "nz", "ca", "za"};
  for (int g = 0; g < kRegions; ++g) {
    if (kCodes[g] == code) return g;
  }
  throw std::logic_error("unknown region " + std::string(code));
}

void writeName(Ctx21& x, const Person21& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "LFM", "UP"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fl") v = p.first + " " + surnameLetter(p.last) + ".";
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "LF") v = upper21(p.last + ", " + p.first);
  else if (form == "LFM") v = upper21(p.last + ", " + p.first + " " + p.initial);
  else if (form == "UP") v = upper21(p.first + " " + p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower21(p.first + " " + p.last);
  else if (form == "lowfirst") v = lower21(p.first);
  else if (form == "lowlast") v = lower21(p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

void writeDate(Ctx21& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty() || style == "uk" || style == "ie" || style == "au" || style == "nz" || style == "za" ||
      style == "sc") {
    static constexpr std::string_view kDayFirst[] = {"dmy", "dmy0", "dmy0", "dmon", "dmonth", "dmyy"};
    style = style == "za" && r.chance(0.4) ? "ymd" : std::string(r.pick(std::span<const std::string_view>(kDayFirst)));
  } else if (style == "us") {
    static constexpr std::string_view kMonthFirst[] = {"mdy", "mdy0", "mdy0", "long", "abbr", "mdyy"};
    style = std::string(r.pick(std::span<const std::string_view>(kMonthFirst)));
  } else if (style == "ca") {
    static constexpr std::string_view kCanada[] = {"iso", "iso", "dmon", "long", "mdy0"};
    style = std::string(r.pick(std::span<const std::string_view>(kCanada)));
  }
  const std::string month(kMonths21[static_cast<std::size_t>(m - 1)]);
  const std::string mon(kMon21[static_cast<std::size_t>(m - 1)]);
  const std::string ys = std::to_string(y);
  std::string v;
  if (style == "dmy") v = std::to_string(d) + "/" + std::to_string(m) + "/" + ys;
  else if (style == "dmy0") v = pad2(d) + "/" + pad2(m) + "/" + ys;
  else if (style == "dmyy") v = pad2(d) + "/" + pad2(m) + "/" + pad2(y % 100);
  else if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + ys;
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + ys;
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = ys + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "ymd") v = ys + "/" + pad2(m) + "/" + pad2(d);
  else if (style == "dot") v = pad2(d) + "." + pad2(m) + "." + ys;
  else if (style == "dmon") v = std::to_string(d) + " " + mon + " " + ys;
  else if (style == "dmonth") v = std::to_string(d) + " " + month + " " + ys;
  else if (style == "dth") v = std::to_string(d) + ordSuffix(d) + " " + month + " " + ys;
  else if (style == "dthof") v = std::to_string(d) + ordSuffix(d) + " of " + month + " " + ys;
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + ys;
  else if (style == "abbr") v = mon + (m == 5 ? " " : ". ") + std::to_string(d) + ", " + ys;
  else if (style == "dashmon") v = pad2(d) + "-" + mon + "-" + ys;
  else if (style == "dm") v = std::to_string(d) + "/" + std::to_string(m);
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "dmonnoy") v = std::to_string(d) + " " + mon;
  else if (style == "my") v = month + " " + ys;
  else if (style == "compact") v = ys + pad2(m) + pad2(d);
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

void writeAge(Ctx21& x, std::string_view form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = " y/o";
  else if (form == "yrs") after = " yrs";
  else if (form == "yoa") after = "-year-old";
  else if (form == "aged") before = "aged ";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "n") after = "";
  else if (form == "wordsyears") { value = words(age); after = " years old"; }
  else if (form == "wordsbare") value = words(age);
  else throw std::logic_error("unknown age form " + std::string(form));
  say(x, before);
  if (age > 89) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string email(Random& r, const Person21& p, bool work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(1, 99)); break;
    case 2: local = l + "_" + f; break;
    case 3: local = fold(p.nick) + std::to_string(r.between(70, 99)); break;
    default: local = f + l.substr(0, std::min<std::size_t>(3, l.size())); break;
  }
  return local + "@" +
         pickS(r, work ? std::span<const std::string_view>(kWorkMail21) : std::span<const std::string_view>(kMail21));
}

std::string hex4(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

// Address writers. mode: "one" (one line), "block" (one span a line), "street", "town" (town alone,
// "Town, ST" in the US), "pc" (postcode alone).
void writeAddress(Ctx21& x, int g, std::string_view mode) {
  const Place21& p = x.c.home[static_cast<std::size_t>(g)];
  std::string street = p.number + " " + p.street;
  if (g == kAu && !p.unit.empty()) street = p.unit + "/" + street;
  else if (!p.unit.empty()) street = (g == kUs || g == kCa ? street + ", " + p.unit : p.unit + ", " + street);
  if (mode == "street") {
    put(x, "address", street);
  } else if (mode == "town") {
    put(x, "address", g == kUs ? p.town + ", " + p.area : p.town);
  } else if (mode == "pc") {
    put(x, g == kUs ? "zip" : "address", p.code);
  } else if (mode == "one") {
    switch (g) {
      case kUs:
        put(x, "address", street + ", " + p.town + ", " + p.area);
        say(x, " ");
        put(x, "zip", p.code);
        break;
      case kUk:
      case kSc: put(x, "address", street + ", " + p.town + " " + p.code); break;
      case kIe: put(x, "address", street + ", " + p.town + ", " + p.area + ", " + p.code); break;
      case kAu: put(x, "address", street + ", " + p.town + " " + p.area + " " + p.code); break;
      case kNz: put(x, "address", street + ", " + p.town + ", " + p.area + " " + p.code); break;
      case kCa: put(x, "address", street + ", " + p.town + ", " + p.area + "  " + p.code); break;
      default: put(x, "address", street + ", " + p.town + ", " + p.area + ", " + p.code); break;
    }
  } else if (mode == "block") {
    put(x, "address", street);
    say(x, "\n");
    switch (g) {
      case kUs:
        put(x, "address", p.town + ", " + p.area);
        say(x, " ");
        put(x, "zip", p.code);
        break;
      case kUk:
      case kSc:
        put(x, "address", upper21(p.town));
        say(x, "\n");
        put(x, "address", p.code);
        break;
      case kIe:
        put(x, "address", p.town);
        say(x, "\n");
        put(x, "address", p.area);
        say(x, "\n");
        put(x, "address", p.code);
        break;
      case kAu: put(x, "address", upper21(p.town) + "  " + p.area + "  " + p.code); break;
      case kNz:
        put(x, "address", p.town);
        say(x, "\n");
        put(x, "address", p.area + " " + p.code);
        break;
      case kCa: put(x, "address", p.town + " " + p.area + "  " + p.code); break;
      default:
        put(x, "address", p.town);
        say(x, "\n");
        put(x, "address", p.area);
        say(x, "\n");
        put(x, "address", p.code);
        break;
    }
  } else {
    throw std::logic_error("unknown address mode " + std::string(mode));
  }
}

std::string sentence21(Random& r);

void placeholder(Ctx21& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast21& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (isPerson(head)) {
    writeName(x, who(c, head), std::string(form));
  } else if (head == "ini") {  // initials in a signature column: NOT a gold name
    say(x, initials(who(c, form)));
  } else if (head == "rel") {
    say(x, c.k1rel);
  } else if (head == "title") {
    say(x, p.female ? (r.chance(0.5) ? "Mrs" : "Ms") : "Mr");
  } else if (head == "he") {
    say(x, p.female ? "she" : "he");
  } else if (head == "his") {
    say(x, p.female ? "her" : "his");
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "sexw") {
    say(x, p.female ? "female" : "male");
  } else if (head == "tnsex") {
    say(x, c.tnFemale ? "F" : "M");
  } else if (head == "chsex") {
    say(x, c.chFemale ? "girl" : "boy");
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays21));
  } else if (head == "dob") {
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, std::string(form));
  } else if (head == "ydob") {
    writeDate(x, c.yY, c.yM, c.yD, std::string(form));
  } else if (head == "cdob") {
    writeDate(x, c.cY, c.cM, c.cD, std::string(form));
  } else if (head == "tdob") {
    writeDate(x, c.tY, c.tM, c.tD, std::string(form));
  } else if (head == "odob") {
    writeDate(x, r.between(1975, 1999), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), std::string(form));
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "age") {
    writeAge(x, form);
  } else if (head == "yage") {  // another person's age: not PHI
    say(x, std::to_string(r.between(19, 58)));
  } else if (head == "mob") {
    const int g = regionOf(form);
    put(x, "phone", formatNumber(r, g, c.mob[static_cast<std::size_t>(g)]));
  } else if (head == "mobraw") {
    put(x, "phone", c.mob[static_cast<std::size_t>(regionOf(form))]);
  } else if (head == "land") {
    const int g = regionOf(form);
    put(x, "phone", formatNumber(r, g, c.land[static_cast<std::size_t>(g)]));
  } else if (head == "kph") {
    const int g = regionOf(form);
    put(x, "phone", formatNumber(r, g, c.kin[static_cast<std::size_t>(g)]));
  } else if (head == "ymob") {
    const int g = regionOf(form);
    put(x, "phone", formatNumber(r, g, c.ymob[static_cast<std::size_t>(g)]));
  } else if (head == "cph") {
    const int g = regionOf(form);
    put(x, "phone", formatNumber(r, g, nationalNumber(r, g, false)));
  } else if (head == "fax") {
    const int g = regionOf(form);
    put(x, "fax", formatNumber(r, g, nationalNumber(r, g, false)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + (r.chance(0.6) ? " " : "-") + r.digits(4));
  } else if (head == "intl") {
    put(x, "phone", abroad(r));
  } else if (head == "email") {
    const std::string w(form.empty() ? "pt" : std::string(form));
    put(x, "email", email(r, who(c, w), w.size() == 2 && w[0] == 's'));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    put(x, "ssn", p.ssn.substr(0, 3) + p.ssn.substr(4, 2) + p.ssn.substr(7, 4));
  } else if (head == "yssn") {
    put(x, "ssn", c.yssn);
  } else if (head == "sin") {
    put(x, "ssn", c.sin);
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "ymrn") {
    put(x, "mrn", c.ymrn);
  } else if (head == "nhs") {
    put(x, "mrn", c.nhs);
  } else if (head == "ynhs") {
    put(x, "mrn", c.ynhs);
  } else if (head == "cnhs") {
    put(x, "mrn", c.cnhs);
  } else if (head == "chi") {  // Scotland's CHI number: date of birth then four digits
    put(x, "mrn", pad2(p.birthDay) + pad2(p.birthMonth) + pad2(p.birthYear % 100) + r.digits(4));
  } else if (head == "ihi") {
    put(x, "mrn", c.ihi);
  } else if (head == "nhi") {
    put(x, "mrn", c.nhi);
  } else if (head == "ynhi") {
    put(x, "mrn", c.ynhi);
  } else if (head == "cnhi") {
    put(x, "mrn", c.cnhi);
  } else if (head == "ur") {
    put(x, "mrn", c.ur);
  } else if (head == "odt") {
    put(x, "mrn", c.odt);
  } else if (head == "gu") {
    put(x, "mrn", c.gu);
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "yacct") {
    put(x, "account", c.yacct);
  } else if (head == "claim") {
    put(x, "account", r.chance(0.5) ? r.digits(8) : "CLM-" + r.digits(3) + "-" + r.digits(5));
  } else if (head == "acc") {  // New Zealand ACC claim number
    put(x, "account", "1" + r.digits(10));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "yplan") {
    put(x, "health_plan", c.yplan);
  } else if (head == "group") {
    put(x, "health_plan", "GR-" + r.digits(5));
  } else if (head == "mcare") {
    put(x, "health_plan", c.mcare);
  } else if (head == "ymcare") {
    put(x, "health_plan", c.ymcare);
  } else if (head == "cmcare") {
    put(x, "health_plan", c.cmcare);
  } else if (head == "ohip") {
    put(x, "health_plan", c.ohip);
  } else if (head == "cohip") {
    put(x, "health_plan", c.cohip);
  } else if (head == "phn") {
    put(x, "health_plan", c.phn);
  } else if (head == "medaid") {
    put(x, "health_plan", c.medaid);
  } else if (head == "gms") {
    put(x, "health_plan", c.gms);
  } else if (head == "dva") {
    put(x, "health_plan", c.dva);
  } else if (head == "status") {
    put(x, "health_plan", c.status);
  } else if (head == "lic") {
    put(x, "license", p.license);
  } else if (head == "dvla") {  // surname letters padded with 9s, decade, month (+5 women), day, year, initials
    std::string s = upper21(fold(c.pt.last));
    s = s.substr(0, std::min<std::size_t>(5, s.size()));
    while (s.size() < 5) s.push_back('9');
    const int mm = p.birthMonth + (p.female ? 50 : 0);
    s += std::to_string((p.birthYear / 10) % 10) + pad2(mm) + pad2(p.birthDay) + std::to_string(p.birthYear % 10);
    s += upper21(fold(c.pt.first)).substr(0, 1) + upper21(c.pt.initial) + "9" + r.letters(2);
    put(x, "license", s);
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "haid") {
    put(x, "device", form == "2" ? c.haid2 : c.haid1);
  } else if (head == "ci") {
    put(x, "device", form == "2" ? c.ci2 : c.ci1);
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    const int g = regionOf(form);
    if (g == kUs) put(x, "vehicle", p.plate);
    else if (g == kUk) put(x, "vehicle", r.letters(2, true) + r.digits(2) + " " + r.letters(3, true));
    else if (g == kAu) put(x, "vehicle", r.digits(1) + r.letters(2, true) + "-" + r.digits(1) + r.letters(2, true));
    else if (g == kNz) put(x, "vehicle", r.letters(3, true) + r.digits(3));
    else put(x, "vehicle", r.letters(2) + " " + r.digits(3) + "-" + r.digits(3));
  } else if (head == "url") {
    const std::string slug = fold(c.pt.first) + "-" + fold(c.pt.last);
    if (form == "book") put(x, "url", "https://book.smileharbour-dental.example.com.au/patient/" + r.digits(6));
    else if (form == "hep") put(x, "url", "www.movewell-hep.example.com/p/" + slug);
    else if (form == "derm") put(x, "url", "https://medphoto.brackenridge.example.nhs.uk/cases/" + r.digits(7));
    else put(x, "url", "https://portal.waihora-hearing.example.co.nz/clients/" + slug + "?view=audiogram");
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(24, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    if (r.chance(0.5)) {
      std::string v = "2404:4400:" + hex4(r);
      for (int k = 0; k < 5; ++k) v += ":" + hex4(r);
      put(x, "ip", v);
    } else {
      put(x, "ip", "2a02:8084:" + hex4(r) + "::" + hex4(r) + ":" + hex4(r));
    }
  } else if (head == "addr") {
    writeAddress(x, regionOf(form), "one");
  } else if (head == "addrb") {
    writeAddress(x, regionOf(form), "block");
  } else if (head == "street") {
    writeAddress(x, regionOf(form), "street");
  } else if (head == "town") {
    writeAddress(x, regionOf(form), "town");
  } else if (head == "townonly") {  // the town without its state, in an XML field
    put(x, "address", c.home[static_cast<std::size_t>(regionOf(form))].town);
  } else if (head == "st") {
    say(x, c.home[static_cast<std::size_t>(regionOf(form))].area);
  } else if (head == "pc") {
    writeAddress(x, regionOf(form), "pc");
  } else if (head == "num") {  // image, session, rx and docket numbers: not PHI
    say(x, r.digits(form.empty() ? 5 : static_cast<int>(form[0] - '0')));
  } else if (head == "lot") {
    say(x, r.letters(1) + r.digits(4) + r.letters(2));
  } else if (head == "hhmm") {
    say(x, pad2(r.between(7, 19)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "tick") {
    x.clock = x.clock < 0 ? r.between(7 * 60, 20 * 60) : x.clock + r.between(1, 14);
    say(x, pad2((x.clock / 60) % 24) + ":" + pad2(x.clock % 60));
  } else if (head == "s") {
    say(x, sentence21(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx21& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voice of community and outpatient care: eponyms and
// place-named tests, brand names, capitalised programme and service names, acuities, gestations
// and durations written with a slash, codes, batch numbers, doses, times, years alone, other
// people's ages, short service numbers, rooms and chairs.
std::string sentence21(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  switch (r.between(0, 51)) {
    case 0: return "VA 6/9 right and 6/" + std::string(r.chance(0.5) ? "12" : "18") + " left with pinhole improving to 6/6.";
    case 1: return "Ishihara " + std::to_string(r.between(13, 17)) + "/17 plates read; Amsler grid without distortion.";
    case 2: return "Rinne positive both sides, Weber central; tympanometry type A, peak pressure -" + n2 + " daPa.";
    case 3: return "BPE 2 2 3 / 2 1 2; plaque score " + n2 + "%, bleeding on probing at 26 and 36.";
    case 4: return "LA: Septanest 4% 1:100,000 x " + n1 + " cartridges, IDB on the left, good anaesthesia.";
    case 5: return "Recall 6/12 for an exam and 3/12 with the hygienist; fluoride varnish Duraphat 22,600 ppm applied.";
    case 6: return "Fitzpatrick type III; ABCDE: asymmetry only, no ugly-duckling sign, dermoscopy reticular pattern.";
    case 7: return "Efudix 5% cream twice daily for 3 weeks to the scalp AKs; sun protection SPF 50+.";
    case 8: return "Hawkins-Kennedy and Neer positive, Speed's negative, scapular dyskinesis grade 1.";
    case 9: return "Oswestry Disability Index " + n2 + "%; STarT Back medium risk; Otago exercise programme level 2.";
    case 10: return "Adjustments: diversified technique C5-6 and T4, Thompson drop table to the SI joint.";
    case 11: return "Gestation 28/40 by dates, fundal height 28 cm, FHR 140s on the Sonicaid.";
    case 12: return "Anti-D 1500 IU given at 28/40; blood group O RhD negative, antibody screen negative.";
    case 13: return "Naegele's rule gives the same EDD as the dating scan within 5 days, so scan dates kept.";
    case 14: return "Bishop score " + n1 + "; membrane sweep offered at 40+" + n1 + ".";
    case 15: return "Apgars 9 and 10 at 1 and 5 minutes; vitamin K (Konakion) 1 mg IM with consent.";
    case 16: return "Heel prick (newborn blood spot) on day 5; Guthrie card posted same day.";
    case 17: return "Weight on the 50th centile, length 25th, head circumference 75th; Plunket book updated.";
    case 18: return "Prevenar 13, Infanrix hexa and Rotarix given; batch " + r.letters(1) + r.digits(3) + r.letters(2) + ", expiry 08/2026.";
    case 19: return "Stamaril batch " + r.letters(1) + r.digits(4) + " given in the left deltoid; ICVP valid 10 days after vaccination.";
    case 20: return "Malarone one tablet daily from 2 days before to 7 days after; DEET 50% and permethrin-treated nets.";
    case 21: return "Vivotif capsules on alternate days x3, to finish a week before travel.";
    case 22: return "Methadone 5 mg/mL mixture, " + n2 + " mL supervised; Biodone Forte checked with a second pharmacist.";
    case 23: return "Buvidal monthly 96 mg into the buttock; COWS 3 at 10:40; naloxone kit (Nyxoid) offered and accepted.";
    case 24: return "Suboxone 8/2 mg film x" + n1 + " daily; urine drug screen positive for buprenorphine only.";
    case 25: return "Takeaways: " + n1 + " per week, locked box sighted; Lifeline 13 11 14 card given.";
    case 26: return "PHQ-9 " + std::to_string(r.between(5, 27)) + ", GAD-7 " + std::to_string(r.between(5, 21)) + ", WSAS " + std::to_string(r.between(5, 40)) + "; step 2 guided self-help.";
    case 27: return "Thought record and the five-areas model reviewed; Socratic questioning around the 'I always fail' belief.";
    case 28: return "EMDR phase 4, SUD from 8 to 3, VoC 6 of 7.";
    case 29: return "Monofilament 10/10 sites on the right; Doppler triphasic DP and PT; ABPI 1.0" + n1 + ".";
    case 30: return "Felted foam deflective padding and a Darco shoe; review in 1/52.";
    case 31: return "Phenol 89% for 3 x 30 s; Silverman nail elevator; tourniquet time 9 minutes.";
    case 32: return "HIV Ag/Ab (4th gen) negative, syphilis EIA negative, CT/NG NAAT from 3 sites sent.";
    case 33: return "PrEP on-demand 2-1-1 dosing explained; eGFR " + n2 + ", hepatitis B immune.";
    case 34: return "Doxy-PEP discussed; Bexsero x2 for gonorrhoea prevention offered.";
    case 35: return "AMH " + std::to_string(r.between(3, 40)) + ".4 pmol/L, AFC " + std::to_string(r.between(6, 24)) + "; antagonist protocol with Gonal-f 225 IU.";
    case 36: return "Ovitrelle trigger at 21:30, OPU at 08:00 two days later; " + n1 + " oocytes, " + n1 + " MII.";
    case 37: return "Day-5 blastocyst graded 4AA (Gardner), single embryo transfer, Cyclogest 400 mg BD.";
    case 38: return "Waterlow " + std::to_string(r.between(10, 24)) + ", Braden 1" + n1 + "; repositioned 2-hourly on the Nimbus mattress.";
    case 39: return "Fluids 1,2" + n2 + " mL in 24 h; Bristol stool type 4; Abbey pain scale 3.";
    case 40: return "Her roommate, aged " + std::to_string(r.between(71, 88)) + ", moved to Room 9 on the Rātā wing.";
    case 41: return "Audéo L90 receivers M-size, open domes; Roger On mic paired for the day room.";
    case 42: return "Teletherapy on Attend Anywhere, backup by phone; PIN sent by SMS, not recorded.";
    case 43: return "Medicare item 10962 (podiatry) and 10958 (physio) under the Chronic Disease Management plan.";
    case 44: return "FP17 claim band 2; GDS contract year 2024/25 UDA target 92% met.";
    case 45: return "NHS 111 or 999 out of hours; in New Zealand call Healthline, in South Africa 10111 for police.";
    case 46: return "Warfarin INR " + std::to_string(r.between(2, 3)) + ".4 on the CoaguChek; next test in 2/52 at the Tuesday clinic.";
    case 47: return "Tinel's sign at the tarsal tunnel negative; Morton's neuroma: Mulder's click present 3rd interspace.";
    case 48: return "Esterman binocular field 120 points, " + n1 + " missed outside the central 20 degrees.";
    case 49: return "Goldmann IOP " + std::to_string(r.between(11, 32)) + " mmHg at 09:15; Xalatan nocte, bottle dated on opening.";
    case 50: return "Chair 4 at the Tuesday outreach van; Room 12 for the afternoon hearing clinic.";
    default: return "Kaupapa Māori service via Whānau Ora; the Kōhanga Reo nurse visits each term.";
  }
}

// TEMPLATES
struct Template21 {
  std::string_view name;
  bool lower;
  std::string_view pattern;
};

constexpr Template21 kTemplates21[] = {
    {"nhs_dental_chart", false,
     "BRACKENRIDGE DENTAL PRACTICE - CLINICAL RECORD\nPatient: {pt.LF}   DOB: {dob.dmy0}   NHS no: {nhs}\nAddress: "
     "{addr.uk}\nMobile: {mob.uk}\n\nExam {date.dmy0}   (FP17 band 2)\nUR 8 7 6 5 4 3 2 1 | 1 2 3 4 5 6 7 8 UL\n"
     "   - x MO . . . . . | . . . . DO . RCT -\nLR 8 7 6 5 4 3 2 1 | 1 2 3 4 5 6 7 8 LL\n   x . . . . . . . | . . "
     ". . . MOD . x\nBPE 2 2 3 / 2 1 2\n{s}\nTx: 36 MOD composite under LA, OHI, recall 6/12\n{s1.full}, BDS   "
     "DN: {s5.first}\n"},
    {"dental_recall_letter", false,
     "Smile Harbour Dental\n\n{date.dmonth}\n\nDear {pt.first},\n\nOur records show your last check-up and clean "
     "was on {date.dmy}. It's time to book your next visit with {s1.full}. {s}\nIf {ch.first} is eligible for the "
     "Child Dental Benefits Schedule, please bring {ch.first}'s Medicare card ({cmcare}) along.\nBook online at "
     "{url.book} or ring us on {cph.au}.\n\nWarm regards,\n{s7.first} (practice manager)\n"},
    {"dental_lab_docket", false,
     "LAB DOCKET {num.6} - Kāinga Dental Lab\nPractice: Waihora Bay Dental   Clinician: {s1.fi}\nPatient: "
     "{pt.lf}   NHI {nhi}\nWork: upper acrylic partial denture, 4 teeth (12 11 21 22), shade A3, mould 22F\nBite "
     "registration enclosed. Try-in {date.dm}, fit {date.dm}\n{s}\nReturn to: {s7.full}, ph {cph.nz}\n"},
    {"dental_voicemail_transcript", false,
     "After-hours line - voicemail, transcribed {date.dmy0} 07:58\n\"Hi, it's {pt.full}, I'm a patient of Dr "
     "{s1.last}'s, my date of birth is the {dob.dthof}. I've an awful swelling on the left side since last "
     "night and I can barely open my mouth. My number is {mob.ie}, or you can get my {rel} {k1.first} on "
     "{kph.ie}. Thanks a million.\"\nActioned by {s5.first}: emergency slot 09:10 booked. {s}\n"},
    {"gos_sight_test", false,
     "SIGHT TEST RECORD - GOS 1\nName: {pt.UP}\nDate of birth: {dob.dmy0}   NHS number: {nhs}\nPostcode: {pc.uk}\n"
     "Last sight test: {date.my}\nSymptoms: blur at near, floaters OD for 2/52, no flashes or curtain\nVA sc R "
     "6/12 L 6/18   cc R 6/6 L 6/6-2\nSubj: R -1.25/-0.50 x 90   L -1.75 DS   Add +2.25\nIOP (iCare) R 16 L 18 at "
     "{hhmm}\n{s}\nOutcome: new Rx issued; routine cataract referral L\nOptometrist: {s2.full}, MCOptom\n"},
    {"dvla_vision_form", false,
     "DVLA V1 - VISUAL ASSESSMENT FOR DRIVING\nDriver: {pt.full}\nDriving licence number: {dvla}\nDate of birth: "
     "{dob.dmon}\nAddress:\n{addrb.uk}\nEsterman binocular field: 120 points tested, no cluster in the central "
     "20 degrees\nNumber plate read at 20 m in good daylight: yes\n{s}\nExaminer: {s2.fi}   Date: {date.dmy0}\n"},
    {"intravitreal_injection_log", false,
     "INTRAVITREAL INJECTION RECORD - Tallowood Eye Centre\n{pt.LF}   UR {ur}   Medicare {mcare} (IRN 2)\nDOB "
     "{dob.dmy}   Age {age.n}\n\nDate   | Eye | Agent              | VA   | Next\n{date.dm} | R   | aflibercept 2 mg   "
     "| 6/12 | 8/52\n{date.dm} | R   | aflibercept 2 mg   | 6/9  | 10/52\n{date.dm} | L   | faricimab 6 mg     | "
     "6/24 | 4/52\n{s}\nInjector: {s2.fl}   Nurse: {s4.first}\n"},
    {"optometry_referral_ca", false,
     "REFERRAL - Coldwater Vision Clinic\nTo: Dr. {s2.full}, Ophthalmology\nRe: {pt.full}   DOB {dob.iso}   OHIP "
     "{ohip}\nTel {mob.ca}\nFindings: IOP 31 OD, 19 OS; C/D 0.8 OD with an inferior notch; Humphrey 24-2 superior "
     "arcuate defect OD. {s}\nPlease see within 2 weeks. Fax your report to {fax.ca}.\n{s3.full}, OD\n"},
    {"audiology_assessment_nz", false,
     "AUDIOLOGY ASSESSMENT\nClient: {pt.full}   NHI: {nhi}   DOB: {dob.dmy0}\nReferred by: Dr {s3.last}, "
     "Kaiwhenua Health Centre\nACC claim: {acc}\nOtoscopy clear. Tympanometry type A bilaterally.\nPTA (0.5-4 "
     "kHz): R 46 dB HL, L 51 dB HL, sloping SNHL; WRS 84% / 76%\n{s}\nFitted {date.dmon}: Phonak Audéo L90-R, "
     "serials R {haid.1} / L {haid.2}\nClient portal: {url}\nAudiologist: {s4.full}, MNZAS\n"},
    {"hearing_aid_repair_us", false,
     "HEARING AID REPAIR AUTHORIZATION\nPatient: {pt.LF}   DOB {dob.mdy0}\nDevice: Oticon miniRITE R, serial "
     "{haid.1}\nProblem: intermittent, dead since the rain on {date.md}\nManufacturer warranty ends 11/2026\n"
     "Return ship to: {addr.us}\nPhone {mob.us}   Email {email.pt}\n{s}\nAudiologist: {s4.full}, AuD\n"},
    {"cochlear_mapping_ca", false,
     "COCHLEAR IMPLANT PROGRAMMING NOTE\nPatient: {pt.LFM}   Health card {ohip}\nImplant: CI632 right, serial "
     "{ci.1}; sound processor serial {ci.2}\nActivation {date.iso}; today {date.iso}\nT and C levels raised 5 CL "
     "on electrodes 1-6. {s}\nFamily: {rel} {k1.full} attends; prefers texts to {kph.ca}\nAudiologist: {s4.full}\n"},
    {"derm_photo_log", false,
     "DERMATOLOGY MEDICAL PHOTOGRAPHY LOG\nPatient {pt.full}   NHS {nhs}   Clinic: 2WW pigmented lesion\nImg       "
     "| Site             | View        | Captured\nIMG_{num.4} | L upper back     | overview    | {date.dmy0} "
     "{hhmm}\nIMG_{num.4} | L upper back     | dermoscopic | {again} {hhmm}\nIMG_{num.4} | R shin           | "
     "dermoscopic | {again} {hhmm}\nUploaded from workstation {ip} to {url.derm}\nConsent for teaching use: "
     "declined\nPhotographer: {s6.full}\n"},
    {"teledermatology_ereferral", false,
     "e-Referral: Teledermatology\nFrom: {s3.full} (GP), Kaiwhenua Health Centre\nPatient: {pt.full}   NHI {nhi}   "
     "{age.yo}\nQuestion: 7 mm irregular pigmented lesion R cheek, changed over 3 months. {s}\nImages attached (3), "
     "submitted {date.dmy0} from {ip6}\nPatient contact: {mob.nz}\n"},
    {"derm_whatsapp_thread", true,
     "whatsapp - skinwise dermatology\n[{tick}] clinic: hi {pt.lowfirst}, dr {s2.lowlast} has your biopsy "
     "results from {date.dm}. please call {cph.za} to book a follow-up\n[{tick}] {pt.lowfirst}: thanks, is it "
     "bad?? im at work in {town.za} till 5\n[{tick}] clinic: sorry we can't discuss results on whatsapp. there "
     "are slots on {wd}\n[{tick}] {pt.lowfirst}: ok my {rel} {k1.lowfirst} will drive me\n"},
    {"msk_physio_assessment", false,
     "MSK PHYSIOTHERAPY - INITIAL ASSESSMENT\n{pt.full} ({age.yo})   NHS {nhs}   Seen {date.dmy0}\nPC: R shoulder "
     "pain 3/12, worse overhead, night pain\nHPC: {s}\nO/E: painful arc 70-120, ER 40 (L 60), Jobe's empty can +\n"
     "Goal: back to bowls at the club in {town.uk} by summer\nPlan: rotator cuff loading, 6 sessions, review 4/52\n"
     "{s5.full}, MCSP\n"},
    {"home_exercise_email", false,
     "From: {s5.full} <{email.s5}>\nTo: {email.pt}\nSubject: your exercises\n\nHi {pt.first},\n\nHere are the "
     "exercises we went through on {wd} {date.dm}:\n1. Sit-to-stand x 10, 3 sets\n2. Calf raises at the bench x 15\n"
     "3. Tandem stance 30 s each side\nVideos: {url.hep}\n{s}\n\nCheers,\n{s5.first}\n"},
    {"blue_badge_statement", false,
     "BLUE BADGE APPLICATION - SUPPORTING INFORMATION FROM A HEALTH PROFESSIONAL\nApplicant: {pt.full}   DOB: "
     "{dob.dmy0}\nHome address:\n{addrb.uk}\nVehicle registration: {plate.uk}\nWalking: 30 m with a rollator before "
     "stopping; severe breathlessness and R hip pain, awaiting THR.\n{s}\nCompleted by: {s5.full}, physiotherapist, "
     "HCPC PH{num.6}\nDate: {date.dmy0}\n"},
    {"chiropractic_intake_mva", false,
     "NEW PATIENT INTAKE - Quarry Hill Chiropractic\nName: {pt.full}   DOB: {dob.mdy0}   SSN: {ssn}\nAddress: "
     "{addr.us}\nCell: {mob.us}   Email: {email.pt}\nReason for visit: neck pain after a car accident on "
     "{date.mdy}\nVehicle: 2016 Subaru Outback, VIN {vin}\nAuto insurer claim no. {claim}\nHealth plan member ID "
     "{plan}\nEmergency contact: {k1.full} ({rel}) {kph.us}\n{s}\n"},
    {"chiropractic_xray_report", false,
     "RADIOGRAPHIC REPORT - CERVICAL SPINE, 3 VIEWS\nPatient: {pt.LF}   DOB: {dob.dmon}   File {mrn}\nDate of "
     "films: {date.iso}\nFindings: loss of the cervical lordosis; C5-6 disc space narrowing with anterior "
     "osteophytes; George's line intact; no fracture.\n{s}\nImpression: spondylosis C5-6.\n{s7.full}, DC, DACBR\n"},
    {"wsib_progress_report", false,
     "WSIB HEALTH PROFESSIONAL'S PROGRESS REPORT\nWorker: {pt.LF}   SIN {sin}\nClaim number: {claim}\nDate of "
     "accident: {date.iso}\nAddress: {addr.ca}\nFunctional abilities: lift floor to waist 10 kg, no repetitive "
     "overhead work. {s}\nTreating physiotherapist: {s5.full}   Tel {cph.ca}   Fax {fax.ca}\n"},
    {"antenatal_booking_uk", false,
     "ANTENATAL BOOKING - COMMUNITY MIDWIFERY\nName: {yp.full}   DOB: {ydob.dmy0}   NHS: {ynhs}\nAddress: "
     "{addr.uk}\nMobile: {ymob.uk}\nLMP {date.dm} (certain), cycle 28 days\nG2 P1 - SVD 2019, 3.4 kg\nPartner: "
     "{k2.full}, tel {kph.uk}\nBooking bloods: FBC, group and save, HIV, syphilis, hep B, sickle and thal screen\n"
     "BMI 31 - GTT at 24-28/40; aspirin 150 mg from 12/40\n{s}\nMidwife: {s4.full}, RM   Consultant: {s2.fi}\n"},
    {"lmc_antenatal_notes", false,
     "LMC ANTENATAL NOTES - {yp.full}\nNHI {ynhi}   EDD {date.dmy0}   Birth plan: Pukeatua Birthing Unit, water "
     "birth\nWhānau: partner {k2.first}; support person {k1.first}\n28/40 visit {date.dm}: FH 28 cm, FHR "
     "140s, cephalic. BP 112/70. Urine NAD. {s}\nNext visit at home, {street.nz}\nLMC: {s4.full}, midwife, "
     "{cph.nz}\n"},
    {"dating_scan_report", false,
     "OBSTETRIC ULTRASOUND - DATING\nPatient: {yp.LF}   DOB {ydob.dmy}   Medicare {ymcare}\nReferrer: Dr "
     "{s3.full}\nExam date: {date.dmy0}\nSingle live intrauterine pregnancy. CRL 23.4 mm = 9w 2d.\nEDD by scan: "
     "{date.dmy0}\nFHR 171 bpm. {s}\nSonographer: {s6.fi}   Reporting: Dr {s2.last}\n"},
    {"phn_postnatal_visit", false,
     "PUBLIC HEALTH NURSE - POSTNATAL HOME VISIT\nMother: {yp.full}   Baby: {ch.first} ({chsex}), born "
     "{date.dmy0}\nAddress: {addr.ie}\nDay 5. Weight 3.21 kg (birth 3.40 kg). Heel prick done {date.dm}. Cord dry. "
     "Breastfeeding well, latch observed. {s}\nMother's mobile {ymob.ie}. GP: Dr {s3.last}, {town.ie}\nPHN: "
     "{s6.full}, RGN\n"},
    {"red_book_review", false,
     "PERSONAL CHILD HEALTH RECORD - 6-8 WEEK REVIEW\nBaby: {ch.full}   NHS number: {cnhs}\nParent: {yp.full}   "
     "Tel {ymob.uk}\nWeight 4.9 kg (50th centile), OFC 38 cm. Hips: Barlow and Ortolani negative. Red reflex "
     "present both eyes.\n{s}\nHV: {s6.full}   Date {date.dmon}\n"},
    {"b4_school_check", false,
     "B4 SCHOOL CHECK\nTamaiti: {ch.full}   NHI: {cnhi}   DOB: {cdob.dmy0}\nParent/caregiver: {yp.full}, "
     "{ymob.nz}\nAddress:\n{addrb.nz}\nVision 6/6 each eye (Parr 4 m). Hearing: pass (sweep 20 dB). Height 108 "
     "cm, weight 18.4 kg. SDQ-P 9.\n{s}\nNurse: {s6.full}   {date.dmy}\n"},
    {"air_immunisation_history", false,
     "AIR IMMUNISATION HISTORY STATEMENT\nName: {ch.UP}   Date of birth: {cdob.dmy0}\nMedicare card: {cmcare}\n"
     "Vaccine        | Date given | Provider\nInfanrix hexa  | {date.dmy0} | Yarrabee Community Health\nPrevenar 13    "
     "| {again} | Yarrabee Community Health\nM-M-R II       | {date.dmy0} | Dr {s3.last}\nAddress on record: "
     "{addr.au}\n"},
    {"school_anaphylaxis_plan", false,
     "ANAPHYLAXIS EMERGENCY PLAN - Prairie Rose School Division\nStudent: {ch.full}   Date of birth: {cdob.iso}\n"
     "Allergens: peanut, tree nuts\nAuto-injector: EpiPen Jr 0.15 mg in backpack, spare in the office\n"
     "Parent/guardian: {yp.full}   Cell {ymob.ca}   Work {cph.ca}\nPhysician: Dr. {s3.last}   Health card "
     "{cohip}\n{s}\nSigned {date.iso}\n"},
    {"sports_preparticipation", false,
     "PREPARTICIPATION PHYSICAL EVALUATION\nName: {tn.LF}   Sex: {tnsex}   DOB: {tdob.mdy0}   Sports: soccer, "
     "track\nParent/guardian: {yp.full}   Phone {ymob.us}\nHome address: {addr.us}\nNo syncope with exercise, no "
     "family history of sudden cardiac death under 50.\nBP 112/68, HR 64, Snellen 20/20 OU, no murmur supine or "
     "standing. {s}\nCleared for all sports without restriction.\nExaminer: {s1.full}, MD   Date {date.mdy}\n"},
    {"gaa_return_to_play", false,
     "GRADUATED RETURN TO PLAY - CONCUSSION\nPlayer: {tn.full}   Club: Naomh Éanna GAA, U16\nDate of injury: "
     "{date.dmon}\nStage 1 completed {date.dm}; stage 3 sport-specific drills {date.dm}\nSCAT6 symptom score 2/22 "
     "today. {s}\nParent: {yp.first}, {ymob.ie}\nCleared for full-contact training by Dr {s3.full}\n"},
    {"travel_consultation_ie", false,
     "TRAVEL HEALTH CONSULTATION {date.dmy0}\nTraveller: {pt.full}   DOB {dob.dmy0}   Mobile {mob.ie}\nItinerary: "
     "Peru and Bolivia, 24 days, altitude above 3,500 m, Amazon lodge 4 nights, departing {date.dmonnoy}\nGiven: "
     "yellow fever (Stamaril) batch {lot}; typhoid; hepatitis A booster\nMalaria: atovaquone-proguanil for the "
     "Amazon leg\n{s}\nNurse: {s5.full}, RGN\n"},
    {"yellow_fever_certificate", false,
     "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nThis is to certify that {pt.UP}\ndate of birth "
     "{dob.dmy0}   sex {sexw}   nationality South African\nhas on the date indicated been vaccinated against "
     "YELLOW FEVER\nDate: {date.dmy0}   Clinician: {s2.fi}   Batch: {lot}\nValid from 10 days after vaccination "
     "for the life of the person vaccinated\nOfficial stamp: Rietvlei Travel Clinic, {town.za}\n"},
    {"dispensing_history_csv", false,
     "dispense_history.csv\ndate,rx_no,drug,qty,rpts,prescriber,patient,medicare\n{date.compact},{num.7},Endone "
     "5mg tab,20,0,\"{s3.LF}\",\"{pt.LF}\",{mcare}\n{date.compact},{num.7},Lyrica 75mg cap,56,5,\"{s3.LF}\","
     "\"{pt.LF}\",{mcare}\n{date.compact},{num.7},Ventolin inhaler,1,5,\"{s3.LF}\",\"{pt.LF}\",{mcare}\n"},
    {"telepharmacy_session_log", false,
     "TELEPHARMACY SESSION LOG - Muskeg River remote dispensing site\nSession {num.8}   {date.iso} 14:06-14:19\n"
     "Remote pharmacist: {s8.full}, RPh\nPatient: {pt.full}   PHN {phn}\nNIHB registration no. {status}\n"
     "Counselled: new apixaban 5 mg BID; interaction check with clarithromycin done. {s}\nVideo endpoint {ip6}; "
     "document camera {ip}\nTechnician on site: {s6.first}\n"},
    {"emergency_supply_record", false,
     "EMERGENCY SUPPLY AT THE REQUEST OF A PATIENT\nDate: {date.dmy0}\nPatient: {pt.full}, {addr.uk}\nItem: Fostair "
     "100/6 inhaler x1, 2 puffs BD\nReason: left inhaler at {rel}'s house in {town.uk}; own surgery closed\nUsual "
     "prescriber: Dr {s3.last}\nSummary Care Record viewed with consent. {s}\nPharmacist: {s8.full}, MRPharmS\n"},
    {"nms_follow_up_call", false,
     "NMS intervention call - {date.dm}\nRang {pt.first} on {mob.uk} at 11:20, no answer; rang back 14:05 on the "
     "landline {land.uk}.\n{pt.first} has been taking apixaban 5 mg twice daily since {date.dm}, one missed dose. "
     "{s}\nNo bleeding. Next call {wd}.\n{s8.fi}\n"},
    {"methadone_dosing_record", false,
     "OPIOID TREATMENT - DAILY DOSING RECORD\nClient: {pt.LF}   Client no. {odt}   Photo ID sighted\nPrescriber: "
     "Dr {s3.full}\nDate  | Methadone 5 mg/mL   | Time  | Pharm | Takeaway\n{date.dm}  | 17 mL (85 mg)       | "
     "08:42 | {ini.s8}    | -\n{date.dm}  | 17 mL (85 mg)       | 08:55 | {ini.s8}    | -\n{date.dm}  | 17 mL (85 "
     "mg)       | 09:10 | {ini.s8}    | 1 (Sun)\nMissed doses in last 7 days: 0\n{s}\n"},
    {"buprenorphine_depot_clinic", false,
     "LONG-ACTING BUPRENORPHINE CLINIC\nService user: {pt.full}   NHS: {nhs}   DOB: {dob.dmy0}\nBuvidal weekly 24 mg "
     "given {date.dmy0} {hhmm}, R abdomen; last week's site healed\nCOWS 2. Last heroin use {date.dm}.\nNext dose "
     "due {date.dm}\nKey worker: {s6.first} ({cph.uk})\n{s}\nNurse: {s5.full}, RMN\n"},
    {"otp_admission_us", false,
     "OPIOID TREATMENT PROGRAM - ADMISSION\nPatient: {pt.LFM}   DOB {dob.mdy0}   SSN {ssnbare}\nAddress: {addr.us}\n"
     "Phone {mob.us}   alt {ph7}\nDriver's license {lic} (copy on file)\nCentral registry: no dual enrollment\nFirst "
     "dose: methadone 30 mg at {hhmm} on {date.mdy}, observed 3 hours\nMedicaid ID {plan}\n{s}\nEmergency contact: "
     "{k1.full} ({rel}) {kph.us}\nCounselor: {s6.full}, LCSW\n"},
    {"sexual_health_record", false,
     "SEXUAL HEALTH CLINIC - CLINICAL RECORD\nClinic no.: {gu}   Preferred name used at reception\nDOB {dob.dmy}   "
     "Postcode {pc.au}\nContact: SMS only, no voicemail, {mob.au}\nAttendance {date.dmy0}: asymptomatic screen, PrEP "
     "review\nTests: HIV Ag/Ab, syphilis EIA, CT/NG NAAT x3 sites, eGFR\n{s}\nClinician: {s5.full}, sexual health "
     "nurse\n"},
    {"results_sms_thread", true,
     "sms - sexual health results line\n[{tick}] clinic: hi {pt.lowfirst}, your results from {date.dm} are ready. "
     "reply yes to get them by text\n[{tick}] {pt.lowfirst}: yes\n[{tick}] clinic: all your tests were negative. "
     "next screen due {date.my}\n[{tick}] {pt.lowfirst}: sweet as thanks. can my partner {k2.lowfirst} book too? "
     "number is {kph.nz}\n"},
    {"partner_services_record", false,
     "PARTNER SERVICES FIELD RECORD\nOriginal patient: {pt.LF}   Interview {date.mdy}\nPartner 1: {k2.full}, about "
     "{yage}, phone {ph7}, last exposure {date.md}; works nights at a gas station in {town.us}\nPartner 2: first "
     "name only \"{k1.first}\", met through an app, no phone\nPartner 1 notified {date.md} and treated. {s}\nDIS: "
     "{s6.full}\n"},
    {"ivf_cycle_sheet", false,
     "IVF CYCLE SHEET - ANTAGONIST PROTOCOL\nPatient: {yp.LF}   DOB {ydob.dmy0}   Hospital no. {ymrn}\nPartner: "
     "{k2.full}   DOB {odob.dmy0}\nAMH 14.2 pmol/L, AFC 16\nDay 1 {date.dm}; Gonal-f 225 IU from day 2; cetrorelix "
     "from day 6\nScan {date.dm}: R 19, 18, 16 mm; L 20, 17 mm\nTrigger 21:30 on {date.dm}; OPU {date.dm} 08:00\n"
     "{s}\nFertility nurse: {s4.first}, nurse line {cph.au}\n"},
    {"fertility_financial_clearance", false,
     "FINANCIAL CLEARANCE - IVF CYCLE\nPatient: {yp.full}   DOB {ydob.mdy0}   SSN {yssn}\nSpouse/partner: {k2.full}\n"
     "Insurance: member ID {yplan}, group {group}; infertility rider, 3 retrievals lifetime\nPatient account: "
     "{yacct}\nEstimated patient responsibility: $4,280\nBilling address: {addr.us}\n{s}\nFinancial counselor: "
     "{s7.full}\n"},
    {"embryo_transfer_record", false,
     "EMBRYO TRANSFER RECORD\nPatient: {yp.full}   NHI {ynhi}\nPartner: {k2.full}\nTransfer {date.dmy0}: day-5 "
     "blastocyst, single embryo transfer\nWitnessing: labels checked by {s4.first} and {s6.first}\nCatheter: "
     "Wallace, easy, no blood\nPregnancy test due {date.dm}. {s}\nEmbryologist: {s6.full}\n"},
    {"care_home_daily_record", false,
     "DAILY CARE RECORD - Rowan Lodge Care Home\nResident: {pt.full} (\"{pt.nick}\")   Room 14   {date.dmy}\n07:40 "
     "Washed and dressed, chose the blue cardigan. Porridge and 200 mL tea.\n10:15 Visit from {rel} {k1.first}; out "
     "in the garden in the wheelchair.\n13:00 Cottage pie, ate half. Fluids so far 1,150 mL.\n16:30 Watched the "
     "racing. {s}\nCarer: {s7.first}   Senior: {s5.fi}\n"},
    {"racf_fall_report", false,
     "INCIDENT REPORT - FALL\nResident: {pt.LF}   Age: {age.n}   Room 22B   Medicare {mcare}\nDate/time: "
     "{date.dmy0} 03:10\nFound on the floor beside the bed by {s7.first} on rounds; hip protectors on. Neuro obs "
     "commenced.\n{s}\nNOK: {k1.full} ({rel}) notified 07:05 on {kph.au}\nGP: Dr {s3.last} informed\nReported "
     "by: {s5.full}, RN\n"},
    {"rest_home_handover", true,
     "handover am - kowhai wing - {date.dm}\nrm 3 {pt.low} ({age.n}) - settled, up x2 to toilet with frame. {rel} "
     "{k1.lowfirst} coming at 2\nrm 5 - new admission from hospital, see notes\nrm 7 - catheter bag changed\nneed "
     "to ring {k1.lowfirst} back on {kph.nz} re hearing aid batteries\n- {s7.lowfirst}\n"},
    {"care_home_birthday_log", false,
     "RESIDENT COMMUNICATION LOG - Cnoc Mhuire Nursing Home\n{date.dmon}: {pt.full} celebrated {his} birthday "
     "today; {he} is {age.wordsbare}. Cake in the day room with the staff. A call came from {his} {rel} "
     "{k1.full} abroad, on {intl}. {s}\nStaff: {s7.full}\n"},
    {"medication_administration_record", false,
     "MEDICATION ADMINISTRATION RECORD - {date.my}\nResident: {pt.LFM}   Unit: Birch 2   Health card: {ohip}\n"
     "Allergy: penicillin (rash)\nMed                 | 0800 | 1200 | 1700 | 2100\nRivaroxaban 15 mg   |      |  "
     "    | {ini.s5}   |\nDonepezil 10 mg     |      |      |      | {ini.s5}\nAcetaminophen 650 mg PRN: 1 given "
     "1445 for knee pain\nHeld: rivaroxaban on {date.md} per Dr. {s3.last}\n{s}\n"},
    {"talking_therapy_session", false,
     "NHS TALKING THERAPIES - CBT SESSION 5 of 12\nClient: {pt.full}   NHS {nhs}   {date.dmy0}\nMode: video, "
     "connected from {ip}\nPHQ-9 14 (last 17), GAD-7 11 (last 15)\nAgenda: thought record; behavioural experiment "
     "about speaking up in the team meeting.\n{s}\nRisk: passive thoughts, no plan or intent; protective factors "
     "{rel} {k1.first} and the dog.\nNext: {wd} {date.dm}\nTherapist: {s6.full}\n"},
    {"counselling_letter_gp", false,
     "Dear Dr {s3.last},\n\nRe: {pt.full}, {addr.ie}\nDOB: {dob.dmy0}   Medical card: {gms}\n\nThank you for "
     "referring {pt.first} to Counselling in Primary Care. We met for eight sessions, the last on "
     "{date.dmon}. {s}\n{pt.first} has consented to this summary being shared.\n\nIs mise le meas,\n{s6.full}\n"
     "Counsellor, MIACP\n"},
    {"teletherapy_audit_export", false,
     "platform audit export - session {num.9}\nclient_display_name: {pt.fl}\nclient_email: {email.pt}\njoin_ip: "
     "{ip6}\njoin_date: {date.iso}\njoin_time: 18:02\nclinician: {s6.full}\nclinician_ip: {ip}\nduration_min: 50\n"},
    {"high_risk_foot_note", false,
     "HIGH RISK FOOT SERVICE - PODIATRY\nPatient: {pt.full}   DVA Gold Card {dva}   DOB {dob.dmy}\nMonofilament "
     "10/10 R, 6/10 L; vibration absent L hallux; ABI 0.78 L\nUlcer L 1st MTPJ plantar 6 x 4 mm, probe-to-bone "
     "negative; debrided, felted foam\n{s}\nReview {date.dm}. {s5.full}, podiatrist\n"},
    {"nail_surgery_consent", false,
     "CONSENT FOR NAIL SURGERY (PARTIAL NAIL AVULSION WITH PHENOL)\nI, {pt.full}, date of birth {dob.dth}, agree to "
     "the procedure on my left big toe.\nRisks explained: infection, regrowth, prolonged discharge.\nSigned: "
     "{pt.fi}   Date: {date.dmy0}\nWitness: {s5.full}, podiatrist   After-care line {cph.uk}\n"},
    {"nihb_predetermination", false,
     "NIHB PREDETERMINATION - MEDICAL SUPPLIES AND EQUIPMENT\nClient: {pt.LF}   Registration no.: {status}   DOB: "
     "{dob.iso}\nCommunity: {town.ca}\nItem: custom foot orthoses (pair) and diabetic footwear\nPrescriber: "
     "{s5.full}, podiatrist\n{s}\nProvider tel {cph.ca}   fax {fax.ca}\n"},
    {"nursing_station_visit", false,
     "NATTIVAK HEALTH CENTRE - VISIT {date.dmon}\nPt: {pt.full}   Health card {phn}\nInterpreter: {k1.first} "
     "({rel}), Inuktitut\nCC: cough for 10 days, fever. {s}\nPlan: chest X-ray by teleradiology, amoxicillin; call "
     "the station on {cph.ca} if worse.\n{s5.full}, CHN\n"},
    {"aboriginal_health_assessment", false,
     "ABORIGINAL AND TORRES STRAIT ISLANDER HEALTH ASSESSMENT (MBS 715)\nName: {pt.full}   Medicare: {mcare}   DOB: "
     "{dob.dmy0}\nLives with {rel} {k1.first} and the grandkids at {street.au}, {town.au}\nBP 142/88, BMI 33, HbA1c "
     "8.1%, ACR 6.4\n{s}\nFollow-up with Aboriginal Health Practitioner {s6.full}; visiting optometrist next "
     "month.\nGP: Dr {s3.last}   {date.dmy0}\n"},
    {"road_to_health_entry", false,
     "ROAD TO HEALTH BOOKLET - CLINIC ENTRY\nChild: {ch.full}   Date of birth: {cdob.ymd}\nMother/caregiver: "
     "{yp.full}   Cell: {ymob.za}\nClinic folder no.: {mrn}\nWeight 16.1 kg, height 104 cm; vitamin A 200 000 IU "
     "and albendazole 400 mg given\nNext visit {date.ymd}\n{s}\nSister {s5.last}\n"},
    {"optometry_medical_aid_claim", false,
     "OPTOMETRY ACCOUNT / CLAIM\nMedical scheme: Kiepersol Health   Member no. {medaid}   Dependant code 01\nMain "
     "member: {pt.UP}\nService date: {date.ymd}\nICD-10 H52.1, H52.4   Tariff 11021, 15010 x2\nAccount no. {acct}\n"
     "Postal address:\n{addrb.za}\nStatements by e-mail to {email.pt}\n"},
    {"eprescription_xml", false,
     "<NewRx>\n <Patient>\n  <LastName>{pt.last}</LastName><FirstName>{pt.first}</FirstName>\n  <Gender>{sex}"
     "</Gender>\n  <DateOfBirth>{dob.compact}</DateOfBirth>\n  <AddressLine1>{street.us}</AddressLine1>\n  <City>"
     "{townonly.us}</City><StateProvince>{st.us}</StateProvince><PostalCode>{pc.us}</PostalCode>\n  "
     "<PrimaryTelephone>{mobraw.us}</PrimaryTelephone>\n </Patient>\n <DrugDescription>buprenorphine 8 mg / naloxone "
     "2 mg film</DrugDescription>\n <WrittenDate>{date.compact}</WrittenDate>\n</NewRx>\n"},
    {"no_phi_autoclave_log", false,
     "STERILISATION LOG - SURGERY 2\nCycle 1432: 134 C, 3.5 min hold, Helix test pass, printout attached.\n{s}\n{s}\n"},
    {"no_phi_audiometer_check", false,
     "AUDIOMETER DAILY CHECK\nListening check both transducers, no hum or crackle 500-4000 Hz; bone conductor OK. "
     "{s} {s}\n"},
    {"no_phi_vaccine_fridge_log", false,
     "VACCINE FRIDGE LOG - TRAVEL CLINIC\nMin 2.8 C  Max 7.1 C  Current 4.6 C at 08:30 and 16:45; logger "
     "downloaded.\n{s}\n{s}\n"},
    {"no_phi_takeaway_policy", false,
     "Takeaway dose policy: {s} {s} A locked box is required for every takeaway dose.\n"},
    {"no_phi_falls_class", false,
     "FALLS PREVENTION CLASSES - OTAGO PROGRAMME\nMon 10:00 Hall B, strength and balance\nWed 14:00 hydrotherapy pool"
     "\n{s}\n{s}\n"},
    {"no_phi_syphilis_protocol", false,
     "PROTOCOL CARD - SYPHILIS\n{s}\n{s}\nBenzathine penicillin 2.4 MU IM stat; late latent weekly x3.\n"},
    {"no_phi_care_home_menu", false,
     "MENU - WEEK 3 (AUTUMN)\nMonday: Shepherd's pie, mashed swede, Eve's pudding\nTuesday: Chicken a la King, "
     "rice, Bakewell tart\n{s}\n"},
    {"no_phi_optometry_equipment", false,
     "EQUIPMENT CHECK: slit lamp, Goldmann prism disinfected, visual field analyser calibrated. {s} {s}\n"},
};


}  // namespace

std::size_t twentyFirstTemplateCount() { return std::size(kTemplates21); }

std::string_view writeTwentyFirstNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice) {
  const Cast21 cast = makeCast21(seed, patientIndex, builder.patient().female);
  const Template21& t = kTemplates21[choice % std::size(kTemplates21)];
  Ctx21 x{builder, cast, t.lower, {}};
  expand(x, t.pattern);
  return t.name;
}

std::string twentyFirstSentence(Random& r) { return sentence21(r); }

}  // namespace concord::phi::corpus
