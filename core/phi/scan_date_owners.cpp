// Dates that belong to no person, dropped after every date scanner has run: whatever form the date
// takes (numeric, a month's name in any language), the words before it say whose it is. A blood
// unit's or a drug batch's expiry ("Lot K2291, exp. 2027-03", "285 mL, irradiated, expires
// 2026-02-14 23:59", "Lote W64AB230, vence 08/2027") is the product's; a law's date ("loi du 26
// juin 1990", "Law of 26 June 1990") is the legislator's; an epidemiological week's number and
// year ("Epi week 12/2024") are a week's, not a month's; a listing's run stamp ("RUN DATE 2025-07-25
// 07:53:05") is the machine's. A document's expiry (a passport's, an
// authorisation's) stays a date: only a product on the line before makes the expiry a product's.
#include "foreign_dates.h"

namespace concord::phi::detail {

namespace {

// Words that announce an expiry date, in the languages of the labels: "exp", "expires",
// "vence" and "vto." (Spanish), "val." and "validade" (Portuguese), "pér." (French).
bool expiryWord(std::string_view w) {
  return listHas({"exp", "expires", "expiry", "expiration", "expiring", "expd", "vence", "vto", "venc",
                  "vencimiento", "caducidad", "cad", "caduca", "validade", "val", "p\u00e9remption",
                  "peremption", "p\u00e9r", "p\u00c9remption"},
                 w);
}

// What a product's label names before its expiry: its lot or batch, a blood component's unit and
// processing, or a dose or a volume ("285 mL", "100 units/mL").
bool productWord(std::string_view w) {
  return listHas({"lot", "lote", "lotto", "batch", "irradiated", "leukoreduced", "leucoreduced", "unit", "bag",
                  "vial", "vials", "ampoule", "ampoules", "ml", "mg", "mcg", "units", "tab", "tabs", "isbt",
                  "irradi\u00e9", "irradiado",
                  // (A device's catalogue number, the label's "REF", and a stock quarantined or
                  // recalled: "lot/REF V317H) quarantined; expiry 2027-11-30".)
                  "ref", "quarantined", "recalled", "recall"},
                 w);
}

// A law, a decree or an act: the date after "du", "of", "van", "de" names the text, not a person.
// ("Ordonnance du 19/11/2025" is a French prescription's date: no law word.)
bool lawWord(const Token& t) {
  if (t.lower == "act") return t.properShape();
  return listHas({"loi", "law", "wet", "ley", "lei", "legge", "gesetz", "gesetzes", "d\u00e9cret", "decret", "decreto",
                  "arr\u00eat\u00e9", "arrete", "statute", "z\u00e1kon", "zakon", "zakona",
                  "\u0437\u0430\u043a\u043e\u043d", "\u0437\u0430\u043a\u043e\u043d\u0430"},
                 t.lower);
}

bool lawConnector(std::string_view w) {
  return listHas({"du", "of", "van", "de", "del", "vom", "dated", "from", "od", "ot"}, w);
}

// Whether the tokens [from, to) stay on one line.
bool oneLine(const ScanInput& in, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k + 1 < to; ++k) {
    if (gapBetween(in, k, k + 1).find('\n') != std::string_view::npos) return false;
  }
  return true;
}

// Whether the date starting at token `d` is a product's expiry: an expiry word right before it
// ("exp. ", "expires ", "Exp date: ") and a product word in the six tokens before that word.
bool productExpiryBefore(const ScanInput& in, std::size_t d) {
  if (d == 0) return false;
  std::size_t e = d - 1;
  if (!gapOnly(gapBetween(in, e, d), " .:,-", 3)) return false;
  if (in.tokens[e].lower == "date" && e > 0 && gapOnly(gapBetween(in, e - 1, e), " .", 2)) --e;
  if (!expiryWord(in.tokens[e].lower)) return false;
  const std::size_t from = e > 6 ? e - 6 : 0;
  for (std::size_t k = e; k-- > from;) {
    if (!oneLine(in, k, e + 1)) return false;
    if (productWord(in.tokens[k].lower)) return true;
  }
  return false;
}

// Whether the date starting at token `d` is a law's: a connector right before it and a law's word
// at most five tokens before that ("loi n° 2002-303 du 4 mars 2002").
bool lawDateBefore(const ScanInput& in, std::size_t d) {
  if (d < 2 || gapBetween(in, d - 1, d) != " " || !lawConnector(in.tokens[d - 1].lower)) return false;
  const std::size_t from = d - 1 > 5 ? d - 6 : 0;
  for (std::size_t k = d - 1; k-- > from;) {
    if (!oneLine(in, k, d)) return false;
    if (lawWord(in.tokens[k])) return true;
  }
  return false;
}

// Whether the date at token `d`, spanning [start, end), is an epidemiological or calendar week and
// its year ("Epi week 12/2024", "EW 12-2024", "SE 12/2024", "KW 12/2024"): a week's word right
// before a number of 1-53, a slash or hyphen and a four-digit year, nothing more.
bool weekOfYearAt(const ScanInput& in, std::size_t d, std::size_t end) {
  const auto& tokens = in.tokens;
  if (d == 0 || d + 1 >= tokens.size() || tokens[d + 1].end != end || !tokens[d].allDigits ||
      tokens[d].length() > 2 || !tokens[d + 1].allDigits || tokens[d + 1].length() != 4) {
    return false;
  }
  const std::string_view sep = gapBetween(in, d, d + 1);
  const int week = parseDigits(tokens[d].lower, 0, tokens[d].length());
  if ((sep != "/" && sep != "-") || week < 1 || week > 53 || !gapOnly(gapBetween(in, d - 1, d), " :.", 3)) return false;
  return listHas({"week", "wk", "ew", "epiweek", "semana", "semaine", "se", "kw", "epidemiol\u00f3gica",
                  "epidemiologica", "\u00e9pid\u00e9miologique", "epidemiologique"},
                 tokens[d - 1].lower);
}

// Whether [start, end) reads as a tariff or procedure code of three dotted groups, the last of two
// digits ("4.01.02", "01.02.03"), on a line that names a code or a tariff before it: fee schedules
// (Latin American "código de prestación", the Swiss and French tariffs, "Tariff code 4.01.02
// (specialist consultation) ...; 4.03.11 (blood count)") number their items so, and the numbers
// read as dates with a two-digit year.
bool tariffCodeAt(const ScanInput& in, std::size_t start, std::size_t end) {
  const std::string_view text = in.text;
  const std::string_view v = text.substr(start, end - start);
  if (v.size() < 6 || v.size() > 8 || v[v.size() - 3] != '.' || digitRun(text, end - 2) != 2) return false;
  const std::size_t dot = v.find('.');
  if (dot == 0 || dot > 2 || dot + 3 != v.size() - 3 || digitRun(v, 0) != dot || digitRun(v, dot + 1) != 2) return false;
  const std::string_view before = sameLineBefore(text, start, 160);
  // (Words are matched from their start: "code" finds "codes", "tarif" finds "tariff" and "tarifa".)
  for (std::string_view cue : {"code", "c\u00f3digo", "codigo", "tarif", "nomenclat", "tarmed", "arancel"}) {
    if (rfindWordCaseless(before, cue) != std::string_view::npos) return true;
  }
  return false;
}

// Whether the date [start, end) is the month of a statement or billing period ("Período: 03/2024",
// "Statement period 03/2024"): a month and a year only, right after a period's word.
bool statementPeriodAt(const ScanInput& in, std::size_t d, std::size_t end) {
  const auto& tokens = in.tokens;
  if (d == 0 || d + 1 >= tokens.size() || tokens[d + 1].end != end || tokens[d].length() > 2 ||
      !tokens[d].allDigits || tokens[d + 1].length() != 4 || !tokens[d + 1].allDigits ||
      !gapOnly(gapBetween(in, d - 1, d), " :", 3)) {
    return false;
  }
  return listHas({"period", "per\u00edodo", "periodo", "p\u00e9riode", "periode", "per\u00cdodo", "p\u00c9riode"},
                 tokens[d - 1].lower);
}

// Whether a day and month without a year recur every year: "vigencia hasta 31/12 del ejercicio",
// "due by 31/03 of each year" (a fiscal year's end, an annual deadline).
bool everyYearAfter(const ScanInput& in, std::size_t end) {
  const std::string_view rest = in.text.substr(end, 28);
  for (std::string_view tail : {" del ejercicio", " de cada a\u00f1o", " of each year", " of every year",
                                " of the financial year", " of the fiscal year", " de l'exercice", " do exerc\u00edcio",
                                " de cada ano", " de chaque ann\u00e9e"}) {
    if (startsCaselessAt(rest, 0, tail)) return true;
  }
  return false;
}

// Whether the date at byte `start` is a scientific meeting's or its abstracts' (seed 3535): "2nd
// Annual Scientific Meeting, 12-14 October 2024, Kyoto", "the congress runs 12-14 September in
// Lisbon", "Abstract deadline 15 January", "o congresso acontece de 12 a 14 de outubro": a word of
// such a meeting earlier in the date's clause (back to a full stop, a semicolon or the line's start,
// at most 80 bytes). A meeting about the patient (an MDT, a family meeting, a team conference) is no
// such word.
bool scientificMeetingDate(std::string_view text, std::size_t start) {
  std::size_t from = start > 80 ? start - 80 : 0;
  std::string_view clause = text.substr(from, start - from);
  for (std::string_view end : {std::string_view("\n"), std::string_view(". "), std::string_view("; ")}) {
    const std::size_t at = clause.rfind(end);
    if (at != std::string_view::npos) clause.remove_prefix(at + end.size());
  }
  // (Not "conference": a care team's is about the patient, "REHAB TEAM CONFERENCE September 23,
  // 2024", seed 1111.)
  for (std::string_view w : {"congress", "congresso", "congreso", "congr\u00e8s", "kongress", "kongres", "symposium",
                             "simp\u00f3sio", "simposio", "scientific meeting", "annual meeting", "abstract deadline",
                             "abstracts", "prazo"}) {
    if (rfindWordCaseless(clause, w) != std::string_view::npos) return true;
  }
  return false;
}

// Whether the date [start, end) is the stamp a machine printed on a listing or a log: a clock to
// the second right after it, and before it on the line the listing's "RUN DATE" or a heading
// closed by "LOG -" ("PAT-CENSUS   RUN DATE 2025-07-25 07:53:05   PAGE 33", "MPI DUPLICATE
// RESOLUTION LOG - 2025-12-27 14:25:31", seed 3838). A run report's "Run Date: 03/14/2024" of an
// ambulance call has no seconds after it.
bool listingStampAt(std::string_view text, std::size_t start, std::size_t end) {
  if (end + 9 > text.size() || text[end] != ' ' || !isDigit(text[end + 1]) || !isDigit(text[end + 2]) ||
      text[end + 3] != ':' || digitRun(text, end + 4) != 2 || text[end + 6] != ':' || digitRun(text, end + 7) != 2) {
    return false;
  }
  std::string_view before = sameLineBefore(text, start, 80);
  while (!before.empty() && (before.back() == ' ' || before.back() == ':')) before.remove_suffix(1);
  if (before.ends_with("RUN DATE") || before.ends_with("Run date") || before.ends_with("Run Date")) return true;
  if (!before.ends_with(" -")) return false;
  before.remove_suffix(2);
  return before.ends_with(" LOG") || before.ends_with(" Log") || before.ends_with(" log");
}

// Whether the date [start, end) opens a line of a chat app's export as its message's own stamp: a
// day, a month and a two-digit year, a comma, the clock and the bracket closed, then the sender
// and a colon ("[21/06/25, 22:31] razak: doc, mak cik demam lagi", seed 3939; "[6/21/25, 22:31]",
// seed 3535). A note's own dates come in its words; chats with the year in four digits or without a
// comma ("[14/03/2024, 07:58] ...", "[3/14/24 18:02] ...") keep theirs, as earlier families
// annotate them.
bool chatExportStampAt(std::string_view text, std::size_t start, std::size_t end) {
  if (start == 0 || text[start - 1] != '[' || (start >= 2 && text[start - 2] != '\n')) return false;
  if (end - start < 6 || end - start > 8 || text[end - 3] != '/' || digitRun(text, end - 2) != 2) return false;
  std::size_t k = end;
  if (k + 8 > text.size() || text[k] != ',' || text[k + 1] != ' ') return false;
  k += 2;
  const std::size_t hours = digitRun(text, k);
  if (hours < 1 || hours > 2 || text[k + hours] != ':' || digitRun(text, k + hours + 1) != 2) return false;
  k += hours + 3;
  if (k + 3 <= text.size() && text[k] == ':' && digitRun(text, k + 1) == 2) k += 3;
  if (k + 2 >= text.size() || text[k] != ']' || text[k + 1] != ' ') return false;
  // The sender and its colon within a few words.
  for (std::size_t j = k + 2; j < text.size() && j < k + 42 && text[j] != '\n'; ++j) {
    if (text[j] == ':') return j > k + 2;
  }
  return false;
}

// Whether the date [start, end) is a Japanese block address's chome, block and house ("Osaka-shi
// Kita-ku Umeda 3-3-52", seed 3939): numbers joined by hyphens after a ward ("-ku") or city
// ("-shi") written in romaji earlier on the line.
bool japaneseBlockNumberAt(std::string_view text, std::size_t start, std::size_t end) {
  if (end - start > 8 || text.substr(start, end - start).find('-') == std::string_view::npos) return false;
  const std::string_view before = sameLineBefore(text, start, 40);
  for (std::string_view mark : {"-ku ", "-KU ", "-shi ", "-SHI "}) {
    const std::size_t at = before.rfind(mark);
    if (at != std::string_view::npos && at > 0 && (isLower(before[at - 1]) || isUpper(before[at - 1]))) return true;
  }
  return false;
}

}  // namespace

void dropOwnerlessDates(const ScanInput& in, Candidates& out) {
  std::erase_if(out, [&](const Candidate& c) {
    if (c.category != PhiCategory::Date || c.priority != priority::kDate || c.veto) return false;
    const std::size_t d = firstTokenFrom(in.tokens, c.start);
    if (d >= in.tokens.size() || in.tokens[d].start != c.start) return false;
    return productExpiryBefore(in, d) || lawDateBefore(in, d) || weekOfYearAt(in, d, c.end) ||
           tariffCodeAt(in, c.start, c.end) || statementPeriodAt(in, d, c.end) ||
           (c.end - c.start <= 5 && everyYearAfter(in, c.end)) || scientificMeetingDate(in.text, c.start) ||
           listingStampAt(in.text, c.start, c.end) || chatExportStampAt(in.text, c.start, c.end) ||
           japaneseBlockNumberAt(in.text, c.start, c.end);
  });
}

}  // namespace concord::phi::detail
