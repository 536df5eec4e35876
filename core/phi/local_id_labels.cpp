// Identifier labels as research, registry and public-health forms print them in other countries
// and languages: a hospital's patient number (French "IPP", Spanish "NHC", Italian "cartella",
// Dutch "patiëntnummer", Vietnamese "Mã BN", Brazilian "prontuário"), national person numbers
// used as the record key (Scandinavian personnummer, fødselsnummer, CPR), health-insurance cards
// (carte Vitale / sécurité sociale, tarjeta and tessera sanitaria, EHIC, NHIA/NHIS/NHIF/SHA,
// BHYT, PhilHealth, Cartão SUS, the Mexican IMSS "NSS"), the Dutch BSN (a social security number),
// driving licences and number plates. Labels are matched on tokens, so accents are part of the
// word ("sécurité"); the unaccented spelling that keyboards without accents give is listed too.
#include "local_id_labels.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "flat_word_table.h"
#include "identifier_forms.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

using C = PhiCategory;

constexpr std::array<LocalIdLabel, 220> kLabels = {{
    // Hospital and clinic numbers of the patient.
    {{"ipp"}, C::Mrn, true},  // identifiant permanent du patient ("IPP" is also a proton-pump inhibitor)
    {{"nip"}, C::Mrn, true},  // numéro d'identification du patient
    {{"nhc"}, C::Mrn, false},  // número de historia clínica
    {{"historia", "clínica"}, C::Mrn, false},
    {{"historia", "clinica"}, C::Mrn, false},
    // Its number sign before the bare word on an old Spanish folder: "N.º historia: RPM-340000",
    // "Nº historia 204947" (seed 3838).
    {{"n", "º", "historia"}, C::Mrn, false},
    {{"nº", "historia"}, C::Mrn, false},
    {{"n°", "historia"}, C::Mrn, false},
    // Argentine and Uruguayan records abbreviate the historia clínica as "HC" before its number
    // sign: "HC N° 204-947-19" (a bare "HC" is a head circumference or hydrocortisone).
    {{"hc", "n°"}, C::Mrn, false},
    {{"hc", "nº"}, C::Mrn, false},
    {{"hc", "nro"}, C::Mrn, false},
    {{"cartella"}, C::Mrn, true},  // cartella clinica
    {{"cartella", "clinica"}, C::Mrn, false},
    {{"cartella", "n"}, C::Mrn, false},
    {{"patiëntnummer"}, C::Mrn, false},
    {{"patientnummer"}, C::Mrn, false},
    {{"patiëntnr"}, C::Mrn, false},
    {{"mã", "bn"}, C::Mrn, false},  // mã bệnh nhân
    {{"mã", "bệnh", "nhân"}, C::Mrn, false},
    {{"prontuário"}, C::Mrn, true},
    {{"prontuario"}, C::Mrn, true},
    {{"expediente"}, C::Mrn, true},
    {{"no", "expediente"}, C::Mrn, false},
    // Forms abbreviate the identity card of a Latin American admission sheet as "Céd." ("CÉD.
    // 620-090866-4296P"), with the eight digits or more of a cédula. (Its neighbour "Exp." for the
    // file is left alone: it is also a card's or a drug's expiry and an exponent, "exp. 1200000".)
    {{"céd"}, C::License, false, 8, 20},
    {{"ced"}, C::License, true, 8, 20},
    // Dutch registers number the person registered: "Registratienummer: 87980" (a hospital's
    // registration desk in Suriname, the Dutch Caribbean and Flanders).
    {{"registratienummer"}, C::Mrn, false},
    {{"registratienr"}, C::Mrn, false},
    {{"journalnummer"}, C::Mrn, false},
    {{"journalnr"}, C::Mrn, false},
    // Kenyan HIV care clinics number the client by the comprehensive care clinic: "CCC No. 13001-12345".
    {{"ccc", "no"}, C::Mrn, false},
    {{"ccc", "number"}, C::Mrn, false},
    // A hospital record named by where it is kept: "identity confirmed from the hospital record (0412345)".
    {{"hospital", "record"}, C::Mrn, false},
    // South African public clinics file the patient's record in a folder: "Folder no.: 40012345".
    {{"folder", "no"}, C::Mrn, false},
    {{"folder", "number"}, C::Mrn, false},
    // The WHO-style EPID number of a notifiable-disease case.
    {{"epid"}, C::Mrn, true},
    {{"epid", "no"}, C::Mrn, false},
    {{"epid", "number"}, C::Mrn, false},
    // Personal identity numbers a Nordic record is kept under.
    {{"personnummer"}, C::Mrn, false},
    {{"personnr"}, C::Mrn, false},
    {{"fødselsnummer"}, C::Mrn, false},
    {{"fodselsnummer"}, C::Mrn, false},
    {{"personnumer"}, C::Mrn, false},
    // Their definite forms in a sentence ("med fødselsnummeret 100289 33843", "personnumret") and
    // the Norwegian abbreviation a register's column and a form write ("fnr"; eleven digits),
    // seed 3535.
    {{"fødselsnummeret"}, C::Mrn, false},
    {{"fodselsnummeret"}, C::Mrn, false},
    {{"personnummeret"}, C::Mrn, false},
    {{"personnumret"}, C::Mrn, false},
    {{"fnr"}, C::Mrn, true, 11, 11},
    // The Polish PESEL and the Portuguese número de utente (the SNS number) are the numbers the
    // record is keyed on, like the Nordic personal numbers and the NHS number ("PESEL: 31090854845",
    // "N.º de utente: 178080712"; "Utente:" before a name reads no number). A Quebec
    // chart is the "dossier" ("Dossier : 6101011"; weak: any file).
    {{"pesel"}, C::Mrn, false},
    {{"utente"}, C::Mrn, false},
    {{"dossier"}, C::Mrn, true},
    {{"no", "dossier"}, C::Mrn, false},
    {{"cpr"}, C::Mrn, true},  // "CPR" is also resuscitation: needs ":" or a strong value
    {{"cpr", "nr"}, C::Mrn, false},
    {{"cpr", "nummer"}, C::Mrn, false},
    // A trial participant in Dutch and French: "deelnemer 104-017", "numéro de sujet".
    {{"deelnemer"}, C::Mrn, true},
    {{"deelnemersnummer"}, C::Mrn, false},
    {{"numéro", "de", "sujet"}, C::Mrn, false},
    {{"numéro", "d", "inclusion"}, C::Mrn, false},
    // Health insurance.
    {{"sécurité", "sociale"}, C::HealthPlan, false},
    {{"securite", "sociale"}, C::HealthPlan, false},
    {{"carte", "vitale"}, C::HealthPlan, false},
    {{"nir"}, C::HealthPlan, true},
    {{"tarjeta", "sanitaria"}, C::HealthPlan, false},
    {{"tarjeta", "sanitaria", "individual"}, C::HealthPlan, false},
    {{"tessera", "sanitaria"}, C::HealthPlan, false},
    {{"ehic"}, C::HealthPlan, false},
    {{"försäkring"}, C::HealthPlan, true},
    {{"forsikring"}, C::HealthPlan, true},
    {{"sygesikring"}, C::HealthPlan, true},
    {{"sygesikringsbevis"}, C::HealthPlan, false},
    {{"zorgverzekering"}, C::HealthPlan, true},
    {{"polisnummer"}, C::HealthPlan, false},
    {{"verzekerdennummer"}, C::HealthPlan, false},
    {{"nhia"}, C::HealthPlan, true},  // Nigeria's and Ghana's health insurance authority/scheme
    {{"nhis"}, C::HealthPlan, true},
    {{"nhif"}, C::HealthPlan, true},  // Kenya's fund, now the Social Health Authority
    // Jamaica's National Health Fund card ("NHF card: NHF95485867") and the insurance number of
    // Nepal's Health Insurance Board, "bima" being insurance in Nepali and Swahili ("Bima no. (HIB):").
    {{"nhf", "card"}, C::HealthPlan, false},
    {{"nhf", "no"}, C::HealthPlan, false},
    {{"bima", "no"}, C::HealthPlan, false},
    {{"bima", "namba"}, C::HealthPlan, false},
    // On a Swahili claim or clinic form the card is the member's insurance card (NHIF, CHF/iCHF),
    // and the membership number its number: "NAMBA YA KADI: 317896440680".
    {{"namba", "ya", "kadi"}, C::HealthPlan, false},
    {{"namba", "ya", "uanachama"}, C::HealthPlan, false},
    // The board's acronym alone reads only its nine digits (Hib is also a vaccine: "Hib 3 doses").
    {{"hib"}, C::HealthPlan, true, 9, 9},
    {{"sha"}, C::HealthPlan, true},
    // Canada's Non-Insured Health Benefits for First Nations and Inuit: the registration (status)
    // number is the coverage. Australian veterans' Gold and White Cards carry the DVA file number.
    {{"nihb"}, C::HealthPlan, true},
    {{"nihb", "no"}, C::HealthPlan, false},
    {{"nihb", "registration", "no"}, C::HealthPlan, false},
    {{"nihb", "registration", "number"}, C::HealthPlan, false},
    {{"dva", "gold", "card"}, C::HealthPlan, false},
    {{"bhyt"}, C::HealthPlan, false},  // bảo hiểm y tế
    {{"thẻ", "bhyt"}, C::HealthPlan, false},
    {{"philhealth"}, C::HealthPlan, true},
    {{"philhealth", "pin"}, C::HealthPlan, false},
    {{"cartão", "sus"}, C::HealthPlan, false},
    {{"cartao", "sus"}, C::HealthPlan, false},
    {{"cns"}, C::HealthPlan, true},  // cartão nacional de saúde
    {{"nss"}, C::HealthPlan, true},
    // Abu Dhabi's Thiqa and Daman health cards and an Israeli kupat holim (sick fund) membership.
    {{"thiqa"}, C::HealthPlan, false},
    {{"thiqa", "card"}, C::HealthPlan, false},
    {{"daman"}, C::HealthPlan, true},
    {{"daman", "card"}, C::HealthPlan, false},
    {{"kupat", "holim"}, C::HealthPlan, false},  // número de seguridad social (IMSS)
    {{"afiliación"}, C::HealthPlan, true},
    {{"afiliacion"}, C::HealthPlan, true},
    // Germany's statutory health insurance number of the insured person (the Mutterpass and the
    // eGK card print it): "Versichertennummer: F966178546", "Versicherten-Nr. A123456789".
    {{"versichertennummer"}, C::HealthPlan, false},
    {{"versichertennr"}, C::HealthPlan, false},
    {{"versicherten", "nr"}, C::HealthPlan, false},
    // Its abbreviation on an index card after the fund's name: "Krankenkasse: AOK, Vers.-Nr.
    // G308214681" (seed 3838).
    {{"vers", "nr"}, C::HealthPlan, false},
    // The Turkish social insurance (SSK) registration of the insured, its value printed with the
    // fund's initials: "SSK Sicil No: SSK 5490131824" (seed 3838).
    {{"ssk", "sicil", "no"}, C::HealthPlan, false},
    // Its abbreviation, and the long word of the card.
    {{"kvnr"}, C::HealthPlan, false},
    {{"krankenversichertennummer"}, C::HealthPlan, false},
    // India's public health cover (Ayushman Bharat PM-JAY, written "PM-JAY" in the keyword table):
    // "PMJAY ID: PMJAY712444155".
    {{"pmjay"}, C::HealthPlan, false},
    // The Dutch citizen service number is the social security number.
    {{"bsn"}, C::Ssn, false},
    {{"burgerservicenummer"}, C::Ssn, false},
    // Spanish claim and policy numbers of an insurer: "Número de reclamo: 7RW4034525", "póliza
    // PA-1567208-77" (a bare "reclamo" is weak: "reclamo de auto").
    {{"reclamo"}, C::Account, true},
    {{"número", "de", "reclamo"}, C::Account, false},
    {{"numero", "de", "reclamo"}, C::Account, false},
    {{"póliza"}, C::HealthPlan, true},
    {{"poliza"}, C::HealthPlan, true},
    {{"número", "de", "póliza"}, C::HealthPlan, false},
    {{"numero", "de", "poliza"}, C::HealthPlan, false},
    // India's Aadhaar, the twelve-digit number of the person's government identity card (a
    // certificate of identity, not a social security number): "Aadhaar: 7720 1479 8496".
    {{"aadhaar"}, C::License, false},
    {{"aadhar"}, C::License, false},
    {{"aadhaar", "no"}, C::License, false},
    // National identity numbers printed on the person's identity card, read as a licence is (a
    // certificate of identity, not a social security number): Singapore's NRIC ("NRIC:
    // S1457022W"), Nigeria's NIN, Ireland's PPS number ("PPS no.: 3028954C"), the Philippine
    // PhilSys ID, Chile's RUT ("RUT: 8.872.997-4"; "rut" is also an English word, so weak), the US
    // DoD ID of the common access card ("DoD ID 1617193474", the EDIPI).
    {{"nric"}, C::License, false},
    {{"nin"}, C::License, false},
    {{"pps", "no"}, C::License, false},
    {{"pps", "number"}, C::License, false},
    {{"ppsn"}, C::License, false},
    {{"philsys"}, C::License, false},
    {{"philsys", "id"}, C::License, false},
    {{"philsys", "no"}, C::License, false},
    {{"rut"}, C::License, true},
    {{"dod", "id"}, C::License, false},
    {{"edipi"}, C::License, false},
    // Brazil's CPF, Portugal's NIF (the tax card, the number of the citizen's card), Israel's
    // Teudat Zehut, the Emirates ID, Saudi Arabia's Iqama (resident's permit), Korea's resident
    // registration number (RRN) and Turkey's T.C. Kimlik No: each a number on the person's card.
    {{"cpf"}, C::License, false},
    {{"nif"}, C::License, false},
    {{"teudat", "zehut"}, C::License, false},
    {{"emirates", "id"}, C::License, false},
    {{"iqama"}, C::License, false},
    {{"iqama", "no"}, C::License, false},
    {{"rrn"}, C::License, false},
    {{"kimlik"}, C::License, false},
    {{"kimlik", "no"}, C::License, false},
    // Turkish forms shorten it to "TC: 35254622400"; "TC" is also total cholesterol ("TC: 180"),
    // so weak: only a strong number is read.
    {{"tc"}, C::License, false},
    {{"dod", "edipi"}, C::License, false},
    // National identity cards of the twenty-eighth family's countries, each a number on the
    // person's card: Vietnam's CCCD (citizen identity card), Indonesia's NIK (weak: also a given
    // name), the Thai ID, Pakistan's CNIC, Egypt's and others' "National ID", the Ghana Card, the
    // Ethiopian Fayda (its FIN), Ukraine's RNOKPP (the taxpayer's card number), an "ID card".
    {{"cccd"}, C::License, false},
    {{"nik"}, C::License, true},
    {{"thai", "id"}, C::License, false},
    {{"cnic"}, C::License, false},
    {{"national", "id"}, C::License, false},
    {{"national", "id", "no"}, C::License, false},
    {{"ghana", "card"}, C::License, false},
    {{"fayda"}, C::License, false},
    {{"fayda", "fin"}, C::License, false},
    {{"rnokpp"}, C::License, false},
    {{"id", "card"}, C::License, false},
    // Birth numbers the health record is keyed on, like PESEL: the Greek AMKA, the Romanian CNP,
    // the Czech and Slovak rodné číslo ("RČ", its capital Č left as it is by lower-casing).
    {{"amka"}, C::Mrn, false},
    {{"cnp"}, C::Mrn, false},
    {{"rč"}, C::Mrn, false},
    {{"rČ"}, C::Mrn, false},
    {{"rodné", "číslo"}, C::Mrn, false},
    {{"rodne", "cislo"}, C::Mrn, false},
    // Health insurance: Indonesia's BPJS Kesehatan, Ethiopia's community-based health insurance,
    // the Hungarian TAJ (social-insurance number, which is the health-insurance one), the Romanian
    // CNAS health card, the Greek EOPYY.
    {{"bpjs"}, C::HealthPlan, false},
    {{"cbhi"}, C::HealthPlan, false},
    {{"cbhi", "membership"}, C::HealthPlan, false},
    {{"taj"}, C::HealthPlan, false},
    {{"cnas"}, C::HealthPlan, false},
    {{"card", "cnas"}, C::HealthPlan, false},
    {{"eopyy"}, C::HealthPlan, false},
    // The insured person's registry number in an EOPYY insurance field: "EOPYY, ar. mitroou 53936270".
    {{"ar", "mitroou"}, C::HealthPlan, false},
    // A US disability parking placard's number, on the person's card like a licence; a Thai
    // hospital number "HN" (weak: also head and neck); the Romanian benefit file ("Dosar nr.") and
    // the Hungarian case number ("Ügyszám", its capitals as lower-casing leaves them); the
    // Hungarian number plate ("rendszáma").
    {{"placard"}, C::License, false},
    {{"placard", "no"}, C::License, false},
    {{"hn"}, C::Mrn, true},
    {{"dosar", "nr"}, C::Account, false},
    {{"\u00dcgysz\u00e1m"}, C::Account, false},
    {{"\u00fcgysz\u00e1m"}, C::Account, false},
    {{"\u00dcgysz\u00c1m"}, C::Account, false},
    {{"rendsz\u00e1ma"}, C::Vehicle, false},
    {{"rendsz\u00e1m"}, C::Vehicle, false},
    {{"rendsz\u00c1ma"}, C::Vehicle, false},
    // The Czech serial number ("výrobní číslo") of equipment loaned to a person.
    {{"v\u00fdrobn\u00ed", "\u010d\u00edslo"}, C::Device, false},
    // Driving licences and number plates.
    {{"permis", "de", "conduire"}, C::License, false},
    {{"rijbewijs"}, C::License, true},
    {{"körkort"}, C::License, true},
    {{"førerkort"}, C::License, true},
    {{"kørekort"}, C::License, true},
    {{"immatriculation"}, C::Vehicle, true},
    {{"kenteken"}, C::Vehicle, true},
    {{"targa"}, C::Vehicle, true},
    {{"matrícula"}, C::Vehicle, true},
    // A blood, plasma or gamete donor's number at the bank is the donor's own record, as "Donor
    // no." is in English (a pseudonym still points at one person): "N° de donante: D-424160",
    // "N.º de dador: BD854748", "N° donneur : ED-364529", "Code donneuse : DON522133", "Donoro
    // Nr. SD-328586", "Донор № 458812", Arabic "رقم المتبرع". Weak where the word alone is a
    // person ("donante vivo: Byron ...", "le donneur est ..."): a ":", "#" or a record's shape.
    {{"de", "donante"}, C::Mrn, true},
    {{"del", "donante"}, C::Mrn, true},
    {{"de", "dador"}, C::Mrn, true},
    {{"do", "dador"}, C::Mrn, true},
    {{"donneur"}, C::Mrn, true},
    {{"code", "donneuse"}, C::Mrn, false},
    {{"code", "donneur"}, C::Mrn, false},
    {{"donoro", "nr"}, C::Mrn, false},
    {{"\u0434\u043e\u043d\u043e\u0440", "\u2116"}, C::Mrn, false},  // донор №
    {{"\u0414\u043e\u043d\u043e\u0440", "\u2116"}, C::Mrn, false},  // Донор №
    {{"\u0631\u0642\u0645", "\u0627\u0644\u0645\u062a\u0628\u0631\u0639"}, C::Mrn, false},  // رقم المتبرع
    // A transplant candidate's place on the waiting list and the Eurotransplant number key the
    // recipient's file: "N° lista de espera: 810622", "ET-nr 272257".
    {{"lista", "de", "espera"}, C::Mrn, false},
    {{"waiting", "list", "no"}, C::Mrn, false},
    {{"waiting", "list", "number"}, C::Mrn, false},
    {{"et", "nr"}, C::Mrn, false},
    // An HIV clinic's ART number is the patient's clinic record (as "CCC No." is in Kenya), and a
    // fertility centre's couple code the couple's file: "ART No.: ART/72339", "Koppelcode: 53703".
    {{"art", "no"}, C::Mrn, false},
    {{"koppelcode"}, C::Mrn, false},
    // So are the register and card numbers of the other programmes of primary care: the
    // antenatal card's ("ANC No.: ANC 832/25") and the non-communicable disease clinic's ("NCD
    // No.: NCD-31795"); "ANC" alone is a neutrophil count, so only with "No." or "number".
    {{"anc", "no"}, C::Mrn, false},
    {{"anc", "number"}, C::Mrn, false},
    {{"ncd", "no"}, C::Mrn, false},
    {{"ncd", "number"}, C::Mrn, false},
    // A Lithuanian treatment programme's card (a methadone card) is the patient's clinic file:
    // "Kortelės Nr. OST-13028/20" (weak: a card's number of any kind needs a record's shape).
    // A Czech or Slovak insurer prints the European health insurance card's number on its card:
    // twenty digits starting with 80 (the EHIC's prefix) and the country's numeric code, "Poisťovňa:
    // VšZP, číslo karty 80703166533352257479" (a bank card's "číslo karty" has sixteen digits).
    {{"číslo", "karty"}, C::HealthPlan, false, 20, 20, 0, "80"},
    {{"cislo", "karty"}, C::HealthPlan, false, 20, 20, 0, "80"},
    {{"kortelės", "nr"}, C::Mrn, true},
    {{"korteles", "nr"}, C::Mrn, true},
    // A court's or a tribunal's case about the person is an "account" (the families' convention
    // for case numbers): "Docket No. MHT-2025-32448", "MHRB review case MHRB/0244/2025", Croatian
    // "Broj predmeta: R1-811/2024".
    {{"docket", "no"}, C::Account, false},
    {{"docket", "number"}, C::Account, false},
    {{"review", "case"}, C::Account, false},
    {{"broj", "predmeta"}, C::Account, false},
}};

bool isArticleOrPreposition(std::string_view lower) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "el", "la", "los", "las", "del", "en", "le", "les", "du", "de", "des", "il", "lo", "nel", "nella",
      "het", "in", "op", "the", "a", "on", "per"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// Whether a number word heads the preposition at token p: "Número de factura", "N° de séjour",
// "N.º de atendimento", "No. de cuenta". Such a label names a number, even of an ordinary noun.
std::string foldLabelCase(std::string_view word);
bool hasNonAsciiByte(std::string_view word);

bool numberHeadBefore(const ScanInput& in, std::size_t p) {
  if (p == 0 || in.tokens[p].lower.size() > 3) return false;
  static constexpr std::string_view kHeads[] = {"número", "numero", "numéro", "n°", "nº", "º", "°", "no",
                                                "nr",     "num",    "núm",    "nro", "n"};
  const std::string_view gap = gapBetween(in, p - 1, p);
  if (gap != " " && gap != ". ") return false;
  // (In capitals: "NÚMERO DE FACTURA", "NUMÉRO DE SÉJOUR".)
  const std::string& head = in.tokens[p - 1].lower;
  return listHas(kHeads, head) || (hasNonAsciiByte(head) && listHas(kHeads, foldLabelCase(head)));
}

// A word's first and last bytes and its length, folded into 15 bits.
std::size_t firstLastLengthKey(std::string_view word) {
  const auto first = static_cast<unsigned char>(word.front());
  const auto last = static_cast<unsigned char>(word.back());
  return (first * 131u + last * 31u + word.size()) & 0x7FFFu;
}

// Digits in the dashed groups of a phone number: 3-3-4 or 3-4.
bool dashedPhoneShape(std::string_view value) {
  const std::size_t a = digitRun(value, 0);
  if (a != 3 || value.size() <= 4 || value[3] != '-') return false;
  const std::size_t b = digitRun(value, 4);
  if (b == 4) return value.size() == 8;
  return b == 3 && value.size() == 12 && value[7] == '-' && digitRun(value, 8) == 4;
}

// A word lowered beyond ASCII, for the labels printed in capitals or capitalised in Cyrillic,
// Greek and accented Latin ("ИСТОРИЯ БОЛЕЗНИ", "Паспорт", "RODNÉ ČÍSLO"): the token's own lower
// case lowers ASCII only. Lowers Latin-1 and Latin Extended-A capitals, Greek capitals, the
// Cyrillic capitals U+0400-U+042F, the extended Cyrillic pairs of Mongolian and Kazakh (Ө, Ү, Ң,
// Қ...) and the Armenian capitals ("ԱՆՁՆԱԳԻՐ", "ӨВЧНИЙ ТҮҮХ"); other bytes are kept.
std::string foldLabelCase(std::string_view word) {
  std::string out(word);
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    const auto lead = static_cast<unsigned char>(out[k]);
    const auto next = static_cast<unsigned char>(out[k + 1]);
    if (lead < 0xC3 || lead > 0xD5 || (next & 0xC0) != 0x80) continue;
    const unsigned code = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
    unsigned lowered = code;
    if ((code >= 0xC0 && code <= 0xDE && code != 0xD7) || (code >= 0x391 && code <= 0x3AB && code != 0x3A2) ||
        (code >= 0x410 && code <= 0x42F)) {
      lowered = code + 0x20;  // Latin-1, Greek and the basic Cyrillic capitals
    } else if (code >= 0x400 && code <= 0x40F) {
      lowered = code + 0x50;  // Ѐ-Џ (Ђ, Ј, Љ, Њ, Ћ, Џ of Serbian and Macedonian)
    } else if ((code >= 0x48A && code <= 0x4BF) || (code >= 0x4D0 && code <= 0x4FF)) {
      if ((code & 1u) == 0u) lowered = code + 1;  // Ҋ-Ҿ, Ӑ-Ӿ: an even capital, its odd small letter
    } else if (code >= 0x531 && code <= 0x556) {
      lowered = code + 0x30;  // Armenian Ա-Ֆ
    } else if (code >= 0x100 && code <= 0x17F) {
      // Latin Extended-A pairs an even capital with its odd small letter, but from Ĺ to Ň and from
      // Ź to Ž the capital is odd; ı, ĸ, ŉ and ſ have no pair.
      const bool oddCapitals = (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
      const bool capital = oddCapitals ? (code & 1u) == 1u : (code & 1u) == 0u;
      if (capital && code != 0x130 && code != 0x138 && code != 0x149 && code != 0x178 && code != 0x17F) {
        lowered = code + 1;
      }
    }
    if (lowered == code) continue;
    out[k] = static_cast<char>(0xC0u | (lowered >> 6));
    out[k + 1] = static_cast<char>(0x80u | (lowered & 0x3Fu));
    ++k;
  }
  return out;
}

bool hasNonAsciiByte(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

// Whether a token's lower case is a label's word, either lowered beyond ASCII.
bool sameLabelWord(std::string_view lower, std::string_view word) {
  if (lower == word) return true;
  if (lower.size() != word.size() || !hasNonAsciiByte(lower)) return false;
  return foldLabelCase(lower) == foldLabelCase(word);
}

// The labels of both tables (this one and worldIdLabels()) whose first word is token t's, or
// null. Most words start no label: a bit table of the first words' first and last bytes and
// lengths rejects nearly every word of a note before one hash look-up gives the few labels left.
// The table is keyed by the first words lowered beyond ASCII (foldLabelCase), and so is a word
// that has such letters: "ИСТОРИЯ" finds "история".
const std::vector<const LocalIdLabel*>* labelsStartingWithWord(const std::string& lower) {
  static const std::unordered_map<std::string, std::vector<const LocalIdLabel*>> kByFirstWord = [] {
    std::unordered_map<std::string, std::vector<const LocalIdLabel*>> byFirst;
    for (const LocalIdLabel& label : kLabels) byFirst[foldLabelCase(label.words[0])].push_back(&label);
    for (const LocalIdLabel& label : worldIdLabels()) byFirst[foldLabelCase(label.words[0])].push_back(&label);
    for (const LocalIdLabel& label : accountPlanLabels()) byFirst[foldLabelCase(label.words[0])].push_back(&label);
    return byFirst;
  }();
  // The filter is keyed by the word's first and last bytes and its length: with the world's
  // short acronyms a first byte and a length alone let through "the", "and" and "in".
  static const std::array<std::uint64_t, 512> kFirstLastLength = [] {
    std::array<std::uint64_t, 512> bits{};
    for (const auto& [first, labels] : kByFirstWord) {
      const std::size_t key = firstLastLengthKey(first);
      bits[key >> 6] |= std::uint64_t{1} << (key & 63);
    }
    return bits;
  }();
  if (hasNonAsciiByte(lower)) {
    const std::string folded = foldLabelCase(lower);
    const std::size_t key = firstLastLengthKey(folded);
    if ((kFirstLastLength[key >> 6] & (std::uint64_t{1} << (key & 63))) == 0) return nullptr;
    const auto found = kByFirstWord.find(folded);
    return found == kByFirstWord.end() ? nullptr : &found->second;
  }
  const std::size_t key = firstLastLengthKey(lower);
  if ((kFirstLastLength[key >> 6] & (std::uint64_t{1} << (key & 63))) == 0) return nullptr;
  const auto found = kByFirstWord.find(lower);
  return found == kByFirstWord.end() ? nullptr : &found->second;
}

// A label scanned or typed with a digit for a letter: "Cédu1a", "Teléf0no", "И1Н" (ИИН). Only one
// digit, between letters, read as the letters OCR takes it for (0 for o/о, 1 for l, i, и, і), and
// only in a word of three letters or more: a word with more digits or a digit at its edge ("V1",
// "T12", "3rd") is a code, not a label.
const std::vector<const LocalIdLabel*>* labelsStartingWithOcrWord(std::string_view lower) {
  if (lower.size() < 4) return nullptr;
  // Each reading pairs a letter for 0 with one for 1; a word has only one of the two digits, so a
  // zero is tried as "o" and "о", a one as "l", "i", "и" and "і".
  static constexpr std::pair<std::string_view, std::string_view> kReadings[] = {
      {"o", "l"}, {"\u043e", "i"}, {"o", "\u0438"}, {"o", "\u0456"}};
  const bool zero = lower.find('0') != std::string_view::npos;
  // A word with neither digit (nearly every word) reads as nothing: ruled out before any copy.
  if (!zero && lower.find('1') == std::string_view::npos) return nullptr;
  std::string word;
  for (const auto& [forZero, forOne] : kReadings) {
    if (readOcrMisreadWord(lower, word, forZero, forOne) != 1) return nullptr;
    if (const auto* found = labelsStartingWithWord(word)) return found;
    if (zero && forZero != "o") break;
  }
  return nullptr;
}

// Armenian ends a label with its own colon, the "but" mark ՝ (U+055D), written against the word
// ("ՀԾՀ՝ 1234567890", "Անձնագիր՝ AN1234567"); its bytes are word bytes, so the token holds it:
// the word without it is the label's.
std::string_view withoutArmenianColon(std::string_view lower) {
  if (lower.size() > 2 && lower.ends_with("\xD5\x9D")) return lower.substr(0, lower.size() - 2);
  return lower;
}

const std::vector<const LocalIdLabel*>* labelsStartingWith(const Token& t) {
  if (const auto* found = labelsStartingWithWord(t.lower)) return found;
  if (const std::string_view bare = withoutArmenianColon(t.lower); bare.size() != t.lower.size()) {
    if (const auto* found = labelsStartingWithWord(std::string(bare))) return found;
  }
  return labelsStartingWithOcrWord(t.lower);
}

// Whether token i is as long as a label's first word: two letters for the few abbreviations that
// are labels ("TC", "no dossier"), one for an acronym written with dots ("C.C. 1.020.304.050",
// "D.N.I."), up to 34 bytes for the long German compounds ("Sozialversicherungsnummer") and the
// Cyrillic words of two bytes a letter ("идентификационный").
bool labelWordLength(const ScanInput& in, std::size_t i) {
  const std::size_t length = in.tokens[i].length();
  // (A letter alone opens a label only before a dot or a hyphen: "N. de dossier", "P-tal".)
  if (length == 1) {
    return i + 1 < in.tokens.size() && (gapBetween(in, i, i + 1).starts_with(".") || gapBetween(in, i, i + 1) == "-");
  }
  return length >= 2 && length <= 34;
}

// Whether the label's words follow one another from token i.
bool labelAt(const ScanInput& in, std::size_t i, const LocalIdLabel& label) {
  const std::size_t words = label.size();
  if (i + words > in.tokens.size()) return false;
  for (std::size_t k = 1; k < words; ++k) {
    const std::string_view gap = gapBetween(in, i + k - 1, i + k);
    const std::string_view word = k + 1 == words ? withoutArmenianColon(in.tokens[i + k].lower) : in.tokens[i + k].lower;
    if (!sameLabelWord(word, label.words[k]) || gap.empty() || !gapOnly(gap, " /.'-", 3)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::span<const LocalIdLabel> localIdLabels() { return kLabels; }

bool localLabelValueFits(const ScanInput& in, std::size_t i, std::size_t words, std::string_view value) {
  const Token& t = in.tokens[i];
  if (!labelWordLength(in, i)) return true;
  const auto* found = labelsStartingWith(t);
  if (found == nullptr) return true;
  for (const LocalIdLabel* label : *found) {
    if (label->size() != words || label->maxDigits == 0 || !labelAt(in, i, *label)) continue;
    const auto digits = static_cast<std::size_t>(std::count_if(value.begin(), value.end(), isDigit));
    if (digits < label->minDigits || digits > label->maxDigits) return false;
    if (label->length != 0 && value.size() != label->length) return false;
    if (!label->prefix.empty()) return value.starts_with(label->prefix);
    if (!label->weak) return true;
    // Nor is a North American phone number ("cc: 310-555-1234", "CC 555-1234" copy to a line).
    if (dashedPhoneShape(value)) return false;
    // A dot in such a number groups thousands ("12.345.678"); any other is a decimal's, and the
    // value a measure or a range: "CI: 1.12-2.34", "CI 0.812345".
    for (std::size_t k = value.find('.'); k != std::string_view::npos; k = value.find('.', k + 1)) {
      if (digitRun(value, k + 1) != 3) return false;
    }
    return true;
  }
  return true;
}

namespace {

// A number with a letter prefix, dashes and six digits or more right after the label ending
// before token j, or after its "is": the thing's own number, though an article names the thing
// ("la facture FA-2024-001234", "el expediente EXP-2023-004512"); so is a number of three
// dashed groups or more, eight digits or more ("la cédula es 2-0808-7092"). An address, a count
// or a span of years ("la cuenta es 2024-2025") is no such value.
bool prefixedNumberAfter(const ScanInput& in, std::size_t j) {
  if (j == 0 || j >= in.tokens.size() || gapBetween(in, j - 1, j) != " ") return false;
  const std::string_view verb = in.tokens[j].lower;
  if ((verb == "es" || verb == "is" || verb == "est" || verb == "é") && j + 1 < in.tokens.size() &&
      gapBetween(in, j, j + 1) == " ") {
    ++j;
  }
  const std::size_t start = in.tokens[j].start;
  const std::string_view value = in.text.substr(start, identifierEnd(in.text, start) - start);
  const auto digits = std::count_if(value.begin(), value.end(), [](char c) { return isDigit(c); });
  const auto dashes = std::count(value.begin(), value.end(), '-');
  // Ten digits or more in one run are an account's or a file's number, no count, year or amount:
  // "la cuenta 7280530766 es ₲ 116.000".
  if (dashes == 0 && digits >= 10 && static_cast<std::size_t>(digits) == value.size()) return true;
  if (!strongIdentifierValue(value) || dashes == 0) return false;
  return isAsciiAlpha(in.text[start]) ? digits >= 6 : (isDigit(in.text[start]) && dashes >= 2 && digits >= 8);
}

}  // namespace

std::size_t matchLocalIdLabel(const ScanInput& in, std::size_t i, PhiCategory& category) {
  const Token& t = in.tokens[i];
  if (!labelWordLength(in, i)) return 0;
  // Most words start no label: one hash look-up gives the few labels that start with this word.
  const auto* found = labelsStartingWith(t);
  if (found == nullptr) return 0;
  std::size_t best = 0;
  for (const LocalIdLabel* rule : *found) {
    const LocalIdLabel& label = *rule;
    const std::size_t words = label.size();
    if (words <= best) continue;
    bool match = labelAt(in, i, label);
    // An ordinary word after an article or preposition is the thing, not a label: "Dirección en el
    // expediente: 4797 Tollgate Road" is the address on file.
    // So is one after "of" or the elided French "d'" ("Date of admission: 03-DEC-23", "Date
    // d'admission : 12/03/2024"), unless a number word heads it ("N° d'admission : 8812034").
    const std::string_view gap = i > 0 ? gapBetween(in, i - 1, i) : std::string_view();
    const std::string_view before = i > 0 ? std::string_view(in.tokens[i - 1].lower) : std::string_view();
    // (And after "for": "Deposit for admission: 825 000 Ar" is the admission's price.)
    const bool preposition = (isInlineSpace(gap, 1) && (isArticleOrPreposition(before) || before == "of" || before == "for")) ||
                             ((gap == "'" || gap == "\u2019") && (before == "d" || before == "l"));
    // (A plate said in prose after the article: "la placa es ABC-1234".)
    if (match && label.weak && i > 0 && preposition && !numberHeadBefore(in, i - 1) &&
        !prefixedNumberAfter(in, i + words) &&
        !(label.category == PhiCategory::Vehicle && copulaBeforePlate(in, i + words))) {
      match = false;
    }
    if (match) {
      best = words;
      category = label.category;
    }
  }
  return best;
}

bool numberWordBeforeLabel(const ScanInput& in, std::size_t i) {
  if (i == 0) return false;
  const std::string_view gap = gapBetween(in, i - 1, i);
  const std::string_view before = in.tokens[i - 1].lower;
  // "N° de facture", "N° d'assuré", "Número de afiliado": a head, then a preposition.
  const bool preposition = (isInlineSpace(gap, 1) && isArticleOrPreposition(before)) ||
                           ((gap == "'" || gap == "\u2019") && (before == "d" || before == "l"));
  if (preposition) return numberHeadBefore(in, i - 1);
  // "N° adhérent", "Nº sinistre", "No. Kwitansi" (a bare "no" only with its dot: "no chart").
  static constexpr std::string_view kHeads[] = {"número", "numero", "numéro", "n°", "nº", "nr", "nro", "núm"};
  if (gap == " ") return listHas(kHeads, before);
  return gap == ". " && (before == "no" || before == "n" || before == "nr" || before == "nro");
}

bool isOcrLocalIdLabelWord(const Token& t) {
  return t.hasDigit && t.hasLetter && t.length() >= 4 && t.length() <= 34 && labelsStartingWithOcrWord(t.lower) != nullptr;
}

bool isWeakLocalLabel(std::string_view lower) {
  // Asked for every keyword the scan meets: one look-up in a flat table of the weak one-word
  // labels of the three tables (folded as sameLabelWord folds them), not a walk through them.
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> words;
    for (const auto table : {localIdLabels(), worldIdLabels(), accountPlanLabels()}) {
      for (const LocalIdLabel& l : table) {
        if (!l.weak || l.size() != 1) continue;
        std::string folded = foldLabelCase(l.words[0]);
        if (std::find(words.begin(), words.end(), folded) == words.end()) words.push_back(std::move(folded));
      }
    }
    return words;
  }();
  static const FlatWordTable kWeak = [] {
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    for (const std::string& w : kWords) entries.emplace_back(w, 1u);
    return FlatWordTable(entries);
  }();
  if (hasNonAsciiByte(lower)) return kWeak.find(foldLabelCase(lower)) != 0;
  return kWeak.find(lower) != 0;
}

namespace {

// The Rwandan national identity number as the card prints it, sixteen digits in six groups: the
// holder's status (1 citizen, 2 refugee, 3 foreigner), year of birth, sex (7 female, 8 male), a
// serial of seven, the issue count and a check pair ("1 1990 8 0012345 1 23"). Returns the end of
// the last group, or 0.
std::size_t rwandanIdEnd(std::string_view text, std::size_t start) {
  static constexpr std::size_t kGroups[] = {1, 4, 1, 7, 1, 2};
  if (text[start] < '1' || text[start] > '3') return 0;
  std::size_t k = start;
  for (std::size_t g = 0; g < std::size(kGroups); ++g) {
    if (g > 0 && (k >= text.size() || text[k] != ' ')) return 0;
    if (g > 0) ++k;
    if (digitRun(text, k) != kGroups[g]) return 0;
    k += kGroups[g];
  }
  const int year = parseDigits(text, start + 2, 4);
  const char sex = text[start + 7];
  if (year < 1900 || year > 2099 || (sex != '7' && sex != '8')) return 0;
  return k < text.size() && (isWordByte(text[k]) || text[k] == '-' || text[k] == '/') ? 0 : k;
}

}  // namespace

std::size_t nationalGroupsEnd(std::string_view text, std::size_t start, std::size_t end) {
  const std::size_t first = end - start;
  if (first == 1) {
    if (const std::size_t rwanda = rwandanIdEnd(text, start); rwanda > 0) return rwanda;
  }
  if (first < 1 || first > 6 || digitRun(text, start) != first) return end;
  std::size_t k = end;
  std::size_t digits = first;
  std::size_t groups = 1;
  std::size_t shortest = 99;
  while (groups < 8 && k + 1 < text.size() && text[k] == ' ' && isDigit(text[k + 1])) {
    const std::size_t run = digitRun(text, k + 1);
    const std::size_t after = k + 1 + run;
    if (run < 2 || run > 10 ||
        (after < text.size() && (isWordByte(text[after]) || text[after] == '/' || text[after] == '-' ||
                                 (text[after] == '.' && after + 1 < text.size() && isDigit(text[after + 1]))))) {
      break;
    }
    digits += run;
    shortest = run < shortest ? run : shortest;
    ++groups;
    k = after;
  }
  // The Austrian social insurance number: a serial with its check digit, then the birth date as
  // DDMMYY ("1234 010180").
  if (groups == 2 && first == 4 && digits == 10) {
    const std::size_t date = end + 1;
    const int day = parseDigits(text, date, 2);
    const int month = parseDigits(text, date + 2, 2);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? k : end;
  }
  if (groups < 2 || digits < 11 || digits > 20) return end;
  // The NIR: a sex digit, then year, month, département, commune, order and key: 1+2+2+2+3+3+2.
  const bool nir = first == 1 && (text[start] == '1' || text[start] == '2') && digits == 15;
  // Two long groups: an institution and a card or person number ("80532 0621038404", "120345 12345").
  const bool twoLong = groups == 2 && first >= 5;
  // A sex digit, then twelve more in three groups or more: the Senegalese identity number of the
  // ECOWAS card, "CNI : 1 718 2001 65160" (sex, centre, year of birth, serial).
  const bool sexThenTwelve = first == 1 && (text[start] == '1' || text[start] == '2') && digits == 13 && groups >= 3;
  return nir || twoLong || sexThenTwelve ? k : end;
}

bool southAfricanIdShape(std::string_view value) {
  if (value.size() != 13 || digitRun(value, 0) != 13) return false;
  const int month = parseDigits(value, 2, 2);
  const int day = parseDigits(value, 4, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && value[10] >= '0' && value[10] <= '2' &&
         (value[11] == '8' || value[11] == '9');
}

bool zimbabweanIdShape(std::string_view value) {
  // District of registration (two digits), a serial of six or seven, the check letter and the
  // district of origin (two digits): "63-123456-X-42", "08-2047561-Q-13" (dashes or spaces;
  // the district's leading zero is often dropped, "8-2047561-Q-13").
  const std::size_t district = digitRun(value, 0);
  if (district < 1 || district > 2 || value.size() < district + 12) return false;
  const char sep = value[district];
  if (sep != '-' && sep != ' ') return false;
  const std::size_t serial = digitRun(value, district + 1);
  if (serial < 6 || serial > 7 || value.size() != district + 1 + serial + 5) return false;
  const std::size_t k = district + 1 + serial;
  return value[k] == sep && isAsciiAlpha(value[k + 1]) && value[k + 2] == sep && digitRun(value, k + 3) == 2;
}

bool belgianNationalNumberShape(std::string_view value) {
  if (value.size() != 15 || value[2] != '.' || value[5] != '.' || value[8] != '-' || value[12] != '.') return false;
  const int month = parseDigits(value, 3, 2);
  return digitRun(value, 0) == 2 && digitRun(value, 3) == 2 && digitRun(value, 6) == 2 && digitRun(value, 9) == 3 &&
         digitRun(value, 13) == 2 && month >= 0 && month <= 12;
}

bool siteSubjectShape(std::string_view value) {
  const std::size_t dash = value.find('-');
  if (dash == std::string_view::npos || dash < 2 || dash > 3) return false;
  const std::size_t tail = value.size() - dash - 1;
  return digitRun(value, 0) == dash && tail >= 3 && tail <= 4 && digitRun(value, dash + 1) == tail;
}

}  // namespace concord::phi::detail
