// Mongolian names in the lower case of chats and SMS (a bagh doctor's messages to the soum
// hospital): Mongolian writes a person as the father's name in the genitive and the given name
// ("батын номин", "доржийн бат-эрдэнэ"), and chats drop the capitals the Cyrillic cues need
// (scan_name_mrz.cpp). Genitives are everywhere in Mongolian prose ("багийн эмч", the bagh's
// doctor), so a genitive and a word are a name only before what a record says of a person: the
// register number in brackets ("(уе62010903)") or the age ("47 настай"). A one-word sender before
// a colon is a name after the doctor's word ("багийн эмч сарангэрэл:") or a chat's date ("sms 5/11
// бат-эрдэнэ:").
#include <string_view>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// A small Cyrillic letter (а–я, ё, and Mongolian ө and ү), two bytes.
bool smallCyrillicAt(std::string_view text, std::size_t b) {
  const unsigned cp = twoByteCodePointAt(text, b);
  return (cp >= 0x430 && cp <= 0x451) || cp == 0x4E9 || cp == 0x4AF;
}

// The end of a word of small Cyrillic letters from `b` (a hyphen inside: "бат-эрдэнэ"); `b` if none.
std::size_t smallWordEnd(std::string_view text, std::size_t b) {
  std::size_t e = b;
  while (smallCyrillicAt(text, e) || (e > b && e + 2 < text.size() && text[e] == '-' && smallCyrillicAt(text, e + 1))) {
    e += text[e] == '-' ? 1 : 2;
  }
  return e;
}

bool wordStart(std::string_view text, std::size_t b) {
  return b == 0 || (!isWordByte(text[b - 1]) && text[b - 1] != '-');
}

bool isDigitAt(std::string_view text, std::size_t b) { return b < text.size() && isDigit(text[b]); }

// "(уе62010903)": two Cyrillic letters and eight digits in brackets, a Mongolian register number.
bool registerInBrackets(std::string_view text, std::size_t b) {
  if (b + 2 >= text.size() || text[b] != ' ' || text[b + 1] != '(') return false;
  std::size_t p = b + 2;
  int letters = 0;
  while (letters < 2 && p + 1 < text.size() && (smallCyrillicAt(text, p) || static_cast<unsigned char>(text[p]) == 0xD0 ||
                                                static_cast<unsigned char>(text[p]) == 0xD2)) {
    p += 2;
    ++letters;
  }
  int digits = 0;
  while (isDigitAt(text, p)) ++p, ++digits;
  return letters == 2 && digits == 8 && p < text.size() && text[p] == ')';
}

// " 47 настай": the age after a person.
bool ageAfter(std::string_view text, std::size_t b) {
  if (b >= text.size() || text[b] != ' ' || !isDigitAt(text, b + 1)) return false;
  std::size_t p = b + 1;
  while (isDigitAt(text, p)) ++p;
  return text.substr(p).starts_with(" \u043d\u0430\u0441\u0442\u0430\u0439");
}

// A father's name in the genitive; not a body's or a place's ("сумын эмнэлэгт 12 настай хүүхэд", to
// the soum's hospital a child of 12: of the state, of health, of the city, of the province, of the
// capital, of the centre, of the hospital, of the clinic, of the district, of the soum, of the
// bagh, of the khoroo, of the child, of the doctor).
bool genitive(std::string_view word) {
  static constexpr std::string_view kBodies[] = {
      "\u0443\u043b\u0441\u044b\u043d", "\u043c\u044d\u043d\u0434\u0438\u0439\u043d", "\u0445\u043e\u0442\u044b\u043d", "\u0430\u0439\u043c\u0433\u0438\u0439\u043d", "\u043d\u0438\u0439\u0441\u043b\u044d\u043b\u0438\u0439\u043d", "\u0442\u04e9\u0432\u0438\u0439\u043d", "\u044d\u043c\u043d\u044d\u043b\u0433\u0438\u0439\u043d", "\u043a\u043b\u0438\u043d\u0438\u043a\u0438\u0439\u043d", "\u0434\u04af\u04af\u0440\u0433\u0438\u0439\u043d", "\u0441\u0443\u043c\u044b\u043d", "\u0431\u0430\u0433\u0438\u0439\u043d", "\u0445\u043e\u0440\u043e\u043e\u043d\u044b", "\u0445\u04af\u04af\u0445\u0434\u0438\u0439\u043d", "\u044d\u043c\u0447\u0438\u0439\u043d"};
  if (word.size() < 8 || !(word.ends_with("\u044b\u043d") || word.ends_with("\u0438\u0439\u043d"))) return false;
  for (std::string_view b : kBodies) {
    if (word == b) return false;
  }
  return true;
}

}  // namespace

void scanMongolianChatNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  // Most notes hold no Cyrillic: look for the lead bytes first.
  if (text.find('\xD0') == std::string_view::npos && text.find('\xD1') == std::string_view::npos) return;
  for (std::size_t pos = 0; pos + 1 < text.size(); ++pos) {
    if (!smallCyrillicAt(text, pos) || !wordStart(text, pos)) continue;
    const std::size_t e1 = smallWordEnd(text, pos);
    // The father's genitive and the given name, before a register number or an age.
    if (genitive(text.substr(pos, e1 - pos)) && e1 + 1 < text.size() && text[e1] == ' ') {
      const std::size_t e2 = smallWordEnd(text, e1 + 1);
      if (e2 >= e1 + 1 + 6 && (registerInBrackets(text, e2) || ageAfter(text, e2))) {
        out.push_back({pos, e2, PhiCategory::Name, priority::kName});
        pos = e2;
        continue;
      }
    }
    // A sender before a colon, after the doctor's word or a chat's day/month.
    if (e1 >= pos + 6 && e1 < text.size() && text[e1] == ':' && pos >= 2 && text[pos - 1] == ' ') {
      const std::string_view before = text.substr(0, pos - 1);
      const bool doctor = before.ends_with("\u044d\u043c\u0447") && !smallCyrillicAt(text, pos - 1 - 8);
      std::size_t d = before.size();
      while (d > 0 && isDigit(before[d - 1])) --d;
      const bool dated = d < before.size() && d >= 2 && before[d - 1] == '/' && isDigit(before[d - 2]);
      if (doctor || dated) out.push_back({pos, e1, PhiCategory::Name, priority::kName});
    }
    pos = e1 > pos ? e1 - 1 : pos;
  }
}

}  // namespace concord::phi::detail
