// A number given in a chat in answer to a question that asks for an identity document: "nos pasás
// el dni?" / "juan ignacio: 20-20389692-0, mi celular ...", "your passport number?" / "ok:
// AB1234567". The question names the document as its last word before the "?", and the next line
// is a speaker's answer that opens with a number of an identity document's shape (seven to
// thirteen digits, with dots, dashes or one leading letter or two). Without the question a number
// in a chat is left to the other rules.
//
// The keyword scan asks answeredValueAt() for any label a chat's line asks about: "agent: can I
// have your policy number?" / "caller: yes it's 4451 2290 18".
#include <string>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// Documents a chat asks for by name, in the languages of the families' chats.
bool asksForDocument(std::string_view lower) {
  static constexpr std::string_view kDocuments[] = {"dni",     "cuil",      "cedula",   "c\u00e9dula", "pasaporte",
                                                    "passport", "passeport", "pasport",  "nic",         "trn",
                                                    "cin",      "ic",        "mykad",    "reisepass"};
  return listHas(kDocuments, lower);
}

// End of an identity number at `start`, or start: letters (at most two) first, then digits in
// groups joined by "." or "-", seven to thirteen digits in all.
std::size_t documentNumberEnd(std::string_view text, std::size_t start) {
  std::size_t k = start;
  while (k < text.size() && k - start < 2 && isUpper(text[k])) ++k;
  std::size_t digits = 0;
  while (k < text.size()) {
    if (isDigit(text[k])) {
      ++digits;
    } else if ((text[k] == '.' || text[k] == '-') && k + 1 < text.size() && isDigit(text[k + 1]) && k > start &&
               isDigit(text[k - 1])) {
      // a group's joint
    } else {
      break;
    }
    ++k;
  }
  if (digits < 7 || digits > 13 || (k < text.size() && isWordByte(text[k]))) return start;
  return k;
}

// Words that open a spoken answer before the number itself: "yes it's", "sure, my number is",
// "sí,", "oui c'est", "ja, das ist", "да, это", "sim, é".
bool answerOpening(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "yes",  "yeah", "yep",  "yup",   "sure", "ok",    "okay",   "it",    "s",      "its",    "it\u2019s",
      "it's", "my",   "mine", "number", "is",  "that",  "this",   "s\u00ed", "si",  "sim",    "oui",
      "c",    "est",  "ja",   "das",   "ist",  "es",    "\u00e9", "da",   "\u0434\u0430", "\u044d\u0442\u043e",
      "\u0432\u043e\u0442", "here",  "hmm",  "um",    "uh",     "claro", "\u00e8", "eh"};
  return listHas(kWords, lower);
}

// Words a question may close with after the number's label: "your medicare number please",
// "пожалуйста", "por favor".
bool politeClosing(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"please", "pls", "plz", "por", "favor", "\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430",
                                                "svp", "bitte", "again"};
  return listHas(kWords, lower);
}

// A form's field that opens a line as a speaker would: the next line of a form, not an answer
// ("DOB: 01/02/1960", "Tel: ...", "Fecha: ...").
bool fieldWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"dob",    "date",   "time",    "tel",   "phone", "mobile", "fax",
                                                "email",  "age",    "sex",     "gender", "address", "name", "ref",
                                                "re",     "subject", "fecha",  "datum", "data",  "dt",
                                                "\u0434\u0430\u0442\u0430", "hora", "heure"};
  return listHas(kWords, lower);
}

// Whether the line holding `pos` opens with a speaker: one to three words (a time tag may come
// first) and a colon before `pos`.
bool speakerLineBefore(std::string_view text, std::size_t pos) {
  const std::string_view line = sameLineBefore(text, pos, 80);
  const std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::size_t spaces = 0;
  for (std::size_t k = 0; k < colon; ++k) spaces += line[k] == ' ';
  return spaces <= 4;
}

}  // namespace

// A label whose tokens end before token j, asked in a chat or a call and answered on the next line
// by a speaker: "agent: and the claim number?" / "caller: CLM-2024-55812", "[10:02] reception:
// policy no?" / "[10:03] ana: 4451229018", "Регистратура: назовите номер полиса" / "Пациент:
// 7751230012345678". The question ends with "?" (or its line is a speaker's own), the answer's line
// may open with a chat's day and time, then its speaker (one to three words) and a colon, then a
// few words of answering ("yes it's", "sí,"), then the value. Returns the value's token, or j.
std::size_t answeredValueAt(const ScanInput& in, std::size_t j) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t n = tokens.size();
  if (j == 0 || j >= n) return j;
  // (Most labels run on to their value on the line: one look at the gap.)
  if (gapBetween(in, j - 1, j).find('\n') == std::string_view::npos && !politeClosing(tokens[j].lower)) return j;
  std::size_t k = j;
  for (int polite = 0; polite < 2 && k < n && politeClosing(tokens[k].lower) &&
                       gapOnly(gapBetween(in, k - 1, k), " ,", 2);
       ++polite) {
    ++k;
  }
  if (k >= n) return j;
  // The question's end: spaces and one "?" at most, then one line break.
  const std::string_view end = gapBetween(in, k - 1, k);
  const std::size_t line = end.find('\n');
  if (line == std::string_view::npos || line > 3 || end.find('\n', line + 1) != std::string_view::npos) return j;
  const std::string_view question = end.substr(0, line);
  if (!gapOnly(question, " ?\r", 3) && !question.empty()) return j;
  // (A question asked by a speaker: a form's "MRN?" over its "DOB: ..." is no chat. Without its
  // "?" the line asks for the one number, no list of them: "PHI involved: name, DOB, MRN".)
  if (!speakerLineBefore(text, tokens[k - 1].start)) return j;
  if (question.find('?') == std::string_view::npos &&
      sameLineBefore(text, tokens[k - 1].start, 80).find_first_of(",;") != std::string_view::npos) {
    return j;
  }
  // The answer's line: "[10:03] ", "12/03/2025, 14:22 - " before its speaker.
  const std::size_t lineStart = k;
  for (int stamp = 0; stamp < 6 && k < n && tokens[k].allDigits && tokens[k].length() <= 4 &&
                      (k == lineStart || gapOnly(gapBetween(in, k - 1, k), " :/.,-[]", 4));
       ++stamp) {
    ++k;
  }
  if (k >= n || tokens[k].hasDigit || (k > lineStart && !gapOnly(gapBetween(in, k - 1, k), " :/.,-[]", 4))) return j;
  std::size_t speaker = k;
  if (fieldWord(tokens[k].lower)) return j;
  while (k < n && k < speaker + 3 && !tokens[k].hasDigit && tokens[k].length() <= 24 &&
         (k == speaker || gapBetween(in, k - 1, k) == " ")) {
    const std::string_view after = k + 1 < n ? gapBetween(in, k, k + 1) : std::string_view{};
    ++k;
    if (after == ": " || after == " : " || after == ":  " || after == ":\t") break;
  }
  if (k >= n) return j;
  const std::string_view colon = gapBetween(in, k - 1, k);
  if (!(colon == ": " || colon == " : " || colon == ":  " || colon == ":\t")) return j;
  for (int words = 0; words < 4 && k < n && !tokens[k].hasDigit && answerOpening(tokens[k].lower); ++words) {
    if (k + 1 >= n || !gapOnly(gapBetween(in, k, k + 1), " ,'.!:", 3)) return j;
    ++k;
  }
  if (k >= n) return j;
  // The value opens with a digit, or with capitals before digits (a plate's "ABC 1234").
  if (!tokens[k].hasDigit &&
      !(tokens[k].allCaps && tokens[k].length() <= 4 && k + 1 < n && tokens[k + 1].hasDigit &&
        gapOnly(gapBetween(in, k, k + 1), " -", 1))) {
    return j;
  }
  // (A date answers another question: "yes, 7/5/2025".)
  if (const std::size_t first = digitRun(text, tokens[k].start); first >= 1 && first <= 4) {
    std::size_t p = tokens[k].start + first;
    if (p + 1 < text.size() && (text[p] == '/' || text[p] == '.' || text[p] == '-')) {
      const std::size_t second = digitRun(text, p + 1);
      p += 1 + second;
      if (second >= 1 && second <= 2 && p + 1 < text.size() && text[p] == text[tokens[k].start + first]) {
        const std::size_t third = digitRun(text, p + 1);
        if (third == 2 || third == 4) return j;
      }
    }
  }
  return k;
}

namespace {

// Whether the question's last word (lower-cased ASCII), closed at byte b of the text, asks for a
// phone number: "your phone?", "what's your phone number?", "¿su teléfono?", "votre numéro de
// téléphone ?", "номер телефона?", "WhatsApp?".
bool asksForPhone(std::string_view word, std::string_view text, std::size_t b) {
  static constexpr std::string_view kPhones[] = {
      "phone",     "mobile",    "cell",      "cellphone", "telephone", "whatsapp", "tel\u00e9fono", "telefono",
      "celular",   "m\u00f3vil", "movil",   "t\u00e9l\u00e9phone", "portable", "telefone", "telem\u00f3vel",
      "handy",     "handynummer", "telefonnummer", "\u0442\u0435\u043b\u0435\u0444\u043e\u043d",
      "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430", "\u0422\u0435\u043b\u0435\u0444\u043e\u043d",
      "\u0422\u0435\u043b\u0435\u0444\u043e\u043d\u0430"};
  if (listHas(kPhones, word)) return true;
  // "phone number?", "mobile number?", "contact number?": the word for number after a phone's.
  if (word != "number" || b < 2 || text[b - 1] != ' ') return false;
  const std::string_view before = text.substr(0, b - 1);
  for (std::string_view kind : {"phone", "mobile", "cell", "contact", "telephone", "callback", "whatsapp"}) {
    if (endsWithWord(before, kind)) return true;
  }
  return false;
}

// End of a phone number given at `start`: a "+" or "(" may open it, then digits in groups joined
// by spaces, dashes, dots or brackets, seven to fifteen digits in all. Returns start for none.
std::size_t givenPhoneEnd(std::string_view text, std::size_t start) {
  std::size_t k = start;
  if (k < text.size() && (text[k] == '+' || text[k] == '(')) ++k;
  std::size_t digits = 0;
  std::size_t end = start;
  while (k < text.size() && k - start < 24) {
    if (isDigit(text[k])) {
      ++digits;
      end = k + 1;
    } else if (!(text[k] == ' ' || text[k] == '-' || text[k] == '.' || text[k] == '(' || text[k] == ')') ||
               k + 1 >= text.size() || !(isDigit(text[k + 1]) || text[k + 1] == '(' || text[k + 1] == ' ')) {
      break;
    }
    ++k;
  }
  if (digits < 7 || digits > 15 || end == start || (end < text.size() && isWordByte(text[end]))) return start;
  return end;
}

}  // namespace

void scanAskedIds(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t q = text.find('?'); q != std::string_view::npos; q = text.find('?', q + 1)) {
    // The last word before the "?".
    std::size_t b = q;
    while (b > 0 && (isAsciiAlpha(text[b - 1]) || isNonAscii(text[b - 1]))) --b;
    if (b == q || q - b > 24) continue;  // (Cyrillic words take two bytes a letter: "телефона".)
    std::string word;
    for (std::size_t k = b; k < q; ++k) word.push_back(lowerAscii(text[k]));
    const bool document = asksForDocument(word);
    const bool phone = !document && asksForPhone(word, text, b);
    if (!document && !phone) continue;
    // The next line: a speaker of at most three words, a colon, the number.
    const std::size_t line = text.find('\n', q);
    if (line == std::string_view::npos || line - q > 3) continue;
    const std::size_t colon = text.find(':', line + 1);
    const std::size_t eol = text.find('\n', line + 1);
    if (colon == std::string_view::npos || (eol != std::string_view::npos && colon > eol) || colon - line > 32) continue;
    std::size_t spaces = 0;
    bool speaker = colon > line + 1;
    for (std::size_t k = line + 1; k < colon && speaker; ++k) {
      spaces += text[k] == ' ';
      speaker = (isAsciiAlpha(text[k]) || isNonAscii(text[k]) || text[k] == ' ') && spaces <= 2;
    }
    if (!speaker || colon + 2 >= text.size() || text[colon + 1] != ' ') continue;
    std::size_t start = colon + 2;
    if (phone) {
      // (A few words of answering may come first: "yes it's 601 234 567", "sí, el 612 34 56 78".)
      for (int words = 0; words < 4 && start < text.size() && isAsciiAlpha(text[start]); ++words) {
        std::size_t e = start;
        std::string answer;
        while (e < text.size() && (isAsciiAlpha(text[e]) || isNonAscii(text[e]))) answer.push_back(lowerAscii(text[e++]));
        if (!answerOpening(answer) && answer != "el" && answer != "le" && answer != "o") break;
        while (e < text.size() && (text[e] == ' ' || text[e] == ',' || text[e] == '\'' || text[e] == ':')) ++e;
        start = e;
      }
      const std::size_t end = givenPhoneEnd(text, start);
      if (end > start) out.push_back({start, end, PhiCategory::Phone, priority::kPhone});
      continue;
    }
    const std::size_t end = documentNumberEnd(text, start);
    if (end > start) out.push_back({start, end, PhiCategory::License, priority::kKeywordId});
  }
}

}  // namespace concord::phi::detail
