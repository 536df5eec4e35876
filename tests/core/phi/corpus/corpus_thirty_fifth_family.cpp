// The thirty-fifth family (kThirtyFifthSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is medical education, quality and publication: the places where real
// patients' details leak into teaching and research material. Case reports and case-series drafts
// ("A 93-year-old man ...", with details the authors forgot to remove), journal submission forms
// and cover letters, consent-for-publication forms, teaching files and radiology teaching cases,
// morbidity-and-mortality slides and minutes, grand-rounds handouts, clinical audit spreadsheets,
// root-cause analyses and serious-incident reports, peer review and appraisal notes, residents' and
// trainees' logbooks, OSCE stations and simulated-patient scripts, examination long cases,
// tumour-board and MDT preparation lists, research e-mails between supervisors and students,
// ethics-committee correspondence, data-request forms and trainees' Slack and Teams threads; in
// their machine shapes: e-mail threads with headers and quoted replies ("> "), Markdown and LaTeX
// drafts (\author{}, tables), text extracted from DOCX (tracked-change remnants, comments "[JK1]")
// and PDF (running heads and footers, words hyphenated across lines), slide text with speaker
// notes, CSV and TSV spreadsheets, BibTeX and reference lists, REDCap and ODK exports, JSON from a
// logbook app and YAML front matter. Countries: India (English, Hindi in Devanagari), Bangladesh
// (Bengali script), Pakistan (English, Urdu), Iran (Persian, Solar Hijri dates), Japan (Japanese,
// family name first, era dates: 令和, 平成, 昭和), South Korea (Hangul), Indonesia, Germany, the
// Netherlands, Spain, Italy, Sweden, Norway, Brazil, Mexico, Nigeria (Yoruba, Igbo and Hausa names),
// Kenya, Egypt, Australia, Canada (English and Quebec French) and the US.
// Notes without PHI are full of look-alikes: citations with authors and years ("Smith J, Lee K. N
// Engl J Med 2019;380:1234-45", "et al."), DOIs, PMIDs, ISBNs, ORCID iDs, eponyms (Glasgow, Apgar,
// Wells, Child-Pugh), trial registrations (NCT, ISRCTN, CTRI, IRCT, jRCT, DRKS), ethics approval and
// grant numbers, conference names and dates, rooms, slides, pages, figures, tables and versions,
// p-values and confidence intervals, ICD-10 and SNOMED CT codes, doses, lab values, journal volumes
// and pages, public institutional phone numbers and web sites.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), as the thirtieth
// to thirty-fourth families restate them, with this family's decisions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("MRN: ", "Aadhaar ", "CPF ",
//    "BSN: ", "personnummer "), e-mail header names ("From: ", "To: "), the "<" and ">" around an
//    address, the "> " of a quoted reply, LaTeX commands and braces, BibTeX keys, Markdown marks,
//    CSV and TSV separators and quotes, JSON keys and quotes, YAML keys, REDCap field names and
//    trailing punctuation are outside.
//  * Machine formats: each value is its own span. A family name and a given name in separate CSV or
//    TSV columns, JSON or YAML fields, REDCap fields ("name_first = 'Autumn'") or DICOM PN
//    components ("YAMAMOTO^SHOTA") are one span each; a name written in one field ("Heike
//    Lehmann", a BibTeX author "Krüger, Annegret", a Markdown table cell) is one span. An e-mail
//    header "From: Name <address>" has a name span and an e-mail span. A logbook's initials ("J.K.",
//    "JK") and the initials of a DOCX comment's author ("[Comment ES3: ...]": "ES") are a name. A
//    number in a JSON "age" field over 89 is an age.
//  * Everyone named in connection with the patient's care is PHI (JUDGEMENT CALL, the default):
//    patients (also other patients on a logbook, audit or MDT list), relatives, and all staff,
//    trainees, residents, supervisors, examiners and nurses named in a note that carries a patient;
//    the authors of the case report itself (they treated the patient) and their own e-mails and
//    mobiles. NOT PHI: authors of cited literature ("Smith J, Lee K", "et al."), eponyms, the names
//    of journals, conferences, hospitals and programmes; ORCID iDs of authors (JUDGEMENT CALL: a
//    public research identifier in no category of the corpus), editorial-office mailboxes, journal
//    and conference web sites. Notes without PHI name no person except cited authors and eponyms;
//    OSCE and simulated-patient scripts name their role by a role label, never by a name.
//    Departmental and group mailboxes ("mdo-longoncologie@...", "chief-residents@...") are not PHI.
//  * Names: titles and forms of address before a name are outside ("Dr", "Dr.", "Prof.", "Prof",
//    "Prof. Dr.", "Dra.", "Sr.", "Sra.", "Mr", "Mrs", "Ms", "Mx", "Mme", "M.", "Herr", "Frau",
//    "dhr.", "mevr.", "Sig.ra", "Dott.", "Dott.ssa", "Bapak", "Ibu", "dr.", "Chief", "Alhaji",
//    "Hajiya", "Mama", "Baba", "Shri", "Smt.", "Begum", "Janab", "Agha", "Khanom", "Ustaz", "डॉ.",
//    "ডা.", "ڈاکٹر", "دکتر", "د.", "전공의", "지도교수"); the honorifics after a Japanese or Korean
//    name ("様", "さん", "先生", "님", "씨", "교수") are outside; credentials and posts after a name
//    are outside (", MBBS", ", MD", ", FRACP", ", FRCPC", ", PhD", ", MRCP", ", FCPS", ", FWACP",
//    ", Sp.PD", ", Sp.OG", ", RN", ", Staff Nurse", " (PGY-2)", " (MIR 4)", " (BPT2)",
//    " (registrar)", ", aios longziekten", " (voorzitter)", " (ledare)"). A name written in one
//    piece is one span in the record's order: Japanese family name first ("佐藤 裕子", "SATO Yuko"),
//    Korean family name first ("김지연", "Kim Ji-yeon"), Egyptian given, father's and family names,
//    Spanish, Mexican and Brazilian double surnames, Dutch names with their particle ("Marieke de
//    Vries", "DE VRIES, Marieke"), names in Devanagari, Bengali, Urdu, Persian and Arabic script,
//    capitals, lower case, inverted, initials ("J.K.", "S. Lindberg"), a Vancouver-style author
//    ("Navarro García G"); a given name or a family name alone is a name.
//  * Dates: the date only; a weekday or a time next to it is outside. Dates of the patient are PHI:
//    birth, admission, operation, imaging, visit, death, discharge, consent signed by the patient or
//    relative. Every form is a date: US, ISO, YYYYMMDD, day/month and month/day in chats, dots,
//    dashes; month names in English, Hindi, Bengali, Urdu, Persian (Solar Hijri, "1403/01/15" and
//    "15 فروردین 1403", always with ASCII digits), Japanese ("2024年3月15日") and Japanese eras
//    ("令和6年3月15日", "R6.3.15", "昭和8年4月3日"), Korean ("2024년 3월 15일"), Indonesian, German,
//    Dutch, Spanish, Italian, Swedish, Norwegian, Portuguese, Arabic and French. NOT PHI (JUDGEMENT
//    CALL): dates of conferences, meetings, M&M sessions, grand rounds, journal submission and
//    decision, ethics approval, document versions and e-mail "Date:" headers and chat timestamps
//    (the date of an event of the institution or a message, not of the patient); years alone,
//    "review in 3 months".
//  * Ages: a span only over 89, the number only ("a 94-year-old": "94"), or its English words
//    ("ninety-four"); a relative's age over 89 too. Ages of 89 and under, cohort ages and ranges
//    ("aged 90 years or over" in an inclusion criterion) are not PHI.
//  * Phones: every phone number of a person is a phone span, national and international; a
//    corresponding author's own mobile in a cover letter is one. Numbers labelled fax are "fax". A
//    journal's, an ethics committee's or a hospital's public switchboard number and extensions are
//    not PHI.
//  * Identifiers, by the families' rule that a number keying one person's records is "mrn", an
//    identity document's number "license", insurance "health_plan", bills and cases "account":
//    - "mrn": hospital, clinic, registry and study-subject numbers that key one patient, and
//      personal numbers of a population register (JUDGEMENT CALL, as the thirty-fourth family):
//      India's Aadhaar, Bangladesh's NID, Iran's code melli, Japan's My Number, Korea's resident
//      registration number, Indonesia's NIK, the Dutch BSN, the Swedish personnummer, the Norwegian
//      fødselsnummer, the Italian codice fiscale, the Brazilian CPF, the Mexican CURP, Nigeria's
//      NIN and Egypt's national number; a REDCap record id of the patient (it keys the patient's
//      rows) and an ODK submission's key ("uuid:" outside). NOT PHI: a study's site number, an arm
//      or a cohort code, a logbook entry's own number (an ACGME case id), a REDCap project id.
//    - "license": identity cards and passports (Pakistan's CNIC, Kenya's ID card, Spain's DNI,
//      passports, driving licences), and a named clinician's registration number (NMC, PMDC, BMDC,
//      MCI state council, AHPRA, CPSO, CRM, cédula profesional, BIG, LANR, Norwegian HPR).
//    - "health_plan": insurance (India's ABHA and PM-JAY, Pakistan's Sehat card, Indonesia's BPJS,
//      the German KVNR, Dutch policy numbers, Spanish CIP, the Brazilian CNS, the Mexican NSS,
//      Nigeria's NHIA, Kenya's SHA, Japanese insurer card numbers, Korea's NHIS, Iran's insurance
//      booklet, Australia's Medicare, OHIP and RAMQ, US plans and MBIs).
//    - "account": bills and claims of one patient, an incident's or a complaint's case number about
//      one patient (RiskMan, IGJ, IVO diarienummer, Aktenzeichen, QPS case), an Indian medico-legal
//      case (MLC) number.
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of a patient's implants and devices (pacemakers, ICDs, cochlear implants,
//      insulin pumps, prosthetic joints); the "SN " or "S/N " before them outside. NOT PHI: models,
//      REF and LOT numbers, catalogue numbers.
//    - "vehicle": plates and VINs of a patient's or relative's vehicle (a trauma case). Not PHI:
//      an ambulance's fleet number.
//    - NOT PHI: trial registrations, ethics approval numbers, grant numbers, DOIs, PMIDs, ISBNs,
//      ORCID iDs, ICD-10 and SNOMED CT codes, audit and RCA project numbers, slide, page, figure,
//      table, room and version numbers.
//  * Addresses: every address of a person is an "address" span in the country's order; a town or
//    village alone where a patient lives is an address; a US ZIP is its own "zip" span. A
//    hospital's, a journal's or an ethics committee's own address is not PHI.
//  * URLs are one span (a patient's crowdfunding page or blog, a video of the patient, a portal
//    link); e-mails one span each (a "mailto:" before it outside); IPv4 and IPv6 of a person's
//    session (a REDCap or survey log) are "ip".
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_thirty_fifth_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace concord::phi::corpus {

namespace {

enum class L { us, in, bd, pk, ir, jp, kr, id, de, nl, es, it, se, no, br, mx, ng, ke, eg, au, ca, qc };
constexpr std::size_t kLands = 22;

// ---------------------------------------------------------------------------------------------
// Name pools: a Latin spelling and the country's own script where it has one ("nat"). The first
// four given names are women's.
struct Nm {
  std::string_view lat, nat = {};
};

constexpr Nm kG_us[] = {{"Marisol"}, {"Tiffany"}, {"Gwendolyn"}, {"Autumn"}, {"Dwayne"}, {"Garrett"}, {"Tobias"}, {"Reginald"}};
constexpr Nm kF_us[] = {{"Pruitt"}, {"Castellanos"}, {"Whitfield"}, {"Abernathy"}, {"Oyelaran"}, {"Szymanski"}};
constexpr Nm kG_in[] = {{"Priyanka", "प्रियंका"}, {"Sunita", "सुनीता"}, {"Kavita", "कविता"}, {"Meenakshi", "मीनाक्षी"},
                        {"Rajesh", "राजेश"}, {"Vikram", "विक्रम"}, {"Anil", "अनिल"}, {"Sanjay", "संजय"}};
constexpr Nm kF_in[] = {{"Sharma", "शर्मा"}, {"Verma", "वर्मा"}, {"Iyer", "अय्यर"}, {"Chaturvedi", "चतुर्वेदी"}, {"Deshpande", "देशपांडे"}, {"Nair", "नायर"}};
constexpr Nm kG_bd[] = {{"Nasrin", "নাসরিন"}, {"Rokeya", "রোকেয়া"}, {"Shirin", "শিরিন"}, {"Taslima", "তাসলিমা"},
                        {"Rafiqul", "রফিকুল"}, {"Mizanur", "মিজানুর"}, {"Habibur", "হাবিবুর"}, {"Shahadat", "শাহাদাত"}};
constexpr Nm kF_bd[] = {{"Islam", "ইসলাম"}, {"Hossain", "হোসেন"}, {"Chowdhury", "চৌধুরী"}, {"Rahman", "রহমান"}, {"Akter", "আক্তার"}, {"Talukder", "তালুকদার"}};
constexpr Nm kG_pk[] = {{"Ayesha", "عائشہ"}, {"Saima", "صائمہ"}, {"Nazia", "نازیہ"}, {"Farzana", "فرزانہ"},
                        {"Imran", "عمران"}, {"Waqar", "وقار"}, {"Bilal", "بلال"}, {"Asif", "آصف"}};
constexpr Nm kF_pk[] = {{"Qureshi", "قریشی"}, {"Malik", "ملک"}, {"Chaudhry", "چوہدری"}, {"Butt", "بٹ"}, {"Abbasi", "عباسی"}, {"Siddiqui", "صدیقی"}};
constexpr Nm kG_ir[] = {{"Niloufar", "نیلوفر"}, {"Parisa", "پریسا"}, {"Fereshteh", "فرشته"}, {"Mahsa", "مهسا"},
                        {"Reza", "رضا"}, {"Kourosh", "کوروش"}, {"Babak", "بابک"}, {"Mehdi", "مهدی"}};
constexpr Nm kF_ir[] = {{"Hosseini", "حسینی"}, {"Tehrani", "تهرانی"}, {"Karimi", "کریمی"}, {"Rostami", "رستمی"}, {"Farahani", "فراهانی"}, {"Moradi", "مرادی"}};
constexpr Nm kG_jp[] = {{"Yuko", "裕子"}, {"Haruka", "遥"}, {"Emiko", "恵美子"}, {"Sachiko", "幸子"},
                        {"Takeshi", "武"}, {"Hiroshi", "浩"}, {"Kenji", "健二"}, {"Shota", "翔太"}};
constexpr Nm kF_jp[] = {{"Sato", "佐藤"}, {"Takahashi", "高橋"}, {"Watanabe", "渡辺"}, {"Yamamoto", "山本"}, {"Kobayashi", "小林"}, {"Inoue", "井上"}};
constexpr Nm kG_kr[] = {{"Ji-yeon", "지연"}, {"Soo-jin", "수진"}, {"Eun-ji", "은지"}, {"Min-seo", "민서"},
                        {"Jae-won", "재원"}, {"Dong-hyun", "동현"}, {"Seung-ho", "승호"}, {"Tae-yang", "태양"}};
constexpr Nm kF_kr[] = {{"Kim", "김"}, {"Lee", "이"}, {"Park", "박"}, {"Choi", "최"}, {"Jung", "정"}, {"Kang", "강"}};
constexpr Nm kG_id[] = {{"Siti Rahayu"}, {"Dewi"}, {"Rina"}, {"Wulan"}, {"Agus"}, {"Budi"}, {"Hendra"}, {"Joko"}};
constexpr Nm kF_id[] = {{"Santoso"}, {"Wijaya"}, {"Hidayat"}, {"Saputra"}, {"Nasution"}, {"Siregar"}};
constexpr Nm kG_de[] = {{"Annegret"}, {"Heike"}, {"Ulrike"}, {"Franziska"}, {"Jürgen"}, {"Klaus"}, {"Matthias"}, {"Sven"}};
constexpr Nm kF_de[] = {{"Schäfer"}, {"Hoffmann"}, {"Wagner"}, {"Krüger"}, {"Lehmann"}, {"Zimmermann"}};
constexpr Nm kG_nl[] = {{"Marieke"}, {"Anouk"}, {"Femke"}, {"Ilse"}, {"Joost"}, {"Pieter"}, {"Bram"}, {"Sjoerd"}};
constexpr Nm kF_nl[] = {{"de Vries"}, {"van den Berg"}, {"Bakker"}, {"Visser"}, {"Smit"}, {"van Dijk"}};
constexpr Nm kG_es[] = {{"Inmaculada"}, {"Rocío"}, {"Pilar"}, {"Begoña"}, {"Javier"}, {"Álvaro"}, {"Gonzalo"}, {"Iñaki"}};
constexpr Nm kF_es[] = {{"García"}, {"Fernández"}, {"Iglesias"}, {"Navarro"}, {"Etxeberria"}, {"Ortega"}};
constexpr Nm kG_it[] = {{"Federica"}, {"Rosaria"}, {"Elisabetta"}, {"Ilaria"}, {"Massimo"}, {"Salvatore"}, {"Lorenzo"}, {"Davide"}};
constexpr Nm kF_it[] = {{"Russo"}, {"Esposito"}, {"Romano"}, {"Colombo"}, {"Ferrara"}, {"De Luca"}};
constexpr Nm kG_se[] = {{"Ingrid"}, {"Maja"}, {"Elin"}, {"Linnea"}, {"Anders"}, {"Björn"}, {"Magnus"}, {"Olof"}};
constexpr Nm kF_se[] = {{"Lindberg"}, {"Johansson"}, {"Nyström"}, {"Bergqvist"}, {"Holm"}, {"Åkesson"}};
constexpr Nm kG_no[] = {{"Solveig"}, {"Ragnhild"}, {"Ingeborg"}, {"Kari"}, {"Håkon"}, {"Eirik"}, {"Torbjørn"}, {"Sindre"}};
constexpr Nm kF_no[] = {{"Bakken"}, {"Haugen"}, {"Solberg"}, {"Strand"}, {"Økland"}, {"Fjeldstad"}};
constexpr Nm kG_br[] = {{"Luciana"}, {"Fernanda"}, {"Adriana"}, {"Tatiana"}, {"Rodrigo"}, {"Thiago"}, {"Marcelo"}, {"Leandro"}};
constexpr Nm kF_br[] = {{"Silva"}, {"Oliveira"}, {"Souza"}, {"Carvalho"}, {"Rodrigues"}, {"Almeida"}};
constexpr Nm kG_mx[] = {{"Guadalupe"}, {"Xóchitl"}, {"Araceli"}, {"Itzel"}, {"Jesús"}, {"Alejandro"}, {"Rigoberto"}, {"Emiliano"}};
constexpr Nm kF_mx[] = {{"Hernández"}, {"López"}, {"Martínez"}, {"Ramírez"}, {"Cruz"}, {"Mendoza"}};
constexpr Nm kG_ng[] = {{"Adaeze"}, {"Funmilayo"}, {"Hauwa"}, {"Chiamaka"}, {"Oluwaseun"}, {"Emeka"}, {"Abubakar"}, {"Chinedu"}};
constexpr Nm kF_ng[] = {{"Adeyemi"}, {"Okafor"}, {"Bello"}, {"Nwosu"}, {"Olaniyan"}, {"Danjuma"}};
constexpr Nm kG_ke[] = {{"Wanjiru"}, {"Akinyi"}, {"Njeri"}, {"Chebet"}, {"Kamau"}, {"Otieno"}, {"Kipchoge"}, {"Mwangi"}};
constexpr Nm kF_ke[] = {{"Odhiambo"}, {"Wafula"}, {"Kariuki"}, {"Mutua"}, {"Njoroge"}, {"Cheruiyot"}};
constexpr Nm kG_eg[] = {{"Heba", "هبة"}, {"Rania", "رانيا"}, {"Doaa", "دعاء"}, {"Shaimaa", "شيماء"},
                        {"Mahmoud", "محمود"}, {"Karim", "كريم"}, {"Hany", "هاني"}, {"Sherif", "شريف"}};
constexpr Nm kF_eg[] = {{"El-Sayed", "السيد"}, {"Abdel-Fattah", "عبد الفتاح"}, {"Soliman", "سليمان"}, {"Hegazy", "حجازي"}, {"Ghoneim", "غنيم"}, {"Farouk", "فاروق"}};
constexpr Nm kP_eg[] = {{"Fathy", "فتحي"}, {"Ragab", "رجب"}, {"Shawky", "شوقي"}, {"Abdelaziz", "عبد العزيز"}};
constexpr Nm kG_au[] = {{"Chloe"}, {"Bronwyn"}, {"Kylie"}, {"Tegan"}, {"Lachlan"}, {"Brodie"}, {"Callum"}, {"Hamish"}};
constexpr Nm kF_au[] = {{"McAllister"}, {"Nguyen"}, {"Papadopoulos"}, {"Thornton"}, {"Walsh"}, {"O'Brien"}};
constexpr Nm kG_ca[] = {{"Madison"}, {"Brianna"}, {"Shauna"}, {"Kelsey"}, {"Tyler"}, {"Connor"}, {"Dustin"}, {"Gurpreet"}};
constexpr Nm kF_ca[] = {{"Sinclair"}, {"Kowalchuk"}, {"Fraser"}, {"Campbell"}, {"Oneschuk"}, {"Whitehorse"}};
constexpr Nm kG_qc[] = {{"Geneviève"}, {"Josée"}, {"Sylvie"}, {"Maude"}, {"Étienne"}, {"Mathieu"}, {"Sébastien"}, {"Pierre-Luc"}};
constexpr Nm kF_qc[] = {{"Tremblay"}, {"Gagnon"}, {"Côté"}, {"Pelletier"}, {"Bouchard"}, {"Lévesque"}};

struct Pool {
  std::span<const Nm> given, family, father;
};

Pool pool35(L g) {
  switch (g) {
    case L::us: return {kG_us, kF_us, {}};
    case L::in: return {kG_in, kF_in, {}};
    case L::bd: return {kG_bd, kF_bd, {}};
    case L::pk: return {kG_pk, kF_pk, {}};
    case L::ir: return {kG_ir, kF_ir, {}};
    case L::jp: return {kG_jp, kF_jp, {}};
    case L::kr: return {kG_kr, kF_kr, {}};
    case L::id: return {kG_id, kF_id, {}};
    case L::de: return {kG_de, kF_de, {}};
    case L::nl: return {kG_nl, kF_nl, {}};
    case L::es: return {kG_es, kF_es, {}};
    case L::it: return {kG_it, kF_it, {}};
    case L::se: return {kG_se, kF_se, {}};
    case L::no: return {kG_no, kF_no, {}};
    case L::br: return {kG_br, kF_br, {}};
    case L::mx: return {kG_mx, kF_mx, {}};
    case L::ng: return {kG_ng, kF_ng, {}};
    case L::ke: return {kG_ke, kF_ke, {}};
    case L::eg: return {kG_eg, kF_eg, kP_eg};
    case L::au: return {kG_au, kF_au, {}};
    case L::ca: return {kG_ca, kF_ca, {}};
    case L::qc: return {kG_qc, kF_qc, {}};
  }
  return {kG_us, kF_us, {}};
}

// A person, drawn once: Latin and native spellings of each part.
struct Person {
  std::string given, family, family2, father;
  std::string nGiven, nFamily, nFather;
  bool female = false;
};

std::string orLat(std::string_view nat, std::string_view lat) { return std::string(nat.empty() ? lat : nat); }

Person drawPerson(Random& r, L g) {
  const Pool p = pool35(g);
  Person q;
  const Nm& gv = p.given[r.next() % p.given.size()];
  q.female = &gv - p.given.data() < 4;
  q.given = std::string(gv.lat);
  q.nGiven = orLat(gv.nat, gv.lat);
  const Nm& f = p.family[r.next() % p.family.size()];
  q.family = std::string(f.lat);
  q.nFamily = orLat(f.nat, f.lat);
  if (g == L::es || g == L::mx || g == L::br) {  // a second surname
    const Nm& f2 = p.family[r.next() % p.family.size()];
    if (f2.lat != f.lat) q.family2 = std::string(f2.lat);
  }
  if (!p.father.empty()) {
    const Nm& fa = p.father[r.next() % p.father.size()];
    q.father = std::string(fa.lat);
    q.nFather = orLat(fa.nat, fa.lat);
  }
  return q;
}

std::string up35(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low35(std::string s) { return recaseUtf8(std::move(s), false); }
std::string firstLetter(const std::string& s) {
  const auto c = static_cast<unsigned char>(s[0]);
  return s.substr(0, c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
}
// The first capital of a family name with a particle ("de Vries" -> "V").
std::string familyInitial(const std::string& f) {
  const std::size_t sp = f.rfind(' ');
  const std::string last = sp == std::string::npos ? f : f.substr(sp + 1);
  return up35(firstLetter(last));
}

std::string surnames(const Person& p) { return p.family2.empty() ? p.family : p.family + " " + p.family2; }
bool familyFirst(L g) { return g == L::jp || g == L::kr; }

// The name as running text and signatures write it.
std::string runningName(const Person& p, L g) {
  if (familyFirst(g)) return p.family + " " + p.given;
  if (g == L::eg) return p.given + " " + p.father + " " + p.family;
  return p.given + " " + surnames(p);
}

// The register form: family name first in capitals.
std::string registerName(const Person& p, L g) {
  if (familyFirst(g)) return up35(p.family) + " " + p.given;
  if (g == L::eg) return up35(runningName(p, g));
  return up35(surnames(p)) + " " + p.given;
}

std::string nativeName(const Person& p, L g) {
  switch (g) {
    case L::jp: return p.nFamily + " " + p.nGiven;
    case L::kr: return p.nFamily + p.nGiven;
    case L::eg: return p.nGiven + " " + p.nFather + " " + p.nFamily;
    case L::in: case L::bd: case L::pk: case L::ir: return p.nGiven + " " + p.nFamily;
    default: return runningName(p, g);
  }
}

// Name forms: full, up, low, given, lgiven, fam, ufam, inv, ini, inits, reg, nat, nfam, ngiven.
std::string nameForm(Random& r, const Person& p, L g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "up", "ini", "reg", "full", "nat"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return runningName(p, g);
  if (f == "up") return up35(runningName(p, g));
  if (f == "low") return low35(runningName(p, g));
  if (f == "given") return p.given;
  if (f == "lgiven") return low35(p.given);
  if (f == "fam") return g == L::eg ? p.family : surnames(p);
  if (f == "ufam") return up35(g == L::eg ? p.family : surnames(p));
  if (f == "reg") return registerName(p, g);
  if (f == "nat") return nativeName(p, g);
  if (f == "nfam") return p.nFamily;
  if (f == "ngiven") return p.nGiven;
  if (f == "inv") return up35(surnames(p)) + ", " + (g == L::eg ? p.given + " " + p.father : p.given);
  if (f == "ini") return familyFirst(g) ? p.family + " " + firstLetter(p.given) + "." : firstLetter(p.given) + ". " + surnames(p);
  if (f == "inits") return up35(firstLetter(p.given)) + "." + familyInitial(p.family) + ".";
  if (f == "initsn") return up35(firstLetter(p.given)) + familyInitial(p.family);  // "JK" in a logbook column
  if (f == "bib") return surnames(p) + ", " + p.given;                        // "Krüger, Annegret" in BibTeX
  if (f == "vanc") return surnames(p) + " " + up35(firstLetter(p.given));          // "Sharma P", an author list
  throw std::logic_error("unknown name form " + std::string(f));
}

// ---------------------------------------------------------------------------------------------
// Values drawn from shapes: '#' a digit, '%' a digit 1-9, '&' a digit 2-9, '@' a capital letter
// (not I, O or Q); everything else as written.
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

// A country's shapes: phones (national, international), addresses written in one piece, the parts
// of an address for machine records (street line, towns, postcode), identifiers, plates, doctors'
// registrations, date styles, forms of address, the doctor's title and the language.
struct Land {
  std::array<std::string_view, 2> phoneNat, phoneIntl;
  std::array<std::string_view, 4> addresses;
  std::array<std::string_view, 2> towns;
  std::string_view street, post;
  std::string_view idCategory, id, card, passport, insurance, plate, reg;
  std::array<std::string_view, 3> dateStyles;
  std::string_view hisF, hisM, doctor, language;
};

// clang-format off
const Land kLand[kLands] = {
  // us
  {{"(&##) &##-####", "&##-&##-####"}, {"+1 &##-&##-####", "+1 &## &## ####"},
   {"", "", "", ""}, {"Tupelo, MS", "Klamath Falls, OR"}, "", "",
   "ssn", "", "D###-####-####", "5########", "", "%@@@###", "MD#######", {"mdy", "long", "mdy"}, "Ms.", "Mr.", "Dr.", "en"},
  // in
  {{"98### #####", "0712-2######"}, {"+91 98### #####", "+91 70### #####"},
   {"Flat %0#, Shanti Niketan Apartments, Dhantoli, Nagpur 440012", "H.No. %-%#/%, Gandhi Nagar, Bhopal 462036", "%#, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011", "मकान नं. %#, शास्त्री नगर, कानपुर 208005"},
   {"Wardha", "Chhindwara"}, "%#, 3rd Cross, Jayanagar", "560###",
   "mrn", "*aadhaar", "@@@@@####@", "@%######", "%#-####-####-####", "MH %# @@ ####", "MMC/20##/0#/####", {"dmy", "dash", "hi"}, "Smt.", "Shri", "Dr.", "en"},
  // bd
  {{"017##-######", "019## ######"}, {"+880 2 ### ####", "+880 31 ######"},
   {"House %#, Road %#, Dhanmondi, Dhaka 1209", "বাড়ি %#, রোড %, মিরপুর ১০, ঢাকা", "Village Char Kukri, Upazila Bhola Sadar, Bhola", "%#/% K.B. Fazlul Haque Road, Khulna"},
   {"Sirajganj", "Kurigram"}, "House %#, Road %#, Dhanmondi", "1209",
   "mrn", "*bdnid", "", "@@#######", "BD-SSK-#######", "DHAKA METRO-GA-##-####", "A-#####", {"dmy", "bn", "en"}, "Mrs", "Mr", "Dr.", "bn"},
  // pk
  {{"03##-#######", "03## #######"}, {"+92 3## #######", "+92 3##-#######"},
   {"House %#, Street %#, F-%/%, Islamabad", "Mohalla Qasimabad, Gali %, Multan", "%#-B, Block %, Gulberg III, Lahore", "مکان نمبر %#، گلی %، سیٹلائٹ ٹاؤن، راولپنڈی"},
   {"Bahawalpur", "Mardan"}, "House %#, Street %#, F-%/%", "44000",
   "license", "*cnic", "", "@@#######", "SSP-########", "LE@-##-####", "#####-P", {"dmy", "dmon", "ur"}, "Mrs", "Mr", "Dr.", "ur"},
  // ir
  {{"0912 ### ####", "0935 ### ####"}, {"+98 912 ### ####", "+98 21 #### ####"},
   {"Tehran, Valiasr St, Kuche %#, No. %#", "تهران، خیابان شریعتی، کوچه %#، پلاک %#", "Isfahan, Chaharbagh-e Bala, Alley %#, No. %", "مشهد، بلوار وکیل‌آباد، پلاک %##"},
   {"Kashan", "Zanjan"}, "Valiasr St, Kuche %#, No. %#", "1##-##-#####",
   "mrn", "*melli", "", "@########", "%###########", "%# @ ### ##", "@-#####", {"jal", "fa", "jal"}, "Khanom", "Agha", "Dr.", "fa"},
  // jp
  {{"090-####-####", "03-####-####"}, {"+81 90-####-####", "+81 80 #### ####"},
   {"東京都世田谷区北沢%丁目%#-%", "大阪府吹田市山田東%-%#-%", "Kita-ku, Sapporo, Kita %#-jo Nishi %-chome", "福岡県久留米市東町%#番地"},
   {"Hirosaki", "Tsuruoka"}, "北沢%丁目%#-%", "〒###-####",
   "mrn", "#### #### ####", "", "@@#######", "0#######", "品川 %## あ %#-##", "######", {"jpy", "jpe", "slash"}, "", "", "Dr.", "ja"},
  // kr
  {{"010-####-####", "02-###-####"}, {"+82 10-####-####", "+82 10 #### ####"},
   {"서울특별시 마포구 월드컵북로 %#길 %#", "Seongnam-si, Bundang-gu, Jeongja-ro %#", "부산광역시 해운대구 우동 %##-%", "Daejeon, Yuseong-gu, Gung-dong %##"},
   {"Chuncheon", "Mokpo"}, "월드컵북로 %#길 %#", "0####",
   "mrn", "*rrn", "", "M########", "%-##########", "%#가 ####", "#####", {"ko", "kdot", "iso"}, "", "", "Dr.", "ko"},
  // id
  {{"0812-####-####", "0857 #### ####"}, {"+62 812-###-####", "+62 21 ### ####"},
   {"Jl. Kaliurang Km %, Sleman, Yogyakarta", "Jl. Dr. Wahidin No. %#, RT 0%/RW 0%, Semarang", "Perumahan Griya Asri Blok C-%#, Bekasi", "Desa Sukamaju, Kec. Cibadak, Sukabumi"},
   {"Purwokerto", "Kendari"}, "Jl. Kaliurang Km %", "55###",
   "mrn", "*nik", "", "@#######", "000%#########", "@ %### @@", "###/DS/20##", {"dmy", "idn", "dash"}, "Ibu", "Bapak", "dr.", "id"},
  // de
  {{"0151 #######", "030 ########"}, {"+49 151 #######", "+49 89 ########"},
   {"Lindenstraße %#, 04109 Leipzig", "Am Kirchberg %, 97070 Würzburg", "Hauptstr. %#a, 79098 Freiburg im Breisgau", "Schillerweg %#, 24103 Kiel"},
   {"Görlitz", "Husum"}, "Lindenstraße %#", "04109",
   "health_plan", "@#########", "@@@#####@", "C%@#####", "@#########", "@ @@ ####", "#######", {"dot", "de", "dot"}, "Frau", "Herr", "Dr.", "de"},
  // nl
  {{"06-########", "010-#######"}, {"+31 6 ########", "+31 20 #######"},
   {"Oudegracht %#, 3511 AB Utrecht", "Kerkstraat %#, 9711 EX Groningen", "Laan van Meerdervoort %##, 2517 BA Den Haag", "Dorpsweg %#, 1761 CH Anna Paulowna"},
   {"Zierikzee", "Harderwijk"}, "Oudegracht %#", "%### @@",
   "mrn", "*bsn", "", "@@@%#####", "ZK-#########", "%-@@@-##", "%##########", {"dash", "nl", "dash"}, "mevr.", "dhr.", "Dr.", "nl"},
  // es
  {{"6## ## ## ##", "91# ## ## ##"}, {"+34 6## ### ###", "+34 93 ### ## ##"},
   {"C/ San Vicente Ferrer %#, 3º B, 28004 Madrid", "Avda. de la Constitución %#, 41001 Sevilla", "Kale Nagusia %#, 20400 Tolosa", "Carrer de Sants %##, 08014 Barcelona"},
   {"Talavera de la Reina", "Ponferrada"}, "C/ San Vicente Ferrer %#", "28004",
   "license", "########@", "", "@@@######", "@@@@ #########", "#### @@@", "28/28/#####", {"dmy", "es", "dmy"}, "Sra.", "Sr.", "Dr.", "es"},
  // it
  {{"3## ### ####", "06 ########"}, {"+39 3## ### ####", "+39 02 ########"},
   {"Via Garibaldi %#, 10122 Torino", "Corso Vittorio Emanuele II %##, 80121 Napoli", "Piazza del Duomo %, 56126 Pisa", "Via dei Mille %#, 90139 Palermo"},
   {"Chioggia", "Matera"}, "Via Garibaldi %#", "10122",
   "mrn", "*codfisc", "@@#######@@", "@@#######", "80380##########", "@@ ###@@", "#####", {"dmy", "it", "dot"}, "Sig.ra", "Sig.", "Dott.", "it"},
  // se
  {{"07#-### ## ##", "08-### ### ##"}, {"+46 7# ### ## ##", "+46 31 ### ## ##"},
   {"Storgatan %#, 903 26 Umeå", "Kungsgatan %#, lgh 1%0#, 411 19 Göteborg", "Drottninggatan %#, 752 20 Uppsala", "Byvägen %#, 830 51 Offerdal"},
   {"Kiruna", "Ystad"}, "Storgatan %#", "903 ##",
   "mrn", "*pnr", "", "%#######", "", "@@@ ##@", "%#####", {"iso", "sv", "iso"}, "", "", "Dr.", "sv"},
  // no
  {{"9## ## ###", "4## ## ###"}, {"+47 9## ## ###", "+47 22 ## ## ##"},
   {"Storgata %#, 9008 Tromsø", "Kongens gate %#, 7011 Trondheim", "Fjellveien %#, 5019 Bergen", "Bakkeveien %#, 8300 Svolvær"},
   {"Hammerfest", "Røros"}, "Storgata %#", "9008",
   "mrn", "*fnr", "", "%#######", "", "@@ #####", "%######", {"dot", "nb", "dot"}, "fru", "herr", "Dr.", "nb"},
  // br
  {{"(11) 9####-####", "(21) 9####-####"}, {"+55 11 ####-####", "+55 31 ####-####"},
   {"Rua Augusta, %##, apto %#, Consolação, São Paulo - SP", "Av. Afonso Pena, %###, Belo Horizonte - MG", "Rua das Palmeiras, %#, Boa Viagem, Recife - PE", "Travessa Padre Eutíquio, %##, Belém - PA"},
   {"Petrolina", "Chapecó"}, "Rua Augusta, %##, apto %#", "0####-###",
   "mrn", "*cpf", "@@-########", "@@######", "7## #### #### ####", "@@@%@##", "%#####", {"dmy", "pt", "dmy"}, "Sra.", "Sr.", "Dr.", "pt"},
  // mx
  {{"55 #### ####", "33 #### ####"}, {"+52 55 #### ####", "+52 81 #### ####"},
   {"Calle Durango %##, Col. Roma Norte, 06700 Ciudad de México", "Av. Juárez %##, Centro, 68000 Oaxaca", "Privada Los Pinos %#, Col. Jardines, 44520 Guadalajara", "Calle %# x %# y %#, Centro, 97000 Mérida"},
   {"Tehuacán", "Zitácuaro"}, "Calle Durango %##, Col. Roma Norte", "06700",
   "mrn", "*curp", "", "@########", "##########-#", "@@@-###-@", "%######", {"dmy", "esm", "mmon"}, "Sra.", "Sr.", "Dr.", "es"},
  // ng
  {{"080# ### ####", "070# ### ####"}, {"+234 1 ### ####", "+234 9 ### ####"},
   {"%# Adeola Odeku Street, Victoria Island, Lagos", "No. %# Zaria Road, Kano", "%# Ogui Road, Enugu", "Plot %##, Garki Area %, Abuja"},
   {"Ilesa", "Nsukka"}, "%# Adeola Odeku Street", "",
   "mrn", "###########", "", "@########", "NHIA/###/######", "@@@ ###@@", "MDCN/R/#####", {"dmy", "enth", "en"}, "Mrs", "Mr", "Dr", "en"},
  // ke
  {{"07## ######", "0722 ######"}, {"+254 7## ######", "+254 20 #######"},
   {"Kilimani, Argwings Kodhek Road, house %#, Nairobi", "Nyalenda B, Kisumu", "Eldoret, Kapsoya estate, plot %##", "Mtwapa, Kilifi County"},
   {"Kakamega", "Nyeri"}, "Argwings Kodhek Road, house %#", "00100",
   "license", "%#######", "", "@K######", "SHA-########", "K@@ ###@", "A#####", {"dmy", "en", "dmy"}, "Mrs", "Mr", "Dr", "en"},
  // eg
  {{"010 #### ####", "012 #### ####"}, {"+20 10 #### ####", "+20 2 #### ####"},
   {"%# Shubra Street, Shubra, Cairo", "شارع الهرم %##، الجيزة", "Smouha, %# Victor Emmanuel Square, Alexandria", "قرية ميت غمر، الدقهلية"},
   {"Tanta", "Minya"}, "%# Shubra Street", "",
   "mrn", "*egnid", "", "@#######", "HIO-#########", "@ @ @ ###", "#####", {"dmy", "ar", "dmy"}, "Mrs", "Mr", "Dr.", "ar"},
  // au
  {{"04## ### ###", "(02) #### ####"}, {"+61 4## ### ###", "+61 3 #### ####"},
   {"%# Wattle Street, Fitzroy VIC 3065", "Unit %, %# Beach Road, Cairns QLD 4870", "%# Hindley Street, Adelaide SA 5000", "Lot %#, Stuart Highway, Katherine NT 0850"},
   {"Broken Hill", "Mount Gambier"}, "%# Wattle Street", "3065",
   "health_plan", "%### ##### %", "", "P%######", "%### ##### %", "%@@-###", "MED000######", {"dmy", "en", "dmy"}, "Mrs", "Mr", "Dr", "en"},
  // ca
  {{"(&##) &##-####", "&##-&##-####"}, {"+1 &##-&##-####", "+1 &## &## ####"},
   {"%## Wellington Crescent, Winnipeg, MB R3M 0B%", "%# Oak Street, Apt %#, Vancouver, BC V6H 2M%", "Box %##, Rankin Inlet, NU X0C 0G0", "%# Water Street, St. John's, NL A1C 1A%"},
   {"Thunder Bay", "Yellowknife"}, "%## Wellington Crescent", "R3M 0B%",
   "health_plan", "####-###-###-@@", "", "@@######", "####-###-###-@@", "@@@@ ###", "%####", {"iso", "long", "iso"}, "Ms.", "Mr.", "Dr.", "en"},
  // qc
  {{"&##-&##-####", "(&##) &##-####"}, {"+1 &##-&##-####", "+1 &## &##-####"},
   {"%### rue Saint-Denis, app. %, Montréal (Québec) H2X 3K%", "%## chemin Sainte-Foy, Québec (Québec) G1S 2J%", "%# rue Racine, Chicoutimi (Québec) G7H 1R%", "%## boulevard des Forges, Trois-Rivières"},
   {"Rimouski", "Gaspé"}, "%### rue Saint-Denis, app. %", "H2X 3K%",
   "health_plan", "@@@@ #### ####", "", "@@######", "@@@@ #### ####", "@## @@@", "%####", {"iso", "fr", "dmy"}, "Mme", "M.", "Dr", "fr"},
};
// clang-format on

const Land& land(L g) { return kLand[static_cast<std::size_t>(g)]; }

std::string phoneOf(Random& r, L g, int intl) {  // 1 international, 0 national, -1 either
  const Land& l = land(g);
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  return shape(r, (i ? l.phoneIntl : l.phoneNat)[r.next() % 2]);
}

// Seven digits: local numbers without the area code.
std::string phone7(Random& r, L g) {
  switch (g) {
    case L::in: return shape(r, "2### ###");
    case L::ke: return shape(r, "2######");
    case L::id: return shape(r, "7## ####");
    case L::mx: return shape(r, "5### ###");
    case L::au: return shape(r, "9### ###");
    default: return shape(r, "&##-####");
  }
}

// A phone number as machine records write it: the international form without spaces.
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
constexpr Months kBn = {"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};
constexpr Months kUr = {"جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"};
constexpr Months kFa = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};
constexpr Months kId = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
constexpr Months kDe = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr Months kNl = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"};
constexpr Months kEs = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr Months kIt = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"};
constexpr Months kSv = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"};
constexpr Months kNb = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"};
constexpr Months kPt = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
constexpr Months kAr = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr Months kFr = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

// The Solar Hijri (Jalali) calendar of Iran.
std::array<int, 3> jalali(int gy, int gm, int gd) {
  static constexpr int kCum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const int gy2 = gm > 2 ? gy + 1 : gy;
  long days = 355666L + 365L * gy + (gy2 + 3) / 4 - (gy2 + 99) / 100 + (gy2 + 399) / 400 + gd + kCum[gm - 1];
  int jy = -1595 + 33 * static_cast<int>(days / 12053);
  days %= 12053;
  jy += 4 * static_cast<int>(days / 1461);
  days %= 1461;
  if (days > 365) {
    jy += static_cast<int>((days - 1) / 365);
    days = (days - 1) % 365;
  }
  const int d = static_cast<int>(days);
  if (d < 186) return {jy, 1 + d / 31, 1 + d % 31};
  return {jy, 7 + (d - 186) / 30, 1 + (d - 186) % 30};
}

// The Japanese era of a date: its name, its letter and the year within it.
struct Era {
  std::string_view name, letter;
  int year;
};
Era japaneseEra(int y, int m, int d) {
  if (y > 2019 || (y == 2019 && m >= 5)) return {"令和", "R", y - 2018};
  if (y > 1989 || (y == 1989 && (m > 1 || d >= 8))) return {"平成", "H", y - 1988};
  if (y > 1926 || (y == 1926 && m == 12 && d >= 25)) return {"昭和", "S", y - 1925};
  return {"大正", "T", y - 1911};
}

struct Date {
  int y = 2024, m = 1, d = 1;
};

std::string dateText(const Date& t, std::string_view s) {
  const auto i = static_cast<std::size_t>(t.m - 1);
  const std::string y = std::to_string(t.y), d = std::to_string(t.d), m = std::to_string(t.m), dd = twoDigits(t.d), mm = twoDigits(t.m);
  auto named = [&](const Months& ms) { return d + " " + std::string(ms[i]) + " " + y; };
  if (s == "mdy") return mm + "/" + dd + "/" + y;
  if (s == "long") return std::string(kEn[i]) + " " + d + ", " + y;
  if (s == "iso") return y + "-" + mm + "-" + dd;
  if (s == "compact") return y + mm + dd;
  if (s == "dmy") return dd + "/" + mm + "/" + y;
  if (s == "dash") return dd + "-" + mm + "-" + y;
  if (s == "dot") return dd + "." + mm + "." + y;
  if (s == "md") return m + "/" + d;
  if (s == "dm") return d + "/" + m;
  if (s == "dmon") return dd + "-" + std::string(kEn[i].substr(0, 3)) + "-" + y;
  if (s == "en") return named(kEn);
  if (s == "enth") {
    const char* suffix = (t.d % 10 == 1 && t.d != 11) ? "st" : (t.d % 10 == 2 && t.d != 12) ? "nd" : (t.d % 10 == 3 && t.d != 13) ? "rd" : "th";
    return d + suffix + " " + std::string(kEn[i]) + " " + y;
  }
  if (s == "hi") return named(kHi);
  if (s == "bn") return named(kBn);
  if (s == "ur") return named(kUr);
  if (s == "jal" || s == "fa") {
    const auto j = jalali(t.y, t.m, t.d);
    if (s == "jal") return std::to_string(j[0]) + "/" + twoDigits(j[1]) + "/" + twoDigits(j[2]);
    return std::to_string(j[2]) + " " + std::string(kFa[static_cast<std::size_t>(j[1] - 1)]) + " " + std::to_string(j[0]);
  }
  if (s == "jpy") return y + "年" + m + "月" + d + "日";
  if (s == "jpe" || s == "jpr") {
    const Era e = japaneseEra(t.y, t.m, t.d);
    if (s == "jpr") return std::string(e.letter) + std::to_string(e.year) + "." + m + "." + d;
    return std::string(e.name) + std::to_string(e.year) + "年" + m + "月" + d + "日";
  }
  if (s == "slash") return y + "/" + mm + "/" + dd;
  if (s == "ko") return y + "년 " + m + "월 " + d + "일";
  if (s == "kdot") return y + "." + mm + "." + dd;
  if (s == "idn") return named(kId);
  if (s == "de") return d + ". " + std::string(kDe[i]) + " " + y;
  if (s == "nl") return named(kNl);
  if (s == "es" || s == "esm") return d + " de " + std::string(kEs[i]) + " de " + y;
  if (s == "mmon") return dd + "/" + std::string(kEs[i].substr(0, 3)) + "/" + y;
  if (s == "it") return named(kIt);
  if (s == "sv") return named(kSv);
  if (s == "nb") return d + ". " + std::string(kNb[i]) + " " + y;
  if (s == "pt") return d + " de " + std::string(kPt[i]) + " de " + y;
  if (s == "ar") return named(kAr);
  if (s == "fr") return t.d == 1 ? "1er " + std::string(kFr[i]) + " " + y : named(kFr);
  throw std::logic_error("unknown date style " + std::string(s));
}

// ---------------------------------------------------------------------------------------------
// Identifiers that are computed rather than shaped.
std::string personalNumber(Random& r, L g, const Person& p, const Date& b) {
  const std::string spec(land(g).id);
  const std::string yy = twoDigits(b.y % 100), mm = twoDigits(b.m), dd = twoDigits(b.d);
  if (spec == "*aadhaar") return shape(r, "%### #### ####");
  if (spec == "*bdnid") return std::to_string(b.y) + r.digits(13);
  if (spec == "*cnic") return shape(r, "%####-#######-") + (p.female ? "2" : "1");
  if (spec == "*melli") return r.digits(3) + "-" + r.digits(6) + "-" + r.digits(1);
  if (spec == "*rrn") return yy + mm + dd + "-" + (b.y >= 2000 ? (p.female ? "4" : "3") : (p.female ? "2" : "1")) + r.digits(6);
  if (spec == "*nik") return r.digits(6) + twoDigits(b.d + (p.female ? 40 : 0)) + mm + yy + r.digits(4);
  if (spec == "*bsn") return shape(r, "%########");
  if (spec == "*codfisc") {
    static constexpr char kMonth[] = "ABCDEHLMPRST";
    return up35(r.letters(6)) + yy + kMonth[b.m - 1] + twoDigits(b.d + (p.female ? 40 : 0)) + r.letters(1) + r.digits(3) + r.letters(1);
  }
  if (spec == "*pnr") return std::to_string(b.y) + mm + dd + "-" + r.digits(4);
  if (spec == "*fnr") return dd + mm + yy + " " + r.digits(5);
  if (spec == "*cpf") return r.digits(3) + "." + r.digits(3) + "." + r.digits(3) + "-" + r.digits(2);
  if (spec == "*curp") return r.letters(4) + yy + mm + dd + (p.female ? "M" : "H") + r.letters(5) + r.digits(2);
  if (spec == "*egnid") return std::string(b.y >= 2000 ? "3" : "2") + yy + mm + dd + r.digits(7);
  if (g == L::us) return shape(r, "%##-##-####");
  return shape(r, spec);
}

// ---------------------------------------------------------------------------------------------
// The cast of a patient's notes: the same for every note of one patient from one country.
struct Cast {
  L g = L::us;
  Person pt, kin;
  std::array<Person, 4> staff;  // s1 the consultant, s2 a trainee, s3 a nurse (a woman), s4 anyone
  Date born;
  int age = 60;
  std::string home, street, city, state, zip;
  std::string hStreet, hTown, hPost;  // the parts of the home address for machine records
  std::size_t rel = 0;
};

Cast castOf(std::uint64_t seed, std::size_t patientIndex, L g) {
  Random r((seed ^ 0x3535ULL) * 0xbf58476d1ce4e5b9ULL + (patientIndex + 7) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(g) * 0x94d049bb133111ebULL);
  r.next();
  Cast c;
  c.g = g;
  c.pt = drawPerson(r, g);
  do c.kin = drawPerson(r, g);
  while (c.kin.given == c.pt.given);
  if (r.chance(0.5)) {  // the same family
    c.kin.family = c.pt.family;
    c.kin.nFamily = c.pt.nFamily;
    c.kin.family2 = c.pt.family2;
  }
  for (std::size_t k = 0; k < 4; ++k) {
    for (int tries = 0; tries < 20; ++tries) {
      c.staff[k] = drawPerson(r, g);
      bool clash = c.staff[k].given == c.pt.given || c.staff[k].given == c.kin.given || (k == 2 && !c.staff[k].female);
      for (std::size_t j = 0; j < k; ++j) clash = clash || c.staff[j].given == c.staff[k].given;
      if (!clash) break;
    }
  }
  c.age = r.chance(0.3) ? r.between(90, 103) : r.between(19, 89);
  c.born = {2025 - c.age, r.between(1, 12), r.between(1, 28)};
  static constexpr std::string_view kStreet[] = {"Magnolia Bend Rd", "W Cottonwood Ave", "Sycamore Ridge Ln", "N Quarry St", "Old Mill Pike", "Prairie Rose Ct"};
  static constexpr std::string_view kCity[][3] = {{"Tupelo", "MS", "388"}, {"Klamath Falls", "OR", "976"}, {"Dubuque", "IA", "520"},
                                                  {"Rapid City", "SD", "577"}, {"Lewiston", "ME", "042"}, {"Las Cruces", "NM", "880"}};
  const auto& city = kCity[r.next() % std::size(kCity)];
  c.street = std::to_string(r.between(12, 9800)) + " " + std::string(r.pick(std::span<const std::string_view>(kStreet)));
  if (r.chance(0.3)) c.street += " Unit " + std::to_string(r.between(1, 40));
  c.city = std::string(city[0]);
  c.state = std::string(city[1]);
  c.zip = std::string(city[2]) + r.digits(2) + (r.chance(0.5) ? "-" + r.digits(4) : "");
  c.rel = r.next() % 5 + (c.kin.female ? 0 : 5);
  c.home = g == L::us ? c.street + ", " + c.city + ", " + c.state : addressOf(r, g);
  if (g == L::us) {
    c.hStreet = c.street, c.hTown = c.city, c.hPost = c.zip;
  } else {
    c.hStreet = shape(r, land(g).street);
    c.hTown = std::string(land(g).towns[r.next() % 2]);
    c.hPost = shape(r, land(g).post);
  }
  return c;
}

constexpr std::string_view kRel[][10] = {
    {"daughter", "wife", "sister", "mother", "niece", "son", "husband", "brother", "father", "nephew"},
    {"Tochter", "Ehefrau", "Schwester", "Mutter", "Nichte", "Sohn", "Ehemann", "Bruder", "Vater", "Neffe"},
    {"dochter", "echtgenote", "zus", "moeder", "nicht", "zoon", "echtgenoot", "broer", "vader", "neef"},
    {"hija", "esposa", "hermana", "madre", "sobrina", "hijo", "esposo", "hermano", "padre", "sobrino"},
    {"figlia", "moglie", "sorella", "madre", "nipote", "figlio", "marito", "fratello", "padre", "nipote"},
    {"dotter", "hustru", "syster", "mor", "brorsdotter", "son", "make", "bror", "far", "brorson"},
    {"datter", "kone", "søster", "mor", "niese", "sønn", "ektemann", "bror", "far", "nevø"},
    {"filha", "esposa", "irmã", "mãe", "sobrinha", "filho", "marido", "irmão", "pai", "sobrinho"},
    {"fille", "épouse", "sœur", "mère", "nièce", "fils", "époux", "frère", "père", "neveu"},
    {"anak perempuan", "istri", "kakak", "ibu", "keponakan", "anak laki-laki", "suami", "adik", "ayah", "keponakan"},
};

std::string relationWord(L g, std::size_t k) {
  const std::string_view lang = land(g).language;
  const std::size_t row = lang == "de" ? 1 : lang == "nl" ? 2 : lang == "es" ? 3 : lang == "it" ? 4 : lang == "sv" ? 5 : lang == "nb" ? 6
                          : lang == "pt" ? 7 : lang == "fr" ? 8 : lang == "id" ? 9 : 0;
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
  std::string pid, mrn, reg, ins;  // written again the same within a note
  Date last;
  std::string lastPhone;
};

std::string cased(const Note& n, std::string s) {
  return n.mode == Mode::lower ? low35(std::move(s)) : n.mode == Mode::upper ? up35(std::move(s)) : s;
}
void put(Note& n, std::string_view category, std::string v) {
  if (category == "phone") n.lastPhone = v;
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
  static constexpr std::string_view kShapes[] = {"########", "@@#######", "%######", "MRN-%#####", "%#-####-##", "H%######"};
  return oneOf(r, kShapes);
}

std::string sentence35(Random& r, std::string_view topic);

const Person& who(const Note& n, std::string_view w) {
  if (w == "pt") return n.c.pt;
  if (w == "kin") return n.c.kin;
  if (w.size() == 2 && w[0] == 's') return n.c.staff[static_cast<std::size_t>(w[1] - '1') % 4];
  return n.others[static_cast<std::size_t>(w[1] - '1') % 3];  // o1, o2, o3
}
bool isWho(std::string_view w) {
  return w == "pt" || w == "kin" || (w.size() == 2 && (w[0] == 's' || w[0] == 'o') && w[1] >= '1' && w[1] <= '4');
}

// A message's own time (not PHI): an e-mail Date: header, a chat's or a log's timestamp.
std::string stamp(Random& r, std::string_view form) {
  static constexpr std::string_view kDay[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr std::string_view kMon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static constexpr std::string_view kZone[] = {"+0530", "+0900", "+0100", "-0500", "+1000", "+0330", "+0300", "-0300"};
  const int yr = r.between(2024, 2025), mo = r.between(1, 12), da = r.between(1, 28);
  const std::string y = std::to_string(yr), m = twoDigits(mo), d = twoDigits(da), h = twoDigits(r.between(0, 23)),
                    mi = twoDigits(r.between(0, 59)), s = twoDigits(r.between(0, 59));
  if (form == "iso") return y + "-" + m + "-" + d + "T" + h + ":" + mi + ":" + s + "Z";
  if (form == "sql") return y + "-" + m + "-" + d + " " + h + ":" + mi + ":" + s;
  if (form == "mail")
    return std::string(r.pick(std::span<const std::string_view>(kDay))) + ", " + std::to_string(da) + " " + std::string(kMon[mo - 1]) + " " + y + " " + h + ":" + mi + ":" + s + " " +
           std::string(r.pick(std::span<const std::string_view>(kZone)));
  if (form == "chat") return std::to_string(mo) + "/" + std::to_string(da) + "/" + y.substr(2) + ", " + h + ":" + mi;
  return y + m + d + h + mi + s;
}

// Look-alikes of publishing (not PHI).
std::string citation(Random& r) {
  static constexpr std::string_view kAuth[] = {"Smith J, Lee K", "Okonkwo A, Patel R, Müller T", "Tanaka H, Kim S", "García-López M, et al",
                                               "Andersson L, Berg P, Hansen O", "Rahman M, Chowdhury S, et al", "Wells PS, Anderson DR",
                                               "Nakamura Y, Suzuki T, Ito M", "Fernandes CR, Lima AB", "Mwangi P, Ochieng D"};
  static constexpr std::string_view kJour[] = {"N Engl J Med", "Lancet", "BMJ", "JAMA", "Ann Intern Med", "Radiology", "BMJ Case Rep",
                                               "J Med Case Rep", "Indian J Surg", "Nihon Naika Gakkai Zasshi", "Ned Tijdschr Geneeskd",
                                               "Dtsch Arztebl Int", "Med J Aust", "CMAJ", "East Afr Med J"};
  const int y = r.between(1998, 2024), v = r.between(12, 399), p = r.between(101, 2899);
  return std::string(r.pick(std::span<const std::string_view>(kAuth))) + ". " + std::string(r.pick(std::span<const std::string_view>(kJour))) + " " +
         std::to_string(y) + ";" + std::to_string(v) + "(" + std::to_string(r.between(1, 24)) + "):" + std::to_string(p) + "-" +
         std::to_string(p + r.between(3, 40)) + ".";
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
  if (what == "dr") {  // a doctor's title: "Dra." for a woman in Spanish and Portuguese, "Dre" in French, "Dott.ssa" in Italian
    const std::string_view lang = land(g).language;
    const bool woman = !form.empty() && who(n, form).female;
    if (woman && (lang == "es" || lang == "pt")) return say(n, "Dra.");
    if (woman && lang == "fr") return say(n, "Dre");
    if (woman && lang == "it") return say(n, "Dott.ssa");
    return say(n, std::string(land(g).doctor));
  }
  if (what == "dob") return putDate(n, c.born, form);
  if (what == "date" || what == "past" || what == "next") {
    const int y = what == "past" ? r.between(2016, 2023) : what == "next" ? 2026 : r.between(2024, 2025);
    return putDate(n, {y, r.between(1, 12), r.between(1, 28)}, form);
  }
  if (what == "again") return putDate(n, n.last, form);
  if (what == "later") return putDate(n, laterThan(n.last, r.between(1, 20)), form);
  if (what == "odob") return putDate(n, {r.between(1929, 2004), r.between(1, 12), r.between(1, 28)}, form);
  if (what == "age") {
    const std::string v = form == "w" ? spelledNumber(c.age) : std::to_string(c.age);
    return c.age > 89 ? put(n, "age", v) : say(n, v);
  }
  if (what == "oage") {  // another patient's age on a list
    const int a = r.chance(0.3) ? r.between(90, 99) : r.between(21, 88);
    return a > 89 ? put(n, "age", std::to_string(a)) : say(n, std::to_string(a));
  }
  if (what == "oldkin") {
    const int a = r.between(90, 101);
    return put(n, "age", form == "w" ? spelledNumber(a) : std::to_string(a));
  }
  if (what == "ph") {
    if (form == "h") return put(n, "phone", machinePhone(r, g));
    return put(n, "phone", phoneOf(r, g, form == "i" ? 1 : form == "n" ? 0 : -1));
  }
  if (what == "ph7") return put(n, "phone", phone7(r, g));
  if (what == "again_ph") return put(n, "phone", n.lastPhone);
  if (what == "fax") return put(n, "fax", phoneOf(r, g, form == "i" ? 1 : 0));
  if (what == "pubph") return say(n, phoneOf(r, g, 0));  // a switchboard's public number (not PHI)
  if (what == "email" || what == "semail") {
    const Person& p = who(n, form.empty() ? std::string_view(what == "email" ? "pt" : "s1") : form);
    const std::string fam = asciiLetters(p.family), giv = asciiLetters(p.given);
    if (what == "semail") {
      static constexpr std::string_view kOrg[] = {"med.example.edu", "hospital.example.org", "uni-klinik.example.de", "aiims.example.in",
                                                  "umc.example.nl", "health.example.gov.au"};
      return put(n, "email", giv.substr(0, 1) + (r.chance(0.5) ? "." : "") + fam + "@" + std::string(r.pick(std::span<const std::string_view>(kOrg))));
    }
    static constexpr std::string_view kHost[] = {"gmail.example.com", "yahoo.example.co.in", "outlook.example.com", "mail.example.net", "web.example.de"};
    return put(n, "email", giv + (r.chance(0.5) ? "." : "_") + fam + std::to_string(r.between(1, 99)) + "@" + std::string(r.pick(std::span<const std::string_view>(kHost))));
  }
  if (what == "url") {
    static constexpr std::string_view kUrl[] = {"https://www.gofundme.example.com/f/help-", "https://ketto.example.org/fundraiser/support-",
                                                "https://kitabisa.example.com/campaign/bantu", "https://vakinha.example.com.br/vaquinha/",
                                                "https://myjourney.blog.example.net/", "https://youtu.example.be/watch?v="};
    const std::string_view base = r.pick(std::span<const std::string_view>(kUrl));
    std::string tail = base.back() == '=' ? r.letters(4) + r.digits(5) : low35(asciiLetters(c.pt.given)) + "-" + r.digits(4);
    return put(n, "url", std::string(base) + tail);
  }
  if (what == "ip") return put(n, "ip", form == "6" ? ipv6Value(r) : ipv4Value(r));
  if (what == "addr") return put(n, "address", c.home);
  if (what == "oaddr") return put(n, "address", g == L::us ? std::to_string(r.between(10, 999)) + " Elm St, " + c.city + ", " + c.state : addressOf(r, g));
  if (what == "town") return put(n, "address", std::string(land(g).towns[r.next() % 2]));
  if (what == "usaddr") {
    put(n, "address", c.street + ", " + c.city + ", " + c.state);
    say(n, " ");
    return put(n, "zip", c.zip);
  }
  if (what == "street") return put(n, "address", c.street);
  if (what == "city") return put(n, "address", c.city + ", " + c.state);
  if (what == "zip") return put(n, "zip", c.zip);
  if (what == "hstreet") return put(n, "address", c.hStreet);
  if (what == "htown") return put(n, "address", c.hTown);
  if (what == "hpost") {  // nothing where the country has no postcodes
    if (c.hPost.empty()) return;
    return put(n, g == L::us ? "zip" : "address", c.hPost);
  }
  if (what == "state") return say(n, g == L::us ? c.state : std::string());
  if (what == "pid") {  // the country's personal or identity number of the patient
    if (n.pid.empty()) n.pid = personalNumber(r, g, c.pt, c.born);
    std::string v = n.pid;
    if (g == L::us && form == "b") v.erase(std::remove(v.begin(), v.end(), '-'), v.end());
    return put(n, land(g).idCategory, v);
  }
  if (what == "kinid") return put(n, land(g).idCategory, personalNumber(r, g, c.kin, {r.between(1940, 2000), r.between(1, 12), r.between(1, 28)}));
  if (what == "oid") {  // another patient's number; {again} then writes the birth date it encodes
    const Date b{r.between(1931, 2004), r.between(1, 12), r.between(1, 28)};
    n.last = b;
    return put(n, land(g).idCategory, personalNumber(r, g, n.others[0], b));
  }
  if (what == "card") return put(n, "license", shape(r, land(g).card.empty() ? std::string_view("@@#######") : land(g).card));
  if (what == "pass") return put(n, "license", shape(r, land(g).passport));
  if (what == "ins") {
    if (n.ins.empty()) n.ins = shape(r, land(g).insurance.empty() ? std::string_view("%#########") : land(g).insurance);
    return put(n, "health_plan", n.ins);
  }
  if (what == "oins") return put(n, "health_plan", shape(r, land(g).insurance.empty() ? std::string_view("%#########") : land(g).insurance));  // another patient's
  if (what == "hp") return put(n, "health_plan", shape(r, form));
  if (what == "uuid") {  // an ODK submission's key: it keys one patient's row, like a REDCap record id
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string v = std::to_string(r.between(1, 9));
    for (int k = 1; k < 32; ++k) {
      if (k == 8 || k == 12 || k == 16 || k == 20) v += "-";
      v.push_back(kHex[r.next() % 16]);
    }
    return put(n, "mrn", v);
  }
  if (what == "plan") {  // US plans
    static constexpr std::string_view kPlan[] = {"%@@%-@@%-@@##", "@@@#########", "W%########", "###########"};
    return put(n, "health_plan", oneOf(r, kPlan));
  }
  if (what == "ssn") {
    const std::string s = shape(r, "%########");
    return put(n, "ssn", form == "b" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (what == "mrn") {  // the hospital's number of the patient, the same within a note
    if (n.mrn.empty()) n.mrn = hospitalNumber(r);
    return put(n, "mrn", n.mrn);
  }
  if (what == "omrn") return put(n, "mrn", hospitalNumber(r));
  if (what == "rec") return put(n, "mrn", std::to_string(r.between(1, 48)) + "-" + r.digits(3));  // a REDCap record id
  if (what == "reg") {  // a named clinician's registration
    if (!form.empty()) return put(n, "license", shape(r, form));
    if (n.reg.empty()) n.reg = shape(r, land(g).reg);
    return put(n, "license", n.reg);
  }
  if (what == "bill") {
    static constexpr std::string_view kBill[] = {"INV-202%-######", "BL/##/#####", "%#########", "CLM%########"};
    return put(n, "account", oneOf(r, kBill));
  }
  if (what == "case") return put(n, "account", shape(r, form.empty() ? "IR-202%-####" : form));
  if (what == "serial") {
    static constexpr std::string_view kSer[] = {"%#######", "@@@######@", "PJN######", "%##-####-##", "@@%########", "RPL######@"};
    return put(n, "device", oneOf(r, kSer));
  }
  if (what == "plate") return put(n, "vehicle", shape(r, land(g).plate));
  if (what == "vin") return put(n, "vehicle", shape(r, "%@@@@##@#@@######"));
  // Not PHI.
  if (what == "tm") return say(n, twoDigits(r.between(7, 19)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (what == "stamp") return say(n, stamp(r, form));
  if (what == "mdate") {  // a meeting's, a conference's or a submission's date (not the patient's)
    const std::string_view s = form.empty() ? land(g).dateStyles[r.next() % 3] : form;
    return say(n, dateText({r.between(2024, 2026), r.between(1, 12), r.between(1, 28)}, s));
  }
  if (what == "ctl") return say(n, shape(r, form.empty() ? "%#####" : form));
  if (what == "cite") return say(n, citation(r));
  if (what == "doi") return say(n, "10.1" + r.digits(3) + "/" + low35(r.letters(3)) + "." + std::to_string(r.between(2019, 2025)) + "." + r.digits(5));
  if (what == "pmid") return say(n, std::to_string(r.between(30000000, 39999999)));
  if (what == "orcid") return say(n, "0000-000" + std::to_string(r.between(1, 3)) + "-" + r.digits(4) + "-" + r.digits(3) + (r.chance(0.2) ? "X" : r.digits(1)));
  if (what == "nct") return say(n, "NCT0" + r.digits(7));
  if (what == "rel") return say(n, form == "en" ? std::string(kRel[0][c.rel % 10]) : relationWord(g, c.rel));
  if (what == "sex") return say(n, c.pt.female ? "F" : "M");
  if (what == "osex") return say(n, who(n, form).female ? "F" : "M");
  if (what == "mw") {
    if (form == "ja") return say(n, c.pt.female ? "女性" : "男性");
    if (form == "nl") return say(n, c.pt.female ? "vrouw" : "man");
    return say(n, c.pt.female ? (form == "en" ? "woman" : "female") : (form == "en" ? "man" : "male"));
  }
  if (what == "s") return say(n, sentence35(r, form));
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
// SENTENCES without PHI: the literature, statistics, teaching medicine, research administration,
// the countries' own languages and machine formats, all full of look-alikes.
std::string sentence35(Random& r, std::string_view topic) {
  const std::string n2 = std::to_string(r.between(10, 99)), n3 = std::to_string(r.between(100, 999)), n4 = std::to_string(r.between(1000, 9999)),
                    y = std::to_string(r.between(2015, 2025)), p = "0.0" + std::to_string(r.between(1, 49));
  const std::string s[] = {
      // the literature (0-11)
      "Similar cases have been reported (" + citation(r) + ").",
      "See " + citation(r) + " doi:10.1056/NEJMoa" + r.digits(7) + "; PMID: " + std::to_string(r.between(30000000, 39999999)) + ".",
      "Our findings agree with those of Tanaka et al. (" + y + ") and the meta-analysis by Okonkwo and Patel (n = 4,112).",
      "Harrison's Principles of Internal Medicine, 21st ed. New York: McGraw Hill; 2022. ISBN 978-1-264-26850-4, pp. 2210-2214.",
      "Reference 14 (Wells PS et al., Lancet 1997;350:1795-8) validated the score in 1,239 outpatients.",
      "@article{smith" + y + "case, author = {Smith, J. and Lee, K.}, journal = {BMJ Case Rep}, year = {" + y + "}, volume = {" + n2 + "}, pages = {e2" + n4 + "}}",
      "Cited by " + n3 + " (Scopus); impact factor 2." + n2 + "; h-index of the journal " + n2 + ".",
      "Author ORCID iDs: 0000-0002-" + n4 + "-" + n3 + "X and 0000-0001-" + n4 + "-" + r.digits(4) + " (listed on the title page).",
      "The first description is usually credited to Kawasaki (1967) and the eponym to Takayasu (1908).",
      "Table 2 of the review by Fernandes CR and Lima AB (Rev Bras Ter Intensiva " + y + ";" + n2 + "(3):" + n3 + "-" + std::to_string(std::stoi(n3) + 14) + ") lists 38 series.",
      "A PubMed search (\"case report\"[pt] AND \"Takotsubo\") on " + y + " returned " + n3 + " records; 27 full texts screened.",
      "Vancouver style: authors' surnames and initials, up to six, then et al.; e.g. Rahman M, Chowdhury S, Islam N, et al.",
      // statistics (12-19)
      "Median age 67 years (IQR 58-76); 54% men; follow-up 2.4 years (range 0.3-6.1).",
      "HR 0.72 (95% CI 0.58-0.89), p = " + p + "; NNT 24 over 3 years.",
      "Odds ratio 1.84 (95% CI 1.12 to 3.02), p < 0.001 after adjustment for age, sex and eGFR.",
      "Kappa 0.71 between two readers; sensitivity 88.4% and specificity 91.2% against the reference standard.",
      "Sample size: 312 per arm for 80% power at alpha 0.05 to detect a 10% absolute difference.",
      "Kaplan-Meier estimates at 12 months: 81.3% vs 74.9% (log-rank p = 0.03).",
      "Mean difference -4.2 mmHg (SD 11.8); Student's t-test; Bonferroni correction for 6 comparisons.",
      "Cohort aged 90 years or over: n = 143 (4.1% of admissions); inclusion criteria in Supplementary Table S" + std::to_string(r.between(1, 9)) + ".",
      // teaching medicine with eponyms, doses, labs and codes (20-33)
      "GCS 14 (E4 V4 M6) on arrival; Wells score 4.5; Child-Pugh B (8 points); MELD 17.",
      "Apgar 7 and 9 at 1 and 5 minutes; birth weight 3,120 g; cord pH 7.26.",
      "Troponin I 1,240 ng/L (ref < 34), CK 890 U/L, lactate 3.8 mmol/L, CRP 112 mg/L.",
      "Treated with ceftriaxone 2 g IV q24h, metronidazole 500 mg IV q8h and enoxaparin 40 mg SC daily.",
      "ICD-10 I21.4 (NSTEMI), E11.65; SNOMED CT 401314000; DRG 281.",
      "Learning point 3: consider Addison's disease in any patient with hyponatraemia, hyperkalaemia and hypotension.",
      "Differential: Guillain-Barré syndrome, myasthenia gravis, Lambert-Eaton syndrome, botulism.",
      "CURB-65 score 3; qSOFA 2; Killip class II; NYHA III; ASA grade 3.",
      "CT: 4.2 x 3.1 cm mass in segment VII; Bosniak IIF cyst on the left; no lymphadenopathy (slice 112 of 240).",
      "MRI T2/FLAIR hyperintensity, DWI restriction; Fazekas grade 2; ASPECTS 8.",
      "Histology: Gleason 4+3=7 (ISUP grade group 3), pT2c N0; Ki-67 12%.",
      "Hb 8.7 g/dL, MCV 71 fL, ferritin 9 ug/L; platelets 412 x 10^9/L; INR 1.1.",
      "Heparin 5,000 units SC BD; insulin glargine 18 units at 22:00; paracetamol 1 g QDS.",
      "Blood pressure 82/50 mmHg, HR 124/min, RR 28/min, SpO2 88% on air, temperature 39.1 C.",
      // research administration, conferences and rooms (34-47)
      "Registered at ClinicalTrials.gov (NCT0" + r.digits(7) + ") and CTRI/" + y + "/0" + std::to_string(r.between(1, 9)) + "/0" + r.digits(5) + ".",
      "Approved by the institutional ethics committee (IEC/" + y + "/" + n3 + "); waiver of consent for retrospective data.",
      "Funding: grant R01 HL" + r.digits(6) + " and Wellcome Trust 2" + r.digits(5) + "/Z/" + y.substr(2) + "/Z; the funders had no role.",
      "Presented in part at the 42nd Annual Scientific Meeting, 14-16 October " + y + ", Kyoto International Conference Center, Hall B.",
      "Grand rounds, Thursday 07:30, Lecture Theatre 2 (room B" + n3 + "); CME 1 credit; slides " + std::to_string(r.between(12, 48)) + " of 52.",
      "M&M meeting: 4th Wednesday of each month, Seminar Room 4.12, ext. " + n4 + "; minutes circulated within 7 days.",
      "Manuscript ID JMCR-D-" + y.substr(2) + "-0" + n4 + "; word count 1,980; 3 figures, 2 tables, 24 references.",
      "ISRCTN" + r.digits(8) + "; DRKS000" + r.digits(5) + "; jRCT1031" + r.digits(6) + "; IRCT" + y + r.digits(6) + "N" + std::to_string(r.between(1, 9)) + ".",
      "Editorial office: +44 20 7946 0" + n3 + " (Mon-Fri 09:00-17:00); submissions via the journal web site.",
      "Version 3.2, " + std::to_string(r.between(1, 28)) + " March " + y + "; page " + std::to_string(r.between(2, 14)) + " of 18; Figure " + std::to_string(r.between(1, 6)) + "B.",
      "Data request DR-" + y + "-" + n3 + " approved by the data access committee; de-identified extract, k-anonymity 5.",
      "Audit cycle 2: standard 95%, achieved 78% (n = 112); re-audit planned for Q3 " + y + ".",
      "The RCA panel used the NPSA contributory factors framework and the 5 Whys; action plan ref. QI-" + y + "-0" + n2 + ".",
      "Abstract deadline 31 January; the congress runs 23-26 September in Lisbon; late-breaking session 14:00-15:30.",
      // the countries' own languages (48-61)
      "रोगी की पहचान हटाई गई है; केस रिपोर्ट केवल शिक्षण के लिए। एचबी 9.2 g/dL, बीपी 150/90।",
      "রোগীর পরিচয় গোপন রাখা হয়েছে; শিক্ষার উদ্দেশ্যে কেস উপস্থাপনা। রক্তচাপ ১৪০/৯০।",
      "مریض کی شناخت ظاہر نہیں کی گئی؛ تدریسی مقصد کے لیے کیس۔ بلڈ پریشر 140/90۔",
      "مشخصات بیمار حذف شده است؛ گزارش مورد برای آموزش دستیاران. فشار خون ۱۴۰/۹۰.",
      "症例は個人が特定されないよう一部改変した。第" + std::to_string(r.between(100, 130)) + "回日本内科学会総会（東京国際フォーラム）で発表。",
      "환자 개인정보는 삭제되었습니다. 교육 목적의 증례입니다. 혈압 140/90 mmHg, 맥박 88회/분.",
      "Identitas pasien telah dihapus; laporan kasus untuk pendidikan dokter spesialis. TD 140/90 mmHg.",
      "Patientendaten pseudonymisiert; Fallvorstellung im Rahmen der Weiterbildung, Raum 2.14, Folie 7.",
      "Patiëntgegevens geanonimiseerd; casus voor de refereeravond, zaal 3, dia 12 van 30.",
      "Datos del paciente anonimizados; sesión clínica general, aula 5, diapositiva 9.",
      "Dati del paziente anonimizzati; journal club del giovedì, aula magna, diapositiva 15.",
      "Patientuppgifter avidentifierade; fallet presenteras på ST-utbildningen i sal 4, bild 6.",
      "Pasientopplysninger anonymisert; kasuistikken er til internundervisning, auditorium 2.",
      "Dados do paciente anonimizados; sessão de casos clínicos, anfiteatro 3, slide 11.",
      // machine formats (62-69)
      "---\ntitle: \"Case report draft\"\nversion: 0." + std::to_string(r.between(2, 9)) + "\nlang: en-GB\nbibliography: refs.bib\ncsl: vancouver.csl\n---",
      "\\begin{table}[h]\\caption{Laboratory values on day 1 and day 5}\\label{tab:labs}\\end{table}",
      "record_id,redcap_event_name,redcap_repeat_instrument,age_group,sex,outcome\n(export contains no identifiers; 412 rows)",
      "{\"app\":\"surgilog\",\"schema\":\"2." + std::to_string(r.between(0, 9)) + "\",\"entries\":" + n3 + ",\"exported\":\"de-identified\"}",
      "[Comment [MK" + std::to_string(r.between(1, 9)) + "]: reviewer 2 asks for the follow-up imaging; see Figure 3C.]",
      "-- page " + std::to_string(r.between(2, 9)) + " of 12 -- Case Reports in Medicine, Vol. " + n2 + ", Article ID " + r.digits(7) + " --",
      "Track changes: deleted \"Table 4\", inserted \"Supplementary Table S2\"; accepted by the corresponding author.",
      "ODK form case_audit_v" + std::to_string(r.between(2, 7)) + " (build " + r.digits(10) + "); instance uuid withheld; 96 submissions.",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "lit") k = in(0, 12);
  else if (topic == "stat") k = in(12, 8);
  else if (topic == "clin") k = in(20, 14);
  else if (topic == "adm") k = in(34, 14);
  else if (topic == "lang") k = in(48, 14);
  else if (topic == "fmt") k = in(62, 8);
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
constexpr Tpl kTemplates35[] = {
    // --- case reports, submissions and consent ---
    {"us_case_report_markdown", kAs, L::us,
     "# Case report draft v0.4\n\n**Title:** Takotsubo cardiomyopathy after a fall in a nonagenarian\n\n**Authors:** {s1:full}, MD; {s2:full}, MD (PGY-2); {s3:full}, RN\n\n## Case presentation\nA {age}-year-old {mw:en} presented to our emergency department on {date:long} after a fall at home.\n<!-- TODO remove before submission: {pt:full}, MRN {mrn}, DOB {dob:mdy}, lives at {usaddr} -->\n{s:clin}\n{s:clin}\n\n## Discussion\n{s:lit}\n{s:lit}\n"},
    {"us_cover_letter_email", kAs, L::us,
     "From: {s1:full} <{semail:s1}>\nTo: editorial.office@casereports.example.org\nDate: {stamp:mail}\nSubject: New submission - cement implantation syndrome after hemiarthroplasty\n\nDear Editor,\n\nPlease find attached our case report for consideration. The patient's {rel:en}, {kin:full}, has signed the journal's consent form (attached as a scan). If you need to reach me urgently my cell is {ph}.\n\n{s:adm}\n\nSincerely,\n{s1:full}, MD\nDepartment of Orthopaedic Surgery\nORCID {orcid}\n"},
    {"in_consent_for_publication", kAs, L::in,
     "CONSENT FOR PUBLICATION OF CASE DETAILS AND IMAGES\nJournal: Indian Journal of Surgery\nManuscript title: Giant phyllodes tumour of the breast\nName of patient: {pt:full}\nAge: {age} years\nAadhaar no.: {pid}\nAddress: {addr}\nI, {kin:full} ({rel:en} of the patient), have read the manuscript and consent to its publication.\nDate: {date:dmy}\nE-mail of relative: {email:kin}\nMobile: {ph}\nWitness: {s3:full}, Staff Nurse\nTreating surgeon: {dr:s1} {s1:full}, MS, Reg. No. {reg}\n"},
    {"jp_radiology_teaching_file", kAs, L::jp,
     "画像診断ティーチングファイル No. {ctl:####}\n症例: {age}歳 {mw:ja}\n患者氏名: {pt:nat} 様（※匿名化漏れ）\n患者ID: {mrn}\n生年月日: {dob:jpe}\n検査日: {date:jpy}\n所見: 右肺上葉に 32 mm の結節、胸膜陥入像あり。\n読影医: {s1:nat} 先生\nDICOM PatientName: {pt:ufam}^{pt:given}\n{s:lang}\n"},
    {"de_mm_slides", kAs, L::de,
     "Folie 1/14 - M&M-Konferenz Innere Medizin, {mdate:dot}\n• Fall: {pt:reg}, geb. {dob:dot}, Fallnr. {mrn}\n• Aufnahme am {date:dot} über die ZNA, Entlassung {later:dot}\n• {s:clin}\nFolie 2/14\n• {s:clin}\n• {s:stat}\nSprechernotizen: Die {rel} ({kin:full}) hat eine Beschwerde eingereicht, Az. {case:BS-####/##}. Vortrag: {s2:full}; Oberarzt {dr:s1} {s1:full}\n"},
    {"au_mm_minutes", kAs, L::au,
     "MORBIDITY AND MORTALITY MEETING - MINUTES\nDepartment of General Surgery, Cairns Hospital\nMeeting: {mdate:en}, Seminar Room 3\nChair: {dr:s1} {s1:full}, FRACS\nPresent: {s2:full} (registrar), {s3:full}, {s4:full}\nCase 1: {pt:inits}, UR {mrn}, {age}, from {town}; admitted {date:dmy} with small bowel obstruction, laparotomy {later:dmy}; anastomotic leak.\n{s:clin}\nAction: {s4:fam} to update the sepsis pathway by the next meeting.\n{s:adm}\n"},
    {"ca_grand_rounds_handout", kAs, L::ca,
     "MEDICAL GRAND ROUNDS - HANDOUT\n\"When the zebra is a horse: late-onset myasthenia gravis\"\nPresenter: {s2:full}, PGY-4 Internal Medicine; discussant {dr:s1} {s1:full}, FRCPC\n{s:adm}\nCase: {pt:ini} (Health card {ins}), {age}, admitted {date:iso} with ptosis and dysphagia; AChR antibodies 14.2 nmol/L.\nFamily contact during admission: {kin:full}, {ph}\n{s:clin}\n{s:lit}\n"},
    {"nl_audit_csv", kAs, L::nl,
     "audit_heupfracturen_2024.csv\npatientnr;bsn;naam;geboortedatum;opname;ok_datum;tijd_tot_ok_uur\n{mrn};{pid};{pt:full};{dob:dash};{date:dash};{later:dash};31\n{omrn};{oid};{o1:full};{again:dash};{date:dash};{later:dash};52\n{omrn};{oid};{o2:inv};{again:dash};{date:dash};{later:dash};19\n"},
    {"se_rca_report", kAs, L::se,
     "HÄNDELSEANALYS (RCA) - Lex Maria-anmälan\nDiarienummer: IVO {case:3.1.1-#####/2025}\nPatient: {pt:full}, personnummer {pid}\nHändelse: fördröjd behandling av sepsis, {date:sv}\nAnalysteam: {s1:full} (ledare), {s3:full}, {s4:full}\nAnhörig {kin:full} ({rel}) har informerats per telefon {ph}.\n{s:adm}\n{s:clin}\n"},
    {"pk_logbook_csv", kAs, L::pk,
     "PGR E-LOGBOOK EXPORT - FCPS General Surgery\nTrainee: {s2:full}, PMDC {reg}\nSupervisor: {dr:s1} {s1:full}, FCPS\nDate,Patient,MR No,Age,Procedure,Role\n{date:dmy},{pt:inits},{mrn},{age},Laparoscopic cholecystectomy,Performed\n{date:dmy},{o1:initsn},{omrn},{oage},Lichtenstein mesh repair,Assisted\n{date:dmy},{o2:inits},{omrn},{oage},Exploratory laparotomy,Observed\n"},
    {"in_logbook_app_json", kAs, L::in,
     "{{\"app\":\"pg-logbook\",\"trainee\":\"{s2:full}\",\"registration\":\"{reg}\",\"entries\":[\n {{\"date\":\"{date:iso}\",\"patient_initials\":\"{pt:inits}\",\"uhid\":\"{mrn}\",\"age\":{age},\"procedure\":\"Hip hemiarthroplasty\",\"role\":\"P\",\"supervisor\":\"{s1:full}\"},\n {{\"date\":\"{date:iso}\",\"patient_initials\":\"{o1:inits}\",\"uhid\":\"{omrn}\",\"age\":{oage},\"procedure\":\"Cataract surgery (SICS)\",\"role\":\"A\",\"supervisor\":\"{s1:full}\"}\n]}\n"},
    {"bd_long_case", kAs, L::bd,
     "FCPS PART II - LONG CASE WRITE-UP (Medicine)\nCandidate: {s2:full}\nExaminer: {dr:s1} {s1:full}\nPatient: {pt:full}, {age} years, {mw}, from {town}\nReg. no.: {mrn}\nDate of admission: {date:bn}\nChief complaints: fever for 3 weeks, weight loss.\n{s:clin}\nরোগীর নাম: {pt:nat}; মোবাইল: {ph}\n"},
    {"kr_tumor_board_list", kAs, L::kr,
     "종양 다학제 진료(MDT) 준비 목록 - {mdate:ko}\n1. {pt:nat} ({sex}/{age}) 등록번호 {mrn} - 위암 cT3N1, 수술 예정 {date:ko}\n2. {o1:nat} ({oage}) 등록번호 {omrn} - 대장암 간전이\n3. {o2:full} ({oage}) 등록번호 {omrn} - 췌장암 재발\n담당교수: {s1:nat}, 전공의: {s2:nat}\n{s:clin}\n"},
    {"ir_research_email", kAs, L::ir,
     "From: {s2:full} <{semail:s2}>\nTo: {s1:full} <{semail:s1}>\nDate: {stamp:mail}\nSubject: Re: thesis data extraction\n\n> Please check the archive for the missing cases.\n> {s1:given}\n\nDear Dr. {s1:fam},\nI found one more: {pt:nat}, code melli {pid}, admitted {date:jal}, file no. {mrn}. The family phone is {ph}. Shall I include?\n{s:stat}\nBest,\n{s2:given}\n"},
    {"eg_ethics_letter", kAs, L::eg,
     "RESEARCH ETHICS COMMITTEE - FACULTY OF MEDICINE, CAIRO\nRef: FMREC {ctl:###}/{ctl:####}\nDate: {mdate:dmy}\nDear {dr:s1} {s1:full},\nYour protocol \"Outcomes of ERCP in patients aged 80 and over\" was approved. However, Appendix 3 contains identifiable data of a participant ({pt:full}, national no. {pid}, {addr}). Please redact it and resubmit.\n{s:adm}\nSecretary of the Committee\n"},
    {"no_data_request_form", kAs, L::no,
     "SØKNAD OM UTLEVERING AV DATA (REK {ctl:######})\nProsjektleder: {s1:full}, HPR {reg}\nStipendiat: {s2:full}\nFormål: kvalitetsregister for hoftebrudd\nVedlegg 2 (feil vedlagt): pasientliste med {pt:full}, fødselsnummer {pid}, innlagt {date:nb}, og {o1:full}, fødselsnummer {oid}\n{s:adm}\n"},
    {"us_slack_thread", kLow, L::us,
     "#im-residents  [{stamp:chat}]\n{s2:low}: anyone know what happened w {pt:low} in 14b? the {age} y/o w the hip\n{s4:low}: went to icu overnight, family ({kin:given}) called from {ph}\n{s2:low}: ok presenting at m&m thursday, will deidentify lol\n"},
    {"br_teams_thread", kAs, L::br,
     "Microsoft Teams - Residência Clínica Médica R2\n[{stamp:chat}] {s2:full}: Pessoal, alguém tem as imagens do caso de {pt:given}? Paciente {pt:full}, prontuário {mrn}, CPF {pid}, internação em {date:dmy}.\n[{stamp:chat}] {s4:full}: Tá no PACS. A família ({kin:full}, {rel}) pediu cópia, o celular é {ph}.\n[{stamp:chat}] {dr:s1} {s1:full}: Não compartilhem dados aqui, por favor. Usem o e-mail institucional.\n"},
    {"it_latex_draft", kAs, L::it,
     "\\documentclass{{article}\n\\title{{Sindrome di Lemierre in un paziente di {age} anni}\n\\author{{{s1:full}\\thanks{{Autore corrispondente: \\texttt{{{semail:s1}}, ORCID {orcid}} \\and {s2:full}}\n\\date{{{mdate:it}}\n\\begin{{document}\n\\maketitle\n\\section{{Caso clinico}\n{hon:pt} {pt:full} (codice fiscale {pid}) si presentava in pronto soccorso il {date:it}. % TODO: togliere nome!\n{s:clin}\n\\end{{document}\n"},
    {"id_case_presentation", kAs, L::id,
     "LAPORAN KASUS - PPDS ILMU PENYAKIT DALAM\nPenyaji: {dr:s2} {s2:full}\nPembimbing: {dr:s1} {s1:full}, Sp.PD\nIdentitas pasien: {hon:pt} {pt:full}, {age} tahun, NIK {pid}, No. RM {mrn}\nAlamat: {addr}\nBPJS: {ins}\nTanggal masuk: {date:idn}\n{s:clin}\n{s:lang}\n"},
    {"mx_sesion_clinica", kAs, L::mx,
     "SESIÓN CLÍNICA GENERAL - HOSPITAL GENERAL DE ZONA\nFecha de la sesión: {mdate:esm}, Auditorio B\nPresenta: {dr:s2} {s2:full} (R3 Medicina Interna)\nPaciente: {pt:full}, {age} años, CURP {pid}, NSS {ins}\nDomicilio: {addr}\nIngreso: {date:mmon}\n{s:clin}\n{s:lit}\n"},
    {"ng_grand_rounds", kAs, L::ng,
     "DEPARTMENT OF MEDICINE GRAND ROUND\nVenue: Main Auditorium, {mdate:enth}\nPresenting resident: {dr:s2} {s2:full}\nConsultant in charge: {dr:s1} {s1:full}, FWACP\nCase summary: {pt:full}, a {age}-year-old trader from {town}, hospital no. {mrn}, NIN {pid}, admitted {date:enth} with ascites.\n{s:clin}\nNext of kin: {kin:full} ({rel:en}), {ph}\n"},
    {"ke_clinical_audit", kAs, L::ke,
     "CLINICAL AUDIT - Sepsis Six within 1 hour, Medical Wards\nAudit lead: {dr:s1} {s1:full}\nData collector: {s3:full}\nip_no,name,age,id_no,admission,outcome\n{mrn},{pt:full},{age},{pid},{date:dmy},met\n{omrn},{o1:full},{oage},{kinid},{date:dmy},not met\n{s:adm}\n"},
    {"au_serious_incident", kAs, L::au,
     "SERIOUS INCIDENT REPORT (SAC 1) - RiskMan {case:RM-######}\nPatient: {pt:full}   UR {mrn}   DOB {dob:dmy}\nMedicare: {ins}\nIncident date: {date:dmy}\nSummary: wrong-site block; detected before incision; no harm.\nReported by: {s3:full}, RN; notified {dr:s1} {s1:full}\nOpen disclosure with {kin:full} ({rel}), {ph}\n{s:adm}\n"},
    {"ca_peer_review", kAs, L::ca,
     "QUALITY OF CARE REVIEW - CONFIDENTIAL (Quality of Care Information Protection Act)\nReviewer: {dr:s4} {s4:full}\nPhysician reviewed: {dr:s1} {s1:full}, CPSO {reg}\nPatient: {pt:inv}, health card {ins}, DOB {dob:iso}\nEncounter: {date:long}\nFinding: delayed recognition of sepsis; standard of care not met.\n{s:clin}\n"},
    {"qc_revue_dossier", kAs, L::qc,
     "COMITÉ D'ÉVALUATION DE L'ACTE MÉDICAL - REVUE DE DOSSIER\nRéunion du {mdate:fr}, salle 4.120\nPatient : {pt:full}, RAMQ {ins}, dossier {mrn}\nÂge : {age} ans\nAdmission : {date:fr}\nMédecin traitant : {dr:s1} {s1:full}\nRésidente : {s2:full}\nConjoint(e) : {kin:full}, {ph}\n{s:lang}\n"},
    {"de_docx_tracked_changes", kAs, L::de,
     "[Text aus DOCX extrahiert]\nFallbericht_v3_final_final.docx\n[Gelöscht: {pt:full}][Eingefügt: Die Patientin] stellte sich am {date:de} in unserer Notaufnahme vor.\n[Kommentar FS1: Geburtsdatum {dob:dot} und KVNR {ins} stehen noch in Tabelle 1!]\n[Kommentar {s2:initsn}2: erledigt - {s2:full}]\n{s:clin}\n{s:lit}\n"},
    {"us_redcap_log", kAs, L::us,
     "REDCap Logging - Project PID {ctl:####} (Falls in the Oldest Old)\nTime / Date | Username | Action | List of Data Changes\n{stamp:sql} | {semail:s2} | Updated Record {rec} | name_first = '{pt:given}', name_last = '{pt:fam}', dob = '{dob:iso}', zip = '{zip}'\n{stamp:sql} | {semail:s2} | Data export | IP {ip}\n{stamp:sql} | survey participant | Survey response {rec} | ip = {ip:6}\n"},
    {"in_crowdfunding_in_case_report", kAs, L::in,
     "Draft - Discussion (page 4)\nThe family raised funds for the transplant online ({url}), where the patient's full name ({pt:full}), photographs and discharge summary dated {date:dmy} remain public.\n{s:lit}\nReviewer comment: the link identifies the patient - delete.\n"},
    {"br_trauma_case_vehicle", kAs, L::br,
     "RELATO DE CASO - TRAUMA (rascunho)\nPaciente {pt:ini}, {age} anos, vítima de colisão moto x carro em {date:dmy}; motocicleta placa {plate}.\nTransportado pelo SAMU (viatura USA-03) ao Hospital das Clínicas; CNS {ins}.\n{s:clin}\nAutores: {s1:full}; {s2:full}\n"},
    {"us_case_device_serials", kAs, L::us,
     "Case Reports in Cardiology - Revision 2\nFigure 2 legend: Chest radiograph showing a dual-chamber pacemaker (Model 5076 leads; generator S/N {serial}) and an ICD lead (SN {serial}).\nPatient: {pt:full} ({age} y), implanted {date:mdy}.\n{s:clin}\n"},
    // --- the US: submission systems, spreadsheets and registries ---
    {"us_submission_form", kAs, L::us,
     "JOURNAL SUBMISSION FORM - STEP 3 OF 6 (AUTHORS)\nCorresponding author: {s1:inv}, MD\nE-mail: {semail:s1}\nPhone: {ph}\nFax: {fax}\nCo-author: {s2:full}, DO\nManuscript type: Case Report\nPatient consent on file: yes (signed by {kin:full}, health care proxy, {date:mdy})\nDisclosures: none. {s:adm}\n"},
    {"us_audit_spreadsheet_tsv", kAs, L::us,
     "sepsis_bundle_audit_Q2.tsv\nmrn\tlast\tfirst\tdob\tssn\tarrival\tabx_min\n{mrn}\t{pt:ufam}\t{pt:given}\t{dob:compact}\t{ssn:b}\t{date:compact}\t74\n{omrn}\t{o1:ufam}\t{o1:given}\t{odob:compact}\t{ssn:b}\t{date:compact}\t212\n{omrn}\t{o2:ufam}\t{o2:given}\t{odob:compact}\t{ssn}\t{date:compact}\t48\n"},
    {"us_case_series_table", kAs, L::us,
     "Table 1. Characteristics of the 4 patients (DRAFT - do not circulate)\n| # | Patient | Age | Sex | Home | Admitted | Outcome |\n|---|---------|-----|-----|------|----------|---------|\n| 1 | {pt:inits} | {age} | {sex} | {city} | {date:md} | discharged |\n| 2 | {o1:inits} | {oage} | {osex:o1} | {town} | {date:md} | died |\n| 3 | {o2:ini} | {oage} | {osex:o2} | {town} | {date:md} | discharged |\n{s:stat}\n"},
    {"us_consent_publication", kAs, L::us,
     "AUTHORIZATION FOR USE OF PROTECTED HEALTH INFORMATION IN A PUBLICATION\nPatient name: {pt:full}\nDate of birth: {dob:mdy}   SSN: {ssn}\nAddress: {usaddr}\nMedical record number: {mrn}\nInsurance: Medicare {plan}\nSigned by: {kin:full}, {rel:en} and agent under health care power of attorney, on {date:long}\nWitness: {s4:full}\n"},
    {"us_resident_logbook", kAs, L::us,
     "ACGME CASE LOG EXPORT (resident: {s2:full}, PGY-3)\nDate,Case ID,Pt initials,Pt MRN,Age,Procedure (CPT),Attending\n{date:mdy},{ctl:######},{pt:initsn},{mrn},{age},47562 Lap chole,{s1:full}\n{date:mdy},{ctl:######},{o1:initsn},{omrn},{oage},49505 Inguinal hernia,{s1:full}\n{date:mdy},{ctl:######},{o2:initsn},{omrn},{oage},44970 Lap appendectomy,{s4:full}\n"},
    {"us_mm_case_trauma", kAs, L::us,
     "TRAUMA M&M - CASE 2 (slides 8-12)\n• {age:w}-year-old {mw:en}, restrained driver, MVC on {date:md} at highway speed\n• Vehicle: pickup, plate {plate}, VIN {vin}\n• Brought by Medic 14 to our level I center; GCS 13\n• Missed splenic injury on the first CT\nSpeaker notes: patient {pt:full} ({mrn}), {rel:en} {kin:full} at bedside, reachable at {ph7}.\n{s:clin}\n"},
    {"us_patient_blog_case", kAs, L::us,
     "Reviewer 1, comment 4: The authors state that the patient described her illness on her personal blog ({url}). Together with the town ({city}) and the date of the stroke ({date:long}) the patient is easily identifiable. Please remove.\nAuthor response: removed; the patient, {pt:full}, had agreed, but we accept the reviewer's point.\n"},
    {"us_ooh_fax_cover", kAs, L::us,
     "FAX - Department of Medicine, Office of Graduate Medical Education\nTo: Program Director, Fax {fax}\nFrom: {s4:full}\nRe: resident {s2:full}, remediation file; incident involving patient {pt:inv} (DOB {dob:mdy}, SSN {ssn:b}) on {date:mdy}\nPages: 4\n"},
    // --- India, Bangladesh, Pakistan ---
    {"in_mdt_list", kAs, L::in,
     "TUMOUR BOARD - HEAD AND NECK (Wednesday list)\nS.No | Name | Age/Sex | UHID | Diagnosis | Plan\n1 | {pt:up} | {age}/{sex} | {mrn} | Ca buccal mucosa T4a | Composite resection\n2 | {o1:up} | {oage}/{osex:o1} | {omrn} | Ca tongue T2N1 | Surgery + RT\n3 | {o2:up} | {oage}/{osex:o2} | {omrn} | Ca larynx T3 | CTRT\nPresenting PG: {dr:s2} {s2:full}; Unit chief: {dr:s1} {s1:full}\n"},
    {"in_whatsapp_pg_group", kLow, L::in,
     "[{stamp:chat}] {s2:low}: sir bed 23 wala patient {pt:low}, abg report aa gaya, ph 7.21\n[{stamp:chat}] {s1:low}: call the relative, number is {ph}\n[{stamp:chat}] {s4:low}: done sir, the {rel:en} {kin:given} will come at 5. uhid {mrn}\n"},
    {"in_hindi_case_sheet", kAs, L::in,
     "केस प्रस्तुति - स्नातकोत्तर शिक्षण\nरोगी का नाम: {pt:nat}\nआयु: {age} वर्ष\nपता: {addr}\nभर्ती की तारीख: {date:hi}\nपंजीकरण संख्या: {mrn}\nइलाज करने वाले डॉक्टर: डॉ. {s1:nat}\n{s:clin}\n"},
    {"in_abha_data_request", kAs, L::in,
     "DATA REQUEST FORM - MEDICAL RECORDS DEPARTMENT\nRequested by: {dr:s2} {s2:full} (MD Community Medicine, JR-2)\nGuide: {dr:s1} {s1:full}\nPurpose: thesis on diabetic foot outcomes\nSample record attached (should have been masked): {pt:full}, ABHA {ins}, PM-JAY ID {hp:@%#########}, admitted {date:dmy}, phone {ph:i}\n{s:adm}\n"},
    {"bd_audit_csv", kAs, L::bd,
     "stroke_audit_2024.csv\nreg_no,name,age,nid,upazila,admission,ct_within_1h\n{mrn},{pt:full},{age},{pid},{town},{date:dmy},yes\n{omrn},{o1:full},{oage},{oid},{town},{date:dmy},no\n{omrn},{o2:nat},{oage},{oid},{town},{date:dmy},yes\n"},
    {"bd_bengali_consent", kAs, L::bd,
     "প্রকাশনার জন্য সম্মতিপত্র\nরোগীর নাম: {pt:nat}\nবয়স: {age}\nঠিকানা: {addr}\nজাতীয় পরিচয়পত্র নং: {pid}\nঅভিভাবক: {kin:nat}, মোবাইল {ph}\nতারিখ: {date:bn}\nচিকিৎসক: ডা. {s1:nat}\n"},
    {"pk_mdt_email", kAs, L::pk,
     "From: {s2:full} <{semail:s2}>\nTo: oncology-mdt@hospital.example.org\nCc: {s1:full} <{semail:s1}>\nDate: {stamp:mail}\nSubject: MDT list for Thursday\n\nAOA sir,\n1. {pt:full}, MR {mrn}, CNIC {pid}, {age}/{sex}, Ca stomach, post-FLOT\n2. {o1:full}, MR {omrn}, {oage}/{osex:o1}, Ca colon, for resection\nSehat card of #1: {ins}\nRegards,\n{s2:given}\n"},
    {"pk_urdu_teaching_case", kAs, L::pk,
     "تدریسی کیس - میڈیکل وارڈ 3\nمریض: {pt:nat}\nعمر: {age} سال\nپتہ: {addr}\nداخلہ: {date:ur}\nشناختی کارڈ: {pid}\nفون: {ph}\nنگران ڈاکٹر: ڈاکٹر {s1:nat}\n{s:lang}\n"},
    // --- Iran, Egypt ---
    {"ir_persian_mm", kAs, L::ir,
     "جلسه مرگ و میر و عوارض - بخش جراحی\nتاریخ جلسه: {mdate:fa}\nبیمار: {pt:nat}\nکد ملی: {pid}\nشماره پرونده: {mrn}\nتاریخ بستری: {date:fa}\nتاریخ عمل: {later:jal}\nجراح: دکتر {s1:nat}\nدستیار: {s2:nat}\n{s:lang}\n"},
    {"ir_thesis_redcap", kAs, L::ir,
     "REDCap export - thesis project (Tehran) - DO NOT SHARE\nrecord_id,name_fa,code_melli,dob_jalali,mobile,city,insurance_no\n{rec},{pt:nat},{pid},{dob:jal},{ph},{htown},{ins}\n{rec},{o1:nat},{oid},{again:jal},{ph},{town},{oins}\n"},
    {"eg_arabic_case", kAs, L::eg,
     "عرض حالة - قسم الباطنة\nاسم المريض: {pt:nat}\nالسن: {age} سنة\nالرقم القومي: {pid}\nالعنوان: {addr}\nتاريخ الدخول: {date:ar}\nالطبيب المعالج: د. {s1:nat}\nالطبيب المقيم: د. {s2:nat}\n{s:lang}\n"},
    {"eg_residents_telegram", kLow, L::eg,
     "[{stamp:chat}] {s2:low}: guys the case for tomorrow's round is {pt:low}, bed 7, ward 4\n[{stamp:chat}] {s4:low}: the {rel:en} {kin:lgiven} gave me the number {ph}, the family wants the report\n[{stamp:chat}] {s2:low}: no reports on whatsapp please, tell him to come to the office\n"},
    // --- Japan, Korea, Indonesia ---
    {"jp_case_report_draft", kAs, L::jp,
     "症例報告（投稿用原稿・第2稿）\n【症例】{age}歳，{mw:ja}．\n【主訴】発熱，意識障害．\n【現病歴】{date:jpe}より発熱あり，{later:jpy}に当院救急外来を受診した．\n【コメント（{s2:nat}）】本文中に患者氏名（{pt:nat}）と住所（{addr}）が残っています！削除してください．\n著者: {s1:nat}，{s2:nat}\n{s:lang}\n"},
    {"jp_resident_logbook", kAs, L::jp,
     "研修医手技記録（EPOC）\n研修医: {s2:full}\n指導医: {s1:full}\n日付,患者ID,イニシャル,年齢,手技\n{date:slash},{mrn},{pt:inits},{age},中心静脈カテーテル挿入\n{date:slash},{omrn},{o1:inits},{oage},腰椎穿刺\n{date:jpr},{omrn},{o2:inits},{oage},胸腔穿刺\n"},
    {"jp_consent_publication", kAs, L::jp,
     "症例報告に関する同意書\n患者氏名: {pt:nat}\n生年月日: {dob:jpe}\n住所: {addr}\n電話: {ph}\n代諾者: {kin:nat}\n同意日: {date:jpy}\n説明医師: {s1:nat}\n"},
    {"kr_case_conference", kAs, L::kr,
     "증례 토론회 자료 (내과 전공의)\n환자: {pt:nat} ({sex}/{age})\n주민등록번호: {pid}\n등록번호: {mrn}\n주소: {addr}\n입원일: {date:ko}\n보호자: {kin:nat}, 연락처 {ph}\n발표: 전공의 {s2:nat}, 지도교수 {s1:nat}\n{s:lang}\n"},
    {"kr_kakao_residents", kLow, L::kr,
     "[{stamp:chat}] {s2:nat}: 교수님, 내일 컨퍼런스 케이스 {pt:nat} 환자 (등록번호 {mrn}) 로 하겠습니다\n[{stamp:chat}] {s1:nat}: 네, 개인정보는 지우고 올려요\n[{stamp:chat}] {s4:nat}: 보호자 번호 {ph} 로 동의서 받았습니다\n"},
    {"id_whatsapp_koas", kLow, L::id,
     "[{stamp:chat}] {s2:low}: dok, pasien bed 4 atas nama {pt:low} (rm {mrn}) mau dipresentasikan besok ya\n[{stamp:chat}] {s1:low}: ok, inisial saja di slide. keluarganya {kin:given} bisa dihubungi di {ph7}\n"},
    {"id_audit_bpjs", kAs, L::id,
     "AUDIT KLINIS - WAKTU TUNGGU OPERASI SESAR\nno_rm;nama;nik;bpjs;tgl_masuk;tgl_operasi\n{mrn};{pt:full};{pid};{ins};{date:dash};{later:dash}\n{omrn};{o1:full};{oid};{oins};{date:dash};{later:dash}\nPenanggung jawab audit: {dr:s1} {s1:full}, Sp.OG\n"},
    // --- Germany, the Netherlands, Sweden, Norway ---
    {"de_weiterbildung_logbuch", kAs, L::de,
     "Logbuch Weiterbildung Allgemeinchirurgie (elektronisch)\nWeiterbildungsassistent: {s2:full}\nWeiterbilder: {dr:s1} {s1:full}, LANR {reg}\nDatum;Patient;Fallnummer;Eingriff;Funktion\n{date:dot};{pt:inits};{mrn};Appendektomie laparoskopisch;Operateur\n{date:dot};{o1:inits};{omrn};Cholezystektomie;1. Assistenz\n"},
    {"de_tumorkonferenz", kAs, L::de,
     "Interdisziplinäre Tumorkonferenz - Anmeldung\nPatient/in: {pt:inv}\ngeb.: {dob:dot}\nAnschrift: {addr}\nKrankenkasse: AOK, Versichertennr. {ins}\nFragestellung: neoadjuvante Therapie?\nAnmeldender Arzt: {dr:s2} {s2:full}\nTelefon Angehörige ({kin:full}): {ph}\n"},
    {"nl_mdo_email", kAs, L::nl,
     "Van: {s2:full} <{semail:s2}>\nAan: mdo-longoncologie@umc.example.nl\nDatum: {stamp:mail}\nOnderwerp: aanmelding MDO donderdag\n\nBeste collega's,\nGraag bespreken: {hon:pt} {pt:full}, geb. {dob:dash}, BSN {pid}, patiëntnr. {mrn}. Woont in {htown}.\nVraag: SBRT of resectie?\nMet vriendelijke groet,\n{s2:full}, aios longziekten\n"},
    {"nl_calamiteit", kAs, L::nl,
     "CALAMITEITENONDERZOEK (SIRE) - Melding IGJ {case:####-####}\nBetrokken patiënt: {pt:full}, patiëntnummer {mrn}\nDatum gebeurtenis: {date:nl}\nOnderzoekscommissie: {s1:full} (voorzitter), {s3:full}, {s4:full}\nNabestaande: {kin:full} ({rel}), {email:kin}\n{s:adm}\n"},
    {"se_st_handledning", kAs, L::se,
     "ST-handledning - anteckningar\nST-läkare: {s2:full}\nHandledare: {s1:full}\nDatum för samtalet: {mdate:iso}\nFall som diskuterades: {pt:full} ({pid}), inlagd {date:iso} med sepsis; anhörig {kin:full} ringde från {ph:i}.\nMål: delmål c7, c8.\n"},
    {"no_kvalitetsregister", kAs, L::no,
     "Kvalitetsregister for hjerteinfarkt - eksport (feilaktig med identitet)\nfnr;navn;adresse;innlagt;utskrevet\n{pid};{pt:full};{addr};{date:dot};{later:dot}\n{oid};{o1:inv};{oaddr};{date:dot};{later:dot}\n"},
    {"no_veiledning_epost", kAs, L::no,
     "Fra: {s1:full} <{semail:s1}>\nTil: {s2:full} <{semail:s2}>\nDato: {stamp:mail}\nEmne: Sv: kasuistikk til Tidsskriftet\n\n> Skal jeg ta med at pasienten er fra {htown}?\n\nNei. Og fjern fødselsdatoen ({dob:nb}) og navnet ({pt:full}) fra figur 2.\nHilsen {s1:given}\n"},
    // --- Spain, Italy ---
    {"es_sesion_mm", kAs, L::es,
     "SESIÓN DE MORBIMORTALIDAD - SERVICIO DE CIRUGÍA\nFecha: {mdate:es}, aula 2\nCaso: {hon:pt} {pt:full}, NHC {mrn}, DNI {pid}\nTarjeta sanitaria: {ins}\nIngreso: {date:es}; intervención: {later:dmy}\nPresenta: {dr:s2} {s2:full} (MIR 4)\nAdjunto: {dr:s1} {s1:full}\n{s:clin}\n"},
    {"es_tfg_email", kAs, L::es,
     "De: {s2:full} <{semail:s2}>\nPara: {s1:full} <{semail:s1}>\nFecha: {stamp:mail}\nAsunto: Re: base de datos del TFG\n\n> ¿Has anonimizado la base?\n\nSí, salvo una fila: {pt:full}, nacida el {dob:dmy}, con domicilio en {addr}. Ya la he borrado.\nUn saludo,\n{s2:given}\n"},
    {"it_journal_club_slides", kAs, L::it,
     "Diapositiva 4 - Caso clinico (journal club del giovedì)\n• {hon:pt} {pt:full}, {age} anni, residente a {town}\n• Ricovero {date:dmy}, tessera sanitaria {ins}\n• Codice fiscale {pid}\nNote del relatore: {dr:s2} {s2:full}; tutor {dr:s1} {s1:full}\n{s:lit}\n"},
    {"it_audit_csv", kAs, L::it,
     "audit_ictus_2024.csv\ncartella;cognome;nome;data_nascita;comune;ricovero;door_to_needle\n{mrn};{pt:ufam};{pt:given};{dob:dmy};{htown};{date:dmy};38\n{omrn};{o1:ufam};{o1:given};{odob:dmy};{town};{date:dmy};71\n"},
    // --- Brazil, Mexico ---
    {"br_tcle_publicacao", kAs, L::br,
     "TERMO DE CONSENTIMENTO PARA PUBLICAÇÃO DE RELATO DE CASO\nEu, {kin:full}, {rel} do(a) paciente {pt:full}, CPF {pid}, residente em {addr}, autorizo a publicação.\nCartão SUS: {ins}\nTelefone: {ph}\nE-mail: {email:kin}\nData: {date:pt}\nPesquisador responsável: {dr:s1} {s1:full}, CRM-SP {reg}\n"},
    {"br_redcap_log", kAs, L::br,
     "REDCap - Registro de log (projeto Sepse-HC)\nData/Hora | Usuário | Ação | Alterações\n{stamp:sql} | {semail:s2} | Criar registro {rec} | nome = '{pt:full}', cpf = '{pid}', nascimento = '{dob:iso}'\n{stamp:sql} | [participante] | Resposta {rec} | ip = {ip}\n{stamp:sql} | [participante] | Resposta {rec} | ip = {ip:6}\n"},
    {"mx_bitacora_residente", kAs, L::mx,
     "BITÁCORA DE PROCEDIMIENTOS - RESIDENTE DE CIRUGÍA GENERAL\nResidente: {dr:s2} {s2:full}\nProfesor titular: {dr:s1} {s1:full}, Céd. Prof. {reg}\nFecha|Paciente|Expediente|Edad|Procedimiento\n{date:dmy}|{pt:inits}|{mrn}|{age}|Colecistectomía laparoscópica\n{date:dmy}|{o1:inits}|{omrn}|{oage}|Plastia inguinal\n"},
    {"mx_carta_editor", kAs, L::mx,
     "Ciudad de México, {mdate:esm}\nComité Editorial, Revista Médica\nPresente\nAdjuntamos el caso clínico de {hon:pt} {pt:full} ({age} años), atendido(a) el {date:esm}. Su familiar ({rel}), {kin:full}, firmó el consentimiento; teléfono {ph}.\nAtentamente,\n{dr:s1} {s1:full}\n"},
    // --- Nigeria, Kenya ---
    {"ng_mortality_review", kAs, L::ng,
     "MEDICAL MORTALITY REVIEW - CONFIDENTIAL\nDeceased: {pt:full}\nHospital no.: {mrn}\nAge: {age}\nAddress: {addr}\nDate of admission: {date:dmy}   Date of death: {later:dmy}\nNext of kin: {kin:full} ({rel:en}), {ph}\nNHIA no.: {ins}\nReview panel chair: {dr:s1} {s1:full}\n{s:clin}\n"},
    {"ng_resident_chat", kLow, L::ng,
     "[{stamp:chat}] {s2:low}: good evening sir, the patient for grand round tomorrow is {pt:low}, hosp no {mrn}\n[{stamp:chat}] {s1:low}: ok. is the {rel:en} ({kin:given}) still on {ph}? we need consent for the pictures\n"},
    {"ke_intern_logbook", kAs, L::ke,
     "INTERNSHIP LOGBOOK - KMPDC\nIntern: {dr:s2} {s2:full}, reg. {reg}\nSupervisor: {dr:s1} {s1:full}\nDate | IP No. | Patient | Procedure\n{date:dmy} | {mrn} | {pt:ini} | Manual vacuum aspiration\n{date:dmy} | {omrn} | {o1:ini} | Chest tube insertion\n{date:md} | {omrn} | {o2:ini} | Lumbar puncture\n"},
    {"ke_case_report_sha", kAs, L::ke,
     "Case report draft (East African Medical Journal)\nA {age}-year-old {mw:en} from {town} presented on {date:en} with a 2-week history of fever.\n[Highlighted: SHA no. {ins}, ID {pid}, phone {ph} - DELETE]\n{s:clin}\n{s:lit}\n"},
    // --- Australia, Canada ---
    {"au_rmo_teams", kAs, L::au,
     "Microsoft Teams - RMO group chat\n[{stamp:chat}] {s2:full}: who's presenting at M&M? the {age}yo from {town}?\n[{stamp:chat}] {s4:full}: yep, {pt:full}, UR {mrn}. The {rel:en}, {kin:full}, wants to attend - {ph}\n"},
    {"au_audit_cochlear", kAs, L::au,
     "AUDIT - COCHLEAR IMPLANT OUTCOMES (ENT)\nur,name,dob,implant_date,device_serial,suburb\n{mrn},{pt:full},{dob:dmy},{date:dmy},{serial},{htown}\n{omrn},{o1:full},{odob:dmy},{date:dmy},{serial},{town}\n"},
    {"ca_residents_email", kAs, L::ca,
     "From: {s2:full} <{semail:s2}>\nTo: chief-residents@med.example.edu\nDate: {stamp:mail}\nSubject: case for morning report\n\nHi all, tomorrow I'll present {pt:full} (MRN {mrn}, OHIP {ins}), {age}, from {hstreet}, {htown} - admitted {date:iso}. The {rel:en}, {kin:full} ({ph}), gave verbal consent.\n{s2:given}\n"},
    {"qc_courriel_residents", kAs, L::qc,
     "De : {s2:full} <{semail:s2}>\nÀ : {s1:full} <{semail:s1}>\nDate : {stamp:mail}\nObjet : présentation du cas\n\nBonjour {dr:s1} {s1:fam},\nJe présenterai le cas de {hon:pt} {pt:full} ({age} ans, RAMQ {ins}), {addr}, admis(e) le {date:fr}.\nMerci,\n{s2:given}\n"},
    // --- dictations, slides and PDF text ---
    {"us_dictated_case_summary", kAs, L::us,
     "[Dictation transcript - case for the geriatrics teaching file]\nThis is {dr:s1} {s1:fam} dictating on a {age:w}-year-old {mw:en}, {pt:full}, medical record number {mrn}, seen on {date:long}. The patient lives with a {rel:en}, who is {oldkin:w}, at {usaddr}. End of dictation.\n"},
    {"au_pdf_case_report", kAs, L::au,
     "Med J Aust - Case report (accepted manuscript, PDF text)\n-- running head: Scurvy in a {age:w}-year-old --\nA {age}-year-old {mw:en} from {town} was admit-\nted on {date:dmy}. A relative, aged {oldkin}, had been the carer.\n[Footer: {pt:inits} consent on file; correspondence {s1:full}, {semail:s1}]\n-- page 2 of 5 --\n{s:clin}\n"},
    {"ca_slide_speaker_notes", kAs, L::ca,
     "Slide 6 of 22 - \"A fall, a fracture, and a forgotten anticoagulant\"\n• {age:w}-year-old, lives alone in {htown}\n• INR 6.8 on admission ({date:md})\nSpeaker notes: {hon:pt} {pt:fam} ({mrn}) - the {rel:en}, {kin:full}, asked that we not show the face; e-mail {email:kin}.\n{s:clin}\n"},
    {"in_pdf_thesis_appendix", kAs, L::in,
     "-- MD Thesis (Medicine), Appendix IV: Master chart, page 112 --\nS.No  Name  Age  Sex  IP No.  Village  Outcome\n1  {pt:full}  {age}  {sex}  {mrn}  {town}  Discharged\n2  {o1:full}  {oage}  {osex:o1}  {omrn}  {town}  Expired\n3  {o2:full}  {oage}  {osex:o2}  {omrn}  {town}  LAMA\n-- page 112 of 140 --\n"},
    {"bd_research_gmail", kAs, L::bd,
     "From: {s2:full} <{email:s2}>\nTo: {dr:s1} {s1:full} <{semail:s1}>\nDate: {stamp:mail}\nSubject: Case series - 6th patient\n\nSir, the sixth case ({pt:full}, {age} yrs, {addr}) was admitted on {date:en}; the family's number is {ph:i}. Should I add her?\n{s:stat}\n"},
    {"mx_osce_real_patient", kAs, L::mx,
     "ECOE - ESTACIÓN 5 (basada en un caso real, versión sin revisar)\nInstrucciones para el paciente estandarizado: usted es {pt:full}, de {age} años, vive en {town}. Ingresó el {date:dmy} por dolor torácico.\nNota del coordinador ({s4:full}): cambiar el nombre; es el paciente real del expediente {mrn}.\n"},
    {"eg_long_case_exam", kAs, L::eg,
     "MD EXAMINATION - LONG CASE (Internal Medicine)\nCandidate no.: {ctl:###}\nPatient: {pt:full}, {age} years, from {town}\nHospital no.: {mrn}\nAdmission: {date:dmy}\nExaminers: {dr:s1} {s1:full}; {dr:s4} {s4:full}\n{s:clin}\n"},
    {"de_appraisal_note", kAs, L::de,
     "Mitarbeitergespräch / Feedback Weiterbildung\nAssistenzärztin/-arzt: {s2:full}\nDatum des Gesprächs: {mdate:dot}\nFeedback: gute Fallvorstellung des Patienten {pt:full} (Aufnahme {date:dot}); Arztbrief an Hausarzt {dr:s4} {s4:full}, Fax {fax}, zu spät.\nZiele: Sonographie-Kurs, Notfallsonographie 50 Untersuchungen.\n"},
    {"jp_mm_conference", kAs, L::jp,
     "M&Mカンファレンス議事録（{mdate:jpy}）\n症例: {pt:reg}様、{age}歳、ID {mrn}\n入院日: {date:jpe}、死亡日: {later:jpe}\n主治医: {s1:nat}、研修医: {s2:nat}\n家族連絡先（{kin:nat}）: {ph}\n{s:clin}\n"},
    {"se_peer_review_journal", kAs, L::se,
     "Läkartidningen - granskarutlåtande\nManuskript: LT-{ctl:####}\nKommentar 3: I figur 2 syns patientens namn ({pt:full}) och personnummer ({pid}) i röntgenbildens hörn. Detta måste tas bort.\nKommentar 4: {s:stat}\n"},
    {"ng_consent_igbo_yoruba", kAs, L::ng,
     "CONSENT FOR USE OF CLINICAL PHOTOGRAPHS IN TEACHING\nPatient: {pt:full}   Hospital no.: {mrn}\nAddress: {addr}\nI, {kin:full} ({rel:en}), consent on behalf of the patient, who is {oldkin} years old.\nSigned on {date:enth}; phone {ph}\nClinician: {dr:s1} {s1:full}\nỌ dị mma / Ẹ ṣé\n"},
    {"us_fax_records_request", kAs, L::us,
     "RECORDS REQUEST FOR QI REVIEW\nTo: Health Information Management, Fax {fax}\nPatient: {pt:inv}   DOB {dob:mdy}\nSSN: {ssn}\nDates of service: {date:mdy} to {later:mdy}\nRequested by: {s4:full}, Quality & Patient Safety (case {case:QPS-####-###})\n"},
    {"kr_ipv6_survey", kAs, L::kr,
     "설문 응답 로그 (교육 연구)\n응답자: {pt:full}\n등록번호: {mrn}\n접속 IP: {ip:6}\n응답일: {date:kdot}\n"},
    // --- more machine shapes: YAML, BibTeX, ODK, JSON, PDF columns, tracked changes ---
    {"us_yaml_front_matter", kAs, L::us,
     "---\ntitle: \"Heat stroke in a {age:w}-year-old: a case report\"\nauthor:\n  - name: {s1:full}\n    email: {semail:s1}\n    orcid: {orcid}\n  - name: {s2:full}\npatient_ref: \"{pt:full}, MRN {mrn}\"   # FIXME remove\nadmitted: {date:iso}\nkeywords: [heat stroke, rhabdomyolysis, case report]\n---\n{s:clin}\n"},
    {"de_bibtex_own_case", kAs, L::de,
     "@misc{{fallbericht_entwurf,\n  author = {{{s1:bib} and {s2:bib}},\n  title  = {{Fallbericht: Patient {pt:full}, geb. {dob:dot} (nicht zitieren)},\n  note   = {{Interner Entwurf, Aufnahme {date:dot}},\n  year   = {{2025}\n}\n{s:lit}\n"},
    {"ke_odk_export", kAs, L::ke,
     "ODK Central export - form: case_followup_v4\nKEY,today,ip_no,patient_name,age,phone,village,gps_accuracy\nuuid:{uuid},{mdate:iso},{mrn},{pt:full},{age},{ph},{town},4.8\nuuid:{uuid},{mdate:iso},{omrn},{o1:full},{oage},{ph7},{town},6.1\n"},
    {"kr_logbook_json", kAs, L::kr,
     "{{\"resident\":\"{s2:full}\",\"program\":\"내과\",\"logs\":[{{\"date\":\"{date:iso}\",\"patient_id\":\"{mrn}\",\"patient_name\":\"{pt:nat}\",\"procedure\":\"bone marrow biopsy\",\"supervisor\":\"{s1:nat}\"},{{\"date\":\"{date:iso}\",\"patient_id\":\"{omrn}\",\"patient_name\":\"{o1:nat}\",\"procedure\":\"paracentesis\",\"supervisor\":\"{s1:nat}\"}]}\n"},
    {"nl_pdf_two_columns", kAs, L::nl,
     "[PDF-tekst, twee kolommen door elkaar]\nNed Tijdschr Geneeskd - Casuïstiek          Een {age}-jarige {mw:nl}\nwerd op {date:nl} opgenomen             met koorts en verwardheid.\nNoot (verwijderen): {pt:full}, patiëntnr. {mrn}, woonachtig te {htown}\n-- pagina 2 van 4 --\n{s:clin}\n"},
    {"es_docx_comentarios", kAs, L::es,
     "[Texto extraído de DOCX - control de cambios]\n[Eliminado: {pt:full}][Insertado: La paciente], de {age} años, ingresó el {date:es}.\n[Comentario {s1:initsn}1: quitad el NHC ({mrn}) de la figura 2 - {s1:full}]\n[Comentario {s2:initsn}2: y el teléfono de la familia ({ph}) del anexo]\n{s:clin}\n"},
    {"it_mm_verbale", kAs, L::it,
     "VERBALE DELLA RIUNIONE DI MORBILITÀ E MORTALITÀ\nData della riunione: {mdate:it}, aula 3\nPresenti: {dr:s1} {s1:full}, {dr:s2} {s2:full}, {s3:full}\nCaso discusso: {pt:reg}, cartella {mrn}, ricoverato/a il {date:dmy}, deceduto/a il {later:dmy}\nFamiliare: {kin:full} ({rel}), {ph}\n{s:clin}\n"},
    {"br_long_case_prova", kAs, L::br,
     "PROVA PRÁTICA - TÍTULO DE ESPECIALISTA (CASO LONGO)\nCandidato: {dr:s2} {s2:full}\nExaminadores: {dr:s1} {s1:full}; {dr:s4} {s4:full}\nPaciente: {pt:full}, {age} anos, natural de {town}\nProntuário: {mrn}\nInternação: {date:pt}\n{s:clin}\n"},
    {"mx_comite_etica", kAs, L::mx,
     "COMITÉ DE ÉTICA EN INVESTIGACIÓN - DICTAMEN\nFecha: {mdate:esm}\nInvestigador principal: {dr:s1} {s1:full}\nEl anexo 4 incluye datos identificables: {pt:full}, CURP {pid}, domicilio {addr}, teléfono {ph}. Se solicita su eliminación.\n{s:adm}\n"},
    {"id_surat_etik", kAs, L::id,
     "KOMISI ETIK PENELITIAN KESEHATAN\nNomor: {ctl:###}/KEPK/{ctl:##}/2025\nKepada Yth. {dr:s1} {s1:full}\nLampiran 2 protokol Anda memuat data pasien ({pt:full}, NIK {pid}, alamat {addr}). Mohon dihapus.\n{s:adm}\n"},
    {"eg_research_email", kAs, L::eg,
     "From: {s2:full} <{email:s2}>\nTo: {dr:s1} {s1:full} <{semail:s1}>\nDate: {stamp:mail}\nSubject: MSc thesis - patient 17\n\nDear Professor,\nPatient 17 ({pt:full}, national no. {pid}, {age} years) was admitted on {date:dmy}; I could not reach the family at {ph}.\n{s:stat}\n"},
    {"jp_email_supervisor", kAs, L::jp,
     "From: {s2:full} <{semail:s2}>\nTo: {s1:full} <{semail:s1}>\nDate: {stamp:mail}\nSubject: 症例報告の件\n\n{s1:nfam}先生\nお疲れ様です。症例（{pt:nat}様、{age}歳、ID {mrn}）の同意書を{date:jpy}にいただきました。ご家族の連絡先は{ph}です。\n{s2:nfam}\n"},
    {"au_appraisal_note", kAs, L::au,
     "TRAINEE APPRAISAL - WORKPLACE-BASED ASSESSMENT (Mini-CEX)\nTrainee: {s2:full} (BPT2)\nAssessor: {dr:s1} {s1:full}, FRACP, AHPRA {reg}\nDate of assessment: {mdate:dmy}\nCase: {pt:inits}, {age}, UR {mrn}, seen on {date:dmy} in the falls clinic\nFeedback: good collateral history from the {rel:en} ({kin:full}).\n"},
    {"au_icd_teaching", kAs, L::au,
     "CARDIOLOGY TEACHING FILE - DEVICE CLINIC\nPatient: {pt:full} (UR {mrn}), {age}, from {htown}\nICD implanted {date:dmy}: generator S/N {serial}; RV lead S/N {serial}\nShock log reviewed by {s3:full}, cardiac technologist.\n{s:clin}\n"},
    {"in_trauma_case_vehicle", kAs, L::in,
     "TRAUMA CASE CONFERENCE - CASE 3\n{age}-year-old pillion rider, two-wheeler {plate} hit by a truck on {date:dmy} near {town}\nBrought by 108 ambulance; GCS 9; MLC no. {case:MLC/###/2025}\nPatient: {pt:full}, UHID {mrn}; attendant {kin:full}, {ph}\n{s:clin}\n"},
    {"ng_audit_csv", kAs, L::ng,
     "surgical_site_infection_audit.csv\nhosp_no,surname,other_names,age,phone,operation_date\n{mrn},{pt:ufam},{pt:given},{age},{ph},{date:dmy}\n{omrn},{o1:ufam},{o1:given},{oage},{ph},{date:dmy}\n{omrn},{o2:ufam},{o2:given},{oage},{ph7},{date:dmy}\n"},
    {"ca_redcap_survey_log", kAs, L::ca,
     "REDCap survey invitation log - Patient experience after ICU\nrecord,participant_email,sent,ip_at_completion\n{rec},{email},{stamp:sql},{ip}\n{rec},{email:kin},{stamp:sql},{ip:6}\n"},
    {"qc_teams_residents", kLow, L::qc,
     "[{stamp:chat}] {s2:low}: allo, qui présente le cas de {pt:low} mardi? dossier {mrn}\n[{stamp:chat}] {s4:low}: moi. la famille ({rel}, {kin:lgiven}) m'a donné le cell {ph}\n"},
    {"se_kvalitetsregister_csv", kAs, L::se,
     "riksstroke_export_felaktig.csv\npersonnummer,namn,adress,ankomst,trombolys\n{pid},{pt:full},\"{addr}\",{date:iso},ja\n{oid},{o1:full},\"{oaddr}\",{date:iso},nej\n"},
    {"bd_ward_round_messenger", kLow, L::bd,
     "[{stamp:chat}] {s2:low}: sir, medicine ward bed 12 {pt:low}, reg {mrn}, sodium 118\n[{stamp:chat}] {s1:low}: inform the attendant. number?\n[{stamp:chat}] {s2:low}: {ph}, the {rel:en} {kin:lgiven}\n"},
    {"pk_consent_urdu_english", kAs, L::pk,
     "CONSENT FOR PUBLICATION / اشاعت کی اجازت\nPatient: {pt:full} ({pt:nat})\nCNIC: {pid}\nAge: {age}\nAddress: {addr}\nGuardian: {kin:full}, {ph}\nDate: {date:dmon}\nDoctor: {dr:s1} {s1:full}, PMDC {reg}\n"},
    {"ir_persian_consent", kAs, L::ir,
     "رضایت‌نامه انتشار گزارش مورد\nنام بیمار: {pt:nat}\nکد ملی: {pid}\nتاریخ تولد: {dob:jal}\nنشانی: {addr}\nتلفن همراه: {ph}\nتاریخ: {date:fa}\nپزشک معالج: دکتر {s1:nat}\n"},
    // --- Norway, Spain, Kenya, Nigeria once more ---
    {"no_kasuistikk_tidsskriftet", kAs, L::no,
     "Tidsskrift for Den norske legeforening - kasuistikk (utkast 2)\nEn pasient i {age}-årene fra {town} ble innlagt {date:nb} med feber og forvirring.\n[Kommentar {s2:initsn}3: Fjern navnet {pt:full} og fødselsnummeret {pid} fra tabell 1! - {s2:full}]\nForfattere: {s1:full}, {s2:full}\n{s:clin}\n"},
    {"es_latex_serie_casos", kAs, L::es,
     "\\begin{{table}[h]\n\\caption{{Serie de casos (borrador, NO enviar)}\n\\begin{{tabular}{{llll}\nCaso & Paciente & NHC & Ingreso \\\\\n1 & {pt:full} & {mrn} & {date:dmy} \\\\\n2 & {o1:inits} & {omrn} & {date:dmy} \\\\\n3 & {o2:vanc} & {omrn} & {date:dmy} \\\\\n\\end{{tabular}\n\\end{{table}\n"},
    {"ke_grand_round_slides", kAs, L::ke,
     "Slide 3 - Grand round, Department of Surgery\n• {age}-year-old boda-boda rider from {town}, motorcycle {plate}\n• Admitted {date:dmy}; IP no. {mrn}\n• Next of kin: {kin:full} ({rel:en}), {ph}\nSpeaker notes: thanks to {dr:s1} {s1:full} for the images.\n"},
    {"ng_hausa_yoruba_chat", kLow, L::ng,
     "[{stamp:chat}] {s2:low}: sannu da aiki sir. the case for the long case exam is {pt:low} ({mrn})\n[{stamp:chat}] {s1:low}: e kaaro. confirm consent with the {rel:en}, {kin:low}, on {ph}\n"},
    // --- without PHI ---
    {"no_phi_osce_station", kAs, L::au,
     "OSCE STATION 7 - HISTORY TAKING (CHEST PAIN)\nCandidate instructions: you are an intern in the emergency department. The simulated patient is a 58-year-old man with chest pain for 2 hours. Take a focused history (7 minutes).\nSimulated patient script: smoker 30 pack-years; father had a heart attack at 60.\nExaminer marking sheet: 12 items, global rating 1-5.\n{s:clin}\n"},
    {"no_phi_reference_list", kAs, L::us, "REFERENCES\n1. {cite}\n2. {cite}\n3. {cite}\n4. {cite} doi:{doi}\n5. {cite} PMID: {pmid}\n"},
    {"no_phi_bibtex", kAs, L::de,
     "@article{{wells1997value,\n  author  = {{Wells, P. S. and Anderson, D. R. and Bormanis, J.},\n  title   = {{Value of assessment of pretest probability of deep-vein thrombosis},\n  journal = {{Lancet},\n  year    = {{1997},\n  volume  = {{350},\n  pages   = {{1795--1798},\n  doi     = {{{doi}}\n}\n{s:lit}\n"},
    {"no_phi_statistics", kAs, L::se, "RESULTAT (utkast)\n{s:stat}\n{s:stat}\n{s:stat}\n"},
    {"no_phi_ethics_approval", kAs, L::in, "ETHICS APPROVAL AND TRIAL REGISTRATION\n{s:adm}\n{s:adm}\nTrial registration: {nct}.\n"},
    {"no_phi_conference_programme", kAs, L::jp, "PROGRAMME - DAY 2\n{s:adm}\n{s:adm}\n{s:lang}\n"},
    {"no_phi_teaching_points", kAs, L::ng, "TEACHING POINTS (ANONYMISED CASE)\n{s:clin}\n{s:clin}\n{s:clin}\n"},
    {"no_phi_yaml_front_matter", kAs, L::nl, "{s:fmt}\n{s:lit}\n{s:stat}\n"},
    {"no_phi_languages", kAs, L::eg, "NOTE ON ANONYMISATION (TRANSLATIONS)\n{s:lang}\n{s:lang}\n{s:lang}\n"},
    {"no_phi_submission_checklist", kAs, L::ca,
     "SUBMISSION CHECKLIST (CARE guidelines 2013)\n[x] Title includes \"case report\"\n[x] Keywords: 2 to 5\n[x] Patient perspective\n[x] Informed consent obtained (form held by the authors, not uploaded)\n{s:adm}\n{s:fmt}\n"},
    {"no_phi_osce_sp_script", kAs, L::kr,
     "OSCE STATION 3 - BREAKING BAD NEWS (STANDARDISED PATIENT SCRIPT)\nRole: the patient, aged 62, recently diagnosed with pancreatic cancer (CA 19-9 1,240 U/mL).\nOpening line: \"Doctor, are my results back?\"\nTimings: 8 minutes + 2 minutes feedback; SPIKES protocol; global rating scale 1-7.\n{s:lang}\n"},
    {"no_phi_mm_statistics", kAs, L::de,
     "M&M-STATISTIK 2024 (KLINIK FÜR ALLGEMEINCHIRURGIE)\n{s:stat}\n{s:stat}\nVermeidbare Todesfälle: 3 von 41 (7,3 %); Clavien-Dindo ≥ IIIb: 28 (4,2 %).\n"},
    {"no_phi_audit_summary", kAs, L::ke,
     "AUDIT SUMMARY - PARTOGRAPH USE (CYCLE 2)\n{s:adm}\nStandard: 100% of labouring women monitored with a partograph; achieved 86/112 (76.8%).\n{s:stat}\n"},
    {"no_phi_grant_budget", kAs, L::us,
     "BUDGET JUSTIFICATION - R21 (YEAR 1)\nPersonnel: PI 1.2 calendar months; research coordinator 50% FTE.\n{s:adm}\nTotal direct costs: $149,820; F&A 58.5% MTDC.\n"},
    {"no_phi_latex_results_table", kAs, L::it,
     "\\begin{{tabular}{{lrrr}\n\\hline\nVariabile & Casi (n=48) & Controlli (n=96) & p \\\\\n\\hline\nEtà, mediana (IQR) & 71 (63-79) & 69 (61-77) & 0,41 \\\\\nDiabete, n (\\%) & 17 (35,4) & 21 (21,9) & 0,08 \\\\\n\\hline\n\\end{{tabular}\n{s:stat}\n"},
    {"no_phi_learning_objectives", kAs, L::ca,
     "GRAND ROUNDS - LEARNING OBJECTIVES (CanMEDS: Medical Expert, Scholar)\n1. Recognise the red flags of cauda equina syndrome.\n2. Apply the Canadian C-spine rule and the Ottawa ankle rules.\n{s:adm}\n{s:clin}\n"},
    {"no_phi_ethics_template", kAs, L::eg,
     "ETHICS COMMITTEE - TEMPLATE FOR PARTICIPANT INFORMATION\nInsert: [participant name], [date of birth], [hospital number] - do not fill in this template.\nThe committee meets on the first Sunday of each month; submit 14 days before.\n{s:adm}\n{s:lang}\n"},
    {"no_phi_call_for_abstracts", kAs, L::br,
     "CHAMADA PARA RESUMOS - 21º CONGRESSO BRASILEIRO DE CLÍNICA MÉDICA\nPrazo: 30 de abril; o congresso acontece de 12 a 15 de outubro em Recife.\n{s:adm}\n{s:lang}\n"},
    {"no_phi_pdf_page_furniture", kAs, L::nl,
     "Ned Tijdschr Geneeskd. {mdate:iso};168:D{ctl:####}\n-- pagina 3 van 7 --\nDe differentiaal-\ndiagnose omvat Guillain-Barré en myasthenia gravis.\n{s:lit}\n-- www.ntvg.example.nl --\n"},
    {"no_phi_redcap_dictionary", kAs, L::no,
     "REDCap data dictionary (v14.0.8)\nVariable / Field Name,Form Name,Field Type,Field Label,Validation\nrecord_id,baseline,text,Record ID,\nage_cat,baseline,dropdown,Age group (<65 / 65-89 / 90+),\nadm_week,baseline,text,Admission week (ISO),integer\n{s:fmt}\n"},
    {"no_phi_logbook_summary", kAs, L::pk,
     "E-LOGBOOK SUMMARY (CPSP) - YEAR 3\nProcedure, Performed, Assisted, Observed\nLap chole, 42, 61, 12\nHernia repair, 38, 20, 4\nThyroidectomy, 6, 19, 9\n{s:adm}\n"},
    {"no_phi_marking_scheme", kAs, L::bd, "LONG CASE MARKING SCHEME\nHistory 20, examination 20, diagnosis 20, management 20, discussion 20; pass mark 60%.\n{s:clin}\n{s:lang}\n"},
    {"no_phi_anonymised_teaching_jp", kAs, L::jp, "教育用症例（匿名化済み）\n{s:lang}\n{s:clin}\n{s:clin}\n"},
    {"no_phi_rca_action_plan", kAs, L::au, "RCA ACTION PLAN (DE-IDENTIFIED)\n{s:adm}\n{s:adm}\n{s:clin}\n"},
    {"no_phi_author_instructions", kAs, L::mx, "INSTRUCCIONES PARA LOS AUTORES\n{s:lit}\n{s:fmt}\n{s:lang}\n"},
    {"no_phi_slide_outline", kAs, L::se, "BILDSPEL - M&M (AVIDENTIFIERAT)\nBild 1: Bakgrund\nBild 2: {s:clin}\nBild 3: {s:stat}\nBild 4: {s:lit}\n"},
    {"no_phi_cover_letter_template", kAs, L::in,
     "COVER LETTER TEMPLATE (edit before use)\nDear Editor, we submit our manuscript \"<title>\" for consideration as a Case Report. All authors have approved it; consent was obtained from the patient.\n{s:adm}\n{s:lit}\n"},
    {"no_phi_peer_review_generic", kAs, L::ng, "REVIEWER REPORT (MANUSCRIPT EAMJ-{ctl:####})\nMajor comments: {s:stat}\nMinor comments: {s:lit}\n{s:clin}\n"},
    {"no_phi_tsv_aggregate", kAs, L::es, "indicador\tnumerador\tdenominador\tporcentaje\nprofilaxis_antibiotica\t412\t436\t94,5\nlista_verificacion_qx\t398\t436\t91,3\n{s:adm}\n"},
    {"no_phi_odk_form_definition", kAs, L::ke,
     "ODK XLSForm - survey sheet\ntype,name,label,required\ninteger,age_years,Age in years,yes\nselect_one yn,consent,Consent given?,yes\ngeopoint,gps,Location of facility,no\n{s:fmt}\n"},
    {"no_phi_norwegian_guideline", kAs, L::no, "NASJONAL FAGLIG RETNINGSLINJE - UTDRAG (for undervisning)\n{s:clin}\n{s:clin}\n{s:lang}\n"},
    {"no_phi_journal_club_email", kAs, L::au,
     "Subject: Journal club this Thursday\nThis week's paper: {cite} doi:{doi}\nVenue: Seminar Room 3, 12:30; lunch provided. Please read the methods and Table 2 beforehand.\n{s:stat}\n"},
    {"no_phi_case_template_markdown", kAs, L::us,
     "# Case report template (CARE checklist)\n## Patient information\n- De-identified demographics only (age band, sex)\n- Do NOT include names, initials, dates or record numbers\n## Timeline\n| Day | Event |\n|-----|-------|\n| 0 | Admission |\n| 3 | Surgery |\n{s:fmt}\n"},
    {"no_phi_registry_codes", kAs, L::br, "CÓDIGOS DO REGISTRO (DICIONÁRIO)\n{s:clin}\n{s:adm}\n{s:fmt}\n"},
    {"no_phi_exam_blueprint", kAs, L::eg, "MD EXAMINATION BLUEPRINT - INTERNAL MEDICINE\nLong case 40%, short cases 30%, OSCE 30% (12 stations, 7 minutes each).\n{s:clin}\n{s:adm}\n"},
};
// clang-format on

}  // namespace

std::size_t thirtyFifthTemplateCount() { return std::size(kTemplates35); }

std::string_view writeThirtyFifthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Tpl& t = kTemplates35[choice % std::size(kTemplates35)];
  const Cast cast = castOf(seed, patientIndex, t.g);
  Random& r = builder.random();
  Note n{builder, cast, t.mode, {drawPerson(r, t.g), drawPerson(r, t.g), drawPerson(r, t.g)}, {}, {}, {}, {}, {}, {}};
  expand(n, t.text);
  return t.name;
}

std::string thirtyFifthSentence(Random& r) { return sentence35(r, {}); }

}  // namespace concord::phi::corpus
