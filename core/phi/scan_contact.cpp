// E-mail addresses, URLs and IP addresses: character-level scanners.
#include <algorithm>
#include <array>
#include <string>

#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isEmailLocalByte(char c) { return isAsciiAlpha(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool isDomainByte(char c) { return isAsciiAlpha(c) || isDigit(c) || c == '.' || c == '-'; }

// Top-level domains accepted for bare host names ("clinic.example.org") without a scheme.
// Short on purpose: "e.g", "q.d" or "p.o" must never look like a host.
constexpr std::array<std::string_view, 14> kBareTlds = {"com", "org", "net", "edu", "gov", "mil", "io",
                                                       "us",  "uk",  "ca",  "info", "health", "care", "biz"};

bool endsWithBareTld(std::string_view host) {
  const std::size_t dot = host.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view tld = host.substr(dot + 1);
  for (std::string_view known : kBareTlds) {
    if (tld.size() != known.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < tld.size(); ++k) same = same && lowerAscii(tld[k]) == known[k];
    if (same) return true;
  }
  return false;
}

// Bytes that may continue a URL after its host; stops at spaces, quotes and angle brackets.
bool isUrlByte(char c) {
  return !(static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '`' ||
           c == '{' || c == '}' || c == '|' || c == '\\' || c == '^');
}

// Sentence punctuation that ends a URL if it is the last byte ("see www.example.org.").
std::size_t trimUrlTail(std::string_view text, std::size_t start, std::size_t end) {
  while (end > start) {
    const char c = text[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']') {
      --end;
    } else {
      break;
    }
  }
  return end;
}

bool startsWithCaseless(std::string_view text, std::size_t pos, std::string_view lowerPrefix) {
  if (pos + lowerPrefix.size() > text.size()) return false;
  for (std::size_t k = 0; k < lowerPrefix.size(); ++k) {
    if (lowerAscii(text[pos + k]) != lowerPrefix[k]) return false;
  }
  return true;
}

// The mailbox of a role or a desk, not of a person: "frontdesk@", "scheduling@", "no-reply@".
// Safe Harbor lists the e-mail addresses of the patient, relatives, employers and household;
// a clinic's shared inbox identifies none of them.
bool roleMailbox(std::string_view local) {
  if (local.empty() || local.size() > 40) return false;
  std::string word;
  for (char c : local) {
    if (c == '.' || c == '-' || c == '_') continue;
    word.push_back(lowerAscii(c));
  }
  static constexpr std::array<std::string_view, 24> kRoles = {
      "frontdesk", "info",     "scheduling", "appointments", "appts",    "billing",   "records",  "medicalrecords",
      "referrals", "noreply",  "donotreply", "support",      "admin",    "reception", "office",   "intake",
      "helpdesk",  "webmaster", "postmaster", "triage",      "enquiries", "inquiries", "frontoffice", "registration"};
  for (std::string_view r : kRoles) {
    if (word == r) return true;
  }
  // A department's mailbox named in its language or by its parts, each a desk's word: "him-legal@"
  // (health information management, legal), "facturation@", "andmekaitse@" (Estonian: data
  // protection), "privacy.office@", "patient-relations@". A person's mailbox has a name in it
  // ("m.kask40@", "brianna.haugen@"), which is no such word.
  static constexpr std::string_view kDesks[] = {
      "him", "legal", "privacy", "dpo", "compliance", "facturation", "facturacion", "facturaci\u00f3n", "faturamento",
      "cobranzas", "cobranza", "andmekaitse", "datenschutz", "rgpd", "gdpr", "dataprotection", "data", "protection",
      "accounts", "finance", "cashier", "claims", "admissions", "complaints", "patient", "patients", "relations",
      "ombudsman", "security", "billing", "records", "office", "desk", "front", "help", "info", "team", "dept",
      "department", "services", "service", "revenue", "cycle", "release", "roi", "hr", "it", "quality", "safety",
      "risk", "credentialing", "portal", "noreply", "no", "reply", "support", "admin", "reception", "registration",
      // The theatre's, the infection-control team's and the benefits desk's mailboxes of hospitals and
      // agencies, in their languages: "ipc-team@" (infection prevention and control), "ok-planning@"
      // (Dutch operatiekamer, operating room), "bloc.operatoire@" (French), "prijem@" (Serbian,
      // Montenegrin, Croatian, Bosnian: admissions), "benefits-help@", "theatre.bookings@".
      "ipc", "infection", "control", "ok", "planning", "bloc", "operatoire", "theatre", "theatres", "theater",
      "bookings", "booking", "surgery", "pharmacy", "benefits", "prijem", "urgences", "urgencias", "accueil",
      "secretariat", "secretariaat", "sekretariat", "secretaria", "segreteria", "secretariado", "secretaría",
      "sekreteri", "sekretaria", "sekretariaatti"};
  // A secretariat's or a reception's mailbox named after its site or town keeps the desk's word first:
  // "segreteria.borgo@", "reception.northside@", "secretariat-nord@". A person's mailbox starts with
  // the person's name or initial.
  static constexpr std::array<std::string_view, 11> kDeskHeads = {
      "reception", "secretariat", "secretariaat", "sekretariat", "secretaria", "segreteria", "secretariado",
      "accueil", "frontdesk", "appointments", "enquiries"};
  const std::size_t firstCut = local.find_first_of(".-_");
  if (firstCut != std::string_view::npos && local.find_first_of(".-_", firstCut + 1) == std::string_view::npos &&
      firstCut + 1 < local.size()) {
    std::string head;
    for (std::size_t k = 0; k < firstCut; ++k) head.push_back(lowerAscii(local[k]));
    if (listHas(std::span<const std::string_view>(kDeskHeads), head)) return true;
  }
  std::size_t parts = 0;
  std::size_t from = 0;
  while (from <= local.size()) {
    std::size_t to = from;
    while (to < local.size() && local[to] != '.' && local[to] != '-' && local[to] != '_') ++to;
    if (to == from) return false;
    std::string part;
    for (std::size_t k = from; k < to; ++k) part.push_back(lowerAscii(local[k]));
    if (!listHas(std::span<const std::string_view>(kDesks), part)) return false;
    ++parts;
    from = to + 1;
  }
  return parts > 0;
}

// "UID:" of an iCalendar or vCard line, "Message-ID:" or "In-Reply-To:" of a mail header, the
// value right after the property (an angle bracket allowed).
bool messageIdBefore(std::string_view text, std::size_t start) {
  std::size_t k = start;
  if (k > 0 && text[k - 1] == '<') --k;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k == 0 || text[k - 1] != ':') return false;
  const std::size_t colon = k - 1;
  std::size_t from = colon;
  while (from > 0 && (isAsciiAlpha(text[from - 1]) || text[from - 1] == '-')) --from;
  if (from > 0 && text[from - 1] != '\n' && text[from - 1] != ' ' && text[from - 1] != '\r') return false;
  const std::string_view property = text.substr(from, colon - from);
  for (std::string_view p : {"uid", "message-id", "in-reply-to", "references"}) {
    if (property.size() == p.size() && startsWithCaseless(text, from, p)) return true;
  }
  return false;
}

// India's ABHA address's domain: the exchange's bare name, "abdm", or its sandbox's, "sbx".
bool abhaDomain(std::string_view domain) {
  return (domain.size() == 4 && startsWithCaseless(domain, 0, "abdm")) ||
         (domain.size() == 3 && startsWithCaseless(domain, 0, "sbx"));
}

}  // namespace

void scanEmails(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  std::size_t searchFrom = 0;
  while (true) {
    const std::size_t at = text.find('@', searchFrom);
    if (at == std::string_view::npos) return;
    searchFrom = at + 1;
    std::size_t start = at;
    while (start > 0 && isEmailLocalByte(text[start - 1])) --start;
    while (start < at && (text[start] == '.' || text[start] == '-')) ++start;
    std::size_t end = at + 1;
    while (end < text.size() && isDomainByte(text[end])) ++end;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const std::size_t lastDot = domain.find_last_of('.');
    // India's ABHA address, the person's handle in the national health records exchange, has an
    // e-mail's shape with the exchange's bare name for a domain ("anjalimishra65@abdm", "@sbx" in its
    // sandbox): a number of the person's records, however it is written (seed 3737).
    if (start + 3 <= at && lastDot == std::string_view::npos && abhaDomain(domain) &&
        (end == text.size() || !isWordByte(text[end]))) {
      out.push_back({start, end, PhiCategory::Mrn, priority::kKeywordId});
      searchFrom = end;
      continue;
    }
    if (start == at || lastDot == std::string_view::npos || lastDot == 0 || domain.size() - lastDot - 1 < 2) continue;
    // A role's mailbox is claimed as no PHI, so that no host or name is read inside it. So is the
    // unique id of a calendar event or a mail message ("UID:TRN40800@host", "Message-ID:
    // <...@host>"): it has an e-mail's shape but names the event, not a person's mailbox.
    const bool role = roleMailbox(text.substr(start, at - start)) || messageIdBefore(text, start);
    out.push_back({start, end, PhiCategory::Email, priority::kEmail, role});
    searchFrom = end;
  }
}

namespace {

// Whether a URL's path names a page every user sees rather than one patient's: a site's front page
// written with its slash ("https://meet.example-tele.com/"), a help, join or support page of one
// word ("/help", "/aide", "/join"), or an app store's listing ("/app/id1501", "/store/apps/details?
// id=...") (seed 3737: a platform's generic join page, help centre and app-store link).
bool genericPage(std::string_view path) {
  if (path == "/") return true;
  static constexpr std::array<std::string_view, 12> kPages = {"help", "aide", "hilfe", "ayuda", "ajuda", "aiuto",
                                                              "support", "faq", "join", "login", "contact", "download"};
  std::string_view word = path;
  if (!word.empty() && word.back() == '/') word.remove_suffix(1);
  if (word.size() > 1 && word.front() == '/') {
    word.remove_prefix(1);
    for (std::string_view page : kPages) {
      if (word.size() == page.size() && startsWithCaseless(word, 0, page)) return true;
    }
  }
  if (startsWithCaseless(path, 0, "/store/apps/details")) return true;
  // An Apple-style listing ends in the app's number, an app's name at most before it:
  // "/app/mysejahtera/id1501", not a portal's "/app/chart/MR123/results".
  if (!startsWithCaseless(path, 0, "/app/")) return false;
  const std::string_view rest = path.substr(5);
  const std::size_t slash = rest.find('/');
  if (slash != std::string_view::npos && rest.find('/', slash + 1) != std::string_view::npos) return false;
  const std::string_view last = slash == std::string_view::npos ? rest : rest.substr(slash + 1);
  return last.size() > 2 && startsWithCaseless(last, 0, "id") &&
         std::all_of(last.begin() + 2, last.end(), [](char c) { return isDigit(c); });
}

}  // namespace

void scanUrls(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  std::size_t covered = 0;  // no URL starts inside the previous one
  for (const Token& token : in.tokens) {
    if (token.start < covered) continue;
    const std::size_t start = token.start;
    if (start > 0 && (text[start - 1] == '@' || text[start - 1] == '.' || text[start - 1] == '/')) continue;
    std::size_t hostStart = std::string_view::npos;
    if (startsWithCaseless(text, start, "https://")) {
      hostStart = start + 8;
    } else if (startsWithCaseless(text, start, "http://")) {
      hostStart = start + 7;
    } else if (startsWithCaseless(text, start, "ftp://")) {
      hostStart = start + 6;
    } else if (startsWithCaseless(text, start, "www.")) {
      hostStart = start + 4;
    }
    if (hostStart == std::string_view::npos) {
      // Cheap rejection: a bare host has a dot and a letter right after its first label.
      std::size_t label = token.end;
      while (label < text.size() && (text[label] == '-' || isAsciiAlpha(text[label]) || isDigit(text[label]))) ++label;
      if (label + 1 >= text.size() || text[label] != '.' || !isAsciiAlpha(text[label + 1])) continue;
    }
    std::size_t hostEnd = hostStart == std::string_view::npos ? start : hostStart;
    while (hostEnd < text.size() && isDomainByte(text[hostEnd])) ++hostEnd;
    if (hostEnd < text.size() && text[hostEnd] == '@') continue;  // an e-mail address
    if (hostStart == std::string_view::npos) {
      // A bare host needs a dot and a known top-level domain: "portal.example.org".
      std::size_t trimmed = trimUrlTail(text, start, hostEnd);
      const std::string_view host = text.substr(start, trimmed - start);
      if (host.find('.') == std::string_view::npos || !endsWithBareTld(host)) continue;
      if (!isAsciiAlpha(text[start]) && !isDigit(text[start])) continue;
      // A government's site named bare, with no path ("Registered at ClinicalTrials.gov as
      // NCT05603023"), is a public registry the note cites, not a patient's address.
      if (host.find('.') == host.rfind('.') && (trimmed >= text.size() || text[trimmed] != '/') &&
          (host.ends_with(".gov") || host.ends_with(".GOV"))) {
        continue;
      }
    } else if (hostEnd == hostStart) {
      continue;
    }
    std::size_t end = hostEnd;
    if (end < text.size() && (text[end] == '/' || text[end] == ':' || text[end] == '?' || text[end] == '#')) {
      while (end < text.size() && isUrlByte(text[end])) ++end;
    }
    end = trimUrlTail(text, start, end);
    // A code system named by its URL in a coding written out ("system http://loinc.org, code
    // 85354-9") is a terminology's address, not a patient's, as in a FHIR JSON "system" key.
    const std::string_view lead = sameLineBefore(text, start, 10);
    const std::size_t system = rfindWordCaseless(lead, "system");
    const bool codeSystem = system != std::string_view::npos && gapOnly(lead.substr(system + 6), " :=", 3);
    const bool generic = hostStart != std::string_view::npos && genericPage(text.substr(hostEnd, end - hostEnd));
    out.push_back({start, end, PhiCategory::Url, priority::kUrl, codeSystem || generic});
    covered = end;
  }
}

namespace {

// Length of a dotted-quad IPv4 address at `pos`, or 0.
std::size_t ipv4Length(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  for (int part = 0; part < 4; ++part) {
    const std::size_t run = digitRun(text, k);
    if (run == 0 || run > 3 || parseDigits(text, k, run) > 255) return 0;
    k += run;
    if (part < 3) {
      if (k >= text.size() || text[k] != '.') return 0;
      ++k;
    }
  }
  if (k < text.size() && (isWordByte(text[k]) || (text[k] == '.' && k + 1 < text.size() && isDigit(text[k + 1])))) {
    return 0;
  }
  return k - pos;
}

// Length of an IPv6 address at `pos` (RFC 4291 text forms, with an optional dotted-quad tail), or 0.
std::size_t ipv6Length(std::string_view text, std::size_t pos) {
  std::size_t k = pos;
  int groups = 0;
  bool compressed = false;
  std::size_t end = pos;
  if (k + 1 < text.size() && text[k] == ':' && text[k + 1] == ':') {
    compressed = true;
    k += 2;
    end = k;
  }
  while (k < text.size()) {
    const std::size_t v4 = ipv4Length(text, k);
    if (v4 > 0 && (compressed || groups == 6) && (groups > 0 || compressed)) {
      groups += 2;
      end = k + v4;
      break;
    }
    std::size_t g = k;
    while (g < text.size() && g - k < 5 && isHexDigit(text[g])) ++g;
    const std::size_t length = g - k;
    if (length == 0 || length > 4) break;
    ++groups;
    end = g;
    k = g;
    if (k + 1 < text.size() && text[k] == ':' && text[k + 1] == ':') {
      if (compressed) return 0;
      compressed = true;
      k += 2;
      end = k;
    } else if (k < text.size() && text[k] == ':' && k + 1 < text.size() && isHexDigit(text[k + 1])) {
      ++k;
    } else {
      break;
    }
  }
  if (end < text.size() && (isWordByte(text[end]) || text[end] == ':')) return 0;
  if (compressed ? groups > 7 || end - pos < 3 : groups != 8) return 0;
  if (compressed && groups < 1 && end - pos < 3) return 0;
  return end - pos;
}

// "version 10.2.0.1", "build 4.1.0.12": software versions have the shape of IPv4 addresses.
bool versionBefore(std::string_view text, std::size_t pos) {
  const std::string_view before = sameLineBefore(text, pos, 12);
  for (std::string_view word : {"version", "ver", "v", "build", "release", "firmware"}) {
    const std::size_t at = rfindWordCaseless(before, word);
    if (at != std::string_view::npos && gapOnly(before.substr(at + word.size()), " .:", 3)) return true;
  }
  return false;
}

// A private or loopback IPv4 address (RFC 1918 10/8, 172.16/12, 192.168/16; 127/8): `text` is
// exactly the dotted quad.
bool privateIpv4(std::string_view text) {
  std::array<int, 2> head{};
  std::size_t k = 0;
  for (int& part : head) {
    const std::size_t run = digitRun(text, k);
    part = parseDigits(text, k, run);
    k += run + 1;
  }
  return head[0] == 10 || head[0] == 127 || (head[0] == 172 && head[1] >= 16 && head[1] <= 31) ||
         (head[0] == 192 && head[1] == 168);
}

// A private or loopback client of a Common Log Format line with neither ident nor user
// ("10.0.3.218 - - [15/Apr/2024:04:19:15 +0300] \"GET /api/v2/health ...", seed 3737) is an
// internal probe or load balancer, not a person's session: a person's request comes from a public
// address or carries the user.
bool anonymousInternalLogClient(std::string_view text, std::size_t pos, std::size_t length) {
  if (!privateIpv4(text.substr(pos, length))) return false;
  const std::string_view after = text.substr(pos + length);
  return after.starts_with(" - - [") && after.size() > 6 && isDigit(after[6]);
}

}  // namespace

void scanIpAddresses(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = text[i];
    const bool boundary = i == 0 || !(isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ':');
    if (boundary && (isHexDigit(c) || c == ':')) {
      // Cheap rejection: an address has a '.' or ':' within its first five bytes.
      std::size_t look = i;
      while (look < n && look - i < 5 && isHexDigit(text[look])) ++look;
      if (look >= n || (text[look] != '.' && text[look] != ':')) {
        while (i < n && isWordByte(text[i])) ++i;
        continue;
      }
      if (isDigit(c)) {
        if (const std::size_t v4 = ipv4Length(text, i); v4 > 0) {
          if (!versionBefore(text, i) && !anonymousInternalLogClient(text, i, v4)) out.push_back({i, i + v4, PhiCategory::Ip, priority::kIp});
          i += v4;
          continue;
        }
      }
      // IPv6 needs at least two colons in the run; check cheaply before parsing.
      std::size_t probe = i;
      int colons = 0;
      while (probe < n && (isHexDigit(text[probe]) || text[probe] == ':' || text[probe] == '.')) {
        colons += text[probe] == ':';
        ++probe;
      }
      if (colons >= 2) {
        if (const std::size_t v6 = ipv6Length(text, i); v6 > 0) {
          out.push_back({i, i + v6, PhiCategory::Ip, priority::kIp});
          i += v6;
          continue;
        }
      }
      i = probe > i ? probe : i + 1;
      continue;
    }
    ++i;
  }
}

}  // namespace concord::phi::detail
