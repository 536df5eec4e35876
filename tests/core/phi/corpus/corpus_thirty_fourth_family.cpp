// The thirty-fourth family (kThirtyFourthSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is general practice, family medicine and chronic care in small and
// island states, and the machine exchanges between their systems: what GPs, practice nurses,
// receptionists, community and district nurses, out-of-hours services and practice managers write
// (SOAP consultation notes, home visits, repeat-prescription requests, sick notes and
// fitness-to-work notes, referral letters and their replies, result letters, recall and screening
// letters for cervical, diabetic eye and bowel screening, diabetes, hypertension, asthma/COPD and
// CKD reviews, frailty and elderly-care assessments, advance care plans and DNACPR forms, lasting
// powers of attorney, GP death certificates and coroner referrals, registration forms, transfers
// of records between practices, out-of-hours handovers, practice messages, SMS reminders, portal
// messages, receptionists' phone notes and chats), and what their systems exchange (HL7 v2
// ADT^A01/A04/A08, ORU^R01, ORM^O01, OML^O21, SIU^S12, MDM^T02 and REF^I12 messages with MSH,
// PID, PD1, NK1, PV1, IN1, GT1, OBR, OBX and NTE segments; FHIR JSON Patient, Encounter,
// Observation, MedicationRequest and Bundle resources; CDA documents; CSV registry uploads with
// headers; e-prescription XML; vCards and iCalendar invites; key=value logs), from Bahrain
// (Arabic, English, Hijri dates), Libya (Arabic), Sudan (Arabic, chains of names), Mauritania
// (Arabic, French, "ould" and "mint"), Burkina Faso (French, Mooré greetings), the Gambia
// (English, Wolof and Mandinka greetings), Gabon (French), Lesotho (English, Sesotho), Eswatini
// (English, siSwati), the Comoros (French, Shikomori), Seychelles (English, Seselwa), Cabo Verde
// (Portuguese, Kriolu), São Tomé and Príncipe (Portuguese), Vanuatu (English, Bislama), the
// Solomon Islands (English, Pijin), Kiribati (English, Gilbertese), Greenland (Greenlandic,
// Danish), the Faroe Islands (Faroese), Andorra (Catalan), Liechtenstein (German), San Marino
// (Italian), Cyprus (Greek script and Latin; Turkish for Turkish Cypriots), Kosovo (Albanian),
// Barbados, the Bahamas, Curaçao and Aruba (Papiamentu, Dutch, English) and the US.
// Document styles: letters with recipient blocks and letterheads, forms with a label and its value
// on one line or on the next, SOAP notes, tables and CSV with headers, pipe-delimited HL7 with
// components (^), repetitions (~) and escape sequences (\F\, \S\, \T\, \R\, \E\), JSON, XML,
// vCard and iCalendar lines, key=value logs, SMS and chats in lower case with the local greeting;
// and notes without PHI full of practice codes, drug codes and doses, lab values, HL7 control ids
// and message timestamps, OIDs, LOINC, SNOMED CT, ICD-10 and ICPC-2 codes, software versions,
// vaccine lot numbers and device models, public phone numbers of services and population figures.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), as the thirtieth
// to thirty-third families restate them, with this family's decisions.
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("CPR: ", "NNI ", "BI n.º ",
//    "AHV-Nr. ", "Kimlik No: ", "NRN ", "Sedula: ", "P-tal: "), HL7 field and component
//    separators (|, ^, ~, &), XML tags and attributes, JSON keys and quotes, CSV separators and
//    quotes, vCard and iCalendar property names, key= of a log and trailing punctuation are outside.
//  * Machine formats: each value is its own span. An HL7 XPN "FAMILY^GIVEN^MIDDLE" is one name span
//    per component that holds a name (family, then given; the middle component and a
//    given name of two words written in one component are one span each); a FHIR name.family and
//    each name.given string are one span each, and so are a CDA <family> and <given>, a vCard N:
//    field's parts, and the family and given columns of a CSV; a full name written in one field
//    (FN:, name.text, a FHIR display, CN=, a CSV "name" column) is one span. An HL7 XAD or a FHIR address is
//    spanned per part that locates the person: the street line, the town and (JUDGEMENT CALL) the
//    postcode are each an "address" span (a US ZIP is "zip"); the country code, the state or
//    district code of the US, the address type ("H", "home") are outside. An XTN or telecom value
//    is a phone span without "tel:", the use code or the type. An HL7 CX identifier is a span
//    of its number only; the assigning authority and type code ("^^^BHMOH^NI") are outside.
//  * Timestamps (JUDGEMENT CALL): the time a message or log line was made (MSH-7, EVN-2, a FHIR
//    meta.lastUpdated or Bundle.timestamp, a CDA effectiveTime of the document, a log's ts=, a
//    vCard REV, an iCalendar DTSTAMP) dates the system's event, not the patient's, and is not PHI.
//    Dates of the patient are: birth (PID-7, birthDate, birthTime), death, admission and visit
//    (PV1-44, Encounter.period), specimen and result (OBR-7, OBX-14, effectiveDateTime),
//    appointment (SIU start, DTSTART), prescription (authoredOn) and referral dates. Of an HL7
//    timestamp "202403150930" only the date "20240315" is the span, the time after it outside; of
//    a FHIR "2024-03-15T09:30:00Z" only "2024-03-15"; of an iCalendar "20260315T093000" only
//    "20260315".
//  * Names: titles and forms of address before a name are outside ("Dr", "Dr.", "Dra.", "Dre",
//    "Dott.", "Dott.ssa", "Δρ", "د.", "Mme", "M.", "Mrs", "Mrs.", "Mr", "Mr.", "Ms.", "Nurse",
//    "Sister", "Frau", "Herr", "Sig.ra", "Sig.", "Senyora", "Senyor", "Sra.", "Sr.", "D." (Dona),
//    "Κα", "Κ.", "Bay", "Bayan", "Znj.", "Z.", "Fru", "Fr.", "Hr.", "Nei", "'M'e", "Ntate", "Make",
//    "Babe"; kin words in chats: "granny", "grandpa", "gogo", "mkhulu"); credentials and posts
//    after a name are outside (", MBBS", ", RGN", ", RN", ", MD", ", NP", ", CDE", ", FMH ...",
//    ", MRCGP", ", LPN", " (pharmacist)", ", referral coordinator"). A name written in one piece
//    is one span in the record's order:
//    Sudanese chains of given, father's and grandfather's names ("Amna Babiker Elsheikh"),
//    Mauritanian names with "ould" and "mint" and the father's name ("Mariem mint Cheikh", inside),
//    Bahraini given, father's and family names, Catalan and Cabo Verdean double surnames, Greek
//    Cypriot names in Greek script ("Ανδρέας Γεωργίου") and Latin, Gabonese compound names ("Nze
//    Obiang"), family names first in registers ("OUÉDRAOGO Aminata"), capitals, lower case,
//    inverted, initials; a given name, a family name or a father's name alone is a name. A name
//    misread by OCR is one span as the scan wrote it.
//  * Everyone named is PHI: patients, relatives, attorneys and witnesses, other patients on a
//    recall or registry list, and all staff (GPs, practice nurses, receptionists, district nurses,
//    pharmacists, coroners' officers, registrars of deaths).
//  * Dates: the date only; a weekday or time next to it is outside. Every form is a date: US, ISO,
//    YYYYMMDD in machine formats and CSV, day/month and month/day in chats, dots, slashes, dashes;
//    month names in English, French, Portuguese, Arabic (the Gulf and Maghreb names), Sesotho,
//    siSwati, Seselwa, Bislama, Gilbertese, Greenlandic, Danish, Faroese, Catalan ("15 d'abril de
//    2024", one span), German, Italian, Greek (genitive, "15 Μαρτίου 2024"), Turkish, Albanian,
//    Dutch and Papiamentu; Hijri dates in Bahrain ("5 رمضان 1445", the "هـ" after it outside),
//    always with ASCII digits. Not PHI: years alone, times, durations, "review in 3 months".
//  * Ages: a span only over 89, the number only, or its English words in dictations and chats
//    ("ninety-two"); a relative's age over 89 too.
//  * Phones: every phone number of a person is a phone span, national and international; the
//    seven-digit numbers of the Gambia, the Comoros, Seychelles, Cabo Verde, São Tomé, Vanuatu,
//    the Solomon Islands, Curaçao, Aruba and local numbers of Barbados and the Bahamas included.
//    Greenland, the Faroes and Andorra have six-digit numbers: they are written here with their
//    country code ("+299 32 14 56"). Numbers labelled fax are "fax". A practice's own number on its
//    letterhead or signature, a service's public number (an out-of-hours line, a screening hotline)
//    and extensions are not PHI (JUDGEMENT CALL: an organisation's number, like its mailbox); a
//    GP's or nurse's own mobile given to a patient is a phone span.
//  * Identifiers, by the families' rule that a number keying one person's records is "mrn", an
//    identity document's number "license", insurance "health_plan", bills and cases "account":
//    - "mrn": practice, hospital and registry numbers of a patient; personal numbers of a
//      population register apart from an identity card (JUDGEMENT CALL: they key every record of
//      the person): the Libyan national number, the Sudanese national number, the Mauritanian
//      NNI, the Eswatini PIN, the Seychelles NIN, the Greenlandic CPR number and the Faroese
//      p-tal, the Kosovo personal number, the Barbados national registration number, the Curaçao
//      and Aruba sedula (person) numbers; an HL7 PID-3 patient identifier of any type "MR" or "PI".
//    - "license": identity cards and passports: the Bahraini CPR card (JUDGEMENT CALL: the number
//      of the smart card), Burkinabè CNIB, Gambian, Gabonese, Comorian, Lesotho, Cabo Verdean,
//      Santomean, Vanuatu, Cypriot and Turkish Cypriot identity cards, passports, driving
//      licences; a named doctor's or pharmacist's registration number.
//    - "health_plan": the Liechtenstein AHV number (JUDGEMENT CALL: the insurance card runs on
//      it) and insurance cards, San Marino ISS numbers, the Andorran CASS, Cyprus GESY, the
//      Bahamas NIB and NHI numbers, Barbados NIS (JUDGEMENT CALL: it pays the sick notes), Aruba
//      AZV and Curaçao SVB numbers, Cabo Verde's INPS, Gabon's CNAMGS, Burkina's AMU, Bahrain's
//      Sehati card, private policies, Medicare MBIs and member ids, an HL7 IN1 policy number.
//    - "account": bills, invoices and claim numbers of one patient, an HL7 PV1-19 visit number and
//      a PID-18 patient account number (JUDGEMENT CALL: they key one encounter's bill), a
//      guarantor's number (GT1-2),
//      a coroner's or prosecutor's case number about one patient, a patient's bank account or IBAN.
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of devices of one patient (insulin pumps, CGM transmitters, glucose
//      meters lent by the practice, home CPAP, pacemakers, hearing aids, blood-pressure monitors
//      lent for home readings); the "SN " or "S/N " before them outside. Not PHI: models, REF
//      and LOT numbers of vaccines and devices, expiry dates of products.
//    - "vehicle": plates and VINs of a patient's or relative's vehicle (disabled parking badges,
//      home-visit notes, a Greenlandic snowmobile's plate). Not PHI: the practice's car and
//      ambulance fleet numbers.
//    - Not PHI: the practice's own codes and numbers (practice codes, HL7 sending facility ids,
//      OIDs, registration numbers of the practice), message control ids, drug, LOINC, SNOMED CT,
//      ICD-10 and ICPC-2 codes, doses, lab values, room and extension numbers.
//  * Addresses: every address of a person is an "address" span in the country's order, with
//    flat, block, road and postcode inside when on one line (the Bahraini "Flat 12, Building
//    345, Road 2410, Block 324", the Barbadian "BB17004", the Andorran "AD500", the Faroese "FO-100"
//    inside, and a person's PO box, "Postboks 169, 3952 Ilulissat", too); a village, island or
//    town alone where a person lives is an address; a US ZIP is its
//    own "zip" span. A practice's own address on its letterhead is not PHI.
//  * URLs are one span with path and query; e-mails one span each (a "mailto:" before it outside);
//    IPv4 and IPv6 of a person's session are "ip".
//  * Some templates are written in lower case and some in capitals; the spans are the same. Like
//    every seed, about 8% of notes are then upper-cased whole by the shared builder.
#include "corpus_thirty_fourth_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace concord::phi::corpus {

namespace {

enum class L { us, bh, ly, sd, mr, bf, gm, ga, ls, sz, km, sc, cv, st, vu, sb, ki, gl, fo, ad, li, sm, cy, ct, xk, bb, bs, cw };
constexpr std::size_t kLands = 28;

// ---------------------------------------------------------------------------------------------
// Name pools: a Latin spelling and the country's own script where it has one ("nat"). The first
// four given names are women's.
struct Nm {
  std::string_view lat, nat = {};
};

constexpr Nm kG_us[] = {{"Brittany"}, {"Darlene"}, {"Yesenia"}, {"Kathleen"}, {"Cody"}, {"Terrence"}, {"Raymond"}, {"Luis"}};
constexpr Nm kF_us[] = {{"Kowalski"}, {"Yazzie"}, {"Haddad"}, {"Fitzgerald"}, {"Okonkwo"}, {"Brandt"}};
constexpr Nm kG_bh[] = {{"Fatema", "فاطمة"}, {"Zainab", "زينب"}, {"Maryam", "مريم"}, {"Noof", "نوف"},
                        {"Ali", "علي"}, {"Hussain", "حسين"}, {"Yusuf", "يوسف"}, {"Salman", "سلمان"}};
constexpr Nm kF_bh[] = {{"Al-Aradi", "العرادي"}, {"Al-Jishi", "الجشي"}, {"Buhiji", "بوحجي"}, {"Al-Mannai", "المناعي"}, {"Al-Dosari", "الدوسري"}, {"Kanoo", "كانو"}};
constexpr Nm kP_bh[] = {{"Abdulla", "عبدالله"}, {"Jassim", "جاسم"}, {"Hasan", "حسن"}, {"Ebrahim", "إبراهيم"}};
constexpr Nm kG_ly[] = {{"Asma", "أسماء"}, {"Hana", "هناء"}, {"Najwa", "نجوى"}, {"Rabia", "ربيعة"},
                        {"Omar", "عمر"}, {"Tarek", "طارق"}, {"Khaled", "خالد"}, {"Mustafa", "مصطفى"}};
constexpr Nm kF_ly[] = {{"Al-Misrati", "المصراتي"}, {"Ben Ghalbon", "بن غلبون"}, {"Al-Warfalli", "الورفلي"}, {"Zlitni", "الزليتني"}, {"Al-Obeidi", "العبيدي"}, {"Shaglouf", "شقلوف"}};
constexpr Nm kP_ly[] = {{"Mohamed", "محمد"}, {"Salem", "سالم"}, {"Abdelsalam", "عبدالسلام"}, {"Ramadan", "رمضان"}};
constexpr Nm kG_sd[] = {{"Amna", "آمنة"}, {"Hawa", "حواء"}, {"Nafisa", "نفيسة"}, {"Samia", "سامية"},
                        {"Osman", "عثمان"}, {"Babiker", "بابكر"}, {"Elfatih", "الفاتح"}, {"Musa", "موسى"}};
constexpr Nm kP_sd[] = {{"Abdelrahim", "عبدالرحيم"}, {"Elsheikh", "الشيخ"}, {"Hamad", "حمد"}, {"Elamin", "الأمين"}, {"Idris", "إدريس"}};
constexpr Nm kG_mr[] = {{"Mariem", "مريم"}, {"Aichetou", "عيشة"}, {"Khadijetou", "خديجة"}, {"Vatimetou", "فاطمة"},
                        {"Mohamed Lemine", "محمد الأمين"}, {"Sidi Mohamed", "سيدي محمد"}, {"Cheikhna", "الشيخنا"}, {"Ahmedou", "أحمدو"}};
constexpr Nm kP_mr[] = {{"Cheikh", "الشيخ"}, {"Ahmed", "أحمد"}, {"Sidi", "سيدي"}, {"Abdallahi", "عبد الله"}, {"Brahim", "إبراهيم"}};
constexpr Nm kG_bf[] = {{"Aminata"}, {"Salimata"}, {"Rasmata"}, {"Awa"}, {"Issouf"}, {"Boukary"}, {"Souleymane"}, {"Hamidou"}};
constexpr Nm kF_bf[] = {{"Ouédraogo"}, {"Sawadogo"}, {"Zongo"}, {"Ilboudo"}, {"Nikiéma"}, {"Kiemtoré"}};
constexpr Nm kG_gm[] = {{"Fatou"}, {"Isatou"}, {"Binta"}, {"Mariama"}, {"Lamin"}, {"Ebrima"}, {"Modou"}, {"Alieu"}};
constexpr Nm kF_gm[] = {{"Jallow"}, {"Ceesay"}, {"Touray"}, {"Njie"}, {"Bojang"}, {"Sanneh"}};
constexpr Nm kG_ga[] = {{"Nadège"}, {"Prisca"}, {"Clarisse"}, {"Gisèle"}, {"Landry"}, {"Ulrich"}, {"Brice"}, {"Guy-Roger"}};
constexpr Nm kF_ga[] = {{"Ndong"}, {"Mba"}, {"Nze Obiang"}, {"Moussavou"}, {"Mabika"}, {"Nguema"}};
constexpr Nm kG_ls[] = {{"Palesa"}, {"Lineo"}, {"Mamello"}, {"Ntsoaki"}, {"Thabo"}, {"Teboho"}, {"Tšepo"}, {"Motlatsi"}};
constexpr Nm kF_ls[] = {{"Mokhothu"}, {"Ramokoena"}, {"Molapo"}, {"Sekhesa"}, {"Thamae"}, {"Lebona"}};
constexpr Nm kG_sz[] = {{"Nomsa"}, {"Thandeka"}, {"Siphiwe"}, {"Lindiwe"}, {"Sibusiso"}, {"Mandla"}, {"Bongani"}, {"Sifiso"}};
constexpr Nm kF_sz[] = {{"Dlamini"}, {"Mamba"}, {"Simelane"}, {"Shongwe"}, {"Nxumalo"}, {"Magagula"}};
constexpr Nm kG_km[] = {{"Nadjma"}, {"Faïza"}, {"Echati"}, {"Moinaécha"}, {"Said"}, {"Ahamada"}, {"Ibrahim"}, {"Abdou"}};
constexpr Nm kF_km[] = {{"Msaidié"}, {"Halidi"}, {"Soilihi"}, {"Mzé"}, {"Abdallah"}, {"Toybou"}};
constexpr Nm kG_sc[] = {{"Marie-France"}, {"Jeanine"}, {"Vivianne"}, {"Sandra"}, {"Jean-Paul"}, {"Danny"}, {"Bernard"}, {"Ralph"}};
constexpr Nm kF_sc[] = {{"Hoareau"}, {"Payet"}, {"Labiche"}, {"Pillay"}, {"Esparon"}, {"Jules"}};
constexpr Nm kG_cv[] = {{"Maria de Lurdes"}, {"Ivone"}, {"Carla"}, {"Djenifer"}, {"Djone"}, {"Adilson"}, {"Edmilson"}, {"Nelson"}};
constexpr Nm kF_cv[] = {{"Tavares"}, {"Semedo"}, {"Monteiro"}, {"Varela"}, {"Lopes"}, {"Fortes"}};
constexpr Nm kG_st[] = {{"Nilsa"}, {"Elisângela"}, {"Raquel"}, {"Sandrina"}, {"Aldo"}, {"Wando"}, {"Hélder"}, {"Gualter"}};
constexpr Nm kF_st[] = {{"Neto"}, {"Ceita"}, {"Pontes"}, {"Bandeira"}, {"Afonso"}, {"Lima"}};
constexpr Nm kG_vu[] = {{"Leiwia"}, {"Elsie"}, {"Roslyn"}, {"Mary-Jane"}, {"Kalo"}, {"Jimmy"}, {"Tari"}, {"Willie"}};
constexpr Nm kF_vu[] = {{"Tabi"}, {"Kalsakau"}, {"Molisa"}, {"Vira"}, {"Natuman"}, {"Toka"}};
constexpr Nm kG_sb[] = {{"Lynette"}, {"Ruth"}, {"Alice"}, {"Doreen"}, {"Selwyn"}, {"Peter"}, {"Henry"}, {"Jezreel"}};
constexpr Nm kF_sb[] = {{"Maeta"}, {"Tuhaika"}, {"Riumana"}, {"Oge"}, {"Kwaiga"}, {"Ramoifuila"}};
constexpr Nm kG_ki[] = {{"Teretia"}, {"Tinaai"}, {"Meere"}, {"Toaea"}, {"Tebwe"}, {"Ioane"}, {"Taabo"}, {"Kaboua"}};
constexpr Nm kF_ki[] = {{"Teiwaki"}, {"Tekeeua"}, {"Bauro"}, {"Kirata"}, {"Kaiea"}, {"Tebano"}};
constexpr Nm kG_gl[] = {{"Aviaja"}, {"Naja"}, {"Nivi"}, {"Arnaq"}, {"Malik"}, {"Inuk"}, {"Aputsiaq"}, {"Hans Peter"}};
constexpr Nm kF_gl[] = {{"Kleist"}, {"Lynge"}, {"Petersen"}, {"Berthelsen"}, {"Olsen"}, {"Kristiansen"}};
constexpr Nm kG_fo[] = {{"Rannvá"}, {"Sólja"}, {"Guðrun"}, {"Bjørk"}, {"Rógvi"}, {"Heðin"}, {"Jógvan"}, {"Bárður"}};
constexpr Nm kF_fo[] = {{"Joensen"}, {"Poulsen"}, {"Dam"}, {"í Líð"}, {"Jacobsen"}, {"við Stein"}};
constexpr Nm kG_ad[] = {{"Meritxell"}, {"Montserrat"}, {"Núria"}, {"Laia"}, {"Jordi"}, {"Xavier"}, {"Pere"}, {"Marc"}};
constexpr Nm kF_ad[] = {{"Font"}, {"Riba"}, {"Martí"}, {"Pujol"}, {"Cerqueda"}, {"Naudi"}};
constexpr Nm kG_li[] = {{"Sabine"}, {"Corinne"}, {"Yvonne"}, {"Brigitte"}, {"Reto"}, {"Hansjörg"}, {"Roman"}, {"Thomas"}};
constexpr Nm kF_li[] = {{"Frick"}, {"Ospelt"}, {"Büchel"}, {"Marxer"}, {"Kaiser"}, {"Hasler"}};
constexpr Nm kG_sm[] = {{"Giulia"}, {"Alessandra"}, {"Francesca"}, {"Chiara"}, {"Marino"}, {"Nicola"}, {"Pier Paolo"}, {"Gianluca"}};
constexpr Nm kF_sm[] = {{"Gasperoni"}, {"Belluzzi"}, {"Muccioli"}, {"Zonzini"}, {"Guidi"}, {"Casali"}};
constexpr Nm kG_cy[] = {{"Maria", "Μαρία"}, {"Eleni", "Ελένη"}, {"Androulla", "Ανδρούλλα"}, {"Despina", "Δέσποινα"},
                        {"Andreas", "Ανδρέας"}, {"Christos", "Χρίστος"}, {"Panayiotis", "Παναγιώτης"}, {"Kyriakos", "Κυριάκος"}};
constexpr Nm kF_cy[] = {{"Georgiou", "Γεωργίου"}, {"Charalambous", "Χαραλάμπους"}, {"Ioannou", "Ιωάννου"}, {"Constantinou", "Κωνσταντίνου"}, {"Hadjipetrou", "Χατζηπέτρου"}, {"Michael", "Μιχαήλ"}};
constexpr Nm kG_ct[] = {{"Ayşe"}, {"Emine"}, {"Hatice"}, {"Şerife"}, {"Mehmet"}, {"Hüseyin"}, {"Ahmet"}, {"Özkan"}};
constexpr Nm kF_ct[] = {{"Hasipoğlu"}, {"Özdemir"}, {"Karagözlü"}, {"Beyoğlu"}, {"Çağda"}, {"Güneşli"}};
constexpr Nm kG_xk[] = {{"Arta"}, {"Blerta"}, {"Drita"}, {"Vjosa"}, {"Arben"}, {"Besnik"}, {"Driton"}, {"Valon"}};
constexpr Nm kF_xk[] = {{"Krasniqi"}, {"Gashi"}, {"Berisha"}, {"Hoxha"}, {"Morina"}, {"Shala"}};
constexpr Nm kG_bb[] = {{"Kimberly"}, {"Shontelle"}, {"Deborah"}, {"Natalie"}, {"Dwight"}, {"Jerome"}, {"Kemar"}, {"Rodney"}};
constexpr Nm kF_bb[] = {{"Alleyne"}, {"Greaves"}, {"Holder"}, {"Gittens"}, {"Boyce"}, {"Clarke"}};
constexpr Nm kG_bs[] = {{"Tamika"}, {"LaShanda"}, {"Sherry"}, {"Deandra"}, {"Dion"}, {"Kendrick"}, {"Brent"}, {"Philip"}};
constexpr Nm kF_bs[] = {{"Rolle"}, {"Ferguson"}, {"Knowles"}, {"Moss"}, {"Cartwright"}, {"Pinder"}};
constexpr Nm kG_cw[] = {{"Shurenska"}, {"Jeanine"}, {"Gisela"}, {"Nathaly"}, {"Jurgen"}, {"Rignald"}, {"Shurendy"}, {"Giovanni"}};
constexpr Nm kF_cw[] = {{"Martina"}, {"Croes"}, {"Winklaar"}, {"Koolman"}, {"Römer"}, {"Maduro"}};

struct Pool {
  std::span<const Nm> given, family, father;
};

Pool pool34(L g) {
  switch (g) {
    case L::us: return {kG_us, kF_us, {}};
    case L::bh: return {kG_bh, kF_bh, kP_bh};
    case L::ly: return {kG_ly, kF_ly, kP_ly};
    case L::sd: return {kG_sd, {}, kP_sd};
    case L::mr: return {kG_mr, {}, kP_mr};
    case L::bf: return {kG_bf, kF_bf, {}};
    case L::gm: return {kG_gm, kF_gm, {}};
    case L::ga: return {kG_ga, kF_ga, {}};
    case L::ls: return {kG_ls, kF_ls, {}};
    case L::sz: return {kG_sz, kF_sz, {}};
    case L::km: return {kG_km, kF_km, {}};
    case L::sc: return {kG_sc, kF_sc, {}};
    case L::cv: return {kG_cv, kF_cv, {}};
    case L::st: return {kG_st, kF_st, {}};
    case L::vu: return {kG_vu, kF_vu, {}};
    case L::sb: return {kG_sb, kF_sb, {}};
    case L::ki: return {kG_ki, kF_ki, {}};
    case L::gl: return {kG_gl, kF_gl, {}};
    case L::fo: return {kG_fo, kF_fo, {}};
    case L::ad: return {kG_ad, kF_ad, {}};
    case L::li: return {kG_li, kF_li, {}};
    case L::sm: return {kG_sm, kF_sm, {}};
    case L::cy: return {kG_cy, kF_cy, {}};
    case L::ct: return {kG_ct, kF_ct, {}};
    case L::xk: return {kG_xk, kF_xk, {}};
    case L::bb: return {kG_bb, kF_bb, {}};
    case L::bs: return {kG_bs, kF_bs, {}};
    case L::cw: return {kG_cw, kF_cw, {}};
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
  const Pool p = pool34(g);
  Person q;
  const Nm& gv = p.given[r.next() % p.given.size()];
  q.female = &gv - p.given.data() < 4;
  q.given = std::string(gv.lat);
  q.nGiven = orLat(gv.nat, gv.lat);
  if (!p.family.empty()) {
    const Nm& f = p.family[r.next() % p.family.size()];
    q.family = std::string(f.lat);
    q.nFamily = orLat(f.nat, f.lat);
    if (g == L::ad || g == L::cv || g == L::st) {  // a second surname
      const Nm& f2 = p.family[r.next() % p.family.size()];
      if (f2.lat != f.lat) q.family2 = std::string(f2.lat);
    }
  }
  if (!p.father.empty()) {
    const Nm& fa = p.father[r.next() % p.father.size()];
    const Nm* gr = &p.father[r.next() % p.father.size()];
    if (gr == &fa) gr = &p.father[(static_cast<std::size_t>(gr - p.father.data()) + 1) % p.father.size()];
    q.father = std::string(fa.lat);
    q.nFather = orLat(fa.nat, fa.lat);
    q.grand = std::string(gr->lat);
    q.nGrand = orLat(gr->nat, gr->lat);
  }
  return q;
}

std::string upper34(std::string s) { return recaseUtf8(std::move(s), true); }
std::string lower34(std::string s) { return recaseUtf8(std::move(s), false); }
std::string firstLetter(const std::string& s) {
  const auto c = static_cast<unsigned char>(s[0]);
  return s.substr(0, c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
}

std::string surnames(const Person& p) { return p.family2.empty() ? p.family : p.family + " " + p.family2; }

// The name as running text and signatures write it.
std::string runningName(const Person& p, L g) {
  switch (g) {
    case L::sd: return p.given + " " + p.father + " " + p.grand;
    case L::mr: return p.given + (p.female ? " mint " : " ould ") + p.father;
    case L::bh: return p.given + " " + p.father + " " + p.family;
    default: return p.family.empty() ? p.given : p.given + " " + surnames(p);
  }
}

// The register form: family name first in capitals where registers write it so.
std::string registerName(const Person& p, L g) {
  switch (g) {
    case L::sd: case L::mr: case L::bh: return upper34(runningName(p, g));
    default: return upper34(surnames(p)) + " " + p.given;
  }
}

std::string nativeName(const Person& p, L g) {
  switch (g) {
    case L::bh: return p.nGiven + " " + p.nFather + " " + p.nFamily;
    case L::ly: return p.nGiven + " " + p.nFather + " " + p.nFamily;
    case L::sd: return p.nGiven + " " + p.nFather + " " + p.nGrand;
    case L::mr: return p.nGiven + (p.female ? " بنت " : " ولد ") + p.nFather;
    case L::cy: return p.nGiven + " " + p.nFamily;
    default: return runningName(p, g);
  }
}

// The family part of a machine record: the family name, or the father's (and grandfather's) name
// where there is none.
std::string familyPart(const Person& p, L g) {
  if (g == L::sd) return p.father + " " + p.grand;
  if (!p.family.empty()) return surnames(p);
  return p.father;
}

// Name forms: full, up, low, given, lgiven, fam, inv, ini, reg, nat, nfam, ngiven, father, ocr.
std::string nameForm(Random& r, const Person& p, L g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "up", "ini", "reg", "full", "nat"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return runningName(p, g);
  if (f == "up") return upper34(runningName(p, g));
  if (f == "low") return lower34(runningName(p, g));
  if (f == "given") return p.given;
  if (f == "lgiven") return lower34(p.given);
  if (f == "fam") return familyPart(p, g);
  if (f == "ufam") return upper34(familyPart(p, g));
  if (f == "reg") return registerName(p, g);
  if (f == "nat") return nativeName(p, g);
  if (f == "nfam") return p.nFamily.empty() ? p.nFather : p.nFamily;
  if (f == "ngiven") return p.nGiven;
  if (f == "father") return p.father.empty() ? p.family : p.father;
  if (f == "ocr") {  // a scan's misreading in capitals: M read as IVI (as RN inside a word), else E as F
    std::string v = upper34(runningName(p, g));
    if (const std::size_t k = v.find('M'); k != std::string::npos) {
      const bool inside = k > 0 && v[k - 1] >= 'A' && v[k - 1] <= 'Z';
      v.replace(k, 1, inside && r.chance(0.5) ? "RN" : "IVI");
    } else if (const std::size_t e = v.find('E'); e != std::string::npos) {
      v[e] = 'F';
    } else if (const std::size_t o = v.find('O'); o != std::string::npos) {
      v[o] = 'D';
    }
    return v;
  }
  if (f == "inv") {
    if (g == L::mr) return upper34(p.given) + ", " + (p.female ? "mint " : "ould ") + p.father;
    if (g == L::sd) return upper34(p.grand) + ", " + p.given + " " + p.father;
    if (g == L::bh) return upper34(p.family) + ", " + p.given + " " + p.father;
    return upper34(surnames(p)) + ", " + p.given;
  }
  if (f == "ini") {
    if (p.family.empty()) return runningName(p, g);
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

// A country's shapes: phones (national, international), addresses written in one piece, the parts
// of an address for machine records (street line, towns, postcode), identifiers, plates, date
// styles, forms of address, the doctor's title and the language of its relation words.
struct Land {
  std::array<std::string_view, 2> phoneNat, phoneIntl;
  std::array<std::string_view, 4> addresses;
  std::array<std::string_view, 2> towns;
  std::string_view street, post, cc;
  std::string_view idCategory, id, idCard, passport, insurance, plate;
  std::array<std::string_view, 3> dateStyles;
  std::string_view hisF, hisM, doctor, language;
};

// clang-format off
const Land kLand[kLands] = {
  // us
  {{"(&##) &##-####", "&##-&##-####"}, {"+1 &##-&##-####", "+1 &## &## ####"},
   {"", "", "", ""}, {"Bemidji, MN", "Chinle, AZ"}, "", "", "US",
   "ssn", "", "", "5########", "", "#@@@###", {"mdy", "long", "mdy"}, "Ms.", "Mr.", "Dr.", "en"},
  // bh
  {{"3### ####", "17## ####"}, {"+973 3### ####", "+973 17## ####"},
   {"Flat %#, Building %##, Road %###, Block %##, Isa Town", "House %##, Road %##, Block %##, Riffa", "Villa %##, Road %###, Block %##, Saar", "شقة %#، مبنى %##، طريق %###، مجمع %##، المنامة"},
   {"Muharraq", "Sitra"}, "Building %##, Road %###, Block %##", "", "BH",
   "license", "*bhcpr", "", "%#######", "SH-########", "%#####", {"dmy", "are", "hij"}, "Ms.", "Mr.", "Dr.", "ar"},
  // ly
  {{"091-#######", "092 ### ####"}, {"+218 91 ### ####", "+218 92-#######"},
   {"Hay Al-Andalus, Gargaresh Street, house %#, Tripoli", "Benghazi, Al-Fuwayhat, near the Al-Tahrir mosque, house %##", "طرابلس، سوق الجمعة، شارع %#، منزل %#", "Misrata, Al-Ghiran district, house %##"},
   {"Zliten", "Sabha"}, "Gargaresh Street, house %#", "", "LY",
   "mrn", "*lynn", "", "@#######", "LIC-######", "%-#####", {"dmy", "are", "dmy"}, "Ms.", "Mr.", "Dr.", "ar"},
  // sd
  {{"091 ### ####", "012 ### ####"}, {"+249 91 ### ####", "+249 12 ### ####"},
   {"Block %#, house %##, Al-Riyadh, Khartoum", "Omdurman, Al-Thawra, Block %#, house %##", "الخرطوم بحري، الصافية، مربع %#، منزل %##", "Port Sudan, Deim Al-Arab, house %##"},
   {"Wad Madani", "Kassala"}, "Block %#, house %##, Al-Riyadh", "", "SD",
   "mrn", "###########", "", "P0#######", "NHIF-########", "@@ ####", {"dmy", "are", "dash"}, "Ms.", "Mr.", "Dr.", "ar"},
  // mr
  {{"2# ## ## ##", "4# ## ## ##"}, {"+222 2# ## ## ##", "+222 3# ## ## ##"},
   {"Tevragh Zeina, îlot %, lot %##, Nouakchott", "Ksar, secteur %, maison %##, Nouakchott", "نواكشوط، تفرغ زينة، قطعة %##", "Nouadhibou, quartier Numérowatt, maison %#"},
   {"Rosso", "Atar"}, "Tevragh Zeina, îlot %, lot %##", "", "MR",
   "mrn", "%#########", "", "M#######", "CNAM-#######", "#### @@ ##", {"dmy", "fr", "arm"}, "Mme", "M.", "Dr", "fr"},
  // bf
  {{"70 ## ## ##", "76 ## ## ##"}, {"+226 70 ## ## ##", "+226 65 ## ## ##"},
   {"Secteur %#, Ouaga 2000, parcelle %##, Ouagadougou", "Quartier Dapoya, rue %#.%#, porte %##, Ouagadougou", "Bobo-Dioulasso, secteur %#, lot %##", "Koudougou, secteur %, près du marché, parcelle %#"},
   {"Ouahigouya", "Banfora"}, "Secteur %#, parcelle %##", "", "BF",
   "license", "B%#######", "", "B%#######", "AMU-########", "%# @@ ####", {"dmy", "fr", "dmy"}, "Mme", "M.", "Dr", "fr"},
  // gm
  {{"7## ####", "3## ####"}, {"+220 7## ####", "+220 3## ####"},
   {"%# Kairaba Avenue, Serrekunda", "Compound %#, Bakau New Town, Kanifing", "%# Mosque Road, Brikama", "Lamin Village, compound %#, West Coast Region"},
   {"Farafenni", "Basse Santa Su"}, "%# Kairaba Avenue", "", "GM",
   "license", "%#######", "", "PC######", "NHIS-######", "@@ #### @", {"dmy", "enth", "en"}, "Mrs", "Mr", "Dr", "en"},
  // ga
  {{"06 ## ## ##", "07 ## ## ##"}, {"+241 6# ## ## ##", "+241 7# ## ## ##"},
   {"Quartier Louis, BP %###, Libreville", "Akébé-Plaine, derrière l'école publique, Libreville", "Port-Gentil, quartier Balise, maison %#", "Franceville, quartier Potos, BP %##"},
   {"Lambaréné", "Oyem"}, "Quartier Louis, BP %###", "", "GA",
   "license", "%#########", "", "%#@@#####", "##########", "%### @ G%", {"dmy", "fr", "dmy"}, "Mme", "M.", "Dr", "fr"},
  // ls
  {{"5### ####", "6### ####"}, {"+266 5### ####", "+266 6### ####"},
   {"Ha Abia, Maseru 100", "Plot %##, Upper Thamae, Maseru", "Ha Mohale, Leribe District", "Mafeteng, Ha Ramokoena, house %#"},
   {"Teyateyaneng", "Mokhotlong"}, "Plot %##, Upper Thamae", "%##", "LS",
   "license", "##########", "", "RA######", "LNHI-######", "@ ####", {"dmy", "en", "st"}, "'M'e", "Ntate", "Dr", "en"},
  // sz
  {{"76## ####", "78## ####"}, {"+268 76## ####", "+268 79## ####"},
   {"Plot %##, Fairview North, Mbabane H100", "Manzini, Ngwane Park, house %##", "Lobamba, KaBhudla, homestead %#", "Siteki, Mafutseni Road, plot %#"},
   {"Nhlangano", "Piggs Peak"}, "Plot %##, Fairview North", "H%##", "SZ",
   "mrn", "*szpin", "", "@######", "PHI/###/####", "@S% ### @@", {"dmy", "en", "ss"}, "Make", "Babe", "Dr", "en"},
  // km
  {{"3## ## ##", "4## ## ##"}, {"+269 3## ## ##", "+269 4## ## ##"},
   {"Moroni, quartier Coulée, maison %#", "Mutsamudu, Anjouan, quartier Hampanga", "Fomboni, Mohéli, près de la mosquée", "Mitsamiouli, Grande Comore, maison %##"},
   {"Domoni", "Mbéni"}, "Quartier Coulée, maison %#", "", "KM",
   "license", "NIN%#######", "", "%######", "AMU-KM-######", "%### @@ ##", {"dmy", "fr", "dmy"}, "Mme", "M.", "Dr", "fr"},
  // sc
  {{"2 5## ###", "2 7## ###"}, {"+248 2 5## ###", "+248 2 7# ## ##"},
   {"Anse Royale, Mahé", "Mont Fleuri, Victoria, Mahé", "Baie Sainte Anne, Praslin", "La Passe, La Digue"},
   {"Beau Vallon", "Takamaka"}, "Mont Fleuri", "", "SC",
   "mrn", "%##-####-%-%-##", "", "S#######", "SSF-#######", "S ####", {"dmy", "en", "crs"}, "Mrs", "Mr", "Dr", "en"},
  // cv
  {{"9## ## ##", "5## ## ##"}, {"+238 9## ## ##", "+238 5## ## ##"},
   {"Achada Santo António, Rua %#, Praia", "Mindelo, São Vicente, Rua de Lisboa nº %#", "Espargos, Ilha do Sal, casa %##", "Assomada, Santa Catarina, Santiago"},
   {"Tarrafal", "Porto Novo"}, "Achada Santo António, Rua %#", "", "CV",
   "license", "%######", "", "@@######", "INPS-#######", "ST-##-@@", {"dmy", "pt", "dash"}, "D.", "Sr.", "Dr.", "pt"},
  // st
  {{"99# ####", "98# ####"}, {"+239 99# ####", "+239 98# ####"},
   {"Bairro Quinta de Santo António, casa %#, São Tomé", "Trindade, Mé-Zóchi, casa %##", "Santo António, Ilha do Príncipe", "Guadalupe, Lobata, casa %#"},
   {"Neves", "Santana"}, "Bairro Quinta de Santo António, casa %#", "", "ST",
   "license", "%######", "", "@######", "INSS-ST-######", "@-## ###", {"dmy", "pt", "dmy"}, "Sra.", "Sr.", "Dr.", "pt"},
  // vu
  {{"77#####", "55#####"}, {"+678 77#####", "+678 54#####"},
   {"Nambatu area, Port Vila, Efate", "Freshwota 4, Port Vila", "Luganville, Santo, Pepsi area", "Lenakel, Tanna"},
   {"Isangel", "Lakatoro"}, "Nambatu area", "", "VU",
   "license", "V%######", "", "RV######", "######", "PV ####", {"dmy", "en", "bi"}, "Mrs", "Mr", "Dr", "en"},
  // sb
  {{"74#####", "75#####"}, {"+677 74#####", "+677 78#####"},
   {"Kukum, Honiara, Guadalcanal", "Mbokona, Honiara", "Auki, Malaita Province", "Gizo, Western Province"},
   {"Tulagi", "Munda"}, "Kukum", "", "SB",
   "license", "DL%####", "", "SB######", "NPF-######", "@ ####", {"dmy", "en", "dmy"}, "Mrs", "Mr", "Dr", "en"},
  // ki
  {{"730#####", "731#####"}, {"+686 730#####", "+686 731#####"},
   {"Bikenibeu, South Tarawa", "Betio, South Tarawa", "Tabwakea, Kiritimati", "Buota village, North Tarawa"},
   {"Abaiang", "Butaritari"}, "Bikenibeu", "", "KI",
   "mrn", "TCH%####", "", "K######", "KPF-######", "T ####", {"dmy", "en", "gil"}, "Nei", "Mr", "Dr", "en"},
  // gl
  {{"+299 ## ## ##", "00299 ## ## ##"}, {"+299 5# ## ##", "+299 3# ## ##"},
   {"Aqqusinersuaq %#, 3900 Nuuk", "Qernertunnguit %#, 3900 Nuuk", "B-%##, 3911 Sisimiut", "Postboks %##, 3952 Ilulissat"},
   {"Tasiilaq", "Qaqortoq"}, "Aqqusinersuaq %#", "39##", "GL",
   "mrn", "*dkcpr", "", "%########", "######", "GR ## ###", {"dash", "kl", "da"}, "Fru", "Hr.", "Dr.", "da"},
  // fo
  {{"+298 ## ## ##", "00298 ## ## ##"}, {"+298 2# ## ##", "+298 5# ## ##"},
   {"Niels Finsens gøta %#, FO-100 Tórshavn", "Vágsvegur %#, FO-900 Vágur", "Undir Hellunum %#, FO-700 Klaksvík", "Gøtuvegur %#, FO-510 Gøta"},
   {"Runavík", "Sørvágur"}, "Niels Finsens gøta %#", "FO-%##", "FO",
   "mrn", "*fopt", "", "%########", "HT-######", "@@ ###", {"dot", "fo", "dot"}, "Fr.", "Hr.", "Dr.", "da"},
  // ad
  {{"+376 3## ###", "+376 6## ###"}, {"+376 3## ###", "00376 8## ###"},
   {"Carrer Major %#, AD500 Andorra la Vella", "Avinguda Meritxell %##, 2n 1a, AD500 Andorra la Vella", "Carretera General %#, AD400 La Massana", "Edifici Roc Blanc, %# 3r, AD700 Escaldes-Engordany"},
   {"Canillo", "Ordino"}, "Carrer Major %#", "AD%00", "AD",
   "license", "@######", "", "@######", "%#####-#", "@####", {"dmy", "ca", "dot"}, "Senyora", "Senyor", "Dr.", "ca"},
  // li
  {{"### ## ##", "### ## ##"}, {"+423 ### ## ##", "+423 7## ## ##"},
   {"Landstrasse %##, 9490 Vaduz", "Im Bretscha %#, 9494 Schaan", "Feldkircher Strasse %#, 9495 Triesen", "Haldenstrasse %#, 9487 Gamprin-Bendern"},
   {"Balzers", "Eschen"}, "Landstrasse %##", "94##", "LI",
   "health_plan", "*ahv", "", "@#######", "807560########", "FL %####", {"dot", "de", "dot"}, "Frau", "Herr", "Dr.", "de"},
  // sm
  {{"0549 ######", "66 ## ## ##"}, {"+378 66 ## ## ##", "+378 68 ## ## ##"},
   {"Via del Serrone %#, 47890 San Marino", "Strada di Paderna %#, 47895 Domagnano", "Via III Settembre %##, 47891 Dogana", "Via Ca' dei Lunghi %#, 47893 Borgo Maggiore"},
   {"Fiorentino", "Montegiardino"}, "Via del Serrone %#", "4789%", "SM",
   "health_plan", "######", "@@ #######", "@@#######", "SM######", "RSM @####", {"dmy", "it", "dot"}, "Sig.ra", "Sig.", "Dott.", "it"},
  // cy
  {{"99 ######", "97 ######"}, {"+357 99 ######", "+357 96 ######"},
   {"Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' %#, 1065 Λευκωσία", "Agias Fylaxeos %##, 3083 Limassol", "Οδός Ερμού %#, Διαμ. %#, 6021 Λάρνακα", "Apostolou Pavlou %#, 8046 Paphos"},
   {"Paralimni", "Kakopetria"}, "Agias Fylaxeos %##", "%###", "CY",
   "license", "%#######", "", "K%#######", "%#######", "@@@ ###", {"dmy", "el", "dot"}, "Κα", "Κ.", "Δρ", "el"},
  // ct
  {{"0533 ### ## ##", "0542 ### ## ##"}, {"+90 533 ### ## ##", "+90 542 ### ## ##"},
   {"Mehmet Akif Caddesi No. %#, Lefkoşa", "Ziya Rızkı Caddesi %#, Girne", "Salamis Yolu, Sakarya, Gazimağusa", "Atatürk Caddesi %#, Güzelyurt"},
   {"Lapta", "İskele"}, "Mehmet Akif Caddesi No. %#", "", "CY",
   "license", "%#########", "", "%#######", "SOS-######", "@@ ###", {"dot", "tr", "dmy"}, "Bayan", "Bay", "Dr.", "tr"},
  // xk
  {{"044 ### ###", "049 ### ###"}, {"+383 44 ### ###", "+383 49 ###-###"},
   {"Rr. Nëna Terezë nr. %#, 10000 Prishtinë", "Rr. Adem Jashari %#, 20000 Prizren", "Lagjja Dardania, hyrja %, banesa %#, Prishtinë", "Fshati Llaushë, Podujevë"},
   {"Gjakovë", "Mitrovicë"}, "Rr. Nëna Terezë nr. %#", "%0000", "XK",
   "mrn", "1#########", "%########", "P0#######", "FSSH-#######", "0% ###-@@", {"dot", "sq", "dot"}, "Znj.", "Z.", "Dr.", "sq"},
  // bb
  {{"(246) 2##-####", "246-8##-####"}, {"+1 246 4##-####", "+1-246-2##-####"},
   {"%# Rockley New Road, Christ Church BB15###", "Lot %#, Sunset Crest, St. James BB24###", "Chapel Gap, Bank Hall, St. Michael BB11###", "%# Pine Road, Belleville, St. Michael"},
   {"Speightstown", "Oistins"}, "%# Rockley New Road", "BB1####", "BB",
   "mrn", "*bbnrn", "", "@#######", "######", "@ ####", {"dmy", "enth", "en"}, "Mrs", "Mr", "Dr", "en"},
  // bs
  {{"(242) 3##-####", "242-4##-####"}, {"+1 242 5##-####", "+1-242-8##-####"},
   {"%# Soldier Road, Nassau, New Providence", "Carmichael Road, Golden Gates, Nassau", "Lot %#, Eight Mile Rock, Grand Bahama", "Dunmore Town, Harbour Island, Eleuthera"},
   {"Freeport", "Marsh Harbour"}, "%# Soldier Road", "", "BS",
   "health_plan", "%#######", "", "@#######", "N#######", "@@ ####", {"mdy", "long", "en"}, "Mrs.", "Mr.", "Dr.", "en"},
  // cw
  {{"9 5## ####", "+599 9 6## ####"}, {"+599 9 5## ####", "+297 5## ####"},
   {"Kaya Flamboyan %#, Willemstad, Curaçao", "Seru Fortuna %#, Willemstad", "Caya Betico Croes %#, Oranjestad, Aruba", "Santa Cruz %#, Aruba"},
   {"Barber", "San Nicolas"}, "Kaya Flamboyan %#", "", "CW",
   "mrn", "*sedula", "", "@@######", "SVB-#######", "@-####", {"dash", "nl", "pap"}, "Sra.", "Sr.", "Dr.", "nl"},
};
// clang-format on

const Land& land(L g) { return kLand[static_cast<std::size_t>(g)]; }

std::string phoneOf(Random& r, L g, int intl) {  // 1 international, 0 national, -1 either
  const Land& l = land(g);
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  return shape(r, (i ? l.phoneIntl : l.phoneNat)[r.next() % 2]);
}

// Seven digits: local numbers of the Gambia, the Comoros, Seychelles, Cabo Verde, São Tomé,
// Vanuatu, the Solomon Islands, Curaçao, Aruba, Barbados, the Bahamas and the US.
std::string phone7(Random& r, L g) {
  switch (g) {
    case L::gm: return shape(r, "7## ####");
    case L::km: return shape(r, "3## ## ##");
    case L::sc: return shape(r, "2 5## ###");
    case L::cv: return shape(r, "9## ## ##");
    case L::st: return shape(r, "99# ####");
    case L::vu: return shape(r, "77#####");
    case L::sb: return shape(r, "74#####");
    case L::cw: return shape(r, "5## ####");
    case L::bb: return shape(r, "4##-####");
    case L::bs: return shape(r, "3##-####");
    case L::li: return shape(r, "### ## ##");
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
constexpr Months kFr = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr Months kPt = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
constexpr Months kArE = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr Months kArM = {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr Months kSt = {"Phesekgong", "Hlakola", "Hlakubele", "Mmese", "Motsheanong", "Phupjane", "Phupu", "Phato", "Loetse", "Mphalane", "Pudungwana", "Tshitwe"};
constexpr Months kSs = {"Bhimbidvwane", "Indlovana", "Indlovu-lenkhulu", "Mabasa", "Inkhwekhweti", "Inhlaba", "Kholwane", "Ingci", "Inyoni", "Imphala", "Lweti", "Ingongoni"};
constexpr Months kCrs = {"Zanvye", "Fevriye", "Mars", "Avril", "Me", "Zen", "Zilyet", "Out", "Septanm", "Oktob", "Novanm", "Desanm"};
constexpr Months kBi = {"Jenuware", "Februari", "Maj", "Epril", "Mei", "Jun", "Julae", "Ogis", "Septemba", "Oktoba", "Novemba", "Disemba"};
constexpr Months kGil = {"Tianuari", "Beberuari", "Mati", "Eberi", "Mei", "Tune", "Turai", "Aokati", "Tebetembwa", "Okitobwa", "Nobembwa", "Ritembwa"};
constexpr Months kKl = {"januaari", "februaari", "marsi", "apriili", "maaji", "juuni", "juuli", "aggusti", "septembari", "oktobari", "novembari", "decembari"};
constexpr Months kDa = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"};
constexpr Months kFo = {"januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"};
constexpr Months kCa = {"de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost", "de setembre", "d'octubre", "de novembre", "de desembre"};
constexpr Months kDe = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr Months kIt = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"};
constexpr Months kEl = {"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"};
constexpr Months kTr = {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"};
constexpr Months kSq = {"janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"};
constexpr Months kNl = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"};
constexpr Months kPap = {"yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli", "ougùstùs", "sèptèmber", "òktober", "novèmber", "desèmber"};
constexpr Months kHijAr = {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"};

// The tabular Islamic calendar (the civil, arithmetic one printed on Gulf forms).
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
  auto dotted = [&](const Months& ms) { return d + ". " + std::string(ms[i]) + " " + y; };
  if (s == "mdy") return {mm + "/" + dd + "/" + y, ""};
  if (s == "long") return {std::string(kEn[i]) + " " + d + ", " + y, ""};
  if (s == "iso") return {y + "-" + mm + "-" + dd, ""};
  if (s == "compact") return {y + mm + dd, ""};
  if (s == "dmy") return {dd + "/" + mm + "/" + y, ""};
  if (s == "dash") return {dd + "-" + mm + "-" + y, ""};
  if (s == "dot") return {dd + "." + mm + "." + y, ""};
  if (s == "md") return {std::to_string(t.m) + "/" + d, ""};
  if (s == "dm") return {d + "/" + std::to_string(t.m), ""};
  if (s == "dmon") return {dd + "-" + std::string(kEn[i].substr(0, 3)) + "-" + y, ""};
  if (s == "en") return {named(kEn), ""};
  if (s == "enth") {
    const char* suffix = (t.d % 10 == 1 && t.d != 11) ? "st" : (t.d % 10 == 2 && t.d != 12) ? "nd" : (t.d % 10 == 3 && t.d != 13) ? "rd" : "th";
    return {d + suffix + " " + std::string(kEn[i]) + " " + y, ""};
  }
  if (s == "fr") return {t.d == 1 ? "1er " + std::string(kFr[i]) + " " + y : named(kFr), ""};
  if (s == "pt") return {d + " de " + std::string(kPt[i]) + " de " + y, ""};
  if (s == "are") return {named(kArE), ""};
  if (s == "arm") return {named(kArM), ""};
  if (s == "st") return {d + " " + std::string(kSt[i]) + " " + y, ""};
  if (s == "ss") return {d + " " + std::string(kSs[i]) + " " + y, ""};
  if (s == "crs") return {named(kCrs), ""};
  if (s == "bi") return {named(kBi), ""};
  if (s == "gil") return {named(kGil), ""};
  if (s == "kl") return {dotted(kKl), ""};
  if (s == "da") return {dotted(kDa), ""};
  if (s == "fo") return {dotted(kFo), ""};
  if (s == "ca") return {d + " " + std::string(kCa[i]) + " de " + y, ""};
  if (s == "de") return {dotted(kDe), ""};
  if (s == "it") return {named(kIt), ""};
  if (s == "el") return {named(kEl), ""};
  if (s == "tr") return {named(kTr), ""};
  if (s == "sq") return {named(kSq), ""};
  if (s == "nl") return {named(kNl), ""};
  if (s == "pap") return {d + " di " + std::string(kPap[i]) + " " + y, ""};
  if (s == "hij") {
    const auto h = hijri(t.y, t.m, t.d);
    return {std::to_string(h[2]) + " " + std::string(kHijAr[static_cast<std::size_t>(h[1] - 1)]) + " " + std::to_string(h[0]), " هـ"};
  }
  throw std::logic_error("unknown date style " + std::string(s));
}

// ---------------------------------------------------------------------------------------------
// Identifiers that are computed rather than shaped.
std::string personalNumber(Random& r, L g, const Person& p, const Date& b) {
  const std::string spec(land(g).id);
  const std::string yy = twoDigits(b.y % 100), mm = twoDigits(b.m), dd = twoDigits(b.d);
  if (spec == "*lynn") return std::string(p.female ? "2" : "1") + std::to_string(b.y) + r.digits(7);
  if (spec == "*bhcpr") return yy + mm + r.digits(5);
  if (spec == "*szpin") return yy + mm + dd + r.digits(7);
  if (spec == "*dkcpr") {  // DDMMYY-SSSS, the last digit odd for men and even for women
    const int last = r.between(0, 4) * 2 + (p.female ? 0 : 1);
    return dd + mm + yy + "-" + r.digits(3) + std::to_string(last);
  }
  if (spec == "*fopt") return dd + mm + yy + "-" + r.digits(3);
  if (spec == "*ahv") return "756." + r.digits(4) + "." + r.digits(4) + "." + r.digits(2);
  if (spec == "*bbnrn") return yy + mm + dd + "-" + r.digits(4);
  if (spec == "*sedula") return std::to_string(b.y) + mm + dd + r.digits(2);
  if (g == L::us) return shape(r, "%##-##-####");
  return shape(r, spec);
}

// ---------------------------------------------------------------------------------------------
// The cast of a patient's notes: the same for every note of one patient from one country.
struct Cast {
  L g = L::us;
  Person pt, kin;
  std::array<Person, 4> staff;  // s1 the GP, s2 a second doctor, s3 a nurse (a woman), s4 anyone (receptionist, pharmacist)
  Date born;
  int age = 60;
  std::string home, street, city, state, zip;
  std::string hStreet, hTown, hPost;  // the parts of the home address for machine records
  std::size_t rel = 0;
};

Cast castOf(std::uint64_t seed, std::size_t patientIndex, L g) {
  Random r((seed ^ 0x3434ULL) * 0xbf58476d1ce4e5b9ULL + (patientIndex + 1) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(g) * 0x94d049bb133111ebULL);
  r.next();
  Cast c;
  c.g = g;
  c.pt = drawPerson(r, g);
  do c.kin = drawPerson(r, g);
  while (c.kin.given == c.pt.given);
  if (r.chance(0.5) && !c.pt.family.empty()) {  // the same family
    c.kin.family = c.pt.family;
    c.kin.nFamily = c.pt.nFamily;
  }
  for (std::size_t k = 0; k < 4; ++k) {
    for (int tries = 0; tries < 20; ++tries) {
      c.staff[k] = drawPerson(r, g);
      bool clash = c.staff[k].given == c.pt.given || c.staff[k].given == c.kin.given || (k == 2 && !c.staff[k].female);
      for (std::size_t j = 0; j < k; ++j) clash = clash || c.staff[j].given == c.staff[k].given;
      if (!clash) break;
    }
  }
  c.age = r.chance(0.25) ? r.between(90, 104) : r.between(18, 89);
  c.born = {2025 - c.age, r.between(1, 12), r.between(1, 28)};
  static constexpr std::string_view kStreet[] = {"Lakeview Dr NE", "Navajo Route 7", "Birch Hollow Rd", "Dune Grass Ln", "County Road 12", "Harbor View Ct"};
  static constexpr std::string_view kCity[][3] = {{"Bemidji", "MN", "566"}, {"Chinle", "AZ", "865"}, {"Kodiak", "AK", "996"},
                                                  {"Hilo", "HI", "967"}, {"Key West", "FL", "330"}, {"Bar Harbor", "ME", "046"}};
  const auto& city = kCity[r.next() % std::size(kCity)];
  c.street = std::to_string(r.between(12, 9800)) + " " + std::string(r.pick(std::span<const std::string_view>(kStreet)));
  if (r.chance(0.3)) c.street += " Apt " + std::to_string(r.between(1, 60));
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
    {"fille", "épouse", "sœur", "mère", "nièce", "fils", "époux", "frère", "père", "neveu"},
    {"filha", "esposa", "irmã", "mãe", "sobrinha", "filho", "esposo", "irmão", "pai", "sobrinho"},
    {"ابنة", "زوجة", "أخت", "أم", "ابنة أخ", "ابن", "زوج", "أخ", "أب", "ابن أخ"},
    {"dochter", "echtgenote", "zus", "moeder", "nicht", "zoon", "echtgenoot", "broer", "vader", "neef"},
    {"Tochter", "Ehefrau", "Schwester", "Mutter", "Nichte", "Sohn", "Ehemann", "Bruder", "Vater", "Neffe"},
    {"figlia", "moglie", "sorella", "madre", "nipote", "figlio", "marito", "fratello", "padre", "nipote"},
    {"κόρη", "σύζυγος", "αδελφή", "μητέρα", "ανιψιά", "γιος", "σύζυγος", "αδελφός", "πατέρας", "ανιψιός"},
    {"kızı", "eşi", "kız kardeşi", "annesi", "yeğeni", "oğlu", "eşi", "erkek kardeşi", "babası", "yeğeni"},
    {"vajza", "bashkëshortja", "motra", "nëna", "mbesa", "djali", "bashkëshorti", "vëllai", "babai", "nipi"},
    {"filla", "esposa", "germana", "mare", "neboda", "fill", "marit", "germà", "pare", "nebot"},
    {"datter", "hustru", "søster", "mor", "niece", "søn", "ægtemand", "bror", "far", "nevø"},
};

std::string relationWord(L g, std::size_t k) {
  const std::string_view lang = land(g).language;
  const std::size_t row = lang == "fr" ? 1 : lang == "pt" ? 2 : lang == "ar" ? 3 : lang == "nl" ? 4 : lang == "de" ? 5 : lang == "it" ? 6
                          : lang == "el" ? 7 : lang == "tr" ? 8 : lang == "sq" ? 9 : lang == "ca" ? 10 : lang == "da" ? 11 : 0;
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
  std::string pid, card, pass, mrn, reg;  // written again the same within a note
  Date last;
  std::string lastPhone;
};

std::string cased(const Note& n, std::string s) {
  return n.mode == Mode::lower ? lower34(std::move(s)) : n.mode == Mode::upper ? upper34(std::move(s)) : s;
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

std::string practiceNumber(Random& r) {
  static constexpr std::string_view kShapes[] = {"########", "@#######", "P%#####", "GP-######", "%######"};
  return oneOf(r, kShapes);
}

std::string sentence34(Random& r, std::string_view topic);

const Person& who(const Note& n, std::string_view w) {
  if (w == "pt") return n.c.pt;
  if (w == "kin") return n.c.kin;
  if (w.size() == 2 && w[0] == 's') return n.c.staff[static_cast<std::size_t>(w[1] - '1') % 4];
  return n.others[static_cast<std::size_t>(w[1] - '1') % 3];  // o1, o2, o3
}
bool isWho(std::string_view w) {
  return w == "pt" || w == "kin" || (w.size() == 2 && (w[0] == 's' || w[0] == 'o') && w[1] >= '1' && w[1] <= '4');
}

// A machine timestamp (not PHI): a message's or a log line's own time.
std::string stamp(Random& r, std::string_view form) {
  const std::string y = std::to_string(r.between(2024, 2025)), m = twoDigits(r.between(1, 12)), d = twoDigits(r.between(1, 28)),
                    h = twoDigits(r.between(0, 23)), mi = twoDigits(r.between(0, 59)), s = twoDigits(r.between(0, 59));
  if (form == "iso") return y + "-" + m + "-" + d + "T" + h + ":" + mi + ":" + s + "Z";
  if (form == "ical") return y + m + d + "T" + h + mi + s + "Z";
  return y + m + d + h + mi + s;
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
  if (what == "dr") {  // a doctor's title: for a woman "Dra." in Portuguese and Catalan, "Dre" in French, "Dott.ssa" in Italian
    const std::string_view lang = land(g).language;
    if (!form.empty() && who(n, form).female && (lang == "pt" || lang == "ca")) return say(n, "Dra.");
    if (!form.empty() && who(n, form).female && lang == "fr") return say(n, "Dre");
    if (!form.empty() && who(n, form).female && lang == "it") return say(n, "Dott.ssa");
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
  if (what == "ph") {
    if (form == "h") return put(n, "phone", machinePhone(r, g));
    return put(n, "phone", phoneOf(r, g, form == "i" ? 1 : form == "n" ? 0 : -1));
  }
  if (what == "ph7") return put(n, "phone", phone7(r, g));
  if (what == "again_ph") return put(n, "phone", n.lastPhone);
  if (what == "fax") return put(n, "fax", phoneOf(r, g, form == "i" ? 1 : 0));
  if (what == "email" || what == "semail") {
    const Person& p = who(n, form.empty() ? std::string_view(what == "email" ? "pt" : "s1") : form);
    const std::string fam = asciiLetters(p.family.empty() ? p.father : p.family), giv = asciiLetters(p.given);
    if (what == "semail") {
      static constexpr std::string_view kOrg[] = {"gp.example.org", "health.example.gov", "clinic.example.net", "practice.example.org"};
      return put(n, "email", giv.substr(0, 1) + fam + "@" + std::string(r.pick(std::span<const std::string_view>(kOrg))));
    }
    static constexpr std::string_view kHost[] = {"mail.example.com", "island.example.net", "post.example.org", "inbox.example.net"};
    return put(n, "email", giv + (r.chance(0.5) ? "." : "_") + fam + std::to_string(r.between(1, 99)) + "@" + std::string(r.pick(std::span<const std::string_view>(kHost))));
  }
  if (what == "url") {
    static constexpr std::string_view kUrl[] = {"https://portal.gp.example.org/messages/", "https://myrecord.health.example.gov/p/",
                                                "https://video.clinic.example.net/room/", "https://results.example.org/view?ref="};
    return put(n, "url", std::string(r.pick(std::span<const std::string_view>(kUrl))) + r.letters(3) + r.digits(6));
  }
  if (what == "ip") return put(n, "ip", form == "6" ? ipv6Value(r) : ipv4Value(r));
  if (what == "addr") return put(n, "address", c.home);
  if (what == "oaddr") return put(n, "address", g == L::us ? std::to_string(r.between(10, 999)) + " Main St, " + c.city + ", " + c.state : addressOf(r, g));
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
  if (what == "cc") return say(n, std::string(land(g).cc));
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
  if (what == "card") {  // an identity card apart from a personal number
    if (n.card.empty()) n.card = shape(r, land(g).idCard.empty() ? std::string_view("@@#######") : land(g).idCard);
    return put(n, "license", n.card);
  }
  if (what == "pass") {
    if (n.pass.empty()) n.pass = shape(r, land(g).passport);
    return put(n, "license", n.pass);
  }
  if (what == "ins") return put(n, "health_plan", shape(r, land(g).insurance));
  if (what == "plan") {  // US plans
    static constexpr std::string_view kPlan[] = {"%@@%-@@%-@@##", "###########", "@@@#########", "W%########"};
    return put(n, "health_plan", oneOf(r, kPlan));
  }
  if (what == "ssn") {
    const std::string s = shape(r, "%########");
    return put(n, "ssn", form == "b" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (what == "mrn") {  // the practice's number of the patient, the same within a note
    if (n.mrn.empty()) n.mrn = practiceNumber(r);
    return put(n, "mrn", n.mrn);
  }
  if (what == "omrn") return put(n, "mrn", practiceNumber(r));
  if (what == "reg") {  // a named doctor's registration, the same within a note when it has no shape
    if (!form.empty()) return put(n, "license", shape(r, form));
    if (n.reg.empty()) n.reg = shape(r, "%####");
    return put(n, "license", n.reg);
  }
  if (what == "visit") return put(n, "account", shape(r, "V%#######"));
  if (what == "bill") {
    static constexpr std::string_view kBill[] = {"INV-202%-######", "FA-##-#####", "%#########", "CLM%########"};
    return put(n, "account", oneOf(r, kBill));
  }
  if (what == "case") return put(n, "account", shape(r, form.empty() ? "CR-####-###" : form));
  if (what == "iban") return put(n, "account", shape(r, form.empty() ? "@@## #### #### #### ####" : form));
  if (what == "serial") {
    static constexpr std::string_view kSer[] = {"%#######", "@@@######@", "PJN######", "%##-####-##", "@@%########"};
    return put(n, "device", oneOf(r, kSer));
  }
  if (what == "plate") return put(n, "vehicle", shape(r, land(g).plate));
  if (what == "vin") return put(n, "vehicle", shape(r, "%@@@@##@#@@######"));
  // Not PHI.
  if (what == "tm") return say(n, twoDigits(r.between(7, 19)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (what == "hm") return say(n, twoDigits(r.between(7, 19)) + twoDigits(r.between(0, 11) * 5));  // the time after an HL7 date
  if (what == "stamp") return say(n, stamp(r, form));
  if (what == "ctl") return say(n, shape(r, form.empty() ? "MSG%#######" : form));
  if (what == "lot") return say(n, shape(r, "LOT %#@###"));
  if (what == "rel") return say(n, form == "en" ? std::string(kRel[0][c.rel % 10]) : relationWord(g, c.rel));
  if (what == "sex") return say(n, c.pt.female ? "F" : "M");
  if (what == "gran") {  // a grandparent's kin word before a name in a chat
    if (g == L::sz) return say(n, c.pt.female ? "gogo" : "mkhulu");
    return say(n, c.pt.female ? "granny" : "grandpa");
  }
  if (what == "s") return say(n, sentence34(r, form));
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
// SENTENCES without PHI: consultations, chronic care, screening and vaccines, prescriptions,
// machine messages, the countries' own languages, and the practices' own numbers and public
// services.
std::string sentence34(Random& r, std::string_view topic) {
  const std::string h = twoDigits(r.between(7, 19)), m2 = twoDigits(r.between(0, 59)), n2 = std::to_string(r.between(10, 99)),
                    n3 = std::to_string(r.between(100, 999)), n4 = std::to_string(r.between(1000, 9999));
  const std::string s[] = {
      // consultations (0-9)
      "O: BP 142/88 mmHg (repeat 138/86), HR 76 regular, BMI 31.4 kg/m2, waist 104 cm; chest clear; no pedal oedema.",
      "S: 3/7 sore throat, fever 38.4 C, no cough; Centor 3. P: phenoxymethylpenicillin 500 mg QDS for 5 days; safety-netting given.",
      "A: viral URTI (ICPC-2 R74); no antibiotics; paracetamol 1 g up to QDS; review if not better in 7 days.",
      "Home visit 10-minute slot at " + h + ":" + m2 + "; house-bound list; district nurse to review leg ulcer, dressing twice weekly.",
      "Fit note: not fit for work for 14 days (low back pain, ICD-10 M54.5); phased return suggested; employer advice ticked.",
      "Telephone triage " + h + ":" + m2 + ": call-back within 2 hours; red flags negative; booked into the 16:40 on-the-day slot.",
      "PHQ-9 14 (moderate), GAD-7 11; sertraline 50 mg OD started; talking therapies self-referral leaflet given; review 2 weeks.",
      "Otoscopy: right TM dull and bulging; temp 38.1 C; amoxicillin 500 mg TDS 5 days; ear drops not needed.",
      "Smear taken, transformation zone visualised, HPV primary screening; result letter in 2-4 weeks; next recall 5 years.",
      "Out-of-hours: seen at the primary care centre at " + h + ":" + m2 + "; NEWS2 1; advised to see own GP on Monday if no better.",
      // chronic care (10-19)
      "HbA1c 58 mmol/mol (7.5%), was 64; eGFR 62 mL/min/1.73m2, ACR 3.4 mg/mmol; foot risk low; retinal screening R0M0.",
      "Metformin 1 g BD, gliclazide 80 mg BD; sitagliptin 100 mg OD added; target HbA1c < 53 mmol/mol; review in 3 months.",
      "Home BP average 146/91 over 7 days (28 readings); amlodipine 5 mg increased to 10 mg; U&E in 2 weeks.",
      "Asthma review: ACT 18/25; PEF 380 L/min (predicted 450); inhaler technique checked; MART budesonide/formoterol 200/6.",
      "COPD: FEV1/FVC 0.62, FEV1 58% predicted (GOLD 2); mMRC 2; CAT 17; pulmonary rehab referral; pneumococcal vaccine given.",
      "CKD stage 3a (eGFR 52, A2); ACE inhibitor ramipril 5 mg; K+ 4.8 mmol/L; avoid NSAIDs; annual ACR.",
      "Clinical Frailty Scale 6 (moderately frail); eFI 0.31; Timed Up and Go 19 s; falls in last 12 months: 2.",
      "Lipids: total cholesterol 5.9, LDL 3.8, HDL 1.1 mmol/L; QRISK3 14.2%; atorvastatin 20 mg offered.",
      "Diabetic foot: monofilament 10/10 both feet; pulses palpable; callus R 1st MTP; podiatry in 6 months.",
      "Medication review: 11 repeat items (polypharmacy); STOPP/START applied; omeprazole and zopiclone stopped.",
      // screening, recall and vaccines (20-25)
      "Bowel screening FIT kit: threshold 120 ug Hb/g; positive result means colonoscopy within 4 weeks; age range 50-74.",
      "Diabetic eye screening: drops (tropicamide 1%) used; do not drive for 6 hours; photographs graded R1M0 for the programme.",
      "Influenza vaccine (QIV-HD) " + std::string("LOT ") + "HX" + n4 + ", EXP 2026-06; 0.5 mL IM left deltoid; 15 min observation.",
      "Cervical screening uptake 71.2% (target 80%); 3 recall letters then a phone call; non-responders flagged at week 12.",
      "PCV20 " + std::string("LOT ") + "LR" + n4 + "A; Shingrix dose 1 of 2 LOT 9" + n3 + "Z, second dose 2-6 months later.",
      "AAA screening invitation for men at 65; ultrasound aorta 2.6 cm (normal, < 3.0 cm); discharged from the programme.",
      // machine messages (26-35)
      "MSH|^~\\&|GPSYS|PRAC" + n3 + "|LAB|HOSP|" + std::to_string(r.between(2024, 2025)) + "0" + std::to_string(r.between(1, 9)) + "1" + std::to_string(r.between(0, 9)) + h + m2 + "||ACK^R01^ACK|ACK" + n4 + "|P|2.5.1 - MSA|AA|MSG00" + n4 + " accepted.",
      "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||7.1|%|4.0-6.0|H|||F (LOINC 4548-4, UCUM %).",
      "FHIR R4 Observation.code.coding: system http://loinc.org, code 85354-9 (blood pressure panel); 8480-6 systolic, 8462-4 diastolic.",
      "SNOMED CT 44054006 (type 2 diabetes mellitus), 38341003 (hypertensive disorder), 195967001 (asthma); ICD-10 E11.9, I10, J45.9.",
      "OID 2.16.840.1.113883.6.1 (LOINC), 2.16.840.1.113883.6.96 (SNOMED CT), 2.16.840.1.113883.6.88 (RxNorm); interface v3.12.4.",
      "Interface engine: channel GP_ADT_IN queued 14 messages, error 0, retry interval 30 s, batch id B" + n4 + "-" + n2 + ".",
      "MDM^T02 document type CN (consult note), TXA-17 AU (authenticated); payload base64, 18,432 bytes; HL7 escape \\T\\ for &.",
      "RxNorm 860975 (metformin 500 mg ER tablet), ATC A10BA02; dm+d VMP 325278007; GTIN 0501" + r.digits(9) + ".",
      "CSV header: practice_code,indicator,numerator,denominator,percent; delimiter comma, UTF-8, CRLF; 412 rows uploaded.",
      "Message control id MSG" + n4 + r.digits(3) + " duplicated; second copy discarded; ACK^A04 code AE, error 207 (application internal error).",
      // the countries' own languages (36-50)
      "تم قياس ضغط الدم ١٣٨/٨٦؛ السكر التراكمي ٧٫٢٪؛ موعد المراجعة بعد ٣ أشهر في المركز الصحي.",
      "Tension artérielle 135/85 ; glycémie à jeun 1,26 g/L ; renouvellement d'ordonnance pour 3 mois ; prochain contrôle dans 90 jours.",
      "Tensão arterial 140/90; glicemia 126 mg/dl; renovação da receita para 3 meses; consulta de seguimento em 12 semanas.",
      "Mmele o tsitsitse 150/95; metsi a tsoekere 9.2 mmol/L; kliniki ea Mantsiboea ka Labone, kamore 4.",
      "Ingati 148/92; shukela 8.1 mmol/L; imitsi 30 tinsuku; buya ngemuva kwetinyanga leti-3.",
      "Presyon 140/90; sik 7.8 mmol/L; revwar dokter dan 3 mwan; klinik Anse Royale lendi ek merkredi.",
      "Blad presa 150/90; suga 9.0 mmol/L; yu mas tekem meresin evri dei; kam bak long klinik afta 3 manis.",
      "Blad presa 138/84; kam bak long klinik long 3 mans; no smok, no kava long naet.",
      "Te blood pressure 145/90; kaotiko n te klinik n te 3 namwakaina; te kanakoraoi 8.5 mmol/L.",
      "Blodtryk 142/88; HbA1c 54 mmol/mol; kontrol om 3 måneder; tidsbestilling på telefon 34 47 00 i åbningstiden.",
      "Blóðtrýst 140/85; HbA1c 56 mmol/mol; eftirlit um 3 mánaðir; heilsumiðstøðin er opin 8-16.",
      "Tensió arterial 135/80; HbA1c 6,9%; revisió en 3 mesos; centre de salut obert de 8 a 20 h.",
      "Blutdruck 138/86 mmHg; HbA1c 6,8 %; Kontrolle in 3 Monaten; Praxis Mo-Fr 08:00-12:00, Notfallnummer 1414.",
      "Πίεση 140/90; HbA1c 7,0%; επανέλεγχος σε 3 μήνες; ΓεΣΥ κωδικός παραπομπής R-12.",
      "Tansiyon 140/90; HbA1c %7,1; 3 ay sonra kontrol; aile hekimliği poliklinik saatleri 08:00-15:00.",
      // the practices' own numbers and public services (51-60)
      "Practice code P" + n4 + "; list size 8,412 patients; 4.6 WTE GPs; appointments released at 08:00 daily.",
      "Out-of-hours service: call 1414 (24 h) or the emergency number 112; the practice switchboard is closed after 18:00.",
      "Population 104,000 (2023 census) on 27 inhabited islands; 1 referral hospital, 14 health centres, 86 dispensaries.",
      "Practice registration MOH/PC/2021/0" + n3 + "; cold chain fridge 2 logged 2-8 C twice daily; data logger SN-FRIDGE-02 (practice asset).",
      "Screening hotline 800 1234 (free from landlines), Monday to Friday 08:00-16:00; results are not given by phone.",
      "Health centre opening hours: Mon-Thu 07:30-15:30, Fri 07:30-11:30; lunch 12:00-13:00; 3 GPs, 2 practice nurses.",
      "The island has 2,600 residents; the GP visits by plane every 6 weeks; telehealth slots Tuesdays 09:00-12:00.",
      "Pharmacy rota: 3 pharmacies, Sunday cover 09:00-13:00; repeat prescriptions need 48 hours (2 working days).",
      "National diabetes register: 7,940 people (prevalence 11.8% of adults); 64% with HbA1c < 58 mmol/mol.",
      "Interpreter line 0800 22 33 (Arabic, French, Portuguese); book 24 hours ahead; face-to-face sign language on request.",
      // prescriptions (61-65)
      "Rx: amlodipine 10 mg tabs, 1 OD, 28 tabs, 2 repeats; atorvastatin 20 mg tabs, 1 ON, 28 tabs.",
      "Repeat: salbutamol 100 mcg MDI 2 puffs PRN (2 inhalers); beclometasone 100 mcg 2 puffs BD; spacer.",
      "Insulin glargine 100 units/mL, 22 units at night; pen needles 4 mm x 100; test strips x 100; lancets x 100.",
      "e-Rx status: signed, dispensed 1 of 3; NDC 0093-7212-01; dispense as written 0; days supply 30.",
      "Warfarin 3 mg and 1 mg tablets; INR 2.6 (target 2.0-3.0); next INR in 4 weeks; yellow book updated.",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "gp") k = in(0, 10);
  else if (topic == "cd") k = in(10, 10);
  else if (topic == "scr") k = in(20, 6);
  else if (topic == "msg") k = in(26, 10);
  else if (topic == "lang") k = in(36, 15);
  else if (topic == "fac") k = in(51, 10);
  else if (topic == "rx") k = in(61, 5);
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
constexpr Tpl kTemplates34[] = {
    // --- Bahrain, Libya, Sudan, Mauritania ---
    {"bh_soap_consultation", kAs, L::bh,
     "HEALTH CENTRE CONSULTATION - ISA TOWN HEALTH CENTRE\nPatient: {pt:full}\nCPR: {pid}\nDOB: {dob:dmy}\nMobile: {ph}\nDate: {date:dmy}\nS: 3/7 productive cough, no fever, no haemoptysis.\nO: T 37.4 C, SpO2 97%, scattered wheeze.\nA: acute bronchitis (ICPC-2 R78).\nP: {s:rx}\n{s:gp}\nGP: {dr:s1} {s1:full}\n"},
    {"bh_hl7_adt_a04", kAs, L::bh,
     "MSH|^~\\&|ISEHA|BH-MOH-HC12|NHR|BH-MOH|{stamp}||ADT^A04^ADT_A01|{ctl}|P|2.5.1\nEVN|A04|{stamp}\nPID|1||{mrn}^^^HC12^MR~{pid}^^^BHCPR^NI||{pt:ufam}^{pt:given}^{pt:father}||{dob:compact}|{sex}|||{hstreet}^^{htown}^^^BH^H||{ph:h}^PRN^CP\nPD1|||Isa Town Health Centre^^HC12|{reg}^{s1:ufam}^{s1:given}^^^Dr\nNK1|1|{kin:ufam}^{kin:given}|NOK^Next of kin|||{ph:h}^PRN^CP\nPV1|1|O|GP^R3^^HC12||||{reg}^{s1:ufam}^{s1:given}|||GP||||||||{visit}|||||||||||||||||||||||||{date:compact}{hm}\n"},
    {"bh_repeat_rx_portal", kAs, L::bh,
     "SEHATI PORTAL - REPEAT PRESCRIPTION REQUEST\nRequest ref: RX-{ctl:#######}\nSubmitted by: {pt:full} <{email}>\nFrom IP: {ip}\nCPR: {pid}\nSehati card: {ins}\nItems: metformin 500 mg x 112; amlodipine 5 mg x 28\nCollect at: Muharraq Health Centre pharmacy after 48 h\nStatus link: {url}\n"},
    {"bh_sms_hijri", kLow, L::bh,
     "مركز عيسى الصحي: {pt:nat}، موعد مراجعة السكري يوم {date:hij} الساعة 9 صباحا. للإلغاء اتصل على 17280000. marhaba, {pt:lgiven}\n"},
    {"ly_referral_ar", kAs, L::ly,
     "مركز الرعاية الصحية الأولية - قرقارش، طرابلس\nرسالة إحالة\nالاسم: {pt:nat}\nالرقم الوطني: {pid}\nتاريخ الميلاد: {dob:are}\nالعنوان: {addr}\nالهاتف: {ph}\nالتاريخ: {date:dmy}\nإلى طبيب العيون: مريض سكري، فحص قاع العين.\nالطبيب: د. {s1:nat}\n"},
    {"ly_fhir_patient", kAs, L::ly,
     "{{\n  \"resourceType\": \"Patient\",\n  \"id\": \"ly-phc-{ctl:######}\",\n  \"meta\": {{ \"lastUpdated\": \"{stamp:iso}\" },\n  \"identifier\": [\n    {{ \"system\": \"urn:oid:2.16.434.1.1.1\", \"value\": \"{pid}\" },\n    {{ \"system\": \"https://phc.example.ly/mrn\", \"value\": \"{mrn}\" }\n  ],\n  \"name\": [{{ \"family\": \"{pt:fam}\", \"given\": [\"{pt:given}\", \"{pt:father}\"] }],\n  \"telecom\": [{{ \"system\": \"phone\", \"value\": \"{ph:h}\", \"use\": \"mobile\" }],\n  \"gender\": \"{sex}\",\n  \"birthDate\": \"{dob:iso}\",\n  \"address\": [{{ \"line\": [\"{hstreet}\"], \"city\": \"{htown}\", \"country\": \"LY\" }]\n}\n"},
    {"sd_repeat_rx", kAs, L::sd,
     "REPEAT PRESCRIPTION REQUEST - AL-RIYADH FAMILY HEALTH CENTRE, KHARTOUM\nName: {pt:full}\nNational No.: {pid}\nAge: {age}\nPhone: {ph}\nAddress: {addr}\nRequested: {date:dmy}\n{s:rx}\nHypertension clinic card checked by {s4:full} (pharmacist)\nApproved: {dr:s1} {s1:full}\n"},
    {"sd_oru_hba1c", kAs, L::sd,
     "MSH|^~\\&|LIS|STACK-LAB|FHC|RIYADH-FHC|{stamp}||ORU^R01^ORU_R01|{ctl}|P|2.5\nPID|1||{mrn}^^^RIYADH^MR~{pid}^^^SDNN^NI||{pt:fam}^{pt:given}||{dob:compact}|{sex}\nOBR|1|ORD{ctl:######}|LAB{ctl:######}|4548-4^HbA1c^LN|||{date:compact}{hm}|||||||||{reg}^{s1:fam}^{s1:given}\nOBX|1|NM|4548-4^Hemoglobin A1c^LN||8.4|%|4.0-6.0|H|||F|||{again:compact}\nNTE|1||Fasting sample \\T\\ repeat in 3 months\n"},
    {"mr_certificat_arret", kAs, L::mr,
     "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE - CENTRE DE SANTÉ DE TEVRAGH ZEINA\nCERTIFICAT MÉDICAL D'ARRÊT DE TRAVAIL\nJe soussigné, {dr:s1} {s1:full}, certifie avoir examiné ce jour {hon:pt} {pt:full}, né(e) le {dob:dmy}, NNI {pid}, demeurant {addr}.\nSon état nécessite un arrêt de travail de 10 jours, du {date:dmy} au {later:dmy} inclus.\nFait à Nouakchott, le {again:fr}.\n"},
    {"mr_sms_ar", kLow, L::mr,
     "salam {pt:lgiven}. مركز الصحة: موعد تجديد وصفة الضغط يوم {date:dmy}. أحضر بطاقة التعريف {pid}. للاستفسار {ph}\n"},
    // --- Burkina Faso, the Gambia, Gabon ---
    {"bf_fiche_consultation", kAs, L::bf,
     "CSPS DE DAPOYA - FICHE DE CONSULTATION\nNom : {pt:ufam}\nPrénom(s) : {pt:given}\nCNIB : {pid}\nAMU : {ins}\nÂge : {age} ans\nTél : {ph}\nDate : {date:dmy}\nMotif : contrôle HTA\n{s:cd}\nInfirmier : {s3:full}\nMédecin : {dr:s1} {s1:full}\n"},
    {"bf_chat_moore", kLow, L::bf,
     "[{tm}] {kin:low}: ne y yibeogo docteur. c'est pour {pt:given}, la tension est à 17/10 depuis le {date:dm}\n[{tm}] {s1:low}: ne y windiga. amenez-le/la au csps demain matin, avec son carnet. appelez le {ph} en cas de maux de tête\n"},
    {"gm_home_visit", kAs, L::gm,
     "COMMUNITY NURSE HOME VISIT - BRIKAMA MAJOR HEALTH CENTRE\nPatient: {pt:full}\nCompound: {addr}\nAge: {age}\nContact: {ph7}\nVisit date: {date:dmy}\nHypertension follow-up; BP 160/96; amlodipine adherence poor.\nGreeting in Mandinka: i be ñaading? - tana te.\nNurse: {s3:full}, RGN\n"},
    {"gm_csv_ncd_register", kAs, L::gm,
     "ncd_register_export.csv\nfamily_name,given_name,id_card,dob,village,phone,condition\n{pt:ufam},{pt:given},{pid},{dob:iso},{town},{ph7},hypertension\n{o1:ufam},{o1:given},{kinid},{odob:iso},{town},{ph},diabetes\n{o2:ufam},{o2:given},{kinid},{odob:iso},{town},{ph7},hypertension\n"},
    {"ga_lettre_resultats", kAs, L::ga,
     "CABINET MÉDICAL DE LOUIS - LIBREVILLE\n{hon:pt} {pt:full}\n{addr}\n\nLibreville, le {date:fr}\n\nObjet : vos résultats d'analyses du {past:dmy}\n\n{hon:pt}, votre glycémie à jeun est de 1,32 g/L et votre HbA1c de 7,4 %. Merci de prendre rendez-vous au {ph} (votre médecin) ou au secrétariat.\nN° CNAMGS : {ins}\n{dr:s1} {s1:full}\n"},
    {"ga_hl7_orm", kAs, L::ga,
     "MSH|^~\\&|MEDICAB|CAB-LOUIS|LABO|CHUL|{stamp}||ORM^O01|{ctl}|P|2.3\nPID|1||{mrn}^^^CABLOUIS^MR||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{hstreet}^^{htown}^^^GA||{ph:h}\nIN1|1|CNAMGS|GA-CNAMGS|CNAMGS Gabon|||||||||||{pt:ufam}^{pt:given}|SEL||||||||||||||||||{ins}\nORC|NW|ORD{ctl:######}\nOBR|1|ORD{ctl:######}||2345-7^Glucose^LN|||{date:compact}{hm}\nNTE|1||A jeun \\F\\ 10 h \\S\\ pas de metformine ce matin\n"},
    // --- Lesotho, Eswatini, the Comoros ---
    {"ls_frailty", kAs, L::ls,
     "FRAILTY AND ELDERLY CARE ASSESSMENT - QUEEN II PHC CLINIC, MASERU\nName: {pt:full}\nID no.: {pid}\nAge: {age}\nVillage: {addr}\nCarer: {kin:full} ({rel}), {ph}\nDate: {date:dmy}\n{s:cd}\nCFS 6; lives in a rondavel, pit latrine 30 m away; pension collected by carer.\nAssessed by {s3:full}, RN\n"},
    {"ls_sms_sesotho", kLow, L::ls,
     "lumela {hon:pt} {pt:low}. ke tlhokomelo ea bophelo Queen II: letsatsi la hao la ho tla kliniking ke {date:st}. letsetsa {ph} ha o sa khone.\n"},
    {"sz_diabetes_review", kAs, L::sz,
     "DIABETES ANNUAL REVIEW - MBABANE PUBLIC HEALTH UNIT\nName: {pt:full}\nPIN: {pid}\nDOB: {dob:dmy}\nCell: {ph}\nGlucometer lent: Accu-Chek, S/N {serial}\nDate: {date:dmy}\n{s:cd}\n{s:cd}\nReviewed by {dr:s1} {s1:full}; educator {s3:full}, CDE\n"},
    {"sz_cda_ccd", kAs, L::sz,
     "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n  <id root=\"2.16.748.1.3.2\" extension=\"{ctl:DOC########}\"/>\n  <effectiveTime value=\"{stamp}\"/>\n  <recordTarget><patientRole>\n    <id root=\"2.16.748.1.1\" extension=\"{pid}\"/>\n    <addr use=\"H\"><streetAddressLine>{hstreet}</streetAddressLine><city>{htown}</city><postalCode>{hpost}</postalCode></addr>\n    <telecom value=\"tel:{ph:h}\" use=\"MC\"/>\n    <patient><name><given>{pt:given}</given><family>{pt:fam}</family></name>\n      <birthTime value=\"{dob:compact}\"/></patient>\n  </patientRole></recordTarget>\n  <author><assignedAuthor><assignedPerson><name><prefix>Dr</prefix><given>{s1:given}</given><family>{s1:fam}</family></name></assignedPerson></assignedAuthor></author>\n</ClinicalDocument>\n"},
    {"km_ordonnance", kAs, L::km,
     "CENTRE DE SANTÉ DE MITSAMIOULI\nORDONNANCE (renouvellement)\n{hon:pt} {pt:full}, {age} ans\nCNI : {pid}\nTél. : {ph7}\nMoroni, le {date:fr}\n{s:rx}\n{dr:s1} {s1:full}\n"},
    {"km_whatsapp", kLow, L::km,
     "{s3:low}: bariza {pt:lgiven}, le docteur passe à {town} le {date:dm} pour les visites à domicile. tu es sur la liste.\n{pt:lgiven}: marahaba. mon numéro a changé: {ph7}\n"},
    // --- Seychelles, Cabo Verde, São Tomé ---
    {"sc_dnacpr", kAs, L::sc,
     "DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR) - SEYCHELLES HOSPITAL / ANSE ROYALE HEALTH CENTRE\nName: {pt:full}\nNIN: {pid}\nDate of birth: {dob:dmy}\nAge: {age}\nAddress: {addr}\nDecision discussed with {kin:full} ({rel}), tel {ph}\nDate of decision: {date:dmy}\nReview date: indefinite\nSenior responsible clinician: {dr:s1} {s1:full}, MBBS\n"},
    {"sc_portal_message", kAs, L::sc,
     "PATIENT PORTAL - NEW MESSAGE\nFrom: {pt:full} ({email})\nSession: {ip:6}\nSent: {date:crs}\nBonzour dokter, mon bezwen en renouvellement pou mon medikaman presyon. Mon nimero: {ph}.\nReply link: {url}\n"},
    {"cv_baixa_medica", kAs, L::cv,
     "REPÚBLICA DE CABO VERDE - CENTRO DE SAÚDE DE ACHADA SANTO ANTÓNIO\nCERTIFICADO DE INCAPACIDADE TEMPORÁRIA\nNome: {pt:full}\nBI n.º {pid}\nINPS: {ins}\nResidência: {addr}\nIncapacidade para o trabalho de {date:dmy} a {later:dmy}\nDiagnóstico: lombalgia (M54.5)\nPraia, {again:pt}\n{dr:s1} {s1:full}\n"},
    {"cv_fhir_bundle", kAs, L::cv,
     "{{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"timestamp\":\"{stamp:iso}\",\"entry\":[\n {{\"resource\":{{\"resourceType\":\"Patient\",\"identifier\":[{{\"system\":\"urn:cv:inps\",\"value\":\"{ins}\"}],\"name\":[{{\"family\":\"{pt:fam}\",\"given\":[\"{pt:given}\"]}],\"birthDate\":\"{dob:iso}\",\"telecom\":[{{\"system\":\"phone\",\"value\":\"{ph:h}\"}]}},\n {{\"resource\":{{\"resourceType\":\"Encounter\",\"status\":\"finished\",\"class\":{{\"code\":\"AMB\"},\"period\":{{\"start\":\"{date:iso}T09:10:00-01:00\"}}}\n]}\n"},
    {"st_carta_referencia", kAs, L::st,
     "CENTRO DE SAÚDE DE TRINDADE\nCarta de referência\nAo Serviço de Medicina do Hospital Dr. Ayres de Menezes\n\nUtente: {pt:full}\nBI: {pid}\nIdade: {age} anos\nMorada: {addr}\nContacto: {ph}\nData: {date:pt}\n\nDoente hipertenso com TA 180/110 apesar de 2 fármacos; peço avaliação.\n{s:cd}\n{dr:s1} {s1:full}\n"},
    {"st_sms", kLow, L::st,
     "bom dia {pt:low}. centro de saude de neves: a sua consulta de diabetes e no dia {date:dmy} as 8h. traga o cartao. info {ph7}\n"},
    // --- Vanuatu, the Solomon Islands, Kiribati ---
    {"vu_outreach", kAs, L::vu,
     "OUTREACH CLINIC VISIT - TAFEA PROVINCE (DISPENSARY ROUND)\nPatient: {pt:full}\nID card: {pid}\nVillage: {town}\nPhone: {ph7}\nDate: {date:bi}\nBlad presa 168/98; sugar 12.4 mmol/L; yu mas tekem meresin evri dei.\n{s:cd}\nNurse practitioner: {s3:full}, NP\n"},
    {"vu_vcard", kAs, L::vu,
     "BEGIN:VCARD\nVERSION:3.0\nN:{kin:fam};{kin:given};;;\nFN:{kin:full}\nTEL;TYPE=cell:{ph:h}\nADR;TYPE=home:;;{hstreet};{htown};;;VU\nEMAIL:{email:kin}\nNOTE:Next of kin of practice patient {mrn} (diabetes register)\nREV:{stamp:ical}\nEND:VCARD\n"},
    {"sb_phone_note", kAs, L::sb,
     "RECEPTION PHONE NOTE - KUKUM CLINIC, HONIARA\nTaken by: {s4:full}\nTime: {tm}\nCaller: {kin:full} ({rel} of patient)\nPatient: {pt:full}, clinic no. {mrn}\nCall back on: {ph7}\nMessage: 'Mami blong mi hem sik tumas, hem no save wakabaot.' Requests home visit.\nBooked home visit {date:dmy}\n"},
    {"sb_siu_s12", kAs, L::sb,
     "MSH|^~\\&|PHC-SCHED|KUKUM|NRH-OPD|NRH|{stamp}||SIU^S12|{ctl}|P|2.5\nSCH|{ctl:APT#####}||||||ROUTINE^Diabetic eye screening|||20|MIN|^^20^{next:compact}{hm}\nPID|1||{mrn}^^^KUKUM^MR||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{hstreet}^^{htown}^^^SB||{ph:h}\nAIP|1||{reg}^{s2:ufam}^{s2:given}|EYE\n"},
    {"ki_copd_review", kAs, L::ki,
     "TUNGARU CENTRAL HOSPITAL - NCD CLINIC, BIKENIBEU\nASTHMA / COPD REVIEW\nName: {hon:pt} {pt:full}\nTCH no.: {pid}\nAge: {age}\nIsland: {addr}\nDate: {date:dmy}\n{s:cd}\nMauri! Patient given spacer and peak-flow diary.\nMedical assistant: {s4:full}\n"},
    {"ki_death_certificate", kAs, L::ki,
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH\nName of deceased: {pt:full}\nAge: {age:w} years\nUsual residence: {addr}\nDate of death: {date:gil}\nPlace of death: home\nI(a) chronic obstructive pulmonary disease; II type 2 diabetes\nInformant: {kin:full}, {rel}\nCertifying doctor: {dr:s1} {s1:full}, reg. {reg:KMDC/###}\n"},
    // --- Greenland, the Faroe Islands ---
    {"gl_henvisning", kAs, L::gl,
     "HENVISNING - SUNDHEDSCENTER NUUK / PEQQISSAANERMIK IKIORTARFIK\nPatient: {pt:full}\nCPR-nr.: {pid}\nAdresse: {addr}\nTelefon: {ph}\nDato: {date:da}\nHenvises til øjenlæge (diabetisk retinopati screening).\n{s:cd}\nMed venlig hilsen\n{dr:s1} {s1:full}, praktiserende læge\n"},
    {"gl_mdm_t02", kAs, L::gl,
     "MSH|^~\\&|EPJ|DIH-NUUK|ARKIV|DIH|{stamp}||MDM^T02|{ctl}|P|2.5\nEVN|T02|{stamp}\nPID|1||{pid}^^^CPR^NI||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{hstreet}^^{htown}^^{hpost}^GL\nPV1|1|O|SC-NUUK||||{reg}^{s1:ufam}^{s1:given}\nTXA|1|CN|TX|{date:compact}{hm}|{reg}^{s1:ufam}^{s1:given}||||||DOC{ctl:######}||||||AU\nOBX|1|TX|NOTE^Konsultation||Aluu. KOL kontrol\\.br\\Spirometri FEV1 61 %|\n"},
    {"fo_tilvising", kAs, L::fo,
     "TILVÍSING - KOMMUNULÆKNARNIR Í TÓRSHAVN\nNavn: {pt:full}\nP-tal: {pid}\nBústaður: {addr}\nFartelefon: {ph}\nDagfesting: {date:fo}\nTilvíst til Landssjúkrahúsið, lungnadeild (COPD).\n{s:lang}\nVinarliga\n{dr:s1} {s1:full}, kommunulækni\n"},
    {"fo_csv_screening", kAs, L::fo,
     "tarmkanning_innkalling.csv\np_tal,fornavn,eftirnavn,fødd,bústaður,telefon,seinasta_kanning\n{pid},{pt:given},{pt:fam},{dob:iso},{htown},{ph:i},{past:iso}\n{oid},{o1:given},{o1:fam},{again:iso},{town},{ph:i},{past:iso}\n"},
    // --- Andorra, Liechtenstein, San Marino ---
    {"ad_informe", kAs, L::ad,
     "CENTRE DE SALUT D'ANDORRA LA VELLA - INFORME DE CONSULTA\nPacient: {pt:full}\nNúm. CASS: {ins}\nPassaport: {pid}\nData de naixement: {dob:dmy}\nAdreça: {addr}\nTelèfon: {ph}\nData de la visita: {date:ca}\n{s:cd}\nMetge de família: {dr:s1} {s1:full}\n"},
    {"ad_ical_recall", kAs, L::ad,
     "BEGIN:VCALENDAR\nPRODID:-//SAAS Andorra//Cribratge//CA\nBEGIN:VEVENT\nUID:{ctl:CRB########}@cribratge.example.ad\nDTSTAMP:{stamp:ical}\nDTSTART:{next:compact}T{hm}00\nSUMMARY:Cribratge de retinopatia diabètica - {pt:full}\nATTENDEE;CN={pt:full}:mailto:{email}\nLOCATION:Centre de salut d'Encamp\nDESCRIPTION:Porteu la targeta CASS {ins}. Telèfon de contacte {ph}.\nEND:VEVENT\nEND:VCALENDAR\n"},
    {"li_arztzeugnis", kAs, L::li,
     "ARZTZEUGNIS / ARBEITSUNFÄHIGKEITSZEUGNIS\nHausarztpraxis am Rhein, Schaan\n{hon:pt} {pt:full}, geb. {dob:dot}\nAHV-Nr. {pid}\n{addr}\nist vom {date:dot} bis {later:dot} zu 100 % arbeitsunfähig (Krankheit).\nVaduz, {again:de}\n{dr:s1} {s1:full}, FMH Allgemeine Innere Medizin\n"},
    {"li_eprescription_xml", kAs, L::li,
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ePrescription version=\"2.1\" created=\"{stamp:iso}\">\n  <Patient>\n    <FamilyName>{pt:fam}</FamilyName>\n    <GivenName>{pt:given}</GivenName>\n    <BirthDate>{dob:iso}</BirthDate>\n    <InsuranceCard>{ins}</InsuranceCard>\n    <Phone>{ph:h}</Phone>\n  </Patient>\n  <Prescriber gln=\"7601000123456\"><Name>{s1:full}</Name><ZSR>{reg:@######}</ZSR></Prescriber>\n  <Item pharmacode=\"2345678\" qty=\"3\">Metformin Mepha 850 mg, 1-0-1</Item>\n  <Issued>{date:iso}</Issued>\n</ePrescription>\n"},
    {"sm_ricetta_ripetibile", kAs, L::sm,
     "ISTITUTO PER LA SICUREZZA SOCIALE - CENTRO SANITARIO DI BORGO MAGGIORE\nRICHIESTA DI RIPETIZIONE DELLA TERAPIA\nAssistito: {pt:full}\nCodice ISS: {pid}\nCarta d'identità: {card}\nNato/a il: {dob:it}\nResidenza: {addr}\nTel.: {ph}\nData: {date:dmy}\n{s:rx}\nMedico di base: {dr:s1} {s1:full}\n"},
    {"sm_email_kin", kAs, L::sm,
     "Da: {email:kin}\nA: segreteria.borgo@iss.example.sm\nData: {date:it}\nOggetto: certificato per {pt:full}\n\nBuongiorno, sono {kin:full} ({rel}) di {pt:full} ({age} anni), che non può più uscire di casa: è possibile una visita domiciliare? Il mio cellulare è {ph}.\nGrazie, {kin:given}\n"},
    // --- Cyprus (Greek and Turkish Cypriot), Kosovo ---
    {"cy_gesy_referral", kAs, L::cy,
     "ΓΕΝΙΚΟ ΣΥΣΤΗΜΑ ΥΓΕΙΑΣ (ΓεΣΥ) - ΠΑΡΑΠΕΜΠΤΙΚΟ\nΔικαιούχος: {pt:nat}\nΑρ. Ταυτότητας: {pid}\nΑρ. Δικαιούχου: {ins}\nΗμερομηνία γέννησης: {dob:dmy}\nΔιεύθυνση: {addr}\nΤηλέφωνο: {ph}\nΗμερομηνία: {date:el}\nΠαραπομπή σε καρδιολόγο: υπέρταση, ΗΚΓ με αριστερή υπερτροφία.\nΠροσωπικός ιατρός: Δρ {s1:nat}\n"},
    {"cy_lasting_power_attorney", kAs, L::cy,
     "LASTING POWER OF ATTORNEY - HEALTH AND WELFARE (CERTIFICATE PROVIDER'S NOTE)\nDonor: {pt:full}\nID card no.: {pid}\nDate of birth: {dob:dmy}\nAddress: {addr}\nAttorney: {kin:full}, {rel:en}, passport {pass}\nAttorney's mobile: {ph:i}\nI saw the donor alone on {date:en} and am satisfied the donor understands the LPA.\nCertificate provider: Dr {s1:full}, general practitioner, Limassol\n"},
    {"ct_sevk", kAs, L::ct,
     "KKTC SAĞLIK BAKANLIĞI - LEFKOŞA AİLE HEKİMLİĞİ MERKEZİ\nSEVK FORMU\nHasta: {pt:full}\nKimlik No: {pid}\nDoğum Tarihi: {dob:dot}\nAdres: {addr}\nTelefon: {ph}\nTarih: {date:tr}\nSevk edilen bölüm: Nefroloji (KBH evre 3b)\n{s:cd}\nAile hekimi: {dr:s1} {s1:full}\n"},
    {"ct_chat", kLow, L::ct,
     "[{tm}] {kin:low}: merhaba doktor bey, yakınım {pt:given} için ilaçlar bitti, reçete yazabilir misiniz?\n[{tm}] {s1:low}: merhaba, yarın {date:dm} saat 10'da gelsin. numaranız {ph} değil mi?\n"},
    {"xk_kartela", kAs, L::xk,
     "QENDRA KRYESORE E MJEKËSISË FAMILJARE - PRISHTINË\nKARTELA E PACIENTIT\nEmri dhe mbiemri: {pt:full}\nNumri personal: {pid}\nData e lindjes: {dob:dot}\nAdresa: {addr}\nTelefoni: {ph}\nData e vizitës: {date:sq}\n{s:gp}\nMjeku familjar: {dr:s1} {s1:full}\n"},
    {"xk_ref_i12", kAs, L::xk,
     "MSH|^~\\&|SIMSH|QKMF-PR|SHSKUK|QKUK|{stamp}||REF^I12|{ctl}|P|2.5\nRF1|A|R|||||{ctl:UDH######}|{date:compact}\nPRD|RP|{s1:ufam}^{s1:given}^^^Dr.|QKMF Prishtinë\nPID|1||{pid}^^^RKS^NI||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{hstreet}^^{htown}^^{hpost}^XK||{ph:h}\nDG1|1||I10^Hipertension esencial^I10\n"},
    // --- Barbados, the Bahamas, Curaçao and Aruba ---
    {"bb_registration", kAs, L::bb,
     "NEW PATIENT REGISTRATION - WINSTON SCOTT POLYCLINIC, ST. MICHAEL\nSurname: {pt:ufam}\nFirst name(s): {pt:given}\nNRN: {pid}\nNIS no.: {ins}\nDate of birth: {dob:dmy}\nAddress: {addr}\nHome: {ph7}\nCell: {ph}\nE-mail: {email}\nNext of kin: {kin:full} ({rel}), {ph}\nPrevious practice records requested on {date:dmy}\n"},
    {"bb_coroner_referral", kAs, L::bb,
     "REFERRAL OF A DEATH TO THE CORONER - BARBADOS\nCoroner's case no.: {case}\nDeceased: {pt:inv}\nAge: {age}\nNRN: {pid}\nLast address: {addr}\nDate of death: {date:enth}\nGP last saw the deceased on {past:dmy}; death not expected; fall at home.\nReferring GP: {dr:s1} {s1:full}\nContact for family: {kin:full}, {ph}\n"},
    {"bs_bp_review", kAs, L::bs,
     "HYPERTENSION REVIEW - SOUTH BEACH COMMUNITY CLINIC, NASSAU\nPatient: {pt:full}\nNIB no.: {pid}\nNHI card: {ins}\nDOB: {dob:mdy}\nPhone: {ph7}\nHome BP monitor lent, S/N {serial}, to return by {date:mdy}\n{s:cd}\nNurse: {s3:full}, RN\nPhysician: {dr:s1} {s1:full}\n"},
    {"bs_parking_badge", kAs, L::bs,
     "APPLICATION FOR A DISABLED PARKING PERMIT - MEDICAL CERTIFICATE\nApplicant: {pt:full}\nAddress: {addr}\nVehicle licence plate: {plate}\nVIN: {vin}\nDriver (if not applicant): {kin:full}\nI certify that the applicant cannot walk more than 50 m (severe COPD).\nDate: {date:long}\n{dr:s1} {s1:full}, Family Medicine\n"},
    {"cw_sms_papiamentu", kLow, L::cw,
     "bon dia {pt:low}! kaha di salú seru fortuna: bo sita pa e kontrol di diabetis ta {date:pap} 8or. yama {ph} pa kambia. danki!\n"},
    {"cw_overdracht_dossier", kAs, L::cw,
     "OVERDRACHT MEDISCH DOSSIER - HUISARTSENPRAKTIJK SERU FORTUNA\nPatiënt: {pt:full}\nSedula: {pid}\nSVB/AZV: {ins}\nGeboortedatum: {dob:dash}\nAdres: {addr}\nTelefoon: {ph}\nNieuwe huisarts: {dr:s2} {s2:full}, Oranjestad\nDossier verzonden op {date:nl}\nProblemen: DM2, hypertensie, CKD 3a.\n{dr:s1} {s1:full}\n"},
    // --- the US ---
    {"us_ooh_handover", kAs, L::us,
     "AFTER-HOURS HANDOVER TO DAY TEAM - LAKEVIEW FAMILY MEDICINE\nCaller: {kin:full} ({rel})\nPatient: {pt:full}, DOB {dob:mdy}, MRN {mrn}\nAddress: {usaddr}\nCallback: {ph}\nCalled at {tm} on {date:mdy}: BG 412 mg/dL on home meter, vomiting x2. Advised ED. Please follow up.\nOn-call: {s2:full}, MD\n"},
    {"us_adt_a08", kAs, L::us,
     "MSH|^~\\&|EHR|LAKEVIEW-FM|HIE|STATEHIE|{stamp}||ADT^A08^ADT_A01|{ctl}|P|2.5.1\nEVN|A08|{stamp}\nPID|1||{mrn}^^^LVFM^MR||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{hstreet}^^{htown}^{state}^{hpost}^USA^H||{ph:h}^PRN^PH|||||{bill}|{ssn:b}\nNK1|1|{kin:ufam}^{kin:given}|SPO|||{ph:h}\nGT1|1|{bill}|{kin:ufam}^{kin:given}||{hstreet}^^{htown}^{state}^{hpost}^USA|{ph:h}\nIN1|1|MCR|CMS|Medicare|||||||||||{pt:ufam}^{pt:given}|SEL||||||||||||||||||{plan}\n"},
    {"us_portal_log", kAs, L::us,
     "ts={stamp:iso} level=info svc=patient-portal event=login user={email} ip={ip:6} mrn={mrn} result=ok\nts={stamp:iso} level=info svc=patient-portal event=message_sent mrn={mrn} to=care_team thread=T{ctl:######}\nts={stamp:iso} level=warn svc=patient-portal event=login_failed user={email} ip={ip} reason=bad_password\n"},
    {"us_advance_directive", kAs, L::us,
     "ADVANCE CARE PLANNING NOTE (99497)\nPatient: {pt:full}   DOB: {dob:mdy}   SSN: {ssn}\nAge: {age:w}\nResidence: {usaddr}\nHealth care proxy: {kin:full} ({rel}), {ph}; alternate: {o1:full}, {ph}\nPOLST: DNR, selective treatment, no tube feeding. Discussed {date:long}, 32 minutes.\nClinician: {s1:full}, MD\n"},
    {"us_fax_referral", kAs, L::us,
     "FAX COVER - LAKEVIEW FAMILY MEDICINE\nTo: Northern Lakes Endocrinology   Fax: {fax}\nFrom: {s4:full}, referral coordinator\nRe: {pt:inv} DOB {dob:mdy}\nPatient home: {usaddr}\nPatient phone: {ph}\nMedicare MBI: {plan}\nPages: 6 (referral, last 3 HbA1c, med list)\n"},
    {"us_immunization_registry_csv", kAs, L::us,
     "registry_upload_{ctl:########}.csv\nlast_name,first_name,dob,ssn_last9,zip,vaccine_cvx,lot,admin_date\n{pt:ufam},{pt:given},{dob:compact},{ssn:b},{zip},150,{lot},{date:compact}\n{o1:ufam},{o1:given},{odob:compact},{ssn:b},{zip},187,{lot},{date:compact}\n"},
    {"us_cgm_upload", kAs, L::us,
     "CGM DATA UPLOAD - CLINIC REPORT\nPatient: {pt:full} (MRN {mrn})\nTransmitter SN {serial}; insulin pump SN {serial}\nPeriod: {date:mdy} to {later:mdy}\nTime in range 62%, GMI 7.4%, CV 38%\nUploaded from {ip} by {s3:full}, RN\n"},
    // --- more: portal, record transfers, phone notes, death, chats ---
    {"ga_coroner_ips", kAs, L::ga,
     "SIGNALEMENT D'UN DÉCÈS - MÉDECIN TRAITANT\nDéfunt : {pt:reg}, {age} ans\nCNI : {pid}\nDomicile : {addr}\nDécès constaté le {date:dmy} à domicile\nN° de dossier du parquet : {case:PQ-LBV-####/##}\nFamille : {kin:full} ({rel}), {ph}\n{dr:s1} {s1:full}\n"},
    {"sz_home_cpap", kAs, L::sz,
     "HOME VISIT - COMMUNITY NURSE, MANZINI\nName: {pt:full}\nHomestead: {addr}\nAge: {age:w}\nCPAP on loan, S/N {serial}; mask leak 24 L/min; used 5.2 h/night\nFamily member present: {kin:full}, {ph}\nDate: {date:ss}\nNurse: {s3:full}\n"},
    {"ly_phone_note", kAs, L::ly,
     "PHONE MESSAGE - GARGARESH PHC\nFor: {dr:s1} {s1:full}\nFrom: {kin:full}, {rel:en} of {pt:full} ({age} years old)\nNumber: {ph}\nTaken: {date:dmy} {tm}\nMessage: patient fell at home in the night, conscious, asks for a home visit.\nReceptionist: {s4:full}\n"},
    {"sc_transfer_iban", kAs, L::sc,
     "REFUND OF PRIVATE CONSULTATION FEE\nPatient: {pt:full}\nInvoice: {bill}\nAccount holder: {kin:full}\nBank account: {iban:SC## @@@@ #### #### #### #### #### @@@}\nDate: {date:dmy}\nAmount: SCR 450\n"},
    {"cv_chat_kriolu", kLow, L::cv,
     "[{tm}] {kin:low}: bon dia dotora, nha família {pt:given} sta ku tenson altu, 18/11. el ten {oldkin:w} anu.\n[{tm}] {s1:low}: bon dia. traze-l pa centro di saude na {date:md}. si el pió, liga {ph}\n"},
    {"bb_chat_bajan", kLow, L::bb,
     "[{tm}] {kin:low}: wunna good? {gran} {pt:low} run out of de pressure tablets since {date:md}\n[{tm}] {s4:low}: morning! doctor signed the repeat, collect at the polyclinic pharmacy. still on {ph7}?\n"},
    {"xk_ocr_scan", kAs, L::xk,
     "[OCR - skanim i letrës së daljes]\nPACIENTI: {pt:ocr}\nNR. PERSONAL {pid}\nDATA E LINDJES {dob:dot}\nSHTRUAR {date:dot} - DALJE {later:dot}\nMJEKU: {s1:ocr}\n"},
    {"us_ocr_fax_result", kAs, L::us,
     "[fax image, OCR] LAB RESULT\nPatient: {pt:ocr}   MRN {mrn}\nDOB {dob:mdy}\nCollected {date:mdy}\nHbA1c 9.2 % (H)\nOrdering: {s1:ocr}\nFax from {fax}\n"},
    {"li_befund_fax", kAs, L::li,
     "TELEFAX - LABOR RISCH, SCHAAN\nAn: Hausarztpraxis am Rhein, Fax {fax:i}\nPatient: {pt:inv}, geb. {dob:dot}\nVersicherten-Nr.: {ins}\nBefund vom {date:dot}: Kreatinin 142 umol/l, eGFR 38 ml/min\nRückfragen: {s4:full}\n"},
    {"fo_fax_lab", kAs, L::fo,
     "TELEFAX - LANDSSJÚKRAHÚSIÐ, KLINISK BIOKEMI\nTil: Kommunulæknarnir, fax {fax:i}\nSjúklingur: {pt:reg}\nP-tal: {pid}\nKanning {date:fo}: HbA1c 61 mmol/mol\n"},
    {"gl_vehicle_home_visit", kAs, L::gl,
     "HJEMMEBESØG - BYGDEKONSULTATION, TASIILAQ\nPatient: {pt:full}, {age} år\nCPR-nr.: {pid}\nAdresse: {addr}\nPårørende: {kin:full}, {ph}\nPatientens snescooter/bil: {plate}\nDato: {date:kl}\nSygeplejerske: {s3:full}\n"},
    {"mr_csv_hypertension", kUp, L::mr,
     "registre_hta.csv\nnni,nom_complet,date_naissance,telephone,adresse\n{pid},\"{pt:full}\",{dob:dmy},{ph},\"{addr}\"\n{kinid},\"{o1:full}\",{odob:dmy},{ph},\"{oaddr}\"\n"},
    {"km_ip_portal", kAs, L::km,
     "JOURNAL DU PORTAIL PATIENT\n{stamp:iso} connexion de {email} depuis {ip:6}\n{stamp:iso} consultation du compte-rendu {ctl:CR######} - patient {pt:full}\n{stamp:iso} demande de rendez-vous pour le {next:dmy}\n"},
    // --- replies, recalls and more machine messages ---
    {"li_referral_reply", kAs, L::li,
     "Kantonsspital Graubünden - Endokrinologie\nAn: {dr:s1} {s1:full}, Hausarztpraxis am Rhein, Schaan\n\nChur, {date:de}\n\nBetrifft: {pt:full}, geb. {dob:dot}, {addr}\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege\nBesten Dank für die Zuweisung vom {past:dot}. Wir sahen {pt:given} {pt:fam} heute in unserer Sprechstunde.\n{s:cd}\nWir empfehlen eine Kontrolle bei Ihnen in 3 Monaten.\nFreundliche Grüsse\n{dr:s2} {s2:full}, Oberärztin/Oberarzt\n"},
    {"gl_screening_recall_letter", kAs, L::gl,
     "{pt:full}\n{addr}\n\nNuuk, {date:da}\n\nINDKALDELSE TIL SCREENING FOR LIVMODERHALSKRÆFT / NAKKARSUINIARNERMIK MISISSUEQQUSSINEQ\n\nKære {pt:given}\nDu er indkaldt til celleprøve på sundhedscentret den {next:kl} kl. 10.20. Medbring dit sundhedskort (CPR-nr. {pid}).\nAflysning: ring på sundhedscentrets telefon 34 47 00 i åbningstiden.\nMed venlig hilsen\nSundhedscenter Nuuk\n"},
    {"cy_oml_o21", kAs, L::cy,
     "MSH|^~\\&|GPIS|GP-LIM-004|LIS|NGH-LAB|{stamp}||OML^O21^OML_O21|{ctl}|P|2.5.1\nPID|1||{mrn}^^^GP004^MR~{pid}^^^CYID^NI||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{hstreet}^^{htown}^^{hpost}^CY||{ph:h}^PRN^CP\nIN1|1|GESY|HIO|Health Insurance Organisation|||||||||||{pt:ufam}^{pt:given}|SEL||||||||||||||||||{ins}\nORC|NW|ORD{ctl:######}|||||||{date:compact}{hm}|||{reg}^{s1:ufam}^{s1:given}\nOBR|1|ORD{ctl:######}||24331-1^Lipid panel^LN~4548-4^HbA1c^LN\n"},
    {"bs_fhir_observation", kAs, L::bs,
     "{{\n  \"resourceType\": \"Observation\",\n  \"status\": \"final\",\n  \"code\": {{ \"coding\": [{{ \"system\": \"http://loinc.org\", \"code\": \"85354-9\", \"display\": \"Blood pressure panel\" }] },\n  \"subject\": {{ \"reference\": \"Patient/{mrn}\", \"display\": \"{pt:full}\" },\n  \"effectiveDateTime\": \"{date:iso}T10:42:00-05:00\",\n  \"performer\": [{{ \"display\": \"{s3:full}\" }],\n  \"component\": [\n    {{ \"code\": {{ \"coding\": [{{ \"code\": \"8480-6\" }] }, \"valueQuantity\": {{ \"value\": 152, \"unit\": \"mm[Hg]\" } },\n    {{ \"code\": {{ \"coding\": [{{ \"code\": \"8462-4\" }] }, \"valueQuantity\": {{ \"value\": 94, \"unit\": \"mm[Hg]\" } }\n  ],\n  \"device\": {{ \"display\": \"Home monitor S/N {serial}\" }\n}\n"},
    {"ad_fhir_medication_request", kAs, L::ad,
     "{{\"resourceType\":\"MedicationRequest\",\"status\":\"active\",\"intent\":\"order\",\"authoredOn\":\"{date:iso}\",\"subject\":{{\"display\":\"{pt:full}\",\"identifier\":{{\"system\":\"urn:ad:cass\",\"value\":\"{ins}\"}},\"requester\":{{\"display\":\"{s1:full}\"},\"medicationCodeableConcept\":{{\"coding\":[{{\"system\":\"http://www.whocc.no/atc\",\"code\":\"C09AA05\",\"display\":\"ramipril 5 mg\"}]},\"dispenseRequest\":{{\"numberOfRepeatsAllowed\":5,\"quantity\":{{\"value\":28}}}\n"},
    {"sd_referral_reply_ar", kAs, L::sd,
     "مستشفى الخرطوم التعليمي - عيادة الكلى\nرد على خطاب الإحالة\nإلى: د. {s1:nat}، مركز الرياض لصحة الأسرة\nالمريض: {pt:nat}\nالرقم الوطني: {pid}\nالعمر: {age}\nتاريخ الزيارة: {date:are}\nمرض الكلى المزمن المرحلة الثالثة؛ يستمر العلاج ويعاد الفحص بعد 3 أشهر.\nد. {s2:nat}\n"},
    {"xk_sick_note_sq", kAs, L::xk,
     "RAPORT MJEKËSOR PËR PAAFTËSI TË PËRKOHSHME NË PUNË\nPacienti/ja: {pt:full}\nNumri personal: {pid}\nPunëdhënësi: Ndërmarrja publike, Prishtinë\nPaaftë për punë nga {date:dot} deri më {later:dot}\nDiagnoza: J06.9\nQKMF Prishtinë, {again:sq}\n{dr:s1} {s1:full}\n"},
    {"sz_chat_siswati", kLow, L::sz,
     "[{tm}] {kin:low}: sawubona nesi. {gran} {pt:given} akasakhoni kuhamba, ngiyacela live-visit. sikhona ekhaya ngemuso {date:dm}\n[{tm}] {s3:low}: yebo, ngitawufika emini. ngishayele ku {ph} uma kukhona lokushintshile. ngu {s3:given}, nesi wemphilo\n"},
    // --- more chronic care, practice messages and advance decisions ---
    {"fo_frailty", kAs, L::fo,
     "ELDRAKANNING - HEIMASJÚKRAROKT, KLAKSVÍK\nNavn: {pt:full}\nP-tal: {pid}\nAldur: {age}\nBústaður: {addr}\nNærmasti avvarðandi: {kin:full} ({rel}), {ph}\nDagfesting: {date:fo}\n{s:cd}\nHeimasjúkrarøktarfrøðingur: {s3:full}\n"},
    {"ad_practice_task", kAs, L::ad,
     "TASCA INTERNA - CENTRE DE SALUT DE LA MASSANA\nDe: {s4:full} (recepció)\nPer a: {dr:s1} {s1:full}\nHora: {tm}\nPacient: {pt:full}, CASS {ins}\nMissatge: demana la renovació de la recepta de metformina i insulina; no pot venir fins al {date:dmy}. Truqueu-la/lo al {ph}.\nEstat: pendent\n"},
    {"bh_ooh_handover", kAs, L::bh,
     "OUT-OF-HOURS HANDOVER - MUHARRAQ HEALTH CENTRE (EVENING CLINIC)\nPatient: {pt:full}, CPR {pid}\nAge: {age}\nSeen: {date:dmy} {tm}\nComplaint: dizziness; BP 182/104; glucose 14.2 mmol/L\n{s:cd}\nPlan: own GP to review within 48 h; family ({kin:full}, {ph}) informed.\nOOH doctor: {dr:s2} {s2:full}\n"},
    {"ly_ckd_review", kAs, L::ly,
     "CKD REVIEW - GARGARESH POLYCLINIC, TRIPOLI\nName: {pt:full}\nNational no.: {pid}\nPassport: {pass}\nDOB: {dob:dmy}\nMobile: {ph:i}\nReview date: {date:dmy}\n{s:cd}\nNephrology referral if eGFR falls below 30.\n{dr:s1} {s1:full}\n"},
    {"sm_dat_disposizioni", kAs, L::sm,
     "DISPOSIZIONI ANTICIPATE DI TRATTAMENTO (DAT)\nDisponente: {pt:full}, nato/a il {dob:it}\nCodice ISS: {pid}\nResidenza: {addr}\nFiduciario: {kin:full} ({rel}), cell. {ph}\nNon desidero rianimazione cardiopolmonare né ventilazione meccanica invasiva.\nRaccolte il {date:dmy} alla presenza del medico di base {dr:s1} {s1:full}\n"},
    {"gm_sick_note", kAs, L::gm,
     "MEDICAL CERTIFICATE OF UNFITNESS FOR WORK\nKanifing General Hospital - Family Medicine Clinic\nThis is to certify that {pt:full} of {addr} (ID card {pid}) was seen on {date:dmy} and is unfit for work for 5 days from {again:dmy}.\nDiagnosis: malaria, uncomplicated (B54).\nSigned: {dr:s1} {s1:full}, MBBS, reg. {reg:GMDC/####}\n"},
    {"sb_csv_bp_register", kAs, L::sb,
     "bp_register_kukum.csv\nname,clinic_no,village,phone,last_bp,last_visit\n\"{pt:full}\",{mrn},{town},{ph7},158/96,{date:dmy}\n\"{o1:full}\",{omrn},{town},{ph7},142/88,{date:dmy}\n\"{o2:full}\",{omrn},\"{oaddr}\",{ph},170/102,{date:dmy}\n"},
    // --- without PHI ---
    {"no_phi_hl7_ack", kAs, L::bh,
     "MSH|^~\\&|NHR|BH-MOH|ISEHA|BH-MOH-HC12|{stamp}||ACK^A04^ACK|{ctl}|P|2.5.1\nMSA|AA|{ctl}|Message accepted\n{s:msg}\n"},
    {"no_phi_mfn_locations", kAs, L::gl,
     "MSH|^~\\&|ADM|DIH|ALL|DIH|{stamp}||MFN^M05|{ctl}|P|2.5\nMFI|LOC||UPD|||NE\nMFE|MAD|{ctl:LOC####}|{stamp}|SC-NUUK^^^DIH\nLOC|SC-NUUK^^^DIH|Sundhedscenter Nuuk|C|Dronning Ingrids Vej 1, 3900 Nuuk\n{s:msg}\n"},
    {"no_phi_fhir_organization", kAs, L::cy,
     "{{\"resourceType\":\"Organization\",\"id\":\"gp-limassol-004\",\"identifier\":[{{\"system\":\"urn:cy:gesy:provider\",\"value\":\"PD-004412\"}],\"name\":\"Oikogeneiakos Iatros Limassol Group Practice\",\"telecom\":[{{\"system\":\"phone\",\"value\":\"+357 25 000 000\",\"use\":\"work\"}],\"address\":[{{\"city\":\"Limassol\",\"country\":\"CY\"}]}\n{s:msg}\n"},
    {"no_phi_indicator_csv", kAs, L::bb,
     "practice_code,indicator,numerator,denominator,percent\nP0412,DM HbA1c<=58,612,884,69.2\nP0412,BP<=140/90,1210,1702,71.1\nP0412,Cervical 25-64,2210,3180,69.5\n{s:scr}\n"},
    {"no_phi_vaccine_lot_recall", kUp, L::cv, "AVISO DE RECOLHA DE LOTE - VACINAS\n{s:scr}\n{s:scr}\nDevolver ao armazém central até ao fim do mês.\n"},
    {"no_phi_opening_hours", kAs, L::ad, "HORARIS I TELÈFONS DE SERVEI\n{s:fac}\n{s:fac}\n"},
    {"no_phi_formulary", kAs, L::li, "PRAXIS-FORMULAR - DAUERMEDIKATION\n{s:rx}\n{s:rx}\n{s:rx}\n"},
    {"no_phi_loinc_map", kAs, L::xk, "LAB CODE MAPPING TABLE (LOCAL -> LOINC)\n{s:msg}\n{s:msg}\nGLU01 -> 2345-7; HBA1C -> 4548-4; CREA -> 2160-0; K -> 2823-3\n"},
    {"no_phi_sms_template", kAs, L::bs,
     "SMS CAMPAIGN TEMPLATE (v2)\nHi <first_name>, this is <practice_name>. You are due your diabetes review. Book on <practice_phone> or online. Reply STOP to opt out.\nMerge fields are filled by the system at send time; 1,284 messages queued for 09:00.\n{s:scr}\n"},
    {"no_phi_interface_log", kAs, L::us,
     "ts={stamp:iso} level=info svc=hl7-router channel=ADT_IN msgs=42 errors=0\nts={stamp:iso} level=warn svc=hl7-router channel=ORU_IN retry=3 ctl={ctl}\n{s:msg}\n"},
    {"no_phi_population", kAs, L::ki, "ISLAND HEALTH PROFILE\n{s:fac}\n{s:fac}\n{s:cd}\n"},
    {"no_phi_screening_programme", kAs, L::fo, "SCREENING PROGRAMME - INFORMATION FOR PRACTICES\n{s:scr}\n{s:scr}\n{s:scr}\n"},
    {"no_phi_chronic_guideline", kAs, L::sz, "NCD GUIDELINE SUMMARY (2024 EDITION)\n{s:cd}\n{s:cd}\n{s:cd}\n"},
    {"no_phi_languages", kAs, L::sc, "PATIENT INFORMATION - TRANSLATIONS\n{s:lang}\n{s:lang}\n{s:lang}\n"},
    {"no_phi_ical_training", kAs, L::sm,
     "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:{ctl:TRN#####}@iss.example.sm\nDTSTAMP:{stamp:ical}\nSUMMARY:Formazione BLSD per il personale del centro sanitario\nLOCATION:Sala riunioni, piano 2\nEND:VEVENT\nEND:VCALENDAR\n{s:gp}\n"},
    {"no_phi_consult_teaching", kAs, L::vu, "TEACHING CASE (ANONYMISED)\n{s:gp}\n{s:gp}\n{s:rx}\n"},
};
// clang-format on

}  // namespace

std::size_t thirtyFourthTemplateCount() { return std::size(kTemplates34); }

std::string_view writeThirtyFourthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Tpl& t = kTemplates34[choice % std::size(kTemplates34)];
  const Cast cast = castOf(seed, patientIndex, t.g);
  Random& r = builder.random();
  Note n{builder, cast, t.mode, {drawPerson(r, t.g), drawPerson(r, t.g), drawPerson(r, t.g)}, {}, {}, {}, {}, {}, {}, {}};
  expand(n, t.text);
  return t.name;
}

std::string thirtyFourthSentence(Random& r) { return sentence34(r, {}); }

}  // namespace concord::phi::corpus
