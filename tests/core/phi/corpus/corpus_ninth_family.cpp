// The ninth family (kNinthSeed only): templates, look-alike sentences and name pools written by
// someone who had not seen the detector's rules, and never run against it while being written.
// Document styles: hospitalist progress note, electrophysiology consult letter, SBAR handoff,
// nurse advice line, lower-case patient portal message, patient-facing discharge instructions,
// colonoscopy report, behavioural health intake, social work assessment, home health visit,
// pharmacy intervention, all-capitals CT report, surgical pathology, ED note after a car crash,
// EMS verbal report, dental exam, physical therapy evaluation, bedside swallow evaluation,
// nutrition follow-up, wound clinic, palliative family meeting, spiritual care, fax cover sheet,
// insurance denial letter, prior authorisation form, all-capitals face sheet, immunisation
// record, video visit, remote monitoring review, ICD clinic, sleep medicine, critical value call,
// release-of-information form, adult protective services referral, death pronouncement,
// geriatric assessment, DMV medical form, transport booking, staff e-mail, outbound SMS log,
// research screening log, transfer centre call, opioid treatment programme note, EHR access
// audit, continence clinic, work note, hurried lower-case note, fundraiser mention, outside
// imaging link, and seven kinds of note without PHI.
//
// Gold span conventions: the eighth and seventh families' (see corpus_seventh_family.cpp and
// corpus_eighth_family.cpp), restated briefly.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing
//    a line break, never starting or ending with white space. Labels ("MRN ", "DOB: ", "Fax: ",
//    "mrn=", "src=", "user: "), quotes, brackets, angle brackets of an e-mail header and
//    trailing punctuation are outside.
//  * Names: titles and honorifics ("Dr. ", "dr ", "Father ", "Officer ", "Chaplain ", "RN "
//    before a first name) and credentials after the name (", MD", ", RN", ", PharmD", ", LCSW",
//    ", DPM", ", CNM", ", PA-C", ", RDH", ", MS, CCC-SLP", ", PMHNP-BC", ", LADC", ", MDiv") are
//    outside; a name written in one piece is one span ("Sölvi Shakespeare", "S. Shakespeare",
//    "Sölvi J. Shakespeare", "Sölvi J Shakespeare", "SHAKESPEARE, SÖLVI", "Shakespeare, S.",
//    "Sölvi Aurelius Shakespeare", lower case in a hurried note); particles, apostrophes, hyphens
//    and accents are inside. A possessive "'s" is outside. A first name alone, a surname alone
//    and a nickname ("goes by \"Scooter\"", quotes outside) are spans. Bare initials are not
//    used. Eponyms that share a surname of the pools (Whipple, Charcot, McBurney, Crohn) are
//    not PHI when they name a sign, disease or procedure.
//  * Dates: the date only; a weekday before it and a time after it (" 1422", "T06:40:00Z") are
//    outside; month/day without a year and month/year are dates; a year alone is not PHI.
//  * Ages: the patient's own age, a span only when over 89: the number only ("94" of
//    "94-year-old", "94F", "94/F", "94 y.o."), or the words ("ninety-four"). Ages of 89 or less
//    are not PHI (look-alikes), and so are the ages of other people, all under 90.
//  * Phones: every phone number written is a gold phone (patient, family, clinics, pharmacies,
//    payers, toll-free lines, international numbers, seven-digit local numbers); extensions are
//    outside; numbers labelled fax are "fax"; 911, 988 and TTY 711 are not PHI, nor are
//    four-digit internal extensions and pagers.
//  * Identifiers: medical record, alternate chart, registry, research participant and accession
//    numbers are "mrn"; account, FIN/transfer, APS case and claim numbers are "account"; member,
//    Medicare (MBI), Medicaid and group numbers are "health_plan"; driver's licences and state
//    IDs are "license"; device serials, CGM transmitter IDs and IMEIs are "device"; VINs and
//    plates are "vehicle". Lot numbers, NDC, CPT and ICD codes, protocol numbers, gate codes,
//    booking confirmations, rooms, beds and chairs are not PHI.
//  * Addresses: a street line is an "address" span, with the city and state inside it when they
//    follow on the same line; in multi-line addresses each line's part is its own span (street,
//    unit, "City, ST"); a city written alone, or "City, ST", is an "address" span; the ZIP is
//    always its own "zip" span.
//  * URLs are one span with path and query; e-mail addresses one span each; IPv4 (a ":port" is
//    outside) and IPv6 one "ip" span each.
//  * Some templates are written in capitals or in lower case; the spans are the same. Like every
//    seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_ninth_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// ---------------------------------------------------------------------------------------------
// Name pools, the family's own (checked by script against every other family's and
// corpus_values.cpp's quoted strings when written: no string is shared).

constexpr std::string_view kGiven9[] = {
    "Constance", "Felicia", "Clemency", "Amity", "Serene", "Jolly", "Merry", "Happy", "Bonnie", "Candor",
    "Gunner", "Ranger", "Banner", "Bowie", "Kingston", "Tiger", "Falcon", "Dove", "Linnet",
    "Starla", "Comet", "Orion", "Jupiter", "Mercury", "Saturn", "Neptune", "Apollo", "Ocean", "Creek",
    "Canyon", "Granite", "Slate", "Onyx", "Garnet", "Topaz", "Beryl", "Daisy", "Petunia", "Cypress", "Plum",
    "Berry", "Cinnamon", "Nutmeg", "Clove", "Lolly", "Dolly", "Polly", "Tilly", "Trixie", "Dixie", "Pixie",
    "Roxie", "Amaka", "Kehinde", "Taiwo", "Abiodun", "Ato", "Fikre", "Sahra", "Ikram", "Halima", "Jabari",
    "Amani", "Kipchoge", "Jeptoo", "Farai", "Tatenda", "Rutendo", "Chipo", "Nyasha", "Bongani", "Sizwe",
    "Anas", "Ilham", "Souad", "Latifa", "Najat", "Karima", "Hicham", "Abderrahim", "Othmane", "Reda", "Imane",
    "Sanaa", "Ghada", "Lina", "Mazen", "Raed", "Suha", "Wafa", "Osama", "Kareem", "Bassem", "Marwan", "Mahsa",
    "Nasrin", "Shapour", "Bijan", "Ladan", "Babak", "Omid", "Negin", "Volkan", "Esra", "Canan", "Levent",
    "Fikret", "Sevgi", "Sukhwinder", "Baljit", "Ranjit", "Kulwant", "Tejinder", "Navjot", "Ashwin", "Padma",
    "Gopal", "Vidya", "Kavitha", "Sarojini", "Mahesh", "Ramesh", "Suresh", "Girish", "Usha", "Asha", "Pushpa",
    "Kamala", "Savitri", "Indira", "Tahmina", "Monir", "Rokeya", "Kamal", "Shamima", "Ruwan", "Sunethra",
    "Kumari", "Mingma", "Dawa", "Pasang", "Nima", "Phurba", "Yanhong", "Guiying", "Fengying", "Zhenyu",
    "Yuxuan", "Baoyu", "Chun-hei", "Mei-ling", "Pui-shan", "Ka-wai", "Yoshiko", "Fusako", "Tsuneo", "Shigeru",
    "Mitsuko", "Kiyoshi", "Atsushi", "Nobuko", "Eriko", "Young-hee", "Kyung-soo", "Sun-hee", "Jong-min",
    "Bo-ram", "Tae-yang", "Lien", "Diem", "Nhung", "Rogelio", "Marilou", "Lourdes", "Ferdinand", "Bienvenido",
    "Perlita", "Pornthip", "Supaporn", "Anurak", "Sovann", "Dara", "Phalla", "Kham", "Noy", "Thiri", "Mya",
    "Nyoman", "Nalani", "Mahina", "Keala", "Lanakila", "Manaia", "Viliami", "Sefo", "Huia", "Awhina", "Tahu",
    "Nizhoni", "Ahiga", "Dyani", "Takoda", "Hania", "Onawa", "Stanisław", "Bożydar", "Jolanta", "Halina",
    "Zdenka", "Ladislav", "Věra", "Lajos", "Gheorghe", "Florica", "Vasile", "Ecaterina", "Dimitar", "Kalina",
    "Blagoy", "Milorad", "Dragica", "Zlatko", "Borislav", "Yekaterina", "Anatoly", "Vladlen", "Tamara",
    "Evgenia", "Petro", "Hryhoriy", "Algirdas", "Rūta", "Egle", "Andris", "Kalev", "Helju", "Bjarne", "Arvid",
    "Kjersti", "Randi", "Tove", "Nils-Erik", "Pär", "Maj-Britt", "Gunnel", "Sölvi", "Jóhann", "Páll",
    "Dietlinde", "Eckhard", "Hartmut", "Gisela", "Rüdiger", "Kunigunde", "Friedhelm", "Dörte", "Hendrik",
    "Geert", "Rutger", "Marijke", "Dirk", "Aurélie", "Héloïse", "Jérôme", "Françoise", "Cécile", "Aimé",
    "Noémie", "Régis", "Gérard", "Hervé", "Marie-Thérèse", "Jean-Luc", "Donatella", "Ciro", "Immacolata",
    "Rocco", "Nicolina", "Settimio", "Loredana", "Massimo", "Biagio", "Nieves", "Milagros", "Lupita",
    "Fidencio", "Anacleto", "Eréndira", "Yolotl", "Maricruz", "Abundio", "Sebastião", "Benedita", "Fátima",
    "Valdemar", "Edileusa", "Jurema", "Cleide", "Charalambos", "Eleftheria", "Panagiota", "Fatmir", "Róisín",
    "Mhairi", "Eluned", "Ffion", "Gwilym", "Lionel", "Rupert", "Ambrosine", "Oswald", "Wilfred", "Hilda",
    "Dorcas", "Brynlee", "Oaklee", "Kaysen", "Zaylee", "Daxton", "Zayden", "Lennox", "Tatum", "Sutton",
    "Journee", "Harlow", "Maddox", "DeAndre", "Lakisha", "Monique", "Quanisha", "Rasheeda", "Dionte",
    "Treyvon", "Kiara", "Jazmine", "Mendy", "Faigy", "Shmuel", "Bracha", "Dovid", "D'Shawn", "La'Tanya",
    "Shay'la", "Ke'Shawn", "Mar'Quise", "Jo-Ellen", "Sue-Ellen", "Bo-young", "Eun-hye", "Marie-Josée",
    "Jean-Pierre", "Karl-Heinz", "Hans-Jürgen", "Anna-Lena", "João Pedro", "Maria José", "Esther-Malka",
    "Mohamed-Ali", "Ana-Lisa", "Bunny", "Marvel", "Cloud", "Thyme", "Tansy", "Velvet", "Satin", "Lace",
    "Dell", "Champ", "Ace", "Tobiah", "Jedidiah", "Zebulon", "Hezekiah", "Mordecai", "Keziah",
    "Jemima", "Tirzah", "Dinah", "Zipporah", "Chinwe", "Kofi-Boateng", "Nana-Ama", "Makeda", "Yohannes",
    "Khadija", "Loubna", "Abdellatif", "Tarek", "Houda", "Emine", "Cengiz", "Nurcan", "Murat", "Aram",
    "Lusine", "Rajinder", "Amarjit", "Sridevi", "Subramanian", "Anjali", "Shafiq", "Nirmala", "Dorje",
    "Yangchen", "Sonam", "Meifeng", "Guoliang", "Huifang", "Shu-fen", "Wai-ling", "Kin-man", "Hiroko",
    "Michiko", "Sachiko", "Ayumi", "Min-seo", "Hye-jin", "Seung-woo", "Ji-hoon", "Soon-ja", "Rodrigo-Jose",
    "Danilo", "Rosalinda", "Chanthou", "Nilar", "Pua", "Malakai", "Salote", "Tamati", "Kiona", "Wapun",
    "Chayton", "Małgorzata", "Krzysztof", "Zdeněk", "Libuše", "Dragan", "Mladen", "Vasily", "Marjatta",
    "Raimo", "Søren", "Bodil", "Hallgrímur", "Sieglinde", "Wolfram", "Lieselotte", "Agnès", "Inès", "Renée",
    "Chloé", "Loïc", "Concetta", "Vittorio", "Mercedes", "Begoña", "Maite", "Raimundo", "Aparecida",
    "Joselito", "Epifanio", "Nicanor", "Evdokia", "Despina", "Seán", "Ailsa", "Hamish", "Rhodri", "Bethan",
    "Edwina", "Percival", "Bertram", "Agatha", "Clement", "Elmer", "Luella", "Ozella", "Ples", "Kaydence",
    "Jayceon", "Shaniqua", "Deshawn", "Tyrell", "Marquise", "Mendel", "Anne-Sophie", "Mary-Kate", "Bobbie-Jo",
    "Ali-Reza", "Hae-won", "D'Andre", "Da'Quan", "Ke'Ondra", "Ni'Asia", "Tre'Von", "Ja'Nya", "Agustín",
    "Ramón", "Nazaré", "Håkon", "Åsa", "Kåre", "Göran", "Tomás", "Fiachra", "Ólöf", "Lúcia", "Hank",
};

constexpr std::string_view kSecond9[] = {
    "Athanasius", "Crispin", "Drusilla", "Eberhard", "Fenella", "Gottlieb", "Honoria", "Ichabod", "Jessamine",
    "Lucinda", "Mortimer", "Octavius", "Peregrine", "Rosamund", "Sylvester", "Theodosia", "Valentine",
    "Winslow", "Aurelius", "Henrietta", "Euphemia", "Lysander", "Guinevere", "Marguerite", "Ezequiel",
    "Apolonia", "Fitzwilliam", "Jacinta", "Leopold", "Ottilie", "Sebastiano", "Radomir", "Aloysius",
    "Berenice", "Dashiell", "Gideon", "Hyacinth", "Isidore",
};

constexpr std::string_view kNick9[] = {
    "Pumpkin", "Sugarfoot", "Scooter", "Bitsy", "Honeybee", "Moose", "Spud", "Dimples", "Ducky", "Gigi",
    "Mimi", "Bucky", "Slim", "Kiki", "Toots", "Bo", "Scout", "Cuddles", "Sparky", "Dot", "Tootie", "Pee Wee",
    "Lefty", "Sweetpea", "Pudge", "Sarge",
};

constexpr std::string_view kFamily9[] = {
    "Webster", "Baxter", "Booker", "Coleman", "Parsons", "Vicars", "Pilgrim", "Hermit", "Saint", "Godwin",
    "Goodchild", "Littlejohn", "Lovelace", "Loveless", "Makepeace", "Merryweather", "Shakespeare", "Bitters",
    "Pepperell", "Mustard", "Onions", "Garlick", "Cabbage", "Parsley", "Turnip", "Mutton", "Ham", "Veal",
    "Haddock", "Codd", "Sole", "Roach", "Perch", "Gudgeon", "Spratt", "Crabbe", "Shrimpton", "Oyster",
    "Swann", "Gull", "Woodcock", "Buzzard", "Eagle", "Hawke", "Kite", "Falconer", "Badger", "Otter", "Beaver",
    "Hare", "Rabbit", "Mole", "Stagg", "Doe", "Roebuck", "Steed", "Horsey", "Cowell", "Oxley", "Pigg", "Boar",
    "Goatley", "Ram", "Hound", "Feather", "Wing", "Nest", "Egg", "Thunder", "Hail", "Mist", "Fogg", "Star",
    "Rainbow", "Ford", "Bridge", "Glenn", "Moor", "Fenn", "Pond", "Pool", "Well", "Spring", "Fountain",
    "Cliffe", "Peak", "Mountain", "Valley", "Meadows", "Grove", "Forrest", "Timbers", "Root", "Leaf",
    "Thornton", "Gower", "Hoover", "Kehr", "Biot", "Duroziez", "Quincke", "Corrigan", "Traube", "Janeway",
    "Roth", "Beck", "Levine", "Rinne", "Weber", "Dix", "Barany", "Fukuda", "Unterberger", "Frenzel", "Adson",
    "Roos", "Wright", "Froment", "Wartenberg", "Oppenheim", "Gordon", "Chaddock", "Schaeffer", "Gonda",
    "Stransky", "Kernohan", "Battle", "Monro", "Kellie", "Kocher", "Lanz", "Pfannenstiel", "Nissen", "Heller",
    "Billroth", "Puestow", "Frey", "Beger", "Sugiura", "Kasai", "Ladd", "Swenson", "Soave", "Duhamel",
    "Ramstedt", "McKeown", "Belsey", "Toupet", "Collis", "Zollinger", "Ellison", "Weiss", "Boerhaave",
    "Plummer", "Vinson", "Peutz", "Jeghers", "Gardner", "Turcot", "Lynch", "Cowden", "Ogilvie",
    "Hirschsprung", "Budd", "Chiari", "Dubin", "Gilbert", "Crigler", "Najjar", "Rotor", "Caroli", "Klatskin",
    "Courvoisier", "Mirizzi", "Bouveret", "Rigler", "Reynolds", "Cantlie", "Calot", "Oddi", "Vater",
    "Santorini", "Wirsung", "Glisson", "Couinaud", "Pringle", "Treitz", "Meissner", "Auerbach", "Cajal",
    "Peyer", "Paneth", "Kupffer", "Disse", "Uche", "Ansah", "Kuffour", "Amoah", "Demissie", "Hussein", "Egal",
    "Chepkoech", "Kariuki", "Mahlaba", "Sibanda", "Chikwanha", "Mutasa", "Ouattara", "Keïta", "Sylla", "Bah",
    "Touré", "Benjelloun", "Tazi", "Alaoui", "Bouzid", "Cherif", "Mahfouz", "Shaheen", "Darwish", "Abboud",
    "Hanna", "Saad", "Qasim", "Bagheri", "Ahmadi", "Kaya", "Doğan", "Avetisyan", "Grigoryan", "Khanna",
    "Kapoor", "Ganguly", "Naidu", "Kurup", "Desai", "Patil", "Islam", "Uddin", "Gunawardena", "Bandara",
    "Magar", "Lama", "Liang", "Song", "Cao", "Peng", "Fong", "Kwan", "Mak", "Chiu", "Fujimoto", "Matsuda",
    "Nishimura", "Aquino", "Soriano", "Boonyarat", "Chanthavong", "Keomany", "Sengdara", "Pich", "Sim", "Win",
    "Maung", "Setiawan", "Kanahele", "Mahoe", "Latu", "Leota", "Ruatapu", "Henare", "Nez", "Tso", "Chee",
    "Skenandore", "Whitehorse", "Blackbird", "Tallbull", "Standingbear", "Kowalewski", "Veselý", "Todorova",
    "Stojanović", "Petrauskas", "Ozols", "Saar", "Laaksonen", "Nyström", "Holmgren", "Kristensen",
    "Sigurðsson", "Schulze", "Köhler", "Vogel", "Fuchs", "Brandt", "Jäger", "Maes", "Jacobs", "Lambert",
    "Garnier", "Faure", "Bonnet", "Gauthier", "Morin", "Bergeron", "Pelletier", "Rossi", "Gallo", "Sala",
    "López", "Sánchez", "Díaz", "Moreno", "Álvarez", "Romero", "Gutiérrez", "Serrano", "Rodrigues", "Almeida",
    "Barbosa", "Araújo", "Cardoso", "Ribeiro", "Pinto", "Flores", "Rivera", "Torres", "Ortiz", "Cruz",
    "Chávez", "Vargas", "Ramos", "Pérez", "Economou", "Angelopoulos", "Demetriou", "MacDonald", "Campbell",
    "Robertson", "Sinclair", "Bevan", "Powys", "Penrose", "Tregear", "Polglase", "Rosen", "Weinstein",
    "Halevi", "Katzenberg", "O'Sullivan-Reyes", "Osei-Bonsu", "Agyei-Mensah", "Adu-Gyamfi", "Nyarko-Addo",
    "Kim-Lindqvist", "Patel-Hughes", "Nakashima-Ortiz", "Wójcik-Bauer", "Hall-Ng", "Fox-Pitt", "Lane-Fox",
    "Bowes-Lyon", "Wynn-Jones", "Vaughan-Thomas", "D'Onofrio", "D'Alessandro", "Grey Turner",
    "de Wit", "Nic Aoidh", "ap Hywel", "Cohen-Levy", "van Rijn", "de Groot", "Vander Zee", "Van Houten",
    "von Essen", "zu Eltz", "de Lacy", "de Courcy", "La Torre", "Di Giacomo", "Li Causi", "de León",
    "Van Buren", "Mac Lochlainn", "Mills", "Bean", "Hale", "Castle", "Tower", "Driver",
    "Cutter", "Lord", "Knight-Winters", "Weathers", "Storms", "Rains", "Winters", "Hodgkin", "Crohn",
    "Asperger", "Tourette", "Horner", "Kawasaki", "Marfan", "Barrett", "Zenker", "Meckel", "Whipple", "Bowen",
    "Kaposi", "Still", "Colles", "Heberden", "Bouchard", "Dupuytren", "Osgood", "Perthes", "Charcot", "Tinel",
    "Phalen", "Finkelstein", "McBurney", "Rovsing", "Cullen", "Virchow", "Trousseau", "Chvostek", "Homans",
    "Brudzinski", "Lhermitte", "Spurling", "Lachman", "McMurray", "Apley", "Ortolani", "Moro", "Ranson",
    "Alvarado", "Centor", "Mobitz", "Wenckebach", "Owusu-Ansah", "Tembo", "Lungu", "El Amrani", "Nassar",
    "Hosseini", "Yılmaz", "Raghavan", "Rai", "Dolma", "Chan", "Wong", "Ho", "Tam", "Sasaki", "Nguyễn", "Trần",
    "Phạm", "Lê", "Hoang", "Vu", "Santos", "Suarez", "Saetang", "Wongsawat", "Kyaw", "Kealoha", "Tuilagi",
    "Havili", "Tipene", "Begay", "Yazzie", "Tsosie", "Benally", "Runningwater", "Wróbel", "Łukasiewicz",
    "Georgiev", "Kovačević", "Popov", "Söderberg", "Ødegård", "Søndergaard", "Jónsdóttir", "Þorsteinsson",
    "Schröder", "Weiß", "Van den Broek", "Jansen", "Fournier", "Chevalier", "Ouellet", "Côté", "Costa",
    "Muñoz", "Peña", "Gómez", "Ibáñez", "Iglesias", "Oliveira", "Ramírez", "Guzmán", "Xolo", "Kelleher",
    "Moynihan", "Mac an tSaoir", "Rhys-Evans", "ap Gwilym", "Featherstonehaugh", "Cholmondeley", "St-Pierre",
    "Saint-Amand", "van der Linde", "di Stefano", "von Hagen", "bin Yusof", "al-Masri", "Abu-Ghazaleh",
    "O'Malley", "O'Keeffe", "Dell'Orto", "Smythe-Pemberton", "Garcia-Okafor", "Lindqvist-Moreau",
    "Abara-Kowalczyk", "Tanaka-Ruiz", "Müller-Lüdenscheidt", "Boateng-Mensah", "Ramírez-Holt", "Katz",
    "Goldberg", "Rosenblatt", "Friedman", "Shapiro", "Levi-Strauss",
};

constexpr std::string_view kInitials9[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M",
                                           "N", "O", "P", "R", "S", "T", "W", "Y"};
constexpr std::string_view kRelations9[] = {"daughter", "son", "wife", "husband", "partner", "sister", "brother",
                                            "niece", "grandson", "granddaughter", "son-in-law", "daughter-in-law",
                                            "roommate", "cousin", "fiancée", "ex-husband"};
constexpr std::string_view kMailDomains9[] = {"postbox9.example.com", "hearthmail.example.net", "mailcove.example.org",
                                              "sendwell.example.com", "parcelnet.example.net"};
constexpr std::string_view kStaffDomains9[] = {"kestrelbay-health.example.org", "tamworth-research.example.edu",
                                               "saltmarsh-clinic.example.net"};
constexpr std::string_view kFacilities9[] = {"Kestrel Bay Medical Center", "Saltmarsh Family Clinic",
                                             "Tamworth University Hospital", "Pine Hollow Rehabilitation Center",
                                             "Lantern Hill Hospice House", "Greyfriars Skilled Nursing"};
constexpr std::string_view kCars9[] = {"2012 Toyota Sienna", "2017 Ford F-150", "2020 Hyundai Elantra",
                                       "2009 Buick LaCrosse", "2015 Mazda CX-5", "2022 Tesla Model 3"};
constexpr std::array<std::string_view, 12> kMonths9 = {"January", "February", "March",     "April",
                                                       "May",     "June",     "July",      "August",
                                                       "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays9 = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                                        "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> kRoman9 = {"I", "II", "III", "IV", "V", "VI",
                                                      "VII", "VIII", "IX", "X", "XI", "XII"};

struct Person9 {
  std::string first, second, initial, last, nick;
};

struct Cast9 {
  Person9 pt, k1, k2;
  std::array<Person9, 6> staff;
  std::string k1rel;
  std::uint64_t idSeed = 0;
};

struct Ctx {
  NoteBuilder& b;
  const Cast9& c;
  int caseMode = 0;  // 0 as written, 1 capitals, 2 lower case
  int lastYear = 0, lastMonth = 0, lastDay = 0;  // the last event date written
};

// Case mapping of a Latin Extended-A letter (U+0100-U+017F, two bytes led by 0xC4 or 0xC5) in
// place: pairs are upper/lower on even/odd code points, or odd/even in two stretches. Letters
// without a two-byte partner (U+0130, U+0131, U+0138, U+0149, U+0178, U+017F) are left alone.
void latinExtendedA(std::string& s, std::size_t i, bool toUpper) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const auto cont = static_cast<unsigned char>(s[i + 1]);
  int cp = ((lead & 0x1F) << 6) | (cont & 0x3F);
  const bool oddUpper = (cp >= 0x0139 && cp <= 0x0148) || (cp >= 0x0179 && cp <= 0x017E);
  const bool evenUpper = (cp >= 0x0100 && cp <= 0x0137 && cp != 0x0130 && cp != 0x0131) || (cp >= 0x014A && cp <= 0x0177);
  if (!oddUpper && !evenUpper) return;
  const bool isUpper = evenUpper ? cp % 2 == 0 : cp % 2 == 1;
  if (toUpper && !isUpper) cp -= 1;
  if (!toUpper && isUpper) cp += 1;
  s[i] = static_cast<char>(0xC0 | (cp >> 6));
  s[i + 1] = static_cast<char>(0x80 | (cp & 0x3F));
}

// Case mapping of ASCII, of the Latin-1 letters of UTF-8 (0xC3 then 0x80-0xBE) and of Latin
// Extended-A; other multi-byte letters are left as they are.
std::string lower9(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      latinExtendedA(s, i, false);
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

std::string upper9(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      latinExtendedA(s, i, true);
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

std::string cased(const Ctx& x, std::string s) {
  if (x.caseMode == 1) return upper9(std::move(s));
  if (x.caseMode == 2) return lower9(std::move(s));
  return s;
}

void put(Ctx& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string nth(int day) {
  const int t = day % 100;
  const char* s = (t >= 11 && t <= 13) ? "th" : day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th";
  return std::to_string(day) + s;
}

int weekday(int y, int m, int d) {  // 0 = Sunday
  static constexpr int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int monthDays(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

// The first letter of a name as a whole UTF-8 character.
std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// ASCII letters of a name for e-mail addresses and URLs (Latin-1 accents folded).
std::string fold(const std::string& s) {
  static constexpr std::string_view kC3 = "aaaaaaaceeeeiiiidnooooo/ouuuuyts";  // 0x80..0x9F lowered
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      if (std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
    } else if (u == 0xC3 && i + 1 < s.size()) {
      const auto v = static_cast<unsigned char>(s[i + 1]) & 0xDF;  // fold lower to upper row
      const std::size_t k = static_cast<std::size_t>(v - 0x80);
      if (k < kC3.size() && std::isalpha(static_cast<unsigned char>(kC3[k]))) out.push_back(kC3[k]);
      ++i;
    } else if (u >= 0xC0) {
      while (i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) ++i;
    }
  }
  return out.empty() ? std::string("pt") : out;
}

Person9 makePerson9(Random& r) {
  Person9 p;
  p.first = pickS(r, kGiven9);
  p.second = pickS(r, kSecond9);
  p.initial = pickS(r, kInitials9);
  p.last = pickS(r, kFamily9);
  p.nick = pickS(r, kNick9);
  return p;
}

Cast9 makeCast9(std::uint64_t seed, std::size_t patientIndex) {
  Random r((seed + 0x9191ULL) * 0xc2b2ae3d27d4eb4fULL ^ (patientIndex * 0x9e3779b97f4a7c15ULL + 0x27d4eb2fULL));
  r.next();
  Cast9 c;
  c.pt = makePerson9(r);
  c.k1 = makePerson9(r);
  if (r.chance(0.6)) c.k1.last = c.pt.last;
  c.k2 = makePerson9(r);
  if (r.chance(0.5)) c.k2.last = c.pt.last;
  for (Person9& s : c.staff) s = makePerson9(r);
  c.k1rel = pickS(r, kRelations9);
  c.idSeed = r.next();
  return c;
}

const Person9& who(const Cast9& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "k1") return c.k1;
  if (key == "k2") return c.k2;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '6') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

void writeName(Ctx& x, const Person9& p, std::string form) {
  Random& r = x.b.random();
  if (form == "any") {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "f2", "fmn"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "f2") v = p.first + " " + p.second + " " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "fin") v = firstLetter(p.first) + " " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfi") v = p.last + ", " + firstLetter(p.first) + ".";
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = upper9(p.last + ", " + p.first);
  else if (form == "LFn") v = upper9(p.last + "," + p.first);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "low") v = lower9(p.first + " " + p.last);
  else if (form == "lowf") v = lower9(p.first);
  else if (form == "fmn") v = p.first + " " + p.initial + " " + p.last;
  else if (form == "LFI") v = upper9(p.last + ", " + firstLetter(p.first) + ".");
  else if (form == "FL") v = upper9(p.first + " " + p.last);
  else if (form == "L") v = upper9(p.last);
  else if (form == "nick") v = p.nick;
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

// ---------------------------------------------------------------------------------------------
// Dates.

void writeDate9(Ctx& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style == "any") {
    static constexpr std::string_view kStyles[] = {"us",   "usn",   "us2",     "iso",   "dot",      "dmy",
                                                   "long", "dlong", "abbr",    "mil",   "milsp",    "ord",
                                                   "ordof", "compact", "slashiso", "roman", "dashus", "wdus",
                                                   "wdlong", "isot", "ust",    "abbrdot"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string month(kMonths9[static_cast<std::size_t>(m - 1)]);
  const std::string mon = month.substr(0, 3);
  const std::string yy = std::to_string(y), y2 = pad2(y % 100);
  const std::string wd(kWeekdays9[static_cast<std::size_t>(weekday(y, m, d))]);
  std::string before, value, after;
  if (style == "us") value = pad2(m) + "/" + pad2(d) + "/" + yy;
  else if (style == "usn") value = std::to_string(m) + "/" + std::to_string(d) + "/" + yy;
  else if (style == "us2") value = std::to_string(m) + "/" + std::to_string(d) + "/" + y2;
  else if (style == "iso") value = yy + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "dot") value = pad2(d) + "." + pad2(m) + "." + yy;
  else if (style == "dmy") value = pad2(d) + "/" + pad2(m) + "/" + yy;
  else if (style == "long") value = month + " " + std::to_string(d) + ", " + yy;
  else if (style == "dlong") value = std::to_string(d) + " " + month + " " + yy;
  else if (style == "abbr") value = pad2(d) + "-" + mon + "-" + yy;
  else if (style == "abbrdot") value = mon + ". " + std::to_string(d) + ", " + yy;
  else if (style == "mil") value = pad2(d) + upper9(mon) + yy;
  else if (style == "milsp") value = pad2(d) + " " + upper9(mon) + " " + y2;
  else if (style == "ord") value = month + " " + nth(d) + ", " + yy;
  else if (style == "ordnc") value = month + " " + nth(d) + " " + yy;
  else if (style == "ordof") value = nth(d) + " of " + month + " " + yy;
  else if (style == "legal") value = nth(d) + " day of " + month + ", " + yy;
  else if (style == "compact") value = yy + pad2(m) + pad2(d);
  else if (style == "slashiso") value = yy + "/" + pad2(m) + "/" + pad2(d);
  else if (style == "roman") value = std::to_string(d) + "." + std::string(kRoman9[static_cast<std::size_t>(m - 1)]) + "." + yy;
  else if (style == "dashus") value = pad2(m) + "-" + pad2(d) + "-" + yy;
  else if (style == "md") value = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "mdlong") value = month + " " + std::to_string(d);
  else if (style == "dmon") value = std::to_string(d) + " " + mon;
  else if (style == "my") value = month + " " + yy;
  else if (style == "myn") value = pad2(m) + "/" + yy;
  else if (style == "wdus") {
    before = wd.substr(0, 3) + " ";
    value = pad2(m) + "/" + pad2(d) + "/" + yy;
  } else if (style == "wdlong") {
    before = wd + ", ";
    value = month + " " + std::to_string(d) + ", " + yy;
  } else if (style == "wdmd") {
    before = wd.substr(0, 3) + " ";
    value = std::to_string(m) + "/" + std::to_string(d);
  } else if (style == "isot") {
    value = yy + "-" + pad2(m) + "-" + pad2(d);
    after = "T" + pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)) + ":" + pad2(r.between(0, 59)) +
            (r.chance(0.5) ? "Z" : "-05:00");
  } else if (style == "ust") {
    value = pad2(m) + "/" + pad2(d) + "/" + yy;
    after = " " + pad2(r.between(0, 23)) + pad2(r.between(0, 59));
  } else {
    throw std::logic_error("unknown date style " + style);
  }
  say(x, before);
  put(x, "date", value);
  say(x, after);
}

void writeDateKind(Ctx& x, std::string_view kind, const std::string& style) {
  Random& r = x.b.random();
  if (kind == "dob") {
    const Patient& p = x.b.patient();
    writeDate9(x, p.birthYear, p.birthMonth, p.birthDay, style);
    return;
  }
  int y = r.between(2019, 2025), m = r.between(1, 12), d = r.between(1, monthDays(y, m));
  if (kind == "nx" && x.lastYear != 0) {  // a few days to weeks after the last event date
    y = x.lastYear;
    m = x.lastMonth;
    d = x.lastDay;
    for (int k = r.between(1, 75); k > 0; --k) {
      if (++d > monthDays(y, m)) {
        d = 1;
        if (++m > 12) {
          m = 1;
          ++y;
        }
      }
    }
  }
  x.lastYear = y;
  x.lastMonth = m;
  x.lastDay = d;
  writeDate9(x, y, m, d, style);
}

// ---------------------------------------------------------------------------------------------
// Ages (the patient's own; a span only when over 89).

std::string ageWords(int a) {
  static constexpr std::array<std::string_view, 10> kOnes = {"", "one", "two", "three", "four",
                                                             "five", "six", "seven", "eight", "nine"};
  static constexpr std::array<std::string_view, 10> kTens = {"", "ten", "twenty", "thirty", "forty",
                                                             "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (a >= 100) return "one hundred" + (a > 100 ? " and " + std::string(kOnes[static_cast<std::size_t>(a - 100)]) : std::string());
  if (a < 20) return std::to_string(a);
  std::string s(kTens[static_cast<std::size_t>(a / 10)]);
  if (a % 10) s += "-" + std::string(kOnes[static_cast<std::size_t>(a % 10)]);
  return s;
}

void writeAge9(Ctx& x, std::string style) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const int a = p.age;
  if (style == "any") {
    static constexpr std::string_view kStyles[] = {"dash", "yo", "yrs", "sex", "slash", "words", "yoa", "paren", "yoc", "wyo"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  } else if (style == "adj") {  // before a noun: "94-year-old man", "ninety-four-year-old", "94 y.o."
    static constexpr std::string_view kStyles[] = {"dash", "dash", "words", "yo"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  auto emit = [&](const std::string& value) {
    if (a >= 90) put(x, "age", value);
    else say(x, value);
  };
  const std::string n = std::to_string(a);
  const std::string sex = p.female ? "F" : "M";
  if (style == "num") emit(n);
  else if (style == "dash") { emit(n); say(x, "-year-old"); }
  else if (style == "yo") { emit(n); say(x, " y.o."); }
  else if (style == "yoc") { emit(n); say(x, "yo"); }
  else if (style == "yrs") { emit(n); say(x, " yrs"); }
  else if (style == "sex") { emit(n); say(x, r.chance(0.5) ? sex : " " + sex); }
  else if (style == "slash") { emit(n); say(x, "/" + sex); }
  else if (style == "words") { emit(ageWords(a)); say(x, "-year-old"); }
  else if (style == "yoa") { emit(n); say(x, " years of age"); }
  else if (style == "wyo") { emit(ageWords(a)); say(x, " years old"); }
  else if (style == "paren") { say(x, "("); emit(n); say(x, " yo)"); }
  else throw std::logic_error("unknown age style " + style);
}

// ---------------------------------------------------------------------------------------------
// Phones.

constexpr std::string_view kTollFree9[] = {"800", "888", "877", "866"};

std::string nanp(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

void writePhone9(Ctx& x, std::string_view category, std::string_view which, std::string style) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  std::string d = which == "pt" ? p.phone : which == "alt" ? p.altPhone : nanp(r);
  if (style == "any") {
    static constexpr std::string_view kStyles[] = {"paren", "dash", "dot", "space", "plus", "plus1",
                                                   "one",   "tight", "compact", "slash"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  std::string v;
  if (style == "paren") v = "(" + a + ") " + e + "-" + l;
  else if (style == "dash") v = a + "-" + e + "-" + l;
  else if (style == "dot") v = a + "." + e + "." + l;
  else if (style == "space") v = a + " " + e + " " + l;
  else if (style == "plus") v = "+1-" + a + "-" + e + "-" + l;
  else if (style == "plus1") v = "+1 " + a + " " + e + " " + l;
  else if (style == "one") v = "1-" + a + "-" + e + "-" + l;
  else if (style == "tight") v = "(" + a + ")" + e + "-" + l;
  else if (style == "compact") v = a + e + l;
  else if (style == "slash") v = a + "/" + e + "-" + l;
  else if (style == "local7") v = e + "-" + l;
  else if (style == "toll") {
    const std::string free(r.pick(std::span<const std::string_view>(kTollFree9)));
    switch (r.between(0, 2)) {
      case 0: v = "1-" + free + "-" + e + "-" + l; break;
      case 1: v = "(" + free + ") " + e + "-" + l; break;
      default: v = free + "." + e + "." + l; break;
    }
  }
  else if (style == "intl") {
    switch (r.between(0, 6)) {
      case 0: v = "+44 7700 " + r.digits(6); break;
      case 1: v = "+52 55 " + r.digits(4) + " " + r.digits(4); break;
      case 2: v = "+63 917 " + r.digits(3) + " " + r.digits(4); break;
      case 3: v = "+49 30 " + r.digits(7); break;
      case 4: v = "+91 98" + r.digits(3) + " " + r.digits(5); break;
      case 5: v = "+33 6 " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2); break;
      default: v = "+61 4" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3); break;
    }
  } else {
    throw std::logic_error("unknown phone style " + style);
  }
  put(x, category, v);
}

void writeExtension(Ctx& x) {
  Random& r = x.b.random();
  switch (r.between(0, 4)) {
    case 0: say(x, " x" + r.digits(4)); break;
    case 1: say(x, " ext. " + r.digits(3)); break;
    case 2: say(x, " (ext " + r.digits(2) + ")"); break;
    default: break;
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers.

Random idRandom(const Cast9& c, std::uint64_t salt) {
  Random r(c.idSeed ^ (salt * 0xff51afd7ed558ccdULL));
  r.next();
  return r;
}

std::string alnum(Random& r, int n) {
  static constexpr std::string_view kChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  std::string s;
  while (static_cast<int>(s.size()) < n) s.push_back(kChars[r.next() % kChars.size()]);
  return s;
}

void writeId(Ctx& x, std::string_view kind, std::string_view style) {
  const Patient& p = x.b.patient();
  const Cast9& c = x.c;
  if (kind == "ssn") {
    std::string v = p.ssn;
    if (style == "space") {
      for (char& ch : v) ch = ch == '-' ? ' ' : ch;
    } else if (style == "bare") {
      std::string t;
      for (char ch : v) if (ch != '-') t.push_back(ch);
      v = t;
    }
    put(x, "ssn", v);
  } else if (kind == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (kind == "mrn2") {
    Random r = idRandom(c, 2);
    put(x, "mrn", r.chance(0.5) ? "E" + r.digits(7) : r.digits(2) + "-" + r.digits(6));
  } else if (kind == "acc") {
    Random r = idRandom(c, 3);
    static constexpr std::string_view kPrefix[] = {"S24-", "SP-", "CS25-", "PA"};
    put(x, "mrn", std::string(r.pick(std::span<const std::string_view>(kPrefix))) + r.digits(5));
  } else if (kind == "reg") {
    Random r = idRandom(c, 4);
    put(x, "mrn", r.letters(3) + r.digits(3));
  } else if (kind == "study") {
    Random r = idRandom(c, 5);
    put(x, "mrn", r.digits(3) + "-" + r.digits(4));
  } else if (kind == "acct") {
    put(x, "account", p.account);
  } else if (kind == "fin") {
    Random r = idRandom(c, 6);
    put(x, "account", "FIN" + r.digits(9));
  } else if (kind == "case") {
    Random r = idRandom(c, 7);
    put(x, "account", r.digits(2) + "-" + r.digits(6));
  } else if (kind == "claim") {
    Random r = idRandom(c, 8);
    put(x, "account", r.digits(4) + r.letters(2) + r.digits(6));
  } else if (kind == "plan") {
    put(x, "health_plan", p.plan);
  } else if (kind == "mbi") {
    Random r = idRandom(c, 9);
    static constexpr std::string_view kL = "ACDEFGHJKMNPQRTUVWXY";
    auto letter = [&] { return std::string(1, kL[r.next() % kL.size()]); };
    std::string v = std::to_string(r.between(1, 9)) + letter() + (r.chance(0.5) ? letter() : r.digits(1)) + r.digits(1) +
                    letter() + (r.chance(0.5) ? letter() : r.digits(1)) + r.digits(1) + letter() + letter() + r.digits(2);
    if (style == "dash") v = v.substr(0, 4) + "-" + v.substr(4, 3) + "-" + v.substr(7);
    put(x, "health_plan", v);
  } else if (kind == "grp") {
    Random r = idRandom(c, 10);
    put(x, "health_plan", r.digits(6) + "-" + r.digits(3));
  } else if (kind == "tricare") {
    Random r = idRandom(c, 11);
    put(x, "health_plan", r.digits(11));
  } else if (kind == "foreign") {
    Random r = idRandom(c, 12);
    put(x, "health_plan", r.digits(4) + " " + r.digits(5) + " " + r.digits(1));
  } else if (kind == "lic") {
    put(x, "license", p.license);
  } else if (kind == "stateid") {
    Random r = idRandom(c, 13);
    put(x, "license", r.digits(3) + "-" + r.digits(3) + "-" + r.digits(3));
  } else if (kind == "pass") {
    Random r = idRandom(c, 14);
    put(x, "license", r.letters(2) + r.digits(7));
  } else if (kind == "dev") {
    put(x, "device", p.device);
  } else if (kind == "dev2") {
    Random r = idRandom(c, 15);
    put(x, "device", r.digits(2) + r.letters(1) + r.digits(6));
  } else if (kind == "imei") {
    Random r = idRandom(c, 16);
    put(x, "device", "35" + r.digits(13));
  } else if (kind == "cgm") {
    Random r = idRandom(c, 17);
    put(x, "device", r.digits(1) + alnum(r, 5));
  } else if (kind == "serial") {
    Random r = idRandom(c, 18);
    put(x, "device", "SN" + r.digits(3) + r.letters(2) + r.digits(4));
  } else if (kind == "vin") {
    put(x, "vehicle", p.vin);
  } else if (kind == "plate") {
    put(x, "vehicle", p.plate);
  } else {
    throw std::logic_error("unknown identifier " + std::string(kind));
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail, URLs, IPs.

void writeEmail(Ctx& x, std::string_view whoKey) {
  // The same address for a person in every note of the patient: the local part and the domain
  // are drawn from the patient's identifier seed and the person's key.
  const Person9& p = who(x.c, whoKey);
  const bool staff = whoKey[0] == 's';
  Random r = idRandom(x.c, 100 + static_cast<std::uint64_t>(whoKey[0]) * 7 + static_cast<std::uint64_t>(whoKey[1]));
  std::string local;
  switch (r.between(0, 3)) {
    case 0: local = fold(p.first) + "." + fold(p.last); break;
    case 1: local = fold(p.first).substr(0, 1) + fold(p.last); break;
    case 2: local = fold(p.last) + "_" + fold(p.first); break;
    default: local = fold(p.first) + fold(p.last).substr(0, 1) + r.digits(2); break;
  }
  put(x, "email", local + "@" + pickS(r, staff ? std::span<const std::string_view>(kStaffDomains9)
                                               : std::span<const std::string_view>(kMailDomains9)));
}

void writeUrl9(Ctx& x, std::string_view kind) {
  Random& r = x.b.random();
  const Person9& p = x.c.pt;
  std::string v;
  if (kind == "portal") v = "https://mychart.kestrelbay-health.example.org/MyChart/Messaging?thread=" + r.digits(8);
  else if (kind == "video") v = "https://visit.carelink-video.example.com/join/" + alnum(r, 4) + "-" + alnum(r, 4);
  else if (kind == "fund") v = "https://www.chipinforcare.example.net/campaign/" + fold(p.first) + "-" + fold(p.last) + "-recovery";
  else if (kind == "share") v = "https://pacs-share.kestrelbay-health.example.org/v/" + alnum(r, 12);
  else if (kind == "page") v = "www.caringpages.example.com/visit/" + fold(p.first) + fold(p.last);
  else if (kind == "study") v = "https://redcap.tamworth-research.example.edu/surveys/?s=" + alnum(r, 10);
  else if (kind == "photo") v = "http://woundpix.example.net/img/" + r.digits(6) + ".jpg";
  else throw std::logic_error("unknown url " + std::string(kind));
  put(x, "url", v);
}

void writeIp9(Ctx& x, std::string_view kind) {
  Random& r = x.b.random();
  static constexpr char kHex[] = "0123456789abcdef";
  auto group = [&](int len) {
    std::string g;
    for (int k = 0; k < len; ++k) g.push_back(kHex[r.next() % 16]);
    if (g.size() > 1 && g[0] == '0') g[0] = 'a';
    return g;
  };
  if (kind == "4") {
    put(x, "ip", x.b.patient().ip);
  } else if (kind == "4p") {
    put(x, "ip", x.b.patient().ip);
    say(x, ":" + std::to_string(r.between(1024, 65000)));
  } else if (kind == "6") {
    switch (r.between(0, 3)) {
      case 0: put(x, "ip", "2001:db8:" + group(4) + ":" + group(3) + ":" + group(4) + ":" + group(2) + ":" + group(4) + ":" + group(4)); break;
      case 1: put(x, "ip", "2600:1700:" + group(3) + "::" + group(4)); break;
      case 2: put(x, "ip", "fe80::" + group(4) + ":" + group(2) + "ff:fe" + group(2) + ":" + group(4)); break;
      default: put(x, "ip", "::ffff:" + x.b.patient().ip); break;
    }
  } else {
    throw std::logic_error("unknown ip " + std::string(kind));
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses.

std::string street(const Patient& p, bool withUnit) {
  std::string s = p.streetNumber + " " + p.streetName;
  if (withUnit && !p.unit.empty()) s += ", " + p.unit;
  return s;
}

void writeAddress9(Ctx& x, std::string_view kind) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  if (kind == "1") {  // street, city, state on one line, then the ZIP
    put(x, "address", street(p, true) + ", " + p.city + (r.chance(0.5) ? ", " : " ") + p.state);
    say(x, r.chance(0.8) ? " " : "  ");
    put(x, "zip", p.zip);
  } else if (kind == "1sp") {  // no commas (a card read by OCR)
    put(x, "address", street(p, false) + " " + p.city + " " + p.state);
    say(x, " ");
    put(x, "zip", p.zip);
  } else if (kind == "1n") {  // without a ZIP
    put(x, "address", street(p, true) + ", " + p.city + ", " + p.state);
  } else if (kind == "st") {
    put(x, "address", street(p, true));
  } else if (kind == "st0") {
    put(x, "address", street(p, false));
  } else if (kind == "ml") {
    put(x, "address", street(p, false));
    say(x, "\n");
    if (!p.unit.empty()) {
      put(x, "address", p.unit);
      say(x, "\n");
    }
    put(x, "address", p.city + ", " + p.state);
    say(x, " ");
    put(x, "zip", p.zip);
  } else if (kind == "city") {
    put(x, "address", p.city);
  } else if (kind == "cs") {
    put(x, "address", p.city + ", " + p.state);
  } else if (kind == "po") {
    put(x, "address", "PO Box " + std::to_string(r.between(10, 9999)) + ", " + p.city + ", " + p.state);
    say(x, " ");
    put(x, "zip", p.zip);
  } else {
    throw std::logic_error("unknown address " + std::string(kind));
  }
}

// ---------------------------------------------------------------------------------------------
// Template expansion. Placeholders (fields separated by ':'):
//   {N:who:form} a name (who: pt, k1, k2, s1..s6; forms in writeName)
//   {R} the first relative's relation (text)       {D:dob|ev|nx:style} a date (nx: after the previous)
//   {A:style} the patient's age (a span when over 89) {Y} an age under 90 (text)
//   {P:pt|alt|new:style} phone  {F:...} fax       {X} an optional extension (text)
//   {I:kind[:style]} an identifier                 {E:who} an e-mail address
//   {U:kind} a URL   {IP:4|4p|6} an address        {AD:kind} a street address   {ZIP}
//   {ST} the state code (text)  {H} a facility (text)  {CAR} a car (text)  {S} a sentence (text)
//   {T} a time (text). "{{" and "}}" are literal braces.

std::string ninthSentenceImpl(Random& r);

void expand9(Ctx& x, std::string_view pattern) {
  Random& r = x.b.random();
  std::string literal;
  auto flush = [&] {
    if (!literal.empty()) say(x, literal);
    literal.clear();
  };
  std::size_t i = 0;
  while (i < pattern.size()) {
    const char ch = pattern[i];
    if ((ch == '{' || ch == '}') && i + 1 < pattern.size() && pattern[i + 1] == ch) {
      literal.push_back(ch);
      i += 2;
      continue;
    }
    if (ch != '{') {
      literal.push_back(ch);
      ++i;
      continue;
    }
    const std::size_t close = pattern.find('}', i);
    if (close == std::string_view::npos) throw std::logic_error("unterminated placeholder");
    flush();
    const std::string_view body = pattern.substr(i + 1, close - i - 1);
    i = close + 1;
    std::array<std::string, 3> f;
    std::size_t n = 0, start = 0;
    for (std::size_t k = 0; k <= body.size() && n < 3; ++k) {
      if (k == body.size() || body[k] == ':') {
        f[n++] = std::string(body.substr(start, k - start));
        start = k + 1;
      }
    }
    const std::string& key = f[0];
    if (key == "N") writeName(x, who(x.c, f[1]), f[2]);
    else if (key == "R") say(x, x.c.k1rel);
    else if (key == "D") writeDateKind(x, f[1], f[2]);
    else if (key == "A") writeAge9(x, f[1]);
    else if (key == "Y") say(x, std::to_string(r.between(19, 86)));
    else if (key == "P") writePhone9(x, "phone", f[1], f[2]);
    else if (key == "F") writePhone9(x, "fax", f[1], f[2]);
    else if (key == "X") writeExtension(x);
    else if (key == "I") writeId(x, f[1], f[2]);
    else if (key == "E") writeEmail(x, f[1]);
    else if (key == "U") writeUrl9(x, f[1]);
    else if (key == "IP") writeIp9(x, f[1]);
    else if (key == "AD") writeAddress9(x, f[1]);
    else if (key == "ZIP") put(x, "zip", x.b.patient().zip);
    else if (key == "ST") say(x, x.b.patient().state);
    else if (key == "SEX") say(x, x.b.patient().female ? "F" : "M");
    else if (key == "HE") say(x, x.b.patient().female ? "she" : "he");
    else if (key == "HIM") say(x, x.b.patient().female ? "her" : "him");
    else if (key == "CHIS") say(x, x.b.patient().female ? "Her" : "His");
    else if (key == "HIS") say(x, x.b.patient().female ? "her" : "his");
    else if (key == "MW") say(x, x.b.patient().female ? "woman" : "man");
    else if (key == "H") say(x, pickS(r, kFacilities9));
    else if (key == "CAR") say(x, pickS(r, kCars9));
    else if (key == "S") say(x, ninthSentenceImpl(r));
    else if (key == "T") say(x, pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59)));
    else throw std::logic_error("unknown placeholder " + key);
  }
  flush();
}


struct NinthTemplate {
  std::string_view name;
  int caseMode;
  std::string_view pattern;
};

constexpr std::array kNinthTemplates = std::to_array<NinthTemplate>({
    {"hospitalist_progress", 0,
     "Hospital Medicine Progress Note, HD #3\n{D:ev:wdus}\nS: Slept poorly, back pain 6/10 overnight. {CHIS} {R} "
     "{N:k1:first} stayed at the bedside and feels {HE} is \"more like {HIS} old self\" this morning.\nO: Tmax 37.8, HR 92, "
     "BP 118/64, 2 L NC, SpO2 94%. {S}\nA/P: {A:dash} {MW} with RLL CAP, improving. Continue ceftriaxone and "
     "azithromycin, day 3 of 5. PT/OT. Likely home with {N:k1:first} in 24-48 h.\n{N:s2:full}, MD (PGY-2), for Dr. "
     "{N:s1:last}\n"},
    {"ep_consult_letter", 0,
     "Dear Dr. {N:s6:last},\n\nThank you for asking me to see {N:pt:full} ({D:dob:us}), whom I saw in the Heart "
     "Rhythm Clinic at {H} on {D:ev:long}. As you know, {HE} is a {A:adj} {MW} with paroxysmal AF first noted on a "
     "smartwatch tracing in {D:ev:my}. {S} {S}\n\nI have suggested apixaban 5 mg twice daily and a 14-day patch "
     "monitor. I will see {N:pt:last} again after the monitor is back.\n\nWith kind regards,\n\n{N:s3:fml}, MD, FHRS\n"
     "Cardiac Electrophysiology\ncc: {N:pt:fi}, {AD:1}\n"},
    {"sbar_handoff", 0,
     "SBAR HANDOFF 1900\nS: Bed 22, {N:pt:lf}, {A:slash}, POD 1 lap chole.\nB: Hx OSA on CPAP (home machine, S/N "
     "{I:serial}), T2DM. Allergic to sulfa.\nA: Pain controlled on oral oxycodone. Voiding. Ambulated x2 with "
     "{N:s5:first} from PT.\nR: Recheck glucose at 2100. {CHIS} {R}, {N:k1:full}, wants a call if anything changes: "
     "{P:alt:any}.\nGiving: {N:s4:first} RN / Receiving: {N:s6:first} RN\n"},
    {"nurse_line_triage", 0,
     "NURSE ADVICE LINE {D:ev:usn} {T}\nCaller: {N:k1:full}, {R} of patient\nPatient: {N:pt:full}   DOB {D:dob:usn}   "
     "MRN {I:mrn}\nCallback: {P:alt:paren}{X}\nReason: fever 38.9 since last night, cough, \"not eating.\" No "
     "chest pain. Speaking full sentences per caller.\nProtocol: Cough (adult), disposition see within 24 h.\nAppt "
     "made with {N:s1:fi} tomorrow 0940. Caller agrees; told to call 911 if lips turn blue. -- {N:s4:full}, RN\n"},
    {"portal_message", 2,
     "from: {N:pt:full} <{E:pt}>\nsubject: refill + question\n\nhi dr {N:s1:last} its {N:pt:first}, my pharmacy "
     "changed to the one on main st, there number is {P:new:dash}. can you send the metformin there. also my feet "
     "have been tingly since around {D:ev:md}, is that the sugar?? my {R} {N:k1:first} says i should come in. "
     "thx\n"},
    {"discharge_instructions", 0,
     "DISCHARGE INSTRUCTIONS\nYou were in {H} from {D:ev:long} to {D:nx:long}.\nName: {N:pt:full}\nYou were treated "
     "for: a blood clot in your left leg (DVT).\nNew medicine: rivaroxaban 15 mg twice a day with food for 21 days, "
     "then 20 mg once a day.\nFollow-up: Anticoagulation Clinic, {N:s5:full}, PharmD, on {D:nx:wdlong} at 10:30 AM. "
     "Clinic phone {P:new:paren}.\nCall us right away for black stools, blood in your urine, or a bad headache.\n"
     "Nurse: {N:s4:first}\n"},
    {"colonoscopy_report", 0,
     "PROCEDURE: Colonoscopy with cold snare polypectomy\nPatient: {N:pt:LF}   MRN: {I:mrn}   Age: {A:num}\nDate: "
     "{D:ev:abbr}   Endoscopist: {N:s3:full}, MD   Fellow: {N:s2:fi}, MD\nIndication: surveillance, personal "
     "history of adenomas.\nPrep: Boston Bowel Prep Score 8 (3/3/2). Cecum reached at {T}, withdrawal time 9 "
     "min.\nFindings: a 6 mm sessile polyp in the ascending colon, removed. {S}\nRecall: pending pathology. "
     "Escort: {N:k2:full}\n"},
    {"psych_intake", 0,
     "Behavioral Health Intake -- {D:ev:iso}\nIdentifying data: {N:pt:f2}, goes by \"{N:pt:nick}\", {A:slash}. "
     "{CHIS} {R} {N:k1:first} drove {N:pt:first} here. Lives in {AD:city}.\nCC: \"I can't sleep and I keep "
     "crying.\"\nHPI: Low mood since {HIS} brother {N:k2:first} died in {D:ev:my}. {S}\nMSE: Casually dressed, "
     "good eye contact, mood \"empty,\" affect tearful. No SI/HI.\nPlan: sertraline 25 mg, CBT-I referral, "
     "return in 2 weeks. {N:s3:full}, PMHNP-BC\n"},
    {"social_work_assessment", 0,
     "SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\nMet with {N:pt:full} and {HIS} {R}, {N:k1:full}, at the bedside. "
     "{N:pt:first} rents a second-floor apartment at {AD:st} with stairs only. The landlord, {N:s6:full}, "
     "({P:new:dot}) has been asked about a ground-floor unit.\nIncome: SSDI. Insurance: Medicaid, ID "
     "{I:plan}.\nTransportation: no longer drives; {HIS} {CAR} (plate {I:plate}) was sold in {D:ev:my}.\n{S}\n"
     "Plan: home health referral, Meals on Wheels application. -- {N:s5:full}, LCSW\n"},
    {"home_health_visit", 0,
     "Home Health Skilled Nursing Visit\nPt: {N:pt:full}   Visit {D:ev:usn}   Time in {T}\nAddress: {AD:1}\nGate "
     "code 4471#, dog in the yard. {N:k1:first} ({R}) let me in.\nVitals: BP 142/80, HR 74, SpO2 96% RA, wt up "
     "1.2 kg since last visit.\nMed rec done; furosemide bottle empty since {D:ev:mdlong}. Called Dr. {N:s1:last}'s "
     "office at {P:new:dash}, spoke with {N:s6:first}.\n{S}\n{N:s4:fi}, RN\n"},
    {"pharmacy_callback", 0,
     "Pharmacy intervention -- {H} Outpatient Pharmacy\nRx for {N:pt:lfm} (DOB {D:dob:dashus}): "
     "levofloxacin 750 mg daily, interacts with tizanidine on the profile.\nCalled prescriber {N:s1:fi} at "
     "{P:new:any}{X}; voicemail. Faxed interaction notice to {F:new:any}. {S}\nPatient told to expect a call; "
     "best number {P:pt:any}.\n{N:s5:full}, PharmD\n"},
    {"ct_report", 1,
     "CT HEAD WITHOUT CONTRAST\nPATIENT: {N:pt:LF}   DOB: {D:dob:us}   ACCESSION: {I:acc}\nEXAM DATE: {D:ev:ust}\n"
     "CLINICAL HISTORY: FALL AT HOME, ON APIXABAN.\nCOMPARISON: {D:ev:us}.\nFINDINGS: NO ACUTE INTRACRANIAL "
     "HEMORRHAGE. CHRONIC SMALL VESSEL ISCHEMIC CHANGE. {S}\nIMPRESSION: NO ACUTE FINDING.\nCRITICAL RESULT: NONE. "
     "DICTATED BY {N:s3:FL}, MD\n"},
    {"surgical_pathology", 0,
     "SURGICAL PATHOLOGY REPORT\nAccession: {I:acc}   Received: {D:ev:us}\nPatient: {N:pt:lf}   Chart: {I:mrn}\n"
     "Submitting physician: {N:s3:full}\nSpecimen: skin, left cheek, shave\nDiagnosis: basal cell carcinoma, "
     "nodular type, peripheral margin involved.\n{S}\nElectronically signed {D:nx:us} by {N:s2:fml}, MD\n"},
    {"ed_mvc", 0,
     "ED PROVIDER NOTE\n{A:adj} {SEX} restrained driver of a {CAR}, hit on the passenger side at about 35 mph. "
     "Airbags deployed. Ambulatory at the scene. Officer {N:s6:full} of the county sheriff's office came in to "
     "document and read the VIN off the tow sheet, {I:vin}, and the plate {I:plate}.\nDenies LOC. C-spine cleared "
     "by NEXUS. {S} {S}\nDriver's license {I:lic} scanned to the chart at registration.\n{N:s2:full}, DO\n"},
    {"ems_handoff", 0,
     "Verbal report from Medic 14 at {T}: {A:adj} {MW} found by {HIS} {R} {N:k1:first} on the bathroom floor at "
     "{AD:1n}, last known well about 2200. GCS 14, BGL 62, given D10. {S} Medics: {N:s6:full} and "
     "{N:s5:full}. Home phone {P:pt:any}; {R} cell {P:alt:any}.\n"},
    {"dental_exam", 0,
     "Dental Clinic -- Periodic Oral Evaluation\n{N:pt:fmn}   Chart {I:mrn2}   {D:ev:dot}\nMed hx reviewed; "
     "on alendronate x 6 yrs, discussed MRONJ risk before #30 extraction.\nPerio: 4-5 mm pockets #2-#3, BOP "
     "present. Caries #19 MO.\nPlan: SRP UR/LR, refer oral surgery ({N:s3:fi}). Next recall {D:nx:myn}.\n"
     "Hygienist: {N:s4:full}, RDH\n"},
    {"pt_initial_eval", 0,
     "Outpatient Physical Therapy Initial Evaluation\nPatient: {N:pt:full}   Referring: Dr. {N:s1:full}\nDOI: "
     "{D:ev:mdlong}, slipped on ice outside the post office in {AD:city}. R distal radius fx, ORIF on "
     "{D:nx:md}.\nQuickDASH 61. Grip 8 kg R vs 27 kg L. {S}\nGoals: independent with buttons and jar opening "
     "in 8 wk.\n{N:s5:fi}, PT, DPT\n"},
    {"slp_swallow", 0,
     "SPEECH-LANGUAGE PATHOLOGY: Bedside Swallow Evaluation\n{N:pt:lfi}, rm 6118, {A:any}\nThin liquids by cup: "
     "coughing after the 3rd sip. Nectar-thick: no overt signs. Puree: WNL.\nRec: MBSS tomorrow; NPO except meds "
     "in puree until then. Discussed with {HIS} {R} {N:k1:first} and RN {N:s4:first}.\n{S}\n"
     "{N:s5:full}, MS, CCC-SLP\n"},
    {"nutrition_note", 0,
     "Clinical Nutrition Follow-up {D:ev:us2}\n{N:pt:full} -- wt 48.6 kg (-7% in 1 month), BMI 17.9. Intake "
     "< 50% of meals x 5 days. {S}\nMalnutrition (ASPEN): moderate, chronic illness.\nRec: Ensure Plus BID, "
     "magic cup with lunch, liberalize diet. {CHIS} {R} will bring {HIS} favourite soups from home.\n"
     "{N:s5:full}, RD, LDN\n"},
    {"wound_clinic", 0,
     "Wound Care Center visit {D:ev:iso}\n{N:pt:full}   MRN {I:mrn}\nR plantar 1st MTH diabetic foot ulcer, "
     "Wagner 2, 1.8 x 1.4 x 0.4 cm, probe-to-bone negative. {S}\nPhoto uploaded: {U:photo}\nOffloading: TCC "
     "applied. Return 1 week. {N:s3:fi}, DPM\n"},
    {"family_meeting", 0,
     "Palliative Care -- Family Meeting\nPresent: patient {N:pt:full}; {R} {N:k1:full}; {N:k2:full} (joined by "
     "phone from {P:new:intl}); {N:s1:full}, MD; {N:s5:full}, chaplain; {N:s4:full}, RN.\n{N:pt:first} said "
     "clearly that {HE} does not want to go back on the ventilator. {N:k2:first} asked about a feeding tube; we "
     "talked through what it can and cannot do. {S}\nOutcome: DNR/DNI, comfort-focused care, hospice referral to "
     "{H}.\n"},
    {"chaplain_visit", 0,
     "Spiritual Care Note\nVisited {N:pt:full} at the request of {HIS} {R}. {N:pt:first} was raised "
     "Catholic; asked for the Sacrament of the Sick. Father {N:s6:last} from St. Brendan's was called at "
     "{P:new:local7} and will come after the 5 pm Mass. We prayed the Our Father together. {S}\n"
     "Chaplain {N:s5:full}, MDiv\n"},
    {"fax_cover", 0,
     "FAX\nTo: {N:s6:any}, Utilization Review   Fax: {F:new:any}\nFrom: {N:s5:full}, Case Management, {H}\n"
     "Phone: {P:new:any}   Fax: {F:alt:any}\nDate: {D:ev:usn}   Pages: 7 (including cover)\nRe: {N:pt:lf}, DOB "
     "{D:dob:usn}, member ID {I:plan}\nClinicals attached for continued stay review.\nCONFIDENTIAL: this fax may "
     "contain protected health information.\n"},
    {"denial_letter", 0,
     "{D:ev:long}\n\n{N:pt:full}\n{AD:ml}\n\nRe: Claim {I:claim}\nMember ID: {I:plan}   Group: {I:grp}\n\nDear "
     "{N:pt:full}:\n\nWe reviewed the claim for the lumbar MRI done on {D:ev:long}. We cannot approve "
     "it because six weeks of conservative treatment were not documented. You may appeal within 180 days by "
     "calling {P:new:toll} (TTY 711) or writing to the address above.\n\nSincerely,\n{N:s6:fi}, RN, Appeals "
     "Unit\n"},
    {"prior_auth_form", 0,
     "PRIOR AUTHORIZATION REQUEST -- SPECIALTY PHARMACY\nMember name: {N:pt:lf}\nDate of birth: {D:dob:us}\n"
     "Member ID: {I:plan}\nMedicare MBI: {I:mbi:dash}\nDrug: dupilumab 300 mg SC q2 weeks\nDiagnosis: L20.9 "
     "atopic dermatitis, EASI 24\nPrior therapies: triamcinolone 0.1%, tacrolimus 0.1%, 12 weeks NB-UVB\n"
     "Prescriber: {N:s3:full}, MD   Phone: {P:new:dash}   Fax: {F:new:dash}\nSignature on file {D:ev:usn}\n"},
    {"face_sheet", 1,
     "PATIENT FACE SHEET\nNAME: {N:pt:LF}    SEX: {SEX}    DOB: {D:dob:us}\nADDRESS: {AD:ml}\nHOME: {P:pt:paren}   "
     "CELL: {P:alt:paren}\nEMAIL: {E:pt}\nSSN: {I:ssn}\nPRIMARY INS: MEDICARE   MBI: {I:mbi}\nSECONDARY: "
     "{I:plan}\nEMERGENCY CONTACT: {N:k1:LF} ({R})\nACCT: {I:acct}    MRN: {I:mrn}\n"},
    {"immunization_visit", 0,
     "Immunization administration {D:ev:any}\n{N:pt:full}, DOB {D:dob:long}. VIS given and reviewed.\n"
     "Shingrix dose 2, 0.5 mL IM R deltoid, lot 7H3RX, exp 2026-04. Fluzone High-Dose, 0.7 mL IM L deltoid.\n"
     "Observed 15 min without reaction. State registry updated, registry ID {I:reg}.\n{N:s4:full}, LPN\n"},
    {"telehealth_connect", 0,
     "Video visit -- {D:ev:long}\nLink sent by text: {U:video}\nPatient joined from home ({AD:cs}); session "
     "log shows client IP {IP:4}. Identity confirmed with name and DOB ({D:dob:usn}).\n{CHIS} {R}, {N:k1:first}, "
     "helped with the camera. {S} {S}\nTotal time 22 min. {N:s1:full}, MD\n"},
    {"remote_monitoring", 0,
     "Remote Patient Monitoring -- monthly review\nPatient: {N:pt:full}\nBP cuff (cellular) IMEI {I:imei}, 27 of "
     "30 days with readings. Avg 148/86. Scale serial {I:dev2}: wt trend up 1.9 kg.\nCGM transmitter {I:cgm}: "
     "TIR 58%, TBR 2%.\nOutreach call to {P:pt:any} {D:ev:wdmd}, no answer; left message. {S}\n"
     "{N:s4:full}, RN care manager\n"},
    {"device_clinic", 0,
     "Device Clinic -- ICD interrogation {D:ev:iso}\n{N:pt:lfm}   MRN {I:mrn}\nDevice: dual-chamber ICD, serial "
     "{I:dev}, implanted {D:ev:my}. Battery 7.8 years. RV lead impedance 512 ohms, stable.\nEvents: 2 episodes "
     "of NSVT, no therapies. {S}\nRemote monitor paired; next remote {D:nx:md}. {N:s3:fi}, CDS\n"},
    {"sleep_cpap_followup", 0,
     "Sleep Medicine follow-up\n{N:pt:full}, {A:any}, seen {D:ev:any}.\nAPAP 6-14 cm, 90th pct pressure 11.2, AHI "
     "3.1, usage 6 h 40 min avg, 93% of nights > 4 h. Machine S/N {I:serial}. Mask leak ok with nasal pillows.\n"
     "DME: call Breatheasy Supply at {P:new:toll} for new cushions.\n{S}\n{N:s1:fi}, MD\n"},
    {"critical_lab_call", 0,
     "CRITICAL VALUE NOTIFICATION\n{D:ev:ust}: Potassium 6.8 mmol/L (hemolysis index 0) on {N:pt:LF}, "
     "MRN {I:mrn}.\nCalled to {N:s2:full}, MD, at {T} on {D:ev:compact}, read back and verified. Called by {N:s6:first} in the core lab, "
     "x4-2210.\n"},
    {"roi_request", 0,
     "AUTHORIZATION FOR RELEASE OF INFORMATION\nPatient: {N:pt:full}   DOB: {D:dob:us}\nOther names used: "
     "{N:k2:last} (maiden name)\nRelease to: {N:k1:full}, {AD:1}\nE-mail for electronic delivery: {E:k1}\n"
     "Records: discharge summaries and imaging from {D:ev:my} to present\nPurpose: personal use\nSigned "
     "{D:ev:usn}. Identity checked against driver's license {I:lic}; SSN on the form {I:ssn:space}.\n"},
    {"aps_report", 0,
     "Adult Protective Services referral (mandated reporter)\nAlleged victim: {N:pt:full}, {A:any}, "
     "{AD:1}\nPhone: {P:pt:any}\nAlleged perpetrator: {N:k2:full}, grandson, lives in the home.\nConcern: "
     "bank statements show withdrawals the patient does not recognize; patient appears frightened when "
     "{N:k2:first} is present. {S}\nReport taken by intake worker {N:s6:full}, ref {I:case}, on {D:ev:any}.\n"
     "Reporter: {N:s5:full}, MSW\n"},
    {"death_note", 0,
     "Called to bedside by RN {N:s4:first} at {T}. {N:pt:full}, {A:any}, on comfort care. No spontaneous "
     "respirations, no heart sounds over one full minute, pupils fixed. Time of death {T} on {D:ev:any}. "
     "{CHIS} {R} {N:k1:first} and {N:k2:first} were present. Medical examiner not required. Attending Dr. "
     "{N:s1:last} informed. Funeral home: Hollis & Sons, {P:new:any}.\n{N:s2:fi}, MD\n"},
    {"geriatrics_cga", 0,
     "Geriatric Medicine -- Comprehensive Assessment\n{N:pt:full} is a {A:adj} {MW} who lives with {HIS} "
     "{R} in {AD:city}. Accompanied today by {N:k1:first}.\nMoCA 19/30 (missed delayed recall 0/5, cube). "
     "TUG 18 s. Gait speed 0.6 m/s. Katz ADL 5/6.\n{S} {S}\nDriving: family took the keys in {D:ev:my}. "
     "{N:pt:first}'s {R} asked for a letter for the DMV.\n{N:s1:full}, MD, AGSF\n"},
    {"dmv_medical_form", 1,
     "DRIVER MEDICAL EVALUATION\nDRIVER: {N:pt:LF}\nLICENSE NO.: {I:lic}   DOB: {D:dob:us}\nADDRESS: {AD:1}\n"
     "VISUAL ACUITY: 20/40 OU CORRECTED. FIELDS FULL.\nCONDITION: MILD NEUROCOGNITIVE DISORDER.\n"
     "RECOMMENDATION: ON-ROAD DRIVING TEST BEFORE RENEWAL.\nPHYSICIAN: {N:s1:FL}   DATE: {D:ev:us}\n"},
    {"transport_request", 0,
     "Non-emergency transport request\nPick up: {N:pt:any} at {AD:1}, {D:nx:wdlong} at 0815\nTo: {H}, dialysis "
     "chair 4\nWheelchair van; patient cannot do stairs. Caregiver {N:k1:full} will ride along, phone "
     "{P:alt:any}.\nMedicaid ID {I:plan}. Booked with dispatcher {N:s6:first}, confirmation 55120.\n"},
    {"staff_email", 0,
     "From: {N:s3:full} <{E:s3}>\nTo: {N:s1:full} <{E:s1}>\nCc: {E:s5}\nSubject: your patient {N:pt:lfi}\n\n"
     "Hi {N:s1:first},\nSaw {N:pt:last} in clinic on {D:ev:wdmd}. Biopsy shows IgA nephropathy, Oxford "
     "M1 E0 S1 T0 C0. {S} I'd like to start an SGLT2 inhibitor and see {HIM} again in 6 weeks.\nThanks,\n"
     "{N:s3:first}\n"},
    {"sms_reminder_log", 0,
     "OUTBOUND SMS LOG\n{D:ev:isot} to {P:pt:plus}: \"Hi {N:pt:first}, this is Saltmarsh Family Clinic reminding "
     "you of your visit on {D:nx:md} at 9:20. Reply C to confirm.\"\n{D:nx:isot} from {P:pt:plus}: \"C\"\n"
     "{D:nx:isot} to {P:pt:plus}: \"Thank you! Bring your meds list.\"\n"},
    {"research_screening", 0,
     "Research screening log -- STEP-HF (protocol 2023-0417)\nParticipant ID: {I:study}\nName: {N:pt:any}   "
     "Contact: {E:pt}, {P:pt:any}\nConsented {D:ev:us} by {N:s5:full}, CCRC. eCRF link: {U:study}\n"
     "Eligibility: LVEF 35%, NT-proBNP 1,840 pg/mL, eGFR 41. {S}\n"},
    {"transfer_accept", 0,
     "Transfer center call {D:ev:milsp} {T}\nReferring: {N:s6:any}, MD, at Lantern Hill (phone {P:new:any})\n"
     "Patient: {N:pt:full}, {A:any}, NSTEMI, troponin 2.4, ongoing chest pain on heparin.\nAccepted by "
     "{N:s1:full}, MD, cardiology, to CCU bed 9. Transfer ID {I:fin}. {S}\n"},
    {"methadone_clinic", 0,
     "OTP counseling note\nClient {N:pt:full} (ID {I:stateid}) seen {D:ev:dmon}. Dose 95 mg, "
     "stable. UDS positive for methadone only. Earned 2 take-homes. Lives with {HIS} {R} on {AD:st0}; moved there on the {D:ev:ordof}.\n"
     "Counselor: {N:s5:full}, LADC\n{S}\n"},
    {"it_access_audit", 0,
     "EHR access audit -- privacy office\nuser: {N:s6:fi} (registration)\npatient=\"{N:pt:LF}\" "
     "mrn={I:mrn}\nts={D:ev:isot} src={IP:4p}\nts={D:nx:isot} src={IP:6}\nFinding: access outside of a "
     "treatment relationship. Referred to {N:s5:full}, privacy officer.\n"},
    {"continence_clinic", 0,
     "Continence Nurse Specialist visit, {D:ev:dlong}\n{N:pt:full} ({A:yrs}) was referred by Dr. {N:s1:last} for urge "
     "incontinence, 6-8 pads a day. Bladder diary: 14 voids in 24 h, nocturia x3. PVR 40 mL by bladder scan. "
     "{CHIS} {R} {N:k1:first} came to the visit. {S}\nPlan: pelvic floor exercises, timed voiding, trial of "
     "mirabegron 25 mg. Next visit {D:nx:md}. {N:s3:full}, RN, CWOCN\n"},
    {"work_excuse", 0,
     "{H}\n{D:ev:long}\n\nTo whom it may concern:\n\n{N:pt:full} was seen in our clinic today and may not "
     "return to work until {D:nx:long}. Light duty after that, no lifting over 10 lb for two weeks.\n\n"
     "{N:s1:full}, PA-C\nQuestions: {P:new:any}\n"},
    {"lower_case_quick", 2,
     "pt {N:pt:low} seen quickly w {N:s2:lowf} -- bp better, pt wants to stop amlodipine. {N:pt:lowf} says "
     "{HIS} {R} {N:k1:lowf} checks it at home ({P:alt:any}). dob {D:dob:usn}. {S} f/u 3 mo.\n"},
    {"gofundme_mention", 0,
     "Case management note: {CHIS} {R} {N:k1:full} mentioned that a church group started an online fundraiser "
     "for {N:pt:first}'s medical bills ({U:fund}). Provided the financial counselor's number {P:new:any} and the "
     "charity care application. {S}\n"},
    {"pacs_share", 0,
     "Outside imaging request: {N:pt:full} (DOB {D:dob:iso}) had an MRI brain at an outside center on "
     "{D:ev:md}. Images available at {U:share} until {D:nx:us}. Requested by {N:s3:full}. {S}\n"},
    {"no_phi_sepsis_bundle", 0,
     "SEPSIS BUNDLE (HOUR-1)\n- Lactate; repeat if > 2 mmol/L\n- Blood cultures x2 before antibiotics\n- "
     "Broad-spectrum antibiotics\n- 30 mL/kg crystalloid for hypotension or lactate >= 4\n- Vasopressors for "
     "MAP < 65 after fluids\n{S} {S}\n"},
    {"no_phi_insulin_scale", 0,
     "CORRECTION INSULIN (lispro), moderate scale, before meals\n151-200: 2 units\n201-250: 4 units\n251-300: 6 "
     "units\n301-350: 8 units\n> 350: 10 units and call\nHold if not eating. {S}\n"},
    {"no_phi_fall_precautions", 0,
     "FALL PRECAUTIONS\nMorse score >= 45: yellow socks, bed low and locked, call light in reach, hourly "
     "rounding. Bed alarm on for patients aged {Y} or older with delirium. {S} {S}\n"},
    {"no_phi_ekg_read", 0,
     "12-lead ECG: sinus rhythm 68, PR 182 ms, QRS 96 ms, QTc 441 ms. Left axis deviation. No acute ST "
     "changes. Compared with prior: no significant change. {S}\n"},
    {"no_phi_teaching_points", 0,
     "Teaching points for residents\n1. Murphy sign loses sensitivity in the elderly.\n2. Charcot triad: "
     "fever, RUQ pain, jaundice; add shock and confusion for Reynolds pentad.\n3. Courvoisier sign: painless "
     "palpable gallbladder with jaundice.\n{S} {S}\n"},
    {"no_phi_opioid_taper", 0,
     "OPIOID TAPER PLAN\nReduce by 10% of the original dose every 1-2 weeks. Offer naloxone. Check PDMP before "
     "each refill. A {Y}-year-old on 90 MME needs closer follow-up. {S}\n"},
    {"no_phi_ortho_exam", 0,
     "Knee exam: Lachman 1A, anterior drawer negative, McMurray positive medially, Apley grind painful. Thessaly "
     "at 20 degrees positive. Effusion small. {S} {S}\n"},
});

std::string ninthSentenceImpl(Random& r) {
  auto n = [&](int low, int high) { return std::to_string(r.between(low, high)); };
  auto dec = [&](int low, int high) { return std::to_string(r.between(low, high)) + "." + std::to_string(r.between(0, 9)); };
  switch (r.between(0, 53)) {
    case 0: return "Hodgkin lymphoma in 2011, ABVD x 6 cycles, in remission since.";
    case 1: return "Crohn ileitis on ustekinumab; fecal calprotectin " + n(40, 900) + " ug/g.";
    case 2: return "Barrett esophagus without dysplasia on the last EGD; PPI twice daily.";
    case 3: return "Whipple procedure (pancreaticoduodenectomy) 2019 for an IPMN.";
    case 4: return "Positive Tinel and Phalen at the right wrist; EMG ordered.";
    case 5: return "Heberden and Bouchard nodes bilaterally, Finkelstein negative.";
    case 6: return "Still disease flare ruled out; ferritin " + n(80, 600) + " ng/mL.";
    case 7: return "Mobitz I (Wenckebach) during sleep only, asymptomatic.";
    case 8: return "Trousseau and Chvostek signs absent; ionized calcium " + dec(1, 1) + " mmol/L.";
    case 9: return "Homans sign is unreliable; venous duplex of the left leg was negative.";
    case 10: return "Centor score " + n(0, 4) + "; rapid strep negative.";
    case 11: return "Alvarado score " + n(2, 9) + " with RLQ tenderness at McBurney point.";
    case 12: return "Colles fracture in a cast for 6 weeks; skin intact at the edges.";
    case 13: return "Dupuytren cord at the ring finger, tabletop test positive.";
    case 14: return "Kawasaki disease as a child; echo never showed aneurysms.";
    case 15: return "Virchow node not palpable; no supraclavicular adenopathy.";
    case 16: return "Lhermitte phenomenon reported with neck flexion; MRI C-spine requested.";
    case 17: return "Spurling test reproduces radicular pain down the left arm to the thumb.";
    case 18: return "Patience is needed with the titration; do not rush the dose.";
    case 19: return "Will march the furosemide down if the weight holds steady.";
    case 20: return "Hope and Grace units are closed to visitors during the outbreak.";
    case 21: return "Summer camp forms are not completed in this clinic.";
    case 22: return "Violet discoloration of the toes resolved after rewarming.";
    case 23: return "Amber urine and dark stools were reported last week.";
    case 24: return "Rocky course in the ICU with two reintubations.";
    case 25: return "May restart aspirin in 7 days if hemoglobin is stable.";
    case 26: return "Patient says the pain is worse in the winter and better in the summer.";
    case 27: return "Baker cyst, 3.1 cm, on ultrasound of the popliteal fossa.";
    case 28: return "Bell palsy on the right; eye taping at night reviewed.";
    case 29: return "Sat " + n(88, 99) + "% on room air; up to " + n(90, 100) + "% with 2 L.";
    case 30: return "Heart rate 90, respirations 18, temperature 37.1.";
    case 31: return "Flexion limited to 90 degrees, extension lacks 10 degrees.";
    case 32: return "Aspirin 81 mg, atorvastatin 40 mg, metoprolol succinate 25 mg daily.";
    case 33: return "Ferritin 12 ng/mL, iron saturation 9%; IV iron 510 mg x 2 ordered.";
    case 34: return "A1c " + dec(5, 11) + "%, LDL " + n(50, 190) + " mg/dL, eGFR " + n(25, 100) + ".";
    case 35: return "Creatinine 1.42 (baseline 1.0-1.1); hold lisinopril.";
    case 36: return "ICD-10 N18.32 and E11.22; CPT 99214; modifier 25 not used.";
    case 37: return "Lot AB7731, NDC 0006-4837-03, administered per protocol.";
    case 38: return "Pump rate 125 mL/h x 1 L, then 75 mL/h.";
    case 39: return "Room 4127 bed 2; telemetry box 38.";
    case 40: return "Ext 4410 for the charge nurse; pager 2271 for the resident on call.";
    case 41: return "Patients aged 65 or older receive the high-dose vaccine.";
    case 42: return "Father had an MI at " + n(48, 72) + "; mother lived to " + n(70, 89) + ".";
    case 43: return "Twin brother, age " + n(30, 85) + ", has the same tremor.";
    case 44: return "Quit smoking in 2008 after a " + n(15, 60) + " pack-year history.";
    case 45: return "ECOG 1; Karnofsky 80.";
    case 46: return "Version 10.2.1.4 of the order set went live in 2024.";
    case 47: return "Levels drawn at 0600 and 1800; trough goal 10-15.";
    case 48: return "Call 911 for chest pain; 988 for a mental health crisis.";
    case 49: return "PT/INR 1.1, PTT 29 s, fibrinogen " + n(180, 450) + " mg/dL.";
    case 50: return "Charcot foot, Eichenholtz stage 1, in a CROW walker.";
    case 51: return "Glasgow Coma Scale 15; Ranson criteria 2 at admission.";
    case 52: return "Second opinion from the Mayo or Cleveland clinics is up to the family.";
    default: return "Return in " + n(1, 6) + " months, sooner if symptoms change.";
  }
}

}  // namespace

std::size_t ninthTemplateCount() { return kNinthTemplates.size(); }

std::string_view writeNinthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                std::size_t choice) {
  const Cast9 cast = makeCast9(seed, patientIndex);
  const NinthTemplate& t = kNinthTemplates[choice % kNinthTemplates.size()];
  Ctx x{builder, cast, t.caseMode};
  expand9(x, t.pattern);
  return t.name;
}

std::string ninthSentence(Random& r) { return ninthSentenceImpl(r); }

}  // namespace concord::phi::corpus
