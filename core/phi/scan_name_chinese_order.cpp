// Chinese names as Hong Kong, Macau, Singapore and Malaysia write them in Latin letters: the family
// name first, often in capitals, then the given name's syllables, and an English given name after a
// comma or at the end ("CHAN Tai Man, Peter", "Mr CHAN Tai Man", "Tan Wei Ming", "Lee Mei Ling
// Jessica"). The word rules find most of such a name but stop at a syllable that is an English word
// ("Man", "Ho") or leave out a family name that is one ("Tan", "Low"); this widens a name they found.
#include "name_tables.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool asciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool asciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool asciiLetter(char c) { return asciiUpper(c) || asciiLower(c); }

std::string lowered(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = asciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// The end of the ASCII word at b.
std::size_t wordEnd(std::string_view text, std::size_t b) {
  while (b < text.size() && asciiLetter(text[b])) ++b;
  return b;
}

// A syllable of a romanised Chinese given name: a capital and one to five lower-case letters
// ("Tai", "Man", "Ming", "Xiang").
bool syllableAt(std::string_view text, std::size_t b, std::size_t& end) {
  end = wordEnd(text, b);
  if (end - b < 2 || end - b > 6 || !asciiUpper(text[b])) return false;
  for (std::size_t k = b + 1; k < end; ++k) {
    if (!asciiLower(text[k])) return false;
  }
  return true;
}

// Chinese family names that are also English words, which the word rules leave out before a given
// name they found: "Tan Wei Ming", "Ho Ka Yan", "Low Mei Ling".
constexpr std::string_view kWordSurnames[] = {"Tan", "TAN", "Ho", "HO", "Low", "LOW", "Sim", "SIM", "Chin", "CHIN",
                                              "Ting", "TING", "Kong", "KONG", "Chew", "CHEW", "Gan", "GAN",
                                              "Tong", "TONG", "Fang", "FANG", "Hung", "HUNG"};

}  // namespace

void widenChineseOrderNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const std::size_t found = out.size();
  for (std::size_t n = 0; n < found; ++n) {
    const Candidate c = out[n];
    if (c.category != PhiCategory::Name || c.veto || c.end > text.size()) continue;
    std::size_t start = c.start, end = c.end;
    const std::size_t firstEnd = wordEnd(text, c.start);
    const std::string_view first = text.substr(c.start, firstEnd - c.start);
    bool allCapsFamily = first.size() >= 2 && first.size() <= 6 && isCommonFamilyName(lowered(first));
    for (char ch : first) allCapsFamily = allCapsFamily && asciiUpper(ch);
    // Every word after the first is a syllable ("CHAN Tai"), or the name is syllables alone ("Wei Ming").
    bool syllables = true;
    int count = 0;
    for (std::size_t b = allCapsFamily ? firstEnd : c.start; b < c.end && syllables;) {
      if (text[b] == ' ') {
        ++b;
        continue;
      }
      std::size_t e = 0;
      syllables = syllableAt(text, b, e) && e <= c.end;
      ++count;
      b = e;
    }
    // "CHAN, Mei Kuen", "WONG, MEI KUEN AGNES", "CHEUNG, WING SZE KAREN": the family name in
    // capitals alone, a comma and the given names the rules found as names of their own (an English
    // given name after them too) are one inverted name, as Hong Kong's cards and letters write it.
    if (allCapsFamily && c.end == firstEnd && c.end + 2 < text.size() && text.substr(c.end, 2) == ", ") {
      std::size_t joined = c.end;
      for (bool grew = true; grew;) {
        grew = false;
        const std::size_t gapLen = joined == c.end ? 2 : 1;
        if (joined + gapLen >= text.size() || (gapLen == 1 && text[joined] != ' ')) break;
        for (std::size_t m = 0; m < found; ++m) {
          const Candidate& d = out[m];
          if (m != n && d.category == PhiCategory::Name && !d.veto && d.start == joined + gapLen && d.end > d.start &&
              asciiUpper(text[d.start])) {
            joined = d.end;
            grew = true;
            break;
          }
        }
      }
      if (joined != c.end) {
        out.push_back({c.start, joined, PhiCategory::Name, c.priority});
        continue;
      }
    }
    // ("[Elderly Health Centre] CHAN, Mei Kuen,": the family name in capitals the rules left out
    // before the comma of given names they found, at the start of its field.)
    if (c.start >= 4 && text.substr(c.start - 2, 2) == ", " && asciiUpper(text[c.start])) {
      std::size_t b = c.start - 2;
      while (b > 0 && asciiUpper(text[b - 1])) --b;
      const std::string_view family = text.substr(b, c.start - 2 - b);
      const bool fieldStart = b == 0 || text[b - 1] == '\n' || (b >= 2 && (text.substr(b - 2, 2) == "] " || text.substr(b - 2, 2) == ": "));
      if (family.size() >= 2 && family.size() <= 6 && fieldStart && isCommonFamilyName(lowered(family)) &&
          !(wordClasses(lowered(family)) & (WordClass::kTitle | WordClass::kCredential | WordClass::kNever))) {
        out.push_back({b, c.end, PhiCategory::Name, c.priority});
        continue;
      }
    }
    if (!syllables || count == 0 || count > 3) continue;
    if (allCapsFamily) {
      // "CHAN Tai" + " Man": up to three syllables in all, none a word of the clinical vocabulary, a
      // title, a role or a credential, and an English one only where the name ends ("CHAN Tai Man,").
      std::size_t e = 0;
      while (count < 3 && end + 1 < text.size() && text[end] == ' ' && syllableAt(text, end + 1, e)) {
        const WordClassBits cls = wordClasses(lowered(text.substr(end + 1, e - end - 1)));
        if (cls & (WordClass::kTitle | WordClass::kRoleNoun | WordClass::kCredential)) break;
        const bool closes = e == text.size() || !(text[e] == ' ' && e + 1 < text.size() && asciiUpper(text[e + 1]));
        // ("Man" is also a word of the vocabulary: a short one only where the name ends.)
        if ((cls & WordClass::kNever) && (e - end - 1 > 4 || !closes)) break;
        if ((cls & WordClass::kEnglish) && !closes) break;
        end = e;
        ++count;
      }
    } else if (c.start >= 2 && text[c.start - 1] == ' ') {
      // "Tan" + " Wei Ming": a family name that is an English word, opening the text, its line or a
      // clause, or after a lower-case word.
      const std::size_t prevEnd = c.start - 1;
      std::size_t prevStart = prevEnd;
      while (prevStart > 0 && asciiLetter(text[prevStart - 1])) --prevStart;
      const std::string_view prev = text.substr(prevStart, prevEnd - prevStart);
      const bool opens = prevStart == 0 || text[prevStart - 1] == '\n' ||
                         (text[prevStart - 1] == ' ' && prevStart >= 2 &&
                          (asciiLower(text[prevStart - 2]) || listHas({".", ",", ":", ";", "("}, text.substr(prevStart - 2, 1))));
      if (opens && listHas(kWordSurnames, prev)) start = prevStart;
    }
    // ", Peter" or " Jessica": an English given name closing the name before the end of its field.
    for (std::size_t gapLen : {std::size_t{2}, std::size_t{1}}) {
      if (!allCapsFamily && start == c.start && gapLen == 2) continue;
      if (end + gapLen >= text.size()) continue;
      if (gapLen == 2 ? text.substr(end, 2) != ", " : text[end] != ' ') continue;
      std::size_t e = wordEnd(text, end + gapLen);
      const std::string_view w = text.substr(end + gapLen, e - end - gapLen);
      if (w.size() < 3 || !asciiUpper(w[0]) || !asciiLower(w[1])) continue;
      const WordClassBits cls = wordClasses(lowered(w));
      // (After the comma of "CHAN Tai Man, Peter" a given name that is also a word will do.)
      if (!(cls & WordClass::kGiven) || (cls & (WordClass::kNever | WordClass::kTitle)) ||
          ((cls & WordClass::kEnglish) && gapLen == 1)) {
        continue;
      }
      const bool closes = e == text.size() || text[e] == '\n' || text[e] == ')' || text[e] == ';' ||
                          (text[e] == ' ' && e + 1 < text.size() && asciiLower(text[e + 1])) || text[e] == '.';
      if (closes) {
        end = e;
        break;
      }
    }
    if (start != c.start || end != c.end) out.push_back({start, end, PhiCategory::Name, c.priority});
  }
}

}  // namespace concord::phi::detail
