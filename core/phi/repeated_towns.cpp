// Registration and transport paperwork names a town in full once ("10713 Frangipani Avenue, Calloway
// Heights, WA 49149") and then bare: a duplicate record's town column, a manifest's drop-off, a
// chat's "moved to calloway heights". The bare town has no cue of its own; that the same words
// are already an address of the note is the cue. Only towns specific enough to stand for a
// place are repeated: not a single word that is an ordinary word or a person's given or family
// name, not a town of ordinary words only ("Cedar Falls").
#include "repeated_towns.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "name_tables.h"
#include "places.h"

namespace concord::phi::detail {

namespace {

using Town = std::vector<std::size_t>;  // token indices of a town in the text where it was found

// A word that may be part of a town: letters only, not a street's type or a unit.
bool townToken(const Token& t) {
  return t.hasLetter && !t.hasDigit && t.length() >= 2 && !isStreetSuffix(t) && !isTitleWord(t) &&
         !isCredentialWord(t) && !(t.allCaps && t.length() == 2 && isStateCode(t));
}

bool specificTown(const ScanInput& in, const Town& town) {
  std::size_t letters = 0;
  bool ordinaryOnly = true;
  for (std::size_t k : town) {
    const Token& t = in.tokens[k];
    letters += t.length();
    ordinaryOnly = ordinaryOnly && (t.classes & (WordClass::kEnglish | WordClass::kNever));
  }
  if (letters < 5 || ordinaryOnly) return false;
  const Token& only = in.tokens[town.front()];
  return town.size() > 1 || !(only.classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous));
}

// The town before the state at token `state` inside the candidate's span [first, state): up to
// three words joined by single spaces, set off by ", " from the state and by a comma, a line
// break or the span's start before them.
void townBeforeState(const ScanInput& in, std::size_t first, std::size_t state, std::vector<Town>& towns) {
  if (state == 0 || state <= first || gapBetween(in, state - 1, state) != ", ") return;
  Town town;
  std::size_t k = state - 1;
  // A town may end in a word that is also a street's type, written in full: "Wrenfield Crossing"
  // (the comma or line start required before the town keeps "12 Elm Crossing, OH" out).
  const Token& lastWord = in.tokens[k];
  if (isStreetSuffix(lastWord) && lastWord.length() >= 6 && lastWord.properShape() && !lastWord.hasDigit && k > first &&
      gapBetween(in, k - 1, k) == " " && townToken(in.tokens[k - 1]) && in.tokens[k - 1].properShape()) {
    town.push_back(k);
    --k;
  }
  while (town.size() < 3 && townToken(in.tokens[k]) && in.tokens[k].properShape()) {
    town.insert(town.begin(), k);
    if (k == first || gapBetween(in, k - 1, k) != " ") break;
    --k;
  }
  if (town.empty()) return;
  const std::size_t start = town.front();
  if (start != first) {
    const std::string_view before = gapBetween(in, start - 1, start);
    if (before.find(',') == std::string_view::npos && before.find('\n') == std::string_view::npos) return;
  }
  towns.push_back(std::move(town));
}

// The town before a postcode of letters and digits at token `code` inside the candidate's span
// [first, code): "99 Marshmallow Close, Birchcroft G12 8QQ", "12 Rue X, Hull K1A 0B1": up to three
// words joined by single spaces, set off by ", " before them.
void townBeforePostcode(const ScanInput& in, std::size_t first, std::size_t code, std::vector<Town>& towns) {
  if (code <= first + 1 || gapBetween(in, code - 1, code) != " ") return;
  Town town;
  std::size_t k = code - 1;
  while (town.size() < 3 && townToken(in.tokens[k]) && in.tokens[k].properShape()) {
    town.insert(town.begin(), k);
    if (k == first || gapBetween(in, k - 1, k) != " ") break;
    --k;
  }
  if (town.empty() || town.front() == first || gapBetween(in, town.front() - 1, town.front()) != ", ") return;
  towns.push_back(std::move(town));
}

// Whether tokens from k on spell `town` (same words, single spaces), standing alone.
bool spellsTownAt(const ScanInput& in, std::size_t k, const Town& town) {
  const auto& tokens = in.tokens;
  if (k + town.size() > tokens.size()) return false;
  for (std::size_t w = 0; w < town.size(); ++w) {
    if (tokens[k + w].lower != tokens[town[w]].lower) return false;
    if (w > 0 && gapBetween(in, k + w - 1, k + w) != " ") return false;
  }
  const std::string_view text = in.text;
  const std::size_t start = tokens[k].start;
  const std::size_t end = tokens[k + town.size() - 1].end;
  // Joined to more words ("Calloway-Smith") or a title before it ("Dr. Hatchford") is no town.
  if ((start > 0 && (text[start - 1] == '-' || text[start - 1] == '\'')) ||
      (end < text.size() && (text[end] == '-' || text[end] == '\''))) {
    return false;
  }
  if (k > 0 && isTitleWord(tokens[k - 1])) return false;
  // After a place of care and a comma the town is where that place stands, not a home: "CATARACT
  // EYE CAMP, SAGAING - SURGERY REGISTER", "Mulago Hospital, Kampala" (the families count
  // hospitals, clinics, pharmacies and camps as no PHI).
  if (k > 0 && gapBetween(in, k - 1, k) == ", ") {
    static constexpr std::array<std::string_view, 14> kCare = {
        "camp",     "hospital",  "clinic",     "clinique", "h\u00f4pital", "hopital",    "centre",
        "center",   "pharmacy",  "pharmacie",  "farmacia", "dispensary",   "dispensaire", "polyclinic"};
    if (std::find(kCare.begin(), kCare.end(), tokens[k - 1].lower) != kCare.end()) return false;
  }
  // The town's words as part of a longer name: "Carraway Valley Clinic", "Quillan County", "Calloway
  // Heights Road", "Bristol stool scale". The clause may go on after the town with a word that
  // joins clauses ("moved to Hatchford and", "in Hatchford since").
  const std::size_t next = k + town.size();
  if (next < tokens.size() && gapBetween(in, next - 1, next) == " ") {
    static constexpr std::array<std::string_view, 18> kJoiners = {
        "and", "or",   "in",    "on",  "to",    "for", "with", "since", "after", "before",
        "last", "until", "but", "where", "has", "had", "is",   "was"};
    // A verb after the town ends its name too: "The home at Swanlea has a fenced yard" (a lower-case
    // word in general does not: "Bristol stool scale").
    if (std::find(kJoiners.begin(), kJoiners.end(), tokens[next].lower) == kJoiners.end()) return false;
  }
  if (k > 0 && gapBetween(in, k - 1, k) == " " && tokens[k - 1].properShape() && !tokens[k - 1].hasDigit &&
      !(tokens[k - 1].classes & WordClass::kNever)) {
    return false;
  }
  return true;
}

}  // namespace

void repeatFoundTowns(const ScanInput& in, Candidates& candidates) {
  const auto& tokens = in.tokens;
  std::vector<std::pair<std::size_t, std::size_t>> addresses;  // spans of the address candidates
  for (const Candidate& c : candidates) {
    if (!c.veto && c.category == PhiCategory::Address) addresses.emplace_back(c.start, c.end);
  }
  if (addresses.empty()) return;
  std::sort(addresses.begin(), addresses.end());
  // The towns of the address candidates.
  std::vector<Town> towns;
  std::size_t k = 0;
  for (const auto& [start, end] : addresses) {
    while (k < tokens.size() && tokens[k].start < start) ++k;
    std::size_t last = k;
    while (last < tokens.size() && tokens[last].end <= end) ++last;
    if (last == k) continue;
    bool hasState = false;
    for (std::size_t s = k + 1; s < last; ++s) {
      if (stateAt(in, s) == s || (s + 1 < last && stateAt(in, s) == s + 1)) {
        townBeforeState(in, k, s, towns);
        hasState = true;
      }
    }
    // A postcode closing the line: the town before it ("..., Birchcroft G12 8QQ").
    if (!hasState && last - k >= 4 && tokens[last - 2].hasDigit && tokens[last - 2].hasLetter &&
        tokens[last - 1].hasDigit && gapBetween(in, last - 2, last - 1) == " ") {
      townBeforePostcode(in, k, last - 2, towns);
    }
    // A town found alone ("moved to tallis creek", "Town: Marlow").
    if (!hasState && last - k <= 3) {
      Town town;
      for (std::size_t w = k; w < last && townToken(tokens[w]); ++w) {
        if (w > k && gapBetween(in, w - 1, w) != " ") break;
        town.push_back(w);
      }
      if (town.size() == last - k) towns.push_back(std::move(town));
    }
  }
  towns.erase(std::remove_if(towns.begin(), towns.end(), [&](const Town& t) { return !specificTown(in, t); }),
              towns.end());
  if (towns.empty()) return;
  auto insideAddress = [&](std::size_t start, std::size_t end) {
    auto it = std::upper_bound(addresses.begin(), addresses.end(), std::make_pair(start, static_cast<std::size_t>(-1)));
    return it != addresses.begin() && std::prev(it)->second >= end;
  };
  std::vector<Candidate> repeats;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    for (const Town& town : towns) {
      if (tokens[t].lower != tokens[town.front()].lower || !spellsTownAt(in, t, town)) continue;
      const std::size_t start = tokens[t].start;
      const std::size_t end = tokens[t + town.size() - 1].end;
      if (insideAddress(start, end)) continue;
      repeats.push_back({start, end, PhiCategory::Address, priority::kAddress});
      t += town.size() - 1;
      break;
    }
  }
  candidates.insert(candidates.end(), repeats.begin(), repeats.end());
}

}  // namespace concord::phi::detail
