// Person names. Evidence, strongest first:
//  1. a title before the name ("Dr. Okafor", "MRS. LINDQVIST");
//  2. a label or phrase that introduces a person ("Patient:", "Attending:", "signed by",
//     "her daughter"), including "LAST, FIRST" after a label and lists after "cc:";
//  3. a credential after the name ("Jane Q. Doe, MD");
//  4. the common-name tables (a given name followed by a capitalised word, or a frequent
//     given or family name on its own, unless it is also an ordinary word or an eponym);
//  5. propagation: once a word is a name somewhere in the text, every other capitalised or
//     ALL-CAPS occurrence of it is a name too ("Mr. Adeyemi ... ADEYEMI tolerated ...").
#include <algorithm>
#include <array>
#include <unordered_set>

#include "name_tables.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

struct LabelRule {
  std::array<std::string_view, 4> words;
  bool needsColon;  // "Patient:" needs the colon; "signed by" and "daughter" do not
  bool list;        // may be followed by several names: "cc: A, B and C"
  std::size_t size() const {
    std::size_t k = 0;
    while (k < words.size() && !words[k].empty()) ++k;
    return k;
  }
};

constexpr std::array<LabelRule, 83> kLabels = {{
    {{"patient"}, true, false},          {{"patient", "name"}, true, false}, {{"name"}, true, false},
    {{"pt"}, true, false},               {{"pt", "name"}, true, false},      {{"attending"}, true, false},
    {{"attending", "physician"}, true, false}, {{"physician"}, true, false}, {{"provider"}, true, false},
    {{"pcp"}, true, false},              {{"primary", "care", "physician"}, true, false},
    {{"referring"}, true, false},        {{"referring", "physician"}, true, false},
    {{"referring", "provider"}, true, false}, {{"resident"}, true, false}, {{"fellow"}, true, false},
    {{"surgeon"}, true, false},          {{"nurse"}, true, false},           {{"rn"}, true, false},
    {{"np"}, true, false},               {{"author"}, true, false},          {{"signature"}, true, false},
    {{"signed"}, true, false},           {{"contact"}, true, false},         {{"emergency", "contact"}, true, false},
    {{"guardian"}, true, false},         {{"next", "of", "kin"}, true, false}, {{"nok"}, true, false},
    {{"interpreter"}, true, false},      {{"witness"}, true, false},         {{"consultant"}, true, false},
    {{"pharmacist"}, true, false},       {{"therapist"}, true, false},       {{"social", "worker"}, true, false},
    {{"case", "manager"}, true, false},  {{"dictated", "by"}, false, false}, {{"transcribed", "by"}, false, false},
    {{"signed", "by"}, false, false},    {{"seen", "by"}, false, false},     {{"reviewed", "by"}, false, false},
    {{"examined", "by"}, false, false},  {{"referred", "by"}, false, false}, {{"accompanied", "by"}, false, false},
    {{"performed", "by"}, false, false}, {{"authored", "by"}, false, false}, {{"spoke", "with"}, false, false},
    {{"discussed", "with"}, false, false}, {{"cc"}, true, true},          {{"care", "team"}, true, true},
    {{"team"}, true, true},              {{"copies", "to"}, true, true},     {{"present"}, true, true},
    {{"family"}, true, true},            {{"participants"}, true, true},
    {{"daughter"}, false, false},        {{"son"}, false, false},            {{"wife"}, false, false},
    {{"husband"}, false, false},         {{"mother"}, false, false},         {{"father"}, false, false},
    {{"sister"}, false, false},          {{"brother"}, false, false},        {{"spouse"}, false, false},
    {{"partner"}, false, false},         {{"niece"}, false, false},          {{"nephew"}, false, false},
    {{"granddaughter"}, false, false},   {{"grandson"}, false, false},       {{"caregiver"}, false, false},
    {{"neighbor"}, false, false},        {{"re"}, true, false},              {{"seeing"}, false, false},
    {{"regarding"}, false, false},       {{"patient"}, false, false},        {{"rn"}, false, false},
    {{"np"}, false, false},              {{"interpreter"}, false, false},    {{"friend"}, false, false},
    {{"proxy"}, true, false},            {{"assistant"}, true, false},       {{"ordering"}, true, false},
    {{"client"}, true, false},           {{"surgeon"}, false, false},
}};

bool isParticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 10> kParticles = {"van", "von", "der", "de", "da",
                                                                  "del", "la",  "le",  "di", "bin"};
  return std::find(kParticles.begin(), kParticles.end(), lower) != kParticles.end();
}

class NameScanner {
 public:
  NameScanner(const ScanInput& in, const Candidates& claimed, Candidates& out)
      : in_(in), tokens_(in.tokens), out_(out), claimed_(tokens_.size(), false), marked_(tokens_.size(), false) {
    markClaimed(claimed);
  }

  void run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (claimed_[i]) continue;
      if (tryTitle(i) || tryLabel(i) || tryCredential(i)) continue;
    }
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!claimed_[i] && !marked_[i]) tryTables(i);
    }
    for (std::size_t i = 1; i < tokens_.size(); ++i) {
      if (!claimed_[i] && !tokens_[i].properShape()) tryVerbCue(i);
      if (tokens_[i].allCaps) tryVerbCue(i);
    }
    propagate();
    emit();
  }

 private:
  const ScanInput& in_;
  const std::vector<Token>& tokens_;
  Candidates& out_;
  std::vector<bool> claimed_;  // inside a finding of another category
  std::vector<bool> marked_;   // part of a name
  std::vector<std::pair<std::size_t, std::size_t>> runs_;  // [first, last] token of each name

  void markClaimed(const Candidates& claimed) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    spans.reserve(claimed.size());
    for (const Candidate& c : claimed) spans.emplace_back(c.start, c.end);
    std::sort(spans.begin(), spans.end());
    std::size_t s = 0;
    std::size_t reach = 0;  // furthest end among spans starting at or before the token
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      while (s < spans.size() && spans[s].first < tokens_[i].end) reach = std::max(reach, spans[s++].second);
      claimed_[i] = reach > tokens_[i].start;
    }
  }

  std::string_view gap(std::size_t a, std::size_t b) const { return gapBetween(in_, a, b); }

  bool isInitial(std::size_t k) const {
    const Token& t = tokens_[k];
    return t.length() == 1 && isUpper(in_.text[t.start]);
  }

  // May token k be a word of a name? With a cue any capitalised word will do unless it is
  // note vocabulary; without one, vocabulary and ambiguous words are refused.
  bool nameWord(std::size_t k, bool cue) const {
    const Token& t = tokens_[k];
    if (claimed_[k] || t.hasDigit) return false;
    if (isInitial(k)) return true;
    if (!t.properShape() || t.length() < 2) return false;
    const bool known = isCommonGivenName(t) || isCommonFamilyName(t);
    if (isNeverNameWord(t) && !(cue && known)) return false;
    if (!cue && isAmbiguousNameWord(t)) return false;
    return true;
  }

  // Gap inside one name: "Mary Ann", "Q. Smith", "Smith-Jones", "O'Brien".
  bool innerGap(std::size_t a, std::size_t b) const {
    const std::string_view g = gap(a, b);
    if (g == " " || g == "-" || g == "'" || g == "\u2019") return true;
    return (g == ". " || g == ".") && isInitial(a);
  }

  // The longest name run starting at token j; returns one past its last token (j if none).
  std::size_t nameRun(std::size_t j, bool cue, bool allowInversion) const {
    std::size_t k = j;
    std::size_t words = 0;
    bool inverted = false;
    while (k < tokens_.size() && words < 4) {
      if (words > 0 && isParticle(tokens_[k].lower) && k + 1 < tokens_.size() && innerGap(k, k + 1) &&
          nameWord(k + 1, cue)) {
        ++k;  // "van der Berg": particles ride along with the following word
        continue;
      }
      if (!nameWord(k, cue)) break;
      // In ALL-CAPS text a run could swallow the sentence ("JOHN SMITH WAS SEEN"): after two
      // words, only known names continue it.
      if (words >= 2 && tokens_[k].allCaps && !isInitial(k) && !isCommonGivenName(tokens_[k]) &&
          !isCommonFamilyName(tokens_[k])) {
        break;
      }
      // An initial must look like one: followed by '.' or by another name word.
      ++words;
      ++k;
      if (k >= tokens_.size()) break;
      if (innerGap(k - 1, k)) continue;
      if (allowInversion && !inverted && words == 1 && (gap(k - 1, k) == ", " || gap(k - 1, k) == ",") &&
          nameWord(k, cue)) {
        inverted = true;  // "SMITH, JOHN" after a label
        continue;
      }
      break;
    }
    // Do not end on a dangling initial unless it is the whole run ("Dr. K").
    while (k > j + 1 && isInitial(k - 1) &&
           !(tokens_[k - 1].end < in_.text.size() && in_.text[tokens_[k - 1].end] == '.')) {
      --k;
    }
    // A run that ends in a particle is not a name.
    while (k > j && isParticle(tokens_[k - 1].lower)) --k;
    return k;
  }

  void mark(std::size_t first, std::size_t endToken) {
    if (endToken <= first) return;
    for (std::size_t k = first; k < endToken; ++k) marked_[k] = true;
    runs_.emplace_back(first, endToken - 1);
  }

  bool tryTitle(std::size_t i) {
    const Token& t = tokens_[i];
    if (!isTitleWord(t) || i + 1 >= tokens_.size()) return false;
    if (!(t.properShape() || t.lower == "dr")) return false;
    const std::string_view g = gap(i, i + 1);
    if (!(g == " " || g == ". " || g == "." || g == "  ")) return false;
    // "Sister", "Father", "Nurse" are titles only when capitalised and directly before a name.
    const std::size_t end = nameRun(i + 1, true, false);
    if (end == i + 1) return false;
    mark(i + 1, end);
    return true;
  }

  // Skips an optional title after a label: "Attending: Dr. Smith".
  std::size_t skipTitle(std::size_t j) const {
    if (j + 1 < tokens_.size() && isTitleWord(tokens_[j]) && tokens_[j].properShape()) {
      const std::string_view g = gap(j, j + 1);
      if (g == " " || g == ". " || g == ".") return j + 1;
    }
    return j;
  }

  bool tryLabel(std::size_t i) {
    // Most words start no label: one hash look-up instead of a pass over every rule.
    static const std::unordered_set<std::string_view> kFirstWords = [] {
      std::unordered_set<std::string_view> words;
      for (const LabelRule& rule : kLabels) words.insert(rule.words[0]);
      return words;
    }();
    if (tokens_[i].hasDigit || kFirstWords.count(tokens_[i].lower) == 0) return false;
    for (const LabelRule& rule : kLabels) {
      const std::size_t words = rule.size();
      if (i + words >= tokens_.size() || tokens_[i].lower != rule.words[0]) continue;
      bool match = true;
      for (std::size_t k = 1; k < words && match; ++k) {
        match = tokens_[i + k].lower == rule.words[k] && isInlineSpace(gap(i + k - 1, i + k), 2);
      }
      if (!match) continue;
      const std::size_t after = i + words;
      const std::string_view g = gap(after - 1, after);
      const bool colon = g.find(':') != std::string_view::npos && gapOnly(g, " :\t-", 5);
      if (rule.needsColon ? !colon : !(colon || g == " " || g == ", ")) continue;
      std::size_t j = skipTitle(after);
      std::size_t end = nameRun(j, true, rule.needsColon && !rule.list);
      if (end == j) continue;
      mark(j, end);
      while (rule.list && end < tokens_.size()) {
        const std::string_view sep = gap(end - 1, end);
        std::size_t next = end;
        if (sep == " & ") {
          // "A & B"
        } else if (sep == ", " || sep == "; " || sep == " ") {
          const bool conjunction = tokens_[next].lower == "and" && next + 1 < tokens_.size() &&
                                   isInlineSpace(gap(next, next + 1), 1);
          if (conjunction) {
            ++next;
          } else if (sep == " ") {
            break;
          }
        } else {
          break;
        }
        next = skipTitle(next);
        const std::size_t listEnd = nameRun(next, true, false);
        if (listEnd == next) break;
        mark(next, listEnd);
        end = listEnd;
      }
      return true;
    }
    return false;
  }

  bool tryCredential(std::size_t i) {
    const Token& t = tokens_[i];
    if (!isCredentialWord(t) || !t.allCaps || i == 0) return false;
    const std::string_view g = gap(i - 1, i);
    const bool comma = g == ", " || g == ",";
    const bool strong = t.length() >= 3 || t.lower == "md" || t.lower == "rn" || t.lower == "np";
    if (!(comma || (strong && g == " "))) return false;
    // Walk back over the name on the same line.
    std::size_t first = i;
    std::size_t words = 0;
    while (first > 0 && words < 4) {
      const std::size_t k = first - 1;
      if (!nameWord(k, true)) break;
      if (k + 1 < i && !innerGap(k, k + 1)) break;
      first = k;
      ++words;
    }
    if (words == 0) return false;
    // At least one full word, not only initials.
    bool fullWord = false;
    for (std::size_t k = first; k < i; ++k) fullWord = fullWord || !isInitial(k);
    if (!fullWord) return false;
    mark(first, i);
    return true;
  }

  // "Marisol Okafor reports ...", "Eamon ambulated twice": a capitalised name right before a
  // verb that notes use for people. One word needs a verb only people do; two or more words
  // may also take "is", "was", "has".
  void tryVerbCue(std::size_t verb) {
    static constexpr std::array<std::string_view, 16> kPersonVerbs = {
        "reports", "reported", "states", "stated", "denies", "denied", "complains", "endorses",
        "says",    "ambulated", "tolerated", "presents", "presented", "underwent", "arrived", "returned"};
    static constexpr std::array<std::string_view, 7> kWeakVerbs = {"is", "was", "has", "had", "lives", "will", "called"};
    const std::string_view word = tokens_[verb].lower;
    const bool strong = std::find(kPersonVerbs.begin(), kPersonVerbs.end(), word) != kPersonVerbs.end();
    const bool weak = std::find(kWeakVerbs.begin(), kWeakVerbs.end(), word) != kWeakVerbs.end();
    if ((!strong && !weak) || verb == 0 || !isInlineSpace(gap(verb - 1, verb), 1)) return;
    std::size_t first = verb;
    std::size_t words = 0;
    while (first > 0 && words < 4) {
      const std::size_t k = first - 1;
      if (marked_[k] || !nameWord(k, true) || eponymContext(k)) break;
      if (k + 1 < verb && !innerGap(k, k + 1)) break;
      first = k;
      ++words;
    }
    if (words == 0 || (words == 1 && !strong) || (first < verb && isInitial(first))) return;
    if (first > 0 && innerGap(first - 1, first) && (marked_[first - 1] || isTitleWord(tokens_[first - 1]))) {
      return;  // part of a name found by a stronger cue
    }
    mark(first, verb);
  }

  bool eponymContext(std::size_t i) const {
    const std::string_view text = in_.text;
    std::size_t next = i + 1;
    const std::size_t end = tokens_[i].end;
    if (end + 1 < text.size() && text[end] == '\'' && next < tokens_.size() && tokens_[next].lower == "s") ++next;
    if (end + 3 < text.size() && text.substr(end, 3) == "\u2019" && next < tokens_.size() && tokens_[next].lower == "s") {
      ++next;
    }
    // Look past a hyphenated partner and up to three capitalised words:
    // "Stevens-Johnson syndrome", "Hamilton Depression Rating Scale", "Allen Cognitive Level".
    for (int hops = 0; next < tokens_.size() && hops < 4; ++hops, ++next) {
      if (isEponymTrigger(tokens_[next])) return true;
      const std::string_view g = gapBetween(in_, next - 1, next);
      const bool joined = g == "-" || g == " " || g == "'";
      if (!joined || !(tokens_[next].properShape() || tokens_[next].lower == "s")) return false;
    }
    return false;
  }

  // A lone table name with no cue must read like a person: followed by the end of the clause,
  // or by a verb or function word ("Garcia was", "Garcia and her son"), not by a noun
  // ("Clark level", "Wright stain", "Grant funding") or a hyphenated eponym ("Jackson-Pratt").
  bool personFollows(std::size_t i) const {
    if (i + 1 >= tokens_.size()) return true;
    const std::string_view g = gap(i, i + 1);
    if (g == "-") return isCommonFamilyName(tokens_[i + 1]) && !isNeverNameWord(tokens_[i + 1]);
    if (g != " ") return g.find_first_of(".,;:)!?\n") != std::string_view::npos || g == "'";
    static constexpr std::array<std::string_view, 64> kFollowers = {
        "was",      "is",        "has",      "had",       "and",       "or",        "who",       "will",
        "would",    "can",       "did",      "does",      "reports",   "reported",  "states",    "stated",
        "denies",   "denied",    "says",     "said",      "called",    "came",      "went",      "lives",
        "lived",    "presents",  "presented", "returned", "arrived",   "tolerated", "ambulated", "underwent",
        "agreed",   "agrees",    "declined", "declines",  "wants",     "wishes",    "prefers",   "feels",
        "felt",     "notes",     "noted",    "asked",     "asks",      "spoke",     "understands", "remains",
        "continues", "appears",  "complains", "endorses", "took",      "takes",     "at",        "in",
        "with",     "to",        "for",      "from",      "by",        "today",     "also",      "again"};
    const std::string_view next = tokens_[i + 1].lower;
    return std::find(kFollowers.begin(), kFollowers.end(), next) != kFollowers.end() ||
           (tokens_[i + 1].properShape() && !tokens_[i + 1].allCaps);
  }

  bool sentenceStart(std::size_t i) const {
    if (i == 0) return true;
    const std::string_view g = gap(i - 1, i);
    return g.find_first_of(".:;!?\n") != std::string_view::npos;
  }

  // "St. Luke Hospital", "Mount Sinai", "Franklin Clinic": a place named after a person.
  bool institutionContext(std::size_t i) const {
    if (i > 0) {
      const std::string_view before = tokens_[i - 1].lower;
      if (before == "st" || before == "saint" || before == "mount" || before == "mt") return true;
    }
    if (i + 1 < tokens_.size() && isInlineSpace(gap(i, i + 1), 1)) {
      static constexpr std::array<std::string_view, 14> kPlaces = {
          "hospital", "clinic",  "center", "centre", "medical", "health",   "university",
          "college",  "school",  "church", "county", "memorial", "institute", "foundation"};
      const std::string_view after = tokens_[i + 1].lower;
      if (std::find(kPlaces.begin(), kPlaces.end(), after) != kPlaces.end()) return true;
    }
    return false;
  }

  void tryTables(std::size_t i) {
    const Token& t = tokens_[i];
    if (!t.properShape() || t.length() < 2) return;
    const bool given = isCommonGivenName(t);
    const bool family = isCommonFamilyName(t);
    if (!given && !family) return;
    if (isNeverNameWord(t) || eponymContext(i)) return;
    const bool ambiguous = isAmbiguousNameWord(t);
    // A given name followed by a capitalised word: "Maria Gonzalez", "Grace Kim".
    if (given && i + 1 < tokens_.size() && innerGap(i, i + 1)) {
      std::size_t next = i + 1;
      if (isInitial(next) && next + 1 < tokens_.size() && innerGap(next, next + 1)) ++next;
      const std::string_view nextWord = tokens_[next].lower;
      const bool surname = nameWord(next, true) && !eponymContext(next) &&
                           (isCommonFamilyName(nextWord) || (!ambiguous && !isNeverNameWord(nextWord)));
      if (surname) {
        std::size_t end = next + 1;
        if (end < tokens_.size() && gap(end - 1, end) == "-" && nameWord(end, true)) ++end;  // "Smith-Jones"
        mark(i, end);
        return;
      }
    }
    if (!ambiguous && !institutionContext(i) && personFollows(i)) mark(i, i + 1);
  }

  void propagate() {
    std::unordered_set<std::string> known;
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      if (marked_[k] && tokens_[k].length() >= 2 && !isNeverNameWord(tokens_[k]) &&
          !isParticle(tokens_[k].lower)) {
        known.insert(tokens_[k].lower);
      }
    }
    if (known.empty()) return;
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      if (marked_[k] || claimed_[k] || !tokens_[k].properShape() || tokens_[k].hasDigit) continue;
      if (known.count(tokens_[k].lower) == 0 || eponymContext(k) || institutionContext(k)) continue;
      // Names that are also words ("Rose from a chair", "Mark the site") and eponym pairs
      // ("Brown-Sequard") need the reading of a person here too.
      if (isAmbiguousNameWord(tokens_[k]) && (sentenceStart(k) || !personFollows(k))) continue;
      if (k + 1 < tokens_.size() && gap(k, k + 1) == "-" && !marked_[k + 1]) continue;
      mark(k, k + 1);
    }
  }

  // Joins neighbouring name tokens into one finding per name.
  void emit() {
    std::size_t k = 0;
    while (k < tokens_.size()) {
      if (!marked_[k]) {
        ++k;
        continue;
      }
      std::size_t last = k;
      while (last + 1 < tokens_.size() && marked_[last + 1] &&
             (innerGap(last, last + 1) || joinedByInversion(last, last + 1))) {
        ++last;
      }
      out_.push_back({tokens_[k].start, tokens_[last].end, PhiCategory::Name, priority::kName});
      k = last + 1;
    }
  }

  // "SMITH, JOHN" was matched as one run; keep it one finding.
  bool joinedByInversion(std::size_t a, std::size_t b) const {
    for (const auto& [first, last] : runs_) {
      if (first <= a && b <= last) return true;
    }
    return false;
  }
};

}  // namespace

void scanNames(const ScanInput& in, const Candidates& claimed, Candidates& out) {
  NameScanner(in, claimed, out).run();
}

}  // namespace concord::phi::detail
