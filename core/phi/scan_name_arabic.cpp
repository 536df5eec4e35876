// Names in Arabic script (Arabic, Kurdish Sorani, Dari and Pashto records: Iraq, Syria, Jordan,
// Lebanon, Yemen, the Maghreb, Sudan, Afghanistan), which the word rules cannot read: they know
// Latin letters only. Two cues, as for Cyrillic names (scan_name_mrz.cpp):
//  - a label that asks for a name, with its colon ("الاسم:", "اسم المريض:", "الاسم الكامل:",
//    "اسم الأم:"): one to five words up to the end of the field;
//  - a form of address or a doctor's title before the name ("السيد", "السيدة", "الحاج", "الحاجة",
//    "الدكتور", "الدكتورة", "د.", Kurdish "کاک", Dari "آقای"/"خانم"): one to three words, stopping at
//    a preposition or a conjunction that starts the sentence's next part ("في", "من", "إلى", "على",
//    "مع", "عن", "و").
#include <iterator>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// A letter of the Arabic block (U+0600–U+06FF: lead bytes D8–DB), not its punctuation (the comma
// U+060C, the semicolon U+061B, the question mark U+061F) or its digits (U+0660–U+0669, U+06F0–U+06F9).
bool arabicLetterAt(std::string_view text, std::size_t b) {
  const unsigned cp = twoByteCodePointAt(text, b);
  if (cp < 0x600 || cp > 0x6FF) return false;
  if (cp == 0x60C || cp == 0x61B || cp == 0x61F || cp == 0x6D4) return false;
  if ((cp >= 0x660 && cp <= 0x66D) || (cp >= 0x6F0 && cp <= 0x6F9)) return false;
  return cp >= 0x620;
}

// The end of the Arabic word at b.
std::size_t wordEnd(std::string_view text, std::size_t b) {
  while (arabicLetterAt(text, b)) b += 2;
  return b;
}

struct ArabicCue {
  std::string_view text;
  int maxWords;
};

constexpr ArabicCue kCues[] = {
    // Labels: name, full name, the patient's (man's, woman's) name, the three-part name, the mother's
    // and the father's name, the companion's name.
    {"\u0627\u0644\u0627\u0633\u0645: ", 5},
    {"\u0627\u0644\u0627\u0633\u0645 \u0627\u0644\u0643\u0627\u0645\u0644: ", 5},
    {"\u0627\u0633\u0645 \u0627\u0644\u0645\u0631\u064a\u0636: ", 5},
    {"\u0627\u0633\u0645 \u0627\u0644\u0645\u0631\u064a\u0636\u0629: ", 5},
    {"\u0627\u0644\u0627\u0633\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u064a: ", 5},
    {"\u0627\u0633\u0645 \u0627\u0644\u0623\u0645: ", 4},
    {"\u0627\u0633\u0645 \u0627\u0644\u0623\u0628: ", 4},
    {"\u0627\u0633\u0645 \u0627\u0644\u0645\u0631\u0627\u0641\u0642: ", 5},
    // Name and surname (Maghreb forms), the donor's name (man, woman) of a blood or organ bank, and
    // Kurdish Sorani "name", "the patient's name" and "the patient's signature" (a typed name under
    // it), seed 3030.
    {"\u0627\u0644\u0627\u0633\u0645 \u0648\u0627\u0644\u0644\u0642\u0628: ", 5},
    {"\u0627\u0633\u0645 \u0627\u0644\u0645\u062a\u0628\u0631\u0639: ", 5},
    {"\u0627\u0633\u0645 \u0627\u0644\u0645\u062a\u0628\u0631\u0639\u0629: ", 5},
    {"\u0646\u0627\u0648: ", 5},
    {"\u0646\u0627\u0648\u06cc \u0646\u06d5\u062e\u06c6\u0634: ", 5},
    {"\u0648\u0627\u0698\u06c6\u06cc \u0646\u06d5\u062e\u06c6\u0634: ", 5},
    // Forms of address and titles: Mr, Mrs, the pilgrim (man, woman), the doctor (man, woman), Dr.,
    // Kurdish Kak, Dari Mr and Mrs.
    {"\u0627\u0644\u0633\u064a\u062f ", 3},
    {"\u0627\u0644\u0633\u064a\u062f\u0629 ", 3},
    {"\u0627\u0644\u062d\u0627\u062c ", 3},
    {"\u0627\u0644\u062d\u0627\u062c\u0629 ", 3},
    {"\u0627\u0644\u062f\u0643\u062a\u0648\u0631 ", 3},
    {"\u0627\u0644\u062f\u0643\u062a\u0648\u0631\u0629 ", 3},
    {"\u062f. ", 3},
    {"\u06a9\u0627\u06a9 ", 3},
    {"\u0622\u0642\u0627\u06cc ", 3},
    {"\u062e\u0627\u0646\u0645 ", 3},
    // The people of a hospital's bills, receipts, complaints and mortuary forms, seed 3232: Arabic
    // cashier ("أمين الصندوق:"), the deceased's name ("اسم المتوفى:"), the applicant ("مقدم الطلب:"),
    // who received the body ("استلم الجثمان:"), the patient ("المريض:" opening a line: inside one,
    // "جنس المريض:" is the patient's sex); Dari patient's and father's
    // name ("نام مریض:", "نام پدر:") and cashier ("صندوقدار:"); Pashto patient's and father's name
    // ("د ناروغ نوم:", "د پلار نوم:") and complainant ("شکایت کوونکی:").
    {"\u0623\u0645\u064a\u0646 \u0627\u0644\u0635\u0646\u062f\u0648\u0642: ", 5},
    {"\u0627\u0633\u0645 \u0627\u0644\u0645\u062a\u0648\u0641\u0649: ", 5},
    {"\u0645\u0642\u062f\u0645 \u0627\u0644\u0637\u0644\u0628: ", 5},
    {"\u0627\u0633\u062a\u0644\u0645 \u0627\u0644\u062c\u062b\u0645\u0627\u0646: ", 5},
    {"\n\u0627\u0644\u0645\u0631\u064a\u0636: ", 5},
    {"\u0646\u0627\u0645 \u0645\u0631\u06cc\u0636: ", 5},
    {"\u0646\u0627\u0645 \u067e\u062f\u0631: ", 4},
    {"\u0635\u0646\u062f\u0648\u0642\u062f\u0627\u0631: ", 5},
    {"\u0646\u0627\u0631\u0648\u063a \u0646\u0648\u0645: ", 5},
    {"\u067e\u0644\u0627\u0631 \u0646\u0648\u0645: ", 4},
    {"\u0634\u06a9\u0627\u06cc\u062a \u06a9\u0648\u0648\u0646\u06a9\u06cc: ", 5},
    // The people of consent, transfusion and ward forms: the patient written for either sex
    // ("المريض(ة):"), the son or daughter of (the father's given name, "ابن/ابنة:"), the undersigned
    // ("الموقع أدناه:", "الموقعة أدناه:"), the witness ("الشاهد:", "الشاهدة:"), the nurse (woman, man:
    // "الممرضة:", "الممرض:"); Persian and Jawi (Brunei, Malaysia) "name" ("نام:"). Forms of
    // address written for either sex: "السيد(ة)" (Mr or Mrs) and "الأخ/الأخت" (brother or sister,
    // as Yemeni and Gulf letters address a patient), before a name of up to four parts.
    {"\u0627\u0644\u0645\u0631\u064a\u0636(\u0629): ", 5},
    {"\u0627\u0628\u0646/\u0627\u0628\u0646\u0629: ", 4},
    {"\u0627\u0644\u0645\u0648\u0642\u0639 \u0623\u062f\u0646\u0627\u0647: ", 5},
    {"\u0627\u0644\u0645\u0648\u0642\u0639\u0629 \u0623\u062f\u0646\u0627\u0647: ", 5},
    {"\u0627\u0644\u0634\u0627\u0647\u062f: ", 5},
    {"\u0627\u0644\u0634\u0627\u0647\u062f\u0629: ", 5},
    {"\u0627\u0644\u0645\u0645\u0631\u0636\u0629: ", 5},
    {"\u0627\u0644\u0645\u0645\u0631\u0636: ", 5},
    {"\u0646\u0627\u0645: ", 5},
    {"\u0627\u0644\u0633\u064a\u062f(\u0629) ", 4},
    {"\u0627\u0644\u0623\u062e/\u0627\u0644\u0623\u062e\u062a ", 4},
    // Persian and Urdu records of teaching and case reports, seed 3535: the patient (Urdu "مریض:",
    // Persian "بیمار:"), the resident ("دستیار:"), the doctor's title (Persian "دکتر", Urdu "ڈاکٹر").
    {"\u0645\u0631\u06cc\u0636: ", 4},
    {"\u0628\u06cc\u0645\u0627\u0631: ", 4},
    {"\u062f\u0633\u062a\u06cc\u0627\u0631: ", 4},
    {"\u062f\u06a9\u062a\u0631 ", 3},
    {"\u0688\u0627\u06a9\u0679\u0631 ", 3},
};

// Words that start the next part of a sentence after a name: in, from, to, on, with, about, and the
// conjunction "and" written alone, before and after; and today, yesterday, tomorrow.
bool stopWord(std::string_view word) {
  static constexpr std::string_view kStops[] = {
      "\u0641\u064a", "\u0645\u0646", "\u0625\u0644\u0649", "\u0627\u0644\u0649", "\u0639\u0644\u0649",
      "\u0645\u0639", "\u0639\u0646", "\u0648", "\u0628\u0639\u062f", "\u0642\u0628\u0644",
      // today, yesterday, tomorrow
      "\u0627\u0644\u064a\u0648\u0645", "\u0623\u0645\u0633", "\u063a\u062f\u0627",
      // the heads of a form's next label when the name's field has no line of its own: number
      // ("رقم البطاقة"), date ("تاريخ الازدياد"), age, sex, address, telephone
      "\u0631\u0642\u0645", "\u062a\u0627\u0631\u064a\u062e", "\u0627\u0644\u0639\u0645\u0631",
      // (Persian and Urdu: code, as in "کد ملی" (national code), and number; seed 3535. Not Urdu
      // "عمر" (age), the given name Omar too: its label's colon ends the name.)
      "\u06a9\u062f", "\u0634\u0645\u0627\u0631\u0647",
      "\u0627\u0644\u062c\u0646\u0633", "\u0627\u0644\u0639\u0646\u0648\u0627\u0646", "\u0647\u0627\u062a\u0641"};
  for (std::string_view s : kStops) {
    if (word == s) return true;
  }
  return false;
}

// The start of the Arabic word that ends at byte e (e itself when none does).
std::size_t wordStartBefore(std::string_view text, std::size_t e) {
  while (e >= 2 && arabicLetterAt(text, e - 2)) e -= 2;
  return e;
}

// Whether byte b is a clause's start for an Urdu name: the text's or a line's start, a quotation
// mark, or an Urdu comma or full stop and a space before it ("، بلال صدیقی صاحب").
bool urduClauseStart(std::string_view text, std::size_t b) {
  if (b == 0 || text[b - 1] == '\n' || text[b - 1] == '"') return true;
  if (text[b - 1] != ' ' || b < 3) return false;
  const std::string_view mark = text.substr(b - 3, 2);
  return mark == "\u060c" || mark == "\u06d4";
}

// Names an Urdu voice message or letter introduces without a label (seed 3737): the speaker between
// "I" and "am speaking" ("میں فاطمہ قریشی بول رہی ہوں", "... بول رہا ہوں"), one to three words, and a
// two-word name that opens its clause before the honorific "sahib" ("، بلال صدیقی صاحب کی بیوی",
// X sahib's wife; not "ڈاکٹر صاحب", the doctor).
void urduIntroducedNames(std::string_view text, Candidates& out) {
  constexpr std::string_view kI = "\u0645\u06cc\u06ba";
  for (std::string_view speaking : {std::string_view(" \u0628\u0648\u0644 \u0631\u06c1\u06cc \u06c1\u0648\u06ba"),
                                    std::string_view(" \u0628\u0648\u0644 \u0631\u06c1\u0627 \u06c1\u0648\u06ba")}) {
    for (std::size_t at = text.find(speaking); at != std::string_view::npos; at = text.find(speaking, at + 1)) {
      std::size_t e = at, start = at;
      int words = 0;
      bool introduced = false;
      while (words <= 3) {
        const std::size_t s = wordStartBefore(text, e);
        if (s == e) break;
        if (text.substr(s, e - s) == kI) {
          introduced = s == 0 || !arabicLetterAt(text, s >= 2 ? s - 2 : 0) || text[s - 1] == ' ';
          break;
        }
        start = s;
        ++words;
        if (s < 2 || text[s - 1] != ' ') break;
        e = s - 1;
      }
      if (introduced && words >= 1 && words <= 3) out.push_back({start, at, PhiCategory::Name, priority::kName});
    }
  }
  constexpr std::string_view kSahib = " \u0635\u0627\u062d\u0628";
  for (std::size_t at = text.find(kSahib); at != std::string_view::npos; at = text.find(kSahib, at + 1)) {
    if (arabicLetterAt(text, at + kSahib.size())) continue;
    const std::size_t second = wordStartBefore(text, at);
    if (second == at || second < 3 || text[second - 1] != ' ') continue;
    const std::size_t first = wordStartBefore(text, second - 1);
    if (first == second - 1 || !urduClauseStart(text, first)) continue;
    bool title = false;
    for (std::string_view w : {std::string_view("\u0688\u0627\u06a9\u0679\u0631"), std::string_view("\u0622\u067e")}) {
      title = title || text.substr(first, second - 1 - first) == w || text.substr(second, at - second) == w;
    }
    if (!title) out.push_back({first, at, PhiCategory::Name, priority::kName});
  }
}

}  // namespace

void scanArabicNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  // Most notes hold no Arabic letter: one pass over the bytes rules them out, looking first for a
  // lead byte of the block (D8–DB), which is cheaper than decoding every byte.
  bool any = false;
  for (std::size_t b = 0; b + 1 < text.size() && !any; ++b) {
    any = static_cast<unsigned char>(static_cast<unsigned char>(text[b]) - 0xD8u) < 4u && arabicLetterAt(text, b);
  }
  if (!any) return;
  for (const ArabicCue& cue : kCues) {
    for (std::size_t at = text.find(cue.text); at != std::string_view::npos; at = text.find(cue.text, at + 1)) {
      // The cue must start its word ("بالسيد" is no "السيد"); a cue that opens a line does.
      if (cue.text.front() != '\n' && at >= 2 && arabicLetterAt(text, at - 2)) continue;
      // ("10 د. فقط": after a number "د." is minutes, or a dinar, not a doctor.)
      if (cue.text == "\u062f. " && at >= 2 && text[at - 1] == ' ' &&
          ((text[at - 2] >= '0' && text[at - 2] <= '9') ||
           (at >= 3 && static_cast<unsigned char>(text[at - 3]) == 0xD9 &&
            static_cast<unsigned char>(text[at - 2]) >= 0xA0 && static_cast<unsigned char>(text[at - 2]) <= 0xA9))) {
        continue;
      }
      const std::size_t start = at + cue.text.size();
      // ("الاسم: السيد أحمد": a title after a label is left to the title's own cue.)
      bool titled = false;
      // (A label ends in its colon, a form of address in a space.)
      for (std::size_t k = 0; k < std::size(kCues) && cue.text.ends_with(": "); ++k) {
        titled = titled ||
                 (!kCues[k].text.ends_with(": ") && text.substr(start, kCues[k].text.size()) == kCues[k].text);
      }
      if (titled) continue;
      std::size_t end = start;
      int words = 0;
      for (std::size_t pos = start; words < cue.maxWords && arabicLetterAt(text, pos);) {
        const std::size_t e = wordEnd(text, pos);
        if (stopWord(text.substr(pos, e - pos))) break;
        // ("ڈاکٹر صاحب سے بات کریں": "doctor sahib" is the doctor addressed, no name; seed 3737.)
        if (words == 0 && text.substr(pos, e - pos) == "\u0635\u0627\u062d\u0628") break;
        // ("كريم بن علي ابن/ابنة: محمد": a word joined to the next by a slash or a parenthesis heads
        // the next label, written for either sex.)
        if (e < text.size() && (text[e] == '/' || text[e] == '(')) break;
        // ("مریض: عمران قریشی عمر: 45": a word before a colon is the next field's label, seed 3535.)
        if (e < text.size() && text[e] == ':' && words > 0) break;
        end = e;
        ++words;
        if (e + 2 < text.size() && text[e] == ' ' && arabicLetterAt(text, e + 1)) {
          pos = e + 1;
        } else {
          break;
        }
      }
      if (words > 0) out.push_back({start, end, PhiCategory::Name, priority::kName});
    }
  }
  urduIntroducedNames(text, out);
}

}  // namespace concord::phi::detail
