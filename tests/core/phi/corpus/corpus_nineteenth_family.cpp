// The nineteenth family (kNineteenthSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is research, registry and public-health paperwork that ends up in
// clinical records, from sites in the United States, France, Spain, Italy, the Netherlands, Sweden,
// Norway, Denmark, Nigeria, Ghana, Kenya, Vietnam, the Philippines, Brazil and Mexico, with each
// country's own date, phone, address and identifier formats. Every patient belongs to one country;
// about two notes in ten are drawn from the templates written for the patient's own country, the
// others from the templates written for any country. Document styles: clinical-trial pre-screening
// log, subject enrolment and identification log, informed-consent signature page, e-consent audit
// trail, serious adverse event report (CIOMS-like), SAE fax cover sheet, SAE follow-up narrative,
// IRB continuing-review letter, cancer-registry abstract, notifiable-disease case investigation
// (measles), contact-tracing call log (lower case), immunisation-registry printout, medical
// certificate of cause of death, autopsy summary, organ-procurement referral call, surgical
// pathology requisition, cervical cytology request, genetic-counselling pedigree notes, genetic
// test requisition, biobank shipment manifest (CSV), research coordinator e-mail thread,
// REDCap-style export (CSV), REDCap-style audit log, haematology analyser printout, chemistry
// analyser interface line, monitoring visit report, protocol deviation log, participant
// reimbursement log, withdrawal-of-consent letter, partner pregnancy notification, emergency
// unblinding record, biobank re-contact call transcript, household cohort field visit, verbal
// autopsy interview, study device accountability log, EDC query, DSMB closed-session memo,
// participant transfer between sites, registry vital-status letter to a GP, research pharmacy
// dispensing record, participant chat messages to a coordinator (lower case); for US patients a
// NAACCR-style abstract, a state death certificate worksheet, a participant payment W-9 note, a
// CDC-style case report and a HIPAA research authorisation; for the other countries a French
// consent signature page and a French site letter, a Spanish EDO notification, an Italian
// ethics-committee letter, a Dutch METC letter with a BSN, a Scandinavian cancer notification with
// a personal number, a Nigerian Lassa fever case form, a Ghanaian cholera line list, a Kenyan HIV
// tracing log, a Vietnamese epidemiological investigation form, a Philippine dengue case form, a
// Brazilian SINAN notification and a Mexican epidemiological case study; and seven kinds of note
// without PHI.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's additions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "IPP ", "NHC ",
//    "Mã BN: ", "C.P. ", "CEP "), quotes, brackets, CSV commas and trailing punctuation are
//    outside.
//  * Names: titles, roles and greetings before a name ("Dr ", "Dr. ", "Prof. ", "Pr ",
//    "Dott.ssa ", "Mme/M. ", "Mr ", "Ms ", "CHV ", "monitor ", "Dear ", "Hi ", "Gentile ",
//    "Geachte heer/mevrouw ") are outside, and so are credentials and roles after it (", MD",
//    ", PhD", ", MPH", ", CCRC", ", CGC", ", CTR", ", CPTC", ", MBBS", ", RN", ", FRCPath",
//    ", DSNO", ", tumour registrar", " (PI)"). A name written in one piece is one span ("Wanjiru
//    Kamau", "W. Kamau", "Kamau, Wanjiru", "KAMAU, WANJIRU", "Wanjiru N. Kamau", lower case in
//    chats and call logs). In an analyser's HL7-like upload the family and given names
//    ("KAMAU^WANJIRU") are one span, the caret inside. Particles, apostrophes, hyphens and
//    accents are inside. Spanish and Mexican double surnames ("García Arroyo") and Vietnamese
//    names written family name first ("Nguyễn Thị Thu Hà") are one span; a
//    Vietnamese person called by the last word of the given name ("Hà") is a span. A first name
//    alone, a surname alone and a nickname (quotes outside) are spans. A possessive "'s" is
//    outside. Eponyms naming a sign, disease, score, test or procedure, diseases and viruses named
//    after places (Lassa, Marburg, Lyme, Ebola, Zika), and people in the names of streets (inside
//    address spans), hospitals, foundations and declarations are not PHI.
//  * People who are not patients are PHI all the same: relatives, contacts of a case, other
//    participants on a log, investigators, coordinators, monitors, IRB members, pathologists.
//  * Dates: the date only; a weekday before it and a time after it (the "T14:02:11Z" of an ISO
//    date-time, the "1913" of an HL7-like "202407011913") are outside; day-first dates in every
//    local form ("12/03/2024", "12-03-2024", "12.03.2024", "12 mars 2024", "12 de marzo de 2024",
//    "12. marts 2024", "12 tháng 3 năm 2024" with "ngày" outside), month/day and day/month without
//    a year ("3/14", "14/3"), month/year and YYYYMMDD are dates; a year alone (a year of birth on
//    an SAE form) is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("93" of "93 ans",
//    "93 años", "93 tuổi", "age 93") or the words ("ninety-three"). Ages of 89 or less, and ages
//    of other people (relatives in a pedigree, contacts), are not PHI.
//  * Phones: every phone number written is a gold phone (patients, relatives, contacts, sites,
//    sponsors, IRBs, help desks), in local and international forms; extensions are outside; numbers
//    labelled fax are "fax"; four-digit bleeps and extensions are not PHI.
//  * Identifiers: hospital and medical record numbers in every local form (IPP, NHC, cartella,
//    patiëntnummer, Mã BN, prontuário, expediente, CCC number), trial subject and screening
//    numbers, registry, case and medical-examiner case numbers, pathology accession numbers and the
//    Scandinavian personal numbers used as the record key (personnummer, fødselsnummer, CPR) are
//    "mrn"; hospital account, episode and claim numbers and payment-card accounts are "account";
//    health-insurance numbers (US member IDs, the French NIR of the carte Vitale, Spanish and
//    Italian health cards, EHIC, NHIA/NHIS/NHIF, BHYT, PhilHealth, Cartão SUS, the Mexican NSS) are
//    "health_plan"; US SSNs and Dutch BSNs (both nine digits) are "ssn"; driving licences of every
//    country are "license"; serials of devices implanted in or worn or carried by the participant
//    (pacemakers, actigraphs, home spirometers, study phones' IMEI) are "device"; every VIN and
//    plate written is "vehicle". Not PHI: protocol, IRB, EudraCT, NCT and amendment numbers, site
//    numbers, kit, lot, aliquot, box, rack and freezer positions, courier air waybills, SAE and
//    deviation report numbers, OPO referral numbers, EDC query numbers, the serial numbers of
//    laboratory analysers (not the participant's device), ICD-O, MedDRA, CPT and ICD codes, rooms
//    and bleeps.
//  * Addresses: a street line is an "address" span, with unit, neighbourhood, town and state inside
//    it when they follow on the same line without a postcode between; a five-digit postcode (US ZIP
//    and ZIP+4, French, Spanish, Italian, Mexican) is always its own "zip" span and the town after
//    it is its own "address" span; postcodes of other shapes (Dutch "1015 CW", Swedish "411 38",
//    Norwegian, Danish) stay inside the town line's address span, and a Brazilian CEP
//    written after "CEP " is an address span of its own; a Ghana Post digital address
//    ("GA-183-8164") is an address span; a town alone or "City, ST" is an address span. The names
//    of hospitals, sites, sponsors, laboratories and registries, with a town that is part of such a
//    name, countries, and towns named as meeting places or shipping hubs, tied to no person
//    ("the investigator meeting in Lisbon"), are not PHI.
//  * URLs one span with path and query (survey links, e-consent records, participant pages);
//    registries named as words ("ClinicalTrials.gov") are not URLs and not PHI; e-mail addresses
//    one span each, whoever they belong to; IPv4 and IPv6 one "ip" span each.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8% of
//    notes are then upper-cased whole by the shared builder (ASCII letters only).
#include "corpus_nineteenth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// The countries of the family, in a fixed order.
enum Region19 : int { US, FR, ES, IT, NL, SE, NO, DK, NG, GH, KE, VN, PH, BR, MX, kRegions19 };
constexpr std::string_view kRegionTag19[] = {"US", "FR", "ES", "IT", "NL", "SE", "NO", "DK",
                                             "NG", "GH", "KE", "VN", "PH", "BR", "MX"};
constexpr std::string_view kCountry19[] = {"United States", "France", "Spain", "Italy", "Netherlands",
                                           "Sweden", "Norway", "Denmark", "Nigeria", "Ghana", "Kenya",
                                           "Viet Nam", "Philippines", "Brazil", "Mexico"};

// POOLS-BEGIN
// Name pools and places, the family's own, written by hand. One pool per language group; US
// patients are drawn from the US pool or, for one in three, from another group.
constexpr std::string_view kGivenUS19[] = {
    "Autumn", "Clay", "Forrest", "Savannah", "Georgia-Lynn", "Trinity", "Cash", "Jolene", "Darnell",
    "Shaniqua", "LaTonya", "Marquise", "Tavon", "Earlene", "Wilma-Jean", "Royce", "Dewayne", "Krystal",
    "Brandi-Lee", "Cody-Ray", "Hunter", "Paisley", "Skyler", "Bryce", "Kaylee-Ann", "Rusty", "Darlene",
    "Mavis", "Ozzie", "Burl", "Lorene", "Shelby", "Dakota-Rain", "Wendell", "Ardith", "Cleophus", "Ebony",
    "Precious", "Tyrell", "Ja'Quan", "Marisela", "Destinee", "Harlan", "Lyle", "Opal", "Verna", "Eula-Mae",
};
constexpr std::string_view kFamilyUS19[] = {
    "Stonebreaker", "Fairweather", "Lovejoy", "Street", "Church", "Black", "Rice", "Bean", "Moody", "Chase",
    "Battle", "Pray", "Bland", "Partridge", "Greenlee", "Honeycutt", "Pettyjohn", "McCorkle", "Blankenship",
    "Dillard-Sykes", "Tuggle", "Rawlings", "Haskins-Boyd", "Pridgen", "Lockamy", "Womack", "Faircloth",
    "Stallworth", "Mabry", "Gatewood", "Summerville", "Winfrey-Cole", "Jeter", "Plowman", "Vance-Tolliver",
    "Whitehorse", "Begay", "Yazzie-Hart", "Kealoha", "O'Bannon", "McGillicuddy", "Van Buskirk",
};
constexpr std::string_view kNickUS19[] = {"Bubba", "Peaches", "Sissy", "Junior", "Boo", "Tink", "Skeeter",
                                          "Dolly", "Red", "Scooter"};

constexpr std::string_view kGivenFR19[] = {
    "Aurélie", "Ghislaine", "Thibault", "Maëlle", "Jean-Baptiste", "Bénédicte", "Yannick", "Gwendal",
    "Solène", "Clothilde", "Anne-Sophie", "Hervé", "Marie-Thérèse", "Loïc", "Héloïse", "Rémi", "Josiane",
    "Gaëtan", "Océane", "Sidonie", "Fabrice", "Marcelline", "Kévin", "Dieudonné", "Awa", "Mamadou",
};
constexpr std::string_view kFamilyFR19[] = {
    "Le Goff", "Lemaître", "Rousseau-Kerbrat", "Le Floch", "Pottier", "Delacroix-Nguyen", "Béranger",
    "Marchand", "Boulanger", "Lefèvre-Morin", "d'Aubigny", "de La Salle", "Quéméner", "Riou", "Chevalier",
    "Hamon", "Tessier-Lavigne", "Diallo", "Camara", "Benhamou", "Mercier", "Faure", "Poulain", "Carré",
};
constexpr std::string_view kNickFR19[] = {"Titi", "Mimi", "Loulou", "Nono", "Zaza", "Jojo"};

constexpr std::string_view kGivenES19[] = {
    "Itziar", "Begoña", "Iñaki", "Maite", "Rocío", "Fermín", "Amparo", "Macarena", "Ainhoa", "Sagrario",
    "Eulalia", "Jordi", "Montserrat", "Xabier", "Nerea", "Remedios", "Inmaculada", "Pilar", "Ginés", "Consuelo",
};
constexpr std::string_view kFamilyES19[] = {
    "García", "Arroyo", "de la Peña", "Etxeberria", "Urquiza", "Olaizola", "Ruiz", "Zorrilla", "Cervantes",
    "Ávila", "Iglesias", "Mateo", "Puig", "Ferrer", "Soler", "Campos", "Paz", "Rey", "León", "Quintana",
    "Velasco", "Castaño", "Lozano", "Marín", "Esteve", "del Río",
};
constexpr std::string_view kNickES19[] = {"Maripili", "Nacho", "Pepa", "Txema", "Conchi", "Paco"};

constexpr std::string_view kGivenIT19[] = {
    "Ludovica", "Gianmarco", "Benedetta", "Pierluigi", "Annunziata", "Carmine", "Rosalba", "Ottavio",
    "Maria Grazia", "Gianfranco", "Assunta", "Donatella", "Ciro", "Filomena", "Vincenzo", "Nunzia",
    "Tiziana", "Raffaella", "Salvatore", "Elisabetta",
};
constexpr std::string_view kFamilyIT19[] = {
    "Dell'Acqua", "De Santis", "Lo Iacono", "Di Bartolo", "Mancuso", "Zanetti", "Bellini", "Pagano", "Russo",
    "Sole", "Esposito", "Caruso", "Ferrante", "La Rosa", "D'Amico", "Colombo", "Fontana", "Santoro",
    "Lombardo", "Galli", "Marino", "Palumbo",
};
constexpr std::string_view kNickIT19[] = {"Gigi", "Pino", "Lella", "Titti", "Nino", "Bice"};

constexpr std::string_view kGivenNL19[] = {
    "Joost", "Marieke", "Sjoerd", "Anouk", "Hendrika", "Wouter", "Fenna", "Pieternel", "Gerrit", "Annelies",
    "Bram", "Lieke", "Teunis", "Wilhelmina", "Jeroen", "Froukje", "Maarten", "Geertruida",
};
constexpr std::string_view kFamilyNL19[] = {
    "van 't Hof", "de Vries", "van der Meulen", "Bosman", "Visser", "Mulder", "ter Horst", "Schouten", "de Wit",
    "Brouwer", "Dekker", "Kok", "Smit", "van Leeuwen", "Hoekstra", "Postma", "de Boer", "Veenstra", "Jansen",
};
constexpr std::string_view kNickNL19[] = {"Henk", "Riek", "Bep", "Joop", "Toos"};

constexpr std::string_view kGivenNO19[] = {
    "Åsa", "Bjørn", "Sigrid", "Torbjörn", "Linnéa", "Eskil", "Mette", "Søren", "Kjersti", "Halvard", "Freja",
    "Ragnhild", "Leif", "Astrid", "Jørgen", "Britt-Marie", "Stig", "Ylva", "Tove", "Anders", "Karin",
};
constexpr std::string_view kFamilyNO19[] = {
    "Lindqvist", "Bergström", "Ødegård", "Kjærgaard", "Sandvik", "Fjeld", "Strand", "Berg", "Holm", "Dahl",
    "Nygaard", "Sjöberg", "Hedlund", "Åkesson", "Thorsen", "Mortensen", "Lund", "Eriksson", "Haugen",
    "Rasmussen", "Vik", "Engström",
};
constexpr std::string_view kNickNO19[] = {"Lasse", "Kalle", "Bosse", "Lotta", "Pelle"};

constexpr std::string_view kGivenNG19[] = {
    "Chiamaka", "Oluwaseun", "Babatunde", "Ngozi", "Emeka", "Folasade", "Ifeoma", "Abubakar", "Hauwa",
    "Temitope", "Yetunde", "Ikenna", "Aisha", "Chinedu", "Funmilayo", "Ibrahim", "Nkechi", "Olumide",
    "Zainab", "Uchenna", "Adaobi", "Musa",
};
constexpr std::string_view kFamilyNG19[] = {
    "Adeyemi", "Okafor", "Eze", "Balogun", "Nwosu", "Ogunleye", "Abdullahi", "Danjuma", "Okoro", "Uche",
    "Bello", "Adebayo-Williams", "Onyekachi", "Ibekwe", "Olawale", "Yusuf", "Akinola", "Chukwu", "Lawal",
    "Obi", "Adewale",
};
constexpr std::string_view kNickNG19[] = {"Tope", "Seun", "Chichi", "Baba Ibeji", "Emy"};

constexpr std::string_view kGivenGH19[] = {
    "Kwame", "Akosua", "Yaw", "Efua", "Kojo", "Ama", "Kwaku", "Esi", "Afia", "Abena", "Kwabena", "Adjoa",
    "Kobina", "Ekua", "Fiifi", "Akua", "Selasi", "Edem", "Mawuli", "Dzifa",
};
constexpr std::string_view kFamilyGH19[] = {
    "Asamoah", "Boakye", "Agyeman", "Darko", "Appiah", "Quaye", "Tetteh", "Amponsah", "Gyamfi", "Ofori",
    "Mensah-Bonsu", "Owusu", "Antwi", "Sarpong", "Adomako", "Kuffour", "Agbeko", "Dzokoto", "Ansah", "Frimpong",
};
constexpr std::string_view kNickGH19[] = {"Nana", "Maame", "Paa Kwesi", "Obaapa", "Ama Kakra"};

constexpr std::string_view kGivenKE19[] = {
    "Wanjiru", "Otieno", "Achieng", "Kiprono", "Njeri", "Mwangi", "Chebet", "Nyambura", "Wekesa", "Auma",
    "Barasa", "Wambui", "Kipchoge", "Akinyi", "Muthoni", "Ochieng", "Jepkosgei", "Nafula", "Kimani", "Atieno",
};
constexpr std::string_view kFamilyKE19[] = {
    "Kamau", "Odhiambo", "Mutua", "Kiplagat", "Wafula", "Njoroge", "Omondi", "Chepkoech", "Onyancha",
    "Kariuki", "Wanyama", "Maina", "Cheruiyot", "Owino", "Mwende", "Nyaga", "Korir", "Simiyu", "Gitau", "Oduor",
};
constexpr std::string_view kNickKE19[] = {"Shiro", "Kevo", "Njesh", "Otis", "Wambo"};

// Vietnamese names: the family name first, then the middle and given names.
constexpr std::string_view kGivenVN19[] = {
    "Thị Thu Hà", "Văn Minh", "Ngọc Anh", "Hoàng Long", "Thanh Tâm", "Đức Thắng", "Bích Ngọc", "Quốc Bảo",
    "Thùy Dung", "Minh Châu", "Thị Lan", "Văn Hùng", "Thị Mai", "Hữu Phước", "Kim Oanh", "Xuân Trường",
    "Thị Hồng", "Công Danh",
};
constexpr std::string_view kFamilyVN19[] = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Huỳnh", "Phan", "Đỗ", "Ngô", "Dương", "Lý",
};
constexpr std::string_view kNickVN19[] = {"Bé", "Tí", "Út", "Mập", "Cu"};

constexpr std::string_view kGivenPH19[] = {
    "Maria Luisa", "Rhea Mae", "Jerome", "Lorna", "Marivic", "Rodel", "Cherry Ann", "Lovely", "Princess",
    "Jomar", "Rowena", "Dindo", "Ma. Theresa", "Analyn", "Rey", "Joselito", "Marites", "Honeylyn",
};
constexpr std::string_view kFamilyPH19[] = {
    "dela Cruz", "Macaraeg", "Villanueva", "Manalo", "de los Santos", "Pangilinan", "Dimaculangan",
    "Magbanua", "Tolentino", "Sison", "Mercado", "Lacson", "Dizon", "Tuazon", "Gatchalian", "Ocampo",
    "Salonga", "Buenaventura",
};
constexpr std::string_view kNickPH19[] = {"Bong", "Jun-Jun", "Inday", "Tootsie", "Baby", "Dodong"};

constexpr std::string_view kGivenBR19[] = {
    "João Pedro", "Maria Eduarda", "Thiago", "Luana", "Raimunda", "Conceição", "Valdirene", "Josué",
    "Cleide", "Severino", "Francisca", "Edivaldo", "Jucélia", "Adriano", "Marlene", "Gilberto", "Lucimar",
    "Wellington",
};
constexpr std::string_view kFamilyBR19[] = {
    "da Silva", "dos Santos", "Oliveira", "Carvalho", "Nascimento", "Albuquerque", "Figueiredo", "Barbosa",
    "Rocha", "Pereira", "Lima", "de Souza", "Cavalcanti", "Bezerra", "Araújo", "Gonçalves", "Monteiro",
};
constexpr std::string_view kNickBR19[] = {"Zé", "Tião", "Dinha", "Neném", "Quinho"};

constexpr std::string_view kGivenMX19[] = {
    "Juan Carlos", "Guadalupe", "Citlali", "Yolotzin", "Eréndira", "Jesús", "Rosa María", "Marisol",
    "Eustaquio", "Nayeli", "Abundio", "Socorro", "Heriberto", "Dulce María", "Tonatiuh", "Itzel", "Rigoberto",
};
constexpr std::string_view kFamilyMX19[] = {
    "Hernández", "Tzintzun", "Xolalpa", "Cuevas", "Trujillo", "Sandoval", "Montes de Oca", "Gallegos",
    "Bustos", "Calderón", "Nava", "Tapia", "Ocampo", "Villegas", "Zúñiga", "Cano", "Ayala", "Pacheco",
};
constexpr std::string_view kNickMX19[] = {"Lupita", "Chuy", "Chela", "Beto", "Nacha"};

constexpr std::string_view kMiddle19[] = {"A", "B", "C", "E", "F", "G", "H", "J", "L", "M", "N", "R", "S", "T", "W"};

constexpr std::string_view kRelations19[] = {"daughter", "son", "wife", "husband", "sister", "brother", "niece",
                                             "nephew", "granddaughter", "mother", "partner", "cousin"};

// Places by country: streets (with the house number placed as the country writes it), towns
// and the region or state written after a town where that is usual.
constexpr std::string_view kStreetsUS19[] = {"Catbird Lane", "Old Sorghum Road", "Ironweed Drive", "Bee Tree Trail",
                                             "Sawmill Hollow Rd", "Cane Brake Court", "Millrace Street",
                                             "Hackberry Ave", "Tanglewood Circle", "Pigeon Roost Pike"};
constexpr std::string_view kUnitsUS19[] = {"Apt 4C", "Unit 12", "Apt. 2", "Lot 19", "#7"};
constexpr std::string_view kCitiesUS19[] = {"Millersport", "Clover Bottom", "Pine Knot", "Cumberland Gap",
                                            "Harlan Springs", "Shady Valley", "Oak Hill Station", "Bluefield Heights",
                                            "Paint Lick", "Sugar Tree Ridge"};
constexpr std::string_view kStatesUS19[] = {"KY", "TN", "WV", "NC", "VA", "OH", "AR", "AL", "MS", "GA"};

constexpr std::string_view kStreetsFR19[] = {"rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Croix-Rousse",
                                             "impasse des Lilas", "chemin du Moulin", "allée des Peupliers",
                                             "rue Pasteur", "place du Marché"};
constexpr std::string_view kCitiesFR19[] = {"Villeurbanne", "Vénissieux", "Saint-Étienne", "Roubaix", "Montreuil",
                                            "Quimper", "Aubervilliers", "Pessac", "Bron"};
constexpr std::string_view kStreetsES19[] = {"calle de la Cerería", "avenida de Andalucía", "calle Mayor",
                                             "paseo de la Castellana", "calle del Pez", "ronda de Segovia",
                                             "travesía de San Mateo"};
constexpr std::string_view kCitiesES19[] = {"Getafe", "Alcorcón", "Dos Hermanas", "Elche", "Badalona", "Logroño",
                                            "Ourense", "Móstoles"};
constexpr std::string_view kStreetsIT19[] = {"Via dei Cappellari", "Viale Monza", "Corso Garibaldi",
                                             "Piazza Santa Croce", "Vicolo del Moro", "Via Tiburtina"};
constexpr std::string_view kCitiesIT19[] = {"Pozzuoli", "Monza", "Sesto San Giovanni", "Bagheria", "Rovigo",
                                            "Casalecchio di Reno", "Torre del Greco"};
constexpr std::string_view kStreetsNL19[] = {"Lindengracht", "Oudegracht", "Van Speijkstraat", "Kerkstraat",
                                             "Molenweg", "Prinsengracht", "Zuiderdiep"};
constexpr std::string_view kCitiesNL19[] = {"Zaandam", "Amersfoort", "Delft", "Leeuwarden", "Hoorn", "Tilburg",
                                            "Emmen"};
constexpr std::string_view kStreetsSE19[] = {"Storgatan", "Drottninggatan", "Kungsvägen", "Björkvägen",
                                             "Skolgatan"};
constexpr std::string_view kCitiesSE19[] = {"Västerås", "Umeå", "Lund", "Borås", "Sundsvall", "Eskilstuna"};
constexpr std::string_view kStreetsNO19[] = {"Kirkeveien", "Storgata", "Thorvald Meyers gate", "Bygdøy allé",
                                             "Fjellveien"};
constexpr std::string_view kCitiesNO19[] = {"Drammen", "Tromsø", "Bodø", "Fredrikstad", "Hamar", "Lillehammer"};
constexpr std::string_view kStreetsDK19[] = {"Nørregade", "Vesterbrogade", "Åboulevarden", "Jægersborggade",
                                             "Skovvej"};
constexpr std::string_view kCitiesDK19[] = {"Odense", "Aalborg", "Esbjerg", "Roskilde", "Vejle", "Herning"};
constexpr std::string_view kStreetsNG19[] = {"Ogunlana Drive", "Bode Thomas Street", "Ahmadu Bello Way",
                                             "Adeniran Ogunsanya Street", "Zik Avenue", "Oba Akran Road"};
constexpr std::string_view kAreasNG19[] = {"Surulere", "Yaba", "Ikeja GRA", "Garki II", "Bodija", "Independence Layout"};
constexpr std::string_view kCitiesNG19[] = {"Lagos", "Ibadan", "Enugu", "Kano", "Abeokuta", "Port Harcourt", "Jos"};
constexpr std::string_view kStreetsGH19[] = {"Nii Okaiman Street", "Asafo Market Road", "Kojo Thompson Road",
                                             "Akuafo Lane", "Bantama High Street"};
constexpr std::string_view kAreasGH19[] = {"Dzorwulu", "Bantama", "Adabraka", "Kotobabi", "Abrepo"};
constexpr std::string_view kCitiesGH19[] = {"Kumasi", "Tamale", "Cape Coast", "Ho", "Sunyani", "Tema", "Accra"};
constexpr std::string_view kStreetsKE19[] = {"Ngong Road", "Jogoo Road", "Oginga Odinga Street", "Kenyatta Avenue",
                                             "Kakamega Road"};
constexpr std::string_view kAreasKE19[] = {"Kayole", "Kibera Laini Saba", "Kondele", "Manyatta", "Githurai 45",
                                           "Langas"};
constexpr std::string_view kCitiesKE19[] = {"Kisumu", "Nakuru", "Eldoret", "Machakos", "Kakamega", "Mombasa",
                                            "Nairobi"};
constexpr std::string_view kStreetsVN19[] = {"đường Trần Hưng Đạo", "phố Huế", "đường Lê Lợi", "ngõ 45 phố Chùa Bộc",
                                             "hẻm 12 đường Nguyễn Trãi"};
constexpr std::string_view kAreasVN19[] = {"phường Bến Thành", "quận Hai Bà Trưng", "phường An Hòa", "quận Ninh Kiều",
                                           "phường Phú Hội"};
constexpr std::string_view kCitiesVN19[] = {"Hà Nội", "Cần Thơ", "Huế", "Đà Nẵng", "Hải Phòng", "Biên Hòa"};
constexpr std::string_view kStreetsPH19[] = {"Sampaguita St.", "Rizal Avenue", "Mabini Street", "Kalayaan Road",
                                             "Ilang-Ilang St."};
constexpr std::string_view kAreasPH19[] = {"Brgy. San Isidro", "Brgy. Lahug", "Brgy. Malanday", "Brgy. Poblacion",
                                           "Brgy. Bagong Silang"};
constexpr std::string_view kCitiesPH19[] = {"Quezon City", "Cebu City", "Davao City", "Iloilo City", "Caloocan",
                                            "Bacolod"};
constexpr std::string_view kStreetsBR19[] = {"Rua das Flores", "Rua Dom Bosco", "Avenida Boa Viagem",
                                             "Travessa do Carmo", "Rua Sete de Setembro"};
constexpr std::string_view kAreasBR19[] = {"Boa Viagem", "Casa Amarela", "Umarizal", "Cidade Nova", "Tirol"};
constexpr std::string_view kCitiesBR19[] = {"Recife", "Belém", "Manaus", "Campinas", "Feira de Santana", "Natal"};
constexpr std::string_view kUfBR19[] = {"PE", "PA", "AM", "SP", "BA", "RN"};
constexpr std::string_view kStreetsMX19[] = {"Calle Allende", "Av. Insurgentes Sur", "Privada de los Pinos",
                                             "Callejón del Sapo", "Calle 5 de Mayo"};
constexpr std::string_view kAreasMX19[] = {"Col. Santa María la Ribera", "Col. Del Valle", "Col. Centro",
                                           "Barrio de Analco", "Col. Jardines del Sur"};
constexpr std::string_view kCitiesMX19[] = {"Iztapalapa", "Tlaquepaque", "Zapopan", "Ecatepec", "Oaxaca de Juárez",
                                            "Mérida", "Puebla"};
// POOLS-END

// Hospitals, sites, sponsors and IRBs (not PHI), by country.
constexpr std::string_view kFac19[] = {
    "Ashdown Regional Medical Center", "Hôpital Saint-Roch", "Hospital Universitario La Fuensanta",
    "Ospedale San Gerardo dei Tintori", "Noorderzee Ziekenhuis", "Mälardalens universitetssjukhus",
    "Fjordheim sykehus", "Vestkyst Hospital", "Lagos Island General Hospital", "Komfo Anokye Teaching Hospital",
    "Jaramogi Oginga Odinga Teaching and Referral Hospital", "Bệnh viện Đa khoa Trung ương Cần Thơ",
    "Vicente Sotto Memorial Medical Center", "Hospital das Clínicas de Pernambuco", "Hospital General de Zona 27"};
constexpr std::string_view kMailDomains19[] = {"postbox.example.com", "correo.example.net", "laposte.example.fr",
                                               "gmail.example.org", "yahoo.example.com.ph", "uol.example.com.br"};
constexpr std::string_view kWorkDomains19[] = {"ashdown-trials.example.org", "meridian-cro.example.com",
                                               "irb.halcyon.example.edu", "biobank.nordlys.example.no",
                                               "kemri-site.example.ke", "chu-stroch.example.fr"};

constexpr std::array<std::string_view, 12> kMonthsEN19 = {"January", "February", "March", "April", "May", "June",
                                                          "July", "August", "September", "October", "November",
                                                          "December"};
constexpr std::array<std::string_view, 12> kMonthsFR19 = {"janvier", "février", "mars", "avril", "mai", "juin",
                                                          "juillet", "août", "septembre", "octobre", "novembre",
                                                          "décembre"};
constexpr std::array<std::string_view, 12> kMonthsES19 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                          "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                          "diciembre"};
constexpr std::array<std::string_view, 12> kMonthsIT19 = {"gennaio", "febbraio", "marzo", "aprile", "maggio",
                                                          "giugno", "luglio", "agosto", "settembre", "ottobre",
                                                          "novembre", "dicembre"};
constexpr std::array<std::string_view, 12> kMonthsNL19 = {"januari", "februari", "maart", "april", "mei", "juni",
                                                          "juli", "augustus", "september", "oktober", "november",
                                                          "december"};
constexpr std::array<std::string_view, 12> kMonthsSV19 = {"januari", "februari", "mars", "april", "maj", "juni",
                                                          "juli", "augusti", "september", "oktober", "november",
                                                          "december"};
constexpr std::array<std::string_view, 12> kMonthsNO19 = {"januar", "februar", "mars", "april", "mai", "juni",
                                                          "juli", "august", "september", "oktober", "november",
                                                          "desember"};
constexpr std::array<std::string_view, 12> kMonthsDA19 = {"januar", "februar", "marts", "april", "maj", "juni",
                                                          "juli", "august", "september", "oktober", "november",
                                                          "december"};
constexpr std::array<std::string_view, 12> kMonthsPT19 = {"janeiro", "fevereiro", "março", "abril", "maio", "junho",
                                                          "julho", "agosto", "setembro", "outubro", "novembro",
                                                          "dezembro"};
constexpr std::string_view kWeekdays19[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};

struct Group19 {
  std::span<const std::string_view> given, family, nick;
  bool familyFirst = false;  // Vietnamese order
  int doubleSurname = 0;     // percent of people with two surnames (Spanish, Mexican, Brazilian)
};

const Group19& group19(int g) {
  static const std::array<Group19, 13> kGroups = {{
      {kGivenUS19, kFamilyUS19, kNickUS19, false, 0},
      {kGivenFR19, kFamilyFR19, kNickFR19, false, 0},
      {kGivenES19, kFamilyES19, kNickES19, false, 85},
      {kGivenIT19, kFamilyIT19, kNickIT19, false, 0},
      {kGivenNL19, kFamilyNL19, kNickNL19, false, 0},
      {kGivenNO19, kFamilyNO19, kNickNO19, false, 0},
      {kGivenNG19, kFamilyNG19, kNickNG19, false, 0},
      {kGivenGH19, kFamilyGH19, kNickGH19, false, 0},
      {kGivenKE19, kFamilyKE19, kNickKE19, false, 0},
      {kGivenVN19, kFamilyVN19, kNickVN19, true, 0},
      {kGivenPH19, kFamilyPH19, kNickPH19, false, 0},
      {kGivenBR19, kFamilyBR19, kNickBR19, false, 45},
      {kGivenMX19, kFamilyMX19, kNickMX19, false, 85},
  }};
  return kGroups[static_cast<std::size_t>(g)];
}

// The name group of a country (Scandinavia shares one pool).
int groupOf19(int region) {
  static constexpr int kMap[] = {0, 1, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9, 10, 11, 12};
  return kMap[region];
}

struct Person19 {
  std::string first, initial, last, nick;
  bool familyFirst = false;
};

struct Phone19 {
  std::string local, intl;  // intl empty where the international form is not written
};

struct Cast19 {
  int region = US;
  Person19 pt, k1, k2, o1, o2;
  std::array<Person19, 6> staff;
  std::string k1rel;
  std::string streetNumber, street, unit, area, city, state, postcode, digital;
  Phone19 ptPhone, k1Phone;
  std::string mrn, hp, lic, plate, site, subj, osubj, scr, regno, caseid, pnr, bsn;
};

struct Ctx19 {
  NoteBuilder& b;
  const Cast19& c;
  bool lower = false;
  std::string lastDate;
};

// Case mapping of one code point, for the Latin letters the pools use (Latin-1, Latin
// Extended-A, the Vietnamese horned letters and the Latin Extended Additional block).
char32_t caseMap19(char32_t c, bool toUpper) {
  if (c < 0x80) return static_cast<char32_t>(toUpper ? std::toupper(static_cast<int>(c)) : std::tolower(static_cast<int>(c)));
  if (!toUpper && c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (toUpper && c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 0x20;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) || (c >= 0x1EA0 && c <= 0x1EF9)) {
    return toUpper ? (c & ~char32_t{1}) : (c | 1);
  }
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) {
    const bool isUpper = (c % 2) == 1;
    if (toUpper) return isUpper ? c : c - 1;
    return isUpper ? c + 1 : c;
  }
  if (c == 0x1A0 || c == 0x1AF) return toUpper ? c : c + 1;
  if (c == 0x1A1 || c == 0x1B0) return toUpper ? c - 1 : c;
  return c;
}

std::string recase19(const std::string& s, bool toUpper) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    char32_t c = 0;
    std::size_t n = 1;
    if (lead < 0x80) c = lead;
    else if ((lead >> 5) == 0x6) { c = lead & 0x1F; n = 2; }
    else if ((lead >> 4) == 0xE) { c = lead & 0x0F; n = 3; }
    else { c = lead & 0x07; n = 4; }
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    c = caseMap19(c, toUpper);
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    i += n;
  }
  return out;
}
std::string lower19(const std::string& s) { return recase19(s, false); }
std::string upper19(const std::string& s) { return recase19(s, true); }

// ASCII letters of a name for e-mail addresses and URLs: accents dropped.
std::string fold19(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    char32_t c = 0;
    std::size_t n = 1;
    if (lead < 0x80) c = lead;
    else if ((lead >> 5) == 0x6) { c = lead & 0x1F; n = 2; }
    else if ((lead >> 4) == 0xE) { c = lead & 0x0F; n = 3; }
    else { c = lead & 0x07; n = 4; }
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    c = caseMap19(c, false);
    char a = 0;
    if (c < 0x80) {
      if (std::isalpha(static_cast<int>(c))) a = static_cast<char>(c);
    } else if (c == 0xE6) { out += "ae"; continue; }
    else if (c == 0xDF) { out += "ss"; continue; }
    else if (c >= 0xE0 && c <= 0xE5) a = 'a';
    else if (c == 0xE7) a = 'c';
    else if (c >= 0xE8 && c <= 0xEB) a = 'e';
    else if (c >= 0xEC && c <= 0xEF) a = 'i';
    else if (c == 0xF1) a = 'n';
    else if ((c >= 0xF2 && c <= 0xF6) || c == 0xF8) a = 'o';
    else if (c >= 0xF9 && c <= 0xFC) a = 'u';
    else if (c == 0xFD || c == 0xFF) a = 'y';
    else if (c >= 0x100 && c <= 0x105) a = 'a';
    else if (c >= 0x106 && c <= 0x10D) a = 'c';
    else if (c >= 0x10E && c <= 0x111) a = 'd';
    else if (c >= 0x112 && c <= 0x11B) a = 'e';
    else if (c >= 0x128 && c <= 0x131) a = 'i';
    else if (c >= 0x139 && c <= 0x142) a = 'l';
    else if (c >= 0x143 && c <= 0x148) a = 'n';
    else if (c >= 0x14C && c <= 0x151) a = 'o';
    else if (c >= 0x15A && c <= 0x161) a = 's';
    else if (c >= 0x168 && c <= 0x173) a = 'u';
    else if (c >= 0x179 && c <= 0x17E) a = 'z';
    else if (c == 0x1A1) a = 'o';
    else if (c == 0x1B0) a = 'u';
    else if (c >= 0x1EA0 && c <= 0x1EB7) a = 'a';
    else if (c >= 0x1EB8 && c <= 0x1EC7) a = 'e';
    else if (c >= 0x1EC8 && c <= 0x1ECB) a = 'i';
    else if (c >= 0x1ECC && c <= 0x1EE3) a = 'o';
    else if (c >= 0x1EE4 && c <= 0x1EF1) a = 'u';
    else if (c >= 0x1EF2 && c <= 0x1EF9) a = 'y';
    if (a) out.push_back(a);
  }
  return out.size() < 2 ? out + "x" : out;
}

std::string firstLetter19(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

std::string cased(const Ctx19& x, std::string s) { return x.lower ? lower19(s) : s; }
void put(Ctx19& x, std::string_view category, const std::string& value) { x.b.phi(category, cased(x, value)); }
void say(Ctx19& x, const std::string& value) { x.b.text(cased(x, value)); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pad(int v, std::size_t width) {
  std::string s = std::to_string(v);
  while (s.size() < width) s.insert(s.begin(), '0');
  return s;
}
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

// The name a person is called by: the first given name, or for a Vietnamese name the last word.
std::string callName(const Person19& p) {
  if (!p.familyFirst) return p.first;
  const std::size_t sp = p.first.rfind(' ');
  return sp == std::string::npos ? p.first : p.first.substr(sp + 1);
}

std::string words19(int n) {
  static constexpr std::string_view kOnes[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  static constexpr std::string_view kTens[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                "sixteen", "seventeen", "eighteen", "nineteen"};
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + words19(n - 100);
  if (n < 10) return std::string(kOnes[n]);
  if (n < 20) return std::string(kTeens[n - 10]);
  return std::string(kTens[n / 10]) + (n % 10 ? "-" + std::string(kOnes[n % 10]) : "");
}

Person19 makePerson19(Random& r, int group) {
  const Group19& g = group19(group);
  Person19 p;
  p.first = pickS(r, g.given);
  p.initial = pickS(r, kMiddle19);
  p.last = pickS(r, g.family);
  if (g.doubleSurname > 0 && r.between(1, 100) <= g.doubleSurname) {
    std::string second = pickS(r, g.family);
    if (second != p.last) p.last += " " + second;
  }
  p.nick = pickS(r, g.nick);
  p.familyFirst = g.familyFirst;
  return p;
}

std::string digitsNoLead0(Random& r, int n) { return std::to_string(r.between(1, 9)) + r.digits(n - 1); }

std::string formatUS(Random& r, const std::string& d) {
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 4)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return a + " " + e + " " + l;
    default: return "(" + a + ")" + e + "-" + l;
  }
}

std::string randomTenUS(Random& r) { return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6); }

// A phone number of a country, in its local and international forms.
Phone19 makePhone19(int region, Random& r) {
  Phone19 p;
  switch (region) {
    case US: {
      const std::string d = randomTenUS(r);
      p.local = formatUS(r, d);
      p.intl = "+1 " + d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
      break;
    }
    case FR: {
      const std::string lead = std::to_string(r.chance(0.7) ? r.between(6, 7) : r.between(1, 5));
      const std::string s = r.digits(2) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2);
      p.local = "0" + lead + " " + s;
      p.intl = "+33 " + lead + " " + s;
      if (r.chance(0.3)) p.local = "0" + lead + "." + s.substr(0, 2) + "." + s.substr(3, 2) + "." + s.substr(6, 2) + "." + s.substr(9, 2);
      break;
    }
    case ES: {
      const std::string d = std::to_string(r.between(6, 9)) + r.digits(8);
      p.local = d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
      p.intl = "+34 " + d.substr(0, 3) + " " + d.substr(3, 2) + " " + d.substr(5, 2) + " " + d.substr(7);
      break;
    }
    case IT: {
      if (r.chance(0.7)) {
        const std::string d = "3" + r.digits(9);
        p.local = d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
        p.intl = "+39 " + p.local;
      } else {
        const std::string d = "0" + std::to_string(r.between(2, 9)) + r.digits(8);
        p.local = d.substr(0, 2) + " " + d.substr(2, 4) + " " + d.substr(6);
        p.intl = "+39 " + p.local;
      }
      break;
    }
    case NL: {
      const std::string d = r.digits(8);
      p.local = "06-" + d;
      p.intl = "+31 6 " + d;
      if (r.chance(0.3)) p.local = "06 " + d.substr(0, 4) + " " + d.substr(4);
      break;
    }
    case SE: {
      const std::string d = r.digits(7);
      const std::string lead = r.chance(0.5) ? "70" : "73";
      p.local = "0" + lead + "-" + d.substr(0, 3) + " " + d.substr(3, 2) + " " + d.substr(5);
      p.intl = "+46 " + lead + " " + d.substr(0, 3) + " " + d.substr(3, 2) + " " + d.substr(5);
      break;
    }
    case NO: {
      const std::string d = std::to_string(r.chance(0.5) ? 4 : 9) + r.digits(7);
      p.local = d.substr(0, 3) + " " + d.substr(3, 2) + " " + d.substr(5);
      p.intl = "+47 " + p.local;
      break;
    }
    case DK: {
      const std::string d = std::to_string(r.between(2, 6)) + r.digits(7);
      p.local = d.substr(0, 2) + " " + d.substr(2, 2) + " " + d.substr(4, 2) + " " + d.substr(6);
      p.intl = "+45 " + p.local;
      break;
    }
    case NG: {
      static constexpr std::string_view kPrefixes[] = {"803", "806", "813", "816", "703", "706", "805", "807", "809"};
      const std::string d = std::string(r.pick(std::span<const std::string_view>(kPrefixes))) + r.digits(7);
      p.local = "0" + d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
      if (r.chance(0.3)) p.local = "0" + d;
      break;  // +234 and a mobile number make thirteen digits: written locally only
    }
    case GH: {
      const std::string d = std::to_string(r.chance(0.5) ? 24 : 20) + r.digits(7);
      p.local = "0" + d.substr(0, 2) + " " + d.substr(2, 3) + " " + d.substr(5);
      p.intl = "+233 " + d.substr(0, 2) + " " + d.substr(2, 3) + " " + d.substr(5);
      break;
    }
    case KE: {
      const std::string d = "7" + r.digits(8);
      p.local = "0" + d.substr(0, 3) + " " + d.substr(3);
      p.intl = "+254 " + d.substr(0, 3) + " " + d.substr(3);
      if (r.chance(0.3)) p.local = "0" + d;
      break;
    }
    case VN: {
      const std::string d = std::to_string(r.chance(0.5) ? 9 : 3) + r.digits(8);
      p.local = "0" + d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
      p.intl = "+84 " + d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
      break;
    }
    case PH: {
      const std::string d = "9" + r.digits(9);
      p.local = "0" + d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
      p.intl = "+63 " + d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
      if (r.chance(0.3)) p.local = "0" + d.substr(0, 3) + "-" + d.substr(3, 3) + "-" + d.substr(6);
      break;
    }
    case BR: {
      const std::string ddd = std::to_string(r.between(11, 98));
      p.local = "(" + ddd + ") 9" + r.digits(4) + "-" + r.digits(4);
      break;  // +55 and a mobile number make thirteen digits: written locally only
    }
    default: {  // MX
      const std::string d = std::to_string(r.chance(0.5) ? 55 : 33) + r.digits(8);
      p.local = d.substr(0, 2) + " " + d.substr(2, 4) + " " + d.substr(6);
      p.intl = "+52 " + p.local;
      break;
    }
  }
  return p;
}

// A number written in international form, from one of the countries that has one.
std::string anyIntl19(Random& r) {
  static constexpr int kWith[] = {FR, ES, IT, NL, SE, NO, DK, GH, KE, VN, PH, MX};
  const int region = kWith[r.next() % std::size(kWith)];
  return makePhone19(region, r).intl;
}

std::string hospitalNumber19(int region, Random& r, const Patient& p) {
  switch (region) {
    case US: return p.mrn;
    case FR: return "80" + r.digits(8);
    case ES: return digitsNoLead0(r, 7);
    case IT: return "2024/" + r.digits(6);
    case NL: return digitsNoLead0(r, 7);
    case SE: case NO: case DK: return digitsNoLead0(r, 8);
    case NG: return "LIGH/" + r.digits(2) + "/" + r.digits(5);
    case GH: return r.digits(6) + "/" + r.digits(2);
    case KE: return "13" + r.digits(3) + "-" + r.digits(5);
    case VN: return "24" + r.digits(8);
    case PH: return r.digits(2) + "-" + r.digits(6);
    case BR: return r.digits(7) + "-" + r.digits(1);
    default: return r.digits(6) + "-" + r.digits(2);
  }
}

std::string healthPlan19(int region, Random& r, const Patient& p) {
  switch (region) {
    case US: return p.plan;
    case FR: return std::string(p.female ? "2" : "1") + " " + pad2(p.birthYear % 100) + " " + pad2(p.birthMonth) + " " +
                    pad2(r.between(1, 95)) + " " + r.digits(3) + " " + r.digits(3) + " " + r.digits(2);
    case ES: return r.letters(4) + r.digits(6) + r.digits(6);
    case IT: return "80380" + r.digits(15);
    case NL: return r.letters(1) + r.digits(9);
    case SE: case NO: case DK: return "80" + r.digits(3) + " " + r.digits(10);
    case NG: return "NHIA-" + r.digits(3) + "-" + r.digits(6);
    case GH: return r.digits(8);
    case KE: return "CR" + r.digits(10);
    case VN: return r.letters(2) + r.digits(13);
    case PH: return r.digits(2) + "-" + r.digits(9) + "-" + r.digits(1);
    case BR: return "898 " + r.digits(4) + " " + r.digits(4) + " " + r.digits(4);
    default: return r.digits(2) + "-" + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(4) + "-" + r.digits(1);
  }
}

std::string licence19(int region, Random& r, const Patient& p) {
  switch (region) {
    case US: return p.license;
    case FR: return r.digits(2) + r.letters(2) + r.digits(5);
    case ES: return r.digits(8) + r.letters(1);
    case IT: return r.letters(2) + r.digits(7) + r.letters(1);
    case NL: return digitsNoLead0(r, 10);
    case SE: case NO: case DK: return digitsNoLead0(r, 8);
    case NG: return r.letters(3) + r.digits(5) + r.letters(2) + r.digits(2);
    case GH: return r.letters(3) + "-" + r.digits(8) + "-" + r.digits(5);
    case KE: return "DL" + r.digits(7);
    case VN: return r.digits(12);
    case PH: return r.letters(1) + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(6);
    case BR: return r.digits(11);
    default: return r.letters(1) + r.digits(9);
  }
}

std::string plate19(int region, Random& r, const Patient& p) {
  switch (region) {
    case US: return p.plate;
    case FR: return r.letters(2, true) + "-" + r.digits(3) + "-" + r.letters(2, true);
    case ES: return r.digits(4) + " " + r.letters(3, true);
    case IT: return r.letters(2, true) + " " + r.digits(3) + r.letters(2, true);
    case NL: return r.digits(2) + "-" + r.letters(3, true) + "-" + r.digits(1);
    case SE: case NO: return r.letters(3, true) + " " + r.digits(3);
    case DK: return r.letters(2, true) + " " + r.digits(2) + " " + r.digits(3);
    case NG: return r.letters(3, true) + " " + r.digits(3) + " " + r.letters(2, true);
    case GH: return r.letters(2, true) + " " + r.digits(4) + "-" + r.digits(2);
    case KE: return "K" + r.letters(2, true) + " " + r.digits(3) + r.letters(1, true);
    case VN: return r.digits(2) + r.letters(1, true) + "-" + r.digits(3) + "." + r.digits(2);
    case PH: return r.letters(3, true) + " " + r.digits(4);
    case BR: return r.letters(3, true) + r.digits(1) + r.letters(1, true) + r.digits(2);
    default: return r.letters(3, true) + "-" + r.digits(3) + "-" + r.letters(1, true);
  }
}

std::string postcode19(int region, Random& r) {
  switch (region) {
    case US: return std::to_string(r.between(24, 42)) + r.digits(3) + (r.chance(0.35) ? "-" + r.digits(4) : std::string());
    case FR: return pad2(r.between(1, 95)) + r.digits(3);
    case ES: return pad2(r.between(1, 52)) + r.digits(3);
    case IT: return pad2(r.between(0, 98)) + r.digits(3);
    case MX: return pad2(r.between(1, 99)) + r.digits(3);
    case NL: return std::to_string(r.between(1000, 9999)) + " " + r.letters(2, true);
    case SE: return std::to_string(r.between(100, 989)) + " " + r.digits(2);
    case NO: return pad(r.between(1, 9990), 4);
    case DK: return std::to_string(r.between(1000, 9990));
    case BR: return r.digits(5) + "-" + r.digits(3);
    default: return std::string();
  }
}

bool fiveDigit19(int region) { return region == US || region == FR || region == ES || region == IT || region == MX; }

Cast19 makeCast19(std::uint64_t seed, std::size_t patientIndex, const Patient& pat) {
  // The generator's state is hashed from the seed and the patient, so that two patients' casts
  // are not the same sequence shifted by a few draws.
  Random mixer(seed * 0xbf58476d1ce4e5b9ULL + patientIndex * 0x94d049bb133111ebULL + 0x1919ULL);
  Random r(mixer.next());
  Cast19 c;
  // About a quarter of patients are at US sites, the rest spread over the other countries.
  c.region = r.chance(0.25) ? US : r.between(FR, MX);
  const int g = groupOf19(c.region);
  const int pg = (c.region == US && r.chance(0.35)) ? r.between(1, 12) : g;  // US patients from everywhere
  c.pt = makePerson19(r, pg);
  c.k1 = makePerson19(r, pg);
  if (r.chance(0.5)) c.k1.last = c.pt.last;
  c.k2 = makePerson19(r, pg);
  if (r.chance(0.3)) c.k2.last = c.pt.last;
  c.o1 = makePerson19(r, g);
  c.o2 = makePerson19(r, r.chance(0.5) ? g : r.between(0, 12));
  for (std::size_t k = 0; k < c.staff.size(); ++k) {
    // site staff are mostly local; s6 (a sponsor's monitor or a public-health officer) less often
    c.staff[k] = makePerson19(r, r.chance(k == 5 ? 0.6 : 0.92) ? g : r.between(0, 12));
  }
  c.k1rel = pickS(r, kRelations19);
  const int reg = c.region;
  auto pools = [&](std::span<const std::string_view> streets, std::span<const std::string_view> areas,
                   std::span<const std::string_view> cities) {
    c.street = pickS(r, streets);
    if (!areas.empty()) c.area = pickS(r, areas);
    c.city = pickS(r, cities);
  };
  switch (reg) {
    case US: pools(kStreetsUS19, {}, kCitiesUS19); break;
    case FR: pools(kStreetsFR19, {}, kCitiesFR19); break;
    case ES: pools(kStreetsES19, {}, kCitiesES19); break;
    case IT: pools(kStreetsIT19, {}, kCitiesIT19); break;
    case NL: pools(kStreetsNL19, {}, kCitiesNL19); break;
    case SE: pools(kStreetsSE19, {}, kCitiesSE19); break;
    case NO: pools(kStreetsNO19, {}, kCitiesNO19); break;
    case DK: pools(kStreetsDK19, {}, kCitiesDK19); break;
    case NG: pools(kStreetsNG19, kAreasNG19, kCitiesNG19); break;
    case GH: pools(kStreetsGH19, kAreasGH19, kCitiesGH19); break;
    case KE: pools(kStreetsKE19, kAreasKE19, kCitiesKE19); break;
    case VN: pools(kStreetsVN19, kAreasVN19, kCitiesVN19); break;
    case PH: pools(kStreetsPH19, kAreasPH19, kCitiesPH19); break;
    case BR: pools(kStreetsBR19, kAreasBR19, kCitiesBR19); break;
    default: pools(kStreetsMX19, kAreasMX19, kCitiesMX19); break;
  }
  c.streetNumber = std::to_string(r.between(1, reg == US ? 9800 : 240));
  if (reg == FR && r.chance(0.2)) c.streetNumber += " bis";
  if (reg == NL && r.chance(0.4)) c.streetNumber += r.chance(0.5) ? "-2" : "A";
  if (reg == SE && r.chance(0.4)) c.streetNumber += " B";
  if (reg == US && r.chance(0.25)) c.unit = pickS(r, kUnitsUS19);
  if (reg == ES) c.unit = std::to_string(r.between(1, 8)) + "º " + std::string(1, static_cast<char>('A' + r.between(0, 3)));
  if (reg == DK && r.chance(0.6)) c.unit = std::to_string(r.between(1, 5)) + ". " + (r.chance(0.5) ? "th." : "tv.");
  if (reg == BR && r.chance(0.6)) c.unit = "apto " + std::to_string(r.between(1, 12)) + "0" + std::to_string(r.between(1, 4));
  if (reg == US) c.state = pickS(r, kStatesUS19);
  if (reg == BR) {
    const std::size_t k = r.next() % std::size(kCitiesBR19);
    c.city = std::string(kCitiesBR19[k]);
    c.state = std::string(kUfBR19[k]);
  }
  c.postcode = postcode19(reg, r);
  if (reg == GH) c.digital = std::string(r.chance(0.5) ? "AK" : "GA") + "-" + r.digits(3) + "-" + r.digits(4);
  c.ptPhone = makePhone19(reg, r);
  c.k1Phone = makePhone19(reg, r);
  if (reg == US) {
    c.ptPhone.local = formatUS(r, pat.phone);
    c.k1Phone.local = formatUS(r, pat.altPhone);
  }
  c.mrn = hospitalNumber19(reg, r, pat);
  c.hp = healthPlan19(reg, r, pat);
  c.lic = licence19(reg, r, pat);
  c.plate = plate19(reg, r, pat);
  c.site = pad(r.between(1, 48), 3);
  c.subj = c.site + "-" + r.digits(3);
  c.osubj = c.site + "-" + r.digits(3);
  c.scr = "S" + c.site + "-" + r.digits(4);
  c.regno = r.letters(2) + r.digits(8);
  c.caseid = std::to_string(r.between(2023, 2025)) + "-" + r.digits(5);
  const std::string yy = pad2(pat.birthYear % 100), mm = pad2(pat.birthMonth), dd = pad2(pat.birthDay);
  if (reg == NO) c.pnr = dd + mm + yy + " " + r.digits(5);
  else if (reg == DK) c.pnr = dd + mm + yy + "-" + r.digits(4);
  else c.pnr = (r.chance(0.5) ? std::to_string(pat.birthYear) : yy) + mm + dd + "-" + r.digits(4);
  c.bsn = digitsNoLead0(r, 9);
  return c;
}

const Person19& who(const Cast19& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key == "o1") return c.o1;
  if (key == "o2") return c.o2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "k1" || head == "k2" || head == "o1" || head == "o2" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '6');
}

void writeName(Ctx19& x, const Person19& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "UP"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  const std::string full = p.familyFirst ? p.last + " " + p.first : p.first + " " + p.last;
  std::string v;
  if (p.familyFirst && (form == "fml" || form == "fi" || form == "fl")) form = "full";
  if (form == "full") v = full;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fi") v = firstLetter19(p.first) + ". " + p.last;
  else if (form == "fl") v = p.first + " " + firstLetter19(p.last) + ".";
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfm") v = p.familyFirst ? p.last + ", " + p.first : p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = upper19(p.last + ", " + p.first);
  else if (form == "UP") v = upper19(full);
  else if (form == "FIRST") v = upper19(p.first);
  else if (form == "LAST") v = upper19(p.last);
  else if (form == "hl7") v = upper19(p.last) + "^" + upper19(p.first);
  else if (form == "first") v = callName(p);
  else if (form == "given") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "nick") v = p.nick;
  else if (form == "low") v = lower19(full);
  else if (form == "lowfirst") v = lower19(callName(p));
  else if (form == "lowlf") v = lower19(p.last + ", " + p.first);
  else if (form == "mixed") v = lower19(callName(p)) + " " + upper19(p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

std::string ordSuffix19(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

// A date in words in the country's own language.
std::string localWords19(int region, int y, int m, int d) {
  const auto i = static_cast<std::size_t>(m - 1);
  const std::string ds = std::to_string(d), ys = std::to_string(y);
  switch (region) {
    case FR: return ds + " " + std::string(kMonthsFR19[i]) + " " + ys;
    case ES: case MX: return ds + " de " + std::string(kMonthsES19[i]) + " de " + ys;
    case IT: return ds + " " + std::string(kMonthsIT19[i]) + " " + ys;
    case NL: return ds + " " + std::string(kMonthsNL19[i]) + " " + ys;
    case SE: return ds + " " + std::string(kMonthsSV19[i]) + " " + ys;
    case NO: return ds + ". " + std::string(kMonthsNO19[i]) + " " + ys;
    case DK: return ds + ". " + std::string(kMonthsDA19[i]) + " " + ys;
    case BR: return ds + " de " + std::string(kMonthsPT19[i]) + " de " + ys;
    case VN: return ds + " tháng " + std::to_string(m) + " năm " + ys;
    case US: case PH: return std::string(kMonthsEN19[i]) + " " + ds + ", " + ys;
    default: return ds + ordSuffix19(d) + " " + std::string(kMonthsEN19[i]) + ", " + ys;  // Nigeria, Ghana, Kenya
  }
}

void writeDate(Ctx19& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  const int region = x.c.region;
  const bool monthFirst = region == US || region == PH;
  if (style.empty()) {
    static constexpr std::string_view kUS[] = {"mdy", "mdy0", "long", "abbr", "mdyy", "iso"};
    static constexpr std::string_view kPH[] = {"long", "mdy0", "mdy", "abbr"};
    static constexpr std::string_view kEU[] = {"dmyslash", "dmyslash", "dmyen", "iso"};
    static constexpr std::string_view kNL[] = {"dmydash", "dmydash", "dmyen", "iso"};
    static constexpr std::string_view kSE[] = {"iso", "iso", "dmyen"};
    static constexpr std::string_view kNODK[] = {"dmydot", "dmydot", "dmyen", "iso"};
    static constexpr std::string_view kAF[] = {"dmyslash", "dmyslash", "dmyth", "dmydash", "dmon"};
    std::span<const std::string_view> list = kEU;
    if (region == US) list = kUS;
    else if (region == PH) list = kPH;
    else if (region == NL) list = kNL;
    else if (region == SE) list = kSE;
    else if (region == NO || region == DK) list = kNODK;
    else if (region == NG || region == GH || region == KE) list = kAF;
    style = std::string(r.pick(list));
  }
  const auto i = static_cast<std::size_t>(m - 1);
  const std::string month(kMonthsEN19[i]);
  const std::string mon = month.substr(0, 3);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + std::to_string(y);
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + std::to_string(y);
  else if (style == "mdyy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = std::to_string(y) + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = month + " " + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "abbr") v = mon + (m == 5 ? " " : ". ") + std::to_string(d) + ", " + std::to_string(y);
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + std::to_string(y);
  else if (style == "dmydash") v = pad2(d) + "-" + pad2(m) + "-" + std::to_string(y);
  else if (style == "dmydot") v = pad2(d) + "." + pad2(m) + "." + std::to_string(y);
  else if (style == "dmyen") v = std::to_string(d) + " " + month + " " + std::to_string(y);
  else if (style == "dmyth") v = std::to_string(d) + ordSuffix19(d) + " " + month + ", " + std::to_string(y);
  else if (style == "dmon") v = pad2(d) + "-" + upper19(mon) + "-" + std::to_string(y);
  else if (style == "letter") {  // the date line of a letter
    v = monthFirst ? month + " " + std::to_string(d) + ", " + std::to_string(y)
        : (region == NG || region == GH || region == KE) ? std::to_string(d) + ordSuffix19(d) + " " + month + " " + std::to_string(y)
                                                         : std::to_string(d) + " " + month + " " + std::to_string(y);
  } else if (style == "compact") v = std::to_string(y) + pad2(m) + pad2(d);
  else if (style == "my") v = monthFirst ? month + " " + std::to_string(y) : pad2(m) + "/" + std::to_string(y);
  else if (style == "md") v = monthFirst ? std::to_string(m) + "/" + std::to_string(d) : std::to_string(d) + "/" + std::to_string(m);
  else if (style == "dm") v = pad2(d) + "/" + pad2(m);
  else if (style == "w") {  // in the country's own language; Vietnamese "ngày" outside
    if (region == VN && r.chance(0.6)) say(x, "ngày ");
    v = localWords19(region, y, m, d);
  } else if (style == "loc") {  // numeric, the country's order
    v = monthFirst ? pad2(m) + "/" + pad2(d) + "/" + std::to_string(y)
        : (region == NO || region == DK) ? pad2(d) + "." + pad2(m) + "." + std::to_string(y)
        : region == NL ? pad2(d) + "-" + pad2(m) + "-" + std::to_string(y)
        : region == SE ? std::to_string(y) + "-" + pad2(m) + "-" + pad2(d)
                       : pad2(d) + "/" + pad2(m) + "/" + std::to_string(y);
  } else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

void writeAge(Ctx19& x, std::string form) {
  const int age = x.b.patient().age;
  const bool female = x.b.patient().female;
  const bool phi = age > 89;
  if (form == "loc") {
    static constexpr std::string_view kLoc[] = {"yrs", "ans", "anios", "anni", "jaar", "ar", "ar", "ar",
                                                "yrs", "yrs", "yrs", "tuoi", "yo", "anos", "anios"};
    form = std::string(kLoc[x.c.region]);
  }
  std::string value = std::to_string(age), before, after;
  if (form == "bare") {
  } else if (form == "yo") after = "-year-old";
  else if (form == "yrs") after = " yrs";
  else if (form == "years") after = " years";
  else if (form == "age") before = "age ";
  else if (form == "ans") after = " ans";
  else if (form == "anios") after = " años";
  else if (form == "anni") after = " anni";
  else if (form == "jaar") after = " jaar";
  else if (form == "ar") after = " år";
  else if (form == "tuoi") after = " tuổi";
  else if (form == "anos") after = " anos";
  else if (form == "sex") after = female ? "F" : "M";
  else if (form == "yslash") after = female ? " y/F" : " y/M";
  else if (form == "words") { value = words19(age); after = "-year-old"; }
  else if (form == "wordsbare") value = words19(age);
  else if (form == "wordsyears") { value = words19(age); after = " years old"; }
  else throw std::logic_error("unknown age form " + form);
  say(x, before);
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

// The street part of the home address, as the country writes it.
std::string streetPart19(const Cast19& c) {
  const std::string& n = c.streetNumber;
  switch (c.region) {
    case US: return n + " " + c.street + (c.unit.empty() ? std::string() : ", " + c.unit);
    case FR: return n + " " + c.street;
    case ES: return c.street + ", " + n + ", " + c.unit;
    case IT: case NL: case SE: case NO: return c.street + " " + n;
    case DK: return c.street + " " + n + (c.unit.empty() ? std::string() : ", " + c.unit);
    case NG: return n + " " + c.street + ", " + c.area;
    case GH: return "House No. " + n + ", " + c.street + ", " + c.area;
    case KE: return "House " + n + ", " + c.street + ", " + c.area;
    case VN: return "số " + n + " " + c.street + ", " + c.area;
    case PH: return "Blk " + std::to_string(c.streetNumber.size() + 2) + " Lot " + n + " " + c.street + ", " + c.area;
    case BR: return c.street + ", " + n + (c.unit.empty() ? std::string() : ", " + c.unit) + ", " + c.area;
    default: return c.street + " " + n + ", " + c.area;  // MX
  }
}

// The town line: for the five-digit countries the postcode (a zip span) and the town (an
// address span); otherwise one address span with any postcode inside.
void writeTownLine(Ctx19& x, bool block) {
  const Cast19& c = x.c;
  switch (c.region) {
    case US:
      put(x, "address", c.city + ", " + c.state);
      say(x, block ? "  " : " ");
      put(x, "zip", c.postcode);
      return;
    case FR: case ES: case IT:
      put(x, "zip", c.postcode);
      say(x, " ");
      put(x, "address", c.city);
      return;
    case MX:
      say(x, "C.P. ");
      put(x, "zip", c.postcode);
      say(x, ", ");
      put(x, "address", c.city);
      return;
    case NL: case SE: case NO: case DK:
      put(x, "address", c.postcode + (c.region == NL ? " " : " ") + c.city);
      return;
    case BR:
      put(x, "address", c.city + " - " + c.state);
      say(x, block ? "\nCEP " : ", CEP ");
      put(x, "address", c.postcode);
      return;
    default:
      put(x, "address", c.city);
      return;
  }
}

void writeAddress(Ctx19& x, bool block) {
  const Cast19& c = x.c;
  const bool joined = c.region == NG || c.region == GH || c.region == KE || c.region == VN || c.region == PH;
  if (joined && !block) {
    put(x, "address", streetPart19(c) + ", " + c.city);
  } else {
    put(x, "address", streetPart19(c));
    say(x, block ? "\n" : ", ");
    writeTownLine(x, block);
  }
  if (c.region == GH && x.b.random().chance(0.6)) {
    say(x, block ? "\nGhanaPost GPS: " : " (GPS ");
    put(x, "address", c.digital);
    if (!block) say(x, ")");
  }
}

std::string email19(Random& r, const Person19& p, bool work) {
  const std::string f = fold19(callName(p)), l = fold19(p.last);
  std::string local;
  switch (r.between(0, 4)) {
    case 0: local = f + "." + l; break;
    case 1: local = f + l.substr(0, 1) + std::to_string(r.between(60, 99)); break;
    case 2: local = f.substr(0, 1) + l; break;
    case 3: local = l + "." + f; break;
    default: local = f + "_" + l + std::to_string(r.between(1, 9)); break;
  }
  return local + "@" + pickS(r, work ? std::span<const std::string_view>(kWorkDomains19) : std::span<const std::string_view>(kMailDomains19));
}

std::string hex19(Random& r) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string v;
  const int n = r.between(1, 4);
  v.push_back(kHex[1 + r.next() % 15]);
  for (int m = 1; m < n; ++m) v.push_back(kHex[r.next() % 16]);
  return v;
}

std::string sentence19(Random& r);

void placeholder(Ctx19& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast19& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string form = dot == std::string_view::npos ? std::string() : std::string(key.substr(dot + 1));
  if (isPerson(head)) {
    writeName(x, who(c, head), form);
  } else if (head == "lb") {
    say(x, "{");
  } else if (head == "rb") {
    say(x, "}");
  } else if (head == "rel") {
    say(x, c.k1rel);
  } else if (head == "he" || head == "He" || head == "his" || head == "His" || head == "him") {
    static constexpr std::string_view kF[] = {"she", "She", "her", "Her", "her"};
    static constexpr std::string_view kM[] = {"he", "He", "his", "His", "him"};
    const std::size_t k = head == "he" ? 0 : head == "He" ? 1 : head == "his" ? 2 : head == "His" ? 3 : 4;
    say(x, std::string(p.female ? kF[k] : kM[k]));
  } else if (head == "sex") {
    say(x, p.female ? "F" : "M");
  } else if (head == "Sex") {
    say(x, p.female ? "Female" : "Male");
  } else if (head == "sexw") {
    say(x, p.female ? "woman" : "man");
  } else if (head == "sexvn") {
    say(x, p.female ? "Nữ" : "Nam");
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays19));
  } else if (head == "country") {
    say(x, std::string(kCountry19[c.region]));
  } else if (head == "byear") {
    say(x, std::to_string(p.birthYear));
  } else if (head == "dob") {
    writeDate(x, p.birthYear, p.birthMonth, p.birthDay, form);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), form);
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "pdob") {  // a pregnant partner's date of birth
    writeDate(x, r.between(1984, 2003), r.between(1, 12), r.between(1, 28), "loc");
  } else if (head == "odob") {
    writeDate(x, r.between(1940, 1999), r.between(1, 12), r.between(1, 28), form.empty() ? "loc" : form);
  } else if (head == "age") {
    writeAge(x, form.empty() ? "bare" : form);
  } else if (head == "yage") {  // someone else's age, under 90: not PHI
    if (form == "old") say(x, std::to_string(r.between(58, 88)));
    else if (form == "young") say(x, std::to_string(r.between(24, 49)));
    else say(x, std::to_string(r.between(21, 86)));
  } else if (head == "phone") {
    put(x, "phone", c.region == US ? formatUS(r, p.phone) : c.ptPhone.local);
  } else if (head == "phone2") {
    put(x, "phone", c.region == US ? formatUS(r, p.altPhone) : c.k1Phone.local);
  } else if (head == "intl") {  // the patient's number from abroad, or a relative's abroad
    put(x, "phone", c.ptPhone.intl.empty() || c.region == US ? anyIntl19(r) : c.ptPhone.intl);
  } else if (head == "ophone" || head == "sphone") {
    put(x, "phone", makePhone19(c.region, r).local);
  } else if (head == "xphone") {
    put(x, "phone", anyIntl19(r));
  } else if (head == "ph7") {
    if (c.region == US) put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
    else put(x, "phone", makePhone19(c.region, r).local);
  } else if (head == "fax") {
    put(x, "fax", makePhone19(c.region, r).local);
  } else if (head == "xfax") {
    put(x, "fax", anyIntl19(r));
  } else if (head == "email") {
    const std::string whom = form.empty() ? "pt" : form;
    put(x, "email", email19(r, who(c, whom), whom.size() == 2 && whom[0] == 's'));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    const std::string& s = p.ssn;
    put(x, "ssn", r.chance(0.7) ? s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4)
                                : s.substr(0, 3) + " " + s.substr(4, 2) + " " + s.substr(7, 4));
  } else if (head == "bsn") {
    put(x, "ssn", r.chance(0.6) ? c.bsn : c.bsn.substr(0, 4) + "." + c.bsn.substr(4, 2) + "." + c.bsn.substr(6));
  } else if (head == "pnr") {
    put(x, "mrn", c.pnr);
  } else if (head == "mrn") {
    put(x, "mrn", c.mrn);
  } else if (head == "omrn") {
    put(x, "mrn", hospitalNumber19(c.region == US ? FR : c.region, r, p));
  } else if (head == "subj") {
    put(x, "mrn", c.subj);
  } else if (head == "osubj") {
    put(x, "mrn", c.osubj);
  } else if (head == "scr") {
    put(x, "mrn", c.scr);
  } else if (head == "regno") {
    put(x, "mrn", c.regno);
  } else if (head == "caseid") {
    put(x, "mrn", c.caseid);
  } else if (head == "mecase") {
    put(x, "mrn", "ME" + pad2(r.between(23, 25)) + "-" + r.digits(4));
  } else if (head == "acc") {
    put(x, "mrn", std::string(1, "SCHM"[r.between(0, 3)]) + pad2(r.between(23, 25)) + "-" + r.digits(5));
  } else if (head == "acct") {
    put(x, "account", c.region == US ? p.account : r.digits(4) + "-" + r.digits(6));
  } else if (head == "episode") {
    put(x, "account", std::to_string(r.between(2023, 2025)) + r.digits(6));
  } else if (head == "hp") {
    put(x, "health_plan", c.hp);
  } else if (head == "lic") {
    put(x, "license", c.lic);
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {
    put(x, "device", r.letters(3) + r.digits(2) + r.letters(1) + r.digits(5));
  } else if (head == "imei") {
    put(x, "device", r.digits(15));
  } else if (head == "vin") {
    put(x, "vehicle", p.vin);
  } else if (head == "plate") {
    put(x, "vehicle", c.plate);
  } else if (head == "oplate") {
    put(x, "vehicle", plate19(c.region == US ? NG : c.region, r, p));
  } else if (head == "url") {
    if (form == "survey") put(x, "url", "https://redcap.ashdown.example.org/surveys/?s=" + r.letters(10));
    else if (form == "econsent") put(x, "url", "https://econsent.meridian-cro.example.com/r/" + c.subj + "/icf-v4");
    else if (form == "portal") put(x, "url", "https://participants.example.net/p/" + c.subj + "?lang=" + std::string(r.chance(0.5) ? "en" : "fr"));
    else put(x, "url", "www.trialfinder.example.org/volunteer/" + fold19(callName(c.pt)) + "-" + fold19(c.pt.last) + "-" + r.digits(4));
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(11, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    static constexpr std::string_view kPrefix[] = {"2a01:e34", "2c0f:f248", "2405:4800", "2804:14d", "2600:1700", "2001:67c"};
    std::string v(r.pick(std::span<const std::string_view>(kPrefix)));
    if (r.chance(0.5)) {
      for (int k = 0; k < 6; ++k) v += ":" + hex19(r);
    } else {
      v += ":" + hex19(r) + "::" + hex19(r);
    }
    put(x, "ip", v);
  } else if (head == "addr") {
    writeAddress(x, false);
  } else if (head == "addr2") {
    writeAddress(x, true);
  } else if (head == "street") {
    put(x, "address", streetPart19(c));
  } else if (head == "city") {
    put(x, "address", c.city);
  } else if (head == "ocity") {  // another town of the same country
    const Cast19& cc = c;
    static constexpr std::string_view kOther[] = {"Lyon", "Zaragoza", "Bari", "Utrecht", "Uppsala", "Bergen",
                                                  "Kolding", "Onitsha", "Takoradi", "Kericho", "Vinh",
                                                  "Tacloban", "Caruaru", "Toluca"};
    put(x, "address", cc.region == US ? pickS(r, kCitiesUS19) + ", " + pickS(r, kStatesUS19)
                                      : std::string(kOther[static_cast<std::size_t>(cc.region - 1)]));
  } else if (head == "cityst") {
    put(x, "address", c.region == US ? c.city + ", " + c.state : c.region == BR ? c.city + "/" + c.state : c.city);
  } else if (head == "zip") {
    if (!fiveDigit19(c.region)) throw std::logic_error("{zip} in a country without five-digit postcodes");
    put(x, "zip", c.postcode);
  } else if (head == "pc") {  // a postcode column: only the five-digit postcodes are written
    if (fiveDigit19(c.region)) put(x, "zip", c.postcode);
  } else if (head == "site") {
    say(x, c.site);
  } else if (head == "num") {
    say(x, r.digits(form.empty() ? 5 : form[0] - '0'));
  } else if (head == "time") {
    say(x, std::to_string(r.between(1, 12)) + ":" + pad2(r.between(0, 11) * 5) + (r.chance(0.5) ? " am" : " pm"));
  } else if (head == "hhmm") {
    say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "hhmm0") {  // time digits right after a compact date
    say(x, pad2(r.between(0, 23)) + pad2(r.between(0, 59)));
  } else if (head == "hhmmss") {
    say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)) + ":" + pad2(r.between(0, 59)));
  } else if (head == "fac") {
    say(x, std::string(kFac19[c.region]));
  } else if (head == "s") {
    say(x, sentence19(r));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx19& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of investigators, coordinators, registrars,
// pathologists and public-health staff: eponyms, diseases named after places, drugs and vaccines,
// analysers and kits, protocol, EudraCT, NCT, IRB, lot, kit and aliquot numbers, codes (ICD-O,
// MedDRA, CTCAE), statistics, doses, lab values, months and weekdays as words, years alone, ages of
// other people, organisations and institutions.
std::string sentence19(Random& r) {
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 480));
  switch (r.between(0, 52)) {
    case 0: return "Kaplan-Meier estimate of progression-free survival at 12 months was 0." + n2 + " (95% CI 0.4" + n1 + "-0.7" + n1 + ").";
    case 1: return "Fisher's exact test p = 0.0" + n2 + "; Bonferroni-adjusted threshold 0.0125.";
    case 2: return "Protocol ASH-CV-207 amendment " + n1 + " (version " + n1 + ".0) approved; EudraCT 2022-00" + r.digits(4) + "-" + pad2(r.between(10, 99)) + ".";
    case 3: return "Registered at ClinicalTrials.gov as NCT05" + r.digits(6) + " before the first participant was enrolled.";
    case 4: return "CTCAE v5.0 grade " + n1 + " neutropenia, MedDRA 26.1 preferred term Neutrophil count decreased.";
    case 5: return "ICD-O-3 topography C50.4, morphology 8500/3, behaviour code 3, grade " + n1 + ".";
    case 6: return "Gleason score 3+4=7 (Grade Group 2), perineural invasion present, margins clear by " + n1 + " mm.";
    case 7: return "Breslow thickness 1." + n1 + " mm, Clark level IV, no ulceration; sentinel node negative.";
    case 8: return "Bethesda category IV on the thyroid FNA; Papanicolaou and Giemsa stains reviewed.";
    case 9: return "Ziehl-Neelsen smear negative; GeneXpert MTB/RIF Ultra detected trace, rifampicin resistance indeterminate.";
    case 10: return "Lassa fever RT-PCR was negative at the Irrua reference laboratory; Marburg and Ebola panels not indicated.";
    case 11: return "Lyme serology IgM equivocal; West Nile and Zika IgM negative; dengue NS1 antigen positive (DENV-2).";
    case 12: return "Comirnaty lot FK" + r.digits(4) + " and Shingrix lot " + r.letters(2) + r.digits(3) + " recorded; 0.5 mL IM, left deltoid.";
    case 13: return "Pentavalent, OPV and BCG given per the EPI schedule; Vitamin A 100,000 IU at the 9-month visit.";
    case 14: return "Store aliquots at -80 °C in box " + n2 + ", rack " + n1 + ", positions A1 to A" + n1 + "; ship on dry ice, UN1845.";
    case 15: return "Package as UN3373 Biological Substance, Category B, per IATA PI 650; air waybill attached to the box.";
    case 16: return "Kit number " + r.digits(6) + " dispensed from the IWRS; temperature excursion " + n1 + " h at 26 °C, quarantined.";
    case 17: return "Informed consent was obtained per ICH E6(R3), 21 CFR 50 and the Declaration of Helsinki.";
    case 18: return "The Belmont Report principles were reviewed at the investigator meeting in Lisbon in 2019.";
    case 19: return "Li-Fraumeni and Lynch syndromes were considered; Amsterdam II criteria not met.";
    case 20: return "Huntington disease CAG repeat length 4" + n1 + " in an affected relative; predictive testing declined.";
    case 21: return "BRCA2 c.5946delT is a known founder variant; classified pathogenic (ACMG PVS1, PM2).";
    case 22: return "Hardy-Weinberg equilibrium held for all " + n2 + " SNPs; call rate 99." + n1 + "%.";
    case 23: return "Down syndrome and Turner syndrome were excluded by QF-PCR; karyotype 46,XX.";
    case 24: return "Sysmex XN-1000 QC level 2 within limits; Westgard rule 1-3s violated once on Tuesday.";
    case 25: return "Cobas 6800 run " + n3 + ": internal control valid, " + n2 + " of 94 specimens reported.";
    case 26: return "Creatinine 1." + n1 + " mg/dL, eGFR " + n2 + " mL/min/1.73 m2 (CKD-EPI 2021), ALT " + n2 + " U/L.";
    case 27: return "CD4 count " + n3 + " cells/uL, viral load below 50 copies/mL on TLD.";
    case 28: return "Ct value 2" + n1 + ".4 for the N gene and 2" + n1 + ".9 for ORF1ab on the Allplex assay.";
    case 29: return "ECOG performance status " + n1 + "; RECIST 1.1 partial response at week 12.";
    case 30: return "The DSMB recommended continuation without modification after the second interim analysis.";
    case 31: return "The IRB determined the registry sub-study exempt under 45 CFR 46.104(d)(4).";
    case 32: return "Source data verification was 100% for consent and eligibility and 20% for the remaining CRFs.";
    case 33: return "Deviation DV-" + r.digits(3) + " (visit out of window) was classified minor; CAPA not required.";
    case 34: return "The Krebs cycle and the Cori cycle are covered in module " + n1 + " of the laboratory training.";
    case 35: return "Hodgkin lymphoma, nodular sclerosis, stage IIA; ABVD x " + n1 + " cycles completed in 2018.";
    case 36: return "Burkitt lymphoma and Kaposi sarcoma are reportable to the cancer registry within 6 months.";
    case 37: return "Chagas disease screening (ELISA) is offered to donors born in endemic areas.";
    case 38: return "A father aged " + std::to_string(r.between(55, 84)) + " and a sister aged " + std::to_string(r.between(30, 70)) + " are unaffected.";
    case 39: return "Participants receive 40 EUR per visit, paid by bank transfer within 30 days.";
    case 40: return "The Karolinska, Institut Pasteur and KEMRI laboratories take part in the external quality scheme.";
    case 41: return "Santé publique France, RIVM and the Africa CDC were copied on the cluster report.";
    case 42: return "Dengue season usually starts in June; the March count was the lowest since 2016.";
    case 43: return "May the coordinator re-contact participants who ticked box 4 on the consent form?";
    case 44: return "Room B-2" + n2 + ", freezer F" + n1 + " alarm acknowledged; temperature returned to -78 °C within 15 min.";
    case 45: return "Metformin 500 mg twice daily, atorvastatin " + n2 + " mg at night, aspirin 81 mg.";
    case 46: return "Stockholm and Geneva are the two hubs for the central laboratory's shipments.";
    case 47: return "Cox proportional hazards model, hazard ratio 0.7" + n1 + " (0.6" + n1 + " to 0.8" + n1 + "), Schoenfeld residuals flat.";
    case 48: return "The WHO verbal autopsy instrument version 2022 and the InterVA-5 algorithm were used.";
    case 49: return "Parkinson disease, Alzheimer dementia and Creutzfeldt-Jakob disease are listed in section II.";
    case 50: return "REDCap version 14." + n1 + "." + n1 + " was upgraded on Saturday night; no data were lost.";
    case 51: return "Contact tracing is closed after 21 days without new cases, per the national guideline.";
    default: return "Cervical screening interval is 5 years after a negative HPV test, 3 years for women living with HIV.";
  }
}

struct Template19 {
  std::string_view name;
  std::string_view region;  // empty: any country
  bool lower;
  std::string_view pattern;
};

constexpr Template19 kTemplates19[] = {
    // ---- any country ----
    {"prescreening_log", "", false,
     "PRE-SCREENING LOG   Protocol ASH-CV-207 (HELIX-HF)   Site {site}\nScreen date | Source | Patient | Hosp. no. | Age | "
     "Outcome\n{date} | HF clinic list | {pt.LF} | {mrn} | {age.bare} | not eligible: eGFR 24 (excl. 4)\n{date} | EHR query | "
     "{o1.LF} | {omrn} | {yage} | declined: travel distance\n{date} | referral from Dr {s1.last} | {o2.lf} | {omrn} | {yage} | "
     "consented, see enrolment log\nReviewed by {s2.fi}, CCRC\n"},
    {"enrolment_log", "", false,
     "SUBJECT IDENTIFICATION AND ENROLMENT LOG (CONFIDENTIAL - KEEP IN SITE FILE)\nStudy TAMARIND-2   Site {site}   PI "
     "{s1.full}, MD\nSubject no. | Full name | Date of birth | Hospital no. | Consent | Randomised\n{subj} | {pt.full} | "
     "{dob} | {mrn} | {date} | {date}\n{osubj} | {o1.full} | {odob} | {omrn} | {date} | screen failure\n"},
    {"consent_signature_page", "", false,
     "INFORMED CONSENT FORM - SIGNATURE PAGE (version 4.0, page 12 of 12)\nI have read this form, my questions were "
     "answered and I agree to take part.\n\nName of participant (PRINT): {pt.UP}\nSignature: [signed]   Date: {date}   "
     "Time: 10:42\n\nPerson obtaining consent: {s2.full}\nSignature: [signed]   Date: {again}\n\nImpartial witness "
     "(participant cannot read): {k1.full}, {rel}\nThumbprint taken: yes. {s}\n"},
    {"econsent_audit_trail", "", false,
     "E-CONSENT AUDIT TRAIL   record {subj}\n{date.iso}T14:02:11Z  invitation sent to {email.pt}\n{again}T14:19:40Z  "
     "link {url.econsent} opened from {ip}\n{again}T14:31:05Z  quiz 9/10, item 6 explained by phone ({sphone}) by "
     "{s2.fi}\n{again}T14:36:52Z  signed by participant, typed name \"{pt.full}\", device {ip6}\n{again}T14:40:10Z  "
     "countersigned by {s2.full}\n"},
    {"sae_report", "", false,
     "SERIOUS ADVERSE EVENT REPORT - INITIAL\nProtocol LX-301   Subject {subj}   Country: {country}\nYear of birth: {byear}  "
     " Sex: {sex}   Age at onset: {age.bare}\nEvent: pneumonia requiring hospitalisation\nOnset {date}   Serious from "
     "{date}   Site aware {date}\nNarrative: {s} {He} was admitted to {fac}. Ceftriaxone started.\nReporter: {s1.full}, MD"
     "   Tel {sphone}   Fax {fax}\nSend within 24 h to Meridian drug safety, fax {xfax}, {email.s6}\n"},
    {"sae_fax_cover", "", false,
     "FAX COVER SHEET\nTo: Pharmacovigilance, Meridian CRO   Fax: {xfax}\nFrom: {s2.full}, site {site}   Fax: {fax}   "
     "Phone: {sphone}\nDate: {date}   Pages: 7 including cover\nRe: SAE follow-up no. 2, subject {subj}\nCONFIDENTIALITY: "
     "this fax contains health information. If received in error please call {sphone}.\n"},
    {"sae_followup_narrative", "", false,
     "SAE follow-up narrative, subject {subj}: the participant, a {age.words} {sexw} enrolled on {date}, was found by "
     "{his} {rel} {k1.first} on the bathroom floor on {date.md} and taken to {fac}. {s} Discharged on {date}; the "
     "investigator, Dr {s1.last}, considers the fall unrelated to study drug. {s}\n"},
    {"irb_continuing_review", "", false,
     "HALCYON UNIVERSITY INSTITUTIONAL REVIEW BOARD\n{date.letter}\n\nTo: {s1.full}, MD (PI)\nFrom: {s5.full}, PhD, IRB "
     "Chair\nRe: IRB-2024-0{num.3} \"Home spirometry after lung transplant\" - continuing review\n\nThe IRB approved "
     "continuing review on {date.letter} by expedited procedure (category 9). Approval expires {date.letter}. {s}\n\n"
     "Questions: {email.s5} or {xphone}.\n"},
    {"cancer_registry_abstract", "", false,
     "CANCER REGISTRY ABSTRACT\nRegistry no. {regno}   Reporting facility: {fac}\nName: {pt.LF}   Sex: {sex}   Born: "
     "{dob}\nAddress at diagnosis: {addr}\nDate of diagnosis: {date}   Age at diagnosis: {age.bare}\nSite C50.4, histology "
     "8500/3, grade 2, cT2 N1 M0, ER+ PR+ HER2-\nFirst treatment: lumpectomy {date}\nAbstracted by {s5.fi}, CTR\n"},
    {"measles_case_investigation", "", false,
     "NOTIFIABLE DISEASE - CASE INVESTIGATION: MEASLES\nCase ID {caseid}   Reported by {s1.full} on {date}\nName: "
     "{pt.full}   DOB {dob}   Age {age.bare}   Sex {sex}\nResidence: {addr}\nPhone: {phone}   Other contact: {k1.full} "
     "({rel}) {phone2}\nRash onset {date.md}, fever {date.md}. MMR doses documented: 0. {s}\nExposure: bus, plate "
     "{oplate}, {date.md}; passenger {o1.full} also unwell.\nInvestigator: {s6.full}, MPH\n"},
    {"contact_tracing_calls", "", true,
     "contact tracing call log - index case {caseid} ({pt.lowfirst})\n{date.md} {hhmm} called {o1.low} on {ophone} - no "
     "answer, left vm\n{date.md} {hhmm} {o1.lowfirst} rang back: last contact with index {date.md} at the warehouse, no "
     "symptoms, quarantine advice given\n{date.md} {hhmm} {k1.lowfirst} ({rel}) on {phone2}: household contact, cough "
     "since {date.md}, referred for test\n{s}\ncaller {s6.lowfirst}\n"},
    {"immunisation_registry_printout", "", false,
     "IMMUNISATION REGISTRY - CLIENT HISTORY   printed {date} {hhmm}\nClient: {pt.UP}   DOB {dob}   Registry ID "
     "{regno}\nVaccine              Date          Dose     Lot         Given by\nInfluenza QIV        {date}    0.5 mL   "
     "FL{num.4}      {s4.fi}\nPneumococcal PCV20   {date}    0.5 mL   PV{num.4}      {s4.fi}\nZoster RZV dose 2    "
     "{date}    0.5 mL   {num.6}      {s4.full}\n{s}\n"},
    {"cause_of_death_certificate", "", false,
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH\nName of deceased: {pt.full}\nDate of death: {date}   Age: {age.bare}   "
     "Sex: {Sex}\nPlace of death: {fac}, ward 6\nUsual residence: {addr}\nI(a) Aspiration pneumonia - 2 days\n (b) "
     "Parkinson disease - 9 years\nII Type 2 diabetes mellitus\nInformant: {k1.full}, {rel}, tel {phone2}\nCertified by "
     "{s1.full}, MBBS on {date}\n"},
    {"autopsy_summary", "", false,
     "AUTOPSY SUMMARY   Case {mecase}\nDecedent: {pt.LF}   Age {age.bare}   DOB {dob}\nIdentification: driving licence "
     "{lic}, and visually by {k1.full} ({rel})\nScene: single-vehicle collision; vehicle VIN {vin}, registration "
     "{plate}\nCardiac device: dual-chamber pacemaker, serial {dev}, explanted and sent to the manufacturer\nCause of "
     "death: blunt chest trauma. Manner: accident. {s}\nPathologist: {s5.full}, FRCPath   Date of examination "
     "{date}\n"},
    {"organ_procurement_referral", "", false,
     "ORGAN PROCUREMENT REFERRAL - CALL RECORD\nReferral R24-{num.5} called in {date} {hhmm} by {s4.full}, RN (ICU)\n"
     "Patient: {pt.full}, {age.yo}, hospital no. {mrn}\nVentilated since {date.md}; GCS 3T; brain-stem testing not yet "
     "done. {s}\nFamily: {k1.full} ({rel}) {phone2}; {k2.first} travelling from {ocity}\nProcurement coordinator "
     "{s6.full}, CPTC, direct line {xphone}\n"},
    {"pathology_requisition", "", false,
     "SURGICAL PATHOLOGY REQUEST\nLabel: {pt.LF} | {mrn} | DOB {dob} | {sex}\nSpecimen A: left breast core x4, formalin "
     "at {hhmm}, cold ischaemia under 1 h\nClinical: BI-RADS 5 mass at 2 o'clock, 3 cm from nipple. {s}\nRequested by "
     "{s1.fi}, bleep 4471\nCopy report to {s4.full}, breast care nurse, fax {fax}\nLab accession: {acc}\n"},
    {"cytology_request", "", false,
     "CERVICAL CYTOLOGY / HPV REQUEST\nSurname: {pt.LAST}   Forename(s): {pt.given}\nDate of birth: {dob}   Health "
     "insurance no.: {hp}\nLMP: {date}   Contraception: IUD (Mirena)   Previous result: ASC-US in 2019\nSample "
     "taker: {s4.full}, practice nurse   Clinic {sphone}\nResult letter to: {addr}\n"},
    {"genetic_pedigree_notes", "", false,
     "GENETIC COUNSELLING - PEDIGREE NOTES   {date}\nProband: {pt.full} (II-2), born {dob}\nI-1 father, died at "
     "{yage.old}, colon cancer. I-2 mother {k2.first}, alive, {yage.old}.\nII-1 sibling {o1.first}, breast cancer at {yage.young}, BRCA2 "
     "c.5946delT carrier\nIII-1 {rel} {k1.full}, wishes cascade testing: {email.k1}, {phone2}\nAshkenazi ancestry on "
     "the maternal side. Lynch criteria not met. {s}\nCounsellor: {s3.full}, CGC\n"},
    {"genetic_test_requisition", "", false,
     "GENETIC TEST REQUISITION - hereditary cancer panel (48 genes)\nPatient: {pt.lfm}   DOB {dob}   Sex {sex}\n"
     "Familial variant: BRCA2 c.5946delT, identified in {k2.full} (lab report attached)\nOrdering clinician: "
     "{s3.full}, CGC   Tel {sphone}   Fax {fax}\nInsurance: {hp}\nReport portal access: {url.portal}\n"},
    {"biobank_manifest_csv", "", false,
     "# biobank shipment manifest, box {num.3}, courier AWB 7794{num.6}, packed by {s5.fi}\nparticipant_id,visit,"
     "collection_date,matrix,aliquot,position\n{subj},V1,{date.iso},serum,01,A1\n{subj},V1,{again},serum,02,A2\n{subj},"
     "V3,{date.iso},EDTA plasma,01,A3\n{osubj},V1,{date.iso},buffy coat,01,B1\n"},
    {"coordinator_email_thread", "", false,
     "From: {s2.full} <{email.s2}>\nTo: {s3.full} <{email.s3}>\nSubject: RE: {subj} - visit 5 window\n\nHi {s3.first},"
     "\n\n{pt.first} {pt.last} (sorry - I know, no names by e-mail) could only come on {date.md}, three days outside "
     "the window. {He} had the CT at {fac}. {s}\n\nBest,\n{s2.first}\nStudy coordinator, site {site} | {sphone}\n\n"
     "> On {date}, {s3.full} wrote:\n> Can you confirm the visit date for {subj}?\n"},
    {"redcap_export_csv", "", false,
     "record_id,redcap_event_name,first_name,last_name,dob,phone,email,postcode,consent_date,survey_link\n{subj},"
     "baseline_arm_1,{pt.given},{pt.last},{dob.iso},{phone},{email.pt},{pc},{date.iso},{url.survey}\n"},
    {"redcap_audit_log", "", false,
     "Time / Date,Username,Action,List of Data Changes\n{date.iso} {hhmm},crc_site{site},Update record {subj},"
     "\"dob = '{dob.iso}', phone = '{phone}'\"\n{date.iso} {hhmm},monitor_meridian,Data export (identifiers),\"IP "
     "{ip}\"\n{date.iso} {hhmm},crc_site{site},Update record {subj},\"address = '{street}'\"\n{date.iso} {hhmm},"
     "pi_site{site},Log in,\"IP {ip6}\"\n"},
    {"haematology_analyser_printout", "", false,
     "=== XN-1000  S/N 11{num.5}  ===\nSample No. {num.4}   Rack 03-5\nPatient ID: {mrn}\nName: {pt.UP}\nBirth: "
     "{dob.compact}   {sex}\nDate: {date.compact}   Time: {hhmm}\nWBC    7.4   10^3/uL\nHGB   10.2 L g/dL\nPLT     98 L "
     "10^3/uL\nOperator: {s5.LAST}\n"},
    {"chemistry_interface_line", "", false,
     "ANALYSER UPLOAD  cobas c503  S/N 18{num.5}\nPID|{mrn}|{pt.hl7}|{dob.compact}|{sex}\nOBR|{num.7}|"
     "{date.compact}{hhmm0}|CREA 1.8 mg/dL H|K 5.6 mmol/L H\nValidated by {s5.fi}\n"},
    {"monitoring_visit_report", "", false,
     "MONITORING VISIT REPORT - interim visit {num.1}\nSite {site}, {fac}   Dates: {date} to {date}\nMonitor: {s6.full}"
     "   Site staff: {s1.full} (PI), {s2.full}\nFindings:\n1. Subject {subj}: ICF v4.0 signed {date} but the "
     "participant's handwritten date reads {date}; note to file requested.\n2. Subject {osubj}: SAE (fall) reported "
     "late.\n3. CRF worksheet for {subj} shows the full name ({pt.full}) and DOB {dob}; redaction retraining done.\n{s}\n"},
    {"protocol_deviation_log", "", false,
     "PROTOCOL DEVIATION LOG - site {site}\nNo. | Subject | Date | Description | Reported by\nDV-{num.3} | {subj} | "
     "{date} | visit 6 done outside window (+4 d) | {s2.fi}\nDV-{num.3} | {osubj} | {date} | ECG not done at "
     "screening | {s2.fi}\nDV-{num.3} | {subj} | {date} | wrong ICF version (v3.1) signed | {s4.full}\n"},
    {"participant_reimbursement_log", "", false,
     "PARTICIPANT REIMBURSEMENT LOG   Study ORCHID   Site {site}\nSubject | Name | Visit | Date | Amount | Paid to\n"
     "{subj} | {pt.fl} | V3 | {date} | 42.50 | card account {acct}\n{subj} | {pt.fl} | V4 | {date} | 42.50 | card account "
     "{acct}\nNote: taxi receipts for {date.md} kept in the binder. {s}\n"},
    {"withdrawal_letter", "", false,
     "{addr2}\n\n{date.letter}\n\nDear Dr {s1.last},\n\nI no longer want to continue in the study. Please do not call me "
     "again except for the safety follow-up. You may keep the samples already taken but not for genetic research.\n\n"
     "Yours sincerely,\n{pt.full}\n(participant {subj})\n"},
    {"partner_pregnancy_notification", "", false,
     "PREGNANCY NOTIFICATION - PARTNER OF A MALE PARTICIPANT\nSubject {subj}   Partner: {k1.full}   Partner DOB: {pdob}"
     "\nLMP {date}   EDD {date}\nPartner consent for follow-up obtained on {date} by {s4.fi}.\nPartner's "
     "obstetrician: Dr {o2.last}, {ophone}\n"},
    {"emergency_unblinding", "", false,
     "EMERGENCY UNBLINDING - TELEPHONE RECORD\n{date} {hhmm}: {s1.full} called the IWRS help desk ({xphone}) for "
     "subject {subj}.\nReason: {pt.first} admitted to {fac} with suspected anaphylaxis; treating physician Dr "
     "{o2.full} ({ophone}).\nAllocation revealed: active 20 mg. Medical monitor {s6.full} informed at {hhmm}. {s}\n"},
    {"biobank_recontact_call", "", false,
     "BIOBANK RE-CONTACT CALL (consent for future research)\nNumber dialled: {phone}\nCOORDINATOR ({s2.first}): Good "
     "morning, may I speak with {pt.first} {pt.last}?\nRESPONDENT: This is {his} {rel}, {k1.first}. {He} is in "
     "hospital.\nCOORDINATOR: Do we still have the right address, {street}?\nRESPONDENT: Yes. Best to call my mobile, "
     "{phone2}.\nOutcome: call back after {date.md}. {s}\n"},
    {"cohort_field_visit", "", false,
     "FIELD VISIT FORM - household cohort, cluster {num.2}\nHousehold head: {k1.LF}\nHome: {addr}\nVisit {date}: "
     "participant {pt.full}, aged {age.wordsbare}, not at home; neighbour {o1.first} says {he} went to {ocity} for a funeral. Next "
     "attempt {date.md}.\nFieldworker {s6.full}, phone {ph7}; supervisor {s4.fi}\n"},
    {"verbal_autopsy", "", false,
     "VERBAL AUTOPSY INTERVIEW (WHO 2022 instrument)\nDeceased: {pt.full}   Sex: {sex}   Age at death: {age.bare}\nDate "
     "of death: {date}   Place: at home, {city}\nRespondent: {k1.full}, {rel}; lived with the deceased: yes\nNarrative "
     "(translated): {He} was {age.wordsyears} and had cough and fever for three weeks and went to the health centre twice. {s}\nInterviewer {s6.fi}"
     ", interview date {date}\n"},
    {"device_accountability", "", false,
     "STUDY DEVICE ACCOUNTABILITY - subject {subj} ({pt.fi})\nActiGraph GT9X   serial {serial}   issued {date}   "
     "returned {date}\nHome spirometer   serial {dev}   issued {date}\nStudy phone IMEI {imei} (e-diary)\nIssued by "
     "{s4.full}; participant phone on file {phone}\n"},
    {"edc_query", "", false,
     "EDC QUERY Q-{num.5} (open)\nForm: Demographics   Subject {subj}\nQuery text: Date of birth {dob} does not match "
     "age at consent ({age.bare}). Please check the source.\nResponse {date}, {s2.fi}: DOB corrected from the hospital "
     "record ({mrn}). {s}\n"},
    {"dsmb_closed_memo", "", false,
     "DATA AND SAFETY MONITORING BOARD - CLOSED SESSION MEMO\nTo: {s1.full}, coordinating investigator\nFrom: "
     "{s5.full}, DSMB chair\nDate: {date.letter}\nOne death was reviewed: subject {subj}, aged {age.bare}, on "
     "{date.letter}, adjudicated as not related. {s} Please acknowledge to {email.s5}.\n"},
    {"participant_transfer", "", false,
     "TRANSFER OF PARTICIPANT BETWEEN SITES\nFrom site {site} ({fac}) to the receiving site\nParticipant {subj}: {pt.full}"
     ", DOB {dob}, hospital no. {mrn}\nNew address from {date.my}: {addr}\nNew phone: {phone}   E-mail: {email.pt}\n"
     "Copies of signed ICFs and the identification log entry sent by courier. {s}\nSigned {s1.fi} and {s6.fi}\n"},
    {"registry_vital_status_letter", "", false,
     "{date.letter}\n\nDear Dr {s4.last},\n\nThe cancer registry is updating vital status for your patient {pt.full}, "
     "born {dob}, of {city}, registry number {regno}. Could you tell us whether {he} is alive, and if not, the date of "
     "death? {s}\n\nPlease reply by e-mail to {email.s3} or fax {fax}.\n\nYours sincerely,\n{s3.full}, tumour "
     "registrar\n"},
    {"research_pharmacy_dispensing", "", false,
     "RESEARCH PHARMACY - DISPENSING RECORD\nStudy LX-301   Subject {subj}   Initials on label: per protocol\nPatient "
     "identity checked: {pt.full}, {dob}\nKit {num.6} and kit {num.6} dispensed {date} {hhmm}; temperature log "
     "in range. {s}\nDispensed by {s4.full}; checked by {s2.fi}\n"},
    {"participant_chat_messages", "", true,
     "messages forwarded to the study inbox by {s2.lowfirst}\n[{date.md} {hhmm}] {phone}: hi its {pt.lowfirst} from the "
     "heart study, cant make thursday, car broke down\n[{date.md} {hhmm}] study phone: no problem {pt.lowfirst}, can "
     "you do {date.md}? {s}\n[{date.md} {hhmm}] {phone}: yes. my {rel} {k1.lowfirst} will drive me, their number is "
     "{phone2}\n"},
    // ---- US sites ----
    {"naaccr_abstract", "US", false,
     "NAACCR ABSTRACT (extract)\nPatient: {pt.LF}   SSN {ssnbare}   MRN {mrn}\nDOB {dob.mdy0}   Sex {sex}   Race 1: 01\n"
     "Address at DX: {addr}\nCounty at DX: 059   Phone: {phone}\nDate of DX: {date.mdy0}   Primary site: C34.1   Histology "
     "8140/3\nPrimary payer at DX: 62 - Medicare; member ID {hp}\nAbstractor: {s5.full}, CTR\n"},
    {"us_death_certificate_worksheet", "US", false,
     "STATE DEATH CERTIFICATE WORKSHEET\nDecedent: {pt.fml}   SSN {ssnbare}   Age {age.bare}\nDate of birth: {dob.mdy0}"
     "   Date of death: {date.long}\nResidence: {addr}\nInformant: {k1.full} ({rel}), of {ocity}\n"
     "Funeral home phone: {ph7}\nCertifier: {s1.full}, MD\n"},
    {"participant_payment_w9", "US", false,
     "PARTICIPANT PAYMENT - TAX FORM RECEIVED\nParticipant: {pt.full} ({subj})\nW-9 received {date.mdy}: SSN {ssn}, "
     "address {addr}\nPayments this year exceed $600; 1099 will be mailed. ID verified with driver's license "
     "{lic}.\nEntered by {s2.fi}\n"},
    {"cdc_case_report", "US", false,
     "CASE REPORT - TUBERCULOSIS (RVCT)\nName: {pt.full}   DOB {dob.mdy}   SSN {ssn}\nAddress: {addr2}\nPhone "
     "{phone}, alternate {ph7}\nDate reported: {date.mdy}   Date counted: {date.my}\nHIV status: negative. Occupation: "
     "long-haul driver, truck VIN {vin}. {s}\nReporter: {s6.full}, RN, county health department\n"},
    {"hipaa_research_authorization", "US", false,
     "AUTHORIZATION TO USE AND DISCLOSE PROTECTED HEALTH INFORMATION FOR RESEARCH\nParticipant: {pt.full}   MRN {mrn}"
     "   DOB {dob.mdy0}\nHealth plan member ID {hp}\nSigned by: {k1.full}, legally authorized representative ({rel})\n"
     "Date: {date.mdy}   Contact: {phone2}, {email.k1}\n"},
    // ---- other countries ----
    {"fr_consent_signature_page", "FR", false,
     "FORMULAIRE DE CONSENTEMENT ÉCLAIRÉ - page de signatures\nJe soussigné(e) {pt.UP}, né(e) le {dob.dmyslash}, accepte "
     "librement de participer à l'étude.\nFait à {city}, le {date.w}\nSignature du participant : [signé]\n\nInvestigateur :"
     " Dr {s1.full}   Tél. {sphone}\nN° de sécurité sociale : {hp}   IPP {mrn}\n"},
    {"fr_site_letter", "FR", false,
     "Hôpital Saint-Roch - Unité de recherche clinique\nLe {date.w}\n\nMadame, Monsieur,\n\nNous vous informons que "
     "Mme/M. {pt.last} ({pt.full}), domicilié(e) {addr}, a été inclus(e) dans l'étude TAMARIND-2 sous le numéro "
     "{subj}. {s}\n\nContact ARC : {s2.full}, ligne directe {sphone}, {email.s2}\nCoordonnées du patient : {phone}\n\nPr "
     "{s1.last}\n"},
    {"es_edo_notification", "ES", false,
     "DECLARACIÓN URGENTE DE ENFERMEDAD DE DECLARACIÓN OBLIGATORIA\nEnfermedad: tuberculosis pulmonar\nPaciente: "
     "{pt.UP}   Fecha de nacimiento: {dob.dmyslash}   Edad: {age.anios}\nNHC {mrn}   Tarjeta sanitaria: {hp}\nDomicilio: "
     "{addr}\nTeléfono: {phone}\nFecha de inicio de síntomas: {date.w}\nMédico declarante: {s1.full} (Medicina Preventiva)\n"},
    {"it_ethics_letter", "IT", false,
     "COMITATO ETICO TERRITORIALE\nProt. n. {num.4}/CET del {date.dmyslash}\n\nGentile Dott.ssa {s1.last},\nil Comitato "
     "ha espresso parere favorevole all'uso terapeutico nominale per il paziente {pt.full}, nato il {dob.w}, cartella "
     "n. {mrn}, residente in {addr}. {s}\n\nIl Presidente, Prof. {s5.full}\nSegreteria: {sphone}, {email.s3}\n"},
    {"nl_metc_letter", "NL", false,
     "METC Noorderzee - besluit\n{date.w}\n\nGeachte heer/mevrouw {s1.last},\n\nBetreft: deelnemer {subj}, "
     "{pt.full}, geboren {dob.dmydash}, BSN {bsn}, patiëntnummer {mrn}. De METC stemt in met voortzetting van "
     "deelname na het ernstige ongewenste voorval van {date.dmydash}. {s}\n\nMet vriendelijke groet,\n{s5.full}, "
     "secretaris\nTel. {sphone}\n"},
    {"scandinavian_cancer_notification", "SC", false,
     "CANCERANMÄLAN / KREFTMELDING\nPersonnummer / fødselsnummer / CPR: {pnr}\nNamn: {pt.LF}\nAdress: {addr}\nDiagnosdatum: {date}   "
     "Sjukhus: {fac}\nDiagnos: C18.7, adenokarcinom, pT3 N1b M0\nAnmälande läkare: {s1.full}, tel {sphone}\n"
     "Försäkring: EHIC {hp}\n"},
    {"ng_lassa_case_form", "NG", false,
     "NCDC LASSA FEVER CASE INVESTIGATION FORM\nEPID no. {caseid}\nName: {pt.UP}   Age: {age.yrs}   Sex: {sex}\n"
     "Address: {addr}\nPhone: {phone}   Next of kin: {k1.full} ({rel}), {phone2}\nNHIA no. {hp}\nDate of onset: "
     "{date}   Date of sample: {date}\nContact with rodents: yes. {s}\nReporting officer: {s6.full}, DSNO\n"},
    {"gh_cholera_line_list", "GH", false,
     "CHOLERA LINE LIST - district health directorate, week {num.2}\nNo | Name | Age | Sex | Locality | Phone | Onset"
     " | NHIS\n1 | {pt.full} | {age.bare} | {sex} | {addr} | {phone} | {date} | {hp}\n2 | {o1.full} | {yage} | F | "
     "{city} | {ophone} | {date} | -\nCompiled by {s6.full}, disease control officer, {sphone}\n"},
    {"ke_hiv_tracing_log", "KE", false,
     "DEFAULTER TRACING REGISTER - CCC\nCCC No. {mrn}   Name: {pt.full}   Age: {age.bare}\nPhone: {phone}   Treatment "
     "supporter: {k1.full}, {phone2}\nMissed appointment: {date}\nTracing {date}: phone call - switched off. {date}: "
     "home visit to {addr} by CHV {o1.first}; client relocated to {ocity}. {s}\nSHA no. {hp}\n"},
    {"vn_epi_investigation_form", "VN", false,
     "PHIẾU ĐIỀU TRA DỊCH TỄ CA BỆNH SỐT XUẤT HUYẾT DENGUE\nHọ và tên: {pt.UP}   Tuổi: {age.tuoi}   Giới: {sexvn}\nĐịa "
     "chỉ: {addr}\nĐiện thoại: {phone}\nMã BN: {mrn}   Số thẻ BHYT: {hp}\nNgày khởi phát: {date.w}\nNgười điều tra: "
     "{s6.full}\n"},
    {"ph_dengue_case_form", "PH", false,
     "PIDSR CASE INVESTIGATION FORM - DENGUE\nPatient: {pt.LF}   Age {age.bare} y.o.   Sex {sex}\nAddress: {addr}\nContact no.:"
     " {phone}   Guardian: {k1.full}, {phone2}\nPhilHealth no.: {hp}\nDate admitted: {date}   Onset: {date}\n{s}\n"
     "Investigated by {s6.full}, RN, City Epidemiology and Surveillance Unit\n"},
    {"br_sinan_notification", "BR", false,
     "SINAN - FICHA DE NOTIFICAÇÃO INDIVIDUAL (dengue)\nNome do paciente: {pt.UP}   Data de nascimento: {dob.dmyslash}"
     "   Idade: {age.anos}\nCartão SUS: {hp}\nEndereço: {addr}\nTelefone: {phone}\nData dos primeiros sintomas: "
     "{date.w}\nNotificante: {s1.full}, CRM-PE; prontuário {mrn}\n"},
    {"mx_epi_case_study", "MX", false,
     "ESTUDIO EPIDEMIOLÓGICO DE CASO\nNombre: {pt.UP}   Fecha de nacimiento: {dob.dmyslash}   Edad: {age.anios}\n"
     "NSS: {hp}   Expediente: {mrn}\nDomicilio: {addr}\nTeléfono: {phone}   Familiar: {k1.full} ({rel}), {phone2}\n"
     "Fecha de inicio: {date.w}\nElaboró: Dr. {s6.full}, epidemiología\n"},
    // ---- without PHI ----
    {"no_phi_protocol_synopsis", "", false,
     "PROTOCOL SYNOPSIS (version 5.0)\nPrimary endpoint: time to first HF hospitalisation. {s} {s} Sample size: 1,240 "
     "participants at 48 sites.\n"},
    {"no_phi_dsmb_open_report", "", false, "DSMB open-session report, pooled data only. {s} {s} {s}\n"},
    {"no_phi_lab_manual", "", false,
     "Central laboratory manual, section 7 (sample handling): {s} {s} Centrifuge at 1500 g for 10 min at 4 °C.\n"},
    {"no_phi_irb_sop", "", false, "IRB SOP 12.3 - Continuing review: {s} {s}\n"},
    {"no_phi_monitoring_plan", "", false,
     "Monitoring plan checklist: {s} {s} Close-out visit within 8 weeks of the last participant's last visit.\n"},
    {"no_phi_registry_coding_note", "", false, "Registry coding guidance (internal): {s} {s} {s}\n"},
    {"no_phi_cold_chain_sop", "", false,
     "Vaccine cold chain SOP, outreach sessions: {s} Keep vials between +2 and +8 °C; discard after 6 hours once "
     "opened. {s}\n"},
};

bool eligible19(const Template19& t, int region) {
  if (t.region.empty()) return true;
  if (t.region == "SC") return region == SE || region == NO || region == DK;
  return t.region == kRegionTag19[region];
}

}  // namespace

std::size_t nineteenthTemplateCount() { return std::size(kTemplates19); }

std::string_view writeNineteenthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                     std::size_t choice) {
  const Cast19 cast = makeCast19(seed, patientIndex, builder.patient());
  // About two notes in ten come from the templates of the patient's own country, the rest from
  // the templates written for any country.
  std::array<std::size_t, std::size(kTemplates19)> any{}, own{};
  std::size_t anyCount = 0, ownCount = 0;
  for (std::size_t k = 0; k < std::size(kTemplates19); ++k) {
    if (kTemplates19[k].region.empty()) any[anyCount++] = k;
    else if (eligible19(kTemplates19[k], cast.region)) own[ownCount++] = k;
  }
  const bool fromOwn = ownCount > 0 && choice % 10 < 2;
  const std::size_t rest = choice / 10;
  const Template19& t = kTemplates19[fromOwn ? own[rest % ownCount] : any[rest % anyCount]];
  Ctx19 x{builder, cast, t.lower, {}};
  expand(x, t.pattern);
  return t.name;
}

std::string nineteenthSentence(Random& r) { return sentence19(r); }

}  // namespace concord::phi::corpus
