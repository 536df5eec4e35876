// Numbers of the nineties spelled in the world's languages (world_number_words.h). Only whether a
// span is such a number matters (every one is an age over 89 when an age's word goes with it),
// so a ten's stem is enough where the unit is joined to it ("novantatré", "kilencvenhárom",
// "nittiotre"); a unit in a word of its own is read from one list of every language's units.
#include "world_number_words.h"

#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace concord::phi::detail {

namespace {

// The ten written first, the unit after it, joined or as a word of its own (lower case; a
// capital beyond ASCII is listed too). Spanish and Portuguese, Italian, Catalan, Belgian and Swiss
// French, Romanian, Turkish, Azerbaijani, Hungarian, Swedish, Norwegian, Finnish, Polish, Czech,
// Slovak, Croatian, Serbian and Bosnian, Slovenian, Lithuanian, Latvian, Swahili, Tagalog,
// Albanian, Dutch, German and Danish alone (their unit comes first: below), Russian, Ukrainian,
// Belarusian, Serbian and Macedonian, Bulgarian, Kazakh, Kyrgyz, Greek, Armenian, Tamil.
constexpr std::string_view kTensFirst[] = {
    "noventa", "novant", "noranta", "nonante", "nou\u0103zeci", "nouazeci", "doksan", "doxsan", "kilencven",
    "nittio", "nitti", "yhdeks\u00e4nkymmen", "dziewi\u0119\u0107dziesi", "devades\u00e1t", "devadesati",
    "dev\u00e4\u0165desiat", "devedeset", "devetdeset", "devyniasde\u0161imt", "devi\u0146desmit", "tisini",
    "siyamnapu", "n\u00ebnt\u00ebdhjet", "nentedhjet", "negentig", "neunzig", "halvfems",
    "\u0434\u0435\u0432\u044f\u043d\u043e\u0441\u0442", "\u0414\u0435\u0432\u044f\u043d\u043e\u0441\u0442",
    "\u0434\u0435\u0432\u2019\u044f\u043d\u043e\u0441\u0442", "\u0434\u0435\u0432\u02bc\u044f\u043d\u043e\u0441\u0442",
    "\u0434\u0437\u0435\u0432\u044f\u043d\u043e\u0441\u0442", "\u0434\u0435\u0432\u0435\u0434\u0435\u0441\u0435\u0442",
    "\u0434\u0435\u0432\u0435\u0442\u0434\u0435\u0441\u0435\u0442", "\u0442\u043e\u049b\u0441\u0430\u043d",
    "\u0442\u043e\u043a\u0441\u043e\u043d", "\u03b5\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1",
    "\u0395\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1", "\u056b\u0576\u0576\u057d\u0578\u0582\u0576",
    "\u053b\u0576\u0576\u057d\u0578\u0582\u0576", "\u0ba4\u0bca\u0ba3\u0bcd\u0ba3\u0bc2",
    // (Persian "نود", Hebrew "תשעים", Arabic "تسعون"/"تسعين": whole words, below.)
    "\u0646\u0648\u062f", "\u05ea\u05e9\u05e2\u05d9\u05dd", "\u062a\u0633\u0639\u0648\u0646",
    "\u062a\u0633\u0639\u064a\u0646", "\u0414\u0435\u0432\u0435\u0434\u0435\u0441\u0435\u0442"};

// Stems that are whole words only (a longer word is another: "نودل", "תשעימ").
bool wholeWordStem(std::string_view stem) {
  return stem == "\u0646\u0648\u062f" || stem == "\u05ea\u05e9\u05e2\u05d9\u05dd" ||
         stem == "\u062a\u0633\u0639\u0648\u0646" || stem == "\u062a\u0633\u0639\u064a\u0646";
}

// The units one to nine as words of their own after a ten, in those languages (and the cases
// ages take: Russian "девяноста трёх лет", Polish "trzech", Greek "τριών").
constexpr std::string_view kUnits[] = {
    // Spanish, Portuguese, Catalan, French, Romanian
    "uno", "un", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "um", "uma", "dois",
    "duas", "tr\u00eas", "quatro", "sete", "oito", "nove", "quatre", "cinc", "sis", "set", "vuit", "nou", "une",
    "deux", "trois", "cinq", "six", "sept", "huit", "neuf", "unu", "doi", "dou\u0103", "trei", "patru", "cinci",
    "\u0219ase", "\u015fase", "\u0219apte", "\u015fapte", "opt", "nou\u0103",
    // Turkish, Azerbaijani
    "bir", "iki", "\u00fc\u00e7", "d\u00f6rt", "d\u00f6rd", "be\u015f", "alt\u0131", "yedi", "yeddi", "sekiz",
    "s\u0259kkiz", "dokuz", "doqquz",
    // Polish, Czech, Slovak, Croatian/Serbian/Bosnian/Slovenian, Lithuanian
    "jeden", "jedna", "dwa", "dwie", "trzy", "trzech", "cztery", "czterech", "pi\u0119\u0107", "pi\u0119ciu",
    "sze\u015b\u0107", "siedem", "osiem", "dziewi\u0119\u0107", "dva", "dv\u011b", "t\u0159i", "\u010dty\u0159i",
    "p\u011bt", "\u0161est", "sedm", "osm", "dev\u011bt", "tri", "\u0161tyri", "p\u00e4\u0165", "\u0161es\u0165",
    "sedem", "osem", "dev\u00e4\u0165", "jedan", "dvije", "\u010detiri", "pet", "sedam", "osam", "devet",
    // Swahili, Tagalog, Finnish
    "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa", "isa", "dalawa", "tatlo", "apat",
    "lima", "anim", "pito", "walo", "siyam", "yksi", "kaksi", "kolme", "nelj\u00e4", "viisi", "kuusi",
    // Russian, Ukrainian, Bulgarian, Serbian Cyrillic, Kazakh
    "\u043e\u0434\u0438\u043d", "\u043e\u0434\u043d\u0430", "\u0434\u0432\u0430", "\u0434\u0432\u0435",
    "\u0442\u0440\u0438", "\u0447\u0435\u0442\u044b\u0440\u0435", "\u043f\u044f\u0442\u044c",
    "\u0448\u0435\u0441\u0442\u044c", "\u0441\u0435\u043c\u044c", "\u0432\u043e\u0441\u0435\u043c\u044c",
    "\u0434\u0435\u0432\u044f\u0442\u044c", "\u0434\u0432\u0443\u0445", "\u0442\u0440\u0451\u0445",
    "\u0442\u0440\u0435\u0445", "\u0447\u0435\u0442\u044b\u0440\u0451\u0445", "\u0447\u0435\u0442\u044b\u0440\u0435\u0445",
    "\u043f\u044f\u0442\u0438", "\u0448\u0435\u0441\u0442\u0438", "\u0441\u0435\u043c\u0438",
    "\u0432\u043e\u0441\u044c\u043c\u0438", "\u0434\u0435\u0432\u044f\u0442\u0438", "\u0434\u0432\u0456",
    "\u0447\u043e\u0442\u0438\u0440\u0438", "\u0447\u0435\u0442\u0438\u0440\u0438", "\u043f\u0435\u0442",
    "\u0448\u0435\u0441\u0442", "\u04af\u0448", "\u0431\u0435\u0441", "\u0434\u0432\u043e\u0445",
    "\u0442\u0440\u044c\u043e\u0445", "\u0447\u043e\u0442\u0438\u0440\u044c\u043e\u0445",
    "\u043e\u0434\u043d\u043e\u0433\u043e",
    // (Indonesian and Malay; Tagalog units with their linker before a noun: "siyamnapu't tatlong taon".)
    "satu", "dua", "tiga", "empat", "enam", "tujuh", "delapan", "lapan", "sembilan",
    "isang", "dalawang", "tatlong", "limang", "pitong", "walong",
    // Greek
    "\u03ad\u03bd\u03b1", "\u03b4\u03cd\u03bf", "\u03c4\u03c1\u03af\u03b1", "\u03c4\u03c1\u03b9\u03ce\u03bd",
    "\u03c4\u03ad\u03c3\u03c3\u03b5\u03c1\u03b1", "\u03c4\u03b5\u03c3\u03c3\u03ac\u03c1\u03c9\u03bd",
    "\u03c0\u03ad\u03bd\u03c4\u03b5", "\u03ad\u03be\u03b9", "\u03b5\u03c0\u03c4\u03ac", "\u03bf\u03ba\u03c4\u03ce",
    "\u03b5\u03bd\u03bd\u03ad\u03b1",
    // Albanian, Persian, Armenian
    "nj\u00eb", "dy", "tre", "kat\u00ebr", "pes\u00eb", "gjasht\u00eb", "shtat\u00eb", "tet\u00eb", "n\u00ebnt\u00eb",
    "\u06cc\u06a9", "\u062f\u0648", "\u0633\u0647", "\u0686\u0647\u0627\u0631", "\u067e\u0646\u062c",
    "\u0634\u0634", "\u0647\u0641\u062a", "\u0647\u0634\u062a", "\u0646\u0647",
    "\u0565\u0580\u0565\u0584", "\u0574\u0565\u056f"};

// The words joining a unit to its ten: Spanish "y", Portuguese and Albanian "e", French "et",
// Croatian and Bulgarian "i"/"и", Swahili "na", Romanian "și", Persian "و", Tagalog's "'t".
bool connector(std::string_view w) {
  return w == "y" || w == "e" || w == "et" || w == "i" || w == "\u0438" || w == "na" || w == "\u0219i" ||
         w == "\u015fi" || w == "si" || w == "\u0648" || w == "t";
}

// Hebrew units joined to "ו" (and): "תשעים ושלוש".
bool hebrewUnit(std::string_view w) {
  static constexpr std::array<std::string_view, 17> kHebrew = {
      "\u05d5\u05d0\u05d7\u05ea", "\u05d5\u05d0\u05d7\u05d3", "\u05d5\u05e9\u05ea\u05d9\u05d9\u05dd",
      "\u05d5\u05e9\u05e0\u05d9\u05d9\u05dd", "\u05d5\u05e9\u05dc\u05d5\u05e9", "\u05d5\u05e9\u05dc\u05d5\u05e9\u05d4",
      "\u05d5\u05d0\u05e8\u05d1\u05e2", "\u05d5\u05d0\u05e8\u05d1\u05e2\u05d4", "\u05d5\u05d7\u05de\u05e9",
      "\u05d5\u05d7\u05de\u05d9\u05e9\u05d4", "\u05d5\u05e9\u05e9", "\u05d5\u05e9\u05d9\u05e9\u05d4",
      "\u05d5\u05e9\u05d1\u05e2", "\u05d5\u05e9\u05d1\u05e2\u05d4", "\u05d5\u05e9\u05de\u05d5\u05e0\u05d4",
      "\u05d5\u05ea\u05e9\u05e2", "\u05d5\u05ea\u05e9\u05e2\u05d4"};
  return listHas(kHebrew, w);
}

// Arabic units before "وتسعون" (and ninety): "ثلاثة وتسعون", "خمس وتسعين".
bool arabicUnit(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kArabic = {
      "\u0648\u0627\u062d\u062f", "\u0625\u062d\u062f\u0649", "\u0627\u062b\u0646\u0627\u0646",
      "\u0627\u062b\u0646\u064a\u0646", "\u062b\u0644\u0627\u062b", "\u062b\u0644\u0627\u062b\u0629",
      "\u0623\u0631\u0628\u0639", "\u0623\u0631\u0628\u0639\u0629", "\u0627\u0631\u0628\u0639",
      "\u0627\u0631\u0628\u0639\u0629", "\u062e\u0645\u0633", "\u062e\u0645\u0633\u0629", "\u0633\u062a",
      "\u0633\u062a\u0629", "\u0633\u0628\u0639", "\u0633\u0628\u0639\u0629", "\u062b\u0645\u0627\u0646",
      "\u062b\u0645\u0627\u0646\u064a", "\u062b\u0645\u0627\u0646\u064a\u0629", "\u062a\u0633\u0639",
      "\u062a\u0633\u0639\u0629", "\u0627\u062b\u0646\u062a\u0627\u0646"};
  return listHas(kArabic, w);
}

// Endings of an age's adjective joined to the number: German "-jährige", Dutch "-jarige",
// Swedish "-årig", Finnish "-vuotias", Russian "-летний", Ukrainian "-річний", Polish "-letni",
// Czech and Slovak "-letá"/"-ročný", Croatian "-godišnji", Bulgarian "-годишен", Armenian "-ամյա",
// Hungarian "-éves". Returns where the ending starts in `w` after `from`, or npos.
std::size_t joinedAgeEnding(std::string_view w, std::size_t from) {
  static constexpr std::array<std::string_view, 12> kEndings = {
      "j\u00e4hrig", "jarig", "\u00e5rig", "vuotia", "\u043b\u0435\u0442\u043d", "\u0440\u0456\u0447\u043d",
      "let", "ro\u010dn", "godi\u0161nj", "\u0433\u043e\u0434\u0438\u0448", "\u0561\u0574\u0575\u0561", "\u00e9ves"};
  std::size_t best = std::string_view::npos;
  for (std::string_view e : kEndings) {
    const std::size_t at = w.find(e, from);
    if (at != std::string_view::npos && at < best) best = at;
  }
  return best;
}

// The stems of kTensFirst by their first byte, so that a word tries only the few that share it
// (this runs for every word of a note).
struct StemIndex {
  std::array<std::uint8_t, 257> begin{};
  std::array<std::uint8_t, std::size(kTensFirst)> order{};
  StemIndex() {
    std::array<std::uint8_t, 256> count{};
    for (std::string_view stem : kTensFirst) ++count[static_cast<unsigned char>(stem[0])];
    for (std::size_t b = 0; b < 256; ++b) begin[b + 1] = static_cast<std::uint8_t>(begin[b] + count[b]);
    std::array<std::uint8_t, 256> next{};
    for (std::size_t b = 0; b < 256; ++b) next[b] = begin[b];
    for (std::size_t k = 0; k < std::size(kTensFirst); ++k) {
      order[next[static_cast<unsigned char>(kTensFirst[k][0])]++] = static_cast<std::uint8_t>(k);
    }
  }
};

// Chinese and Japanese "九十三歳", "九十岁", Korean "구십삼세", "아흔셋", "아흔세 살", Thai "เก้าสิบสามปี":
// the number inside a token of a script written without spaces, with its age word if joined.
bool eastAsianNineties(const ScanInput& in, std::size_t i, SpelledNineties& out) {
  const Token& t = in.tokens[i];
  const std::string_view w = t.lower;
  auto unitAt = [&](std::size_t at, std::initializer_list<std::string_view> units) {
    for (std::string_view u : units) {
      if (w.substr(at).starts_with(u)) return true;
    }
    return false;
  };
  // Chinese and Japanese.
  if (const std::size_t at = w.find("\u4e5d\u5341"); at != std::string_view::npos) {
    std::size_t end = at + 6;
    if (unitAt(end, {"\u4e00", "\u4e8c", "\u4e09", "\u56db", "\u4e94", "\u516d", "\u4e03", "\u516b", "\u4e5d"})) end += 3;
    out = {i, i, t.start + at, t.start + end, unitAt(end, {"\u6b73", "\u5c81", "\u6b72", "\u624d"})};
    // (Not "百九十", a hundred and ninety.)
    return !(at >= 3 && w.substr(at - 3, 3) == "\u767e");
  }
  // Korean: Sino-Korean "구십" with "세", native "아흔" with "살".
  for (std::string_view ten : {std::string_view("\uad6c\uc2ed"), std::string_view("\uc544\ud754")}) {
    if (!w.starts_with(ten)) continue;
    std::size_t end = ten.size();
    const bool sino = ten == "\uad6c\uc2ed";
    if (sino) {
      if (unitAt(end, {"\uc77c", "\uc774", "\uc0bc", "\uc0ac", "\uc624", "\uc721", "\uce60", "\ud314", "\uad6c"})) end += 3;
    } else {
      for (std::string_view u : {"\ud558\ub098", "\ub2e4\uc12f", "\uc5ec\uc12f", "\uc77c\uacf1", "\uc5ec\ub35f",
                                 "\uc544\ud649", "\ud55c", "\ub458", "\ub450", "\uc14b", "\uc138", "\ub137", "\ub124"}) {
        if (unitAt(end, {u})) {
          end += u.size();
          break;
        }
      }
    }
    const bool joined = unitAt(end, {"\uc138", "\uc0b4"});
    // The number ends the token or its age word follows; "구십도" (ninety degrees) is no age.
    if (!joined && end != w.size()) return false;
    out = {i, i, t.start, t.start + end, joined};
    return true;
  }
  // Thai.
  if (const std::size_t at = w.find("\u0e40\u0e01\u0e49\u0e32\u0e2a\u0e34\u0e1a"); at != std::string_view::npos) {
    std::size_t end = at + 21;
    for (std::string_view u : {"\u0e40\u0e2d\u0e47\u0e14", "\u0e2a\u0e2d\u0e07", "\u0e2a\u0e32\u0e21",
                               "\u0e2a\u0e35\u0e48", "\u0e2b\u0e49\u0e32", "\u0e2b\u0e01", "\u0e40\u0e08\u0e47\u0e14",
                               "\u0e41\u0e1b\u0e14", "\u0e40\u0e01\u0e49\u0e32"}) {
      if (unitAt(end, {u})) {
        end += u.size();
        break;
      }
    }
    // (Not "ร้อยเก้าสิบ", a hundred and ninety.)
    if (at >= 9 && w.substr(at - 9, 9) == "\u0e23\u0e49\u0e2d\u0e22") return false;
    out = {i, i, t.start + at, t.start + end, unitAt(end, {"\u0e1b\u0e35"})};
    return true;
  }
  return false;
}

}  // namespace

bool spelledNinetiesAt(const ScanInput& in, std::size_t i, SpelledNineties& out) {
  const auto& tokens = in.tokens;
  const Token& t = tokens[i];
  if (!maySpellNineties(t)) return false;
  const std::string_view w = t.lower;
  const auto lead = static_cast<unsigned char>(w[0]);
  // CJK, Korean and Thai.
  if (lead >= 0xE0 && lead != 0xE1 && !(lead == 0xE0 && static_cast<unsigned char>(w[1]) < 0xB8)) {
    return eastAsianNineties(in, i, out);
  }
  const std::size_t n = tokens.size();
  // French "quatre-vingt-dix", "quatre-vingt-treize", "quatre-vingt-dix-sept".
  if (lead == 'q' && w == "quatre") {
    if (i + 2 >= n || tokens[i + 1].lower != "vingt" || gapBetween(in, i, i + 1) != "-" ||
        gapBetween(in, i + 1, i + 2) != "-" ||
        !listHas({"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"}, tokens[i + 2].lower)) {
      return false;
    }
    std::size_t last = i + 2;
    if (tokens[last].lower == "dix" && last + 1 < n && gapBetween(in, last, last + 1) == "-" &&
        listHas({"sept", "huit", "neuf"}, tokens[last + 1].lower)) {
      ++last;
    }
    out = {i, last, t.start, tokens[last].end, false};
    return true;
  }
  // Ukrainian "дев'яносто" with an ASCII apostrophe, which splits the word.
  std::size_t first = i;
  std::string_view stem;
  if (lead == 0xD1 && w.starts_with("\u044f\u043d\u043e\u0441\u0442") && i > 0 && tokens[i - 1].lower == "\u0434\u0435\u0432" &&
      gapBetween(in, i - 1, i) == "'") {
    first = i - 1;
    stem = "\u044f\u043d\u043e\u0441\u0442";
  }
  static const StemIndex index;
  for (std::size_t j = index.begin[lead]; stem.empty() && j < index.begin[lead + 1]; ++j) {
    const std::string_view candidate = kTensFirst[index.order[j]];
    if (!w.starts_with(candidate) || (wholeWordStem(candidate) && w.size() != candidate.size())) continue;
    stem = candidate;
  }
  // Arabic "وتسعون"/"وتسعين" after its unit.
  if (stem.empty() && lead == 0xD9 && (w == "\u0648\u062a\u0633\u0639\u0648\u0646" || w == "\u0648\u062a\u0633\u0639\u064a\u0646") && i > 0 &&
      gapBetween(in, i - 1, i) == " " && arabicUnit(tokens[i - 1].lower)) {
    out = {i - 1, i, tokens[i - 1].start, t.end, false};
    return true;
  }
  if (stem.empty() && w.size() >= 10 && lead < 0x80) {
    // The unit first and joined: German "dreiundneunzig", Dutch "drieënnegentig", Danish
    // "treoghalvfems"; Hindi and Nepali "तिरानबे"/"तिरानवे"/"त्रियानब्बे", Bengali "তিরানব্বই", Urdu
    // "ترانوے": the nineties' ending.
    for (std::string_view ten : {"undneunzig", "ennegentig", "\u00ebnnegentig", "oghalvfems"}) {
      if (const std::size_t at = w.find(ten); at != std::string_view::npos) {
        const std::size_t ending = joinedAgeEnding(w, at + ten.size());
        const bool joined = ending != std::string_view::npos;
        out = {i, i, t.start, joined ? t.start + ending : t.end, joined};
        return true;
      }
    }
  }
  if (stem.empty() && lead >= 0xD8 && lead <= 0xDB && w.ends_with("\u0627\u0646\u0648\u06d2")) stem = w;
  if (stem.empty() && lead == 0xE0 &&
      (w.ends_with("\u0928\u092c\u0947") || w.ends_with("\u0928\u0935\u0947") ||
       w.ends_with("\u0928\u092c\u094d\u092c\u0947") || w.ends_with("\u09a8\u09ac\u09cd\u09ac\u0987"))) {
    stem = w;
  }
  // Georgian "ოთხმოცდაათი" (four twenties and ten) to "ოთხმოცდაცხრამეტი": a teen after "ოთხმოცდა".
  if (stem.empty() && lead == 0xE1 && w.starts_with("\u10dd\u10d7\u10ee\u10db\u10dd\u10ea\u10d3\u10d0")) {
    const std::string_view teen = w.substr(24);
    for (std::string_view s : {"\u10d0\u10d7", "\u10d7\u10d4\u10e0\u10d7\u10db\u10d4\u10e2", "\u10d7\u10dd\u10e0\u10db\u10d4\u10e2",
                               "\u10ea\u10d0\u10db\u10d4\u10e2", "\u10d7\u10dd\u10d7\u10ee\u10db\u10d4\u10e2",
                               "\u10d7\u10ee\u10e3\u10d7\u10db\u10d4\u10e2", "\u10d7\u10d4\u10e5\u10d5\u10e1\u10db\u10d4\u10e2",
                               "\u10e9\u10d5\u10d8\u10d3\u10db\u10d4\u10e2", "\u10d7\u10d5\u10e0\u10d0\u10db\u10d4\u10e2",
                               "\u10ea\u10ee\u10e0\u10d0\u10db\u10d4\u10e2"}) {
      if (teen.starts_with(s)) stem = w;
    }
  }
  // Indonesian and Malay "sembilan puluh", Vietnamese "chín mươi": a ten of two words.
  std::size_t last = i;
  if (stem.empty()) {
    if (lead != 's' && lead != 'c') return false;
    const bool malay = w == "sembilan" && i + 1 < n && tokens[i + 1].lower == "puluh";
    const bool vietnamese = w == "ch\u00edn" && i + 1 < n && tokens[i + 1].lower == "m\u01b0\u01a1i";
    if (!(malay || vietnamese) || gapBetween(in, i, i + 1) != " ") {
      if (w != "sembilanpuluh") return false;
    } else {
      last = i + 1;
    }
    stem = w;
  }
  // A joined age ending: "девяностотрёх|летний", "dziewięćdziesięcio|letnia", "neunzig|jährige".
  if (const std::size_t ending = joinedAgeEnding(w, stem.size()); ending != std::string_view::npos && last == i) {
    out = {first, i, tokens[first].start, t.start + ending, true};
    return true;
  }
  // A unit in a word of its own after the ten ("noventa y tres", "девяносто три", "tisini na
  // tatu", "sembilan puluh tiga", "nonante-trois", "siyamnapu't tatlo"), when the ten is the
  // whole word.
  if (w.size() <= stem.size() + 3 || last > i) {
    std::size_t u = last + 1;
    if (u + 1 < n && connector(tokens[u].lower) && gapOnly(gapBetween(in, last, u), " '\u2019", 3) &&
        gapBetween(in, u, u + 1) == " ") {
      ++u;
    }
    if (u < n && (u > last + 1 || gapOnly(gapBetween(in, last, u), " -", 1)) && !gapBetween(in, u - 1, u).empty()) {
      const std::string_view unit = tokens[u].lower;
      const bool vietnameseUnit = last > i && w == "ch\u00edn" &&
                                  listHas({"m\u1ed1t", "hai", "ba", "b\u1ed1n", "t\u01b0", "l\u0103m", "s\u00e1u",
                                           "b\u1ea3y", "t\u00e1m", "ch\u00edn"},
                                          unit);
      if (listHas(std::span<const std::string_view>(kUnits), unit) || hebrewUnit(unit) || vietnameseUnit) last = u;
    }
  }
  out = {first, last, tokens[first].start, tokens[last].end, false};
  return true;
}

}  // namespace concord::phi::detail
