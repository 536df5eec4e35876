// Identity, person, social-insurance, health-insurance and patient-record numbers of the world, as
// their own labels name them: the table the keyword scan (scan_identifiers.cpp) reads beside the
// local labels (local_id_labels.cpp), which hold the labels the corpus families brought one by one.
// The countries are chosen by a criterion, not by any corpus: every country of more than 30
// million inhabitants, every EU/EEA state and Switzerland, and every OECD member; then (a second
// list) every country of 8 to 30 million and every state where Arabic, French, Portuguese,
// Spanish or Russian is an official language. Each label is
// written as the country's records print it, in its languages, with and without accents, and its
// usual acronyms.
//
// Categories follow the corpus families' conventions (docs/phi.md):
//  - a number printed on the person's identity card or a personal tax number (DNI, CPF, CURP,
//    Aadhaar, NIK, MyKad, CNIC, Personalausweis, codice fiscale...) is "license";
//  - a birth or person number the health record is keyed on, like PESEL, AMKA, CNP and the
//    Nordic personal numbers (HETU, kennitala, EGN, JMBG, EMŠO, OIB, isikukood...), and a national
//    health identifier (ABHA) is "mrn";
//  - a social-insurance number is "ssn" only as the Canadian SIN (its French label NAS): the
//    families conflict here (the nineteenth and twenty-first make the SIN and the Dutch BSN "ssn",
//    the twenty-fifth to twenty-seventh say "only US SSNs are ssn"), and the majority rules, so
//    that the others are "license" (UK National Insurance, Belgian NISS/INSZ, Portuguese NISS,
//    German Rentenversicherungsnummer, Russian SNILS, Philippine SSS, the US ITIN) or, where the
//    social-insurance number is the health-insurance number (the Austrian SVNR of the e-card, as
//    the Hungarian TAJ and the French NIR), "health_plan"; the Swiss AHV/AVS number, the person
//    number Swiss records are keyed on, is "mrn" as PESEL is;
//  - a health-insurance card's number (e-card, OMS, Cartão SUS, tarjeta sanitaria, SGK...) is
//    "health_plan".
// An acronym that is also a word or a clinical abbreviation is weak (it needs "#", ":" or "number"
// before the value, or a value no word or measure has) and bounds the value's digits to its
// number's length, as does a label of ordinary words ("national insurance", "obra social"), so that
// a year or a count after it is no number: "CC: 1020304050" is a Colombian cédula, "CC: chest
// pain" a chief complaint, "CI 95%" a confidence interval, "CNS: no deficits" the nervous system,
// "RG 2" a grade.
#include "local_id_labels.h"

namespace concord::phi::detail {

namespace {

using C = PhiCategory;

constexpr LocalIdLabel kWorldLabels[] = {
    // ---- Seed 3636 (genetics and after death) labels: a separate block, kept together. ----
    // The Czech birth number abbreviated "r. č." (rodné číslo, "mrn" as RČ is): "Pacient: ..., r. č.
    // 455123/1234"; the Turkish hospital's protocol number ("Protokol no: 24-1234-56"), the
    // patient's number at a Turkish hospital; a newborn-screening filter card's number, the
    // baby's specimen ("Filter card no.: NBS12345678"); the Romanian sample ("Probă: 12345678901").
    {{"r", "č"}, C::Mrn, false},
    {{"protokol", "no"}, C::Mrn, false},
    {{"protokol", "numarası"}, C::Mrn, false},
    {{"filter", "card"}, C::Mrn, false},
    {{"filter", "card", "no"}, C::Mrn, false},
    {{"filter", "card", "number"}, C::Mrn, false},
    {{"probă"}, C::Mrn, true},
    // Finnish "Näytteet" (the samples) before a newborn's specimen numbers ("Näytteet: NBS12345678").
    {{"näytteet"}, C::Mrn, false, 8, 12},
    {{"näyte"}, C::Mrn, false, 8, 12},
    // A named doctor's registration with the medical council, a licence: the UK GMC number (seven
    // digits, "Dr Isla MacLeod, GMC 7012345"), Ireland's MCRN, Poland's PWZ ("nr PWZ 1234567"),
    // the Philippine PRC licence, South Africa's HPCSA ("HPCSA MP0123456"), Argentina's matrícula
    // nacional "MN 123456" (six digits: "MN 55401" is Minnesota's ZIP).
    {{"gmc"}, C::License, false, 7, 7},
    {{"gmc", "no"}, C::License, false, 7, 7},
    {{"mcrn"}, C::License, false, 4, 7},
    {{"pwz"}, C::License, false, 7, 7},
    {{"nr", "pwz"}, C::License, false, 7, 7},
    {{"prc"}, C::License, false, 7, 7},
    {{"prc", "no"}, C::License, false, 7, 7},
    {{"hpcsa"}, C::License, false, 5, 8},
    {{"mn"}, C::License, false, 6, 6},
    // Insurance: Colombia's EPS affiliation ("EPS: EPS-1234567890"; "EPS" is also an
    // electrophysiology study, so ten digits or so only), the Czech insurer's card ("pojišťovna 111,
    // č. průkazu 123456789012345", the three-digit insurer's code no number), an Israeli kupat
    // holim member number ("מכבי, מספר חבר 123-4567890").
    {{"eps"}, C::HealthPlan, false, 8, 12},
    {{"pojišťovna"}, C::HealthPlan, false, 9, 20},
    {{"pojistovna"}, C::HealthPlan, false, 9, 20},
    {{"č", "průkazu"}, C::HealthPlan, false, 9, 20},
    {{"c", "prukazu"}, C::HealthPlan, false, 9, 20},
    {{"\u05de\u05e1\u05e4\u05e8", "\u05d7\u05d1\u05e8"}, C::HealthPlan, false},  // מספר חבר
    // Its abbreviation on a scanned kupat holim card: "קופת חולים, מס' חבר: 726289858" (seed 3838).
    {{"\u05de\u05e1", "\u05d7\u05d1\u05e8"}, C::HealthPlan, false},  // מס' חבר
    // After a death: an autopsy's number and an estate's (Afrikaans "Boedel no.") are cases about
    // the person, accounts ("Autopsy no. A24-123", "Boedel no.: 1234/2024").
    {{"autopsy", "no"}, C::Account, false},
    {{"autopsy", "number"}, C::Account, false},
    {{"boedel", "no"}, C::Account, false},
    {{"boedelnommer"}, C::Account, false},
    // ---- End of the seed 3636 block. ----
    // Spain: the DNI (eight digits and a letter), the foreigner's NIE, the health card's CIP and
    // the social security affiliation (NUSS, as "afiliación" in the local table).
    {{"dni"}, C::License, true, 7, 13},  // (an Argentine CUIL under it: "20-29559430-3"; Honduras: thirteen)
    {{"nie"}, C::License, true, 7, 8},
    {{"documento", "nacional", "de", "identidad"}, C::License},
    {{"cip"}, C::HealthPlan, true, 6, 16},
    {{"código", "cip"}, C::HealthPlan},
    {{"codigo", "cip"}, C::HealthPlan},
    {{"nuss"}, C::HealthPlan},
    {{"nuhsa"}, C::HealthPlan},
    // Latin America: Argentina's CUIL/CUIT (eleven digits), Mexico's voter card (INE), RFC and
    // clave de elector, Colombia's cédula de ciudadanía (CC) and NIT, the cédula de
    // identidad (CI) of Venezuela, Ecuador, Bolivia, Uruguay, Paraguay and Costa Rica, Brazil's RG,
    // and Argentina's obra social (its member number).
    {{"cuil"}, C::License, false, 10, 11},
    {{"cuit"}, C::License, false, 10, 11},
    {{"ine"}, C::License, true, 9, 13},
    {{"credencial", "ine"}, C::License},
    {{"credencial", "de", "elector"}, C::License},
    {{"clave", "de", "elector"}, C::License},
    {{"rfc"}, C::License, true, 6, 9, 13},
    {{"cc"}, C::License, true, 6, 10},
    // Acronyms written with dots: "C.C. 1.020.304.050", "C.I. 12.345.678", "C.E." (Colombia's
    // cédula de extranjería), "T.I." (tarjeta de identidad), "D.N.I.", "R.G.", "C.P.F.", "N.I.F.",
    // "N.I.E.", "R.U.T.", "R.F.C.", "N.I.T."; weak as their acronyms are, with the same digits.
    {{"c", "c"}, C::License, true, 6, 10},
    {{"c", "i"}, C::License, true, 6, 11},
    {{"c", "e"}, C::License, true, 6, 10},
    {{"t", "i"}, C::License, true, 8, 11},
    {{"d", "n", "i"}, C::License, true, 7, 9},
    {{"r", "g"}, C::License, true, 7, 10},
    {{"c", "p", "f"}, C::License, true, 11, 11},
    {{"n", "i", "f"}, C::License, true, 8, 9},
    {{"n", "i", "e"}, C::License, true, 7, 8},
    {{"r", "u", "t"}, C::License, true, 7, 9},
    {{"r", "f", "c"}, C::License, true, 6, 9, 13},
    {{"n", "i", "t"}, C::License, true, 9, 10},
    // Costa Rica's cédula física (a person's, "1-1234-0567"; a company's is the cédula jurídica),
    // and the professional registration of a doctor in Paraguay ("Reg. Prof. 94652": a named
    // doctor's registration is "license").
    {{"cédula", "física"}, C::License},
    {{"cedula", "fisica"}, C::License},
    {{"reg", "prof"}, C::License, false, 4, 7},
    // Greek and Catalan identity documents: "Αρ. Ταυτότητας: 46299814", "Passaport: X153513".
    {{"αρ", "ταυτότητας"}, C::License},
    {{"αριθμός", "ταυτότητας"}, C::License},
    {{"passaport"}, C::License},
    // (Nicaragua's cédula has thirteen digits and a letter: "001-150385-0012K".)
    {{"cédula"}, C::License, true, 6, 13},
    {{"cedula"}, C::License, true, 6, 13},
    {{"cédula", "de", "ciudadanía"}, C::License},
    {{"cedula", "de", "ciudadania"}, C::License},
    {{"cédula", "de", "identidad"}, C::License},
    {{"cedula", "de", "identidad"}, C::License},
    {{"tarjeta", "de", "identidad"}, C::License},
    {{"nit"}, C::License, true, 9, 10},
    {{"ci"}, C::License, true, 6, 11},  // (Cuba's carné: eleven digits)
    {{"rg"}, C::License, true, 7, 10},
    {{"registro", "geral"}, C::License},
    {{"cartão", "do", "sus"}, C::HealthPlan},
    {{"cartao", "do", "sus"}, C::HealthPlan},
    {{"cartão", "nacional", "de", "saúde"}, C::HealthPlan},
    {{"cartao", "nacional", "de", "saude"}, C::HealthPlan},
    {{"obra", "social"}, C::HealthPlan, false, 5, 20},
    // PAMI, Argentina's insurer of retirees and pensioners, numbers its affiliate ("Afiliado PAMI
    // N° 158630590117/00"); weak, as a bare acronym.
    {{"pami"}, C::HealthPlan, true, 10, 14},
    {{"afiliado", "pami"}, C::HealthPlan},
    // Peru's EsSalud numbers the insured by an autogenerated code ("Autogenerado EsSalud:
    // 0501147NDNM142").
    {{"essalud"}, C::HealthPlan, true, 6, 15},
    {{"autogenerado"}, C::HealthPlan, true, 6, 15},
    {{"autogenerado", "essalud"}, C::HealthPlan},
    // Portugal's citizen card and its social security number.
    {{"cartão", "de", "cidadão"}, C::License},
    {{"cartao", "de", "cidadao"}, C::License},
    {{"bilhete", "de", "identidade"}, C::License},
    {{"niss"}, C::License},
    // France and French-speaking Africa: the national identity card (CNI, Morocco's CIN/CNIE).
    {{"cni"}, C::License, true, 8, 13},
    {{"carte", "nationale", "d", "identité"}, C::License},
    {{"carte", "nationale", "d", "identite"}, C::License},
    {{"carte", "d", "identité"}, C::License},
    {{"carte", "d", "identite"}, C::License},
    {{"cin"}, C::License, true, 5, 12},
    {{"cnie"}, C::License},
    // Morocco's CNSS registers the insured of the AMO health cover: "immatriculation CNSS 994856370".
    {{"cnss"}, C::HealthPlan, true, 6, 12},
    {{"immatriculation", "cnss"}, C::HealthPlan},
    {{"carte", "d", "électeur"}, C::License},
    {{"carte", "d", "electeur"}, C::License},
    // Belgium: the national register number (rijksregisternummer, INSZ/NISS), printed on the eID
    // but the personal number every record of the person is keyed on, like PESEL: "mrn" (the
    // thirtieth family; no earlier family writes it).
    {{"rijksregisternummer"}, C::Mrn},
    {{"registre", "national"}, C::Mrn, false, 11, 11},
    {{"insz"}, C::Mrn},
    // Italy: the tax code printed on the tessera sanitaria, and the identity card.
    {{"codice", "fiscale"}, C::License},
    {{"cf"}, C::License, true, 7, 7, 16},
    {{"carta", "d", "identità"}, C::License},
    {{"carta", "d", "identita"}, C::License},
    {{"carta", "di", "identità"}, C::License},
    // Germany, Austria, Switzerland, Luxembourg, Liechtenstein: identity card, tax ID, pension and
    // health insurance (the Austrian e-card carries the social insurance number, the Swiss
    // insurance card the AHV number).
    {{"personalausweis"}, C::License},
    {{"personalausweisnummer"}, C::License},
    {{"ausweisnummer"}, C::License},
    {{"steuer", "id"}, C::License},
    {{"steueridentifikationsnummer"}, C::License},
    {{"sozialversicherungsnummer"}, C::HealthPlan},  // Austria's word for the SVNR
    {{"rentenversicherungsnummer"}, C::License},
    {{"svnr"}, C::HealthPlan},
    {{"sv", "nr"}, C::HealthPlan},
    {{"sv", "nummer"}, C::HealthPlan},
    // The Swiss AHV/AVS number (756.xxxx.xxxx.xx) is the person number Swiss hospitals key the
    // record on, like PESEL and the Nordic numbers (the twenty-ninth family, the only one that
    // prints it); the insurance card's own number (80756...) is the cover.
    {{"ahv"}, C::Mrn, true, 13, 13, 0, "756"},
    // Luxembourg's national identification number (the "matricule", also the CNS number): birth
    // date as YYYYMMDD, a serial and two check digits, thirteen in all, often printed "1988 1126
    // 556 78"; the person number every record of the country is keyed on, "mrn" as PESEL (the
    // thirty-second family). Bound to its thirteen digits: a staff member's "matricule 4512" is
    // the employer's number.
    {{"matricule"}, C::Mrn, false, 13, 13},
    {{"ahv", "nr"}, C::Mrn},
    {{"ahv", "nummer"}, C::Mrn},
    {{"avs"}, C::Mrn, true, 13, 13, 0, "756"},
    {{"no", "avs"}, C::Mrn},
    {{"numéro", "avs"}, C::Mrn},
    {{"ahvn13"}, C::Mrn},
    {{"versichertenkarte"}, C::HealthPlan},
    // The Swiss insurance card's own number (twenty digits from 80756): "Karten-Nr.: 80756...".
    {{"karten", "nr"}, C::HealthPlan, true, 20, 20, 0, "80756"},
    {{"krankenkassennummer"}, C::HealthPlan},
    // The United Kingdom's National Insurance number ("QQ 12 34 56 C"), 
    {{"nino"}, C::License, true, 6, 6, 9},
    {{"ni", "number"}, C::License},
    {{"ni", "no"}, C::License},
    {{"national", "insurance"}, C::License, false, 6, 6},
    {{"national", "insurance", "number"}, C::License},
    {{"national", "insurance", "no"}, C::License},
    // Nordic and Baltic person numbers, the record's key: Finland's henkilötunnus (HETU), Iceland's
    // kennitala, Sweden's samordningsnummer, Estonia's isikukood, Latvia's
    // personas kods, Lithuania's asmens kodas.
    {{"hetu"}, C::Mrn},
    {{"henkilötunnus"}, C::Mrn},
    {{"henkilotunnus"}, C::Mrn},
    {{"personbeteckning"}, C::Mrn},  // the henkilötunnus in Finland's Swedish
    {{"sotu"}, C::Mrn, true, 6, 9},
    {{"kennitala"}, C::Mrn},
    {{"kt"}, C::Mrn, true, 10, 10},
    {{"samordningsnummer"}, C::Mrn},
    {{"isikukood"}, C::Mrn},
    {{"personas", "kods"}, C::Mrn},
    {{"asmens", "kodas"}, C::Mrn},
    // Central and south-eastern Europe: Croatia's OIB and MBO (the insured person's number),
    // Slovenia's EMŠO and ZZZS card, the JMBG of the former Yugoslav states, Bulgaria's EGN (ЕГН),
    // the Czech and Slovak insured person's number, the Hungarian personal number.
    {{"oib"}, C::Mrn, false, 11, 11},
    {{"mbo"}, C::HealthPlan, true, 9, 9},
    {{"emšo"}, C::Mrn},
    {{"em\u0160o"}, C::Mrn},  // "EMŠO" lowered (lower-casing leaves the Š)
    {{"emso"}, C::Mrn},
    {{"zzzs"}, C::HealthPlan, false, 8, 12},  // (the card's nine digits; "po ceniku ZZZS 2024" is a tariff's year)
    {{"jmbg"}, C::Mrn},
    {{"\u0458\u043c\u0431\u0433"}, C::Mrn},  // јмбг
    {{"\u0408\u041c\u0411\u0413"}, C::Mrn},  // ЈМБГ
    // Serbia's LBO (lični broj osiguranika, the insured person's eleven digits on the health card).
    {{"lbo"}, C::HealthPlan, true, 11, 11},
    {{"\u043b\u0431\u043e"}, C::HealthPlan, true, 11, 11},  // лбо
    {{"\u041b\u0411\u041e"}, C::HealthPlan, true, 11, 11},  // ЛБО
    {{"egn"}, C::Mrn, false, 10, 10},
    {{"\u0435\u0433\u043d"}, C::Mrn},  // егн
    {{"\u0415\u0413\u041d"}, C::Mrn},  // ЕГН
    {{"číslo", "pojištěnce"}, C::HealthPlan},
    {{"cislo", "pojistence"}, C::HealthPlan},
    {{"číslo", "poistenca"}, C::HealthPlan},
    {{"cislo", "poistenca"}, C::HealthPlan},
    {{"személyi", "szám"}, C::License},
    {{"szemelyi", "szam"}, C::License},
    // Greece (the AMKA in Greek letters; the ΑΦΜ tax number) and Cyprus.
    {{"\u03b1\u03bc\u03ba\u03b1"}, C::Mrn},  // αμκα
    {{"\u0391\u039c\u039a\u0391"}, C::Mrn},  // ΑΜΚΑ
    {{"\u0391\u03a6\u039c"}, C::License},    // ΑΦΜ
    // The Greek identity card's number, ΑΔΤ (αριθμός δελτίου ταυτότητας), dotted or not: "Α.Δ.Τ.:
    // Κ 857002", a letter or two and six digits (seed 3838).
    {{"\u0391", "\u0394", "\u03a4"}, C::License},  // Α.Δ.Τ.
    {{"\u0391\u0394\u03a4"}, C::License},          // ΑΔΤ
    {{"afm"}, C::License, true, 9, 9},
    // Russia, Ukraine, Uzbekistan: the SNILS (insurance number of the personal account), the OMS
    // health insurance policy, the INN tax number, the internal passport; the PINFL.
    {{"snils"}, C::License},
    {{"\u0441\u043d\u0438\u043b\u0441"}, C::License},  // снилс
    {{"\u0421\u041d\u0418\u041b\u0421"}, C::License},  // СНИЛС
    {{"oms"}, C::HealthPlan, true, 16, 16},
    {{"\u043e\u043c\u0441"}, C::HealthPlan},  // омс
    {{"\u041e\u041c\u0421"}, C::HealthPlan},  // ОМС
    {{"\u043f\u043e\u043b\u0438\u0441"}, C::HealthPlan},  // полис
    {{"\u041f\u043e\u043b\u0438\u0441"}, C::HealthPlan},  // Полис
    {{"\u0438\u043d\u043d"}, C::License},  // инн
    {{"\u0418\u041d\u041d"}, C::License},  // ИНН
    {{"\u043f\u0430\u0441\u043f\u043e\u0440\u0442"}, C::License},  // паспорт
    {{"\u041f\u0430\u0441\u043f\u043e\u0440\u0442"}, C::License},  // Паспорт
    {{"pinfl"}, C::Mrn},
    {{"jshshir"}, C::Mrn},
    // Turkey's social security institution (SGK) and its T.C. identity number written "TCKN".
    {{"tckn"}, C::License},
    {{"sgk"}, C::HealthPlan, true, 8, 13},
    // The Middle East and North Africa: Kuwait's and Oman's civil ID, the Qatar ID, Iran's kod-e
    // melli, Afghanistan's tazkira, the Arabic "national number" and "identity number".
    {{"civil", "id"}, C::License},
    {{"qid"}, C::License, true, 11, 11},
    {{"kod", "melli"}, C::License},
    {{"code", "melli"}, C::License},
    {{"\u06a9\u062f", "\u0645\u0644\u06cc"}, C::License},  // کد ملی
    {{"tazkira"}, C::License},
    {{"tazkera"}, C::License},
    {{"\u0627\u0644\u0631\u0642\u0645", "\u0627\u0644\u0642\u0648\u0645\u064a"}, C::License},  // الرقم القومي
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0647\u0648\u064a\u0629"}, C::License},  // رقم الهوية
    // (Pakistan's CNIC in Urdu, "identity card": "شناختی کارڈ: 70587-3842220-1", seed 3535.)
    {{"\u0634\u0646\u0627\u062e\u062a\u06cc", "\u06a9\u0627\u0631\u0688"}, C::License},  // شناختی کارڈ
    // Sub-Saharan Africa: Kenya's Huduma Namba, Tanzania's NIDA number, Uganda's NIRA, the
    // Ethiopian kebele ID, Mozambique's and Angola's BI, Nigeria's NHIA already in the local table.
    {{"huduma"}, C::License},
    {{"huduma", "namba"}, C::License},
    {{"nida"}, C::License},
    {{"nida", "no"}, C::License},
    {{"nira"}, C::License},
    {{"kebele", "id"}, C::License},
    {{"nuit"}, C::License, false, 9, 9},
    // South Asia: India's ABHA (the health account that keys the record), PAN (five letters, four
    // digits, a letter), voter card (EPIC); Bangladesh's and Nepal's NID and citizenship card.
    // (ABHA's fourteen digits, not a postcode of the Saudi city of Abha: "Abha 62513".)
    {{"abha"}, C::Mrn, false, 14, 14},
    {{"abha", "number"}, C::Mrn, false, 14, 14},
    {{"abha", "no"}, C::Mrn, false, 14, 14},
    {{"abha", "id"}, C::Mrn, false, 14, 14},
    {{"pan"}, C::License, true, 4, 4, 10},
    {{"pan", "card"}, C::License},
    {{"pan", "no"}, C::License},
    {{"pan", "number"}, C::License},
    {{"voter", "id"}, C::License},
    {{"epic", "no"}, C::License},
    {{"nid"}, C::License, true, 6, 17},  // (the Maldives: a letter and six digits, "A123456")
    {{"nid", "no"}, C::License},
    {{"nicop"}, C::License},
    {{"nagarikta"}, C::License},
    // South-east Asia: Malaysia's MyKad ("IC No." twelve digits), Indonesia's KTP, Vietnam's older
    // CMND, the Philippine UMID and SSS (social security) and TIN.
    {{"mykad"}, C::License},
    {{"ic", "no"}, C::License, false, 8, 12},  // (Brunei: "00-123456")
    {{"ic", "number"}, C::License, false, 8, 12},
    {{"ic"}, C::License, true, 8, 12},  // (bare, Brunei's eight too: "IC: 01-552019")
    {{"ktp"}, C::License},
    {{"no", "ktp"}, C::License},
    {{"cmnd"}, C::License},
    {{"umid"}, C::License},
    {{"sss"}, C::License, true, 10, 10},
    {{"sss", "no"}, C::License},
    {{"tin"}, C::License, true, 9, 12},
    // East Asia in Latin letters: Hong Kong's HKID, Japan's My Number, Korea's resident number
    // written in English, Taiwan's NHI card.
    {{"hkid"}, C::License},
    {{"my", "number", "card"}, C::License},
    {{"resident", "registration", "number"}, C::License},
    {{"resident", "registration", "no"}, C::License},
    // Record numbers, identity cards and cover in other words of the same countries: Indonesia's
    // and Malaysia's medical record ("No. RM", "rekam medis"), Chile's ficha clínica, Malaysia's
    // "No. KP" (kad pengenalan), Poland's dowód osobisty, the Czech občanský průkaz, the Hungarian
    // személyi igazolvány, Ukraine's РНОКПП and ІПН in Cyrillic, Israel's ת.ז. and תעודת זהות, the
    // Saudi iqama and national identity in Arabic, Iran's شماره ملی, Russia's medical card,
    // Vietnam's BHXH (the social insurance code that the BHYT card carries), Pakistan's Sehat card,
    // India's ESIC, CGHS and Ayushman cards, China's 就诊卡 (below), Australia's Centrelink CRN.
    {{"no", "rm"}, C::Mrn, false, 5, 12},  // (not "no RM 1200 fee", ringgit)
    {{"rekam", "medis"}, C::Mrn},
    {{"ficha", "clínica"}, C::Mrn},
    {{"ficha", "clinica"}, C::Mrn},
    {{"no", "kp"}, C::License, false, 12, 12},
    {{"dowód", "osobisty"}, C::License},
    {{"dowod", "osobisty"}, C::License},
    {{"nr", "dowodu"}, C::License},
    {{"občanský", "průkaz"}, C::License},
    {{"obcansky", "prukaz"}, C::License},
    {{"személyi", "igazolvány"}, C::License},
    {{"szemelyi", "igazolvany"}, C::License},
    {{"\u0420\u041d\u041e\u041a\u041f\u041f"}, C::License},  // РНОКПП
    {{"\u0440\u043d\u043e\u043a\u043f\u043f"}, C::License},  // рнокпп
    {{"\u0406\u041f\u041d"}, C::License},                      // ІПН
    {{"\u05ea", "\u05d6"}, C::License},                          // ת.ז.
    {{"\u05ea\u05e2\u05d5\u05d3\u05ea", "\u05d6\u05d4\u05d5\u05ea"}, C::License},  // תעודת זהות
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0625\u0642\u0627\u0645\u0629"}, C::License},  // رقم الإقامة
    // الهوية الوطنية
    {{"\u0627\u0644\u0647\u0648\u064a\u0629", "\u0627\u0644\u0648\u0637\u0646\u064a\u0629"}, C::License},
    {{"\u0634\u0645\u0627\u0631\u0647", "\u0645\u0644\u06cc"}, C::License},  // شماره ملی
    {{"\u043c\u0435\u0434\u0438\u0446\u0438\u043d\u0441\u043a\u0430\u044f", "\u043a\u0430\u0440\u0442\u0430"},
     C::Mrn},  // медицинская карта
    {{"\u041c\u0435\u0434\u0438\u0446\u0438\u043d\u0441\u043a\u0430\u044f", "\u043a\u0430\u0440\u0442\u0430"},
     C::Mrn},  // Медицинская карта
    {{"bhxh"}, C::HealthPlan},
    {{"sehat", "card"}, C::HealthPlan},
    {{"esic"}, C::HealthPlan},
    {{"esic", "no"}, C::HealthPlan},
    {{"cghs"}, C::HealthPlan},
    {{"cghs", "card"}, C::HealthPlan},
    {{"ayushman", "card"}, C::HealthPlan},
    {{"centrelink", "crn"}, C::Account},
    // Oceania and North America: Australia's tax file number, New Zealand's IRD number, Canada's
    // social insurance number in French (NAS, "ssn" as the SIN is), a Quebec health card; the US
    // ITIN (a taxpayer number in an SSN's shape, but no SSN).
    {{"tfn"}, C::License, false, 8, 9},
    {{"tax", "file", "number"}, C::License},
    {{"ird", "number"}, C::License},
    {{"ird", "no"}, C::License},
    {{"nas"}, C::Ssn, true, 9, 9},
    {{"assurance", "sociale"}, C::Ssn, false, 9, 9},
    {{"assurance", "maladie"}, C::HealthPlan, false, 8, 20},
    {{"itin"}, C::License, false, 9, 9},
    // Travel documents as the world's forms print them (the English "passport" is a keyword of
    // scan_identifiers.cpp): Spanish, French, Portuguese, German, Dutch, Malay and Indonesian,
    // Serbian (Latin, inflected "pasoša", and Cyrillic); Finnish and Italian "passi" is also
    // "steps" and needs a "#", ":" or "number".
    {{"pasaporte"}, C::License},
    {{"passeport"}, C::License},
    {{"passaporte"}, C::License},
    {{"reisepass"}, C::License},
    {{"paspoort"}, C::License},
    {{"pasport"}, C::License},
    {{"paspor"}, C::License},
    {{"passi"}, C::License, true, 6, 9},
    {{"pasoš"}, C::License},
    {{"pasoša"}, C::License},
    {{"пасош"}, C::License},  // пасош
    {{"пасоша"}, C::License},
    // A seafarer's identity document or discharge book (ILO C185, the continuous discharge
    // certificate) is issued to one person.
    {{"seafarer", "s", "book"}, C::License},
    {{"seafarers", "book"}, C::License},
    {{"seaman", "s", "book"}, C::License},
    {{"seamans", "book"}, C::License},
    {{"discharge", "book"}, C::License},
    {{"seafarer", "s", "identity", "document"}, C::License},
    // Work and residence permits and enrolment of migrant workers: Serbian "radna dozvola br.",
    // Sri Lanka's Bureau of Foreign Employment registration, an Argentine climbing permit.
    {{"dozvola", "br"}, C::License},
    {{"dozvole", "br"}, C::License},
    {{"slbfe", "registration"}, C::License},
    {{"slbfe", "no"}, C::License},
    {{"plks"}, C::License},  // Malaysia's temporary employment pass: "Work permit (PLKS) no."
    {{"pass", "nr"}, C::License},  // German "Pass-Nr." (the compound "Passnummer" is read as a head)
    {{"bescheinigungs", "nr"}, C::License},  // a certificate issued to the person
    {{"permiso", "de", "ascenso"}, C::License},
    {{"permiso", "de", "trabajo"}, C::License},
    {{"permiso", "de", "residencia"}, C::License},
    // Identity documents: Malaysia's identity card ("No. K/P", kad pengenalan) and a certificate
    // ("No. sijil"), the French identity document, Sri Lanka's NIC (old "783451234V", new twelve
    // digits; "Jathika handunumpath ankaya" in Sinhala), Jamaica's taxpayer registration number.
    {{"no", "k", "p"}, C::License},
    {{"no", "kp"}, C::License},
    {{"no", "sijil"}, C::License},
    {{"document", "d", "identification"}, C::License},
    {{"document", "d", "identité"}, C::License},
    {{"pièce", "d", "identité"}, C::License},
    {{"nic"}, C::License, true, 9, 13},  // (Mauritius: a letter and thirteen)
    {{"handunumpath", "ankaya"}, C::License, false, 9, 12},
    {{"trn"}, C::License, false, 9, 9},
    // Jamaica's National Health Fund card is the coverage ("NHF card: NHF95485867").
    {{"nhf"}, C::HealthPlan},
    {{"nhf", "card"}, C::HealthPlan},
    // Cambodia's National Social Security Fund carries the health-care scheme of workers and
    // civil servants; its member number is the coverage ("NSSF: 7138058912").
    {{"nssf"}, C::HealthPlan, false, 8, 12},
    // Doctors' registration numbers, which the families of travel care count as a licence issued
    // to one person: the Malaysian Medical Council, the Colegio Médico del Perú, Morocco's INPE,
    // Argentina's matrícula nacional and provincial. Acronyms that are also clinical ones (CMP, a
    // metabolic panel; MMC, mitomycin) read only a number of five or six digits.
    {{"mmc"}, C::License, false, 5, 6},
    {{"cmp"}, C::License, false, 5, 6},
    {{"inpe"}, C::License, false, 5, 6},
    {{"rm"}, C::License, false, 5, 6},  // Colombia's registro médico (only after "Name, ": ringgit)
    {{"m", "n"}, C::License, false, 4, 6},
    // Prescribers' registration numbers of the second list's countries, each after the prescriber's
    // name on a prescription: Venezuela's MPPS, Ecuador's ACESS, Angola's Ordem dos Médicos, the
    // Lithuanian doctor's stamp ("spaudo Nr."), the Bulgarian УИН and Belgium's RIZIV/INAMI
    // ("1-23456-78-910"); licences issued to one person, as the thirtieth family counts them.
    {{"mpps"}, C::License, false, 4, 6},
    {{"acess"}, C::License, false, 4, 7},
    {{"ordem", "dos", "médicos"}, C::License, false, 4, 6},
    {{"ordem", "dos", "medicos"}, C::License, false, 4, 6},
    {{"spaudo", "nr"}, C::License, false, 4, 7},
    {{"\u0423\u0418\u041d"}, C::License, false, 4, 10},  // УИН
    {{"riziv"}, C::License, false, 11, 11},
    {{"inami"}, C::License, false, 11, 11},
    {{"m", "p"}, C::License, false, 4, 6},
    // Medical councils' registrations of a named doctor in the thirty-fifth family's countries
    // (seed 3535), read only after the doctor's name like the councils above: Australia's AHPRA
    // ("Dr Callum Walsh, FRACP, AHPRA MED0000999101"), the Pakistan Medical and Dental Council
    // ("Bilal Butt, PMDC 91032-P"), Norway's HPR, Germany's LANR, Ontario's CPSO, a Brazilian
    // regional council with its state ("CRM-SP 530617") and Mexico's cédula profesional ("Céd.
    // Prof. 4702572").
    {{"ahpra"}, C::License, false, 10, 10},
    {{"pmdc"}, C::License, false, 4, 6},
    {{"hpr"}, C::License, false, 7, 9},
    {{"lanr"}, C::License, false, 7, 9},
    {{"cpso"}, C::License, false, 5, 6},
    {{"crm", "sp"}, C::License, false, 4, 6},
    {{"crm", "rj"}, C::License, false, 4, 6},
    {{"crm", "mg"}, C::License, false, 4, 6},
    {{"céd", "prof"}, C::License, false, 7, 8},
    {{"ced", "prof"}, C::License, false, 7, 8},
    // The thirty-seventh family's (seed 3737) councils, read after the doctor's name alike:
    // France's RPPS ("Dr Michel Bonnet, RPPS 10783163630", eleven digits, twelve as some
    // prescriptions print the key), Singapore's Medical Council ("Dr Darren Goh, MCR M87473Z"),
    // Nigeria's MDCN ("Dr Ibrahim Adeyemi, MDCN MDCN/R/79519"), the Bangladesh Medical and
    // Dental Council ("Dr Rahim Sarkar, BMDC A-94017") and a Spanish colegiado number ("Dra.
    // Montserrat Puig, Col. 28/28/55883").
    {{"rpps"}, C::License, false, 11, 12},
    {{"mcr"}, C::License, false, 5, 6},
    {{"mdcn"}, C::License, false, 4, 6},
    {{"bmdc"}, C::License, false, 4, 6},
    {{"col"}, C::License, false, 8, 11},
    // A certified interpreter's or translator's credential, a licence like a clinician's
    // registration (seed 3939): the US CCHI and Australia's NAATI practitioner ID ("Meseret
    // Tadesse, CCHI 87806", "Tran Van An, NAATI CPN18V3426"), the UK's NRPSI ("Asif Rana, NRPSI
    // 15021") and the NBCMI's "certified interpreter CHI 382648" ("CHI" alone is the Greek letter).
    // The vendor's own "Interpreter ID 40213" stays none.
    {{"cchi"}, C::License, false, 4, 7},
    {{"naati"}, C::License, false, 4, 8},
    {{"nrpsi"}, C::License, false, 4, 6},
    {{"interpreter", "chi"}, C::License, false, 4, 7},
    // Indonesia's STR (surat tanda registrasi), the doctor's registration, only where the number
    // names its register ("DOKTER=BUDI HIDAYAT|STR=150/STR/4005"; "str" is also a street).
    {{"str"}, C::License, false, 4, 12},
    // The second list of countries (session of 2026-11-27): every country of 8 to 30 million
    // inhabitants and every state where Arabic, French, Portuguese, Spanish or Russian is an
    // official language. Labels shared by many of them come first.
    // Russian, Kazakh, Uzbek, Kyrgyz, Tajik and Belarusian records in Cyrillic (the token's lower
    // case lowers ASCII only, so each label is written as printed, lower and capitalised): the
    // Kazakh ИИН/ЖСН (twelve digits), the Uzbek ПИНФЛ/ЖШШИР (fourteen), the Kyrgyz ПИН
    // (fourteen; also a card's PIN, so bound), the Belarusian личный and идентификационный номер
    // (seven digits, a letter, three digits, two letters, a digit), all on the identity card. The
    // Kazakh IIN and the Uzbek PINFL are personal numbers that key every record of the person
    // (the polyclinic's, the pharmacy's, the blood centre's), like PESEL and JMBG: "mrn" (the
    // thirtieth family; no earlier family writes them). So is the Belarusian personal number,
    // printed apart from the passport's own number beside it ("Личный номер: 3080359B727PB0
    // Паспорт: MP5525692"; the thirty-second family). So is the Kyrgyz ПИН, fourteen digits with
    // the birth date in them (the thirty-third family; no earlier family writes it); weak and
    // bound, as a card's PIN.
    {{"\u0418\u0418\u041d"}, C::Mrn, false, 12, 12},  // ИИН
    {{"\u0438\u0438\u043d"}, C::Mrn, false, 12, 12},  // иин
    {{"iin"}, C::Mrn, false, 12, 12},
    {{"\u0416\u0421\u041d"}, C::Mrn, false, 12, 12},  // ЖСН
    {{"\u041f\u0418\u041d\u0424\u041b"}, C::Mrn, false, 14, 14},  // ПИНФЛ
    {{"\u043f\u0438\u043d\u0444\u043b"}, C::Mrn, false, 14, 14},  // пинфл
    {{"\u0416\u0428\u0428\u0418\u0420"}, C::Mrn, false, 14, 14},  // ЖШШИР
    {{"\u041f\u0418\u041d"}, C::Mrn, true, 14, 14},  // ПИН
    {{"pin"}, C::Mrn, true, 13, 14},  // the same, transliterated: "PIN: 12205198800417"
    // (Eswatini's personal identification number has thirteen digits, the date of birth first:
    // "PIN: 9205029543886"; the Faroese p-tal is the birth date and three digits, "P-tal:
    // 240775-517"; Barbados' national registration number the birth date and four, "NRN:
    // 240607-5273": each keys the person's records, as the Nordic personal numbers do.)
    {{"p", "tal"}, C::Mrn, false, 9, 9},
    {{"ptal"}, C::Mrn, false, 9, 9},
    {{"nrn"}, C::Mrn, true, 10, 10},
    {{"\u043b\u0438\u0447\u043d\u044b\u0439", "\u043d\u043e\u043c\u0435\u0440"}, C::Mrn},  // личный номер
    {{"\u041b\u0438\u0447\u043d\u044b\u0439", "\u043d\u043e\u043c\u0435\u0440"}, C::Mrn},  // Личный номер
    // идентификационный номер
    {{"\u0438\u0434\u0435\u043d\u0442\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0439",
      "\u043d\u043e\u043c\u0435\u0440"},
     C::Mrn},
    {{"\u0418\u0434\u0435\u043d\u0442\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0439",
      "\u043d\u043e\u043c\u0435\u0440"},
     C::Mrn},
    // The passport in its inflected forms and the foreign-travel passport, the driving licence
    // (водительское удостоверение, "ВУ"), the birth certificate.
    {{"\u043f\u0430\u0441\u043f\u043e\u0440\u0442\u0430"}, C::License},  // паспорта
    {{"\u0437\u0430\u0433\u0440\u0430\u043d\u043f\u0430\u0441\u043f\u043e\u0440\u0442"}, C::License},  // загранпаспорт
    {{"\u0417\u0430\u0433\u0440\u0430\u043d\u043f\u0430\u0441\u043f\u043e\u0440\u0442"}, C::License},  // Загранпаспорт
    // водительское удостоверение, Водительское удостоверение, водительского удостоверения
    {{"\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c\u0441\u043a\u043e\u0435",
      "\u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u0435"},
     C::License},
    {{"\u0412\u043e\u0434\u0438\u0442\u0435\u043b\u044c\u0441\u043a\u043e\u0435",
      "\u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u0435"},
     C::License},
    {{"\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c\u0441\u043a\u043e\u0433\u043e",
      "\u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u044f"},
     C::License},
    {{"\u0412\u0423"}, C::License, true, 10, 10},  // ВУ (two letters: needs ":" or "№")
    // свидетельство о рождении
    {{"\u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e", "\u043e",
      "\u0440\u043e\u0436\u0434\u0435\u043d\u0438\u0438"},
     C::License},
    {{"\u0421\u0432\u0438\u0434\u0435\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e", "\u043e",
      "\u0440\u043e\u0436\u0434\u0435\u043d\u0438\u0438"},
     C::License},
    // The hospital's record of the patient: the medical and outpatient card (номер медицинской /
    // амбулаторной карты), the case history (история болезни, "№ истории болезни").
    {{"\u043c\u0435\u0434\u0438\u0446\u0438\u043d\u0441\u043a\u043e\u0439", "\u043a\u0430\u0440\u0442\u044b"},
     C::Mrn},  // медицинской карты
    {{"\u0430\u043c\u0431\u0443\u043b\u0430\u0442\u043e\u0440\u043d\u043e\u0439", "\u043a\u0430\u0440\u0442\u044b"},
     C::Mrn},  // амбулаторной карты
    {{"\u0430\u043c\u0431\u0443\u043b\u0430\u0442\u043e\u0440\u043d\u0430\u044f", "\u043a\u0430\u0440\u0442\u0430"},
     C::Mrn},  // амбулаторная карта
    {{"\u0410\u043c\u0431\u0443\u043b\u0430\u0442\u043e\u0440\u043d\u0430\u044f", "\u043a\u0430\u0440\u0442\u0430"},
     C::Mrn},  // Амбулаторная карта
    {{"\u0438\u0441\u0442\u043e\u0440\u0438\u044f", "\u0431\u043e\u043b\u0435\u0437\u043d\u0438"}, C::Mrn},  // история болезни
    {{"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", "\u0431\u043e\u043b\u0435\u0437\u043d\u0438"}, C::Mrn},  // История болезни
    {{"\u0438\u0441\u0442\u043e\u0440\u0438\u0438", "\u0431\u043e\u043b\u0435\u0437\u043d\u0438"}, C::Mrn},  // истории болезни
    // The policy in the genitive ("№ полиса ОМС"), voluntary insurance (ДМС), the Bulgarian
    // foreigner's personal number ЛНЧ (the EGN's sibling, so "mrn"), the Bulgarian and Serbian
    // identity card (лична карта), the Bulgarian driving licence (шофьорска книжка, СУМПС).
    {{"\u043f\u043e\u043b\u0438\u0441\u0430"}, C::HealthPlan},  // полиса
    {{"\u0414\u041c\u0421"}, C::HealthPlan, true, 6, 20},  // ДМС
    {{"\u041b\u041d\u0427"}, C::Mrn, false, 10, 10},  // ЛНЧ
    {{"\u043b\u0438\u0447\u043d\u0430", "\u043a\u0430\u0440\u0442\u0430"}, C::License},  // лична карта
    {{"\u041b\u0438\u0447\u043d\u0430", "\u043a\u0430\u0440\u0442\u0430"}, C::License},  // Лична карта
    {{"\u0448\u043e\u0444\u044c\u043e\u0440\u0441\u043a\u0430", "\u043a\u043d\u0438\u0436\u043a\u0430"}, C::License},  // шофьорска книжка
    {{"\u0428\u043e\u0444\u044c\u043e\u0440\u0441\u043a\u0430", "\u043a\u043d\u0438\u0436\u043a\u0430"}, C::License},  // Шофьорска книжка
    {{"\u0421\u0423\u041c\u041f\u0421"}, C::License},  // СУМПС
    // Plates in Cyrillic: номерной знак, гос. номер / госномер, Bulgarian регистрационен номер.
    {{"\u043d\u043e\u043c\u0435\u0440\u043d\u043e\u0439", "\u0437\u043d\u0430\u043a"}, C::Vehicle},  // номерной знак
    {{"\u041d\u043e\u043c\u0435\u0440\u043d\u043e\u0439", "\u0437\u043d\u0430\u043a"}, C::Vehicle},  // Номерной знак
    {{"\u0433\u043e\u0441", "\u043d\u043e\u043c\u0435\u0440"}, C::Vehicle},  // гос. номер
    {{"\u0413\u043e\u0441", "\u043d\u043e\u043c\u0435\u0440"}, C::Vehicle},  // Гос. номер
    {{"\u0433\u043e\u0441\u043d\u043e\u043c\u0435\u0440"}, C::Vehicle},  // госномер
    // "of the car" after the label: госномер / гос. номер / номер автомобиля
    {{"\u0433\u043e\u0441\u043d\u043e\u043c\u0435\u0440", "\u0430\u0432\u0442\u043e\u043c\u043e\u0431\u0438\u043b\u044f"},
     C::Vehicle},
    {{"\u0433\u043e\u0441", "\u043d\u043e\u043c\u0435\u0440", "\u0430\u0432\u0442\u043e\u043c\u043e\u0431\u0438\u043b\u044f"},
     C::Vehicle},
    {{"\u043d\u043e\u043c\u0435\u0440", "\u0430\u0432\u0442\u043e\u043c\u043e\u0431\u0438\u043b\u044f"}, C::Vehicle},
    // The car's number as a chat says it: "номер машины", "номер авто", Ukrainian "номер авто" and
    // "номер машини" (session of 2026-11-28, conversations).
    {{"\u043d\u043e\u043c\u0435\u0440", "\u043c\u0430\u0448\u0438\u043d\u044b"}, C::Vehicle},
    {{"\u043d\u043e\u043c\u0435\u0440", "\u043c\u0430\u0448\u0438\u043d\u0438"}, C::Vehicle},
    {{"\u043d\u043e\u043c\u0435\u0440", "\u0430\u0432\u0442\u043e"}, C::Vehicle},
    {{"\u0413\u043e\u0441\u043d\u043e\u043c\u0435\u0440"}, C::Vehicle},  // Госномер
    {{"\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u043e\u043d\u0435\u043d",
      "\u043d\u043e\u043c\u0435\u0440"},
     C::Vehicle, false, 4, 4},  // регистрационен номер (a plate's four digits, no drug's registration)
    {{"\u0420\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u043e\u043d\u0435\u043d",
      "\u043d\u043e\u043c\u0435\u0440"},
     C::Vehicle, false, 4, 4},  // Регистрационен номер
    // Arabic, from Iraq and Syria to Mauritania: the national number (الرقم الوطني of Jordan, Syria,
    // Sudan, Libya: a civil personal number printed apart from the identity card's own number, "رقم
    // البطاقة الشخصية", that keys the person's records: "mrn" as PESEL is, the thirty-second
    // family's convention; no earlier family writes it), the national card (البطاقة الوطنية, Iraq's unified card البطاقة الموحدة),
    // the identification number and card of the Maghreb (رقم التعريف الوطني, بطاقة التعريف), the
    // passport (جواز السفر, رقم الجواز), the driving licence (رخصة القيادة, Maghreb رخصة السياقة);
    // social security and health insurance ("health_plan", as the CNSS and CNAS are); the
    // Algerian national identification number in its full label (رقم التعريف الوطني, eighteen
    // digits, the person number every record is keyed on: "mrn" as PESEL, the thirty-third
    // family; no earlier family writes it; the card's own number stays "license"); the
    // hospital's file and medical record (رقم الملف، رقم السجل الطبي، رقم المريض); the plate and
    // the chassis (رقم اللوحة، رقم الشاصي، رقم الهيكل).
    {{"\u0627\u0644\u0631\u0642\u0645", "\u0627\u0644\u0648\u0637\u0646\u064a"}, C::Mrn},  // الرقم الوطني
    {{"\u0627\u0644\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u0648\u0637\u0646\u064a\u0629"}, C::License},  // البطاقة الوطنية
    {{"\u0627\u0644\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u0645\u0648\u062d\u062f\u0629"}, C::License},  // البطاقة الموحدة
    {{"\u0631\u0642\u0645", "\u0627\u0644\u062a\u0639\u0631\u064a\u0641"}, C::License},  // رقم التعريف
    {{"\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u062a\u0639\u0631\u064a\u0641"}, C::License},  // بطاقة التعريف
    // (A label's longer form is its own entry: the shorter one leaves its last word as the value.)
    {{"\u0631\u0642\u0645", "\u0627\u0644\u062a\u0639\u0631\u064a\u0641", "\u0627\u0644\u0648\u0637\u0646\u064a"},
     C::Mrn},  // رقم التعريف الوطني
    {{"\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u062a\u0639\u0631\u064a\u0641", "\u0627\u0644\u0648\u0637\u0646\u064a\u0629"},
     C::License},  // بطاقة التعريف الوطنية
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u0648\u0637\u0646\u064a\u0629"},
     C::License},  // رقم البطاقة الوطنية
    {{"\u062c\u0648\u0627\u0632", "\u0627\u0644\u0633\u0641\u0631"}, C::License},  // جواز السفر
    {{"\u0631\u0642\u0645", "\u0627\u0644\u062c\u0648\u0627\u0632"}, C::License},  // رقم الجواز
    {{"\u0631\u062e\u0635\u0629", "\u0627\u0644\u0642\u064a\u0627\u062f\u0629"}, C::License},  // رخصة القيادة
    {{"\u0631\u062e\u0635\u0629", "\u0627\u0644\u0633\u064a\u0627\u0642\u0629"}, C::License},  // رخصة السياقة
    {{"\u0627\u0644\u0636\u0645\u0627\u0646", "\u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639\u064a"},
     C::HealthPlan},  // الضمان الاجتماعي
    {{"\u0627\u0644\u062a\u0623\u0645\u064a\u0646", "\u0627\u0644\u0635\u062d\u064a"}, C::HealthPlan},  // التأمين الصحي
    {{"\u0631\u0642\u0645", "\u0627\u0644\u062a\u0623\u0645\u064a\u0646"}, C::HealthPlan},  // رقم التأمين
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0645\u0644\u0641"}, C::Mrn},  // رقم الملف
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0633\u062c\u0644"}, C::Mrn},  // رقم السجل (الطبي)
    {{"\u0627\u0644\u0633\u062c\u0644", "\u0627\u0644\u0637\u0628\u064a"}, C::Mrn},  // السجل الطبي
    {{"\u0627\u0644\u0645\u0644\u0641", "\u0627\u0644\u0637\u0628\u064a"}, C::Mrn},  // الملف الطبي
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0645\u0631\u064a\u0636"}, C::Mrn},  // رقم المريض
    // The hospital's file and registration numbers of Persian, Urdu, Hindi and Bengali records:
    // Persian "شماره پرونده" (file number), Urdu "رجسٹریشن نمبر" (registration number) and
    // "فائل نمبر", Hindi "पंजीकरण संख्या" and "पंजीकरण नंबर", Bengali "নিবন্ধন নং" (a case report's and a
    // teaching file's patient, seed 3535).
    {{"\u0634\u0645\u0627\u0631\u0647", "\u067e\u0631\u0648\u0646\u062f\u0647"}, C::Mrn},  // شماره پرونده
    {{"\u0631\u062c\u0633\u0679\u0631\u06cc\u0634\u0646", "\u0646\u0645\u0628\u0631"}, C::Mrn},  // رجسٹریشن نمبر
    {{"\u0641\u0627\u0626\u0644", "\u0646\u0645\u0628\u0631"}, C::Mrn},  // فائل نمبر
    {{"\u092a\u0902\u091c\u0940\u0915\u0930\u0923", "\u0938\u0902\u0916\u094d\u092f\u093e"}, C::Mrn},  // पंजीकरण संख्या
    {{"\u092a\u0902\u091c\u0940\u0915\u0930\u0923", "\u0928\u0902\u092c\u0930"}, C::Mrn},  // पंजीकरण नंबर
    {{"\u09a8\u09bf\u09ac\u09a8\u09cd\u09a7\u09a8", "\u09a8\u0982"}, C::Mrn},  // নিবন্ধন নং
    // The Bangladeshi national identity card's number under its Bengali acronym (seed 3737:
    // "এনআইডি: 9651333223"), ten, thirteen or seventeen digits: the card's number, a licence.
    {{"\u098f\u09a8\u0986\u0987\u09a1\u09bf"}, C::License, false, 10, 17},  // এনআইডি
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0644\u0648\u062d\u0629"}, C::Vehicle},  // رقم اللوحة
    {{"\u0644\u0648\u062d\u0629", "\u0627\u0644\u0633\u064a\u0627\u0631\u0629"}, C::Vehicle},  // لوحة السيارة
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0634\u0627\u0635\u064a"}, C::Vehicle},  // رقم الشاصي
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0647\u064a\u0643\u0644"}, C::Vehicle},  // رقم الهيكل
    // French-speaking Africa and Haiti: the national identification number (NNI of Côte d'Ivoire,
    // Mauritania, Niger; NINU of Haiti; Burkina Faso's CNIB), residence documents; the health
    // funds (Tunisia's and Mauritania's CNAM, Gabon's CNAMGS, Algeria's CASNOS and its Chifa card,
    // the CMU of Côte d'Ivoire and Senegal, a mutuelle's and Belgium's mutualité/ziekenfonds
    // member number), the hospital's file (dossiernummer).
    // (Mauritania's NNI is kept by the population register and keys the person's records in every
    // service, as Nordic personal numbers do: a record number, as the thirty-fourth family counts it.)
    {{"nni"}, C::Mrn, false, 8, 15},
    {{"ninu"}, C::License},
    {{"cnib"}, C::License},
    {{"carte", "de", "séjour"}, C::License},
    {{"carte", "de", "sejour"}, C::License},
    {{"titre", "de", "séjour"}, C::License},
    {{"titre", "de", "sejour"}, C::License},
    {{"carte", "consulaire"}, C::License},
    {{"numéro", "national"}, C::License, false, 9, 15},
    {{"numero", "national"}, C::License, false, 9, 15},
    {{"rijksregister"}, C::Mrn},
    {{"rijksregisternr"}, C::Mrn},
    {{"cnam"}, C::HealthPlan, true, 6, 16},
    {{"cnamgs"}, C::HealthPlan},
    {{"casnos"}, C::HealthPlan},
    {{"carte", "chifa"}, C::HealthPlan},
    {{"chifa"}, C::HealthPlan, true, 8, 16},
    {{"cmu"}, C::HealthPlan, true, 8, 16},
    {{"mutuelle"}, C::HealthPlan, true, 6, 16},
    {{"mutualité"}, C::HealthPlan, true, 6, 16},
    {{"mutualite"}, C::HealthPlan, true, 6, 16},
    {{"mutualiteit"}, C::HealthPlan, true, 6, 16},
    {{"ziekenfonds"}, C::HealthPlan, true, 6, 16},
    {{"dossiernummer"}, C::Mrn},
    {{"plaque", "d", "immatriculation"}, C::Vehicle},
    {{"nummerplaat"}, C::Vehicle},
    {{"numéro", "de", "châssis"}, C::Vehicle},
    {{"numero", "de", "chassis"}, C::Vehicle},
    // Portuguese Africa and Cape Verde: the BI (Angola "001234567LA041", Mozambique
    // "110100123456A"), weak as a two-letter acronym; the driving licence; the INSS (Mozambique's
    // social security, whose beneficiary number the hospital bills: "health_plan", the
    // thirty-second family's convention; no earlier family writes it); the
    // hospital's processo clínico.
    // (Seven digits too: the bilhete de identidade of Cabo Verde and São Tomé, "BI n.º 6312978".)
    {{"bi"}, C::License, true, 7, 13},
    // (And Portugal's old bilhete de identidade, seven or eight digits: "B.I.: 42709042", seed 3838.)
    {{"b", "i"}, C::License, true, 7, 13},
    {{"carta", "de", "condução"}, C::License},
    {{"carta", "de", "conducao"}, C::License},
    {{"inss"}, C::HealthPlan, true, 8, 13},
    // The BI of the person a form is about, named before the colon: "BI do falecido:" (a mortuary
    // release), "BI do doente:".
    {{"\u062a\u0630\u06a9\u0631\u06d0", "\u0634\u0645\u06d0\u0631\u0647"}, C::License},  // تذکرې شمېره (Pashto: tazkira number)
    // The identity card in Levantine Arabic written in Latin letters (Arabizi): "raqam el hawiye
    // 80-16211659" (bound to a card number's digits).
    {{"hawiye"}, C::License, false, 8, 12},
    {{"hawiyye"}, C::License, false, 8, 12},
    {{"hawiya"}, C::License, false, 8, 12},
    {{"bi", "do", "falecido"}, C::License},
    {{"bi", "da", "falecida"}, C::License},
    {{"bi", "do", "doente"}, C::License},
    {{"processo", "clínico"}, C::Mrn},
    {{"processo", "clinico"}, C::Mrn},
    {{"processo"}, C::Mrn, true, 4, 12},
    {{"chassi"}, C::Vehicle, true, 6, 17},  // (six digits or more: "chassi 12345" is no chassis number)
    // Spanish America: Guatemala's DPI/CUI (thirteen digits; "DPI" is also a dry-powder inhaler,
    // so bound), Cuba's carné de identidad (eleven), the driving licence (licencia de conducir /
    // de conducción, Peru's and Bolivia's brevete); the social-security institutes that are the
    // health cover (Ecuador's IESS, Guatemala's IGSS, Honduras's IHSS, Venezuela's IVSS, Costa
    // Rica's CCSS, Peru's SIS), weak and bound; the chassis (chasis). (Paraguay's IPS is left out:
    // in Colombia an IPS is the provider, and "Código IPS: 110010123401" its facility code.)
    {{"dpi"}, C::License, true, 13, 13},
    {{"cui"}, C::License, true, 13, 13},
    {{"carné", "de", "identidad"}, C::License},
    {{"carne", "de", "identidad"}, C::License},
    {{"licencia", "de", "conducir"}, C::License},
    {{"licencia", "de", "conducción"}, C::License},
    {{"licencia", "de", "conduccion"}, C::License},
    {{"brevete"}, C::License},
    {{"iess"}, C::HealthPlan, true, 6, 13},
    {{"igss"}, C::HealthPlan, true, 6, 13},
    {{"ihss"}, C::HealthPlan, true, 6, 13},
    {{"ivss"}, C::HealthPlan, true, 6, 13},
    {{"ccss"}, C::HealthPlan, true, 6, 13},
    {{"sis"}, C::HealthPlan, true, 8, 13},
    {{"chasis"}, C::Vehicle, true, 6, 17},
    {{"número", "de", "chasis"}, C::Vehicle},
    {{"numero", "de", "chasis"}, C::Vehicle},
    // East and southern Africa in English and local words: Rwanda's indangamuntu (sixteen
    // digits), Zambia's and Malawi's NRC ("123456/10/1"), Zimbabwe's national registration
    // ("63-123456-A-42"), Myanmar's NRC ("12/ThaGaKa(N)123456").
    {{"indangamuntu"}, C::License},
    // Zambia's National Health Insurance Management Authority and Rwanda's Social Security Board
    // (its medical scheme) number their members.
    // The personal card of Yemen and Egypt (البطاقة الشخصية), the admission's number (رقم الدخول,
    // an account as "admission no." is), the voter's card of Portuguese-speaking Africa and the
    // clinical record (registo clínico).
    {{"\u0627\u0644\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u0634\u062e\u0635\u064a\u0629"}, C::License},  // البطاقة الشخصية
    {{"\u0631\u0642\u0645", "\u0627\u0644\u062f\u062e\u0648\u0644"}, C::Account},  // رقم الدخول
    {{"cartão", "de", "eleitor"}, C::License},
    {{"cartao", "de", "eleitor"}, C::License},
    {{"registo", "clínico"}, C::Mrn},
    {{"registo", "clinico"}, C::Mrn},
    // The driving licence in Spanish and Brazilian words, the passport without its article (جواز
    // سفر), the plate "of the vehicle" (placa del vehículo, immatriculation du véhicule, matrícula
    // da viatura, número de placa).
    {{"carnet", "de", "conducir"}, C::License},
    {{"permiso", "de", "conducir"}, C::License},
    {{"carteira", "de", "motorista"}, C::License},
    {{"\u062c\u0648\u0627\u0632", "\u0633\u0641\u0631"}, C::License},  // جواز سفر
    {{"placa", "del", "vehículo"}, C::Vehicle},
    {{"placa", "del", "vehiculo"}, C::Vehicle},
    {{"placa", "do", "veículo"}, C::Vehicle},
    {{"placa", "do", "veiculo"}, C::Vehicle},
    {{"immatriculation", "du", "véhicule"}, C::Vehicle},
    {{"immatriculation", "du", "vehicule"}, C::Vehicle},
    {{"matrícula", "da", "viatura"}, C::Vehicle},
    {{"matricula", "da", "viatura"}, C::Vehicle},
    {{"matrícula", "del", "vehículo"}, C::Vehicle},
    {{"matricula", "del", "vehiculo"}, C::Vehicle},
    {{"número", "de", "placa"}, C::Vehicle},
    {{"numero", "de", "placa"}, C::Vehicle},
    {{"nhima"}, C::HealthPlan},
    // The Dominican Republic's national health insurer.
    {{"senasa"}, C::HealthPlan},
    {{"rssb"}, C::HealthPlan},
    // (Bounded, so that a year is none: "National registration: 2019".)
    {{"nrc"}, C::License, false, 6, 14},
    {{"nrc", "no"}, C::License, false, 6, 14},
    {{"national", "registration"}, C::License, false, 6, 16},
    {{"national", "registration", "no"}, C::License, false, 6, 16},
    {{"national", "registration", "number"}, C::License, false, 6, 16},
    // Serbo-Croatian (Croatia, Serbia, Bosnia, Montenegro): the identity card (osobna iskaznica,
    // lična karta), the JMBG under its words (matični broj, "mrn" as the JMBG), Croatia's health
    // insurance (HZZO, zdravstvena iskaznica; Serbia's zdravstvena knjižica), the case history
    // (povijest/istorija bolesti), the driving licence (vozačka dozvola) and the plate
    // (registarska oznaka).
    {{"osobna", "iskaznica"}, C::License},
    {{"osobne", "iskaznice"}, C::License},
    {{"lična", "karta"}, C::License},
    {{"licna", "karta"}, C::License},
    {{"lične", "karte"}, C::License},
    {{"licne", "karte"}, C::License},
    {{"matični", "broj"}, C::Mrn, false, 13, 13},  // (a firm's matični broj has eight digits)
    {{"maticni", "broj"}, C::Mrn, false, 13, 13},
    {{"hzzo"}, C::HealthPlan, true, 8, 11},
    {{"zdravstvena", "iskaznica"}, C::HealthPlan},
    {{"zdravstvene", "iskaznice"}, C::HealthPlan},
    {{"zdravstvena", "knjižica"}, C::HealthPlan},
    {{"zdravstvene", "knjižice"}, C::HealthPlan},
    {{"zdravstvene", "knjizice"}, C::HealthPlan},
    {{"povijest", "bolesti"}, C::Mrn},
    {{"povijesti", "bolesti"}, C::Mrn},
    {{"istorija", "bolesti"}, C::Mrn},
    {{"istorije", "bolesti"}, C::Mrn},
    {{"vozačka", "dozvola"}, C::License},
    {{"vozacka", "dozvola"}, C::License},
    {{"vozačke", "dozvole"}, C::License},
    {{"vozacke", "dozvole"}, C::License},
    {{"registarska", "oznaka"}, C::Vehicle},
    {{"registarske", "oznake"}, C::Vehicle},
    {{"reg", "oznaka"}, C::Vehicle},
    // Lithuania: the driving licence, the passport and identity card, the case history, the plate
    // (valstybinis numeris, "valst. nr."). Slovakia: the driving licence and identity card, the
    // plate (ŠPZ, EČV; lower-casing leaves the Š and Č), the medical record (chorobopis).
    {{"vairuotojo", "pažymėjimas"}, C::License},
    {{"vairuotojo", "pažymėjimo"}, C::License},
    {{"vairuotojo", "pazymejimas"}, C::License},
    {{"paso", "numeris"}, C::License},
    {{"paso", "nr"}, C::License},
    {{"asmens", "tapatybės", "kortelė"}, C::License},
    {{"asmens", "tapatybes", "kortele"}, C::License},
    {{"ligos", "istorija"}, C::Mrn},
    {{"ligos", "istorijos"}, C::Mrn},
    {{"valstybinis", "numeris"}, C::Vehicle},
    {{"valst", "nr"}, C::Vehicle},
    {{"vodičský", "preukaz"}, C::License},
    {{"vodicsky", "preukaz"}, C::License},
    {{"vodičského", "preukazu"}, C::License},
    {{"občiansky", "preukaz"}, C::License},
    {{"obciansky", "preukaz"}, C::License},
    {{"občianskeho", "preukazu"}, C::License},
    {{"\u0160pz"}, C::Vehicle},  // ŠPZ
    {{"špz"}, C::Vehicle},
    {{"spz"}, C::Vehicle, true},
    {{"e\u010cv"}, C::Vehicle},  // EČV
    {{"ečv"}, C::Vehicle},
    {{"chorobopis"}, C::Mrn, true, 4, 12},
    {{"chorobopisu"}, C::Mrn, true, 4, 12},
    // Languages of the second list beyond the five: Azerbaijani (the identity card şəxsiyyət
    // vəsiqəsi and its seven-character FİN, the driving licence, health insurance), Uzbek (the
    // driving licence), Kazakh (the identity card жеке куәлік, the driving licence), Sinhala and
    // Tamil (Sri Lanka's national identity card), Nepali (the citizenship certificate नागरिकता and
    // its "नं."), Dari and Pashto (the tazkira تذکره), Somali (kaarka aqoonsiga), Malagasy (the
    // kara-panondro); the Bulgarian case history (история на заболяването), the Serbian health
    // record (zdravstveni karton, broj kartona), the Arabic vehicle's number and plate.
    {{"\u015f\u0259xsiyy\u0259t", "v\u0259siq\u0259si"}, C::License},  // şəxsiyyət vəsiqəsi
    {{"s\u00fcr\u00fcc\u00fcl\u00fck", "v\u0259siq\u0259si"}, C::License},  // sürücülük vəsiqəsi
    // (The FİN, fərdi identifikasiya nömrəsi, is the personal code that keys the person's records
    // apart from the card's own number: "mrn", as the Estonian isikukood.)
    {{"f\u0130n"}, C::Mrn, false, 0, 0, 7},  // fİn
    {{"tibbi", "s\u0131\u011forta"}, C::HealthPlan},  // tibbi sığorta
    {{"haydovchilik", "guvohnomasi"}, C::License},  // haydovchilik guvohnomasi
    {{"\u0436\u0435\u043a\u0435", "\u043a\u0443\u04d9\u043b\u0456\u043a"}, C::License},  // жеке куәлік
    {{"\u0436\u04af\u0440\u0433\u0456\u0437\u0443\u0448\u0456", "\u043a\u0443\u04d9\u043b\u0456\u0433\u0456"}, C::License},  // жүргізуші куәлігі
    {{"\u0da2\u0dcf\u0dad\u0dd2\u0d9a", "\u0dc4\u0dd0\u0db3\u0dd4\u0db1\u0dd4\u0db8\u0dca\u0db4\u0dad"}, C::License},  // ජාතික හැඳුනුම්පත
    {{"\u0ba4\u0bc7\u0b9a\u0bbf\u0baf", "\u0b85\u0b9f\u0bc8\u0baf\u0bbe\u0bb3", "\u0b85\u0b9f\u0bcd\u0b9f\u0bc8"}, C::License},  // தேசிய அடையாள அட்டை
    {{"\u0928\u093e\u0917\u0930\u093f\u0915\u0924\u093e"}, C::License},  // नागरिकता
    {{"\u0928\u093e\u0917\u0930\u093f\u0915\u0924\u093e", "\u0928\u0902"}, C::License},  // नागरिकता नं
    {{"\u0928\u093e\u0917\u0930\u093f\u0915\u0924\u093e", "\u092a\u094d\u0930\u092e\u093e\u0923\u092a\u0924\u094d\u0930", "\u0928\u0902"}, C::License},  // नागरिकता प्रमाणपत्र नं
    {{"\u062a\u0630\u06a9\u0631\u0647"}, C::License},  // تذکره
    {{"\u0634\u0645\u0627\u0631\u0647", "\u062a\u0630\u06a9\u0631\u0647"}, C::License},  // شماره تذکره
    {{"kaarka", "aqoonsiga"}, C::License},  // kaarka aqoonsiga
    {{"kara", "panondro"}, C::License},  // kara panondro
    {{"\u0438\u0441\u0442\u043e\u0440\u0438\u044f", "\u043d\u0430", "\u0437\u0430\u0431\u043e\u043b\u044f\u0432\u0430\u043d\u0435\u0442\u043e"}, C::Mrn},  // история на заболяването
    {{"zdravstveni", "karton"}, C::Mrn},  // zdravstveni karton
    {{"broj", "kartona"}, C::Mrn},  // broj kartona
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0645\u0631\u0643\u0628\u0629"}, C::Vehicle},  // رقم المركبة
    {{"\u0644\u0648\u062d\u0629", "\u0627\u0644\u0645\u0631\u0643\u0628\u0629"}, C::Vehicle},  // لوحة المركبة
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0633\u064a\u0627\u0631\u0629"}, C::Vehicle},  // رقم السيارة
    // Passports and personal numbers in Belarusian (пашпарт, асабісты нумар: the personal number,
    // "mrn" as личный номер), Kazakh (төлқұжат) and Tajik (шиноснома).
    {{"\u043f\u0430\u0448\u043f\u0430\u0440\u0442"}, C::License},  // пашпарт
    // The Latvian passport (pase; weak, the Spanish "pase de visita", and bound to a passport's
    // seven to nine digits) and the Slovenian "številka potnega lista" (passport number).
    {{"pase"}, C::License, true, 7, 9},
    {{"potnega", "lista"}, C::License},
    {{"\u0430\u0441\u0430\u0431\u0456\u0441\u0442\u044b", "\u043d\u0443\u043c\u0430\u0440"}, C::Mrn},  // асабісты нумар
    // The same personal number in a Latvian form for a Belarusian patient ("identifikācijas numurs").
    {{"identifikācijas", "numurs"}, C::Mrn},
    {{"\u0442\u04e9\u043b\u049b\u04b1\u0436\u0430\u0442"}, C::License},  // төлқұжат
    {{"\u0448\u0438\u043d\u043e\u0441\u043d\u043e\u043c\u0430"}, C::License},  // шиноснома
    // Vehicles: the German and Austrian plate and rental car, the chassis number (VIN).
    {{"kennzeichen"}, C::Vehicle},
    {{"amtliches", "kennzeichen"}, C::Vehicle},
    {{"mietwagen"}, C::Vehicle, true},
    {{"fahrgestellnummer"}, C::Vehicle},
    {{"chassis"}, C::Vehicle, true},
    {{"rekisterinumero"}, C::Vehicle},
    {{"registarska", "tablica"}, C::Vehicle},
    {{"patente"}, C::Vehicle, true},
    {{"placa"}, C::Vehicle, true},
    // The third list of countries (session of 2026-11-27 evening): every remaining country and
    // territory under 8 million. Personal numbers that key every record of the person, as PESEL
    // and JMBG do, are "mrn": Armenia's public service number (ՀԾՀ, ten digits, on the "social
    // card"), Georgia's personal number (პირადი ნომერი, "პ/ნ", eleven digits), Mongolia's register
    // number (регистрийн дугаар, two Cyrillic letters and eight digits, "УБ12345678"), Moldova's
    // IDNP (thirteen digits), North Macedonia's EMBG (ЕМБГ, матичен број) and the JMB of Bosnia,
    // Albania's and Kosovo's personal number (numri personal, "J12345678A"; Kosovo ten digits).
    // The card and the passport are "license", the health cover "health_plan", the plate "vehicle".
    {{"հծհ"}, C::Mrn, false, 10, 10},
    {{"ՀԾՀ"}, C::Mrn, false, 10, 10},
    {{"public", "service", "number"}, C::Mrn, false, 10, 10},
    {{"psn"}, C::Mrn, true, 10, 10},
    {{"social", "card"}, C::Mrn, true, 10, 10},
    {{"սոցիալական", "քարտ"}, C::Mrn, false, 10, 10},
    {{"Սոցիալական", "քարտ"}, C::Mrn, false, 10, 10},
    {{"անձնագիր"}, C::License},
    {{"Անձնագիր"}, C::License},
    {{"նույնականացման", "քարտ"}, C::License},
    {{"Նույնականացման", "քարտ"}, C::License},
    {{"վարորդական", "վկայական"}, C::License},
    {{"Վարորդական", "վկայական"}, C::License},
    {{"հիվանդության", "պատմություն"}, C::Mrn},
    {{"Հիվանդության", "պատմություն"}, C::Mrn},
    {{"բժշկական", "քարտ"}, C::Mrn},
    {{"Բժշկական", "քարտ"}, C::Mrn},
    {{"պետհամարանիշ"}, C::Vehicle},
    {{"Պետհամարանիշ"}, C::Vehicle},
    // Georgian (no capitals in its script).
    {{"პირადი", "ნომერი"}, C::Mrn, false, 11, 11},
    {{"პ", "ნ"}, C::Mrn, false, 11, 11},
    // (Georgia 11, Kosovo 10, Albania 8 and letters; weak: "his personal number 07700900123" is a phone)
    {{"personal", "number"}, C::Mrn, true, 8, 13},
    {{"personal", "no"}, C::Mrn, true, 8, 13},
    // Eswatini's personal identification number (thirteen digits; Kyrgyzstan's fourteen), a card's
    // PIN of four digits none.
    {{"personal", "identification", "number"}, C::License, false, 10, 14},
    {{"პირადობის", "მოწმობა"}, C::License},
    {{"პასპორტი"}, C::License},
    {{"მართვის", "მოწმობა"}, C::License},
    {{"სამედიცინო", "ბარათი"}, C::Mrn},
    {{"ავადმყოფობის", "ისტორია"}, C::Mrn},
    {{"სადაზღვევო", "პოლისი"}, C::HealthPlan},
    {{"დაზღვევის", "პოლისი"}, C::HealthPlan},
    {{"სახელმწიფო", "ნომერი"}, C::Vehicle},
    {{"სანომრე", "ნიშანი"}, C::Vehicle},
    // Mongolian Cyrillic (with Ө and Ү): the register number (РД, also in English with the
    // Cyrillic value's twelve bytes, so that a drug's register number of eight digits is none),
    // the citizen's and the driver's card (үнэмлэх), the case history, health insurance, the
    // state number of the car.
    {{"регистрийн", "дугаар"}, C::Mrn, false, 8, 8},
    {{"Регистрийн", "дугаар"}, C::Mrn, false, 8, 8},
    {{"РД"}, C::Mrn, true, 8, 8, 12},
    {{"register", "number"}, C::Mrn, false, 8, 8, 12},
    {{"register", "no"}, C::Mrn, false, 8, 8, 12},
    {{"иргэний", "үнэмлэх"}, C::License},
    {{"Иргэний", "үнэмлэх"}, C::License},
    {{"жолооны", "үнэмлэх"}, C::License},
    {{"Жолооны", "үнэмлэх"}, C::License},
    {{"өвчний", "түүх"}, C::Mrn},
    {{"Өвчний", "түүх"}, C::Mrn},
    {{"эрүүл", "мэндийн", "даатгал"}, C::HealthPlan},
    // Its acronym, the health insurance book's (ЭМД, as its number is printed: "ЭМД-12345678").
    {{"эмд"}, C::HealthPlan, false, 6, 10},
    {{"Эрүүл", "мэндийн", "даатгал"}, C::HealthPlan},
    {{"улсын", "дугаар"}, C::Vehicle},
    {{"Улсын", "дугаар"}, C::Vehicle},
    // Moldova (Romanian and Russian): the IDNP, the identity card (buletin de identitate), the
    // compulsory health insurance policy (the CNAM's, above), the medical file, the plate.
    {{"idnp"}, C::Mrn, false, 13, 13},
    {{"ИДНП"}, C::Mrn, false, 13, 13},
    {{"cod", "personal"}, C::Mrn, false, 13, 13},
    {{"codul", "personal"}, C::Mrn, false, 13, 13},
    {{"buletin", "de", "identitate"}, C::License},
    // The card alone, as Moldovan and Romanian forms label it ("Buletin: B12345678"; a Romanian
    // series and number "RX 123456"); weak, as a "buletin de analize" is a laboratory report.
    {{"buletin"}, C::License, true, 6, 9},
    {{"buletinul"}, C::License, true, 6, 9},
    {{"buletinul", "de", "identitate"}, C::License},
    {{"permis", "de", "conducere"}, C::License},
    {{"polița", "de", "asigurare"}, C::HealthPlan},
    {{"polita", "de", "asigurare"}, C::HealthPlan},
    {{"poliță", "de", "asigurare"}, C::HealthPlan},
    {{"polița"}, C::HealthPlan, true, 6, 16},
    {{"asigurare", "medicală"}, C::HealthPlan},
    {{"asigurare", "medicala"}, C::HealthPlan},
    {{"fișa", "medicală"}, C::Mrn},
    {{"fisa", "medicala"}, C::Mrn},
    {{"foaia", "de", "observație"}, C::Mrn},
    {{"foaia", "de", "observatie"}, C::Mrn},
    {{"număr", "de", "înmatriculare"}, C::Vehicle},
    {{"numărul", "de", "înmatriculare"}, C::Vehicle},
    {{"numar", "de", "inmatriculare"}, C::Vehicle},
    // North Macedonia and Serbia in Cyrillic: the EMBG, the personal number in both languages,
    // the driving licence, the health card, the case history, the plate.
    {{"ембг"}, C::Mrn, false, 13, 13},
    {{"ЕМБГ"}, C::Mrn, false, 13, 13},
    {{"embg"}, C::Mrn, false, 13, 13},
    {{"jmb"}, C::Mrn, false, 13, 13},
    // The number of a relative, as a child's or a newborn's record gives it: "ЕМБГ на родителот"
    // (of the parent), "JMBG roditelja", "JMBG majke" (of the mother).
    {{"ембг", "на", "родителот"}, C::Mrn, false, 13, 13},
    {{"ембг", "на", "мајката"}, C::Mrn, false, 13, 13},
    {{"ембг", "на", "таткото"}, C::Mrn, false, 13, 13},
    {{"ембг", "на", "детето"}, C::Mrn, false, 13, 13},
    {{"jmbg", "roditelja"}, C::Mrn, false, 13, 13},
    {{"jmbg", "majke"}, C::Mrn, false, 13, 13},
    {{"jmbg", "oca"}, C::Mrn, false, 13, 13},
    {{"jmbg", "djeteta"}, C::Mrn, false, 13, 13},
    {{"матичен", "број"}, C::Mrn, false, 13, 13},
    {{"Матичен", "број"}, C::Mrn, false, 13, 13},
    {{"матични", "број"}, C::Mrn, false, 13, 13},
    {{"Матични", "број"}, C::Mrn, false, 13, 13},
    {{"возачка", "дозвола"}, C::License},
    {{"Возачка", "дозвола"}, C::License},
    {{"здравствена", "легитимација"}, C::HealthPlan},
    {{"здравствена", "картичка"}, C::HealthPlan},
    {{"здравствена", "књижица"}, C::HealthPlan},
    {{"Здравствена", "књижица"}, C::HealthPlan},
    {{"zdravstvena", "legitimacija"}, C::HealthPlan},
    {{"broj", "osiguranika"}, C::HealthPlan},
    {{"историја", "на", "болеста"}, C::Mrn},
    {{"Историја", "на", "болеста"}, C::Mrn},
    {{"регистарска", "таблица"}, C::Vehicle},
    {{"регистарски", "таблички"}, C::Vehicle},
    {{"регистарска", "ознака"}, C::Vehicle},
    {{"registarske", "tablice"}, C::Vehicle},
    {{"registarska", "tablica"}, C::Vehicle},
    // Albanian (Albania, Kosovo, North Macedonia): the personal number, the identity card
    // (letërnjoftim), the passport, the driving licence, the medical card (kartela), health
    // insurance, the plate (targa, in the local table).
    {{"numri", "personal"}, C::Mrn, false, 8, 10},
    {{"nr", "personal"}, C::Mrn, false, 8, 10},
    {{"letërnjoftim"}, C::License},
    {{"letërnjoftimi"}, C::License},
    {{"leternjoftim"}, C::License},
    {{"leternjoftimi"}, C::License},
    {{"karta", "e", "identitetit"}, C::License},
    {{"pasaporta"}, C::License},
    {{"pasaportë"}, C::License},
    {{"leja", "e", "drejtimit"}, C::License},
    {{"patenta"}, C::License, true, 6, 10},
    {{"kartela"}, C::Mrn, true, 4, 12},
    {{"kartela", "mjekësore"}, C::Mrn},
    {{"kartela", "mjekesore"}, C::Mrn},
    {{"sigurimi", "shëndetësor"}, C::HealthPlan},
    // The health card of the insurance fund (FSDKSH): "Karta e shëndetit: FSDKSH-123456789".
    {{"karta", "e", "shëndetit"}, C::HealthPlan},
    {{"karta", "e", "shendetit"}, C::HealthPlan},
    {{"sigurimit", "shëndetësor"}, C::HealthPlan},
    {{"sigurimi", "shendetesor"}, C::HealthPlan},
    {{"numri", "i", "targës"}, C::Vehicle},
    {{"numri", "i", "targes"}, C::Vehicle},
    // English labels of the small Commonwealth states: Singapore's NRIC and FIN (the foreigner's
    // number; a bare "FIN" is a US hospital's financial number, so only its shape with a valid
    // check letter is read after it, scan_check_digit_ids.cpp), the pink and blue IC; Botswana's
    // Omang (nine digits); Bhutan's citizenship identity card (CID No., eleven digits; "CID" is
    // also a disease and a police department, so bound); the National Insurance numbers of
    // Belize (SSB) and Fiji's Provident Fund (FNPF), social-insurance numbers and so "license"; the
    // National Insurance Scheme of Barbados, Trinidad and Tobago and Guyana (NIS) and the National
    // Insurance Board of the Bahamas (NIB), which pay the sickness and maternity benefits of a
    // patient's care, are "health_plan" (the thirty-first and thirty-fourth families' judgement,
    // "NIB no.: 78037894", seed 3434; no earlier family has them); the health cover
    // of the Bahamas (NHI card), Singapore (CHAS card), the Maldives (Aasandha), Aruba (AZV),
    // Curaçao (BVZ), Suriname (SZF), Botswana's and Namibia's medical aid schemes.
    {{"nric", "fin"}, C::License},
    {{"pink", "ic"}, C::License},
    {{"blue", "ic"}, C::License},
    {{"omang"}, C::License, false, 9, 9},
    {{"omang", "no"}, C::License, false, 9, 9},
    {{"omang", "number"}, C::License, false, 9, 9},
    {{"cid", "no"}, C::License, false, 11, 11},
    {{"cid", "number"}, C::License, false, 11, 11},
    {{"cid"}, C::License, true, 11, 11},
    {{"nis", "number"}, C::HealthPlan, false, 6, 10},
    {{"nis", "no"}, C::HealthPlan, false, 6, 10},
    {{"nis"}, C::HealthPlan, true, 6, 10},
    {{"nib", "number"}, C::HealthPlan, false, 6, 10},
    {{"nib", "no"}, C::HealthPlan, false, 6, 10},
    {{"ssb", "number"}, C::License, false, 6, 10},
    {{"ssb", "no"}, C::License, false, 6, 10},
    {{"fnpf"}, C::License, false, 5, 10},
    {{"fnpf", "no"}, C::License, false, 5, 10},
    {{"fnpf", "number"}, C::License, false, 5, 10},
    {{"nhi", "card"}, C::HealthPlan},
    {{"chas", "card"}, C::HealthPlan},
    {{"aasandha"}, C::HealthPlan, true, 6, 12},
    {{"azv"}, C::HealthPlan, true, 5, 12},
    {{"bvz"}, C::HealthPlan, true, 5, 12},
    {{"szf"}, C::HealthPlan, true, 5, 12},
    {{"bomaid"}, C::HealthPlan},
    {{"bpomas"}, C::HealthPlan},
    {{"psemas"}, C::HealthPlan},
    {{"nammed"}, C::HealthPlan},
    // Dutch and Papiamento of Aruba, Curaçao and Suriname: the person number (persoonsnummer)
    // keys the records; the identity card (identiteitskaart, ID-kaart, Papiamento sedula and
    // karchi di identidat) and its number; the hospital's status number.
    {{"persoonsnummer"}, C::Mrn},
    {{"identiteitskaart"}, C::License},
    {{"id", "kaart"}, C::License},
    {{"id", "nummer"}, C::License},
    // (The sedula of Curaçao and Aruba is the person's number in the civil register, which keys the
    // records of the SVB and AZV insurers and the practices: a record number, as the thirty-fourth
    // family counts it; the card itself is the karchi di identidat.)
    {{"sedula"}, C::Mrn},
    {{"karchi", "di", "identidat"}, C::License},
    {{"statusnummer"}, C::Mrn},
    // Malay of Brunei (and Malaysia): the identity card, the driving licence, the medical record,
    // the vehicle's registration.
    {{"kad", "pengenalan"}, C::License},
    {{"no", "kad", "pengenalan"}, C::License},
    {{"lesen", "memandu"}, C::License},
    {{"rekod", "perubatan"}, C::Mrn},
    {{"no", "rekod", "perubatan"}, C::Mrn},
    {{"pendaftaran", "kenderaan"}, C::Vehicle},
    {{"no", "kenderaan"}, C::Vehicle},
    // Dhivehi of the Maldives (Thaana; "ID card", "passport"), Tigrinya of Eritrea (the identity
    // card መንነት ወረቐት, the passport).
    {{"އައިޑީ", "ކާޑު"}, C::License},
    {{"ޕާސްޕޯޓް"}, C::License},
    {{"މެޑިކަލް", "ރިކޯޑް"}, C::Mrn},
    {{"መንነት", "ወረቐት"}, C::License},
    {{"ፓስፖርት"}, C::License},
    // The serial number of a person's own device (an implant, a pump, a hearing aid, a wheelchair, a
    // home machine), as the world's languages label it on forms, implant cards and device
    // passports: "N° de série", "Seriennummer", "Número de serie", "Серийный номер", "Зав. №"
    // (the factory number of the former USSR's forms), "numer seryjny", "seri no", "nomor seri".
    // Each names a serial only, so none is weak; the word for series alone ("serie", "seria",
    // the Romanian identity card's series) is none of them.
    {{"n°", "de", "série"}, C::Device},
    {{"n°", "de", "serie"}, C::Device},
    {{"n°", "série"}, C::Device},
    {{"n°", "serie"}, C::Device},
    {{"nº", "de", "série"}, C::Device},
    {{"nº", "de", "serie"}, C::Device},
    {{"nº", "série"}, C::Device},
    {{"nº", "serie"}, C::Device},
    {{"n", "º", "de", "serie"}, C::Device},  // "n.º de serie"
    {{"n", "º", "de", "série"}, C::Device},
    {{"n", "º", "série"}, C::Device},
    {{"n", "de", "série"}, C::Device},
    {{"n", "de", "serie"}, C::Device},
    {{"no", "de", "série"}, C::Device},
    {{"no", "de", "serie"}, C::Device},
    {{"nro", "de", "serie"}, C::Device},
    {{"núm", "de", "serie"}, C::Device},
    {{"num", "de", "serie"}, C::Device},
    {{"numéro", "de", "série"}, C::Device},
    {{"numero", "de", "serie"}, C::Device},
    {{"número", "de", "serie"}, C::Device},
    {{"número", "de", "série"}, C::Device},
    {{"número", "de", "sèrie"}, C::Device},
    {{"numero", "di", "serie"}, C::Device},
    {{"n°", "di", "serie"}, C::Device},
    {{"nr", "di", "serie"}, C::Device},
    {{"numero", "seriale"}, C::Device},
    // (The abbreviations: "Ser. No.", "Núm. serie", "Serie Nr.", "Serien-Nummer"; "S/N°" and the
    // Spanish "N/S" are in scan_identifiers.cpp's own table, beside "S/N".)
    {{"ser", "no"}, C::Device},
    {{"n\u00fam", "serie"}, C::Device},
    {{"num", "serie"}, C::Device},
    {{"nro", "serie"}, C::Device},
    {{"serie", "nr"}, C::Device},
    {{"serien", "nummer"}, C::Device},
    {{"imei", "nummer"}, C::Device},
    {{"imei", "nr"}, C::Device},
    {{"seriennummer"}, C::Device},
    {{"seriennr"}, C::Device},
    {{"serien", "nr"}, C::Device},
    {{"ser", "nr"}, C::Device},
    {{"gerätenummer"}, C::Device},
    {{"geräte", "nr"}, C::Device},
    {{"herstellnummer"}, C::Device},
    {{"fabrikationsnummer"}, C::Device},
    {{"serienummer"}, C::Device},
    {{"serienr"}, C::Device},
    {{"tillverkningsnummer"}, C::Device},
    {{"sarjanumero"}, C::Device},
    {{"seerianumber"}, C::Device},
    {{"raðnúmer"}, C::Device},
    {{"numer", "seryjny"}, C::Device},
    {{"nr", "seryjny"}, C::Device},
    {{"numer", "fabryczny"}, C::Device},
    {{"nr", "fabryczny"}, C::Device},
    {{"sériové", "číslo"}, C::Device},
    {{"výrobné", "číslo"}, C::Device},
    {{"serijska", "številka"}, C::Device},
    {{"serijski", "broj"}, C::Device},
    {{"tvornički", "broj"}, C::Device},
    {{"sorozatszám"}, C::Device},
    {{"gyári", "szám"}, C::Device},
    {{"număr", "de", "serie"}, C::Device},
    {{"numar", "de", "serie"}, C::Device},
    {{"nr", "de", "serie"}, C::Device},
    {{"serijos", "numeris"}, C::Device},
    {{"serijos", "nr"}, C::Device},
    {{"gamyklinis", "numeris"}, C::Device},
    {{"sērijas", "numurs"}, C::Device},
    {{"sērijas", "nr"}, C::Device},
    {{"seri", "no"}, C::Device},
    {{"seri", "numarası"}, C::Device},
    {{"seri", "numarasi"}, C::Device},
    {{"nomor", "seri"}, C::Device},
    {{"no", "seri"}, C::Device},
    {{"nombor", "siri"}, C::Device},
    {{"no", "siri"}, C::Device},
    {{"số", "seri"}, C::Device},
    {{"số", "sê", "ri"}, C::Device},
    {{"σειριακός", "αριθμός"}, C::Device},  // σειριακός αριθμός
    {{"αριθμός", "σειράς"}, C::Device},  // αριθμός σειράς
    {{"серийный", "номер"}, C::Device},  // серийный номер
    {{"серийный", "№"}, C::Device},  // серийный №
    {{"заводской", "номер"}, C::Device},  // заводской номер
    {{"заводской", "№"}, C::Device},  // заводской №
    {{"зав", "№"}, C::Device},  // зав. №
    {{"зав", "номер"}, C::Device},  // зав. номер
    {{"серійний", "номер"}, C::Device},  // серійний номер
    {{"заводський", "номер"}, C::Device},  // заводський номер
    {{"сериен", "номер"}, C::Device},  // сериен номер
    {{"фабричен", "номер"}, C::Device},  // фабричен номер
    {{"серијски", "број"}, C::Device},  // серијски број
    {{"сериски", "број"}, C::Device},  // сериски број
    {{"الرقم", "التسلسلي"}, C::Device},  // الرقم التسلسلي
    {{"رقم", "تسلسلي"}, C::Device},  // رقم تسلسلي
    {{"شماره", "سریال"}, C::Device},  // شماره سریال
    {{"מספר", "סידורי"}, C::Device},  // מספר סידורי
    {{"\u0938\u0940\u0930\u093f\u092f\u0932", "\u0928\u0902\u092c\u0930"}, C::Device},  // सीरियल नंबर
    // The thirty-third family's round. Identity cards: Malta's (karta tal-identità), Macau's
    // resident card (Bilhete de Identidade de Residente, "BIR n.º 1/552019/3", "BIR 2/118203/4":
    // bound to its eight digits, as "bir" is also the Turkic "one"), and the identity number in
    // Chichewa and Swahili ("Nambala ya ID", "namba ya kitambulisho").
    {{"karta", "tal", "identità"}, C::License},
    {{"karta", "tal", "identita"}, C::License},
    {{"nambala", "ya", "id"}, C::License},
    {{"namba", "ya", "id"}, C::License},
    {{"namba", "ya", "kitambulisho"}, C::License},
    {{"nambala", "ya", "kitambulisho"}, C::License},
    {{"bir"}, C::License, false, 8, 8},
    // A serving member's number in the armed forces keys the military medical record, as a
    // prisoner's number does the prison's ("Service no.: 44120387", "Military no.: 30551842",
    // Portuguese "Nú. militar: F-331204"; "service" alone is weak: "Service no. 2 of the bus" reads
    // only a record number's shape).
    {{"service", "no"}, C::Mrn, true},
    {{"service", "number"}, C::Mrn, true},
    {{"military", "no"}, C::Mrn},
    {{"military", "number"}, C::Mrn},
    {{"military", "id"}, C::Mrn},
    {{"nú", "militar"}, C::Mrn},
    {{"nu", "militar"}, C::Mrn},
    {{"número", "militar"}, C::Mrn},
    {{"numero", "militar"}, C::Mrn},
    {{"prisoner", "no"}, C::Mrn},
    {{"prisoner", "number"}, C::Mrn},
    {{"prisoner", "id"}, C::Mrn},
    // The Russian abbreviation of the case history (история болезни), "И/Б № 44120387" (weak: "и"
    // is also "and"; the number sign or a record number's shape is needed).
    {{"\u0438", "\u0431"}, C::Mrn, true},  // и/б
    {{"\u0418", "\u0411"}, C::Mrn, true},  // И/Б
    // A health card's number in English abbreviation, as the Spanish "HC n°" is: "HC no. 44120387".
    {{"hc", "no"}, C::Mrn},
    {{"hc", "number"}, C::Mrn},
    // A medical council's registration of a named doctor ("Medical Council reg. no. 30551"), a
    // licence as the Paraguayan "Reg. Prof." is.
    {{"council", "reg", "no"}, C::License},
    {{"council", "registration", "no"}, C::License},
    {{"council", "registration", "number"}, C::License},
    // The hospital's registration number in Spanish ("No. de registro: PPL-40117/23", "Número de
    // registro", the patient's number at admission).
    {{"no", "de", "registro"}, C::Mrn},
    {{"n°", "de", "registro"}, C::Mrn},
    {{"nº", "de", "registro"}, C::Mrn},
    {{"número", "de", "registro"}, C::Mrn},
    {{"numero", "de", "registro"}, C::Mrn},
    // REDCap's logging names the record an action touched, as "Updated Record 15-684" is read by
    // "record": a participant's survey response and, in the Portuguese interface, a created or
    // updated record ("Survey response 15-684", "Criar registro 23-555", seed 3535). The record id
    // keys the patient's rows.
    {{"survey", "response"}, C::Mrn, false, 3, 10},
    {{"criar", "registro"}, C::Mrn, false, 3, 10},
    {{"atualizar", "registro"}, C::Mrn, false, 3, 10},
};

// Labels of scripts written without spaces, with the digits of their numbers.
constexpr ScriptIdLabel kScriptLabels[] = {
    // China: the resident identity card (18 characters, the last a digit or X; 15 in the old
    // cards), in simplified and traditional characters, and the social and medical insurance cards.
    {"\u62a4\u7167\u53f7\u7801", C::License, 7, 9},      // 护照号码 (the passport: a letter and eight digits)
    {"\u62a4\u7167\u53f7", C::License, 7, 9},            // 护照号
    {"\u62a4\u7167", C::License, 7, 9},                   // 护照
    {"\u8eab\u4efd\u8bc1", C::License, 15, 18},          // 身份证
    {"\u8eab\u4efd\u53f7\u7801", C::License, 15, 18},    // 身份号码
    {"\u8eab\u5206\u8b49", C::License, 8, 9},            // 身分證 (Taiwan: a letter and nine digits)
    {"\u8eab\u4efd\u8b49", C::License, 6, 18},           // 身份證 (Hong Kong: a letter, six digits, a check)
    {"\u533b\u4fdd\u5361", C::HealthPlan, 8, 20},        // 医保卡
    {"\u533b\u4fdd\u53f7", C::HealthPlan, 8, 20},        // 医保号
    {"\u793e\u4fdd\u5361", C::HealthPlan, 8, 20},        // 社保卡
    {"\u5065\u4fdd\u5361", C::HealthPlan, 8, 12},        // 健保卡
    {"\u75c5\u5386\u53f7", C::Mrn, 4, 12},               // 病历号
    {"\u75c5\u6b77\u865f", C::Mrn, 4, 12},               // 病歷號
    {"\u75c5\u6848\u53f7", C::Mrn, 4, 12},               // 病案号 (the case-file number of a GB2312 export, seed 3838)
    {"\u95e8\u8bca\u53f7", C::Mrn, 4, 12},               // 门诊号
    {"\u4f4f\u9662\u53f7", C::Mrn, 4, 12},               // 住院号 (the inpatient number, the hospital's record of the patient)
    {"\u5c31\u8bca\u5361", C::Mrn, 4, 20},               // 就诊卡 (the hospital's visit card)
    // Japan: My Number (twelve digits), the insured person's number of the health insurance card,
    // the patient and chart numbers.
    {"\u30de\u30a4\u30ca\u30f3\u30d0\u30fc", C::License, 12, 12},  // マイナンバー
    {"\u500b\u4eba\u756a\u53f7", C::License, 12, 12},              // 個人番号
    {"\u88ab\u4fdd\u967a\u8005\u756a\u53f7", C::HealthPlan, 1, 12},  // 被保険者番号
    {"\u60a3\u8005\u756a\u53f7", C::Mrn, 3, 12},                   // 患者番号
    {"\u60a3\u8005ID", C::Mrn, 3, 12},                             // 患者ID
    {"\u30ab\u30eb\u30c6\u756a\u53f7", C::Mrn, 3, 12},             // カルテ番号
    {"\u8a3a\u5bdf\u5238\u756a\u53f7", C::Mrn, 3, 12},             // 診察券番号
    // Korea: the resident and alien registration numbers (6 + 7 digits), the health insurance
    // card, the patient and record numbers.
    {"\uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638", C::License, 13, 13},      // 주민등록번호
    {"\uc678\uad6d\uc778\ub4f1\ub85d\ubc88\ud638", C::License, 13, 13},  // 외국인등록번호
    {"\uac74\uac15\ubcf4\ud5d8\uc99d\ubc88\ud638", C::HealthPlan, 8, 13},  // 건강보험증번호
    {"\ud658\uc790\ubc88\ud638", C::Mrn, 4, 12},                       // 환자번호
    {"\ubcd1\ub85d\ubc88\ud638", C::Mrn, 4, 12},                       // 병록번호
    // The patient's registration number at the hospital, the number a Korean case list and a
    // conference message give beside the name ("최민서 (F/96) 등록번호 1945489", "환자 (등록번호
    // 41-4687-06)", seed 3535); only opening its word, as 주민등록번호 and 사업자등록번호 (a
    // business's) end in it.
    {"\ud658\uc790\ub4f1\ub85d\ubc88\ud638", C::Mrn, 4, 12},                 // 환자등록번호
    {"\ub4f1\ub85d\ubc88\ud638", C::Mrn, 4, 12, true},                     // 등록번호
    // Thailand: the thirteen-digit citizen identification number.
    {"\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19",
     C::License, 13, 13},  // เลขประจำตัวประชาชน
    {"\u0e40\u0e25\u0e02\u0e1a\u0e31\u0e15\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19", C::License, 13,
     13},  // เลขบัตรประชาชน
    // Cambodia's identity card (អត្តសញ្ញាណប័ណ្ណ, nine digits, a check digit after them) and Laos's
    // (ບັດປະຈຳຕົວ), both written without spaces like the scripts above.
    {"\u17a2\u178f\u17d2\u178f\u179f\u1789\u17d2\u1789\u17b6\u178e\u1794\u17d0\u178e\u17d2\u178e", C::License, 9, 10},  // អត្តសញ្ញាណប័ណ្ណ
    {"\u0e9a\u0eb1\u0e94\u0e9b\u0eb0\u0e88\u0eb3\u0e95\u0ebb\u0ea7", C::License, 6, 12},  // ບັດປະຈຳຕົວ
    // The third list of countries: Hong Kong's and Macau's traditional characters (the passport, the
    // Home Return Permit, the driving licence, the patient and inpatient numbers; the identity card
    // 身份證 above, with the bracketed check of "A123456(3)" and Macau's "1/234567/8"), Bhutan's
    // citizenship identity card in Dzongkha (ངོ་སྤྲོད་ལག་ཁྱེར, eleven digits; its syllables are
    // joined by the tsheg, so the label is one token) and Eritrea's identity card in Tigrinya.
    {"\u8b77\u7167", C::License, 7, 9},                   // 護照
    {"\u56de\u9109\u8b49", C::License, 8, 11},           // 回鄉證
    {"\u99d5\u99db\u57f7\u7167", C::License, 6, 12},    // 駕駛執照
    {"\u75c5\u4eba\u7de8\u865f", C::Mrn, 4, 12},        // 病人編號
    {"\u4f4f\u9662\u865f", C::Mrn, 4, 12},               // 住院號
    {"\u0f44\u0f7c\u0f0b\u0f66\u0fa4\u0fb2\u0f7c\u0f51\u0f0b\u0f63\u0f42\u0f0b\u0f41\u0fb1\u0f7a\u0f62", C::License, 11, 11},  // ངོ་སྤྲོད་ལག་ཁྱེར
    {"\u1218\u1295\u1290\u1275", C::License, 6, 12},    // መንነት
    {"\u1353\u1235\u1356\u122d\u1275", C::License, 6, 9},  // ፓስፖርት
    // Bills, receipts and bank accounts (account) and the insured person's number (health_plan)
    // as Chinese, Japanese, Korean and Thai billing prints them: "发票号码：12345678",
    // "請求書番号：2024-0042", "청구번호: 2024-00012345", "ใบเสร็จเลขที่ 12345", "保单号 P1234567".
    {"\u53d1\u7968", C::Account, 4, 20},                 // 发票
    {"\u767c\u7968", C::Account, 4, 20},                 // 發票
    {"\u6536\u636e", C::Account, 4, 20},                 // 收据
    {"\u6536\u64da", C::Account, 4, 20},                 // 收據
    {"\u8d26\u53f7", C::Account, 8, 20},                 // 账号
    {"\u5e10\u53f7", C::Account, 8, 20},                 // 帐号
    {"\u8cec\u865f", C::Account, 8, 20},                 // 賬號
    {"\u7ed3\u7b97\u5355", C::Account, 4, 20},          // 结算单
    {"\u8acb\u6c42\u66f8", C::Account, 4, 20},          // 請求書
    {"\u8acb\u6c42\u756a\u53f7", C::Account, 4, 20},   // 請求番号 (the bare 請求 heads 請求日, a date)
    {"\u9818\u53ce\u66f8", C::Account, 4, 20},          // 領収書
    {"\u9818\u53ce\u756a\u53f7", C::Account, 4, 20},   // 領収番号
    {"\u53e3\u5ea7\u756a\u53f7", C::Account, 6, 20},   // 口座番号
    {"\uccad\uad6c\ubc88\ud638", C::Account, 4, 20},   // 청구번호
    {"\uc601\uc218\uc99d\ubc88\ud638", C::Account, 4, 20},  // 영수증번호
    {"\uacc4\uc88c\ubc88\ud638", C::Account, 8, 20},   // 계좌번호
    {"\u0e43\u0e1a\u0e41\u0e08\u0e49\u0e07\u0e2b\u0e19\u0e35\u0e49", C::Account, 4, 20},  // ใบแจ้งหนี้
    {"\u0e43\u0e1a\u0e40\u0e2a\u0e23\u0e47\u0e08", C::Account, 4, 20},  // ใบเสร็จ
    {"\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48\u0e1a\u0e31\u0e0d\u0e0a\u0e35", C::Account, 8, 20},  // เลขที่บัญชี
    // An e-prescription's, a pharmacy order's and its parcel's numbers in Chinese key the
    // patient's prescription and delivery (the "account" of a bill): "处方号：CF96465948093",
    // "订单号：JD510522229196", "运单号：JD8009721754" (seed 3737; 处方日期 reads no number).
    {"\u5904\u65b9", C::Account, 6, 20},              // 处方
    {"\u8655\u65b9", C::Account, 6, 20},              // 處方
    {"\u8ba2\u5355", C::Account, 6, 20},              // 订单
    {"\u8a02\u55ae", C::Account, 6, 20},              // 訂單
    {"\u8fd0\u5355", C::Account, 6, 20},              // 运单
    {"\u904b\u55ae", C::Account, 6, 20},              // 運單
    // The Korean health insurance card's number with a space before its 번호 ("건강보험증 번호:
    // 33756230011") and the Japanese insurer's number of the insurance card ("保険者番号：53641562",
    // eight digits, with the card's 記号・番号), seed 3737.
    {"\uac74\uac15\ubcf4\ud5d8\uc99d", C::HealthPlan, 8, 13},  // 건강보험증
    {"\u4fdd\u967a\u8005\u756a\u53f7", C::HealthPlan, 6, 8},   // 保険者番号
    {"\u4fdd\u9669\u5361", C::HealthPlan, 6, 20},       // 保险卡
    {"\u4fdd\u5355", C::HealthPlan, 6, 20},              // 保单
    {"\u53c2\u4fdd\u53f7", C::HealthPlan, 6, 20},       // 参保号
    {"\u53c2\u4fdd\u4eba\u7f16\u53f7", C::HealthPlan, 6, 20},  // 参保人编号
    {"\u533b\u4fdd\u7f16\u53f7", C::HealthPlan, 8, 20},  // 医保编号 (not the bare 医保 before a date)
    {"\u4fdd\u967a\u8a3c", C::HealthPlan, 1, 12},       // 保険証
    {"\u8a18\u53f7\u30fb\u756a\u53f7", C::HealthPlan, 1, 12},  // 記号・番号
    {"\ubcf4\ud5d8\ubc88\ud638", C::HealthPlan, 6, 13},  // 보험번호
    {"\uac00\uc785\uc790\ubc88\ud638", C::HealthPlan, 6, 13},  // 가입자번호
    // The serial number of a person's device (see the serial labels above): Chinese 序列号/序列號
    // and the factory number 出厂编号/出廠編號, Japanese 製造番号 and シリアル番号, Korean 일련번호 and
    // 시리얼번호, Thai หมายเลขซีเรียล (serial number) and หมายเลขเครื่อง (the machine's number).
    {"\u5e8f\u5217\u53f7", C::Device, 4, 20},                 // 序列号
    {"\u5e8f\u5217\u865f", C::Device, 4, 20},                 // 序列號
    {"\u51fa\u5382\u7f16\u53f7", C::Device, 4, 20},          // 出厂编号
    {"\u51fa\u5ee0\u7de8\u865f", C::Device, 4, 20},          // 出廠編號
    {"\u88fd\u9020\u756a\u53f7", C::Device, 4, 20},          // 製造番号
    {"\u30b7\u30ea\u30a2\u30eb\u756a\u53f7", C::Device, 4, 20},  // シリアル番号
    {"\u30b7\u30ea\u30a2\u30eb\u30ca\u30f3\u30d0\u30fc", C::Device, 4, 20},  // シリアルナンバー
    {"\uc77c\ub828\ubc88\ud638", C::Device, 4, 20},          // 일련번호
    {"\uc2dc\ub9ac\uc5bc\ubc88\ud638", C::Device, 4, 20},    // 시리얼번호
    {"\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e25\u0e02\u0e0b\u0e35\u0e40\u0e23\u0e35\u0e22\u0e25", C::Device, 4, 20},  // หมายเลขซีเรียล
    {"\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e25\u0e02\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07", C::Device, 4, 20},  // หมายเลขเครื่อง
    // Telephone and fax labels glued to their numbers by a full-width colon, as Japanese, Chinese and
    // Korean forms print them ("携帯：080-1234-5678", "FAX：03-1234-5679", "手机号 13812345678",
    // "電話番号：03-...");
    // scan_local_phones.cpp reads the bare "電話："/"手機："/"傳真：" with a country code too.
    {"\u643a\u5e2f\u96fb\u8a71", C::Phone, 8, 12},        // 携帯電話
    {"\u643a\u5e2f", C::Phone, 8, 12},                      // 携帯 (its tail 番号 skipped)
    {"\u96fb\u8a71", C::Phone, 8, 12},                      // 電話 (電話番号, 電話號碼)
    {"\u7535\u8bdd", C::Phone, 8, 12},                      // 电话 (电话号码)
    {"\u624b\u673a", C::Phone, 8, 12},                      // 手机 (手机号, 手机号码)
    {"\u624b\u6a5f", C::Phone, 8, 12},                      // 手機 (手機號碼)
    {"\u5ea7\u673a", C::Phone, 8, 12},                      // 座机 (the landline)
    {"\uc804\ud654", C::Phone, 8, 12},                      // 전화 (전화번호)
    {"\ud734\ub300\ud3f0", C::Phone, 8, 12},                // 휴대폰
    {"\uc5f0\ub77d\ucc98", C::Phone, 8, 12},                // 연락처 (contact)
    {"TEL\uff1a", C::Phone, 8, 12},
    {"Tel\uff1a", C::Phone, 8, 12},
    {"\u30d5\u30a1\u30c3\u30af\u30b9", C::Fax, 8, 12},  // ファックス
    {"\u30d5\u30a1\u30af\u30b9", C::Fax, 8, 12},          // ファクス
    {"FAX\uff1a", C::Fax, 8, 12},
    {"Fax\uff1a", C::Fax, 8, 12},
    {"\ud329\uc2a4", C::Fax, 8, 12},                        // 팩스
    {"\u50b3\u771f", C::Fax, 8, 12},                        // 傳真
    {"\u4f20\u771f", C::Fax, 8, 12},                        // 传真
};

}  // namespace

std::span<const LocalIdLabel> worldIdLabels() { return kWorldLabels; }

std::span<const ScriptIdLabel> scriptIdLabels() { return kScriptLabels; }

}  // namespace concord::phi::detail
