// The thirty-eighth family (kThirtyEighthSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is legacy, scanned and migrated records: what reaches a modern
// system from paper and old machines, with the noise they carry. OCR text of scanned paper (typed
// letters of the 1970s to 2000s, handwritten notes and ward books transcribed, faxed referrals with
// fax headers and footers, microfilm and microfiche conversions, carbon-copy forms, index cards,
// Lloyd George envelopes, ID-book and insurance-card photocopies) with OCR errors inside and around
// PHI (l/1 and O/0 in dates, "rn" for "m", "li" for "h", "c" for "e", doubled and dropped letters
// in names, stray spaces in phone numbers, letter-spaced headings and surnames, ligatures, lost
// diacritics, page headers and footers repeated with the patient's name, received stamps); legacy
// machine exports (fixed-width mainframe and punch-card listings in capitals, HL7 v2.2 and v2.3
// messages, DOS-era reports in lower case, dBase and CSV dumps with truncated fields, tape restore
// logs, half-width katakana and GB2312 exports, Cyrillic typed histories, Arabic, Hebrew and Greek
// records and their Latin transliterations); record migration and data-quality logs (MPI merges
// and unmerges, NHI and OHIP exceptions), retention and destruction lists, release-of-information
// and subject-access requests, archive requests. Old and local date forms: two-digit years
// ("03/04/27", "12.03.54"), Roman-numeral months ("12.III.1962"), old German and French month
// abbreviations ("12. Febr. 1962", "12 janv. 1962"), Japanese eras ("昭和37年4月2日"), received
// stamps ("14 MAR 1987"), Hangul and Han dates.
// Countries and scripts: the US, Canada, Jamaica, the Philippines, the UK, Ireland, Australia, New
// Zealand (Maori names), South Africa, India (Devanagari), Nigeria, Kenya, France, Belgium
// (French and Dutch), Germany, Austria, Italy, Spain, Portugal, Brazil, Argentina, Mexico, the
// Netherlands, Denmark, Sweden, Poland, Russia (Cyrillic), Greece (Greek script), Turkey, Egypt
// (Arabic), Israel (Hebrew), Japan (kanji, half-width kana), South Korea (Hangul) and China (Han):
// 34 countries, 9 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, kana, Hangul).
// Notes without PHI are full of look-alikes: OCR garbage that looks like names or numbers ("Tlie
// Patlent was seen", "Hb l2.4"), letter-spaced headings ("P A T I E N T"), form numbers ("Form
// MR-207 Rev. 3/89"), page headers without patient data, institutions' stamps and fax headers,
// Bates ranges, scan batches, microfilm reels, archive boxes, retention codes, HL7 headers and
// job logs, record layouts, telephone exchange names on letterheads ("PEnnsylvania 6-5000"), old
// drug names and eponyms, years alone.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), as the thirtieth
// to thirty-seventh families restate them, with this family's decisions (JUDGEMENT CALL each).
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB ", "Unit No. ", "PESEL: ",
//    "ת.ז.: "), HL7 separators and component marks ("^", "|"), CSV quotes and commas, key=value keys
//    and trailing punctuation are outside. HL7 family and given name components are one span each.
//    A name is never split across a line: a name hyphenated at a line end is not written.
//  * Everyone named in connection with the patient is PHI: the patient, relatives and next of kin,
//    requesters of records, and staff named in a note that carries a patient (doctors, typists'
//    signatories, reviewers of merges, officers). NOT PHI: hospitals, practices, hotels,
//    institutions on letterheads and stamps, eponyms and old drug names.
//  * Names: titles and forms of address before a name are outside ("Mr", "Mrs", "Dr", "Dr.",
//    "Mme", "M.", "Herr", "Frau", "Sig.ra", "Sig.", "Dott.", "Sra.", "Sr.", "Pani", "Pan", "lek.",
//    "fru", "hr.", "læge", "Bay", "Bayan", "κα", "κ.", "גב'", "מר", "ד\"ר", "السيد", "السيدة",
//    "श्रीमती", "श्री", "डॉ.", "врач"); forms of address and posts after a name are outside ("様",
//    "医師"); credentials (", M.D.") are outside. Inverted ("KOWALSKI, Jan"), capitals, lower case,
//    family name first (Chinese, Japanese, Korean, Russian official order), native scripts.
//    JUDGEMENT CALL: a name with OCR errors is still a name with the same span ("Margarct Okafor",
//    "Whltaker", "Oluuwaseun"); the OCR noise in names is letters only, so names keep no digits.
//    JUDGEMENT CALL: a letter-spaced surname ("K O W A L S K I") is one name span from its first to
//    its last letter, the spaces inside; a letter-spaced heading ("P A T I E N T") is not PHI.
//    JUDGEMENT CALL: a name cut by a fixed-width field ("WASHINGT") is a name span of what is left;
//    a town cut by a dBase field ("WASHINGTO") is an address span of what is left.
//    Half-width katakana names of legacy Japanese systems ("ｻﾄｳ ﾊﾅｺ") are one name span.
//  * Dates: the date only; a time next to it is outside. Birth dates, admissions, discharges,
//    letters' dates, dates of accidents, of implants and of visits are dates, however old.
//    JUDGEMENT CALL: a date with OCR errors is still a date with the same span ("l2/O3/1954").
//    JUDGEMENT CALL: a birth date with a two-digit year ("03/04/27", "12.03.54") is a date.
//    JUDGEMENT CALL: a received stamp on a patient's letter ("RECEIVED 14 MAR 1987") is a date of
//    the patient's record, its date only; an institution's stamp without a date is not PHI.
//    Roman-numeral months ("12.III.1962"), old German and French month abbreviations, Japanese
//    eras (era word inside), Han and Hangul dates, HL7 "YYYYMMDD" are dates. JUDGEMENT CALL: the
//    date in the transmission header of a fax about a patient is a date (the day the patient's
//    record was sent), the time next to it outside. NOT PHI: years alone, the run dates and time
//    stamps of listings, restore and audit logs and HL7 message headers (MSH-7, EVN).
//  * Ages: a span only over 89, the number only or its English words ("ninety-four"); "94 J.",
//    "94 años", "94歳" give "94". A "94. Lebensjahr" gives "94".
//  * Phones: every phone number of a person, old forms without area code ("555-0142"), with a
//    stray OCR space inside ("555 -0142", one span with the space), international forms, is a
//    "phone" span; numbers labelled fax of a named recipient are "fax". NOT PHI (JUDGEMENT CALL):
//    institutions' fax numbers in fax headers and letterheads, device makers' lines, exchange-name
//    numbers on letterheads ("PEnnsylvania 6-5000"); patients' old numbers are written in digits
//    in this family (the shared check counts 7 to 12 digits in a phone span).
//  * Identifiers, by the families' rule (a number keying one person's records "mrn", an identity
//    document "license", insurance "health_plan", cases and bills "account"):
//    - "mrn": unit, chart, casenote, folder, register and hospital numbers; record numbers in merge
//      and unmerge logs, surviving and retired ones (JUDGEMENT CALL: each keys a person's records);
//      old-format NHS numbers ("ABCD 123"); population register numbers (JUDGEMENT CALL, as the
//      34th to 37th families): the Irish PPS number, the NZ NHI, the Belgian national register
//      number, the Italian codice fiscale, the Portuguese número de utente, the Danish CPR, the
//      Polish PESEL, the Greek AMKA, the Turkish T.C. kimlik no, the Egyptian national ID, the
//      Aadhaar, the Korean RRN, the Chinese resident ID number, the Russian SNILS, the Brazilian
//      CPF, the Mexican CURP, the Swedish personnummer, the UK NHS number.
//    - "license": identity documents named as such (the South African ID book number, the
//      Jamaican TRN, the Argentine DNI, the Israeli teudat zehut, the Greek ADT, the Portuguese BI,
//      the Canadian SIN card, the Philippine SSS number, driving licences) and a named clinician's
//      registration number.
//    - "health_plan": insurance (Medicare and Medicaid IDs, US plans, Ontario health card numbers,
//      the Austrian SVNR, PhilHealth PINs, the Irish medical card, Argentine PAMI, Turkish SSK,
//      Italian USL, Belgian mutualité, Israeli kupat holim and Mexican affiliation numbers).
//    - "account": case and claim numbers, HL7 PID-18 account numbers (JUDGEMENT CALL).
//    - "ssn": US SSNs, with or without dashes. "device": serials of a patient's pacemaker and leads.
//      "vehicle": plates and VINs of a patient's car in a scanned accident report.
//    - NOT PHI (JUDGEMENT CALL each, none keyed to the patient): Bates numbers and ranges, scan
//      batch ids, page and frame numbers, microfilm reels and microfiche ids, archive box and shelf
//      numbers, document control numbers, form numbers and revisions, retention codes, fax machine
//      ids and institutions' fax numbers, tape volume serials, HL7 message control ids, record
//      layout ids, room numbers, police badge numbers, MPI match scores.
//  * Addresses: every address of a person, rural forms ("R.R. 2, Antigonish NS", "Box 14,
//    Ruatoria") included, is an "address" span in the country's order; a town alone where a person
//    lives is an address; a US ZIP is its own "zip" span. Addresses of institutions are not PHI.
//  * URLs: a requester's status link of a release-of-information request is a "url" span
//    (JUDGEMENT CALL: it keys one person's request); e-mails one span each; the IPv4 and IPv6 a
//    requester or patient used are "ip".
//  * Some templates are written in lower case (DOS reports, transcribed ledgers) and some wholly in
//    capitals (mainframe listings); the spans are the same. Like every seed, about 8% of notes are
//    then upper-cased whole by the shared builder.
#include "corpus_thirty_eighth_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace concord::phi::corpus {

namespace {

enum class L { hi, ta, pk, bd, lk, id, my, mc, sg, cn, hk, jp, kr, sa, eg, ma, ir, ge, am, kz, ru, ke, ng, rw, br, mx, pe, es, fr, de, nl, se, no, ee, au, uk, qc, us,
              ie, nz, za, jm, be, at, it, pt, ar, dk, pl, gr, tr, il, ph, ca };
constexpr std::size_t kLands = 54;

// Name pools: a Latin spelling, the country's own script ("nat"), women's forms of a family name
// ("fem", "nfem") and, for Japan, the kana reading ("kana"). The first four given names are women's.
struct Nm {
  std::string_view lat, nat = {}, fem = {}, nfem = {}, kana = {};
};

constexpr Nm kG_hi[] = {{"Priya", "प्रिया"}, {"Sunita", "सुनीता"}, {"Kavita", "कविता"}, {"Anjali", "अंजलि"}, {"Rajesh", "राजेश"}, {"Amit", "अमित"}, {"Suresh", "सुरेश"}, {"Vikram", "विक्रम"}};
constexpr Nm kF_hi[] = {{"Sharma", "शर्मा"}, {"Verma", "वर्मा"}, {"Gupta", "गुप्ता"}, {"Yadav", "यादव"}, {"Chauhan", "चौहान"}, {"Mishra", "मिश्रा"}};
constexpr Nm kG_ta[] = {{"Lakshmi", "லட்சுமி"}, {"Meena", "மீனா"}, {"Kavitha", "கவிதா"}, {"Revathi", "ரேவதி"}, {"Murugan", "முருகன்"}, {"Senthil", "செந்தில்"}, {"Karthik", "கார்த்திக்"}, {"Arumugam", "ஆறுமுகம்"}};
constexpr Nm kF_ta[] = {{"Subramanian", "சுப்பிரமணியன்"}, {"Ramasamy", "ராமசாமி"}, {"Krishnan", "கிருஷ்ணன்"}, {"Natarajan", "நடராஜன்"}, {"Venkatesan", "வெங்கடேசன்"}, {"Pillai", "பிள்ளை"}};
constexpr Nm kG_pk[] = {{"Ayesha", "عائشہ"}, {"Fatima", "فاطمہ"}, {"Saima", "صائمہ"}, {"Nadia", "نادیہ"}, {"Imran", "عمران"}, {"Tariq", "طارق"}, {"Bilal", "بلال"}, {"Usman", "عثمان"}};
constexpr Nm kF_pk[] = {{"Qureshi", "قریشی"}, {"Chaudhry", "چوہدری"}, {"Malik", "ملک"}, {"Butt", "بٹ"}, {"Abbasi", "عباسی"}, {"Siddiqui", "صدیقی"}};
constexpr Nm kG_bd[] = {{"Rokeya", "রোকেয়া"}, {"Nasrin", "নাসরিন"}, {"Shirin", "শিরিন"}, {"Taslima", "তাসলিমা"}, {"Rafiq", "রফিক"}, {"Kamal", "কামাল"}, {"Habib", "হাবিব"}, {"Jashim", "জসিম"}};
constexpr Nm kF_bd[] = {{"Hossain", "হোসেন"}, {"Rahman", "রহমান"}, {"Chowdhury", "চৌধুরী"}, {"Islam", "ইসলাম"}, {"Akter", "আক্তার"}, {"Sarkar", "সরকার"}};
constexpr Nm kG_lk[] = {{"Nimali", "නිමාලි"}, {"Chandani", "චන්දනී"}, {"Dilani", "දිලානි"}, {"Kumari", "කුමාරි"}, {"Sunil", "සුනිල්"}, {"Nimal", "නිමල්"}, {"Ruwan", "රුවන්"}, {"Chaminda", "චමින්ද"}};
constexpr Nm kF_lk[] = {{"Perera", "පෙරේරා"}, {"Silva", "සිල්වා"}, {"Bandara", "බණ්ඩාර"}, {"Dissanayake", "දිසානායක"}, {"Gunawardena", "ගුණවර්ධන"}, {"Jayasuriya", "ජයසූරිය"}};
constexpr Nm kG_id[] = {{"Siti Aminah"}, {"Dewi"}, {"Ratna Sari"}, {"Wulandari"}, {"Budi"}, {"Agus Salim"}, {"Joko"}, {"Hendra"}};
constexpr Nm kF_id[] = {{"Santoso"}, {"Wijaya"}, {"Hidayat"}, {"Nasution"}, {"Siregar"}, {"Kusuma"}};
constexpr Nm kG_my[] = {{"Nur Aisyah"}, {"Siti Hajar"}, {"Farah"}, {"Zainab"}, {"Ahmad Faizal"}, {"Mohd Hafiz"}, {"Azman"}, {"Khairul"}};
constexpr Nm kF_my[] = {{"bin Ismail", {}, "binti Ismail"}, {"bin Abdullah", {}, "binti Abdullah"}, {"bin Hassan", {}, "binti Hassan"},
                        {"bin Othman", {}, "binti Othman"}, {"bin Yusof", {}, "binti Yusof"}, {"bin Rahman", {}, "binti Rahman"}};
constexpr Nm kG_mc[] = {{"Mei Ling", "美玲"}, {"Siew Lan", "秀兰"}, {"Hui Min", "慧敏"}, {"Pei Shan", "佩珊"}, {"Wei Ming", "伟明"}, {"Kok Leong", "国良"}, {"Chee Keong", "志强"}, {"Boon Huat", "文发"}};
constexpr Nm kF_mc[] = {{"Tan", "陈"}, {"Lim", "林"}, {"Lee", "李"}, {"Ng", "黄"}, {"Wong", "王"}, {"Chong", "张"}};
constexpr Nm kG_sg[] = {{"Jasmine"}, {"Siti Nurul"}, {"Kavitha"}, {"Hui Ling"}, {"Wei Jie"}, {"Muhammad Hafiz"}, {"Rajendran"}, {"Darren"}};
constexpr Nm kF_sg[] = {{"Goh"}, {"Koh"}, {"Pillai"}, {"Teo"}, {"Abdul Rahman"}, {"Seah"}};
constexpr Nm kG_cn[] = {{"Xiuying", "秀英"}, {"Guilan", "桂兰"}, {"Lijuan", "丽娟"}, {"Haiyan", "海燕"}, {"Jianguo", "建国"}, {"Zhiqiang", "志强"}, {"Guohua", "国华"}, {"Wei", "伟"}};
constexpr Nm kF_cn[] = {{"Wang", "王"}, {"Li", "李"}, {"Zhang", "张"}, {"Liu", "刘"}, {"Chen", "陈"}, {"Yang", "杨"}};
constexpr Nm kG_hk[] = {{"Mei Wah", "美華"}, {"Suk Yee", "淑儀"}, {"Wai Fong", "惠芳"}, {"Yuk Chun", "玉珍"}, {"Chi Ming", "志明"}, {"Kwok Keung", "國強"}, {"Ka Fai", "家輝"}, {"Wai Man", "偉文"}};
constexpr Nm kF_hk[] = {{"Chan", "陳"}, {"Wong", "黃"}, {"Lee", "李"}, {"Cheung", "張"}, {"Leung", "梁"}, {"Ho", "何"}};
constexpr Nm kG_jp[] = {{"Hanako", "花子", {}, {}, "ハナコ"}, {"Keiko", "恵子", {}, {}, "ケイコ"}, {"Michiko", "美智子", {}, {}, "ミチコ"}, {"Sachiko", "幸子", {}, {}, "サチコ"},
                        {"Taro", "太郎", {}, {}, "タロウ"}, {"Kenichi", "健一", {}, {}, "ケンイチ"}, {"Hiroshi", "博", {}, {}, "ヒロシ"}, {"Kiyoshi", "清", {}, {}, "キヨシ"}};
constexpr Nm kF_jp[] = {{"Sato", "佐藤", {}, {}, "サトウ"}, {"Suzuki", "鈴木", {}, {}, "スズキ"}, {"Takahashi", "高橋", {}, {}, "タカハシ"},
                        {"Tanaka", "田中", {}, {}, "タナカ"}, {"Watanabe", "渡辺", {}, {}, "ワタナベ"}, {"Ito", "伊藤", {}, {}, "イトウ"}};
constexpr Nm kG_kr[] = {{"Min-ji", "민지"}, {"Seo-yeon", "서연"}, {"Ji-eun", "지은"}, {"Young-sook", "영숙"}, {"Jun-ho", "준호"}, {"Dong-hyun", "동현"}, {"Sung-min", "성민"}, {"Young-soo", "영수"}};
constexpr Nm kF_kr[] = {{"Kim", "김"}, {"Lee", "이"}, {"Park", "박"}, {"Choi", "최"}, {"Jung", "정"}, {"Kang", "강"}};
constexpr Nm kG_sa[] = {{"Noura", "نورة"}, {"Fatimah", "فاطمة"}, {"Reem", "ريم"}, {"Haifa", "هيفاء"}, {"Abdullah", "عبدالله"}, {"Mohammed", "محمد"}, {"Fahad", "فهد"}, {"Sultan", "سلطان"}};
constexpr Nm kF_sa[] = {{"Al-Qahtani", "القحطاني"}, {"Al-Otaibi", "العتيبي"}, {"Al-Shehri", "الشهري"}, {"Al-Dosari", "الدوسري"}, {"Al-Ghamdi", "الغامدي"}, {"Al-Zahrani", "الزهراني"}};
constexpr Nm kG_eg[] = {{"Mona", "منى"}, {"Hoda", "هدى"}, {"Soad", "سعاد"}, {"Amal", "أمل"}, {"Ahmed", "أحمد"}, {"Mahmoud", "محمود"}, {"Mostafa", "مصطفى"}, {"Hassan", "حسن"}};
constexpr Nm kF_eg[] = {{"El-Shenawy", "الشناوي"}, {"Abdel Hamid", "عبد الحميد"}, {"Farag", "فرج"}, {"Mansour", "منصور"}, {"El-Gammal", "الجمال"}, {"Soliman", "سليمان"}};
constexpr Nm kG_ma[] = {{"Fatima Zahra", "فاطمة الزهراء"}, {"Khadija", "خديجة"}, {"Naima", "نعيمة"}, {"Saida", "سعيدة"}, {"Youssef", "يوسف"}, {"Rachid", "رشيد"}, {"Abdelilah", "عبد الإله"}, {"Driss", "إدريس"}};
constexpr Nm kF_ma[] = {{"Benali", "بنعلي"}, {"El Alaoui", "العلوي"}, {"Benkirane", "بنكيران"}, {"Tazi", "التازي"}, {"El Idrissi", "الإدريسي"}, {"Bouzidi", "بوزيدي"}};
constexpr Nm kG_ir[] = {{"Maryam", "مریم"}, {"Zahra", "زهرا"}, {"Fatemeh", "فاطمه"}, {"Shirin", "شیرین"}, {"Ali", "علی"}, {"Hossein", "حسین"}, {"Reza", "رضا"}, {"Mehdi", "مهدی"}};
constexpr Nm kF_ir[] = {{"Mohammadi", "محمدی"}, {"Hosseini", "حسینی"}, {"Rezaei", "رضایی"}, {"Karimi", "کریمی"}, {"Ahmadi", "احمدی"}, {"Mousavi", "موسوی"}};
constexpr Nm kG_ge[] = {{"Nino", "ნინო"}, {"Tamar", "თამარ"}, {"Mariam", "მარიამ"}, {"Ekaterine", "ეკატერინე"}, {"Giorgi", "გიორგი"}, {"Davit", "დავით"}, {"Levan", "ლევან"}, {"Zurab", "ზურაბ"}};
constexpr Nm kF_ge[] = {{"Beridze", "ბერიძე"}, {"Kapanadze", "კაპანაძე"}, {"Gelashvili", "გელაშვილი"}, {"Maisuradze", "მაისურაძე"}, {"Lomidze", "ლომიძე"}, {"Tsiklauri", "წიკლაური"}};
constexpr Nm kG_am[] = {{"Anahit", "Անահիտ"}, {"Lusine", "Լուսինե"}, {"Gayane", "Գայանե"}, {"Narine", "Նարինե"}, {"Aram", "Արամ"}, {"Tigran", "Տիգրան"}, {"Davit", "Դավիթ"}, {"Armen", "Արմեն"}};
constexpr Nm kF_am[] = {{"Hovhannisyan", "Հովհաննիսյան"}, {"Sargsyan", "Սարգսյան"}, {"Petrosyan", "Պետրոսյան"}, {"Grigoryan", "Գրիգորյան"}, {"Avetisyan", "Ավետիսյան"}, {"Mkrtchyan", "Մկրտչյան"}};
constexpr Nm kG_kz[] = {{"Aigerim", "Айгерим"}, {"Gulnara", "Гульнара"}, {"Zhanar", "Жанар"}, {"Dinara", "Динара"}, {"Yerlan", "Ерлан"}, {"Nurlan", "Нурлан"}, {"Askhat", "Асхат"}, {"Bauyrzhan", "Бауыржан"}};
constexpr Nm kF_kz[] = {{"Zhumabayev", "Жумабаев", "Zhumabayeva", "Жумабаева"}, {"Seitkali", "Сейткали"}, {"Abenov", "Абенов", "Abenova", "Абенова"},
                        {"Kassymov", "Касымов", "Kassymova", "Касымова"}, {"Omarov", "Омаров", "Omarova", "Омарова"}, {"Tokayev", "Токаев", "Tokayeva", "Токаева"}};
constexpr Nm kG_ru[] = {{"Olga", "Ольга"}, {"Tatiana", "Татьяна"}, {"Lyudmila", "Людмила"}, {"Galina", "Галина"}, {"Sergei", "Сергей"}, {"Vladimir", "Владимир"}, {"Nikolai", "Николай"}, {"Andrei", "Андрей"}};
constexpr Nm kF_ru[] = {{"Smirnov", "Смирнов", "Smirnova", "Смирнова"}, {"Kuznetsov", "Кузнецов", "Kuznetsova", "Кузнецова"}, {"Popov", "Попов", "Popova", "Попова"},
                        {"Sokolov", "Соколов", "Sokolova", "Соколова"}, {"Lebedev", "Лебедев", "Lebedeva", "Лебедева"}, {"Morozov", "Морозов", "Morozova", "Морозова"}};
constexpr Nm kG_ke[] = {{"Wanjiru"}, {"Akinyi"}, {"Njeri"}, {"Chebet"}, {"Baraka"}, {"Juma"}, {"Kipchumba"}, {"Mwangi"}};
constexpr Nm kF_ke[] = {{"Njoroge"}, {"Odhiambo"}, {"Wafula"}, {"Kiprotich"}, {"Omondi"}, {"Karanja"}};
constexpr Nm kG_ng[] = {{"Adaeze"}, {"Folasade"}, {"Ngozi"}, {"Hauwa"}, {"Chukwuemeka"}, {"Oluwaseun"}, {"Ibrahim"}, {"Babatunde"}};
constexpr Nm kF_ng[] = {{"Okonkwo"}, {"Adeyemi"}, {"Bello"}, {"Eze"}, {"Ogunleye"}, {"Abubakar"}};
constexpr Nm kG_rw[] = {{"Claudine"}, {"Vestine"}, {"Immaculée"}, {"Josiane"}, {"Jean Bosco"}, {"Emmanuel"}, {"Innocent"}, {"Théoneste"}};
constexpr Nm kF_rw[] = {{"Uwimana"}, {"Mukamana"}, {"Niyonzima"}, {"Habimana"}, {"Mugisha"}, {"Nsengiyumva"}};
constexpr Nm kG_br[] = {{"Maria José"}, {"Ana Paula"}, {"Francisca"}, {"Luzia"}, {"José Carlos"}, {"Antônio"}, {"Raimundo"}, {"Sebastião"}};
constexpr Nm kF_br[] = {{"Silva"}, {"Santos"}, {"Oliveira"}, {"Souza"}, {"Nascimento"}, {"Araújo"}};
constexpr Nm kG_mx[] = {{"Guadalupe"}, {"María Elena"}, {"Rosa Isela"}, {"Josefina"}, {"Juan Manuel"}, {"Jesús"}, {"Ricardo"}, {"Miguel Ángel"}};
constexpr Nm kF_mx[] = {{"Hernández"}, {"García"}, {"Martínez"}, {"López"}, {"Ramírez"}, {"Flores"}};
constexpr Nm kG_pe[] = {{"Rosa"}, {"Yolanda"}, {"Nélida"}, {"Maritza"}, {"Wilfredo"}, {"Percy"}, {"Edwin"}, {"Teodoro"}};
constexpr Nm kF_pe[] = {{"Quispe"}, {"Mamani"}, {"Huamán"}, {"Condori"}, {"Chávez"}, {"Ticona"}};
constexpr Nm kG_es[] = {{"Montserrat"}, {"Pilar"}, {"Encarnación"}, {"Remedios"}, {"Jordi"}, {"Francisco Javier"}, {"Iñaki"}, {"Andrés"}};
constexpr Nm kF_es[] = {{"Fernández"}, {"González"}, {"Rodríguez"}, {"Sánchez"}, {"Etxeberria"}, {"Puig"}};
constexpr Nm kG_fr[] = {{"Monique"}, {"Françoise"}, {"Nathalie"}, {"Sylvie"}, {"Jean-Pierre"}, {"Michel"}, {"Thierry"}, {"Philippe"}};
constexpr Nm kF_fr[] = {{"Lefèvre"}, {"Moreau"}, {"Girard"}, {"Bonnet"}, {"Mercier"}, {"Fontaine"}};
constexpr Nm kG_de[] = {{"Gertrud"}, {"Hannelore"}, {"Ingrid"}, {"Renate"}, {"Klaus"}, {"Jürgen"}, {"Wolfgang"}, {"Dieter"}};
constexpr Nm kF_de[] = {{"Müller"}, {"Schneider"}, {"Fischer"}, {"Weber"}, {"Becker"}, {"Hoffmann"}};
constexpr Nm kG_nl[] = {{"Annemiek"}, {"Wilhelmina"}, {"Joke"}, {"Marieke"}, {"Henk"}, {"Joost"}, {"Pieter"}, {"Gerrit"}};
constexpr Nm kF_nl[] = {{"de Vries"}, {"Jansen"}, {"van den Berg"}, {"Bakker"}, {"Visser"}, {"Smit"}};
constexpr Nm kG_se[] = {{"Birgitta"}, {"Margareta"}, {"Ingela"}, {"Kerstin"}, {"Lars"}, {"Anders"}, {"Göran"}, {"Bengt"}};
constexpr Nm kF_se[] = {{"Andersson"}, {"Johansson"}, {"Karlsson"}, {"Nilsson"}, {"Lindqvist"}, {"Bergström"}};
constexpr Nm kG_no[] = {{"Solveig"}, {"Ingrid"}, {"Randi"}, {"Kari"}, {"Odd"}, {"Bjørn"}, {"Terje"}, {"Arne"}};
constexpr Nm kF_no[] = {{"Hansen"}, {"Johansen"}, {"Olsen"}, {"Haugen"}, {"Bakken"}, {"Solberg"}};
constexpr Nm kG_ee[] = {{"Tiiu"}, {"Maie"}, {"Kadri"}, {"Piret"}, {"Jaan"}, {"Tõnu"}, {"Toomas"}, {"Mart"}};
constexpr Nm kF_ee[] = {{"Tamm"}, {"Saar"}, {"Sepp"}, {"Mägi"}, {"Kask"}, {"Rebane"}};
constexpr Nm kG_au[] = {{"Kylie"}, {"Narelle"}, {"Sharon"}, {"Bronwyn"}, {"Bruce"}, {"Darren"}, {"Wayne"}, {"Graham"}};
constexpr Nm kF_au[] = {{"Whitfield"}, {"Brennan"}, {"Papadopoulos"}, {"O'Donoghue"}, {"Tran"}, {"Fitzgerald"}};
constexpr Nm kG_uk[] = {{"Beverley"}, {"Janice"}, {"Lorraine"}, {"Pauline"}, {"Trevor"}, {"Nigel"}, {"Clive"}, {"Barry"}};
constexpr Nm kF_uk[] = {{"Hargreaves"}, {"Atkinson"}, {"Okafor"}, {"Patel"}, {"Whitworth"}, {"Cartwright"}};
constexpr Nm kG_qc[] = {{"Ginette"}, {"Lise"}, {"Manon"}, {"Réjeanne"}, {"Gaétan"}, {"Réjean"}, {"Normand"}, {"Yvon"}};
constexpr Nm kF_qc[] = {{"Tremblay"}, {"Gagnon"}, {"Bouchard"}, {"Côté"}, {"Pelletier"}, {"Lavoie"}};
constexpr Nm kG_us[] = {{"Darlene"}, {"Tammy"}, {"LaToya"}, {"Brenda"}, {"Dwayne"}, {"Earl"}, {"Terrence"}, {"Clayton"}};
constexpr Nm kF_us[] = {{"Washington"}, {"Kowalski"}, {"Haskins"}, {"Delgado"}, {"Pruitt"}, {"Whitaker"}};

constexpr Nm kG_ie[] = {{"Bridget"}, {"Siobhán"}, {"Mairead"}, {"Nuala"}, {"Seamus"}, {"Padraig"}, {"Cornelius"}, {"Declan"}};
constexpr Nm kF_ie[] = {{"O'Sullivan"}, {"Murphy"}, {"McCarthy"}, {"Fitzpatrick"}, {"Ó Súilleabháin"}, {"Brennan"}};
constexpr Nm kG_nz[] = {{"Aroha"}, {"Mere"}, {"Robyn"}, {"Glenys"}, {"Tāne"}, {"Wiremu"}, {"Murray"}, {"Graeme"}};
constexpr Nm kF_nz[] = {{"Ngata"}, {"Parata"}, {"Te Rangi"}, {"Walker"}, {"McKenzie"}, {"Hohaia"}};
constexpr Nm kG_za[] = {{"Thandiwe"}, {"Nomvula"}, {"Elsabé"}, {"Lerato"}, {"Sipho"}, {"Johannes"}, {"Thabo"}, {"Pieter"}};
constexpr Nm kF_za[] = {{"Dlamini"}, {"van der Merwe"}, {"Nkosi"}, {"Botha"}, {"Mokoena"}, {"Naidoo"}};
constexpr Nm kG_jm[] = {{"Merline"}, {"Hyacinth"}, {"Paulette"}, {"Icilda"}, {"Winston"}, {"Delroy"}, {"Errol"}, {"Leroy"}};
constexpr Nm kF_jm[] = {{"Campbell"}, {"Brown"}, {"Grant"}, {"McLeod"}, {"Thompson"}, {"Wint"}};
constexpr Nm kG_be[] = {{"Godelieve"}, {"Marie-Paule"}, {"Annick"}, {"Simonne"}, {"Jean-Marie"}, {"Marcel"}, {"Luc"}, {"Guido"}};
constexpr Nm kF_be[] = {{"Peeters"}, {"Janssens"}, {"Dubois"}, {"Lambert"}, {"Vandenbroucke"}, {"Maes"}};
constexpr Nm kG_at[] = {{"Kreszenz"}, {"Theresia"}, {"Aloisia"}, {"Hermine"}, {"Alois"}, {"Franz"}, {"Leopold"}, {"Josef"}};
constexpr Nm kF_at[] = {{"Gruber"}, {"Huber"}, {"Wagner"}, {"Pichler"}, {"Moser"}, {"Hofbauer"}};
constexpr Nm kG_it[] = {{"Giuseppina"}, {"Assunta"}, {"Carmela"}, {"Concetta"}, {"Giovanni"}, {"Salvatore"}, {"Vincenzo"}, {"Antonio"}};
constexpr Nm kF_it[] = {{"Esposito"}, {"Russo"}, {"Bianchi"}, {"Romano"}, {"Colombo"}, {"Ferraro"}};
constexpr Nm kG_pt[] = {{"Maria da Conceição"}, {"Lurdes"}, {"Rosa Maria"}, {"Amélia"}, {"Manuel"}, {"Joaquim"}, {"António"}, {"Fernando"}};
constexpr Nm kF_pt[] = {{"Ferreira"}, {"Pereira"}, {"Costa"}, {"Rodrigues"}, {"Martins"}, {"Gonçalves"}};
constexpr Nm kG_ar[] = {{"Mirta"}, {"Norma Beatriz"}, {"Graciela"}, {"Susana"}, {"Osvaldo"}, {"Héctor"}, {"Rubén"}, {"Carlos Alberto"}};
constexpr Nm kF_ar[] = {{"Gómez"}, {"Fernández"}, {"Pérez"}, {"Giménez"}, {"Díaz"}, {"Romero"}};
constexpr Nm kG_dk[] = {{"Inger"}, {"Kirsten"}, {"Birthe"}, {"Grethe"}, {"Jørgen"}, {"Poul"}, {"Niels"}, {"Henning"}};
constexpr Nm kF_dk[] = {{"Jensen"}, {"Nielsen"}, {"Pedersen"}, {"Rasmussen"}, {"Sørensen"}, {"Kjærgaard"}};
constexpr Nm kG_pl[] = {{"Stanisława"}, {"Krystyna"}, {"Halina"}, {"Zofia"}, {"Zbigniew"}, {"Tadeusz"}, {"Kazimierz"}, {"Józef"}};
constexpr Nm kF_pl[] = {{"Kowalski", {}, "Kowalska"}, {"Nowak"}, {"Wiśniewski", {}, "Wiśniewska"}, {"Wójcik"}, {"Kamiński", {}, "Kamińska"}, {"Lewandowski", {}, "Lewandowska"}};
constexpr Nm kG_gr[] = {{"Eleni", "Ελένη"}, {"Vasiliki", "Βασιλική"}, {"Georgia", "Γεωργία"}, {"Panagiota", "Παναγιώτα"}, {"Georgios", "Γεώργιος"}, {"Konstantinos", "Κωνσταντίνος"}, {"Dimitrios", "Δημήτριος"}, {"Ioannis", "Ιωάννης"}};
constexpr Nm kF_gr[] = {{"Papadopoulos", "Παπαδόπουλος", "Papadopoulou", "Παπαδοπούλου"}, {"Nikolaidis", "Νικολαΐδης", "Nikolaidou", "Νικολαΐδου"}, {"Georgiou", "Γεωργίου"},
                        {"Oikonomou", "Οικονόμου"}, {"Papadakis", "Παπαδάκης", "Papadaki", "Παπαδάκη"}, {"Karagiannis", "Καραγιάννης", "Karagianni", "Καραγιάννη"}};
constexpr Nm kG_tr[] = {{"Ayşe"}, {"Fatma"}, {"Emine"}, {"Hatice"}, {"Mehmet"}, {"Mustafa"}, {"Hüseyin"}, {"Ahmet"}};
constexpr Nm kF_tr[] = {{"Yılmaz"}, {"Kaya"}, {"Demir"}, {"Şahin"}, {"Çelik"}, {"Öztürk"}};
constexpr Nm kG_il[] = {{"Miriam", "מרים"}, {"Rivka", "רבקה"}, {"Esther", "אסתר"}, {"Shoshana", "שושנה"}, {"Moshe", "משה"}, {"Yitzhak", "יצחק"}, {"Avraham", "אברהם"}, {"David", "דוד"}};
constexpr Nm kF_il[] = {{"Cohen", "כהן"}, {"Levi", "לוי"}, {"Mizrahi", "מזרחי"}, {"Peretz", "פרץ"}, {"Biton", "ביטון"}, {"Friedman", "פרידמן"}};
constexpr Nm kG_ph[] = {{"Maria Luz"}, {"Corazon"}, {"Teresita"}, {"Erlinda"}, {"Rodrigo"}, {"Ferdinand"}, {"Danilo"}, {"Romeo"}};
constexpr Nm kF_ph[] = {{"dela Cruz"}, {"Santos"}, {"Reyes"}, {"Bautista"}, {"Villanueva"}, {"Macaraeg"}};
constexpr Nm kG_ca[] = {{"Doreen"}, {"Marjorie"}, {"Shirley"}, {"Gwen"}, {"Lorne"}, {"Murray"}, {"Gordon"}, {"Wilfred"}};
constexpr Nm kF_ca[] = {{"MacDonald"}, {"Fraser"}, {"Kowalchuk"}, {"Thibodeau"}, {"Chow"}, {"Sinclair"}};

struct Pool {
  std::span<const Nm> given, family;
};

Pool pool38(L g) {
  switch (g) {
    case L::hi: return {kG_hi, kF_hi};
    case L::ta: return {kG_ta, kF_ta};
    case L::pk: return {kG_pk, kF_pk};
    case L::bd: return {kG_bd, kF_bd};
    case L::lk: return {kG_lk, kF_lk};
    case L::id: return {kG_id, kF_id};
    case L::my: return {kG_my, kF_my};
    case L::mc: return {kG_mc, kF_mc};
    case L::sg: return {kG_sg, kF_sg};
    case L::cn: return {kG_cn, kF_cn};
    case L::hk: return {kG_hk, kF_hk};
    case L::jp: return {kG_jp, kF_jp};
    case L::kr: return {kG_kr, kF_kr};
    case L::sa: return {kG_sa, kF_sa};
    case L::eg: return {kG_eg, kF_eg};
    case L::ma: return {kG_ma, kF_ma};
    case L::ir: return {kG_ir, kF_ir};
    case L::ge: return {kG_ge, kF_ge};
    case L::am: return {kG_am, kF_am};
    case L::kz: return {kG_kz, kF_kz};
    case L::ru: return {kG_ru, kF_ru};
    case L::ke: return {kG_ke, kF_ke};
    case L::ng: return {kG_ng, kF_ng};
    case L::rw: return {kG_rw, kF_rw};
    case L::br: return {kG_br, kF_br};
    case L::mx: return {kG_mx, kF_mx};
    case L::pe: return {kG_pe, kF_pe};
    case L::es: return {kG_es, kF_es};
    case L::fr: return {kG_fr, kF_fr};
    case L::de: return {kG_de, kF_de};
    case L::nl: return {kG_nl, kF_nl};
    case L::se: return {kG_se, kF_se};
    case L::no: return {kG_no, kF_no};
    case L::ee: return {kG_ee, kF_ee};
    case L::au: return {kG_au, kF_au};
    case L::uk: return {kG_uk, kF_uk};
    case L::qc: return {kG_qc, kF_qc};
    case L::us: return {kG_us, kF_us};
    case L::ie: return {kG_ie, kF_ie};
    case L::nz: return {kG_nz, kF_nz};
    case L::za: return {kG_za, kF_za};
    case L::jm: return {kG_jm, kF_jm};
    case L::be: return {kG_be, kF_be};
    case L::at: return {kG_at, kF_at};
    case L::it: return {kG_it, kF_it};
    case L::pt: return {kG_pt, kF_pt};
    case L::ar: return {kG_ar, kF_ar};
    case L::dk: return {kG_dk, kF_dk};
    case L::pl: return {kG_pl, kF_pl};
    case L::gr: return {kG_gr, kF_gr};
    case L::tr: return {kG_tr, kF_tr};
    case L::il: return {kG_il, kF_il};
    case L::ph: return {kG_ph, kF_ph};
    case L::ca: return {kG_ca, kF_ca};
  }
  return {kG_us, kF_us};
}

struct Person {
  std::string given, family, family2;
  std::string nGiven, nFamily, kGiven, kFamily;
  std::size_t familyIndex = 0;
  bool female = false;
};

std::string orLat(std::string_view nat, std::string_view lat) { return std::string(nat.empty() ? lat : nat); }

bool twoSurnames(L g) { return g == L::br || g == L::mx || g == L::pe || g == L::es; }

void setFamily(Person& q, L g, std::size_t k) {
  const Nm& f = pool38(g).family[k];
  q.familyIndex = k;
  q.family = std::string(q.female && !f.fem.empty() ? f.fem : f.lat);
  q.nFamily = orLat(q.female && !f.nfem.empty() ? f.nfem : f.nat, q.family);
  q.kFamily = orLat(f.kana, q.nFamily);
}

Person drawPerson(Random& r, L g) {
  const Pool p = pool38(g);
  Person q;
  const Nm& gv = p.given[r.next() % p.given.size()];
  q.female = &gv - p.given.data() < 4;
  q.given = std::string(gv.lat);
  q.nGiven = orLat(gv.nat, gv.lat);
  q.kGiven = orLat(gv.kana, q.nGiven);
  setFamily(q, g, r.next() % p.family.size());
  if (twoSurnames(g) && r.chance(0.6)) {
    const Nm& f2 = p.family[r.next() % p.family.size()];
    if (f2.lat != q.family) q.family2 = std::string(f2.lat);
  }
  return q;
}

std::string up38(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low38(std::string s) { return recaseUtf8(std::move(s), false); }
std::string firstLetter(const std::string& s) {
  const auto c = static_cast<unsigned char>(s[0]);
  return s.substr(0, c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
}

std::string surnames(const Person& p) { return p.family2.empty() ? p.family : p.family + " " + p.family2; }
bool familyFirst(L g) { return g == L::cn || g == L::hk || g == L::jp || g == L::kr || g == L::mc; }
bool patronymic(L g) { return g == L::my; }  // "Nur Aisyah binti Ismail": no family name alone

std::string runningName(const Person& p, L g) {
  if (familyFirst(g)) return surnames(p) + " " + p.given;
  return p.given + " " + surnames(p);
}

std::string nativeName(const Person& p, L g) {
  switch (g) {
    case L::cn: case L::hk: case L::kr: case L::mc: return p.nFamily + p.nGiven;
    case L::jp: return p.nFamily + " " + p.nGiven;
    case L::ru: case L::kz: return p.nFamily + " " + p.nGiven;
    case L::hi: case L::ta: case L::pk: case L::bd: case L::lk: case L::sa: case L::eg: case L::ma: case L::ir: case L::ge: case L::am: case L::gr: case L::il:
      return p.nGiven + " " + p.nFamily;
    default: return runningName(p, g);
  }
}

// OCR noise inside a value: one letter of a name misread ("Margaret" -> "Margarct", "m" -> "rn",
// "h" -> "li", "i" -> "l", a letter doubled or dropped); only interior ASCII lower-case letters, so
// a name keeps no digits and its first and last letters.
std::string ocrGarble(Random& r, std::string s) {
  std::vector<std::size_t> at;
  for (std::size_t k = 1; k + 1 < s.size(); ++k) {
    const char c = s[k], p = s[k - 1];
    if (c >= 'a' && c <= 'z' && ((p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z'))) at.push_back(k);
  }
  if (at.empty()) return s;
  const std::size_t k = at[r.next() % at.size()];
  const char c = s[k];
  if (c == 'e') s[k] = 'c';
  else if (c == 'm') s.replace(k, 1, "rn");
  else if (c == 'h') s.replace(k, 1, "li");
  else if (c == 'i') s[k] = 'l';
  else if (r.chance(0.5)) s.insert(k, 1, c);
  else s.erase(k, 1);
  return s;
}
// OCR noise in the digits of a date: "12/03/1954" -> "l2/O3/1954" (the year keeps a digit).
std::string ocrDigits(Random& r, std::string s) {
  for (std::size_t k = 0; k < s.size(); ++k) {
    const double p = k < 6 ? 0.6 : 0.15;
    if (s[k] == '1' && r.chance(p)) s[k] = 'l';
    else if (s[k] == '0' && r.chance(p)) s[k] = 'O';
  }
  return s;
}
// A stray space inside a phone number, as OCR leaves it: "555 -0142", "4 2".
std::string ocrPhone(std::string s) {
  const std::size_t dash = s.rfind('-');
  if (dash != std::string::npos && dash > 0) return s.insert(dash, " ");
  return s.insert(s.size() - 2, " ");
}
// Letter-spaced capitals, as a typist spaced a heading or a surname: "K O W A L S K I".
std::string spaced(const std::string& s) {
  std::string v;
  for (std::size_t k = 0; k < s.size();) {
    const auto c = static_cast<unsigned char>(s[k]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (s[k] != ' ') {
      if (!v.empty()) v += ' ';
      v += s.substr(k, len);
    }
    k += len;
  }
  return v;
}
// Half-width katakana of legacy Japanese systems (JIS X 0201), for the kana of the name pools.
std::string halfWidthKana(const std::string& s) {
  static constexpr std::pair<std::string_view, std::string_view> kMap[] = {
      {"ズ", "ｽﾞ"}, {"ベ", "ﾍﾞ"}, {"ハ", "ﾊ"}, {"ナ", "ﾅ"}, {"コ", "ｺ"}, {"ケ", "ｹ"}, {"イ", "ｲ"}, {"ミ", "ﾐ"}, {"チ", "ﾁ"}, {"サ", "ｻ"}, {"タ", "ﾀ"},
      {"ロ", "ﾛ"}, {"ウ", "ｳ"}, {"ン", "ﾝ"}, {"ヒ", "ﾋ"}, {"シ", "ｼ"}, {"キ", "ｷ"}, {"ヨ", "ﾖ"}, {"ト", "ﾄ"}, {"ス", "ｽ"}, {"カ", "ｶ"}, {"ワ", "ﾜ"}};
  std::string v;
  for (std::size_t k = 0; k < s.size();) {
    bool done = false;
    for (const auto& [full, half] : kMap) {
      if (s.compare(k, full.size(), full) == 0) {
        v += half;
        k += full.size();
        done = true;
        break;
      }
    }
    if (!done) v += s[k++];
  }
  return v;
}

// Name forms: full, up, low, given, lgiven, fam, ufam, inv, ini, nat, nfam, ngiven, kana, reg (family
// name in capitals first), nlow (the native form in lower case: Latin and Cyrillic letters).
std::string nameForm(Random& r, const Person& p, L g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "up", "ini", "nat", "full", "nat"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return runningName(p, g);
  if (f == "up") return up38(runningName(p, g));
  if (f == "low") return low38(runningName(p, g));
  if (f == "given") return p.given;
  if (f == "lgiven") return low38(p.given);
  if (f == "fam") return patronymic(g) ? p.given : surnames(p);
  if (f == "ufam") return up38(patronymic(g) ? p.given : surnames(p));
  if (f == "reg") return familyFirst(g) ? up38(surnames(p)) + " " + p.given : up38(surnames(p)) + " " + p.given;
  if (f == "nat") return nativeName(p, g);
  if (f == "nlow") return low38(nativeName(p, g));
  if (f == "nfam") return p.nFamily;
  if (f == "ngiven") return p.nGiven;
  if (f == "kana") return p.kFamily + " " + p.kGiven;
  if (f == "ocr") return ocrGarble(r, runningName(p, g));
  if (f == "spaced") return spaced(up38(surnames(p)));
  if (f == "hwkana") return halfWidthKana(p.kFamily + " " + p.kGiven);
  if (f == "trunc") {  // a fixed-width field of 8 letters cuts the surname ("WASHINGT")
    const std::string u = up38(surnames(p));
    std::size_t k = 0, letters = 0;
    while (k < u.size() && letters < 8) {
      const auto c = static_cast<unsigned char>(u[k]);
      k += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      ++letters;
    }
    std::string v = u.substr(0, k);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\'' || v.back() == '-')) v.pop_back();
    return v;
  }
  if (f == "inv") {
    if (patronymic(g)) return up38(p.given) + " " + up38(surnames(p));
    return up38(surnames(p)) + ", " + p.given;
  }
  if (f == "ini") {
    if (familyFirst(g)) return surnames(p) + " " + firstLetter(p.given) + ".";
    if (patronymic(g)) return p.given + " " + firstLetter(p.family) + ".";
    return firstLetter(p.given) + ". " + surnames(p);
  }
  throw std::logic_error("unknown name form " + std::string(f));
}

// Values drawn from shapes: '#' a digit, '%' a digit 1-9, '&' a digit 2-9, '@' a capital letter
// (not I, O or Q), '^' a lower-case hex digit; everything else as written.
std::string shape(Random& r, std::string_view s) {
  std::string v;
  for (char c : s) {
    if (c == '#') v += static_cast<char>('0' + r.next() % 10);
    else if (c == '%') v += static_cast<char>('1' + r.next() % 9);
    else if (c == '&') v += static_cast<char>('2' + r.next() % 8);
    else if (c == '@') v += r.letters(1, true);
    else if (c == '^') v += "0123456789abcdef"[r.next() % 16];
    else v += c;
  }
  return v;
}
std::string oneOf(Random& r, std::span<const std::string_view> items) { return shape(r, r.pick(items)); }

struct Land {
  std::array<std::string_view, 2> phoneNat, phoneIntl;
  std::array<std::string_view, 4> addresses;
  std::array<std::string_view, 2> towns;
  std::string_view idCategory, id, card, passport, insurance, plate, reg;
  std::array<std::string_view, 3> dateStyles;
  std::string_view hisF, hisM, doctor, language;
};

// clang-format off
const Land kLand[kLands] = {
  // hi
  {{"9#### #####", "011-2### ####"}, {"+91 9#### #####", "+91 11 2### ####"},
   {"फ्लैट %0#, गोमती नगर, लखनऊ 226010", "House No. %##, Sector %#, Noida, Uttar Pradesh 201301", "%#/%, Civil Lines, Jaipur 302006", "ग्राम रामपुर, तहसील सदर, ज़िला वाराणसी"},
   {"Varanasi", "कानपुर"}, "mrn", "*aadhaar", "@@@@@%###@", "@%######", "PMJAY%########", "UP3% @@ %###", "UPMC/%####", {"dmy", "hi", "dash"}, "श्रीमती", "श्री", "डॉ.", "hi"},
  // ta
  {{"9#### #####", "044-2### ####"}, {"+91 9#### #####", "+91 44 2### ####"},
   {"%#, காந்தி தெரு, மயிலாப்பூர், சென்னை 600004", "No. %#, Anna Nagar East, Chennai 600102", "%#/%, Main Road, Tiruchirappalli 620001", "Door No. %#, Kamarajar Salai, Madurai 625009"},
   {"Coimbatore", "தஞ்சாவூர்"}, "mrn", "*aadhaar", "@@@@@%###@", "@%######", "CMCHIS%#######", "TN %# @@ %###", "TNMC %#####", {"dmy", "ta", "dash"}, "திருமதி", "திரு.", "டாக்டர்", "ta"},
  // pk
  {{"03## #######", "042-3#######"}, {"+92 3## #######", "+92 42 3#######"},
   {"مکان نمبر %#، گلی نمبر %، جوہر ٹاؤن، لاہور", "House %#, Street %#, F-7/2, Islamabad", "Flat %0#, Block %, Gulshan-e-Iqbal, Karachi", "محلہ قاضیاں، گوجرانوالہ"},
   {"Sialkot", "ملتان"}, "license", "%####-#######-#", "", "@@%######", "SEHAT%########", "LE@-%###", "%####-P", {"dmy", "ur", "dmon"}, "بیگم", "جناب", "ڈاکٹر", "ur"},
  // bd
  {{"01%##-######", "02-55######"}, {"+880 2 55## ####", "+880 31 ######"},
   {"বাড়ি %#, রোড %#, ধানমন্ডি, ঢাকা", "House %#, Road %#, Dhanmondi, Dhaka 1205", "গ্রাম চরপাড়া, উপজেলা সদর, জেলা ময়মনসিংহ", "Flat %@, House %#, Sector %, Uttara, Dhaka 1230"},
   {"Sylhet", "রাজশাহী"}, "license", "%#########", "", "@@%######", "", "DHAKA METRO-GA %#-%###", "A-%####", {"dmy", "bn", "dash"}, "জনাবা", "জনাব", "ডা.", "bn"},
  // lk
  {{"07# ### ####", "011 2## ####"}, {"+94 7# ### ####", "+94 11 2## ####"},
   {"No. %#, Galle Road, Colombo 03", "අංක %#, පන්සල පාර, මහනුවර", "%#/%, Temple Road, Nugegoda", "Walauwa Watta, Ambalangoda"},
   {"Kurunegala", "මාතර"}, "license", "*nic", "", "N%######", "", "WP @@@-%###", "%####", {"iso", "si", "dmy"}, "මහත්මිය", "මහතා", "වෛද්‍ය", "si"},
  // id
  {{"08##-####-####", "021-5###-####"}, {"+62 8##-###-####", "+62 21 5###-####"},
   {"Jl. Kebon Jeruk Raya No. %#, RT 00%/RW 0%, Kel. Kebon Jeruk, Jakarta Barat 11530", "Jl. Malioboro No. %##, Yogyakarta 55271", "Perum Griya Asri Blok @%/%#, Sidoarjo, Jawa Timur", "Desa Sukamaju RT 00%/RW 0%, Kec. Cibeber, Cianjur"},
   {"Bandung", "Makassar"}, "mrn", "*nik", "", "@%######", "000%#########", "B %### @@@", "%##/STR/%###", {"dmy", "id", "dash"}, "Ibu", "Bapak", "dr.", "id"},
  // my
  {{"01#-### ####", "03-#### ####"}, {"+60 1#-### ####", "+60 3-#### ####"},
   {"No. %#, Jalan SS 2/%#, 47300 Petaling Jaya, Selangor", "Lot %##, Kampung Baru Sungai Buloh, 47000 Selangor", "%#, Lorong Kenari %, Taman Melawati, 53100 Kuala Lumpur", "Kampung Pulau Melaka, 15400 Kota Bharu, Kelantan"},
   {"Kuala Terengganu", "Ipoh"}, "license", "*mykad", "", "@%#######", "MYSALAM%########", "W@@ %###", "MMC %####", {"dmy", "ms", "dash"}, "Puan", "Encik", "Dr.", "ms"},
  // mc
  {{"01#-### ####", "03-#### ####"}, {"+60 1#-### ####", "+60 3-#### ####"},
   {"%#, Jalan Bukit Bintang, 55100 Kuala Lumpur", "%#, Lorong Cempaka %, Taman Sri Tebrau, 80050 Johor Bahru", "槟城乔治市椰脚街%#号", "%#, Jalan Sultan Azlan Shah, 31400 Ipoh, Perak"},
   {"Penang", "古晋"}, "license", "*mykad", "", "@%#######", "MYSALAM%########", "P@@ %###", "MMC %####", {"dmy", "cnd", "iso"}, "Mdm", "Mr", "Dr.", "zhs"},
  // sg
  {{"9### ####", "6### ####"}, {"+65 9### ####", "+65 6### ####"},
   {"Blk %##, Ang Mo Kio Avenue %, #%#-%##, Singapore 56%###", "%# Tiong Bahru Road, #0%-%#, Singapore 16%###", "Blk %##@ Jurong West Street %#, Singapore 64%###", "%# Jalan Kayu, Singapore 79%###"},
   {"Tampines", "Woodlands"}, "license", "*nric", "", "K%######@", "MSL%#######", "S@@ %###@", "M%####@", {"dmy", "en", "iso"}, "Mdm", "Mr", "Dr", "en"},
  // cn
  {{"13# #### ####", "010-6### ####"}, {"+86 10 6### ####", "+86 21 5### ####"},
   {"北京市朝阳区建国路%#号院%号楼%单元%0#室", "上海市浦东新区张杨路%##弄%#号", "广东省广州市天河区天河路%##号", "四川省成都市武侯区人民南路四段%#号"},
   {"苏州", "西安"}, "license", "*cnid", "", "E%#######", "YB%#########", "京@ %####", "%##############", {"iso", "cnd", "cnd"}, "女士", "先生", "医生", "zhs"},
  // hk
  {{"9### ####", "2### ####"}, {"+852 9### ####", "+852 2### ####"},
   {"香港九龍旺角彌敦道%##號%樓@室", "Flat %@, %/F, Block %, Lek Yuen Estate, Sha Tin, N.T.", "新界元朗安寧路%#號", "%# Caine Road, Mid-Levels, Hong Kong"},
   {"Tuen Mun", "觀塘"}, "license", "*hkid", "", "K%#######", "", "@@ %###", "M%####", {"dmy", "cnd", "iso"}, "女士", "先生", "醫生", "zht"},
  // jp
  {{"090-####-####", "03-####-####"}, {"+81 90-####-####", "+81 3-####-####"},
   {"東京都世田谷区北沢%丁目%#番%号", "大阪府大阪市北区梅田%-%-%#", "北海道札幌市中央区北%条西%丁目%-%#", "福岡県福岡市博多区博多駅前%-%#-%#"},
   {"金沢市", "松本市"}, "mrn", "%### #### ####", "%###########", "@@%######", "%#######", "品川 3%# さ %#-%#", "%#####", {"reiwa", "jpd", "slash"}, "様", "様", "医師", "ja"},
  // kr
  {{"010-####-####", "02-###-####"}, {"+82 10-####-####", "+82 2-###-####"},
   {"서울특별시 강남구 테헤란로 %##, %0%호", "부산광역시 해운대구 해운대로 %##번길 %#", "경기도 성남시 분당구 정자일로 %#, %0#동 %0%호", "대구광역시 수성구 들안로 %##"},
   {"전주시", "춘천시"}, "mrn", "*rrn", "%#-%#-######-%#", "M%#######", "%##########", "%#가 %###", "%####", {"kod", "ymdot", "iso"}, "님", "님", "교수", "ko"},
  // sa
  {{"05# ### ####", "011 ### ####"}, {"+966 5# ### ####", "+966 11 ### ####"},
   {"%### King Fahd Rd, Al Olaya, Riyadh 12%##", "حي الروضة، شارع الأمير سلطان، جدة", "Building %###, Al Aziziyah District, Dammam 32%##", "حي الملز، شارع الجامعة، الرياض"},
   {"أبها", "Buraydah"}, "license", "1#########", "2#########", "@%######", "BUPA%#######", "%### @@@", "%#@@%####", {"hijri", "dmy", "iso"}, "السيدة", "السيد", "د.", "ar"},
  // eg
  {{"01# #### ####", "02 #### ####"}, {"+20 1# #### ####", "+20 2 #### ####"},
   {"%# شارع التحرير، الدقي، الجيزة", "%# Abbas El Akkad St., Nasr City, Cairo", "شقة %#، عمارة %#، شارع فؤاد، الإسكندرية", "قرية ميت رهينة، مركز البدرشين، الجيزة"},
   {"المنصورة", "Asyut"}, "mrn", "*egid", "", "A%#######", "UHIS%#########", "%### @@@", "%#####", {"dmy", "ar", "iso"}, "السيدة", "السيد", "د.", "ar"},
  // ma
  {{"06 ## ## ## ##", "05 22 ## ## ##"}, {"+212 6 ## ## ## ##", "+212 5 22 ## ## ##"},
   {"%#, Rue Ibn Batouta, Quartier Maârif, 20330 Casablanca", "درب السلطان، زنقة %#، رقم %#، الدار البيضاء", "Hay Riad, Secteur %#, Rabat 10100", "Douar Ait Ourir, Marrakech"},
   {"Fès", "طنجة"}, "license", "@@%#####", "", "@@%######", "%########", "%####-@-%", "%####", {"dmy", "ar", "fr"}, "Mme", "M.", "Dr", "ar"},
  // ir
  {{"09## ### ####", "021 #### ####"}, {"+98 9## ### ####", "+98 21 #### ####"},
   {"تهران، خیابان ولیعصر، کوچه %#، پلاک %#، واحد %", "Tehran, Valiasr St., Alley %#, No. %#", "اصفهان، خیابان چهارباغ عباسی، پلاک %##", "مشهد، بلوار وکیل‌آباد، کوچه %#"},
   {"شیراز", "Tabriz"}, "mrn", "%##-######-#", "", "@%#######", "%###########", "%#@%##-%#", "%#####", {"jalali", "jalali", "iso"}, "خانم", "آقای", "دکتر", "fa"},
  // ge
  {{"5## ## ## ##", "032 2## ## ##"}, {"+995 5## ## ## ##", "+995 32 2## ## ##"},
   {"თბილისი, ჭავჭავაძის გამზ. %#, ბ. %#", "Tbilisi, Rustaveli Ave. %#, apt. %#", "ბათუმი, გორგილაძის ქ. %#", "Kutaisi, Tsereteli St. %#"},
   {"Gori", "თელავი"}, "mrn", "%##########", "%#@@%####", "%#@@%####", "GPI%#######", "@@-%##-@@", "MD-%#####", {"dot", "ka", "dot"}, "ქალბატონი", "ბატონი", "ექიმი", "ka"},
  // am
  {{"09# ######", "010 ## ## ##"}, {"+374 9# ######", "+374 10 ## ## ##"},
   {"Երևան, Մաշտոցի պող. %#, բն. %#", "Yerevan, Abovyan St. %#, apt. %#", "Գյումրի, Ռիժկովի փ. %#", "Vanadzor, Tigran Mets St. %#"},
   {"Dilijan", "Աշտարակ"}, "mrn", "%#########", "@@%######", "@@%######", "ARM%#######", "%# @@ %##", "%#####", {"dot", "hy", "dot"}, "տիկին", "պարոն", "բժիշկ", "hy"},
  // kz
  {{"8 7## ### ## ##", "8 727 ### ## ##"}, {"+7 7## ### ## ##", "+7 727 ### ## ##"},
   {"г. Алматы, пр. Абая, д. %#, кв. %#", "Astana, Kabanbay Batyr Ave. %#, apt. %##", "Шымкент қ., Тәуке хан даңғылы %#", "с. Талгар, ул. Лермонтова, %#"},
   {"Караганда", "Aktobe"}, "mrn", "*iin", "0%#######", "N%#######", "OSMS%#########", "%##@@@0%", "%#####", {"dot", "kk", "dot"}, "г-жа", "г-н", "врач", "kk"},
  // ru
  {{"8 (9##) ###-##-##", "8 (495) ###-##-##"}, {"+7 9## ###-##-##", "+7 495 ###-##-##"},
   {"г. Москва, ул. Профсоюзная, д. %#, кв. %##", "Saint Petersburg, Nevsky pr. %#, apt. %#", "г. Казань, ул. Баумана, д. %#", "Новосибирская обл., с. Кочки, ул. Советская, д. %#"},
   {"Тверь", "Yaroslavl"}, "mrn", "%##-###-### ##", "%# %# %#####", "%# %######", "%###############", "@%##@@ 77", "%#####", {"dot", "ru", "dot"}, "г-жа", "г-н", "врач", "ru"},
  // ke
  {{"07## ######", "020 #######"}, {"+254 7## ######", "+254 20 #######"},
   {"Kilimani, Argwings Kodhek Rd, House %#, Nairobi", "P.O. Box %###-00100, Nairobi", "Nyalenda B, Kisumu", "Plot %##, Moi Avenue, Mombasa"},
   {"Nakuru", "Eldoret"}, "license", "%#######", "", "@@%######", "SHA%#########", "K@@ %##@", "A%###", {"dmy", "sw", "dmy"}, "Bi.", "Bw.", "Dkt.", "sw"},
  // ng
  {{"080# ### ####", "01 ### ####"}, {"+234 1 ### ####", "+234 9 ### ####"},
   {"%# Adeola Odeku Street, Victoria Island, Lagos", "No. %#, Ahmadu Bello Way, Kaduna", "%# Okigwe Road, Owerri, Imo State", "Plot %##, Gwarinpa Estate, Abuja"},
   {"Ibadan", "Enugu"}, "mrn", "%##########", "", "A%#######", "NHIA%#######", "@@@-%##@@", "MDCN/R/%####", {"dmy", "en", "enth"}, "Mrs", "Mr", "Dr", "en"},
  // rw
  {{"078# ### ###", "0252 ### ###"}, {"+250 78# ### ###", "+250 252 ### ###"},
   {"KG %## St, Kimironko, Gasabo, Kigali", "Umudugudu wa Rugando, Akagari ka Kimihurura, Gasabo", "KN %# Ave, Nyarugenge, Kigali", "Akarere ka Huye, Umurenge wa Ngoma"},
   {"Musanze", "Rubavu"}, "license", "1 %### % ####### # ##", "", "PC%#####", "CBHI%#########", "R@@ %##@", "RMDC/%###", {"dmy", "fr", "dot"}, "Mme", "M.", "Dr", "fr"},
  // br
  {{"(11) 9####-####", "(21) 3###-####"}, {"+55 11 3###-####", "+55 21 2###-####"},
   {"Rua Augusta, %##, apto %#, Consolação, São Paulo - SP, 01305-###", "Av. Nossa Senhora de Copacabana, %##, Rio de Janeiro - RJ", "Rua da Aurora, %##, Boa Vista, Recife - PE", "Sítio Boa Esperança, zona rural, Quixadá - CE"},
   {"Campinas", "Juazeiro do Norte"}, "mrn", "%##.###.###-##", "%#.###.###-#", "@@%#####", "7## #### #### ####", "@@@%@%#", "CRM-SP %#####", {"dmy", "pt", "dmy"}, "Sra.", "Sr.", "Dr.", "pt"},
  // mx
  {{"55 #### ####", "33 #### ####"}, {"+52 55 #### ####", "+52 81 #### ####"},
   {"Calle Durango %##, int. %, Col. Roma Norte, 06700 Ciudad de México", "Av. Vallarta %###, Col. Americana, Guadalajara, Jal.", "Privada de los Pinos %#, Col. Centro, Oaxaca de Juárez", "Ejido San Isidro, Municipio de Tlaxco, Tlaxcala"},
   {"Puebla", "Mérida"}, "mrn", "*curp", "@@@@@@%#######@%##", "G%#######", "%#-%#-%#-####-#", "@@@-%##-@", "%######", {"dmy", "es", "dash"}, "Sra.", "Sr.", "Dr.", "es"},
  // pe
  {{"9## ### ###", "(01) ### ####"}, {"+51 9## ### ###", "+51 1 ### ####"},
   {"Jr. Huallaga %##, Cercado de Lima, Lima", "Av. Arequipa %###, dpto. %0%, Lince, Lima", "Calle Mercaderes %##, Arequipa", "Comunidad Campesina de Chinchero, Urubamba, Cusco"},
   {"Huancayo", "Puno"}, "license", "%#######", "", "%#######", "SIS%#######", "@%@-%##", "CMP %####", {"dmy", "es", "dmy"}, "Sra.", "Sr.", "Dr.", "es"},
  // es
  {{"6## ## ## ##", "91 ### ## ##"}, {"+34 6## ## ## ##", "+34 93 ### ## ##"},
   {"C/ de Sants %##, %º %ª, 08014 Barcelona", "Calle de Alcalá %##, 28009 Madrid", "Avda. de la Constitución %#, 41001 Sevilla", "Barrio Etxebarri %#, 48340 Amorebieta"},
   {"Cáceres", "Lugo"}, "license", "*nie", "%#######@", "@@@%#####", "@@@@%#########", "%### @@@", "28/28/%####", {"dmy", "es", "dash"}, "Sra.", "Sr.", "Dr.", "es"},
  // fr
  {{"06 ## ## ## ##", "01 ## ## ## ##"}, {"+33 6 ## ## ## ##", "+33 1 ## ## ## ##"},
   {"%# rue de la Roquette, 75011 Paris", "%# avenue Jean Jaurès, 69007 Lyon", "Lieu-dit La Grange, 24200 Sarlat-la-Canéda", "Résidence Les Tilleuls, bât. @, %# bd de la Liberté, 59000 Lille"},
   {"Quimper", "Montauban"}, "mrn", "*nir", "@@@@%####", "%#@@%####", "MUT%#######", "@@-%##-@@", "10%#########", {"dmy", "fr", "dmy"}, "Mme", "M.", "Dr", "fr"},
  // de
  {{"01## #######", "030 ########"}, {"+49 30 ########", "+49 89 #######"},
   {"Schönhauser Allee %##, 10437 Berlin", "Am Markt %#, 01067 Dresden", "Hauptstraße %#, 69117 Heidelberg", "Dorfstraße %#, 17219 Möllenhagen"},
   {"Gütersloh", "Bamberg"}, "health_plan", "@%########", "@%@%#####", "C%#######", "@%########", "@-@@ %###", "%########", {"dot", "de", "dot"}, "Frau", "Herr", "Dr. med.", "de"},
  // nl
  {{"06-########", "020-#######"}, {"+31 6 ########", "+31 20 #######"},
   {"Prinsengracht %##-@, 1016 @@ Amsterdam", "Oudegracht %##, 3511 @@ Utrecht", "Dorpsstraat %#, 9951 @@ Winsum", "Kerkstraat %#, 5211 @@ 's-Hertogenbosch"},
   {"Zwolle", "Deventer"}, "mrn", "%########", "@@@@%####", "@@%######", "%########", "@@-%##-@", "%##########", {"dash", "nl", "dash"}, "mevr.", "dhr.", "dr.", "nl"},
  // se
  {{"07#-### ## ##", "08-### ### ##"}, {"+46 7# ### ## ##", "+46 8 ### ### ##"},
   {"Götgatan %#, 116 46 Stockholm", "Storgatan %#, 903 26 Umeå", "Kungsportsavenyn %#, 411 36 Göteborg", "Byvägen %#, 840 80 Lillhärdal"},
   {"Kiruna", "Visby"}, "mrn", "*pnr", "", "%#######", "", "@@@ %#@", "%######", {"iso", "sv", "iso"}, "fru", "herr", "leg. läk.", "sv"},
  // no
  {{"4## ## ###", "22 ## ## ##"}, {"+47 4## ## ###", "+47 22 ## ## ##"},
   {"Thorvald Meyers gate %#, 0555 Oslo", "Bryggen %#, 5003 Bergen", "Storgata %#, 9008 Tromsø", "Gårdsvegen %#, 2640 Vinstra"},
   {"Bodø", "Hamar"}, "mrn", "*fnr", "", "@@%######", "", "@@ %####", "%######", {"dot", "nb", "dot"}, "fru", "herr", "lege", "nb"},
  // ee
  {{"5### ####", "6## ####"}, {"+372 5### ####", "+372 6## ####"},
   {"Narva mnt %#-%#, 10117 Tallinn", "Rüütli %#, 51007 Tartu", "Pärnu mnt %##, 80010 Pärnu", "Kuressaare, Lossi %#"},
   {"Viljandi", "Narva"}, "mrn", "*ik", "@@%######", "K%######", "", "%## @@@", "D%####", {"dot", "et", "dot"}, "pr", "hr", "dr", "et"},
  // au
  {{"04## ### ###", "(02) #### ####"}, {"+61 4## ### ###", "+61 2 #### ####"},
   {"%# Smith Street, Fitzroy VIC 3065", "Unit %, %# Beach Road, Bondi NSW 2026", "%# Stuart Highway, Alice Springs NT 0870", "Lot %#, Kalgoorlie WA 6430"},
   {"Dubbo", "Broken Hill"}, "health_plan", "%### ##### %", "%########", "P@%######", "%### ##### %", "%@@ %@@", "MED000%######", {"dmy", "en", "dmy"}, "Mrs", "Mr", "Dr", "en"},
  // uk
  {{"07### ######", "020 #### ####"}, {"+44 7### ######", "+44 161 ### ####"},
   {"%# Coronation Street, Salford M5 %@@", "Flat %, %# Albert Road, Leeds LS6 %@@", "%# Station Road, Bishop's Stortford CM23 %@@", "Rose Cottage, Church Lane, Ambleside LA22 %@@"},
   {"Wigan", "Barnsley"}, "mrn", "%## ### ####", "@@@@@%#####@@%@@", "%########", "", "@@%# @@@", "%######", {"dmy", "en", "enth"}, "Mrs", "Mr", "Dr", "en"},
  // qc
  {{"(514) &##-####", "418-&##-####"}, {"+1 514 &##-####", "+1 819 &## ####"},
   {"%### rue Saint-Denis, app. %, Montréal (Québec) H2X %@%", "%# rue des Érables, Rimouski (Québec) G5L %@%", "%## boul. Talbot, Chicoutimi QC G7H %@%", "Rang Saint-Joseph, Saint-Élie-de-Caxton QC G0X 2N0"},
   {"Trois-Rivières", "Sherbrooke"}, "health_plan", "*ramq", "@####-######-##", "@@%#####", "", "@%# @@@", "%####", {"iso", "fr", "iso"}, "Mme", "M.", "Dr", "fr"},
  // us
  {{"(&##) &##-####", "&##-&##-####"}, {"+1 &##-&##-####", "+1 &## &## ####"},
   {"", "", "", ""}, {"Bluefield, WV", "Hazard, KY"},
   "ssn", "", "D###-####-####", "5########", "", "%@@@###", "MD#######", {"mdy", "long", "mdy"}, "Mrs.", "Mr.", "Dr.", "en"},
  // ie
  {{"(01) 4## ####", "(021) ## ####"}, {"+353 1 4## ####", "+353 21 ### ####"},
   {"%# Rathgar Road, Dublin 6", "Ballyvourney, Co. Cork", "%# Main Street, Ennistymon, Co. Clare", "Knockanure, Listowel, Co. Kerry"},
   {"Tralee", "Mullingar"}, "mrn", "%######@", "@@%######", "P@%######", "%########", "8#-D-%###", "IMC %####", {"dmy", "enth", "dmyy"}, "Mrs", "Mr", "Dr", "en"},
  // nz
  {{"(09) ### ####", "(04) ### ####"}, {"+64 9 ### ####", "+64 4 ### ####"},
   {"%# Ponsonby Road, Auckland 1011", "R.D. %, Kaitaia", "%# Cuba Street, Te Aro, Wellington 6011", "Box %#, Ruatoria"},
   {"Gisborne", "Whanganui"}, "mrn", "@@@%###", "DL @@%#####", "L@%#####", "ACC%######", "@@%###", "MCNZ %####", {"dmy", "en", "dmyy"}, "Mrs", "Mr", "Dr", "en"},
  // za
  {{"(021) ### ####", "(011) ### ####"}, {"+27 21 ### ####", "+27 11 ### ####"},
   {"%# Long Street, Cape Town 8001", "Stand %##, Zone %, Soweto", "Plaas Rietfontein, Graaff-Reinet", "%# Voortrekker Road, Bellville 7530"},
   {"Kimberley", "Umtata"}, "license", "%#####%######", "", "M%#######", "%########", "C@ %####", "MP %######", {"slash", "dmy", "en"}, "Mrs", "Mr", "Dr", "en"},
  // jm
  {{"9##-####", "(876) 9##-####"}, {"+1 876 9##-####", "+1 876 9## ####"},
   {"%# Hope Road, Kingston 6", "Top District, Mocho P.A., Clarendon", "%# Barnett Street, Montego Bay", "Lot %#, Spanish Town Road, Kingston 11"},
   {"Mandeville", "Port Antonio"}, "license", "%##-###-###", "@######", "@%#######", "NHF%#######", "%###@@", "MCJ %###", {"dmy", "enth", "mdy"}, "Mrs.", "Mr.", "Dr.", "en"},
  // be
  {{"(02) ### ## ##", "(09) ### ## ##"}, {"+32 2 ### ## ##", "+32 9 ### ## ##"},
   {"Rue du Midi %#, 1000 Bruxelles", "Kerkstraat %#, 9000 Gent", "Rue de la Station %#, 4000 Liège", "Dorpsplein %, 8640 Vleteren"},
   {"Namur", "Brugge"}, "mrn", "*rrnbe", "%##-#######-##", "@@%######", "%##/######", "@@@-%##", "1-%####-##-%##", {"dmy", "frold", "roman"}, "Mme", "M.", "Dr", "fr"},
  // at
  {{"(0222) ## ## ##", "(0662) ## ## ##"}, {"+43 1 ### ## ##", "+43 662 ## ## ##"},
   {"Favoritenstraße %#/%/%#, 1100 Wien", "Getreidegasse %#, 5020 Salzburg", "Dorf %#, 6481 St. Leonhard im Pitztal", "Hauptplatz %#, 8010 Graz"},
   {"Innsbruck", "Linz"}, "health_plan", "*svnr", "@%######", "P%#######", "%#########", "W-%####@", "%#####", {"dot", "deold", "roman"}, "Frau", "Herr", "Dr.", "de"},
  // it
  {{"(06) ######", "(081) ######"}, {"+39 06 ########", "+39 081 #######"},
   {"Via Appia Nuova %##, 00183 Roma", "Vico Lungo Gelso %#, 80134 Napoli", "Corso Vittorio Emanuele %#, 90133 Palermo", "Contrada San Leonardo, Matera"},
   {"Caltanissetta", "Benevento"}, "mrn", "*cf", "@@%######", "@@%######", "USL %##/######", "MI %#####", "Ordine n. %####", {"dmy", "it", "roman"}, "Sig.ra", "Sig.", "Dott.", "it"},
  // pt
  {{"(01) ### ## ##", "(02) ### ## ##"}, {"+351 21 ### ####", "+351 22 ### ####"},
   {"Rua da Madalena %##, 1100-### Lisboa", "Rua de Santa Catarina %##, Porto", "Lugar de Cabeçais, Fafe", "Travessa do Poço %#, 8000 Faro"},
   {"Viseu", "Bragança"}, "mrn", "%########", "%#######", "@%######", "ADSE %########", "##-##-@@", "OM %####", {"dmy", "pt", "dash"}, "Sra.", "Sr.", "Dr.", "pt"},
  // ar
  {{"(01) 4##-####", "(0341) ##-####"}, {"+54 11 4###-####", "+54 341 ###-####"},
   {"Av. Rivadavia %###, 1º B, C1406 Buenos Aires", "Calle San Martín %##, Rosario", "Pasaje Los Álamos %#, San Miguel de Tucumán", "Paraje El Simbolar, Santiago del Estero"},
   {"Mendoza", "Bahía Blanca"}, "license", "%#.###.###", "", "%#######@", "PAMI %##########", "@ %######", "MN %#####", {"dmy", "es", "dmyy"}, "Sra.", "Sr.", "Dr.", "es"},
  // dk
  {{"## ## ## ##", "(01) ## ## ##"}, {"+45 ## ## ## ##", "+45 33 ## ## ##"},
   {"Nørrebrogade %#, 2200 København N", "Vestergade %#, 8000 Aarhus C", "Bygaden %#, 6270 Tønder", "Skovvej %#, 9850 Hirtshals"},
   {"Esbjerg", "Viborg"}, "mrn", "*cpr", "", "%########", "", "@@ %# %##", "AUT %####", {"dash", "da", "dot"}, "fru", "hr.", "læge", "da"},
  // pl
  {{"(022) ## ## ##", "(012) ### ## ##"}, {"+48 22 ### ## ##", "+48 12 ### ## ##"},
   {"ul. Marszałkowska %#, m. %#, 00-624 Warszawa", "ul. Floriańska %#, 31-019 Kraków", "wieś Zalesie %#, gm. Łochów", "os. Piastów %#/%#, 61-720 Poznań"},
   {"Białystok", "Rzeszów"}, "mrn", "*pesel", "@@@ %#####", "@@%######", "%#####", "W@ %####", "PWZ %######", {"dot", "pl", "roman"}, "Pani", "Pan", "lek.", "pl"},
  // gr
  {{"(01) ### ####", "(031) ### ###"}, {"+30 210 ### ####", "+30 2310 ### ###"},
   {"Οδός Πατησίων %#, 112 57 Αθήνα", "Egnatia %##, 546 30 Thessaloniki", "Χωριό Ανώγεια, Ρέθυμνο", "Odos Ermou %#, 105 63 Athens"},
   {"Ioannina", "Λάρισα"}, "mrn", "*amka", "@ %#####", "@@%######", "IKA %#######", "@@@-%###", "ΙΣΑ %####", {"dmy", "dot", "dmyy"}, "κα", "κ.", "Dr", "el"},
  // tr
  {{"(0212) ### ## ##", "(0312) ### ## ##"}, {"+90 212 ### ## ##", "+90 312 ### ## ##"},
   {"Bağdat Cad. No: %#, Kadıköy, İstanbul", "Atatürk Bulvarı No: %##, Çankaya, Ankara", "Yeni Mah. %#. Sok. No: %, Trabzon", "Köprübaşı Köyü, Bergama, İzmir"},
   {"Konya", "Erzurum"}, "mrn", "%##########", "@%######", "U%#######", "SSK %#########", "34 @@ %##", "%#####", {"dot", "tr", "dmy"}, "Bayan", "Bay", "Dr.", "tr"},
  // il
  {{"(03) ###-####", "(02) ###-####"}, {"+972 3 ###-####", "+972 2 ###-####"},
   {"רחוב הרצל %#, תל אביב", "Rehov Jaffa %#, Jerusalem", "מושב נהלל, עמק יזרעאל", "%# Ben Yehuda St., Haifa"},
   {"Beersheba", "טבריה"}, "license", "%########", "", "%########", "%########", "%#-###-##", "%#####", {"dot", "dmy", "dmyy"}, "גב'", "מר", "ד\"ר", "he"},
  // ph
  {{"(02) 8##-####", "(032) ###-####"}, {"+63 2 8###-####", "+63 32 ###-####"},
   {"%# Kalayaan Ave., Diliman, Quezon City", "Purok %, Barangay San Isidro, Tarlac", "%# Colon St., Cebu City", "Sitio Malinis, Brgy. Poblacion, Vigan"},
   {"Dagupan", "Iloilo"}, "health_plan", "%#-#########-#", "%#-#######-#", "@@%######", "", "@@@ %##", "PRC %######", {"mdy", "long", "mdyy"}, "Mrs.", "Mr.", "Dr.", "en"},
  // ca
  {{"(416) &##-####", "(204) &##-####"}, {"+1 416 &##-####", "+1 902 &## ####"},
   {"%# Bloor St W, Apt %#, Toronto ON M5S %@%", "R.R. %, Antigonish NS", "Box %##, Gimli MB", "%# Portage Ave, Winnipeg MB R3B %@%"},
   {"Sudbury", "Moose Jaw"}, "health_plan", "%###-###-###-@@", "%## ### ###", "@@%######", "", "@@@@ %##", "CPSO %#####", {"iso", "long", "mdy"}, "Mrs.", "Mr.", "Dr.", "en"},
};
// clang-format on

const Land& land(L g) { return kLand[static_cast<std::size_t>(g)]; }

std::string phoneOf(Random& r, L g, int intl) {  // 1 international, 0 national, -1 either
  const Land& l = land(g);
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  return shape(r, (i ? l.phoneIntl : l.phoneNat)[r.next() % 2]);
}

std::string phone7(Random& r, L g) {
  switch (g) {
    case L::ee: return shape(r, "6## ####");
    case L::ng: return shape(r, "### ####");
    default: return shape(r, "&##-####");
  }
}

std::string machinePhone(Random& r, L g) {
  std::string v = phoneOf(r, g, 1), out;
  for (char c : v) {
    if ((c >= '0' && c <= '9') || c == '+') out += c;
  }
  return out;
}

std::string addressOf(Random& r, L g) { return shape(r, land(g).addresses[r.next() % 4]); }

// ---------------------------------------------------------------------------------------------
// Dates.
using Months = std::array<std::string_view, 12>;
constexpr Months kEn = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
constexpr Months kHi = {"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"};
constexpr Months kTa = {"ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"};
constexpr Months kUr = {"جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"};
constexpr Months kBn = {"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};
constexpr Months kSi = {"ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"};
constexpr Months kId = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
constexpr Months kMs = {"Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"};
constexpr Months kAr = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr Months kKa = {"იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"};
constexpr Months kHy = {"հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"};
constexpr Months kKk = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};
constexpr Months kRu = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"};
constexpr Months kSw = {"Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"};
constexpr Months kPt = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
constexpr Months kEs = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr Months kFr = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr Months kDe = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr Months kNl = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"};
constexpr Months kSv = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"};
constexpr Months kNb = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"};
constexpr Months kIt = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"};
constexpr Months kPl = {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"};
constexpr Months kDa = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"};
constexpr Months kTr = {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"};
// Old German (typewriter-era) and old French month abbreviations, Roman-numeral months.
constexpr Months kDeOld = {"Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."};
constexpr Months kFrOld = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."};
constexpr Months kRoman = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
constexpr Months kStampMon = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr Months kEt = {"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"};

struct Date {
  int y = 2024, m = 1, d = 1;
};

int dayOfYear(const Date& t) {
  static constexpr int kCum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  return kCum[t.m - 1] + t.d;
}

// The arithmetic Islamic calendar (civil epoch), from the Julian day number.
Date hijri(const Date& t) {
  const int a = (14 - t.m) / 12, y = t.y + 4800 - a, m = t.m + 12 * a - 3;
  const int jd = t.d + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
  int l = jd - 1948440 + 10632;
  const int n = (l - 1) / 10631;
  l = l - 10631 * n + 354;
  const int j = ((10985 - l) / 5316) * ((50 * l) / 17719) + (l / 5670) * ((43 * l) / 15238);
  l = l - ((30 - j) / 15) * ((17719 * j) / 50) - (j / 16) * ((15238 * j) / 43) + 29;
  const int hm = (24 * l) / 709;
  const int hd = l - (709 * hm) / 24;
  return {30 * n + j - 30, hm, hd};
}

// An approximation of the Solar Hijri date (new year taken as 21 March; fine for synthetic text).
Date jalali(const Date& t) {
  int since = dayOfYear(t) - 80;  // 21 March is day 80 of a common year
  int jy = t.y - 621;
  if (since < 0) since += 365, jy -= 1;
  int jm = 1;
  while (true) {
    const int len = jm <= 6 ? 31 : jm <= 11 ? 30 : 29;
    if (since < len || jm == 12) break;
    since -= len;
    ++jm;
  }
  return {jy, jm, std::min(since + 1, 31)};
}

std::string japaneseEra(const Date& t) {
  const std::string md = std::to_string(t.m) + "月" + std::to_string(t.d) + "日";
  if (t.y >= 2019) return "令和" + (t.y == 2019 ? std::string("元") : std::to_string(t.y - 2018)) + "年" + md;
  if (t.y >= 1989) return "平成" + std::to_string(t.y - 1988) + "年" + md;
  if (t.y >= 1926) return "昭和" + std::to_string(t.y - 1925) + "年" + md;
  return "大正" + std::to_string(t.y - 1911) + "年" + md;
}

std::string dateText(const Date& t, std::string_view s) {
  const auto i = static_cast<std::size_t>(t.m - 1);
  const std::string y = std::to_string(t.y), d = std::to_string(t.d), m = std::to_string(t.m), dd = twoDigits(t.d), mm = twoDigits(t.m);
  auto named = [&](const Months& ms) { return d + " " + std::string(ms[i]) + " " + y; };
  auto dotted = [&](const Months& ms) { return d + ". " + std::string(ms[i]) + " " + y; };
  if (s == "dmyy") return dd + "/" + mm + "/" + twoDigits(t.y % 100);
  if (s == "dotyy") return dd + "." + mm + "." + twoDigits(t.y % 100);
  if (s == "roman") return d + "." + std::string(kRoman[i]) + "." + y;
  if (s == "deold") return d + ". " + std::string(kDeOld[i]) + " " + y;
  if (s == "frold") return d + " " + std::string(kFrOld[i]) + " " + y;
  if (s == "stampd") return dd + " " + std::string(kStampMon[i]) + " " + y;
  if (s == "it") return named(kIt);
  if (s == "pl") return d + " " + std::string(kPl[i]) + " " + y;
  if (s == "da") return d + ". " + std::string(kDa[i]) + " " + y;
  if (s == "tr") return named(kTr);
  if (s == "mdy") return mm + "/" + dd + "/" + y;
  if (s == "mdyy") return mm + "/" + dd + "/" + twoDigits(t.y % 100);
  if (s == "long") return std::string(kEn[i]) + " " + d + ", " + y;
  if (s == "iso") return y + "-" + mm + "-" + dd;
  if (s == "compact") return y + mm + dd;
  if (s == "dmy") return dd + "/" + mm + "/" + y;
  if (s == "dash") return dd + "-" + mm + "-" + y;
  if (s == "dot") return dd + "." + mm + "." + y;
  if (s == "slash") return y + "/" + mm + "/" + dd;
  if (s == "ymdot") return y + "." + mm + "." + dd;
  if (s == "md") return m + "/" + d;
  if (s == "dm") return d + "/" + m;
  if (s == "dmon") return dd + "-" + std::string(kEn[i].substr(0, 3)) + "-" + y;
  if (s == "en") return named(kEn);
  if (s == "enth") {
    const char* suffix = (t.d % 10 == 1 && t.d != 11) ? "st" : (t.d % 10 == 2 && t.d != 12) ? "nd" : (t.d % 10 == 3 && t.d != 13) ? "rd" : "th";
    return d + suffix + " " + std::string(kEn[i]) + " " + y;
  }
  if (s == "hi") return named(kHi);
  if (s == "ta") return named(kTa);
  if (s == "ur") return named(kUr);
  if (s == "bn") return named(kBn);
  if (s == "si") return y + " " + std::string(kSi[i]) + " " + d;
  if (s == "id") return named(kId);
  if (s == "ms") return named(kMs);
  if (s == "ar") return named(kAr);
  if (s == "ka") return named(kKa);
  if (s == "hy") return named(kHy);
  if (s == "kk") return y + " жылғы " + d + " " + std::string(kKk[i]);
  if (s == "ru") return named(kRu);
  if (s == "sw") return named(kSw);
  if (s == "pt") return d + " de " + std::string(kPt[i]) + " de " + y;
  if (s == "es") return d + " de " + std::string(kEs[i]) + " de " + y;
  if (s == "fr") return t.d == 1 ? "1er " + std::string(kFr[i]) + " " + y : named(kFr);
  if (s == "de") return dotted(kDe);
  if (s == "nl") return named(kNl);
  if (s == "sv") return named(kSv);
  if (s == "nb") return dotted(kNb);
  if (s == "et") return dotted(kEt);
  if (s == "cnd" || s == "jpd") return y + "年" + m + "月" + d + "日";
  if (s == "kod") return y + "년 " + m + "월 " + d + "일";
  if (s == "reiwa") return japaneseEra(t);
  if (s == "hijri") {
    const Date h = hijri(t);
    return std::to_string(h.y) + "/" + twoDigits(h.m) + "/" + twoDigits(h.d);
  }
  if (s == "jalali") {
    const Date h = jalali(t);
    return std::to_string(h.y) + "/" + twoDigits(h.m) + "/" + twoDigits(h.d);
  }
  throw std::logic_error("unknown date style " + std::string(s));
}

// Personal numbers computed from the birth date rather than shaped.
std::string personalNumber(Random& r, L g, bool female, const Date& b) {
  const std::string spec(land(g).id);
  const std::string yy = twoDigits(b.y % 100), mm = twoDigits(b.m), dd = twoDigits(b.d), yyyy = std::to_string(b.y);
  if (spec == "*aadhaar") return shape(r, "&### #### ####");
  if (spec == "*nic") return yyyy + twoDigits(r.between(1, 36)) + std::to_string(r.between(1, 3)) + r.digits(5);
  if (spec == "*nik") return shape(r, "3%####") + twoDigits(b.d + (female ? 40 : 0)) + mm + yy + r.digits(4);
  if (spec == "*mykad") return yy + mm + dd + "-" + twoDigits(r.between(1, 16)) + "-" + r.digits(3) + std::to_string(female ? 2 * r.between(0, 4) : 2 * r.between(0, 4) + 1);
  if (spec == "*nric") return std::string(b.y >= 2000 ? "T" : "S") + yy + r.digits(5) + r.letters(1, true);
  if (spec == "*cnid") return shape(r, "%#####") + yyyy + mm + dd + r.digits(3) + (r.chance(0.1) ? "X" : r.digits(1));
  if (spec == "*hkid") return r.letters(1, true) + r.digits(6) + "(" + r.digits(1) + ")";
  if (spec == "*rrn") return yy + mm + dd + "-" + std::to_string(b.y >= 2000 ? (female ? 4 : 3) : (female ? 2 : 1)) + r.digits(6);
  if (spec == "*egid") return std::string(b.y >= 2000 ? "3" : "2") + yy + mm + dd + twoDigits(r.between(1, 35)) + r.digits(4) + r.digits(1);
  if (spec == "*iin") return yy + mm + dd + std::to_string(b.y >= 2000 ? (female ? 6 : 5) : (female ? 4 : 3)) + r.digits(5);
  if (spec == "*curp") return r.letters(4, true) + yy + mm + dd + (female ? "M" : "H") + r.letters(5, true) + r.digits(2);
  if (spec == "*nie") return std::string(1, "XYZ"[r.next() % 3]) + r.digits(7) + r.letters(1, true);
  if (spec == "*nir") return std::string(female ? "2" : "1") + " " + yy + " " + mm + " " + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) + " " + r.digits(2);
  if (spec == "*pnr") return yyyy + mm + dd + "-" + r.digits(4);
  if (spec == "*fnr") return dd + mm + yy + " " + r.digits(5);
  if (spec == "*ik") return std::to_string(b.y >= 2000 ? (female ? 6 : 5) : (female ? 4 : 3)) + yy + mm + dd + r.digits(4);
  if (spec == "*ramq") return shape(r, "@@@@ ") + yy + twoDigits(b.m + (female ? 50 : 0)) + " " + dd + r.digits(2);
  if (spec == "*rrnbe") return yy + "." + mm + "." + dd + "-" + r.digits(3) + "." + r.digits(2);
  if (spec == "*svnr") return shape(r, "%### ") + dd + mm + yy;
  if (spec == "*cf") return r.letters(6, true) + yy + std::string(1, "ABCDEHLMPRST"[b.m - 1]) + twoDigits(b.d + (female ? 40 : 0)) + r.letters(1, true) + r.digits(3) + r.letters(1, true);
  if (spec == "*cpr") return dd + mm + yy + "-" + r.digits(4);
  if (spec == "*pesel") return yy + mm + dd + r.digits(5);
  if (spec == "*amka") return dd + mm + yy + r.digits(5);
  if (g == L::us) return shape(r, "%##-##-####");
  return shape(r, spec);
}

// The cast of a patient's notes: the same for every note of one patient from one country.
struct Cast {
  L g = L::us;
  Person pt, kin;
  std::array<Person, 4> staff;  // s1 the doctor, s2 a tele-nurse or technician (a woman), s3 a pharmacist, s4 anyone
  Date born;
  int age = 60;
  std::string home, street, city, state, zip;
  std::size_t rel = 0;
};

Cast castOf(std::uint64_t seed, std::size_t patientIndex, L g) {
  Random r((seed ^ 0x3838ULL) * 0xbf58476d1ce4e5b9ULL + (patientIndex + 7) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(g) * 0x94d049bb133111ebULL);
  r.next();
  Cast c;
  c.g = g;
  c.pt = drawPerson(r, g);
  do c.kin = drawPerson(r, g);
  while (c.kin.given == c.pt.given);
  if (r.chance(0.55) && g != L::my) {
    setFamily(c.kin, g, c.pt.familyIndex);
    c.kin.family2 = c.pt.family2;
  }
  for (std::size_t k = 0; k < 4; ++k) {
    for (int tries = 0; tries < 20; ++tries) {
      c.staff[k] = drawPerson(r, g);
      bool clash = c.staff[k].given == c.pt.given || c.staff[k].given == c.kin.given || (k == 1 && !c.staff[k].female);
      for (std::size_t j = 0; j < k; ++j) clash = clash || c.staff[j].given == c.staff[k].given;
      if (!clash) break;
    }
  }
  c.age = r.chance(0.4) ? r.between(90, 103) : r.between(23, 89);
  c.born = {2025 - c.age, r.between(1, 12), r.between(1, 28)};
  static constexpr std::string_view kStreet[] = {"Magnolia Bend Dr", "W Catalpa St", "Sassafras Ridge Rd", "N Depot Ave", "Cotton Gin Ln", "Pecan Grove Ct"};
  static constexpr std::string_view kCity[][3] = {{"Tupelo", "MS", "388"}, {"Dothan", "AL", "363"}, {"Muskogee", "OK", "744"},
                                                  {"Pine Bluff", "AR", "716"}, {"Beckley", "WV", "258"}, {"Valdosta", "GA", "316"}};
  const auto& city = kCity[r.next() % std::size(kCity)];
  c.street = std::to_string(r.between(12, 9800)) + " " + std::string(r.pick(std::span<const std::string_view>(kStreet)));
  if (r.chance(0.3)) c.street += " Apt " + std::to_string(r.between(1, 40));
  c.city = std::string(city[0]);
  c.state = std::string(city[1]);
  c.zip = std::string(city[2]) + r.digits(2) + (r.chance(0.5) ? "-" + r.digits(4) : "");
  c.rel = r.next() % 5 + (c.kin.female ? 0 : 5);
  c.home = g == L::us ? c.street + ", " + c.city + ", " + c.state : addressOf(r, g);
  return c;
}

// Relation words: daughter, wife, sister, mother, niece, son, husband, brother, father, nephew.
struct RelRow {
  std::string_view lang;
  std::array<std::string_view, 10> w;
};
constexpr RelRow kRel[] = {
    {"en", {"daughter", "wife", "sister", "mother", "niece", "son", "husband", "brother", "father", "nephew"}},
    {"hi", {"बेटी", "पत्नी", "बहन", "माँ", "भतीजी", "बेटा", "पति", "भाई", "पिता", "भतीजा"}},
    {"ur", {"بیٹی", "بیوی", "بہن", "والدہ", "بھتیجی", "بیٹا", "شوہر", "بھائی", "والد", "بھتیجا"}},
    {"id", {"anak perempuan", "istri", "kakak perempuan", "ibu", "keponakan", "anak laki-laki", "suami", "kakak laki-laki", "ayah", "keponakan"}},
    {"ms", {"anak perempuan", "isteri", "kakak", "ibu", "anak saudara", "anak lelaki", "suami", "abang", "bapa", "anak saudara"}},
    {"zhs", {"女儿", "妻子", "姐姐", "母亲", "侄女", "儿子", "丈夫", "哥哥", "父亲", "侄子"}},
    {"zht", {"女兒", "妻子", "姊姊", "母親", "姪女", "兒子", "丈夫", "哥哥", "父親", "姪子"}},
    {"ja", {"長女", "妻", "姉", "母", "姪", "長男", "夫", "兄", "父", "甥"}},
    {"ko", {"딸", "아내", "언니", "어머니", "조카", "아들", "남편", "형", "아버지", "조카"}},
    {"ar", {"ابنته", "زوجته", "أخته", "والدته", "ابنة أخيه", "ابنه", "زوجها", "أخوه", "والده", "ابن أخيه"}},
    {"fa", {"دختر", "همسر", "خواهر", "مادر", "برادرزاده", "پسر", "همسر", "برادر", "پدر", "برادرزاده"}},
    {"ru", {"дочь", "жена", "сестра", "мать", "племянница", "сын", "муж", "брат", "отец", "племянник"}},
    {"sw", {"binti", "mke", "dada", "mama", "mpwa", "mwana", "mume", "kaka", "baba", "mpwa"}},
    {"pt", {"filha", "esposa", "irmã", "mãe", "sobrinha", "filho", "marido", "irmão", "pai", "sobrinho"}},
    {"es", {"hija", "esposa", "hermana", "madre", "sobrina", "hijo", "esposo", "hermano", "padre", "sobrino"}},
    {"fr", {"fille", "épouse", "sœur", "mère", "nièce", "fils", "époux", "frère", "père", "neveu"}},
    {"de", {"Tochter", "Ehefrau", "Schwester", "Mutter", "Nichte", "Sohn", "Ehemann", "Bruder", "Vater", "Neffe"}},
    {"nl", {"dochter", "echtgenote", "zus", "moeder", "nicht", "zoon", "echtgenoot", "broer", "vader", "neef"}},
    {"sv", {"dotter", "hustru", "syster", "mor", "brorsdotter", "son", "make", "bror", "far", "brorson"}},
    {"nb", {"datter", "kone", "søster", "mor", "niese", "sønn", "ektemann", "bror", "far", "nevø"}},
    {"it", {"figlia", "moglie", "sorella", "madre", "nipote", "figlio", "marito", "fratello", "padre", "nipote"}},
    {"pl", {"córka", "żona", "siostra", "matka", "siostrzenica", "syn", "mąż", "brat", "ojciec", "siostrzeniec"}},
    {"da", {"datter", "hustru", "søster", "mor", "niece", "søn", "ægtefælle", "bror", "far", "nevø"}},
    {"el", {"κόρη", "σύζυγος", "αδελφή", "μητέρα", "ανιψιά", "γιος", "σύζυγος", "αδελφός", "πατέρας", "ανιψιός"}},
    {"tr", {"kızı", "eşi", "kız kardeşi", "annesi", "yeğeni", "oğlu", "eşi", "erkek kardeşi", "babası", "yeğeni"}},
    {"he", {"בת", "אישה", "אחות", "אם", "אחיינית", "בן", "בעל", "אח", "אב", "אחיין"}},
    {"et", {"tütar", "abikaasa", "õde", "ema", "õetütar", "poeg", "abikaasa", "vend", "isa", "õepoeg"}},
};

std::string relationWord(std::string_view lang, std::size_t k) {
  for (const RelRow& row : kRel) {
    if (row.lang == lang) return std::string(row.w[k % 10]);
  }
  return std::string(kRel[0].w[k % 10]);
}

// ---------------------------------------------------------------------------------------------
// One note being written.
enum class Mode { asIs, lower, upper };

struct Note {
  NoteBuilder& b;
  const Cast& c;
  Mode mode;
  std::array<Person, 3> others;
  std::string pid, mrn, ins, user, serial, rx;
  Date last;
  std::string lastPhone, lastEmail;
  std::size_t col = 0;  // letters written on the current line, for fixed-width listings
};

std::string cased(const Note& n, std::string s) {
  return n.mode == Mode::lower ? low38(std::move(s)) : n.mode == Mode::upper ? up38(std::move(s)) : s;
}
void track(Note& n, const std::string& s) {
  for (char c : s) {
    if (c == '\n') n.col = 0;
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n.col;
  }
}
void put(Note& n, std::string_view category, std::string v) {
  track(n, v);
  if (category == "phone") n.lastPhone = v;
  if (category == "email") n.lastEmail = v;
  n.b.phi(category, cased(n, std::move(v)));
}
void say(Note& n, std::string v) {
  track(n, v);
  n.b.text(cased(n, std::move(v)));
}

void putDate(Note& n, const Date& t, std::string_view style) {
  Random& r = n.b.random();
  n.last = t;
  const std::string_view s = style.empty() ? land(n.c.g).dateStyles[r.next() % 3] : style;
  if (s == "ocr" || s == "ocrus") return put(n, "date", ocrDigits(r, dateText(t, s == "ocr" ? "dmy" : "mdy")));
  put(n, "date", dateText(t, s));
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
  static constexpr std::string_view kShapes[] = {"########", "@@#######", "%######", "MRN%#####", "%#-####-##", "UHID%#########", "RPM-%#####"};
  return oneOf(r, kShapes);
}

std::string sentence38(Random& r, std::string_view topic);

const Person& who(const Note& n, std::string_view w) {
  if (w == "pt") return n.c.pt;
  if (w == "kin") return n.c.kin;
  if (w.size() == 2 && w[0] == 's') return n.c.staff[static_cast<std::size_t>(w[1] - '1') % 4];
  return n.others[static_cast<std::size_t>(w[1] - '1') % 3];
}
bool isWho(std::string_view w) {
  return w == "pt" || w == "kin" || (w.size() == 2 && (w[0] == 's' || w[0] == 'o') && w[1] >= '1' && w[1] <= '4');
}

// A log's, a message's or a server's own time (not PHI).
std::string stamp(Random& r, std::string_view form) {
  static constexpr std::string_view kDay[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr std::string_view kMon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static constexpr std::string_view kZone[] = {"+0000", "+0100", "+0300", "+0530", "+0700", "+0800", "+0900", "-0300", "-0500"};
  const int yr = r.between(2024, 2025), mo = r.between(1, 12), da = r.between(1, 28);
  const std::string y = std::to_string(yr), m = twoDigits(mo), d = twoDigits(da), h = twoDigits(r.between(0, 23)),
                    mi = twoDigits(r.between(0, 59)), s = twoDigits(r.between(0, 59));
  const std::string zone(r.pick(std::span<const std::string_view>(kZone)));
  if (form == "iso") return y + "-" + m + "-" + d + "T" + h + ":" + mi + ":" + s + "Z";
  if (form == "sql") return y + "-" + m + "-" + d + " " + h + ":" + mi + ":" + s;
  if (form == "clf") return d + "/" + std::string(kMon[mo - 1]) + "/" + y + ":" + h + ":" + mi + ":" + s + " " + zone;
  if (form == "chat") return d + "/" + m + "/" + y + ", " + h + ":" + mi;
  if (form == "chatus") return std::to_string(mo) + "/" + std::to_string(da) + "/" + y.substr(2) + ", " + std::to_string(r.between(1, 12)) + ":" + mi + " PM";
  if (form == "mail")
    return std::string(r.pick(std::span<const std::string_view>(kDay))) + ", " + std::to_string(da) + " " + std::string(kMon[mo - 1]) + " " + y + " " + h + ":" + mi + ":" + s + " " + zone;
  if (form == "apple") return y + "-" + m + "-" + d + " " + h + ":" + mi + ":" + s + " " + zone;
  if (form == "epoch") return "17" + r.digits(8);
  return y + m + d + "T" + h + mi + s + "Z";
}

std::string appUser(Random& r, const Person& p) {
  const std::string giv = asciiLetters(p.given), fam = asciiLetters(p.family);
  switch (r.next() % 4) {
    case 0: return giv + "." + fam + std::to_string(r.between(10, 99));
    case 1: return giv + "_" + fam.substr(0, 1) + std::to_string(r.between(1950, 2005));
    case 2: return fam + giv.substr(0, 1) + std::to_string(r.between(1, 999));
    default: return "user" + r.digits(7);
  }
}

std::string deviceSerial(Random& r, std::string_view kind) {
  if (kind == "cgm") return shape(r, r.chance(0.5) ? "SM%#######" : "0M00%@@%###");
  if (kind == "tx") return shape(r, "8@%#@%");
  if (kind == "pump") return shape(r, "NG%######H");
  if (kind == "pm") return shape(r, r.chance(0.5) ? "PJN%#####" : "RNA%#####@");
  if (kind == "cpap") return shape(r, "23%#########");
  if (kind == "bp") return shape(r, "%####@#####");
  if (kind == "ox") return shape(r, "OX%#######");
  if (kind == "watch") return shape(r, "@@@%@%#@@%@@");
  if (kind == "ecg") return shape(r, "ZP%########");
  if (kind == "dial") return shape(r, "NXS%######");
  if (kind == "imei") return shape(r, "35%############");
  return shape(r, "SN%#######");
}

std::string generic(Random& r, std::string_view what) {
  if (what == "uuid") return shape(r, "^^^^^^^^-^^^^-4^^^-a^^^-^^^^^^^^^^^^");
  if (what == "hash") return shape(r, "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^");
  if (what == "meet") return shape(r, r.chance(0.5) ? "%## #### ####" : "%#########");
  if (what == "fw") return shape(r, r.chance(0.5) ? "%.%#.%" : "FW %.%.%#-b%##");
  if (what == "ver") return shape(r, "v%.%#.%");
  if (what == "http") {
    static constexpr std::string_view kCodes[] = {"200", "201", "204", "301", "401", "403", "404", "429", "500", "503"};
    return std::string(r.pick(std::span<const std::string_view>(kCodes)));
  }
  if (what == "glu") return std::to_string(r.between(54, 320));
  if (what == "bp") return std::to_string(r.between(104, 188)) + "/" + std::to_string(r.between(58, 104));
  if (what == "spo2") return std::to_string(r.between(86, 99));
  if (what == "steps") return std::to_string(r.between(312, 14880));
  if (what == "hr") return std::to_string(r.between(48, 131));
  if (what == "lot") return shape(r, "LOT %####@");
  if (what == "gurl") {
    static constexpr std::string_view kUrl[] = {"https://www.example-health.org/help", "https://esanjeevani.example.in/join", "https://play.example.com/store/apps/details?id=com.example.health",
                                                "https://apps.example.com/app/mysejahtera/id1501", "https://meet.example-tele.com/", "https://www.doctolib.example.fr/aide"};
    return std::string(r.pick(std::span<const std::string_view>(kUrl)));
  }
  if (what == "model") {
    static constexpr std::string_view kModel[] = {"Dexcom G7", "FreeStyle Libre 3", "Medtronic MiniMed 780G", "Omron HEM-7156", "ResMed AirSense 11", "Masimo MightySat Rx",
                                                  "Apple Watch Series 9", "KardiaMobile 6L", "Baxter Homechoice Claria", "Medtronic Azure XT DR MRI W1DR01", "Tandem t:slim X2", "Withings BPM Connect"};
    return std::string(r.pick(std::span<const std::string_view>(kModel)));
  }
  throw std::logic_error("unknown generic " + std::string(what));
}

// Placeholders are "{what:form}"; the list is in the branches below.
void fill(Note& n, std::string_view key) {
  Random& r = n.b.random();
  const Cast& c = n.c;
  const L g = c.g;
  const std::size_t colon = key.find(':');
  const std::string_view what = key.substr(0, colon), form = colon == std::string_view::npos ? std::string_view() : key.substr(colon + 1);
  if (isWho(what)) return put(n, "name", nameForm(r, who(n, what), g, form));
  if (what == "hon") return say(n, std::string(who(n, form.empty() ? std::string_view("pt") : form).female ? land(g).hisF : land(g).hisM));
  if (what == "dr") {
    const std::string_view lang = land(g).language;
    const bool woman = !form.empty() && who(n, form).female;
    if (woman && (lang == "es" || lang == "pt")) return say(n, "Dra.");
    if (woman && lang == "fr") return say(n, "Dre");
    return say(n, std::string(land(g).doctor));
  }
  if (what == "dob") return putDate(n, c.born, form);
  if (what == "date" || what == "past" || what == "next") {
    const int y = what == "past" ? r.between(2019, 2023) : what == "next" ? 2026 : r.between(2024, 2025);
    return putDate(n, {y, r.between(1, 12), r.between(1, 28)}, form);
  }
  if (what == "old") {  // a date of an old record: after the birth, 1962 to 2004 where the patient was alive
    const int lo = std::max(1962, c.born.y + 1), hi = std::max(lo + 1, 2004);
    return putDate(n, {r.between(lo, hi), r.between(1, 12), r.between(1, 28)}, form);
  }
  if (what == "again") return putDate(n, n.last, form);
  if (what == "later") return putDate(n, laterThan(n.last, r.between(1, 13)), form);
  if (what == "age") {
    const std::string v = form == "w" ? spelledNumber(c.age) : std::to_string(c.age);
    return c.age > 89 ? put(n, "age", v) : say(n, v);
  }
  if (what == "oldkin") {
    const int a = r.between(90, 101);
    return put(n, "age", form == "w" ? spelledNumber(a) : std::to_string(a));
  }
  if (what == "yr") return say(n, std::to_string(r.between(1998, 2025)));
  if (what == "ph" && form == "o") return put(n, "phone", ocrPhone(phoneOf(r, g, 0)));
  if (what == "ph") {
    if (form == "h") return put(n, "phone", machinePhone(r, g));
    return put(n, "phone", phoneOf(r, g, form == "i" ? 1 : form == "n" ? 0 : -1));
  }
  if (what == "ph7") return put(n, "phone", phone7(r, g));
  if (what == "again_ph") return put(n, "phone", n.lastPhone);
  if (what == "fax") return put(n, "fax", phoneOf(r, g, form == "i" ? 1 : 0));
  if (what == "pubph") return say(n, form.empty() ? phoneOf(r, g, 0) : std::string(form));
  if (what == "email" || what == "semail") {
    const Person& p = who(n, form.empty() ? std::string_view(what == "email" ? "pt" : "s1") : form);
    const std::string fam = asciiLetters(p.family), giv = asciiLetters(p.given);
    if (what == "semail") {
      static constexpr std::string_view kOrg[] = {"aiims.example.in", "apollo.example.com", "nhs.example.uk", "ktph.example.com.sg", "charite.example.de",
                                                  "hcor.example.com.br", "kfshrc.example.sa", "rpm.example-care.com"};
      return put(n, "email", giv.substr(0, 1) + (r.chance(0.5) ? "." : "") + fam + "@" + std::string(r.pick(std::span<const std::string_view>(kOrg))));
    }
    static constexpr std::string_view kHost[] = {"gmail.example.com", "yahoo.example.co.in", "outlook.example.com", "qq.example.com", "naver.example.com",
                                                 "mail.example.ru", "icloud.example.com", "web.example.de", "uol.example.com.br", "orange.example.fr"};
    return put(n, "email", giv + (r.chance(0.5) ? "." : "_") + fam + std::to_string(r.between(1, 99)) + "@" + std::string(r.pick(std::span<const std::string_view>(kHost))));
  }
  if (what == "again_email") return put(n, "email", n.lastEmail);
  if (what == "vurl") {  // a patient-specific visit or report link
    static constexpr std::string_view kUrl[] = {"https://roi.example-records.com/request/", "https://archive.example-hospital.org/retrieval/", "https://records.example-health.ca/status/",
                                                "https://portal.example-mpi.com/merge/"};
    return put(n, "url", std::string(r.pick(std::span<const std::string_view>(kUrl))) + shape(r, "^^^^^^^^^^") + "?pid=" + r.digits(7));
  }
  if (what == "ip") return put(n, "ip", form == "6" ? ipv6Value(r) : ipv4Value(r));
  if (what == "addr") return put(n, "address", c.home);
  if (what == "oaddr") return put(n, "address", g == L::us ? std::to_string(r.between(10, 999)) + " Levee Rd, " + c.city + ", " + c.state : addressOf(r, g));
  if (what == "towntr") {  // a dBase field of 9 letters cuts the town ("WASHINGTO")
    std::string v = g == L::us ? c.city : std::string(land(g).towns[r.next() % 2]);
    if (v.size() > 9 && static_cast<unsigned char>(v[9]) < 0x80 && static_cast<unsigned char>(v[8]) < 0x80) v = v.substr(0, 9);
    while (!v.empty() && (v.back() == ' ' || v.back() == ',')) v.pop_back();
    return put(n, "address", v);
  }
  if (what == "town") return put(n, "address", std::string(land(g).towns[r.next() % 2]));
  if (what == "usaddr") {
    put(n, "address", c.street + ", " + c.city + ", " + c.state);
    say(n, " ");
    return put(n, "zip", c.zip);
  }
  if (what == "street") return put(n, "address", c.street);
  if (what == "city") return put(n, "address", c.city + ", " + c.state);
  if (what == "cityonly") return put(n, "address", c.city);
  if (what == "zip") return put(n, "zip", c.zip);
  if (what == "state") return say(n, c.state);
  if (what == "pid") {
    if (n.pid.empty()) n.pid = personalNumber(r, g, c.pt.female, c.born);
    std::string v = n.pid;
    if (g == L::us && form == "b") v.erase(std::remove(v.begin(), v.end(), '-'), v.end());
    return put(n, land(g).idCategory, v);
  }
  if (what == "kinid") return put(n, land(g).idCategory, personalNumber(r, g, c.kin.female, {r.between(1950, 2000), r.between(1, 12), r.between(1, 28)}));
  if (what == "card") return put(n, "license", shape(r, land(g).card.empty() ? std::string_view("@@%######") : land(g).card));
  if (what == "pass") return put(n, "license", shape(r, land(g).passport));
  if (what == "ins") {
    if (n.ins.empty()) n.ins = shape(r, land(g).insurance.empty() ? std::string_view("%#########") : land(g).insurance);
    return put(n, "health_plan", n.ins);
  }
  if (what == "hp") return put(n, "health_plan", shape(r, form));
  if (what == "plan") {
    static constexpr std::string_view kPlan[] = {"%@@%-@@%-@@##", "@@@#########", "W%########", "###########"};
    return put(n, "health_plan", oneOf(r, kPlan));
  }
  if (what == "ssn") {
    const std::string s = shape(r, "%########");
    return put(n, "ssn", form == "b" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (what == "mrn") {
    if (n.mrn.empty()) n.mrn = hospitalNumber(r);
    return put(n, "mrn", n.mrn);
  }
  if (what == "id") return put(n, "mrn", shape(r, form));  // a record number of a given shape
  if (what == "abha") return put(n, "mrn", shape(r, "%#-####-####-####"));
  if (what == "abhaddr") return put(n, "mrn", asciiLetters(c.pt.given) + asciiLetters(c.pt.family) + std::to_string(r.between(10, 99)) + "@abdm");
  if (what == "reg") return put(n, "license", shape(r, form.empty() ? land(g).reg : form));
  if (what == "user") {
    if (n.user.empty() || !form.empty()) n.user = appUser(r, who(n, form.empty() ? std::string_view("pt") : form));
    return put(n, "account", n.user);
  }
  if (what == "again_user") return put(n, "account", n.user);
  if (what == "uid") return put(n, "account", shape(r, form.empty() ? "U%########" : form));
  if (what == "acct") return put(n, "account", shape(r, form));
  if (what == "rx") {
    if (n.rx.empty()) n.rx = shape(r, form.empty() ? "ERX-202%-%######" : form);
    return put(n, "account", n.rx);
  }
  if (what == "track") {
    static constexpr std::string_view kTrack[] = {"JD%#########", "1Z%@@###%#########", "SF%###########", "RR%#######IN", "DTDC%########", "AWB %##########"};
    return put(n, "account", oneOf(r, kTrack));
  }
  if (what == "serial") {
    if (n.serial.empty() || form == "new") n.serial = deviceSerial(r, form);
    return put(n, "device", n.serial);
  }
  if (what == "dev") return put(n, "device", deviceSerial(r, form));
  if (what == "plate") return put(n, "vehicle", shape(r, land(g).plate));
  if (what == "vin") return put(n, "vehicle", shape(r, "%@@@@##@#@@######"));
  // Not PHI.
  if (what == "pad") {  // spaces up to a column of a fixed-width listing, at least one
    const std::size_t to = static_cast<std::size_t>(std::stoi(std::string(form)));
    return say(n, std::string(to > n.col ? to - n.col : 1, ' '));
  }
  if (what == "tm") return say(n, twoDigits(r.between(0, 23)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (what == "stamp") return say(n, stamp(r, form));
  if (what == "g") return say(n, generic(r, form));
  if (what == "mdate") {
    const std::string_view s = form.empty() ? land(g).dateStyles[r.next() % 3] : form;
    return say(n, dateText({r.between(2024, 2027), r.between(1, 12), r.between(1, 28)}, s));
  }
  if (what == "ctl") return say(n, shape(r, form.empty() ? "%#####" : form));
  if (what == "rel") return say(n, relationWord(form.empty() ? land(g).language : form, c.rel));
  if (what == "sex") return say(n, c.pt.female ? "F" : "M");
  if (what == "sexw") return say(n, c.pt.female ? "Female" : "Male");
  if (what == "mw") return say(n, c.pt.female ? "woman" : "man");
  if (what == "s") return say(n, sentence38(r, form));
  throw std::logic_error("unknown placeholder " + std::string(key));
}

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
// SENTENCES without PHI: OCR noise, forms, stamps, Bates numbers, legacy machine output, the
// countries' own languages, retention and archives, old drugs and eponyms.
std::string sentence38(Random& r, std::string_view topic) {
  const std::string n2 = std::to_string(r.between(10, 99)), n3 = std::to_string(r.between(100, 999)), n4 = std::to_string(r.between(1000, 9999)),
                    y = std::to_string(r.between(1948, 2004)), bates = shape(r, "%#####"), box = shape(r, "%###");
  const std::string s[] = {
      // OCR garbage and scanning noise that looks like names or numbers (0-11)
      "Tlie Patlent was seen in tbe clinic and tolerated tlie procedure well.",
      "Exarnination of tlie abdornen: soft, non-tender; no rnasses felt.",
      "Hb l2.4 g/dL, WBC 6.O, platelets 2l4 (OCR confidence low on this line).",
      "[illegible] ... rnedication continued ... [stamp partly obscured]",
      "P A T I E N T   H I S T O R Y   (continued from previous page)",
      "D I S C H A R G E   S U M M A R Y",
      "Page " + std::to_string(r.between(2, 4)) + " of " + std::to_string(r.between(4, 6)) + " - continued - CONFIDENTIAL MEDICAL RECORD",
      "OCR engine v" + std::to_string(r.between(3, 9)) + "." + std::to_string(r.between(0, 9)) + ", mean word confidence 0." + n2 + "; " + n3 + " words flagged for review.",
      "Hyphen-\nated words at line ends were rejoined by the conversion script where the dictionary allowed.",
      "The rnicrofilm frame was scratched; lines 4-7 are unreadable.",
      "Carbon copy: faint; the original was sent to the referring practice.",
      "ﬁndings conﬁrmed on re-examination (ligatures kept as scanned).",
      // forms, stamps, Bates numbers, batches (12-23)
      "Form MR-" + n3 + " Rev. " + std::to_string(r.between(1, 12)) + "/" + twoDigits(r.between(70, 99)) + "   (Printed in U.S.A.)",
      "RECEIVED - MEDICAL RECORDS DEPT. - ST. VINCENT'S HOSPITAL",
      "Bates range MED" + bates + " - MED" + std::to_string(std::stoi(bates) + r.between(3, 40)) + " (production set " + n2 + ").",
      "Scan batch " + shape(r, "B%###-%##") + ", operator station 3, 300 dpi, bitonal.",
      "Archive box " + box + ", shelf " + n2 + "-C, off-site storage vault B.",
      "Retention code R-" + n2 + ": retain " + std::to_string(r.between(8, 30)) + " years after last attendance, then destroy confidentially.",
      "Destruction certificate " + shape(r, "DC-%####") + " issued by the shredding contractor for " + n3 + " boxes.",
      "Fax header: FROM CARDIOLOGY DEPT  FAX NO. 0161 " + n3 + " " + n4 + "  P. 01/03",
      "Microfilm reel " + shape(r, "%##@") + ", frames " + n3 + "-" + std::to_string(r.between(1000, 1999)) + ", converted to PDF/A.",
      "Index card drawer " + std::to_string(r.between(1, 40)) + " (surnames beginning Mc-Mo) is missing; cards re-filed.",
      "DO NOT REMOVE FROM RECORDS DEPARTMENT - RETURN WITHIN 48 HOURS",
      "Document control number " + shape(r, "DCN %########") + " assigned by the imaging system.",
      // legacy machine output without PHI (24-33)
      "*** END OF REPORT ***   RUN " + shape(r, "@@%##") + "   JOB STEP 04   RC=0000",
      "MSH|^~\\&|LAB|GEN HOSP|HIS|GEN HOSP|" + y + "0412|||ACK^A01|" + n4 + "|P|2.2",
      "REC COUNT " + n4 + "  REJECTED " + n2 + "  DUPLICATES " + n3 + "  (MPI LOAD COMPLETE)",
      "Field NAME truncated to 10 characters in the dBase III export (NAME C(10)).",
      "Two-digit years were windowed with a pivot of 30: 00-29 as 20xx, 30-99 as 19xx.",
      "MPI match threshold 0.85; scores between 0.70 and 0.85 go to manual review.",
      "Character set converted from EBCDIC (CP037) to UTF-8; GB2312 and Shift_JIS exports converted separately.",
      "Y2K remediation of the patient index completed in 1999; no records lost.",
      "C:\\WP51\\LETTERS\\CARDIO\\TEMPLATE.WPD (WordPerfect 5.1 template, no patient data)",
      "Columns 1-8 unit number, 9-30 name, 31-36 birth date YYMMDD, 37 sex (record layout " + shape(r, "RL-%#") + ").",
      // the countries' own languages (34-47)
      "Krankengeschichte, Abschrift aus der Kurrentschrift; unleserliche Stellen mit [?] markiert.",
      "Dossier médical microfilmé en " + y + "; copie certifiée conforme à l'original.",
      "Cartella clinica archiviata; richiesta di copia ai sensi della normativa vigente.",
      "Historia clínica en soporte papel digitalizada por el servicio de archivo.",
      "Processo clínico em papel digitalizado; folhas rasgadas assinaladas.",
      "Dokumentacja medyczna przekazana do archiwum zakładowego.",
      "Journalen er overført fra papir til elektronisk journal.",
      "Ιατρικός φάκελος σε χαρτί, ψηφιοποιήθηκε από το αρχείο.",
      "Hasta dosyası arşivden çıkarıldı; sayfa numaraları elle yazılmış.",
      "תיק רפואי ישן נסרק והועבר למערכת החדשה.",
      "История болезни, машинописная копия; архивный шифр " + n3 + ".",
      "紙カルテをスキャンし電子カルテへ移行しました（ﾃﾞｰﾀ移行済）。",
      "病历档案已扫描（GB2312 导出，部分字符无法识别）。",
      "종이 의무기록을 스캔하여 전자의무기록으로 이관함.",
      // retention, release of information, archives, old drugs and eponyms (48-59)
      "Release of information: requests for records older than " + std::to_string(r.between(10, 30)) + " years are served from the off-site archive.",
      "Records of deceased patients are retained for 10 years after death (Records Management Code of Practice).",
      "Old drug names in scanned charts: Mogadon, Distalgesic, Largactil, Tagamet, Zantac, Halcion.",
      "Phenformin, practolol and benoxaprofen were withdrawn; legacy charts still list them.",
      "Eponyms in older letters: Addison, Cushing, Graves, Hashimoto, Parkinson, Bright's disease.",
      "Dr. Barnardo's Homes and Guy's Hospital appear in pre-" + y + " correspondence as institutions, not patients.",
      "Year of microfilming " + y + "; year of conversion " + std::to_string(r.between(2005, 2024)) + ".",
      "Telephone exchange PEnnsylvania 6-5000 is printed on the hotel letterhead (institution, not a patient).",
      "Mayo Clinic, Johns Hopkins and Karolinska forms were accepted without re-keying.",
      "The MRN field is blank on this page; see the cover sheet.",
      "Legacy ward codes: W" + n2 + ", ICU-" + std::to_string(r.between(1, 4)) + ", CCU; bed numbers are not identifiers.",
      "Merge audit: " + n3 + " duplicate pairs reviewed, " + n2 + " unmerged after manual review.",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "ocr") k = in(0, 12);
  else if (topic == "form") k = in(12, 12);
  else if (topic == "leg") k = in(24, 10);
  else if (topic == "lang") k = in(34, 14);
  else if (topic == "adm") k = in(48, 12);
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
constexpr Tpl kTemplates38[] = {
    // --- the US: typed letters, faxes, mainframe listings, old HL7, migration logs ---
    {"us_ocr_typed_referral_1978", kAs, L::us,
     "[OCR of scanned page 1/2]\nRECEIVED {old:stampd}\nDear {dr} {s1:fam}:\nRe: {hon:pt} {pt:ocr}   DOB {dob:ocrus}\nThank you for seeing this {mw} of {age}, who lives at {usaddr}. Home phone {ph7}.\n{s:ocr}\nSincerely,\n{s2:full}, M.D.\n"},
    {"us_fax_referral_1996", kAs, L::us,
     "{old:mdyy} 14:2{ctl:%} FROM:MERCY FAMILY PRACTICE  TO:{fax}  P.01\nREFERRAL - URGENT\nPatient: {pt:inv}\nDOB: {dob:mdyy}   SSN: {ssn}\nPhone: {ph:o}\nInsurance: {plan}\nReason: {s:adm}\n{old:mdyy} 14:3{ctl:%} FROM:MERCY FAMILY PRACTICE  P.02\n"},
    {"us_mainframe_census_listing", kUp, L::us,
     "PAT-CENSUS   RUN DATE {stamp:sql}   PAGE {ctl:%#}\nUNIT-NO  NAME                  DOB       SEX ZIP\n{mrn}{pad:9}{pt:inv}{pad:31}{dob:mdyy}{pad:41}{sex}   {zip}\n{s:leg}\n"},
    {"us_hl7_v22_adt", kAs, L::us,
     "MSH|^~\\&|ADT1|MCM|LABADT|MCM|{stamp:compact}||ADT^A01|MSG{ctl:%#####}|P|2.2\nEVN|A01|{stamp:compact}\nPID|||{mrn}||{pt:ufam}^{pt:given}^{ctl:@}||{dob:compact}|{sex}||C|{street}^^{cityonly}^{state}^{zip}||{ph7}|||S||{acct:%########}|{ssn:b}\nPV1||I|2000^2012^01||||{reg:%#####}^{s1:ufam}^{s1:given}\n"},
    {"us_mpi_merge_log", kAs, L::us,
     "MPI DUPLICATE RESOLUTION LOG - {stamp:sql}\nrecord {id:00%###} ({pt:up}, DOB {dob:mdy}) merged into {mrn} (score 0.{ctl:9#})\nrecord {id:00%###} ({pt:ufam}, {pt:given}; SSN {ssn:b}) UNMERGED - different person, reviewer {s4:full}\n{s:leg}\n"},
    {"us_roi_request_online", kAs, L::us,
     "RELEASE OF INFORMATION - ONLINE REQUEST\nRequester: {kin:full} ({rel:en})\nPatient: {pt:full}, DOB {dob:mdy}, deceased\nRecords requested: admissions of {old:md} and {old:long}\nEmail: {email:kin}\nSubmitted from {ip:6}\nStatus link: {vurl}\nArchive retrieval: box {ctl:%###}, {s:form}\n"},
    {"us_roi_portal_audit", kAs, L::us,
     "roi_portal.log\n{stamp:iso} action=SUBMIT requester={email} ip={ip} mrn={mrn}\n{stamp:iso} action=VIEW requester={again_email} ip={ip:6}\n{stamp:iso} action=DOWNLOAD url={vurl}\n"},
    {"us_index_card", kAs, L::us,
     "[scanned index card]\n{pt:ufam}, {pt:given}          Chart # {mrn}\nb. {dob:mdyy}    {sexw}\n{street}\n{city} {zip}\nTel. {ph7}\nNOK: {kin:full}, {rel:en}\nAdm. {old:mdyy}  Disch. {later:mdyy}\n"},
    {"us_dos_report_lower", kLow, L::us,
     "c:\\reports\\disch.txt\ndischarge summary typed {old:mdy}\npatient {pt:low}, age {age:w}, of {city}\nssn {ssn:b}, unit no {mrn}\nfollow up with {s1:low} in 2 weeks\n"},
    {"us_dbase_dump", kAs, L::us,
     "LASTNAME,FIRSTNAME,DOB,CITY,ST,ZIP,PHONE,SSN\n\"{pt:trunc}\",\"{pt:given}\",\"{dob:mdyy}\",\"{towntr}\",\"{state}\",\"{zip}\",\"{ph7}\",\"{ssn:b}\"\n\"{kin:trunc}\",\"{kin:given}\",\"{old:mdyy}\",\"{towntr}\",\"{state}\",\"{zip}\",\"{ph}\",\"{ssn}\"\n"},
    {"us_carbon_copy_form", kAs, L::us,
     "[carbon copy - faint]\nAUTHORIZATION FOR TREATMENT   Form MR-{ctl:%##} Rev. 4/8{ctl:#}\nName: {pt:spaced}  {pt:given}\nAddress: {usaddr}\nDate: {old:mdy}   Age: {age}\nSignature of patient or guardian: {kin:full}\nDriver's lic.: {card}\n"},
    {"us_accident_report_scan", kAs, L::us,
     "[scanned police accident report attached to ER chart]\nDriver: {pt:inv}   DOB {dob:mdy}\nVehicle: 1979 Ford LTD, plate {plate}, VIN {vin}\nAddress: {street}, {cityonly}, {state} {zip}\nDate of accident: {old:long}\nOfficer: {s4:full}, badge {ctl:%###}\n"},
    {"us_pacemaker_registry_card", kAs, L::us,
     "PACEMAKER IDENTIFICATION CARD (scanned)\nPatient: {pt:full}\nImplanted: {old:mdy}\nGenerator serial: {dev:pm}\nLead serial: {dev}\nPhysician: {dr} {s1:full}   Tel. {pubph:(800) 328-2518}\n"},
    {"us_microfilm_conversion", kAs, L::us,
     "MICROFILM CONVERSION QC SHEET\nReel {ctl:%##@}  Frame {ctl:%###}\nPatient on frame: {pt:ocr}   MR# {mrn}   Adm {old:mdy}\nSSN legible: {ssn}\nQC by {s4:full}\n{s:ocr}\n"},
    // --- Canada, Jamaica, the Philippines ---
    {"ca_ohip_migration_report", kAs, L::ca,
     "DATA MIGRATION EXCEPTION REPORT\nSource: legacy PAS (1989-2004)\nRec {id:%#####}: {pt:inv}, HCN {pid}, DOB {dob:iso} - version code missing\nAddress: {addr}\nPhone: {ph7}\nAction: merged into {mrn} by {s4:full}\n"},
    {"ca_rural_index_card", kAs, L::ca,
     "[index card, typed]\n{pt:ufam}, {pt:given}    b. {dob:long}\n{town}\nTel. {ph}   NOK {kin:full} ({rel:en})\nSIN {card}\nSeen {old:md} (year torn off)\n"},
    {"jm_typed_clinic_letter", kAs, L::jm,
     "[scanned typed letter]\nKINGSTON PUBLIC HOSPITAL\n{old:enth}\nRe: {hon:pt} {pt:full}, aged {age}\nof {addr}\nTel. {ph}\nTRN {pid}\n{s:ocr}\nYours faithfully,\n{dr} {s1:full}\n"},
    {"jm_lower_ledger", kLow, L::jm,
     "clinic ledger (transcribed)\n{old:dmy} - {pt:low} - {town} - paid\n{again:dmy} - {kin:low} ({rel:en}) - tel {ph7}\n"},
    {"ph_philhealth_old_claim", kAs, L::ph,
     "PHILHEALTH CLAIM FORM 2 (scanned, 199{ctl:#})\nMember: {pt:inv}\nPIN: {pid}\nSSS No.: {card}\nDate of birth: {dob:mdy}\nAddress: {addr}\nConfinement: {old:long} to {later:long}\nAttending: {dr} {s1:full}, PRC {reg}\n"},
    {"ph_fax_cover", kAs, L::ph,
     "FAX TRANSMITTAL   {old:mdy}\nTo: {dr} {s1:full}   Fax: {fax:i}\nRe: {pt:full} (Hosp. No. {mrn})\nContact: {kin:full}, {ph:i}\nPages: 3 including cover\n"},
    // --- the UK and Ireland ---
    {"uk_typed_gp_letter_1983", kAs, L::uk,
     "[OCR - typed letter, 1983]\nPage 1 of 2\nDear {dr} {s1:fam},\nRe: {hon:pt} {pt:ocr}, d.o.b. {dob:ocr}, {addr}\nNHS No. {id:@@@@ %##} (old format)\nThis {age}-year-old was seen on {old:enth}.\n{s:ocr}\nYours sincerely,\n{s2:full}\nPage 2 of 2 - {pt:ufam}, {pt:given} - Unit No. {mrn}\n"},
    {"uk_lloyd_george_envelope", kAs, L::uk,
     "[Lloyd George envelope, transcribed]\nSurname: {pt:ufam}   Forenames: {pt:given}\nDate of birth: {dob:dotyy}\nNHS No. {id:@@@@ %##}\nAddresses: {oaddr}; later {addr}\nTel. {ph7}\n"},
    {"uk_hospital_activity_listing", kUp, L::uk,
     "PAS EXTRACT - CASENOTE TRACKING\nCASENOTE  SURNAME/FORENAME        DOB       LOCATION\n{mrn}{pad:10}{pt:ufam}/{pt:given}{pad:34}{dob:dmyy}{pad:44}RECORDS LIBRARY\n{s:form}\n"},
    {"uk_retention_destruction_schedule", kAs, L::uk,
     "RECORDS DUE FOR DESTRUCTION - REVIEW LIST\nUnit No. {mrn}   {pt:inv}   DOB {dob:dmy}   Last attended {old:dmy}   Retention code R-8   Box {ctl:%###}\nUnit No. {id:%######}   {s4:inv}   DOB {old:dmy}   deceased   Box {ctl:%###}\nReviewed by {s2:full}\n"},
    {"uk_subject_access_request", kAs, L::uk,
     "SUBJECT ACCESS REQUEST - RECORDS PRE-1990\nApplicant: {pt:full}\nDate of birth: {dob:en}\nNHS number: {pid}\nAddress: {addr}\nEmail: {email}\nPhone: {ph:i}\nRecords wanted: maternity notes {old:en}\nRequest received via {ip}\n"},
    {"ie_scanned_dispensary_ticket", kAs, L::ie,
     "[scanned dispensary ticket]\nName: {pt:ocr}\nAddress: {town}\nD.O.B.: {dob:dmyy}\nPPS No. {pid}\nMedical card: {ins}\nIssued {old:enth} by {dr} {s1:fam}\n"},
    {"ie_typed_letter_fax", kAs, L::ie,
     "{old:dmy} 09:4{ctl:%}   ST. FINBARR'S HOSPITAL CORK   FAX 021 {ctl:%######}   P.1/2\nRe: {hon:pt} {pt:full}, {addr}\nDOB {dob:enth}; aged {age}\nTel. {ph}\nNext of kin: {kin:full} ({rel:en}), {ph:i}\n"},
    // --- Australia, New Zealand, South Africa ---
    {"au_medicare_card_scan", kAs, L::au,
     "[photocopy of Medicare card, scanned]\n{pid}  {ctl:%}  {pt:up}\nValid to {mdate:dmy}\nAddress on old file: {addr}\nPhone: {ph}\nDOB: {dob:dmyy}\n"},
    {"au_rural_mission_notes", kAs, L::au,
     "[handwritten notes, transcribed]\nSeen at {town} by flying doctor {s1:full}, {old:dmy}\nPt: {pt:full}, {age:w} years, station hand's {rel:en}\nRadio call sign of station: VJD ({s:adm})\n"},
    {"nz_nhi_migration", kAs, L::nz,
     "NHI DUPLICATE MERGE\nSurviving NHI: {pid}\nRetired NHI: {id:@@@%###}\nName: {pt:inv}\nDOB: {dob:dmy}\nAddress: {addr}\nMerged by {s4:full} on {date:dmy}\n"},
    {"nz_lower_transcribed", kLow, L::nz,
     "handwritten ward book transcription\n{old:dmy} {pt:low} adm from {town}, age {age}, kin {kin:low} ph {ph}\n"},
    {"za_scanned_id_book", kAs, L::za,
     "[scan of green ID book page]\nIdentity No. {pid}\nSurname: {pt:ufam}\nForenames: {pt:given}\nDate of birth: {dob:slash}\nDate issued: {old:slash}\nAddress (clinic card): {addr}\nTel. {ph}\n"},
    {"za_clinic_card_ocr", kAs, L::za,
     "ROAD-TO-HEALTH / CLINIC CARD (OCR)\nName: {pt:ocr}\nFolder No.: {mrn}\nDOB: {dob:dmy}\nMother: {kin:full}\nResidence: {town}\nFollow-up: {old:md}\n"},
    // --- India, Nigeria, Kenya ---
    {"hi_opd_register_scan", kAs, L::hi,
     "[OPD register, scanned page]\nReg. No. {mrn}   Date {old:dmy}\nName: {hon:pt} {pt:full} ({pt:nat})\nAge/Sex: {age}/{sex}\nAddress: {addr}\nMobile: {ph}\nAadhaar (added 2016): {pid}\n"},
    {"hi_typed_discharge_1990s", kAs, L::hi,
     "D I S C H A R G E   C A R D\nName: {pt:spaced}\nC.R. No.: {mrn}\nD.O.A.: {old:dmy}   D.O.D.: {later:dmy}\nAttendant: {kin:full} ({rel:en}), Ph. {ph:i}\n{s:ocr}\n{dr} {s1:full}\n"},
    {"ng_hospital_card_ocr", kAs, L::ng,
     "UNIVERSITY COLLEGE HOSPITAL, IBADAN - HOSPITAL CARD (scanned)\nHosp. No.: {mrn}\nName: {pt:ocr}\nDate of birth: {dob:enth}\nAddress: {addr}\nPhone: {ph}\nNext of kin: {kin:full}, {ph:i}\n"},
    {"ke_ledger_transcribed", kAs, L::ke,
     "[outpatient register, transcribed]\nOP No. {mrn} | {old:dmy} | {pt:up} | {age} yrs | {town} | ID {pid} | tel {ph}\n"},
    // --- France, Belgium, Germany, Austria ---
    {"fr_lettre_dactylographiee", kAs, L::fr,
     "[OCR - lettre dactylographiée]\nParis, le {old:fr}\nCher Confrère,\nJ'ai revu {hon:pt} {pt:ocr}, née le {dob:dmy}, demeurant {addr}, âgée de {age} ans.\nTél. : {ph}\n{s:ocr}\nBien confraternellement,\n{dr} {s1:full}\n"},
    {"fr_microfiche_index", kUp, L::fr,
     "MICROFICHE {ctl:@%##} - INDEX DES DOSSIERS\n{mrn}{pad:10}{pt:ufam} {pt:given}{pad:36}{dob:dotyy}{pad:46}{town}\n{s:form}\n"},
    {"be_fiche_mutualite", kAs, L::be,
     "[fiche cartonnée - mutualité, scannée]\nNom : {pt:ufam}   Prénom : {pt:given}\nNé(e) le : {dob:frold}\nN° registre national : {pid}\nAffiliation : {ins}\nAdresse : {addr}\nTél. : {ph}\n"},
    {"be_roman_dates_report", kAs, L::be,
     "VERSLAG (overgenomen uit papieren dossier)\nPatiënt: {pt:full}, geb. {dob:roman}\nOpname: {old:roman}\nHuisarts: {dr} {s1:full}, RIZIV {reg}\nFax huisarts: {fax}\n"},
    {"de_kurrent_abschrift", kAs, L::de,
     "[Abschrift aus der Krankengeschichte, Kurrentschrift, transkribiert]\nName: {pt:ocr}\ngeb. am {dob:deold} in {town}\nWohnhaft: {addr}\nAufgenommen: {old:deold}\nAngehörige: {kin:full} ({rel}), Fernruf {ph:o}\n{s:lang}\n"},
    {"de_karteikarte", kAs, L::de,
     "KARTEIKARTE (gescannt)\nName, Vorname: {pt:inv}\nGeb.-Dat.: {dob:dotyy}\nKrankenkasse: AOK, Vers.-Nr. {pid}\nTel.: {ph7}\nBehandlungen: {old:dot}, {later:dot}\n"},
    {"at_krankengeschichte_roemisch", kAs, L::at,
     "KRANKENGESCHICHTE (Mikrofilm, konvertiert)\nPatientin/Patient: {hon:pt} {pt:full}, {age} J.\nGeb. {dob:roman}\nSVNR {pid}\nWohnort: {town}\nAufn. {old:roman}, Entl. {later:roman}\nTel. {ph:i}\n"},
    {"at_sterbebuch_auszug", kAs, L::at,
     "[Auszug, Archivanfrage]\n{pt:full}, verstorben im {oldkin}. Lebensjahr\nLetzte Anschrift: {addr}\nAnfrage von {kin:full} ({rel}), {email:kin}\n"},
    // --- Italy, Spain, Portugal ---
    {"it_cartella_clinica_ocr", kAs, L::it,
     "[OCR - cartella clinica]\nCognome e nome: {pt:ufam} {pt:given}\nNato/a il {dob:roman} a {town}\nCodice fiscale: {pid}\nResidenza: {addr}\nRicovero: {old:it}\nTel. {ph}\nMedico: {dr} {s1:full}\n{s:lang}\n"},
    {"it_schedario_lower", kLow, L::it,
     "schedario ambulatorio (trascritto)\n{old:dmy} visita {pt:low}, anni {age}, tel {ph}, accompagnata da {kin:low}\n"},
    {"es_historia_digitalizada", kAs, L::es,
     "HISTORIA CLÍNICA (digitalizada)\nPaciente: {hon:pt} {pt:full}\nN.º historia: {mrn}\nFecha de nacimiento: {dob:dmyy}\nDNI: {pid}\nDomicilio: {addr}\nIngreso: {old:es}\nTeléfono: {ph}\n{s:ocr}\n"},
    {"es_fax_interconsulta", kAs, L::es,
     "{old:dmy} 11:0{ctl:%} FAX HOSPITAL PROVINCIAL  {pubph:924 21 00 00}  PÁG. 1\nInterconsulta: {pt:inv}, {age} años\nNHC {mrn}\nFamiliar: {kin:full}, tel. {ph}\nFax de respuesta: {fax}\n"},
    {"pt_processo_papel", kAs, L::pt,
     "PROCESSO CLÍNICO (papel, digitalizado)\nNome: {pt:ocr}\nN.º de utente: {pid}\nB.I.: {card}\nData de nascimento: {dob:pt}\nMorada: {addr}\nTelefone: {ph}\nInternamento: {old:dash}\n"},
    // --- Brazil, Argentina, Mexico ---
    {"br_ficha_ocr", kAs, L::br,
     "[ficha de atendimento - OCR]\nNome: {pt:ocr}\nProntuário: {mrn}\nNasc.: {dob:dmyy}\nCPF: {pid}\nEndereço: {addr}\nFone: {ph}\nData: {old:pt}\n"},
    {"ar_libreta_transcripta", kAs, L::ar,
     "[libreta sanitaria, transcripta]\nApellido y nombre: {pt:inv}\nD.N.I. {pid}\nNacido el {dob:dmyy}\nDomicilio: {addr}\nTel. {ph:o}\nAfiliado PAMI: {ins}\nEdad: {age} años\n"},
    {"mx_expediente_microfilm", kAs, L::mx,
     "EXPEDIENTE (microfilm {ctl:%##@})\nNombre: {pt:full}\nNo. de afiliación: {ins}\nCURP: {pid}\nFecha de nacimiento: {dob:dmy}\nDomicilio: {addr}\nTel.: {ph}\nResponsable: {kin:full} ({rel})\n"},
    // --- the Netherlands, Denmark, Sweden, Poland ---
    {"nl_ponskaart_export", kUp, L::nl,
     "PONSKAART-EXPORT (vaste kolommen)\n{mrn}{pad:10}{pt:ufam}{pad:28}{pt:given}{pad:42}{dob:dash}{pad:54}{town}\n{s:leg}\n"},
    {"dk_journal_overfoert", kAs, L::dk,
     "JOURNAL (overført fra papir)\nCPR-nr.: {pid}\nNavn: {pt:full}\nAdresse: {addr}\nTlf.: {ph}\nIndlagt: {old:da}\nPårørende: {kin:full} ({rel}), tlf. {ph}\n"},
    {"se_journalkopia_ocr", kAs, L::se,
     "[journalkopia, OCR]\nPersonnummer: {pid}\nNamn: {pt:ocr}\nAdress: {addr}\nInskriven: {old:sv}\nTelefon: {ph:o}\n{s:ocr}\n"},
    {"pl_karta_pacjenta", kAs, L::pl,
     "KARTA PACJENTA (skan)\nNazwisko i imię: {pt:ufam} {pt:given}\nPESEL: {pid}\nData urodzenia: {dob:roman}\nAdres: {addr}\nTel.: {ph}\nPrzyjęty: {old:pl}\nLekarz: {dr} {s1:full}\n"},
    {"pl_lower_transcribed", kLow, L::pl,
     "notatka odręczna (przepisana)\n{old:dot} wizyta domowa u {pt:low}, lat {age}, {town}, {rel} {kin:low} tel {ph}\n"},
    // --- Russia, Greece, Turkey ---
    {"ru_typed_history_cyrillic", kAs, L::ru,
     "ИСТОРИЯ БОЛЕЗНИ № {mrn} (машинописная копия)\nФ.И.О.: {pt:nat}\nДата рождения: {dob:dotyy}\nСНИЛС: {pid}\nАдрес: {addr}\nТел.: {ph}\nПоступил(а): {old:ru}\nЛечащий врач: {dr} {s1:nat}\n{s:lang}\n"},
    {"ru_archive_request", kAs, L::ru,
     "ЗАПРОС В АРХИВ\nЗаявитель: {kin:nat} ({rel})\nО пациенте: {pt:nat}, {dob:dot}\nПериод: {old:dot} - {later:dot}\nКонтакт: {ph:i}, {email:kin}\n"},
    {"gr_fakelos_scan", kAs, L::gr,
     "ΦΑΚΕΛΟΣ ΑΣΘΕΝΟΥΣ (σάρωση)\nΟνοματεπώνυμο: {pt:nat}\nΗμ. γέννησης: {dob:dmyy}\nΑΜΚΑ: {pid}\nΑ.Δ.Τ.: {card}\nΔιεύθυνση: {addr}\nΤηλ.: {ph}\nΕισαγωγή: {old:dmy}\n"},
    {"gr_latin_transliterated", kAs, L::gr,
     "TRANSLITERATED RECORD (legacy system without Greek code page)\nName: {pt:up}\nDOB: {dob:dmy}\nAMKA: {pid}\nTel.: {ph:i}\nAge: {age}\n"},
    {"tr_hasta_dosyasi", kAs, L::tr,
     "HASTA DOSYASI (arşivden taranmış)\nAdı Soyadı: {pt:full}\nT.C. Kimlik No: {pid}\nSSK Sicil No: {ins}\nDoğum Tarihi: {dob:dot}\nAdres: {addr}\nTelefon: {ph}\nYatış: {old:tr}\nYakını: {kin:full} ({rel}), {ph}\n"},
    // --- Egypt, Israel ---
    {"eg_typed_arabic_record", kAs, L::eg,
     "ملف مريض (نسخة ممسوحة ضوئيًا)\nالاسم: {hon:pt} {pt:nat}\nالرقم القومي: {pid}\nتاريخ الميلاد: {dob:dmy}\nالعنوان: {addr}\nالهاتف: {ph}\nتاريخ الدخول: {old:ar}\n{s:lang}\n"},
    {"eg_latin_index", kUp, L::eg,
     "PATIENT INDEX (LEGACY LATIN ENTRY)\n{mrn}{pad:10}{pt:inv}{pad:40}{dob:dmy}\n"},
    {"il_tik_refui", kAs, L::il,
     "תיק רפואי (סרוק)\nשם: {pt:nat}\nת.ז.: {pid}\nתאריך לידה: {dob:dot}\nכתובת: {addr}\nטלפון: {ph}\nקופת חולים, מס' חבר: {ins}\nאשפוז: {old:dmy}\n"},
    {"il_english_transfer_letter", kAs, L::il,
     "[typed transfer letter, scanned]\nRe: {hon:pt} {pt:full}, ID {pid}, born {dob:dmyy}\nAddress: {addr}\nPhone: {ph:i}\nAged {age}\n{dr} {s1:full}\n"},
    // --- Japan, Korea, China ---
    {"jp_halfwidth_kana_export", kAs, L::jp,
     "ｶﾙﾃ移行データ (半角カナ)\n患者番号: {mrn}\nｶﾅ氏名: {pt:hwkana}\n漢字氏名: {pt:nat}\n生年月日: {dob:reiwa}\n住所: {addr}\n電話: {ph}\n{s:lang}\n"},
    {"jp_paper_chart_scan", kAs, L::jp,
     "紙カルテ スキャン記録\n氏名: {pt:nat} {hon:pt}\n生年月日: {dob:reiwa}（{age}歳）\n保険証番号: {ins}\n初診日: {old:reiwa}\n主治医: {s1:nat} {dr}\n"},
    {"kr_paper_record_scan", kAs, L::kr,
     "종이 의무기록 스캔\n등록번호: {mrn}\n성명: {pt:nat}\n주민등록번호: {pid}\n생년월일: {dob:ymdot}\n주소: {addr}\n전화: {ph}\n입원일: {old:kod}\n"},
    {"cn_gb2312_export", kAs, L::cn,
     "病案首页（GB2312 导出）\n病案号: {mrn}\n姓名: {pt:nat}\n身份证号: {pid}\n出生日期: {dob:cnd}\n住址: {addr}\n电话: {ph}\n入院日期: {old:cnd}\n"},
    // --- more US legacy shapes ---
    {"us_exchange_letterhead", kAs, L::us,
     "[OCR] HOTEL PENNSYLVANIA - PEnnsylvania 6-5000 (letterhead)\nGuest taken ill: {pt:full}, age {age:w}\nHome address: {usaddr}\nHome telephone: {ph7}\nDate: {old:long}\n"},
    {"us_medicaid_old_card", kAs, L::us,
     "[photocopy of Medicaid card]\nRecipient: {pt:up}\nID: {plan}\nDOB {dob:mdyy}   Sex {sex}\nCase no. {acct:%########}\nAddress: {street}, {cityonly} {zip}\n"},
    {"us_ssa_letter_ocr", kAs, L::us,
     "[OCR of a 1980s disability letter]\nClaimant: {pt:ocr}\nSSN: {ssn}\nAddress: {usaddr}\nDate of onset: {old:mdy}\nLast seen: {old:md}\nThe claimant's {rel:en}, {kin:full}, called from {ph}.\n"},
    {"us_lower_nursing_home_log", kLow, L::us,
     "nursing home census (typed, ocr)\n{pt:low}, rm 1{ctl:##}, age {oldkin:w}, adm {old:mdyy}\n{kin:inv} ({rel:en}), {city}, tel {ph7}\n"},
    {"us_hl7_v23_oru", kAs, L::us,
     "MSH|^~\\&|LAB|COUNTY|EMR|COUNTY|{stamp:compact}||ORU^R01|{ctl:%######}|P|2.3\nPID|1||{mrn}^^^COUNTY^MR||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{street}^^{cityonly}^{state}^{zip}||{ph}|||||{acct:%#########}|{ssn}\nOBR|1||{ctl:%#####}|80053^COMP METABOLIC PANEL|||{old:compact}\n"},
    {"us_tape_restore_log", kAs, L::us,
     "TAPE RESTORE LOG - VOLSER {ctl:@%####}\nRESTORED RECORD: {pt:inv}  MRN {mrn}  DOB {dob:compact}  ZIP {zip}\nPORTAL ACCOUNT CREATED FOR {email}, FIRST LOGIN FROM {ip:6}\n"},
    // --- more legacy shapes ---
    {"us_roi_letter_ocr", kAs, L::us,
     "[OCR] REQUEST FOR COPIES OF OLD RECORDS\nI, {kin:full}, {rel:en} of the late {pt:ocr} (born {dob:ocrus}), request the records of {old:long}.\nMy address: {oaddr}, {zip}\nMy telephone: {ph:o}\nE-mail: {email:kin}\nTrack this request at {vurl}\n"},
    {"us_county_hospital_ledger_lower", kLow, L::us,
     "county hospital admission ledger (transcribed)\n{old:md} - {pt:inv} - {street} - {cityonly} - age {age}\n{old:md} - {kin:low} - {city} - tel {ph7}\n"},
    {"us_mpi_unmerge_report", kAs, L::us,
     "MPI UNMERGE REPORT\nSource {id:00%####} -> target {mrn}: {pt:full} vs {s4:full}, DOB {dob:mdy} vs {old:mdy}, SSN {ssn:b} vs {ssn}\nDecision: UNMERGE (score 0.7{ctl:#}); reviewer {s3:full}\nZIP on file {zip}\n"},
    {"ca_release_of_information", kAs, L::ca,
     "RELEASE OF INFORMATION - ARCHIVED CHART\nPatient: {pt:full}, DOB {dob:long}\nHealth card: {pid}\nChart on microfilm since {yr}; reel {ctl:%##@}\nRequester: {kin:full}, {ph:i}, {email:kin}\nSubmitted from {ip:6}\n"},
    {"uk_fax_footer_pages", kAs, L::uk,
     "{old:dmy} 16:0{ctl:%}  0161 {ctl:%##} {ctl:%###}  ROYAL INFIRMARY   P.02\nRe: {pt:inv}, DOB {dob:dmy}, Hosp. No. {mrn}\n{s:ocr}\nPage 2 of 3 - {pt:ufam}, {pt:given} - {mrn}\nGP fax: {fax}\n"},
    {"ie_carbon_copy_referral", kAs, L::ie,
     "[carbon copy, faint]\nRe: {pt:ocr}, {town}\nDate of birth {dob:dmyy}; aged {age:w}\nSeen {old:enth}; {s:ocr}\n{dr} {s1:full}\n"},
    {"za_typed_letter_1970s", kAs, L::za,
     "[OCR - typed letter]\n{old:en}\nRe: {hon:pt} {pt:full}, Folder No. {mrn}, of {addr}\nTel. {ph}\nNext of kin: {kin:full} ({rel:en})\n{dr} {s1:full}\n"},
    {"in_ration_card_photocopy", kAs, L::hi,
     "[photocopy attached to old file]\nHead of family: {kin:full} ({kin:nat})\nMember: {pt:full}, age {age}\nAddress: {addr}\nCard issued {old:dmy}\n"},
    {"it_fax_referto", kAs, L::it,
     "{old:dmy} 10:1{ctl:%}   OSPEDALE CIVILE   FAX {pubph:081 555 0000}   PAG. 01\nReferto di {hon:pt} {pt:full}, nato/a il {dob:dmy}\nC.F. {pid}\nRecapito: {ph}\nFax medico curante: {fax}\n"},
    {"pt_ficha_lower", kLow, L::pt,
     "ficha manuscrita (transcrita)\n{old:dmy} consulta de {pt:low}, {age} anos, {town}, tel {ph}\n"},
    {"tr_fax_sevk", kAs, L::tr,
     "{old:dot} 09:3{ctl:%}  DEVLET HASTANESI  FAKS  S.1\nSevk: {pt:inv}, {age} yaş\nT.C. Kimlik No: {pid}\nTel: {ph:i}\nDr. faks: {fax}\n"},
    {"dk_kartotekskort", kAs, L::dk,
     "KARTOTEKSKORT (scannet)\n{pt:ufam}, {pt:given}\nCPR {pid}\nFødt {dob:dotyy}\n{addr}\nTlf. {ph}\n"},
    // --- without PHI ---
    {"no_phi_ocr_garbage_page", kAs, L::us, "[OCR - page without header]\n{s:ocr}\n{s:ocr}\n{s:ocr}\n"},
    {"no_phi_form_blank", kAs, L::uk, "BLANK FORM (scanned for the forms library)\n{s:form}\nName: ____________  D.O.B.: __/__/__  Unit No.: ________\n{s:form}\n"},
    {"no_phi_bates_cover", kAs, L::us, "PRODUCTION COVER SHEET\n{s:form}\n{s:form}\nNo patient identifiers on this sheet.\n"},
    {"no_phi_retention_policy", kAs, L::ie, "RECORDS RETENTION POLICY (extract)\n{s:adm}\n{s:adm}\n{s:form}\n"},
    {"no_phi_migration_summary", kAs, L::ca, "MIGRATION SUMMARY - LEGACY PAS TO EHR\n{s:leg}\n{s:leg}\n{s:leg}\n"},
    {"no_phi_hl7_spec", kAs, L::us, "INTERFACE SPECIFICATION v2.2 (no live data)\nPID-5 patient name, PID-7 date/time of birth (YYYYMMDD), PID-19 SSN.\n{s:leg}\n{s:leg}\n"},
    {"no_phi_old_drugs", kAs, L::au, "LEGACY FORMULARY NAMES\n{s:adm}\n{s:adm}\n"},
    {"no_phi_languages", kAs, L::de, "ARCHIVHINWEISE (mehrsprachig)\n{s:lang}\n{s:lang}\n{s:lang}\n"},
    {"no_phi_letterspaced_headings", kAs, L::fr, "P A T I E N T   R E C O R D S   D E P A R T M E N T\nR E T E N T I O N   S C H E D U L E\n{s:form}\n{s:adm}\n"},
    {"no_phi_stamp_sheet", kAs, L::it, "TIMBRI E MODULI\nRECEIVED - RECORDS DEPT.\nMod. {ctl:%##/@} Rev. {ctl:%}/8{ctl:#}\n{s:form}\n{s:lang}\n"},
    {"no_phi_years_only", kAs, L::nl, "ARCHIEFOVERZICHT\nDossiers {yr} t/m {yr} op microfilm; {s:adm}\n{s:leg}\n"},
};
// clang-format on

}  // namespace

std::size_t thirtyEighthTemplateCount() { return std::size(kTemplates38); }

std::string_view writeThirtyEighthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Tpl& t = kTemplates38[choice % std::size(kTemplates38)];
  const Cast cast = castOf(seed, patientIndex, t.g);
  Random& r = builder.random();
  std::array<Person, 3> others;
  for (std::size_t k = 0; k < 3; ++k) others[k] = drawPerson(r, t.g);
  Note n{builder, cast, t.mode, others, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0};
  expand(n, t.text);
  return t.name;
}

std::string thirtyEighthSentence(Random& r) { return sentence38(r, {}); }

}  // namespace concord::phi::corpus
