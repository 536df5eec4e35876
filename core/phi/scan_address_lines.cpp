// One-line addresses of other countries written whole after an address label, and such a line
// on its own in a letter: "Address: No. 181 Yarrow Point Street, off Allen Avenue, Ikeja, Lagos",
// "Residential address: 212 Gallberry Street, Lynnwood Ridge, Pretoria, 3481", "Domicilio: Av.
// Los Aromos 6581, depto. 795, Providencia, Santiago", "Lot 12 Blk 23, Coneflower St., Brgy.
// Malanday, Marikina City, 9430 Metro Manila", "29 Hickorynut Heights, Drumcondra, Dublin 9, D09
// P1W2". The street scanners find pieces of such lines (the street, a town, a postcode); the whole
// value is one address, its postcode inside, as those countries write it. A US line ending in a
// state and a ZIP is left to them: there the ZIP is its own span.
// Runs after the street and postcode scanners: it reads their findings.
#include <algorithm>
#include <array>
#include <string>

#include "address_blocks.h"
#include "local_addresses.h"
#include "name_scanner.h"
#include "name_tables.h"
#include "places.h"

namespace concord::phi::detail {

namespace {

// The words of a dwelling that close an address with their number, in either order: a building, a
// house, a flat, a French "imm." (immeuble) and its "3e étage" (floor), a camp's "khaïma" (tent),
// Benin's "carré" (plot), the Turkmen "öý" (house) and "jaý" (building), the Tajik "х." (house)
// and "хонаи" (flat). (The tokens fold ASCII letters only: the capitals are listed as folded.)
bool dwellingWord(std::string_view w) {
  // (And a French "maison" (house) and a West African "compound" and its "concession": "quartier
  // Balise, maison 20", "Lamin Village, compound 14".)
  static constexpr std::array<std::string_view, 25> kWords = {
      "maison", "compound", "concession",
      "building", "bldg", "house", "apt", "apartment", "flat", "imm", "immeuble", "\u00e9tage", "\u00c9tage",
      "etage", "kha\u00efma", "kha\u00cfma", "khaima", "carr\u00e9", "carr\u00c9", "\u00f6\u00fd", "\u00d6\u00dd",
      "ja\u00fd", "\u0445", "\u0445\u043e\u043d\u0430\u0438", "\u0425\u041e\u041d\u0410\u0418"};
  return listHas(kWords, w);
}

// Lower-case words inside such addresses: "off Allen Avenue" (Lagos), "Davao del Norte", "depto.
// 795" (Chile), "Wuse II" has none.
bool addressLowerWord(std::string_view w) {
  // ("Port-au-Prince", "Boulogne-sur-Mer", a Polish "ul. Lipowa 24/6".)
  // (And the Swahili "wa", of, and "es" of "Dar es Salaam": "Mtaa wa Uhuru 14, Kariakoo".)
  // (And the German "am" and "im" of towns: "St. Anton am Arlberg", "Neumarkt im Mühlkreis".)
  static constexpr std::array<std::string_view, 21> kWords = {"off", "del", "de",  "la",   "los",  "las", "da",
                                                              "do",  "das", "dos", "van",  "depto", "dpto", "piso",
                                                              "au",  "sur", "ul",  "wa",   "es",    "am",   "im"};
  // A Quebec "123, rue des Pruches, app. 4", a Brazilian "apto 45", a Polish "al. Jana Pawła II
  // 5 m. 12" (its flat) and "os." (an estate), a Portuguese floor "2.º Esq.", the Korean road and
  // district endings written in lower case after a hyphen ("Sangdang-ro", "Buksan-gil", "Jung-gu").
  static constexpr std::array<std::string_view, 19> kForeignWords = {
      "rue", "des", "du", "chemin", "boulevard", "rang", "app", "apto", "al", "os", "m", "\u00ba", "\u00aa",
      "ro",  "gil", "daero", "gu", "dong", "si"};
  // The lower-case words of Vietnamese addresses (lane, street, alley, ward, district, commune,
  // town, province: "Số 12 ngõ 14 phố Khâm Thiên, phường Trung Phụng, quận Đống Đa, Hà Nội"), of
  // Romanian ones (number, block, stairway, floor, flat, county: "Str. Păcurari nr. 12, bl. B3, sc.
  // 2, ap. 14"), Ukrainian ones written in Latin letters (street, avenue, flat, building: "vul.
  // Sobornosti, 12, kv. 5"), Hungarian ones (street, road, square, floor, door: "Kárász utca 9.")
  // and Czech ones (street, square).
  static constexpr std::array<std::string_view, 73> kLocalWords = {
      "số",      "ngõ",  "phố", "hẻm", "đường", "phường", "quận",
      "huyện", "xã",   "thị", "trấn", "tỉnh", "thôn", "ấp", "tổ", "kiệt",
      "nr",        "bl",        "sc",       "et",       "ap",       "jud",      "str",     "bd",  "sat", "com",
      "vul",       "prosp",     "kv",       "bud",      "prov",     "obl",      "smt",     "utca", "út",
      // (And the Ukrainian village, "selo Kosiv, vul. Shevchenka 94", seed 3636.)
      "selo",
      "u",         "tér",  "körút", "krt", "em", "ajtó", "ulice", "nám", "tř",
      // (And the street words written after the name in lower case: Slovak, Polish and Croatian
      // "ulica", Latvian "iela", Lithuanian "gatvė", Estonian "tänav" and "mnt", Slovenian "cesta".)
      "ulica", "iela", "gatv\u0117", "gatve", "t\u00e4nav", "tn", "mnt", "cesta",
      // (Czech and Slovak square and avenue, "Václavské náměstí 12"; the Maltese, Arabic article
      // before a hyphen, "Triq il-Kbira", "Shari el-Nil".)
      "n\u00e1m\u011bst\u00ed", "n\u00e1mestie", "t\u0159\u00edda", "trieda", "il", "el", "pr",
      // (The Nordic street words after a name in the genitive, "Niels Finsens gøta 49", "Jens Munks
      // vej 3", "Olav Kyrres gate 5"; Italian "dei", "della", "di" inside a street's name, "Via Ca'
      // dei Lunghi 28".)
      "g\u00f8ta", "gata", "vegur", "vej", "gade", "vei", "gate", "gatan", "v\u00e4gen", "dei", "della", "delle",
      "di"};
  // The second list of countries: the Spanish "y", "e/" and "entre" between two streets and "s/n"
  // (no number) of Latin America ("Calle 23 e/ L y M, Vedado", "Av. Amazonas N34-451 y Av.
  // Atahualpa"), "bis"; Uzbek town, district, region, quarter, house and flat ("Toshkent sh.,
  // Chilonzor tumani, Bunyodkor ko'chasi 12-uy, 45-xonadon"); Azerbaijani town, street, flat,
  // district; Lithuanian street, avenue, alley, lane, village, district ("Žalgirio g. 12-5").
  static constexpr std::array<std::string_view, 62> kSecondListWords = {
      "y",        "e",        "entre",     "s",        "n",          "bis",    "sh",      "shahri",   "tumani",
      "viloyati", "mahalla",  "mahallasi", "uy",       "xonadon",    "ko",     "chasi",   "kv",       "mavzesi",
      "massivi",  "şəh", "küç", "küçəsi", "mənzil", "rayonu", "prospekti",
      "g",        "skg",      "k",         "r",        "sav",        "al",     "pr",      "trg",     "ulici",
      // (And the French street words written in lower case after the number, "25, avenue Habib
      // Bourguiba, 1001 Tunis", the Paraguayan "c/" (casi, at the corner of).)
      "avenue",   "impasse",  "route",     "place",    "cit\u00e9",  "quartier", "c",
      // (The Uzbek microdistrict and estate after the number, "4-mavze", and Dakar's corner of two
      // numbered streets, "Rue 12 x 15".)
      "mavze",    "massiv",   "x",        "n\u00b0", "n\u00ba",
      // (The third list: the Uzbek and Kazakh quarter "12-kvartal", the Ivorian "8e tranche, îlot
      // 45, lot 1203" of Abidjan's estates, the Portuguese floor "8.º andar", the Belgian "bte"
      // (boîte, a flat's letterbox), the Kazakh "microdistrict, bld. 164, apt. 59" written in
      // English letters, the Croatian "kralja" and "grada" of "Ulica kralja Zvonimira".)
      "kvartal",  "tranche",  "\u00eelot", "ilot",   "andar",  "bte",  "microdistrict", "bld",  "apt",
      "kralja",   "grada",    "lot",      "st",      "ave",
      // (The Uzbek street written with the modifier letter or a turned comma, as the Latin alphabet's
      // "oʻ" is typed: "Registon koʻchasi".)
      "ko\u02bbchasi", "ko\u2018chasi"};
  // The third list of countries, written in Latin letters after the street's name: Armenian street,
  // avenue and flat ("Abovyan poghots 12, bn. 5"), Georgian street, avenue, building and flat
  // ("Chavchavadze gamziri 12, korpusi 3, bina 5"), Mongolian district, khoroo, building, flat
  // ("Sukhbaatar duureg, 1-r khoroo, 5-r bair, 12 toot"), the Bosnian "bb" (no number), the
  // Moldovan "mun." (municipality, "mun. Chișinău").
  // (And the "od" of Bosnian and Montenegrin street names, "Zmaja od Bosne 12", the Turkmen street,
  // avenue, house and district, "Magtymguly şaýoly 12, jaý 5".)
  // (And the Macedonian and Serbian "br." (broj, number) and "bul." after the street, "ul.
  // Ilindenska br. 21, 1200 Tetovo"; the Moldovan "or." (oraș, town), "str. Alba Iulia 7, or.
  // Cahul"; a Mongolian line in English words, "Khan-Uul district, 29 khoroo, building 7, apt 81";
  // Bhutan's village and block, "Kabesa chiwog, Chang gewog, Thimphu Dzongkhag"; a Pacific
  // village or settlement written in lower case, "Bumbu settlement, Lae".)
  static constexpr std::array<std::string_view, 29> kThirdListWords = {
      "poghots", "poghota", "bn",   "gamziri", "kucha", "korpusi", "bina", "duureg",
      "khoroo",  "bair",    "toot", "bb",      "mun",   "erf",     "od",
      "k\u00f6\u00e7esi", "\u015fa\u00fdoly", "ja\u00fd", "etraby",
      "br",      "bul",     "or",   "district", "building", "chiwog", "gewog", "settlement", "village",
      // (The Romanian "cel" of a prince's street, "str. Ștefan cel Mare 12".)
      "cel"};
  // The thirty-second list (seed 3232): the house of Panama and Paraguay ("Calle 5ta, San
  // Francisco, casa 12"), a Mozambican flat ("9.º andar, flat 11"), Cameroon's door ("rue 1234,
  // porte 5"), the Kinyarwanda "ka" (of) of a cell ("Akagari ka Rugando"), the Azerbaijani
  // microdistrict, house and flat ("9-cu mkr., ev 12, mən. 4"), the Slovenian "heroja" (of the
  // hero) of a street ("Ulica heroja Staneta 12").
  // (And Costa Rica's directions from a landmark, written inside the address after its province
  // and canton: "Cartago, Oreamuno, de la escuela 200 m sur", "del Palí 100 m norte", "de la
  // iglesia 50 metros oeste".)
  static constexpr std::array<std::string_view, 16> kThirtySecondListWords = {
      "casa", "flat", "porte", "ka", "mkr", "ev", "m\u0259n", "heroja",
      "escuela", "iglesia", "parque", "norte", "este", "oeste", "metros", "esquinera"};
  // A letter's block (scan_address_blocks.cpp): Nicaragua's directions in blocks ("cuadras", "c.")
  // and varas toward the lake or the sunrise ("de la iglesia 2 c. al sur, 1 c. abajo", "arriba" is
  // east, "abajo" west, "al lago" north), Honduras's "bloque B" of an estate.
  static constexpr std::array<std::string_view, 9> kBlockListWords = {"al", "abajo", "arriba", "cuadras", "cuadra",
                                                                      "varas", "vrs", "lago", "bloque"};
  // The thirty-third list (seed 3333): the dwellings that close a line (dwellingWord below), the
  // Honduran "pasaje", "calle", "avenida" after their number ("6 calle, 8 avenida N.O."), the
  // Sahrawi camps' "daïra" and "barrio", the Tetum "nú." (number), the Turkmen "ş." (town), "m/d"
  // (microdistrict) and the ordinal's "-nji" ("94-nji jaý").
  static constexpr std::array<std::string_view, 11> kThirtyThirdListWords = {
      "pasaje", "calle", "avenida", "da\u00efra", "daira", "barrio", "n\u00fa", "\u015f", "d", "nji", "njy"};
  // The thirty-seventh list (seed 3737): the Brazilian and Mexican countryside written in lower
  // case after a farm's name, "Sítio Boa Esperança, zona rural, Quixadá - CE".
  static constexpr std::array<std::string_view, 2> kThirtySeventhListWords = {"zona", "rural"};
  // The thirty-ninth list (seed 3939): Vietnamese typed without its marks (lane, alley, street,
  // ward, district: "So 15, hem 544, duong Le Van Sy, Phuong 70, Quan 3"), the Moroccan "zanqa"
  // (street) and "raqm" (number) of Darija, an Indian lane's landmark ("Gali no. 1, near Hanuman
  // mandir, Lajpat Nagar").
  static constexpr std::array<std::string_view, 17> kThirtyNinthListWords = {
      "hem", "ngo", "pho", "duong", "phuong", "quan", "huyen", "tinh", "thon", "zanqa", "zenqa", "raqm",
      "near", "opp", "mandir", "masjid", "chowk"};
  return listHas(kWords, w) || listHas(kForeignWords, w) || listHas(kLocalWords, w) || listHas(kSecondListWords, w) ||
         listHas(kThirtySeventhListWords, w) || listHas(kThirtyNinthListWords, w) ||
         listHas(kThirdListWords, w) || listHas(kThirtySecondListWords, w) || listHas(kBlockListWords, w) ||
         // (Words of one to nine bytes only: the longer ones of every value are left at once.)
         (w.size() <= 9 && (listHas(kThirtyThirdListWords, w) || dwellingWord(w)));
}

// Whether a token of a script without capitals (its first byte past the Latin blocks) ends with
// that script's comma, as Arabic, Persian, Kurdish and Burmese write them ("بغداد، الكرادة"):
// the tokens hold them, being no ASCII byte.
bool endsWithScriptComma(std::string_view w) {
  // (And the Ethiopic comma "፣" of Amharic: "ቦሌ ክፍለ ከተማ፣ ወረዳ 27፣ አዲስ አበባ", seed 3939.)
  return w.ends_with("\u060c") || w.ends_with("\u104a") || w.ends_with("\u104b") || w.ends_with("\u1363");
}

// Whether a token holds a digit of Arabic-Indic, Persian, Burmese, Khmer or Lao numerals
// ("دار ٧", "အမှတ် ၁၂"), which the tokens do not count as digits.
bool hasScriptDigit(std::string_view w) {
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    const auto a = static_cast<unsigned char>(w[i]);
    const auto b = static_cast<unsigned char>(w[i + 1]);
    if ((a == 0xD9 && b >= 0xA0 && b <= 0xA9) || (a == 0xDB && b >= 0xB0 && b <= 0xB9)) return true;
    if (i + 2 < w.size()) {
      const auto c = static_cast<unsigned char>(w[i + 2]);
      if ((a == 0xE1 && b == 0x81 && c >= 0x80 && c <= 0x89) || (a == 0xE1 && b == 0x9F && c >= 0xA0 && c <= 0xA9) ||
          (a == 0xE0 && b == 0xBB && c >= 0x90 && c <= 0x99)) {
        return true;
      }
    }
  }
  return false;
}

// The street words of a Turkish address: "Mah." (mahalle, the quarter), "Sok." (sokak), "Cad."
// (cadde), "Bulvarı".
bool turkishStreetWord(std::string_view w) {
  // (And "Mevkii", the named locality of a village: "Köyiçi Mevkii No: 84, Ayvalık/Balıkesir", seed 3636.)
  static constexpr std::array<std::string_view, 11> kWords = {"mah",    "mahallesi", "sok",     "sk",      "sokak",
                                                              "cad",    "caddesi",   "bulvar", "bulvar\u0131",
                                                              "mevkii", "mevki"};
  return listHas(kWords, w);
}

// Whether token k is a Pacific village's or settlement's word after the village's capitalised name
// (token k - 1, after `first`): "Namara Village", "Wailea Settlement", Fijian "Koro".
bool pacificVillage(const ScanInput& in, std::size_t first, std::size_t k) {
  if (k <= first || k >= in.tokens.size()) return false;
  const Token& t = in.tokens[k];
  const Token& name = in.tokens[k - 1];
  // (The word may be in lower case, "Bumbu settlement, Lae"; a Papua New Guinean settlement is
  // named by its mile on the road, "9-Mile settlement, Port Moresby".)
  const bool lower = !t.properShape() && isLower(in.text[t.start]);
  const bool mile = k >= first + 2 && gapBetween(in, k - 2, k - 1) == "-" && in.tokens[k - 2].allDigits && name.lower == "mile";
  return (t.lower == "village" || t.lower == "settlement" || t.lower == "koro") && (t.properShape() || lower) &&
         name.properShape() && !name.hasDigit && (!(name.classes & WordClass::kEnglish) || mile) &&
         gapBetween(in, k - 1, k) == " ";
}

// The number of Korean and Japanese administrative units written in Latin letters in tokens
// [first, last], each word joined to its name by a hyphen: "Bundang-gu", "Jeongja-ro",
// "Gung-dong", "Kita-ku", "12-jo", "3-chome".
bool romanisedUnitAt(const ScanInput& in, std::size_t k) {
  // (And the Japanese city and prefecture, "Osaka-shi Kita-ku Umeda 3-3-52", seed 3939.)
  static constexpr std::array<std::string_view, 15> kUnits = {"si",    "gu", "gun", "ro",    "gil", "dong", "eup", "myeon",
                                                              "ku",    "jo", "chome", "cho", "machi", "shi", "ken"};
  if (k == 0 || !listHas(kUnits, in.tokens[k].lower) || gapBetween(in, k - 1, k) != "-") return false;
  const Token& name = in.tokens[k - 1];
  return name.properShape() || name.allDigits;
}

std::size_t romanisedEastAsianUnits(const ScanInput& in, std::size_t first, std::size_t last) {
  std::size_t units = 0;
  for (std::size_t k = first + 1; k <= last; ++k) units += romanisedUnitAt(in, k);
  return units;
}

// Whether tokens [first, last] close with a Japanese block's three numbers, chōme, banchi and gō
// joined by hyphens ("Kitazawa 7-11-6, Tokyo", "Umeda 3-3-52"), or hold them before a comma.
bool japaneseBlock(const ScanInput& in, std::size_t first, std::size_t last) {
  for (std::size_t k = first + 1; k + 2 <= last; ++k) {
    const Token& a = in.tokens[k];
    const Token& b = in.tokens[k + 1];
    const Token& c = in.tokens[k + 2];
    if (a.allDigits && b.allDigits && c.allDigits && a.length() <= 2 && b.length() <= 3 && c.length() <= 3 &&
        gapBetween(in, k, k + 1) == "-" && gapBetween(in, k + 1, k + 2) == "-" && in.tokens[k - 1].properShape() &&
        gapBetween(in, k - 1, k) == " " && (k + 2 == last || gapBetween(in, k + 2, k + 3).starts_with(","))) {
      return true;
    }
  }
  return false;
}

// Whether the label ending at `colon` (its ':' byte) names an address: "Address:", "Residential
// address:", "Mailing address:", "Adres:", "Domicilio:", "Dirección:".
bool addressLabelBefore(std::string_view text, std::size_t colon) {
  // (60 bytes: a Cyrillic "Адрес регистрации" takes 33, a Burmese "နေရပ်လိပ်စာ" as many, the
  // Georgian "საცხოვრებელი ადგილი" 55.)
  std::string_view label = sameLineBefore(text, colon, 60);
  // French typography puts a space before the colon: "Adresse : 123, rue ...".
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  // The label runs back to the previous field's column gap or the line's start.
  if (const std::size_t gap = label.rfind("  "); gap != std::string_view::npos) label.remove_prefix(gap + 2);
  if (const std::size_t tab = label.rfind('\t'); tab != std::string_view::npos) label.remove_prefix(tab + 1);
  // A card's source of the address in brackets after its label names the same field: "Address
  // (clinic card): Stand 882, Zone 5, Soweto", "Address (home): ..." (seed 3838).
  if (label.size() > 3 && label.back() == ')') {
    const std::size_t open = label.rfind('(');
    if (open != std::string_view::npos && open > 0 && label[open - 1] == ' ' && label.size() - open <= 24) {
      label = label.substr(0, open - 1);
    }
  }
  // (The labels of the world's addresses, address_words.cpp: "Adresse", "Endereço", "Adres
  // zamieszkania", "Lakcím", "Địa chỉ", "Anschrift", "Адрес", "address on file", a home-care
  // form's "Home:".)
  if (endsWithAddressLabel(label)) return true;
  // (A pharmacy's delivery form, "DELIVERY: حي الملز، شارع الجامعة، الرياض", seed 3737: a weak label,
  // homeLabelBefore, its value read as a home-care form's.)
  if (label.size() >= 8 && startsCaselessAt(label, label.size() - 8, "delivery") &&
      (label.size() == 8 || label[label.size() - 9] == ' ')) {
    return true;
  }
  // (A Liberian or other community-based form's "Community:", where the person lives, and a death
  // report's "Place:": both need a value that reads as an address, with its house's word, number
  // or village, not a town alone.)
  // (And an island state's "Island:", the village and its island: "Island: Betio, South Tarawa",
  // Kiribati; a rural form's "Village:" before a plot, "Village: Plot 724, Upper Thamae, Maseru",
  // Lesotho, seed 3434.)
  for (std::string_view word : {std::string_view("community"), std::string_view("place"), std::string_view("island"),
                                std::string_view("village")}) {
    const std::size_t at = label.size() >= word.size() ? label.size() - word.size() : std::string_view::npos;
    if (at != std::string_view::npos && startsCaselessAt(label, at, word) && (at == 0 || label[at - 1] == ' ')) return true;
  }
  // A cross-border referral names the country after the label: "Address in Georgia:", "Address
  // abroad:" has its own word; one to three capitalised words after "address in".
  // (And the Slavic "v", "u", "w", as a refugee's form asks it: "Adresa v Ukraini:", where the
  // person lived before, seed 3939.)
  for (std::string_view prep : {std::string_view(" in "), std::string_view(" v "), std::string_view(" u "),
                                std::string_view(" w ")}) {
    for (std::size_t at = label.find(prep); at != std::string_view::npos; at = label.find(prep, at + 1)) {
      const std::string_view place = label.substr(at + prep.size());
      std::size_t words = 1;
      for (char c : place) words += c == ' ';
      if (!place.empty() && isUpper(place[0]) && words <= 3 && endsWithAddressLabel(label.substr(0, at))) return true;
    }
  }
  return false;
}

// Whether the value in [from, to) opens with a rural route's, a rural delivery's or a post box's
// word and its number, then a comma and a capitalised town: "R.R. 4, Antigonish NS", "RR 2,
// Perth", "R.D. 8, Kaitaia", "Box 351, Gimli MB".
bool ruralRouteAt(std::string_view text, std::size_t from, std::size_t to) {
  const std::string_view value = text.substr(from, to - from);
  std::size_t k = std::string_view::npos;
  for (std::string_view opener : {"R.R. ", "R.D. ", "RR ", "RD ", "Box ", "BOX ", "P.O. Box ", "PO Box "}) {
    if (value.starts_with(opener)) {
      k = opener.size();
      break;
    }
  }
  if (k == std::string_view::npos) return false;
  const std::size_t digits = k;
  while (k < value.size() && isDigit(value[k]) && k - digits < 6) ++k;
  if (k == digits || k + 3 > value.size() || value[k] != ',' || value[k + 1] != ' ' || !isUpper(value[k + 2])) {
    return false;
  }
  // The town: letters, spaces, dots and hyphens to the end (a province's code may close it).
  for (std::size_t j = k + 2; j < value.size(); ++j) {
    const unsigned char c = static_cast<unsigned char>(value[j]);
    if (!(isAsciiAlpha(value[j]) || c >= 0x80 || c == ' ' || c == '.' || c == '-' || c == '\'')) return false;
  }
  return true;
}

// Whether the value at `from` follows an "Island:" label on its line.
// (And the Samoan "Nofoaga:" (dwelling place), the village and its island: "Nofoaga: Fagamalo,
// Savaii", seed 3939.)
bool islandLabelBefore(std::string_view text, std::size_t from) {
  std::string_view head = sameLineBefore(text, from, 16);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  for (std::string_view label : {std::string_view("island:"), std::string_view("nofoaga:")}) {
    if (head.size() >= label.size() && startsCaselessAt(head, head.size() - label.size(), label) &&
        (head.size() == label.size() || !isWordByte(head[head.size() - label.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// Whether a value's first word names a place of care rather than a home: "Adresse : CHU
// Treichville, Pavillon 3, Abidjan", "Dirección: Farmacia Carolina, Av. 5 No. 12, Santo Domingo"
// (the families count hospitals, clinics, pharmacies and camps named without a street as no PHI).
bool placeOfCare(std::string_view lower) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "hospital", "h\u00f4pital", "hopital", "clinic", "clinique", "cl\u00ednica", "clinica", "chu", "centre", "center",
      "centro", "pharmacy", "pharmacie", "farmacia", "farm\u00e1cia", "apteka", "ljekarna", "polyclinique",
      "dispensaire", "camp", "ward", "service"};
  return listHas(kWords, lower);
}

// Whether the address label ending at `colon` is a home-care form's "Home:" (or "HOME:"), which
// heads doses and routines as well as addresses.
// (And a pharmacy's "Delivery:", where the parcel goes, which in a birth's record heads its mode:
// "DELIVERY: BUILDING 9068, AL AZIZIYAH DISTRICT, DAMMAM 32491", seed 3737.)
bool homeLabelBefore(std::string_view text, std::size_t colon) {
  std::size_t b = colon;
  while (b > 0 && text[b - 1] == ' ') --b;
  for (std::string_view word : {std::string_view("home"), std::string_view("delivery")}) {
    if (b >= word.size() && startsCaselessAt(text, b - word.size(), word) &&
        (b == word.size() || !isWordByte(text[b - word.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// Whether the address label ending at `colon` is a "Camp:", whose value is a labour camp's flat
// ("Camp: Flat 102, Al Nahda Bldg 1, Sharjah", seed 3939) or a work camp's name alone, no home
// ("Camp: Los Pinos, cabin 14").
bool campLabelBefore(std::string_view text, std::size_t colon) {
  std::size_t b = colon;
  while (b > 0 && text[b - 1] == ' ') --b;
  return b >= 4 && startsCaselessAt(text, b - 4, "camp") && (b == 4 || !isWordByte(text[b - 5]));
}

// Whether the next field's label starts at `k`, after a space: "... Port-au-Prince Phone +55 11",
// "..., Marikina City, mobile +44 20" (a form written on one line with single spaces).
bool nextLabelAt(std::string_view text, std::size_t k) {
  if (k == 0 || text[k - 1] != ' ') return false;
  std::size_t e = k;
  while (e < text.size() && isAsciiAlpha(text[e]) && e - k < 12) ++e;
  if (e == k || (e < text.size() && (isAsciiAlpha(text[e]) || isDigit(text[e])))) return false;
  std::string word;
  for (std::size_t j = k; j < e; ++j) word += lowerAscii(text[j]);
  static constexpr std::array<std::string_view, 11> kLabels = {"phone", "tel",  "telephone", "mobile", "cell", "email",
                                                               "fax",   "dob",  "ph",        "mob",    "exam"};
  if (!listHas(kLabels, word)) return false;
  // A label is followed by its value: a colon, a number or a "+".
  std::size_t v = e;
  while (v < text.size() && (text[v] == ' ' || text[v] == ':' || text[v] == '.')) ++v;
  return v < text.size() && (isDigit(text[v]) || text[v] == '+' || text[v] == '(') &&
         (word != "exam" || e < text.size());
}

// The end of the value starting at `from`: a column gap, a tab, the next field's label or the
// line's end.
std::size_t valueEnd(std::string_view text, std::size_t from) {
  std::size_t k = from;
  while (k < text.size() && text[k] != '\n' && text[k] != '\r' && text[k] != '\t' &&
         !(text[k] == ' ' && k + 1 < text.size() && text[k + 1] == ' ') && !(k > from && nextLabelAt(text, k))) {
    ++k;
  }
  while (k > from && (text[k - 1] == ' ' || text[k - 1] == '.' || text[k - 1] == ',')) --k;
  // A dotted initialism keeps its last dot: "..., Sha Tin, N.T." (the New Territories).
  if (k >= from + 3 && k < text.size() && text[k] == '.' && text[k - 2] == '.' && isUpper(text[k - 1]) &&
      isUpper(text[k - 3]) && (k == from + 3 || !isWordByte(text[k - 4]))) {
    ++k;
  }
  return k;
}

// The start of the next field's label inside the value [from, to), or `to`: a form written on one
// line with single spaces puts its next label right after the town ("..., Cazenga, Luanda
// Telefone: 979 418 688", "..., 51000 Rijeka Liječnik: dr. med. ...", "..., Santiago de Cuba
// Familiar responsable: ...", "..., Abidjan Tél. : 07 23 ..."). The label is a capitalised word,
// any lower-case words after it, then a colon (an abbreviation's dot and a French space before
// it). Not a Turkish door's "No: 5 D: 3", which is inside the address; not a time "10:30".
std::size_t nextColonLabel(const ScanInput& in, std::size_t from, std::size_t to) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t first = firstTokenFrom(tokens, from);
  for (std::size_t k = first + 1; k < tokens.size() && tokens[k].end <= to; ++k) {
    std::size_t c = tokens[k].end;
    if (c < text.size() && text[c] == '.') ++c;
    if (c < text.size() && text[c] == ' ') ++c;
    if (c >= text.size() || text[c] != ':' || (c + 1 < text.size() && text[c + 1] != ' ' && text[c + 1] != '\n')) {
      continue;
    }
    // (A "no." with its dot before the colon is a number's label, "Nagarikta no.: 91-37-30", seed
    // 3939.)
    if (tokens[k].hasDigit || (tokens[k].lower == "no" && text[tokens[k].end] != '.') || tokens[k].lower == "d") continue;
    // (In a script with no capitals the label is the word before the colon: "ที่อยู่: 34/4 ซอย
    // สุขุมวิท 26 ... 10110 ผู้แจ้ง: บุญ...", the Thai informant's label, seed 3636.)
    // (And a capitalised Cyrillic word: "Адреса: selo Kosiv, vul. Shevchenka 94 Дата: 27 грудня",
    // seed 3636.)
    const auto lead = static_cast<unsigned char>(text[tokens[k].start]);
    const auto second = static_cast<unsigned char>(text[tokens[k].start + 1]);
    const bool cyrillicCapital = lead == 0xD0 && second >= 0x80 && second <= 0xAF;
    if (((lead >= 0xE0 && !tokens[k].properShape()) || cyrillicCapital) && tokens[k].start > from &&
        text[tokens[k].start - 1] == ' ') {
      return tokens[k].start;
    }
    std::size_t j = k;
    // (A lower-case word may open with a Vietnamese letter: "... TP. Hồ Chí Minh Người đi khai: Ông
    // Nam", the informant's label, seed 3636.)
    auto lowerWord = [&](const Token& t) {
      return isLower(text[t.start]) ||
             (static_cast<unsigned char>(text[t.start]) >= 0xC3 && static_cast<unsigned char>(text[t.start]) <= 0xC6 &&
              t.hasLetter && !t.hasDigit && t.lower == text.substr(t.start, t.length()));
    };
    while (j > first + 1 && !tokens[j].properShape() && lowerWord(tokens[j]) &&
           gapBetween(in, j - 1, j) == " ") {
      --j;
    }
    if (!tokens[j].properShape() || tokens[j].hasDigit) return to;
    return tokens[j].start;
  }
  return to;
}

// Whether tokens [first, last] read as a one-line address of comma-separated parts: capitalised
// words, numbers and codes, abbreviations, the few lower-case words above; at least one comma and
// one digit; not a US line ending in a state code and a ZIP. With `lowerCase` (a chat's address
// opened by a street word, "calle 45 # 12-30, barrio la esperanza, medellín") any word of letters,
// in three parts at least, the first holding the house's number (a lower-case phrase with one comma
// is prose more often than not, and "mora na rua, 2 filhos", "vive en la calle, 3 años" is a
// street of no address).
bool addressParts(const ScanInput& in, std::size_t first, std::size_t last, bool lowerCase,
                  const std::vector<std::size_t>* zipStarts, bool digitless = false, std::size_t minCommas = 2) {
  const auto& tokens = in.tokens;
  if (last <= first || last - first > 24) return false;
  // A bed, a room of a ward or a cubicle with its number is a place in a hospital, no address:
  // "Edificio B, Planta 2, Cama 12", "Imm. B, Étage 3, Chambre 12", "Township 2, Ward 3, Bed 12"
  // (a ward alone is a Nepali or Indian town's part).
  // (And a hospital's room, ward and infirmary: "habitación", "enfermaria", Arabic "غرفة", "ردهة".)
  static constexpr std::array<std::string_view, 18> kCareWords = {
      "bed",  "beds", "cama", "camas", "leito", "lit", "chambre", "salle", "cubicle", "palata",
      "\u043a\u043e\u0439\u043a\u0430", "\u043f\u0430\u043b\u0430\u0442\u0430", "\u0633\u0631\u064a\u0631",
      "habitaci\u00f3n", "habitacion", "enfermaria", "\u063a\u0631\u0641\u0629", "\u0631\u062f\u0647\u0629"};
  // (In the third list's scripts: a hospital, a clinic, a ward or room and a bed anywhere in the value
  // make it a place of care, "მისამართი: პალატა 3, საწოლი 12", "Хаяг: Улсын нэгдүгээр төв эмнэлэг,
  // 3-р байр": Georgian, Armenian, Mongolian, Thaana words.)
  static constexpr std::array<std::string_view, 17> kScriptCareWords = {
      "\u10e1\u10d0\u10d0\u10d5\u10d0\u10d3\u10db\u10e7\u10dd\u10e4\u10dd", "\u10d9\u10da\u10d8\u10dc\u10d8\u10d9\u10d0",
      "\u10de\u10d0\u10da\u10d0\u10e2\u10d0", "\u10e1\u10d0\u10ec\u10dd\u10da\u10d8",
      "\u0570\u056b\u057e\u0561\u0576\u0564\u0561\u0576\u0578\u0581", "\u0574\u0561\u0570\u0573\u0561\u056f\u0561\u056c",
      "\u057a\u0561\u056c\u0561\u057f\u0561", "\u0562\u0561\u056a\u0561\u0576\u0574\u0578\u0582\u0576\u0584",
      "\u0532\u0561\u056a\u0561\u0576\u0574\u0578\u0582\u0576\u0584",
      "\u044d\u043c\u043d\u044d\u043b\u044d\u0433", "\u044d\u043c\u043d\u044d\u043b\u0433\u0438\u0439\u043d",
      "\u04e9\u0440\u04e9\u04e9", "\u043e\u0440", "\u0442\u0430\u0441\u0430\u0433",
      "\u0788\u07ad\u0791\u07aa", "\u0787\u07ac\u0782\u078b\u07aa", "\u0780\u07ae\u0790\u07b0\u0795\u07a8\u0793\u07a6\u078d\u07b0"};
  for (std::size_t k = first; k <= last; ++k) {
    const auto lead = static_cast<unsigned char>(in.text[tokens[k].start]);
    if ((lead == 0xD0 || lead == 0xD1 || lead == 0xD3 || lead == 0xD4 || lead == 0xD5 || lead == 0xD6 || lead == 0xDE || lead == 0xE1) &&
        listHas(kScriptCareWords, std::string_view(in.text.substr(tokens[k].start, tokens[k].length())))) {
      return false;
    }
  }
  for (std::size_t k = first; k < last; ++k) {
    const Token& number = tokens[k + 1];
    if (listHas(kCareWords, tokens[k].lower) &&
        (number.hasDigit || hasScriptDigit(in.text.substr(number.start, number.length())))) {
      return false;
    }
  }
  // A Brazilian line with a house's "casa" and its "CEP" is left to the Brazilian scans, the code
  // its own span as the nineteenth family writes it: "Travessa 3, casa 8, Jardim Esperança, Natal
  // - RN, CEP 59000-120" ("casa" is read for Panama and Paraguay, which write no CEP).
  {
    bool casa = false;
    bool cep = false;
    for (std::size_t k = first; k <= last; ++k) {
      // (In lower case only: "Casa Amarela" is a neighbourhood of Recife.)
      casa = casa || (tokens[k].lower == "casa" && isLower(in.text[tokens[k].start]));
      cep = cep || tokens[k].lower == "cep";
    }
    if (casa && cep) return false;
  }
  bool comma = false;
  std::size_t commas = 0;
  bool lowerUsed = false;  // a word accepted only because the value is in lower case
  bool numberFirst = false;  // a digit before the first comma
  std::size_t scriptNumbers = 0;  // words holding digits of a script other than Latin
  bool digit = false;
  // A Turkish address ("Cumhuriyet Mah. Lale Sok. No: 5 D: 3, 26100 Tepebaşı/Eskişehir") writes
  // its five-digit postcode inside, before the town, like the Spanish but with no zip span.
  bool turkish = false;
  for (std::size_t k = first; k <= last && !turkish; ++k) turkish = turkishStreetWord(tokens[k].lower);
  // (A value in a script with no capitals that spaces its words and writes no commas, as Thai and
  // Korean addresses do, counts its ASCII numbers as its own: "123 ถนนสุขุมวิท แขวงคลองเตย ...
  // 10110"; and a Korean road's word before its building's number is a part's end: "강남구
  // 테헤란로 123".)
  // (The house's number may carry its sub-number after a slash, as Thai houses do: "34/4 ซอย
  // สุขุมวิท 26 ...", seed 3636.)
  const std::size_t houseEnd = first + 2 < last && tokens[first].allDigits && tokens[first + 1].allDigits &&
                                       gapBetween(in, first, first + 1) == "/"
                                   ? first + 1
                                   : first;
  const bool spacedScript = static_cast<unsigned char>(in.text[tokens[first].start]) >= 0xE0 ||
                            (tokens[first].allDigits && houseEnd < last &&
                             static_cast<unsigned char>(in.text[tokens[houseEnd + 1].start]) >= 0xE0);
  for (std::size_t k = first; k <= last; ++k) {
    const Token& t = tokens[k];
    if (spacedScript && t.allDigits) ++scriptNumbers;
    if (spacedScript && k < last && tokens[k + 1].hasDigit && !t.hasDigit &&
        static_cast<unsigned char>(in.text[t.start]) >= 0xEA && isWorldStreetWord(t.lower)) {
      ++scriptNumbers;
    }
    if (t.hasDigit) {
      // (A Korean road's sub-street joins its number to its word, "해운대로 614번길 67": the
      // syllables count no digits, seed 3737.)
      const bool scriptNumber = spacedScript && static_cast<unsigned char>(in.text[t.end - 1]) >= 0x80 &&
                                digitRun(in.text, t.start) <= 5;
      if (t.length() > 8 && !scriptNumber) return false;
      // A five-digit postcode after the house's number is its own zip span in the families that
      // write them (Spanish, Mexican, Italian, US): such lines are the street scanners'. Not a
      // Brazilian CEP "58429-123", nor a code closing the line after its town as Korea and Saudi
      // Arabia write it ("Jung-gu, Daejeon 34012", "Al Rawdah, Jeddah 23411"; a US state before it
      // is refused below), nor a Turkish one, nor one no scanner read as a zip in a line with a
      // street word of another country (`zipStarts` is then given): a country writing its code
      // before the town with no street scanner of its own ("No. 8, Lorong Maarof, Bangsar, 59000
      // Kuala Lumpur", "Narva mnt 5, 10117 Tallinn").
      if (k > first && t.allDigits && t.length() == 5 &&
          (zipStarts == nullptr || std::binary_search(zipStarts->begin(), zipStarts->end(), t.start))) {
        const bool cep = k < last && gapBetween(in, k, k + 1) == "-" && tokens[k + 1].allDigits &&
                         tokens[k + 1].length() == 3;
        // (Ukrainians write a comma before it: "vul. Kvitkova, 12, kv. 5, Poltava, 36012".)
        // (A chat's town is in lower case: "kec. klojen, malang 65115".)
        const bool afterTown = k == last && (gapBetween(in, k - 1, k) == " " || gapBetween(in, k - 1, k) == ", ") &&
                               (tokens[k - 1].properShape() || (lowerCase && tokens[k - 1].hasLetter && !tokens[k - 1].hasDigit) ||
                                // (A town of a script with no capitals: Malé in Thaana, "މާލެ 20026".)
                                static_cast<unsigned char>(in.text[tokens[k - 1].start]) >= 0xD8);
        // (With a street word of another country, a code and the town closing the line are the
        // postal line of that country even where a street scanner took the code for a ZIP:
        // "Mannerheimintie 38, 90100 Oulu", "Getreidegasse 65, 10600 Wien".)
        bool townAfter = zipStarts != nullptr && k < last && gapBetween(in, k, k + 1) == " " &&
                         gapBetween(in, k - 1, k).find(',') != std::string_view::npos;
        for (std::size_t j = k + 1; townAfter && j <= last; ++j) {
          townAfter = tokens[j].properShape() && !tokens[j].hasDigit;
        }
        // (A code with its country's letters before it is no ZIP: "LT-09310 Vilnius", "HR-10000
        // Zagreb", as Lithuania, Croatia and other European states write it.)
        const bool countryPrefix = gapBetween(in, k - 1, k) == "-" && tokens[k - 1].allCaps &&
                                   tokens[k - 1].hasLetter &&
                                   !tokens[k - 1].hasDigit && tokens[k - 1].length() <= 2;
        // (A plot's, lot's or erf's own number of five digits opening the value is no ZIP: "Plot
        // 12345, Extension 9, Gaborone", as Botswana numbers its plots.)
        static constexpr std::array<std::string_view, 4> kPlotWords = {"plot", "lot", "erf", "stand"};
        const bool plotNumber = k == first + 1 && listHas(kPlotWords, tokens[first].lower) &&
                                tokens[first].properShape() && gapBetween(in, first, k) == " ";
        // (Nor a post box's number where no postcodes are written: "P.O. Box 50923, Doha".)
        const bool boxNumber = tokens[k - 1].lower == "box" && gapBetween(in, k - 1, k) == " ";
        if (!cep && !afterTown && !turkish && !townAfter && !countryPrefix && !plotNumber && !boxNumber) return false;
      }
      digit = true;
      numberFirst = numberFirst || !comma;
      // (A house's number in ASCII digits carries the Arabic comma after it: "شارع الهرم 444،
      // الجيزة", seed 3535.)
      if (endsWithScriptComma(in.text.substr(t.start, t.length()))) {
        comma = true;
        ++commas;
      }
    } else if (static_cast<unsigned char>(in.text[t.start]) >= 0xCE) {
      // A word of a script with no capitals to read, or of Greek or Cyrillic ones the tokens do
      // not mark (its first byte past the Latin blocks): "Οδός Τσιμισκή", "ул. Ленина". Its own
      // comma and digits count as the ASCII ones ("بغداد، الكرادة، محلة ٩٠٥").
      const std::string_view word = in.text.substr(t.start, t.length());
      if (endsWithScriptComma(word)) {
        comma = true;
        ++commas;
      }
      if (hasScriptDigit(word)) {
        ++scriptNumbers;
        digit = true;
        numberFirst = numberFirst || !comma;
      }
    } else if (!comma && k > first && k < last && t.hasLetter && !t.hasDigit && isLower(in.text[t.start]) &&
               tokens[k - 1].properShape() && !tokens[k - 1].hasDigit && gapBetween(in, k - 1, k) == " " &&
               gapBetween(in, k, k + 1).starts_with(" ") &&
               (tokens[k + 1].allDigits || tokens[k + 1].lower == "br" || tokens[k + 1].lower == "bb")) {
      // A Slavic street's name goes on in lower case up to its number: "ul. Makedonska brigada br.
      // 21", "ул. Партизански одреди 12" (the first part only, before any comma).
    } else if (t.lower == "no" && k > first && k < last && gapBetween(in, k, k + 1) == ". " && tokens[k + 1].allDigits &&
               tokens[k - 1].properShape() && !tokens[k - 1].hasDigit) {
      // A house's or ward's "no." in lower case before its number: "Ward no. 7, Lakeside, Pokhara",
      // "Gali no. 4, near Hanuman mandir" (seed 3939).
    } else if (lowerCase && t.hasLetter && !t.properShape() && !addressLowerWord(t.lower)) {
      lowerUsed = true;
    } else if (!(t.properShape() || addressLowerWord(t.lower) ||
                 // A lower-case end of a hyphenated name: "Yeka Sub-city", "Dokki-el".
                 (k > first && gapBetween(in, k - 1, k) == "-" && tokens[k - 1].properShape()) ||
                 // (A Japanese block's unit after its number: "Kita 12-jo Nishi 3-chome".)
                 (k > first && romanisedUnitAt(in, k)) ||
                 // The rest of a word after its apostrophe: "Be'er Sheva", "Al Rifa'a".
                 (k > first && gapBetween(in, k - 1, k) == "'" && tokens[k - 1].hasLetter))) {
      return false;
    }
    if (k == last) break;
    const std::string_view gap = gapBetween(in, k, k + 1);
    // "Rimouski (Québec) G5L 3B7", "Rehov Ha'Atzmaut", "Be'er Sheva"; a Turkish door's "No: 5 D: 3".
    const bool doorColon = (t.lower == "no" || t.lower == "d") && gap == ": ";
    if (gap.empty() || (!gapOnly(gap, " ,.#-/()'", 3) && !doorColon)) return false;
    comma = comma || gap.find(',') != std::string_view::npos;
    commas += gap.find(',') != std::string_view::npos;
  }
  // (A value of a script writing no commas between its parts, as Khmer does, holds two numbers of
  // its own digits at least: "ផ្ទះលេខ ១២ ផ្លូវ ២៧១ សង្កាត់ទឹកថ្លា".)
  if (!comma && scriptNumbers >= 2) comma = true;
  // (Nor does a Japanese address in Latin letters, its units joined to their names: "Osaka-shi
  // Kita-ku Umeda 3-3-52", seed 3939.)
  if (!comma && romanisedEastAsianUnits(in, first, last) >= 2) comma = true;
  const bool numberless = digitless && commas >= minCommas && !lowerUsed;
  if (!comma || (!digit && !numberless) || (lowerUsed && (commas < 2 || !numberFirst))) {
    return false;
  }
  // "12 Oak St, Springfield, IL 60614": the US ZIP is its own span, the street scanners' line.
  const Token& end = tokens[last];
  const bool zipShape = end.allDigits && (end.length() == 5 || end.length() == 4);
  if (zipShape && last > first) {
    // (A ZIP+4 has five digits before its dash; a GhanaPost "GA-183-8164" is no Georgia ZIP.)
    const bool plus4 = end.length() == 4 && last >= first + 2 && in.text[end.start - 1] == '-' &&
                       tokens[last - 1].allDigits && tokens[last - 1].length() == 5;
    if (end.length() == 4 && in.text[end.start - 1] == '-' && !plus4) return true;
    const std::size_t state = plus4 ? last - 2 : last - 1;
    if (state >= first && ((tokens[state].length() == 2 && isStateCode(tokens[state])) || isStateName(tokens[state]))) {
      return false;
    }
  }
  return true;
}

// The end of the town closing a labelled value whose line goes on with prose after it, the
// sentence's first word capitalised and a lower-case word after it: "Camp: Flat 102, Al Nahda Bldg
// 1, Sharjah Worker ko 2 din se ulti", "Thikana: Vill. Charpara, Upazila Sadar, Mymensingh Ref by
// Dr. ..." (seed 3939). The last part after two commas at least holds the town of one to three
// capitalised words; `to` if there is no such prose.
std::size_t townBeforeProse(const ScanInput& in, std::size_t from, std::size_t to) {
  const auto& tokens = in.tokens;
  const std::size_t first = firstTokenFrom(tokens, from);
  std::size_t commas = 0;
  std::size_t part = first;
  for (std::size_t k = first + 1; k + 1 < tokens.size() && tokens[k + 1].end <= to; ++k) {
    if (gapBetween(in, k - 1, k).find(',') != std::string_view::npos) {
      ++commas;
      part = k;
    }
    if (commas < 2 || k == part || k > part + 3) continue;
    const Token& word = tokens[k];
    const Token& next = tokens[k + 1];
    if (word.properShape() && !word.hasDigit && !word.allCaps && gapBetween(in, k - 1, k) == " " &&
        gapBetween(in, k, k + 1) == " " && next.hasLetter && !next.hasDigit && isLower(in.text[next.start])) {
      for (std::size_t j = part; j < k; ++j) {
        if (!tokens[j].properShape() || tokens[j].hasDigit) return to;
      }
      return tokens[k - 1].end;
    }
  }
  return to;
}

// The first token of the town's name closing tokens [first, last]: up to three capitalised words.
std::size_t townStart(const ScanInput& in, std::size_t first, std::size_t last) {
  std::size_t k = last;
  while (k > first && k + 3 > last && in.tokens[k].properShape() && gapBetween(in, k - 1, k) == " " &&
         in.tokens[k - 1].properShape()) {
    --k;
  }
  return in.tokens[k].properShape() ? k : last + 1;
}

// The token ending at or before byte `end` (the last one inside [.., end)), or npos.
std::size_t tokenBefore(const ScanInput& in, std::size_t end) {
  const auto it = std::lower_bound(in.tokens.begin(), in.tokens.end(), end,
                                   [](const Token& t, std::size_t p) { return t.end <= p; });
  const std::size_t k = static_cast<std::size_t>(it - in.tokens.begin());
  return k == 0 ? std::string_view::npos : k - 1;
}

// The end of a value in running text, before `to`: the sentence's end, a dot after a number or a
// word of four letters or more ("44090. Please", "Addis Ababa. Call"), not an abbreviation's
// ("No. 189", "Kec. Klojen", "ул. Ленина": letters counted, not bytes), nor a street word's
// ("prosp. Nezalezhnosti", "Str. Florilor").
std::size_t sentenceEnd(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t dot = text.find(". ", from); dot != std::string_view::npos && dot < to; dot = text.find(". ", dot + 1)) {
    std::size_t w = dot;
    std::size_t letters = 0;
    while (w > from && isWordByte(text[w - 1])) {
      --w;
      letters += (static_cast<unsigned char>(text[w]) & 0xC0) != 0x80;
    }
    if (letters >= 4) {
      std::string lower;
      for (std::size_t j = w; j < dot; ++j) lower += lowerAscii(text[j]);
      if (isWorldStreetWord(lower) || addressLowerWord(lower) || turkishStreetWord(lower)) continue;
      return dot;
    }
    if (dot > w && digitRun(text, w) == dot - w) return dot;
  }
  return to;
}

// The end of a value at `from` without the spaces and commas before `to`: "Adresse : 12 rue X, ,"
// is "12 rue X".
std::size_t trimValueEnd(std::string_view text, std::size_t from, std::size_t to) {
  while (to > from && (text[to - 1] == ' ' || text[to - 1] == ',')) --to;
  return to;
}

// In running text, the end of the town after a postcode when the sentence goes on after a comma
// in lower case: "demeurant 149, Rue Oued Sebou, Agdal, 10090 Rabat, pour prise en charge ...";
// `to` if there is none.
std::size_t townLineEnd(const ScanInput& in, std::size_t from, std::size_t to) {
  const auto& tokens = in.tokens;
  for (std::size_t k = firstTokenFrom(tokens, from) + 1; k + 2 < tokens.size() && tokens[k + 1].end <= to; ++k) {
    const Token& code = tokens[k];
    if (!code.allDigits || code.length() < 4 || code.length() > 6 ||
        gapBetween(in, k - 1, k).find(',') == std::string_view::npos || gapBetween(in, k, k + 1) != " ") {
      continue;
    }
    std::size_t town = k + 1;
    while (town < tokens.size() && tokens[town].properShape() && !tokens[town].hasDigit && town + 1 < tokens.size() &&
           gapBetween(in, town, town + 1) == " " && tokens[town + 1].properShape() && town < k + 3) {
      ++town;
    }
    if (!tokens[town].properShape() || tokens[town].hasDigit || town + 1 >= tokens.size()) continue;
    const Token& next = tokens[town + 1];
    if (gapBetween(in, town, town + 1) == ", " && next.start < to && isLower(in.text[next.start])) return tokens[town].end;
  }
  // With no postcode, a town after a comma, the house's number before it, then a comma and a word
  // in lower case that is no word of an address: "reside em Rua da Missão, 12, Bairro Maculusso,
  // Luanda, com a esposa" ("12, rue Didouche Mourad" goes on).
  bool comma = false;
  bool digit = false;
  for (std::size_t k = firstTokenFrom(tokens, from); k + 1 < tokens.size() && tokens[k + 1].end <= to; ++k) {
    digit = digit || tokens[k].hasDigit;
    const std::string_view gap = gapBetween(in, k, k + 1);
    const Token& next = tokens[k + 1];
    // (A Russian sentence goes on with a verb in lower case after the flat: "..., д. 5, кв. 12,
    // обратился": its letters are not ASCII, а-я are U+0430..U+044F.)
    const unsigned cp = twoByteCodePointAt(in.text, next.start);
    const bool lowerCyrillic = next.length() >= 8 && cp >= 0x430 && cp <= 0x44F;
    if (gap == ", " && comma && digit && lowerCyrillic && !isWorldStreetWord(next.lower) &&
        !(next.end < to && in.text[next.end] == '.')) {
      return tokens[k].end;
    }
    // (Or after a dwelling's number, "domicilié(e) Abomey-Calavi, quartier Tankpè, carré 204,
    // opéré(e) le ...", or a postcode of capitals and digits, "..., Bandar Seri Begawan BE1118,
    // who had ...".)
    const bool dwellingNumber = (tokens[k].allDigits && k > 0 && dwellingWord(tokens[k - 1].lower)) ||
                                (tokens[k].hasDigit && tokens[k].hasLetter && tokens[k].allCaps && tokens[k].length() <= 8);
    if (gap == ", " && comma && digit && ((tokens[k].properShape() && !tokens[k].hasDigit) || dwellingNumber) &&
        isLower(in.text[next.start]) && !isWorldStreetWord(next.lower) && !turkishStreetWord(next.lower) &&
        // (An abbreviation of an address, "com." of a Romanian commune, goes on; "com a esposa" not.)
        !(addressLowerWord(next.lower) && (next.length() >= 4 || (next.end < to && in.text[next.end] == '.')))) {
      return tokens[k].end;
    }
    comma = comma || gap.find(',') != std::string_view::npos;
  }
  return to;
}

// A town alone at `from` after a cue of where a person lives or is: "živee vo Kumanovo", "živi u
// Zenica, radi kao vozač", "locuiește în Orhei.", "calling from Ganta, my father". One to three
// capitalised words, none an English word or a listed name (a person's name, "živi u Ana", is no
// town) nor a home's or place of care's word, then the sentence's punctuation or a line's end
// ("banon në Tiranë me 2 fëmijë" goes on). With `capitals`, a town in capitals too (a table's
// cell, where no sentence in capitals goes on). Returns the town's end, or npos.
std::size_t townAloneEnd(const ScanInput& in, std::size_t from, std::size_t lineEnd, bool capitals = false) {
  const std::string_view text = in.text;
  const std::size_t t0 = firstTokenFrom(in.tokens, from);
  if (t0 >= in.tokens.size() || in.tokens[t0].start != from) return std::string_view::npos;
  std::size_t t1 = t0;
  // (Not past `lineEnd`, which may be the next field's label: "Hela fatin: Baucau Data: ...".)
  while (t1 + 1 < in.tokens.size() && t1 < t0 + 2 && gapBetween(in, t1, t1 + 1) == " " &&
         in.tokens[t1 + 1].properShape() && !in.tokens[t1 + 1].hasDigit && in.tokens[t1 + 1].end <= lineEnd) {
    ++t1;
  }
  // (Not a home or a shelter: "vive en Casa Hogar", "wohnt im Heim".)
  // (Nor a service a patient comes from, after an origin's label: "Procedencia: Urgencias".)
  static constexpr std::array<std::string_view, 14> kHomes = {
      "casa", "hogar", "asilo", "residencia", "maison", "heim", "dom", "domicilio", "urgencias", "urgencia",
      "emergencia", "emergencias", "consulta", "consultorio"};
  bool town = !placeOfCare(in.tokens[t0].lower) && !listHas(kHomes, in.tokens[t0].lower);
  for (std::size_t k = t0; k <= t1; ++k) {
    const Token& w = in.tokens[k];
    town = town && w.properShape() && !w.hasDigit && (capitals || !w.allCaps) &&
           !(w.classes & (WordClass::kEnglish | WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous));
  }
  const std::size_t after = in.tokens[t1].end;
  const bool closes = after >= lineEnd || text[after] == '.' || text[after] == ',' || text[after] == ';' ||
                      (text[after] == ' ' && after + 1 < lineEnd && text[after + 1] == ' ');
  return town && closes ? after : std::string_view::npos;
}

// The end of the town parts after token k in running text: up to `parts` comma-separated groups of
// one to three capitalised words ("Mt Hagen", "Port Moresby", "NCD"); token k itself if none.
std::size_t townPartsAfter(const ScanInput& in, std::size_t k, std::size_t parts) {
  const auto& tokens = in.tokens;
  std::size_t end = k;
  for (std::size_t p = 0; p < parts; ++p) {
    if (end + 1 >= tokens.size() || gapBetween(in, end, end + 1) != ", ") break;
    std::size_t j = end + 1;
    if (!tokens[j].properShape() || tokens[j].hasDigit) break;
    // (A later word is no English one, as a sentence in capitals goes on: "BOROKO, NCD TO
    // VACCINATE"; but a suburb's stage and its number are inside, "Gerehu Stage 2".)
    const std::size_t groupStart = j;
    while (j + 1 < tokens.size() && j < groupStart + 3 && gapBetween(in, j, j + 1) == " ") {
      const Token& next = tokens[j + 1];
      const bool numbered = j + 2 < tokens.size() && tokens[j + 2].allDigits && tokens[j + 2].length() <= 2 &&
                            gapBetween(in, j + 1, j + 2) == " ";
      if (next.properShape() && !next.hasDigit && (!(next.classes & WordClass::kEnglish) || numbered)) {
        j += numbered ? 2 : 1;
      } else {
        break;
      }
    }
    // (A group of one English word is the sentence going on, "FROM LAURA VILLAGE, LIVES IN ...";
    // "Port Moresby" keeps its "Port" before a name.)
    if (j == groupStart && (tokens[j].classes & WordClass::kEnglish)) break;
    end = j;
  }
  return end;
}

// A Pacific village or settlement and its district, and a Papua New Guinean section and allotment,
// in running text: "the team will visit Kagamuga village, Mt Hagen to vaccinate", "visit Section
// 12, Allotment 34, Boroko, NCD". Their shape is their own cue; the district after a comma closes
// them.
void scanRunningVillages(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.lower == "village" || t.lower == "settlement") {
      std::size_t first = k - 1;
      if (k >= 3 && tokens[k - 1].lower == "mile" && gapBetween(in, k - 2, k - 1) == "-") first = k - 2;
      if (!pacificVillage(in, first, k)) continue;
      const std::size_t end = townPartsAfter(in, k, 1);
      if (end == k) continue;
      out.push_back({tokens[first].start, tokens[end].end, PhiCategory::Address, priority::kAddress});
      k = end;
    } else if (t.lower == "allotment" && k >= 3 && t.properShape() && tokens[k - 2].lower == "section" &&
               tokens[k - 2].properShape() && tokens[k - 1].allDigits && gapBetween(in, k - 2, k - 1) == " " &&
               gapBetween(in, k - 1, k) == ", " && k + 1 < tokens.size() && tokens[k + 1].allDigits &&
               gapBetween(in, k, k + 1) == " ") {
      const std::size_t end = townPartsAfter(in, k + 1, 2);
      if (end == k + 1) continue;
      out.push_back({tokens[k - 2].start, tokens[end].end, PhiCategory::Address, priority::kAddress});
      k = end;
    }
  }
}

}  // namespace

void scanAddressLines(const ScanInput& in, Candidates& out) {
  scanRunningVillages(in, out);
  const std::string_view text = in.text;
  // A house's number of India and Pakistan written as three numbers after its "No." is no date:
  // "H.No. 12-3-45, Near Hanuman Temple", "D.No. 4-56-12, Gandhi Nagar" (house and door). It is a
  // piece of the address, which the line then reads whole.
  for (Candidate& c : out) {
    if (c.category != PhiCategory::Date || c.veto || c.start < 6 || text[c.start - 1] != ' ' ||
        (text[c.start - 2] != '.' && lowerAscii(text[c.start - 2]) != 'o')) {
      continue;
    }
    const std::string_view before = sameLineBefore(text, c.start, 12);
    for (std::string_view label : {"h.no. ", "h. no. ", "d.no. ", "h.no ", "d.no ", "door no. ", "house no. "}) {
      if (before.size() >= label.size() && startsCaselessAt(before, before.size() - label.size(), label) &&
          (before.size() == label.size() || !isWordByte(before[before.size() - label.size() - 1]))) {
        c.category = PhiCategory::Address;
        c.priority = priority::kAddress;
        break;
      }
    }
  }
  // The addresses found so far, by start: a line's value counts only if a scanner found a piece.
  struct Piece {
    std::size_t start, end;
    int priority;
    bool operator<(const Piece& o) const { return start < o.start; }
  };
  std::vector<Piece> found;
  std::vector<std::size_t> zipStarts;  // the zip spans found so far, by start
  for (const Candidate& c : out) {
    if (c.category == PhiCategory::Address && !c.veto) found.push_back({c.start, c.end, c.priority});
    if (c.category == PhiCategory::Zip && !c.veto) zipStarts.push_back(c.start);
  }
  std::sort(zipStarts.begin(), zipStarts.end());
  std::sort(found.begin(), found.end());
  // The strongest priority of the pieces inside [from, to), or 0 if none: the whole line is as
  // strong as its strongest piece, so it wins over them (being longer) and over nothing else.
  auto pieceInside = [&](std::size_t from, std::size_t to) {
    int strongest = 0;
    for (auto it = std::lower_bound(found.begin(), found.end(), Piece{from, 0, 0}); it != found.end() && it->start < to;
         ++it) {
      if (it->end > to) return 0;
      strongest = std::max(strongest, it->priority);
    }
    return strongest;
  };
  auto tryValue = [&](std::size_t from, std::size_t to, bool labelled, bool strongLabel = false) {
    if (to <= from) return;
    // After a label, a British postcode closes the address though the line goes on with prose:
    // "Address: Croft 35, Lochboisdale, South Uist HS8 5TM Time of incident: 02:32".
    if (labelled) {
      const std::size_t a = firstTokenFrom(in.tokens, from);
      for (std::size_t k = a + 1; k + 1 < in.tokens.size() && in.tokens[k].end < to; ++k) {
        const Token& outward = in.tokens[k];
        const Token& inward = in.tokens[k + 1];
        if (outward.hasDigit && outward.hasLetter && outward.length() >= 2 && outward.length() <= 4 &&
            isUpper(in.text[outward.start]) && inward.length() == 3 && isDigit(in.text[inward.start]) &&
            inward.hasLetter && inward.allCaps && gapBetween(in, k, k + 1) == " " && inward.end < to &&
            in.text[inward.end] == ' ') {
          to = inward.end;
          break;
        }
      }
    }
    // After a label, a town and its postcode of four to six digits after the last comma close the
    // address though the form goes on with its next field: "Thikana: House 14, Road 78, Mirpur 39,
    // Dhaka 1216 Ref by Dr. ...", "Pata: ..., Lajpat Nagar, New Delhi 110044 Bed 14, Ward 7B"
    // (seed 3939).
    if (labelled) {
      const std::size_t a = firstTokenFrom(in.tokens, from);
      std::size_t commas = 0;
      std::size_t part = a;
      for (std::size_t k = a + 1; k < in.tokens.size() && in.tokens[k].end < to; ++k) {
        if (gapBetween(in, k - 1, k).find(',') != std::string_view::npos) {
          ++commas;
          part = k;
        }
        const Token& code = in.tokens[k];
        if (commas >= 2 && k > part && k <= part + 3 && code.allDigits && code.length() >= 4 && code.length() <= 6 &&
            gapBetween(in, k - 1, k) == " " && in.tokens[k - 1].properShape() && !in.tokens[k - 1].hasDigit &&
            code.end + 1 < to && text[code.end] == ' ' && isUpper(text[code.end + 1])) {
          to = code.end;
          break;
        }
      }
    }
    int strength = pieceInside(from, to);
    const std::size_t first = firstTokenFrom(in.tokens, from);
    std::size_t last = tokenBefore(in, to);
    // (A Cambodian house's number sign opens the value: "#12, St. 360, Sangkat Boeung Keng Kang I".)
    const bool numberSign = text[from] == '#' && first < in.tokens.size() && in.tokens[first].start == from + 1 &&
                            in.tokens[first].allDigits;
    if (first >= in.tokens.size() || last == std::string_view::npos ||
        (in.tokens[first].start != from && !numberSign)) {
      return;
    }
    // After an address label, a value opened by a lot's, plot's or block's number needs no piece:
    // "Address: Lot 12 Blk 23, Coneflower St., ...", "Address: Plot 79, Coneflower Crescent, ...".
    // (A house's "No." between the word and its number: "House No. 12, Street 9, G-9/2, Islamabad",
    // "H/No. 12, Adenta Housing Down, Adenta, GA-183-8164".)
    std::size_t houseNumber = first + 1;
    // (And the French and Portuguese number signs: "Villa n° 45, Cité Keur Gorgui, Dakar".)
    static constexpr std::array<std::string_view, 4> kNumberSigns = {"no", "nr", "n\u00b0", "n\u00ba"};
    if (houseNumber < last && listHas(kNumberSigns, in.tokens[houseNumber].lower)) ++houseNumber;
    // (Madagascar's lots carry their block's code before the number, Roman numerals and letters or
    // a number and letters: "Lot IVG 105 Tanambao, Toamasina 501", "Lot II M 85 Antsahavola",
    // "Lot 67Ha 12 Bis Ambohipo".)
    if (in.tokens[first].lower == "lot" && in.tokens[first].properShape()) {
      auto lotCode = [&](const Token& t) {
        const std::size_t digits = digitRun(text, t.start);
        return t.hasLetter && t.length() <= 4 && isUpper(text[t.start + digits]) &&
               ((t.allCaps && !t.hasDigit && t.length() <= 3) || (digits > 0 && digits < t.length()));
      };
      std::size_t k = first + 1;
      while (k < last && k < first + 3 && lotCode(in.tokens[k]) && gapBetween(in, k, k + 1) == " ") ++k;
      if (k > first + 1 && in.tokens[k].allDigits && in.tokens[k].length() <= 4) houseNumber = k;
    }
    // (The number may carry a flat's letter: "Flat 9B, Shanti Kunj, Sector 58, Noida 357822".)
    const Token* number = houseNumber <= last ? &in.tokens[houseNumber] : nullptr;
    const bool numberShape =
        number != nullptr && (number->allDigits || (number->length() <= 5 && digitRun(text, number->start) + 1 == number->length() &&
                                                    isAsciiAlpha(text[number->end - 1])));
    if (strength == 0 && labelled && numberShape) {
      // (A Scottish island's croft and a Gaelic "taigh", house: "Croft 35, Lochboisdale, South Uist HS8 5TM".)
      // (A villa, a building or a flat's number opens Gulf and Korean lines: "Villa 12, Street 5, Al
      // Jimi, Al Ain", "Building 4417, King Khalid St, ...", "Apt 103-1204, 23 Sangdang-ro, ...".)
      // (A Vietnamese "Số", number; a flat, a house, an Ethiopian kebele opening the line: "Flat 3, 12
      // Shari' Mosaddak, Dokki, Giza 12311", "Kebele 05, Woreda 03, House No. 12, Bahir Dar".)
      // (And "Number 66, Sandwick, Whalsay ZE2 9QM", a house named by its number alone.)
      // (And the ward of a Nepali or Indian municipality: "Ward No. 20, House 65, Lakeside, Pokhara-6".)
      // (And the third list's openers: the Namibian erf, the Papua New Guinean section, Trinidad's
      // light pole ("LP 45, Cunupia Main Road"), the Maldivian house's atoll letters before its
      // name need none: "Erf 1234, Klein Windhoek", "Section 12, Lot 34, Boroko, NCD".)
      // (And the Gambian compound, "Compound 39, Bakau New Town, Kanifing", seed 3434.)
      static constexpr std::array<std::string_view, 25> kHouseWords = {
          "lot",   "plot",     "blk",  "block", "no",       "stand", "croft", "taigh", "villa",
          "building", "bldg", "apt",   "s\u1ed1", "S\u1ed0", "flat", "house", "kebele", "number", "ward",
          "erf",   "section",  "lp",   "compound",
          // (Vietnamese "So" (số, number) typed without its marks, an Indian "Gali" (lane) and its
          // number: "So 15, hem 544, duong Le Van Sy, ...", "Gali no. 7, near Hanuman mandir, ...",
          // seed 3939.)
          "so", "gali"};
      bool houseWord = listHas(kHouseWords, in.tokens[first].lower) ||
                       (in.tokens[first].lower == "h" && gapBetween(in, first, first + 1) == "/");
      // A section is a protocol's or a page's too, a light pole's "LP" a lumbar puncture: a Papua New
      // Guinean section needs its lot after it ("Section 12, Lot 34, Boroko"), Trinidad's light pole
      // a road's word and a label naming the address ("LP 45, Cunupia Main Road, Chaguanas"), not
      // "Home: Section 3, Page 12, Line 4" nor "Address: LP 45, Rx 12".
      if (houseWord && in.tokens[first].lower == "section") {
        bool lot = false;
        for (std::size_t k = first + 2; k <= last && k < first + 5; ++k) {
          lot = lot || in.tokens[k].lower == "lot" || in.tokens[k].lower == "allotment";
        }
        houseWord = lot;
      } else if (houseWord && in.tokens[first].lower == "lp") {
        bool road = false;
        for (std::size_t k = first + 2; k <= last; ++k) road = road || isStreetType(in.tokens[k]);
        houseWord = road && strongLabel;
      }
      if (houseWord && in.tokens[first].properShape()) strength = priority::kAddress;
    }
    // After an address label, a value in a script with no capitals (Arabic, Burmese, Khmer, Lao,
    // the Indic scripts), its parts joined by that script's commas or its own digits, needs no
    // piece: those scripts join the street word to its name ("ဗိုလ်ချုပ်လမ်း", "សង្កាត់ទឹកថ្លា"),
    // where no table word is found (the parts and the digits are asked by addressParts).
    // Three parts at least, or two numbers; not a value opened by "no", "not", "without" ("العنوان:
    // غير معروف، 2 محاولات", unknown, two attempts).
    // (Not Georgian, whose words are spaced and whose street words the tables hold: "ცხოვრობს მარტო, 2
    // შვილი, 3 შვილიშვილი", lives alone, two children, three grandchildren, is no address.)
    const std::size_t s0 = in.tokens[first].start;
    const bool georgian = s0 + 1 < text.size() && static_cast<unsigned char>(text[s0]) == 0xE1 &&
                          (static_cast<unsigned char>(text[s0 + 1]) == 0x82 || static_cast<unsigned char>(text[s0 + 1]) == 0x83);
    bool scriptDigitless = false;
    bool scriptSettlement = false;
    // (Greek and Hebrew come before those blocks: their village's word alone opens such a value,
    // "Διεύθυνση: Χωριό Ανώγεια, Ρέθυμνο", "כתובת: מושב נהלל, עמק יזרעאל" (village, moshav,
    // kibbutz), seed 3838.)
    static constexpr std::array<std::string_view, 4> kGreekHebrewVillages = {
        "\u03a7\u03c9\u03c1\u03b9\u03cc", "\u03c7\u03c9\u03c1\u03b9\u03cc", "\u05de\u05d5\u05e9\u05d1",
        "\u05e7\u05d9\u05d1\u05d5\u05e5"};
    const bool greekHebrewVillage = listHas(kGreekHebrewVillages, in.tokens[first].lower);
    if (strength == 0 && labelled && !georgian &&
        (static_cast<unsigned char>(text[in.tokens[first].start]) >= 0xD8 || greekHebrewVillage)) {
      std::size_t parts = 1;
      std::size_t numbers = 0;
      for (std::size_t k = first; k <= last; ++k) {
        const std::string_view word = text.substr(in.tokens[k].start, in.tokens[k].length());
        const bool asciiComma = k < last && gapBetween(in, k, k + 1).find(',') != std::string_view::npos;
        parts += endsWithScriptComma(word) || asciiComma;
        numbers += in.tokens[k].hasDigit || hasScriptDigit(word);
      }
      static constexpr std::array<std::string_view, 4> kNegations = {"\u0644\u0627", "\u063a\u064a\u0631",
                                                                     "\u0628\u062f\u0648\u0646", "\u0644\u064a\u0633"};
      // (A village's or a quarter's word opening the value names a settlement, two parts then
      // enough: "محلہ قاضیاں، گوجرانوالہ" (Urdu mohalla), "حي الملز، ..." (Arabic quarter), "قرية ميت
      // رهينة، ..." (village), Hindi "ग्राम रामपुर, ..." and Bengali "গ্রাম চরপাড়া, ...", seed 3737.)
      static constexpr std::array<std::string_view, 7> kScriptSettlements = {
          "\u0645\u062d\u0644\u06c1", "\u0645\u062d\u0644\u0629", "\u062d\u064a", "\u0642\u0631\u064a\u0629",
          "\u0917\u094d\u0930\u093e\u092e", "\u0917\u093e\u0901\u0935", "\u0997\u09cd\u09b0\u09be\u09ae"};
      const bool settlement = (listHas(kScriptSettlements, in.tokens[first].lower) || greekHebrewVillage) && parts >= 2;
      if ((parts >= 3 || numbers >= 2 || settlement) && !listHas(kNegations, in.tokens[first].lower)) {
        strength = priority::kAddress;
        // Such a value holds no number as often as not, villages and quarters having none: its
        // parts alone are read then (three, or two after a settlement's word).
        scriptDigitless = parts >= 3 || settlement;
        scriptSettlement = settlement;
      }
    }
    // After an address label, or alone on a letter's line, a value opened by its house number with
    // three parts or more and closed by a postcode of letters and digits needs no piece either:
    // "29 Hickorynut Park, Drumcondra, Dublin 9, D09 P1W2" (an Irish "Park" is a street).
    if (strength == 0 && in.tokens[first].allDigits && in.tokens[first].length() <= 5) {
      std::size_t commas = 0;
      for (std::size_t k = first; k < last; ++k) commas += gapBetween(in, k, k + 1).find(',') != std::string_view::npos;
      // The postcode's two halves both mix letters and digits: "D09 P1W2", "K1A 0B1", "SW1A 1AA".
      const Token& code = in.tokens[last];
      const Token& outward = in.tokens[last - 1];
      const bool postcode = code.hasDigit && code.hasLetter && code.length() >= 3 && code.length() <= 4 &&
                            outward.hasDigit && outward.hasLetter && outward.length() >= 2 && outward.length() <= 4 &&
                            gapBetween(in, last - 1, last) == " ";
      if (commas >= 2 && postcode) strength = priority::kAddress;
    }
    // After an address label, a value with a street's type word and a comma needs no piece: "Home
    // address: Rue Capois 156, Port-au-Prince", "4a Calle 4-25, Zona 1, Quetzaltenango", "ul.
    // Lipowa 24/6, 94-437 Kraków" (the type first, as those countries write it).
    bool postcodeTown = false;  // a house's number, a postcode and the town closing the value
    if (strength == 0 && labelled) {
      // (Also the Portuguese "Travessa", the Polish "al." and "os.", the Hebrew "Rehov", "Sderot" and
      // "Derech" as Israelis write them in Latin letters, the Turkish quarter and street words.)
      // (And the Indonesian "Jl." and "Gg.", the Thai "Moo" (village) and "Soi" (lane) after the
      // house number "12/5", the Ukrainian "vul." and "prosp.", the Greek "Odos" and "Leoforos", the
      // Romanian "Str." and "Bd.", the Hungarian "utca" and "út" after the town and the street's
      // name, "6720 Szeged, Kárász utca 9.", which the window of five words reaches.)
      bool type = false;
      // (A Cyrillic value may name the country, the postcode and the town before its street:
      // "Республика Беларусь, 220030, г. Минск, ул. Немига, д. 5": eight words are read there.)
      const std::size_t window = static_cast<unsigned char>(text[in.tokens[first].start]) >= 0xD0 ? 8 : 5;
      // (A street named after a person may carry an initial, which moves its type a word on: "391 P.
      // Burgos St., Cebu City", seed 3636.)
      std::size_t initials = 0;
      // (An initial is followed by the name's word: the value's last token is none.)
      for (std::size_t k = first + 1; k < last && k < first + 3; ++k) {
        initials += in.tokens[k].length() == 1 && in.tokens[k].allCaps && gapBetween(in, k, k + 1) == ". ";
      }
      // (A house's number may carry its sub-number after a slash, as Sri Lanka writes it, which
      // moves the type a word on too: "29/2, Temple Road, Nugegoda", seed 3737.)
      initials += first + 1 < last && in.tokens[first].allDigits && in.tokens[first + 1].allDigits &&
                  gapBetween(in, first, first + 1) == "/";
      // (A suburb may come first, the street's type then closing the second part's name of two
      // words: "Kilimani, Argwings Kodhek Rd, House 93, Nairobi", seed 3737.)
      std::size_t part = first;
      for (std::size_t k = first; k <= last && k < first + window; ++k) {
        // (Papiamento's street and hill of Aruba and Curaçao, "Adres: Kaya Grandi 12, Willemstad",
        // read after a label only: "Kaya" is a Turkish name too.)
        type = type || (in.tokens[k].properShape() && (in.tokens[k].lower == "kaya" || in.tokens[k].lower == "seru"));
        // (A named village or settlement of the Pacific, "Namara Village, Tailevu, Fiji", "Wailea
        // Settlement, Vatuwaqa, Suva": the word after the village's capitalised name.)
        type = type || pacificVillage(in, first, k);
        if (k > first && gapBetween(in, k - 1, k).find(',') != std::string_view::npos) part = k;
        type = type || isWorldStreetWord(in.tokens[k].lower) || turkishStreetWord(in.tokens[k].lower) ||
               (k > first && k < first + 3 + initials && isStreetType(in.tokens[k])) ||
               (part > first && k > part && k < part + 3 && isStreetType(in.tokens[k]));
        // The Lithuanian "g." (gatvė) after the street's name and before the house ("Žalgirio g.
        // 12-5"), the Dominican and Spanish "C/" (calle) before it ("C/ El Conde 102").
        type = type || (in.tokens[k].lower == "g" && k > first && k < last && gapBetween(in, k, k + 1) == ". " &&
                        in.tokens[k + 1].hasDigit && gapBetween(in, k - 1, k) == " " &&
                        in.tokens[k - 1].hasLetter && !in.tokens[k - 1].hasDigit);
        // A lot, a villa or a plot after a comma, in the order of French-speaking Africa and the
        // Maghreb, the quarter first: "Cocody Riviera 2, Lot 1245, Abidjan", "Sicap Liberté 6,
        // Villa 1234, Dakar".
        // (And the Namibian erf after the suburb, "Klein Windhoek, Erf 1234, Windhoek".)
        static constexpr std::array<std::string_view, 9> kLaterHouseWords = {
            "lot", "villa", "plot", "stand", "parcelle", "casa", "bloque", "quarteir\u00e3o", "erf"};
        type = type || (k > first && k < last && in.tokens[k].properShape() && in.tokens[k + 1].allDigits &&
                        listHas(kLaterHouseWords, in.tokens[k].lower) &&
                        gapBetween(in, k - 1, k).find(',') != std::string_view::npos &&
                        gapBetween(in, k, k + 1) == " ");
        // (The Brazilian "R." (rua) before the street's name, "R. das Flores, 123 - Centro".)
        type = type || (k == first && in.tokens[k].lower == "r" && isUpper(text[in.tokens[k].start]) && k < last &&
                        gapBetween(in, k, k + 1) == ". " &&
                        (in.tokens[k + 1].properShape() || in.tokens[k + 1].lower == "das" ||
                         in.tokens[k + 1].lower == "dos" || in.tokens[k + 1].lower == "da" ||
                         in.tokens[k + 1].lower == "do" || in.tokens[k + 1].lower == "de"));
        type = type || (k == first && in.tokens[k].lower == "c" && k < last &&
                        gapOnly(gapBetween(in, k, k + 1), "/ ", 2) && gapBetween(in, k, k + 1)[0] == '/' &&
                        in.tokens[k + 1].properShape() && in.tokens[k + 1].lower != "o");  // (not "C/O", care of)
      }
      // Korean and Japanese addresses in Latin letters join each unit's word to its name by a
      // hyphen: "Seongnam-si, Bundang-gu, Jeongja-ro 13", "Kita-ku, Sapporo, Kita 12-jo Nishi
      // 3-chome" (two such units, seed 3535).
      // (A Japanese ward and its block's three numbers are enough: "Setagaya-ku Kitazawa 7-11-6,
      // Tokyo", seed 3939.)
      if (!type) {
        const std::size_t units = romanisedEastAsianUnits(in, first, last);
        type = units >= 2 || (units == 1 && japaneseBlock(in, first, last));
      }
      // A Czech, Slovak or Greek postcode of three and two digits and its town closing the value:
      // "Cejl 1204/18, 602 00 Brno", "Tsimiski 45, 546 24 Thessaloniki".
      // (Prague's district number may follow the town: "Vinohradská 12, 120 00 Praha 2", seed 3636.)
      if (!type && last >= first + 3) {
        const bool district = in.tokens[last].allDigits && in.tokens[last].length() <= 2 &&
                              in.tokens[last - 1].properShape() && gapBetween(in, last - 1, last) == " ";
        const std::size_t town = townStart(in, first, district ? last - 1 : last);
        type = town > first + 2 && in.tokens[town - 2].allDigits && in.tokens[town - 2].length() == 3 &&
               in.tokens[town - 1].allDigits && in.tokens[town - 1].length() == 2 &&
               gapBetween(in, town - 2, town - 1) == " " && gapBetween(in, town - 1, town) == " " &&
               gapBetween(in, town - 3, town - 2).find(',') != std::string_view::npos;
      }
      // A house's number, then after a comma a postcode of four to six digits (its country's
      // letters before it or not) and the town closing the value: "Meir 12, 2000 Antwerpen",
      // "Ilica 45, HR-10000 Zagreb", "Žalgirio 12-5, LT-09310 Vilnius" (Belgium, Bulgaria, Croatia,
      // Lithuania, the Maghreb write no street word).
      if (!type && last >= first + 3) {
        const std::size_t town = townStart(in, first, last);
        if (town <= last && town > first + 2) {
          const Token& code = in.tokens[town - 1];
          std::size_t before = town - 1;
          if (before > first + 1 && gapBetween(in, before - 1, before) == "-" && in.tokens[before - 1].allCaps &&
              in.tokens[before - 1].length() <= 2 && !in.tokens[before - 1].hasDigit) {
            --before;
          }
          // (A Polish postcode of two and three digits: "Zawoja 115, 34-223 Zawoja", seed 3636.)
          const bool polish = before > first + 1 && code.length() == 3 && gapBetween(in, before - 1, before) == "-" &&
                              in.tokens[before - 1].allDigits && in.tokens[before - 1].length() == 2;
          if (polish) --before;
          bool houseDigits = false;
          for (std::size_t k = first + 1; k < before; ++k) houseDigits = houseDigits || in.tokens[k].hasDigit;
          // (The town is no unit of a dose: "Home: Heparin 12, 5000 Units", "1000 IU".)
          const Token& townWord = in.tokens[town];
          // (After a label naming the address a town may be an English word too, "Adresa: Ilica 174,
          // 21000 Split", but no unit.)
          static constexpr std::array<std::string_view, 6> kUnits = {"units", "unit", "ui", "iu", "ml", "mg"};
          const bool townShape = !(townWord.classes & WordClass::kEnglish) ||
                                 (strongLabel && townWord.capitalised && !listHas(kUnits, townWord.lower));
          postcodeTown = townWord.length() >= 3 && townShape && code.allDigits &&
                         ((code.length() >= 4 && code.length() <= 6) || polish) && gapBetween(in, town - 1, town) == " " &&
                         houseDigits && gapBetween(in, before - 1, before).find(',') != std::string_view::npos;
        }
        type = postcodeTown;
      }
      if (type) strength = priority::kAddress;
    }
    // After a label naming the address, a value opened by a word of rural or informal addressing
    // names a settlement, not a street, and has no house number: "Domicilio: Aldea El Rosario,
    // Cobán, Alta Verapaz", "Dirección: Vereda La Esperanza, Municipio de Guarne", "Adresse :
    // Village de Kpalimé, Préfecture de Kloto", "Quartier Bastos, derrière l'ambassade, Yaoundé".
    // (Its parts are read by addressParts as any digitless value's.)
    static constexpr auto kRuralOpeners = std::to_array<std::string_view>({
        "aldea", "vereda", "caser\u00edo", "caserio", "colonia", "barrio", "comunidad", "corregimiento", "povoado",
        "aldeia", "bairro", "quartier", "hameau", "village", "kampung", "kampong", "desa", "dusun", "mahalla",
        "sitio", "barangay", "brgy", "kijiji", "mtaa", "fokontany", "mohalla", "unguwar",
        // (Rwanda's village, "Umudugudu wa Ubumwe, Akagari ka Rugando, Kimihurura, Gasabo"; Burundi's
        // and Rwanda's hill, "Colline Nyamugari, Commune Mwumba, Province Ngozi".)
        "umudugudu", "colline",
        // (Mexico's communal farmland, "Ejido San Isidro, Municipio de Tlaxco, Tlaxcala"; a Brazilian
        // smallholding, "Sítio Boa Esperança, zona rural, Quixadá - CE"; Rwanda's district and
        // sector, "Akarere ka Huye, Umurenge wa Ngoma", seed 3737.)
        "ejido", "s\u00edtio", "akarere", "umurenge",
        // (A Portuguese and Galician hamlet, "Lugar de Cabeçais, Fafe"; an Italian rural district and
        // hamlet, "Contrada San Leonardo, Matera", "Frazione ..."; an Afrikaans farm, "Plaas
        // Rietfontein, Graaff-Reinet"; a French named place, "Lieu-dit La Grange, 24200 ...",
        // seed 3838.)
        "lugar", "contrada", "frazione", "localit\u00e0", "plaas", "lieu",
        // (A Romanian village, its commune and county: "Sat Valea Lunga, com. Gorgota, jud. Prahova",
        // seed 3939.)
        "sat"});
    // ("Lieu" only as the French "Lieu-dit", the named place.)
    const bool openerWord = listHas(kRuralOpeners, in.tokens[first].lower) &&
                            (in.tokens[first].lower != "lieu" ||
                             (first + 1 < last && in.tokens[first + 1].lower == "dit" && gapBetween(in, first, first + 1) == "-"));
    const bool ruralOpener = labelled && in.tokens[first].properShape() && first < last && openerWord &&
                             gapBetween(in, first, last).find(',') != std::string_view::npos;
    if (strength == 0 && ruralOpener) strength = priority::kAddress;
    // After a label naming the address, a rural route, a rural delivery or a post box and its
    // number, then the town after a comma: "Address: R.R. 4, Antigonish NS", "Address: R.D. 8,
    // Kaitaia", "Address: Box 351, Gimli MB" (Canada's and New Zealand's farms, seed 3838).
    if (strength == 0 && labelled && strongLabel && ruralRouteAt(text, from, to)) strength = priority::kAddress;
    // After a label naming the address (not a home-care form's "Home:", which names doses too), a
    // value of three parts or more holding a number and closed by a capitalised town that is no
    // English word needs no piece: "Morada: Rua 14, Casa 132, 8.º andar, Cazenga, Luanda",
    // "Dirección: Ave. 41 No. 1183, Playa, La Habana", "Address: House 24, Street 88, 100m Street,
    // Erbil" (addressParts still reads every word of it).
    // (The town may close with its postcode after it, as Kazakhstan and Russia write it: "Abay st.
    // 92, Almaty 050059"; then, or with a street's word opening the value, two parts are enough:
    // "Ave. 41 No. 1132 e/ Maceo y Gómez, Holguín".) A value opened by a hospital's, clinic's,
    // pharmacy's or camp's word is that place, not where the person lives.
    if (strength == 0 && labelled && strongLabel && last > first + 2 && !placeOfCare(in.tokens[first].lower)) {
      const bool townCode = in.tokens[last].allDigits && in.tokens[last].length() >= 4 &&
                            in.tokens[last].length() <= 6 && gapBetween(in, last - 1, last) == " ";
      const Token& town = in.tokens[townCode ? last - 1 : last];
      if (town.properShape() && !town.hasDigit && !(town.classes & WordClass::kEnglish)) {
        std::size_t commas = 0;
        bool numbered = false;
        for (std::size_t k = first; k < last; ++k) {
          commas += gapBetween(in, k, k + 1).find(',') != std::string_view::npos;
          numbered = numbered || in.tokens[k].hasDigit;
        }
        const bool opener = isWorldStreetWord(in.tokens[first].lower) || isStreetType(in.tokens[first]);
        // (Or a postcode with its country's letters before the town: "Undir Hellunum 83, FO-700
        // Klaksvík", "Im Bretscha 43, FL-9494 Schaan".)
        const bool countryCode = !townCode && last >= first + 3 && in.tokens[last - 1].allDigits &&
                                 gapBetween(in, last - 2, last - 1) == "-" && in.tokens[last - 2].allCaps &&
                                 in.tokens[last - 2].length() == 2 && !in.tokens[last - 2].hasDigit;
        if (numbered && (commas >= 2 || (commas == 1 && (townCode || opener || countryCode)))) {
          strength = priority::kAddress;
        }
      }
    }
    // After a label naming the address, a street's name of one to three capitalised words and the
    // house's number, then after one comma the town or the island of one to three capitalised
    // words closing the value: "Adres: Santa Cruz 71, Aruba" (Papiamentu and Dutch streets carry
    // no type word; seed 3434). The town is no English word ("Address: Unit 5, Level").
    if (strength == 0 && labelled && strongLabel && !placeOfCare(in.tokens[first].lower)) {
      std::size_t comma = last;
      std::size_t commas = 0;
      for (std::size_t k = first; k < last; ++k) {
        if (gapBetween(in, k, k + 1) != " ") {
          if (gapBetween(in, k, k + 1) != ", ") commas = 2;
          comma = k;
          ++commas;
        }
      }
      const Token& house = in.tokens[comma];
      bool shape = commas == 1 && comma > first && comma - first <= 3 && last - comma <= 3 && house.allDigits &&
                   house.length() <= 4 && !(in.tokens[last].classes & WordClass::kEnglish);
      for (std::size_t k = first; shape && k <= last; ++k) {
        shape = k == comma || (in.tokens[k].properShape() && !in.tokens[k].hasDigit && !in.tokens[k].allCaps);
      }
      if (shape) strength = priority::kAddress;
    }
    // After a label naming the address, a value of three parts holding a Costa Rican direction
    // from a landmark needs no piece: "Cartago, Oreamuno, de la escuela 200 m sur", "Heredia, San
    // Pablo, del Palí 100 m norte" (a distance and a point of the compass).
    if (strength == 0 && labelled && strongLabel && last >= first + 4 && !placeOfCare(in.tokens[first].lower)) {
      static constexpr std::array<std::string_view, 4> kCompass = {"norte", "sur", "este", "oeste"};
      static constexpr std::array<std::string_view, 3> kMetres = {"m", "metros", "mts"};
      std::size_t commas = 0;
      for (std::size_t k = first; k < last; ++k) commas += gapBetween(in, k, k + 1).find(',') != std::string_view::npos;
      // (The house may follow the direction: "..., de la escuela 400 m norte, casa 30".)
      for (std::size_t k = first + 2; k <= last && commas >= 2 && strength == 0; ++k) {
        if (listHas(kCompass, in.tokens[k].lower) && listHas(kMetres, in.tokens[k - 1].lower) &&
            in.tokens[k - 2].allDigits) {
          strength = priority::kAddress;
        }
      }
    }
    // A line of a letterhead or a form alone on its line, opened by a street word of another
    // country that is no English word, needs no piece: "Jl. Sudirman No. 45, Kel. Karet, Jakarta
    // Selatan 12920", "Rua Augusta, 210, Lisboa" (the rest of the line must read as an address).
    const bool foreignOpener = !labelled && in.tokens[first].properShape() &&
                               isWorldStreetWord(in.tokens[first].lower) &&
                               !(in.tokens[first].classes & WordClass::kEnglish);
    if (strength == 0 && foreignOpener) strength = priority::kAddress;
    // (A village or settlement and its district are an address in two parts: "Naduri Village,
    // Macuata", "9-Mile settlement, Port Moresby".)
    bool village = false;
    for (std::size_t k = first + 1; strongLabel && k <= last && k <= first + 3 && !village; ++k) {
      village = pacificVillage(in, first, k) && gapBetween(in, k, k + 1).find(',') != std::string_view::npos;
    }
    // (After an "Island:" label, the village and its island, two parts of one to three capitalised
    // words: "Island: Betio, South Tarawa", "Island: Tabwakea, Kiritimati", seed 3434.)
    if (strongLabel && !village && islandLabelBefore(text, from)) {
      std::size_t commas = 0;
      bool words = true;
      for (std::size_t k = first; k <= last && words; ++k) {
        words = in.tokens[k].properShape() && !in.tokens[k].hasDigit;
        if (k < last) {
          const std::string_view gap = gapBetween(in, k, k + 1);
          commas += gap == ", ";
          words = words && (gap == " " || gap == ", " || gap == "-");
        }
      }
      village = words && commas == 1 && last - first <= 5 && !(in.tokens[first].classes & WordClass::kEnglish);
    }
    // (So is a settlement and the island it is on, as island states address one without a
    // street: "Santo António, Ilha do Príncipe", "Anse Boileau, Île de Mahé", "Nukunonu, Isla
    // ..."; and a Turkish road named after a place, its road's word second: "Salamis Yolu,
    // Sakarya, Gazimağusa".)
    static constexpr std::array<std::string_view, 11> kIslandWords = {
        "ilha", "\u00eele", "\u00cele", "isla", "island", "isola", "illa", "pulau", "nusa", "ilhas", "islands"};
    for (std::size_t k = first + 1; strongLabel && k <= last && !village; ++k) {
      village = listHas(kIslandWords, in.tokens[k].lower) && in.tokens[k].properShape() &&
                gapBetween(in, k - 1, k).find(',') != std::string_view::npos;
    }
    if (strongLabel && !village && first + 1 < last && gapBetween(in, first, first + 1) == " " &&
        in.tokens[first].properShape() && in.tokens[first + 1].properShape()) {
      static constexpr std::array<std::string_view, 5> kRoadWords = {"yolu", "soka\u011f\u0131", "caddesi",
                                                                     "bulvar\u0131", "sokak"};
      village = listHas(kRoadWords, in.tokens[first + 1].lower);
    }
    // (Where houses have names and no numbers, a Dhivehi street or a Bhutanese village and block
    // name the place in three parts: "H. Dhoores, Majeedhee Magu, Malé", "Kabesa chiwog, Chang
    // gewog, Thimphu Dzongkhag"; or a house's name a scanner read opens them, "Gulfaamuge,
    // Hithadhoo, Addu City".)
    static constexpr std::array<std::string_view, 5> kNamedHouseWords = {"magu", "hingun", "goalhi", "chiwog", "gewog"};
    bool namedHouses = strongLabel && strength != 0 && std::binary_search(found.begin(), found.end(), Piece{from, 0, 0});
    for (std::size_t k = first + 1; strongLabel && k <= last && !namedHouses; ++k) {
      namedHouses = listHas(kNamedHouseWords, in.tokens[k].lower);
    }
    // (A Maldivian house's name ends with "-ge", the house, in the first part: "Gulfaamuge,
    // Hithadhoo, Addu City", "Maavaidhoo Fehiverige, Hanimaadhoo, Haa Dhaalu".)
    for (std::size_t k = first; strongLabel && !namedHouses && k <= last && k < first + 2; ++k) {
      const Token& t = in.tokens[k];
      namedHouses = t.properShape() && !t.hasDigit && t.length() >= 6 && t.lower.ends_with("ge") &&
                    !(t.classes & WordClass::kEnglish) && k < last &&
                    gapBetween(in, k, k + 1).find(',') != std::string_view::npos;
    }
    if (namedHouses && strength == 0) strength = priority::kAddress;
    if (village && strength == 0) strength = priority::kAddress;
    // (A Nepali town's ward joined to its name by a hyphen, then the district or the town after a
    // comma: "Kalanki-11, Kathmandu", "Lekhnath-6, Kaski", seed 3939.)
    if (strength == 0 && labelled && strongLabel && last >= first + 2 && last <= first + 4 &&
        in.tokens[first].properShape() && !in.tokens[first].hasDigit && gapBetween(in, first, first + 1) == "-" &&
        in.tokens[first + 1].allDigits && in.tokens[first + 1].length() <= 2 &&
        gapBetween(in, first + 1, first + 2) == ", ") {
      bool town = true;
      for (std::size_t k = first + 2; k <= last && town; ++k) {
        town = in.tokens[k].properShape() && !in.tokens[k].hasDigit && (k == first + 2 || gapBetween(in, k - 1, k) == " ");
      }
      if (town) strength = priority::kAddress;
    }
    // After a label or a cue naming where one lives, a value of three parts or more whose last part
    // is a dwelling and its number needs no piece, as the towns of the Levant, Central Asia,
    // West Africa and the camps write from the town down to the door: "Sana'a, Hadda Street,
    // building 19", "Jounieh, rue Mina, imm. 33", "Vahdat, Navobod village, house 60", "Wilaya de
    // Smara, daïra de Mahbes, barrio 5, khaïma 46", "Aşgabat ş., ..., 98, 38 öý", "ш. Душанбе, ...,
    // х. 31, хонаи 38", "Abomey-Calavi, quartier Tankpè, carré 204".
    if (strength == 0 && labelled && last >= first + 3 && (in.tokens[last].hasDigit || in.tokens[last - 1].hasDigit || in.tokens[last - 2].hasDigit) &&
        !placeOfCare(in.tokens[first].lower)) {
      std::size_t commas = 0;
      std::size_t part = first;  // the first token of the last part
      for (std::size_t k = first; k < last; ++k) {
        if (gapBetween(in, k, k + 1).find(',') != std::string_view::npos) {
          ++commas;
          part = k + 1;
        }
      }
      if (commas >= 2 && last - part <= 2) {
        bool dwelling = false;
        bool numbered = false;
        for (std::size_t k = part; k <= last; ++k) {
          dwelling = dwelling || dwellingWord(in.tokens[k].lower);
          numbered = numbered || in.tokens[k].hasDigit;
        }
        if (dwelling && numbered) strength = priority::kAddress;
      }
    }
    if (strength == 0) return;
    // A value closed by a hospital's or clinic's word is a place of care however it opens: "Place:
    // Ward 3, Regional Hospital", "Address: Block B, Mercy Clinic".
    if (labelled && placeOfCare(in.tokens[last].lower) && in.tokens[last].lower != "camp") return;
    // A street the street scanner read, then its Nordic town line ("Åboulevarden 229, 7023 Aalborg",
    // "BYGDøY ALLé 126, 2963 DRAMMEN"): the family writing that order keeps the two apart, so such
    // a value is left to those two spans. (The families writing the Dutch "2311 AB Delft" after
    // its street keep the line whole.)
    // (Not a Flemish street, "Kerkstraat 12, 1030 Schaerbeek", "Diestsesteenweg 80, 3010 Kessel-Lo":
    // the Belgian families keep the line whole, as the Dutch "2311 AB Delft" is kept.)
    auto flemishStreet = [&](const Token& t) {
      static constexpr std::array<std::string_view, 10> kEndings = {"straat", "steenweg", "laan", "plein", "dreef",
                                                                    "kaai",   "kade",     "lei",  "dijk",  "vest"};
      for (std::string_view e : kEndings) {
        if (t.lower.size() >= e.size() + 3 && t.lower.ends_with(e)) return true;
      }
      return false;
    };
    if (labelled && std::binary_search(found.begin(), found.end(), Piece{from, 0, 0}) && !flemishStreet(in.tokens[first])) {
      for (const Piece& p : found) {
        if (p.start <= from || p.start >= to || p.end != in.tokens[last].end) continue;
        // (A postcode alone closing the line is no town line: "..., Pretoria, 3481".)
        const std::size_t code = firstTokenFrom(in.tokens, p.start);
        if (code < in.tokens.size() && in.tokens[code].start == p.start && in.tokens[code].end < p.end &&
            in.tokens[code].allDigits && (in.tokens[code].length() == 3 || in.tokens[code].length() == 4) &&
            !(in.tokens[code + 1].allCaps && in.tokens[code + 1].length() == 2)) {
          return;
        }
      }
    }
    // A line of a letter opens with its house's number or with a street a scanner found
    // ("Wahoostraat 80, 4455 WN Delft"): a name before them is no part of it.
    if (!labelled && !in.tokens[first].allDigits && !foreignOpener &&
        !std::binary_search(found.begin(), found.end(), Piece{from, 0, 0})) {
      return;
    }
    // A value all in lower case, as a chat writes it, opened by a street word (or the house's number
    // and one): its words need no capital, and it ends with its sentence.
    // (Not a street word that is an English one too: "Home: via PEG, 2 cans, ...", "resides in
    // sector 7 of the ward, bed 2, ...".)
    auto foreignStreetWord = [&](const Token& t) {
      return isWorldStreetWord(t.lower) && !(t.classes & WordClass::kEnglish);
    };
    // (Or a chat's house and its number, after a label or an answer to "address?": "house 192,
    // street 2, bakhtiyari, sulaymaniyah".)
    static constexpr std::array<std::string_view, 4> kChatHouses = {"house", "villa", "flat", "plot"};
    const bool lowerCase = labelled && !in.tokens[first].properShape() &&
                           (foreignStreetWord(in.tokens[first]) ||
                            (in.tokens[first].allDigits && first < last && foreignStreetWord(in.tokens[first + 1])) ||
                            (strongLabel && listHas(kChatHouses, in.tokens[first].lower) && first < last &&
                             in.tokens[first + 1].allDigits && gapBetween(in, first, first + 1) == " "));
    if (lowerCase) {
      last = tokenBefore(in, sentenceEnd(text, from, to));
      if (last == std::string_view::npos || last < first) return;
      // A chat goes on after the town's postcode without a stop: "..., malang 65141 ya bu".
      bool comma = false;
      for (std::size_t k = first + 1; k < last; ++k) {
        comma = comma || gapBetween(in, k - 1, k).find(',') != std::string_view::npos;
        const Token& t = in.tokens[k];
        if (comma && t.allDigits && (t.length() == 5 || t.length() == 6) && in.tokens[k - 1].hasLetter &&
            !in.tokens[k - 1].hasDigit && gapBetween(in, k - 1, k) == " " && gapBetween(in, k, k + 1) == " ") {
          last = k;
          break;
        }
      }
    }
    // A five-digit code no scanner read may stay inside a labelled line with a street word of a
    // country writing it before the town (Malaysia, Estonia, Finland), not in one of the countries
    // whose families keep it apart (a later scanner reads "C.P. 55070" there).
    bool foreignStreet = false;
    bool codeApart = false;
    for (std::size_t k = first; k <= last; ++k) {
      foreignStreet = foreignStreet || isWorldStreetWord(in.tokens[k].lower);
      codeApart = codeApart || keepsFiveDigitCodeApart(in.tokens[k].lower);
    }
    const bool codeInside = labelled && (foreignStreet || postcodeTown) && !codeApart;
    // In the French order of the Maghreb and French-speaking Africa, the five-digit code and the
    // town close a labelled value the street scanner did not read ("Adresse : 12, rue Didouche
    // Mourad, 16000 Alger", "demeurant 149, Rue Oued Sebou, Agdal, 10090 Rabat"): the code stays
    // inside, as the families keep the postcodes of countries other than France, Spain, Italy and
    // Mexico (whose lines the street scanner reads, its zip span found before this one).
    bool unreadCode = false;
    if (labelled && codeApart && last >= first + 3 && strength != 0) {
      const std::size_t town = townStart(in, first, last);
      unreadCode = town <= last && town > first + 2 && in.tokens[town - 1].allDigits &&
                   in.tokens[town - 1].length() == 5 && gapBetween(in, town - 1, town) == " " &&
                   gapBetween(in, town - 2, town - 1).find(',') != std::string_view::npos &&
                   !std::binary_search(zipStarts.begin(), zipStarts.end(), in.tokens[town - 1].start);
    }
    // After a label, a value opened by a capitalised street word may hold no number in three parts,
    // as French-speaking Africa and Central America write many: "Avenue de la Paix, Quartier Kalo,
    // Niamey".
    // Only a word naming a street and nothing else opens it ("Via Oral, Twice Daily", "Zona Roja,
    // Triage, Urgencias" are a route and a room), and the town closing it is no English word.
    static constexpr std::array<std::string_view, 12> kPlainStreets = {
        "calle", "avenida", "av",      "avda",    "avenue", "rue",
        "rua",   "boulevard", "travessa", "carrera", "pasaje", "jalan"};
    // (Or, after a label naming the address, a Pacific village named in its first part: "Tuatusi:
    // Vailele Village, Upolu, Samoa", villages having no house numbers there.)
    // (The closing town may end with an English word after its own name: "Addu City".)
    const bool namedTown = (village || namedHouses) && last > first && in.tokens[last - 1].properShape() &&
                           !(in.tokens[last - 1].classes & WordClass::kEnglish) && gapBetween(in, last - 1, last) == " ";
    const bool digitless = labelled && !lowerCase && in.tokens[first].properShape() &&
                           (listHas(kPlainStreets, in.tokens[first].lower) || ruralOpener || village || namedHouses) &&
                           in.tokens[last].properShape() && (!(in.tokens[last].classes & WordClass::kEnglish) || namedTown);
    if (!addressParts(in, first, last, lowerCase, codeInside || unreadCode ? &zipStarts : nullptr,
                      digitless || scriptDigitless, village || ruralOpener || scriptSettlement ? 1 : 2)) {
      return;
    }
    // (A dotted initialism closing the value keeps its dot, as valueEnd leaves it: "N.T.".)
    std::size_t end = in.tokens[last].end;
    if (to == end + 1 && text[end] == '.' && end >= 3 && text[end - 2] == '.' && isUpper(text[end - 1])) end = to;
    // A Japanese block's three numbers inside a romanised address are no date: "Osaka-shi Kita-ku
    // Umeda 3-3-52" (seed 3939).
    if (romanisedEastAsianUnits(in, first, last) >= 1 && japaneseBlock(in, first, last)) {
      for (Candidate& c : out) {
        if (c.category == PhiCategory::Date && !c.veto && c.start >= from && c.end <= end) {
          c.category = PhiCategory::Address;
          c.priority = priority::kAddress;
        }
      }
    }
    out.push_back({from, end, PhiCategory::Address, strength});
  };
  std::size_t lineStart = 0;
  bool asked = false;  // the previous line asks for the address ("nawnishan?", "address?")
  while (lineStart < text.size()) {
    std::size_t lineEnd = text.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
    bool labelled = false;
    // A chat's answer to a question about the address on the line before: "pharmacy: ...,
    // nawnishan?" then "karwan: house 192, street 2, bakhtiyari, sulaymaniyah, mobile 0750 ..." (the
    // speaker's name before the colon).
    if (asked) {
      const std::size_t colon = line.find(": ");
      if (colon != std::string_view::npos && colon > 0 && colon <= 24 && line.substr(0, colon).find(' ') == std::string_view::npos) {
        const std::size_t from = lineStart + colon + 2;
        std::size_t to = nextColonLabel(in, from, valueEnd(text, from));
        to = trimValueEnd(text, from, to);
        tryValue(from, to, true, true);
        labelled = true;
      }
    }
    // Whether this line asks for the address, for the next line's answer.
    {
      std::string_view q = line;
      while (!q.empty() && (q.back() == ' ' || q.back() == '\r')) q.remove_suffix(1);
      asked = !q.empty() && q.back() == '?';
      if (asked) {
        q.remove_suffix(1);
        while (!q.empty() && q.back() == ' ') q.remove_suffix(1);
        asked = endsWithAddressLabel(q);
      }
    }
    // A label closes with a colon, or in Armenian with its own mark "՝" (U+055D): "Հասցե՝ ք. Երևան,
    // Արաբկիր, Կոմիտասի պող. 12, բն. 5", "Բնակության վայր՝ ...".
    for (const std::string_view mark : {std::string_view(":"), std::string_view("\u055d")}) {
      for (std::size_t at = labelled ? std::string_view::npos : line.find(mark); at != std::string_view::npos;
           at = line.find(mark, at + 1)) {
        const std::size_t after = at + mark.size();
        if (after + 1 >= line.size() || line[after] != ' ' || !addressLabelBefore(text, lineStart + at)) continue;
        std::size_t from = lineStart + after;
        while (from < lineEnd && text[from] == ' ') ++from;
        std::size_t to = nextColonLabel(in, from, valueEnd(text, from));
        to = trimValueEnd(text, from, to);
        const std::size_t before = out.size();
        const bool strong = !homeLabelBefore(text, lineStart + at);
        tryValue(from, to, true, strong);
        if (out.size() == before && strong) {
          if (const std::size_t town = townBeforeProse(in, from, to); town < to) tryValue(from, town, true, strong);
        }
        // A town alone after the label, up to the next field's: "Ýaşaýan ýeri: Tejen Sene: ...".
        // (In capitals when the label is: "PROCEDENCIA: NAGAROTE CIRUJANO: ...".)
        // (Not after a "Camp:", whose name alone is a work camp's, no home: "Camp: Los Pinos, cabin
        // 14".)
        if (out.size() == before && strong && !campLabelBefore(text, lineStart + at)) {
          const std::size_t labelWord = tokenBefore(in, lineStart + at);
          const bool capitals = labelWord != std::string_view::npos && in.tokens[labelWord].allCaps &&
                                in.tokens[labelWord].length() >= 4;
          if (const std::size_t end = townAloneEnd(in, from, to, capitals); end != std::string_view::npos) {
            out.push_back({from, end, PhiCategory::Address, priority::kAddress});
          }
        }
        labelled = true;
      }
    }
    // A card in capitals sets its labels apart by a space alone: "ADDRESS FLAT 21, 27/F, BLOCK S,
    // LEK YUEN ESTATE, SHA TIN, N.T.", then "TEL ..." on the next line.
    if (!labelled && line.starts_with("ADDRESS ") && line.size() > 9 && (isUpper(line[8]) || isDigit(line[8]))) {
      const std::size_t from = lineStart + 8;
      tryValue(from, nextColonLabel(in, from, valueEnd(text, from)), true, true);
      labelled = true;
    }
    // "home address Blk 16 Lot 1, ..., Marikina City, mobile +44 20": the label in running text,
    // no colon, the value up to the next field's label.
    if (!labelled) {
      const std::size_t at = rfindWordCaseless(line, "home address");
      if (at != std::string_view::npos && at + 13 < line.size() && line[at + 12] == ' ' &&
          (isAsciiAlpha(line[at + 13]) || isDigit(line[at + 13]))) {
        const std::size_t from = lineStart + at + 13;
        tryValue(from, valueEnd(text, from), true);
        labelled = true;
      }
    }
    // "She is at home at House No. 189, Street 9, G-9/2, Islamabad 44090. Please call": where a
    // person lives, in running text; the value ends with its sentence.
    if (!labelled) {
      const std::size_t at = rfindWordCaseless(line, "at home at");
      if (at != std::string_view::npos && at + 11 < line.size() && line[at + 10] == ' ' &&
          (isAsciiAlpha(line[at + 11]) || isDigit(line[at + 11]))) {
        const std::size_t from = lineStart + at + 11;
        tryValue(from, sentenceEnd(text, from, valueEnd(text, from)), true);
        labelled = true;
      }
    }
    // "vive en Calle Bolívar 45, Barrio San José, Cúcuta", "wohnt in der Hauptstraße 5, 8010 Graz",
    // "mora na Rua Augusta, 210, São Paulo": where a person lives, after a cue of running text in
    // the languages of address_words.cpp; the value ends with its sentence.
    if (!labelled) {
      if (const std::size_t at = residenceCueEnd(line); at != std::string_view::npos) {
        std::size_t from = lineStart + at;
        // (German and Dutch put an article before the street: "wohnt in der", "woont aan de".)
        for (std::string_view article : {"der ", "den ", "de ", "het ", "la ", "le ", "el ", "a ", "o "}) {
          if (text.substr(from, article.size()) == article) from += article.size();
        }
        if (from < lineEnd && isWordByte(text[from])) {
          std::size_t to = nextColonLabel(in, from, valueEnd(text, from));
          to = trimValueEnd(text, from, to);
          const std::size_t before = out.size();
          tryValue(from, townLineEnd(in, from, sentenceEnd(text, from, to)), true);
          // A town alone after the cue is where the person lives (townAloneEnd).
          if (out.size() == before) {
            if (const std::size_t end = townAloneEnd(in, from, lineEnd); end != std::string_view::npos) {
              out.push_back({from, end, PhiCategory::Address, priority::kAddress});
            }
          }
        }
      }
    }
    // A certificate names the person "of" the compound or village where she lives: "This is to
    // certify that Fatou Njie of Compound 39, Bakau New Town, Kanifing (ID card ...)", "... of Lamin
    // Village, compound 37, West Coast Region" (the Gambia, seed 3434). After a capitalised word,
    // a compound's or plot's word and its number, or a village's name and "Village" and a comma,
    // open the value; it ends before a parenthesis or with its sentence.
    for (const std::string_view of : {std::string_view(" of "), std::string_view(" OF ")}) {
      for (std::size_t at = labelled ? std::string_view::npos : line.find(of); at != std::string_view::npos && !labelled;
           at = line.find(of, at + 1)) {
        const std::size_t from = lineStart + at + 4;
        const std::size_t w = firstTokenFrom(in.tokens, from);
        if (at == 0 || !isAsciiAlpha(line[at - 1]) || w + 2 >= in.tokens.size() || in.tokens[w].start != from ||
            !in.tokens[w].properShape() || in.tokens[w].end > lineEnd) {
          continue;
        }
        const std::size_t name = tokenBefore(in, lineStart + at);
        if (name == std::string_view::npos || !in.tokens[name].properShape()) continue;
        const bool house = (in.tokens[w].lower == "compound" || in.tokens[w].lower == "plot") &&
                           gapBetween(in, w, w + 1) == " " && in.tokens[w + 1].allDigits &&
                           gapBetween(in, w + 1, w + 2) == ", ";
        const bool village = in.tokens[w + 1].lower == "village" && in.tokens[w + 1].properShape() &&
                             gapBetween(in, w, w + 1) == " " && gapBetween(in, w + 1, w + 2) == ", ";
        if (!house && !village) continue;
        std::size_t to = sentenceEnd(text, from, valueEnd(text, from));
        if (const std::size_t paren = text.substr(from, to - from).find(" ("); paren != std::string_view::npos) {
          to = from + paren;
        }
        const std::size_t before = out.size();
        tryValue(from, trimValueEnd(text, from, to), true, true);
        labelled = out.size() != before;
      }
    }
    // "seeing this patient from No. 32, Simpang 69-8, Jalan Kiarong, Bandar Seri Begawan BE6562":
    // "from" and a house's "No." and number opening an address in running text.
    if (!labelled) {
      for (std::size_t at = line.find("rom No. "); at != std::string_view::npos; at = line.find("rom No. ", at + 1)) {
        if (at == 0 || (line[at - 1] != 'f' && line[at - 1] != 'F') || (at >= 2 && isWordByte(line[at - 2])) ||
            at + 8 >= line.size() || !isDigit(line[at + 8])) {
          continue;
        }
        const std::size_t from = lineStart + at + 4;
        std::size_t to = nextColonLabel(in, from, valueEnd(text, from));
        to = townLineEnd(in, from, sentenceEnd(text, from, to));
        to = trimValueEnd(text, from, to);
        tryValue(from, to, true, true);
        labelled = true;
        break;
      }
    }
    // Maltese running text gives where a person lives by "ta'" (of) before the house's number and
    // its street: "Jien, ..., karta tal-identità 123456M, ta' 12, Triq il-Kbira, Żebbuġ ZBG 1234,
    // naqbel ...", "ta' Flat 3, 50, Triq San Pawl, ...". Only a number or a flat after it, and the
    // value must hold an address's shape (tryValue): "ta' 60 sena" (60 years old) has none.
    if (!labelled) {
      for (std::size_t at = line.find("ta' "); at != std::string_view::npos; at = line.find("ta' ", at + 1)) {
        if ((at > 0 && isWordByte(line[at - 1])) || at + 4 >= line.size() ||
            !(isDigit(line[at + 4]) || line.substr(at + 4, 5) == "Flat ")) {
          continue;
        }
        const std::size_t from = lineStart + at + 4;
        std::size_t to = nextColonLabel(in, from, valueEnd(text, from));
        to = townLineEnd(in, from, sentenceEnd(text, from, to));
        // (Malta's postcode, three capitals and four digits, closes the address: "ZBG 1234, naqbel".)
        for (std::size_t k = firstTokenFrom(in.tokens, from); k + 1 < in.tokens.size() && in.tokens[k + 1].end <= to; ++k) {
          const Token& letters = in.tokens[k];
          const Token& digits = in.tokens[k + 1];
          if (letters.length() == 3 && letters.allCaps && !letters.hasDigit && digits.allDigits && digits.length() == 4 &&
              gapBetween(in, k, k + 1) == " ") {
            to = digits.end;
            break;
          }
        }
        to = trimValueEnd(text, from, to);
        const std::size_t before = out.size();
        tryValue(from, to, true);
        if (out.size() > before) {
          labelled = true;
          break;
        }
      }
    }
    // A ward round's background gives where the patient comes from as a clause of its own: "B: from
    // Mangochi; guardian ...". Lower-case "from" after a label's colon, a town alone closing with a
    // semicolon (not "from Monday;", an English word; not "from Dr Banda;", a title).
    if (!labelled) {
      for (std::size_t at = line.find(": from "); at != std::string_view::npos; at = line.find(": from ", at + 1)) {
        const std::size_t from = lineStart + at + 7;
        const std::size_t end = townAloneEnd(in, from, lineEnd);
        const std::size_t t0 = firstTokenFrom(in.tokens, from);
        if (end != std::string_view::npos && end < lineEnd && text[end] == ';' && !monthOrWeekday(in.tokens[t0])) {
          out.push_back({from, end, PhiCategory::Address, priority::kAddress});
          labelled = true;
          break;
        }
      }
    }
    // A caller says where she is calling from: "This is Korto Mulbah calling from Ganta, my father
    // has the fever" (a town alone, as after a residence cue).
    if (!labelled) {
      const std::size_t at = rfindWordCaseless(line, "calling from");
      if (at != std::string_view::npos && at + 13 < line.size() && line[at + 12] == ' ') {
        const std::size_t from = lineStart + at + 13;
        if (const std::size_t end = townAloneEnd(in, from, lineEnd); end != std::string_view::npos) {
          out.push_back({from, end, PhiCategory::Address, priority::kAddress});
          labelled = true;
        }
      }
    }
    // Chats and SMS reports write the town in lower case after a word for it: a CHW's "..., phone
    // 077 063 1490, town ganta", Tok Pisin's "ol i stap long wewak." ("they live at") and the
    // Mongolian label "хаяг:" ("address": "хаяг: дархан, утас ..."). Without
    // capitals the town is taken only when it is one of the listed cities and closes its clause
    // ("town hall", "stap long haus" are no towns).
    // (The label "хаяг:" made the line labelled already, its lower-case value read as no address.)
    {
      for (std::string_view cue : {"town ", "stap long ", "\u0445\u0430\u044f\u0433: "}) {
        if (labelled && cue[0] != '\xd1') continue;
        const std::size_t at = rfindWordCaseless(line, cue.substr(0, cue.size() - 1));
        if (at == std::string_view::npos || at + cue.size() >= line.size() || line[at + cue.size() - 1] != ' ') continue;
        // ("town" opens its field: after a comma or the line's start.)
        if (cue == "town " && at != 0 && !(at >= 2 && line.substr(at - 2, 2) == ", ")) continue;
        const std::size_t from = lineStart + at + cue.size();
        const std::size_t t0 = firstTokenFrom(in.tokens, from);
        if (t0 >= in.tokens.size() || in.tokens[t0].start != from) continue;
        for (std::size_t t1 = std::min(t0 + 2, in.tokens.size()); t1-- > t0;) {
          if (t1 > t0 && gapBetween(in, t1 - 1, t1) != " ") continue;
          const std::size_t after = in.tokens[t1].end;
          const bool closes = after >= lineEnd || text[after] == '.' || text[after] == ',' || text[after] == ';' ||
                              text[after] == '\r';
          if (closes && worldCityWords(in, t0, t1 + 1)) {
            out.push_back({from, after, PhiCategory::Address, priority::kAddress});
            labelled = true;
            break;
          }
        }
        if (labelled) break;
      }
    }
    // A register's table names the town alone in a column headed by a word of where a person lives:
    // "Date | Child | Caregiver | Community | Dx" over "... | Fatu Kollie | Voinjama | malaria".
    // The cell holds one to three capitalised words that are no English word or listed name
    // (townAloneEnd, the cell's bar closing it).
    if (!labelled && line.find(" | ") != std::string_view::npos) {
      for (std::size_t bar = line.find("| "); bar != std::string_view::npos; bar = line.find("| ", bar + 1)) {
        const std::size_t from = lineStart + bar + 2;
        const std::size_t cellEnd = line.find(" |", bar + 2);
        if (cellEnd == std::string_view::npos) break;
        if (from >= lineStart + cellEnd || !isUpper(text[from])) continue;
        // (A table in capitals writes the town so too: "| MUSU FLOMO | VOINJAMA | MALARIA".)
        std::size_t end = townAloneEnd(in, from, lineStart + cellEnd, true);
        // (A US town and its state in a column headed "Home": "| # | Patient | Age | Sex | Home |" over
        // "| 1 | A.S. | 86 | F | Dubuque, IA |", a case series' table, seed 3535.)
        bool withState = false;
        if (end != lineStart + cellEnd) {
          const std::size_t t0 = firstTokenFrom(in.tokens, from);
          const std::size_t town = t0 < in.tokens.size() && in.tokens[t0].start == from ? townAt(in, t0) : std::string_view::npos;
          const std::size_t state = town == std::string_view::npos ? town : stateAfterTown(in, town);
          if (state == std::string_view::npos || in.tokens[state].end != lineStart + cellEnd ||
              gapBetween(in, town, town + 1) != ", " || !in.tokens[state].allCaps) {
            continue;
          }
          end = in.tokens[state].end;
          withState = true;
        }
        if (pipeColumnHeadedBy(text, from, end, {"community", "town", "village", "residence", "city"}) ||
            (withState && pipeColumnHeadedBy(text, from, end, {"home"}))) {
          out.push_back({from, end, PhiCategory::Address, priority::kAddress});
        }
      }
    }
    // An OCR'd identity form prints its field's label in capitals without a colon: "PLACE OF BIRTH
    // Mochudi" at the line's start; a town alone after it (townAloneEnd).
    if (!labelled && startsCaselessAt(text, lineStart, "place of birth ") && lineStart + 15 < lineEnd &&
        isUpper(text[lineStart + 15])) {
      if (const std::size_t end = townAloneEnd(in, lineStart + 15, lineEnd); end != std::string_view::npos) {
        out.push_back({lineStart + 15, end, PhiCategory::Address, priority::kAddress});
        labelled = true;
      }
    }
    // A French visit's place in running text: "au", then the house's number and a street's word that
    // opens its name ("visite à domicile le 5 juin vers 10 h au 110 Avenue des Manguiers, Quatre
    // Bornes."); the value ends with its sentence and must read as an address.
    if (!labelled) {
      for (std::size_t at = line.find(" au "); at != std::string_view::npos; at = line.find(" au ", at + 1)) {
        const std::size_t from = lineStart + at + 4;
        const std::size_t digits = digitRun(text, from);
        if (digits == 0 || digits > 4 || from + digits + 1 >= lineEnd || text[from + digits] != ' ') continue;
        const std::size_t w = firstTokenFrom(in.tokens, from + digits + 1);
        if (w >= in.tokens.size() || !in.tokens[w].properShape() || !isWorldStreetWord(in.tokens[w].lower)) continue;
        std::size_t to = nextColonLabel(in, from, valueEnd(text, from));
        to = trimValueEnd(text, from, to);
        tryValue(from, townLineEnd(in, from, sentenceEnd(text, from, to)), true);
        labelled = true;
        break;
      }
    }
    // A letter names its addressee and her address on one line, the street's abbreviation in lower
    // case after the name's comma: "Stimată dna Doina Țurcanu, str. Alba Iulia 107, ap. 34, or.
    // Cahul", "Г-ѓа Ана Петровска, ул. Илинденска 21, 1000 Скопје", or opens a line of its own. The value runs to the line's
    // end or the next column and must read as an address (addressParts).
    if (!labelled) {
      static constexpr std::array<std::string_view, 6> kLowerStreetOpeners = {
          "str", "bd", "ul", "bul", "\u0443\u043b", "\u0431\u0443\u043b"};
      const std::size_t a = firstTokenFrom(in.tokens, lineStart);
      // (Or the letter's address line alone, under the salutation: "str. Alba Iulia 107, or. Cahul".)
      for (std::size_t k = a; k + 1 < in.tokens.size() && in.tokens[k].end <= lineEnd; ++k) {
        const Token& t = in.tokens[k];
        const bool opensLine = k == a && t.start == lineStart;
        if (!listHas(kLowerStreetOpeners, t.lower) || !isLower(text[t.start]) ||
            (!opensLine && (k == a || gapBetween(in, k - 1, k) != ", " || !in.tokens[k - 1].properShape())) ||
            gapBetween(in, k, k + 1) != ". " || !in.tokens[k + 1].properShape()) {
          continue;
        }
        tryValue(t.start, valueEnd(text, t.start), true);
        labelled = true;
        break;
      }
    }
    // A line of a letter's address block holding the whole address, its first word a number or a
    // house's word: "108 Trillium Road, Ballincollig, Co. Cork, P31 U7T7".
    if (!labelled) {
      std::size_t from = lineStart;
      while (from < lineEnd && (text[from] == ' ' || text[from] == '\t')) ++from;
      const std::size_t to = valueEnd(text, from);
      // (Not a CSV row, whose commas have no space after them: "12,Amina Said,Kisimani,-3.63,39.84"
      // holds cells its header names, each its own span.)
      const std::size_t comma = text.substr(from, to - from).find(',');
      const bool csvRow = comma != std::string_view::npos && from + comma + 1 < to && text[from + comma + 1] != ' ';
      if (!csvRow && (to == lineEnd || (to < lineEnd && valueEnd(text, to) == to))) tryValue(from, to, false);
    }
    lineStart = lineEnd + 1;
  }
  // A letter's address block (scan_address_blocks.cpp): each of its address lines that no scanner
  // read is read as after an address label ("Plot 2345, Chilimbulu Road", "ул. Ленина, д. 5, кв.
  // 12"), then, if still unread, as the district's or the town's line.
  for (const BlockLine& line : letterBlockAddressLines(in, out)) {
    if (line.name) {
      out.push_back({line.from, line.to, PhiCategory::Name, priority::kName});
      continue;
    }
    // Where the scanners' findings on the line start, and whether they are all addresses and zips.
    std::size_t readFrom = line.to;
    bool addressesOnly = true;
    for (const Candidate& c : out) {
      if (c.veto || c.start >= line.to || c.end <= line.from) continue;
      readFrom = std::min(readFrom, c.start);
      addressesOnly = addressesOnly && (c.category == PhiCategory::Address || c.category == PhiCategory::Zip);
    }
    if (readFrom < line.to) {
      // The line's head before a postcode or a street they found: the town of "Montréal (Québec)
      // H2X 1Y4", the flat of "Unit 5, 12 Smith Street" (the whole line then, longer than the street).
      std::size_t head = readFrom;
      while (head > line.from && (text[head - 1] == ' ' || text[head - 1] == ',')) --head;
      if (!addressesOnly || head == line.from) continue;
      const std::size_t t = firstTokenFrom(in.tokens, line.from);
      if (t < in.tokens.size() && in.tokens[t].start == line.from && streetOpened(in, t, head)) {
        out.push_back({line.from, line.to, PhiCategory::Address, priority::kAddress});
      } else {
        scanBlockTownLine(in, {line.from, head, false}, out);
      }
      continue;
    }
    const std::size_t before = out.size();
    tryValue(line.from, line.to, true, true);
    if (out.size() == before) scanBlockTownLine(in, line, out);
  }
}

}  // namespace concord::phi::detail
