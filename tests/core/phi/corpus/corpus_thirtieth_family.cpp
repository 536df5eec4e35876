// The thirtieth family (kThirtiethSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is pharmacy, dental, eye, mental-health and addiction, sexual- and
// reproductive-health, fertility, transfusion, dialysis and transplant services: what community and
// hospital pharmacies, dental practices and their labs, optometrists and eye hospitals, psychiatric
// hospitals and community mental-health teams, addiction and opioid-substitution services,
// sexual-health, HIV and family-planning clinics, fertility and IVF centres, blood banks, dialysis
// units and transplant coordinators write, and the patients, families and staff around them, from
// Iraq (Arabic and Kurdish), Kazakhstan, Uzbekistan, Myanmar, Cambodia, DR Congo, Senegal, Côte
// d'Ivoire, Angola, Uganda, Venezuela, Ecuador, Cuba, the Dominican Republic, Belgium, Lithuania,
// Slovakia, Bulgaria, Croatia, Tunisia and the US (a home country, and a destination of Cuban and
// Dominican families).
// Document styles: dispensing labels in capitals, an online refill-request audit log (key=value,
// IPv6), opioid-substitution dosing logs and cards (US, Dakar, Lithuania), a C-II perpetual
// inventory and a Belgian hospital narcotics register (tables with several patients and
// prescribers), a PrEP intake, PrEP SMS reminders, dental implant passports and cards (US,
// Slovakia), a Croatian dental lab slip, dental charts (Uzbekistan, Cuba), IOL implant cards (US,
// an OCR'd Kazakh card), a cataract-camp surgery register as a table (Myanmar), spectacle and lens
// prescriptions (Kurdistan, Ecuador, Lithuania), dialysis transport and parking forms (vehicle
// plate and VIN), an HL7 ORU message from a blood bank (YYYYMMDD dates, separate name and address
// components), a plasma-centre donor profile, voicemail transcripts (a fertility patient, a
// Dominican pharmacy), safety and crisis plans (US, Lithuania), psychiatric admission forms and
// letters (Baghdad, Kinshasa, Butabika, Cuba, an Uzbek narcology register), involuntary-admission
// papers for a court (a New Jersey hearing notice, a Belgian mise en observation, a Croatian
// prisilni smještaj, with docket and case numbers), controlled-drug prescriptions (Kazakh form
// 130/u, Bulgarian green form, Ecuadorian special prescription, Venezuelan récipe, Angolan
// receita), pharmacy receipts and third-party-payment slips (Cambodia, Côte d'Ivoire CMU,
// Dominican SENASA, Belgian, Slovak and Croatian pharmacy printouts), blood donor cards and
// crossmatch slips (Iraq, Kazakhstan, Angola, Venezuela, Lithuania, Tunisia, OCR'd Ugandan and
// Kazakh scans), a Congolese transfusion form, ART clinic cards (Yangon, Uganda), assisted partner
// notification, family-planning records, IVF consents, an oocyte-donor form (donor codes), an IVF
// witnessing log, an IVF e-mail, an organ offer log (Eurotransplant number, a recipient's car), a
// Kurdish organ-donor registry card, HLA reports, dialysis schedules, an OCR'd Ecuadorian dialysis
// sheet, a transient-dialysis request abroad, a semicolon CSV export, a JSON telehealth record, a
// bilingual Tunisian prescription (French and Arabic), records in Arabic, Sorani, Russian and
// Kazakh Cyrillic, Uzbek Latin and Cyrillic, Burmese, Khmer and Bulgarian script, and chats in
// lower case (Iraqi Arabizi, Kurdish in Latin letters, Uzbek, Lingala, Wolof, Portuguese, Spanish,
// French, Bulgarian, Tunisian Derja, English); and thirteen kinds of note without PHI (dispensing
// checklist, contact-lens table, FDI tooth chart, HLA panel QC, blood-bank inventory, dialysate
// protocol, opioid-substitution induction, embryology QC, PHQ-9 scoring, controlled-drug audit,
// dental lab price list, plasma eligibility, PrEP protocol) full of doses, batch numbers, lens
// powers, tooth numbers, HLA types, ISBT 128 unit numbers, scores, times and reference ranges.
// Templates about egg retrieval, oocyte donation, contraceptive implants and a maternity ward are
// about a woman of the household (the relative, or a woman drawn for the note).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("ИИН: ", "JShShIR: ", "NRC: ",
//    "CNI : ", "B.I. n.º ", "C.I.: ", "INSZ: ", "Asmens kodas: ", "Rodné číslo: ", "ЕГН: ", "OIB: ",
//    "CIN : ", "N° CMU : "), CSV separators, quotes, HL7 component separators and trailing
//    punctuation are outside.
//  * Names: titles and forms of address before a name ("Dr", "Dr.", "Dra.", "Dr.ª", "dr. med.",
//    "д-р", "MUDr.", "gyd.", "Mme", "M.", "Sr.", "Sra.", "mevr.", "dhr.", "g.", "gđa", "p.", "г-н",
//    "г-жа", "Daw", "U", "Lok", "Lok Srey", "Ms.", "Mr.", "nurse", "docteur", "doctora") are
//    outside, and so are credentials after it (", RN", ", RPH", ", DDS", ", DMD", ", MD", ", LCSW",
//    ", LADC", ", FNP") and roles and relations in brackets. A name written in one piece is one span
//    in the order the record writes it: Iraqi names with the father's and grandfather's or family
//    name ("Zainab Hussein al-Khafaji", "زينب حسين الخفاجي"), Kurdish names likewise ("Shilan Aziz
//    Qadir", Sorani "شیلان عەزیز قادر"), Kazakh and Uzbek Ф.И.О. with the patronymic ("Сапарова
//    Айгерим Нурлановна", "KARIMOVA Dilnoza Akmal qizi"), Burmese names, which have no family name
//    ("Khin Myo Thant", "ခင်မျိုးသန့်"; the honorific Daw or U before it is outside), Khmer family
//    name first ("Sok Sreymom", "សុខ ស្រីមុំ"), Congolese nom, postnom and prénom ("MBUYI KABONGO
//    Espérance"), Ivorian and Ugandan register order ("KOUAMÉ Adjoua"), Spanish and Portuguese given
//    names with both surnames ("Jesús Alberto Rangel Briceño", "Maria da Conceição dos Santos"),
//    Bulgarian names with the patronymic ("Десислава Петрова Иванова"), Lithuanian and Slovak
//    women's surname forms ("Rūta Kazlauskienė", "Zuzana Horváthová"), inverted ("KARIMOV, Jasur"),
//    initials ("D. Peeters"), capitals and lower case; a given name alone is a name span. Names in
//    Arabic, Burmese and Khmer script have no capitals and count as lower-case names.
//  * Everyone named is PHI: patients, relatives, partners (also partners in a notification slip),
//    spouses in a consent, donors, pharmacists, dentists, optometrists, doctors, nurses,
//    counsellors, coordinators and anyone else named.
//  * Dates: the date only; a time after it is outside. Every form is a date: US, ISO, YYYYMMDD in
//    HL7 and CSV exports, day/month and month/day in chats, day-first with slashes, dashes and dots,
//    "05-Mar-2024", French "5 mars 2024" and "1er mars 2024", Spanish and Portuguese "5 de marzo de
//    2024" / "5 de março de 2024", Dutch "5 maart 2024", English "5th March 2024", Iraqi Arabic "5
//    آذار 2024", Tunisian Arabic "5 مارس 2024", Russian "5 марта 2024" and Bulgarian "05.03.2024" and
//    "5 март 2024" (the "г." after them is outside), Kazakh "2024 жылғы 5 наурыз", Uzbek "2024-yil
//    5-mart", Lithuanian "2024 m. kovo 5 d." (one span, its "d." included: it is part of the date),
//    Slovak "5. 3. 2024" and "5. marca 2024", Croatian "5. 3. 2024." and "5. ožujka 2024." (the
//    closing dot outside, like trailing punctuation). Dates are written with ASCII digits only; the
//    Arabic-Indic and Burmese digits of real records are not used in spans. Not PHI: years alone,
//    times, durations, dates of products rather than of a person (a batch's expiry "exp. 2027-03", a
//    blood unit's "expires 2026-02-14 23:59"), match-run codes that contain a year, Snellen fractions ("6/6", "20/20"), score fractions ("PHQ-9 14/27", "Ishihara
//    17/17"), "Kt/V", blood pressures and doses.
//  * Ages: a span only over 89, the number only ("93" of "93 ans", "93 años", "93 anos", "93 лет",
//    "Age: 93", "{N} sna" in Derja) or its English words ("ninety-three") in chats. Ages of 89 or
//    less are not PHI, nor "90 tablets" or "day 28".
//  * Phones: every phone number written is a gold phone (patients, relatives, clinics, pharmacies),
//    in each country's national and international forms and seven-digit local numbers; numbers
//    labelled fax are "fax". A number an OCR scan misread ("8 (7O3) 314-74-94") is still the
//    person's number and a phone span. Iraqi and Ivorian numbers are written in national form only (their
//    international forms have 13 digits). Crisis-line short codes ("988") are not phones.
//  * Identifiers (decisions for this family, following the earlier families: a number on a person's
//    identity card or passport is "license"; a personal number that keys the person's records, like
//    PESEL and JMBG, is "mrn"; insurance and mutual numbers are "health_plan"; case numbers about
//    one person are "account"):
//    - "license": Iraqi National Card, Myanmar NRC ("12/OuKaMa(N)123456"), Cambodian ID card,
//      Congolese voter card, Senegalese CNI, Ivorian CNI, Angolan B.I., Ugandan NIN, Venezuelan
//      cédula ("V-12.345.678"), Ecuadorian and Dominican cédulas, Tunisian CIN, every passport, a
//      US driver's licence, and prescribers' registration numbers written with a named prescriber
//      (MPPS, ACESS, Ordem dos Médicos, Lithuanian stamp number, Bulgarian УИН, Belgian RIZIV/INAMI
//      "1-23456-78-910").
//    - "mrn": hospital, dialysis-unit and dental record numbers; methadone, ART, sexual-health and
//      mental-health clinic numbers, an IVF couple's code; donor numbers (blood and plasma donors, egg and sperm donor
//      codes: a pseudonym still identifies one person); transplant waiting-list and Eurotransplant
//      numbers; JUDGEMENT CALLS: the Kazakh ИИН, the Uzbek JShShIR/ПИНФЛ, the Cuban permanent
//      identity number, the Belgian national register number (INSZ/NISS), the Lithuanian asmens
//      kodas, the Slovak rodné číslo, the Bulgarian ЕГН and the Croatian OIB are personal numbers
//      that key every record of the person (like PESEL and JMBG), so "mrn", even when printed on
//      an identity card.
//    - "health_plan": US Medicare MBI and Medicaid member IDs, Myanmar SSB card, Cambodian NSSF,
//      Senegalese and Ivorian CMU numbers, Dominican NSS (SENASA), Belgian mutuality
//      (ziekenfonds) numbers, Lithuanian and Slovak insurance card numbers, Croatian MBO, Tunisian
//      CNAM and Ecuadorian IESS numbers, private insurers' member and policy numbers.
//    - "account": hospital accounts, mental-health tribunal, review-board and court case numbers
//      (RG numbers of a Belgian justice of the peace, Croatian court case numbers).
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of implants and devices that belong to one patient: dental implant serials
//      on an implant passport (the "SN " before the serial outside), intraocular-lens serials on an
//      IOL card or camp register, and home devices. Not PHI: implant and lens model numbers, REF and
//      LOT numbers of any product, dialysis-machine and chair numbers of a unit.
//    - "vehicle": plates of a patient's own car (dialysis parking and transport forms, an organ
//      offer log) in each country's form (Belgian "1-ABC-234", Bulgarian "СА 1234 ВХ", Tunisian
//      "123 تونس 4567") and VINs.
//    - Not PHI: Rx numbers, pharmacy store numbers, NDC and ATC codes, DEA numbers (as the
//      earlier families decided; a prescriber's national registration number is "license"), the
//      last four digits of an SSN written alone, batch and lot numbers, bottle
//      numbers of take-home doses, ISBT 128 unit (bag) numbers of blood products and product codes,
//      HLA types, match runs and offer sequence numbers, straw, goblet, canister and tank positions
//      of frozen embryos, tooth numbers, lens powers, HL7 message ids, protocol versions and the
//      anonymised deceased donor's number in an offer ("donor 10xxxx").
//  * Addresses: every street address written is an "address" span, in the country's order, with
//    house, flat, floor, block and entrance numbers, district, town and postcode inside when they
//    follow on the same line ("Mahalla 915, Zuqaq 12, House 7, Al-Karrada, Baghdad", "050000, г.
//    Алматы, ул. Толе би, д. 58, кв. 14", "Toshkent sh., Chilonzor tumani, 9-kvartal, 14-uy,
//    27-xonadon", "Av. Kasa-Vubu n° 45, Q/ Matonge, C/ Kalamu, Kinshasa", "Cocody Angré 8e tranche,
//    îlot 45, lot 1203, Abidjan", "Av. 10 de Agosto N24-253 y Luis Cordero, Quito", "Calle 23 No. 1057
//    e/ 12 y 14, Vedado, ...", "жк „Младост“ 1, бл. 12, вх. А, ...", "Gedimino pr. 9-12, LT-01103
//    Vilnius"); a village or town alone and "Town, ST" are "address" spans when they are where a
//    person lives or comes from; in an HL7 address field the street and the city are separate
//    spans and the state is outside; a US ZIP (or ZIP+4) is its own "zip" span. Hospitals, clinics,
//    pharmacies named without a street, blood centres and camps are not PHI.
//  * URLs are one span with path and query; e-mail addresses one span each; IPv4 and IPv6 of a
//    patient's logins and requests are "ip" spans.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_thirtieth_family.h"
#include "corpus_text.h"

#include <array>
#include <span>
#include <stdexcept>
#include <utility>

namespace concord::phi::corpus {

namespace {

enum class R30 { us, iq, kr, kz, uz, mm, kh, cd, sn, ci, ao, ug, ve, ec, cu, dr, be, lt, sk, bg, hr, tn };

// POOLS-BEGIN
// Name pools of the family's countries, its own, written by hand: a Latin spelling and, where the
// country writes names in another script, that spelling too. The first four given names of each
// pool are women's.
struct Nm30 {
  std::string_view lat, nat;
};
constexpr Nm30 kGivenUs30[] = {{"Tammy", ""}, {"Lorraine", ""}, {"Destiny", ""}, {"Marisol", ""},
                               {"Travis", ""}, {"Darnell", ""}, {"Wendell", ""}, {"Cody", ""}};
constexpr Nm30 kFamilyUs30[] = {{"Pruitt", ""}, {"Okafor-Lyons", ""}, {"Szymanski", ""}, {"Delacroix", ""},
                                {"Hollingsworth", ""}, {"Yazzie", ""}, {"Kowalczyk", ""}, {"Birdsong", ""}};
constexpr Nm30 kGivenIq30[] = {{"Zainab", "زينب"}, {"Huda", "هدى"}, {"Rusul", "رسل"}, {"Shahad", "شهد"},
                               {"Mustafa", "مصطفى"}, {"Haider", "حيدر"}, {"Ali", "علي"}, {"Karrar", "كرار"}};
constexpr Nm30 kFatherIq30[] = {{"Hussein", "حسين"}, {"Kadhim", "كاظم"}, {"Abbas", "عباس"},
                                {"Jassim", "جاسم"}, {"Hamid", "حميد"}, {"Sabah", "صباح"}};
constexpr Nm30 kFamilyIq30[] = {{"al-Saadi", "الساعدي"}, {"al-Jubouri", "الجبوري"}, {"al-Khafaji", "الخفاجي"},
                                {"al-Tamimi", "التميمي"}, {"al-Rubaie", "الربيعي"}, {"Jawad", "جواد"}};
constexpr Nm30 kGivenKr30[] = {{"Shilan", "شیلان"}, {"Nazdar", "نازدار"}, {"Avin", "ئاڤین"}, {"Hero", "هێرۆ"},
                               {"Karwan", "کاروان"}, {"Rebin", "ڕێبین"}, {"Dilshad", "دڵشاد"}, {"Sherzad", "شێرزاد"}};
constexpr Nm30 kFatherKr30[] = {{"Aziz", "عەزیز"}, {"Omar", "عومەر"}, {"Rashid", "ڕەشید"},
                                {"Mahmood", "مەحموود"}, {"Jalal", "جەلال"}, {"Kamal", "کەمال"}};
constexpr Nm30 kFamilyKr30[] = {{"Salih", "ساڵح"}, {"Qadir", "قادر"}, {"Hama Amin", "حەمە ئەمین"},
                                {"Faraj", "فەرەج"}, {"Mustafa", "مستەفا"}, {"Karim", "کەریم"}};
constexpr Nm30 kGivenKz30[] = {{"Aigerim", "Айгерим"}, {"Dinara", "Динара"}, {"Gulnara", "Гульнара"},
                               {"Zhanar", "Жанар"}, {"Nurlan", "Нурлан"}, {"Yerlan", "Ерлан"},
                               {"Askhat", "Асхат"}, {"Bauyrzhan", "Бауыржан"}};
constexpr Nm30 kFatherKz30[] = {{"Nurlanov", "Нурланов"}, {"Serikov", "Сериков"}, {"Maratov", "Маратов"},
                                {"Bolatov", "Болатов"}, {"Kairatov", "Кайратов"}, {"Yermekov", "Ермеков"}};
constexpr Nm30 kFamilyKz30[] = {{"Saparov", "Сапаров"}, {"Zhumabayev", "Жумабаев"}, {"Akhmetov", "Ахметов"},
                                {"Nurgaliyev", "Нургалиев"}, {"Ospanov", "Оспанов"}, {"Tulegenov", "Тулегенов"}};
constexpr Nm30 kGivenUz30[] = {{"Dilnoza", "Дилноза"}, {"Gulnora", "Гулнора"}, {"Maftuna", "Мафтуна"},
                               {"Oʻgʻiloy", "Ўғилой"}, {"Sherzod", "Шерзод"}, {"Jasur", "Жасур"},
                               {"Oʻtkir", "Ўткир"}, {"Bekzod", "Бекзод"}};
constexpr Nm30 kFatherUz30[] = {{"Akmal", "Акмал"}, {"Rustam", "Рустам"}, {"Anvar", "Анвар"},
                                {"Shavkat", "Шавкат"}, {"Farhod", "Фарҳод"}, {"Ulugʻbek", "Улуғбек"}};
constexpr Nm30 kFamilyUz30[] = {{"Karimov", "Каримов"}, {"Rahimov", "Раҳимов"}, {"Toʻxtayev", "Тўхтаев"},
                                {"Yusupov", "Юсупов"}, {"Gʻulomov", "Ғуломов"}, {"Ergashev", "Эргашев"}};
constexpr Nm30 kGivenMm30[] = {{"Khin Myo Thant", "ခင်မျိုးသန့်"}, {"Thin Thin Aye", "သင်းသင်းအေး"},
                               {"Nwe Nwe Win", "နွယ်နွယ်ဝင်း"},  {"Su Myat Noe", "စုမြတ်နိုး"},
                               {"Aung Kyaw Moe", "အောင်ကျော်မိုး"}, {"Zaw Min Htut", "ဇော်မင်းထွဋ်"},
                               {"Thura Naing", "သူရနိုင်"},     {"Kyaw Zin Latt", "ကျော်ဇင်လတ်"}};
constexpr Nm30 kGivenKh30[] = {{"Sreymom", "ស្រីមុំ"}, {"Sophea", "សុភា"}, {"Bopha", "បុប្ផា"}, {"Channary", "ចន្ទនារី"},
                               {"Vuthy", "វុទ្ធី"},   {"Dara", "ដារ៉ា"},   {"Rithy", "រិទ្ធី"}, {"Visal", "វិសាល"}};
constexpr Nm30 kFamilyKh30[] = {{"Sok", "សុខ"}, {"Chea", "ជា"}, {"Keo", "កែវ"}, {"Heng", "ហេង"},
                                {"Chan", "ចាន់"}, {"Ly", "លី"}, {"Meas", "មាស"}, {"Prak", "ប្រាក់"}};
constexpr Nm30 kGivenCd30[] = {{"Espérance", ""}, {"Jeanne", ""}, {"Chantal", ""}, {"Marie-Claire", ""},
                               {"Dieudonné", ""}, {"Jean-Pierre", ""}, {"Fiston", ""}, {"Patrick", ""}};
constexpr Nm30 kFamilyCd30[] = {{"Mbuyi", ""}, {"Kabongo", ""}, {"Tshibangu", ""}, {"Ilunga", ""},
                                {"Mukendi", ""}, {"Kasongo", ""}, {"Lukusa", ""}, {"Nzuzi", ""}};
constexpr Nm30 kGivenSn30[] = {{"Aminata", ""}, {"Fatou", ""}, {"Ndèye Coumba", ""}, {"Awa", ""},
                               {"Mamadou Lamine", ""}, {"Cheikh", ""}, {"Ousmane", ""}, {"Babacar", ""}};
constexpr Nm30 kFamilySn30[] = {{"Diop", ""}, {"Ndiaye", ""}, {"Fall", ""}, {"Sow", ""},
                                {"Diallo", ""}, {"Mbaye", ""}, {"Gueye", ""}, {"Faye", ""}};
constexpr Nm30 kGivenCi30[] = {{"Adjoua", ""}, {"Aya Pélagie", ""}, {"Affoué", ""}, {"Mariam", ""},
                               {"Koffi", ""}, {"Yao Serge", ""}, {"Brou", ""}, {"Lassina", ""}};
constexpr Nm30 kFamilyCi30[] = {{"Kouamé", ""}, {"N'Guessan", ""}, {"Koné", ""}, {"Traoré", ""},
                                {"Bamba", ""}, {"Konan", ""}, {"Ouattara", ""}, {"Gbagbo-Tapé", ""}};
constexpr Nm30 kGivenAo30[] = {{"Maria da Conceição", ""}, {"Esperança", ""}, {"Luzia", ""}, {"Teresa", ""},
                               {"João Manuel", ""}, {"Domingos", ""}, {"Adão", ""}, {"Afonso", ""}};
constexpr Nm30 kFamilyAo30[] = {{"dos Santos", ""}, {"Neto", ""}, {"da Silva", ""}, {"Cassoma", ""},
                                {"Kiala", ""}, {"Sebastião", ""}, {"Chipenda", ""}, {"Lutucuta", ""}};
constexpr Nm30 kGivenUg30[] = {{"Sarah", ""}, {"Grace", ""}, {"Harriet", ""}, {"Winnie", ""},
                               {"Denis", ""}, {"Moses", ""}, {"Ivan", ""}, {"Ronald", ""}};
constexpr Nm30 kFamilyUg30[] = {{"Okello", ""}, {"Mugisha", ""}, {"Ssebunya", ""}, {"Tumusiime", ""},
                                {"Byaruhanga", ""}, {"Nsubuga", ""}, {"Opio", ""}, {"Kato", ""}};
constexpr Nm30 kGivenVe30[] = {{"Yusmary", ""}, {"Mariela", ""}, {"Karelys", ""}, {"Daniela", ""},
                               {"Yonathan", ""}, {"Jesús Alberto", ""}, {"Luis Eduardo", ""}, {"Wuilmer", ""}};
constexpr Nm30 kFamilyVe30[] = {{"Rangel", ""}, {"Briceño", ""}, {"Colmenares", ""}, {"Uzcátegui", ""},
                                {"Graterol", ""}, {"Mendoza", ""}, {"Pérez", ""}, {"Guevara", ""}};
constexpr Nm30 kGivenEc30[] = {{"María Belén", ""}, {"Gissela", ""}, {"Mayra Alejandra", ""}, {"Nancy", ""},
                               {"Byron", ""}, {"Darwin", ""}, {"Segundo", ""}, {"Wilson Patricio", ""}};
constexpr Nm30 kFamilyEc30[] = {{"Quishpe", ""}, {"Chiriboga", ""}, {"Zambrano", ""}, {"Cedeño", ""},
                                {"Guamán", ""}, {"Andrade", ""}, {"Villacís", ""}, {"Pazmiño", ""}};
constexpr Nm30 kGivenCu30[] = {{"Yamilé", ""}, {"Yanelis", ""}, {"Yoandra", ""}, {"Dayana", ""},
                               {"Yoandri", ""}, {"Osmany", ""}, {"Reinier", ""}, {"Yunior", ""}};
constexpr Nm30 kFamilyCu30[] = {{"Fonseca", ""}, {"Hechavarría", ""}, {"Rodríguez", ""}, {"Pupo", ""},
                                {"Betancourt", ""}, {"Valdés", ""}, {"Castellanos", ""}, {"Leyva", ""}};
constexpr Nm30 kGivenDr30[] = {{"Altagracia", ""}, {"Yokasta", ""}, {"Wendy Massiel", ""}, {"Carmen Rosa", ""},
                               {"Rafael Antonio", ""}, {"Yeison", ""}, {"Juan Carlos", ""}, {"Fausto", ""}};
constexpr Nm30 kFamilyDr30[] = {{"Peña", ""}, {"de los Santos", ""}, {"Tavárez", ""}, {"Almonte", ""},
                                {"Batista", ""}, {"Rosario", ""}, {"Paulino", ""}, {"Reynoso", ""}};
constexpr Nm30 kGivenBe30[] = {{"Nathalie", ""}, {"Els", ""}, {"Marie-Thérèse", ""}, {"Annelies", ""},
                               {"Pieter-Jan", ""}, {"Wim", ""}, {"Geoffrey", ""}, {"Jean-Luc", ""}};
constexpr Nm30 kFamilyBe30[] = {{"Van den Broeck", ""}, {"Peeters", ""}, {"Dubois", ""}, {"Janssens", ""},
                                {"De Smet", ""}, {"Lambert", ""}, {"Vermeulen", ""}, {"Goossens", ""}};
constexpr Nm30 kGivenLt30[] = {{"Rūta", ""}, {"Aušra", ""}, {"Jurgita", ""}, {"Eglė", ""},
                               {"Jonas", ""}, {"Mindaugas", ""}, {"Darius", ""}, {"Tomas", ""}};
constexpr Nm30 kFamilyLt30[] = {{"Kazlauskas", ""}, {"Jankauskas", ""}, {"Petrauskas", ""}, {"Stankevičius", ""},
                                {"Vasiliauskas", ""}, {"Žukauskas", ""}};
constexpr Nm30 kFamilyLtF30[] = {{"Kazlauskienė", ""}, {"Jankauskaitė", ""}, {"Petrauskienė", ""},
                                 {"Stankevičienė", ""}, {"Vasiliauskaitė", ""}, {"Žukauskienė", ""}};
constexpr Nm30 kGivenSk30[] = {{"Zuzana", ""}, {"Katarína", ""}, {"Jana", ""}, {"Mária", ""},
                               {"Peter", ""}, {"Ján", ""}, {"Marek", ""}, {"Ľubomír", ""}};
constexpr Nm30 kFamilySk30[] = {{"Horváth", ""}, {"Kováč", ""}, {"Varga", ""}, {"Tóth", ""},
                                {"Baláž", ""}, {"Šimko", ""}, {"Ďurica", ""}};
constexpr Nm30 kFamilySkF30[] = {{"Horváthová", ""}, {"Kováčová", ""}, {"Vargová", ""}, {"Tóthová", ""},
                                 {"Balážová", ""}, {"Šimková", ""}, {"Ďuricová", ""}};
constexpr Nm30 kGivenBg30[] = {{"Desislava", "Десислава"}, {"Mariya", "Мария"}, {"Gergana", "Гергана"},
                               {"Yordanka", "Йорданка"}, {"Georgi", "Георги"}, {"Stoyan", "Стоян"},
                               {"Dimitar", "Димитър"}, {"Krasimir", "Красимир"}};
constexpr Nm30 kFatherBg30[] = {{"Petrov", "Петров"}, {"Ivanov", "Иванов"}, {"Hristov", "Христов"},
                                {"Todorov", "Тодоров"}, {"Nikolov", "Николов"}, {"Angelov", "Ангелов"}};
constexpr Nm30 kFamilyBg30[] = {{"Georgiev", "Георгиев"}, {"Dimitrov", "Димитров"}, {"Stoyanov", "Стоянов"},
                                {"Kostadinov", "Костадинов"}, {"Popov", "Попов"}, {"Vasilev", "Василев"}};
constexpr Nm30 kGivenHr30[] = {{"Ivana", ""}, {"Marija", ""}, {"Kata", ""}, {"Snježana", ""},
                               {"Ivan", ""}, {"Matej", ""}, {"Tomislav", ""}, {"Dražen", ""}};
constexpr Nm30 kFamilyHr30[] = {{"Horvat", ""}, {"Kovačević", ""}, {"Babić", ""}, {"Marić", ""},
                                {"Jurić", ""}, {"Novak", ""}, {"Knežević", ""}, {"Vuković", ""}};
constexpr Nm30 kGivenTn30[] = {{"Amira", "أميرة"}, {"Sonia", "سنية"}, {"Mabrouka", "مبروكة"}, {"Rim", "ريم"},
                               {"Mohamed", "محمد"}, {"Slim", "سليم"}, {"Hédi", "الهادي"}, {"Walid", "وليد"}};
constexpr Nm30 kFamilyTn30[] = {{"Ben Salah", "بن صالح"}, {"Trabelsi", "الطرابلسي"}, {"Jlassi", "الجلاصي"},
                                {"Gharbi", "الغربي"}, {"Ben Ammar", "بن عمار"}, {"Mejri", "الماجري"}};
struct Town30 {
  std::string_view town, state, zip3;
};
constexpr Town30 kTowns30[] = {{"Hialeah", "FL", "330"},  {"Paterson", "NJ", "075"}, {"Lowell", "MA", "018"},
                               {"Yonkers", "NY", "107"},  {"Gallup", "NM", "873"},   {"Dearborn", "MI", "481"},
                               {"Lawrence", "MA", "018"}, {"Kissimmee", "FL", "347"}};
constexpr std::string_view kStreets30[] = {"Palmetto", "Riverside", "Dogwood", "Canal", "Chestnut Hill", "Orchard"};
// POOLS-END
constexpr std::size_t kWomen30 = 4;
constexpr std::string_view kSuffixes30[] = {"Avenue", "Ave", "Street", "St", "Drive", "Blvd", "Terrace"};
constexpr std::string_view kUnits30[] = {"Apt 4", "Apt. 12C", "#2F", "Unit 7"};
constexpr std::string_view kMail30[] = {"mail.example.com", "inbox.example.net", "post.example.org", "correo.example.com"};

struct Pool30 {
  std::span<const Nm30> given, family, familyF, father;
};

Pool30 pool30(R30 g) {
  switch (g) {
    case R30::us: return {kGivenUs30, kFamilyUs30, {}, {}};
    case R30::iq: return {kGivenIq30, kFamilyIq30, {}, kFatherIq30};
    case R30::kr: return {kGivenKr30, kFamilyKr30, {}, kFatherKr30};
    case R30::kz: return {kGivenKz30, kFamilyKz30, {}, kFatherKz30};
    case R30::uz: return {kGivenUz30, kFamilyUz30, {}, kFatherUz30};
    case R30::mm: return {kGivenMm30, {}, {}, {}};
    case R30::kh: return {kGivenKh30, kFamilyKh30, {}, {}};
    case R30::cd: return {kGivenCd30, kFamilyCd30, {}, {}};
    case R30::sn: return {kGivenSn30, kFamilySn30, {}, {}};
    case R30::ci: return {kGivenCi30, kFamilyCi30, {}, {}};
    case R30::ao: return {kGivenAo30, kFamilyAo30, {}, {}};
    case R30::ug: return {kGivenUg30, kFamilyUg30, {}, {}};
    case R30::ve: return {kGivenVe30, kFamilyVe30, {}, {}};
    case R30::ec: return {kGivenEc30, kFamilyEc30, {}, {}};
    case R30::cu: return {kGivenCu30, kFamilyCu30, {}, {}};
    case R30::dr: return {kGivenDr30, kFamilyDr30, {}, {}};
    case R30::be: return {kGivenBe30, kFamilyBe30, {}, {}};
    case R30::lt: return {kGivenLt30, kFamilyLt30, kFamilyLtF30, {}};
    case R30::sk: return {kGivenSk30, kFamilySk30, kFamilySkF30, {}};
    case R30::bg: return {kGivenBg30, kFamilyBg30, {}, kFatherBg30};
    case R30::hr: return {kGivenHr30, kFamilyHr30, {}, {}};
    case R30::tn: return {kGivenTn30, kFamilyTn30, {}, {}};
  }
  return {kGivenUs30, kFamilyUs30, {}, {}};
}

bool spanish30(R30 g) { return g == R30::ve || g == R30::ec || g == R30::cu || g == R30::dr; }
bool cyrillicSurnames30(R30 g) { return g == R30::kz || g == R30::uz || g == R30::bg; }

struct Person30 {
  std::string given, family, patro;    // Latin letters (patro: father's name or patronymic)
  std::string givenN, familyN, patroN;  // the country's own script, where it has one
  bool female = false;
};

Person30 person30(Random& r, R30 g) {
  const Pool30 p = pool30(g);
  Person30 q;
  const std::size_t k = r.next() % p.given.size();
  q.female = k < kWomen30;
  q.given = std::string(p.given[k].lat);
  q.givenN = std::string(p.given[k].nat);
  if (!p.family.empty()) {
    const std::size_t f = r.next() % p.family.size();
    const Nm30& fam = q.female && !p.familyF.empty() ? p.familyF[f] : p.family[f];
    q.family = std::string(fam.lat);
    q.familyN = std::string(fam.nat);
    if (q.female && cyrillicSurnames30(g)) {
      q.family += "a";
      q.familyN += "а";
    }
    if (spanish30(g) || (g == R30::cd && r.chance(0.7)) || (g == R30::ao && r.chance(0.5))) {  // a second surname or a postnom
      std::string_view second = p.family[r.next() % p.family.size()].lat;
      while (second == std::string_view(p.family[f].lat)) second = p.family[r.next() % p.family.size()].lat;
      q.family += " " + std::string(second);
    }
  }
  if (!p.father.empty()) {
    const Nm30& fa = r.pick(p.father);
    q.patro = std::string(fa.lat);
    q.patroN = std::string(fa.nat);
    if (g == R30::kz) {
      q.patro += q.female ? "na" : "ich";
      q.patroN += q.female ? "на" : "ич";
    } else if (g == R30::bg && q.female) {
      q.patro += "a";
      q.patroN += "а";
    } else if (g == R30::uz) {
      q.patro += q.female ? " qizi" : " oʻgʻli";
      q.patroN += q.female ? " қизи" : " ўғли";
    }
  }
  return q;
}

std::string up30(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low30(std::string s) { return recaseUtf8(std::move(s), false); }
std::string orLat30(const std::string& nat, const std::string& lat) { return nat.empty() ? lat : nat; }

// The name as the country writes it in running text.
std::string fullName30(const Person30& p, R30 g) {
  switch (g) {
    case R30::mm: return p.given;
    case R30::kh: return p.family + " " + p.given;
    case R30::iq: case R30::kr: return p.given + " " + p.patro + " " + p.family;
    case R30::bg: return p.given + " " + p.patro + " " + p.family;
    default: return p.given + " " + p.family;
  }
}

// The same in the country's own script (Arabic, Sorani, Cyrillic, Burmese, Khmer letters).
std::string nativeName30(const Person30& p, R30 g) {
  const std::string gv = orLat30(p.givenN, p.given), fm = orLat30(p.familyN, p.family), pa = orLat30(p.patroN, p.patro);
  switch (g) {
    case R30::mm: return gv;
    case R30::kh: return fm + " " + gv;
    case R30::iq: case R30::kr: case R30::bg: return gv + " " + pa + " " + fm;
    case R30::tn: return gv + " " + fm;
    case R30::kz: case R30::uz: return fm + " " + gv + (pa.empty() ? "" : " " + pa);  // Ф.И.О.
    default: return fullName30(p, g);
  }
}

// An official register's order: the family name first, in capitals (Congolese "nom postnom
// prénom", Ivorian, Ugandan, Cambodian, Kazakh and Uzbek registers, Belgian and Slovak forms).
std::string registerName30(const Person30& p, R30 g) {
  if (g == R30::mm) return up30(p.given);
  std::string s = up30(p.family) + " " + p.given;
  if ((g == R30::kz || g == R30::uz) && !p.patro.empty()) s += " " + p.patro;
  if (g == R30::iq || g == R30::kr) s = up30(p.given + " " + p.patro + " " + p.family);
  return s;
}

std::string firstLetter30(const std::string& s) {
  const auto lead = static_cast<unsigned char>(s[0]);
  return s.substr(0, lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : 3);
}

// Name forms: full, UP, low, given, lowgiven, last, inv, ini, nat (own script), reg (register
// order), sur and gvn (a card's surname and given-name fields).
std::string nameForm30(Random& r, const Person30& p, R30 g, std::string f) {
  if (f.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "inv", "UP", "ini", "reg"};
    f = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  const std::string full = fullName30(p, g);
  const bool noFamily = p.family.empty();
  if (f == "full") return full;
  if (f == "UP") return up30(full);
  if (f == "low") return low30(full);
  if (f == "given") return p.given;
  if (f == "lowgiven") return low30(p.given);
  if (f == "last") return noFamily ? p.given : p.family;
  if (f == "nat") return nativeName30(p, g);
  if (f == "reg") return registerName30(p, g);
  if (f == "inv") {
    if (noFamily || g == R30::kh) return up30(full);
    if (g == R30::iq || g == R30::kr || g == R30::bg) return up30(p.family) + ", " + p.given + " " + p.patro;
    return up30(p.family) + ", " + p.given;
  }
  if (f == "ini") {
    if (noFamily || g == R30::kh || g == R30::iq || g == R30::kr) return full;
    return firstLetter30(p.given) + ". " + p.family;
  }
  if (f == "sur") return up30(noFamily ? p.given : p.family);
  if (f == "gvn") return up30(noFamily ? p.given : p.given + (g == R30::bg ? " " + p.patro : ""));
  throw std::logic_error("unknown name form " + f);
}

struct Cast30 {
  R30 region = R30::us;
  Person30 pt, kin;
  std::array<Person30, 4> staff;
  int by = 1950, bm = 1, bd = 1, age = 70;
  std::string street, city, state, zip, home;
  std::size_t rel = 0;  // index into the relation lists
};

enum class Case30 { asIs, lower, upper };

struct Ctx30 {
  NoteBuilder& b;
  const Cast30& c;
  Case30 mode;
  R30 abroad;
  std::array<Person30, 2> away;
};

std::string cased30(const Ctx30& x, std::string s) {
  if (x.mode == Case30::lower) return low30(std::move(s));
  if (x.mode == Case30::upper) return up30(std::move(s));
  return s;
}
void put30(Ctx30& x, std::string_view category, std::string v) { x.b.phi(category, cased30(x, std::move(v))); }
void say30(Ctx30& x, std::string v) { x.b.text(cased30(x, std::move(v))); }
std::string pick30(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

constexpr std::array<std::string_view, 12> kMonths30 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMois30 = {"janvier", "février", "mars", "avril", "mai", "juin",
                                                      "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> kMeses30 = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr std::array<std::string_view, 12> kMeses30pt = {"janeiro", "fevereiro", "março", "abril", "maio", "junho",
                                                         "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
constexpr std::array<std::string_view, 12> kMaanden30 = {"januari", "februari", "maart", "april", "mei", "juni",
                                                         "juli", "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> kIraqi30 = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                                                       "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
constexpr std::array<std::string_view, 12> kTunisian30 = {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
                                                          "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr std::array<std::string_view, 12> kRu30 = {"января", "февраля", "марта", "апреля", "мая", "июня",
                                                    "июля", "августа", "сентября", "октября", "ноября", "декабря"};
constexpr std::array<std::string_view, 12> kKk30 = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
                                                    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};
constexpr std::array<std::string_view, 12> kUz30 = {"yanvar", "fevral", "mart", "aprel", "may", "iyun",
                                                    "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"};
constexpr std::array<std::string_view, 12> kLt30 = {"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
                                                    "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"};
constexpr std::array<std::string_view, 12> kSk30 = {"januára", "februára", "marca", "apríla", "mája", "júna",
                                                    "júla", "augusta", "septembra", "októbra", "novembra", "decembra"};
constexpr std::array<std::string_view, 12> kBg30 = {"януари", "февруари", "март", "април", "май", "юни",
                                                    "юли", "август", "септември", "октомври", "ноември", "декември"};
constexpr std::array<std::string_view, 12> kHr30 = {"siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja",
                                                    "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"};

std::string ordinal30(int d) {
  const char* suffix = (d % 10 == 1 && d != 11) ? "st" : (d % 10 == 2 && d != 12) ? "nd" : (d % 10 == 3 && d != 13) ? "rd" : "th";
  return std::to_string(d) + suffix;
}

std::string defaultDateStyle30(Random& r, R30 g) {
  const bool a = r.chance(0.5);
  switch (g) {
    case R30::us: return a ? "mdy" : "long";
    case R30::iq: case R30::kr: return a ? "dmy" : "ar";
    case R30::kz: return a ? "dot" : "ru";
    case R30::uz: return a ? "dot" : "uz";
    case R30::mm: return a ? "dash" : "en";
    case R30::kh: return a ? "dmy" : "dmon";
    case R30::cd: case R30::sn: case R30::ci: return a ? "dmy" : "fr";
    case R30::ao: return a ? "dmy" : "pt";
    case R30::ug: return a ? "dmy" : "en";
    case R30::ve: case R30::ec: case R30::cu: case R30::dr: return a ? "dmy" : "es";
    case R30::be: return a ? "dmy" : (r.chance(0.5) ? "nl" : "fr");
    case R30::lt: return a ? "iso" : "lt";
    case R30::sk: return a ? "skdot" : "sk";
    case R30::bg: return a ? "bgdot" : "bg";
    case R30::hr: return a ? "hrdot" : "hr";
    case R30::tn: return a ? "dmy" : (r.chance(0.5) ? "fr" : "tnar");
  }
  return "iso";
}

// Dates in the countries' forms. A Croatian date's closing dot and the "г." after a Bulgarian or
// Russian date stay outside the span; the Lithuanian "2024 m. kovo 5 d." is one span.
void date30(Ctx30& x, R30 g, int y, int m, int d, std::string_view style) {
  Random& r = x.b.random();
  const std::string s = style.empty() ? defaultDateStyle30(r, g) : std::string(style);
  const auto mi = static_cast<std::size_t>(m - 1);
  const std::string ys = std::to_string(y), ds = std::to_string(d);
  std::string v, after;
  if (s == "mdy") v = twoDigits(m) + "/" + twoDigits(d) + "/" + ys;
  else if (s == "md") v = std::to_string(m) + "/" + ds;
  else if (s == "dm") v = ds + "/" + std::to_string(m);
  else if (s == "long") v = std::string(kMonths30[mi]) + " " + ds + ", " + ys;
  else if (s == "en") v = (r.chance(0.5) ? ordinal30(d) : ds) + " " + std::string(kMonths30[mi]) + " " + ys;
  else if (s == "iso") v = ys + "-" + twoDigits(m) + "-" + twoDigits(d);
  else if (s == "compact") v = ys + twoDigits(m) + twoDigits(d);
  else if (s == "dmy") v = twoDigits(d) + "/" + twoDigits(m) + "/" + ys;
  else if (s == "dash") v = twoDigits(d) + "-" + twoDigits(m) + "-" + ys;
  else if (s == "dot") v = twoDigits(d) + "." + twoDigits(m) + "." + ys;
  else if (s == "dmon") v = twoDigits(d) + "-" + std::string(kMonths30[mi].substr(0, 3)) + "-" + ys;
  else if (s == "DMON") v = twoDigits(d) + " " + up30(std::string(kMonths30[mi].substr(0, 3))) + " " + ys;
  else if (s == "fr") v = (d == 1 ? std::string("1er") : ds) + " " + std::string(kMois30[mi]) + " " + ys;
  else if (s == "es") v = ds + " de " + std::string(kMeses30[mi]) + " de " + ys;
  else if (s == "pt") v = ds + " de " + std::string(kMeses30pt[mi]) + " de " + ys;
  else if (s == "nl") v = ds + " " + std::string(kMaanden30[mi]) + " " + ys;
  else if (s == "ar") v = ds + " " + std::string(kIraqi30[mi]) + " " + ys;
  else if (s == "tnar") v = ds + " " + std::string(kTunisian30[mi]) + " " + ys;
  else if (s == "ru") { v = ds + " " + std::string(kRu30[mi]) + " " + ys; after = " г."; }
  else if (s == "kk") v = ys + " жылғы " + ds + " " + std::string(kKk30[mi]);
  else if (s == "uz") v = ys + "-yil " + ds + "-" + std::string(kUz30[mi]);
  else if (s == "lt") v = ys + " m. " + std::string(kLt30[mi]) + " " + ds + " d.";
  else if (s == "skdot") v = ds + ". " + std::to_string(m) + ". " + ys;
  else if (s == "sk") v = ds + ". " + std::string(kSk30[mi]) + " " + ys;
  else if (s == "bgdot") { v = twoDigits(d) + "." + twoDigits(m) + "." + ys; after = " г."; }
  else if (s == "bg") { v = ds + " " + std::string(kBg30[mi]) + " " + ys; after = " г."; }
  else if (s == "hrdot") { v = ds + ". " + std::to_string(m) + ". " + ys; after = "."; }
  else if (s == "hr") { v = ds + ". " + std::string(kHr30[mi]) + " " + ys; after = "."; }
  else throw std::logic_error("unknown date style " + s);
  put30(x, "date", v);
  if (!after.empty()) say30(x, after);
}

// Phones, national and international. Iraqi and Ivorian numbers are written in national form only
// (their international forms have thirteen digits).
std::string phone30(Random& r, R30 g, int intl) {  // intl: 0 national, 1 international, -1 either
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  switch (g) {
    case R30::us: case R30::dr: {
      static constexpr std::string_view kUs[] = {"305", "973", "978", "914", "505", "313", "407"};
      static constexpr std::string_view kDr[] = {"809", "829", "849"};
      const std::string a = g == R30::dr ? pick30(r, kDr) : pick30(r, kUs);
      const std::string e = std::to_string(r.between(2, 9)) + r.digits(2), l = r.digits(4);
      if (i) return "+1 " + a + " " + e + " " + l;
      switch (r.between(0, 2)) {
        case 0: return "(" + a + ") " + e + "-" + l;
        case 1: return a + "-" + e + "-" + l;
        default: return a + "." + e + "." + l;
      }
    }
    case R30::iq: case R30::kr: {
      static constexpr std::string_view kIq[] = {"0770", "0780", "0750", "0771", "0790"};
      return pick30(r, kIq) + " " + r.digits(3) + " " + r.digits(4);
    }
    case R30::kz: return i ? "+7 70" + std::to_string(r.between(1, 8)) + " " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2)
                           : "8 (70" + std::to_string(r.between(1, 8)) + ") " + r.digits(3) + "-" + r.digits(2) + "-" + r.digits(2);
    case R30::uz: return i ? "+998 9" + r.digits(1) + " " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2)
                           : "(9" + r.digits(1) + ") " + r.digits(3) + "-" + r.digits(2) + "-" + r.digits(2);
    case R30::mm: return i ? "+95 9 " + r.digits(4) + " " + r.digits(5) : "09 " + r.digits(3) + " " + r.digits(3) + " " + r.digits(3);
    case R30::kh: return i ? "+855 " + std::to_string(r.between(10, 99)) + " " + r.digits(3) + " " + r.digits(3)
                           : "0" + std::to_string(r.between(10, 99)) + " " + r.digits(3) + " " + r.digits(3);
    case R30::cd: return i ? "+243 8" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4) : "08" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4);
    case R30::sn: return (i ? "+221 7" : "7") + std::to_string(r.between(5, 8)) + " " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2);
    case R30::ci: return "0" + std::to_string(r.between(1, 7)) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2);
    case R30::ao: return (i ? "+244 9" : "9") + std::to_string(r.between(1, 9)) + r.digits(1) + " " + r.digits(3) + " " + r.digits(3);
    case R30::ug: return (i ? "+256 7" : "07") + r.digits(2) + " " + r.digits(6);
    case R30::ve: return i ? "+58 41" + std::to_string(r.between(2, 6)) + " " + r.digits(3) + " " + r.digits(4)
                           : (r.chance(0.6) ? "041" + std::to_string(r.between(2, 6)) + "-" + r.digits(7) : "(0212) " + r.digits(3) + "-" + r.digits(4));
    case R30::ec: return i ? "+593 9" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4)
                           : (r.chance(0.6) ? "09" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4) : "(02) " + r.digits(3) + "-" + r.digits(4));
    case R30::cu: return i ? "+53 5 " + r.digits(3) + " " + r.digits(4) : (r.chance(0.6) ? "5" + r.digits(7) : "7 " + r.digits(3) + " " + r.digits(4));
    case R30::be: return i ? "+32 4" + std::to_string(r.between(70, 99)) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2)
                           : (r.chance(0.6) ? "04" + std::to_string(r.between(70, 99)) + " " + r.digits(2) + " " + r.digits(2) + " " + r.digits(2)
                                            : "02 " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2));
    case R30::lt: return i ? "+370 6" + r.digits(2) + " " + r.digits(5) : "8 6" + r.digits(2) + " " + r.digits(5);
    case R30::sk: return i ? "+421 9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3) : "09" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    case R30::bg: return i ? "+359 8" + std::to_string(r.between(7, 9)) + " " + r.digits(3) + " " + r.digits(4)
                           : "08" + std::to_string(r.between(7, 9)) + " " + r.digits(3) + " " + r.digits(4);
    case R30::hr: return i ? "+385 9" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4)
                           : (r.chance(0.6) ? "09" + r.digits(1) + " " + r.digits(3) + " " + r.digits(4) : "01 " + r.digits(4) + " " + r.digits(3));
    case R30::tn: return (i ? "+216 " : "") + std::to_string(r.between(20, 99)) + " " + r.digits(3) + " " + r.digits(3);
  }
  return r.digits(8);
}

// A scan's misreading of a number: the first 0 after the first two characters read as O, or
// the first 1 as l (the value is still the person's number, and still a span).
std::string ocrNoise30(std::string v) {
  for (std::size_t k = 2; k < v.size(); ++k) {
    if (v[k] == '0') return v.replace(k, 1, "O");
    if (v[k] == '1') return v.replace(k, 1, "l");
  }
  return v;
}

// A local seven-digit number, as a landline is said within its city.
std::string phone7_30(Random& r) { return std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4); }

// Street addresses on one line in each country's order, district, town and postcode inside.
std::string address30(Random& r, R30 g) {
  const std::string n = std::to_string(r.between(2, 240));
  auto from = [&r](std::span<const std::string_view> items) { return pick30(r, items); };
  switch (g) {
    case R30::us: {
      static constexpr std::string_view kUs[] = {" NW 7th Street, Miami, FL", " Broadway, Paterson, NJ", " Essex Street, Lawrence, MA"};
      return std::to_string(r.between(100, 9800)) + from(kUs);
    }
    case R30::iq: {
      if (r.chance(0.4)) {
        static constexpr std::string_view kAr[] = {"بغداد، الكرادة، محلة ", "البصرة، العشار، محلة ", "النجف، حي الأمير، محلة "};
        return from(kAr) + std::to_string(r.between(901, 999)) + "، زقاق " + std::to_string(r.between(1, 60)) + "، دار " + n;
      }
      static constexpr std::string_view kIq[] = {", Al-Karrada, Baghdad", ", Al-Mansour, Baghdad", ", Al-Ashar, Basra", ", Hay Al-Ameer, Najaf"};
      return "Mahalla " + std::to_string(r.between(601, 999)) + ", Zuqaq " + std::to_string(r.between(1, 60)) + ", House " + n + from(kIq);
    }
    case R30::kr: {
      static constexpr std::string_view kKr[] = {", Ankawa, Erbil", ", Bakhtiyari, Sulaymaniyah", ", 100m Street, Erbil", ", Azadi, Duhok"};
      return "House " + n + ", Street " + std::to_string(r.between(1, 120)) + from(kKr);
    }
    case R30::kz: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kKz[] = {"050000, г. Алматы, ул. Толе би, д. ", "010000, г. Астана, пр. Мангилик Ел, д. ",
                                                   "г. Шымкент, мкр. Нурсат, д. "};
        return from(kKz) + n + ", кв. " + std::to_string(r.between(1, 180));
      }
      static constexpr std::string_view kKz[] = {"Samal-2 microdistrict, bld. ", "Kabanbay Batyr ave. ", "Abay st. "};
      static constexpr std::string_view kTown[] = {", Almaty 050059", ", Astana 010000", ", Karaganda 100012"};
      return from(kKz) + n + (r.chance(0.5) ? "" : ", apt. " + std::to_string(r.between(1, 180))) + from(kTown);
    }
    case R30::uz: {
      static constexpr std::string_view kUz[] = {"Toshkent sh., Chilonzor tumani, ", "Toshkent sh., Yunusobod tumani, ", "Samarqand sh., Registon koʻchasi, "};
      return from(kUz) + std::to_string(r.between(1, 25)) + "-kvartal, " + std::to_string(r.between(1, 60)) + "-uy, " +
             std::to_string(r.between(1, 90)) + "-xonadon";
    }
    case R30::mm: {
      static constexpr std::string_view kMm[] = {", 32nd Street, Pabedan Township, Yangon", ", Bogyoke Road, Kyauktada Township, Yangon",
                                                 ", 78th Street, Chanayethazan Township, Mandalay", ", Thiri Mingalar Quarter, Insein Township, Yangon"};
      return "No. " + n + (r.chance(0.4) ? ", Room " + std::to_string(r.between(1, 9)) + r.letters(1, true) : "") + from(kMm);
    }
    case R30::kh: {
      static constexpr std::string_view kKh[] = {", Sangkat Tuol Tumpung 2, Khan Chamkar Mon, Phnom Penh", ", Sangkat Boeung Kak 1, Khan Toul Kork, Phnom Penh",
                                                 ", Sangkat Svay Dangkum, Krong Siem Reap", ", Sangkat Kampong Kandal, Krong Kampot"};
      return "No. " + n + ", St. " + std::to_string(r.between(2, 600)) + from(kKh);
    }
    case R30::cd: {
      static constexpr std::string_view kCd[] = {", Q/ Matonge, C/ Kalamu, Kinshasa", ", Q/ Righini, C/ Lemba, Kinshasa", ", Q/ Makomeno, C/ Lubumbashi",
                                                 ", Q/ Himbi, Goma"};
      static constexpr std::string_view kAv[] = {"Av. Kasa-Vubu n° ", "Av. de la Paix n° ", "Av. Lumumba n° ", "Av. des Écoles n° "};
      return from(kAv) + n + from(kCd);
    }
    case R30::sn: {
      static constexpr std::string_view kSn[] = {", Sicap Liberté 6, Dakar", ", Cité Keur Gorgui, Dakar", ", HLM Grand Yoff, Dakar", ", Quartier Escale, Saint-Louis"};
      return "Villa n° " + std::to_string(r.between(100, 9999)) + from(kSn);
    }
    case R30::ci: {
      static constexpr std::string_view kCi[] = {"Cocody Angré 8e tranche, îlot ", "Yopougon Selmer, îlot ", "Marcory Zone 4, îlot ", "Koumassi Remblais, îlot "};
      return from(kCi) + std::to_string(r.between(1, 90)) + ", lot " + std::to_string(r.between(100, 2400)) + ", Abidjan";
    }
    case R30::ao: {
      static constexpr std::string_view kAo[] = {"Rua Amílcar Cabral n.º ", "Rua Rainha Ginga n.º ", "Rua 14, Casa ", "Av. Deolinda Rodrigues n.º "};
      static constexpr std::string_view kTown[] = {", Maianga, Luanda", ", Ingombota, Luanda", ", Cazenga, Luanda", ", Benguela"};
      return from(kAo) + n + (r.chance(0.4) ? ", " + std::to_string(r.between(1, 12)) + ".º andar" : "") + from(kTown);
    }
    case R30::ug: {
      static constexpr std::string_view kUg[] = {", Kira Road, Kamwokya, Kampala", ", Ntinda Road, Ntinda, Kampala", ", Gulu Avenue, Gulu City",
                                                 ", Mbarara-Kabale Road, Mbarara"};
      return "Plot " + n + from(kUg);
    }
    case R30::ve: {
      static constexpr std::string_view kVe[] = {"Av. Urdaneta, Edif. Centro Parque, piso ", "Calle Real de Sabana Grande, Res. Los Jabillos, piso ",
                                                 "Av. Bolívar Norte, Torre Movilnet, piso "};
      static constexpr std::string_view kTown[] = {", La Candelaria, Caracas 1010", ", Sabana Grande, Caracas 1050", ", Valencia, Carabobo 2001"};
      return from(kVe) + std::to_string(r.between(1, 14)) + ", apto " + std::to_string(r.between(1, 14)) + r.letters(1, true) + from(kTown);
    }
    case R30::ec: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kQ[] = {"Av. 10 de Agosto N", "Av. América N", "Calle Guayaquil Oe"};
        return from(kQ) + std::to_string(r.between(10, 60)) + "-" + std::to_string(r.between(10, 300)) + " y Luis Cordero, Quito";
      }
      return "Cdla. Kennedy Norte, Mz. " + std::to_string(r.between(100, 900)) + ", Villa " + std::to_string(r.between(1, 30)) + ", Guayaquil";
    }
    case R30::cu: {
      static constexpr std::string_view kCu[] = {"Calle 23 No. ", "Calle Heredia No. ", "Calle Martí No. ", "Ave. 41 No. "};
      static constexpr std::string_view kTown[] = {" e/ 12 y 14, Vedado, Plaza de la Revolución, La Habana", ", Santiago de Cuba",
                                                   " e/ Maceo y Gómez, Holguín", ", Playa, La Habana"};
      return from(kCu) + std::to_string(r.between(10, 1200)) + (r.chance(0.4) ? ", apto " + std::to_string(r.between(1, 20)) : "") + from(kTown);
    }
    case R30::dr: {
      static constexpr std::string_view kDr[] = {"Calle El Conde No. ", "C/ Duarte #", "Av. 27 de Febrero No. ", "Calle Restauración No. "};
      static constexpr std::string_view kTown[] = {", Zona Colonial, Santo Domingo", ", Los Alcarrizos, Santo Domingo Oeste", ", Santiago de los Caballeros",
                                                   ", San Pedro de Macorís"};
      return from(kDr) + n + from(kTown);
    }
    case R30::be: {
      static constexpr std::string_view kBe[] = {"Rue de la Loi ", "Kerkstraat ", "Chaussée de Louvain ", "Rue Haute ", "Diestsesteenweg "};
      static constexpr std::string_view kTown[] = {", 1040 Etterbeek", ", 2000 Antwerpen", ", 1030 Schaerbeek", ", 4000 Liège", ", 3010 Kessel-Lo"};
      return from(kBe) + n + (r.chance(0.4) ? (r.chance(0.5) ? " bte " : "/") + std::to_string(r.between(1, 30)) : "") + from(kTown);
    }
    case R30::lt: {
      static constexpr std::string_view kLt[] = {"Gedimino pr. ", "Savanorių pr. ", "Taikos g. ", "Vilniaus g. "};
      static constexpr std::string_view kTown[] = {", LT-01103 Vilnius", ", LT-50174 Kaunas", ", LT-91234 Klaipėda", ", LT-76285 Šiauliai"};
      return from(kLt) + std::to_string(r.between(1, 220)) + "-" + std::to_string(r.between(1, 90)) + from(kTown);
    }
    case R30::sk: {
      static constexpr std::string_view kSk[] = {"Obchodná ", "Hlavná ", "Štúrova ", "Námestie SNP "};
      static constexpr std::string_view kTown[] = {", 811 06 Bratislava", ", 040 01 Košice", ", 974 01 Banská Bystrica", ", 010 01 Žilina"};
      return from(kSk) + n + (r.chance(0.3) ? "/" + std::to_string(r.between(1, 40)) : "") + from(kTown);
    }
    case R30::bg: {
      if (r.chance(0.5)) {
        return "жк „Младост“ 1, бл. " + std::to_string(r.between(1, 140)) + ", вх. " + (r.chance(0.5) ? "А" : "Б") + ", ет. " +
               std::to_string(r.between(1, 15)) + ", ап. " + std::to_string(r.between(1, 90)) + ", 1784 София";
      }
      static constexpr std::string_view kBg[] = {"ул. „Граф Игнатиев“ ", "бул. „Витоша“ ", "ул. „Гладстон“ "};
      static constexpr std::string_view kTown[] = {", 1000 София", ", 4000 Пловдив", ", 9000 Варна"};
      return from(kBg) + n + ", ет. " + std::to_string(r.between(1, 8)) + from(kTown);
    }
    case R30::hr: {
      static constexpr std::string_view kHr[] = {"Ilica ", "Ulica kralja Zvonimira ", "Vukovarska ", "Ulica Ivana Gundulića "};
      static constexpr std::string_view kTown[] = {", 10000 Zagreb", ", 21000 Split", ", 31000 Osijek", ", 51000 Rijeka"};
      return from(kHr) + n + (r.chance(0.3) ? "/" + std::to_string(r.between(1, 9)) : "") + from(kTown);
    }
    case R30::tn: {
      if (r.chance(0.3)) return n + " نهج مرسيليا، 1000 تونس";
      static constexpr std::string_view kTn[] = {", Rue de Marseille, 1000 Tunis", ", Cité El Khadra, 1003 Tunis", ", Avenue Habib Bourguiba, 4000 Sousse",
                                                 ", Route de Gabès km 4, 3000 Sfax"};
      return n + from(kTn);
    }
  }
  return n;
}

// Towns where a person lives or comes from, without a street.
std::string town30(Random& r, R30 g) {
  static constexpr std::string_view kT[][2] = {
      {"Hialeah, FL", "Paterson, NJ"}, {"Kut", "Hilla"},           {"Koya", "Ranya"},         {"Taraz", "Semey"},
      {"Namangan", "Qarshi"},          {"Sagaing", "Pyay"},        {"Kampong Cham", "Takeo"}, {"Mbuji-Mayi", "Kikwit"},
      {"Ziguinchor", "Tambacounda"},   {"Bouaké", "Korhogo"},      {"Huambo", "Lubango"},     {"Lira", "Masaka"},
      {"Barquisimeto", "Maturín"},     {"Riobamba", "Portoviejo"}, {"Bayamo", "Camagüey"},    {"La Romana", "Higüey"},
      {"Charleroi", "Mechelen"},       {"Panevėžys", "Alytus"},    {"Prešov", "Nitra"},       {"Стара Загора", "Русе"},
      {"Vinkovci", "Karlovac"},        {"Kairouan", "Gafsa"}};
  return std::string(kT[static_cast<std::size_t>(g)][r.next() % 2]);
}

struct Ident30 {
  std::string category, value;
};

// Lithuanian and Bulgarian personal numbers and the Cuban permanent identity number carry the date
// of birth; Slovak birth numbers add 50 to a woman's month.
Ident30 nationalId30(Random& r, const Cast30& c) {
  const std::string yy = twoDigits(c.by % 100), mm = twoDigits(c.bm), dd = twoDigits(c.bd);
  const bool f = c.pt.female;
  switch (c.region) {
    case R30::us: return {"ssn", std::to_string(r.between(1, 6)) + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(4)};
    case R30::iq: case R30::kr: return {"license", std::to_string(r.between(1, 2)) + r.digits(11)};  // National Card
    case R30::kz: return {"mrn", yy + mm + dd + std::to_string(f ? 4 : 3) + r.digits(5)};         // ИИН
    case R30::uz: return {"mrn", std::to_string(f ? 4 : 3) + dd + mm + yy + r.digits(7)};         // JShShIR / ПИНФЛ
    case R30::mm: {
      static constexpr std::string_view kNrc[] = {"12/OuKaMa(N)", "12/BaHaNa(N)", "9/MaHaMa(N)", "5/MaYaNa(N)", "12/LaMaNa(N)"};
      return {"license", pick30(r, kNrc) + r.digits(6)};
    }
    case R30::kh: return {"license", "0" + r.digits(8)};
    case R30::cd: return {"license", r.digits(2) + "0" + r.digits(7) + r.digits(2)};  // carte d'électeur
    case R30::sn: return {"license", std::to_string(f ? 2 : 1) + " " + r.digits(3) + " " + std::to_string(c.by) + " " + r.digits(5)};
    case R30::ci: return {"license", "CI00" + r.digits(7)};
    case R30::ao: {
      static constexpr std::string_view kProv[] = {"LA", "BA", "HO", "HA", "UE"};
      return {"license", "00" + r.digits(7) + pick30(r, kProv) + "0" + r.digits(2)};  // Bilhete de Identidade
    }
    case R30::ug: return {"license", std::string(f ? "CF" : "CM") + yy + r.digits(6) + r.letters(4, true)};
    case R30::ve: return {"license", "V-" + std::to_string(r.between(4, 30)) + "." + r.digits(3) + "." + r.digits(3)};
    case R30::ec: return {"license", twoDigits(r.between(1, 24)) + r.digits(8)};
    case R30::cu: return {"mrn", yy + mm + dd + r.digits(5)};  // número de identidad permanente
    case R30::dr: return {"license", "0" + r.digits(2) + "-" + r.digits(7) + "-" + r.digits(1)};
    case R30::be: return {"mrn", yy + "." + mm + "." + dd + "-" + r.digits(3) + "." + r.digits(2)};  // rijksregisternummer / NISS
    case R30::lt: return {"mrn", std::to_string(f ? 4 : 3) + yy + mm + dd + r.digits(4)};            // asmens kodas
    case R30::sk: return {"mrn", yy + twoDigits(c.bm + (f ? 50 : 0)) + dd + "/" + r.digits(4)};      // rodné číslo
    case R30::bg: return {"mrn", yy + mm + dd + r.digits(4)};                                        // ЕГН
    case R30::hr: return {"mrn", r.digits(11)};                                                      // OIB
    case R30::tn: return {"license", "0" + r.digits(7)};                                             // CIN
  }
  return {"license", r.digits(9)};
}

// Health-insurance and mutual numbers.
Ident30 insurance30(Random& r, const Cast30& c) {
  switch (c.region) {
    case R30::us: return {"health_plan", std::to_string(r.between(1, 9)) + r.letters(2, true) + std::to_string(r.between(1, 9)) + "-" +
                                             r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) + r.digits(2)};  // MBI
    case R30::mm: return {"health_plan", "SSB-" + r.digits(2) + "/" + r.digits(6)};          // Social Security Board card
    case R30::kh: return {"health_plan", r.digits(10)};  // NSSF
    case R30::sn: return {"health_plan", "CMU-" + r.digits(9)};
    case R30::ci: return {"health_plan", r.digits(12)};                                      // CMU
    case R30::dr: return {"health_plan", r.digits(9)};                                       // SENASA / ARS afiliado
    case R30::be: return {"health_plan", std::to_string(r.between(100, 699)) + "/" + r.digits(7)};  // mutualité / ziekenfonds
    case R30::lt: return {"health_plan", "80440" + r.digits(15)};                            // EHIC card
    case R30::sk: return {"health_plan", "80703" + r.digits(15)};                            // poistenec card
    case R30::hr: return {"health_plan", r.digits(9)};                                       // MBO (HZZO)
    case R30::tn: return {"health_plan", r.digits(8) + "/" + r.digits(2)};                   // CNAM
    case R30::ec: return {"health_plan", "IESS-" + r.digits(10)};
    default: break;
  }
  static constexpr std::string_view kPre[] = {"DMS-", "POL", "MBR-", "AAR/"};  // a private insurer's member or policy number
  return {"health_plan", pick30(r, kPre) + r.digits(8)};
}

std::string passport30(Random& r, R30 g) {
  switch (g) {
    case R30::iq: case R30::kr: return "A" + r.digits(8);
    case R30::kz: return "N" + r.digits(8);
    case R30::uz: return r.letters(2, true) + r.digits(7);
    case R30::mm: return "MD" + r.digits(6);
    case R30::kh: return "N0" + r.digits(7);
    case R30::cd: case R30::sn: case R30::ci: return "OB" + r.digits(7);
    case R30::ve: case R30::ec: case R30::cu: case R30::dr: return r.letters(1, true) + r.digits(8);
    case R30::be: return "EN" + r.digits(6);
    case R30::lt: case R30::sk: case R30::hr: return r.digits(8);
    default: return r.letters(2, true) + r.digits(7);
  }
}

std::string plate30(Random& r, R30 g) {
  switch (g) {
    case R30::us: return r.digits(1) + r.letters(3, true) + r.digits(3);
    case R30::be: return std::to_string(r.between(1, 2)) + "-" + r.letters(3, true) + "-" + r.digits(3);
    case R30::lt: return r.letters(3, true) + " " + r.digits(3);
    case R30::sk: return "BA-" + r.digits(3) + r.letters(2, true);
    case R30::bg: return "СА " + r.digits(4) + " ВХ";
    case R30::hr: return "ZG " + r.digits(4) + "-" + r.letters(2, true);
    case R30::tn: return r.digits(3) + " تونس " + r.digits(4);
    case R30::kz: return r.digits(3) + " " + r.letters(3, true) + " 02";
    case R30::uz: return "01 " + r.letters(1, true) + " " + r.digits(3) + " " + r.letters(2, true);
    case R30::dr: return r.letters(1, true) + r.digits(6);
    case R30::ec: return r.letters(3, true) + "-" + r.digits(4);
    default: return r.letters(2, true) + "-" + r.digits(4);
  }
}

std::string vin30(Random& r) { return r.letters(3, true) + r.digits(2) + r.letters(1, true) + r.digits(2) + r.letters(2, true) + r.digits(7); }

// Relations of the relative to the patient, women's then men's (the same six in each language).
constexpr std::string_view kRelEn30[] = {"daughter", "wife", "sister", "mother", "partner", "niece",
                                         "son", "husband", "brother", "father", "partner", "nephew"};
constexpr std::string_view kRelEs30[] = {"hija", "esposa", "hermana", "madre", "pareja", "sobrina",
                                         "hijo", "esposo", "hermano", "padre", "pareja", "sobrino"};
constexpr std::string_view kRelFr30[] = {"fille", "épouse", "sœur", "mère", "compagne", "nièce",
                                         "fils", "époux", "frère", "père", "compagnon", "neveu"};
constexpr std::string_view kRelPt30[] = {"filha", "esposa", "irmã", "mãe", "companheira", "sobrinha",
                                         "filho", "marido", "irmão", "pai", "companheiro", "sobrinho"};
constexpr std::string_view kRelLt30[] = {"dukra", "žmona", "sesuo", "motina", "partnerė", "dukterėčia",
                                         "sūnus", "vyras", "brolis", "tėvas", "partneris", "sūnėnas"};
constexpr std::string_view kRelUz30[] = {"qizi", "rafiqasi", "singlisi", "onasi", "sherigi", "jiyani",
                                         "oʻgʻli", "turmush oʻrtogʻi", "ukasi", "otasi", "sherigi", "jiyani"};

// The relative's relation in the language of the country's records (English where records of that
// country are kept in English here).
std::string_view relation30(R30 g, std::size_t index) {
  switch (g) {
    case R30::ve: case R30::ec: case R30::cu: case R30::dr: return kRelEs30[index];
    case R30::cd: case R30::sn: case R30::ci: case R30::tn: case R30::be: return kRelFr30[index];
    case R30::ao: return kRelPt30[index];
    case R30::lt: return kRelLt30[index];
    case R30::uz: return kRelUz30[index];
    default: return kRelEn30[index];
  }
}

Cast30 makeCast30(std::uint64_t seed, std::size_t patientIndex, R30 g) {
  Random r((seed + 0x3030ULL) * 0xbf58476d1ce4e5b9ULL ^
           (patientIndex * 0x9e3779b97f4a7c15ULL + 0x30301ULL + static_cast<std::uint64_t>(g) * 0x100000001b3ULL));
  r.next();
  Cast30 c;
  c.region = g;
  c.pt = person30(r, g);
  c.kin = person30(r, g);
  while (c.kin.given == c.pt.given) c.kin = person30(r, g);
  if (g != R30::mm && g != R30::iq && g != R30::kr && r.chance(0.5) && c.kin.female == c.pt.female) {  // same family name
    c.kin.family = c.pt.family;
    c.kin.familyN = c.pt.familyN;
  }
  if ((g == R30::iq || g == R30::kr) && r.chance(0.5)) {  // a son or daughter carries the patient's name as the father's name
    c.kin.patro = c.pt.given;
    c.kin.patroN = c.pt.givenN;
    c.kin.family = c.pt.family;
    c.kin.familyN = c.pt.familyN;
  }
  for (Person30& s : c.staff) {  // staff whose given names differ from the family's and from each other's
    for (int tries = 0; tries < 12; ++tries) {
      s = person30(r, g);
      bool clash = s.given == c.pt.given || s.given == c.kin.given;
      for (const Person30* o = c.staff.data(); o != &s; ++o) clash = clash || o->given == s.given;
      if (!clash) break;
    }
  }
  c.age = r.chance(0.22) ? r.between(90, 102) : r.between(17, 89);
  c.by = 2025 - c.age;
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  const Town30& t = r.pick(std::span<const Town30>(kTowns30));
  c.street = std::to_string(r.between(3, 9870)) + " " + pick30(r, kStreets30) + " " + pick30(r, kSuffixes30);
  if (r.chance(0.3)) c.street += ", " + pick30(r, kUnits30);
  c.city = std::string(t.town);
  c.state = std::string(t.state);
  c.zip = std::string(t.zip3) + r.digits(2);
  if (r.chance(0.45)) c.zip += "-" + r.digits(4);
  c.rel = r.next() % 6 + (c.kin.female ? 0 : 6);
  c.home = address30(r, g);
  return c;
}

std::string sentence30(Random& r, std::string_view topic);

const Person30& who30(const Ctx30& x, std::string_view head) {
  if (head == "pt") return x.c.pt;
  if (head == "kin") return x.c.kin;
  if (head == "x1" || head == "x2") return x.away[head == "x1" ? 0 : 1];
  return x.c.staff[static_cast<std::size_t>(head[1] - '1') % 4];
}

bool isPerson30(std::string_view head) {
  return head == "pt" || head == "kin" || head == "x1" || head == "x2" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '4');
}

// A form of address that agrees with the person and the country: Mme/M., Sra./Sr., Daw/U,
// Lok Srey/Lok, г-жа/г-н, mevr./dhr., Ms./Mr. Outside the name span.
std::string honorific30(const Person30& p, R30 g) {
  const bool f = p.female;
  switch (g) {
    case R30::cd: case R30::sn: case R30::ci: case R30::tn: return f ? "Mme" : "M.";
    case R30::ve: case R30::ec: case R30::cu: case R30::dr: case R30::ao: return f ? "Sra." : "Sr.";
    case R30::mm: return f ? "Daw" : "U";
    case R30::kh: return f ? "Lok Srey" : "Lok";
    case R30::bg: return f ? "г-жа" : "г-н";
    case R30::be: return f ? "mevr." : "dhr.";
    case R30::hr: return f ? "gđa" : "g.";
    case R30::sk: case R30::lt: return "p.";
    default: return f ? "Ms." : "Mr.";
  }
}

// A doctor's title in the country's usage: Dr./Dra., Dr, д-р, MUDr., gyd., Dr.
std::string doctorTitle30(const Person30& p, R30 g) {
  switch (g) {
    case R30::ve: case R30::ec: case R30::cu: case R30::dr: return p.female ? "Dra." : "Dr.";
    case R30::ao: return p.female ? "Dr.ª" : "Dr.";
    case R30::cd: case R30::sn: case R30::ci: case R30::tn: case R30::be: return "Dr";
    case R30::bg: return "д-р";
    case R30::sk: return "MUDr.";
    case R30::lt: return "gyd.";
    default: return "Dr.";
  }
}

std::string mrn30(Random& r) {
  switch (r.between(0, 3)) {
    case 0: return r.digits(7);
    case 1: return r.letters(2, true) + r.digits(6);
    case 2: return std::to_string(r.between(1, 9)) + r.digits(2) + "-" + r.digits(3) + "-" + r.digits(2);
    default: return std::to_string(r.between(2019, 2025)) + "/" + r.digits(5);
  }
}

struct Note30 {  // values drawn once per note
  std::string passport, nid;
};

void date30Placeholder(Ctx30& x, R30 g, std::string_view head, std::string_view form) {
  Random& r = x.b.random();
  const Cast30& c = x.c;
  if (head == "dob") return date30(x, g, c.by, c.bm, c.bd, form);
  int y = r.between(2024, 2025);
  if (head == "past") y = r.between(2018, 2023);
  else if (head == "next") y = 2026;
  else if (head == "exp") y = r.between(2026, 2033);
  date30(x, g, y, r.between(1, 12), r.between(1, 28), form);
}

void placeholder30(Ctx30& x, Note30& n, std::string_view key) {
  Random& r = x.b.random();
  const Cast30& c = x.c;
  const std::size_t dot = key.find('.');
  std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (head == "lb") return say30(x, "{");
  if (head == "rb") return say30(x, "}");
  const bool away = head == "x1" || head == "x2";
  if (isPerson30(head)) return put30(x, "name", nameForm30(r, who30(x, head), away ? x.abroad : c.region, std::string(form)));
  if (head == "hon" || head == "doc") {
    const Person30& p = who30(x, form);
    const R30 g = form == "x1" || form == "x2" ? x.abroad : c.region;
    return say30(x, head == "hon" ? honorific30(p, g) : doctorTitle30(p, g));
  }
  R30 g = c.region;
  if (head.size() > 1 && head[0] == 'x' && head != "xfax") {  // the same in the country abroad
    g = x.abroad;
    head = head.substr(1);
  }
  if (head == "dob" || head == "date" || head == "past" || head == "next" || head == "exp") return date30Placeholder(x, g, head, form);
  if (head == "age") {  // a span only over 89
    const std::string v = form == "words" ? spelledNumber(c.age) : std::to_string(c.age);
    if (c.age > 89) return put30(x, "age", v);
    return say30(x, v);
  }
  if (head == "phone") return put30(x, "phone", phone30(r, g, form == "intl" ? 1 : form == "nat" ? 0 : -1));
  if (head == "usphone") return put30(x, "phone", phone30(r, R30::us, 0));
  if (head == "ph7") return put30(x, "phone", phone7_30(r));
  if (head == "ocrphone") return put30(x, "phone", ocrNoise30(phone30(r, g, 0)));
  if (head == "fax") return put30(x, "fax", phone30(r, g, 0));
  if (head == "xfax") return put30(x, "fax", phone30(r, x.abroad, 0));
  if (head == "email" || head == "semail") {
    const Person30& p = head == "semail" ? c.staff[0] : form == "kin" ? c.kin : c.pt;
    const std::string family = asciiLetters(p.family.empty() ? p.given : p.family);
    if (head == "semail") return put30(x, "email", asciiLetters(p.given).substr(0, 1) + "." + family + "@clinic.example.org");
    return put30(x, "email", asciiLetters(p.given) + (r.chance(0.5) ? "." : "_") + family + std::to_string(r.between(1, 99)) + "@" + pick30(r, kMail30));
  }
  if (head == "url") {  // a patient's own page: a refill status, an IVF couple's portal, a telehealth room
    const std::string host = form == "rx"    ? "https://refill.pharmacy.example.com/rx/status?req="
                             : form == "ivf" ? "https://portal.ivf.example.net/couple/"
                                             : "https://prep.telehealth.example.org/visit/";
    return put30(x, "url", host + r.letters(3) + r.digits(5));
  }
  if (head == "ip") return put30(x, "ip", ipv4Value(r));
  if (head == "ip6") return put30(x, "ip", ipv6Value(r));
  if (head == "addr") return put30(x, "address", g == c.region ? c.home : address30(r, g));
  if (head == "usaddr") {
    put30(x, "address", c.street + ", " + c.city + ", " + c.state);
    say30(x, " ");
    return put30(x, "zip", c.zip);
  }
  if (head == "street") return put30(x, "address", c.street);
  if (head == "usline") return put30(x, "address", c.street + ", " + c.city + ", " + c.state);
  if (head == "city") return put30(x, "address", c.city + ", " + c.state);
  if (head == "cityonly") return put30(x, "address", c.city);
  if (head == "zip") return put30(x, "zip", c.zip);
  if (head == "state") return say30(x, c.state);
  if (head == "town") return put30(x, "address", town30(r, g));
  if (head == "nid") {
    const Ident30 id = nationalId30(r, c);
    if (n.nid.empty()) n.nid = id.value;
    return put30(x, id.category, n.nid);
  }
  if (head == "ins") {
    const Ident30 id = insurance30(r, c);
    return put30(x, id.category, id.value);
  }
  if (head == "pass") {
    if (n.passport.empty()) n.passport = passport30(r, g);
    return put30(x, "license", n.passport);
  }
  if (head == "ssn") {
    const std::string s = std::to_string(r.between(1, 6)) + r.digits(2) + r.digits(2) + r.digits(4);
    return put30(x, "ssn", form == "bare" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (head == "mrn") return put30(x, "mrn", mrn30(r));
  if (head == "clinic") {  // an ART, sexual-health, methadone or mental-health clinic number
    const std::string pre = form == "ost" ? "OST-" : form == "art" ? "ART/" : form == "gum" ? "GUM-" : form == "mh" ? "CMHT-" : "";
    return put30(x, "mrn", pre + r.digits(5) + (r.chance(0.4) ? "/" + twoDigits(r.between(18, 25)) : ""));
  }
  if (head == "donor") {  // a blood, plasma, gamete or organ donor's number
    static constexpr std::string_view kPre[] = {"D-", "DON", "BD", "ED-", "SD-"};
    return put30(x, "mrn", pick30(r, kPre) + r.digits(6));
  }
  if (head == "tx") return put30(x, "mrn", std::to_string(r.between(1, 9)) + r.digits(5));  // transplant waiting-list / ET number
  if (head == "acct") return put30(x, "account", r.digits(9));
  if (head == "case") {  // a tribunal, court or review-board case number about one person
    const std::string year = std::to_string(r.between(2024, 2025));
    if (form == "be") return put30(x, "account", year + "/" + r.digits(4) + "/B");          // rôle général of a justice of the peace
    if (form == "hr") return put30(x, "account", "R1-" + r.digits(3) + "/" + year);         // a county court's case
    if (form == "ug") return put30(x, "account", "MHRB/" + r.digits(4) + "/" + year);      // mental health review board
    return put30(x, "account", "MHT-" + year + "-" + r.digits(5));
  }
  if (head == "reg") return put30(x, "license", std::to_string(r.between(10000, 99999)));  // a prescriber's registration number
  if (head == "riziv") return put30(x, "license", "1-" + r.digits(5) + "-" + r.digits(2) + "-" + r.digits(3));
  if (head == "dl") return put30(x, "license", r.letters(1, true) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4));
  if (head == "implant") {  // a dental implant's serial on the patient's implant passport
    static constexpr std::string_view kPre[] = {"SN ", "IMP-", "S/N "};
    const std::string pre = pick30(r, kPre);
    say30(x, pre);
    return put30(x, "device", r.letters(2, true) + r.digits(7));
  }
  if (head == "iol") return put30(x, "device", std::to_string(r.between(1, 9)) + r.digits(9));  // an intraocular lens serial
  if (head == "serial") {  // a home haemodialysis machine, insulin pump or CGM that is the patient's own
    static constexpr std::string_view kPre[] = {"HHD", "PMP", "NXS", "CGM"};
    return put30(x, "device", pick30(r, kPre) + r.digits(3) + r.letters(1, true) + r.digits(5));
  }
  if (head == "plate") return put30(x, "vehicle", plate30(r, g));
  if (head == "vin") return put30(x, "vehicle", vin30(r));
  if (head == "rel") return say30(x, std::string(relation30(c.region, c.rel)));
  if (head == "he") return say30(x, c.pt.female ? "she" : "he");
  if (head == "He") return say30(x, c.pt.female ? "She" : "He");
  if (head == "his") return say30(x, c.pt.female ? "her" : "his");
  if (head == "sex") return say30(x, c.pt.female ? "F" : "M");
  if (head == "nee") return say30(x, c.pt.female ? "née" : "né");
  if (head == "es_o") return say30(x, c.pt.female ? "a" : "o");
  if (head == "tm") return say30(x, twoDigits(r.between(6, 22)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (head == "last4") return say30(x, r.digits(4));  // the last four digits of an SSN alone: not PHI
  if (head == "rx") return say30(x, std::to_string(r.between(1, 9)) + r.digits(6));  // an Rx number: not PHI
  if (head == "lot") return say30(x, r.letters(1, true) + r.digits(2) + r.letters(2, true) + r.digits(3));
  if (head == "din") return say30(x, r.letters(1, true) + r.digits(4) + " " + r.digits(2) + " " + r.digits(6));  // an ISBT 128 unit number
  if (head == "tooth") {
    static constexpr std::string_view kTeeth[] = {"16", "26", "36", "46", "11", "21", "47", "37"};
    return say30(x, pick30(r, kTeeth));
  }
  if (head == "s") return say30(x, sentence30(r, form));
  throw std::logic_error("unknown placeholder " + std::string(key));
}

void expand30(Ctx30& x, std::string_view pattern) {
  Note30 n;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      say30(x, std::string(pattern.substr(i)));
      return;
    }
    say30(x, std::string(pattern.substr(i, open - i)));
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    placeholder30(x, n, pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

// SENTENCES
// Look-alike sentences without PHI in the voices of pharmacies, dental and eye clinics, mental
// health and addiction services, sexual-health and fertility clinics, blood banks, dialysis units
// and transplant coordinators: doses and batch numbers, lens powers and Snellen fractions, FDI
// tooth numbers, HLA types, ISBT 128 unit numbers of blood products, scores written as fractions
// (PHQ-9 14/27), Kt/V and URR, embryo grades, cryo tank positions, times, versions, reference
// ranges, protocol codes and brand names that read like people's names (Lucentis, Ativan,
// Seroquel, Advagraf, Menopur, Truvada, Espranor).
std::string sentence30(Random& r, std::string_view topic) {
  const std::string dose = std::to_string(r.between(2, 12) * 5), lot = r.letters(1, true) + r.digits(2) + r.letters(2, true) + r.digits(3);
  const std::string sph = std::string(r.chance(0.5) ? "-" : "+") + std::to_string(r.between(0, 6)) + "." + (r.chance(0.5) ? "25" : "75");
  const std::string s[] = {
      // pharmacy (0-5)
      "Methadone " + dose + " mg oral solution 1 mg/mL, supervised; bottle 14 of 28; batch " + lot + ", exp. 2027-03.",
      "Sertraline (Zoloft) 50 mg, 1 tablet each morning, 30 tablets, 2 repeats; Rx label v3.2 printed at 10:42.",
      "Controlled drug register page 214: morphine sulfate 10 mg/mL x 10 ampoules received, balance 37, checked by two staff.",
      "Do not crush; take with food; avoid grapefruit juice; store below 25 °C; keep out of reach of children.",
      "Generic substitution allowed; INN prescribing; DDD 1.5; ATC N05AH04 (quetiapine, brand Seroquel).",
      "Buprenorphine/naloxone 8/2 mg (Suboxone) sublingual; Espranor 8 mg wafer; COWS score " + std::to_string(r.between(6, 24)) + " at 09:15.",
      // dental (6-9)
      "Tooth 36: MOD composite, shade A2; tooth 46 periapical lesion 3 x 4 mm; BPE 2/3/2 - 2/3/2.",
      "Implant 4.1 x 10 mm, RC, SLActive, REF 021.5310, LOT " + lot + "; insertion torque 35 Ncm; ISQ 72.",
      "Orthodontic class II div 1, overjet 7 mm, overbite 60%; archwire 0.014 NiTi; review in 6 weeks.",
      "Lab slip: zirconia crown on 11, shade B1, margin chamfer, due back in 10 working days; case box 47.",
      // eye (10-13)
      "OD " + sph + " / -0.75 x 180, add +2.00; OS -1.50 / -0.50 x 170; PD 63/60 mm; VA 6/6 (20/20) both eyes.",
      "IOL SN60WF +21.5 D, A-constant 118.7 (SRK/T); axial length 23.41 mm; K1 43.25 D, K2 44.00 D.",
      "IOP 18/21 mmHg (Goldmann) at 11:30; Schirmer 8 mm/5 min; Amsler grid normal; Ishihara 17/17.",
      "Ranibizumab (Lucentis) 0.5 mg intravitreal, injection 4 of 6; OCT central thickness 312 µm; lens BC 8.6, DIA 14.2.",
      // mental health and addiction (14-18)
      "PHQ-9 " + std::to_string(r.between(5, 24)) + "/27, GAD-7 12/21; C-SSRS screen negative; AUDIT 19; risk reviewed at 16:00.",
      "Section 2 (28 days) ends day 28; Section 3 up to 6 months; 72-hour hold renewed under protocol MH-04 v2.",
      "Lorazepam (Ativan) 1 mg PRN, max 4 mg/24 h; olanzapine 10 mg at night; lithium level 0.7 mmol/L (0.4-1.0).",
      "Urine drug screen: opiates negative, buprenorphine positive, benzodiazepines negative, fentanyl strip negative.",
      "Crisis line 24/7; safety plan steps 1-6; means restriction discussed; follow-up within 7 days.",
      // sexual health and fertility (19-24)
      "PrEP tenofovir/emtricitabine 245/200 mg (Truvada) daily; eGFR 94 mL/min; HIV Ag/Ab 4th gen non-reactive.",
      "Syphilis RPR 1:16, TPPA reactive; benzathine penicillin 2.4 MU IM; chlamydia NAAT positive; doxycycline 100 mg bd x 7 days.",
      "Stimulation day 9: follitropin alfa 225 IU (Gonal-f), Menopur 75 IU; E2 1,840 pg/mL; 14 follicles over 12 mm.",
      "Day 5 blastocyst 4AA vitrified; straw 3, goblet B, canister 12, tank 4; PGT-A euploid.",
      "Semen analysis: volume 2.8 mL, concentration 34 million/mL, progressive motility 41%, normal forms 5% (WHO 2021).",
      "Etonogestrel implant 68 mg inserted left upper arm, batch " + lot + ", valid for 3 years; Cu-IUD 380 mm2.",
      // transfusion (25-27)
      "Unit W1234 24 567890 O Rh(D) neg, 285 mL, irradiated, expires 2026-02-14 23:59; ISBT 128 product code E0336V00.",
      "Antibody screen negative; DAT negative; crossmatch compatible (IAT); 2 units RBC issued at 14:20; Hb 68 g/L.",
      "Plasma apheresis 880 mL; donation interval 14 days; haemoglobin 142 g/L (cut-off 125 for women, 135 for men).",
      // dialysis and transplant (28-32)
      "HD 4 h, Qb 350 mL/min, Qd 500 mL/min, dialyser FX80, K 2 Ca 1.5; UF goal 2.4 L; Kt/V 1.42, URR 73%.",
      "Tacrolimus (Advagraf) 6 mg daily, trough 7.2 ng/mL (target 5-8); mycophenolate 720 mg bd; prednisolone 5 mg.",
      "HLA A*02:01, A*24:02; B*35:01, B*44:02; DRB1*11:01, DRB1*15:01; cPRA 86%; flow crossmatch T 42 / B 110 MCS.",
      "Offer sequence 7 of 23; cold ischaemia 11 h 20 min; KDPI 48%; match run 2025-0412-03.",
      "EPO (Mircera) 100 µg monthly; ferritin 412 µg/L; TSAT 28%; phosphate 1.9 mmol/L; PTH 42 pmol/L.",
      // the countries' own languages (33-37)
      "Méthadone sirop " + dose + " mg/j, délivrance fractionnée tous les 7 jours ; lot " + lot + " ; ordonnance sécurisée de 14 jours.",
      "Lote " + lot + ", vence 08/2027; 1 tableta c/12 h por 14 días; control en 3 meses.",
      "Доза 5 мг 2 раза в сутки; серия 120324; годен до 03.2027; Hb 104 г/л (норма 120-160).",
      "Kt/V 1,35; dializatorius FX 80; kraujo tėkmė 300 ml/min; seansas 4 val.",
      "Fórmula dentária 11-48; cárie classe II no 26; restauração em resina A2.",
  };
  std::size_t k = r.next() % std::size(s);
  if (topic == "rx") k = r.next() % 6;
  else if (topic == "dent") k = 6 + r.next() % 4;
  else if (topic == "eye") k = 10 + r.next() % 4;
  else if (topic == "mh") k = 14 + r.next() % 5;
  else if (topic == "sh") k = 19 + r.next() % 2;
  else if (topic == "ivf") k = 21 + r.next() % 3;
  else if (topic == "fp") k = 24;
  else if (topic == "bb") k = 25 + r.next() % 3;
  else if (topic == "dial") k = 28 + r.next() % 5;
  return s[k];
}

struct Template30 {
  std::string_view name;
  Case30 mode;
  R30 region, abroad;
  std::string_view pattern;
};

constexpr Case30 kN = Case30::asIs;
constexpr Case30 kL = Case30::lower;
constexpr Case30 kU = Case30::upper;

constexpr Template30 kTemplates30[] = {
    // --- US ---
    {"us_dispensing_label", kU, R30::us, R30::us,
     "RIVERSIDE COMMUNITY PHARMACY  {phone.nat}  STORE #0412\nRX# {rx}    FILLED {date.mdy}\n{pt.full}\n{street}\n{city} {zip}\n"
     "SERTRALINE 50 MG TABLET  QTY 30  REFILLS 2\nTAKE 1 TABLET BY MOUTH EVERY MORNING\nDR. {s1.full}\nPHARMACIST {s2.ini}, RPH\n"},
    {"us_refill_request_log", kN, R30::us, R30::us,
     "ONLINE REFILL REQUEST - AUDIT LOG\nrequest_id=RF-88213 ts={date.iso} {tm}\npatient=\"{pt.inv}\" dob={dob.mdy}\ncallback={phone.nat}\nemail={email}\n"
     "client_ip={ip6}\nstatus_url={url.rx}\nitems: Lisinopril 10 mg x90; Atorvastatin 20 mg x90\n"},
    {"us_methadone_dosing_log", kN, R30::us, R30::us,
     "OPIOID TREATMENT PROGRAM - DAILY DOSING LOG\nClient: {pt.inv}    Client # {clinic.ost}\n{date.md} {tm}  methadone 85 mg observed, {s2.full}, RN\n"
     "{date.md} {tm}  methadone 85 mg observed; take-home x1 (bottle 3 of 6), lockbox checked\n{s.rx}\nCounselor: {s3.full}, LADC\n"},
    {"us_prep_intake", kN, R30::us, R30::us,
     "PrEP CLINIC - NEW PATIENT INTAKE\nName: {pt.full}    DOB: {dob.mdy}    SSN: {ssn.bare}\nAddress: {usaddr}\nCell: {phone.nat}    Home: {ph7}\n"
     "Insurance: Medicaid MCO, member ID {ins}\nPartners notified (EPT given): {kin.given}\n{s.sh}\nClinician: {s1.full}, FNP\n"},
    {"us_dental_implant_card", kN, R30::us, R30::us,
     "IMPLANT PATIENT CARD - please carry with you\nPatient: {pt.full}\nTooth {tooth}: implant 4.1 x 10 mm, {implant}\nPlaced {date.long} by {s1.full}, DDS\n"
     "Restoring dentist: {s2.full}, DMD  tel {phone.nat}\n{s.dent}\n"},
    {"us_iol_implant_card", kN, R30::us, R30::us,
     "INTRAOCULAR LENS IMPLANT CARD\nPatient: {pt.UP}    DOB {dob.mdy}\nEye: right    Model SN60WF +21.5 D    Serial {iol}\nSurgery date {past.mdy}    Surgeon {s1.full}, MD\n"
     "Present this card to any eye-care provider. {s.eye}\n"},
    {"us_dialysis_transport", kN, R30::us, R30::us,
     "DIALYSIS UNIT - TRANSPORT AND PARKING\nPatient: {pt.full}    MRN {mrn}\nSchedule: Tue/Thu/Sat, chair 12, 05:45 start\nHome: {usaddr}\n"
     "Drives self: vehicle plate {plate}, VIN {vin} (hospital parking permit on file)\nEmergency contact: {kin.full} ({rel}) {phone}\nSocial worker: {s3.full}, LCSW\n"},
    {"us_hl7_transfusion", kN, R30::us, R30::us,
     "MSH|^~\\&|BLOODBANK|MERCY|EHR|MERCY|{date.compact}1422||ORU^R01|MSG{rx}|P|2.5.1\nPID|1||{mrn}^^^MERCY^MR||{pt.last}^{pt.given}||{dob.compact}|{sex}|||"
     "{street}^^{cityonly}^{state}^{zip}||{phone.nat}|||||{acct}|{ssn.bare}\nOBX|1|ST|ABO^ABO/Rh||O POS||||||F\nOBX|2|ST|UNIT^Unit issued||{din}||||||F\n"},
    {"us_fertility_voicemail", kN, R30::us, R30::us,
     "VOICEMAIL TRANSCRIPT (auto) {date.mdy} {tm}\n\"hi this is {pt.given} {pt.last}, date of birth {dob.long}, i'm calling about my trigger shot tonight, the nurse {s2.given} "
     "said to call if the ovidrel pen was leaking... my cell is {phone.nat}, or my partner {kin.given} at {usphone}, thanks\"\n"},
    {"us_family_chat_dialysis", kL, R30::us, R30::us,
     "family group chat {date.md}\n{kin.lowgiven}: {pt.lowgiven} is {age.words} and still refuses the fistula\n"
     "{kin.lowgiven}: dialysis nurse {s2.low} said to call {phone.nat} if {his} potassium is high again\n{s.dial}\n"},
    {"us_safety_plan", kN, R30::us, R30::us,
     "SAFETY PLAN\nName: {pt.full}    Date: {date.mdy}\n1. Warning signs: not sleeping, giving things away\n2. Coping: walk the dog, music\n"
     "3. People I can call: {kin.full} ({rel}) {phone.nat}; my sponsor {s4.given} {ph7}\n4. Professionals: {s1.full}, LCSW, {phone.nat}; crisis line 988\n"
     "5. Making the environment safe: firearm stored at my brother's in {city}\n"},
    // --- Iraq (Arabic) ---
    {"iq_prescription_ar", kN, R30::iq, R30::iq,
     "عيادة الدكتور {s1.nat} - اختصاص الأمراض النفسية والعصبية\nالاسم: {pt.nat}    العمر: {age} سنة\nالتاريخ: {date.ar}\n"
     "Rx: Escitalopram 10 mg 1x1 / Olanzapine 5 mg 0x0x1\nحبة واحدة ١ × ٢ يومياً لمدة ٣٠ يوم\nالهاتف: {phone}\n{s.mh}\n"},
    {"iq_ibn_rushd_admission", kN, R30::iq, R30::iq,
     "IBN RUSHD PSYCHIATRIC TEACHING HOSPITAL - BAGHDAD\nADMISSION FORM\nName: {pt.full} ({pt.nat})\nNational Card No.: {nid}\nDate of birth: {dob.dmy}\n"
     "Address: {addr}\nBrought by: {kin.full} ({rel}), mobile {phone}\nDate of admission: {date.dmy}\n{s.mh}\nAdmitting doctor: Dr. {s1.full}\n"},
    {"iq_blood_donor_card", kN, R30::iq, R30::iq,
     "المركز الوطني لنقل الدم - بطاقة متبرع\nاسم المتبرع: {pt.nat}\nرقم المتبرع: {donor}\nفصيلة الدم: O+\nتاريخ الميلاد: {dob.dmy}\nرقم الهاتف: {phone}\n"
     "آخر تبرع: {date.dmy}\n{s.bb}\n"},
    {"iq_dialysis_chat", kL, R30::iq, R30::iq,
     "viber {date.dm}\n{kin.lowgiven}: dr {s2.lowgiven}, {pt.lowgiven} 3ida ghasil kilya bacher sa3a 7, el fistula warma\n"
     "{s2.lowgiven}: jibo lil wahda, w etasil 3la {phone}\n"},
    // --- Iraqi Kurdistan ---
    {"kr_ivf_consent", kN, R30::kr, R30::kr,
     "ERBIL IVF CENTRE - CONSENT FOR EMBRYO FREEZING\nPatient: {pt.full}    National Card: {nid}\nSpouse: {kin.full}\nAddress: {addr}\nMobile: {phone}\n"
     "{s.ivf}\nSigned {date.dmy} in the presence of Dr. {s1.full}\nواژۆی نەخۆش: {pt.nat}\n"},
    {"kr_spectacle_rx", kN, R30::kr, R30::kr,
     "SULAYMANIYAH EYE CENTRE - SPECTACLE PRESCRIPTION\nName: {pt.UP}    Age: {age}\nناو: {pt.nat}\nDate: {date}\n{s.eye}\nOptometrist: {s3.full}\nTel: {phone}\n"},
    {"kr_pharmacy_chat", kL, R30::kr, R30::kr,
     "whatsapp {date.dm}\n{pt.lowgiven}: kaka am insulin lantus nia? dayka {kin.lowgiven} peweste\n"
     "pharmacy: bale, heya. bo gayandn bo mal, nawnishan?\n{pt.lowgiven}: {addr}, mobile {phone}\n"},
    // --- Kazakhstan ---
    {"kz_controlled_recipe", kN, R30::kz, R30::kz,
     "РЕЦЕПТ НА НАРКОТИЧЕСКОЕ СРЕДСТВО (форма 130/у)\nФ.И.О. пациента: {pt.nat}\nИИН: {nid}\nВозраст: {age} лет\nАдрес: {addr}\n"
     "Rp.: Morphini hydrochloridi 1% - 1 ml, D.t.d. N 10\nВрач: {s1.nat}\nДата: {date.ru}\n"},
    {"kz_dialysis_schedule", kN, R30::kz, R30::kz,
     "ЦЕНТР ГЕМОДИАЛИЗА, АЛМАТЫ - ГРАФИК / HAEMODIALYSIS SCHEDULE\nПациент / Patient: {pt.reg}\nИИН: {nid}\nТел.: {phone}\nСмена 2, пн/ср/пт, аппарат 14\n"
     "{s.dial}\nПоставлен на лист ожидания трансплантации {past.dot}, № {tx}\nЛечащий врач: {s1.full}\n"},
    {"kz_blood_donor", kN, R30::kz, R30::kz,
     "ҚАН ОРТАЛЫҒЫ / ЦЕНТР КРОВИ\nДонор: {pt.nat}\nДонор № {donor}\nТуған күні: {dob.kk}\nТелефон: {phone.intl}\nСоңғы донация: {date.dot}\n{s.bb}\n"},
    // --- Uzbekistan ---
    {"uz_dental_card", kN, R30::uz, R30::uz,
     "STOMATOLOGIK BEMOR KARTASI\nF.I.Sh.: {pt.nat}\nJShShIR: {nid}\nPasport: {pass}\nTugʻilgan sana: {dob.dot}\nManzil: {addr}\nTel: {phone}\n"
     "{s.dent}\nShifokor: {s1.full}\nSana: {date.uz}\n"},
    {"uz_narcology_registry", kN, R30::uz, R30::uz,
     "NARKOLOGIYA DISPANSERI - HISOBGA OLISH\nBemor: {pt.reg}\nYoshi: {age}\nManzil: {addr}\nQarindoshi: {kin.full} ({rel}), tel {phone.intl}\n"
     "{s.mh}\nHisobga olingan sana: {date.dot}\nVrach-narkolog: {s2.full}\n"},
    {"uz_telegram_pharmacy", kL, R30::uz, R30::uz,
     "telegram {date.dm}\n{kin.lowgiven}: assalomu alaykum, {pt.low} uchun insulin novorapid bormi?\n"
     "dorixona: bor, 3 ta. raqamingiz {phone}? yetkazib beramiz\n"},
    // --- Myanmar ---
    {"mm_art_clinic_card", kN, R30::mm, R30::mm,
     "ART CLINIC CARD - YANGON\nName: {hon.pt} {pt.full} ({pt.nat})\nNRC: {nid}\nNext of kin: {hon.kin} {kin.full} ({rel})\nART No.: {clinic.art}\nAddress: {addr}\n"
     "Phone: {phone}\nStarted TLD on {past.dash}\n{s.sh}\nDoctor: Dr. {s1.full}\n"},
    {"mm_eye_camp_register", kN, R30::mm, R30::mm,
     "CATARACT EYE CAMP, SAGAING - SURGERY REGISTER\nNo. | Name | Age | Village | Eye | IOL serial\n17 | {hon.pt} {pt.full} | {age} | {town} | R | {iol}\n"
     "18 | {hon.kin} {kin.full} | 66 | {town} | L | {iol}\nSurgeon: Dr. {s1.full}\n{date.en}\n"},
    {"mm_viber_dialysis", kL, R30::mm, R30::mm,
     "viber {date.dm}\n{kin.lowgiven}: doctor, {hon.pt} {pt.low} dialysis day change possible? {he} is {age.words}\n"
     "{s2.lowgiven}: ok, come thursday 8am. call {phone}\n"},
    // --- Cambodia ---
    {"kh_pharmacy_receipt", kN, R30::kh, R30::kh,
     "ឱសថស្ថាន / PHARMACY - RECEIPT\nCustomer: {pt.full} ({pt.nat})\nID card: {nid}\nTel: {phone}\nDate: {date.dmon}\n"
     "Amlodipine 5 mg x 30 - 12,000 riel; Metformin 500 mg x 60 - 18,000 riel\n{s.rx}\nPharmacist: {s1.full}\n"},
    {"kh_crossmatch_slip", kN, R30::kh, R30::kh,
     "NATIONAL BLOOD TRANSFUSION CENTER - CROSSMATCH REQUEST\nPatient: {pt.UP}    Hospital No.: {mrn}\nAge: {age}    Sex: {sex}\nWard: Maternity 2\n"
     "Requested {date.dmy} {tm}: 2 units RBC\n{s.bb}\nRequesting doctor: Dr. {s1.full}\nNSSF: {ins}\n"},
    {"kh_ivf_telegram", kL, R30::kh, R30::kh,
     "telegram {date.dm}\n{pt.lowgiven}: bong, egg retrieval tomorrow 7am ok? my partner {kin.low} will bring the sample\n"
     "nurse {s3.lowgiven}: yes, no food after midnight. call {phone.intl}\n"},
    // --- DR Congo ---
    {"cd_fiche_transfusion", kN, R30::cd, R30::cd,
     "FICHE DE TRANSFUSION SANGUINE - HÔPITAL GÉNÉRAL DE RÉFÉRENCE\nNom, postnom, prénom : {pt.reg}\nÂge : {age} ans    Sexe : {sex}\nAdresse : {addr}\n"
     "Groupe : B Rh+\nPoche n° {din}, 450 mL, sang total\n{s.bb}\nDate : {date.fr}\nMédecin prescripteur : {doc.s1} {s1.full}\nGarde-malade : {kin.full}, {phone}\n"},
    {"cd_cnpp_lettre", kN, R30::cd, R30::cd,
     "CENTRE NEURO-PSYCHO-PATHOLOGIQUE (CNPP), KINSHASA\nKinshasa, le {date.fr}\nObjet : {pt.full}, {nee} le {dob.dmy}\n"
     "Cher confrère, le (la) patient(e) susnommé(e), demeurant {addr}, a été hospitalisé(e) du {past.dmy} au {date.dmy}.\n{s.mh}\n"
     "Famille : {hon.kin} {kin.full}, {phone.intl}\n{doc.s2} {s2.full}\n"},
    {"cd_sms_lingala", kL, R30::cd, R30::cd,
     "sms {date.dm}\n{kin.lowgiven}: mbote docteur, {pt.low} azali malamu te, dialyse ya lobi tokoki te\n"
     "docteur {s1.lowgiven}: boya ye na hôpital lelo, benga {phone}\n"},
    // --- Senegal ---
    {"sn_ordonnance", kN, R30::sn, R30::sn,
     "CABINET MÉDICAL - ORDONNANCE\nDakar, le {date.fr}\n{hon.pt} {pt.full}, {age} ans\nCNI : {nid}\n"
     "1) Amoxicilline 1 g, 1 cp matin et soir pendant 7 jours\n2) Paracétamol 1 g si douleur\n{doc.s1} {s1.full}\nTél. {phone}\nPHARMACIE GUIGON - délivré le {date.dmy}\n"},
    {"sn_cepiad_dosing", kN, R30::sn, R30::sn,
     "CEPIAD - CENTRE DE PRISE EN CHARGE INTÉGRÉE DES ADDICTIONS DE DAKAR\nCarte de suivi méthadone\nNom : {pt.UP}\nN° dossier : {clinic.ost}\nAdresse : {addr}\n"
     "{date.dmy} : méthadone 60 mg, {s2.full}\n{s.rx}\nPersonne à prévenir : {kin.full}, {phone.intl}\n"},
    {"sn_whatsapp_wolof", kL, R30::sn, R30::sn,
     "whatsapp {date.dm}\n{kin.lowgiven}: salamaleykoum docteur, {pt.low} dafa feebar, nañu ko indi ci dialyse?\n"
     "{s2.lowgiven}: waaw, indil ko tey. sama numéro {phone}\n"},
    // --- Côte d'Ivoire ---
    {"ci_tiers_payant_cmu", kN, R30::ci, R30::ci,
     "PHARMACIE DE LA RIVIERA - TIERS PAYANT CMU\nAssuré : {pt.reg}\nN° CMU : {ins}\nCNI : {nid}\nDate de naissance : {dob.dmy}\nContact : {phone}\n"
     "Ordonnance du {date.dmy} - {doc.s1} {s1.full}\n{s.rx}\n"},
    {"ci_planification_familiale", kN, R30::ci, R30::ci,
     "CENTRE DE PLANIFICATION FAMILIALE - FICHE CLIENTE\nNom et prénoms : {pt.reg}\nÂge : {age} ans\nDomicile : {addr}\nTél. : {phone}\n"
     "Méthode : implant (Jadelle), posé le {date.dmy}\n{s.fp}\nSage-femme : {s3.full}\n"},
    {"ci_hemodialyse_chu", kN, R30::ci, R30::ci,
     "CHU DE TREICHVILLE - SERVICE DE NÉPHROLOGIE-HÉMODIALYSE\nPatient : {pt.full}\nN° dossier : {mrn}\nOrigine : {town}\n"
     "Séances : lundi, mercredi, vendredi\n{s.dial}\nNéphrologue : {doc.s1} {s1.full}\nProche : {kin.full} ({rel}), {phone}\n"},
    // --- Angola ---
    {"ao_receita_medica", kN, R30::ao, R30::ao,
     "REPÚBLICA DE ANGOLA - RECEITA MÉDICA\nNome do utente: {pt.full}\nB.I. n.º {nid}\nIdade: {age} anos\nMorada: {addr}\nTelefone: {phone}\n"
     "Rp/ Haloperidol 5 mg, 1 comp. à noite; Biperideno 2 mg\n{doc.s1} {s1.full}, Ordem dos Médicos n.º {reg}\nLuanda, {date.pt}\n"},
    {"ao_banco_sangue", kN, R30::ao, R30::ao,
     "INSTITUTO NACIONAL DE SANGUE - FICHA DO DADOR\nNome: {pt.UP}\nN.º de dador: {donor}\nData de nascimento: {dob.dmy}\nB.I.: {nid}\nContacto: {phone.intl}\n"
     "{s.bb}\nColheita em {date.pt}\n"},
    {"ao_whatsapp_hemodialise", kL, R30::ao, R30::ao,
     "whatsapp {date.dm}\n{kin.lowgiven}: bom dia doutora, {pt.low} faltou à hemodiálise ontem, está inchado\n"
     "{s1.lowgiven}: traga-o hoje às 14h. o meu número {phone}\n"},
    // --- Uganda ---
    {"ug_art_clinic_card", kN, R30::ug, R30::ug,
     "HIV CARE / ART CARD - MINISTRY OF HEALTH UGANDA\nName: {pt.reg}\nNIN: {nid}\nART No.: {clinic.art}\nSex: {sex}    Age: {age}\nVillage / LC1: {town}\n"
     "Phone: {phone}\nTreatment supporter: {kin.full} ({rel}), {phone.intl}\nART start date: {past.dmy}\n{s.sh}\nClinician: {s1.full}\n"},
    {"ug_partner_notification", kN, R30::ug, R30::ug,
     "ASSISTED PARTNER NOTIFICATION SLIP\nIndex client: {pt.full}    Clinic No. {clinic.gum}\nPartner 1: {kin.full}, tel {phone}\nPartner 2: {s4.given} (surname unknown), boda-boda stage, {town}\n"
     "Method: provider referral, {date.en}\nCounsellor: {s3.full}\n"},
    {"ug_butabika_admission", kN, R30::ug, R30::ug,
     "BUTABIKA NATIONAL REFERRAL MENTAL HOSPITAL - ADMISSION (MENTAL HEALTH ACT 2018)\nPatient: {pt.inv}\nAge: {age} years\nAddress: {addr}\n"
     "Admitted {date.dmy} on application of {kin.full} ({rel}), tel {phone}\n{s.mh}\nAdmitting medical officer: Dr. {s1.full}\nMHRB review case {case.ug}\n"},
    // --- Venezuela ---
    {"ve_recipe_medico", kN, R30::ve, R30::ve,
     "RÉCIPE\nPaciente: {pt.full}\nC.I.: {nid}\nEdad: {age} años\nDirección: {addr}\nTeléfono: {phone}\n"
     "Clonazepam 2 mg, 1/2 tab. en la noche x 30 días\n{doc.s1} {s1.full}, MPPS {reg}\nCaracas, {date.es}\n"},
    {"ve_banco_sangre", kN, R30::ve, R30::ve,
     "BANCO DE SANGRE - HOSPITAL UNIVERSITARIO DE CARACAS\nDonante: {pt.inv}    C.I. {nid}\nN° de donante: {donor}\nFecha de nacimiento: {dob.dmy}\n"
     "Teléfono: {phone.intl}\n{s.bb}\nFecha: {date.dmy}\nBioanalista: {s3.full}\n"},
    {"ve_whatsapp_dialisis", kL, R30::ve, R30::ve,
     "whatsapp {date.dm}\n{kin.lowgiven}: doctora, a {pt.low} no le dieron diálisis hoy, no hay filtros\n"
     "{s2.lowgiven}: tráigalo el jueves a las 6. si se pone mal llame al {phone}\n"},
    // --- Ecuador ---
    {"ec_receta_psicotropicos", kN, R30::ec, R30::ec,
     "RECETA ESPECIAL - MEDICAMENTOS ESTUPEFACIENTES Y PSICOTRÓPICOS\nPaciente: {pt.full}\nCédula: {nid}\nEdad: {age}\nDirección: {addr}\nTeléfono: {phone}\n"
     "Rp. Metilfenidato 10 mg, 60 tabletas\n{doc.s1} {s1.full}, Reg. ACESS {reg}\nQuito, {date.es}\n"},
    {"ec_receta_lentes", kN, R30::ec, R30::ec,
     "ÓPTICA - RECETA DE LENTES\nNombre: {pt.UP}\nEdad: {age}\nFecha: {date.dmy}\n{s.eye}\nOptometrista: {s3.full}\nCelular del paciente: {phone.nat}    Fijo: {ph7}\n"},
    {"ec_indot_hla", kN, R30::ec, R30::ec,
     "INDOT - INFORME DE HISTOCOMPATIBILIDAD\nReceptor: {pt.full}    Cédula: {nid}\nN° lista de espera: {tx}\nDonante vivo: {kin.full} ({rel})\n{s.dial}\n"
     "Fecha: {date.dmy}\nResponsable del laboratorio: {doc.s1} {s1.full}\n"},
    // --- Cuba ---
    {"cu_historia_estomatologica", kN, R30::cu, R30::cu,
     "HISTORIA CLÍNICA ESTOMATOLÓGICA\nNombre y apellidos: {pt.full}\nCI: {nid}\nEdad: {age} años\nDirección: {addr}\nTeléfono: {phone}\n"
     "{s.dent}\nEstomatólogo(a): {doc.s1} {s1.full}\nFecha: {date.dmy}\n"},
    {"cu_remision_psiquiatria", kN, R30::cu, R30::cu,
     "REMISIÓN - CENTRO COMUNITARIO DE SALUD MENTAL\nPaciente: {pt.inv}\nCI: {nid}\nDirección: {addr}\nFamiliar responsable: {kin.full} ({rel})\n"
     "{s.mh}\n{doc.s2} {s2.full}\n{date.es}\n"},
    {"cu_miami_pharmacy_chat", kL, R30::cu, R30::us,
     "whatsapp {date.md}\n{kin.lowgiven}: prima, mándame el losartán para {pt.low} con {x1.low}, que viaja el sábado\n"
     "{x1.lowgiven}: ok, la farmacia de hialeah me lo da con la receta. mi número aquí es {xphone}\n"},
    // --- Dominican Republic ---
    {"dr_senasa_farmacia", kN, R30::dr, R30::dr,
     "FARMACIA - AUTORIZACIÓN SENASA\nAfiliado: {pt.full}\nCédula: {nid}\nNSS: {ins}\nTeléfono: {phone}\nDirección: {addr}\n{s.rx}\nAutorizado el {date.dmy}\n"},
    {"dr_fertilidad_consentimiento", kN, R30::dr, R30::dr,
     "CENTRO DE FERTILIDAD - CONSENTIMIENTO INFORMADO FIV/ICSI\nPaciente: {pt.full}    Cédula: {nid}\nPareja: {kin.full}\nCorreo: {email}\nPortal: {url.ivf}\n"
     "{s.ivf}\nFirmado en Santo Domingo el {date.es}\n{doc.s1} {s1.full}\n"},
    {"dr_transient_dialysis_nyc", kN, R30::dr, R30::us,
     "TRANSIENT DIALYSIS REQUEST\nPatient: {pt.full}    DOB {dob.mdy}\nCédula {nid}    Passport {pass}\nHome unit: Santo Domingo, fax {fax}\n"
     "Visiting: {x1.full}, {usline}\nUS phone {xphone}\n{s.dial}\nRequested by {s1.full}, RN\n"},
    // --- Belgium ---
    {"be_apotheek_voorschrift", kN, R30::be, R30::be,
     "APOTHEEK - AFLEVERINGSBEWIJS\nPatiënt: {pt.full}\nINSZ: {nid}\nZiekenfonds: {ins}\nAdres: {addr}\n"
     "Voorschrijver: Dr. {s1.full}, RIZIV {riziv}\nAfgeleverd op {date.nl}\n{s.rx}\n"},
    {"be_mise_en_observation", kN, R30::be, R30::be,
     "REQUÊTE EN VUE DE LA MISE EN OBSERVATION (loi du 26 juin 1990)\nJustice de paix du canton de Schaerbeek - R.G. n° {case.be}\nPersonne concernée : {pt.reg}\n"
     "née/né le {dob.dmy} ({age} ans), domiciliée {addr}\nNISS : {nid}\nRequérant : {hon.kin} {kin.full}, {phone}\nRapport médical circonstancié du {date.fr} par le Dr {s1.full}\n"},
    {"be_eurotransplant_offer", kN, R30::be, R30::be,
     "ORGAN OFFER LOG - TRANSPLANT COORDINATION LEUVEN\n{date.dmy} {tm} offer kidney (donor 10xxxx, DBD, 54 y)\nRecipient: {pt.full}, ET-nr {tx}\n"
     "{s.dial}\n{tm} recipient called on {phone.intl}, arriving by car, plate {plate}\nCoordinator: {s3.full}\n"},
    {"be_donneuse_ovocytes", kN, R30::be, R30::be,
     "CENTRE DE PROCRÉATION MÉDICALEMENT ASSISTÉE - DON D'OVOCYTES\nCode donneuse : {donor}\nReceveuse : {pt.full}, NISS {nid}\nE-mail : {email}\n"
     "{s.ivf}\nDate du transfert : {date.dmy}\nGynécologue : Dr {s1.full}\n"},
    // --- Lithuania ---
    {"lt_kompensuojamas_receptas", kN, R30::lt, R30::lt,
     "KOMPENSUOJAMŲJŲ VAISTŲ RECEPTAS\nPacientas: {pt.full}\nAsmens kodas: {nid}\nGimimo data: {dob.iso}\nAdresas: {addr}\n"
     "Vaistas: Insulinum glarginum 100 V/ml; 80 %\nGydytojas: {s1.full}, spaudo Nr. {reg}\nIšrašymo data: {date.lt}\n"},
    {"lt_krizes_planas", kN, R30::lt, R30::lt,
     "PSICHIKOS SVEIKATOS CENTRAS - KRIZĖS VALDYMO PLANAS\nPacientas: {pt.inv}\nAmžius: {age} m.\nTel.: {phone}\nArtimasis: {kin.full} ({rel}), {phone.intl}\n{s.mh}\n"
     "Psichiatras: {doc.s1} {s1.full}\nData: {date.lt}\n"},
    {"lt_kraujo_donoras", kN, R30::lt, R30::lt,
     "NACIONALINIS KRAUJO CENTRAS - DONORO KORTELĖ\n{pt.UP}\nDonoro Nr. {donor}\nGimimo data {dob.iso}\nKraujo grupė A Rh+\n{s.bb}\nPaskutinė donacija {date.iso}\n"},
    // --- Slovakia ---
    {"sk_lekaren_vydaj", kN, R30::sk, R30::sk,
     "LEKÁREŇ - VÝDAJ NA RECEPT\nPacient: {pt.full}\nRodné číslo: {nid}\nVek: {age} rokov\nPoisťovňa: VšZP, číslo karty {ins}\nAdresa: {addr}\n"
     "Predpisujúci lekár: {doc.s1} {s1.full}\nVydané: {date.skdot}\n{s.rx}\n"},
    {"sk_implantat_pas", kN, R30::sk, R30::sk,
     "IMPLANTÁTOVÝ PAS - ZUBNÁ AMBULANCIA\nMeno a priezvisko: {pt.full}\nDátum narodenia: {dob.skdot}\nZub {tooth}: implantát {implant}\n"
     "Dátum implantácie: {date.sk}\nOšetrujúci lekár: {doc.s1} {s1.full}\nTel. ambulancie {phone}\n{s.dent}\n"},
    {"sk_dialyza_preprava", kN, R30::sk, R30::sk,
     "DIALYZAČNÉ STREDISKO - PREPRAVA PACIENTA\nPacient: {pt.reg}\nRČ: {nid}\nBydlisko: {town}\nVlastné auto, EČV {plate}\nKontakt: {kin.full}, {phone.intl}\n{s.dial}\n"},
    // --- Bulgaria ---
    {"bg_zelena_recepta", kN, R30::bg, R30::bg,
     "РЕЦЕПТУРНА БЛАНКА ЗА ЛЕКАРСТВА, СЪДЪРЖАЩИ НАРКОТИЧНИ ВЕЩЕСТВА (зелена)\nПациент: {pt.nat}\nЕГН: {nid}\nВъзраст: {age} г.\nАдрес: {addr}\n"
     "Rp. Tramadol 100 mg, N 30\nЛекар: д-р {s1.nat}, УИН {reg}\nДата: {date.bgdot}\n"},
    {"bg_hla_report", kN, R30::bg, R30::bg,
     "ALEXANDROVSKA UNIVERSITY HOSPITAL - HLA LABORATORY REPORT\nRecipient: {pt.full}    ЕГН {nid}\nWaiting list No. {tx}\nPotential donor: {kin.full} ({rel})\n"
     "{s.dial}\nReport date: {date.bgdot}\nSigned: д-р {s2.full}\n"},
    {"bg_viber_optika", kL, R30::bg, R30::bg,
     "viber {date.dm}\n{pt.lowgiven}: здравейте, готови ли са очилата на {kin.low}?\nоптика: да, може да минете след 17 ч. телефон {phone}\n"},
    // --- Croatia ---
    {"hr_ljekarna_erecept", kN, R30::hr, R30::hr,
     "LJEKARNA - ISPIS E-RECEPTA\nPacijent: {pt.full}\nOIB: {nid}\nMBO: {ins}\nAdresa: {addr}\nLiječnik: dr. med. {s1.full}\nIzdano: {date.hrdot}\n{s.rx}\n"},
    {"hr_prisilni_smjestaj", kN, R30::hr, R30::hr,
     "OBAVIJEST OPĆINSKOM SUDU - PRISILNI SMJEŠTAJ\nBroj predmeta: {case.hr}\nOsoba: {pt.full}, rođena/rođen {dob.hr}, OIB {nid}\nDob: {age} god.\nPrebivalište: {addr}\n"
     "Zaprimljen(a) {date.hrdot} u {tm}\n{s.mh}\nDežurni psihijatar: dr. med. {s1.full}\nObitelj: {kin.full}, {phone}\n"},
    {"hr_mpo_obrazac", kN, R30::hr, R30::hr,
     "MEDICINSKI POTPOMOGNUTA OPLODNJA - PRISTANAK\nPacijentica/pacijent: {pt.full}, OIB {nid}\nPartner: {kin.full}\nE-pošta: {email}\nMobitel: {phone}\n{s.ivf}\nZagreb, {date.hr}\n"},
    // --- Tunisia ---
    {"tn_ordonnance_bilingue", kN, R30::tn, R30::tn,
     "Dr {s1.full} - الدكتور {s1.nat}\nPsychiatre - طبيب نفساني\nTunis, le {date.fr}\n{hon.pt} {pt.full}\nCNAM : {ins}\n"
     "1) Sertraline 50 mg : 1 cp le matin\n2) Alprazolam 0,25 mg : 1/2 cp le soir\nTél. du cabinet : {phone}    Fax : {fax}\n"},
    {"tn_cnts_donneur", kN, R30::tn, R30::tn,
     "CENTRE NATIONAL DE TRANSFUSION SANGUINE - CARTE DE DONNEUR\nNom et prénom : {pt.UP}\nالاسم واللقب: {pt.nat}\nN° donneur : {donor}\nCIN : {nid}\n"
     "Date de naissance : {dob.dmy}\n{s.bb}\nDernier don : {date.tnar}\n"},
    {"tn_hemodialyse_chat", kL, R30::tn, R30::tn,
     "whatsapp {date.dm}\n{kin.lowgiven}: bonjour docteur, {pt.low} 3andou {age} sna w ma ynajjemch yji lel dialyse ghodwa\n"
     "{s2.lowgiven}: 9olli 9bal 10h, telephone {phone}\n"},
    // --- capitals and more styles ---
    {"ug_ocr_donor_card", kU, R30::ug, R30::ug,
     "[OCR scan - uganda blood transfusion service donor card, smudged]\nUBTS D0NOR CARD  Nr. {donor}\nNAME: {pt.full}\nD.O.B {dob.dmy}  GRP O+\nTEL {phone}\n{s.bb}\n"},
    {"be_csv_dialysis_export", kN, R30::be, R30::be,
     "patient_id;naam;geboortedatum;insz;tel;sessie;kt_v\n{mrn};\"{pt.inv}\";{dob.compact};{nid};{phone};{date.iso};1.38\n"
     "{mrn};\"{kin.inv}\";{dob.compact};;{phone.intl};{date.iso};1.41\n"},
    {"us_json_prep_telehealth", kN, R30::us, R30::dr,
     "{lb}\"visit\":\"prep-follow-up\",\"patient\":\"{pt.full}\",\"dob\":\"{dob.compact}\",\"mrn\":\"{mrn}\",\"phone\":\"{phone.nat}\",\"email\":\"{email}\","
     "\"ip\":\"{ip}\",\"room\":\"{url.prep}\",\"partner_dr\":\"{x1.full}\",\"partner_phone\":\"{xphone.intl}\"{rb}\n"},
    {"kz_ocr_lens_card", kU, R30::kz, R30::kz,
     "[OCR] КАРТА ИМПЛАНТАЦИИ ИОЛ / IOL CARD\nПАЦИЕНТ: {pt.nat}\nИИН {nid}\nSERIAL {iol}\nДАТА ОПЕРАЦИИ {date.dot}\nХИРУРГ {s1.nat}\n"},
    // --- more styles: a hearing notice, a plasma centre, registers, lab slips, e-mails, voicemails, OCR ---
    {"us_commitment_hearing_notice", kN, R30::us, R30::us,
     "STATE OF NEW JERSEY - NOTICE OF HEARING ON TEMPORARY COMMITMENT\nIn the matter of {pt.UP}    Docket No. {case}\nDate of birth: {dob.long}\n"
     "Last known address: {usaddr}\nA hearing will be held on {next.long} at 9:30 a.m. at the county courthouse.\n"
     "Screening certificate by {s1.full}, MD; clinical certificate by {s2.full}, MD\nAssigned counsel: {s4.full}, Office of the Public Defender, {phone.nat}\n"
     "Copy to: {kin.full} ({rel})\n"},
    {"us_plasma_donor_profile", kN, R30::us, R30::us,
     "PLASMA CENTER - DONOR PROFILE\nDonor ID: {donor}\nName: {pt.inv}\nDOB: {dob.mdy}\nID presented: driver's license {dl}\nAddress: {usline} {zip}\n"
     "Phone: {ph7}    Alt: {phone.nat}\nSSN (last 4 on file only): ***-**-{last4}\nDonation 112 on {date.mdy}: 880 mL, fingerprint verified\n{s.bb}\n"},
    {"be_verdovende_register", kN, R30::be, R30::be,
     "ZIEKENHUISAPOTHEEK - REGISTER VERDOVENDE MIDDELEN (morfine 10 mg/ml)\nDatum | Patiënt | Afdeling | Voorschrijver | Afgeleverd | Saldo\n"
     "{date.dmy} | {pt.inv} | palliatieve zorg | Dr. {s1.ini} | 5 amp. | 37\n{date.dmy} | {kin.inv} | geriatrie | Dr. {s2.ini} | 2 amp. | 35\n"
     "Nagekeken: apr. {s3.full}\n"},
    {"hr_zubotehnicki_nalog", kN, R30::hr, R30::hr,
     "ZUBOTEHNIČKI NALOG\nOrdinacija dentalne medicine: dr. med. dent. {s1.full}, tel. {phone}\nPacijent: {pt.ini}\n"
     "Rad: cirkonijska krunica na {tooth}, boja A3, rok izrade {next.hrdot}\n{s.dent}\n"},
    {"lt_kontaktiniu_lesiu_receptas", kN, R30::lt, R30::lt,
     "KONTAKTINIŲ LĘŠIŲ RECEPTAS\nPacientas: {pt.full}\nGimimo data: {dob.iso}\nTel.: {phone}\n{s.eye}\nOptometristas: {s2.full}\nData: {date.iso}\n"},
    {"dr_voicemail_farmacia", kN, R30::dr, R30::dr,
     "BUZÓN DE VOZ - FARMACIA (transcripción automática) {date.dmy} {tm}\n\"buenas, le habla {pt.full}, cédula {nid}, es para saber si ya llegó la "
     "insulina que pedí... mi {rel} {kin.given} la va a buscar, llámenos al {phone}, gracias\"\n"},
    {"tn_email_fiv", kN, R30::tn, R30::tn,
     "De : {semail}\nÀ : {email}\nObjet : Confirmation de votre ponction ovocytaire\n\nMadame, Monsieur,\n"
     "Nous confirmons pour {hon.pt} {pt.full} et {kin.full} la ponction le {next.fr} à 8 h. Merci d'être à jeun.\n"
     "Vos documents sont sur le portail : {url.ivf}\n{s.ivf}\nDr {s1.full}, Centre de PMA\n"},
    {"kz_ocr_crossmatch", kN, R30::kz, R30::kz,
     "[OCR, скан, качество низкое]\nНАПРАВЛЕНИЕ НА ИНДИВИДУАЛЬНЫЙ П0ДБ0Р КРОВИ\nФ.И.0. пациента: {pt.nat}\nИ1Н: {nid}\nДата рожд.: {dob.dot}\n"
     "0тделение: гемодиализ, палата 4\nТел. родственника: {ocrphone}\n{s.bb}\nВрач: {s1.nat}    {date.dot}\n"},
    {"kr_organ_donor_registry", kN, R30::kr, R30::kr,
     "KURDISTAN REGION - ORGAN DONOR REGISTRY CARD\nDonor registry No.: {donor}\nName: {pt.full}\nناو: {pt.nat}\nNational Card: {nid}\n"
     "Address: {addr}\nMobile: {phone}\nRegistered {date.dmy}; family informed: {kin.full} ({rel})\n"},
    {"ug_prep_sms_reminders", kL, R30::ug, R30::ug,
     "sms log - prep clinic {date.dmy}\nto {phone}: hello {pt.lowgiven}, your prep refill is due on {next.dm}. clinic no {clinic.gum}\n"
     "from {phone}: thank you nurse {s3.lowgiven}, i will come with {kin.low}\n"},
    {"ec_ocr_hoja_dialisis", kN, R30::ec, R30::ec,
     "[escaneo OCR - hoja de hemodiálisis, manchada]\nPac1ente: {pt.UP}\nCédu1a: {nid}\nFecha: {date.dmy}\nTeléf0no: {ocrphone}\n{s.dial}\nEnf.: {s3.full}\n"},
    {"be_ivf_witnessing_log", kN, R30::be, R30::be,
     "IVF-LABORATORIUM - WITNESSING LOG (dubbele controle)\nKoppelcode: {clinic}\nVrouw: {pt.inv}, INSZ {nid}\nPartner: {kin.inv}\n"
     "{date.dmy} {tm} eicelpunctie - labels gecontroleerd door {s2.full} en {s3.full}\n{date.dmy} {tm} ICSI - {s2.ini} / {s4.ini}\n{s.ivf}\n"},
    {"lt_metadono_kortele", kN, R30::lt, R30::lt,
     "PRIKLAUSOMYBĖS LIGŲ CENTRAS - PAKAITINIO GYDYMO METADONU KORTELĖ\nPacientas: {pt.full}\nAsmens kodas: {nid}\nKortelės Nr. {clinic.ost}\n"
     "{date.iso} metadonas 70 mg, išdavė {s2.full}\n{date.iso} metadonas 75 mg, išdavė {s3.full}\n{s.rx}\nGydytojas psichiatras: {s1.full}\n"},
    {"us_cii_perpetual_inventory", kN, R30::us, R30::us,
     "C-II PERPETUAL INVENTORY - OXYCODONE 5 MG TAB (NDC 0406-0552-01)\nDate | Rx# | Patient | Prescriber (DEA) | Qty out | Balance\n"
     "{date.md} | {rx} | {pt.last}, {pt.given} | {s1.ini} (DEA BK4{last4}21) | 30 | 412\n{date.md} | {rx} | {kin.UP} | {s2.ini} (DEA FM2{last4}77) | 20 | 392\n"
     "Counted by {s3.full}, CPhT; verified by {s4.full}, RPh\n"},
    {"ci_whatsapp_planning", kL, R30::ci, R30::ci,
     "whatsapp {date.dm}\n{pt.lowgiven}: bonsoir {s3.lowgiven}, c'est {pt.low}, mon implant me gratte depuis hier\n"
     "{s3.lowgiven}: passe au centre demain matin ma fille. ton numéro a changé? c'est {phone}?\n"},
    // --- without PHI ---
    {"no_phi_dispensing_guide", kN, R30::us, R30::us, "DISPENSING CHECKLIST\n{s.rx}\n{s.rx}\nTwo-identifier check at hand-out; counsel on first fill.\n"},
    {"no_phi_lens_table", kN, R30::ec, R30::ec, "CONTACT LENS FITTING TABLE\n{s.eye}\n{s.eye}\nVertex correction above +/-4.00 D.\n"},
    {"no_phi_tooth_chart", kN, R30::sk, R30::sk, "FDI TOOTH CHART KEY\n18-11 | 21-28\n48-41 | 31-38\n{s.dent} {s.dent}\n"},
    {"no_phi_hla_panel", kN, R30::bg, R30::bg, "HLA TYPING PANEL - QUALITY CONTROL RUN\n{s.dial}\n{s.dial}\nEFI accreditation standards v8.1.\n"},
    {"no_phi_blood_inventory", kU, R30::tn, R30::tn, "BLOOD BANK INVENTORY 06:00\n{s.bb}\nO NEG 14 UNITS, A POS 32, PLATELETS 9 POOLS, FFP 41.\n"},
    {"no_phi_dialysate_protocol", kN, R30::kz, R30::kz, "DIALYSATE PRESCRIPTION PROTOCOL\n{s.dial}\n{s.dial}\nWater: AAMI 13959, endotoxin under 0.25 EU/mL.\n"},
    {"no_phi_ost_protocol", kN, R30::sn, R30::sn, "OPIOID SUBSTITUTION - INDUCTION PROTOCOL\n{s.rx}\n{s.mh}\nDay 1 maximum 40 mg; increase by 5-10 mg every 3-5 days.\n"},
    {"no_phi_ivf_lab_qc", kN, R30::hr, R30::hr, "EMBRYOLOGY LAB - DAILY QC\n{s.ivf}\n{s.ivf}\nIncubator CO2 6.0%, O2 5.0%, 37.0 °C; pH 7.28.\n"},
    {"no_phi_phq9_scale", kN, R30::lt, R30::lt, "PHQ-9 SCORING\n0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.\n{s.mh}\n"},
    {"no_phi_cd_register_audit", kN, R30::be, R30::be, "CONTROLLED DRUG REGISTER - MONTHLY AUDIT\n{s.rx}\nDiscrepancies: 0; ampoules destroyed: 3 (witnessed); next audit in 30 days.\n"},
    {"no_phi_dental_lab_codes", kN, R30::cu, R30::cu, "DENTAL LAB PRICE LIST 2025\nCrown PFM 11-48: code DL-214; zirconia: DL-220; implant abutment: DL-305.\n{s.dent}\n"},
    {"no_phi_plasma_eligibility", kN, R30::us, R30::us, "PLASMA DONOR ELIGIBILITY\nAge 18-69; weight 110 lb or more; total protein 6.0-9.0 g/dL; at most 2 donations in 7 days.\n{s.bb}\n"},
    {"no_phi_prep_protocol", kN, R30::ug, R30::ug, "PrEP PROTOCOL v4.1\n{s.sh}\n{s.sh}\nEvent-driven 2-1-1 dosing for MSM only.\n"},
};

// Templates whose patient is a woman (egg retrieval, oocyte donation, a contraceptive implant, a
// maternity ward): when the household's patient is a man, the note is about a woman of it instead.
constexpr std::string_view kWomenOnly30[] = {"kr_ivf_consent",     "be_donneuse_ovocytes", "ci_planification_familiale",
                                             "ci_whatsapp_planning", "be_ivf_witnessing_log", "kh_ivf_telegram",
                                             "tn_email_fiv",       "us_fertility_voicemail", "kh_crossmatch_slip"};

bool womenOnly30(std::string_view name) {
  for (std::string_view w : kWomenOnly30) {
    if (w == name) return true;
  }
  return false;
}

// The cast with a woman as the patient: the relative if she is one (they change places), or else
// a woman drawn for this note.
void makeWoman30(Cast30& c, Random& r) {
  if (c.pt.female) return;
  if (c.kin.female) {
    std::swap(c.pt, c.kin);
    c.rel = r.next() % 6 + 6;  // the man is now the relative
    return;
  }
  Person30 w = person30(r, c.region);
  for (int tries = 0; tries < 24 && !w.female; ++tries) w = person30(r, c.region);
  if (w.female) c.pt = w;
}

}  // namespace

std::size_t thirtiethTemplateCount() { return std::size(kTemplates30); }

std::string_view writeThirtiethNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Template30& t = kTemplates30[choice % std::size(kTemplates30)];
  Cast30 cast = makeCast30(seed, patientIndex, t.region);
  if (womenOnly30(t.name)) makeWoman30(cast, builder.random());
  Ctx30 x{builder, cast, t.mode, t.abroad, {}};
  for (Person30& p : x.away) p = person30(builder.random(), t.abroad);
  expand30(x, t.pattern);
  return t.name;
}

std::string thirtiethSentence(Random& r) { return sentence30(r, {}); }

}  // namespace concord::phi::corpus
