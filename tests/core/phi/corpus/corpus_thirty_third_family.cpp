// The thirty-third family (kThirtyThirdSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is inpatient and perioperative care and care in special settings: what
// theatre teams (surgical safety checklists, theatre lists, anaesthesia records, pre-operative
// assessments, consents, implant registers and stickers, specimen labels, operation notes,
// recovery charts), ward and ICU nurses (flowsheets, fluid balance, SBAR handovers, medication
// administration records, wristbands and bed labels, falls and pressure-ulcer reports),
// transfusion labs, infection control, rapid-response teams and discharge desks write, and what
// military and veterans' medical services, prison health units, refugee-camp and humanitarian
// clinics and occupational-health services at mines, oil rigs and on ships write, from Kyrgyzstan
// (Kyrgyz and Russian Cyrillic, transliteration), Tajikistan (Tajik Cyrillic), Turkmenistan
// (Turkmen Latin), Nicaragua, Honduras, Belize (English, Spanish, Kriol), Suriname (Dutch,
// Sranan), Malawi (English, Chichewa), Burundi (Kirundi, French), Benin (French, Fon names),
// Sierra Leone (English, Krio), Algeria (Arabic, French), Yemen (Arabic, Hijri dates), Lebanon
// (Arabic, French), Qatar (Arabic, English, Hijri dates), Malta (Maltese, English), Montenegro
// (Montenegrin Latin and Cyrillic), Timor-Leste (Tetum, Portuguese), Brunei (Malay, Jawi, Hijri
// dates), Macau (Chinese, Portuguese) and the US (veterans, military, prison, implants).
// Document styles: checklists and forms with a label and its value on one line or on the next,
// theatre lists and line lists as tables and CSV, ALL-CAPS printouts (wristbands, bed labels,
// blood-bank tags), OCR'd stickers and labels, letters with recipient blocks, e-mails, SMS, pages
// and chats in lower case, voicemail transcripts; and notes without PHI full of doses and infusion
// rates, lab values, scores (ASA, GCS, APACHE II, Braden, Waterlow, NEWS2, Aldrete), times, theatre
// and bed numbers, implant catalogue (REF) and LOT numbers, ISBT 128 unit numbers, OPCS, CPT and
// ICD-10 codes, the facility's own registration numbers, military unit designations and grid
// references, camp sector codes, vessel IMO numbers and ward extensions, some in Arabic-Indic
// digits.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), as the thirtieth
// to thirty-second families restate them, with this family's decisions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("ПИН: ", "Cédula: ", "DNI ",
//    "JMBG: ", "QID: ", "IC No.: ", "BIR n.º ", "NPI : ", "NIN: ", "Service No. ", "Inmate # ",
//    "S/N ", "SN "), CSV separators, quotes and trailing punctuation are outside.
//  * Names: titles, ranks and forms of address before a name are outside ("Dr", "Dra.", "Lic.",
//    "Enf.", "Sr.", "Sra.", "doña", "don", "Mme", "M.", "Mrs", "Ms", "Mr", "Sister", "Nurse",
//    "Matron", "Sgt", "SSG", "Cpl", "Capt", "Lt", "Maj", "Col", "PFC", "AB", "Bosun", "Sgt Maj",
//    "Awang", "Dayang", "Pg", "Sra.ª", "Sr.ª", "Sinjura", "Sinjur", "gđa", "g.", "г-жа", "г-н",
//    "д-р", "الدكتور", "د.", "السيد", "السيدة", "الحاج", "Hajjah", kin words in chats: "mbuya",
//    "agogo", "gogo", "abuela", "abuelo", "granny", "grandpa", "nanna", "nannu"); credentials
//    and posts after a name are outside (", CRNA", ", CCRN", ", RN", ", FRCA", ", FACS", ", MBBS",
//    ", RGN", ", CIC", ", MLS(ASCP)", ", PA-C"). A name written in one piece is one span in the
//    record's order: Spanish two surnames ("Yahoska Gutiérrez Obando", "GUTIÉRREZ OBANDO,
//    Yahoska"), Kyrgyz, Tajik and Turkmen register order with the patronymic ("Асанова Айгуль
//    Жумабековна", "Orazowa Aýna Batyrowna"), the Kirundi and Fon name first in registers
//    ("NDAYISHIMIYE Francine", "HOUNGBÉDJI Comlan"), Yemeni chains of four names, Qatari given,
//    father's and family name, Malay names with "bin" and "binti" and the father's name ("Nurul
//    Hafizah binti Osman", Jawi too), Chinese names of Macau in characters ("陳美玲") and in their
//    Cantonese romanisation ("CHAN Mei Leng"), Timorese and Maltese compound surnames, Arabic,
//    Cyrillic, Jawi and Chinese script, capitals, lower case, inverted, initials; a given name,
//    a family name or a father's name alone is a name, and so is each of a form's "Apellidos:" and
//    "Nombres:", "Prezime:" and "Ime:" lines and each line of a wristband that writes the family
//    name above the given name. A name misread by OCR ("KOROIVIA", "HFCTOR") is one span as the
//    scan wrote it.
//  * Everyone named is PHI: patients, relatives, donors of blood named on a directed-donation form,
//    other patients on a theatre list, a line list or a crew list, and all staff (surgeons,
//    anaesthetists, scrub and recovery nurses, perfusionists, porters, guards, chaplains, medics,
//    camp health workers, ship's masters and rig medics).
//  * Dates: the date only; a time after it is outside. Every form is a date: US, ISO, YYYYMMDD on
//    labels and in CSV, day/month and month/day in chats, dots, slashes, dashes; month names in
//    Russian and Kyrgyz ("2024-жылдын 15-марты", one span), Tajik ("15 марти 2024", the "с." after
//    it outside), Turkmen, Spanish, Dutch, Kirundi, French, Arabic (Gulf and Levantine and Maghreb
//    month names), Maltese ("15 ta' Marzu 2024", one span), Montenegrin Latin and Cyrillic (the
//    closing dot outside), Tetum, Portuguese, Malay and Chinese ("2024年3月15日"); Hijri dates in
//    Yemen, Qatar and Brunei ("5 رمضان 1445", "1445/09/05", "5 Ramadan 1445", the "هـ" and "H"
//    after them outside), always with ASCII digits (the shared check requires them: Arabic-Indic
//    digits appear only in look-alikes without PHI). Not PHI: years alone, times, durations,
//    post-operative days ("POD 3"), "day 2 of 5".
//  * Ages: a span only over 89, the number only ("94" of "94 anni", "94 лет", "94 años", "94
//    ans", "94 sena", "94 yaşynda") or its English words in chats and dictations ("ninety-four");
//    a relative's age over 89 too.
//  * Phones: every phone number of a person is a phone span, national and international, seven
//    digits in Belize, Suriname and Brunei and US local numbers; numbers labelled fax are "fax".
//    Ward extensions ("ext 4410", "bleep 2231") and the facility's switchboard on a printed
//    letterhead are not PHI (JUDGEMENT CALL: a department's number, like its mailbox).
//  * Identifiers, by the families' rule that a number keying one person's records is "mrn", an
//    identity document's number "license", insurance "health_plan", bills and cases "account":
//    - "mrn": hospital and theatre-register numbers of a patient; personal numbers apart from an
//      identity card: the Kyrgyz ПИН (14 digits), the Beninese NPI, the Sierra Leone NIN, the
//      Algerian NIN (18 digits), the Montenegrin JMBG; military service numbers and the US DoD
//      ID (EDIPI) and VA file numbers (JUDGEMENT CALL: they key a service member's records);
//      inmate and detainee numbers; a refugee's UNHCR individual number (JUDGEMENT CALL: it keys
//      one person's records in proGres); specimen accession numbers on pathology labels and a
//      patient's blood-bank sample and crossmatch numbers (JUDGEMENT CALL: they key one patient's
//      laboratory record).
//    - "license": identity cards and passports: Kyrgyz ID card and passport numbers, Tajik and
//      Turkmen passports, the Nicaraguan cédula ("001-010190-0001A"), the Honduran DNI
//      ("0801-1990-12345"), Surinamese, Malawian, Burundian, Lebanese, Yemeni and Timorese (BI)
//      identity cards, the Algerian CNI, the Qatari QID (11 digits), the Maltese ID card
//      ("1234567M"), the Bruneian IC ("01-123456", the colour after it outside), the Macau BIR
//      ("1/234567/8"), the Montenegrin lična karta (JUDGEMENT CALL for the QID, the Bruneian IC,
//      the Macau BIR and the Maltese ID card, which keep their number for life: they are the
//      numbers of identity cards, like the thirty-first family's NRIC and HKID); seafarer's
//      discharge books (JUDGEMENT CALL: an identity document of the sea); a named doctor's
//      registration number.
//    - "health_plan": the Belize social security number (JUDGEMENT CALL: the NHI card runs on it),
//      Kyrgyz ОМС policies, Nicaraguan INSS and Honduran IHSS affiliations, SZF of Suriname, MASM
//      of Malawi, the Burundian MFP and CAM cards, Benin's ARCH, Sierra Leone's SLeSHI, the
//      Algerian CHIFA card (the social-security number), Lebanese NSSF, the Qatar health card,
//      the Maltese entitlement number, the Montenegrin FZO number, Timor's INSS, private and
//      takaful policies, TRICARE and VA benefit numbers, Medicare MBIs, member ids.
//    - "account": bills and invoices of one patient, claim numbers, a UNHCR case (household)
//      number and a ration card's number (JUDGEMENT CALL: a household's entitlement, like the
//      thirty-second family's UNHCR case), incident and complaint numbers about one patient, a
//      court or parole case number, a patient's bank account or IBAN.
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of implants and devices in one patient (hip and knee components, mesh,
//      pacemakers and ICDs, cochlear implants, insulin pumps, a patient's own CPAP), the "SN " or
//      "S/N " before them outside. Not PHI: REF (catalogue) and LOT numbers, expiry dates of a
//      product ("EXP 2027-08"), ISBT 128 unit numbers and product codes of blood components
//      (JUDGEMENT CALL: the number of a bag, not of the patient), theatre equipment asset tags.
//    - "vehicle": plates and VINs of a patient's or relative's vehicle. Not PHI: ambulance call
//      signs and fleet numbers, vessel IMO numbers, mine haul-truck fleet numbers.
//    - Not PHI: the facility's own numbers, department mailboxes and switchboards, theatre, bed,
//      bay and cell numbers, camp block and sector codes used alone, military unit designations,
//      grid references of bases, OPCS, CPT and ICD-10 codes, doses, scores, lab values.
//  * Addresses: every address of a person is an "address" span in the country's order with flat,
//    block, house and postcode inside when on the same line (Nicaraguan and Honduran directions
//    from a landmark, "del Colegio Calasanz 2 c. al sur", inside; a refugee's camp address by
//    block, section and shelter inside; a Gulf PO box of a person inside); a town or village alone
//    where a person lives is an address; a US ZIP is its own "zip" span. A ship, a rig, a mine or a
//    prison named without a person's address is not an address.
//  * URLs are one span with path and query; e-mails one span each; IPv4 and IPv6 of a person's
//    session are "ip".
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_thirty_third_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace concord::phi::corpus {

namespace {

enum class L { us, kg, tj, tm, ni, hn, bz, sr, mw, bi, bj, sl, dz, ye, lb, qa, mt, me, tl, bn, mo };
constexpr std::size_t kLands = 21;

// ---------------------------------------------------------------------------------------------
// Name pools: a Latin spelling, the country's own script where it has one ("nat"), and a woman's
// form of a family name or patronymic where there is one. The first four given names are women's.
struct Nm {
  std::string_view lat, nat = {}, latF = {}, natF = {};
};

constexpr Nm kG_us[] = {{"Kayla"}, {"Dolores"}, {"Shawna"}, {"Marisela"}, {"Travis"}, {"DeShawn"}, {"Lyle"}, {"Hector"}};
constexpr Nm kF_us[] = {{"Okafor"}, {"Lindqvist"}, {"Begay"}, {"Delacroix"}, {"Mahoney"}, {"Truong"}};
constexpr Nm kG_kg[] = {{"Aigul", "Айгуль"}, {"Nazgul", "Назгүл"}, {"Bermet", "Бермет"}, {"Zhypar", "Жыпар"},
                        {"Bakyt", "Бакыт"}, {"Nurlan", "Нурлан"}, {"Azamat", "Азамат"}, {"Erlan", "Эрлан"}};
constexpr Nm kF_kg[] = {{"Asanov", "Асанов", "Asanova", "Асанова"}, {"Toktogulov", "Токтогулов", "Toktogulova", "Токтогулова"},
                        {"Osmonov", "Осмонов", "Osmonova", "Осмонова"}, {"Abdykalykov", "Абдыкалыков", "Abdykalykova", "Абдыкалыкова"},
                        {"Sydykov", "Сыдыков", "Sydykova", "Сыдыкова"}, {"Mamytov", "Мамытов", "Mamytova", "Мамытова"}};
constexpr Nm kP_kg[] = {{"Zhumabekovich", "Жумабекович", "Zhumabekovna", "Жумабековна"}, {"Toktosunovich", "Токтосунович", "Toktosunovna", "Токтосуновна"},
                        {"Kubanychbekovich", "Кубанычбекович", "Kubanychbekovna", "Кубанычбековна"}, {"Almazovich", "Алмазович", "Almazovna", "Алмазовна"}};
constexpr Nm kG_tj[] = {{"Mavzuna", "Мавзуна"}, {"Nigina", "Нигина"}, {"Farzona", "Фарзона"}, {"Zarina", "Зарина"},
                        {"Firdavs", "Фирдавс"}, {"Daler", "Далер"}, {"Shuhrat", "Шуҳрат"}, {"Ilhom", "Илҳом"}};
constexpr Nm kF_tj[] = {{"Rahimov", "Раҳимов", "Rahimova", "Раҳимова"}, {"Sharipov", "Шарипов", "Sharipova", "Шарипова"},
                        {"Nazarov", "Назаров", "Nazarova", "Назарова"}, {"Qurbonov", "Қурбонов", "Qurbonova", "Қурбонова"},
                        {"Saidzoda", "Саидзода"}, {"Ismoilzoda", "Исмоилзода"}};
constexpr Nm kP_tj[] = {{"Saidovich", "Саидович", "Saidovna", "Саидовна"}, {"Karimovich", "Каримович", "Karimovna", "Каримовна"},
                        {"Jurayevich", "Ҷӯраевич", "Jurayevna", "Ҷӯраевна"}, {"Hakimovich", "Ҳакимович", "Hakimovna", "Ҳакимовна"}};
constexpr Nm kG_tm[] = {{"Aýna"}, {"Maýsa"}, {"Gülnar"}, {"Jeren"}, {"Serdar"}, {"Döwlet"}, {"Merdan"}, {"Batyr"}};
constexpr Nm kF_tm[] = {{"Orazow", "", "Orazowa"}, {"Annaýew", "", "Annaýewa"}, {"Berdiýew", "", "Berdiýewa"},
                        {"Gurbanow", "", "Gurbanowa"}, {"Hojamuradow", "", "Hojamuradowa"}, {"Ataýew", "", "Ataýewa"}};
constexpr Nm kP_tm[] = {{"Batyrowiç", "", "Batyrowna"}, {"Myradowiç", "", "Myradowna"}, {"Rejepowiç", "", "Rejepowna"}, {"Amanowiç", "", "Amanowna"}};
constexpr Nm kG_ni[] = {{"María José"}, {"Yahoska"}, {"Scarleth"}, {"Darling"}, {"Byron"}, {"Eliezer"}, {"Francisco Javier"}, {"Róger"}};
constexpr Nm kF_ni[] = {{"Somarriba"}, {"Gutiérrez"}, {"Obando"}, {"Rugama"}, {"Largaespada"}, {"Téllez"}, {"Espinoza"}, {"Chavarría"}};
constexpr Nm kG_hn[] = {{"Keyla"}, {"Lesly Marisol"}, {"Dunia"}, {"Rosibel"}, {"Wilmer"}, {"Elvin Josué"}, {"Nery"}, {"Olvin"}};
constexpr Nm kF_hn[] = {{"Zelaya"}, {"Mejía"}, {"Maradiaga"}, {"Euceda"}, {"Funez"}, {"Banegas"}, {"Matamoros"}, {"Padilla"}};
constexpr Nm kG_bz[] = {{"Shanice"}, {"Marisol"}, {"Kimone"}, {"Delcia"}, {"Dwayne"}, {"Rudolph"}, {"Elvis"}, {"Kenrick"}};
constexpr Nm kF_bz[] = {{"Usher"}, {"Flowers"}, {"Cus"}, {"Arzu"}, {"Chi"}, {"Gillett"}, {"Westby"}, {"Castillo"}};
constexpr Nm kG_sr[] = {{"Sharda"}, {"Naomi"}, {"Ruth-Ann"}, {"Mireille"}, {"Ravindre"}, {"Rishi"}, {"Glenn"}, {"Stanley"}};
constexpr Nm kF_sr[] = {{"Ramdin"}, {"Kromodimedjo"}, {"Pinas"}, {"Sabajo"}, {"Wong A Foe"}, {"Biharie"}, {"Sewnarain"}, {"Amatmoekrim"}};
constexpr Nm kG_mw[] = {{"Chikondi"}, {"Tiwonge"}, {"Chisomo"}, {"Mphatso"}, {"Kondwani"}, {"Chimwemwe"}, {"Yamikani"}, {"Blessings"}};
constexpr Nm kF_mw[] = {{"Kachingwe"}, {"Nyirenda"}, {"Gondwe"}, {"Mkandawire"}, {"Chisale"}, {"Mwale"}, {"Msiska"}, {"Kumwenda"}};
constexpr Nm kG_bi[] = {{"Francine"}, {"Goreth"}, {"Spès"}, {"Bella"}, {"Fabrice"}, {"Jean-Marie"}, {"Audace"}, {"Pacifique"}};
constexpr Nm kF_bi[] = {{"Ndayishimiye"}, {"Niyonkuru"}, {"Nkurunziza"}, {"Bigirimana"}, {"Irakoze"}, {"Ndikumana"}};
constexpr Nm kG_bj[] = {{"Bernadette"}, {"Gisèle"}, {"Afiavi"}, {"Houéfa"}, {"Comlan"}, {"Codjo"}, {"Romaric"}, {"Sèdjro"}};
constexpr Nm kF_bj[] = {{"Houngbédji"}, {"Dossou"}, {"Agossou"}, {"Hounkpatin"}, {"Zinsou"}, {"Ahouandjinou"}};
constexpr Nm kG_sl[] = {{"Fatmata"}, {"Isatu"}, {"Mariama"}, {"Adama"}, {"Mohamed"}, {"Abu Bakarr"}, {"Sorie"}, {"Ibrahim"}};
constexpr Nm kF_sl[] = {{"Kamara"}, {"Sesay"}, {"Koroma"}, {"Conteh"}, {"Bangura"}, {"Kargbo"}, {"Turay"}, {"Jalloh"}};
constexpr Nm kG_dz[] = {{"Amina", "أمينة"}, {"Sabrina", "صبرينة"}, {"Nassima", "نسيمة"}, {"Fatiha", "فتيحة"},
                        {"Karim", "كريم"}, {"Mourad", "مراد"}, {"Djamel", "جمال"}, {"Yacine", "ياسين"}};
constexpr Nm kF_dz[] = {{"Benali", "بن علي"}, {"Boudiaf", "بوضياف"}, {"Hamdi", "حمدي"}, {"Belkacem", "بلقاسم"}, {"Zerrouki", "زروقي"}, {"Mebarki", "مباركي"}};
constexpr Nm kP_dz[] = {{"Mohamed", "محمد"}, {"Ahmed", "أحمد"}, {"Saïd", "سعيد"}, {"Rabah", "رابح"}};
constexpr Nm kG_ye[] = {{"Fatima", "فاطمة"}, {"Arwa", "أروى"}, {"Bushra", "بشرى"}, {"Sumaya", "سمية"},
                        {"Abdullah", "عبدالله"}, {"Mohammed", "محمد"}, {"Nabil", "نبيل"}, {"Fuad", "فؤاد"}};
constexpr Nm kF_ye[] = {{"Al-Ahdal", "الأهدل"}, {"Al-Sharabi", "الشرعبي"}, {"Al-Hakimi", "الحكيمي"}, {"Al-Qadhi", "القاضي"}, {"Bawazir", "باوزير"}, {"Al-Maqtari", "المقطري"}};
constexpr Nm kP_ye[] = {{"Saleh", "صالح"}, {"Ali", "علي"}, {"Ahmed", "أحمد"}, {"Qasim", "قاسم"}};
constexpr Nm kG_lb[] = {{"Rana", "رنا"}, {"Maya", "مايا"}, {"Carla", "كارلا"}, {"Nadine", "نادين"}, {"Ziad", "زياد"}, {"Georges", "جورج"}, {"Hassan", "حسن"}, {"Wissam", "وسام"}};
constexpr Nm kF_lb[] = {{"Aoun", "عون"}, {"Nassar", "نصار"}, {"Khalil", "خليل"}, {"Saadeh", "سعادة"}, {"Hamdan", "حمدان"}, {"Chidiac", "شدياق"}};
constexpr Nm kP_lb[] = {{"Elias", "الياس"}, {"Youssef", "يوسف"}, {"Mahmoud", "محمود"}, {"Antoine", "أنطوان"}};
constexpr Nm kG_qa[] = {{"Noora", "نورة"}, {"Maryam", "مريم"}, {"Al-Anoud", "العنود"}, {"Hessa", "حصة"},
                        {"Hamad", "حمد"}, {"Khalifa", "خليفة"}, {"Jassim", "جاسم"}, {"Abdulaziz", "عبدالعزيز"}};
constexpr Nm kF_qa[] = {{"Al-Kuwari", "الكواري"}, {"Al-Marri", "المري"}, {"Al-Sulaiti", "السليطي"}, {"Al-Mohannadi", "المهندي"}, {"Al-Naimi", "النعيمي"}, {"Al-Emadi", "العمادي"}};
constexpr Nm kP_qa[] = {{"Rashid", "راشد"}, {"Salem", "سالم"}, {"Mubarak", "مبارك"}, {"Nasser", "ناصر"}};
constexpr Nm kG_mt[] = {{"Maria"}, {"Rita"}, {"Graziella"}, {"Charmaine"}, {"Joseph"}, {"Carmel"}, {"Ġorġ"}, {"Mario"}};
constexpr Nm kF_mt[] = {{"Borg"}, {"Camilleri"}, {"Vella"}, {"Farrugia"}, {"Grech"}, {"Zammit"}, {"Micallef"}, {"Xuereb"}};
constexpr Nm kG_me[] = {{"Jelena", "Јелена"}, {"Milica", "Милица"}, {"Ivana", "Ивана"}, {"Danijela", "Данијела"},
                        {"Marko", "Марко"}, {"Nikola", "Никола"}, {"Vuk", "Вук"}, {"Dragan", "Драган"}};
constexpr Nm kF_me[] = {{"Vujović", "Вујовић"}, {"Radulović", "Радуловић"}, {"Šćekić", "Шћекић"}, {"Đukanović", "Ђукановић"}, {"Popović", "Поповић"}, {"Bulatović", "Булатовић"}};
constexpr Nm kP_me[] = {{"Radomir", "Радомир"}, {"Milan", "Милан"}, {"Slobodan", "Слободан"}, {"Veselin", "Веселин"}};
constexpr Nm kG_tl[] = {{"Maria de Fátima"}, {"Ermelinda"}, {"Joana"}, {"Zelia"}, {"José"}, {"Domingos"}, {"Agostinho"}, {"Mateus"}};
constexpr Nm kF_tl[] = {{"da Costa"}, {"Soares"}, {"Ximenes"}, {"Guterres"}, {"dos Santos"}, {"Belo"}, {"Amaral"}, {"Pereira"}};
constexpr Nm kG_bn[] = {{"Nurul Hafizah", "نورالحافظة"}, {"Siti Aminah", "سيتي امينه"}, {"Nur Amalina", "نور امالينا"}, {"Noraini", "نورعيني"},
                        {"Mohammad Hafiz", "محمد حافظ"}, {"Muhammad Firdaus", "محمد فردوس"}, {"Abdul Hakim", "عبدالحكيم"}, {"Khairul Anwar", "خيرالانور"}};
constexpr Nm kP_bn[] = {{"Abdul Rahman", "عبدالرحمن"}, {"Osman", "عثمان"}, {"Jaludin", "جلال الدين"}, {"Matussin", "متوسين"}};
// Macau: the Cantonese romanisation as the BIR prints it, the characters; family names first.
constexpr Nm kG_mo[] = {{"Mei Leng", "美玲"}, {"Ka Ian", "嘉欣"}, {"Weng Si", "詠詩"}, {"Lai Kun", "麗娟"},
                        {"Chi Meng", "志明"}, {"Ka Hou", "家豪"}, {"Wai Keong", "偉強"}, {"Chon Kit", "俊傑"}};
constexpr Nm kF_mo[] = {{"Chan", "陳"}, {"Lei", "李"}, {"Wong", "黃"}, {"Leong", "梁"}, {"Ho", "何"}, {"Ao", "區"}};

struct Pool {
  std::span<const Nm> given, family, father;
};

Pool pool33(L g) {
  switch (g) {
    case L::us: return {kG_us, kF_us, {}};
    case L::kg: return {kG_kg, kF_kg, kP_kg};
    case L::tj: return {kG_tj, kF_tj, kP_tj};
    case L::tm: return {kG_tm, kF_tm, kP_tm};
    case L::ni: return {kG_ni, kF_ni, {}};
    case L::hn: return {kG_hn, kF_hn, {}};
    case L::bz: return {kG_bz, kF_bz, {}};
    case L::sr: return {kG_sr, kF_sr, {}};
    case L::mw: return {kG_mw, kF_mw, {}};
    case L::bi: return {kG_bi, kF_bi, {}};
    case L::bj: return {kG_bj, kF_bj, {}};
    case L::sl: return {kG_sl, kF_sl, {}};
    case L::dz: return {kG_dz, kF_dz, kP_dz};
    case L::ye: return {kG_ye, kF_ye, kP_ye};
    case L::lb: return {kG_lb, kF_lb, kP_lb};
    case L::qa: return {kG_qa, kF_qa, kP_qa};
    case L::mt: return {kG_mt, kF_mt, {}};
    case L::me: return {kG_me, kF_me, kP_me};
    case L::tl: return {kG_tl, kF_tl, {}};
    case L::bn: return {kG_bn, {}, kP_bn};
    case L::mo: return {kG_mo, kF_mo, {}};
  }
  return {kG_us, kF_us, {}};
}

// A person, drawn once: Latin and native spellings of each part.
struct Person {
  std::string given, family, family2, father, grand;
  std::string nGiven, nFamily, nFather, nGrand;
  bool female = false;
};

std::string orLat(std::string_view nat, std::string_view lat) { return std::string(nat.empty() ? lat : nat); }

Person drawPerson(Random& r, L g) {
  const Pool p = pool33(g);
  Person q;
  const Nm& gv = p.given[r.next() % p.given.size()];
  q.female = &gv - p.given.data() < 4;
  q.given = std::string(gv.lat);
  q.nGiven = orLat(gv.nat, gv.lat);
  if (!p.family.empty()) {
    const Nm& f = p.family[r.next() % p.family.size()];
    q.family = std::string(q.female && !f.latF.empty() ? f.latF : f.lat);
    q.nFamily = q.female && !f.natF.empty() ? std::string(f.natF) : orLat(f.nat, q.family);
    if (g == L::ni || g == L::hn || g == L::tl) {  // a second surname
      const Nm& f2 = p.family[r.next() % p.family.size()];
      if (f2.lat != f.lat) q.family2 = std::string(f2.lat);
    }
  }
  if (!p.father.empty()) {
    const Nm& fa = p.father[r.next() % p.father.size()];
    const Nm& gr = p.father[r.next() % p.father.size()];
    q.father = std::string(q.female && !fa.latF.empty() ? fa.latF : fa.lat);
    q.nFather = q.female && !fa.natF.empty() ? std::string(fa.natF) : orLat(fa.nat, q.father);
    q.grand = std::string(gr.lat);
    q.nGrand = orLat(gr.nat, gr.lat);
  }
  return q;
}

// Case mapping: the shared helper, plus the Cyrillic letters of Kyrgyz and Tajik (U+0492 to
// U+04EF, capitals even) it leaves alone.
std::string recase33(std::string s, bool up) {
  s = recaseUtf8(std::move(s), up);
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u != 0xD2 && u != 0xD3) continue;
    unsigned cp = ((u & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    static constexpr unsigned kPairs[] = {0x492, 0x49A, 0x4A2, 0x4AE, 0x4B2, 0x4B6, 0x4E2, 0x4E8, 0x4EE};
    for (unsigned c : kPairs) {
      if (cp == c || cp == c + 1) cp = up ? c : c + 1;
    }
    s[i] = static_cast<char>(0xC0u | (cp >> 6));
    s[i + 1] = static_cast<char>(0x80u | (cp & 0x3Fu));
    ++i;
  }
  return s;
}
std::string upper33(std::string s) { return recase33(std::move(s), true); }
std::string lower33(std::string s) { return recase33(std::move(s), false); }
std::string firstLetter(const std::string& s) {
  const auto c = static_cast<unsigned char>(s[0]);
  return s.substr(0, c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
}

std::string surnames(const Person& p) { return p.family2.empty() ? p.family : p.family + " " + p.family2; }

// The name as running text and signatures write it.
std::string runningName(const Person& p, L g) {
  switch (g) {
    case L::bi: return upper33(p.family) + " " + p.given;      // the Kirundi name first, in capitals
    case L::mo: return p.family + " " + p.given;               // Chinese order
    case L::bn: return p.given + (p.female ? " binti " : " bin ") + p.father;
    case L::ye: return p.given + " " + p.father + " " + p.family;
    case L::qa: return p.given + " " + p.father + " " + p.family;
    default: return p.family.empty() ? p.given : p.given + " " + surnames(p);
  }
}

// The register form: family name first where the country's registers write it so, with the
// patronymic, the father's and grandfather's names.
std::string registerName(const Person& p, L g) {
  switch (g) {
    case L::kg: case L::tj: case L::tm: return p.family + " " + p.given + " " + p.father;
    case L::ye: return p.given + " " + p.father + " " + p.grand + " " + p.family;
    case L::bi: case L::bj: case L::dz: case L::mo: return upper33(surnames(p)) + " " + p.given;
    case L::bn: return upper33(runningName(p, g));
    default: return upper33(surnames(p)) + " " + p.given;
  }
}

std::string nativeName(const Person& p, L g) {
  switch (g) {
    case L::kg: case L::tj: return p.nFamily + " " + p.nGiven + " " + p.nFather;
    case L::me: return p.nGiven + " " + p.nFamily;
    case L::dz: case L::lb: return p.nGiven + " " + p.nFamily;
    case L::ye: return p.nGiven + " " + p.nFather + " " + p.nGrand + " " + p.nFamily;
    case L::qa: return p.nGiven + " " + p.nFather + " " + p.nFamily;
    case L::bn: return p.nGiven + (p.female ? " بنت " : " بن ") + p.nFather;
    case L::mo: return p.nFamily + p.nGiven;
    default: return runningName(p, g);
  }
}

// Name forms: full, up, low, given, lgiven, fam, inv, ini, reg, nat, nfam, ngiven, father, nfather, ocr.
std::string nameForm(Random& r, const Person& p, L g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "up", "ini", "reg", "full", "nat"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return runningName(p, g);
  if (f == "up") return upper33(runningName(p, g));
  if (f == "low") return lower33(runningName(p, g));
  if (f == "given") return p.given;
  if (f == "lgiven") return lower33(p.given);
  if (f == "fam") return p.family.empty() ? p.given : surnames(p);
  if (f == "reg") return registerName(p, g);
  if (f == "nat") return nativeName(p, g);
  if (f == "nfam") return p.nFamily.empty() ? p.nGiven : p.nFamily;
  if (f == "ngiven") return p.nGiven;
  if (f == "father") return p.father.empty() ? p.family : p.father;
  if (f == "nfather") return p.nFather.empty() ? p.nFamily : p.nFather;
  if (f == "ocr") {  // a scan's misreading in capitals: M read as IVI (as RN inside a word), else E as F
    std::string v = upper33(runningName(p, g));
    if (const std::size_t k = v.find('M'); k != std::string::npos) {
      const bool inside = k > 0 && v[k - 1] >= 'A' && v[k - 1] <= 'Z';
      v.replace(k, 1, inside && r.chance(0.5) ? "RN" : "IVI");
    } else if (const std::size_t e = v.find('E'); e != std::string::npos) {
      v[e] = 'F';
    }
    return v;
  }
  if (f == "inv") {
    if (p.family.empty()) return upper33(p.given) + ", " + (p.female ? "binti " : "bin ") + p.father;
    if (g == L::kg || g == L::tj || g == L::tm) return upper33(p.family) + ", " + p.given + " " + p.father;
    return upper33(surnames(p)) + ", " + p.given;
  }
  if (f == "ini") {
    if (p.family.empty() || g == L::mo || g == L::bi) return runningName(p, g);
    return firstLetter(p.given) + ". " + surnames(p);
  }
  throw std::logic_error("unknown name form " + std::string(f));
}

// ---------------------------------------------------------------------------------------------
// Values drawn from shapes: '#' a digit, '%' a digit 1-9, '&' a digit 2-9 (the first digit of a
// North American area code and exchange), '@' a capital letter (not I, O or Q);
// everything else as written.
std::string shape(Random& r, std::string_view s) {
  std::string v;
  for (char c : s) {
    if (c == '#') v += static_cast<char>('0' + r.next() % 10);
    else if (c == '%') v += static_cast<char>('1' + r.next() % 9);
    else if (c == '&') v += static_cast<char>('2' + r.next() % 8);
    else if (c == '@') v += r.letters(1, true);
    else v += c;
  }
  return v;
}
std::string oneOf(Random& r, std::span<const std::string_view> items) { return shape(r, r.pick(items)); }

// A country's shapes: phones (national, international), addresses, towns, identifiers, plates,
// date styles and forms of address.
struct Land {
  std::array<std::string_view, 2> phoneNat, phoneIntl;
  std::array<std::string_view, 4> addresses;
  std::array<std::string_view, 2> towns;
  std::string_view idCategory, id, idCard, passport, insurance, plate;
  std::array<std::string_view, 3> dateStyles;
  std::string_view hisF, hisM, doctor, language;
};

// clang-format off
const Land kLand[kLands] = {
  // us
  {{"(&##) &##-####", "&##-&##-####"}, {"+1 &##-&##-####", "+1 &## &## ####"},
   {"", "", "", ""}, {"Gallup, NM", "Killeen, TX"},
   "ssn", "", "", "5########", "", "#@@@###", {"mdy", "long", "mdy"}, "Ms.", "Mr.", "Dr.", "en"},
  // kg
  {{"0555 ### ###", "0700 ### ###"}, {"+996 555 ### ###", "+996 (700) ###-###"},
   {"г. Бишкек, мкр. Джал-%#, д. %#, кв. %#", "г. Ош, ул. Курманжан Датка, д. %##", "Bishkek, mkr. Asanbai, bldg %#, apt %#", "с. Беловодское, ул. Ленина, %#"},
   {"Токмок", "Kara-Balta"},
   "mrn", "*pin", "ID#######", "AC#######", "########", "01KG ###@@@", {"dot", "ru", "kg"}, "г-жа", "г-н", "д-р", "ru"},
  // tj
  {{"9# ### ####", "(37) 2## ## ##"}, {"+992 9# ### ####", "+992 93 ### ####"},
   {"ш. Душанбе, н. Сино, кӯч. Саъдии Шерозӣ, х. %#, хонаи %#", "ш. Хуҷанд, кӯч. Ленин, х. %#", "Dushanbe, Shohmansur district, Ayni St. %#, apt %#", "Vahdat, Navobod village, house %#"},
   {"Кӯлоб", "Panjakent"},
   "license", "A########", "", "4########", "SP-######", "#### @@ 01", {"dot", "tj", "dot"}, "Хонум", "Ҷаноби", "д-р", "ru"},
  // tm
  {{"8 6# ## ## ##", "8 12 ## ## ##"}, {"+993 6# ######", "+993 65 ## ## ##"},
   {"Aşgabat ş., Parahat 7 m/d, %#-nji jaý, %#-nji öý", "Mary ş., Magtymguly köçesi, %# jaý", "Türkmenabat ş., Şaýy Rüstemow köçesi, %#", "Aşgabat ş., Bitarap Türkmenistan şaýoly, %#, %# öý"},
   {"Baýramaly", "Tejen"},
   "license", "I-AH ######", "", "A0######", "ST ######", "AG #### @@", {"dot", "tm", "dot"}, "Hanym", "Jenap", "Lukman", "tm"},
  // ni
  {{"8### ####", "2### ####"}, {"+505 8### ####", "+505 8###-####"},
   {"Bo. Monseñor Lezcano, de la Farmacia Xolotlán %c. al sur, 1/2 c. abajo, casa %#, Managua", "Reparto Fátima, del Colegio Calasanz %c. al norte, León",
    "Masaya, de donde fue el cine González 1 c. al lago, casa %#", "Villa Venezuela, de la rotonda %c. arriba, casa N° %##, Managua"},
   {"Jinotepe", "Nagarote"},
   "license", "*cedni", "", "C0#######", "#########", "M ###-###", {"dmy", "es", "dmy"}, "doña", "don", "Dr.", "es"},
  // hn
  {{"9###-####", "3###-####"}, {"+504 9###-####", "+504 3### ####"},
   {"Col. Kennedy, Zona %, Bloque %#, Casa %#, Tegucigalpa, M.D.C.", "Bo. Guamilito, 6 calle, 8 avenida N.O., casa %#, San Pedro Sula",
    "Col. Villa Olímpica, frente a la pulpería La Bendición, Tegucigalpa", "Res. Las Hadas, pasaje %, casa %##, Choloma, Cortés"},
   {"Danlí", "Siguatepeque"},
   "license", "*dnihn", "", "E#######", "###########", "@@@ ####", {"dmy", "es", "esm"}, "Sra.", "Sr.", "Dr.", "es"},
  // bz
  {{"6##-####", "22#-####"}, {"+501 6##-####", "+501 6## ####"},
   {"%# Mahogany Street, Belize City", "Lot %##, Santa Elena Extension, San Ignacio, Cayo District", "%# George Price Highway, Belmopan", "Dangriga Town, Stann Creek, by the Catholic church"},
   {"Orange Walk Town", "Punta Gorda"},
   "health_plan", "%########", "", "P######", "%########", "C-#####", {"dmy", "en", "enth"}, "Ms.", "Mr.", "Dr.", "en"},
  // sr
  {{"8##-####", "7##-####"}, {"+597 8##-####", "+597 8## ####"},
   {"Gemenelandsweg %#, Paramaribo", "Indira Gandhiweg %##, Wanica", "Kwattaweg %## (hoek Gongrijpstraat), Paramaribo", "Hoofdweg %#, Tamanredjo, Commewijne"},
   {"Nieuw Nickerie", "Brokopondo"},
   "license", "@@######", "", "R#######", "SZF-#######", "@@-##-##", {"dash", "nl", "dash"}, "mevr.", "dhr.", "dr.", "nl"},
  // mw
  {{"0999 ### ###", "0888 ## ## ##"}, {"+265 999 ### ###", "+265 88# ### ###"},
   {"Area %#, Plot %##, Lilongwe", "House %#, Ndirande, near Malabada market, Blantyre", "P.O. Box %##, Zomba", "Chilinde 2, Area %#, Plot %#, Lilongwe"},
   {"Mangochi", "Nkhotakota"},
   "license", "*mwid", "", "MA######", "MASM ######/0%", "@@ ####", {"dmy", "en", "dmon"}, "Mrs", "Mr", "Dr", "en"},
  // bi
  {{"79 ## ## ##", "69 ## ## ##"}, {"+257 79 ## ## ##", "+257 6# ### ###"},
   {"Avenue de la Mission n°%#, Quartier Rohero I, Bujumbura", "Quartier Kinama, %e avenue n°%#, Bujumbura", "Colline Nyamugari, Commune Mwumba, Province Ngozi", "Quartier Ngagara, Q.%, n°%##, Bujumbura"},
   {"Gitega", "Muyinga"},
   "license", "0%/###.###", "", "OP######", "MFP/#####/%#", "@ #### @", {"dmy", "fr", "rn"}, "Mme", "M.", "Dr", "fr"},
  // bj
  {{"97 ## ## ##", "01 96 ## ## ##"}, {"+229 97 ## ## ##", "+229 96 ## ## ##"},
   {"Carré %###, Quartier Akpakpa, Cotonou", "Lot %##, Fidjrossè, Cotonou", "Maison %#, von de la pharmacie Zogbo, Cotonou", "Abomey-Calavi, quartier Tankpè, carré %##"},
   {"Bohicon", "Ouidah"},
   "mrn", "##########", "@@#######", "B#######", "ARCH-##########", "@@ #### RB", {"dmy", "fr", "dmy"}, "Mme", "M.", "Dr", "fr"},
  // sl
  {{"076 ######", "088 ### ###"}, {"+232 76 ######", "+232 88 ### ###"},
   {"%# Kissy Road, Freetown", "%# Wilkinson Road, Freetown", "%# Hangha Road, Kenema", "%# Dambara Road, Bo"},
   {"Makeni", "Lunsar"},
   "mrn", "*slnin", "", "E#######", "SLeSHI-#######", "@@@ ###", {"dmy", "enth", "en"}, "Mrs", "Mr", "Dr", "en"},
  // dz
  {{"0555 ## ## ##", "0661 ## ## ##"}, {"+213 555 ## ## ##", "+213 7## ## ## ##"},
   {"Cité 1200 Logements, Bt %#, Appt %#, Bab Ezzouar, Alger", "%# rue Didouche Mourad, Alger-Centre", "حي 500 مسكن، عمارة %#، باب الزوار، الجزائر", "Cité El Badr, Villa n° %#, Oran"},
   {"Tizi Ouzou", "Ghardaïa"},
   "mrn", "*dznin", "#########", "%#########", "## #### #### ##", "%####-%##-16", {"dmy", "fr", "arm"}, "Mme", "M.", "Dr", "fr"},
  // ye
  {{"77# ### ###", "73# ### ###"}, {"+967 77# ### ###", "+967 71# ### ###"},
   {"صنعاء، شارع الزبيري، حارة %#، منزل %#", "Sana'a, Hadda Street, building %#", "Aden, Khor Maksar, Block %#, house %#", "تعز، حي الجمهوري، منزل %#"},
   {"Ibb", "Dhamar"},
   "license", "0%0#########", "", "0#######", "YIC-######", "%/######", {"dmy", "are", "hij"}, "السيدة", "السيد", "د.", "ar"},
  // lb
  {{"03 ### ###", "71 ### ###"}, {"+961 3 ### ###", "+961 71 ### ###"},
   {"Beyrouth, Achrafieh, rue Sursock, imm. %#, 3e étage", "بيروت، الحمرا، شارع المقدسي، بناية %#", "Jounieh, rue Mina, imm. %#", "ITS %##-%#, Bar Elias, Bekaa"},
   {"Zahlé", "Nabatieh"},
   "license", "############", "", "RL#######", "#######", "@ ######", {"dmy", "arl", "fr"}, "Mme", "M.", "Dr", "fr"},
  // qa
  {{"5### ####", "3### ####"}, {"+974 5### ####", "+974 66## ####"},
   {"Zone %#, Street %##, Building %#, Al Sadd, Doha", "P.O. Box %####, Doha", "منطقة %#، شارع %##، مبنى %#، الريان", "Villa %#, Street %##, Al Waab, Doha"},
   {"Al Khor", "Al Wakrah"},
   "license", "*qid", "", "0#######", "HC #######", "######", {"dmy", "are", "hij"}, "Ms.", "Mr.", "Dr.", "en"},
  // mt
  {{"79## ####", "99## ####"}, {"+356 79## ####", "+356 21## ####"},
   {"%#, Triq il-Kbira, Żebbuġ ZBG %###", "Flat %, %#, Triq San Pawl, San Pawl il-Baħar SPB %###", "%#, Triq ir-Repubblika, Valletta VLT %###", "%#, Triq il-Knisja, Xagħra, Għawdex XRA %###"},
   {"Birżebbuġa", "Marsaskala"},
   "license", "%######M", "", "#######", "ENT-######", "@@@ ###", {"dmy", "mt", "en"}, "Sinjura", "Sinjur", "Dr", "mt"},
  // me
  {{"067 ### ###", "069 ### ###"}, {"+382 67 ### ###", "+382 69 ###-###"},
   {"Bulevar Džordža Vašingtona %#, 81000 Podgorica", "Njegoševa %#, 85330 Kotor", "Ulica slobode %#/%, 81000 Podgorica", "Улица Слободе %#, 81000 Подгорица"},
   {"Nikšić", "Bijelo Polje"},
   "mrn", "*jmbg", "#########", "%########", "###########", "PG @@###", {"dotdot", "me", "mec"}, "gđa", "g.", "dr", "me"},
  // tl
  {{"77## ####", "78## ####"}, {"+670 77## ####", "+670 78## ####"},
   {"Uma nú. %#, Aldeia Lorico, Suco Bidau Lecidere, Díli", "Rua de Caicoli nº %#, Díli", "Aldeia Mate Lahotu, Suco Becora, Posto Cristo Rei, Díli", "Bairro Pite, Rua %#, casa %#, Díli"},
   {"Baucau", "Maliana"},
   "license", "##########", "", "@@######", "INSS-########", "##-### @", {"dmy", "tet", "pt"}, "Sra.", "Sr.", "Dr.", "pt"},
  // bn
  {{"7## ####", "8## ####"}, {"+673 7## ####", "+673 8## ####"},
   {"No. %#, Simpang %#-%, Jalan Kiarong, Bandar Seri Begawan BE%###", "No. %#, Kampong Saba, Kampong Ayer BT%###", "Lot %###, Kampong Rimba, Gadong BE%###", "No. %#, Jalan Utama Mulaut, Kampong Kulapis BF%###"},
   {"Kuala Belait", "Tutong"},
   "license", "*bnic", "", "P0######", "TIB-######", "B@ ####", {"dmy", "ms", "hijm"}, "Dayang", "Awang", "Dr", "ms"},
  // mo
  {{"66## ####", "28## ####"}, {"+853 66## ####", "+853 62## ####"},
   {"澳門黑沙環新街%#號海擎天第%座%#樓B", "Rua de Pequim, n.º %##, Edifício Kingsway, %#.º andar A, Macau", "Avenida de Horta e Costa, n.º %#, %#/F, Macau", "氹仔布拉干薩街%#號濠景花園第%座%#樓A"},
   {"Coloane", "Taipa"},
   "license", "%/######/#", "", "MA#######", "AXA########", "M@-##-##", {"zh", "ptc", "dmy"}, "Sra.ª", "Sr.", "Dr.", "pt"},
};
// clang-format on

const Land& land(L g) { return kLand[static_cast<std::size_t>(g)]; }

std::string phoneOf(Random& r, L g, int intl) {  // 1 international, 0 national, -1 either
  const Land& l = land(g);
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  return shape(r, (i ? l.phoneIntl : l.phoneNat)[r.next() % 2]);
}

// Seven digits: Belize, Suriname and Brunei numbers, US local numbers.
std::string phone7(Random& r, L g) {
  if (g == L::bz) return shape(r, "6##-####");
  if (g == L::sr) return shape(r, "8##-####");
  if (g == L::bn) return shape(r, "7## ####");
  return shape(r, "&##-####");
}

std::string addressOf(Random& r, L g) {
  std::string a = shape(r, land(g).addresses[r.next() % 4]);
  for (std::size_t k = a.find("%c."); k != std::string::npos; k = a.find("%c.")) a.replace(k, 2, std::to_string(r.between(1, 4)) + " c");
  for (std::size_t k = a.find("%e "); k != std::string::npos; k = a.find("%e ")) a.replace(k, 2, std::to_string(r.between(2, 9)) + "e");
  return a;
}

// ---------------------------------------------------------------------------------------------
// Dates.
using Months = std::array<std::string_view, 12>;
constexpr Months kEn = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
constexpr Months kFr = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr Months kEs = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr Months kPt = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
constexpr Months kPtC = {"Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro"};
constexpr Months kRu = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"};
constexpr Months kKy = {"январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры", "октябры", "ноябры", "декабры"};
constexpr Months kTg = {"январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри", "октябри", "ноябри", "декабри"};
constexpr Months kTk = {"ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr", "oktýabr", "noýabr", "dekabr"};
constexpr Months kNl = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"};
constexpr Months kRn = {"Nzero", "Ruhuhuma", "Ntwarante", "Ndamukiza", "Rusama", "Ruheshi", "Mukakaro", "Nyandagaro", "Nyakanga", "Gitugutu", "Munyonyo", "Kigarama"};
constexpr Months kArE = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr Months kArL = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
constexpr Months kArM = {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr Months kMt = {"Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru", "Novembru", "Diċembru"};
constexpr Months kMe = {"januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar", "decembar"};
constexpr Months kMeC = {"јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар", "децембар"};
constexpr Months kTet = {"Janeiru", "Fevereiru", "Marsu", "Abríl", "Maiu", "Juñu", "Jullu", "Agostu", "Setembru", "Outubru", "Novembru", "Dezembru"};
constexpr Months kMs = {"Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"};
constexpr Months kHijAr = {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"};
constexpr Months kHijMs = {"Muharam", "Safar", "Rabiulawal", "Rabiulakhir", "Jamadilawal", "Jamadilakhir", "Rejab", "Syaaban", "Ramadan", "Syawal", "Zulkaedah", "Zulhijjah"};

// The tabular Islamic calendar (the civil, arithmetic one printed on Gulf and Bruneian forms).
std::array<int, 3> hijri(int y, int m, int d) {
  const int a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3;
  const int jdn = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
  int l = jdn - 1948440 + 10632;
  const int n = (l - 1) / 10631;
  l = l - 10631 * n + 354;
  const int j = ((10985 - l) / 5316) * ((50 * l) / 17719) + (l / 5670) * ((43 * l) / 15238);
  l = l - ((30 - j) / 15) * ((17719 * j) / 50) - (j / 16) * ((15238 * j) / 43) + 29;
  const int hm = (24 * l) / 709, hd = l - (709 * hm) / 24, hy = 30 * n + j - 30;
  return {hy, hm, hd};
}

struct Date {
  int y = 2024, m = 1, d = 1;
};

// The text of a date, and what follows it outside the span.
std::pair<std::string, std::string> dateText(const Date& t, std::string_view s) {
  const auto i = static_cast<std::size_t>(t.m - 1);
  const std::string y = std::to_string(t.y), d = std::to_string(t.d), dd = twoDigits(t.d), mm = twoDigits(t.m);
  auto named = [&](const Months& ms) { return d + " " + std::string(ms[i]) + " " + y; };
  if (s == "mdy") return {mm + "/" + dd + "/" + y, ""};
  if (s == "long") return {std::string(kEn[i]) + " " + d + ", " + y, ""};
  if (s == "iso") return {y + "-" + mm + "-" + dd, ""};
  if (s == "compact") return {y + mm + dd, ""};
  if (s == "dmy") return {dd + "/" + mm + "/" + y, ""};
  if (s == "dmy1") return {d + "/" + std::to_string(t.m) + "/" + y, ""};
  if (s == "dash") return {dd + "-" + mm + "-" + y, ""};
  if (s == "dot") return {dd + "." + mm + "." + y, ""};
  if (s == "dotdot") return {dd + "." + mm + "." + y, "."};
  if (s == "md") return {std::to_string(t.m) + "/" + d, ""};
  if (s == "dm") return {d + "/" + std::to_string(t.m), ""};
  if (s == "dmon") return {dd + "-" + std::string(kEn[i].substr(0, 3)) + "-" + y, ""};
  if (s == "DMON") return {dd + upper33(std::string(kEn[i].substr(0, 3))) + y, ""};  // 15MAR2024 on a wristband
  if (s == "en") return {named(kEn), ""};
  if (s == "enth") {
    const char* suffix = (t.d % 10 == 1 && t.d != 11) ? "st" : (t.d % 10 == 2 && t.d != 12) ? "nd" : (t.d % 10 == 3 && t.d != 13) ? "rd" : "th";
    return {d + suffix + " " + std::string(kEn[i]) + " " + y, ""};
  }
  if (s == "fr") return {t.d == 1 ? "1er " + std::string(kFr[i]) + " " + y : named(kFr), ""};
  if (s == "es") return {d + " de " + std::string(kEs[i]) + " de " + y, ""};
  if (s == "esm") return {dd + "-" + std::string(kEs[i].substr(0, 3)) + "-" + y, ""};
  if (s == "pt") return {d + " de " + std::string(kPt[i]) + " de " + y, ""};
  if (s == "ptc") return {d + " de " + std::string(kPtC[i]) + " de " + y, ""};
  if (s == "ru") return {named(kRu), " г."};
  if (s == "kg") return {y + "-жылдын " + d + "-" + std::string(kKy[i]), ""};
  if (s == "tj") return {named(kTg), " с."};
  if (s == "tm") return {named(kTk), ""};
  if (s == "nl") return {named(kNl), ""};
  if (s == "rn") return {named(kRn), ""};
  if (s == "are") return {named(kArE), ""};
  if (s == "arl") return {named(kArL), ""};
  if (s == "arm") return {named(kArM), ""};
  if (s == "mt") return {d + " ta' " + std::string(kMt[i]) + " " + y, ""};
  if (s == "me") return {d + ". " + std::string(kMe[i]) + " " + y, "."};
  if (s == "mec") return {d + ". " + std::string(kMeC[i]) + " " + y, "."};
  if (s == "tet") return {named(kTet), ""};
  if (s == "ms") return {named(kMs), ""};
  if (s == "zh") return {y + "年" + std::to_string(t.m) + "月" + d + "日", ""};
  if (s == "hij" || s == "hijn" || s == "hijm") {
    const auto h = hijri(t.y, t.m, t.d);
    const auto hi = static_cast<std::size_t>(h[1] - 1);
    if (s == "hijn") return {std::to_string(h[0]) + "/" + twoDigits(h[1]) + "/" + twoDigits(h[2]), " هـ"};
    if (s == "hijm") return {std::to_string(h[2]) + " " + std::string(kHijMs[hi]) + " " + std::to_string(h[0]), "H"};
    return {std::to_string(h[2]) + " " + std::string(kHijAr[hi]) + " " + std::to_string(h[0]), " هـ"};
  }
  throw std::logic_error("unknown date style " + std::string(s));
}

// ---------------------------------------------------------------------------------------------
// Identifiers that are computed rather than shaped.
struct Cast;
std::string personalNumber(Random& r, L g, const Person& p, const Date& born);

// The Montenegrin JMBG: date (day, month, the last three digits of the year), region 21 to 29,
// serial (500 and over for women), a check digit (weights 765432765432, mod 11).
std::string jmbg(Random& r, bool female, const Date& b) {
  std::string y3 = std::to_string(b.y % 1000);
  while (y3.size() < 3) y3.insert(y3.begin(), '0');
  for (;;) {
    const std::string s = twoDigits(b.d) + twoDigits(b.m) + y3 + std::to_string(r.between(21, 29)) +
                          std::to_string(female ? r.between(500, 999) : r.between(100, 499));
    int sum = 0;
    for (std::size_t k = 0; k < 12; ++k) sum += static_cast<int>(7 - k % 6) * (s[k] - '0');
    const int c = 11 - sum % 11;
    if (c == 10) continue;
    return s + std::to_string(c == 11 ? 0 : c);
  }
}

std::string personalNumber(Random& r, L g, const Person& p, const Date& b) {
  const std::string spec(land(g).id);
  if (spec == "*pin") return std::string(p.female ? "1" : "2") + twoDigits(b.d) + twoDigits(b.m) + std::to_string(b.y) + r.digits(5);
  if (spec == "*cedni") return shape(r, "%##") + "-" + twoDigits(b.d) + twoDigits(b.m) + twoDigits(b.y % 100) + "-" + r.digits(4) + r.letters(1, true);
  if (spec == "*dnihn") return shape(r, "0%0%") + "-" + std::to_string(b.y) + "-" + r.digits(5);
  if (spec == "*mwid") {
    std::string v = r.letters(2, true) + r.digits(1) + r.letters(2, true) + r.digits(1) + r.letters(1, true) + r.digits(1);
    return v;
  }
  if (spec == "*slnin") return r.letters(1, true) + r.digits(1) + r.letters(3, true) + r.digits(2) + r.letters(1, true);
  if (spec == "*dznin") return std::string(p.female ? "2" : "1") + "09" + twoDigits(b.y % 100) + r.digits(13);
  if (spec == "*qid") return std::string(b.y >= 2000 ? "3" : "2") + twoDigits(b.y % 100) + "634" + r.digits(5);
  if (spec == "*jmbg") return jmbg(r, p.female, b);
  if (spec == "*bnic") return std::string(r.chance(0.5) ? "00" : "01") + "-" + r.digits(6);  // 00 and 01: citizens (a yellow card)
  if (g == L::us) return shape(r, "%##-##-####");
  return shape(r, spec);
}

// ---------------------------------------------------------------------------------------------
// The cast of a patient's notes: the same for every note of one patient from one country.
struct Cast {
  L g = L::us;
  Person pt, kin;
  std::array<Person, 4> staff;  // s1 surgeon or doctor, s2 anaesthetist or second doctor, s3 a nurse (a woman), s4 anyone
  Date born;
  int age = 60;
  std::string home, street, city, state, zip;
  std::size_t rel = 0;
};

Cast castOf(std::uint64_t seed, std::size_t patientIndex, L g) {
  Random r((seed ^ 0x3333ULL) * 0xbf58476d1ce4e5b9ULL + (patientIndex + 1) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(g) * 0x94d049bb133111ebULL);
  r.next();
  Cast c;
  c.g = g;
  c.pt = drawPerson(r, g);
  do c.kin = drawPerson(r, g);
  while (c.kin.given == c.pt.given);
  if (r.chance(0.5) && g != L::bn && g != L::bi) {  // the same family
    for (const Nm& f : pool33(g).family) {
      if (f.lat == c.pt.family || f.latF == c.pt.family) {
        c.kin.family = std::string(c.kin.female && !f.latF.empty() ? f.latF : f.lat);
        c.kin.nFamily = c.kin.female && !f.natF.empty() ? std::string(f.natF) : orLat(f.nat, c.kin.family);
      }
    }
  }
  for (std::size_t k = 0; k < 4; ++k) {
    for (int tries = 0; tries < 20; ++tries) {
      c.staff[k] = drawPerson(r, g);
      bool clash = c.staff[k].given == c.pt.given || c.staff[k].given == c.kin.given || (k == 2 && !c.staff[k].female);
      for (std::size_t j = 0; j < k; ++j) clash = clash || c.staff[j].given == c.staff[k].given;
      if (!clash) break;
    }
  }
  c.age = r.chance(0.22) ? r.between(90, 103) : r.between(18, 89);
  c.born = {2025 - c.age, r.between(1, 12), r.between(1, 28)};
  static constexpr std::string_view kStreet[] = {"Pinon Ridge Rd", "Cactus Wren Dr", "Old Post Rd", "Fort Hood St", "Sunset Mesa Ave", "Veterans Pkwy"};
  static constexpr std::string_view kCity[][3] = {{"Gallup", "NM", "873"}, {"Killeen", "TX", "765"}, {"Fayetteville", "NC", "283"},
                                                  {"Tacoma", "WA", "984"}, {"Jacksonville", "FL", "322"}, {"Clarksville", "TN", "370"}};
  const auto& city = kCity[r.next() % std::size(kCity)];
  c.street = std::to_string(r.between(12, 9800)) + " " + std::string(r.pick(std::span<const std::string_view>(kStreet)));
  if (r.chance(0.3)) c.street += ", Apt " + std::to_string(r.between(1, 60));
  c.city = std::string(city[0]);
  c.state = std::string(city[1]);
  c.zip = std::string(city[2]) + r.digits(2) + (r.chance(0.5) ? "-" + r.digits(4) : "");
  c.rel = r.next() % 5 + (c.kin.female ? 0 : 5);
  c.home = g == L::us ? c.street + ", " + c.city + ", " + c.state : addressOf(r, g);
  return c;
}

constexpr std::string_view kRel[][10] = {
    {"daughter", "wife", "sister", "mother", "niece", "son", "husband", "brother", "father", "nephew"},
    {"hija", "esposa", "hermana", "madre", "sobrina", "hijo", "esposo", "hermano", "padre", "sobrino"},
    {"fille", "épouse", "sœur", "mère", "nièce", "fils", "époux", "frère", "père", "neveu"},
    {"filha", "esposa", "irmã", "mãe", "sobrinha", "filho", "esposo", "irmão", "pai", "sobrinho"},
    {"дочь", "жена", "сестра", "мать", "племянница", "сын", "муж", "брат", "отец", "племянник"},
    {"ابنة", "زوجة", "أخت", "أم", "ابنة أخ", "ابن", "زوج", "أخ", "أب", "ابن أخ"},
    {"dochter", "echtgenote", "zus", "moeder", "nicht", "zoon", "echtgenoot", "broer", "vader", "neef"},
};

std::string relationWord(L g, std::size_t k) {
  const std::string_view lang = land(g).language;
  const std::size_t row = lang == "es" ? 1 : lang == "fr" ? 2 : lang == "pt" ? 3 : lang == "ru" ? 4 : lang == "ar" ? 5 : lang == "nl" ? 6 : 0;
  return std::string(kRel[row][k % 10]);
}

// ---------------------------------------------------------------------------------------------
// One note being written.
enum class Mode { asIs, lower, upper };

struct Note {
  NoteBuilder& b;
  const Cast& c;
  Mode mode;
  std::array<Person, 3> others;  // other patients on a list, drawn per note
  std::string pid, card, pass;   // written again the same within a note
  Date last;
  std::string lastPhone;
};

std::string cased(const Note& n, std::string s) {
  return n.mode == Mode::lower ? lower33(std::move(s)) : n.mode == Mode::upper ? upper33(std::move(s)) : s;
}
void put(Note& n, std::string_view category, std::string v) {
  if (category == "phone") n.lastPhone = v;
  n.b.phi(category, cased(n, std::move(v)));
}
void say(Note& n, std::string v) { n.b.text(cased(n, std::move(v))); }

void putDate(Note& n, const Date& t, std::string_view style) {
  Random& r = n.b.random();
  n.last = t;
  const Land& l = land(n.c.g);
  const std::string_view s = style.empty() ? l.dateStyles[r.next() % 3] : style;
  auto [v, after] = dateText(t, s);
  put(n, "date", std::move(v));
  if (!after.empty()) say(n, std::move(after));
}

Date laterThan(const Date& t, int days) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  Date u = t;
  u.d += days;
  while (u.d > kDays[u.m - 1]) {
    u.d -= kDays[u.m - 1];
    if (++u.m > 12) u.m = 1, ++u.y;
  }
  return u;
}

std::string hospitalNumber(Random& r) {
  static constexpr std::string_view kShapes[] = {"########", "@#######", "20%#/######", "HN-######", "M%######"};
  return oneOf(r, kShapes);
}

std::string sentence33(Random& r, std::string_view topic);

const Person& who(const Note& n, std::string_view w) {
  if (w == "pt") return n.c.pt;
  if (w == "kin") return n.c.kin;
  if (w.size() == 2 && w[0] == 's') return n.c.staff[static_cast<std::size_t>(w[1] - '1') % 4];
  return n.others[static_cast<std::size_t>(w[1] - '1') % 3];  // o1, o2, o3
}
bool isWho(std::string_view w) {
  return w == "pt" || w == "kin" || (w.size() == 2 && (w[0] == 's' || w[0] == 'o') && w[1] >= '1' && w[1] <= '4');
}

// Placeholders are "{what:form}"; the list is in the branches below.
void fill(Note& n, std::string_view key) {
  Random& r = n.b.random();
  const Cast& c = n.c;
  const L g = c.g;
  const std::size_t colon = key.find(':');
  const std::string_view what = key.substr(0, colon), form = colon == std::string_view::npos ? std::string_view() : key.substr(colon + 1);
  if (isWho(what)) return put(n, "name", nameForm(r, who(n, what), g, form));
  if (what == "hon") return say(n, std::string(who(n, form.empty() ? std::string_view("pt") : form).female ? land(g).hisF : land(g).hisM));  // a form of address
  if (what == "dr") {  // a doctor's title, "Dra." for a woman where Spanish or Portuguese is written
    const std::string_view lang = land(g).language;
    if (!form.empty() && who(n, form).female && (lang == "es" || lang == "pt")) return say(n, "Dra.");
    return say(n, std::string(land(g).doctor));
  }
  if (what == "dob") return putDate(n, c.born, form);
  if (what == "date" || what == "past" || what == "next") {
    const int y = what == "past" ? r.between(2016, 2023) : what == "next" ? 2026 : r.between(2024, 2025);
    return putDate(n, {y, r.between(1, 12), r.between(1, 28)}, form);
  }
  if (what == "again") return putDate(n, n.last, form);
  if (what == "later") return putDate(n, laterThan(n.last, r.between(1, 12)), form);
  if (what == "odob") return putDate(n, {r.between(1931, 2004), r.between(1, 12), r.between(1, 28)}, form);
  if (what == "age") {
    const std::string v = form == "w" ? spelledNumber(c.age) : std::to_string(c.age);
    return c.age > 89 ? put(n, "age", v) : say(n, v);
  }
  if (what == "oage") {  // another patient's age on a list
    const int a = r.chance(0.3) ? r.between(90, 99) : r.between(21, 88);
    return a > 89 ? put(n, "age", std::to_string(a)) : say(n, std::to_string(a));
  }
  if (what == "oldkin") {
    const int a = r.between(90, 102);
    return put(n, "age", form == "w" ? spelledNumber(a) : std::to_string(a));
  }
  if (what == "ph") return put(n, "phone", phoneOf(r, g, form == "i" ? 1 : form == "n" ? 0 : -1));
  if (what == "ph7") return put(n, "phone", phone7(r, g));
  if (what == "again_ph") return put(n, "phone", n.lastPhone);
  if (what == "fax") return put(n, "fax", phoneOf(r, g, form == "i" ? 1 : 0));
  if (what == "email" || what == "semail") {
    const Person& p = who(n, form.empty() ? std::string_view(what == "email" ? "pt" : "s1") : form);
    const std::string fam = asciiLetters(p.family.empty() ? p.father : p.family), giv = asciiLetters(p.given);
    if (what == "semail") {
      static constexpr std::string_view kOrg[] = {"@hospital.example.org", "@health.example.gov", "@msf.example.org", "@medical.example.mil"};
      return put(n, "email", giv.substr(0, 1) + fam + "@" + std::string(r.pick(std::span<const std::string_view>(kOrg))).substr(1));
    }
    static constexpr std::string_view kHost[] = {"mail.example.com", "correo.example.net", "post.example.org", "inbox.example.net"};
    return put(n, "email", giv + (r.chance(0.5) ? "." : "_") + fam + std::to_string(r.between(1, 99)) + "@" + std::string(r.pick(std::span<const std::string_view>(kHost))));
  }
  if (what == "url") {
    static constexpr std::string_view kUrl[] = {"https://consent.hospital.example.org/sign?case=", "https://tele.example.org/join/",
                                                "https://myhealth.example.gov/record/", "https://portal.example.mil/hr?member="};
    return put(n, "url", std::string(r.pick(std::span<const std::string_view>(kUrl))) + r.letters(3) + r.digits(6));
  }
  if (what == "ip") return put(n, "ip", form == "6" ? ipv6Value(r) : ipv4Value(r));
  if (what == "addr") return put(n, "address", c.home);
  if (what == "oaddr") return put(n, "address", g == L::us ? std::to_string(r.between(10, 999)) + " Main St, " + c.city + ", " + c.state : addressOf(r, g));
  if (what == "where") return put(n, "address", shape(r, form));  // a camp or shelter address written in the template
  if (what == "town") return put(n, "address", std::string(land(g).towns[r.next() % 2]));
  if (what == "usaddr") {
    put(n, "address", c.street + ", " + c.city + ", " + c.state);
    say(n, " ");
    return put(n, "zip", c.zip);
  }
  if (what == "street") return put(n, "address", c.street);
  if (what == "city") return put(n, "address", c.city + ", " + c.state);
  if (what == "zip") return put(n, "zip", c.zip);
  if (what == "pid") {  // the country's personal or identity number of the patient
    if (n.pid.empty()) n.pid = personalNumber(r, g, c.pt, c.born);
    std::string v = n.pid;
    if (g == L::us && form == "b") v.erase(std::remove(v.begin(), v.end(), '-'), v.end());
    return put(n, land(g).idCategory, v);
  }
  if (what == "kinid") return put(n, land(g).idCategory, personalNumber(r, g, c.kin, {r.between(1940, 2000), r.between(1, 12), r.between(1, 28)}));
  if (what == "card") {  // an identity card apart from a personal number
    if (n.card.empty()) n.card = shape(r, land(g).idCard.empty() ? std::string_view("@@#######") : land(g).idCard);
    return put(n, "license", n.card);
  }
  if (what == "pass") {
    if (n.pass.empty()) n.pass = shape(r, land(g).passport);
    return put(n, "license", n.pass);
  }
  if (what == "ins") return put(n, "health_plan", shape(r, land(g).insurance));
  if (what == "plan") {  // US and military plans
    static constexpr std::string_view kPlan[] = {"%@@%-@@%-@@##", "###########", "VA##########", "@@@#########"};
    return put(n, "health_plan", oneOf(r, kPlan));
  }
  if (what == "ssn") {
    const std::string s = shape(r, "%########");
    return put(n, "ssn", form == "b" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (what == "mrn") return put(n, "mrn", hospitalNumber(r));
  if (what == "acc") return put(n, "mrn", shape(r, form == "tx" ? "BB##-#####" : "S2#-######"));  // specimen or blood-bank sample
  if (what == "svc") {  // a service number
    static constexpr std::string_view kSvc[] = {"%#######", "@-######", "%#/######", "##@####"};
    return put(n, "mrn", oneOf(r, kSvc));
  }
  if (what == "edipi") return put(n, "mrn", shape(r, "%#########"));
  if (what == "inmate") {
    static constexpr std::string_view kInm[] = {"%#####-###", "DOC #%#####", "PPL-%####/2#", "%####"};
    std::string v = oneOf(r, kInm);
    if (v.rfind("DOC #", 0) == 0) v = v.substr(5);
    return put(n, "mrn", v);
  }
  if (what == "unind") return put(n, "mrn", shape(r, "###-########"));
  if (what == "unhcr") return put(n, "account", shape(r, "###-##C#####"));
  if (what == "ration") return put(n, "account", shape(r, "RC-###-######"));
  if (what == "seaman") return put(n, "license", shape(r, form.empty() ? "@@######" : form));
  if (what == "reg") return put(n, "license", shape(r, "%####"));
  if (what == "bill") {
    static constexpr std::string_view kBill[] = {"INV-202%-######", "FA-##-#####", "%#########", "CLM%########"};
    return put(n, "account", oneOf(r, kBill));
  }
  if (what == "case") return put(n, "account", shape(r, form.empty() ? "IR-#######" : form));
  if (what == "iban") return put(n, "account", shape(r, form.empty() ? "@@## #### #### #### ####" : form));
  if (what == "serial") {
    static constexpr std::string_view kSer[] = {"%#######", "@@@######@", "PJN######", "%##-####-##", "RNB######"};
    return put(n, "device", oneOf(r, kSer));
  }
  if (what == "plate") return put(n, "vehicle", shape(r, land(g).plate));
  if (what == "vin") return put(n, "vehicle", shape(r, "%@@@@##@#@@######"));
  // Not PHI.
  if (what == "tm") return say(n, twoDigits(r.between(0, 23)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (what == "bed") return say(n, std::to_string(r.between(1, 9)) + r.letters(1, true) + "-" + twoDigits(r.between(1, 30)));
  if (what == "or") return say(n, "OR " + std::to_string(r.between(1, 12)));
  if (what == "ref") return say(n, shape(r, "REF %##.###"));
  if (what == "lot") return say(n, shape(r, "LOT %#@###"));
  if (what == "isbt") return say(n, shape(r, "G#### 2# ###### ") + std::to_string(r.between(0, 9)));
  if (what == "asa") return say(n, "ASA " + std::string(r.pick(std::span<const std::string_view>(std::array<std::string_view, 4>{"I", "II", "III", "IV"}))));
  if (what == "rel") return say(n, relationWord(g, c.rel));
  if (what == "he") return say(n, c.pt.female ? "she" : "he");
  if (what == "sex") return say(n, c.pt.female ? "F" : "M");
  if (what == "s") return say(n, sentence33(r, form));
  throw std::logic_error("unknown placeholder " + std::string(key));
}

// Writes a pattern: literal text, "{key}" placeholders; "{{" writes a brace.
void expand(Note& n, std::string_view p) {
  std::size_t at = 0;
  while (at < p.size()) {
    const std::size_t open = p.find('{', at);
    if (open == std::string_view::npos) {
      say(n, std::string(p.substr(at)));
      return;
    }
    if (p.substr(open, 2) == "{{") {
      say(n, std::string(p.substr(at, open + 1 - at)));
      at = open + 2;
      continue;
    }
    if (open > at) say(n, std::string(p.substr(at, open - at)));
    const std::size_t close = p.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    fill(n, p.substr(open + 1, close - open - 1));
    at = close + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// SENTENCES without PHI: theatre and anaesthesia, ICU and wards, transfusion, implants and
// sterile services, pathology, infection control, military, camps, mines, rigs and ships, and the
// countries' own languages, and the facility's own numbers, public offices and products.
std::string sentence33(Random& r, std::string_view topic) {
  const std::string h = twoDigits(r.between(6, 22)), m2 = twoDigits(r.between(0, 59)), n2 = std::to_string(r.between(10, 99)),
                    n3 = std::to_string(r.between(100, 999));
  const std::string s[] = {
      // theatre and anaesthesia (0-9)
      "Time-out completed at " + h + ":" + m2 + " in OR " + std::to_string(r.between(1, 9)) + ": site marked, ASA III, antibiotic prophylaxis cefazolin 2 g IV given 30 min before incision.",
      "Induction: propofol 2 mg/kg, fentanyl 1.5 mcg/kg, rocuronium 0.6 mg/kg; ETT 7.5 at 22 cm; Cormack-Lehane grade 1.",
      "Maintenance sevoflurane 1.0 MAC in O2/air 40%; BIS 40-60; tranexamic acid 1 g at " + h + ":" + m2 + "; EBL 350 mL.",
      "Swab, needle and instrument counts correct x3 (pre-op, closure, skin); 2 drains (Redivac 12 Fr) left in situ.",
      "Theatre list: 4 cases, session 08:00-13:00, " + n2 + " min turnaround; case 3 moved to OR 7 (laminar flow).",
      "Pre-op: Hb 12.8 g/dL, K+ 4.1 mmol/L, creatinine 88 umol/L, INR 1.0; Mallampati II; METs > 4; fasting from 02:00.",
      "Spinal: 0.5% heavy bupivacaine 2.6 mL at L3-4, 25G Whitacre, block to T10; phenylephrine infusion 25 mcg/min.",
      "PACU: Aldrete 9/10 at " + h + ":" + m2 + "; pain NRS 3/10; PONV nil; discharge to ward 5B bed 12 at 30 min.",
      "OPCS W37.1 (primary total hip replacement, cemented), CPT 27130, ICD-10 M16.11; tourniquet 90 min at 250 mmHg.",
      "WHO checklist sign-out: instrument count correct, specimen labelled, equipment issues nil, key concerns for recovery discussed.",
      // ICU and wards (10-19)
      "ICU day 3: GCS 11 (E3 V3 M5), APACHE II 18, SOFA 7; noradrenaline 0.12 mcg/kg/min; MAP 68 mmHg; lactate 2.4 mmol/L.",
      "Ventilator: SIMV-PC, FiO2 0.40, PEEP 8 cmH2O, RR 16, Vt 450 mL; ABG pH 7.36, pCO2 44, pO2 92, HCO3 24.",
      "Fluid balance 24 h: in 2,850 mL (IV 2,100, enteral 750), out 2,300 mL (urine 1,950, drain 350); net +550 mL.",
      "Braden 13 (moderate risk), Waterlow 17; 2-hourly turns; air mattress; sacrum grade 2 pressure injury 2 x 3 cm.",
      "NEWS2 " + std::to_string(r.between(0, 9)) + " at " + h + ":" + m2 + ": RR 22, SpO2 93% on 2 L, BP 104/62, HR 108, T 38.3; escalated to the registrar, bleep " + n3 + ".",
      "Insulin infusion 3 units/h per sliding scale; capillary glucose 9.8 mmol/L at 06:00; KCl 20 mmol in 1 L over 8 h.",
      "Morse falls score 55 (high); bed alarm on; hip protectors; low bed; call bell within reach; ward 4 ext 2231.",
      "Rapid response called at " + h + ":" + m2 + ": arrived 3 min; 2 x 250 mL crystalloid; transferred to HDU bed 4.",
      "Code blue: CPR started " + h + ":" + m2 + ", 3 cycles, adrenaline 1 mg x2, amiodarone 300 mg, ROSC at 14 min; shockable rhythm (VF).",
      "SBAR: S - post-op day 1, laparotomy; B - T2DM, HTN; A - drain 180 mL serous; R - review potassium at 14:00.",
      // transfusion (20-23)
      "Crossmatch 2 units RBC, group O Rh(D) positive, antibody screen negative; ISBT 128 unit G1517 24 " + r.digits(6) + " 4, product E0336V00.",
      "Transfusion started " + h + ":" + m2 + ", rate 120 mL/h for 15 min then 250 mL/h; observations at 0, 15 and 60 min; no reaction.",
      "Blood bank fridge 2 temperature 4.2 C; component expiry 42 days; FFP thawed at 37 C, use within 24 h; platelets agitated at 22 C.",
      "Massive transfusion protocol activated: 6 RBC : 6 FFP : 1 pool platelets; fibrinogen 1.2 g/L; cryo 10 units.",
      // implants and sterile services (24-27)
      "Implant: acetabular cup REF 1217-22-052, LOT 8H7252, EXP 2028-03; femoral stem REF 1012-34-120, LOT J6C031; cement LOT 4521A.",
      "Mesh 15 x 15 cm REF PCO1515, LOT SMA0" + n3 + "; tacks 5 mm x 30; CSSD tray 44 (laparoscopic set) cycle " + r.digits(5) + ".",
      "Autoclave run " + n3 + ": 134 C for 3.5 min, Bowie-Dick pass; biological indicator negative at 24 h; tray ID LAP-0" + n2 + ".",
      "Pacemaker generator model 2272, REF mapping per catalogue; lead 5076-52 cm; sensing 9.8 mV, threshold 0.7 V at 0.4 ms.",
      // pathology and infection control (28-31)
      "Specimen: gallbladder in 10% formalin, 1 container; fixation 24-48 h; cold ischaemia under 60 min; request form page 2 of 2.",
      "Frozen section at " + h + ":" + m2 + ": margins clear (> 5 mm); final report in 3-5 working days; ICD-O 8140/3.",
      "Infection control: 3 cases of MRSA on ward 6 in 14 days; contact precautions; screening day 0, 3, 7; hand-hygiene audit 87%.",
      "C. difficile toxin positive; side room 4; bleach 1,000 ppm; line list updated, outbreak meeting Thursday 10:00 room 2.14.",
      // military, prison, camps, occupational (32-39)
      "Field hospital Role 2, grid reference 38S MB 4381 2275; casualty categories T1-T3; MEDEVAC 9-line, line 3: 2 urgent, 1 priority.",
      "Unit: 2nd Battalion, 5th Infantry Regiment, B Company; PULHES 111111; deployment limiting profile 30 days.",
      "Health screening on admission to custody within 24 h; cell block C, cell 12; TB symptom screen negative; methadone 60 mg continued.",
      "Camp clinic: 1,240 consultations this week; sector 4 and block 9 water 15 L per person per day; cholera ORP at the gate.",
      "MUAC < 115 mm in 14 children; RUTF 2 sachets/day; measles vaccine coverage 92%; GAM 11.3%.",
      "Mine site clinic: audiometry at 4 kHz notch 35 dB; dust (silica) 0.05 mg/m3 TWA; haul truck fleet HT-" + n2 + " incident free 210 days.",
      "Offshore: helideck open 06:00-18:00; H2S alarm 10 ppm; man-overboard drill weekly; POB 142; IMO 9" + r.digits(6) + " (vessel).",
      "Seafarer fitness (ILO/IMO): colour vision Ishihara 17/17; audiometry pass; valid 2 years; flag state Malta.",
      // the countries' own languages (40-51)
      "Операционная № 3, наркоз эндотрахеальный, кровопотеря 300 мл, дренаж по Редону; палата 12, койка 4.",
      "Ҳуҷраи ҷарроҳӣ 2, беҳушкунӣ 14:30-16:05; хуни гумшуда 250 мл; палатаи 7.",
      "Sala de operaciones 2; anestesia raquídea; sangrado 200 ml; cama 14, servicio de cirugía; extensión 2231.",
      "Salle 3, anesthésie générale; saignement 150 ml; lit 12, chambre 204; score ASA II; prochaine visite J+7.",
      "غرفة العمليات ٣، سرير ١٢، جرعة ٥ ملغ؛ ضغط الدم ١٢٠/٨٠؛ رقم الجناح ٤.",
      "Sala operatorja 4; anestesija ġenerali; telf tad-demm 200 ml; sodda 12, sala Karmnu.",
      "Operaciona sala 2, opšta anestezija, krvarenje 250 ml; soba 12, krevet 3; lokal 4410.",
      "Sala operasaun 1; anestezia jerál; ran lakon 150 ml; kama 12; ekstensaun 224.",
      "Bilik bedah 3, bius am; kehilangan darah 200 ml; wad 12, katil 4; sambungan 4410.",
      "手術室3號；全身麻醉；失血量200毫升；病床12號；內線4410。",
      "Operatiekamer 2; spinale anesthesie; bloedverlies 200 ml; bed 12, zaal B; toestel 2231.",
      "Chipinda cha opaleshoni 2; magazi otayika 200 ml; bedi 12, wodi 4A.",
      "Operasiýa otagy 3; umumy narkoz; gan ýitgisi 200 ml; palata 12, düşek 4; içki telefon 2231.",
      "Icumba c'ibagwa 2; amaraso yatakaye 200 ml; igitanda 12; ASA II; telefone y'ishami 4410.",
      "بيليق بده ٣، کاتيل ١٢، دوس ٥ ملݢ؛ واد ٤؛ سمبوڠن ٤٤١٠.",
      // the facility's own numbers, public offices, products (55-66)
      "Facility licence MOH/HF/2019/0231; NHRA registration 4471; theatre complex commissioned 2016, 8 ORs, 2 hybrid.",
      "Ministry of Health, Health Promotion Building, Zone 63, Street 950, Doha; public enquiries line 16000; office hours 07:00-14:00.",
      "Blood bank: donor sessions Saturday 08:00-12:00; component lab extension 3312; fridge BB-2 alarm set at 2 C and 6 C.",
      "Lot 21L017 of suture Vicryl 2-0 (REF V317H) quarantined; expiry 2027-11-30; 144 boxes returned to the supplier on pallet 7.",
      "Ward 7B: 28 beds, 4 side rooms; nurse to patient ratio 1:6 days, 1:8 nights; matron bleep 4410; ward clerk ext 2231.",
      "Age at surgery: mean 57 years (range 18-89); 64% women; median LOS 3 days; 30-day readmission 4.1%; SSI rate 1.8%.",
      "Dose banding: paracetamol 15 mg/kg, max 4 g/24 h (1 g if > 50 kg); ketamine 0.1-0.3 mg/kg; ondansetron 4 mg at 22:00.",
      "Code 3 pager test at 09:00 daily; switchboard 2222 for cardiac arrest, 2233 for obstetric emergencies, 2244 for trauma.",
      "Humanitarian clinic, sector C: 3 consultation rooms, 1 OT, 12 beds; generator 40 kVA; oxygen concentrators 5 L/min x 6.",
      "Base medical centre, grid 29R PQ 1254 8876; building 14, room 2; sick parade 07:30; dental Tuesday and Thursday.",
      "Vessel MV Atlantic Trader, IMO 9301245, call sign 9HA4521, flag Malta; ship's hospital 2 berths; medicine chest category A.",
      "OPCS T20.1 (primary repair of inguinal hernia using prosthetic material); CPT 49505; ICD-10 K40.90; day-case tariff band C.",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "or") k = in(0, 10);
  else if (topic == "icu") k = in(10, 10);
  else if (topic == "tx") k = in(20, 4);
  else if (topic == "imp") k = in(24, 4);
  else if (topic == "path") k = in(28, 4);
  else if (topic == "mil") k = in(32, 2);
  else if (topic == "camp") k = in(34, 3);
  else if (topic == "occ") k = in(37, 3);
  else if (topic == "lang") k = in(40, 15);
  else if (topic == "fac") k = in(55, 12);
  return s[k];
}

// ---------------------------------------------------------------------------------------------
// TEMPLATES
struct Tpl {
  std::string_view name;
  Mode mode;
  L g;
  std::string_view text;
};

constexpr Mode kAs = Mode::asIs;
constexpr Mode kLow = Mode::lower;
constexpr Mode kUp = Mode::upper;

// clang-format off
constexpr Tpl kTemplates33[] = {
    // --- theatre: checklists, lists, anaesthesia, consent ---
    {"kg_checklist_ru", kAs, L::kg,
     "ЛИСТ КОНТРОЛЯ БЕЗОПАСНОСТИ ХИРУРГИЧЕСКОГО ВМЕШАТЕЛЬСТВА (ВОЗ)\nНациональный хирургический центр, г. Бишкек\nДата: {date:dot}   Операционная № 2\n\nДО ВВОДНОГО НАРКОЗА\nФ.И.О. пациента: {pt:nat}\nДата рождения: {dob:dot}\nПИН: {pid}\nИстория болезни № {mrn}\nПроцедура: лапароскопическая холецистэктомия, {asa}\nАнестезиолог: {dr:s2} {s2:nat}\n\nПЕРЕД РАЗРЕЗОМ\nХирург: {s1:nat}\nОперационная сестра: {s3:nat}\n{s:or}\n"},
    {"kg_theatre_list_csv", kAs, L::kg,
     "operating_list,OR-3,{date:iso}\nslot,patient,pin,age,procedure,surgeon\n08:00,\"{pt:reg}\",{pid},{age},hernioplasty (Lichtenstein),{s1:fam}\n10:30,\"{o1:reg}\",{kinid},{oage},thyroidectomy,{s1:fam}\n13:00,\"{o2:reg}\",{kinid},{oage},varicose veins (EVLA),{s2:fam}\n"},
    {"tj_anaesthesia_record", kAs, L::tj,
     "ВАРАҚАИ БЕҲУШКУНӢ / НАРКОЗНАЯ КАРТА\nБеморхонаи шаҳрии № 3, ш. Душанбе\nНому насаб: {pt:nat}\nСанаи таваллуд: {dob:tj}\nСинну сол: {age}\nШиноснома: {pid}\nТелефон: {ph}\nСанаи ҷарроҳӣ: {date:tj}\nБеҳушкунанда: {s2:nat}\n{s:or}\n{s:lang}\n"},
    {"tm_preop_assessment", kAs, L::tm,
     "OPERASIÝA ÖŇÜNDÄKI BAHALANDYRYŞ\nHassahana: Halkara lukmançylyk merkezi, Aşgabat\nNäsag: {pt:reg}\nDoglan senesi: {dob:dot}\nÝaşy: {age} ýaşynda\nPasport: {pid}\nÝaşaýan ýeri: {addr}\nTelefon: {ph:i}\nSene: {date:tm}\nAnesteziolog: {s2:full}\n{s:or}\n"},
    {"ni_consentimiento", kAs, L::ni,
     "CONSENTIMIENTO INFORMADO PARA PROCEDIMIENTO QUIRÚRGICO\nHospital Escuela, Managua\nYo, {pt:full}, identificado(a) con cédula {pid}, con domicilio en {addr}, autorizo a {dr:s1} {s1:full} a realizar apendicectomía laparoscópica.\nTestigo: {kin:full} ({rel}), cédula {kinid}, tel. {ph}\nFecha: {date:es}\nFirma del paciente: ____________\n"},
    {"hn_lista_quirofano", kAs, L::hn,
     "PROGRAMACIÓN QUIRÚRGICA - HOSPITAL ESCUELA, TEGUCIGALPA\nFecha: {date:dmy}\nQx\tPaciente\tDNI\tEdad\tProcedimiento\n1\t{pt:inv}\t{pid}\t{age}\tcolecistectomía\n2\t{o1:inv}\t{kinid}\t{oage}\therniorrafia\n3\t{o2:inv}\t{kinid}\t{oage}\tRTU próstata\nCirujano: {dr:s1} {s1:full}    Anestesia: {dr:s2} {s2:full}\n"},
    {"bz_time_out_kriol", kAs, L::bz,
     "SURGICAL SAFETY CHECKLIST - KHMH, BELIZE CITY\nSIGN IN {date:dmy} {tm}\nPatient confirmed name: {pt:full}\nDOB: {dob:dmy}\nSS#: {pid}\nPatient phone {ph7}\nConsent signed: yes\nTIME OUT {tm}\nSurgeon {dr:s1} {s1:full}; anaesthetist {dr:s2} {s2:full}; scrub nurse {s3:full}\n{s:or}\n"},
    {"sr_ok_planning", kAs, L::sr,
     "OK-PLANNING ACADEMISCH ZIEKENHUIS PARAMARIBO\nDatum: {date:dash}\nOK 1 - {pt:inv} ({dob:dash}), ID-nr. {pid}, laparoscopische cholecystectomie\nOK 1 - {o1:inv} ({odob:dash}), ID-nr. {kinid}, liesbreuk\nOK 2 - {o2:inv} ({odob:dash}), ID-nr. {kinid}, appendectomie\nOperateur: {dr:s1} {s1:full}\nAnesthesist: {dr:s2} {s2:full}\n"},
    {"mw_theatre_register", kUp, L::mw,
     "KAMUZU CENTRAL HOSPITAL - MAIN THEATRE REGISTER\nDATE: {date:dmon}\nPATIENT: {pt:full}    AGE: {age}    SEX: {sex}\nNATIONAL ID: {pid}\nVILLAGE: {town}\nPROCEDURE: EXPLORATORY LAPAROTOMY\nSURGEON: {s1:full}\nANAESTHETIST (CO): {s2:full}\nSCRUB: {s3:full}\n"},
    {"bi_consentement", kAs, L::bi,
     "FORMULAIRE DE CONSENTEMENT ÉCLAIRÉ\nHôpital Prince Régent Charles, Bujumbura\nJe soussigné(e) {pt:full}, CNI n° {pid}, résidant à {addr}, accepte l'intervention (cure de hernie inguinale) proposée par le {dr:s1} {s1:full}.\nMutuelle de la Fonction Publique : {ins}\nPersonne à prévenir : {kin:full}, {ph}\nFait à Bujumbura, le {date:fr}\n"},
    {"bj_fiche_anesthesie", kAs, L::bj,
     "CNHU-HKM COTONOU - CONSULTATION PRÉ-ANESTHÉSIQUE\nNom et prénoms : {pt:reg}\nNé(e) le : {dob:fr}\nÂge : {age} ans\nNPI : {pid}\nTél. : {ph:n}\nDate de la consultation : {date:dmy}\n{asa}, Mallampati II\nMédecin anesthésiste : {dr:s2} {s2:full}\n{s:or}\n"},
    {"sl_theatre_list", kAs, L::sl,
     "CONNAUGHT HOSPITAL FREETOWN - ELECTIVE LIST\nDate: {date:enth}\n1. {pt:up} ({age}y) NIN {pid} - inguinal hernia repair\n2. {o1:up} ({oage}y) NIN {kinid} - excision lipoma\n3. {o2:up} ({oage}y) NIN {kinid} - hydrocelectomy\nSurgeon: {dr:s1} {s1:full}\nTheatre sister: Sister {s3:full}\n"},
    {"dz_checklist_fr", kAs, L::dz,
     "CHECK-LIST « SÉCURITÉ DU PATIENT AU BLOC OPÉRATOIRE »\nCHU Mustapha Pacha, Alger\nNom : {pt:fam}\nPrénom : {pt:given}\nFils/Fille de : {pt:father}\nDate de naissance : {dob:dmy}\nNIN : {pid}\nN° CHIFA : {ins}\nDate : {date:dmy}\nChirurgien : {dr:s1} {s1:full}\nIBODE : {s3:full}\n{s:or}\n"},
    {"ye_consent_ar", kAs, L::ye,
     "إقرار بالموافقة على إجراء عملية جراحية\nمستشفى الثورة العام - صنعاء\nأنا الموقع أدناه: {pt:nat}\nرقم البطاقة الشخصية: {pid}\nالعنوان: {addr}\nرقم الهاتف: {ph}\nأوافق على إجراء العملية بتاريخ {date:hij} الموافق {again:are}\nالطبيب الجراح: {dr:s1} {s1:nat}\nالشاهد: {kin:nat}\n"},
    {"lb_fiche_bloc", kAs, L::lb,
     "HÔPITAL HÔTEL-DIEU DE FRANCE - PROGRAMME OPÉRATOIRE\nDate : {date:dmy}\nSalle 4 - {pt:reg}, né(e) le {dob:dmy}, {age} ans, carte d'identité {pid}, CNSS {ins}\nIntervention : PTG droite\nChirurgien : {dr:s1} {s1:full}\nAnesthésiste : {dr:s2} {s2:full}\nContact famille : {kin:full}, {ph:i}\n"},
    {"qa_preop_en", kAs, L::qa,
     "HAMAD GENERAL HOSPITAL - PRE-OPERATIVE ASSESSMENT\nPatient: {pt:full}\nQID: {pid}\nHealth card: {ins}\nDOB: {dob:dmy} ({again:hij})\nAge: {age}\nMobile: {ph}\nAddress: {addr}\nPlanned surgery: {date:dmy}\nAnaesthetist: {dr:s2} {s2:full}\n{s:or}\n"},
    {"mt_consent_mt", kAs, L::mt,
     "FORMOLA TAL-KUNSENS GĦALL-OPERAZZJONI\nSptar Mater Dei\nJien, {pt:full}, karta tal-identità {pid}, ta' {addr}, naqbel li ssirli l-operazzjoni.\nTabib: {dr:s1} {s1:full}\nData: {date:mt}\nXhud: {kin:full}, tel. {ph}\n"},
    {"me_lista_operacija", kAs, L::me,
     "KLINIČKI CENTAR CRNE GORE - PLAN OPERACIJA\nDatum: {date:dotdot}\nSala 2: {pt:reg} (JMBG {pid}), {age} god., holecistektomija\nSala 2: {o1:reg} (JMBG {kinid}), {oage} god., hernioplastika\nOperator: {dr:s1} {s1:full}\nAnesteziolog: {dr:s2} {s2:full}\n"},
    {"tl_konsentimentu", kAs, L::tl,
     "FORMULÁRIU KONSENTIMENTU - HOSPITÁL NASIONÁL GUIDO VALADARES\nNaran pasiente: {pt:full}\nNú. BI: {pid}\nINSS: {ins}\nHela fatin: {addr}\nData moris: {dob:dmy}\nData operasaun: {date:tet}\nDoutór: {dr:s1} {s1:full}\nFamília: {kin:full}, telefone {ph}\n"},
    {"bn_checklist", kAs, L::bn,
     "RIPAS HOSPITAL - SURGICAL SAFETY CHECKLIST\nSign in: {date:dmy} {tm}\nName: {pt:full}\nIC No.: {pid} (Kuning)\nTakaful: {ins}\nAge: {age}\nContact: {ph7}\nProcedure: ORIF right distal radius\nSurgeon: {dr:s1} {s1:full}\nScrub: {s3:full}\n{s:or}\n"},
    {"mo_consent_pt_zh", kAs, L::mo,
     "CENTRO HOSPITALAR CONDE DE SÃO JANUÁRIO\n手術同意書 / DECLARAÇÃO DE CONSENTIMENTO\n姓名 Nome: {pt:nat} ({pt:reg})\n澳門居民身份證 BIR n.º {pid}\n出生日期 Data de nascimento: {dob:zh}\n地址 Morada: {addr}\n電話 Telefone: {ph}\n日期 Data: {date:ptc}\n醫生 Médico: {dr:s1} {s1:full}\n"},
    {"us_va_preop", kAs, L::us,
     "VA MEDICAL CENTER - PREOPERATIVE NOTE\nVeteran: {pt:full}\nSSN: {pid}\nDOB: {dob:mdy}    Age: {age}\nService branch: Army, 1988-2009\nAddress: {usaddr}\nPhone: {ph}\nSurgery date: {date:mdy}\nAttending: {dr:s1} {s1:full}\nCRNA: {s2:full}, CRNA\n{s:or}\n"},
    // --- implants, specimens, operation and recovery notes ---
    {"us_implant_log", kAs, L::us,
     "IMPLANT RECORD - {or}\nPatient: {pt:inv}    MRN {mrn}    DOB {dob:mdy}\nDate of surgery: {date:mdy}\nItem 1: femoral component {ref} {lot} SN {serial}\nItem 2: tibial tray {ref} {lot} SN {serial}\nItem 3: bone cement {ref} {lot}\nRecorded by {s3:full}, RN\n{s:imp}\n"},
    {"us_pacemaker_card", kAs, L::us,
     "TEMPORARY DEVICE IDENTIFICATION CARD\nPatient: {pt:full}\nAddress: {usaddr}\nPhone: {ph:n}\nImplant date: {date:long}\nGenerator: dual-chamber pacemaker, model 2272, S/N {serial}\nAtrial lead S/N {serial}\nVentricular lead S/N {serial}\nFollowing physician: {dr:s1} {s1:full}, fax {fax}\n"},
    {"mt_implant_sticker_ocr", kAs, L::mt,
     "[scan] MATER DEI - IMPLANT TRACEABILITY SHEET\nPat1ent: {pt:up}\nID card {pid}\nTheatre 6  {date:dmy}\n{ref}  {lot}\nSN: {serial}\nEXP 2028-0%\nSurgeon Mr {s1:full}\n"},
    {"qa_implant_register", kAs, L::qa,
     "IMPLANT REGISTER (ORTHOPAEDICS), AL KHOR HOSPITAL\ndate,patient,qid,implant,ref,lot,serial\n{date:iso},\"{pt:full}\",{pid},cochlear implant,CI612,L7H221,{serial}\n{date:iso},\"{o1:full}\",{kinid},DHS plate,REF 281.020,LOT 9F44,{serial}\n"},
    {"me_implant_register", kAs, L::me,
     "REGISTAR IMPLANTATA - ORTOPEDIJA\nPacijent: {pt:full}\nJMBG: {pid}\nLBO (FZO): {ins}\nDatum: {date:dotdot}\nEndoproteza kuka, {ref}, {lot}, serijski broj {serial}\nOperater: {dr:s1} {s1:full}\n"},
    {"dz_etiquette_anapath", kUp, L::dz,
     "CHU ORAN - SERVICE D'ANATOMIE PATHOLOGIQUE\nN° D'ENREGISTREMENT: {acc}\nNOM: {pt:fam}\nPRÉNOM: {pt:given}\nNÉ(E) LE: {dob:dmy}\nPRÉLÈVEMENT: PIÈCE DE COLECTOMIE\nDATE DU PRÉLÈVEMENT: {date:compact}\nCHIRURGIEN: {s1:full}\n"},
    {"lb_specimen_label", kAs, L::lb,
     "AUBMC PATHOLOGY - SPECIMEN LABEL\n{pt:reg}\n{acc}\nDOB {dob:dmy}  {sex}\nMRN {mrn}\nCollected {date:compact} {tm}\nSite: breast, left, core biopsy x3\n"},
    {"sl_op_note", kAs, L::sl,
     "OPERATION NOTE\nPatient: {pt:full}, {age} years, from {town}\nDate: {date:dmy}\nSurgeon: {dr:s1} {s1:full}; assistant: {s4:full}\nProcedure: laparotomy for typhoid ileal perforation under GA\nFindings: single perforation 40 cm from the ileocaecal valve, 1.5 L faecal peritonitis; primary repair, washout\nPlan: ceftriaxone 2 g and metronidazole 500 mg IV; NGT; review day 3.\n{s:or}\n"},
    {"ni_nota_operatoria", kAs, L::ni,
     "NOTA OPERATORIA\nPaciente: {pt:full}\nExpediente: {mrn}\nEdad: {age} años\nFecha: {date:es}\nDiagnóstico preoperatorio: apendicitis aguda\nCirujano: {dr:s1} {s1:full}; ayudante: {dr:s4} {s4:full}\nInstrumentista: Enf. {s3:full}\nHallazgos: apéndice perforado, líquido purulento 50 ml\n"},
    {"kg_recovery_chart", kAs, L::kg,
     "КАРТА НАБЛЮДЕНИЯ В ПАЛАТЕ ПРОБУЖДЕНИЯ\nПациент: {pt:nat}\nВозраст: {age} лет\nДата: {date:ru}\n{tm} АД 118/72, ЧСС 84, SpO2 97%\n{tm} Aldrete 9\nМедсестра: {s3:nat}\nПереведён(а) в палату 412\n"},
    {"bj_salle_reveil", kAs, L::bj,
     "SALLE DE SURVEILLANCE POST-INTERVENTIONNELLE\nPatient(e) : {pt:reg}\nDate : {date:fr}\nEntrée SSPI : {tm}   Sortie : {tm}\nScore d'Aldrete 10/10, EVA 2/10\nInfirmier(ère) : {s3:full}\nAppeler la famille ({kin:full}) au {ph}\n"},
    {"bn_post_op", kAs, L::bn,
     "POST-OPERATIVE NOTE - JERUDONG PARK MEDICAL CENTRE\nName: {pt:reg}\nIC: {pid}\nDate: {date:ms} ({again:hijm})\nProcedure: laparoscopic appendicectomy\nSurgeon: {dr:s1} {s1:full}\nReview in clinic on {next:dmy}\n{s:or}\n"},
    // --- ICU and wards ---
    {"me_icu_flowsheet", kAs, L::me,
     "JEDINICA INTENZIVNE NJEGE - LISTA PRAĆENJA\nPacijent: {pt:full}    Krevet 3\nJMBG: {pid}\nDatum prijema: {date:me}\n{s:icu}\n{s:icu}\nSestra: {s3:full}\n"},
    {"tm_fluid_balance", kAs, L::tm,
     "SUWUKLYK BALANSY / FLUID BALANCE\nNäsag: {pt:full}\nPalata 7, düşek 2\nSene: {date:dot}\n{s:icu}\nŞepagat uýasy: {s3:full}\n"},
    {"hn_sbar_whatsapp", kLow, L::hn,
     "[{date:dm} {tm}] enf. {s3:lgiven}: dr buenas noches, le paso a {pt:low} cama 14, posop de colecistectomía, {age} años\n[{tm}] enf. {s3:lgiven}: s: dolor 7/10. b: dm2. a: drenaje 150 ml. r: valorar analgesia\n[{tm}] {s1:low}: ok voy, llámeme al {ph}\n"},
    {"mw_sbar_handover", kAs, L::mw,
     "SBAR HANDOVER - WARD 5A, QUEEN ELIZABETH CENTRAL HOSPITAL\nS: {pt:full}, {age} yrs, day 2 post laparotomy\nB: from {town}; guardian {kin:full} ({rel}), {ph}\nA: NEWS2 4, drain 200 mL\nR: review by {dr:s1} {s1:full} at 14:00\nHanded over by {s3:full} to {s4:full}\n"},
    {"lb_mar", kAs, L::lb,
     "FEUILLE D'ADMINISTRATION DES MÉDICAMENTS\nPatient : {pt:full}    Ch. 312\nDate de naissance : {dob:dmy}\nAllergies : pénicilline\n{date:dmy} 08:00 paracétamol 1 g IV - {s3:ini}\n{again:dmy} 14:00 énoxaparine 40 mg SC - {s4:ini}\n{again:dmy} 20:00 paracétamol 1 g IV - {s3:ini}\n"},
    {"tl_mar", kAs, L::tl,
     "REJISTU ADMINISTRASAUN AIMORUK\nPasiente: {pt:full}\nKama 12, sala kirurjia\nData: {date:dmy}\n06:00 ceftriaxone 1 g IV - enfermeira {s3:full}\n12:00 paracetamol 1 g oral - enfermeiru {s4:full}\n{s:lang}\n"},
    {"dz_feuille_surveillance", kAs, L::dz,
     "FEUILLE DE SURVEILLANCE - RÉANIMATION CHIRURGICALE\nMalade : {pt:reg}\nÂge : {age} ans\nDate : {date:dmy}\n{s:icu}\n{s:icu}\nInfirmier de garde : {s4:full}\n"},
    {"ye_ward_note_ar", kAs, L::ye,
     "ملاحظات التمريض - قسم الجراحة\nالاسم: {pt:nat}\nالعمر: {age}\nالتاريخ: {date:hij}\nرقم الملف: {mrn}\n{s:lang}\nالممرضة: {s3:nat}\n"},
    {"us_fall_report", kAs, L::us,
     "PATIENT FALL REPORT\nIncident no. {case}\nPatient: {pt:full}, age {age}, MRN {mrn}\nDate/time: {date:mdy} {tm}\nLocation: 6 North, room {bed}\nInjury: skin tear left forearm\nWitness: {s4:full}\nReported by {s3:full}, RN; charge nurse notified\n{s:icu}\n"},
    {"mt_pressure_ulcer", kAs, L::mt,
     "PRESSURE ULCER INCIDENT - KARIN GRECH REHABILITATION HOSPITAL\nPatient: {pt:full}\nID card: {pid}\nAge: {age}\nDate identified: {date:dmy}\nGrade 3, sacrum; Braden 11\nNurse: {s3:full}\nNext of kin informed: {kin:full}, {ph}\n"},
    {"qa_rapid_response", kAs, L::qa,
     "RAPID RESPONSE TEAM LOG\nCall: {date:dmy} {tm}, Ward 12\nPatient: {pt:full}, HC no. {mrn}\nQID {pid}\nTrigger: NEWS2 7\nTeam leader: {dr:s1} {s1:full}; ICU nurse {s3:full}\nOutcome: transferred to MICU\n{s:icu}\n"},
    {"sr_code_blue", kAs, L::sr,
     "REANIMATIEVERSLAG (CODE BLUE)\nPatiënt: {pt:inv}\nGeboortedatum: {dob:dash}\nDatum: {date:nl}\n{s:icu}\nTeamleider: {dr:s1} {s1:full}\nVerpleegkundige: {s3:full}\nFamilie gebeld: {kin:full}, {ph7}\n"},
    {"bz_falls_whatsapp", kLow, L::bz,
     "[{date:dm} {tm}] {s3:lgiven}: {hon:pt} {pt:lgiven} in bed 4 fell going to the toilet, no injury, obs stable\n[{tm}] {s1:lgiven}: ok, do neuro obs q1h. call di family?\n[{tm}] {s3:lgiven}: yes, called {kin:low} at {ph7}, dem di come\n"},
    // --- transfusion, labels, wristbands ---
    {"us_blood_bank_tag", kUp, L::us,
     "BLOOD BANK - TRANSFUSION TAG\nRECIPIENT: {pt:inv}\nMRN: {mrn}\nDOB: {dob:compact}\nSAMPLE NO: {acc:tx}\nUNIT: {isbt}\nABO/RH: A POS\nXM COMPATIBLE {date:compact} {tm}\nISSUED BY: {s4:full}, MLS(ASCP)\n"},
    {"kg_transfusion_record", kAs, L::kg,
     "ПРОТОКОЛ ПЕРЕЛИВАНИЯ КОМПОНЕНТОВ КРОВИ\nФ.И.О.: {pt:nat}\nДата рождения: {dob:ru}\nПИН: {pid}\nГруппа крови: B(III) Rh+\nНомер образца: {acc:tx}\nДата переливания: {date:dot}\nЭритроцитная взвесь, {isbt}\nВрач: {s1:nat}\n{s:tx}\n"},
    {"lb_directed_donation", kAs, L::lb,
     "BANQUE DU SANG - DON DIRIGÉ\nReceveur : {pt:full}, né(e) le {dob:dmy}, dossier {mrn}\nDonneur : {kin:full} ({rel}), carte d'identité {kinid}, tél. {ph}\nDate du don : {date:dmy}\nPoche : {isbt}\n{s:tx}\nBiologiste : {dr:s2} {s2:full}\n"},
    {"mw_blood_request", kAs, L::mw,
     "BLOOD REQUEST FORM - MALAWI BLOOD TRANSFUSION SERVICE\nHospital: Zomba Central\nPatient: {pt:inv}\nAge: {age}    Sex: {sex}\nNational ID: {pid}\nWard: Surgical, {bed}\nDate required: {date:dmy}\nSample no. {acc:tx}\nRequesting clinician: {s1:full}\n{s:tx}\n"},
    {"tj_wristband", kUp, L::tj,
     "{pt:nat}\nТ/С {dob:dot}  {sex}\nИ/Б № {mrn}\nШӯъбаи ҷарроҳӣ, палатаи 5\n"},
    {"ni_brazalete", kUp, L::ni,
     "HOSPITAL ALEMÁN NICARAGÜENSE\n{pt:reg}\nF.NAC. {dob:dmy}  EXP. {mrn}\nCÉD. {pid}\nALERGIAS: NINGUNA\n"},
    {"us_wristband", kUp, L::us,
     "{pt:inv}\nMRN {mrn}  DOB {dob:DMON}\nADM {date:DMON}  RM {bed}\nDR {s1:fam}\nALLERGY: LATEX\n"},
    {"me_bed_label", kAs, L::me,
     "ОПШТА БОЛНИЦА НИКШИЋ - ХИРУРГИЈА\nПацијент: {pt:nat}\nДатум рођења: {dob:mec}\nЈМБГ: {pid}\nПријем: {date:mec}\nЉекар: др {s1:nat}\n"},
    {"mo_bed_label", kAs, L::mo,
     "仁伯爵綜合醫院 外科病房\n床號 {bed}\n姓名: {pt:nat}\n{pt:reg}\n出生日期: {dob:zh}\n住院號: {mrn}\n入院日期: {date:zh}\n"},
    {"bi_etiquette_ocr", kAs, L::bi,
     "[OCR] HOPITAL MILITAIRE DE KAMENGE - LABO\nNom: {pt:reg}\nN° echant.: {acc}\nNe(e) le {dob:dmy}\nPrelev. {date:compact}\nTel {ph:n}\n"},
    // --- infection control, line lists ---
    {"dz_line_list", kAs, L::dz,
     "LISTE LINÉAIRE - ÉPIDÉMIE BMR, SERVICE DE CHIRURGIE\nn;nom;prénom;âge;date prélèvement;germe;chambre\n1;{pt:fam};{pt:given};{age};{date:dmy};KPC;12\n2;{o1:fam};{o1:given};{oage};{date:dmy};KPC;14\n3;{o2:fam};{o2:given};{oage};{date:dmy};ERV;9\nÉquipe opérationnelle d'hygiène : {dr:s2} {s2:full}\n"},
    {"us_line_list_csv", kAs, L::us,
     "cdiff_line_list.csv\ncase_no,name,mrn,dob,onset,unit\n1,\"{pt:inv}\",{mrn},{dob:compact},{date:md},5W\n2,\"{o1:inv}\",{mrn},{odob:compact},{date:md},5W\n3,\"{o2:inv}\",{mrn},{odob:compact},{date:md},6E\nprepared by {s3:full}, CIC\n"},
    {"qa_infection_email", kAs, L::qa,
     "From: {semail:s2}\nTo: ipc-team@hospital.example.org\nDate: {date:long} {tm}\nSubject: CRE screening positive - Ward 9\n\nPatient {pt:full}, QID {pid}, admitted {past:dmy}, rectal swab CRE positive. Contact precautions started. Roommate {o1:full} to be screened.\n{s:path}\n{s2:full}\nInfection Preventionist\n"},
    // --- discharge, transfer ---
    {"bz_discharge", kAs, L::bz,
     "DISCHARGE SUMMARY - SOUTHERN REGIONAL HOSPITAL, DANGRIGA\nName: {pt:full}\nDOB: {dob:dmy}    Age: {age}\nSocial Security No.: {pid}\nAddress: {addr}\nAdmitted: {date:dmy}    Discharged: {later:dmy}\nDiagnosis: perforated peptic ulcer, s/p Graham patch\nFollow-up: surgical clinic; call {ph}\n{dr:s1} {s1:full}\n"},
    {"sr_ontslagbrief", kAs, L::sr,
     "{dr:s4} {s4:full}\nHuisartsenpraktijk Latour\nMartin Luther Kingweg 1\nParamaribo\n\nParamaribo, {date:nl}\n\nBetreft: {hon:pt} {pt:full}, geb. {dob:dash}, ID {pid}, SZF {ins}\n\nGeachte collega,\nUw patiënt(e), wonende {addr}, werd op {past:dash} opgenomen voor een open reductie van de enkel.\n{s:or}\nMet collegiale groet,\n{dr:s1} {s1:full}, orthopeed\n"},
    {"hn_referencia", kAs, L::hn,
     "HOJA DE REFERENCIA Y RESPUESTA\nDe: Hospital de Área, Danlí\nA: Hospital Escuela, Tegucigalpa\nPaciente: {pt:full}\nDNI: {pid}\nIHSS: {ins}\nEdad: {age} años\nDirección: {addr}\nFecha: {date:es}\nMotivo: politraumatismo, fractura de fémur\nMédico que refiere: {dr:s1} {s1:full}\nFax del servicio: {fax}\n"},
    {"bn_transfer_letter", kAs, L::bn,
     "{dr:s2} {s2:full}\nDepartment of Cardiology\nGleneagles JPMC\nJerudong\n\n{date:en}\n\nRe: {pt:full}, IC {pid}, {age} years\n\nDear {dr:s2} {s2:fam},\nThank you for seeing this patient from {addr}, who had an inferior STEMI on {past:dmy}. Next of kin: {kin:full}, {ph:i}.\n{s:icu}\nYours sincerely,\n{dr:s1} {s1:full}\n"},
    {"mo_discharge_pt", kAs, L::mo,
     "NOTA DE ALTA - HOSPITAL KIANG WU\nNome: {pt:reg} ({pt:nat})\nBIR: {pid}\nData de internamento: {date:ptc}\nData de alta: {later:ptc}\nMorada: {addr}\nTelefone: {ph}\nMédico: {dr:s1} {s1:full}\n"},
    {"tl_referal_fax", kAs, L::tl,
     "FAX - REFERÁL PASIENTE\nHusi: Hospitál Referál Baucau\nBa: HNGV, Díli\nFax: {fax:i}\nPasiente: {pt:full}, tinan {age}\nBI: {pid}\nHela fatin: {town}\nData: {date:pt}\nDiagnóstiku: apendisite akuta\nDoutór: {dr:s1} {s1:full}\n"},
    {"us_transfer_fax", kAs, L::us,
     "FAX COVER - INTERFACILITY TRANSFER\nTo: accepting physician, fax {fax}\nFrom: community hospital ED, fax {fax}\nPatient: {pt:full}    DOB {dob:mdy}    Age {age}\nSSN {pid:b}\nMedicare {plan}\nHome: {usaddr}\nAccepting: {dr:s1} {s1:full}\n{s:icu}\n"},
    // --- military and veterans ---
    {"us_dd_casualty_card", kUp, L::us,
     "FIELD MEDICAL CARD (DD 1380)\nNAME: {pt:inv}\nRANK: SSG    SERVICE NO: {svc}\nDOD ID: {edipi}\nUNIT: B CO 2-5 IN\nDATE: {date:dmon} {tm}\nINJURY: GSW L THIGH, TQ APPLIED {tm}\nTREATED BY: SGT {s4:up}, 68W\n{s:mil}\n"},
    {"us_va_claim_email", kAs, L::us,
     "From: {email}\nTo: benefits-help@va.example.gov\nSubject: C-file request, VA file number {svc}\n\nHello, my name is {pt:full}, SSN {ssn:b}, DOB {dob:mdy}. I was discharged from the Army in 2009 and had knee surgery at the VAMC on {past:mdy}. Please send my records to {usaddr}. Phone {ph}.\nTRICARE: {plan}\nLogged in from {ip:6}\n"},
    {"lb_armee_hopital", kAs, L::lb,
     "HÔPITAL MILITAIRE CENTRAL - BADARO, BEYROUTH\nMilitaire : Sgt {pt:full}\nMatricule : {svc}\nUnité : 5e Brigade d'infanterie\nDate d'admission : {date:dmy}\nIntervention : ostéosynthèse tibia droit\nChirurgien : {dr:s1} {s1:full}\nFamille : {kin:full}, {ph}\n{s:mil}\n"},
    {"qa_military_medical", kAs, L::qa,
     "QATAR ARMED FORCES MEDICAL SERVICES - SICK LEAVE\nName: {pt:full}\nMilitary no.: {svc}\nQID: {pid}\nDate: {date:dmy} ({again:hijn})\nDiagnosis: post-op (arthroscopic ACL reconstruction)\nLeave: 21 days\nMedical officer: Capt {dr:s1} {s1:full}\n"},
    {"mt_afm_medical", kAs, L::mt,
     "ARMED FORCES OF MALTA - MEDICAL CENTRE, LUQA BARRACKS\nGunner {pt:full}\nService no.: {svc}\nID card: {pid}\nDate: {date:dmy}\nReferred to Mater Dei for day-case surgery\nMedical Officer: Capt. {dr:s1} {s1:full}\n"},
    {"kg_military_ru", kAs, L::kg,
     "ВОЕННЫЙ ГОСПИТАЛЬ МИНИСТЕРСТВА ОБОРОНЫ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nВыписка из истории болезни № {mrn}\nВоеннослужащий: рядовой {pt:nat}\nЛичный номер: {svc}\nПИН: {pid}\nВ/ч 12345\nДата поступления: {date:ru}\nНачальник отделения: {s1:nat}\n"},
    // --- prison and detention ---
    {"us_prison_intake", kAs, L::us,
     "DEPARTMENT OF CORRECTIONS - HEALTH SERVICES INTAKE\nInmate: {pt:inv}\nInmate #: {inmate}\nDOB: {dob:mdy}    Age: {age}\nSSN: {ssn}\nFacility: state correctional facility, housing unit C, cell 14\nIntake date: {date:mdy}\nEmergency contact: {kin:full} ({rel}), {ph}\nNurse: {s3:full}, RN\n{s:camp}\n"},
    {"us_parole_medical_letter", kAs, L::us,
     "{date:long}\n\nParole Officer {s4:full}\nDistrict Office\n\nRe: {pt:full}, inmate no. {inmate}, case {case:CR-201#-#####}\n\nThe above underwent a hernia repair on {past:mdy} and will need a follow-up visit on {next:mdy}. A relative, {kin:full}, may be reached at {ph}. Post-release address: {usaddr}.\n\n{dr:s1} {s1:full}, FACS\n"},
    {"hn_penitenciaria", kAs, L::hn,
     "CENTRO PENITENCIARIO NACIONAL - SERVICIO MÉDICO\nPrivado de libertad: {pt:inv}\nNo. de registro: {inmate}\nDNI: {pid}\nEdad: {age}\nFecha de traslado al hospital: {date:esm}\nCustodio: {s4:full}\nMédico: {dr:s1} {s1:full}\n"},
    {"mw_prison_referral", kAs, L::mw,
     "MALAWI PRISON SERVICE - ZOMBA CENTRAL PRISON CLINIC\nReferral to Zomba Central Hospital\nPrisoner: {pt:full}\nPrisoner no.: {inmate}\nAge: {age}\nHome village: {town}\nDate: {date:dmy}\nEscorting officer: {s4:full}\nClinical officer: {s1:full}\n{s:camp}\n"},
    {"sr_penitentiair", kAs, L::sr,
     "PENITENTIAIRE INRICHTING SANTO BOMA - MEDISCHE DIENST\nGedetineerde: {pt:reg}\nRegistratienummer: {inmate}\nGeboortedatum: {dob:dash}\nID-nummer: {pid}\nVerwezen naar AZP op {date:dash}\nArts: {dr:s1} {s1:full}\n"},
    // --- refugee camps and humanitarian clinics ---
    {"mw_dzaleka_clinic", kAs, L::mw,
     "DZALEKA REFUGEE CAMP - HEALTH CENTRE REFERRAL\nName: {pt:full}\nUNHCR individual no.: {unind}\nCase no.: {unhcr}\nRation card: {ration}\nShelter: {where:Block %#, Zone %, Kawale, Dzaleka}\nAge: {age}\nDate: {date:dmy}\nReferred to Dowa District Hospital for surgery\nClinician: {s1:full}\n{s:camp}\n"},
    {"lb_its_clinic", kAs, L::lb,
     "MSF CLINIC, BAR ELIAS - REFERRAL FOR SURGERY\nPatient: {pt:full}\nUNHCR case no.: {unhcr}\nIndividual no.: {unind}\nLocation: {where:ITS %##-%#, Bar Elias, Bekaa}\nPhone: {ph:i}\nDate: {date:dmy}\nReferred by: {dr:s1} {s1:full}\nAccepted by: {dr:s2} {s2:full}\n{s:camp}\n"},
    {"ye_idp_camp", kAs, L::ye,
     "عيادة مخيم النازحين - مأرب\nاسم المريض: {pt:nat}\nالعمر: {age}\nرقم القيد لدى المفوضية: {unind}\nبطاقة التموين: {ration}\nالعنوان: {where:مخيم الجفينة، القطاع %، الخيمة %##}\nالتاريخ: {date:hij}\nالطبيب: {dr:s1} {s1:nat}\n{s:camp}\n"},
    {"dz_camps_tindouf", kAs, L::dz,
     "HÔPITAL NATIONAL DE RABOUNI - CAMPS DE RÉFUGIÉS SAHRAOUIS\nPatient(e) : {pt:reg}\nÂge : {age} ans\nAdresse : {where:Wilaya de Smara, daïra de Mahbes, barrio %, khaïma %#}\nCarte de ration : {ration}\nDate : {date:dmy}\nÉvacuation vers Tindouf pour laparotomie (occlusion)\nMédecin : {dr:s1} {s1:full}\n"},
    {"bi_camp_transit", kAs, L::bi,
     "CAMP DE RÉFUGIÉS DE MUSASA - CENTRE DE SANTÉ\nNom : {pt:full}\nN° individuel HCR : {unind}\nN° de ménage : {unhcr}\nAbri : {where:Bloc %#, abri %##, camp de Musasa, Ngozi}\nDate : {date:fr}\nTransfert à l'hôpital de Ngozi pour hernie étranglée\nInfirmier titulaire : {s4:full}\n"},
    // --- mines, rigs, ships ---
    {"sl_mine_clinic", kAs, L::sl,
     "MARAMPA MINES - SITE CLINIC INJURY REPORT\nEmployee: {pt:full}\nEmployee no.: {mrn}\nNIN: {pid}\nDate of injury: {date:dmy} {tm}\nDescription: crush injury right hand, conveyor\nMedevac to Freetown by road (company ambulance AMB-04); own car {plate} left at the gate\nSite medic: {s4:full}\n{s:occ}\n"},
    {"kg_mine_medpunkt", kAs, L::kg,
     "МЕДПУНКТ РУДНИКА - ЖУРНАЛ ТРАВМ\nДата: {date:dot}\nРаботник: {pt:nat}\nТабельный №: {mrn}\nПИН: {pid}\nТравма: перелом голени, падение с высоты 2 м\nНаправлен в Нарынскую областную больницу\nФельдшер: {s4:nat}\n"},
    {"qa_offshore_medevac", kAs, L::qa,
     "OFFSHORE MEDEVAC REQUEST - NORTH FIELD PLATFORM\nCasualty: {pt:full}\nNationality: Qatari    QID: {pid}\nPassport: {pass}\nDate: {date:iso} {tm}\nCondition: suspected appendicitis, stable\nRig medic: {s4:full}, {ph:i}\nReceiving: Hamad General Hospital ED\n{s:occ}\n"},
    {"mt_seafarer_fitness", kAs, L::mt,
     "MEDICAL CERTIFICATE FOR SERVICE AT SEA (STCW/MLC)\nName: {pt:full}\nDate of birth: {dob:dmy}\nSeafarer's discharge book no.: {seaman}\nPassport: {pass}\nVessel: MV Marsaxlokk Star, IMO 9412345\nDate of examination: {date:dmy}\nFit for duty: yes, after hernia repair\nApproved medical practitioner: {dr:s1} {s1:full}, Medical Council reg. no. {reg}\n"},
    {"tl_offshore_crew", kAs, L::tl,
     "CREW LIST - MEDICAL CLEARANCE, BAYU-UNDAN FSO\nno,name,bi,dob,status\n1,\"{pt:full}\",{pid},{dob:iso},fit\n2,\"{o1:full}\",{kinid},{odob:iso},unfit (post-op)\n3,\"{o2:full}\",{kinid},{odob:iso},fit\nMedic: {s4:full}\n{s:occ}\n"},
    {"bn_offshore_clinic", kAs, L::bn,
     "OFFSHORE CLINIC - CHAMPION 7 PLATFORM\nPatient: {pt:full}\nIC: {pid}\nEmployee no.: {mrn}\nDate: {date:dmy}\nComplaint: abdominal pain RIF; flown to Panaga Health Centre\nWife: {kin:full}, {ph7}\nRig medic: {s4:full}\n{s:occ}\n"},
    // --- pages, chats, SMS, e-mails, voicemails ---
    {"kg_whatsapp_ru", kLow, L::kg,
     "[{date:dm} {tm}] {kin:lgiven}: здравствуйте, как прошла операция у {pt:low}? я {rel}, мой номер {ph}\n[{tm}] постовая: операция закончилась в 14:10, {pt:lgiven} в реанимации, палата 3. посещения с 16:00\n"},
    {"tj_sms", kLow, L::tj,
     "{date:dot} {tm}\nаз: {ph:i}\nсалом, ман {kin:low}. аҳволи {pt:low} баъд аз ҷарроҳӣ чӣ хел? вай {age} сола аст\n"},
    {"ni_whatsapp", kLow, L::ni,
     "[{date:dm} {tm}] {kin:lgiven}: buenas, soy {rel} de {pt:low}, ya salió de sala? tiene {age} años\n[{tm}] enfermería cirugía: sí, está en recuperación, cama 6. pase a las 4pm con la cédula de ella {pid}\n[{tm}] {kin:lgiven}: gracias, mi cel es {ph}\n"},
    {"bz_sms_kriol", kLow, L::bz,
     "kmhh: gud mawnin, {pt:low} surgery set fi {date:md} 7am. no eat afta midnite. bring yu ss card {pid}. call {ph7} if problem\n"},
    {"sr_sms", kLow, L::sr,
     "azp: beste {pt:low}, uw operatie is gepland op {date:dash} om 07:30. nuchter vanaf 00:00. vragen? bel {ph7}. mi tangi\n"},
    {"mw_whatsapp", kLow, L::mw,
     "[{date:dm}, {tm}] {kin:low}: moni sister, agogo {pt:lgiven} ali bwanji pambuyo pa opaleshoni? ali ndi zaka {age}\n[{tm}] ward 4a: ali bwino, akupuma. bring the health passport, call {ph}\n"},
    {"sl_krio_voicemail", kAs, L::sl,
     "VOICEMAIL - SURGICAL WARD, {date:dmy} {tm}\nFrom {ph:i}\n\"Hello, na me {kin:full} dis, I de call for {pt:full}, i bin get operation yesterday. Me granny we de na house don old, {oldkin:w} years, so I no able come early. Abeg call me back on {again_ph}. Tenki.\"\n"},
    {"dz_sms_ar", kLow, L::dz,
     "مستشفى مصطفى باشا: السيد(ة) {pt:nat}، موعد العملية يوم {date:arm} على الساعة 08:00. الصيام ابتداء من منتصف الليل. للاستفسار {ph}\n"},
    {"lb_whatsapp_arabizi", kLow, L::lb,
     "[{date:dm} {tm}] {kin:lgiven}: marhaba, 3amlet el 3amaliyye {pt:low}? ana men el 3ayle, raqme {ph}\n[{tm}] nurse {s3:lgiven}: ah tamem, hiye bel recovery, bte2dar tzourha ba3d se3a. jeeb ma3ak el hawiyye taba3a {pid}\n"},
    {"qa_sms_en", kAs, L::qa,
     "HMC: Dear {pt:full}, your surgery at Hamad General Hospital is on {date:dmy} at 07:00. Please bring your QID {pid} and health card. Enquiries: {ph}. Reschedule: {url}\n"},
    {"mt_email_admissions", kAs, L::mt,
     "From: {email}\nTo: admissions@hospital.example.org\nSent: {date:en} {tm}\nSubject: Day surgery - {pt:full}\n\nGood morning,\nI am writing about {pt:full} (ID {pid}), aged {age}, booked for cataract surgery. My grandmother, who is {oldkin}, lives with us and needs a carer that day. Could you call me on {ph}? Our address is {addr}.\nGrazzi,\n{kin:full}\nSent from {ip}\n"},
    {"me_email_cyr", kAs, L::me,
     "Од: {email:kin}\nЗа: prijem@kccg.example.me\nДатум: {date:mec}\nТема: {pt:nat} - отпуст\n\nПоштовани, молим вас да ми пошаљете отпусну листу за {pt:nat}, ЈМБГ {pid}. Телефон: {ph}.\n{kin:nat}\n"},
    {"tl_whatsapp_tetum", kLow, L::tl,
     "[{date:dm} {tm}] {kin:lgiven}: bondia enfermeira, ha'u-nia família {pt:low} iha sala operasaun ka lae?\n[{tm}] enfermeira {s3:lgiven}: sin, nia sai ona, agora iha kama 8. mai vizita tuku 4\n[{tm}] {kin:lgiven}: obrigada barak. ha'u-nia numeru {ph}\n"},
    {"bn_whatsapp_ms", kLow, L::bn,
     "[{date:dm} {tm}] {kin:low}: assalamualaikum nurse, macam mana keadaan {pt:low} lepas pembedahan?\n[{tm}] wad 12: waalaikumsalam, sudah stabil. boleh melawat jam 4. sila bawa ic {pid}\n[{tm}] {kin:low}: terima kasih, nombor saya {ph7}\n"},
    {"mo_wechat", kLow, L::mo,
     "[{date:md} {tm}] {kin:nat}: 姑娘你好，{pt:nat}做完手術未？我係佢屋企人，電話{ph}\n[{tm}] 外科病房: 做完啦，而家喺恢復室，下晝4點可以探\n"},
    {"us_page_log", kAs, L::us,
     "PAGING LOG - 7 WEST\n{tm} to {dr:s1} {s1:fam}: pt {pt:full} rm {bed} post-op BP 82/50, HR 118, pls call back {ph7} (floor)\n{tm} from {dr:s1} {s1:fam}: 500 mL bolus, CBC stat, I'm coming\n{tm} RN {s3:full}: family ({kin:full}) updated at {ph}\n"},
    {"us_voicemail", kAs, L::us,
     "VOICEMAIL TRANSCRIPT {date:mdy} {tm}\n\"Hi, this is {kin:full}, calling about {pt:full}, who had the hip done {past:md}... I look after my grandma too, she's {oldkin:w}, so mornings are hard. The Medicare number is {plan}. Call me at {ph}, that's {again_ph}. Thanks.\"\n"},
    {"us_telehealth_preop", kAs, L::us,
     "TELEHEALTH PRE-ANESTHESIA VISIT\nPatient: {pt:full}, DOB {dob:mdy}\nMRN: {mrn}\nVideo link: {url}\nPatient IP: {ip:6}\nHome: {usaddr}\nSSN on file: {ssn:b}\nInterviewer: {s2:full}, CRNA\n{s:or}\n"},
    {"qa_portal_ticket", kAs, L::qa,
     "MY HEALTH PORTAL - SUPPORT TICKET\nOpened: {date:dmy} {tm}\nUser: {pt:full}\nQID: {pid}\nE-mail: {email}\nSession: {ip:6}\nIssue: cannot download discharge summary after surgery\nLink sent: {url}\n"},
    {"lb_email_fr", kAs, L::lb,
     "De : {email:kin}\nÀ : bloc.operatoire@hotel-dieu.example.lb\nDate : {date:fr}\nObjet : date d'opération\n\nBonjour, {pt:full}, {age} ans, doit être opéré(e) de la hanche ; sa grand-mère de {oldkin} ans vit avec nous. Pouvez-vous me rappeler au {ph:i} ? Adresse : {addr}.\nCordialement, {kin:full}\n"},
    {"sl_sms", kLow, L::sl,
     "connaught: {pt:low} yu operation na {date:dm}. no eat from 12 midnite. bring yu nin {pid}. call {ph}\n"},
    {"bi_sms_kirundi", kLow, L::bi,
     "CHUK: {pt:lgiven}, uzobagwa ku wa {date:rn} saa mbiri za mu gitondo. ntimufungure kuva mw'ijoro. hamagara {ph}\n"},
    // --- more forms ---
    {"tj_discharge", kAs, L::tj,
     "ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ № {mrn}\nФ.И.О.: {pt:nat}\nГод рождения: {dob:dot}\nПаспорт: {pid}\nАдрес: {addr}\nНаходился(ась) на лечении с {date:dot} по {later:dot}\nДиагноз: острый калькулёзный холецистит\nОперация: ЛХЭ\nЛечащий врач: {s1:nat}\n"},
    {"tm_transfer", kAs, L::tm,
     "UGRATMA HATY\nKime: Lebap welaýat hassahanasy, hirurgiýa bölümi\nNäsag: {pt:reg}, {age} ýaşynda\nPasport: {pid}\nÝaşaýan ýeri: {town}\nSene: {date:tm}\nTelefon: {ph}\nLukman: {s1:full}\n"},
    {"hn_hoja_enfermeria", kAs, L::hn,
     "HOJA DE ENFERMERÍA - SALA DE CIRUGÍA GENERAL\nPaciente: {pt:full}\nApellidos:\n{pt:fam}\nNombres:\n{pt:given}\nNo. de expediente: {mrn}\nFecha: {date:dmy}\n{s:icu}\nEnfermera: Lic. {s3:full}\n"},
    {"ni_epicrisis", kAs, L::ni,
     "EPICRISIS\nHospital Escuela Oscar Danilo Rosales, León\nNombre: {pt:full}\nCédula: {pid}\nINSS: {ins}\nFecha de ingreso: {date:dmy}\nFecha de egreso: {later:dmy}\nProcedencia: {town}\nCirujano: {dr:s1} {s1:full}\n{s:or}\n"},
    {"bj_compte_rendu", kAs, L::bj,
     "COMPTE RENDU OPÉRATOIRE\nHôpital de zone d'Abomey-Calavi\nPatient(e) : {pt:full}, {age} ans\nNPI : {pid}\nAssurance ARCH : {ins}\nDate : {date:fr}\nOpérateur : {dr:s1} {s1:full}\nAide : {s4:full}\nAnesthésie : {s2:full} (IADE)\n{s:or}\n"},
    {"dz_lettre_transfert_ar", kAs, L::dz,
     "رسالة تحويل\nالمستشفى الجامعي - قسنطينة\nإلى الزميل(ة) رئيس مصلحة جراحة القلب\nالمريض(ة): {pt:nat}\nابن/ابنة: {pt:nfather}\nتاريخ الازدياد: {dob:dmy}\nرقم التعريف الوطني: {pid}\nالعنوان: {addr}\nالتاريخ: {date:arm}\nالطبيب المعالج: د. {s1:nat}\n"},
    {"ye_referral_en", kAs, L::ye,
     "ICRC-SUPPORTED SURGICAL UNIT, ADEN - ADMISSION\nName: {pt:reg}\nID card: {pid}\nAge: {age}\nAddress: {addr}\nMobile: {ph}\nAdmitted: {date:dmy} ({again:hijn})\nWar-wounded: yes, fragment injury left leg\nSurgeon: Dr {s1:full}\n"},
    {"mt_discharge_letter", kAs, L::mt,
     "{kin:full}\n{addr}\n\n{date:en}\n\nDear {hon:kin} {kin:fam},\nRe: {pt:full}, ID card {pid}, entitlement no. {ins}\nYour relative was discharged from Ward Surgical 3 after a laparoscopic cholecystectomy. The wound clinic will phone on {ph}.\nYours faithfully,\n{dr:s1} {s1:full}\nResident Specialist\n"},
    {"me_otpusna_lista", kAs, L::me,
     "OTPUSNA LISTA\nIme i prezime: {pt:full}\nIme oca: {pt:father}\nJMBG: {pid}\nLična karta: {card}\nAdresa: {addr}\nLiječen od {date:dotdot} do {later:dotdot}\nDijagnoza: K80.2\n{dr:s1} {s1:full}, specijalista opšte hirurgije\n"},
    {"bn_ward_census", kAs, L::bn,
     "WARD 21 (SURGICAL) - MIDNIGHT CENSUS {date:dmy}\nBed | Name | IC | Age | Diagnosis\n1 | {pt:reg} | {pid} | {age} | perforated appendix\n2 | {o1:reg} | {kinid} | {oage} | cellulitis\n3 | {o2:reg} | {kinid} | {oage} | fractured NOF\nNurse in charge: {s3:full}\n"},
    {"mo_theatre_list_zh", kAs, L::mo,
     "手術排程表 Lista operatória {date:zh}\n1. {pt:nat} ({pt:reg}) BIR {pid} 年齡 {age} 腹腔鏡膽囊切除\n2. {o1:nat} ({o1:reg}) BIR {kinid} 年齡 {oage} 疝氣修補\n主刀醫生: {dr:s1} {s1:full}\n麻醉科: {dr:s2} {s2:full}\n"},
    {"sl_anaesthetic_chart", kAs, L::sl,
     "ANAESTHETIC CHART - KENEMA GOVERNMENT HOSPITAL\nPatient: {pt:full}\nSLeSHI no.: {ins}\nDate: {date:dmy}\n{asa}\nAnaesthetist (nurse anaesthetist): {s2:full}\n{s:or}\n{s:or}\n"},
    {"sr_bloedtransfusie", kAs, L::sr,
     "BLOEDTRANSFUSIEFORMULIER - 's LANDS HOSPITAAL\nPatiënt: {pt:reg}\nGeboortedatum: {dob:compact}\nMonsternummer: {acc:tx}\nEenheid: {isbt}\nGestart: {date:dash} {tm}\nVerpleegkundige: {s3:full}\n{s:tx}\n"},
    {"bi_fiche_transfusion", kAs, L::bi,
     "FICHE DE TRANSFUSION - CNTS BUJUMBURA\nReceveur : {pt:reg}\nÂge : {age} ans\nCNI : {pid}\nN° échantillon : {acc:tx}\nPoche : {isbt}\nDate : {date:dmy}\nMutuelle (MFP) : {ins}\n{s:tx}\n"},
    {"us_vehicle_incident", kAs, L::us,
     "SECURITY INCIDENT - PARKING GARAGE B\nDate: {date:mdy} {tm}\nVehicle: {plate}, VIN {vin}\nOwner: {kin:full}, visiting {pt:full} (surgical ICU)\nOwner phone: {ph}\nIssue: vehicle blocking the ambulance bay; moved by security officer {s4:full}\n"},
    {"qa_car_park_pass", kAs, L::qa,
     "HMC VISITOR PARKING - ICU FAMILY PERMIT\nVisitor: {kin:full}\nQID: {kinid}\nVehicle plate: {plate}\nPatient: {pt:full}, MICU bed 4\nValid: {date:dmy} to {later:dmy}\nMobile: {ph}\n"},
    {"lb_iban_refund", kAs, L::lb,
     "DEMANDE DE REMBOURSEMENT - DÉPÔT D'HOSPITALISATION\nPatient : {pt:full}\nFacture : {bill}\nTitulaire du compte : {kin:full}\nIBAN : {iban:LB## 00## 0000 000# #### #### ####}\nDate : {date:dmy}\nMontant : 450 USD\n"},
    {"mw_consent_chichewa", kAs, L::mw,
     "CHILOLEZO CHA OPALESHONI (CONSENT)\nDzina la wodwala: {pt:full}\nZaka: {age}\nMudzi: {town}\nNambala ya ID: {pid}\nNdikuvomereza opaleshoni ya hernia.\nSaini/chidindo: ______\nMASM: {ins}\nMboni: {kin:full} ({rel}), {ph}\nTsiku: {date:dmy}\nDokotala: {s1:full}\n"},
    {"tl_ration_clinic", kAs, L::tl,
     "KLINIKA MÓVEL - RELATÓRIU VIZITA\nData: {date:tet}\nPasiente: {pt:full}\nHela fatin: {addr}\nTelefone: {ph:n}\nEnkamiña ba HNGV ba operasaun hérnia\nEnfermeiru: {s4:full}\n{s:lang}\n"},
    {"kg_discharge_letter_lat", kAs, L::kg,
     "DISCHARGE LETTER (TRANSLATION) - NATIONAL SURGICAL CENTER, BISHKEK\nPatient: {pt:reg}\nPIN: {pid}\nPassport: {pass}\nDate of birth: {dob:dot}\nAddress: {addr}\nAdmitted {date:dot}, discharged {later:dot}\nOperation: laparoscopic fundoplication\nAttending surgeon: {s1:full}\n"},
    {"us_mar_csv", kAs, L::us,
     "mar_export.csv\npatient,mrn,med,dose,route,given_at,nurse\n\"{pt:inv}\",{mrn},cefazolin,2 g,IV,{date:compact} 06:00,{s3:ini}\n\"{pt:inv}\",{mrn},enoxaparin,40 mg,SC,{again:compact} 09:00,{s3:ini}\n\"{pt:inv}\",{mrn},oxycodone,5 mg,PO,{again:compact} 13:15,{s4:ini}\n"},
    {"us_implant_recall_letter", kAs, L::us,
     "{pt:full}\n{usaddr}\n\n{date:long}\n\nDear {hon:pt} {pt:fam},\nOur records show that on {past:mdy} you received a hip implant, serial number {serial}, that is part of a voluntary recall. Please call our implant safety line at {ph7} or write to {semail:s1}.\nPatient record no. {mrn}\nSincerely,\n{s1:full}, PA-C\n"},
    // --- more forms: values on the line after their labels, crews, Jawi, Turkmen, Fon ---
    {"kg_form_next_line", kAs, L::kg,
     "НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ (ПЛАНОВАЯ ОПЕРАЦИЯ)\nФамилия, имя, отчество:\n{pt:nat}\nПИН:\n{pid}\nПолис ОМС:\n{ins}\nАдрес:\n{addr}\nТелефон:\n{ph}\nДата направления:\n{date:kg}\nВрач ЦСМ: {s4:nat}\n"},
    {"dz_form_next_line", kUp, L::dz,
     "FICHE D'ADMISSION - CHIRURGIE GÉNÉRALE\nNOM ET PRÉNOM\n{pt:reg}\nNIN\n{pid}\nCARTE CHIFA\n{ins}\nCNI\n{card}\nADRESSE\n{addr}\nDATE D'ENTRÉE\n{date:dmy}\n"},
    {"mt_crew_list", kAs, L::mt,
     "CREW LIST - MT GĦAJNSIELEM SPIRIT (MALTA FLAG), IMO 9387421\nNo | Rank | Name | Seaman's book | Date of birth | Medical\n1 | Master | {s1:up} | {seaman} | {odob:dmy} | fit\n2 | AB | {pt:up} | {seaman} | {dob:dmy} | unfit - post-op hernia repair\n3 | Cook | {o1:up} | {seaman} | {odob:dmy} | fit\nShip's agent: {s4:full}, {ph:i}\n{s:occ}\n"},
    {"bn_jawi_note", kAs, L::bn,
     "KEMENTERIAN KESIHATAN - HOSPITAL SURI SERI BEGAWAN, KUALA BELAIT\nنام: {pt:nat}\nNama: {pt:full}\nNo. Kad Pengenalan: {pid} (Kuning)\nTarikh masuk wad: {date:ms} / {again:hij}\nPembedahan: hernia inguinal kanan\nDoktor: {dr:s1} {s1:full}\n{s:lang}\n"},
    {"tm_sms", kLow, L::tm,
     "hassahana: hormatly {pt:low}, siziň operasiýaňyz {date:dot} sagat 08:00-da. gije 00:00-dan soň iýmäň. sorag üçin {ph}\n"},
    {"tm_blood_request", kAs, L::tm,
     "GAN SORAGNAMASY - GAN GUÝMA MERKEZI\nNäsag: {pt:reg}\nDoglan senesi: {dob:dot}\nPasport: {pid}\nNusga belgisi: {acc:tx}\nGan topary: A(II) Rh-\nSene: {date:tm}\nLukman: {s1:full}\n{s:tx}\n"},
    {"bj_sms_fon", kLow, L::bj,
     "cnhu: bonjour {pt:low}, votre intervention est prévue le {date:dmy} à 7h. à jeun depuis minuit. apportez votre carte avec le npi {pid}. infos: {ph}. a na kpé nukun\n"},
    {"bj_lettre_sortie", kAs, L::bj,
     "{dr:s4} {s4:full}\nCentre de santé de Bohicon\n\nCotonou, le {date:fr}\n\nObjet : sortie de {hon:pt} {pt:full}, {age} ans, NPI {pid}\n\nCher confrère,\nJe vous adresse votre patient(e), domicilié(e) {addr}, opéré(e) le {past:dmy} d'une cure de hernie ombilicale. Téléphone de la famille ({kin:full}) : {ph}.\nConfraternellement,\n{dr:s1} {s1:full}\n"},
    {"tj_implant", kAs, L::tj,
     "РЕЕСТРИ ИМПЛАНТҲО / РЕЕСТР ИМПЛАНТОВ\nБемор: {pt:nat}\nШиноснома: {pid}\nСана: {date:dot}\nЭндопротези буғуми тос, {ref}, {lot}, S/N {serial}\nҶарроҳ: {s1:nat}\n"},
    {"ye_sms", kLow, L::ye,
     "مستشفى الجمهورية: الأخ/الأخت {pt:nat}، موعد العملية {date:hij} الساعة 8 صباحاً. يرجى الصيام من منتصف الليل وإحضار البطاقة الشخصية. للاستفسار {ph}\n"},
    {"bz_prison_clinic", kAs, L::bz,
     "BELIZE CENTRAL PRISON (KOLBE FOUNDATION) - MEDICAL UNIT\nInmate: {pt:inv}\nInmate no.: {inmate}\nSS#: {pid}\nDOB: {dob:dmy}\nReferred to KHMH for incision and drainage on {date:dmy}\nEscort officer: {s4:full}\nNurse: {s3:full}, RN\n"},
    {"hn_sms", kLow, L::hn,
     "hospital escuela: sr(a) {pt:low}, su cirugía está programada para el {date:dmy}. presentarse 6:00 am con su dni {pid}. info {ph}\n"},
    {"sr_email", kAs, L::sr,
     "Van: {email:kin}\nAan: ok-planning@azp.example.sr\nDatum: {date:nl}\nOnderwerp: operatie {pt:full}\n\nGoedemiddag, ik ben de {rel} van {pt:full} (ID {pid}), die op de OK-lijst staat. Kunt u mij bellen op {ph7}? Ons adres is {addr}.\nMet vriendelijke groet, {kin:full}\n"},
    {"me_sms_lat", kLow, L::me,
     "kccg: postovani {pt:low}, operacija je zakazana za {date:dotdot} u 07:30. ne jesti od ponoci. info {ph}\n"},
    {"tl_military_f_fdtl", kAs, L::tl,
     "F-FDTL - SERVISU SAÚDE MILITAR, METINARO\nSoldadu: {pt:full}\nNú. militar: {svc}\nBI: {pid}\nData: {date:dmy}\nHaruka ba HNGV ba operasaun apendisite\nDoutór militár: Kapitaun {dr:s1} {s1:full}\n{s:mil}\n"},
    {"lb_transfer_ar", kAs, L::lb,
     "مستشفى رفيق الحريري الجامعي - بيروت\nتقرير نقل مريض\nالاسم: {pt:nat}\nاسم الأب: {pt:nfather}\nتاريخ الولادة: {dob:arl}\nرقم الهوية: {pid}\nرقم الضمان الاجتماعي: {ins}\nالعنوان: {addr}\nالهاتف: {ph}\nتاريخ النقل: {date:arl}\nالطبيب: د. {s1:nat}\n"},
    // --- OCR'd labels and names over two lines ---
    {"bj_bracelet", kUp, L::bj,
     "CNHU-HKM COTONOU\n{pt:fam}\n{pt:given}\nNPI {pid}\nNÉ(E) LE {dob:dmy}\nCHIRURGIE VISCÉRALE - LIT {bed}\n"},
    {"mw_ocr_health_passport", kAs, L::mw,
     "[OCR page 3] MINISTRY OF HEALTH - HEALTH PASSPORT\nNarne: {pt:ocr}\nDate of b1rth: {dob:dmy}\nVillage: {town}\nT/A Kalumbu, Lilongwe\n{date:dmy} seen at theatre, Kamuzu Central - hernia repair. Cl1nician {s1:full}\n"},
    {"sl_ocr_sticker", kAs, L::sl,
     "[scanned op-note sticker]\nPT: {pt:ocr}\nNIN {pid}\nADM {date:dmy}\nWARD: MALE SURG / FEMALE SURG\nCONS: {s1:ocr}\n"},
    {"us_ocr_consent", kAs, L::us,
     "[fax image, OCR]  CONSENT FOR OPERATION\nPatient: {pt:ocr}     MRN {mrn}\nDOB {dob:mdy}\nProcedure: right total knee arthroplasty\nSurgeon: Dr. {s1:ocr}\nWitness: {s3:full}, RN\nFax from {fax}  {date:mdy}\n"},
    {"me_name_two_lines", kAs, L::me,
     "PRIJEMNA LISTA - HIRURGIJA\nPrezime:\n{pt:fam}\nIme:\n{pt:given}\nIme oca:\n{pt:father}\nJMBG:\n{pid}\nBroj zdravstvene knjižice:\n{ins}\nDatum prijema:\n{date:dotdot}\n"},
    // --- without PHI (more) ---
    {"no_phi_theatre_board", kAs, L::qa, "THEATRE STATUS BOARD\n{s:or}\n{s:or}\nAll lists running to time except OR 9 (+40 min).\n"},
    {"no_phi_blood_fridge", kUp, L::kg, "ЖУРНАЛ ТЕМПЕРАТУРЫ ХОЛОДИЛЬНИКА КРОВИ\n{s:tx}\n{s:tx}\n"},
    {"no_phi_prophylaxis", kAs, L::lb, "ANTIBIOPROPHYLAXIE EN CHIRURGIE - PROTOCOLE\n{s:or}\n{s:path}\nRéévaluation à 48 h.\n"},
    {"no_phi_falls_poster", kAs, L::mt, "FALLS PREVENTION - WARD BRIEFING\n{s:icu}\n{s:icu}\n"},
    {"no_phi_code_drill", kAs, L::bn, "CODE BLUE DRILL REPORT\n{s:icu}\n{s:icu}\nDrill only; no patient involved.\n"},
    {"no_phi_wash", kAs, L::mw, "CAMP WASH AND NUTRITION UPDATE\n{s:camp}\n{s:camp}\n"},
    {"no_phi_rig_pob", kAs, L::tl, "FSO PERSONNEL ON BOARD - HSE NOTES\n{s:occ}\n{s:occ}\n"},
    {"no_phi_languages_2", kAs, L::mo, "SINALÉTICA DO BLOCO OPERATÓRIO\n{s:lang}\n{s:lang}\n"},
    {"no_phi_facility_facts", kAs, L::qa, "FACILITY FACT SHEET\n{s:fac}\n{s:fac}\n{s:fac}\n"},
    {"no_phi_ship_hospital", kAs, L::mt, "SHIP'S HOSPITAL INSPECTION\n{s:fac}\n{s:occ}\n"},
    {"no_phi_letterhead", kAs, L::hn,
     "HOSPITAL ESCUELA - DEPARTAMENTO DE CIRUGÍA\nBoulevard Suyapa, Tegucigalpa, M.D.C.\nPBX (504) 2232-2322, ext. 1405\nLicencia sanitaria ARSA 0801-2019-00231\n{s:or}\n"},
    {"no_phi_military_unit", kUp, L::us, "UNIT MEDICAL READINESS SUMMARY\n{s:mil}\n{s:mil}\n"},
    {"no_phi_implant_catalogue", kAs, L::me, "KATALOG IMPLANTATA - ORTOPEDIJA\n{s:imp}\n{s:imp}\n"},
    {"no_phi_icu_round", kAs, L::sr, "IC-VISITE - AANDACHTSPUNTEN\n{s:icu}\n{s:tx}\n"},
    // --- without PHI ---
    {"no_phi_theatre_policy", kAs, L::us, "THEATRE PRACTICE STANDARDS\n{s:or}\n{s:or}\n{s:imp}\n"},
    {"no_phi_icu_bundle", kAs, L::qa, "ICU CARE BUNDLE - DAILY GOALS\n{s:icu}\n{s:icu}\n{s:icu}\n"},
    {"no_phi_transfusion_sop", kAs, L::mw, "TRANSFUSION SOP (v4.2)\n{s:tx}\n{s:tx}\nTwo-person bedside check for every unit.\n"},
    {"no_phi_cssd_log", kUp, L::mt, "CSSD DAILY LOG\n{s:imp}\n{s:imp}\n"},
    {"no_phi_pathology_guide", kAs, L::lb, "SPECIMEN HANDLING GUIDE\n{s:path}\n{s:path}\n"},
    {"no_phi_ipc_bulletin", kAs, L::dz, "BULLETIN D'HYGIÈNE HOSPITALIÈRE\n{s:path}\n{s:icu}\n"},
    {"no_phi_field_hospital", kAs, L::us, "ROLE 2 FIELD HOSPITAL SITREP\n{s:mil}\n{s:mil}\nNo casualties pending evacuation.\n"},
    {"no_phi_camp_sitrep", kAs, L::ye, "HEALTH CLUSTER SITREP - CAMPS\n{s:camp}\n{s:camp}\n"},
    {"no_phi_offshore", kAs, L::bn, "OFFSHORE HSE WEEKLY\n{s:occ}\n{s:occ}\n"},
    {"no_phi_languages", kAs, L::me, "OPERATING THEATRE SIGNAGE (TRANSLATIONS)\n{s:lang}\n{s:lang}\n{s:lang}\n"},
    {"no_phi_handover_template", kAs, L::sr, "SBAR OVERDRACHT - SJABLOON\n{s:icu}\n{s:or}\n"},
    {"no_phi_mine_report", kUp, L::sl, "MINE SITE MEDICAL MONTHLY\n{s:occ}\n{s:camp}\n"},
};
// clang-format on

}  // namespace

std::size_t thirtyThirdTemplateCount() { return std::size(kTemplates33); }

std::string_view writeThirtyThirdNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Tpl& t = kTemplates33[choice % std::size(kTemplates33)];
  const Cast cast = castOf(seed, patientIndex, t.g);
  Random& r = builder.random();
  Note n{builder, cast, t.mode, {drawPerson(r, t.g), drawPerson(r, t.g), drawPerson(r, t.g)}, {}, {}, {}, {}, {}};
  expand(n, t.text);
  return t.name;
}

std::string thirtyThirdSentence(Random& r) { return sentence33(r, {}); }

}  // namespace concord::phi::corpus
