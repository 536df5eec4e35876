// Names around the greetings of chats and text messages in lower case, in the languages of the
// hospitals' patients (Lao "sabaidee", Azerbaijani "salam", Latvian "labdien", Icelandic "hæ",
// Kinyarwanda "muraho", Malagasy "manao ahoana", Shona "mhoro", Bemba "muli shani", Spanish
// "buenas", French "bonsoir"): the English rules know "hi", "hello" and "hey" only.
//  - the speaker who opens a line with a greeting: "günel: salam, ...", "11/11 11:00 - hazel:
//    buenas, ..." (a day, a time and a dash may come first);
//  - the one greeted, right after the greeting, closed by a comma or by an honorific after the name:
//    "hæ helga, ...", "muraho théoneste, ...", "salam gul agha jan, ...", "salam, rəşad bəy üçün";
//  - after a form of address or a kin word that follows the greeting, one name word:
//    "manao ahoana ramatoa fanja", "mhoro, sekuru kudakwashe vakabuda", "muli shani, ba mwape was".
// Each name word must pass the lower-case name test (no English, clinical, role or title word).
#include "name_cues.h"
#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Salutations of letters and messages that always name the one addressed, whose given and family
// names may both follow before the comma: Turkmen "hormatly", Uzbek "hurmatli", Azerbaijani
// "hörmətli" (respected, dear).
bool namingSalutation(std::string_view lower) { return listHas({"hormatly", "hurmatli", "h\u00f6rm\u0259tli"}, lower); }

bool greetingWord(std::string_view lower) {
  return namingSalutation(lower) || listHas({"sabaidee", "salam", "salaam", "labdien", "sveiki", "bonsoir", "bonjour", "buenas", "buenos", "hola",
                  "muraho", "mwaramutse", "mhoro", "manao", "muli", "mulibwanji", "hæ", "halló", "sæl", "sæll", "tere",
                  "moien", "marhaba", "zdravo", "dober", "olá", "ola", "oi", "bom", "boa",
                  // Setswana and Sesotho, siSwati and isiZulu (the words themselves are never names:
                  // name_tables.cpp).
                  "dumela", "lumela", "sanibonani",
                  // Shikomori (the Comoros); Kriolu and Papiamentu "bon" of "bon dia" (read only with
                  // its tail, see tryGreetingChat), seed 3434.
                  "marahaba", "bon",
                  // Tajik and Uzbek, Kyrgyz and Kazakh hello in Cyrillic letters.
                  "\u0441\u0430\u043b\u043e\u043c", "\u0441\u0430\u043b\u0430\u043c"},
                 lower);
}

// The second word of a two-word greeting: "manao ahoana", "muli shani", "dober dan", "bom dia",
// "buenas tardes", "buenos días".
bool greetingTail(std::string_view lower) {
  return listHas({"ahoana", "shani", "dan", "dia", "tarde", "tardes", "noite", "noches", "días", "dias", "kveld"}, lower);
}

// Forms of address and kin words said to the one greeted, whose name follows: Malagasy Mrs and Mr,
// Shona grandmother and grandfather, Bemba and Nyanja "ba" (respect), Spanish "don"/"doña",
// French "madame"/"monsieur".
bool addressWord(std::string_view lower) {
  // (And the Sesotho "ntate", father and Mr, "lumela ntate tšepo ramokoena.", seed 3434.)
  return listHas({"ramatoa", "andriamatoa", "ambuya", "sekuru", "ba", "don", "doña", "madame", "monsieur", "mme", "ntate"},
                 lower);
}

// Whom a greeting addresses that is no name: the doctor, the nurse, sir and madam, everyone
// ("bom dia doutora, ...", "hola equipo,"); nor is a chat's party that is no person.
bool greetedRole(std::string_view lower) {
  // (Kriolu and Papiamentu "dotora", "dotor", seed 3434.)
  // (And the Hausa "sannu da aiki", greeting one at work, seed 3535.)
  return listHas({"doutora", "doutor", "doctora", "doctor", "docteur", "doktor", "dokter", "dotora", "dotor", "enfermera",
                  "enfermeira", "aiki",
                  "infirmière", "señora", "señor", "senhora", "senhor", "madame", "monsieur", "equipo", "equipa",
                  "todos", "todas", "tous", "amigo", "amiga", "familia", "família", "mama", "papa",
                  // (A chat's parties that are no persons: "admin: hey all", "bot: hi".)
                  "admin", "administrator", "moderator", "mod", "bot", "chatbot", "helpdesk", "operator",
                  "frontdesk", "sysadmin", "noreply", "autoreply", "assistant", "recepcion", "recepción", "accueil"},
                 lower);
}

// Honorifics written after a name: Dari "jan", Azerbaijani "bəy" and "xanım", Turkish "bey" and "hanım".
bool honorificAfter(std::string_view lower) {
  return listHas({"jan", "jaan", "bəy", "xanım", "bey", "hanım"}, lower);
}

}  // namespace

// A lower-case word the chat's form vouches for as a name: the lower-case name test, or, since
// greetings are said to short names too ("salam gul agha jan"), any word of three letters or more
// that is no English, never-name, role, title, credential or particle word.
bool NameScanner::greetedNameWord(std::size_t k) const {
  const Token& w = tokens_[k];
  if (honorificAfter(w.lower) || greetingWord(w.lower) || greetedRole(w.lower) || isEndearment(w.lower)) return false;
  if (lowerNameWord(k, true)) return true;
  return !claimed_[k] && !w.hasDigit && w.length() >= 3 && !w.capitalised && !w.allCaps &&
         !(w.classes & (WordClass::kEnglish | WordClass::kNever)) && !isNeverNameWord(w) && !isRoleNoun(w) &&
         !isTitleWord(w) && !isCredentialWord(w) && !isNameParticle(w);
}

bool NameScanner::tryGreetingChat(std::size_t i) {
  const Token& t = tokens_[i];
  if (t.capitalised || t.allCaps || t.hasDigit) return false;
  const char first = in_.text[t.start];
  if (!(isLower(first) || isNonAscii(first))) return false;
  // The speaker: a line's first one or two words before ": " and a greeting.
  {
    const std::string_view before = i > 0 ? gap(i - 1, i) : std::string_view("\n");
    // ("20/12 08:00 - minor: buenas": a chat export's day, time and dash before the speaker.)
    // ("[12/03/2025, 14:22] maria: hi": a messaging app's export writes the stamp in brackets.)
    const bool timeTag = (before == " - " || before == "] ") && i >= 4 && tokens_[i - 1].allDigits &&
                         tokens_[i - 2].allDigits && gap(i - 2, i - 1) == ":" && (i == 2 || tokens_[i - 3].allDigits);
    // (Not inside quotes: a quoted text message opens with the sending clinic's name,
    // "\"larkmoor: hola wynona, su cita ...\"".)
    if ((before.find('\n') != std::string_view::npos && before.find('"') == std::string_view::npos) || timeTag) {
      std::size_t e = i;
      // (A listed given name that is also a word speaks too: "hazel: buenas".)
      while (e < tokens_.size() && e < i + 2 && (e == i || gap(e - 1, e) == " ") &&
             (greetedNameWord(e) || (isCommonGivenName(tokens_[e]) && !isNeverNameWord(tokens_[e]) && !claimed_[e]))) {
        ++e;
      }
      // (The speaker greets in English too: "maria: hi, my son has fever".)
      if (e > i && e + 1 < tokens_.size() && gap(e - 1, e) == ": " &&
          (greetingWord(tokens_[e].lower) || listHas({"hi", "hello", "hey"}, tokens_[e].lower)) &&
          !tokens_[e].allCaps) {
        mark(i, e);
        return true;
      }
    }
  }
  // The one greeted, after the greeting.
  if (!greetingWord(t.lower) || i + 1 >= tokens_.size()) return false;
  // (The greeting opens a line or its message: "hæ X", "alice: salam, X".)
  if (i > 0 && gap(i - 1, i).find('\n') == std::string_view::npos && !gap(i - 1, i).starts_with(": ")) return false;
  std::size_t k = i + 1;
  const bool tailed = k < tokens_.size() && gap(i, k) == " " && greetingTail(tokens_[k].lower);
  if (tailed) ++k;
  // ("bon" greets only as "bon dia": "bon appétit" is no greeting.)
  if (t.lower == "bon" && !tailed) return false;
  if (k >= tokens_.size() || (gap(k - 1, k) != " " && gap(k - 1, k) != ", ")) return false;
  // "салом, ман daler saidzoda.": the one greeting says who is writing, after the word for "I" (Tajik
  // "ман", Kyrgyz, Kazakh and Uzbek "мен", Uzbek and Turkmen "men"); the name closes its clause.
  if (listHas({"\u043c\u0430\u043d", "\u043c\u0435\u043d", "men"}, tokens_[k].lower) && k + 1 < tokens_.size() &&
      gap(k, k + 1) == " ") {
    std::size_t e = k + 1;
    while (e < tokens_.size() && e < k + 3 && (e == k + 1 || gap(e - 1, e) == " ") && greetedNameWord(e)) ++e;
    if (e == k + 1) return false;
    if (e < tokens_.size() && !(gap(e - 1, e).starts_with(",") || gap(e - 1, e).starts_with("."))) return false;
    mark(k + 1, e);
    return true;
  }
  if (addressWord(tokens_[k].lower) && k + 1 < tokens_.size() && gap(k, k + 1) == " ") {
    if (!greetedNameWord(k + 1)) return false;
    // (The given and the family name when a full stop or a comma closes them: "lumela ntate tšepo
    // ramokoena.", seed 3434.)
    std::size_t e = k + 2;
    if (e + 1 < tokens_.size() && gap(k + 1, e) == " " && greetedNameWord(e) &&
        (gap(e, e + 1).starts_with(". ") || gap(e, e + 1).starts_with(","))) {
      ++e;
    }
    mark(k + 1, e);
    return true;
  }
  std::size_t e = k;
  while (e < tokens_.size() && e < k + 3 && (e == k || gap(e - 1, e) == " ") && greetedNameWord(e)) {
    ++e;
  }
  if (e == k) return false;
  // (A greeting of two words says the whole name, closed by a stop or a "!": "bon dia rignald
  // koolman!", "bom dia wando pontes bandeira.", seed 3434.)
  // (Straight after the greeting: "buenos días, tengo fiebre alta." goes on with its message.)
  if (tailed && e > k + 1 && e < tokens_.size() && gap(k - 1, k) == " " &&
      (gap(e - 1, e).starts_with("!") || gap(e - 1, e).starts_with(". "))) {
    mark(k, e);
    return true;
  }
  if (e > k + 2) e = k + 2;
  // (One word closing the message's line or its sentence is the one greeted too: "marhaba, noof",
  // "salam ahmedou. ...", seed 3434; not the rest of a greeting's formula, "salam aleikum.".)
  if (e == k + 1 && !listHas({"aleikum", "alaikum", "alaykum", "alykum", "aleykum", "alejkum"}, tokens_[k].lower) &&
      (e >= tokens_.size() || gap(e - 1, e).find('\n') != std::string_view::npos || gap(e - 1, e).starts_with(". ") ||
       gap(e - 1, e).starts_with("!"))) {
    mark(k, e);
    return true;
  }
  if (e >= tokens_.size()) return false;
  const bool comma = gap(e - 1, e) == ", ";
  const bool honorific = gap(e - 1, e) == " " && honorificAfter(tokens_[e].lower);
  if (!comma && !honorific) return false;
  // (A two-word run closed by a comma only: "hola, tengo fiebre," is no name; an honorific vouches
  // for two.)
  if (!honorific && e > k + 1 && !namingSalutation(t.lower)) return false;
  mark(k, e);
  return true;
}

// "please come with k200.51, ask for lubinda at cash office": whom to ask for, in lower-case
// messages, one or two name words before "at" or a comma ("ask for help at the desk" stays prose:
// English words are no name here).
bool NameScanner::tryAskFor(std::size_t i) {
  // ("docteur. c'est pour issouf, la tension est à 14/9": whom a message is about, in French, one
  // or two name words before a comma, seed 3434.)
  if (tokens_[i].lower == "pour" && !tokens_[i].capitalised && !tokens_[i].allCaps && i >= 2 && i + 2 < tokens_.size() &&
      tokens_[i - 1].lower == "est" && tokens_[i - 2].lower == "c" && gap(i - 1, i) == " " &&
      (gap(i - 2, i - 1) == "'" || gap(i - 2, i - 1) == "\u2019") && gap(i, i + 1) == " ") {
    std::size_t e = i + 1;
    while (e < tokens_.size() && e < i + 3 && (e == i + 1 || gap(e - 1, e) == " ") && greetedNameWord(e)) ++e;
    if (e == i + 1 || e >= tokens_.size() || gap(e - 1, e) != ", ") return false;
    mark(i + 1, e);
    return true;
  }
  if (tokens_[i].lower != "ask" || tokens_[i].capitalised || tokens_[i].allCaps || i + 3 >= tokens_.size()) return false;
  if (tokens_[i + 1].lower != "for" || gap(i, i + 1) != " " || gap(i + 1, i + 2) != " ") return false;
  std::size_t e = i + 2;
  while (e < tokens_.size() && e < i + 4 && (e == i + 2 || gap(e - 1, e) == " ") && greetedNameWord(e)) {
    ++e;
  }
  if (e == i + 2 || e >= tokens_.size()) return false;
  if (!(gap(e - 1, e) == ", " || (gap(e - 1, e) == " " && tokens_[e].lower == "at"))) return false;
  mark(i + 2, e);
  return true;
}

}  // namespace concord::phi::detail
