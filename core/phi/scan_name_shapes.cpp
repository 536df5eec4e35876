// Name scanner, part four: names found by their shape and the words right around them, without a
// cue before them (see name_scanner.h) — capitalised pairs outside the lexicon, inverted names in
// capitals, initials and family names, chat and log speakers, signatures after a dash, owners of
// kin and belongings, ages and kin after a lone name.
#include <algorithm>
#include <array>
#include <string>

#include "name_scanner.h"

namespace concord::phi::detail {

// Whether token k names a chat or a messaging app, as a chat's heading does ("team chat",
// "whatsapp family group", "zalo nhóm", "grup wa keluarga"; "wa group keluarga", "inreach
// messages", "messenger", seed 2929: "wa" only before "group"/"grup").
static bool chatAppWord(const std::vector<Token>& tokens, std::size_t k) {
  const std::string_view w = tokens[k].lower;
  if (w == "chat" || w == "whatsapp" || w == "zalo" || w == "telegram" || w == "viber" || w == "wechat" ||
      w == "grup" || w == "inreach" || w == "messenger" || w == "imessage" ||
      // (A text message's log: "sms 10/6\nfiston: mbote docteur", seed 3030.)
      (w == "sms" && k + 1 < tokens.size() && tokens[k + 1].allDigits)) {
    return true;
  }
  return w == "wa" && k + 1 < tokens.size() && (tokens[k + 1].lower == "group" || tokens[k + 1].lower == "grup");
}

// The parties of a chat export in Chinese, Japanese and Korean that are no persons: the system, the
// service desk, a bot, an administrator, a role ("21:17 客服: 您好", "[12/03/2025, 14:22] 系统:
// 消息已撤回", seed 3737).
static bool cjkChatParty(std::string_view word) {
  static constexpr std::array<std::string_view, 28> kParties = {
      "\u7cfb\u7edf", "\u7cfb\u7d71", "\u5ba2\u670d", "\u52a9\u624b", "\u5c0f\u52a9\u624b",
      "\u673a\u5668\u4eba", "\u6a5f\u5668\u4eba", "\u7ba1\u7406\u5458", "\u7ba1\u7406\u54e1",
      "\u533b\u751f", "\u91ab\u751f", "\u62a4\u58eb", "\u8b77\u58eb", "\u836f\u5e08", "\u85e5\u5e2b",
      "\u7fa4\u4e3b", "\u30b7\u30b9\u30c6\u30e0", "\u7ba1\u7406\u8005", "\u770b\u8b77\u5e2b",
      "\u533b\u5e2b", "\u85ac\u5264\u5e2b", "\u30b9\u30bf\u30c3\u30d5", "\uc2dc\uc2a4\ud15c",
      "\uad00\ub9ac\uc790", "\uac04\ud638\uc0ac", "\uc0c1\ub2f4\uc6d0", "\uc758\uc0ac", "\uc57d\uc0ac"};
  return std::find(kParties.begin(), kParties.end(), word) != kParties.end();
}

bool NameScanner::fieldStart(std::size_t i) const {
  if (i == 0) return true;
  const std::string_view g = gap(i - 1, i);
  if (g.find(':') != std::string_view::npos) return false;
  // A numbered item: "2. LEUNG-ASHBY, IAIN-RUARIDH - rectal ca".
  if (g == ". " && tokens_[i - 1].allDigits && tokens_[i - 1].length() <= 2 &&
      (i == 1 || gap(i - 2, i - 1).find('\n') != std::string_view::npos || gap(i - 2, i - 1).ends_with(". ") ||
       gap(i - 2, i - 1) == " ")) {
    return true;
  }
  return g.find('\n') != std::string_view::npos || g.find("  ") != std::string_view::npos ||
         g.find_first_of("*|") != std::string_view::npos;
}

bool NameScanner::vehicleMakeBefore(std::size_t i) const {
  // "his 2006 Honda Odyssey", "2020 SUBARU OUTBACK": a make and its model, not a person.
  // (Trucks of commercial drivers' crash and DOT paperwork too: "2012 Freightliner Cascadia".)
  static constexpr std::array<std::string_view, 29> kMakes = {
      "honda", "toyota", "subaru", "chevrolet", "chevy", "nissan", "hyundai", "kia", "mazda", "volkswagen", "jeep",
      "buick", "cadillac", "lexus", "acura", "tesla", "volvo", "mitsubishi", "infiniti", "lincoln", "chrysler",
      "dodge", "ford", "gmc", "freightliner", "peterbilt", "kenworth", "navistar", "isuzu"};
  if (std::find(kMakes.begin(), kMakes.end(), tokens_[i].lower) == kMakes.end()) return false;
  // The make follows a model year, or is followed by a capitalised model.
  const bool year = i > 0 && tokens_[i - 1].allDigits && tokens_[i - 1].length() == 4 && isInlineSpace(gap(i - 1, i), 1);
  const bool model = i + 1 < tokens_.size() && isInlineSpace(gap(i, i + 1), 1) && tokens_[i + 1].properShape();
  return year || (model && !isCommonFamilyName(tokens_[i]));
}

bool NameScanner::tryChatSpeaker(std::size_t i) {
  // "[secure chat] Guillermo: hey is Ms. del Valle in 220B", "10:32 Rizalino: ya til after EGD": in
  // a chat or log line the speaker's name opens the message, before a colon and lower-case text.
  if (marked_[i]) return false;
  // (Cheap tests first, this runs for every token: a speaker is a capitalised word or a lower-case one.)
  // ("órlaith: yes": a lower-case word may open with an accented letter.)
  const char opening = in_.text[tokens_[i].start];
  if (!tokens_[i].properShape() && !isLower(opening) && !isNonAscii(opening)) return false;
  const std::string_view before = i > 0 ? gap(i - 1, i) : std::string_view("\n");
  // ("WHATSAPP - EL 3EELA 10/10/2024\nFATHIA: EL PHYSIO ...\nMAHROUS: LAW ..."): a chat copied in
  // capitals, two lines or more opening "SPEAKER: " under the messaging app's heading; the speaker
  // one word that reads as a name (no English, clinical or role word: "NOTE:", "PLAN:", "NURSE:"),
  // before words, not a measure ("BORG: 13").
  if (!mixedCase_ && tokens_[i].allCaps && i > 0 && before.find('\n') != std::string_view::npos &&
      i + 1 < tokens_.size() && gap(i, i + 1) == ": " && !tokens_[i + 1].hasDigit && tokens_[i].length() >= 3 &&
      unknownProperWord(i) &&
      !isRoleNoun(tokens_[i]) && !isKinNoun(tokens_[i]) && !(tokens_[i].classes & WordClass::kEnglish) &&
      capsChatLines() >= 2) {
    mark(i, i + 1);
    return true;
  }
  // "[09:41] lily-grace mununggurr: hi is this", "[4/17/22 18:02] eliseo: hi": in lower case, a
  // name that cannot be a word before the colon of a bracketed chat line.
  // In a transcript of three or more such lines, a lower-case speaker may open a line without a tag
  // (and a listed name's family name there may be a word: "noor-jahan furrow:").
  if (!tokens_[i].properShape()) {
    if (!isLower(opening) && !isNonAscii(opening)) return false;
    if (isNonAscii(opening) && cjkChatParty(tokens_[i].lower)) return false;
    // ("15:22 amaro: yes its me": a chat transcript's line may open with a bare time, seed 2525.)
    // ("1/4 19:22 nicasia: hows mum today?": a family's texts copied with the date before the time, seed 2626.)
    const auto dateBeforeTime = [&](std::size_t first) {
      if (first < 2 || gap(first - 1, first) != " ") return false;
      std::size_t k = first - 1;
      std::size_t parts = 0;
      while (tokens_[k].allDigits && tokens_[k].length() <= 4 && parts < 3) {
        ++parts;
        if (k == 0 || gap(k - 1, k).find('\n') != std::string_view::npos) return parts >= 2;
        if (gap(k - 1, k) != "/" && gap(k - 1, k) != "-" && gap(k - 1, k) != ".") return false;
        --k;
      }
      return false;
    };
    const bool timeLineStart = before == " " && i >= 2 && tokens_[i - 1].allDigits && tokens_[i - 2].allDigits &&
                               gap(i - 2, i - 1) == ":" &&
                               (i == 2 || gap(i - 3, i - 2).find('\n') != std::string_view::npos || dateBeforeTime(i - 2));
    // "counsellor (tonatzin): thank you": a crisis chat's line opens with the role of the one who
    // writes and the name in brackets; the name alone (not a role: "counsellor (nurse):").
    if (before == " (" && i + 1 < tokens_.size() && isRoleNoun(tokens_[i - 1]) && isLower(in_.text[tokens_[i - 1].start]) &&
        (i == 1 || gap(i - 2, i - 1).find('\n') != std::string_view::npos)) {
      const std::size_t end = lowerRun(i, true, true);
      if (end > i && end < tokens_.size() && gap(end - 1, end).starts_with("): ")) {
        mark(i, end);
        return true;
      }
      return false;
    }
    // "[6/1 21:05] enf. rosibel: dr buenas noches", "[04:50] enfermeira zelia: sin": a bracketed
    // chat line may open with the writer's role, or its abbreviation, before the name and its colon
    // (Spanish and Portuguese "enf." and "enfermera"/"enfermeira", French "inf.", "nurse", "dr").
    if ((before == " " || before == ". ") && i >= 2 && gap(i - 2, i - 1).ends_with("] ") &&
        isLower(in_.text[tokens_[i - 1].start]) &&
        (isRoleNoun(tokens_[i - 1]) ||
         listHas({"enf", "enfa", "enfermera", "enfermero", "enfermeira", "enfermeiro", "inf", "infirmi\u00e8re",
                  "infirmier", "nurse", "sr", "dr", "dra"},
                 tokens_[i - 1].lower))) {
      // (Not the shift or the rank said after the role: "enf. de turno:", "enfermeira de plantão:",
      // "enf. jefe:".)
      if (isNameParticle(tokens_[i]) ||
          listHas({"turno", "guardia", "planta", "plant\u00e3o", "plantao", "noche", "noite", "jefe", "jefa", "chefe",
                   "supervisora", "supervisor", "garde", "nuit"},
                  tokens_[i].lower)) {
        return false;
      }
      const std::size_t end = lowerRun(i, true, true);
      if (end > i && end < tokens_.size() && gap(end - 1, end) == ": ") {
        mark(i, end);
        return true;
      }
      return false;
    }
    const bool tagged = before.ends_with("] ") || timeLineStart;
    // ("team chat (hospital app) 4/2\nivalene: the patient ...\nturki: bed 83 wants ...": two lines
    // are enough under a heading that says it is a chat, seed 2727; or that names the messaging app
    // or an Indonesian group: "zalo nhóm gia đình", "grup wa keluarga", "whatsapp family group", seed
    // 2828; not English "group", whose classes log scales: "falls group\nborg: 13".)
    const auto chatHeading = [&] {
      for (std::size_t k = 0; k < i; ++k) {
        if (chatAppWord(tokens_, k)) return true;
      }
      return false;
    };
    const bool lineStart = !tagged && !before.empty() && (before.back() == '\n' || before.find('\n') != std::string_view::npos) &&
                           (chatLines() >= 3 || (chatLines() >= 2 && chatHeading()));
    if (!tagged && !lineStart) return false;
    std::size_t end = lowerRun(i, true, true);
    // ("whatsapp - el 3eela\nmahrous: el physio ...": under a messaging app's heading the speaker's
    // one word is taken whatever it ends in; elsewhere "-ous", "-al", "-ine" mark adjectives.)
    if (end == i && lineStart && i + 1 < tokens_.size() && gap(i, i + 1) == ": " && chatHeading() &&
        lowerNameWord(i, true, true)) {
      end = i + 1;
    }
    // ("viber 2/3\nkhin myo thant: ok, come thursday": under a messaging app's heading a speaker of
    // two or three short syllables no list knows, as Burmese and Khmer names are written, seed
    // 3030; each no English or clinical word, role, title or particle.)
    if (lineStart && (end == i || end >= tokens_.size() || gap(end - 1, end) != ": ") && chatHeading()) {
      std::size_t e = i;
      while (e < tokens_.size() && e < i + 3 && (e == i || gap(e - 1, e) == " ") && !claimed_[e] &&
             isLower(in_.text[tokens_[e].start]) && !tokens_[e].hasDigit && tokens_[e].length() >= 2 &&
             !(tokens_[e].classes & (WordClass::kEnglish | WordClass::kNever)) && !isRoleNoun(tokens_[e]) &&
             !isTitleWord(tokens_[e]) && !isNameParticle(tokens_[e]) && !isCredentialWord(tokens_[e])) {
        ++e;
      }
      if (e >= i + 2 && e < tokens_.size() && gap(e - 1, e) == ": ") end = e;
      // ("nurse channary: yes, no food after midnight": the speaker's role before one to three such
      // words.)
      if (end == i && isRoleNoun(tokens_[i]) && isLower(opening) && i + 1 < tokens_.size() && gap(i, i + 1) == " ") {
        std::size_t r = i + 1;
        while (r < tokens_.size() && r < i + 4 && (r == i + 1 || gap(r - 1, r) == " ") && !claimed_[r] &&
               isLower(in_.text[tokens_[r].start]) && !tokens_[r].hasDigit && tokens_[r].length() >= 3 &&
               !(tokens_[r].classes & (WordClass::kEnglish | WordClass::kNever)) && !isRoleNoun(tokens_[r]) &&
               !isTitleWord(tokens_[r]) && !isNameParticle(tokens_[r]) && !isCredentialWord(tokens_[r])) {
          ++r;
        }
        if (r > i + 1 && r < tokens_.size() && gap(r - 1, r) == ": " && !isUpper(in_.text[tokens_[r].start])) {
          mark(i + 1, r);
          return true;
        }
      }
    }
    // ("[14:03] nou: yes", "[14:05] pa houa: ok": after a chat line's time tag, short and
    // unlisted words before the colon speak too, unless they are ordinary or a role.)
    // (Not after a bare time: "08:00 afebrile: yes" is a vital sign's log.)
    if (tagged && !timeLineStart && (end == i || end >= tokens_.size() || gap(end - 1, end) != ": ")) {
      std::size_t e = i;
      while (e < tokens_.size() && e < i + 3 && isLower(in_.text[tokens_[e].start]) && !tokens_[e].hasDigit &&
             tokens_[e].length() >= 2 && !(tokens_[e].classes & (WordClass::kEnglish | WordClass::kNever)) &&
             !isRoleNoun(tokens_[e]) && !isTitleWord(tokens_[e]) && (e == i || gap(e - 1, e) == " ")) {
        ++e;
      }
      if (e > i && e < tokens_.size() && gap(e - 1, e) == ": " && !(e == i + 1 && isCredentialWord(tokens_[i]))) {
        end = e;
      }
    }
    if (lineStart && end > i && end + 1 < tokens_.size() && gap(end - 1, end) == " " && gap(end, end + 1) == ": " &&
        !tokens_[end].hasDigit && isLower(in_.text[tokens_[end].start]) && !(tokens_[end].classes & WordClass::kNever)) {
      ++end;
    }
    // ("15:18 wen jie (nurse): hi, this is": the speaker's role in parentheses before the colon.)
    if (tagged && end > i && end + 1 < tokens_.size() && gap(end - 1, end) == " (" && isRoleNoun(tokens_[end]) &&
        gap(end, end + 1).starts_with("): ")) {
      mark(i, end);
      return true;
    }
    // (The message may open with a number: "[09:42] eudóxia: 25/01/1976".)
    if (end == i || end >= tokens_.size() || gap(end - 1, end) != ": " || isUpper(in_.text[tokens_[end].start])) return false;
    mark(i, end);
    return true;
  }
  if (i == 0) return false;
  const bool tagged = before.ends_with("] ") ||
                      (before == " " && tokens_[i - 1].allDigits && i >= 2 && gap(i - 2, i - 1) == ":");
  // After a bracketed tag the speaker may be a word-name ("[secure chat] Hawk: k."); not a
  // department or a heading ("[note] Pharmacy: ok").
  const bool bracketed = before.ends_with("] ") && !isRoleNoun(tokens_[i]) && !isPlaceAfter(tokens_[i].lower) &&
                         nameWord(i, Cue::kStrong);
  // ("[26/11/2025, 08:03] K. Nurlanova: thanks": an initial and a family name speak too.)
  const bool initialSpeaker = isInitial(i) && i + 2 < tokens_.size() && gap(i, i + 1) == ". " && nameWord(i + 1, Cue::kWeak) &&
                              !isInitial(i + 1);
  if (!tagged || !(nameWord(i, Cue::kWeak) || bracketed || initialSpeaker) || (isInitial(i) && !initialSpeaker)) return false;
  std::size_t end = initialSpeaker ? i + 2 : i + 1;
  if (end < tokens_.size() && innerGap(i, end) && nameWord(end, Cue::kWeak) && !isInitial(end)) ++end;
  // (In a note all in capitals the message is in capitals too: "[19:07] KOUA: HEAT INDEX 104";
  // a transcript's time tag lets a speaker in capitals open a sentence: "[00:00:07] BLÁTHNAID
  // YOO: Yes.")
  const bool timeTag = before.ends_with("] ") && i >= 2 && tokens_[i - 1].allDigits && gap(i - 2, i - 1) == ":";
  if (end >= tokens_.size() || gap(end - 1, end) != ": " ||
      !(isLower(in_.text[tokens_[end].start]) || (!mixedCase_ && before.ends_with("] ")) ||
        (timeTag && tokens_[i].allCaps && tokens_[end].properShape() &&
         !(tokens_[i].classes & (WordClass::kEnglish | WordClass::kNever))))) {
    return false;
  }
  if (runIsEponym(i, end) || institutionContext(end - 1)) return false;
  mark(i, end);
  return true;
}

std::size_t NameScanner::capsChatLines() const {
  if (capsChatLines_ != kUnknown) return capsChatLines_;
  std::size_t lines = 0;
  bool heading = false;
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    if (!heading && chatAppWord(tokens_, k)) {
      heading = true;
      continue;
    }
    if (heading && tokens_[k].allCaps && k + 1 < tokens_.size() && (k == 0 || gap(k - 1, k).find('\n') != std::string_view::npos) &&
        gap(k, k + 1) == ": ") {
      ++lines;
    }
  }
  capsChatLines_ = lines;
  return lines;
}

std::size_t NameScanner::chatLines() const {
  if (chatLines_ != kUnknown) return chatLines_;
  // Lines shaped "speaker: message" in lower case: "noor-jahan furrow: mum's been moved", "ilmari: ok".
  std::size_t lines = 0;
  // ("zalo nhóm gia đình\nánh: số chị kỹ thuật viên": under a messaging app's heading a line may open
  // with an accented lower-case letter; without one, "uống: 1.5 l\nthở: 18 lần/phút" is a list.)
  bool appHeading = false;
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    if (chatAppWord(tokens_, k)) {
      appHeading = true;
      break;
    }
  }
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    if (k > 0 && gap(k - 1, k).find('\n') == std::string_view::npos) continue;
    const std::size_t at = tokens_[k].start;
    if (!isLower(in_.text[at]) && !(appHeading && isNonAscii(in_.text[at]) && !startsWithUpperLatin(in_.text, at))) continue;
    std::size_t e = k + 1;
    while (e < tokens_.size() && e < k + 4 && (gap(e - 1, e) == " " || gap(e - 1, e) == "-")) ++e;
    for (std::size_t c = k + 1; c <= e && c < tokens_.size(); ++c) {
      if (gap(c - 1, c).starts_with(": ") && !isUpper(in_.text[tokens_[c].start])) {
        ++lines;
        break;
      }
    }
  }
  chatLines_ = lines;
  return lines;
}

bool NameScanner::tryCapsInversion(std::size_t i) {
  // "*** MAMANI, FERENC *** DOB", "Pt ID 001 499 47   KEAWE, PRASERT COWS at visit 11": a record
  // field that opens with an inverted name in capitals. Both words must read as names on their own
  // (no English or clinical word, no abbreviation), so "HTN, DM" or "FALLS, SYNCOPE" stay prose.
  // (After a label's colon too when a fact about the person follows: "Subject: BARLEY, SEONAID   DOB".)
  if (i + 1 >= tokens_.size() || !tokens_[i].allCaps) return false;  // (the cheap test first: this runs for every token)
  const bool afterColon = i > 0 && gap(i - 1, i).find(':') != std::string_view::npos &&
                          gap(i - 1, i).find('\n') == std::string_view::npos;
  if (!(fieldStart(i) || afterColon)) return false;
  // "LINDQVIST-ACHEBE, HALLDÓR W": a double-barrelled family name is one.
  std::size_t f = i;
  while (f + 1 < tokens_.size() && f < i + 2 && gap(f, f + 1) == "-" && tokens_[f + 1].allCaps && tokens_[f + 1].length() >= 2) ++f;
  if (f + 1 >= tokens_.size() || gap(f, f + 1) != ", ") return false;
  // (The family name alone may already be marked from the name tables: the pair is still one name.)
  if (marked_[f + 1]) return false;
  const std::size_t k = f + 1;
  const Token& given = tokens_[k];
  if (!given.properShape() || given.length() < 3 || !nameWord(k, Cue::kStrong)) return false;
  // ("PEUTZ-JEGHERS, COWDEN AND VON HIPPEL-LINDAU": syndromes listed, every word an eponym's.)
  bool allEponyms = isEponymName(given);
  for (std::size_t p = i; p <= f && allEponyms; ++p) allEponyms = isEponymName(tokens_[p]);
  if (allEponyms) return false;
  const bool givenStrong = strongShapeWord(k) || (isCommonGivenName(given) && !isNeverNameWord(given));
  // The family name reads as one on its own, or is a word ("HEDGE, HARUKO") before a given name that does.
  bool familyStrong = false;
  for (std::size_t p = i; p <= f; ++p) familyStrong = familyStrong || strongShapeWord(p);
  const bool familyWord = f == i && givenStrong && tokens_[i].length() >= 3 && nameWord(i, Cue::kStrong) &&
                          !abbreviation(i) && !isStateName(tokens_[i]);
  if (!familyStrong && !familyWord) return false;
  if (!(strongShapeWord(k) || (listedName(given) && !isNeverNameWord(given)) || !given.allCaps)) return false;
  if ((given.classes & WordClass::kEnglish) && !listedName(given)) return false;
  // "BRISTOL, MASSACHUSETTS": a city and its state.
  if (isStateName(given) || isStateCode(given)) return false;
  std::size_t end = k + 1;
  // A double given name: "LEUNG-ASHBY, IAIN-RUARIDH".
  while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].allCaps && tokens_[end].length() >= 2) ++end;
  // A middle initial at the end of the field: "AL-HAKIM, RODEL C\n".
  const std::size_t givenEnd = end;
  if (end < tokens_.size() && gap(end - 1, end) == " " && isInitial(end) &&
      (end + 1 >= tokens_.size() || gap(end, end + 1).find('\n') != std::string_view::npos ||
       gap(end, end + 1).starts_with(".") || (gapOnly(gap(end, end + 1), " ", 8) && gap(end, end + 1).size() >= 2))) {
    ++end;
  }
  // A family name that is a word needs the whole shape of a record's name field: a middle
  // initial or a fact about the person after it ("HEDGE, HARUKO E"; "FALLS, SYNCOPE" is prose).
  if (!familyStrong && end == givenEnd && !personAfter(end)) return false;
  if (afterColon && !fieldStart(i) && !personAfter(end)) return false;
  mark(i, end);
  return true;
}

bool NameScanner::tryRoomMention(std::size_t i) {
  // "is garcia-lopez in 245 still npo?", "also hrytsenko in 414 wants tylenol", "SAVAGE IN 734":
  // ward chat names a patient by the room; a word that is no ordinary word before "in" and a
  // room number is the patient's name.
  const Token& t = tokens_[i];
  if (t.hasDigit || marked_[i]) return false;
  std::size_t end = i + 1;
  while (end + 1 < tokens_.size() && gap(end - 1, end) == "-" && !tokens_[end].hasDigit) ++end;
  if (end + 1 >= tokens_.size() || gap(end - 1, end) != " " || tokens_[end].lower != "in" || gap(end, end + 1) != " ") {
    return false;
  }
  const Token& room = tokens_[end + 1];
  std::size_t digits = 0;
  while (digits < room.lower.size() && isDigit(room.lower[digits])) ++digits;
  if (digits < 3 || digits > 4 || room.lower.size() > digits + 1) return false;
  // ("in 1500 mL", "in 2400 hours": a unit after the number makes it an amount.)
  static constexpr std::array<std::string_view, 20> kUnits = {"ml", "l", "mg", "g", "kg", "mcg", "cc", "units",
                                                             "cm", "mm", "h", "hr", "hrs", "hours", "min", "mins",
                                                             "minutes", "days", "weeks", "months"};
  if (end + 2 < tokens_.size() && gap(end + 1, end + 2) == " " &&
      std::find(kUnits.begin(), kUnits.end(), tokens_[end + 2].lower) != kUnits.end()) {
    return false;
  }
  const bool word = t.properShape() ? strongShapeWord(i) || (listedName(t) && !isNeverNameWord(t) && !isAmbiguousNameWord(t))
                                    : lowerNameWord(i);
  if (!word || isRoleNoun(t)) return false;
  // After a chat line's colon, "is", "also", "and" or "check on": how a ward asks about a patient.
  const std::string_view before = i > 0 ? gap(i - 1, i) : std::string_view("\n");
  const std::string_view prev = i > 0 ? std::string_view(tokens_[i - 1].lower) : std::string_view();
  const bool asked = before.ends_with(": ") || before.find('\n') != std::string_view::npos ||
                     (before == " " && (prev == "is" || prev == "also" || prev == "and" || prev == "on" || prev == "see"));
  if (!asked || runIsEponym(i, end) || institutionContext(end - 1)) return false;
  mark(i, end);
  return true;
}

bool NameScanner::lowerCaseLine(std::size_t i) const {
  // The line of token i has no capital letter: a text message or a hurried note.
  std::size_t from = tokens_[i].start;
  while (from > 0 && in_.text[from - 1] != '\n') --from;
  std::size_t to = tokens_[i].end;
  while (to < in_.text.size() && in_.text[to] != '\n') ++to;
  for (std::size_t b = from; b < to; ++b) {
    if (isUpper(in_.text[b])) return false;
  }
  return true;
}

bool NameScanner::tryLowerLineName(std::size_t i) {
  // "ok ill go to urgent care. ingrid can drive", "my sugar is 380 and ingrid says": on a line
  // without capitals, a given name the lists hold that is no word is a name.
  // (Not a place after "in" or "port", nor a score before its number: "in lawrence", "port
  // ellis", "braden 12".)
  if (tokens_[i].properShape() || !isCommonGivenName(tokens_[i]) || tokens_[i].length() < 4 || !lowerNameWord(i) ||
      locativeBefore(i) || (i > 0 && isPlaceBefore(tokens_[i - 1].lower)) ||
      (i + 1 < tokens_.size() && tokens_[i + 1].hasDigit && gap(i, i + 1) == " ") || !lowerCaseLine(i)) {
    return false;
  }
  std::size_t end = i + 1;
  while (end < tokens_.size() && gap(end - 1, end) == "-" && !tokens_[end].hasDigit) ++end;  // "aroha-lee"
  if (end < tokens_.size() && gap(end - 1, end) == " " && isCommonFamilyName(tokens_[end]) && lowerNameWord(end)) ++end;
  // ("bonjour, elle tousse", "ella tiene fiebre": the French and Spanish "she" is a given name
  // only with a family name after it, "ella garcia called".)
  if (end == i + 1 && (tokens_[i].lower == "elle" || tokens_[i].lower == "ella")) return false;
  mark(i, end);
  return true;
}

bool NameScanner::tryNamedByAge(std::size_t i) {
  // "HPI: Heaven is a 96-year-old male", "Precious is a 9-month-old": only a person is N years
  // old, so a capitalised word opening that clause is a name even when it is an ordinary word.
  if (!tokens_[i].capitalised || i + 1 >= tokens_.size() || gap(i, i + 1) != " " || isNeverNameWord(tokens_[i]) ||
      isRoleNoun(tokens_[i]) || isKinNoun(tokens_[i]) || claimed_[i] || tokens_[i].length() < 3 ||
      !(i == 0 || sentenceStart(i)) || !ageFollows(i + 1)) {
    return false;
  }
  static constexpr std::array<std::string_view, 10> kNotNames = {"she", "he", "this", "that", "who", "which",
                                                                 "there", "here", "baby", "child"};
  if (std::find(kNotNames.begin(), kNotNames.end(), tokens_[i].lower) != kNotNames.end()) return false;
  mark(i, i + 1);
  return true;
}

bool NameScanner::tryFamilyOf(std::size_t i) {
  // "Love, the Xicoténcatl family", "the Sabbagh-Haddad family": a capitalised word between "the"
  // and "family" is the family's name.
  if (i == 0 || tokens_[i - 1].lower != "the" || gap(i - 1, i) != " " || !tokens_[i].capitalised || claimed_[i]) {
    return false;
  }
  std::size_t end = i + 1;
  while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].properShape()) ++end;
  if (end >= tokens_.size() || gap(end - 1, end) != " " || tokens_[end].lower != "family") return false;
  for (std::size_t k = i; k < end; ++k) {
    if (tokens_[k].classes & (WordClass::kEnglish | WordClass::kNever)) return false;  // "the Home family"
  }
  mark(i, end);
  return true;
}

bool NameScanner::tryLowerOwner(std::size_t i) {
  // "left the inhaler at byron's house": in lower-case text a listed name that is no word owns
  // what only people own.
  if (tokens_[i].properShape() || !listedName(tokens_[i]) || !lowerNameWord(i) || !ownsBelonging(i)) return false;
  mark(i, i + 1);
  return true;
}

void NameScanner::tryShape(std::size_t i) {
  if (i > 0 && marked_[i - 1] && innerGap(i - 1, i)) return;
  // (Text messages first: a lower-case line's rule would take the first of a referred person's words.)
  if (trySmsSender(i) || tryGreetingChat(i) || tryAskFor(i) || tryLowerLineName(i) || tryNamedByAge(i) || tryLowerOwner(i) || tryFamilyOf(i)) return;
  if (tryCapsInversion(i) || tryPossessiveKin(i) || tryChatSpeaker(i) || tryRoomMention(i)) return;
  if (tryVietnameseCourtesy(i) || tryNamedAfterDoctor(i) || tryForWhomSpanish(i) ||
      tryBurmeseCourtesy(i)) {
    return;
  }
  // "Swallow Evaluation Chiu, D., rm 6118", "your patient Haddad, S.": an inverted family name that
  // reads as one on its own and a given name's initial with its period.
  // (A family name that is a word too, when a fact about the person follows: "WOOL, L. - RM 5114".)
  // ("Tegucigalpa, M.D.C.": a listed city is no family name; the letters after it abbreviate its
  // district. Not every dotted run is a place's: "Marcotte, M.D." is a doctor's name.)
  if (i + 2 < tokens_.size() && !marked_[i + 1] && gap(i, i + 1) == ", " && isInitial(i + 1) &&
      gap(i + 1, i + 2).starts_with(".") &&
      (strongShapeWord(i) || (isCommonFamilyName(tokens_[i]) && !isNeverNameWord(tokens_[i])) ||
       (tokens_[i].properShape() && !abbreviation(i) && nameWord(i, Cue::kStrong) && personAfter(i + 2))) &&
      tokens_[i].length() >= 3 && !runIsEponym(i, i + 1) && !institutionContext(i) && !isStateName(tokens_[i]) &&
      !worldCityRun(in_, i, i + 1)) {
    mark(i, i + 2);
    return;
  }
  // "Case 3: D. Brook, aged 98", "M. AL-KHATIB, 96-YR": an initial and a capitalised word are
  // a person when a fact about a person (an age, DOB, MRN) follows.
  // ("mg/L. A 63-year-old" is a unit and an article: the surname has two letters or more and
  // a comma comes before the fact.)
  if (!marked_[i] && isInitial(i) && !afterSlash(i) && i + 1 < tokens_.size() && gap(i, i + 1) == ". " &&
      tokens_[i + 1].length() >= 2 && nameWord(i + 1, Cue::kStrong)) {
    std::size_t end = i + 2;
    if (end < tokens_.size()) end = skipLowerHyphenPart(end);
    while (end < tokens_.size() && gap(end - 1, end) == "-" && nameWord(end, Cue::kStrong)) ++end;  // "Fitzpatrick-Hale"
    if (end < tokens_.size() && gap(end - 1, end).starts_with(",") && personAfter(end) && !runIsEponym(i, end) &&
        !institutionContext(end - 1)) {
      mark(i, end);
      return;
    }
  }
  // "Appt made with T. Fenn tomorrow", "Called prescriber M. Aquino at": after a preposition an
  // initial and a family name that reads as one on its own (a listed name, or an unknown word of
  // four letters or more) are a person; "with E. Coli" and "vitamin D. Zyprexa" are not.
  // So are they alone in parentheses: "refer oral surgery (N. Toure)".
  // And so are they before a role in parentheses, after any word: "(SLP), T. Beauchemin (SW)".
  // Handover lists write a patient's initials run together before the family name: "Bed 3   DC
  // Higginbottom   31 yo", "BED 5   EF DRINKWATER   POST-OP DAY 1". Taken after a bed or room
  // number, or before a fact about the person.
  if (!marked_[i] && tokens_[i].allCaps && tokens_[i].length() >= 2 && tokens_[i].length() <= 3 && !tokens_[i].hasDigit &&
      !(tokens_[i].classes & (WordClass::kEnglish | WordClass::kNever | WordClass::kCredential)) &&
      i + 1 < tokens_.size() && gap(i, i + 1) == " " && !listedName(tokens_[i])) {
    const std::size_t f = i + 1;
    std::size_t end = f + 1;
    while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].properShape() && !tokens_[end].hasDigit) ++end;
    const bool bedBefore = i >= 2 && tokens_[i - 1].allDigits && isInlineSpace(gap(i - 2, i - 1), 1) &&
                           (tokens_[i - 2].lower == "bed" || tokens_[i - 2].lower == "room" || tokens_[i - 2].lower == "rm" ||
                            tokens_[i - 2].lower == "bay");
    const bool family = strongShapeWord(f) || (isCommonFamilyName(tokens_[f]) && !isNeverNameWord(tokens_[f]));
    // (Initials that read as a state code, "DC", only after a bed: "Springfield IL 62701" is a place.)
    if (family && tokens_[f].length() >= 3 && (bedBefore || (personAfter(end) && !isStateCode(tokens_[i]))) &&
        !runIsEponym(i, end) &&
        !institutionContext(end - 1)) {
      mark(i, end);
      return;
    }
  }
  // Two initials may be written together: "DISCHARGE CHECKLIST - K.B. Sekhon (231-00-183)".
  std::size_t li = i;  // the last initial
  if (isInitial(i) && i + 2 < tokens_.size() && gap(i, i + 1) == "." && isInitial(i + 1)) li = i + 1;
  if (!marked_[i] && isInitial(i) && i > 0 && li + 1 < tokens_.size() &&
      (gap(i - 1, i) == " " || gap(i - 1, i) == " (" || gap(i - 1, i).ends_with(", ") || gap(i - 1, i).ends_with(" - ") ||
       gap(i - 1, i) == ": " || gap(i - 1, i) == ":  ") &&
      gap(li, li + 1) == ". ") {
    const std::string_view prep = tokens_[i - 1].lower;
    // ("Seen with A. da Costa-Mendes (consultant)": particles before the family name.)
    const std::size_t f = skipParticles(li + 1) < tokens_.size() ? skipParticles(li + 1) : li + 1;
    std::size_t end = f + 1;
    if (end < tokens_.size()) end = skipLowerHyphenPart(end);
    while (end < tokens_.size() && gap(end - 1, end) == "-" && tokens_[end].capitalised && !tokens_[end].hasDigit) ++end;
    const bool enclosed = gap(i - 1, i) == " (" && (end >= tokens_.size() || gap(end - 1, end).starts_with(")"));
    // (After a label's colon too: "Patient Financial Services: D. Postlethwaite".)
    const bool afterLabel = gap(i - 1, i) == ": " || gap(i - 1, i) == ":  ";
    const bool preposition = enclosed || afterLabel || (end < tokens_.size() && roleAfter(end)) ||
                             (li > i && end < tokens_.size() && gap(end - 1, end) == " (" && claimed_[end]) ||
                             (gap(i - 1, i) == " " && (prep == "with" || prep == "by" || prep == "to" || prep == "from" ||
                                                       prep == "w" || prep == "per"));
    // (In parentheses alone the family name may be a word: "refer oral surgery (A. Rains)".)
    // (After "to", "with", "by" the family name may be a word when the name ends there: "Issued
    // 03/15/2022 11:52 to A. Rudder  HbA1c".)
    const auto closed = [&](std::size_t t) {  // punctuation, a column gap or the line's end after it
      if (t + 1 >= tokens_.size()) return true;
      const std::string_view after = gap(t, t + 1);
      return after.find('\n') != std::string_view::npos || after.starts_with(".") || after.starts_with(",") ||
             after.starts_with(";") || (after.size() >= 2 && gapOnly(after, " ", 8));
    };
    const bool wordFamily = !enclosed && f == end - 1 && tokens_[f].capitalised && tokens_[f].length() >= 3 &&
                            nameWord(f, Cue::kStrong) && !isEponymTrigger(tokens_[f]) && closed(f) &&
                            (prep == "to" || prep == "with" || prep == "by" || prep == "per");
    const bool family = isCommonFamilyName(tokens_[f]) || (strongShapeWord(f) && tokens_[f].length() >= 4) || wordFamily ||
                        (enclosed && tokens_[f].capitalised && tokens_[f].length() >= 3 && nameWord(f, Cue::kStrong));
    // (A surname that names a sign is a family name here when no trigger follows: "with H. Tourette tomorrow".)
    const bool eponymFamily = isEponymName(tokens_[f]) && !eponymContext(f);
    if (preposition && (family || eponymFamily) && tokens_[f].properShape() && !claimed_[f] &&
        (!isNeverNameWord(tokens_[f]) || eponymFamily) && !hasClinicalEnding(tokens_[f].lower) && !runIsEponym(i, f + 1) &&
        !institutionContext(f)) {
      mark(i, end);
      return;
    }
  }
  // A signature after a dash where a line or the note ends: "... understanding. -M. Wekesa",
  // "— B. Lowenstein, RN".
  if (!marked_[i] && isInitial(i) && i + 1 < tokens_.size() && gap(i, i + 1) == ". " && signatureDash(i)) {
    const std::size_t f = i + 1;
    // The dash, the initial and the line's end vouch for a family name that is also a word ("-I. Gay").
    const bool family = tokens_[f].length() >= 2 && nameWord(f, Cue::kStrong) && !abbreviation(f);
    std::size_t end = f + 1;
    while (end < tokens_.size() && gap(end - 1, end) == "-" && nameWord(end, Cue::kStrong)) ++end;  // "Bouchard-Roy"
    const std::string_view after = end < tokens_.size() ? gap(end - 1, end) : std::string_view("\n");
    const bool lineEnds = after.find('\n') != std::string_view::npos || (after.size() >= 2 && gapOnly(after, " ", 8)) ||
                          ((after == ", " || after == ",") && credentialToken(end));
    if (family && lineEnds && tokens_[f].properShape() && !claimed_[f] && !isNeverNameWord(tokens_[f]) &&
        !hasClinicalEnding(tokens_[f].lower)) {
      mark(i, end);
      return;
    }
  }
  // "... took 2 paracetamol at 3pm. - Sokunthea", "uses library computer. - aroha-lee": a name
  // alone after a sentence and a dash, ending the line or the note.
  // (Or on a line of its own after the sentence: "driver to call 555-0100 first.\n-eithne".)
  if (!marked_[i] && i > 0 && gap(i - 1, i).starts_with(".") &&
      (gap(i - 1, i) == ". - " || gap(i - 1, i) == ".  - " || gap(i - 1, i) == ". -" || gap(i - 1, i) == ".\n-" ||
       gap(i - 1, i) == ".\n- " || gap(i - 1, i) == ".\r\n-")) {
    std::size_t end = i + 1;
    while (end < tokens_.size() && gap(end - 1, end) == "-" && !tokens_[end].hasDigit) ++end;
    // ("reply stop to opt out. - sadhbh, research team": a team's or a role's words in lower case
    // after a comma sign with the name, up to the line's end.)
    const auto teamAfter = [&] {
      if (end >= tokens_.size() || gap(end - 1, end) != ", ") return false;
      std::size_t k = end;
      while (k < tokens_.size() && k < end + 3 && isLower(in_.text[tokens_[k].start]) &&
             (tokens_[k].classes & WordClass::kEnglish) && (k == end || gap(k - 1, k) == " ")) {
        ++k;
      }
      return k > end && (k >= tokens_.size() || gap(k - 1, k).find('\n') != std::string_view::npos ||
                         (gap(k - 1, k).size() >= 2 && gapOnly(gap(k - 1, k), " ", 8)));
    };
    const bool ends = end >= tokens_.size() || gap(end - 1, end).find('\n') != std::string_view::npos ||
                      (gap(end - 1, end).size() >= 2 && gapOnly(gap(end - 1, end), " ", 8)) || teamAfter();
    const bool word = tokens_[i].properShape() ? strongShapeWord(i) || (listedName(tokens_[i]) && !isNeverNameWord(tokens_[i]))
                                               : lowerNameWord(i) || (listedName(tokens_[i]) && end > i + 1);
    if (ends && word && !runIsEponym(i, end) && !institutionContext(end - 1)) {
      mark(i, end);
      return;
    }
  }
  // "triage: p. oberholtzer, lpn": in lower case, an initial, a family name that is no English or
  // clinical word, and a credential after the comma.
  if (!marked_[i] && tokens_[i].length() == 1 && isLower(in_.text[tokens_[i].start]) && i + 2 < tokens_.size() &&
      gap(i, i + 1) == ". " && !claimed_[i + 1] && lowerNameWord(i + 1) && gap(i + 1, i + 2) == ", " &&
      isCredentialWord(tokens_[i + 2]) && !(tokens_[i + 2].classes & WordClass::kEnglish) &&
      isLower(in_.text[tokens_[i + 2].start])) {
    mark(i, i + 2);
    return;
  }
  // "Rider phone 600.7733; alt Qaatuq 733.675.0731": an alternate contact named between "alt" and
  // the phone number another scanner found ("ALT 45 U/L" has no name; "alt Tylenol 500" no phone).
  if (!marked_[i] && i > 0 && tokens_[i - 1].lower == "alt" && gap(i - 1, i) == " " && tokens_[i].properShape() &&
      tokens_[i].length() >= 3 && nameWord(i, Cue::kStrong) && !isRoleNoun(tokens_[i]) && !isKinNoun(tokens_[i])) {
    std::size_t end = i + 1;
    if (end < tokens_.size() && gap(end - 1, end) == " " && tokens_[end].properShape() && !claimed_[end] &&
        nameWord(end, Cue::kStrong)) {
      ++end;
    }
    const std::string_view after = end < tokens_.size() ? gap(end - 1, end) : std::string_view();
    if ((after == " " || after == " (" || after == " +") && claimed_[end] && tokens_[end].hasDigit) {
      mark(i, end);
      return;
    }
  }
  // "... he will text me from 347-7354\n- dòmhnall mostyn": a lower-case given and family name
  // signing on a dashed line of their own, after any line; not an item of a dashed list (no
  // dashed line before or after it: "- metoprolol succinate").
  if (!marked_[i] && i > 0 && isLower(in_.text[tokens_[i].start]) &&
      (gap(i - 1, i).ends_with("\n- ") || gap(i - 1, i).ends_with("\n-"))) {
    const std::size_t end = lowerRun(i, false, false);
    const bool lineEnds = end < tokens_.size() ? gap(end - 1, end).find('\n') != std::string_view::npos
                                               : true;
    const std::size_t lineStart = in_.text.rfind('\n', tokens_[i - 1].end);
    const bool dashedBefore = [&] {
      // The line before this one: a dash at its start makes a list.
      if (lineStart == std::string_view::npos || lineStart == 0) return false;
      const std::size_t previous = in_.text.rfind('\n', lineStart - 1);
      const std::size_t from = previous == std::string_view::npos ? 0 : previous + 1;
      return in_.text.substr(from, 1) == "-";
    }();
    const bool dashedAfter = end < tokens_.size() && gap(end - 1, end).find("\n-") != std::string_view::npos;
    if (end >= i + 2 && lineEnds && !dashedBefore && !dashedAfter && !runIsEponym(i, end)) {
      mark(i, end);
      return;
    }
  }
  const std::string_view before = i > 0 ? gap(i - 1, i) : std::string_view("\n");
  // Mid-sentence after a lower-case word, a capitalised English word may be a first name
  // when an unknown word follows ("authorization for Rune Fitzgerald").
  const bool lowerBefore = i > 0 && before == " " && isLower(in_.text[tokens_[i - 1].start]);
  // So may one before a middle initial at any position ("Rune S. Lombardi was seen").
  const bool initialNext = i + 2 < tokens_.size() && isInitial(i + 1) && gap(i + 1, i + 2) == ". " &&
                           gap(i, i + 1) == " " && strongShapeWord(i + 2);
  // And so may one before a surname and a role set off by dashes ("Honor Okafor — POA —") or
  // a maiden name ("Prince Goodman (née Demir)").
  // (Evaluated only for a capitalised English word: this runs for every token.)
  auto roleNext = [&] {
    return i + 2 < tokens_.size() && gap(i, i + 1) == " " && strongShapeWord(i + 1) &&
           (dashRole(i + 2) ||
            (gap(i + 1, i + 2) == " (" && (tokens_[i + 2].lower == "n\u00e9e" || tokens_[i + 2].lower == "nee")));
  };
  // And so may one before a comma, a given name that reads as one and a fact about a person
  // ("on Fuller, Baila (MRN 00804534)").
  // And so may one at a clause's start before a kin noun in parentheses ("Plum (wife) let me in").
  auto kinNext = [&] {
    return i + 2 < tokens_.size() && gap(i, i + 1) == " (" && isKinNoun(tokens_[i + 1]) && roleAfter(i + 1) &&
           !isRoleNoun(tokens_[i]) && !adjectiveLike(tokens_[i]) && !tokens_[i].allCaps;
  };
  auto invertedNext = [&] {
    return i + 2 < tokens_.size() && gap(i, i + 1) == ", " && strongShapeWord(i + 1) && personAfter(i + 2);
  };
  const bool englishLead = tokens_[i].capitalised && (tokens_[i].classes & WordClass::kEnglish) &&
                           i + 1 < tokens_.size() && nameWord(i, Cue::kStrong) &&
                           ((lowerBefore && innerGap(i, i + 1) && strongShapeWord(i + 1)) || initialNext || roleNext() ||
                            invertedNext() || kinNext());
  // A leading initial ("J. Nwachukwu") is left to the cues: without one it is mostly a unit or
  // a vitamin ("UF goal 3 L. Basal rate", "vitamin D. Zyprexa").
  if (!shapeWord(i) && !englishLead) return;
  if (vehicleMakeBefore(i)) return;
  std::size_t k = i;
  std::size_t words = 0;
  bool listed = false;
  bool initial = false;
  bool strong = false;  // a word that is a name on its own, not a name that is also a word
  while (k < tokens_.size() && words < 4) {
    if (words > 0) {
      const std::size_t after = skipParticles(k);  // "Maria de la Cruz", "Pieter van Wyk"
      if (after > k && after < tokens_.size() && shapeWord(after)) {
        k = after;
        continue;
      }
    }
    // "Sarojini R Shaheen": the middle initial's period is often left out.
    if (words > 0 && isInitial(k) && k + 1 < tokens_.size() && (gap(k, k + 1) == ". " || gap(k, k + 1) == " ") &&
        gap(k - 1, k) == " " && shapeWord(k + 1)) {
      initial = true;  // "S." in "Anneliese S. Brown"
      ++k;
      continue;
    }
    if (isInitial(k) && k + 1 < tokens_.size() && (gap(k, k + 1) == "'" || gap(k, k + 1) == "\u2019") &&
        tokens_[k + 1].properShape() && !tokens_[k + 1].hasDigit) {
      ++k;  // "O'" of "O'Brien"
      continue;
    }
    // "Ognyan Hashimoto.": after a word that is a name on its own, a surname that names a sign
    // is the family name when no trigger word follows ("Hashimoto thyroiditis").
    const bool eponymFamily = k > i && isEponymName(tokens_[k]) && gap(k - 1, k) == " " && strongShapeWord(k - 1) &&
                              tokens_[k].properShape() && !eponymContext(k);
    if (!(shapeWord(k) || (k == i && englishLead) || eponymFamily)) break;
    if (opensNextField(k, words)) break;
    if (k > i && isNameParticle(tokens_[k - 1]) && !innerGap(k - 1, k)) break;
    listed = listed || listedName(tokens_[k]);
    strong = strong || strongShapeWord(k);
    if (k == i || gap(k - 1, k) != "-") ++words;
    ++k;
    if (k < tokens_.size()) k = skipLowerHyphenPart(k);
    if (k < tokens_.size() && innerGap(k - 1, k) && gap(k - 1, k) != "'") continue;
    break;
  }
  // "Ashkenazi Jewish ancestry", "Hmong descent": an ancestry, not a person.
  if (k < tokens_.size() && isInlineSpace(gap(k - 1, k), 1)) {
    const std::string_view next = tokens_[k].lower;
    if (next == "ancestry" || next == "descent" || next == "heritage" || next == "origin") return;
  }
  // A name that is also a word reads as a person when it owns what only people own, mid-sentence:
  // "transmission from Gene's ICD", "fundraiser for Jordan's medical bills".
  // (So does an unknown one before "rehab" or "medical", words that otherwise make a place.)
  if (words == 1 && k == i + 1 && (strong || isAmbiguousNameWord(tokens_[i])) &&
      tokens_[i].capitalised && !sentenceStart(i) && ownsBelonging(i) && !runIsEponym(i, k) && !institutionContext(i)) {
    mark(i, k);
    return;
  }
  // A name that is also a word needs a word that is a name on its own beside it, a fact about a
  // person after it ("Will Green, 101-yr-old"), a middle initial ("Rose J. King"), a role
  // after it, or, mid-sentence, a family name after it ("visit for Rose King on").
  const bool givenFamily = words == 2 && k - i == 2 && lowerBefore && isAmbiguousNameWord(tokens_[i]) &&
                           isCommonFamilyName(tokens_[k - 1]);
  // A name before its role: "Dariusz (husband)", "Karen, her daughter,"; the family name may then
  // be an English word ("Lyle Gentle (health care proxy)", "Tuan Judge (son)").
  bool role = roleAfter(k);
  if (!role && words == 1 && k + 1 < tokens_.size() && gap(k - 1, k) == " " && tokens_[k].properShape() &&
      (tokens_[k].classes & WordClass::kEnglish) && nameWord(k, Cue::kStrong) && roleAfter(k + 1) &&
      (strong || listed)) {
    ++k;
    role = true;
  }
  const bool afterColon = before.find(':') != std::string_view::npos && before.find('\n') == std::string_view::npos;
  // "Chanthavong, Panagiota F.   MRN ...": the given name may carry a middle initial before the fact.
  if (words == 1 && k + 3 < tokens_.size() && (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") &&
      (strongShapeWord(i) || (tokens_[i].properShape() && !isNeverNameWord(tokens_[i]) && strongShapeWord(k))) &&
      (strongShapeWord(k) || listedName(tokens_[k]) || (strongShapeWord(i) && tokens_[k].capitalised && nameWord(k, Cue::kStrong))) &&
      gap(k, k + 1) == " " && isInitial(k + 1) &&
      gap(k + 1, k + 2).starts_with(".") && personAfter(k + 2) && !runIsEponym(i, k + 2)) {
    mark(i, k + 2);
    return;
  }
  // (The given name may have a lower-case part: "Mukherjee-Lowe, Thanh-huong   03/10/1964".)
  const std::size_t kn = k + 1 < tokens_.size() ? skipLowerHyphenPart(k + 1) : k + 1;
  if (words == 1 && (afterColon || personAfter(kn)) && k < tokens_.size() &&
      (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") &&
      (shapeWord(k) || nameWord(k, Cue::kStrong) || isAmbiguousNameWord(tokens_[k])) &&
      (listed || listedName(tokens_[k]) || personAfter(kn)) && (strong || strongShapeWord(k) || personAfter(kn)) &&
      (kn >= tokens_.size() || !tokens_[kn].properShape() || gap(kn - 1, kn) != " " || personAfter(kn))) {
    // "Mukherjee-Lowe, Thanh-huong": the given name's lower-case part goes with it.
    mark(i, kn);  // "Delacroix, Joy", "GREEN, DAGNY, ninety-seven-year-old"
    return;
  }
  // "Ngoc Bright, restrained driver", "Nokuthula ten Brink,": an unknown given name and a family
  // name that is an English word, where the name ends (punctuation or a lower-case word follows).
  // Brands name their product forms with such words ("Humira Pen", "Tegaderm Foam", "Ensure Plus"):
  // those are no family names.
  static constexpr std::array<std::string_view, 40> kProductForms = {
      "pen", "pens", "spray", "foam", "border", "plus", "patch", "gel", "cream", "ointment", "lotion", "solution",
      "drops", "kit", "pump", "sensor", "monitor", "strips", "flex", "max", "forte", "lite", "starter", "pack",
      "guard", "shield", "dressing", "wrap", "boot", "brace", "clear", "free", "ultra", "classic", "original",
      "mini", "complete", "advance", "extra", "select"};
  // (At a sentence start too when a fact about a person follows: "HOSPICE ADMISSION\nSharmila
  // Fell, 52 years of age".)
  // (A listed given name will do as well when it is no word: "Maria ten Brink".)
  const bool plainGiven = !listed || (isCommonGivenName(tokens_[i]) && !(tokens_[i].classes & WordClass::kEnglish));
  if (words == 1 && k == i + 1 && strong && plainGiven && tokens_[i].length() >= 4 && !tokens_[i].allCaps &&
      k < tokens_.size() && std::find(kProductForms.begin(), kProductForms.end(), tokens_[k].lower) == kProductForms.end()) {
    std::size_t family = skipParticles(k);
    const bool joined = family == k ? gap(k - 1, k) == " " : true;
    const Token& f = family < tokens_.size() ? tokens_[family] : tokens_[k - 1];
    if (joined && family < tokens_.size() && f.capitalised && !f.allCaps && (f.classes & WordClass::kEnglish) &&
        nameWord(family, Cue::kStrong) && !isEponymTrigger(f) && !hasClinicalEnding(f.lower) && !isPlaceAfter(f.lower) &&
        !isLandscapeWord(f.lower) &&
        nameEndsAfter(family) && (!sentenceStart(i) || personAfter(family + 1)) && !runIsEponym(i, family + 1) &&
        !institutionContext(family)) {
      mark(i, family + 1);
      return;
    }
  }
  if (!strong && !(listed && ((words >= 2 && (personAfter(k) || initial || givenFamily)) || role)) && !(role && englishLead)) {
    return;
  }
  if (isPlaceBefore(tokens_[i].lower)) return;  // "San Mateo", "Port Angeles"
  if (role && words >= 1 && !runIsEponym(i, k)) {
    mark(i, k);
    return;
  }
  // A lone unknown name reads as a person when it owns something or has an age:
  // "transmission from Chukwuemeka's ICD", "Ludmila is a 9-month-old here with mom".
  if (words == 1 && k == i + 1 && strong && !listed && !runIsEponym(i, k) && !institutionContext(i) &&
      (possessive(i) || ageFollows(k) || kinFollows(k) ||
       (k < tokens_.size() && gap(k - 1, k) == " (" && !claimed_[k] && personAfter(k)) ||
       (k < tokens_.size() && gap(k - 1, k) == " - " && ageSexToken(k)))) {
    // (An age in parentheses, "Bérénice (18 mo)"; a number in them may be anything's: "LANDLINE (439) ...".)
    mark(i, k);
    return;
  }
  if (words < 2) return;
  if (locativeBefore(i)) return;
  // ("Lazarus Tower pool": a place word ending the run makes a building; not the half of a
  // double-barrelled name, "FitzGerald-Ward".)
  const bool placeEnds = (buildingNamed(k - 1) || (k - i == 2 && isLandscapeWord(tokens_[k - 1].lower))) &&
                         !(k - 1 > i && gap(k - 2, k - 1) == "-");
  // "Arctic Sun pads", "Xience Skypoint stent": two capitalised words before a device's noun are
  // the device's brand.
  static constexpr std::array<std::string_view, 16> kDeviceNouns = {
      "pads", "pad", "stent", "stents", "catheter", "system", "device", "pump", "sensor", "blanket", "valve",
      "graft", "implant", "balloon", "sheath", "machine"};
  if (k < tokens_.size() && gap(k - 1, k) == " " &&
      std::find(kDeviceNouns.begin(), kDeviceNouns.end(), tokens_[k].lower) != kDeviceNouns.end()) {
    return;
  }

  if (runIsEponym(i, k) || institutionContext(i) || institutionContext(k - 1) || placeEnds) return;
  if (capsHeadingRun(i, k, words) || facilityNamed(i) || stateNamed(i)) {
    // The rest of the run is no name's start either ("ISLAMIQUE DE MAURITANIE", "MJEKËSOR PËR").
    std::size_t end = k;
    while (end < tokens_.size() && gap(end - 1, end) == " " && tokens_[end].allCaps && !tokens_[end].hasDigit) ++end;
    shapeResume_ = tokens_[i].allCaps ? end : k;
    return;
  }
  mark(i, k);
}

// "RAPORT MJEKËSOR PËR PAAFTËSI TË PËRKOHSHME NË PUNË": four words in capitals opening a line
// that goes on in capitals are a form's title, longer than a name (seed 3434); not a sentence in
// capitals ("OK, INISIAL SAJA DI SLIDE. KELUARGANYA RINA BISA DIHUBUNGI DI ...", seed 3535).
bool NameScanner::capsHeadingRun(std::size_t i, std::size_t k, std::size_t words) const {
  if (words < 4 || k >= tokens_.size() || gap(k - 1, k) != " ") return false;
  if (i > 0 && gap(i - 1, i).find('\n') == std::string_view::npos) return false;
  for (std::size_t j = i; j <= k; ++j) {
    if (!tokens_[j].allCaps || tokens_[j].hasDigit) return false;
  }
  return true;
}

// "CENTRE DE SANTÉ DE TEVRAGH ZEINA", "CENTRO DE SAÚDE DE ACHADA SANTO ANTÓNIO": the place or
// the name a health centre goes by, after the words for it (seed 3434).
bool NameScanner::facilityNamed(std::size_t i) const {
  std::size_t j = i;
  // ("DE ACHADA SANTO ANTÓNIO": in capitals, a word or two of the place may come first.)
  for (int words = 0; words < 2 && tokens_[i].allCaps && j > 1 && gap(j - 1, j) == " " && tokens_[j - 1].allCaps &&
                      !tokens_[j - 1].hasDigit && !isNameParticle(tokens_[j - 1]);
       ++words) {
    --j;
  }
  if (j > 0 && isNameParticle(tokens_[j - 1]) && gap(j - 1, j) == " ") --j;  // "... DE TEVRAGH"
  if (j == 0 || gap(j - 1, j) != " ") return false;
  // (Token::lower folds ASCII only: the capitals' accented letters are listed as written.)
  static constexpr std::array<std::string_view, 11> kFacilities = {
      "sant\u00e9", "sant\u00c9", "sa\u00fade", "sa\u00dade", "salud", "sanitario", "gezondheidscentrum",
      "sundhedscenter", "polyclinique", "policl\u00ednica", "policl\u00cdnica"};
  return listHas(kFacilities, tokens_[j - 1].lower);
}

// "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", "REPÚBLICA DE CABO VERDE": a state's name on a form's
// letterhead (seed 3434).
bool NameScanner::stateNamed(std::size_t i) const {
  static constexpr std::array<std::string_view, 10> kStates = {
      "r\u00e9publique", "r\u00c9publique", "rep\u00fablica", "rep\u00dablica", "republic", "repubblica",
      "republik", "republika", "royaume", "kingdom"};
  return listHas(kStates, tokens_[i].lower);
}

bool NameScanner::signatureDash(std::size_t i) const {
  // A hyphen is part of the gap before the token; an em or en dash is a token of its own.
  const std::string_view before = i > 0 ? gap(i - 1, i) : in_.text.substr(0, tokens_[i].start);
  if (before.ends_with("-")) {
    const std::size_t dash = before.size() - 1;
    const std::size_t at = i > 0 ? tokens_[i - 1].end + dash : dash;
    return at == 0 || in_.text[at - 1] == ' ' || in_.text[at - 1] == '\n' || in_.text[at - 1] == '-';
  }
  if (i == 0 || !isDashToken(i - 1) || !(before.empty() || before == " ")) return false;
  const std::string_view lead = i >= 2 ? gap(i - 2, i - 1) : in_.text.substr(0, tokens_[i - 1].start);
  return i < 2 || lead.find_first_of(" \n") != std::string_view::npos;
}

bool NameScanner::tryPossessiveKin(std::size_t i) {
  // "Esi's ex-wife", "Dusty's health care proxy", "VASILIKI'S WIFE": only people have kin.
  const Token& t = tokens_[i];
  if (marked_[i] || i + 3 >= tokens_.size() || t.length() < 2 || t.hasDigit) return false;
  if (tokens_[i + 1].lower != "s" || !(gap(i, i + 1) == "'" || gap(i, i + 1) == "\u2019") || gap(i + 1, i + 2) != " ") {
    return false;
  }
  std::size_t r = i + 2;
  if ((tokens_[r].lower == "ex" || tokens_[r].lower == "step") && gap(r, r + 1) == "-") ++r;
  if (tokens_[r].lower == "health" && r + 2 < tokens_.size() && tokens_[r + 1].lower == "care") r += 2;
  const std::string_view role = tokens_[r].lower;
  if (!(isKinNoun(role) || role == "proxy" || role == "caregiver" || role == "guardian")) return false;
  // "can someone ring ibtisam kaplan-stern's son-in-law back": in lower case, up to two words that
  // cannot be English or clinical.
  if (!t.properShape()) {
    if (!(lowerNameWord(i) || lowerSecondPartLower(i)) || isRoleNoun(t)) return false;
    std::size_t first = i;
    if (i >= 2 && lowerSecondPartLower(i)) first = i - 2;  // "kaplan-stern"
    if (first >= 1 && gap(first - 1, first) == " " && lowerNameWord(first - 1)) --first;
    mark(first, i + 1);
    return true;
  }
  if (!nameWord(i, Cue::kStrong) || isRoleNoun(t) || isTitleWord(t)) return false;
  // "Baby's father", "Everyone's friend": an ordinary word opening a sentence owns nothing here.
  if ((t.classes & WordClass::kEnglish) && !listedName(t) && sentenceStart(i)) return false;
  mark(i, i + 1);
  return true;
}

std::string_view NameScanner::ownedWord(std::size_t i) const {
  if (i + 2 >= tokens_.size() || tokens_[i + 1].lower != "s" || gap(i + 1, i + 2) != " ") return {};
  const std::string_view g = gap(i, i + 1);
  if (!(g == "'" || g == "\u2019")) return {};
  // "at Lowe's", "in Macy's": after a locative preposition the owner is a shop or a place.
  // ("at byron's house", "at Ana's place": a home after the owner is a person's.)
  const std::string_view owned = tokens_[i + 2].lower;
  const bool home = owned == "house" || owned == "home" || owned == "place" || owned == "apartment" || owned == "flat";
  const bool locative = i > 0 && (tokens_[i - 1].lower == "at" || tokens_[i - 1].lower == "in" ||
                                  tokens_[i - 1].lower == "near");
  return locative && !home ? std::string_view() : owned;
}

bool NameScanner::possessive(std::size_t i) const {
  // "Zhou's" before a lower-case word or an abbreviation; a capitalised word after it may make a
  // brand or a place ("Hannaford's Pharmacy" is vetoed by the place words as well).
  const std::string_view owned = ownedWord(i);
  return !owned.empty() && !isPlaceAfter(owned);
}

bool NameScanner::determinerBefore(std::size_t k) const {
  if (k == 0 || !isInlineSpace(gap(k - 1, k), 1)) return false;
  static constexpr std::array<std::string_view, 9> kDeterminers = {"the", "a", "an", "my", "your", "his", "her", "their", "our"};
  return std::find(kDeterminers.begin(), kDeterminers.end(), tokens_[k - 1].lower) != kDeterminers.end();
}

bool NameScanner::ownsBelonging(std::size_t i) const {
  const std::string_view owned = ownedWord(i);
  return !owned.empty() && isPersonalBelonging(owned);
}

bool NameScanner::kinFollows(std::size_t k) const {
  // "Jiho and his roommate Yolanda agree": only people have roommates, wives and daughters.
  if (k + 2 >= tokens_.size() || tokens_[k].lower != "and" || gap(k - 1, k) != " ") return false;
  const std::string_view owner = tokens_[k + 1].lower;
  return (owner == "his" || owner == "her" || owner == "their") && isRoleNoun(tokens_[k + 2]) &&
         tokens_[k + 2].lower != "patient" && tokens_[k + 2].lower != "pt";
}

bool NameScanner::ageFollows(std::size_t k) const {
  // "is a 9-month-old", "is an 18-year-old", "is a forty-five-year-old".
  if (k + 4 >= tokens_.size() || tokens_[k].lower != "is") return false;
  if (tokens_[k + 1].lower != "a" && tokens_[k + 1].lower != "an") return false;
  std::size_t u = k + 2;
  if (tokens_[u].allDigits) {
    ++u;
  } else {
    while (u < tokens_.size() && u < k + 6 && isNumberWord(tokens_[u].lower) && gap(u, u + 1) == "-") ++u;
    if (u == k + 2) return false;
  }
  if (u >= tokens_.size() || gap(u - 1, u) != "-") return false;
  const std::string_view unit = tokens_[u].lower;
  return unit == "year" || unit == "month" || unit == "week" || unit == "day";
}

bool NameScanner::shapeWord(std::size_t k) const {
  const Token& t = tokens_[k];
  if (unknownProperWord(k)) return true;
  if (!t.properShape() || t.hasDigit || claimed_[k] || afterSlash(k) || abbreviation(k)) return false;
  // Short unknown words in Title case ("Ewa") only beside a longer name word: "Med Rec" is none.
  const bool shortUnknown = t.capitalised && t.length() == 3 && !(t.classes & (WordClass::kEnglish | WordClass::kNever));
  return isAmbiguousNameWord(t) || shortUnknown;
}

}  // namespace concord::phi::detail
