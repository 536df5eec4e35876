// A postcode after its label in the languages of the second list of countries, or with its
// country's letters before it and the town after it ("LT-09310 Vilnius"), written alone as
// a form's field: "Código postal: 170135" (Ecuador), "Почтовый индекс: 220013" (Belarus),
// "Индекс: 050000" (Kazakhstan), "Пощенски код: 1000" (Bulgaria), "PSČ: 811 01" (Slovakia),
// "Pašto kodas: LT-09310" (Lithuania), "Poštanski broj: 10000" (Croatia, Serbia), "الرمز
// البريدي: 11118" (Jordan, Iraq). A postcode after its label is an address span, as the families
// keep every postcode but a US ZIP; the five-digit code after a Spanish, French, Portuguese or
// English label is left to the zip scanners (the Spanish, Mexican and French convention). Each
// label takes the shapes of its countries only, so that "Индекс: 3" or "Индекс массы тела: 24"
// (the body-mass index) is none.
#include <array>
#include <string>

#include "local_addresses.h"
#include "name_tables.h"

namespace concord::phi::detail {

namespace {

// How a label's value is shaped.
enum Shapes : unsigned {
  kFour = 1,         // "1000" (Belgium, Bulgaria, Tunisia, Venezuela)
  kFive = 2,         // "10000" (Croatia, Serbia, Algeria, Iraq, Jordan, Senegal, Cuba, Dominican Republic)
  kSix = 4,          // "220013" (the former Soviet Union, Ecuador)
  kThreeTwo = 8,     // "811 01" (Slovakia)
  kPrefixed = 16,    // "LT-09310", "HR-10000"
  kKazakh = 32,      // "A05A0A0", "Z05K7A1" (Kazakhstan's codes since 2023)
  kOpen = 64,        // the value may go on with a space (a town after a prefixed code)
  kLettersFour = 128,  // "BS8611", "BE1318" (Brunei: the district's two letters and four digits)
};

struct PostcodeLabel {
  std::string_view label;  // ASCII in lower case (the search is caseless for it), other letters as written
  unsigned shapes;
};

constexpr auto kLabels = std::to_array<PostcodeLabel>({
    {"c\u00f3digo postal", kFour | kSix}, {"codigo postal", kFour | kSix}, {"c\u00d3digo postal", kFour | kSix},
    {"code postal", kFour | kSix},
    {"\u043f\u043e\u0447\u0442\u043e\u0432\u044b\u0439 \u0438\u043d\u0434\u0435\u043a\u0441", kSix | kKazakh},
    {"\u041f\u043e\u0447\u0442\u043e\u0432\u044b\u0439 \u0438\u043d\u0434\u0435\u043a\u0441", kSix | kKazakh},
    {"\u0438\u043d\u0434\u0435\u043a\u0441", kSix | kKazakh}, {"\u0418\u043d\u0434\u0435\u043a\u0441", kSix | kKazakh},
    {"\u0418\u041d\u0414\u0415\u041a\u0421", kSix | kKazakh},
    {"\u043f\u043e\u0448\u0442\u0430\u043b\u044b\u049b \u0438\u043d\u0434\u0435\u043a\u0441", kSix | kKazakh},
    {"pochta indeksi", kSix},
    {"\u043f\u043e\u0449\u0435\u043d\u0441\u043a\u0438 \u043a\u043e\u0434", kFour},
    {"\u041f\u043e\u0449\u0435\u043d\u0441\u043a\u0438 \u043a\u043e\u0434", kFour},
    {"ps\u010d", kFive | kThreeTwo}, {"ps\u010c", kFive | kThreeTwo},
    {"pa\u0161to kodas", kFive | kPrefixed},
    {"po\u0161tanski broj", kFive | kPrefixed},
    {"\u043f\u043e\u0448\u0442\u0430\u043d\u0441\u043a\u0438 \u0431\u0440\u043e\u0458", kFive},
    {"\u041f\u043e\u0448\u0442\u0430\u043d\u0441\u043a\u0438 \u0431\u0440\u043e\u0458", kFive},
    {"\u0627\u0644\u0631\u0645\u0632 \u0627\u0644\u0628\u0631\u064a\u062f\u064a", kFive},
    // The third list of countries: Armenian and Georgian "postal index" (four digits, "0010",
    // "0108"), Mongolian "postal code" and "index" (five, "14200"), Albanian "postal code" (four,
    // "1001"), Macedonian "postal code" and "number" (four, "1000"), Romanian of Moldova (four
    // after "MD-", Romania's six), Malay "poskod" (Malaysia's five, Brunei's "BS8611").
    {"\u0583\u0578\u057d\u057f\u0561\u0575\u056b\u0576 \u056b\u0576\u0564\u0565\u0584\u057d", kFour},
    {"\u0553\u0578\u057d\u057f\u0561\u0575\u056b\u0576 \u056b\u0576\u0564\u0565\u0584\u057d", kFour},
    {"\u10e1\u10d0\u10e4\u10dd\u10e1\u10e2\u10dd \u10d8\u10dc\u10d3\u10d4\u10e5\u10e1\u10d8", kFour},
    {"\u0448\u0443\u0443\u0434\u0430\u043d\u0433\u0438\u0439\u043d \u043a\u043e\u0434", kFive},
    {"\u0428\u0443\u0443\u0434\u0430\u043d\u0433\u0438\u0439\u043d \u043a\u043e\u0434", kFive},
    {"\u0448\u0443\u0443\u0434\u0430\u043d\u0433\u0438\u0439\u043d \u0438\u043d\u0434\u0435\u043a\u0441", kFive},
    {"\u0428\u0443\u0443\u0434\u0430\u043d\u0433\u0438\u0439\u043d \u0438\u043d\u0434\u0435\u043a\u0441", kFive},
    {"kodi postar", kFour},
    {"\u043f\u043e\u0448\u0442\u0435\u043d\u0441\u043a\u0438 \u043a\u043e\u0434", kFour},
    {"\u041f\u043e\u0448\u0442\u0435\u043d\u0441\u043a\u0438 \u043a\u043e\u0434", kFour},
    {"\u043f\u043e\u0448\u0442\u0435\u043d\u0441\u043a\u0438 \u0431\u0440\u043e\u0458", kFour},
    {"\u041f\u043e\u0448\u0442\u0435\u043d\u0441\u043a\u0438 \u0431\u0440\u043e\u0458", kFour},
    {"cod po\u0219tal", kSix | kPrefixed}, {"cod postal", kSix | kPrefixed}, {"cod po\u015ftal", kSix | kPrefixed},
    {"poskod", kFive | kLettersFour},
    // India's six-digit PIN code after its own label ("Pincode: 560034", "PIN code - 560034"); not
    // "PIN" alone, a card's or a portal's secret too.
    {"pincode", kSix}, {"pin code", kSix}, {"postal index number", kSix},
});

// The end of a value of one of `shapes` starting at `p`, or npos. The value must close its field
// (the line's end, a comma, a semicolon, a full stop, a column gap): "Индекс: 220013 мг" is a
// dose.
std::size_t valueEndAt(std::string_view text, std::size_t p, unsigned shapes) {
  auto digitsAt = [&](std::size_t at) { return digitRun(text, at); };
  auto closes = [&](std::size_t e) {
    if ((shapes & kOpen) && e + 1 < text.size() && text[e] == ' ' && !isDigit(text[e + 1])) return true;
    return e == text.size() || text[e] == '\n' || text[e] == '\r' || text[e] == ',' || text[e] == ';' ||
           text[e] == '.' || text[e] == '\t' || (text[e] == ' ' && e + 1 < text.size() && text[e + 1] == ' ');
  };
  const std::size_t d = digitsAt(p);
  const bool length = (d == 4 && (shapes & kFour)) || (d == 5 && (shapes & kFive)) || (d == 6 && (shapes & kSix));
  if (length && closes(p + d)) return p + d;
  if ((shapes & kThreeTwo) && d == 3 && p + 4 < text.size() && text[p + 3] == ' ' && digitsAt(p + 4) == 2 &&
      closes(p + 6)) {
    return p + 6;
  }
  if ((shapes & kPrefixed) && p + 3 < text.size() && isUpper(text[p]) && isUpper(text[p + 1]) && text[p + 2] == '-') {
    const std::size_t n = digitsAt(p + 3);
    if ((n == 4 || n == 5) && closes(p + 3 + n)) return p + 3 + n;
  }
  // (Brunei's district letters: B, K, T, P, then one more letter.)
  if ((shapes & kLettersFour) && p + 6 <= text.size() && isUpper(text[p]) && isUpper(text[p + 1]) &&
      digitsAt(p + 2) == 4 && std::string_view("BKTP").find(text[p]) != std::string_view::npos && closes(p + 6)) {
    return p + 6;
  }
  if ((shapes & kKazakh) && p + 7 <= text.size() && isUpper(text[p]) && isDigit(text[p + 1]) && isDigit(text[p + 2]) &&
      isUpper(text[p + 3]) && isDigit(text[p + 4]) && isUpper(text[p + 5]) && isDigit(text[p + 6]) && closes(p + 7)) {
    return p + 7;
  }
  return std::string_view::npos;
}

// European and African postcodes written with their country's letters before them, then the
// town: "LT-09310 Vilnius", "HR-10000 Zagreb", "SK-811 01 Bratislava", "BG-1000 Sofia", "B-1000
// Bruxelles", "AZ1000 Bakı". The letters and the digits' count must agree ("HR-100" is a heart
// rate, "B-12345" a batch), and the town is a capitalised word of no English.
struct CountryPrefix {
  std::string_view letters;
  unsigned shapes;
};

constexpr auto kPrefixes = std::to_array<CountryPrefix>({
    {"LT", kFive}, {"HR", kFive}, {"RS", kFive}, {"DZ", kFive}, {"MA", kFive}, {"SN", kFive}, {"SK", kThreeTwo},
    {"CZ", kThreeTwo}, {"BG", kFour}, {"B", kFour}, {"BE", kFour}, {"TN", kFour}, {"BY", kSix}, {"KZ", kSix},
    // (The third list: Moldova's "MD-2001 Chișinău", the Macedonian, Albanian, Armenian and
    // Georgian four digits, the Montenegrin and Bosnian five: "MK-1000 Skopje", "ME-81000 Podgorica".)
    {"MD", kFour}, {"MK", kFour}, {"AL", kFour}, {"AM", kFour}, {"GE", kFour}, {"ME", kFive}, {"BA", kFive},
});

// The end of the town after a prefixed code ending at `e` (" Vilnius", " Banská Bystrica"), or npos.
std::size_t townAfterCode(const ScanInput& in, std::size_t e) {
  const std::string_view text = in.text;
  if (e + 2 >= text.size() || text[e] != ' ' || !isUpper(text[e + 1])) return std::string_view::npos;
  const std::size_t k = firstTokenFrom(in.tokens, e + 1);
  if (k >= in.tokens.size() || in.tokens[k].start != e + 1) return std::string_view::npos;
  const Token& town = in.tokens[k];
  if (!town.capitalised || town.hasDigit || town.length() < 3 || (town.classes & WordClass::kEnglish)) {
    return std::string_view::npos;
  }
  // (A second word of the town: "Banská Bystrica", "Saint-Gilles".)
  if (k + 1 < in.tokens.size() && in.tokens[k + 1].capitalised && !in.tokens[k + 1].hasDigit &&
      (gapBetween(in, k, k + 1) == " " || gapBetween(in, k, k + 1) == "-")) {
    return in.tokens[k + 1].end;
  }
  return town.end;
}

void scanPrefixedPostcodes(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t k = 0; k < in.tokens.size(); ++k) {
    const Token& t = in.tokens[k];
    if (!t.allCaps || t.length() > 6 || t.length() < 1 || (t.start > 0 && isWordByte(text[t.start - 1]))) continue;
    // "AZ1000 Bakı": the Azerbaijani letters joined to the four digits.
    if (t.length() == 6 && text.substr(t.start, 2) == "AZ" && digitRun(text, t.start + 2) == 4) {
      if (const std::size_t end = townAfterCode(in, t.end); end != std::string_view::npos) {
        out.push_back({t.start, end, PhiCategory::Address, priority::kAddress});
      }
      continue;
    }
    if (t.hasDigit || t.end >= text.size() || text[t.end] != '-') continue;
    const std::string_view letters = text.substr(t.start, t.length());
    for (const CountryPrefix& p : kPrefixes) {
      if (letters != p.letters) continue;
      const std::size_t value = valueEndAt(text, t.end + 1, p.shapes | kOpen);
      if (value == std::string_view::npos) break;
      if (const std::size_t end = townAfterCode(in, value); end != std::string_view::npos) {
        out.push_back({t.start, end, PhiCategory::Address, priority::kAddress});
      }
      break;
    }
  }
}

// Towns of the third list whose postcode follows them with no label, in the shape of their country
// only: "Singapore 560123" (six digits), "Malé 20026" (five), "Thimphu 11001" (Bhutan's five),
// "Bandar Seri Begawan BE1318" (Brunei's district letters and four digits), "Mbabane H100"
// (Eswatini's letter and three digits). The town is the address context a bare number lacks.
enum TownCode : unsigned { kSixDigits, kFiveDigits, kBruneiCode, kEswatiniCode };

struct TownPostcode {
  std::string_view town;  // the town's last word, as written
  TownCode code;
};

constexpr auto kTownPostcodes = std::to_array<TownPostcode>({
    {"Singapore", kSixDigits}, {"SINGAPORE", kSixDigits}, {"Mal\u00e9", kFiveDigits}, {"Male'", kFiveDigits},
    {"Hulhumal\u00e9", kFiveDigits}, {"Thimphu", kFiveDigits}, {"Paro", kFiveDigits}, {"Phuentsholing", kFiveDigits},
    {"Punakha", kFiveDigits}, {"Gelephu", kFiveDigits}, {"Begawan", kBruneiCode}, {"Belait", kBruneiCode},
    {"Seria", kBruneiCode}, {"Tutong", kBruneiCode}, {"Bangar", kBruneiCode}, {"Muara", kBruneiCode},
    {"Gadong", kBruneiCode}, {"Berakas", kBruneiCode}, {"Mbabane", kEswatiniCode}, {"Manzini", kEswatiniCode},
    {"Lobamba", kEswatiniCode}, {"Nhlangano", kEswatiniCode}, {"Siteki", kEswatiniCode}, {"Matsapha", kEswatiniCode},
    {"Ezulwini", kEswatiniCode},
});

// The length of a code of shape `code` at `p` that closes its phrase (the text's end, a line's end,
// punctuation, or a space before no digit and no unit or count), or 0.
std::size_t townCodeAt(std::string_view text, std::size_t p, TownCode code) {
  std::size_t n = 0;
  const std::size_t digits = digitRun(text, p);
  switch (code) {
    case kSixDigits: n = digits == 6 ? 6 : 0; break;
    case kFiveDigits: n = digits == 5 ? 5 : 0; break;
    case kBruneiCode:
      n = p + 6 <= text.size() && std::string_view("BKTP").find(text[p]) != std::string_view::npos &&
                  isUpper(text[p + 1]) && digitRun(text, p + 2) == 4
              ? 6
              : 0;
      break;
    case kEswatiniCode:
      n = p + 4 <= text.size() && std::string_view("HMLS").find(text[p]) != std::string_view::npos &&
                  digitRun(text, p + 1) == 3
              ? 4
              : 0;
      break;
  }
  if (n == 0) return 0;
  const std::size_t e = p + n;
  if (e == text.size() || text[e] == '\n' || text[e] == '\r' || text[e] == ',' || text[e] == '.' || text[e] == ';' ||
      text[e] == ')') {
    return n;
  }
  if (text[e] != ' ' || e + 1 >= text.size() || isDigit(text[e + 1])) return 0;
  // (Not a count or a dose: "Singapore 560123 units", "Malé 20026 mg"; "Malé 20026 with her son" is.)
  std::size_t w = e + 1;
  std::string word;
  while (w < text.size() && isAsciiAlpha(text[w]) && word.size() < 8) word += lowerAscii(text[w++]);
  static constexpr std::array<std::string_view, 14> kCounts = {"mg",    "ml",    "mcg",   "g",     "units", "unit", "iu",
                                                               "tablets", "tabs", "cases", "cells", "copies", "doses", "x"};
  return listHas(kCounts, word) ? 0 : n;
}

void scanTownPostcodes(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (!t.capitalised && !t.allCaps) continue;
    // (Malé written with its apostrophe, "Male' 20026": the apostrophe is the gap.)
    std::size_t p = t.end;
    std::string_view town = text.substr(t.start, t.length());
    if (p + 1 < text.size() && text[p] == '\'' && town == "Male") {
      town = "Male'";
      ++p;
    }
    if (p + 1 >= text.size() || text[p] != ' ') continue;
    ++p;
    for (const TownPostcode& tp : kTownPostcodes) {
      if (tp.town != town) continue;
      const std::size_t n = townCodeAt(text, p, tp.code);
      if (n == 0) break;
      // The town's first words before its last: "Bandar Seri Begawan", "Kuala Belait".
      std::size_t first = k;
      while (first > 0 && k - first < 2 && tokens[first - 1].capitalised && !tokens[first - 1].hasDigit &&
             gapBetween(in, first - 1, first) == " " && tp.code == kBruneiCode) {
        --first;
      }
      out.push_back({tokens[first].start, p + n, PhiCategory::Address, priority::kAddress});
      break;
    }
  }
}

}  // namespace

void scanPostcodeLabels(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    std::size_t p = colon + 1;
    while (p < text.size() && text[p] == ' ') ++p;
    if (p == colon + 1 || p >= text.size() || !(isDigit(text[p]) || isUpper(text[p]))) continue;
    // (48 bytes: the Georgian "საფოსტო ინდექსი" takes 45.)
    std::string_view label = sameLineBefore(text, colon, 48);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    for (const PostcodeLabel& l : kLabels) {
      if (label.size() < l.label.size()) continue;
      const std::size_t at = label.size() - l.label.size();
      if (!startsCaselessAt(label, at, l.label) || (at > 0 && isWordByte(label[at - 1]))) continue;
      const std::size_t end = valueEndAt(text, p, l.shapes);
      if (end != std::string_view::npos) out.push_back({p, end, PhiCategory::Address, priority::kAddress});
      break;
    }
  }
  scanPrefixedPostcodes(in, out);
  scanTownPostcodes(in, out);
}

}  // namespace concord::phi::detail
