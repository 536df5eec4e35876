// App and portal user names and user IDs: a person's account with a service, read as "account"
// (seed 3737: "event=LOGIN user=pieter_b2000", "GLUCOSE DIARY EXPORT user=gulnara.kassymova98",
// a Fitbit profile's "encodedId":"5TZ2Y2", and the user field of an HTTP access-log line,
// "17.68.178.120 - clayton_w1953 [15/Feb/2024:09:35:55 +0800]"). Only a value carrying digits
// and letters is read: a log-in made of a person's names alone ("yzhaopemberton") is a name, as
// earlier families have it, and an e-mail address is an e-mail.
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isHandleByte(char c) { return isDigit(c) || isAsciiAlpha(c) || c == '.' || c == '_' || c == '-'; }

// End of a user name starting at `at`, or `at` when none: letters, digits, dots, underscores and
// dashes, with a letter and a digit, starting and ending with a letter or digit, not an e-mail's
// local part.
std::size_t handleEnd(std::string_view text, std::size_t at) {
  std::size_t end = at;
  bool digit = false;
  bool letter = false;
  while (end < text.size() && isHandleByte(text[end])) {
    digit = digit || isDigit(text[end]);
    letter = letter || isAsciiAlpha(text[end]);
    ++end;
  }
  while (end > at && !isDigit(text[end - 1]) && !isAsciiAlpha(text[end - 1])) --end;
  if (end == at || !digit || !letter || end - at < 4 || end - at > 40) return at;
  if (!isDigit(text[at]) && !isAsciiAlpha(text[at])) return at;
  if (end < text.size() && (text[end] == '@' || isNonAscii(text[end]))) return at;
  return end;
}

bool isUserLabel(std::string_view lower) {
  return lower == "user" || lower == "username" || lower == "userid" || lower == "login" || lower == "encodedid";
}

// "user=", "username: ", "\"encodedId\":\"": the label's own marks before its value.
bool isUserGap(std::string_view gap) {
  return gap == "=" || gap == ": " || gap == ":" || gap == "\":\"" || gap == "\": \"";
}

// Whether the word ending at `end` is an IPv4 or IPv6 address (digits, hex letters, dots and
// colons, with at least two dots or two colons).
bool ipEndsAt(std::string_view text, std::size_t end) {
  std::size_t start = end;
  int dots = 0;
  int colons = 0;
  while (start > 0) {
    const char c = text[start - 1];
    if (!isHexDigit(c) && c != '.' && c != ':') break;
    dots += c == '.';
    colons += c == ':';
    --start;
  }
  return end > start && (dots >= 3 || colons >= 2) && (start == 0 || !isWordByte(text[start - 1]));
}

}  // namespace

void scanAppAccounts(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].hasDigit || !isUserLabel(tokens[i].lower)) continue;
    // (Not the "id" of "user_id": scan_identifiers.cpp reads that label.)
    if (i > 0 && gapBetween(in, i - 1, i) == "_") continue;
    const std::size_t at = tokens[i].end + gapBetween(in, i, i + 1).size();
    if (!isUserGap(gapBetween(in, i, i + 1))) continue;
    if (const std::size_t end = handleEnd(text, at); end != at) {
      out.push_back({at, end, PhiCategory::Account, priority::kKeywordId});
    }
  }
  // The Common Log Format's third field is the authenticated user: "IP - user [date:time zone]".
  for (std::size_t pos = text.find(" - "); pos != std::string_view::npos; pos = text.find(" - ", pos + 1)) {
    if (!ipEndsAt(text, pos)) continue;
    const std::size_t at = pos + 3;
    const std::size_t end = handleEnd(text, at);
    if (end == at || end + 2 >= text.size() || text[end] != ' ' || text[end + 1] != '[' || !isDigit(text[end + 2])) {
      continue;
    }
    out.push_back({at, end, PhiCategory::Account, priority::kKeywordId});
  }
}

}  // namespace concord::phi::detail
