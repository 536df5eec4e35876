// The thirty-ninth family (kThirtyNinthSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is code-switched, transliterated and interpreted clinical text: what
// clinicians, interpreters, front desks and patients write when two languages or two scripts meet.
// Notes that switch language mid-sentence (Hinglish and romanised Hindi and Urdu, Banglish, Nepali
// in Latin letters, Tanglish, Sinhala-English, Taglish, Singlish, Manglish, Indonesian-English,
// romanised Cantonese, Taiwanese Mandarin in Wade-Giles, pinyin without tones, Japanese romaji and
// wasei-eigo, Konglish, Vietnamese without diacritics, Arabizi of Lebanon, Egypt, the Gulf and the
// Maghreb with its digits 2 3 5 7, Greeklish, Russian and Ukrainian in translit, Turkish, Polish,
// Romanian, Czech and German typed without diacritics, Sheng and Swahili-English, Nigerian Pidgin,
// Ghanaian English and Twi, Afrikaans-English, Amharic-English, Haitian Creole, Jamaican Patois,
// Puerto Rican and US-border Spanglish, Mexican Spanish, Québécois joual, Maori-English and
// Samoan-English); the same person in two scripts or two spellings in one note (Дмитрий /
// Dmitriy / Dmitri, محمد / Muhammad / Mohammed, 김민준 / Kim Min-jun / Minjun Kim, 王伟 / Wang
// Wei / WONG Wai, Nguyễn Văn An / Nguyen Van An), name order flips, patronymics, nicknames and
// honorific kin terms in both languages; interpreter session logs, sight translations, certified
// translations with translator's notes, bilingual consent forms, machine-translation artefacts,
// back-translation checks, language-line call logs, front-desk phone messages, WhatsApp voice-note
// transcripts and patients' own mixed-script messages; local date habits (transliterated months,
// "13 tarikh", "ngay 12/3", "3 hb Mac 2024", Hijri, Buddhist, Bikram Sambat and Ethiopian dates next
// to Gregorian ones), ages over 89 in each language ("93 saal", "93 taong gulang", "umri miaka 93"),
// phones in local forms and addresses in mixed language ("Gali no. 4, near Hanuman mandir",
// "Brgy. San Isidro, Purok 3", "Calle 8 #45-12, apto 302").
// Countries and communities (44): India, Pakistan, Bangladesh, Nepal, Tamil Nadu, Sri Lanka, the
// Philippines, Singapore, Malaysia, Indonesia, Hong Kong, Taiwan, mainland China, Japan, South
// Korea, Vietnam, Lebanon, Egypt, the Gulf (UAE and Saudi Arabia), Morocco and Algeria, Greece,
// Russia, Ukraine, Turkey, Poland, Romania, Czechia, Germany, Kenya, Tanzania, Nigeria, Ghana,
// South Africa, Ethiopia, Haiti, Jamaica, Puerto Rico, the US border, Mexico, Quebec, New Zealand,
// Samoa, and diaspora clinics in the UK, the US, Australia, Germany, Canada and the Gulf.
// Scripts (12): Latin, Devanagari, Arabic (with Urdu), Bengali, Tamil, Sinhala, Han (simplified and
// traditional), Japanese kana and kanji, Hangul, Greek, Cyrillic, Ethiopic.
// Notes without PHI are full of look-alikes: code-switched sentences with capitalised common words,
// kin terms and honorifics alone ("Ammi ji", "Tita", "Ate", "Kuya", "Didi", "Bhaiya", "Ah Ma",
// "Abuela", "Mama"), religious phrases ("Inshallah", "Bismillah", "Mashallah", "Wallahi"), places
// in general phrases, drug brand names, doses with local words ("1 goli subah-shaam", "1-0-1",
// "BD x 5/7"), Arabic-Indic and Devanagari digits in doses and counts, language pair codes
// ("hi-IN → en-GB"), patient-education sheet titles and interpreter service boilerplate.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), as the thirtieth
// to thirty-eighth families restate them, with this family's decisions (JUDGEMENT CALL each).
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels in either language ("DOB ",
//    "Janam tithi: ", "Fecha de nac.: ", "Aadhaar no. "), quotes, brackets, HL7 separators and
//    trailing punctuation are outside. In an HL7 or export line "FAMILY^GIVEN" is one span.
//  * Everyone named in connection with the patient is PHI: the patient, relatives and next of kin,
//    callers, and staff named in a note that carries a patient. NOT PHI: hospitals, clinics,
//    language-service companies, mosques, temples and churches, places named in general phrases,
//    eponyms and drug brands.
//  * Names: titles and forms of address before a name are outside, in both languages ("Dr",
//    "Dr.", "Mr", "Mrs", "Smt.", "Shri", "Begum", "Janab", "Gng.", "Sra.", "Sr.", "Doña", "Don",
//    "Mme", "M.", "Herr", "Frau", "Pani", "Pan", "Bi.", "Bw.", "Mzee", "W/ro", "Ato", "Madam",
//    "Chief", "Alhaji", "Puan", "Encik", "Ibu", "Bapak", "Mdm", "Ong", "Ba", "κ.", "κα", "г-н",
//    "г-жа", "пан", "пані"); forms of address after a name are outside ("ji", "sahib", "-san",
//    "-chan", "-sama", "ssi", "nim", "Bey", "Hanim", "Teyze", "sensei"); credentials are outside.
//    JUDGEMENT CALL: honorific kin terms are outside the name span ("Ammi ji", "Tita", "Lola",
//    "Abuela", "Ah Ma", "Bibi", "Tannie", "Oom", "Nana", "Matant", "Co", "Bac"), and a kin term
//    alone ("Ammi ji ko BP hai", "Ah Ma fell down", "la abuela") is not a name.
//    JUDGEMENT CALL: a name written in two scripts or two spellings is two name spans ("Дмитрий
//    Иванов (Dmitriy Ivanov)", "王伟 / WONG Wai"), each its own span; a flipped name order
//    ("Minjun Kim", "Sharma Sunita") is a name span like any other.
//    JUDGEMENT CALL: a nickname of the patient or of a relative ("Pinky", "Chuy", "Dima", "Tess",
//    "Baby" in "Tita Baby") is a name; quotes around it are outside.
//    JUDGEMENT CALL: a machine-translation artefact of a name ("Mr. Rose" from "Sr. Rosa", "Mrs.
//    Dove" from "Paloma") is still a name span: it points to the same person.
//    JUDGEMENT CALL: interpreters are staff: their names in a note about a patient are PHI, as
//    clinicians' names are in the earlier families; a certified interpreter's registration or
//    certification number (CCHI, NAATI, NRPSI, CHI) is "license" like a clinician's registration
//    number; the interpreter ID that a language company gives its operator ("Interpreter ID
//    40213") is NOT PHI (a badge number of the vendor, not keyed to the patient).
//    JUDGEMENT CALL: a language-line call or session ID ("Call ID LL-8823-4471") is "account": it
//    keys one patient's billed encounter, like a visit number.
//    Arabizi writes letters with digits ("3ando 7arara"); names in this family are written in
//    ordinary Latin spelling (the shared check keeps digits out of name spans).
//  * Dates: the date only; a weekday and a time next to it are outside. JUDGEMENT CALL: a
//    transliterated or local month with a day is a date, with or without a year ("12 Mart 2024",
//    "el 5 de mayo", "Mayo 5, 2024", "3 hb Mac 2024", "5 marta", "5 Martiou 2024"); "13 tarikh"
//    (the 13th of the month, "tarikh" inside the span) is a date; "ngay 12/3" gives "12/3"; a year
//    alone is not PHI, nor "kal", "parso", "ayer", "bukas", "jana". JUDGEMENT CALL: Hijri
//    ("12 Ramadan 1445"), Buddhist-era ("15/03/2567", "B.E." outside), Bikram Sambat ("2080 Chaitra
//    15") and Ethiopian ("Megabit 5, 2016", "E.C." outside) dates with a day are dates. Japanese
//    romaji and era dates ("Reiwa 6-nen 3-gatsu 5-nichi"), pinyin, Cantonese and Korean romanised
//    dates, Han and Hangul dates and Taiwan's Minguo dates ("ROC 113/03/05", the era inside) are dates.
//  * Ages: a span only over 89, the number only or its English words ("ninety-three"); "93 saal",
//    "93 taong gulang", "93 anyos", "93 ans", "umri miaka 93", "93 yasinda", "93 tuoi", "93세",
//    "93歳", "93 sui" give "93".
//  * Phones: every phone number of a person, in local and international forms, is a "phone" span;
//    numbers labelled fax of a named recipient are "fax". NOT PHI: language-line and clinic
//    switchboard numbers printed as the service's own.
//    JUDGEMENT CALL: PHI values are written with Latin digits (the shared check counts ASCII
//    digits); Arabic-Indic and Devanagari digits appear beside them only in numbers that are not
//    PHI (doses, counts, ages under 90, bed numbers, years alone).
//  * Identifiers, by the families' rule ("mrn" a number keying one person's records, "license" an
//    identity document, "health_plan" insurance, "account" cases, bills, calls and sessions):
//    - "mrn": hospital, OPD, UHID, registration and file numbers; population-register numbers
//      (JUDGEMENT CALL, as the 34th to 38th families): the Aadhaar, the Indonesian NIK, the
//      Korean RRN, the Japanese My Number, the Egyptian national ID, the Greek AMKA, the Russian
//      SNILS, the Turkish T.C. kimlik no, the Polish PESEL, the Romanian CNP, the Czech rodne
//      cislo, the Nigerian NIN, the Mexican CURP, the NZ NHI, the UK NHS number, the Ethiopian
//      Fayda number.
//    - "license": identity documents named as such (the Pakistani CNIC, the Bangladeshi NID, the
//      Nepali citizenship certificate, the Sri Lankan NIC, the Singapore NRIC, the MyKad, the HKID,
//      the Taiwan national ID, the Chinese resident ID, the Vietnamese CCCD, the Lebanese ID, the
//      Emirates ID, the Moroccan CIN, the Ukrainian RNOKPP, the Kenyan and Tanzanian IDs, the
//      Ghana Card, the South African ID, the Haitian CIN, the Jamaican TRN, the Samoan ID,
//      passports, driving licences) and a named clinician's or interpreter's registration number.
//    - "health_plan": PhilHealth, Ayushman Bharat, Sehat, BPJS, NHIF, NHIS, RAMQ, the German
//      KVNR, Medicaid, Medicare, Mexican IMSS affiliation and other insurance numbers.
//    - "account": language-line call IDs, interpreter session numbers, invoices, claims, case
//      numbers. "ssn": US SSNs (Puerto Rico and the border clinics), with or without dashes.
//      "device": serials of a patient's pacemaker, insulin pump or hearing aid. "vehicle": plates
//      and VINs of a patient's car in an accident report.
//    - NOT PHI: vendors' interpreter IDs, language pair codes, ticket numbers of the language
//      company's queue, form numbers, education sheet codes, bed and room numbers, dose schedules.
//  * Addresses: every address of a person, in either language and in mixed language, is one
//    "address" span in the country's order; a town or neighbourhood alone where a person lives is
//    an address; a US or Puerto Rican ZIP is its own "zip" span.
//  * URLs: a patient's translated-letter or portal link is a "url" span; e-mails one span each;
//    the IPv4 and IPv6 of a patient's or interpreter's video session are "ip".
//  * Some templates are written in lower case (WhatsApp messages, voice-note transcripts) and some
//    in capitals; the spans are the same. Like every seed, about 8% of notes are then upper-cased
//    whole by the shared builder.
#include "corpus_thirty_ninth_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace concord::phi::corpus {

namespace {

enum class L { hi, ur, bd, np, ta, lk, ph, sg, my, id, hk, tw, cn, jp, kr, vn, lb, eg, gu, ma, gr, ru, ua, tr, pl, ro, cz, de, ke, tz, ng, gh, za, et, ht, jm, pr, ub, mx, qc, nz, ws, uk, us };
constexpr std::size_t kLands = 44;

// Name pools: a Latin spelling ("lat"), the native script ("nat"), a second spelling or
// transliteration ("alt"), a nickname ("nick") and, for family names, the women's form ("fem",
// "nfem"). The first three given names are women's.
struct Nm {
  std::string_view lat, nat = {}, alt = {}, nick = {}, fem = {}, nfem = {};
};

constexpr Nm kG_hi[] = {{"Sunita", "सुनीता", "Suneeta", "Sunny"}, {"Priyanka", "प्रियंका", "Priyanca", "Pinky"}, {"Kamla", "कमला", "Kamala", "Kammo"},
                        {"Rakesh", "राकेश", "Raakesh", "Rocky"}, {"Dinesh", "दिनेश", "Dinesh", "Dinu"}, {"Mahendra", "महेंद्र", "Mahinder", "Munna"}};
constexpr Nm kF_hi[] = {{"Agarwal", "अग्रवाल", "Aggarwal"}, {"Tiwari", "तिवारी", "Tewari"}, {"Saxena", "सक्सेना", "Saksena"}, {"Chaturvedi", "चतुर्वेदी", "Chaturvedy"}};
constexpr Nm kG_ur[] = {{"Rukhsana", "رخسانہ", "Rukhsaana", "Rukhi"}, {"Shabana", "شبانہ", "Shabaana", "Shabo"}, {"Nasreen", "نسرین", "Nasrin", "Nasu"},
                        {"Muhammad Asif", "محمد آصف", "Mohammed Asif", "Asi"}, {"Zulfiqar", "ذوالفقار", "Zulfikar", "Zulfi"}, {"Arshad", "ارشد", "Arshid", "Shaddy"}};
constexpr Nm kF_ur[] = {{"Mirza", "مرزا", "Mirzah"}, {"Hussain", "حسین", "Hussein"}, {"Rana", "رانا", "Raana"}, {"Awan", "اعوان", "Awaan"}};
constexpr Nm kG_bd[] = {{"Shahnaz", "শাহনাজ", "Shanaz", "Shanu"}, {"Rehana", "রেহানা", "Rahana", "Runa"}, {"Momtaz", "মমতাজ", "Mumtaz", "Mita"},
                        {"Abul Kalam", "আবুল কালাম", "Abul Kalaam", "Kalu"}, {"Nurul Amin", "নুরুল আমিন", "Noorul Amin", "Nuru"}, {"Shafiqul", "শফিকুল", "Shofikul", "Shafiq"}};
constexpr Nm kF_bd[] = {{"Miah", "মিয়া", "Mia"}, {"Uddin", "উদ্দিন", "Uddeen"}, {"Bhuiyan", "ভূঁইয়া", "Bhuiya"}, {"Talukder", "তালুকদার", "Talukdar"}};
constexpr Nm kG_np[] = {{"Sabitri", "सावित्री", "Savitri", "Sabi"}, {"Laxmi", "लक्ष्मी", "Lakshmi", "Laxu"}, {"Bishnu Maya", "विष्णु माया", "Bisnu Maya", "Bishnu"},
                        {"Ram Bahadur", "राम बहादुर", "Ram Bahadhur", "Ramu"}, {"Dil Kumar", "दिल कुमार", "Dil Kumaar", "Dile"}, {"Pasang", "पासाङ", "Pasaang", "Pasu"}};
constexpr Nm kF_np[] = {{"Gurung", "गुरुङ", "Gurung"}, {"Shrestha", "श्रेष्ठ", "Shreshtha"}, {"Tamang", "तामाङ", "Tamaang"}, {"Thapa Magar", "थापा मगर", "Thapa Magaar"}};
constexpr Nm kG_ta[] = {{"Selvi", "செல்வி", "Selvy", "Selva"}, {"Vasuki", "வாசுகி", "Vasugi", "Vasu"}, {"Pushpa", "புஷ்பா", "Pushpaa", "Pushi"},
                        {"Palani", "பழனி", "Pazhani", "Palu"}, {"Ganesan", "கணேசன்", "Ganeshan", "Ganesh"}, {"Kumaresan", "குமரேசன்", "Kumareshan", "Kumar"}};
constexpr Nm kF_ta[] = {{"Arumugam", "ஆறுமுகம்", "Aarumugam"}, {"Rajendran", "ராஜேந்திரன்", "Rajendiran"}, {"Thangavel", "தங்கவேல்", "Thangavelu"}, {"Sivakumar", "சிவகுமார்", "Shivakumar"}};
constexpr Nm kG_lk[] = {{"Kusumawathi", "කුසුමාවතී", "Kusumavathi", "Kusum"}, {"Sriyani", "ශ්‍රියානි", "Shriyani", "Sri"}, {"Anoma", "අනෝමා", "Anomaa", "Ano"},
                        {"Bandula", "බන්දුල", "Bandhula", "Bandu"}, {"Upali", "උපාලි", "Upaali", "Upa"}, {"Nuwan", "නුවන්", "Nuvan", "Nuwa"}};
constexpr Nm kF_lk[] = {{"Wickramasinghe", "වික්‍රමසිංහ", "Wickremesinghe"}, {"Rajapaksha", "රාජපක්ෂ", "Rajapakse"}, {"Herath", "හේරත්", "Herat"}, {"Ekanayake", "ඒකනායක", "Ekanayaka"}};
constexpr Nm kG_ph[] = {{"Maria Teresa", {}, "Ma. Teresa", "Tess"}, {"Editha", {}, "Edita", "Baby"}, {"Rosalinda", {}, "Rosa Linda", "Linda"},
                        {"Bienvenido", {}, "Benvenido", "Benny"}, {"Reynaldo", {}, "Reinaldo", "Rey"}, {"Ernesto", {}, "Ernest", "Boyet"}};
constexpr Nm kF_ph[] = {{"Dimaculangan", {}, "Dimakulangan"}, {"Macapagal", {}, "Makapagal"}, {"Soriano", {}, "Sorriano"}, {"dela Paz", {}, "Delapaz"}};
constexpr Nm kG_sg[] = {{"Siew Hoon", "秀云", "Xiuyun", "Ah Hoon"}, {"Mei Ling", "美玲", "Meiling", "Ling Ling"}, {"Bee Lian", "美莲", "Meilian", "Ah Lian"},
                        {"Chee Keong", "志强", "Zhiqiang", "Ah Keong"}, {"Boon Huat", "文发", "Wenfa", "Ah Huat"}, {"Kok Wah", "国华", "Guohua", "Ah Wah"}};
constexpr Nm kF_sg[] = {{"Tan", "陈", "Chen"}, {"Lim", "林", "Lin"}, {"Ng", "黄", "Huang"}, {"Goh", "吴", "Wu"}};
constexpr Nm kG_my[] = {{"Rohani", {}, "Rohaney", "Ani"}, {"Norhayati", {}, "Nor Hayati", "Yati"}, {"Salmah", {}, "Salma", "Mah"},
                        {"Ismail", {}, "Ismael", "Mail"}, {"Zulkifli", {}, "Zulkifly", "Zul"}, {"Razak", {}, "Abdul Razak", "Jak"}};
constexpr Nm kF_my[] = {{"bin Osman", {}, "bin Othman", {}, "binti Osman"}, {"bin Yusof", {}, "bin Yusuf", {}, "binti Yusof"}, {"bin Ahmad", {}, "bin Ahmed", {}, "binti Ahmad"}, {"bin Daud", {}, "bin Dawood", {}, "binti Daud"}};
constexpr Nm kG_id[] = {{"Sri Wahyuni", {}, "Sri Wahjuni", "Yuni"}, {"Endang", {}, "Endang", "Ndang"}, {"Siti Rahayu", {}, "Siti Rahaju", "Ayu"},
                        {"Bambang", {}, "Bambang", "Mbang"}, {"Slamet", {}, "Slamat", "Met"}, {"Hadi Susanto", {}, "Hadi Soesanto", "Santo"}};
constexpr Nm kF_id[] = {{"Wibowo", {}, "Wibisono"}, {"Prasetyo", {}, "Prasetio"}, {"Lubis", {}, "Loebis"}, {"Simanjuntak", {}, "Simandjuntak"}};
constexpr Nm kG_hk[] = {{"Wai Man", "慧敏", "Huimin", "Mandy"}, {"Siu Ying", "小英", "Xiaoying", "Cindy"}, {"Yuk Lan", "玉蘭", "Yulan", "Eunice"},
                        {"Chi Keung", "志強", "Zhiqiang", "Kenneth"}, {"Ka Ming", "家明", "Jiaming", "Ah Ming"}, {"Wing Hong", "永康", "Yongkang", "Raymond"}};
constexpr Nm kF_hk[] = {{"Chan", "陳", "Chen"}, {"Wong", "黃", "Huang"}, {"Leung", "梁", "Liang"}, {"Cheung", "張", "Zhang"}};
constexpr Nm kG_tw[] = {{"Shu-Fen", "淑芬", "Shufen", "Amy"}, {"Mei-Hua", "美華", "Meihua", "Mei"}, {"Ya-Ting", "雅婷", "Yating", "Tina"},
                        {"Chih-Ming", "志明", "Zhiming", "Jimmy"}, {"Chun-Hung", "俊宏", "Junhong", "A-Hung"}, {"Wen-Hsiung", "文雄", "Wenxiong", "A-Hsiung"}};
constexpr Nm kF_tw[] = {{"Chen", "陳", "Tan"}, {"Lin", "林", "Lim"}, {"Huang", "黃", "Ng"}, {"Chang", "張", "Zhang"}};
constexpr Nm kG_cn[] = {{"Guifang", "桂芳", "Kwai Fong", "Fangfang"}, {"Xiulan", "秀兰", "Sau Lan", "Lanlan"}, {"Lihua", "丽华", "Lai Wah", "Huahua"},
                        {"Jianguo", "建国", "Kin Kwok", "Xiao Jian"}, {"Wei", "伟", "Wai", "Weiwei"}, {"Jianjun", "建军", "Kin Kwan", "Xiao Jun"}};
constexpr Nm kF_cn[] = {{"Wang", "王", "Wong"}, {"Li", "李", "Lee"}, {"Zhang", "张", "Cheung"}, {"Liu", "刘", "Lau"}};
constexpr Nm kG_jp[] = {{"Yoshiko", "芳子", "Yosiko", "Yocchan"}, {"Michiko", "美智子", "Mitiko", "Michi"}, {"Kazuko", "和子", "Kazuko", "Kazu"},
                        {"Hiroshi", "博", "Hirosi", "Hiro"}, {"Takeshi", "武", "Takesi", "Take"}, {"Isamu", "勇", "Isamu", "Sam"}};
constexpr Nm kF_jp[] = {{"Takahashi", "高橋", "Takahasi"}, {"Watanabe", "渡辺", "Watanabé"}, {"Yamamoto", "山本", "Yamamoto"}, {"Nakamura", "中村", "Nakamura"}};
constexpr Nm kG_kr[] = {{"Min-ji", "민지", "Minji", "Grace"}, {"Young-hee", "영희", "Younghee", "Jenny"}, {"Soon-ja", "순자", "Sunja", "Sunny"},
                        {"Min-jun", "민준", "Minjun", "Justin"}, {"Sang-hoon", "상훈", "Sanghun", "Sam"}, {"Chul-soo", "철수", "Cheolsu", "Charles"}};
constexpr Nm kF_kr[] = {{"Kim", "김", "Gim"}, {"Lee", "이", "Yi"}, {"Park", "박", "Bak"}, {"Choi", "최", "Choe"}};
constexpr Nm kG_vn[] = {{"Thi Lan", "Thị Lan", "Thi Lanh", "Lan"}, {"Thi Hoa", "Thị Hoa", "Thi Hoà", "Hoa"}, {"Ngoc Anh", "Ngọc Ánh", "Ngoc Anh", "Anh"},
                        {"Van An", "Văn An", "Van Ann", "An"}, {"Van Hung", "Văn Hùng", "Van Hong", "Hung"}, {"Duc Minh", "Đức Minh", "Duc Minh", "Minh"}};
constexpr Nm kF_vn[] = {{"Nguyen", "Nguyễn", "Nguyenn"}, {"Tran", "Trần", "Tranh"}, {"Le", "Lê", "Lee"}, {"Pham", "Phạm", "Fam"}};
constexpr Nm kG_lb[] = {{"Rima", "ريما", "Reema", "Rimo"}, {"Nayla", "نايلة", "Naila", "Nouna"}, {"Hoda", "هدى", "Huda", "Doudou"},
                        {"Georges", "جورج", "George", "Joe"}, {"Elie", "إيلي", "Elias", "Lilo"}, {"Hassan", "حسن", "Hasan", "Hassoun"}};
constexpr Nm kF_lb[] = {{"Haddad", "حداد", "Hadad"}, {"Khoury", "خوري", "El Khoury"}, {"Saadeh", "سعادة", "Saade"}, {"Nasrallah", "نصرالله", "Nasrullah"}};
constexpr Nm kG_eg[] = {{"Samira", "سميرة", "Sameera", "Sousou"}, {"Fatma", "فاطمة", "Fatima", "Tota"}, {"Hanaa", "هناء", "Hana", "Hanoun"},
                        {"Mahmoud", "محمود", "Mahmud", "Hamada"}, {"Mostafa", "مصطفى", "Mustafa", "Mido"}, {"Ahmed", "أحمد", "Ahmad", "Hamo"}};
constexpr Nm kF_eg[] = {{"Abdelrahman", "عبد الرحمن", "Abd El Rahman"}, {"Shehata", "شحاتة", "Shihata"}, {"Mansour", "منصور", "Mansur"}, {"Farag", "فرج", "Faraj"}};
constexpr Nm kG_gu[] = {{"Maryam", "مريم", "Mariam", "Mimi"}, {"Shaikha", "شيخة", "Sheikha", "Shoosh"}, {"Noura", "نورة", "Nora", "Nono"},
                        {"Khalid", "خالد", "Khaled", "Khalood"}, {"Saeed", "سعيد", "Said", "Saoud"}, {"Rashid", "راشد", "Rashed", "Rashoud"}};
constexpr Nm kF_gu[] = {{"Al Mansoori", "المنصوري", "Al-Mansouri"}, {"Al Shamsi", "الشامسي", "Alshamsi"}, {"Al Qahtani", "القحطاني", "Alqahtani"}, {"Al Harbi", "الحربي", "Alharbi"}};
constexpr Nm kG_ma[] = {{"Fatima Zahra", "فاطمة الزهراء", "Fatima-Zohra", "Zahra"}, {"Khadija", "خديجة", "Khadidja", "Khadouj"}, {"Naima", "نعيمة", "Naïma", "Nouna"},
                        {"Abdelkader", "عبد القادر", "Abdelkhader", "Kader"}, {"Youssef", "يوسف", "Youcef", "Jojo"}, {"Mohamed Amine", "محمد أمين", "Mohammed Amin", "Amine"}};
constexpr Nm kF_ma[] = {{"Benali", "بن علي", "Ben Ali"}, {"El Idrissi", "الإدريسي", "Idrissi"}, {"Bouzid", "بوزيد", "Bouzide"}, {"Ait Ahmed", "آيت أحمد", "Aït Ahmed"}};
constexpr Nm kG_gr[] = {{"Sofia", "Σοφία", "Sophia", "Sofaki"}, {"Despina", "Δέσποινα", "Despoina", "Depy"}, {"Aikaterini", "Αικατερίνη", "Ekaterini", "Katerina"},
                        {"Spyridon", "Σπυρίδων", "Spiridon", "Spyros"}, {"Christos", "Χρήστος", "Xristos", "Christakis"}, {"Athanasios", "Αθανάσιος", "Athanassios", "Thanasis"}};
constexpr Nm kF_gr[] = {{"Papageorgiou", "Παπαγεωργίου", "Papageorgiu"}, {"Alexiou", "Αλεξίου", "Aleksiou"}, {"Vlachos", "Βλάχος", "Vlaxos", {}, "Vlachou", "Βλάχου"}, {"Dimitriou", "Δημητρίου", "Dhimitriou"}};
constexpr Nm kG_ru[] = {{"Yekaterina", "Екатерина", "Ekaterina", "Katya"}, {"Natalya", "Наталья", "Natalia", "Natasha"}, {"Valentina", "Валентина", "Walentina", "Valya"},
                        {"Dmitriy", "Дмитрий", "Dmitri", "Dima"}, {"Aleksandr", "Александр", "Alexander", "Sasha"}, {"Yuriy", "Юрий", "Yuri", "Yura"}};
constexpr Nm kF_ru[] = {{"Ivanov", "Иванов", "Iwanow", {}, "Ivanova", "Иванова"}, {"Volkov", "Волков", "Wolkow", {}, "Volkova", "Волкова"},
                        {"Fyodorov", "Фёдоров", "Fedorov", {}, "Fyodorova", "Фёдорова"}, {"Zaitsev", "Зайцев", "Zaytsev", {}, "Zaitseva", "Зайцева"}};
constexpr Nm kG_ua[] = {{"Oksana", "Оксана", "Oxana", "Oksanka"}, {"Halyna", "Галина", "Galina", "Halya"}, {"Nataliya", "Наталія", "Natalia", "Nata"},
                        {"Mykola", "Микола", "Nikolai", "Kolya"}, {"Volodymyr", "Володимир", "Vladimir", "Volodya"}, {"Serhiy", "Сергій", "Sergei", "Seryozha"}};
constexpr Nm kF_ua[] = {{"Shevchenko", "Шевченко", "Chevtchenko"}, {"Kovalenko", "Коваленко", "Kowalenko"}, {"Bondarenko", "Бондаренко", "Bondarenka"}, {"Tkachuk", "Ткачук", "Tkatchouk"}};
constexpr Nm kG_tr[] = {{"Gulsen", "Gülşen", "Gulshen", "Gul"}, {"Sukran", "Şükran", "Shukran", "Suko"}, {"Ozlem", "Özlem", "Oezlem", "Ozi"},
                        {"Ismail", "İsmail", "Ismayil", "Iso"}, {"Huseyin", "Hüseyin", "Hueseyin", "Huso"}, {"Recep", "Recep", "Redzhep", "Reco"}};
constexpr Nm kF_tr[] = {{"Ozdemir", "Özdemir", "Oezdemir"}, {"Aydin", "Aydın", "Aydyn"}, {"Cakir", "Çakır", "Tschakir"}, {"Sahin", "Şahin", "Schahin"}};
constexpr Nm kG_pl[] = {{"Grazyna", "Grażyna", "Grazina", "Grazka"}, {"Jadwiga", "Jadwiga", "Hedwig", "Jadzia"}, {"Malgorzata", "Małgorzata", "Margaret", "Gosia"},
                        {"Grzegorz", "Grzegorz", "Gregory", "Grzesiek"}, {"Wojciech", "Wojciech", "Voytek", "Wojtek"}, {"Slawomir", "Sławomir", "Slavomir", "Slawek"}};
constexpr Nm kF_pl[] = {{"Wozniak", "Woźniak", "Vozniak"}, {"Zielinski", "Zieliński", "Zelinski", {}, "Zielinska", "Zielińska"},
                        {"Szymanski", "Szymański", "Shimanski", {}, "Szymanska", "Szymańska"}, {"Dabrowski", "Dąbrowski", "Dombrowski", {}, "Dabrowska", "Dąbrowska"}};
constexpr Nm kG_ro[] = {{"Ionela", "Ionela", "Ionella", "Nela"}, {"Mioara", "Mioara", "Mioarra", "Mia"}, {"Stefania", "Ștefania", "Stephania", "Fanica"},
                        {"Gheorghe", "Gheorghe", "Georghe", "Ghita"}, {"Constantin", "Constantin", "Konstantin", "Costel"}, {"Marian", "Marian", "Marjan", "Marius"}};
constexpr Nm kF_ro[] = {{"Popescu", "Popescu", "Popesku"}, {"Ionescu", "Ionescu", "Ionesco"}, {"Stanciu", "Stanciu", "Stanciou"}, {"Dumitrascu", "Dumitrașcu", "Dumitrashcu"}};
constexpr Nm kG_cz[] = {{"Jarmila", "Jarmila", "Yarmila", "Jarka"}, {"Bozena", "Božena", "Bozhena", "Bozka"}, {"Vera", "Věra", "Wera", "Verka"},
                        {"Jiri", "Jiří", "George", "Jirka"}, {"Frantisek", "František", "Franz", "Franta"}, {"Ludek", "Luděk", "Ludwig", "Luda"}};
constexpr Nm kF_cz[] = {{"Dvorak", "Dvořák", "Dworak", {}, "Dvorakova", "Dvořáková"}, {"Novotny", "Novotný", "Nowotny", {}, "Novotna", "Novotná"},
                        {"Cerny", "Černý", "Czerny", {}, "Cerna", "Černá"}, {"Prochazka", "Procházka", "Prochaska", {}, "Prochazkova", "Procházková"}};
constexpr Nm kG_de[] = {{"Baerbel", "Bärbel", "Barbel", "Baerbi"}, {"Ursula", "Ursula", "Urszula", "Uschi"}, {"Roswitha", "Roswitha", "Roswita", "Rosi"},
                        {"Guenter", "Günter", "Gunter", "Guenni"}, {"Joerg", "Jörg", "Jorg", "Joerchen"}, {"Horst", "Horst", "Horscht", "Hotte"}};
constexpr Nm kF_de[] = {{"Koehler", "Köhler", "Kohler"}, {"Grosse", "Große", "Grose"}, {"Schroeder", "Schröder", "Schroder"}, {"Jaeger", "Jäger", "Jager"}};
constexpr Nm kG_ke[] = {{"Wambui", {}, "Wambuy", "Wambo"}, {"Atieno", {}, "Atyeno", "Atti"}, {"Nafula", {}, "Naphula", "Nafu"},
                        {"Otieno", {}, "Otyeno", "Oti"}, {"Kamau", {}, "Kamawu", "Kama"}, {"Kibet", {}, "Kibett", "Kibe"}};
constexpr Nm kF_ke[] = {{"Mutua", {}, "Mutwa"}, {"Ochieng", {}, "Ochyeng"}, {"Wekesa", {}, "Wekessa"}, {"Kariuki", {}, "Kariuky"}};
constexpr Nm kG_tz[] = {{"Zawadi", {}, "Zawady", "Zawa"}, {"Rehema", {}, "Rahema", "Rehe"}, {"Mwanaisha", {}, "Mwanaysha", "Aisha"},
                        {"Hamisi", {}, "Khamis", "Hamu"}, {"Athumani", {}, "Othman", "Athu"}, {"Baraka", {}, "Barack", "Bara"}};
constexpr Nm kF_tz[] = {{"Mwakyusa", {}, "Mwakyussa"}, {"Msuya", {}, "Msuyah"}, {"Kimaro", {}, "Kimarro"}, {"Lyimo", {}, "Lyimu"}};
constexpr Nm kG_ng[] = {{"Funmilayo", {}, "Funmilola", "Funmi"}, {"Chiamaka", {}, "Chiamaka", "Amaka"}, {"Hadiza", {}, "Hadizah", "Dija"},
                        {"Oluwatobi", {}, "Olutobi", "Tobi"}, {"Chinedu", {}, "Chinedum", "Nedu"}, {"Musa", {}, "Moussa", "Musty"}};
constexpr Nm kF_ng[] = {{"Adebayo", {}, "Adebayor"}, {"Nwachukwu", {}, "Nwachuku"}, {"Danjuma", {}, "Dan Juma"}, {"Olawale", {}, "Olawole"}};
constexpr Nm kG_gh[] = {{"Akosua", {}, "Akosuah", "Ako"}, {"Abena", {}, "Abenaa", "Abby"}, {"Efua", {}, "Effuah", "Efe"},
                        {"Kwame", {}, "Kwamena", "Kay"}, {"Kofi", {}, "Coffie", "Koo"}, {"Yaw", {}, "Yao", "Yawo"}};
constexpr Nm kF_gh[] = {{"Mensah", {}, "Mensa"}, {"Owusu", {}, "Owusuh"}, {"Asante", {}, "Ashanti"}, {"Boateng", {}, "Boatey"}};
constexpr Nm kG_za[] = {{"Magdalena", {}, "Magdalene", "Lenie"}, {"Sarie", {}, "Sarah", "Saartjie"}, {"Wilna", {}, "Willna", "Wil"},
                        {"Jan Hendrik", {}, "Johan Hendrik", "Hennie"}, {"Gert", {}, "Gerrit", "Gertjie"}, {"Frederik", {}, "Frederick", "Frik"}};
constexpr Nm kF_za[] = {{"Pretorius", {}, "Pretorious"}, {"van Wyk", {}, "Van Wijk"}, {"du Plessis", {}, "Du Plesis"}, {"Jacobs", {}, "Jakobs"}};
constexpr Nm kG_et[] = {{"Tigist", "ትግስት", "Tigest", "Tigi"}, {"Almaz", "አልማዝ", "Almaaz", "Almi"}, {"Meseret", "መሰረት", "Meserette", "Mesi"},
                        {"Tesfaye", "ተስፋዬ", "Tesfay", "Tesfu"}, {"Girma", "ግርማ", "Guirma", "Gira"}, {"Dawit", "ዳዊት", "David", "Dave"}};
constexpr Nm kF_et[] = {{"Bekele", "በቀለ", "Bekelle"}, {"Haile", "ኃይሌ", "Hailé"}, {"Tadesse", "ታደሰ", "Taddese"}, {"Alemu", "አለሙ", "Alemou"}};
constexpr Nm kG_ht[] = {{"Marie-Claude", {}, "Mari Klod", "Ti Klod"}, {"Nadège", {}, "Nadej", "Dèdè"}, {"Rose-Marie", {}, "Wozmari", "Woz"},
                        {"Jean-Robert", {}, "Jan Wobè", "Bob"}, {"Wilner", {}, "Wilnè", "Ti Wil"}, {"Frantz", {}, "Frants", "Fanfan"}};
constexpr Nm kF_ht[] = {{"Pierre-Louis", {}, "Pyè Lwi"}, {"Jean-Baptiste", {}, "Jan Batis"}, {"Désir", {}, "Dezi"}, {"Charles", {}, "Chal"}};
constexpr Nm kG_jm[] = {{"Marcia", {}, "Marsha", "Marshie"}, {"Novelette", {}, "Novalette", "Nova"}, {"Joy-Ann", {}, "Joyann", "Joyie"},
                        {"Fitzroy", {}, "Fitz Roy", "Fitzy"}, {"Desmond", {}, "Desmon", "Dessie"}, {"Glenroy", {}, "Glen Roy", "Glen"}};
constexpr Nm kF_jm[] = {{"Walters", {}, "Waters"}, {"Reid", {}, "Reed"}, {"Clarke", {}, "Clark"}, {"Henry", {}, "Henri"}};
constexpr Nm kG_pr[] = {{"Carmen Iris", {}, "Carmen I.", "Iris"}, {"Wanda", {}, "Guanda", "Wandi"}, {"Nilda", {}, "Nylda", "Nildita"},
                        {"Ángel Luis", {}, "Angel Luis", "Papo"}, {"Efraín", {}, "Efrain", "Fraín"}, {"Wilfredo", {}, "Wilfred", "Willy"}};
constexpr Nm kF_pr[] = {{"Rivera", {}, "Ribera"}, {"Colón", {}, "Colon"}, {"Ortiz", {}, "Ortis"}, {"Figueroa", {}, "Figeroa"}};
constexpr Nm kG_ub[] = {{"Yesenia", {}, "Jesenia", "Yesi"}, {"Maricela", {}, "Marisela", "Mari"}, {"Guadalupe", {}, "Guadalupé", "Lupita"},
                        {"Jesús", {}, "Jesus", "Chuy"}, {"José Luis", {}, "Jose Luis", "Pepe"}, {"Francisco", {}, "Frank", "Pancho"}};
constexpr Nm kF_ub[] = {{"Villarreal", {}, "Villareal"}, {"Treviño", {}, "Trevino"}, {"Garza", {}, "Garsa"}, {"Salinas", {}, "Zalinas"}};
constexpr Nm kG_mx[] = {{"Leticia", {}, "Letizia", "Lety"}, {"Rocío", {}, "Rocio", "Chío"}, {"Socorro", {}, "Socoro", "Coco"},
                        {"Refugio", {}, "Refujio", "Cuco"}, {"Ignacio", {}, "Ygnacio", "Nacho"}, {"Guillermo", {}, "William", "Memo"}};
constexpr Nm kF_mx[] = {{"Castañeda", {}, "Castaneda"}, {"Zúñiga", {}, "Zuniga"}, {"Mendoza", {}, "Mendosa"}, {"Cervantes", {}, "Servantes"}};
constexpr Nm kG_qc[] = {{"Jocelyne", {}, "Jocelyn", "Jo"}, {"Francine", {}, "Francyne", "Cine"}, {"Huguette", {}, "Hughette", "Guette"},
                        {"Ghislain", {}, "Guylain", "Ghis"}, {"Rosaire", {}, "Rosair", "Ti-Rose"}, {"Clément", {}, "Clement", "Clem"}};
constexpr Nm kF_qc[] = {{"Bergeron", {}, "Bergerom"}, {"Lapointe", {}, "La Pointe"}, {"Ouellet", {}, "Ouellette"}, {"Gauthier", {}, "Gautier"}};
constexpr Nm kG_nz[] = {{"Hineroa", {}, "Hine Roa", "Hine"}, {"Mereana", {}, "Marianna", "Mere"}, {"Wikitoria", {}, "Victoria", "Wiki"},
                        {"Rāwiri", {}, "Rawiri", "Rawi"}, {"Hēmi", {}, "Hemi", "Jim"}, {"Tamati", {}, "Thomas", "Tama"}};
constexpr Nm kF_nz[] = {{"Te Whata", {}, "Tewhata"}, {"Paewai", {}, "Pae Wai"}, {"Hēnare", {}, "Henare"}, {"Ruatapu", {}, "Rua Tapu"}};
constexpr Nm kG_ws[] = {{"Losa", {}, "Rosa", "Lo"}, {"Fetu", {}, "Fetuao", "Fe"}, {"Malia", {}, "Maria", "Lia"},
                        {"Sione", {}, "John", "Sio"}, {"Tavita", {}, "David", "Vita"}, {"Iosefa", {}, "Joseph", "Sefa"}};
constexpr Nm kF_ws[] = {{"Faleolo", {}, "Fale'olo"}, {"Leota", {}, "Leotta"}, {"Tuilagi", {}, "Tuilangi"}, {"Sapolu", {}, "Sapolo"}};
constexpr Nm kG_uk[] = {{"Kerry", {}, "Kerrie", "Kez"}, {"Dawn", {}, "Dawne", "Dawnie"}, {"Gillian", {}, "Jillian", "Gill"},
                        {"Keith", {}, "Keeth", "Keefy"}, {"Stuart", {}, "Stewart", "Stu"}, {"Malcolm", {}, "Malcom", "Mal"}};
constexpr Nm kF_uk[] = {{"Pickering", {}, "Pickring"}, {"Holroyd", {}, "Holroid"}, {"Barraclough", {}, "Barraclugh"}, {"Lister", {}, "Lyster"}};
constexpr Nm kG_us[] = {{"Shanice", {}, "Shaniece", "Neecy"}, {"Kimberly", {}, "Kimberley", "Kim"}, {"Rhonda", {}, "Ronda", "Ronnie"},
                        {"Travis", {}, "Travys", "Trav"}, {"Cody", {}, "Codie", "Code"}, {"DeShawn", {}, "Deshawn", "Shawn"}};
constexpr Nm kF_us[] = {{"Burkhart", {}, "Burkhardt"}, {"Pennington", {}, "Penington"}, {"Mayfield", {}, "Mayfeild"}, {"Stroud", {}, "Straud"}};

struct Pool {
  std::span<const Nm> given, family;
};

Pool pool39(L g) {
  switch (g) {
    case L::hi: return {kG_hi, kF_hi};
    case L::ur: return {kG_ur, kF_ur};
    case L::bd: return {kG_bd, kF_bd};
    case L::np: return {kG_np, kF_np};
    case L::ta: return {kG_ta, kF_ta};
    case L::lk: return {kG_lk, kF_lk};
    case L::ph: return {kG_ph, kF_ph};
    case L::sg: return {kG_sg, kF_sg};
    case L::my: return {kG_my, kF_my};
    case L::id: return {kG_id, kF_id};
    case L::hk: return {kG_hk, kF_hk};
    case L::tw: return {kG_tw, kF_tw};
    case L::cn: return {kG_cn, kF_cn};
    case L::jp: return {kG_jp, kF_jp};
    case L::kr: return {kG_kr, kF_kr};
    case L::vn: return {kG_vn, kF_vn};
    case L::lb: return {kG_lb, kF_lb};
    case L::eg: return {kG_eg, kF_eg};
    case L::gu: return {kG_gu, kF_gu};
    case L::ma: return {kG_ma, kF_ma};
    case L::gr: return {kG_gr, kF_gr};
    case L::ru: return {kG_ru, kF_ru};
    case L::ua: return {kG_ua, kF_ua};
    case L::tr: return {kG_tr, kF_tr};
    case L::pl: return {kG_pl, kF_pl};
    case L::ro: return {kG_ro, kF_ro};
    case L::cz: return {kG_cz, kF_cz};
    case L::de: return {kG_de, kF_de};
    case L::ke: return {kG_ke, kF_ke};
    case L::tz: return {kG_tz, kF_tz};
    case L::ng: return {kG_ng, kF_ng};
    case L::gh: return {kG_gh, kF_gh};
    case L::za: return {kG_za, kF_za};
    case L::et: return {kG_et, kF_et};
    case L::ht: return {kG_ht, kF_ht};
    case L::jm: return {kG_jm, kF_jm};
    case L::pr: return {kG_pr, kF_pr};
    case L::ub: return {kG_ub, kF_ub};
    case L::mx: return {kG_mx, kF_mx};
    case L::qc: return {kG_qc, kF_qc};
    case L::nz: return {kG_nz, kF_nz};
    case L::ws: return {kG_ws, kF_ws};
    case L::uk: return {kG_uk, kF_uk};
    case L::us: return {kG_us, kF_us};
  }
  return {kG_us, kF_us};
}

struct Person {
  std::string given, family, family2;
  std::string nGiven, nFamily, aGiven, aFamily, nick;
  std::size_t familyIndex = 0;
  bool female = false;
};

std::string orLat(std::string_view v, std::string_view lat) { return std::string(v.empty() ? lat : v); }

bool twoSurnames(L g) { return g == L::pr || g == L::ub || g == L::mx; }

void setFamily(Person& q, L g, std::size_t k) {
  const Nm& f = pool39(g).family[k];
  q.familyIndex = k;
  q.family = std::string(q.female && !f.fem.empty() ? f.fem : f.lat);
  q.nFamily = orLat(q.female && !f.nfem.empty() ? f.nfem : f.nat, q.family);
  q.aFamily = q.female && !f.fem.empty() ? q.family : orLat(f.alt, q.family);
}

Person drawPerson(Random& r, L g) {
  const Pool p = pool39(g);
  Person q;
  const Nm& gv = p.given[r.next() % p.given.size()];
  q.female = &gv - p.given.data() < 3;
  q.given = std::string(gv.lat);
  q.nGiven = orLat(gv.nat, gv.lat);
  q.aGiven = orLat(gv.alt, gv.lat);
  q.nick = orLat(gv.nick, gv.lat);
  setFamily(q, g, r.next() % p.family.size());
  if (twoSurnames(g) && r.chance(0.6)) {
    const Nm& f2 = p.family[r.next() % p.family.size()];
    if (f2.lat != q.family) q.family2 = std::string(f2.lat);
  }
  return q;
}

std::string up39(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low39(std::string s) { return recaseUtf8(std::move(s), false); }
std::string firstLetter(const std::string& s) {
  const auto c = static_cast<unsigned char>(s[0]);
  return s.substr(0, c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
}

std::string surnames(const Person& p) { return p.family2.empty() ? p.family : p.family + " " + p.family2; }
bool familyFirst(L g) { return g == L::cn || g == L::hk || g == L::tw || g == L::sg || g == L::jp || g == L::kr || g == L::vn; }
bool patronymic(L g) { return g == L::my; }  // "Rohani binti Osman": no family name alone

std::string runningName(const Person& p, L g) {
  if (familyFirst(g)) return surnames(p) + " " + p.given;
  return p.given + " " + surnames(p);
}

std::string nativeName(const Person& p, L g) {
  switch (g) {
    case L::cn: case L::hk: case L::tw: case L::sg: case L::kr: return p.nFamily + p.nGiven;
    case L::jp: case L::vn: return p.nFamily + " " + p.nGiven;
    default: return p.nGiven + " " + p.nFamily;
  }
}

// The second spelling: another transliteration or romanisation, in the running order ("Dmitri
// Fedorov", "Kwai Fong Wong", "Minjun Gim"), or the Western order for East Asian names.
std::string altName(const Person& p, L g) {
  if (g == L::cn || g == L::hk || g == L::kr) return up39(p.aFamily) + " " + p.aGiven;
  if (familyFirst(g)) return p.aGiven + " " + p.aFamily;
  return p.aGiven + " " + p.aFamily;
}

// Name forms: full, up, low, given, lgiven, fam, ufam, inv, ini, nat, nfam, ngiven, alt, agiven,
// nick, lnick, flip (the other order), hl7 ("FAMILY^GIVEN").
std::string nameForm(Random& r, const Person& p, L g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "up", "ini", "nat", "full", "alt"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return runningName(p, g);
  if (f == "up") return up39(runningName(p, g));
  if (f == "low") return low39(runningName(p, g));
  if (f == "given") return p.given;
  if (f == "lgiven") return low39(p.given);
  if (f == "fam") return patronymic(g) ? p.given : surnames(p);
  if (f == "ufam") return up39(patronymic(g) ? p.given : surnames(p));
  if (f == "nat") return nativeName(p, g);
  if (f == "nfam") return p.nFamily;
  if (f == "ngiven") return p.nGiven;
  if (f == "alt") return altName(p, g);
  if (f == "agiven") return p.aGiven;
  if (f == "nick") return p.nick;
  if (f == "lnick") return low39(p.nick);
  if (f == "flip") return familyFirst(g) ? p.given + " " + surnames(p) : up39(surnames(p)) + " " + p.given;
  if (f == "mt") {  // a machine translation of the given name ("Socorro" -> "Help"), the surname kept
    static constexpr std::pair<std::string_view, std::string_view> kMt[] = {{"Rocío", "Dew"}, {"Socorro", "Help"}, {"Refugio", "Refuge"},
                                                                            {"Guillermo", "William"}, {"Ignacio", "Ignatius"}, {"Leticia", "Joy"}};
    for (const auto& [from, to] : kMt) {
      if (p.given == from) return std::string(to) + " " + surnames(p);
    }
    return runningName(p, g);
  }
  if (f == "hl7") return up39(patronymic(g) ? p.given : surnames(p)) + "^" + up39(patronymic(g) ? p.family : p.given);
  if (f == "inv") {
    if (patronymic(g)) return up39(p.given) + " " + up39(surnames(p));
    return up39(surnames(p)) + ", " + p.given;
  }
  if (f == "ini") {
    if (familyFirst(g)) return surnames(p) + " " + firstLetter(p.given) + ".";
    if (patronymic(g)) return p.given + " " + firstLetter(p.family) + ".";
    return firstLetter(p.given) + ". " + surnames(p);
  }
  throw std::logic_error("unknown name form " + std::string(f));
}

// Values drawn from shapes: '#' a digit, '%' a digit 1-9, '&' a digit 2-9, '@' a capital letter
// (not I, O or Q), '~' a literal '#'; everything else as written.
std::string shape(Random& r, std::string_view s) {
  std::string v;
  for (char c : s) {
    if (c == '#') v += static_cast<char>('0' + r.next() % 10);
    else if (c == '%') v += static_cast<char>('1' + r.next() % 9);
    else if (c == '&') v += static_cast<char>('2' + r.next() % 8);
    else if (c == '@') v += r.letters(1, true);
    else if (c == '~') v += '#';
    else v += c;
  }
  return v;
}

// Digits of another script for numbers that are not PHI (doses, counts, years alone).
std::string nativeDigits(const std::string& s, bool devanagari) {
  static constexpr std::string_view kDeva[] = {"०", "१", "२", "३", "४", "५", "६", "७", "८", "९"};
  static constexpr std::string_view kArab[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  std::string v;
  for (char c : s) {
    if (c >= '0' && c <= '9') v += devanagari ? kDeva[c - '0'] : kArab[c - '0'];
    else v += c;
  }
  return v;
}

struct Land {
  std::array<std::string_view, 2> phoneNat, phoneIntl;
  std::array<std::string_view, 3> addresses;
  std::array<std::string_view, 2> towns;
  std::string_view idCategory, id, card, insurance, plate, reg;
  std::array<std::string_view, 3> dateStyles;
  std::string_view honF, honM, kinF, kinM, doctor, language;
};

// clang-format off
const Land kLand[kLands] = {
  // hi
  {{"9#### #####", "011-2### ####"}, {"+91 9#### #####", "+91 11 2### ####"},
   {"Gali no. %, near Hanuman mandir, Lajpat Nagar, New Delhi 1100%#", "H.No. %##, Sector %#, Gurgaon, Haryana 1220%#", "ग्राम पिपरिया, तहसील सदर, ज़िला सीतापुर"},
   {"Lajpat Nagar", "Meerut"}, "mrn", "*aadhaar", "DL-%#20%#########", "PMJAY%########", "DL %@ @@ %###", "DMC/R/%####", {"dmy", "en", "tarikh"}, "Smt.", "Shri", "Mummy ji", "Papa ji", "Dr.", "hing"},
  // ur
  {{"03## #######", "042-3#######"}, {"+92 3## #######", "+92 42 3#######"},
   {"House %#, Street %#, G-9/2, Islamabad", "مکان نمبر %#، گلی نمبر %، سمن آباد، لاہور", "Flat %0#, Block %, Gulshan-e-Iqbal, Karachi"},
   {"Rawalpindi", "Gujranwala"}, "license", "%####-#######-#", "LHR-%#####", "SEHAT%########", "LE@-%###", "PMDC %####-P", {"dmy", "en", "tarikh"}, "Begum", "Janab", "Ammi ji", "Abbu ji", "Dr.", "hing"},
  // bd
  {{"01%##-######", "02-55######"}, {"+880 2 55## ####", "+880 31 ######"},
   {"House %#, Road %#, Mirpur %#, Dhaka 1216", "বাড়ি %#, রোড %#, ধানমন্ডি, ঢাকা", "Vill. Charpara, Upazila Sadar, Mymensingh"},
   {"Sylhet", "Mirpur"}, "license", "%#########", "DK%#######", "", "DHAKA METRO-GA %#-%###", "BMDC A-%####", {"dmy", "en", "dash"}, "Mrs.", "Janab", "Nani", "Nana", "Dr.", "en"},
  // np
  {{"98########", "01-4######"}, {"+977 1-4######", "+977 61-5#####"},
   {"Ward no. %, Lakeside, Pokhara", "Kalanki-%#, Kathmandu", "वडा नं. %, भक्तपुर"},
   {"Pokhara", "Butwal"}, "license", "%#-%#-%#-#####", "%#-##-########", "HIB%#########", "BA %# PA %###", "NMC %####", {"bs", "en", "iso"}, "Shrimati", "Shri", "Aama", "Baa", "Dr.", "en"},
  // ta
  {{"9#### #####", "044-2### ####"}, {"+91 9#### #####", "+91 44 2### ####"},
   {"No. %#, Gandhi Street, Mylapore, Chennai 600004", "%#, காந்தி தெரு, மயிலாப்பூர், சென்னை 600004", "Door No. %#, Kamarajar Salai, Madurai 625009"},
   {"Tambaram", "Coimbatore"}, "mrn", "*aadhaar", "TN%# 20%#########", "CMCHIS%#######", "TN %# @@ %###", "TNMC %#####", {"dmy", "en", "dash"}, "Thirumathi", "Thiru", "Paati", "Thatha", "Dr.", "en"},
  // lk
  {{"07# ### ####", "011 2## ####"}, {"+94 7# ### ####", "+94 11 2## ####"},
   {"No. %#, Temple Road, Nugegoda", "අංක %#, පන්සල පාර, මහනුවර", "%#/%, Galle Road, Dehiwala"},
   {"Kurunegala", "Matara"}, "license", "*nic", "B%######", "", "WP @@@-%###", "SLMC %####", {"be", "iso", "dmy"}, "Mrs.", "Mr.", "Amma", "Thaththa", "Dr.", "en"},
  // ph
  {{"09## ### ####", "(02) 8###-####"}, {"+63 9## ### ####", "+63 2 8###-####"},
   {"Purok %, Brgy. San Isidro, Tarlac City", "Blk %# Lot %#, Phase %, Brgy. Bagong Silang, Caloocan", "%# Rizal St., Brgy. Poblacion, Vigan"},
   {"Brgy. San Isidro, Tarlac", "Caloocan"}, "health_plan", "%#-#########-#", "N%#-##-######", "%#-#########-#", "N@@ %###", "PRC %######", {"tl", "mdy", "long"}, "Gng.", "G.", "Lola", "Lolo", "Dr.", "tl"},
  // sg
  {{"9### ####", "6### ####"}, {"+65 9### ####", "+65 6### ####"},
   {"Blk %##, Ang Mo Kio Ave %, ~%#-%##, Singapore 56%###", "Blk %## Bedok North St %, ~0%-%#, Singapore 46%###", "%# Tiong Bahru Road, ~0%-%#, Singapore 16%###"},
   {"Toa Payoh", "Bedok"}, "license", "*nric", "S%######@", "MSL%#######", "S@@ %###@", "M%####@", {"dmy", "en", "iso"}, "Mdm", "Mr", "Ah Ma", "Ah Gong", "Dr", "en"},
  // my
  {{"01#-### ####", "03-#### ####"}, {"+60 1#-### ####", "+60 3-#### ####"},
   {"No. %#, Jalan SS %/%#, 47300 Petaling Jaya, Selangor", "Lot %##, Kampung Baru, 50300 Kuala Lumpur", "%#, Lorong Kenari %, Taman Melawati, 53100 Kuala Lumpur"},
   {"Shah Alam", "Kota Bharu"}, "license", "*mykad", "D%#######", "MYSALAM%########", "W@@ %###", "MMC %####", {"ms", "dmy", "en"}, "Puan", "Encik", "Mak Cik", "Pak Cik", "Dr.", "ms"},
  // id
  {{"08##-####-####", "021-5###-####"}, {"+62 8##-###-####", "+62 21 5###-####"},
   {"Jl. Kebon Jeruk Raya No. %#, RT 00%/RW 0%, Jakarta Barat 11530", "Perum Griya Asri Blok @%/%#, Sidoarjo", "Desa Sukamaju RT 00%/RW 0%, Kec. Cibeber, Cianjur"},
   {"Depok", "Bekasi"}, "mrn", "*nik", "%###-####-######", "000%#########", "B %### @@@", "STR %##/%###", {"id", "dmy", "dash"}, "Ibu", "Bapak", "Oma", "Opa", "dr.", "ms"},
  // hk
  {{"9### ####", "2### ####"}, {"+852 9### ####", "+852 2### ####"},
   {"Flat %@, %/F, Block %, Lek Yuen Estate, Sha Tin, N.T.", "香港九龍旺角彌敦道%##號%樓@室", "Room %#, %/F, Wah Fu Estate, Pok Fu Lam"},
   {"Sham Shui Po", "Tuen Mun"}, "license", "*hkid", "K%#######", "", "@@ %###", "M%####", {"dmy", "jyut", "cnd"}, "Mrs", "Mr", "Ah Ma", "Ah Yeh", "Dr", "en"},
  // tw
  {{"09##-###-###", "02-2###-####"}, {"+886 9## ### ###", "+886 2 2### ####"},
   {"No. %#, Ln. %##, Sec. %, Zhongshan N. Rd., Zhongshan Dist., Taipei", "台北市大安區和平東路%段%##號%樓", "No. %#, Minzu Rd., West Central Dist., Tainan"},
   {"Banqiao", "Taichung"}, "license", "@%########", "%##########", "%###########", "@@@-%###", "%#####", {"roc", "iso", "cnd"}, "Mrs.", "Mr.", "A-ma", "A-gong", "Dr.", "zh"},
  // cn
  {{"13# #### ####", "010-6### ####"}, {"+86 10 6### ####", "+86 21 5### ####"},
   {"北京市朝阳区建国路%#号院%号楼%单元%0#室", "Jianguo Rd %#, Chaoyang District, Beijing", "上海市浦东新区张杨路%##弄%#号"},
   {"Shunyi", "Pudong"}, "license", "*cnid", "E%#######", "YB%#########", "京@ %####", "%##############", {"pinyin", "iso", "cnd"}, "Mrs.", "Mr.", "Nainai", "Yeye", "Dr.", "zh"},
  // jp
  {{"090-####-####", "03-####-####"}, {"+81 90-####-####", "+81 3-####-####"},
   {"Setagaya-ku Kitazawa %-%#-%, Tokyo", "東京都世田谷区北沢%丁目%#番%号", "Osaka-shi Kita-ku Umeda %-%-%#"},
   {"Setagaya", "Sakai"}, "mrn", "%### #### ####", "%###########", "%#######", "Shinagawa 3%# sa %#-%#", "%#####", {"romaji", "reiwa", "iso"}, "Mrs.", "Mr.", "Obaachan", "Ojiichan", "Dr.", "ja"},
  // kr
  {{"010-####-####", "02-###-####"}, {"+82 10-####-####", "+82 2-###-####"},
   {"서울특별시 강남구 테헤란로 %##, %0%호", "%##, Teheran-ro, Gangnam-gu, Seoul", "Haeundae-ro %##beon-gil %#, Busan"},
   {"Gangnam", "Suwon"}, "mrn", "*rrn", "%#-%#-######-%#", "%##########", "%#ga %###", "%####", {"kor", "hangul", "iso"}, "Mrs.", "Mr.", "Halmeoni", "Harabeoji", "Dr.", "ko"},
  // vn
  {{"09# ### ####", "028 3### ####"}, {"+84 9# ### ####", "+84 28 3### ####"},
   {"So %#, hem %##, duong Le Van Sy, Phuong %#, Quan 3, TP HCM", "Số %#, ngõ %##, phố Khâm Thiên, Đống Đa, Hà Nội", "%#/%# Nguyen Trai, Phuong %, Quan 5, TP HCM"},
   {"Go Vap", "Thu Duc"}, "license", "0%##########", "%##########", "DN%#############", "%#@-%##.%#", "%####/BYT-CCHN", {"vn", "vnl", "dmy"}, "Ba", "Ong", "Ba noi", "Ong noi", "BS", "vi"},
  // lb
  {{"03 ### ###", "01 ### ###"}, {"+961 3 ### ###", "+961 1 ### ###"},
   {"Hamra St., Bldg %#, floor %, Beirut", "Achrafieh, Sassine Sq., Bldg %#, Beirut", "شارع الحمرا، بناية %#، الطابق %، بيروت"},
   {"Jounieh", "Zahle"}, "license", "%#######", "%#######", "NSSF %#######", "@ %#####", "OMSB %####", {"fr", "dmy", "lev"}, "Madame", "Monsieur", "Teta", "Jiddo", "Dr.", "arz"},
  // eg
  {{"01# #### ####", "02 #### ####"}, {"+20 1# #### ####", "+20 2 #### ####"},
   {"%# Abbas El Akkad St., Nasr City, Cairo", "%# شارع التحرير، الدقي، الجيزة", "Shaqqa %#, Emara %#, Sharia Fouad, Alexandria"},
   {"Shubra", "Mansoura"}, "mrn", "*egid", "%#######", "UHIS%#########", "@ @ @ %###", "EMS %#####", {"eg", "dmy", "hijri"}, "Madam", "Ostaz", "Tant", "Amo", "Dr.", "arz"},
  // gu
  {{"05# ### ####", "04 ### ####"}, {"+971 5# ### ####", "+966 5# ### ####"},
   {"Villa %#, Street %#, Al Barsha %, Dubai", "Flat %0%, Al Nahda Bldg, Al Qusais, Dubai", "حي الروضة، شارع الأمير سلطان، جدة"},
   {"Al Ain", "Sharjah"}, "license", "784-19%#-#######-#", "%#########", "DHA%#########", "Dubai @ %####", "DHA-P-%#######", {"hijri", "dmy", "hijrin"}, "Madam", "Mr.", "Yumma", "Yuba", "Dr.", "arz"},
  // ma
  {{"06 ## ## ## ##", "05 22 ## ## ##"}, {"+212 6 ## ## ## ##", "+213 5## ## ## ##"},
   {"%#, Rue Ibn Batouta, Maarif, 20330 Casablanca", "Derb Sultan, zanqa %#, raqm %#, Casablanca", "Cité %# Logements, Bab Ezzouar, Alger"},
   {"Bab El Oued", "Fès"}, "license", "@@%#####", "%#/%#####", "CNSS %########", "%####-@-%", "CNOM %####", {"fr", "dmy", "dmy"}, "Madame", "Monsieur", "Mima", "Jeddi", "Dr", "fr"},
  // gr
  {{"69# ### ####", "210 ### ####"}, {"+30 69# ### ####", "+30 210 ### ####"},
   {"Odos Patision %#, 112 57 Athina", "Οδός Πατησίων %#, 112 57 Αθήνα", "Egnatia %##, 546 30 Thessaloniki"},
   {"Peristeri", "Kalamaria"}, "mrn", "*amka", "@@ %#####", "EOPYY %#######", "@@@-%###", "ISA %####", {"grk", "dmy", "dmy"}, "Kyria", "Kyrios", "Giagia", "Pappous", "Dr", "el"},
  // ru
  {{"8 (9##) ###-##-##", "8 (495) ###-##-##"}, {"+7 9## ###-##-##", "+7 495 ###-##-##"},
   {"g. Moskva, ul. Profsoyuznaya, d. %#, kv. %##", "г. Москва, ул. Профсоюзная, д. %#, кв. %##", "Sankt-Peterburg, Nevskiy pr. %#, kv. %#"},
   {"Khimki", "Podolsk"}, "mrn", "%##-###-### ##", "%# %# %######", "%###############", "@%##@@ 77", "%#####", {"ru", "dot", "dot"}, "g-zha", "g-n", "Babushka", "Dedushka", "Dr.", "ru"},
  // ua
  {{"0## ### ## ##", "044 ### ## ##"}, {"+380 ## ### ####", "+380 44 ### ####"},
   {"vul. Khreshchatyk %#, kv. %#, Kyiv", "м. Київ, вул. Хрещатик, %#, кв. %#", "vul. Sumska %#, Kharkiv"},
   {"Bila Tserkva", "Lviv"}, "license", "%#########", "@@@%#####", "", "@@%###@@", "%#####", {"ua", "dot", "dot"}, "pani", "pan", "Babusya", "Didus", "Dr.", "ru"},
  // tr
  {{"05## ### ## ##", "0212 ### ## ##"}, {"+90 5## ### ## ##", "+90 212 ### ## ##"},
   {"Bagdat Cad. No %#, Kadikoy, Istanbul", "Bağdat Cad. No: %#, Kadıköy, İstanbul", "Yeni Mah. %#. Sok. No %, Kecioren, Ankara"},
   {"Kecioren", "Bagcilar"}, "mrn", "%##########", "@%######", "SGK %#########", "34 @@ %##", "%#####", {"tr", "dot", "dot"}, "Bayan", "Bay", "Teyze", "Amca", "Dr.", "tr"},
  // pl
  {{"5## ### ###", "22 ### ## ##"}, {"+48 5## ### ###", "+48 22 ### ## ##"},
   {"ul. Marszalkowska %#, m. %#, 00-624 Warszawa", "ul. Marszałkowska %#, m. %#, 00-624 Warszawa", "os. Piastow %#/%#, 61-720 Poznan"},
   {"Praga-Poludnie", "Nowa Huta"}, "mrn", "*pesel", "@@@ %#####", "NFZ %########", "W@ %####", "PWZ %######", {"pl", "dot", "dot"}, "Pani", "Pan", "Babcia", "Dziadek", "lek.", "pl"},
  // ro
  {{"07## ### ###", "021 ### ####"}, {"+40 7## ### ###", "+40 21 ### ####"},
   {"Str. Mihai Bravu nr. %#, bl. %#, ap. %#, Sector %, Bucuresti", "Str. Mihai Bravu nr. %#, bl. %#, ap. %#, Sector %, București", "Sat Valea Lunga, com. Gorgota, jud. Prahova"},
   {"Ploiesti", "Iasi"}, "mrn", "*cnp", "@@ %######", "CASS %##########", "B %## @@@", "CMR %#####", {"ro", "dot", "dot"}, "Doamna", "Domnul", "Bunica", "Bunicul", "Dr.", "ro"},
  // cz
  {{"6## ### ###", "2## ### ###"}, {"+420 6## ### ###", "+420 2## ### ###"},
   {"Vinohradska %#, 120 00 Praha 2", "Vinohradská %#, 120 00 Praha 2", "Nadrazni %##, 602 00 Brno"},
   {"Zizkov", "Ostrava"}, "mrn", "*rc", "%########", "VZP %#########", "%@% %###", "CLK %#####", {"cz", "dot", "dot"}, "pani", "pan", "Babicka", "Deda", "MUDr.", "cz"},
  // de
  {{"0151 ########", "030 #######"}, {"+49 151 #######", "+49 30 #######"},
   {"Koepenicker Str. %#, 10179 Berlin", "Köpenicker Straße %#, 10179 Berlin", "Hauptstr. %#, 45879 Gelsenkirchen"},
   {"Neukoelln", "Duisburg-Marxloh"}, "health_plan", "@%########", "@%######", "@%########", "B-@@ %###", "LAEK %#####", {"de", "dot", "dot"}, "Frau", "Herr", "Oma", "Opa", "Dr.", "de"},
  // ke
  {{"07## ######", "020 #######"}, {"+254 7## ######", "+254 20 #######"},
   {"Kayole Junction, House %#, Nairobi", "P.O. Box %###-00100, Nairobi", "Nyalenda B, Kisumu"},
   {"Kibera", "Eastleigh"}, "license", "%#######", "DL%######", "SHA%#########", "K@@ %##@", "KMPDC A%###", {"sw", "dmy", "dmy"}, "Bi.", "Bw.", "Shosho", "Guka", "Dkt.", "sw"},
  // tz
  {{"07## ### ###", "022 ### ####"}, {"+255 7## ### ###", "+255 22 ### ####"},
   {"Mtaa wa Kariakoo, Nyumba Na. %#, Dar es Salaam", "Sinza Mori, Kitalu %#, Dar es Salaam", "Mtaa wa Uhuru, Arusha"},
   {"Kariakoo", "Moshi"}, "license", "19%#####-#####-#####-%#", "%#########", "NHIF %#########", "T %## @@@", "MCT %####", {"sw", "dmy", "dmy"}, "Bibi", "Mzee", "Bibi", "Babu", "Dkt.", "sw"},
  // ng
  {{"080# ### ####", "01 ### ####"}, {"+234 1 ### ####", "+234 9 ### ####"},
   {"No. %#, Adeniran Ogunsanya St, Surulere, Lagos", "Plot %##, Gwarinpa Estate, Abuja", "%# Okigwe Road, Owerri, Imo State"},
   {"Surulere", "Ajegunle"}, "mrn", "%##########", "@@@%#####@@", "NHIS%#######", "@@@-%##@@", "MDCN/R/%####", {"enth", "dmy", "en"}, "Mrs", "Mr", "Mama", "Baba", "Dr", "en"},
  // gh
  {{"02# ### ####", "030 ### ####"}, {"+233 2# ### ####", "+233 30 ### ####"},
   {"House No. @%/%#, Nima, Accra", "GA-%##-%###, Madina, Accra", "Plot %#, Asafo, Kumasi"},
   {"Nima", "Tema"}, "license", "GHA-%########-#", "@%#######", "NHIS %########", "GR %###-%#", "MDC/RN/%####", {"dmy", "en", "enth"}, "Maame", "Agya", "Nana", "Nana", "Dr.", "en"},
  // za
  {{"08# ### ####", "021 ### ####"}, {"+27 8# ### ####", "+27 21 ### ####"},
   {"%# Voortrekker Rd, Bellville, 7530", "%# Kerkstraat, Paarl, 7646", "Erf %##, Mitchells Plain, Cape Town"},
   {"Bellville", "Mitchells Plain"}, "license", "*zaid", "%#########@@", "%#########", "CA %##-%##", "MP%######", {"af", "iso", "dmy"}, "Mev.", "Mnr.", "Tannie", "Oom", "Dr.", "af"},
  // et
  {{"09## ## ## ##", "011 ### ####"}, {"+251 91 ### ####", "+251 11 ### ####"},
   {"Bole Subcity, Woreda %#, House No. %##, Addis Ababa", "ቦሌ ክፍለ ከተማ፣ ወረዳ %#፣ አዲስ አበባ", "Kebele %#, Bahir Dar"},
   {"Bole", "Adama"}, "mrn", "%### #### #### ####", "EP%######", "CBHI %########", "AA 3-@%####", "EFMHACA %####", {"ec", "dmy", "en"}, "W/ro", "Ato", "Emama", "Abba", "Dr.", "en"},
  // ht
  {{"3# ## ####", "2# ## ####"}, {"+509 3# ## ####", "+509 2# ## ####"},
   {"Ri Kapwa %#, Bwa Vèna, Pòtoprens", "Rue Capois %#, Port-au-Prince", "Lakou Nan Bannann, Jakmèl"},
   {"Delmas", "Okap"}, "license", "%#-%#-%#-####-##-#####", "%##-###-###-#", "", "AA-%####", "%####", {"ht", "dmy", "fr"}, "Madan", "Msye", "Manman", "Tonton", "Dr", "fr"},
  // jm
  {{"876-&##-####", "876-9##-####"}, {"+1 876 &##-####", "+1 876 9##-####"},
   {"Lot %#, Waterhouse, Kingston %#", "%# Molynes Road, Kingston %#", "Top District, Mocho, Clarendon"},
   {"Spanish Town", "Mandeville"}, "license", "1##-###-###", "%#########", "NHF %#######", "%###@@", "MCJ %####", {"enth", "dmy", "en"}, "Miss", "Mr", "Granny", "Grandpa", "Dr", "en"},
  // pr
  {{"787-&##-####", "939-&##-####"}, {"+1 787 &##-####", "+1 939 &##-####"},
   {"Urb. Villa Carolina, Calle %#, Bloque %#-%, Carolina", "Calle Luna %##, Viejo San Juan", "Bo. Pueblo, Carr. %##, km %.%, Utuado"},
   {"Carolina", "Bayamón"}, "ssn", "%##-##-####", "%#######", "VIT%########", "@@@-%##", "%####", {"es", "mdy", "dmy"}, "Doña", "Don", "Abuela", "Abuelo", "Dr.", "es"},
  // ub
  {{"956-&##-####", "915-&##-####"}, {"+1 956 &##-####", "+52 868 ### ####"},
   {"Calle %# ~%#-%#, apto %0#, Matamoros, Tamps.", "Col. Buena Vista, Calle Cedro %##, Cd. Juárez, Chih.", "Ejido El Porvenir, Reynosa, Tamps."},
   {"Matamoros", "Cd. Juárez"}, "ssn", "%##-##-####", "%#######", "%##########", "@@@-%###", "%####", {"es", "md", "mdy"}, "Doña", "Don", "Abuela", "Abuelo", "Dr.", "es"},
  // mx
  {{"55 #### ####", "33 #### ####"}, {"+52 55 #### ####", "+52 33 #### ####"},
   {"Calle %# ~%#-%#, apto %0#, Col. Narvarte, CDMX", "Av. Revolución %##, int. %, Col. San Ángel, CDMX", "Priv. Hidalgo %#, Tlaquepaque, Jal."},
   {"Iztapalapa", "Tlaquepaque"}, "mrn", "*curp", "@%########", "%#-##-##-####-#", "@@@-%##-@", "%#######", {"es", "dmy", "esn"}, "Sra.", "Sr.", "Abuela", "Abuelo", "Dr.", "es"},
  // qc
  {{"514-&##-####", "418-&##-####"}, {"+1 514 &##-####", "+1 418 &##-####"},
   {"%## rue Ontario Est, app. %, Montréal QC H2L 1N%", "%# rang Saint-Joseph, Saint-Hyacinthe QC", "%### boul. Charest Ouest, Québec QC G1N 2E%"},
   {"Hochelaga", "Trois-Rivières"}, "health_plan", "*ramq", "@%####-######-##", "%#########", "@%% @@@", "CMQ %####", {"fr", "iso", "dmy"}, "Mme", "M.", "Mémé", "Pépère", "Dre", "fr"},
  // nz
  {{"02# ### ####", "09 ### ####"}, {"+64 2# ### ####", "+64 9 ### ####"},
   {"%# Te Rangi Street, Otara, Auckland 2023", "RD %, Ruatoria", "%# Tamaki Road, Panmure, Auckland 1072"},
   {"Otara", "Kaitaia"}, "mrn", "@@@%###", "@@%#####", "%########", "@@@%##", "MCNZ %####", {"mi", "dmy", "en"}, "Whaea", "Matua", "Nana", "Koro", "Dr", "en"},
  // ws
  {{"7# #####", "75#####"}, {"+685 7# #####", "+685 2# ###"},
   {"Vailima, Apia", "Faleula Uta, Upolu", "Fagamalo, Savaii"},
   {"Apia", "Faleasiu"}, "license", "%######", "@%#####", "", "%####", "SMC %###", {"sm", "dmy", "en"}, "Tina", "Tama", "Tinamatua", "Tamamatua", "Dr", "en"},
  // uk
  {{"07### ######", "0121 ### ####"}, {"+44 7### ######", "+44 121 ### ####"},
   {"%# Soho Road, Handsworth, Birmingham B21 9@@", "Flat %, %# Whitechapel Road, London E1 1@@", "%# Oxford Road, Levenshulme, Manchester M19 2@@"},
   {"Sparkbrook", "Levenshulme"}, "mrn", "%## ### ####", "@@@@@%##########", "", "@@%# @@@", "GMC %######", {"en", "dmy", "dmy"}, "Mrs", "Mr", "Nan", "Grandad", "Dr", "en"},
  // us
  {{"(210) &##-####", "&##-####"}, {"+1 210 &##-####", "+1 713 &##-####"},
   {"%### Magnolia Ave, San Antonio, TX", "%## Bellaire Blvd, Houston, TX", "%## W Camelback Rd, Phoenix, AZ"},
   {"Pasadena", "Mesa"}, "ssn", "%##-##-####", "%########", "", "@@@-%###", "%########", {"mdy", "long", "mdy"}, "Mrs.", "Mr.", "Grandma", "Grandpa", "Dr.", "en"},
};
// clang-format on

const Land& land(L g) { return kLand[static_cast<std::size_t>(g)]; }

std::string phoneOf(Random& r, L g, int intl) {  // 1 international, 0 national, -1 either
  const Land& l = land(g);
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  return shape(r, (i ? l.phoneIntl : l.phoneNat)[r.next() % 2]);
}

std::string addressOf(Random& r, L g) { return shape(r, land(g).addresses[r.next() % 3]); }

// ---------------------------------------------------------------------------------------------
// Dates.
using Months = std::array<std::string_view, 12>;
constexpr Months kEn = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
constexpr Months kEs = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr Months kTl = {"Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"};
constexpr Months kMs = {"Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogos", "Sep", "Okt", "Nov", "Dis"};
constexpr Months kId = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
constexpr Months kTr = {"Ocak", "Subat", "Mart", "Nisan", "Mayis", "Haziran", "Temmuz", "Agustos", "Eylul", "Ekim", "Kasim", "Aralik"};
constexpr Months kFr = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr Months kPl = {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia"};
constexpr Months kRo = {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"};
constexpr Months kCz = {"ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari", "rijna", "listopadu", "prosince"};
constexpr Months kDe = {"Januar", "Februar", "Maerz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr Months kRu = {"yanvarya", "fevralya", "marta", "aprelya", "maya", "iyunya", "iyulya", "avgusta", "sentyabrya", "oktyabrya", "noyabrya", "dekabrya"};
constexpr Months kUa = {"sichnya", "lyutoho", "bereznya", "kvitnya", "travnya", "chervnya", "lypnya", "serpnya", "veresnya", "zhovtnya", "lystopada", "hrudnya"};
constexpr Months kGrk = {"Ianouariou", "Fevrouariou", "Martiou", "Apriliou", "Maiou", "Iouniou", "Iouliou", "Avgoustou", "Septemvriou", "Oktovriou", "Noemvriou", "Dekemvriou"};
constexpr Months kSw = {"Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"};
constexpr Months kEg = {"Yanayer", "Febrayer", "Mares", "Ebril", "Mayo", "Yonyo", "Yolyo", "Aghostos", "Sebtamber", "Oktober", "Novamber", "Desamber"};
constexpr Months kLev = {"Kanoun Tani", "Shbat", "Adar", "Nisan", "Ayyar", "Hzeiran", "Tammouz", "Ab", "Aylul", "Techrine Awwal", "Techrine Tani", "Kanoun Awwal"};
constexpr Months kHt = {"janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"};
constexpr Months kAf = {"Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"};
constexpr Months kMi = {"Kohitātea", "Huitanguru", "Poutūterangi", "Paengawhāwhā", "Haratua", "Pipiri", "Hōngongoi", "Here-turi-kōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi", "Hakihea"};
constexpr Months kSm = {"Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema", "Oketopa", "Novema", "Tesema"};
constexpr Months kHijri = {"Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhul Qadah", "Dhul Hijjah"};
constexpr Months kBs = {"Baisakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Asoj", "Kartik", "Mangsir", "Poush", "Magh", "Falgun", "Chaitra"};
constexpr std::array<std::string_view, 13> kEc = {"Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazya", "Ginbot", "Sene", "Hamle", "Nehase", "Pagume"};

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

// Bikram Sambat, approximately (the new year taken as 14 April; fine for synthetic text).
Date bikram(const Date& t) {
  static constexpr int kLen[] = {31, 31, 32, 31, 31, 30, 30, 29, 30, 29, 30, 30};
  int since = dayOfYear(t) - 104, by = t.y + 57;
  if (since < 0) since += 365, by -= 1;
  int bm = 0;
  while (bm < 11 && since >= kLen[bm]) since -= kLen[bm++];
  return {by, bm + 1, std::min(since + 1, kLen[bm])};
}

// The Ethiopian calendar, approximately (Meskerem 1 taken as 11 September).
Date ethiopian(const Date& t) {
  int since = dayOfYear(t) - 254, ey = t.y - 7;
  if (since < 0) since += 365, ey -= 1;
  return {ey, since / 30 + 1, since % 30 + 1};
}

std::string japaneseEraRomaji(const Date& t) {
  const std::string md = std::to_string(t.m) + "-gatsu " + std::to_string(t.d) + "-nichi";
  if (t.y >= 2019) return "Reiwa " + std::to_string(t.y - 2018) + "-nen " + md;
  if (t.y >= 1989) return "Heisei " + std::to_string(t.y - 1988) + "-nen " + md;
  if (t.y >= 1926) return "Showa " + std::to_string(t.y - 1925) + "-nen " + md;
  return "Taisho " + std::to_string(t.y - 1911) + "-nen " + md;
}

std::string dateText(const Date& t, std::string_view s) {
  const auto i = static_cast<std::size_t>(t.m - 1);
  const std::string y = std::to_string(t.y), d = std::to_string(t.d), m = std::to_string(t.m), dd = twoDigits(t.d), mm = twoDigits(t.m);
  auto named = [&](const Months& ms) { return d + " " + std::string(ms[i]) + " " + y; };
  if (s == "dmy") return dd + "/" + mm + "/" + y;
  if (s == "mdy") return mm + "/" + dd + "/" + y;
  if (s == "dmyy") return dd + "/" + mm + "/" + twoDigits(t.y % 100);
  if (s == "iso") return y + "-" + mm + "-" + dd;
  if (s == "compact") return y + mm + dd;
  if (s == "dash") return dd + "-" + mm + "-" + y;
  if (s == "dot") return dd + "." + mm + "." + y;
  if (s == "md") return m + "/" + d;
  if (s == "dm") return d + "/" + m;
  if (s == "en") return named(kEn);
  if (s == "enn") return d + " " + std::string(kEn[i]);
  if (s == "long") return std::string(kEn[i]) + " " + d + ", " + y;
  if (s == "enth") {
    const char* suffix = (t.d % 10 == 1 && t.d != 11) ? "st" : (t.d % 10 == 2 && t.d != 12) ? "nd" : (t.d % 10 == 3 && t.d != 13) ? "rd" : "th";
    return d + suffix + " " + std::string(kEn[i]) + " " + y;
  }
  if (s == "tarikh") return d + " tarikh";
  if (s == "es") return d + " de " + std::string(kEs[i]) + " de " + y;
  if (s == "esn") return d + " de " + std::string(kEs[i]);
  if (s == "tl") return std::string(kTl[i]) + " " + d + ", " + y;
  if (s == "ms") return d + " hb " + std::string(kMs[i]) + " " + y;
  if (s == "id") return named(kId);
  if (s == "tr") return named(kTr);
  if (s == "fr") return t.d == 1 ? "1er " + std::string(kFr[i]) + " " + y : named(kFr);
  if (s == "pl") return named(kPl);
  if (s == "ro") return named(kRo);
  if (s == "cz") return d + ". " + std::string(kCz[i]) + " " + y;
  if (s == "de") return d + ". " + std::string(kDe[i]) + " " + y;
  if (s == "ru") return named(kRu);
  if (s == "run") return d + " " + std::string(kRu[i]);
  if (s == "ua") return named(kUa);
  if (s == "grk") return named(kGrk);
  if (s == "sw") return named(kSw);
  if (s == "eg") return named(kEg);
  if (s == "lev") return named(kLev);
  if (s == "ht") return named(kHt);
  if (s == "af") return named(kAf);
  if (s == "mi") return named(kMi);
  if (s == "sm") return named(kSm);
  if (s == "vn") return d + "/" + m + "/" + y;
  if (s == "vnl") return d + " thang " + m + " nam " + y;
  if (s == "pinyin") return y + " nian " + m + " yue " + d + " ri";
  if (s == "jyut") return y + " nin " + m + " yuet " + d + " hou";
  if (s == "romaji") return y + "-nen " + m + "-gatsu " + d + "-nichi";
  if (s == "reiwa") return japaneseEraRomaji(t);
  if (s == "kor") return y + " nyeon " + m + " wol " + d + " il";
  if (s == "hangul") return y + "년 " + m + "월 " + d + "일";
  if (s == "cnd") return y + "年" + m + "月" + d + "日";
  if (s == "roc") return "ROC " + std::to_string(t.y - 1911) + "/" + mm + "/" + dd;
  if (s == "be") return dd + "/" + mm + "/" + std::to_string(t.y + 543);
  if (s == "hijri") {
    const Date h = hijri(t);
    return std::to_string(h.d) + " " + std::string(kHijri[static_cast<std::size_t>(h.m - 1)]) + " " + std::to_string(h.y);
  }
  if (s == "hijrin") {
    const Date h = hijri(t);
    return std::to_string(h.y) + "/" + twoDigits(h.m) + "/" + twoDigits(h.d);
  }
  if (s == "bs") {
    const Date b = bikram(t);
    return std::to_string(b.y) + " " + std::string(kBs[static_cast<std::size_t>(b.m - 1)]) + " " + std::to_string(b.d);
  }
  if (s == "ec") {
    const Date e = ethiopian(t);
    return std::string(kEc[static_cast<std::size_t>(e.m - 1)]) + " " + std::to_string(e.d) + ", " + std::to_string(e.y);
  }
  if (s == "dmon") {
    static constexpr Months kMon = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return dd + "-" + std::string(kMon[i]) + "-" + y;
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
  if (spec == "*amka") return dd + mm + yy + r.digits(5);
  if (spec == "*pesel") return yy + mm + dd + r.digits(5);
  if (spec == "*cnp") return std::to_string(b.y >= 2000 ? (female ? 6 : 5) : (female ? 2 : 1)) + yy + mm + dd + r.digits(6);
  if (spec == "*rc") return yy + twoDigits(b.m + (female ? 50 : 0)) + dd + "/" + r.digits(4);
  if (spec == "*zaid") return yy + mm + dd + std::to_string(female ? r.between(0, 4) : r.between(5, 9)) + r.digits(3) + "08" + r.digits(1);
  if (spec == "*curp") return r.letters(4, true) + yy + mm + dd + (female ? "M" : "H") + r.letters(5, true) + r.digits(2);
  if (spec == "*ramq") return r.letters(4, true) + " " + yy + twoDigits(b.m + (female ? 50 : 0)) + " " + dd + r.digits(2);
  return shape(r, spec);
}

// The cast of a patient's notes: the same for every note of one patient from one country.
struct Cast {
  L g = L::us;
  Person pt, kin;
  std::array<Person, 4> staff;  // s1 the doctor, s2 a nurse (a woman), s3 an interpreter, s4 anyone
  Date born;
  int age = 60;
  std::string home, street, city, state, zip;
  std::size_t rel = 0;
};

Cast castOf(std::uint64_t seed, std::size_t patientIndex, L g) {
  Random r((seed ^ 0x3939ULL) * 0xbf58476d1ce4e5b9ULL + (patientIndex + 11) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(g) * 0x94d049bb133111ebULL);
  r.next();
  Cast c;
  c.g = g;
  c.pt = drawPerson(r, g);
  do c.kin = drawPerson(r, g);
  while (c.kin.given == c.pt.given);
  if (r.chance(0.55) && g != L::my && g != L::et) {
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
  c.age = r.chance(0.4) ? r.between(90, 103) : r.between(24, 89);
  c.born = {2025 - c.age, r.between(1, 12), r.between(1, 28)};
  static constexpr std::string_view kStreet[] = {"E Saunders St", "Guadalupe St", "S 4th Ave", "W Calle Sonora", "Matamoros St", "N Zapata Hwy"};
  static constexpr std::string_view kCity[][3] = {{"Laredo", "TX", "780"}, {"Brownsville", "TX", "785"}, {"El Paso", "TX", "799"},
                                                  {"Nogales", "AZ", "856"}, {"Calexico", "CA", "922"}, {"Yuma", "AZ", "853"}};
  static constexpr std::string_view kPrStreet[] = {"Calle Luna", "Calle Tetuán", "Ave. Ponce de León", "Calle Sol"};
  static constexpr std::string_view kPrCity[][3] = {{"Carolina", "PR", "009"}, {"Bayamón", "PR", "009"}, {"Ponce", "PR", "007"}, {"Mayagüez", "PR", "006"}};
  const bool pr = g == L::pr;
  const auto& city = pr ? kPrCity[r.next() % std::size(kPrCity)] : kCity[r.next() % std::size(kCity)];
  c.street = pr ? std::string(r.pick(std::span<const std::string_view>(kPrStreet))) + " " + std::to_string(r.between(12, 480))
                : std::to_string(r.between(12, 9800)) + " " + std::string(r.pick(std::span<const std::string_view>(kStreet)));
  if (r.chance(0.3)) c.street += " Apt " + std::to_string(r.between(1, 40));
  c.city = std::string(city[0]);
  c.state = std::string(city[1]);
  c.zip = std::string(city[2]) + r.digits(2) + (r.chance(0.5) ? "-" + r.digits(4) : "");
  c.rel = r.next() % 5 + (c.kin.female ? 0 : 5);
  c.home = (g == L::us || g == L::ub) && r.chance(0.5) ? c.street + ", " + c.city + ", " + c.state : addressOf(r, g);
  return c;
}

// Relation words: daughter, wife, sister, mother, niece, son, husband, brother, father, nephew.
struct RelRow {
  std::string_view lang;
  std::array<std::string_view, 10> w;
};
constexpr RelRow kRel[] = {
    {"en", {"daughter", "wife", "sister", "mother", "niece", "son", "husband", "brother", "father", "nephew"}},
    {"hing", {"beti", "wife", "behen", "maa", "bhatiji", "beta", "husband", "bhai", "papa", "bhatija"}},
    {"tl", {"anak na babae", "asawa", "kapatid", "nanay", "pamangkin", "anak na lalaki", "asawa", "kuya", "tatay", "pamangkin"}},
    {"ms", {"anak perempuan", "isteri", "kakak", "mak", "anak saudara", "anak lelaki", "suami", "abang", "ayah", "anak saudara"}},
    {"es", {"hija", "esposa", "hermana", "mamá", "sobrina", "hijo", "esposo", "hermano", "papá", "sobrino"}},
    {"fr", {"fille", "épouse", "sœur", "mère", "nièce", "fils", "époux", "frère", "père", "neveu"}},
    {"sw", {"binti", "mke", "dada", "mama", "mpwa", "mwana", "mume", "kaka", "baba", "mpwa"}},
    {"arz", {"bento", "merato", "okhto", "ommo", "bent okhto", "ebno", "gozha", "akhooha", "abooha", "ebn akhooha"}},
    {"ru", {"doch", "zhena", "sestra", "mat", "plemyannitsa", "syn", "muzh", "brat", "otets", "plemyannik"}},
    {"tr", {"kizi", "esi", "kiz kardesi", "annesi", "yegeni", "oglu", "esi", "erkek kardesi", "babasi", "yegeni"}},
    {"pl", {"corka", "zona", "siostra", "matka", "siostrzenica", "syn", "maz", "brat", "ojciec", "siostrzeniec"}},
    {"ro", {"fiica", "sotia", "sora", "mama", "nepoata", "fiul", "sotul", "fratele", "tatal", "nepotul"}},
    {"cz", {"dcera", "manzelka", "sestra", "matka", "neter", "syn", "manzel", "bratr", "otec", "synovec"}},
    {"de", {"Tochter", "Ehefrau", "Schwester", "Mutter", "Nichte", "Sohn", "Ehemann", "Bruder", "Vater", "Neffe"}},
    {"el", {"kori", "syzygos", "adelfi", "mitera", "anipsia", "gios", "syzygos", "adelfos", "pateras", "anipsios"}},
    {"vi", {"con gai", "vo", "chi gai", "me", "chau gai", "con trai", "chong", "anh trai", "bo", "chau trai"}},
    {"zh", {"nü'er", "qizi", "jiejie", "muqin", "zhinü", "erzi", "zhangfu", "gege", "fuqin", "zhizi"}},
    {"ja", {"musume", "tsuma", "ane", "haha", "mei", "musuko", "otto", "ani", "chichi", "oi"}},
    {"ko", {"ttal", "anae", "eonni", "eomeoni", "joka", "adeul", "nampyeon", "hyeong", "abeoji", "joka"}},
    {"af", {"dogter", "vrou", "suster", "ma", "niggie", "seun", "man", "broer", "pa", "nefie"}},
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
  std::string pid, mrn, ins, call;
  Date last;
  std::string lastPhone, lastEmail;
};

std::string cased(const Note& n, std::string s) {
  return n.mode == Mode::lower ? low39(std::move(s)) : n.mode == Mode::upper ? up39(std::move(s)) : s;
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
  static constexpr std::string_view kShapes[] = {"########", "UHID%#########", "OPD/%###/202%", "%#-####-##", "MRN%######", "CR%########", "H%#######"};
  return shape(r, r.pick(std::span<const std::string_view>(kShapes)));
}

std::string sentence39(Random& r, std::string_view topic);

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
  const int yr = r.between(2024, 2025), mo = r.between(1, 12), da = r.between(1, 28);
  const std::string y = std::to_string(yr), m = twoDigits(mo), d = twoDigits(da), h = twoDigits(r.between(0, 23)),
                    mi = twoDigits(r.between(0, 59)), s = twoDigits(r.between(0, 59));
  if (form == "iso") return y + "-" + m + "-" + d + "T" + h + ":" + mi + ":" + s + "Z";
  if (form == "sql") return y + "-" + m + "-" + d + " " + h + ":" + mi + ":" + s;
  if (form == "chat") return "[" + d + "/" + m + "/" + y.substr(2) + ", " + h + ":" + mi + "]";
  if (form == "hl7") return y + m + d + h + mi;
  return y + m + d + "T" + h + mi + s + "Z";
}

std::string deviceSerial(Random& r, std::string_view kind) {
  if (kind == "pm") return shape(r, r.chance(0.5) ? "PJN%#####" : "RNA%#####@");
  if (kind == "pump") return shape(r, "NG%######H");
  if (kind == "ha") return shape(r, "%#########");
  if (kind == "cgm") return shape(r, "SM%#######");
  return shape(r, "SN%#######");
}

std::string emailOf(Random& r, const Person& p) {
  static constexpr std::string_view kHost[] = {"gmail.example.com", "yahoo.example.co.in", "outlook.example.com", "hotmail.example.fr", "naver.example.com",
                                               "mail.example.ru", "ukr.example.net", "wp.example.pl", "qq.example.com", "icloud.example.com"};
  const std::string fam = asciiLetters(p.family), giv = asciiLetters(p.given);
  return giv + (r.chance(0.5) ? "." : "_") + fam + std::to_string(r.between(1, 99)) + "@" + std::string(r.pick(std::span<const std::string_view>(kHost)));
}

// Placeholders are "{what:form}"; the list is in the branches below.
void fill(Note& n, std::string_view key) {
  Random& r = n.b.random();
  const Cast& c = n.c;
  const L g = c.g;
  const std::size_t colon = key.find(':');
  const std::string_view what = key.substr(0, colon), form = colon == std::string_view::npos ? std::string_view() : key.substr(colon + 1);
  if (isWho(what)) return put(n, "name", nameForm(r, who(n, what), g, form));
  if (what == "hon") return say(n, std::string(who(n, form.empty() ? std::string_view("pt") : form).female ? land(g).honF : land(g).honM));
  if (what == "kt") return say(n, std::string(who(n, form.empty() ? std::string_view("pt") : form).female ? land(g).kinF : land(g).kinM));
  if (what == "dr") {
    const std::string_view lang = land(g).language;
    const bool woman = !form.empty() && who(n, form).female;
    if (woman && lang == "es") return say(n, "Dra.");
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
  if (what == "yr") return say(n, std::to_string(r.between(1998, 2025)));
  if (what == "ph") return put(n, "phone", phoneOf(r, g, form == "i" ? 1 : form == "n" ? 0 : -1));
  if (what == "ph7") return put(n, "phone", shape(r, "&##-####"));
  if (what == "again_ph") return put(n, "phone", n.lastPhone);
  if (what == "fax") return put(n, "fax", phoneOf(r, g, form == "i" ? 1 : 0));
  if (what == "pubph") return say(n, std::string(form));
  if (what == "email") return put(n, "email", emailOf(r, who(n, form.empty() ? std::string_view("pt") : form)));
  if (what == "semail") {
    static constexpr std::string_view kOrg[] = {"nhs.example.uk", "languageline.example.com", "cliniclatina.example.org", "apollo.example.in", "dha.example.ae", "charite.example.de"};
    const Person& p = who(n, form.empty() ? std::string_view("s3") : form);
    return put(n, "email", asciiLetters(p.given).substr(0, 1) + "." + asciiLetters(p.family) + "@" + std::string(r.pick(std::span<const std::string_view>(kOrg))));
  }
  if (what == "again_email") return put(n, "email", n.lastEmail);
  if (what == "vurl") {
    static constexpr std::string_view kUrl[] = {"https://portal.example-health.org/letters/", "https://translate.example-clinic.com/doc/", "https://mychart.example-border.org/visit/",
                                                "https://share.example-interp.com/session/"};
    return put(n, "url", std::string(r.pick(std::span<const std::string_view>(kUrl))) + shape(r, "@@%#%@#%@#") + "?p=" + r.digits(7));
  }
  if (what == "ip") return put(n, "ip", form == "6" ? ipv6Value(r) : ipv4Value(r));
  if (what == "addr") return put(n, "address", c.home);
  if (what == "oaddr") return put(n, "address", addressOf(r, g));
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
  if (what == "ukaddr") {
    static constexpr std::string_view kUk[] = {"%# Soho Road, Handsworth, Birmingham B21 9@@", "%# Green Street, Forest Gate, London E7 8@@", "%# Belgrave Road, Leicester LE4 6@@"};
    return put(n, "address", shape(r, r.pick(std::span<const std::string_view>(kUk))));
  }
  if (what == "auaddr") {
    static constexpr std::string_view kAu[] = {"%# John Street, Cabramatta NSW 2166", "%#/%# Hopkins Street, Footscray VIC 3011", "%# Haldon Street, Lakemba NSW 2195"};
    return put(n, "address", shape(r, r.pick(std::span<const std::string_view>(kAu))));
  }
  if (what == "deaddr") {
    static constexpr std::string_view kDeStreet[] = {"Sonnenallee %#, 12045 Berlin", "Weseler Str. %#, 47169 Duisburg", "Keupstr. %#, 51063 Koeln"};
    return put(n, "address", shape(r, r.pick(std::span<const std::string_view>(kDeStreet))));
  }
  if (what == "caaddr") {
    static constexpr std::string_view kCa[] = {"%# Queen St E, Brampton ON L6V 1@%", "%### Scott Rd, Surrey BC V3W 3@%", "%# Gerrard St E, Toronto ON M4M 1@%"};
    return put(n, "address", shape(r, r.pick(std::span<const std::string_view>(kCa))));
  }
  if (what == "gaddr") {
    static constexpr std::string_view kG[] = {"Room %#, Labour Camp %, Al Quoz, Dubai", "Flat %0%, Al Nahda Bldg %, Sharjah", "Villa %#, Al Khobar North, Al Khobar"};
    return put(n, "address", shape(r, r.pick(std::span<const std::string_view>(kG))));
  }
  if (what == "pid") {
    if (n.pid.empty()) n.pid = personalNumber(r, g, c.pt.female, c.born);
    std::string v = n.pid;
    if (form == "b") v.erase(std::remove(v.begin(), v.end(), '-'), v.end());
    return put(n, land(g).idCategory, v);
  }
  if (what == "card") return put(n, "license", shape(r, land(g).card.empty() ? std::string_view("@@%######") : land(g).card));
  if (what == "pass") return put(n, "license", shape(r, "@%#######"));
  if (what == "lic") return put(n, "license", shape(r, form));
  if (what == "ins") {
    if (n.ins.empty()) n.ins = shape(r, land(g).insurance.empty() ? std::string_view("%#########") : land(g).insurance);
    return put(n, "health_plan", n.ins);
  }
  if (what == "hp") return put(n, "health_plan", shape(r, form));
  if (what == "ssn") {
    const std::string s = shape(r, "%########");
    return put(n, "ssn", form == "b" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (what == "mrn") {
    if (n.mrn.empty()) n.mrn = hospitalNumber(r);
    return put(n, "mrn", n.mrn);
  }
  if (what == "id") return put(n, "mrn", shape(r, form));
  if (what == "reg") return put(n, "license", shape(r, form.empty() ? land(g).reg : form));
  if (what == "acct") return put(n, "account", shape(r, form));
  if (what == "call") {
    static constexpr std::string_view kCall[] = {"LL-%###-%###", "%#########", "VRI-202%-%#####", "OPI%#######", "CID %##-###-###"};
    if (n.call.empty()) n.call = shape(r, form.empty() ? r.pick(std::span<const std::string_view>(kCall)) : form);
    return put(n, "account", n.call);
  }
  if (what == "dev") return put(n, "device", deviceSerial(r, form));
  if (what == "plate") return put(n, "vehicle", shape(r, land(g).plate));
  if (what == "vin") return put(n, "vehicle", shape(r, "%@@@@##@#@@######"));
  // Not PHI.
  if (what == "tm") return say(n, twoDigits(r.between(0, 23)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (what == "stamp") return say(n, stamp(r, form));
  if (what == "ctl") return say(n, shape(r, form.empty() ? "%#####" : form));
  if (what == "deva") return say(n, nativeDigits(shape(r, form), true));
  if (what == "arab") return say(n, nativeDigits(shape(r, form), false));
  if (what == "rel") return say(n, relationWord(form.empty() ? land(g).language : form, c.rel));
  if (what == "sex") return say(n, c.pt.female ? "F" : "M");
  if (what == "mins") return say(n, std::to_string(r.between(6, 58)));
  if (what == "s") return say(n, sentence39(r, form));
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
    if (open > at) say(n, std::string(p.substr(at, open - at)));
    const std::size_t close = p.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    fill(n, p.substr(open + 1, close - open - 1));
    at = close + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// SENTENCES without PHI: code-switched clinical talk, kin terms and honorifics alone, religious
// phrases, doses with local words, language pairs, education sheets, interpreter boilerplate.
std::string sentence39(Random& r, std::string_view topic) {
  const std::string n2 = std::to_string(r.between(10, 99)), n3 = std::to_string(r.between(100, 999)), y = std::to_string(r.between(1998, 2025));
  const std::string s[] = {
      // code-switched clinical talk (0-13)
      "Pt ko 3 din se bukhar hai, khansi bhi hai; paracetamol 1 goli subah-shaam di.",
      "Ammi ji ka BP aaj theek hai, Inshallah kal discharge ho jayega.",
      "Sabi ng pasyente masakit ang ulo since kahapon, BP 150/90, pinainom ng Biogesic.",
      "The auntie say cannot tahan already lah, pain score 8/10, so we give Panadol first.",
      "La paciente se cayó at home, se pegó en la cabeza pero no perdió el conocimiento.",
      "El mareed 3ando 7arara men embare7, ba3tna 3al lab, CRP 48.",
      "Patsient zhaluetsya na bol v grudi, EKG bez izmeneniy, troponin otritsatelnyy.",
      "Mgonjwa ana homa na kikohozi kwa siku tatu, tumempa Panadol na ORS.",
      "Di pikin get fever since two days, im mama don give am Panadol.",
      "Bệnh nhân sốt 3 ngày, benh nhan ho nhieu ve dem, da cho Efferalgan.",
      "Hasta 2 gundur karin agrisi var, bulanti yok, Buscopan verildi.",
      "Pacjent zglasza bol w klatce piersiowej od rana; EKG bez zmian.",
      "Le patient a mal au ventre depuis hier soir, y'est ben magané, on donne du Tylenol.",
      "Kranke hat seit gestern Fieber, Hausarzt hat Ibuprofen gegeben, Ruecksprache morgen.",
      // kin terms, honorifics and religious phrases alone (14-25)
      "Tita and Lola came with Ate and Kuya; Kuya will stay overnight.",
      "Didi and Bhaiya are coming from Jaipur tomorrow; Ammi ji prefers a lady doctor.",
      "Ah Ma fell down at the void deck; Ah Gong accompanying, Mandarin and Hokkien only.",
      "Abuela no quiere la insulina; la familia dice que Dios dirá.",
      "Bismillah, Mashallah and Inshallah are said at the bedside; prayer times respected.",
      "Mama and Baba asked for the chaplain; Wallahi they will come after Jummah.",
      "Nana and Koro want a karakia before the procedure; whānau room booked.",
      "Tannie and Oom came with the dominee; Afrikaans preferred for the family meeting.",
      "Teyze and Amca translated informally; a professional interpreter was then booked.",
      "Bibi wa Mzee walikuja pamoja; family prefers Swahili for consent.",
      "Babushka and Dedushka do not speak English; Russian interpreter requested.",
      "Manman ak Tonton te la; fanmi an pale Kreyòl sèlman.",
      // doses with local words, schedules and numbers that look like ids (26-35)
      "Metformin 500 mg 1-0-1 after food; Amlodipine 5 mg 0-0-1.",
      "Amoxicillin 500 mg TDS x 5/7; Omeprazole 20 mg OD; BD x 5/7 for the eye drops.",
      "Dawai: Telma 40 ek goli subah khali pet, Ecosprin 75 raat ko khane ke baad.",
      "Dosis: 1 tableta cada 8 horas por 7 días; Tempra y Motrin intercalados.",
      "Inumin ang gamot 2x a day pagkatapos kumain; Neozep kung may sipon.",
      "Dose in Devanagari on the pharmacy label: {deva}.",
      "Pharmacy label in Arabic-Indic digits: {arab}.",
      "Panadol Extra, Brufen, Flagyl, Augmentin, Voltaren and Buscopan are brand names, not people.",
      "Insulin Mixtard 30/70: 18 units morning, 12 units night (subah 18, raat 12).",
      "Bed 14, Ward 7B, Room 302: bed numbers are not identifiers.",
      // language pairs, interpreter boilerplate, education sheets (36-49)
      "Language pair hi-IN → en-GB; session type VRI; mode consecutive.",
      "Language pairs today: es-MX → en-US, ar-EG → en-US, vi-VN → en-AU, tl-PH → en-US.",
      "Interpreter introduced self, explained role and confidentiality in both languages.",
      "Interpreter services: dial 0 for the operator; audio quality good, no disconnections.",
      "Back-translation check passed: 3 of 40 items reworded (pain scale, fasting, allergy).",
      "Machine translation was not used for consent; a certified translator reviewed the form.",
      "Patient education sheet: Diabetes and Ramadan Fasting (English / اردو / বাংলা).",
      "Patient education sheet: Dengue Warning Signs (English / Tagalog / Español).",
      "Leaflet HE-" + n3 + " Rev. " + y + ": Blood pressure at home (English, Tiếng Việt, 中文).",
      "Translator's note: the source document uses day-month-year order throughout.",
      "Sight translation of the discharge instructions took " + n2 + " minutes.",
      "Telephone interpreting: Language Line queue ticket " + shape(r, "Q%####") + ", wait 2 minutes.",
      "Languages spoken at home: Punjabi, Urdu, some English; reads Gurmukhi and Shahmukhi.",
      "Arabizi in the chat: 3 = ع, 7 = ح, 2 = ء, 5 = خ; no patient data in this legend.",
      // places in general phrases, capitalised common words (50-57)
      "Dengue cases are up in Lajpat Nagar and Quezon City this monsoon season.",
      "Many patients from Matamoros cross for dialysis; the bridge wait is long on Mondays.",
      "Heat illness is common among workers from Kerala and Nepal in the Gulf summer.",
      "Ramadan, Diwali, Eid, Tết and Chinese New Year change the clinic's no-show rate.",
      "Hajj and Umrah vaccination: meningococcal ACWY required; Zamzam water not a contraindication.",
      "Dr. Google and WhatsApp University were cited by the family as sources.",
      "Jollibee, Tim Hortons and Pizza Hut appear in the dietary recall, not as names.",
      "Hari Raya, Deepavali and Christmas are public holidays; pharmacy hours reduced in " + y + ".",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "cs") k = in(0, 14);
  else if (topic == "kin") k = in(14, 12);
  else if (topic == "dose") k = in(26, 10);
  else if (topic == "lang") k = in(36, 14);
  else if (topic == "place") k = in(50, 8);
  std::string v = s[k];
  if (const std::size_t at = v.find("{deva}"); at != std::string::npos) v.replace(at, 6, nativeDigits("1-0-1, " + n2 + " tablets, " + y, true));
  if (const std::size_t at = v.find("{arab}"); at != std::string::npos) v.replace(at, 6, nativeDigits("1 x 3, " + n2 + " days, " + y, false));
  return v;
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
constexpr Tpl kTemplates39[] = {
    // --- India, Pakistan, Bangladesh, Nepal ---
    {"hi_hinglish_opd_note", kAs, L::hi,
     "OPD note - {date:dmy}\nPt {hon:pt} {pt:full} ({pt:nat}), {age} saal, UHID {mrn}\nPt ko 3 din se bukhar hai, {dr} {s1:fam} ne dekha. {kt:pt} aaj {rel:hing} {kin:given} ke saath aaye, history unhone di.\nAadhaar: {pid}\nMob: {ph}\nPata: {addr}\n{s:dose}\n"},
    {"hi_whatsapp_family_lower", kLow, L::hi,
     "{stamp:chat} {kin:given}: {kt:pt} ka sugar 320 aa gaya, {dr} {s1:fam} sahab ko dikhayein?\n{stamp:chat} {kin:given}: {past:tarikh} ko follow-up tha par {pt:nick} didi bimar thi\n{stamp:chat} {kin:given}: mera number {ph}, {date:tarikh} ko aa jayenge\n"},
    {"hi_front_desk_message", kAs, L::hi,
     "PHONE MESSAGE (front desk, typed as heard)\nCaller: {kin:full} ({rel:hing}), Ph {ph:i}\nFor: {dr} {s1:full}\nMsg: Mummy ji ({pt:full}, DOB {dob:dmy}) ka appointment {date:en} ko shift karna hai, woh {town} mein hain.\n"},
    {"hi_gulf_labour_camp_clinic", kAs, L::hi,
     "Al Quoz clinic - worker consult\nName: {pt:up} / {pt:nat}\nPassport: {pass}   Emirates ID: {lic:784-19%#-#######-#}\nAge: {age}   Camp: {gaddr}\nWorker ko 2 din se ulti aur chakkar, heat exhaustion. Supervisor {o1:full} ne laya, Mob {ph:i}.\n"},
    {"ur_uk_gp_interpreter_note", kAs, L::ur,
     "Consultation with Urdu interpreter ({s3:full}, NRPSI {reg:%####})\nPatient: {hon:pt} {pt:full} (نام: {pt:nat}), DOB {dob:dmy}, NHS No. {id:%## ### ####}\nAddress: {ukaddr}\nPt ne bataya ke chaati mein dard hai since Friday. {rel:hing} {kin:given} also present.\n{s:kin}\n"},
    {"ur_pk_discharge_romanised", kAs, L::ur,
     "DISCHARGE SLIP - Mayo Hospital Lahore\nMareez: {pt:full} ({pt:alt})\nWalid/Shohar: {kin:full}\nCNIC: {pid}\nUmar: {age} saal\nTareekh-e-dakhla: {past:dmy}, Tareekh-e-rukhsat: {later:dmy}\nPata: {addr}\nFone: {ph}\n"},
    {"ur_sehat_card_claim", kAs, L::ur,
     "SEHAT SAHULAT CLAIM\nBeneficiary: {pt:inv}\nSehat card: {ins}\nCNIC: {pid}\nAdmission {date:dmy}; {dr} {s1:full}\nContact: {ph:i}\n"},
    {"bd_banglish_referral", kAs, L::bd,
     "Referral (Banglish)\nRogi: {pt:full} ({pt:nat}), boyosh {age} bochor\nNID: {pid}\nAmma ke niye aschi, {kt:pt} er khub shash kosto. {rel:en} {kin:full} phone korben {ph}.\nThikana: {addr}\nRef by {dr} {s1:full}, {date:dmy}\n"},
    {"bd_uk_tower_hamlets_call", kAs, L::bd,
     "Language line call - Sylheti\nCall ID: {call}\nInterpreter ID {ctl:%####} (vendor badge)\nPatient {pt:full}, DOB {dob:dmy}, {ukaddr}\nPt said amar buk e betha since {date:enn}. Son {kin:given} asked for callback {ph:i}.\nDuration {mins} min\n"},
    {"np_nepali_latin_note", kAs, L::np,
     "Birami: {hon:pt} {pt:full} ({pt:nat})\nUmer: {age} barsa\nJanma miti: {dob:bs} B.S. ({dob:iso} A.D.)\nThegana: {addr}\nNagarikta no.: {pid}\nSamparka: {ph}\nBiramilai 2 din dekhi pet dukheko, {kt:pt} sanga aaeko. {dr} {s1:full}.\n"},
    {"np_gulf_returnee_letter", kAs, L::np,
     "To whom it may concern\nThis is to certify that {pt:full}, passport {pass}, returned from Qatar on {date:en} and was seen by {dr} {s1:full} at Tribhuvan University Teaching Hospital.\nHome: {town}. Mobile: {ph:i}\n"},
    // --- Tamil Nadu, Sri Lanka ---
    {"ta_tanglish_ward_note", kAs, L::ta,
     "Ward note {date:dmy}\n{pt:full} ({pt:nat}), {age} vayasu, IP no. {mrn}\nPatient-ku kaalaila irundhu vomiting, {kt:pt} romba tired-a irukanga. {rel:en} {kin:full} ({ph}) solraru saapidala.\nAadhaar {pid}\n{s:cs}\n"},
    {"ta_sight_translation_record", kAs, L::ta,
     "Sight translation record\nDocument: discharge summary, English → Tamil\nPatient: {pt:full} / {pt:nat}\nTranslator: {s3:full}, NAATI {reg:CPN%#@%###}\nDate: {date:en}\n{s:lang}\n"},
    {"lk_sinhala_english_clinic", kAs, L::lk,
     "Clinic card - Colombo South Teaching Hospital\nName: {hon:pt} {pt:full} ({pt:nat})\nNIC: {pid}\nBirth: {dob:iso} ({dob:be} B.E.)\nAddress: {addr}\nTel: {ph}\nLedata kalanthe idala kakkuma thiyanawa, {kt:pt} ekka aawa.\n"},
    {"lk_temple_certificate_translation", kAs, L::lk,
     "CERTIFIED TRANSLATION (Sinhala → English)\nTranslator's note: the original is handwritten; the Buddhist-era date is kept beside the Gregorian one.\nThis is to certify that {pt:full}, of {addr}, was born on {dob:be} B.E. ({dob:long}).\nTranslated by {s3:full}, sworn translator, on {date:iso}.\n"},
    // --- the Philippines ---
    {"ph_taglish_er_note", kAs, L::ph,
     "ER NOTE {date:mdy}\nPt: {pt:full}, {age} taong gulang, {sex}\nNagsuka ng 3x since kaninang umaga, may lagnat. Dinala ni {kt:kin} {kin:given} ({rel:tl}).\nPhilHealth: {ins}\nAddress: {addr}\nCP: {ph}\nSeen by {dr} {s1:full}\n"},
    {"ph_tita_baby_chat_lower", kLow, L::ph,
     "{stamp:chat} {kin:nick}: doc si {kt:pt} {pt:nick} po nahilo ulit kagabi\n{stamp:chat} {kin:nick}: {age} anyos na po siya, bp 180/100\n{stamp:chat} {kin:nick}: eto po number ko {ph}, taga {town} po kami\n"},
    {"ph_ofw_medical_form", kAs, L::ph,
     "OFW PRE-DEPLOYMENT MEDICAL (bilingual)\nPangalan / Name: {pt:inv}\nKapanganakan / Birth date: {dob:tl}\nPasaporte / Passport: {pass}\nSSS: {card}\nTirahan / Address: {addr}\nExamining physician: {dr} {s1:full}, {reg}\n"},
    // --- Singapore, Malaysia, Indonesia ---
    {"sg_singlish_polyclinic", kAs, L::sg,
     "Polyclinic note {date:dmy}\n{pt:full} ({pt:nat}), {age} y.o., NRIC {pid}\nThe auntie say cannot tahan already lah, knee pain 3 weeks. {kt:pt} stay with {rel:en} {kin:full} at {addr}.\nHP: {ph}\nSeen by {dr} {s1:full}\n"},
    {"sg_family_name_order_note", kAs, L::sg,
     "Admin note: name order\nPatient registered as {pt:up} in CPF; wife writes {pt:flip} on forms; Chinese name {pt:nat}.\nAlso known as {pt:nick}.\nNRIC {pid}, DOB {dob:dmy}\n"},
    {"my_manglish_ward_round", kAs, L::my,
     "Ward round {date:ms}\n{hon:pt} {pt:full}, {age} tahun, MyKad {pid}\nPatient complain sakit perut since semalam, dah makan Panadol. Anak {kin:full} tunggu luar.\nAlamat: {addr}\nTel: {ph}\n"},
    {"my_aunty_whatsapp_lower", kLow, L::my,
     "{stamp:chat} {kin:given}: doc, {kt:pt} {pt:nick} demam lagi, nak datang klinik esok boleh ke?\n{stamp:chat} {kin:given}: umur dia {age} tahun, ic {pid}\n{stamp:chat} {kin:given}: call saya {ph}\n"},
    {"id_indonesian_english_referral", kAs, L::id,
     "Surat rujukan / referral letter\nNama: {hon:pt} {pt:full}\nNIK: {pid}\nTgl lahir: {dob:id}\nAlamat: {addr}\nHP: {ph}\nBPJS: {ins}\nPasien mengeluh sesak napas, suspect CHF. Mohon advice. {dr} {s1:full}\n"},
    // --- Hong Kong, Taiwan, mainland China ---
    {"hk_cantonese_english_note", kAs, L::hk,
     "A&E note {date:dmy}\n{pt:up} ({pt:nat}), Eng name {pt:nick}, {age} sui, HKID {pid}\nPt话 chest pain 兩日, 冇 SOB. {kt:pt} 同個仔 {kin:full} 一齊嚟.\nAddr: {addr}\nTel: {ph}\n"},
    {"hk_pinyin_vs_jyutping_record", kAs, L::hk,
     "Registration mismatch\nMainland record: {pt:alt} ({pt:nat})\nHK record: {pt:up}\nDOB both {dob:dmy}; HKID {pid}\nMerged by {s4:full} on {date:dmy}\n"},
    {"tw_mandarin_english_chart", kAs, L::tw,
     "Chart note (Taipei)\nPt: {pt:full} ({pt:nat}), {age} 歲\nID: {pid}\nDOB: {dob:roc} ({dob:iso})\nPt 說 headache 三天, {kt:pt} 帶來. {rel:en} {kin:full} tel {ph}\nAddress: {addr}\n"},
    {"cn_pinyin_no_tones", kAs, L::cn,
     "Huanzhe: {pt:full} ({pt:nat})\nNianling: {age} sui\nShenfenzheng: {pid}\nChusheng riqi: {dob:pinyin}\nDizhi: {addr}\nDianhua: {ph}\nJiashu: {kin:full} ({rel:zh})\n{s:cs}\n"},
    {"cn_wong_wai_two_scripts", kAs, L::cn,
     "Certified translation of a Chinese medical record\nTranslator's note: the patient's name appears as {pt:nat} in the source, {pt:full} in pinyin and {pt:alt} on the Hong Kong passport.\nDate of birth: {dob:cnd} ({dob:long})\nResident ID: {pid}\nTranslator: {s3:full}, {date:iso}\n"},
    // --- Japan, Korea ---
    {"jp_romaji_wasei_eigo", kAs, L::jp,
     "Clinic note {date:romaji}\n{pt:full}-san ({pt:nat}), {age} sai\nKanja-san wa kinou kara high tension de, naasu-san ni BP hakatte moratta. {rel:ja} no {kin:given}-san ga tsuisou.\nJuusho: {addr}\nDenwa: {ph}\n"},
    {"jp_interpreter_medical_tourism", kAs, L::jp,
     "Medical interpreter log (ja ↔ en)\nPatient: {pt:up} / {pt:nat}\nBirth: {dob:reiwa}\nInsurance: {ins}\nInterpreter: {s3:full}\nSession {call:VRI-202%-%#####}, {mins} min\n"},
    {"kr_konglish_note", kAs, L::kr,
     "Progress note {date:kor}\n{pt:full} nim ({pt:nat}), {age}se\nHwanja-bun kkeseo heart-ga dugeun-dugeun hadago hasim. {rel:ko} {kin:full} ssi dongban.\nRRN: {pid}\nJuso: {addr}\nHP: {ph}\n"},
    {"kr_us_name_order_flip", kAs, L::kr,
     "Registration note (LA Koreatown clinic)\nLegal name on passport: {pt:up}\nGoes by: {pt:flip} / {pt:nick}\nKorean: {pt:nat}\nDOB: {dob:mdy}\nAddress: {usaddr}\nPhone: {ph7}\n"},
    // --- Vietnam ---
    {"vn_no_diacritics_note", kAs, L::vn,
     "Phieu kham {date:vnl}\nBenh nhan: {pt:up} ({pt:nat}), {age} tuoi\nCCCD: {pid}\nDia chi: {addr}\nSDT: {ph}\nBN sot ngay {date:dm}, ho nhieu. {kt:pt} di cung {rel:vi} {kin:full}.\n"},
    {"vn_australia_interpreter", kAs, L::vn,
     "TIS National interpreter session (vi-VN → en-AU)\nClient: {pt:full} ({pt:nat})\nMedicare: {hp:%### ##### %}\nAddress: {auaddr}\nInterpreter: {s3:full}, NAATI {reg:CPN%#@%###}\nJob number {call:%#########}\nBa {pt:nick} reports dizziness since {date:dmy}.\n"},
    // --- Lebanon, Egypt, the Gulf, the Maghreb ---
    {"lb_arabizi_whatsapp_lower", kLow, L::lb,
     "{stamp:chat} {kin:nick}: marhaba doctor, {kt:pt} {pt:nick} 3anda 7arara men embare7\n{stamp:chat} {kin:nick}: 3omra {age} sene, ma 3am te2dar tekol\n{stamp:chat} {kin:nick}: ra2me {ph}, mnetla2a bokra 3al clinic\n"},
    {"lb_franco_arabic_note", kAs, L::lb,
     "Consultation {date:fr}\nPatient: {hon:pt} {pt:full} ({pt:nat}), {age} ans\nCarte d'identité: {pid}\nAdresse: {addr}\nTél: {ph}\nEl mareed 3ando wja3 bi sadro, ECG normal. {dr} {s1:full}\n"},
    {"eg_franco_arab_referral", kAs, L::eg,
     "Referral - Kasr Al Ainy\nEl 3ayyana: {pt:full} ({pt:nat})\nRa2am 2awmy: {pid}\nSan: {age} sana\nTarikh el milad: {dob:eg}\nEl 3enwan: {addr}\nMobile: {ph}\nEl mareeda 3andaha soda3 men yomen. {dr} {s1:full}\n"},
    {"eg_mt_artefact_discharge", kAs, L::eg,
     "MACHINE TRANSLATION OUTPUT (unreviewed)\nThe patient Mr. {pt:given} {pt:fam} was discharged on {date:en}. His son, Mr. {kin:given}, will take the medicine.\nReviewer's note: MT rendered the name as {pt:alt}; original {pt:nat}.\nReviewed by {s3:full}\n"},
    {"gu_gulf_hospital_hijri", kAs, L::gu,
     "Patient registration - Dubai\nName: {pt:full} / {pt:nat}\nEmirates ID: {pid}\nDOB: {dob:hijri} H ({dob:dmy})\nInsurance: {ins}\nAddress: {addr}\nMobile: {ph:i}\nYumma 3ndha dayikha, {kin:full} ({rel:arz}) ma3aha.\n"},
    {"gu_ksa_appointment_sms", kAs, L::gu,
     "SMS: Your appointment at King Fahd Hospital is on {next:hijrin} ({again:iso}) with {dr} {s1:full}. Patient {pt:full}, MRN {mrn}. Reply 1 to confirm.\n"},
    {"ma_darija_french_note", kAs, L::ma,
     "Consultation du {date:fr}\n{hon:pt} {pt:full} ({pt:nat}), {age} ans\nCIN: {pid}\nAdresse: {addr}\nTél: {ph}\nL'malade 3ando l'7ssasiya, ma kaynch fever, on donne Clarityne. Accompagné par {kin:full}.\n"},
    {"ma_algeria_france_translation", kAs, L::ma,
     "Traduction certifiée (arabe → français)\nNote du traducteur : le nom est transcrit {pt:full} ; l'acte original porte {pt:nat}.\nNé(e) le {dob:fr} à {town}\nTraducteur juré : {s3:full}, {date:fr}\n"},
    // --- Greece, Russia, Ukraine ---
    {"gr_greeklish_note", kAs, L::gr,
     "Simeiwsi {date:grk}\nAsthenis: {pt:full} ({pt:nat}), {age} xronon\nAMKA: {pid}\nDieuthinsi: {addr}\nTil: {ph}\nO asthenis exei ponokefalo apo xthes, {kt:pt} mazi tou. {dr} {s1:full}\n"},
    {"gr_australia_yiayia_letter", kAs, L::gr,
     "Community nurse letter (Melbourne)\nRe: {pt:full} ({pt:nat}), aged {age:w}\nAddress: {auaddr}\nGiagia lives alone; {rel:en} {kin:full} visits, ph {ph:i}.\n{s:kin}\n"},
    {"ru_translit_note", kAs, L::ru,
     "Osmotr {date:ru}\nPatsient: {pt:full} ({pt:nat}), {age} let\nSNILS: {pid}\nAdres: {addr}\nTel.: {ph}\nPatsient zhaluetsya na slabost, {kt:pt} zhivet s {kin:full} ({rel:ru}).\n"},
    {"ru_three_spellings_registration", kAs, L::ru,
     "Registration (German clinic, Russian-speaking patient)\nPassport (Latin): {pt:up}\nRussian: {pt:nat}\nAlso spelled: {pt:alt}\nCalls himself/herself {pt:nick}\nGeb.: {dob:dot}\nAdresse: {deaddr}\nKVNR: {hp:@%########}\n"},
    {"ua_refugee_clinic_note", kAs, L::ua,
     "Refugee clinic (Poland) - notatka\nPacjent: {pt:full} ({pt:nat}), {age} rokiv\nRNOKPP: {pid}\nAdresa v Ukraini: {addr}\nTel.: {ph:i}\nPatsiyentka skarzhytsya na tysk, {kt:pt}. {kin:full} ({rel:ru}) perekladaye.\n"},
    {"ua_telegram_lower", kLow, L::ua,
     "{stamp:chat} {kin:nick}: dobryi den, {kt:pt} {pt:nick} znovu pohano, tysk 190/100\n{stamp:chat} {kin:nick}: vona {dob:ua} roku narodzhennya\n{stamp:chat} {kin:nick}: moi nomer {ph}\n"},
    // --- Turkey, Poland, Romania, Czechia, Germany ---
    {"tr_no_diacritics_note", kAs, L::tr,
     "Muayene {date:tr}\nHasta: {pt:full} ({pt:nat}), {age} yasinda\nTC Kimlik: {pid}\nAdres: {addr}\nTel: {ph}\nHasta 2 gundur bas agrisi, {kt:pt} ile geldi. {kin:full} ({rel:tr}) refakatci.\n"},
    {"tr_german_clinic_teyze", kAs, L::tr,
     "Arztbrief (Duisburg), Dolmetscherin {s3:full}\nPatientin/Patient: {pt:full}, geb. {dob:dot}\nAnschrift: {deaddr}\nVersichertennr.: {hp:@%########}\n{pt:given} Teyze klagt ueber Schwindel; Sohn {kin:given} Bey begleitet, Tel. {ph:i}.\n"},
    {"pl_no_diacritics_uk", kAs, L::pl,
     "GP note with Polish interpreter\nPatient: {hon:pt} {pt:full} ({pt:nat}), DOB {dob:dmy}\nPESEL: {pid}\nUK address: {ukaddr}\nPani mowi ze boli ja brzuch od {date:pl}. {rel:pl} {kin:full} tel {ph:i}.\n"},
    {"ro_no_diacritics_note", kAs, L::ro,
     "Consult {date:ro}\nPacient: {pt:full} ({pt:nat}), {age} ani\nCNP: {pid}\nAdresa: {addr}\nTelefon: {ph}\nPacienta acuza dureri de cap, {kt:pt} insotita de {kin:full}.\n"},
    {"cz_no_diacritics_note", kAs, L::cz,
     "Zprava {date:cz}\nPacient: {pt:full} ({pt:nat}), {age} let\nRC: {pid}\nBydliste: {addr}\nTel.: {ph}\nPacientka udava bolest na hrudi, {kt:pt} doprovazi {kin:full}.\n"},
    {"de_no_umlauts_note", kAs, L::de,
     "Verlaufsbericht {date:de}\nPatient: {pt:full} ({pt:nat}), {age} Jahre\nVersichertennr.: {pid}\nAnschrift: {addr}\nTel.: {ph}\n{kt:pt} hat seit gestern Fieber; {rel:de} {kin:full} ruft zurueck.\n"},
    // --- Kenya, Tanzania, Nigeria, Ghana ---
    {"ke_sheng_note", kAs, L::ke,
     "OPD {date:dmy}\nMgonjwa: {pt:full}, umri miaka {age}\nID: {pid}\nResidence: {addr}\nSimu: {ph}\nMsee ako na homa since jana, anaskia kichwa inauma sana. {kt:pt} ameletwa na {kin:full} ({rel:sw}).\n"},
    {"ke_mpesa_receipt_lower", kLow, L::ke,
     "mpesa msg forwarded to clinic: {acct:@@%@%@@%@%} confirmed. ksh 1,500 sent to nairobi west hospital for {pt:full} on {date:dmy}. new balance ksh 230. from {kin:full} {ph}\n"},
    {"tz_swahili_english_referral", kAs, L::tz,
     "Rufaa / Referral\nJina: {hon:pt} {pt:full}\nUmri: miaka {age}\nNIDA: {pid}\nBima: {ins}\nAnwani: {addr}\nSimu: {ph}\nBibi {pt:given} ana shinikizo la damu la juu; ameletwa na mjukuu {kin:full}. {dr} {s1:full}, {date:sw}\n"},
    {"ng_pidgin_er_note", kAs, L::ng,
     "A&E note {date:enth}\nPatient: {pt:full}, {age} yrs\nNIN: {pid}\nAddress: {addr}\nPhone: {ph}\nPt say belle dey pain am since yesterday, im no fit chop. {kt:kin} {kin:given} ({kin:nick}) carry am come.\nNHIS: {ins}\n"},
    {"ng_uk_yoruba_interpreter", kAs, L::ng,
     "Interpreter booking (Yoruba)\nPatient: {pt:inv}, DOB {dob:dmy}, NHS No. {id:%## ### ####}\nAddress: {ukaddr}\nInterpreter: {s3:full}, email {semail}\nBooking ref {call:LL-%###-%###}\n"},
    {"gh_twi_english_note", kAs, L::gh,
     "OPD {date:enth}\n{pt:full}, {age} years, Ghana Card {pid}\nPatient se ne yafunu yɛ ne yaw since two days. {kt:pt} and {rel:en} {kin:full} came.\nNHIS {ins}\nAddress: {addr}\nTel {ph}\n"},
    // --- South Africa, Ethiopia ---
    {"za_afrikaans_english_note", kAs, L::za,
     "Saalrondte {date:af}\n{hon:pt} {pt:full}, {age} jaar, ID {pid}\nPasient kla van borspyn since gister, {kt:pt} se {rel:af} {kin:full} is hier.\nAdres: {addr}\nSel: {ph}\n"},
    {"et_amharic_english_note", kAs, L::et,
     "OPD - Black Lion Hospital\n{hon:pt} {pt:full} ({pt:nat}), {age} amet\nMRN {mrn}\nDOB: {dob:ec} E.C. ({dob:dmy})\nAddress: {addr}\nPhone: {ph}\nBeshitegnaw ras mitat ale, since 3 days. {kt:pt} came with {kin:full}.\n"},
    {"et_us_community_interpreter", kAs, L::et,
     "Community interpreter note (Amharic, Washington DC)\nClient: {pt:full} / {pt:nat}\nDOB: {dob:mdy}\nAddress: {usaddr}\nPhone: {ph7}\nInterpreter {s3:full}, CCHI {reg:%####}\n"},
    // --- Haiti, Jamaica ---
    {"ht_kreyol_note", kAs, L::ht,
     "Nòt klinik {date:ht}\nPasyan: {pt:full}, {age} an\nCIN: {pid}\nAdrès: {addr}\nTelefòn: {ph}\nPasyan an gen lafyèv depi 3 jou, {kt:pt} vini ak {kin:full} ({kin:nick}).\n"},
    {"ht_miami_interpreter_log", kAs, L::ht,
     "Interpreter log (Haitian Creole → English), Jackson Memorial\nPatient: {pt:inv}\nDOB: {dob:mdy}\nSSN: {ssn}\nAddress: {usaddr}\nInterpreter: {s3:full}\nCall ID {call}\nMinutes {mins}\n"},
    {"jm_patois_note", kAs, L::jm,
     "Casualty note {date:enth}\n{hon:pt} {pt:full} ({pt:nick}), {age} years\nTRN {pid}\nAddress: {addr}\nTel: {ph}\nPatient seh im belly a hat im from yesterday, cyaan nyam. {kt:pt} bring im come with {kin:full}.\n"},
    // --- Puerto Rico, the US border, Mexico ---
    {"pr_spanglish_er_note", kAs, L::pr,
     "ER NOTE {date:mdy}\nPaciente: {hon:pt} {pt:full}, {age} años\nSSN: {pid}\nDirección: {street}, {cityonly}, PR {zip}\nTel: {ph}\nLa paciente se cayó at home, se dio en la cadera. {kt:pt} vive con su {rel:es} {kin:full}.\nPlan Vital: {ins}\n"},
    {"pr_hl7_export", kAs, L::pr,
     "MSH|^~\\&|ADT|HOSP_PR|EHR|HOSP_PR|{stamp:hl7}||ADT^A04|{ctl:%######}|P|2.5\nPID|1||{mrn}^^^HOSP^MR||{pt:hl7}||{dob:compact}|{sex}|||{street}^^{cityonly}^PR^{zip}||{ph}|||||{acct:%########}|{pid:b}\n"},
    {"ub_border_clinic_spanglish", kAs, L::ub,
     "Border clinic note (Brownsville)\nPt: {pt:full}, a.k.a. \"{pt:nick}\", DOB {dob:mdy}\nSSN: {ssn:b}\nAddress: {usaddr}\nCell: {ph}\nPt came on {date:md} con dolor de pecho, says it started after lifting at work. Su {rel:es} {kin:full} translated.\n"},
    {"ub_accident_report", kAs, L::ub,
     "Reporte de accidente / accident report\nDriver: {pt:inv}, DOB {dob:mdy}\nLicencia TX: {card}\nVehículo: 2011 Ford F-150, placas {plate}, VIN {vin}\nDomicilio: {usaddr}\nAccidente el {date:md} en el puente internacional\n"},
    {"ub_medicaid_portal_log", kAs, L::ub,
     "portal_access.log\n{stamp:iso} login user={email} ip={ip:6} patient_mrn={mrn}\n{stamp:iso} view translated letter url={vurl}\n{stamp:iso} logout ip={ip}\n"},
    {"ub_phone_message_lower", kLow, L::ub,
     "front desk msg: {hon:pt} {pt:full} llamó, dice que su sugar was 300 this morning. callback {ph7} or {rel:es} {kin:given} at {ph}. appt was {date:md}\n"},
    {"mx_spanish_referral", kAs, L::mx,
     "Hoja de referencia {date:es}\nNombre: {hon:pt} {pt:full}\nCURP: {pid}\nNo. de afiliación IMSS: {ins}\nEdad: {age} años\nDomicilio: {addr}\nTel.: {ph}\nFamiliar responsable: {kin:full} ({rel:es})\n{dr:s1} {s1:full}\n"},
    {"mx_mt_name_artefact", kAs, L::mx,
     "Translated note (machine translation, US receiving clinic)\nMrs. {pt:mt} ({pt:full}) arrived on {date:long}. Her {rel:en} {kin:mt} ({kin:full}) stated the patient is {age} years old.\nReviewer: names corrected by {s3:full}, certified interpreter CHI {reg:%#####}.\n"},
    // --- Quebec ---
    {"qc_joual_note", kAs, L::qc,
     "Note d'évolution {date:fr}\n{hon:pt} {pt:full}, {age} ans\nRAMQ: {pid}\nAdresse: {addr}\nTél.: {ph}\nLe patient est ben magané depuis hier, y file pas pantoute. Sa fille {kin:full} va rappeler.\n"},
    {"qc_bilingual_consent", kAs, L::qc,
     "CONSENTEMENT / CONSENT\nNom du patient / Patient name: {pt:inv}\nDate de naissance / Date of birth: {dob:iso}\nNo RAMQ / Health card: {pid}\nSignature du témoin / Witness: {s2:full}\nInterprète / Interpreter: {s3:full}\nDate: {date:iso}\n"},
    // --- New Zealand, Samoa ---
    {"nz_maori_english_note", kAs, L::nz,
     "Clinic note {date:dmy}\nTūroro: {pt:full}, {age} tau\nNHI: {pid}\nKāinga: {addr}\nWaea: {ph}\nKoro/Nana came with whānau; mokopuna {kin:full} ({kin:nick}) is the contact. {dr} {s1:full}\n"},
    {"ws_samoan_english_note", kAs, L::ws,
     "Faamaumauga / clinic note {date:sm}\nGasegase: {pt:full}, {age} tausaga\nID: {pid}\nNofoaga: {addr}\nTelefoni: {ph}\nE fiva le tamaloa talu ananafi. {kt:pt} ma {kin:full} ({rel:en}).\n"},
    {"ws_nz_family_meeting", kAs, L::ws,
     "Family meeting (Middlemore, Samoan interpreter {s3:full})\nPatient: {pt:full}, NHI {id:@@@%###}, DOB {dob:dmy}\nPresent: {kin:full} ({rel:en}), {o1:full}\nContact: {ph:i}\n{s:kin}\n"},
    // --- diaspora and interpreter services in the US, UK, Canada, Australia, Germany ---
    {"us_language_line_call_log", kAs, L::us,
     "LANGUAGE LINE CALL LOG\nCall ID: {call}\nLanguage: Spanish (es-MX → en-US)\nInterpreter ID {ctl:%#####} (operator badge)\nPatient: {pt:full}, DOB {dob:mdy}, SSN {ssn:b}\nAddress: {usaddr}\nCallback: {ph7}\nDuration: {mins} min\n"},
    {"us_vri_session_export", kAs, L::us,
     "VRI session export\nsession={call:VRI-202%-%#####} interpreter={s3:full} lang=ar-EG\npatient={pt:hl7} dob={dob:compact} mrn={mrn}\nclient_ip={ip:6} interpreter_ip={ip}\n"},
    {"us_interpreter_invoice", kAs, L::us,
     "INVOICE - interpreting services\nInvoice {acct:INV-%#####}\nPatient: {pt:inv}, DOB {dob:mdy}\nMedicaid ID: {hp:@@%######@}\nInterpreter: {s3:full} (CCHI {reg:%####})\nAddress on file: {usaddr}\n"},
    {"us_pacemaker_bilingual_card", kAs, L::us,
     "TARJETA DE MARCAPASOS / PACEMAKER ID CARD\nPaciente / Patient: {pt:full}\nFecha de implante / Implant date: {date:mdy}\nSerie del generador / Generator serial: {dev:pm}\nCable / Lead: {dev}\nMédico / Physician: {dr} {s1:full}\n"},
    {"us_age_words_dictation", kAs, L::us,
     "Dictation (interpreter present)\nThis is a {age:w}-year-old Spanish-speaking patient, {pt:full}, seen with {kin:full} ({rel:en}), DOB {dob:long}. Home {usaddr}, phone {ph7}. Ella dice que se siente mareada.\n"},
    {"uk_punjabi_hinglish_referral", kAs, L::hi,
     "GP referral (Handsworth)\nPatient: {pt:full}, DOB {dob:dmy}, NHS No. {id:%## ### ####}\nAddress: {ukaddr}\nMob: {ph:i}\nSpeaks Punjabi and Hindi; {rel:en} {kin:full} interprets. {kt:pt} says ghutne mein dard since {date:dmy}.\nEmail: {email:kin}\n"},
    {"ca_brampton_hinglish_note", kAs, L::hi,
     "Walk-in clinic (Brampton)\nPatient: {pt:full}, DOB {dob:iso}\nOHIP: {hp:%###-###-###-@@}\nAddress: {caaddr}\nPh: {ph:i}\nDadi ji ko sugar high hai, {age:w} years old per family member {kin:full}.\n"},
    {"au_vietnamese_hearing_aid", kAs, L::vn,
     "Hearing services (Cabramatta)\nClient: {pt:full} ({pt:nat})\nDOB: {dob:dmy}\nAddress: {auaddr}\nHearing aid serials: L {dev:ha}, R {dev:ha}\nContact: {rel:vi} {kin:full}, {ph:i}\n"},
    {"de_turkish_pump_letter", kAs, L::tr,
     "Diabetes-Schwerpunktpraxis (Berlin)\nPatient: {pt:full}, geb. {dob:dot}\nAnschrift: {deaddr}\nInsulinpumpe SN {dev:pump}\nTel.: {ph:i}\nHasta pompayi kullaniyor, {rel:de} {kin:full} uebersetzt.\n"},
    {"gu_indian_nurse_chat_lower", kLow, L::gu,
     "{stamp:chat} {s2:given}: sister, bed 12 patient {pt:full} ka bp 90/60, {kt:pt} {pt:nick} ko dizziness\n{stamp:chat} {s2:given}: family {kin:given} ne call kiya {ph}\n"},
    {"us_telehealth_ip_note", kAs, L::mx,
     "Telehealth visit (cross-border), {date:long}\nPatient: {pt:full}, CURP {pid}\nConnected from {ip}; interpreter from {ip:6}\nPortal link sent: {vurl}\nEmail: {email}\n"},
    {"uk_bengali_fax_referral", kAs, L::bd,
     "FAX - Royal London Hospital\nTo: {dr} {s1:full}   Fax: {fax:i}\nRe: {pt:full} ({pt:nat}), DOB {dob:dmy}\nAddress: {ukaddr}\nInterpreter required: Sylheti\n"},
    {"in_fax_lab_report", kAs, L::ta,
     "FAX TRANSMITTAL\nTo: {dr} {s1:full}, Fax {fax}\nPatient: {pt:full}, UHID {mrn}, age {age}\nSample date: {date:dmy}\n{s:dose}\n"},
    {"mx_fax_referencia", kAs, L::mx,
     "FAX - Hospital General\nPara: {dr:s1} {s1:full}   Fax: {fax}\nPaciente: {pt:inv}, {age} años\nFecha: {date:esn}\nTel. familiar: {ph}\n"},
    {"ph_vehicle_incident", kAs, L::ph,
     "Incident report (Taglish)\nPt {pt:full} nabangga ng tricycle habang nagmamaneho ng motor, plate {plate}.\nDate: {date:tl}\nAddress: {addr}\nKasama: {kin:full}, {ph}\n"},
    {"kr_mt_consent_backtranslation", kAs, L::kr,
     "Back-translation check (ko → en)\nConsent form of {pt:full} ({pt:nat}), signed {date:hangul}\nBack-translator {s3:full} flagged 2 items.\nGuardian: {kin:full}, {ph}\n"},
    {"cn_wechat_voice_lower", kLow, L::cn,
     "wechat voice note transcript: yisheng ni hao, wo shi {kin:full}, wo ma {pt:full} jintian xueya hen gao, ta {age} sui le, dianhua {ph}\n"},
    {"id_bpjs_claim_ip", kAs, L::id,
     "Klaim BPJS online\nPeserta: {pt:inv}\nNo. BPJS: {ins}\nNIK: {pid}\nSubmitted from IP {ip}\nEmail: {email}\n"},
    {"gr_us_pharmacy_zip", kAs, L::gr,
     "Pharmacy label (Astoria, Greek/English)\n{pt:full} ({pt:nat})\n{street}, {city} {zip}\nRx {acct:RX%#######}\nTel {ph7}\nPaire 1 xapi to prwi / take 1 tablet in the morning.\n"},
    // --- without PHI ---
    {"no_phi_education_sheet", kAs, L::us, "PATIENT EDUCATION SHEET (multilingual)\n{s:lang}\n{s:dose}\n{s:lang}\n"},
    {"no_phi_interpreter_policy", kAs, L::uk, "INTERPRETER SERVICES POLICY (extract)\n{s:lang}\n{s:lang}\nFamily members should not interpret for consent.\n"},
    {"no_phi_code_switch_teaching", kAs, L::hi, "Teaching file: code-switched phrases heard in clinic\n{s:cs}\n{s:cs}\n{s:cs}\n"},
    {"no_phi_kin_terms_glossary", kAs, L::ph, "GLOSSARY OF KIN TERMS AND HONORIFICS\n{s:kin}\n{s:kin}\n{s:kin}\n"},
    {"no_phi_dose_schedule_card", kAs, L::ur, "DOSE SCHEDULE CARD (bilingual)\n{s:dose}\n{s:dose}\n"},
    {"no_phi_language_roster", kAs, L::us, "LANGUAGE SERVICES ROSTER\n{s:lang}\nSpanish, Mandarin, Cantonese, Arabic, Vietnamese, Tagalog, Punjabi: 24/7 by phone.\n"},
    {"no_phi_religious_care", kAs, L::gu, "SPIRITUAL CARE NOTES (general)\n{s:kin}\n{s:place}\n"},
    {"no_phi_places_bulletin", kAs, L::ph, "PUBLIC HEALTH BULLETIN\n{s:place}\n{s:place}\n"},
    {"no_phi_arabizi_legend", kAs, L::lb, "ARABIZI READING GUIDE FOR STAFF\n{s:lang}\n{s:cs}\n"},
    {"no_phi_mt_guidance", kAs, L::mx, "MACHINE TRANSLATION GUIDANCE\nDo not use MT for consent. Known artefacts: Sr. rendered as Mr., Dolores as Pains, Socorro as Help, Luz as Light.\n{s:lang}\n"},
    {"no_phi_holiday_notice", kAs, L::my, "CLINIC HOURS NOTICE\n{s:place}\n{s:dose}\n"},
    {"no_phi_ward_board", kAs, L::uk, "WARD BOARD (no names)\nBed 3: Tamil interpreter 10:00; Bed 7: Arabic interpreter 14:30; Bed 9: family meeting.\n{s:kin}\n"},
    {"no_phi_translation_qa", kAs, L::qc, "TRANSLATION QA CHECKLIST\n{s:lang}\n{s:lang}\n{s:cs}\n"},
};
// clang-format on

}  // namespace

std::size_t thirtyNinthTemplateCount() { return std::size(kTemplates39); }

std::string_view writeThirtyNinthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Tpl& t = kTemplates39[choice % std::size(kTemplates39)];
  const Cast cast = castOf(seed, patientIndex, t.g);
  Random& r = builder.random();
  std::array<Person, 3> others;
  for (std::size_t k = 0; k < 3; ++k) others[k] = drawPerson(r, t.g);
  Note n{builder, cast, t.mode, others, {}, {}, {}, {}, {}, {}, {}};
  expand(n, t.text);
  return t.name;
}

std::string thirtyNinthSentence(Random& r) { return sentence39(r, {}); }

}  // namespace concord::phi::corpus
