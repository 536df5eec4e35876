// The words of hospital administration in the thirty-second family's languages that are never a
// person's name: the headings, labels and form words of bills, receipts, registration forms,
// records-release requests, mortuary releases, valuables logs and complaints ("TERMO DE ENTREGA
// DE CADÁVER", "RĒĶINS ĀRVALSTU PACIENTAM", "İTMİŞ ƏŞYALAR JURNALI", "OKRAJNO SODIŠČE V
// LJUBLJANI", "FAKTIORA ALOA", "Beneficiário INSS"), greetings and closings of letters and chats
// ("Moien", "Hörmətlə", "Murakoze") and month names that name streets ("Av. 24 de Julho"). They
// are read as kNever words (name_tables.cpp) by the rules and the name model alike. None is a
// given or family name of any of the countries (words such as "ella", "raha", "shani", "hana"
// or "hong", which are, are left out).
//
// A token is ASCII-lowered only, so a word written in capitals keeps its non-ASCII capitals
// ("RĒĶINS" is looked up as "rĒĶins") and a Title-case word its non-ASCII initial ("Ārstniecības");
// each word is listed once, in lower case, and its capital and Title-case spellings are made here.
// Azerbaijani capitals also write i as İ and ı as I ("JURNALI", "XİDMƏT").
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "name_tables.h"

namespace concord::phi::detail {

namespace {

constexpr std::string_view kAdminWords[] = {
    // English rotas and units of the hospital's offices.
    "ombudsman", "ombudsman's", "chaplaincy", "billing", "portering", "utilization", "utilisation",
    // French (Cameroon, Syria, Madagascar, Luxembourg, Rwanda).
    "demande", "d'accès", "accès", "rgpd", "tarif", "actes", "sortie", "décédé", "véhicule", "assistante",
    "sociale", "facture", "rechnung", "d'rechnung", "moien", "gebuer", "gériatrie", "tarifs", "consommables", "bis", "hors", "entendent", "s'entendent",
    // Portuguese (Mozambique).
    "beneficiário", "inss", "termo", "entrega", "cadáver", "guia", "transferência", "doente", "tesouraria",
    "recebido", "fatura", "paguei", "fevereiro", "março", "junho", "julho", "setembro", "outubro",
    "novembro", "dezembro",
    // Spanish (Paraguay, Uruguay, Costa Rica, Panama).
    // (The cash desk answering in a chat export: "16/12 03:35 - cajas: buenas tardes".)
    "caja", "cajas",
    "orden", "internación", "formulario", "preadmisión", "directora", "oficina", "atención", "usuario",
    "hospitalario", "solicitud", "traslado", "sanatorio", "objetos", "contado", "electrónica", "bitácora",
    "empresa", "fúnebre", "terapia", "intensiva", "deudor", "cuota", "convenio", "consultas", "dirección",
    "exacta", "enlace", "validación", "código", "prestación", "testigo", "iglesia", "católica", "según",
    "artículo", "exenta", "avda", "cuenta", "cateterismo", "cardíaco", "autoriza", "fondo", "recursos",
    // Guaraní in Paraguayan chats.
    "mboy", "piko", "éichapa", "mba'éichapa",
    // Estonian.
    "patsiendi", "lähedane", "registreerimine", "parkimisluba", "tasuda", "päeva", "jooksul", "haigla",
    "registrikood", "vaidlustatud", "isikukood",
    // Latvian.
    "rēķins", "ārvalstu", "pacientam", "ārstniecības", "personu", "iestāžu", "reģistrs", "atrasto", "mantu",
    "žurnāls", "personas", "kods", "nacionālais", "veselības", "dienests", "atsaka", "apstrīdēt", "mēneša",
    "laikā", "aprīlis", "jūlijs", "maksātāja", "konts", "kopā", "apmaksai", "identifikācijas", "numurs",
    // Mrs and Mr after the family name ("CIEN. BĒRZIŅA KUNDZE!": in capitals the run would take them).
    "kundze", "kungs",
    "apmaksāt", "pakalpojumu", "pieprasījums", "slimnīcas", "reģ",
    // Slovenian.
    "okrajno", "sodišče", "ljubljani", "naročilo", "tolmača", "zastopnik", "pacientovih", "pravic", "priimek",
    "kartice", "zzzs", "ceniku", "račun", "računa", "zapade", "pritožba", "zaradi", "matična", "številka",
    "bolnišnice", "sprejemni", "št", "zavarovanje", "dokazov", "dokumentacija", "pacientke",
    // Icelandic.
    "stofnun", "reikningur", "greiðist", "innan", "kennitala", "sjúkrahússins", "einstaklingur",
    "bankareikningur", "greiðanda", "afhending", "líks", "látni",
    // Malagasy.
    // ("MANAO AHOANA RAMATOA LALAO": the greeting of a text message in capitals, before the title.)
    "manao", "ahoana",
    "hopitaly", "faktiora", "aloa", "tokony", "alohan", "misy", "fanontaniana", "antsoy", "andro",
    // Kinyarwanda, Shona, Bemba.
    "fagitire", "yishyurwa", "murakoze", "ukeneye", "ubufasha", "hamagara", "ishyura", "vanoda", "kumuona",
    "mhoro", "mbuya", "vedu", "makore",
    // Dari in transliteration and Arabizi.
    "tazkira", "shafakhana", "paisa", "marhaba", "ktir", "ghalye",
    // The thirty-third family's theatres, wards, blood banks, prisons, camps and ships: the words of
    // their headings and forms ("DEPARTAMENTO DE CIRUGÍA", "CHIRURGIE VISCÉRALE", "MEDISCHE DIENST",
    // "SUWUKLYK BALANSY", "BILIK BEDAH"), none a given or family name (words such as "sala", "santo",
    // "conde", "kanan", "mana" or "seri", which are, are left out).
    // English of ships, rigs and wards ("MAN-OVERBOARD DRILL", "bleep 238") and the ventilator's
    // mode ("SIMV-PC").
    "overboard", "bleep", "simv",
    // French (Benin, Burundi, Lebanon, Algeria).
    "prochaine", "visite", "réfugiés", "chirurgie", "viscérale", "entrée", "sspi", "pièce", "colectomie", "d'hygiène", "hygiène",
    "hospitalière", "compte", "rendu", "opératoire", "générale", "anesthésie", "ostéosynthèse", "droit", "gauche",
    "équipe", "opérationnelle", "linéaire", "transfusion", "receveur", "daïra",
    // Spanish (Nicaragua, Honduras).
    "departamento", "cirugía", "referencia", "respuesta", "procedimiento", "quirúrgico", "servicio", "raquídea",
    "operaciones", "anestesia", "consentimiento", "informado",
    // (Good evening and good afternoon said to the doctor: "dr buenas noches, le paso a ...".)
    "buenas", "noches", "tardes",
    // Portuguese (Macau, Timor-Leste).
    "consentimento", "declaração", "sinalética", "bloco", "operatório", "saúde",
    // Tetum (Timor-Leste).
    "rejistu", "administrasaun", "relatóriu", "vizita", "hospitál", "nasionál", "servisu", "referál", "pasiente",
    "kirurjia", "operasaun", "formuláriu", "konsentimentu", "naran",
    // Turkmen.
    "merkezi", "guýma", "suwuklyk", "balansy", "ugratma", "haty", "operasiýa", "öňündäki", "bahalandyryş",
    "soragnamasy", "näsag", "hassahana", "hassahanasy",
    // Maltese.
    "sptar", "operazzjoni", "operatorja", "tal-kunsens", "għall-operazzjoni", "anestesija", "ġenerali",
    "kunsens", "għall", "jien",
    // Malay (Brunei).
    "bilik", "bedah", "kehilangan", "darah", "pengenalan", "keadaan", "pembedahan",
    // Dutch (Suriname).
    "medische", "dienst", "penitentiaire", "inrichting", "huisartsenpraktijk", "anesthesie", "spinale",
    "gedetineerde",
    // Serbian, Montenegrin, Bosnian, Croatian: the labels of a form's inline fields (name, the
    // personal number; not "oca", also in the surname "Montes de Oca") and the plural of Turkmen
    // "patient".
    "ime", "jmbg", "näsaglar",
    // Their theatre words (implant catalogue, general anaesthesia, operating room, orthopaedics),
    // and Tetum general anaesthesia ("ANESTEZIA JERÁL").
    "katalog", "implantata", "anestezija", "opšta", "operaciona", "ortopedija", "anestezia", "jerál",
    // Kirundi.
    "icumba", "c'ibagwa", "ibagwa", "amaraso", "y'ishami", "ishami",
    // The thirty-eighth family's scanned, microfilmed and transcribed records: the titles of the
    // record, the card and the letter and the archive's notes on them ("KRANKENGESCHICHTE,
    // ABSCHRIFT AUS DER KURRENTSCHRIFT", "KARTA PACJENTA (skan)", "PROCESSO CLÍNICO", "TIMBRI E
    // MODULI", "PONSKAART-EXPORT (VASTE KOLOMMEN)", "COPIE CERTIFIÉE CONFORME", "HISTORIA CLÍNICA EN
    // SOPORTE PAPEL DIGITALIZADA"), the labels inside them ("Letzte Anschrift", "im 93.
    // Lebensjahr", "APELLIDO Y NOMBRE", "FAX MEDICO CURANTE") and the kin after a relative's name
    // ("Renate Weber (Nichte)"). Karolinska names an institute, never a person. ("Karta",
    // "Bruder" and "Nascimento", which are names, are left out.)
    // German.
    "krankengeschichte", "abschrift", "kurrentschrift", "unleserliche", "lebensjahr", "letzte",
    "anschrift", "vorname", "karteikarte", "archivanfrage", "fernruf", "angehörige",
    "tochter", "nichte", "neffe", "schwester",
    // Italian.
    "timbri", "moduli", "referto", "normativa", "vigente", "curante", "fiscale", "cartella",
    "archiviata",
    // Polish.
    "pacjenta", "medyczna", "przekazana", "archiwum", "zakładowego", "notatka", "odręczna",
    "przepisana", "wieś",
    // Portuguese, Spanish.
    "processo", "clínico", "digitalizado", "digitalizada", "folhas", "rasgadas", "assinaladas",
    "soporte", "papel", "nombre", "apellido", "apellidos",
    // French, Dutch, Swedish.
    "copie", "certifiée", "conforme", "dactylographiée", "microfilmé", "vaste", "kolommen", "papieren",
    "ponskaart", "overgenomen", "karolinska",
    // English: the house of an address ("Rose Cottage, Church Lane").
    "cottage",
    // Form words of the thirty-ninth family's bilingual forms and cards: the German practice of a
    // specialty ("Diabetes-Schwerpunktpraxis"), the Spanish pacemaker card ("TARJETA DE
    // MARCAPASOS"), the Filipino birth date ("Kapanganakan / Birth date") and pinyin labels of
    // family, address, birth and telephone ("Jiashu:", "Dizhi:", "Chusheng riqi", "Dianhua:").
    "schwerpunktpraxis", "tarjeta", "marcapasos", "kapanganakan", "jiashu", "dizhi", "chusheng", "riqi",
    "dianhua",
};

// Azerbaijani: in capitals i is written İ and ı is written I (ASCII, lowered back to i).
constexpr std::string_view kAzerbaijaniWords[] = {
    "itmiş", "əşyalar", "jurnalı", "xidmət", "hesabı", "hesab", "ödəniş", "qəbzi", "hörmətlə", "xəstəxananın",
    "vöen", "günü", "yoxlama", "linki", "təbib", "dəstək", "təcili", "yardım", "gözlədi", "göndərə",
    "eşitmə", "cihazı", "bilərsiz", "sual", "olsa", "mobil", "telefon",
    // Mrs and Mr after the given name ("HÖRMƏTLI GÜNEL XANIM,").
    "xanım", "bəy",
    // Turkish, written the same way (the thirty-eighth family's fax header "DEVLET HASTANESI
    // FAKS", "HASTA DOSYASI (arşivden taranmış)", "SAYFA NUMARALARI ELLE YAZILMIŞ", the sister
    // after a relative's name "(KIZ KARDEŞİ)").
    "devlet", "hastanesi", "faks", "dosyası", "arşivden", "taranmış", "sayfa", "numaraları",
    "yazılmış", "kız", "kardeşi", "çıkarıldı",
};

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The capital of a non-ASCII lower-case letter of Latin-1, Latin Extended-A, schwa and Cyrillic;
// any other code point unchanged.
char32_t upperOf(char32_t cp) {
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return (cp & 1) ? cp - 1 : cp;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp : cp - 1;
  if (cp == 0x259) return 0x18F;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;
  return cp;
}

// The word as the tokenizer lowers it when written in capitals (all = true) or in Title case.
std::string spelled(std::string_view word, bool all, bool turkic) {
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    char32_t cp = b;
    std::size_t n = 1;
    if (b >= 0xE0 && i + 2 < word.size()) {
      cp = ((b & 0x0F) << 12) | ((static_cast<unsigned char>(word[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(word[i + 2]) & 0x3F);
      n = 3;
    } else if (b >= 0xC0 && i + 1 < word.size()) {
      cp = ((b & 0x1F) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3F);
      n = 2;
    }
    const bool raise = all || first;
    if (raise && turkic && cp == 'i') cp = 0x130;
    else if (raise && turkic && cp == 0x131) cp = 'i';
    else if (raise) cp = upperOf(cp);
    appendUtf8(out, cp);
    first = false;
    i += n;
  }
  return out;
}

}  // namespace

std::span<const std::string_view> adminFormWordTable() {
  // The spellings live as long as the program (function-local statics, destroyed after the class
  // table that holds views of them, which is built later), so the views stay valid.
  static const std::vector<std::string> storage = [] {
    std::vector<std::string> words;
    const auto add = [&words](std::string_view word, bool turkic) {
      words.emplace_back(word);
      words.push_back(spelled(word, true, turkic));
      words.push_back(spelled(word, false, turkic));
      if (turkic) words.push_back(spelled(word, true, false));
    };
    for (std::string_view word : kAdminWords) add(word, false);
    for (std::string_view word : kAzerbaijaniWords) add(word, true);
    return words;
  }();
  static const std::vector<std::string_view> views(storage.begin(), storage.end());
  return views;
}

}  // namespace concord::phi::detail
