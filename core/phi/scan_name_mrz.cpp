// Names written where the word rules cannot see them: the machine-readable zone of a passport
// copied into a travel or registration note ("P<MEXGARCIA<LOPEZ<<MARIA<JOSE<<<<<<<<<<<<<<<<"),
// and a name in Chinese characters in brackets next to its romanised form ("Li Xiaohong
// (李晓红)", "李晓红 (Li Xiaohong)") or after a label that asks for a person ("姓名：王秀兰", "Name in
// Chinese: 王秀兰"). All add to the names the other rules found.
#include <algorithm>
#include <initializer_list>
#include <vector>

#include "mrz.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

// A passport's first MRZ line (ICAO 9303, TD3): "P" and a type letter or "<", the issuing state's
// three letters, then SURNAME<<GIVEN<NAMES padded with "<" to 44 characters. The name is the part
// from the sixth character to its last letter; a line of other length or without the "<<" that
// parts family and given names is left alone.
void scanMrzLines(const ScanInput& in, Candidates& out) {
  forEachMrzCandidateLine(in.text, [&](std::size_t lineStart, std::string_view line) {
    if (line.size() >= 30 && line.size() <= 46 && line[0] == 'P' && (line[1] == '<' || isUpper(line[1]))) {
      bool allMrz = true;
      for (char c : line) allMrz = allMrz && mrzLetter(c);
      std::size_t last = line.size();
      while (last > 5 && line[last - 1] == '<') --last;
      const std::string_view name = line.substr(5, last > 5 ? last - 5 : 0);
      if (allMrz && isUpper(line[2]) && isUpper(line[3]) && (isUpper(line[4]) || line[4] == '<') && name.size() >= 4 &&
          isUpper(name[0]) && name.find("<<") != std::string_view::npos) {
        // (Above the word rules, which may have taken one given name of the zone alone.)
        out.push_back({lineStart + 5, lineStart + last, PhiCategory::Name, priority::kName + 1});
      }
    }
  });
}

// Whether bytes [from, to) are two to four CJK unified ideographs (U+4E00–U+9FFF, three bytes each
// with a lead byte E4–E9): the length of a Chinese name.
bool chineseNameBytes(std::string_view text, std::size_t from, std::size_t to) {
  if (to <= from || (to - from) % 3 != 0 || to - from < 6 || to - from > 12) return false;
  for (std::size_t b = from; b < to; b += 3) {
    const auto lead = static_cast<unsigned char>(text[b]);
    if (lead < 0xE4 || lead > 0xE9) return false;
  }
  return true;
}

// Whether bytes [from, to) are one to five words of letters of a script without Latin letters,
// joined by single spaces: Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai,
// Myanmar, Georgian, Khmer, Hangul (their digits and punctuation excluded). Used for the name in
// brackets after a romanised one: "Shahad Hussein al-Rubaie (شهد حسين الربيعي)", "Keo Bopha
// (កែវ បុប្ផា)", "U Aung Kyaw Moe (အောင်ကျော်မိုး)".
bool scriptNameBytes(std::string_view text, std::size_t from, std::size_t to) {
  if (to <= from || to - from > 120) return false;
  int words = 1;
  bool letter = false;  // a letter since the last space
  for (std::size_t b = from; b < to;) {
    const auto lead = static_cast<unsigned char>(text[b]);
    if (lead == ' ') {
      if (!letter || ++words > 5) return false;
      letter = false;
      ++b;
      continue;
    }
    unsigned cp = 0;
    std::size_t len = 0;
    if (lead >= 0xC0 && lead < 0xE0) {
      len = 2;
      cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead < 0xF0) {
      len = 3;
      cp = lead & 0x0Fu;
    } else {
      return false;  // ASCII, a stray byte or a four-byte character
    }
    if (b + len > to) return false;
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[b + k]) & 0x3Fu);
    b += len;
    if (cp == 0x200C || cp == 0x200D) continue;  // the zero-width (non-)joiners of Persian and Indic words
    const bool ok = (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x52F) || (cp >= 0x531 && cp <= 0x587) ||
                    (cp >= 0x5D0 && cp <= 0x5EA) ||
                    (cp >= 0x620 && cp <= 0x6FF && cp != 0x6D4 && !(cp >= 0x660 && cp <= 0x66D) && !(cp >= 0x6F0 && cp <= 0x6F9)) ||
                    (cp >= 0x900 && cp <= 0xDFF && cp != 0x964 && cp != 0x965) ||
                    (cp >= 0xE01 && cp <= 0xE4E) ||
                    // (Lao letters, vowel signs and tone marks, not its digits: seed 3232.)
                    (cp >= 0xE81 && cp <= 0xECD) || (cp >= 0xEDC && cp <= 0xEDF) || (cp >= 0x1000 && cp <= 0x109F && !(cp >= 0x1040 && cp <= 0x104F)) ||
                    (cp >= 0x10A0 && cp <= 0x10FF) || (cp >= 0x1780 && cp <= 0x17D3) || (cp >= 0xAC00 && cp <= 0xD7A3);
    if (!ok) return false;
    letter = true;
  }
  return letter;
}

bool hanLead(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0xE4 && u <= 0xE9;
}

// A name in Chinese characters after a label that asks for a person: Chinese labels with a
// full-width or ASCII colon (姓名：, 医师：, 患者：, 联系人：, 家属：, 护士：…), English ones that ask
// for the Chinese name ("Name in Chinese: ", "Chinese name: ") and export keys that end so
// ("insuredNameCn":"). The characters run to the first byte that is no CJK character and must
// be two to four of them.
void scanLabelledChineseNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  static constexpr std::string_view kHanLabels[] = {"\u59d3\u540d", "\u533b\u5e08", "\u533b\u751f", "\u60a3\u8005",
                                                    "\u8054\u7cfb\u4eba", "\u5bb6\u5c5e", "\u62a4\u58eb",
                                                    "\u7533\u8bf7\u4eba", "\u88ab\u4fdd\u9669\u4eba",
                                                    // Traditional characters of Hong Kong, Macau and Taiwan:
                                                    // doctor (醫生, 醫師), patient (病人), nurse (護士), contact
                                                    // (聯絡人), family (家屬).
                                                    "\u91ab\u751f", "\u91ab\u5e2b", "\u75c5\u4eba", "\u8b77\u58eb",
                                                    "\u806f\u7d61\u4eba", "\u5bb6\u5c6c",
                                                    // A proxy (醫療委任代理人, 代理人), a genetic
                                                    // counsellor (遺傳諮詢師, 遗传咨询师) and the maker
                                                    // of an advance directive (立意願人), seed 3636.
                                                    "\u4ee3\u7406\u4eba", "\u8aee\u8a62\u5e2b", "\u54a8\u8be2\u5e08", "\u7acb\u610f\u9858\u4eba", "\u7acb\u610f\u613f\u4eba",
                                                    // A pharmacy delivery's consignee and a parcel's
                                                    // recipient (收货人, 收貨人, 收件人), seed 3737.
                                                    "\u6536\u8d27\u4eba", "\u6536\u8ca8\u4eba", "\u6536\u4ef6\u4eba"};
  const auto take = [&](std::size_t from, bool quoted) {
    while (from < text.size() && text[from] == ' ') ++from;
    std::size_t to = from;
    while (to + 3 <= text.size() && hanLead(text[to])) to += 3;
    if (quoted && (to >= text.size() || text[to] != '"')) return;
    // A doctor's or a nurse's title glued after the name is no part of it ("医生：李海燕医生", seed
    // 3737).
    for (std::string_view title : {"\u533b\u751f", "\u91ab\u751f", "\u533b\u5e08", "\u91ab\u5e2b", "\u62a4\u58eb",
                                    "\u8b77\u58eb"}) {
      if (!quoted && to - from >= 12 && text.substr(to - title.size(), title.size()) == title) to -= title.size();
    }
    if (chineseNameBytes(text, from, to)) out.push_back({from, to, PhiCategory::Name, priority::kName});
  };
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    std::size_t labelEnd = std::string_view::npos, valueFrom = 0;
    if (c == ':') {
      labelEnd = pos;
      valueFrom = pos + 1;
    } else if (static_cast<unsigned char>(c) == 0xEF && text.substr(pos, 3) == "\uff1a") {
      labelEnd = pos;
      valueFrom = pos + 3;
    }
    if (labelEnd == std::string_view::npos) continue;
    bool asks = false;
    for (std::string_view label : kHanLabels) {
      if (labelEnd >= label.size() && text.substr(labelEnd - label.size(), label.size()) == label) asks = true;
    }
    // ("Name in Chinese:", "Chinese name:", "\"insuredNameCn\":\"", ASCII letters compared caselessly.)
    std::string lower;
    for (std::size_t b = labelEnd >= 24 ? labelEnd - 24 : 0; b < labelEnd; ++b) {
      lower.push_back(static_cast<char>(isUpper(text[b]) ? text[b] - 'A' + 'a' : text[b]));
    }
    std::size_t from = valueFrom;
    if (lower.ends_with("name in chinese") || lower.ends_with("chinese name")) asks = true;
    if ((lower.ends_with("namecn\"") || lower.ends_with("name_cn\"") || lower.ends_with("namezh\"")) &&
        valueFrom < text.size() && text[valueFrom] == '"') {
      asks = true;
      from = valueFrom + 1;
    }
    // A health app's export names its user or patient object's "name" or "fullName" in Han
    // characters, the whole quoted value ("user":{"name":"张建国"}, seed 3737).
    bool quoted = false;
    if (!asks && valueFrom < text.size() && text[valueFrom] == '"') {
      for (std::string_view owner : {"\"user\":{", "\"patient\":{", "\"member\":{", "\"profile\":{"}) {
        for (std::string_view key : {"\"name\"", "\"fullname\""}) {
          if (lower.size() >= owner.size() + key.size() && lower.ends_with(key) &&
              std::string_view(lower).substr(lower.size() - key.size() - owner.size(), owner.size()) == owner) {
            quoted = true;
          }
        }
      }
      if (quoted) from = valueFrom + 1;
    }
    if (asks || quoted) take(from, quoted);
  }
}

// The usual Chinese family names of one character, simplified and traditional (王, 李, 張, 陳...).
constexpr std::string_view kChineseFamilies =
    "\u738b\u674e\u5f20\u5f35\u5218\u5289\u9648\u9673\u6768\u694a\u9ec4\u9ec3\u8d75\u8d99\u5434\u5433"
    "\u5468\u5f90\u5b59\u5b6b\u9a6c\u99ac\u6731\u80e1\u90ed\u4f55\u9ad8\u6797\u7f57\u7f85\u90d1\u912d"
    "\u6881\u8c22\u8b1d\u5b8b\u5510\u8bb8\u8a31\u97e9\u97d3\u51af\u99ae\u9093\u9127\u66f9\u5f6d\u66fe"
    "\u8096\u856d\u7530\u8463\u8881\u6f58\u4e8e\u848b\u8523\u8521\u4f59\u675c\u53f6\u8449\u7a0b\u82cf"
    "\u8607\u9b4f\u5415\u5442\u4e01\u4efb\u6c88\u59da\u5362\u76e7\u59dc\u5d14\u949f\u937e\u8c2d\u8b5a"
    "\u9646\u9678\u6c6a\u8303\u91d1\u77f3\u5ed6\u8d3e\u8cc8\u590f\u97e6\u97cb\u65b9\u767d\u90b9\u9112"
    "\u5b5f\u718a\u79e6\u90b1\u6c5f\u5c39\u859b\u6bb5\u96f7\u4faf\u9f99\u9f8d\u53f2\u9676\u9ece\u8d3a"
    "\u8cc0\u987e\u9867\u6bdb\u90dd\u9f9a\u9f94\u90b5\u4e07\u842c\u94b1\u9322\u4e25\u56b4\u6b66\u6234"
    "\u83ab\u5b54\u6c64\u6e6f\u6e29\u6eab\u5173\u95dc\u5e84\u838a\u6b27\u6b50";

bool chineseFamilyAt(std::string_view text, std::size_t b) {
  if (!hanAt(text, b)) return false;
  const std::size_t at = kChineseFamilies.find(text.substr(b, 3));
  return at != std::string_view::npos && at % 3 == 0;
}

// A Chinese name from byte b that the text runs on after (no space or mark ends it): a family name
// and one or two characters of the given name, none a word that opens what is said of the person
// (昨晚 last night, 今日 today, 的, 血糖...). Returns its end, or b.
std::size_t chineseRunOnNameEnd(std::string_view text, std::size_t b) {
  if (!chineseFamilyAt(text, b)) return b;
  static constexpr std::string_view kStops =
      "\u6628\u4eca\u65e9\u665a\u6700\u7684\u8840\u5728\u662f\u6709\u8bf4\u8aaa\u5df2\u521a\u525b\u4e5f"
      "\u548c\u73b0\u73fe\u524d\u8fd9\u9019\u4e0a\u4e0b\u8fd1\u4e00\u53c8\u8fd8\u9084\u4f53\u9ad4\u5fc3"
      "\u5973\u5148\u5c0f\u4e0d\u6ca1\u6c92\u5403\u670d\u53bb\u6765\u4f86\u7a81\u611f\u5934\u982d";
  std::size_t end = b + 3;
  for (int k = 0; k < 2 && hanAt(text, end); ++k) {
    const std::size_t at = kStops.find(text.substr(end, 3));
    if (at != std::string_view::npos && at % 3 == 0) break;
    end += 3;
  }
  return end > b + 3 ? end : b;
}

// Chinese names a chat or a message writes without a label (seed 3737): the speaker of a WeChat or
// WhatsApp export after the message's date and time ("04/12/2025, 21:17 黄文发: ..."), a family member
// the sender names ("医生，我家人黄国良昨晚血糖 255") and a name before a title of address ("醫生你好，
// 黃淑儀女士今日血壓"). Each opens with a usual family name.
void scanChineseChatNames(std::string_view text, Candidates& out) {
  // The speaker: a line opening with a stamp of digits, a time's colon and a space, then two to four
  // Han characters and a colon.
  for (std::size_t line = 0; line < text.size();) {
    std::size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t b = line;
    bool digit = false, colon = false;
    while (b < eol && b < line + 24 && (isDigit(text[b]) || text[b] == '/' || text[b] == '.' || text[b] == '-' ||
                                        text[b] == ',' || text[b] == ':' || text[b] == ' ' || text[b] == '[' ||
                                        text[b] == ']')) {
      digit = digit || isDigit(text[b]);
      colon = colon || (text[b] == ':' && b > line && isDigit(text[b - 1]));
      ++b;
    }
    if (digit && colon && b > line && text[b - 1] == ' ' && chineseFamilyAt(text, b)) {
      std::size_t to = b;
      while (hanAt(text, to)) to += 3;
      // (A speaker named by a title, "王医生:", is no full name.)
      const std::string_view run = text.substr(b, to - b);
      const bool titled = run.ends_with("\u533b\u751f") || run.ends_with("\u91ab\u751f") || run.ends_with("\u8001\u5e08");
      if (!titled && chineseNameBytes(text, b, to) && to - b <= 9 &&
          (text.substr(to, 1) == ":" || text.substr(to, 3) == "\uff1a")) {
        out.push_back({b, to, PhiCategory::Name, priority::kName});
      }
    }
    line = eol + 1;
  }
  // The family member: "我家人" (my family member), "我的家人", then the name.
  for (std::string_view cue : {std::string_view("\u6211\u5bb6\u4eba"), std::string_view("\u6211\u7684\u5bb6\u4eba")}) {
    for (std::size_t at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + 1)) {
      const std::size_t from = at + cue.size();
      if (const std::size_t end = chineseRunOnNameEnd(text, from); end > from) {
        out.push_back({from, end, PhiCategory::Name, priority::kName});
      }
    }
  }
  // Before 女士 (Ms), 先生 (Mr), 小姐 (Miss): two or three Han characters after a mark or a space.
  for (std::string_view title : {std::string_view("\u5973\u58eb"), std::string_view("\u5148\u751f"),
                                 std::string_view("\u5c0f\u59d0")}) {
    for (std::size_t at = text.find(title); at != std::string_view::npos; at = text.find(title, at + 1)) {
      for (std::size_t chars : {3, 2}) {
        if (at < chars * 3) continue;
        const std::size_t from = at - chars * 3;
        bool allHan = true;
        for (std::size_t b = from; b < at; b += 3) allHan = allHan && hanAt(text, b);
        if (!allHan || !chineseFamilyAt(text, from) || (from >= 3 && hanAt(text, from - 3))) continue;
        // (Before it a mark or a space, not a letter of a word: "，黃淑儀女士".)
        if (from > 0 && isAsciiAlpha(text[from - 1])) continue;
        out.push_back({from, at, PhiCategory::Name, priority::kName});
        break;
      }
    }
  }
}

// Cyrillic letters (U+0400–U+045F: lead byte D0 or D1); capitals are U+0400–U+042F. The letters of
// Kazakh, Uzbek, Kyrgyz and Tajik beyond them (U+0490–U+04FF: Ә Ғ Қ Ң Ө Ұ Ү Һ, Ҳ Ҷ Ӣ Ӯ) alternate
// capital and small, capital on the even code point ("Әлия", "Ғалым", "Нұрлан Серікұлы").
// (U+04C0..U+04CF, where the pairs start on the odd code point, are left out.)
bool centralAsianCyrillic(unsigned cp) { return cp >= 0x490 && cp <= 0x4FF && (cp < 0x4C0 || cp > 0x4CF); }
bool cyrillicCapitalAt(std::string_view text, std::size_t b) {
  const unsigned cp = twoByteCodePointAt(text, b);
  return (cp >= 0x400 && cp <= 0x42F) || (centralAsianCyrillic(cp) && cp % 2 == 0);
}
bool cyrillicLetterAt(std::string_view text, std::size_t b) {
  const unsigned cp = twoByteCodePointAt(text, b);
  return (cp >= 0x400 && cp <= 0x45F) || centralAsianCyrillic(cp);
}

// Whether a Cyrillic word ends in a Russian patronymic's suffix, in lower case or in capitals:
// "-ович", "-евич", "-овна", "-евна", "-ична" ("Маратович", "БОЛАТОВНА", "Ильинична").
bool russianPatronymic(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {
      "\u043e\u0432\u0438\u0447", "\u0435\u0432\u0438\u0447", "\u043e\u0432\u043d\u0430", "\u0435\u0432\u043d\u0430",
      "\u0438\u0447\u043d\u0430", "\u041e\u0412\u0418\u0427", "\u0415\u0412\u0418\u0427", "\u041e\u0412\u041d\u0410",
      "\u0415\u0412\u041d\u0410", "\u0418\u0427\u041d\u0410"};
  for (std::string_view s : kSuffixes) {
    if (word.ends_with(s)) return true;
  }
  return false;
}

// Whether a word ends in one of `endings` (each of Cyrillic letters, two bytes) with at least two
// more letters before it.
bool cyrillicEnding(std::string_view word, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings) {
    if (word.size() >= e.size() + 4 && word.ends_with(e)) return true;
  }
  return false;
}

// The shapes of the third list of countries in Cyrillic letters, without a cue, over the words
// [from, end) (`words` of them):
//  - the initial of a Mongolian father's name and a given name that is no city ("Б. Батбаяр"; not
//    "Г. Улаанбаатар", where "г." is "city");
//  - an Armenian or Georgian family name written in Russian ("Арам Петросян", "Гиорги Беридзе",
//    "Нино Гелашвили"): two words, one ending in "-ян"/"-янц", "-швили" or "-дзе";
//  - a Mongolian father's name in the genitive before a given name ("Батын Болд", "Доржийн Оюун"),
//    two words, the first in "-ын"/"-ийн"/"-гийн" and none a body's ("Улсын", "Эмнэлгийн"…).
bool thirdListCyrillicShape(std::string_view text, std::size_t from, std::size_t end, int words, bool initial) {
  std::vector<std::string_view> ws;
  for (std::size_t w = from; w < end && ws.size() < 3;) {
    std::size_t e = w;
    while (e < end && text[e] != ' ') ++e;
    ws.push_back(text.substr(w, e - w));
    w = e + 1;
  }
  static constexpr std::string_view kCities[] = {
      "\u0423\u043b\u0430\u0430\u043d\u0431\u0430\u0430\u0442\u0430\u0440", "\u0414\u0430\u0440\u0445\u0430\u043d",
      "\u042d\u0440\u0434\u044d\u043d\u044d\u0442", "\u041c\u043e\u0441\u043a\u0432\u0430",
      "\u0415\u0440\u0435\u0432\u0430\u043d", "\u0422\u0431\u0438\u043b\u0438\u0441\u0438",
      "\u0421\u043a\u043e\u043f\u0458\u0435", "\u0411\u0438\u0442\u043e\u043b\u0430"};
  if (initial) return words == 1 && !listHas(kCities, ws[0]);
  // (Two words only: a third would be a verb before them, "Поступил Арам Петросян"; the scan moves
  // on to the next word's start.)
  if (words != 2 || ws.size() != 2) return false;
  for (std::string_view w : ws) {
    if (cyrillicEnding(w, {"\u044f\u043d", "\u044f\u043d\u0446", "\u0448\u0432\u0438\u043b\u0438",
                           "\u0434\u0437\u0435", "\u042f\u041d", "\u0428\u0412\u0418\u041b\u0418", "\u0414\u0417\u0415"})) {
      return true;
    }
  }
  // (A body's genitive: of the state, of health, of the city, of the province, of the capital, of
  // the centre, of the hospital, of the clinic, of the district, of the sum.)
  static constexpr std::string_view kBodies[] = {
      "\u0423\u043b\u0441\u044b\u043d", "\u041c\u044d\u043d\u0434\u0438\u0439\u043d",
      "\u0425\u043e\u0442\u044b\u043d", "\u0410\u0439\u043c\u0433\u0438\u0439\u043d",
      "\u041d\u0438\u0439\u0441\u043b\u044d\u043b\u0438\u0439\u043d", "\u0422\u04e9\u0432\u0438\u0439\u043d",
      "\u042d\u043c\u043d\u044d\u043b\u0433\u0438\u0439\u043d", "\u041a\u043b\u0438\u043d\u0438\u043a\u0438\u0439\u043d",
      "\u0414\u04af\u04af\u0440\u0433\u0438\u0439\u043d", "\u0421\u0443\u043c\u044b\u043d"};
  return words == 2 && cyrillicEnding(ws[0], {"\u044b\u043d", "\u0438\u0439\u043d"}) && !listHas(kBodies, ws[0]) &&
         ws[1].size() >= 6 && !(end + 1 < text.size() && text[end] == ' ' && cyrillicCapitalAt(text, end + 1));
}

// Cues of conversations in Cyrillic letters, session of 2026-11-28: a mail's headers (From, To,
// Copy: Russian, Ukrainian, Belarusian, Serbian and Macedonian), which need two words (a
// department is one: "Кому: Регистратура"), and the greetings, thanks, forms of address and
// sign-offs of chats and letters ("Добрый день, Ольга!", "Спасибо, Ольга!", "Уважаемая Ольга
// Ивановна", "С уважением,\nОльга Смирнова"), after which one word must close the clause.
constexpr std::string_view kMailHeaderCues[] = {
    "\u041e\u0442: ", "\u041a\u043e\u043c\u0443: ", "\u041a\u043e\u043f\u0438\u044f: ", "\u0412\u0456\u0434: ",
    "\u0410\u0434: ", "\u041e\u0434: ", "\u041e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c: ",
    "\u041f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044c: ",
    "\u0412\u0456\u0434\u043f\u0440\u0430\u0432\u043d\u0438\u043a: "};
constexpr std::string_view kGreetingCues[] = {
    "\u0414\u043e\u0431\u0440\u044b\u0439 \u0434\u0435\u043d\u044c, ",
    "\u0414\u043e\u0431\u0440\u044b\u0439 \u0434\u0435\u043d\u044c ",
    "\u0414\u043e\u0431\u0440\u044b\u0439 \u0432\u0435\u0447\u0435\u0440, ",
    "\u0414\u043e\u0431\u0440\u043e\u0435 \u0443\u0442\u0440\u043e, ",
    "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, ",
    "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439, ", "\u041f\u0440\u0438\u0432\u0435\u0442, ",
    "\u0421\u043f\u0430\u0441\u0438\u0431\u043e, ", "\u0411\u043b\u0430\u0433\u043e\u0434\u0430\u0440\u044e, ",
    "\u0414\u043e\u0431\u0440\u0438\u0439 \u0434\u0435\u043d\u044c, ", "\u0412\u0456\u0442\u0430\u044e, ",
    "\u0414\u044f\u043a\u0443\u044e, ", "\u0414\u043e\u0431\u0440\u044b \u0434\u0437\u0435\u043d\u044c, ",
    "\u0414\u0437\u044f\u043a\u0443\u0439, ", "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u0430\u044f ",
    "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 ", "\u0428\u0430\u043d\u043e\u0432\u043d\u0430 ",
    "\u0428\u0430\u043d\u043e\u0432\u043d\u0438\u0439 ", "\u0428\u0430\u043d\u043e\u045e\u043d\u0430\u044f ",
    "\u0428\u0430\u043d\u043e\u045e\u043d\u044b ", "\u0414\u043e\u0440\u043e\u0433\u0430\u044f ",
    "\u0414\u043e\u0440\u043e\u0433\u043e\u0439 ", "\u0417\u0434\u0440\u0430\u0432\u043e, ",
    "\u0414\u043e\u0431\u0430\u0440 \u0434\u0430\u043d, ",
    "\u0417\u0434\u0440\u0430\u0432\u0435\u0439\u0442\u0435, ",
    "\u0411\u043b\u0430\u0433\u043e\u0434\u0430\u0440\u044f, ",
    "\u0421\u04d9\u043b\u0435\u043c\u0435\u0442\u0441\u0456\u0437 \u0431\u0435, ",
    "\u0410\u0441\u0441\u0430\u043b\u043e\u043c\u0443 \u0430\u043b\u0430\u0439\u043a\u0443\u043c, ",
    "\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,\n",
    "\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c, ",
    "\u0417 \u043f\u043e\u0432\u0430\u0433\u043e\u044e,\n", "\u0417 \u043f\u0430\u0432\u0430\u0433\u0430\u0439,\n",
    "\u041f\u043e\u0437\u0434\u0440\u0430\u0432,\n", "\u041f\u043e\u0437\u0434\u0440\u0430\u0432\u0438,\n",
    "\u0412\u0441\u0435\u0433\u043e \u0434\u043e\u0431\u0440\u043e\u0433\u043e,\n",
    // (Chats write the greeting in lower case before the capitalised name: "здравствуйте, Иван".)
    "\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, ",
    "\u0434\u043e\u0431\u0440\u044b\u0439 \u0434\u0435\u043d\u044c, ", "\u043f\u0440\u0438\u0432\u0435\u0442, ",
    "\u0441\u043f\u0430\u0441\u0438\u0431\u043e, ",
    "\u0434\u043e\u0431\u0440\u0438\u0439 \u0434\u0435\u043d\u044c, ", "\u0434\u044f\u043a\u0443\u044e, ",
    "\u0432\u0456\u0442\u0430\u044e, "};
// Whom a greeting addresses that is no name: colleagues, the doctor, everyone, a department.
constexpr std::string_view kGreetedNoNames[] = {
    "\u041a\u043e\u043b\u043b\u0435\u0433\u0438", "\u041a\u043e\u043b\u043b\u0435\u0433\u0430",
    "\u0414\u043e\u043a\u0442\u043e\u0440", "\u0414\u043e\u043a\u0442\u043e\u0440\u0430",
    "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0435",
    "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u0430\u044f",
    "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439", "\u0414\u043e\u0440\u043e\u0433\u0438\u0435",
    "\u0414\u0440\u0443\u0437\u044c\u044f", "\u0412\u0441\u0435", "\u0412\u0441\u0435\u043c",
    "\u0420\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0442\u0443\u0440\u0430",
    "\u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044f", "\u041c\u0430\u043c\u0430",
    "\u041f\u0430\u043f\u0430", "\u0414\u043e\u0431\u0440\u043e\u0433\u043e",
    "\u0421\u043f\u0430\u0441\u0438\u0431\u043e", "\u0428\u0430\u043d\u043e\u0432\u043d\u0456",
    "\u041a\u043e\u043b\u0435\u0433\u0438", "\u041b\u0456\u043a\u0430\u0440\u044e",
    "\u0414\u043e\u043a\u0442\u043e\u0440\u0435",
    // (A chat's staff and services speaking: "[14:22] Администратор: ...".)
    "\u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440",
    "\u041e\u043f\u0435\u0440\u0430\u0442\u043e\u0440", "\u0412\u0440\u0430\u0447",
    "\u041c\u0435\u0434\u0441\u0435\u0441\u0442\u0440\u0430", "\u041a\u043b\u0438\u043d\u0438\u043a\u0430",
    "\u041f\u043e\u043b\u0438\u043a\u043b\u0438\u043d\u0438\u043a\u0430", "\u0410\u043f\u0442\u0435\u043a\u0430",
    "\u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f",
    "\u041f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0430", "\u041c\u0435\u043d\u0435\u0434\u0436\u0435\u0440",
    "\u0411\u043e\u0442", "\u0421\u0438\u0441\u0442\u0435\u043c\u0430", "\u041b\u0456\u043a\u0430\u0440",
    "\u0420\u0435\u0454\u0441\u0442\u0440\u0430\u0442\u0443\u0440\u0430",
    "\u0410\u0434\u043c\u0456\u043d\u0456\u0441\u0442\u0440\u0430\u0442\u043e\u0440",
    "\u0420\u0435\u0441\u0435\u043f\u0448\u043d"};

// Whether ": " before byte b closes a Russian specialist's title, the word for doctor, a hyphen and
// the specialty in small letters ("Врач-сомнолог: ", "врач-эндокринолог: ").
bool russianSpecialistLabelBefore(std::string_view text, std::size_t b) {
  if (b < 3 || text[b - 1] != ' ' || text[b - 2] != ':') return false;
  std::size_t w = b - 2;
  while (w >= 2 && twoByteCodePointAt(text, w - 2) >= 0x430 && twoByteCodePointAt(text, w - 2) <= 0x44F) w -= 2;
  if (w + 8 > b - 2 || w < 1 || text[w - 1] != '-') return false;
  const std::size_t hyphen = w - 1;
  for (std::string_view doctor : {std::string_view("\u0412\u0440\u0430\u0447"), std::string_view("\u0432\u0440\u0430\u0447")}) {
    if (hyphen >= doctor.size() && text.substr(hyphen - doctor.size(), doctor.size()) == doctor &&
        (hyphen - doctor.size() < 2 || !cyrillicLetterAt(text, hyphen - doctor.size() - 2))) {
      return true;
    }
  }
  return false;
}

// A name in Cyrillic letters after a cue of Serbian, Russian or Bulgarian records: the patient's or
// the doctor's label and the doctor's title ("Пацијент: Снежана Илић", "Лекар: др Ненад Марковић",
// "Име и презиме: X"). One to three words, each opening with a capital, joined by one space or a
// hyphen; the word rules read Latin letters only.
void scanCyrillicNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  static constexpr std::string_view kCues[] = {
      "\u041f\u0430\u0446\u0438\u0458\u0435\u043d\u0442: ", "\u041f\u0410\u0426\u0418\u0408\u0415\u041d\u0422: ",
      "\u041f\u0430\u0446\u0438\u0435\u043d\u0442: ", "\u041f\u0410\u0426\u0418\u0415\u041d\u0422: ",
      "\u043f\u0440\u0435\u0437\u0438\u043c\u0435: ", "\u041f\u0420\u0415\u0417\u0418\u041c\u0415: ",
      "\u041b\u0435\u043a\u0430\u0440: ", "\u041b\u0415\u041a\u0410\u0420: ", "\u0412\u0440\u0430\u0447: ",
      "\u0434\u0440 ", "\u0414\u0440 ", "\u0414\u0420 ", "\u0434\u0440. ", "\u0414\u0440. ",
      // Titles and labels of Russian, Kazakh, Uzbek, Kyrgyz, Tajik and Belarusian records: Mr and Mrs
      // ("г-н", "г-жа", "Господин"), Dr, Prof and Assoc. Prof ("д-р", "проф.", "доц."), the full-name
      // box ("ФИО:"), the patient, the nurse and the doctor ("Пациентка:", "Больной:", "Медсестра:",
      // Belarusian "Пацыент:"/"Урач:", Kazakh "Науқас:"/"Дәрігер:"/"Аты-жөні:", Uzbek and Tajik
      // "Бемор:"/"Шифокор:", Kyrgyz "Бейтап:"/"Дарыгер:").
      "\u0433-\u043d ", "\u0413-\u043d ", "\u0413-\u041d ", "\u0433-\u0436\u0430 ", "\u0413-\u0436\u0430 ",
      "\u0413-\u0416\u0410 ", "\u0413\u043e\u0441\u043f\u043e\u0434\u0438\u043d ", "\u0433\u043e\u0441\u043f\u043e\u0434\u0438\u043d ", "\u0413\u043e\u0441\u043f\u043e\u0436\u0430 ", "\u0433\u043e\u0441\u043f\u043e\u0436\u0430 ",
      "\u0434-\u0440 ", "\u0414-\u0440 ", "\u043f\u0440\u043e\u0444. ", "\u041f\u0440\u043e\u0444. ", "\u0434\u043e\u0446. ",
      "\u0414\u043e\u0446. ", "\u0424\u0418\u041e: ", "\u0424.\u0418.\u041e.: ", "\u0424. \u0418. \u041e.: ", "\u041f\u0430\u0446\u0438\u0435\u043d\u0442\u043a\u0430: ",
      "\u041f\u0410\u0426\u0418\u0415\u041d\u0422\u041a\u0410: ", "\u0411\u043e\u043b\u044c\u043d\u043e\u0439: ", "\u0411\u043e\u043b\u044c\u043d\u0430\u044f: ", "\u041c\u0435\u0434\u0441\u0435\u0441\u0442\u0440\u0430: ", "\u041c\u0435\u0434. \u0441\u0435\u0441\u0442\u0440\u0430: ",
      "\u041b\u0435\u0447\u0430\u0449\u0438\u0439 \u0432\u0440\u0430\u0447: ", "\u041f\u0430\u0446\u044b\u0435\u043d\u0442: ", "\u0423\u0440\u0430\u0447: ", "\u041d\u0430\u0443\u049b\u0430\u0441: ", "\u041d\u0410\u0423\u049a\u0410\u0421: ",
      "\u0410\u0442\u044b-\u0436\u04e9\u043d\u0456: ", "\u0414\u04d9\u0440\u0456\u0433\u0435\u0440: ", "\u0411\u0435\u043c\u043e\u0440: ", "\u0411\u0415\u041c\u041e\u0420: ", "\u0428\u0438\u0444\u043e\u043a\u043e\u0440: ",
      "\u0411\u0435\u0439\u0442\u0430\u043f: ", "\u0414\u0430\u0440\u044b\u0433\u0435\u0440: ",
      // The patient's full-name box of Kazakh and Russian forms ("Ф.И.О. пациента:", also as a scan
      // reads it, "Ф.И.0."), the donor's label of a blood centre ("Донор:") and the Uzbek full-name
      // box in Latin letters before a Cyrillic name ("F.I.Sh.:", "F.I.O.:"), seed 3030.
      "\u0424.\u0418.\u041e. \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0430: ",
      "\u0424.\u0418.0. \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0430: ",
      "\u0424\u0418\u041e \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0430: ", "\u0414\u043e\u043d\u043e\u0440: ",
      "\u0414\u041e\u041d\u041e\u0420: ", "F.I.Sh.: ", "F.I.SH.: ", "F.I.O.: ", "\u0424.\u0418.\u0428.: ",
      // The third list of countries: Macedonian Mr, Mrs and Miss ("г-дин", "г-ѓа", "г-ца"); Mongolian
      // doctor ("эмч", "Эмч:", the treating doctor "Эмчлэгч эмч:"), patient ("Өвчтөн:"), surname and
      // name ("Овог нэр:", "Овог, нэр:"), name ("Нэр:"), nurse ("Сувилагч:").
      "\u0433-\u0434\u0438\u043d ", "\u0413-\u0434\u0438\u043d ", "\u0413-\u0414\u0418\u041d ",
      "\u0433-\u0453\u0430 ", "\u0413-\u0453\u0430 ", "\u0433-\u0446\u0430 ", "\u0413-\u0446\u0430 ",
      "\u044d\u043c\u0447 ", "\u042d\u043c\u0447 ", "\u042d\u043c\u0447: ", "\u042d\u041c\u0427: ",
      "\u042d\u043c\u0447\u043b\u044d\u0433\u0447 \u044d\u043c\u0447: ", "\u04e8\u0432\u0447\u0442\u04e9\u043d: ",
      "\u04e8\u0412\u0427\u0422\u04e8\u041d: ", "\u041e\u0432\u043e\u0433 \u043d\u044d\u0440: ",
      "\u041e\u0432\u043e\u0433, \u043d\u044d\u0440: ", "\u041d\u044d\u0440: ", "\u041d\u042d\u0420: ",
      "\u0421\u0443\u0432\u0438\u043b\u0430\u0433\u0447: ",
      // Macedonian school, contact-tracing and newborn-visit forms: the pupil, the parent, the contact,
      // the mother, the father, the baby, the child and the visiting nurse ("Патронажна сестра:"), seed 3131.
      "\u0423\u0447\u0435\u043d\u0438\u043a/\u0443\u0447\u0435\u043d\u0438\u0447\u043a\u0430: ",
      "\u0423\u0447\u0435\u043d\u0438\u0447\u043a\u0430: ", "\u0423\u0447\u0435\u043d\u0438\u043a: ",
      "\u0420\u043e\u0434\u0438\u0442\u0435\u043b: ", "\u0420\u041e\u0414\u0418\u0422\u0415\u041b: ",
      "\u041a\u043e\u043d\u0442\u0430\u043a\u0442: ", "\u041a\u041e\u041d\u0422\u0410\u041a\u0422: ",
      "\u041c\u0430\u0458\u043a\u0430: ", "\u041c\u0410\u0408\u041a\u0410: ",
      "\u0422\u0430\u0442\u043a\u043e: ", "\u0422\u0410\u0422\u041a\u041e: ", "\u0411\u0435\u0431\u0435: ",
      "\u0411\u0415\u0411\u0415: ", "\u0414\u0435\u0442\u0435: ", "\u0414\u0415\u0422\u0415: ",
      "\u041f\u0430\u0442\u0440\u043e\u043d\u0430\u0436\u043d\u0430 \u0441\u0435\u0441\u0442\u0440\u0430: ",
      "\u041f\u0410\u0422\u0420\u041e\u041d\u0410\u0416\u041d\u0410 \u0421\u0415\u0421\u0422\u0420\u0410: ",
      // Hospital offices' bills, complaints and security logs of Belarus in Russian and Belarusian,
      // seed 3232: the cashier ("Кассир:", "Касір:"), the guard ("Охранник:", "Ахоўнік:"), a car's
      // owner ("Владелец:", "Уладальнік:"), the payer ("Плательщик:", "Плацельшчык:"), a visitor's
      // "to the patient" ("К пациенту:"), the patient a complaint's heading names without a colon
      // ("СКАРГА Пацыент Жук Сяргей Іванавіч") and a letter's sender after "to the (chief) doctor
      // from" ("Галоўнаму ўрачу ад X", "Главному врачу от X").
      "\u041a\u0430\u0441\u0441\u0438\u0440: ", "\u041a\u0410\u0421\u0421\u0418\u0420: ",
      "\u041a\u0430\u0441\u0456\u0440: ", "\u041e\u0445\u0440\u0430\u043d\u043d\u0438\u043a: ",
      "\u041e\u0425\u0420\u0410\u041d\u041d\u0418\u041a: ", "\u0410\u0445\u043e\u045e\u043d\u0456\u043a: ",
      "\u0412\u043b\u0430\u0434\u0435\u043b\u0435\u0446: ",
      "\u0412\u041b\u0410\u0414\u0415\u041b\u0415\u0426: ",
      "\u0423\u043b\u0430\u0434\u0430\u043b\u044c\u043d\u0456\u043a: ",
      "\u041a \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0443: ",
      "\u041f\u043b\u0430\u0442\u0435\u043b\u044c\u0449\u0438\u043a: ",
      "\u041f\u043b\u0430\u0446\u0435\u043b\u044c\u0448\u0447\u044b\u043a: ",
      "\u041f\u0430\u0446\u044b\u0435\u043d\u0442 ", "\u041f\u0410\u0426\u042b\u0415\u041d\u0422 ",
      "\u045e\u0440\u0430\u0447\u0443 \u0430\u0434 ", "\u0432\u0440\u0430\u0447\u0443 \u043e\u0442 ",
      "\u045e\u0440\u0430\u0447\u0443\n\u0430\u0434 ", "\u0432\u0440\u0430\u0447\u0443\n\u043e\u0442 ",
      // Ukrainian forms and letters, seed 3636: the patient ("Пацієнт:", "Пацієнтка:"), the full-name
      // box, also the deceased's ("ПІБ:", "ПІБ померлого:"), the applicant ("Заявник:"), the
      // relatives ("Родичі:"), the doctor ("Лікар:") and a family history's mother and father ("мати
      // Надія Ткаченко померла", "батько").
      "\u041f\u0430\u0446\u0456\u0454\u043d\u0442: ", "\u041f\u0410\u0426\u0406\u0404\u041d\u0422: ",
      "\u041f\u0430\u0446\u0456\u0454\u043d\u0442\u043a\u0430: ", "\u041f\u0406\u0411: ",
      "\u041f\u0406\u0411 \u043f\u043e\u043c\u0435\u0440\u043b\u043e\u0433\u043e: ",
      "\u041f\u0406\u0411 \u043f\u0430\u0446\u0456\u0454\u043d\u0442\u0430: ",
      "\u041f\u0406\u0411 \u041f\u041e\u041c\u0415\u0420\u041b\u041e\u0413\u041e: ",
      "\u0417\u0430\u044f\u0432\u043d\u0438\u043a: ", "\u0417\u0410\u042f\u0412\u041d\u0418\u041a: ",
      "\u0417\u0430\u044f\u0432\u043d\u0438\u0446\u044f: ", "\u0420\u043e\u0434\u0438\u0447\u0456: ",
      "\u0420\u041e\u0414\u0418\u0427\u0406: ", "\u041b\u0456\u043a\u0430\u0440: ", "\u043c\u0430\u0442\u0438 ",
      "\u0431\u0430\u0442\u044c\u043a\u043e ", "\u041c\u0430\u0442\u0438: ",
      "\u0411\u0430\u0442\u044c\u043a\u043e: ",
      // A chat message's patient in brackets ("Пациент (Лебедев Андрей) измерил давление", seed 3737).
      "\u041f\u0430\u0446\u0438\u0435\u043d\u0442 (", "\u041f\u0430\u0446\u0438\u0435\u043d\u0442\u043a\u0430 (",
      // A release-of-information request's applicant and its patient ("Заявитель: Смирнов Николай
      // (сын)", "О пациенте: Кузнецова Татьяна, 18.11.1957") and the doctor's title in small letters
      // before the name, as a migrated chart repeats it after its label ("Лечащий врач: врач Попов
      // Владимир"), seed 3838.
      "\u0417\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u044c: ",
      "\u0417\u0410\u042f\u0412\u0418\u0422\u0415\u041b\u042c: ",
      "\u0417\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u044c\u043d\u0438\u0446\u0430: ",
      "\u041e \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0435: ",
      "\u041e \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u043a\u0435: ", "\u0432\u0440\u0430\u0447 "};
  for (std::size_t pos = 0; pos + 1 < text.size(); ++pos) {
    if (!cyrillicCapitalAt(text, pos)) continue;
    bool cued = false;
    for (std::string_view cue : kCues) {
      if (pos >= cue.size() && text.substr(pos - cue.size(), cue.size()) == cue) {
        // (The title must start its word: "мдр " is no "др ".)
        const std::size_t at = pos - cue.size();
        // (A space or a line break before the cue starts its word too: "СКАРГА\nПацыент X".)
        cued = at == 0 || !cyrillicLetterAt(text, at >= 2 ? at - 2 : at) || !isNonAscii(text[at - 1]) ||
               cue.find(':') != std::string_view::npos;
      }
    }
    // A doctor's specialty joined to the word for doctor by a hyphen, then a colon ("Врач-сомнолог:
    // Соколова Людмила", "Врач-кардиолог: X", seed 3737).
    if (!cued && russianSpecialistLabelBefore(text, pos)) cued = true;
    // A conversation's cue: 1 a mail's header at a line's start, 2 a greeting or a sign-off, 3 a
    // chat export's stamp before a speaker's colon.
    int conversation = 0;
    // (Every cue ends in a space or a line break, a header's in ": ", most greetings' in a comma
    // and a space or line break: the bytes before `pos` pick the one list to look in.)
    if (!cued && pos >= 3 && (text[pos - 1] == ' ' || text[pos - 1] == '\n')) {
      const char before = text[pos - 2];
      const auto cuedBy = [&](std::string_view cue) {
        return pos >= cue.size() && text.substr(pos - cue.size(), cue.size()) == cue;
      };
      // (A chat export's speaker after its stamp: "12.03.25, 14:22 - Иван Петров: ...", "[14:22] Иван:".)
      if ((before == '-' && text[pos - 3] == ' ' && pos >= 4 && isDigit(text[pos - 4])) ||
          (before == ']' && isDigit(text[pos - 3]))) {
        conversation = 3;
      } else if (before == ':') {
        for (std::string_view cue : kMailHeaderCues) {
          if (cuedBy(cue) && (pos == cue.size() || text[pos - cue.size() - 1] == '\n')) conversation = 1;
        }
      } else {
        for (std::string_view cue : kGreetingCues) {
          if (conversation != 0 || (before == ',') != (cue[cue.size() - 2] == ',') || !cuedBy(cue)) continue;
          // (The greeting starts its word: no Cyrillic letter right before it.)
          const std::size_t at = pos - cue.size();
          if (at == 0 || !isNonAscii(text[at - 1]) || !cyrillicLetterAt(text, at >= 2 ? at - 2 : 0)) conversation = 2;
        }
      }
    }
    // Without a cue, only a run that starts its word and holds a Russian patronymic as its second or
    // third word ("ОСПАНОВА ДИНАРА БОЛАТОВНА", "Иван Петрович Сидоров"): that name's shape alone.
    if (!cued && pos > 0 && (cyrillicLetterAt(text, pos >= 2 ? pos - 2 : 0) || isAsciiAlpha(text[pos - 1]))) continue;
    std::size_t end = pos;
    int words = 0;
    bool patronymic = false;
    // "Б. Батбаяр", "Д. Оюунчимэг": Mongolian names open with the initial of the father's name, a
    // full stop and one space (Russian and Macedonian ones with a given name's: "И. Петров").
    // (Mongolian records also write it with no space: "Б.Батбаяр".)
    const bool spaced = pos + 5 < text.size() && text[pos + 2] == '.' && text[pos + 3] == ' ' && cyrillicCapitalAt(text, pos + 4);
    const bool joined = !spaced && pos + 4 < text.size() && text[pos + 2] == '.' && cyrillicCapitalAt(text, pos + 3);
    const bool initial = spaced || joined;
    if (initial) end = pos + (spaced ? 4 : 3);
    const std::size_t firstWord = end;
    while (words < 3 && end < text.size() && cyrillicCapitalAt(text, end)) {
      std::size_t w = end;
      while (cyrillicLetterAt(text, w) || (w < text.size() && text[w] == '-' && cyrillicCapitalAt(text, w + 1))) {
        w += text[w] == '-' ? 1 : 2;
      }
      if (w - end < 4) break;  // one letter and a dot is an initial, left to the word rules
      if (words >= 1 && w - end >= 12) patronymic = patronymic || russianPatronymic(text.substr(end, w - end));
      end = w;
      ++words;
      if (end + 1 < text.size() && text[end] == ' ' && cyrillicCapitalAt(text, end + 1) && words < 3) {
        const std::size_t save = end;
        ++end;
        std::size_t probe = end;
        while (cyrillicLetterAt(text, probe)) probe += 2;
        if (probe - end < 4) {
          end = save;
          break;
        }
        continue;
      }
      break;
    }
    // "Ғуломов Шерзод Шавкат ўғли", "Каримова Гулнора Шавкат қизи": the Uzbek words for son and
    // daughter of, in lower case after the father's name, end the name (Kazakh "ұлы", "қызы" too).
    if (words == 3) {
      for (std::string_view tail : {std::string_view(" \u045e\u0493\u043b\u0438"), std::string_view(" \u049b\u0438\u0437\u0438"),
                                    std::string_view(" \u0443\u0433\u043b\u0438"), std::string_view(" \u043a\u0438\u0437\u0438"),
                                    std::string_view(" \u04b1\u043b\u044b"), std::string_view(" \u049b\u044b\u0437\u044b")}) {
        if (text.substr(end, tail.size()) == tail && !cyrillicLetterAt(text, end + tail.size())) {
          end += tail.size();
          break;
        }
      }
    }
    if (initial && words == 0) continue;
    // "Батбаяр эмч", "Б.Батбаяр эмч үзсэн": Mongolian puts the doctor's title after the name; one
    // word that is no genitive, since specialists are named by one ("Дотрын эмч", "Хүүхдийн эмч").
    const std::string_view kDoctorAfter = " \u044d\u043c\u0447";
    const bool doctorAfter = words == 1 && text.substr(end, kDoctorAfter.size()) == kDoctorAfter &&
                             !cyrillicLetterAt(text, end + kDoctorAfter.size()) &&
                             !cyrillicEnding(text.substr(firstWord, end - firstWord),
                                             {"\u044b\u043d", "\u0438\u0439\u043d", "\u043d\u0438\u0439", "\u044b\u043d\u0445"}) &&
                             // (chief, senior, on duty, specialised, treating: "Ахлах эмч".)
                             !listHas({"\u0415\u0440\u04e9\u043d\u0445\u0438\u0439", "\u0410\u0445\u043b\u0430\u0445",
                                       "\u0416\u0438\u0436\u04af\u04af\u0440", "\u0422\u04e9\u0440\u04e9\u043b\u0436\u0441\u04e9\u043d",
                                       "\u042d\u043c\u0447\u043b\u044d\u0433\u0447"},
                                      text.substr(firstWord, end - firstWord));
    if (conversation != 0 && !initial && words > 0) {
      // (One word after a greeting closes its clause: "Спасибо, Ольга!", not "Спасибо, Всё понятно".)
      const bool closed = end >= text.size() || text[end] == '!' || text[end] == ',' || text[end] == '.' ||
                          text[end] == '?' || text[end] == '\n' || text[end] == '\r';
      cued = conversation == 3 ? end < text.size() && text[end] == ':'
                               : (conversation == 1 ? words >= 2 : words >= 2 || closed);
    }
    // "Кузнецова Галина, [03/07/2025, 13:21]: ...": a chat export (Telegram's copied messages) opens
    // each line with the speaker, a comma and the bracketed stamp; two words at a line's start (seed 3737).
    if (!cued && words >= 2 && !initial && (pos == 0 || text[pos - 1] == '\n') && text.substr(end, 3) == ", [" &&
        end + 3 < text.size() && isDigit(text[end + 3])) {
      cued = true;
    }
    // "за Вук Ђукановић, ЈМБГ 2306973282300": two capitalised words right before a personal
    // number's label name its holder (Serbian and Montenegrin ЈМБГ, Macedonian ЕМБГ, Bulgarian ЕГН,
    // Russian СНИЛС and ИНН, Kazakh ИИН, and ЈМБГ written in Latin letters).
    if (!cued && words >= 2 && !initial && end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ') {
      for (std::string_view label : {std::string_view("\u0408\u041c\u0411\u0413"), std::string_view("\u0415\u041c\u0411\u0413"),
                                     std::string_view("\u0415\u0413\u041d"), std::string_view("\u0421\u041d\u0418\u041b\u0421"),
                                     std::string_view("\u0418\u041d\u041d"), std::string_view("\u0418\u0418\u041d"),
                                     std::string_view("JMBG")}) {
        cued = cued || (text.substr(end + 2, label.size()) == label && !cyrillicLetterAt(text, end + 2 + label.size()) &&
                        !(end + 2 + label.size() < text.size() && isAsciiAlpha(text[end + 2 + label.size()])));
      }
    }
    if (!cued && !patronymic && !doctorAfter && !thirdListCyrillicShape(text, firstWord, end, words, initial)) continue;
    // (A form of address or a greeting's addressee is no name's first word: "Уважаемая Ольга
    // Ивановна" is read from "Ольга", cued by "Уважаемая ".)
    if (words > 0 && !initial) {
      std::size_t space = firstWord;
      while (space < end && text[space] != ' ') ++space;
      if (listHas(kGreetedNoNames, text.substr(firstWord, space - firstWord))) continue;
    }
    if (words > 0) out.push_back({pos, end, PhiCategory::Name, priority::kName});
    pos = end;
  }
}

}  // namespace

void scanScriptNames(const ScanInput& in, Candidates& out) {
  scanMrzLines(in, out);
  // These find only letters of other scripts (Han, kana, Hangul, the Indic scripts, Cyrillic,
  // Arabic, Armenian, Georgian, Ge'ez, Thaana), which are never ASCII; most notes are ASCII
  // throughout, so one pass over the note spares them their own passes, byte by byte, over it.
  if (std::any_of(in.text.begin(), in.text.end(), isNonAscii)) {
    scanLabelledChineseNames(in, out);
    scanChineseChatNames(in.text, out);
    scanEastAsianAndIndicNames(in, out);
    scanCyrillicNames(in, out);
    scanArabicNames(in, out);
    scanCaucasianNames(in, out);
    scanMongolianChatNames(in, out);
    scanLaoNames(in, out);
    scanThaiHebrewGreekCuedNames(in, out);
    scanLowerCyrillicNames(in, out);
  }
  scanX12Names(in, out);
  scanInitialsCells(in, out);
  scanListingRowNames(in, out);
  widenChineseOrderNames(in, out);
  widenHyphenatedGivenNames(in, out);
  widenClickNames(in, out);
  widenGlottalNames(in, out);
  const std::string_view text = in.text;
  const std::size_t found = out.size();
  for (std::size_t n = 0; n < found; ++n) {
    const Candidate c = out[n];
    if (c.category != PhiCategory::Name || c.veto) continue;
    // "MULCAHY/DWAYNE MR": an airline's passenger name, family name, slash, given names and the
    // form of address; the given names after the slash when the family name was found.
    if (c.end + 1 < text.size() && text[c.end] == '/' && isUpper(text[c.end + 1])) {
      std::size_t e = c.end + 1;
      while (e < text.size() && (isUpper(text[e]) || (text[e] == ' ' && e + 1 < text.size() && isUpper(text[e + 1])) ||
                                 (text[e] == '-' && e + 1 < text.size() && isUpper(text[e + 1])))) {
        ++e;
      }
      // The last word must be the form of address.
      const std::size_t lastSpace = text.rfind(' ', e);
      if (lastSpace != std::string_view::npos && lastSpace > c.end + 2 && (e == text.size() || !isAsciiAlpha(text[e]))) {
        const std::string_view form = text.substr(lastSpace + 1, e - lastSpace - 1);
        if (listHas({"MR", "MRS", "MS", "MISS", "MSTR", "DR"}, form)) {
          out.push_back({c.end + 1, lastSpace, PhiCategory::Name, priority::kName});
        }
      }
    }
    // "Li Xiaohong (李晓红)": the characters in brackets right after the romanised name; so too the
    // letters of another script ("Keo Bopha (កែវ បុប្ផា)", seed 3030).
    if (c.end + 2 < text.size() && text.substr(c.end, 2) == " (") {
      const std::size_t close = text.find(')', c.end + 2);
      if (close != std::string_view::npos &&
          (chineseNameBytes(text, c.end + 2, close) ||
           // (A name in another script is itself no romanised name: after "Тарас Шевченко (брат)"
           // the brackets hold the relation, seed 3636.)
           // (Or a romanised name found with its honorific in Urdu: "بیگم Fatima Siddiqui (فاطمہ
           // صدیقی)", seed 3737.)
           ((isAsciiAlpha(text[c.start]) || isAsciiAlpha(text[c.end - 1])) && scriptNameBytes(text, c.end + 2, close)))) {
        out.push_back({c.end + 2, close, PhiCategory::Name, priority::kName});
      }
    }
    // "Davit Tsiklauri / დავით წიკლაური Personal No.:": the same name in its own script after a
    // slash, up to the first ASCII letter or mark (seed 3737).
    if (isAsciiAlpha(text[c.end - 1]) && text.substr(c.end, 3) == " / ") {
      const std::size_t from = c.end + 3;
      std::size_t to = from;
      while (to < text.size() && (static_cast<unsigned char>(text[to]) >= 0x80 ||
                                  (text[to] == ' ' && to + 1 < text.size() && static_cast<unsigned char>(text[to + 1]) >= 0x80))) {
        ++to;
      }
      const bool ends = to == text.size() || text[to] == ' ' || text[to] == '\n' || text[to] == '\r' || text[to] == ',' ||
                        text[to] == ';' || text[to] == ')';
      if (to > from && ends && scriptNameBytes(text, from, to)) out.push_back({from, to, PhiCategory::Name, priority::kName});
    }
    // "李晓红 (Li Xiaohong)": the characters before the bracket that holds it.
    if (c.start >= 2 && text.substr(c.start - 2, 2) == " (" && c.end < text.size() && text[c.end] == ')') {
      std::size_t from = c.start - 2;
      while (from >= 3 && static_cast<unsigned char>(text[from - 3]) >= 0xE4 &&
             static_cast<unsigned char>(text[from - 3]) <= 0xE9) {
        from -= 3;
      }
      if (chineseNameBytes(text, from, c.start - 2)) out.push_back({from, c.start - 2, PhiCategory::Name, priority::kName});
    }
  }
}

}  // namespace concord::phi::detail
