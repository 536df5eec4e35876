// Letters, notifications and consent pages of other countries write the month by its name in
// their language, the day first. English month names are read by scanMonthDates (scan_dates.cpp);
// this reads the others, in any case ("24 DE JUNHO DE 2025", "LE 27 MAI 2025").
#include <string>

#include "foreign_dates.h"

namespace concord::phi::detail {

namespace {

// The word in lower case, non-ASCII Latin capitals too ("MARÇO", "DÉCEMBRE", "THÁNG", "NĂM").
std::string lowerWord(std::string_view text, const Token& t) {
  std::string w;
  w.reserve(t.length());
  for (std::size_t k = t.start; k < t.end; ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    if (c == 0xC3 && k + 1 < t.end && static_cast<unsigned char>(text[k + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[k + 1]) <= 0x9E && static_cast<unsigned char>(text[k + 1]) != 0x97) {
      w.push_back(text[k]);
      w.push_back(static_cast<char>(text[k + 1] + 0x20));  // À..Þ -> à..þ
      ++k;
    } else if ((c == 0xC4 || c == 0xC5) && k + 1 < t.end && startsWithUpperLatin(text, k)) {
      w.push_back(text[k]);
      w.push_back(static_cast<char>(text[k + 1] + 1));  // Ă -> ă
      ++k;
    } else if (c == 0xD0 && k + 1 < t.end && static_cast<unsigned char>(text[k + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[k + 1]) <= 0xAF) {
      // Cyrillic capitals of a Serbian date in an upper-cased note ("5. МАРТА 2024"): А..П -> а..п,
      // Р..Я -> р..я, Ѐ..Џ (Ј, Љ, Њ, Ћ, Џ) -> ѐ..џ.
      const auto n = static_cast<unsigned char>(text[k + 1]);
      if (n >= 0x90 && n <= 0x9F) {
        w.push_back(text[k]);
        w.push_back(static_cast<char>(n + 0x20));
      } else if (n >= 0xA0) {
        w.push_back(static_cast<char>(0xD1));
        w.push_back(static_cast<char>(n - 0x20));
      } else {
        w.push_back(static_cast<char>(0xD1));
        w.push_back(static_cast<char>(n + 0x10));
      }
      ++k;
    } else if ((c == 0xD2 || c == 0xD3) && k + 1 < t.end) {
      // Capitals of the Cyrillic letters Kazakh, Uzbek, Kyrgyz and Tajik add ("ҚАҢТАР", "Ә"):
      // U+048A..04BF and U+04D0..04FF pair each capital (even) with its small letter (odd).
      const auto n = static_cast<unsigned char>(text[k + 1]);
      const bool capital = n % 2 == 0 && ((c == 0xD2 && n >= 0x8A) || (c == 0xD3 && n >= 0x90));
      w.push_back(text[k]);
      w.push_back(static_cast<char>(capital ? n + 1 : n));
      ++k;
    } else {
      w.push_back(lowerAscii(text[k]));
    }
  }
  return w;
}

// Months that are also words or given names in some language ("marta", "maja", "kartik", "mac",
// "jun", "magh"), so a year must follow: Finnish in the partitive a date uses ("5. maaliskuuta
// 2024"), Serbian in the genitive, in Latin and Cyrillic letters ("5. marta 2024.", "5. марта
// 2024."), Malay ("5 Mac 2024", "5 Ogos 2024"), Swahili ("5 Machi 2024"), Austrian German ("5.
// J\u00e4nner 2024") and the months of Nepal's Bikram Sambat calendar ("22 Falgun 2080"), in the
// usual romanisations.
bool yearBoundMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      // Finnish
      "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kes\u00e4kuuta", "hein\u00e4kuuta",
      "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
      // Serbian, Croatian and Bosnian in Latin letters ("maja" is Polish's too)
      "januara", "februara", "marta", "aprila", "juna", "jula", "avgusta", "augusta", "septembra", "oktobra",
      "novembra", "decembra",
      // Serbian in Cyrillic letters
      "\u0458\u0430\u043d\u0443\u0430\u0440\u0430", "\u0444\u0435\u0431\u0440\u0443\u0430\u0440\u0430",
      "\u043c\u0430\u0440\u0442\u0430", "\u0430\u043f\u0440\u0438\u043b\u0430", "\u043c\u0430\u0458\u0430",
      "\u0458\u0443\u043d\u0430", "\u0458\u0443\u043b\u0430", "\u0430\u0432\u0433\u0443\u0441\u0442\u0430",
      "\u0441\u0435\u043f\u0442\u0435\u043c\u0431\u0440\u0430", "\u043e\u043a\u0442\u043e\u0431\u0440\u0430",
      "\u043d\u043e\u0432\u0435\u043c\u0431\u0440\u0430", "\u0434\u0435\u0446\u0435\u043c\u0431\u0440\u0430",
      // Malay (the others are English, Dutch or Indonesian)
      "mac", "jun", "julai", "ogos", "disember",
      // Swahili
      "machi", "aprili", "agosti", "septemba", "oktoba", "novemba", "desemba",
      // Austrian German
      "j\u00e4nner",
      // Slovak in the genitive ("5. marca 2024"; "marca", "augusta", "septembra" ... are above or
      // Polish), Croatian ("listopada" is Polish's) in the genitive ("5. ožujka 2024.")
      "janu\u00e1ra", "febru\u00e1ra", "apr\u00edla", "m\u00e1ja", "j\u00fana", "j\u00fala", "okt\u00f3bra",
      "sije\u010dnja", "velja\u010de", "o\u017eujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
      "studenoga", "studenog", "prosinca",
      // Uzbek and Azerbaijani in Latin letters ("5-mart 2024-yil", "5 avqust 2024"; "mart" is Turkish's)
      "yanvar", "fevral", "aprel", "may", "iyun", "iyul", "avgust", "avqust", "sentabr", "sentyabr", "oktabr",
      "oktyabr", "noyabr", "dekabr",
      // Russian in the genitive ("5 марта 2024 г."; "марта" and "августа" are Serbian's too) and in
      // the nominative Kyrgyz and Kazakh forms in Russian use ("5 март 2024")
      "\u044f\u043d\u0432\u0430\u0440\u044f", "\u0444\u0435\u0432\u0440\u0430\u043b\u044f",
      "\u0430\u043f\u0440\u0435\u043b\u044f", "\u043c\u0430\u044f", "\u0438\u044e\u043d\u044f",
      "\u0438\u044e\u043b\u044f", "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f",
      "\u043e\u043a\u0442\u044f\u0431\u0440\u044f", "\u043d\u043e\u044f\u0431\u0440\u044f",
      "\u0434\u0435\u043a\u0430\u0431\u0440\u044f",
      "\u044f\u043d\u0432\u0430\u0440\u044c", "\u0444\u0435\u0432\u0440\u0430\u043b\u044c",
      "\u043c\u0430\u0440\u0442", "\u0430\u043f\u0440\u0435\u043b\u044c", "\u043c\u0430\u0439",
      "\u0438\u044e\u043d\u044c", "\u0438\u044e\u043b\u044c", "\u0430\u0432\u0433\u0443\u0441\u0442",
      "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044c", "\u043e\u043a\u0442\u044f\u0431\u0440\u044c",
      "\u043d\u043e\u044f\u0431\u0440\u044c", "\u0434\u0435\u043a\u0430\u0431\u0440\u044c",
      // Uzbek and Tajik in Cyrillic letters (the others are Russian's)
      "\u044f\u043d\u0432\u0430\u0440", "\u0444\u0435\u0432\u0440\u0430\u043b", "\u0430\u043f\u0440\u0435\u043b",
      "\u0438\u044e\u043d", "\u0438\u044e\u043b", "\u0441\u0435\u043d\u0442\u044f\u0431\u0440",
      "\u043e\u043a\u0442\u044f\u0431\u0440", "\u043d\u043e\u044f\u0431\u0440", "\u0434\u0435\u043a\u0430\u0431\u0440",
      // Bulgarian ("5 март 2024 г."; "март", "май", "август" are above)
      "\u044f\u043d\u0443\u0430\u0440\u0438", "\u0444\u0435\u0432\u0440\u0443\u0430\u0440\u0438",
      "\u0430\u043f\u0440\u0438\u043b", "\u044e\u043d\u0438", "\u044e\u043b\u0438",
      "\u0441\u0435\u043f\u0442\u0435\u043c\u0432\u0440\u0438", "\u043e\u043a\u0442\u043e\u043c\u0432\u0440\u0438",
      "\u043d\u043e\u0435\u043c\u0432\u0440\u0438", "\u0434\u0435\u043a\u0435\u043c\u0432\u0440\u0438",
      // Ukrainian in the genitive, in Cyrillic letters ("5 березня 2024 р.")
      "\u0441\u0456\u0447\u043d\u044f", "\u043b\u044e\u0442\u043e\u0433\u043e", "\u0431\u0435\u0440\u0435\u0437\u043d\u044f",
      "\u043a\u0432\u0456\u0442\u043d\u044f", "\u0442\u0440\u0430\u0432\u043d\u044f", "\u0447\u0435\u0440\u0432\u043d\u044f",
      "\u043b\u0438\u043f\u043d\u044f", "\u0441\u0435\u0440\u043f\u043d\u044f", "\u0432\u0435\u0440\u0435\u0441\u043d\u044f",
      "\u0436\u043e\u0432\u0442\u043d\u044f", "\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430",
      "\u0433\u0440\u0443\u0434\u043d\u044f",
      // Belarusian in the genitive ("5 сакавіка 2024 г."; "мая" is Russian's)
      "\u0441\u0442\u0443\u0434\u0437\u0435\u043d\u044f", "\u043b\u044e\u0442\u0430\u0433\u0430",
      "\u0441\u0430\u043a\u0430\u0432\u0456\u043a\u0430", "\u043a\u0440\u0430\u0441\u0430\u0432\u0456\u043a\u0430",
      "\u0447\u044d\u0440\u0432\u0435\u043d\u044f", "\u043b\u0456\u043f\u0435\u043d\u044f",
      "\u0436\u043d\u0456\u045e\u043d\u044f", "\u0432\u0435\u0440\u0430\u0441\u043d\u044f",
      "\u043a\u0430\u0441\u0442\u0440\u044b\u0447\u043d\u0456\u043a\u0430", "\u043b\u0456\u0441\u0442\u0430\u043f\u0430\u0434\u0430",
      "\u0441\u043d\u0435\u0436\u043d\u044f",
      // Kazakh ("5 наурыз 2024 ж."; "Наурыз" is also the spring feast)
      "\u049b\u0430\u04a3\u0442\u0430\u0440", "\u0430\u049b\u043f\u0430\u043d", "\u043d\u0430\u0443\u0440\u044b\u0437",
      "\u0441\u04d9\u0443\u0456\u0440", "\u043c\u0430\u043c\u044b\u0440", "\u043c\u0430\u0443\u0441\u044b\u043c",
      "\u0448\u0456\u043b\u0434\u0435", "\u0442\u0430\u043c\u044b\u0437", "\u049b\u044b\u0440\u043a\u04af\u0439\u0435\u043a",
      "\u049b\u0430\u0437\u0430\u043d", "\u049b\u0430\u0440\u0430\u0448\u0430",
      "\u0436\u0435\u043b\u0442\u043e\u049b\u0441\u0430\u043d",
      // The third list of countries (the session of 2026-11-27 evening). Macedonian in Cyrillic
      // letters ("5 март 2024 г."; "март", "април", "август" are above) and Bosnian and Montenegrin
      // in the nominative ("5. septembar 2024."; "maj" is also Albanian's: "5 maj 2024").
      "\u0458\u0430\u043d\u0443\u0430\u0440\u0438", "\u0444\u0435\u0432\u0440\u0443\u0430\u0440\u0438",
      "\u043c\u0430\u0458", "\u0458\u0443\u043d\u0438", "\u0458\u0443\u043b\u0438",
      "\u0441\u0435\u043f\u0442\u0435\u043c\u0432\u0440\u0438", "\u043e\u043a\u0442\u043e\u043c\u0432\u0440\u0438",
      "\u043d\u043e\u0435\u043c\u0432\u0440\u0438", "\u0434\u0435\u043a\u0435\u043c\u0432\u0440\u0438",
      "maj", "septembar", "oktobar", "novembar", "decembar",
      // Albanian ("mars" is French's)
      "janar", "shkurt", "prill", "qershor", "korrik", "gusht", "shtator", "tetor", "n\u00ebntor", "nentor",
      "dhjetor",
      // Papiamentu of Curaçao and Bonaire ("mart", "mei", "òktober" ... as Aruba writes them are
      // Dutch or above)
      "yan\u00fcari", "yanuari", "febr\u00fcari", "aprel", "y\u00fcni", "y\u00fcli", "oug\u00f9st\u00f9s",
      "ougustus", "s\u00e8pt\u00e8mber", "\u00f2ktober",
      "nov\u00e8mber", "des\u00e8mber",
      // Tok Pisin and Bislama ("Mas" and "Me" are words of English and others, so left out), Fijian,
      // Samoan and Tongan (the glottal stop "ʻ" written or not)
      "janueri", "februeri", "epril", "ogas", "septemba", "disemba", "janewari", "julae", "ogis",
      "feperueri", "epereli", "jiune", "okosita", "seviteba", "okotova", "noveba", "tiseba",
      "ianuari", "fepuari", "aperila", "iuni", "iulai", "aokuso", "setema", "oketopa", "novema", "tesema",
      "s\u0101nuali", "sanuali", "f\u0113pueli", "fepueli", "ma\u02bbasi", "\u02bbepeleli", "epeleli", "siulai",
      "\u02bbaokosi",
      "aokosi", "sepitema", "\u02bbokatopa", "okatopa", "n\u014dvema", "t\u012bsema", "tisema",
      // Turkmen ("mart", "aprel" are above; the day may carry its ordinal's ending: "5-nji mart")
      "\u00fdanwar", "fewral", "ma\u00fd", "i\u00fdun", "i\u00fdul", "awgust", "sent\u00fdabr", "okt\u00fdabr", "no\u00fdabr", "dekabr",
      // Armenian and Georgian months in Latin letters, the Armenian genitive a date uses ("5 marti
      // 2024") and the Georgian nominative ("5 marti 2024", "5 seqtemberi 2024")
      "hunvari", "petrvari", "marti", "aprili", "mayisi", "hunisi", "hulisi", "ogostosi", "septemberi",
      "hoktemberi", "noyemberi", "dektemberi", "ianvari", "tebervali", "maisi", "ivnisi", "ivlisi", "agvisto",
      "seqtemberi", "oqtomberi", "noemberi", "dekemberi",
      // After the thirty-second family (seed 3232): Estonian ("7. juuli 2024"), Latvian in the
      // nominative and the locative ("15. marts", "15. martā"; the year-first form is
      // latvianDateEnd's), Slovenian in the genitive and the nominative ("22. junija 1925"),
      // Icelandic ("9. janúar 2024"), Luxembourgish ("19. Mäerz 2024"), Kinyarwanda ("8 Mata
      // 2024"; "Mata", "Kamena" are words too), Malagasy ("27 Jona 2024") and Guaraní
      // ("5 jasyapy 2024"). The others of these languages are above or English.
      "jaanuar", "veebruar", "m\u00e4rts", "aprill", "juuni", "juuli", "oktoober", "detsember",
      "janv\u0101ris", "febru\u0101ris", "marts", "apr\u012blis", "maijs", "j\u016bnijs", "j\u016blijs", "augusts",
      "septembris", "oktobris", "novembris", "decembris", "janv\u0101r\u012b", "febru\u0101r\u012b", "mart\u0101",
      "apr\u012bl\u012b", "maij\u0101", "j\u016bnij\u0101", "j\u016blij\u0101", "august\u0101", "septembr\u012b",
      "oktobr\u012b", "novembr\u012b", "decembr\u012b",
      "januarja", "februarja", "junija", "julija", "marec", "junij", "julij",
      "jan\u00faar", "febr\u00faar", "apr\u00edl", "ma\u00ed", "j\u00fan\u00ed", "j\u00fal\u00ed", "\u00e1g\u00fast",
      "okt\u00f3ber", "n\u00f3vember", "desember",
      "m\u00e4erz", "abr\u00ebll", "mee",
      "mutarama", "gashyantare", "werurwe", "mata", "gicurasi", "kamena", "nyakanga", "kanama", "nzeri", "ukwakira",
      "ugushyingo", "ukuboza",
      "janoary", "febroary", "martsa", "aprily", "mey", "jona", "jolay", "aogositra", "septambra", "oktobra",
      "novambra", "desambra",
      "jasyte\u0129", "jasyk\u00f5i", "jasyapy", "jasyrundy", "jasypo", "jasypote\u0129", "jasypok\u00f5i",
      "jasypoapy", "jasyporundy", "jasypa", "jasypate\u0129", "jasypak\u00f5i",
      // After the date-layout session (2026-11-28): Hausa ("12 Afrilu 2024"), Zulu ("12 Ephreli
      // 2024"), Somali ("12 Abriil 2024") and Irish ("12 Aibre\u00e1n 2024"; the others are above or
      // English); "Maris", "Mashi", "Samhain", "Nollaig" are words too, so a year must follow.
      "janairu", "fabrairu", "maris", "afrilu", "mayu", "yuni", "yuli", "agusta", "satumba", "nuwamba", "disamba",
      "januwari", "febhuwari", "mashi", "ephreli", "meyi", "julayi", "agasti", "okthoba",
      "janaayo", "febraayo", "maarso", "abriil", "maajo", "juun", "luuliyo", "agoosto", "sebtembar", "oktoobar",
      "nofembar", "desembar",
      "ean\u00e1ir", "feabhra", "m\u00e1rta", "aibre\u00e1n", "bealtaine", "meitheamh", "i\u00fail", "l\u00fanasa",
      "samhain", "nollaig",
      // After the thirty-third family (seed 3333): Maltese ("23 ta' Novembru 2025", the "ta'" read
      // below), Tetum of Timor-Leste ("15 Novembru 2024", "19 Juñu 2025"), Kirundi ("22 Nzero
      // 2024"; "Nyakanga" is above), Serbian and Montenegrin in the nominative in Cyrillic letters
      // ("8. јануар 2025") and "jul" in Latin ones ("5. jul 2024"; also Danish for Christmas),
      // Tajik with the izafat's "-и" ("7 феврали 1967", "26 майи 2025"); the others of these
      // languages are above or English.
      "jannar", "frar", "marzu", "mejju", "\u0121unju", "gunju", "lulju", "awwissu", "settembru", "ottubru",
      "novembru", "di\u010bembru", "dicembru",
      "janeiru", "fevereiru", "marsu", "abr\u00edl", "maiu", "ju\u00f1u", "junu", "jullu", "agostu", "setembru",
      "outubru", "dezembru",
      "nzero", "ruhuhuma", "ntwarante", "ndamukiza", "rusama", "ruheshi", "mukakaro", "nyandagaro", "myandagaro",
      "gitugutu", "munyonyo", "kigarama",
      "\u0458\u0430\u043d\u0443\u0430\u0440", "\u0444\u0435\u0431\u0440\u0443\u0430\u0440",
      "\u0458\u0443\u043d", "\u0458\u0443\u043b", "\u0441\u0435\u043f\u0442\u0435\u043c\u0431\u0430\u0440",
      "\u043e\u043a\u0442\u043e\u0431\u0430\u0440", "\u043d\u043e\u0432\u0435\u043c\u0431\u0430\u0440",
      "\u0434\u0435\u0446\u0435\u043c\u0431\u0430\u0440", "jul",
      "\u044f\u043d\u0432\u0430\u0440\u0438", "\u0444\u0435\u0432\u0440\u0430\u043b\u0438",
      "\u043c\u0430\u0440\u0442\u0438", "\u0430\u043f\u0440\u0435\u043b\u0438", "\u043c\u0430\u0439\u0438",
      "\u0438\u044e\u043d\u0438", "\u0438\u044e\u043b\u0438", "\u0430\u0432\u0433\u0443\u0441\u0442\u0438",
      "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u0438", "\u043e\u043a\u0442\u044f\u0431\u0440\u0438",
      "\u043d\u043e\u044f\u0431\u0440\u0438", "\u0434\u0435\u043a\u0430\u0431\u0440\u0438",
      // After the thirty-fourth family (seed 3434): Catalan ("6 de maig de 2024"; "abril",
      // "octubre", "novembre" are above), Greenlandic ("18. apriili 2025"), Danish ("maj",
      // "marts" are above; "december" is English), Sesotho ("18 Hlakola 2025"), siSwati ("16
      // Imphala 2024"), Gilbertese ("3 Okitobwa 2025", "8 Ritembwa 2025"), Seselwa Creole ("5 Zanvye 2025", "8 Zen
      // 2024"; "Out" is also Portuguese's "out." for outubro); the
      // others of these languages are above or English. A year must follow: several are words.
      "gener", "febrer", "mar\u00e7", "maig", "juny", "juliol", "agost", "setembre", "desembre",
      "januaari", "februaari", "marsi", "apriili", "maaji", "juuni", "juuli", "aggusti", "septembari",
      "oktobari", "novembari", "decembari",
      "phesekgong", "hlakola", "hlakubele", "mmesa", "motsheanong", "phupjane", "phupu", "phato", "lwetse",
      "mphalane", "pudungwana", "tshitwe",
      "bhimbidvwane", "indlovana", "indlovulenkhulu", "mabasa", "inkhwekhweti", "inhlaba", "kholwane", "ingci",
      "inyoni", "imphala", "lweti", "ingongoni",
      "tianuare", "beberuare", "eberi", "turai", "tebetembwa", "okitobwa", "nobembwa", "tititembwa",
      "zanvye", "fevriye", "zilyet", "septanm", "oktob", "novanm", "desanm", "zen", "out", "mati", "ritembwa",
      // (Bislama "Jenuware", "Febuware"; Gilbertese "Tune" (June); Sesotho "Mmese".)
      "jenuware", "febuware", "tune", "mmese",
      // Bikram Sambat
      "baisakh", "baishakh", "jestha", "jeth", "asar", "ashar", "asadh", "shrawan", "saun", "bhadra", "bhadau",
      "asoj", "ashwin", "kartik", "mangsir", "poush", "push", "magh", "falgun", "phalgun", "fagun", "chaitra",
      "chait"};
  return listHas(std::span<const std::string_view>(kMonths), w);
}

// Polish months in the genitive a date uses ("5 marca 2024 r.") and Turkish months ("5 Mart
// 2024"; capitals lose the dotless ı: "KASIM", "ARALIK"). A year must follow: "mart", "ekim" and
// "nisan" are words and names too.
bool polishOrTurkishMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrze\u015bnia",
      "pa\u017adziernika", "listopada", "grudnia",
      "ocak", "\u015fubat", "mart", "nisan", "may\u0131s", "mayis", "haziran", "temmuz", "a\u011fustos", "eyl\u00fcl",
      "ekim", "kas\u0131m", "kasim", "aral\u0131k", "aralik"};
  for (std::string_view m : kMonths) {
    if (w == m) return true;
  }
  return false;
}

// Month names that are not English ones (those are scanMonthDates'): Spanish, Portuguese,
// French, Italian, Dutch, German and Welsh (bilingual Welsh discharge letters: "5 Mawrth 2024").
bool foreignMonth(std::string_view w) {
  if (polishOrTurkishMonth(w) || yearBoundMonth(w)) return true;
  static constexpr std::string_view kMonths[] = {
      // Spanish
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
      "noviembre", "diciembre",
      // Portuguese
      "janeiro", "fevereiro", "mar\u00e7o", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
      // French
      "janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre", "octobre",
      "novembre", "d\u00e9cembre",
      // Italian
      "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
      // Dutch and German
      "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober", "januar", "februar", "m\u00e4rz",
      "dezember",
      // Welsh ("mai" is French's too); a year must follow, so "Dydd Mawrth" (Tuesday) is not one
      "ionawr", "chwefror", "mawrth", "ebrill", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd",
      "rhagfyr",
      // Indonesian ("5 Maret 2024"; the others are Dutch or English)
      "maret", "agustus", "desember",
      // Romanian ("5 martie 2024")
      "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie",
      "decembrie",
      // Czech in the genitive a date uses ("5. března 2024")
      "ledna", "\u00fanora", "b\u0159ezna", "dubna", "kv\u011btna", "\u010dervna", "\u010dervence", "srpna",
      "z\u00e1\u0159\u00ed", "\u0159\u00edjna", "listopadu", "prosince",
      // Ukrainian in the genitive, written in Latin letters ("5 bereznia 2024")
      "sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia",
      "zhovtnia", "lystopada", "hrudnia",
      // Filipino ("Setyembre 12, 2024", the month first as in English; enero, abril, mayo and
      // agosto are Spanish's) and Afrikaans ("12 Junie 2024"; the others are Dutch's or English's),
      // seed 3636. A year must follow either way.
      "pebrero", "marso", "hunyo", "hulyo", "setyembre", "oktubre", "nobyembre", "disyembre", "januarie", "junie",
      "julie",
      // Swedish, the rest Dutch's, French's or English's ("Datum: 1 augusti 2024", seed 3737)
      "augusti", "maj"};
  for (std::string_view m : kMonths) {
    if (w == m) return true;
  }
  return false;
}

// The day and the year in the digits of any script ("٥ آذار ٢٠٢٤", "၅ မတ် ၂၀၂၄"; scriptNumber).
// Month abbreviations, a year required, the dot optional: Spanish
// ("5 ene. 2024", "5 dic 2024"), Portuguese ("5 fev. 2024", "5 dez 2024"), French ("5 janv. 2024",
// "5 févr. 2024") and Russian ("5 янв. 2024", "5 нояб. 2024").
bool abbreviatedMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "ene", "abr", "ago", "dic", "fev", "set", "dez", "janv", "f\u00e9vr", "fevr", "avr", "juil", "d\u00e9c",
      "\u044f\u043d\u0432", "\u0444\u0435\u0432", "\u0444\u0435\u0432\u0440", "\u043c\u0430\u0440",
      "\u0430\u043f\u0440", "\u0430\u0432\u0433", "\u0441\u0435\u043d", "\u0441\u0435\u043d\u0442",
      "\u043e\u043a\u0442", "\u043d\u043e\u044f", "\u043d\u043e\u044f\u0431", "\u0434\u0435\u043a",
      // Old German typed records ("geb. am 26. Febr. 1965", "Aufgenommen: 1. Okt. 1981") and French
      // ones in lower case ("Né(e) le : 19 sept. 1990", "12 oct. 1943"), the day's dot kept or not:
      // the abbreviations English shares are read here too, as a year must follow (seed 3838).
      "jan", "feb", "febr", "apr", "aug", "sep", "sept", "okt", "oct", "nov"};
  return listHas(std::span<const std::string_view>(kMonths), w);
}

// (Digits of other scripts start with a lead byte of 0xD9 or above: Arabic letters, Cyrillic and
// Latin words are left at once.)
bool dayToken(const Token& t) {
  if (t.hasDigit ? !t.allDigits || t.length() > 2 : t.length() > 6 || static_cast<unsigned char>(t.lower[0]) < 0xD9) {
    return false;
  }
  std::size_t digits = 0;
  const int day = scriptNumber(t.lower, 2, digits);
  return day >= 1 && day <= 31;
}

bool yearToken(const Token& t) {
  if (t.hasDigit ? !t.allDigits || t.length() != 4 : t.length() > 12 || static_cast<unsigned char>(t.lower[0]) < 0xD9) {
    return false;
  }
  std::size_t digits = 0;
  const int year = scriptNumber(t.lower, 4, digits);
  return digits == 4 && year >= 1900 && year <= 2099;
}

// Lithuanian months in the genitive of the year-first date ("2024 m. kovo 5 d.").
bool lithuanianMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "sausio", "vasario", "kovo", "baland\u017eio", "gegu\u017e\u0117s", "bir\u017eelio", "liepos",
      "rugpj\u016b\u010dio", "rugs\u0117jo", "spalio", "lapkri\u010dio", "gruod\u017eio"};
  return listHas(std::span<const std::string_view>(kMonths), w);
}

// A date the year first with the word for year, as Lithuanian, Uzbek and Kazakh forms write it:
// "2024 m. kovo 5 d." (month, then day), "2024-yil 5-mart", "2024 жылғы 5 наурыз" (day, then
// month). From the year at token i; returns the last token (day or month), or npos.
// (Inlined into its one caller, as it was before that loop grew: it runs for every word.)
[[gnu::always_inline]] inline std::size_t yearWordDateEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 3 >= tokens.size() || !yearToken(tokens[i])) return std::string_view::npos;
  const std::string_view g0 = gapBetween(in, i, i + 1);
  const std::string_view g1 = gapBetween(in, i + 1, i + 2);
  const std::string_view g2 = gapBetween(in, i + 2, i + 3);
  const std::string word = lowerWord(in.text, tokens[i + 1]);
  if (word == "m" && g0 == " " && g1 == ". " && g2 == " " && lithuanianMonth(lowerWord(in.text, tokens[i + 2])) &&
      dayToken(tokens[i + 3])) {
    return i + 3;
  }
  // "yil" (Uzbek), "йил" (Uzbek Cyrillic), "жылғы"/"жылы" (Kazakh), "жыл" (Kyrgyz).
  if (!listHas({"yil", "yilning", "\u0439\u0438\u043b", "\u0436\u044b\u043b\u0493\u044b",
                "\u0436\u044b\u043b\u044b", "\u0436\u044b\u043b"},
               word) ||
      (g0 != " " && g0 != "-") || (g1 != " " && g1 != ", ") || !dayToken(tokens[i + 2]) || (g2 != " " && g2 != "-")) {
    return std::string_view::npos;
  }
  const Token& month = tokens[i + 3];
  if (!month.hasLetter || month.hasDigit || month.length() > 24 || !foreignMonth(lowerWord(in.text, month))) {
    return std::string_view::npos;
  }
  return i + 3;
}

// The Vietnamese date from the day at token i: "14 tháng 8 năm 2023". Returns the year's token,
// or npos.
std::size_t vietnameseDateEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 4 >= tokens.size()) return std::string_view::npos;
  for (std::size_t k = i; k < i + 4; ++k) {
    if (gapBetween(in, k, k + 1) != " ") return std::string_view::npos;
  }
  const Token& month = tokens[i + 2];
  if (lowerWord(in.text, tokens[i + 1]) != "th\u00e1ng" || !month.allDigits || month.length() > 2 ||
      parseDigits(month.lower, 0, month.length()) < 1 || parseDigits(month.lower, 0, month.length()) > 12 ||
      lowerWord(in.text, tokens[i + 3]) != "n\u0103m" || !yearToken(tokens[i + 4])) {
    return std::string_view::npos;
  }
  return i + 4;
}

// A Hungarian date, the year first with its dot: "2024. március 5" (the date's closing dot is
// left outside). From the year at token i; returns the day's token, or npos.
// (Inlined into its one caller, as yearWordDateEnd: it runs for every word, and the compiler
// stopped inlining it when the month tables grew.)
[[gnu::always_inline]] inline std::size_t hungarianDateEnd(const ScanInput& in, std::size_t i) {
  static constexpr std::string_view kMonths[] = {
      "janu\u00e1r", "febru\u00e1r", "m\u00e1rcius", "\u00e1prilis", "m\u00e1jus", "j\u00fanius", "j\u00falius",
      "augusztus", "szeptember", "okt\u00f3ber", "november", "december"};
  const auto& tokens = in.tokens;
  if (i + 2 >= tokens.size() || !yearToken(tokens[i]) || gapBetween(in, i, i + 1) != ". " ||
      gapBetween(in, i + 1, i + 2) != " " || !dayToken(tokens[i + 2])) {
    return std::string_view::npos;
  }
  const std::string w = lowerWord(in.text, tokens[i + 1]);
  for (std::string_view m : kMonths) {
    if (w == m) return i + 2;
  }
  return std::string_view::npos;
}

// A Latvian date, the year first with "gada" (of the year): "2024. gada 15. marts", "2024. gada
// 15. martā" (the closing dot is left outside). From the year at token i; returns the month's
// token, or npos.
std::size_t latvianDateEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 3 >= tokens.size() || !yearToken(tokens[i]) || gapBetween(in, i, i + 1) != ". " ||
      tokens[i + 1].lower != "gada" || gapBetween(in, i + 1, i + 2) != " " || !dayToken(tokens[i + 2]) ||
      gapBetween(in, i + 2, i + 3) != ". " || tokens[i + 3].hasDigit || tokens[i + 3].length() > 24 ||
      !yearBoundMonth(lowerWord(in.text, tokens[i + 3]))) {
    return std::string_view::npos;
  }
  return i + 3;
}

// A Thai date with the month's abbreviation: "5 มี.ค. 2567" (the Buddhist-era year, 2443-2642, or
// the common era's), the day and year in Thai digits too ("๓ มี.ค. ๒๕๖๘"), the era's mark before
// the year ("5 มี.ค. พ.ศ. 2567"), the year cut to two digits as Thai hospitals print it ("3 มี.ค.
// 68"), or no year (the abbreviations, with their dots, are no words). From the day at token i;
// returns the end byte, or 0.
std::size_t thaiDateEnd(const ScanInput& in, std::size_t i) {
  static constexpr std::string_view kMonths[] = {
      "\u0e21.\u0e04.", "\u0e01.\u0e1e.", "\u0e21\u0e35.\u0e04.", "\u0e40\u0e21.\u0e22.", "\u0e1e.\u0e04.",
      "\u0e21\u0e34.\u0e22.", "\u0e01.\u0e04.", "\u0e2a.\u0e04.", "\u0e01.\u0e22.", "\u0e15.\u0e04.",
      "\u0e1e.\u0e22.", "\u0e18.\u0e04."};
  const std::string_view text = in.text;
  std::size_t k = in.tokens[i].end;
  // (A Thai letter after the space first: this runs for every day.)
  if (k + 1 >= text.size() || text[k] != ' ' || text[k + 1] != '\xe0') return 0;
  std::size_t digits = 0;
  const int day = scriptNumber(in.tokens[i].lower, 2, digits);
  if (day < 1 || day > 31) return 0;
  ++k;
  for (std::string_view m : kMonths) {
    if (text.substr(k, m.size()) != m) continue;
    const std::size_t monthEnd = k + m.size();
    std::size_t y = monthEnd + 1;
    if (y >= text.size() || text[y - 1] != ' ') return monthEnd;
    // The era's mark: "พ.ศ." (Buddhist era) or "ค.ศ." (common era).
    for (std::string_view era : {std::string_view("\u0e1e.\u0e28."), std::string_view("\u0e04.\u0e28.")}) {
      if (text.substr(y, era.size()) == era) {
        y += era.size();
        if (y < text.size() && text[y] == ' ') ++y;
      }
    }
    // The year's digits, ASCII or Thai, up to the next space or punctuation.
    std::size_t e = y;
    int value = 0;
    while (e < text.size()) {
      const std::size_t len = isDigit(text[e]) ? 1 : scriptDigitAt(text, e, value);
      if (len == 0) break;
      e += len;
    }
    if (e == y || (e < text.size() && isWordByte(text[e]))) return monthEnd;
    const int year = scriptNumber(text.substr(y, e - y), 4, digits);
    if (digits == 2) return e;
    return digits == 4 && ((year >= 1900 && year <= 2099) || (year >= 2443 && year <= 2642)) ? e : monthEnd;
  }
  return 0;
}

}  // namespace

std::size_t thaiAbbreviatedDateEnd(const ScanInput& in, std::size_t i) { return thaiDateEnd(in, i); }

namespace {

// A Hijri date with the month in Latin letters, as Indonesian, Malaysian, Bruneian and Gulf
// records and English letters write it: "3 Ramadhan 1446H", "15 Syawal 1445 H", "12 Rabi'
// al-Awwal 1445 AH", "12 Rabiul Awal 1445H", "1 Muharram 1446". The month's spellings are no
// words of those languages, and a Hijri year (1300-1499) must follow; its mark ("H", "AH",
// "Hijriah"), glued or apart, stays outside. From the day at token i; returns the end byte, or 0.
std::size_t hijriLatinDateEnd(const ScanInput& in, std::size_t i) {
  static constexpr std::string_view kMonths[] = {
      // (Malaysia's and Brunei's "Syaaban"/"Sya'aban" too.)
      "muharram", "muharam", "moharram", "safar", "sapar", "rajab", "rejab", "sya'ban", "syaban", "syaaban",
      "sya'aban", "sha'ban",
      "shaban", "shaaban", "ramadhan", "ramadan", "ramazan", "ramzan", "ramadhon", "syawwal", "syawal", "shawwal",
      "shawal", "zulkaedah", "zulkaidah", "zulqaidah", "dzulqa'dah", "dzulkaidah", "zulkadah", "zul qa'dah",
      "dhu al-qi'dah", "dhu al-qa'dah", "dhul-qa'dah", "dhul qa'dah", "dhul qadah", "dhu al-qadah", "dhul-qadah",
      "zulhijjah", "dzulhijjah", "zulhijah", "zul hijjah", "dhu al-hijjah", "dhul-hijjah", "dhul hijjah",
      "rabi' al-awwal", "rabi al-awwal", "rabi' ul-awwal", "rabi ul awal", "rabiul awal", "rabiul awwal",
      "rabiulawal", "rabi' al-thani", "rabi al-thani", "rabi' al-akhir", "rabi al-akhir", "rabi' ul-akhir",
      "rabiul akhir", "rabiulakhir", "rabi' al-sani", "jumada al-ula", "jumada al-awwal", "jumada al-akhirah",
      "jumada al-akhira", "jumada al-thani", "jumada al-ukhra", "jamadil awal", "jamadil akhir", "jumadil awal",
      "jumadil akhir", "jumadal ula", "jumadal akhirah", "jamadilawal", "jamadilakhir"};
  const std::string_view text = in.text;
  const Token& day = in.tokens[i];
  if (!day.allDigits || day.length() > 2) return 0;
  std::size_t k = day.end;
  if (k + 6 >= text.size() || text[k] != ' ') return 0;
  ++k;
  // (A month's first three letters are one of these, no string made before: "5 mg", "3 days".)
  const std::string_view head = text.substr(k, 3);
  const char first = lowerAscii(head[0]);
  if (!(first == 'm' || first == 's' || first == 'r' || first == 'z' || first == 'd' || first == 'j')) return 0;
  bool known = false;
  for (std::string_view p : {"muh", "moh", "saf", "sap", "raj", "rej", "sya", "sha", "ram", "zul", "dzu", "dhu",
                             "rab", "jum", "jam"}) {
    known = known || (lowerAscii(head[0]) == p[0] && lowerAscii(head[1]) == p[1] && lowerAscii(head[2]) == p[2]);
  }
  if (!known) return 0;
  std::string window;
  for (std::size_t j = k; j < text.size() && j < k + 20; ++j) {
    const char c = text[j] == '\xe2' ? '\'' : lowerAscii(text[j]);  // a typographic apostrophe
    window.push_back(c);
    if (text[j] == '\xe2') j += 2;
  }
  for (std::string_view m : kMonths) {
    if (!std::string_view(window).starts_with(m)) continue;
    // The month's bytes in the text (a typographic apostrophe is three of them).
    std::size_t monthEnd = k;
    for (std::size_t n = 0; n < m.size(); ++n) monthEnd += text[monthEnd] == '\xe2' ? 3 : 1;
    if (monthEnd + 5 > text.size() || text[monthEnd] != ' ' || digitRun(text, monthEnd + 1) != 4) continue;
    const std::size_t y = monthEnd + 1;
    const int year = parseDigits(text, y, 4);
    if (year < 1300 || year > 1499) return 0;
    // Nothing glued but the era's mark: "1446H", "1446AH".
    std::size_t e = y + 4;
    std::size_t letters = 0;
    while (e + letters < text.size() && isAsciiAlpha(text[e + letters])) ++letters;
    if (letters > 0) {
      std::string mark;
      for (std::size_t n = 0; n < letters; ++n) mark.push_back(lowerAscii(text[e + n]));
      if (mark != "h" && mark != "ah") return 0;
    } else if (e < text.size() && (isDigit(text[e]) || isNonAscii(text[e]))) {
      return 0;
    }
    return e;
  }
  return 0;
}

// A street's type written before its name, as Spanish, Portuguese, French and Italian addresses
// write it.
bool streetBefore(const Token& t) {
  static constexpr std::string_view kTypes[] = {"calle", "avenida", "av",    "avda", "rua",    "travessa",
                                                "rue",   "place",   "du",    "via",  "viale",  "piazza",
                                                "plaza", "paseo",   "pra\u00e7a", "col",  "colonia", "largo"};
  for (std::string_view type : kTypes) {
    if (t.lower == type) return true;
  }
  return false;
}

// Digits and then the given suffix filling token t ("2024년", "3월", "5일"): the number, or -1.
int numberWithSuffix(const Token& t, std::string_view suffix, std::size_t maxDigits) {
  std::size_t d = 0;
  while (d < t.lower.size() && isDigit(t.lower[d])) ++d;
  if (d == 0 || d > maxDigits || std::string_view(t.lower).substr(d) != suffix) return -1;
  return parseDigits(t.lower, 0, d);
}

// A Korean date "2024년 3월 5일" (year, month, day each with its word), spaced or not
// ("2024년3월5일" is one token and is left alone). Returns the day's token, or npos.
std::size_t koreanDateEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 1 >= tokens.size() || gapBetween(in, i, i + 1) != " ") return std::string_view::npos;
  if (i + 2 >= tokens.size() || gapBetween(in, i + 1, i + 2) != " ") {
    const int m = numberWithSuffix(tokens[i], "\uc6d4", 2);
    const int d = numberWithSuffix(tokens[i + 1], "\uc77c", 2);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? i + 1 : std::string_view::npos;
  }
  const int year = numberWithSuffix(tokens[i], "\ub144", 4);
  // The month and day without the year: "3월 3일" ("3일" alone is also three days).
  if (year < 0) {
    const int m = numberWithSuffix(tokens[i], "\uc6d4", 2);
    const int d = numberWithSuffix(tokens[i + 1], "\uc77c", 2);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? i + 1 : std::string_view::npos;
  }
  const int month = numberWithSuffix(tokens[i + 1], "\uc6d4", 2);
  const int day = numberWithSuffix(tokens[i + 2], "\uc77c", 2);
  if (year < 1900 || year > 2099 || tokens[i].lower.size() != 4 + 3 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::string_view::npos;
  }
  return i + 2;
}

// A Japanese era date written in Latin letters, as referral letters and insurance cards write
// them: "R6.3.5" (Reiwa 6, 5 March 2024), "H30.4.1" (Heisei), "S58.12.20" (Showa). The era's
// letter, its year (Reiwa to 20, Heisei to 31, Showa to 64), a month and a day joined by dots,
// nothing glued before or after ("R6.3.5.1" is a section, "version R2.1.3" a release).
std::size_t eraDateEnd(const ScanInput& in, std::size_t i) {
  const Token& t = in.tokens[i];
  const std::string_view text = in.text;
  const char era = static_cast<char>(t.lower[0]);
  if (!(era == 'r' || era == 'h' || era == 's') || !isUpper(text[t.start]) || t.length() < 2 || t.length() > 3 ||
      digitRun(text, t.start + 1) != t.length() - 1) {
    return std::string_view::npos;
  }
  if (t.start > 0 && (isWordByte(text[t.start - 1]) || text[t.start - 1] == '.' || text[t.start - 1] == '-')) {
    return std::string_view::npos;
  }
  const int year = parseDigits(text, t.start + 1, t.length() - 1);
  const int most = era == 'r' ? 20 : era == 'h' ? 31 : 64;
  if (year < 1 || year > most || i + 2 >= in.tokens.size()) return std::string_view::npos;
  const Token& month = in.tokens[i + 1];
  const Token& day = in.tokens[i + 2];
  if (gapBetween(in, i, i + 1) != "." || gapBetween(in, i + 1, i + 2) != "." || !month.allDigits ||
      month.length() > 2 || !day.allDigits || day.length() > 2) {
    return std::string_view::npos;
  }
  const int m = parseDigits(text, month.start, month.length());
  const int d = parseDigits(text, day.start, day.length());
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::string_view::npos;
  const std::size_t end = day.end;
  if (end < text.size() && (isWordByte(text[end]) || ((text[end] == '.' || text[end] == '-') && end + 1 < text.size() &&
                                                       isDigit(text[end + 1])))) {
    return std::string_view::npos;
  }
  const std::string_view before = sameLineBefore(text, t.start, 24);
  for (std::string_view veto : {"version", "ver", "release", "rev", "section", "step", "rule"}) {
    const std::size_t at = rfindWordCaseless(before, veto);
    if (at != std::string_view::npos && before.substr(at + veto.size()).find_first_not_of(" :") == std::string_view::npos) {
      return std::string_view::npos;
    }
  }
  return i + 2;
}

}  // namespace

void scanForeignMonthDates(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    // The French first of the month: "1er mai 1928".
    const bool premier = tokens[i].lower == "1er";
    // The day in guillemets of Russian and Central Asian forms, one token with them: "«05» марта
    // 2024 г.".
    const std::string_view word = tokens[i].lower;
    const bool quotedDay = word.size() >= 5 && word.size() <= 6 && word.starts_with("\u00ab") &&
                           word.ends_with("\u00bb") && digitRun(word, 2) == word.size() - 4 &&
                           parseDigits(word, 2, word.size() - 4) >= 1 && parseDigits(word, 2, word.size() - 4) <= 31;
    if (tokens[i].hasDigit && tokens[i].hasLetter && !premier && !quotedDay) {
      if (const std::size_t last = koreanDateEnd(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Date, priority::kDate});
        i = last;
        continue;
      }
      if (const std::size_t last = eraDateEnd(in, i); last != std::string_view::npos) {
        out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Date, priority::kDate});
        i = last;
      }
      continue;
    }
    // The month first, as Filipino writes its months like English ones: "Setyembre 12, 2024",
    // "Enero 3, 2025" (the day, a comma and the year required), seed 3636.
    if (tokens[i].capitalised && i + 2 < n && tokens[i].length() >= 4 && gapBetween(in, i, i + 1) == " " &&
        dayToken(tokens[i + 1]) && gapBetween(in, i + 1, i + 2) == ", " && yearToken(tokens[i + 2]) &&
        foreignMonth(lowerWord(in.text, tokens[i]))) {
      out.push_back({tokens[i].start, tokens[i + 2].end, PhiCategory::Date, priority::kDate});
      i += 2;
      continue;
    }
    if (const std::size_t last = hungarianDateEnd(in, i); last != std::string_view::npos) {
      out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Date, priority::kDate});
      i = last;
      continue;
    }
    // The year first with dots and spaces and a closing dot, as Korean and Hungarian forms write
    // it: "1985. 3. 3.", "2024. 03. 05." (the closing dot outside; without it, a list of numbers).
    if (i + 2 < n && gapBetween(in, i, i + 1) == ". " && gapBetween(in, i + 1, i + 2) == ". " &&
        yearToken(tokens[i]) && tokens[i].allDigits && tokens[i + 1].allDigits && tokens[i + 1].length() <= 2 &&
        tokens[i + 2].allDigits && tokens[i + 2].length() <= 2 && tokens[i + 2].end < in.text.size() &&
        in.text[tokens[i + 2].end] == '.' &&
        (tokens[i + 2].end + 1 == in.text.size() || !isDigit(in.text[tokens[i + 2].end + 1]))) {
      const int month = parseDigits(tokens[i + 1].lower, 0, tokens[i + 1].length());
      const int day = parseDigits(tokens[i + 2].lower, 0, tokens[i + 2].length());
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        out.push_back({tokens[i].start, tokens[i + 2].end, PhiCategory::Date, priority::kDate});
        i += 2;
        continue;
      }
    }
    if (const std::size_t last = latvianDateEnd(in, i); last != std::string_view::npos) {
      out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Date, priority::kDate});
      i = last;
      continue;
    }
    if (const std::size_t last = yearWordDateEnd(in, i); last != std::string_view::npos) {
      out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Date, priority::kDate});
      i = last;
      continue;
    }
    // The day in words: "tres de marzo de mil novecientos treinta", "le trois mars 1930".
    // (Found from its "de", or the French "le"/"du", out of line: two letters are the only test
    // every word meets here.)
    if (tokens[i].lower.size() == 2) {
      if (const std::size_t last = addSpelledDayDate(in, i, out); last != std::string_view::npos) {
        i = last;
        continue;
      }
    }
    if (!dayToken(tokens[i]) && !premier && !quotedDay) continue;
    // Inside a longer number: "2024/146667", "1.5".
    if (tokens[i].start > 0 && (in.text[tokens[i].start - 1] == '/' || in.text[tokens[i].start - 1] == '.' ||
                                in.text[tokens[i].start - 1] == '-')) {
      continue;
    }
    // The Czech and Slovak spaced numeric date: "5. 3. 2024" (the month in range, a year after it).
    if (i + 2 < n && gapBetween(in, i, i + 1) == ". " && gapBetween(in, i + 1, i + 2) == ". " &&
        tokens[i + 1].allDigits && tokens[i + 1].length() <= 2 && parseDigits(tokens[i + 1].lower, 0, tokens[i + 1].length()) >= 1 &&
        parseDigits(tokens[i + 1].lower, 0, tokens[i + 1].length()) <= 12 && yearToken(tokens[i + 2]) &&
        (tokens[i + 2].end >= in.text.size() || in.text[tokens[i + 2].end] != '.' || tokens[i + 2].end + 1 >= in.text.size() ||
         !isDigit(in.text[tokens[i + 2].end + 1]))) {
      out.push_back({tokens[i].start, tokens[i + 2].end, PhiCategory::Date, priority::kDate});
      i += 2;
      continue;
    }
    // The month's name between hyphens or slashes, as Latin American and Portuguese-speaking
    // laboratories print dates: "05-ene-2024", "05/ENE/2024", "05/fev/2024", "05-marzo-2024".
    if (i + 2 < n && !quotedDay) {
      const std::string_view sep = gapBetween(in, i, i + 1);
      const Token& month = tokens[i + 1];
      if ((sep == "-" || sep == "/") && gapBetween(in, i + 1, i + 2) == sep && yearToken(tokens[i + 2]) &&
          month.hasLetter && !month.hasDigit && month.length() >= 3 && month.length() <= 24) {
        const std::string w = lowerWord(in.text, month);
        const std::size_t end = tokens[i + 2].end;
        const bool glued = end + 1 < in.text.size() && (in.text[end] == '-' || in.text[end] == '/') &&
                           isDigit(in.text[end + 1]);
        if (!glued && (abbreviatedMonth(w) || foreignMonth(w))) {
          out.push_back({tokens[i].start, end, PhiCategory::Date, priority::kDate});
          i += 2;
          continue;
        }
      }
    }
    if (const std::size_t end = hijriLatinDateEnd(in, i); end > 0) {
      out.push_back({tokens[i].start, end, PhiCategory::Date, priority::kDate});
      while (i + 1 < n && tokens[i + 1].start < end) ++i;
      continue;
    }
    if (const std::size_t end = thaiDateEnd(in, i); end > 0) {
      out.push_back({tokens[i].start, end, PhiCategory::Date, priority::kDate});
      while (i + 1 < n && tokens[i + 1].start < end) ++i;
      continue;
    }
    if (const std::size_t last = vietnameseDateEnd(in, i); last != std::string_view::npos) {
      out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Date, priority::kDate});
      i = last;
      continue;
    }
    // The day, "de" or nothing (a German day's dot: "3. März"), the month.
    std::size_t m = i + 1;
    bool de = false;
    bool papiamentuDi = false;
    // The Turkmen ordinal's ending on the day: "5-nji mart 2024", "12-nji oktýabr 2024".
    const bool ordinalEnding = gapBetween(in, i, m) == "-" && m + 1 < n && gapBetween(in, m, m + 1) == " " &&
                               listHas({"nji", "njy", "ynjy", "inji", "unjy", "\u00fcnji",
                                       // Russian's "12-го апреля 2024 г." (the 12th of April)
                                       "\u0433\u043e"},
                                      tokens[m].lower);
    if (ordinalEnding) ++m;
    const std::string_view dayGap = ordinalEnding ? std::string_view(" ") : gapBetween(in, i, m);
    if (dayGap == " " && (tokens[m].lower == "de" || tokens[m].lower == "del") && m + 1 < n &&
        gapBetween(in, m, m + 1) == " ") {
      de = true;
      ++m;
    } else if (dayGap == " " && tokens[m].lower == "ta" && m + 1 < n &&
               (gapBetween(in, m, m + 1) == "' " || gapBetween(in, m, m + 1) == "\u2019 ")) {
      // Maltese "of": "23 ta' Novembru 2025" (a year required, as Papiamentu's "di" below).
      papiamentuDi = true;
      ++m;
    } else if (dayGap == " " && tokens[m].lower == "di" && m + 1 < n && gapBetween(in, m, m + 1) == " ") {
      // Papiamentu's "of": "5 di mart 2024", "5 di mei 2024" (a year required).
      papiamentuDi = true;
      ++m;
    } else if (dayGap != " " && dayGap != ". " && dayGap != "-") {
      continue;
    }
    // (Polish genitives run to 13 bytes: "października", Cyrillic ones to 22: "кастрычніка".)
    if (!tokens[m].hasLetter || tokens[m].hasDigit || tokens[m].length() < 3 || tokens[m].length() > 24) continue;
    // (The month's lower case is made once: the allocation showed in the rules' time.)
    const std::string monthWord = lowerWord(in.text, tokens[m]);
    const bool abbreviated = abbreviatedMonth(monthWord);
    if (!abbreviated && !foreignMonth(monthWord)) continue;
    const bool yearNeeded = abbreviated || papiamentuDi || polishOrTurkishMonth(monthWord) || yearBoundMonth(monthWord);
    // The Uzbek and Kyrgyz hyphen ("5-mart 2024-yil", "5-март 2024-ж.") only before a year.
    if (dayGap == "-" && !yearNeeded) continue;
    std::size_t last = m;
    // The year: " 2024", " de 2025", ", 2024".
    std::size_t y = m + 1;
    if (y + 1 < n && (tokens[y].lower == "de" || tokens[y].lower == "del") && gapBetween(in, m, y) == " " &&
        gapBetween(in, y, y + 1) == " ") {
      ++y;
    } else if (y < n && gapBetween(in, m, y) != " " && gapBetween(in, m, y) != ", " &&
               !(abbreviated && gapBetween(in, m, y) == ". ")) {
      y = n;
    }
    if (y < n && yearToken(tokens[y])) last = y;
    if (last == m && (!de || yearNeeded)) continue;
    // Streets and squares are named for days: "Calle 5 de Mayo 232", "Rua 7 de Setembro", "Avenida 20
    // de Noviembre", "Place du 8 Mai 1945".
    // A French "du" is a street's only after the street's word ("Place du 8 Mai 1945"); "TDM
    // cérébrale du 22 juin 2025" is the exam's date.
    if (i > 0 && streetBefore(tokens[i - 1]) &&
        (tokens[i - 1].lower != "du" || (i > 1 && streetBefore(tokens[i - 2])))) {
      continue;
    }
    out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Date, priority::kDate});
    i = last;
  }
}

}  // namespace concord::phi::detail

namespace concord::phi::detail {

bool isForeignMonthWord(std::string_view lower) { return foreignMonth(lower); }

}  // namespace concord::phi::detail
