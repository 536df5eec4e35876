// Cues for a month/day without a year, added after the twentieth family's run (seed 2020): the
// clock of a shift sheet, a date field's label, a dose's day and a follow-up; after the
// twenty-third (seed 2323): an incident named by its day, the day someone was last known alive
// or last worked; after the twenty-first's residual misses (seed 2121): the last time something
// happened ("last exposure 7/14;") and a study's result headed by its day ("Scan 17/6:"). scan_dates.cpp asks
// them with its other cues; a measure after the day ("3/4 tab") still vetoes them there.
#include <array>
#include <initializer_list>
#include <string>

#include "date_cues.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

// The clause ends right after `end`: punctuation, a line break or the end of the text.
bool clauseEndsAt(std::string_view text, std::size_t end) {
  return end >= text.size() || text[end] == ',' || text[end] == '.' || text[end] == ';' || text[end] == ')' ||
         text[end] == '\n' || text[end] == '\r';
}

// Only spaces, then the line's end or the text's, after `end`.
bool valueClosesLine(std::string_view text, std::size_t end) {
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return end >= text.size() || text[end] == '\n' || text[end] == '\r';
}

// A half of the day after the date: " AM", " pm".
bool meridiemAfter(std::string_view text, std::size_t end) {
  if (end + 3 > text.size() || text[end] != ' ') return false;
  const char a = lowerAscii(text[end + 1]);
  return (a == 'a' || a == 'p') && lowerAscii(text[end + 2]) == 'm' && (end + 3 == text.size() || !isWordByte(text[end + 3]));
}

// `before` with trailing spaces removed.
std::string_view trimRight(std::string_view before) {
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  return before;
}

// The label of the field whose value starts at `pos` ("Date of service: 7/3"): the words before
// its colon, back to the previous field's column gap, a cell's bar or the line's start, within
// `window` bytes before `pos`; empty when no colon ends what stands before the value.
std::string_view fieldLabelBefore(std::string_view text, std::size_t pos, std::size_t window) {
  std::string_view before = trimRight(sameLineBefore(text, pos, window));
  if (!before.ends_with(':')) return {};
  before.remove_suffix(1);
  std::size_t start = before.size();
  while (start > 0 && before[start - 1] != '|' && before[start - 1] != '\t' &&
         !(before[start - 1] == ' ' && start >= 2 && before[start - 2] == ' ')) {
    --start;
  }
  return before.substr(start);
}

}  // namespace

bool militaryClockAfter(std::string_view text, std::size_t pos, std::size_t end) {
  if (end + 5 > text.size() || text[end] != ' ' || digitRun(text, end + 1) != 4) return false;
  if (parseDigits(text, end + 1, 2) > 23 || parseDigits(text, end + 3, 2) > 59) return false;
  // The day and clock close the line, as a sheet's heading does.
  const std::size_t after = end + 5;
  if (!(after == text.size() || text[after] == '\n' || text[after] == '\r')) return false;
  // A heading has two words in capitals before them ("I-PASS HANDOFF - MICU   9/16 1900"); a
  // flowsheet's score and time have not ("Pain 7/10 0400", "GCS 3/15 0800").
  int capitalWords = 0;
  std::size_t run = 0;
  bool lower = false;  // the word has a lower-case letter: "Pain" is no word in capitals
  for (char c : sameLineBefore(text, pos, 120)) {
    if (isAsciiAlpha(c)) {
      run += isUpper(c) ? 1 : 0;
      lower = lower || isLower(c);
      continue;
    }
    capitalWords += run >= 2 && !lower ? 1 : 0;
    run = 0;
    lower = false;
  }
  return capitalWords >= 2;
}

bool dateFieldLabelCue(std::string_view text, std::size_t pos) {
  const std::string_view label = fieldLabelBefore(text, pos, 60);
  return label.size() <= 32 && rfindWordCaseless(label, "date") != std::string_view::npos;
}

bool doseDayCue(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view before = trimRight(sameLineBefore(text, pos, 24));
  if (!endsWithWord(before, "dose")) return false;
  const std::string_view head = trimRight(before.substr(0, before.size() - 4));
  bool which = false;
  for (std::string_view w : {"last", "next", "first", "final", "prior", "previous"}) which = which || endsWithWord(head, w);
  if (!which) return false;
  return clauseEndsAt(text, end) || meridiemAfter(text, end) ||
         (end + 1 < text.size() && text[end] == ' ' && isUpper(text[end + 1]));
}

bool followUpCue(std::string_view text, std::size_t pos, std::size_t end) {
  std::string_view before = trimRight(sameLineBefore(text, pos, 40));
  // "f/u 5/12", "follow-up 6/3", "followup 7/1".
  if (endsWithWord(before, "f/u") || endsWithWord(before, "follow-up") || endsWithWord(before, "followup") ||
      endsWithWord(before, "follow up")) {
    if (clauseEndsAt(text, end) || meridiemAfter(text, end)) return true;
    if (end + 1 >= text.size() || text[end] != ' ') return false;
    // "f/u 10/2 with ortho", "f/u 3/8 w/ Dr. Lee", "follow-up 4/4 at 9:30", "f/u 6/1 Cardiology".
    const std::string_view next = text.substr(end + 1, 5);
    return isUpper(text[end + 1]) || next.starts_with("with ") || next.starts_with("w/") || next.starts_with("at ");
  }
  // A card's field "Follow-up: 9/8" alone on its line (seed 3838); not the British months and
  // days of an interval ("Follow-up: 3/12", "2/7").
  if (before.ends_with(':')) {
    const std::string_view label = trimRight(before.substr(0, before.size() - 1));
    if ((endsWithWord(label, "follow-up") || endsWithWord(label, "followup")) && valueClosesLine(text, end)) {
      const std::size_t slash = text.find('/', pos);
      const int second = slash < end ? parseDigits(text, slash + 1, end - slash - 1) : 0;
      if (second != 7 && second != 12) return true;
    }
  }
  // An item of an appointment list: "Wound clinic - 8/10, call to confirm".
  if (!before.ends_with(" -") || !clauseEndsAt(text, end)) return false;
  before = trimRight(before.substr(0, before.size() - 1));
  for (std::string_view w : {"clinic", "appointment", "appt", "visit", "follow-up"}) {
    if (endsWithWord(before, w)) return true;
  }
  return false;
}

bool incidentDayCue(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view before = trimRight(sameLineBefore(text, pos, 12));
  bool determiner = false;
  for (std::string_view w : {"the", "that", "this", "his", "her", "their"}) determiner = determiner || endsWithWord(before, w);
  if (!determiner || end + 2 >= text.size() || text[end] != ' ') return false;
  std::size_t wordEnd = end + 1;
  while (wordEnd < text.size() && isAsciiAlpha(text[wordEnd])) ++wordEnd;
  std::string noun;
  for (std::size_t k = end + 1; k < wordEnd; ++k) noun += lowerAscii(text[k]);
  static constexpr std::array<std::string_view, 14> kIncidents = {
      "crash", "accident", "collision", "wreck", "mvc",      "mva",    "fall",
      "injury", "incident", "assault",  "fire",  "shooting", "overdose", "fight"};
  for (std::string_view w : kIncidents) {
    if (noun == w) return true;
  }
  return false;
}

bool lastKnownCue(std::string_view text, std::size_t pos, std::size_t end) {
  // The day closes its clause or a time follows: "last seen 2/3 of the way" is a share.
  // A stroke alert's form in capitals too: "LAST KNOWN WELL: 2/11 AT 00:15" (seed 3737).
  const bool dayEnds = clauseEndsAt(text, end) || meridiemAfter(text, end) ||
                       text.substr(end).starts_with(" at ") || text.substr(end).starts_with(" AT ") ||
                       text.substr(end).starts_with(" around ");
  if (!dayEnds) return false;
  std::string_view before = trimRight(sameLineBefore(text, pos, 24));
  // As a field's label: "Last known well: 5/23 at 15:45".
  if (before.ends_with(':')) before = trimRight(before.substr(0, before.size() - 1));
  for (std::string_view state : {"alive", "well", "seen"}) {
    if (!endsWithWord(before, state)) continue;
    const std::string_view head = trimRight(before.substr(0, before.size() - state.size()));
    if (state == "seen" ? endsWithWord(head, "last") : (endsWithWord(head, "known") || endsWithWord(head, "seen"))) {
      return true;
    }
  }
  return false;
}

bool lastEventCue(std::string_view text, std::size_t pos, std::size_t end) {
  // "last pain 7/10." is a score: only nouns of something that happens on a day count. A place
  // may follow the day ("last contact with index 20/3 at the warehouse").
  if (!(clauseEndsAt(text, end) || meridiemAfter(text, end) || text.substr(end).starts_with(" at ") ||
        text.substr(end).starts_with(" AT "))) {
    return false;
  }
  std::string_view before = trimRight(sameLineBefore(text, pos, 40));
  // A label of the last use and what was used, a few words: "Last use: fentanyl smoked 9/14;".
  if (const std::size_t colon = before.rfind(':'); colon != std::string_view::npos && colon > 0) {
    const std::string_view what = before.substr(colon + 1);
    bool words = what.size() <= 32;
    for (char c : what) words = words && (isAsciiAlpha(c) || c == ' ' || c == '-');
    const std::string_view label = trimRight(before.substr(0, colon));
    if (words && (endsWithWord(label, "use") || endsWithWord(label, "used")) &&
        endsWithWord(trimRight(label.substr(0, label.size() - (endsWithWord(label, "use") ? 3 : 4))), "last")) {
      return true;
    }
  }
  // Whom the contact was with, one word: "last contact with index 20/3".
  if (const std::size_t with = rfindWordCaseless(before, "with");
      with != std::string_view::npos && with + 4 < before.size() && before[with + 4] == ' ') {
    bool oneWord = true;
    for (char c : before.substr(with + 5)) oneWord = oneWord && isAsciiAlpha(c);
    const std::string_view head = trimRight(before.substr(0, with));
    if (oneWord && endsWithWord(head, "contact")) before = head;
  }
  static constexpr std::array<std::string_view, 14> kEvents = {
      "use",   "exposure", "drink",   "contact", "intercourse", "menses", "period",
      "relapse", "seizure", "episode", "injection", "bm",        "meal",   "void"};
  for (std::string_view noun : kEvents) {
    if (!endsWithWord(before, noun)) continue;
    std::string_view head = trimRight(before.substr(0, before.size() - noun.size()));
    if (endsWithWord(head, "last")) return true;
    // One word between: "last heroin use", "last sexual contact".
    std::size_t word = head.size();
    while (word > 0 && isAsciiAlpha(head[word - 1])) --word;
    if (word == head.size()) return false;
    head = trimRight(head.substr(0, word));
    return endsWithWord(head, "last");
  }
  return false;
}

bool studyResultCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (end >= text.size() || text[end] != ':') return false;
  const std::string_view before = trimRight(sameLineBefore(text, pos, 24));
  static constexpr std::array<std::string_view, 13> kStudies = {"scan", "ct",  "mri", "echo", "ultrasound", "uss", "xr",
                                                                "cxr",  "ekg", "ecg", "eeg",  "bloods",     "labs"};
  for (std::string_view study : kStudies) {
    if (endsWithWord(before, study)) return true;
  }
  return false;
}

bool workDayLabelCue(std::string_view text, std::size_t pos) {
  const std::string_view label = fieldLabelBefore(text, pos, 40);
  if (label.size() > 28) return false;
  const auto has = [&](std::string_view w) { return rfindWordCaseless(label, w) != std::string_view::npos; };
  return has("worked") || (has("day") && (has("last") || has("first")));
}

bool milkHandlingCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (!clauseEndsAt(text, end) && !(end + 1 < text.size() && text[end] == ' ' && text[end + 1] == ' ')) return false;
  const std::string_view before = trimRight(sameLineBefore(text, pos, 24));
  static constexpr std::array<std::string_view, 6> kSteps = {"pasteurised", "pasteurized", "expressed",
                                                             "frozen",      "thawed",      "pumped"};
  for (std::string_view step : kSteps) {
    if (endsWithWord(before, step)) return true;
  }
  return false;
}

bool signOffDayCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (end < text.size() && text[end] != '\n' && text[end] != '\r') return false;
  const std::string_view line = sameLineBefore(text, pos, 48);
  const std::size_t lineStart = pos - line.size();
  if (lineStart > 0 && text[lineStart - 1] != '\n') return false;  // the line is longer than read
  if (!(line.starts_with("- ") || line.starts_with("-- "))) return false;
  if (!line.ends_with("  ")) return false;
  const std::string_view name = trimRight(line.substr(line.find(' ') + 1));
  // One or two words of a name: a capital first, then letters, hyphens, apostrophes or accents.
  if (name.empty() || !isUpper(name[0])) return false;
  std::size_t words = 1;
  for (std::size_t k = 1; k < name.size(); ++k) {
    const char c = name[k];
    if (c == ' ') {
      if (++words > 2 || k + 1 >= name.size() || !isUpper(name[k + 1])) return false;
    } else if (!(isAsciiAlpha(c) || isNonAscii(c) || c == '-' || c == '\'')) {
      return false;
    }
  }
  // A message above it that ends its sentence: a sign-off, not a bullet of a list ("- Tab  1/2").
  if (lineStart < 2) return false;
  const std::string_view above = trimRight(sameLineBefore(text, lineStart - 1, 200));
  return !above.empty() && (above.back() == '.' || above.back() == '!' || above.back() == '?');
}

bool cycleDayCue(std::string_view text, std::size_t pos, std::size_t end) {
  // An induction's or a detox's day heading with its date in brackets: "Day 1 (4/21): COWS 11".
  const bool heading = pos > 0 && text[pos - 1] == '(' && text.substr(end, 2) == "):";
  // The day closes its cell: a column gap, the line's end or punctuation ("Day 1 3/4 tab" is a dose).
  if (!heading &&
      !(clauseEndsAt(text, end) || text.substr(end, 2) == "  " || (end < text.size() && text[end] == '\t'))) {
    return false;
  }
  std::string_view before = trimRight(sameLineBefore(text, heading ? pos - 1 : pos, 16));
  std::size_t digits = 0;
  while (digits < before.size() && digits < 4 && isDigit(before[before.size() - 1 - digits])) ++digits;
  if (digits == 0 || digits > 3) return false;
  before = before.substr(0, before.size() - digits);
  if (before.empty() || before.back() != ' ') return false;
  return endsWithWord(trimRight(before), "day");
}

bool durationBracketCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos == 0 || text[pos - 1] != '(' || end >= text.size() || text[end] != ')') return false;
  std::string_view before = trimRight(sameLineBefore(text, pos - 1, 24));
  bool unit = false;
  for (std::string_view w : {"weeks", "days", "months", "wk", "wks", "week", "month"}) {
    if (endsWithWord(before, w)) {
      before = trimRight(before.substr(0, before.size() - w.size()));
      unit = true;
      break;
    }
  }
  // A number of them before the unit: "6 weeks (9/13)".
  return unit && !before.empty() && isDigit(before.back());
}

bool keyedDayCue(std::string_view text, std::size_t pos) {
  if (pos == 0 || text[pos - 1] != '=') return false;
  const std::string_view before = sameLineBefore(text, pos - 1, 32);
  std::size_t k = before.size();
  while (k > 0 && (isAsciiAlpha(before[k - 1]) || before[k - 1] == '_')) --k;
  const std::string_view key = before.substr(k);
  if (key.empty() || (k > 0 && !(before[k - 1] == ' ' || before[k - 1] == '\t' || before[k - 1] == '&'))) return false;
  for (std::string_view w : {"date", "ready", "due", "dob", "appt", "pickup", "visit", "fill"}) {
    std::size_t at = 0;
    // The word as a whole part of the key, between underscores.
    while ((at = key.find(w, at)) != std::string_view::npos) {
      const bool startOk = at == 0 || key[at - 1] == '_';
      const bool endOk = at + w.size() == key.size() || key[at + w.size()] == '_';
      if (startOk && endOk) return true;
      ++at;
    }
  }
  return false;
}


namespace {

// The clause or a table's cell ends right after `end`: punctuation, a line break, a column gap.
bool cellEndsAt(std::string_view text, std::size_t end) {
  return clauseEndsAt(text, end) || text.substr(end, 2) == "  " || (end < text.size() && text[end] == '\t') ||
         text.substr(end, 2) == " |";
}

// The word ending `before` (letters and hyphens), lower-cased, and `before` without it.
std::string lastWord(std::string_view& before) {
  std::size_t k = before.size();
  while (k > 0 && (isAsciiAlpha(before[k - 1]) || before[k - 1] == '-')) --k;
  std::string word;
  for (std::size_t j = k; j < before.size(); ++j) word += lowerAscii(before[j]);
  before = trimRight(before.substr(0, k));
  return word;
}

}  // namespace

bool nextBookedCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (!cellEndsAt(text, end)) return false;
  std::string_view before = trimRight(sameLineBefore(text, pos, 40));
  if (!before.empty() && before.back() == ':') before = trimRight(before.substr(0, before.size() - 1));
  // "next" and up to two words, the last a thing booked on a day.
  const std::string noun = lastWord(before);
  if (!listHas({"attempt", "run", "visit", "clinic", "session", "review", "call", "contact", "trip", "flight",
                "appointment", "appt", "screen", "screening", "delivery", "pickup", "meeting", "hearing",
                "court", "infusion", "injection", "clinic-run"},
               noun)) {
    return false;
  }
  for (int k = 0; k < 2; ++k) {
    const std::string word = lastWord(before);
    if (word == "next") return true;
    if (word.empty()) return false;
  }
  return false;
}

bool askedDayCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (end >= text.size() || text[end] != '?') return false;
  std::string_view before = trimRight(sameLineBefore(text, pos, 24));
  const std::string word = lastWord(before);
  // "can you do 9/6?", "how about 3/4?", "are you free 5/6?", "does 5/6 work?" (not "is it 3/10?").
  if (word == "do") return endsWithWord(before, "you") || endsWithWord(before, "we") || endsWithWord(before, "i");
  return listHas({"about", "free", "available"}, word);
}

bool receiptDayCue(std::string_view text, std::size_t pos) {
  std::string_view before = trimRight(sameLineBefore(text, pos, 32));
  const std::string preposition = lastWord(before);
  if (!listHas({"for", "from", "dated"}, preposition)) return false;
  const std::string noun = lastWord(before);
  return listHas({"receipt", "receipts", "invoice", "invoices", "bill", "bills"}, noun);
}

bool stampedByCue(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  const std::string_view after = text.substr(end + 1, 16);
  for (std::string_view verb : {"processed by ", "received by ", "signed by ", "reviewed by ", "scanned by ",
                                "faxed by ", "filed by ", "verified by ", "entered by ", "approved by "}) {
    if (after.starts_with(verb)) return true;
  }
  return false;
}

bool callDayCue(std::string_view text, std::size_t pos, std::size_t end) {
  if (!clauseEndsAt(text, end) && !meridiemAfter(text, end)) return false;
  std::string_view before = trimRight(sameLineBefore(text, pos, 32));
  const std::string last = lastWord(before);
  const std::string first = lastWord(before);
  return (last == "call" && listHas({"returned", "missed", "phone"}, first)) ||
         (last == "back" && listHas({"called", "rang"}, first));
}

bool seriesDayCue(std::string_view text, std::size_t pos, std::size_t end,
                  std::size_t (*dateAt)(std::string_view, std::size_t)) {
  if (!cellEndsAt(text, end)) return false;
  const std::string_view line = sameLineBefore(text, pos, 80);
  // Back over the item's words to the separator: one to four words, small numbers allowed
  // ("stage 3 sport-specific drills").
  std::size_t k = line.size();
  int words = 0;
  while (k > 0 && line[k - 1] != ',' && line[k - 1] != ';') {
    const char c = line[k - 1];
    if (!(isAsciiAlpha(c) || c == ' ' || c == '-' || isDigit(c))) return false;
    if (c != ' ' && (k == line.size() || line[k] == ' ')) ++words;
    --k;
  }
  if (k == 0 || words == 0 || words > 4) return false;
  static constexpr std::array<std::string_view, 22> kScores = {
      "pain", "score", "strength", "power", "grade", "gcs", "scale", "vision", "va", "acuity", "reflexes",
      "murmur", "nrs", "vas", "rass", "sets", "reps", "dose", "doses", "tab", "tabs", "ratio"};
  if (rfindAnyWordCaseless(line.substr(k), kScores) != std::string_view::npos) return false;
  // Before the separator a month/day, itself read as a date.
  const std::string_view head = line.substr(0, k - 1);
  std::size_t start = head.size();
  while (start > 0 && (isDigit(head[start - 1]) || head[start - 1] == '/')) --start;
  if (start == head.size() || (start > 0 && head[start - 1] != ' ')) return false;
  const std::size_t at = pos - line.size() + start;
  if (head[start] == '/' || dateAt(text, at) != head.size() - start) return false;
  // A scorecard's items out of the same five or ten: "verified 5/5, hold etiquette 3/5".
  const std::string_view previous = head.substr(start);
  const std::string_view own = text.substr(pos, end - pos);
  const std::string_view denominator = own.substr(own.find('/') + 1);
  return !(previous.substr(previous.find('/') + 1) == denominator && (denominator == "5" || denominator == "10"));
}

bool untilClockAfter(std::string_view text, std::size_t end) {
  const std::string_view rest = text.substr(end, 24);
  for (std::string_view word : {" until ", " till ", " l\u012bdz ", " hasta las ", " hasta ", " at\u00e9 \u00e0s ",
                                " jusqu'\u00e0 ", " bis ", " kuni ", " til "}) {
    if (!startsCaselessAt(rest, 0, word)) continue;
    // An hour of one or two digits, a colon and two digits.
    const std::size_t h = end + word.size();
    const std::size_t digits = digitRun(text, h);
    return (digits == 1 || digits == 2) && h + digits + 2 < text.size() && text[h + digits] == ':' &&
           digitRun(text, h + digits + 1) == 2;
  }
  return false;
}

// Tamil "அன்று" (on that day) after the day, as an SMS reminder writes it: "உங்கள் தொலை ஆலோசனை
// 17/1 அன்று" (your teleconsultation on 17/1; seed 3737).
bool dayPostpositionAfter(std::string_view text, std::size_t end) {
  constexpr std::string_view kTamilOn = "\u0b85\u0ba9\u0bcd\u0bb1\u0bc1";
  if (end >= text.size() || text[end] != ' ') return false;
  const std::string_view after = text.substr(end + 1);
  return after.starts_with(kTamilOn) && (after.size() == kTamilOn.size() || !isWordByte(after[kTamilOn.size()]));
}

}  // namespace concord::phi::detail
