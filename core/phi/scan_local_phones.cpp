// Telephone numbers in national formats without a country code. The North American, "+CC" and
// trunk-"0" forms of scan_phone_ssn.cpp leave out the groupings that much of the world uses:
// pairs of digits, a two-digit area code before two groups of four, a dash after the area code.
// A few of these groupings are specific enough to stand alone; the others are numbers of any kind
// unless a phone word or a relative's role comes right before them.
#include <array>
#include <string>

#include "flat_word_table.h"
#include "local_phones.h"
#include "name_cues.h"

namespace concord::phi::detail {

namespace {

struct Grouping {
  std::array<std::size_t, 6> runs{};
  std::array<char, 6> separators{};  // separators[k] comes before runs[k] (k >= 1)
  std::size_t groups = 0;
  std::size_t digits = 0;
  std::size_t area = 0;  // digits of an area code in parentheses, 0 if none
  std::size_t end = 0;
};

// Reads digit groups joined by single spaces, dashes or dots from `pos`, with an optional area
// code in parentheses first ("(81) 98765-4321"). Returns false when no number starts there or
// something glued on continues it (a letter, a slash, a time's colon, a seventh group).
bool readGrouping(std::string_view text, std::size_t pos, Grouping& g) {
  std::size_t k = pos;
  if (text[k] == '(') {
    const std::size_t run = digitRun(text, k + 1);
    // (One digit too: Santiago's "(2) 2263 0336", a Chilean area code; four or five from a trunk 0,
    // as German, Austrian and Turkish numbers bracket theirs: "(0221) 12 34 56", "(0212) 123 45 67".)
    if (run < 1 || run > (text[k + 1] == '0' ? 5u : 3u) || k + run + 3 >= text.size() || text[k + 1 + run] != ')' || text[k + 2 + run] != ' ') {
      return false;
    }
    g.area = run;
    g.digits = run;
    k += run + 3;
  }
  while (true) {
    const std::size_t run = digitRun(text, k);
    if (run == 0 || g.groups == g.runs.size()) return false;
    g.runs[g.groups++] = run;
    g.digits += run;
    k += run;
    if (k + 1 < text.size() && (text[k] == ' ' || text[k] == '-' || text[k] == '.') && isDigit(text[k + 1])) {
      g.separators[g.groups] = text[k];
      ++k;
      continue;
    }
    break;
  }
  g.end = k;
  if (k < text.size()) {
    const char c = text[k];
    // A quote after the digits is a foot or minute mark, unless one opened the value: "'442 60 011'".
    const bool quoted = c == '\'' && pos > 0 && text[pos - 1] == '\'';
    // (Korean glues its particle or copula on, a Hangul syllable: "연락처는 02-696-8383입니다", seed 3737.)
    if ((isWordByte(c) && !hangulSyllableAt(text, k)) || c == '/' || c == '+' || c == '%' || (c == '\'' && !quoted) ||
        ((c == '-' || c == '.' || c == ':' || c == ',') && k + 1 < text.size() && isDigit(text[k + 1]))) {
      return false;
    }
  }
  return true;
}

bool sameSeparators(const Grouping& g, char sep) {
  for (std::size_t k = 1; k < g.groups; ++k) {
    if (g.separators[k] != sep) return false;
  }
  return true;
}

// A number read from inside a bracket must close it: "(07 61 08 15 91)".
bool bracketedOk(std::string_view text, std::size_t pos, const Grouping& g) {
  return pos > 0 && text[pos - 1] == '(' && g.end < text.size() && text[g.end] == ')';
}

// Groupings that are telephone numbers wherever they stand.
bool distinctiveShape(std::string_view text, std::size_t pos, const Grouping& g) {
  // France: ten digits in five pairs from a trunk 0, by spaces or dots ("06 12 34 56 78").
  if (g.area == 0 && g.groups == 5 && text[pos] == '0' && text[pos + 1] != '0' &&
      (sameSeparators(g, ' ') || sameSeparators(g, '.'))) {
    bool pairs = true;
    for (std::size_t k = 0; k < 5; ++k) pairs = pairs && g.runs[k] == 2;
    if (pairs) return true;
  }
  // Brazil: an area code in parentheses, then four or five digits, a dash and four.
  if (g.area == 2 && g.groups == 2 && (g.runs[0] == 4 || g.runs[0] == 5) && g.runs[1] == 4 && g.separators[1] == '-') {
    return true;
  }
  // Sweden: a trunk-0 area code, a dash, then the number in groups ("070-123 45 67", "08-123 456 78").
  if (g.area == 0 && g.groups >= 3 && g.groups <= 4 && text[pos] == '0' && g.runs[0] >= 2 && g.runs[0] <= 4 &&
      g.separators[1] == '-' && g.digits >= 9 && g.digits <= 10) {
    bool spaced = true;
    for (std::size_t k = 2; k < g.groups; ++k) spaced = spaced && g.separators[k] == ' ';
    for (std::size_t k = 1; k < g.groups; ++k) spaced = spaced && g.runs[k] >= 2 && g.runs[k] <= 3;
    if (spaced) return true;
  }
  // Indonesia: a mobile from its trunk "08", dashed in fours ("0813-7794-3193", "0812-3456-789").
  if (g.area == 0 && g.groups == 3 && text[pos] == '0' && text[pos + 1] == '8' && g.runs[0] == 4 &&
      g.runs[1] >= 3 && g.runs[1] <= 4 && g.runs[2] >= 3 && g.runs[2] <= 4 && sameSeparators(g, '-')) {
    return true;
  }
  // Ukraine (and its neighbours): a trunk-0 operator code in parentheses, then three digits and two
  // pairs by dashes ("(067) 182-22-35").
  if (g.area == 3 && text[pos + 1] == '0' && g.groups == 3 && g.runs[0] == 3 && g.runs[1] == 2 && g.runs[2] == 2 &&
      sameSeparators(g, '-')) {
    return true;
  }
  // Uzbekistan: the operator's two digits in parentheses, then three digits and two pairs by dashes
  // ("(90) 123-45-67"), as the Ukrainian form above with a code of two.
  if (g.area == 2 && g.groups == 3 && g.runs[0] == 3 && g.runs[1] == 2 && g.runs[2] == 2 && sameSeparators(g, '-')) {
    return true;
  }
  // Belgium: a landline from its trunk 0 and a one-digit zone, then three digits and two pairs by
  // spaces ("02 563 00 62"); not before a lower-case unit, as the Swiss form below.
  if (g.area == 0 && g.groups == 4 && text[pos] == '0' && text[pos + 1] != '0' && g.runs[0] == 2 && g.runs[1] == 3 &&
      g.runs[2] == 2 && g.runs[3] == 2 && sameSeparators(g, ' ') &&
      !(g.end + 1 < text.size() && text[g.end] == ' ' && isLower(text[g.end + 1]))) {
    return true;
  }
  // Ethiopia and Belgium: a mobile "09" or "04" of four digits, then three pairs by spaces ("0916 34
  // 78 01", "0471 23 45 67").
  if (g.area == 0 && g.groups == 4 && text[pos] == '0' && (text[pos + 1] == '9' || text[pos + 1] == '4') &&
      g.runs[0] == 4 && g.runs[1] == 2 &&
      g.runs[2] == 2 && g.runs[3] == 2 && sameSeparators(g, ' ')) {
    return true;
  }
  // Switzerland: a trunk-0 code of three digits, then three digits and two pairs by spaces ("079
  // 123 45 67"). Not a row of doses with their unit after ("025 125 25 50 mg").
  if (g.area == 0 && g.groups == 4 && text[pos] == '0' && text[pos + 1] != '0' && g.runs[0] == 3 && g.runs[1] == 3 &&
      g.runs[2] == 2 && g.runs[3] == 2 && sameSeparators(g, ' ') &&
      !(g.end + 1 < text.size() && text[g.end] == ' ' && isLower(text[g.end + 1]))) {
    return true;
  }
  // Nepal: a mobile "98" or "97", a dash, seven digits ("984-1234567").
  if (g.area == 0 && g.groups == 2 && g.runs[0] == 3 && g.runs[1] == 7 && g.separators[1] == '-' && text[pos] == '9' &&
      (text[pos + 1] == '8' || text[pos + 1] == '7')) {
    return true;
  }
  // Argentina: the area code, the mobile's "15" and two groups of four ("11 15-4719-6265").
  if (g.area == 0 && g.groups == 4 && g.runs[0] >= 2 && g.runs[0] <= 4 && g.runs[1] == 2 && g.runs[2] == 4 &&
      g.runs[3] == 4 && g.separators[1] == ' ' && g.separators[2] == '-' && g.separators[3] == '-' &&
      text.substr(pos + g.runs[0] + 1, 2) == "15") {
    return true;
  }
  // China: a mobile of eleven digits from "13" to "19", three, four and four ("136 1831 7781").
  if (g.area == 0 && g.groups == 3 && g.runs[0] == 3 && g.runs[1] == 4 && g.runs[2] == 4 && text[pos] == '1' &&
      text[pos + 1] >= '3' && (sameSeparators(g, ' ') || sameSeparators(g, '-'))) {
    return true;
  }
  // The Netherlands: a mobile "06-" and eight digits.
  if (g.area == 0 && g.groups == 2 && g.runs[0] == 2 && text[pos] == '0' && text[pos + 1] == '6' && g.runs[1] == 8 &&
      g.separators[1] == '-') {
    return true;
  }
  return false;
}

// Any grouping a phone number may have: eight to eleven digits in one to five groups of two or
// more, or twelve with an area code in parentheses.
bool phoneLike(const Grouping& g) {
  if (g.digits < 8 || g.digits > (g.area > 0 ? 12u : 11u) || g.groups > 5) return false;
  for (std::size_t k = 0; k < g.groups; ++k) {
    if (g.runs[k] < 2) return false;
  }
  // One unbroken run is a mobile with its trunk 0 ("08031234567", "0712345678").
  return g.groups > 1 || g.area > 0 || (g.runs[0] >= 10 && g.runs[0] <= 11 && g.runs[0] == g.digits);
}

// A unit of a dose or a count right after `end` ("250 1000 mg"): the digits are a quantity.
bool unitAfter(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != ' ') return false;
  std::size_t k = end + 1;
  std::string word;
  while (k < text.size() && isAsciiAlpha(text[k]) && word.size() < 8) word.push_back(lowerAscii(text[k++]));
  return listHas({"mg", "ml", "mcg", "g", "kg", "iu", "u", "units", "mmol", "tabs", "tablets", "doses"}, word);
}

// Words right before a number that say it is dialled, in the languages of the sites.
bool phoneWordBefore(std::string_view before) {
  std::size_t k = before.size();
  // (Also a comma, "call my mobile, 62 31 60 04", and a quoted value of a key, "phone = '442 60 011'".)
  while (k > 0 && (before[k - 1] == ' ' || before[k - 1] == ':' || before[k - 1] == '.' || before[k - 1] == '#' ||
                   before[k - 1] == '(' || before[k - 1] == '\t' || before[k - 1] == ',' || before[k - 1] == '=' ||
                   before[k - 1] == '\'' ||
                   // (Armenian's colon-like "՝" after a label: "Հեռ.՝ 099 84-22-58". Its full stop "։"
                   // reaches the scanners as ". ", detector.cpp.)
                   (k >= 2 && before[k - 2] == '\xD5' && before[k - 1] == '\x9D'))) {
    k -= k >= 2 && before[k - 2] == '\xD5' && before[k - 1] == '\x9D' ? 2 : 1;
  }
  const std::string_view head = before.substr(0, k);
  // Chinese "打" (call) and "致電" (to call) right before the number, glued to the words before:
  // "有問題打 5806 4368", "請致電 2123 4567".
  if (head.ends_with("\u6253") || head.ends_with("\u81f4\u96fb") || head.ends_with("\u81f4\u7535")) return true;
  // Singapore's and Malaysia's "HP" (hand phone), in capitals only: "hp" is also horsepower.
  // (Not the Human Phenotype Ontology's term after its name: "HPO HP:0002072", seed 3636.)
  if (head.ends_with("HP") && (head.size() == 2 || !isWordByte(head[head.size() - 3])) && !head.ends_with("HPO HP")) {
    return true;
  }
  // (Portuguese "contacto" and Brazilian "contato", the Portuguese mobile "telemóvel".)
  // (The Greek mobile "Kinito", in Latin letters.)
  // (The labels of the second list of countries: Cyrillic "тел."/"телефон"/"моб."/"факс", Arabic
  // "هاتف"/"جوال"/"فاكس", Lithuanian "tel. nr.", Slovak "tel. č.", only ASCII letters being folded.)
  static constexpr std::string_view kWords[] = {
      "tel",         "tél",       "telf",          "tlf",        "tfn",         "teléfono",  "telefono",
      "telefone",    "telefon",   "téléphone",     "telephone",  "phone",       "mobile",    "mobil",
      "mobiltelefon", "cell",     "celular",       "móvil",      "movil",       "portable",  "gsm",
      "cellulare",   "thoại",     "ligne directe", "direct line", "number is",  "contact no", "contact",
      "fax",         "faks",      "telefax",       "on file",    "call",        "please call", "dialled",
      "dialed",      "telefoonnummer", "mob",     "contacto",      "contato",    "telemóvel",   "telemovel",
      "kinito",      "kinhto",
      // (Spanish "call us at": "llamen al 901 402 692".)
      "llamen al",   "llame al",  "llamar al",    "ll\u00e1menos al", "llamenos al",
      // (A chat's "my number": Portuguese, Spanish, French, Wolof with the French noun, Uzbek "your
      // number" and "my number".)
      "meu n\u00famero", "meu numero", "mi n\u00famero", "mi numero", "mon num\u00e9ro", "mon numero",
      "sama num\u00e9ro", "sama numero", "my number", "raqamingiz", "raqamim",
      "tel. nr", "mob. nr", "tel. \u010d", "\u0442\u0435\u043b", "\u0422\u0435\u043b",
      "\u0442\u0435\u043b\u0435\u0444\u043e\u043d", "\u0422\u0435\u043b\u0435\u0444\u043e\u043d",
      "\u043c\u043e\u0431", "\u041c\u043e\u0431", "\u0444\u0430\u043a\u0441", "\u0424\u0430\u043a\u0441",
      "\u0647\u0627\u062a\u0641", "\u0627\u0644\u0647\u0627\u062a\u0641", "\u062c\u0648\u0627\u0644",
      "\u0627\u0644\u062c\u0648\u0627\u0644", "\u0641\u0627\u0643\u0633", "\u0627\u0644\u0641\u0627\u0643\u0633",
      "\u0645\u0648\u0628\u0627\u064a\u0644", "\u0645\u062d\u0645\u0648\u0644", "\u062a\u0644\u0641\u0648\u0646",
      // (The third list of countries: Armenian "հեռ."/"հեռախոս"/"բջջ." (mobile)/"ֆաքս", Georgian
      // "ტელ."/"ტელეფონი"/"მობ."/"ფაქსი", Mongolian "утас" (and "гар утас", mobile), Albanian
      // "cel."/"celulari"/"telefoni", Malay "tel. bimbit" and "H/P", Dutch "mobiel", Papiamentu
      // "telefòn", Tok Pisin and Bislama "fon", Fijian "talevoni", Tigrinya "ስልኪ" and Amharic "ስልክ",
      // Dhivehi "ފޯނު", traditional Chinese "電話", "手機", "傳真" (fax) with the full-width colon.)
      "\u0570\u0565\u057c", "\u0540\u0565\u057c", "\u0570\u0565\u057c\u0561\u056d\u0578\u057d",
      "\u0540\u0565\u057c\u0561\u056d\u0578\u057d", "\u0562\u057b\u057b", "\u0532\u057b\u057b",
      "\u0586\u0561\u0584\u057d", "\u0556\u0561\u0584\u057d", "\u10e2\u10d4\u10da",
      "\u10e2\u10d4\u10da\u10d4\u10e4\u10dd\u10dc\u10d8", "\u10db\u10dd\u10d1",
      "\u10db\u10dd\u10d1\u10d8\u10da\u10e3\u10e0\u10d8", "\u10e4\u10d0\u10e5\u10e1\u10d8",
      "\u0443\u0442\u0430\u0441", "\u0423\u0442\u0430\u0441", "cel", "celulari", "telefoni", "bimbit", "h/p",
      "mobiel", "telef\u00f2n", "fon", "talevoni", "\u1235\u120d\u12aa", "\u1235\u120d\u12ad",
      "\u078a\u07af\u0782\u07aa", "\u96fb\u8a71\uff1a", "\u624b\u6a5f\uff1a", "\u50b3\u771f\uff1a",
      "\u96fb\u8a71", "\u624b\u6a5f", "\u50b3\u771f",
      // (Tamil "தொலைபேசி", telephone, Singapore's.)
      "\u0ba4\u0bca\u0bb2\u0bc8\u0baa\u0bc7\u0b9a\u0bbf",
      // (Asking to be called in a chat: "call me", "ring me", "text me", Tok Pisin and English
      // "ring", Romanian "sunați la" (call at), Kreol and Romanian "apel", Armenian in Latin letters
      // "zangeq"/"zangahari" (call).)
      "call me", "ring me", "text me", "ring", "suna\u021bi la", "sunati la", "suna la", "suna\u021bi",
      "sunati", "apel", "apela\u021bi", "apelati", "zangeq", "zangahari", "zangel",
      // (The messaging apps a number is given for: "WhatsApp: 0803 123 4567", "Telegram: 8 916
      // ...", "Viber: ..."; Indonesian "Telp."/"Tlp." and "telepon", "ponsel" (mobile);
      // Vietnamese "SĐT" (số điện thoại); Greek "τηλ."/"τηλέφωνο" and "κιν."/"κινητό" (mobile),
      // their capitals listed as only ASCII letters are folded; Hindi and Nepali "फ़ोन"/"फोन",
      // Bengali "ফোন", Urdu "فون" and "موبائل"; Hebrew "טל'"/"טלפון" and "נייד" (mobile).)
      "whatsapp", "telegram", "viber", "telp", "tlp", "telepon", "ponsel", "s\u0111t", "s\u0110t", "sdt",
      "\u0111t", "\u0110t", "tel. kom",
      // (Spanish "Tfno."/"Tlfno.", Portuguese "Tlm."/"Telm." (telemóvel), Chilean "Fono".)
      "tfno", "tlfno", "tlm", "telm", "tlmv", "fono",
      // (A number a letter was faxed to: "Enviado por fax al 912 345 679", "per Fax an 0221
      // 123457", "faxé au 01 42 34 56 79", "faxed to".)
      "fax al", "fax an", "fax au", "fax to", "faxed to", "fax\u00e9 au", "faxe au", "fax para",
      // (A chat's "my number is", "call me at", "reachable at" in more languages: Spanish,
      // Portuguese, French, Italian, German, Russian, Indonesian, Hindi in Latin letters.)
      "mi n\u00famero es", "mi numero es", "ll\u00e1mame al", "llamame al", "ll\u00e1mame", "llamame",
      "localizable en el", "localizable al", "contactar en el", "contactar al", "meu n\u00famero \u00e9",
      "meu numero e", "mon num\u00e9ro est", "mon numero est", "mon num\u00e9ro c'est", "il mio numero \u00e8",
      "il mio numero", "mio numero", "meine nummer ist", "meine nummer", "nomor saya", "no saya", "mera number",
      "mera no", "mera nambar",
      "\u043f\u043e\u0437\u0432\u043e\u043d\u0438 \u043c\u043d\u0435",
      "\u041f\u043e\u0437\u0432\u043e\u043d\u0438 \u043c\u043d\u0435",
      "\u043f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435", "\u041f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435",
      "\u043c\u043e\u0439 \u043d\u043e\u043c\u0435\u0440", "\u041c\u043e\u0439 \u043d\u043e\u043c\u0435\u0440", "kom\u00f3rkowy", "komorkowy", "kom\u00f3rka",
      // (Persian "تلفن" and "تلفن همراه" (mobile), "موبایل" with the Persian yeh.)
      "\u062a\u0644\u0641\u0646", "\u0647\u0645\u0631\u0627\u0647", "\u0645\u0648\u0628\u0627\u06cc\u0644",
      "\u03c4\u03b7\u03bb", "\u03a4\u03b7\u03bb", "\u03a4\u0397\u039b",
      "\u03c4\u03b7\u03bb\u03ad\u03c6\u03c9\u03bd\u03bf", "\u03a4\u03b7\u03bb\u03ad\u03c6\u03c9\u03bd\u03bf",
      "\u03ba\u03b9\u03bd", "\u039a\u03b9\u03bd", "\u039a\u0399\u039d",
      "\u03ba\u03b9\u03bd\u03b7\u03c4\u03cc", "\u039a\u03b9\u03bd\u03b7\u03c4\u03cc",
      "\u092b\u093c\u094b\u0928", "\u095e\u094b\u0928", "\u092b\u094b\u0928", "\u09ab\u09cb\u09a8",
      "\u0641\u0648\u0646", "\u0645\u0648\u0628\u0627\u0626\u0644", "\u05d8\u05dc", "\u05d8\u05dc\u05e4\u05d5\u05df",
      "\u05e0\u05d9\u05d9\u05d3",
      // (The thirty-second list of countries: Icelandic "sími" and "farsími" (mobile), "hringdu í"
      // (call at); Latvian "tālrunis", "tālr."; French "me joindre au" (reach me at) and English
      // "reachable at"; a mobile-money number a bill is paid to, "orange money au", "sinpe móvil
      // al" (Costa Rica); Malagasy "antsoy" (call).)
      "s\u00edmi", "fars\u00edmi", "hringdu \u00ed", "hringi\u00f0 \u00ed", "t\u0101lrunis", "t\u0101lr",
      "joindre au", "joignable au", "reachable at", "reachable on", "reach me at", "money au", "money to",
      "m\u00f3vil al", "movil al", "sinpe al", "antsoy",
      // (The thirty-third list of countries: asking to be called "on" a number, as British and
      // Commonwealth English write it, "could you call me on", "will phone on"; an office's
      // "Enquiries:"; Malay "nombor saya" (my number); Spanish "llámeme al", "mi cel es"; Dutch
      // "bel" and "bellen op" (call); Levantine Arabic in Latin letters "raqme"/"ra2me" (my
      // number) and Arabic "للاستفسار" (for enquiries), "رقمي" (my number); Turkmen "sorag üçin"
      // (for questions); Kirundi and Kinyarwanda "hamagara" (call); Tetum "numeru" (number);
      // Chichewa "nambala yanga" (my number); Spanish and French "info", "infos", "informes".)
      "call me on", "ring me on", "phone me on", "text me on", "call us on", "ring us on", "phone on", "call on",
      "contact me on", "enquiries", "inquiries", "enquiry line", "nombor saya", "nombor telefon", "nombor hp",
      "ll\u00e1meme al", "llameme al", "ll\u00e1meme", "llameme", "mi cel es", "mi cel", "mi celular es",
      "mi celular", "bel", "bel me op", "bel ons op", "bellen op", "bellen naar", "raqme", "ra2me", "raqmi",
      "ra2mi", "\u0644\u0644\u0627\u0633\u062a\u0641\u0633\u0627\u0631", "\u0631\u0642\u0645\u064a",
      "sorag \u00fc\u00e7in", "soraglar \u00fc\u00e7in", "hamagara", "numeru", "nambala yanga", "info", "infos",
      "informes",
      // (The thirty-fourth list of countries: Catalan "telèfon" and "truqueu-la al" (call her at),
      // "truqueu-lo al" after the person, Seselwa "mon nimero" (my number), English "call back on" of a phone message, siSwati
      // "ngishayele" (call me), Turkish "numaranız"/"numaram" (your, my number), Kriolu and
      // Portuguese "liga"/"ligue" (call), French "mon numéro a changé" (my number changed).)
      "tel\u00e8fon", "truqueu al", "truqui al", "la al", "lo al", "la/lo al", "nimero", "mon nimero", "call back on", "call back", "callback", "ngishayele",
      "ngishayele ku", "numaran\u0131z", "numaram", "liga", "ligue", "ligue para", "a chang\u00e9",
      "has changed", "changed to",
      // (Sesotho "letsetsa" (call), French "appelez le"/"appelez-moi au" and "rendez-vous au" (an
      // appointment at), Italian "il mio cellulare è" (my mobile is), Papiamentu "yama" (call).)
      "letsetsa", "appelez le", "appelez-nous au", "appelez-moi au", "appelez au", "rendez-vous au",
      "cellulare \u00e8", "numero \u00e8", "yama",
      // (Italian "recapito" (contact), a number where the person is reached: "Recapito: (06)
      // 724409" on a scanned referral, seed 3838.)
      "recapito", "recapito telefonico",
      // (The old German "Fernruf" and "Fernsprecher" (telephone) of typed letters and their
      // transcripts: "Fernruf 030 149805 81", seed 3838.)
      "fernruf", "fernsprecher",
      // (A chat's second number: "ok ma, my other line is 929 2787", seed 3737.)
      "my line is", "other line is"};
  // (The words grouped by their last byte, once: a number's context then tries only the words
  // ending as it does, not all of the long list.)
  static const WordsByLastByte& kByLastByte = *new WordsByLastByte(kWords);  // never destroyed
  auto endsWithPhoneWord = [](std::string_view h) {
    if (h.empty()) return false;
    for (std::string_view w : kByLastByte.endingIn(lowerAscii(h.back()))) {
      if (endsWithWord(h, w)) return true;
    }
    return false;
  };
  // "on file" after the field it qualifies names that field's value: "ZIP on file 36326-0883" is
  // a ZIP+4, no phone (seed 3838).
  if (endsWithWord(head, "on file")) {
    const std::string_view field = head.substr(0, head.size() - 7);
    for (std::string_view w : {"zip", "postcode", "postal code", "address", "ssn", "dob"}) {
      if (endsWithWord(field.substr(0, field.size() - std::min<std::size_t>(field.size(), 1)), w)) return false;
    }
  }
  if (endsWithPhoneWord(head)) return true;
  // The phone word before the word for number, as the Commonwealth's forms print it: "Tel No.:",
  // "HP No:", "Mobile Number", "Tel.nr.", Tok Pisin "Fon namba", Fijian "Naba ni talevoni" (the
  // word last is matched above).
  for (std::string_view no : {"no", "nr", "number", "num", "namba"}) {
    if (head.size() <= no.size()) continue;
    const std::size_t at = head.size() - no.size();
    if (isWordByte(head[at - 1])) continue;
    bool match = true;
    for (std::size_t j = 0; j < no.size() && match; ++j) match = lowerAscii(head[at + j]) == no[j];
    if (!match) continue;
    std::string_view rest = head.substr(0, at);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '.')) rest.remove_suffix(1);
    if (rest.empty()) continue;
    if (endsWithPhoneWord(rest) || (rest.ends_with("HP") && (rest.size() == 2 || !isWordByte(rest[rest.size() - 3])))) {
      return true;
    }
  }
  // A telephone's label qualified by up to two words in lower case before the field's colon: whose
  // line it is ("Tél. du cabinet : 60 975 765", "Тел. родственника: 8 (703) 314-74-94", "Teléfono
  // de casa: ..."). Only the labels proper: "on file", "call" or "contact" before "Date:" are none.
  // (Or, with a third word, in parentheses after its label in running text: "el teléfono de la
  // familia (619 96 34 37)", the family's telephone, seed 3535.)
  const bool parenthesised = before.find('(', k) != std::string_view::npos;
  if (before.find(':', k) == std::string_view::npos && !parenthesised) return false;
  // (And the fax's: "Fax to CENO: 6974 8614".)
  static constexpr std::array<std::string_view, 19> kLabels = {"fax", "faks",
      "tel",      "t\u00e9l", "t\u00c9l", "telf",  "tel\u00e9fono", "telefono", "telefone", "telefon", "t\u00e9l\u00e9phone",
      "telephone", "phone",   "mobile", "celular",        "gsm",      "\u0442\u0435\u043b", "\u0422\u0435\u043b",
      "\u0442\u0435\u043b\u0435\u0444\u043e\u043d"};
  std::string_view label = head;
  for (int words = 0; words < (parenthesised ? 3 : 2); ++words) {
    std::size_t j = label.size();
    while (j > 0 && (isAsciiAlpha(label[j - 1]) || isNonAscii(label[j - 1]) || label[j - 1] == '\'')) --j;
    // (A capitalised word opens another field: "on file. Date:"; capitals of a note in capitals
    // do not: "TÉL. DU CABINET :".)
    if (j == label.size() || j == 0 || label[j - 1] != ' ' ||
        (isUpper(label[j]) && j + 1 < label.size() && isLower(label[j + 1]))) {
      return false;
    }
    label = label.substr(0, j);
    while (!label.empty() && (label.back() == ' ' || label.back() == '.')) label.remove_suffix(1);
    for (std::string_view w : kLabels) {
      if (endsWithWord(label, w)) return true;
    }
  }
  return false;
}

// A second (or third) number after a labelled one, joined by a slash, a semicolon, a comma or the
// word for "or" of the languages: "Tel: 612 345 678 o 912 345 678", "тел. 8-916-123-45-67 или
// 8-925-765-43-21", "Tél. : 01 23 45 67 89 ou 06 12 34 56 78". The connector and the earlier
// number (six digits or more) are stepped over and the phone word looked for before them.
bool earlierNumberCued(std::string_view before) {
  static constexpr std::string_view kConnectors[] = {
      " / ", "; ", ", ", " o ", " \u00f3 ", " ou ", " or ", " oder ", " of ", " ili ", " lub ", " veya ", " atau ", " au ",
      " e ", " y ", " und ", " and ", " eller ", " tai ", " vagy ", " sau ", " nebo ", " alebo ", " ho\u1eb7c ",
      " \u0438\u043b\u0438 ", " \u0430\u0431\u043e ", " \u0438 ", " \u0623\u0648 ", " \u06cc\u0627 "};
  for (int numbers = 0; numbers < 3; ++numbers) {
    bool joined = false;
    for (std::string_view c : kConnectors) {
      if (before.ends_with(c)) {
        before.remove_suffix(c.size());
        joined = true;
        break;
      }
    }
    if (!joined || before.empty() || !isDigit(before.back())) return false;
    std::size_t k = before.size();
    std::size_t digits = 0;
    while (k > 0 && (isDigit(before[k - 1]) || before[k - 1] == ' ' || before[k - 1] == '-' || before[k - 1] == '.' ||
                     before[k - 1] == '(' || before[k - 1] == ')' || before[k - 1] == '+')) {
      digits += isDigit(before[k - 1]) ? 1 : 0;
      --k;
    }
    if (digits < 6 || digits > 15) return false;
    before = before.substr(0, k);
    if (phoneWordBefore(before)) return true;
  }
  return false;
}

// A phone word before the number, or before an earlier number it is listed with.
bool phoneCue(std::string_view before) { return phoneWordBefore(before) || earlierNumberCued(before); }

// Three groups of a day, a month and a year, either way round ("12.03.2025", "2025-03-12", "12 03
// 2025"): listed after a phone they are the call's date, not a second number.
bool dateShaped(const Grouping& g) {
  if (g.groups != 3 || g.area > 0) return false;
  const bool yearLast = g.runs[0] <= 2 && g.runs[1] <= 2 && g.runs[2] == 4;
  const bool yearFirst = g.runs[0] == 4 && g.runs[1] <= 2 && g.runs[2] <= 2;
  return yearLast || yearFirst;
}

// A phone word before the number, or (unless the number is a date) before an earlier number it
// is listed with.
bool phoneCue(std::string_view before, const Grouping& g) {
  return phoneWordBefore(before) || (!dateShaped(g) && earlierNumberCued(before));
}

// A relative's role in parentheses right before the number: "Pilar Ruiz (mother), 55 1234 5678",
// "(sister) 412 34 567".
bool kinRoleBefore(std::string_view before) {
  std::size_t k = before.size();
  while (k > 0 && (before[k - 1] == ' ' || before[k - 1] == ',')) --k;
  if (k == 0 || before[k - 1] != ')') return false;
  const std::size_t open = before.rfind('(', k - 1);
  if (open == std::string_view::npos || k - 1 - open > 20) return false;
  std::string role;
  for (std::size_t j = open + 1; j + 1 < k; ++j) role.push_back(lowerAscii(before[j]));
  // (Portuguese "mãe" and "pai" are written so after a companion's name: "Graça Muianga (mãe), 84
  // 123 4567".)
  // (And the Nordic kin written so in Faroese and Danish records: "Jógvan við Stein (far), 00298
  // ...", "(mor)", "(nevø)", "(ægtemand)", "(kona)", "(sonur)", "(dóttir)".)
  // (And Norwegian's: "Pårørende: Odd Bakken (ektemann), 22 94 32 16", "(bror)", "(sønn)", seed 3737.)
  static constexpr std::array<std::string_view, 22> kNordicKin = {
      "far", "mor", "nev\u00f8", "niece", "\u00e6gtemand", "\u00e6gtef\u00e6lle", "hustru", "kona", "ma\u00f0ur",
      "sonur", "d\u00f3ttir", "s\u00f8n", "datter", "systir", "ektemann", "ektefelle", "kone", "bror", "niese",
      "s\u00f8nn", "s\u00f8ster", "samboer"};
  return isKinNoun(role) || role == "guardian" || role == "caregiver" || role == "carer" || role == "m\u00e3e" ||
         role == "pai" || listHas(kNordicKin, role);
}

// A relative named after their kin noun, then Spanish "al" (at) before the number, as a call log
// writes whom it reached: "contacto con su hermano Iñaki Puig Rodríguez al 91 257 50 02", "avisar
// a su padre Jordi Rodríguez al 93 123 45 67" (seed 3737). One to four capitalised words of the
// name; the kin noun right before them.
bool kinNameAlBefore(std::string_view before) {
  if (!(before.ends_with(" al ") || before.ends_with(" AL "))) return false;
  std::string_view head = before.substr(0, before.size() - 4);
  for (int words = 0; words <= 4 && !head.empty(); ++words) {
    std::size_t w = head.size();
    while (w > 0 && (isAsciiAlpha(head[w - 1]) || isNonAscii(head[w - 1]) || head[w - 1] == '-')) --w;
    if (w == head.size()) return false;
    const std::string_view word = head.substr(w);
    std::string lower;
    for (char c : word) lower.push_back(lowerAscii(c));
    if (words > 0 && isKinNoun(lower)) return true;
    // A word of the name opens with a capital (or an accented letter: "Álvaro", "Íñigo").
    if (!(isUpper(word[0]) || static_cast<unsigned char>(word[0]) == 0xC3) || w == 0 || head[w - 1] != ' ') {
      return false;
    }
    head = head.substr(0, w - 1);
  }
  return false;
}

// A person named in brackets after the word for the family or a relative, then the number after
// "au", "on", "at", "al" or a colon: "joindre la famille (Romaric Agossou) au 97 20 61 23", "the
// family (Ann Lee) on 0412 345 678", "la famille (Gisèle Zinsou) : 97 80 06 56".
bool familyBracketBefore(std::string_view before) {
  std::size_t k = before.size();
  while (k > 0 && before[k - 1] == ' ') --k;
  if (k > 0 && before[k - 1] == ':') {
    --k;
  } else {
    const std::string_view head = before.substr(0, k);
    std::size_t linker = 0;
    for (std::string_view word : {"au", "on", "at", "al", "op", "em"}) {
      if (endsWithWord(head, word)) linker = word.size();
    }
    if (linker == 0) return false;
    k -= linker;
  }
  while (k > 0 && before[k - 1] == ' ') --k;
  if (k == 0 || before[k - 1] != ')') return false;
  const std::size_t open = before.rfind('(', k - 1);
  if (open == std::string_view::npos || open == 0 || k - open > 40) return false;
  // The bracket holds a name: capitalised words (or a script without capitals), no digit.
  for (std::size_t j = open + 1; j + 1 < k; ++j) {
    if (isDigit(before[j])) return false;
  }
  if (!(isUpper(before[open + 1]) || static_cast<unsigned char>(before[open + 1]) >= 0xC0)) return false;
  std::size_t e = open;
  while (e > 0 && before[e - 1] == ' ') --e;
  std::size_t w = e;
  while (w > 0 && (isAsciiAlpha(before[w - 1]) || isNonAscii(before[w - 1]))) --w;
  std::string word;
  for (std::size_t j = w; j < e; ++j) word.push_back(lowerAscii(before[j]));
  return listHas({"family", "famille", "familia", "fam\u00edlia", "familie"}, word) || isKinNoun(word);
}

// The same person named inside the bracket, the number after a comma before it closes: "the
// family (Ali Jassim Al-Dosari, 3702 2180) informed", "la famille (Gisèle Zinsou, 97 80 06 56)".
bool familyBracketOpenBefore(std::string_view before) {
  if (!before.ends_with(", ")) return false;
  const std::size_t open = before.rfind('(');
  if (open == std::string_view::npos || open == 0 || before.size() - open > 48) return false;
  for (std::size_t j = open + 1; j + 2 < before.size(); ++j) {
    if (isDigit(before[j]) || before[j] == ')' || before[j] == ',') return false;
  }
  if (!(isUpper(before[open + 1]) || static_cast<unsigned char>(before[open + 1]) >= 0xC0)) return false;
  std::size_t e = open;
  while (e > 0 && before[e - 1] == ' ') --e;
  std::size_t w = e;
  while (w > 0 && (isAsciiAlpha(before[w - 1]) || isNonAscii(before[w - 1]))) --w;
  std::string word;
  for (std::size_t j = w; j < e; ++j) word.push_back(lowerAscii(before[j]));
  return listHas({"family", "famille", "familia", "fam\u00edlia", "familie"}, word) || isKinNoun(word);
}

// Contexts that say a grouped number is dialled, added in the second round on the development
// families (seed 1919): an e-mail address and a comma before it ("sberg@mail.example.org, 28 25
// 29 89"); a chat's stamp before it and a colon after it, the sender's number ("[27/10 16:16] 44 02
// 30 35: hi its"); "on" after a call or a relative's role ("called jørgen lund on 50 04 52 65",
// "sigrid (wife) on 28 25 29 89:").
bool emailBefore(std::string_view before) {
  if (!before.ends_with(", ")) return false;
  std::size_t k = before.size() - 2;
  const std::size_t end = k;
  while (k > 0 && before[k - 1] != ' ' && before[k - 1] != '\t' && before[k - 1] != ':') --k;
  const std::string_view word = before.substr(k, end - k);
  const std::size_t at = word.find('@');
  return at != std::string_view::npos && at > 0 && word.find('.', at) != std::string_view::npos;
}

// A message's address line: "sms 21/1 to 73 394 837: dumela", "from 578 81 72 15: madloba" — the
// number after "to" or "from" and closed by the colon the message's text follows.
bool addressedAt(std::string_view text, std::string_view before, std::size_t end) {
  if (end >= text.size() || text[end] != ':' || (end + 1 < text.size() && isDigit(text[end + 1]))) return false;
  // (The address may open its line: "sms 21/1\nto 73 394 837: dumela".)
  for (std::string_view word : {" to ", " from ", " TO ", " FROM "}) {
    if (before.ends_with(word) || before == word.substr(1)) return true;
  }
  return false;
}

// A number closing a chat message after its last sentence, as staff sign off with where to call:
// "senait: hibey, tsebah nimtsa. 07 232 289", "aminath: ... ga clinic ah genesdheebalaa.
// 711-0567". The line opens with a speaker's name of one word and a colon; the number
// follows a sentence's stop (after a word of four letters or more) and ends the line; a number of
// one unbroken run is not read so.
bool chatLineEndNumber(std::string_view text, std::string_view before, std::size_t end) {
  if (!(before.ends_with(". ") || before.ends_with("! ") || before.ends_with("? "))) return false;
  if (end < text.size() && text[end] != '\n' && text[end] != '\r') return false;
  // The stop closes a word of a sentence, not a label's abbreviation ("PERSONAL NO. 3563309393").
  std::size_t w = before.size() - 2;
  while (w > 0 && isAsciiAlpha(before[w - 1])) --w;
  if (before.size() - 2 - w < 4) return false;
  // `before` may be cut by its window: the speaker must open the line inside it.
  const std::size_t lineStart = text.rfind('\n', end == 0 ? 0 : end - 1);
  const std::size_t from = lineStart == std::string_view::npos ? 0 : lineStart + 1;
  const std::string_view line = text.substr(from, end - from);
  const std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
  int spaces = 0;
  for (std::size_t k = 0; k < colon; ++k) {
    const char c = line[k];
    if (c == ' ') {
      ++spaces;
    } else if (!(isAsciiAlpha(c) || isNonAscii(c) || c == '-' || c == '\'')) {
      return false;
    }
  }
  return spaces == 0;
}

bool chatSenderAt(std::string_view text, std::string_view before, std::size_t end) {
  if (!before.ends_with("] ") || end >= text.size() || text[end] != ':') return false;
  const std::size_t open = before.rfind('[');
  if (open == std::string_view::npos || before.size() - open > 24) return false;
  // The stamp holds a clock: "[27/10 16:16]", "[08:50]".
  return before.substr(open).find(':') != std::string_view::npos;
}

// A person named in a field of their role, then a comma: "Treatment supporter: Chebet Njoroge,
// 0704881418", "Referring obstetrician: Dr Villanueva, 55 1234 5678". The field's value up to the
// comma is one to four capitalised words.
bool roleFieldBefore(std::string_view before) {
  if (!before.ends_with(", ")) return false;
  const std::string_view head = before.substr(0, before.size() - 2);
  const std::size_t colon = head.rfind(": ");
  std::string_view value;
  std::string_view label;
  if (colon != std::string_view::npos) {
    value = head.substr(colon + 2);
    label = head.substr(0, colon);
  } else {
    // Or the role in lower case right before the name, no colon between: "Study coordinator Ng
    // Boon Kiat, 9892 3977". The name is the capitalised words after it.
    std::size_t start = head.size();
    for (int n = 0; n < 4 && start > 0; ++n) {
      std::size_t w = start;
      if (w < head.size() && head[w - 1] == ' ') --w;
      std::size_t ws = w;
      while (ws > 0 && head[ws - 1] != ' ') --ws;
      if (ws == w || !isUpper(head[ws])) break;
      start = ws;
    }
    if (start == head.size() || start < 2 || head[start - 1] != ' ' || !isLower(head[start - 2])) return false;
    value = head.substr(start);
    label = head.substr(0, start - 1);
  }
  // The field may list several people by semicolons: "Contacts: Ann Ali (wife), 639 1234; Candice
  // Ali, 675-8109" — the last entry's name.
  if (const std::size_t semi = value.rfind("; "); semi != std::string_view::npos) value.remove_prefix(semi + 2);
  int words = 0;
  bool wordStart = true;
  for (std::size_t e = 0; e < value.size(); ++e) {
    const char c = value[e];
    if (c == ' ') {
      wordStart = true;
      continue;
    }
    if (wordStart) {
      // (A script without capitals opens a name too: Georgian "ნინო ბერიძე".) The particles of
      // a name written in lower case inside it are no word of their own: the Malay and Brunei
      // "bin"/"binti" (son, daughter of), Arabic "ibn", Dutch "van", Romance "de", "da", "dos".
      if (!isUpper(c) && static_cast<unsigned char>(c) < 0xC0) {
        std::size_t f = e;
        while (f < value.size() && value[f] != ' ') ++f;
        static constexpr std::array<std::string_view, 12> kParticles = {
            "bin", "binti", "bte", "ibn", "van", "de", "da", "dos", "das", "do", "del", "al"};
        if (words == 0 || f == value.size() || !listHas(kParticles, value.substr(e, f - e))) return false;
        e = f - 1;
        continue;
      }
      ++words;
      wordStart = false;
    } else if (!(isAsciiAlpha(c) || isNonAscii(c) || c == '-' || c == '\'' || c == '.')) {
      return false;
    }
  }
  if (words == 0 || words > 4) return false;
  // (French puts a space before the colon: "Accompagnant : Rivo Rakoto, 034 12 345 67".)
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  std::size_t k = label.size();
  while (k > 0 && (isAsciiAlpha(label[k - 1]) || isNonAscii(label[k - 1]))) --k;
  std::string role;
  for (std::size_t j = k; j < label.size(); ++j) role.push_back(lowerAscii(label[j]));
  // (And a contact's field, Czech "Kontakt:" too, and a relative informed: "Family informed:
  // Polyxeni Kouroupi, 2310 497455".)
  // (And the people of public-health forms: a death's informant, a pregnant woman's partner, a
  // pupil's parent, a mother's next of kin, a village or community health worker.)
  // (And a patient's companion on a transport or a quote: French "accompagnant", Portuguese
  // "acompanhante", Spanish "acompañante".)
  static constexpr std::array<std::string_view, 47> kRoles = {
      "accompagnant", "accompagnante", "acompanhante", "acompa\u00f1ante",
      "supporter", "obstetrician", "gp",       "doctor",  "physician", "midwife", "caregiver", "carer",
      "guardian",  "sponsor",      "referrer", "pharmacist", "contact", "kontakt", "informed", "informant",
      "partner",   "parent",       "kin",      "vhw",     "chw",       "respondent", "spouse", "husband", "contacts",
      "coordinator",
      // (A relative or the family told or to be told: "Wife: Siti binti Osman, 770 8018", French
      // "Famille : Ziad Saadeh, 03 746 784", "Personne à prévenir : ...", Dutch "Familie gebeld:
      // Rishi Pinas, 801-9564" (family called); "Family contacted: ...".)
      "family", "famille", "familie", "familia", "fam\u00edlia", "pr\u00e9venir", "prevenir", "notify",
      "gebeld", "called", "contacted",
      // (Who was present at a visit or a decision: "Family member present: Thandeka Mamba, 7876 6781".)
      "present",
      // (Danish and Norwegian "Pårørende:" (relatives), Faroese "Nærmasti avvarðandi:" (next of kin).)
      "p\u00e5r\u00f8rende", "avvar\u00f0andi",
      // (Georgian "მომვლელი", carer.)
      "\u10db\u10dd\u10db\u10d5\u10da\u10d4\u10da\u10d8",
      // ("Relative: Gayane Mkrtchyan, 010 48 95 60", seed 3737.)
      "relative", "relatives"};
  for (std::string_view r : kRoles) {
    if (role == r) return true;
  }
  // (A relative named by the field: "Wife:", "Mother:", "Son:".)
  return isKinNoun(role);
}

// Groups joined by spaces, none of four digits: "2019.09.07" or "2019 09 07" is a day.
bool spacedNumber(const Grouping& g) {
  if (!sameSeparators(g, ' ') || g.area > 0) return false;
  for (std::size_t k = 0; k < g.groups; ++k) {
    if (g.runs[k] == 4 && k == 0) return false;
  }
  return true;
}

bool onAfterCall(std::string_view before) {
  std::string_view head = before;
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  const bool atWord = head.ends_with(" at") || head.ends_with(" AT");
  if (head.size() < 3 || !(head.ends_with(" on") || head.ends_with(" ON") || atWord)) return false;
  head.remove_suffix(3);
  if (!atWord && kinRoleBefore(head)) return true;
  // "called jørgen lund on": the verb of calling a few words back on the line; and the imperative
  // of a note's instruction, "call patient on 3912 4567", "ring her at 991 2345".
  const std::string_view window = head.size() > 32 ? head.substr(head.size() - 32) : head;
  for (std::string_view verb : {"called ", "rang ", "phoned ", "texted ", "reached ", "call ", "ring ", "phone ",
                                "text ", "reach ", "Call ", "Ring ", "Phone ", "Text ", "Reach "}) {
    std::size_t at = 0;
    while ((at = window.find(verb, at)) != std::string_view::npos) {
      if (at == 0 || !isWordByte(window[at - 1])) return true;
      ++at;
    }
  }
  return false;
}

// A whole number in brackets, three or more groups of two to four digits: "Dr Mette Dahl (67 62
// 52 53)", "explained by phone (936 66 917)"; a count or a range in brackets has fewer groups.
// Teeth in the FDI notation are pairs too: "4 teeth (12 11 21 22)", each a quadrant 1-8 and a
// tooth of it.
bool fdiTeeth(std::string_view text, std::size_t pos, const Grouping& g) {
  std::size_t k = pos;
  for (std::size_t group = 0; group < g.groups; ++group) {
    if (g.runs[group] != 2) return false;
    const int quadrant = text[k] - '0';
    const int tooth = text[k + 1] - '0';
    if (quadrant < 1 || quadrant > 8 || tooth < 1 || tooth > (quadrant <= 4 ? 8 : 5)) return false;
    k += 3;
  }
  return true;
}

// After a person's name of two capitalised words: "Dr Mette Dahl (", not "HR (" nor "scores (".
bool nameBeforeBracket(std::string_view text, std::size_t bracket) {
  std::string_view before = sameLineBefore(text, bracket, 48);
  int words = 0;
  for (; words < 2; ++words) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    std::size_t k = before.size();
    while (k > 0 && (isWordByte(before[k - 1]) || before[k - 1] == '\'' || before[k - 1] == '-')) --k;
    const std::string_view word = before.substr(k);
    if (word.size() < 2 || !isUpper(word[0])) break;
    bool lower = false;
    for (char c : word.substr(1)) lower = lower || isLower(c);
    if (!lower) break;
    before = before.substr(0, k);
  }
  return words == 2;
}

bool bracketedGroups(std::string_view text, std::size_t pos, const Grouping& g) {
  if (pos == 0 || text[pos - 1] != '(' || g.end >= text.size() || text[g.end] != ')' || g.groups < 3) return false;
  if (!nameBeforeBracket(text, pos - 1)) return false;
  if (!sameSeparators(g, ' ') || fdiTeeth(text, pos, g)) return false;
  for (std::size_t k = 0; k < g.groups; ++k) {
    if (g.runs[k] < 2 || g.runs[k] > 4) return false;
  }
  return true;
}

// The subscriber's part after an area or mobile code and a slash, as Hungarian and Serbian numbers
// write it: "/", three digits, "-", three or four digits, and nothing glued after. `k` is at the
// slash. Returns the end, or 0.
std::size_t slashedNumberEnd(std::string_view text, std::size_t k) {
  if (k >= text.size() || text[k] != '/') return 0;
  const std::size_t a = digitRun(text, k + 1);
  k += 1 + a;
  if (a != 3 || k >= text.size() || text[k] != '-') return 0;
  const std::size_t b = digitRun(text, k + 1);
  k += 1 + b;
  if (b < 3 || b > 4 || (k < text.size() && (isWordByte(text[k]) || text[k] == '/' || text[k] == '-'))) return 0;
  return k;
}

}  // namespace

// A Hungarian number from its trunk "06", the area or mobile code after a dash and the number
// after a slash: "06-20/986-1541", "06-1/234-5678". Returns the end, or 0.
std::size_t hungarianPhoneEnd(std::string_view text, std::size_t pos) {
  if (pos + 12 > text.size() || text.substr(pos, 3) != "06-") return 0;
  const std::size_t area = digitRun(text, pos + 3);
  if (area < 1 || area > 2) return 0;
  return slashedNumberEnd(text, pos + 3 + area);
}

namespace {

// A German, Austrian or Swiss number with its trunk-0 area code before a slash: "089/1234567",
// "0221/12 34 56", "0664 / 123 45 67"; seven to twelve digits in all, and nothing glued after.
// Elsewhere such a slash is a ratio or a date, so the number is read after a phone word only.
// Returns the end, or 0.
std::size_t slashedAreaPhoneEnd(std::string_view text, std::size_t pos) {
  const std::size_t area = digitRun(text, pos);
  if (area < 2 || area > 5 || text[pos] != '0' || text[pos + 1] == '0') return 0;
  std::size_t k = pos + area;
  // (The slash may stand between spaces: "0664 / 123 45 67".)
  if (k + 3 < text.size() && text.substr(k, 3) == " / " && isDigit(text[k + 3])) {
    k += 2;
  } else if (k + 1 >= text.size() || text[k] != '/' || !isDigit(text[k + 1])) {
    return 0;
  }
  ++k;
  std::size_t digits = area;
  for (int groups = 0; groups < 4; ++groups) {
    const std::size_t run = digitRun(text, k);
    digits += run;
    k += run;
    // (Belgian numbers dot their pairs: "0475/12.34.56".)
    if (!(k + 1 < text.size() && (text[k] == ' ' || text[k] == '-' || text[k] == '.') && isDigit(text[k + 1]))) break;
    ++k;
  }
  if (k < text.size() && (isWordByte(text[k]) || text[k] == '/' ||
                          ((text[k] == '.' || text[k] == ',' || text[k] == ':') && k + 1 < text.size() && isDigit(text[k + 1])))) {
    return 0;
  }
  return digits >= 7 && digits <= 12 ? k : 0;
}

}  // namespace

// A Serbian (and Bosnian, Montenegrin) number: the trunk-0 area or mobile code, a slash, then three
// and three or four digits by a dash ("063/577-5703", "011/324-5678"). Returns the end, or 0.
std::size_t serbianPhoneEnd(std::string_view text, std::size_t pos) {
  const std::size_t code = digitRun(text, pos);
  if (code < 2 || code > 3 || text[pos] != '0' || text[pos + 1] == '0') return 0;
  return slashedNumberEnd(text, pos + code);
}

// A Chinese mobile glued to the characters before it, as Chinese text writes it: "联系电话：136 1831
// 7781", "有事打133 3463 0944" (no space between a character and a number).
void scanGluedChineseMobiles(std::string_view text, Candidates& out) {
  for (std::size_t k = 1; k + 13 <= text.size(); ++k) {
    if (text[k] != '1' || static_cast<unsigned char>(text[k - 1]) < 0x80 || text[k + 1] < '3' || text[k + 1] > '9') {
      continue;
    }
    Grouping g;
    if (!readGrouping(text, k, g) || !distinctiveShape(text, k, g) || g.groups != 3) continue;
    out.push_back({k, g.end, phoneOrFax(text, k), priority::kPhone});
    k = g.end;
  }
}

// A number glued to its Chinese label and colon, as Hong Kong and Macau forms write it (the
// tokens join the characters and the digits): "電話：2123 4567", "手機：6123 4567", "傳真：2123
// 4568" (fax), "电话:21234567", the country code optional ("電話：+852 2123 4567"). Eight to
// eleven digits in one to three groups.
void scanChineseLabelPhones(std::string_view text, Candidates& out) {
  static constexpr std::string_view kLabels[] = {"\u96fb\u8a71", "\u7535\u8bdd", "\u624b\u6a5f", "\u624b\u673a", "\u50b3\u771f", "\u4f20\u771f"};
  for (std::string_view label : kLabels) {
    for (std::size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + label.size())) {
      std::size_t k = valueAfterLabelMark(text, at + label.size(), false);
      if (k == std::string_view::npos) continue;
      const std::size_t start = k;
      if (k < text.size() && text[k] == '+') {
        const std::size_t code = digitRun(text, k + 1);
        if (code < 2 || code > 3 || k + 1 + code >= text.size() || text[k + 1 + code] != ' ') continue;
        k += code + 2;
      }
      // (Read here, not by readGrouping: a Chinese comma or word may follow the digits at once,
      // "電話：2123 4567，傳真：...".)
      std::size_t digits = 0;
      std::size_t groups = 0;
      std::size_t end = k;
      while (end < text.size() && isDigit(text[end])) {
        const std::size_t run = digitRun(text, end);
        digits += run;
        ++groups;
        end += run;
        if (end + 1 < text.size() && (text[end] == ' ' || text[end] == '-') && isDigit(text[end + 1])) ++end;
      }
      if (groups == 0 || groups > 3 || digits < 8 || digits > 11 ||
          (end < text.size() && (isAsciiAlpha(text[end]) || text[end] == '/' ||
                                 ((text[end] == '.' || text[end] == ':') && end + 1 < text.size() && isDigit(text[end + 1]))))) {
        continue;
      }
      const bool fax = label == "\u50b3\u771f" || label == "\u4f20\u771f";
      out.push_back({start, end, fax ? PhiCategory::Fax : PhiCategory::Phone, priority::kPhone});
    }
  }
}

// The count of digits filling `word` when all are of one script other than ASCII ("٠٧٧٠"), or 0.
std::size_t scriptDigitCount(std::string_view word) {
  std::size_t count = 0;
  std::size_t width = 0;
  for (std::size_t k = 0; k < word.size();) {
    int value = 0;
    const std::size_t len = scriptDigitAt(word, k, value);
    if (len < 2 || (width != 0 && len != width)) return 0;
    width = len;
    ++count;
    k += len;
  }
  return count;
}

// A number in Arabic-Indic or Persian digits (Iraq, Syria, Jordan, Yemen, Sudan, Afghanistan) or
// another script's, after a phone word: "هاتف: ٠٧٧٠ ١٢٣ ٤٥٦٧", "جوال: ٠٧٩١٢٣٤٥٦٧", "+٩٦٤ ٧٧٠ ...".
// Eight to thirteen digits in up to six groups joined by single spaces or hyphens.
void scanScriptDigitPhones(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.hasDigit || static_cast<unsigned char>(t.lower[0]) < 0xC0) continue;
    std::size_t digits = 0;
    std::size_t last = i;
    for (std::size_t k = i; k < tokens.size() && k < i + 6; ++k) {
      if (k > i && gapBetween(in, k - 1, k) != " " && gapBetween(in, k - 1, k) != "-") break;
      const std::size_t count = scriptDigitCount(tokens[k].lower);
      if (count == 0) break;
      digits += count;
      last = k;
    }
    if (digits == 0) continue;
    const std::size_t start = t.start > 0 && text[t.start - 1] == '+' ? t.start - 1 : t.start;
    if (digits >= 8 && digits <= 13 && phoneWordBefore(sameLineBefore(text, start, 48))) {
      out.push_back({start, tokens[last].end, phoneOrFax(text, start), priority::kPhone});
    }
    i = last;
  }
}

void scanLocalPhones(const ScanInput& in, Candidates& out) {
  scanGluedChineseMobiles(in.text, out);
  scanChineseLabelPhones(in.text, out);
  scanScriptDigitPhones(in, out);
  const std::string_view text = in.text;
  std::size_t done = 0;  // the end of the last number found
  // A number starts at a token of digits, or at the bracket of its area code right before one.
  for (const Token& t : in.tokens) {
    if (!t.allDigits || t.start < done) continue;
    if (t.length() == 2 && (t.start == 0 || !isWordByte(text[t.start - 1]))) {
      if (const std::size_t end = hungarianPhoneEnd(text, t.start); end > 0) {
        out.push_back({t.start, end, phoneOrFax(text, t.start), priority::kPhone});
        done = end;
        continue;
      }
    }
    if (t.length() <= 3 && (t.start == 0 || !isWordByte(text[t.start - 1]))) {
      if (const std::size_t end = serbianPhoneEnd(text, t.start); end > 0) {
        out.push_back({t.start, end, phoneOrFax(text, t.start), priority::kPhone});
        done = end;
        continue;
      }
    }
    if (t.length() >= 2 && t.length() <= 5 && (t.start == 0 || !isWordByte(text[t.start - 1]))) {
      if (const std::size_t end = slashedAreaPhoneEnd(text, t.start);
          end > 0 && phoneCue(sameLineBefore(text, t.start, 48))) {
        out.push_back({t.start, end, phoneOrFax(text, t.start), priority::kPhone});
        done = end;
        continue;
      }
    }
    // The trunk "8" of the former Soviet states and Lithuania, after a phone word only: "Тел.: 8
    // (029) 123-45-67", "моб. 8 701 234 56 78", "Tel. nr.: 8-612-34567".
    if (t.length() == 1 && text[t.start] == '8' && (t.start == 0 || !isWordByte(text[t.start - 1])) &&
        t.end + 1 < text.size() && (text[t.end] == ' ' || text[t.end] == '-') &&
        (isDigit(text[t.end + 1]) || text[t.end + 1] == '(')) {
      Grouping g;
      // An OCR scan reads a zero as the letter O ("8 (7O3) 314-74-94"): the number is read from a
      // copy of the next bytes with an O between digits or brackets made a zero.
      const std::size_t from = t.end + 1;
      std::string copy(text.substr(from, 24));
      for (std::size_t k = 1; k + 1 < copy.size(); ++k) {
        if ((copy[k] == 'O' || copy[k] == 'o') && (isDigit(copy[k - 1]) || copy[k - 1] == '(') &&
            (isDigit(copy[k + 1]) || copy[k + 1] == ')')) {
          copy[k] = '0';
        }
      }
      const bool whole = copy.size() < 24 || from + copy.size() == text.size();
      if (readGrouping(copy, 0, g) && (g.end < copy.size() || whole) && g.digits >= 8 && g.digits <= 10 &&
          phoneLike(g) && phoneCue(sameLineBefore(text, t.start, 48))) {
        g.end += from;
        out.push_back({t.start, g.end, phoneOrFax(text, t.start), priority::kPhone});
        done = g.end;
        continue;
      }
    }
    std::size_t i = t.start;
    if (i > 0 && text[i - 1] == '(' && t.length() <= (text[t.start] == '0' ? 5u : 3u)) --i;
    if (i > 0) {
      const char b = text[i - 1];
      if (isWordByte(b) || b == '+' || b == '/' || b == '-' || b == '.' || b == '(' || b == '=') continue;
    }
    Grouping g;
    bool read = readGrouping(text, i, g);
    // A whole number in brackets, not an area code: "(07 61 08 15 91)".
    if (!read && i < t.start) {
      i = t.start;
      g = Grouping{};
      read = readGrouping(text, i, g) && bracketedOk(text, i, g);
    }
    if (!read) continue;
    const std::string_view before = sameLineBefore(text, i, 48);
    // Seven digits as three, two and two after a phone word: Cape Verde's numbers ("Telemóvel: 991
    // 23 45"), and the local part other small states write alone.
    // (And dashed, six or seven digits, as the towns of the former USSR write their local numbers:
    // "тел. 44-12-37", "Тел.: 123-45-67".)
    if (((g.digits == 7 && g.groups == 3 && g.area == 0 && g.runs[0] == 3 && g.runs[1] == 2 && g.runs[2] == 2 &&
          sameSeparators(g, ' ')) ||
         (g.area == 0 && g.groups == 3 && (g.runs[0] == 2 || g.runs[0] == 3) && g.runs[1] == 2 && g.runs[2] == 2 &&
          sameSeparators(g, '-'))) &&
        !unitAfter(text, g.end) && phoneCue(before, g)) {
      out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
      done = g.end;
      continue;
    }
    // Seven digits as three and four after a phone word: the whole national number of Fiji, Papua
    // New Guinea's landlines, Guyana, Suriname, the Maldives, Mauritius' landlines, Barbados, Jamaica
    // and the other Caribbean states dialled locally ("Ph: 331 1234"; the hyphen's "330-1234" is
    // scan_phone_ssn.cpp's, which knows a range: "the number is 250-1000 mg").
    // (Or unbroken, as Pacific forms write them: "Numera telefoni: 7712345". Or dashed after a
    // word of calling that scan_phone_ssn.cpp's cues do not hold: "vragen? bel 864-1473".)
    if (g.digits == 7 && g.area == 0 &&
        ((g.groups == 2 && g.runs[0] == 3 && g.runs[1] == 4 && (g.separators[1] == ' ' || g.separators[1] == '-')) ||
         g.groups == 1) &&
        !unitAfter(text, g.end) && (phoneWordBefore(before) || (g.groups == 2 && onAfterCall(before)))) {
      out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
      done = g.end;
      continue;
    }
    // Seven digits as one, three and three after a phone word, as Seychelles writes its numbers
    // ("Tel 2 735 622", "Mon nimero: 4 321 765").
    if (g.digits == 7 && g.groups == 3 && g.area == 0 && g.runs[0] == 1 && g.runs[1] == 3 && g.runs[2] == 3 &&
        sameSeparators(g, ' ') && !unitAfter(text, g.end) && phoneCue(before, g)) {
      out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
      done = g.end;
      continue;
    }
    // An international number dialled with "00" and its country code in one group, the national
    // number in two to four groups after it: "00376 817 373", "00298 75 47 15", "00299 32 14 56".
    // The "00" and a country code of one to three digits (not 0) are a dialled number's own shape;
    // a phone word, a relative's or a role's name and comma, or a kin word before it says so.
    if (g.area == 0 && g.runs[0] >= 3 && g.runs[0] <= 5 && text[i] == '0' && text[i + 1] == '0' && text[i + 2] != '0' &&
        g.groups >= 3 && g.groups <= 5 && g.digits >= 10 && g.digits <= 15 && sameSeparators(g, ' ') &&
        !unitAfter(text, g.end) &&
        (phoneCue(before, g) || kinRoleBefore(before) || roleFieldBefore(sameLineBefore(text, i, 120)))) {
      bool grouped = true;
      for (std::size_t k = 1; k < g.groups; ++k) grouped = grouped && g.runs[k] >= 2 && g.runs[k] <= 4;
      if (grouped) {
        out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
        done = g.end;
        continue;
      }
    }
    // Six digits in three pairs after a phone word: the whole national number of the Faroe
    // Islands, Greenland, Andorra and other small places ("Tlf. 55 66 77", "Phone: 21 34 56").
    if (g.digits == 6 && g.groups == 3 && g.area == 0 && g.runs[0] == 2 && g.runs[1] == 2 && g.runs[2] == 2 &&
        sameSeparators(g, ' ') && !unitAfter(text, g.end) && phoneWordBefore(before)) {
      out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
      done = g.end;
      continue;
    }
    // An international number dialled with "00" instead of "+" after a phone word, the country
    // code apart: "Tel. 00 238 991 23 45", "tlf 00 298 55 66 77".
    if (g.area == 0 && g.runs[0] == 2 && text[i] == '0' && text[i + 1] == '0' && g.groups >= 3 && g.digits >= 10 &&
        g.digits <= 15 && sameSeparators(g, ' ') && !unitAfter(text, g.end) && phoneCue(before, g)) {
      out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
      done = g.end;
      continue;
    }
    // Or dashed after a person named in a field of their role: "Parent: Aishath Shareef,
    // 989-5928", "Next of kin: Quacy Benn, 626-7829"; or closing a chat message.
    if (g.digits == 7 && g.area == 0 && g.groups == 2 && g.runs[0] == 3 && g.runs[1] == 4 &&
        (g.separators[1] == '-' || g.separators[1] == ' ') && text[i] >= '2' && !unitAfter(text, g.end) &&
        (roleFieldBefore(sameLineBefore(text, i, 120)) || chatLineEndNumber(text, before, g.end))) {
      out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
      done = g.end;
      continue;
    }
    // A single digit first after a phone word: the trunk 0 written apart, as Turkish numbers are
    // ("GSM: 0 532 123 45 67"), or a one-digit area code (Santiago's "Fono: 2 2263 0336"); nine to
    // eleven digits in three to five groups by spaces, the others of two to four.
    if (g.area == 0 && g.runs[0] == 1 && g.groups >= 3 && g.digits >= 9 && g.digits <= 11 && sameSeparators(g, ' ') &&
        !unitAfter(text, g.end) && phoneCue(before, g)) {
      bool grouped = true;
      for (std::size_t k = 1; k < g.groups; ++k) grouped = grouped && g.runs[k] >= 2 && g.runs[k] <= 4;
      if (grouped) {
        out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
        done = g.end;
        continue;
      }
    }
    if (g.digits < 8) continue;
    // An Indonesian mobile from its trunk "08", ten to thirteen digits unbroken or in groups of
    // three or four, after a phone word ("No HP 081234567890", "Telp: 0812 3456 7890").
    if (g.area == 0 && text[i] == '0' && text[i + 1] == '8' && g.digits >= 10 && g.digits <= 13 && g.groups <= 4 &&
        (g.groups == 1 || (sameSeparators(g, ' ') || sameSeparators(g, '-'))) && phoneCue(before, g)) {
      bool grouped = true;
      for (std::size_t k = 1; k < g.groups; ++k) grouped = grouped && g.runs[k] >= 3 && g.runs[k] <= 4;
      if (grouped && (g.groups == 1 || (g.runs[0] >= 3 && g.runs[0] <= 4))) {
        out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
        done = g.end;
        continue;
      }
    }
    // Eight or nine digits unbroken right after a phone word: a Cuban or Tunisian landline
    // ("Teléfono: 78345678"); elsewhere such a run is any number.
    // (Not a date written YYYYMMDD: "Date: 20240615".)
    const bool compactDate = g.digits == 8 && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20") &&
                             parseDigits(text, i + 4, 2) >= 1 && parseDigits(text, i + 4, 2) <= 12 &&
                             parseDigits(text, i + 6, 2) >= 1 && parseDigits(text, i + 6, 2) <= 31;
    // (Two years are no number of a person named before them: "Present: Lab Team, 2024 2025".)
    const bool yearPair = g.groups == 2 && g.runs[0] == 4 && g.runs[1] == 4 &&
                          (text.substr(i, 2) == "19" || text.substr(i, 2) == "20");
    const bool unbroken = g.groups == 1 && g.area == 0 && g.digits <= 9 && !compactDate && phoneWordBefore(before);
    if (unbroken || distinctiveShape(text, i, g) ||
        (phoneLike(g) && (phoneCue(before, g) || kinRoleBefore(before) || familyBracketBefore(before) || emailBefore(before) ||
                          kinNameAlBefore(sameLineBefore(text, i, 80)) ||
                          familyBracketOpenBefore(before) ||
                          (!dateShaped(g) && !yearPair && roleFieldBefore(sameLineBefore(text, i, 120))) ||
                          ((chatSenderAt(text, before, g.end) || onAfterCall(before) || addressedAt(text, before, g.end) ||
                            (chatLineEndNumber(text, before, g.end) && g.groups >= 2)) &&
                           spacedNumber(g)) ||
                          // (Two fours after a word of calling: "call patient on 3912 4567".)
                          // (Not two years: "call on 2024 2025 budgets".)
                          (g.groups == 2 && g.runs[0] == 4 && g.runs[1] == 4 && sameSeparators(g, ' ') &&
                           !(parseDigits(text, i, 2) >= 19 && parseDigits(text, i, 2) <= 20) && onAfterCall(before)) ||
                          bracketedGroups(text, i, g)))) {
      out.push_back({i, g.end, phoneOrFax(text, i), priority::kPhone});
      done = g.end;
    }
  }
}

}  // namespace concord::phi::detail
