// Bank account and payment-card numbers by their own check digits, wherever a bill, a refund
// form or a payment line prints them. HIPAA's Safe Harbor names account numbers, and an IBAN or a
// card number keys the person's money as a hospital account keys their bill ("account").
//  - An IBAN (ISO 13616): a country's two capitals, two check digits and the country's fixed
//    count of letters and digits, printed whole or in groups of four ("DE89 3704 0044 0532 0130
//    00", "GB29NWBK60161331926819"); its mod-97 check must hold, so that no code, lot or tariff
//    number of that shape is read.
//  - A payment card: 13 to 19 digits with a card network's first digits, whole or in groups of
//    four (Amex 4-6-5), whose Luhn check holds, after a card word on its line ("Paid by card
//    4111 1111 1111 1111", "Visa: 4111111111111111", "tarjeta 5500-0000-0000-0004"). A masked
//    number ("**** **** **** 1234") keeps only four digits and is left, as are the Luhn numbers
//    of other things (IMEI, SIM, the Australian IHI), which have no card network's prefix or no
//    card word.
#include <array>
#include <string>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// The IBAN length of each country of the ISO 13616 registry, and of the countries whose banks
// print the same form outside it (French-speaking Africa, Algeria, Iran...).
struct IbanCountry {
  char code[3];
  unsigned char length;
};
constexpr IbanCountry kIbanCountries[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AO", 25}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BF", 28},
    {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BJ", 28}, {"BR", 29}, {"BY", 28}, {"CF", 27}, {"CG", 27}, {"CH", 21},
    {"CI", 28}, {"CM", 27}, {"CR", 22}, {"CV", 25}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18},
    {"DO", 28}, {"DZ", 26}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27},
    {"GA", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GQ", 27}, {"GR", 27}, {"GT", 28}, {"GW", 25},
    {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IR", 26}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KM", 27}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MA", 28}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MG", 27}, {"MK", 19}, {"ML", 28},
    {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"MZ", 25}, {"NE", 28}, {"NI", 28}, {"NL", 18}, {"NO", 15},
    {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
    {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SN", 28}, {"SO", 23},
    {"ST", 25}, {"SV", 28}, {"TD", 27}, {"TG", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22},
    {"VG", 24}, {"XK", 20}, {"YE", 30}};

std::size_t ibanLength(char a, char b) {
  for (const IbanCountry& c : kIbanCountries) {
    if (c.code[0] == a && c.code[1] == b) return c.length;
  }
  return 0;
}

bool isUpperAlnum(char c) { return isDigit(c) || isUpper(c); }

// The end of an IBAN starting at `pos` (its country's letters there), or `pos` when there is
// none: `length` letters and digits, either unbroken or with single spaces between groups of four.
// Its check digits must hold unless `labelled` (see payerLabelBefore).
std::size_t ibanEnd(std::string_view text, std::size_t pos, std::size_t length, bool labelled) {
  std::string compact;
  std::size_t k = pos;
  while (k < text.size() && compact.size() < length) {
    if (isUpperAlnum(text[k])) {
      compact.push_back(text[k]);
      ++k;
    } else if (text[k] == ' ' && compact.size() % 4 == 0 && k + 1 < text.size() && isUpperAlnum(text[k + 1])) {
      ++k;
    } else {
      break;
    }
  }
  if (compact.size() != length || (k < text.size() && isWordByte(text[k]))) return pos;
  if (labelled) return k;
  // ISO 7064 mod 97-10: the first four characters moved to the end, each letter read as 10..35.
  unsigned remainder = 0;
  for (std::size_t n = 0; n < length; ++n) {
    const char c = compact[(n + 4) % length];
    if (isDigit(c)) {
      remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
    } else {
      remainder = (remainder * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
    }
  }
  return remainder == 1 ? k : pos;
}

// A label that names the account as the payer's on the IBAN's line, closed by a colon: "Payer's
// IBAN:", Latvian "Maksātāja konts:", Estonian "Maksja arvelduskonto:", Slovenian "TRR
// plačnika:", Icelandic "Reikningur greiðanda:", or its holder's. The payer's account is theirs whether or not
// its check digits were copied right (a refund form's or an OCR'd slip's), and the hospital,
// the payee, is never the payer: its own IBAN still needs its check.
bool payerLabelBefore(std::string_view text, std::size_t pos) {
  std::string_view before = sameLineBefore(text, pos, 48);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty() || before.back() != ':') return false;
  // (So is a holder named on the line or the line before: "Titulaire du compte : <name>  IBAN :", "Account holder:
  // <name>, IBAN:", Spanish and Portuguese "titular", German "Kontoinhaber".)
  static constexpr std::array<std::string_view, 13> kPayer = {
      "payer",     "payer's", "guarantor", "guarantor's", "maksātāja",    "maksja", "plačnika",
      "greiðanda", "holder",  "titulaire", "titular",     "kontoinhaber", "inhaber"};
  if (rfindAnyWordCaseless(before, kPayer) != std::string_view::npos) return true;
  // A form's "IBAN :" alone on its line, under the line of the holder or the payer ("Titulaire du
  // compte : <name>\nIBAN : ...").
  const std::size_t lineStart = pos - sameLineBefore(text, pos, 16).size();
  if (before.size() > 12 || lineStart == 0 || text[lineStart - 1] != '\n') return false;
  return rfindAnyWordCaseless(sameLineBefore(text, lineStart - 1, 60), kPayer) != std::string_view::npos;
}

bool luhnValid(std::string_view digits) {
  unsigned sum = 0;
  bool twice = false;
  for (std::size_t k = digits.size(); k-- > 0;) {
    unsigned d = static_cast<unsigned>(digits[k] - '0');
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

// A card network's first digits: Visa 4; Mastercard 51-55 and 2221-2720; Amex 34, 37; Diners 36,
// 38, 300-305; Discover 6011, 644-649, 65; UnionPay 62.
bool cardNetworkPrefix(std::string_view d) {
  if (d.size() < 4) return false;
  const int two = (d[0] - '0') * 10 + (d[1] - '0');
  const int four = two * 100 + (d[2] - '0') * 10 + (d[3] - '0');
  if (d[0] == '4') return true;
  if (two >= 51 && two <= 55) return true;
  if (four >= 2221 && four <= 2720) return true;
  if (two == 34 || two == 37 || two == 36 || two == 38 || (four >= 3000 && four <= 3059)) return true;
  return four == 6011 || (four >= 6440 && four <= 6499) || two == 65 || two == 62;
}

// A card word on the line before the number: the card, its network, credit and debit, in the
// main languages.
bool cardCueBefore(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 20> kCues = {
      "card",    "visa",    "mastercard", "amex",      "carte",  "tarjeta", "cartão", "cartao", "karte",     "kaart",
      "credit",  "debit",   "crédito",    "credito",   "crédit", "cb",      "kartu",  "kart",   "\u043a\u0430\u0440\u0442\u0430",
      "\u0628\u0637\u0627\u0642\u0629"};
  return rfindAnyWordCaseless(sameLineBefore(text, pos, 48), kCues) != std::string_view::npos;
}

// The end of a card number starting at `pos`: its digits unbroken, or in groups joined by single
// spaces or dashes; `digits` receives them.
std::size_t cardEnd(std::string_view text, std::size_t pos, std::string& digits) {
  std::size_t k = pos;
  char separator = 0;
  while (k < text.size() && digits.size() <= 19) {
    const std::size_t run = digitRun(text, k);
    if (run == 0) break;
    digits.append(text.substr(k, run));
    k += run;
    if (k + 1 < text.size() && (text[k] == ' ' || text[k] == '-') && (separator == 0 || separator == text[k]) &&
        isDigit(text[k + 1]) && run >= 4 && run <= 6) {
      separator = text[k];
      ++k;
      continue;
    }
    break;
  }
  if (k < text.size() && isWordByte(text[k])) return pos;
  return k;
}

}  // namespace

void scanBankNumbers(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  std::size_t after = 0;  // the end of the last number found, where the next may start
  for (const Token& t : in.tokens) {
    if (t.start < after || t.length() < 4) continue;
    const char first = text[t.start];
    if (first >= 'A' && first <= 'Z') {
      if (!isUpper(text[t.start + 1]) || !isDigit(text[t.start + 2]) || !isDigit(text[t.start + 3])) continue;
      const std::size_t length = ibanLength(first, text[t.start + 1]);
      if (length == 0) continue;
      std::size_t end = ibanEnd(text, t.start, length, false);
      if (end == t.start && payerLabelBefore(text, t.start)) end = ibanEnd(text, t.start, length, true);
      if (end != t.start) {
        out.push_back({t.start, end, PhiCategory::Account, priority::kKeywordId});
        after = end;
      }
      continue;
    }
    if (first < '2' || first > '6' || !t.allDigits) continue;
    if (t.length() != 4 && (t.length() < 13 || t.length() > 19)) continue;
    if (t.start > 0 && (isWordByte(text[t.start - 1]) || text[t.start - 1] == '-' || text[t.start - 1] == '.')) continue;
    std::string digits;
    const std::size_t end = cardEnd(text, t.start, digits);
    if (end == t.start || digits.size() < 13 || digits.size() > 19 || !cardNetworkPrefix(digits) ||
        !luhnValid(digits) || !cardCueBefore(text, t.start)) {
      continue;
    }
    out.push_back({t.start, end, PhiCategory::Account, priority::kKeywordId});
    after = end;
  }
}

}  // namespace concord::phi::detail
