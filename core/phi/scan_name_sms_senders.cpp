// Text messages of community health workers and families, kept in lower case ("sms 28/3 ion: buna
// ziua", "sms from cha siaka, 11/7\nreferral: musu flomo, 65 yrs, fever 3 days"). Their names have
// no capitals and are often words too ("grace", "prince", "ion"), so they are taken only where a
// message's form says a person stands there: the sender after the messaging app's word and the
// day and month on the same line, the sender after "from" and a community health worker's role,
// and the person referred before the age.
#include "name_cues.h"
#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Community health workers' roles as programmes abbreviate them: Liberia's community health
// assistant, village health volunteers and workers, Malawi's health surveillance assistant.
bool communityRole(std::string_view lower) {
  return listHas({"cha", "chw", "chv", "vhv", "vhw", "hsa", "hew", "asha"}, lower);
}

bool messageAppWord(std::string_view lower) {
  return listHas({"sms", "whatsapp", "messenger", "viber", "telegram", "wechat", "imessage", "text"}, lower);
}

}  // namespace

bool NameScanner::trySmsSender(std::size_t i) {
  const Token& t = tokens_[i];
  if (i < 2 || claimed_[i] || t.hasDigit || t.capitalised) return false;
  // A word of a name in a message: no number, role, title, credential or never-name word; an
  // English word only when it is a listed name ("grace", "prince").
  const auto nameLike = [&](std::size_t k) {
    const Token& w = tokens_[k];
    if (claimed_[k] || w.hasDigit || w.length() < 2 || w.capitalised || isNeverNameWord(w) || isRoleNoun(w) ||
        isTitleWord(w) || isCredentialWord(w) || isNameParticle(w) || isKinNoun(w) || communityRole(w.lower)) {
      return false;
    }
    return !(w.classes & WordClass::kEnglish) || listedName(w);
  };
  // "sms 10/7 amela: poštovanje", "whatsapp 6/12\nsiew lan: hi nurse", "sms 7/3\nvhv kaupa: susa":
  // the sender between the app's word with the day and month and the colon, on the heading's line
  // or opening the next one; a community health worker's role may come first. (Not "sms 5/2 to
  // 0771...:", "sms 1/7\nclinic:".)
  // (Latin letters only: a Mongolian bagh doctor's "sms 5/11\nбагийн эмч сарангэрэл:" names the
  // sender after a genitive and the doctor's word, which scan_name_mongolian_chat.cpp reads.)
  if (!marked_[i] && isLower(in_.text[t.start])) {
    std::size_t s = i;
    if (communityRole(t.lower) && i + 1 < tokens_.size() && gap(i, i + 1) == " ") s = i + 1;
    const std::string_view lead = i >= 3 ? gap(i - 1, i) : std::string_view();
    if (i >= 3 && (lead == " " || lead == "\n") && tokens_[i - 1].allDigits && tokens_[i - 2].allDigits &&
        gap(i - 2, i - 1) == "/" && gap(i - 3, i - 2) == " " && messageAppWord(tokens_[i - 3].lower) &&
        (i == 3 || gap(i - 4, i - 3).find('\n') != std::string_view::npos)) {
      std::size_t e = s;
      while (e < tokens_.size() && e < s + 3 && (e == s || gap(e - 1, e) == " " || gap(e - 1, e) == "-") && nameLike(e)) {
        ++e;
      }
      if (e > s && e < tokens_.size() && gap(e - 1, e).starts_with(": ")) {
        mark(s, e);
        return true;
      }
    }
  }
  // "sms from cha siaka, 11/7", "message from chw grace:": the sender after "from" and the role.
  if (!marked_[i] && communityRole(tokens_[i - 1].lower) && tokens_[i - 2].lower == "from" && gap(i - 2, i - 1) == " " &&
      gap(i - 1, i) == " " && i + 1 < tokens_.size() && (gap(i, i + 1) == ", " || gap(i, i + 1).starts_with(": ")) &&
      nameLike(i) && (listedName(t) || lowerNameWord(i, true, true))) {
    mark(i, i + 1);
    return true;
  }
  // "referral: musu flomo, 65 yrs": after a label's colon two or three name words and the age.
  if (gap(i - 1, i) == ": " && isLower(in_.text[t.start])) {
    std::size_t e = i;
    while (e < tokens_.size() && e < i + 3 && (e == i || gap(e - 1, e) == " ") && nameLike(e) &&
           tokens_[e].length() >= 3 && (listedName(tokens_[e]) || lowerNameWord(e, true, true))) {
      ++e;
    }
    if (e >= i + 2 && e + 1 < tokens_.size() && gap(e - 1, e) == ", " && tokens_[e].allDigits &&
        tokens_[e].length() <= 3 && gap(e, e + 1) == " " &&
        listHas({"yrs", "yr", "years", "yo", "ani", "ans", "anos", "años", "jahre", "godina"}, tokens_[e + 1].lower)) {
      mark(i, e);
      return true;
    }
  }
  return false;
}

}  // namespace concord::phi::detail
