// The thirty-second family (kThirtySecondSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is hospital administration, the revenue cycle, patient services and
// governance: what billing offices, cashiers, claims and prior-authorisation desks, collections
// agents, admissions and bed-management clerks, patient-transport dispatchers, interpreter services,
// chaplains and social workers, patient-safety and complaints officers, ombudsmen, medical-records
// and legal departments, mortuary staff, security guards and car-park offices, portal help desks
// and medical-staff offices write about patients, from Afghanistan (Dari and Pashto in Arabic
// script, Dari in transliteration, Solar Hijri dates), Syria (Arabic, French, Arabizi in chats),
// Madagascar (Malagasy, French),
// Mozambique (Portuguese), Zambia, Zimbabwe, Rwanda (Kinyarwanda, French, English), Cameroon
// (French, English), Paraguay (Spanish, Guaraní), Uruguay, Costa Rica, Panama, Belarus (Belarusian
// and Russian Cyrillic, transliteration), Azerbaijan (Azerbaijani Latin), Estonia, Latvia,
// Slovenia, Iceland, Luxembourg (French, Luxembourgish), Laos (Lao script and transliteration) and
// the US.
// Document styles: itemised statements and invoices (self-pay and foreign patients, with the
// hospital's own bank details and tax numbers as look-alikes), deposit and payment receipts (some
// OCR'd), payment plans and collection letters, claims (an X12 837 and an 835 remittance with
// YYYYMMDD dates), EOBs, prior-authorisation faxes and denials, registration and pre-admission
// forms, bed boards, transport bookings, interpreter bookings, chaplaincy and social-work
// referrals, incident reports, complaints and ombudsman letters, records-release and legal-hold
// notices, mortuary release forms, valuables and lost-property logs (phones by IMEI, hearing aids
// by serial), car-park permits and security logs (plates), visitor logs, portal tickets (IPv4 and
// IPv6, links), credentialing letters, CSV exports, e-mails, SMS and chats in lower case; and
// notes without PHI full of amounts, tariff, DRG, CPT and ICD-10 codes, cost centres, wards, beds,
// rooms, times, batch numbers, clause numbers, the facility's own registration numbers, bank
// accounts and public office addresses.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("Tazkira: ", "CI N°: ",
//    "isikukood ", "kennitala: ", "EMŠO: ", "FİN: ", "Личный номер: "), CSV separators, X12
//    element separators, quotes and trailing punctuation are outside.
//  * Names: titles and forms of address before a name ("Dr.", "Dra.", "Sr.", "Sra.", "don",
//    "doña", "Lic.", "Lcda.", "Enf.", "Mme", "M.", "Mrs", "Mr", "Ramatoa", "Andriamatoa", "pr",
//    "hr", "gospa", "gospod", "Nang", "Thao", "ນາງ", "ທ້າວ", "ທ່ານໝໍ", "محترمه", "محترم", "داکتر",
//    "السيدة", "السيد", "د.", "спадарыня", "спадар", "урач", "Sister", "nurse", kin words in chats:
//    "ambuya", "sekuru", "ba", "abuela", "abuelo", "grandma", "grandpa") are outside; so are
//    honorifics after a name (Azerbaijani "xanım" and "bəy", Latvian "kundze" and "kungs") and
//    credentials (", RN", ", CPC", ", CRCR", ", LCSW", ", CPHRM", ", CHPS", ", BCC", ", CMI", ", RHIA", ", MBA"). A name
//    written in one piece is one span in the order the record writes it: Spanish two surnames
//    ("María Liz Benítez Ortiz", "BENÍTEZ ORTIZ, María Liz"), the Kinyarwanda name first
//    ("UWIMANA Claudine", "NIYONZIMA Jean Bosco"), Malagasy long names in register order
//    ("RAKOTOMALALA Hery Andry"), Belarusian and Azerbaijani forms with the patronymic
//    ("Каваленка Алена Іванаўна", "Məmmədova Aynur Rauf qızı"), Icelandic given name and patronymic ("Guðrún Jónsdóttir"), Latvian feminine surnames,
//    Syrian given, father's and family name, Afghan names with "walad-e" (son of) or "bint-e"
//    (daughter of) as one span ("Ahmad Zia walad-e Abdul Rahim"), a father's name alone, Dari,
//    Pashto, Arabic, Lao and Cyrillic script (no ASCII capitals: these count as lower-case names),
//    capitals, lower case, inverted, initials; a given name alone is a name,
//    and so is a family name or a given name on a line of its own (a form's "Priimek:" and "Ime:"
//    lines, X12 NM1 and CSV fields: one span each).
//  * Everyone named is PHI: patients, relatives, guarantors, visitors, the deceased, funeral
//    directors who collect them, and hospital staff (nurses, doctors, clerks, chaplains, guards).
//  * Dates: the date only; a time after it is outside. Every form is a date: US, ISO, YYYYMMDD in
//    X12 and CSV, day/month and month/day in chats, dots, slashes, dashes, the Latvian closing dot
//    and the Russian and Belarusian "г." outside; Solar Hijri dates of Afghanistan ("1402/12/24",
//    "24 حوت 1402", "24 Hut 1402") with ASCII digits; month names in Arabic ("15 آذار 2024"),
//    French, Portuguese and Spanish ("15 de março de 2024", one span), Malagasy, Kinyarwanda,
//    Guaraní, Russian, Belarusian, Azerbaijani, Estonian, Latvian ("2024. gada 15. marts", one
//    span), Slovenian, Icelandic, Luxembourgish and Lao. Not PHI: years alone, months of a
//    statement period ("03/2024"), times, due periods ("30 days"), policy clause and article
//    numbers, tariff codes, amounts.
//  * Ages: a span only over 89, the number only ("93" of "93 ans", "93 años", "93 лет", "93 yaş",
//    "93 ára", "93 aastat") or its English words in chats ("ninety-three"); a relative's age over 89
//    too.
//  * Phones: every phone number written is a phone span, national and international, seven-digit
//    Icelandic, Panamanian and US local numbers; numbers labelled fax are "fax".
//  * Identifiers (following the earlier families: identity-card numbers and passports are
//    "license", civil personal numbers that key a person's records are "mrn", insurance and scheme
//    numbers "health_plan", bills, invoices, claims, accounts and court case numbers "account"):
//    - "mrn": hospital numbers; the Estonian isikukood, Latvian personas kods, Slovenian EMŠO,
//      Icelandic kennitala, Luxembourg matricule (also the CNS number), Belarusian identification
//      number (личный номер), Azerbaijani FIN and the Syrian national number (الرقم الوطني).
//    - "license": identity cards and passports: Afghan e-Tazkira, Syrian identity card, Malagasy CIN,
//      Mozambican BI, Zambian NRC ("123456/78/1"), Zimbabwean national ID ("63-123456-X-42"),
//      Rwandan 16-digit national ID, Cameroonian CNI, Paraguayan CI, Uruguayan cédula with its check
//      digit ("4.123.456-7"), Costa Rican cédula ("1-1234-0567"), Panamanian cédula ("8-123-456"),
//      Lao ID card, the Belarusian, Azerbaijani, Estonian, Latvian and Slovenian identity-card
//      numbers where a personal number exists apart from them; every passport; the Mozambican NUIT
//      (JUDGEMENT CALL: a personal tax number, as the twenty-eighth family's RNOKPP); a named
//      doctor's registration number.
//    - "health_plan": US MBI and member ids, NHIMA, CIMAS and PSMAS, RSSB and Mutuelle de santé,
//      CNaPS and OSTIE (JUDGEMENT CALL: CNaPS is social insurance that pays care), INSS of
//      Mozambique, IPS of Paraguay, FONASA/mutualista affiliations, CCSS and INS policies, CSS of
//      Panama, Azerbaijani compulsory insurance, the Slovenian ZZZS card, the EHIC, CMCM, Lao NHI,
//      private policies and voluntary insurance.
//    - "account": invoice, bill, receipt and statement numbers of one patient, hospital accounts,
//      claim numbers and ICNs, prior-authorisation reference numbers (JUDGEMENT CALL: one person's
//      request), payment-plan and collection references, a patient's or guarantor's bank account
//      and IBAN, court and ombudsman case numbers, complaint and incident numbers about one
//      patient, a refugee's UNHCR case number (JUDGEMENT CALL: a case number about one person).
//    - "ssn": US SSNs, with or without dashes.
//    - "device": a patient's own devices in a valuables or lost-property log (a phone's IMEI, a
//      hearing aid's or insulin pump's serial, the "S/N " outside); a rented home device's serial on
//      an invoice. Not PHI: the hospital's asset tags, batch numbers, wheelchair fleet numbers.
//    - "vehicle": plates and VINs of a patient's or visitor's car. Not PHI: ambulance fleet
//      numbers and the hospital's own vans.
//    - A named provider's NPI in an X12 claim is "license", like a named doctor's registration.
//    - Not PHI: the hospital's own IBAN, tax and registration numbers, tariff, DRG, CPT and
//      ICD-10 codes, cost centres, ward, bed and room numbers, amounts, batch numbers, clause
//      numbers, public office addresses of ombudsmen and insurers, X12 control numbers and payer
//      ids, employer group numbers, the last four digits of an SSN alone, and the serials of
//      passes (visitor badges, parking permits, gate passes: JUDGEMENT CALL, numbers of a pass
//      printed for a visit, like a valuables envelope's serial, not of a person).
//  * Addresses: every street address of a person is an "address" span in the country's order with
//    flat, house, district and postcode inside when on the same line (Costa Rican directions from a
//    landmark, "de la iglesia 200 m sur", are inside); a village or town alone where a person lives
//    is an address; a US ZIP is its own "zip" span. Facilities named without a street are not PHI.
//  * URLs are one span with path and query; e-mails one span each; IPv4 and IPv6 of a person's
//    portal session are "ip".
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_thirty_second_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>

namespace concord::phi::corpus {

namespace {

enum class G32 { us, af, sy, mg, mz, zm, zw, rw, cm, py, uy, cr, pa, by, az, ee, lv, si, is, lu, la };
constexpr std::size_t kRegions32 = 21;

// POOLS-BEGIN
// Hand-written pools: a Latin spelling, the country's own script where it has one, and a woman's
// form where the family name or patronymic has one. The first four given names are women's.
struct N32 {
  std::string_view lat, nat = {}, latF = {}, natF = {};
};
constexpr N32 kGUs[] = {{"Tamika"}, {"Heather"}, {"Consuelo"}, {"Brianna"}, {"Darnell"}, {"Cody"}, {"Wendell"}, {"Trevor"}};
constexpr N32 kFUs[] = {{"Kowalczyk"}, {"Pettigrew"}, {"Villarreal"}, {"Haugen"}, {"Broussard"}, {"Yazzie"}, {"Abernathy"}, {"Tran-Nguyen"}};
constexpr N32 kGAf[] = {{"Zarghona", "زرغونه"}, {"Freshta", "فرشته"}, {"Mursal", "مرسل"}, {"Parwana", "پروانه"},
                        {"Ahmad Zia", "احمد ضیا"}, {"Mohammad Nasir", "محمد ناصر"}, {"Gul Agha", "گل آغا"}, {"Hamidullah", "حمیدالله"}};
constexpr N32 kFAf[] = {{"Ahmadzai", "احمدزی"}, {"Popal", "پوپل"}, {"Sultani", "سلطانی"}, {"Hashimi", "هاشمی"}, {"Rahimi", "رحیمی"}, {"Noorzai", "نورزی"}};
constexpr N32 kPAf[] = {{"Abdul Rahim", "عبدالرحیم"}, {"Gul Mohammad", "گل محمد"}, {"Nazar", "نظر"}, {"Sayed Jan", "سید جان"}};
constexpr N32 kGSy[] = {{"Rima", "ريما"}, {"Lama", "لمى"}, {"Hala", "هالة"}, {"Nour", "نور"}, {"Khaled", "خالد"}, {"Omar", "عمر"}, {"Bassel", "باسل"}, {"Fadi", "فادي"}};
constexpr N32 kFSy[] = {{"Haddad", "حداد"}, {"Al-Hamwi", "الحموي"}, {"Kurdi", "كردي"}, {"Sabbagh", "صباغ"}, {"Khoury", "خوري"}, {"Darwish", "درويش"}};
constexpr N32 kPSy[] = {{"Mahmoud", "محمود"}, {"Yousef", "يوسف"}, {"Ahmad", "أحمد"}, {"Samir", "سمير"}};
constexpr N32 kGMg[] = {{"Voahangy"}, {"Lalao"}, {"Hanitra"}, {"Fanja"}, {"Hery Andry"}, {"Tojo"}, {"Fidy"}, {"Rivo"}};
constexpr N32 kFMg[] = {{"Rakotomalala"}, {"Randrianarisoa"}, {"Razafindrakoto"}, {"Andriamanantena"}, {"Rasolofonirina"}, {"Ravelojaona"}};
constexpr N32 kGMz[] = {{"Ana Maria"}, {"Celeste"}, {"Graça"}, {"Albertina"}, {"Armando"}, {"Lourenço"}, {"Fernando"}, {"Ernesto"}};
constexpr N32 kFMz[] = {{"Cossa"}, {"Macuácua"}, {"Sitoe"}, {"Mondlane"}, {"Nhantumbo"}, {"Tembe"}, {"Langa"}, {"Muianga"}};
constexpr N32 kGZm[] = {{"Chanda"}, {"Mutinta"}, {"Bwalya"}, {"Natasha"}, {"Mwape"}, {"Chileshe"}, {"Mulenga"}, {"Lubinda"}};
constexpr N32 kFZm[] = {{"Banda"}, {"Mwansa"}, {"Phiri"}, {"Zulu"}, {"Tembo"}, {"Mumba"}, {"Chilufya"}, {"Hamoonga"}};
constexpr N32 kGZw[] = {{"Tendai"}, {"Rufaro"}, {"Chipo"}, {"Nyasha"}, {"Tatenda"}, {"Farai"}, {"Tinashe"}, {"Kudakwashe"}};
constexpr N32 kFZw[] = {{"Moyo"}, {"Ncube"}, {"Chikwanha"}, {"Dube"}, {"Mutasa"}, {"Sibanda"}, {"Makoni"}, {"Gumbo"}};
constexpr N32 kGRw[] = {{"Claudine"}, {"Aline"}, {"Divine"}, {"Chantal"}, {"Jean Bosco"}, {"Emmanuel"}, {"Eric"}, {"Théoneste"}};
// Kinyarwanda names are a person's own, not a family's: a man's and a woman's.
constexpr N32 kFRw[] = {{"Niyonzima", "", "Mukamana"}, {"Habimana", "", "Uwimana"}, {"Mugisha", "", "Uwase"},
                        {"Nshimiyimana", "", "Ingabire"}, {"Hakizimana", "", "Uwamahoro"}, {"Ndayisaba", "", "Mukeshimana"}};
constexpr N32 kGCm[] = {{"Marie-Claire"}, {"Brigitte"}, {"Prudence"}, {"Nadège"}, {"Jean-Paul"}, {"Serge"}, {"Achille"}, {"Hervé"}};
constexpr N32 kFCm[] = {{"Mbarga"}, {"Fotso"}, {"Nkongho"}, {"Tchoupo"}, {"Ngo Biyong"}, {"Essomba"}, {"Nana"}, {"Abena"}};
constexpr N32 kGPy[] = {{"Lourdes"}, {"Liz Carolina"}, {"Rossana"}, {"Griselda"}, {"Derlis"}, {"Osvaldo"}, {"Hugo César"}, {"Nelson"}};
constexpr N32 kFPy[] = {{"Benítez"}, {"Giménez"}, {"Villalba"}, {"Ayala"}, {"Cáceres"}, {"Duarte"}, {"Báez"}, {"Ortiz"}};
constexpr N32 kGUy[] = {{"Florencia"}, {"Valentina"}, {"Lucía"}, {"Natalia"}, {"Martín"}, {"Gonzalo"}, {"Sebastián"}, {"Diego"}};
constexpr N32 kFUy[] = {{"Rodríguez"}, {"Pereira"}, {"Fernández"}, {"Techera"}, {"Olivera"}, {"Sosa"}, {"Suárez"}, {"De León"}};
constexpr N32 kGCr[] = {{"Ana Lucía"}, {"Yorleny"}, {"Marianela"}, {"Hazel"}, {"Randall"}, {"Esteban"}, {"Greivin"}, {"Minor"}};
constexpr N32 kFCr[] = {{"Vargas"}, {"Jiménez"}, {"Mora"}, {"Solís"}, {"Chaves"}, {"Quesada"}, {"Arias"}, {"Araya"}};
constexpr N32 kGPa[] = {{"Yariela"}, {"Itzel"}, {"Anayansi"}, {"Katherine"}, {"Rolando"}, {"Édgar"}, {"Abdiel"}, {"Julio César"}};
constexpr N32 kFPa[] = {{"González"}, {"Batista"}, {"Castillo"}, {"Pinzón"}, {"Samaniego"}, {"Him"}, {"Quintero"}, {"Saldaña"}};
constexpr N32 kGBy[] = {{"Alena", "Алена"}, {"Volha", "Вольга"}, {"Natallia", "Наталля"}, {"Iryna", "Ірына"},
                        {"Aliaksandr", "Аляксандр"}, {"Siarhei", "Сяргей"}, {"Andrei", "Андрэй"}, {"Dzmitry", "Дзмітрый"}};
constexpr N32 kFBy[] = {{"Kavalenka", "Каваленка"}, {"Navumchyk", "Навумчык"}, {"Ramanovich", "Рамановіч"},
                        {"Lukashevich", "Лукашэвіч"}, {"Hapanenka", "Гапаненка"}, {"Zhuk", "Жук"}};
constexpr N32 kPBy[] = {{"Ivanavich", "Іванавіч", "Ivanauna", "Іванаўна"}, {"Mikalaevich", "Мікалаевіч", "Mikalaeuna", "Мікалаеўна"},
                        {"Piatrovich", "Пятровіч", "Piatrouna", "Пятроўна"}, {"Uladzimiravich", "Уладзіміравіч", "Uladzimirauna", "Уладзіміраўна"}};
constexpr N32 kGAz[] = {{"Aynur"}, {"Günel"}, {"Səbinə"}, {"Leyla"}, {"Elvin"}, {"Rəşad"}, {"Tural"}, {"Orxan"}};
constexpr N32 kFAz[] = {{"Məmmədov", "", "Məmmədova"}, {"Əliyev", "", "Əliyeva"}, {"Hüseynov", "", "Hüseynova"},
                        {"Quliyev", "", "Quliyeva"}, {"Həsənov", "", "Həsənova"}, {"İsmayılov", "", "İsmayılova"}};
constexpr N32 kPAz[] = {{"Rauf"}, {"Vüqar"}, {"Elçin"}, {"Namiq"}};
constexpr N32 kGEe[] = {{"Kadri"}, {"Triin"}, {"Liis"}, {"Mari-Liis"}, {"Tõnu"}, {"Margus"}, {"Rein"}, {"Priit"}};
constexpr N32 kFEe[] = {{"Tamm"}, {"Saar"}, {"Sepp"}, {"Mägi"}, {"Kask"}, {"Kukk"}, {"Rebane"}, {"Ilves"}};
constexpr N32 kGLv[] = {{"Ilze"}, {"Inese"}, {"Dace"}, {"Līga"}, {"Jānis"}, {"Andris"}, {"Māris"}, {"Edgars"}};
constexpr N32 kFLv[] = {{"Bērziņš", "", "Bērziņa"}, {"Kalniņš", "", "Kalniņa"}, {"Ozols", "", "Ozola"},
                        {"Liepa", "", "Liepa"}, {"Krūmiņš", "", "Krūmiņa"}, {"Zariņš", "", "Zariņa"}};
constexpr N32 kGSi[] = {{"Maja"}, {"Nina"}, {"Špela"}, {"Mojca"}, {"Matej"}, {"Gregor"}, {"Rok"}, {"Boštjan"}};
constexpr N32 kFSi[] = {{"Novak"}, {"Horvat"}, {"Kovačič"}, {"Krajnc"}, {"Zupančič"}, {"Potočnik"}, {"Kos"}, {"Mlakar"}};
constexpr N32 kGIs[] = {{"Guðrún"}, {"Sigríður"}, {"Helga"}, {"Sólveig"}, {"Jón"}, {"Gunnar"}, {"Sigurður"}, {"Ólafur"}};
// Icelandic patronymic stems: a son's and a daughter's (Sigurður: Sigurðsson, Sigurðardóttir).
constexpr N32 kPIs[] = {{"Jóns", "", "Jóns"}, {"Gunnars", "", "Gunnars"}, {"Sigurðs", "", "Sigurðar"}, {"Ólafs", "", "Ólafs"}, {"Einars", "", "Einars"}, {"Magnús", "", "Magnús"}};
constexpr N32 kGLu[] = {{"Claudine"}, {"Nathalie"}, {"Sandy"}, {"Tessy"}, {"Marc"}, {"Jean-Claude"}, {"Luc"}, {"Gilles"}};
constexpr N32 kFLu[] = {{"Schmit"}, {"Weber"}, {"Hoffmann"}, {"Wagner"}, {"Kieffer"}, {"Schroeder"}, {"Thill"}, {"Reuter"}};
constexpr N32 kGLa[] = {{"Phonesavanh", "ພອນສະຫວັນ"}, {"Manivanh", "ມະນີວັນ"}, {"Khamla", "ຄຳລາ"}, {"Vilayvanh", "ວິໄລວັນ"},
                        {"Somphone", "ສົມພອນ"}, {"Bounmy", "ບຸນມີ"}, {"Khamphet", "ຄຳເພັດ"}, {"Sengphet", "ແສງເພັດ"}};
constexpr N32 kFLa[] = {{"Phommachanh", "ພົມມະຈັນ"}, {"Sisouphanh", "ສີສຸພັນ"}, {"Keomany", "ແກ້ວມະນີ"},
                        {"Vongsa", "ວົງສາ"}, {"Inthavong", "ອິນທະວົງ"}, {"Xayavong", "ໄຊຍະວົງ"}};
// POOLS-END

struct Pools32 {
  std::span<const N32> given, family, father;
};

Pools32 pools32(G32 g) {
  switch (g) {
    case G32::us: return {kGUs, kFUs, {}};
    case G32::af: return {kGAf, kFAf, kPAf};
    case G32::sy: return {kGSy, kFSy, kPSy};
    case G32::mg: return {kGMg, kFMg, {}};
    case G32::mz: return {kGMz, kFMz, {}};
    case G32::zm: return {kGZm, kFZm, {}};
    case G32::zw: return {kGZw, kFZw, {}};
    case G32::rw: return {kGRw, kFRw, {}};
    case G32::cm: return {kGCm, kFCm, {}};
    case G32::py: return {kGPy, kFPy, {}};
    case G32::uy: return {kGUy, kFUy, {}};
    case G32::cr: return {kGCr, kFCr, {}};
    case G32::pa: return {kGPa, kFPa, {}};
    case G32::by: return {kGBy, kFBy, kPBy};
    case G32::az: return {kGAz, kFAz, kPAz};
    case G32::ee: return {kGEe, kFEe, {}};
    case G32::lv: return {kGLv, kFLv, {}};
    case G32::si: return {kGSi, kFSi, {}};
    case G32::is: return {kGIs, {}, kPIs};
    case G32::lu: return {kGLu, kFLu, {}};
    case G32::la: return {kGLa, kFLa, {}};
  }
  return {kGUs, kFUs, {}};
}

bool hispanic32(G32 g) { return g == G32::py || g == G32::uy || g == G32::cr || g == G32::pa; }

// A person: Latin spelling and the country's own script (n-prefixed), where it has one.
struct P32 {
  std::string given, family, family2, father;
  std::string nGiven, nFamily, nFather;
  bool female = false;
};

P32 draw32(Random& r, G32 g) {
  const Pools32 p = pools32(g);
  P32 q;
  const std::size_t k = r.next() % p.given.size();
  q.female = k < 4;
  q.given = std::string(p.given[k].lat);
  q.nGiven = std::string(p.given[k].nat);
  if (!p.family.empty()) {
    const N32& f = p.family[r.next() % p.family.size()];
    q.family = std::string(q.female && !f.latF.empty() ? f.latF : f.lat);
    q.nFamily = std::string(f.nat);
    if (hispanic32(g)) {
      const N32& f2 = p.family[r.next() % p.family.size()];
      if (f2.lat != f.lat) q.family2 = std::string(f2.lat);
    }
  }
  if (!p.father.empty()) {
    const N32& fa = p.father[r.next() % p.father.size()];
    if (g == G32::by) {
      q.father = std::string(q.female ? fa.latF : fa.lat);
      q.nFather = std::string(q.female ? fa.natF : fa.nat);
    } else if (g == G32::is) {
      q.family = q.female ? std::string(fa.latF) + "dóttir" : std::string(fa.lat) + "son";  // a patronymic, written as the family name
    } else {
      q.father = std::string(fa.lat);
      q.nFather = std::string(fa.nat);
    }
  }
  return q;
}

// Case mapping, with the Azerbaijani schwa the shared helper leaves alone.
std::string recase32(std::string s, bool up) {
  s = recaseUtf8(std::move(s), up);
  const std::string_view from = up ? "ə" : "Ə", to = up ? "Ə" : "ə";
  for (std::size_t k = s.find(from); k != std::string::npos; k = s.find(from, k + to.size())) s.replace(k, from.size(), to);
  return s;
}
std::string up32(std::string s) { return recase32(std::move(s), true); }
std::string low32(std::string s) { return recase32(std::move(s), false); }
std::string nat32(const std::string& n, const std::string& l) { return n.empty() ? l : n; }
std::string initial32(const std::string& s) {
  const auto c = static_cast<unsigned char>(s[0]);
  return s.substr(0, c < 0x80 ? 1 : c < 0xE0 ? 2 : 3);
}

std::string surnames32(const P32& p) { return p.family2.empty() ? p.family : p.family + " " + p.family2; }

// The name as running text writes it.
std::string full32(const P32& p, G32 g) {
  if (g == G32::rw) return p.family + " " + p.given;  // family name first
  if (p.family.empty()) return p.given;
  return p.given + " " + surnames32(p);
}

// The official form: with the patronymic or the father's name where the country records it.
std::string official32(const P32& p, G32 g) {
  switch (g) {
    case G32::by: return p.family + " " + p.given + " " + p.father;
    case G32::az: return p.family + " " + p.given + " " + p.father + (p.female ? " qızı" : " oğlu");
    case G32::af: return p.given + (p.female ? " bint-e " : " walad-e ") + p.father;
    case G32::sy: return p.given + " " + p.father + " " + p.family;
    case G32::mg: return up32(p.family) + " " + p.given;
    case G32::rw: return up32(p.family) + " " + p.given;
    default: return full32(p, g);
  }
}

// In the country's own script.
std::string native32(const P32& p, G32 g) {
  const std::string gv = nat32(p.nGiven, p.given), fm = nat32(p.nFamily, p.family), fa = nat32(p.nFather, p.father);
  switch (g) {
    case G32::af: return gv + " " + fm;
    case G32::sy: return gv + " " + fa + " " + fm;
    case G32::by: return fm + " " + gv + " " + fa;
    case G32::la: return gv + " " + fm;
    default: return full32(p, g);
  }
}

// Name forms: full, UP, low, given, lowgiven, ngiven, last, inv, ini, nat, off, father, nfather, reg.
std::string form32(Random& r, const P32& p, G32 g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "UP", "ini", "reg", "full"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return full32(p, g);
  if (f == "UP") return up32(full32(p, g));
  if (f == "low") return low32(full32(p, g));
  if (f == "given") return p.given;
  if (f == "lowgiven") return low32(p.given);
  if (f == "ngiven") return nat32(p.nGiven, p.given);
  if (f == "last") return p.family.empty() ? p.given : p.family;
  if (f == "nat") return native32(p, g);
  if (f == "off") return official32(p, g);
  if (f == "father") return p.father.empty() ? p.family : p.father;
  if (f == "nfather") return nat32(p.nFather, p.father.empty() ? p.family : p.father);
  if (f == "inv") {
    if (g == G32::is || p.family.empty()) return p.family + ", " + p.given;
    return up32(surnames32(p)) + ", " + p.given;
  }
  if (f == "ini") return p.family.empty() || g == G32::is ? full32(p, g) : initial32(p.given) + ". " + surnames32(p);
  if (f == "reg") {
    if (g == G32::is || g == G32::la) return up32(full32(p, g));
    return up32(surnames32(p)) + " " + p.given;
  }
  throw std::logic_error("unknown name form " + std::string(f));
}

struct Cast32 {
  G32 g = G32::us;
  P32 pt, kin;
  std::array<P32, 4> staff;
  int by = 1950, bm = 1, bd = 1, age = 70;
  std::string home, street, city, state, zip;
  std::size_t rel = 0;
};

enum class Case32 { asIs, lower, upper };

struct Ctx32 {
  NoteBuilder& b;
  const Cast32& c;
  Case32 mode;
  G32 away;
  P32 x1;
  std::string nid, idcard, pass;  // drawn once per note
  std::array<int, 3> last{2024, 1, 1};  // the last date written, for "{again.style}"
  std::string lastPhone;               // the last phone written, for "{samephone}"
};

std::string cased32(const Ctx32& x, std::string s) {
  return x.mode == Case32::lower ? low32(std::move(s)) : x.mode == Case32::upper ? up32(std::move(s)) : s;
}
void phi32(Ctx32& x, std::string_view category, std::string v) {
  if (category == "phone") x.lastPhone = v;
  x.b.phi(category, cased32(x, std::move(v)));
}
void lit32(Ctx32& x, std::string v) { x.b.text(cased32(x, std::move(v))); }
std::string any32(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

using Months32 = std::array<std::string_view, 12>;
constexpr Months32 kEn32 = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
constexpr Months32 kFr32 = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr Months32 kEs32 = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr Months32 kPt32 = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
constexpr Months32 kAr32 = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
constexpr Months32 kMg32 = {"Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra", "Novambra", "Desambra"};
constexpr Months32 kRw32 = {"Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"};
constexpr Months32 kGn32 = {"jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ", "jasypokõi", "jasypoapy", "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi"};
constexpr Months32 kRu32 = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"};
constexpr Months32 kBe32 = {"студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"};
constexpr Months32 kAz32 = {"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"};
constexpr Months32 kEt32 = {"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"};
constexpr Months32 kLv32 = {"janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"};
constexpr Months32 kSl32 = {"januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"};
constexpr Months32 kIs32 = {"janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"};
constexpr Months32 kLb32 = {"Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr Months32 kLo32 = {"ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"};
constexpr Months32 kFa32 = {"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"};
constexpr Months32 kFaLat32 = {"Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sonbola", "Mizan", "Aqrab", "Qaws", "Jadi", "Dalw", "Hut"};

// A Gregorian date in the Solar Hijri calendar of Afghanistan: the year turns at the spring
// equinox (21 March in the 1900s, 20 March since 2000, near enough for a form), six months of 31
// days, five of 30, then 29 or 30.
std::array<int, 3> shamsi32(int y, int m, int d) {
  static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  auto leap = [](int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; };
  auto nowruz = [&leap](int year) { return 59 + (leap(year) ? 1 : 0) + (year < 2000 ? 20 : 19); };  // 0 = 1 January
  int day = kBefore[m - 1] + (m > 2 && leap(y) ? 1 : 0) + d - 1;
  int sy = y - 621;
  if (day >= nowruz(y)) {
    day -= nowruz(y);
  } else {
    day += (leap(y - 1) ? 366 : 365) - nowruz(y - 1);
    sy = y - 622;
  }
  const int sm = day < 186 ? day / 31 + 1 : std::min(12, (day - 186) / 30 + 7);
  const int sd = day < 186 ? day % 31 + 1 : day - 186 - (sm - 7) * 30 + 1;
  return {sy, sm, sd};
}

std::string defaultDate32(Random& r, G32 g) {
  const bool a = r.chance(0.5);
  switch (g) {
    case G32::us: return a ? "mdy" : "long";
    case G32::af: return a ? "dmy" : (r.chance(0.5) ? "fa" : "sh");
    case G32::sy: return a ? "dmy1" : "ar";
    case G32::mg: return a ? "dmy" : (r.chance(0.5) ? "mg" : "fr");
    case G32::mz: return a ? "dmy" : "pt";
    case G32::zm: case G32::zw: return a ? "dmy" : (r.chance(0.5) ? "en" : "dmon");
    case G32::rw: return a ? "dmy" : (r.chance(0.5) ? "rw" : "fr");
    case G32::cm: return a ? "dmy" : "fr";
    case G32::py: return a ? "dmy" : (r.chance(0.7) ? "es" : "gn");
    case G32::uy: case G32::cr: case G32::pa: return a ? "dmy" : (r.chance(0.6) ? "es" : "esmon");
    case G32::by: return a ? "dot" : (r.chance(0.5) ? "ru" : "be");
    case G32::az: return a ? "dot" : "az";
    case G32::ee: return a ? "dot" : "et";
    case G32::lv: return a ? "lvdot" : "lv";
    case G32::si: return a ? "sldot" : "sl";
    case G32::is: return a ? "isdot" : "is";
    case G32::lu: return a ? "dmy" : (r.chance(0.5) ? "fr" : "lb");
    case G32::la: return a ? "dmy" : "lo";
  }
  return "iso";
}

// Writes a date as a span; a Russian or Belarusian "г." and a Latvian closing dot after it are
// outside.
void date32(Ctx32& x, G32 g, int y, int m, int d, std::string_view style) {
  Random& r = x.b.random();
  x.last = {y, m, d};
  const std::string s = style.empty() ? defaultDate32(r, g) : std::string(style);
  const auto i = static_cast<std::size_t>(m - 1);
  const std::string ys = std::to_string(y), ds = std::to_string(d), dd = twoDigits(d), mm = twoDigits(m);
  auto named = [&](const Months32& months) { return ds + " " + std::string(months[i]) + " " + ys; };
  std::string v, after;
  if (s == "mdy") v = mm + "/" + dd + "/" + ys;
  else if (s == "long") v = std::string(kEn32[i]) + " " + ds + ", " + ys;
  else if (s == "iso") v = ys + "-" + mm + "-" + dd;
  else if (s == "compact") v = ys + mm + dd;
  else if (s == "dmy") v = dd + "/" + mm + "/" + ys;
  else if (s == "dmy1") v = ds + "/" + std::to_string(m) + "/" + ys;
  else if (s == "dash") v = dd + "-" + mm + "-" + ys;
  else if (s == "dot") v = dd + "." + mm + "." + ys;
  else if (s == "md") v = std::to_string(m) + "/" + ds;
  else if (s == "dm") v = ds + "/" + std::to_string(m);
  else if (s == "dmon") v = dd + "-" + std::string(kEn32[i].substr(0, 3)) + "-" + ys;
  else if (s == "en") v = named(kEn32);
  else if (s == "fr") v = (d == 1 ? "1er " + std::string(kFr32[i]) + " " + ys : named(kFr32));
  else if (s == "es") v = ds + " de " + std::string(kEs32[i]) + " de " + ys;
  else if (s == "esmon") v = dd + "-" + std::string(kEs32[i].substr(0, 3)) + "-" + ys;
  else if (s == "pt") v = ds + " de " + std::string(kPt32[i]) + " de " + ys;
  else if (s == "ar") v = named(kAr32);
  else if (s == "mg") v = named(kMg32);
  else if (s == "rw") v = named(kRw32);
  else if (s == "gn") v = named(kGn32);
  else if (s == "ru") { v = named(kRu32); after = " г."; }
  else if (s == "be") { v = named(kBe32); after = " г."; }
  else if (s == "az") v = named(kAz32);
  else if (s == "et") v = ds + ". " + std::string(kEt32[i]) + " " + ys;
  else if (s == "lv") v = ys + ". gada " + ds + ". " + std::string(kLv32[i]);
  else if (s == "lvdot") { v = dd + "." + mm + "." + ys; after = "."; }
  else if (s == "sl") v = ds + ". " + std::string(kSl32[i]) + " " + ys;
  else if (s == "sldot") v = ds + ". " + std::to_string(m) + ". " + ys;
  else if (s == "is") v = ds + ". " + std::string(kIs32[i]) + " " + ys;
  else if (s == "isdot") v = ds + "." + std::to_string(m) + "." + ys;
  else if (s == "lb") v = ds + ". " + std::string(kLb32[i]) + " " + ys;
  else if (s == "lo") v = named(kLo32);
  else if (s == "fa" || s == "sh" || s == "falat") {
    const auto h = shamsi32(y, m, d);
    const auto hi = static_cast<std::size_t>(h[1] - 1);
    if (s == "sh") v = std::to_string(h[0]) + "/" + twoDigits(h[1]) + "/" + twoDigits(h[2]);
    else v = std::to_string(h[2]) + " " + std::string(s == "fa" ? kFa32[hi] : kFaLat32[hi]) + " " + std::to_string(h[0]);
  } else throw std::logic_error("unknown date style " + s);
  phi32(x, "date", v);
  if (!after.empty()) lit32(x, after);
}

// Phones in each country's national and international forms.
std::string phone32(Random& r, G32 g, int intl) {  // intl: 1 international, 0 national, -1 either
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  const std::string d2 = r.digits(2), d3 = r.digits(3), d4 = r.digits(4);
  switch (g) {
    case G32::us: {
      static constexpr std::string_view kArea[] = {"414", "612", "956", "337", "928", "503"};
      const std::string a = any32(r, kArea), e = std::to_string(r.between(2, 9)) + d2;
      if (i) return "+1 " + a + " " + e + " " + d4;
      return r.chance(0.5) ? "(" + a + ") " + e + "-" + d4 : a + "-" + e + "-" + d4;
    }
    case G32::af: return i ? "+93 7" + std::to_string(r.between(0, 9)) + " " + d3 + " " + d4 : "07" + std::to_string(r.between(0, 9)) + " " + d3 + " " + d4;
    case G32::sy: return i ? "+963 9" + d2 + " " + d3 + " " + r.digits(3) : "09" + d2 + " " + d3 + " " + r.digits(3);
    case G32::mg: return (i ? "+261 3" : "03") + std::to_string(r.between(2, 4)) + " " + d2 + " " + d3 + " " + r.digits(2);
    case G32::mz: return std::string(i ? "+258 " : "") + "8" + std::to_string(r.between(2, 7)) + " " + d3 + " " + d4;
    case G32::zm: return i ? "+260 97 " + d3 + " " + d4 : "097" + std::to_string(r.between(1, 9)) + " " + r.digits(6);
    case G32::zw: return i ? "+263 77 " + d3 + " " + d4 : "077" + std::to_string(r.between(1, 9)) + " " + d3 + " " + r.digits(3);
    case G32::rw: return i ? "+250 78" + std::to_string(r.between(0, 9)) + " " + d3 + " " + r.digits(3) : "078" + std::to_string(r.between(0, 9)) + " " + d3 + " " + r.digits(3);
    case G32::cm: return std::string(i ? "+237 " : "") + "6 " + std::to_string(r.between(70, 99)) + " " + d2 + " " + r.digits(2) + " " + r.digits(2);
    case G32::py: return i ? "+595 98" + std::to_string(r.between(1, 6)) + " " + r.digits(6) : "098" + std::to_string(r.between(1, 6)) + " " + d3 + " " + r.digits(3);
    case G32::uy: return i ? "+598 9" + std::to_string(r.between(1, 9)) + " " + d3 + " " + r.digits(3) : "09" + std::to_string(r.between(1, 9)) + " " + d3 + " " + r.digits(3);
    case G32::cr: return std::string(i ? "+506 " : "") + std::to_string(r.between(6, 8)) + r.digits(3) + "-" + d4;
    case G32::pa: return std::string(i ? "+507 " : "") + "6" + r.digits(3) + "-" + d4;
    case G32::by: return i ? "+375 29 " + d3 + "-" + d2 + "-" + r.digits(2) : "8 (029) " + d3 + "-" + d2 + "-" + r.digits(2);
    case G32::az: return (i ? "+994 " : "0") + std::string(r.chance(0.5) ? "50" : "55") + " " + d3 + " " + d2 + " " + r.digits(2);
    case G32::ee: return std::string(i ? "+372 " : "") + "5" + r.digits(3) + " " + d4;
    case G32::lv: return std::string(i ? "+371 " : "") + "2" + r.digits(3) + " " + d4;
    case G32::si: return i ? "+386 41 " + d3 + " " + r.digits(3) : "041 " + d3 + " " + r.digits(3);
    case G32::is: return std::string(i ? "+354 " : "") + std::to_string(r.between(5, 8)) + d2 + " " + d4;
    case G32::lu: return std::string(i ? "+352 " : "") + "621 " + d3 + " " + r.digits(3);
    case G32::la: return i ? "+856 21 " + d3 + " " + r.digits(3) : "020 " + std::to_string(r.between(22, 99)) + r.digits(2) + " " + d4;
  }
  return r.digits(8);
}

// Seven-digit numbers: Icelandic numbers, Panamanian landlines, US local numbers.
std::string phone7_32(Random& r, G32 g) {
  if (g == G32::is) return std::to_string(r.between(4, 8)) + r.digits(2) + " " + r.digits(4);
  if (g == G32::pa) return std::to_string(r.between(200, 399)) + "-" + r.digits(4);
  if (g == G32::ee) return "6" + r.digits(2) + " " + r.digits(4);
  return std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4);
}

// A person's street address on one line, in the country's order.
std::string address32(Random& r, G32 g) {
  const std::string n = std::to_string(r.between(2, 160)), f = std::to_string(r.between(1, 120));
  auto of = [&r](std::span<const std::string_view> items) { return any32(r, items); };
  switch (g) {
    case G32::us: {
      static constexpr std::string_view kUs[] = {" W Lincoln Ave, Milwaukee, WI", " Nicollet Ave, Minneapolis, MN", " E Jackson St, Harlingen, TX", " Johnston St, Lafayette, LA"};
      return std::to_string(r.between(100, 9900)) + of(kUs);
    }
    case G32::af: {
      if (r.chance(0.4)) {
        static constexpr std::string_view kFa[] = {"کابل، ناحیه 4، کارته پروان، کوچه ", "هرات، جاده محبس، کوچه ", "کابل، خیرخانه، سرک "};
        return of(kFa) + std::to_string(r.between(1, 30)) + "، خانه " + n;
      }
      static constexpr std::string_view kAf[][2] = {{"Karte Parwan, Street ", ", District 4, Kabul"}, {"Khair Khana, Section 3, Street ", ", Kabul"},
                                                    {"Jada-e Mahbas, Lane ", ", Herat"}, {"Karte Ariana, Street ", ", Mazar-i-Sharif"}};
      const auto& at = kAf[r.next() % std::size(kAf)];
      return std::string(at[0]) + std::to_string(r.between(1, 30)) + ", House " + n + std::string(at[1]);
    }
    case G32::sy: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kAr[] = {"دمشق، المزة، شارع الشيخ سعد، بناء ", "حلب، الجميلية، شارع فيصل، بناء ", "حمص، الإنشاءات، بناء "};
        return of(kAr) + n + "، الطابق " + std::to_string(r.between(1, 9));
      }
      static constexpr std::string_view kSy[] = {"Mezzeh, Sheikh Saad St., Bldg ", "Abu Rummaneh, Al-Jalaa St., Bldg ", "Al-Jamiliyah, Faisal St., Bldg "};
      static constexpr std::string_view kCity[] = {", Damascus", ", Damascus", ", Aleppo"};
      return of(kSy) + n + ", 3rd floor" + of(kCity);
    }
    case G32::mg: {
      static constexpr std::string_view kMg[] = {"Lot IVG ", "Lot II M ", "Lot VA ", "Lot 67Ha "};
      static constexpr std::string_view kQ[] = {" Bis Ambohipo, Antananarivo 101", " Antsahavola, Antananarivo 101", " Ambohimanarina, Antananarivo 101", " Tanambao, Toamasina 501"};
      return of(kMg) + n + of(kQ);
    }
    case G32::mz: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kB[] = {"Bairro Polana Caniço A, Quarteirão ", "Bairro de Maxaquene B, Quarteirão ", "Bairro da Munhava, Quarteirão "};
        static constexpr std::string_view kC[] = {", Maputo", ", Maputo", ", Beira"};
        return of(kB) + std::to_string(r.between(1, 60)) + ", Casa n.º " + n + of(kC);
      }
      static constexpr std::string_view kAv[] = {"Av. Eduardo Mondlane, n.º ", "Av. Julius Nyerere, n.º ", "Av. 24 de Julho, n.º "};
      return of(kAv) + std::to_string(r.between(100, 3200)) + ", " + std::to_string(r.between(1, 12)) + ".º andar, flat " + std::to_string(r.between(1, 24)) + ", Maputo";
    }
    case G32::zm: {
      static constexpr std::string_view kZm[] = {"Plot ", "House No. ", "Stand "};
      static constexpr std::string_view kQ[] = {", Chalala, Lusaka", ", Kabwata Site and Service, Lusaka", ", Chelstone, Lusaka", ", Kansenshi, Ndola", ", Nkana West, Kitwe"};
      return of(kZm) + std::to_string(r.between(10, 9999)) + of(kQ);
    }
    case G32::zw: {
      if (r.chance(0.5)) return std::to_string(r.between(1000, 29999)) + " Unit " + r.letters(1, true) + ", Seke, Chitungwiza";
      if (r.chance(0.3)) return "Stand " + std::to_string(r.between(100, 9999)) + ", Mabvuku, Harare";
      static constexpr std::string_view kZw[] = {" Samora Machel Ave, Avondale, Harare", " Jason Moyo St, Bulawayo", " Herbert Chitepo St, Mutare"};
      return n + of(kZw);
    }
    case G32::rw: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kRw[] = {"Akagari ka Rugando, Umurenge wa Kimihurura, Akarere ka Gasabo", "Akagari ka Nyakabanda, Umurenge wa Nyamirambo, Akarere ka Nyarugenge",
                                                   "Akagari ka Ngoma, Umurenge wa Huye, Akarere ka Huye"};
        return "Umudugudu wa " + std::string(r.chance(0.5) ? "Amahoro" : "Ubumwe") + ", " + of(kRw);
      }
      static constexpr std::string_view kSt[] = {"KG ", "KN ", "KK "};
      static constexpr std::string_view kQ[] = {" St, Kacyiru, Gasabo, Kigali", " St, Kimironko, Gasabo, Kigali", " St, Nyamirambo, Nyarugenge, Kigali"};
      return of(kSt) + std::to_string(r.between(2, 700)) + of(kQ) + (r.chance(0.4) ? ", house " + n : "");
    }
    case G32::cm: {
      static constexpr std::string_view kCm[] = {"Quartier Bastos, rue ", "Quartier Essos, rue ", "Bonamoussadi, rue ", "Akwa, rue "};
      static constexpr std::string_view kC[] = {", Yaoundé", ", Yaoundé", ", Douala", ", Douala"};
      return of(kCm) + std::to_string(r.between(1000, 3999)) + ", porte " + n + of(kC);
    }
    case G32::py: {
      if (r.chance(0.4)) return "Compañía " + std::string(r.chance(0.5) ? "Itapuamí, Luque" : "Costa Fleitas, Areguá") + ", casa " + n;
      static constexpr std::string_view kPy[] = {"Avda. Mcal. López ", "Tte. Fariña ", "Eusebio Ayala ", "Avda. España "};
      static constexpr std::string_view kQ[] = {" c/ Brasilia, Asunción", ", Barrio Sajonia, Asunción", " esq. Rca. Argentina, Asunción", ", San Lorenzo"};
      return of(kPy) + std::to_string(r.between(100, 4800)) + of(kQ);
    }
    case G32::uy: {
      static constexpr std::string_view kUy[] = {"Av. 18 de Julio ", "Bv. Artigas ", "Av. Italia ", "Colonia "};
      static constexpr std::string_view kQ[] = {", CP 11200, Montevideo", ", Montevideo", ", CP 11600, Montevideo", ", Salto"};
      return of(kUy) + std::to_string(r.between(800, 4500)) + (r.chance(0.5) ? " apto " + std::to_string(r.between(101, 1204)) : "") + of(kQ);
    }
    case G32::cr: {
      static constexpr std::string_view kCr[] = {"San José, Desamparados, de la iglesia católica ", "Heredia, San Pablo, del Palí ", "Alajuela centro, de la plaza de deportes ",
                                                 "Cartago, Oreamuno, de la escuela "};
      static constexpr std::string_view kD[] = {" m sur y 50 oeste", " m norte", " m este y 25 sur", " m oeste, casa esquinera"};
      return of(kCr) + std::to_string(r.between(1, 6) * 100) + of(kD) + (r.chance(0.5) ? ", casa " + n : "");
    }
    case G32::pa: {
      static constexpr std::string_view kPa[] = {"Calle 50, Edificio Torre Global, apto ", "Vía España, PH Los Robles, apto ", "Barriada La Pulida, casa ", "Calle 2da, San Francisco, casa "};
      static constexpr std::string_view kQ[] = {", Bella Vista, Panamá", ", Panamá", ", Tocumen, Panamá", ", Panamá"};
      return of(kPa) + std::to_string(r.between(1, 40)) + r.letters(1, true) + of(kQ);
    }
    case G32::by: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kBy[] = {"г. Минск, ул. Кальварийская, д. ", "г. Гродно, ул. Горького, д. ", "г. Мінск, вул. Сурганава, д. "};
        return of(kBy) + n + ", кв. " + f;
      }
      static constexpr std::string_view kBy[] = {"vul. Kalvaryjskaja ", "vul. Surhanava ", "pr. Niezalezhnasci "};
      static constexpr std::string_view kQ[] = {", 220073 Minsk", ", 220012 Minsk", ", 230023 Hrodna"};
      return of(kBy) + n + "-" + f + of(kQ);
    }
    case G32::az: {
      static constexpr std::string_view kAz[] = {"Bakı şəh., Nəsimi r-nu, Füzuli küç. ", "Bakı şəh., Yasamal r-nu, Şərifzadə küç. ", "Sumqayıt şəh., 9-cu mkr., ev "};
      return of(kAz) + n + ", mən. " + f + (r.chance(0.5) ? ", AZ1010" : "");
    }
    case G32::ee: {
      static constexpr std::string_view kEe[] = {"Tartu mnt ", "Pärnu mnt ", "Riia ", "Narva mnt "};
      static constexpr std::string_view kQ[] = {", 10115 Tallinn", ", 10141 Tallinn", ", 51010 Tartu", ", 20304 Narva"};
      return of(kEe) + n + "-" + std::to_string(r.between(1, 60)) + of(kQ);
    }
    case G32::lv: {
      static constexpr std::string_view kLv[] = {"Brīvības iela ", "Gertrūdes iela ", "Rīgas iela ", "Maskavas iela "};
      static constexpr std::string_view kQ[] = {", Rīga, LV-1010", ", Rīga, LV-1011", ", Daugavpils, LV-5401", ", Rīga, LV-1003"};
      return of(kLv) + n + "-" + std::to_string(r.between(1, 60)) + of(kQ);
    }
    case G32::si: {
      static constexpr std::string_view kSi[] = {"Slovenska cesta ", "Celovška cesta ", "Partizanska ulica ", "Ulica heroja Staneta "};
      static constexpr std::string_view kQ[] = {", 1000 Ljubljana", ", 1000 Ljubljana", ", 2000 Maribor", ", 3000 Celje"};
      return of(kSi) + n + (r.chance(0.3) ? "a" : "") + of(kQ);
    }
    case G32::is: {
      static constexpr std::string_view kIs[] = {"Laugavegur ", "Hringbraut ", "Hafnargata ", "Tryggvagata "};
      static constexpr std::string_view kQ[] = {", 101 Reykjavík", ", 107 Reykjavík", ", 230 Reykjanesbær", ", 600 Akureyri"};
      return of(kIs) + n + of(kQ);
    }
    case G32::lu: {
      static constexpr std::string_view kLu[] = {", rue de la Gare, L-", ", route d'Arlon, L-", ", rue Principale, L-", ", boulevard Grande-Duchesse Charlotte, L-"};
      static constexpr std::string_view kQ[] = {" Luxembourg", " Strassen", " Esch-sur-Alzette", " Ettelbruck"};
      return n + of(kLu) + std::to_string(r.between(1000, 9999)) + of(kQ);
    }
    case G32::la: {
      if (r.chance(0.5)) {
        static constexpr std::string_view kLo[] = {"ບ້ານໂພນສະອາດ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ", "ບ້ານໜອງບອນ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ",
                                                   "ບ້ານສີສັງວອນ, ເມືອງສີສັດຕະນາກ, ນະຄອນຫຼວງວຽງຈັນ"};
        return of(kLo) + ", ໜ່ວຍ " + std::to_string(r.between(1, 30)) + ", ເຮືອນເລກທີ " + n;
      }
      static constexpr std::string_view kLa[] = {"Ban Phonsaath, Xaysettha District", "Ban Nongbone, Xaysettha District", "Ban Sisangvone, Sisattanak District"};
      return "House " + n + ", Unit " + std::to_string(r.between(1, 30)) + ", " + of(kLa) + ", Vientiane Capital";
    }
  }
  return n;
}

// A town or village alone, where a person lives.
std::string town32(Random& r, G32 g) {
  static constexpr std::string_view kT[kRegions32][2] = {
      {"Harlingen, TX", "Window Rock, AZ"}, {"Qarabagh, Ghazni", "Paghman"},   {"Douma", "Jableh"},        {"Ambositra", "Moramanga"},
      {"Chókwè", "Manhiça"},               {"Mazabuka", "Chipata"},            {"Gokwe", "Murewa"},        {"Musanze", "Nyagatare"},
      {"Bafoussam", "Kumba"},              {"Caacupé", "Itauguá"},             {"Tacuarembó", "Minas"},    {"Pérez Zeledón", "Turrialba"},
      {"Chitré", "La Chorrera"},           {"Маладзечна", "Slonim"},           {"Şəki", "Lənkəran"},       {"Kuressaare", "Viljandi"},
      {"Jelgava", "Valmiera"},             {"Novo mesto", "Kranj"},            {"Selfoss", "Húsavík"},     {"Wiltz", "Diekirch"},
      {"Vang Vieng", "Pakse"}};
  return std::string(kT[static_cast<std::size_t>(g)][r.next() % 2]);
}

struct Id32 {
  std::string_view category;
  std::string value;
};

// The Uruguayan cédula's check digit: weights 2987634 over the seven digits.
std::string cedulaUy32(Random& r) {
  const std::string d = std::to_string(r.between(1, 6)) + r.digits(6);
  static constexpr int kW[] = {2, 9, 8, 7, 6, 3, 4};
  int sum = 0;
  for (std::size_t k = 0; k < 7; ++k) sum += kW[k] * (d[k] - '0');
  const int check = (10 - sum % 10) % 10;
  return d.substr(0, 1) + "." + d.substr(1, 3) + "." + d.substr(4, 3) + "-" + std::to_string(check);
}

// The Icelandic kennitala: birth date, two digits, a check digit (weights 3 2 7 6 5 4 3 2), the
// century (9 for the 1900s, 0 for the 2000s).
std::string kennitala32(Random& r, const Cast32& c) {
  for (;;) {
    const std::string d = twoDigits(c.bd) + twoDigits(c.bm) + twoDigits(c.by % 100) + std::to_string(r.between(2, 9)) + r.digits(1);
    static constexpr int kW[] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (std::size_t k = 0; k < 8; ++k) sum += kW[k] * (d[k] - '0');
    const int check = (11 - sum % 11) % 11;
    if (check == 10) continue;
    return d.substr(0, 6) + "-" + d.substr(6) + std::to_string(check) + (c.by >= 2000 ? "0" : "9");
  }
}

// The Estonian isikukood: sex and century, birth date, serial, a check digit.
std::string isikukood32(Random& r, const Cast32& c) {
  const int first = (c.by >= 2000 ? 5 : 3) + (c.pt.female ? 1 : 0);
  const std::string d = std::to_string(first) + twoDigits(c.by % 100) + twoDigits(c.bm) + twoDigits(c.bd) + r.digits(3);
  int sum = 0;
  for (std::size_t k = 0; k < 10; ++k) sum += static_cast<int>(k % 9 + 1) * (d[k] - '0');
  int check = sum % 11;
  if (check == 10) {
    sum = 0;
    for (std::size_t k = 0; k < 10; ++k) sum += static_cast<int>((k + 2) % 9 + 1) * (d[k] - '0');
    check = sum % 11 == 10 ? 0 : sum % 11;
  }
  return d + std::to_string(check);
}

// The person's national number: "mrn" where it is a civil personal number that keys records,
// "license" where it is the number of an identity card, "ssn" for the US.
Id32 nationalId32(Random& r, const Cast32& c) {
  const std::string dd = twoDigits(c.bd), mm = twoDigits(c.bm), yy = twoDigits(c.by % 100);
  const bool f = c.pt.female;
  switch (c.g) {
    case G32::us: return {"ssn", std::to_string(r.between(1, 6)) + r.digits(2) + "-" + r.digits(2) + "-" + r.digits(4)};
    case G32::af: return {"license", std::to_string(r.between(1398, 1403)) + "-" + r.digits(4) + "-" + r.digits(5)};  // e-Tazkira
    case G32::sy: return {"mrn", "0" + std::to_string(r.between(1, 9)) + r.digits(9)};                               // national number
    case G32::mg: return {"license", std::to_string(r.between(101, 517)) + " " + (f ? "2" : "1") + r.digits(2) + " " + r.digits(3) + " " + r.digits(3)};  // CIN: district, sex
    case G32::mz: return {"license", "1101" + r.digits(8) + r.letters(1, true)};                                     // BI
    case G32::zm: return {"license", r.digits(6) + "/" + r.digits(2) + "/1"};                                        // NRC
    case G32::zw: return {"license", std::to_string(r.between(2, 83)) + "-" + r.digits(6) + (r.chance(0.3) ? "" : r.digits(1)) + "-" + r.letters(1, true) + "-" + twoDigits(r.between(1, 83))};
    case G32::rw: return {"license", "1 " + std::to_string(c.by) + " " + std::to_string(f ? 7 : 8) + " " + r.digits(7) + " " + r.digits(1) + " " + r.digits(2)};
    case G32::cm: return {"license", r.digits(9)};                                                                   // CNI
    case G32::py: return {"license", std::to_string(r.between(1, 6)) + "." + r.digits(3) + "." + r.digits(3)};       // CI
    case G32::uy: return {"license", cedulaUy32(r)};
    case G32::cr: return {"license", std::to_string(r.between(1, 7)) + "-" + r.digits(4) + "-" + r.digits(4)};
    case G32::pa: return {"license", std::to_string(r.between(1, 9)) + "-" + std::to_string(r.between(100, 999)) + "-" + std::to_string(r.between(100, 2999))};
    case G32::by: return {"mrn", std::to_string(f ? 4 : 3) + dd + mm + yy + r.letters(1, true) + r.digits(3) + "PB" + r.digits(1)};
    case G32::az: {
      std::string fin;
      static constexpr std::string_view kFin = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
      for (int k = 0; k < 7; ++k) fin += kFin[r.next() % kFin.size()];
      if (fin.find_first_of("0123456789") == std::string::npos) fin[2] = '7';
      return {"mrn", fin};
    }
    case G32::ee: return {"mrn", isikukood32(r, c)};
    case G32::lv: return {"mrn", r.chance(0.5) ? dd + mm + yy + "-" + std::to_string(c.by >= 2000 ? 2 : 1) + r.digits(4) : "32" + r.digits(4) + "-" + r.digits(5)};
    case G32::si: {
      std::string yyy = std::to_string(c.by % 1000);
      while (yyy.size() < 3) yyy.insert(yyy.begin(), '0');
      for (;;) {  // EMŠO: date, register 50, serial (500 and over for women), a check digit (weights 765432765432)
        const std::string d = dd + mm + yyy + "50" + std::to_string(f ? r.between(5, 9) : r.between(0, 4)) + r.digits(2);
        int sum = 0;
        for (std::size_t k = 0; k < 12; ++k) sum += static_cast<int>(7 - k % 6) * (d[k] - '0');
        const int check = 11 - sum % 11;
        if (check == 10) continue;
        return {"mrn", d + std::to_string(check == 11 ? 0 : check)};
      }
    }
    case G32::is: return {"mrn", kennitala32(r, c)};
    case G32::lu: return {"mrn", std::to_string(c.by) + " " + mm + dd + " " + r.digits(3) + " " + r.digits(2)};
    case G32::la: return {"license", twoDigits(r.between(1, 18)) + "-" + r.digits(8)};
  }
  return {"license", r.digits(9)};
}

// An identity card's number where the country has a personal number apart from it.
std::string idCard32(Random& r, G32 g) {
  switch (g) {
    case G32::sy: return r.digits(2) + "-" + r.digits(8);
    case G32::by: return "MP" + r.digits(7);
    case G32::az: return "AA" + r.digits(7);
    case G32::ee: return "A" + r.letters(1, true) + r.digits(7);
    case G32::lv: return "PA" + r.digits(7);
    case G32::si: return "IA" + r.digits(7);
    case G32::is: return "A" + r.digits(7);
    case G32::lu: return r.letters(2, true) + r.digits(6);
    default: return r.letters(2, true) + r.digits(7);
  }
}

std::string passport32(Random& r, G32 g) {
  switch (g) {
    case G32::af: return "P0" + r.digits(7);
    case G32::sy: return "N0" + r.digits(8);
    case G32::by: return r.chance(0.5) ? "MP" + r.digits(7) : "KH" + r.digits(7);
    case G32::az: return "C" + r.digits(8);
    case G32::ee: return "K" + r.digits(7);
    case G32::lv: return "LV" + r.digits(7);
    case G32::la: return "P" + r.digits(7);
    case G32::us: return r.digits(9);
    default: return r.letters(2, true) + r.digits(7);
  }
}

// Health-insurance and scheme numbers.
std::string insurance32(Random& r, G32 g) {
  switch (g) {
    case G32::us: return r.chance(0.5) ? std::to_string(r.between(1, 9)) + r.letters(2, true) + std::to_string(r.between(1, 9)) + "-" + r.letters(2, true) +
                                             r.digits(1) + "-" + r.letters(2, true) + r.digits(2)
                                       : r.letters(3, true) + r.digits(9);
    case G32::mg: return r.chance(0.5) ? "CNaPS " + r.digits(10) : "OSTIE-" + r.digits(6);
    case G32::mz: return r.digits(9);                        // INSS beneficiary number
    case G32::zm: return "NHIMA-" + r.digits(4) + "-" + r.digits(6);
    case G32::zw: return r.chance(0.5) ? "CIM" + r.digits(7) + "/0" + std::to_string(r.between(0, 4)) : "PSMAS " + r.digits(8);
    case G32::rw: return r.chance(0.5) ? "RSSB-" + r.digits(8) : r.digits(6) + "/" + r.digits(2) + "/" + std::to_string(r.between(2023, 2025));
    case G32::cm: return "POL-" + r.digits(4) + "-" + r.digits(6);
    case G32::py: return r.digits(7);                        // IPS asegurado
    case G32::uy: return r.digits(6);                        // mutualista socio
    case G32::cr: return r.chance(0.5) ? r.digits(1) + "-" + r.digits(4) + "-" + r.digits(4) + "-" + r.digits(2) : "INS-RT-" + r.digits(7);
    case G32::pa: return r.digits(3) + "-" + r.digits(4);    // CSS
    case G32::az: return "İTS-" + r.digits(10);
    case G32::si: return r.digits(9);                        // ZZZS card
    case G32::ee: case G32::lv: case G32::is: return "80" + r.digits(3) + " " + r.digits(10);  // EHIC
    case G32::lu: return "CMCM-" + r.digits(6);
    case G32::la: return "NHI-" + r.digits(2) + "-" + r.digits(6);
    default: return "POL" + r.digits(8);
  }
}

// IBANs and account numbers of a patient or guarantor, in each country's form.
std::string iban32(Random& r, G32 g) {
  auto grp = [&r](int n) { return r.digits(n); };
  switch (g) {
    case G32::ee: return "EE" + grp(2) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4);
    case G32::lv: return "LV" + grp(2) + " " + std::string(r.chance(0.5) ? "HABA" : "UNLA") + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(1);
    case G32::si: return "SI56 " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(3);
    case G32::is: return "IS" + grp(2) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(2);
    case G32::lu: return "LU" + grp(2) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4);
    case G32::az: return "AZ" + grp(2) + " " + std::string(r.chance(0.5) ? "IBAZ" : "AIIB") + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4);
    case G32::by: return "BY" + grp(2) + " " + std::string(r.chance(0.5) ? "AKBB" : "BPSB") + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4);
    case G32::cr: return "CR" + grp(2) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(4) + " " + grp(2);
    case G32::mz: return "0001 " + grp(4) + " " + grp(11) + " " + grp(2);  // NIB
    case G32::us: return grp(10);
    default: return grp(3) + "-" + grp(7) + "-" + grp(2);
  }
}

std::string plate32(Random& r, G32 g) {
  switch (g) {
    case G32::us: return r.digits(3) + "-" + r.letters(3, true);
    case G32::af: return std::to_string(r.between(10000, 99999)) + " KBL";
    case G32::sy: return r.digits(6) + " دمشق";
    case G32::mg: return r.digits(4) + " T" + r.letters(2, true);
    case G32::mz: return "A" + r.letters(2, true) + "-" + r.digits(3) + "-MC";
    case G32::zm: return "B" + r.letters(2, true) + " " + r.digits(4);
    case G32::zw: return "A" + r.letters(2, true) + " " + r.digits(4);
    case G32::rw: return "RA" + r.letters(1, true) + " " + r.digits(3) + " " + r.letters(1, true);
    case G32::cm: return "CE " + r.digits(3) + " " + r.letters(2, true);
    case G32::py: return r.letters(4, true) + " " + r.digits(3);
    case G32::uy: return "S" + r.letters(2, true) + " " + r.digits(4);
    case G32::cr: return r.letters(3, true) + "-" + r.digits(3);
    case G32::pa: return r.letters(2, true) + r.digits(4);
    case G32::by: return r.digits(4) + " " + r.letters(2, true) + "-" + std::to_string(r.between(1, 7));
    case G32::az: return std::to_string(r.between(10, 90)) + "-" + r.letters(2, true) + "-" + r.digits(3);
    case G32::ee: return r.digits(3) + " " + r.letters(3, true);
    case G32::lv: return r.letters(2, true) + "-" + r.digits(4);
    case G32::si: return "LJ " + r.letters(2, true) + "-" + r.digits(3);
    case G32::is: return r.letters(2, true) + " " + r.letters(1, true) + r.digits(2);
    case G32::lu: return r.letters(2, true) + " " + r.digits(4);
    case G32::la: return "ກຂ " + r.digits(4);
  }
  return r.digits(6);
}

// Money in each country's currency: amounts are never PHI.
std::string money32(Random& r, G32 g) {
  const int a = r.between(12, 980);
  const std::string c = twoDigits(r.between(0, 99));
  switch (g) {
    case G32::us: return "$" + std::to_string(a) + "." + c;
    case G32::af: return std::to_string(a * 10) + " AFN";
    case G32::sy: return std::to_string(a) + ".000 ل.س";
    case G32::mg: return std::to_string(a) + " 000 Ar";
    case G32::mz: return std::to_string(a) + ",00 MT";
    case G32::zm: return "K" + std::to_string(a) + "." + c;
    case G32::zw: return "US$" + std::to_string(a) + "." + c;
    case G32::rw: return std::to_string(a) + ",000 RWF";
    case G32::cm: return std::to_string(a) + " 000 FCFA";
    case G32::py: return "₲ " + std::to_string(a) + ".000";
    case G32::uy: return "$U " + std::to_string(a) + "." + std::to_string(r.between(100, 999));
    case G32::cr: return "₡" + std::to_string(a) + " " + std::to_string(r.between(100, 999));
    case G32::pa: return "B/. " + std::to_string(a) + "." + c;
    case G32::by: return std::to_string(a) + "," + c + " BYN";
    case G32::az: return std::to_string(a) + "," + c + " AZN";
    case G32::is: return std::to_string(a) + "." + std::to_string(r.between(100, 999)) + " kr.";
    case G32::la: return std::to_string(a) + ",000 ₭";
    default: return std::to_string(a) + "," + c + " €";
  }
}

constexpr std::string_view kRelEn32[] = {"daughter", "wife", "sister", "mother", "niece", "partner", "son", "husband", "brother", "father", "nephew", "partner"};
constexpr std::string_view kRelEs32[] = {"hija", "esposa", "hermana", "madre", "sobrina", "pareja", "hijo", "esposo", "hermano", "padre", "sobrino", "pareja"};
constexpr std::string_view kRelFr32[] = {"fille", "épouse", "sœur", "mère", "nièce", "compagne", "fils", "époux", "frère", "père", "neveu", "compagnon"};
constexpr std::string_view kRelAr32[] = {"ابنة", "زوجة", "أخت", "أم", "ابنة أخ", "خطيبة", "ابن", "زوج", "أخ", "أب", "ابن أخ", "خطيب"};
constexpr std::string_view kRelPt32[] = {"filha", "esposa", "irmã", "mãe", "sobrinha", "companheira", "filho", "esposo", "irmão", "pai", "sobrinho", "companheiro"};

std::string relation32(G32 g, std::size_t k, std::string_view language) {
  if (language == "fr") return std::string(kRelFr32[k]);
  if (g == G32::sy) return std::string(kRelAr32[k]);
  if (hispanic32(g)) return std::string(kRelEs32[k]);
  if (g == G32::mg || g == G32::rw || g == G32::cm || g == G32::lu) return std::string(kRelFr32[k]);
  if (g == G32::mz) return std::string(kRelPt32[k]);
  return std::string(kRelEn32[k]);
}

Cast32 cast32(std::uint64_t seed, std::size_t patientIndex, G32 g) {
  Random r((seed ^ 0x3232ULL) * 0x9e3779b97f4a7c15ULL + patientIndex * 0xd1b54a32d192ed03ULL + static_cast<std::uint64_t>(g) * 0x2545f4914f6cdd1dULL);
  r.next();
  Cast32 c;
  c.g = g;
  c.pt = draw32(r, g);
  do c.kin = draw32(r, g);
  while (c.kin.given == c.pt.given);
  if (g != G32::is && g != G32::rw && r.chance(0.5)) {  // the same family (the Latvian and Azerbaijani forms follow the sex)
    const Pools32 p = pools32(g);
    for (const N32& f : p.family) {
      if (f.lat == c.pt.family || f.latF == c.pt.family) c.kin.family = std::string(c.kin.female && !f.latF.empty() ? f.latF : f.lat), c.kin.nFamily = std::string(f.nat);
    }
  }
  for (std::size_t k = 0; k < c.staff.size(); ++k) {
    for (int tries = 0; tries < 16; ++tries) {
      c.staff[k] = draw32(r, g);
      bool clash = c.staff[k].given == c.pt.given || c.staff[k].given == c.kin.given;
      for (std::size_t j = 0; j < k; ++j) clash = clash || c.staff[j].given == c.staff[k].given;
      if (k == 2 && !c.staff[k].female) clash = true;  // the third of staff (nurses, sisters, cashiers, social workers) is a woman
      if (!clash) break;
    }
  }
  c.age = r.chance(0.2) ? r.between(90, 104) : r.between(19, 89);
  c.by = 2025 - c.age;
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  static constexpr std::string_view kStreets[] = {"Birchwood", "Cottonwood", "Harbor View", "Meadowlark", "Quail Run", "Red Cedar"};
  static constexpr std::string_view kSuffix[] = {"Dr", "Street", "Ln", "Ave", "Court", "Rd"};
  static constexpr std::string_view kCity[][3] = {{"Racine", "WI", "534"}, {"St. Cloud", "MN", "563"}, {"McAllen", "TX", "785"},
                                                  {"Opelousas", "LA", "705"}, {"Flagstaff", "AZ", "860"}, {"Gresham", "OR", "970"}};
  const auto& city = kCity[r.next() % std::size(kCity)];
  c.street = std::to_string(r.between(11, 8800)) + " " + any32(r, kStreets) + " " + any32(r, kSuffix);
  if (r.chance(0.3)) c.street += (r.chance(0.5) ? ", Apt " : " #") + std::to_string(r.between(1, 40)) + (r.chance(0.5) ? "B" : "");
  c.city = std::string(city[0]);
  c.state = std::string(city[1]);
  c.zip = std::string(city[2]) + r.digits(2) + (r.chance(0.5) ? "-" + r.digits(4) : "");
  c.rel = r.next() % 6 + (c.kin.female ? 0 : 6);
  c.home = address32(r, g);
  return c;
}

// A form of address before a name (Latin letters, or the country's script with "n").
std::string honorific32(const P32& p, G32 g, bool native) {
  const bool f = p.female;
  if (native) {
    switch (g) {
      case G32::af: return f ? "محترمه" : "محترم";
      case G32::sy: return f ? "السيدة" : "السيد";
      case G32::by: return f ? "спадарыня" : "спадар";
      case G32::la: return f ? "ນາງ" : "ທ້າວ";
      default: break;
    }
  }
  switch (g) {
    case G32::sy: case G32::rw: case G32::cm: case G32::lu: return f ? "Mme" : "M.";
    case G32::mg: return f ? "Ramatoa" : "Andriamatoa";
    case G32::mz: case G32::py: case G32::uy: case G32::pa: return f ? "Sra." : "Sr.";
    case G32::cr: return f ? "doña" : "don";
    case G32::zm: case G32::zw: case G32::af: return f ? "Mrs" : "Mr";
    case G32::ee: return f ? "pr" : "hr";
    case G32::si: return f ? "gospa" : "gospod";
    case G32::la: return f ? "Nang" : "Thao";
    default: return f ? "Ms." : "Mr.";
  }
}

// An honorific after a name: Azerbaijani "xanım" and "bəy" after the given name, Latvian "kundze"
// and "kungs" after the family name.
std::string postHonorific32(const P32& p, G32 g) {
  if (g == G32::az) return p.female ? "xanım" : "bəy";
  return p.female ? "kundze" : "kungs";
}

std::string doctor32(const P32& p, G32 g, bool native) {
  if (native) {
    switch (g) {
      case G32::af: return "داکتر";
      case G32::sy: return "د.";
      case G32::by: return "урач";
      case G32::la: return "ທ່ານໝໍ";
      default: break;
    }
  }
  switch (g) {
    case G32::mz: case G32::py: case G32::uy: case G32::cr: case G32::pa: return p.female ? "Dra." : "Dr.";
    case G32::ee: case G32::si: return "dr.";
    case G32::sy: case G32::mg: case G32::rw: case G32::cm: case G32::lu: return "Dr";
    default: return "Dr.";
  }
}

std::string sentence32(Random& r, std::string_view topic, G32 g);

const P32& person32(const Ctx32& x, std::string_view who) {
  if (who == "pt") return x.c.pt;
  if (who == "kin") return x.c.kin;
  if (who == "x1") return x.x1;
  return x.c.staff[static_cast<std::size_t>(who[1] - '1') % 4];
}

bool isPerson32(std::string_view w) {
  return w == "pt" || w == "kin" || w == "x1" || (w.size() == 2 && w[0] == 's' && w[1] >= '1' && w[1] <= '4');
}

std::string hospitalNo32(Random& r) {
  switch (r.between(0, 3)) {
    case 0: return r.digits(8);
    case 1: return r.letters(1, true) + r.digits(7);
    case 2: return std::to_string(r.between(2015, 2025)) + "/" + r.digits(6);
    default: return "HN-" + r.digits(6);
  }
}

std::string invoice32(Random& r, std::string_view kind) {
  const std::string y = std::to_string(r.between(2023, 2025));
  if (kind == "inv") return (r.chance(0.5) ? "FA-" : "INV-") + y + "-" + r.digits(6);
  if (kind == "claim") return r.chance(0.5) ? r.digits(13) : "CLM" + r.digits(9);
  if (kind == "auth") return "PA-" + y.substr(2) + r.digits(7);
  if (kind == "plan") return "PP-" + r.digits(5) + "-" + r.letters(1, true);
  if (kind == "case") {
    const int k = r.between(0, 2);
    return k == 0 ? std::to_string(r.between(1, 9)) + "-" + r.digits(4) + "/" + y : k == 1 ? "RS " + r.digits(3) + "/" + y : "I P " + r.digits(4) + "/" + y;
  }
  if (kind == "rcpt") return "R" + r.digits(8);
  if (kind == "inc") return "IR-" + y + "-" + r.digits(5);
  return r.digits(10);  // a hospital account
}

void datePh32(Ctx32& x, G32 g, std::string_view head, std::string_view form) {
  Random& r = x.b.random();
  if (head == "dob") return date32(x, g, x.c.by, x.c.bm, x.c.bd, form);
  int y = r.between(2024, 2025);
  if (head == "past") y = r.between(2019, 2023);
  if (head == "next") y = 2026;
  date32(x, g, y, r.between(1, 12), r.between(1, 28), form);
}

// One placeholder: "{who.form}" for a person, "{hon.who}" and "{nhon.who}" before a name,
// "{post.who}" after it, "{doc.who}" and "{ndoc.who}" a doctor's title, "x" before a value of the
// country abroad, "{s.topic}" a sentence without PHI; the rest are listed below.
void fill32(Ctx32& x, std::string_view key) {
  Random& r = x.b.random();
  const Cast32& c = x.c;
  const std::size_t dot = key.find('.');
  std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  if (isPerson32(head)) return phi32(x, "name", form32(r, person32(x, head), head == "x1" ? x.away : c.g, form));
  const G32 pg = form == "x1" ? x.away : c.g;
  if (head == "hon" || head == "nhon") return lit32(x, honorific32(person32(x, form), pg, head == "nhon"));
  if (head == "post") return lit32(x, postHonorific32(person32(x, form), pg));
  if (head == "doc" || head == "ndoc") return lit32(x, doctor32(person32(x, form), pg, head == "ndoc"));
  G32 g = c.g;
  if (head.size() > 2 && head[0] == 'x' && head != "xfax") {
    g = x.away;
    head.remove_prefix(1);
  }
  if (head == "dob" || head == "date" || head == "past" || head == "next") return datePh32(x, g, head, form);
  if (head == "again") return date32(x, g, x.last[0], x.last[1], x.last[2], form);  // the same date in another form
  if (head == "later") {  // a few days after the last date written: a discharge, the end of a period
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = x.last[0], m = x.last[1], d = x.last[2] + r.between(1, 20);
    while (d > kDays[m - 1]) {
      d -= kDays[m - 1];
      if (++m > 12) m = 1, ++y;
    }
    return date32(x, g, y, m, d, form);
  }
  if (head == "adob") return date32(x, g, r.between(1938, 2001), r.between(1, 12), r.between(1, 28), form);  // another adult's date of birth
  if (head == "age") {
    const std::string v = form == "words" ? spelledNumber(c.age) : std::to_string(c.age);
    return c.age > 89 ? phi32(x, "age", v) : lit32(x, v);
  }
  if (head == "oldkin") {  // a relative over 89: always a span
    const int a = r.between(90, 104);
    return phi32(x, "age", form == "words" ? spelledNumber(a) : std::to_string(a));
  }
  if (head == "phone") return phi32(x, "phone", phone32(r, g, form == "intl" ? 1 : form == "nat" ? 0 : -1));
  if (head == "ph7") return phi32(x, "phone", phone7_32(r, g));
  if (head == "samephone") return phi32(x, "phone", x.lastPhone);  // a number said again
  if (head == "ocrphone") {  // a scan's misreading: the first 0 after two characters read as O, or 1 as l
    std::string v = phone32(r, g, 0);
    for (std::size_t k = 2; k < v.size(); ++k) {
      if (v[k] == '0' || v[k] == '1') {
        v[k] = v[k] == '0' ? 'O' : 'l';
        break;
      }
    }
    return phi32(x, "phone", v);
  }
  if (head == "unhcr") return phi32(x, "account", r.digits(3) + "-" + r.digits(2) + "C" + r.digits(5));  // a refugee's case
  if (head == "fax") return phi32(x, "fax", form == "7" ? phone7_32(r, g) : phone32(r, g, 0));
  if (head == "xfax") return phi32(x, "fax", phone32(r, x.away, 0));
  if (head == "email" || head == "semail") {
    const P32& p = head == "semail" ? c.staff[static_cast<std::size_t>(form.empty() ? 0 : form[1] - '1') % 4] : form == "kin" ? c.kin : c.pt;
    const std::string fam = asciiLetters(p.family.empty() ? p.given : p.family), giv = asciiLetters(p.given);
    if (head == "semail") return phi32(x, "email", giv.substr(0, 1) + "." + fam + "@hospital.example.org");
    static constexpr std::string_view kHosts[] = {"mail.example.com", "correo.example.net", "post.example.org", "inbox.example.lu"};
    return phi32(x, "email", giv + (r.chance(0.5) ? "." : "_") + fam + std::to_string(r.between(1, 99)) + "@" + any32(r, kHosts));
  }
  if (head == "url") {
    const std::string host = form == "pay"    ? "https://pay.hospital.example.org/invoice?ref="
                             : form == "docs" ? "https://records.hospital.example.org/release/"
                                              : "https://portal.hospital.example.org/verify?token=";
    return phi32(x, "url", host + r.letters(2) + r.digits(7));
  }
  if (head == "ip") return phi32(x, "ip", ipv4Value(r));
  if (head == "ip6") return phi32(x, "ip", ipv6Value(r));
  if (head == "addr") return phi32(x, "address", g == c.g ? c.home : address32(r, g));
  if (head == "town") return phi32(x, "address", town32(r, g));
  if (head == "usaddr") {
    phi32(x, "address", c.street + ", " + c.city + ", " + c.state);
    lit32(x, " ");
    return phi32(x, "zip", c.zip);
  }
  if (head == "street") return phi32(x, "address", c.street);
  if (head == "city") return phi32(x, "address", c.city + ", " + c.state);
  if (head == "cityonly") return phi32(x, "address", c.city);
  if (head == "state") return lit32(x, c.state);
  if (head == "zip") return phi32(x, "zip", c.zip);
  if (head == "nid") {
    const Id32 id = nationalId32(r, c);
    if (x.nid.empty()) x.nid = id.value;
    return phi32(x, id.category, x.nid);
  }
  if (head == "kinid") {  // another person's national number, in the country's shape
    const Id32 id = nationalId32(r, c);
    return phi32(x, id.category, id.value);
  }
  if (head == "idcard") {
    if (x.idcard.empty()) x.idcard = idCard32(r, g);
    return phi32(x, "license", x.idcard);
  }
  if (head == "pass") {
    if (x.pass.empty()) x.pass = passport32(r, g);
    return phi32(x, "license", x.pass);
  }
  if (head == "nuit") return phi32(x, "license", std::to_string(r.between(1, 2)) + r.digits(8));
  if (head == "reg") return phi32(x, "license", std::to_string(r.between(1000, 99999)));  // a named doctor's registration
  if (head == "npi") return phi32(x, "license", "1" + r.digits(9));                      // a named provider's NPI
  if (head == "pyinv") return phi32(x, "account", "001-00" + std::to_string(r.between(1, 3)) + "-" + r.digits(7));  // a Paraguayan invoice
  if (head == "ins") return phi32(x, "health_plan", insurance32(r, g));
  if (head == "ssn") {
    const std::string s = std::to_string(r.between(1, 6)) + r.digits(8);
    return phi32(x, "ssn", form == "bare" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (head == "mrn") return phi32(x, "mrn", hospitalNo32(r));
  if (head == "acct" || head == "inv" || head == "claim" || head == "auth" || head == "plan" || head == "case" || head == "rcpt" || head == "inc")
    return phi32(x, "account", invoice32(r, head));
  if (head == "iban") return phi32(x, "account", iban32(r, g));
  if (head == "imei") return phi32(x, "device", r.digits(2) + "-" + r.digits(6) + "-" + r.digits(6) + "-" + r.digits(1));
  if (head == "serial") {
    static constexpr std::string_view kPre[] = {"HA", "IP", "CP", "OC"};
    return phi32(x, "device", any32(r, kPre) + r.digits(2) + r.letters(2, true) + r.digits(6));
  }
  if (head == "plate") return phi32(x, "vehicle", plate32(r, g));
  if (head == "vin") return phi32(x, "vehicle", r.letters(3, true) + r.digits(1) + r.letters(2, true) + r.digits(2) + r.letters(1, true) + r.digits(8));
  // Not PHI.
  if (head == "amt") return lit32(x, money32(r, g));
  if (head == "tm") return lit32(x, twoDigits(r.between(0, 23)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (head == "bed") return lit32(x, std::to_string(r.between(1, 6)) + r.letters(1, true) + "-" + twoDigits(r.between(1, 40)));
  if (head == "cpt") return lit32(x, std::to_string(r.between(10021, 99499)));
  if (head == "drg") return lit32(x, std::to_string(r.between(1, 999)));
  if (head == "last4") return lit32(x, r.digits(4));
  if (head == "rel") return lit32(x, relation32(c.g, c.rel, form));
  if (head == "gran") {  // a kin word before a name in a chat, outside the span
    const bool f = c.pt.female;
    if (c.g == G32::zw) return lit32(x, f ? "ambuya" : "sekuru");
    if (hispanic32(c.g)) return lit32(x, f ? "abuela" : "abuelo");
    return lit32(x, f ? "grandma" : "grandpa");
  }
  if (head == "he") return lit32(x, c.pt.female ? "she" : "he");
  if (head == "his") return lit32(x, c.pt.female ? "her" : "his");
  if (head == "sex") return lit32(x, c.pt.female ? "F" : "M");
  if (head == "s") return lit32(x, sentence32(r, form, c.g));
  throw std::logic_error("unknown placeholder " + std::string(key));
}

// Expands a pattern: the text between placeholders is written as it is, "{{" as a brace.
void expand32(Ctx32& x, std::string_view pattern) {
  std::string literal;
  for (std::size_t k = 0; k < pattern.size(); ++k) {
    if (pattern[k] != '{' || pattern.substr(k, 2) == "{{") {
      literal += pattern[k];
      k += pattern.substr(k, 2) == "{{";
      continue;
    }
    const std::size_t end = pattern.find('}', k);
    if (end == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    if (!literal.empty()) lit32(x, std::exchange(literal, {}));
    fill32(x, pattern.substr(k + 1, end - k - 1));
    k = end;
  }
  if (!literal.empty()) lit32(x, literal);
}

// SENTENCES
// Look-alike sentences without PHI in the voices of billing offices, claims and authorisation
// desks, bed management, transport, interpreter services, social work and chaplaincy, patient
// safety, complaints, medical records, mortuary, security and car parks, portal help desks and
// medical-staff offices: amounts next to numbers, tariff, CPT, DRG and ICD-10 codes, revenue and
// cost-centre codes, ward, bed and room numbers, times, batch numbers, clause and article numbers,
// the hospital's own IBAN and tax and registration numbers, public office addresses.
std::string sentence32(Random& r, std::string_view topic, G32 g) {
  const std::string m1 = money32(r, g), m2 = money32(r, g);
  const std::string n3 = std::to_string(r.between(100, 999)), n2 = std::to_string(r.between(10, 99)), h = twoDigits(r.between(6, 22));
  const std::string s[] = {
      // billing (0-7)
      "Room and board, semi-private, 3 days at " + m1 + " per day (rev. code 0120); pharmacy (rev. code 0250) " + m2 + "; CPT 99223 x1.",
      "Tariff 2024, section 4.2: bed-day ward B" + n2 + " " + m1 + "; theatre time per 30 min " + m2 + "; consumables at cost plus 10%.",
      "Balance due within 30 days; 2% discount if paid before the 15th; late fee 1.5% per month after 60 days (clause 7.3 of the tariff).",
      "Pay to: hospital account IBAN EE71 2200 2210 0000 1234 56 (facility), reference number on the invoice, VAT exempt under art. 15.",
      "Cost centre CC-4410 (cardiology ward), CC-5120 (pharmacy), CC-7030 (radiology); GL account 4001-220; batch B" + n3 + ".",
      "DRG 291 (heart failure and shock with MCC), relative weight 1.3420, base rate $6,214.00, outlier threshold $38,000.",
      "Deposit for admission: " + m1 + " for the ward, " + m2 + " for intensive care; refund of any balance within 10 working days.",
      "Itemised: CBC 1 x " + m1 + "; chest X-ray 2 views 1 x " + m2 + "; nomenclature codes 1234-56 and 7890-12; lot " + n3 + ".",
      // claims and remittance (8-12)
      "CARC CO-45 (charge exceeds fee schedule) $" + n3 + ".00; PR-2 coinsurance $84.20; RARC N130; check/EFT trace 00" + r.digits(7) + ".",
      "Claim frequency code 7 (replacement); place of service 21; ICD-10 I50.23, N18.4, E11.22; NPI of the billing provider on file.",
      "Denial reason 197: precertification absent; appeal within 180 days of the remittance date to the address on the back.",
      "Payer ID 87726; clearinghouse batch " + r.digits(6) + "; 12 claims accepted, 1 rejected (loop 2010BA, segment NM1).",
      "Tariff code 4.01.02 (specialist consultation) " + m1 + "; 4.03.11 (blood count) " + m2 + "; 4.05.07 (CT head) per the schedule.",
      // prior authorisation (13-15)
      "Medical necessity criteria InterQual 2024, subset Acute Adult; LOS approved 3 days, concurrent review on day 3.",
      "Requested: MRI lumbar spine without contrast (CPT 72148), ICD-10 M54.16; 6 weeks of conservative therapy documented.",
      "Peer-to-peer review offered within 2 business days; the determination letter follows by fax within 72 h (urgent) or 14 days.",
      // bed management and transport (16-20)
      "Bed board " + h + ":00: ward 4B 28 of 30 beds occupied, 2 blocked (infection control), 3 pending discharges before 11:00.",
      "ED boarders 7, longest 14 h; escalation level 3 (OPEL); surgical ward 6A opened 4 overflow beds in bay C.",
      "Transport: wheelchair van unit 12, stretcher ambulance unit A-07; pick-up window 09:00-11:00; oxygen 2 L/min required.",
      "Discharge lounge room 0.14 open 08:00-20:00; porter request code P3; average turnaround 46 minutes this week.",
      "Ambulance fleet number AMB-" + n2 + " out of service for MOT; the hospital van VAN-03 covers the dialysis run at 06:30.",
      // interpreter, social work, chaplaincy (21-24)
      "Interpreter session 45 min, telephone, Dari; job code INT-" + n3 + "; on-site interpreters for Arabic, Pashto and Portuguese on weekdays.",
      "Social work assessment: housing insecure, no income; referred to the hardship fund (policy FIN-12, section 3) and food bank.",
      "Chaplaincy rota: Catholic priest on call 24 h, imam Friday 12:30, Orthodox priest by request; multifaith room 2.08.",
      "Charity care eligibility: household income under 200% of the federal poverty level, 100% write-off; 200-400%, sliding scale.",
      // incidents and complaints (25-29)
      "Incident category: fall without injury, severity 1 (no harm); location ward 3C, bay 2; Datix reference to follow.",
      "Medication incident: wrong time (dose given 2 h late), no harm; root cause: pump alarm silenced; action plan item 4.",
      "Complaint acknowledged within 3 working days; response target 25 working days (complaints policy v3.2, section 6.1).",
      "Ombudsman's office: 1 Public Square, open 9:00-16:00; the office reviews complaints after the hospital's final response.",
      "Never event list 2024, item 11 (wrong-site surgery); RCA panel of 5; report to the board on the 3rd Thursday.",
      // records, legal, mortuary (30-33)
      "Release of information: copies at $6.50 flat fee for electronic records; 30 days to respond, one 30-day extension allowed.",
      "Legal hold scope: paper chart, EHR audit trail, PACS images, pump logs; retention suspended until further notice (policy LG-04).",
      "Mortuary: 24 refrigerated spaces, 2 bariatric; release hours 08:00-18:00; burial permit and cause-of-death certificate required.",
      "Records retention: adults 10 years after last contact, children until the 25th birthday, maternity 25 years (schedule 2, item 4).",
      // security, car parks, valuables, portal (34-38)
      "Car park P2: 420 spaces, 18 disabled bays, barrier fault at exit 2 logged 07:42; CCTV camera 14 replaced.",
      "Visitor hours 14:00-20:00; ICU 2 visitors per bed; security patrol rounds at 22:00, 02:00 and 05:00.",
      "Valuables envelope serial V-" + r.digits(5) + " sealed by two staff; cash counted twice; the safe in the cashier's office, room G.12.",
      "Portal maintenance window Sunday 01:00-03:00 (v4.12.1); MFA by SMS or authenticator app; session timeout 15 minutes.",
      "Password reset links expire after 30 minutes; 5 failed logins lock the account for 1 hour (help-desk KB article 2231).",
      // credentialing (39-40)
      "Credentialing committee meets on the 2nd Tuesday; privileges granted for 24 months; FPPE for the first 6 procedures.",
      "Required: licence verification, DEA registration, board certification, 2 peer references, malpractice history for 10 years.",
      // the countries' own languages (41-49)
      "Factura n.º de serie A, timbrado 1234567, vigencia hasta 31/12 del ejercicio; RUC de la institución 80012345-6; IVA 10% incluido.",
      "Arve tasuda 14 päeva jooksul; viivis 0,05% päevas; haigla registrikood 90001234, KMKR EE100123456.",
      "Rēķins apmaksājams 10 dienu laikā; pacienta iemaksa 10,00 € dienā; slimnīcas reģ. Nr. 40003123456.",
      "Račun zapade v 30 dneh; doplačilo po ceniku ZZZS 2024; matična številka bolnišnice 5053765000.",
      "Reikningur greiðist innan 30 daga; komugjald 2.900 kr.; kennitala sjúkrahússins 500300-2130 (stofnun, ekki einstaklingur).",
      "Hesab 10 iş günü ərzində ödənilməlidir; palata 3, çarpayı 12; xəstəxananın VÖEN 1400012345.",
      "Счёт оплачивается в течение 10 банковских дней; палата 412, койка 3; УНП учреждения 100123456.",
      "الفاتورة مستحقة خلال 30 يوماً؛ الجناح 3، السرير 12؛ رقم سجل المستشفى التجاري 12345.",
      "ໃບແຈ້ງໜີ້ຕ້ອງຊຳລະພາຍໃນ 15 ວັນ; ຕຶກ 3, ຕຽງ 12; ລະຫັດໂຮງໝໍ 01-2345.",
      "Pagamento até 30 dias após a emissão; enfermaria 4, cama 12; alvará da unidade sanitária n.º 123/MISAU/2019.",
      "Facture payable à 30 jours; chambre 214, lit B; n° RCCM de l'établissement RC/YAO/2015/B/1234; code acte K15.",
      "Factura exenta de IVA según artículo 83; sala 3, cama 12; RUC del sanatorio 80012345-6; código de prestación 01.02.03.",
      "Faktiora aloa ao anatin'ny 30 andro; efitra 12, fandriana 4; NIF an'ny hopitaly 2000123456, STAT 86101 11 2010 0 01234.",
      "Fagitire yishyurwa mu minsi 30; icyumba 12, igitanda 4; TIN y'ibitaro 101234567; ticket modérateur 10%.",
      "بل باید در ظرف 15 روز پرداخت شود؛ وارد 3، بستر 12؛ جواز شفاخانه 1234.",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "bill") k = in(0, 8);
  else if (topic == "claim") k = in(8, 5);
  else if (topic == "auth") k = in(13, 3);
  else if (topic == "bed") k = in(16, 5);
  else if (topic == "svc") k = in(21, 4);
  else if (topic == "inc") k = in(25, 5);
  else if (topic == "rec") k = in(30, 4);
  else if (topic == "sec") k = in(34, 5);
  else if (topic == "cred") k = in(39, 2);
  else if (topic == "lang") k = in(41, 15);
  return s[k];
}

struct Template32 {
  std::string_view name;
  Case32 mode;
  G32 g, away;
  std::string_view pattern;
};

constexpr Case32 kN = Case32::asIs;
constexpr Case32 kL = Case32::lower;
constexpr Case32 kU = Case32::upper;

constexpr Template32 kTemplates32[] = {
    // --- US ---
    {"us_itemized_statement", kN, G32::us, G32::us,
     "PATIENT ITEMIZED STATEMENT\nStatement date: {date.mdy}    Account #: {acct}\nGuarantor: {kin.inv} ({rel})\n{usaddr}\nPatient: {pt.full}    DOB {dob.mdy}    MRN {mrn}\n"
     "Service dates {past.mdy} - {later.mdy}\n{s.bill}\nInsurance paid {amt}; adjustments {amt}; PATIENT BALANCE {amt}\nQuestions? Call {phone.nat} or pay online at {url.pay}\n"},
    {"us_x12_837", kN, G32::us, G32::us,
     "ISA*00*          *00*          *ZZ*HOSP01         *ZZ*87726          *{last4}*1203*^*00501*00000{last4}*0*P*:~\nGS*HC*HOSP01*87726*{date.compact}*1203*{last4}*X*005010X223A2~\n"
     "NM1*IL*1*{pt.last}*{pt.given}****MI*{ins}~\nN3*{street}~\nN4*{cityonly}*{state}*{zip}~\nDMG*D8*{dob.compact}*{sex}~\nREF*SY*{ssn.bare}~\nCLM*{claim}*{last4}.75***11:A:1*Y*A*Y*Y~\n"
     "DTP*434*RD8*{date.compact}-{later.compact}~\nHI*ABK:I5023*ABF:N184~\nNM1*71*1*{s1.last}*{s1.given}****XX*{npi}~\n"},
    {"us_835_remittance", kN, G32::us, G32::us,
     "REMITTANCE ADVICE (835) - PATIENT DETAIL\nPayer claim control no. {claim}\nPatient: {pt.UP}    Member ID {ins}\nStatement period {date.compact} to {later.compact}\nBilled {amt}  Allowed {amt}  Paid {amt}\n{s.claim}\n"
     "Patient responsibility {amt}; statement to guarantor at {usaddr}\n"},
    {"us_prior_auth_fax", kN, G32::us, G32::us,
     "PRIOR AUTHORIZATION REQUEST - URGENT\nTo: utilization management, fax {fax}\nFrom: {s2.full}, RN, UM nurse, fax {fax}, phone {phone.nat}\nMember: {pt.inv}    DOB {dob.mdy}    Member ID {ins}\n"
     "Reference {auth}\nOrdering physician: Dr. {s1.full}, NPI on file\n{s.auth}\nAdmission date {date.mdy}\n"},
    {"us_collections_letter", kN, G32::us, G32::us,
     "FINAL NOTICE BEFORE COLLECTIONS\n{date.long}\n\n{pt.UP}\n{usaddr}\n\nDear {hon.pt} {pt.last},\nYour account {acct} for services on {past.mdy} has a balance of {amt}. If we do not hear from you within 30 days, "
     "the account will be placed with an outside agency. A payment plan ({plan}) of {amt} a month is available; call {s3.full}, CRCR, at {phone.nat} or {ph7}.\n{s.bill}\n"},
    {"us_portal_ticket", kN, G32::us, G32::us,
     "HELP DESK TICKET - PATIENT PORTAL IDENTITY VERIFICATION\nOpened {date.iso} {tm} by {s4.full}\nUser: {email}\nClaimed identity: {pt.full}, DOB {dob.mdy}, last 4 SSN {last4}, ZIP {zip}\n"
     "Login attempts from {ip6} and {ip}; 5 failures, account locked\nVerification link sent: {url.portal}\n{s.sec}\n"},
    {"us_records_release", kN, G32::us, G32::us,
     "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\nPatient name: {pt.full}    Date of birth: {dob.mdy}    SSN: {ssn}\nAddress: {usaddr}\nRelease to: {x1.full}, attorney, fax {fax}\n"
     "Records: discharge summary, ED records {past.mdy} to {later.mdy}\nThis authorization expires on {next.mdy}.\nSigned by {kin.full} ({rel}), power of attorney\n{s.rec}\nProcessed by {s2.full}, RHIA\n"},
    {"us_security_log", kN, G32::us, G32::us,
     "SECURITY DAILY ACTIVITY REPORT - PARKING STRUCTURE B\n{date.mdy}\n{tm} vehicle {plate} parked in ambulance bay, owner {kin.full} (visiting {pt.full}, room 412) moved it after a call to {phone.nat}\n"
     "{tm} VIN {vin} towed from fire lane\nOfficer {s4.full}\n{s.sec}\n"},
    {"us_chaplain_chat", kL, G32::us, G32::us,
     "chaplain on call, {date.md}: visited {pt.low}, {he} is {age.words} and asked for communion. {his} relative {kin.lowgiven} called from {phone.nat}, "
     "{his} sister, who is {oldkin.words}, wants to visit too. follow up {date.md}. - {s2.full}, bcc\n"},
    {"us_legal_hold", kN, G32::us, G32::us,
     "From: {semail.s1}\nTo: him-legal@hospital.example.org\nSubject: Legal hold - {pt.full}, MRN {mrn}\n\nPlease place a legal hold on all records of {pt.full} (DOB {dob.mdy}) for the admission of {past.long}. "
     "Case {case}, plaintiff's counsel {x1.full}, {phone.nat}.\n{s.rec}\n{s1.full}, CHPS, Privacy Officer\n"},
    {"us_csv_self_pay_export", kN, G32::us, G32::us,
     "account,last_name,first_name,dob,ssn,phone,zip,balance,last_payment\n{acct},{pt.last},{pt.given},{dob.compact},{ssn.bare},{phone.nat},{zip},{amt},{date.compact}\n"
     "{acct},{kin.last},{kin.given},{adob.compact},{ssn.bare},{ph7},{zip},{amt},{date.compact}\n"},
    // --- Afghanistan ---
    {"af_deposit_receipt", kN, G32::af, G32::af,
     "رسید پول پیش - شفاخانه\nنام مریض: {pt.nat}\nنام پدر: {pt.nfather}\nنمبر تذکره: {nid}\nتاریخ: {date.fa}\nمبلغ: {amt}\nشماره تماس: {phone}\nآدرس: {addr}\nصندوقدار: {s4.nat}\n{s.lang}\n"},
    {"af_registration", kN, G32::af, G32::af,
     "PATIENT REGISTRATION FORM - PRIVATE HOSPITAL, KABUL\nName: {pt.full}    Father's name: {pt.father}\nName as on Tazkira: {pt.off}\ne-Tazkira No.: {nid}\nDate of birth: {dob.sh}  (Gregorian {dob.dmy})\nAge: {age}\nAddress: {addr}\n"
     "Mobile: {phone}\nGuarantor: {kin.full}, {phone.intl}\nRegistration clerk: {s4.full}\n{s.bill}\n"},
    {"af_interpreter_booking", kN, G32::af, G32::us,
     "INTERPRETER SERVICES - BOOKING CONFIRMATION\nLanguage: Dari (backup Pashto)\nPatient: {pt.full}, MRN {mrn}, DOB {dob.mdy}\nAppointment: {xdate.mdy} {tm}, clinic 3B\nPatient phone: {xphone}\n"
     "Home: {xaddr}\nInterpreter: {s3.full}, CMI\nRequested by {x1.full}, LCSW\n{s.svc}\n"},
    {"af_sms", kL, G32::af, G32::af,
     "salam {pt.lowgiven} jan, shafakhana: paisa-e pesh-e shuma {amt} ast. tarikh-e bistari {date.falat}. ba {s4.lowgiven} tamas begirid {phone}\n"},
    // --- Syria ---
    {"sy_invoice", kN, G32::sy, G32::sy,
     "فاتورة مريض - مشفى خاص\nاسم المريض: {pt.nat}\nالرقم الوطني: {nid}\nرقم البطاقة الشخصية: {idcard}\nتاريخ الدخول: {date.ar}\nتاريخ الخروج: {later.ar}\nرقم الفاتورة: {inv}\nالعنوان: {addr}\n"
     "الهاتف: {phone}\nالمبلغ: {amt}\nأمين الصندوق: {s4.nat}\n{s.lang}\n"},
    {"sy_plainte", kN, G32::sy, G32::sy,
     "Objet : réclamation - dossier n° {mrn}\n{date.fr}\n\nMadame, Monsieur,\nJe soussigné(e) {kin.full}, {rel.fr} de {pt.full} (né(e) le {dob.fr}), domicilié(e) {addr}, conteste la facture {inv} "
     "établie après l'hospitalisation du {past.fr}. Mon téléphone : {phone.intl}.\nVeuillez agréer mes salutations.\n{kin.full}\n{s.inc}\n"},
    {"sy_whatsapp", kL, G32::sy, G32::sy,
     "[{date.dm} {tm}] {kin.lowgiven}: marhaba, 3am ektob 3an {pt.low}. el fatura {inv} ktir ghalye\n[{tm}] billing: ahlan, baddna raqam el hawiye {idcard}\n"
     "[{tm}] {kin.lowgiven}: hayda, w ra2me {phone}\n"},
    {"sy_records_request", kN, G32::sy, G32::sy,
     "طلب الحصول على نسخة من الملف الطبي\nمقدم الطلب: {nhon.kin} {kin.nat}\nصلة القرابة: {rel}\nالمريض: {pt.nat}، مواليد {dob.ar}\nالرقم الوطني: {nid}\nرقم الملف: {mrn}\nالهاتف: {phone}\n"
     "البريد الإلكتروني: {email.kin}\nاستلم الطلب: {ndoc.s1} {s1.nat}\n{s.rec}\n"},
    // --- Madagascar ---
    {"mg_facture", kN, G32::mg, G32::mg,
     "CENTRE HOSPITALIER - FACTURE N° {inv}\nDate : {date.fr}\nPatient : {pt.off}\nCIN : {nid}\nN° affiliation : {ins}\nAdresse : {addr}\nTél. : {phone}\n{s.bill}\nNet à payer : {amt}\n"
     "Caissière : {hon.s3} {s3.full}\n"},
    {"mg_recu_ocr", kN, G32::mg, G32::mg,
     "REÇU DE PAIEMENT  N° {rcpt}\nReçu de : {pt.UP}\nla somme de : {amt}\nMotif : hospitalisation du {date.dmy} au {later.dmy}\nCIN {nid}\nTél {ocrphone}\n[illisible] ... caisse 2 ... {s4.full}\n"},
    {"mg_sms", kL, G32::mg, G32::mg,
     "manao ahoana {hon.pt} {pt.given}, ny faktiora {inv} ({amt}) dia tokony aloa alohan'ny {date.mg}. antsoy {phone} raha misy fanontaniana. - hopitaly\n"},
    {"mg_evasan", kN, G32::mg, G32::lu,
     "DEMANDE D'ÉVACUATION SANITAIRE\nPatient : {pt.off}, né(e) le {dob.fr}\nCIN : {nid}    Passeport : {pass}\nAdresse : {addr}\nHôpital d'accueil : Centre hospitalier, Luxembourg\n"
     "Devis n° {inv} du {xdate.fr}\nAccompagnant : {kin.full} ({rel}), {phone.intl}\nMédecin référent : {doc.s1} {s1.full}\n{s.bill}\n"},
    // --- Mozambique ---
    {"mz_fatura", kN, G32::mz, G32::mz,
     "HOSPITAL PRIVADO - NUIT 400123456 - Av. 25 de Setembro 1230, Maputo\nFATURA N.º {inv}\nData: {date.pt}\nDoente: {pt.full}\nBI: {nid}    NUIT: {nuit}\nBeneficiário INSS n.º {ins}\nMorada: {addr}\nContacto: {phone}\n{s.bill}\nTotal: {amt}\n"
     "Pagamento por transferência, NIB do hospital na nota de rodapé.\nEmitido por: {s4.full}\n"},
    {"mz_transferencia", kN, G32::mz, G32::mz,
     "GUIA DE TRANSFERÊNCIA E TRANSPORTE DE DOENTE\nDoente: {pt.UP}, {age} anos\nBI n.º {nid}\nData da transferência: {date.dmy}, saída às {tm}\nAcompanhante: {kin.full} ({rel}), {phone.nat}\n"
     "Residência: {addr}\nEnfermeira: Enf. {s3.full}\nMédico: {doc.s1} {s1.full}\n{s.bed}\n"},
    {"mz_entrega_corpo", kN, G32::mz, G32::mz,
     "TERMO DE ENTREGA DE CADÁVER\nFalecido(a): {pt.full}, falecido(a) em {date.pt}\nBI do falecido: {nid}\nEntregue a: {kin.full}, {rel}, BI n.º {kinid}\nAgência funerária: representante {x1.full}, viatura {plate}\n"
     "Contacto: {phone}\n{s.rec}\nMorgue: {s4.full}\n"},
    // --- Zambia ---
    {"zm_nhima_claim", kN, G32::zm, G32::zm,
     "NHIMA CLAIM FORM - INPATIENT\nMember name: {pt.inv}\nNHIMA No.: {ins}\nNRC No.: {nid}\nDate of admission: {date.dmy}    Date of discharge: {later.dmy}\nClaim ref: {claim}\nPhysical address: {addr}\n"
     "Cell: {phone}\n{s.claim}\nAttending: {doc.s1} {s1.full}\nClaims officer: {s4.full}\n"},
    {"zm_debt_letter", kN, G32::zm, G32::zm,
     "{date.en}\n\n{hon.pt} {pt.full}\n{addr}\n\nRE: OUTSTANDING HOSPITAL BILL - ACCOUNT {acct}\nOur records show an unpaid balance of {amt} for your admission on {past.dmy}. Kindly settle within 14 days "
     "or contact our revenue office on {phone.nat}.\n{s.bill}\nYours faithfully,\n{s4.full}\nRevenue Accountant\n"},
    {"zm_whatsapp", kL, G32::zm, G32::zm,
     "{date.dm} {tm} - {kin.low}: muli shani, ba {pt.lowgiven} was discharged but they are holding her nrc {nid} for the bill. our grandmother is {oldkin.words} and cannot come\n{date.dm} {tm} - billing: please come with {amt}, ask for {s4.lowgiven} at cash office, or call {phone}\n"},
    {"zm_bed_board", kN, G32::zm, G32::zm,
     "BED MANAGEMENT BOARD - {date.dmy} {tm}\nWard | Bed | Patient | Hosp. No. | Expected discharge\nC3 | {bed} | {pt.reg} | {mrn} | {later.dmy}\nC3 | {bed} | {kin.reg} | {mrn} | {later.dmy}\n{s.bed}\nBed manager: Sister {s3.full}\n"},
    // --- Zimbabwe ---
    {"zw_medical_aid_claim", kN, G32::zw, G32::zw,
     "MEDICAL AID CLAIM - SHORTFALL NOTICE\nMember: {pt.full}    Member no. {ins}\nNational ID: {nid}\nDependant: {kin.full}\nDate of service: {date.dmon}\nClaim no. {claim}\nShortfall payable by member: {amt}\n"
     "Address: {addr}\nPhone: {phone}\n{s.claim}\n"},
    {"zw_deposit_receipt", kN, G32::zw, G32::zw,
     "ADMISSION DEPOSIT RECEIPT No. {rcpt}\nReceived from {kin.UP} (ID {kinid}) on behalf of {pt.full}\nAmount: {amt} (EcoCash)\nDate: {date.dmy}\nCashier: {s4.full}\nNB: deposits are refundable within 30 days.\n"},
    {"zw_incident_report", kN, G32::zw, G32::zw,
     "PATIENT SAFETY INCIDENT REPORT {inc}\nDate of incident: {date.dmy}    Time: {tm}\nPatient: {pt.full}, hospital no. {mrn}, age {age}\nWard: female medical, {bed}\nDescription: {s.inc}\n"
     "Reported by: Sister {s3.full}\nWitness: {s2.full}\nFamily informed: {kin.full}, {phone.nat}, on {again.dmy}\n"},
    {"zw_security_log", kN, G32::zw, G32::zw,
     "MAIN GATE OCCURRENCE BOOK\n{date.dmy}\n{tm} {kin.UP} entered with vehicle {plate} to collect {pt.full} from ward B5 - discharge papers checked\n{tm} taxi {plate} refused entry, no pass\nGuard on duty: {s4.full}\n{s.sec}\n"},
    // --- Rwanda ---
    {"rw_mutuelle_invoice", kN, G32::rw, G32::rw,
     "FAKITIRI / FACTURE N° {inv}\nUmurwayi / Patient : {pt.off}\nIndangamuntu / ID : {nid}\nMutuelle de santé n° {ins}\nItariki / Date : {date.rw}\nAderesi : {addr}\nTelefoni : {phone}\n{s.bill}\n"
     "Ticket modérateur 10% : {amt}\nUmucungamari : {s4.full}\n"},
    {"rw_ambulance_transfer", kN, G32::rw, G32::rw,
     "AMBULANCE TRANSFER REQUEST - DISTRICT HOSPITAL TO REFERRAL HOSPITAL\nPatient: {pt.off}, {sex}, {age} years\nNational ID: {nid}\nInsurance: RSSB, No. {ins}\nDate: {date.dmy}    Departure {tm}\n"
     "Escort: {kin.full} ({rel}), {phone.intl}\nReferring doctor: Dr {s1.full}\n{s.bed}\n"},
    {"rw_social_work", kN, G32::rw, G32::rw,
     "FICHE DE RÉFÉRENCE - SERVICE SOCIAL\nDate : {date.fr}\nPatient : {pt.off}, {age} ans\nN° ID : {nid}\nAdresse : {addr}\nMotif : incapacité de payer la facture {inv} ({amt})\n{s.svc}\n"
     "Assistante sociale : {hon.s3} {s3.full}\nTél. : {phone}\n"},
    // --- Cameroon ---
    {"cm_facture", kN, G32::cm, G32::cm,
     "HÔPITAL - FACTURE DE SORTIE N° {inv}\nNom du malade : {pt.reg}\nCNI n° : {nid}\nAssurance : police {ins}\nEntrée le {date.fr} - sortie le {later.fr}\nDomicile : {addr}\nTél. : {phone}\n{s.bill}\n"
     "Reste à payer : {amt}\nLe caissier : {s4.full}\n"},
    {"cm_complaint_en", kN, G32::cm, G32::cm,
     "{date.en}\n\nThe Director\nRegional Hospital, Bamenda\n\nDear Sir,\nCOMPLAINT ABOUT THE DETENTION OF MY RELATIVE\nMy relative {pt.full} was kept on the ward after discharge on {past.dmy} because of an unpaid bill of {amt}. "
     "I am reachable at {phone} and live at {addr}.\nYours faithfully,\n{kin.full}\n{s.inc}\n"},
    {"cm_chat", kL, G32::cm, G32::cm,
     "{kin.lowgiven}: bonsoir, c'est pour {pt.low}, chambre 12. la caisse demande {amt} avant la sortie du {date.dm}\ncaisse: ok, envoyez par orange money au {phone}, référence {inv}\n"},
    // --- Paraguay ---
    {"py_ips_orden", kN, G32::py, G32::py,
     "INSTITUTO DE PREVISIÓN SOCIAL - ORDEN DE INTERNACIÓN\nAsegurado/a: {pt.inv}\nC.I. N°: {nid}\nN° de asegurado: {ins}\nFecha: {date.es}\nDomicilio: {addr}\nTeléfono: {phone}\n{s.auth}\n"
     "Médico: {doc.s1} {s1.full}, Reg. Prof. {reg}\n"},
    {"py_factura", kN, G32::py, G32::py,
     "SANATORIO PRIVADO S.A. - RUC 80012345-6 - Timbrado N° 12345678\nFACTURA CONTADO N° {pyinv}\nFecha de emisión: {date.dmy}\nNombre o razón social: {pt.reg}\nRUC / C.I.: {nid}\nDirección: {addr}\n{s.bill}\nTotal a pagar: {amt}\n"
     "Cajera: Lic. {s4.full}\n"},
    {"py_whatsapp", kL, G32::py, G32::py,
     "{date.dm} {tm} - {kin.lowgiven}: mba'éichapa, che pariente {pt.lowgiven} oĩ internado, ¿mboy piko la cuenta? ci {nid}\n{date.dm} {tm} - administración: la cuenta {acct} es {amt}, aguardamos en caja, consultas al {phone}\n"},
    {"py_visitor_log", kN, G32::py, G32::py,
     "REGISTRO DE VISITAS - TERAPIA INTENSIVA\nFecha: {date.dmy}\nHora | Visitante | C.I. | Paciente | Cama\n{tm} | {kin.full} | {kinid} | {pt.full} | {bed}\n{tm} | {x1.full} | {pass} | {pt.full} | {bed}\n"
     "Guardia: {s4.full}\n"},
    // --- Uruguay ---
    {"uy_estado_cuenta", kN, G32::uy, G32::uy,
     "ESTADO DE CUENTA - SOCIO N° {ins}\nTitular: {pt.full}\nC.I.: {nid}\nDomicilio: {addr}\nPeríodo: 03/2024\nÓrdenes y tickets: {amt}; cuota mutual: {amt}\nVencimiento: {date.dmy}\n"
     "Consultas: {phone} o {email}\n{s.bill}\n"},
    {"uy_reclamo", kN, G32::uy, G32::uy,
     "Montevideo, {date.es}\n\nSra. Directora de la Oficina de Atención al Usuario\n\nReclamo N° {case}\nQuien suscribe, {kin.full}, C.I. {kinid}, en calidad de {rel} de {pt.full}, C.I. {nid}, "
     "presenta reclamo por el cobro de órdenes de la internación del {past.dmy}.\nDomicilio constituido: {addr}. Teléfono {phone}.\n{s.inc}\n"},
    {"uy_portal", kN, G32::uy, G32::uy,
     "SOPORTE - APP DE LA MUTUALISTA\nTicket abierto {date.dmy} {tm}\nSocio: {pt.full}, C.I. {nid}\nCorreo: {email}\nIP de acceso: {ip}\nEnlace de validación enviado: {url.portal}\n{s.sec}\nAgente: {s4.full}\n"},
    // --- Costa Rica ---
    {"cr_transporte", kN, G32::cr, G32::cr,
     "SOLICITUD DE TRASLADO EN AMBULANCIA - CCSS\nPaciente: {pt.full}\nCédula: {nid}\nN° asegurado: {ins}\nFecha de la cita: {date.es}, hora {tm}\nDirección exacta: {addr}\nTeléfono: {phone}\n"
     "Acompañante: {hon.kin} {kin.full}\n{s.bed}\nSolicita: {doc.s1} {s1.full}\n"},
    {"cr_factura_ins", kN, G32::cr, G32::cr,
     "HOSPITAL PRIVADO - FACTURA ELECTRÓNICA {inv}\nCliente: {pt.reg}\nCédula física: {nid}\nPóliza: {ins}\nFecha: {date.dmy}\nCorreo: {email}\n{s.claim}\nTotal: {amt}\n"},
    {"cr_valores", kN, G32::cr, G32::cr,
     "BITÁCORA DE OBJETOS DE VALOR - EMERGENCIAS\nFecha: {date.dmy} {tm}\nPaciente: {pt.full}, cédula {nid}\nObjetos: celular, IMEI {imei}; audífono, serie {serial}; billetera con {amt}\n"
     "Recibe: {s3.full}    Testigo: {s4.full}\nDevuelto a: {kin.full} el {later.dmy}\n"},
    // --- Panama ---
    {"pa_css_factura", kN, G32::pa, G32::pa,
     "CAJA DE SEGURO SOCIAL - ESTADO DE CUENTA HOSPITALARIO\nAsegurado: {pt.full}\nCédula: {nid}\nN° de seguro social: {ins}\nIngreso: {date.dmy}    Egreso: {later.dmy}\nDirección: {addr}\nTeléfono: {ph7} / {phone}\n"
     "{s.bill}\nSaldo: {amt}\n"},
    {"pa_preadmision", kN, G32::pa, G32::pa,
     "FORMULARIO DE PREADMISIÓN\nNombre: {pt.inv}\nCédula: {nid}\nFecha de nacimiento: {dob.dmy}\nEdad: {age} años\nDirección: {addr}\nTeléfono: {phone}\nCorreo: {email}\n"
     "Responsable de cuenta: {kin.full}, {rel}, cédula {kinid}\nCirugía programada: {date.es}\n{s.auth}\n"},
    {"pa_estacionamiento", kN, G32::pa, G32::pa,
     "PERMISO DE ESTACIONAMIENTO - FAMILIAR DE PACIENTE\nPermiso N° {last4}\nVehículo: placa {plate}\nPropietario: {kin.full}, cédula {kinid}, tel. {ph7}\nPaciente: {pt.full}, sala 4B\nVigencia: {date.dmy} al {later.dmy}\n{s.sec}\n"},
    // --- Belarus ---
    {"by_schet", kN, G32::by, G32::by,
     "СЧЁТ № {inv} ЗА ПЛАТНЫЕ МЕДИЦИНСКИЕ УСЛУГИ\nДата: {date.ru}\nПациент: {pt.nat}\nЛичный номер: {nid}\nПаспорт: {idcard}\nАдрес: {addr}\nТелефон: {phone}\n{s.lang}\nИтого: {amt}\n"
     "Кассир: {s4.nat}\n"},
    {"by_scarga", kN, G32::by, G32::by,
     "Галоўнаму ўрачу\nад {kin.nat}\n{addr}\nтэл. {phone}\n\nСКАРГА\nПацыент {pt.nat}, {dob.be} нар., асабісты нумар {nid}, знаходзілася ў аддзяленні з {past.be} па {later.be}. "
     "Прашу растлумачыць рахунак № {inv}.\n{date.be}\n{s.inc}\n"},
    {"by_records_request", kN, G32::by, G32::by,
     "REQUEST FOR MEDICAL RECORDS (TRANSLATION)\nApplicant: {pt.off}\nPersonal no.: {nid}\nPassport: {pass}\nDate of birth: {dob.dot}\nAddress: {addr}\nE-mail: {email}\nRecords of stay {past.dot} - {later.dot}\n{s.rec}\n"},
    {"by_sms", kL, G32::by, G32::by,
     "{kin.nat}, добры дзень. рахунак за лячэнне {pt.nat} {amt}, аплата да {date.dot}. пытанні па тэл. {phone}\n"},
    // --- Azerbaijan ---
    {"az_icbari_claim", kN, G32::az, G32::az,
     "İCBARİ TİBBİ SIĞORTA - XİDMƏT HESABI\nPasiyent: {pt.off}\nFİN: {nid}\nŞəxsiyyət vəsiqəsi: {idcard}\nSığorta nömrəsi: {ins}\nXəstəxanaya daxil olma: {date.az}\nÜnvan: {addr}\nTelefon: {phone}\n"
     "{s.claim}\nHəkim: {doc.s1} {s1.full}\n"},
    {"az_qebz", kN, G32::az, G32::az,
     "ÖDƏNİŞ QƏBZİ № {rcpt}\nTarix: {date.dot}\nÖdəyici: {kin.full}\nPasiyent: {pt.full}\nMəbləğ: {amt}\nKassir: {s4.full}\n{s.lang}\n"},
    {"az_complaint", kN, G32::az, G32::az,
     "Hörmətli {s1.given} {post.s1},\n{date.az} tarixində yaxınım {pt.full} ({age} yaş) təcili yardım şöbəsində {tm}-dan gözlədi. Hesab № {inv} səhvdir.\nƏlaqə: {phone}, {email.kin}\nHörmətlə, {kin.full}\n{s.inc}\n"},
    {"az_telegram", kL, G32::az, G32::az,
     "{kin.lowgiven}: salam, {pt.lowgiven} {post.pt} üçün hesabı göndərə bilərsiz? fin {nid}\nqeydiyyat: göndərdik, {email.kin} ünvanına, sual olsa {phone}\n"},
    // --- Estonia ---
    {"ee_arve", kN, G32::ee, G32::ee,
     "HAIGLA SA, registrikood 90001234, a/a EE12 2200 0000 0012 3456\nARVE NR {inv}\nKuupäev: {date.dot}\nPatsient: {pt.full}\nIsikukood: {nid}\nAadress: {addr}\nE-post: {email}\n{s.bill}\nTasuda: {amt}\nMaksja arvelduskonto: {iban}\n"},
    {"ee_portal", kN, G32::ee, G32::ee,
     "DIGILUGU HELPDESK - TICKET\nOpened {date.iso} {tm}\nPatient: {pt.full}, isikukood {nid}\nID card: {idcard}\nSession from {ip6}\nIssue: cannot see invoice {inv} in the patient portal\nReply to {email}\n{s.sec}\n"},
    {"ee_parking", kN, G32::ee, G32::ee,
     "PARKIMISLUBA - PATSIENDI LÄHEDANE\nLuba nr {last4}\nSõiduk: {plate}\nOmanik: {hon.kin} {kin.full}, tel {ph7}\nPatsient: {pt.full}\nKehtib {date.dot} - {later.dot}\n{s.sec}\n"},
    {"ee_complaint", kN, G32::ee, G32::ee,
     "Tervisekassa - vaidemenetlus {case}\nKuupäev: {date.et}\nTaotleja: {pt.full}, isikukood {nid}, {age} aastat\nAadress: {addr}\nTelefon: {phone}\nVaidlustatud arve: {inv}\n{s.inc}\n"},
    // --- Latvia ---
    {"lv_rekins", kN, G32::lv, G32::lv,
     "RĒĶINS Nr. {inv}\nDatums: {date.lvdot}\nPacients: {pt.full}\nPersonas kods: {nid}\nAdrese: {addr}\nTālrunis: {phone}\n{s.bill}\nKopā apmaksai: {amt}\nMaksātāja konts: {iban}\n"},
    {"lv_nvd_denial", kN, G32::lv, G32::lv,
     "{date.lv}\n\nCien. {pt.last} {post.pt}!\nNacionālais veselības dienests atsaka apmaksāt pakalpojumu (pieprasījums {auth}). Pacients: {pt.full}, personas kods {nid}.\n"
     "Lēmumu var apstrīdēt viena mēneša laikā.\nAr cieņu, {s2.full}\n{s.auth}\n"},
    {"lv_lost_property", kN, G32::lv, G32::lv,
     "ATRASTO MANTU ŽURNĀLS\n{date.lvdot} {tm} - nodaļa 5, palāta 12\nPacients: {pt.reg}\nMantas: mobilais tālrunis IMEI {imei}, dzirdes aparāts S/N {serial}\nIzsniegts: {kin.full}, pase {pass}\nSargs: {s4.full}\n"},
    // --- Slovenia ---
    {"si_racun", kN, G32::si, G32::si,
     "RAČUN ŠT. {inv}\nDatum: {date.sldot}\nPlačnik: {pt.full}\nEMŠO: {nid}\nŠt. kartice ZZZS: {ins}\nNaslov: {addr}\n{s.bill}\nZa plačilo: {amt}\nTRR plačnika: {iban}\n"},
    {"si_legal_hold", kN, G32::si, G32::si,
     "OKRAJNO SODIŠČE V LJUBLJANI\nOpr. št. {case}\nDne {date.sl}\n\nZadeva: zavarovanje dokazov - zdravstvena dokumentacija pacientke/pacienta {pt.full}, EMŠO {nid}, {addr}.\n"
     "Tožnik: {kin.full}. Pooblaščenec: odv. {x1.full}, tel. {phone}.\n{s.rec}\n"},
    {"si_interpreter", kN, G32::si, G32::af,
     "NAROČILO TOLMAČA\nJezik: dari\nPacient: {pt.full}, rojen {dob.sl}\nŠt. potnega lista: {pass}\nTermin: {date.sldot} ob {tm}\nKontakt: {xphone}\n{s.svc}\nNaročila: {hon.s3} {s3.full}\n"},
    // --- Iceland ---
    {"is_reikningur", kN, G32::is, G32::is,
     "REIKNINGUR NR. {inv}\nDagsetning: {date.isdot}\nSjúklingur: {pt.full}\nKennitala: {nid}\nHeimilisfang: {addr}\nSími: {ph7}\n{s.bill}\nSamtals: {amt}\nBankareikningur greiðanda: {iban}\n"},
    {"is_portal", kN, G32::is, G32::is,
     "HEILSUVERA - ÞJÓNUSTUBEIÐNI\nStofnað: {date.is} {tm}\nNotandi: {pt.full}, kt. {nid}\nNetfang: {email}\nIP: {ip}\nTengill: {url.portal}\nSími: {phone}\n{s.sec}\n"},
    {"is_sms", kL, G32::is, G32::is,
     "hæ {kin.lowgiven}, {pt.lowgiven} fær að fara heim {date.dm}. amma er {oldkin} ára og getur ekki sótt hana, hringdu í {ph7}\n"},
    // --- Luxembourg ---
    {"lu_facture_cns", kN, G32::lu, G32::lu,
     "FACTURE D'HOSPITALISATION N° {inv}\nDate : {date.fr}\nPatient : {pt.full}\nMatricule : {nid}\nCaisse : CNS - mutuelle {ins}\nAdresse : {addr}\n{s.bill}\nPart personnelle : {amt}\n"},
    {"lu_incident", kN, G32::lu, G32::lu,
     "DÉCLARATION D'ÉVÉNEMENT INDÉSIRABLE {inc}\nDate : {date.dmy} à {tm}\nPatient : {pt.full}, matricule {nid}, {age} ans\nService : gériatrie, chambre 214\nDéclarant : {hon.s3} {s3.full}\n{s.inc}\n"},
    {"lu_email", kN, G32::lu, G32::lu,
     "De : {email.kin}\nÀ : facturation@hospital.example.lu\nObjet : Rechnung {inv}\n\nMoien, ech schreiwen fir {pt.full}, gebuer den {dob.lb}. D'Rechnung vum {date.lb} ass falsch. Tel. {phone}.\nMerci, {kin.full}\n"},
    // --- Laos ---
    {"la_invoice", kN, G32::la, G32::la,
     "ໃບແຈ້ງໜີ້ ເລກທີ {inv}\nຊື່ຄົນເຈັບ: {nhon.pt} {pt.nat}\nເລກບັດປະຈຳຕົວ: {nid}\nວັນທີ: {date.lo}\nທີ່ຢູ່: {addr}\nເບີໂທ: {phone}\n{s.lang}\nລວມ: {amt}\nພະນັກງານເກັບເງິນ: {s4.nat}\n"},
    {"la_nhi_claim", kN, G32::la, G32::la,
     "NATIONAL HEALTH INSURANCE - CLAIM\nPatient: {pt.reg}\nNHI No.: {ins}\nID card: {nid}\nAdmission: {date.dmy}\nAddress: {addr}\nPhone: {phone.intl}\n{s.claim}\nDoctor: {ndoc.s1} {s1.nat}\n"},
    {"la_chat", kL, G32::la, G32::la,
     "{kin.lowgiven}: sabaidee, {pt.lowgiven} ja ok hong mor {date.dm} bor? kha hong {amt}\nhospital: jao, toh ma {phone} der\n"},
    {"us_eob_member", kN, G32::us, G32::us,
     "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\n{pt.UP}\n{usaddr}\nMember ID {ins}    Group 00{last4}\nClaim {claim}    Provider: community hospital    Date of service {date.mdy}\n"
     "Amount billed {amt}  Plan discount {amt}  Plan paid {amt}  You may owe {amt}\n{s.claim}\nQuestions: member services {phone.nat}\n"},
    {"us_payment_plan_sms", kL, G32::us, G32::us,
     "hospital billing: hi {pt.lowgiven}, your payment plan {plan} installment of {amt} is due {date.md}. pay at {url.pay} or reply stop. questions {phone.nat}\n"},
    {"us_credentialing_letter", kN, G32::us, G32::us,
     "MEDICAL STAFF OFFICE\n{date.long}\n\nDr. {s1.full}\nState license {reg}\n\nRe: focused professional practice evaluation\nDear Dr. {s1.last},\nThe credentials committee reviewed the complaint filed by {kin.full} about the care of {pt.full} (MRN {mrn}) on {past.mdy}. "
     "Your privileges are renewed with FPPE for 6 months.\n{s.cred}\n{s2.full}, CPCS, MBA\nMedical Staff Services\n"},
    {"us_visitor_log_csv", kN, G32::us, G32::us,
     "badge,visitor,plate,patient,room,in,out\nV{last4},{kin.full},{plate},\"{pt.inv}\",412,{date.md} {tm},{tm}\nV{last4},{x1.full},{plate},\"{pt.inv}\",412,{date.md} {tm},{tm}\n"},
    {"us_transport_booking", kN, G32::us, G32::us,
     "NON-EMERGENCY TRANSPORT BOOKING\nTrip date {date.mdy}    Pick-up {tm}\nRider: {pt.full}, DOB {dob.mdy}, age {age}\nPick-up: {usaddr}\nRider phone {ph7}; contact {kin.given} {phone.nat}\nMedicaid ID {ins}\n{s.bed}\nDispatcher {s4.full}\n"},
    {"af_mortuary_release", kN, G32::af, G32::af,
     "MORTUARY RELEASE FORM\nDeceased: {pt.off}\ne-Tazkira: {nid}\nDate of death: {date.dmy} ({again.sh})\nAge: {age}\nReleased to: {kin.full} ({rel}), Tazkira {kinid}, phone {phone}\nVehicle: {plate}\nBurial place: {town}\nMortuary attendant: {s4.full}\n{s.rec}\n"},
    {"sy_social_work", kN, G32::sy, G32::sy,
     "SOCIAL WORK REFERRAL - FEE WAIVER\nPatient: {pt.off}\nNational no.: {nid}\nUNHCR case: {unhcr}\nAddress: {addr}\nPhone: {phone.intl}\nOutstanding bill {inv}: {amt}\n{s.svc}\nSocial worker: {s3.full}, {phone}\n"},
    {"mg_sortie_corps", kN, G32::mg, G32::mg,
     "AUTORISATION DE SORTIE DE CORPS\nNom du défunt : {pt.off}\nDécédé(e) le : {date.fr}\nCIN : {nid}\nCorps remis à : {hon.kin} {kin.full}, CIN {kinid}\nDestination : {town}\nTéléphone : {phone}\n{s.rec}\nLe major de la morgue : {s4.full}\n"},
    {"mz_mpesa_chat", kL, G32::mz, G32::mz,
     "{kin.lowgiven}: boa tarde, paguei a fatura {inv} do {pt.low} por m-pesa, {amt}, no dia {date.dm}\ntesouraria: recebido, obrigado. o recibo vai para {email.kin}\n{kin.lowgiven}: ok, o meu número é {phone}\n"},
    {"zm_chaplaincy_referral", kN, G32::zm, G32::zm,
     "CHAPLAINCY REFERRAL\nDate: {date.dmy}\nPatient: {pt.full}, ward C3, {bed}\nAge: {age}\nDenomination: UCZ\nRequest: prayer and communion; family ({kin.full}, {phone}) asks for a visit before surgery on {date.dmy}\nReferred by Sister {s3.full}\n{s.svc}\n"},
    {"zw_ocr_receipt", kN, G32::zw, G32::zw,
     "OFFICIAL RECEIPT  No {rcpt}\n~ ~ PARIRENYATWA ... cash office\nRece1ved from: {pt.UP}\nID No {nid}\nthe sum of {amt} being deposit\nDate {date.dmy}\nTel {ocrphone}\ncash1er: {s4.full}\n"},
    {"rw_sms", kL, G32::rw, G32::rw,
     "muraho {pt.lowgiven}, fagitire yawe {inv} ingana {amt}. ishyura kuri mobile money bitarenze {date.dm}. ukeneye ubufasha hamagara {phone}. murakoze\n"},
    {"cm_morgue", kN, G32::cm, G32::cm,
     "BON DE SORTIE DE LA MORGUE\nDéfunt(e) : {pt.reg}, décédé(e) le {date.fr}, {age} ans\nCNI : {nid}\nRemis à : {kin.full}, CNI {kinid}, tél. {phone}\nFrais de conservation : {amt}, quittance {rcpt}\nVéhicule de la famille : {plate}\n{s.rec}\n"},
    {"py_plan_pagos", kN, G32::py, G32::py,
     "CONVENIO DE PAGO N° {plan}\nAsunción, {date.es}\nDeudor: {kin.full}, C.I. N° {kinid}\nPaciente: {pt.full}\nCuenta: {acct}\nSaldo: {amt}, en 6 cuotas de {amt}\nPrimera cuota: {next.dmy}\nDomicilio: {addr}\nTeléfono: {phone}\nFirma del deudor: {kin.UP}\n"},
    {"uy_whatsapp", kL, G32::uy, G32::uy,
     "{date.dm} {tm} - {kin.lowgiven}: hola, soy {kin.low}, me llegó un cobro de {amt} por la internación de mi {gran} {pt.lowgiven}, tiene {oldkin} años\n{date.dm} {tm} - atención al socio: hola {kin.lowgiven}, pasame la cédula de ella y te aviso. {nid}?\n"},
    {"cr_trabajo_social", kN, G32::cr, G32::cr,
     "TRABAJO SOCIAL - REFERENCIA\nFecha: {date.es}\nPaciente: {hon.pt} {pt.full}, {age} años, cédula {nid}\nDirección: {addr}\nTeléfono: {phone}\nMotivo: adulto mayor sin red de apoyo; su familiar {kin.full} vive en {town}\n{s.svc}\nTrabajadora social: Lic. {s3.full}\n"},
    {"pa_us_invoice", kN, G32::pa, G32::us,
     "INTERNATIONAL PATIENT SERVICES - SELF-PAY ESTIMATE\nPatient: {pt.full}\nPassport: {pass}    Cédula: {nid}\nHome address: {addr}\nPhone: {phone.intl}\nLocal contact in the US: {x1.full}, {xphone}\nEstimate {inv} dated {xdate.mdy}\n{s.bill}\nDeposit due before admission: {amt}\n"},
    {"by_lv_invoice", kN, G32::by, G32::lv,
     "RĒĶINS ĀRVALSTU PACIENTAM Nr. {inv}\nDatums: {xdate.lvdot}\nPacients: {pt.full}\nPase: {pass}\nIdentifikācijas numurs: {nid}\nDzīvesvieta: {addr}\nTālrunis: {phone.intl}\n{s.bill}\nApmaksāt: {amt}\n"},
    {"az_portal", kN, G32::az, G32::az,
     "E-TƏBİB DƏSTƏK - MÜRACİƏT\nTarix: {date.dot} {tm}\nİstifadəçi: {pt.full}\nFİN: {nid}\nE-poçt: {email}\nIP: {ip6}\nYoxlama linki: {url.portal}\n{s.sec}\nOperator: {s4.full}\n"},
    {"ee_subject_access", kN, G32::ee, G32::ee,
     "From: {email}\nTo: andmekaitse@hospital.example.ee\nSubject: Isikuandmete päring / subject access request\n\nTere,\nPalun väljastada minu terviseandmed ja arved perioodi {past.dot} - {later.dot} kohta.\n"
     "Nimi: {pt.full}\nIsikukood: {nid}\nAadress: {addr}\nTelefon: {phone}\n{s.rec}\n"},
    {"ee_split_form", kN, G32::ee, G32::ee,
     "PATSIENDI REGISTREERIMINE\nPerekonnanimi:\n{pt.last}\nEesnimi:\n{pt.given}\nIsikukood: {nid}\nKontaktisik: {kin.full}, {ph7}\nSünniaeg: {dob.et}\nVanus: {age}\n"},
    {"lv_chat", kL, G32::lv, G32::lv,
     "{kin.lowgiven}: labdien, vai varu samaksāt rēķinu {inv} par {pt.low}? vecmāmiņai ir {oldkin} gadi\nreģistratūra: jā, {date.dm} līdz 16:00 kasē vai ar pārskaitījumu, tālr. {phone}\n"},
    {"si_zagovornik", kN, G32::si, G32::si,
     "ZASTOPNIK PACIENTOVIH PRAVIC\nŠt. zadeve: {case}\nDatum: {date.sl}\n\nPacient: {pt.full}, EMŠO {nid}\nNaslov: {addr}\nZastopa ga/jo: {kin.full}, tel. {phone}\nPritožba zaradi računa {inv} in čakanja na urgenci dne {past.sldot}.\n{s.inc}\n"},
    {"si_split_form", kN, G32::si, G32::si,
     "SPREJEMNI LIST\nPriimek:\n{pt.reg}\nIme:\n{pt.given}\nEMŠO: {nid}\nDatum rojstva: {dob.sldot}\nStarost: {age}\nPlačnik: {ins}\n"},
    {"is_utfor", kN, G32::is, G32::is,
     "AFHENDING LÍKS - ÚTFARARSTOFA\nHinn látni: {pt.full}, kt. {nid}\nLést: {date.is}\nAldur: {age} ára\nAfhent: {kin.full}, sími {ph7}\nHeimili: {addr}\n{s.rec}\nStarfsmaður: {s4.full}\n"},
    {"lu_subject_access", kN, G32::lu, G32::lu,
     "DEMANDE D'ACCÈS AU DOSSIER PATIENT (RGPD, art. 15)\nDemandeur : {hon.pt} {pt.full}\nMatricule : {nid}\nDate de naissance : {dob.fr}\nAdresse : {addr}\nCourriel : {email}\nLien de téléchargement sécurisé : {url.docs}\n{s.rec}\nDélégué à la protection des données : {s1.full}\n"},
    {"la_referral_transport", kN, G32::la, G32::la,
     "PATIENT TRANSFER - AMBULANCE REQUEST\nPatient: {hon.pt} {pt.full} ({pt.nat})\nID card: {nid}\nAge: {age}\nFrom: provincial hospital, to: Mittaphab Hospital, Vientiane\nDate: {date.dmy} {tm}\nRelative: {kin.full}, {phone}\nHome: {addr}\n{s.bed}\n"},
    {"us_bed_board_csv", kN, G32::us, G32::us,
     "unit,bed,patient,mrn,admit,edd,status\n4B,{bed},\"{pt.inv}\",{mrn},{date.md},{later.md},pending dc\n4B,{bed},\"{kin.inv}\",{mrn},{date.md},{later.md},blocked\n"},
    {"no_phi_portal_release", kN, G32::ee, G32::ee, "PATIENT PORTAL RELEASE NOTES\n{s.sec}\n{s.sec}\nNo patient data is stored in the browser.\n"},
    {"no_phi_transport_rota", kN, G32::rw, G32::rw, "TRANSPORT AND PORTERING ROTA\n{s.bed}\n{s.bed}\n"},
    {"af_complaint_ps", kN, G32::af, G32::af,
     "د روغتون ریاست ته\nموضوع: د بل په اړه شکایت\nد ناروغ نوم: {pt.nat}\nد پلار نوم: {pt.nfather}\nد تذکرې شمېره: {nid}\nد بستر نېټه: {date.fa}\nد بل شمېره: {inv}\nشکایت کوونکی: {kin.nat}\nتلیفون: {phone}\nپته: {addr}\n"},
    {"la_lost_property", kN, G32::la, G32::la,
     "LOST AND FOUND / ສິ່ງຂອງເສຍ\nDate: {date.dmy} {tm}\nPatient: {pt.full} ({pt.nat}), ward 3\nItems: phone IMEI {imei}; motorbike key, plate {plate}\nReturned to: {kin.full}, ID {kinid}, tel {phone}\nGuard: {s4.full}\n{s.sec}\n"},
    {"la_portal", kN, G32::la, G32::la,
     "HOSPITAL APP SUPPORT - TICKET\nOpened: {date.dmy} {tm}\nUser: {pt.full}\nPhone: {phone.intl}\nE-mail: {email}\nSession: {ip6}\nIssue: payment of invoice {inv} by BCEL One failed twice\n{s.sec}\n"},
    {"cr_whatsapp", kL, G32::cr, G32::cr,
     "{date.dm} {tm} - {kin.lowgiven}: buenas, ¿cuánto sale la cuenta de {pt.low}? la cédula es {nid}\n{date.dm} {tm} - cajas: buenas tardes, son {amt}, puede pagar por sinpe móvil al {phone}\n"},
    {"uy_fnr_autorizacion", kN, G32::uy, G32::uy,
     "FONDO NACIONAL DE RECURSOS - SOLICITUD DE AUTORIZACIÓN\nN° de solicitud: {auth}\nPaciente: {pt.inv}\nC.I.: {nid}\nFecha de nacimiento: {dob.dmy}\nEdad: {age} años\nPrestador: mutualista, socio {ins}\nProcedimiento: cateterismo cardíaco\n"
     "Médico tratante: {doc.s1} {s1.full}\n{s.auth}\n"},
    {"uy_cocheria", kN, G32::uy, G32::uy,
     "ENTREGA DE FALLECIDO - EMPRESA FÚNEBRE\nFallecido/a: {pt.full}, C.I. {nid}, {age} años\nFecha de fallecimiento: {date.es}\nRetira: {x1.full}, de la empresa fúnebre, vehículo {plate}\nAutoriza la familia: {kin.full}, C.I. {kinid}, cel. {phone}\n{s.rec}\n"},
    {"by_propusk", kN, G32::by, G32::by,
     "ПРОПУСК НА ТЕРРИТОРИЮ БОЛЬНИЦЫ № {last4}\nАвтомобиль: {plate}\nВладелец: {kin.nat}\nТелефон: {phone}\nК пациенту: {pt.nat}, отделение 5, палата 12\nСрок действия: с {date.ru} по {later.ru}\nОхранник: {s4.nat}\n"},
    {"az_lost_property", kN, G32::az, G32::az,
     "İTMİŞ ƏŞYALAR JURNALI\nTarix: {date.dot} {tm}\nPasiyent: {pt.full}, palata 3\nƏşyalar: mobil telefon IMEI {imei}; eşitmə cihazı S/N {serial}\nQaytarıldı: {kin.full}, şəxsiyyət vəsiqəsi {idcard}\nMühafizəçi: {s4.full}\n"},
    {"cm_portal_en", kN, G32::cm, G32::cm,
     "PATIENT PORTAL - ACCOUNT RECOVERY, BUEA\nTicket opened {date.dmy} {tm}\nName: {pt.full}\nCNI: {nid}\nPhone: {phone.intl}\nLogin from {ip}\nReset link: {url.portal}\n{s.sec}\n"},
    {"mg_transport", kN, G32::mg, G32::mg,
     "DEMANDE DE TRANSPORT EN AMBULANCE\nPatient : {pt.off}, {age} ans\nCIN : {nid}\nDépart : {addr}\nDate : {date.fr} à {tm}\nAccompagnant : {kin.full}, {phone}\nMédecin : {doc.s1} {s1.full}\n{s.bed}\n"},
    {"sy_mortuary", kN, G32::sy, G32::sy,
     "إذن تسليم جثمان\nاسم المتوفى: {pt.nat}\nالرقم الوطني: {nid}\nتاريخ الوفاة: {date.ar}\nالعمر: {age}\nاستلم الجثمان: {nhon.kin} {kin.nat}\nرقم الهاتف: {phone}\nمكان الدفن: {town}\n{s.rec}\n"},
    {"rw_ombudsman", kN, G32::rw, G32::rw,
     "{date.en}\n\nThe Chief Ombudsman\nKigali\n\nRe: complaint about hospital bill {inv}\nI, {kin.full}, complain on behalf of {pt.off} (ID {nid}), admitted on {past.dmy}. Our Mutuelle de santé card {ins} was refused.\n"
     "Contact: {phone}, {addr}\n{kin.full}\n{s.inc}\n"},
    {"us_voicemail", kN, G32::us, G32::us,
     "VOICEMAIL TRANSCRIPT - {date.mdy} {tm}\nFrom: {phone.nat}\n\"Hi, this message is for {pt.full}. This is {s3.given} from patient financial services at the medical center. Please call us back at {ph7}, extension 4410, "
     "about account number {acct}. Again, that's {samephone}, extension 4410. Thank you.\"\n"},
    {"lu_message_vocal", kN, G32::lu, G32::lu,
     "MESSAGE VOCAL - service facturation\nReçu le {date.fr} à {tm} du {phone.intl}\n« Bonjour, ici {kin.full}, je rappelle pour la facture {inv} de {hon.pt} {pt.full}, matricule {nid}. Vous pouvez me joindre au {phone}. Merci. »\n"},
    {"py_mensaje_voz", kN, G32::py, G32::py,
     "MENSAJE DE VOZ - CAJA\n{date.dmy} {tm}\n\"Buenas, le habla {kin.full}, llamo por la cuenta de {pt.full}, cédula {nid}. Mi número es el {phone}, gracias.\"\nAtendió: {s4.full}\n"},
    {"lv_credentialing", kN, G32::lv, G32::lv,
     "ĀRSTNIECĪBAS PERSONU UN IESTĀŽU REĢISTRS\n{date.lv}\n\n{doc.s1} {s1.full}\nIdentifikators: {reg}\n\nPar sūdzību: pacients {pt.full} (personas kods {nid}) {past.lvdot} iesniedza sūdzību par ārstēšanu. Sertifikāts pagarināts uz 5 gadiem.\n"
     "{s.cred}\nAr cieņu, {s2.full}\n"},
    {"mz_portal", kN, G32::mz, G32::mz,
     "SUPORTE - PORTAL DO DOENTE\nPedido aberto em {date.dmy} às {tm}\nUtente: {pt.full}\nBI: {nid}\nE-mail: {email}\nAcesso a partir de {ip6}\nLigação de validação: {url.portal}\n{s.sec}\nTécnico: {s4.full}\n"},
    {"zw_whatsapp", kL, G32::zw, G32::zw,
     "[{date.dm}, {tm}] {kin.low}: mhoro, {gran} {pt.lowgiven} vakabuda here? the nurse said the bill is {amt}\n[{date.dm}, {tm}] accounts: not yet, bring {his} id {nid} and pay at cash office. call {phone}\n[{tm}] {kin.lowgiven}: ok, we are coming with {plate}. mbuya vedu vane makore {oldkin}, vanoda kumuona\n"},
    // --- without PHI ---
    {"no_phi_tariff", kN, G32::cm, G32::cm, "TARIF DES ACTES 2024\n{s.bill}\n{s.bill}\nLes tarifs s'entendent hors consommables.\n"},
    {"no_phi_remit_codes", kN, G32::us, G32::us, "REMITTANCE CODE REFERENCE\n{s.claim}\n{s.claim}\nContact the payer's provider line for code updates.\n"},
    {"no_phi_um_criteria", kN, G32::us, G32::us, "UTILIZATION REVIEW CRITERIA\n{s.auth}\n{s.auth}\n"},
    {"no_phi_bed_census", kN, G32::zm, G32::zm, "DAILY BED CENSUS SUMMARY\n{s.bed}\n{s.bed}\nOccupancy 94%; average length of stay 5.8 days.\n"},
    {"no_phi_interpreter_rota", kN, G32::si, G32::si, "INTERPRETER AND CHAPLAINCY ROTA\n{s.svc}\n{s.svc}\n"},
    {"no_phi_incident_summary", kN, G32::zw, G32::zw, "QUARTERLY PATIENT SAFETY SUMMARY\n{s.inc}\n{s.inc}\nIncidents reported: 214; harm rate 3.1 per 1,000 bed-days.\n"},
    {"no_phi_records_policy", kN, G32::lu, G32::lu, "RECORDS AND RELEASE POLICY\n{s.rec}\n{s.rec}\n"},
    {"no_phi_security_brief", kN, G32::pa, G32::pa, "SECURITY AND CAR PARK BRIEFING\n{s.sec}\n{s.sec}\n"},
    {"no_phi_credentialing", kN, G32::ee, G32::ee, "MEDICAL STAFF OFFICE - CREDENTIALING CHECKLIST\n{s.cred}\n{s.cred}\n"},
    {"no_phi_languages", kN, G32::lv, G32::lv, "INVOICE FOOTERS (TRANSLATIONS)\n{s.lang}\n{s.lang}\n{s.lang}\n"},
    {"no_phi_mortuary", kU, G32::mz, G32::mz, "MORTUARY OPERATING NOTES\n{s.rec}\nRelease only with the burial permit.\n"},
    {"no_phi_board_report", kN, G32::is, G32::is, "REVENUE CYCLE BOARD REPORT\n{s.bill}\n{s.claim}\n{s.bed}\nDays in A/R 41.2; denial rate 7.4%; cash collected 101% of target.\n"},
};

}  // namespace

std::size_t thirtySecondTemplateCount() { return std::size(kTemplates32); }

std::string_view writeThirtySecondNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Template32& t = kTemplates32[choice % std::size(kTemplates32)];
  const Cast32 cast = cast32(seed, patientIndex, t.g);
  Ctx32 x{builder, cast, t.mode, t.away, draw32(builder.random(), t.away), {}, {}, {}, {2024, 1, 1}, {}};
  expand32(x, t.pattern);
  return t.name;
}

std::string thirtySecondSentence(Random& r) {
  const auto g = static_cast<G32>(r.next() % kRegions32);
  return sentence32(r, {}, g);
}

}  // namespace concord::phi::corpus
