// Ages over 89 (Safe Harbor folds them into "90 or older"): "93-year-old", "93 yo", "93 y/o",
// "aged 93", "age: 93", "93F", "95-yr", "(93 yrs)", "Age/Sex: 93/F", "in her 90s",
// "ninety-three-year-old", "one hundred and one year old", "Pt is ninety-one and". The finding
// covers the number only, so redaction reads "[AGE]-year-old". Ages of 89 and under are not PHI
// and are never reported.
#include <algorithm>
#include <array>

#include "name_cues.h"
#include "number_words.h"
#include "places.h"
#include "world_number_words.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

constexpr int kMinAge = 90;
constexpr int kMaxAge = 130;

bool isAgeNumber(const Token& token) {
  if (!token.allDigits || token.length() < 2 || token.length() > 3) return false;
  const int value = parseDigits(token.lower, 0, token.length());
  return value >= kMinAge && value <= kMaxAge;
}

// An age over 89 in the digits of another script ("٩٢ سنة", "၉၂ နှစ်"): only with its unit after
// it or its label before it.
bool isScriptAgeNumber(const Token& token) {
  if (token.hasDigit || token.length() > 9 || static_cast<unsigned char>(token.lower[0]) < 0xC0) return false;
  std::size_t digits = 0;
  const int value = scriptNumber(token.lower, 3, digits);
  return digits >= 2 && value >= kMinAge && value <= kMaxAge;
}

bool is(const Token& token, std::string_view lower) { return token.lower == lower; }

// Does an age unit follow, starting at token j? "year old", "years old", "yrs of age", "yo", "y/o", "y.o.".
bool ageUnitFollows(const ScanInput& in, std::size_t j) {
  const auto& tokens = in.tokens;
  if (j >= tokens.size()) return false;
  const Token& unit = tokens[j];
  // Years ago are no age: "93 år sedan", "девяносто лет назад", "93 yıl önce", "vor 93 Jahren".
  if (j + 1 < tokens.size() &&
      listHas({"ago", "\u043d\u0430\u0437\u0430\u0434", "\u0442\u043e\u043c\u0443", "sedan", "siden", "fa",
               "geleden", "temu", "\u00f6nce", "tr\u01b0\u1edbc", "lalu", "\u067e\u06cc\u0634", "\u0642\u0628\u0644",
               "\u092a\u0939\u0932\u0947", "\u0986\u0997\u09c7", "\uc804", "\u524d", "atr\u00e1s", "depuis",
               "tagasi", "s\u00ed\u00f0an"},
              tokens[j + 1].lower)) {
    return false;
  }
  // Years of a service or a marriage: "93 ans de service", "93 años de matrimonio".
  if (j + 2 < tokens.size() && is(tokens[j + 1], "de") &&
      listHas({"service", "servicio", "servi\u00e7o", "mariage", "matrimonio", "casamento", "carri\u00e8re",
               "carrera", "existence", "existencia", "historia", "histoire", "fondation", "fundaci\u00f3n"},
              tokens[j + 2].lower)) {
    return false;
  }
  if (is(unit, "yo") || is(unit, "yof") || is(unit, "yom") || is(unit, "yoa")) return true;
  // Spanish and French notes: "de 94 años", "93 ans".
  if (is(unit, "años") || is(unit, "aÑos") || is(unit, "anos") || is(unit, "ans")) return true;
  // A Japanese age "93-sai" (歳) written in Latin letters, joined by a hyphen; Dutch "93 jaar".
  if (is(unit, "sai") && j > 0 && gapBetween(in, j - 1, j) == "-") return true;
  // The adjective joined by a hyphen: Russian "92-летний" ("-летняя", "-летнего" ...), Ukrainian
  // "-річний", Belarusian "-гадовы", Bulgarian "-годишен", Serbian "-годишњи", Croatian and Bosnian
  // "-godišnji"/"-godišnjak", Slovak "-ročný"/"-ročná", by the stem every case and gender shares.
  if (j > 0 && gapBetween(in, j - 1, j) == "-") {
    for (std::string_view stem : {"\u043b\u0435\u0442\u043d", "\u0440\u0456\u0447\u043d",
                                  "\u0433\u0430\u0434\u043e\u0432", "\u0433\u043e\u0434\u0438\u0448",
                                  "godi\u0161nj", "ro\u010dn",
                                  // (The third list: Armenian "93-ամյա", Albanian "93-vjeçar"/"-vjeçare".)
                                  "\u0561\u0574\u0575\u0561", "vje\u00e7",
                                  // (German "93-jährige", Dutch "93-jarige", Swedish "93-årig",
                                  // Finnish "93-vuotias", Polish "93-letnia", Czech "93-letá".)
                                  "j\u00e4hrig", "jarig", "\u00e5rig", "vuotia", "letn", "let\u00e1", "let\u00fd",
                                  // (Scandinavian "93-åring", a 93-year-old.)
                                  "\u00e5ring"}) {
      if (std::string_view(unit.lower).starts_with(stem)) return true;
    }
  }
  if (is(unit, "jaar") && j > 0 && gapBetween(in, j - 1, j) == " ") return true;
  // Polish "93 lat" and Turkish "93 yaş" / "93 yaşında" (upper-cased "YAŞ" keeps its "Ş"). A
  // Polish "lat" is the age's own word only after a space and not as "lat." (lateral).
  if (j > 0 && gapBetween(in, j - 1, j) == " ") {
    if (is(unit, "ya\u015f") || is(unit, "ya\u015e") || is(unit, "ya\u015f\u0131nda")) return true;
    // Hungarian "93 éves", Greek "93 eton" (ετών, in Latin letters), Indonesian "93 tahun".
    if (is(unit, "\u00e9ves") || is(unit, "\u00c9ves") || is(unit, "eton") || is(unit, "tahun")) return true;
    // Romanised Nepali "93 barsa" (वर्ष), German "93 Jahre" and the abbreviation "93 J." closing its
    // clause ("Patient/in: Anna Gruber, 93 J."; not an initial: "95 J. Smith").
    if (is(unit, "barsa") || is(unit, "barsha") || is(unit, "varsha") || is(unit, "jahre")) return true;
    // The second list of countries (the session of 2026-11-27): Russian "92 года"/"95 лет"/"101
    // год" (not "с 92 года", since '92), Ukrainian "роки"/"років", Belarusian "гады"/"гадоў",
    // Bulgarian "години", Serbian "године"/"година", Croatian and Bosnian "godine"/"godina", Slovak
    // "rokov"/"roky", Lithuanian "metų", Kazakh "жаста"/"жас", Kyrgyz "жашта"/"жаш", Uzbek
    // "yoshda"/"yosh"/"ёшда", Tajik "сола", Azerbaijani "yaş" (above), Arabic "سنة"/"عاما"/"عامًا",
    // Kurdish "ساڵ", Burmese "နှစ်", Khmer "ឆ្នាំ", Lao "ປີ".
    static constexpr std::string_view kUnits[] = {
        "\u0433\u043e\u0434\u0430", "\u043b\u0435\u0442", "\u0433\u043e\u0434", "\u0440\u043e\u043a\u0438",
        "\u0440\u043e\u043a\u0456\u0432", "\u0433\u0430\u0434\u044b", "\u0433\u0430\u0434\u043e\u045e",
        "\u0433\u043e\u0434\u0438\u043d\u0438", "\u0433\u043e\u0434\u0438\u043d\u0435", "\u0433\u043e\u0434\u0438\u043d\u0430",
        "godine", "godina", "rokov", "roky", "met\u0173", "\u0436\u0430\u0441\u0442\u0430", "\u0436\u0430\u0441",
        "\u0436\u0430\u0448\u0442\u0430", "\u0436\u0430\u0448", "yoshda", "yosh", "\u0451\u0448\u0434\u0430",
        "\u0441\u043e\u043b\u0430", "\u0633\u0646\u0629", "\u0639\u0627\u0645\u0627", "\u0639\u0627\u0645\u064b\u0627",
        "\u0639\u0627\u0645\u0627\u064b", "\u0633\u0627\u06b5", "\u1014\u103e\u1005\u103a",
        "\u1786\u17d2\u1793\u17b6\u17c6", "\u0e9b\u0eb5",
        // (Uzbek "92 yoshli", Kazakh "92 жастағы"/"92 жасар", Kyrgyz "92 жаштагы": the adjective.)
        "yoshli", "\u0436\u0430\u0441\u0442\u0430\u0493\u044b", "\u0436\u0430\u0441\u0430\u0440",
        "\u0436\u0430\u0448\u0442\u0430\u0433\u044b",
        // The third list (the session of 2026-11-27 evening): Armenian "93 տարեկան" (years old, not
        // "տարի", years), Georgian "93 წლის", Mongolian "93 настай"/"93 насны" (not "93 жил", years,
        // nor "93 тоот", a flat), Albanian "93 vjeç"/"vjeçe" (not "vjet", years), Turkmen "93
        // ýaşly"/"ýaşynda", Dhivehi "93 އަހަރު", Tigrinya "93 ዓመት"/"ዓመቱ"/"ዓመታ", Papiamentu "93
        // aña", Samoan "93 tausaga", Tok Pisin "93 krismas", Bislama "93 yia", traditional Chinese
        // "93 歲".
        "\u057f\u0561\u0580\u0565\u056f\u0561\u0576", "\u10ec\u10da\u10d8\u10e1",
        "\u043d\u0430\u0441\u0442\u0430\u0439", "\u043d\u0430\u0441\u043d\u044b", "vje\u00e7", "vje\u00e7e",
        "vjec", "vjece", "\u00fda\u015fly", "\u00fda\u015fynda", "\u0787\u07a6\u0780\u07a6\u0783\u07aa",
        "\u12d3\u1218\u1275", "\u12d3\u1218\u1271", "\u12d3\u1218\u1273", "a\u00f1a", "tausaga", "krismas", "yia",
        "\u6b72",
        // (Tamil "93 வயது", Singapore's.)
        "\u0bb5\u0baf\u0ba4\u0bc1",
        // (The thirty-first family's chats: Romanian and Moldovan "93 ani" (years; "de ani" below),
        // Armenian in Latin letters "93 tarekan" (տարեկան), Tigrinya in Latin letters "93 ameta"
        // (ዓመታ), Macedonian in Latin letters "98 godini" (години).)
        "ani", "tarekan", "ameta", "godini",
        // (The world's main languages, the session of 2026-11-28: Italian "93 anni", Swedish,
        // Norwegian and Danish "93 år", Finnish "93 vuotta", Greek "93 ετών"/"χρονών", Vietnamese
        // "93 tuổi", Persian "93 ساله"/"سال", Urdu "سالہ", Hindi "93 वर्ष"/"साल", Bengali "বছর",
        // Tagalog "93 taon"/"taong gulang", Polish "93 lata", Korean "93 세"/"살", Thai "93 ปี".)
        "anni", "\u00e5r", "vuotta", "\u03b5\u03c4\u03ce\u03bd", "\u03c7\u03c1\u03bf\u03bd\u03ce\u03bd",
        "tu\u1ed5i", "\u0633\u0627\u0644\u0647", "\u0633\u0627\u0644", "\u0633\u0627\u0644\u06c1",
        "\u0935\u0930\u094d\u0937", "\u0938\u093e\u0932", "\u09ac\u099b\u09b0", "taon", "taong", "lata",
        "\uc138", "\uc0b4", "\u0e1b\u0e35",
        // (Chinese and Japanese "93 岁"/"93 歳"/"93 才" after a space, Turkish "93 yaşındaki",
        // Azerbaijani "93 yaşlı", Hindi "93 वर्षीय", Latvian "93 gadi"/"gadus", Estonian "93
        // aastane", Somali "93 jir".)
        "\u5c81", "\u6b73", "\u624d", "ya\u015f\u0131ndaki", "ya\u015fl\u0131", "\u0935\u0930\u094d\u0937\u0940\u092f",
        "gadi", "gadus", "aastane", "jir",
        // (After the thirty-second family: Icelandic "93 ára" (the genitive "amma er 93 ára", of 93
        // years), Estonian "93 aastat" (years; "93 aastat tagasi" is years ago, above).)
        "\u00e1ra", "aastat",
        // (Cabo Verdean Kriolu "el ten 93 anu" (he has 93 years), the spelled English number too.)
        "anu",
        // (Catalan "93 anys", Basque "93 urte"; India's languages: Marathi "वर्षे", Telugu
        // "సంవత్సరాలు", Kannada "ವರ್ಷ", Malayalam "വയസ്സ്", Punjabi "ਸਾਲ", Gujarati "વર્ષ".)
        "anys", "urte", "\u0935\u0930\u094d\u0937\u0947", "\u0c38\u0c02\u0c35\u0c24\u0c4d\u0c38\u0c30\u0c3e\u0c32\u0c41",
        "\u0cb5\u0cb0\u0ccd\u0cb7", "\u0d35\u0d2f\u0d38\u0d4d\u0d38\u0d4d", "\u0a38\u0a3e\u0a32",
        "\u0ab5\u0ab0\u0acd\u0ab7",
        // (Code-switched and transliterated notes, seed 3939: pinyin and
        // Cantonese "93 sui" (岁), romaji "93 sai" (歳) after a space, Greeklish "93 xronon"
        // (χρονών), Arabizi "93 sana"/"93 sene" (سنة), Taglish "93 anyos", Ukrainian in Latin
        // letters "93 rokiv" (років), Vietnamese and Turkish typed without accents "93 tuoi",
        // "93 yasinda", Tamil in Latin letters "93 vayasu" (வயசு), Amharic "93 amet" (ዓመት), Maori
        // "93 tau", Banglish "boyosh 93 bochor" (বছর). Not Hinglish "93 saal": after a
        // lower-case "umar" (age) the name model then reads the label as a given name, seed 3737.)
        "bochor", "sui", "sai", "xronon", "sana", "sene", "anyos", "rokiv", "tuoi", "yasinda", "vayasu", "amet",
        "tau"};
    // (Romanian years ago or past are no age: "acum 100 de ani", "peste 90 ani", "după 100 ani".)
    if ((is(unit, "ani") || is(unit, "de")) && j >= 2 &&
        listHas({"acum", "peste", "dup\u0103", "dupa", "timp"}, tokens[j - 2].lower)) {
      return false;
    }
    if (listHas(std::span<const std::string_view>(kUnits), unit.lower)) {
      if (j >= 2 && (is(unit, "\u0433\u043e\u0434\u0430") || is(unit, "\u0433\u043e\u0434")) &&
          listHas({"\u0441", "\u0432", "\u0434\u043e", "\u043e\u0442", "\u043f\u043e\u0441\u043b\u0435",
                   "\u0421", "\u0412", "\u0414\u043e", "\u041e\u0442", "\u041f\u043e\u0441\u043b\u0435"},
                  tokens[j - 2].lower)) {
        return false;
      }
      return true;
    }
    // Romanian "93 de ani" (the "de" numbers from twenty take); Mauritian Kreol "li ena 93 an"
    // (has 93 years), the "an" after "ena" or closing its clause (never English's article, which
    // a noun follows).
    if (is(unit, "de") && j + 1 < tokens.size() && is(tokens[j + 1], "ani") && gapBetween(in, j, j + 1) == " ") {
      return true;
    }
    if (is(unit, "an") && ((j >= 2 && is(tokens[j - 2], "ena")) ||
                           unit.end >= in.text.size() || in.text[unit.end] == ',' || in.text[unit.end] == '.' ||
                           in.text[unit.end] == ';' || in.text[unit.end] == '\n')) {
      return true;
    }
    // Tunisian Derja "102 sna" (سنة), and the Croatian and Serbian abbreviation "92 god." (godina)
    // in lower case ("God." is no unit).
    // (In a note written in capitals too: "JELENA (JMBG ...), 92 GOD.".)
    if (is(unit, "sna") || (unit.lower == "god" && (in.text[unit.start] == 'g' || unit.allCaps) &&
                            unit.end < in.text.size() && in.text[unit.end] == '.')) {
      return true;
    }
    if (is(unit, "j") && unit.end < in.text.size() && in.text[unit.end] == '.') {
      const std::size_t after = unit.end + 1;
      if (after >= in.text.size() || in.text[after] == '\n' || in.text[after] == '\r' || in.text[after] == ',' ||
          in.text[after] == ';' || in.text[after] == ')') {
        return true;
      }
    }
    // A record's "Climber: Aino Heikkinen, 93 y, Finland": "y" set off by commas on both sides.
    if (is(unit, "y") && j >= 2 && gapBetween(in, j - 2, j - 1) == ", " &&
        (unit.end >= in.text.size() || in.text[unit.end] == ',' || in.text[unit.end] == '\n')) {
      return true;
    }
    // Czech and Slovenian "93 let" (not English's "93 let me know"); German "mit 93 Jahren" (at
    // 93; not "vor 93 Jahren", ago).
    if (is(unit, "let") && in.text[unit.start] == 'l' &&
        !(j + 1 < tokens.size() && listHas({"me", "us", "him", "her", "them", "the", "it", "you"}, tokens[j + 1].lower))) {
      return true;
    }
    if (is(unit, "jahren") && j >= 2 && is(tokens[j - 2], "mit")) return true;
    // Italian notes abbreviate anni "aa" ("paziente di 93 aa"; not a protein's "93 aa", amino acids).
    if (is(unit, "aa") && j >= 2 && is(tokens[j - 2], "di")) return true;
    if (is(unit, "lat") && (unit.end >= in.text.size() || in.text[unit.end] != '.' || unit.end + 1 >= in.text.size() ||
                            in.text[unit.end + 1] == '\n')) {
      return true;
    }
  }
  const bool year = is(unit, "year") || is(unit, "yr") || is(unit, "years") || is(unit, "yrs") || is(unit, "y");
  if (!year) return false;
  // "95-yr", "101-yrs": the hyphen ties the unit to the number, no "old" needed.
  if ((is(unit, "yr") || is(unit, "yrs")) && j > 0 && gapBetween(in, j - 1, j) == "-") return true;
  if (j + 1 >= tokens.size()) return false;
  const Token& after = tokens[j + 1];
  const std::string_view gap = gapBetween(in, j, j + 1);
  if (is(unit, "y") && is(after, "o") && (gap == "/" || gap == "." || gap == "-")) return true;  // y/o, y.o., y-o
  if (!gapOnly(gap, " -", 2) || gap.empty()) return false;
  if (is(after, "old")) return true;
  return (is(unit, "years") || is(unit, "yrs")) && is(after, "of") && j + 2 < tokens.size() &&
         is(tokens[j + 2], "age");
}

// "93F", "93yo", "93M": digits with a sex or age suffix in one token.
std::size_t attachedAgeDigits(const Token& token) {
  std::size_t digits = 0;
  while (digits < token.lower.size() && isDigit(token.lower[digits])) ++digits;
  if (digits < 2 || digits > 3 || digits == token.lower.size()) return 0;
  const std::string_view suffix = std::string_view(token.lower).substr(digits);
  // (Korean "93세", Japanese "93歳" and Chinese "93岁", traditional "93歲" of Hong Kong and
  // Macau, write the age's word on the number.)
  // (Korean "93살", Japanese "93才", Chinese "93周岁"/"93週歲", full years.)
  // (Korean in Latin letters glues "se" (세) the same way: "92se hwanja-bun", seed 3939.)
  static constexpr std::array<std::string_view, 17> kSuffixes = {"yo", "y", "f", "m", "yof", "yom", "yrs",
                                                                 "\uc138", "\u6b73", "\u5c81", "\u6b72", "\uc0b4",
                                                                 "\u624d", "\u5468\u5c81", "\u9031\u6b72", "\u5468\u6b72",
                                                                 "se"};
  bool known = false;
  for (std::string_view s : kSuffixes) known = known || suffix == s;
  // An age's adjective joined to the digits: German "93jährige", Dutch "93jarige", Czech
  // "93letá", Swedish "93årig", Finnish "93vuotias", Greek "93χρονη".
  if (!known && suffix.size() >= 4) {
    for (std::string_view s : {"j\u00e4hrig", "jarig", "let\u00e1", "let\u00fd", "letou", "letn", "\u00e5rig", "vuotia",
                               "\u03c7\u03c1\u03bf\u03bd"}) {
      known = known || suffix.starts_with(s);
    }
  }
  if (!known) return 0;
  const int value = parseDigits(token.lower, 0, digits);
  return value >= kMinAge && value <= kMaxAge ? digits : 0;
}

// An age glued to its Chinese label, as Hong Kong, Macau and Taiwan forms write it (the label,
// colon and digits are one token): "年齡：93歲", "年龄:95", "年齡93歲". Returns the digits' offset
// in the token and sets their count, or npos.
std::size_t chineseLabelAge(std::string_view word, std::size_t& digits) {
  // (Japanese forms write "年齢".)
  for (std::string_view label : {std::string_view("\u5e74\u9f61"), std::string_view("\u5e74\u9f84"), std::string_view("\u5e74\u9f62")}) {
    std::size_t at = word.find(label);
    if (at == std::string_view::npos) continue;
    at += label.size();
    if (word.substr(at, 3) == "\uff1a") {
      at += 3;
    } else if (at < word.size() && word[at] == ':') {
      ++at;
    }
    digits = 0;
    while (at + digits < word.size() && isDigit(word[at + digits])) ++digits;
    if (digits < 2 || digits > 3) return std::string_view::npos;
    const int value = parseDigits(word, at, digits);
    if (value < kMinAge || value > kMaxAge) return std::string_view::npos;
    // The digits end the token, or the age's word (years, not "天", days, or "月", months) or a
    // Chinese punctuation mark follows them.
    const std::string_view rest = word.substr(at + digits);
    if (rest.empty()) return at;
    for (std::string_view next : {"\u6b72", "\u5c81", "\uff0c", "\u3002", "\uff1b", "\u3001", "\uff09"}) {
      if (rest.starts_with(next)) return at;
    }
    return std::string_view::npos;
  }
  return std::string_view::npos;
}

// Japanese and Chinese prose runs words together: "患者93歳、女性", "老人95岁，": digits of an
// age with its word "歳"/"岁"/"歲" inside a longer word. Returns the digits' offset, or npos.
std::size_t cjkAgeInWord(std::string_view word, std::size_t& digits) {
  for (std::size_t at = 0; at < word.size(); ++at) {
    if (!isDigit(word[at]) || (at > 0 && isDigit(word[at - 1]))) continue;
    digits = digitRun(word, at);
    if (digits < 2 || digits > 3) continue;
    const std::string_view rest = word.substr(at + digits);
    if (!(rest.starts_with("\u6b73") || rest.starts_with("\u5c81") || rest.starts_with("\u6b72") ||
          rest.starts_with("\u624d") || rest.starts_with("\u5468\u5c81"))) {
      continue;
    }
    const int value = parseDigits(word, at, digits);
    if (value >= kMinAge && value <= kMaxAge) return at;
  }
  return std::string_view::npos;
}

// A word that starts in Latin letters and goes on in Japanese or Chinese ("Yuko様、93歳、"): a
// romanised name the writer did not space from the text after it.
bool cjkAfterLatin(std::string_view word) {
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0xE0) return true;
  }
  return false;
}

// "in his 90s", "in her late 90s", "in her nineties", "in their 100s": a decade of life of 90 or more. The
// possessive is required: "sats in the 90s" and "SBP in the 90s" are measurements. Returns the
// length of the decade ("90s", "90's") at token i, or 0.
std::size_t decadeAgeLength(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const Token& t = tokens[i];
  const std::string_view text = in.text;
  std::size_t end = 0;
  int value = 0;
  if (is(t, "nineties")) {
    end = t.end;  // "in her nineties"
    value = 90;
  } else if (t.hasLetter) {
    // "90s" in one token.
    if (t.lower.size() < 3 || t.lower.back() != 's') return 0;
    const std::size_t digits = t.lower.size() - 1;
    if (digits > 3 || digitRun(t.lower, 0) != digits) return 0;
    end = t.end;
  } else if (t.allDigits && t.length() <= 3 && i + 1 < tokens.size() && tokens[i + 1].lower == "s" &&
             gapBetween(in, i, i + 1) == "'") {
    end = tokens[i + 1].end;  // "90's"
  } else {
    return 0;
  }
  if (value == 0) value = parseDigits(text, t.start, digitRun(text, t.start));
  if (value < kMinAge || value > kMaxAge || value % 10 != 0) return 0;
  std::size_t k = i;
  if (k == 0) return 0;
  --k;
  if ((is(tokens[k], "early") || is(tokens[k], "mid") || is(tokens[k], "late")) && k > 0) --k;
  if (!(is(tokens[k], "his") || is(tokens[k], "her") || is(tokens[k], "their"))) return 0;
  if (k == 0 || !is(tokens[k - 1], "in")) return 0;
  for (std::size_t g = k - 1; g < i; ++g) {
    if (!gapOnly(gapBetween(in, g, g + 1), " -", 2) || gapBetween(in, g, g + 1).empty()) return 0;
  }
  return end - t.start;
}

// "(99 yrs)", "((101 YRS))", "(93 years)", "Mr. Osei, 95 yrs, POD 2": a bare number of years
// set off after a name, in parentheses or between commas ("for 95 yrs" is no age).
bool setOffYears(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const Token& t = tokens[i];
  if (i + 1 >= tokens.size() || t.start == 0) return false;
  const Token& unit = tokens[i + 1];
  if (!(is(unit, "yrs") || is(unit, "yr") || is(unit, "years") || is(unit, "y")) ||
      !isInlineSpace(gapBetween(in, i, i + 1), 1) || unit.end >= text.size()) {
    return false;
  }
  // "(104 yrs, Marlow, WA)": in parentheses, the age may be followed by more after a comma.
  if (text[t.start - 1] == '(') return text[unit.end] == ')' || text[unit.end] == ',';
  // A register's pipe-table cell of its own: "| NJERI KARANJA | 99 yrs | Nakuru |" (seed 3838).
  if (t.start >= 2 && text[t.start - 1] == ' ' && text[t.start - 2] == '|' && unit.end + 1 < text.size() &&
      text[unit.end] == ' ' && text[unit.end + 1] == '|') {
    return true;
  }
  // After the name and a comma, the clause ends at a comma or where a capitalised label starts:
  // "Potential donor: Dvora Aberg, 98 yrs UNOS ID: ...".
  const bool labelAfter = text[unit.end] == ' ' && unit.end + 1 < text.size() && isUpper(text[unit.end + 1]);
  return t.start >= 2 && text[t.start - 1] == ' ' && text[t.start - 2] == ',' &&
         (text[unit.end] == ',' || text[unit.end] == ';' || text[unit.end] == '\n' || labelAfter);
}

// Polish and Italian notes put the word for years before the age, set off by commas after the
// name: "wizyta domowa u halina kamińska, lat 98, białystok", "visita Concetta Bianchi, anni 96,
// tel ..." (seed 3838). Not "lat" of a latitude ("lat 51.5"), nor "anni 90" inside a sentence.
bool yearsWordBefore(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i < 2 || gapBetween(in, i - 1, i) != " " || gapBetween(in, i - 2, i - 1) != ", ") return false;
  if (!(is(tokens[i - 1], "lat") || is(tokens[i - 1], "anni"))) return false;
  const std::size_t end = tokens[i].end;
  return end >= text.size() || text[end] == ',' || text[end] == ';' || text[end] == '\n' || text[end] == '\r';
}

// A letter's "this man of 95, who lives at ...", "a woman of 93.": the age after a word for the
// person and "of", closing the clause (seed 3838). Not "a man of 90 kg".
bool personOfAge(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i < 2 || gapBetween(in, i - 1, i) != " " || gapBetween(in, i - 2, i - 1) != " " || !is(tokens[i - 1], "of")) {
    return false;
  }
  if (!listHas({"man", "woman", "gentleman", "lady", "widow", "widower"}, tokens[i - 2].lower)) return false;
  const std::size_t end = tokens[i].end;
  if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && isDigit(text[end + 1])) return false;
  return end >= text.size() || text[end] == ',' || text[end] == '.' || text[end] == ';' || text[end] == '\n' ||
         text[end] == ')';
}

// "i know im 97 but", "I'm 93, and": the writer's own age after "I'm", "im" or "I am", ending the
// clause (not "I am 90 percent sure").
bool ownAge(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i == 0 || !isInlineSpace(gapBetween(in, i - 1, i), 1)) return false;
  const Token& before = tokens[i - 1];
  const bool im = is(before, "im") || (is(before, "m") && i >= 2 && is(tokens[i - 2], "i") &&
                                       (gapBetween(in, i - 2, i - 1) == "'" || gapBetween(in, i - 2, i - 1) == "’")) ||
                  (is(before, "am") && i >= 2 && is(tokens[i - 2], "i") && gapBetween(in, i - 2, i - 1) == " ");
  if (!im) return false;
  const std::size_t end = tokens[i].end;
  if (end >= text.size() || text[end] == '.' || text[end] == ',' || text[end] == ';' || text[end] == '\n' ||
      text[end] == '!') {
    return true;
  }
  return i + 1 < tokens.size() && text[end] == ' ' &&
         (is(tokens[i + 1], "but") || is(tokens[i + 1], "and") || is(tokens[i + 1], "now") ||
          is(tokens[i + 1], "yrs") || is(tokens[i + 1], "years"));
}

// "she's 103 for God's sake", "he's 95 now": the age after a contracted "she's" or "he's".
bool contractedAge(const ScanInput& in, std::size_t v, std::size_t last) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const Token& verb = tokens[v - 1];
  const Token& subject = tokens[v - 2];
  if (!isInlineSpace(gapBetween(in, v - 1, v), 1)) return false;
  if (is(verb, "s") && (is(subject, "she") || is(subject, "he")) &&
      (gapBetween(in, v - 2, v - 1) == "'" || gapBetween(in, v - 2, v - 1) == "\u2019")) {
    const std::size_t stop = tokens[last].end;
    if (stop >= text.size() || text[stop] == '.' || text[stop] == ',' || text[stop] == ';' || text[stop] == '\n' ||
        text[stop] == '!' || text[stop] == '?') {
      return true;
    }
    return last + 1 < tokens.size() && text[stop] == ' ' &&
           (is(tokens[last + 1], "and") || is(tokens[last + 1], "but") || is(tokens[last + 1], "now") ||
            is(tokens[last + 1], "for") || is(tokens[last + 1], "today") || is(tokens[last + 1], "already"));
  }
  return false;
}

// "Pt is ninety-one and ...", "she is now 93.", "patient is one hundred and two": an age stated of
// the patient with "is" or "was", ending the clause (not "pt is 95% adherent", "he is 100 kg",
// "pt is 98.6").
// Tokens first..last are the number.
bool statedAge(const ScanInput& in, std::size_t first, std::size_t last) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  // "she is now 93": one "now" between.
  const std::size_t v = first >= 2 && is(tokens[first - 1], "now") ? first - 1 : first;
  if (v >= 2 && contractedAge(in, v, last)) return true;
  if (v < 2 || !isInlineSpace(gapBetween(in, v - 1, v), 1) || !isInlineSpace(gapBetween(in, v - 2, v - 1), 1) ||
      !isInlineSpace(gapBetween(in, first - 1, first), 1)) {
    return false;
  }
  const Token& verb = tokens[v - 1];
  const Token& subject = tokens[v - 2];
  // (Caribbean Creole's copula "deh": "mi granny savitri deh ninety-nine", only of a relative below.)
  const bool creoleVerb = is(verb, "deh");
  if (!(is(verb, "is") || is(verb, "was") || creoleVerb)) return false;
  // The subject: a pronoun or "patient"; a name after a title ("Mr Kuang is 95 and"); or a word
  // for the person in the patient's role ("the proposed ward is ninety-two and", "the resident
  // is 94"), not a measurement ("heart rate is ninety and regular").
  // Family and carers write of the patient by a kinship name: "grandma is ninety-nine and they
  // say she cant go back", "abuelo is 94 now".
  static constexpr std::array<std::string_view, 32> kPersons = {
      "pt",      "patient", "he",      "she",    "who",    "ward",    "client", "resident", "gentleman", "lady",
      "veteran", "grandma", "grandpa", "granny", "gramps", "nana",    "abuela", "abuelo",   "oma",       "opa",
      "nonna",   "nonno",   "mamaw",   "papaw",  "yiayia", "pappou",  "dad",    "mom",      "mum",       "grandmother",
      "papa",    "mama"};
  bool pronoun = false;
  for (std::string_view p : kPersons) pronoun = pronoun || is(subject, p);
  // A surname of several words or pieces ("Mrs De Luca-Hart", "Mr O'Rourke-Tiwari") reaches back
  // to its title over hyphens, apostrophes and single spaces.
  bool titledName = false;
  for (std::size_t j = v - 2; j > 0 && j + 6 >= v && !titledName; --j) {
    const Token& before = tokens[j - 1];
    const std::string_view gap = gapBetween(in, j - 1, j);
    if (!(gap == " " || gap == "-" || gap == "'" || gap == "\u2019") || !tokens[j].hasLetter) break;
    titledName = is(before, "mr") || is(before, "mrs") || is(before, "ms") || is(before, "miss") || is(before, "mx");
  }
  // "my dad Bao-tran Quill is 95 now": a relative named after "my dad", "my mum".
  bool kinName = false;
  for (std::size_t j = v - 2; j > 0 && j + 7 >= v && !kinName; --j) {
    const Token& before = tokens[j - 1];
    const std::string_view gap = gapBetween(in, j - 1, j);
    if (!(gap == " " || gap == "-" || gap == "'" || gap == "\u2019") || !tokens[j].hasLetter) break;
    // Kin words of the chats of other Englishes too: Caribbean "tanty", Bhutanese "ama"/"apa"
    // (mother, father), Fijian "bu" (grandmother), Macedonian and Bosnian "baba"/"babo"/"dedo".
    static constexpr std::array<std::string_view, 27> kKin = {
        "dad",   "mum",   "mom",   "father", "mother", "nan",   "nana", "gran", "grandma",
        "grandpa", "grandmother", "grandfather", "husband", "wife", "granny", "uncle", "aunty", "auntie",
        "aunt",  "tanty", "tantie", "ama",   "apa",    "bu",    "baba", "babo", "dedo"};
    for (std::string_view k : kKin) kinName = kinName || is(before, k);
    // After "my", or before an age in words, which only a person's age is in a chat ("grandma
    // shanice is one hundred and three and"; "uncle dexter is ninety-three now").
    kinName = kinName && ((j >= 2 && is(tokens[j - 2], "my")) || !tokens[first].hasDigit);
  }
  if (creoleVerb && !kinName) return false;
  // A person named before, the name opening the sentence: "Can Tswv get in before May 5? Tswv is
  // 100 and cannot wait long." (not "Glucose is 95 and stable": an ordinary word, and no name
  // said before).
  // The name may have pieces ("Ok-ja", "Ingrid Paola"); its first piece opens the sentence.
  bool namedBefore = false;
  auto namePiece = [&](const Token& w) {
    const bool plainWord = (w.classes & WordClass::kEnglish) && !(w.classes & (WordClass::kGiven | WordClass::kFamily));
    return w.properShape() && w.hasLetter && !w.hasDigit && !isNeverNameWord(w) && !plainWord &&
           !hasClinicalEnding(w.lower);
  };
  if (!(pronoun || titledName || kinName) && namePiece(subject)) {
    std::size_t opening = v - 2;
    // Pieces joined by a hyphen may be any word ("Ok-ja"); pieces after a space are names.
    while (opening > 0 && opening + 3 > v - 2 && tokens[opening - 1].properShape() && !tokens[opening - 1].hasDigit &&
           (gapBetween(in, opening - 1, opening) == "-" ||
            (gapBetween(in, opening - 1, opening) == " " && namePiece(tokens[opening - 1])))) {
      --opening;
    }
    const std::string_view lead = opening > 0 ? gapBetween(in, opening - 1, opening) : std::string_view("\n");
    const bool sentenceStart = lead.ends_with(". ") || lead.ends_with("? ") || lead.ends_with("! ") ||
                               lead.find('\n') != std::string_view::npos;
    // A listed name, or a word said before as a person's: with a possessive ("Subject: Tswv's
    // appointment"). A lab's name is neither ("Lipase high. Lipase is 95 and falling.").
    const Token& name = tokens[opening];
    const bool listed = name.classes & (WordClass::kGiven | WordClass::kFamily);
    for (std::size_t k = opening; sentenceStart && k-- > 0 && !namedBefore;) {
      if (tokens[k].lower != name.lower || !tokens[k].properShape()) continue;
      const std::string_view after = gapBetween(in, k, k + 1);
      namedBefore = listed || ((after == "'" || after == "\u2019") && k + 1 < opening && is(tokens[k + 1], "s"));
    }
  }
  // A number in words is spoken or dictated, which no lab value is: a name opening the sentence
  // needs no earlier mention then ("Present: ... \nSione is ninety-four and has been on the
  // ventilator").
  // Lab values dictated in words have their own endings ("Ferritin is ninety-five and", "Lipase",
  // "Creatinine"), and a person's age is followed by what the person does ("and has been").
  const bool spoken = !tokens[first].hasDigit;
  const bool labEnding = !(subject.classes & (WordClass::kGiven | WordClass::kFamily)) &&
                         (subject.lower.ends_with("in") || subject.lower.ends_with("ine") ||
                          subject.lower.ends_with("ase"));
  bool personGoesOn = false;
  if (last + 2 < tokens.size() && is(tokens[last + 1], "and") && gapBetween(in, last, last + 1) == " ") {
    for (std::string_view w : {"has", "had", "lives", "lived", "still", "wants", "cannot", "walks", "uses", "very"}) {
      personGoesOn = personGoesOn || is(tokens[last + 2], w);
    }
  }
  if (!(pronoun || titledName || kinName || namedBefore) && spoken && personGoesOn && !labEnding &&
      subject.properShape() && !subject.hasDigit) {
    // A double name's first piece must read as a name ("Sheldon-Ray"; "Ray" alone is a word).
    std::size_t opening = v - 2;
    while (opening > 0 && opening + 3 > v - 2 && gapBetween(in, opening - 1, opening) == "-" &&
           tokens[opening - 1].properShape() && !tokens[opening - 1].hasDigit) {
      --opening;
    }
    if (!namePiece(tokens[opening])) return false;
    const std::string_view lead = opening > 0 ? gapBetween(in, opening - 1, opening) : std::string_view("\n");
    namedBefore = lead.ends_with(". ") || lead.ends_with("? ") || lead.ends_with("! ") ||
                  lead.find('\n') != std::string_view::npos;
  }
  // A chat's line in lower case about the person: "dwayne: bonnie jo is ninety-eight and still
  // dancing", "urs is ninety and very weak" after the speaker's "name: ". The number spoken, the
  // person going on, the subject no plain English word ("rate", "pulse").
  bool chatSubject = false;
  if (!(pronoun || titledName || kinName || namedBefore) && spoken && personGoesOn && !labEnding &&
      !subject.hasDigit && subject.length() >= 2 && (isLower(text[subject.start]) || subject.allCaps) &&
      !((subject.classes & WordClass::kEnglish) && !(subject.classes & (WordClass::kGiven | WordClass::kFamily)))) {
    const std::string_view before = sameLineBefore(text, subject.start, 80);
    const std::size_t colon = before.find(": ");
    // (Nor a vital sign's or a count's abbreviation: "bp is one hundred and still low".)
    static constexpr std::array<std::string_view, 16> kMeasures = {"bp",  "hr",  "rr",  "map", "cvp", "sats", "sat", "gcs",
                                                                  "bpm", "sbp", "dbp", "hgb", "plt", "wbc", "inr", "fio"};
    bool speaker = colon != std::string_view::npos && colon > 0 && colon <= 30 && subject.length() >= 3 &&
                   std::find(kMeasures.begin(), kMeasures.end(), subject.lower) == kMeasures.end();
    // The speaker's name has no digit; a chat's date may open the line before it ("chat 4/27
    // tammy: lorraine is ninety-eight and", "FAMILY CHAT 11/7 MARCY: CLEMENT IS ...").
    std::size_t name = colon;
    while (name > 0 && !isDigit(before[name - 1])) --name;
    for (std::size_t k = 0; speaker && k < colon; ++k) speaker = !isDigit(before[k]);
    if (!speaker && name > 0 && colon > 0 && colon <= 40 && before[name] == ' ') {
      std::size_t date = name;
      while (date > 0 && (isDigit(before[date - 1]) || before[date - 1] == '/')) --date;
      bool datedChat = name - date >= 3 && name - date <= 5 && before.substr(date, name - date).find('/') != std::string_view::npos;
      for (std::size_t k = 0; datedChat && k < date; ++k) datedChat = isAsciiAlpha(before[k]) || before[k] == ' ';
      speaker = datedChat && subject.length() >= 3 &&
                std::find(kMeasures.begin(), kMeasures.end(), subject.lower) == kMeasures.end();
    }
    chatSubject = speaker;
  }
  // "lurleen is ninety-two this year": a spoken number that a birthday of this year closes, of a
  // subject that is no plain English word (a lab's or a vital's name is one: "rate is ninety").
  const bool thisYear = last + 2 < tokens.size() && is(tokens[last + 1], "this") && is(tokens[last + 2], "year") &&
                        gapBetween(in, last, last + 1) == " ";
  const bool birthdaySubject = spoken && thisYear && !labEnding && !subject.hasDigit && subject.length() >= 3 &&
                               !((subject.classes & WordClass::kEnglish) &&
                                 !(subject.classes & (WordClass::kGiven | WordClass::kFamily)));
  if (!(pronoun || titledName || kinName || namedBefore || chatSubject || birthdaySubject)) return false;
  const std::size_t end = tokens[last].end;
  if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && isDigit(text[end + 1])) {
    return false;  // "pt is 98.6": a temperature
  }
  if (end >= text.size() || text[end] == '.' || text[end] == ',' || text[end] == ';' || text[end] == '\n' ||
      text[end] == '!' || text[end] == ')') {
    return true;
  }
  return last + 1 < tokens.size() && text[end] == ' ' &&
         (is(tokens[last + 1], "and") || is(tokens[last + 1], "but") || is(tokens[last + 1], "now") ||
          is(tokens[last + 1], "today") ||
          // "lurleen is ninety-two this year": the birthday of the year, no measure's wording.
          (is(tokens[last + 1], "this") && last + 2 < tokens.size() && is(tokens[last + 2], "year")));
}

bool capitalisedWord(const ScanInput& in, const Token& t) {
  return t.hasLetter && !t.hasDigit && t.length() >= 2 && isUpper(in.text[t.start]) && !isNeverNameWord(t);
}

// "bed 22 - Poplar, Gurnam, 93, new AF": a bare age between commas after a name written
// "Surname, Given"; "guardian Ama Okafor (94) is": an age in parentheses after a full name,
// with the clause going on about the person.
bool ageAfterName(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t end = tokens[i].end;
  // The first piece of a hyphenated name word ending at token j ("Ana-Lupe": "Ana").
  auto wordStart = [&](std::size_t j) {
    while (j > 0 && (gapBetween(in, j - 1, j) == "-" || gapBetween(in, j - 1, j) == "'") && tokens[j - 1].hasLetter) --j;
    return j;
  };
  if (i >= 2 && gapBetween(in, i - 1, i) == ", " && end < text.size() && text[end] == ',' && tokens[i - 1].hasLetter &&
      !tokens[i - 1].hasDigit) {
    const std::size_t given = wordStart(i - 1);
    if (capitalisedWord(in, tokens[given]) && given >= 2 && gapBetween(in, given - 1, given) == ", " &&
        capitalisedWord(in, tokens[given - 1])) {
      // The surname's last piece is capitalised ("Ross", "Harcourt" of "d'Harcourt"); particles
      // in lower case may open it ("van den Berg-Okafor").
      std::size_t surname = wordStart(given - 1);
      for (int particles = 0; particles < 2 && surname > 0 && gapBetween(in, surname - 1, surname) == " "; ++particles) {
        const Token& p = tokens[surname - 1];
        if (!(p.lower == "van" || p.lower == "den" || p.lower == "der" || p.lower == "de" || p.lower == "von" ||
              p.lower == "la" || p.lower == "le" || p.lower == "di" || p.lower == "da" || p.lower == "du" ||
              p.lower == "ten" || p.lower == "ter" || p.lower == "el" || p.lower == "al")) {
          break;
        }
        --surname;
      }
      // The name opens an entry of a list or a board: at the line's start or after " - ", "| ".
      const std::string_view before = sameLineBefore(text, tokens[surname].start, 80);
      bool lineStart = true;
      for (char c : before) lineStart = lineStart && (c == ' ' || c == '\t');
      if (lineStart || before.ends_with(" - ") || before.ends_with("| ") || before.ends_with("\t")) return true;
      // Or it is the value of a person's label: "Crew member: KOSKINEN, Jussi, 98, able seaman",
      // "Passenger: Gruber, Anna, 93, cabin 4012" (not "Scores: Borg, Berg, 95").
      if (before.ends_with(": ")) {
        static constexpr std::array<std::string_view, 10> kPersons = {
            "member", "patient", "passenger", "pt", "name", "worker", "employee", "climber", "seafarer", "resident"};
        std::string_view label = before.substr(0, before.size() - 2);
        std::size_t w = label.size();
        while (w > 0 && isAsciiAlpha(label[w - 1])) --w;
        std::string word;
        for (std::size_t k = w; k < label.size(); ++k) word.push_back(lowerAscii(label[k]));
        if (std::find(kPersons.begin(), kPersons.end(), word) != kPersons.end()) return true;
      }
    }
  }
  // The newspaper's apposition: "Ines Marlowe-Tate, 96, of Port Aldous, passed away": a bare
  // number between a capitalised name and ", of" before a capitalised place.
  if (i >= 1 && gapBetween(in, i - 1, i) == ", " && capitalisedWord(in, tokens[i - 1]) && end + 5 < text.size() &&
      (text.substr(end, 5) == ", of " || text.substr(end, 5) == ", OF ") && isUpper(text[end + 5])) {
    return true;
  }
  if (i >= 2 && gapBetween(in, i - 1, i) == " (" && end + 1 < text.size() && text[end] == ')' &&
      capitalisedWord(in, tokens[i - 1]) && tokens[i - 2].hasLetter &&
      (gapBetween(in, i - 2, i - 1) == " " || gapBetween(in, i - 2, i - 1) == "-")) {
    std::string after(text.substr(end + 1, 5));
    for (char& c : after) c = isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    return after.starts_with(" is ") || after.starts_with(" was ") || after.starts_with(" has ") ||
           after.starts_with(" who ");
  }
  return false;
}

// "rm 3 clancy moala-finau (92) - settled", "BED 4 ANA OKAFOR (101), ...": an age in
// parentheses after the name a handover gives a room or bed, in any case, the entry going on
// after a dash or a comma.
bool ageAfterBedName(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t end = tokens[i].end;
  if (i < 4 || gapBetween(in, i - 1, i) != " (" || end >= text.size() || text[end] != ')') return false;
  const std::string_view after = text.substr(end + 1, 3);
  if (!(after.starts_with(" - ") || after.starts_with(","))) return false;
  // Two to five words of letters back to the room's number.
  std::size_t j = i - 1;
  int words = 0;
  // Words of a name, not of things ("side room (2)", "iv pump (100)"): no ordinary English
  // word unless a name list has it too.
  const auto nameLike = [](const Token& t) {
    const WordClassBits c = t.classes;
    return (c & WordClass::kNever) == 0 &&
           ((c & WordClass::kEnglish) == 0 || (c & (WordClass::kGiven | WordClass::kFamily)) != 0);
  };
  while (j > 0 && words < 6 && tokens[j].hasLetter && !tokens[j].hasDigit && nameLike(tokens[j])) {
    const std::string_view gap = gapBetween(in, j - 1, j);
    if (!(gap == " " || gap == "-" || gap == "'")) break;
    ++words;
    --j;
  }
  if (words < 2 || words > 5 || !tokens[j].allDigits || gapBetween(in, j, j + 1) != " " || j == 0 ||
      gapBetween(in, j - 1, j) != " ") {
    return false;
  }
  const Token& place = tokens[j - 1];
  return is(place, "rm") || is(place, "room") || is(place, "bed") || is(place, "bay") || is(place, "bd");
}

// "bot> How old is Dmytro? user> ninety-six bot>", "How old are you?\nPatient: 97.": the answer
// to a question of age, the first words of the reply, closing it. Text `start`..`end` is the
// number.
bool answersHowOld(std::string_view text, std::size_t start, std::size_t end) {
  const std::size_t from = start > 120 ? start - 120 : 0;
  const std::string_view before = text.substr(from, start - from);
  const std::size_t mark = before.rfind('?');
  if (mark == std::string_view::npos || before.size() - mark > 24) return false;
  // The reply's speaker label only between the question and the number: "user> ", "Patient: ".
  for (char c : before.substr(mark + 1)) {
    if (isDigit(c) || c == '.' || c == ',') return false;
  }
  const std::size_t how = rfindWordCaseless(before.substr(0, mark), "how old");
  if (how == std::string_view::npos || mark - how > 60) return false;
  for (char c : before.substr(how, mark - how)) {
    if (c == '.' || c == '\n') return false;
  }
  // The number closes the reply: punctuation, a line's end or the next speaker ("bot>").
  if (end >= text.size() || text[end] == '.' || text[end] == ',' || text[end] == '!' || text[end] == '\n' ||
      text[end] == '\r') {
    return true;
  }
  if (text[end] != ' ') return false;
  std::size_t k = end + 1;
  while (k < text.size() && (isAsciiAlpha(text[k]) || isDigit(text[k]))) ++k;
  return k > end + 1 && k < text.size() && (text[k] == '>' || text[k] == ':');
}

// A label's gap: ": ", or a dotted leader "............: ".
bool labelGap(std::string_view gap) {
  if (gapOnly(gap, " :", 3)) return true;
  return gap.size() <= 40 && gapOnly(gap, " .:", 40) && gap.find("...") != std::string_view::npos;
}

// The field before `end` on its line, from a label's colon or the line's start, reads as a
// person's name: capitalised words of letters only, two or more or inverted with a comma
// ("OKAFOR, AMA", "Ama Okafor", "O'Neil-Baptiste, Jo").
bool nameFieldBefore(std::string_view text, std::size_t end) {
  std::string_view field = sameLineBefore(text, end, 60);
  if (const std::size_t colon = field.rfind(':'); colon != std::string_view::npos) field.remove_prefix(colon + 1);
  while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
  if (field.empty() || !(isUpper(field.front()) || startsWithUpperLatin(field, 0))) return false;
  int words = 0;
  bool comma = false;
  for (std::size_t k = 0; k < field.size(); ++k) {
    const char c = field[k];
    if (isDigit(c) || !(isWordByte(c) || c == ' ' || c == ',' || c == '-' || c == '\'' || c == '.')) return false;
    comma = comma || c == ',';
    if (isWordByte(c) && (k == 0 || field[k - 1] == ' ')) {
      if (!(isUpper(c) || startsWithUpperLatin(field, k))) return false;
      ++words;
    }
  }
  return comma || words >= 2;
}

// "Okafor, Ama   93/F   seen", "ID: Ama Okafor, 93/F, bipolar", "| 95/F |", "HPI: 92 F BIBA":
// an age and a sex letter set off by a comma, a bar, a run of spaces or a line start. With a
// space instead of the slash only after a comma, a bar or "HPI:" (not "Temp: 98 F").
bool setOffAgeSex(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i + 1 >= tokens.size()) return false;
  const Token& sex = tokens[i + 1];
  const std::string_view gap = gapBetween(in, i, i + 1);
  // Lower case only in a slash pair set off by commas, as hurried notes write it: ", 102/m, c/o".
  const bool lowerPair = gap == "/" && sameLineBefore(text, tokens[i].start, 2) == ", " && sex.end < text.size() &&
                         text[sex.end] == ',';
  if (!(sex.lower == "f" || sex.lower == "m") || !(isUpper(text[sex.start]) || lowerPair)) return false;
  if (gap != "/" && gap != " " && gap != " / ") return false;
  if (sex.end < text.size() && (isWordByte(text[sex.end]) || text[sex.end] == '/' ||
                                ((text[sex.end] == '.' || text[sex.end] == '-') && sex.end + 1 < text.size() &&
                                 isWordByte(text[sex.end + 1])))) {
    return false;
  }
  const std::size_t start = tokens[i].start;
  const std::string_view before = sameLineBefore(text, start, 8);
  // "Chair 7 Ama Okafor  (96/M)": the pair in parentheses after a name.
  const bool parenthesised = before.ends_with("(") && gap == "/" && sex.end < text.size() && text[sex.end] == ')';
  if (parenthesised) return true;
  const bool comma = before.ends_with(", ") || before.ends_with("| ");
  // After a label ("HPI: 92 F", "CLINICAL HISTORY: 93/F"), not after a temperature's.
  const bool label = i > 0 && gapBetween(in, i - 1, i) == ": " &&
                     !(is(tokens[i - 1], "temp") || is(tokens[i - 1], "t") || is(tokens[i - 1], "tmax") ||
                       is(tokens[i - 1], "temperature") || is(tokens[i - 1], "tm") || is(tokens[i - 1], "fever"));
  // Columns of a printed header: "Okafor, Ama   98 M   seen".
  const bool columns = before.ends_with("  ") && text.substr(sex.end).starts_with("  ");
  // A header's fields set off by slashes after a person's name: "Pt: OKAFOR, AMA / 98 / M   DOB
  // ..." (not "BP 120 / 95 / M", "Lactate / 95 / M").
  if (gap == " / ") return before.ends_with(" / ") && nameFieldBefore(text, start - 3);
  if (gap == " ") return comma || label || columns;
  return comma || label || columns || before.empty() || before.ends_with("  ") || before.ends_with("\t");
}

// "celebrated his 93rd birthday", "her 101st birthday": the ordinal's token is the span.
bool birthdayOrdinal(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const Token& t = tokens[i];
  if (i + 1 >= tokens.size() || !is(tokens[i + 1], "birthday") || !isInlineSpace(gapBetween(in, i, i + 1), 1)) {
    return false;
  }
  const std::size_t digits = digitRun(t.lower, 0);
  if (digits < 2 || digits > 3 || digits + 2 != t.lower.size()) return false;
  const std::string_view suffix = std::string_view(t.lower).substr(digits);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  const int value = parseDigits(t.lower, 0, digits);
  return value >= kMinAge && value <= kMaxAge;
}

// "just turned 95", "(just turned 101)": an age after "turned" that ends the clause.
bool turnedAge(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i == 0 || !is(tokens[i - 1], "turned") || !isInlineSpace(gapBetween(in, i - 1, i), 1)) return false;
  const std::size_t end = tokens[i].end;
  if (end >= text.size() || text[end] == '.' || text[end] == ',' || text[end] == ')' || text[end] == ';' ||
      text[end] == '\n') {
    return true;
  }
  // "turned 95 last week", "turned 101 yesterday": when, after the age.
  return i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " &&
         listHas({"last", "this", "yesterday", "today", "recently", "on"}, tokens[i + 1].lower);
}

// Singapore's and Malaysia's "my ah ma cheryl koh 96 already", "ah gong kelvin goh 92 already": a
// relative's age closed by the colloquial "already" (is now), a kin word ("ah ma", "ah gong", "my
// granny") and up to five words of a name before it. Not "gave 100 already": no kin before.
bool kinAgeAlready(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 1 >= tokens.size() || !is(tokens[i + 1], "already") || gapBetween(in, i, i + 1) != " ") return false;
  static constexpr std::array<std::string_view, 14> kKin = {"ma",      "gong",  "po",    "kong",  "grandma",
                                                            "grandpa", "granny", "gran", "nana",  "uncle",
                                                            "aunty",   "auntie", "mother", "father"};
  for (std::size_t j = i, words = 0; j > 0 && words < 6; --j, ++words) {
    const Token& w = tokens[j - 1];
    if (gapBetween(in, j - 1, j) != " " || !w.hasLetter || w.hasDigit) return false;
    if (listHas(kKin, w.lower) && j >= 2 && (is(tokens[j - 2], "my") || is(tokens[j - 2], "ah")) &&
        gapBetween(in, j - 2, j - 1) == " ") {
      return j < i;  // a name between the kin word and the age
    }
  }
  return false;
}

// FHIR's Age and a Quantity in years: "valueAge": {"value": 93, "unit": "years"}, "age": {"value":
// 95, "unit": "a"} (UCUM's year). The value's key, then the unit's within the object.
bool fhirAgeValue(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i == 0 || !is(tokens[i - 1], "value") || !gapOnly(gapBetween(in, i - 1, i), "\" :", 4)) return false;
  const std::string_view after = in.text.substr(tokens[i].end, 40);
  const std::size_t unit = after.find("\"unit\"");
  if (unit == std::string_view::npos || after.find('}') < unit) return false;
  std::size_t at = unit + 6;
  while (at < after.size() && (after[at] == ' ' || after[at] == ':')) ++at;
  if (at >= after.size() || after[at] != '"') return false;
  const std::string_view value = after.substr(at + 1);
  for (std::string_view u : {"years\"", "year\"", "a\"", "yr\"", "yrs\""}) {
    if (value.starts_with(u)) return true;
  }
  return false;
}

// "Pt 93/M with sepsis", "93/F, fall": a header's age and sex letter joined by a slash after "Pt"
// or "Patient" or opening the line (not "Order 93/M", "Rx 93/F/2").
bool ageSlashSex(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i + 1 >= tokens.size() || gapBetween(in, i, i + 1) != "/" || tokens[i + 1].length() != 1) return false;
  const char sex = text[tokens[i + 1].start];
  if (sex != 'M' && sex != 'F') return false;
  const std::size_t end = tokens[i + 1].end;
  if (end < text.size() && (isWordByte(text[end]) || text[end] == '/')) return false;
  if (i == 0) return true;
  const std::string_view lead = gapBetween(in, i - 1, i);
  if (lead.find('\n') != std::string_view::npos) return true;
  return (is(tokens[i - 1], "pt") || is(tokens[i - 1], "patient")) && gapOnly(lead, " .:", 3);
}

// "최민서 (F/92)", "Jung Tae-yang (M/93)": a list's sex letter and age in brackets after a
// person, as Korean and Japanese case lists and M&M slides write them (seed 3535).
bool bracketedSexSlashAge(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i == 0 || gapBetween(in, i - 1, i) != "/" || tokens[i - 1].length() != 1) return false;
  const char sex = text[tokens[i - 1].start];
  if (sex != 'M' && sex != 'F') return false;
  const std::size_t open = tokens[i - 1].start;
  return open > 0 && text[open - 1] == '(' && tokens[i].end < text.size() && text[tokens[i].end] == ')';
}

// Whether the age at token i is a threshold of a cohort or a criterion, not a person's age:
// "Cohort aged 90 years or over", "patients 90 years and older" (seed 3535).
bool ageThresholdAfter(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  std::size_t k = i + 1;
  if (k < tokens.size() && (is(tokens[k], "years") || is(tokens[k], "yrs")) && gapBetween(in, i, k) == " ") ++k;
  // (Hebrew "בגיל 90 ומעלה", aged 90 and over: a cohort's threshold, seed 3636.)
  if (k == i + 1 && k < tokens.size() && gapBetween(in, i, k) == " " && tokens[k].lower == "\u05d5\u05de\u05e2\u05dc\u05d4") {
    return true;
  }
  if (k + 1 >= tokens.size() || gapBetween(in, k - 1, k) != " " || gapBetween(in, k, k + 1) != " ") return false;
  if (!is(tokens[k], "or") && !is(tokens[k], "and")) return false;
  const Token& w = tokens[k + 1];
  return is(w, "over") || is(w, "older") || is(w, "above") || is(w, "more");
}

// "Age/Sex: 94/F", "AGE/GENDER 101/M", "Sex/Age: F/94": the age of a header's age/sex pair.
bool ageSexPair(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  auto sexWord = [](const Token& w) { return is(w, "sex") || is(w, "gender"); };
  auto sexValue = [](const Token& w) {
    return is(w, "f") || is(w, "m") || is(w, "x") || is(w, "female") || is(w, "male");
  };
  if (i + 1 < tokens.size() && (gapBetween(in, i, i + 1) == "/" || gapBetween(in, i, i + 1) == " ") &&
      sexValue(tokens[i + 1]) && i >= 2 &&
      is(tokens[i - 2], "age") && sexWord(tokens[i - 1]) && gapBetween(in, i - 2, i - 1) == "/" &&
      labelGap(gapBetween(in, i - 1, i))) {
    return true;  // Age/Sex: 94/F
  }
  // Sex/Age: F/94
  return i >= 3 && gapBetween(in, i - 1, i) == "/" && sexValue(tokens[i - 1]) && sexWord(tokens[i - 3]) &&
         is(tokens[i - 2], "age") && gapBetween(in, i - 3, i - 2) == "/" &&
         gapOnly(gapBetween(in, i - 2, i - 1), " :", 3);
}

// An age stated after "old" and a comma, its years after it, as spoken English and the West
// African and Caribbean pidgins and creoles say it: "mi mama don old, ninety-two years, so I no
// able come", "she is old, 93 years". Tokens [first, last] are the number.
bool oldThenYears(const ScanInput& in, std::size_t first, std::size_t last) {
  const auto& tokens = in.tokens;
  return first > 0 && last + 1 < tokens.size() && gapBetween(in, first - 1, first) == ", " &&
         is(tokens[first - 1], "old") && gapBetween(in, last, last + 1) == " " &&
         (is(tokens[last + 1], "years") || is(tokens[last + 1], "yrs"));
}

}  // namespace

// The word for age in the languages of forms Concord imports: "Edad: 93", "Idade: 95", "Alter: 91",
// "Tuổi: 103 tuổi".
// French "Âge : 93 ans" (capitals "ÂGE" tokenise as "Âge"), Polish "Wiek: 93 lat", Turkish "Yaş: 93",
// Indonesian "Umur: 97 th".
bool ageWordOfLanguage(const Token& t) {
  return is(t, "edad") || is(t, "idade") || is(t, "alter") || is(t, "tu\u1ed5i") || is(t, "\u00e2ge") ||
         is(t, "\u00c2ge") || is(t, "wiek") || is(t, "ya\u015f") || is(t, "ya\u015e") ||
         // (Indonesian "Umur: 97 th".)
         is(t, "umur") ||
         // Swahili "Umri: 93", romanised Nepali "Umer: 93 barsa", Serbian "Starost: 93", Finnish
         // "Ikä: 93".
         is(t, "umri") || is(t, "umer") || is(t, "starost") || is(t, "ik\u00e4") || is(t, "ik\u00c4") ||
         // Russian, Bulgarian, Ukrainian and Belarusian "Возраст: 93" ("Възраст", "Вік", "Узрост"),
         // Slovak "Vek", Lithuanian "Amžius", Kazakh "Жасы", Uzbek "Yoshi", Arabic "العمر", "السن",
         // "عمره"/"عمرها" (his/her age), "بعمر" (aged), Burmese "အသက်", Khmer "អាយុ", Lao "ອາຍຸ".
         listHas({"\u0432\u043e\u0437\u0440\u0430\u0441\u0442", "\u0412\u043e\u0437\u0440\u0430\u0441\u0442",
                  "\u0432\u044a\u0437\u0440\u0430\u0441\u0442", "\u0412\u044a\u0437\u0440\u0430\u0441\u0442",
                  "\u0432\u0456\u043a", "\u0412\u0456\u043a", "\u0443\u0437\u0440\u043e\u0441\u0442",
                  "\u0423\u0437\u0440\u043e\u0441\u0442", "vek", "am\u017eius", "\u0436\u0430\u0441\u044b",
                  "\u0416\u0430\u0441\u044b", "yoshi", "\u0627\u0644\u0639\u0645\u0631", "\u0627\u0644\u0633\u0646",
                  "\u0639\u0645\u0631\u0647", "\u0639\u0645\u0631\u0647\u0627", "\u0628\u0639\u0645\u0631",
                  // (Burmese "အသက်", Khmer "អាយុ", Lao "ອາຍຸ": age.)
                  "\u1021\u101e\u1000\u103a", "\u17a2\u17b6\u1799\u17bb", "\u0ead\u0eb2\u0e8d\u0eb8",
                  // (The third list: Armenian "Տարիք", Georgian "ასაკი", Mongolian "Нас" (capitalised
                  // only: "у нас 95 коек" is Russian's "we have"), Albanian "Mosha", Turkmen "Ýaşy",
                  // Papiamentu "Edat", Dhivehi "އުމުރު", Tigrinya "ዕድመ", Samoan "Tausaga", Fijian "Yabaki",
                  // Tongan "Taʻu", Chinese "年齡".)
                  "\u057f\u0561\u0580\u056b\u0584", "\u054f\u0561\u0580\u056b\u0584", "\u10d0\u10e1\u10d0\u10d9\u10d8", "\u041d\u0430\u0441", "mosha", "\u00fda\u015fy", "\u00dda\u015fy", "edat", "\u0787\u07aa\u0789\u07aa\u0783\u07aa", "\u12d5\u12f5\u1218",
                  "tausaga", "yabaki",
                  // (Romanian and Moldovan "Vârsta: 93 ani", with or without its diacritic.)
                  "v\u00e2rsta", "v\u00c2rsta", "varsta", "\u0bb5\u0baf\u0ba4\u0bc1", "ta\u02bbu", "Ta\u02bbu", "\u5e74\u9f61", "\u5e74\u9f84", "\u5e74\u9f62",
                  // (The world's main languages, the session of 2026-11-28: Dutch "Leeftijd", Czech
                  // "Věk", Persian "سن", Korean "나이", Indonesian "Usia", Greek "Ηλικία", Hungarian
                  // "Életkor", Hebrew "גיל" and "בן"/"בת" (aged), Hindi "आयु"/"उम्र", Bengali "বয়স",
                  // Swedish "Ålder", Norwegian and Danish "Alder", Swahili "miaka" (years) before
                  // the number, Italian "Età".)
                  "leeftijd", "v\u011bk", "V\u011bk", "\u0633\u0646", "\ub098\uc774", "usia",
                  "\u03b7\u03bb\u03b9\u03ba\u03af\u03b1", "\u0397\u03bb\u03b9\u03ba\u03af\u03b1", "\u00e9letkor",
                  "\u00c9letkor", "\u05d2\u05d9\u05dc", "\u05d1\u05df", "\u05d1\u05ea", "\u0906\u092f\u0941",
                  "\u0909\u092e\u094d\u0930", "\u09ac\u09af\u09bc\u09b8", "\u00e5lder", "\u00c5lder", "alder",
                  "miaka", "et\u00e0", "et\u00c0",
                  // (Turkish "Yaşı" (his/her age), Amharic "ዕድሜ", Estonian "Vanus", Latvian "Vecums".)
                  "ya\u015f\u0131", "\u12d5\u12f5\u121c", "vanus", "vecums",
                  // (Hebrew "בגיל" (at the age of), the preposition joined to its noun: "נפטרה ב-1976
                  // בגיל 94", seed 3636.)
                  "\u05d1\u05d2\u05d9\u05dc",
                  // (Shona "vane makore 98" and Kinyarwanda "afite imyaka 93": years, before the
                  // number, as Swahili's "miaka".)
                  "makore", "imyaka",
                  // (Faroese and Icelandic "Aldur: 93", the age's label.)
                  "aldur",
                  // (Chichewa "Zaka: 96" and "ali ndi zaka 98" (has years), Tetum "tinan 97" (years):
                  // the word for years before the number, as above.)
                  "zaka", "tinan",
                  // (India's languages: Marathi "वय", Telugu "వయస్సు", Kannada "ವಯಸ್ಸು", Malayalam
                  // "പ്രായം", Punjabi "ਉਮਰ", Gujarati "ઉંમર". Not the bare Arabic "عمر", also the name Omar.)
                  "\u0935\u092f", "\u0c35\u0c2f\u0c38\u0c4d\u0c38\u0c41", "\u0cb5\u0caf\u0cb8\u0ccd\u0cb8\u0cc1",
                  "\u0d2a\u0d4d\u0d30\u0d3e\u0d2f\u0d02", "\u0a09\u0a2e\u0a30", "\u0a89\u0a82\u0aae\u0ab0"},
                 t.lower);
}

// "Age at onset: 99", "Age at diagnosis: 102", "age at consent (96)", "Age at time of death: 93":
// a label of the age at an event, one to three words after "age at", then ": " or " (".
bool ageAtEventBefore(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i < 3) return false;
  const std::string_view gap = gapBetween(in, i - 1, i);
  if (!(gap == ": " || gap == " (" || gap == ":")) return false;
  for (std::size_t words = 1; words <= 3 && i >= words + 2; ++words) {
    const std::size_t at = i - 1 - words;
    if (is(tokens[at], "at") && is(tokens[at - 1], "age") && gapBetween(in, at - 1, at) == " ") {
      for (std::size_t k = at; k + 1 < i; ++k) {
        if (gapBetween(in, k, k + 1) != " " || tokens[k + 1].hasDigit) return false;
      }
      return true;
    }
  }
  return false;
}

// A family history's "great-grandfather alive at ninety-five, lives in ...", "died at 97.": the
// age at which a relative is living or died, after "alive at" or "died at", ending the clause (a
// comma, a stop, a bracket or the line's end after it, never a unit: "died at 96 hours").
bool lifeAgeAt(const ScanInput& in, std::size_t first, std::size_t last) {
  const auto& tokens = in.tokens;
  if (first < 2 || !is(tokens[first - 1], "at") || gapBetween(in, first - 1, first) != " " ||
      gapBetween(in, first - 2, first - 1) != " ") {
    return false;
  }
  const Token& verb = tokens[first - 2];
  if (!(is(verb, "alive") || is(verb, "died") || is(verb, "living"))) return false;
  const std::size_t end = tokens[last].end;
  if (end >= in.text.size()) return true;
  const char c = in.text[end];
  if ((c == '.' || c == ',') && end + 1 < in.text.size() && isDigit(in.text[end + 1])) return false;  // "95.5"
  return c == ',' || c == '.' || c == ';' || c == ')' || c == '\n' || c == '\r';
}

// Hungarian obituaries' "életének 97. évében" (in the 97th year of his life): the ordinal's digits
// between "élete"/"életének" and "évében" (seed 3636).
bool hungarianYearOfLife(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  return i > 0 && i + 1 < tokens.size() && gapBetween(in, i - 1, i) == " " && gapBetween(in, i, i + 1) == ". " &&
         listHas({"\u00e9let\u00e9nek", "\u00e9lete"}, tokens[i - 1].lower) &&
         tokens[i + 1].lower == "\u00e9v\u00e9ben";
}

// The context of a number of the nineties spelled in another language (world_number_words.h):
// its age's word after it ("noventa y tres años", "девяносто три года", "doksan üç yaşında",
// "nonante-trois ans", "아흔세 살") or an age's label or "aged" before it ("Edad: noventa y tres",
// "âgée de quatre-vingt-treize ans", "в возрасте девяноста лет", "年龄：九十三", "umri wa miaka
// tisini na tatu", "בת תשעים"). No number alone: "noventa pesos", "девяносто рублей".
bool spelledWorldAge(const ScanInput& in, const SpelledNineties& s) {
  if (s.unitJoined) return true;
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  const Token& lastToken = tokens[s.last];
  if (s.end == lastToken.end && s.last + 1 < n) {
    const std::string_view gap = gapBetween(in, s.last, s.last + 1);
    if (gapOnly(gap, " -", 2) && !gap.empty() && ageUnitFollows(in, s.last + 1)) return true;
  }
  // A label in the same token before a number written without spaces: "年龄：九十三", "나이:아흔".
  const Token& firstToken = tokens[s.first];
  if (s.start > firstToken.start) {
    std::string_view before = in.text.substr(firstToken.start, s.start - firstToken.start);
    for (std::string_view mark : {"\uff1a", ":", " "}) {
      if (before.ends_with(mark)) before.remove_suffix(mark.size());
    }
    for (std::string_view label : {"\u5e74\u9f84", "\u5e74\u9f61", "\u5e74\u9f62", "\u4eab\u5e74", "\u0e2d\u0e32\u0e22\u0e38"}) {
      if (before.ends_with(label)) return true;
    }
    return false;
  }
  if (s.first == 0) return false;
  std::size_t k = s.first - 1;
  if (!gapOnly(gapBetween(in, k, s.first), " :=\uff1a", 4) || gapBetween(in, k, s.first).empty()) return false;
  // "âgée de", "età di", "edad de", "im Alter von", "umri wa miaka": the preposition of the label.
  if (k > 0 && listHas({"de", "di", "von", "of", "wa"}, tokens[k].lower) && gapBetween(in, k - 1, k) == " ") --k;
  if (k > 0 && tokens[k].lower == "miaka" && gapBetween(in, k - 1, k) == " " &&
      (tokens[k - 1].lower == "wa" || tokens[k - 1].lower == "umri")) {
    return true;
  }
  static constexpr std::array<std::string_view, 22> kBefore = {
      "age", "aged", "\u00e2g\u00e9", "\u00e2g\u00e9e", "edad", "et\u00e0", "alter", "wieku", "v\u011bku",
      "\u0432\u043e\u0437\u0440\u0430\u0441\u0442\u0435", "\u0432\u0456\u0446\u0456", "berusia", "berumur",
      "usia", "miaka", "\u05d1\u05df", "\u05d1\u05ea", "\u05d2\u05d9\u05dc", "\u0639\u0645\u0631",
      "\u0633\u0646", "\ub098\uc774", "idade"};
  return listHas(kBefore, tokens[k].lower) || ageWordOfLanguage(tokens[k]);
}

void scanAges(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (isScriptAgeNumber(t)) {
      const bool unitAfter = i + 1 < n && gapBetween(in, i, i + 1) == " " && ageUnitFollows(in, i + 1);
      const bool cueBefore = i > 0 && ageWordOfLanguage(tokens[i - 1]) && gapOnly(gapBetween(in, i - 1, i), " :=", 3);
      if (unitAfter || cueBefore) out.push_back({t.start, t.end, PhiCategory::Age, priority::kAge});
      continue;
    }
    if (isAgeNumber(t)) {
      if (ageThresholdAfter(in, i)) continue;
      bool unitAfter = i + 1 < n && gapOnly(gapBetween(in, i, i + 1), " -", 2) && ageUnitFollows(in, i + 1);
      // A free clinic's card: "DOB 06/02/31  94 yrs", the age in years after the birth date on its
      // line, set off by a column gap.
      if (!unitAfter && i > 0 && i + 1 < n && gapBetween(in, i, i + 1) == " " &&
          (is(tokens[i + 1], "yrs") || is(tokens[i + 1], "years")) && gapOnly(gapBetween(in, i - 1, i), " ", 8) &&
          gapBetween(in, i - 1, i).size() >= 2 && tokens[i - 1].allDigits) {
        const std::string_view line = sameLineBefore(in.text, t.start, 30);
        unitAfter = rfindWordCaseless(line, "dob") != std::string_view::npos;
      }
      bool cueBefore = false;
      if (i > 0) {
        std::size_t k = i - 1;
        if (is(tokens[k], "of") && k > 0 && isInlineSpace(gapBetween(in, k, i))) --k;  // "age of 93"
        // A crisis line's "Age stated: 93", what the caller said.
        if (is(tokens[k], "stated") && k > 0 && is(tokens[k - 1], "age") && gapBetween(in, k - 1, k) == " ") --k;
        // "Age (years): 93", "Age (yrs) 95": the unit in brackets after the label.
        // ("AGE(YRS): 93", JSON's "age_years": 93.)
        // (And "Alter (Jahre): 93", "Leeftijd (jaren): 93", "Âge (ans) : 93", "Edad (años): 93".)
        if (listHas({"years", "yrs", "jahre", "jaren", "ans", "a\u00f1os", "anos", "anni", "lat", "\u00e5r"}, tokens[k].lower) &&
            k > 0 && (is(tokens[k - 1], "age") || ageWordOfLanguage(tokens[k - 1])) &&
            (gapBetween(in, k - 1, k) == " (" || gapBetween(in, k - 1, k) == "(" || gapBetween(in, k - 1, k) == "_") &&
            gapOnly(gapBetween(in, k, i), ") :\"", 4)) {
          --k;
          cueBefore = true;
        }
        const std::string_view cueGap = gapBetween(in, k, k + 1);
        // Tajik "Синну сол: 101" (age, "years of age"): "сол" (year) alone is no label.
        const bool tajikAge = k > 0 && (tokens[k].lower == "\u0441\u043e\u043b" || tokens[k].lower == "\u0421\u041e\u041b") &&
                              listHas({"\u0441\u0438\u043d\u043d\u0443", "\u0421\u0438\u043d\u043d\u0443",
                                       "\u0421\u0418\u041d\u041d\u0423"},
                                      tokens[k - 1].lower) &&
                              gapBetween(in, k - 1, k) == " " && gapOnly(cueGap, " :", 2);
        cueBefore = cueBefore || tajikAge || oldThenYears(in, i, i) ||
                    ((is(tokens[k], "age") || is(tokens[k], "ageyears") || is(tokens[k], "patientage") || is(tokens[k], "aged") || is(tokens[k], "ages") || ageWordOfLanguage(tokens[k])) &&
                    // (JSON's "age": 93 too.)
                    (gapOnly(cueGap, " :=", 3) || (cueGap.starts_with('"') && gapOnly(cueGap, "\" :", 4)) ||
                     // A face sheet's dotted leader: "Age ................... 96".
                     (is(tokens[k], "age") && gapOnly(cueGap, " .", 40) && cueGap.find("...") != std::string_view::npos)));
        cueBefore = cueBefore || ageAtEventBefore(in, i);
      }
      if (unitAfter || cueBefore || setOffYears(in, i) || ageSexPair(in, i) || setOffAgeSex(in, i) ||
          turnedAge(in, i) || ownAge(in, i) || yearsWordBefore(in, i) || personOfAge(in, i) || kinAgeAlready(in, i) || statedAge(in, i, i) || ageAfterName(in, i) || ageAfterBedName(in, i) ||
          lifeAgeAt(in, i, i) || hungarianYearOfLife(in, i) ||
          answersHowOld(in.text, t.start, t.end) ||
          fhirAgeValue(in, i) || ageSlashSex(in, i) || bracketedSexSlashAge(in, i) ||
          // A cell of a pipe table's "Age" column: "1 | LOVETT, SCHALK | 676-46-666 | 98 | Dr. ...".
          pipeColumnHeadedBy(in.text, t.start, t.end, {"age"})) {
        out.push_back({t.start, t.end, PhiCategory::Age, priority::kAge});
        continue;
      }
      if (const std::size_t decade = decadeAgeLength(in, i); decade > 0) {
        out.push_back({t.start, t.start + decade, PhiCategory::Age, priority::kAge});
      }
      continue;
    }
    if ((t.hasDigit && t.hasLetter && isDigit(t.lower[0])) || is(t, "nineties")) {
      if (const std::size_t decade = decadeAgeLength(in, i); decade > 0) {
        out.push_back({t.start, t.start + decade, PhiCategory::Age, priority::kAge});
        continue;
      }
    }
    // (Also "93才の男性", "93周岁老人": the digits open a word of Japanese or Chinese.)
    // (And "SATO Yuko様、93歳、ID": a romanised name joined to the Japanese text after it, seed 3535.)
    if (t.hasDigit && t.hasLetter &&
        (static_cast<unsigned char>(t.lower[0]) >= 0xE0 ||
         (isDigit(t.lower[0]) && static_cast<unsigned char>(t.lower.back()) >= 0x80) ||
         (isAsciiAlpha(t.lower[0]) && cjkAfterLatin(t.lower)))) {
      std::size_t digits = 0;
      if (const std::size_t at = chineseLabelAge(t.lower, digits); at != std::string_view::npos) {
        out.push_back({t.start + at, t.start + at + digits, PhiCategory::Age, priority::kAge});
        continue;
      }
      if (const std::size_t at = cjkAgeInWord(t.lower, digits); at != std::string_view::npos) {
        out.push_back({t.start + at, t.start + at + digits, PhiCategory::Age, priority::kAge});
        continue;
      }
    }
    if (t.hasDigit && t.hasLetter && birthdayOrdinal(in, i)) {
      out.push_back({t.start, t.end, PhiCategory::Age, priority::kAge});
      continue;
    }
    // ("100m Street", "60m Road": Erbil's and other cities' ring roads named by their width in
    // metres, no male age.)
    // (Only digits with letters after them: the cheap test first, since every word comes here.)
    if (const std::size_t digits = t.hasDigit && t.hasLetter && isDigit(t.lower[0]) ? attachedAgeDigits(t) : 0;
        digits > 0 && !(t.lower.back() == 'm' && i + 1 < n && gapBetween(in, i, i + 1) == " " &&
                        isStreetSuffix(tokens[i + 1]))) {
      out.push_back({t.start, t.start + digits, PhiCategory::Age, priority::kAge});
      continue;
    }
    // Spelled in another language: "noventa y tres años", "dreiundneunzigjährige", "九十三歳".
    if (SpelledNineties spelled; maySpellNineties(t) && spelledNinetiesAt(in, i, spelled) && spelledWorldAge(in, spelled)) {
      out.push_back({spelled.start, spelled.end, PhiCategory::Age, priority::kAge});
      i = spelled.last;
      continue;
    }
    // Spelled out: "ninety-three-year-old", "ninety year old", "one hundred and one year old",
    // "aged ninety-one".
    if (is(t, "ninety") || is(t, "hundred")) {
      std::size_t last = i;
      if (is(t, "hundred") && i + 2 < n && is(tokens[i + 1], "and") && isInlineSpace(gapBetween(in, i, i + 1)) &&
          isInlineSpace(gapBetween(in, i + 1, i + 2)) && unitWord(tokens[i + 2].lower) > 0) {
        last = i + 2;
      } else if (i + 1 < n && gapOnly(gapBetween(in, i, i + 1), " -", 1) && unitWord(tokens[i + 1].lower) > 0) {
        last = i + 1;
      }
      std::size_t start = t.start;
      if (is(t, "hundred") && i > 0 && is(tokens[i - 1], "one")) start = tokens[i - 1].start;
      const std::size_t first = start == t.start ? i : i - 1;
      const bool unitAfter = last + 1 < n && gapOnly(gapBetween(in, last, last + 1), " -", 2) && ageUnitFollows(in, last + 1);
      const bool cueBefore = first > 0 && (is(tokens[first - 1], "aged") || is(tokens[first - 1], "age")) &&
                             gapOnly(gapBetween(in, first - 1, first), " :", 2);
      // "A: one hundred and three M, ...": a spelled age and a sex letter after a label.
      const bool sexAfter = last + 1 < n && gapBetween(in, last, last + 1) == " " &&
                            (is(tokens[last + 1], "m") || is(tokens[last + 1], "f")) &&
                            isUpper(in.text[tokens[last + 1].start]) && first > 0 &&
                            gapBetween(in, first - 1, first) == ": " &&
                            (tokens[last + 1].end >= in.text.size() || !isWordByte(in.text[tokens[last + 1].end]));
      // "pt omayra largo (ninety-eight) wants to die at home": a spelled age alone in brackets after
      // a person's name. Not a quantity written twice ("90 (ninety) tablets", "Qty (ninety)").
      bool bracketed = false;
      if (first > 0 && gapBetween(in, first - 1, first) == " (" && last + 1 < n &&
          gapBetween(in, last, last + 1) == ") ") {
        const Token& before = tokens[first - 1];
        const Token& after = tokens[last + 1];
        static constexpr std::array<std::string_view, 14> kQuantities = {
            "tablets", "tabs", "caps", "capsules", "pills", "days", "doses", "units",
            "mg", "ml", "minutes", "mins", "percent", "times"};
        static constexpr std::array<std::string_view, 6> kCounts = {"qty", "quantity", "dispense", "disp", "total", "count"};
        bracketed = before.hasLetter && !before.hasDigit && before.length() >= 2 &&
                    std::find(kCounts.begin(), kCounts.end(), before.lower) == kCounts.end() &&
                    std::find(kQuantities.begin(), kQuantities.end(), after.lower) == kQuantities.end();
      }
      // "the patient shamma al-zahrani from buraydah, ninety-five, daughter ...": a spelled age set
      // off by commas after a word, the patient named earlier in the same sentence on the line (a
      // chat or a voice note). Not "patient took ninety, then": a verb or a number before it.
      bool commaSetOff = false;
      if (first > 0 && gapBetween(in, first - 1, first) == ", " && last + 1 < n &&
          gapBetween(in, last, last + 1) == ", " && tokens[first - 1].hasLetter && !tokens[first - 1].hasDigit) {
        std::string_view before = sameLineBefore(in.text, start, 80);
        if (const std::size_t stop = before.find_last_of(".;:!?"); stop != std::string_view::npos) {
          before.remove_prefix(stop + 1);
        }
        commaSetOff = rfindWordCaseless(before, "patient") != std::string_view::npos ||
                      rfindWordCaseless(before, "pt") != std::string_view::npos;
        static constexpr std::array<std::string_view, 8> kVerbs = {"took", "gave", "given", "received", "scored",
                                                                   "counted", "was", "is"};
        if (std::find(kVerbs.begin(), kVerbs.end(), tokens[first - 1].lower) != kVerbs.end()) commaSetOff = false;
      }
      // "Pt: Graham Brennan, ninety-three years, station hand's mother": the spelled age and its
      // years set off by commas after a name, as setOffYears reads digits (seed 3838).
      const bool yearsSetOff = first > 0 && gapBetween(in, first - 1, first) == ", " && tokens[first - 1].hasLetter &&
                               !tokens[first - 1].hasDigit && isUpper(in.text[tokens[first - 1].start]) &&
                               last + 1 < n && gapBetween(in, last, last + 1) == " " &&
                               (is(tokens[last + 1], "years") || is(tokens[last + 1], "yrs")) &&
                               (tokens[last + 1].end >= in.text.size() || in.text[tokens[last + 1].end] == ',' ||
                                in.text[tokens[last + 1].end] == '\n');
      if (unitAfter || cueBefore || sexAfter || bracketed || commaSetOff || yearsSetOff || oldThenYears(in, first, last) ||
          statedAge(in, first, last) || lifeAgeAt(in, first, last) ||
          answersHowOld(in.text, start, tokens[last].end)) {
        out.push_back({start, tokens[last].end, PhiCategory::Age, priority::kAge});
        i = last;
      }
    }
  }
}

}  // namespace concord::phi::detail
