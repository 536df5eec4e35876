// Towns named by where a person went, came from, died or signed, rather than by where they live:
// "travelling from Bergen" (an organ donor's family), "says he went to Kericho for a funeral" (a
// tracing visit), "Place: at home, Recife" (a verbal autopsy), "Fait à Vénissieux, le 7 décembre
// 2024" (a French consent's signature) and "born 21/11/1953, of Ecatepec," (a registry's death
// line). Each cue is narrow and the town must close its clause, so that "went to Theatre" or
// "travelling from the ward" stay out.
#include <array>

#include "places.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isWord(const Token& t, std::string_view lower) { return t.lower == lower; }

// After the town: punctuation or a line end, two spaces of a form's column gap, the next field's
// label ("Recife Respondent:" on one line), or "for" ("went to Kericho for a funeral").
bool townEndsHere(const ScanInput& in, std::size_t town, bool forAllowed) {
  if (clauseEnds(in, town)) return true;
  const auto& tokens = in.tokens;
  if (town + 1 >= tokens.size()) return true;
  const std::string_view gap = gapBetween(in, town, town + 1);
  if (gap.size() >= 2 && isInlineSpace(gap, 16)) return true;
  if (gap != " ") return false;
  const Token& next = tokens[town + 1];
  if (forAllowed && isWord(next, "for")) return true;
  return next.properShape() && next.end < in.text.size() && in.text[next.end] == ':';
}

// Records the town at token `first` and returns its last token, or npos.
std::size_t recordTown(const ScanInput& in, std::size_t first, bool forAllowed, Candidates& out) {
  const auto& tokens = in.tokens;
  if (first >= tokens.size()) return std::string_view::npos;
  const std::size_t town = townAt(in, first);
  if (town == std::string_view::npos || !townEndsHere(in, town, forAllowed)) return std::string_view::npos;
  out.push_back({tokens[first].start, tokens[town].end, PhiCategory::Address, priority::kAddress});
  return town;
}

bool travelVerb(const Token& w) {
  return isWord(w, "travelling") || isWord(w, "traveling") || isWord(w, "travelled") || isWord(w, "traveled");
}

// A date's tokens between "born" and ", of": digits, month words and the separators of a date.
bool bornDateBefore(const ScanInput& in, std::size_t of) {
  const auto& tokens = in.tokens;
  for (std::size_t back = 1; back <= 6 && back <= of; ++back) {
    const std::size_t k = of - back;
    if (isWord(tokens[k], "born")) return back >= 2 && isInlineSpace(gapBetween(in, k, k + 1), 1);
    if (!(tokens[k].allDigits || monthNumber(tokens[k]) > 0)) return false;
    if (!gapOnly(gapBetween(in, k, k + 1), " /-.,", 2)) return false;
  }
  return false;
}

// "says he went", "said they went": token `went` after a verb of reporting and a pronoun.
bool reportedAbsenceBefore(const ScanInput& in, std::size_t went) {
  const auto& tokens = in.tokens;
  if (went < 2 || !isInlineSpace(gapBetween(in, went - 1, went), 1) ||
      !isInlineSpace(gapBetween(in, went - 2, went - 1), 1)) {
    return false;
  }
  const Token& who = tokens[went - 1];
  const Token& verb = tokens[went - 2];
  return (isWord(who, "he") || isWord(who, "she") || isWord(who, "they")) &&
         (isWord(verb, "says") || isWord(verb, "said") || isWord(verb, "reports") || isWord(verb, "reported") ||
          isWord(verb, "thinks") || isWord(verb, "believes"));
}

// The field or the verb of a death's place before token `at`: "Place: at home", "Place of death:
// at home", "died at home".
bool deathPlaceBefore(const ScanInput& in, std::size_t at) {
  const std::string_view before = sameLineBefore(in.text, in.tokens[at].start, 32);
  for (std::string_view cue : {"place", "died", "death", "deceased"}) {
    if (rfindWordCaseless(before, cue) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::size_t travelTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  if (i == 0 || i + 1 >= tokens.size()) return i;
  const Token& t = tokens[i];
  const Token& before = tokens[i - 1];
  // One space before and after the cue word ("at home, Recife" has its comma after it).
  const bool spaced = isInlineSpace(gapBetween(in, i - 1, i), 1) && isInlineSpace(gapBetween(in, i, i + 1), 1);
  std::size_t town = std::string_view::npos;
  if (spaced && isWord(t, "from") && travelVerb(before)) {
    // "Astrid travelling from Bergen", "TRAVELLING FROM BERGEN".
    town = recordTown(in, i + 1, false, out);
  } else if (spaced && isWord(t, "to") && isWord(before, "went") && reportedAbsenceBefore(in, i - 1)) {
    // "says she went to Tacloban for a funeral." (a person's whereabouts told by another; "he
    // went to Theatre" is the hospital's).
    // The errand must follow ("for a funeral"): "says she went to Lunch." is no town.
    const std::size_t last = townAt(in, i + 1);
    if (last != std::string_view::npos && last + 1 < tokens.size() && gapBetween(in, last, last + 1) == " " &&
        isWord(tokens[last + 1], "for")) {
      town = recordTown(in, i + 1, true, out);
    }
  } else if (isWord(t, "of") && gapBetween(in, i - 1, i) == ", " && gapBetween(in, i, i + 1) == " " &&
             bornDateBefore(in, i)) {
    // "Ana Villegas, born 21/11/1953, of Ecatepec, registry number ...".
    town = recordTown(in, i + 1, false, out);
  } else if (isWord(t, "home") && isInlineSpace(gapBetween(in, i - 1, i), 1) && isWord(before, "at") &&
             gapBetween(in, i, i + 1) == ", " && deathPlaceBefore(in, i - 1)) {
    // "Place: at home, Recife" where a death took place (not "ruptured at home, clear fluid").
    town = recordTown(in, i + 1, false, out);
  } else if (isWord(t, "from") && i >= 3 && gapBetween(in, i - 1, i) == ", " && isInlineSpace(gapBetween(in, i, i + 1), 1) &&
             (isWord(before, "years") || isWord(before, "yrs")) && tokens[i - 2].allDigits &&
             gapBetween(in, i - 2, i - 1) == " ") {
    // A person listed by name, age and where they come from: "Fatmata Sesay, 26 years, from Makeni".
    town = recordTown(in, i + 1, false, out);
  } else if (t.lower == "\xc3\xa0" && spaced && isWord(before, "fait")) {
    // "Fait à Montreuil, le 22 avril 2025".
    town = recordTown(in, i + 1, false, out);
  }
  return town == std::string_view::npos ? i : town;
}

}  // namespace concord::phi::detail
