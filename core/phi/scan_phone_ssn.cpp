// Telephone and fax numbers (North American and international forms) and social security
// numbers: character-level scanners anchored at the start of a digit run.
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "local_phones.h"
#include "name_cues.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

char toLowerAscii(char c) { return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool isPhoneSeparator(char c) { return c == '-' || c == '.' || c == ' '; }

// Length of a separator between digit groups at `k`: '-', '.', ' ' or an en dash (U+2013, which
// word processors substitute for a hyphen: "353–991–4292"); 0 if none.
std::size_t separatorAt(std::string_view text, std::size_t k) {
  if (k >= text.size()) return 0;
  if (isPhoneSeparator(text[k])) return 1;
  if (k + 2 < text.size() && static_cast<unsigned char>(text[k]) == 0xE2 &&
      static_cast<unsigned char>(text[k + 1]) == 0x80 && static_cast<unsigned char>(text[k + 2]) == 0x93) {
    return 3;
  }
  return 0;
}

// The nearest of `words` that ends before `pos` on the same line, within `window` bytes;
// returns its offset inside that window or npos.
template <std::size_t N>
std::size_t nearestKeyword(std::string_view text, std::size_t pos, std::size_t window,
                           const std::array<std::string_view, N>& words) {
  return rfindAnyWordCaseless(sameLineBefore(text, pos, window), words);
}

// "reachable at", "notified at", "text": how notes say where a person can be called back.
// ("sms_to=994-5685": the number a pharmacy's system texts; "Messages: 594-5058 (chapter house)":
// where a family without a phone of its own is reached.)
// (Russian, Bulgarian, Serbian and Central Asian "тел."/"телефон"/"моб." and the Arabic
// "هاتف"/"جوال"/"موبايل"/"محمول"/"تلفون" with and without the article; only ASCII letters are folded,
// so the capitals are listed.)
// (The Spanish landline's "fijo", as a field beside the mobile: "Celular: ...  Fijo: 585-0911".)
// (The French "tél", its accent kept: only ASCII letters are folded.)
// (Indonesian and Malay "hubungi" and "dihubungi", to call and to be reached: "keluarganya bisa
// dihubungi di 706 6043", seed 3535.)
constexpr std::array<std::string_view, 55> kPhoneWords = {
    "phone", "tel",       "t\u00e9l",       "telephone", "cell",      "mobile",  "ph",       "pager",    "call",  "contact", "home",
    "work",  "mob",       "reach",     "reachable", "reached", "notified", "callback", "text",  "texted",  "ext",
    "sms",   "messages",  "fijo",      "hubungi",   "dihubungi",
    "\u0442\u0435\u043b", "\u0422\u0435\u043b", "\u0442\u0435\u043b\u0435\u0444\u043e\u043d",
    "\u0422\u0435\u043b\u0435\u0444\u043e\u043d", "\u043c\u043e\u0431", "\u041c\u043e\u0431",
    "\u0647\u0627\u062a\u0641", "\u0627\u0644\u0647\u0627\u062a\u0641", "\u062c\u0648\u0627\u0644",
    "\u0627\u0644\u062c\u0648\u0627\u0644", "\u0645\u0648\u0628\u0627\u064a\u0644",
    "\u0627\u0644\u0645\u0648\u0628\u0627\u064a\u0644", "\u0645\u062d\u0645\u0648\u0644",
    "\u0627\u0644\u0645\u062d\u0645\u0648\u0644", "\u062a\u0644\u0641\u0648\u0646", "\u0646\u0642\u0627\u0644",
    // (The third list: Armenian, Georgian, Mongolian, Tigrinya, Amharic, Dhivehi and Chinese.)
    "\u0570\u0565\u057c", "\u0540\u0565\u057c", "\u0570\u0565\u057c\u0561\u056d\u0578\u057d", "\u0540\u0565\u057c\u0561\u056d\u0578\u057d", "\u10e2\u10d4\u10da", "\u10e2\u10d4\u10da\u10d4\u10e4\u10dd\u10dc\u10d8", "\u0443\u0442\u0430\u0441", "\u0423\u0442\u0430\u0441", "\u1235\u120d\u12aa", "\u1235\u120d\u12ad", "\u078a\u07af\u0782\u07aa",
    "\u96fb\u8a71", "\u624b\u6a5f"};
// The fax in other languages: Polish, Turkish and Scandinavian "faks", German "Telefax", French
// "télécopieur" and "télécopie" (Quebec forms print them; the accents are lowered by hand, as
// only ASCII letters are folded).
// (The Cyrillic "факс" and the Arabic "فاكس", with its article "الفاكس".)
// (Korean "팩스", Japanese "ファクス" and "ファックス", Greek "φαξ".)
constexpr std::array<std::string_view, 25> kFaxWords = {"fax",         "facsimile",   "faks",      "telefax",
                                                        "télécopieur", "telecopieur", "télécopie", "telecopie",
                                                        "tÉlÉcopieur", "\u0444\u0430\u043a\u0441",
                                                        "\u0424\u0430\u043a\u0441", "\u0424\u0410\u041a\u0421",
                                                        "\u0641\u0627\u0643\u0633", "\u0627\u0644\u0641\u0627\u0643\u0633",
                                                        // (Armenian, Georgian, Ge'ez, Chinese.)
                                                        "\u0586\u0561\u0584\u057d", "\u0556\u0561\u0584\u057d", "\u10e4\u10d0\u10e5\u10e1\u10d8", "\u134b\u12ad\u1235", "\u50b3\u771f", "\u4f20\u771f",
                                                        "\ud329\uc2a4", "\u30d5\u30a1\u30af\u30b9", "\u30d5\u30a1\u30c3\u30af\u30b9",
                                                        "\u03c6\u03b1\u03be", "\u03a6\u03b1\u03be"};
// The relative at an Indian patient's bedside, whose mobile the case sheet gives.
constexpr std::array<std::string_view, 3> kAttendantWords = {"attendant", "attender", "bystander"};
constexpr std::array<std::string_view, 5> kSsnWords = {"ssn", "social security", "ss", "soc sec", "social"};

bool anyPhoneCue(std::string_view text, std::size_t pos) {
  return nearestKeyword(text, pos, 40, kPhoneWords) != std::string_view::npos ||
         nearestKeyword(text, pos, 40, kFaxWords) != std::string_view::npos;
}

// Words that name a voice line but are too common to be phone cues by themselves: after a fax
// number they end its context ("fax (250) 444-4687; payer UM line +1-963-916-6804"), unless
// they are the fax's own line ("fax line").
constexpr std::array<std::string_view, 5> kVoiceLineWords = {"line", "hotline", "helpline", "voice", "voicemail"};

// A page counter as fax machines stamp it: "p.1/2", "P. 2/3", "pg 1/4", "page 1 of 3".
bool pageCounterAt(std::string_view line, std::size_t k, bool padded = false) {
  std::size_t j = k;
  auto word = [&](std::string_view w) {
    if (line.size() - j < w.size()) return false;
    for (std::size_t t = 0; t < w.size(); ++t) {
      if (toLowerAscii(line[j + t]) != w[t]) return false;
    }
    j += w.size();
    return true;
  };
  // (And the headers of machines set to other languages: German "Seite"/"S.", Spanish and
  // Portuguese "pág."/"página", Italian "pag.", Russian "стр.".)
  // (Longer words first: "p" alone would take the "p" of "pag.".)
  if (!(word("page") || word("p\u00e1gina") || word("pagina") || word("p\u00e1g") || word("pag") || word("pg") ||
        word("p") || word("seite") || word("s") || word("\u0441\u0442\u0440") || word("\u0421\u0442\u0440"))) {
    return false;
  }
  if (j < line.size() && line[j] == '.') ++j;
  if (j < line.size() && line[j] == ' ') ++j;
  const std::size_t first = digitRun(line, j);
  if (first == 0 || first > 2) return false;
  // (A machine's zero-padded page number alone, "P.01", "PAG. 01", when asked for.)
  if (padded && first == 2 && line[j] == '0' && (j + 2 == line.size() || !isWordByte(line[j + 2])) &&
      (j + 2 == line.size() || line[j + 2] != '/')) {
    return true;
  }
  j += first;
  if (j < line.size() && line[j] == '/') {
    ++j;
  } else if (word(" of ")) {
  } else {
    return false;
  }
  const std::size_t second = digitRun(line, j);
  return second > 0 && second <= 2 && (j + second == line.size() || !isWordByte(line[j + second]));
}

// A fax machine's transmission header: a line that opens with "FROM:" or "TO:" (after an
// optional time stamp) and carries a page counter ("FROM: Harbour Cardiology  555-201-3344
// p.1/2"); the number in it is the sending or receiving fax.
bool faxHeaderLine(std::string_view text, std::size_t pos) {
  std::size_t start = pos;
  while (start > 0 && text[start - 1] != '\n') --start;
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  const std::string_view line = text.substr(start, end - start);
  const std::size_t from = rfindWordCaseless(line.substr(0, std::min<std::size_t>(line.size(), pos - start)), "from");
  const std::size_t to = rfindWordCaseless(line.substr(0, std::min<std::size_t>(line.size(), pos - start)), "to");
  const auto labelled = [&](std::size_t at, std::size_t len) {
    if (at == std::string_view::npos || at > 24 || at + len >= line.size() || line[at + len] != ':') return false;
    // Only the word "FAX" and a time stamp may come before the label.
    const std::size_t fax = rfindWordCaseless(line.substr(0, at), "fax");
    for (std::size_t t = 0; t < at; ++t) {
      if (isAsciiAlpha(line[t]) && !(fax != std::string_view::npos && t >= fax && t < fax + 3)) return false;
    }
    return true;
  };
  // A header that opens with the word "FAX", a time stamp and the sender, without a colon or a
  // page counter: "FAX  03/14/2025 1412  FROM HARBOUR DRUG  555-201-3344".
  const bool opensWithFax = line.size() > 4 && (line[0] == 'F' || line[0] == 'f') &&
                            toLowerAscii(line[1]) == 'a' && toLowerAscii(line[2]) == 'x' && line[3] == ' ';
  // (Or the German "VON", from: "FAX  27.11.2026 14:03  VON: Praxis Weber  0221 123457".)
  const std::size_t von = opensWithFax ? rfindWordCaseless(line.substr(0, std::min<std::size_t>(line.size(), pos - start)), "von")
                                       : std::string_view::npos;
  if (opensWithFax &&
      ((from != std::string_view::npos && from > 3) || (to != std::string_view::npos && to > 3) ||
       (von != std::string_view::npos && von > 3)) &&
      nearestKeyword(text, pos, pos - start, kPhoneWords) == std::string_view::npos) {
    return true;
  }
  // Or a header without a label: a date and a time stamp open the line, nothing but digits and
  // their separators before the number, and a page counter after it ("27/11/2026 14:03  0221
  // 123457  PRAXIS WEBER  S. 01/03").
  bool stamped = pos - start >= 10 && isDigit(line[0]);
  bool clock = false;
  for (std::size_t k = 0; stamped && k < pos - start; ++k) {
    const char c = line[k];
    clock = clock || c == ':';
    stamped = isDigit(c) || c == ' ' || c == '/' || c == '.' || c == '-' || c == ':';
  }
  // Or the recipient's number after "TO:" that follows the sender's "FROM:" label on a stamped
  // header, whose page is zero-padded ("01/10/84 14:22 FROM:MERCY FAMILY PRACTICE  TO:(898)
  // 379-6816  P.01", seed 3838).
  const bool toAfterFrom = to != std::string_view::npos && labelled(from, 4) && to > from &&
                           to + 2 < line.size() && line[to + 2] == ':' && pos - start - (to + 3) <= 1;
  if (!(stamped && clock) && !labelled(from, 4) && !labelled(to, 2) && !toAfterFrom) return false;
  for (std::size_t k = pos - start; k < line.size(); ++k) {
    const char c = line[k];
    const bool head = c == 'p' || c == 'P' || c == 's' || c == 'S' || c == '\xD0' || c == '\xD1';
    if (head && (k == 0 || !isWordByte(line[k - 1])) && pageCounterAt(line, k, toAfterFrom)) return true;
  }
  return false;
}

// A label naming both lines, "PHONE / FAX.......... 555-201-3344 / 555-201-3345", "Tel/Fax:",
// "Fax & phone": its numbers come in the label's order, so the first is the line named first and
// a number after another one is the second. `first` and `second` are the two words' offsets in
// `before`; returns whether the number at the end of `before` is the second line's.
std::optional<bool> pairedLabelSecond(std::string_view before, std::size_t first, std::size_t second) {
  if (first == std::string_view::npos || second == std::string_view::npos || first >= second) return std::nullopt;
  // Only a slash or an ampersand (and spaces) between the first word's end and the second word.
  std::size_t k = second;
  while (k > first && (before[k - 1] == ' ' || before[k - 1] == '/' || before[k - 1] == '&')) --k;
  const std::string_view between = before.substr(k, second - k);
  if (between.find_first_of("/&") == std::string_view::npos) return std::nullopt;
  // (Letters of any script: French "Tél/Fax".)
  for (std::size_t t = first; t < k; ++t) {
    if (!isAsciiAlpha(before[t]) && !isNonAscii(before[t])) return std::nullopt;
  }
  for (std::size_t t = second; t < before.size(); ++t) {
    if (isDigit(before[t])) return true;
  }
  return false;
}

}  // namespace

// Shared with the local phone formats (scan_local_phones.cpp).
PhiCategory phoneOrFax(std::string_view text, std::size_t pos) {
  // A letterhead's single capital "F:" beside "T:" is the fax's ("T: 0221 123456  F: 0221 123457");
  // the fax words below are matched as prefixes, so "F" cannot be one of them.
  {
    std::string_view before = sameLineBefore(text, pos, 8);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.ends_with("F:") && (before.size() == 2 || !isWordByte(before[before.size() - 3]))) return PhiCategory::Fax;
  }
  const std::size_t fax = nearestKeyword(text, pos, 40, kFaxWords);
  if (fax == std::string_view::npos) return faxHeaderLine(text, pos) ? PhiCategory::Fax : PhiCategory::Phone;
  {
    const std::string_view before = sameLineBefore(text, pos, 40);
    const std::size_t voice = nearestKeyword(text, pos, 40, kPhoneWords);
    if (const auto second = pairedLabelSecond(before, voice, fax)) return *second ? PhiCategory::Fax : PhiCategory::Phone;
    if (const auto second = pairedLabelSecond(before, fax, voice)) return *second ? PhiCategory::Phone : PhiCategory::Fax;
  }
  std::size_t phone = nearestKeyword(text, pos, 40, kPhoneWords);
  const std::size_t line = nearestKeyword(text, pos, 40, kVoiceLineWords);
  if (line != std::string_view::npos && line > fax && (phone == std::string_view::npos || line > phone)) {
    // "fax line": the line word right after the fax word is the fax's own.
    const std::string_view before = sameLineBefore(text, pos, 40);
    std::size_t k = line;
    while (k > 0 && (before[k - 1] == ' ' || before[k - 1] == '-')) --k;
    const bool faxLine = k >= 3 && rfindWordCaseless(before.substr(0, k), "fax") == k - 3;
    if (!faxLine) phone = line;
  }
  // (A fax word and a phone word at one place are one word that starts like both: "Telefax",
  // "télécopie" begin with "tel", and are the fax's.)
  return phone == std::string_view::npos || fax >= phone ? PhiCategory::Fax : PhiCategory::Phone;
}

namespace {

// A number ends where no digit (nor a separator followed by a digit) continues it. An extension
// glued on ("555.867.5309x12") ends the number too; it stays outside the span.
bool endsCleanly(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  if ((text[end] == 'x' || text[end] == 'X') && end + 1 < text.size() && isDigit(text[end + 1])) return true;
  // (Japanese and Chinese glue the next word on: "03-1638-6996です", seed 3535; Korean its particle
  // or copula, a Hangul syllable: "연락처는 +82 10-2057-1516입니다", seed 3737.)
  if (static_cast<unsigned char>(text[end]) >= 0xE3 && static_cast<unsigned char>(text[end]) <= 0xE9) return true;
  if (hangulSyllableAt(text, end)) return true;
  return !joinedAfter(text, end, {Joins::kWordByte, "-./", Joins::kDigit});
}

// Labels of ten-digit numbers that are not phones (lot, order, accession, NDC numbers).
// (A laboratory's "sample" and the Portuguese "pedido", an order, number specimens and requests.)
// (And an account's or a registry's number: Spanish "la cuenta 1234567890 es ₲ 450.000", the
// Slovenian "matična številka" of a hospital, seed 3232.)
constexpr std::array<std::string_view, 18> kNotPhoneWords = {"lot",      "ndc",   "order", "accession", "specimen", "tracking",
                                                             "batch",    "ref",   "reference", "confirmation", "barcode", "catalog",
                                                             "sample",   "pedido", "account", "acct", "cuenta", "\u0161tevilka"};

// Ten bare digits NXX NXX XXXX standing alone between spaces or punctuation of prose.
bool bareNanp(std::string_view text, std::size_t pos) {
  if (text[pos] < '2' || text[pos + 3] < '2') return false;
  // Whole words only: "the number on the referral (9483825947)" has no "ref" before it.
  const std::string_view before = sameLineBefore(text, pos, 24);
  for (std::string_view word : kNotPhoneWords) {
    const std::size_t at = rfindWordCaseless(before, word);
    if (at != std::string_view::npos && (at + word.size() == before.size() || !isAsciiAlpha(before[at + word.size()]))) {
      return false;
    }
  }
  if (pos > 0 && (isWordByte(text[pos - 1]) || text[pos - 1] == '#' || text[pos - 1] == '-' || text[pos - 1] == '/' ||
                  text[pos - 1] == '.')) {
    return false;
  }
  // Right after an acronym's field ("NSSF: 7242493528", "NIN: 4155550198"): the number the acronym
  // names, an identifier (a phone's own acronyms, "TEL:", "PH:", are phone cues before this).
  if (before.ends_with(": ")) {
    std::size_t k = before.size() - 2;
    const std::size_t end = k;
    while (k > 0 && isUpper(before[k - 1])) --k;
    if (end - k >= 2 && end - k <= 6 && (k == 0 || !isWordByte(before[k - 1]))) return false;
  }
  // Or the scheme's acronym written before the number inside a field's value ("SSK Sicil No: SSK
  // 7732118317", the Turkish social insurance register, seed 3838).
  if (before.ends_with(" ") && before.size() >= 2) {
    std::size_t k = before.size() - 1;
    const std::size_t end = k;
    while (k > 0 && isUpper(before[k - 1])) --k;
    if (end - k >= 2 && end - k <= 6 && k >= 2 && before.substr(k - 2, 2) == ": ") return false;
  }
  return true;
}

// North American number in any of the shapes people type: an optional "+1" or "1" trunk prefix
// ("+1 ", "+1.", "1-", "1 (", "1("), an area code bare or in parentheses, and separators
// '-', '.', ' ' between the groups. The area code may also end in '/' ("555/867-5309"), and a
// parenthesised one may run straight into seven digits ("(555)8675309"). Exchange and area code
// start with 2-9, so "1-800" toll-free numbers fit. Returns the length or 0; an extension
// ("x204") stays outside the span.
std::size_t nanpLength(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  if (text[k] == '+') {
    if (k + 1 >= text.size() || text[k + 1] != '1') return 0;
    // E.164 as stored by phone systems: "+16676947965".
    if (digitRun(text, k + 2) == 10 && text[k + 2] >= '2' && text[k + 5] >= '2') {
      return endsCleanly(text, k + 12) ? k + 12 - pos : 0;
    }
    k += 2;
    if (k < text.size() && isPhoneSeparator(text[k])) ++k;
  } else if (text[k] == '1' && k + 1 < text.size() && text[k + 1] == '(') {
    k += 1;
  } else if (text[k] == '1' && k + 2 < text.size() && isPhoneSeparator(text[k + 1]) &&
             (text[k + 2] == '(' || (digitRun(text, k + 2) == 3))) {
    k += 2;
  }
  if (k >= text.size()) return 0;
  bool sevenStraight = false;
  if (text[k] == '(') {
    if (digitRun(text, k + 1) != 3 || k + 4 >= text.size() || text[k + 4] != ')') return 0;
    if (text[k + 1] < '2') return 0;
    k += 5;
    if (k < text.size() && isPhoneSeparator(text[k])) {
      ++k;
    } else {
      sevenStraight = digitRun(text, k) == 7;
    }
  } else {
    if (digitRun(text, k) != 3 || text[k] < '2') return 0;
    k += 3;
    if (k >= text.size()) return 0;
    if (text[k] == '/') {
      ++k;
    } else if (const std::size_t sep = separatorAt(text, k); sep > 0) {
      k += sep;
    } else {
      return 0;
    }
  }
  if (k >= text.size() || text[k] < '2') return 0;
  if (sevenStraight) {
    k += 7;
    return endsCleanly(text, k) ? k - pos : 0;
  }
  if (digitRun(text, k) != 3) return 0;
  k += 3;
  const std::size_t sep = separatorAt(text, k);
  if (sep == 0) return 0;
  k += sep;
  if (digitRun(text, k) != 4) return 0;
  k += 4;
  return endsCleanly(text, k) ? k - pos : 0;
}

// The length of the country code the digits at `k` open (E.164 codes are prefix-free): 1 for the
// North American "1" and the Russian and Kazakh "7", 2 for the two-digit codes ("20", "27",
// "30"-"34", "36", "39", "40", "41", "43"-"49", "51"-"58", "60"-"66", "81", "82", "84", "86",
// "90"-"95", "98"), 3 for the others ("374", "995", "65" being two).
std::size_t countryCodeLength(std::string_view text, std::size_t k) {
  const char a = text[k];
  if (a == '1' || a == '7') return 1;
  if (k + 1 >= text.size() || !isDigit(text[k + 1])) return 0;
  const char b = text[k + 1];
  static constexpr std::string_view kTwo[] = {"0,7", "0-4,6,9", "0-1,3-9", "1-8", "0-6", "", "1-2,4,6", "0-5,8"};
  if (a < '2' || a > '9') return 0;
  // (kTwo[a - '2'] lists the second digits of two-digit codes after a, as ranges.)
  const std::string_view spec = kTwo[a - '2'];
  for (std::size_t j = 0; j < spec.size(); j += 2) {
    const char lo = spec[j];
    const char hi = j + 1 < spec.size() && spec[j + 1] == '-' ? spec[j + 2] : lo;
    if (b >= lo && b <= hi) return 2;
    if (hi != lo) j += 2;
  }
  return 3;
}

// Pacific states whose national numbers are five digits (landlines of Samoa, Tonga, the Solomon
// Islands, Vanuatu, Kiribati, Tuvalu, Niue, Tokelau, Nauru, Palau, the Marshall Islands,
// Micronesia and the Cook Islands): "+685 22345".
bool shortNationalCode(std::string_view code) {
  return listHas({"674", "676", "677", "678", "680", "682", "683", "685", "686", "688", "690", "691", "692"}, code);
}

// International number: +CC followed by two or more digit groups; 8 to 15 digits in all. One
// group after a country code written whole is a number too when it has 7 to 10 digits ("+65
// 91234567", "+976 99112233"), or five after a Pacific code ("+685 22345"); so is a number
// stored unspaced, E.164, of 9 to 15 digits ("+37491123456").
std::size_t internationalLength(std::string_view text, std::size_t pos) {
  if (text[pos] != '+') return 0;
  std::size_t k = pos + 1;
  const std::size_t cc = digitRun(text, k);
  // Satellite phones of the global networks (+881 Iridium and Globalstar, +882 and +883) are often
  // written with the network's digit glued to the code: "+8816 2345 6789", "+8821 ...".
  const bool satellite = (cc == 4 || cc == 5) && text.substr(k, 2) == "88" && text[k + 2] >= '1' && text[k + 2] <= '3';
  if (cc == 0 || text[k] == '0') return 0;
  const std::size_t code = countryCodeLength(text, k);
  if (cc > 3 && !satellite) {
    // (North American ones are nanpLength's.)
    if (code == 0 || text[k] == '1' || cc < 9 || cc > 15 || cc - code < 7 || cc - code > 12) return 0;
    // (Not one group of a longer number: "+37491123456 7".)
    if (k + cc + 1 < text.size() && isPhoneSeparator(text[k + cc]) && isDigit(text[k + cc + 1])) return 0;
    return endsCleanly(text, k + cc) ? 1 + cc : 0;
  }
  k += cc;
  std::size_t digits = cc;
  int groups = 0;
  // The trunk zero some write in parentheses after the country code: "+44 (0)20 7946 0958".
  if (text.substr(k, 4) == " (0)" && k + 4 < text.size() && (isDigit(text[k + 4]) || text[k + 4] == ' ')) {
    k += 4;
    if (isDigit(text[k])) {
      const std::size_t run = digitRun(text, k);
      if (run > 8) return 0;
      digits += run;
      k += run;
      ++groups;
    }
  }
  // The area code in parentheses after the country code, as the former Soviet states write it:
  // "+7 (727) 123-45-67", "+375(29)123-45-67".
  if (groups == 0) {
    std::size_t a = k;
    if (a < text.size() && text[a] == ' ') ++a;
    const std::size_t run = a < text.size() && text[a] == '(' ? digitRun(text, a + 1) : 0;
    if (run >= 1 && run <= 5 && a + 1 + run < text.size() && text[a + 1 + run] == ')') {
      digits += run;
      ++groups;
      k = a + 2 + run;
      if (k < text.size() && isDigit(text[k])) {
        const std::size_t glued = digitRun(text, k);
        if (glued > 8) return 0;
        digits += glued;
        k += glued;
        ++groups;
      }
    }
  }
  std::size_t end = k;
  // The groups after separators, each of eight digits at most (false on a longer one).
  const auto readGroups = [&] {
    while (k + 1 < text.size() && isPhoneSeparator(text[k]) && isDigit(text[k + 1])) {
      const std::size_t run = digitRun(text, k + 1);
      if (run > 8) return false;
      digits += run;
      k += 1 + run;
      end = k;
      ++groups;
    }
    return true;
  };
  if (!readGroups()) return 0;
  // The country and area codes together in brackets, as Armenian, Georgian and Balkan letterheads
  // print them: "(+374 10) 12-34-56", "(+995 32) 2 12 34 56". The number goes on after the bracket.
  if (pos > 0 && text[pos - 1] == '(' && groups == 1 && end + 2 < text.size() && text[end] == ')' &&
      text[end + 1] == ' ' && isDigit(text[end + 2])) {
    k = end + 1;
    if (!readGroups()) return 0;
  }
  // Coordinates, not a number: "+47.9184 106.9177", a latitude and a longitude, each with its
  // decimal point, one space between them.
  if (text[pos + 1 + cc] == '.') {
    const std::string_view span = text.substr(pos, end - pos);
    const std::size_t space = span.find(' ');
    if (std::count(span.begin(), span.end(), '.') == 2 && std::count(span.begin(), span.end(), ' ') == 1 &&
        span.find('.', space) != std::string_view::npos) {
      return 0;
    }
  }
  if (groups == 1 && cc == code && end - (pos + 1 + cc) >= 5) {
    const std::size_t national = digits - cc;
    const bool whole = text[pos + 1 + cc] == ' ' || text[pos + 1 + cc] == '-';
    if (whole && (text[pos + 1] != '1' || national == 10) && ((national >= 7 && national <= 10) || (national == 5 && shortNationalCode(text.substr(pos + 1, 3))))) {
      return endsCleanly(text, end) ? end - pos : 0;
    }
  }
  if (groups < 2 || digits < 8 || digits > 15) return 0;
  return endsCleanly(text, end) ? end - pos : 0;
}

// Whether the word right before `pos` names a month: "MAR 02 2018 0320" is a day, a year and a
// time, not a number dialled with a trunk "0".
bool monthWordBefore(std::string_view text, std::size_t pos) {
  std::size_t w = pos;
  while (w > 0 && text[w - 1] == ' ') --w;
  std::size_t ws = w;
  while (ws > 0 && isAsciiAlpha(text[ws - 1])) --ws;
  if (w - ws < 3) return false;
  std::string word;
  for (std::size_t k = ws; k < ws + 3; ++k) word.push_back(lowerAscii(text[k]));
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::string_view m : kMonths) {
    if (word == m) return true;
  }
  return false;
}

// A number in the national format of countries that dial a trunk "0" before the area code
// (United Kingdom, Ireland, Australia, New Zealand, India, most of Europe): "020 7946 0958",
// "01709 137479", "0421 990 800", "021 765 8179", "09 123 4567", the area code in parentheses
// ("(02) 7129 9688", "(0161) 496 0000"), and Australia's "1300"/"1800" service numbers. A first
// group of 2-5 digits, one to three more of 3-8 digits after a single space or hyphen, 9 to 11
// digits in all: dates, times ("0800 1400") and decimals never take this shape.
std::size_t nationalLength(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  std::size_t digits = 0;
  if (text[k] == '(') {
    const std::size_t area = digitRun(text, k + 1);
    if (area < 2 || area > 5 || text[k + 1] != '0' || text[k + 2] == '0') return 0;
    k += 1 + area;
    if (k >= text.size() || text[k] != ')') return 0;
    ++k;
    if (k + 1 >= text.size() || text[k] != ' ' || !isDigit(text[k + 1])) return 0;
    digits = area;
  } else {
    const std::size_t first = digitRun(text, k);
    const bool trunk = first >= 2 && first <= 5 && text[k] == '0' && text[k + 1] != '0';
    const bool service = first == 4 && (text.substr(k, 4) == "1300" || text.substr(k, 4) == "1800");
    if (!trunk && !service) return 0;
    if (first == 2 && monthWordBefore(text, pos)) return 0;
    k += first;
    digits = first;
  }
  int groups = 0;
  std::size_t end = k;
  while (groups < 3 && k + 1 < text.size() && (text[k] == ' ' || text[k] == '-') && isDigit(text[k + 1])) {
    const std::size_t run = digitRun(text, k + 1);
    if (run < 3 || run > 8) break;
    digits += run;
    k += 1 + run;
    end = k;
    ++groups;
  }
  // Turkey writes its ten digits after the trunk 0 as area, three and two pairs: "(0233) 365 77
  // 01", "0524 382 46 59".
  if (groups == 1 && digits == 7 && end + 6 <= text.size() && text[end] == ' ' && digitRun(text, end + 1) == 2 &&
      text[end + 3] == ' ' && digitRun(text, end + 4) == 2 && text[end - 4] == ' ' && digitRun(text, end - 3) == 3 &&
      // (Not a list of doses with their unit after: "0250 125 25 50 mg".)
      !(end + 7 < text.size() && text[end + 6] == ' ' && isAsciiAlpha(text[end + 7]) &&
        (end + 8 >= text.size() || isAsciiAlpha(text[end + 8])) && toLowerAscii(text[end + 7]) == text[end + 7])) {
    end += 6;
    digits += 4;
    k = end;
  }
  if (groups == 0 || digits < 9 || digits > 11) return 0;
  // Five digits, a hyphen and four after a state's two capitals are a ZIP+4 of New England or New
  // Jersey, whose ZIP codes start with 0: "Bucksport, ME 04463-0176".
  if (groups == 1 && digits == 9 && text[pos] == '0' && pos + 5 < text.size() && text[pos + 5] == '-') {
    std::size_t b = pos;
    while (b > 0 && text[b - 1] == ' ') --b;
    if (b < pos && b >= 2 && isUpper(text[b - 1]) && isUpper(text[b - 2]) &&
        (b == 2 || text[b - 3] == ' ' || text[b - 3] == ',')) {
      return 0;
    }
  }
  // A card or reference number with a letter suffix ("0122-295-571-DJ") is no phone.
  if (end + 1 < text.size() && text[end] == '-' && isWordByte(text[end + 1])) return 0;
  return endsCleanly(text, end) ? end - pos : 0;
}

// A seven-digit local number standing as a table cell or closing its line after a name:
// "Bed 3   481-4851   16:10", "Willowmere Compounding 787-5382  Order ...", "Marigold Pharmacy
// 852 2498". Spaced ("852 2498") only right after a capitalised word or as a whole cell.
bool localNumberAlone(std::string_view text, std::size_t pos, std::size_t end, bool spaced) {
  if (text[pos] < '2') return false;
  std::size_t k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  const bool lineEnd = k >= text.size() || text[k] == '\n' || text[k] == '\r';
  const bool cellAfter = k - end >= 2 || (end < text.size() && text[end] == '\t');
  const bool cellBefore = pos >= 2 && ((text[pos - 1] == ' ' && text[pos - 2] == ' ') || text[pos - 1] == '\t');
  // The word before: a name ("Pharmacy", "Compounding") or a bed, not a label of a quantity.
  std::size_t w = pos;
  while (w > 0 && text[w - 1] == ' ') --w;
  std::size_t ws = w;
  while (ws > 0 && isAsciiAlpha(text[ws - 1])) --ws;
  const bool nameBefore = ws < w && isUpper(text[ws]) && w - ws >= 3;
  if (spaced) return ((lineEnd || cellAfter) && nameBefore && pos - w == 1) || (cellBefore && cellAfter);
  if (nearestKeyword(text, pos, 24, kNotPhoneWords) != std::string_view::npos) return false;
  return (lineEnd || cellAfter) && (nameBefore || cellBefore);
}

// A seven-digit local number "469-2842" (exchange 2-9) without a phone word: right after "at"
// ("Collateral from his son at 469-2842") or "number is" ("My number is 765-4299"), or listed
// after an e-mail address in the same parenthesis or clause ("(ann@example.com, 962-5424)"), and
// not followed by a unit ("at 250-1000 mg").
// "the number there is 555 0142", "what's the number there, Ana: 872-4078": the word "number"
// close before a seven-digit local number, with only a name or a verb between, and no other
// digits nor a field break.
bool numberWordCue(std::string_view text, std::size_t pos) {
  std::string_view before = sameLineBefore(text, pos, 40);
  // An office or a desk labelled right before the number: "PRC office: 216-4111", "Front desk 555 0142".
  for (std::string_view label : {"office: ", "office ", "desk: ", "desk ", "reception: ", "reception "}) {
    if (before.size() >= label.size() &&
        rfindWordCaseless(before.substr(before.size() - label.size()), label.substr(0, label.find_first_of(": "))) == 0) {
      return true;
    }
  }
  std::size_t at = rfindWordCaseless(before, "number");
  if (at == std::string_view::npos) {
    // A chat or transcript reply: "B: what's the number there\nA: 858 1110" — only a speaker
    // label before the value, and the line before asks for the number.
    const std::size_t start = pos - before.size();
    if (before.size() > 30 || start < 2 || !before.ends_with(": ")) return false;
    for (char c : before) {
      if (isDigit(c)) return false;
    }
    before = sameLineBefore(text, start - 1, 60);
    at = rfindWordCaseless(before, "number");
    if (at == std::string_view::npos) return false;
    return before.find_first_of("0123456789", at) == std::string_view::npos;
  }
  for (std::size_t j = at; j < before.size(); ++j) {
    if (isDigit(before[j]) || before[j] == ';' || before[j] == '|' || before[j] == '\t' || before[j] == '.') return false;
  }
  return true;
}

// A seven-digit number alone in a cell of a pipe table whose column is headed by a phone word:
// "| contact | relation | phone |" ... "| coworker | 292-4436 |". A call queue heads the caller's
// number "ANI" (automatic number identification) or "callback".
bool phoneColumnCell(std::string_view text, std::size_t pos, std::size_t end) {
  return text[pos] >= '2' &&
         pipeColumnHeadedBy(text, pos, end, {"phone", "tel", "cell", "mobile", "telephone", "ani", "callback"});
}

// A pharmacy or a shop named right before the number in parentheses: "CVS (654-6147)",
// "Walgreens (862-5007)", "Main Street Pharmacy (555-0142)".
bool pharmacyBefore(std::string_view text, std::size_t pos) {
  if (pos < 3 || text[pos - 1] != '(' || text[pos - 2] != ' ') return false;
  std::size_t ws = pos - 2;
  while (ws > 0 && isAsciiAlpha(text[ws - 1])) --ws;
  if (pos - 2 - ws < 2 || pos - 2 - ws > 12) return false;
  std::string word;
  for (std::size_t k = ws; k < pos - 2; ++k) word.push_back(lowerAscii(text[k]));
  static constexpr std::array<std::string_view, 11> kShops = {"pharmacy", "cvs",   "walgreens", "walmart",
                                                              "drugs",    "drug",  "apothecary", "kroger",
                                                              "costco",   "rx",    "chemist"};
  return std::find(kShops.begin(), kShops.end(), word) != kShops.end();
}

bool localNumberCue(std::string_view text, std::size_t pos) {
  if (text[pos] < '2') return false;
  // Not a range with a unit after it ("at 250-1000 mg").
  const std::size_t end = pos + 8;
  const bool clean = end >= text.size() || text[end] == '\n' || text[end] == '.' || text[end] == ',' ||
                     text[end] == ';' || text[end] == ')' || text[end] == '?' ||
                     (text[end] == ' ' && (end + 1 >= text.size() || !isAsciiAlpha(text[end + 1]) ||
                                           isUpper(text[end + 1])));
  // Another number may follow ("the number there: 872-4078 or my mobile ...").
  const std::string_view after = text.substr(end, 4);
  const bool alternative = after == " or " || after == " OR ";
  if (!clean && !alternative) return false;
  if (numberWordCue(text, pos)) return true;
  const std::string_view before = sameLineBefore(text, pos, 60);
  // "If anything happens ring me 234-5697": the British "ring" asking to be called, right before
  // the number (not the ring of a pessary or a finger, which no person follows).
  for (std::string_view ask : {" ring me ", " ring us ", " ring me on ", " ring us on ", " ring her on ", " ring him on "}) {
    if (before.size() < ask.size()) continue;
    const std::string_view tail = before.substr(before.size() - ask.size());
    bool same = true;
    for (std::size_t j = 0; j < ask.size() && same; ++j) same = toLowerAscii(tail[j]) == ask[j];
    if (same) return true;
  }
  if (!clean) return false;
  if (before.ends_with(" at ") || before.ends_with(" AT ")) return true;
  // A second line offered after a whole number: "call us at (555) 555-0198 or 555-0142" (ten or
  // eleven digits right before the "or", no range of doses: "250-1000 or 500-2000 mg").
  if (before.ends_with(" or ") || before.ends_with(" OR ")) {
    std::size_t k = before.size() - 4;
    std::size_t digits = 0;
    while (k > 0 && (isDigit(before[k - 1]) || before[k - 1] == ' ' || before[k - 1] == '-' || before[k - 1] == '(' ||
                     before[k - 1] == ')' || before[k - 1] == '.' || before[k - 1] == '+')) {
      digits += isDigit(before[k - 1]) ? 1 : 0;
      --k;
    }
    if (digits >= 10 && digits <= 11) return true;
  }
  // Set off by commas after the caller's name in a line that tells of a call: "Call from
  // neighbour Ana Ruiz-Beltran, 874-7026, at 6:55 PM".
  // The word before the comma is the name, capitalised (not "heparin, 250-1000, units").
  std::size_t nameStart = before.size() >= 2 ? before.size() - 2 : 0;
  while (nameStart > 0 && isAsciiAlpha(before[nameStart - 1])) --nameStart;
  if (before.ends_with(", ") && nameStart + 2 < before.size() && isUpper(before[nameStart]) && end < text.size() &&
      text[end] == ',') {
    // The call is from or by someone ("Call from", "called by"), not about a thing.
    static constexpr std::array<std::string_view, 6> kCallFrom = {"call from", "calls from", "called by",
                                                                  "phoned by", "call by",    "calling from"};
    if (nearestKeyword(text, pos, 64, kCallFrom) != std::string_view::npos) return true;
  }
  // "left a message on 693-9556", "left vm on 555-0142".
  if ((before.ends_with(" on ") || before.ends_with(" ON ")) &&
      (rfindWordCaseless(before, "message") != std::string_view::npos ||
       rfindWordCaseless(before, "voicemail") != std::string_view::npos ||
       rfindWordCaseless(before, "vm") != std::string_view::npos)) {
    return true;
  }
  // "My number is 765-4299."
  if (before.size() >= 10 && rfindWordCaseless(before.substr(before.size() - 10), "number is") == 0) return true;
  // After a staff label and the person's name: "CHARGE: Kristaps 485-9816", "On call: Dr Ames 555-0142".
  for (std::string_view role : {"charge:", "on call:", "on-call:", "covering:", "contact:"}) {
    const std::size_t r = rfindWordCaseless(before, role);
    if (r != std::string_view::npos && before.size() - r <= 40) return true;
  }
  // After a person and their tie to the patient in brackets, as a list of those present or to
  // call gives it: "Present: Euna Roudebush (daughter), 842-9913".
  if (before.ends_with("), ")) {
    const std::size_t close = before.size() - 3;
    const std::size_t open = before.rfind('(', close);
    if (open != std::string_view::npos && close - open >= 3 && close - open <= 24) {
      std::string tie;
      for (std::size_t j = open + 1; j < close; ++j) tie.push_back(toLowerAscii(before[j]));
      if (tie.ends_with("-in-law")) tie.resize(tie.size() - 7);
      if (isKinNoun(tie)) return true;
    }
  }
  if (!before.ends_with(", ")) return false;
  const std::size_t at = before.rfind('@');
  return at != std::string_view::npos && before.find(' ', at) == before.size() - 1;
}

// Nine bare digits are a social security number after its label, when no other field lies
// between ("ssn=673-63-6308; acct=057326715": the account's digits), or after the label
// letter-spaced as OCR of a form gives it ("S S N :  733050893").
bool ssnLabelCue(std::string_view text, std::size_t pos) {
  const std::string_view before = sameLineBefore(text, pos, 30);
  std::size_t k = before.size();
  while (k > 0 && (before[k - 1] == ' ' || before[k - 1] == ':' || before[k - 1] == '=' || before[k - 1] == '#')) --k;
  if (k >= 5) {
    const std::string_view tail = before.substr(k - 5, 5);
    if ((tail == "S S N" || tail == "s s n") && (k == 5 || !isWordByte(before[k - 6]))) return true;
  }
  const std::size_t at = nearestKeyword(text, pos, 30, kSsnWords);
  if (at == std::string_view::npos) return false;
  int separators = 0;
  for (std::size_t j = at; j < before.size(); ++j) {
    if (before[j] == ';' || before[j] == '|' || before[j] == '\t') return false;
    if (before[j] == ':' || before[j] == '=') ++separators;
  }
  return separators <= 1;
}

bool ssnInRange(int area, int group, int serial) {
  return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

// A driving licence's label right before an SSN-shaped number, with no SSN label nearer: some
// states once issued the holder's social security number as the licence number, and the number
// a record writes under "Driver license" is the licence's ("Driver license 553-57-5861", "DL #
// 204-42-7245", "Driver licence on file 656-12-6929").
bool licenceLabelRightBefore(std::string_view text, std::size_t pos) {
  std::string_view before = sameLineBefore(text, pos, 40);
  auto trimEnd = [&] {
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == '#' ||
                               before.back() == '.')) {
      before.remove_suffix(1);
    }
  };
  auto dropWord = [&](std::string_view word) {
    trimEnd();
    if (before.size() < word.size()) return false;
    const std::size_t at = before.size() - word.size();
    if (rfindWordCaseless(before.substr(at), word) != 0 || (at > 0 && isWordByte(before[at - 1]))) return false;
    before.remove_suffix(word.size());
    return true;
  };
  if (dropWord("file") && !dropWord("on")) return false;
  if (!dropWord("no")) dropWord("number");
  for (std::string_view label : {"license", "licence", "dl", "lic"}) {
    if (dropWord(label)) return true;
  }
  return false;
}

// NNN-NN-NNNN or NNN NN NNNN. Returns length or 0; `valid` says whether the ranges are possible.
std::size_t ssnLength(std::string_view text, std::size_t pos, bool& valid) {
  if (digitRun(text, pos) != 3 || pos + 11 > text.size()) return 0;
  const char sep = text[pos + 3];
  if (sep != '-' && sep != ' ') return 0;
  if (digitRun(text, pos + 4) != 2 || text[pos + 6] != sep || digitRun(text, pos + 7) != 4) return 0;
  if (!endsCleanly(text, pos + 11)) return 0;
  valid = ssnInRange(parseDigits(text, pos, 3), parseDigits(text, pos + 4, 2), parseDigits(text, pos + 7, 4));
  return 11;
}

}  // namespace

namespace {

// Whether OCR may have read the digit at `k` as a letter: an "O" or "o" for 0, an "l" or "I" (or
// "L" in capitals) for 1, beside a digit or between a line's start or a space and a dash.
bool ocrDigitAt(std::string_view text, std::size_t k) {
  const char c = text[k];
  if (!(c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == 'L')) return false;
  const bool left = k > 0 && isDigit(text[k - 1]);
  const bool right = k + 1 < text.size() && isDigit(text[k + 1]);
  if (left || right) {
    // Not inside a word: the letter's other side is no letter ("CO2", "l0mg" are words).
    const bool wordLeft = k > 0 && isAsciiAlpha(text[k - 1]);
    const bool wordRight = k + 1 < text.size() && isAsciiAlpha(text[k + 1]);
    return !wordLeft && !wordRight;
  }
  // A leading "1-" read as "l-": "l-597-589-1444".
  return (k == 0 || text[k - 1] == ' ') && k + 2 < text.size() && text[k + 1] == '-' && isDigit(text[k + 2]);
}

// Phones of an OCR'd fax as the text has them, a letter for a digit ("FROM: 1-26l-681-2O16",
// "Phone: 909 675 28O9"): read with the letters taken as digits, after a phone or fax cue or in a
// fax machine's header, and only where a letter was taken.
void scanOcrPhones(std::string_view text, Candidates& out) {
  std::string norm;
  std::size_t lastEnd = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (!ocrDigitAt(text, k)) continue;
    if (norm.empty()) norm.assign(text);
    const char c = text[k];
    norm[k] = (c == 'O' || c == 'o') ? '0' : '1';
  }
  if (norm.empty()) return;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (norm[k] == text[k] || k < lastEnd) continue;
    // The number's start: back over digits, separators and brackets, at most 16 bytes.
    std::size_t s = k;
    while (s > 0 && k - s < 16 &&
           (isDigit(norm[s - 1]) || norm[s - 1] == '-' || norm[s - 1] == '.' || norm[s - 1] == '(' ||
            norm[s - 1] == ')' || norm[s - 1] == ' ')) {
      --s;
    }
    for (std::size_t t = s; t <= k; ++t) {
      if (!(isDigit(norm[t]) || norm[t] == '(') || (t > 0 && (isWordByte(norm[t - 1]) || norm[t - 1] == '-' ||
                                                            norm[t - 1] == '.' || norm[t - 1] == '('))) {
        continue;
      }
      const std::size_t len = nanpLength(norm, t);
      if (len == 0 || t + len <= k) continue;
      if (!anyPhoneCue(text, t) && !faxHeaderLine(text, t)) break;
      out.push_back({t, t + len, phoneOrFax(text, t), priority::kPhone});
      lastEnd = t + len;
      break;
    }
  }
}

}  // namespace

// A number that is no one's: a journal's editorial office, a switchboard ("Editorial office: +44
// 20 7946 0321 (Mon-Fri 09:00-17:00)"), and a program's build ("ODK form case_audit_v4 (build
// 2024031501)"), seed 3535. The label or the word right before the number.
// So are a support service's line, its terms in brackets before the number ("Bereavement support
// line (free, 24 hours): 0800 549 549; Samaritans 116 123"), and a funeral home's, named as the
// number's owner ("số điện thoại nhà tang lễ là 028 2989 8677", the funeral home's telephone is),
// seed 3636.
bool publicOfficeNumber(std::string_view text, std::size_t pos) {
  std::string_view before = sameLineBefore(text, pos, 48);
  const auto trim = [&] {
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == '(')) {
      before.remove_suffix(1);
    }
  };
  trim();
  if (!before.empty() && before.back() == ')') {
    const std::size_t open = before.rfind('(');
    if (open != std::string_view::npos) {
      before = before.substr(0, open);
      trim();
    }
  }
  for (std::string_view label : {"editorial office", "switchboard", "build", "support line", "helpline", "hotline",
                                 "samaritans", "funeral home", "nh\u00e0 tang l\u1ec5 l\u00e0"}) {
    if (endsWithWord(before, label)) return true;
  }
  return false;
}

// The end of a fax number printed from `k` on: digits, single spaces, dashes and brackets, seven to
// twelve digits; or `k` when there is none.
std::size_t stationNumberEnd(std::string_view line, std::size_t k) {
  std::size_t digits = 0, end = k;
  for (std::size_t j = k; j < line.size(); ++j) {
    const char c = line[j];
    if (isDigit(c)) {
      ++digits;
      end = j + 1;
    } else if (!(c == '-' || c == '(' || c == ')' || (c == ' ' && (j + 1 == line.size() || line[j + 1] != ' ')))) {
      break;
    }
  }
  return digits >= 7 && digits <= 12 ? end : k;
}

// The sending institution's own number as its fax machine prints it in the transmission header:
// the sender in capitals, the word "FAX" (or "FAX NO."), the number and the page counter, each
// spaced apart ("06/06/2004 09:49   ST. FINBARR'S HOSPITAL CORK   FAX 021 6737746   P.1/2",
// "FROM CARDIOLOGY DEPT  FAX NO. 0161 412 2287  P. 01/03"): the machine's station id, no one's
// PHI (seed 3838). A header naming a recipient ("TO") is left to the phone scanners.
void vetoFaxStationNumbers(std::string_view text, Candidates& out) {
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    for (std::size_t f = line.find("FAX"); f != std::string_view::npos; f = line.find("FAX", f + 3)) {
      // The sender before: a word in capitals, then two spaces or more.
      std::size_t b = f;
      while (b > 0 && line[b - 1] == ' ') --b;
      if (f - b < 2 || b == 0 || !isUpper(line[b - 1])) continue;
      // No recipient among the header's fields, from its "FROM" on (prose before a header pasted
      // into a note may say "go to manual review").
      const std::size_t from = rfindWordCaseless(line.substr(0, f), "from");
      const std::size_t fields = from == std::string_view::npos ? 0 : from;
      if (rfindWordCaseless(line.substr(fields, f - fields), "to") != std::string_view::npos) continue;
      std::size_t k = f + 3;
      if (line.substr(k, 5) == " NO. ") k += 4;
      if (k + 1 >= line.size() || line[k] != ' ' || !(isDigit(line[k + 1]) || line[k + 1] == '(')) continue;
      const std::size_t number = k + 1;
      const std::size_t numberEnd = stationNumberEnd(line, number);
      if (numberEnd == number) continue;
      k = numberEnd;
      while (k < line.size() && line[k] == ' ') ++k;
      if (k - numberEnd >= 2 && pageCounterAt(line, k, true)) {
        out.push_back({start + number, start + numberEnd, PhiCategory::Fax, priority::kKeywordId, /*veto=*/true});
      }
    }
    start = end + 1;
  }
}

void scanPhonesAndSsns(const ScanInput& in, Candidates& out) {
  scanOcrPhones(in.text, out);
  vetoFaxStationNumbers(in.text, out);
  const std::string_view text = in.text;
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = text[i];
    if (!(isDigit(c) || c == '(' || c == '+')) {
      ++i;
      continue;
    }
    bool boundary = i == 0 || !(isWordByte(text[i - 1]) || text[i - 1] == '-' || text[i - 1] == '.' ||
                                text[i - 1] == '/' || text[i - 1] == '+');
    // (A country code's "+" may follow a Chinese or Japanese character at once, as those scripts
    // glue their label to the number: "電話+853 6282 0958".)
    if (!boundary && c == '+' && i >= 3 && static_cast<unsigned char>(text[i - 3]) >= 0xE3 &&
        static_cast<unsigned char>(text[i - 3]) <= 0xE9) {
      boundary = true;
    }
    // (Japanese glues a number to the particle before it too: "ご家族の連絡先は090-0054-2776です",
    // the family's contact; so after a contact or telephone word of Japanese on its line, seed 3535.)
    if (!boundary && isDigit(c) && i >= 3 && static_cast<unsigned char>(text[i - 3]) >= 0xE3 &&
        static_cast<unsigned char>(text[i - 3]) <= 0xE9) {
      const std::string_view line = sameLineBefore(text, i, 24);
      boundary = line.find("\u9023\u7d61\u5148") != std::string_view::npos ||  // 連絡先
                 line.find("\u96fb\u8a71") != std::string_view::npos ||        // 電話
                 line.find("\u643a\u5e2f") != std::string_view::npos;          // 携帯
    }
    if (!boundary) {
      i += isDigit(c) ? digitRun(text, i) : 1;
      continue;
    }
    bool ssnValid = false;
    if (const std::size_t ssn = ssnLength(text, i, ssnValid); ssn > 0) {
      const bool ssnLabel = nearestKeyword(text, i, 30, kSsnWords) != std::string_view::npos;
      // Spaced groups after a trunk zero are a European national phone number, no SSN, when no
      // SSN label is near: "Fax to Coroner's Office: 021 43 1234", "Next of kin: Bríd Mulcahy,
      // 087 12 3456" (Irish numbers, seed 3636).
      if (!ssnLabel && c == '0' && text[i + 3] == ' ' && !ssnLabelCue(text, i)) {
        out.push_back({i, i + ssn, phoneOrFax(text, i), priority::kPhone});
        i += ssn;
        continue;
      }
      if (!ssnLabel && licenceLabelRightBefore(text, i)) {
        out.push_back({i, i + ssn, PhiCategory::License, priority::kSsn});
        i += ssn;
        continue;
      }
      if (ssnValid || ssnLabel) {
        out.push_back({i, i + ssn, PhiCategory::Ssn, priority::kSsn});
        i += ssn;
        continue;
      }
    }
    std::size_t phone = nanpLength(text, i);
    if (phone == 0) phone = internationalLength(text, i);
    if (phone == 0) phone = nationalLength(text, i);
    if (phone == 0 && isDigit(c)) {
      const std::size_t run = digitRun(text, i);
      if (run == 9 && endsCleanly(text, i + 9) && ssnLabelCue(text, i)) {
        out.push_back({i, i + 9, PhiCategory::Ssn, priority::kSsn});
        i += 9;
        continue;
      }
      // Bare ten digits count after a phone or fax cue, or without one when they have the North
      // American shape (area code and exchange start with 2-9) and no word or symbol clings to
      // them: keyword identifiers ("Acct 4125550198") outrank phones in the overlap resolution.
      // A seven-digit local number needs a cue.
      if (run == 10 && endsCleanly(text, i + 10) && (anyPhoneCue(text, i) || bareNanp(text, i))) {
        phone = 10;
      } else if (run == 3 && i + 11 <= n && text[i] >= '2' && (text[i + 3] == '-' || text[i + 3] == ' ') &&
                 digitRun(text, i + 4) == 7 && text[i + 4] >= '2' && endsCleanly(text, i + 11) && anyPhoneCue(text, i)) {
        phone = 11;  // "555-8675309" after a phone or fax cue
      } else if (run == 3 && i + 8 <= n && (text[i + 3] == '-' || text[i + 3] == '.') && digitRun(text, i + 4) == 4 &&
                 endsCleanly(text, i + 8) &&
                 (anyPhoneCue(text, i) || localNumberCue(text, i) || localNumberAlone(text, i, i + 8, false) ||
                  phoneColumnCell(text, i, i + 8) || pharmacyBefore(text, i))) {
        phone = 8;  // "469-2842", and dotted "479.4396" as texts write it
      } else if (run == 5 && i + 11 <= n && text[i] >= '6' && text[i + 5] == ' ' && digitRun(text, i + 6) == 5 &&
                 endsCleanly(text, i + 11) &&
                 (anyPhoneCue(text, i) || nearestKeyword(text, i, 40, kAttendantWords) != std::string_view::npos)) {
        // An Indian mobile after a phone word: "Mob: 98765 43210"; or after the relative who stays
        // with the patient, as Indian case sheets name them: "attendant Anil Deshpande, 98893
        // 78207" (seed 3535).
        phone = 11;
      } else if (run == 3 && i + 8 <= n && text[i + 3] == ' ' && digitRun(text, i + 4) == 4 && text[i] >= '2' &&
                 endsCleanly(text, i + 8) &&
                 (anyPhoneCue(text, i) || localNumberAlone(text, i, i + 8, true) || phoneColumnCell(text, i, i + 8) ||
                  (numberWordCue(text, i) &&
                   (i + 9 >= n || !isAsciiAlpha(text[i + 9]) || text.substr(i + 8, 4) == " or " ||
                    text.substr(i + 8, 4) == " OR ")))) {
        phone = 8;  // "Tel: 568 1698": a local number grouped with a space
      } else if (run == 1 && !(i >= 2 && text[i - 1] == ' ' && isDigit(text[i - 2])) && anyPhoneCue(text, i)) {
        // Speech recognition writes a number read out digit by digit with a space between the
        // digits: "can be reached at 4 1 5 5 5 5 0 1 4 2". Ten digits (eleven with a leading 1)
        // after a phone cue, nothing digit-like after them.
        std::size_t k = i;
        std::size_t digits = 0;
        while (k < n && isDigit(text[k]) && (k + 1 == n || !isDigit(text[k + 1]))) {
          ++digits;
          if (k + 2 < n && text[k + 1] == ' ' && isDigit(text[k + 2])) {
            k += 2;
          } else {
            ++k;
            break;
          }
        }
        if ((digits == 10 || (digits == 11 && text[i] == '1')) && endsCleanly(text, k)) phone = k - i;
      }
    }
    if (phone > 0 && publicOfficeNumber(text, i)) phone = 0;
    if (phone > 0) {
      out.push_back({i, i + phone, phoneOrFax(text, i), priority::kPhone});
      i += phone;
      continue;
    }
    i += isDigit(c) ? digitRun(text, i) : 1;
  }
}

}  // namespace concord::phi::detail
