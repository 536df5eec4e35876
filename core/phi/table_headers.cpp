// Column headers of the world's tables (session of 2026-11-28, layout by layout: tables, columns
// and forms). A register, a spreadsheet export, a ward list or an OCR'd form heads its columns in
// its own language and script: "apellido;nombre;cédula", "Фамилия,Имя,Отчество,СНИЛС",
// "الاسم,رقم الهوية,الهاتف", "姓名,身份证号,电话,住址", "Ad,Soyad,TC Kimlik No". columnKind
// (scan_structured.cpp) knows the English and a few European headers; what it does not know is
// asked here, once for every reader that names a value by a header (CSV, TSV, semicolon and pipe
// tables, whitespace-aligned boards, JSON and XML keys, key=value dumps):
//   - an identifier's column is named as prose labels name the number, so the header's words are
//     looked up in the label tables the keyword scan reads (local_id_labels.cpp,
//     world_id_labels.cpp, account_plan_labels.cpp), with and without the word "number" of its
//     language around them ("numero_cedula", "no_bpjs", "TC Kimlik No", "رقم الهوية", "số CCCD"),
//     and a header in a script written without spaces by the script labels ("身份证号",
//     "주민등록번호"); the label's bounds on the digits go with the column;
//   - names, dates, phones, addresses and ages by one list of header words per category in the
//     world's main languages, after the words that say whose it is ("del paciente", "пациента",
//     "患者") are dropped.
// Upper case is folded for Latin-1, Cyrillic and Greek letters too, so that a header row copied
// in capitals ("ФАМИЛИЯ", "CÉDULA") reads as its lower-case form.
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "flat_word_table.h"
#include "local_id_labels.h"
#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail::structured {

namespace {

using C = PhiCategory;

// The header with Latin-1, Cyrillic and Greek capitals lowered (ASCII is lowered already).
std::string foldCase(std::string_view h) {
  std::string s(h);
  for (std::size_t k = 0; k + 1 < s.size(); ++k) {
    auto b0 = static_cast<unsigned char>(s[k]);
    auto b1 = static_cast<unsigned char>(s[k + 1]);
    // Latin Extended-A (U+0100-U+017F: "Đ", "Ł", "Ş") and the Vietnamese letters of Latin
    // Extended Additional (U+1EA0-U+1EF9: "Ị", "Ữ"): a capital and its small letter are neighbours.
    if (b0 == 0xC4 || b0 == 0xC5) {
      const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
      const bool oddUpper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
      const bool upper = cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x178 && cp != 0x17F &&
                         ((cp % 2 == 1) == oddUpper);
      if (upper) {
        const unsigned lower = cp + 1;
        s[k] = static_cast<char>(0xC0 | (lower >> 6));
        s[k + 1] = static_cast<char>(0x80 | (lower & 0x3F));
      }
      ++k;
      continue;
    }
    if (b0 == 0xE1 && k + 2 < s.size()) {
      const auto b2 = static_cast<unsigned char>(s[k + 2]);
      const unsigned cp = 0x1000u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if (cp >= 0x1EA0 && cp <= 0x1EF9 && cp % 2 == 0) s[k + 2] = static_cast<char>(b2 + 1);
      k += 2;
      continue;
    }
    if (b0 < 0xC3 || b0 > 0xD0) continue;
    if (b0 == 0xC3 && b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97) {
      s[k + 1] = static_cast<char>(b1 + 0x20);  // À-Þ
    } else if (b0 == 0xD0 && b1 >= 0x90 && b1 <= 0x9F) {
      s[k + 1] = static_cast<char>(b1 + 0x20);  // А-П
    } else if (b0 == 0xD0 && b1 >= 0xA0 && b1 <= 0xAF) {
      s[k] = static_cast<char>(0xD1);  // Р-Я
      s[k + 1] = static_cast<char>(b1 - 0x20);
    } else if (b0 == 0xD0 && b1 >= 0x80 && b1 <= 0x8F) {
      s[k] = static_cast<char>(0xD1);  // Ѐ-Џ (Ё, Є, І, Ї, Ў)
      s[k + 1] = static_cast<char>(b1 + 0x10);
    } else if (b0 == 0xCE && b1 >= 0x91 && b1 <= 0x9F) {
      s[k + 1] = static_cast<char>(b1 + 0x20);  // Α-Ο
    } else if (b0 == 0xCE && b1 >= 0xA0 && b1 <= 0xA9 && b1 != 0xA2) {
      s[k] = static_cast<char>(0xCF);  // Π-Ω
      s[k + 1] = static_cast<char>(b1 - 0x20);
    } else {
      continue;
    }
    ++k;
  }
  return s;
}

// The header with the accents of Latin-1 letters dropped ("cédula" as "cedula", "número" as
// "numero"), for the label tables that spell a label without them only.
std::string withoutAccents(std::string_view h) {
  // The base letters of U+00E0-U+00FF.
  static constexpr std::string_view kBase = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  std::string s;
  s.reserve(h.size());
  for (std::size_t k = 0; k < h.size(); ++k) {
    const auto b1 = k + 1 < h.size() ? static_cast<unsigned char>(h[k + 1]) : 0;
    if (static_cast<unsigned char>(h[k]) == 0xC3 && b1 >= 0xA0 && b1 <= 0xBF && b1 != 0xB7 && b1 != 0xA6 &&
        b1 != 0xB0 && b1 != 0xBE) {
      s.push_back(kBase[b1 - 0xA0]);
      ++k;
    } else {
      s.push_back(h[k]);
    }
  }
  return s;
}

// Words a header adds to say whose value it is: the patient's, the person's. Dropped before the
// look-up ("nombre_del_paciente", "фио_пациента", "患者姓名" is read by its own entry).
bool ownerWord(std::string_view w) {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "paciente", "patient", "patiente", "patienten", "patients", "pasien", "paziente", "pacjenta", "pacienta",
      "pacient", "pacientului", "pt", "hasta", "hastanin", "hastan\u0131n", "b\u1ec7nh_nh\u00e2n", "benh_nhan",
      "bn", "client", "cliente", "persona", "person", "personne", "utente", "usuario", "usuaria", "mgonjwa",
      "\u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0430",                           // пациента
      "\u043f\u0430\u0446\u0438\u0435\u043d\u0442",                                 // пациент
      "\u043f\u0430\u0446\u0456\u0454\u043d\u0442\u0430",                           // пацієнта
      "\u0431\u043e\u043b\u044c\u043d\u043e\u0433\u043e",                           // больного
      "\u0627\u0644\u0645\u0631\u064a\u0636",                                       // المريض
      "\u0628\u06cc\u0645\u0627\u0631",                                             // بیمار
      "\u05d4\u05de\u05d8\u05d5\u05e4\u05dc",                                       // המטופל
  });
  return listHas(kWords, w);
}

bool connectorWord(std::string_view w) {
  static constexpr auto kWords = std::to_array<std::string_view>(
      {"de", "del", "da", "do", "dos", "das", "du", "d", "of", "di", "la", "le", "el", "des", "der", "the", "ya"});
  return listHas(kWords, w);
}

// "Number" in the languages of the label tables, as a header writes it before or after the noun.
bool numberWord(std::string_view w) {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "no", "nr", "num", "number", "numero", "n\u00famero", "num\u00e9ro", "nro", "n\u00ba", "n\u00b0", "n", "nomor",
      "so", "s\u1ed1", "nummer", "numer", "numara", "numaras\u0131", "numarasi", "nambari", "namba", "id",
      "\u2116",                                                             // №
      "\u043d\u043e\u043c\u0435\u0440",                                     // номер
      "\u0440\u0430\u049b\u0430\u043c",                                     // рақам
      "\u0631\u0642\u0645",                                                 // رقم
      "\u0634\u0645\u0627\u0631\u0647",                                     // شماره
      "\u05de\u05e1\u05e4\u05e8",                                           // מספר
      "\u0905\u0902\u0915",                                                 // अंक
      "\u0938\u0902\u0916\u094d\u092f\u093e",                               // संख्या
      "\u03b1\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2",                         // αριθμός
  });
  return listHas(kWords, w);
}

// Every label phrase of the three tables, its words joined by "_" as a header's are, hashed with
// its category and digit bounds (category + 1, minDigits << 8, maxDigits << 16); the first table
// that has a phrase decides, local labels first. Built once: a header is asked of every short line
// a form may label.
class LabelIndex {
 public:
  LabelIndex() : keys_(joinedLabels(bits_)), table_(entries()) {}
  // The kind of the label phrase `key`, or false.
  bool find(std::string_view key, ColumnKind& kind) const {
    const std::uint32_t b = table_.find(key);
    if (b == 0) return false;
    kind = {Column::Category, static_cast<PhiCategory>((b & 0xFF) - 1), static_cast<unsigned char>((b >> 8) & 0xFF),
            static_cast<unsigned char>((b >> 16) & 0xFF)};
    return true;
  }

 private:
  static std::vector<std::string> joinedLabels(std::vector<std::uint32_t>& bits) {
    std::vector<std::string> keys;
    for (std::span<const LocalIdLabel> labels : {localIdLabels(), worldIdLabels(), accountPlanLabels()}) {
      for (const LocalIdLabel& label : labels) {
        std::string key;
        for (std::size_t k = 0; k < label.size(); ++k) {
          if (k > 0) key.push_back('_');
          key.append(label.words[k]);
        }
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        keys.push_back(std::move(key));
        bits.push_back((static_cast<std::uint32_t>(label.category) + 1) | (std::uint32_t{label.minDigits} << 8) |
                       (std::uint32_t{label.maxDigits} << 16));
      }
    }
    return keys;
  }
  std::vector<std::pair<std::string_view, std::uint32_t>> entries() const {
    std::vector<std::pair<std::string_view, std::uint32_t>> e;
    for (std::size_t k = 0; k < keys_.size(); ++k) e.emplace_back(keys_[k], bits_[k]);
    return e;
  }
  std::vector<std::uint32_t> bits_;   // (declared first: joinedLabels fills it)
  std::vector<std::string> keys_;     // never changed after construction: the table views them
  FlatWordTable table_;
};

// A label phrase of one of the label tables equal to `words`, its category and digit bounds.
bool anyLabelOf(const std::array<std::string_view, 4>& words, std::size_t n, ColumnKind& kind) {
  if (n == 0) return false;
  static const LabelIndex index;
  std::string key;
  for (std::size_t k = 0; k < n; ++k) {
    if (k > 0) key.push_back('_');
    key.append(words[k]);
  }
  return index.find(key, kind);
}

// Every word of every label of the three tables, hashed: a header none of whose words is one is
// no label, and is let go before the tables are walked (most unknown headers and JSON keys).
const FlatWordTable& labelWords() {
  static const FlatWordTable table = [] {
    std::vector<std::string_view> words;
    for (std::span<const LocalIdLabel> labels : {localIdLabels(), worldIdLabels(), accountPlanLabels()}) {
      for (const LocalIdLabel& label : labels) {
        for (std::size_t k = 0; k < label.size(); ++k) words.push_back(label.words[k]);
      }
    }
    return FlatWordTable(std::span<const std::string_view>(words));
  }();
  return table;
}

// The identifier column named by a label of the label tables, with and without number words.
bool identifierHeader(std::string_view h, ColumnKind& kind) {
  std::array<std::string_view, 8> parts{};
  std::size_t count = 0;
  bool known = false;
  for (std::size_t k = 0; k <= h.size();) {
    std::size_t e = h.find('_', k);
    if (e == std::string_view::npos) e = h.size();
    if (e > k) {
      if (count == parts.size()) return false;
      parts[count++] = h.substr(k, e - k);
      // (Only a word of its own counts: "no", "de" and "patient" are in many labels.)
      const std::string_view part = parts[count - 1];
      known = known || (!numberWord(part) && !connectorWord(part) && !ownerWord(part) && labelWords().contains(part));
    }
    k = e + 1;
  }
  if (!known) return false;
  // As written, a label of two words or more ("tc_kimlik_no", "رقم_الهوية", "historia_clinica"); a
  // one-word header columnKind has asked the tables about already, leaving out on purpose the
  // weak and short acronyms ("ci" heads a confidence interval).
  std::array<std::string_view, 4> words{};
  if (count >= 2 && count <= 4) {
    for (std::size_t k = 0; k < count; ++k) words[k] = parts[k];
    if (anyLabelOf(words, count, kind)) return true;
    // Or its last words, after a qualifier of the country's ("tc_kimlik_no", "t_c_kimlik_no" as
    // "kimlik no").
    for (std::size_t from = 1; from + 2 <= count; ++from) {
      std::array<std::string_view, 4> tail{};
      for (std::size_t k = from; k < count; ++k) tail[k - from] = parts[k];
      if (anyLabelOf(tail, count - from, kind)) return true;
    }
    // Or words that are each a label of one and the same category, the document's word and the
    // scheme's acronym side by side ("Полис ОМС", "Policy SHIF"): the tables hold them one by one,
    // and a form that puts the pair on a line of its own is read as the pair is in prose.
    if (count <= 3) {
      ColumnKind first{};
      bool same = true;
      for (std::size_t k = 0; k < count && same; ++k) {
        ColumnKind each{};
        const std::array<std::string_view, 4> one{parts[k]};
        same = !numberWord(parts[k]) && anyLabelOf(one, 1, each) && (k == 0 || each.category == first.category);
        if (k == 0) first = each;
      }
      if (same && first.category != C::Vehicle) {
        kind = first;
        return true;
      }
    }
  }
  // One word that the tables bound to a national number's length of six digits or more
  // ("cedula", "dni"): columnKind leaves the weak acronyms out, but a column of such numbers under
  // it is read with the bounds ("cc" or "ci", a volume or an interval, are bound below six).
  if (count == 1) {
    words = {parts[0]};
    if (anyLabelOf(words, 1, kind) && kind.minDigits >= 6 && kind.category != C::Vehicle) return true;
  }

  // Without the number, connector and owner words ("numero_de_cedula", "no_bpjs", "nhc_paciente"):
  // a word of number beside a one-word label marks it as "#" does in prose.
  std::size_t n = 0;
  bool dropped = false;
  bool number = false;
  for (std::size_t k = 0; k < count; ++k) {
    const bool isNumber = numberWord(parts[k]);
    if (isNumber || connectorWord(parts[k]) || ownerWord(parts[k])) {
      dropped = true;
      number = number || isNumber;
      continue;
    }
    if (n == words.size()) return false;
    words[n++] = parts[k];
  }
  if (!dropped || (n == 1 && !number)) return false;
  for (std::size_t k = n; k < words.size(); ++k) words[k] = {};
  if (!anyLabelOf(words, n, kind)) return false;
  // (A plate's one-word label is left to the vehicle rules, as columnKind leaves it.)
  return !(n == 1 && kind.category == C::Vehicle);
}

// A header in a script written without spaces that holds a script label ("身份证号", "病历号",
// "주민등록번호"): the label's category and digits.
bool scriptHeader(std::string_view h, ColumnKind& kind) {
  if (h.empty() || static_cast<unsigned char>(h.front()) < 0xE0) return false;
  for (const ScriptIdLabel& label : scriptIdLabels()) {
    // (The header is lowered, so a label's Latin letters are too: "患者ID" heads a column as
    // "患者id", a trainee's logbook, seed 3535.)
    std::string lowered;
    std::string_view wanted = label.label;
    if (std::any_of(wanted.begin(), wanted.end(), isUpper)) {
      lowered.assign(wanted);
      for (char& c : lowered) c = lowerAscii(c);
      wanted = lowered;
    }
    if (h.find(wanted) != std::string_view::npos) {
      kind = {Column::Category, label.category, label.minDigits, label.maxDigits};
      return true;
    }
  }
  return false;
}

// Person-name headers (given, family, father's and full names).
std::span<const std::string_view> nameHeaders() {
  static constexpr auto kWords = std::to_array<std::string_view>({
      // Spanish, Portuguese, French, Italian, Catalan.
      "nombres", "nombre_y_apellido", "nombre_y_apellidos", "nombres_y_apellidos", "apellido_y_nombre",
      "apellidos_y_nombres", "apellido_paterno", "apellido_materno", "primer_apellido", "segundo_apellido",
      "primer_nombre", "segundo_nombre", "nomes", "nome_e_cognome", "nome_cognome", "cognome_e_nome", "cognome_nome",
      "prenoms", "pr\u00e9noms", "nom_de_famille", "nom_prenom", "nom_pr\u00e9nom", "nom_et_prenom",
      "nom_et_pr\u00e9nom", "nom_usuel", "nom_famille", "nom_de_naissance", "nom_marital", "cognoms", "nom_i_cognoms",
      "nome_social", "contacto", "contato", "nome_da_mae", "nome_da_m\u00e3e", "nome_do_pai", "nombre_de_la_madre", "nombre_del_padre",
      // German, Dutch, Nordic, Baltic, Finnish.
      "vornamen", "familienname", "name_vorname", "nachname_vorname", "geburtsname", "naam", "familienaam",
      "namn", "fornamn", "f\u00f6rnamn", "efternamn", "fornavn", "etternavn", "efternavn", "navn", "fulde_navn",
      "fullt_navn", "nimi", "etunimi", "sukunimi", "etunimet", "vardas", "pavarde", "pavard\u0117",
      "vardas_pavarde", "vardas_pavard\u0117", "vards", "v\u0101rds", "uzvards", "uzv\u0101rds", "eesnimi",
      "perekonnanimi",
      // Slavic, Romanian, Hungarian, Albanian, Turkish in Latin letters.
      "imie", "imi\u0119_i_nazwisko", "imie_i_nazwisko", "nazwisko_i_imi\u0119", "jmeno", "jm\u00e9no", "prijmeni",
      "p\u0159\u00edjmen\u00ed", "meno", "priezvisko", "ime", "prezime", "ime_i_prezime", "ime_prezime",
      "priimek", "nume", "prenume", "nume_si_prenume", "nume_\u0219i_prenume", "nev", "n\u00e9v", "vezeteknev",
      "vezet\u00e9kn\u00e9v", "keresztnev", "keresztn\u00e9v", "emri", "mbiemri", "emri_mbiemri", "ad", "adi",
      "ad\u0131", "soyad", "soyadi", "soyad\u0131", "ad_soyad", "adi_soyadi", "ad\u0131_soyad\u0131",
      // Vietnamese, Indonesian and Malay, Filipino, Swahili, English forms.
      "ho_va_ten", "h\u1ecd_v\u00e0_t\u00ean", "h\u1ecd_t\u00ean", "ho_ten_benh_nhan", "ten", "t\u00ean",
      "nama_depan", "nama_belakang", "nama_penuh", "apelyido", "unang_pangalan", "buong_pangalan",
      "jina_la_kwanza", "jina_la_ukoo", "jina_kamili", "forename", "forenames", "given_names", "other_names",
      "othernames", "maiden_name", "next_of_kin", "nok_name", "spouse_name", "name_of_patient", "patients_name",
      "pt_name", "patient_full_name",
      // The theatre list's people: the operating surgeon and the anaesthetist (one family name a row).
      "surgeon", "anaesthetist", "anesthetist",
      // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Kazakh, Mongolian.
      "\u0444\u0430\u043c\u0438\u043b\u0438\u044f",                                        // фамилия
      "\u0438\u043c\u044f",                                                                 // имя
      "\u043e\u0442\u0447\u0435\u0441\u0442\u0432\u043e",                                  // отчество
      "\u0444\u0438\u043e",                                                                 // фио
      "\u0444_\u0438_\u043e",                                                               // ф.и.о.
      "\u0444\u0430\u043c\u0438\u043b\u0438\u044f_\u0438\u043c\u044f_\u043e\u0442\u0447\u0435\u0441\u0442\u0432\u043e",
      "\u043f\u0440\u0456\u0437\u0432\u0438\u0449\u0435",                                  // прізвище
      "\u0456\u043c\u044f",                                                                 // імя
      "\u0456\u043c_\u044f",                                                                // ім'я
      "\u043f\u043e_\u0431\u0430\u0442\u044c\u043a\u043e\u0432\u0456",                      // по батькові
      "\u043f\u0456\u0431",                                                                 // піб
      "\u043f_\u0456_\u0431",                                                               // п.і.б.
      "\u043f\u0440\u043e\u0437\u0432\u0456\u0448\u0447\u0430",                            // прозвішча
      "\u0438\u043c\u0435",                                                                 // име
      "\u043f\u0440\u0435\u0437\u0438\u043c\u0435",                                        // презиме
      "\u0430\u0442\u044b",                                                                 // аты
      "\u0442\u0435\u0433\u0456",                                                           // тегі
      "\u0430\u0442\u044b_\u0436\u04e9\u043d\u0456",                                        // аты-жөні
      "\u043d\u044d\u0440",                                                                 // нэр
      "\u043e\u0432\u043e\u0433",                                                           // овог
      "\u043e\u0432\u043e\u0433_\u043d\u044d\u0440",                                        // овог нэр
      // Greek, Armenian, Georgian.
      "\u03cc\u03bd\u03bf\u03bc\u03b1", "\u03b5\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf",      // όνομα επώνυμο
      "\u03bf\u03bd\u03bf\u03bc\u03b1\u03c4\u03b5\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf",    // ονοματεπώνυμο
      "\u0561\u0576\u0578\u0582\u0576", "\u0561\u0566\u0563\u0561\u0576\u0578\u0582\u0576",  // անուն ազգանուն
      "\u10e1\u10d0\u10ee\u10d4\u10da\u10d8", "\u10d2\u10d5\u10d0\u10e0\u10d8",              // სახელი გვარი
      // Arabic, Persian, Urdu, Hebrew.
      "\u0627\u0644\u0627\u0633\u0645", "\u0627\u0644\u0625\u0633\u0645", "\u0627\u0633\u0645",  // الاسم الإسم اسم
      "\u0627\u0644\u0627\u0633\u0645_\u0627\u0644\u0643\u0627\u0645\u0644",                     // الاسم الكامل
      "\u0627\u0633\u0645_\u0627\u0644\u0639\u0627\u0626\u0644\u0629",                           // اسم العائلة
      "\u0627\u0644\u0644\u0642\u0628",                                                          // اللقب
      "\u0627\u0633\u0645_\u0627\u0644\u0623\u0628",                                             // اسم الأب
      "\u0646\u0627\u0645", "\u0646\u0627\u0645_\u062e\u0627\u0646\u0648\u0627\u062f\u06af\u06cc",  // نام نام خانوادگی
      "\u0646\u0627\u0645_\u067e\u062f\u0631", "\u0648\u0644\u062f\u06cc\u062a",                 // نام پدر ولدیت
      "\u05e9\u05dd", "\u05e9\u05dd_\u05e4\u05e8\u05d8\u05d9", "\u05e9\u05dd_\u05de\u05e9\u05e4\u05d7\u05d4",  // שם
      // Hindi, Bengali, Thai, Amharic.
      "\u0928\u093e\u092e", "\u092a\u0942\u0930\u093e_\u0928\u093e\u092e", "\u09a8\u09be\u09ae",  // नाम पूरा नाम নাম
      "\u0e0a\u0e37\u0e48\u0e2d", "\u0e19\u0e32\u0e21\u0e2a\u0e01\u0e38\u0e25",                  // ชื่อ นามสกุล
      "\u0e0a\u0e37\u0e48\u0e2d_\u0e2a\u0e01\u0e38\u0e25",                                        // ชื่อ-สกุล
      "\u0e0a\u0e37\u0e48\u0e2d_\u0e19\u0e32\u0e21\u0e2a\u0e01\u0e38\u0e25", "\u1235\u121d",     // ชื่อ-นามสกุล ስም
      // Chinese, Japanese, Korean.
      "\u59d3\u540d", "\u540d\u5b57", "\u59d3", "\u540d", "\u60a3\u8005\u59d3\u540d", "\u75c5\u4eba\u59d3\u540d",
      "\u8054\u7cfb\u4eba", "\u5bb6\u5c5e\u59d3\u540d", "\u6c0f\u540d", "\u540d\u524d", "\u60a3\u8005\u6c0f\u540d",
      "\u60a3\u8005\u540d", "\u30d5\u30ea\u30ac\u30ca", "\u3075\u308a\u304c\u306a", "\u30ab\u30ca\u6c0f\u540d",
      "\uc774\ub984", "\uc131\uba85", "\ud658\uc790\uba85", "\ud658\uc790\uc774\ub984", "\ubcf4\ud638\uc790\uba85",
  });
  return kWords;
}

std::span<const std::string_view> dateHeaders() {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "f_nac", "f_nacimiento", "fec_nac", "fecha_nac", "nacimiento", "ddn", "n\u00e9_le", "ne_le", "n\u00e9e_le",
      "data_di_nascita", "data_nascita", "nascimento", "dt_nasc", "dt_nascimento", "geb_datum", "geboren",
      "tgl_lahir", "tanggal_lahir", "ng\u00e0y_sinh", "ngay_sinh",
      "dogum_tarihi", "do\u011fum_tarihi", "data_urodzenia", "datum_narozeni", "datum_narozen\u00ed",
      "d\u00e1tum_narodenia", "datum_rodjenja", "datum_ro\u0111enja", "data_na\u0219terii", "data_nasterii",
      "sz\u00fclet\u00e9si_d\u00e1tum", "szuletesi_datum", "syntym\u00e4aika", "f\u00f8dselsdato", "fodselsdato",
      "s\u00fcnniaeg", "gimimo_data", "dzim\u0161anas_datums", "lindja", "datelindja",
      "\u0434\u0430\u0442\u0430", "\u0434_\u0440", "\u0434\u0430\u0442\u0430_\u0440\u043e\u0436\u0434\u0435\u043d\u0438\u044f",
      "\u0434\u0430\u0442\u0430_\u043d\u0430\u0440\u043e\u0434\u0436\u0435\u043d\u043d\u044f",   // дата народження
      "\u0434\u0430\u0442\u0430_\u043d\u0430_\u0440\u0430\u0436\u0434\u0430\u043d\u0435",        // дата на раждане
      "\u0434\u0430\u0442\u0443\u043c_\u0440\u043e\u0452\u0435\u045a\u0430",                    // датум рођења
      "\u0442\u0443\u0493\u0430\u043d_\u043a\u04af\u043d\u0456",                                // туған күні
      "\u0442\u04e9\u0440\u0441\u04e9\u043d_\u043e\u0433\u043d\u043e\u043e",                    // төрсөн огноо
      "\u03b7\u03bc\u03b5\u03c1\u03bf\u03bc\u03b7\u03bd\u03af\u03b1_\u03b3\u03ad\u03bd\u03bd\u03b7\u03c3\u03b7\u03c2",
      "\u062a\u0627\u0631\u064a\u062e_\u0627\u0644\u0645\u064a\u0644\u0627\u062f",            // تاريخ الميلاد
      "\u062a\u0627\u0631\u064a\u062e_\u0627\u0644\u0648\u0644\u0627\u062f\u0629",            // تاريخ الولادة
      "\u062a\u0627\u0631\u064a\u062e",                                                        // تاريخ
      "\u062a\u0627\u0631\u06cc\u062e_\u062a\u0648\u0644\u062f",                              // تاریخ تولد
      "\u05ea\u05d0\u05e8\u05d9\u05da_\u05dc\u05d9\u05d3\u05d4",                              // תאריך לידה
      "\u091c\u0928\u094d\u092e_\u0924\u093f\u0925\u093f",                                    // जन्म तिथि
      "\u0e27\u0e31\u0e19\u0e40\u0e01\u0e34\u0e14", "\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48",    // วันเกิด วันที่
      "\u0e27\u0e31\u0e19_\u0e40\u0e14\u0e37\u0e2d\u0e19_\u0e1b\u0e35\u0e40\u0e01\u0e34\u0e14",  // วัน/เดือน/ปีเกิด
      "\u51fa\u751f\u65e5\u671f", "\u51fa\u751f\u5e74\u6708\u65e5", "\u751f\u65e5", "\u65e5\u671f",
      "\u751f\u5e74\u6708\u65e5", "\u5165\u9662\u65e5", "\u9000\u9662\u65e5", "\u5165\u9662\u65e5\u671f",
      "\u51fa\u9662\u65e5\u671f", "\uc0dd\ub144\uc6d4\uc77c", "\uc785\uc6d0\uc77c", "\ud1f4\uc6d0\uc77c",
      "\ub0a0\uc9dc", "\u65e5\u4ed8",  // 날짜 日付 (Japanese: a logbook's day, seed 3535)
  });
  return kWords;
}

std::span<const std::string_view> phoneHeaders() {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "telephone_number", "num\u00e9ro_de_t\u00e9l\u00e9phone", "numero_de_telephone", "tel_portable",
      "telemovel", "telem\u00f3vel", "cel", "fono", "tel\u00e9fono_celular", "telefono_contacto",
      "tel\u00e9fono_contacto", "telefone_contato", "telefon_numarasi", "telefon_numaras\u0131",
      "cep_telefonu", "puhelin", "matkapuhelin", "puhelinnumero", "tlf", "mobilnummer", "telefonsz\u00e1m",
      "telefonszam", "nr_telefonu", "numer_telefonu", "telefonn\u00ed_\u010d\u00edslo", "telefonni_cislo",
      "tel_kontak", "nomor_telepon", "no_telepon", "telepon", "hp", "nomor_telp", "simu", "namba_ya_simu",
      "s\u1ed1_\u0111i\u1ec7n_tho\u1ea1i", "so_dien_thoai", "\u0111i\u1ec7n_tho\u1ea1i", "dien_thoai",
      "s\u0111t", "telefonas", "t\u0101lrunis", "talrunis", "telefoninumber", "numri_i_telefonit", "celulare",
      "\u0442\u0435\u043b\u0435\u0444\u043e\u043d", "\u0442\u0435\u043b", "\u043c\u043e\u0431",
      "\u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439",
      "\u043d\u043e\u043c\u0435\u0440_\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430",          // номер телефона
      "\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u044b\u0439_\u0442\u0435\u043b\u0435\u0444\u043e\u043d",
      "\u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439_\u0442\u0435\u043b\u0435\u0444\u043e\u043d",
      "\u0442\u0435\u043b\u0435\u0444\u043e\u043d_\u043c\u043e\u0431\u0456\u043b\u044c\u043d\u0438\u0439",
      "\u0443\u0442\u0430\u0441",                                                                        // утас
      "\u03c4\u03b7\u03bb\u03ad\u03c6\u03c9\u03bd\u03bf", "\u03ba\u03b9\u03bd\u03b7\u03c4\u03cc",      // τηλέφωνο κινητό
      "\u0627\u0644\u0647\u0627\u062a\u0641", "\u0647\u0627\u062a\u0641",                              // الهاتف هاتف
      "\u0631\u0642\u0645_\u0627\u0644\u0647\u0627\u062a\u0641", "\u0627\u0644\u062c\u0648\u0627\u0644",  // رقم الهاتف الجوال
      "\u062c\u0648\u0627\u0644", "\u0631\u0642\u0645_\u0627\u0644\u062c\u0648\u0627\u0644",           // جوال رقم الجوال
      "\u0627\u0644\u0645\u0648\u0628\u0627\u064a\u0644", "\u0627\u0644\u062a\u0644\u0641\u0648\u0646",  // الموبايل التلفون
      "\u062a\u0644\u0641\u0646", "\u0645\u0648\u0628\u0627\u06cc\u0644",                              // تلفن موبایل
      "\u0634\u0645\u0627\u0631\u0647_\u062a\u0645\u0627\u0633", "\u0634\u0645\u0627\u0631\u0647_\u062a\u0644\u0641\u0646",
      "\u05d8\u05dc\u05e4\u05d5\u05df", "\u05e0\u05d9\u05d9\u05d3",                                    // טלפון נייד
      "\u092b\u093c\u094b\u0928", "\u092b\u094b\u0928", "\u092e\u094b\u092c\u093e\u0907\u0932",        // फ़ोन फोन मोबाइल
      "\u092e\u094b\u092c\u093e\u0907\u0932_\u0928\u0902\u092c\u0930",                                 // मोबाइल नंबर
      "\u0e40\u0e1a\u0e2d\u0e23\u0e4c\u0e42\u0e17\u0e23", "\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c",
      "\u0e40\u0e1a\u0e2d\u0e23\u0e4c\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c",
      "\u7535\u8bdd", "\u7535\u8bdd\u53f7\u7801", "\u8054\u7cfb\u7535\u8bdd", "\u624b\u673a", "\u624b\u673a\u53f7",
      "\u96fb\u8a71", "\u96fb\u8a71\u756a\u53f7", "\u643a\u5e2f", "\u643a\u5e2f\u96fb\u8a71", "\u9023\u7d61\u5148",
      "\u806f\u7d61\u96fb\u8a71", "\uc804\ud654", "\uc804\ud654\ubc88\ud638", "\uc5f0\ub77d\ucc98", "\ud734\ub300\ud3f0",
  });
  return kWords;
}

std::span<const std::string_view> addressHeaders() {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "ciudad", "ville", "cidade", "citt\u00e0", "citta", "ort", "stadt", "plaats", "miasto", "m\u011bsto",
      // (Italy's municipality and South Asia's sub-districts, Bangladesh's upazila and India's and
      // Pakistan's tehsil and taluka: where a patient of an audit lives, seed 3535.)
      "comune", "upazila", "tehsil", "taluka",
      "mesto", "kota", "\u015fehir", "sehir", "stad", "kaupunki", "lakc\u00edm", "lakcim", "c\u00edm",
      "lak\u00f3hely", "bydli\u0161t\u011b", "bydliste", "miejsce_zamieszkania", "adresas", "adrese", "aadress",
      "osoite", "adresse_postale", "lieu_de_residence", "lugar_de_residencia", "direccion_domicilio",
      "calle", "rua", "strasse", "stra\u00dfe", "ulica", "jalan", "endereco_residencial",
      "\u0430\u0434\u0440\u0435\u0441", "\u0430\u0434\u0440\u0435\u0441\u0430",                            // адрес адреса
      "\u0430\u0434\u0440\u0435\u0441_\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u0438\u044f",
      "\u0430\u0434\u0440\u0435\u0441_\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438",
      "\u043c\u0435\u0441\u0442\u043e_\u0436\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0430",
      "\u043c\u0456\u0441\u0446\u0435_\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u043d\u044f",
      "\u0433\u043e\u0440\u043e\u0434", "\u043d\u0430\u0441\u0435\u043b\u0435\u043d\u043d\u044b\u0439_\u043f\u0443\u043d\u043a\u0442",
      "\u0445\u0430\u044f\u0433",                                                                        // хаяг
      "\u03b4\u03b9\u03b5\u03cd\u03b8\u03c5\u03bd\u03c3\u03b7",                                        // διεύθυνση
      "\u0627\u0644\u0639\u0646\u0648\u0627\u0646", "\u0639\u0646\u0648\u0627\u0646",                  // العنوان عنوان
      "\u0645\u0643\u0627\u0646_\u0627\u0644\u0633\u0643\u0646", "\u0627\u0644\u0633\u0643\u0646",      // مكان السكن السكن
      "\u0645\u062d\u0644_\u0627\u0644\u0625\u0642\u0627\u0645\u0629", "\u0627\u0644\u0645\u062f\u064a\u0646\u0629",
      "\u0622\u062f\u0631\u0633", "\u0646\u0634\u0627\u0646\u06cc", "\u067e\u062a\u06c1",                // آدرس نشانی پتہ
      "\u05db\u05ea\u05d5\u05d1\u05ea",                                                                  // כתובת
      "\u092a\u0924\u093e", "\u0920\u093f\u0915\u093e\u0928\u093e", "\u09a0\u09bf\u0995\u09be\u09a8\u09be",  // पता ठिकाना ঠিকানা
      "\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48",                                                      // ที่อยู่
      "\u5730\u5740", "\u4f4f\u5740", "\u5bb6\u5ead\u4f4f\u5740", "\u73b0\u4f4f\u5740", "\u5c45\u4f4f\u5730\u5740",
      "\u5bb6\u5ead\u5730\u5740", "\u4f4f\u6240", "\u73fe\u4f4f\u6240", "\u5c45\u4f4f\u5730", "\uc8fc\uc18c",
      "\uac70\uc8fc\uc9c0",
  });
  return kWords;
}

std::span<const std::string_view> ageHeaders() {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "alter", "\u00e5lder", "alder", "ik\u00e4", "vek", "v\u011bk", "v\u00e2rst\u0103", "varsta",
      "\u00e9letkor", "eletkor", "ya\u015f", "yas", "umur", "umri", "tu\u1ed5i", "tuoi", "edad_anos",
      "edad_a\u00f1os", "idade_anos", "amžius", "am\u017eius", "vecums", "vanus", "mosha", "starost",
      "\u0432\u043e\u0437\u0440\u0430\u0441\u0442", "\u0432\u0456\u043a", "\u0432\u044a\u0437\u0440\u0430\u0441\u0442",
      "\u0441\u0442\u0430\u0440\u043e\u0441\u0442", "\u043d\u0430\u0441\u0430",                          // возраст вік възраст старост нас
      "\u03b7\u03bb\u03b9\u03ba\u03af\u03b1", "\u0627\u0644\u0639\u0645\u0631", "\u0639\u0645\u0631",
      "\u0633\u0646", "\u05d2\u05d9\u05dc", "\u0909\u092e\u094d\u0930", "\u0906\u092f\u0941",
      "\u09ac\u09af\u09bc\u09b8", "\u0e2d\u0e32\u0e22\u0e38", "\u5e74\u9f84", "\u5e74\u9f61", "\u5e74\u9f62", "\u6b72",  // 年龄 年齡 年齢 (Japanese) 歲
      "\ub098\uc774", "\uc5f0\ub839", "\u1235\u1218\u1275",
  });
  return kWords;
}

// The header without the words that say whose value it is: "nombre_del_paciente" as "nombre",
// "фио_пациента" as "фио", "اسم_المريض" as "اسم". Empty when nothing was dropped.
std::string withoutOwner(std::string_view h) {
  std::string kept;
  bool dropped = false;
  for (std::size_t k = 0; k <= h.size();) {
    std::size_t e = h.find('_', k);
    if (e == std::string_view::npos) e = h.size();
    const std::string_view w = h.substr(k, e - k);
    if (ownerWord(w) || (connectorWord(w) && !kept.empty())) {
      dropped = true;
    } else if (!w.empty()) {
      if (!kept.empty()) kept.push_back('_');
      kept.append(w);
    }
    k = e + 1;
  }
  return dropped ? kept : std::string();
}

// Identity-document columns that the label tables know by other words: the document's number
// of Latin American registers beside its type column ("Tipo Doc.;Nro. Doc.", "Número documento"),
// an insurer's column.
std::span<const std::string_view> documentHeaders() {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "nro_doc", "num_doc", "no_doc", "n_doc", "numero_doc", "numero_documento", "n\u00famero_documento",
      "numero_de_documento", "n\u00famero_de_documento", "nro_documento", "num_documento", "no_documento",
      "documento_identidad", "documento_de_identidad", "doc_identidad", "nro_identificacion",
      "numero_identificacion", "n\u00famero_identificaci\u00f3n", "numero_de_identificacion", "identificacion",
      "identificaci\u00f3n", "num_identificacion", "numero_do_documento", "n\u00famero_do_documento",
  });
  return kWords;
}

std::span<const std::string_view> insurerHeaders() {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "insurance", "insurance_no", "insurance_number", "insurer_id", "insurance_member_id", "coverage_id",
  });
  return kWords;
}

ColumnKind wordHeader(std::string_view h) {
  // The lists hashed into one table (1 name, 2 date, 3 phone, 4 address, 5 age, 6 identity
  // document, 7 insurer), built once.
  static const FlatWordTable table = [] {
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    const std::span<const std::string_view> lists[] = {nameHeaders(),    dateHeaders(),     phoneHeaders(),
                                                        addressHeaders(), ageHeaders(),      documentHeaders(),
                                                        insurerHeaders()};
    for (std::uint32_t k = 0; k < 7; ++k) {
      for (std::string_view w : lists[k]) entries.emplace_back(w, k + 1);
    }
    return FlatWordTable(entries);
  }();
  switch (table.find(h)) {
    case 1: return {Column::Name, C::Name};
    case 2: return {Column::Category, C::Date};
    case 3: return {Column::Category, C::Phone};
    case 4: return {Column::Category, C::Address};
    case 5: return {Column::Age, C::Age};
    case 6: return {Column::Category, C::License, 5, 15};
    case 7: return {Column::Category, C::HealthPlan};
    default: break;
  }
  // Compounds of the date word: "дата_поступления", "tgl_masuk", "tanggal_keluar", "ngày_vào_viện",
  // "tarih" and its "-i" ("giriş_tarihi"), "تاريخ_الدخول".
  if (h.starts_with("\u0434\u0430\u0442\u0430_") || h.starts_with("tgl_") || h.starts_with("tanggal_") ||
      h.starts_with("ng\u00e0y_") || h.starts_with("ngay_") || h.ends_with("_tarihi") || h == "tarih" ||
      h.starts_with("\u062a\u0627\u0631\u064a\u062e_") || h.starts_with("\u062a\u0627\u0631\u06cc\u062e_") ||
      h.starts_with("data_urodz") || h.starts_with("datum_")) {
    return {Column::Category, C::Date};
  }
  return {};
}

}  // namespace

ColumnKind worldColumnKind(std::string_view lowered) {
  if (lowered.empty() || lowered.size() > 64) return {};
  const std::string h = foldCase(lowered);
  // A header copied in capitals of accented or Cyrillic letters ("TELÉFONO", "СНИЛС") is asked
  // again in lower case (columnKind folds ASCII only; the folded form has no capitals left, so
  // this asks once).
  if (h != lowered) return columnKind(h);
  ColumnKind kind = wordHeader(h);
  if (kind.kind != Column::None) return kind;
  if (identifierHeader(h, kind) || scriptHeader(h, kind)) return kind;
  if (const std::string plain = withoutAccents(h); plain != h && identifierHeader(plain, kind)) return kind;
  const std::string bare = withoutOwner(h);
  if (!bare.empty()) {
    kind = wordHeader(bare);
    if (kind.kind != Column::None) return kind;
    // (An owner word alone before a name's column: "paciente" under a table is the patient's name.)
  }
  return {};
}

}  // namespace concord::phi::detail::structured
