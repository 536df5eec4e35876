// Dates more specific than a year: numeric forms (3/14/2023, 2023-03-14, 14.03.2023, 18.06.85,
// 26.VI.1965, 03/2023, "on 3/14") and month-name forms (March 14, 2023; 14th of March; Mar 2023;
// July of 2020; 14-Mar-23).
// A year on its own is not PHI under Safe Harbor and is never reported.
#include <algorithm>
#include <array>
#include <string>

#include "date_cues.h"
#include "local_addresses.h"
#include "number_words.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool plausibleYear(int year) { return year >= 1900 && year <= 2099; }

// A number is a complete date part only if no digit, or separator + digit, continues it.
bool endsCleanly(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  // ISO 8601 with a time: "2023-03-14T10:22".
  if (text[end] == 'T' && end + 1 < text.size() && isDigit(text[end + 1])) return true;
  return !joinedAfter(text, end, {Joins::kWordByte, "-./:", Joins::kDigit});
}

// Words after which "3/14" (no year) is read as a date rather than a ratio or a score: cue
// prepositions, and the events and labels a clinician dates ("received 2/18", "POLST signed
// 12/6", "ADDENDUM 4/1:", "Date of service: 7/3", "visit 2/24,").
// A weekday before it ("Tues 3/4", "Sat 10/23") makes "3/4" a calendar day, as does a date
// label ("DOB", "sent", "appointment", "dd"/"dt" of dictation headers).
constexpr std::array<std::string_view, 96> kShortDateCues = {
    "on",        "since",    "from",     "until",     "till",     "through",   "thru",      "dated",    "starting",
    "effective", "by",       "date",     "dos",       "seen",     "before",    "after",     "last",     "admitted",
    "discharged", "and",     "service",  "received",  "signed",   "addendum",  "visit",     "updated",  "collected",
    "reviewed",  "completed", "obtained", "performed", "faxed",    "mailed",    "scheduled", "expires",  "issued",
    "dob",       "sent",     "appointment", "appt",   "dd",       "dt",        "time",      "mon",      "monday",
    "tue",       "tues",     "tuesday",  "wed",       "weds",     "wednesday", "thu",       "thur",     "thurs",
    "thursday",  "fri",      "friday",   "sat",       "saturday", "sun",       "sunday",   "confirmed", "verified",
    // Competencies, boards and message logs: "(trained 2/8)", "4 WEST CENSUS 8/6", "sms 12/23 11:51".
    "trained",  "census",   "sms",
    // Texts and forms: "at her cousins in bethel til 4/6", "Requested dates: 1/5 through 6/20".
    "til",      "dates",
    // Utilisation reviews and bed boards: "Admit 10/11; criteria met", "Discharge 3/2".
    "admit",    "admission", "discharge",
    // Spanish messages from relatives: "no quiere comer desde el 3/14", "hasta el 4/2".
    "desde",    "hasta",
    // A handoff dates itself: "signout 7/10 nf -> days", "handoff 3/2 to night team".
    "signout",  "handoff",
    // Case investigations, partner notification and eligibility: "Rash onset 17/4", "Partner 1
    // notified 9/4", "ins termed 1/27"; a text message sent ("recordatorio enviado 9/5").
    "onset",    "notified", "termed",   "enviado",  "enviada",
    // A trip's days: "departing 5/6", "returning 6/2".
    "departing", "arriving", "returning",
    // Setswana and Sesotho "ka" (on a day): "o tla kwa clinic ka 6/11", a reminder's visit.
    "ka",
    // After the thirty-second family: Portuguese "no dia 23/2" (on the day), French "sortie 5/8"
    // (discharge), Icelandic "fær að fara heim 26/1" (goes home), Kinyarwanda
    // "bitarenze 16/6" (no later than).
    "dia",      "sortie",   "heim",     "bitarenze",
    // After the thirty-fourth family: French "depuis" (since); "le" and "na" are read in
    // shortDateCue. And "tomorrow" in the languages of chats: English, French "demain", Italian
    // "domani", siSwati "ngemuso", Zulu and siSwati "kusasa", Sesotho "hosane", Turkish "yarın"
    // (in capitals "YARIN"; the lower case, its dotless ı no ASCII letter, in shortDateCue).
    "depuis",   "tomorrow", "demain",   "domani",   "ngemuso",  "kusasa",   "hosane",   "yarin"};


// Credentials after which ", 8/25" is the date of a signature: "Ciaran Mulder, MD, 8/25".
constexpr std::array<std::string_view, 10> kSignatureCredentials = {"md", "do", "rn", "np", "pa", "pharmd",
                                                                    "phd", "lcsw", "dds", "crna"};

// The word before `pos` on its line (skipping spaces and one ':' or ','), lower-cased, and whether
// a comma was skipped.
std::string wordBefore(std::string_view text, std::size_t pos, bool& comma) {
  const std::string_view before = sameLineBefore(text, pos, 16);
  std::size_t end = before.size();
  comma = false;
  while (end > 0 && (before[end - 1] == ' ' || before[end - 1] == ':' || before[end - 1] == ',')) {
    comma = comma || before[end - 1] == ',';
    --end;
  }
  std::size_t start = end;
  while (start > 0 && isAsciiAlpha(before[start - 1])) --start;
  std::string word;
  for (std::size_t k = start; k < end; ++k) word.push_back(lowerAscii(before[k]));
  return word;
}

// Refill words, cues only when the date ends the clause: "last filled 6/23," (not "filled 1/2 way").
bool refillCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (end < text.size() && !(text[end] == ',' || text[end] == '.' || text[end] == ';' || text[end] == ')' ||
                             text[end] == '\n' || text[end] == '\r')) {
    return false;
  }
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  return !comma && (word == "filled" || word == "refilled" || word == "dispensed");
}

// A lab or clinic check, cue only when the date ends the clause: "hold until INR check 1/21.",
// "BMP due 3/4," (not "check 1/2 of the readings").
bool checkCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (end < text.size() && !(text[end] == ',' || text[end] == '.' || text[end] == ';' || text[end] == ')' ||
                             text[end] == '\n' || text[end] == '\r')) {
    return false;
  }
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  return !comma && (word == "check" || word == "recheck" || word == "due" || word == "redraw");
}

// A surgical procedure dates itself: "s/p R TKA 11/24", "lap chole 3/2", "CABG 6/14",
// "appendectomy 5/9". A score or grade after the procedure is no date: "TKA 4/5 strength".
bool procedureCue(std::string_view text, std::size_t pos, std::size_t end) {
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  if (comma || word.size() < 3) return false;
  static constexpr std::array<std::string_view, 17> kProcedures = {
      "tka", "tha", "tkr", "thr", "cabg", "orif", "acdf", "turp", "tavr", "chole", "appy", "arthroplasty",
      "surgery", "laminectomy", "replacement", "repair", "fusion"};
  bool procedure = word.ends_with("ectomy") || word.ends_with("otomy") || word.ends_with("ostomy") ||
                   word.ends_with("plasty") || word.ends_with("pexy");
  for (std::string_view p : kProcedures) procedure = procedure || word == p;
  if (!procedure) return false;
  std::size_t k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  std::string next;
  while (k < text.size() && isAsciiAlpha(text[k]) && next.size() < 12) next.push_back(lowerAscii(text[k++]));
  static constexpr std::array<std::string_view, 15> kScoreWords = {
      "strength", "murmur", "pain", "scale", "score", "grade", "of",  "reps",
      "sets",     "rom",    "vessel", "way", "day",   "days",  "inch"};
  for (std::string_view w : kScoreWords) {
    if (next == w) return false;
  }
  return true;
}

// The next word after `end` (lower case, letters only), past one space; empty if none.
std::string wordAfter(std::string_view text, std::size_t end) {
  std::string next;
  if (end + 1 >= text.size() || text[end] != ' ') return next;
  for (std::size_t k = end + 1; k < text.size() && isAsciiAlpha(text[k]) && next.size() < 12; ++k) {
    next.push_back(lowerAscii(text[k]));
  }
  return next;
}

// Words of an event on a day ("estimated discharge 10/4", "infant born 5/22 at 39+2", "given
// 9/26", "PDMP checked 11/23:", "returned by courier 12/25.", "valet log 8/18", "hold placed
// 4/13."): cues when the
// date ends the clause, or is followed by "at" or a capitalised word, not by a lower-case unit or
// noun ("given 1/2 tab", "born 3/4 of the way").
bool eventCue(std::string_view text, std::size_t pos, std::size_t end) {
  // ("Shirley-Ann MacIsaac (d. 12/03)": a person's death day in brackets after the name, seed
  // 3636.)
  if (pos >= 4 && text.substr(pos - 4, 4) == "(d. " && end < text.size() && text[end] == ')') return true;
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  if (comma) return false;
  // ("i will drop it off 3/17.": a thing brought or dropped off on a day.)
  static constexpr std::array<std::string_view, 31> kEvents = {
      "discharge", "born",      "given",  "checked", "returned", "courier", "post",  "log",
      "delivered", "posted",    "shipped", "edd",    "lmp",      "arrived", "placed", "dictated",
      "transcribed", "review",  "off",
      // ("Heel prick done 8/10.", "cultures drawn 3/4,": a test or sample taken on a day.)
      "done",      "drawn",
      // A pharmacy's and a trial's days: "ready for pickup 5/4", "trial period ends 5/17.", and a
      // patient asking for a day ("can i come 12/22 after 3?").
      "pickup",    "ends",     "ended",   "begins",  "starts",   "come",
      // A death's day in a bereavement log or a relative's message: "died 9/12.", "expired 3/4,",
      // "falleció hoy 12/3," (today), seed 3636.
      "died",      "deceased", "expired", "hoy"};
  bool event = false;
  for (std::string_view e : kEvents) event = event || word == e;
  if (!event) return false;
  if (end >= text.size() || text[end] == ',' || text[end] == '.' || text[end] == ';' || text[end] == ':' ||
      text[end] == ')' || text[end] == '\n' || text[end] == '\r') {
    return true;
  }
  if (text[end] != ' ' || end + 1 >= text.size()) return false;
  // A period's or a due day's note in brackets: "LMP 24/6 (certain)", "EDD 3/9 (by scan)".
  if ((word == "lmp" || word == "edd") && text[end + 1] == '(') return true;
  // A column gap after it ends the field too: "Next review: 7/7  Sickle cell trait".
  if (word == "come" && wordAfter(text, end) == "after") return true;
  return isUpper(text[end + 1]) || text[end + 1] == ' ' || wordAfter(text, end) == "at";
}

// A month/day written as a log's or a diary's entry: at the start of a line (or of a sentence in
// running diary text) and followed by a column gap, a dash or a colon and words: "5/9  called
// listed contact", "7/20 - dizzy again", "4/10 - better.", "8/4\tRm 418".
bool entryStartCue(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view before = sameLineBefore(text, pos, 200);
  bool lineStart = true;
  for (char c : before) lineStart = lineStart && (c == ' ' || c == '\t');
  const bool sentenceStart = before.ends_with(". ") || before.ends_with("! ");
  if (!lineStart && !sentenceStart) return false;
  const std::string_view after = text.substr(end, 4);
  std::size_t k = end;
  if (after.starts_with(" - ") || after.starts_with(" \u2013")) {
    k = end + 3;
  } else if (lineStart && (after.starts_with("  ") || after.starts_with("\t") || after.starts_with(": "))) {
    k = end + 1;
  } else {
    return false;
  }
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || static_cast<unsigned char>(text[k]) >= 0x80)) ++k;
  return k < text.size() && isAsciiAlpha(text[k]);
}

// A month/day ending a heading in capitals after a column gap: "SSP CONTACT   9/8",
// "CPAP COMPLIANCE REPORT   4/9 - 5/15/2023".
bool headingDateCue(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view before = sameLineBefore(text, pos, 80);
  if (!before.ends_with("  ")) return false;
  int words = 0;
  bool inWord = false;
  for (char c : before) {
    if (isLower(c) || isDigit(c)) return false;
    if (isUpper(c) && !inWord) ++words;
    inWord = isUpper(c);
  }
  if (words < 2) return false;
  return end >= text.size() || text[end] == '\n' || text[end] == '\r' || text.substr(end, 3) == " - ";
}

// A month/day in a column of a table aligned by spaces, headed by a date word right above it on
// the table's heading line: "Ref ID     Received  Patient\nRF482913   3/14      LEE, ANA". The
// heading word starts at the day's column; the rows between hold no letter there. The day ends
// its cell (a column gap or the line's end).
bool alignedColumnCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (!(end >= text.size() || text[end] == '\n' || text[end] == '\r' || text.substr(end, 2) == "  ")) return false;
  std::size_t lineStart = pos;
  while (lineStart > 0 && text[lineStart - 1] != '\n') --lineStart;
  const std::size_t column = pos - lineStart;
  // (The first column too: "Datum      Befund\n12.03.     normal".)
  if (column > 0 && (text[pos - 1] != ' ' || (column >= 2 && text[pos - 2] != ' '))) return false;
  for (int up = 0; up < 8 && lineStart > 0; ++up) {
    const std::string_view line = previousLine(text, lineStart);
    if (line.size() <= column) return false;
    if (!isAsciiAlpha(line[column])) {
      if (isDigit(line[column])) continue;  // another row's value in the column
      return false;
    }
    if (column > 0 && line[column - 1] != ' ') return false;
    std::size_t e = column;
    while (e < line.size() && isAsciiAlpha(line[e])) ++e;
    std::string word;
    for (std::size_t k = column; k < e; ++k) word += lowerAscii(line[k]);
    // (And the date's column in other languages written in Latin letters.)
    static constexpr std::array<std::string_view, 16> kHeads = {
        "received", "date",  "sent",  "seen",    "collected", "admitted", "discharged", "onset",
        "referred", "fecha", "datum", "data",    "tarih",     "tanggal",  "dato",       "pvm"};
    return std::find(kHeads.begin(), kHeads.end(), word) != kHeads.end();
  }
  return false;
}

// The day and month with the German, Nordic and Central European dots and no year, after a
// preposition of time: "am 12.03.", "vom 03.02. bis 05.02.", "seit 14.11.", "fra 12.03.", "od
// 12.03." (both parts of two digits: "bis 2.5." is a dose).
bool dottedDayCue(std::string_view text, std::size_t pos) {
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  return !comma && listHas({"am", "vom", "bis", "seit", "ab", "den", "dem", "zum", "datum", "fra", "til", "sedan",
                            "od", "do", "dne", "dnia", "van", "tot", "op", "sinds"},
                           word);
}

// A month/day alone in a cell of a pipe table whose column is headed by a date word ("Onset",
// "Date", "Collected"): "1 | Okafor, Ama | 442502 | 2/16 | urine".
bool tableColumnCue(std::string_view text, std::size_t pos, std::size_t end) {
  // ("last exposure": the day of a contact-tracing list's last contact.)
  // ("Sent": a release-of-information log's day each request went out.)
  return pipeColumnHeadedBy(text, pos, end,
                            {"date", "onset", "collected", "dos", "seen", "received", "admitted", "discharged", "dob",
                             "exposure", "sent",
                             // The date's column in the world's languages: "Fecha", "Datum", "Data",
                             // "Tarih", "Tanggal", "Dato", "Dátum", "Pvm", "Kuupäev", "Ngày", "Дата",
                             // "日期", "日付", "날짜", "تاريخ", "תאריך", "วันที่", "तारीख", "मिति", "তারিখ".
                             "fecha", "datum", "data", "tarih", "tarikh", "tanggal", "dato", "d\u00e1tum", "pvm",
                             "kuup\u00e4ev", "ng\u00e0y", "Ng\u00e0y", "\u0434\u0430\u0442\u0430", "\u0414\u0430\u0442\u0430",
                             "\u0414\u0410\u0422\u0410", "\u65e5\u671f", "\u65e5\u4ed8", "\ub0a0\uc9dc",
                             "\u062a\u0627\u0631\u064a\u062e", "\u05ea\u05d0\u05e8\u05d9\u05da",
                             "\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", "\u0924\u093e\u0930\u0940\u0916",
                             "\u092e\u093f\u0924\u093f", "\u09a4\u09be\u09b0\u09bf\u0996"},
                            true) ||
         alignedColumnCue(text, pos, end);
}

// The index of the comma-separated field at `pos` of its line (quoted fields may hold commas:
// "\"HAUGEN, Cody\",HN-279205,5/16"), or npos when `pos` is inside quotes.
std::size_t csvFieldIndex(std::string_view line, std::size_t pos) {
  std::size_t field = 0;
  bool quoted = false;
  for (std::size_t k = 0; k < pos && k < line.size(); ++k) {
    if (line[k] == '"') quoted = !quoted;
    if (line[k] == ',' && !quoted) ++field;
  }
  return quoted ? std::string_view::npos : field;
}

// A month/day alone in a cell of a CSV export (a bed board, a census) whose header names a date's
// column: "unit,bed,patient,mrn,admit,edd,status" over "4B,12,\"HAUGEN, Cody\",HN-279205,5/16,5/30,
// blocked". The header is the nearest line above, among the export's lines, with no digit.
bool csvColumnCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos == 0 || text[pos - 1] != ',' || (end < text.size() && text[end] != ',' && text[end] != '\n' && text[end] != '\r')) {
    return false;
  }
  const std::string_view before = sameLineBefore(text, pos, 400);
  const std::size_t column = csvFieldIndex(before, before.size());
  if (column == std::string_view::npos || column < 1) return false;
  std::size_t lineStart = pos - before.size();
  for (int up = 0; up < 12 && lineStart > 0; ++up) {
    const std::string_view line = previousLine(text, lineStart);
    if (line.find(',') == std::string_view::npos) return false;
    bool digit = false;
    for (char c : line) digit = digit || isDigit(c);
    if (digit) continue;
    // The header: its field of the same column.
    std::size_t field = 0;
    std::size_t cellStart = 0;
    for (std::size_t j = 0; j <= line.size(); ++j) {
      if (j < line.size() && line[j] != ',') continue;
      if (field == column) {
        std::string cell;
        for (std::size_t k = cellStart; k < j; ++k) {
          if (line[k] != ' ' && line[k] != '"') cell.push_back(lowerAscii(line[k]));
        }
        return listHas({"admit", "admitted", "admission", "edd", "discharge", "discharged", "dc", "dob", "date", "dos",
                        "seen", "onset", "due", "arrival", "arrived", "transfer", "surgery", "visit"},
                       cell) ||
               cell.ends_with("_date") || cell.ends_with("date");
      }
      ++field;
      cellStart = j + 1;
    }
    return false;
  }
  return false;
}

// "wk of 12/18", "week of 3/3": the Monday a weekly sheet begins.
bool weekOfCue(std::string_view text, std::size_t pos) {
  const std::string_view before = sameLineBefore(text, pos, 12);
  for (std::string_view cue : {"wk of ", "week of "}) {
    if (before.size() >= cue.size()) {
      const std::size_t at = rfindWordCaseless(before, cue.substr(0, cue.size() - 1));
      if (at != std::string_view::npos && at + cue.size() == before.size()) return true;
    }
  }
  return false;
}

// "the 3/14 CT report", "the 2/3 MRI": a short date naming which study, between "the" and the
// study's noun.
bool studyCue(std::string_view text, std::size_t pos, std::size_t end) {
  bool comma = false;
  if (wordBefore(text, pos, comma) != "the" || comma) return false;
  const std::string next = wordAfter(text, end);
  // ("aligned to the 1/18 fill": a pharmacy's fill or a booked visit named by its day.)
  static constexpr std::array<std::string_view, 17> kStudies = {
      "ct",  "mri", "xr",   "cxr",    "echo", "scan",  "ekg",         "ecg",  "labs",
      "report", "eeg", "ultrasound", "fill", "refill", "visit", "appointment", "appt"};
  for (std::string_view study : kStudies) {
    if (next == study) {
      // "the 1/2 fill of the reservoir": a share of something, not a day.
      const std::size_t after = end + 1 + next.size();
      const bool share = (next == "fill" || next == "refill") && end - pos == 3 && text[pos] < text[pos + 2] &&
                         text[pos + 2] <= '4' && text.substr(after, 4) == " of ";
      return !share;
    }
  }
  return false;
}

// A clock time right after a month/day: "12/23 11:51", "3/31 02:32", and with a one-digit hour
// "3/8 2:15", "4/21 9:40am", "(8/6 4:51 pm)".
bool clockAfter(std::string_view text, std::size_t end) {
  if (end + 5 > text.size() || text[end] != ' ') return false;
  const std::size_t hour = digitRun(text, end + 1);
  if (hour == 0 || hour > 2 || end + 1 + hour + 3 > text.size() || text[end + 1 + hour] != ':' ||
      digitRun(text, end + 2 + hour) != 2) {
    return false;
  }
  const std::size_t stop = end + 4 + hour;
  if (parseDigits(text, end + 1, hour) > 23 || parseDigits(text, end + 2 + hour, 2) > 59) return false;
  if (stop == text.size() || !isWordByte(text[stop])) return true;
  // "9:40am", "9:40pm"
  const char a = lowerAscii(text[stop]);
  return (a == 'a' || a == 'p') && stop + 1 < text.size() && lowerAscii(text[stop + 1]) == 'm' &&
         (stop + 2 == text.size() || !isWordByte(text[stop + 2]));
}

// An appointment's day and hour set off by a comma: "next visit at the centre 28/5, 10:00", "vin
// marti 4/3, 9:30". Not a score out of ten, which a comma and a time may follow too ("pain 7/10,
// 14:00").
bool commaClockAfter(std::string_view text, std::size_t pos, std::size_t end) {
  if (end + 2 >= text.size() || text[end] != ',' || text.substr(end + 1, 1) != " ") return false;
  const std::size_t a = digitRun(text, pos);
  if (text.substr(pos + a, 3) == "/10" && digitRun(text, pos + a + 1) == 2) return false;
  return clockAfter(text, end + 1);
}

// The first line of a text message as a phone or a register logs it: "sms reminder 27/12 to 081
// 640 3379: hello", "sms from cha siaka, 11/7\nreferral: musu flomo" — the line opens with the
// message's kind and the day closes it or comes before the colon that opens the message's text.
bool messageTitleCue(std::string_view text, std::size_t pos) {
  if (pos > 80) return false;
  const std::string_view line = text.substr(0, pos);
  if (line.find('\n') != std::string_view::npos || line.find(':') != std::string_view::npos) return false;
  std::size_t k = 0;
  while (k < line.size() && isAsciiAlpha(line[k])) ++k;
  if (k == line.size() || line[k] != ' ') return false;
  std::string first;
  for (std::size_t j = 0; j < k; ++j) first.push_back(lowerAscii(line[j]));
  if (!(first == "sms" || first == "text" || first == "whatsapp" || first == "viber" || first == "messenger")) {
    return false;
  }
  // The day closes the line ("sms reminder 27/12\nto 081 640 3379: hello") or the message's
  // colon follows on it.
  const std::size_t eol = text.find('\n', pos);
  std::string_view rest = text.substr(pos, (eol == std::string_view::npos ? text.size() : eol) - pos);
  rest.remove_prefix(std::min(rest.size(), digitRun(rest, 0) + 1 + digitRun(rest, digitRun(rest, 0) + 1)));
  if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
  return rest.empty() || rest.find(": ") != std::string_view::npos;
}

// A chat export's stamp: "[8/24, 18:24] +44 7700 900123: how is she", a month/day right after
// the bracket and a 24-hour clock after a comma.
bool chatStampAfter(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos == 0 || text[pos - 1] != '[' || end + 7 > text.size() || text[end] != ',' || text[end + 1] != ' ') return false;
  return digitRun(text, end + 2) == 2 && text[end + 4] == ':' && digitRun(text, end + 5) == 2 &&
         parseDigits(text, end + 2, 2) <= 23 && parseDigits(text, end + 5, 2) <= 59;
}

// Nouns of a measure after a fraction: "3/4 cup", "1/2 tab", "3/4 mile" are amounts, never days,
// whatever cue comes before ("metoprolol and 3/4 cup of the mix").
bool measureAfter(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  std::size_t k = end + 1;
  std::size_t e = k;
  while (e < text.size() && isAsciiAlpha(text[e]) && e - k < 12) ++e;
  if (e == k || e - k > 10) return false;
  char word[11] = {};
  for (std::size_t j = k; j < e; ++j) word[j - k] = lowerAscii(text[j]);
  const std::string_view w(word, e - k);
  static constexpr std::array<std::string_view, 18> kMeasures = {
      "cup",  "cups",   "tab",    "tabs",     "tablet",   "tablets",    "tsp",  "tbsp",  "teaspoon",
      "pill", "pills",  "inch",   "inches",   "mile",     "miles",      "glass", "bottle", "tablespoon"};
  return std::find(kMeasures.begin(), kMeasures.end(), w) != kMeasures.end();
}

// A month/day closing the title line of a document, its first line: "PEER RECOVERY NOTE 9/16",
// "NIGHT SIGN-OUT 11/07", "PROGRESS NOTE (SOAP)  HD#3  8/28", "mesaview chat - 9/4",
// "VALLE VERDE FARMWORKER HEALTH - outreach 2/16". The line names a kind of document.
// The title may end in a colon before its first entry: "DRIVER NOTE, ROUTE 7, 12/26: Ana at
// home".
// A chat exported from a messaging app is titled by the app or the group: "whatsapp 2/10", "viber
// 4/10", "wechat 群聊 12/6", "wa group keluarga 16/7", and some put the day first: "16/8
// whatsapp".
bool titleLineCue(std::string_view text, std::size_t pos, std::size_t end) {
  static constexpr std::array<std::string_view, 29> kDocuments = {
      "note",   "notes", "sign-out", "signout", "chat",   "outreach", "log",     "report", "list",    "census",
      "summary", "handoff", "visit", "message", "messages", "consult", "update", "record", "round",   "rounds",
      "huddle", "transcript", "call", "whatsapp", "viber", "wechat", "telegram", "messenger", "group"};
  if (pos > 120 || text.substr(0, pos).find('\n') != std::string_view::npos) return false;
  // With a slash only: "Run 24-10" is a run number.
  if (text[pos + digitRun(text, pos)] != '/') return false;
  // The day opening the first line, one such word closing it: "16/8 whatsapp".
  if (text.substr(0, pos).find_first_not_of(" \t") == std::string_view::npos && end < text.size() && text[end] == ' ') {
    std::size_t w = end + 1;
    while (w < text.size() && isAsciiAlpha(text[w])) ++w;
    if (w == text.size() || text[w] == '\n' || text[w] == '\r') {
      std::string word;
      for (std::size_t k = end + 1; k < w; ++k) word.push_back(lowerAscii(text[k]));
      if (std::find(kDocuments.begin(), kDocuments.end(), word) != kDocuments.end()) return true;
    }
  }
  if (end < text.size() && text[end] != '\n' && text[end] != '\r' &&
      !(text[end] == ':' && end + 1 < text.size() && text[end + 1] == ' ')) {
    return false;
  }
  const std::string_view line = text.substr(0, pos);
  if (!(line.ends_with(" ") || line.ends_with("\t"))) return false;
  for (std::string_view word : kDocuments) {
    if (rfindWordCaseless(line, word) != std::string_view::npos) return true;
  }
  return false;
}

// A month/day closing a line after a date label and the initials or name of who signed:
// "Staff initials / date: Zitkala 3/20", "Reviewed by / date: A. Lee 4/2".
bool dateLabelLineCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (end < text.size() && text[end] != '\n' && text[end] != '\r') return false;
  const std::string_view before = sameLineBefore(text, pos, 48);
  const std::size_t at = rfindWordCaseless(before, "date");
  if (at == std::string_view::npos || at + 5 > before.size() || before[at + 4] != ':') return false;
  for (std::size_t k = at + 5; k < before.size(); ++k) {
    const char c = before[k];
    if (!(isAsciiAlpha(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || isNonAscii(c))) return false;
  }
  return true;
}

// Whether the "and" before `pos` follows a number: "3/4 and 3/12", "March 3 and 3/12".
bool numberBeforeAnd(std::string_view text, std::size_t pos) {
  std::string_view before = sameLineBefore(text, pos, 40);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.size() < 4) return false;
  before.remove_suffix(3);  // "and"
  while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
  return !before.empty() && isDigit(before.back());
}

// A Spanish booking's noun on the line before a day: "la consulta en l\u00ednea es el 11/1", "tu
// cita es el 3/4", "el turno es el 9/5" (seed 3737).
bool bookingNounBefore(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kBookings = {"consulta", "cita", "turno", "teleconsulta",
                                                                "videoconsulta", "visita", "control"};
  for (std::string_view noun : kBookings) {
    if (rfindWordCaseless(line, noun) != std::string_view::npos) return true;
  }
  return false;
}

bool shortDateCue(std::string_view text, std::size_t pos) {
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  // (The ASCII letters only are read: "yarın" reaches here as "n".)
  if (word == "n") {
    const std::string_view before = sameLineBefore(text, pos, 8);
    return before.ends_with(" yar\u0131n ") || before == "yar\u0131n " || before.ends_with(" Yar\u0131n ") ||
           before == "Yar\u0131n ";
  }
  if (word.empty()) return false;
  if (comma) {
    for (std::string_view credential : kSignatureCredentials) {
      if (word == credential) return true;
    }
    return false;
  }
  // "and" joins two days ("between 3/4 and 3/12", "on 9/2 and 9/9"): only after a number. Scores
  // and fractions joined by it are no days: "VA 6/9 right and 6/12 left", "Recall 6/12 for an
  // exam and 3/12 with the hygienist".
  if (word == "and") return numberBeforeAnd(text, pos);
  // French "le" (the day: "le docteur passe le 22/9", "depuis le 1/1") and Kriolu and Portuguese
  // "na" (on: "pa centro di saude na 4/21"), not before a fraction of a tablet or a share ("le 1/2
  // comprimé", Polish "na 1/2 tabletki", "na 3/4"): a first number below a second of 4 or less.
  // (Spanish "el" (on the day: "Accidente el 1/19 en el puente", not "el 1/2 comprimido") and
  // Vietnamese "ngay" (ngày, day: "sot ngay 23/4") typed without its accents, seed 3939: a
  // fraction-like day there is left to the cues further back, "desde el 2/4".)
  const bool dayArticle = word == "el" || word == "ngay";
  if (word == "le" || word == "na" || dayArticle) {
    const int first = parseDigits(text, pos, isDigit(text[pos + 1]) ? 2 : 1);
    const std::size_t slash = pos + (isDigit(text[pos + 1]) ? 2 : 1);
    if (slash >= text.size() || text[slash] != '/' || slash + 1 >= text.size()) return false;
    const int second = parseDigits(text, slash + 1, slash + 2 < text.size() && isDigit(text[slash + 2]) ? 2 : 1);
    if (!(first < second && second <= 4)) return true;
    if (!dayArticle) return false;
  }
  for (std::string_view cue : kShortDateCues) {
    if (word == cue) return true;
  }
  // An appointment's or a visit's day told with "was"/"is" between ("appt was 12/28", seed 3939).
  if (word == "was" || word == "is") {
    const std::string_view before = sameLineBefore(text, pos, 24);
    const std::size_t verb = rfindWordCaseless(before, word);
    if (verb != std::string_view::npos) {
      bool ignored = false;
      const std::string noun = wordBefore(text, pos - (before.size() - verb), ignored);
      return noun == "appt" || noun == "appointment" || noun == "visit" || noun == "surgery" || noun == "admission";
    }
  }
  // A records request's "admissions of 2/9 and March 11, 1999", "the visit of 4/12" (seed 3838):
  // "of" after a stay's or a visit's noun.
  if (word == "of") {
    const std::string_view before = sameLineBefore(text, pos, 40);
    const std::size_t of = rfindWordCaseless(before, "of");
    if (of != std::string_view::npos) {
      bool ignored = false;
      const std::string noun = wordBefore(text, pos - (before.size() - of), ignored);
      static constexpr std::array<std::string_view, 12> kStays = {
          "admission", "admissions", "visit",      "visits",  "attendance", "attendances",
          "discharge", "stay",       "encounter", "encounters", "appointment", "appointments"};
      for (std::string_view stay : kStays) {
        if (noun == stay) return true;
      }
    }
    return false;
  }
  // A meeting's day: "family mtg 3/18:", and the next one of a peer worker or a check-in log:
  // "next meet 4/15, he will text me", "next scheduled check-in 10/26." ("meet 2/3 criteria" is
  // no day: "meet" only after "next").
  if (word == "mtg") return true;
  // Lao in Latin letters: "ja ok hong mor 15/3 bor?" (will leave hospital, ອອກໂຮງໝໍ, on 15/3): the
  // discharge's phrase, not "mor" alone (Scandinavian "mother").
  if (word == "mor") {
    std::string_view before = sameLineBefore(text, pos, 24);
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == ',')) {
      before.remove_suffix(1);
    }
    if (before.size() < 3) return false;
    before.remove_suffix(3);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const std::size_t at = rfindWordCaseless(before, "ok hong");
    return at != std::string_view::npos && at + 7 == before.size();
  }
  // The French "du" (of the) after a day's event: "avant la sortie du 5/8", "le rendez-vous du
  // 12/3" (not "du 1/2 comprimé": the event's noun must come right before).
  if (word == "du") {
    std::string_view before = sameLineBefore(text, pos, 40);
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == ',')) before.remove_suffix(1);
    if (before.size() < 3) return false;
    const std::string_view head = before.substr(0, before.size() - 2);
    // ("votre t\u00e9l\u00e9consultation du 8/10 \u00e0 11:00", seed 3737: the prefixed noun is one word.)
    for (std::string_view event : {"sortie", "rendez-vous", "rdv", "admission", "entr\u00e9e", "consultation", "visite",
                                   "facture", "paiement", "hospitalisation", "op\u00e9ration", "passage",
                                   "t\u00e9l\u00e9consultation", "teleconsultation", "t\u00e9l\u00e9consult"}) {
      const std::size_t at = rfindWordCaseless(head, event);
      if (at != std::string_view::npos && at + event.size() + 1 == head.size()) return true;
    }
  }
  // The creoles' "na" (Krio: at, on) and "fi" (Belize Kriol, Jamaican: for) after an operation or a
  // booking: "yu operation na 3/2", "surgery set fi 2/17" (not "na" alone: Polish, Czech and
  // Portuguese "na 1/2 tabletki", Swahili "and").
  if (word == "na" || word == "fi") {
    std::string_view before = sameLineBefore(text, pos, 40);
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == ',')) before.remove_suffix(1);
    if (before.size() < 3) return false;
    const std::string_view head = before.substr(0, before.size() - 2);
    for (std::string_view event : {"operation", "surgery", "set", "appointment", "appt", "clinic", "visit", "booked",
                                   "review", "op"}) {
      const std::size_t at = rfindWordCaseless(head, event);
      if (at != std::string_view::npos && at + event.size() + 1 == head.size()) return true;
    }
    return false;
  }
  if (word == "meet" || word == "in") {
    const std::string_view before = sameLineBefore(text, pos, 40);
    const std::size_t at = rfindWordCaseless(before, word);
    if (at != std::string_view::npos) {
      if (word == "in") {
        const std::string_view head = before.substr(0, at);
        // ("Try-in 3/9, fit 15/3": a denture's or a brace's fitting visits.)
        return (head.size() >= 6 && (head.ends_with("check-") || head.ends_with("CHECK-"))) ||
               (head.size() >= 4 && (head.ends_with("Try-") || head.ends_with("try-") || head.ends_with("TRY-")));
      }
      bool ignored = false;
      if (wordBefore(text, pos - (before.size() - at), ignored) == "next") return true;
    }
  }
  // A device clinic's next check: "next remote 10/24", "next transmission 3/4".
  if (word == "remote" || word == "transmission" || word == "interrogation" || word == "download") {
    const std::string_view before = sameLineBefore(text, pos, 40);
    const std::size_t at = rfindWordCaseless(before, word);
    if (at != std::string_view::npos) {
      bool ignored = false;
      if (wordBefore(text, pos - (before.size() - at), ignored) == "next") return true;
    }
  }
  // Spanish with the article: "desde el 3/14", "hasta el 4/2".
  if (word == "el") {
    const std::string_view before = sameLineBefore(text, pos, 40);
    const std::size_t at = rfindWordCaseless(before, "el");
    if (at != std::string_view::npos) {
      bool ignored = false;
      const std::string previous = wordBefore(text, pos - (before.size() - at), ignored);
      if (previous == "desde" || previous == "hasta") return true;
      // A booking's day after the copula: "la consulta en l\u00ednea es el 11/1", "la cita es el 3/4"
      // (seed 3737), the booking's noun earlier on the line ("la dosis es el 1/2" is a share).
      if (previous == "es") return bookingNounBefore(sameLineBefore(text, pos, 60));
    }
  }
  // "since around 9/22", "from about 3/4": an approximation after a cue preposition.
  if (word == "around" || word == "about" || word == "approximately" || word == "approx") {
    const std::string_view before = sameLineBefore(text, pos, 40);
    const std::size_t at = rfindWordCaseless(before, word);
    if (at != std::string_view::npos) {
      bool ignored = false;
      const std::string previous = wordBefore(text, pos - (before.size() - at), ignored);
      if (previous == "since" || previous == "from" || previous == "until" || previous == "on" || previous == "till") {
        return true;
      }
    }
  }
  // "move the visit to 9/7", "rescheduled to 11-12": "to" after a word of rescheduling.
  if (word == "to") {
    const std::string_view before = sameLineBefore(text, pos, 40);
    const std::size_t to = rfindWordCaseless(before, "to");
    if (to != std::string_view::npos) {
      bool ignored = false;
      const std::string previous = wordBefore(text, pos - (before.size() - to), ignored);
      static constexpr std::array<std::string_view, 9> kMoves = {"visit",      "appointment", "appt",     "moved",
                                                                 "rescheduled", "postponed",  "changed", "move", "surgery"};
      for (std::string_view m : kMoves) {
        if (previous == m) return true;
      }
    }
  }
  return false;
}

// The month of a product's expiry after its lot or batch: "lot 7H3RX, exp 2026-04", "Lot# K2291
// exp 04/2027", "Batch AB0230, expiry 08/2027" (the vial's, not the patient's).
bool productExpiry(std::string_view text, std::size_t pos) {
  // A device's warranty: "MANUFACTURER WARRANTY ENDS 11/2026", "warranty to 03/2027".
  if (rfindWordCaseless(sameLineBefore(text, pos, 40), "warranty") != std::string_view::npos) return true;
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  if (!(word == "exp" || word == "expires" || word == "expiry" || word == "expiration")) return false;
  const std::string_view before = sameLineBefore(text, pos, 48);
  if (rfindWordCaseless(before, "lot") != std::string_view::npos ||
      rfindWordCaseless(before, "batch") != std::string_view::npos) {
    return true;
  }
  // After a drug's dose on the line, the expiry is the stock's: "amiodarone 150 mg x3, expiry
  // 04/2027" (a crash-cart check), "insulin 100 units/mL, exp 11/2026".
  for (std::string_view unit : {"mg", "mcg", "ml", "units", "vial", "vials", "ampoule", "ampoules", "tab", "tabs"}) {
    if (rfindWordCaseless(before, unit) != std::string_view::npos) return true;
  }
  return false;
}

// Dotted dates with a two-digit year ("3.14.23") read like version or section numbers after
// these words.
bool dottedDateVeto(std::string_view text, std::size_t pos) {
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  // A device's firmware or software release too: "firmware FW 1.8.61-b245", "software update FW
  // 7.4.10" (seed 3737).
  static constexpr std::array<std::string_view, 14> kVeto = {"version", "ver",   "v",  "build",    "release",
                                                             "rev",     "section", "step", "chapter", "item",
                                                             "fw",      "firmware", "sw", "software"};
  for (std::string_view v : kVeto) {
    if (word == v) return true;
  }
  return false;
}

// A Hijri date as Saudi and Gulf records write a birth date: "15/08/1345 AH", "03/02/1401 H",
// "Hijri DOB: 15/08/1345". The year (1300-1499 AH, 1882-2076 CE) counts only with the era's
// mark after it or "Hijri" before it on the line.
bool hijriDate(std::string_view text, std::size_t pos, std::size_t end, int year) {
  if (year < 1300 || year > 1499) return false;
  std::size_t k = end;
  if (k < text.size() && text[k] == ' ') ++k;
  const std::string_view after = text.substr(k, 3);
  if ((after.size() >= 2 && (after[0] == 'A' || after[0] == 'a') && (after[1] == 'H' || after[1] == 'h') &&
       (after.size() == 2 || !isWordByte(after[2]))) ||
      (!after.empty() && after[0] == 'H' && (after.size() == 1 || !isWordByte(after[1])))) {
    return true;
  }
  // The Arabic mark "هـ" (or a bare "ه") after the year: "05/09/1445 هـ".
  if (text.substr(k, 2) == "\u0647" && (k + 2 >= text.size() || !isWordByte(text[k + 2]) ||
                                          text.substr(k + 2, 2) == "\u0640")) {
    return true;
  }
  return rfindWordCaseless(sameLineBefore(text, pos, 40), "hijri") != std::string_view::npos;
}

// A Thai date in the Buddhist era (543 years ahead): "05/03/2567 B.E.", "05/03/2567 BE". The year
// (2443-2642, 1900-2099 CE) counts only with the era's mark after it.
bool buddhistEraDate(std::string_view text, std::size_t end, int year) {
  if (year < 2443 || year > 2642) return false;
  std::size_t k = end;
  if (k < text.size() && text[k] == ' ') ++k;
  const std::string_view after = text.substr(k, 4);
  return after.starts_with("B.E") || after.starts_with("b.e") ||
         ((after.starts_with("BE") || after.starts_with("be")) && (after.size() == 2 || !isWordByte(after[2])));
}

// A Thai date with the Buddhist era's year written without its mark ("นัด 3/3/2568", "DOB
// 12/01/2510"): Thai letters before it on the line, or a date's cue word right before it
// (kShortDateCues: "DOB", "date", "on", "seen" ...); "Ratio 05/03/2567" stays out.
bool thaiYearUnmarked(std::string_view text, std::size_t pos, char sep, int year) {
  if (sep != '/' || year < 2450 || year > 2620) return false;
  const std::string_view before = sameLineBefore(text, pos, 80);
  for (std::size_t k = 0; k + 1 < before.size(); ++k) {
    if (before[k] == '\xe0' && (before[k + 1] == '\xb8' || before[k + 1] == '\xb9')) return true;
  }
  bool comma = false;
  const std::string word = wordBefore(text, pos, comma);
  return std::find(kShortDateCues.begin(), kShortDateCues.end(), word) != kShortDateCues.end();
}

// Length of a numeric date at `pos` (a digit at a word boundary), or 0.
std::size_t numericDateLength(std::string_view text, std::size_t pos) {
  const std::size_t a = digitRun(text, pos);
  if (a == 0 || a > 4 || a == 3) return 0;
  std::size_t k = pos + a;
  if (k + 1 >= text.size()) return 0;
  const char sep = text[k];
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  const std::size_t bPos = k + 1;
  const std::size_t b = digitRun(text, bPos);
  if (b == 0 || b > 4 || b == 3) return 0;
  const int first = parseDigits(text, pos, a);
  const int second = parseDigits(text, bPos, b);
  k = bPos + b;
  const bool third = k + 1 < text.size() && text[k] == sep && isDigit(text[k + 1]);
  if (third) {
    const std::size_t cPos = k + 1;
    const std::size_t c = digitRun(text, cPos);
    const std::size_t end = cPos + c;
    if (!endsCleanly(text, end)) return 0;
    const int last = parseDigits(text, cPos, c > 4 ? 4 : c);
    if (a == 4) {  // year-month-day; "version 2024.1.4" is a release number
      if (sep == '.' && dottedDateVeto(text, pos)) return 0;
      return plausibleYear(first) && b <= 2 && second >= 1 && second <= 12 && c <= 2 && last >= 1 && last <= 31
                 ? end - pos
                 : 0;
    }
    if (b == 4) return 0;
    // A dotted date with a two-digit year is month first, US style ("3.14.23"), and both
    // parts must be in range: "10.5.2" or "1.25.30" are no dates.
    // European notes write the day first with zero-padded parts ("18.06.85", "19.03.21"); two
    // two-digit parts with the second a month read as day.month.year too.
    const bool dottedShort = c == 2 && sep == '.';
    const bool dottedMonthFirst = first >= 1 && first <= 12 && second >= 1 && second <= 31;
    // Unpadded, the day first is certain only when it cannot be a month: "17.2.60", "26.9.20".
    const bool dottedDayFirst = (a == 2 && b == 2 && first >= 1 && first <= 31 && second >= 1 && second <= 12) ||
                                (a == 2 && first > 12 && first <= 31 && second >= 1 && second <= 12);
    if (dottedShort && !((dottedMonthFirst || dottedDayFirst) && !dottedDateVeto(text, pos))) {
      return 0;
    }
    const bool yearOk =
        (c == 4 && (plausibleYear(last) || hijriDate(text, pos, end, last) || buddhistEraDate(text, end, last) ||
                    thaiYearUnmarked(text, pos, sep, last))) ||
        c == 2;
    const bool monthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
    const bool dayMonth = first >= 1 && first <= 31 && second >= 1 && second <= 12;
    return yearOk && (monthDay || dayMonth) ? end - pos : 0;
  }
  const std::size_t end = bPos + b;
  if (sep == '.' && a == 2 && b == 2 && first >= 1 && first <= 31 && second >= 1 && second <= 12 &&
      end + 1 < text.size() && text[end] == '.' && endsCleanly(text, end + 1) &&
      (dottedDayCue(text, pos) || tableColumnCue(text, pos, end + 1))) {
    return end - pos;
  }
  if (!endsCleanly(text, end) || sep == '.') return 0;
  if ((a <= 2 && b == 4) || (a == 4 && b == 2)) {
    if (productExpiry(text, pos)) return 0;
  }
  if (a <= 2 && b == 4) {  // month/year
    return first >= 1 && first <= 12 && plausibleYear(second) ? end - pos : 0;
  }
  if (a == 4 && b == 2) {  // year-month
    return plausibleYear(first) && second >= 1 && second <= 12 && sep == '-' ? end - pos : 0;
  }
  // "3/14" after a cue; with a dash only zero-padded ("Next visit 06-26", "through 08-05"). Day
  // first when the first part cannot be a month ("since 27/10", as British and Australian notes
  // write it).
  const bool shortMonthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
  const bool shortDayMonth = first > 12 && first <= 31 && second >= 1 && second <= 12;
  if (a <= 2 && b <= 2 && (sep == '/' || (sep == '-' && a == 2 && b == 2)) && (shortMonthDay || shortDayMonth) &&
      (shortDateCue(text, pos) || clockAfter(text, end) || commaClockAfter(text, pos, end) ||
       messageTitleCue(text, pos) || refillCue(text, pos, end) ||
                            checkCue(text, pos, end) || procedureCue(text, pos, end) ||
                                          eventCue(text, pos, end) || studyCue(text, pos, end) ||
       entryStartCue(text, pos, end) || headingDateCue(text, pos, end) || weekOfCue(text, pos) ||
       tableColumnCue(text, pos, end) || csvColumnCue(text, pos, end) || titleLineCue(text, pos, end) ||
       dateLabelLineCue(text, pos, end) ||
       chatStampAfter(text, pos, end) || militaryClockAfter(text, pos, end) || dateFieldLabelCue(text, pos) ||
       doseDayCue(text, pos, end) || followUpCue(text, pos, end) || incidentDayCue(text, pos, end) ||
       lastKnownCue(text, pos, end) || workDayLabelCue(text, pos) || lastEventCue(text, pos, end) ||
       studyResultCue(text, pos, end) || milkHandlingCue(text, pos, end) || signOffDayCue(text, pos, end) ||
       cycleDayCue(text, pos, end) || durationBracketCue(text, pos, end) || keyedDayCue(text, pos) ||
       nextBookedCue(text, pos, end) || askedDayCue(text, pos, end) || receiptDayCue(text, pos) ||
       stampedByCue(text, end) || callDayCue(text, pos, end) || untilClockAfter(text, end) ||
       seriesDayCue(text, pos, end, numericDateLength) || dayPostpositionAfter(text, end)) &&
      !measureAfter(text, end) && !productExpiry(text, pos)) {
    return end - pos;
  }
  return 0;
}

// A full date with spaces around its slashes, as letter-spaced OCR of forms and some typists
// write it: "02 / 27 / 1920", "7 / 4 / 1951". The four-digit year is required. Returns the length
// at `pos` or 0.
std::size_t spacedSlashDateLength(std::string_view text, std::size_t pos) {
  const std::size_t a = digitRun(text, pos);
  if (a == 0 || a > 2 || text.substr(pos + a, 3) != " / ") return 0;
  const std::size_t bPos = pos + a + 3;
  const std::size_t b = digitRun(text, bPos);
  if (b == 0 || b > 2 || text.substr(bPos + b, 3) != " / ") return 0;
  const std::size_t cPos = bPos + b + 3;
  if (digitRun(text, cPos) != 4 || !endsCleanly(text, cPos + 4)) return 0;
  const int first = parseDigits(text, pos, a);
  const int second = parseDigits(text, bPos, b);
  const bool inRange = (first >= 1 && first <= 12 && second >= 1 && second <= 31) ||
                       (first >= 1 && first <= 31 && second >= 1 && second <= 12);
  return inRange && plausibleYear(parseDigits(text, cPos, 4)) ? cPos + 4 - pos : 0;
}

// Month number of an upper-case Roman numeral I..XII in text[pos, pos+count), or 0.
int romanMonth(std::string_view text, std::size_t pos, std::size_t count) {
  static constexpr std::array<std::string_view, 12> kRoman = {"I", "II", "III", "IV", "V",  "VI",
                                                              "VII", "VIII", "IX", "X", "XI", "XII"};
  const std::string_view word = text.substr(pos, count);
  for (std::size_t k = 0; k < kRoman.size(); ++k) {
    if (word == kRoman[k]) return static_cast<int>(k + 1);
  }
  return 0;
}

// Day, Roman month and four-digit year, as Central and Eastern European notes write them:
// "26.VI.1965", "1.IV.2024", "5-XII-2021", "3.iv.2024", spaced as Polish, Czech and Romanian
// forms and typed letters space them ("12. IV. 2024", "12 IV 2024"), or with a two-digit year
// after a dot or a hyphen ("12.IV.24", "5-XII-21"). Returns the length at `pos` or 0. The year is
// required: "3.IV" alone reads like a list item or a stage.
std::size_t romanDateLength(std::string_view text, std::size_t pos) {
  const std::size_t a = digitRun(text, pos);
  if (a == 0 || a > 2 || pos + a + 1 >= text.size()) return 0;
  const int day = parseDigits(text, pos, a);
  if (day < 1 || day > 31) return 0;
  // The separator: one of ". - /", or ". " or a space (then the month in capitals).
  std::string_view sep = text.substr(pos + a, 1);
  if (text.substr(pos + a, 2) == ". ") sep = text.substr(pos + a, 2);
  if (!(sep == "." || sep == "-" || sep == "/" || sep == ". " || sep == " ")) return 0;
  const bool spaced = sep.back() == ' ';
  std::size_t k = pos + a + sep.size();
  if (k >= text.size()) return 0;
  // Upper case, or all lower case as some write them ("26.vi.1965"), never spaced.
  const bool lower = !spaced && (text[k] == 'i' || text[k] == 'v' || text[k] == 'x');
  if (!(lower || text[k] == 'I' || text[k] == 'V' || text[k] == 'X')) return 0;
  std::string upper;
  while (k + upper.size() < text.size() && upper.size() < 5 &&
         (lower ? isLower(text[k + upper.size()]) : isUpper(text[k + upper.size()]))) {
    upper.push_back(static_cast<char>(text[k + upper.size()] & ~0x20));
  }
  const std::size_t letters = upper.size();
  if (letters == 0 || romanMonth(upper, 0, letters) == 0) return 0;
  // ("12 X 2024" is a product of numbers as often as a date.)
  if (sep == " " && upper == "X") return 0;
  k += letters;
  if (k + sep.size() >= text.size() || text.substr(k, sep.size()) != sep) return 0;
  k += sep.size();
  const std::size_t y = digitRun(text, k);
  if (y == 4) {
    if (!plausibleYear(parseDigits(text, k, 4))) return 0;
  } else if (y != 2 || spaced || sep == "/") {
    return 0;
  }
  k += y;
  return endsCleanly(text, k) ? k - pos : 0;
}

// "may", "march" and the abbreviations are ordinary words in lower case; only full month
// names other than those are accepted uncapitalised ("seen on january 5").
bool monthShapeOk(const Token& token) {
  if (token.capitalised || token.allCaps) return true;
  return token.length() >= 4 && token.lower != "may" && token.lower != "march" && token.lower != "sept";
}

// Day of month: "14", "14th", "1st". Returns 0 if not a day.
int dayNumber(const Token& token) {
  std::size_t digits = 0;
  while (digits < token.lower.size() && isDigit(token.lower[digits])) ++digits;
  if (digits == 0 || digits > 2) return 0;
  const std::string_view suffix = std::string_view(token.lower).substr(digits);
  if (!(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) return 0;
  const int day = parseDigits(token.lower, 0, digits);
  return day >= 1 && day <= 31 ? day : 0;
}

bool isYearToken(const Token& token) {
  return token.allDigits && token.length() == 4 && plausibleYear(parseDigits(token.lower, 0, 4));
}

// A lower-case month word inside a full date with a four-digit year, as hurried notes write them:
// "dec 2, 2025", "29-dec-2019" (month at token m; the day before it or after it).
bool lowerMonthInFullDate(const ScanInput& in, std::size_t m) {
  const auto& tokens = in.tokens;
  if (m + 1 >= tokens.size() || !isLower(in.text[tokens[m].start])) return false;
  const std::string_view after = gapBetween(in, m, m + 1);
  // Day first: "29-dec-2019", "29 dec 2019".
  if (m > 0 && tokens[m - 1].allDigits && tokens[m - 1].length() <= 2 && isYearToken(tokens[m + 1]) &&
      (after == "-" || after == " ") && gapBetween(in, m - 1, m) == after) {
    return true;
  }
  // Month first: "dec 2, 2025", "dec 2 2025".
  if (m + 2 >= tokens.size() || after != " " || !tokens[m + 1].allDigits || tokens[m + 1].length() > 2) return false;
  const std::string_view beforeYear = gapBetween(in, m + 1, m + 2);
  return (beforeYear == ", " || beforeYear == " ") && isYearToken(tokens[m + 2]);
}

// A lower-case month word and a day after "on", as texts and reminders write them: "appt w/ Ana
// on jan 17 at 3:05 am", "seen on mar 2.". The day must end the clause or be followed by "at" and
// a clock time ("on may 5 at 2:30 pm"; not "on may 5 units").
bool lowerMonthAfterOn(const ScanInput& in, std::size_t m) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (m == 0 || m + 1 >= tokens.size() || tokens[m - 1].lower != "on" || gapBetween(in, m - 1, m) != " " ||
      gapBetween(in, m, m + 1) != " " || !tokens[m + 1].allDigits || dayNumber(tokens[m + 1]) == 0) {
    return false;
  }
  const std::size_t end = tokens[m + 1].end;
  if (end >= text.size() || text[end] == '\n' || text[end] == '\r') return true;
  if ((text[end] == '.' || text[end] == ',' || text[end] == ';' || text[end] == '!' || text[end] == '?') &&
      (end + 1 >= text.size() || !isDigit(text[end + 1]))) {
    return true;
  }
  return text.substr(end, 4) == " at " && end + 4 < text.size() && isDigit(text[end + 4]);
}

// A lower-case month word and a four-digit year after a word of time, as texts write them: "next
// screen due may 2024", "since march 2023" ("may" as a verb is followed by a verb, not a year).
bool lowerMonthYearAfterCue(const ScanInput& in, std::size_t m) {
  const auto& tokens = in.tokens;
  if (m == 0 || m + 1 >= tokens.size() || gapBetween(in, m - 1, m) != " " || gapBetween(in, m, m + 1) != " " ||
      !isYearToken(tokens[m + 1])) {
    return false;
  }
  const std::string& cue = tokens[m - 1].lower;
  return cue == "due" || cue == "since" || cue == "until" || cue == "till" || cue == "from" || cue == "by" ||
         cue == "in" || cue == "before" || cue == "after";
}

// Two-digit year written with an apostrophe: "Mar '21".
bool isApostropheYear(const ScanInput& in, std::size_t i, std::size_t j) {
  const std::string_view gap = gapBetween(in, i, j);
  return in.tokens[j].allDigits && in.tokens[j].length() == 2 && !gap.empty() && gap.back() == '\'' &&
         gapOnly(gap, " ,'", 3);
}

bool dateGap(const ScanInput& in, std::size_t a, std::size_t b) { return gapOnly(gapBetween(in, a, b), " ,.-/", 3) && !gapBetween(in, a, b).empty(); }

// Compact day-month-year written as one word, common in lab and pharmacy systems: "14Mar2023",
// "1DEC2017", "14March23". The whole token must be the date.
bool isCompactDate(const Token& token) {
  const std::string_view w = token.lower;
  std::size_t d = 0;
  while (d < w.size() && isDigit(w[d])) ++d;
  if (d == 0 || d > 2) return false;
  const int day = parseDigits(w, 0, d);
  std::size_t m = d;
  while (m < w.size() && isAsciiAlpha(w[m])) ++m;
  const std::size_t y = w.size() - m;
  if (m == d || (y != 4 && y != 2) || digitRun(w, m) != y) return false;
  if (y == 4 && !plausibleYear(parseDigits(w, m, 4))) return false;
  Token month;
  month.lower = std::string(w.substr(d, m - d));
  month.start = 0;
  month.end = month.lower.size();
  return day >= 1 && day <= 31 && monthNumber(month) > 0;
}

// Eight digits YYYYMMDD standing alone ("Seen 20201104", "DOB 19690516"), as system exports
// write dates: the year 1900-2099, month and day in range. A labelled identifier with the same
// digits outranks the date in overlap resolution.
bool isCompactIsoDate(std::string_view text, const Token& token) {
  if (!token.allDigits || token.length() != 8) return false;
  const int year = parseDigits(text, token.start, 4);
  const int month = parseDigits(text, token.start + 4, 2);
  const int day = parseDigits(text, token.start + 6, 2);
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const std::size_t pos = token.start;
  // After a key=value label only when the key names a date ("dob=19720520", not "id=20201104").
  if (pos > 0 && text[pos - 1] == '=') {
    const std::string_view before = sameLineBefore(text, pos - 1, 24);
    // The key's last word names a date ("dob=", "visit_date="), or the first word of a key of
    // several joined by underscores names the birth date: "dob_entered=19271117" (the birth date
    // a caller keyed into a pharmacy's phone line), not "run_id=20240606".
    std::size_t k = before.size();
    while (k > 0 && (isAsciiAlpha(before[k - 1]) || before[k - 1] == '_')) --k;
    std::string key, head;
    for (char c : before.substr(k)) {
      if (c == '_') {
        if (head.empty()) head = key;
        key.clear();
        continue;
      }
      key.push_back(static_cast<char>(isUpper(c) ? c - 'A' + 'a' : c));
    }
    if (head == "dob" || head == "birthdate" || head == "bdate") key = head;
    // A log's keys for when a job ran or a message went out are dates too ("run=20240606",
    // "sent=20240101"); an identifier's key is not.
    // After the thirty-seventh family (seed 3737): the birth date's key in the languages of
    // pharmacy and e-prescription exports, Indonesian "TGL_LAHIR=19631202" (tanggal lahir),
    // Portuguese "NASC=19940912" (nascimento), Spanish "fecha_nac=", German "geb=", French
    // "naissance=", English "date_of_birth=".
    static constexpr std::array<std::string_view, 23> kDateKeys = {
        "dob",   "date", "dos",        "dod", "birthdate",  "bdate", "run", "sent",      "created", "updated",   "day", "on",
        "ts",    "lahir", "nasc",      "nascimento", "nac", "nacimiento", "geb", "gebdat", "geburtsdatum", "naissance",
        "birth"};
    if (std::find(kDateKeys.begin(), kDateKeys.end(), key) == kDateKeys.end()) return false;
  } else if (pos > 0 && !(text[pos - 1] == ' ' || text[pos - 1] == '\t' || text[pos - 1] == '\n' ||
                          text[pos - 1] == ':' || text[pos - 1] == '(' || text[pos - 1] == ',' ||
                          // An XML element's text: "<eTimes.03>20230211T0605</eTimes.03>".
                          text[pos - 1] == '>' ||
                          // A DICOM dump's date or date-time value in brackets after its value
                          // representation: "(0010,0030) DA [19740504]", "DT [20240301101500]".
                          (text[pos - 1] == '[' && pos >= 4 &&
                           (text.substr(pos - 4, 3) == "DA " || text.substr(pos - 4, 3) == "DT ")))) {
    return false;
  }
  return endsCleanly(text, token.end);
}

// A compact date-time YYYYMMDDhhmm or YYYYMMDDhhmmss as exports and device logs write it
// ("20241122" of "202411220715" in a CSV cell or a JSON string): the day is the first eight
// digits, the clock time stays outside. The time must be a clock time (hours to 23, minutes
// and seconds to 59), and the run must stand alone.
bool compactDateTime(std::string_view text, const Token& token) {
  if (!token.allDigits || (token.length() != 12 && token.length() != 14)) return false;
  const std::size_t pos = token.start;
  if (pos > 0 && !(text[pos - 1] == ' ' || text[pos - 1] == '\t' || text[pos - 1] == '\n' || text[pos - 1] == ',' ||
                   text[pos - 1] == '"' || text[pos - 1] == ':' || text[pos - 1] == '(')) {
    return false;
  }
  if (token.end < text.size() && !(text[token.end] == ' ' || text[token.end] == ',' || text[token.end] == '"' ||
                                   text[token.end] == '\n' || text[token.end] == '\r' || text[token.end] == ')' ||
                                   text[token.end] == ';' || text[token.end] == '\t')) {
    return false;
  }
  const int year = parseDigits(text, pos, 4);
  const int month = parseDigits(text, pos + 4, 2);
  const int day = parseDigits(text, pos + 6, 2);
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (parseDigits(text, pos + 8, 2) > 23 || parseDigits(text, pos + 10, 2) > 59) return false;
  return token.length() == 12 || parseDigits(text, pos + 12, 2) <= 59;
}

// Length of a month/day "3/14" at `pos` (both parts in range, nothing glued before), or 0.
std::size_t monthDayAt(std::string_view text, std::size_t pos) {
  const std::size_t a = digitRun(text, pos);
  if (a == 0 || a > 2 || pos + a + 1 >= text.size() || text[pos + a] != '/') return 0;
  const std::size_t b = digitRun(text, pos + a + 1);
  if (b == 0 || b > 2) return 0;
  const int month = parseDigits(text, pos, a);
  const int day = parseDigits(text, pos + a + 1, b);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? a + 1 + b : 0;
}

// A range of two days, "(8/1-8/11)", "4/9 - 5/15/2023", "12/4 to 6/5": a month/day joined by a
// dash or "to" to another month/day or a full date. Scores and grades written as ranges share
// their denominator ("4/5-5/5", "3/10 - 7/10") and are left alone. Returns the two spans
// through `first` and `second`.
bool dayRange(std::string_view text, std::size_t pos, std::pair<std::size_t, std::size_t>& first,
              std::pair<std::size_t, std::size_t>& second) {
  const std::size_t one = monthDayAt(text, pos);
  if (one == 0) return false;
  std::size_t k = pos + one;
  if (text.substr(k, 1) == "-") {
    k += 1;
  } else if (text.substr(k, 3) == " - " || text.substr(k, 3) == "\u2013") {
    k += 3;
  } else if (text.substr(k, 4) == " to " || text.substr(k, 4) == " TO ") {  // (a permit in capitals)
    k += 4;
  } else if (text.substr(k, 5) == " \u2013 ") {
    k += 5;
  } else {
    return false;
  }
  const std::size_t two = monthDayAt(text, k);
  if (two == 0) return false;
  std::size_t length = numericDateLength(text, k);
  if (length <= two) {
    length = two;
    if (!endsCleanly(text, k + two)) return false;
  }
  const int day1 = parseDigits(text, pos + digitRun(text, pos) + 1, digitRun(text, pos + digitRun(text, pos) + 1));
  const int day2 = parseDigits(text, k + digitRun(text, k) + 1, digitRun(text, k + digitRun(text, k) + 1));
  const int month1 = parseDigits(text, pos, digitRun(text, pos));
  const int month2 = parseDigits(text, k, digitRun(text, k));
  if (length == two && day1 == day2 && day1 <= 10 && month1 <= day1 && month2 <= day2) return false;
  // Not inside a longer run of numbers ("1/2-3/4-5/6").
  if (k + length < text.size() && text[k + length] == '-' && k + length + 1 < text.size() &&
      isDigit(text[k + length + 1])) {
    return false;
  }
  first = {pos, pos + one};
  second = {k, k + length};
  return true;
}

}  // namespace

// Month number of a month word (full or abbreviated), or 0.
int monthNumber(const Token& token) {
  static constexpr std::array<std::pair<std::string_view, int>, 24> kMonths = {{
      {"january", 1}, {"february", 2}, {"march", 3},    {"april", 4},   {"may", 5},      {"june", 6},
      {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"jan", 1},     {"feb", 2},      {"mar", 3},      {"apr", 4},     {"jun", 6},      {"jul", 7},
      {"aug", 8},     {"sep", 9},      {"sept", 9},     {"oct", 10},    {"nov", 11},     {"dec", 12},
  }};
  if (token.hasDigit || token.length() < 3 || token.length() > 9) return 0;
  // Cheap rejection on the first letter: months start with one of "adfjmnos".
  const char first = token.lower[0];
  if (!(first == 'a' || first == 'd' || first == 'f' || first == 'j' || first == 'm' || first == 'n' ||
        first == 'o' || first == 's')) {
    return 0;
  }
  for (const auto& [word, number] : kMonths) {
    if (token.lower == word) return number;
  }
  return 0;
}

// An Austrian house, stair and door after the street's name: "Mariahilfer Straße 6/1/15",
// "Dorfstraße 77/3/13" (three numbers by slashes, the last of one or two digits, right after a
// street word), no date.
bool austrianHouseNumber(std::string_view text, std::size_t pos, std::size_t length) {
  const std::string_view date = text.substr(pos, length);
  if (std::count(date.begin(), date.end(), '/') != 2 || date.size() - date.rfind('/') - 1 > 2) return false;
  if (pos < 2 || text[pos - 1] != ' ') return false;
  std::size_t w = pos - 1;
  while (w > 0 && (isAsciiAlpha(text[w - 1]) || isNonAscii(text[w - 1]))) --w;
  std::string word;
  for (std::size_t k = w; k + 1 < pos; ++k) word.push_back(lowerAscii(text[k]));
  return word.size() >= 3 && (isWorldStreetWord(word) || word == "stra\u00dfe" || word == "strasse" || word == "gasse");
}

void scanNumericDates(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (const Token& token : in.tokens) {
    if (!isDigit(text[token.start])) continue;
    const std::size_t pos = token.start;
    if (token.hasLetter) {
      if (token.length() >= 6 && isCompactDate(token)) out.push_back({pos, token.end, PhiCategory::Date, priority::kDate});
      // iCalendar and ISO basic time stamps: "DTSTART:20220726T150000", the day only.
      if (token.length() >= 13 && digitRun(text, pos) == 8 && text[pos + 8] == 'T' && digitRun(text, pos + 9) >= 4) {
        Token day = token;
        day.end = pos + 8;
        day.lower = token.lower.substr(0, 8);
        day.hasLetter = false;
        day.allDigits = true;
        if (isCompactIsoDate(text, day)) out.push_back({pos, pos + 8, PhiCategory::Date, priority::kDate});
      }
      continue;
    }
    if (isCompactIsoDate(text, token)) {
      out.push_back({pos, token.end, PhiCategory::Date, priority::kDate});
      continue;
    }
    if (token.length() >= 12 && compactDateTime(text, token)) {
      out.push_back({pos, pos + 8, PhiCategory::Date, priority::kDate});
      continue;
    }
    // A label's colon with no space after it opens a value ("DOB:1988-04-17", "BDAY:17/04/1988" in
    // vCards, exports and logs); a colon after a digit is a time's or a ratio's.
    const bool labelColon = pos >= 2 && text[pos - 1] == ':' && isAsciiAlpha(text[pos - 2]);
    if (pos > 0 && !labelColon &&
        (text[pos - 1] == '/' || text[pos - 1] == '-' || text[pos - 1] == '.' || text[pos - 1] == ':' ||
         text[pos - 1] == '+')) {
      // Inside a longer number ("1/2/3/4", "10.5.2020.1") or a negative/qualified value.
      if (pos < 2 || isDigit(text[pos - 2]) || text[pos - 1] != '-') continue;
    }
    std::pair<std::size_t, std::size_t> first;
    std::pair<std::size_t, std::size_t> second;
    if ((pos == 0 || !(isWordByte(text[pos - 1]) || text[pos - 1] == '/' || text[pos - 1] == '-' || text[pos - 1] == '.')) &&
        dayRange(text, pos, first, second)) {
      out.push_back({first.first, first.second, PhiCategory::Date, priority::kDate});
      out.push_back({second.first, second.second, PhiCategory::Date, priority::kDate});
      continue;
    }
    if (const std::size_t length = numericDateLength(text, pos); length > 0) {
      if (!austrianHouseNumber(text, pos, length)) out.push_back({pos, pos + length, PhiCategory::Date, priority::kDate});
    } else if (const std::size_t spaced = spacedSlashDateLength(text, pos); spaced > 0) {
      out.push_back({pos, pos + spaced, PhiCategory::Date, priority::kDate});
    } else if (const std::size_t roman = token.length() <= 2 ? romanDateLength(text, pos) : 0; roman > 0) {
      out.push_back({pos, pos + roman, PhiCategory::Date, priority::kDate});
    }
  }
}

namespace {

// Number words of a spoken date ("March twenty-sixth, nineteen fifty-two", dictation) come from
// number_words.h; ordinals are the dates' own.
int ordinalWord(std::string_view w) {
  static constexpr std::array<std::string_view, 19> kOrdinals = {
      "first",      "second",     "third",      "fourth",      "fifth",      "sixth",     "seventh",
      "eighth",     "ninth",      "tenth",      "eleventh",    "twelfth",    "thirteenth", "fourteenth",
      "fifteenth",  "sixteenth",  "seventeenth", "eighteenth", "nineteenth"};
  for (std::size_t k = 0; k < kOrdinals.size(); ++k) {
    if (w == kOrdinals[k]) return static_cast<int>(k + 1);
  }
  if (w == "twentieth") return 20;
  if (w == "thirtieth") return 30;
  return 0;
}

// Tokens i, i+1 joined by a hyphen or a space: "twenty-sixth", "fifty two".
bool joined(const ScanInput& in, std::size_t i) {
  if (i + 1 >= in.tokens.size()) return false;
  const std::string_view gap = gapBetween(in, i, i + 1);
  return gap == "-" || gap == " ";
}

// A spoken day "seventh", "twenty-sixth", "thirty-first" at token i: returns its last token or npos.
std::size_t spokenDayEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i >= tokens.size()) return std::string_view::npos;
  if (ordinalWord(tokens[i].lower) > 0) return i;
  const int tens = tensWord(tokens[i].lower);
  if ((tens == 20 || tens == 30) && joined(in, i)) {
    const int unit = ordinalWord(tokens[i + 1].lower);
    if (unit >= 1 && unit <= 9 && tens + unit <= 31) return i + 1;
  }
  return std::string_view::npos;
}

// The last token of a number from 1 to 99 in words at i ("fifty-two", "twelve", "oh five"), or npos.
std::size_t spokenTwoDigitsEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i >= tokens.size()) return std::string_view::npos;
  const std::string_view w = tokens[i].lower;
  if (teenWord(w) > 0) return i;
  if (tensWord(w) > 0) return joined(in, i) && unitWord(tokens[i + 1].lower) > 0 ? i + 1 : i;
  if ((w == "oh" || w == "o") && joined(in, i) && unitWord(tokens[i + 1].lower) > 0) return i + 1;
  return std::string_view::npos;
}

// A spoken year at i: "nineteen fifty-two", "eighteen ninety", "two thousand three", "two
// thousand and twelve", "twenty twenty-one". Returns its last token or npos.
std::size_t spokenYearEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 1 >= tokens.size() || gapBetween(in, i, i + 1) != " ") return std::string_view::npos;
  const std::string_view w = tokens[i].lower;
  if (w == "nineteen" || w == "eighteen" || w == "twenty") return spokenTwoDigitsEnd(in, i + 1);
  if (w == "two" && tokens[i + 1].lower == "thousand") {
    std::size_t k = i + 2;
    if (k + 1 < tokens.size() && tokens[k].lower == "and" && gapBetween(in, k - 1, k) == " ") ++k;
    if (k < tokens.size() && gapBetween(in, k - 1, k) == " ") {
      if (unitWord(tokens[k].lower) > 0) return k;
      if (const std::size_t end = spokenTwoDigitsEnd(in, k); end != std::string_view::npos) return end;
    }
    return i + 1;
  }
  return std::string_view::npos;
}

// The end of a spoken date whose day and month end at token `last`, the month at token m: a spoken
// year after ", " or " " ("nineteen fifty-two" is read from its first word), or else `last` when the
// month is capitalised ("the third of may" alone stays out). Returns the last token, or npos.
std::size_t spokenYearOrLast(const ScanInput& in, std::size_t m, std::size_t last) {
  const auto& tokens = in.tokens;
  if (last + 1 < tokens.size()) {
    const std::string_view gap = gapBetween(in, last, last + 1);
    if (gap == ", " || gap == " ") {
      const std::size_t year = spokenYearEnd(in, last + 1);
      if (year != std::string_view::npos) return year;
    }
  }
  return tokens[m].capitalised || tokens[m].allCaps ? last : std::string_view::npos;
}

// A date dictated in words: "March twenty-sixth, nineteen fifty-two", "May third", "June
// eleventh two thousand three". The month must be capitalised unless a spoken year follows.
// Returns the last token, or npos.
std::size_t spokenDateEnd(const ScanInput& in, std::size_t m) {
  const auto& tokens = in.tokens;
  if (m + 1 >= tokens.size() || monthNumber(tokens[m]) == 0 || tokens[m].length() < 3 ||
      gapBetween(in, m, m + 1) != " ") {
    return std::string_view::npos;
  }
  const std::size_t day = spokenDayEnd(in, m + 1);
  // "March second-line therapy": a word joined after the ordinal makes it no day.
  if (day == std::string_view::npos || (day + 1 < tokens.size() && gapBetween(in, day, day + 1) == "-")) {
    return std::string_view::npos;
  }
  return spokenYearOrLast(in, m, day);
}

// A date dictated day first, as British and Commonwealth speakers say it: "the fourth of March
// nineteen thirty-one", "twenty-eighth of December nineteen twenty-eight", "fifth of May". The
// month must be capitalised unless a spoken year follows ("the third of may" alone stays out).
// Returns the last token, or npos.
std::size_t spokenDayFirstEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::size_t day = spokenDayEnd(in, i);
  if (day == std::string_view::npos || day + 2 >= tokens.size() || tokens[day + 1].lower != "of" ||
      gapBetween(in, day, day + 1) != " " || gapBetween(in, day + 1, day + 2) != " ") {
    return std::string_view::npos;
  }
  const std::size_t m = day + 2;
  if (monthNumber(tokens[m]) == 0 || tokens[m].length() < 3) return std::string_view::npos;
  return spokenYearOrLast(in, m, m);
}

// Day, month and two-digit year with spaces, as military and some lab systems write them: "18 JUN
// 19", "20 MAR 23". Only with the month in three capitals after a day of one or two digits, and
// the year not followed by a unit ("12 JAN 20 MG" is no date's year).
bool militaryYear(const ScanInput& in, std::size_t day, std::size_t m) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (!tokens[day].allDigits || tokens[day].length() > 2 || !tokens[m].allCaps || tokens[m].length() != 3 ||
      gapBetween(in, day, m) != " " || gapBetween(in, m, m + 1) != " ") {
    return false;
  }
  const std::size_t end = tokens[m + 1].end;
  if (end >= text.size() || text[end] == '\n' || text[end] == '\r' || text[end] == ',' || text[end] == ';' ||
      text[end] == ')' || (text[end] == '.' && (end + 1 >= text.size() || !isDigit(text[end + 1])))) {
    return true;
  }
  if (text[end] != ' ' || m + 2 >= tokens.size() || !tokens[m + 2].hasLetter || tokens[m + 2].hasDigit) return false;
  static constexpr std::array<std::string_view, 14> kUnits = {"mg", "ml", "mcg", "g", "kg", "units", "unit",
                                                              "u",  "mmol", "min", "hrs", "hours", "tabs", "mins"};
  for (std::string_view u : kUnits) {
    if (tokens[m + 2].lower == u) return false;
  }
  return true;
}

// The date a document or a product carries rather than a person's: "Protocol amendment 5 dated
// 12 January 2024 was approved", "ICF version 3.1 dated 2/1/2024", "leaflet edition dated ...".
// The word before the date is "dated" and a document's word comes before it in the same sentence;
// "summons dated 3/4/2024" and "letter dated ..." (a person's correspondence) stay dates.
bool documentDated(std::string_view text, std::size_t pos) {
  std::string_view before = sameLineBefore(text, pos, 64);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const std::size_t dated = rfindWordCaseless(before, "dated");
  if (dated == std::string_view::npos || dated + 5 != before.size()) return false;
  std::string_view clause = before.substr(0, dated);
  if (const std::size_t stop = clause.find_last_of(".;:"); stop != std::string_view::npos &&
                                                              stop + 1 < clause.size() && clause[stop + 1] == ' ') {
    clause.remove_prefix(stop + 1);
  }
  for (std::string_view w : {"protocol", "amendment", "version", "edition", "leaflet", "guideline", "guidelines", "policy",
                             "sop", "icf", "brochure", "synopsis"}) {
    if (rfindWordCaseless(clause, w) != std::string_view::npos) return true;
  }
  return false;
}

// Drops the dates found from `first` on that a document carries (documentDated).
void dropDocumentDates(std::string_view text, Candidates& out, std::size_t first) {
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                           [&](const Candidate& c) { return c.category == PhiCategory::Date && documentDated(text, c.start); }),
            out.end());
}

// Month-name dates, every one found (scanMonthDates then drops a document's).
void scanMonthDatesFrom(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    // A cheap look at the word's ending first: ordinals end in "st", "nd", "rd" or "th".
    const std::string_view w = t.lower;
    if (t.hasLetter && !t.hasDigit && w.size() >= 5 &&
        (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w == "twenty" ||
         w == "thirty")) {
      if (const std::size_t last = spokenDayFirstEnd(in, i); last != std::string_view::npos) {
        out.push_back({t.start, tokens[last].end, PhiCategory::Date, priority::kDate});
        i = last;
        continue;
      }
    }
    // Day first: "14 March 2023", "14th of March", "14-Mar-23".
    if (dayNumber(t) > 0 && i + 1 < n) {
      std::size_t m = i + 1;
      // Day then month: "14 March", "14-Mar"; not "grade 3. May-Thurner".
      // ("Shingrix #2  Jan-22-2021": a numbered item before a date is no day of it.)
      const bool numbered = t.start > 0 && in.text[t.start - 1] == '#';
      // ("II-1 Jun Jie, 73": a pedigree's label, generation and person, before a given name.)
      const bool labelled = i > 0 && gapBetween(in, i - 1, i) == "-" && tokens[i - 1].hasLetter && !tokens[i - 1].hasDigit &&
                            tokens[i - 1].allCaps && tokens[i - 1].length() <= 4;
      bool gapOk = gapOnly(gapBetween(in, i, m), " -/,", 2) && !gapBetween(in, i, m).empty() &&
                   gapBetween(in, i, m) != "  " && !numbered && !labelled;
      // The formal "29th day of May, 2018" of deeds and court orders: the ordinal starts the date.
      if (t.hasLetter && tokens[m].lower == "day" && m + 2 < n && tokens[m + 1].lower == "of" &&
          isInlineSpace(gapBetween(in, i, m), 1) && isInlineSpace(gapBetween(in, m, m + 1), 1)) {
        ++m;
      }
      if (tokens[m].lower == "of" && m + 1 < n && isInlineSpace(gapBetween(in, m - 1, m))) {
        gapOk = gapOk && isInlineSpace(gapBetween(in, m, m + 1));
        ++m;
      }
      if (gapOk && monthNumber(tokens[m]) > 0 && (monthShapeOk(tokens[m]) || lowerMonthInFullDate(in, m))) {
        std::size_t end = tokens[m].end;
        std::size_t last = m;
        if (m + 1 < n && (dateGap(in, m, m + 1) || isApostropheYear(in, m, m + 1))) {
          const Token& year = tokens[m + 1];
          const bool twoDigitYear = year.allDigits && year.length() == 2 &&
                                    (gapBetween(in, m, m + 1) == "-" || militaryYear(in, i, m));
          if (isYearToken(year) || isApostropheYear(in, m, m + 1) || twoDigitYear) {
            end = year.end;
            last = m + 1;
          }
        }
        out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
        i = last;
        continue;
      }
    }
    const int month = monthNumber(t);
    if (month == 0 || i + 1 >= n) continue;
    if (tokens[i + 1].hasLetter && !tokens[i + 1].hasDigit) {
      if (const std::size_t last = spokenDateEnd(in, i); last != std::string_view::npos) {
        out.push_back({t.start, tokens[last].end, PhiCategory::Date, priority::kDate});
        i = last;
        continue;
      }
    }
    if (!(monthShapeOk(t) || lowerMonthInFullDate(in, i))) {
      if (lowerMonthAfterOn(in, i) || lowerMonthYearAfterCue(in, i)) {
        out.push_back({t.start, tokens[i + 1].end, PhiCategory::Date, priority::kDate});
        ++i;
      }
      continue;
    }
    const Token& next = tokens[i + 1];
    // Month "of" year: "July of 2020", "OCTOBER OF 2021" (not "March of Dimes").
    if (next.lower == "of" && i + 2 < n && isInlineSpace(gapBetween(in, i, i + 1), 1) &&
        isInlineSpace(gapBetween(in, i + 1, i + 2), 1) && isYearToken(tokens[i + 2])) {
      out.push_back({t.start, tokens[i + 2].end, PhiCategory::Date, priority::kDate});
      i = i + 2;
      continue;
    }
    if (!dateGap(in, i, i + 1) && !isApostropheYear(in, i, i + 1)) continue;
    if (dayNumber(next) > 0 && !(next.allDigits && next.length() == 4)) {
      // "March 14", optionally ", 2023".
      std::size_t end = next.end;
      std::size_t last = i + 1;
      std::size_t begin = t.start;
      if (i + 2 < n && (dateGap(in, i + 1, i + 2) || isApostropheYear(in, i + 1, i + 2)) &&
          (isYearToken(tokens[i + 2]) || isApostropheYear(in, i + 1, i + 2))) {
        end = tokens[i + 2].end;
        last = i + 2;
      } else if (gapBetween(in, i, i + 1) == "-" && t.length() <= 4 && next.allDigits && next.length() == 1) {
        // An abbreviated month joined to one unpadded digit, with no year, is a code: "SEP-1
        // bundle" (a sepsis measure), "MAR-2". Systems that write dates so pad the day ("Sep-01").
        continue;
      } else if (i > 0 && isYearToken(tokens[i - 1]) &&
                 (gapBetween(in, i - 1, i) == " " || gapBetween(in, i - 1, i) == "-") &&
                 gapBetween(in, i, i + 1) == gapBetween(in, i - 1, i)) {
        begin = tokens[i - 1].start;  // year first: "2023 Mar 14", "2023-Mar-14"
      }
      out.push_back({begin, end, PhiCategory::Date, priority::kDate});
      i = last;
    } else if (isYearToken(next) || isApostropheYear(in, i, i + 1)) {
      out.push_back({t.start, next.end, PhiCategory::Date, priority::kDate});  // "March 2023"
      i = i + 1;
    }
  }
}

}  // namespace

void scanMonthDates(const ScanInput& in, Candidates& out) {
  const std::size_t firstFound = out.size();
  scanMonthDatesFrom(in, out);
  dropDocumentDates(in.text, out, firstFound);
}

namespace {

// The day number of one or two digits ending right before `end` (after a German day's dot, "3."),
// at a boundary; its start, or npos.
std::size_t dayEndingAt(std::string_view text, std::size_t end, int& day) {
  std::size_t k = end;
  if (k > 0 && text[k - 1] == '.') --k;
  std::size_t d = 0;
  while (d < 3 && d < k && isDigit(text[k - 1 - d])) ++d;
  if (d == 0 || d > 2) return std::string_view::npos;
  const std::size_t start = k - d;
  if (start > 0 && (isWordByte(text[start - 1]) || text[start - 1] == '/' || text[start - 1] == '.' ||
                    text[start - 1] == '-' || text[start - 1] == ':' || text[start - 1] == ',')) {
    return std::string_view::npos;
  }
  day = parseDigits(text, start, d);
  return start;
}

}  // namespace

void scanDayRanges(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  static constexpr std::string_view kDash = "\u2013";
  const std::size_t count = out.size();
  for (std::size_t c = 0; c < count; ++c) {
    if (out[c].category != PhiCategory::Date || out[c].start < 3) continue;
    std::size_t second = out[c].start;
    const char head = text[second];
    // (Only after a dash, or a space after a word, a dash or a day: most dates stand after a label.)
    const char b1 = text[second - 1];
    const char b2 = text[second - 2];
    if (!(b1 == '-' || b1 == '\x93' || (b1 == ' ' && (isAsciiAlpha(b2) || isDigit(b2) || b2 == '-' || b2 == '\x93' ||
                                                      isNonAscii(b2))))) {
      continue;
    }
    // "3–5 March 2024": the month's date found alone; the second day before it, after the dash.
    if (isAsciiAlpha(head) && text[second - 1] == ' ') {
      std::size_t k = second - 1;
      std::size_t d = 0;
      while (d < 3 && d < k && isDigit(text[k - 1 - d])) ++d;
      if (d == 0 || d > 2 || k - d < kDash.size() + 1 || text.substr(k - d - kDash.size(), kDash.size()) != kDash) continue;
      const int secondDay = parseDigits(text, k - d, d);
      int firstDay = 0;
      const std::size_t first = dayEndingAt(text, k - d - kDash.size(), firstDay);
      if (first == std::string_view::npos || firstDay < 1 || firstDay >= secondDay || secondDay > 31) continue;
      out[c].start = k - d;
      out.push_back({first, k - d - kDash.size(), PhiCategory::Date, priority::kDate});
      continue;
    }
    if (!isDigit(head)) continue;
    const std::size_t d2 = digitRun(text, second);
    if (d2 > 2) continue;
    const int secondDay = parseDigits(text, second, d2);
    // The words and dashes joining the two days.
    const std::string_view before = sameLineBefore(text, second, 12);
    std::size_t joint = 0;
    for (std::string_view j : {" to ", " au ", " bis ", " al ", " a ", " do ", " till ", " til ", " tot ", " till ",
                               " \u2013 ", "\u2013", " - ", "-", " och ", " ao ", " do ", " \u0434\u043e ",
                               " \u043f\u043e "}) {
      if (before.ends_with(j)) {
        joint = j.size();
        break;
      }
    }
    if (joint == 0) continue;
    // ("-" glued only between days of a month's date: "3-5 March", not "3-5/03/2024".)
    if (joint == 1 && !isAsciiAlpha(text[second + d2 + (text[second + d2] == ' ' ? 1 : 0)])) continue;
    int firstDay = 0;
    const std::size_t first = dayEndingAt(text, second - joint, firstDay);
    if (first == std::string_view::npos || firstDay < 1 || firstDay >= secondDay || secondDay > 31) continue;
    std::size_t firstEnd = second - joint;
    if (text[firstEnd - 1] == '.') --firstEnd;
    out.push_back({first, firstEnd, PhiCategory::Date, priority::kDate});
  }
}

namespace {

// The digit OCR reads a character as: O/o as 0, l/I/| as 1, S as 5, B as 8; -1 for none.
int ocrDigit(char c) {
  if (isDigit(c)) return c - '0';
  switch (c) {
    case 'O': case 'o': return 0;
    // (A note upper-cased whole turns OCR's "l" into "L": "D.O.B. L8/O9/1924", seed 3838.)
    case 'l': case 'I': case '|': case 'L': return 1;
    case 'S': return 5;
    case 'B': return 8;
    default: return -1;
  }
}

// A date of OCR's characters at `pos` (digits, their look-alikes, and the separators / . - , in
// any mix): day-month-year or year-month-day with a four-digit year. Returns the end, or 0.
std::size_t ocrDateEnd(std::string_view text, std::size_t pos) {
  int parts[3] = {};
  std::size_t widths[3] = {};
  std::size_t k = pos;
  int lookalikes = 0;
  bool comma = false;
  for (int p = 0; p < 3; ++p) {
    while (k < text.size() && widths[p] < 5 && ocrDigit(text[k]) >= 0) {
      lookalikes += isDigit(text[k]) ? 0 : 1;
      parts[p] = parts[p] * 10 + ocrDigit(text[k]);
      ++widths[p];
      ++k;
    }
    if (widths[p] == 0) return 0;
    if (p < 2) {
      if (k >= text.size() || !(text[k] == '/' || text[k] == '.' || text[k] == '-' || text[k] == ',')) return 0;
      comma = comma || text[k] == ',';
      ++k;
    }
  }
  if (k < text.size() && (isWordByte(text[k]) || ((text[k] == '/' || text[k] == '.' || text[k] == '-') &&
                                                  k + 1 < text.size() && isDigit(text[k + 1])))) {
    return 0;
  }
  // Most of it digits ("lOlO" is no date), and damaged: a clean date is the numeric scanner's,
  // with its vetoes (a vial's "exp date: 14/02/2026").
  // (Up to four look-alikes, fewer than the digits: "ll/l2/1935", "O8/l9/l993", seed 3838.)
  const std::size_t width = widths[0] + widths[1] + widths[2];
  if (lookalikes > 4 || static_cast<std::size_t>(lookalikes) * 2 >= width || (lookalikes == 0 && !comma)) return 0;
  const bool dayFirst = widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 && parts[0] >= 1 && parts[0] <= 31 &&
                        parts[1] >= 1 && parts[1] <= 12 && plausibleYear(parts[2]);
  const bool monthFirst = widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 && parts[0] >= 1 && parts[0] <= 12 &&
                          parts[1] >= 1 && parts[1] <= 31 && plausibleYear(parts[2]);
  const bool yearFirst = widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 && plausibleYear(parts[0]) &&
                         parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31;
  return dayFirst || monthFirst || yearFirst ? k : 0;
}

}  // namespace

void scanOcrDates(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.hasDigit || (t.length() < 3 && t.lower != "b") || t.length() > 10) continue;
    // The label: "DOB", "Date", "Born", "Birth" ("Date of birth"), "Fecha", "Datum", "Data",
    // "Nacimiento", "Geb" ("geb."), "Naissance", "DDN".
    // (By length and first letter before any comparison: this runs for every word.)
    const std::string_view w = t.lower;
    bool label = false;
    switch (w.size()) {
      // The dotted "d.o.b." reaches here as its last letter (seed 3838).
      case 1: label = w == "b" && t.start >= 4 && t.end < text.size() && text[t.end] == '.' &&
                      (text.substr(t.start - 4, 4) == "d.o." || text.substr(t.start - 4, 4) == "D.O.");
        break;
      case 3: label = w == "dob" || w == "geb" || w == "ddn"; break;
      case 4: label = (w[0] == 'd' && (w == "date" || w == "data")) || w == "born"; break;
      case 5: label = (w[0] == 'b' && w == "birth") || (w[0] == 'f' && w == "fecha") || (w[0] == 'd' && w == "datum"); break;
      case 9: label = w == "naissance"; break;
      case 10: label = w == "nacimiento"; break;
      default: break;
    }
    if (!label) continue;
    // The value: after spaces, a colon or a dot, within a few bytes on the line.
    std::size_t k = t.end;
    while (k < text.size() && k < t.end + 4 && (text[k] == ' ' || text[k] == ':' || text[k] == '.' || text[k] == '\t')) ++k;
    if (k >= text.size() || k == t.end || ocrDigit(text[k]) < 0 || (k > 0 && isWordByte(text[k - 1]))) continue;
    const std::size_t end = ocrDateEnd(text, k);
    if (end > 0) out.push_back({k, end, PhiCategory::Date, priority::kDate});
  }
}

}  // namespace concord::phi::detail
