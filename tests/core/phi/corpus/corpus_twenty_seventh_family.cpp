// The twenty-seventh family (kTwentySeventhSeed only): templates, look-alike sentences, name pools
// and places written by someone who had not seen the detector's rules, and never run against it
// while being written. Its theme is diagnostics, dictation and machine-made records: what speech
// recognition, transcription, imaging, laboratory, cardiology and sleep systems, pumps, ventilators,
// medication robots, pagers, interfaces and fax machines write about a patient, from the US, Quebec,
// Brazil, Portugal, Poland, Israel, the UAE, Saudi Arabia, South Korea and Turkey.
// Document styles: lower-case speech-recognition draft of a clinic note with its artefacts ("period",
// "comma", "new paragraph", dates and ages spoken in words, phone digits read out one by one),
// speech-recognition operative draft with "[inaudible]" marks, lower-case voice note with a
// corrected spoken date, transcribed consult letter with a job header and an address block,
// transcriptionist's discrepancy log, RIS worklist lines, trauma CT report with the car's plate and
// VIN from the police, DICOM SR dump ("(0010,0010) PN [LAST^FIRST]"), mammography recall letter,
// critical-result call log, IR port placement with the port's serial, imaging share-link e-mail,
// surgical pathology report (LIS), frozen-section call log, cytology (Pap) report, specimen label
// reprint log (capitals), microbiology blood-culture report with the call to the ward, blood-gas
// analyser printout (capitals), analyser host-interface log with IPs, lab critical-value call-back
// log (four-digit extensions, seven-digit and ten-digit phones), blood-bank crossmatch, ECG machine
// header (capitals), Holter report, pacemaker interrogation with the generator's and leads'
// serials, remote-monitoring alert e-mail, polysomnography export with the home CPAP's serial,
// insulin-pump CSV export, home-ventilator download, smart-pump event log, ICU respiratory
// flowsheet, barcode medication-administration log, pharmacy robot dispensing log, pharmacy
// discharge-reconciliation fax, lower-case secure-chat thread (with a car's plate), pager message
// log, on-call switchboard log, FHIR Patient JSON, HL7 ORU and ORM messages, tumor-registry CSV
// export, OCR'd fax referral (OCR errors: "O" for 0 and "l" for 1 in numbers, "rn" for m and "I"
// for l in names), scanned referral form with check boxes, newborn hearing-screen export; Quebec
// radiology report, transcribed dictation, lab requisition and ECG header (capitals) in French
// (RAMQ, dossier); Brazilian pathology report (laudo), tele-ECG, lab result and a lower-case
// scheduling bot message (CPF, Cartão SUS, prontuário, CEP); Portuguese imaging report and analysis
// request (número de utente, NIF); Polish lab result and CT referral (PESEL, "ul.", Polish month
// names); Israeli discharge letter and lab printout (Teudat Zehut, kupat holim); UAE radiology
// report (Emirates ID, Thiqa card, names with bin and al-), Saudi ECG header (capitals, Iqama,
// Hijri date of birth), Saudi pharmacy label (national ID), lower-case Gulf team chat; Korean
// health-screening report and PACS header (resident registration number, NHIS number, Korean-order
// names, Korean dates); Turkish laboratory report, discharge summary (epikriz) and an appointment
// SMS (T.C. Kimlik No, "yaş"); and twelve kinds of note without PHI (blood-gas reference ranges,
// ECG criteria, CT protocol, analyser QC log with lot numbers and the analyser's serial, pump drug
// library, dictation tips, an HL7 segment specification with an empty sample, antibiogram,
// ventilator settings guide, paging etiquette, robot maintenance log, sleep scoring rules).
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), restated briefly
// with this family's decisions for dictated, machine-made and international records.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("DOB: ", "RAMQ : ", "PESEL: ",
//    "T.C. Kimlik No: ", "(0010,0010) PN "), the brackets of a DICOM value, quotes, JSON and CSV
//    punctuation, HL7 field separators, check boxes ("[X]"), ASR words ("period", "comma") and
//    trailing punctuation are outside.
//  * Names: titles and roles before a name ("Dr. ", "Dr ", "Dre ", "Dra. ", "Mr ", "Mrs ",
//    "Mme ", "M. ", "Sr. ", "Sra. ", "Enf.ª ", "lek. ", "dr n. med. ", "pani ", "pan ",
//    "Uzm. Dr. ", "Hemş. ", "Prof. ", "Sheikh ", "Dear ") are outside, and so are credentials after
//    it (", MD", ", M.D.", ", RN", ", RRT", ", MLS(ASCP)", ", CT(ASCP)", ", RPSGT", ", PharmD",
//    ", CPhT", ", RT(R)", ", CCDS", ", FRCPC", ", D.O.") and roles in brackets ("(transcriptionist)").
//    A name written in one piece is one span, in any order: "Ok-soon Yeom", Korean order "Yeom
//    Ok-soon", "YEOM, OK-SOON", "YEOM^OK-SOON" (HL7 and DICOM, one span), "Rashed bin Obaid
//    al-Ketbi" (the nasab with bin or bint and the al- name are inside), "Luzinete do Rosário
//    Maciel" (particles inside), "D. Szczepańczyk", "KARATAŞ, HÜSEYIN" and lower-case names in chats
//    and drafts; a possessive "'s" is outside; in FHIR "family" and "given", CSV columns and a
//    form's separate boxes each item is its own span. OCR'd names are marked as the text has them
//    ("ShelIenberger", "Plarnondon"): OCR errors in names here are letter for letter, "rn" for m,
//    "I" for l, "c" for e, so an OCR'd name never holds a digit. Names that are ordinary words in
//    their language ("Calado", "Louro", "Dilek", "Zohar", "Moran", "Jin") are names where they
//    name a person.
//  * Everyone named is PHI: patients, relatives, radiologists, pathologists, technologists,
//    transcriptionists, nurses, pharmacists, operators logged by an instrument, paged residents and
//    anyone else named; an instrument's operator ID ("OP 4471") is not PHI, a user name built from a
//    person's name ("jkowalski") is not written.
//  * Dates: the date only; a weekday before it and a time after it are outside (in HL7 and DICOM
//    date-times the eight date digits are the span and the time digits that follow are outside).
//    Every form is a date: US, ISO, day-first dotted (Polish, Turkish, Portuguese, Israeli),
//    "05-MAR-1941" on ECG headers, YYYYMMDD, Korean "2024.03.05" and "2024년 3월 5일", Hijri
//    "15/08/1445" (the "AH" or "H" after it outside), French "5 mars 2024", Portuguese "5 de março
//    de 2024", Polish "5 marca 2024" (the "r." after it outside), Turkish "5 Mart 2024", and dates
//    spoken in words in speech-recognition drafts ("march third nineteen forty-one", "october
//    twelfth twenty twenty-four"). Not PHI: years alone, times alone, durations, doses, Holter and
//    recording lengths, scores, ratios and pressures that look like dates ("7/24", "120/80").
//  * Ages: a span only over 89, the number only ("93" of "93-year-old", "93 ans", "93 anos",
//    "93 lat", "93 yaş", "93세", "AGE: 93", "093" of a DICOM age "093Y") or its words
//    ("ninety-three"). Ages of 89 or less,
//    "90 mg", "90 min" and "90 days" are not PHI.
//  * Phones: every phone number written is a gold phone (patients, relatives, wards, labs,
//    offices, callbacks), in every country's national and international forms, seven-digit local
//    numbers, digits read out with spaces in a speech-recognition draft ("4 1 5 5 5 5 0 1 4 2") and
//    OCR'd numbers as the text has them; numbers labelled fax are "fax". Pager numbers and internal
//    extensions of four or five digits ("pager 4417", "x5520", "ext 3301") are not PHI, nor are
//    911, 112, 997 and 999.
//  * Identifiers: medical record numbers in every local form (dossier, prontuário, processo,
//    hospital registration number), DICOM Patient IDs, wristband barcodes that carry the MRN, and
//    accession numbers of radiology, pathology, cytology, microbiology and laboratory (the number a
//    report is filed under) are "mrn"; the Portuguese número de utente (the SNS number that indexes
//    the record, like the NHS number) and the Polish PESEL (the number Polish records are keyed on,
//    like the Scandinavian personal numbers of earlier families) are "mrn"; hospital account and
//    encounter (visit) numbers and registry case numbers are "account"; numbers of an insurance or
//    health scheme (US member IDs and Medicare MBIs, the RAMQ health insurance number, the Brazilian
//    Cartão Nacional de Saúde (CNS), kupat holim membership numbers, UAE Thiqa and Daman cards,
//    Korean NHIS numbers) are "health_plan"; driver's licences, passports and national identity
//    numbers (Brazilian CPF, Portuguese NIF, Israeli Teudat Zehut, Emirates ID, Saudi national ID
//    and Iqama, Korean resident registration number, Turkish T.C. Kimlik No) are "license" (a
//    number on a person's card; only US SSNs, with or without dashes, are "ssn"); serials of a
//    patient's pacemaker, ICD, leads, implanted port, insulin pump, home CPAP and home ventilator are
//    "device"; VINs and plates are "vehicle". Not PHI: dictation job numbers, order, placer and
//    filler numbers, HL7 message control ids, DICOM UIDs of standard classes, study and series
//    numbers, rack and cup positions, Rx numbers, lot numbers, NPIs, CRM numbers, instrument,
//    analyser, ECG cart, Holter recorder, hospital pump and ICU ventilator serials and asset tags,
//    operator IDs, room and bed numbers, pagers, CPT, LOINC and ICD codes.
//  * Addresses: every street address written is an "address" span, with unit, town, state or
//    province and a foreign postcode inside it when they follow on the same line (Quebec "H2J 2X1",
//    Brazilian CEP "01415-000", Portuguese "4050-036", Polish "31-222", Israeli seven-digit, Saudi
//    five-digit and Korean five-digit codes); a letter's address block has one span a line; a town
//    alone or "Town, ST" is an "address" span; a US ZIP (or ZIP+4) is its own "zip" span.
//    Hospitals, labs and clinics by name, countries, provinces and states alone and place names in
//    eponyms and methods ("Westergren", "Kirby-Bauer", "Minnesota tube") are not PHI.
//  * URLs are one span with path and query (image-sharing links, portals, FHIR endpoints that carry
//    a patient's id); e-mail addresses one span each; IPv4 and IPv6 of a patient's home device or a
//    login are "ip" spans, and so are the IPs of the hospital's instruments and servers written in a
//    log (an address on the network that leads to the record), one span each.
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_twenty_seventh_family.h"

#include <array>
#include <cctype>
#include <span>
#include <stdexcept>

namespace concord::phi::corpus {

namespace {

// POOLS-BEGIN
// Name pools and places of the family's countries, its own, written by hand.
enum class Region27 { us, qc, br, pt, pl, il, gulf, kr, tr };

constexpr std::string_view kGivenUs[] = {"Orvel", "Twila", "Arliss", "Jolynn", "Rustin", "Darla-Mae", "Odis", "Wanona",
                                         "Merlyn", "Ivalene", "Cleatus", "Doyle"};
constexpr std::string_view kFamilyUs[] = {"Pettibone", "Quisenberry", "Haskett", "Bollinger-Vail", "Stoneking",
                                          "Weatherwax", "Fenstermaker", "Hollowell", "Brightbill", "Shellenberger",
                                          "McAlister-Roy", "Underkofler", "Lightcap", "Bushong", "Yoakum",
                                          "Puckett-Lowe", "Nighswander", "Spurlock"};
constexpr std::string_view kGivenQc[] = {"Lucien", "Jean-Guy", "Yvon", "Gervais", "Laurette", "Fernande", "Rodrigue",
                                         "Gilles-André", "Adélard", "Thérèse-Anne", "Brigitte-Line"};
constexpr std::string_view kFamilyQc[] = {"Bergeron-Thibodeau", "Lapointe", "Boulanger-Côté", "Plamondon",
                                          "Létourneau", "Marcotte", "Théberge", "Larouche-Dion", "Dufresne-Goulet",
                                          "Pelchat", "Brisebois", "Lachance-Roy", "Quenneville"};
constexpr std::string_view kGivenBr[] = {"Josenildo", "Cleidiane", "Reginaldo", "Wanderley", "Kauê", "Luzinete",
                                         "Josivaldo", "Francinete", "Edinalva", "Genivaldo", "Ednaldo", "Cícero",
                                         "Zilá", "Ivonete", "Jurandir"};
constexpr std::string_view kFamilyBr[] = {"Queiroz", "Tavares Leite", "Quirino Pessoa", "Amorim Leitão",
                                          "Bandeira Feitosa", "do Rosário Maciel", "Vilela Xavier", "Sampaio Ribamar"};
constexpr std::string_view kGivenPt[] = {"Filipa", "Duarte", "Inês", "Tomé", "Aurélio", "Henrique", "Matilde", "Vasco",
                                         "Guilhermina", "Leopoldina", "Amândio", "Firmino"};
constexpr std::string_view kFamilyPt[] = {"Sampaio Lobo", "Quintela", "Meireles", "Calado", "Correia de Sá", "Lobato",
                                          "Seixas", "Queirós Fontes", "Bettencourt", "Gouveia Paiva", "Louro"};
constexpr std::string_view kGivenPl[] = {"Teresa", "Ryszard", "Genowefa", "Czesława", "Mirosława", "Dobrosław",
                                         "Eugeniusz", "Józefa", "Władysława", "Bolesław", "Zenon", "Leokadia",
                                         "Marianna"};
constexpr std::string_view kFamilyPl[] = {"Szczepańczyk", "Żuławski", "Pietrzak", "Stępniewska", "Chmielewska",
                                          "Kaczmarek-Nowicka", "Sobczyk", "Michalak", "Ziółkowska", "Kurowski",
                                          "Gołębiowska", "Wawrzyniak", "Szewczyk", "Kołodziej", "Bąk-Ciesielska"};
constexpr std::string_view kGivenIl[] = {"Orly", "Eliran", "Shlomit", "Moran", "Nitzan", "Yossi", "Hadas", "Ilan",
                                         "Revital", "Amnon", "Sigal", "Tzvika", "Liat", "Eyal", "Zohar", "Shimrit", "Asaf"};
constexpr std::string_view kFamilyIl[] = {"Ben-Shitrit", "Elmaliah", "Azoulay-Peretz", "Gabay", "Ohayon", "Katzir",
                                          "Sasson", "Dahan", "Biton", "Abutbul", "Vaknin", "Ben-Hamo", "Malka-Tzur",
                                          "Edri", "Shemesh"};
constexpr std::string_view kGivenGulf[] = {"Mouza", "Saif", "Shamma", "Khalfan", "Abdulaziz", "Noura", "Turki", "Reem",
                                           "Fahad", "Hessa", "Jawaher", "Alyazia", "Rashed", "Maitha", "Nawaf",
                                           "Sheikha", "Bandar"};
constexpr std::string_view kFamilyGulf[] = {"al-Ketbi", "Al Mazrouei", "al-Dhaheri", "al-Qahtani", "Al-Otaibi",
                                            "al-Harbi", "Al Ghamdi", "al-Zahrani", "Al Suwaidi", "al-Nuaimi",
                                            "Al Kaabi", "al-Shehri", "Al-Dosari", "al-Mutairi", "Al Marri"};
constexpr std::string_view kFatherGulf[] = {"Saeed", "Obaid", "Mubarak", "Humaid", "Sultan", "Hilal", "Sabt"};
constexpr std::string_view kGivenKr[] = {"Young-ho", "Ok-soon", "Gwang-ho", "Jeong-suk", "Seung-hee", "Yeon-hwa",
                                         "Chang-wook", "Bok-nam", "Mal-soon", "Geum-ja", "Sang-chul", "Soon-ae",
                                         "Yong-su", "Chun-hee", "Kwang-soo", "Myung-ja", "Dae-sik"};
constexpr std::string_view kFamilyKr[] = {"Jang", "Gwon", "Byeon", "Eom", "Yeom", "Ji", "Jin", "Seok", "Bang", "Yeo"};
constexpr std::string_view kGivenTr[] = {"Hüseyin", "Fadime", "Kadir", "Şükran", "Necati", "Cemil", "Zehra",
                                         "Nurettin", "Saniye", "Hacer", "Selahattin", "Dilek", "Muzaffer"};
constexpr std::string_view kFamilyTr[] = {"Aydoğan", "Karataş", "Çakır", "Bozkurt", "Özkan", "Tekin", "Demirtaş",
                                          "Kuşçu", "Ilgaz", "Sarıkaya", "Dumlupınar", "Tosunoğlu", "Yazıcıoğlu",
                                          "Karabulut"};

struct Town27 {
  std::string_view town, state, zip3;
};

constexpr Town27 kTowns27[] = {
    {"Catawissa", "PA", "178"}, {"Big Timber", "MT", "590"}, {"Waynoka", "OK", "737"}, {"Tekamah", "NE", "680"},
    {"Bucksport", "ME", "044"}, {"Marfa", "TX", "798"},      {"Lamoni", "IA", "501"},  {"Paonia", "CO", "814"},
    {"Hayesville", "NC", "289"}, {"Meshoppen", "PA", "186"}, {"Kremmling", "CO", "804"}, {"Okarche", "OK", "737"},
    {"Mamou", "LA", "705"},     {"Wapato", "WA", "989"},     {"Hotchkiss", "CO", "814"},
};
constexpr std::string_view kStreets27[] = {"Switchback", "Cannery", "Flume", "Limekiln", "Smokehouse", "Wagonwheel",
                                           "Coopersmith", "Gaslight", "Corncrib", "Pumphouse", "Kilnworks", "Icehouse"};
constexpr std::string_view kSuffixes27[] = {"Road", "Rd", "Street", "St", "Avenue", "Ave", "Drive", "Dr", "Lane",
                                            "Court", "Way", "Pike"};
constexpr std::string_view kUnits27[] = {"Apt 2B", "Apt. 14", "Unit 6", "#302", "Suite 5", "Lot 18"};
// POOLS-END

constexpr std::string_view kMiddle27[] = {"A", "B", "E", "H", "J", "K", "L", "P", "R", "S", "V", "W"};
constexpr std::string_view kRelations27[] = {"wife", "husband", "daughter", "son", "sister", "brother",
                                             "niece", "nephew", "partner", "mother"};
constexpr std::string_view kMail27[] = {"mail.example.com", "inbox.example.net", "correio.example.com.br",
                                        "poczta.example.pl", "posta.example.com.tr", "courriel.example.ca"};
constexpr std::string_view kWorkMail27[] = {"radiology.example.org", "lab.example-health.org",
                                            "cardio.example.org"};
constexpr std::array<std::string_view, 12> kMonths27 = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November",
                                                        "December"};
constexpr std::array<std::string_view, 12> kMon27 = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMois27 = {"janvier", "février", "mars", "avril", "mai", "juin",
                                                      "juillet", "août", "septembre", "octobre", "novembre",
                                                      "décembre"};
constexpr std::array<std::string_view, 12> kMeses27 = {"janeiro", "fevereiro", "março", "abril", "maio", "junho",
                                                       "julho", "agosto", "setembro", "outubro", "novembro",
                                                       "dezembro"};
constexpr std::array<std::string_view, 12> kMiesiace27 = {"stycznia", "lutego", "marca", "kwietnia", "maja",
                                                          "czerwca", "lipca", "sierpnia", "września",
                                                          "października", "listopada", "grudnia"};
constexpr std::array<std::string_view, 12> kAylar27 = {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
                                                       "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"};
constexpr std::string_view kWeekdays27[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday"};

struct Person27 {
  std::string first, initial, last, father;
};

struct Cast27 {
  Region27 region = Region27::us;
  Person27 pt, kin, elder, sib;
  std::array<Person27, 8> staff;
  bool female = false;
  int by = 1960, bm = 1, bd = 1;  // the patient's date of birth
  int age = 64;                   // the patient's age
  int elderAge = 93;              // an elderly spouse's or parent's age
  std::string streetNumber, street, unit, city, state, zip;
  std::string kinRel;
};

enum class Case27 { asIs, lower, upper };

struct Ctx27 {
  NoteBuilder& b;
  const Cast27& c;
  Case27 mode = Case27::asIs;
  std::string lastDate;  // the last date written, for {again}
  int clock = -1;        // minutes since midnight for {tick} and {hrs}
};

// Case mapping of ASCII, of the Latin-1 letters (two bytes led by 0xC3) and of the Latin
// Extended-A letters (led by 0xC4 or 0xC5) the pools use; other letters (the dotless i, Hangul)
// are left as they are, whole.
std::string recase27(std::string s, bool toUpper) {
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
      const auto v = static_cast<unsigned char>(s[i + 1]);
      unsigned cp = ((u & 0x1Fu) << 6) | (v & 0x3Fu);
      if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x14A && cp <= 0x177)) {
        cp = toUpper ? (cp & ~1u) : (cp | 1u);  // capitals even
      } else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
        if (toUpper && cp % 2 == 0) --cp;  // capitals odd
        if (!toUpper && cp % 2 == 1) ++cp;
      }
      s[i] = static_cast<char>(0xC0u | (cp >> 6));
      s[i + 1] = static_cast<char>(0x80u | (cp & 0x3Fu));
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return s;
}
// Upper case; the Turkish dotless i becomes a plain I.
std::string up27(std::string s) {
  s = recase27(std::move(s), true);
  for (std::size_t k = s.find("\xC4\xB1"); k != std::string::npos; k = s.find("\xC4\xB1", k)) s.replace(k, 2, "I");
  return s;
}
std::string low27(std::string s) { return recase27(std::move(s), false); }

std::string cased(const Ctx27& x, std::string s) {
  if (x.mode == Case27::lower) return low27(std::move(s));
  if (x.mode == Case27::upper) return up27(std::move(s));
  return s;
}
void put(Ctx27& x, std::string_view category, std::string value) { x.b.phi(category, cased(x, std::move(value))); }
void say(Ctx27& x, std::string value) { x.b.text(cased(x, std::move(value))); }

std::string pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string pickS(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::string firstLetter(const std::string& s) {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  return s.substr(0, n);
}

// ASCII letters of a name, lower case, for e-mail addresses: accented letters become their base
// letter, everything else is dropped.
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
    } else if ((u == 0xC4 || u == 0xC5) && i + 1 < s.size()) {
      const unsigned cp = ((u & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp <= 0x105) out.push_back('a');
      else if (cp <= 0x10D) out.push_back('c');
      else if (cp >= 0x112 && cp <= 0x11B) out.push_back('e');
      else if (cp >= 0x11C && cp <= 0x123) out.push_back('g');
      else if (cp >= 0x128 && cp <= 0x131) out.push_back('i');
      else if (cp >= 0x139 && cp <= 0x142) out.push_back('l');
      else if (cp >= 0x143 && cp <= 0x148) out.push_back('n');
      else if (cp >= 0x14C && cp <= 0x151) out.push_back('o');
      else if (cp >= 0x15A && cp <= 0x161) out.push_back('s');
      else if (cp >= 0x168 && cp <= 0x173) out.push_back('u');
      else if (cp >= 0x179 && cp <= 0x17E) out.push_back('z');
      ++i;
    } else if (u >= 0xC0) {
      i += (u >> 5) == 0x6 ? 1 : (u >> 4) == 0xE ? 2 : 3;
    }
  }
  return out.size() < 2 ? out + "x" : out;
}

std::string words(int n) {
  static constexpr std::string_view kOnes[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  static constexpr std::string_view kTens[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  static constexpr std::string_view kTeens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                "sixteen", "seventeen", "eighteen", "nineteen"};
  if (n >= 100) return n == 100 ? "one hundred" : "one hundred and " + words(n - 100);
  if (n < 10) return std::string(kOnes[n]);
  if (n < 20) return std::string(kTeens[n - 10]);
  return std::string(kTens[n / 10]) + (n % 10 ? "-" + std::string(kOnes[n % 10]) : "");
}

// An ordinal in words, 1 to 31, as a speech recognizer writes a spoken day.
std::string ordinalWords(int d) {
  static constexpr std::string_view kOrd[] = {"",        "first",      "second",     "third",      "fourth",
                                              "fifth",   "sixth",      "seventh",    "eighth",     "ninth",
                                              "tenth",   "eleventh",   "twelfth",    "thirteenth", "fourteenth",
                                              "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                              "twentieth"};
  if (d <= 20) return std::string(kOrd[d]);
  if (d == 30) return "thirtieth";
  return (d < 30 ? "twenty-" : "thirty-") + std::string(kOrd[d % 10]);
}

// A year spoken: "nineteen forty-one", "nineteen oh five", "two thousand nine", "twenty twenty-four".
std::string yearWords(Random& r, int y) {
  const int yy = y % 100;
  if (y < 2000) return "nineteen " + (yy == 0 ? std::string("hundred") : yy < 10 ? "oh " + words(yy) : words(yy));
  if (y < 2010) return yy == 0 ? std::string("two thousand") : "two thousand " + words(yy);
  return r.chance(0.6) ? "twenty " + words(yy) : "two thousand " + words(yy);
}

std::string ordSuffix(int d) {
  const int t = d % 100;
  return (t >= 11 && t <= 13) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

Person27 makePerson27(Random& r, Region27 region) {
  std::span<const std::string_view> given = kGivenUs, family = kFamilyUs;
  switch (region) {
    case Region27::us: break;
    case Region27::qc: given = kGivenQc; family = kFamilyQc; break;
    case Region27::br: given = kGivenBr; family = kFamilyBr; break;
    case Region27::pt: given = kGivenPt; family = kFamilyPt; break;
    case Region27::pl: given = kGivenPl; family = kFamilyPl; break;
    case Region27::il: given = kGivenIl; family = kFamilyIl; break;
    case Region27::gulf: given = kGivenGulf; family = kFamilyGulf; break;
    case Region27::kr: given = kGivenKr; family = kFamilyKr; break;
    case Region27::tr: given = kGivenTr; family = kFamilyTr; break;
  }
  Person27 p;
  p.first = pickS(r, given);
  p.initial = pickS(r, kMiddle27);
  p.last = pickS(r, family);
  p.father = pickS(r, kFatherGulf);
  return p;
}

// The women's given names of the pools: the patient's sex follows the given name.
constexpr std::string_view kWomen27[] = {
    "Twila", "Jolynn", "Darla-Mae", "Wanona", "Ivalene", "Laurette", "Fernande", "Thérèse-Anne", "Brigitte-Line",
    "Cleidiane", "Luzinete", "Francinete", "Edinalva", "Zilá", "Ivonete", "Filipa", "Inês", "Matilde", "Guilhermina",
    "Leopoldina", "Teresa", "Genowefa", "Czesława", "Mirosława", "Józefa", "Władysława", "Leokadia", "Marianna",
    "Orly", "Shlomit", "Hadas", "Revital", "Sigal", "Liat", "Shimrit", "Mouza", "Shamma", "Noura", "Reem", "Hessa",
    "Jawaher", "Alyazia", "Maitha", "Sheikha", "Ok-soon", "Jeong-suk", "Seung-hee", "Yeon-hwa", "Mal-soon",
    "Geum-ja", "Soon-ae", "Chun-hee", "Myung-ja", "Fadime", "Şükran", "Zehra", "Saniye", "Hacer", "Dilek"};

bool isWoman(const std::string& given) {
  for (std::string_view w : kWomen27) {
    if (given == w) return true;
  }
  return false;
}

// Polish surnames in -ski and -cki take -ska and -cka for a woman.
void polishForm(Person27& p) {
  const bool woman = isWoman(p.first);
  const std::size_t n = p.last.size();
  if (n < 3 || p.last[n - 2] != 'k' || (p.last[n - 3] != 's' && p.last[n - 3] != 'c')) return;
  if (woman && p.last[n - 1] == 'i') p.last[n - 1] = 'a';
  if (!woman && p.last[n - 1] == 'a') p.last[n - 1] = 'i';
}

Cast27 makeCast27(std::uint64_t seed, std::size_t patientIndex, Region27 region) {
  Random r((seed + 0x2727ULL) * 0xc2b2ae3d27d4eb4fULL ^
           (patientIndex * 0x9e3779b97f4a7c15ULL + 0x27271ULL + static_cast<std::uint64_t>(region) * 0x1000193ULL));
  r.next();
  Cast27 c;
  c.region = region;
  c.pt = makePerson27(r, region);
  c.kin = makePerson27(r, region);
  if (r.chance(0.6)) c.kin.last = c.pt.last;
  c.elder = makePerson27(r, region);
  if (r.chance(0.6)) c.elder.last = c.pt.last;
  c.sib = makePerson27(r, region);
  if (r.chance(0.7)) c.sib.last = c.pt.last;
  for (Person27& s : c.staff) s = makePerson27(r, r.chance(0.9) ? region : Region27::us);
  if (region == Region27::pl) {
    for (Person27* q : {&c.pt, &c.kin, &c.elder, &c.sib}) polishForm(*q);
    for (Person27& s : c.staff) polishForm(s);
  }
  c.female = isWoman(c.pt.first);
  c.age = r.chance(0.3) ? r.between(90, 103) : r.between(21, 88);
  c.by = 2025 - c.age;
  c.bm = r.between(1, 12);
  c.bd = r.between(1, 28);
  c.elderAge = r.chance(0.85) ? r.between(90, 100) : r.between(80, 89);
  const Town27& t = r.pick(std::span<const Town27>(kTowns27));
  c.streetNumber = std::to_string(r.between(2, 24800));
  c.street = pickS(r, kStreets27) + " " + pickS(r, kSuffixes27);
  if (r.chance(0.3)) c.unit = pickS(r, kUnits27);
  c.city = std::string(t.town);
  c.state = std::string(t.state);
  c.zip = std::string(t.zip3) + r.digits(2);
  if (r.chance(0.4)) c.zip += "-" + r.digits(4);
  c.kinRel = pickS(r, kRelations27);
  return c;
}

const Person27& who(const Cast27& c, std::string_view key) {
  if (key == "pt") return c.pt;
  if (key == "kin") return c.kin;
  if (key == "eld") return c.elder;
  if (key == "sib") return c.sib;
  if (key.size() == 2 && key[0] == 's' && key[1] >= '1' && key[1] <= '8') return c.staff[static_cast<std::size_t>(key[1] - '1')];
  throw std::logic_error("unknown person " + std::string(key));
}

bool isPerson(std::string_view head) {
  return head == "pt" || head == "kin" || head == "eld" || head == "sib" ||
         (head.size() == 2 && head[0] == 's' && head[1] >= '1' && head[1] <= '8');
}

// An OCR misreading of a name, letter for letter: "rn" for an inner m, "I" for an inner l, "c" for
// an inner e; a name without those letters is read right.
std::string ocrName(Random& r, std::string s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i - 1] == ' ' || s[i - 1] == '-') continue;
    if (s[i] == 'm' && r.chance(0.7)) return s.substr(0, i) + "rn" + s.substr(i + 1);
    if (s[i] == 'l' && r.chance(0.7)) return s.substr(0, i) + "I" + s.substr(i + 1);
    if (s[i] == 'e' && r.chance(0.3)) return s.substr(0, i) + "c" + s.substr(i + 1);
  }
  return s;
}

// An OCR misreading of a number: at most two of its 0s and 1s read as "O" and "l".
std::string ocrDigits(Random& r, std::string s) {
  int changed = 0;
  for (char& ch : s) {
    if (changed < 2 && ch == '0' && r.chance(0.4)) { ch = 'O'; ++changed; }
    else if (changed < 2 && ch == '1' && r.chance(0.4)) { ch = 'l'; ++changed; }
  }
  return s;
}

void writeName(Ctx27& x, const Person27& p, std::string form) {
  Random& r = x.b.random();
  if (form.empty()) {
    static constexpr std::string_view kForms[] = {"full", "full", "full", "fml", "fi", "lf", "UP", "LF"};
    form = std::string(r.pick(std::span<const std::string_view>(kForms)));
  }
  std::string v;
  if (form == "full") v = p.first + " " + p.last;
  else if (form == "fml") v = p.first + " " + p.initial + ". " + p.last;
  else if (form == "fi") v = firstLetter(p.first) + ". " + p.last;
  else if (form == "lf") v = p.last + ", " + p.first;
  else if (form == "lfi") v = p.last + ", " + firstLetter(p.first) + ".";
  else if (form == "lfm") v = p.last + ", " + p.first + " " + p.initial + ".";
  else if (form == "LF") v = up27(p.last + ", " + p.first);
  else if (form == "LFN") v = up27(p.last) + "," + up27(p.first);  // no space after the comma
  else if (form == "UP") v = up27(p.first + " " + p.last);
  else if (form == "FIRST") v = up27(p.first);
  else if (form == "LAST") v = up27(p.last);
  else if (form == "first") v = p.first;
  else if (form == "last") v = p.last;
  else if (form == "low") v = low27(p.first + " " + p.last);
  else if (form == "lowfirst") v = low27(p.first);
  else if (form == "lowlast") v = low27(p.last);
  else if (form == "kr") v = p.last + " " + p.first;  // Korean order
  else if (form == "KR") v = up27(p.last + " " + p.first);
  else if (form == "nasab") v = p.first + (&p == &x.c.pt && x.c.female ? " bint " : " bin ") + p.father + " " + p.last;
  else if (form == "HL7") v = up27(p.last + "^" + p.first);
  else if (form == "hl7m") v = up27(p.last + "^" + p.first + "^" + p.initial);
  else if (form == "ocr") v = ocrName(r, p.first + " " + p.last);
  else throw std::logic_error("unknown name form " + form);
  put(x, "name", v);
}

void writeDate(Ctx27& x, int y, int m, int d, std::string style) {
  Random& r = x.b.random();
  if (style.empty()) {
    static constexpr std::string_view kStyles[] = {"mdy", "mdy0", "mdyy", "iso", "long", "abbr", "dmon", "mdy0"};
    style = std::string(r.pick(std::span<const std::string_view>(kStyles)));
  }
  const auto mi = static_cast<std::size_t>(m - 1);
  const std::string ys = std::to_string(y);
  std::string v;
  if (style == "mdy") v = std::to_string(m) + "/" + std::to_string(d) + "/" + ys;
  else if (style == "mdy0") v = pad2(m) + "/" + pad2(d) + "/" + ys;
  else if (style == "mdyy") v = pad2(m) + "/" + pad2(d) + "/" + pad2(y % 100);
  else if (style == "iso") v = ys + "-" + pad2(m) + "-" + pad2(d);
  else if (style == "long") v = std::string(kMonths27[mi]) + " " + std::to_string(d) + ", " + ys;
  else if (style == "longord") v = std::string(kMonths27[mi]) + " " + std::to_string(d) + ordSuffix(d) + ", " + ys;
  else if (style == "abbr") v = std::string(kMon27[mi]) + " " + std::to_string(d) + ", " + ys;
  else if (style == "md") v = std::to_string(m) + "/" + std::to_string(d);
  else if (style == "dmon") v = pad2(d) + "-" + up27(std::string(kMon27[mi])) + "-" + ys;
  else if (style == "compact") v = ys + pad2(m) + pad2(d);
  else if (style == "dmy") v = std::to_string(d) + " " + std::string(kMon27[mi]) + " " + ys;
  else if (style == "dotted") v = pad2(d) + "." + pad2(m) + "." + ys;
  else if (style == "dmyslash") v = pad2(d) + "/" + pad2(m) + "/" + ys;
  else if (style == "dmydash") v = pad2(d) + "-" + pad2(m) + "-" + ys;
  else if (style == "kodot") v = ys + "." + pad2(m) + "." + pad2(d);
  else if (style == "ko") v = ys + "년 " + std::to_string(m) + "월 " + std::to_string(d) + "일";
  else if (style == "fr") v = (d == 1 ? std::string("1er") : std::to_string(d)) + " " + std::string(kMois27[mi]) + " " + ys;
  else if (style == "ptl") v = std::to_string(d) + " de " + std::string(kMeses27[mi]) + " de " + ys;
  else if (style == "pl") v = std::to_string(d) + " " + std::string(kMiesiace27[mi]) + " " + ys;
  else if (style == "tr") v = std::to_string(d) + " " + std::string(kAylar27[mi]) + " " + ys;
  else if (style == "spoken") v = low27(std::string(kMonths27[mi])) + " " + ordinalWords(d) + " " + yearWords(r, y);
  else if (style == "hijri") v = pad2(d) + "/" + pad2(m) + "/" + std::to_string(y - 579);  // a Hijri-looking date
  else throw std::logic_error("unknown date style " + style);
  x.lastDate = v;
  put(x, "date", v);
}

// An age: a span only over 89; the words around the number are outside.
void writeAge(Ctx27& x, int age, std::string_view form) {
  const bool phi = age > 89;
  std::string value = std::to_string(age), before, after;
  if (form == "yo") after = "-year-old";
  else if (form == "yoa") after = " yoa";
  else if (form == "years") after = " years";
  else if (form == "y") after = "Y";
  else if (form == "aged") before = "aged ";
  else if (form == "sexed") after = x.c.female ? "F" : "M";
  else if (form == "words") value = words(age);
  else if (form == "wordsyo") { value = words(age); after = "-year-old"; }
  else if (form == "ans") after = " ans";
  else if (form == "anos") after = " anos";
  else if (form == "lat") after = " lat";
  else if (form == "yas") after = " yaş";
  else if (form == "se") after = "세";
  else if (form == "as") value = std::string(age < 100 ? "0" : "") + std::to_string(age);  // DICOM AS: "093"
  else if (form == "num") {
  } else throw std::logic_error("unknown age form " + std::string(form));
  say(x, before);
  if (phi) put(x, "age", value);
  else say(x, value);
  say(x, after);
}

std::string randomTen(Random& r) {
  return std::to_string(r.between(2, 9)) + r.digits(2) + std::to_string(r.between(2, 9)) + r.digits(6);
}

std::string formatPhone(Random& r, const std::string& d) {  // d: ten digits
  const std::string a = d.substr(0, 3), e = d.substr(3, 3), l = d.substr(6, 4);
  switch (r.between(0, 5)) {
    case 0: return "(" + a + ") " + e + "-" + l;
    case 1: return a + "-" + e + "-" + l;
    case 2: return a + "." + e + "." + l;
    case 3: return "(" + a + ")" + e + "-" + l;
    case 4: return "1-" + a + "-" + e + "-" + l;
    default: return a + " " + e + " " + l;
  }
}

// Phones of the family's countries in national and international forms (7 to 12 digits).
std::string abroad(Random& r, std::string_view place) {
  const bool intl = r.chance(0.5);
  if (place == "qc") {
    static constexpr std::string_view kAreas[] = {"418", "514", "819", "450", "581"};
    const std::string a = pickS(r, kAreas), e = std::to_string(r.between(2, 9)) + r.digits(2), l = r.digits(4);
    return intl ? "+1 " + a + " " + e + "-" + l : a + " " + e + "-" + l;
  } else if (place == "br") {
    if (intl) return "+55 " + std::to_string(r.between(11, 89)) + " " + std::to_string(r.between(2, 5)) + r.digits(3) + " " + r.digits(4);
    return "(" + std::to_string(r.between(11, 89)) + ") 9" + r.digits(4) + "-" + r.digits(4);
  } else if (place == "pt") {
    if (intl) return "+351 9" + std::to_string(r.between(1, 6)) + r.digits(1) + " " + r.digits(3) + " " + r.digits(3);
    return r.chance(0.5) ? "22" + r.digits(1) + " " + r.digits(3) + " " + r.digits(3) : "9" + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
  } else if (place == "pl") {
    if (intl) return "+48 " + std::to_string(r.between(5, 8)) + r.digits(2) + " " + r.digits(3) + " " + r.digits(3);
    return r.chance(0.5) ? std::to_string(r.between(12, 91)) + " " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2)
                         : std::to_string(r.between(5, 8)) + r.digits(2) + "-" + r.digits(3) + "-" + r.digits(3);
  } else if (place == "il") {
    if (intl) return "+972 5" + std::to_string(r.between(0, 8)) + "-" + r.digits(3) + "-" + r.digits(4);
    return r.chance(0.5) ? "05" + std::to_string(r.between(0, 8)) + "-" + r.digits(3) + "-" + r.digits(4)
                         : "0" + std::to_string(r.between(2, 9)) + "-" + r.digits(3) + "-" + r.digits(4);
  } else if (place == "uae") {
    if (intl) return "+971 5" + std::to_string(r.between(0, 6)) + " " + r.digits(3) + " " + r.digits(4);
    return r.chance(0.5) ? "05" + std::to_string(r.between(0, 6)) + " " + r.digits(3) + " " + r.digits(4)
                         : "0" + std::to_string(r.between(2, 4)) + " " + r.digits(3) + " " + r.digits(4);
  } else if (place == "sa") {
    if (intl) return "+966 5" + std::to_string(r.between(0, 9)) + " " + r.digits(3) + " " + r.digits(4);
    return r.chance(0.5) ? "05" + std::to_string(r.between(0, 9)) + " " + r.digits(3) + " " + r.digits(4)
                         : "01" + std::to_string(r.between(1, 7)) + " " + r.digits(3) + " " + r.digits(4);
  } else if (place == "kr") {
    if (intl) return "+82 10-" + r.digits(4) + "-" + r.digits(4);
    return r.chance(0.6) ? "010-" + r.digits(4) + "-" + r.digits(4) : "0" + std::to_string(r.between(31, 64)) + "-" + r.digits(3) + "-" + r.digits(4);
  } else if (place == "tr") {
    if (intl) return "+90 5" + r.digits(2) + " " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2);
    return r.chance(0.5) ? "05" + r.digits(2) + " " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2)
                         : "(0" + std::to_string(r.between(212, 488)) + ") " + r.digits(3) + " " + r.digits(2) + " " + r.digits(2);
  }
  throw std::logic_error("unknown place " + std::string(place));
}

// Addresses abroad written on one line, the postcode inside.
std::string foreignAddress(Random& r, std::string_view place) {
  const std::string n = std::to_string(r.between(1, 480));
  if (place == "qc") {
    static constexpr std::string_view kStreets[] = {"rue des Pruches", "boulevard Talbot", "rue Saint-Germain",
                                                    "chemin du Lac-Beauport", "rang Saint-Isidore"};
    static constexpr std::string_view kTowns[] = {"Rimouski (Québec) G5L 3B7", "Saguenay (Québec) G7H 4R2",
                                                  "Trois-Rivières (Québec) G9A 1X8", "Sherbrooke (Québec) J1H 2E4",
                                                  "Montmagny (Québec) G5V 2N6"};
    return n + ", " + pickS(r, kStreets) + (r.chance(0.3) ? ", app. " + std::to_string(r.between(1, 12)) : "") + ", " + pickS(r, kTowns);
  } else if (place == "br") {
    static constexpr std::string_view kStreets[] = {"Rua das Acácias", "Avenida Epitácio Pessoa", "Rua Manoel Tavares",
                                                    "Travessa do Cajueiro", "Rua Sete de Setembro"};
    static constexpr std::string_view kTowns[] = {"Bairro Bodocongó, Campina Grande - PB, CEP 58429-", "Centro, Caruaru - PE, CEP 55002-",
                                                  "Jardim Europa, Uberlândia - MG, CEP 38411-", "Vila Nova, Juazeiro do Norte - CE, CEP 63010-"};
    return pickS(r, kStreets) + ", " + n + (r.chance(0.4) ? ", apto " + std::to_string(r.between(11, 304)) : "") + ", " + pickS(r, kTowns) + r.digits(3);
  } else if (place == "pt") {
    static constexpr std::string_view kStreets[] = {"Rua Direita", "Travessa da Fábrica", "Avenida Dr. Lourenço Peixinho",
                                                    "Rua do Arco da Vila"};
    static constexpr std::string_view kTowns[] = {"3500-", "4700-", "3800-", "6200-"};
    static constexpr std::string_view kCities[] = {" Viseu", " Braga", " Aveiro", " Covilhã"};
    const std::size_t k = r.next() % 4;
    return pickS(r, kStreets) + ", " + n + ", " + std::to_string(r.between(1, 6)) + ".º " + (r.chance(0.5) ? "Esq." : "Dto.") + ", " +
           std::string(kTowns[k]) + r.digits(3) + std::string(kCities[k]);
  } else if (place == "pl") {
    static constexpr std::string_view kStreets[] = {"ul. Lipowa", "ul. Kościuszki", "al. Jana Pawła II", "ul. Zielona",
                                                    "os. Piastowskie"};
    static constexpr std::string_view kTowns[] = {"35-0", "10-5", "25-3", "87-1"};
    static constexpr std::string_view kCities[] = {" Rzeszów", " Olsztyn", " Kielce", " Toruń"};
    const std::size_t k = r.next() % 4;
    return pickS(r, kStreets) + " " + std::to_string(r.between(1, 90)) + (r.chance(0.5) ? " m. " + std::to_string(r.between(1, 60)) : "") + ", " +
           std::string(kTowns[k]) + r.digits(2) + std::string(kCities[k]);
  } else if (place == "il") {
    static constexpr std::string_view kStreets[] = {"Rehov HaShaked", "Rehov Ha'Atzmaut", "Sderot Yerushalayim",
                                                    "Rehov HaNarkis"};
    static constexpr std::string_view kTowns[] = {"Afula 18", "Be'er Sheva 84", "Karmiel 21", "Nahariya 22"};
    return pickS(r, kStreets) + " " + std::to_string(r.between(1, 120)) + (r.chance(0.5) ? ", Apt " + std::to_string(r.between(1, 40)) : "") +
           ", " + pickS(r, kTowns) + r.digits(5);
  } else if (place == "uae") {
    static constexpr std::string_view kAreas[] = {"Al Jimi, Al Ain", "Al Barsha 2, Dubai", "Al Nahyan, Abu Dhabi",
                                                  "Al Rifa'a, Sharjah"};
    return "Villa " + std::to_string(r.between(1, 90)) + ", Street " + std::to_string(r.between(1, 40)) + ", " + pickS(r, kAreas);
  } else if (place == "sa") {
    static constexpr std::string_view kAreas[] = {"Al Rawdah, Jeddah 23", "Al Manhal, Abha 62", "Al Aziziyah, Hail 55",
                                                  "Al Faisaliyah, Buraydah 52"};
    static constexpr std::string_view kRoads[] = {"Prince Sultan Rd", "King Khalid St", "Al Madinah Rd"};
    return "Building " + std::to_string(r.between(1000, 9999)) + ", " + pickS(r, kRoads) + ", " + pickS(r, kAreas) + r.digits(3);
  } else if (place == "kr") {
    static constexpr std::string_view kRoads[] = {"Sangdang-ro", "Jungang-daero", "Hakdong-ro", "Buksan-gil"};
    static constexpr std::string_view kTowns[] = {"Sangdang-gu, Cheongju 28", "Jung-gu, Daejeon 34", "Wansan-gu, Jeonju 55",
                                                  "Chuncheon, Gangwon 24"};
    return "Apt " + std::to_string(r.between(101, 112)) + "-" + std::to_string(r.between(101, 1504)) + ", " + std::to_string(r.between(2, 99)) + " " +
           pickS(r, kRoads) + ", " + pickS(r, kTowns) + r.digits(3);
  } else if (place == "tr") {
    static constexpr std::string_view kMah[] = {"Cumhuriyet Mah.", "Yenişehir Mah.", "Vatan Mah.", "Hürriyet Mah."};
    static constexpr std::string_view kSok[] = {"Lale Sok.", "Çınar Sok.", "Menekşe Sok.", "İnönü Cad."};
    static constexpr std::string_view kTowns[] = {"26", "42", "55", "61"};
    static constexpr std::string_view kCities[] = {" Tepebaşı/Eskişehir", " Selçuklu/Konya", " Atakum/Samsun", " Ortahisar/Trabzon"};
    const std::size_t k = r.next() % 4;
    return pickS(r, kMah) + " " + pickS(r, kSok) + " No: " + std::to_string(r.between(1, 80)) + " D: " + std::to_string(r.between(1, 20)) + ", " +
           std::string(kTowns[k]) + r.digits(3) + std::string(kCities[k]);
  }
  throw std::logic_error("unknown place " + std::string(place));
}

// A town of a country written alone.
std::string foreignTown(Random& r, std::string_view place) {
  static constexpr std::string_view kQc[] = {"Rimouski", "Saguenay", "Montmagny"};
  static constexpr std::string_view kBr[] = {"Campina Grande", "Caruaru", "Juazeiro do Norte"};
  static constexpr std::string_view kPt[] = {"Viseu", "Covilhã", "Aveiro"};
  static constexpr std::string_view kPl[] = {"Rzeszów", "Olsztyn", "Toruń"};
  static constexpr std::string_view kIl[] = {"Afula", "Karmiel", "Nahariya"};
  static constexpr std::string_view kGulf[] = {"Al Ain", "Abha", "Buraydah"};
  static constexpr std::string_view kKr[] = {"Cheongju", "Jeonju", "Chuncheon"};
  static constexpr std::string_view kTr[] = {"Eskişehir", "Trabzon", "Konya"};
  if (place == "qc") return pickS(r, kQc);
  if (place == "br") return pickS(r, kBr);
  if (place == "pt") return pickS(r, kPt);
  if (place == "pl") return pickS(r, kPl);
  if (place == "il") return pickS(r, kIl);
  if (place == "gulf") return pickS(r, kGulf);
  if (place == "kr") return pickS(r, kKr);
  if (place == "tr") return pickS(r, kTr);
  throw std::logic_error("unknown place " + std::string(place));
}

// Record numbers of the places: "mrn".
std::string recordNumber(Random& r, std::string_view kind, const Cast27& c) {
  if (kind == "utente") return std::to_string(r.between(1, 3)) + r.digits(8);
  if (kind == "pesel") {
    const int mm = c.bm + (c.by >= 2000 ? 20 : 0);
    return pad2(c.by % 100) + pad2(mm) + pad2(c.bd) + r.digits(4) + std::to_string((c.female ? 0 : 1) + 2 * r.between(0, 4)).substr(0, 1);
  }
  if (kind == "pront") return r.digits(6) + "-" + r.digits(1);
  if (kind == "dossier") return std::to_string(r.between(1, 9)) + r.digits(6);
  if (kind == "kr") return r.digits(8);
  if (kind == "acc") return r.letters(2, true) + pad2(r.between(23, 25)) + "-" + r.digits(7);  // an accession number
  if (kind == "path") return std::string(r.chance(0.5) ? "S" : "SP") + pad2(r.between(23, 25)) + "-" + r.digits(5);
  if (kind == "cyto") return "C" + pad2(r.between(23, 25)) + "-" + r.digits(5);
  if (kind == "micro") return "M" + pad2(r.between(23, 25)) + r.digits(6);
  if (kind == "lab") return r.digits(10);
  return r.letters(1, true) + r.digits(7);
}

std::string healthPlan(Random& r, std::string_view kind, const Cast27& c) {
  if (kind == "ramq") {  // three letters of the surname, one of the given name, YYMMDD (+50 for women), two digits
    std::string l = up27(fold(c.pt.last)).substr(0, 3);
    while (l.size() < 3) l += "X";
    const std::string f = up27(fold(c.pt.first)).substr(0, 1);
    return l + f + " " + pad2(c.by % 100) + pad2(c.bm + (c.female ? 50 : 0)) + " " + pad2(c.bd) + r.digits(2);
  }
  if (kind == "cns") return "7" + r.digits(2) + " " + r.digits(4) + " " + r.digits(4) + " " + r.digits(4);
  if (kind == "kupah") return r.digits(9);
  if (kind == "thiqa") return r.digits(7) + "-" + r.digits(1);
  if (kind == "daman") return "DAM-" + r.digits(8);
  if (kind == "nhis") return r.digits(11);
  if (kind == "mbi") {
    return std::to_string(r.between(1, 9)) + r.letters(2, true) + r.digits(1) + "-" + r.letters(2, true) + r.digits(1) + "-" +
           r.letters(2, true) + r.digits(2);
  }
  return r.letters(3, true) + r.digits(9);  // a US member ID
}

// National identity numbers and other numbers on a person's card: "license".
std::string cardNumber(Random& r, std::string_view kind, const Cast27& c) {
  if (kind == "cpf") return r.digits(3) + "." + r.digits(3) + "." + r.digits(3) + "-" + r.digits(2);
  if (kind == "nif") return std::to_string(r.between(1, 2)) + r.digits(8);
  if (kind == "tz") return r.digits(9);
  if (kind == "eid") return "784-" + std::to_string(c.by) + "-" + r.digits(7) + "-" + r.digits(1);
  if (kind == "said") return "1" + r.digits(9);
  if (kind == "iqama") return "2" + r.digits(9);
  if (kind == "rrn") {
    const int g = c.by >= 2000 ? (c.female ? 4 : 3) : (c.female ? 2 : 1);
    return pad2(c.by % 100) + pad2(c.bm) + pad2(c.bd) + "-" + std::to_string(g) + r.digits(6);
  }
  if (kind == "tckn") return std::to_string(r.between(1, 9)) + r.digits(10);
  if (kind == "dl") {
    switch (r.between(0, 2)) {
      case 0: return r.letters(1, true) + r.digits(7);
      case 1: return r.digits(9);
      default: return r.letters(1, true) + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(4);
    }
  }
  return r.letters(2, true) + r.digits(7);  // a passport
}

std::string email(Random& r, const Person27& p, std::string_view work) {
  const std::string f = fold(p.first), l = fold(p.last);
  std::string local;
  switch (r.between(0, 3)) {
    case 0: local = f + "." + l; break;
    case 1: local = f.substr(0, 1) + l + std::to_string(r.between(10, 99)); break;
    case 2: local = l + "_" + f.substr(0, 1); break;
    default: local = f + std::to_string(r.between(1940, 2009)); break;
  }
  if (work.empty()) return local + "@" + pickS(r, kMail27);
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

std::string usPlate(Random& r) {
  switch (r.between(0, 3)) {
    case 0: return r.letters(3, true) + " " + r.digits(4);
    case 1: return r.digits(1) + r.letters(3, true) + r.digits(3);
    case 2: return r.letters(3, true) + "-" + r.digits(3);
    default: return r.digits(3) + " " + r.letters(3, true);
  }
}

std::string vin(Random& r) {
  return r.digits(1) + r.letters(4, true) + r.digits(2) + r.letters(2, true) + r.digits(1) + r.letters(1, true) + r.digits(6);
}

std::string serialOf(Random& r) {
  switch (r.between(0, 4)) {
    case 0: return r.letters(3, true) + r.digits(6) + r.letters(1, true);  // a pacemaker or ICD
    case 1: return r.letters(2, true) + r.digits(7);
    case 2: return r.digits(8);
    case 3: return "SN " + r.digits(4) + "-" + r.digits(5);
    default: return r.digits(2) + r.letters(1, true) + r.digits(6);
  }
}

void writeStreet(Ctx27& x, bool withCity) {
  const Cast27& c = x.c;
  std::string v = c.streetNumber + " " + c.street;
  if (!c.unit.empty()) v += (x.b.random().chance(0.5) ? ", " : " ") + c.unit;
  if (withCity) v += ", " + c.city + ", " + c.state;
  put(x, "address", v);
}

std::string sentence27(Random& r, std::string_view topic = {});

void placeholder(Ctx27& x, std::string_view key) {
  Random& r = x.b.random();
  const Patient& p = x.b.patient();
  const Cast27& c = x.c;
  const std::size_t dot = key.find('.');
  const std::string_view head = key.substr(0, dot);
  const std::string_view form = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  const std::string f(form);
  if (isPerson(head)) {
    writeName(x, who(c, head), f);
  } else if (head == "lb") {
    say(x, "{");
  } else if (head == "rb") {
    say(x, "}");
  } else if (head == "he") {
    say(x, c.female ? "she" : "he");
  } else if (head == "his") {
    say(x, c.female ? "her" : "his");
  } else if (head == "sex") {
    say(x, c.female ? "F" : "M");
  } else if (head == "gender") {
    say(x, c.female ? "female" : "male");
  } else if (head == "rel") {
    say(x, c.kinRel);
  } else if (head == "wd") {
    say(x, pickS(r, kWeekdays27));
  } else if (head == "dob") {
    writeDate(x, c.by, c.bm, c.bd, f);
  } else if (head == "odob") {  // another adult's date of birth
    writeDate(x, r.between(1936, 2004), r.between(1, 12), r.between(1, 28), f.empty() ? "mdy0" : f);
  } else if (head == "date") {
    writeDate(x, r.between(2023, 2025), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "past") {
    writeDate(x, r.between(2012, 2022), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "later") {
    writeDate(x, r.between(2025, 2026), r.between(1, 12), r.between(1, 28), f);
  } else if (head == "again") {
    put(x, "date", x.lastDate);
  } else if (head == "age") {
    writeAge(x, c.age, form.empty() ? "num" : form);
  } else if (head == "eage") {
    writeAge(x, c.elderAge, form.empty() ? "num" : form);
  } else if (head == "young") {  // an adult's age, 89 or less: not PHI
    say(x, std::to_string(r.between(22, 79)));
  } else if (head == "tick" || head == "hrs") {
    if (x.clock < 0) x.clock = r.between(0, 22 * 60);
    else x.clock += r.between(1, 19);
    const std::string h = pad2((x.clock / 60) % 24), m = pad2(x.clock % 60);
    say(x, head == "tick" ? h + ":" + m : h + m);
  } else if (head == "sec") {  // seconds after a {tick}
    say(x, ":" + pad2(r.between(0, 59)));
  } else if (head == "lot") {  // a reagent, drug or control lot: not PHI
    say(x, r.chance(0.5) ? r.letters(1, true) + r.digits(6) : r.digits(5) + r.letters(2, true));
  } else if (head == "num") {  // order, job, message and form numbers: not PHI
    say(x, std::to_string(r.between(1, 9)) + r.digits(form.empty() ? 5 : std::stoi(f) - 1));
  } else if (head == "instr") {  // the serial of an instrument, analyser, cart or hospital pump: not PHI
    say(x, r.letters(1, true) + r.digits(2) + r.letters(1, true) + r.digits(5));
  } else if (head == "pager") {  // a pager or an internal extension: not PHI
    say(x, std::to_string(r.between(2, 8)) + r.digits(form.empty() ? 3 : std::stoi(f) - 1));
  } else if (head == "bed") {
    say(x, std::to_string(r.between(2, 9)) + r.digits(2) + std::string(1, static_cast<char>('A' + r.between(0, 3))));
  } else if (head == "npi") {
    say(x, "1" + r.digits(9));
  } else if (head == "bp") {
    say(x, std::to_string(r.between(92, 188)) + "/" + std::to_string(r.between(50, 106)));
  } else if (head == "phone") {
    put(x, "phone", formatPhone(r, p.phone));
  } else if (head == "phonedigits") {
    put(x, "phone", p.phone);
  } else if (head == "phone2") {
    put(x, "phone", formatPhone(r, p.altPhone));
  } else if (head == "cphone") {
    put(x, "phone", formatPhone(r, randomTen(r)));
  } else if (head == "ph7") {
    put(x, "phone", std::to_string(r.between(2, 9)) + r.digits(2) + "-" + r.digits(4));
  } else if (head == "phspoken") {  // digits read out one by one, as a recognizer writes them
    std::string v;
    for (char ch : p.phone) {
      if (!v.empty()) v += " ";
      v.push_back(ch);
    }
    put(x, "phone", v);
  } else if (head == "ocrphone") {
    put(x, "phone", ocrDigits(r, formatPhone(r, randomTen(r))));
  } else if (head == "intl") {
    put(x, "phone", abroad(r, form));
  } else if (head == "fax") {
    put(x, "fax", formatPhone(r, p.altPhone));
  } else if (head == "cfax") {
    put(x, "fax", formatPhone(r, randomTen(r)));
  } else if (head == "ocrfax") {
    put(x, "fax", ocrDigits(r, formatPhone(r, randomTen(r))));
  } else if (head == "ifax") {
    put(x, "fax", abroad(r, form));
  } else if (head == "email") {
    const std::string whom(form.empty() ? "pt" : form);
    std::string work;
    if (whom == "s1" || whom == "s2") work = std::string(kWorkMail27[0]);
    else if (whom == "s3" || whom == "s4") work = std::string(kWorkMail27[1]);
    else if (whom == "s5") work = std::string(kWorkMail27[2]);
    put(x, "email", email(r, who(c, whom), work));
  } else if (head == "ssn") {
    put(x, "ssn", p.ssn);
  } else if (head == "ssnbare") {
    const std::string& s = p.ssn;
    put(x, "ssn", s.substr(0, 3) + s.substr(4, 2) + s.substr(7, 4));
  } else if (head == "mrn") {
    put(x, "mrn", p.mrn);
  } else if (head == "omrn") {  // another patient's record number
    put(x, "mrn", r.digits(8));
  } else if (head == "ocrmrn") {
    put(x, "mrn", ocrDigits(r, p.mrn));
  } else if (head == "rec") {  // a local record or accession number
    put(x, "mrn", recordNumber(r, form, c));
  } else if (head == "acct") {
    put(x, "account", p.account);
  } else if (head == "visit") {  // an encounter (visit) number
    put(x, "account", "V" + r.digits(9));
  } else if (head == "regcase") {  // a registry case number
    put(x, "account", pad2(r.between(12, 24)) + "-" + r.digits(6));
  } else if (head == "plan") {
    put(x, "health_plan", p.plan);
  } else if (head == "hp") {
    put(x, "health_plan", healthPlan(r, form, c));
  } else if (head == "lic") {
    put(x, "license", r.chance(0.5) ? p.license : cardNumber(r, "dl", c));
  } else if (head == "card") {
    put(x, "license", cardNumber(r, form, c));
  } else if (head == "dev") {
    put(x, "device", p.device);
  } else if (head == "serial") {  // a patient's own device or implant
    put(x, "device", serialOf(r));
  } else if (head == "vin") {
    put(x, "vehicle", r.chance(0.5) ? p.vin : vin(r));
  } else if (head == "plate") {
    put(x, "vehicle", r.chance(0.4) ? p.plate : usPlate(r));
  } else if (head == "url") {
    if (form == "share") {
      put(x, "url", "https://share.imagegrid.example.com/s/" + r.letters(4, true) + r.digits(6) + "?pid=" + p.mrn);
    } else if (form == "fhir") {
      put(x, "url", "https://fhir.example-health.org/r4/Patient/" + r.digits(8));
    } else if (form == "ecg") {
      put(x, "url", "https://telecardio.example.com.br/laudo/" + r.digits(9));
    } else {
      put(x, "url", "portal.example-health.org/results?mrn=" + p.mrn);
    }
  } else if (head == "ip") {
    put(x, "ip", std::to_string(r.between(10, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
                     std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254)));
  } else if (head == "ip6") {
    put(x, "ip", r.chance(0.5) ? "2001:db8:" + hex4(r) + ":" + hex4(r) + "::" + hex4(r)
                               : "fd00:" + hex4(r) + ":" + hex4(r) + ":" + hex4(r) + "::" + hex4(r));
  } else if (head == "street") {
    writeStreet(x, false);
  } else if (head == "streetcity") {
    writeStreet(x, true);
  } else if (head == "addr") {
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
    say(x, "  ");
    put(x, "zip", c.zip);
  } else if (head == "city") {
    put(x, "address", c.city);
  } else if (head == "cityst") {
    put(x, "address", c.city + ", " + c.state);
  } else if (head == "zip") {
    put(x, "zip", c.zip);
  } else if (head == "state") {
    say(x, c.state);
  } else if (head == "street2city") {  // another street line with its town and state
    const Town27& t = r.pick(std::span<const Town27>(kTowns27));
    put(x, "address", std::to_string(r.between(10, 9999)) + " " + pickS(r, kStreets27) + " " + pickS(r, kSuffixes27) + ", " +
                          std::string(t.town) + ", " + std::string(t.state));
  } else if (head == "zip2") {
    put(x, "zip", std::to_string(r.between(10, 99)) + r.digits(3) + (r.chance(0.4) ? "-" + r.digits(4) : ""));
  } else if (head == "foreign") {
    put(x, "address", foreignAddress(r, form));
  } else if (head == "ftown") {
    put(x, "address", foreignTown(r, form));
  } else if (head == "s") {
    say(x, sentence27(r, form));
  } else {
    throw std::logic_error("unknown placeholder " + std::string(key));
  }
}

void expand(Ctx27& x, std::string_view pattern) {
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
// Look-alike sentences without PHI, in the voices of radiologists, pathologists, laboratory
// scientists, cardiology and sleep technologists, respiratory therapists, pharmacists, dictating
// doctors and the machines themselves: doses, reference ranges, scores and ratios written as
// fractions ("7/24", "120/80"), times, lot numbers, instrument serials, accession-looking order
// numbers, codes (LOINC, CPT, ICD-10), eponyms (Westergren, Kirby-Bauer, Bazett, Sokolow-Lyon,
// Gleason, Bethesda, Fleischner, BI-RADS, Rechtschaffen) and place names only in methods.
std::string sentence27(Random& r, std::string_view topic) {
  static constexpr int kAsr[] = {0, 1, 2, 3, 4, 5};
  static constexpr int kRad[] = {6, 7, 8, 9, 10, 11, 12};
  static constexpr int kPath[] = {13, 14, 15, 16, 17, 18};
  static constexpr int kLab[] = {19, 20, 21, 22, 23, 24};
  static constexpr int kMicro[] = {25, 26, 27, 28};
  static constexpr int kEcg[] = {29, 30, 31, 32, 33};
  static constexpr int kSleep[] = {34, 35, 36, 37};
  static constexpr int kDevice[] = {38, 39, 40, 41, 42, 43};
  static constexpr int kMed[] = {44, 45, 46, 47, 48};
  static constexpr int kChat[] = {49, 50, 51, 52, 53};
  static constexpr int kIntl[] = {54, 55, 56, 57, 58, 59};
  static constexpr int kFr[] = {56, 60, 61};
  static constexpr int kPtBr[] = {54, 62, 63};
  static constexpr int kPl[] = {55, 64, 65};
  static constexpr int kTr[] = {57, 66, 67};
  std::span<const int> cases;
  if (topic == "asr") cases = kAsr;
  else if (topic == "rad") cases = kRad;
  else if (topic == "path") cases = kPath;
  else if (topic == "lab") cases = kLab;
  else if (topic == "micro") cases = kMicro;
  else if (topic == "ecg") cases = kEcg;
  else if (topic == "sleep") cases = kSleep;
  else if (topic == "device") cases = kDevice;
  else if (topic == "med") cases = kMed;
  else if (topic == "chat") cases = kChat;
  else if (topic == "intl") cases = kIntl;
  else if (topic == "fr") cases = kFr;
  else if (topic == "ptbr") cases = kPtBr;
  else if (topic == "pl") cases = kPl;
  else if (topic == "tr") cases = kTr;
  else if (!topic.empty()) throw std::logic_error("unknown sentence topic " + std::string(topic));
  const int pick = cases.empty() ? r.between(0, 67) : cases[r.next() % cases.size()];
  const std::string n1 = std::to_string(r.between(1, 9));
  const std::string n2 = std::to_string(r.between(10, 98));
  const std::string n3 = std::to_string(r.between(100, 980));
  const std::string hhmm = pad2(r.between(0, 23)) + ":" + pad2(r.between(0, 59));
  switch (pick) {
    case 0: return "the patient is a pleasant gentleman here for follow up period blood pressure is 1" + n2 + " over 8" + n1 + " period";
    case 1: return "new paragraph assessment and plan colon number one comma atrial fibrillation comma rate controlled period";
    case 2: return "metoprolol succinate 25 mg once daily comma follow up in 3 months period";
    case 3: return "hemoglobin A1c was 7 point " + n1 + " percent comma down from 8 point 2 period";
    case 4: return "[inaudible] the wound was closed in layers with 3-0 Vicryl and 4-0 Monocryl.";
    case 5: return "scratch that period the ejection fraction is 55 to 60 percent period";
    case 6: return "No acute intracranial hemorrhage. Gray-white differentiation preserved. ASPECTS 10.";
    case 7: return "A " + n1 + " mm solid nodule in the right upper lobe; per Fleischner 2017, CT at 6-12 months.";
    case 8: return "BI-RADS 0: incomplete; additional views and ultrasound recommended.";
    case 9: return "CTDIvol " + n2 + "." + n1 + " mGy, DLP " + n3 + " mGy-cm; 80 mL iohexol 350 IV.";
    case 10: return "Comparison: outside study of unknown date, images not available in PACS.";
    case 11: return "Study " + n3 + ", series " + n1 + ", image " + n2 + ": LI-RADS 4 observation, 18 mm.";
    case 12: return "Findings discussed with the ordering team at " + hhmm + "; read-back confirmed.";
    case 13: return "Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), in 4/12 cores.";
    case 14: return "Margins negative, closest 2 mm (deep); 0/14 lymph nodes (pN0); pT2.";
    case 15: return "Immunohistochemistry: ER 95% strong, PR 40%, HER2 2+ (equivocal), reflex FISH ordered.";
    case 16: return "Bethesda category IV: follicular neoplasm; molecular testing sent.";
    case 17: return "Received in formalin in a container labelled with the patient's name and MRN, cold ischemia < 1 h.";
    case 18: return "NILM; HPV 16/18 negative, other high-risk HPV positive; cotest per the 2019 ASCCP guidelines.";
    case 19: return "Potassium " + n1 + ".1 mmol/L (ref 3.5-5.1), hemolysis index 2+, recollect advised.";
    case 20: return "pH 7.2" + n1 + ", pCO2 6" + n1 + " mmHg, pO2 5" + n2.substr(0, 1) + " mmHg, HCO3 2" + n1 + ", BE -" + n1 + ".";
    case 21: return "ESR (Westergren) " + n2 + " mm/h; CRP 1" + n2 + " mg/L.";
    case 22: return "Troponin I hs " + n2 + " ng/L at 0 h and " + n3 + " ng/L at 3 h: delta positive.";
    case 23: return "Calibration verified; QC level 2 lot " + r.letters(1, true) + r.digits(5) + " within 2 SD.";
    case 24: return "Delta check failed on creatinine (1.1 to 3.4 mg/dL in 24 h); specimen identity confirmed.";
    case 25: return "Gram-positive cocci in clusters in 2/2 bottles, time to positivity 14 h.";
    case 26: return "MRSA PCR detected (mecA); vancomycin MIC 1 mcg/mL; Kirby-Bauer disc for clindamycin, D-test negative.";
    case 27: return "Colony count > 100,000 CFU/mL E. coli; ESBL screen positive.";
    case 28: return "AFB smear negative x 3; culture held 6 weeks; MTB PCR not detected.";
    case 29: return "Sinus rhythm 7" + n1 + " bpm, PR 1" + n2 + " ms, QRS 9" + n1 + " ms, QT/QTc 40" + n1 + "/44" + n1 + " ms (Bazett).";
    case 30: return "Left ventricular hypertrophy by Sokolow-Lyon voltage criteria; nonspecific ST-T changes.";
    case 31: return "Holter 48 h: 12 runs of SVT, longest 9 beats; PVC burden 3.1%; no pauses over 3 s.";
    case 32: return "Battery ERI not reached; RV threshold 0.75 V @ 0.4 ms; impedance 5" + n2 + " ohms.";
    case 33: return "Unconfirmed report: computer interpretation, to be overread by a cardiologist.";
    case 34: return "AHI " + n2 + "." + n1 + "/h, RDI 3" + n1 + "/h, nadir SpO2 7" + n1 + "%, T90 12 min.";
    case 35: return "Scored per the AASM manual v2.6, hypopneas with 3% desaturation or arousal.";
    case 36: return "CPAP titrated from 5 to 1" + n1 + " cm H2O; REM supine observed at the final pressure.";
    case 37: return "Sleep efficiency 7" + n1 + "%, sleep latency 1" + n1 + " min, REM latency 9" + n2.substr(0, 1) + " min.";
    case 38: return "Basal 0.8 U/h 00:00-06:00, 1.0 U/h 06:00-24:00; I:C 1:10; ISF 1:45; target 110.";
    case 39: return "Occlusion alarm at " + hhmm + "; set changed, reservoir 1" + n2 + " U remaining.";
    case 40: return "Vent mode VC-AC, VT 4" + n2 + " mL, RR 1" + n1 + ", PEEP " + n1 + ", FiO2 0.4" + n1 + "; plateau 2" + n1 + ".";
    case 41: return "Drug library v" + n1 + "." + n2 + ": heparin 25,000 units/250 mL, soft limit 18 units/kg/h.";
    case 42: return "Low-pressure alarm x 3 overnight; circuit leak fixed; humidifier at 37 C.";
    case 43: return "Smart pump hard limit override refused; rate reprogrammed from 125 to 12.5 mL/h.";
    case 44: return "Scanned: enoxaparin 40 mg/0.4 mL syringe, NDC 0075-0624-" + r.digits(2) + ", lot " + r.letters(1, true) + r.digits(4) + ".";
    case 45: return "Override reason: medication not in the cabinet, witnessed waste of 0.5 mL.";
    case 46: return "Rx " + r.digits(7) + " filled by the robot, canister " + n2 + ", verified by the pharmacist.";
    case 47: return "Dose due 09:00 given late at " + hhmm + "; hold parameters SBP < 100, HR < 55.";
    case 48: return "Tall-man lettering: hydrOXYzine vs hydrALAZINE; look-alike alert acknowledged.";
    case 49: return "k2 is 3.1, repleting 40 meq po, recheck 1800";
    case 50: return "bed " + n2 + " wants to talk to the team about the mri, no rush";
    case 51: return "ok thx, will see after rounds ~" + n1 + "pm";
    case 52: return "pls page x" + r.digits(4) + " when the cta is read";
    case 53: return "rapid response cleared, bp 10" + n1 + "/6" + n1 + " after 1 L bolus";
    case 54: return "Exame realizado em aparelho de 1,5 T; sem contraste paramagnético.";
    case 55: return "Badanie wykonano aparatem 64-rzędowym; dawka " + n3 + " mGy·cm.";
    case 56: return "Examen comparé à l'étude antérieure; aucun changement significatif.";
    case 57: return "Tetkik sonucu referans aralığında; HbA1c %" + n1 + ",2.";
    case 58: return "Reference interval from the Turkish and Korean population studies, age-adjusted.";
    case 59: return "Report released electronically; a signed copy is on file in the department.";
    case 60: return "Hypodensité de 1" + n1 + " mm du lobe frontal droit; pas d'effet de masse; Fazekas 2.";
    case 61: return "Créatinine " + n2 + " µmol/L (N 45-90), DFGe " + n2 + " mL/min/1,73 m2.";
    case 62: return "Neoplasia com margens livres, a " + n1 + " mm da margem profunda; pT1b pN0 (0/1" + n1 + ").";
    case 63: return "Hemoglobina 1" + n1 + ",2 g/dL (VR 12,0-15,5); leucócitos " + n1 + ".300/mm3.";
    case 64: return "Morfologia: Hb 1" + n1 + ",4 g/dl (norma 12-16), PLT 2" + n2 + " tys./µl; CRP " + n1 + ",2 mg/l.";
    case 65: return "Zalecenia: kontrola w poradni za 3 miesiące; metformina 2 x 500 mg.";
    case 66: return "Glukoz " + n3 + " mg/dL (70-100), kreatinin 1," + n1 + " mg/dL; idrar tahlili normal.";
    default: return "Taburculukta önerilenler: ramipril 5 mg 1x1, 10 gün sonra poliklinik kontrolü.";
  }
}

struct Template27 {
  std::string_view name;
  Case27 mode;
  Region27 region;
  std::string_view pattern;
};

constexpr Case27 kN = Case27::asIs;
constexpr Case27 kL = Case27::lower;
constexpr Case27 kU = Case27::upper;
constexpr Region27 kUS = Region27::us;

constexpr Template27 kTemplates27[] = {
    // --- dictation and transcription ---
    {"asr_clinic_draft", kL, kUS,
     "[speech recognition draft - not reviewed]\nthis is doctor {s1.low} dictating a clinic note on {pt.low} period date of birth {dob.spoken} "
     "period medical record number {mrn} period date of service {date.spoken} period new paragraph the patient is a {age.wordsyo} "
     "{gender} seen with {his} {rel} {kin.lowfirst} period {s.asr} {s.asr} new paragraph {kin.lowfirst} can be reached at {phspoken} "
     "period end of dictation\n"},
    {"asr_op_note_draft", kL, kUS,
     "<<draft>> operative report patient {pt.low} medical record {mrn} date of surgery {date.spoken} comma surgeon doctor {s1.low} "
     "comma assistant doctor {s2.low} period preoperative diagnosis colon right inguinal hernia period {s.asr} [inaudible] period "
     "{s.asr} the patient was taken to recovery in stable condition period\n"},
    {"asr_discharge_voice_note", kL, kUS,
     "voice note transcribed {date.md} {tick}\nhey it's {s2.lowfirst}, d/c summary for {pt.low} in {bed}, {age.words} year old, admitted "
     "{past.spoken} no sorry {date.spoken}, going home to {city} with {his} {rel}. pcp is doctor {s3.lowlast}. {s.asr}\n"},
    {"transcribed_consult_letter", kN, kUS,
     "Dictated: {date.mdy0}  Transcribed: {again}  Job #{num.7}  Transcriptionist: {s8.fi}\n\n{s3.full}, MD\n{street2city} {zip2}\n\n"
     "RE: {pt.full}    DOB: {dob.mdy0}    MRN: {mrn}\n\nDear Dr. {s3.last},\n\nThank you for referring {pt.full}, a {age.yo} {gender}, "
     "to the cardiology clinic. {s.ecg} {s.ecg}\n\nSincerely,\n\n{s5.full}, MD, FACC\ncc: {pt.full}, {addr}\n"},
    {"transcription_discrepancy_log", kN, kUS,
     "TRANSCRIPTION QA - DISCREPANCY LOG    {date.mdy0}\nJob {num.7} | dictator {s1.lf}, MD | flagged by {s8.full} (transcriptionist)\n"
     "Issue: dictated name \"{pt.full}\" but the header carries MRN {omrn} of {sib.full}; DOB dictated {dob.mdy0}.\n"
     "Resolution: job reassigned to MRN {mrn} after a call to the office at {cphone}.\n"},
    // --- radiology ---
    {"ris_worklist_line", kN, kUS,
     "RIS WORKLIST  {date.mdy0}\nACC {rec.acc} | {pt.LF} | MRN {mrn} | DOB {dob.mdy0} | {age.y} {sex} | CT HEAD WO | ref {s3.lfi} | "
     "pager {pager}\nACC {rec.acc} | {sib.LF} | MRN {omrn} | DOB {odob.mdy0} | XR CHEST 2V | ref {s4.lfi}\n"},
    {"ct_trauma_report", kN, kUS,
     "CT CHEST/ABDOMEN/PELVIS WITH CONTRAST - TRAUMA\nPatient: {pt.lf}    MRN {mrn}    Acc {rec.acc}    Exam date {date.mdy0} {tick}\n"
     "History: restrained driver, MVC on Route 9 near {city}. Per the trooper's report the car (plate {plate}, VIN {vin}) struck a tree.\n"
     "{s.rad} {s.rad}\nDictated by {s1.full}, MD; preliminary read by resident {s2.full}, MD.\n"},
    {"dicom_sr_dump", kN, kUS,
     "# dcmdump of the structured report (excerpt)\n(0008,0020) DA [{date.compact}]    # StudyDate\n(0008,0050) SH [{rec.acc}]    # AccessionNumber\n"
     "(0008,0090) PN [{s3.HL7}]    # ReferringPhysicianName\n(0010,0010) PN [{pt.HL7}]    # PatientName\n(0010,0020) LO [{mrn}]    # PatientID\n"
     "(0010,0030) DA [{dob.compact}]    # PatientBirthDate\n(0010,1010) AS [{age.as}Y]    # PatientAge\n(0008,0016) UI [1.2.840.10008.5.1.4.1.1.88.22]    # SOPClassUID\n"},
    {"mammo_recall_letter", kN, kUS,
     "{date.long}\n\n{pt.full}\n{addr2}\n\nDear {pt.first},\n\nYour screening mammogram of {past.longord} needs more pictures. {s.rad}\n"
     "Please call the Breast Center at {cphone} to book. Your results were also sent to {s3.full}, MD.\n\n{s1.full}, MD\nBreast Imaging\n"},
    {"critical_result_call_log", kN, kUS,
     "CRITICAL RESULT COMMUNICATION\nExam: CTA chest    Acc {rec.acc}    Patient {pt.fml} (MRN {mrn})\nFinding: saddle pulmonary embolus.\n"
     "Called {s4.full}, RN, charge nurse 5 West, at {cphone} on {date.mdy0} at {tick}; read-back done. Ordering {s3.fi} paged x{pager.4}.\n"
     "Radiologist: {s1.full}, MD\n"},
    {"ir_port_placement", kN, kUS,
     "IR PROCEDURE NOTE    {date.mdy0}\nPatient {pt.full}    DOB {dob.mdy0}    MRN {mrn}\nProcedure: right IJ chest port. Port serial {serial}, "
     "catheter lot {lot}.\n{s.rad}\nOperator: {s1.full}, MD    Technologist: {s6.full}, RT(R)\nImplant card mailed to {addr}\n"},
    {"image_share_link_email", kN, kUS,
     "From: {email.s1}\nTo: {email.pt}\nDate: {wd}, {date.long}\nSubject: your images\n\nHello {pt.first}, here is the link to your MRI "
     "of {past.mdy0}: {url.share}\nThe link expires in 14 days. Call {cphone} with questions.\n{s1.full}, RT(R)(MR)\n"},
    // --- pathology and laboratory ---
    {"surgical_pathology_report", kN, kUS,
     "SURGICAL PATHOLOGY REPORT    Case {rec.path}\nPatient: {pt.LF}    MRN {mrn}    DOB {dob.mdy0}    Age {age.num}\nCollected {date.mdy0}  "
     "Received {again}\nSubmitting physician: {s3.full}, MD\nDIAGNOSIS: {s.path} {s.path}\nGROSS: {s.path}\nElectronically signed by "
     "{s1.full}, MD, on {later.mdy0}\n"},
    {"frozen_section_call", kN, kUS,
     "FROZEN SECTION CALL LOG  {date.md}\n{tick}  OR 7: {pt.lf}, case {rec.path}; margin called negative by Dr. {s1.last} to Dr. {s3.last}.\n"
     "{tick}  second part: lymph node, benign. Called by {s6.fi}, PA.\n"},
    {"cytology_pap_report", kN, kUS,
     "GYNECOLOGIC CYTOLOGY    Accession {rec.cyto}\nPatient: {pt.full}    DOB {dob.mdy0}    LMP {date.mdy0}\nSpecimen: ThinPrep. {s.path}\n"
     "Screened by {s6.full}, CT(ASCP); reviewed by {s1.full}, MD\nCopy to: {s3.full}, {street2city}\n"},
    {"specimen_label_log", kU, kUS,
     "SPECIMEN LABEL REPRINT LOG\n{date.mdy0} {tick} {pt.LFN} {dob.mdy0} MRN {mrn} ACC {rec.lab} TUBE LAV RACK {num.3}\n"
     "{date.mdy0} {tick} {pt.LFN} {dob.mdy0} MRN {mrn} ACC {rec.lab} TUBE SST OPER {s4.fi}\n"},
    {"micro_blood_culture", kN, kUS,
     "MICROBIOLOGY - BLOOD CULTURE    {rec.micro}\nPatient {pt.lf}    MRN {mrn}    Ward 6 East bed {bed}\nCollected {date.mdy0} {tick}\n"
     "Preliminary: {s.micro}\nCalled to {s4.full}, RN at {tick} on {again} (read back) by {s7.full}, MLS(ASCP)\n{s.micro}\n"},
    {"blood_gas_printout", kU, kUS,
     "RAPIDPOINT 500  SN {instr}\nPATIENT ID: {mrn}\nNAME: {pt.LF}\nDOB: {dob.mdy0}   AGE: {age.num}\nSAMPLE: ARTERIAL  FIO2 40%  TEMP 37.0\n"
     "{date.dmon} {tick}{sec}\n{s.lab}\nOPERATOR: {s7.fi}\n"},
    {"analyser_host_log", kN, kUS,
     "HOST INTERFACE LOG (cobas link) - {date.iso}\n{tick}{sec} RX from {ip}: ORU sample {rec.lab} patient \"{pt.HL7}\" MRN {mrn}\n"
     "{tick}{sec} ACK to {ip} OK\n{tick}{sec} operator {s7.lfi} released result; module {instr}\n"},
    {"critical_value_callback", kN, kUS,
     "LAB CRITICAL VALUE CALL-BACK LOG  {date.md}\n{tick} K 6.8 - {pt.fi} (MRN {mrn}) - called 4 North x{pager.4}, no answer\n"
     "{tick} called unit cell {ph7} - spoke to {s4.full}, RN - read back OK\n{tick} Glucose 38 - {sib.fi} - ED, called {cphone}, "
     "{s5.first} took it\nTech: {s7.full}\n"},
    {"blood_bank_crossmatch", kN, kUS,
     "BLOOD BANK - CROSSMATCH\nRecipient: {pt.LF}    MRN {mrn}    DOB {dob.mdy0}    Armband {num.6}\nABO/Rh O NEG, antibody screen negative.\n"
     "2 units PRBC crossmatched {date.mdy0} {tick}. Issued to {s4.full}, RN. Verified by {s7.fi}, MLS.\n"},
    // --- cardiology, sleep and devices ---
    {"ecg_machine_header", kU, kUS,
     "{pt.LF}    ID: {mrn}    {date.dmon} {tick}{sec}\nDOB: {dob.dmon}   AGE: {age.num} YR   {gender}\nLOC: 4   ROOM: {bed}\n"
     "VENT RATE 7{pager.1} BPM  PR 168 MS  QRS 92 MS  QT/QTC 404/432 MS\n{s.ecg}\nREFERRED BY: {s3.LF}    CONFIRMED BY: {s5.UP}, MD\n"},
    {"holter_report", kN, kUS,
     "HOLTER MONITOR REPORT\nPatient: {pt.full}    DOB {dob.mdy0}    Recorder SN {instr}\nHook-up {date.mdy0} {tick}; duration 48 h\n"
     "Indication: palpitations. {s.ecg} {s.ecg}\nScanned by {s6.full}, CCT; interpreted by {s5.full}, MD. Copy to {s3.fi}.\n"},
    {"pacemaker_interrogation", kN, kUS,
     "DEVICE CLINIC - PACEMAKER INTERROGATION    {date.mdy0}\nPatient: {pt.lfm}    MRN {mrn}    Age {age.num}\nGenerator: dual chamber, "
     "SN {serial}; implanted {past.mdy0}\nRA lead SN {serial}    RV lead SN {serial}\n{s.ecg} {s.ecg}\nRemote monitoring transmitter at home, last "
     "contact from {ip6}\nDevice nurse: {s6.full}, RN, CCDS\n"},
    {"remote_monitoring_alert", kN, kUS,
     "Subject: ALERT - AF burden > 6 h - {pt.LF}\nFrom: noreply@carelink.example.com\nTo: {email.s5}\nPatient {pt.full}, DOB {dob.mdy0}, "
     "device SN {serial}\nTransmission {date.iso} {tick} from home monitor {ip6}; phone on file {phone}\n{s.ecg}\n"},
    {"polysomnography_export", kN, kUS,
     "POLYSOMNOGRAPHY REPORT (export)\nName: {pt.lf}    DOB {dob.mdy0}    Age {age.num}    BMI 3{pager.1}\nStudy date {date.mdy0}    "
     "Referring: {s3.full}, MD\n{s.sleep} {s.sleep}\nHome CPAP issued, serial {dev}; DME to deliver to {addr}\nScored by {s6.full}, RPSGT\n"},
    {"insulin_pump_csv", kN, kUS,
     "Name,{pt.full}\nPump serial,{serial}\nExport,{date.iso}\nIndex,Date,Time,BG (mg/dL),Bolus (U)\n1,{again},{tick},1{pager.2},4.5\n"
     "2,{again},{tick},2{pager.2},0\n# {s.device}\n"},
    {"home_vent_download", kN, kUS,
     "HOME VENTILATOR DOWNLOAD\nPatient: {pt.full}    DOB {dob.mdy0}\nVentilator SN {serial} (patient-owned), downloaded {date.mdy0} at home\n"
     "Address: {streetcity}\n{s.device} {s.device}\nRT: {s6.full}, RRT    Caregiver {kin.first} {phone}\n"},
    {"smart_pump_event_log", kN, kUS,
     "ALARIS EVENT LOG  pump {instr}  {date.mdy0}\n{tick}{sec} Patient ID scanned: {mrn}\n{tick}{sec} heparin 25,000 units/250 mL started\n"
     "{tick}{sec} {s.device}\nUser: {s4.lfi}\n"},
    {"icu_vent_flowsheet", kN, kUS,
     "ICU RESPIRATORY FLOWSHEET - {pt.LF} (MRN {mrn}) bed {bed}\n{date.md} {tick}: {s.device}\n{again} {tick}: SBT passed, extubated to 4 L NC.\n"
     "RT {s6.full}, RRT; ventilator {instr} returned to equipment\n"},
    // --- medications ---
    {"bcma_scan_log", kN, kUS,
     "BCMA ADMINISTRATION LOG  {date.mdy0}\n{tick} wristband scan MRN {mrn} ({pt.lf}) - OK\n{tick} {s.med}\n{tick} {s.med}\n"
     "Nurse: {s4.full}, RN    Witness: {s2.fi}\n"},
    {"pharmacy_robot_log", kN, kUS,
     "ROBOT DISPENSE LOG - cell {pager.2}  {date.iso}\n{tick}{sec} PICK Rx {num.7} for {pt.LFN} DOB {dob.mdy0} qty 30\n"
     "{tick}{sec} {s.med}\n{tick}{sec} verified by {s5.full}, PharmD; delivery to {street2city}\n"},
    {"discharge_med_rec_fax", kN, kUS,
     "FAX  To: {s3.full}, MD    Fax {cfax}    From: Pharmacy    Fax {fax}\nRe: {pt.full}  DOB {dob.mdy0}\nDischarge medication reconciliation. "
     "{s.med} {s.med}\nQuestions: {s5.full}, PharmD, {cphone} ext 4{pager.3}\n"},
    // --- messaging ---
    {"secure_chat_thread", kL, kUS,
     "secure chat - 7 west - {date.md}\n[{tick}] {s4.low}: {pt.lowlast} in {bed} keeps asking for {his} {rel}\n[{tick}] {s2.lowfirst}: "
     "{kin.low}? she called, cell {cphone}\n[{tick}] {s4.lowfirst}: {s.chat}\n[{tick}] security: gray car plate {plate} in the ambulance bay, "
     "owner is pt's son\n[{tick}] {s2.lowfirst}: {s.chat}\n"},
    {"pager_message_log", kN, kUS,
     "PAGER LOG - {s2.full}, MD (pager {pager})\n{date.md} {tick} RE {pt.fi} RM {bed} K 3.1 PLS CALL 4N x{pager.4}\n{again} {tick} "
     "PT {pt.LAST} FAMILY ({kin.full}) WANTS UPDATE {phone}\n{again} {tick} {s.chat}\n"},
    {"oncall_switchboard_log", kN, kUS,
     "SWITCHBOARD ON-CALL LOG  {wd} {date.mdy0}\n{tick} outside call from {kin.full} re {pt.full}, callback {ph7}, passed to {s2.fi}\n"
     "{tick} Dr. {s3.last}'s office {cphone} for the cardiology fellow - paged {pager}\n{tick} {s.chat}\n"},
    // --- interfaces and exports ---
    {"fhir_patient_json", kN, kUS,
     "{lb}\"resourceType\": \"Patient\", \"id\": \"{num.8}\", \"identifier\": [{lb}\"system\": \"urn:mrn\", \"value\": \"{mrn}\"{rb}], "
     "\"name\": [{lb}\"family\": \"{pt.last}\", \"given\": [\"{pt.first}\"]{rb}], \"birthDate\": \"{dob.iso}\", \"telecom\": [{lb}\"system\": "
     "\"phone\", \"value\": \"{phone}\"{rb}, {lb}\"system\": \"email\", \"value\": \"{email.pt}\"{rb}], \"address\": [{lb}\"line\": [\"{street}\"], "
     "\"city\": \"{city}\", \"state\": \"{state}\", \"postalCode\": \"{zip}\"{rb}], \"link\": \"{url.fhir}\"{rb}\n"},
    {"hl7_oru_lab", kN, kUS,
     "MSH|^~\\&|LIS|MAINLAB|EHR|HOSP|{date.compact}{hrs}||ORU^R01|{num.9}|P|2.5.1\nPID|1||{mrn}^^^HOSP^MR||{pt.hl7m}||{dob.compact}|{sex}|||"
     "{street}^^{city}^{state}^{zip}||{phonedigits}|||||{acct}|{ssnbare}\nOBR|1|{num.8}|{rec.lab}|2951-2^Sodium^LN|||{date.compact}{hrs}|||||||||"
     "{s3.HL7}\nOBX|1|NM|2951-2^Sodium^LN||13{pager.1}|mmol/L|136-145|N|||F\n"},
    {"hl7_orm_rad", kN, kUS,
     "MSH|^~\\&|EHR|HOSP|RIS|RAD|{date.compact}{hrs}||ORM^O01|{num.9}|P|2.3\nPID|1||{mrn}||{pt.HL7}||{dob.compact}|{sex}||||||||||{acct}|{ssnbare}\n"
     "PV1|1|E|ED^{bed}||||{s3.HL7}\nORC|NW|{num.8}\nOBR|1|{num.8}|{rec.acc}|CTHEADWO^CT HEAD WO CONTRAST\n"},
    {"cancer_registry_csv", kN, kUS,
     "# tumor registry abstract export\ncase_no,last,first,dob,dx_date,site,zip,ssn\n{regcase},{pt.last},{pt.first},{dob.compact},{date.compact},"
     "C50.9,{zip},{ssnbare}\n{regcase},{sib.last},{sib.first},{odob.compact},{past.compact},C61,{zip2},{ssnbare}\n"},
    {"ocr_fax_referral", kN, kUS,
     "[OCR text of a faxed referral, page 1 of 3]\nFAX {date.mdy0} {tick} FROM: {ocrfax}  TO: Sleep Center\nPatient: {pt.ocr}    D0B: {dob.mdy0}\n"
     "Chart #: {ocrmrn}    Phone: {ocrphone}\nReferring: {s3.ocr}, MD    NPI {npi}\nReason: loud snoring, witnessed apneas. {s.sleep}\n"},
    {"scanned_referral_form", kN, kUS,
     "SCANNED REFERRAL FORM (checkboxes as read)\n[X] Cardiology  [ ] Pulmonary\nLast name: {pt.last}    First name: {pt.first}    DOB {dob.mdy0}\n"
     "Address: {addr}\nHome phone: {phone}  Cell: {phone2}\nInsurance ID: {plan}    Medicare: {hp.mbi}\nDriver's license: {lic}\n"
     "Referring: {s3.full}, D.O.    Fax {cfax}\n"},
    {"newborn_hearing_screen_export", kN, kUS,
     "ABR SCREEN EXPORT\nMother: {kin.lf}    Baby: BOY {kin.LAST}    MRN {mrn}\nBirth {date.mdy0}; screened {again}\nResult: PASS both ears. "
     "Screener {s6.fi}. Mother's cell {phone}\n"},
    // --- Quebec ---
    {"qc_rapport_radiologie", kN, Region27::qc,
     "RAPPORT DE RADIOLOGIE\nNom : {pt.LF}    Dossier : {rec.dossier}    RAMQ : {hp.ramq}\nNé(e) le {dob.fr}    Âge : {age.ans}\n"
     "Examen : TDM cérébrale du {date.fr}\nMédecin référent : Dre {s3.full}\n{s.fr} {s.fr}\nRadiologiste : Dr {s1.full}, FRCPC\nAdresse : {foreign.qc}\n"},
    {"qc_dictee_transcrite", kN, Region27::qc,
     "Dictée : {date.iso}  Transcrite : {again}  Travail nº {num.6}\nPatient(e) : {pt.full}, {age.ans}, de {ftown.qc}\nDate de naissance : {dob.iso}\n"
     "Personne à joindre : {kin.full} ({rel}), tél. {intl.qc}\n{s.fr}\n{s1.full}, M.D.\n"},
    {"qc_requete_labo", kN, Region27::qc,
     "REQUÊTE DE LABORATOIRE\nNom : {pt.last}    Prénom : {pt.first}    RAMQ : {hp.ramq}    Exp. {later.iso}\nAdresse : {foreign.qc}\n"
     "Téléphone : {intl.qc}    Télécopieur : {ifax.qc}\nPrescripteur : Dre {s3.full}\n"},
    {"qc_ecg_entete", kU, Region27::qc,
     "{pt.LF}    DOSSIER {rec.dossier}    {date.iso} {tick}\nNÉ(E) LE {dob.iso}    ÂGE {age.ans}    {sex}\nRAMQ {hp.ramq}\n{s.ecg}\n"
     "DEMANDÉ PAR DRE {s3.UP}    CONFIRMÉ PAR {s5.UP}, FRCPC\n"},
    // --- Brazil ---
    {"br_laudo_anatomopatologico", kN, Region27::br,
     "LAUDO ANATOMOPATOLÓGICO    Exame {rec.path}\nPaciente: {pt.full}    Prontuário: {rec.pront}\nCPF: {card.cpf}    CNS: {hp.cns}\n"
     "Data de nascimento: {dob.dmyslash}    Idade: {age.anos}\nEndereço: {foreign.br}\nTelefone: {intl.br}\nColetado em {date.ptl}. {s.ptbr} {s.ptbr}\n"
     "Patologista: Dra. {s1.full} - CRM-PB {num.5}\n"},
    {"br_tele_ecg_laudo", kN, Region27::br,
     "TELE-ECG - LAUDO {num.8}\nPaciente: {pt.UP}    Nasc.: {dob.dmyslash}    Sexo: {sex}\nCPF {card.cpf}\nMunicípio: {ftown.br}\n"
     "Traçado enviado em {date.dmyslash} {tick} de {ip}. {s.ecg}\nLaudo disponível em {url.ecg}\nCardiologista: Dr. {s5.full}\n"},
    {"br_resultado_exame", kN, Region27::br,
     "RESULTADO DE EXAMES - {pt.full}\nCartão SUS {hp.cns}    Pedido {rec.lab}\nColeta: {date.dmyslash}    Liberado: {again}\n{s.ptbr}\n"
     "Responsável técnico: {s7.full}\nDúvidas: {intl.br} ou {email.pt}\n"},
    {"br_bot_agendamento", kL, Region27::br,
     "mensagem automática - central de agendamento\nolá, {pt.lowfirst}! seu exame de ultrassom foi marcado para {date.dmyslash} às {tick} na "
     "unidade de {ftown.br}. paciente: {pt.low}, cartão sus {hp.cns}. para remarcar, ligue {intl.br}. responda 1 para confirmar.\n"},
    // --- Portugal ---
    {"pt_relatorio_imagiologia", kN, Region27::pt,
     "RELATÓRIO DE IMAGIOLOGIA\nUtente: {pt.full}    N.º de utente: {rec.utente}    NIF: {card.nif}\nData de nascimento: {dob.dmydash}    "
     "Idade: {age.anos}\nMorada: {foreign.pt}\nContacto: {intl.pt}\nExame de {date.ptl}: {s.ptbr}\nMédico radiologista: Dr. {s1.full}\n"},
    {"pt_pedido_analises", kN, Region27::pt,
     "PEDIDO DE ANÁLISES CLÍNICAS\nNome: {pt.last}, {pt.first}    N.º utente {rec.utente}\nData {date.dmyslash}\nMédico de família: Dra. {s3.full}\n"
     "Enf.ª {s4.full} - colheita às {tick}\n{s.ptbr}\n"},
    // --- Poland ---
    {"pl_wynik_badania", kN, Region27::pl,
     "WYNIK BADANIA LABORATORYJNEGO\nPacjent: {pt.full}    PESEL: {rec.pesel}\nData urodzenia: {dob.dotted}    Wiek: {age.lat}\n"
     "Adres: {foreign.pl}\nTel.: {intl.pl}\nData pobrania: {date.dotted} {tick}\n{s.pl}\nZlecający: lek. {s3.full}    Wykonał: {s7.full}\n"},
    {"pl_skierowanie", kN, Region27::pl,
     "SKIEROWANIE NA BADANIE TK\nImię i nazwisko: {pt.full}    PESEL {rec.pesel}\nAdres zamieszkania: {foreign.pl}\nRozpoznanie: R51\n{s.pl}\n"
     "{ftown.pl}, dnia {date.pl} r.\ndr n. med. {s1.full}\nFaks: {ifax.pl}\n"},
    // --- Israel ---
    {"il_discharge_letter", kN, Region27::il,
     "DISCHARGE LETTER - Internal Medicine B\nPatient: {pt.full}    ID (Teudat Zehut): {card.tz}    Age: {age.num}\nKupat holim: Clalit, "
     "member no. {hp.kupah}\nAddress: {foreign.il}\nAdmitted {past.dotted}  Discharged {date.dotted}\n{s.lab} {s.rad}\n"
     "Family contact: {kin.full}, {intl.il}\nAttending: Dr. {s1.full}    Resident: Dr. {s2.full}\n"},
    {"il_lab_printout", kU, Region27::il,
     "LAB RESULTS  {date.dmyslash}\nNAME: {pt.LF}  ID {card.tz}  DOB {dob.dmyslash}\nHMO MEMBER {hp.kupah}\n{s.lab}\nPHONE ON FILE {intl.il}\n"},
    // --- UAE and Saudi Arabia ---
    {"uae_radiology_report", kN, Region27::gulf,
     "RADIOLOGY REPORT - MRI LUMBAR SPINE\nPatient: {pt.nasab}    Emirates ID: {card.eid}\nThiqa card: {hp.thiqa}    MRN {mrn}\nDOB {dob.dmyslash}    "
     "Age {age.years}\nAddress: {foreign.uae}\nMobile {intl.uae}\n{s.rad} {s.rad}\nReported by Dr. {s1.full}\n"},
    {"sa_ecg_header", kU, Region27::gulf,
     "{pt.UP}    MRN {mrn}    {date.dmyslash} {tick}\nHIJRI DOB: {dob.hijri} AH    AGE: {age.num}Y    {sex}\nIQAMA: {card.iqama}\n{s.ecg}\n"
     "REQUESTED BY: DR {s3.UP}\n"},
    {"sa_pharmacy_label", kN, Region27::gulf,
     "OUTPATIENT PHARMACY LABEL\n{pt.nasab}    National ID {card.said}\nFile {mrn}    {date.dmyslash}\nMetformin 500 mg: 1 tablet twice daily "
     "with meals, 60 tablets\nAddress: {foreign.sa}\nMobile: {intl.sa}    Pharmacist: {s5.full}\n"},
    {"gulf_secure_chat", kL, Region27::gulf,
     "whatsapp-style team chat (hospital app) {date.md}\n{s2.lowfirst}: the patient {pt.low} from {ftown.gulf}, {age.words}, {rel} {kin.low} "
     "on {intl.uae}\n{s4.lowfirst}: {s.chat}\n"},
    // --- South Korea ---
    {"kr_health_screening", kN, Region27::kr,
     "NATIONAL HEALTH SCREENING RESULT\nName: {pt.kr}    RRN: {card.rrn}\nNHIS no.: {hp.nhis}    Registration no.: {rec.kr}\n"
     "Exam date: {date.ko}    Age: {age.se}\nAddress: {foreign.kr}\nPhone: {intl.kr}\n{s.lab}\nPhysician: {s1.kr}\n"},
    {"kr_pacs_header", kU, Region27::kr,
     "PACS  {pt.HL7}  ID {rec.kr}  {dob.kodot}  {age.num}Y/{sex}  STUDY {date.kodot}  ACC {rec.acc}\nREAD BY {s1.KR}\n{s.rad}\n"},
    // --- Turkey ---
    {"tr_laboratuvar_sonuc", kN, Region27::tr,
     "LABORATUVAR SONUÇ RAPORU\nHasta: {pt.full}    T.C. Kimlik No: {card.tckn}\nDoğum tarihi: {dob.dotted}    Yaş: {age.yas}\nProtokol {num.7}\n"
     "Numune alım: {date.dotted} {tick}\n{s.tr}\nİsteyen: Uzm. Dr. {s3.full}    Onaylayan: {s7.full}\nTel: {intl.tr}\n"},
    {"tr_epikriz", kN, Region27::tr,
     "EPİKRİZ\nAdı Soyadı: {pt.UP}    TC: {card.tckn}\nAdres: {foreign.tr}\nYatış: {past.tr}    Çıkış: {date.tr}\n{s.tr} {s.tr}\n"
     "Yakını: {kin.full} ({intl.tr})\nSorumlu hekim: Prof. Dr. {s1.full}; Hemş. {s4.full}\n"},
    {"tr_sms_randevu", kN, Region27::tr,
     "MHRS BİLGİLENDİRME (SMS)\nSayın {pt.full}, {date.dotted} {tick} tarihli Kardiyoloji randevunuz oluşturulmuştur. Hekim: Uzm. Dr. "
     "{s3.full}. İptal için {intl.tr}. Doğum tarihi: {dob.dotted}\n"},
    // --- without PHI ---
    {"no_phi_abg_reference", kN, kUS, "ARTERIAL BLOOD GAS - REFERENCE RANGES\npH 7.35-7.45; pCO2 35-45 mmHg; pO2 80-100 mmHg; HCO3 22-26 mmol/L.\n{s.lab}\n{s.lab}\n"},
    {"no_phi_ecg_criteria", kN, kUS, "ECG CRITERIA CARD\nQTc (Bazett) > 470 ms women, > 450 ms men; LVH: S V1 + R V5/V6 > 35 mm.\n{s.ecg}\n{s.ecg}\n"},
    {"no_phi_ct_protocol", kN, kUS, "CT PROTOCOL - PE STUDY\n100 mL contrast at 4 mL/s, bolus tracking on the main PA at 100 HU.\n{s.rad}\n{s.rad}\n"},
    {"no_phi_qc_log", kU, kUS, "CHEMISTRY QC LOG - ANALYSER {instr}\nLEVEL 1 LOT {lot} IN RANGE; LEVEL 2 LOT {lot} 1-2S WARNING.\n{s.lab}\n"},
    {"no_phi_pump_library", kN, kUS, "PUMP DRUG LIBRARY CHANGES\n{s.device}\n{s.device}\nInsulin regular 100 units/100 mL: hard max 25 units/h.\n"},
    {"no_phi_dictation_tips", kN, kUS, "DICTATION TIPS\nSay \"period\", \"comma\" and \"new paragraph\"; spell names; say dates as numbers.\n{s.asr}\n"},
    {"no_phi_hl7_spec", kN, kUS, "INTERFACE SPEC - PID SEGMENT\nPID-3 patient identifier list (CX); PID-5 name (XPN); PID-7 birth date (TS, YYYYMMDD).\nSample: PID|1||^^^HOSP^MR||^||||\n"},
    {"no_phi_antibiogram", kN, kUS, "ANTIBIOGRAM SUMMARY\nE. coli: ceftriaxone 88% S, nitrofurantoin 96% S (n = 1,204).\n{s.micro}\n{s.micro}\n"},
    {"no_phi_vent_guide", kN, kUS, "VENTILATOR SETTINGS GUIDE\nARDSnet: VT 6 mL/kg PBW, plateau < 30 cm H2O; PEEP/FiO2 table.\n{s.device}\n"},
    {"no_phi_paging_etiquette", kN, kUS, "PAGING ETIQUETTE\nInclude room, issue and callback extension; use 911 for codes.\n{s.chat}\n{s.chat}\n"},
    {"no_phi_robot_maintenance", kN, kUS, "ROBOT MAINTENANCE LOG\nGripper calibrated; canister {pager.2} cleaned; unit {instr} back in service.\n{s.med}\n"},
    {"no_phi_sleep_scoring", kN, kUS, "SLEEP SCORING RULES\nApnea: >= 90% drop for >= 10 s; hypopnea: >= 30% drop with 3% desaturation.\n{s.sleep}\n{s.sleep}\n"},
};

}  // namespace

std::size_t twentySeventhTemplateCount() { return std::size(kTemplates27); }

std::string_view writeTwentySeventhNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                        std::size_t choice) {
  const Template27& t = kTemplates27[choice % std::size(kTemplates27)];
  const Cast27 cast = makeCast27(seed, patientIndex, t.region);
  Ctx27 x{builder, cast, t.mode, {}, -1};
  expand(x, t.pattern);
  return t.name;
}

std::string twentySeventhSentence(Random& r) { return sentence27(r); }

}  // namespace concord::phi::corpus
