// Two references that key one patient's billed encounter or payment, written without a label of
// the keyword tables (seed 3939):
//  - the call number of a language line ("LANGUAGE LINE CALL LOG\nCall ID: LL-2773-8769",
//    "Interpreter: Wilner Désir\nCall ID OPI13749745"): the language company bills the patient's
//    encounter by it, as a visit number is. Only where the interpreting is named on the label's
//    line or the line before: a nurse line's or an IVR's call ID numbers the telephony's log, and the interpreter's own "Interpreter ID
//    40213" is the vendor's badge, none of them PHI. (A video interpreter's session number, which
//    this family also makes "account", stays none: the twenty-second family's "VRI SESSION LOG
//    session_id=2765423930" and the twenty-eighth's session numbers are no PHI, and the earlier
//    families' reading is kept.);
//  - an M-Pesa transaction code, ten letters and digits before "Confirmed." in the payment's
//    SMS ("QGH7XY2Z1A Confirmed. Ksh1,500.00 sent to ..."), the receipt of the patient's payment.
#include <string_view>

#include "identifier_forms.h"
#include "structured_fields.h"

namespace concord::phi::detail {

namespace {

bool valueByte(char c) { return isAsciiAlpha(c) || isDigit(c) || c == '-'; }

// End of a call number starting at `start`: letters, digits and dashes with six digits
// or more, and a short capital prefix apart ("CID 710-631-693"); `start` when there is none (a
// count or a duration, "call 2 of 3", "call 45 min").
std::size_t callValueEnd(std::string_view text, std::size_t start) {
  std::size_t k = start;
  std::size_t caps = 0;
  while (start + caps < text.size() && isUpper(text[start + caps]) && caps < 5) ++caps;
  if (caps >= 2 && caps <= 4 && start + caps + 1 < text.size() && text[start + caps] == ' ' &&
      isDigit(text[start + caps + 1])) {
    k = start + caps + 1;
  }
  std::size_t digits = 0;
  while (k < text.size() && valueByte(text[k])) {
    digits += isDigit(text[k]);
    ++k;
  }
  while (k > start && text[k - 1] == '-') --k;
  if (digits < 6 || !isDigit(text[k - 1])) return start;
  // A longer number or a decimal goes on: "4471/02", "123456.5".
  if (k < text.size() && (isWordByte(text[k]) || text[k] == '/' ||
                          (text[k] == '.' && k + 1 < text.size() && isDigit(text[k + 1])))) {
    return start;
  }
  return k;
}

// The call numbers of an interpreting note.
void interpreterCallIds(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].lower != "call") continue;
    // "Call ID", "Call no.", "Call number", never a bare "call" (a phone number follows it: "call
    // 555-0142").
    if (!(i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " &&
          (tokens[i + 1].lower == "id" || tokens[i + 1].lower == "no" || tokens[i + 1].lower == "number"))) {
      continue;
    }
    std::size_t k = tokens[i + 1].end;
    if (k < text.size() && text[k] == '.') ++k;
    if (k < text.size() && (text[k] == ':' || text[k] == '#')) ++k;
    if (k < text.size() && text[k] == ' ') ++k;
    if (k >= text.size() || !(isAsciiAlpha(text[k]) || isDigit(text[k]))) continue;
    if (!interpretingBefore(text, tokens[i].start)) continue;
    const std::size_t end = callValueEnd(text, k);
    if (end == k) continue;
    out.push_back({k, end, PhiCategory::Account, priority::kKeywordId});
  }
}

// The M-Pesa transaction codes of a payment's SMS.
void mpesaCodes(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.length() != 10 || !t.hasDigit || !t.hasLetter || tokens[i + 1].lower != "confirmed" ||
        gapBetween(in, i, i + 1) != " ") {
      continue;
    }
    std::size_t letters = 0;
    for (std::size_t b = t.start; b < t.end; ++b) letters += isAsciiAlpha(text[b]);
    if (letters < 3 || t.allDigits) continue;
    if (i > 0 && !gapBetween(in, i - 1, i).empty() && !gapOnly(gapBetween(in, i - 1, i), " :\n", 3)) continue;
    if (!structured::containsCaseless(text, "ksh") && !structured::containsCaseless(text, "pesa")) return;
    out.push_back({t.start, t.end, PhiCategory::Account, priority::kKeywordId});
  }
}

}  // namespace

bool interpretingBefore(std::string_view text, std::size_t pos) {
  // (A note's filler may name interpreting far from a nurse line's call: "Interpreter requested
  // for Room 607", so only the label's line and the line before count.)
  std::size_t from = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  if (from != std::string_view::npos && from > 0) from = text.rfind('\n', from - 1);
  from = from == std::string_view::npos ? 0 : from + 1;
  const std::string_view lines = text.substr(from, pos - from);
  return structured::containsCaseless(lines, "interpret") || structured::containsCaseless(lines, "language line");
}

void scanCallPaymentIds(const ScanInput& in, Candidates& out) {
  // (Both read the tokens first and the text around a candidate only: a search of the whole note
  // for "interpret" or "ksh" cost more than the scan itself.)
  interpreterCallIds(in, out);
  mpesaCodes(in, out);
}

}  // namespace concord::phi::detail
