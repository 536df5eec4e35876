// Names in Japanese, Korean and the Indic scripts, which the word rules cannot see (their letters
// have no case and their words no spaces the rules expect), found by the labels and honorifics a
// record or a message writes around them (seed 3535: case reports, teaching files and conference
// lists of Japan, Korea, India and Bangladesh):
//  - after a label that asks for a person and its colon or bracket: Japanese "患者氏名: 渡辺 武",
//    "読影医: 井上 幸子", "家族連絡先（佐藤 恵美子）"; Korean "전공의: 이민서"; Hindi and Bengali
//    "नाम: सुनीता शर्मा", "অভিভাবক: মিজানুর তালুকদার";
//  - before a Japanese honorific ("渡辺先生", "渡辺 武 様") or a Korean word of address or role
//    ("최은지 환자", "이민서 님"), and before a Korean list's age in brackets ("9. 최수진 (45)");
//  - after the Hindi and the Bengali titles of a doctor ("डॉ. सुनीता शर्मा", "ডা. মিজানুর তালুকদার").
// Chinese labels are read by scan_name_mrz.cpp.
#include <algorithm>
#include <array>
#include <span>
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

namespace {

bool hanOrKana(unsigned cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3041 && cp <= 0x30FA) || cp == 0x30FC; }
bool han(unsigned cp) { return cp >= 0x4E00 && cp <= 0x9FFF; }
bool hangul(unsigned cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
// Letters and signs of Devanagari, Bengali and Tamil, not their digits or the danda.
bool indicLetter(unsigned cp) {
  if (cp >= 0xB80 && cp <= 0xBFF) return !(cp >= 0xBE6 && cp <= 0xBEF);
  return (cp >= 0x900 && cp <= 0x9FF) && cp != 0x964 && cp != 0x965 && !(cp >= 0x966 && cp <= 0x96F) &&
         !(cp >= 0x9E6 && cp <= 0x9EF);
}

// A run of code points of one kind from byte b; returns its end byte and counts them.
template <typename Kind>
std::size_t runEnd(std::string_view text, std::size_t b, Kind kind, std::size_t& count) {
  count = 0;
  std::size_t length = 0;
  while (b < text.size()) {
    const unsigned cp = codePointAt(text, b, length);
    if (length == 0 || !kind(cp)) break;
    b += length;
    ++count;
  }
  return b;
}

// One to three Devanagari or Bengali words from byte b, joined by single spaces: their end, or b.
std::size_t indicWordsEnd(std::string_view text, std::size_t b) {
  std::size_t end = b, words = 0, letters = 0;
  for (std::size_t next = runEnd(text, b, indicLetter, letters); letters > 0 && words < 3;
       next = runEnd(text, end + 1, indicLetter, letters)) {
    end = next;
    ++words;
    if (end >= text.size() || text[end] != ' ') break;
  }
  return end;
}

// A space of either width after byte b: its length, or 0.
std::size_t spaceAt(std::string_view text, std::size_t b) {
  if (b < text.size() && text[b] == ' ') return 1;
  return text.substr(b, 3) == "\u3000" ? 3 : 0;
}

bool endsWithAny(std::string_view text, std::size_t end, std::span<const std::string_view> words,
                 std::size_t& start) {
  for (std::string_view w : words) {
    if (end >= w.size() && text.substr(end - w.size(), w.size()) == w) {
      start = end - w.size();
      return true;
    }
  }
  return false;
}

// Japanese labels of a person's box: name, patient's name, the reading radiologist, the attending,
// the resident, the doctor in charge, the supervisor, the surgeon, the proxy who consents, the
// reporter, the writer, the signature, the family contact, the doctor's and the nurse's names, a
// reviewer's comment, a case report's authors and the reading of the name.
constexpr auto kJapaneseLabels = std::to_array<std::string_view>(
    {"\u6c0f\u540d", "\u60a3\u8005\u540d", "\u8aad\u5f71\u533b", "\u4e3b\u6cbb\u533b", "\u7814\u4fee\u533b",
     "\u62c5\u5f53\u533b", "\u6307\u5c0e\u533b", "\u57f7\u5200\u533b", "\u4ee3\u8afe\u8005", "\u5831\u544a\u8005",
     "\u8a18\u8f09\u8005", "\u7f72\u540d", "\u5bb6\u65cf\u9023\u7d61\u5148", "\u533b\u5e2b\u540d",
     "\u770b\u8b77\u5e2b", "\u30b3\u30e1\u30f3\u30c8", "\u8457\u8005",
     // The name's reading in kana, its own box (フリガナ, ふりがな: "フリガナ：サトウ ケイコ", seed 3737).
     "\u30d5\u30ea\u30ac\u30ca", "\u3075\u308a\u304c\u306a"});
// Korean labels: patient, resident, professor, guardian, attending, doctor in charge, name.
constexpr auto kKoreanLabels = std::to_array<std::string_view>(
    {"\ud658\uc790", "\uc804\uacf5\uc758", "\uad50\uc218", "\ubcf4\ud638\uc790", "\uc8fc\uce58\uc758",
     "\ub2f4\ub2f9\uc758", "\uc131\uba85", "\uc774\ub984"});
// Hindi and Bengali labels: name, patient (two words each), guardian; the Tamil name ("பெயர்:",
// seed 3737).
constexpr auto kIndicLabels = std::to_array<std::string_view>(
    {"\u0928\u093e\u092e", "\u0930\u094b\u0917\u0940", "\u092e\u0930\u0940\u091c", "\u0985\u09ad\u09bf\u09ad\u09be\u09ac\u0995",
     "\u09a8\u09be\u09ae", "\u09b0\u09cb\u0997\u09c0", "\u0baa\u0bc6\u0baf\u0bb0\u0bcd"});
// Japanese honorifics after a name (sensei, sama, san, kun, dono).
constexpr auto kJapaneseHonorifics =
    std::to_array<std::string_view>({"\u5148\u751f", "\u69d8", "\u3055\u3093", "\u541b", "\u6bbf"});
// Han words before an honorific that name no one: patient, everyone, family, each of you, the one in
// charge, user, those concerned, customer, teacher, staff, doctor.
constexpr auto kJapaneseNoNames = std::to_array<std::string_view>(
    {"\u60a3\u8005", "\u7686", "\u5bb6\u65cf", "\u5404\u4f4d", "\u62c5\u5f53", "\u5229\u7528\u8005",
     "\u95a2\u4fc2\u8005", "\u304a\u5ba2", "\u5148\u751f", "\u8077\u54e1", "\u533b\u5e2b", "\u7814\u4fee\u533b"});
// The usual Korean family names (one syllable), which open a name before a word of address.
constexpr std::string_view kKoreanFamilies =
    "\uae40\uc774\ubc15\ucd5c\uc815\uac15\uc870\uc724\uc7a5\uc784\ud55c\uc624\uc11c\uc2e0\uad8c\ud669\uc548\uc1a1"
    "\ub958\uc720\uc804\ud64d\uace0\ubb38\uc591\uc190\ubc30\ubc31\ud5c8\ub0a8\uc2ec\ub178\ud558\uacfd\uc131\ucc28"
    "\uc8fc\uc6b0\uad6c\ubbfc\uc9c4\ub098\uc9c0\uc5c4\ucc44\uc6d0\ucc9c\ubc29\uacf5\ud604\ud568\ubcc0\uc5fc\uc5ec"
    "\ucd94\ub3c4\uc18c\uc11d\uc120\uc124\ub9c8\uae38\uc5f0\uc704\ud45c\uba85\uae30\ubc18\uc655\uae08\uc625\uc721";

// Whether the code point before byte b is a boundary: the text's start, ASCII, a space or a mark of
// CJK punctuation or a full-width bracket (no letter of the name's own script).
bool boundaryBefore(std::string_view text, std::size_t b) {
  if (b == 0) return true;
  std::size_t s = b - 1;
  while (s > 0 && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
  std::size_t length = 0;
  const unsigned cp = codePointAt(text, s, length);
  if (length == 0) return true;  // ASCII
  return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF20);
}

// A Japanese name from byte b: two to six characters written together, or one to four, a space and
// one to four more (the family and the given name); a honorific glued to its end is left out.
// Returns its end, or b.
std::size_t japaneseNameEnd(std::string_view text, std::size_t b) {
  std::size_t count = 0;
  std::size_t end = runEnd(text, b, hanOrKana, count);
  if (count == 0 || count > 6) return b;
  if (const std::size_t space = spaceAt(text, end); space > 0) {
    std::size_t more = 0;
    const std::size_t given = runEnd(text, end + space, hanOrKana, more);
    if (more >= 1 && more <= 4 && count <= 4) end = given;
  }
  std::size_t honorific = 0;
  if (endsWithAny(text, end, kJapaneseHonorifics, honorific)) end = honorific;
  // (Two characters at least: "武" alone is a word as often as a name.)
  return end >= b + 6 ? end : b;
}

// Half-width katakana with its voicing marks (U+FF66–U+FF9F), as old mainframe and migrated
// Japanese charts write a name's reading ("ｶﾅ氏名: ﾜﾀﾅﾍﾞ ﾐﾁｺ", seed 3838).
bool halfWidthKana(unsigned cp) { return cp >= 0xFF66 && cp <= 0xFF9F; }

// A name in half-width katakana from byte b: a run of two to ten, then a space and one to ten more
// (the reading spells each sound, so it is longer than the name in Han characters). Its end, or b.
std::size_t halfWidthKanaNameEnd(std::string_view text, std::size_t b) {
  std::size_t count = 0;
  std::size_t end = runEnd(text, b, halfWidthKana, count);
  if (count < 2 || count > 10) return b;
  if (const std::size_t space = spaceAt(text, end); space > 0) {
    std::size_t more = 0;
    const std::size_t given = runEnd(text, end + space, halfWidthKana, more);
    if (more >= 1 && more <= 10) end = given;
  }
  return end;
}

void labelledNames(std::string_view text, Candidates& out) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    const std::size_t from = valueAfterLabelMark(text, at, true);
    if (from == std::string_view::npos || from >= text.size()) continue;
    std::size_t label = 0;
    if (endsWithAny(text, at, kJapaneseLabels, label)) {
      // (A list of names after the label, parted by Japanese commas: "著者: 井上 幸子，高橋 武".)
      if (const std::size_t end = halfWidthKanaNameEnd(text, from); end > from) {
        out.push_back({from, end, PhiCategory::Name, priority::kName});
        continue;
      }
      for (std::size_t b = from; b < text.size();) {
        const std::size_t end = japaneseNameEnd(text, b);
        if (end == b) break;
        out.push_back({b, end, PhiCategory::Name, priority::kName});
        if (text.substr(end, 3) != "\uff0c" && text.substr(end, 3) != "\u3001") break;
        b = end + 3;
      }
    } else if (endsWithAny(text, at, kKoreanLabels, label)) {
      std::size_t syllables = 0;
      const std::size_t end = runEnd(text, from, hangul, syllables);
      if (syllables >= 2 && syllables <= 4) out.push_back({from, end, PhiCategory::Name, priority::kName});
    } else if (endsWithAny(text, at, kIndicLabels, label)) {
      if (const std::size_t end = indicWordsEnd(text, from); end > from) {
        out.push_back({from, end, PhiCategory::Name, priority::kName});
      }
    }
  }
}

// "渡辺先生", "渡辺 武 様": Han characters before a Japanese honorific, from a boundary.
void japaneseHonorificNames(std::string_view text, Candidates& out) {
  for (std::string_view honorific : kJapaneseHonorifics) {
    for (std::size_t at = text.find(honorific); at != std::string_view::npos; at = text.find(honorific, at + 1)) {
      std::size_t end = at;
      if (end > 0 && text[end - 1] == ' ') --end;
      // Back over Han characters, and over one space and more of them (family, space, given).
      auto backOverHan = [&](std::size_t e, std::size_t& count) {
        count = 0;
        std::size_t s = e;
        while (s >= 3) {
          std::size_t length = 0;
          if (!han(codePointAt(text, s - 3, length)) || length != 3) break;
          s -= 3;
          ++count;
        }
        return s;
      };
      // ("症例: SATO Haruka様": a romanised name before the honorific, one to three words each with a
      // capital first.)
      if (end > 0 && isAsciiAlpha(text[end - 1])) {
        std::size_t start = end, words = 0;
        while (start > 0 && words < 3) {
          std::size_t w = start;
          while (w > 0 && isAsciiAlpha(text[w - 1])) --w;
          if (w == start || !isUpper(text[w])) break;
          start = w;
          ++words;
          if (start < 2 || text[start - 1] != ' ' || !isAsciiAlpha(text[start - 2])) break;
          --start;
        }
        if (start < end && text[start] == ' ') ++start;
        if (words > 0 && start < end && isUpper(text[start]) && (start == 0 || !isAsciiAlpha(text[start - 1]))) {
          out.push_back({start, end, PhiCategory::Name, priority::kName});
        }
        continue;
      }
      std::size_t count = 0;
      std::size_t start = backOverHan(end, count);
      if (count == 0 || count > 4) continue;
      if (start > 0 && text[start - 1] == ' ') {
        std::size_t more = 0;
        const std::size_t family = backOverHan(start - 1, more);
        if (more >= 1 && more <= 3 && boundaryBefore(text, family)) start = family;
      }
      if (!boundaryBefore(text, start) || end - start < 6) continue;
      const std::string_view run = text.substr(start, end - start);
      bool noName = false;
      for (std::string_view w : kJapaneseNoNames) noName = noName || run == w || run.ends_with(w);
      if (!noName) out.push_back({start, end, PhiCategory::Name, priority::kName});
    }
  }
}

// Whether the Hangul run [b, end) of two to four syllables opens with one of the usual family names.
bool koreanNameRun(std::string_view text, std::size_t b, std::size_t end, std::size_t syllables) {
  const std::size_t at = kKoreanFamilies.find(text.substr(b, 3));
  return end > b && syllables >= 2 && syllables <= 4 && at != std::string_view::npos && at % 3 == 0;
}

// "지도교수 최수진", "전공의 최지연": a Korean role word and a space before a name (no colon), the
// name opening with a family name (seed 3535).
void koreanRoleNames(std::string_view text, Candidates& out) {
  static constexpr auto kRoles = std::to_array<std::string_view>(
      {"\uc9c0\ub3c4\uad50\uc218", "\uc804\uacf5\uc758", "\uad50\uc218", "\uc8fc\uce58\uc758",
       "\ub2f4\ub2f9\uc758", "\ubcf4\ud638\uc790"});
  for (std::string_view role : kRoles) {
    for (std::size_t at = text.find(role); at != std::string_view::npos; at = text.find(role, at + 1)) {
      const std::size_t from = at + role.size() + 1;
      if (from >= text.size() || text[from - 1] != ' ' || !boundaryBefore(text, at)) continue;
      std::size_t syllables = 0;
      const std::size_t end = runEnd(text, from, hangul, syllables);
      if (koreanNameRun(text, from, end, syllables)) {
        out.push_back({from, end, PhiCategory::Name, priority::kName});
      }
    }
  }
}

// "최은지 환자", "이민서 님", "9. 최수진 (45)": a Korean name of two to four syllables opening with a
// family name, from a boundary, before a word of address or role or a list's age in brackets.
void koreanAddressedNames(std::string_view text, Candidates& out) {
  std::size_t length = 0;
  for (std::size_t b = 0; b < text.size(); ++b) {
    if (!hangul(codePointAt(text, b, length)) || !boundaryBefore(text, b)) continue;
    std::size_t syllables = 0;
    const std::size_t end = runEnd(text, b, hangul, syllables);
    if (koreanNameRun(text, b, end, syllables)) {
      const std::string_view after = text.substr(end, 12);
      const bool addressed = after.starts_with(" \ud658\uc790") || after.starts_with("\ub2d8") ||
                             after.starts_with(" \ub2d8") || after.starts_with(" \uc528") ||
                             (after.size() >= 3 && after.starts_with(" (") &&
                              (isDigit(after[2]) || after[2] == 'M' || after[2] == 'F'));
      if (addressed) out.push_back({b, end, PhiCategory::Name, priority::kName});
    }
    b = end > b ? end - 1 : b;
  }
}

// Korean names a chat export or a CSV export writes without a label's colon (seed 3737): the
// speaker of a KakaoTalk export in brackets before the bracketed time ("[최준호] [17:45] ...",
// "[최준호] [오후 5:45]"), and a CSV row's name after its field and comma ("이름,박서연", "성명,...").
// Both open with a usual family name.
void koreanExportNames(std::string_view text, Candidates& out) {
  std::size_t syllables = 0;
  for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1)) {
    const std::size_t end = runEnd(text, at + 1, hangul, syllables);
    if (!koreanNameRun(text, at + 1, end, syllables) || text.substr(end, 3) != "] [") continue;
    // (A bracketed notice word opens with a family name's syllable too: "[공지] [09:00]" notice,
    // "[안내]" information, "[정보]", "[전화]" call, "[문의]" inquiry, "[조회]", "[전송]", "[오류]".)
    static constexpr auto kNotices = std::to_array<std::string_view>(
        {"\uacf5\uc9c0", "\uacf5\uc9c0\uc0ac\ud56d", "\uc548\ub0b4", "\uc815\ubcf4", "\uc804\ud654",
         "\ubb38\uc758", "\uc870\ud68c", "\uc804\uc1a1", "\uc624\ub958"});
    if (std::find(kNotices.begin(), kNotices.end(), text.substr(at + 1, end - at - 1)) != kNotices.end()) continue;
    const std::string_view stamp = text.substr(end + 3, 6);
    if ((!stamp.empty() && isDigit(stamp[0])) || stamp == "\uc624\ud6c4" || stamp == "\uc624\uc804") {
      out.push_back({at + 1, end, PhiCategory::Name, priority::kName});
    }
  }
  for (std::string_view field : {std::string_view("\uc774\ub984,"), std::string_view("\uc131\uba85,"),
                                 std::string_view("\ud658\uc790\uba85,")}) {
    for (std::size_t at = text.find(field); at != std::string_view::npos; at = text.find(field, at + 1)) {
      if (at > 0 && text[at - 1] != '\n') continue;  // the row's first field
      const std::size_t from = at + field.size();
      const std::size_t end = runEnd(text, from, hangul, syllables);
      if (koreanNameRun(text, from, end, syllables) && (end == text.size() || text[end] == '\n' || text[end] == '\r' ||
                                                        text[end] == ',')) {
        out.push_back({from, end, PhiCategory::Name, priority::kName});
      }
    }
  }
}

// Japanese names a LINE export writes without a label (seed 3737): the speaker, a field of its own
// between the message's time and the message after tabs ("2024-07-23 23:13:05\t田中 太郎\t..."),
// and a family member the sender names before the particle の, family and given name parted by a
// space ("家族の佐藤 健一の血糖値は209").
void japaneseChatNames(std::string_view text, Candidates& out) {
  for (std::size_t tab = text.find('\t'); tab != std::string_view::npos; tab = text.find('\t', tab + 1)) {
    // (The time before the tab: "23:13:05", "23:13".)
    if (tab < 5 || !isDigit(text[tab - 1]) || !isDigit(text[tab - 2]) || text[tab - 3] != ':') continue;
    const std::size_t end = japaneseNameEnd(text, tab + 1);
    if (end > tab + 1 && end < text.size() && text[end] == '\t') {
      out.push_back({tab + 1, end, PhiCategory::Name, priority::kName});
    }
  }
  static constexpr std::string_view kFamily = "\u5bb6\u65cf\u306e";
  for (std::size_t at = text.find(kFamily); at != std::string_view::npos; at = text.find(kFamily, at + 1)) {
    const std::size_t from = at + kFamily.size();
    std::size_t count = 0, more = 0;
    std::size_t end = runEnd(text, from, han, count);
    // (The family and the given name parted by a space: "家族の同意の上" is a word, no name.)
    const std::size_t space = spaceAt(text, end);
    if (count == 0 || count > 3 || space == 0) continue;
    end = runEnd(text, end + space, han, more);
    if (more >= 1 && more <= 4 && text.substr(end, 3) == "\u306e") out.push_back({from, end, PhiCategory::Name, priority::kName});
  }
}

// "환자 최서연님 혈압이": a Korean patient named after the word for patient with the honorific 님
// glued to the name (seed 3737); without the honorific the words after 환자 are as often a noun.
void koreanPatientNames(std::string_view text, Candidates& out) {
  static constexpr std::string_view kPatient = "\ud658\uc790 ";
  for (std::size_t at = text.find(kPatient); at != std::string_view::npos; at = text.find(kPatient, at + 1)) {
    if (!boundaryBefore(text, at)) continue;
    const std::size_t from = at + kPatient.size();
    std::size_t syllables = 0;
    const std::size_t end = runEnd(text, from, hangul, syllables);
    if (syllables < 3 || text.substr(end - 3, 3) != "\ub2d8") continue;
    if (koreanNameRun(text, from, end - 3, syllables - 1)) out.push_back({from, end - 3, PhiCategory::Name, priority::kName});
  }
}

// "डॉ. सुनीता शर्मा", "ডা. মিজানুর তালুকদার": one to three words after the Hindi or the Bengali
// title of a doctor; after the Tamil Mr and Mrs too ("வணக்கம் திரு. செந்தில்,", "திருமதி கவிதா",
// seed 3737) and the Hindi ones ("श्रीमती सुनीता शर्मा", titles of the word rules since seed 3838),
// which must start their word.
void indicTitledNames(std::string_view text, Candidates& out) {
  for (std::string_view title : {std::string_view("\u0921\u0949."), std::string_view("\u09a1\u09be."),
                                 std::string_view("\u0ba4\u0bbf\u0bb0\u0bc1."),
                                 std::string_view("\u0ba4\u0bbf\u0bb0\u0bc1\u0bae\u0ba4\u0bbf"),
                                 std::string_view("\u0936\u094d\u0930\u0940"),
                                 std::string_view("\u0936\u094d\u0930\u0940\u092e\u0924\u0940")}) {
    for (std::size_t at = text.find(title); at != std::string_view::npos; at = text.find(title, at + 1)) {
      if ((title.starts_with("\u0ba4") || title.starts_with("\u0936")) && at > 0 && isNonAscii(text[at - 1])) continue;
      std::size_t from = at + title.size();
      if (from >= text.size() || text[from] != ' ') continue;
      ++from;
      if (const std::size_t end = indicWordsEnd(text, from); end > from) {
        out.push_back({from, end, PhiCategory::Name, priority::kName});
      }
    }
  }
}

// "श्री Vikram Chauhan (विक्रम चौहान)": after the Hindi Mr or Mrs (श्री, श्रीमती), a register writes
// the name in Latin letters, one to three capitalised words, and the same name in Devanagari in
// brackets (seed 3838): the bracketed words, as many as the Latin ones, are the name too.
void indicBracketedNames(std::string_view text, Candidates& out) {
  for (std::string_view title : {std::string_view("\u0936\u094d\u0930\u0940 "),
                                 std::string_view("\u0936\u094d\u0930\u0940\u092e\u0924\u0940 ")}) {
    for (std::size_t at = text.find(title); at != std::string_view::npos; at = text.find(title, at + 1)) {
      if (at > 0 && isNonAscii(text[at - 1])) continue;  // the title starts its word
      std::size_t b = at + title.size();
      int words = 0;
      while (words < 3 && b < text.size() && isUpper(text[b])) {
        std::size_t e = b + 1;
        while (e < text.size() && isLower(text[e])) ++e;
        if (e - b < 2) break;
        ++words;
        b = e;
        if (b + 1 < text.size() && text[b] == ' ' && isUpper(text[b + 1])) ++b;
      }
      if (words == 0 || text.substr(b, 2) != " (") continue;
      const std::size_t from = b + 2;
      // (As many words in brackets as in Latin letters: "(मरीज़)", the patient, is no name.)
      const std::size_t end = indicWordsEnd(text, from);
      const auto spaces = std::count(text.begin() + static_cast<std::ptrdiff_t>(from), text.begin() + static_cast<std::ptrdiff_t>(end), ' ');
      if (end > from && end < text.size() && text[end] == ')' && spaces + 1 == words) {
        out.push_back({from, end, PhiCategory::Name, priority::kName});
      }
    }
  }
}

}  // namespace

void scanEastAsianAndIndicNames(const ScanInput& in, Candidates& out) {
  labelledNames(in.text, out);
  japaneseHonorificNames(in.text, out);
  koreanAddressedNames(in.text, out);
  koreanRoleNames(in.text, out);
  koreanExportNames(in.text, out);
  japaneseChatNames(in.text, out);
  koreanPatientNames(in.text, out);
  indicTitledNames(in.text, out);
  indicBracketedNames(in.text, out);
}

}  // namespace concord::phi::detail
