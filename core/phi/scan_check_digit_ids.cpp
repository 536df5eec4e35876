// Identity numbers whose published check character lets a bare value be read with a weaker cue
// than a label: Singapore's NRIC and FIN (a prefix S, T, F, G or M, seven digits and a check
// letter, "S1234567D") and Hong Kong's identity card (one or two letters, six digits and the check
// digit or A in brackets, "A123456(3)"). A lot, batch or order code of the same shape passes the
// check only by chance (one in eleven), so the check alone is not enough for the NRIC: it needs a
// word of identity on the line before it ("IC", "I/C", "ID", "FIN", "identity", "pass") or brackets
// after a capitalised word (a name: "Tan Wei Ling (S1234567D)"). The HKID's bracketed check digit is
// itself the cue, so a valid one is read anywhere; an invalid one only after such a word. Both are
// numbers of the person's identity card: "license" (the twenty-fifth family's convention for the
// NRIC). Scanned after the keyword scan, and above it in priority, so that "FIN: S1234567D" is the
// Singapore number, not a US hospital's financial number, and "HKID: A123456(3)" keeps its bracket.
#include <array>

#include "local_id_labels.h"

namespace concord::phi::detail {

namespace {

// Whether the nine bytes at `value` are an NRIC or FIN with a valid check letter.
bool validNric(std::string_view value) {
  if (value.size() != 9 || !isUpper(value[8])) return false;
  static constexpr std::array<int, 7> kWeights = {2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (std::size_t k = 0; k < 7; ++k) {
    if (!isDigit(value[k + 1])) return false;
    sum += (value[k + 1] - '0') * kWeights[k];
  }
  std::string_view table;
  switch (value[0]) {
    case 'S': table = "JZIHGFEDCBA"; break;
    case 'T': table = "JZIHGFEDCBA"; sum += 4; break;
    case 'F': table = "XWUTRQPNMLK"; break;
    case 'G': table = "XWUTRQPNMLK"; sum += 4; break;
    case 'M': table = "KLJNPQRTUWX"; sum += 3; break;
    default: return false;
  }
  return table[static_cast<std::size_t>(sum % 11)] == value[8];
}

// Whether `letters` (one or two capitals), `digits` (six) and `check` make a valid HKID: the
// letters weighted 9 and 8 (a space, 36, standing for a missing first letter), the digits 7 to 2,
// the check (A for ten) bringing the sum to a multiple of eleven.
bool validHkid(std::string_view letters, std::string_view digits, char check) {
  int sum = letters.size() == 1 ? 36 * 9 + (letters[0] - 'A' + 10) * 8
                                : (letters[0] - 'A' + 10) * 9 + (letters[1] - 'A' + 10) * 8;
  for (std::size_t k = 0; k < 6; ++k) sum += (digits[k] - '0') * static_cast<int>(7 - k);
  const int value = check == 'A' ? 10 : check - '0';
  return (sum + value) % 11 == 0;
}

// A word of identity among the four tokens before token i on its line.
bool identityCueBefore(const ScanInput& in, std::size_t i) {
  static constexpr std::array<std::string_view, 14> kCues = {
      "nric", "fin", "ic", "c", "id", "hkid", "identity", "identification", "pass", "permit", "card",
      "singaporean", "passport", "\u8eab\u4efd\u8b49"};  // 身份證
  for (std::size_t k = i; k > 0 && k + 4 > i; --k) {
    const std::string_view gap = gapBetween(in, k - 1, k);
    if (gap.find('\n') != std::string_view::npos) return false;
    const std::string_view word = in.tokens[k - 1].lower;
    if (listHas(kCues, word)) return true;
    // A Chinese label glued to its colon: "香港身份證號碼：A123456(3)".
    if (word.find("\u8eab\u4efd\u8b49") != std::string_view::npos) return true;
  }
  return false;
}

// The value in brackets right after a capitalised word: "Tan Wei Ling (S1234567D)".
bool bracketedAfterName(const ScanInput& in, std::size_t i) {
  if (i == 0 || in.tokens[i].end >= in.text.size() || in.text[in.tokens[i].end] != ')') return false;
  return gapBetween(in, i - 1, i) == " (" && in.tokens[i - 1].properShape();
}

// Whether the token stands alone, not as part of a code joined by a dash, slash or dot.
bool standsAlone(std::string_view text, const Token& t) {
  const auto joined = [](char c) { return c == '-' || c == '/' || c == '.' || c == '_'; };
  if (t.start > 0 && joined(text[t.start - 1])) return false;
  return t.end >= text.size() || !joined(text[t.end]) ||
         (text[t.end] == '.' && (t.end + 1 >= text.size() || !isWordByte(text[t.end + 1])));
}

// Whether a labelled record or cover number of the keyword scan already holds [start, end): "Patient
// ID: S1234567D" stays the hospital's number (a FIN's "account" is a US hospital's label, and gives
// way).
bool labelledRecordAt(const Candidates& out, std::size_t start, std::size_t end) {
  for (const Candidate& c : out) {
    if (c.start == start && c.end <= end && c.priority >= priority::kKeywordId && !c.veto &&
        (c.category == PhiCategory::Mrn || c.category == PhiCategory::HealthPlan)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void scanCheckDigitIds(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    const Token& t = in.tokens[i];
    const char first = text[t.start];
    if (!isUpper(first) || !t.hasDigit) continue;  // first byte: most tokens stop here
    const std::string_view value = text.substr(t.start, t.length());
    if (value.size() == 9 && validNric(value)) {
      if (standsAlone(text, t) && (identityCueBefore(in, i) || bracketedAfterName(in, i)) &&
          !labelledRecordAt(out, t.start, t.end)) {
        out.push_back({t.start, t.end, PhiCategory::License, priority::kKeywordId + 1});
      }
      continue;
    }
    // HKID: one or two capitals, six digits, then "(d)" or "(A)".
    const std::size_t letters = isUpper(value.size() > 1 ? value[1] : '0') ? 2 : 1;
    if (value.size() != letters + 6 || t.end + 3 > text.size() || text[t.end] != '(' || text[t.end + 2] != ')') {
      continue;
    }
    const std::string_view digits = value.substr(letters);
    bool allDigits = true;
    for (char c : digits) allDigits = allDigits && isDigit(c);
    const char check = text[t.end + 1];
    if (!allDigits || !(isDigit(check) || check == 'A')) continue;
    if (t.start > 0 && (isWordByte(text[t.start - 1]) || text[t.start - 1] == '-')) continue;
    if ((validHkid(value.substr(0, letters), digits, check) || identityCueBefore(in, i)) &&
        !labelledRecordAt(out, t.start, t.end + 3)) {
      out.push_back({t.start, t.end + 3, PhiCategory::License, priority::kKeywordId + 1});
    }
  }
}

}  // namespace concord::phi::detail
