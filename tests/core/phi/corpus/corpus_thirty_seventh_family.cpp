// The thirty-seventh family (kThirtySeventhSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is telehealth, remote monitoring and consumer digital health: the
// records that apps, devices, messaging and video platforms push into the chart. Video and phone
// consultation notes from national platforms and private apps (meeting IDs, join links),
// e-prescriptions with QR payloads and verification codes, pharmacy home-delivery orders with
// courier tracking numbers, in-app chat transcripts, WhatsApp, LINE, KakaoTalk, WeChat and Telegram
// exports pasted into the record ("[12/03/2025, 14:22] Priya Sharma: ..."), SMS reminder logs,
// voicemail transcripts, chatbot and symptom-checker outputs, ePRO forms, e-signature audit trails,
// app account and username records, push-notification logs, password-reset e-mails; continuous
// glucose monitor and insulin-pump uploads, home blood pressure and oximetry dashboards, remote
// pacemaker and ICD interrogations, CPAP compliance, wearable ECG and smartwatch exports (Apple
// Health XML, Fitbit and Google Fit JSON and CSV), home dialysis telemetry, tele-ICU and telestroke
// logs, hospital-at-home dashboards, RPM billing logs. Machine shapes: JSON and XML app exports,
// CSV, key=value audit logs, HTTP access-log lines (IPv4 and IPv6), iCalendar invites, e-mail
// headers, SMS gateway logs, QR payload strings and vCards.
// Countries and scripts: India (Hindi in Devanagari, Tamil script), Pakistan (Urdu), Bangladesh
// (Bengali), Sri Lanka (Sinhala), Indonesia, Malaysia (Malay, and Chinese Malaysians), Singapore,
// China (simplified Han), Hong Kong (traditional Han), Japan (kanji and kana, imperial eras),
// South Korea (Hangul), Saudi Arabia (Hijri dates), Egypt, Morocco (Arabic script, French),
// Iran (Persian, Solar Hijri dates), Georgia (Georgian script), Armenia (Armenian script),
// Kazakhstan and Russia (Cyrillic), Kenya (Swahili), Nigeria (Yoruba, Igbo and Hausa names),
// Rwanda, Brazil, Mexico, Peru, Spain, France, Germany, the Netherlands, Sweden, Norway, Estonia,
// Australia, the UK, Canada (Quebec French) and the US: 38 pools, 39 countries and languages
// counted with Quebec.
// Notes without PHI are full of look-alikes: platform and app names (MySejahtera, eSanjeevani,
// Halodoc, Doctolib, Kry, Babylon, Teladoc, Ping An Good Doctor, LINE Healthcare, KakaoTalk),
// device brands and model numbers (Dexcom G7, FreeStyle Libre 3, Medtronic 780G, Omron HEM-7156,
// ResMed AirSense 11), firmware and version strings, HTTP codes, public hotlines, generic URLs,
// glucose and time-in-range figures, eponyms, capitalised technical words that look like names
// (Bluetooth, Android, Siri, Alexa, Cortana: not people, JUDGEMENT CALL), cities used as
// institution names, years alone, Arabic-Indic and Persian digits in PHI-free text.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), as the thirtieth
// to thirty-sixth families restate them, with this family's decisions (JUDGEMENT CALL each).
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("ABHA: ", "NIK ", "CPF ",
//    "SNILS "), JSON keys and quotes, XML attribute names and quotes, CSV separators, key=value
//    keys ("to=", "ip="), iCalendar and vCard property names and parameters ("ATTENDEE;CN=",
//    ":mailto:", "TEL;TYPE=cell:"), e-mail header names and angle brackets, QR payload keys and
//    separators ("|DOB=") and trailing punctuation are outside. A vCard "N:" value's family and
//    given parts are one span each, the semicolons outside (JUDGEMENT CALL, as HL7 components).
//  * Everyone named in connection with the patient is PHI (the default): the patient, relatives
//    and carers, and staff (tele-nurses, remote-monitoring technicians, pharmacists, couriers
//    named in a delivery) named in a note that carries a patient. A name inside a device's name
//    ("Ana's Apple Watch") is a name span of the given name only, the "'s" and the device words
//    outside (JUDGEMENT CALL). NOT PHI: platform, app and device names, eponyms, capitalised
//    technical words (Bluetooth, Android, Siri, Alexa, Cortana), hospitals and pharmacies.
//  * Names: titles and forms of address before a name are outside ("Shri", "Smt.", "श्री",
//    "श्रीमती", "திரு.", "திருமதி", "جناب", "بیگم", "জনাব", "জনাবা", "Bapak", "Ibu", "Encik",
//    "Puan", "Mdm", "السيد", "السيدة", "آقای", "خانم", "ბატონი", "ქალბატონი", "պարոն", "տիկին",
//    "г-н", "г-жа", "Bi.", "Bw.", "Dkt.", "Sr.", "Sra.", "Herr", "Frau", "Mme", "M.", "dhr.",
//    "mevr.", "fru", "herr", "pr", "hr", "Mr", "Mrs", "Ms", "Dr", "Dr.", "dr.", "د.", "دکتر",
//    "ექიმი", "բժիշկ", "врач", "डॉ.", "ডা.", "ڈاکٹر"); forms of address after a name are outside
//    ("さん", "様", "씨", "님", "先生", "女士", "صاحب", "මහතා", "මහත්මිය", "医生", "醫生", "医師");
//    credentials after a name are outside (", RN", ", MD", ", CDCES", ", NP", ", RPh",
//    " (tele-nurse)", " (courier)"). A name written in one piece is one span in the record's
//    order: Chinese, Japanese, Korean and Malaysian-Chinese family name first ("王秀英", "佐藤 花子",
//    "サトウ ハナコ", "김민지", "TAN Mei Ling"), Russian and Kazakh official order family name first
//    in Cyrillic ("Смирнова Ольга"), Malay names with "bin"/"binti" inside ("Nur Aisyah binti
//    Ismail"), Spanish, Mexican, Peruvian and Brazilian double surnames, Dutch "van den"; Arabic,
//    Persian, Urdu, Devanagari, Tamil, Bengali, Sinhala, Georgian, Armenian, Cyrillic and Han
//    script; capitals, lower case (chat exports), inverted, initials; a given name or a family
//    name alone is a name.
//  * Usernames and app user IDs are "account" spans whole, whether or not a name is inside them
//    ("priya.sharma88", "U482913377"; JUDGEMENT CALL: an account with the service; the family's
//    usernames always carry digits). India's ABHA number and ABHA address ("priyasharma51@abdm")
//    are "mrn" (JUDGEMENT CALL: they key one person's health records).
//  * Dates: the date only; a weekday or a time next to it is outside. Dates of birth, of visits
//    and teleconsultations, of readings and uploads (a CGM report period, an Apple Health record's
//    startDate, a Fitbit "dateTime", a CSV row's day), of consent, prescriptions and deliveries
//    are dates (JUDGEMENT CALL: readings are the patient's care). In an ISO date-time or a JSON
//    value only the date is the span ("2025-03-12" of "2025-03-12T08:14:00+05:30"); an
//    iCalendar "DTSTART:20250312T093000" gives "20250312". Every local form: Japanese imperial
//    eras ("令和7年3月15日", "昭和27年4月2日", era word inside), Han "2025年3月15日", Korean
//    "2025년 3월 15일" and "2025.03.15", Hijri dates of Saudi records ("1446/09/15", the "هـ"
//    outside; an approximation of the arithmetic calendar, fine for synthetic text), Solar Hijri
//    dates of Iranian records ("1403/12/25", approximated), month names in Hindi, Tamil, Urdu,
//    Bengali, Sinhala, Indonesian, Malay, Arabic, Georgian, Armenian, Kazakh, Russian, Swahili,
//    Portuguese, Spanish, French, German, Dutch, Swedish, Norwegian, Estonian and English.
//    NOT PHI (JUDGEMENT CALL, as the thirty-fourth to thirty-sixth families): time stamps of
//    server, audit, SMS-gateway, push-notification and HTTP logs, of chat-export and e-mail
//    headers and of export files (Apple Health "ExportDate"); a year alone; firmware and app
//    release dates. Arabic-Indic and Persian digits appear only in PHI-free text (JUDGEMENT CALL:
//    the shared check counts ASCII digits).
//  * Ages: a span only over 89, the number only ("93 साल": "93"; "93歳": "93"; "93세": "93";
//    "93 года": "93"), or its English words ("ninety-four").
//  * Phones: every phone number of a person (patient, relative, carer, a named clinician's
//    mobile), national, international and machine forms ("+919876543210", "to=+6591234567"),
//    WhatsApp numbers too, is a "phone" span; numbers labelled fax are "fax". NOT PHI: platforms'
//    public support lines, national hotlines, pharmacies' and hospitals' switchboards, short codes.
//  * Identifiers, by the families' rule (a number keying one person's records "mrn", an identity
//    document "license", insurance "health_plan", cases, orders and bills "account"):
//    - "mrn": hospital and clinic numbers, RPM enrolment IDs keyed to the patient, population
//      register numbers (JUDGEMENT CALL, as the 34th to 36th families): Aadhaar, ABHA, NIK, the
//      Korean RRN, the Egyptian national ID, the Iranian code melli, the Georgian personal number,
//      the Armenian public service number, the Kazakh IIN, the Russian SNILS, the Nigerian NIN,
//      the Brazilian CPF, the Mexican CURP, the French NIR, the Dutch BSN, the Swedish
//      personnummer, the Norwegian fødselsnummer, the Estonian isikukood, the Australian IHI, the
//      UK NHS number, the Japanese My Number.
//    - "license": identity cards and passports named as such (Pakistani CNIC, Bangladeshi NID,
//      Sri Lankan NIC, MyKad, Singapore NRIC, Chinese resident ID card, HKID, Saudi national ID
//      and Iqama, Moroccan CIN, Kenyan national ID, Rwandan indangamuntu, Peruvian DNI, Spanish
//      NIE and DNI, Brazilian RG, Mexican INE, Russian internal passport, Indian PAN card,
//      driving licences, passports) and a named clinician's registration number.
//    - "health_plan": insurance (Indonesian BPJS, Japanese insurance card, Korean health
//      insurance card, Kenyan SHA/NHIF, Nigerian NHIA, Brazilian CNS, Mexican NSS, Spanish
//      tarjeta sanitaria, French mutuelle, German KVNR, Dutch policy, Russian OMS policy,
//      Australian Medicare, Quebec RAMQ, US plans and Medicare MBIs).
//    - "account": e-prescription numbers and dispensing codes, pharmacy orders, courier tracking
//      numbers, RPM and telehealth claim numbers, app usernames and user IDs (JUDGEMENT CALL each).
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of the patient's devices: CGM sensors and transmitters, insulin pumps,
//      pacemakers and ICDs, CPAP machines, BP cuffs, oximeters, watches and ECG patches, home
//      dialysis cyclers, and the IMEI of the patient's phone (JUDGEMENT CALL).
//    - "vehicle": plates of the patient's or a relative's car (parking permits for home dialysis,
//      a telestroke arrival by private car).
//    - NOT PHI (JUDGEMENT CALL each): device model numbers and firmware builds, software and app
//      versions, meeting IDs and passcodes of a video visit, app-install UUIDs, push tokens and
//      hashes (pseudonymous tokens, not stamped on the patient's hardware), HTTP status codes,
//      CPT codes, glucose, BP, SpO2 and step values, kit and sensor LOT numbers.
//  * Addresses: every address of a person (home, delivery address) is an "address" span in the
//    country's order; a town alone where a person lives is an address; a US ZIP is its own "zip"
//    span. Addresses of hospitals, pharmacies and platforms are not PHI.
//  * URLs: a patient-specific visit or report link is a "url" span (JUDGEMENT CALL); a platform's
//    generic join page, app-store links and help pages are not PHI. E-mails one span each; IPv4
//    and IPv6 of the patient's or a relative's session are "ip"; a server's private address is not.
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_thirty_seventh_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace concord::phi::corpus {

namespace {

enum class L { hi, ta, pk, bd, lk, id, my, mc, sg, cn, hk, jp, kr, sa, eg, ma, ir, ge, am, kz, ru, ke, ng, rw, br, mx, pe, es, fr, de, nl, se, no, ee, au, uk, qc, us };
constexpr std::size_t kLands = 38;

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

struct Pool {
  std::span<const Nm> given, family;
};

Pool pool37(L g) {
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
  const Nm& f = pool37(g).family[k];
  q.familyIndex = k;
  q.family = std::string(q.female && !f.fem.empty() ? f.fem : f.lat);
  q.nFamily = orLat(q.female && !f.nfem.empty() ? f.nfem : f.nat, q.family);
  q.kFamily = orLat(f.kana, q.nFamily);
}

Person drawPerson(Random& r, L g) {
  const Pool p = pool37(g);
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

std::string up37(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low37(std::string s) { return recaseUtf8(std::move(s), false); }
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
    case L::hi: case L::ta: case L::pk: case L::bd: case L::lk: case L::sa: case L::eg: case L::ma: case L::ir: case L::ge: case L::am:
      return p.nGiven + " " + p.nFamily;
    default: return runningName(p, g);
  }
}

// Name forms: full, up, low, given, lgiven, fam, ufam, inv, ini, nat, nfam, ngiven, kana, reg (family
// name in capitals first), nlow (the native form in lower case: Latin and Cyrillic letters).
std::string nameForm(Random& r, const Person& p, L g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "up", "ini", "nat", "full", "nat"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return runningName(p, g);
  if (f == "up") return up37(runningName(p, g));
  if (f == "low") return low37(runningName(p, g));
  if (f == "given") return p.given;
  if (f == "lgiven") return low37(p.given);
  if (f == "fam") return patronymic(g) ? p.given : surnames(p);
  if (f == "ufam") return up37(patronymic(g) ? p.given : surnames(p));
  if (f == "reg") return familyFirst(g) ? up37(surnames(p)) + " " + p.given : up37(surnames(p)) + " " + p.given;
  if (f == "nat") return nativeName(p, g);
  if (f == "nlow") return low37(nativeName(p, g));
  if (f == "nfam") return p.nFamily;
  if (f == "ngiven") return p.nGiven;
  if (f == "kana") return p.kFamily + " " + p.kGiven;
  if (f == "inv") {
    if (patronymic(g)) return up37(p.given) + " " + up37(surnames(p));
    return up37(surnames(p)) + ", " + p.given;
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
  Random r((seed ^ 0x3737ULL) * 0xbf58476d1ce4e5b9ULL + (patientIndex + 7) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(g) * 0x94d049bb133111ebULL);
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
};

std::string cased(const Note& n, std::string s) {
  return n.mode == Mode::lower ? low37(std::move(s)) : n.mode == Mode::upper ? up37(std::move(s)) : s;
}
void put(Note& n, std::string_view category, std::string v) {
  if (category == "phone") n.lastPhone = v;
  if (category == "email") n.lastEmail = v;
  n.b.phi(category, cased(n, std::move(v)));
}
void say(Note& n, std::string v) { n.b.text(cased(n, std::move(v))); }

void putDate(Note& n, const Date& t, std::string_view style) {
  Random& r = n.b.random();
  n.last = t;
  const std::string_view s = style.empty() ? land(n.c.g).dateStyles[r.next() % 3] : style;
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

std::string sentence37(Random& r, std::string_view topic);

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
    static constexpr std::string_view kUrl[] = {"https://visit.example-tele.in/v/", "https://meet.example-care.com/room/", "https://portal.example-rpm.com/reports/",
                                                "https://halodoc.example.co.id/konsultasi/", "https://www.doctolib.example.fr/visio/", "https://clarity.example-cgm.com/share/"};
    return put(n, "url", std::string(r.pick(std::span<const std::string_view>(kUrl))) + shape(r, "^^^^^^^^^^") + "?pid=" + r.digits(7));
  }
  if (what == "ip") return put(n, "ip", form == "6" ? ipv6Value(r) : ipv4Value(r));
  if (what == "addr") return put(n, "address", c.home);
  if (what == "oaddr") return put(n, "address", g == L::us ? std::to_string(r.between(10, 999)) + " Levee Rd, " + c.city + ", " + c.state : addressOf(r, g));
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
  if (what == "s") return say(n, sentence37(r, form));
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
// SENTENCES without PHI: platforms and apps, devices and their numbers, readings, machine formats,
// the countries' own languages, hotlines and help pages, all full of look-alikes.
std::string sentence37(Random& r, std::string_view topic) {
  const std::string n2 = std::to_string(r.between(10, 99)), n3 = std::to_string(r.between(100, 999)), n4 = std::to_string(r.between(1000, 9999)),
                    y = std::to_string(r.between(2015, 2025));
  const std::string s[] = {
      // platforms and apps (0-11)
      "Teleconsultation via eSanjeevani OPD; audio and video quality adequate; consent for teleconsultation recorded as per Telemedicine Practice Guidelines " + y + ".",
      "Patient uses MySejahtera for vaccination records and Halodoc for pharmacy delivery; both linked in the app settings.",
      "Video visit on Doctolib Téléconsultation; connection dropped twice, completed by phone.",
      "Kry and Babylon offer 24/7 GP video appointments; Teladoc covers the US members of the plan.",
      "Ping An Good Doctor (平安好医生) consultation summary imported; LINE Healthcare chat closed after 15 minutes.",
      "KakaoTalk channel notifications enabled for appointment reminders; no clinical content is sent by chat.",
      "Meeting platform: Zoom for Healthcare (BAA in place); waiting room enabled; recording disabled.",
      "Microsoft Teams and WhatsApp are not approved for clinical images; use the secure upload in the portal.",
      "Symptom checker triage result: self-care advised; red flags none; algorithm version " + generic(r, "ver") + ".",
      "Chatbot handed over to a human agent after 3 turns; average wait " + n2 + " seconds.",
      "ePRO completion rate this quarter: " + n2 + "%; reminders sent by push notification and SMS.",
      "Hospital-at-home programme: " + n2 + " virtual beds; nurse visits twice daily; escalation via the virtual ward hub.",
      // devices and their numbers (12-25)
      "Dexcom G7 sensor, 10-day wear plus 12-hour grace period; warm-up 30 minutes; " + generic(r, "lot") + ".",
      "FreeStyle Libre 3 readings every minute; alarms at 3.9 and 13.9 mmol/L; reader software " + generic(r, "ver") + ".",
      "Medtronic MiniMed 780G in SmartGuard; target 5.5 mmol/L; active insulin time 2 hours.",
      "Omron HEM-7156 cuff, size 22-42 cm; validated (ESH-IP " + y + "); Bluetooth pairing with OMRON connect.",
      "ResMed AirSense 11 AutoSet, pressure 6-14 cmH2O, EPR 2; humidity level 4; firmware " + generic(r, "fw") + ".",
      "Medtronic Azure XT DR MRI (model W1DR01) and Boston Scientific Accolade MRI L331 are MR-conditional.",
      "KardiaMobile 6L strip: sinus rhythm, 25 mm/s, 10 mm/mV; AI determination 'Normal'.",
      "Apple Watch irregular rhythm notification (IRN) is cleared for users aged 22 and over; ECG app " + generic(r, "ver") + ".",
      "Masimo MightySat Rx: SpO2 " + generic(r, "spo2") + "%, PR " + generic(r, "hr") + " bpm, PI 2.4; Android and iOS apps supported.",
      "Baxter Homechoice Claria cycler with Sharesource; fill volume 2,000 mL, 5 cycles, last fill 1,500 mL.",
      "Tandem t:slim X2 with Control-IQ; software update " + generic(r, "fw") + " released in " + y + ".",
      "Withings BPM Connect syncs over Wi-Fi; Alexa and Siri integrations are disabled on clinical devices.",
      "Serial numbers are printed on the back of the reader; model numbers such as HEM-7156T-EBK are not serials.",
      "Transmitter battery lasts 90 days; replace when the app shows 'Transmitter battery low'.",
      // readings and figures (26-35)
      "Time in range (3.9-10.0 mmol/L) " + n2 + "%, time below range 2%, GMI 7.1%, coefficient of variation 33.8%.",
      "Average glucose " + generic(r, "glu") + " mg/dL; 14 days of data, sensor active 96%.",
      "Home BP average " + generic(r, "bp") + " mmHg over 7 days (morning and evening, 2 readings each).",
      "Overnight oximetry: ODI " + n2 + "/h, T90 12%, nadir SpO2 81%.",
      "CPAP usage " + std::to_string(r.between(4, 8)) + " h " + n2 + " min per night, AHI 2.1/h, leak 95th percentile 18 L/min; compliance 87% of nights over 4 hours.",
      "Step count " + generic(r, "steps") + " per day on average; resting heart rate " + generic(r, "hr") + " bpm.",
      "Remote interrogation: battery 8.5 years, RA pacing 12%, RV pacing <1%, no VT/VF episodes; lead impedances stable.",
      "Home dialysis: UF " + n3 + " mL, dwell time 2 h, drain alarms 0; effluent clear.",
      "RPM billing: CPT 99453, 99454 (16 days of readings), 99457 and 99458; 20 minutes of interactive communication.",
      "Weight trend +1.8 kg over 3 days triggers the heart-failure alert (threshold 1.5 kg).",
      // machine formats (36-45)
      "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2339-0\"}]},\"valueQuantity\":{\"value\":" + generic(r, "glu") + ",\"unit\":\"mg/dL\"}}",
      "<HealthData locale=\"en_GB\"><ExportDate value=\"" + stamp(r, "apple") + "\"/></HealthData>",
      "10.0.3." + std::to_string(r.between(2, 250)) + " - - [" + stamp(r, "clf") + "] \"GET /api/v2/health HTTP/1.1\" " + generic(r, "http") + " " + n4,
      "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example Health//Scheduling " + generic(r, "ver") + "//EN\nEND:VCALENDAR",
      "install_id=" + generic(r, "uuid") + " app_version=" + generic(r, "ver") + " os=Android 14 push_token=" + generic(r, "hash"),
      "timestamp,glucose_mg_dl,trend (no identifiers; sample file for the import tool)",
      "SMS gateway status codes: 0 delivered, 1 queued, 5 undeliverable; retry after 300 s.",
      "Content-Type: application/fhir+json; charset=utf-8; X-Request-ID: " + generic(r, "uuid"),
      "sha256=" + generic(r, "hash") + generic(r, "hash").substr(0, 24),
      "Meeting ID and passcode are generated per appointment and expire after the visit; the join page is https://meet.example-tele.com/.",
      // the countries' own languages (46-61)
      "टेलीपरामर्श: रोगी की सहमति ली गई; ई-संजीवनी पर वीडियो कॉल " + n2 + " मिनट चली।",
      "தொலை மருத்துவ ஆலோசனை: இரத்த சர்க்கரை அளவுகள் செயலியில் பதிவேற்றப்பட்டன.",
      "ٹیلی میڈیسن مشاورت: مریض نے گھر پر بلڈ پریشر کی ریڈنگز بھیجیں۔ ہیلپ لائن ١١٦٦",
      "টেলিমেডিসিন পরামর্শ: রোগী অ্যাপের মাধ্যমে রক্তে শর্করার রিডিং পাঠিয়েছেন।",
      "දුරස්ථ වෛද්‍ය උපදේශනය: රෝගියා නිවසේ සිට රුධිර පීඩනය මැන යවයි.",
      "Konsultasi daring melalui Halodoc; obat dikirim ke rumah oleh apotek mitra; layanan BPJS Kesehatan 165.",
      "Temujanji maya melalui MySejahtera; bacaan gula darah dimuat naik setiap minggu.",
      "互联网医院复诊：患者通过微信小程序上传血糖数据，平安好医生提供在线问诊。",
      "遙距會診：病人透過「醫健通」上載血壓紀錄，醫管局 HA Go 應用程式版本 " + generic(r, "ver") + "。",
      "オンライン診療：LINEヘルスケアでビデオ通話、処方箋は薬局へ送付。血糖値の平均は" + generic(r, "glu") + " mg/dL。",
      "비대면 진료: 카카오톡 알림으로 예약 안내, 혈당 측정기 데이터 자동 전송.",
      "الاستشارة عن بعد عبر تطبيق صحتي؛ رقم الخدمة ٩٣٧ متاح على مدار الساعة.",
      "مشاوره از راه دور: بیمار فشار خون روزانه را در برنامه ثبت می‌کند؛ تلفن ۴۰۳۰ پاسخگو است.",
      "Телемедицинская консультация через Госуслуги; показания глюкометра переданы в приложение.",
      "Ushauri wa simu: mgonjwa hutuma vipimo vya sukari kupitia programu kila wiki.",
      "Teleconsulta pelo app Meu SUS Digital; receita digital enviada por SMS; Disque Saúde 136.",
      // hotlines, help pages, places used as institutions (62-71)
      "Platform support line 1800 " + n3 + " " + n3 + " (toll-free, 8am-8pm); no clinical advice is given on this line.",
      "Help centre: https://www.example-health.org/help; app store listing https://apps.example.com/app/id" + n4 + n3 + ".",
      "Apollo Telehealth, Chennai; Aga Khan University Hospital, Karachi; Charité, Berlin: remote-monitoring partner sites.",
      "Mayo Clinic and Cleveland Clinic publish patient guides for CGM use; Joslin Diabetes Center runs the training.",
      "NHS 111 online and Healthdirect (1800 022 222) give triage advice; call 999 or 000 in an emergency.",
      "Telehealth privacy notice version " + std::to_string(r.between(2, 9)) + ".1, reviewed " + y + "; Data Protection Officer contact via the web form.",
      "Cortana, Siri and Alexa voice assistants must not be used to read out results in shared rooms.",
      "Bluetooth Low Energy pairing failed on Android 13; advise to re-enable location permission.",
      "Huawei Health and Samsung Health exports are accepted as PDF; Google Fit and Fitbit as CSV.",
      "Ministry of Health Malaysia virtual clinic programme, " + y + " annual report: " + n4 + " teleconsultations.",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "app") k = in(0, 12);
  else if (topic == "dev") k = in(12, 14);
  else if (topic == "val") k = in(26, 10);
  else if (topic == "fmt") k = in(36, 10);
  else if (topic == "lang") k = in(46, 16);
  else if (topic == "adm") k = in(62, 10);
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
constexpr Tpl kTemplates37[] = {
    // --- India (Hindi, Tamil) ---
    {"hi_esanjeevani_teleconsult", kAs, L::hi,
     "eSanjeevani OPD - TELECONSULTATION RECORD\nPatient: {hon:pt} {pt:nat} ({pt:full})\nAge: {age} साल   Sex: {sex}\nABHA number: {abha}\nABHA address: {abhaddr}\nMobile: {ph}\nDate of consultation: {date}\nConsulting doctor: {dr} {s1:nat}, Reg. No. {reg}\nJoin page used: {g:gurl} (meeting ID {g:meet})\n{s:app}\n"},
    {"hi_whatsapp_export", kAs, L::hi,
     "[WhatsApp chat export pasted by ward clerk]\n[{stamp:chat}] {pt:full}: डॉक्टर साहब, आज सुबह शुगर {g:glu} थी\n[{stamp:chat}] {s2:full}: कृपया दवा की पर्ची की फोटो भेजें\n[{stamp:chat}] {kin:nat}: मेरा नंबर {ph:i} है (रिश्ता: {rel})\n"},
    {"hi_epharmacy_delivery", kAs, L::hi,
     "E-PHARMACY HOME DELIVERY - ORDER {rx:ORD%########}\nCustomer: {hon:pt} {pt:full}\nDelivery address: {addr}\nPhone: {ph:n}\nAadhaar (verified): {pid}\nPrescription date: {date:dmy}\nCourier AWB: {track}\nPAN card (invoice): {card}\nPharmacist: {s3:full}, RPh\n"},
    {"hi_lower_sms", kLow, L::hi,
     "sms from patient (hinglish)\nnamaste doctor, main {pt:low} hoon, sugar {g:glu} hai, report whatsapp {ph:h} pe bhejo. umar {age} saal\n"},
    {"ta_cgm_upload", kAs, L::ta,
     "CGM UPLOAD REVIEW - Diabetes Telemonitoring Clinic\nபெயர்: {pt:nat}\nName: {pt:up}\nDOB: {dob:dmy}\nReport period: {date:dmy} - {later:dmy}\nSensor: Dexcom G7, serial {serial:cgm}\nMobile: {ph}\n{s:val}\nReviewed by {dr} {s1:full}\n"},
    {"ta_sms_reminder_log", kAs, L::ta,
     "sms_gateway.log\n{stamp:sql} SENT to={ph:h} tpl=APPT_REMINDER body=\"வணக்கம் {hon:pt} {pt:ngiven}, உங்கள் தொலை ஆலோசனை {date:dm} அன்று\" status=DELIVERED\n{stamp:sql} SENT to={again_ph} tpl=OTP status=DELIVERED\n"},
    {"ta_fitbit_csv", kAs, L::ta,
     "Fitbit export (activities.csv) uploaded by {pt:full}\nDate,Steps,Distance,Calories\n{date:iso},{g:steps},4.2,1840\n{later:iso},{g:steps},3.9,1760\nUser ID: {uid:%@@%@@}\n"},
    // --- Pakistan, Bangladesh, Sri Lanka ---
    {"pk_sehat_video_consult", kAs, L::pk,
     "VIDEO CONSULTATION NOTE\nPatient: {hon:pt} {pt:full} ({pt:nat})\nCNIC: {pid}\nSehat card: {ins}\nPhone (WhatsApp): {ph:i}\nDate: {date}\nHome: {addr}\nComplaint: fever 3 days. {s:val}\nDoctor: {dr} {s1:full}, PMDC {reg}\n"},
    {"pk_voicemail_urdu", kAs, L::pk,
     "VOICEMAIL TRANSCRIPT (auto, Urdu)\nFrom: {ph}\nReceived: {stamp:sql}\n\"السلام علیکم، میں {kin:nat} بول رہی ہوں، {pt:nat} صاحب کی {rel}۔ ان کی دوائی ختم ہو گئی ہے، براہ کرم واپس کال کریں {again_ph}\"\n"},
    {"bd_telemedicine_prescription", kAs, L::bd,
     "টেলিমেডিসিন পরামর্শপত্র\nনাম: {hon:pt} {pt:nat}\nবয়স: {age} বছর\nএনআইডি: {pid}\nমোবাইল: {ph}\nতারিখ: {date:bn}\nঠিকানা: {addr}\nচিকিৎসক: {dr} {s1:nat}, BMDC {reg}\n{s:lang}\n"},
    {"bd_imo_chat", kAs, L::bd,
     "[imo chat, copied into the record]\n{kin:full}: rogi {pt:given} er pressure {g:bp} aajke\n{s2:full}: ok, please share a photo of the machine\n{kin:given}: number {ph:n}, bkash same number\n"},
    {"lk_bp_dashboard", kAs, L::lk,
     "HOME BP DASHBOARD - Telehealth Unit, Colombo\nPatient: {pt:nat} {hon:pt} / {pt:full}\nNIC: {pid}\nDevice: Omron HEM-7156, serial {serial:bp}\nReadings {date:iso} to {later:iso}: average {g:bp} mmHg\nContact: {ph}\nHome: {addr}\n"},
    // --- Indonesia, Malaysia, Singapore ---
    {"id_halodoc_chat", kAs, L::id,
     "HALODOC - RIWAYAT CHAT DOKTER\nPasien: {hon:pt} {pt:full}\nNIK: {pid}\nBPJS: {ins}\nTanggal konsultasi: {date:id}\n[{stamp:sql}] {pt:given}: dok, gula darah saya {g:glu} tadi pagi\n[{stamp:sql}] {dr} {s1:full}: baik, resep dikirim ke apotek\nAlamat pengiriman: {addr}\nNo. HP: {ph}\n"},
    {"id_eresep_qr", kAs, L::id,
     "E-RESEP (QR payload)\nERX|v2|RX={rx}|NIK={pid}|NAMA={pt:up}|TGL_LAHIR={dob:compact}|DOKTER={s1:up}|STR={reg}\nKode verifikasi apotek: {acct:%#####}\n"},
    {"id_telegram_posyandu", kAs, L::id,
     "[Telegram export] Grup Posyandu Lansia\n{stamp:chat} - {s2:full}: Ibu {pt:full} ({age} tahun) tensi {g:bp} hari ini\n{stamp:chat} - {kin:full}: terima kasih bu, HP saya {ph:n}\n"},
    {"my_virtual_clinic", kAs, L::my,
     "KLINIK MAYA - NOTA KONSULTASI VIDEO\nNama: {hon:pt} {pt:full}\nNo. MyKad: {pid}\nTarikh: {date:ms}\nAlamat: {addr}\nTelefon: {ph}\nE-mel: {email}\nPautan lawatan: {vurl}\nDoktor: {dr} {s1:full}, MMC {reg}\n"},
    {"my_pump_upload", kAs, L::my,
     "INSULIN PUMP UPLOAD\nPatient: {pt:inv}\nIC: {pid}\nPump: Medtronic MiniMed 780G, SN {serial:pump}\nUpload date: {date:dmy}\nCaregiver: {kin:full} ({rel:ms}), {ph:i}\n{s:dev}\n"},
    {"mc_wechat_export", kAs, L::mc,
     "[微信聊天记录导出]\n{stamp:chat} {kin:nat}: 医生，我家人{pt:nat}昨晚血糖 {g:glu}\n{stamp:chat} {s2:nat}: 请在 {date:cnd} 上午视频复诊\n{stamp:chat} {kin:nat}: 好的，我的电话 {ph}\n"},
    {"mc_rpm_enrolment", kAs, L::mc,
     "REMOTE MONITORING ENROLMENT\nName: {pt:reg}\nMyKad: {pid}\nDate of birth: {dob:dmy}\nAddress: {addr}\nDevice: BP monitor SN {serial:bp}\nNext of kin: {hon:kin} {kin:full}, {ph}\n"},
    {"sg_polyclinic_video", kAs, L::sg,
     "VIDEO CONSULTATION - POLYCLINIC\nPatient: {hon:pt} {pt:full}\nNRIC: {pid}\nDate: {date:en}\nMobile: {ph:i}\nVisit link sent by SMS: {vurl}\n{s:app}\nDoctor: {dr} {s1:full}, MCR {reg}\n"},
    {"sg_sms_gateway", kAs, L::sg,
     "sms-gw {stamp:iso} level=INFO msisdn={ph:h} template=TELECONSULT_LINK status={g:http}\nsms-gw {stamp:iso} level=INFO msisdn={again_ph} template=MED_DELIVERY tracking={track} status={g:http}\n"},
    {"sg_vcard_caregiver", kAs, L::sg,
     "BEGIN:VCARD\nVERSION:3.0\nFN:{kin:full}\nTEL;TYPE=cell:{ph:i}\nEMAIL:{email:kin}\nADR;TYPE=home:;;{addr};;;;Singapore\nNOTE:Caregiver of {hon:pt} {pt:full} (NRIC {pid})\nEND:VCARD\n"},
    // --- China, Hong Kong, Japan, Korea ---
    {"cn_internet_hospital", kAs, L::cn,
     "互联网医院复诊记录\n姓名：{pt:nat}\n身份证号：{pid}\n医保卡号：{ins}\n手机：{ph}\n就诊日期：{date:cnd}\n年龄：{age}岁\n地址：{addr}\n处方号：{rx:CF%##########}\n医生：{s1:nat}医生\n"},
    {"cn_wearable_json", kAs, L::cn,
     "{{\"source\":\"华为运动健康\",\"user\":{{\"name\":\"{pt:nat}\",\"phone\":\"{ph:h}\",\"birthday\":\"{dob:iso}\"},\"records\":[{{\"date\":\"{date:iso}\",\"steps\":{g:steps},\"hr\":{g:hr}}]}\n"},
    {"cn_pharmacy_delivery", kAs, L::cn,
     "京东大药房 送药上门\n收货人：{pt:nat}\n电话：{ph:n}\n地址：{addr}\n订单号：{acct:JD%###########}\n运单号：{track}\n处方日期：{date:iso}\n"},
    {"hk_telehealth_consult", kAs, L::hk,
     "TELEHEALTH CONSULTATION\nName: {pt:reg} ({pt:nat})\nHKID: {pid}\nDOB: {dob:dmy}\nMobile: {ph}\nVideo consultation on {date:dmy}. {s:val}\nCase doctor: {dr} {s1:full}\n"},
    {"hk_whatsapp_family", kAs, L::hk,
     "[WhatsApp 對話]\n[{stamp:chat}] {kin:nat}: 醫生你好，{pt:nat}{hon:pt}今日血壓 {g:bp}\n[{stamp:chat}] {s2:nat}: 收到，請於 {date:cnd} 覆診\n[{stamp:chat}] {kin:nat}: 我電話 {ph}\n"},
    {"jp_online_shinryo", kAs, L::jp,
     "オンライン診療記録\n氏名：{pt:nat} {hon:pt}\nフリガナ：{pt:kana}\n生年月日：{dob:reiwa}\n年齢：{age}歳\n保険者番号：{ins}\n電話：{ph}\n診療日：{date:jpd}\nビデオ通話URL：{vurl}\n担当医：{s1:nat} {dr}\n"},
    {"jp_line_export", kAs, L::jp,
     "[LINE] トーク履歴\n{stamp:sql}\t{kin:nat}\t家族の{pt:nat}の血糖値は{g:glu}でした\n{stamp:sql}\t{s2:nat}\t{kin:ngiven}さん、ありがとうございます。次回は{date:slash}です\n"},
    {"jp_cpap_report", kAs, L::jp,
     "CPAP使用状況レポート\n患者：{pt:nat} 様\n装置：ResMed AirSense 11 シリアル番号 {serial:cpap}\n期間：{date:jpd}～{later:jpd}\n{s:val}\n"},
    {"jp_apple_health_records", kAs, L::jp,
     "<Record type=\"HKQuantityTypeIdentifierBloodGlucose\" sourceName=\"{pt:given}'s iPhone\" unit=\"mg/dL\" startDate=\"{date:iso} 07:30:00 +0900\" value=\"{g:glu}\"/>\n<Record type=\"HKQuantityTypeIdentifierOxygenSaturation\" sourceName=\"{pt:given}'s Apple Watch\" startDate=\"{later:iso} 02:11:00 +0900\" value=\"0.{g:spo2}\"/>\n"},
    {"kr_kakao_export", kAs, L::kr,
     "[카카오톡 대화 내보내기]\n[{kin:nat}] [{tm}] 환자 {pt:nat}님 혈압이 {g:bp} 나왔어요\n[{s2:nat}] [{tm}] 네, {date:kod} 비대면 진료 예약되었습니다\n[{kin:nat}] [{tm}] 연락처는 {ph}입니다\n"},
    {"kr_telehealth_record", kAs, L::kr,
     "비대면 진료 기록\n성명: {pt:nat} ({pt:full})\n주민등록번호: {pid}\n건강보험증 번호: {ins}\n연락처: {ph}\n진료일: {date:kod}\n나이: {age}세\n주소: {addr}\n담당의: {s1:nat} {dr}\n"},
    {"kr_bp_csv", kAs, L::kr,
     "혈압 측정 기록 (CSV)\n이름,{pt:nat}\n생년월일,{dob:iso}\n측정일,수축기,이완기\n{date:ymdot},{ctl:1%#},{ctl:%#}\n{later:ymdot},{ctl:1%#},{ctl:%#}\n기기 일련번호,{serial:bp}\n"},
    // --- Saudi Arabia, Egypt, Morocco, Iran ---
    {"sa_video_consult", kAs, L::sa,
     "استشارة مرئية\nالاسم: {hon:pt} {pt:nat}\nName: {pt:full}\nرقم الهوية: {pid}\nالجوال: {ph}\nتاريخ الاستشارة: {date:hijri} هـ ({again:iso})\nالعمر: {age} سنة\nالطبيب: {dr} {s1:nat}\n{s:lang}\n"},
    {"sa_pharmacy_delivery", kUp, L::sa,
     "PHARMACY HOME DELIVERY\nPatient: {pt:full}\nIqama: {card}\nDelivery: {addr}\nMobile: {ph:i}\nPrescription: {rx}, dated {date:dmy}\nInsurance: {ins}\nDriver tracking: {track}\n"},
    {"eg_teleconsult", kAs, L::eg,
     "استشارة طبية عن بعد\nالاسم: {hon:pt} {pt:nat}\nالرقم القومي: {pid}\nالموبايل: {ph}\nالتاريخ: {date:ar}\nالعنوان: {addr}\nالسن: {age} سنة\nالطبيب: {dr} {s1:nat}\n"},
    {"eg_pacemaker_remote", kAs, L::eg,
     "REMOTE PACEMAKER FOLLOW-UP\nPatient: {pt:up}\nNational ID: {pid}\nDevice: Medtronic Azure XT DR MRI (W1DR01), serial {serial:pm}\nTransmission date: {date:dmy}\n{s:val}\nNext of kin: {kin:full} ({ph})\nPhysician: {dr} {s1:full}\n"},
    {"eg_chatbot_triage", kAs, L::eg,
     "CHATBOT TRIAGE OUTPUT\nsession={g:uuid} lang=ar\nuser: {pt:full}, mobile {ph:h}\nbot: symptoms? user: chest tightness 2 days\ntriage=URGENT; advised to call 123 (ambulance, public line)\nhandover to nurse {s2:full} at {stamp:sql}\n"},
    {"ma_teleconsultation_fr", kAs, L::ma,
     "TÉLÉCONSULTATION - Compte rendu\nPatient(e) : {hon:pt} {pt:full} ({pt:nat})\nCIN : {pid}\nN° AMO : {ins}\nTél. : {ph}\nDate : {date:fr}\nAdresse : {addr}\nMédecin : {dr} {s1:full}\n{s:app}\n"},
    {"ma_whatsapp_ar", kAs, L::ma,
     "[نسخة من محادثة واتساب]\n[{stamp:chat}] {kin:nat}: الدكتور، {pt:nat} عندها السكر {g:glu} اليوم\n[{stamp:chat}] {s2:nat}: شكرا، موعد الاستشارة يوم {date:ar}\n[{stamp:chat}] {kin:nat}: رقمي {ph:i}\n"},
    {"ir_telemedicine", kAs, L::ir,
     "پرونده مشاوره از راه دور\nنام: {hon:pt} {pt:nat}\nکد ملی: {pid}\nتلفن همراه: {ph}\nتاریخ مشاوره: {date:jalali}\nتاریخ تولد: {dob:jalali}\nنشانی: {addr}\nپزشک: {dr} {s1:nat}\n{s:lang}\n"},
    {"ir_telegram_bp", kAs, L::ir,
     "[Telegram export]\n{kin:full}, [{stamp:chat}]\nفشار {pt:ngiven} امروز {g:bp}\n{s2:full}, [{stamp:chat}]\nلطفا شماره تماس: {ph:i}\n"},
    // --- Georgia, Armenia, Kazakhstan, Russia ---
    {"ge_telemedicine", kAs, L::ge,
     "ტელემედიცინის კონსულტაცია\nპაციენტი: {hon:pt} {pt:nat}\nპირადი ნომერი: {pid}\nტელეფონი: {ph}\nთარიღი: {date:ka}\nმისამართი: {addr}\nექიმი: {s1:nat}\n{s:val}\n"},
    {"ge_ecg_patch", kAs, L::ge,
     "WEARABLE ECG PATCH REPORT\nPatient: {pt:full} / {pt:nat}\nPersonal No.: {pid}\nPatch serial: {serial:ecg}\nRecording: {date:dot} to {later:dot}\n{s:val}\nRelative: {hon:kin} {kin:nat}, {ph:i}\n"},
    {"am_telehealth", kAs, L::am,
     "Հեռաբժշկական խորհրդատվություն\nՀիվանդ: {hon:pt} {pt:nat}\nՀԾՀ: {pid}\nՀեռախոս: {ph}\nԱմսաթիվ: {date:hy}\nՀասցե: {addr}\nԲժիշկ: {dr} {s1:nat}\n"},
    {"am_home_oximetry", kAs, L::am,
     "HOME PULSE OXIMETRY - FOLLOW-UP\nPatient: {pt:inv}\nPublic service no.: {pid}\nOximeter SN {serial:ox}\nReadings {date:dot} - {later:dot}. {s:val}\nRelative: {kin:full}, {ph}\n"},
    {"kz_telemedicine", kAs, L::kz,
     "ТЕЛЕМЕДИЦИНСКАЯ КОНСУЛЬТАЦИЯ\nФИО: {pt:nat}\nИИН: {pid}\nТелефон: {ph}\nДата: {date:kk}\nАдрес: {addr}\nВозраст: {age} лет\nВрач: {s1:nat}\n"},
    {"kz_glucose_diary_export", kAs, L::kz,
     "GLUCOSE DIARY EXPORT\nuser={user} iin={pid}\ndate,glucose_mmol\n{date:iso},{ctl:%.%}\n{later:iso},{ctl:%.%}\nlinked_phone={ph:h}\n"},
    {"ru_telemedicine_protocol", kAs, L::ru,
     "ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ\nПациент: {hon:pt} {pt:nat}\nДата рождения: {dob:dot}\nСНИЛС: {pid}\nПолис ОМС: {ins}\nТелефон: {ph}\nДата консультации: {date:ru}\nВозраст: {age} года\nВрач: {s1:nat}\n"},
    {"ru_telegram_family", kAs, L::ru,
     "[Экспорт Telegram]\n{kin:nat}, [{stamp:chat}]: Пациент ({pt:nat}) измерил(а) давление: {g:bp}\n{s2:nat}, [{stamp:chat}]: Спасибо. Запишем на {date:ru}\n{kin:nat}, [{stamp:chat}]: Мой номер {ph:i}, почта {email:kin}\n"},
    {"ru_cpap_compliance", kAs, L::ru,
     "ОТЧЁТ О ПРИВЕРЖЕННОСТИ CPAP-ТЕРАПИИ\nПациент: {pt:nat}\nДата рождения: {dob:ru}\nАппарат: ResMed AirSense 11, серийный номер {serial:cpap}\nПериод: {date:dot} - {later:dot}\n{s:val}\nВрач-сомнолог: {s1:nat}\n"},
    // --- Kenya, Nigeria, Rwanda ---
    {"ke_mhealth_sms", kAs, L::ke,
     "M-HEALTH SMS LOG\n{stamp:sql} TO {ph:h}: Habari {hon:pt} {pt:full}, kumbusho: kliniki ya simu tarehe {date:sw}.\n{stamp:sql} FROM {again_ph}: Asante, nitapiga simu.\n"},
    {"ke_hospital_at_home", kAs, L::ke,
     "HOSPITAL AT HOME - DAILY VIRTUAL ROUND\nPatient: {pt:full}\nID No.: {pid}\nSHA no.: {ins}\nHome: {addr}\nVillage: {town}\nDate: {date:dmy}\nSpO2 {g:spo2}%, BP {g:bp}\nCarer: {hon:kin} {kin:full} ({rel:sw}), {ph}\nNurse: {s2:full}, RN\n"},
    {"ng_telehealth_note", kAs, L::ng,
     "TELEHEALTH CONSULTATION NOTE\nPatient: {hon:pt} {pt:full}\nNIN: {pid}\nNHIA: {ins}\nPhone: {ph}\nDate: {date:enth}\nAddress: {addr}\nAge: {age}\nDoctor: {dr} {s1:full}, MDCN {reg}\n"},
    {"ng_whatsapp_family", kAs, L::ng,
     "[WhatsApp export, pasted by the nurse]\n[{stamp:chat}] {kin:full}: Good evening doctor, {hon:pt} {pt:given} BP is {g:bp}\n[{stamp:chat}] {s2:full}: Please come on {date:dm}\n[{stamp:chat}] {kin:given}: ok ma, my other line is {ph7}\n"},
    {"ng_lower_sms", kLow, L::ng,
     "sms reminder: dear {pt:low}, your phone consult is on {date:dmy}. reply 1 to confirm. sent to {ph}\n"},
    {"rw_teleconsultation", kAs, L::rw,
     "TELECONSULTATION\nPatient: {pt:reg}\nIndangamuntu: {pid}\nMutuelle: {ins}\nTel: {ph}\nDate: {date:fr}\nAdresse: {addr}\nMédecin: {dr} {s1:full}\n{s:app}\n"},
    // --- Brazil, Mexico, Peru, Spain ---
    {"br_teleconsulta", kAs, L::br,
     "TELECONSULTA - Registro\nPaciente: {hon:pt} {pt:full}\nCPF: {pid}\nCNS: {ins}\nRG: {card}\nCelular (WhatsApp): {ph}\nData: {date:pt}\nEndereço: {addr}\nIdade: {age} anos\nMédico(a): {dr:s1} {s1:full}, {reg}\n"},
    {"br_receita_digital_qr", kAs, L::br,
     "RECEITA DIGITAL - QR\nValidação: https://validar.example.gov.br/ (página genérica)\npayload: RX={rx}|CPF={pid}|NOME={pt:up}|NASC={dob:compact}|PRESCRITOR={s1:up}\nCódigo de validação: {acct:%#####}\n"},
    {"br_whatsapp_export", kAs, L::br,
     "[{stamp:chat}] {kin:full}: Dr., a glicose de {pt:given} tá {g:glu}\n[{stamp:chat}] {s1:full}: Obrigado. Consulta online dia {date:dm}\n"},
    {"br_smartwatch_ecg", kAs, L::br,
     "ECG DO RELÓGIO (exportado do app)\nNome: {pt:full}\nData de nascimento: {dob:dmy}\nRegistro: {date:dmy} {tm}, ritmo sinusal\nAparelho: Apple Watch, número de série {serial:watch}\nE-mail: {email}\n"},
    {"mx_teleconsulta_imss", kAs, L::mx,
     "TELECONSULTA\nDerechohabiente: {pt:inv}\nCURP: {pid}\nNSS: {ins}\nTeléfono: {ph}\nFecha: {date:es}\nDomicilio: {addr}\nMédico: {dr:s1} {s1:full}, céd. prof. {reg}\n"},
    {"mx_farmacia_domicilio", kAs, L::mx,
     "ENTREGA A DOMICILIO\nPedido: {acct:PED-%#######}\nCliente: {pt:full}\nDirección: {addr}\nTel.: {ph:n}\nGuía de paquetería: {track}\nFecha de receta: {date:dmy}\n"},
    {"mx_lower_whatsapp", kLow, L::mx,
     "[{stamp:chat}] {kin:low}: doctora, mi familiar {pt:low} tiene la presión en {g:bp}\n[{stamp:chat}] {s1:low}: gracias, la consulta en línea es el {date:dm}\n"},
    {"pe_telesalud", kAs, L::pe,
     "TELESALUD - TELECONSULTA\nPaciente: {hon:pt} {pt:full}\nDNI: {pid}\nSIS: {ins}\nCelular: {ph}\nFecha: {date:es}\nDirección: {addr}\nEdad: {age} años\nProfesional: {dr:s1} {s1:full}, {reg}\n"},
    {"es_receta_electronica", kAs, L::es,
     "RECETA ELECTRÓNICA - hoja de información al paciente\nPaciente: {pt:full}\nNIE: {pid}\nTarjeta sanitaria: {ins}\nFecha de prescripción: {date:es}\nCódigo de dispensación: {rx:CD%##########}\nPrescriptor: {dr:s1} {s1:full}, Col. {reg}\n"},
    {"es_teleasistencia_log", kAs, L::es,
     "TELEASISTENCIA - REGISTRO DE LLAMADAS\nUsuario: {pt:full} ({age} años)\nDomicilio: {addr}\nMunicipio: {town}\nTel. fijo: {ph:n}\n{stamp:sql} alarma pulsador; contacto con su {rel} {kin:full} al {ph}\n"},
    // --- France, Germany, the Netherlands, Sweden, Norway, Estonia ---
    {"fr_teleconsultation_cr", kAs, L::fr,
     "COMPTE RENDU DE TÉLÉCONSULTATION\nPatient(e) : {hon:pt} {pt:full}\nNé(e) le {dob:fr}\nNIR : {pid}\nMutuelle : {ins}\nTél. : {ph}\nE-mail : {email}\nTéléconsultation du {date:fr}, lien personnel {vurl}\nMédecin : {dr:s1} {s1:full}, RPPS {reg}\n"},
    {"fr_telesurveillance_ic", kAs, L::fr,
     "TÉLÉSURVEILLANCE INSUFFISANCE CARDIAQUE\nPatient : {pt:inv}\nBalance connectée n° série {serial:bp}\nAlerte du {date:dmy} : prise de poids\nAidant : {kin:full} ({rel}), {ph}\nInfirmière : {s2:full}\nCopie faxée au médecin traitant : {fax}\n"},
    {"fr_sms_rappel", kAs, L::fr,
     "Journal SMS - rappels de téléconsultation\n{stamp:sql};{ph:h};RAPPEL;Bonjour {hon:pt} {pt:fam}, votre téléconsultation du {date:dm} à {tm}\n{stamp:sql};{again_ph};ACCUSE;OK\n"},
    {"de_videosprechstunde", kAs, L::de,
     "VIDEOSPRECHSTUNDE - DOKUMENTATION\nPatient/in: {hon:pt} {pt:full}\nGeb.-Datum: {dob:dot}\nKVNR: {pid}\nTelefon: {ph}\nDatum: {date:de}\nAnschrift: {addr}\n{s:app}\nArzt/Ärztin: {dr} {s1:full}, LANR {reg}\nFax Hausarztpraxis: {fax}\n"},
    {"de_heimdialyse_telemetrie", kAs, L::de,
     "HEIMDIALYSE - TELEMETRIE\nPatient: {pt:up}\nCycler SN {serial:dial}\nBehandlung vom {date:dot}\n{s:val}\nParkausweis für Angehörige: {kin:full}, Kennzeichen {plate}\n"},
    {"de_ical_video", kAs, L::de,
     "BEGIN:VEVENT\nDTSTART;TZID=Europe/Berlin:{date:compact}T0{ctl:%}1500\nSUMMARY:Videosprechstunde\nATTENDEE;CN=\"{pt:full}\":mailto:{email}\nDESCRIPTION:Zugang über {g:gurl}\nEND:VEVENT\n"},
    {"nl_thuismonitoring", kAs, L::nl,
     "THUISMONITORING - DASHBOARD\nPatiënt: {hon:pt} {pt:full}\nBSN: {pid}\nGeboortedatum: {dob:dash}\nTelefoon: {ph}\nMeting {date:nl}: bloeddruk {g:bp}\nContactpersoon: {kin:full} ({rel})\n"},
    {"nl_portal_audit", kAs, L::nl,
     "portal_audit.log\n{stamp:iso} event=LOGIN user={user} ip={ip} result=OK\n{stamp:iso} event=VIEW_RESULTS user={again_user} ip={ip:6} result=OK\n{stamp:iso} event=CONSENT_SIGNED signer={email} device=\"iPhone 15\" ip={ip}\n"},
    {"se_video_visit", kAs, L::se,
     "VIDEOBESÖK\nPatient: {pt:full}\nPersonnummer: {pid}\nTelefon: {ph}\nDatum: {date:sv}\nAdress: {addr}\n{s:app}\nLäkare: {s1:full}, leg. läk.\n"},
    {"no_hjemmeoppfolging", kAs, L::no,
     "DIGITAL HJEMMEOPPFØLGING\nPasient: {pt:full}\nFødselsnummer: {pid}\nTelefon: {ph}\nMåling {date:nb}: SpO2 {g:spo2} %\nPårørende: {kin:full} ({rel}), {ph}\nSykepleier: {s2:full}\n"},
    {"ee_videokonsultatsioon", kAs, L::ee,
     "VIDEOKONSULTATSIOON\nPatsient: {hon:pt} {pt:full}\nIsikukood: {pid}\nID-kaart: {card}\nTelefon: {ph}\nKuupäev: {date:et}\nAadress: {addr}\nArst: {dr} {s1:full}\n"},
    // --- Australia, the UK, Quebec ---
    {"au_telehealth_mbs", kAs, L::au,
     "TELEHEALTH CONSULTATION (MBS item 91891)\nPatient: {pt:full}\nMedicare: {pid}\nIHI: {id:8003 60%# #### ####}\nDOB: {dob:dmy}\nPhone: {ph}\nDate: {date:en}\nHome: {addr}\n{s:adm}\nGP: {dr} {s1:full}\n"},
    {"au_hospital_in_the_home", kAs, L::au,
     "HOSPITAL IN THE HOME - VIRTUAL WARD\nPatient: {pt:inv}, aged {age:w}\nAddress: {addr}\nPhone: {ph}\nPatient's car (nurse parking permit): {plate}\nDevice kit: oximeter {dev:ox}, BP {dev:bp}\nNOK: {kin:full} ({rel:en})\n"},
    {"au_ecg_patch", kAs, L::au,
     "ECG PATCH (14-day) REPORT\nPatient: {pt:full}, DOB {dob:dmy}\nIHI: {id:8003 60%# #### ####}\nPatch serial: {serial:ecg}\nWorn {date:dmy} to {later:dmy}\n{s:val}\nReported by {dr} {s1:full}\n"},
    {"uk_nhs_app_message", kAs, L::uk,
     "PATIENT APP MESSAGE (copied to record)\nFrom: {pt:full}\nNHS number: {pid}\nSent: {stamp:sql}\n\"Hi, my BP readings since {date:dm} are attached. My new mobile is {ph}. Thanks, {pt:given}\"\n"},
    {"uk_icd_remote", kAs, L::uk,
     "REMOTE DEVICE CLINIC - ICD TRANSMISSION\nPatient: {hon:pt} {pt:full}   NHS no. {pid}   DOB {dob:dmy}\nDevice: Boston Scientific Resonate EL ICD (D433), serial {serial:pm}\nTransmission received {date:enth}\n{s:val}\nPhysiologist: {s2:full}\nCopy faxed to GP: {fax}\n"},
    {"uk_password_reset", kAs, L::uk,
     "From: \"Patient Portal\" <no-reply@portal.example.nhs.uk>\nTo: \"{pt:full}\" <{email}>\nDate: {stamp:mail}\nSubject: Reset your password\n\nHello {pt:given},\nWe received a request to reset the password for {again_email} from {ip:6}. If this was not you, call the support line on {pubph:0300 123 1234}.\n"},
    {"uk_whatsapp_carer", kAs, L::uk,
     "[{stamp:chat}] {kin:full}: Morning, {pt:given}'s sats were {g:spo2} overnight on the oximeter\n[{stamp:chat}] {s2:full}: Thanks {kin:given}, I'll ring you on {ph} after the ward round\n"},
    {"qc_teleconsultation", kAs, L::qc,
     "TÉLÉCONSULTATION\nUsager : {hon:pt} {pt:full}\nRAMQ : {pid}\nDate de naissance : {dob:iso}\nTél. : {ph}\nRendez-vous virtuel du {date:fr}\nAdresse : {addr}\nMédecin : {dr:s1} {s1:full}\n"},
    {"qc_ical_invite", kAs, L::qc,
     "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Téléconsultation\nDTSTART:{date:compact}T1{ctl:%}3000\nORGANIZER;CN={s1:full}:mailto:{semail:s1}\nATTENDEE;CN={pt:full}:mailto:{email}\nURL:{vurl}\nEND:VEVENT\nEND:VCALENDAR\n"},
    // --- the US ---
    {"us_rpm_billing_log", kAs, L::us,
     "RPM BILLING LOG\nPatient: {pt:inv}   MRN {mrn}   DOB {dob:mdy}\nMedicare MBI: {plan}\nAddress: {usaddr}\nDevice: BP cuff SN {serial:bp}, {ctl:1%} days of readings in the period starting {date:mdy}\nClaim no.: {acct:CLM%#########}\nCPT 99454, 99457\n"},
    {"us_cgm_clarity_csv", kAs, L::us,
     "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Glucose Value (mg/dL),Transmitter ID\nPatient Info,First Name,{pt:given}\nPatient Info,Last Name,{pt:fam}\nPatient Info,Date of Birth,{dob:iso}\nDevice Info,Transmitter ID,{serial:tx}\n3,{date:iso}T08:15:00,EGV,{g:glu},\n4,{again:iso}T08:20:00,EGV,{g:glu},\n"},
    {"us_apple_health_xml", kAs, L::us,
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n <ExportDate value=\"{stamp:apple}\"/>\n <Me HKCharacteristicTypeIdentifierDateOfBirth=\"{dob:iso}\" HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSex{sexw}\"/>\n <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"{pt:given}'s Apple Watch\" sourceVersion=\"10.3\" unit=\"count/min\" startDate=\"{date:iso} 08:14:00 -0500\" value=\"{g:hr}\"/>\n <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"{pt:given}'s iPhone\" startDate=\"{again:iso} 09:00:00 -0500\" value=\"{g:steps}\"/>\n</HealthData>\n"},
    {"us_fitbit_json", kAs, L::us,
     "{{\"user\":{{\"fullName\":\"{pt:full}\",\"dateOfBirth\":\"{dob:iso}\",\"encodedId\":\"{uid:%@@#@%}\"},\"activities-heart\":[{{\"dateTime\":\"{date:mdyy}\",\"value\":{{\"restingHeartRate\":{g:hr}}}]}\n"},
    {"us_telestroke_log", kAs, L::us,
     "TELESTROKE CONSULT LOG\nPatient: {pt:full}, {age:w} years old, {mw}\nMRN: {mrn}\nLast known well: {date:md} at {tm}\nArrived by private car driven by {rel:en} {kin:full}, plate {plate}\nRemote consultant: {dr} {s1:full}\n"},
    {"us_telehealth_intake", kAs, L::us,
     "TELEHEALTH INTAKE\nMember: {pt:full}\nSSN: {ssn:b}\nDOB: {dob:mdy}\nPlan ID: {plan}\nHome: {usaddr}\nCallback: {ph7} or {ph}\nEmail: {email}\nVisit date: {date:long}\n"},
    {"us_vcard_caregiver", kAs, L::us,
     "BEGIN:VCARD\nVERSION:3.0\nFN:{kin:full}\nN:{kin:fam};{kin:given};;;\nTEL;TYPE=cell:{ph}\nEMAIL:{email:kin}\nADR;TYPE=home:;;{street};{cityonly};{state};{zip};USA\nNOTE:caregiver of {pt:full}, RPM program\nEND:VCARD\n"},
    {"us_portal_access_log", kAs, L::us,
     "patient-portal access.log (excerpt for {pt:full}, MRN {mrn})\n{ip} - {user} [{stamp:clf}] \"POST /api/v1/login HTTP/1.1\" {g:http} 512\n{ip:6} - {again_user} [{stamp:clf}] \"GET /api/v1/readings?days=14 HTTP/1.1\" {g:http} 18220\n10.20.0.{ctl:%#} - - [{stamp:clf}] \"GET /healthz HTTP/1.1\" 200 2\n"},
    {"us_consent_audit_trail", kAs, L::us,
     "E-SIGNATURE AUDIT TRAIL - Remote Monitoring Consent\nDocument ID: {g:uuid}\nSigner: {pt:full} <{email}>\nSigned from IP {ip} using \"Chrome 121 / Android 14\"\nSigner phone verified: {ph}\nConsent date: {date:mdy}\nAudit timestamps: created {stamp:iso}; viewed {stamp:iso}; signed {stamp:iso}\nWitness: {s2:full}, RN\n"},
    {"us_push_notification_log", kAs, L::us,
     "push_notifications.log\n{stamp:iso} user_id={uid} device_token={g:hash} imei={dev:imei} type=GLUCOSE_LOW status={g:http}\n{stamp:iso} user_id={uid} install_id={g:uuid} type=APPT_REMINDER appt_date={date:iso} status={g:http}\n"},
    {"us_voicemail_transcript", kAs, L::us,
     "VOICEMAIL TRANSCRIPT (automated)\nFrom: {ph}\nReceived: {stamp:mail}\n\"Hi, this is {kin:full}, {pt:given}'s {rel:en}. The meter read {g:glu} this morning. {pt:given} is {age} now and gets confused with the app. Call me back at {ph7}.\"\n"},
    {"us_lower_app_chat", kLow, L::us,
     "in-app chat transcript\n[{stamp:chatus}] {pt:low}: hi its {pt:lgiven}, sugar was {g:glu} at bedtime\n[{stamp:chatus}] {s2:low}: thanks {pt:lgiven}, please confirm your birthday\n[{stamp:chatus}] {pt:lgiven}: {dob:mdy}. my {rel:en} {kin:low} will call from {ph7}\n"},
    {"us_hospital_at_home_dashboard", kAs, L::us,
     "HOSPITAL-AT-HOME DASHBOARD\nPatient: {pt:inv} | Age: {age:w} | MRN {mrn}\nAddress: {street}, {city} {zip}\nAdmitted (virtual): {date:mdy}\nKit: tablet IMEI {dev:imei}, BP cuff {dev:bp}, scale {dev}\nSSN (billing): {ssn}\n"},
    {"us_ical_video_visit", kAs, L::us,
     "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:{date:compact}T1{ctl:%}0000\nSUMMARY:Video visit\nATTENDEE;CN={pt:full}:mailto:{email}\nATTENDEE;CN={kin:full}:mailto:{email:kin}\nLOCATION:{vurl}\nDESCRIPTION:Join at {g:gurl} - meeting ID {g:meet}\nEND:VEVENT\nEND:VCALENDAR\n"},
    // --- without PHI ---
    {"no_phi_platform_faq", kAs, L::hi, "TELECONSULTATION FAQ\n{s:app}\n{s:app}\n{s:adm}\n"},
    {"no_phi_cgm_quick_start", kAs, L::us, "CGM QUICK START (no patient data)\n{s:dev}\n{s:dev}\n{s:val}\n"},
    {"no_phi_api_samples", kAs, L::de, "API SAMPLE PAYLOADS\n{s:fmt}\n{s:fmt}\n{s:fmt}\n"},
    {"no_phi_translations", kAs, L::my, "PATIENT INFORMATION - TRANSLATIONS\n{s:lang}\n{s:lang}\n{s:lang}\n"},
    {"no_phi_where_to_get_help", kAs, L::uk, "WHERE TO GET HELP\n{s:adm}\n{s:adm}\n{s:app}\n"},
    {"no_phi_rpm_policy", kAs, L::us, "RPM PROGRAM POLICY {g:ver}\n{s:val}\n{s:app}\n{s:adm}\n"},
    {"no_phi_device_models", kAs, L::eg, "DEVICE CLINIC - MODEL LIST\n{s:dev}\n{s:dev}\nModels in follow-up: {g:model}; {g:model}; {g:model}.\n"},
    {"no_phi_firmware_notice", kAs, L::jp, "FIRMWARE NOTICE {g:fw}\n{s:dev}\n{s:lang}\nRelease year {yr}.\n"},
    {"no_phi_sms_templates", kAs, L::sg,
     "SMS TEMPLATES (no recipients)\nAPPT_REMINDER: \"Your teleconsult is confirmed. Join at {g:gurl}\"\nMED_DELIVERY: \"Your medicines are on the way.\"\n{s:fmt}\n"},
    {"no_phi_time_in_range", kAs, L::au,
     "INTERNATIONAL CONSENSUS ON TIME IN RANGE\nTIR >70%, TBR <4%, TAR <25%; older or high-risk adults TIR >50%, TBR <1%.\n{s:val}\n{s:dev}\n"},
    {"no_phi_voice_assistants", kAs, L::se,
     "DIGITAL ASSISTANTS AND SHARED DEVICES\n{s:adm}\nSiri, Alexa and Cortana are trademarks; Bluetooth is a registered trademark of the Bluetooth SIG.\n{s:app}\n"},
    {"no_phi_partner_sites", kAs, L::br,
     "PARTNER SITES\nSão Paulo Telehealth Hub, Recife Remote Monitoring Centre, Manaus Virtual Ward.\n{s:adm}\n{s:lang}\n"},
    {"no_phi_arabic_digits", kAs, L::sa,
     "إرشادات الاستشارة عن بعد\nساعات العمل ٨ صباحًا - ٤ مساءً؛ الخط المجاني ٩٣٧\n{s:lang}\n{s:app}\n"},
    {"no_phi_http_codes", kAs, L::nl,
     "INTEGRATION STATUS CODES\n200 OK, 401 Unauthorized, 429 Too Many Requests, 503 Service Unavailable.\n{s:fmt}\n{s:fmt}\n"},
    {"no_phi_ical_template", kAs, L::qc,
     "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Exemple Santé//FR\nBEGIN:VEVENT\nSUMMARY:Téléconsultation (modèle)\nEND:VEVENT\nEND:VCALENDAR\n{s:app}\n"},
    {"no_phi_cpap_settings", kAs, L::fr, "PARAMÈTRES PPC RECOMMANDÉS\n{s:dev}\n{s:val}\n{s:val}\n"},
};
// clang-format on

}  // namespace

std::size_t thirtySeventhTemplateCount() { return std::size(kTemplates37); }

std::string_view writeThirtySeventhNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Tpl& t = kTemplates37[choice % std::size(kTemplates37)];
  const Cast cast = castOf(seed, patientIndex, t.g);
  Random& r = builder.random();
  std::array<Person, 3> others;
  for (std::size_t k = 0; k < 3; ++k) others[k] = drawPerson(r, t.g);
  Note n{builder, cast, t.mode, others, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  expand(n, t.text);
  return t.name;
}

std::string thirtySeventhSentence(Random& r) { return sentence37(r, {}); }

}  // namespace concord::phi::corpus
